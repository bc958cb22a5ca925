"""Reusable UI pieces: global state and filters, cached data access, chart factories, KPI cards, renderers."""

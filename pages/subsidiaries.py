"""Subsidiaries and segments (defined in ``esg.views.subsidiaries``)."""

from components.view import render_view

render_view("subsidiaries")

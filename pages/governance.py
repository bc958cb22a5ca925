"""Governance (defined in ``esg.views.governance``)."""

from components.view import render_view

render_view("governance")

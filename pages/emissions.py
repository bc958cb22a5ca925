"""Emissions (defined in ``esg.views.emissions``)."""

from components.view import render_view

render_view("emissions")

"""Workforce (defined in ``esg.views.workforce``)."""

from components.view import render_view

render_view("workforce")

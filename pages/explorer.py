"""Data explorer (defined in ``esg.views.explorer``)."""

from components.view import render_view

render_view("explorer")

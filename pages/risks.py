"""Emerging risks (defined in ``esg.views.risks``)."""

from components.view import render_view

render_view("risks")

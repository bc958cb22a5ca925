"""Editions and restatements (defined in ``esg.views.editions``)."""

from components.view import render_view

render_view("editions")

"""Safety (defined in ``esg.views.safety``)."""

from components.view import render_view

render_view("safety")

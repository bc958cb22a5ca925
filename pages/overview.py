"""Overview (defined in ``esg.views.overview``)."""

from components.view import render_view

render_view("overview")

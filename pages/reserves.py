"""Resources and reserves (defined in ``esg.views.reserves``)."""

from components.view import render_view

render_view("reserves")

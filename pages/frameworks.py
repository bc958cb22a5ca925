"""Framework index (defined in ``esg.views.frameworks``)."""

from components.view import render_view

render_view("frameworks")

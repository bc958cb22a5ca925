"""Environment (defined in ``esg.views.environment``)."""

from components.view import render_view

render_view("environment")

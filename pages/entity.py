"""The entity page (defined in ``esg.views.entity``)."""

from components.view import render_view

render_view("entity")

"""Double materiality (defined in ``esg.views.materiality``)."""

from components.view import render_view

render_view("materiality")

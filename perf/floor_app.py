"""The browser floor: a bare Streamlit page with a title and one Plotly chart (two bar series over three years), served
with the project's own ``.streamlit/config.toml``. No data access: the figure is literal."""

import plotly.graph_objects as go
import streamlit as st

st.set_page_config(page_title="floor", layout="wide")
st.title("Floor")
figure = go.Figure(
    [
        go.Bar(x=["2022", "2023", "2024"], y=[575044, 626016, 563111], name="Scope 1"),
        go.Bar(x=["2022", "2023", "2024"], y=[1194947, 1312899, 1294198], name="Scope 2"),
    ],
    layout={"barmode": "stack", "title": {"text": "GHG emissions (t CO2e)"}, "height": 460},
)
st.plotly_chart(figure, width="stretch", key="floor_chart", theme=None)

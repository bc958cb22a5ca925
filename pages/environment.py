"""Placeholder until the view is built."""

import streamlit as st

st.title("environment")

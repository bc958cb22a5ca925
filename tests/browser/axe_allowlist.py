"""WCAG 2.1 AA violations that come from Streamlit itself, not from our code: rule id -> reason.

Every entry must name the Streamlit element it is about; anything not listed here fails the audit.
"""

ALLOWED: dict[str, str] = {}

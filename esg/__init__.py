"""Domain package of the ESG dashboard: schema, build, validation, reconciliation, transforms, i18n, CLI.

Nothing in this package imports streamlit, so it is usable from the CLI and from tests.
"""

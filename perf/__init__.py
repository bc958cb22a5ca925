"""The performance benchmark behind ``python -m esg bench``: page reruns against a mechanically derived floor, browser
load times, the data layer at 1x-1000x against a pandas equivalent, concurrent sessions and server memory.

A separate top-level package (not ``esg/``) because the runtime measurements need streamlit, AppTest and (for the
browser phases only) Playwright; ``python -m esg bench`` hands over to ``python -m perf`` (``perf/__main__.py``).
Results are printed as a table and, with ``--json``, written to ``bench/results-<date>.json`` (git-ignored).
``docs/PERFORMANCE.md`` explains every figure.
"""

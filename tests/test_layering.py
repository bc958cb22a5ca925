"""Layering: the domain package and the slide builders run without Streamlit (the CLI builds decks with them)."""

import subprocess
import sys

import pytest

from esg.paths import PROJECT_DIR


@pytest.mark.parametrize(
    "module", ["esg.build", "esg.importer", "esg.commands.deck", "components.slides", "components.elements"]
)
def test_module_imports_without_streamlit(module: str) -> None:
    code = f"import sys, {module}; print('streamlit' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_DIR, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False", f"{module} pulls in streamlit"

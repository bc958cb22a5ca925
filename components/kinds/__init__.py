"""The views' own element kinds (charts, tables, texts and controls that no generic kind draws), one module per
view; importing this package registers them with ``components.elements``."""

import importlib
import pkgutil

for _info in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_info.name}")

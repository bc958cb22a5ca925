"""Sub-commands of ``python -m esg``: each module defines ``register(subparsers)`` adding its parser with a
``func(args) -> int`` default."""

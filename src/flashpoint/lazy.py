"""Names a package offers without importing them until used, so that importing the package stays cheap.

    # in flashpoint/actors/__init__.py
    __getattr__ = lazy(__name__, {"ActorIndex": "flashpoint.actors.index"})

`flashpoint --version`, `stats` or `events` then never import spaCy or a database driver they do not
use. (Each package also imports the names under `TYPE_CHECKING`, for type checkers and readers.)
A lazy name must not be the name of one of the package's own modules: importing that module would set
the attribute to the module first.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any


def lazy(package: str, homes: dict[str, str]) -> Callable[[str], Any]:
    """A module `__getattr__` that imports `homes[name]` (a module path) on first use of `name`."""

    def __getattr__(name: str) -> Any:
        if name in homes:
            return getattr(importlib.import_module(homes[name]), name)
        raise AttributeError(f"module {package!r} has no attribute {name!r}")

    return __getattr__

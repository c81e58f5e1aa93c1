"""Icons and other packaged files, found through the import system (works from a wheel)."""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

PACKAGE = "rmdesk.resources"


@cache
def _icon_folder() -> Path | None:
    """Where the icons are on disk: the package's own folder, as importlib.resources finds it.

    Asking the import system for the package's location costs nothing; importing
    importlib.resources costs ~6 ms on the way to the first paint. It is still the
    fallback for a package that is not a plain folder (QIcon needs a file either way).
    """
    spec = importlib.util.find_spec(PACKAGE)
    for location in (spec.submodule_search_locations or []) if spec else []:
        folder = Path(location) / "icons"
        if folder.is_dir():
            return folder
    return None


@cache
def icon(name: str) -> QIcon:
    """An SVG icon from rmdesk.resources/icons; QIcon renders SVG sharp at any scale."""
    folder = _icon_folder()
    if folder is not None:
        path = folder / f"{name}.svg"
        return QIcon(str(path)) if path.is_file() else QIcon()
    from importlib import resources

    traversable = resources.files(PACKAGE) / "icons" / f"{name}.svg"
    return QIcon(str(traversable)) if traversable.is_file() else QIcon()

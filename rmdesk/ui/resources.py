"""Icons and other packaged files, found with importlib.resources (works from a wheel)."""

from __future__ import annotations

from functools import cache
from importlib import resources

from PySide6.QtGui import QIcon


@cache
def icon(name: str) -> QIcon:
    """An SVG icon from rmdesk.resources/icons; QIcon renders SVG sharp at any scale."""
    path = resources.files("rmdesk.resources") / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()

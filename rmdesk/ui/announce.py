"""Spoken announcements for screen readers: a status message or a search's result count is
said once, without moving the focus to it.

Qt 6.8 added QAccessibleAnnouncementEvent (AT-SPI's "announcement" on Linux, which Orca 45 and
later speak); with an older Qt, or when no assistive technology listens, nothing is sent.
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible


def available() -> bool:
    """Whether this Qt can send announcements at all (6.8 and later)."""
    return hasattr(QtGui, "QAccessibleAnnouncementEvent")


def announce(source: QObject, text: str, *, assertive: bool = False) -> bool:
    """Ask the screen reader to say `text` (about `source`); True if it was sent. Costs nothing
    when no assistive technology is active."""
    text = text.strip()
    if not text or not available() or not QAccessible.isActive():
        return False
    return _send(source, text, assertive)


def _send(source: QObject, text: str, assertive: bool) -> bool:
    event = QtGui.QAccessibleAnnouncementEvent(source, text)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
    QAccessible.updateAccessibility(event)
    return True

"""What the Reflections page's widgets share: save timing, visibility hints, date and name text."""

from __future__ import annotations

from PySide6.QtCore import (
    QDate,
)

from rmdesk.domain.enums import Visibility
from rmdesk.ui.i18n import translate

BODY_SAVE_MS = 700  # at most about a second of typing can be lost to a crash
RECENT_MEETING_DAYS = 7  # a held meeting this recent makes a new reflection "after_meeting"
MEETING_CHOICES = 200
AFTER_MEETING = "after_meeting"
MONTHLY = "monthly"


def visibility_hints() -> dict[Visibility, str]:
    """Where a reflection of each visibility may travel (translated when asked)."""
    return {
        Visibility.PRIVATE: translate(
            "ReflectionEditor",
            "Private: only you; never leaves this computer except in an encrypted full backup.",
        ),
        Visibility.PAIR: translate(
            "ReflectionEditor",
            "Shared with your partner: it goes, encrypted, into the pair exchange file you send.",
        ),
        Visibility.COORDINATOR: translate(
            "ReflectionEditor",
            "Shared with the coordinator: it goes into the encrypted progress summary.",
        ),
    }


PAGE_EXTRA_STYLE = """
QLabel[role="hint"] { color: palette(placeholder-text); }
"""


def date_text(iso_date: str) -> str:
    return QDate.fromString(iso_date, "yyyy-MM-dd").toString("ddd d MMM yyyy")


def first_name(name: str) -> str:
    parts = name.split()
    return parts[0] if parts else name


# --- the list ---------------------------------------------------------------------------------

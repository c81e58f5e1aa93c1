"""What the Topics page's widgets share: the drag format, marks, status labels and links."""

from __future__ import annotations

from PySide6.QtCore import (
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QDesktopServices,
)

from rmdesk.domain.enums import TopicStatus
from rmdesk.ui.i18n import translate

TOPIC_MIME = "application/x-rmdesk-topic"
AUTOSAVE_MS = 600
SEARCH_DELAY_MS = 200
FOLLOW_UP_MARK = "⚑ "
CARRIED_MARK = "↻ "
TOPIC_ROLE = Qt.ItemDataRole.UserRole + 1  # on agenda entries: the topic behind the item
TITLE_ROLE = Qt.ItemDataRole.UserRole + 2  # on agenda entries: the item's own title

OPEN_STATUSES = [
    TopicStatus.IDEA.value,
    TopicStatus.PREPARED.value,
    TopicStatus.ON_AGENDA.value,
    TopicStatus.FOLLOW_UP.value,
]
# Fields the list row shows: saving one of them updates the row in place.
ROW_FIELDS = ("title", "status", "estimated_minutes", "goal_uuid", "visibility", "resources")


def status_labels() -> dict[TopicStatus, str]:
    """What each topic status is called (translated when asked, not at import)."""
    return {
        TopicStatus.IDEA: translate("TopicsPage", "Idea"),
        TopicStatus.PREPARED: translate("TopicsPage", "Prepared"),
        TopicStatus.ON_AGENDA: translate("TopicsPage", "On agenda"),
        TopicStatus.DISCUSSED: translate("TopicsPage", "Discussed"),
        TopicStatus.FOLLOW_UP: translate("TopicsPage", "Follow-up"),
        TopicStatus.PARKED: translate("TopicsPage", "Parked"),
    }


def status_filters() -> list[tuple[str, list[str] | None]]:
    """The status filter's choices: (label, statuses shown or None for all)."""
    return [
        (translate("TopicsPage", "Open (not discussed or parked)"), OPEN_STATUSES),
        (translate("TopicsPage", "All topics"), None),
        (translate("TopicsPage", "Ideas"), [TopicStatus.IDEA.value]),
        (translate("TopicsPage", "Prepared"), [TopicStatus.PREPARED.value]),
        (translate("TopicsPage", "On agenda"), [TopicStatus.ON_AGENDA.value]),
        (translate("TopicsPage", "Discussed"), [TopicStatus.DISCUSSED.value]),
        (translate("TopicsPage", "Follow-up"), [TopicStatus.FOLLOW_UP.value]),
        (translate("TopicsPage", "Parked"), [TopicStatus.PARKED.value]),
    ]


def open_in_browser(url: str) -> bool:
    """Hand a link to the user's browser (one place, so tests can stand in for it)."""
    return QDesktopServices.openUrl(QUrl(url))


def short_link(url: str, limit: int = 44) -> str:
    text = url.split("://", 1)[-1]
    return text if len(text) <= limit else text[: limit - 1] + "…"

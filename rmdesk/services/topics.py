"""The topic bank: what the mentor prepares, and where each topic was discussed.

Every change returns an undo.Change (see services/undo.py). Putting a topic on an agenda goes
through MeetingService, so the agenda rules (positions, topic status) live in one place.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from rmdesk import errors
from rmdesk.domain import enums, models
from rmdesk.domain.enums import TopicStatus
from rmdesk.i18n import msg
from rmdesk.services import links as web_links
from rmdesk.services import meetings as meeting_service
from rmdesk.services import undo, validation
from rmdesk.store import pairs, records, rows, topics
from rmdesk.store.db import Store

TopicRow = topics.TopicRow  # the list's row type, for the UI (which never imports the store)
TopicAppearance = topics.TopicAppearance

MAX_MINUTES = 480
EDITABLE = (
    "title",
    "notes",
    "why_it_matters",
    "resources",
    "estimated_minutes",
    "goal_uuid",
    "status",
    "visibility",
)
SORTS = tuple(topics.SORTS)


def links(topic: models.Topic) -> list[str]:
    """The web links in a topic's resources (valid http(s) only), to open in the browser."""
    return web_links.links_in(topic.resources)


class TopicService:
    """Use cases of the Topics page."""

    def __init__(
        self, store: Store, meetings: meeting_service.MeetingService | None = None
    ) -> None:
        self._store = store
        self._meetings = meetings or meeting_service.MeetingService(store)

    def apply(self, change: undo.Change, forward: bool) -> None:
        """Redo (forward) or undo a change this service returned (for the QUndoCommand)."""
        (undo.redo if forward else undo.undo)(self._store, change)

    # --- reading ---------------------------------------------------------------------------

    def get(self, uuid: str) -> models.Topic:
        return topics.get(self._store, uuid)

    def count(
        self, pair_uuid: str, statuses: list[str] | None = None, search: str | None = None
    ) -> int:
        return topics.count(self._store, pair_uuid, statuses, search)

    def page(
        self,
        pair_uuid: str,
        offset: int,
        limit: int,
        statuses: list[str] | None = None,
        search: str | None = None,
        sort: str = "status",
    ) -> list[TopicRow]:
        """Rows of the bank: by workflow status then title (or `sort` = title / updated).
        `search` matches title, notes, why and resources (case-insensitive for ASCII)."""
        if sort not in topics.SORTS:
            raise ValueError(f"unknown sort {sort!r}")
        return topics.page(self._store, pair_uuid, offset, limit, statuses, search, sort)

    def links(self, topic: models.Topic) -> list[str]:
        return links(topic)

    def history(self, topic_uuid: str) -> list[TopicAppearance]:
        """The meetings whose agenda held this topic, oldest first, and whether it was
        discussed there."""
        return topics.history(self._store, topic_uuid)

    def next_meeting_for_preparation(
        self, pair_uuid: str, now: datetime | None = None
    ) -> models.Meeting | None:
        """The next planned meeting from now on (None if there is none; nothing is created)."""
        return self._meetings.next_planned(pair_uuid, now)

    # --- validation ------------------------------------------------------------------------

    def validate_fields(self, pair_uuid: str, fields: dict[str, Any]) -> dict[str, Any]:
        """Check topic fields (for inline messages while typing); returns them cleaned."""
        clean: dict[str, Any] = {}
        for name, value in fields.items():
            if name not in EDITABLE:
                raise errors.ValidationError(
                    msg("The {name} of a topic cannot be edited here.", name=name), name
                )
            if name == "title":
                title = " ".join(str(value or "").split())
                if not title:
                    raise errors.ValidationError(msg("Give the topic a title."), name)
                if len(title) > 200:
                    raise errors.ValidationError(msg("Keep the title under 200 characters."), name)
                clean[name] = title
            elif name in ("notes", "why_it_matters"):
                clean[name] = str(value or "")
            elif name == "resources":
                text = str(value or "")
                web_links.check_links(text, name)
                clean[name] = text
            elif name == "estimated_minutes":
                clean[name] = self._minutes(value)
            elif name == "goal_uuid":
                clean[name] = validation.check_goal(self._store, pair_uuid, value, name)
            elif name == "status":
                clean[name] = validation.clean_choice(
                    value, enums.TopicStatus, msg("Choose a status from the list."), name
                )
            elif name == "visibility":
                clean[name] = validation.clean_visibility(value, name)
        return clean

    @staticmethod
    def _minutes(value: Any) -> int | None:
        if value is None or value == "":
            return None
        message = f"Estimate 1 to {MAX_MINUTES} minutes, or leave it empty."
        minutes = validation.whole_number(value, message, "estimated_minutes")
        if not 1 <= minutes <= MAX_MINUTES:
            raise errors.ValidationError(message, "estimated_minutes")
        return minutes

    # --- changes ---------------------------------------------------------------------------

    def create(
        self,
        pair_uuid: str,
        title: str,
        notes: str = "",
        why_it_matters: str = "",
        resources: str = "",
        estimated_minutes: int | None = None,
        goal_uuid: str | None = None,
        status: str = TopicStatus.IDEA.value,
        visibility: str = enums.Visibility.PAIR.value,
        author_role: str | None = None,
    ) -> undo.Change:
        """A new topic in the bank (the author defaults to this desk's owner)."""
        pair = pairs.get(self._store, pair_uuid)
        clean = self.validate_fields(
            pair_uuid,
            {
                "title": title,
                "notes": notes,
                "why_it_matters": why_it_matters,
                "resources": resources,
                "estimated_minutes": estimated_minutes,
                "goal_uuid": goal_uuid,
                "status": status,
                "visibility": visibility,
            },
        )
        role = pair.me_role
        if author_role is not None:
            role = validation.clean_role(author_role)
        stamp = models.utc_now()
        topic = models.Topic(
            pair_uuid=pair_uuid, author_role=role, created_at=stamp, updated_at=stamp, **clean
        )

        def operation() -> list[rows.Ref]:
            topics.add(self._store, topic)
            return [("topics", topic.uuid)]

        return undo.record(self._store, msg("New topic"), [], operation)

    def update(self, uuid: str, **fields: Any) -> undo.Change:
        """Edit fields; unchanged values write nothing (the Change is then empty)."""
        topic = self.get(uuid)
        clean = self.validate_fields(topic.pair_uuid, fields)
        changed = {k: v for k, v in clean.items() if getattr(topic, k) != v}

        def operation() -> None:
            if changed:
                topics.update(self._store, topic, **changed)

        return undo.record(self._store, msg("Edit topic"), [("topics", uuid)], operation)

    def set_status(self, uuid: str, status: str) -> undo.Change:
        change = self.update(uuid, status=status)
        return undo.Change(msg("Change topic status"), change.before, change.after)

    def reopen_for_follow_up(self, uuid: str) -> undo.Change:
        """A discussed topic that needs another conversation."""
        change = self.update(uuid, status=TopicStatus.FOLLOW_UP.value)
        return undo.Change(msg("Reopen topic for follow-up"), change.before, change.after)

    def delete(self, uuid: str) -> undo.Change:
        """Delete a topic: it leaves the agendas of meetings not yet held (a deleted topic is
        not something to talk about), while held meetings keep their agenda item by title
        (its link is cleared). Undo restores all of it."""
        self.get(uuid)
        planned = topics.planned_agenda_items(self._store, uuid)
        refs = rows.closure(self._store, "topics", uuid)
        refs += [("agenda_items", item) for item in planned if ("agenda_items", item) not in refs]

        def operation() -> None:
            for item in planned:
                records.delete(self._store, models.AgendaItem, item)
            topics.delete(self._store, uuid)

        return undo.record(self._store, msg("Delete topic"), refs, operation)

    def add_to_agenda(
        self, topic_uuid: str, meeting_uuid: str, index: int | None = None
    ) -> undo.Change:
        """Put a topic on a meeting's agenda (at `index`, or at the end): the item takes the
        topic's title and the topic becomes on_agenda."""
        topic = self.get(topic_uuid)
        if topics.on_agenda_of(self._store, topic_uuid, meeting_uuid):
            raise errors.ValidationError(
                msg("This topic is already on that meeting's agenda."), "topic_uuid"
            )
        change = self._meetings.add_agenda_item(
            meeting_uuid, topic.title, topic_uuid=topic_uuid, index=index
        )
        return undo.Change(msg("Add topic to agenda"), change.before, change.after)

"""Carry-over: what a held meeting hands on to the next one, and taking it back.

Marking a meeting held copies its undiscussed agenda items and open actions into the next
planned meeting; each copy points at its original through `carried_from_uuid`, so an item
is never carried twice. Reopening the meeting removes the copies nobody touched (and the
meeting made only to hold them), and puts its topics back on the agenda. MeetingService
records all of it for undo; these functions only read and write rows.
"""

from __future__ import annotations

from collections.abc import Iterable

from rmdesk.domain import models
from rmdesk.domain.enums import MeetingStatus, TopicStatus
from rmdesk.store import exchange, meetings, rows, topics
from rmdesk.store.db import Store

PLANNED = MeetingStatus.PLANNED.value
# Carry-over makes the same ids on both desks of a pair (a copy from its original and the
# meeting it goes to; the meeting made for it from the held one), so when both people mark
# the same meeting held, the exchange merges the two copies instead of keeping both.
_CARRY_IDS = "6f1d3c2e-8a4b-4c55-9e61-2b7d0a9c4f18"


def carried_id(store: Store, table: str, *parts: str) -> str:
    """The id both desks give what carry-over makes from `parts` (a fresh one when that id
    is already taken here, say by a meeting moved since)."""
    import uuid  # only writers need it, as in models.new_uuid

    derived = str(uuid.uuid5(uuid.UUID(_CARRY_IDS), ":".join((table, *parts))))
    return models.new_uuid() if exchange.row_exists(store, table, derived) else derived


def not_yet_carried(
    store: Store,
    meeting: models.Meeting,
    agenda: list[models.AgendaItem],
    actions: list[models.ActionItem],
) -> tuple[list[models.AgendaItem], list[models.ActionItem]]:
    """The undiscussed agenda items and open actions of a meeting that have no copy yet."""
    undiscussed = [item for item in agenda if not item.discussed]
    open_actions = [action for action in actions if action.done_on is None]
    carried = _copied(store, meeting.pair_uuid, undiscussed, open_actions)
    return (
        [i for i in undiscussed if i.uuid not in carried],
        [a for a in open_actions if a.uuid not in carried],
    )


def mark_topics_discussed(store: Store, topic_uuids: Iterable[str | None]) -> None:
    """Topics ticked off on a held meeting's agenda are discussed."""
    for topic_uuid in dict.fromkeys(topic_uuids):
        if topic_uuid is None:
            continue
        topic = topics.get(store, topic_uuid)
        if topic.status != TopicStatus.DISCUSSED:
            topics.update(store, topic, status=TopicStatus.DISCUSSED.value)


def remove_untouched_copies(
    store: Store,
    pair_uuid: str,
    agenda_copies: list[models.AgendaItem],
    action_copies: list[models.ActionItem],
) -> dict[str, str]:
    """Delete copies nobody edited, ticked or carried further; returns uuid -> stamp."""
    onward = _copied(store, pair_uuid, agenda_copies, action_copies)
    removed: dict[str, str] = {}
    for item in agenda_copies:
        if item.updated_at == item.created_at and not item.discussed and item.uuid not in onward:
            meetings.delete_agenda_item(store, item.uuid)
            removed[item.uuid] = item.created_at
    for action in action_copies:
        if (
            action.updated_at == action.created_at
            and action.done_on is None
            and action.uuid not in onward
        ):
            meetings.delete_action_item(store, action.uuid)
            removed[action.uuid] = action.created_at
    return removed


def made_by_carry_over(store: Store, meeting_uuid: str, removed: dict[str, str]) -> bool:
    """Planned, never edited, now empty, and created together with removed copies."""
    meeting = meetings.get(store, meeting_uuid)
    return (
        meeting.status == PLANNED
        and meeting.created_at == meeting.updated_at
        and not meeting.notes
        and meeting.created_at in removed.values()
        and rows.closure(store, "meetings", meeting_uuid) == [("meetings", meeting_uuid)]
    )


def undo_discussed_topics(
    store: Store, meeting: models.Meeting, agenda: list[models.AgendaItem]
) -> None:
    """Topics this meeting marked discussed are on its (again planned) agenda once more,
    unless another held meeting discussed them too."""
    for topic_uuid in dict.fromkeys(i.topic_uuid for i in agenda if i.discussed):
        if topic_uuid is None:
            continue
        topic = topics.get(store, topic_uuid)
        if topic.status == TopicStatus.DISCUSSED and not meetings.topic_discussed_elsewhere(
            store, topic_uuid, meeting.uuid
        ):
            topics.update(store, topic, status=TopicStatus.ON_AGENDA.value)


def copy_into(
    store: Store,
    meeting_uuid: str,
    items: list[models.AgendaItem],
    open_actions: list[models.ActionItem],
    stamp: str,
) -> list[rows.Ref]:
    """Copy agenda items and open actions into a meeting, each pointing at its original."""
    made: list[rows.Ref] = []
    position = meetings.next_agenda_position(store, meeting_uuid)
    for offset, item in enumerate(items):
        copy = models.AgendaItem(
            uuid=carried_id(store, "agenda_items", item.uuid, meeting_uuid),
            meeting_uuid=meeting_uuid,
            title=item.title,
            topic_uuid=item.topic_uuid,
            position=position + offset,
            carried_from_uuid=item.uuid,
            author_role=item.author_role,
            visibility=item.visibility,
            created_at=stamp,
            updated_at=stamp,
        )
        meetings.add_agenda_item(store, copy)
        made.append(("agenda_items", copy.uuid))
    for action in open_actions:
        copy_action = models.ActionItem(
            uuid=carried_id(store, "action_items", action.uuid, meeting_uuid),
            pair_uuid=action.pair_uuid,
            text=action.text,
            owner=action.owner,
            meeting_uuid=meeting_uuid,
            goal_uuid=action.goal_uuid,
            due_date=action.due_date,
            carried_from_uuid=action.uuid,
            author_role=action.author_role,
            visibility=action.visibility,
            created_at=stamp,
            updated_at=stamp,
        )
        meetings.add_action_item(store, copy_action)
        made.append(("action_items", copy_action.uuid))
    return made


def _copied(
    store: Store,
    pair_uuid: str,
    agenda: list[models.AgendaItem],
    actions: list[models.ActionItem],
) -> set[str | None]:
    """Which of these agenda items and actions already have a copy somewhere."""
    agenda_copies = meetings.agenda_copies(store, pair_uuid, [i.uuid for i in agenda])
    action_copies = meetings.action_copies(store, pair_uuid, [a.uuid for a in actions])
    return {c.carried_from_uuid for c in agenda_copies} | {
        c.carried_from_uuid for c in action_copies
    }

"""The meeting journal: the timeline, planning, agendas, action items, goals and carry-over.

Every change returns an undo.Change that puts whole rows back, so the page can undo and redo
exactly. Times are stored in UTC (times.STARTS_AT_FORMAT); local time, for the "same time
of day" rule and for display, comes from the time zone the service was built with.

Carry-over: marking a meeting held copies its open action items and undiscussed agenda
items into the next planned meeting (created from the cadence when there is none). Copies
point at their original through `carried_from_uuid`; originals stay with the held meeting as
history, and an original that has a copy no longer counts as open. The copying and its undoing
live in services/carry_over.py; the next suggested meeting in services/cadence.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, tzinfo
from typing import Any, NamedTuple

from rmdesk import errors
from rmdesk.domain import enums, models
from rmdesk.domain.enums import MeetingStatus, TopicStatus
from rmdesk.i18n import msg
from rmdesk.services import agenda_text, cadence, carry_over, links, times, undo, validation
from rmdesk.store import meetings, pairs, records, rows, topics
from rmdesk.store.db import Store

MeetingRow = meetings.MeetingRow  # the timeline's row type, for the UI (never imports store)

PLANNED = MeetingStatus.PLANNED.value
HELD = MeetingStatus.HELD.value
CANCELLED = MeetingStatus.CANCELLED.value

MAX_MINUTES = 600
RATINGS = ("mood_mentor", "mood_mentee", "energy_mentor", "energy_mentee")
EDITABLE = ("notes", *RATINGS, "place", "starts_at", "duration_minutes", "format", "visibility")
ACTION_EDITABLE = ("text", "owner", "due_date", "goal_uuid", "visibility")


# --- validation


def clean_duration(value: Any) -> int:
    message = f"A meeting lasts from 1 to {MAX_MINUTES} minutes."
    if value is None or value == "":
        raise errors.ValidationError(
            msg("Enter how many minutes the meeting lasts."), "duration_minutes"
        )
    minutes = validation.whole_number(value, message, "duration_minutes")
    if not 1 <= minutes <= MAX_MINUTES:
        raise errors.ValidationError(message, "duration_minutes")
    return minutes


# --- results --------------------------------------------------------------------------------


class TimeBudget(NamedTuple):
    """The agenda topics' estimated minutes against the meeting's length."""

    planned_minutes: int
    meeting_minutes: int

    @property
    def over(self) -> int:
        """Minutes over the meeting's length (0 when it fits)."""
        return max(0, self.planned_minutes - self.meeting_minutes)


def created_uuids(change: undo.Change, table: str) -> list[str]:
    """The uuids of rows of `table` that a change created (e.g. the meeting `plan` made)."""
    return [
        uuid
        for (name, uuid), row in change.before.items()
        if name == table and row is None and change.after.get((name, uuid)) is not None
    ]


def merged(earlier: undo.Change, later: undo.Change) -> undo.Change:
    """One Change for two consecutive ones (autosave keystrokes become one undo step)."""
    before = dict(later.before)
    before.update(earlier.before)
    after = {ref: later.after.get(ref, row) for ref, row in earlier.after.items()}
    after.update(later.after)
    return undo.Change(earlier.label, before, after)


# --- the service ----------------------------------------------------------------------------


class MeetingService:
    """Use cases of the Meetings page. `tz` is the user's zone (default: the system's)."""

    def __init__(self, store: Store, tz: tzinfo | None = None) -> None:
        self._store = store
        self._tz = tz if tz is not None else times.local_zone()

    @property
    def tz(self) -> tzinfo:
        return self._tz

    def apply(self, change: undo.Change, forward: bool) -> None:
        """Redo (forward) or undo a change this service returned (for the QUndoCommand)."""
        (undo.redo if forward else undo.undo)(self._store, change)

    # --- time ------------------------------------------------------------------------------

    def to_utc_text(self, value: datetime | str | None) -> str:
        """A start as stored: UTC, whole seconds. A naive datetime is taken as local time."""
        if value is None or value == "":
            raise errors.ValidationError(
                msg("Choose the date and time of the meeting."), "starts_at"
            )
        if isinstance(value, str):
            try:
                value = times.parse_starts_at(value)
            except ValueError:
                raise errors.ValidationError(
                    msg("The start must be a date and time like 2026-01-31 09:00."), "starts_at"
                ) from None
        if not isinstance(value, datetime):
            raise errors.ValidationError(
                msg("Choose the date and time of the meeting."), "starts_at"
            )
        if value.tzinfo is None or value.utcoffset() is None:
            value = value.replace(tzinfo=self._tz)
        return value.astimezone(UTC).strftime(times.STARTS_AT_FORMAT)

    def local_start(self, starts_at: str) -> datetime:
        """A stored start in the user's time zone."""
        return times.parse_starts_at(starts_at).astimezone(self._tz)

    def _now(self, now: datetime | None) -> datetime:
        return (now or datetime.now(UTC)).astimezone(UTC)

    # --- reading ---------------------------------------------------------------------------

    def get(self, uuid: str) -> models.Meeting:
        return meetings.get(self._store, uuid)

    def count(self, pair_uuid: str, statuses: list[str] | None = None) -> int:
        return meetings.count(self._store, pair_uuid, statuses)

    def count_upcoming(self, pair_uuid: str, now: datetime | None = None) -> int:
        """How many rows at the top of the timeline are upcoming planned meetings."""
        return meetings.count_upcoming(
            self._store, pair_uuid, self._now(now).strftime(times.STARTS_AT_FORMAT)
        )

    def page(
        self,
        pair_uuid: str,
        offset: int,
        limit: int,
        statuses: list[str] | None = None,
        now: datetime | None = None,
    ) -> list[MeetingRow]:
        """Timeline rows: planned meetings from now on, soonest first; then the rest, newest
        first. Pass the same `now` for every page of one listing."""
        now_iso = self._now(now).strftime(times.STARTS_AT_FORMAT)
        return meetings.page(self._store, pair_uuid, now_iso, offset, limit, statuses)

    def index_of(
        self,
        pair_uuid: str,
        uuid: str,
        statuses: list[str] | None = None,
        now: datetime | None = None,
    ) -> int | None:
        """The timeline row of a meeting (None if filtered out), to select it after a change."""
        now_iso = self._now(now).strftime(times.STARTS_AT_FORMAT)
        return meetings.index_of(self._store, pair_uuid, uuid, now_iso, statuses)

    def next_planned(self, pair_uuid: str, now: datetime | None = None) -> models.Meeting | None:
        return meetings.next_planned(
            self._store, pair_uuid, self._now(now).strftime(times.STARTS_AT_FORMAT)
        )

    def agenda(self, meeting_uuid: str) -> list[models.AgendaItem]:
        return meetings.agenda(self._store, meeting_uuid)

    def actions(self, meeting_uuid: str) -> list[models.ActionItem]:
        return meetings.actions(self._store, meeting_uuid)

    def open_actions(self, pair_uuid: str) -> list[models.ActionItem]:
        """Open action items of the pair, each once (a carried original is not repeated)."""
        return meetings.open_actions(self._store, pair_uuid)

    def carried_onward(self, meeting_uuid: str) -> dict[str, str]:
        """This meeting's items that were carried on: item uuid -> the meeting they went to."""
        return meetings.carried_onward(self._store, meeting_uuid)

    def goals_for_meeting(self, meeting_uuid: str) -> list[models.Goal]:
        return meetings.goals_for(self._store, meeting_uuid)

    def meetings_for_goal(self, goal_uuid: str) -> list[MeetingRow]:
        return meetings.rows_for_goal(self._store, goal_uuid)

    def actions_for_goal(self, goal_uuid: str) -> list[models.ActionItem]:
        return meetings.actions_for_goal(self._store, goal_uuid)

    def time_budget(self, meeting_uuid: str) -> TimeBudget:
        meeting = self.get(meeting_uuid)
        return TimeBudget(
            meetings.planned_minutes(self._store, meeting_uuid), meeting.duration_minutes
        )

    # --- cadence ---------------------------------------------------------------------------

    def suggest_next_start(self, pair_uuid: str, now: datetime | None = None) -> datetime:
        """When the pair should meet next, in the service's zone (see cadence.py)."""
        return cadence.suggest_next_start(self._store, self._tz, pair_uuid, self._now(now))

    def adherence(self, pair_uuid: str, today: date | None = None) -> cadence.Adherence:
        """Held meetings against what the cadence expected (see cadence.py)."""
        return cadence.adherence(self._store, self._tz, pair_uuid, today)

    def reminder(self, pair_uuid: str, now: datetime | None = None) -> str:
        """One line for the start-up reminder: the next planned meeting and how soon, or
        the day the cadence suggests when nothing is planned ("" for an archived pair)."""
        now = self._now(now)
        pair = pairs.get(self._store, pair_uuid)
        if pair.archived_at or pair.paused_on or pair.ended_early_on:
            return ""
        other = pair.name_of(enums.Role(pair.me_role).other)
        upcoming = self.next_planned(pair_uuid, now)
        if upcoming is None:
            suggested = self.suggest_next_start(pair_uuid, now)
            return msg(
                "No meeting with {other} is planned; your cadence suggests {day} ({when}). "
                "Ctrl+Shift+N plans one.",
                other=other,
                day=cadence.day_text(suggested),
                when=cadence.how_soon(suggested, now, self._tz),
            )
        start = self.local_start(upcoming.starts_at)
        return msg(
            "Next meeting with {other}: {day} at {time} ({when}).",
            other=other,
            day=cadence.day_text(start),
            time=f"{start:%H:%M}",
            when=cadence.how_soon(start, now, self._tz),
        )

    # --- meetings --------------------------------------------------------------------------

    def _record(
        self, label: str, refs: Iterable[rows.Ref], operation: Callable[[], Any]
    ) -> undo.Change:
        return undo.record(self._store, label, refs, operation)

    def plan(
        self,
        pair_uuid: str,
        starts_at: datetime | str | None,
        duration_minutes: int | None = None,
        format: str = enums.MeetingFormat.VIDEO.value,
        place: str = "",
        author_role: str | None = None,
        visibility: str = enums.Visibility.PAIR.value,
    ) -> undo.Change:
        """A new planned meeting (duration defaults to the pair's). See created_uuids()."""
        pair = pairs.get(self._store, pair_uuid)
        stamp = models.utc_now()
        meeting = models.Meeting(
            pair_uuid=pair_uuid,
            starts_at=self.to_utc_text(starts_at),
            duration_minutes=clean_duration(
                pair.meeting_minutes if duration_minutes is None else duration_minutes
            ),
            format=validation.clean_choice(
                format, enums.MeetingFormat, msg("Choose in person, video or phone."), "format"
            ),
            place=self._clean_place(place),
            author_role=self._role(author_role, pair),
            visibility=self._visibility(visibility),
            created_at=stamp,
            updated_at=stamp,
        )

        def operation() -> list[rows.Ref]:
            meetings.add(self._store, meeting)
            return [("meetings", meeting.uuid)]

        return self._record(msg("Plan meeting"), [], operation)

    def update(self, uuid: str, **fields: Any) -> undo.Change:
        """Edit notes, ratings, place, start, duration, format or visibility. Unchanged values
        write nothing (the Change is then empty)."""
        meeting = self.get(uuid)
        clean = self.validate_fields(fields)
        changed = {k: v for k, v in clean.items() if getattr(meeting, k) != v}

        def operation() -> None:
            if changed:
                meetings.update(self._store, meeting, **changed)

        return self._record(msg("Edit meeting"), [("meetings", uuid)], operation)

    def validate_fields(self, fields: dict[str, Any]) -> dict[str, Any]:
        """Check meeting fields (for inline messages while typing); returns them cleaned."""
        clean: dict[str, Any] = {}
        for name, value in fields.items():
            if name not in EDITABLE:
                raise errors.ValidationError(
                    msg("The {name} of a meeting cannot be edited here.", name=name), name
                )
            if name == "notes":
                clean[name] = str(value or "")
            elif name in RATINGS:
                clean[name] = validation.clean_rating(value, name)
            elif name == "place":
                clean[name] = self._clean_place(value)
            elif name == "starts_at":
                clean[name] = self.to_utc_text(value)
            elif name == "duration_minutes":
                clean[name] = clean_duration(value)
            elif name == "format":
                clean[name] = validation.clean_choice(
                    value, enums.MeetingFormat, msg("Choose in person, video or phone."), name
                )
            elif name == "visibility":
                clean[name] = self._visibility(value)
        return clean

    def set_notes(self, uuid: str, text: str) -> undo.Change:
        """Autosave: one UPDATE of the notes alone; nothing is written if they are unchanged."""

        def operation() -> None:
            meetings.set_notes(self._store, uuid, str(text or ""))

        return self._record(msg("Edit notes"), [("meetings", uuid)], operation)

    def delete(self, uuid: str) -> undo.Change:
        """Delete a meeting with its agenda, goal links and action items' link to it."""
        meeting = self.get(uuid)
        agenda = self.agenda(uuid)
        refs = rows.closure(self._store, "meetings", uuid)
        released = self._released_topics(agenda, [item.uuid for item in agenda], meeting)
        refs += [("topics", t.uuid) for t in released]

        def operation() -> None:
            meetings.delete(self._store, uuid)
            self._settle_released(released)

        return self._record(msg("Delete meeting"), refs, operation)

    def mark_cancelled(self, uuid: str) -> undo.Change:
        """Cancel a planned meeting; a held one is un-held first (its untouched carried
        copies go away), so nothing it carried lingers."""
        return self._set_status(uuid, CANCELLED, msg("Cancel meeting"))

    def reopen(self, uuid: str) -> undo.Change:
        """Back to planned (un-hold or un-cancel), removing exactly the carried copies nobody
        has touched and a next meeting that carry-over created and nobody has used."""
        return self._set_status(uuid, PLANNED, msg("Reopen meeting"))

    def not_yet_started(self, uuid: str, now: datetime | None = None) -> bool:
        """Whether a meeting not yet held starts after `now` (marking it held asks first)."""
        meeting = self.get(uuid)
        return meeting.status != HELD and meeting.starts_at > self.to_utc_text(self._now(now))

    def mark_held(
        self, uuid: str, now: datetime | None = None, move_to_now: bool = False
    ) -> undo.Change:
        """Mark held and carry open actions and undiscussed agenda items to the next planned
        meeting after this one (created from the cadence if there is none and something needs
        carrying). Idempotent: an item with a copy is never carried again.

        A meeting whose start is still to come is refused (MeetingNotYetError) unless
        `move_to_now`, which moves its start to this minute first: a meeting held "in two
        days" would read as -2 days since the last one and date its check-in wrongly."""
        now = self._now(now)
        meeting = self.get(uuid)
        moved_to: str | None = None
        if meeting.status != HELD and meeting.starts_at > self.to_utc_text(now):
            if not move_to_now:
                raise errors.MeetingNotYetError(
                    msg("This meeting has not started yet. Move it to now to mark it held."),
                    "starts_at",
                )
            moved_to = self.to_utc_text(now.replace(second=0, microsecond=0))
        agenda = self.agenda(uuid)
        actions = self.actions(uuid)
        refs: list[rows.Ref] = [("meetings", uuid)]
        refs += [("topics", t) for t in dict.fromkeys(i.topic_uuid for i in agenda if i.topic_uuid)]
        held_at = moved_to or meeting.starts_at
        target = meetings.next_planned_after(self._store, meeting.pair_uuid, held_at)
        if target is not None:
            refs.append(("meetings", target.uuid))

        def operation() -> list[rows.Ref]:
            made: list[rows.Ref] = []
            if meeting.status != HELD:
                if moved_to is not None:
                    meetings.update(self._store, meeting, status=HELD, starts_at=moved_to)
                else:
                    meetings.update(self._store, meeting, status=HELD)
                discussed = [i.topic_uuid for i in agenda if i.discussed]
                carry_over.mark_topics_discussed(self._store, discussed)
            items, open_actions = carry_over.not_yet_carried(self._store, meeting, agenda, actions)
            if not items and not open_actions:
                return made
            stamp = models.utc_now()
            into = target
            if into is None:
                into = self._auto_next_meeting(meeting, now, stamp)
                made.append(("meetings", into.uuid))
            made += carry_over.copy_into(self._store, into.uuid, items, open_actions, stamp)
            return made

        return self._record(msg("Mark meeting held"), refs, operation)

    def _auto_next_meeting(self, held: models.Meeting, now: datetime, stamp: str) -> models.Meeting:
        pair = pairs.get(self._store, held.pair_uuid)
        meeting = models.Meeting(
            uuid=carry_over.carried_id(self._store, "meetings", held.uuid),
            pair_uuid=held.pair_uuid,
            starts_at=self.to_utc_text(self.suggest_next_start(held.pair_uuid, now)),
            duration_minutes=pair.meeting_minutes,
            format=held.format,
            place=held.place,  # the same video link or room, as a series of meetings keeps
            author_role=pair.me_role,
            visibility=held.visibility,
            # The same stamp as the copies: reopen() recognises a meeting made by carry-over
            # (and unused since) by it, without a column of its own.
            created_at=stamp,
            updated_at=stamp,
        )
        return meetings.add(self._store, meeting)

    def _set_status(self, uuid: str, status: str, label: str) -> undo.Change:
        meeting = self.get(uuid)
        refs: list[rows.Ref] = [("meetings", uuid)]
        unhold = meeting.status == HELD and status != HELD
        agenda = self.agenda(uuid) if unhold else []
        actions = self.actions(uuid) if unhold else []
        agenda_copies = meetings.agenda_copies(
            self._store, meeting.pair_uuid, [i.uuid for i in agenda]
        )
        action_copies = meetings.action_copies(
            self._store, meeting.pair_uuid, [a.uuid for a in actions]
        )
        hosts = dict.fromkeys(
            [*(c.meeting_uuid for c in agenda_copies), *(c.meeting_uuid for c in action_copies)]
        )
        for host in hosts:
            if host:
                refs += rows.closure(self._store, "meetings", host)
        refs += [("agenda_items", c.uuid) for c in agenda_copies]
        refs += [("action_items", c.uuid) for c in action_copies]
        refs += [("topics", t) for t in dict.fromkeys(i.topic_uuid for i in agenda if i.topic_uuid)]

        def operation() -> None:
            if meeting.status == status:
                return
            meetings.update(self._store, meeting, status=status)
            if not unhold:
                return
            removed = carry_over.remove_untouched_copies(
                self._store, meeting.pair_uuid, agenda_copies, action_copies
            )
            for host in hosts:
                if host and carry_over.made_by_carry_over(self._store, host, removed):
                    meetings.delete(self._store, host)
            carry_over.undo_discussed_topics(self._store, meeting, agenda)

        return self._record(label, refs, operation)

    # --- agenda ----------------------------------------------------------------------------

    def add_agenda_item(
        self,
        meeting_uuid: str,
        title: str,
        topic_uuid: str | None = None,
        index: int | None = None,
        author_role: str | None = None,
        visibility: str | None = None,
    ) -> undo.Change:
        """Append (or insert at `index`) an agenda item; a linked topic becomes on_agenda."""
        meeting = self.get(meeting_uuid)
        clean_title = validation.required_text(title, msg("Give the agenda item a title."), "title")
        topic = None
        if topic_uuid is not None:
            topic = topics.get(self._store, topic_uuid)
            if topic.pair_uuid != meeting.pair_uuid:
                raise errors.ValidationError(
                    msg("That topic belongs to another pair."), "topic_uuid"
                )
        pair = pairs.get(self._store, meeting.pair_uuid)
        agenda = self.agenda(meeting_uuid)
        stamp = models.utc_now()
        item = models.AgendaItem(
            meeting_uuid=meeting_uuid,
            title=clean_title,
            topic_uuid=topic_uuid,
            position=meetings.next_agenda_position(self._store, meeting_uuid),
            author_role=self._role(author_role, pair),
            visibility=self._visibility(
                visibility or narrower(meeting.visibility, topic.visibility if topic else None)
            ),
            created_at=stamp,
            updated_at=stamp,
        )
        refs = [("agenda_items", i.uuid) for i in agenda]
        if topic is not None:
            refs.append(("topics", topic.uuid))

        def operation() -> list[rows.Ref]:
            meetings.add_agenda_item(self._store, item)
            if index is not None:
                order = [*agenda]
                order.insert(max(0, min(index, len(order))), item)
                self._renumber(order)
            if topic is not None and topic.status != TopicStatus.ON_AGENDA:
                topics.update(self._store, topic, status=TopicStatus.ON_AGENDA.value)
            return [("agenda_items", item.uuid)]

        return self._record(msg("Add agenda item"), refs, operation)

    def edit_agenda_item(self, item_uuid: str, title: str) -> undo.Change:
        item = meetings.get_agenda_item(self._store, item_uuid)
        clean = validation.required_text(title, msg("Give the agenda item a title."), "title")

        def operation() -> None:
            if clean != item.title:
                meetings.update_agenda_item(self._store, item, title=clean)

        return self._record(msg("Edit agenda item"), [("agenda_items", item_uuid)], operation)

    def _renumber(self, order: list[models.AgendaItem]) -> None:
        """Positions 0..n-1 in this order, writing only the items whose position changes."""
        for position, item in enumerate(order):
            current = meetings.get_agenda_item(self._store, item.uuid)
            if current.position != position:
                meetings.update_agenda_item(self._store, current, position=position)

    def move_agenda_item(self, item_uuid: str, new_index: int) -> undo.Change:
        """Move an item to `new_index` (clamped) and renumber the agenda."""
        item = meetings.get_agenda_item(self._store, item_uuid)
        agenda = self.agenda(item.meeting_uuid)
        order = [i for i in agenda if i.uuid != item_uuid]
        order.insert(max(0, min(new_index, len(order))), item)
        return self._record(
            msg("Move agenda item"),
            [("agenda_items", i.uuid) for i in agenda],
            lambda: self._renumber(order),
        )

    def set_discussed(self, item_uuid: str, discussed: bool) -> undo.Change:
        """Tick an item; in a meeting already held, its topic becomes discussed too."""
        item = meetings.get_agenda_item(self._store, item_uuid)
        meeting = self.get(item.meeting_uuid)
        refs: list[rows.Ref] = [("agenda_items", item_uuid)]
        if item.topic_uuid:
            refs.append(("topics", item.topic_uuid))

        def operation() -> None:
            if item.discussed == bool(discussed):
                return
            meetings.update_agenda_item(self._store, item, discussed=bool(discussed))
            if discussed and meeting.status == HELD:
                carry_over.mark_topics_discussed(self._store, [item.topic_uuid])

        return self._record(msg("Tick agenda item"), refs, operation)

    def remove_agenda_item(self, item_uuid: str) -> undo.Change:
        """Take an item off the agenda; its topic goes back to prepared if no planned
        meeting still has it."""
        item = meetings.get_agenda_item(self._store, item_uuid)
        meeting = self.get(item.meeting_uuid)
        released = self._released_topics([item], [item_uuid], meeting)
        refs = rows.closure(self._store, "agenda_items", item_uuid)
        refs += [("topics", t.uuid) for t in released]

        def operation() -> None:
            meetings.delete_agenda_item(self._store, item_uuid)
            self._settle_released(released)

        return self._record(msg("Remove agenda item"), refs, operation)

    def _released_topics(
        self, items: list[models.AgendaItem], leaving: list[str], meeting: models.Meeting
    ) -> list[models.Topic]:
        """Topics on_agenda only through these items of a planned meeting."""
        if meeting.status != PLANNED:
            return []
        found = []
        for topic_uuid in dict.fromkeys(i.topic_uuid for i in items if i.topic_uuid):
            topic = topics.get(self._store, topic_uuid)
            if topic.status == TopicStatus.ON_AGENDA and not meetings.topic_on_planned_agenda(
                self._store, topic_uuid, leaving
            ):
                found.append(topic)
        return found

    def _settle_released(self, released: list[models.Topic]) -> None:
        for topic in released:
            topics.update(self._store, topic, status=TopicStatus.PREPARED.value)

    # --- action items ----------------------------------------------------------------------

    def add_action(
        self,
        pair_uuid: str,
        text: str,
        owner: str,
        *,
        meeting_uuid: str | None = None,
        due_date: date | str | None = None,
        goal_uuid: str | None = None,
        author_role: str | None = None,
        visibility: str = enums.Visibility.PAIR.value,
    ) -> undo.Change:
        """A new action item, usually from a meeting's page. See created_uuids()."""
        pair = pairs.get(self._store, pair_uuid)
        if meeting_uuid is not None and self.get(meeting_uuid).pair_uuid != pair_uuid:
            raise errors.ValidationError(
                msg("That meeting belongs to another pair."), "meeting_uuid"
            )
        fields = self._clean_action(
            pair_uuid,
            {
                "text": text,
                "owner": owner,
                "due_date": due_date,
                "goal_uuid": goal_uuid,
                "visibility": visibility,
            },
        )
        stamp = models.utc_now()
        action = models.ActionItem(
            pair_uuid=pair_uuid,
            meeting_uuid=meeting_uuid,
            author_role=self._role(author_role, pair),
            created_at=stamp,
            updated_at=stamp,
            **fields,
        )

        def operation() -> list[rows.Ref]:
            meetings.add_action_item(self._store, action)
            return [("action_items", action.uuid)]

        return self._record(msg("Add action item"), [], operation)

    def _clean_action(self, pair_uuid: str, fields: dict[str, Any]) -> dict[str, Any]:
        clean: dict[str, Any] = {}
        for name, value in fields.items():
            if name not in ACTION_EDITABLE:
                raise errors.ValidationError(
                    msg("The {name} of an action item cannot be edited here.", name=name), name
                )
            if name == "text":
                clean[name] = validation.required_text(value, msg("Describe the action."), name)
            elif name == "owner":
                clean[name] = validation.clean_choice(
                    value, enums.Role, msg("Choose who will do it: mentor or mentee."), name
                )
            elif name == "due_date":
                clean[name] = validation.clean_date(value, msg("due date"), name)
            elif name == "goal_uuid":
                clean[name] = validation.check_goal(self._store, pair_uuid, value, name)
            elif name == "visibility":
                clean[name] = self._visibility(value)
        return clean

    def edit_action(self, uuid: str, **fields: Any) -> undo.Change:
        """Edit text, owner, due date, goal or visibility."""
        action = meetings.get_action_item(self._store, uuid)
        clean = self._clean_action(action.pair_uuid, fields)
        changed = {k: v for k, v in clean.items() if getattr(action, k) != v}

        def operation() -> None:
            if changed:
                meetings.update_action_item(self._store, action, **changed)

        return self._record(msg("Edit action item"), [("action_items", uuid)], operation)

    def set_action_done(self, uuid: str, done: bool, on: date | None = None) -> undo.Change:
        """Tick (on a day, default today) or untick an action item."""
        action = meetings.get_action_item(self._store, uuid)
        done_on = (on or datetime.now(self._tz).date()).isoformat() if done else None

        def operation() -> None:
            if action.done_on != done_on:
                meetings.update_action_item(self._store, action, done_on=done_on)

        return self._record(msg("Tick action item"), [("action_items", uuid)], operation)

    def delete_action(self, uuid: str) -> undo.Change:
        meetings.get_action_item(self._store, uuid)
        refs = rows.closure(self._store, "action_items", uuid)
        return self._record(
            msg("Delete action item"), refs, lambda: meetings.delete_action_item(self._store, uuid)
        )

    # --- goals -----------------------------------------------------------------------------

    def link_goal(self, meeting_uuid: str, goal_uuid: str) -> undo.Change:
        """Link a goal the meeting worked on (linking twice changes nothing)."""
        meeting = self.get(meeting_uuid)
        goal = records.get(self._store, models.Goal, goal_uuid)
        if goal.pair_uuid != meeting.pair_uuid:
            raise errors.ValidationError(msg("That goal belongs to another pair."), "goal_uuid")
        existing = meetings.goal_link(self._store, meeting_uuid, goal_uuid)
        pair = pairs.get(self._store, meeting.pair_uuid)
        stamp = models.utc_now()
        link = models.MeetingGoal(
            meeting_uuid=meeting_uuid,
            goal_uuid=goal_uuid,
            author_role=pair.me_role,
            visibility=meeting.visibility,
            created_at=stamp,
            updated_at=stamp,
        )

        def operation() -> list[rows.Ref]:
            if existing is not None:
                return []
            meetings.link_goal(self._store, link)
            return [("meeting_goals", link.uuid)]

        return self._record(msg("Link goal"), [], operation)

    def unlink_goal(self, meeting_uuid: str, goal_uuid: str) -> undo.Change:
        existing = meetings.goal_link(self._store, meeting_uuid, goal_uuid)
        refs = [("meeting_goals", existing.uuid)] if existing else []

        def operation() -> None:
            if existing is not None:
                meetings.delete_goal_link(self._store, existing.uuid)

        return self._record(msg("Unlink goal"), refs, operation)

    # --- export ----------------------------------------------------------------------------

    def agenda_markdown(self, meeting_uuid: str, tr: Callable[[str], str] = str) -> str:
        """The meeting's agenda as Markdown, for the clipboard (`tr` translates its words:
        the window passes messages.text)."""
        meeting = self.get(meeting_uuid)
        carried = meetings.carried_onward(self._store, meeting_uuid)
        open_actions = [
            a for a in self.actions(meeting_uuid) if a.done_on is None and a.uuid not in carried
        ]
        return agenda_text.markdown(
            pairs.get(self._store, meeting.pair_uuid),
            meeting,
            self.agenda(meeting_uuid),
            open_actions,
            self._tz,
            tr,
        )

    # --- helpers ---------------------------------------------------------------------------

    def _clean_place(self, value: Any) -> str:
        place = " ".join(str(value or "").split())
        links.check_links(place, "place")
        return place

    def _role(self, role: str | None, pair: models.Pair) -> str:
        if role is None:
            return pair.me_role
        return validation.clean_role(role)

    def _visibility(self, value: Any) -> str:
        return validation.clean_visibility(value)


def narrower(first: str, second: str | None) -> str:
    """The visibility that lets an entry travel less far (a private topic stays private)."""
    order = enums.values(enums.Visibility)  # private, pair, coordinator
    if second is None:
        return first
    return min(first, second, key=order.index)

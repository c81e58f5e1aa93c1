"""`rmdesk add/set/delete`: the desk driven by FIELD=VALUE text, through the window's services.

A pair (and a test with two desks) scripts entries here. Nothing is written by this module
itself except what a service offers no call for (the visibility of an agenda item, a
milestone or a progress update), and then through the same store calls and undo records.
Every rule is the service's: a bad value raises ValidationError naming the field.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from rmdesk import errors
from rmdesk.domain import enums, models
from rmdesk.i18n import msg
from rmdesk.services import (
    commitments,
    goals,
    meetings,
    pulse,
    reflections,
    topics,
    undo,
    validation,
)
from rmdesk.services import self_assessment as assessments
from rmdesk.store import db, pairs, records, rows

# The kinds `add` takes, and the table each lives in (also how `set`/`delete` find a UUID).
KINDS: dict[str, str] = {
    "goal": "goals",
    "milestone": "milestones",
    "progress": "progress_updates",
    "meeting": "meetings",
    "agenda": "agenda_items",
    "action": "action_items",
    "topic": "topics",
    "reflection": "reflections",
    "pulse": "pulses",
    "assessment": "self_assessments",
    "commitment": "commitments",
}
KIND_OF_TABLE = {table: kind for kind, table in KINDS.items()}

# Short names a person types for the link columns; the column names work too.
ALIASES = {
    "author": "author_role",
    "goal": "goal_uuid",
    "meeting": "meeting_uuid",
    "topic": "topic_uuid",
    "prompt": "prompt_id",
    "date": "on_date",
    "item": "item_id",
}
WHOLE_NUMBERS = frozenset(
    {
        "percent",
        "duration_minutes",
        "estimated_minutes",
        "rating",
        *meetings.RATINGS,
        *pulse.RATINGS,
    }
)
YES = ("yes", "true", "1", "done")
NO = ("no", "false", "0", "")


@dataclass(frozen=True)
class Found:
    """A row `set`/`delete` was pointed at: its kind, table and current values."""

    kind: str
    table: str
    row: dict[str, Any]


def parse_assignments(items: list[str]) -> dict[str, str]:
    """FIELD=VALUE words to a dict (aliases resolved); ValueError for a malformed one, which
    the CLI reports as a usage mistake."""
    fields: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        name = name.strip().lower()
        if not sep or not name:
            raise ValueError(f"{item!r} is not FIELD=VALUE")
        name = ALIASES.get(name, name)
        if name in fields:
            raise ValueError(f"{name} is given twice")
        fields[name] = value
    return fields


def _number(name: str, value: str) -> int | None:
    if value.strip() == "":
        return None
    try:
        return int(value.strip())
    except ValueError:
        raise errors.ValidationError(
            msg("{name} must be a whole number.", name=name), name
        ) from None


def _flag(name: str, value: str) -> bool:
    word = value.strip().lower()
    if word in YES:
        return True
    if word in NO:
        return False
    raise errors.ValidationError(msg("{name} is yes or no.", name=name), name)


def _typed(fields: dict[str, str]) -> dict[str, Any]:
    """Whole numbers as ints and empty link ids as None, as the window's widgets hand them."""
    typed: dict[str, Any] = {}
    for name, value in fields.items():
        if name in WHOLE_NUMBERS:
            typed[name] = _number(name, value)
        elif name.endswith("_uuid") or name == "prompt_id":
            typed[name] = value.strip() or None
        else:
            typed[name] = value
    return typed


def _take(fields: dict[str, Any], name: str, required: str | None = None) -> Any:
    """Remove and return one field; `required` is the message when it is missing."""
    value = fields.pop(name, None)
    if required is not None and (value is None or value == ""):
        raise errors.ValidationError(required, name)
    return value


def _only(fields: dict[str, Any], allowed: tuple[str, ...], kind: str) -> None:
    for name in fields:
        if name not in allowed:
            raise errors.ValidationError(
                msg(
                    "A {kind} has no field {name} here; it takes {allowed}.",
                    kind=kind,
                    name=name,
                    allowed=", ".join(allowed),
                ),
                name,
            )


class ScriptService:
    """add / set / delete by kind and UUID, each one undo-able transaction."""

    def __init__(self, store: db.Store, library: Any = None) -> None:
        self._store = store
        self._meetings = meetings.MeetingService(store)
        self._goals = goals.GoalService(store)
        self._topics = topics.TopicService(store, self._meetings)
        self._pulse = pulse.PulseService(store)
        self._assessments = assessments.SelfAssessmentService(store)
        self._commitments = commitments.CommitmentService(store)
        self._library = library

    @property
    def _reflections(self) -> reflections.ReflectionService:
        """The prompt library is read only when a reflection needs it."""
        if self._library is None:
            from rmdesk.services import prompts

            self._library = prompts.load_library()
        return reflections.ReflectionService(self._store, self._library)

    # --- finding ---------------------------------------------------------------------------

    def find(self, uuid: str) -> Found:
        """The scriptable row with this UUID (pairs are not: they are edited in the window)."""
        for kind, table in KINDS.items():
            row = rows.fetch(self._store, [(table, uuid)])[(table, uuid)]
            if row is not None:
                return Found(kind, table, row)
        raise errors.NotFoundError(
            msg("There is no goal, meeting or other entry with id {uuid}.", uuid=uuid)
        )

    def _pair_of(self, found: Found) -> str:
        row = found.row
        if "pair_uuid" in row:
            return str(row["pair_uuid"])
        if "goal_uuid" in row:
            return self._goals.get(row["goal_uuid"]).pair_uuid
        return self._meetings.get(row["meeting_uuid"]).pair_uuid

    def _same_pair(self, pair_uuid: str, parent_pair: str, field: str) -> None:
        if parent_pair != pair_uuid:
            raise errors.ValidationError(
                msg(
                    "That {kind} belongs to another pair.",
                    kind=field.removesuffix("_uuid"),
                ),
                field,
            )

    # --- add -------------------------------------------------------------------------------

    def add(self, kind: str, pair_uuid: str, raw: dict[str, str], today: date) -> str:
        """A new entry of `kind` in the pair; returns its UUID."""
        pair = pairs.get(self._store, pair_uuid)
        fields = _typed(raw)
        author = fields.pop("author_role", None) or pair.me_role
        if author not in enums.values(enums.Role):
            raise errors.ValidationError(msg("The author is mentor or mentee."), "author_role")
        adder = getattr(self, f"_add_{kind}")
        return str(adder(pair, fields, author, today))

    def _add_goal(self, pair: models.Pair, f: dict[str, Any], author: str, today: date) -> str:
        _only(f, (*goals.EDITABLE, "milestones"), "goal")
        milestones = [t for t in str(f.pop("milestones", "") or "").split(";") if t.strip()]
        draft = goals.GoalDraft(milestones=milestones, **f)
        goal, _ = self._goals.create(pair.uuid, draft, author, today)
        return goal.uuid

    def _add_milestone(self, pair: models.Pair, f: dict[str, Any], author: str, _: date) -> str:
        goal_uuid = _take(f, "goal_uuid", "Say which goal: goal=UUID.")
        title = _take(f, "title", "Give the milestone a title.")
        _only(f, ("visibility",), "milestone")
        self._same_pair(pair.uuid, self._goals.get(goal_uuid).pair_uuid, "goal_uuid")
        change = self._goals.add_milestone(goal_uuid, title)
        made = meetings.created_uuids(change, "milestones")[0]
        if "visibility" in f:
            self._set_visibility(Found("milestone", "milestones", {}), made, f["visibility"])
        return made

    def _add_progress(self, pair: models.Pair, f: dict[str, Any], author: str, today: date) -> str:
        goal_uuid = _take(f, "goal_uuid", "Say which goal: goal=UUID.")
        percent = _take(f, "percent", "Give the progress as percent=0…100.")
        on_date = _take(f, "on_date") or today.isoformat()
        note = _take(f, "note") or ""
        _only(f, ("visibility",), "progress update")
        self._same_pair(pair.uuid, self._goals.get(goal_uuid).pair_uuid, "goal_uuid")
        change = self._goals.add_update(goal_uuid, on_date, percent, note)
        made = meetings.created_uuids(change, "progress_updates")[0]
        if "visibility" in f:
            self._set_visibility(Found("progress", "progress_updates", {}), made, f["visibility"])
        return made

    def _add_meeting(self, pair: models.Pair, f: dict[str, Any], author: str, _: date) -> str:
        starts_at = _take(f, "starts_at", "Say when it starts: starts_at=2026-01-31T09:00.")
        allowed = ("duration_minutes", "format", "place", "visibility", "notes", *meetings.RATINGS)
        _only(f, allowed, "meeting")
        plan = {
            k: f.pop(k) for k in ("duration_minutes", "format", "place", "visibility") if k in f
        }
        with self._store.atomic():  # the notes and ratings land with the meeting, or nothing
            change = self._meetings.plan(pair.uuid, starts_at, author_role=author, **plan)
            made = meetings.created_uuids(change, "meetings")[0]
            if f:
                self._meetings.update(made, **f)
        return made

    def _add_agenda(self, pair: models.Pair, f: dict[str, Any], author: str, _: date) -> str:
        meeting_uuid = _take(f, "meeting_uuid", "Say which meeting: meeting=UUID.")
        title = _take(f, "title", "Give the agenda item a title.")
        _only(f, ("topic_uuid", "visibility"), "agenda item")
        self._same_pair(pair.uuid, self._meetings.get(meeting_uuid).pair_uuid, "meeting_uuid")
        change = self._meetings.add_agenda_item(
            meeting_uuid,
            title,
            topic_uuid=f.get("topic_uuid"),
            author_role=author,
            visibility=f.get("visibility") or None,
        )
        return meetings.created_uuids(change, "agenda_items")[0]

    def _add_action(self, pair: models.Pair, f: dict[str, Any], author: str, _: date) -> str:
        text = _take(f, "text", "Describe the action: text=….")
        owner = _take(f, "owner") or author
        _only(f, ("meeting_uuid", *meetings.ACTION_EDITABLE), "action item")
        change = self._meetings.add_action(pair.uuid, text, owner, author_role=author, **f)
        return meetings.created_uuids(change, "action_items")[0]

    def _add_topic(self, pair: models.Pair, f: dict[str, Any], author: str, _: date) -> str:
        _only(f, topics.EDITABLE, "topic")
        change = self._topics.create(pair.uuid, title=f.pop("title", ""), author_role=author, **f)
        return meetings.created_uuids(change, "topics")[0]

    def _add_reflection(self, pair: models.Pair, f: dict[str, Any], author: str, _: date) -> str:
        goal_list = [g.strip() for g in str(f.pop("goals", "") or "").split(",") if g.strip()]
        _only(f, reflections.EDITABLE, "reflection")
        reflection, _change = self._reflections.create(pair.uuid, author, goal_uuids=goal_list, **f)
        return reflection.uuid

    def _add_pulse(self, pair: models.Pair, f: dict[str, Any], author: str, today: date) -> str:
        _only(f, pulse.EDITABLE, "pulse check-in")
        on_date = f.pop("on_date", None) or today.isoformat()
        change = self._pulse.add(pair.uuid, author, on_date, **f)
        return meetings.created_uuids(change, "pulses")[0]

    def _add_assessment(
        self, pair: models.Pair, f: dict[str, Any], author: str, today: date
    ) -> str:
        """One self-assessment answer: occasion=start|mid|end item=ID rating=1…5."""
        occasion = _take(f, "occasion", "Say when: occasion=start, mid or end.")
        item_id = _take(f, "item_id", "Say which statement: item=ID.")
        rating = _take(f, "rating", "Give the rating: rating=1…5.")
        _only(f, ("visibility", "on_date"), "self-assessment answer")
        change = self._assessments.answer(
            pair.uuid,
            author,
            occasion,
            item_id,
            rating,
            f.get("visibility") or enums.Visibility.PRIVATE.value,
            f.get("on_date") or today,
        )
        for (table, uuid), row in change.after.items():
            if table == "self_assessments" and row is not None and row["item_id"] == item_id:
                return uuid
        raise errors.RmdeskError(msg("The answer was not saved."))  # only a bug could get here

    def _add_commitment(self, pair: models.Pair, f: dict[str, Any], author: str, _: date) -> str:
        text = _take(f, "text", "Say what you will do differently: text=….")
        _only(f, commitments.EDITABLE, "commitment")
        f["owner"] = f.get("owner") or author
        change = self._commitments.add(pair.uuid, text, author_role=author, **f)
        return meetings.created_uuids(change, "commitments")[0]

    # --- set -------------------------------------------------------------------------------

    def set(self, uuid: str, raw: dict[str, str], today: date) -> Found:
        """Change fields of an existing entry, all in one transaction (all or nothing)."""
        found = self.find(uuid)
        fields = _typed(raw)
        if not fields:
            raise errors.ValidationError(msg("Give at least one FIELD=VALUE to change."), None)
        with self._store.atomic():
            getattr(self, f"_set_{found.kind}")(found, uuid, fields, today)
        return found

    def _set_goal(self, found: Found, uuid: str, f: dict[str, Any], today: date) -> None:
        status = f.pop("status", None)
        _only(f, goals.EDITABLE, "goal")
        if f:
            self._goals.update(uuid, **f)
        if status is not None:
            self._goals.set_status(uuid, status, today)

    def _set_milestone(self, found: Found, uuid: str, f: dict[str, Any], today: date) -> None:
        _only(f, ("title", "done", "visibility"), "milestone")
        if "title" in f:
            self._goals.rename_milestone(uuid, f["title"])
        if "done" in f:
            self._goals.set_milestone_done(uuid, _flag("done", f["done"]), today)
        if "visibility" in f:
            self._set_visibility(found, uuid, f["visibility"])

    def _set_progress(self, found: Found, uuid: str, f: dict[str, Any], today: date) -> None:
        _only(f, ("visibility",), "progress update (delete it and add another to change it)")
        self._set_visibility(found, uuid, f["visibility"])

    def _set_meeting(self, found: Found, uuid: str, f: dict[str, Any], today: date) -> None:
        status = f.pop("status", None)
        _only(f, meetings.EDITABLE, "meeting")
        if f:
            self._meetings.update(uuid, **f)
        if status == enums.MeetingStatus.HELD:
            self._meetings.mark_held(uuid)
        elif status == enums.MeetingStatus.CANCELLED:
            self._meetings.mark_cancelled(uuid)
        elif status == enums.MeetingStatus.PLANNED:
            self._meetings.reopen(uuid)
        elif status is not None:
            raise errors.ValidationError(msg("A meeting is planned, held or cancelled."), "status")

    def _set_agenda(self, found: Found, uuid: str, f: dict[str, Any], today: date) -> None:
        _only(f, ("title", "discussed", "visibility"), "agenda item")
        if "title" in f:
            self._meetings.edit_agenda_item(uuid, f["title"])
        if "discussed" in f:
            self._meetings.set_discussed(uuid, _flag("discussed", f["discussed"]))
        if "visibility" in f:
            self._set_visibility(found, uuid, f["visibility"])

    def _set_action(self, found: Found, uuid: str, f: dict[str, Any], today: date) -> None:
        done = f.pop("done", None)
        _only(f, meetings.ACTION_EDITABLE, "action item")
        if f:
            self._meetings.edit_action(uuid, **f)
        if done is not None:
            self._meetings.set_action_done(uuid, _flag("done", done), today)

    def _set_topic(self, found: Found, uuid: str, f: dict[str, Any], today: date) -> None:
        _only(f, topics.EDITABLE, "topic")
        self._topics.update(uuid, **f)

    def _set_reflection(self, found: Found, uuid: str, f: dict[str, Any], today: date) -> None:
        _only(f, reflections.EDITABLE, "reflection")
        self._reflections.update(uuid, **f)

    def _set_pulse(self, found: Found, uuid: str, f: dict[str, Any], today: date) -> None:
        _only(f, pulse.EDITABLE, "pulse check-in")
        self._pulse.update(uuid, **f)

    def _set_assessment(self, found: Found, uuid: str, f: dict[str, Any], today: date) -> None:
        _only(f, ("rating", "visibility", "on_date"), "self-assessment answer")
        row = found.row
        self._assessments.answer(
            row["pair_uuid"],
            row["author_role"],
            row["occasion"],
            row["item_id"],
            f.get("rating", row["rating"]),
            f.get("visibility", row["visibility"]),
            f.get("on_date", row["on_date"]),
        )

    def _set_commitment(self, found: Found, uuid: str, f: dict[str, Any], today: date) -> None:
        """Its fields, or status=reviewed (with note= and reviewed_on=) or status=open."""
        status = f.pop("status", None)
        note = f.pop("note", None)
        reviewed_on = f.pop("reviewed_on", None)
        _only(f, commitments.EDITABLE, "commitment (and status, note, reviewed_on)")
        if f:
            self._commitments.edit(uuid, **f)
        if status == commitments.REVIEWED or (status is None and note is not None):
            self._commitments.review(uuid, note or "", on=reviewed_on or today)
        elif status == commitments.OPEN:
            self._commitments.reopen(uuid)
        elif status is not None:
            raise errors.ValidationError(msg("A commitment is open or reviewed."), "status")

    def _set_visibility(self, found: Found, uuid: str, value: Any) -> undo.Change:
        """For the rows whose window shows their parent's visibility and offers no call to
        change it alone (agenda items, milestones, progress updates)."""
        visibility = validation.clean_choice(
            value, enums.Visibility, msg("Choose private, pair or coordinator."), "visibility"
        )
        cls: type[models.Record] = {
            "agenda_items": models.AgendaItem,
            "milestones": models.Milestone,
            "progress_updates": models.ProgressUpdate,
        }[found.table]
        current: models.Record = records.get(self._store, cls, uuid)

        def operation() -> None:
            if current.visibility != visibility:
                records.update(self._store, current, visibility=visibility)

        return undo.record(self._store, msg("Change visibility"), [(found.table, uuid)], operation)

    # --- delete ----------------------------------------------------------------------------

    def delete(self, uuid: str) -> Found:
        """Delete an entry as the window does (its own rows with it, links to it cleared)."""
        found = self.find(uuid)
        deleter = {
            "goal": self._goals.delete,
            "milestone": self._goals.delete_milestone,
            "progress": self._goals.delete_update,
            "meeting": self._meetings.delete,
            "agenda": self._meetings.remove_agenda_item,
            "action": self._meetings.delete_action,
            "topic": self._topics.delete,
            "reflection": lambda u: self._reflections.delete(u),
            "pulse": self._pulse.delete,
            "assessment": self._assessments.delete_answer,
            "commitment": self._commitments.delete,
        }[found.kind]
        deleter(uuid)
        return found

    def pair_of(self, uuid: str) -> str:
        """The pair an entry belongs to (for messages and checks)."""
        return self._pair_of(self.find(uuid))

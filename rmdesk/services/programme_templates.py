"""Programme templates: a shape for a whole programme (resources/programme_templates.toml).

Applying one sets the pair's rhythm and planned end and plans the three meetings that hold a
programme together, each with its agenda: the first (how this differs from line management,
ground rules, confidentiality and its limits, how to cancel, how it will end), a mid-point
review and a closing meeting. One undoable change; applying again plans only what is missing.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from rmdesk import errors
from rmdesk.domain import enums, models
from rmdesk.i18n import msg
from rmdesk.services import cadence, resource_entries, templates, undo
from rmdesk.services.meetings import MeetingService
from rmdesk.store import meetings, pairs, rows
from rmdesk.store.db import Store

TEMPLATES_FILE = "programme_templates.toml"
AGENDAS = ("first_agenda", "midpoint_agenda", "closing_agenda")
FIELDS = (
    "id",
    "name",
    "description",
    "cadence_days",
    "meeting_minutes",
    "length_days",
    *AGENDAS,
)
MEETING_CLOCK = time(9, 0)  # local time of the planned review and closing meetings
# A planned meeting this close to the day a template wants one already serves as that one.
NEARBY = timedelta(days=3)


@dataclass(frozen=True)
class ProgrammeTemplate:
    """A shape to follow. Zero cadence, minutes or length keep the pair's own."""

    id: str
    name: str
    description: str
    cadence_days: int
    meeting_minutes: int
    length_days: int
    first_agenda: tuple[str, ...]
    midpoint_agenda: tuple[str, ...]
    closing_agenda: tuple[str, ...]


@dataclass(frozen=True)
class Applied:
    """What applying a template did, for the message the UI shows."""

    change: undo.Change
    planned: tuple[str, ...]  # "first", "midpoint", "closing": the meetings it planned
    skipped: tuple[str, ...]  # the ones a meeting already covered, or that need an end date


def load_programme_templates() -> list[ProgrammeTemplate]:
    """The shipped templates in file order; read and checked once per process."""
    return list(_shipped())


@functools.cache
def _shipped() -> tuple[ProgrammeTemplate, ...]:
    text = templates.shipped_text(TEMPLATES_FILE)
    return tuple(parse_programme_templates(text, TEMPLATES_FILE))


def parse_programme_templates(text: str, source: str) -> list[ProgrammeTemplate]:
    """Read and check a templates file; the first problem is raised, naming the template."""
    return resource_entries.parse_entries(text, source, "template", _template, lambda t: t.id)


def _template(entry: dict[str, Any], where: str) -> ProgrammeTemplate:
    where = f"{where} ({resource_entries.checked_id(entry, FIELDS, where)})"
    for name in ("name", "description"):
        if not isinstance(entry[name], str) or not entry[name].strip():
            raise errors.RmdeskError(msg("{where}: {name} must be text.", where=where, name=name))
    for name, low, high in (
        ("cadence_days", 1, 365),
        ("meeting_minutes", 5, 600),
        ("length_days", 7, 3650),
    ):
        value = entry[name]
        if isinstance(value, bool) or not isinstance(value, int):
            raise errors.RmdeskError(
                msg("{where}: {name} must be a whole number.", where=where, name=name)
            )
        if value != 0 and not low <= value <= high:
            raise errors.RmdeskError(
                msg(
                    "{where}: {name} is 0 (keep the pair's) or {low}-{high}.",
                    where=where,
                    name=name,
                    low=low,
                    high=high,
                )
            )
    if entry["length_days"] and entry["cadence_days"] * 2 > entry["length_days"]:
        raise errors.RmdeskError(
            msg("{where}: a programme holds at least two meetings.", where=where)
        )
    agendas = {}
    for name in AGENDAS:
        items = entry[name]
        if (
            not isinstance(items, list)
            or not 3 <= len(items) <= 8
            or not all(isinstance(i, str) and 0 < len(i.strip()) <= 120 for i in items)
        ):
            raise errors.RmdeskError(
                msg("{where}: {name} must list 3 to 8 short items.", where=where, name=name)
            )
        agendas[name] = tuple(i.strip() for i in items)
    return ProgrammeTemplate(
        id=entry["id"],
        name=entry["name"].strip(),
        description=entry["description"].strip(),
        cadence_days=entry["cadence_days"],
        meeting_minutes=entry["meeting_minutes"],
        length_days=entry["length_days"],
        **agendas,
    )


def template(template_id: str) -> ProgrammeTemplate:
    for found in _shipped():
        if found.id == template_id:
            return found
    names = ", ".join(t.id for t in _shipped())
    raise errors.ValidationError(
        msg(
            "No programme template {template_id!r}; choose {names}.",
            template_id=template_id,
            names=names,
        ),
        "id",
    )


class ProgrammeTemplateService:
    """Applies a template to a pair, through the same meeting rules as planning by hand."""

    def __init__(self, store: Store, meeting_service: MeetingService) -> None:
        self._store = store
        self._meetings = meeting_service

    def apply(self, pair_uuid: str, template_id: str, now: datetime | None = None) -> Applied:
        chosen = template(template_id)
        pair = pairs.get(self._store, pair_uuid)
        if pair.phase == enums.Phase.CLOSED:
            raise errors.ValidationError(msg("The programme is closed; start a new pair instead."))
        moment = (now or datetime.now(UTC)).astimezone(UTC)
        start = date.fromisoformat(pair.start_date)
        changes: dict[str, Any] = {}
        if chosen.cadence_days:
            changes["cadence_days"] = chosen.cadence_days
        if chosen.meeting_minutes:
            changes["meeting_minutes"] = chosen.meeting_minutes
        if chosen.length_days:
            changes["planned_end_date"] = (start + timedelta(days=chosen.length_days)).isoformat()
        end_text = changes.get("planned_end_date", pair.planned_end_date)
        end = date.fromisoformat(end_text) if end_text else None
        minutes = changes.get("meeting_minutes", pair.meeting_minutes)

        wanted: list[tuple[str, datetime, tuple[str, ...]]] = []
        skipped: list[str] = []
        if meetings.last_start(self._store, pair_uuid, ("held", "planned")) is None:
            wanted.append(("first", self._first_start(pair, changes, moment), chosen.first_agenda))
        else:
            skipped.append("first")
        for key, day, agenda in (
            ("midpoint", start + (end - start) / 2 if end else None, chosen.midpoint_agenda),
            ("closing", end, chosen.closing_agenda),
        ):
            when = self._on(day) if day is not None else None
            if when is None or when < moment or self._nearby(pair_uuid, when):
                skipped.append(key)
            else:
                wanted.append((key, when, agenda))

        def operation() -> list[rows.Ref]:
            made: list[rows.Ref] = []
            if changes:
                pairs.update(self._store, pair, **changes)
            stamp = models.utc_now()
            for _key, when, agenda in wanted:
                meeting = meetings.add(
                    self._store,
                    models.Meeting(
                        pair_uuid=pair_uuid,
                        starts_at=self._meetings.to_utc_text(when),
                        duration_minutes=minutes,
                        author_role=pair.me_role,
                        visibility=enums.Visibility.PAIR.value,
                        created_at=stamp,
                        updated_at=stamp,
                    ),
                )
                made.append(("meetings", meeting.uuid))
                for position, title in enumerate(agenda):
                    item = meetings.add_agenda_item(
                        self._store,
                        models.AgendaItem(
                            meeting_uuid=meeting.uuid,
                            title=title,
                            position=position,
                            author_role=pair.me_role,
                            visibility=enums.Visibility.PAIR.value,
                        ),
                    )
                    made.append(("agenda_items", item.uuid))
            return made

        change = undo.record(
            self._store, msg("Follow “{name}”", name=chosen.name), [("pairs", pair_uuid)], operation
        )
        return Applied(change, tuple(k for k, _w, _a in wanted), tuple(skipped))

    def _first_start(self, pair: models.Pair, changes: dict[str, Any], now: datetime) -> datetime:
        """Where the cadence would put the first meeting (the pair has none yet)."""
        return self._meetings.suggest_next_start(pair.uuid, now)

    def _on(self, day: date) -> datetime:
        """A working day's meeting time in the user's zone."""
        return datetime.combine(cadence.working_day(day), MEETING_CLOCK, tzinfo=self._meetings.tz)

    def _nearby(self, pair_uuid: str, when: datetime) -> bool:
        """Whether a planned or held meeting already falls within NEARBY of `when`."""
        low = self._meetings.to_utc_text(when - NEARBY)
        high = self._meetings.to_utc_text(when + NEARBY)
        return meetings.count_between(self._store, pair_uuid, low, high) > 0

"""The progress summary a pair shares with its programme coordinator.

`build` makes a versioned JSON document (docs/summary-format.md, with a JSON Schema in
resources/schemas/) from rmdesk.store.summary, whose queries read only rows marked
`coordinator`, figures included: a private check-in moves no average. The one figure taken
from every row, meetings held against the cadence, is there only when the pair ticks it.
The document is validated on write and on read; services/summary_render.py renders it.
No Qt here: the PDF is made from the HTML by the UI later.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import cache
from typing import Any

from rmdesk import errors
from rmdesk.domain.enums import GoalStatus, MeetingStatus
from rmdesk.i18n import msg
from rmdesk.store import summary as shared
from rmdesk.store.db import Store

FORMAT = "rmdesk-summary"
VERSION = 2
# The schema of each version a reader still accepts (docs/summary-format.md, "Versions").
SCHEMA_FILES = {1: "summary-v1.schema.json", 2: "summary.schema.json"}
FORMATS = ("json", "md", "html")
SCHEMA_FILE = SCHEMA_FILES[VERSION]
RATINGS = ("safety", "candour", "usefulness", "energy")
KINDS = ("goal", "topic", "reflection", "meeting_notes")
OCCASIONS = ("start", "mid", "end")  # the self-assessment's, as domain.enums.Occasion

_STAMP = "%Y-%m-%dT%H:%M:%SZ"
_INSTANT = "%Y-%m-%dT%H:%M:%S.%fZ"  # as created_at, so text order is time order


class SummaryFormatError(errors.RmdeskError):
    """A summary that is not a valid rmdesk summary (damaged, foreign, or hand-edited)."""


class NewerSummaryError(SummaryFormatError):
    """A summary written by a newer rmdesk, in a format version this one does not know."""


@dataclass(frozen=True)
class SummaryOptions:
    """What to summarise. Dates are inclusive; None leaves that side of the period open.
    `include` holds the uuids of the shareable entries to include (see `shareable_entries`);
    None includes every one. `share_meetings` adds the meetings held against the cadence,
    counted over every meeting, private ones too (dates and statuses only): a figure the pair
    chooses to share, off unless they tick it."""

    period_from: date | None = None
    period_to: date | None = None
    initials_only: bool = False
    include: set[str] | frozenset[str] | None = None
    share_meetings: bool = False

    def wants(self, uuid: str) -> bool:
        return self.include is None or uuid in self.include


@dataclass(frozen=True)
class ShareableEntry:
    """Something with text that a summary may carry: one include toggle in the export dialog.
    `label` is a one-line preview; `date` is None for topics (they have no date of their own)."""

    uuid: str
    kind: str  # one of KINDS
    date: str | None
    author_role: str | None
    label: str
    included: bool


def included(entries: Iterable[ShareableEntry]) -> set[str]:
    """The uuids of the entries switched on: what `SummaryOptions.include` takes back."""
    return {entry.uuid for entry in entries if entry.included}


# --- building ---------------------------------------------------------------------------------


def _aware(now: datetime | None) -> datetime:
    if now is None:
        from rmdesk.services import times  # only for the user's zone

        return datetime.now(times.local_zone())
    return now if now.tzinfo is not None else now.replace(tzinfo=UTC)


def _instant(day: date, zone: tzinfo) -> str | None:
    """The UTC moment a local day begins, as stored text; None when out of range."""
    try:
        return datetime.combine(day, time(), zone).astimezone(UTC).strftime(_INSTANT)
    except (OverflowError, ValueError):
        return None


def _local_day(starts_at: str, zone: tzinfo) -> str | None:
    """The local date of a stored UTC meeting start (None for an unreadable one)."""
    try:
        return datetime.fromisoformat(starts_at).astimezone(zone).date().isoformat()
    except (OverflowError, ValueError):
        return None


def _bounds(options: SummaryOptions, zone: tzinfo) -> shared.Bounds:
    start, end = options.period_from, options.period_to
    if start and end and start > end:
        raise errors.ValidationError(msg("The period's start comes after its end."), "period_from")
    before = None
    if end is not None and end < date.max:
        before = _instant(end + timedelta(days=1), zone)
    return shared.Bounds(
        date_from=start.isoformat() if start else None,
        date_to=end.isoformat() if end else None,
        since=_instant(start, zone) if start else None,
        before=before,
    )


def _parse_day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def initials(name: str) -> str:
    """The first letter of each part of a name: "Priya Raman" gives "P.R."."""
    parts = [part for part in re.split(r"[\s\-]+", name.strip()) if part]
    letters = [next((c for c in part if c.isalnum()), part[0]).upper() for part in parts]
    return ".".join(letters) + "." if letters else "?"


def _one_line(text: str, limit: int = 80) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


@dataclass(frozen=True)
class _Shared:
    """The coordinator-visible things of a pair in a period, before `include` is applied."""

    goals: list[shared.SharedGoal]
    changes: dict[str, list[tuple[str, str]]]  # goal -> (status, changed_on), oldest first
    topics: list[shared.SharedTopic]
    texts: list[tuple[str, shared.SharedText]]  # (local date, entry), oldest first


_CLOSED = (GoalStatus.ACHIEVED.value, GoalStatus.DROPPED.value)


def _closed_before(
    goal: shared.SharedGoal, changes: list[tuple[str, str]], bounds: shared.Bounds
) -> bool:
    """Whether a goal was achieved or dropped before the period began and stayed so in it."""
    start, end = bounds.date_from, bounds.date_to
    if start is None:
        return False
    if not changes:  # no history: only an achievement date tells
        achieved = goal.achieved_on or ""
        return goal.status in _CLOSED and bool(achieved) and achieved < start
    before = [status for status, on in changes if on < start]
    during = [on for _, on in changes if on >= start and (end is None or on <= end)]
    return bool(before) and before[-1] in _CLOSED and not during


def _collect(store: Store, pair_uuid: str, bounds: shared.Bounds, zone: tzinfo) -> _Shared:
    texts = [(entry.on, entry) for entry in shared.shared_reflections(store, pair_uuid, bounds)]
    for entry in shared.shared_meeting_notes(store, pair_uuid, bounds):
        day = _local_day(entry.on, zone)
        if day is not None:  # a start no rmdesk wrote; there is no date to show it under
            texts.append((day, entry))
    texts.sort(key=lambda item: (item[0], item[1].kind, item[1].uuid))
    changes: dict[str, list[tuple[str, str]]] = {}
    for goal_uuid, status, on in shared.status_changes(store, pair_uuid):
        changes.setdefault(goal_uuid, []).append((status, on))
    goals = [
        goal
        for goal in shared.shared_goals(store, pair_uuid, bounds)
        if not _closed_before(goal, changes.get(goal.uuid, []), bounds)
    ]
    return _Shared(
        goals=goals,
        changes=changes,
        topics=shared.shared_covered_topics(store, pair_uuid, bounds),
        texts=texts,
    )


def shareable_entries(
    store: Store,
    pair_uuid: str,
    options: SummaryOptions | None = None,
    now: datetime | None = None,
) -> list[ShareableEntry]:
    """Everything with text that a summary of this period could include, for the per-entry
    toggles: shared goals, covered topics, then reflections and meeting notes by date.
    `included` says whether `options.include` selects it."""
    options = options or SummaryOptions()
    zone = _aware(now).tzinfo or UTC
    found = _collect(store, pair_uuid, _bounds(options, zone), zone)
    entries = [
        ShareableEntry(g.uuid, "goal", g.start_date, g.learner, _one_line(g.title), True)
        for g in found.goals
    ]
    entries += [
        ShareableEntry(t.uuid, "topic", None, None, _one_line(t.title), True) for t in found.topics
    ]
    for day, entry in found.texts:
        label = _one_line(entry.text) or _one_line(entry.title or "")
        if entry.kind == "reflection" and entry.title:
            label = f"{_one_line(entry.title, 40)} — {label}"
        entries.append(ShareableEntry(entry.uuid, entry.kind, day, entry.author_role, label, True))
    return [
        ShareableEntry(e.uuid, e.kind, e.date, e.author_role, e.label, options.wants(e.uuid))
        for e in entries
    ]


def build(
    store: Store,
    pair_uuid: str,
    options: SummaryOptions | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """The summary document of one pair for a period, validated.

    `now` is the moment of generation in the user's time zone (default: now, in the system's
    zone): the zone decides on which local day each meeting falls, and its date ends the
    count of meetings expected by the cadence.
    """
    options = options or SummaryOptions()
    now = _aware(now)
    zone = now.tzinfo or UTC
    bounds = _bounds(options, zone)
    header = shared.pair_header(store, pair_uuid)
    found = _collect(store, pair_uuid, bounds, zone)
    open_actions, done_actions = shared.action_counts(store, pair_uuid, bounds)
    mentor, mentee = header.mentor_name, header.mentee_name
    if options.initials_only:
        mentor, mentee = initials(mentor), initials(mentee)
    document = {
        "format": FORMAT,
        "version": VERSION,
        "generated_at": now.astimezone(UTC).strftime(_STAMP),
        "period": {"from": bounds.date_from, "to": bounds.date_to},
        "pair": {
            "uuid": header.uuid,
            "mentor": mentor,
            "mentee": mentee,
            "initials_only": options.initials_only,
            "start_date": header.start_date,
            "planned_end_date": header.planned_end_date,
            "cadence_days": header.cadence_days,
            "phase": _phase(header),
            "ended_early": (
                {
                    "on": header.ended_early_on,
                    "by": header.ended_by,
                    "reason": header.shared_end_reason,
                }
                if header.ended_early_on and header.ended_by
                else None
            ),
        },
        "meetings": (
            _meetings(store, header, bounds, options, now.date(), zone)
            if options.share_meetings
            else None
        ),
        "goals": _goals(store, pair_uuid, found, options),
        "topics": {
            "covered_count": shared.covered_topic_count(store, pair_uuid, bounds),
            "covered": [
                {"uuid": t.uuid, "title": t.title} for t in found.topics if options.wants(t.uuid)
            ],
        },
        "actions": {"open": open_actions, "done": done_actions},
        "pulse": _pulse(shared.pulse_ratings(store, pair_uuid, bounds)),
        "shared_entries": [
            {
                "uuid": entry.uuid,
                "kind": entry.kind,
                "date": day,
                "author_role": entry.author_role,
                "title": entry.title,
                "text": entry.text,
            }
            for day, entry in found.texts
            if options.wants(entry.uuid)
        ],
    }
    assessed = _self_assessment(store, pair_uuid, bounds)
    if assessed:  # optional: a summary without shared answers is byte for byte as before
        document["self_assessment"] = assessed
    validate(document, "The summary made from this desk")
    return document


def _self_assessment(store: Store, pair_uuid: str, bounds: shared.Bounds) -> list[dict[str, Any]]:
    """Start, mid-point and end per item per person, from coordinator-marked answers dated by
    the period's end (the latest answer to an item counts); only items this rmdesk ships,
    in their file's order, so no stored text but a rating leaves."""
    from rmdesk.services import self_assessment_items

    found: dict[tuple[str, str], dict[str, int]] = {}
    for role, occasion, item_id, rating in shared.shared_self_assessments(
        store, pair_uuid, bounds.date_to
    ):
        found.setdefault((role, item_id), {})[occasion] = rating
    out = []
    for item in self_assessment_items.load_items():
        ratings = found.get((item.role, item.id))
        if ratings:
            out.append(
                {
                    "role": item.role,
                    "item": item.id,
                    "text": item.text,
                    **{occasion: ratings.get(occasion) for occasion in OCCASIONS},
                }
            )
    return out


def _meetings(
    store: Store,
    header: shared.PairHeader,
    bounds: shared.Bounds,
    options: SummaryOptions,
    today: date,
    zone: tzinfo,
) -> dict[str, Any]:
    counts = shared.meeting_counts(store, header.uuid, bounds)
    last = shared.last_held_start(store, header.uuid, bounds)
    held = counts.get(MeetingStatus.HELD.value, 0)
    return {
        "held": held,
        "planned": counts.get(MeetingStatus.PLANNED.value, 0),
        "cancelled": counts.get(MeetingStatus.CANCELLED.value, 0),
        # A pair that met early is not behind: never fewer expected than held.
        "expected_by_cadence": max(held, expected_meetings(header, options, today)),
        "last_held_on": _local_day(last, zone) if last else None,
    }


def _phase(header: shared.PairHeader) -> str:
    """The phase as a coordinator needs it: a paused or early-ended programme says so."""
    if header.ended_early_on:
        return "ended_early"
    if header.paused_on and header.phase != "closed":
        return "paused"
    return header.phase


def expected_meetings(header: shared.PairHeader, options: SummaryOptions, today: date) -> int:
    """One meeting per full cadence from the later of the start and the period's start, to
    the earliest of today, the period's end and the planned end: the adherence rule of the
    Meetings page, over the period."""
    start = _parse_day(header.start_date)
    if start is None:
        return 0
    end = today
    for limit in (
        options.period_to,
        _parse_day(header.planned_end_date),
        _parse_day(header.paused_on),
        _parse_day(header.ended_early_on),
    ):
        if limit is not None and limit < end:
            end = limit
    if options.period_from is not None and options.period_from > start:
        start = options.period_from
    return max(0, (end - start).days) // header.cadence_days


def _goals(
    store: Store, pair_uuid: str, found: _Shared, options: SummaryOptions
) -> list[dict[str, Any]]:
    wanted = [g for g in found.goals if options.wants(g.uuid)]
    if not wanted:
        return []
    states: dict[str, list[str | None]] = {}
    for goal_uuid, done_on in shared.milestone_states(store, pair_uuid):
        states.setdefault(goal_uuid, []).append(done_on)
    named: dict[str, list[shared.SharedMilestone]] = {}
    for milestone in shared.shared_milestones(store, pair_uuid):
        named.setdefault(milestone.goal_uuid, []).append(milestone)
    updates: dict[str, list[tuple[str, int]]] = {}
    for goal_uuid, on, percent in shared.shared_updates(store, pair_uuid):
        updates.setdefault(goal_uuid, []).append((on, percent))
    changes = found.changes

    start = options.period_from.isoformat() if options.period_from else None
    end = options.period_to.isoformat() if options.period_to else None

    def by_end(day: str | None) -> str | None:
        return day if day and (end is None or day <= end) else None

    def in_period(day: str) -> bool:
        return (start is None or day >= start) and (end is None or day <= end)

    out = []
    for goal in wanted:
        milestones = states.get(goal.uuid, [])
        if milestones:
            # The progress rule of the Goals page: milestones decide when there are any.
            ticks = sorted(day for day in milestones if day)
            points = [(min([goal.start_date, *ticks]), 0)]
            points += [(day, (100 * i) // len(milestones)) for i, day in enumerate(ticks, 1)]
            done = sum(1 for day in milestones if by_end(day))
            progress = (100 * done) // len(milestones)
        else:
            # Otherwise the latest update, and only updates the author chose to share.
            points = updates.get(goal.uuid, [])
            done = 0
            progress = next((p for day, p in reversed(points) if by_end(day)), 0)
        # One point per day: the last of several ticks or updates on the same day.
        points = list(dict(points).items())
        status, achieved_on = goal.status, goal.achieved_on
        if end is not None:
            past = [(s, on) for s, on in changes.get(goal.uuid, []) if on <= end]
            if past:
                status = past[-1][0]
            if status == GoalStatus.ACHIEVED:
                achieved = [on for s, on in past if s == GoalStatus.ACHIEVED]
                achieved_on = by_end(achieved_on) or (achieved[-1] if achieved else None)
        if status != GoalStatus.ACHIEVED:
            achieved_on = None
        out.append(
            {
                "uuid": goal.uuid,
                "title": goal.title,
                "learner": goal.learner,
                "status": status,
                "start_date": goal.start_date,
                "target_date": goal.target_date,
                "achieved_on": achieved_on,
                "progress": progress,
                "milestones_done": done,
                "milestones_total": len(milestones),
                "milestones": [
                    {"title": m.title, "done_on": by_end(m.done_on)}
                    for m in named.get(goal.uuid, [])
                ],
                "history": [{"date": day, "percent": p} for day, p in points if in_period(day)],
            }
        )
    return out


def _mean(values: list[int]) -> float | None:
    return sum(values) / len(values) if values else None


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _averages(ratings: list[shared.PulseRating]) -> dict[str, float | None]:
    means = {
        name: _mean([getattr(r, name) for r in ratings if getattr(r, name) is not None])
        for name in RATINGS
    }
    means["overall"] = _mean(
        [getattr(r, name) for r in ratings for name in RATINGS if getattr(r, name) is not None]
    )
    return means


def _pulse(ratings: list[shared.PulseRating]) -> dict[str, Any]:
    """Means over the period, and a trend with one point per day: a reader sees one value for
    a date, not a meeting's check-ins and a loose one side by side. "overall" is the mean of
    every rating given, not a mean of means."""
    days: dict[str, list[shared.PulseRating]] = {}
    for rating in ratings:
        days.setdefault(rating.on_date, []).append(rating)
    trend = []
    for day in sorted(days):
        members = days[day]
        overall = _averages(members)["overall"]
        if overall is not None:  # a day with no rating at all has nothing to plot
            trend.append({"date": day, "overall": _rounded(overall), "check_ins": len(members)})
    return {
        "check_ins": len(ratings),
        "averages": {name: _rounded(value) for name, value in _averages(ratings).items()},
        "trend": trend,
    }


# --- the JSON Schema --------------------------------------------------------------------------

# The keywords the schemas may use: annotations, structure, and rules `_explain` words.
SCHEMA_KEYWORDS = {
    "$schema", "$id", "$defs", "$ref", "title", "description",
    "type", "properties", "required", "additionalProperties", "items",
    "enum", "const", "minimum", "maximum", "minLength", "format",
}  # fmt: skip
_TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}
_DATE = re.compile(r"\d{4}-\d\d-\d\d")
_DATE_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?Z")


@cache
def schema(version: int = VERSION) -> dict[str, Any]:
    """The JSON Schema of a format version (the current one by default), from the package's
    resources."""
    from importlib import resources

    source = resources.files("rmdesk.resources") / "schemas" / SCHEMA_FILES[version]
    loaded: dict[str, Any] = json.loads(source.read_text(encoding="utf-8"))
    return loaded


@cache
def _validator(version: int) -> Callable[[Any], Any]:
    """fastjsonschema's validator for a version, compiled once; our date checks are stricter
    than its own (a real calendar day, UTC only)."""
    import fastjsonschema

    return fastjsonschema.compile(
        schema(version), formats={"date": _is_date, "date-time": _is_date_time}
    )


def _describe(value: Any) -> str:
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:39] + "…"


def _explain(rule: str | None, node: Any, value: Any, definition: dict[str, Any]) -> str:
    """fastjsonschema's first problem in our words (its own are written for developers)."""
    if rule == "const":
        return f"must be {_describe(node)}, not {_describe(value)}"
    if rule == "enum":
        return f"must be one of {', '.join(_describe(c) for c in node)}, not {_describe(value)}"
    if rule == "type":
        names = node if isinstance(node, list) else [node]
        wanted = " or ".join("an " + n if n[0] in "aeiou" else "a " + n for n in names)
        return f"must be {wanted}, not {_describe(value)}"
    if rule == "minimum":
        return f"must be at least {node}, not {_describe(value)}"
    if rule == "maximum":
        return f"must be at most {node}, not {_describe(value)}"
    if rule == "minLength":
        return "must not be empty"
    if rule == "format" and node == "date":
        return f"must be a date like 2026-01-31, not {_describe(value)}"
    if rule == "format" and node == "date-time":
        return f"must be a UTC time like 2026-01-31T09:30:00Z, not {_describe(value)}"
    if rule == "required":
        missing = [name for name in node if name not in value]
        return f"the field {missing[0]!r} is missing"
    if rule == "additionalProperties":
        extra = sorted(name for name in value if name not in definition.get("properties", {}))
        return f"unknown field {extra[0]!r}"
    return f"does not match the format ({rule})"


def _is_date(value: str) -> bool:
    if not _DATE.fullmatch(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_date_time(value: str) -> bool:
    if not _DATE_TIME.fullmatch(value):
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def validate(document: Any, source: str = "The summary") -> None:
    """Check a document against the JSON Schema; raise SummaryFormatError naming the first
    problem and where it is (e.g. `goals[2].history[0].date`)."""
    version = VERSION
    if isinstance(document, dict) and document.get("format") == FORMAT:
        given = document.get("version")
        whole = isinstance(given, int) and not isinstance(given, bool)
        if isinstance(given, int) and whole and given in SCHEMA_FILES:
            version = given
        elif isinstance(given, int) and whole and given > VERSION:
            raise NewerSummaryError(
                msg(
                    "{source} was made by a newer rmdesk (summary format version {given}; this "
                    "rmdesk reads version {VERSION}). Update rmdesk to open it.",
                    source=source,
                    given=given,
                    VERSION=VERSION,
                )
            )
    elif isinstance(document, dict):
        raise SummaryFormatError(
            msg(
                '{source} is not an rmdesk summary (no "format": "{FORMAT}").',
                source=source,
                FORMAT=FORMAT,
            )
        )
    import fastjsonschema

    try:
        _validator(version)(document)
    except fastjsonschema.JsonSchemaValueException as exc:
        where = "summary" + (exc.name or "data").removeprefix("data")
        found = _explain(exc.rule, exc.rule_definition, exc.value, exc.definition)
        raise SummaryFormatError(
            msg(
                "{source} is not a valid rmdesk summary: {where}: {found}.",
                source=source,
                where=where,
                found=found,
            )
        ) from None


def read(data: bytes, source: str = "The file") -> dict[str, Any]:
    """Parse and validate a JSON summary (e.g. one just decrypted)."""
    if not data.strip():
        raise SummaryFormatError(msg("{source} is empty.", source=source))
    try:
        document = json.loads(data.decode("utf-8"), parse_constant=_refuse_constant)
    except UnicodeDecodeError:
        raise SummaryFormatError(
            msg("{source} is not an rmdesk summary (not UTF-8 text).", source=source)
        ) from None
    except (json.JSONDecodeError, ValueError) as exc:
        raise SummaryFormatError(
            msg("{source} is not an rmdesk summary (not JSON: {error}).", source=source, error=exc)
        ) from None
    except RecursionError:
        raise SummaryFormatError(
            msg("{source} is not an rmdesk summary (nested too deeply).", source=source)
        ) from None
    if not isinstance(document, dict):
        raise SummaryFormatError(
            msg("{source} is not an rmdesk summary (not a JSON object).", source=source)
        )
    validate(document, source)
    return document


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")

"""The progress summary's queries: the only SQL that feeds what leaves for the coordinator.

The privacy rule is kept here, by construction (docs/architecture.md, Visibility):

* every query, of text or of figures, reads only rows marked `visibility = 'coordinator'`
  (and, for a row under a goal, only under a coordinator-visible goal): a private check-in
  must not move an average, nor a private milestone a percentage;
* the one exception is `meeting_counts`/`last_held_start` over *all* meetings, which read
  only statuses and dates, and which the service calls only when the pair ticks "meetings
  held against the cadence" in the export (a figure they choose to share);
* no query uses `SELECT *`; the pair row yields only its names and the programme's shape
  (never its focus areas, agreement or coordinator key).

tests/store/test_summary_store.py holds every function here to that, over random desks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rmdesk import errors
from rmdesk.domain.enums import MeetingStatus, TopicStatus
from rmdesk.i18n import msg
from rmdesk.store.db import Store

HELD = MeetingStatus.HELD.value
# Topics that were talked about: "follow up" is a discussed topic with more to do.
COVERED = (TopicStatus.DISCUSSED.value, TopicStatus.FOLLOW_UP.value)


def _shared(alias: str) -> str:
    """The one condition under which a row's text may be read."""
    return f"{alias}.visibility = 'coordinator'"


# The pair's goals that the summary may name. Children (milestones, updates) are only ever
# looked at through this, so a shared milestone under an unshared goal stays out too.
_SHARED_GOALS = f"SELECT g.uuid FROM goals g WHERE g.pair_uuid = :pair AND {_shared('g')}"


@dataclass(frozen=True)
class Bounds:
    """A period as the queries filter it. Dates are inclusive `YYYY-MM-DD`; instants are UTC
    text in the format of `created_at` (`…T00:00:00.000000Z`) and bound meeting starts and
    timestamps: `since` inclusive, `before` exclusive. None leaves that side open."""

    date_from: str | None = None
    date_to: str | None = None
    since: str | None = None
    before: str | None = None

    def dates(self, column: str, params: dict[str, Any]) -> str:
        """A condition keeping `column` (a date) within the period's dates."""
        where = []
        if self.date_from is not None:
            params["date_from"] = self.date_from
            where.append(f"{column} >= :date_from")
        if self.date_to is not None:
            params["date_to"] = self.date_to
            where.append(f"{column} <= :date_to")
        return " AND ".join(where) or "1"

    def instants(self, column: str, params: dict[str, Any]) -> str:
        """A condition keeping `column` (a UTC timestamp or meeting start) within the period."""
        where = []
        if self.since is not None:
            params["since"] = self.since
            where.append(f"{column} >= :since")
        if self.before is not None:
            params["before"] = self.before
            where.append(f"{column} < :before")
        return " AND ".join(where) or "1"

    def instants_before(self, column: str, params: dict[str, Any]) -> str:
        """A condition keeping `column` (a UTC timestamp) before the period's end."""
        if self.before is None:
            return "1"
        params["before"] = self.before
        return f"{column} < :before"

    @property
    def open(self) -> bool:
        return self.since is None and self.before is None


@dataclass(frozen=True)
class PairHeader:
    """The only columns of the pair row that a summary reads."""

    uuid: str
    mentor_name: str
    mentee_name: str
    start_date: str
    planned_end_date: str | None
    cadence_days: int
    phase: str
    paused_on: str | None
    ended_early_on: str | None
    ended_by: str | None
    shared_end_reason: str | None  # the reason only when its writer marked it for the coordinator


@dataclass(frozen=True)
class SharedGoal:
    """A coordinator-visible goal: its title and figures, not its why or success criteria."""

    uuid: str
    learner: str
    title: str
    status: str
    start_date: str  # the goal's start, or the day it was written down
    target_date: str | None
    achieved_on: str | None


@dataclass(frozen=True)
class SharedMilestone:
    uuid: str
    goal_uuid: str
    title: str
    done_on: str | None


@dataclass(frozen=True)
class SharedTopic:
    uuid: str
    title: str


@dataclass(frozen=True)
class SharedText:
    """A coordinator-visible reflection or meeting's notes. `on` is a date for reflections
    and the UTC start for meetings (the service turns it into a local date)."""

    uuid: str
    kind: str  # "reflection" or "meeting_notes"
    on: str
    author_role: str
    title: str | None
    text: str


@dataclass(frozen=True)
class PulseRating:
    """One check-in's ratings, without its note."""

    on_date: str
    meeting_uuid: str | None
    meeting_starts_at: str | None
    author_role: str
    safety: int | None
    candour: int | None
    usefulness: int | None
    energy: int | None


# --- the pair ---------------------------------------------------------------------------------


def pair_header(store: Store, pair_uuid: str) -> PairHeader:
    row = store.conn.execute(
        "SELECT uuid, mentor_name, mentee_name, start_date, planned_end_date, cadence_days, "
        "phase, paused_on, ended_early_on, ended_by, "
        "CASE WHEN end_reason_visibility = 'coordinator' AND length(trim(end_reason)) > 0 "
        "THEN end_reason END FROM pairs WHERE uuid = ?",
        (pair_uuid,),
    ).fetchone()
    if row is None:
        raise errors.NotFoundError(msg("No pair with id {pair_uuid}.", pair_uuid=pair_uuid))
    return PairHeader(*row)


# --- meetings: counts and dates of all, notes of shared ones ----------------------------------


def meeting_counts(store: Store, pair_uuid: str, bounds: Bounds) -> dict[str, int]:
    """Every meeting by status whose start falls in the period: read only when the pair chose
    to share meetings held against the cadence."""
    params: dict[str, Any] = {"pair": pair_uuid}
    rows = store.conn.execute(
        "SELECT m.status, count(*) FROM meetings m WHERE m.pair_uuid = :pair "
        f"AND {bounds.instants('m.starts_at', params)} GROUP BY m.status",
        params,
    )
    return {status: int(n) for status, n in rows}


def last_held_start(store: Store, pair_uuid: str, bounds: Bounds) -> str | None:
    params: dict[str, Any] = {"pair": pair_uuid, "held": HELD}
    row = store.conn.execute(
        "SELECT max(m.starts_at) FROM meetings m WHERE m.pair_uuid = :pair "
        f"AND m.status = :held AND {bounds.instants('m.starts_at', params)}",
        params,
    ).fetchone()
    latest: str | None = row[0]
    return latest


def shared_meeting_notes(store: Store, pair_uuid: str, bounds: Bounds) -> list[SharedText]:
    """Notes of coordinator-visible meetings in the period (never their place)."""
    params: dict[str, Any] = {"pair": pair_uuid}
    rows = store.conn.execute(
        "SELECT m.uuid, m.starts_at, m.author_role, m.notes FROM meetings m "
        f"WHERE m.pair_uuid = :pair AND {_shared('m')} AND length(trim(m.notes)) > 0 "
        f"AND {bounds.instants('m.starts_at', params)} ORDER BY m.starts_at, m.uuid",
        params,
    )
    return [
        SharedText(uuid, "meeting_notes", on, role, None, notes) for uuid, on, role, notes in rows
    ]


# --- goals ------------------------------------------------------------------------------------


def shared_goals(store: Store, pair_uuid: str, bounds: Bounds) -> list[SharedGoal]:
    """Coordinator-visible goals that had started by the end of the period (the service also
    leaves out those closed before the period began)."""
    params: dict[str, Any] = {"pair": pair_uuid}
    start = "coalesce(nullif(g.start_date, ''), substr(g.created_at, 1, 10))"
    until = "1"
    if bounds.date_to is not None:
        params["date_to"] = bounds.date_to
        until = f"{start} <= :date_to"
    rows = store.conn.execute(
        f"SELECT g.uuid, g.learner, g.title, g.status, {start}, g.target_date, g.achieved_on "
        f"FROM goals g WHERE g.pair_uuid = :pair AND {_shared('g')} AND {until} "
        "ORDER BY g.learner, g.position, g.created_at, g.uuid",
        params,
    )
    return [SharedGoal(*row) for row in rows]


def milestone_states(store: Store, pair_uuid: str) -> list[tuple[str, str | None]]:
    """(goal, done_on) for every shared milestone of the shared goals: counted, never named."""
    rows = store.conn.execute(
        f"SELECT m.goal_uuid, m.done_on FROM milestones m WHERE m.goal_uuid IN ({_SHARED_GOALS}) "
        f"AND {_shared('m')} ORDER BY m.goal_uuid, m.position, m.created_at, m.uuid",
        {"pair": pair_uuid},
    )
    return [(goal, done) for goal, done in rows]


def shared_milestones(store: Store, pair_uuid: str) -> list[SharedMilestone]:
    """Coordinator-visible milestones of coordinator-visible goals, in the goal's order."""
    rows = store.conn.execute(
        "SELECT m.uuid, m.goal_uuid, m.title, m.done_on FROM milestones m "
        f"WHERE m.goal_uuid IN ({_SHARED_GOALS}) AND {_shared('m')} "
        "ORDER BY m.goal_uuid, m.position, m.created_at, m.uuid",
        {"pair": pair_uuid},
    )
    return [SharedMilestone(*row) for row in rows]


def shared_updates(store: Store, pair_uuid: str) -> list[tuple[str, str, int]]:
    """(goal, date, percent) of coordinator-visible progress updates (never their note),
    oldest first, ties in the order they were written."""
    rows = store.conn.execute(
        "SELECT u.goal_uuid, u.on_date, u.percent FROM progress_updates u "
        f"WHERE u.goal_uuid IN ({_SHARED_GOALS}) AND {_shared('u')} "
        "ORDER BY u.goal_uuid, u.on_date, u.created_at, u.uuid",
        {"pair": pair_uuid},
    )
    return [(goal, on, int(percent)) for goal, on, percent in rows]


def status_changes(store: Store, pair_uuid: str) -> list[tuple[str, str, str]]:
    """(goal, status, changed_on) of the shared goals' status history, oldest first."""
    rows = store.conn.execute(
        "SELECT c.goal_uuid, c.status, c.changed_on FROM goal_status_changes c "
        f"WHERE c.goal_uuid IN ({_SHARED_GOALS}) "
        "ORDER BY c.goal_uuid, c.changed_on, c.created_at, c.uuid",
        {"pair": pair_uuid},
    )
    return [(goal, status, on) for goal, status, on in rows]


# --- topics -----------------------------------------------------------------------------------


def _covered(bounds: Bounds, params: dict[str, Any]) -> str:
    """Topics talked about in the period: discussed on the (shared) agenda of a (shared)
    meeting held in it or, for a topic never so discussed (marked by hand), last changed in
    it."""
    params["covered0"], params["covered1"] = COVERED
    where = "t.pair_uuid = :pair AND t.status IN (:covered0, :covered1)"
    if bounds.open:
        return where
    params["held"] = HELD
    # Only a shared agenda item of a shared meeting dates it: a private meeting must not move
    # a shared topic into or out of the period.
    discussed = (
        "SELECT 1 FROM agenda_items a JOIN meetings m ON m.uuid = a.meeting_uuid "
        "WHERE a.topic_uuid = t.uuid AND a.discussed = 1 AND m.status = :held "
        f"AND {_shared('a')} AND {_shared('m')}"
    )
    return (
        f"{where} AND (EXISTS ({discussed} AND {bounds.instants('m.starts_at', params)}) "
        f"OR (NOT EXISTS ({discussed}) AND {bounds.instants('t.updated_at', params)}))"
    )


def covered_topic_count(store: Store, pair_uuid: str, bounds: Bounds) -> int:
    """How many shared topics were covered in the period."""
    params: dict[str, Any] = {"pair": pair_uuid}
    row = store.conn.execute(
        f"SELECT count(*) FROM topics t WHERE {_covered(bounds, params)} AND {_shared('t')}",
        params,
    ).fetchone()
    return int(row[0])


def shared_covered_topics(store: Store, pair_uuid: str, bounds: Bounds) -> list[SharedTopic]:
    """Titles of coordinator-visible topics covered in the period (never their notes)."""
    params: dict[str, Any] = {"pair": pair_uuid}
    rows = store.conn.execute(
        f"SELECT t.uuid, t.title FROM topics t WHERE {_covered(bounds, params)} "
        f"AND {_shared('t')} ORDER BY t.title COLLATE NOCASE, t.uuid",
        params,
    )
    return [SharedTopic(*row) for row in rows]


# --- action items: counts only ----------------------------------------------------------------


def action_counts(store: Store, pair_uuid: str, bounds: Bounds) -> tuple[int, int]:
    """(open, done). Open: written before the period's end and still open at it, each task
    once (an original a carried copy took over by then is not counted again). Done: ticked
    within the period. Only shared action items count."""
    params: dict[str, Any] = {"pair": pair_uuid}
    carried_by_end = (
        "SELECT c.carried_from_uuid FROM action_items c WHERE c.pair_uuid = :pair "
        f"AND c.carried_from_uuid IS NOT NULL AND {bounds.instants_before('c.created_at', params)}"
    )
    still_open = "a.done_on IS NULL"
    if bounds.date_to is not None:
        params["date_to"] = bounds.date_to
        still_open = "(a.done_on IS NULL OR a.done_on > :date_to)"
    opened = store.conn.execute(
        f"SELECT count(*) FROM action_items a WHERE a.pair_uuid = :pair AND {_shared('a')} "
        f"AND {still_open} "
        f"AND {bounds.instants_before('a.created_at', params)} "
        f"AND a.uuid NOT IN ({carried_by_end})",
        params,
    ).fetchone()[0]
    params = {"pair": pair_uuid}
    done = store.conn.execute(
        f"SELECT count(*) FROM action_items a WHERE a.pair_uuid = :pair AND {_shared('a')} "
        f"AND a.done_on IS NOT NULL AND {bounds.dates('a.done_on', params)} "
        "AND a.uuid NOT IN (SELECT c.carried_from_uuid FROM action_items c "
        "WHERE c.pair_uuid = :pair AND c.carried_from_uuid IS NOT NULL)",
        params,
    ).fetchone()[0]
    return int(opened), int(done)


# --- pulses: ratings only ---------------------------------------------------------------------


def pulse_ratings(store: Store, pair_uuid: str, bounds: Bounds) -> list[PulseRating]:
    """Shared check-ins' ratings in the period (by date), oldest first; never the note."""
    params: dict[str, Any] = {"pair": pair_uuid}
    rows = store.conn.execute(
        "SELECT p.on_date, p.meeting_uuid, m.starts_at, p.author_role, "
        "p.safety, p.candour, p.usefulness, p.energy "
        "FROM pulses p LEFT JOIN meetings m ON m.uuid = p.meeting_uuid "
        f"WHERE p.pair_uuid = :pair AND {_shared('p')} AND {bounds.dates('p.on_date', params)} "
        "ORDER BY p.on_date, p.created_at, p.uuid",
        params,
    )
    return [PulseRating(*row) for row in rows]


# --- the self-assessment ---------------------------------------------------------------------


def shared_self_assessments(
    store: Store, pair_uuid: str, date_to: str | None
) -> list[tuple[str, str, str, int]]:
    """Coordinator-marked answers dated by the period's end, as (person, occasion, item,
    rating), oldest first (a later answer to the same item comes later)."""
    params: dict[str, Any] = {"pair": pair_uuid}
    within = ""
    if date_to is not None:
        params["date_to"] = date_to
        within = "AND s.on_date <= :date_to "
    rows = store.conn.execute(
        "SELECT s.author_role, s.occasion, s.item_id, s.rating FROM self_assessments s "
        f"WHERE s.pair_uuid = :pair AND {_shared('s')} {within}"
        "ORDER BY s.on_date, s.updated_at, s.uuid",
        params,
    )
    return [(row[0], row[1], row[2], row[3]) for row in rows]


# --- reflections ------------------------------------------------------------------------------


def shared_reflections(store: Store, pair_uuid: str, bounds: Bounds) -> list[SharedText]:
    """Coordinator-visible reflections written in the period, oldest first."""
    params: dict[str, Any] = {"pair": pair_uuid}
    rows = store.conn.execute(
        "SELECT r.uuid, r.written_on, r.author_role, r.prompt_text, r.body FROM reflections r "
        f"WHERE r.pair_uuid = :pair AND {_shared('r')} "
        f"AND {bounds.dates('r.written_on', params)} "
        "ORDER BY r.written_on, r.created_at, r.uuid",
        params,
    )
    return [
        SharedText(uuid, "reflection", on, role, prompt or None, body)
        for uuid, on, role, prompt, body in rows
    ]

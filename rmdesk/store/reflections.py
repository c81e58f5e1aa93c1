"""Reflections, their goal links, pulse check-ins, custom prompts and hidden prompts.

The reflection list is read a page at a time from the pair's (pair_uuid, written_on) index,
newest first, with only the first few hundred characters of each body.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rmdesk.domain import models
from rmdesk.store import records, schema
from rmdesk.store.db import Store

# Enough of the body for a one-line snippet, without reading long texts for a list page.
HEAD_CHARS = 400
_ORDER = "r.written_on DESC, r.created_at DESC, r.uuid DESC"


@dataclass(frozen=True)
class ReflectionRow:
    """One line of the reflection list. The store fills `snippet` with the start of the body
    and leaves `theme` empty; the service trims the snippet to one line and adds the theme
    (themes live in the prompt library, not in the database)."""

    uuid: str
    written_on: str
    author_role: str
    visibility: str
    prompt_id: str | None
    prompt_text: str | None
    snippet: str
    meeting_uuid: str | None
    theme: str = ""


@dataclass(frozen=True)
class ReflectionFilter:
    """What the list may be narrowed by; None means "any"."""

    prompt_ids: Sequence[str] | None = None  # only reflections answering one of these
    not_prompt_ids: Sequence[str] | None = None  # free writing or a prompt not among these
    author_role: str | None = None
    visibility: str | None = None
    date_from: str | None = None
    date_to: str | None = None


_ROW_SELECT = f"""
    SELECT r.uuid, r.written_on, r.author_role, r.visibility, r.prompt_id, r.prompt_text,
           substr(ltrim(r.body, ' ' || char(9, 10, 13)), 1, {HEAD_CHARS}) AS snippet,
           r.meeting_uuid
    FROM reflections r
"""


def _where(pair_uuid: str, chosen: ReflectionFilter) -> tuple[str, list[Any]]:
    where = ["r.pair_uuid = ?"]
    params: list[Any] = [pair_uuid]
    if chosen.prompt_ids is not None:
        if not chosen.prompt_ids:
            where.append("0")
        else:
            where.append(f"r.prompt_id IN ({', '.join('?' for _ in chosen.prompt_ids)})")
            params += list(chosen.prompt_ids)
    if chosen.not_prompt_ids:  # None or empty: no restriction
        marks = ", ".join("?" for _ in chosen.not_prompt_ids)
        where.append(f"(r.prompt_id IS NULL OR r.prompt_id NOT IN ({marks}))")
        params += list(chosen.not_prompt_ids)
    for column in ("author_role", "visibility"):
        value = getattr(chosen, column)
        if value is not None:
            where.append(f"r.{column} = ?")
            params.append(value)
    if chosen.date_from is not None:
        where.append("r.written_on >= ?")
        params.append(chosen.date_from)
    if chosen.date_to is not None:
        where.append("r.written_on <= ?")
        params.append(chosen.date_to)
    return " AND ".join(where), params


# --- reflections ----------------------------------------------------------------------------


def add(store: Store, reflection: models.Reflection) -> models.Reflection:
    return records.insert(store, reflection)


def get(store: Store, uuid: str) -> models.Reflection:
    return records.get(store, models.Reflection, uuid)


def update(store: Store, reflection: models.Reflection, **changes: Any) -> models.Reflection:
    return records.update(store, reflection, **changes)


def delete(store: Store, uuid: str) -> None:
    records.delete(store, models.Reflection, uuid)


def count(store: Store, pair_uuid: str, chosen: ReflectionFilter | None = None) -> int:
    where, params = _where(pair_uuid, chosen or ReflectionFilter())
    row = store.conn.execute(f"SELECT count(*) FROM reflections r WHERE {where}", params)
    return int(row.fetchone()[0])


def page(
    store: Store, pair_uuid: str, offset: int, limit: int, chosen: ReflectionFilter | None = None
) -> list[ReflectionRow]:
    """One page, newest first (ties: latest created first, then by uuid, so pages are stable)."""
    where, params = _where(pair_uuid, chosen or ReflectionFilter())
    rows = store.conn.execute(
        f"{_ROW_SELECT} WHERE {where} ORDER BY {_ORDER} LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return [ReflectionRow(*row) for row in rows]


def row_of(store: Store, uuid: str) -> ReflectionRow | None:
    found = store.conn.execute(f"{_ROW_SELECT} WHERE r.uuid = ?", (uuid,)).fetchone()
    return ReflectionRow(*found) if found else None


def index_of(
    store: Store, pair_uuid: str, uuid: str, chosen: ReflectionFilter | None = None
) -> int | None:
    """The row number of a reflection in the filtered list, or None if it is not in it."""
    where, params = _where(pair_uuid, chosen or ReflectionFilter())
    found = store.conn.execute(
        f"SELECT r.written_on, r.created_at, r.uuid FROM reflections r "
        f"WHERE {where} AND r.uuid = ?",
        [*params, uuid],
    ).fetchone()
    if found is None:
        return None
    before = store.conn.execute(
        f"SELECT count(*) FROM reflections r WHERE {where} "
        "AND (r.written_on, r.created_at, r.uuid) > (?, ?, ?)",
        [*params, *found],
    ).fetchone()
    return int(before[0])


def for_meeting(store: Store, meeting_uuid: str) -> list[models.Reflection]:
    return records.select(
        store,
        models.Reflection,
        "meeting_uuid = ?",
        (meeting_uuid,),
        order="written_on, created_at, uuid",
    )


def prompt_uses(store: Store, pair_uuid: str, author_role: str) -> dict[str, int]:
    """How often each prompt has been answered by one person of a pair."""
    rows = store.conn.execute(
        "SELECT prompt_id, count(*) FROM reflections "
        "WHERE pair_uuid = ? AND author_role = ? AND prompt_id IS NOT NULL GROUP BY prompt_id",
        (pair_uuid, author_role),
    )
    return {row[0]: int(row[1]) for row in rows}


def latest_answering(
    store: Store, pair_uuid: str, author_role: str, prompt_ids: Sequence[str]
) -> models.Reflection | None:
    """The person's most recent reflection that answers one of the given prompts."""
    if not prompt_ids:
        return None
    marks = ", ".join("?" for _ in prompt_ids)
    found = records.select(
        store,
        models.Reflection,
        f"pair_uuid = ? AND author_role = ? AND prompt_id IN ({marks})",
        (pair_uuid, author_role, *prompt_ids),
        order="written_on DESC, created_at DESC, uuid DESC LIMIT 1",
    )
    return found[0] if found else None


# --- goal links -----------------------------------------------------------------------------


def goal_links(store: Store, reflection_uuid: str) -> list[models.ReflectionGoal]:
    return records.select(
        store,
        models.ReflectionGoal,
        "reflection_uuid = ?",
        (reflection_uuid,),
        order="created_at, uuid",
    )


def add_goal_link(store: Store, link: models.ReflectionGoal) -> models.ReflectionGoal:
    return records.insert(store, link)


def delete_goal_link(store: Store, uuid: str) -> None:
    records.delete(store, models.ReflectionGoal, uuid)


# --- pulses ---------------------------------------------------------------------------------


def add_pulse(store: Store, pulse: models.Pulse) -> models.Pulse:
    return records.insert(store, pulse)


def get_pulse(store: Store, uuid: str) -> models.Pulse:
    return records.get(store, models.Pulse, uuid)


def update_pulse(store: Store, pulse: models.Pulse, **changes: Any) -> models.Pulse:
    return records.update(store, pulse, **changes)


def delete_pulse(store: Store, uuid: str) -> None:
    records.delete(store, models.Pulse, uuid)


def pulses_for_meeting(store: Store, meeting_uuid: str) -> list[models.Pulse]:
    # pulses has no meeting index; going through the meeting's pair uses (pair_uuid, on_date).
    return records.select(
        store,
        models.Pulse,
        "pair_uuid = (SELECT pair_uuid FROM meetings WHERE uuid = ?) AND meeting_uuid = ?",
        (meeting_uuid, meeting_uuid),
        order="on_date, created_at, uuid",
    )


def latest_pulse(store: Store, pair_uuid: str) -> models.Pulse | None:
    found = records.select(
        store,
        models.Pulse,
        "pair_uuid = ?",
        (pair_uuid,),
        order="on_date DESC, created_at DESC, uuid DESC LIMIT 1",
    )
    return found[0] if found else None


def _pulse_filter(
    pair_uuid: str, date_from: str | None, date_to: str | None
) -> tuple[list[str], list[Any]]:
    """WHERE terms and parameters for a pair's pulses in an inclusive date range."""
    where = ["p.pair_uuid = ?"]
    params: list[Any] = [pair_uuid]
    if date_from is not None:
        where.append("p.on_date >= ?")
        params.append(date_from)
    if date_to is not None:
        where.append("p.on_date <= ?")
        params.append(date_to)
    return where, params


def pulses_with_meetings(
    store: Store, pair_uuid: str, date_from: str | None = None, date_to: str | None = None
) -> list[tuple[models.Pulse, str | None]]:
    """A pair's pulses in date order, each with its meeting's start (None when unlinked)."""
    where, params = _pulse_filter(pair_uuid, date_from, date_to)
    names = schema.columns("pulses")
    rows = store.conn.execute(
        f"SELECT {', '.join('p.' + name for name in names)}, m.starts_at FROM pulses p "
        f"LEFT JOIN meetings m ON m.uuid = p.meeting_uuid "
        f"WHERE {' AND '.join(where)} ORDER BY p.on_date, p.created_at, p.uuid",
        params,
    )
    # The whole history is read for the Overview's chart: build each Pulse straight from
    # the row's values (records.from_row, which copies the row and looks up the fields per
    # row, took three times as long).
    count = len(names)
    return [
        (models.Pulse(**dict(zip(names, row[:count], strict=True))), row[count]) for row in rows
    ]


PULSE_RATINGS = ("safety", "candour", "usefulness", "energy")


def pulse_point_totals(
    store: Store, pair_uuid: str, date_from: str | None = None, date_to: str | None = None
) -> list[tuple[Any, ...]]:
    """The pulse grouped as the chart shows it, summed in SQL (the Overview reads years of
    check-ins): one row per meeting (check-ins linked to a meeting that exists) or per date
    (the others), in time order. Each row: kind ("meeting" or "date"), key (meeting uuid or
    date), first check-in date, check-ins, the sum and count of each rating in
    PULSE_RATINGS, then the mentor's and the mentee's sum and count of all their ratings.
    Sums of whole numbers, so means made from them are exactly the ratings' means."""
    where, params = _pulse_filter(pair_uuid, date_from, date_to)
    linked = "(p.meeting_uuid IS NOT NULL AND m.starts_at IS NOT NULL)"
    given = " + ".join(f"coalesce(p.{name}, 0)" for name in PULSE_RATINGS)
    rated = " + ".join(f"(p.{name} IS NOT NULL)" for name in PULSE_RATINGS)
    ratings = ", ".join(f"sum(p.{name}), count(p.{name})" for name in PULSE_RATINGS)
    roles = ", ".join(
        f"sum(CASE WHEN p.author_role = '{role}' THEN {given} ELSE 0 END), "
        f"sum(CASE WHEN p.author_role = '{role}' THEN {rated} ELSE 0 END)"
        for role in ("mentor", "mentee")
    )
    sql = f"""
        SELECT CASE WHEN {linked} THEN 'meeting' ELSE 'date' END AS kind,
               CASE WHEN {linked} THEN p.meeting_uuid ELSE p.on_date END AS key,
               min(p.on_date), count(*), {ratings}, {roles}
        FROM pulses p LEFT JOIN meetings m ON m.uuid = p.meeting_uuid
        WHERE {" AND ".join(where)}
        GROUP BY kind, key
        ORDER BY min(CASE WHEN {linked} THEN substr(m.starts_at, 1, 10) ELSE p.on_date END),
                 min(CASE WHEN {linked} THEN m.starts_at ELSE p.on_date END), kind, key
    """
    return [tuple(row) for row in store.conn.execute(sql, params)]


# --- custom and hidden prompts --------------------------------------------------------------


def custom_prompts(store: Store) -> list[models.CustomPrompt]:
    return records.select(store, models.CustomPrompt, order="created_at, uuid")


def get_custom_prompt(store: Store, uuid: str) -> models.CustomPrompt:
    return records.get(store, models.CustomPrompt, uuid)


def add_custom_prompt(store: Store, prompt: models.CustomPrompt) -> models.CustomPrompt:
    return records.insert(store, prompt)


def delete_custom_prompt(store: Store, uuid: str) -> None:
    records.delete(store, models.CustomPrompt, uuid)


def hidden_prompts(store: Store) -> list[models.HiddenPrompt]:
    return records.select(store, models.HiddenPrompt, order="created_at, uuid")


def hidden_prompt(store: Store, prompt_id: str) -> models.HiddenPrompt | None:
    found = records.select(store, models.HiddenPrompt, "prompt_id = ?", (prompt_id,))
    return found[0] if found else None


def add_hidden_prompt(store: Store, hidden: models.HiddenPrompt) -> models.HiddenPrompt:
    return records.insert(store, hidden)


def delete_hidden_prompt(store: Store, uuid: str) -> None:
    records.delete(store, models.HiddenPrompt, uuid)

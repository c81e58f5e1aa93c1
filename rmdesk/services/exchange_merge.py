"""How the pair exchange notices local changes and merges the partner's (issue 14, rules 3-4).

Every field of a travelling row has its own hybrid logical clock value, so two people editing
different fields of one row both keep their change. Long text (LONG_TEXT) is merged three-way
against the last version both desks had; the same paragraph changed on both sides keeps both
versions and opens a conflict. Deleting or un-sharing a row leaves a tombstone, recorded when
the user does it (undo.py calls note_removals), never inferred from a row that is missing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from rmdesk.domain import models
from rmdesk.services import text_merge
from rmdesk.store import exchange
from rmdesk.store.db import Store

Ref = tuple[str, str]
Row = dict[str, Any]

# The long text of each table: merged three-way by paragraph instead of by the later change.
LONG_TEXT: dict[str, tuple[str, ...]] = {
    "pairs": ("agreement",),
    "goals": ("why", "success_criteria"),
    "meetings": ("notes",),
    "topics": ("notes", "why_it_matters"),
    "reflections": ("body",),
}
# How a long text is named in a line about a conflict.
FIELD_LABELS: dict[tuple[str, str], str] = {
    ("pairs", "agreement"): "the pair's agreement",
    ("goals", "why"): "a goal's why",
    ("goals", "success_criteria"): "a goal's success criteria",
    ("meetings", "notes"): "a meeting's notes",
    ("topics", "notes"): "a topic's notes",
    ("topics", "why_it_matters"): "why a topic matters",
    ("reflections", "body"): "a reflection",
}
# The pair's own row travels with these fields (the rest is this desk's own: its role, the
# coordinator's key, whether it is archived here, the visibility of the row itself). The
# reason for ending early travels only when it is marked for the pair or the coordinator.
PAIR_FIELDS = (
    "mentor_name",
    "mentee_name",
    "start_date",
    "planned_end_date",
    "cadence_days",
    "meeting_minutes",
    "focus_areas",
    "agreement",
    "phase",
    "paused_on",
    "ended_early_on",
    "ended_by",
    "end_reason",
    "end_reason_visibility",
    "updated_at",
)
# Never merged: a row's identity, and the pair it belongs to (each desk's own id for it).
FIXED = frozenset({"uuid", "pair_uuid"})
# Tables whose rows point at others, for a tombstone's pair: (column, parent table).
PARENT_OF = {
    "goal_status_changes": ("goal_uuid", "goals"),
    "milestones": ("goal_uuid", "goals"),
    "progress_updates": ("goal_uuid", "goals"),
    "agenda_items": ("meeting_uuid", "meetings"),
    "meeting_goals": ("meeting_uuid", "meetings"),
    "reflection_goals": ("reflection_uuid", "reflections"),
}


# --- the clock ------------------------------------------------------------------------------


def hlc(ms: int, counter: int, desk_id: str) -> str:
    """Text that sorts as (time, counter, desk): the desk breaks a tie, the same on both."""
    return f"{ms:015d}.{counter:06d}.{desk_id}"


def parts(value: str | None) -> tuple[int, int]:
    if not value:
        return (0, 0)
    ms, counter, _desk = value.split(".")
    return int(ms), int(counter)


def tick(clock: str | None, physical_ms: int, desk_id: str) -> str:
    """A local change at physical time `physical_ms`: later than everything this desk has
    seen, its own clock and every partner's included."""
    ms, counter = parts(clock)
    if physical_ms > ms:
        return hlc(physical_ms, 0, desk_id)
    return hlc(ms, counter + 1, desk_id)


def absorb(clock: str | None, seen: str) -> str | None:
    """The clock after receiving a change stamped `seen`."""
    return seen if clock is None or parts(seen) > parts(clock) else clock


def stamp_ms(stamp: str) -> int:
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return 0
    return int(moment.timestamp() * 1000)


def fingerprint(row: Row) -> str:
    text = json.dumps(row, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def full_clocks(row_hlc: str, older: dict[str, str], names: Iterable[str]) -> dict[str, str]:
    """Every field's clock: its own where older than the row's, else the row's."""
    return {name: older.get(name, row_hlc) for name in names}


def older_clocks(clocks: dict[str, str]) -> tuple[str, dict[str, str]]:
    """The row's clock (the latest of its fields) and the fields older than it."""
    top = max(clocks.values())
    return top, {name: value for name, value in clocks.items() if value != top}


# --- noticing local changes -----------------------------------------------------------------


def _rows(store: Store, table: str, uuids: list[str], pair_uuid: str) -> dict[str, Row]:
    return exchange.rows_by_uuid(store, table, uuids, pair_uuid)


def refresh(store: Store, pair_uuid: str, desk_id: str) -> None:
    """Give every field of the pair changed here since the exchange last looked a new clock
    value, and the tombstones the user left since theirs, in the order of the edits (their
    updated_at, the tombstones' noted_at), private rows too (making a row private is a
    change that must win over an older shared copy). The first time for a pair every row
    is looked at; after that only the rows the triggers of migration 0008 noted, so the
    cost follows the change."""
    first = exchange.acks(store, pair_uuid) is None
    candidates: dict[Ref, tuple[Row, Row | None]] = {}  # ref -> (row now, row before)
    noted = exchange.dirty(store)
    done: list[Ref] = []
    by_table: dict[str, dict[str, Row | None]] = {}
    for table, uuid, old in noted:
        if table in exchange.BELONGS or table == "pairs":
            by_table.setdefault(table, {})[uuid] = old
    for table, olds in by_table.items():
        found = _rows(store, table, sorted(olds), pair_uuid)
        for uuid, old in olds.items():
            row = found.get(uuid)
            if row is not None:
                candidates[(table, uuid)] = (row, old)
                done.append((table, uuid))
            elif not exchange.row_exists(store, table, uuid):
                done.append((table, uuid))  # gone: deletes travel only as tombstones
    if first:
        everything = exchange.pair_rows(store, pair_uuid, shared_only=False)
        everything["pairs"] = list(_rows(store, "pairs", [pair_uuid], pair_uuid).values())
        for table, table_rows in everything.items():
            for row in table_rows:
                candidates.setdefault((table, row["uuid"]), (row, None))
    known = exchange.versions_of(store, list(candidates))
    older = exchange.field_clocks(store, list(candidates))
    changed: list[tuple[str, str, str, list[str]]] = []
    for (table, uuid), (row, old) in candidates.items():
        mark = fingerprint(row)
        seen = known.get((table, uuid))
        stone = exchange.tombstone(store, table, uuid)
        if stone is not None and row["visibility"] in exchange.SHARED:
            exchange.lift_tombstone(store, table, uuid)  # shared again, or un-deleted
        elif seen is not None and seen[1] == mark:
            continue
        names = [n for n in row if n not in FIXED]
        fields = [n for n in names if old is None or seen is None or row[n] != old.get(n)]
        changed.append((row["updated_at"], table, uuid, fields or names))
    clock: str | None = exchange.clock(store)
    # Edits and tombstones in the order they were made, so a tombstone is not dated after
    # edits made later here. A row un-shared (still here, changed since) gives its tombstone
    # the clock of its change of visibility, so the partner's desk compares the same value
    # whichever of the two it holds.
    stones = exchange.unstamped_tombstones(store, pair_uuid)
    rows_changed = {(table, uuid) for _at, table, uuid, _fields in changed}
    events: list[tuple[str, str, str, list[str] | None]] = [
        (noted_at, table, uuid, None)
        for noted_at, table, uuid in stones
        if (table, uuid) not in rows_changed
    ]
    events += changed
    given: dict[Ref, str] = {}
    for moment, table, uuid, edited in sorted(events, key=lambda event: event[:3]):
        clock = tick(clock, stamp_ms(moment), desk_id)
        given[(table, uuid)] = clock
        if edited is None:
            continue
        row = candidates[(table, uuid)][0]
        seen = known.get((table, uuid))
        names = [n for n in row if n not in FIXED]
        prior = full_clocks(seen[0], older.get((table, uuid), {}), names) if seen else {}
        clocks = {n: prior.get(n, clock) for n in names}
        clocks.update({n: clock for n in edited})
        top, rest = older_clocks(clocks)
        exchange.set_version(store, table, uuid, top, fingerprint(row))
        exchange.set_field_clocks(store, table, uuid, rest)
    for _noted_at, table, uuid in stones:
        exchange.stamp_tombstone(store, table, uuid, given[(table, uuid)])
    if clock is not None:
        exchange.set_clock(store, clock)
    exchange.clear_dirty(store, done)
    if first:
        exchange.set_acks(store, pair_uuid, exchange.Acks())


# --- tombstones, noted as the user deletes or un-shares ---------------------------------------


def _pair_of(store: Store, ref: Ref, row: Row, before: dict[Ref, Row | None]) -> str | None:
    table = ref[0]
    if "pair_uuid" in row:
        return str(row["pair_uuid"])
    if table not in PARENT_OF:
        return None
    column, parent_table = PARENT_OF[table]
    parent_uuid = row[column]
    parent = before.get((parent_table, parent_uuid))
    if parent is not None:
        return str(parent["pair_uuid"])
    value = exchange.field_value(store, parent_table, parent_uuid, "pair_uuid")
    return str(value) if value is not None else None


def note_removals(
    store: Store, before: dict[Ref, Row | None], after: dict[Ref, Row | None]
) -> None:
    """Tombstones for shared rows of a paired pair that this change deleted or made private
    (undo and redo included: an undone 'add' deletes what the partner may have)."""
    if not exchange.is_paired(store):
        return
    now = models.utc_now()
    removed: list[tuple[Ref, Row, str]] = []  # shared rows this change deleted or hid
    for ref, was in before.items():
        if (
            was is None
            or ref[0] not in exchange.BELONGS
            or was["visibility"] not in exchange.SHARED
        ):
            continue
        now_row = after.get(ref)
        if now_row is not None and now_row["visibility"] in exchange.SHARED:
            continue
        removed.append((ref, was, "deleted" if now_row is None else "unshared"))
    if not removed:
        return  # most changes: no query more
    # A row the exchange has never looked at (added since the last file, say) cannot be on
    # the partner's desk: no removal of it travels, nor its id.
    known = exchange.versions_of(store, [ref for ref, _was, _reason in removed])
    for ref, was, reason in removed:
        if ref not in known:
            continue
        pair_uuid = _pair_of(store, ref, was, before)
        if pair_uuid is None or not exchange.paired(store, pair_uuid):
            continue
        exchange.note_tombstone(store, ref[0], ref[1], pair_uuid, reason, now)


# --- merging one row ------------------------------------------------------------------------


@dataclass
class Context:
    """What merging a file needs to know beyond the rows."""

    own_desk: str
    own_role: str  # mentor or mentee: the order of the two versions in a conflict
    names: tuple[str, str]  # the mentor's and the mentee's names
    partner_has: str  # the clock of ours the partner had merged when it wrote the file
    clock: str | None
    # The partner's clock up to which this desk had merged their files before this one:
    # their tombstones up to it were merged then (a file holds all after its `since`), so
    # an old or repeated file's tombstone never removes what they shared again since.
    merged_upto: str = ""
    conflicts: list[tuple[str, str, str, tuple[str, str, str]]] = field(default_factory=list)

    def new_tick(self) -> str:
        self.clock = tick(self.clock, stamp_ms(models.utc_now()), self.own_desk)
        return self.clock


def _link_restored(name: str, mine: Any, theirs: Any, their_clock: str, my_clock: str) -> bool:
    """The same change of a link, empty here: it was cut on the way (its row stayed home
    then, or had not arrived), and now it can be had."""
    return (
        name.endswith("_uuid") and their_clock == my_clock and mine is None and theirs is not None
    )


def _conflict_merged_there(
    ctx: Context, table: str, uuid: str, name: str, texts: tuple[str, str, str]
) -> None:
    """A text the partner's desk merged with both versions in it: listed here too, with
    the two versions as they read on their own."""
    base, mine, theirs = texts
    if not text_merge.has_conflict(theirs) or text_merge.has_conflict(mine):
        return
    first, second = text_merge.sides(theirs)
    own, other = (first, second) if ctx.own_role == "mentor" else (second, first)
    ctx.conflicts.append((table, uuid, name, (base, own, other)))


def merge_row(
    store: Store,
    ctx: Context,
    table: str,
    local: Row,
    local_clocks: dict[str, str],
    incoming: Row,
    incoming_clocks: dict[str, str],
) -> tuple[Row, dict[str, str]]:
    """The row after merging, and its fields' clocks. Scalars take the later change; long
    text is merged against the last version both desks had."""
    merged = dict(local)
    clocks = dict(local_clocks)
    texts = LONG_TEXT.get(table, ())
    uuid = str(local["uuid"])
    for name, theirs in incoming.items():
        if name in FIXED or name not in local:
            continue
        their_clock, my_clock = incoming_clocks[name], local_clocks.get(name, "")
        mine = local[name]
        if name not in texts:
            if their_clock > my_clock or _link_restored(name, mine, theirs, their_clock, my_clock):
                merged[name], clocks[name] = theirs, their_clock
            continue
        if theirs == mine:
            clocks[name] = max(my_clock, their_clock)
            exchange.keep_text(store, table, uuid, name, their_clock, theirs, True)
            continue
        base = exchange.base_text(store, table, uuid, name)
        if base is not None and their_clock <= base[0]:
            continue  # nothing from the partner that both desks did not already have
        if exchange.had_text(store, table, uuid, name, theirs):
            continue  # a text this desk already had (both merged alike): mine is newer
        exchange.keep_text(store, table, uuid, name, their_clock, theirs, True)
        # For a merge result not edited since, what matters is whether they had the text
        # of mine that went into it.
        mine_from = exchange.merged_from(store, table, uuid, name, my_clock) or my_clock
        if base is not None and mine == base[1]:
            merged[name], clocks[name] = theirs, their_clock  # only they changed it
            _conflict_merged_there(ctx, table, uuid, name, (base[1], str(mine), str(theirs)))
        elif mine_from <= ctx.partner_has or not my_clock.endswith(ctx.own_desk):
            if their_clock > my_clock or mine_from != my_clock:  # they had mine
                merged[name], clocks[name] = theirs, their_clock
                texts_of = (base[1] if base else "", str(mine), str(theirs))
                _conflict_merged_there(ctx, table, uuid, name, texts_of)
        else:  # both changed it since the version both had
            first, second = (mine, theirs) if ctx.own_role == "mentor" else (theirs, mine)
            result = text_merge.merge3(base[1] if base else "", first, second, ctx.names)
            if result.text == theirs:
                merged[name], clocks[name] = theirs, their_clock
                continue
            ctx.clock = absorb(ctx.clock, their_clock)
            merged[name], clocks[name] = result.text, ctx.new_tick()
            exchange.keep_text(store, table, uuid, name, clocks[name], result.text, False, my_clock)
            if result.conflicts:
                texts_of = (base[1] if base else "", str(mine), str(theirs))
                ctx.conflicts.append((table, uuid, name, texts_of))
    return merged, clocks

"""Applying one partner file to the desk, inside receive's transaction (issue 14, rules 3-4).

Tombstones first (a row deleted or un-shared there leaves this desk, unless it changed here
after), then the rows, parents first, field by field (exchange_merge.merge_row), then the
pair's own row. A row whose parent is not on this desk (deleted here meanwhile) is not
brought back; a link to a row that is not here is cleared.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from rmdesk.domain import models
from rmdesk.services import exchange_merge
from rmdesk.services.exchange_merge import FIXED, Context, full_clocks, older_clocks
from rmdesk.services.exchange_select import OPTIONAL, REQUIRED
from rmdesk.store import exchange, rows, schema
from rmdesk.store.db import Store

Ref = tuple[str, str]
Row = dict[str, Any]

# Link tables whose rows are UNIQUE by what they link: both desks may make the same link
# under two ids; the smaller id is kept on both, so they converge and no file is refused.
NATURAL_KEYS: dict[str, tuple[str, str]] = {
    "meeting_goals": ("meeting_uuid", "goal_uuid"),
    "reflection_goals": ("reflection_uuid", "goal_uuid"),
}


@dataclass(frozen=True)
class Outcome:
    changed: dict[str, int]
    offered: int
    deleted: dict[str, int]
    hidden: dict[str, int]  # this desk's own entries made private: the partner removed theirs


def _tombstones(
    store: Store, ctx: Context, pair_uuid: str, document: Row
) -> tuple[Counter[str], Counter[str]]:
    """The partner's deletes and un-shares: (rows removed here, own rows made private)."""
    deleted: Counter[str] = Counter()
    hidden: Counter[str] = Counter()
    for stone in document.get("tombstones", []):
        table, uuid, stamp = stone["table"], stone["uuid"], stone["hlc"]
        ctx.clock = exchange_merge.absorb(ctx.clock, stamp)
        if stamp <= ctx.merged_upto:
            continue  # merged with an earlier file: what changed since is not undone
        mine = exchange.tombstone(store, table, uuid)
        if mine is not None and mine.hlc is not None and mine.hlc >= stamp:
            continue
        here = exchange.rows_by_uuid(store, table, [uuid], pair_uuid).get(uuid)
        if here is not None:
            if here["visibility"] not in exchange.SHARED:
                continue  # private here: this desk's own, never the partner's to remove
            version = exchange.versions_of(store, [(table, uuid)]).get((table, uuid))
            older = exchange.field_clocks(store, [(table, uuid)]).get((table, uuid), {})
            seen_here = older.get("visibility", version[0]) if version else ""
            written_here = here["author_role"] == ctx.own_role
            if written_here and stone["reason"] == "unshared" and seen_here > stamp:
                continue  # shared again here, by its author, after they hid their copy
            if written_here and not (
                stone["reason"] == "deleted" and _changed_after(store, table, uuid, stamp)
            ):
                # Written on this desk: the partner removed only their copy. It stays here,
                # and stops being shared (so it does not come back to them unasked).
                _stop_sharing(store, table, here, stamp, older, version)
                hidden[table] += 1
                # Their removal is kept: should this desk delete its private copy, an older
                # file of theirs that still carries the row never brings it back.
                _keep_removal(store, (table, uuid), pair_uuid, stone["reason"], stamp)
                continue
            # Written there: un-shared by its author, it leaves whoever changed who sees it
            # here; deleted there, it leaves unless changed here after.
            if stone["reason"] == "deleted" and _changed_after(store, table, uuid, stamp):
                # Kept, and sent again with what hangs under it (their delete took that too).
                _send_again(store, ctx, rows.closure(store, table, uuid))
                continue
            rows.put(store, {(table, uuid): None})
            exchange.forget(store, table, uuid)
            deleted[table] += 1
        elif exchange.row_exists(store, table, uuid):
            continue  # a row of another pair of this desk: not the partner's to remove
        _keep_removal(store, (table, uuid), pair_uuid, stone["reason"], stamp)
    return deleted, hidden


def _cascade(store: Store, table: str, uuid: str) -> list[Ref]:
    """A row and the rows that cannot live without it (REQUIRED links), all the way down:
    what deleting it takes along."""
    found: list[Ref] = []
    pending: list[Ref] = [(table, uuid)]
    while pending:
        ref = pending.pop()
        if ref in found:
            continue
        found.append(ref)
        for child, links in REQUIRED.items():
            for column, parent in links.items():
                if parent == ref[0]:
                    pending += [
                        (child, u) for u in exchange.referencing(store, child, column, {ref[1]})
                    ]
    return found


def _outlives(
    stone: exchange.Tombstone, row: Row, row_hlc: str, theirs: dict[str, str], ctx: Context
) -> bool:
    """Whether a partner's copy of a row this desk removed comes back. A delete gives way
    to a later change of the row (or the row sent again: `row_hlc`). An un-share gives way
    only to sharing the row again later by whoever may: the partner, after their own
    un-share; after this desk's, only the row's author. Never to the other person's edit,
    since the author's un-share took the row off their desk whatever they did meanwhile."""
    if stone.hlc is None:
        return False
    if stone.reason != "unshared":
        return row_hlc > stone.hlc
    theirs_to_share = not stone.hlc.endswith(ctx.own_desk) or row["author_role"] != ctx.own_role
    return theirs_to_share and theirs.get("visibility", "") > stone.hlc


def _changed_after(store: Store, table: str, uuid: str, stamp: str) -> bool:
    """Whether the row, or a row its delete would take along, changed here after `stamp`."""
    versions = exchange.versions_of(store, _cascade(store, table, uuid))
    return any(version[0] > stamp for version in versions.values())


def _stop_sharing(
    store: Store,
    table: str,
    row: Row,
    stamp: str,
    older: dict[str, str],
    version: tuple[str, str] | None,
) -> None:
    """Make a row private here as of the partner's tombstone `stamp`, its other fields
    keeping their clocks (so nothing of it is news for the partner)."""
    kept = dict(row, visibility="private")
    rows.put(store, {(table, row["uuid"]): kept})
    names = [n for n in kept if n not in FIXED]
    clocks = full_clocks(version[0], older, names) if version else dict.fromkeys(names, stamp)
    clocks["visibility"] = max(clocks.get("visibility", ""), stamp)
    top, rest = older_clocks(clocks)
    exchange.set_version(store, table, row["uuid"], top, exchange_merge.fingerprint(kept))
    exchange.set_field_clocks(store, table, row["uuid"], rest)


def _send_again(store: Store, ctx: Context, refs: list[Ref]) -> None:
    """Give rows a new row clock, their fields keeping theirs, so the next file carries
    them whole (to a desk that deleted them) without winning any field they did not."""
    for table, uuid in refs:
        if table not in exchange.BELONGS:
            continue
        ref = (table, uuid)
        version = exchange.versions_of(store, [ref]).get(ref)
        row = exchange.field_value(store, table, uuid, "uuid")
        if version is None or row is None:
            continue
        names = [n for n in schema.columns(table) if n not in FIXED]
        older = exchange.field_clocks(store, [ref]).get(ref, {})
        exchange.set_field_clocks(store, table, uuid, full_clocks(version[0], older, names))
        exchange.set_version(store, table, uuid, ctx.new_tick(), version[1])


def _keep_removal(store: Store, ref: Ref, pair_uuid: str, reason: str, stamp: str) -> None:
    """Remember a removal of `ref` (the partner's, or this desk's answer) with its clock."""
    exchange.put_tombstone(store, exchange.Tombstone(ref[0], ref[1], pair_uuid, reason, stamp))


def _links_hold(
    store: Store,
    table: str,
    row: Row,
    state: dict[Ref, Row | None],
    arriving: frozenset[str] = frozenset(),
) -> bool:
    """Clear optional links to rows not on this desk; False when a required parent is not.
    A link to a row of the same table (an item carried from another) holds when that row
    is in the file (`arriving`), later in its list."""

    def present(target: str, uuid: str) -> bool:
        if (target, uuid) in state:
            return state[(target, uuid)] is not None
        if target == table and uuid in arriving:
            return True
        return exchange.row_exists(store, target, uuid)

    for column, target in REQUIRED.get(table, {}).items():
        if not present(target, row[column]):
            return False
    for column, target in OPTIONAL.get(table, {}).items():
        if row[column] is not None and not present(target, row[column]):
            row[column] = None
    return True


def _same_link_merged(store: Store, table: str, row: Row, state: dict[Ref, Row | None]) -> bool:
    """For a link row new here: False when this desk has the same link under a smaller id
    (or private: it is this desk's own), which the partner will take in its place; else
    True, a same link here under a larger id having made way (both desks keep the smaller)."""
    if table not in NATURAL_KEYS:
        return True
    first, second = NATURAL_KEYS[table]
    found = exchange.same_link(store, table, (first, second), (row[first], row[second]))
    for uuid, visibility in found:
        if uuid == row["uuid"]:
            continue
        if (table, uuid) in state and state[(table, uuid)] is None:
            continue  # removed by this file already
        if uuid < row["uuid"] or visibility not in exchange.SHARED:
            return False
        state[(table, uuid)] = None
        exchange.forget(store, table, uuid)
        exchange.lift_tombstone(store, table, uuid)
    return True


def _keep_texts(store: Store, table: str, row: Row, clocks: dict[str, str]) -> None:
    for name in exchange_merge.LONG_TEXT.get(table, ()):
        if name in row:
            exchange.keep_text(store, table, row["uuid"], name, clocks[name], row[name], True)


def apply(store: Store, ctx: Context, pair_uuid: str, document: Row) -> Outcome:
    """Merge the file's tombstones, rows and pair row into the pair `pair_uuid`."""
    deleted, hidden = _tombstones(store, ctx, pair_uuid, document)
    offered = len(document.get("tombstones", []))
    changed: Counter[str] = Counter()
    state: dict[Ref, Row | None] = {}
    marks: dict[Ref, dict[str, str]] = {}
    shared_again: list[Ref] = []
    for table in exchange.BELONGS:
        incoming_rows = document["rows"].get(table, [])
        if not incoming_rows:
            continue
        uuids = [row["uuid"] for row in incoming_rows]
        arriving = frozenset(uuids)
        local = exchange.rows_by_uuid(store, table, uuids, pair_uuid)
        refs = [(table, uuid) for uuid in uuids]
        versions = exchange.versions_of(store, refs)
        older = exchange.field_clocks(store, refs)
        for incoming in incoming_rows:
            offered += 1
            row = dict(incoming)
            row_hlc, their_older = row.pop("_hlc"), row.pop("_clocks")
            if "pair_uuid" in row:
                row["pair_uuid"] = pair_uuid
            ref = (table, row["uuid"])
            names = [n for n in row if n not in FIXED]
            theirs = full_clocks(row_hlc, their_older, names)
            ctx.clock = exchange_merge.absorb(ctx.clock, row_hlc)
            stone = exchange.tombstone(store, *ref)
            mine = local.get(row["uuid"])
            if mine is None:
                if exchange.row_exists(store, *ref):
                    continue  # the same id in another pair of this desk: never merged
                if stone is not None and not _outlives(stone, row, row_hlc, theirs, ctx):
                    continue  # removed here, and this is not a later change
                if not _links_hold(store, table, row, state, arriving):
                    continue
                if not _same_link_merged(store, table, row, state):
                    continue
                if stone is not None:
                    exchange.lift_tombstone(store, *ref)
                state[ref], marks[ref] = row, theirs
                _keep_texts(store, table, row, theirs)
                changed[table] += 1
                continue
            seen = versions.get(ref)
            my_clocks = full_clocks(seen[0], older.get(ref, {}), names) if seen else {}
            if mine["visibility"] not in exchange.SHARED and mine["author_role"] == ctx.own_role:
                # Private here, written here: only this desk shares it again, so what was
                # written while private never leaves through the partner's change.
                row.pop("visibility", None)
                if theirs.get("visibility", "") > my_clocks.get("visibility", ""):
                    # They shared it again after they hid it (which made it private here):
                    # this desk's own un-share answers, so their copy follows.
                    _keep_removal(store, ref, pair_uuid, "unshared", ctx.new_tick())
            merged, clocks = exchange_merge.merge_row(
                store, ctx, table, mine, my_clocks, row, theirs
            )
            if clocks == my_clocks and merged == mine:
                continue
            if merged != mine:
                if not _links_hold(store, table, merged, state, arriving):
                    continue
                state[ref] = merged
                changed[table] += 1
                if mine["visibility"] not in exchange.SHARED:
                    shared_again.append(ref)
                if stone is not None and merged["visibility"] in exchange.SHARED:
                    exchange.lift_tombstone(store, *ref)
            marks[ref] = clocks
    _pair_row(store, ctx, pair_uuid, document.get("pair_row"), state, marks, changed)
    rows.put(store, state)
    _record(store, pair_uuid, marks)
    for table, uuid in shared_again:
        # Private here until the partner's change shared it: what was written here
        # meanwhile never left, so the row and what hangs under it go back whole.
        written = state.get((table, uuid))
        if written is not None and written["visibility"] in exchange.SHARED:
            _send_again(store, ctx, rows.closure(store, table, uuid))
    now = models.utc_now()
    for table, uuid, name, texts in ctx.conflicts:
        exchange.open_conflict(store, table, uuid, name, texts, now)
    return Outcome(dict(changed), offered, dict(deleted), dict(hidden))


def _pair_row(
    store: Store,
    ctx: Context,
    pair_uuid: str,
    incoming: Row | None,
    state: dict[Ref, Row | None],
    marks: dict[Ref, dict[str, str]],
    changed: Counter[str],
) -> None:
    """The pair's own row, field by field, like any other."""
    if not incoming:
        return
    ref = ("pairs", pair_uuid)
    fields = {k: v for k, v in incoming.items() if not k.startswith("_")}
    theirs = full_clocks(incoming["_hlc"], incoming["_clocks"], fields)
    ctx.clock = exchange_merge.absorb(ctx.clock, incoming["_hlc"])
    mine = exchange.rows_by_uuid(store, "pairs", [pair_uuid], pair_uuid)[pair_uuid]
    seen = exchange.versions_of(store, [ref]).get(ref)
    names = [n for n in mine if n not in FIXED]
    older = exchange.field_clocks(store, [ref]).get(ref, {})
    my_clocks = full_clocks(seen[0], older, names) if seen else dict.fromkeys(names, "")
    merged, clocks = exchange_merge.merge_row(store, ctx, "pairs", mine, my_clocks, fields, theirs)
    if merged != mine:
        state[ref] = merged
        changed["pairs"] += 1
    if clocks != my_clocks:
        marks[ref] = clocks


def _record(store: Store, pair_uuid: str, marks: dict[Ref, dict[str, str]]) -> None:
    """The merged rows' clocks and fingerprints, from the rows as written."""
    by_table: dict[str, list[str]] = {}
    for table, uuid in marks:
        by_table.setdefault(table, []).append(uuid)
    for table, uuids in by_table.items():
        written = exchange.rows_by_uuid(store, table, uuids, pair_uuid)
        for uuid in uuids:
            if uuid not in written:
                continue
            known = {k: v for k, v in marks[(table, uuid)].items() if v}
            if not known:
                continue
            top, rest = older_clocks(known)
            exchange.set_version(store, table, uuid, top, exchange_merge.fingerprint(written[uuid]))
            exchange.set_field_clocks(store, table, uuid, rest)

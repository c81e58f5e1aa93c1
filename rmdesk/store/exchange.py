"""The rows of one pair for the pair exchange, and the clock tables of migration 0006."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from rmdesk.store import schema
from rmdesk.store.db import Store

# Every table whose rows belong to a pair, parents first, with how a row finds its pair.
BELONGS: dict[str, str] = {
    "goals": "pair_uuid = :pair",
    "goal_status_changes": "goal_uuid IN (SELECT uuid FROM goals WHERE pair_uuid = :pair)",
    "milestones": "goal_uuid IN (SELECT uuid FROM goals WHERE pair_uuid = :pair)",
    "progress_updates": "goal_uuid IN (SELECT uuid FROM goals WHERE pair_uuid = :pair)",
    "meetings": "pair_uuid = :pair",
    "topics": "pair_uuid = :pair",
    "agenda_items": "meeting_uuid IN (SELECT uuid FROM meetings WHERE pair_uuid = :pair)",
    "action_items": "pair_uuid = :pair",
    "meeting_goals": "meeting_uuid IN (SELECT uuid FROM meetings WHERE pair_uuid = :pair)",
    "reflections": "pair_uuid = :pair",
    "reflection_goals": "reflection_uuid IN (SELECT uuid FROM reflections WHERE pair_uuid = :pair)",
    "pulses": "pair_uuid = :pair",
    "self_assessments": "pair_uuid = :pair",
    "commitments": "pair_uuid = :pair",
}
SHARED = ("pair", "coordinator")


def pair_rows(store: Store, pair_uuid: str, shared_only: bool) -> dict[str, list[dict[str, Any]]]:
    """The pair's rows by table; with shared_only, only those marked pair or coordinator
    (the first of the two checks that private rows never travel)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for table, where in BELONGS.items():
        names = schema.columns(table)
        sql = f"SELECT {', '.join(names)} FROM {table} WHERE {where}"
        if shared_only:
            sql += " AND visibility IN ('pair', 'coordinator')"
        rows = store.conn.execute(sql + " ORDER BY uuid", {"pair": pair_uuid}).fetchall()
        out[table] = [dict(zip(names, row, strict=True)) for row in rows]
    return out


def clock(store: Store) -> str | None:
    row = store.conn.execute("SELECT hlc FROM exchange_clock WHERE id = 1").fetchone()
    return row[0] if row else None


def set_clock(store: Store, hlc: str) -> None:
    store.conn.execute(
        "INSERT INTO exchange_clock (id, hlc) VALUES (1, ?) "
        "ON CONFLICT(id) DO UPDATE SET hlc = excluded.hlc",
        (hlc,),
    )


def versions(store: Store) -> dict[tuple[str, str], tuple[str, str]]:
    """(table, uuid) -> (hlc, fingerprint) for every row the exchange has seen."""
    rows = store.conn.execute("SELECT table_name, uuid, hlc, fingerprint FROM exchange_versions")
    return {(t, u): (h, f) for t, u, h, f in rows}


def set_version(store: Store, table: str, uuid: str, hlc: str, fingerprint: str) -> None:
    store.conn.execute(
        "INSERT INTO exchange_versions (table_name, uuid, hlc, fingerprint) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(table_name, uuid) DO UPDATE SET hlc = excluded.hlc, "
        "fingerprint = excluded.fingerprint",
        (table, uuid, hlc, fingerprint),
    )


def existing(store: Store, table: str, uuids: list[str]) -> set[str]:
    """Which of these uuids exist in `table` (links are kept only to rows that do)."""
    found: set[str] = set()
    for start in range(0, len(uuids), 500):
        chunk = uuids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        found |= {
            r[0]
            for r in store.conn.execute(f"SELECT uuid FROM {table} WHERE uuid IN ({marks})", chunk)
        }
    return found


# --- migration 0008: field clocks, changed rows, merge bases, tombstones, acks, conflicts ---

PAIR_WHERE = "uuid = :pair"
Ref = tuple[str, str]


def _where(table: str) -> str:
    return PAIR_WHERE if table == "pairs" else BELONGS[table]


def rows_by_uuid(
    store: Store, table: str, uuids: list[str], pair_uuid: str
) -> dict[str, dict[str, Any]]:
    """Rows of the pair in `table` with these uuids (missing ones are simply absent)."""
    names = schema.columns(table)
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(uuids), 500):
        chunk = uuids[start : start + 500]
        params: dict[str, Any] = {"pair": pair_uuid}
        params.update({f"u{i}": uuid for i, uuid in enumerate(chunk)})
        marks = ", ".join(f":u{i}" for i in range(len(chunk)))
        sql = (
            f"SELECT {', '.join(names)} FROM {table} WHERE ({_where(table)}) AND uuid IN ({marks})"
        )
        for row in store.conn.execute(sql, params):
            found[row[0]] = dict(zip(names, row, strict=True))
    return found


def shared_uuids(store: Store, table: str, uuids: set[str], pair_uuid: str) -> set[str]:
    """Which of these rows of the pair are marked for the pair (pair or coordinator)."""
    return {
        uuid
        for uuid, row in rows_by_uuid(store, table, sorted(uuids), pair_uuid).items()
        if row["visibility"] in SHARED
    }


def referencing(store: Store, table: str, column: str, uuids: set[str]) -> list[str]:
    """The uuids of rows of `table` whose `column` points at one of `uuids`."""
    found: list[str] = []
    listed = sorted(uuids)
    for start in range(0, len(listed), 500):
        chunk = listed[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        found += [
            r[0]
            for r in store.conn.execute(
                f"SELECT uuid FROM {table} WHERE {column} IN ({marks})", chunk
            )
        ]
    return found


def dirty(store: Store) -> list[tuple[str, str, dict[str, Any] | None]]:
    """Rows changed since the exchange last looked: (table, uuid, content before or None)."""
    out = []
    for table, uuid, old in store.conn.execute(
        "SELECT table_name, uuid, old FROM exchange_dirty ORDER BY table_name, uuid"
    ):
        out.append((table, uuid, json.loads(old) if old is not None else None))
    return out


def clear_dirty(store: Store, refs: list[Ref] | None = None) -> None:
    if refs is None:
        store.conn.execute("DELETE FROM exchange_dirty")
        return
    store.conn.executemany("DELETE FROM exchange_dirty WHERE table_name = ? AND uuid = ?", refs)


def versions_of(store: Store, refs: list[Ref]) -> dict[Ref, tuple[str, str]]:
    """versions() for just these rows."""
    out: dict[Ref, tuple[str, str]] = {}
    for table, uuid in refs:
        row = store.conn.execute(
            "SELECT hlc, fingerprint FROM exchange_versions WHERE table_name = ? AND uuid = ?",
            (table, uuid),
        ).fetchone()
        if row:
            out[(table, uuid)] = (row[0], row[1])
    return out


def changed_since(store: Store, hlc: str | None) -> dict[str, list[str]]:
    """table -> uuids of rows whose clock is later than `hlc` (every row when None)."""
    if hlc is None:
        cursor = store.conn.execute("SELECT table_name, uuid FROM exchange_versions")
    else:
        cursor = store.conn.execute(
            "SELECT table_name, uuid FROM exchange_versions WHERE hlc > ?", (hlc,)
        )
    out: dict[str, list[str]] = {}
    for table, uuid in cursor:
        out.setdefault(table, []).append(uuid)
    return out


def field_clocks(store: Store, refs: list[Ref]) -> dict[Ref, dict[str, str]]:
    """Fields whose clock is older than their row's, per row (absent: all at the row's)."""
    out: dict[Ref, dict[str, str]] = {}
    for table, uuid in refs:
        row = store.conn.execute(
            "SELECT clocks FROM exchange_field_clocks WHERE table_name = ? AND uuid = ?",
            (table, uuid),
        ).fetchone()
        if row:
            out[(table, uuid)] = json.loads(row[0])
    return out


def set_field_clocks(store: Store, table: str, uuid: str, clocks: dict[str, str]) -> None:
    if not clocks:
        store.conn.execute(
            "DELETE FROM exchange_field_clocks WHERE table_name = ? AND uuid = ?", (table, uuid)
        )
        return
    store.conn.execute(
        "INSERT INTO exchange_field_clocks (table_name, uuid, clocks) VALUES (?, ?, ?) "
        "ON CONFLICT(table_name, uuid) DO UPDATE SET clocks = excluded.clocks",
        (table, uuid, json.dumps(clocks, sort_keys=True)),
    )


def forget(store: Store, table: str, uuid: str) -> None:
    """A row gone for good (deleted by a tombstone): drop its clocks and merge bases."""
    for sql in (
        "DELETE FROM exchange_versions WHERE table_name = ? AND uuid = ?",
        "DELETE FROM exchange_field_clocks WHERE table_name = ? AND uuid = ?",
        "DELETE FROM exchange_texts WHERE table_name = ? AND uuid = ?",
    ):
        store.conn.execute(sql, (table, uuid))


# merge bases of long text


def keep_text(
    store: Store,
    table: str,
    uuid: str,
    field: str,
    hlc: str,
    text: str,
    shared: bool,
    merged_from: str | None = None,
) -> None:
    store.conn.execute(
        "INSERT INTO exchange_texts (table_name, uuid, field, hlc, text, shared, merged_from) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(table_name, uuid, field, hlc) "
        "DO UPDATE SET shared = max(shared, excluded.shared)",
        (table, uuid, field, hlc, text, int(shared), merged_from),
    )


def merged_from(store: Store, table: str, uuid: str, field: str, hlc: str) -> str | None:
    """For a text this desk merged (and has not edited since): the clock of its own text
    that went into the merge."""
    row = store.conn.execute(
        "SELECT merged_from FROM exchange_texts WHERE table_name = ? AND uuid = ? "
        "AND field = ? AND hlc = ?",
        (table, uuid, field, hlc),
    ).fetchone()
    return row[0] if row else None


def had_text(store: Store, table: str, uuid: str, field: str, text: str) -> bool:
    """Whether this desk had exactly this text of the field since the partner last
    acknowledged (a merge both desks made alike, say); if so it is now common ground."""
    found = store.conn.execute(
        "SELECT hlc FROM exchange_texts WHERE table_name = ? AND uuid = ? AND field = ? "
        "AND shared = 0 AND text = ? ORDER BY hlc DESC LIMIT 1",
        (table, uuid, field, text),
    ).fetchone()
    if found is None:
        return False
    store.conn.execute(
        "UPDATE exchange_texts SET shared = 1 WHERE table_name = ? AND uuid = ? AND field = ? "
        "AND hlc = ?",
        (table, uuid, field, found[0]),
    )
    return True


def acknowledge_texts(store: Store, upto: str, own_desk: str) -> None:
    """Texts this desk sent with clocks up to `upto`: the partner now has them."""
    store.conn.execute(
        "UPDATE exchange_texts SET shared = 1 WHERE shared = 0 AND hlc <= ? AND hlc LIKE ?",
        (upto, f"%.{own_desk}"),
    )
    # Versions older than one both desks have are never a merge's base again.
    store.conn.execute(
        "DELETE FROM exchange_texts AS t WHERE EXISTS (SELECT 1 FROM exchange_texts AS kept "
        "WHERE kept.table_name = t.table_name AND kept.uuid = t.uuid "
        "AND kept.field = t.field AND kept.shared = 1 AND kept.hlc > t.hlc)"
    )


def base_text(store: Store, table: str, uuid: str, field: str) -> tuple[str, str] | None:
    """(hlc, text) of the latest version of a field both desks are known to have; older
    versions are dropped, they are never needed again."""
    row = store.conn.execute(
        "SELECT hlc, text FROM exchange_texts WHERE table_name = ? AND uuid = ? AND field = ? "
        "AND shared = 1 ORDER BY hlc DESC LIMIT 1",
        (table, uuid, field),
    ).fetchone()
    if row is None:
        return None
    store.conn.execute(
        "DELETE FROM exchange_texts WHERE table_name = ? AND uuid = ? AND field = ? AND hlc < ?",
        (table, uuid, field, row[0]),
    )
    return row[0], row[1]


# tombstones


@dataclass(frozen=True)
class Tombstone:
    table: str
    uuid: str
    pair_uuid: str
    reason: str
    hlc: str | None


def note_tombstone(
    store: Store, table: str, uuid: str, pair_uuid: str, reason: str, at: str
) -> None:
    """A row the user deleted or made private: it leaves the partner's desk at the next
    exchange. A later change of the row (un-deleted, shared again) lifts it in refresh."""
    store.conn.execute(
        "INSERT INTO exchange_tombstones (table_name, uuid, pair_uuid, reason, noted_at, hlc) "
        "VALUES (?, ?, ?, ?, ?, NULL) ON CONFLICT(table_name, uuid) DO UPDATE SET "
        "reason = excluded.reason, noted_at = excluded.noted_at, hlc = NULL",
        (table, uuid, pair_uuid, reason, at),
    )


def put_tombstone(store: Store, stone: Tombstone) -> None:
    store.conn.execute(
        "INSERT INTO exchange_tombstones (table_name, uuid, pair_uuid, reason, noted_at, hlc) "
        "VALUES (?, ?, ?, ?, '', ?) ON CONFLICT(table_name, uuid) DO UPDATE SET "
        "reason = excluded.reason, hlc = excluded.hlc",
        (stone.table, stone.uuid, stone.pair_uuid, stone.reason, stone.hlc),
    )


def unstamped_tombstones(store: Store, pair_uuid: str) -> list[tuple[str, str, str]]:
    """(noted_at, table, uuid) of the pair's tombstones not yet given a clock value."""
    return [
        (r[0], r[1], r[2])
        for r in store.conn.execute(
            "SELECT noted_at, table_name, uuid FROM exchange_tombstones "
            "WHERE pair_uuid = ? AND hlc IS NULL ORDER BY noted_at, table_name, uuid",
            (pair_uuid,),
        )
    ]


def stamp_tombstone(store: Store, table: str, uuid: str, hlc: str) -> None:
    store.conn.execute(
        "UPDATE exchange_tombstones SET hlc = ? WHERE table_name = ? AND uuid = ?",
        (hlc, table, uuid),
    )


def tombstones_since(store: Store, pair_uuid: str, hlc: str | None) -> list[Tombstone]:
    sql = (
        "SELECT table_name, uuid, pair_uuid, reason, hlc FROM exchange_tombstones "
        "WHERE pair_uuid = ? AND hlc IS NOT NULL"
    )
    params: tuple[Any, ...] = (pair_uuid,)
    if hlc is not None:
        sql += " AND hlc > ?"
        params = (pair_uuid, hlc)
    return [Tombstone(*r) for r in store.conn.execute(sql + " ORDER BY hlc", params)]


def tombstone(store: Store, table: str, uuid: str) -> Tombstone | None:
    row = store.conn.execute(
        "SELECT table_name, uuid, pair_uuid, reason, hlc FROM exchange_tombstones "
        "WHERE table_name = ? AND uuid = ?",
        (table, uuid),
    ).fetchone()
    return Tombstone(*row) if row else None


def lift_tombstone(store: Store, table: str, uuid: str) -> None:
    store.conn.execute(
        "DELETE FROM exchange_tombstones WHERE table_name = ? AND uuid = ?", (table, uuid)
    )


def is_paired(store: Store) -> bool:
    return store.conn.execute("SELECT 1 FROM partners LIMIT 1").fetchone() is not None


def paired(store: Store, pair_uuid: str) -> bool:
    return (
        store.conn.execute("SELECT 1 FROM partners WHERE pair_uuid = ?", (pair_uuid,)).fetchone()
        is not None
    )


# acknowledgements


@dataclass(frozen=True)
class Acks:
    received_upto: str | None = None  # the partner's clock up to which we merged their files
    partner_has: str | None = None  # our clock up to which the partner merged ours
    first_merged_at: str | None = None


def acks(store: Store, pair_uuid: str) -> Acks | None:
    row = store.conn.execute(
        "SELECT received_upto, partner_has, first_merged_at FROM exchange_acks WHERE pair_uuid = ?",
        (pair_uuid,),
    ).fetchone()
    return Acks(*row) if row else None


def set_acks(store: Store, pair_uuid: str, value: Acks) -> None:
    store.conn.execute(
        "INSERT INTO exchange_acks (pair_uuid, received_upto, partner_has, first_merged_at) "
        "VALUES (?, ?, ?, ?) ON CONFLICT(pair_uuid) DO UPDATE SET "
        "received_upto = excluded.received_upto, partner_has = excluded.partner_has, "
        "first_merged_at = excluded.first_merged_at",
        (pair_uuid, value.received_upto, value.partner_has, value.first_merged_at),
    )


# conflicts


@dataclass(frozen=True)
class Conflict:
    id: int
    table: str
    uuid: str
    field: str
    base: str
    mine: str
    theirs: str
    opened_at: str


def open_conflict(
    store: Store, table: str, uuid: str, field: str, texts: tuple[str, str, str], at: str
) -> None:
    """Record (or renew) the open conflict of one field: base, mine, theirs."""
    base, mine, theirs = texts
    store.conn.execute(
        "UPDATE exchange_conflicts SET resolved_at = ? WHERE table_name = ? AND uuid = ? "
        "AND field = ? AND resolved_at IS NULL",
        (at, table, uuid, field),
    )
    store.conn.execute(
        "INSERT INTO exchange_conflicts (table_name, uuid, field, base, mine, theirs, opened_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (table, uuid, field, base, mine, theirs, at),
    )


def open_conflicts(store: Store) -> list[Conflict]:
    return [
        Conflict(*r)
        for r in store.conn.execute(
            "SELECT id, table_name, uuid, field, base, mine, theirs, opened_at "
            "FROM exchange_conflicts WHERE resolved_at IS NULL ORDER BY opened_at, id"
        )
    ]


def close_conflict(store: Store, conflict_id: int, at: str) -> None:
    store.conn.execute(
        "UPDATE exchange_conflicts SET resolved_at = ? WHERE id = ?", (at, conflict_id)
    )


def reopen_conflict(store: Store, conflict_id: int) -> None:
    """Open a resolved conflict again (its resolution was undone)."""
    store.conn.execute(
        "UPDATE exchange_conflicts SET resolved_at = NULL WHERE id = ?", (conflict_id,)
    )


def field_value(store: Store, table: str, uuid: str, field: str) -> Any:
    """One field of one row (None when the row is gone)."""
    if field not in schema.columns(table):
        raise ValueError(f"{table} has no field {field}")
    row = store.conn.execute(f"SELECT {field} FROM {table} WHERE uuid = ?", (uuid,)).fetchone()
    return row[0] if row else None


def set_field(store: Store, table: str, uuid: str, field: str, value: Any, at: str) -> None:
    """Change one field of one row (a resolved conflict), with updated_at."""
    if field not in schema.columns(table):
        raise ValueError(f"{table} has no field {field}")
    store.conn.execute(
        f"UPDATE {table} SET {field} = ?, updated_at = ? WHERE uuid = ?", (value, at, uuid)
    )


def same_link(
    store: Store, table: str, columns: tuple[str, str], values: tuple[str, str]
) -> list[tuple[str, str]]:
    """(uuid, visibility) of the rows of a link table linking these two rows."""
    if not set(columns) <= set(schema.columns(table)):
        raise ValueError(f"{table} has no columns {columns}")
    first, second = columns
    sql = f"SELECT uuid, visibility FROM {table} WHERE {first} = ? AND {second} = ? ORDER BY uuid"
    return [(r[0], r[1]) for r in store.conn.execute(sql, values)]


def row_exists(store: Store, table: str, uuid: str) -> bool:
    return (
        store.conn.execute(f"SELECT 1 FROM {table} WHERE uuid = ?", (uuid,)).fetchone() is not None
    )

"""The partner's desk of each pair (migration 0005): keys, confirmation, exchange dates."""

from __future__ import annotations

from dataclasses import astuple, dataclass, fields

from rmdesk.store.db import Store


@dataclass(frozen=True)
class Partner:
    """One row of `partners`. Kept out of domain.models and schema.TABLES on purpose: it is
    this desk's pairing state, not an entry, so it is never dumped or exchanged."""

    pair_uuid: str
    shared_uuid: str
    role: str
    name: str
    desk_id: str
    signing_key: str
    age_recipient: str
    own_signing_key: str
    joined_at: str
    confirmed_at: str | None = None
    last_sent: str | None = None
    last_received: str | None = None


COLUMNS = tuple(f.name for f in fields(Partner))


def get(store: Store, pair_uuid: str) -> Partner | None:
    row = store.conn.execute(
        f"SELECT {', '.join(COLUMNS)} FROM partners WHERE pair_uuid = ?", (pair_uuid,)
    ).fetchone()
    return Partner(*row) if row else None


def any_partner(store: Store) -> bool:
    """Whether any pair on this desk was ever paired with a partner's desk."""
    return store.conn.execute("SELECT 1 FROM partners LIMIT 1").fetchone() is not None


def by_shared(store: Store, shared_uuid: str) -> Partner | None:
    """The partner row whose pair both desks know by `shared_uuid` (a linked pair)."""
    row = store.conn.execute(
        f"SELECT {', '.join(COLUMNS)} FROM partners WHERE shared_uuid = ?", (shared_uuid,)
    ).fetchone()
    return Partner(*row) if row else None


def put(store: Store, partner: Partner) -> None:
    """Insert or replace the pair's partner row."""
    marks = ", ".join("?" for _ in COLUMNS)
    with store.atomic():
        store.conn.execute(
            f"INSERT OR REPLACE INTO partners ({', '.join(COLUMNS)}) VALUES ({marks})",
            astuple(partner),
        )

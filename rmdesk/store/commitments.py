"""Commitments: what each person will do differently after the programme (migration 0010)."""

from __future__ import annotations

from typing import Any

from rmdesk.domain import models
from rmdesk.store import records
from rmdesk.store.db import Store

# Open ones first, by the day they are to be looked back at (no day last), then reviewed ones.
_ORDER = (
    "CASE status WHEN 'open' THEN 0 ELSE 1 END, "
    "review_on IS NULL, review_on, reviewed_on DESC, created_at, uuid"
)


def add(store: Store, commitment: models.Commitment) -> models.Commitment:
    return records.insert(store, commitment)


def get(store: Store, uuid: str) -> models.Commitment:
    return records.get(store, models.Commitment, uuid)


def update(store: Store, commitment: models.Commitment, **changes: Any) -> models.Commitment:
    return records.update(store, commitment, **changes)


def delete(store: Store, uuid: str) -> None:
    records.delete(store, models.Commitment, uuid)


def for_pair(store: Store, pair_uuid: str) -> list[models.Commitment]:
    """The pair's commitments, open first by review day."""
    return records.select(store, models.Commitment, "pair_uuid = ?", (pair_uuid,), order=_ORDER)


def due(store: Store, pair_uuid: str, owner: str, today: str) -> list[models.Commitment]:
    """Open commitments of one person whose reminder day has come (uses commitments_pair)."""
    return records.select(
        store,
        models.Commitment,
        "pair_uuid = ? AND status = 'open' AND remind_on IS NOT NULL AND remind_on <= ? "
        "AND owner = ?",
        (pair_uuid, today, owner),
        order="remind_on, created_at, uuid",
    )

"""Pairs: the two people and the programme they share."""

from __future__ import annotations

from rmdesk.domain import models
from rmdesk.store import records
from rmdesk.store.db import Store


def add(store: Store, pair: models.Pair) -> models.Pair:
    return records.insert(store, pair)


def update(store: Store, pair: models.Pair, **changes: object) -> models.Pair:
    return records.update(store, pair, **changes)


def get(store: Store, uuid: str) -> models.Pair:
    return records.get(store, models.Pair, uuid)


def list_all(store: Store, include_archived: bool = True) -> list[models.Pair]:
    """Active pairs first (oldest first), then archived ones."""
    where = "1" if include_archived else "archived_at IS NULL"
    return records.select(
        store, models.Pair, where, order="archived_at IS NOT NULL, created_at, uuid"
    )

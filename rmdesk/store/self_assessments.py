"""The self-assessment's answers (table `self_assessments`, migration 0009)."""

from __future__ import annotations

from typing import Any

from rmdesk.domain import models
from rmdesk.store import records
from rmdesk.store.db import Store


def add(store: Store, answer: models.SelfAssessment) -> models.SelfAssessment:
    return records.insert(store, answer)


def get(store: Store, uuid: str) -> models.SelfAssessment:
    return records.get(store, models.SelfAssessment, uuid)


def update(store: Store, answer: models.SelfAssessment, **changes: Any) -> models.SelfAssessment:
    return records.update(store, answer, **changes)


def delete(store: Store, uuid: str) -> None:
    records.delete(store, models.SelfAssessment, uuid)


def for_pair(
    store: Store,
    pair_uuid: str,
    author_role: str | None = None,
    occasion: str | None = None,
) -> list[models.SelfAssessment]:
    """A pair's answers (of one person, of one occasion, if given), oldest first; where a
    merge left two answers to one item, the later one comes last."""
    where = ["pair_uuid = ?"]
    params: list[Any] = [pair_uuid]
    if author_role is not None:
        where.append("author_role = ?")
        params.append(author_role)
    if occasion is not None:
        where.append("occasion = ?")
        params.append(occasion)
    return records.select(
        store,
        models.SelfAssessment,
        " AND ".join(where),
        tuple(params),
        order="on_date, updated_at, uuid",
    )


def taken(store: Store, pair_uuid: str) -> set[tuple[str, str]]:
    """The (person, occasion) pairs with at least one answer: what the Overview's offer
    needs, from the index alone."""
    rows = store.conn.execute(
        "SELECT DISTINCT author_role, occasion FROM self_assessments WHERE pair_uuid = ?",
        (pair_uuid,),
    )
    return {(row[0], row[1]) for row in rows}

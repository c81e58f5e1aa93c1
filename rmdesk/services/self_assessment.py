"""The self-assessment: a few 1–5 statements each person rates at the start, the mid-point
and the end of the programme (issue 16, "a measure both can see").

Each person's answers are their own: private unless they choose otherwise, one visibility per
take. Taking an occasion again replaces that take (one undoable change). When each occasion
is due comes from the programme's shape: the start from a fortnight before the start date,
the mid-point from half-way to the planned end, the end from a fortnight before the planned
end, or at once when the programme closes (early or not). Nothing is due while paused.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from rmdesk import errors
from rmdesk.domain import enums, models
from rmdesk.i18n import msg
from rmdesk.services import undo, validation
from rmdesk.services.self_assessment_items import Item, item_by_id, items_for
from rmdesk.store import pairs, rows, self_assessments
from rmdesk.store.db import Store

OCCASIONS = enums.values(enums.Occasion)  # in order: start, mid, end
START_EARLY = timedelta(days=14)  # the start's take opens while the pair is preparing
NEAR_END = timedelta(days=14)  # the end's take opens this long before the planned end
CLOSING_PHASES = (enums.Phase.CLOSING.value, enums.Phase.CLOSED.value)


@dataclass(frozen=True)
class Schedule:
    """The day each occasion opens; None where the programme's shape has no such day (no
    planned end: no mid-point, and the end opens only when the pair closes)."""

    start: date
    mid: date | None
    end: date | None

    def opens(self, occasion: str) -> date | None:
        found: date | None = getattr(self, occasion)
        return found

    def current(self, today: date) -> str | None:
        """The latest occasion open by today, or None before the start's opens."""
        found = None
        for occasion in OCCASIONS:
            day = self.opens(occasion)
            if day is not None and day <= today:
                found = occasion
        return found


@dataclass(frozen=True)
class Take:
    """One person's answers on one occasion: the latest answer to each item."""

    author_role: str
    occasion: str
    on_date: str
    visibility: str
    ratings: dict[str, int]  # item id -> 1..5


@dataclass(frozen=True)
class ItemJourney:
    """One item for one person, from start to end (None where not answered)."""

    item: Item
    start: int | None
    mid: int | None
    end: int | None

    def rating(self, occasion: str) -> int | None:
        found: int | None = getattr(self, occasion)
        return found

    @property
    def change(self) -> int | None:
        """End against start; without an end yet, the mid-point against the start."""
        last = self.end if self.end is not None else self.mid
        return None if self.start is None or last is None else last - self.start


def schedule(pair: models.Pair, today: date) -> Schedule:
    """When each occasion opens for this pair (see the module's docstring)."""
    start = date.fromisoformat(pair.start_date) if pair.start_date else today
    planned = date.fromisoformat(pair.planned_end_date) if pair.planned_end_date else None
    mid = None
    ends: list[date] = []
    if planned is not None and planned > start:
        mid = start + (planned - start) / 2
        ends.append(max(planned - NEAR_END, mid + timedelta(days=1)))
    if pair.ended_early_on:
        ends.append(date.fromisoformat(pair.ended_early_on))
    if pair.phase in CLOSING_PHASES:
        ends.append(today)
    end = min(ends) if ends else None
    if mid is not None and end is not None and end <= mid:
        mid = None  # ended before the mid-point: the end's take follows the start's
    return Schedule(start=start - START_EARLY, mid=mid, end=end)


def latest_takes(answers: Iterable[models.SelfAssessment]) -> dict[tuple[str, str], Take]:
    """Answers (oldest first) as takes by (person, occasion); a later answer to an item
    wins, and a take's date and visibility are those of its latest answer."""
    found: dict[tuple[str, str], Take] = {}
    for answer in answers:
        key = (answer.author_role, answer.occasion)
        before = found.get(key)
        ratings = dict(before.ratings) if before else {}
        ratings[answer.item_id] = answer.rating
        found[key] = Take(
            answer.author_role, answer.occasion, answer.on_date, answer.visibility, ratings
        )
    return found


class SelfAssessmentService:
    def __init__(self, store: Store) -> None:
        self._store = store

    # --- reading ---------------------------------------------------------------------------

    def items(self, role: str) -> list[Item]:
        return items_for(validation.clean_role(role))

    def answers(
        self, pair_uuid: str, author_role: str | None = None, occasion: str | None = None
    ) -> list[models.SelfAssessment]:
        """Stored answers, oldest first."""
        return self_assessments.for_pair(self._store, pair_uuid, author_role, occasion)

    def take_of(self, pair_uuid: str, author_role: str, occasion: str) -> Take | None:
        """A person's take on an occasion, or None when not taken."""
        return latest_takes(self.answers(pair_uuid, author_role, occasion)).get(
            (author_role, occasion)
        )

    def schedule(self, pair_uuid: str, today: date) -> Schedule:
        return schedule(pairs.get(self._store, pair_uuid), today)

    def due(self, pair_uuid: str, author_role: str, today: date) -> str | None:
        """The occasion to offer this person today: the latest one open and not yet taken.
        None while paused, before the start's opens, or when the latest is taken."""
        pair = pairs.get(self._store, pair_uuid)
        if pair.paused_on:
            return None
        occasion = schedule(pair, today).current(today)
        if occasion is None:
            return None
        taken = self_assessments.taken(self._store, pair_uuid)
        return None if (author_role, occasion) in taken else occasion

    def journey(self, pair_uuid: str, author_role: str) -> list[ItemJourney]:
        """Each of the person's items with their start, mid and end ratings (the Closure
        view's "how far I came"); items never answered are left out."""
        takes = latest_takes(self.answers(pair_uuid, author_role))
        out = []
        for item in items_for(author_role):
            got = {
                occasion: takes[(author_role, occasion)].ratings.get(item.id)
                if (author_role, occasion) in takes
                else None
                for occasion in OCCASIONS
            }
            if any(value is not None for value in got.values()):
                out.append(ItemJourney(item, got["start"], got["mid"], got["end"]))
        return out

    # --- writing ---------------------------------------------------------------------------

    def take(
        self,
        pair_uuid: str,
        author_role: str,
        occasion: str,
        ratings: Mapping[str, Any],
        visibility: str = enums.Visibility.PRIVATE.value,
        on_date: str | date | None = None,
    ) -> undo.Change:
        """Take (or take again) an occasion: each of the person's items rated 1–5 or left
        out, at least one rated; a retake replaces the earlier take whole. The visibility
        applies to the whole take."""
        return self._write(
            pair_uuid, author_role, occasion, ratings, visibility, on_date, whole_take=True
        )

    def answer(
        self,
        pair_uuid: str,
        author_role: str,
        occasion: str,
        item_id: str,
        rating: Any,
        visibility: str = enums.Visibility.PRIVATE.value,
        on_date: str | date | None = None,
    ) -> undo.Change:
        """One statement's answer on an occasion (`rmdesk add assessment`), replacing an
        earlier answer to it; the take's other answers stay as they are."""
        if rating is None or rating == "":
            raise errors.ValidationError(msg("Give the rating from 1 to 5."), "rating")
        return self._write(
            pair_uuid, author_role, occasion, {item_id: rating}, visibility, on_date, False
        )

    def _write(
        self,
        pair_uuid: str,
        author_role: str,
        occasion: str,
        ratings: Mapping[str, Any],
        visibility: str,
        on_date: str | date | None,
        whole_take: bool,
    ) -> undo.Change:
        role = validation.clean_role(author_role)
        occasion = validation.clean_choice(
            occasion, enums.Occasion, msg("Choose the start, the mid-point or the end."), "occasion"
        )
        visibility = validation.clean_visibility(visibility)
        day = validation.iso_date(on_date or date.today(), msg("date"), "on_date")
        pairs.get(self._store, pair_uuid)
        known = {item.id for item in items_for(role)}
        clean: dict[str, int] = {}
        for item_id, value in ratings.items():
            if item_id not in known:
                raise errors.ValidationError(
                    msg(
                        "{item_id!r} is not one of the {role}'s self-assessment statements.",
                        item_id=item_id,
                        role=role,
                    ),
                    str(item_id),
                )
            rating = validation.clean_rating(value, item_id)
            if rating is not None:
                clean[item_id] = rating
        if not clean:
            raise errors.ValidationError(
                msg("Rate at least one statement from 1 to 5."), items_for(role)[0].id
            )
        existing = self.answers(pair_uuid, role, occasion)
        if not whole_take:
            existing = [answer for answer in existing if answer.item_id in clean]
        label = "Retake the self-assessment" if existing else "Take the self-assessment"

        def operation() -> list[rows.Ref]:
            kept: dict[str, models.SelfAssessment] = {}
            for answer in existing:  # oldest first: the latest answer to an item is kept
                if answer.item_id in kept:
                    self_assessments.delete(self._store, kept[answer.item_id].uuid)
                kept[answer.item_id] = answer
            created: list[rows.Ref] = []
            for item_id, answer in kept.items():
                if item_id not in clean:
                    self_assessments.delete(self._store, answer.uuid)
            for item_id, rating in clean.items():
                fields = {"rating": rating, "visibility": visibility, "on_date": day}
                if item_id in kept:
                    answer = kept[item_id]
                    if any(getattr(answer, k) != v for k, v in fields.items()):
                        self_assessments.update(self._store, answer, **fields)
                else:
                    new = models.SelfAssessment(
                        pair_uuid=pair_uuid,
                        author_role=role,
                        occasion=occasion,
                        item_id=item_id,
                        rating=rating,
                        on_date=day,
                        visibility=visibility,
                    )
                    self_assessments.add(self._store, new)
                    created.append(("self_assessments", new.uuid))
            return created

        return undo.record(
            self._store,
            label,
            [("self_assessments", answer.uuid) for answer in existing],
            operation,
        )

    def delete_answer(self, uuid: str) -> undo.Change:
        """Forget one answer."""
        self_assessments.get(self._store, uuid)
        return undo.record(
            self._store,
            msg("Delete a self-assessment answer"),
            [("self_assessments", uuid)],
            lambda: self_assessments.delete(self._store, uuid),
        )

    def delete_take(self, pair_uuid: str, author_role: str, occasion: str) -> undo.Change:
        """Forget a person's take on an occasion."""
        existing = self.answers(pair_uuid, author_role, occasion)
        if not existing:
            return undo.Change(msg("No change"), {}, {})

        def operation() -> None:
            for answer in existing:
                self_assessments.delete(self._store, answer.uuid)

        return undo.record(
            self._store,
            msg("Delete the self-assessment"),
            [("self_assessments", answer.uuid) for answer in existing],
            operation,
        )

    def apply(self, change: undo.Change, forward: bool) -> None:
        """Redo (forward) or undo a change this service returned."""
        (undo.redo if forward else undo.undo)(self._store, change)


def item_text(item_id: str) -> str | None:
    """An item's statement, or None for an id this rmdesk does not know."""
    found = item_by_id().get(item_id)
    return found.text if found else None


# --- across pairs (the coordinator) -------------------------------------------------------------


@dataclass(frozen=True)
class AcrossRow:
    """One statement for one person's role over many pairs' summaries: the mean rating at
    each occasion (over the pairs that shared one), the mean change of a pair (its end, or
    mid-point, against its start; pairs with both), and how many pairs shared it at all."""

    role: str
    item: str
    text: str
    start: float | None
    mid: float | None
    end: float | None
    change: float | None
    pairs: int


def _mean(values: list[int]) -> float | None:
    return sum(values) / len(values) if values else None


def across_summaries(documents: Iterable[Mapping[str, Any]]) -> list[AcrossRow]:
    """Add up the `self_assessment` rows of progress summaries, one summary per pair (the
    coordinator's table keeps the newest). Shipped statements come in the file's order, any
    other (from a newer rmdesk) after them, by id."""
    found: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
    texts: dict[tuple[str, str], str] = {}
    for document in documents:
        for row in document.get("self_assessment") or []:
            key = (row["role"], row["item"])
            found.setdefault(key, []).append(row)
            texts.setdefault(key, row["text"])
    order = {(item.role, item.id): i for i, item in enumerate(item_by_id().values())}
    out = []
    for key in sorted(found, key=lambda k: (order.get(k, len(order)), k)):
        rows_ = found[key]
        shipped = item_by_id().get(key[1])
        means = {
            occasion: _mean([r[occasion] for r in rows_ if r[occasion] is not None])
            for occasion in OCCASIONS
        }
        changes = []
        for r in rows_:
            last = r["end"] if r["end"] is not None else r["mid"]
            if r["start"] is not None and last is not None:
                changes.append(last - r["start"])
        out.append(
            AcrossRow(
                role=key[0],
                item=key[1],
                text=shipped.text if shipped else texts[key],
                start=means["start"],
                mid=means["mid"],
                end=means["end"],
                change=_mean(changes),
                pairs=len(rows_),
            )
        )
    return out

"""Commitments that outlive the programme: "what I will do differently", one person's each.

A commitment may carry a day to look back at it, which may well fall after the programme has
ended. From that day rmdesk reminds its owner (on their own desk) and asks how it went; the
answer marks it reviewed with a short note. The reminder can be snoozed (`remind_on` moves
on) or dismissed (`remind_on` becomes None) without touching the chosen day. Every change
returns an undo.Change.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from rmdesk import errors
from rmdesk.domain import enums, models
from rmdesk.i18n import msg
from rmdesk.services import undo, validation
from rmdesk.store import commitments, pairs, rows
from rmdesk.store.db import Store

OPEN = enums.CommitmentStatus.OPEN.value
REVIEWED = enums.CommitmentStatus.REVIEWED.value
MAX_TEXT = 1000
MAX_NOTE = 2000
SNOOZE_DAYS = 7
EDITABLE = ("text", "owner", "review_on", "visibility")


class CommitmentService:
    """Add, edit, review, snooze and delete commitments; find the ones due for a look back."""

    def __init__(self, store: Store) -> None:
        self._store = store

    # --- reading ---------------------------------------------------------------------------

    def for_pair(self, pair_uuid: str) -> list[models.Commitment]:
        """Every commitment of the pair: open ones first, by review day."""
        return commitments.for_pair(self._store, pair_uuid)

    def get(self, uuid: str) -> models.Commitment:
        return commitments.get(self._store, uuid)

    def due(self, pair_uuid: str, today: date) -> list[models.Commitment]:
        """My open commitments whose reminder day has come (this desk is its owner's)."""
        pair = pairs.get(self._store, pair_uuid)
        return commitments.due(self._store, pair_uuid, pair.me_role, today.isoformat())

    # --- writing ---------------------------------------------------------------------------

    def add(
        self,
        pair_uuid: str,
        text: str,
        *,
        owner: str | None = None,
        review_on: date | str | None = None,
        visibility: str = enums.Visibility.PRIVATE.value,
        author_role: str | None = None,
    ) -> undo.Change:
        """A new open commitment (owner and author default to me). See created_uuid()."""
        pair = pairs.get(self._store, pair_uuid)
        clean = self._clean(
            pair,
            {
                "text": text,
                "owner": owner or pair.me_role,
                "review_on": review_on,
                "visibility": visibility,
            },
        )
        stamp = models.utc_now()
        commitment = models.Commitment(
            pair_uuid=pair_uuid,
            author_role=validation.clean_role(author_role or pair.me_role),
            remind_on=clean["review_on"],
            created_at=stamp,
            updated_at=stamp,
            **clean,
        )

        def operation() -> list[rows.Ref]:
            commitments.add(self._store, commitment)
            return [("commitments", commitment.uuid)]

        return undo.record(self._store, msg("Add commitment"), [], operation)

    def edit(self, uuid: str, **fields: Any) -> undo.Change:
        """Change text, owner, review day or visibility. A new review day of an open
        commitment also brings its reminder back to that day."""
        commitment = self.get(uuid)
        pair = pairs.get(self._store, commitment.pair_uuid)
        clean = self._clean(pair, fields)
        changed = {k: v for k, v in clean.items() if getattr(commitment, k) != v}
        if "review_on" in changed and commitment.status == OPEN:
            changed["remind_on"] = changed["review_on"]
        return self._update(commitment, msg("Edit commitment"), changed)

    def review(self, uuid: str, note: str, on: date | str | None = None) -> undo.Change:
        """Answer "how did it go?": the commitment is reviewed, on a day (default today)."""
        commitment = self.get(uuid)
        pair = pairs.get(self._store, commitment.pair_uuid)
        day = validation.iso_date(on or date.today(), msg("review day"), "reviewed_on")
        if day > date.today().isoformat():
            raise errors.ValidationError(
                msg("You can say how it went on or before today, not later."), "reviewed_on"
            )
        if day < pair.start_date:
            raise errors.ValidationError(
                msg("The review cannot be before the programme started."), "reviewed_on"
            )
        text = validation.limited_text(note, MAX_NOTE, msg("note"), "review_note")
        changes = {"status": REVIEWED, "reviewed_on": day, "review_note": text, "remind_on": None}
        return self._update(commitment, msg("Review commitment"), changes)

    def reopen(self, uuid: str) -> undo.Change:
        """Back to open (the note is kept, in case it is wanted again); no reminder."""
        commitment = self.get(uuid)
        return self._update(
            commitment, msg("Reopen commitment"), {"status": OPEN, "reviewed_on": None}
        )

    def snooze(self, uuid: str, today: date, days: int = SNOOZE_DAYS) -> undo.Change:
        """Remind again in `days` days (a week by default)."""
        commitment = self.get(uuid)
        if not 1 <= days <= 365:
            raise errors.ValidationError(msg("Snooze for 1 to 365 days."), "remind_on")
        later = (today + timedelta(days=days)).isoformat()
        return self._update(commitment, msg("Snooze reminder"), {"remind_on": later})

    def dismiss(self, uuid: str) -> undo.Change:
        """No more reminders for this commitment; it stays open, its day unchanged."""
        commitment = self.get(uuid)
        return self._update(commitment, msg("Dismiss reminder"), {"remind_on": None})

    def delete(self, uuid: str) -> undo.Change:
        self.get(uuid)
        refs = rows.closure(self._store, "commitments", uuid)
        return undo.record(
            self._store,
            msg("Delete commitment"),
            refs,
            lambda: commitments.delete(self._store, uuid),
        )

    def apply(self, change: undo.Change, forward: bool) -> None:
        """Redo (forward) or undo a change this service returned."""
        (undo.redo if forward else undo.undo)(self._store, change)

    # --- helpers ---------------------------------------------------------------------------

    def _update(
        self, commitment: models.Commitment, label: str, changes: dict[str, Any]
    ) -> undo.Change:
        changed = {k: v for k, v in changes.items() if getattr(commitment, k) != v}

        def operation() -> None:
            if changed:
                commitments.update(self._store, commitment, **changed)

        return undo.record(self._store, label, [("commitments", commitment.uuid)], operation)

    def _clean(self, pair: models.Pair, fields: dict[str, Any]) -> dict[str, Any]:
        clean: dict[str, Any] = {}
        for name, value in fields.items():
            if name not in EDITABLE:
                raise errors.ValidationError(
                    msg(
                        "The {replace} of a commitment cannot be edited here.",
                        replace=name.replace("_", " "),
                    ),
                    name,
                )
            if name == "text":
                text = validation.required_text(
                    value, msg("Say what you will do differently."), name
                )
                if len(text) > MAX_TEXT:
                    raise errors.ValidationError(
                        msg("Keep a commitment under {limit} characters.", limit=MAX_TEXT),
                        name,
                    )
                clean[name] = text
            elif name == "owner":
                clean[name] = validation.clean_choice(
                    value, enums.Role, msg("Choose whose commitment it is: mentor or mentee."), name
                )
            elif name == "review_on":
                day = validation.clean_date(value, msg("review day"), name)
                if day is not None and pair.start_date and day < pair.start_date:
                    raise errors.ValidationError(
                        msg(
                            "Choose a review day after the programme started "
                            "(after it ends is fine)."
                        ),
                        name,
                    )
                clean[name] = day
            elif name == "visibility":
                # Not the coordinator: the summary carries no commitments, and a mark for
                # the coordinator would promise a reader it never reaches.
                if value not in (enums.Visibility.PRIVATE.value, enums.Visibility.PAIR.value):
                    raise errors.ValidationError(
                        msg(
                            "Choose private or pair: the coordinator's summary does not "
                            "carry commitments."
                        ),
                        name,
                    )
                clean[name] = value
        return clean


def created_uuid(change: undo.Change) -> str | None:
    """The uuid of the commitment an add() created."""
    for table, uuid in change.after:
        if table == "commitments" and change.before.get((table, uuid)) is None:
            return uuid
    return None

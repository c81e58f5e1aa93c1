"""Open merge conflicts and resolving them (issue 14, rule 3).

When both people changed the same paragraph of a long text, the merge keeps both versions in
the text and lists a conflict here with the three texts (base, mine, theirs). Resolving one
is an ordinary edit of the field (undoable, and it travels to the partner at the next
exchange). A conflict whose text no longer holds both versions (edited away by hand, or the
partner's resolution arrived) closes by itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from rmdesk import errors
from rmdesk.domain import models
from rmdesk.i18n import msg
from rmdesk.services import exchange_merge, text_merge, undo
from rmdesk.store import exchange, partners
from rmdesk.store.db import Store

Choice = Literal["mine", "theirs", "edited"]
_ENTRY_TITLE = {
    "goals": ("title", "Goal:"),
    "topics": ("title", "Topic:"),
    "meetings": ("starts_at", "Meeting of"),
    "reflections": ("written_on", "Reflection of"),
}


@dataclass(frozen=True)
class OpenConflict:
    """One conflict as the dialog shows it."""

    id: int
    table: str
    uuid: str
    field: str
    what: str  # "a meeting's notes"
    entry: str  # "Meeting of 2026-03-02"
    base: str
    mine: str
    theirs: str
    current: str  # the text now, with both versions in it
    opened_at: str
    partner_name: str = ""


class ConflictService:
    """Lists and resolves the desk's open conflicts."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def _entry(self, table: str, uuid: str) -> str:
        if table == "pairs":
            names = [exchange.field_value(self._store, table, uuid, n) for n in _PAIR_NAMES]
            return f"{names[0]} & {names[1]}"
        column, label = _ENTRY_TITLE.get(table, ("uuid", table))
        value = str(exchange.field_value(self._store, table, uuid, column) or "")
        return f"{label} {value[:10] if column == 'starts_at' else value}".strip()

    def _partner_name(self, table: str, uuid: str) -> str:
        column = "uuid" if table == "pairs" else "pair_uuid"
        pair_uuid = exchange.field_value(self._store, table, uuid, column)
        partner = partners.get(self._store, str(pair_uuid)) if pair_uuid else None
        return partner.name if partner else ""

    def open(self) -> list[OpenConflict]:
        """The open conflicts, oldest first; closes those already resolved another way."""
        out = []
        now = models.utc_now()
        for conflict in exchange.open_conflicts(self._store):
            current = exchange.field_value(
                self._store, conflict.table, conflict.uuid, conflict.field
            )
            if current is None or not text_merge.has_conflict(str(current)):
                if not self._store.read_only:
                    with self._store.atomic():
                        exchange.close_conflict(self._store, conflict.id, now)
                continue
            out.append(
                OpenConflict(
                    id=conflict.id,
                    table=conflict.table,
                    uuid=conflict.uuid,
                    field=conflict.field,
                    what=exchange_merge.FIELD_LABELS.get(
                        (conflict.table, conflict.field), conflict.field
                    ),
                    entry=self._entry(conflict.table, conflict.uuid),
                    base=conflict.base,
                    mine=conflict.mine,
                    theirs=conflict.theirs,
                    current=str(current),
                    opened_at=conflict.opened_at,
                    partner_name=self._partner_name(conflict.table, conflict.uuid),
                )
            )
        return out

    def count(self) -> int:
        return len(self.open())

    def resolve(self, conflict_id: int, choice: Choice, text: str | None = None) -> undo.Change:
        """Keep my version, theirs, or an edited text: an ordinary edit that travels."""
        found = [c for c in self.open() if c.id == conflict_id]
        if not found:
            raise errors.RmdeskError(msg("That conflict is already resolved."))
        conflict = found[0]
        if choice == "mine":
            value = conflict.mine
        elif choice == "theirs":
            value = conflict.theirs
        elif choice == "edited" and text is not None:
            value = text
        else:
            raise errors.ValidationError(
                msg("Choose mine, theirs, or give the edited text."), "text"
            )
        now = models.utc_now()

        def operation() -> None:
            exchange.set_field(
                self._store, conflict.table, conflict.uuid, conflict.field, value, now
            )
            exchange.close_conflict(self._store, conflict.id, now)

        return undo.record(
            self._store, msg("Resolve conflict"), [(conflict.table, conflict.uuid)], operation
        )

    def apply(self, conflict_id: int, change: undo.Change, forward: bool) -> None:
        """Redo or undo a resolution `resolve` returned. Undone, the text has both versions
        in it again and the conflict is listed again; redone, it is closed."""
        with self._store.atomic():
            (undo.redo if forward else undo.undo)(self._store, change)
            if forward:
                exchange.close_conflict(self._store, conflict_id, models.utc_now())
            else:
                exchange.reopen_conflict(self._store, conflict_id)


_PAIR_NAMES = ("mentor_name", "mentee_name")

"""Exact undo for any edit: capture the rows an operation touches before and after.

A service method returns a Change; the UI wraps it in a QUndoCommand whose undo() puts
`before` back and whose redo() puts `after` back. Because whole rows (timestamps included)
are restored, undo returns the desk to exactly its earlier state.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from rmdesk.services import exchange_merge
from rmdesk.store import rows
from rmdesk.store.db import Store

State = dict[rows.Ref, dict[str, Any] | None]


@dataclass(frozen=True)
class Change:
    """What an operation did, in a form that can be undone and redone."""

    label: str
    before: State
    after: State

    @property
    def empty(self) -> bool:
        return self.before == self.after


def record(
    store: Store, label: str, refs: Iterable[rows.Ref], operation: Callable[[], Any]
) -> Change:
    """Run `operation` in one transaction and return the Change over `refs`.

    `refs` must name every row the operation may create, change or delete; rows created
    under new uuids can be added by returning extra refs from the operation.
    """
    wanted = list(dict.fromkeys(refs))
    with store.atomic():
        before = rows.fetch(store, wanted)
        extra = operation()
        if extra:
            for ref in extra:
                if ref not in before:
                    before[ref] = None
                    wanted.append(ref)
        after = rows.fetch(store, wanted)
        exchange_merge.note_removals(store, before, after)
    return Change(label, before, after)


def undo(store: Store, change: Change) -> None:
    with store.atomic():
        rows.put(store, change.before)
        exchange_merge.note_removals(store, change.after, change.before)


def redo(store: Store, change: Change) -> None:
    with store.atomic():
        rows.put(store, change.after)
        exchange_merge.note_removals(store, change.before, change.after)

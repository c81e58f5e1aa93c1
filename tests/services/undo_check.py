"""The exact-undo check the service tests share: undo, redo and undo again, row for row."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rmdesk.services import dump
from rmdesk.services.undo import Change
from rmdesk.store import db


def everything(store: db.Store) -> dict[str, Any]:
    """Every row of every table, as the lossless dump has it."""
    return dump.dump(store)["tables"]


def assert_exact_undo(
    store: db.Store, apply: Callable[[Change, bool], None], operation: Callable[[], Change]
) -> None:
    """The operation changes the desk; undo puts back every row exactly, redo its result."""
    before = everything(store)
    change = operation()
    after = everything(store)
    assert after != before
    apply(change, False)
    assert everything(store) == before
    apply(change, True)
    assert everything(store) == after
    apply(change, False)
    assert everything(store) == before

"""Checks the service tests share: exact undo (undo, redo, undo again, row for row), and a
refusal that names its field and writes nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from rmdesk import errors
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


def assert_refused(
    store: db.Store, action: Callable[[], object], field: str, message: str | None = None
) -> None:
    """The action is refused with a ValidationError about `field` (matching `message`), and
    the desk is left exactly as it was."""
    before = everything(store)
    with pytest.raises(errors.ValidationError, match=message) as caught:
        action()
    assert caught.value.field == field
    assert everything(store) == before

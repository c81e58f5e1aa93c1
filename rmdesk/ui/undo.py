"""QUndoCommands over service Changes: the change is already applied when pushed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from rmdesk.errors import RmdeskError
from rmdesk.services.undo import Change
from rmdesk.ui import messages
from rmdesk.ui.i18n import translate


class ChangeCommand(QUndoCommand):
    """Wraps a Change a service has just made. undo()/redo() put rows back exactly.

    `merge_key` lets consecutive autosaves of the same field become one undo step, so
    Ctrl+Z undoes a burst of typing rather than one debounce tick.
    """

    _ids: dict[str, int] = {}

    def __init__(
        self,
        change: Change,
        apply: Callable[[Change, bool], None],
        refresh: Callable[[], None],
        merge_key: str | None = None,
    ) -> None:
        super().__init__(messages.text(change.label))  # a label from a service, translated
        self.change = change
        self._apply = apply
        self._refresh = refresh
        self._merge_key = merge_key
        self._first = True

    def id(self) -> int:
        if self._merge_key is None:
            return -1
        return self._ids.setdefault(self._merge_key, len(self._ids) + 1)

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not isinstance(other, ChangeCommand) or other._merge_key != self._merge_key:
            return False
        self.change = Change(self.change.label, self.change.before, other.change.after)
        return True

    def redo(self) -> None:
        if self._first:  # the service already did it
            self._first = False
            return
        self._step(True)

    def undo(self) -> None:
        self._step(False)

    def _step(self, forward: bool) -> None:
        """Apply; if another page's change made this one impossible (a row it needs is gone),
        say so and drop it from the stack instead of raising out of Qt."""
        try:
            self._apply(self.change, forward)
        except RmdeskError as exc:
            self.setObsolete(True)
            # A QUndoCommand is no QObject: translate() with the class as the context.
            if forward:
                text = translate(
                    "ChangeCommand",
                    "“{change}” can no longer be redone: {error} "
                    "Something it depends on was changed on another page.",
                )
            else:
                text = translate(
                    "ChangeCommand",
                    "“{change}” can no longer be undone: {error} "
                    "Something it depends on was changed on another page.",
                )
            messages.show_error(None, text.format(change=self.text(), error=messages.text(exc)))
        self._refresh()

"""Debounced autosave that keeps what failed to save: the one mechanism of the four editors
(topic, goal detail, reflection, meeting detail).

An editor marks the fields it has pending and calls `schedule()` on each edit; after a short
pause its save function runs (it also runs on focus out and on flush). A value the service
refuses, or that a full disk stops, is kept per entry when the editor moves to another one,
and comes back when that entry is shown again: nothing typed is dropped silently.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class Autosave(QObject):
    """The pending fields of the entry shown, a debounce timer, and what failed per entry."""

    def __init__(self, parent: QObject, interval_ms: int, save: Callable[[], None]) -> None:
        super().__init__(parent)
        self._save = save
        self._timer = QTimer(self, singleShot=True, interval=interval_ms)
        self._timer.timeout.connect(save)
        self.pending: set[str] = set()
        self._kept: dict[str, dict[str, object]] = {}  # entry uuid -> field -> unsaved value

    def touch(self, field: str, now: bool = False) -> None:
        """A field changed: save it at once, or after the pause in typing."""
        self.pending.add(field)
        if now:
            self._save()
        else:
            self._timer.start()

    def schedule(self) -> None:
        """Save after the pause in typing (restarted by every edit)."""
        self._timer.start()

    def cancel(self) -> None:
        """Stop a scheduled save (it is about to run anyway, or must not)."""
        self._timer.stop()

    def stash(self, uuid: str | None, value: Callable[[str], object]) -> None:
        """Keep the pending fields' values of the entry being left, then start afresh."""
        if uuid is not None and self.pending:
            self._kept[uuid] = {field: value(field) for field in self.pending}
        self.pending.clear()

    def keep(self, uuid: str, values: dict[str, object]) -> None:
        """Remember values that failed to save for an entry."""
        self._kept[uuid] = values

    def kept(self, uuid: str | None) -> dict[str, object] | None:
        """What failed to save for an entry, still kept."""
        return self._kept.get(uuid or "")

    def take(self, uuid: str | None) -> dict[str, object] | None:
        """What failed to save for an entry, handed back and no longer kept."""
        return self._kept.pop(uuid or "", None)

    @property
    def has_kept(self) -> bool:
        return bool(self._kept)

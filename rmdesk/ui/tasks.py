"""Run slow work off the UI thread and post the result back by signal.

After Anki's QueryOp and Picard's run_task: the function runs in a pool thread and must
open its own database connection; the callbacks run on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from rmdesk import errors
from rmdesk.ui.i18n import translate


class _TaskSignals(QObject):
    succeeded = Signal(object)
    failed = Signal(str)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _TaskSignals) -> None:
        super().__init__()
        self._work = work
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work()
        except errors.RmdeskError as exc:
            self._signals.failed.emit(str(exc))
        except Exception as exc:  # a worker must never die silently
            message = translate("TaskRunner", "Something went wrong: {error}")
            self._signals.failed.emit(message.format(error=repr(exc)))
        else:
            self._signals.succeeded.emit(result)


class TaskRunner(QObject):
    """Owns the worker pool; `busy_changed` drives the progress indicator."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._running: set[_TaskSignals] = set()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def submit(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[str], None] | None = None,
    ) -> None:
        signals = _TaskSignals(self)  # lives on the UI thread, so slots run there
        if on_success:
            signals.succeeded.connect(on_success)
        if on_failure:
            signals.failed.connect(on_failure)
        signals.succeeded.connect(lambda _result: self._finish(signals))
        signals.failed.connect(lambda _message: self._finish(signals))
        was_busy = self.busy
        self._running.add(signals)
        if not was_busy:
            self.busy_changed.emit(True)
        self._pool.start(_Task(work, signals))

    def _finish(self, signals: _TaskSignals) -> None:
        self._running.discard(signals)
        signals.deleteLater()
        if not self.busy:
            self.busy_changed.emit(False)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (closing the window, tests)."""
        return self._pool.waitForDone(msecs)

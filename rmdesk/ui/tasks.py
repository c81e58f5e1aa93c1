"""Run slow work off the UI thread and post the result back by signal.

After Anki's QueryOp and Picard's run_task: the function runs in a pool thread and must
open its own database connection; the callbacks run on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from rmdesk import errors
from rmdesk.ui import messages
from rmdesk.ui.i18n import translate


class _TaskSignals(QObject):
    """Emitted from the worker; delivered by its own slots on the UI thread.

    The callbacks run from slots of this object (not from lambdas connected to the signals):
    Qt then queues each answer to this object, which is a child of the runner, and drops it
    if the runner (say, a dialog's or a page's) is destroyed before the answer arrives. A
    lambda is called through a receiver PySide keeps alive on its own, which ran callbacks
    on widgets already deleted and crashed (seen with a page closed while a search answered).
    """

    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        runner: TaskRunner,
        on_success: Callable[[Any], None] | None,
        on_failure: Callable[[str], None] | None,
    ) -> None:
        super().__init__(runner)
        self._runner = runner
        self._on_success = on_success
        self._on_failure = on_failure
        self.succeeded.connect(self._deliver_success, Qt.ConnectionType.QueuedConnection)
        self.failed.connect(self._deliver_failure, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _deliver_success(self, result: object) -> None:
        try:
            if self._on_success is not None:
                self._on_success(result)
        finally:
            self._runner._finish(self)

    @Slot(str)
    def _deliver_failure(self, message: str) -> None:
        try:
            if self._on_failure is not None:
                self._on_failure(message)
        finally:
            self._runner._finish(self)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _TaskSignals) -> None:
        super().__init__()
        self._work = work
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work()
        except errors.RmdeskError as exc:
            self._signals.failed.emit(messages.text(exc))
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
        signals = _TaskSignals(self, on_success, on_failure)  # lives on the UI thread
        was_busy = self.busy
        self._running.add(signals)
        if not was_busy:
            self.busy_changed.emit(True)
        self._pool.start(_Task(work, signals))

    def _finish(self, signals: _TaskSignals) -> None:
        self._running.discard(signals)
        signals._on_success = signals._on_failure = None  # let go of the callers' closures
        signals.deleteLater()
        if not self.busy:
            self.busy_changed.emit(False)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (closing the window, tests)."""
        return self._pool.waitForDone(msecs)

"""Creating the QApplication, showing the window, and the error bridge for the whole app."""

from __future__ import annotations

import gc
import os
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from rmdesk import APP_ID, __version__, files
from rmdesk.services.desk import Desk
from rmdesk.ui import i18n, messages, resources, theme
from rmdesk.ui.main_window import MainWindow
from rmdesk.ui.tasks import TaskRunner

ENV_BENCH_FIRST_PAINT = "RMDESK_BENCH_FIRST_PAINT"  # benchmarks/startup.py: report and quit


def create_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    if existing is None:
        # Qt's own -style option picks Fusion while the application is built. setStyle()
        # would hand Python a QStyle, and PySide builds all ~600 of its enum members then.
        app = QApplication([*argv, "-style", "Fusion"])
    else:
        assert isinstance(existing, QApplication), "a QCoreApplication cannot show a window"
        app = existing
        app.setStyle("Fusion")
    app.setApplicationName("rmdesk")
    app.setApplicationDisplayName("rmdesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(resources.icon("rmdesk"))
    theme.apply(app, style=False)
    i18n.install(app)  # English (the source text) loads nothing
    return app


def show_fatal(message: str) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Critical, i18n.translate("application", "rmdesk cannot start"), message
    )
    box.setObjectName("fatalDialog")
    if not os.environ.get(ENV_BENCH_FIRST_PAINT):
        box.exec()


class _AfterFirstPaint(QObject):
    """Runs callbacks once, just after the window's first paint (or after a while at most).

    The fallback timer covers a window that is not painted soon, e.g. started minimised.
    """

    FALLBACK_MS = 3000

    def __init__(self, window: QWidget, callbacks: list[Callable[[], object]]) -> None:
        super().__init__(window)
        self._callbacks = callbacks
        self._done = False
        window.installEventFilter(self)
        QTimer.singleShot(self.FALLBACK_MS, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        if self._done:
            return
        self._done = True
        for callback in self._callbacks:
            callback()


def _report_first_paint() -> None:
    """benchmarks/startup.py: say the window has painted, then quit."""
    print("first-paint", flush=True)
    QApplication.quit()


def _collect_garbage_from_now_on() -> None:
    """Undo app.run_window's gc.disable(). What start-up built (modules, classes, widgets)
    lives as long as the window, so it is frozen out of every later collection, after the
    gc module's documentation; the few hundred cycles start-up leaves (measured) stay too,
    which costs less than a full collection (~8 ms) on the UI thread just after start."""
    gc.freeze()
    gc.enable()


def _daily_backup(desk: Desk) -> object:
    from rmdesk.services import backups  # imported in the worker, after the first paint

    return backups.daily_if_due(desk.paths)


def run(app: QApplication, desk: Desk) -> int:
    runner = TaskRunner()
    window = MainWindow(desk, runner)

    def on_unexpected(
        kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        # A slot that raised: tell the user plainly, keep the details in the log.
        # The log keeps where it happened, not the message (it may quote a private entry).
        try:
            files.log_unexpected(desk.paths.log, kind, tb)
        except OSError:
            traceback.print_tb(tb, file=sys.stderr)
        messages.show_error(
            window,
            i18n.translate(
                "application",
                "Something went wrong: {error}\n\nWhat you typed has been kept. "
                "Details are in {log}.",
            ).format(error=messages.text(value), log=desk.paths.log),
        )

    sys.excepthook = on_unexpected
    after_paint: list[Callable[[], object]] = []
    if os.environ.get(ENV_BENCH_FIRST_PAINT):
        after_paint.append(_report_first_paint)
    after_paint += [
        _collect_garbage_from_now_on,
        # Off the UI thread: the first-start-of-the-day backup.
        lambda: runner.submit(lambda: _daily_backup(desk)),
    ]
    # The window's own once-after-start work (e.g. the next-meeting reminder), if it has any:
    # a zero timer from showEvent fires before the first paint, not after it.
    window_after_paint = getattr(window, "after_first_paint", None)
    if window_after_paint is not None:
        after_paint.append(window_after_paint)
    _AfterFirstPaint(window, after_paint)
    window.show()
    try:
        return app.exec()
    finally:
        runner.wait()
        sys.excepthook = sys.__excepthook__

"""Creating the QApplication, showing the window, and the error bridge for the whole app."""

from __future__ import annotations

import os
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from rmdesk import __version__
from rmdesk.services.desk import Desk
from rmdesk.ui import messages, resources, theme
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
        app = existing
        app.setStyle("Fusion")
    app.setApplicationName("rmdesk")
    app.setApplicationDisplayName("rmdesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("rmdesk")
    app.setWindowIcon(resources.icon("rmdesk"))
    theme.apply(app, style=False)
    return app


def show_fatal(message: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, "rmdesk cannot start", message)
    box.setObjectName("fatalDialog")
    if not os.environ.get(ENV_BENCH_FIRST_PAINT):
        box.exec()


class _FirstPaintProbe(QObject):
    """Prints 'first-paint' when the window is first painted, then quits (benchmarks only)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print("first-paint", flush=True)
        QApplication.quit()


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
        details = "".join(traceback.format_exception(kind, value, tb))
        try:
            with desk.paths.log.open("a", encoding="utf-8") as handle:
                handle.write(details)
        except OSError:
            print(details, file=sys.stderr)
        messages.show_error(
            window,
            f"Something went wrong: {value}\n\nWhat you typed has been kept. "
            f"Details are in {desk.paths.log}.",
        )

    sys.excepthook = on_unexpected
    probe = None
    if os.environ.get(ENV_BENCH_FIRST_PAINT):
        probe = _FirstPaintProbe(window)
        window.installEventFilter(probe)
    window.show()
    if probe is None:
        # After the first paint, off the UI thread: the first-start-of-the-day backup.
        QTimer.singleShot(0, lambda: runner.submit(lambda: _daily_backup(desk)))
    try:
        return app.exec()
    finally:
        runner.wait()
        sys.excepthook = sys.__excepthook__

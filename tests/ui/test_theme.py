"""Light and dark: rmdesk follows the system scheme, also when it changes while running."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from rmdesk.services import pairs
from rmdesk.ui import theme


@pytest.fixture
def follow_system(monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    """No forced scheme (the suite forces light); put everything back afterwards."""
    monkeypatch.delenv(theme.ENV_SCHEME, raising=False)
    app = QApplication.instance()
    hints = QGuiApplication.styleHints()
    yield app, hints
    monkeypatch.setenv(theme.ENV_SCHEME, "light")
    theme.apply(app, style=False)


def _window_is_dark(app: QApplication) -> bool:
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def test_switching_the_system_scheme_switches_the_palette(qtbot, follow_system) -> None:  # noqa: ANN001
    """The system going dark (and back) repaints rmdesk dark (and back), no restart."""
    app, hints = follow_system
    theme.apply(app, style=False)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # what the desktop sends
    qtbot.waitUntil(lambda: _window_is_dark(app))
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    qtbot.waitUntil(lambda: not _window_is_dark(app))


def test_forced_scheme_wins(qtbot, follow_system, monkeypatch) -> None:  # noqa: ANN001
    """RMDESK_COLOR_SCHEME=dark keeps rmdesk dark whatever the system says."""
    app, hints = follow_system
    monkeypatch.setenv(theme.ENV_SCHEME, "dark")
    theme.apply(app, style=False)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    qtbot.wait(10)
    assert _window_is_dark(app)


def test_sidebar_tint_follows(qtbot, make_window, desk, follow_system) -> None:  # noqa: ANN001
    """The sidebar's selection tint is rebuilt for the new palette."""
    desk.pairs.create(
        pairs.PairDraft(mentor_name="Ada", mentee_name="Tom", start_date="2026-01-05")
    )
    app, hints = follow_system
    window = make_window()
    light_sheet = window.sidebar.styleSheet()
    theme.apply(app, style=False)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # what the desktop sends
    qtbot.waitUntil(lambda: window.sidebar.styleSheet() != light_sheet)
    assert theme.sidebar_style() == window.sidebar.styleSheet()

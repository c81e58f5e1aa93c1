"""Every control a keyboard can reach has a name a screen reader can say, on every page and
in the dialogs; and the pages can be walked with Tab alone."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from rmdesk.services import goals, pairs
from rmdesk.services.meetings import created_uuids

CONTROLS = (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QAbstractSpinBox,
    QAbstractItemView,
)


def buddy_text(widget: QWidget) -> str:
    """The text of a sibling label whose buddy is `widget` (Qt's labelled-by relation)."""
    parent = widget.parentWidget()
    if parent is None:
        return ""
    for label in parent.findChildren(QLabel):
        if label.parentWidget() is parent and label.buddy() is widget:
            text = label.text().replace("&", "").strip()
            if text:
                return text
    return ""


def spoken_name(widget: QWidget) -> str:
    """What assistive technology announces: the accessible name, a button's own text, or
    the text of a label that names it (its buddy). A combo box only by its buddy: on Linux
    Qt gives AT-SPI its value as its name, whatever setAccessibleName said."""
    if isinstance(widget, QComboBox):
        return buddy_text(widget)
    if widget.accessibleName().strip():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text()
    window = widget.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is widget and label.text().replace("&", "").strip():
            return label.text()
    return ""


def _inside_a_control(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QCalendarWidget)):
            return True
        if parent.inherits("QComboBoxPrivateContainer"):
            return True
        parent = parent.parentWidget()
    return False


def unnamed(root: QWidget) -> list[str]:
    """Focusable controls under `root` that nothing names, described for the failure."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if _inside_a_control(widget):
            continue  # a combo box's popup list or line edit, a spin box's line edit
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own parts (scroll bars, calendar popups, …)
        if not spoken_name(widget):
            found.append(f"{type(widget).__name__} {widget.objectName() or '(no objectName)'}")
    return found


@pytest.fixture
def full_desk(desk):  # noqa: ANN001, ANN201
    """A pair with a goal, a meeting with an action, a topic and a reflection, so that every
    page shows its editor, not just an empty state."""
    pair = desk.pairs.create(
        pairs.PairDraft(
            mentor_name="Priya Raman", mentee_name="Martin Keller", start_date="2026-01-05"
        )
    )
    goal, _ = desk.goals.create(pair.uuid, goals.GoalDraft(title="Learn Figma"), "mentee",
                                date.today())
    desk.goals.add_milestone(goal.uuid, "First prototype")
    start = datetime.now(UTC).replace(microsecond=0) + timedelta(days=2)
    [meeting] = created_uuids(desk.meetings.plan(pair.uuid, start, 45), "meetings")
    desk.meetings.add_action(pair.uuid, "Share the deck", "mentor", meeting_uuid=meeting)
    desk.topics.create(pair.uuid, "Prompting basics")
    desk.reflections.create(pair.uuid, "mentee", body="It went well")
    return desk


@pytest.mark.parametrize("key", ["overview", "goals", "meetings", "topics", "reflections",
                                 "search"])
def test_every_control_on_each_page_is_named(qtbot, make_window, full_desk, key: str) -> None:  # noqa: ANN001
    """No focusable control on the page is silent to a screen reader."""
    window = make_window()
    window.sidebar.setCurrentRow(window._row_of(key))
    page = window.page(key)
    qtbot.waitUntil(page.isVisible)
    assert unnamed(page) == []


def test_window_chrome_is_named(qtbot, make_window, full_desk) -> None:  # noqa: ANN001
    """The pair switcher and the sidebar are named too."""
    window = make_window()
    assert spoken_name(window.pair_switcher) and spoken_name(window.sidebar)


@pytest.mark.parametrize("key", ["overview", "goals", "meetings", "topics", "reflections",
                                 "search"])
def test_tab_reaches_every_control(qtbot, make_window, full_desk, key: str) -> None:  # noqa: ANN001
    """Tab alone walks through every enabled control of the page and comes back round."""
    window = make_window()
    window.activateWindow()
    window.sidebar.setCurrentRow(window._row_of(key))
    page = window.page(key)
    qtbot.waitUntil(page.isVisible)
    window.sidebar.setFocus()
    seen: set[QWidget] = set()
    for _ in range(200):
        widget = window.focusWidget()
        if widget in seen and widget is window.sidebar:
            break
        if widget is not None:
            seen.add(widget)
        window.focusNextChild()
    reachable = {
        w for w in page.findChildren(QWidget)
        if isinstance(w, CONTROLS) and w.isVisibleTo(page) and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not _inside_a_control(w)
    }
    missed = sorted(w.objectName() or type(w).__name__ for w in reachable - seen)
    assert missed == []


def _dialogs(window, desk):  # noqa: ANN001, ANN202
    """The dialogs a user opens from the menus, built but not shown modally."""
    from rmdesk.ui.dialogs.backups_dialog import BackupsDialog, PassphraseDialog
    from rmdesk.ui.dialogs.export_dialog import ExportDialog
    from rmdesk.ui.dialogs.goal_dialog import GoalDialog
    from rmdesk.ui.dialogs.pair_dialog import PairDialog
    from rmdesk.ui.dialogs.settings_dialog import SettingsDialog

    pair = desk.pairs.get(window.current_pair)
    return [
        SettingsDialog(window.settings, desk.paths.settings, window),
        BackupsDialog(desk, window),
        PassphraseDialog("Passphrase", confirm=True, parent=window),
        GoalDialog(desk.goals, pair, None, window),
        PairDialog(desk.pairs, pair, window),
        ExportDialog(desk, pair, window),
    ]


def test_every_control_in_the_dialogs_is_named(qtbot, make_window, full_desk) -> None:  # noqa: ANN001
    """Settings, Backups, passphrase, new goal, pair and export dialogs: all named."""
    window = make_window()
    problems = {}
    for dialog in _dialogs(window, full_desk):
        assert isinstance(dialog, QDialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        missing = unnamed(dialog)
        if missing:
            problems[dialog.objectName()] = missing
        runner = getattr(dialog, "runner", None)
        if runner is not None:
            runner.wait()
        dialog.hide()
        dialog.deleteLater()
    assert problems == {}

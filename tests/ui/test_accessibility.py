"""Every control a keyboard can reach has a name a screen reader can say, on every page and
in the dialogs; and the pages can be walked with Tab alone."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTableView,
    QTextEdit,
    QToolButton,
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


# A verb with no object ("Add" what?) names nothing.
BARE_NAMES = {"add", "remove", "delete", "—"}


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
        name = spoken_name(widget)
        if not name or name.replace("&", "").strip().rstrip("…").lower() in BARE_NAMES:
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
    goal, _ = desk.goals.create(
        pair.uuid, goals.GoalDraft(title="Learn Figma"), "mentee", date.today()
    )
    desk.goals.add_milestone(goal.uuid, "First prototype")
    desk.goals.add_update(goal.uuid, date.today().isoformat(), 20, "Mock-up done")
    desk.goals.add_update(goal.uuid, date.today().isoformat(), 40, "Shared it")
    start = datetime.now(UTC).replace(microsecond=0) + timedelta(days=2)
    [meeting] = created_uuids(desk.meetings.plan(pair.uuid, start, 45), "meetings")
    desk.meetings.add_action(pair.uuid, "Share the deck", "mentor", meeting_uuid=meeting)
    desk.topics.create(pair.uuid, "Prompting basics")
    desk.reflections.create(pair.uuid, "mentee", body="It went well")
    return desk


@pytest.mark.parametrize(
    "key", ["overview", "goals", "meetings", "topics", "reflections", "search"]
)
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


@pytest.mark.parametrize(
    "key", ["overview", "goals", "meetings", "topics", "reflections", "search"]
)
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
        w
        for w in page.findChildren(QWidget)
        if isinstance(w, CONTROLS)
        and w.isVisibleTo(page)
        and w.isEnabled()
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
    from rmdesk.ui.dialogs.programme_dialogs import PulseDialog
    from rmdesk.ui.dialogs.prompts_dialog import PromptsDialog
    from rmdesk.ui.dialogs.settings_dialog import SettingsDialog

    pair = desk.pairs.get(window.current_pair)
    return [
        SettingsDialog(window.settings, desk.paths.settings, window),
        BackupsDialog(desk, window),
        PassphraseDialog("Passphrase", confirm=True, parent=window),
        GoalDialog(desk.goals, pair, None, window),
        PairDialog(desk.pairs, pair, window),
        ExportDialog(desk, pair, window),
        PulseDialog(desk.pulse, pair, None, window),
        PromptsDialog(desk.reflections, parent=window),
    ]


def test_every_control_in_the_dialogs_is_named(qtbot, make_window, full_desk) -> None:  # noqa: ANN001
    """Settings, Backups, passphrase, new goal, pair, export, pulse check-in and prompts
    dialogs: all named."""
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


def _show(qtbot, window, key: str) -> QWidget:  # noqa: ANN001
    window.sidebar.setCurrentRow(window._row_of(key))
    page = window.page(key)
    qtbot.waitUntil(page.isVisible)
    return page


def test_tab_leaves_every_table(qtbot, make_window, full_desk) -> None:  # noqa: ANN001
    """Tab moves out of a table (arrows move within it), on the pages and in the dialogs."""
    window = make_window()
    tables = []
    for key in ("goals", "meetings"):
        tables += _show(qtbot, window, key).findChildren(QTableView)
    for dialog in _dialogs(window, full_desk):
        tables += dialog.findChildren(QTableView)
    assert {t.objectName() for t in tables} >= {"goalUpdates", "meetingActions", "promptTable"}
    assert [t.objectName() for t in tables if t.tabKeyNavigation()] == []


def test_tab_goes_past_the_progress_updates(qtbot, make_window, full_desk) -> None:  # noqa: ANN001
    """From the Progress updates table, one Tab reaches the Update date field."""
    window = make_window()
    window.activateWindow()
    detail = _show(qtbot, window, "goals").detail
    qtbot.waitUntil(lambda: detail.updates.rowCount() == 2)
    detail.updates.setCurrentCell(0, 0)
    detail.updates.setFocus()
    qtbot.waitUntil(detail.updates.hasFocus)
    qtbot.keyClick(detail.updates, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is detail.update_date


def test_one_tab_crosses_the_date_and_time_field(qtbot, make_window, full_desk) -> None:  # noqa: ANN001
    """Tab leaves a meeting's date and time at once, not after its five sections."""
    window = make_window()
    window.activateWindow()
    detail = _show(qtbot, window, "meetings").detail
    detail.start.setFocus()
    qtbot.waitUntil(detail.start.hasFocus)
    qtbot.keyClick(detail.start, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is detail.duration
    qtbot.keyClick(detail.duration, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is detail.start


@pytest.mark.parametrize("key", ["overview", "goals", "meetings", "topics", "reflections"])
def test_scroll_areas_are_no_tab_stops(qtbot, make_window, full_desk, key: str) -> None:  # noqa: ANN001
    """A page's scroll area is not a silent Tab stop ("layered pane")."""
    window = make_window()
    page = _show(qtbot, window, key)
    stops = [
        a.objectName() or type(a).__name__
        for a in page.findChildren(QScrollArea)
        if a.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    assert stops == []


@pytest.mark.parametrize(
    ("number", "key"),
    list(enumerate(["overview", "goals", "meetings", "topics", "reflections", "search"], start=1)),
)
def test_ctrl_number_moves_the_focus_onto_the_named_page(
    qtbot,
    make_window,
    full_desk,
    number: int,
    key: str,  # noqa: ANN001
) -> None:
    """Ctrl+1…6 from the sidebar focuses the page, which carries its name."""
    window = make_window()
    window.activateWindow()
    window.sidebar.setCurrentRow(window._row_of("search" if key != "search" else "goals"))
    window.sidebar.setFocus()
    qtbot.waitUntil(window.sidebar.hasFocus)
    qtbot.keyClick(
        window.sidebar, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier
    )
    page = window.page(key)
    assert window.pages.currentWidget() is page
    focused = QApplication.focusWidget()
    assert focused is page and page.accessibleName() == window.sidebar.item(number - 1).text()


def test_the_overview_cards_and_charts_are_tab_stops_with_summaries(
    qtbot,
    make_window,
    full_desk,  # noqa: ANN001
) -> None:
    """Each card and chart takes Tab focus and its name carries what it shows."""
    from rmdesk.ui.widgets.chart import ChartWidget

    window = make_window()
    page = _show(qtbot, window, "overview")
    qtbot.waitUntil(lambda: page.pulse_chart is not None)
    cards = [page.next_meeting, page.last_meeting, page.goals, page.meetings, page.actions_card]
    for card in cards:
        assert card.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert card.accessibleName() and card.figure.text() in card.accessibleDescription()
    charts = page.findChildren(ChartWidget)
    assert len(charts) == 2
    for chart in charts:
        assert chart.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert chart.accessibleName() and chart.accessibleDescription()
    # Each chart is the next Tab stop after its own card.
    assert page.pulse.nextInFocusChain() is page.pulse_chart
    assert page.goal_chart_card.nextInFocusChain() is page.goal_chart


def test_done_cells_say_done_or_not(qtbot, make_window, full_desk) -> None:  # noqa: ANN001
    """The tick box of an action item is read as "Done" or "Not done", not as nothing."""
    window = make_window()
    detail = _show(qtbot, window, "meetings").detail
    qtbot.waitUntil(lambda: detail.action_table.rowCount() == 1)
    cell = detail.action_table.item(0, 0)
    assert cell.data(Qt.ItemDataRole.AccessibleTextRole) == "Not done"
    cell.setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(
        lambda: detail.action_table.item(0, 0).data(Qt.ItemDataRole.AccessibleTextRole) == "Done"
    )


def test_clear_buttons_and_editable_combos_are_named(qtbot, make_window, full_desk) -> None:  # noqa: ANN001
    """The search box's clear button and the Category combo's text box have names."""
    window = make_window()
    search = _show(qtbot, window, "search")
    [clear] = search.query.findChildren(QToolButton)
    assert clear.accessibleName()
    goals = _show(qtbot, window, "goals")
    assert goals.detail.category.lineEdit().accessibleName() == "Category"


def test_rating_combos_are_named_for_what_they_rate(qtbot, make_window, full_desk) -> None:  # noqa: ANN001
    """Each of a meeting's four ratings says whose mood or energy it is, not "—"."""
    window = make_window()
    detail = _show(qtbot, window, "meetings").detail
    expected = {
        "mood_mentor": "Mood, Priya",
        "mood_mentee": "Mood, Martin",
        "energy_mentor": "Energy, Priya",
        "energy_mentee": "Energy, Martin",
    }
    assert {field: buddy_text(combo) for field, combo in detail.ratings.items()} == expected
    for field, combo in detail.ratings.items():
        assert combo.accessibleName().startswith(expected[field])


def test_search_results_and_status_messages_are_announced(
    qtbot,
    make_window,
    full_desk,
    monkeypatch,  # noqa: ANN001
) -> None:
    """A search's count and a status-bar message are sent to the screen reader."""
    from rmdesk.ui import announce

    heard: list[str] = []
    real_send = announce._send

    def record(source, text: str, assertive: bool) -> bool:  # noqa: ANN001
        heard.append(text)
        return real_send(source, text, assertive)

    monkeypatch.setattr(announce, "_send", record)
    window = make_window()
    QAccessible.setActive(True)  # as when a screen reader listens
    try:
        window.statusBar().showMessage("Backed up.")
        search = _show(qtbot, window, "search")
        qtbot.keyClicks(search.query, "deck")
        qtbot.waitUntil(lambda: any("match" in text for text in heard))
    finally:
        QAccessible.setActive(False)
    assert "Backed up." in heard
    # For screen readers without announcements: the box's description says it too.
    assert "match" in search.query.accessibleDescription()

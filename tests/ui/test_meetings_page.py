"""The Meetings page as a user drives it: plan, hold with carry-over, notes autosave, undo."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton

from rmdesk.services.meetings import created_uuids


@pytest.fixture
def window(make_window, pair):  # noqa: ANN001, ANN201
    window = make_window()
    window.sidebar.setCurrentRow(window._row_of("meetings"))
    return window


def _plan(desk, pair, days: int) -> str:  # noqa: ANN001
    start = datetime.now(UTC).replace(microsecond=0) + timedelta(days=days)
    change = desk.meetings.plan(pair.uuid, start, 45, "video", "", author_role="mentee")
    return created_uuids(change, "meetings")[0]


def test_plan_a_meeting_from_anywhere(qtbot, make_window, desk, pair) -> None:  # noqa: ANN001
    """Ctrl+Shift+N from Overview opens the plan form with a suggested time; it is listed."""
    window = make_window()

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.findChild(QLineEdit, "planPlace").setText("https://meet.example.com/abc")
        dialog._on_plan_clicked()

    QTimer.singleShot(0, fill)
    window.plan_meeting_action.trigger()
    page = window.meetings
    assert window.pages.currentWidget() is page
    assert page.model.rowCount() == 1
    assert page.detail.place.text() == "https://meet.example.com/abc"
    assert "Next:" in page.findChild(QLabel, "meetingsSummary").text()


def test_bad_place_link_and_zero_duration_are_explained(qtbot, window, desk, pair) -> None:  # noqa: ANN001
    """An invalid link or a duration of zero gets an inline message and is not saved."""
    uuid = _plan(desk, pair, 3)
    page = window.meetings
    page.reload(uuid)
    detail = page.detail
    detail.place.setText("http://")
    detail.place.editingFinished.emit()
    place_error = detail.errors.label_of("place")
    assert place_error.isVisibleTo(page) and "link" in place_error.text().lower(), "beside it"
    assert desk.meetings.get(uuid).place == ""
    assert detail.place.text() == "http://", "what was typed stays"
    detail.duration.setValue(0)
    detail.duration.editingFinished.emit()
    assert detail.errors.label_of("duration_minutes").isVisibleTo(page)
    assert not place_error.isVisibleTo(page), "one message at a time"
    assert desk.meetings.get(uuid).duration_minutes == 45


def test_hold_carries_open_items_over(qtbot, window, desk, pair) -> None:  # noqa: ANN001
    """Marking a meeting held moves open actions and undiscussed topics to the next one."""
    first = _plan(desk, pair, -7)
    second = _plan(desk, pair, 7)
    page = window.meetings
    page.reload(first)
    detail = page.detail
    qtbot.keyClicks(detail.new_agenda_item, "Prompting basics")
    qtbot.mouseClick(
        detail.findChild(QPushButton, "addAgendaItemButton"), Qt.MouseButton.LeftButton
    )
    qtbot.keyClicks(detail.new_agenda_item, "Dashboards")
    qtbot.mouseClick(
        detail.findChild(QPushButton, "addAgendaItemButton"), Qt.MouseButton.LeftButton
    )
    detail.agenda.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: desk.meetings.agenda(first)[0].discussed)
    qtbot.keyClicks(detail.new_action_text, "Try an assistant on the weekly report")
    qtbot.mouseClick(detail.findChild(QPushButton, "addActionButton"), Qt.MouseButton.LeftButton)
    messages: list[str] = []
    page.status_message.connect(messages.append)
    with qtbot.waitSignal(page.meeting_held):
        qtbot.mouseClick(detail.findChild(QPushButton, "markHeldButton"), Qt.MouseButton.LeftButton)
    assert desk.meetings.get(first).status == "held"
    carried = desk.meetings.agenda(second)
    assert [item.title for item in carried] == ["Dashboards"]
    assert carried[0].carried_from_uuid
    assert [a.text for a in desk.meetings.actions(second)] == [
        "Try an assistant on the weekly report"
    ]
    assert "carried over" in messages[-1]
    page.undo_stack.undo()
    assert desk.meetings.get(first).status == "planned"
    assert desk.meetings.agenda(second) == []


def test_notes_autosave_and_survive_closing(qtbot, window, desk, pair) -> None:  # noqa: ANN001
    """Notes save after a short pause, and what was typed just before closing is kept."""
    uuid = _plan(desk, pair, 2)
    page = window.meetings
    page.reload(uuid)
    editor = page.detail.notes.editor
    qtbot.keyClicks(editor, "# Agenda")
    qtbot.waitUntil(lambda: desk.meetings.get(uuid).notes == "# Agenda", timeout=3000)
    assert "Agenda" in page.detail.notes.preview.toPlainText()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "- typed at the last second")
    window.close()
    assert desk.meetings.get(uuid).notes == "# Agenda\n- typed at the last second"


def test_notes_formatting_shortcuts(qtbot, window, desk, pair) -> None:  # noqa: ANN001
    """Ctrl+B wraps the selection in bold markers."""
    uuid = _plan(desk, pair, 2)
    page = window.meetings
    page.reload(uuid)
    editor = page.detail.notes.editor
    qtbot.keyClicks(editor, "important")
    editor.selectAll()
    page.detail.notes.wrap("**")
    assert editor.toPlainText() == "**important**"
    page.detail.notes.prefix_lines("## ")
    assert editor.toPlainText() == "## **important**"


def test_export_ics_and_copy_agenda(qtbot, window, desk, pair, tmp_path) -> None:  # noqa: ANN001
    """The next meeting exports as a calendar file and its agenda copies as Markdown."""
    import icalendar

    uuid = _plan(desk, pair, 5)
    page = window.meetings
    page.reload(uuid)
    desk.meetings.add_agenda_item(uuid, "Hybrid meetings")
    page.detail.refresh()
    target = tmp_path / "next.ics"
    page.detail.export_ics(str(target))
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    [event] = calendar.walk("VEVENT")
    assert str(event["UID"]).startswith(uuid)
    assert target.stat().st_mode & 0o777 == 0o600
    page.detail.copy_button.click()
    assert "Hybrid meetings" in QApplication.clipboard().text()


def _answer_box(name: str, button: str | None) -> None:
    """Click a named button of the open message box (None: Cancel)."""
    from PySide6.QtWidgets import QMessageBox

    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox) and box.objectName() == name
    if button is None:
        box.button(QMessageBox.StandardButton.Cancel).click()
    else:
        box.findChild(QPushButton, button).click()


def test_holding_a_future_meeting_asks_to_move_it_to_now(qtbot, window, desk, pair) -> None:  # noqa: ANN001
    """Mark held on a meeting two days ahead asks first: Cancel leaves it planned; "Move to now"
    holds it at this minute, so the Overview never reads "-2 days"."""
    uuid = _plan(desk, pair, 2)
    page = window.meetings
    page.reload(uuid)
    button = page.detail.findChild(QPushButton, "markHeldButton")
    QTimer.singleShot(0, lambda: _answer_box("markHeldEarlyQuestion", None))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert desk.meetings.get(uuid).status == "planned"
    QTimer.singleShot(0, lambda: _answer_box("markHeldEarlyQuestion", "moveToNowButton"))
    with qtbot.waitSignal(page.meeting_held):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    held = desk.meetings.get(uuid)
    assert held.status == "held"
    start = datetime.fromisoformat(held.starts_at)
    assert abs((start - datetime.now(UTC)).total_seconds()) < 120


def test_a_check_in_after_holding_keeps_the_held_meeting_selected(
    qtbot, window, desk, pair
) -> None:  # noqa: ANN001
    """After the pulse check-in of a held meeting, the timeline still shows that meeting, not
    the next planned one."""
    held = _plan(desk, pair, -1)
    _plan(desk, pair, 6)
    page = window.meetings
    page.reload(held)
    with qtbot.waitSignal(page.meeting_held):
        page.detail.findChild(QPushButton, "markHeldButton").click()
    assert page.current_uuid() == held

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.set_rating("safety", 4)
        dialog._on_save_clicked()

    QTimer.singleShot(0, fill)
    page.detail.check_in_requested.emit(held)
    qtbot.wait(50)
    assert page.current_uuid() == held
    assert page.detail.meeting is not None and page.detail.meeting.uuid == held


def test_no_meeting_selected_shows_blank_fields(qtbot, window) -> None:  # noqa: ANN001
    """Without meetings the disabled form shows no made-up date or duration."""
    detail = window.meetings.detail
    assert detail.meeting is None
    assert detail.start.text().strip() == ""
    assert detail.duration.text().strip() == ""


def test_a_meeting_line_cut_short_is_whole_on_hover(qtbot, window, desk, pair) -> None:  # noqa: ANN001
    """The timeline's lines carry their whole text as a tooltip, counts in natural English."""
    uuid = _plan(desk, pair, 3)
    desk.meetings.add_agenda_item(uuid, "Only item")
    page = window.meetings
    page.reload(uuid)
    index = page.model.index(page.model.row_of(uuid))
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert tip == index.data(Qt.ItemDataRole.DisplayRole)
    assert "1 on the agenda" in tip

"""Commitments in the window: the list and its form, undo, the reminder on the Overview and
its answers, and the Closure view's list."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QPushButton


def _overview(make_window):  # noqa: ANN001, ANN202
    window = make_window()
    return window, window.overview


def test_adding_editing_and_deleting_a_commitment_with_undo(qtbot, make_window, desk, pair) -> None:  # noqa: ANN001
    """From the Overview's card: add a commitment with a day to look back, edit it, delete it;
    Undo in the dialog brings it back; the card counts it."""
    _window, page = _overview(make_window)
    seen: dict[str, object] = {}

    def work() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog.findChild(QLabel, "commitmentsEmpty").isVisibleTo(dialog)
        dialog.text.setPlainText("")
        dialog.findChild(QPushButton, "saveCommitmentButton").click()
        seen["empty"] = dialog.errors.visible_message()
        dialog.text.setPlainText("Ask a junior colleague before I decide on a tool")
        dialog.has_review.setChecked(True)
        dialog.findChild(QPushButton, "saveCommitmentButton").click()
        seen["rows"] = dialog.model.rowCount()
        seen["text"] = dialog.model.index(0).data()
        dialog.text.setPlainText("Ask first, then decide")
        dialog.findChild(QPushButton, "saveCommitmentButton").click()
        seen["edited"] = dialog.model.items()[0].text
        dialog.findChild(QPushButton, "deleteCommitmentButton").click()
        seen["after_delete"] = dialog.model.rowCount()
        dialog.findChild(QPushButton, "undoCommitmentButton").click()
        seen["after_undo"] = dialog.model.rowCount()
        dialog.reject()

    QTimer.singleShot(0, work)
    page.findChild(QPushButton, "commitmentsButton").click()
    assert "what you will do differently" in str(seen["empty"])
    assert seen["rows"] == 1 and "Ask a junior colleague" in str(seen["text"])
    assert "look back on" in str(seen["text"])
    assert seen["edited"] == "Ask first, then decide"
    assert (seen["after_delete"], seen["after_undo"]) == (0, 1)
    found = desk.commitments.for_pair(pair.uuid)
    assert [c.text for c in found] == ["Ask first, then decide"]
    assert found[0].review_on is not None and found[0].review_on > date.today().isoformat()
    assert page.findChild(QLabel, "commitmentsCardFigure").text() == "1 open"


def _due(desk, pair, text: str = "Listen before I answer"):  # noqa: ANN001, ANN202
    from rmdesk.services import commitments

    change = desk.commitments.add(pair.uuid, text, review_on=pair.start_date)
    return commitments.created_uuid(change)


def test_the_reminder_asks_how_it_went_and_records_the_answer(
    qtbot,
    make_window,
    desk,
    pair,  # noqa: ANN001
) -> None:
    """A commitment whose day has come shows a gentle reminder after the first paint;
    answering "How did it go?" records the review and the reminder goes."""
    uuid = _due(desk, pair)
    window, page = _overview(make_window)
    window.show()
    reminder = page.findChild(QLabel, "commitmentReminderDetail")
    qtbot.waitUntil(lambda: reminder.isVisible())
    assert "Listen before I answer" in reminder.text()

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.findChild(QPlainTextEdit, "reviewNote").setPlainText("I interrupt less now.")
        dialog.findChild(QPushButton, "recordReviewButton").click()

    QTimer.singleShot(0, answer)
    page.findChild(QPushButton, "commitmentReviewButton").click()
    reviewed = desk.commitments.get(uuid)
    assert reviewed.status == "reviewed" and reviewed.review_note == "I interrupt less now."
    assert reviewed.reviewed_on == date.today().isoformat()
    assert not reminder.isVisible()
    page.undo_stack.undo()
    assert desk.commitments.get(uuid).status == "open"


def test_snooze_and_dismiss_quiet_the_reminder(qtbot, make_window, desk, pair) -> None:  # noqa: ANN001
    """ "Remind me in a week" moves the reminder on; "Don't remind me" ends it; each leaves
    the commitment open."""
    first = _due(desk, pair, "First")
    second = _due(desk, pair, "Second")
    window, page = _overview(make_window)
    window.show()
    detail = page.findChild(QLabel, "commitmentReminderDetail")
    qtbot.waitUntil(lambda: detail.isVisible())
    assert "First" in detail.text() and "1 more commitment" in detail.text()
    page.findChild(QPushButton, "commitmentSnoozeButton").click()
    week = (date.today() + timedelta(days=7)).isoformat()
    assert desk.commitments.get(first).remind_on == week
    assert "Second" in detail.text()
    page.findChild(QPushButton, "commitmentDismissButton").click()
    assert desk.commitments.get(second).remind_on is None
    assert desk.commitments.get(second).status == "open"
    assert not page.findChild(QLabel, "commitmentReminderDetail").isVisible()


def test_the_closure_view_lists_the_commitments(qtbot, make_window, desk, pair) -> None:  # noqa: ANN001
    """In the closing phase, the Closure view lists what each will do differently."""
    desk.commitments.add(pair.uuid, "Share my calendar with the team", review_on="2027-03-01")
    for phase in ("agreeing", "growing", "closing"):
        desk.programme.set_phase(pair.uuid, phase)
    _window, page = _overview(make_window)
    seen: dict[str, str] = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        seen["text"] = dialog.findChild(QLabel, "closureCommitments").text()
        dialog.reject()

    QTimer.singleShot(0, look)
    page.findChild(QPushButton, "closureButton").click()
    assert "Share my calendar with the team" in seen["text"]
    assert "look back on 1 Mar 2027" in seen["text"]


def test_a_search_hit_opens_the_commitment(qtbot, make_window, desk, pair) -> None:  # noqa: ANN001
    """Opening a commitment found by search shows the Overview and the list on it."""
    from rmdesk.services import commitments

    desk.commitments.add(pair.uuid, "First one")
    uuid = commitments.created_uuid(desk.commitments.add(pair.uuid, "Share my calendar"))
    window = make_window()
    seen: dict[str, object] = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        seen["text"] = dialog.text.toPlainText()
        dialog.reject()

    QTimer.singleShot(0, look)
    window._on_search_open_requested("commitments", uuid)
    assert seen["text"] == "Share my calendar"
    assert window.pages.currentWidget() is window.overview


def test_away_from_the_overview_the_start_says_a_commitment_waits(
    qtbot,
    make_window,
    desk,
    pair,  # noqa: ANN001
) -> None:
    """Started on another page, the status bar adds that a commitment waits for a look back;
    on the Overview its card asks instead."""
    _due(desk, pair)
    window = make_window()
    window.after_first_paint()
    assert "waiting for a look back" not in window.statusBar().currentMessage()
    window.sidebar.setCurrentRow(1)
    window.after_first_paint()
    message = window.statusBar().currentMessage()
    assert "1 commitment waiting for a look back" in message
    assert "No meeting with" in message, "the meeting reminder stays"

"""Overview and pair management from the File menu."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

from rmdesk.domain import models
from rmdesk.services import pairs
from rmdesk.store import meetings


def _pair(desk) -> models.Pair:  # noqa: ANN001
    return desk.pairs.create(
        pairs.PairDraft(
            mentor_name="Priya",
            mentee_name="Martin",
            start_date="2026-01-05",
            focus_areas="AI at work",
        )
    )


def _label(window, name: str) -> str:  # noqa: ANN001
    return window.findChild(QLabel, name).text()


def test_overview_shows_the_real_pair(make_window, desk) -> None:  # noqa: ANN001
    """People, phase, next meeting and counts come from the desk."""
    pair = _pair(desk)
    meetings.add(
        desk.store,
        models.Meeting(pair_uuid=pair.uuid, starts_at="2020-01-01T09:00:00Z", status="held"),
    )
    meetings.add(
        desk.store,
        models.Meeting(
            pair_uuid=pair.uuid,
            starts_at="2099-06-01T09:00:00Z",
            place="Room 4",
            format="in_person",
        ),
    )
    meetings.add_action_item(
        desk.store, models.ActionItem(pair_uuid=pair.uuid, text="Try Copilot", owner="mentee")
    )
    window = make_window()
    assert "Phase: Preparing" in _label(window, "overviewSubtitle")
    assert "2099" in _label(window, "nextMeetingCardFigure")
    assert "in person, Room 4" in _label(window, "nextMeetingCardDetail")
    assert _label(window, "meetingsCardFigure") == "1 held"
    assert _label(window, "actionsCardFigure") == "1"
    assert "AI at work" in _label(window, "focusCardDetail")


def test_edit_pair_dialog_saves_and_refreshes(qtbot, make_window, desk) -> None:  # noqa: ANN001
    """File → Edit pair changes the names; Overview shows them at once."""
    _pair(desk)
    window = make_window()

    def edit() -> None:
        dialog = QApplication.activeModalWidget()
        name = dialog.findChild(QLineEdit, "mentorName")
        name.clear()
        qtbot.keyClicks(name, "Priya R.")
        dialog.findChild(QLineEdit, "menteeName").clear()
        dialog._on_save_clicked()
        # The empty mentee name keeps the dialog open with the message...
        assert dialog.isVisible() and "mentee's name" in dialog.form.errors.visible_message()
        qtbot.keyClicks(dialog.findChild(QLineEdit, "menteeName"), "Martin K.")
        dialog._on_save_clicked()

    QTimer.singleShot(0, edit)
    window.edit_pair_action.trigger()
    assert _label(window, "overviewTitle") == "Priya R. & Martin K."


def test_archiving_keeps_the_pair_and_can_be_undone(make_window, desk) -> None:  # noqa: ANN001
    """Archive marks the pair; it stays in the switcher and can be unarchived."""
    pair = _pair(desk)
    window = make_window()
    window.archive_action.trigger()
    assert desk.pairs.get(pair.uuid).archived_at is not None
    assert "(archived)" in window.pair_switcher.currentText()
    assert "archived" in window.statusBar().currentMessage()
    window.archive_action.trigger()
    assert desk.pairs.get(pair.uuid).archived_at is None


def test_backup_runs_in_a_worker_and_reports(qtbot, make_window, desk) -> None:  # noqa: ANN001
    """Back up now runs off the UI thread and says where the file went."""
    _pair(desk)
    window = make_window()
    with qtbot.waitSignal(window.backup_finished, timeout=10_000) as blocker:
        window.backup_action.trigger()
    assert blocker.args[0].startswith(str(desk.paths.backups))
    assert "Backed up to" in window.statusBar().currentMessage()


def test_file_menu_opens_the_export_preview_and_the_coordinator_view(
    qtbot, make_window, desk
) -> None:  # noqa: ANN001, E501
    """File → Export progress summary shows the preview; File → Coordinator view opens."""
    _pair(desk)
    window = make_window()
    seen: dict[str, object] = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        seen["name"] = dialog.objectName()
        seen["preview"] = dialog.findChild(QWidget, "exportPreview") is not None
        dialog.reject()

    QTimer.singleShot(0, look)
    window.export_summary_action.trigger()
    assert seen == {"name": "exportDialog", "preview": True}
    window.findChild(QAction, "coordinatorView").trigger()
    assert window._coordinator is not None and window._coordinator.isVisible()


def test_keyboard_shortcuts_sheet_lists_the_real_shortcuts(qtbot, make_window, desk) -> None:  # noqa: ANN001
    """Help → Keyboard shortcuts shows the window's own shortcuts, so the sheet stays true."""
    _pair(desk)
    window = make_window()
    listed = dict(window.shortcut_list())
    assert listed["Ctrl+Shift+N"] == "Plan a meeting"
    assert "Ctrl+Z" in listed and "Ctrl+2" in listed
    seen: dict[str, int] = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        seen["rows"] = dialog.table.rowCount()
        dialog.reject()

    QTimer.singleShot(0, look)
    window.findChild(QAction, "shortcuts").trigger()
    assert seen["rows"] >= len(listed)


def test_showing_again_rereads_only_after_a_change(  # noqa: ANN001
    qtbot, make_window, desk, monkeypatch
) -> None:
    """Back on the Overview with nothing changed, nothing is read again; after an edit on
    another page, the new figures show."""
    from datetime import date

    from rmdesk.services import goals as goals_service
    from rmdesk.services import pairs as pairs_service

    pair = desk.pairs.create(
        pairs_service.PairDraft(mentor_name="Ada", mentee_name="Tom", start_date="2026-01-05")
    )
    window = make_window()
    overview = window.overview
    reads = []
    original = desk.overview.snapshot
    monkeypatch.setattr(
        desk.overview, "snapshot", lambda uuid: reads.append(uuid) or original(uuid)
    )
    window.sidebar.setCurrentRow(1)
    window.sidebar.setCurrentRow(0)
    assert reads == []
    window.sidebar.setCurrentRow(1)
    draft = goals_service.GoalDraft(title="Learn Figma")
    desk.goals.create(pair.uuid, draft, "mentee", date.today())
    window.sidebar.setCurrentRow(0)
    assert reads == [pair.uuid]
    assert overview.goals.figure.text().startswith("1 active")

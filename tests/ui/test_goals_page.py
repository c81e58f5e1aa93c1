"""The Goals page as a user drives it: templates, milestones, updates, chart, undo."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton

from rmdesk.services import goals
from rmdesk.ui.models.goal_tree import PAGE_SIZE, UUID_ROLE, GoalTreeModel


@pytest.fixture
def page(make_window, pair):  # noqa: ANN001, ANN201
    window = make_window()
    window.sidebar.setCurrentRow(1)
    assert window.pages.currentWidget() is window.goals
    return window.goals


def _add_goal(desk, pair, title: str, **fields) -> str:  # noqa: ANN001, ANN003
    goal, _ = desk.goals.create(
        pair.uuid, goals.GoalDraft(title=title, **fields), "mentee", date.today()
    )
    return goal.uuid


def test_create_a_goal_from_a_template(qtbot, page, desk, pair) -> None:  # noqa: ANN001
    """Ctrl+N opens the form; a template fills it; the user edits the title and creates it."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        templates = dialog.findChild(QComboBox, "goalTemplate")
        assert templates.count() > 6
        templates.setCurrentIndex(1)
        templates.activated.emit(1)
        title = dialog.findChild(QLineEdit, "newGoalTitle")
        assert title.text(), "the template filled the title"
        assert dialog.milestones.toPlainText(), "and suggested milestones"
        title.setText(title.text() + " (my version)")
        dialog._on_create_clicked()

    QTimer.singleShot(0, fill)
    page.new_action.trigger()
    [row] = desk.goals.page(pair.uuid, 0, 10)
    assert row.title.endswith("(my version)")
    assert row.milestones_total >= 3
    assert page.detail.title.text() == row.title
    assert page.current_uuid() == row.uuid


def test_empty_title_in_the_form_is_explained_and_kept(qtbot, page, desk, pair) -> None:  # noqa: ANN001
    """Creating without a title shows why, under the title; the rest of what was typed
    stays; a template that fills the title clears the message."""
    seen: dict[str, object] = {}

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.why.setPlainText("Because it matters")
        dialog._on_create_clicked()
        error = dialog.findChild(QLabel, "newGoalTitleError")
        seen["error"] = error.text()
        seen["shown"] = error.isVisible()
        seen["why"] = dialog.why.toPlainText()
        dialog.template.setCurrentIndex(1)
        dialog.template.activated.emit(1)
        seen["title"] = dialog.title.text()
        seen["after_template"] = error.isVisible()
        dialog.reject()

    QTimer.singleShot(0, fill)
    page.new_action.trigger()
    assert "title" in seen["error"] and seen["shown"] and seen["why"] == "Because it matters"
    assert seen["title"] and seen["after_template"] is False
    assert desk.goals.count(pair.uuid) == 0
    assert page._unsaved_draft is not None, "what was in the form is kept for next time"


def test_tick_milestones_add_an_update_and_see_the_chart_change(qtbot, page, desk, pair) -> None:  # noqa: ANN001
    """Ticking a milestone raises progress and the chart; an update is listed."""
    _add_goal(
        desk, pair, "Present to the board", learner="mentor", milestones=["Outline", "Rehearse"]
    )
    page.reload()
    detail = page.detail
    assert detail.progress.value() == 0
    before = detail.chart.summary()
    item = detail.milestones.item(0)
    item.setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: detail.progress.value() == 50)
    assert "From milestones: 1 of 2" in detail.progress_rule.text()
    assert detail.chart.summary() != before
    qtbot.keyClicks(detail.update_percent, "80")
    qtbot.keyClicks(detail.update_note, "Dry run went well")
    qtbot.mouseClick(detail.findChild(QPushButton, "addUpdateButton"), Qt.MouseButton.LeftButton)
    assert detail.updates.rowCount() == 1
    assert detail.updates.item(0, 2).text() == "Dry run went well"
    assert detail.progress.value() == 50, "milestones still decide the progress"


def test_bad_percent_is_explained_and_not_saved(qtbot, page, desk, pair) -> None:  # noqa: ANN001
    """150% gets a message right under the update row, scrolled into view with the cursor in
    the percent; the typed note stays; fixing the percent clears the message."""
    uuid = _add_goal(desk, pair, "Read a dashboard", milestones=[f"Step {n}" for n in range(9)])
    page.window().resize(1000, 620)
    page.reload(uuid)
    detail = page.detail
    qtbot.keyClicks(detail.update_percent, "150")
    qtbot.keyClicks(detail.update_note, "keep me")
    detail._on_add_update()
    message = detail.findChild(QLabel, "updateError")
    assert "0 to 100" in message.text() and message.isVisibleTo(page)
    assert not detail.error.isVisibleTo(page), "the message is beside the update, not at the top"
    assert page.focusWidget() is detail.update_percent
    qtbot.waitUntil(lambda: not message.visibleRegion().isEmpty(), timeout=2000)  # in view
    assert detail.update_note.text() == "keep me"
    assert desk.goals.updates(uuid) == []
    detail.update_percent.clear()
    assert not message.isVisibleTo(page), "fixing the percent clears it"


def test_autosave_and_undo_redo(qtbot, page, desk, pair) -> None:  # noqa: ANN001
    """Typing a title saves after a pause; Ctrl+Z restores it, Ctrl+Shift+Z re-applies it."""
    uuid = _add_goal(desk, pair, "Draft")
    page.reload(uuid)
    title = page.detail.title
    title.selectAll()
    qtbot.keyClicks(title, "Use AI assistants at work")
    qtbot.waitUntil(lambda: desk.goals.get(uuid).title == "Use AI assistants at work", timeout=3000)
    assert page.undo_stack.count() == 1, "a burst of typing is one undo step"
    page.undo_stack.undo()
    assert desk.goals.get(uuid).title == "Draft"
    assert page.detail.title.text() == "Draft"
    page.undo_stack.redo()
    assert desk.goals.get(uuid).title == "Use AI assistants at work"


def test_empty_title_is_not_saved_but_kept(qtbot, page, desk, pair) -> None:  # noqa: ANN001
    """Clearing the title shows a message and keeps the other edits."""
    uuid = _add_goal(desk, pair, "Draft")
    page.reload(uuid)
    page.detail.title.clear()
    page.detail._touch("title")
    page.detail.why.setPlainText("new why")
    page.flush()
    message = page.detail.errors.label_of("title")
    assert "title" in message.text() and message.isVisibleTo(page), "beside the title"
    goal = desk.goals.get(uuid)
    assert goal.title == "Draft" and goal.why == "new why"


def test_target_before_start_is_refused(qtbot, page, desk, pair) -> None:  # noqa: ANN001
    """A target date before the start gets a message and is not saved."""
    from PySide6.QtCore import QDate

    uuid = _add_goal(desk, pair, "Draft", start_date="2026-03-01", target_date="2026-06-01")
    page.reload(uuid)
    page.detail.target.setDate(QDate(2026, 1, 1))
    assert "before the start" in page.detail.errors.visible_message()
    assert desk.goals.get(uuid).target_date == "2026-06-01"


def test_delete_without_confirmation_then_undo(qtbot, page, desk, pair) -> None:  # noqa: ANN001
    """Delete removes the goal at once, says so, and Ctrl+Z brings it back."""
    uuid = _add_goal(desk, pair, "Short-lived", milestones=["a"])
    page.reload(uuid)
    messages: list[str] = []
    page.status_message.connect(messages.append)
    page.tree.setFocus()
    page.delete_action.trigger()
    assert desk.goals.row(uuid) is None
    assert "Ctrl+Z" in messages[-1]
    page.undo_stack.undo()
    assert desk.goals.get(uuid).title == "Short-lived"
    assert len(desk.goals.milestones(uuid)) == 1
    assert page.current_uuid() == uuid


def test_achieving_a_goal_celebrates(qtbot, page, desk, pair) -> None:  # noqa: ANN001
    """Choosing 'Achieved' records the date and shows a celebration."""
    uuid = _add_goal(desk, pair, "Post on LinkedIn monthly")
    page.reload(uuid)
    status = page.detail.status
    status.setCurrentIndex(status.findData("achieved"))
    status.activated.emit(status.currentIndex())
    assert desk.goals.get(uuid).achieved_on == date.today().isoformat()
    assert page.detail.celebration.isVisibleTo(page)
    assert "achieved" in page.detail.celebration.text()


def test_both_learners_are_grouped_and_filters_apply(qtbot, page, desk, pair) -> None:  # noqa: ANN001
    """Goals appear under their learner; the status filter hides achieved ones by default."""
    _add_goal(desk, pair, "Mentee goal", learner="mentee")
    mentor_goal = _add_goal(desk, pair, "Mentor goal", learner="mentor", category="Leadership")
    desk.goals.set_status(mentor_goal, "achieved", date.today())
    page.reload()
    model = page.model
    groups = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert groups[0].startswith("Martin Keller's goals") and groups[1].startswith(
        "Priya Raman's goals"
    )
    assert model.rowCount(model.index(1, 0)) == 0
    page.status_filter.setCurrentIndex(page.status_filter.findText("All statuses"))
    page._on_filters_changed()
    assert model.rowCount(model.index(1, 0)) == 1
    page.category_filter.setCurrentIndex(page.category_filter.findData("Leadership"))
    page._on_filters_changed()
    assert model.rowCount(model.index(0, 0)) == 0


def test_every_control_has_an_accessible_name(page) -> None:  # noqa: ANN001
    """Each input of the detail pane can be named by a screen reader."""
    from PySide6.QtWidgets import QDateEdit, QPlainTextEdit

    for kind in (QLineEdit, QComboBox, QPlainTextEdit, QDateEdit):
        for widget in page.detail.findChildren(kind):
            if widget.objectName() and not widget.objectName().startswith("qt_"):
                assert widget.accessibleName(), widget.objectName()


def test_model_passes_qtmodeltester(qtmodeltester, desk, pair) -> None:  # noqa: ANN001
    """The lazy tree model keeps Qt's model contract, including fetchMore."""
    for index in range(200):
        _add_goal(desk, pair, f"Goal {index}", learner="mentee" if index % 4 else "mentor")
    model = GoalTreeModel(desk.goals)
    model.set_pair(pair.uuid, {"mentor": "Priya", "mentee": "Martin"}, "mentee")
    mentee = model.index(0, 0)
    assert model.rowCount(mentee) == PAGE_SIZE and model.canFetchMore(mentee)
    qtmodeltester.check(model)
    while model.canFetchMore(mentee):
        model.fetchMore(mentee)
    assert model.rowCount(mentee) == 150
    assert model.index(5, 0, mentee).data(UUID_ROLE)
    assert not model.index(0, 0, QModelIndex()).data(UUID_ROLE)


def test_drag_a_milestone_to_reorder(qtbot, page, desk, pair) -> None:  # noqa: ANN001
    """Moving a milestone in the list (what a drop does) saves the new order; undo restores it."""
    uuid = _add_goal(desk, pair, "Ordered", milestones=["first", "second", "third"])
    page.reload(uuid)
    listing = page.detail.milestones
    model = listing.model()
    assert model.moveRow(QModelIndex(), 2, QModelIndex(), 0)
    qtbot.waitUntil(
        lambda: [m.title for m in desk.goals.milestones(uuid)] == ["third", "first", "second"]
    )
    assert [listing.item(i).text() for i in range(3)] == ["third", "first", "second"]
    page.undo_stack.undo()
    assert [m.title for m in desk.goals.milestones(uuid)] == ["first", "second", "third"]


def test_closing_the_window_mid_edit_keeps_the_typing(qtbot, make_window, desk, pair) -> None:  # noqa: ANN001
    """Text typed a moment before closing is saved, not lost to the autosave pause."""
    uuid = _add_goal(desk, pair, "Draft")
    window = make_window()
    window.sidebar.setCurrentRow(1)
    window.goals.reload(uuid)
    qtbot.keyClicks(window.goals.detail.why, "Typed just before closing")
    assert desk.goals.get(uuid).why == ""
    window.close()
    assert desk.goals.get(uuid).why == "Typed just before closing"


def test_delete_key_on_the_list_deletes_the_goal(qtbot, page, desk, pair) -> None:  # noqa: ANN001
    """Pressing Delete in the goal list deletes the selected goal (no shortcut clash)."""
    uuid = _add_goal(desk, pair, "Press delete")
    page.reload(uuid)
    page.window().activateWindow()
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert desk.goals.row(uuid) is None


def test_scrolling_to_the_bottom_fetches_more_of_the_first_group(qtbot, page, desk, pair) -> None:  # noqa: ANN001, E501
    """Both groups are lazy; scrolling down loads more goals even for the first group."""
    for index in range(90):
        _add_goal(desk, pair, f"Goal {index}", learner="mentee")
    _add_goal(desk, pair, "Mentor goal", learner="mentor")
    page.reload()
    mentee = page.model.index(0, 0)
    assert page.model.rowCount(mentee) == PAGE_SIZE
    bar = page.tree.verticalScrollBar()
    for _ in range(5):
        bar.setValue(bar.maximum())
        QApplication.processEvents()
    assert page.model.rowCount(mentee) == 90


def test_goal_titles_get_the_room_first(qtbot, page, desk, pair) -> None:  # noqa: ANN001
    """At the window's default size the title column is wider than the other three together,
    and a title cut short is whole in its tooltip."""
    title = "Use generative AI tools in my weekly work without losing my own voice"
    uuid = _add_goal(desk, pair, title)
    page.reload(uuid)
    header = page.tree.header()
    others = sum(header.sectionSize(column) for column in (1, 2, 3))
    assert header.sectionSize(0) > others
    index = page.tree.currentIndex().siblingAtColumn(0)
    assert title in index.data(Qt.ItemDataRole.ToolTipRole)

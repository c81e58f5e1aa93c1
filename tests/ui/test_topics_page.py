"""The Topics page as the mentor drives it: the bank, the editor, preparing the next meeting."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from rmdesk.services import dump, goals
from rmdesk.services.meetings import created_uuids
from rmdesk.ui.models.lazy_list import PAGE_SIZE, UUID_ROLE
from rmdesk.ui.pages.topics import FOLLOW_UP_MARK, TOPIC_MIME, TopicsPage
from rmdesk.ui.widgets import meeting_detail
from rmdesk.ui.widgets.topics import editor as topic_editor


@pytest.fixture
def page(qtbot, desk, pair):  # noqa: ANN001, ANN201
    page = TopicsPage(desk.topics, desk.meetings, desk.goals)
    qtbot.addWidget(page)
    page.resize(1100, 720)
    page.show()
    page.show_pair(pair)
    return page


def _topic(desk, pair, title: str, **fields) -> str:  # noqa: ANN001, ANN003
    [uuid] = created_uuids(desk.topics.create(pair.uuid, title, **fields), "topics")
    return uuid


def _plan(desk, pair, days: int, minutes: int = 45) -> str:  # noqa: ANN001
    start = datetime.now(UTC).replace(microsecond=0) + timedelta(days=days)
    [uuid] = created_uuids(desk.meetings.plan(pair.uuid, start, minutes), "meetings")
    return uuid


def _agenda_titles(desk, meeting: str) -> list[str]:  # noqa: ANN001
    return [item.title for item in desk.meetings.agenda(meeting)]


def _index_of(page: TopicsPage, uuid: str):  # noqa: ANN202
    return page.model.index(page.model.row_of(uuid))


def test_ctrl_n_creates_a_topic_and_its_typed_title_autosaves(qtbot, page, desk, pair) -> None:  # noqa: ANN001
    """Ctrl+N adds a topic with its title selected; typing replaces and saves it."""
    page.activateWindow()
    qtbot.waitActive(page)
    page.topic_list.setFocus()
    qtbot.keyClick(page.topic_list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert desk.topics.count(pair.uuid) == 1
    title = page.editor.title
    assert title.hasFocus() and title.selectedText() == "New topic"
    qtbot.keyClicks(title, "Dashboards for managers")
    [row] = desk.topics.page(pair.uuid, 0, 10)
    qtbot.waitUntil(lambda: desk.topics.get(row.uuid).title == "Dashboards for managers")
    assert page.model.index(0).data().startswith("Dashboards for managers")
    assert page.undo_stack.count() == 1, "creating and naming it is one undo step"
    page.undo_stack.undo()
    assert desk.topics.count(pair.uuid) == 0
    assert page.model.rowCount() == 0 and not page.editor.isEnabled()


def test_a_bad_link_is_explained_not_saved_and_kept(qtbot, page, desk, pair, monkeypatch) -> None:  # noqa: ANN001
    """An invalid link gets an inline message; the typing stays, even across topics."""
    uuid = _topic(desk, pair, "Prompting basics")
    other = _topic(desk, pair, "Another topic")
    page.reload(uuid)
    editor = page.editor
    qtbot.keyClicks(editor.resources, "https://example.com/guide")
    qtbot.keyClick(editor.resources, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.resources, "http://")
    page.flush()
    assert editor.error.isVisibleTo(page) and "not a valid web link" in editor.error.text()
    assert desk.topics.get(uuid).resources == ""
    assert editor.resources.toPlainText() == "https://example.com/guide\nhttp://"
    page.reload(other)
    page.reload(uuid)
    assert editor.resources.toPlainText() == "https://example.com/guide\nhttp://", "still there"
    assert editor.error.isVisibleTo(page)
    editor.resources.setPlainText("https://example.com/guide\nnot a link, just words")
    page.flush()
    assert not editor.error.isVisibleTo(page)
    assert desk.topics.get(uuid).resources.startswith("https://example.com/guide")
    [link] = editor.links.findChildren(QLabel, "topicLink")
    opened: list[str] = []
    monkeypatch.setattr(topic_editor, "open_in_browser", opened.append)
    link.linkActivated.emit("https://example.com/guide")
    link.linkActivated.emit("https://elsewhere.example.org/")
    assert opened == ["https://example.com/guide"], "only the topic's own links open"


def test_bad_minutes_and_an_empty_title_are_explained(qtbot, page, desk, pair) -> None:  # noqa: ANN001
    """Too many minutes or no title: inline messages, nothing saved, the values kept."""
    uuid = _topic(desk, pair, "Draft", estimated_minutes=20)
    page.reload(uuid)
    editor = page.editor
    editor.minutes.setValue(500)
    editor.title.clear()
    editor.title.textEdited.emit("")
    page.flush()
    assert "1 to 480 minutes" in editor.error.text()
    assert "title" in editor.error.text()
    topic = desk.topics.get(uuid)
    assert topic.estimated_minutes == 20 and topic.title == "Draft"
    assert editor.minutes.value() == 500 and editor.title.text() == ""
    editor.minutes.setValue(0)
    editor.title.setText("Saying no to senior people")
    editor.title.textEdited.emit(editor.title.text())
    page.flush()
    topic = desk.topics.get(uuid)
    assert topic.estimated_minutes is None and topic.title == "Saying no to senior people"
    assert editor.minutes.text() == "—"


def test_drop_topics_onto_the_next_meetings_agenda(qtbot, page, desk, pair) -> None:  # noqa: ANN001
    """Dropping topics from the list puts them on the agenda where they land; budget follows."""
    meeting = _plan(desk, pair, 3, minutes=45)
    first = _topic(desk, pair, "Prompting basics", estimated_minutes=20, status="prepared")
    second = _topic(desk, pair, "Dashboards", estimated_minutes=30)
    page.reload()
    prepare = page.prepare
    assert prepare.isVisibleTo(page) and prepare.objectName() == "preparePanel"
    mime = page.model.mimeData([_index_of(page, first)])
    assert mime.hasFormat(TOPIC_MIME)
    assert prepare.drop_topics(mime, 0)
    assert _agenda_titles(desk, meeting) == ["Prompting basics"]
    assert desk.topics.get(first).status == "on_agenda"
    assert prepare.budget.text() == "Planned 20 of 45 minutes"
    assert prepare.budget_bar.format() == "25 minutes free"
    # The real drop handler, fed a drop above the first row: lands first.
    agenda = prepare.agenda
    top = agenda.visualItemRect(agenda.item(0)).topLeft() + QPointF(4, 2).toPoint()
    dragged = page.model.mimeData([_index_of(page, second)])  # a QDropEvent does not own it
    enter = QDragEnterEvent(
        top, Qt.DropAction.CopyAction, dragged, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)
    )
    agenda.dragEnterEvent(enter)
    assert enter.isAccepted(), "the agenda takes topic drags"
    event = QDropEvent(
        QPointF(top),
        Qt.DropAction.CopyAction,
        dragged,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    agenda.dropEvent(event)
    assert event.isAccepted()
    assert _agenda_titles(desk, meeting) == ["Dashboards", "Prompting basics"]
    assert [agenda.item(i).text() for i in range(agenda.count())] == [
        "1. Dashboards\u00a0·\u00a030\u00a0min",
        "2. Prompting basics\u00a0·\u00a020\u00a0min",
    ]
    assert prepare.budget.text() == "Planned 50 of 45 minutes"
    assert prepare.budget_bar.format() == "5 minutes over"
    normal = page.palette().color(QPalette.ColorRole.WindowText)
    warning = prepare.budget.palette().color(QPalette.ColorRole.WindowText)
    assert warning != normal
    assert prepare.budget_bar.palette().color(QPalette.ColorRole.Highlight) == warning
    assert desk.topics.get(second).status == "on_agenda"
    page.undo_stack.undo()
    assert _agenda_titles(desk, meeting) == ["Prompting basics"]
    assert desk.topics.get(second).status == "idea"
    assert prepare.budget.text() == "Planned 20 of 45 minutes"
    assert prepare.budget.palette().color(QPalette.ColorRole.WindowText) == normal


def test_add_to_next_meeting_with_the_button(qtbot, page, desk, pair) -> None:  # noqa: ANN001
    """Keyboard users add the topic being edited with a button (off once it is there)."""
    meeting = _plan(desk, pair, 5)
    uuid = _topic(desk, pair, "Hybrid meeting etiquette", estimated_minutes=15)
    page.reload(uuid)
    messages: list[str] = []
    page.status_message.connect(messages.append)
    button = page.findChild(QPushButton, "addToAgendaButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert _agenda_titles(desk, meeting) == ["Hybrid meeting etiquette"]
    assert page.editor.status.currentData() == "on_agenda"
    assert "Hybrid meeting etiquette" in messages[-1]
    assert not button.isEnabled(), "it is on that agenda already"
    other = _topic(desk, pair, "Reading the room on video")
    page.reload(other)
    assert button.isEnabled()
    page.editor.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert _agenda_titles(desk, meeting) == [
        "Hybrid meeting etiquette",
        "Reading the room on video",
    ]


def test_reorder_the_agenda(qtbot, page, desk, pair) -> None:  # noqa: ANN001
    """An internal drag and Ctrl+Up both reorder the agenda; undo puts it back."""
    meeting = _plan(desk, pair, 4)
    for title in ("One", "Two", "Three"):
        desk.topics.add_to_agenda(_topic(desk, pair, title), meeting)
    page.reload()
    prepare = page.prepare
    prepare.agenda.row_moved.emit(2, 0)  # what dropping the third row above the first does
    assert _agenda_titles(desk, meeting) == ["Three", "One", "Two"]
    assert prepare.agenda.currentItem().text() == "1. Three"
    prepare.agenda.setCurrentRow(2)
    prepare.agenda.setFocus()
    page.activateWindow()
    qtbot.waitActive(page)
    qtbot.keyClick(prepare.agenda, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert _agenda_titles(desk, meeting) == ["Three", "Two", "One"]
    page.undo_stack.undo()
    page.undo_stack.undo()
    assert _agenda_titles(desk, meeting) == ["One", "Two", "Three"]
    assert prepare.agenda.item(0).text() == "1. One"
    prepare.agenda.setCurrentRow(0)
    qtbot.mouseClick(
        page.findChild(QPushButton, "removeFromAgendaButton"), Qt.MouseButton.LeftButton
    )
    assert _agenda_titles(desk, meeting) == ["Two", "Three"]


def test_plan_one_when_nothing_is_planned(qtbot, page, desk, pair) -> None:  # noqa: ANN001
    """With no meeting ahead, "Plan one" plans it at the suggested time and shows it."""
    prepare = page.prepare
    button = page.findChild(QPushButton, "planNextMeetingButton")
    assert button.isVisibleTo(page)
    assert prepare.heading.text() == "No meeting planned"
    assert not page.findChild(QPushButton, "addToAgendaButton").isEnabled()
    suggested = desk.meetings.suggest_next_start(pair.uuid)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    meeting = desk.topics.next_meeting_for_preparation(pair.uuid)
    assert meeting is not None and meeting.duration_minutes == pair.meeting_minutes
    assert desk.meetings.local_start(meeting.starts_at) == suggested
    assert not button.isVisibleTo(page)
    assert prepare.heading.text().endswith("45 minutes")
    assert prepare.budget.text() == "Planned 0 of 45 minutes"
    page.undo_stack.undo()
    assert desk.meetings.count(pair.uuid) == 0
    assert button.isVisibleTo(page)


def test_history_after_a_held_meeting_and_reopen_for_follow_up(qtbot, page, desk, pair) -> None:  # noqa: ANN001
    """A topic discussed in a held meeting shows where and when; it can be reopened."""
    meeting = _plan(desk, pair, -7)
    uuid = _topic(desk, pair, "Reading a dashboard", estimated_minutes=20)
    desk.topics.add_to_agenda(uuid, meeting)
    [item] = desk.meetings.agenda(meeting)
    desk.meetings.set_discussed(item.uuid, True)
    desk.meetings.mark_held(meeting)
    assert desk.topics.get(uuid).status == "discussed"
    page.reload(uuid)
    editor = page.editor
    assert editor.topic.uuid == uuid, "shown although the Open filter hides it"
    [entry] = [editor.history.item(i) for i in range(editor.history.count())]
    start = desk.meetings.local_start(desk.meetings.get(meeting).starts_at)
    when = meeting_detail.local_text(start)
    assert entry.text() == f"{when} · held · discussed ✓"
    chosen: list[str] = []
    page.meeting_chosen.connect(chosen.append)
    editor.history.itemActivated.emit(entry)
    assert chosen == [meeting]
    reopen = page.findChild(QPushButton, "reopenTopicButton")
    assert reopen.isEnabled()
    qtbot.mouseClick(reopen, Qt.MouseButton.LeftButton)
    assert desk.topics.get(uuid).status == "follow_up"
    assert editor.status.currentText() == "Follow-up" and not reopen.isEnabled()
    assert _index_of(page, uuid).data().startswith(FOLLOW_UP_MARK + "Reading a dashboard")
    page.undo_stack.undo()
    assert desk.topics.get(uuid).status == "discussed"


def test_search_and_status_filter(qtbot, page, desk, pair) -> None:  # noqa: ANN001
    """Typing in the search box filters after a short pause; the filter hides done topics."""
    _topic(desk, pair, "Prompting basics")
    _topic(desk, pair, "Dashboards", notes="Ask about prompt libraries")
    _topic(desk, pair, "Hybrid meetings")
    parked = _topic(desk, pair, "Prompt injection", status="parked")
    page.reload()
    assert page.model.rowCount() == 3, "Open hides the parked topic"
    qtbot.keyClicks(page.search, "prompt")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    titles = {page.model.index(r).data().split("\n")[0] for r in range(2)}
    assert titles == {"Prompting basics", "Dashboards"}
    filter_combo = page.status_filter
    filter_combo.setCurrentIndex(filter_combo.findText("Parked"))
    filter_combo.activated.emit(filter_combo.currentIndex())
    assert page.model.rowCount() == 1 and page.model.index(0).data(UUID_ROLE) == parked
    page.search.clear()
    qtbot.waitUntil(lambda: page.findChild(QLabel, "topicsCount").text() == "1 topic")
    qtbot.keyClicks(page.search, "nothing like this")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.empty_hint.isVisibleTo(page) and "match" in page.empty_hint.text()


def test_delete_without_confirmation_and_undo_restores_exactly(qtbot, page, desk, pair) -> None:  # noqa: ANN001
    """Delete in the list removes the topic at once; Ctrl+Z restores every row exactly."""
    meeting = _plan(desk, pair, 3)
    uuid = _topic(desk, pair, "Short-lived", estimated_minutes=10, resources="https://a.example")
    _topic(desk, pair, "Stays")
    desk.topics.add_to_agenda(uuid, meeting)
    before = dump.dump(desk.store)["tables"]
    page.reload(uuid)
    messages: list[str] = []
    page.status_message.connect(messages.append)
    page.activateWindow()
    qtbot.waitActive(page)
    page.topic_list.setFocus()
    qtbot.keyClick(page.topic_list, Qt.Key.Key_Delete)
    with pytest.raises(Exception, match="not found|No topic|Topic"):
        desk.topics.get(uuid)
    assert "Ctrl+Z" in messages[-1]
    assert desk.meetings.agenda(meeting) == [], "a deleted topic leaves the planned agenda"
    assert page.editor.topic is not None and page.editor.topic.title == "Stays"
    page.undo_stack.undo()
    assert dump.dump(desk.store)["tables"] == before
    assert page.editor.topic is not None and page.editor.topic.uuid == uuid


def test_edits_autosave_and_undo_redo(qtbot, page, desk, pair) -> None:  # noqa: ANN001
    """A pause in typing saves; one Ctrl+Z undoes the burst, redo re-applies it."""
    goal, _ = desk.goals.create(
        pair.uuid, goals.GoalDraft(title="Read dashboards"), "mentee", date.today()
    )
    uuid = _topic(desk, pair, "Dashboards")
    page.reload(uuid)
    editor = page.editor
    qtbot.keyClicks(editor.why, "He signs off on them every week")
    qtbot.waitUntil(lambda: desk.topics.get(uuid).why_it_matters.startswith("He signs"))
    editor.goal.setCurrentIndex(editor.goal.findData(goal.uuid))
    editor.goal.activated.emit(editor.goal.currentIndex())
    assert desk.topics.get(uuid).goal_uuid == goal.uuid
    assert "Goal: Read dashboards" in page.model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert page.undo_stack.count() == 2
    page.undo_stack.undo()
    page.undo_stack.undo()
    topic = desk.topics.get(uuid)
    assert topic.why_it_matters == "" and topic.goal_uuid is None
    assert editor.why.toPlainText() == "" and editor.goal.currentText() == "No goal"
    page.undo_stack.redo()
    assert editor.why.toPlainText() == "He signs off on them every week"


def test_typing_is_saved_when_the_page_is_hidden(qtbot, page, desk, pair) -> None:  # noqa: ANN001
    """Notes typed a moment before leaving the page are saved, not lost to the pause."""
    uuid = _topic(desk, pair, "Draft")
    page.reload(uuid)
    qtbot.keyClicks(page.editor.notes, "Bring two screenshots")
    assert desk.topics.get(uuid).notes == ""
    page.hide()
    assert desk.topics.get(uuid).notes == "Bring two screenshots"


def test_model_passes_qtmodeltester_with_lazy_fetching(qtmodeltester, page, desk, pair) -> None:  # noqa: ANN001
    """The topic list keeps Qt's model contract while it fetches page by page."""
    for number in range(PAGE_SIZE + 15):
        _topic(desk, pair, f"Topic {number:03}", estimated_minutes=number % 40 + 1)
    page.reload()
    model = page.model
    assert model.rowCount() == PAGE_SIZE and model.canFetchMore(page.model.index(-1))
    qtmodeltester.check(model)
    while model.canFetchMore(model.index(-1)):
        model.fetchMore(model.index(-1))
    assert model.rowCount() == PAGE_SIZE + 15
    assert model.index(PAGE_SIZE + 3).data(UUID_ROLE)


def test_every_control_is_named_and_reachable_by_tab(qtbot, page, desk, pair) -> None:  # noqa: ANN001
    """Each input has an accessible name, and Tab reaches all of them."""
    meeting = _plan(desk, pair, 3)
    uuid = _topic(desk, pair, "Topic", resources="https://example.com")
    desk.topics.add_to_agenda(uuid, meeting)
    page.reload(uuid)
    page.prepare.agenda.setCurrentRow(0)
    kinds = (QLineEdit, QComboBox, QPlainTextEdit, QSpinBox, QListView, QListWidget, QPushButton)
    controls = [
        widget
        for kind in kinds
        for widget in page.findChildren(kind)
        if not widget.objectName().startswith("qt_") and widget.isVisibleTo(page)
    ]
    controls += page.findChildren(QLabel, "topicLink")
    assert len(controls) > 20
    for widget in controls:
        assert widget.accessibleName(), widget.objectName() or widget
    chain: set[QWidget] = set()
    widget = page.new_button
    for _ in range(200):
        chain.add(widget)
        widget = widget.nextInFocusChain()
        if widget is page.new_button:
            break
    for control in controls:
        assert control in chain, control.objectName()
    for name in (
        "topicList",
        "topicSearch",
        "topicStatusFilter",
        "topicTitle",
        "topicResources",
        "topicMinutes",
        "prepareAgenda",
        "addToAgendaButton",
    ):
        assert page.findChild(QWidget, name) is not None, name

"""A save that fails because the disk is full: the typed text stays in the editor, the error
is shown in the page (no traceback, no dialog), and the text is saved once space is back.

The failure is the real one: the RmdeskError the store raises when SQLite reports a full
disk, captured from a scratch desk whose file may not grow; the service method then raises
it, because limiting file size inside the test process would endanger the test run itself.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from rmdesk import errors, paths
from rmdesk.services import goals, prompts
from rmdesk.services.meetings import created_uuids
from rmdesk.services.reflections import ReflectionService
from rmdesk.store import db
from rmdesk.ui.pages.reflections import ReflectionsPage
from rmdesk.ui.pages.topics import TopicsPage
from tests.ui.conftest import make_pair


@pytest.fixture(scope="module")
def full_disk_message(tmp_path_factory: pytest.TempPathFactory) -> str:
    """What the store says when a write does not fit on the disk (SQLITE_FULL)."""
    scratch = db.open_store(paths.DataPaths(tmp_path_factory.mktemp("full") / "desk"))
    try:
        pages = scratch.query("PRAGMA page_count")[0][0]
        scratch.conn.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(errors.RmdeskError) as caught, scratch.atomic():
            scratch.conn.execute("CREATE TABLE filler (x TEXT)")
            scratch.conn.execute("INSERT INTO filler VALUES (?)", ("z" * 200_000,))
    finally:
        scratch.close()
    assert "disk is full" in str(caught.value)
    return str(caught.value)


def _refusing(message: str) -> Callable[..., Any]:
    def refuse(*_args: object, **_kwargs: object) -> Any:
        raise errors.RmdeskError(message)

    return refuse


def _open_in_window(make_window, name: str, uuid: str):  # noqa: ANN001, ANN202
    """The window showing page `name` with the entry `uuid` open in its detail pane."""
    window = make_window()
    window.sidebar.setCurrentRow(window._row_of(name))
    page = getattr(window, name)
    page.reload(uuid)
    return page


def _reflections_page(qtbot, desk, pair) -> tuple[ReflectionService, ReflectionsPage]:  # noqa: ANN001
    """A shown Reflections page for the pair, over its own service (so it can be made to fail)."""
    service = ReflectionService(desk.store, prompts.load_library())
    page = ReflectionsPage(service, desk.meetings, desk.goals)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.show_pair(pair)
    return service, page


@pytest.fixture
def pair(desk):  # noqa: ANN001, ANN201
    """The usual pair, with the user as the mentor."""
    return make_pair(desk, me_role="mentor")


def test_meeting_notes_are_kept_when_the_disk_is_full(
    qtbot,
    make_window,
    desk,
    pair,
    monkeypatch,
    full_disk_message,  # noqa: ANN001
) -> None:
    """Notes typed while saving fails stay in the editor with the error shown, then save."""
    start = datetime.now(UTC).replace(microsecond=0) + timedelta(days=2)
    [uuid] = created_uuids(desk.meetings.plan(pair.uuid, start, 45, "video", ""), "meetings")
    page = _open_in_window(make_window, "meetings", uuid)
    detail = page.detail
    monkeypatch.setattr(desk.meetings, "set_notes", _refusing(full_disk_message))
    qtbot.keyClicks(detail.notes.editor, "# Ask about the rollout")
    qtbot.waitUntil(lambda: detail.error.isVisibleTo(page), timeout=3000)
    assert "disk is full" in detail.error.text()
    assert detail.notes.text() == "# Ask about the rollout"
    assert desk.meetings.get(uuid).notes == ""
    assert QApplication.activeModalWidget() is None, "no dialog over the typing"
    monkeypatch.undo()  # space is free again
    qtbot.keyClicks(detail.notes.editor, "!")
    qtbot.waitUntil(
        lambda: desk.meetings.get(uuid).notes == "# Ask about the rollout!", timeout=3000
    )
    assert not detail.error.isVisibleTo(page)


def test_unsaved_notes_come_back_after_switching_meetings(
    qtbot,
    make_window,
    desk,
    pair,
    monkeypatch,
    full_disk_message,  # noqa: ANN001
) -> None:
    """Notes that could not be saved are not lost by opening another meeting: going back
    shows them again, and they are saved once the disk allows."""
    start = datetime.now(UTC).replace(microsecond=0) + timedelta(days=2)
    [first] = created_uuids(desk.meetings.plan(pair.uuid, start, 45, "video", ""), "meetings")
    later = start + timedelta(days=14)
    [second] = created_uuids(desk.meetings.plan(pair.uuid, later, 45, "video", ""), "meetings")
    page = _open_in_window(make_window, "meetings", first)
    detail = page.detail
    monkeypatch.setattr(desk.meetings, "set_notes", _refusing(full_disk_message))
    qtbot.keyClicks(detail.notes.editor, "Questions on the pilot")
    detail.show_meeting(second)
    assert detail.notes.text() == ""
    monkeypatch.undo()
    detail.show_meeting(first)
    assert detail.notes.text() == "Questions on the pilot"
    assert "could not be saved earlier" in detail.error.text()
    qtbot.waitUntil(
        lambda: desk.meetings.get(first).notes == "Questions on the pilot", timeout=3000
    )


def test_unsaved_goal_text_comes_back_after_switching_goals(
    qtbot,
    make_window,
    desk,
    pair,
    monkeypatch,
    full_disk_message,  # noqa: ANN001
) -> None:
    """A goal's unsaved 'why' and title survive opening another goal, and save later."""
    first, _ = desk.goals.create(pair.uuid, goals.GoalDraft(title="First"), "mentee", date.today())
    second, _ = desk.goals.create(
        pair.uuid, goals.GoalDraft(title="Second"), "mentee", date.today()
    )
    page = _open_in_window(make_window, "goals", first.uuid)
    detail = page.detail
    monkeypatch.setattr(desk.goals, "update", _refusing(full_disk_message))
    qtbot.keyClicks(detail.why, "To lead hybrid teams")
    detail.title.setText("First, renamed")
    detail.title.textEdited.emit("First, renamed")
    detail.show_goal(second.uuid)
    assert detail.why.toPlainText() == "" and detail.title.text() == "Second"
    monkeypatch.undo()  # space again
    detail.show_goal(first.uuid)
    assert detail.why.toPlainText() == "To lead hybrid teams"
    assert detail.title.text() == "First, renamed"
    assert "could not be saved earlier" in detail.error.text()
    detail.flush()
    saved = desk.goals.get(first.uuid)
    assert (saved.why, saved.title) == ("To lead hybrid teams", "First, renamed")


def test_goal_text_is_kept_when_the_disk_is_full(
    qtbot,
    make_window,
    desk,
    pair,
    monkeypatch,
    full_disk_message,  # noqa: ANN001
) -> None:
    """A goal's 'why' that cannot be saved stays typed and pending, and saves later."""
    goal, _ = desk.goals.create(pair.uuid, goals.GoalDraft(title="Draft"), "mentee", date.today())
    page = _open_in_window(make_window, "goals", goal.uuid)
    detail = page.detail
    monkeypatch.setattr(desk.goals, "update", _refusing(full_disk_message))
    qtbot.keyClicks(detail.why, "To lead hybrid teams")
    page.flush()
    assert detail.error.isVisibleTo(page) and "disk is full" in detail.error.text()
    assert detail.why.toPlainText() == "To lead hybrid teams"
    assert detail.has_unsaved, "the edit stays pending for the next try"
    assert desk.goals.get(goal.uuid).why == ""
    monkeypatch.undo()
    page.flush()
    assert desk.goals.get(goal.uuid).why == "To lead hybrid teams"
    assert not detail.error.isVisibleTo(page)


def test_reflection_is_kept_when_the_disk_is_full(
    qtbot,
    desk,
    pair,
    monkeypatch,
    full_disk_message,  # noqa: ANN001
) -> None:
    """A reflection body that cannot be saved stays in the editor, explained, then saves."""
    service, page = _reflections_page(qtbot, desk, pair)
    page.new_reflection()
    uuid = page.current_uuid()
    editor = page.editor
    monkeypatch.setattr(service, "update", _refusing(full_disk_message))
    qtbot.keyClicks(editor.body.editor, "I held back on the real question.")
    page.flush()
    assert editor.error.isVisibleTo(page) and "disk is full" in editor.error.text()
    assert editor.body.text() == "I held back on the real question."
    assert service.get(uuid).body == ""
    monkeypatch.undo()
    page.flush()
    assert service.get(uuid).body == "I held back on the real question."
    assert not editor.error.isVisibleTo(page)
    page.close()


def test_unsaved_reflection_comes_back_after_opening_another(
    qtbot,
    desk,
    pair,
    monkeypatch,
    full_disk_message,  # noqa: ANN001
) -> None:
    """A reflection whose save failed is not lost by opening another: it is shown again,
    and saved once the disk allows."""
    service, page = _reflections_page(qtbot, desk, pair)
    other, _ = service.create(pair.uuid, pair.me_role, body="An older one")
    first = page.new_reflection()
    editor = page.editor
    monkeypatch.setattr(service, "update", _refusing(full_disk_message))
    qtbot.keyClicks(editor.body.editor, "I held back on the real question.")
    editor.show_reflection(other.uuid)
    assert editor.body.text() == "An older one"
    monkeypatch.undo()
    editor.show_reflection(first)
    assert editor.body.text() == "I held back on the real question."
    assert "could not be saved earlier" in editor.error.text()
    editor.flush()
    assert service.get(first).body == "I held back on the real question."
    page.close()


def test_topic_notes_are_kept_when_the_disk_is_full(
    qtbot,
    desk,
    pair,
    monkeypatch,
    full_disk_message,  # noqa: ANN001
) -> None:
    """Topic notes that cannot be saved stay typed and pending, explained, then save."""
    [uuid] = created_uuids(desk.topics.create(pair.uuid, "Prompting"), "topics")
    page = TopicsPage(desk.topics, desk.meetings, desk.goals)
    qtbot.addWidget(page)
    page.show()
    page.show_pair(pair)
    page.select_topic(uuid)
    editor = page.editor
    monkeypatch.setattr(desk.topics, "update", _refusing(full_disk_message))
    qtbot.keyClicks(editor.notes, "Bring two examples")
    editor.flush()
    assert editor.error.isVisibleTo(page) and "disk is full" in editor.error.text()
    assert editor.notes.toPlainText() == "Bring two examples"
    assert desk.topics.get(uuid).notes == ""
    monkeypatch.undo()
    editor.flush()
    assert desk.topics.get(uuid).notes == "Bring two examples"
    assert not editor.error.isVisibleTo(page)
    page.close()

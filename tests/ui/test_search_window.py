"""Search in the window: Ctrl+K from any page, and a hit opens where it lives."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from rmdesk.services import goals, pairs
from rmdesk.services.meetings import created_uuids


@pytest.fixture
def two_pairs(desk):  # noqa: ANN001, ANN201
    first = desk.pairs.create(
        pairs.PairDraft(
            mentor_name="Priya Raman", mentee_name="Martin Keller", start_date="2026-01-05"
        )
    )
    second = desk.pairs.create(
        pairs.PairDraft(mentor_name="Ada Obi", mentee_name="Tom Berg", start_date="2026-02-02")
    )
    return first, second


def _search(qtbot, window, text: str, hits: int = 1) -> None:  # noqa: ANN001
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    page = window.page("search")
    assert window.pages.currentWidget() is page
    assert page.query.hasFocus()
    qtbot.keyClicks(page.query, text)
    qtbot.waitUntil(lambda: page.model.rowCount() == hits)


def test_ctrl_k_opens_search_from_any_page(qtbot, make_window, two_pairs) -> None:  # noqa: ANN001
    """Ctrl+K on the Goals page shows the Search page with the cursor in its box."""
    window = make_window()
    window.sidebar.setCurrentRow(1)
    _search(qtbot, window, "nothingmatches", hits=0)
    qtbot.waitUntil(lambda: window.page("search").status.text() == "No matches.")
    assert window.sidebar.currentItem().text() == "Search"


def test_hit_in_other_pair_switches_pair_and_opens_goal(  # noqa: ANN001
    qtbot, make_window, desk, two_pairs
) -> None:
    """A hit in an achieved goal of the other pair opens that pair and that goal, even
    though the Goals page shows only active goals until then."""
    first, second = two_pairs
    goal, _ = desk.goals.create(
        second.uuid, goals.GoalDraft(title="Learn Figma prototyping"), "mentee", date.today()
    )
    desk.goals.set_status(goal.uuid, "achieved", date.today())
    window = make_window()
    window.pair_switcher.setCurrentIndex(window.pair_switcher.findData(first.uuid))
    window.page("search").scope_filter.setCurrentIndex(1)  # all pairs
    _search(qtbot, window, "figm")
    qtbot.keyClick(window.page("search").query, Qt.Key.Key_Return)
    assert window.current_pair == second.uuid
    assert window.pages.currentWidget() is window.goals
    assert window.goals.current_uuid() == goal.uuid
    assert window.goals.detail.goal.uuid == goal.uuid


def test_action_item_hit_opens_its_meeting(qtbot, make_window, desk, two_pairs) -> None:  # noqa: ANN001
    """An action item is shown in the meeting it belongs to, selected and in view (not the
    meeting from the top); an agenda item likewise."""
    first, _ = two_pairs
    start = datetime.now(UTC).replace(microsecond=0) + timedelta(days=3)
    [meeting] = created_uuids(desk.meetings.plan(first.uuid, start, 45), "meetings")
    for n in range(8):
        desk.meetings.add_action(first.uuid, f"Task {n}", "mentee", meeting_uuid=meeting)
    change = desk.meetings.add_action(
        first.uuid, "Send the podcast list", "mentor", meeting_uuid=meeting
    )
    [action] = created_uuids(change, "action_items")
    [item] = created_uuids(
        desk.meetings.add_agenda_item(meeting, "Retro on mentoring"), "agenda_items"
    )
    window = make_window()
    window.resize(1000, 600)
    window.pair_switcher.setCurrentIndex(window.pair_switcher.findData(first.uuid))
    _search(qtbot, window, "podcast")
    page = window.page("search")
    page.results.activated.emit(page.model.index(0))
    assert window.pages.currentWidget() is window.meetings
    assert window.meetings.current_uuid() == meeting
    actions = window.meetings.detail.action_table
    row = actions.currentRow()
    assert actions.item(row, 0).data(Qt.ItemDataRole.UserRole) == action
    assert actions.hasFocus()
    qtbot.waitUntil(lambda: not actions.visibleRegion().isEmpty(), timeout=2000)
    _search_again(qtbot, window, "retro")
    page.results.activated.emit(page.model.index(0))
    agenda = window.meetings.detail.agenda
    assert agenda.currentItem().data(Qt.ItemDataRole.UserRole) == item


def _search_again(qtbot, window, text: str) -> None:  # noqa: ANN001
    page = window.page("search")
    window.sidebar.setCurrentRow(window._row_of("search"))
    page.query.clear()
    qtbot.keyClicks(page.query, text)
    qtbot.waitUntil(
        lambda: (
            page.model.rowCount() == 1 and text.lower() in str(page.model.index(0).data()).lower()
        )
    )


def test_reflection_hidden_by_filters_is_shown(qtbot, make_window, desk, two_pairs) -> None:  # noqa: ANN001
    """A reflection the page's filters hide is opened anyway, the filters cleared."""
    first, _ = two_pairs
    reflection, _ = desk.reflections.create(first.uuid, "mentor", body="Candour felt hard today")
    window = make_window()
    window.pair_switcher.setCurrentIndex(window.pair_switcher.findData(first.uuid))
    reflections = window.page("reflections")
    reflections.author_filter.setCurrentIndex(reflections.author_filter.findData("mentee"))
    reflections.reload()
    assert reflections.current_uuid() != reflection.uuid
    _search(qtbot, window, "cando")
    qtbot.keyClick(window.page("search").query, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is reflections
    assert reflections.current_uuid() == reflection.uuid


def test_deleted_hit_says_so(qtbot, make_window, desk, two_pairs) -> None:  # noqa: ANN001
    """A hit deleted since the search answered is reported, not silently replaced."""
    first, _ = two_pairs
    [topic] = created_uuids(desk.topics.create(first.uuid, "Mastodon basics"), "topics")
    window = make_window()
    window.pair_switcher.setCurrentIndex(window.pair_switcher.findData(first.uuid))
    _search(qtbot, window, "mastodon")
    desk.topics.delete(topic)
    qtbot.keyClick(window.page("search").query, Qt.Key.Key_Return)
    assert "no longer" in window.statusBar().currentMessage()

"""The Search page as a user drives it: type, see hits, stale answers dropped, Enter opens."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from rmdesk import paths
from rmdesk.services import pairs, search
from rmdesk.store.db import Store
from rmdesk.ui.pages.search import (
    HTML_ROLE,
    SearchPage,
    SearchResultsModel,
    html_snippet,
    plain_snippet,
)
from tests.store.test_search_store import add_action, add_pair, add_reflection


@pytest.fixture
def service(store: Store, data_paths: paths.DataPaths) -> search.SearchService:
    with store.atomic():
        add_pair(store, "p1")
        add_pair(store, "p2")
        add_reflection(store, "r1", "We tried prompting with the dashboard")
        add_reflection(store, "r2", "Hybrid meetings felt awkward", pair="p2")
        add_action(store, "a1", "Send the dashboard link")
    return search.SearchService(data_paths)


@pytest.fixture
def page(qtbot, service):  # noqa: ANN001, ANN201
    page = SearchPage(service)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    yield page
    page.wait()


def _uuids(page: SearchPage) -> set[str]:
    return {page.model.result(row).uuid for row in range(page.model.rowCount())}


def test_typing_shows_hits(qtbot, page: SearchPage) -> None:  # noqa: ANN001
    """Typing a prefix searches after a short pause; the hits and a count appear."""
    qtbot.keyClicks(page.query, "dash")
    qtbot.waitUntil(lambda: _uuids(page) == {"r1", "a1"})
    assert page.status.text() == "2 matches"
    assert page.results.currentIndex().row() == 0


def test_no_matches_and_clearing(qtbot, page: SearchPage) -> None:  # noqa: ANN001
    """A word found nowhere says so; clearing the box clears the list."""
    qtbot.keyClicks(page.query, "zebra")
    qtbot.waitUntil(lambda: page.status.text() == "No matches.")
    page.query.clear()
    qtbot.waitUntil(lambda: page.status.text() == "")
    assert page.model.rowCount() == 0


def test_scope_this_pair_or_all(qtbot, page: SearchPage, store: Store) -> None:  # noqa: ANN001
    """'This pair' keeps to the shown pair; 'All pairs' finds the others too."""
    page.show_pair(pairs.PairService(store).get("p1"))
    qtbot.keyClicks(page.query, "hybrid")
    qtbot.waitUntil(lambda: page.status.text() == "No matches.")
    page.scope_filter.setCurrentIndex(1)
    page.search_now()
    qtbot.waitUntil(lambda: _uuids(page) == {"r2"})


def test_kind_filter(qtbot, page: SearchPage) -> None:  # noqa: ANN001
    """Choosing a kind narrows the hits."""
    page.kind_filter.setCurrentIndex(page.kind_filter.findText("Action item"))
    qtbot.keyClicks(page.query, "dash")
    qtbot.waitUntil(lambda: _uuids(page) == {"a1"})


def test_written_by_filter_names_the_pair(qtbot, page: SearchPage, store: Store) -> None:  # noqa: ANN001
    """The person filter names the pair's two people and keeps to what one of them wrote."""
    page.show_pair(pairs.PairService(store).get("p1"))
    assert page.author_filter.itemText(1) == "By the mentor (Priya)"
    assert page.author_filter.itemText(2) == "By the mentee (Martin)"
    qtbot.keyClicks(page.query, "dash")
    qtbot.waitUntil(lambda: _uuids(page) == {"r1", "a1"})
    page.author_filter.setCurrentIndex(2)
    page.author_filter.activated.emit(2)
    qtbot.waitUntil(lambda: _uuids(page) == {"a1"})


def test_date_range(qtbot, page: SearchPage) -> None:  # noqa: ANN001
    """Unticking "Any date" limits hits to the chosen days, whichever end is typed first."""
    from PySide6.QtCore import QDate

    page.scope_filter.setCurrentIndex(1)
    qtbot.keyClicks(page.query, "dash")
    qtbot.waitUntil(lambda: _uuids(page) == {"r1", "a1"})
    assert not page.date_from.isEnabled()
    page.date_from.setDate(QDate(2026, 3, 1))  # after both; ends swapped on purpose
    page.date_to.setDate(QDate(2026, 1, 15))
    page.any_date.setChecked(False)
    qtbot.waitUntil(lambda: _uuids(page) == {"r1"})  # 2026-02-01; the action is 2026-01-01
    page.any_date.setChecked(True)
    qtbot.waitUntil(lambda: _uuids(page) == {"r1", "a1"})


def test_stale_answer_is_dropped(qtbot, service) -> None:  # noqa: ANN001
    """A slow first query that answers after a later one never replaces its results."""
    second_done = threading.Event()

    class Slow:
        def search(self, text: str, **filters: object) -> list[search.SearchResult]:
            if text == "hybrid":
                second_done.wait(5)  # answers only after the later query has
            results = service.search(text, **filters)
            if text == "dash":
                second_done.set()
            return results

    page = SearchPage(Slow())  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.scope_filter.setCurrentIndex(1)
    page.query.setText("hybrid")
    page.search_now()
    page.query.setText("dash")
    page.search_now()
    assert page.wait()
    qtbot.waitUntil(lambda: _uuids(page) == {"r1", "a1"})
    qtbot.wait(50)  # let the stale answer's signal arrive too
    assert _uuids(page) == {"r1", "a1"}


def test_enter_opens_the_current_hit(qtbot, page: SearchPage) -> None:  # noqa: ANN001
    """Enter in the box, or in the list, asks to open the hit with its kind and uuid."""
    qtbot.keyClicks(page.query, "hybrid")
    qtbot.waitUntil(lambda: _uuids(page) == {"r2"})
    with qtbot.waitSignal(page.open_requested) as blocker:
        qtbot.keyClick(page.query, Qt.Key.Key_Return)
    assert blocker.args == ["reflections", "r2"]
    page.results.setFocus()
    with qtbot.waitSignal(page.open_requested) as blocker:
        qtbot.keyClick(page.results, Qt.Key.Key_Return)
    assert blocker.args == ["reflections", "r2"]


def test_double_click_opens(qtbot, page: SearchPage) -> None:  # noqa: ANN001
    """A double-click on a hit asks to open it."""
    qtbot.keyClicks(page.query, "hybrid")
    qtbot.waitUntil(lambda: _uuids(page) == {"r2"})
    centre = page.results.visualRect(page.model.index(0)).center()
    qtbot.mouseClick(page.results.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    with qtbot.waitSignal(page.open_requested) as blocker:
        qtbot.mouseDClick(page.results.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert blocker.args == ["reflections", "r2"]


def test_focus_query_selects_text(qtbot, page: SearchPage) -> None:  # noqa: ANN001
    """Ctrl+K lands in the box with the old query selected."""
    page.query.setText("old")
    page.focus_query()
    qtbot.waitUntil(page.query.hasFocus)
    assert page.query.selectedText() == "old"


def test_results_model(qtmodeltester, service) -> None:  # noqa: ANN001
    """The results model passes Qt's model tests, filled and empty."""
    model = SearchResultsModel()
    model.set_results(service.search("dash"))
    qtmodeltester.check(model)
    assert "<b>dashboard</b>" in model.data(model.index(0), HTML_ROLE)
    model.set_results([])
    qtmodeltester.check(model)


def test_snippet_rendering() -> None:
    """Match marks become bold (user text escaped) or « » in plain text."""
    assert html_snippet("a [b] <i>") == "a <b>b</b> &lt;i&gt;"
    assert plain_snippet("a [b]") == "a «b»"


def test_empty_box_explains_what_search_does(qtbot, page: SearchPage) -> None:  # noqa: ANN001
    """Before anything is typed the page says what it searches and how; typing hides it."""
    assert page.hint.isVisible() and "Ctrl+K" in page.hint.text()
    qtbot.keyClicks(page.query, "dash")
    qtbot.waitUntil(lambda: not page.hint.isVisible())
    page.query.clear()
    qtbot.waitUntil(page.hint.isVisible)


def test_a_full_page_of_hits_says_there_may_be_more(qtbot, store, data_paths) -> None:  # noqa: ANN001
    """When the limit is reached the count says these are the best ones, not all."""
    with store.atomic():
        add_pair(store, "p1")
        for n in range(60):
            add_reflection(store, f"r{n:02}", f"common words {n}")
    page = SearchPage(search.SearchService(data_paths))
    qtbot.addWidget(page)
    page.show()
    qtbot.keyClicks(page.query, "common")
    qtbot.waitUntil(lambda: page.model.rowCount() == 50)
    assert page.status.text().startswith("The best 50 matches")
    page.wait()

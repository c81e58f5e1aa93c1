"""SearchService: its own read connection per call, labels, dates, pair names and errors."""

from __future__ import annotations

import threading

import pytest

from rmdesk import errors, paths
from rmdesk.services import search
from rmdesk.store.db import Store
from tests.store.test_search_store import add_action, add_pair, add_reflection


@pytest.fixture
def service(store: Store, data_paths: paths.DataPaths) -> search.SearchService:
    with store.atomic():
        add_pair(store, "p1")
        add_reflection(store, "r1", "We tried prompting with the dashboard", on="2026-02-01")
        add_action(store, "a1", "Send the dashboard link")
    return search.SearchService(data_paths)


def test_results_carry_labels_dates_and_pair(service: search.SearchService) -> None:
    """Each result says its kind in words, its day and its pair."""
    results = {r.uuid: r for r in service.search("dashb")}
    assert results["r1"].label == "Reflection"
    assert results["r1"].date == "2026-02-01"
    assert results["a1"].label == "Action item"
    assert results["a1"].date == "2026-01-01"
    assert results["r1"].pair_label == "Priya & Martin"
    assert "[dashboard]" in results["r1"].snippet


def test_every_indexed_kind_has_a_label() -> None:
    """The page and CLI never show a raw table name."""
    from rmdesk.store import search as store_search

    assert set(search.KIND_LABELS) == set(store_search.KINDS)
    assert search.kind_label("meetings") == "Meeting notes"


def test_filters_pass_through(service: search.SearchService) -> None:
    """Kind and pair filters reach the store; an unknown kind is a clear error."""
    assert [r.uuid for r in service.search("dash", kinds=["action_items"])] == ["a1"]
    assert service.search("dash", pair_uuid="nobody") == []
    with pytest.raises(errors.ValidationError, match="Unknown kind"):
        service.search("dash", kinds=["nonsense"])


def test_blank_query_and_missing_desk(tmp_path) -> None:  # noqa: ANN001
    """Nothing to search is no results, not an error."""
    service = search.SearchService(paths.DataPaths(tmp_path / "none"))
    assert service.search("anything") == []
    assert service.search("  ") == []


def test_runs_in_another_thread(service: search.SearchService) -> None:
    """A worker thread can search while the writer's connection stays in its own thread."""
    found: list[int] = []
    worker = threading.Thread(target=lambda: found.append(len(service.search("dash"))))
    worker.start()
    worker.join()
    assert found == [2]


def test_target_opens_the_parent(service: search.SearchService, store: Store) -> None:
    """Standalone items open themselves; a milestone opens its goal, with the pair."""
    with store.atomic():
        store.conn.execute(
            "INSERT INTO goals (uuid, created_at, updated_at, author_role, pair_uuid, learner, "
            "title, status) VALUES ('g1', '2026-01-01', '2026-01-01', 'mentor', 'p1', "
            "'mentee', 'Learn prompting', 'active')"
        )
        store.conn.execute(
            "INSERT INTO milestones (uuid, created_at, updated_at, author_role, goal_uuid, "
            "title) VALUES ('m1', '2026-01-01', '2026-01-01', 'mentor', 'g1', 'First demo')"
        )
    assert service.target("reflections", "r1") == ("reflections", "r1", "p1")
    assert service.target("milestones", "m1") == ("goals", "g1", "p1")
    assert service.target("action_items", "a1") == ("action_items", "a1", "p1")


@pytest.mark.parametrize(
    ("snippet", "plain"),
    [
        ("# First \x02meeting\x03\nWe were **surprised**", "First [meeting] We were surprised"),
        ("> a quote about \x02candour\x03", "a quote about [candour]"),
        ("- [ ] ask about \x02dashboards\x03\n- second", "ask about [dashboards] second"),
        ("see [the \x02guide\x03](https://example.org/g) now", "see the [guide] now"),
        ("1. one\n---\n2. `code` \x02two\x03", "one code [two]"),
        ("plain [brackets] \x02kept\x03", "plain [brackets] [kept]"),
    ],
)
def test_snippets_are_plain_text(snippet: str, plain: str) -> None:
    """Markdown marks never show in a result line; the matched words keep their [ ]."""
    assert search.plain_snippet(snippet) == plain

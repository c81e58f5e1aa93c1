"""The task runner: answers come back on the UI thread, and never to a widget that is gone."""

from __future__ import annotations

import threading
import time

from PySide6.QtWidgets import QLabel

from rmdesk.ui.tasks import TaskRunner


def test_answer_arrives_on_the_ui_thread(qtbot) -> None:  # noqa: ANN001
    """The work runs in a pool thread; its result is delivered in the UI thread."""
    runner = TaskRunner()
    seen: list[tuple[object, threading.Thread]] = []
    runner.submit(threading.current_thread, lambda r: seen.append((r, threading.current_thread())))
    qtbot.waitUntil(lambda: bool(seen))
    worker, delivered_in = seen[0]
    assert worker is not threading.main_thread()
    assert delivered_in is threading.main_thread()
    assert not runner.busy


def test_failure_is_a_message(qtbot) -> None:  # noqa: ANN001
    """An exception in the work becomes a message for the failure callback, not a crash."""
    runner = TaskRunner()
    messages: list[str] = []
    runner.submit(lambda: 1 / 0, lambda _r: None, messages.append)
    qtbot.waitUntil(lambda: bool(messages))
    assert "ZeroDivisionError" in messages[0]


def test_owner_destroyed_before_the_answer(qtbot) -> None:  # noqa: ANN001
    """A dialog or page deleted while its work is still running: the answer is dropped and
    its callback never touches the deleted widget."""
    for _ in range(20):
        label = QLabel()
        runner = TaskRunner(label)
        called: list[object] = []

        def work() -> str:
            time.sleep(0.005)  # still running when its owner is deleted
            return "answer"

        def answer(text: str, label: QLabel = label, called: list[object] = called) -> None:
            called.append(text)
            label.setText(text)

        runner.submit(work, answer)
        label.deleteLater()
        qtbot.wait(1)  # the label and its runner go; the runner's pool waits for the work
        qtbot.wait(10)  # an answer still queued would be delivered now
        assert called == []


def _page_that_searched(qtbot, store, data_paths) -> None:  # noqa: ANN001
    from rmdesk.services import search
    from rmdesk.ui.pages.search import SearchPage
    from tests.store.test_search_store import add_pair, add_reflection

    with store.atomic():
        add_pair(store, "p1")
        add_reflection(store, "r1", "common words")
    page = SearchPage(search.SearchService(data_paths))
    page.show()
    page.query.setText("common")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    # `page` goes out of scope here, just after its answer was delivered


def test_page_freed_right_after_an_answer(qtbot, store, data_paths) -> None:  # noqa: ANN001
    """A page whose last reference goes right after a search answered is freed cleanly (the
    runner's clean-up once ran after the page was gone and the process crashed, about
    every other run)."""
    import gc

    for _ in range(5):
        _page_that_searched(qtbot, store, data_paths)
        gc.collect()
        qtbot.wait(5)
        store.conn.execute("DELETE FROM reflections")
        store.conn.execute("DELETE FROM pairs")

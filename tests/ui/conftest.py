"""UI fixtures: a real desk and a real main window, offscreen."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest

from rmdesk import paths
from rmdesk.services import desk as desk_module
from rmdesk.services import pairs
from rmdesk.ui import i18n
from rmdesk.ui.main_window import MainWindow
from rmdesk.ui.tasks import TaskRunner


@pytest.fixture(autouse=True, scope="session")
def english_plurals(qapp):  # noqa: ANN001, ANN201
    """The window's English plural forms, as the app installs them at start."""
    assert i18n.install_english_plurals(qapp), "resources/translations/rmdesk_en.qm is missing"


@pytest.fixture
def desk(data_paths: paths.DataPaths) -> Iterator[desk_module.Desk]:
    opened = desk_module.open_desk(data_paths)
    yield opened
    opened.close()


def make_pair(desk: desk_module.Desk, **changes: str):  # noqa: ANN201
    """The usual pair, Priya mentoring Martin from 2026-01-05, with `changes` to its draft."""
    draft = pairs.PairDraft(
        mentor_name="Priya Raman", mentee_name="Martin Keller", start_date="2026-01-05"
    )
    return desk.pairs.create(dataclasses.replace(draft, **changes))


@pytest.fixture
def pair(desk: desk_module.Desk):  # noqa: ANN201
    """The usual pair: Priya mentors Martin (the user is the mentee)."""
    return make_pair(desk)


@pytest.fixture
def make_window(qtbot, desk: desk_module.Desk):  # noqa: ANN001, ANN201
    """Builds the window as the app does; closes it (saving state) at the end."""
    made: list[MainWindow] = []

    def make() -> MainWindow:
        window = MainWindow(desk, TaskRunner())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()

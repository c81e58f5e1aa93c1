"""Conflicts…: the open conflicts listed, the two versions side by side, keeping one or the
edited text, and the window's menu action with the count."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from rmdesk.services import goals, text_merge
from rmdesk.store import exchange
from rmdesk.ui.dialogs.conflicts_dialog import ConflictsDialog

BASE = "Speak once a month.\n\nAsk for feedback."
MINE = "Speak twice a month.\n\nAsk for feedback."
THEIRS = "Speak at every all-hands.\n\nAsk for feedback."


def _conflicted_goal(desk, pair) -> str:  # noqa: ANN001
    """A goal whose 'why' holds both versions, and its open conflict (as a merge leaves it)."""
    merged = text_merge.merge3(BASE, MINE, THEIRS, ("Priya Raman", "Martin Keller")).text
    goal, _ = desk.goals.create(
        pair.uuid, goals.GoalDraft(title="Public speaking", why=merged), "mentee", date(2026, 1, 6)
    )
    with desk.store.atomic():
        exchange.open_conflict(
            desk.store, "goals", goal.uuid, "why", (BASE, MINE, THEIRS), "2026-02-01T10:00:00Z"
        )
    return goal.uuid


def _why(desk, uuid: str) -> str:  # noqa: ANN001
    return desk.goals.get(uuid).why


def test_the_dialog_shows_both_versions_and_keeps_theirs(qtbot, desk, pair) -> None:
    uuid = _conflicted_goal(desk, pair)
    dialog = ConflictsDialog(desk.conflicts)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 1
    shown = dialog.model.data(dialog.model.index(0), Qt.ItemDataRole.DisplayRole)
    assert "Public speaking" in shown and "why" in shown
    assert dialog.mine.toPlainText() == MINE
    assert dialog.theirs.toPlainText() == THEIRS
    assert text_merge.has_conflict(dialog.edited.toPlainText())
    resolved = []
    dialog.resolved.connect(resolved.append)
    qtbot.mouseClick(dialog.keep_theirs, Qt.MouseButton.LeftButton)
    assert _why(desk, uuid) == THEIRS
    assert len(resolved) == 1 and resolved[0].label == "Resolve conflict"
    assert dialog.model.rowCount() == 0 and dialog.empty.isVisibleTo(dialog)
    assert not dialog.keep_mine.isEnabled()


def test_the_edited_text_is_kept(qtbot, desk, pair) -> None:
    uuid = _conflicted_goal(desk, pair)
    dialog = ConflictsDialog(desk.conflicts)
    qtbot.addWidget(dialog)
    dialog.edited.setPlainText("Speak twice a month, once at the all-hands.\n\nAsk for feedback.")
    qtbot.mouseClick(dialog.save_edited, Qt.MouseButton.LeftButton)
    assert _why(desk, uuid).startswith("Speak twice a month, once at the all-hands.")
    assert desk.conflicts.open() == []


def test_a_conflict_edited_away_elsewhere_closes_by_itself(qtbot, desk, pair) -> None:
    uuid = _conflicted_goal(desk, pair)
    desk.goals.update(uuid, why=MINE)
    dialog = ConflictsDialog(desk.conflicts)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0


def test_the_menu_action_counts_open_conflicts(make_window, desk, pair) -> None:
    window = make_window()
    window.partner.update_conflicts_action()
    assert "open" not in window.partner.conflicts_action.text()
    _conflicted_goal(desk, pair)
    window.partner.update_conflicts_action()
    assert "(1 open)" in window.partner.conflicts_action.text()
    assert window.partner.conflicts_action.objectName() == "conflicts"

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
    assert "both changed the same part" in dialog.intro.text() and dialog.intro.isVisible()
    shown = dialog.model.data(dialog.model.index(0), Qt.ItemDataRole.DisplayRole)
    assert "Public speaking" in shown and "why" in shown
    assert dialog.mine.toPlainText() == MINE
    assert dialog.theirs.toPlainText() == THEIRS
    assert text_merge.has_conflict(dialog.edited.toPlainText())
    resolved = []
    dialog.resolved.connect(lambda conflict, change: resolved.append((conflict, change)))
    qtbot.mouseClick(dialog.keep_theirs, Qt.MouseButton.LeftButton)
    assert _why(desk, uuid) == THEIRS
    assert len(resolved) == 1 and resolved[0][1].label == "Resolve conflict"
    assert resolved[0][0].uuid == uuid
    assert dialog.model.rowCount() == 0 and dialog.empty.isVisibleTo(dialog)
    assert not dialog.intro.isVisibleTo(dialog)
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


def test_undo_on_the_goals_page_brings_the_conflict_back(
    qtbot, monkeypatch, make_window, desk, pair
) -> None:
    """Keep mine, then Ctrl+Z on the Goals page: both versions are back in the text, the
    conflict is listed again and counted in the menu; redo resolves it once more."""
    uuid = _conflicted_goal(desk, pair)
    window = make_window()

    def keep_mine(dialog: ConflictsDialog) -> int:
        qtbot.mouseClick(dialog.keep_mine, Qt.MouseButton.LeftButton)
        return 0

    monkeypatch.setattr(ConflictsDialog, "exec", keep_mine)
    window.partner.conflicts_action.trigger()
    assert _why(desk, uuid) == MINE
    assert desk.conflicts.open() == []
    stack = window.goals.undo_stack
    assert stack.undoText() == "Resolve conflict"
    stack.undo()
    assert text_merge.has_conflict(_why(desk, uuid))
    assert [c.uuid for c in desk.conflicts.open()] == [uuid]
    assert "(1 open)" in window.partner.conflicts_action.text()
    stack.redo()
    assert _why(desk, uuid) == MINE
    assert desk.conflicts.open() == []
    assert "open" not in window.partner.conflicts_action.text()

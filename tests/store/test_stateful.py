"""A hypothesis state machine over the real services: add, edit, delete, undo, redo, backup,
restore and reopen goals and topics, with an in-memory model that must always equal the desk.
"""

from __future__ import annotations

import copy
import shutil
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from rmdesk import paths
from rmdesk.services import desk as desk_module
from rmdesk.services import goals, pairs, undo

# Titles the services keep exactly as given (no edge spaces to trim, never empty).
TITLE = st.text("abcxyzÄé語0", min_size=1, max_size=12)
# Free text: anything a person types, except control characters and lone surrogates.
TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=60)
MILESTONES = st.lists(TITLE, max_size=2)
TODAY = date(2026, 1, 5)

Model = dict[str, dict[str, Any]]


def _created(change: undo.Change, table: str) -> str:
    [uuid] = [u for (t, u), row in change.after.items() if t == table and row is not None]
    return uuid


class DeskMachine(RuleBasedStateMachine):
    """The model: goals (title, why, milestone titles) and topics (title, notes) by uuid."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="rmdesk-stateful-"))
        self.data = paths.DataPaths(self.folder / "desk")
        self.desk = desk_module.open_desk(self.data)
        self.pair = self.desk.pairs.create(
            pairs.PairDraft(mentor_name="Ada", mentee_name="Henrik", start_date="2026-01-05")
        ).uuid
        self.model: Model = {"goals": {}, "topics": {}}
        self.done: list[tuple[undo.Change, Any, Model, Model]] = []
        self.undone: list[tuple[undo.Change, Any, Model, Model]] = []
        self.saved: list[tuple[Path, Model]] = []

    def teardown(self) -> None:
        self.desk.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # --- helpers -----------------------------------------------------------------------------

    def _did(self, change: undo.Change, service: Any, before: Model) -> None:
        """Record an edit for undo; a new edit drops what could have been redone."""
        self.done.append((change, service, before, copy.deepcopy(self.model)))
        self.undone.clear()

    def _forget_history(self) -> None:
        self.done.clear()
        self.undone.clear()

    # --- goals -------------------------------------------------------------------------------

    @rule(title=TITLE, why=TEXT, milestones=MILESTONES)
    def add_goal(self, title: str, why: str, milestones: list[str]) -> None:
        before = copy.deepcopy(self.model)
        draft = goals.GoalDraft(title=title, why=why, milestones=milestones)
        goal, change = self.desk.goals.create(self.pair, draft, "mentee", TODAY)
        self.model["goals"][goal.uuid] = {"title": title, "why": why, "milestones": milestones}
        self._did(change, self.desk.goals, before)

    @precondition(lambda self: self.model["goals"])
    @rule(data=st.data(), title=st.none() | TITLE, why=TEXT)
    def edit_goal(self, data: st.DataObject, title: str | None, why: str) -> None:
        uuid = data.draw(st.sampled_from(sorted(self.model["goals"])), label="goal")
        before = copy.deepcopy(self.model)
        fields: dict[str, str] = {"why": why} if title is None else {"title": title, "why": why}
        change = self.desk.goals.update(uuid, **fields)
        self.model["goals"][uuid].update(fields)
        self._did(change, self.desk.goals, before)

    @precondition(lambda self: self.model["goals"])
    @rule(data=st.data())
    def delete_goal(self, data: st.DataObject) -> None:
        uuid = data.draw(st.sampled_from(sorted(self.model["goals"])), label="goal")
        before = copy.deepcopy(self.model)
        change = self.desk.goals.delete(uuid)
        del self.model["goals"][uuid]
        self._did(change, self.desk.goals, before)

    # --- topics ------------------------------------------------------------------------------

    @rule(title=TITLE, notes=TEXT)
    def add_topic(self, title: str, notes: str) -> None:
        before = copy.deepcopy(self.model)
        change = self.desk.topics.create(self.pair, title, notes=notes)
        self.model["topics"][_created(change, "topics")] = {"title": title, "notes": notes}
        self._did(change, self.desk.topics, before)

    @precondition(lambda self: self.model["topics"])
    @rule(data=st.data(), notes=TEXT)
    def edit_topic(self, data: st.DataObject, notes: str) -> None:
        uuid = data.draw(st.sampled_from(sorted(self.model["topics"])), label="topic")
        before = copy.deepcopy(self.model)
        change = self.desk.topics.update(uuid, notes=notes)
        self.model["topics"][uuid]["notes"] = notes
        self._did(change, self.desk.topics, before)

    @precondition(lambda self: self.model["topics"])
    @rule(data=st.data())
    def delete_topic(self, data: st.DataObject) -> None:
        uuid = data.draw(st.sampled_from(sorted(self.model["topics"])), label="topic")
        before = copy.deepcopy(self.model)
        change = self.desk.topics.delete(uuid)
        del self.model["topics"][uuid]
        self._did(change, self.desk.topics, before)

    # --- undo and redo -----------------------------------------------------------------------

    @precondition(lambda self: self.done)
    @rule()
    def undo_last(self) -> None:
        entry = self.done.pop()
        change, service, before, _after = entry
        service.apply(change, forward=False)
        self.model = copy.deepcopy(before)
        self.undone.append(entry)

    @precondition(lambda self: self.undone)
    @rule()
    def redo_last(self) -> None:
        entry = self.undone.pop()
        change, service, _before, after = entry
        service.apply(change, forward=True)
        self.model = copy.deepcopy(after)
        self.done.append(entry)

    # --- backup, restore, reopen -------------------------------------------------------------

    @rule()
    def back_up(self) -> None:
        path = self.desk.backups.create("manual")
        self.saved.append((path, copy.deepcopy(self.model)))

    @precondition(lambda self: self.saved)
    @rule(data=st.data())
    def restore(self, data: st.DataObject) -> None:
        path, content = data.draw(st.sampled_from(self.saved), label="backup")
        safety = self.desk.backups.restore(path)
        self.saved.append((safety, copy.deepcopy(self.model)))
        self.model = copy.deepcopy(content)
        self._forget_history()  # as the window does: undo does not reach across a restore

    @rule()
    def reopen(self) -> None:
        self.desk.close()
        self.desk = desk_module.open_desk(self.data)
        assert self.desk.store.query("PRAGMA quick_check")[0][0] == "ok"
        self._forget_history()  # a restart starts a new undo history

    # --- the invariant -----------------------------------------------------------------------

    @invariant()
    def desk_matches_model(self) -> None:
        store = self.desk.store
        found_goals = {
            uuid: {"title": title, "why": why, "milestones": []}
            for uuid, title, why in store.query("SELECT uuid, title, why FROM goals")
        }
        for goal_uuid, title in store.query(
            "SELECT goal_uuid, title FROM milestones ORDER BY goal_uuid, position"
        ):
            found_goals[goal_uuid]["milestones"].append(title)
        found_topics = {
            uuid: {"title": title, "notes": notes}
            for uuid, title, notes in store.query("SELECT uuid, title, notes FROM topics")
        }
        assert found_goals == self.model["goals"]
        assert found_topics == self.model["topics"]
        # The search index follows every path that changes rows (undo, restore included).
        indexed = {
            kind: sorted(
                r[0] for r in store.query("SELECT uuid FROM search_index WHERE kind = ?", (kind,))
            )
            for kind in ("goals", "topics")
        }
        assert indexed == {
            "goals": sorted(self.model["goals"]),
            "topics": sorted(self.model["topics"]),
        }
        assert store.query("SELECT count(*) FROM pairs")[0][0] == 1


DeskMachine.TestCase.settings = settings(max_examples=12, stateful_step_count=20, deadline=None)
TestDeskMachine = DeskMachine.TestCase
TestDeskMachine.__doc__ = "Random edits, undo, backup, restore and reopen keep desk == model."

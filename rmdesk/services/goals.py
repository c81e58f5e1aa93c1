"""Goals for both people: the progress rule, status history, milestones and updates.

Every change returns an undo.Change so the page can undo and redo it exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from rmdesk import errors
from rmdesk.domain import enums, models
from rmdesk.i18n import msg
from rmdesk.services import undo, validation
from rmdesk.store import goals, records, rows
from rmdesk.store.db import Store

GoalRow = goals.GoalRow  # the list's row type, for the UI (which never imports the store)

EDITABLE = (
    "title",
    "why",
    "success_criteria",
    "category",
    "learner",
    "start_date",
    "target_date",
    "visibility",
)


@dataclass(frozen=True)
class Progress:
    """A goal's progress and, in words, which rule produced it (shown to the user)."""

    percent: int
    rule: str


@dataclass
class GoalDraft:
    """What the new-goal form collects (a template fills it; the user edits it)."""

    title: str = ""
    learner: str = enums.Role.MENTEE.value
    why: str = ""
    success_criteria: str = ""
    category: str = ""
    start_date: str | None = None
    target_date: str | None = None
    visibility: str = enums.Visibility.PAIR.value
    milestones: list[str] = field(default_factory=list)


def progress_of(
    milestones: list[models.Milestone], updates: list[models.ProgressUpdate]
) -> Progress:
    """Milestones decide when there are any; otherwise the latest update; otherwise 0%."""
    if milestones:
        done = sum(1 for m in milestones if m.done_on)
        return Progress(
            (100 * done) // len(milestones),
            msg("From milestones: {done} of {total} done.", done=done, total=len(milestones)),
        )
    if updates:
        latest = max(updates, key=lambda u: (u.on_date, u.created_at))
        return Progress(
            latest.percent, msg("From the latest update, on {day}.", day=latest.on_date)
        )
    return Progress(0, msg("No milestones or updates yet: add either to track progress."))


def validate_fields(current: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """Check changed goal fields against the rules; returns them cleaned."""
    clean: dict[str, Any] = {}
    for name, value in changes.items():
        if name not in EDITABLE:
            raise errors.ValidationError(msg("{name} cannot be edited here.", name=name), name)
        if name == "title":
            value = str(value).strip()
            if not value:
                raise errors.ValidationError(msg("Give the goal a title."), "title")
            if len(value) > 200:
                raise errors.ValidationError(msg("Keep the title under 200 characters."), "title")
        elif name in ("why", "success_criteria", "category"):
            value = str(value).strip() if name == "category" else str(value)
        elif name == "learner":
            if value not in enums.values(enums.Role):
                raise errors.ValidationError(msg("Choose whose goal this is."), "learner")
        elif name == "visibility":
            if value not in enums.values(enums.Visibility):
                raise errors.ValidationError(msg("Choose who may see this goal."), "visibility")
        elif name in ("start_date", "target_date"):
            value = validation.clean_date(value, name.replace("_", " "), name)
        clean[name] = value
    merged = {**current, **clean}
    start, target = merged.get("start_date"), merged.get("target_date")
    if start and target and target < start:
        raise errors.ValidationError(
            msg("The target date cannot be before the start date."),
            "target_date" if "target_date" in changes else "start_date",
        )
    return clean


class GoalService:
    def __init__(self, store: Store) -> None:
        self._store = store

    # --- reading ---------------------------------------------------------------------------

    def get(self, uuid: str) -> models.Goal:
        return records.get(self._store, models.Goal, uuid)

    def count(self, pair_uuid: str, **filters: Any) -> int:
        return goals.count(self._store, pair_uuid, **filters)

    def page(self, pair_uuid: str, offset: int, limit: int, **filters: Any) -> list[goals.GoalRow]:
        return goals.page(self._store, pair_uuid, offset, limit, **filters)

    def titles(self, pair_uuid: str, limit: int = 500) -> list[tuple[str, str]]:
        """(uuid, title) by title, for goal pickers (cheaper than page(): no progress)."""
        return goals.titles(self._store, pair_uuid, limit)

    def row(self, uuid: str) -> GoalRow | None:
        return goals.row_of(self._store, uuid)

    def categories(self, pair_uuid: str) -> list[str]:
        return goals.categories(self._store, pair_uuid)

    def milestones(self, goal_uuid: str) -> list[models.Milestone]:
        return goals.milestones(self._store, goal_uuid)

    def updates(self, goal_uuid: str) -> list[models.ProgressUpdate]:
        return goals.updates(self._store, goal_uuid)

    def status_history(self, goal_uuid: str) -> list[models.GoalStatusChange]:
        return goals.status_history(self._store, goal_uuid)

    def linked(self, goal_uuid: str) -> list[goals.LinkedItem]:
        return goals.linked(self._store, goal_uuid)

    def progress(self, goal_uuid: str) -> Progress:
        return progress_of(self.milestones(goal_uuid), self.updates(goal_uuid))

    def history(self, goal_uuid: str) -> tuple[list[tuple[str, int]], list[tuple[str, str]]]:
        """Progress over time by the same rule, and the milestone ticks, for the chart."""
        milestones = self.milestones(goal_uuid)
        ticks = sorted((m.done_on, m.title) for m in milestones if m.done_on)
        if milestones:
            goal = self.get(goal_uuid)
            start = goal.start_date or goal.created_at[:10]
            points = [(min([start, *[d for d, _ in ticks]]), 0)]
            for index, (day, _title) in enumerate(ticks, start=1):
                points.append((day, (100 * index) // len(milestones)))
            return points, ticks
        return [(u.on_date, u.percent) for u in self.updates(goal_uuid)], ticks

    def bars(self, pair_uuid: str, limit: int = 12) -> list[goals.GoalRow]:
        """Active goals, most recent target first, for the compact chart on Overview."""
        return goals.page(
            self._store, pair_uuid, 0, limit, statuses=[enums.GoalStatus.ACTIVE.value]
        )

    # --- goals -----------------------------------------------------------------------------

    def create(
        self, pair_uuid: str, draft: GoalDraft, author_role: str, today: date
    ) -> tuple[models.Goal, undo.Change]:
        """A new goal with its first status and any milestones a template suggested."""
        fields = {name: getattr(draft, name) for name in EDITABLE}
        clean = validate_fields({}, fields)
        titles = [t.strip() for t in draft.milestones if t.strip()]
        goal = models.Goal(
            pair_uuid=pair_uuid,
            author_role=author_role,
            position=goals.next_position(self._store, "goals", "pair_uuid", pair_uuid),
            **{**clean, "start_date": clean.get("start_date") or today.isoformat()},
        )

        def operation() -> list[rows.Ref]:
            goals.add(self._store, goal)
            made = [("goals", goal.uuid)]
            status = models.GoalStatusChange(
                goal_uuid=goal.uuid,
                status=goal.status,
                changed_on=today.isoformat(),
                author_role=author_role,
                visibility=goal.visibility,
            )
            goals.add_status_change(self._store, status)
            made.append(("goal_status_changes", status.uuid))
            for position, title in enumerate(titles):
                milestone = models.Milestone(
                    goal_uuid=goal.uuid,
                    title=title,
                    position=position,
                    author_role=author_role,
                    visibility=goal.visibility,
                )
                goals.add_milestone(self._store, milestone)
                made.append(("milestones", milestone.uuid))
            return made

        change = undo.record(
            self._store, msg("New goal “{title}”", title=goal.title), [], operation
        )
        return goal, change

    def update(self, uuid: str, **changes: Any) -> undo.Change:
        """Edit fields; raises ValidationError (naming the field) and saves nothing on error."""
        goal = self.get(uuid)
        clean = validate_fields(
            {"start_date": goal.start_date, "target_date": goal.target_date}, changes
        )
        label = "Edit goal" if len(clean) != 1 else f"Edit {next(iter(clean)).replace('_', ' ')}"
        return undo.record(
            self._store,
            label,
            [("goals", uuid)],
            lambda: records.update(self._store, goal, **clean) and None,
        )

    def set_status(self, uuid: str, status: str, on: date) -> undo.Change:
        """Record the change in the history; reaching 'achieved' records the date."""
        if status not in enums.values(enums.GoalStatus):
            raise errors.ValidationError(msg("Unknown goal status."), "status")
        goal = self.get(uuid)
        if goal.status == status:
            return undo.Change(msg("No change"), {}, {})
        achieved_on = on.isoformat() if status == enums.GoalStatus.ACHIEVED else None
        entry = models.GoalStatusChange(
            goal_uuid=uuid,
            status=status,
            changed_on=on.isoformat(),
            author_role=goal.author_role,
            visibility=goal.visibility,
        )

        def operation() -> list[rows.Ref]:
            records.update(self._store, goal, status=status, achieved_on=achieved_on)
            goals.add_status_change(self._store, entry)
            return [("goal_status_changes", entry.uuid)]

        return undo.record(
            self._store, msg("Mark goal {status}", status=status), [("goals", uuid)], operation
        )

    def delete(self, uuid: str) -> undo.Change:
        """Deletes the goal with its milestones and updates; links to it are cleared."""
        goal = self.get(uuid)
        refs = rows.closure(self._store, "goals", uuid)
        return undo.record(
            self._store,
            msg("Delete goal “{title}”", title=goal.title),
            refs,
            lambda: records.delete(self._store, models.Goal, uuid),
        )

    # --- milestones ------------------------------------------------------------------------

    def add_milestone(self, goal_uuid: str, title: str) -> undo.Change:
        title = title.strip()
        if not title:
            raise errors.ValidationError(msg("Give the milestone a title."), "milestone")
        goal = self.get(goal_uuid)
        milestone = models.Milestone(
            goal_uuid=goal_uuid,
            title=title,
            position=goals.next_position(self._store, "milestones", "goal_uuid", goal_uuid),
            author_role=goal.author_role,
            visibility=goal.visibility,
        )

        def operation() -> list[rows.Ref]:
            goals.add_milestone(self._store, milestone)
            return [("milestones", milestone.uuid)]

        return undo.record(self._store, msg("Add milestone “{title}”", title=title), [], operation)

    def set_milestone_done(self, uuid: str, done: bool, on: date) -> undo.Change:
        milestone = records.get(self._store, models.Milestone, uuid)
        done_on = on.isoformat() if done else None
        return undo.record(
            self._store,
            "Tick off milestone" if done else "Untick milestone",
            [("milestones", uuid)],
            lambda: records.update(self._store, milestone, done_on=done_on) and None,
        )

    def rename_milestone(self, uuid: str, title: str) -> undo.Change:
        title = title.strip()
        if not title:
            raise errors.ValidationError(msg("Give the milestone a title."), "milestone")
        milestone = records.get(self._store, models.Milestone, uuid)
        return undo.record(
            self._store,
            msg("Rename milestone"),
            [("milestones", uuid)],
            lambda: records.update(self._store, milestone, title=title) and None,
        )

    def move_milestone(self, uuid: str, new_index: int) -> undo.Change:
        """Reorder within the goal; positions are renumbered 0..n-1."""
        milestone = records.get(self._store, models.Milestone, uuid)
        siblings = self.milestones(milestone.goal_uuid)
        order = [m for m in siblings if m.uuid != uuid]
        new_index = max(0, min(new_index, len(order)))
        order.insert(new_index, milestone)

        def operation() -> None:
            for position, item in enumerate(order):
                if item.position != position:
                    records.update(self._store, item, position=position)

        return undo.record(
            self._store,
            msg("Move milestone"),
            [("milestones", m.uuid) for m in siblings],
            operation,
        )

    def delete_milestone(self, uuid: str) -> undo.Change:
        return undo.record(
            self._store,
            msg("Delete milestone"),
            [("milestones", uuid)],
            lambda: records.delete(self._store, models.Milestone, uuid),
        )

    # --- progress updates ------------------------------------------------------------------

    def add_update(self, goal_uuid: str, on_date: str, percent: int, note: str) -> undo.Change:
        day = validation.clean_date(on_date, msg("date"), "on_date")
        if day is None:
            raise errors.ValidationError(msg("Give the update a date."), "on_date")
        if not isinstance(percent, int) or not 0 <= percent <= 100:
            raise errors.ValidationError(msg("A percentage goes from 0 to 100."), "percent")
        goal = self.get(goal_uuid)
        update = models.ProgressUpdate(
            goal_uuid=goal_uuid,
            on_date=day,
            percent=percent,
            note=note.strip(),
            author_role=goal.author_role,
            visibility=goal.visibility,
        )

        def operation() -> list[rows.Ref]:
            goals.add_update(self._store, update)
            return [("progress_updates", update.uuid)]

        return undo.record(
            self._store, msg("Add update ({percent}%)", percent=percent), [], operation
        )

    def delete_update(self, uuid: str) -> undo.Change:
        return undo.record(
            self._store,
            msg("Delete update"),
            [("progress_updates", uuid)],
            lambda: records.delete(self._store, models.ProgressUpdate, uuid),
        )

    def apply(self, change: undo.Change, forward: bool) -> None:
        """Redo (forward) or undo a change this service returned."""
        (undo.redo if forward else undo.undo)(self._store, change)

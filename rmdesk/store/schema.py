"""Table names in dependency order, and the dataclass each table maps to.

Kept apart from the migrations so readers (dump, check, repositories) do not need
sqlite_utils, which costs ~100 ms to import and is only needed to change the schema.
"""

from __future__ import annotations

import functools
from dataclasses import fields

from rmdesk.domain import models

APPLICATION_ID = 0x524D444B  # "RMDK": marks a SQLite file as ours

# Parents before children, so a load can insert in this order with foreign keys on.
TABLES: dict[str, type[models.Record]] = {
    "pairs": models.Pair,
    "goals": models.Goal,
    "goal_status_changes": models.GoalStatusChange,
    "milestones": models.Milestone,
    "progress_updates": models.ProgressUpdate,
    "meetings": models.Meeting,
    "topics": models.Topic,
    "agenda_items": models.AgendaItem,
    "action_items": models.ActionItem,
    "meeting_goals": models.MeetingGoal,
    "reflections": models.Reflection,
    "reflection_goals": models.ReflectionGoal,
    "pulses": models.Pulse,
    "self_assessments": models.SelfAssessment,
    "custom_prompts": models.CustomPrompt,
    "hidden_prompts": models.HiddenPrompt,
    "commitments": models.Commitment,  # since migration 0010
}

TABLE_OF: dict[type[models.Record], str] = {cls: name for name, cls in TABLES.items()}

# Columns added after the first schema, with the schema version that added each: a dump or
# backup from before then simply lacks them, and they take their defaults.
ADDED_IN: dict[str, dict[str, int]] = {
    "pairs": {
        "paused_on": 5,
        "ended_early_on": 5,
        "ended_by": 5,
        "end_reason": 5,
        "end_reason_visibility": 5,
    },
}


@functools.cache
def added_defaults(table: str) -> dict[str, object]:
    """The defaults of a table's added columns, for rows written before they existed."""
    added = ADDED_IN.get(table, {})
    return {f.name: f.default for f in fields(TABLES[table]) if f.name in added}


def columns_at(table: str, schema_version: int) -> list[str]:
    """The columns a table had at a schema version (a dump made then has exactly these)."""
    added = ADDED_IN.get(table, {})
    return [c for c in columns(table) if added.get(c, 0) <= schema_version]


def columns(table: str) -> list[str]:
    """Column names of a table, in dataclass order."""
    return [f.name for f in fields(TABLES[table])]


@functools.cache
def column_types(table: str) -> dict[str, str]:
    """Each column's dataclass type as written ("str", "int | None", "bool", …)."""
    return {f.name: str(f.type) for f in fields(TABLES[table])}


# Columns with a fixed text format (SQLite stores them as TEXT; the app parses them).
DATE_COLUMNS = frozenset(
    {
        "start_date",
        "planned_end_date",
        "target_date",
        "achieved_on",
        "changed_on",
        "done_on",
        "on_date",
        "due_date",
        "written_on",
        "paused_on",
        "ended_early_on",
        "review_on",
        "remind_on",
        "reviewed_on",
    }
)
STAMP_COLUMNS = frozenset({"created_at", "updated_at", "archived_at"})
START_COLUMNS = frozenset({"starts_at"})

"""Writes desk-v1.sqlite: a desk at schema 1 (before the search index), with data.

Kept so the fixture can be rebuilt; never rerun it against a newer schema, because the
point of the file is to be what rmdesk 0.1 at schema 1 wrote.
Run: python tests/data/make_desk_v1.py
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from rmdesk.domain import models
from rmdesk.store import migrations, records, schema

HERE = Path(__file__).parent


def main() -> None:
    target = HERE / "desk-v1.sqlite"
    target.unlink(missing_ok=True)
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    db = Database(conn, execute_plugins=False)
    migrations.build().apply(db, stop_before="0002_search_index")
    pair = models.Pair(
        uuid="00000000-0000-4000-8000-000000000001",
        created_at="2025-01-06T09:00:00.000000Z",
        updated_at="2025-01-06T09:00:00.000000Z",
        mentor_name="Ada Okafor",
        mentee_name="Henrik Lund",
        start_date="2025-01-06",
        phase="growing",
        focus_areas="AI tools\nGiving upward feedback",
    )
    goal = models.Goal(
        uuid="00000000-0000-4000-8000-000000000002",
        created_at="2025-01-07T09:00:00.000000Z",
        updated_at="2025-01-07T09:00:00.000000Z",
        pair_uuid=pair.uuid,
        learner="mentee",
        title="Draft board papers with an AI assistant",
        why="Spend less time on first drafts",
        visibility="coordinator",
    )
    meeting = models.Meeting(
        uuid="00000000-0000-4000-8000-000000000003",
        created_at="2025-01-08T09:00:00.000000Z",
        updated_at="2025-01-08T09:00:00.000000Z",
        pair_uuid=pair.uuid,
        starts_at="2025-01-08T09:00:00Z",
        status="held",
        notes="# First meeting\n\nWe talked about **prompting** and hybrid work.",
        visibility="pair",
    )
    reflection = models.Reflection(
        uuid="00000000-0000-4000-8000-000000000004",
        created_at="2025-01-08T18:00:00.000000Z",
        updated_at="2025-01-08T18:00:00.000000Z",
        pair_uuid=pair.uuid,
        author_role="mentee",
        body="I was surprised how much I enjoyed being the learner.",
        meeting_uuid=meeting.uuid,
        written_on="2025-01-08",
    )
    for record in (pair, goal, meeting, reflection):
        row = records.to_row(record)
        table = schema.TABLE_OF[type(record)]
        db[table].insert(row)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    print(target)


if __name__ == "__main__":
    main()

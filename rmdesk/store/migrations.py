"""Every schema change, as named sqlite-utils migrations. Never edit one that has shipped.

`PRAGMA user_version` mirrors the number of applied migrations so that a file written
by a newer rmdesk is recognised (and refused) without importing anything.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rmdesk.domain import enums
from rmdesk.store import schema

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

MIGRATION_SET = "rmdesk"

# The names, in order; the functions are registered in build(). Readers use this list.
NAMES: tuple[str, ...] = (
    "0001_initial",
    "0002_search_index",
    "0003_search_prefixes",
    "0004_carried_copies_index",
    "0005_pause_and_early_end",
    "0006_partners",
    "0007_exchange_clock",
    "0008_exchange_merge",
    "0009_self_assessments",
    "0010_commitments",
    "0011_shared_folders",
    "0012_exchange_tracks_new_tables",
)
# Written out rather than taken from the enums: an applied migration never changes.
PAUSE_AND_END_COLUMNS = [
    "ALTER TABLE pairs ADD COLUMN paused_on TEXT",
    "ALTER TABLE pairs ADD COLUMN ended_early_on TEXT",
    "ALTER TABLE pairs ADD COLUMN ended_by TEXT "
    "CHECK (ended_by IS NULL OR ended_by IN ('mentor', 'mentee'))",
    "ALTER TABLE pairs ADD COLUMN end_reason TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE pairs ADD COLUMN end_reason_visibility TEXT NOT NULL DEFAULT 'private' "
    "CHECK (end_reason_visibility IN ('private', 'pair', 'coordinator'))",
]
# Finding an item's carried copy (carry-over, search) without reading every item.
CARRIED_INDEXES = [
    "CREATE INDEX agenda_items_carried ON agenda_items(carried_from_uuid) "
    "WHERE carried_from_uuid IS NOT NULL",
    "CREATE INDEX action_items_carried ON action_items(carried_from_uuid) "
    "WHERE carried_from_uuid IS NOT NULL",
]
LATEST_VERSION = len(NAMES)


# "What I will do differently" (issue 16): one person's commitment, reviewed after the
# programme. Values written out: an applied migration never changes.
COMMITMENTS_TABLE = [
    """CREATE TABLE commitments (
    uuid TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    author_role TEXT NOT NULL CHECK (author_role IN ('mentor', 'mentee')),
    visibility TEXT NOT NULL DEFAULT 'private'
        CHECK (visibility IN ('private', 'pair', 'coordinator')),
    pair_uuid TEXT NOT NULL REFERENCES pairs(uuid) ON DELETE CASCADE,
    owner TEXT NOT NULL CHECK (owner IN ('mentor', 'mentee')),
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    review_on TEXT,
    remind_on TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'reviewed')),
    reviewed_on TEXT,
    review_note TEXT NOT NULL DEFAULT '',
    CHECK (status = 'open' OR reviewed_on IS NOT NULL)
    ) STRICT""",
    "CREATE INDEX commitments_pair ON commitments(pair_uuid, status, remind_on)",
    # Searched like the other entries: the commitment, and how it went.
    "CREATE TRIGGER commitments_search_ai AFTER INSERT ON commitments BEGIN "
    "INSERT INTO search_index (kind, uuid, pair_uuid, visibility, title, body) "
    "VALUES ('commitments', NEW.uuid, NEW.pair_uuid, NEW.visibility, NEW.text, "
    "NEW.review_note); END",
    "CREATE TRIGGER commitments_search_ad AFTER DELETE ON commitments BEGIN "
    "DELETE FROM search_index WHERE uuid = OLD.uuid AND kind = 'commitments'; END",
    "CREATE TRIGGER commitments_search_au AFTER UPDATE ON commitments BEGIN "
    "DELETE FROM search_index WHERE uuid = OLD.uuid AND kind = 'commitments'; "
    "INSERT INTO search_index (kind, uuid, pair_uuid, visibility, title, body) "
    "VALUES ('commitments', NEW.uuid, NEW.pair_uuid, NEW.visibility, NEW.text, "
    "NEW.review_note); END",
]


def _in(values: tuple[str, ...]) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


ROLES = _in(enums.values(enums.Role))
VISIBILITIES = _in(enums.values(enums.Visibility))
COMMON = f"""
    uuid TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    author_role TEXT NOT NULL CHECK (author_role IN {ROLES}),
    visibility TEXT NOT NULL DEFAULT 'private' CHECK (visibility IN {VISIBILITIES})
"""


def _rating(column: str) -> str:
    return f"{column} INTEGER CHECK ({column} IS NULL OR {column} BETWEEN 1 AND 5)"


INITIAL_TABLES = [
    f"""CREATE TABLE pairs ({COMMON},
    mentor_name TEXT NOT NULL CHECK (length(trim(mentor_name)) > 0),
    mentee_name TEXT NOT NULL CHECK (length(trim(mentee_name)) > 0),
    me_role TEXT NOT NULL CHECK (me_role IN {ROLES}),
    start_date TEXT NOT NULL,
    planned_end_date TEXT,
    cadence_days INTEGER NOT NULL CHECK (cadence_days BETWEEN 1 AND 365),
    meeting_minutes INTEGER NOT NULL DEFAULT 45 CHECK (meeting_minutes BETWEEN 5 AND 600),
    focus_areas TEXT NOT NULL DEFAULT '',
    agreement TEXT NOT NULL DEFAULT '',
    phase TEXT NOT NULL CHECK (phase IN {_in(enums.values(enums.Phase))}),
    coordinator_recipient TEXT,
    archived_at TEXT
    ) STRICT""",
    f"""CREATE TABLE goals ({COMMON},
    pair_uuid TEXT NOT NULL REFERENCES pairs(uuid) ON DELETE CASCADE,
    learner TEXT NOT NULL CHECK (learner IN {ROLES}),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    why TEXT NOT NULL DEFAULT '',
    success_criteria TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT '',
    start_date TEXT,
    target_date TEXT,
    status TEXT NOT NULL CHECK (status IN {_in(enums.values(enums.GoalStatus))}),
    achieved_on TEXT,
    position INTEGER NOT NULL DEFAULT 0,
    CHECK (target_date IS NULL OR start_date IS NULL OR target_date >= start_date)
    ) STRICT""",
    f"""CREATE TABLE goal_status_changes ({COMMON},
    goal_uuid TEXT NOT NULL REFERENCES goals(uuid) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN {_in(enums.values(enums.GoalStatus))}),
    changed_on TEXT NOT NULL
    ) STRICT""",
    f"""CREATE TABLE milestones ({COMMON},
    goal_uuid TEXT NOT NULL REFERENCES goals(uuid) ON DELETE CASCADE,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    position INTEGER NOT NULL DEFAULT 0,
    done_on TEXT
    ) STRICT""",
    f"""CREATE TABLE progress_updates ({COMMON},
    goal_uuid TEXT NOT NULL REFERENCES goals(uuid) ON DELETE CASCADE,
    on_date TEXT NOT NULL,
    percent INTEGER NOT NULL CHECK (percent BETWEEN 0 AND 100),
    note TEXT NOT NULL DEFAULT ''
    ) STRICT""",
    f"""CREATE TABLE meetings ({COMMON},
    pair_uuid TEXT NOT NULL REFERENCES pairs(uuid) ON DELETE CASCADE,
    starts_at TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
    status TEXT NOT NULL CHECK (status IN {_in(enums.values(enums.MeetingStatus))}),
    format TEXT NOT NULL CHECK (format IN {_in(enums.values(enums.MeetingFormat))}),
    place TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    {_rating("mood_mentor")},
    {_rating("mood_mentee")},
    {_rating("energy_mentor")},
    {_rating("energy_mentee")}
    ) STRICT""",
    f"""CREATE TABLE topics ({COMMON},
    pair_uuid TEXT NOT NULL REFERENCES pairs(uuid) ON DELETE CASCADE,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    notes TEXT NOT NULL DEFAULT '',
    why_it_matters TEXT NOT NULL DEFAULT '',
    resources TEXT NOT NULL DEFAULT '',
    estimated_minutes INTEGER CHECK (estimated_minutes IS NULL OR estimated_minutes > 0),
    goal_uuid TEXT REFERENCES goals(uuid) ON DELETE SET NULL,
    status TEXT NOT NULL CHECK (status IN {_in(enums.values(enums.TopicStatus))})
    ) STRICT""",
    f"""CREATE TABLE agenda_items ({COMMON},
    meeting_uuid TEXT NOT NULL REFERENCES meetings(uuid) ON DELETE CASCADE,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    topic_uuid TEXT REFERENCES topics(uuid) ON DELETE SET NULL,
    position INTEGER NOT NULL DEFAULT 0,
    discussed INTEGER NOT NULL DEFAULT 0 CHECK (discussed IN (0, 1)),
    carried_from_uuid TEXT
    ) STRICT""",
    f"""CREATE TABLE action_items ({COMMON},
    pair_uuid TEXT NOT NULL REFERENCES pairs(uuid) ON DELETE CASCADE,
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    owner TEXT NOT NULL CHECK (owner IN {ROLES}),
    meeting_uuid TEXT REFERENCES meetings(uuid) ON DELETE SET NULL,
    goal_uuid TEXT REFERENCES goals(uuid) ON DELETE SET NULL,
    due_date TEXT,
    done_on TEXT,
    carried_from_uuid TEXT
    ) STRICT""",
    f"""CREATE TABLE meeting_goals ({COMMON},
    meeting_uuid TEXT NOT NULL REFERENCES meetings(uuid) ON DELETE CASCADE,
    goal_uuid TEXT NOT NULL REFERENCES goals(uuid) ON DELETE CASCADE,
    UNIQUE (meeting_uuid, goal_uuid)
    ) STRICT""",
    f"""CREATE TABLE reflections ({COMMON},
    pair_uuid TEXT NOT NULL REFERENCES pairs(uuid) ON DELETE CASCADE,
    body TEXT NOT NULL DEFAULT '',
    prompt_id TEXT,
    prompt_text TEXT,
    meeting_uuid TEXT REFERENCES meetings(uuid) ON DELETE SET NULL,
    written_on TEXT NOT NULL
    ) STRICT""",
    f"""CREATE TABLE reflection_goals ({COMMON},
    reflection_uuid TEXT NOT NULL REFERENCES reflections(uuid) ON DELETE CASCADE,
    goal_uuid TEXT NOT NULL REFERENCES goals(uuid) ON DELETE CASCADE,
    UNIQUE (reflection_uuid, goal_uuid)
    ) STRICT""",
    f"""CREATE TABLE pulses ({COMMON},
    pair_uuid TEXT NOT NULL REFERENCES pairs(uuid) ON DELETE CASCADE,
    on_date TEXT NOT NULL,
    meeting_uuid TEXT REFERENCES meetings(uuid) ON DELETE SET NULL,
    {_rating("safety")},
    {_rating("candour")},
    {_rating("usefulness")},
    {_rating("energy")},
    note TEXT NOT NULL DEFAULT ''
    ) STRICT""",
    f"""CREATE TABLE custom_prompts ({COMMON},
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    role TEXT NOT NULL CHECK (role IN ('mentor', 'mentee', 'both')),
    phase TEXT NOT NULL,
    moment TEXT NOT NULL,
    theme TEXT NOT NULL DEFAULT '',
    framework TEXT NOT NULL DEFAULT ''
    ) STRICT""",
    f"""CREATE TABLE hidden_prompts ({COMMON},
    prompt_id TEXT NOT NULL UNIQUE
    ) STRICT""",
]

INITIAL_INDEXES = [
    "CREATE INDEX goals_pair ON goals(pair_uuid, status)",
    "CREATE INDEX goal_status_changes_goal ON goal_status_changes(goal_uuid, changed_on)",
    "CREATE INDEX milestones_goal ON milestones(goal_uuid, position)",
    "CREATE INDEX progress_updates_goal ON progress_updates(goal_uuid, on_date)",
    "CREATE INDEX meetings_pair_start ON meetings(pair_uuid, starts_at)",
    "CREATE INDEX meetings_pair_status ON meetings(pair_uuid, status, starts_at)",
    "CREATE INDEX topics_pair ON topics(pair_uuid, status)",
    "CREATE INDEX topics_goal ON topics(goal_uuid)",
    "CREATE INDEX agenda_items_meeting ON agenda_items(meeting_uuid, position)",
    "CREATE INDEX agenda_items_topic ON agenda_items(topic_uuid)",
    "CREATE INDEX action_items_pair ON action_items(pair_uuid, done_on)",
    "CREATE INDEX action_items_meeting ON action_items(meeting_uuid)",
    "CREATE INDEX action_items_goal ON action_items(goal_uuid)",
    "CREATE INDEX meeting_goals_goal ON meeting_goals(goal_uuid)",
    "CREATE INDEX reflections_pair ON reflections(pair_uuid, written_on)",
    "CREATE INDEX reflections_meeting ON reflections(meeting_uuid)",
    "CREATE INDEX reflection_goals_goal ON reflection_goals(goal_uuid)",
    "CREATE INDEX pulses_pair ON pulses(pair_uuid, on_date)",
]

# What the search index covers: table -> (pair expression, title column, body expression).
# The pair expression finds the owning pair for rows that only point at a goal or meeting.
# Migrations 0002 and 0003 build from this, so a table added later is not listed here: its
# triggers come with its own migration (commitments: COMMITMENTS_TABLE, 0010).
SEARCHED: dict[str, tuple[str, str, str]] = {
    "goals": ("NEW.pair_uuid", "NEW.title", "NEW.why || ' ' || NEW.success_criteria"),
    "milestones": (
        "(SELECT pair_uuid FROM goals WHERE uuid = NEW.goal_uuid)",
        "NEW.title",
        "''",
    ),
    "progress_updates": (
        "(SELECT pair_uuid FROM goals WHERE uuid = NEW.goal_uuid)",
        "''",
        "NEW.note",
    ),
    "meetings": ("NEW.pair_uuid", "NEW.place", "NEW.notes"),
    "topics": (
        "NEW.pair_uuid",
        "NEW.title",
        "NEW.notes || ' ' || NEW.why_it_matters || ' ' || NEW.resources",
    ),
    "agenda_items": (
        "(SELECT pair_uuid FROM meetings WHERE uuid = NEW.meeting_uuid)",
        "NEW.title",
        "''",
    ),
    "action_items": ("NEW.pair_uuid", "NEW.text", "''"),
    "reflections": ("NEW.pair_uuid", "coalesce(NEW.prompt_text, '')", "NEW.body"),
}


# Prefix indexes for what people type as they go: FTS5 answers "meet*" from the index of
# 4-letter prefixes at once, but without one it first gathers every row of every word that
# starts so (4 ms for a common word on 100,000 entries, on every keystroke). Up to 12
# letters covers nearly every word as typed. Measured on 100,000 entries of long words:
# the index grows from 43 to 119 MB (2.8x; 8 letters would be 106 MB but leave "spreadsheet"
# at 4 ms); real writing has shorter words, so less.
SEARCH_PREFIXES = "2 3 4 5 6 7 8 9 10 11 12"


# The partner's desk for the pair exchange (issue 14): its public keys, the pair's id as
# both desks know it (shared_uuid, which differs from pair_uuid on a desk that linked its own
# pair), this desk's signing key when they paired (a changed key means pairing again) and
# when the safety phrase was confirmed. Not in the dump: pairing is redone after a move.
PARTNERS_TABLE = f"""CREATE TABLE partners (
    pair_uuid TEXT PRIMARY KEY NOT NULL REFERENCES pairs(uuid) ON DELETE CASCADE,
    shared_uuid TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN {ROLES}),
    name TEXT NOT NULL,
    desk_id TEXT NOT NULL,
    signing_key TEXT NOT NULL,
    age_recipient TEXT NOT NULL,
    own_signing_key TEXT NOT NULL,
    joined_at TEXT NOT NULL,
    confirmed_at TEXT,
    last_sent TEXT,
    last_received TEXT
    ) STRICT"""

# The pair exchange's hybrid logical clock (issue 14): this desk's clock, and for every row
# of a paired pair the clock value of its last change and a fingerprint of its content as of
# then (a local edit is noticed as a changed fingerprint and given a new clock value).
EXCHANGE_TABLES = [
    """CREATE TABLE exchange_clock (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    hlc TEXT NOT NULL
    ) STRICT""",
    """CREATE TABLE exchange_versions (
    table_name TEXT NOT NULL,
    uuid TEXT NOT NULL,
    hlc TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    PRIMARY KEY (table_name, uuid)
    ) STRICT""",
]

# The shared folder of a pair (issue 14): where `rmdesk sync` and the window exchange files
# with the partner's desk (an absolute path on this computer), a digest of what the last
# file written there held (so a round with nothing new writes nothing), and which of the
# partner's files were read, by name and SHA-256 of their content (never by date).
SHARED_FOLDER_TABLES = [
    """CREATE TABLE shared_folders (
    pair_uuid TEXT PRIMARY KEY NOT NULL REFERENCES pairs(uuid) ON DELETE CASCADE,
    folder TEXT NOT NULL,
    sent_digest TEXT,
    set_at TEXT NOT NULL
    ) STRICT""",
    """CREATE TABLE shared_folder_reads (
    pair_uuid TEXT NOT NULL REFERENCES pairs(uuid) ON DELETE CASCADE,
    name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    read_at TEXT NOT NULL,
    PRIMARY KEY (pair_uuid, name, sha256)
    ) STRICT""",
]


# The self-assessment (issue 16): one row per person, occasion and item, each with its own
# visibility (the dialog gives one to a whole take). No UNIQUE on (pair, person, occasion,
# item): the service keeps one answer each, and a pair exchange or a load never fails on a
# second copy (readers take the latest).
SELF_ASSESSMENTS = [
    f"""CREATE TABLE self_assessments ({COMMON},
    pair_uuid TEXT NOT NULL REFERENCES pairs(uuid) ON DELETE CASCADE,
    occasion TEXT NOT NULL CHECK (occasion IN ('start', 'mid', 'end')),
    item_id TEXT NOT NULL CHECK (length(trim(item_id)) > 0),
    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    on_date TEXT NOT NULL
    ) STRICT""",
    "CREATE INDEX self_assessments_pair ON self_assessments(pair_uuid, author_role, occasion)",
]


# The merge of issue 14 (rule 3, 4 and acknowledgements), migration 0008. The columns of
# every table whose rows travel, as they were at 0008 (an applied migration never changes).
EXCHANGE_TRACKED: dict[str, str] = {
    "pairs": "uuid created_at updated_at author_role visibility mentor_name mentee_name me_role "
    "start_date planned_end_date cadence_days meeting_minutes focus_areas agreement phase "
    "coordinator_recipient archived_at paused_on ended_early_on ended_by end_reason "
    "end_reason_visibility",
    "goals": "uuid created_at updated_at author_role visibility pair_uuid learner title why "
    "success_criteria category start_date target_date status achieved_on position",
    "goal_status_changes": "uuid created_at updated_at author_role visibility goal_uuid status "
    "changed_on",
    "milestones": "uuid created_at updated_at author_role visibility goal_uuid title position "
    "done_on",
    "progress_updates": "uuid created_at updated_at author_role visibility goal_uuid on_date "
    "percent note",
    "meetings": "uuid created_at updated_at author_role visibility pair_uuid starts_at "
    "duration_minutes status format place notes mood_mentor mood_mentee energy_mentor "
    "energy_mentee",
    "topics": "uuid created_at updated_at author_role visibility pair_uuid title notes "
    "why_it_matters resources estimated_minutes goal_uuid status",
    "agenda_items": "uuid created_at updated_at author_role visibility meeting_uuid title "
    "topic_uuid position discussed carried_from_uuid",
    "action_items": "uuid created_at updated_at author_role visibility pair_uuid text owner "
    "meeting_uuid goal_uuid due_date done_on carried_from_uuid",
    "meeting_goals": "uuid created_at updated_at author_role visibility meeting_uuid goal_uuid",
    "reflections": "uuid created_at updated_at author_role visibility pair_uuid body prompt_id "
    "prompt_text meeting_uuid written_on",
    "reflection_goals": "uuid created_at updated_at author_role visibility reflection_uuid "
    "goal_uuid",
    "pulses": "uuid created_at updated_at author_role visibility pair_uuid on_date meeting_uuid "
    "safety candour usefulness energy note",
}
EXCHANGE_MERGE_TABLES = [
    # Each field's clock where it is older than its row's (exchange_versions.hlc): a JSON
    # object {field: hlc}; no row here means every field is at the row's clock.
    """CREATE TABLE exchange_field_clocks (
    table_name TEXT NOT NULL,
    uuid TEXT NOT NULL,
    clocks TEXT NOT NULL,
    PRIMARY KEY (table_name, uuid)
    ) STRICT""",
    "CREATE INDEX exchange_versions_hlc ON exchange_versions(hlc)",
    # Rows changed since the exchange last looked, with their content before the first such
    # change (NULL for a new row): which fields changed, without scanning the desk. Written
    # by triggers, only once a pair is paired.
    """CREATE TABLE exchange_dirty (
    table_name TEXT NOT NULL,
    uuid TEXT NOT NULL,
    old TEXT,
    PRIMARY KEY (table_name, uuid)
    ) STRICT""",
    # Long text as the two desks last had it (the base of a three-way merge): what came
    # from the partner (shared = 1) and what was sent or merged here, until the partner
    # acknowledges it; a merged text remembers the clock of this desk's text it merged.
    """CREATE TABLE exchange_texts (
    table_name TEXT NOT NULL,
    uuid TEXT NOT NULL,
    field TEXT NOT NULL,
    hlc TEXT NOT NULL,
    text TEXT NOT NULL,
    shared INTEGER NOT NULL CHECK (shared IN (0, 1)),
    merged_from TEXT,
    PRIMARY KEY (table_name, uuid, field, hlc)
    ) STRICT""",
    # Deleted or un-shared rows, recorded when the user does it (never inferred from a row
    # that is missing), and those the partner's desk sent.
    """CREATE TABLE exchange_tombstones (
    table_name TEXT NOT NULL,
    uuid TEXT NOT NULL,
    pair_uuid TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (reason IN ('deleted', 'unshared')),
    noted_at TEXT NOT NULL,
    hlc TEXT,
    PRIMARY KEY (table_name, uuid)
    ) STRICT""",
    "CREATE INDEX exchange_tombstones_hlc ON exchange_tombstones(pair_uuid, hlc)",
    # Acknowledgements: the partner's clock up to which this desk has merged their files,
    # and this desk's clock up to which the partner says it has merged ours.
    """CREATE TABLE exchange_acks (
    pair_uuid TEXT PRIMARY KEY NOT NULL REFERENCES pairs(uuid) ON DELETE CASCADE,
    received_upto TEXT,
    partner_has TEXT,
    first_merged_at TEXT
    ) STRICT""",
    # Long text both desks changed in the same paragraph: both versions are kept in the
    # text, and the conflict is listed until someone resolves it.
    """CREATE TABLE exchange_conflicts (
    id INTEGER PRIMARY KEY,
    table_name TEXT NOT NULL,
    uuid TEXT NOT NULL,
    field TEXT NOT NULL,
    base TEXT NOT NULL,
    mine TEXT NOT NULL,
    theirs TEXT NOT NULL,
    opened_at TEXT NOT NULL,
    resolved_at TEXT
    ) STRICT""",
    "CREATE INDEX exchange_conflicts_open ON exchange_conflicts(resolved_at, table_name, uuid)",
]


# The tables added after 0008 whose changes the pair exchange notes too (0012).
EXCHANGE_TRACKED_SINCE: dict[str, str] = {
    "self_assessments": "uuid created_at updated_at author_role visibility pair_uuid occasion "
    "item_id rating on_date",
    "commitments": "uuid created_at updated_at author_role visibility pair_uuid owner text "
    "review_on remind_on status reviewed_on review_note",
}


def _exchange_triggers(tracked: dict[str, str] = EXCHANGE_TRACKED) -> list[str]:
    """Triggers that note changed rows (with their old content) once any pair is paired.
    NOT EXISTS rather than INSERT OR IGNORE: a trigger fired by a foreign key's action (a
    cascade) runs with ABORT, whatever its own statement says."""
    statements = []
    when = "WHEN EXISTS (SELECT 1 FROM partners)"
    for table, names in tracked.items():
        old = "json_object(" + ", ".join(f"'{n}', OLD.{n}" for n in names.split()) + ")"

        def note(row: str, content: str, table: str = table) -> str:
            return (
                f"INSERT INTO exchange_dirty (table_name, uuid, old) SELECT '{table}', "
                f"{row}.uuid, {content} WHERE NOT EXISTS (SELECT 1 FROM exchange_dirty "
                f"WHERE table_name = '{table}' AND uuid = {row}.uuid);"
            )

        statements += [
            f"CREATE TRIGGER {table}_exchange_ai AFTER INSERT ON {table} {when} "
            f"BEGIN {note('NEW', 'NULL')} END",
            f"CREATE TRIGGER {table}_exchange_au AFTER UPDATE ON {table} {when} "
            f"BEGIN {note('OLD', old)} END",
            f"CREATE TRIGGER {table}_exchange_ad AFTER DELETE ON {table} {when} "
            f"BEGIN {note('OLD', old)} END",
        ]
    return statements


def _search_index_statements(prefixes: str = "2 3") -> list[str]:
    statements = [
        f"""CREATE VIRTUAL TABLE search_index USING fts5(
            kind UNINDEXED, uuid UNINDEXED, pair_uuid UNINDEXED, visibility UNINDEXED,
            title, body,
            tokenize = 'unicode61 remove_diacritics 2',
            prefix = '{prefixes}'
        )"""
    ]
    for table, (pair_expr, title, body) in SEARCHED.items():
        insert = (
            "INSERT INTO search_index (kind, uuid, pair_uuid, visibility, title, body) "
            f"VALUES ('{table}', NEW.uuid, {pair_expr}, NEW.visibility, {title}, {body});"
        )
        delete = f"DELETE FROM search_index WHERE uuid = OLD.uuid AND kind = '{table}';"
        statements += [
            f"CREATE TRIGGER {table}_search_ai AFTER INSERT ON {table} BEGIN {insert} END",
            f"CREATE TRIGGER {table}_search_ad AFTER DELETE ON {table} BEGIN {delete} END",
            f"CREATE TRIGGER {table}_search_au AFTER UPDATE ON {table} BEGIN {delete} {insert} END",
        ]
        # Backfill rows written before the index existed.
        select = (
            "INSERT INTO search_index (kind, uuid, pair_uuid, visibility, title, body) "
            f"SELECT '{table}', NEW.uuid, {pair_expr}, NEW.visibility, {title}, {body} "
            f"FROM {table} AS NEW"
        )
        statements.append(select)
    return statements


def _execute_all(db: Database, statements: list[str]) -> None:
    # One execute per statement: executescript() would commit the enclosing transaction.
    for statement in statements:
        db.execute(statement)


def _set_version(db: Database, version: int) -> None:
    db.execute(f"PRAGMA user_version = {int(version)}")


def build() -> Migrations:
    """The migration set. Built on demand so that importing this module stays cheap."""
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)

    @migrations(name="0001_initial")
    def initial(db: Database) -> None:
        db.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
        _execute_all(db, INITIAL_TABLES + INITIAL_INDEXES)
        _set_version(db, 1)

    @migrations(name="0002_search_index")
    def search_index(db: Database) -> None:
        _execute_all(db, _search_index_statements())
        _set_version(db, 2)

    @migrations(name="0003_search_prefixes")
    def search_prefixes(db: Database) -> None:
        # FTS5 cannot change its prefix option in place: the index is rebuilt from the
        # tables (by the backfill), and its triggers with it, all in this one transaction.
        drops = [
            f"DROP TRIGGER {table}_search_{event}"
            for table in SEARCHED
            for event in ("ai", "ad", "au")
        ]
        _execute_all(db, [*drops, "DROP TABLE search_index"])
        _execute_all(db, _search_index_statements(SEARCH_PREFIXES))
        _set_version(db, 3)

    @migrations(name="0004_carried_copies_index")
    def carried_copies_index(db: Database) -> None:
        _execute_all(db, CARRIED_INDEXES)
        _set_version(db, 4)

    @migrations(name="0005_pause_and_early_end")
    def pause_and_early_end(db: Database) -> None:
        _execute_all(db, PAUSE_AND_END_COLUMNS)
        _set_version(db, 5)

    @migrations(name="0006_partners")
    def partners(db: Database) -> None:
        _execute_all(db, [PARTNERS_TABLE])
        _set_version(db, 6)

    @migrations(name="0007_exchange_clock")
    def exchange_clock(db: Database) -> None:
        _execute_all(db, EXCHANGE_TABLES)
        _set_version(db, 7)

    @migrations(name="0008_exchange_merge")
    def exchange_merge(db: Database) -> None:
        _execute_all(db, EXCHANGE_MERGE_TABLES + _exchange_triggers())
        _set_version(db, 8)

    @migrations(name="0009_self_assessments")
    def self_assessments(db: Database) -> None:
        _execute_all(db, SELF_ASSESSMENTS)
        _set_version(db, 9)

    @migrations(name="0010_commitments")
    def commitments(db: Database) -> None:
        _execute_all(db, COMMITMENTS_TABLE)
        _set_version(db, 10)

    @migrations(name="0011_shared_folders")
    def shared_folders(db: Database) -> None:
        _execute_all(db, SHARED_FOLDER_TABLES)
        _set_version(db, 11)

    @migrations(name="0012_exchange_tracks_new_tables")
    def exchange_tracks_new_tables(db: Database) -> None:
        _execute_all(db, _exchange_triggers(EXCHANGE_TRACKED_SINCE))
        _set_version(db, 12)

    return migrations

"""Crash and fault tests against real processes: kill -9, a full disk, a killed migration,
two writers at once.

Every child runs the real code (rmdesk.services / rmdesk.store) from a small script and
reports on stdout only what has been committed; the parent kills it and then checks that
the desk on disk agrees. Nothing waits on the clock: the parent reacts to what the child
printed, and every read of a pipe has a generous timeout that only fires on a hang.
"""

from __future__ import annotations

import contextlib
import hashlib
import queue
import random
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from rmdesk import errors, paths
from rmdesk.services import backups, goals
from rmdesk.services import desk as desk_module
from rmdesk.services import pairs as pair_service
from rmdesk.store import db, migrations, schema

DATA = Path(__file__).resolve().parent.parent / "data"
HANG = 60  # seconds; only a hung child ever waits this long
MILESTONES = ["first", "second", "third"]


class Child:
    """A child Python running `code`, whose stdout lines arrive through a reader thread
    (so waiting for a line can time out without racing a buffered pipe)."""

    def __init__(self, code: str, *args: str | Path, **kwargs: Any) -> None:
        self._stderr = tempfile.TemporaryFile()  # noqa: SIM115 - closed in finish()
        self.proc = subprocess.Popen(
            [sys.executable, "-c", textwrap.dedent(code), *map(str, args)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
            **kwargs,
        )
        self._lines: queue.Queue[str | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self._lines.put(line)
        self._lines.put(None)

    @property
    def pid(self) -> int:
        return self.proc.pid

    def line(self) -> str:
        """The next line (with its newline); '' once the output has ended."""
        try:
            item = self._lines.get(timeout=HANG)
        except queue.Empty:
            self.proc.kill()
            pytest.fail(f"child said nothing for {HANG} s; stderr: {self.finish()[1]}")
        if item is None:
            self._lines.put(None)
            return ""
        return item

    def send(self, text: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(text)
        self.proc.stdin.flush()

    def kill(self) -> tuple[list[str], str]:
        self.proc.send_signal(signal.SIGKILL)
        return self.finish()

    def finish(self) -> tuple[list[str], str]:
        """Wait for the end; the lines not yet read, and all of stderr. Closes every pipe."""
        assert self.proc.stdin is not None and self.proc.stdout is not None
        with contextlib.suppress(BrokenPipeError):
            self.proc.stdin.close()
        self.proc.wait(timeout=HANG)
        self._reader.join(timeout=HANG)
        self.proc.stdout.close()
        rest = []
        while (item := self._lines.get_nowait()) is not None:
            rest.append(item)
        self._stderr.seek(0)
        err = self._stderr.read().decode(errors="replace")
        self._stderr.close()
        return rest, err

    @property
    def returncode(self) -> int | None:
        return self.proc.returncode


def _new_desk(data_paths: paths.DataPaths) -> str:
    """A desk with one pair, closed again; returns the pair's uuid."""
    desk = desk_module.open_desk(data_paths)
    try:
        pair = desk.pairs.create(
            pair_service.PairDraft(mentor_name="Ada", mentee_name="Henrik", start_date="2026-01-05")
        )
    finally:
        desk.close()
    return pair.uuid


def _quick_check(store: db.Store) -> str:
    return store.query("PRAGMA quick_check")[0][0]


# --- kill -9 of a writer, many times ----------------------------------------------------

WRITER = """
    import random, sys
    from datetime import date
    from rmdesk import paths
    from rmdesk.services import backups, goals
    from rmdesk.services import desk as desk_module

    data = paths.DataPaths(sys.argv[1])
    pair_uuid, seed = sys.argv[2], int(sys.argv[3])
    rng = random.Random(seed)
    desk = desk_module.open_desk(data)
    print("ready", flush=True)
    mine = []
    for step in range(10_000):
        roll = rng.random()
        if mine and roll < 0.15:
            victim = mine.pop(rng.randrange(len(mine)))
            print("deleting", victim, flush=True)
            desk.goals.delete(victim)
            print("deleted", victim, flush=True)
        elif mine and roll < 0.35:
            desk.goals.update(rng.choice(mine), why="edited " * rng.randrange(1, 400))
        elif roll < 0.37:
            backups.take(data, "daily")
        else:
            draft = goals.GoalDraft(
                title=f"goal {seed}-{step}",
                why="x" * rng.randrange(0, 4_000),
                milestones=["first", "second", "third"],
            )
            goal, _change = desk.goals.create(pair_uuid, draft, "mentee", date(2026, 1, 5))
            mine.append(goal.uuid)
            print("added", goal.uuid, flush=True)
"""


def _check_desk_after_kill(
    data_paths: paths.DataPaths, added: set[str], deleted: set[str], unsure: set[str], seed: int
) -> set[str]:
    """Reopen as a writer and compare with what the killed child reported; the goals found."""
    with db.open_store(data_paths) as store:  # a writer: a stale lock would raise here
        assert _quick_check(store) == "ok", seed
        present = {r[0] for r in store.query("SELECT uuid FROM goals")}
        lost = added - deleted - unsure - present
        assert not lost, f"committed goals lost after kill -9 (seed {seed}): {lost}"
        resurrected = (deleted - unsure) & present
        assert not resurrected, f"committed deletes undone (seed {seed}): {resurrected}"
        # A goal and its milestones are one transaction: never one without the other.
        counts = store.query(
            "SELECT g.uuid, count(m.uuid) FROM goals g "
            "LEFT JOIN milestones m ON m.goal_uuid = g.uuid GROUP BY g.uuid"
        )
        half = [(uuid, n) for uuid, n in counts if n != len(MILESTONES)]
        assert not half, f"half-written goals (seed {seed}): {half}"
        orphans = store.query(
            "SELECT count(*) FROM milestones WHERE goal_uuid NOT IN (SELECT uuid FROM goals)"
        )[0][0]
        assert orphans == 0, seed
    for backup in backups.list_backups(data_paths.backups):
        # Only finished backups carry the name; each must be a whole, readable desk.
        assert db.inspect(backup.path).integrity == "ok", backup.path
    return present


@pytest.mark.slow
def test_kill_9_at_random_moments_loses_no_committed_row(data_paths: paths.DataPaths) -> None:
    """40 writers killed with SIGKILL mid-work: every committed row survives, quick_check ok."""
    pair_uuid = _new_desk(data_paths)
    rng = random.Random()
    added: set[str] = set()
    deleted: set[str] = set()
    for _cycle in range(40):
        seed = rng.randrange(1 << 30)
        child = Child(WRITER, data_paths.root, pair_uuid, seed)
        reports: list[str] = []
        wanted = rng.randrange(-1, 25)  # -1: kill while it is still starting up
        if wanted >= 0:
            first = child.line()
            assert first == "ready\n", (first, child.finish())
            while len(reports) < wanted:
                line = child.line()
                assert line, f"writer died on its own: {child.finish()[1]}"
                reports.append(line)
        rest, err = child.kill()
        assert child.returncode == -signal.SIGKILL, err
        reports += rest
        unsure: set[str] = set()
        for line in reports:
            if not line.endswith("\n"):
                continue  # cut off by the kill: it promised nothing
            word, _, uuid = line.strip().partition(" ")
            if word == "added":
                added.add(uuid)
            elif word == "deleting":
                unsure.add(uuid)
            elif word == "deleted":
                deleted.add(uuid)
                unsure.discard(uuid)
        present = _check_desk_after_kill(data_paths, added, deleted, unsure, seed)
        # A delete in flight has settled one way or the other by now.
        deleted |= unsure - present
    assert len(added) > 40, "the writers should have committed plenty in 40 cycles"


# --- a full disk ------------------------------------------------------------------------

FILLER = """
    import resource, sys
    from datetime import date
    from rmdesk import errors, paths
    from rmdesk.services import goals
    from rmdesk.services import desk as desk_module

    desk = desk_module.open_desk(paths.DataPaths(sys.argv[1]))
    pair_uuid = sys.argv[2]
    try:
        for step in range(100_000):
            draft = goals.GoalDraft(
                title=f"goal {step}", why="y" * 3000, milestones=["first", "second", "third"]
            )
            goal, _change = desk.goals.create(pair_uuid, draft, "mentor", date(2026, 1, 5))
            print("added", goal.uuid, flush=True)
    except errors.RmdeskError as exc:
        print("refused", exc, flush=True)
    # The connection is still usable for reading after the failed write.
    print("goals", desk.store.query("SELECT count(*) FROM goals")[0][0], flush=True)
    desk.close()
"""


def _limit_file_size(limit: int):  # noqa: ANN202
    """For preexec_fn: files may not grow past `limit` bytes; writes fail with EFBIG."""

    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))

    return apply


def _largest_file(folder: Path) -> int:
    return max(p.stat().st_size for p in folder.iterdir() if p.is_file())


def test_full_disk_is_a_clear_error_and_keeps_committed_rows(data_paths: paths.DataPaths) -> None:
    """Writing until the file-size limit: a plain RmdeskError, and every committed goal kept."""
    pair_uuid = _new_desk(data_paths)
    limit = _largest_file(data_paths.root) + 256 * 1024
    child = Child(FILLER, data_paths.root, pair_uuid, preexec_fn=_limit_file_size(limit))
    out, err = child.finish()
    assert child.returncode == 0, err
    assert "Traceback" not in err, err
    lines = [line.rstrip("\n") for line in out]
    added = {line.split()[1] for line in lines if line.startswith("added ")}
    [refused] = [line for line in lines if line.startswith("refused ")]
    assert "disk is full" in refused and "not saved" in refused, refused
    assert str(data_paths.database) in refused
    assert lines[-1] == f"goals {len(added)}", "the failed write left nothing behind"
    assert len(added) >= 5, "the limit should have let some goals in first"
    with db.open_store(data_paths) as store:
        assert _quick_check(store) == "ok"
        present = {r[0] for r in store.query("SELECT uuid FROM goals")}
        assert present == added
        milestones = store.query("SELECT count(*) FROM milestones")[0][0]
        assert milestones == len(MILESTONES) * len(added)
        # With the space back, the desk takes writes again.
        goals.GoalService(store).create(
            pair_uuid, goals.GoalDraft(title="after"), "mentor", date(2026, 1, 6)
        )


def test_disk_fault_in_a_transaction_becomes_rmdesk_error(store: db.Store) -> None:
    """SQLITE_FULL raised inside store.atomic() is reported as RmdeskError, other errors not."""
    with pytest.raises(errors.RmdeskError, match="disk is full") as caught, store.atomic():
        store.conn.execute("PRAGMA max_page_count = 1")
        store.conn.execute("CREATE TABLE filler (x TEXT)")
        store.conn.execute("INSERT INTO filler VALUES (?)", ("z" * 100_000,))
    assert isinstance(caught.value.__cause__, sqlite3.OperationalError)
    with pytest.raises(sqlite3.OperationalError, match="no such table"), store.atomic():
        store.conn.execute("SELECT * FROM no_such_table")


# --- a migration killed mid-way -------------------------------------------------------------

MIGRATOR = """
    import sys
    from rmdesk import paths
    from rmdesk.store import db, migrations

    def pause(event):
        print(event, flush=True)
        sys.stdin.readline()

    real_connect = db._connect

    def small_cache_connect(path, read_only):
        # Pages spill to the file mid-transaction, as a big desk's migration does.
        conn = real_connect(path, read_only)
        if not read_only:
            conn.execute("PRAGMA cache_size = 2")
        return conn

    real_backup = db.backup_to

    def paused_backup(conn, destination):
        pause("backing-up")
        result = real_backup(conn, destination)
        pause("backed-up")
        return result

    def stepwise(database, statements):
        for statement in statements:
            database.execute(statement)
            pause("step")

    db._connect = small_cache_connect
    db.backup_to = paused_backup
    migrations._execute_all = stepwise
    db.open_store(paths.DataPaths(sys.argv[1])).close()
    print("done", flush=True)
"""


def _table_rows(conn: sqlite3.Connection) -> dict[str, list[tuple[Any, ...]]]:
    """Every row, in the columns of the first schema (later ones add columns with defaults,
    which a v1 desk cannot have lost); tables without rows are left out, so that a table
    added since (commitments, empty after the upgrade) compares equal to its absence."""
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    found = {
        table: [
            tuple(r)
            for r in conn.execute(
                f"SELECT {', '.join(schema.columns_at(table, 1))} FROM {table} ORDER BY uuid"
            )
        ]
        for table in schema.TABLES
        if table in present
    }
    return {table: rows for table, rows in found.items() if rows}


def _state(path: Path) -> tuple[int, tuple[str, ...], bool, dict[str, list[tuple[Any, ...]]]]:
    """Version, applied migrations, whether the search index exists, and every row.

    Opened read-write so that SQLite rolls back a hot journal, as any writer would.
    """
    conn = sqlite3.connect(path)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        applied = tuple(
            r[0]
            for r in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = 'rmdesk' ORDER BY rowid"
            )
        )
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        return version, applied, "search_index" in names, _table_rows(conn)
    finally:
        conn.close()


def _v1_rows() -> dict[str, list[tuple[Any, ...]]]:
    conn = sqlite3.connect(f"{(DATA / 'desk-v1.sqlite').as_uri()}?immutable=1", uri=True)
    try:
        return _table_rows(conn)
    finally:
        conn.close()


def _migration_events(root: Path) -> int:
    """How many pauses a whole, unkilled migration of the v1 desk goes through."""
    child = Child(MIGRATOR, root)
    events = 0
    while (line := child.line()) not in ("done\n", ""):
        events += 1
        child.send("\n")
    _rest, err = child.finish()
    assert child.returncode == 0 and line == "done\n", err
    return events


@pytest.mark.slow
def test_migration_killed_mid_way_leaves_old_or_new_never_half(tmp_path: Path) -> None:
    """kill -9 at every pause of a migration (and just after each): v1 or fully v2, backup ok."""
    v1_rows = _v1_rows()
    v1_digest = hashlib.sha256((DATA / "desk-v1.sqlite").read_bytes()).hexdigest()
    trial = paths.DataPaths(tmp_path / "trial").ensure()
    shutil.copy(DATA / "desk-v1.sqlite", trial.database)
    total = _migration_events(trial.root)
    assert total > 10, "every migration statement should be a pause"
    outcomes = set()
    for kill_at in range(total + 1):
        # Killed at the pause, or racing the work right after it (the last pause is "done").
        for run_on in (False, True) if kill_at < total else (False,):
            data = paths.DataPaths(tmp_path / f"kill-{kill_at}-{int(run_on)}").ensure()
            shutil.copy(DATA / "desk-v1.sqlite", data.database)
            child = Child(MIGRATOR, data.root)
            seen = []
            for _ in range(kill_at + 1):
                seen.append(child.line())
                if len(seen) <= kill_at or run_on:
                    child.send("\n")
            _rest, err = child.kill()
            assert "Traceback" not in err, err
            label = f"killed after {seen[-1].strip()!r} #{kill_at} (run on: {run_on})"

            # What the killed migration left, as SQLite's own recovery sees it (on a copy,
            # so the real reopen below meets the files exactly as the kill left them).
            snapshot = Path(shutil.copytree(data.root, tmp_path / "snapshot", dirs_exist_ok=False))
            version, applied, indexed, found = _state(snapshot / paths.DB_NAME)
            shutil.rmtree(snapshot)
            assert found == v1_rows, label
            if version == 1:
                assert (applied, indexed) == (("0001_initial",), False), label
                outcomes.add("unchanged")
            else:
                assert version == migrations.LATEST_VERSION, label
                assert applied == migrations.NAMES and indexed, label
                outcomes.add("migrated")

            finished = [b.path for b in backups.list_backups(data.backups)]
            if "backed-up\n" in seen or version != 1:
                assert len(finished) == 1, (label, finished)
            for backup in finished:
                assert db.inspect(backup).version == 1, label
                conn = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
                try:
                    assert _table_rows(conn) == v1_rows, label
                finally:
                    conn.close()

            # The real reopen: lock free, no false "damaged", migrated with nothing lost.
            with db.open_store(data) as store:
                assert store.schema_version == migrations.LATEST_VERSION, label
                assert _quick_check(store) == "ok", label
                assert _table_rows(store.conn) == v1_rows, label
    assert "unchanged" in outcomes and "migrated" in outcomes, outcomes
    # The untouched original really is the v1 desk the rows were compared against.
    assert hashlib.sha256((DATA / "desk-v1.sqlite").read_bytes()).hexdigest() == v1_digest


# --- two writers at once -----------------------------------------------------------------

CONTENDER = """
    import sys
    from datetime import date
    from rmdesk import errors, paths
    from rmdesk.services import goals
    from rmdesk.services import desk as desk_module
    from rmdesk.services import pairs

    sys.stdin.readline()  # everyone starts at once
    try:
        desk = desk_module.open_desk(paths.DataPaths(sys.argv[1]))
    except errors.LockedError as exc:
        print("refused", exc, flush=True)
        sys.exit(0)
    pair = desk.pairs.create(
        pairs.PairDraft(mentor_name="Ada", mentee_name="Henrik", start_date="2026-01-05")
    )
    print("won", flush=True)
    sys.stdin.readline()  # hold the desk until told
    desk.close()
"""


def test_racing_writers_on_a_new_folder_one_wins_the_rest_are_told(tmp_path: Path) -> None:
    """Four processes open one new data folder at once: one writes, three get a clear message."""
    root = tmp_path / "fresh"
    children = [Child(CONTENDER, root) for _ in range(4)]
    try:
        for child in children:
            child.send("go\n")
        said = {child.pid: child.line() for child in children}
        [winner] = [pid for pid, line in said.items() if line == "won\n"]
        for pid, line in said.items():
            if pid != winner:
                assert line.startswith("refused rmdesk is already open on "), line
                assert "another --data-dir" in line, line
                # The pid is named once the winner has written it (a moment after its flock).
                assert "(process" not in line or f"(process {winner})" in line, line
    finally:
        for child in children:
            if child.proc.poll() is None:
                child.send("done\n")
            _rest, err = child.finish()
            assert child.returncode == 0, err
    with db.open_store(paths.DataPaths(root)) as store:
        assert _quick_check(store) == "ok"
        assert store.query("SELECT count(*) FROM pairs")[0][0] == 1

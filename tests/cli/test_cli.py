"""End-to-end tests of the command line: the real entry point, in a subprocess, per command.

The contract under test (rmdesk/cli.py): exit 0 on success, 1 with one line on stderr for
any error, 2 for usage; never a traceback; every file private whatever the caller's umask.
"""

from __future__ import annotations

import importlib.util
import json
import os
import select
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from rmdesk import __version__
from rmdesk.store import migrations, schema
from tests import platforms

SQLITE_MAGIC = b"SQLite format 3\x00"
GARBAGE = bytes(range(7, 256)) * 40  # not SQLite, not UTF-8, not empty
PERMISSIVE_UMASK = 0o022  # what a typical shell has; rmdesk must set its own


def rmdesk(
    data_dir: Path | None, *args: str | Path, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `python -m rmdesk [--data-dir DIR] ARGS` as a user would, with a permissive umask."""
    command = [sys.executable, "-m", "rmdesk"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    command += [str(a) for a in args]
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=cwd,
        umask=PERMISSIVE_UMASK,
    )


def ok(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    """Assert success, showing what the command said if it did not succeed."""
    assert result.returncode == 0, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stdout + result.stderr
    return result


def failed(result: subprocess.CompletedProcess[str], *needles: str) -> str:
    """Assert the error contract: exit 1, one line on stderr, no traceback; return the line."""
    assert result.returncode == 1, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stdout + result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    line = lines[0]
    assert line.startswith("rmdesk: "), line
    assert "unexpected error" not in line, line  # an error we did not foresee is a bug
    for needle in needles:
        assert needle.lower() in line.lower(), line
    return line


def counts_from_check(stdout: str) -> dict[str, int]:
    """The `table: N` lines of `rmdesk check`."""
    found = {}
    for line in stdout.splitlines():
        name, _, value = line.partition(": ")
        if name in schema.TABLES:
            found[name] = int(value)
    return found


def row_counts(data_dir: Path) -> dict[str, int]:
    """Rows per table, read without locking or writing anything (the desk is closed)."""
    database = data_dir / "rmdesk.sqlite"
    if not database.exists():
        return dict.fromkeys(schema.TABLES, 0)
    conn = sqlite3.connect(f"{database.as_uri()}?immutable=1", uri=True)
    try:
        return {
            table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in schema.TABLES
        }
    finally:
        conn.close()


def backups_in(data_dir: Path, reason: str = "") -> list[Path]:
    folder = data_dir / "backups"
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"rmdesk-*{reason}.sqlite"))


def empty_dump() -> dict[str, Any]:
    """The smallest valid dump: no rows at all."""
    return {
        "format": "rmdesk-dump",
        "version": 1,
        "schema_version": migrations.LATEST_VERSION,
        "tables": {},
    }


@pytest.fixture(scope="module")
def demo_desk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo desk per module, made by the CLI; tests copy it or only read it."""
    pytest.importorskip("rmdesk.services.demo", reason="rmdesk.services.demo is not written yet")
    folder = tmp_path_factory.mktemp("demo") / "desk"
    ok(rmdesk(folder, "demo", "--years", "1"))
    return folder


@pytest.fixture(scope="module")
def demo_dump(demo_desk: Path) -> Path:
    """The demo desk as a dump file."""
    path = demo_desk.parent / "demo.json"
    ok(rmdesk(demo_desk, "dump", "-o", path))
    return path


@pytest.fixture
def populated(demo_desk: Path, tmp_path: Path) -> Path:
    """A private copy of the demo desk that a test may change."""
    return Path(shutil.copytree(demo_desk, tmp_path / "populated"))


# --- usage ------------------------------------------------------------------------------


def test_version_prints_version() -> None:
    """--version exits 0 and prints the package version."""
    result = ok(rmdesk(None, "--version"))
    assert result.stdout.strip() == f"rmdesk {__version__}"


def test_bad_option_is_a_usage_error(tmp_path: Path) -> None:
    """An unknown option without a command exits 2 with usage, not 1 and not the window."""
    result = rmdesk(tmp_path / "desk", "--no-such-option")
    assert result.returncode == 2, result
    assert "usage:" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "desk").exists()


def test_unknown_command_is_a_usage_error(tmp_path: Path) -> None:
    """An unknown command exits 2 and names the valid ones."""
    result = rmdesk(tmp_path / "desk", "frobnicate")
    assert result.returncode == 2, result
    assert "invalid choice" in result.stderr and "check" in result.stderr
    assert "Traceback" not in result.stderr


# --- check ------------------------------------------------------------------------------


def test_check_fresh_desk(tmp_path: Path) -> None:
    """check on a desk made by `backup` reports schema, integrity and a zero count per table."""
    desk = tmp_path / "desk"
    ok(rmdesk(desk, "backup"))
    result = ok(rmdesk(desk, "check"))
    latest = migrations.LATEST_VERSION
    assert f"schema: {latest} of {latest}" in result.stdout
    assert "integrity: ok" in result.stdout
    assert counts_from_check(result.stdout) == dict.fromkeys(schema.TABLES, 0)
    assert result.stderr == ""


def test_check_garbage_file_is_refused_untouched(tmp_path: Path) -> None:
    """check on a file of garbage exits 1 with one line naming it, and changes nothing."""
    desk = tmp_path / "desk"
    desk.mkdir()
    database = desk / "rmdesk.sqlite"
    database.write_bytes(GARBAGE)
    line = failed(rmdesk(desk, "check"))
    assert str(database) in line
    assert database.read_bytes() == GARBAGE
    assert sorted(p.name for p in desk.iterdir()) == ["rmdesk.sqlite"]


def test_check_newer_schema_is_refused(tmp_path: Path) -> None:
    """check on a desk whose user_version is from a newer rmdesk exits 1 saying so."""
    desk = tmp_path / "desk"
    ok(rmdesk(desk, "backup"))
    database = desk / "rmdesk.sqlite"
    conn = sqlite3.connect(database)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = database.read_bytes()
    line = failed(rmdesk(desk, "check"), "newer")
    assert str(database) in line
    assert database.read_bytes() == before


# --- demo -------------------------------------------------------------------------------


def test_demo_fills_an_empty_desk(demo_desk: Path) -> None:
    """demo --years 1 exits 0 and check then counts rows in the tables the app shows."""
    result = ok(rmdesk(demo_desk, "check"))
    counts = counts_from_check(result.stdout)
    assert counts["pairs"] == 8, (
        "the main pair, one in each other phase, a paused, an ended and a templated one"
    )
    for table in (
        "goals",
        "meetings",
        "topics",
        "reflections",
        "pulses",
        "action_items",
        "commitments",
    ):
        assert counts[table] > 0, table


def test_demo_refuses_a_non_empty_desk(populated: Path) -> None:
    """demo into a desk that has data exits 1 and leaves the data alone."""
    before = row_counts(populated)
    failed(rmdesk(populated, "demo"), "not empty")
    assert row_counts(populated) == before


def test_demo_zero_years_is_refused(tmp_path: Path) -> None:
    """demo --years 0 exits 1 with a message about the years, and writes no rows."""
    pytest.importorskip("rmdesk.services.demo", reason="rmdesk.services.demo is not written yet")
    desk = tmp_path / "desk"
    failed(rmdesk(desk, "demo", "--years", "0"), "year")
    assert not any(row_counts(desk).values())


# --- dump and load ----------------------------------------------------------------------


def test_dump_load_dump_is_byte_identical(demo_dump: Path, tmp_path: Path) -> None:
    """A dump loaded into a new desk dumps again to exactly the same bytes."""
    desk = tmp_path / "desk"
    ok(rmdesk(desk, "load", demo_dump))
    again = tmp_path / "again.json"
    ok(rmdesk(desk, "dump", "-o", again))
    assert again.read_bytes() == demo_dump.read_bytes()


def test_dump_to_stdout(demo_desk: Path, demo_dump: Path) -> None:
    """dump -o - writes the same JSON document to stdout and nothing else."""
    result = ok(rmdesk(demo_desk, "dump", "-o", "-"))
    document = json.loads(result.stdout)
    assert document["format"] == "rmdesk-dump"
    assert result.stdout.encode() == demo_dump.read_bytes()


def test_load_refuses_a_non_empty_desk(populated: Path, demo_dump: Path) -> None:
    """load into a desk that has data exits 1, pointing at --replace, and takes no backup."""
    failed(rmdesk(populated, "load", demo_dump), "--replace")
    assert backups_in(populated) == []


def test_load_replace_backs_up_first(populated: Path, tmp_path: Path) -> None:
    """load --replace swaps the content and keeps the desk as it was in backups/."""
    small = tmp_path / "small.json"
    small.write_text(json.dumps(empty_dump()))
    ok(rmdesk(populated, "load", "--replace", small))
    assert not any(row_counts(populated).values())
    assert len(backups_in(populated, "before-load")) == 1


def _bad_row(table: str, column: str, value: object) -> Callable[[dict[str, Any]], bytes]:
    """A dump whose last row of a table breaks one rule, so earlier rows went in first."""

    def make(document: dict[str, Any]) -> bytes:
        document = json.loads(json.dumps(document))
        document["tables"][table][-1][column] = value
        return json.dumps(document).encode()

    return make


def _fixed(data: bytes) -> Callable[[dict[str, Any]], bytes]:
    return lambda _document: data


@pytest.mark.parametrize(
    ("make", "needs_rows", "needle"),
    [
        pytest.param(_fixed(b'{"format": "rmdesk-dump", '), False, "not valid JSON", id="bad-json"),
        pytest.param(_fixed(b"\xff\xfe garbage"), False, "not valid JSON", id="not-utf8"),
        pytest.param(_fixed(b'{"tables": {}}'), False, "not an rmdesk dump", id="not-a-dump"),
        pytest.param(_bad_row("goals", "title", "  "), True, "in goals", id="goal-empty-title"),
        pytest.param(_bad_row("pulses", "safety", 9), True, "in pulses", id="pulse-rating-9"),
    ],
)
def test_load_bad_input_leaves_the_desk_empty(
    make: Callable[[dict[str, Any]], bytes],
    needs_rows: bool,
    needle: str,
    tmp_path: Path,
    request: pytest.FixtureRequest,
) -> None:
    """A load that fails anywhere exits 1 and loads nothing at all (all or nothing)."""
    # Only the bad-row cases need the demo (and skip without it).
    document = json.loads(request.getfixturevalue("demo_dump").read_bytes()) if needs_rows else {}
    source = tmp_path / "input.json"
    source.write_bytes(make(document))
    desk = tmp_path / "desk"
    failed(rmdesk(desk, "load", source), needle)
    assert not any(row_counts(desk).values())


# --- backup and restore -----------------------------------------------------------------


def test_backup_into_backups_folder(tmp_path: Path) -> None:
    """backup exits 0 and writes one SQLite file into backups/, naming it."""
    desk = tmp_path / "desk"
    result = ok(rmdesk(desk, "backup"))
    [path] = backups_in(desk, "manual")
    assert str(path) in result.stdout
    assert path.read_bytes().startswith(SQLITE_MAGIC)


def test_backup_to_a_chosen_file_is_private(tmp_path: Path) -> None:
    """backup -o FILE exits 0 and writes FILE with mode 0600."""
    target = tmp_path / "out" / "copy.sqlite"
    target.parent.mkdir()
    ok(rmdesk(tmp_path / "desk", "backup", "-o", target))
    assert target.read_bytes().startswith(SQLITE_MAGIC)
    assert platforms.private(target)


def test_restore_replaces_content_and_keeps_the_old(
    demo_desk: Path, demo_dump: Path, tmp_path: Path
) -> None:
    """restore FILE (a relative path) brings back the backup's content; the old is kept."""
    ok(rmdesk(demo_desk, "backup", "-o", tmp_path / "demo-backup.sqlite"))
    desk = tmp_path / "desk"
    ok(rmdesk(desk, "backup"))
    ok(rmdesk(desk, "restore", "demo-backup.sqlite", cwd=tmp_path))
    assert len(backups_in(desk, "before-restore")) == 1
    restored = tmp_path / "restored.json"
    ok(rmdesk(desk, "dump", "-o", restored))
    assert restored.read_bytes() == demo_dump.read_bytes()


def test_restore_missing_file(tmp_path: Path) -> None:
    """restore of a file that does not exist exits 1 naming it."""
    desk = tmp_path / "desk"
    ok(rmdesk(desk, "backup"))
    failed(rmdesk(desk, "restore", tmp_path / "nowhere.sqlite"), "nowhere.sqlite")


def test_restore_garbage_file(populated: Path, tmp_path: Path) -> None:
    """restore of a file that is not a backup exits 1 and leaves desk and file as they were."""
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(GARBAGE)
    before = row_counts(populated)
    failed(rmdesk(populated, "restore", garbage), "garbage.sqlite")
    assert garbage.read_bytes() == GARBAGE
    assert row_counts(populated) == before


# --- file modes -------------------------------------------------------------------------


def assert_private_tree(root: Path) -> None:
    """Every folder under root is 0700 and every file 0600."""
    assert platforms.private(root, 0o700), root
    for folder, dirs, files in os.walk(root):
        for name in dirs:
            assert stat.S_IMODE((Path(folder) / name).stat().st_mode) == 0o700, name
        for name in files:
            assert stat.S_IMODE((Path(folder) / name).stat().st_mode) == 0o600, name


@platforms.posix_only("file modes and the umask")
def test_files_are_private_despite_a_permissive_umask(tmp_path: Path) -> None:
    """Under umask 022, backup and dump still leave only 0600 files in 0700 folders."""
    desk = tmp_path / "desk"
    desk.mkdir(mode=0o755)  # a folder someone made by hand is tightened too
    desk.chmod(0o755)
    ok(rmdesk(desk, "backup"))
    dumped = tmp_path / "desk.json"
    ok(rmdesk(desk, "dump", "-o", dumped))
    assert {"rmdesk.sqlite", "rmdesk.lock", "backups"} <= {p.name for p in desk.iterdir()}
    assert backups_in(desk)
    assert_private_tree(desk)
    assert platforms.private(dumped)


@platforms.posix_only("file modes")
def test_demo_files_are_private(demo_desk: Path) -> None:
    """The demo desk, made under umask 022, has only 0600 files in 0700 folders."""
    assert_private_tree(demo_desk)


# --- the lock ---------------------------------------------------------------------------

HOLDER = textwrap.dedent(
    """
    import pathlib, sys, time
    from rmdesk import paths
    from rmdesk.store import db
    store = db.open_store(paths.DataPaths(pathlib.Path(sys.argv[1])))
    print("ready", flush=True)
    time.sleep(60)
    """
)


@platforms.posix_only("kill -9 of the lock's holder (SIGKILL)")
def test_lock_refuses_writers_admits_readers_and_dies_with_its_holder(tmp_path: Path) -> None:
    """While another process holds the desk, writers exit 1, readers work; kill -9 frees it."""
    desk = tmp_path / "desk"
    ok(rmdesk(desk, "backup"))
    [backup] = backups_in(desk)
    small = tmp_path / "small.json"
    small.write_text(json.dumps(empty_dump()))
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(desk)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        readable, _, _ = select.select([holder.stdout], [], [], 30)
        assert readable and holder.stdout.readline().strip() == "ready", holder.stderr
        writers: list[tuple[str | Path, ...]] = [("load", small), ("restore", backup)]
        if importlib.util.find_spec("rmdesk.services.demo"):  # its own tests skip without it
            writers.append(("demo",))
        for args in writers:
            failed(rmdesk(desk, *args), "already open")
        # Readers fall back to a read-only connection; a backup only reads the desk.
        result = ok(rmdesk(desk, "check"))
        assert "integrity: ok" in result.stdout
        assert json.loads(ok(rmdesk(desk, "dump", "-o", "-")).stdout)["format"] == "rmdesk-dump"
        ok(rmdesk(desk, "backup"))
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.communicate(timeout=30)
    assert holder.returncode == -signal.SIGKILL
    ok(rmdesk(desk, "load", small))


# --- keygen and decrypt (append to tests/cli/test_cli.py) ----------------------------------


@pytest.mark.needs_pyrage
def test_keygen_writes_a_private_identity_and_refuses_overwrite(tmp_path: Path) -> None:
    """keygen prints the age1 key, writes a 0600 identity and never overwrites one."""
    identity = tmp_path / "identity.txt"
    result = ok(rmdesk(None, "keygen", "-o", identity))
    public = result.stdout.strip()
    assert public.startswith("age1") and f"# public key: {public}" in identity.read_text()
    assert platforms.private(identity)
    before = identity.read_bytes()
    failed(rmdesk(None, "keygen", "-o", identity), "already exists")
    assert identity.read_bytes() == before


@pytest.mark.needs_pyrage
def test_decrypt_with_identity_to_stdout_and_file(tmp_path: Path) -> None:
    """decrypt -i opens a key-encrypted file to stdout or to a 0600 file."""
    from rmdesk.services import crypto

    identity = tmp_path / "identity.txt"
    public = ok(rmdesk(None, "keygen", "-o", identity)).stdout.strip()
    sealed = tmp_path / "summary.age"
    sealed.write_bytes(crypto.encrypt_to_recipient(b'{"ok": true}\n', public, armor=True))
    assert ok(rmdesk(None, "decrypt", sealed, "-i", identity, "-o", "-")).stdout == '{"ok": true}\n'
    out = tmp_path / "summary.json"
    ok(rmdesk(None, "decrypt", sealed, "-i", identity, "-o", out))
    assert out.read_bytes() == b'{"ok": true}\n'
    assert platforms.private(out)


@pytest.mark.needs_pyrage
def test_decrypt_errors_are_one_line(tmp_path: Path) -> None:
    """A wrong key, a missing variable and a non-age file each give one line and exit 1."""
    from rmdesk.services import crypto

    identity, other = tmp_path / "a.txt", tmp_path / "b.txt"
    public = ok(rmdesk(None, "keygen", "-o", identity)).stdout.strip()
    ok(rmdesk(None, "keygen", "-o", other))
    sealed = tmp_path / "summary.age"
    sealed.write_bytes(crypto.encrypt_to_recipient(b"x", public))
    failed(rmdesk(None, "decrypt", sealed, "-i", other, "-o", "-"), "does not match")
    failed(rmdesk(None, "decrypt", sealed, "--passphrase-env", "RMDESK_NO_SUCH_VAR", "-o", "-"))
    failed(rmdesk(None, "decrypt", identity, "-i", identity, "-o", "-"), "not an age")
    assert rmdesk(None, "decrypt", sealed, "-o", "-").returncode == 2


def test_a_reader_that_goes_away_is_no_error(tmp_path: Path) -> None:
    """`rmdesk check | head -1`: the closed pipe ends the command quietly, no "unexpected
    error" and no traceback."""
    import subprocess
    import sys

    folder = tmp_path / "desk"
    subprocess.run(
        [sys.executable, "-m", "rmdesk", "--data-dir", str(folder), "demo", "--years", "1"],
        check=True,
        capture_output=True,
    )
    command = [sys.executable, "-m", "rmdesk", "--data-dir", str(folder), "check"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as child:
        assert child.stdout is not None and child.stderr is not None
        child.stdout.close()  # the reader goes away before the first line is written
        err = child.stderr.read().decode()
        child.wait()
    assert "unexpected" not in err and "Traceback" not in err, err

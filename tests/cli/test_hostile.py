"""Hostile input through the front door (issue 12): paths, files and backups from outside
never destroy a desk, leak from it or stall it. One section per class of the issue.

Most cases run the CLI in-process (rmdesk.app.main, as the entry point does) so hypothesis
can try many; a few run it as a subprocess where only a real process shows the behaviour.
"""

from __future__ import annotations

import json
import os
import resource
import shlex
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rmdesk import app, cli, files, paths
from rmdesk.services import crypto, goals, pairs
from rmdesk.services import desk as desk_module
from rmdesk.store import db


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    """`rmdesk ARGS` in this process: (exit code, stdout, stderr)."""
    capsys.readouterr()
    try:
        code = app.main([str(a) for a in args])
    except SystemExit as exc:  # argparse's usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def refused(result: tuple[int, str, str], *needles: str) -> str:
    """The error contract: exit 1, one line on stderr naming the problem, no traceback."""
    code, out, err = result
    assert code == 1, result
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("rmdesk: ") and "unexpected error" not in lines[0], lines[0]
    assert "Traceback" not in out + err
    for needle in needles:
        assert needle.lower() in lines[0].lower(), lines[0]
    return lines[0]


def small_desk(root: Path, mentor: str = "Ada", title: str = "Prompting") -> paths.DataPaths:
    """A desk with a pair and a goal, closed (one file at rest)."""
    data = paths.DataPaths(root)
    desk = desk_module.open_desk(data)
    try:
        pair = desk.pairs.create(
            pairs.PairDraft(mentor_name=mentor, mentee_name="Henrik", start_date="2026-01-05")
        )
        desk.goals.create(pair.uuid, goals.GoalDraft(title=title), "mentee", date(2026, 2, 1))
    finally:
        desk.close()
    return data


def snapshot(data: paths.DataPaths) -> dict[str, bytes]:
    """Every file of the desk, by name, for "nothing changed" checks."""
    return {
        str(p.relative_to(data.root)): p.read_bytes()
        for p in sorted(data.root.rglob("*"))
        if p.is_file() and p.name != "rmdesk.log"
    }


@pytest.fixture(scope="module")
def recipient_key() -> tuple[str, str]:
    """An age identity and its public key."""
    return crypto.generate_identity()


# --- 1. an output path is never the desk ---------------------------------------------------

DESK_TARGETS = [
    "rmdesk.sqlite",
    "rmdesk.sqlite-wal",
    "rmdesk.sqlite-shm",
    "rmdesk.lock",
    "backups/rmdesk-20260101-000000-000000-manual.sqlite",
    ".",
]


def _commands(output: Path, identity: Path, age_file: Path) -> list[list[str | Path]]:
    return [
        ["dump", "-o", output],
        ["summary", "-o", output],
        ["export", "--plain", "-o", output],
        ["backup", "-o", output],
        ["decrypt", age_file, "-i", identity, "-o", output],
        ["open", age_file, "-i", identity, "--csv", output],
        ["open", age_file, "-i", identity, "--pdf", output],
        ["summary", "--format", "pdf", "-o", output],
        ["keygen", "-o", output],
    ]


@pytest.mark.parametrize("target", DESK_TARGETS)
def test_no_command_writes_over_the_desk_its_files_or_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, target: str
) -> None:
    """Every output option refuses the desk, its journals, lock, backups and folder."""
    data = small_desk(tmp_path / "desk")
    (data.root / "rmdesk.sqlite-wal").write_bytes(b"")
    (data.root / "rmdesk.sqlite-shm").write_bytes(b"")
    (data.backups / "rmdesk-20260101-000000-000000-manual.sqlite").write_bytes(b"x")
    identity = tmp_path / "id.txt"
    crypto.write_identity(identity)
    age_file = tmp_path / "in.age"
    age_file.write_bytes(crypto.encrypt_to_recipient(b"{}", crypto.generate_identity()[1]))
    before = snapshot(data)
    output = data.root / target
    for command in _commands(output, identity, age_file):
        result = run(capsys, "--data-dir", data.root, *command)
        refused(result, str(output).rstrip("/."))
        assert snapshot(data) == before, command


def test_another_desk_is_recognised_too(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`dump -o` onto a second desk's database (not the one open) is refused as well."""
    small_desk(tmp_path / "one")
    other = small_desk(tmp_path / "other", mentor="Bea")
    before = other.database.read_bytes()
    refused(run(capsys, "--data-dir", tmp_path / "one", "dump", "-o", other.database), "desk")
    assert other.database.read_bytes() == before


def _private_null(tmp_path: Path) -> Path:
    """A device node to aim at: our own copy of /dev/null when we may make one (root), so
    that a broken build under test can never replace the system's; /dev/null otherwise
    (which a non-root user cannot replace anyway)."""
    if os.geteuid() != 0:
        return Path("/dev/null")
    node = tmp_path / "null"
    os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    return node


def test_a_device_is_never_replaced(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`dump -o /dev/null` is refused; the device node stays a device."""
    small_desk(tmp_path / "desk")
    device = _private_null(tmp_path)
    for command in (["dump", "-o", device], ["backup", "-o", device], ["summary", "-o", device]):
        refused(run(capsys, "--data-dir", tmp_path / "desk", *command), "special")
        assert stat.S_ISCHR(os.stat(device).st_mode)


def test_a_fifo_output_is_refused_without_blocking(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A named pipe as `-o` is refused (it would block or be replaced by a file)."""
    small_desk(tmp_path / "desk")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    refused(run(capsys, "--data-dir", tmp_path / "desk", "summary", "-o", fifo), "special")
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


@given(name=st.sampled_from(DESK_TARGETS[:-1]), spelling=st.sampled_from(["plain", "dots", "link"]))
def test_any_spelling_of_a_desk_file_is_refused(
    tmp_path_factory: pytest.TempPathFactory, name: str, spelling: str
) -> None:
    """Relative dots and linked folders that lead to a desk file are refused like the name."""
    root = tmp_path_factory.mktemp("spell")
    data = paths.DataPaths(root / "desk")
    db.open_store(data).close()
    target = data.root / name
    if spelling == "dots":
        target = data.root / "backups" / ".." / name
    elif spelling == "link":
        (root / "alias").symlink_to(data.root)
        target = root / "alias" / name
    with pytest.raises(files.UnsafeFileError):
        files.check_output(target)


# --- 2. temporary files cannot be hijacked --------------------------------------------------


def test_a_planted_predictable_temp_file_is_not_followed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A link planted at the old predictable `.NAME.PID.partial` name is never written through."""
    small_desk(tmp_path / "desk")
    victim = tmp_path / "victim"
    victim.write_text("precious")
    out = tmp_path / "out.json"
    (tmp_path / f".out.json.{os.getpid()}.partial").symlink_to(victim)
    code, _, err = run(capsys, "--data-dir", tmp_path / "desk", "dump", "-o", out)
    assert code == 0, err
    assert victim.read_text() == "precious"
    assert json.loads(out.read_text())["format"] == "rmdesk-dump"


# --- 6. nothing a user typed reaches a terminal raw -----------------------------------------

CONTROL = st.text(
    alphabet=st.sampled_from(["\x1b", "\x07", "\x9b", "\r", "\x08", "\u202e", "\x00", "a", "]"]),
    min_size=1,
    max_size=12,
)


def _raw_controls(text: str) -> set[str]:
    return {ch for ch in text if ch in "\x1b\x07\x9b\r\x08\u202e\x00"}


@given(hostile=CONTROL)
def test_search_prints_no_raw_control_characters(
    capsys: pytest.CaptureFixture[str], tmp_path_factory: pytest.TempPathFactory, hostile: str
) -> None:
    """A title or pair name full of ESC, BEL, CSI, CR or bidi overrides prints escaped."""
    root = tmp_path_factory.mktemp("term") / "desk"
    small_desk(root, mentor=f"A{hostile}da", title=f"Needle {hostile}x")
    for fmt in ("text", "json"):
        code, out, err = run(capsys, "--data-dir", root, "search", "needle", "--format", fmt)
        assert code == 0, err
        assert not _raw_controls(out + err), repr(out)
        if fmt == "json":
            assert json.loads(out)[0]["pair"].startswith(f"A{hostile}da")


def test_error_messages_escape_what_they_quote(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A file name holding ESC sequences is quoted escaped in the one error line."""
    name = tmp_path / "evil\x1b]0;pwned\x07.json"
    line = refused(run(capsys, "--data-dir", tmp_path / "desk", "load", name))
    assert "\x1b" not in line and "\x07" not in line and "\\x1b" in line


def test_open_escapes_a_summary_that_tries_to_rewrite_the_terminal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, recipient_key: tuple[str, str]
) -> None:
    """`rmdesk open` prints the table and the summary with control characters escaped."""
    desk = small_desk(tmp_path / "desk", mentor="Ada\x1b[2J\x1b]0;owned\x07", title="Goal")
    secret, public = recipient_key
    out = tmp_path / "s.age"
    code, _, err = run(capsys, "--data-dir", desk.root, "export", "--recipient", public, "-o", out)
    assert code == 0, err
    identity = tmp_path / "id.txt"
    identity.write_text(secret + "\n")
    for fmt in ("md", "json"):
        code, printed, err = run(capsys, "open", out, "-i", identity, "--format", fmt)
        assert code == 0, err
        assert "\x1b" not in printed and "\x07" not in printed
        assert "Ada" in printed


# --- 9. --data-dir is respected by everything, wherever it is typed ---------------------------


@pytest.mark.parametrize("command", [["check"], ["backup"], ["dump", "-o", "-"]])
def test_data_dir_after_the_command(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: list[str]
) -> None:
    """`rmdesk CMD --data-dir D` works as `rmdesk --data-dir D CMD` does."""
    small_desk(tmp_path / "desk")
    code, out, err = run(capsys, *command, "--data-dir", tmp_path / "desk")
    assert code == 0, err
    assert not (tmp_path / "data").exists()  # the RMDESK_DATA_DIR of the fixture


def test_demo_with_data_dir_after_the_command(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`rmdesk demo --data-dir D` fills D, as users type it."""
    code, out, err = run(capsys, "demo", "--years", "1", "--data-dir", tmp_path / "d")
    assert code == 0, err
    assert (tmp_path / "d" / paths.DB_NAME).is_file()


# --- 10. a passphrase file's first line ends at \n or \r\n only -------------------------------


@given(
    body=st.text(
        alphabet=st.characters(blacklist_characters="\n\r", blacklist_categories=("Cs",)),
        min_size=1,
        max_size=30,
    ),
    ending=st.sampled_from(["", "\n", "\r\n", "\nsecond line\n"]),
)
def test_passphrase_first_line(body: str, ending: str) -> None:
    """Form feeds, vertical tabs, U+2028 and friends stay in the passphrase."""
    assert cli.first_line(body + ending) == body


@pytest.mark.parametrize("separator", ["\x0c", "\u2028", "\r"])
def test_passphrase_file_keeps_unusual_separators(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, separator: str
) -> None:
    """Encrypted with "a<sep>b", the dump opens only with "a<sep>b", not with "a"."""
    small_desk(tmp_path / "desk")
    secret = tmp_path / "pass.txt"
    secret.write_bytes(f"correct{separator}horse\n".encode())
    out = tmp_path / "full.age"
    code, _, err = run(
        capsys, "--data-dir", tmp_path / "desk", "dump", "-o", out, "--passphrase-file", secret
    )
    assert code == 0, err
    short = tmp_path / "short.txt"
    short.write_text("correct\n")
    refused(run(capsys, "--data-dir", tmp_path / "new", "load", out, "--passphrase-file", short))
    code, _, err = run(
        capsys, "--data-dir", tmp_path / "new2", "load", out, "--passphrase-file", secret
    )
    assert code == 0, err


# --- 8. read-only and damaged-but-empty desks ------------------------------------------------


def test_a_zero_byte_desk_is_empty_not_damaged(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A 0-byte rmdesk.sqlite (a first start killed early) checks as an empty desk."""
    root = tmp_path / "desk"
    root.mkdir()
    (root / paths.DB_NAME).write_bytes(b"")
    code, out, err = run(capsys, "--data-dir", root, "check")
    assert code == 0, err
    assert "pairs: 0" in out.splitlines()
    assert "damaged" not in out + err
    code, out, err = run(capsys, "--data-dir", root, "dump", "-o", "-")
    assert code == 0, err
    assert json.loads(out)["tables"]["pairs"] == []


def _read_only_runner(tmp_path: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run the CLI on a desk its user cannot write: a read-only bind mount when we are root
    (root ignores file modes), the folder and file made read-only otherwise."""
    if os.geteuid() != 0:

        def plain(desk: Path, *args: str) -> subprocess.CompletedProcess[str]:
            (desk / paths.DB_NAME).chmod(0o400)
            desk.chmod(0o500)
            try:
                return subprocess.run(
                    [sys.executable, "-m", "rmdesk", "--data-dir", str(desk), *args],
                    capture_output=True,
                    text=True,
                    timeout=60,
                )
            finally:
                desk.chmod(0o700)

        return plain
    unshare = shutil.which("unshare")
    probe = tmp_path / "probe"
    probe.mkdir()
    script = f"mount --bind {probe} {probe} && mount -o remount,ro,bind {probe}"
    if not unshare or subprocess.run([unshare, "-m", "sh", "-c", script]).returncode != 0:
        pytest.skip("root without mount namespaces: a read-only desk cannot be made here")

    def mounted(desk: Path, *args: str) -> subprocess.CompletedProcess[str]:
        command = " ".join(
            shlex.quote(part)
            for part in [sys.executable, "-m", "rmdesk", "--data-dir", str(desk), *args]
        )
        quoted = shlex.quote(str(desk))
        return subprocess.run(
            [
                unshare,
                "-m",
                "sh",
                "-c",
                f"mount --bind {quoted} {quoted} && mount -o remount,ro,bind {quoted} && {command}",
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )

    return mounted


@pytest.mark.parametrize(
    "command",
    [["check"], ["dump", "-o", "-"], ["search", "prompting"], ["summary", "-o", "-"]],
)
def test_reading_commands_work_on_a_read_only_desk(tmp_path: Path, command: list[str]) -> None:
    """check, dump, search and summary only read, so a read-only desk is no obstacle."""
    run_read_only = _read_only_runner(tmp_path)
    data = small_desk(tmp_path / "desk")
    before = snapshot(data)
    result = run_read_only(data.root, *command)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(data) == before


def test_writing_on_a_read_only_desk_is_one_clear_line(tmp_path: Path) -> None:
    """A command that writes says the desk is not writable; nothing changes."""
    run_read_only = _read_only_runner(tmp_path)
    data = small_desk(tmp_path / "desk")
    result = run_read_only(data.root, "demo")
    assert result.returncode == 1, result.stderr
    assert "not writable" in result.stderr and len(result.stderr.splitlines()) == 1


# --- 3. a restore only accepts a genuine rmdesk desk -----------------------------------------


def _doctored(tmp_path: Path, name: str, change: Callable[[sqlite3.Connection], None]) -> Path:
    """A copy of a real desk with `change` applied to it."""
    source = small_desk(tmp_path / f"src-{name}")
    target = tmp_path / f"{name}.sqlite"
    target.write_bytes(source.database.read_bytes())
    conn = sqlite3.connect(target)
    try:
        change(conn)
        conn.commit()
    finally:
        conn.close()
    return target


def _trusting_schema(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA writable_schema = ON")


DOCTORINGS: dict[str, Callable[[sqlite3.Connection], None]] = {
    "extra table": lambda c: c.execute("CREATE TABLE exfil (x TEXT)"),
    "extra view": lambda c: c.execute("CREATE VIEW peek AS SELECT body FROM reflections"),
    "extra trigger": lambda c: c.execute(
        "CREATE TRIGGER leak AFTER INSERT ON goals BEGIN "
        "UPDATE goals SET visibility = 'coordinator'; END"
    ),
    "extra index": lambda c: c.execute("CREATE INDEX odd ON goals(title)"),
    "dropped index": lambda c: c.execute(
        "DROP INDEX "
        + c.execute(
            "SELECT name FROM sqlite_master WHERE type='index' "
            "AND sql IS NOT NULL AND tbl_name='goals'"
        ).fetchone()[0]
    ),
    "dropped trigger": lambda c: c.execute(
        "DROP TRIGGER "
        + c.execute("SELECT name FROM sqlite_master WHERE type='trigger'").fetchone()[0]
    ),
    "foreign application id": lambda c: c.execute("PRAGMA application_id = 7"),
    "migration record removed": lambda c: c.execute("DELETE FROM _sqlite_migrations"),
    "dangling foreign key": lambda c: (
        c.execute("PRAGMA foreign_keys = OFF"),
        c.execute("UPDATE goals SET pair_uuid = '00000000-0000-4000-8000-000000000000'"),
    ),
    "private entry with a bad id": lambda c: c.execute("UPDATE goals SET uuid = 'not-a-uuid'"),
}


@pytest.mark.parametrize("doctoring", sorted(DOCTORINGS))
def test_a_doctored_backup_is_refused_and_the_desk_kept(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, doctoring: str
) -> None:
    """A desk file with objects that are not rmdesk's, or missing ones, is not restored."""
    candidate = _doctored(tmp_path, doctoring.replace(" ", "-"), DOCTORINGS[doctoring])
    data = small_desk(tmp_path / "desk", mentor="Keep")
    before = snapshot(data)
    refused(run(capsys, "--data-dir", data.root, "restore", candidate), "not a usable")
    assert snapshot(data) == before


def _empty_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("DROP TABLE t")  # one page, no objects: SQLite's empty database
    conn.close()


def _foreign_sqlite(path: Path) -> None:
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()


@pytest.mark.parametrize(
    "make",
    [
        lambda p: p.write_bytes(b""),
        lambda p: p.write_bytes(b"SQLite format 3\x00"),
        _empty_sqlite,
        _foreign_sqlite,
    ],
    ids=["zero bytes", "magic only", "empty sqlite", "foreign sqlite"],
)
def test_an_empty_or_foreign_sqlite_file_is_not_a_backup(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, make: Callable[[Path], object]
) -> None:
    """An empty SQLite file no longer "restores" into an empty desk."""
    candidate = tmp_path / "empty.sqlite"
    make(candidate)
    data = small_desk(tmp_path / "desk")
    before = snapshot(data)
    refused(run(capsys, "--data-dir", data.root, "restore", candidate), "not a usable")
    assert snapshot(data) == before


def test_a_genuine_backup_still_restores(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The checks accept what rmdesk writes: a backup and an old-schema desk."""
    data = small_desk(tmp_path / "desk", mentor="Before")
    code, out, err = run(capsys, "--data-dir", data.root, "backup", "-o", tmp_path / "b.sqlite")
    assert code == 0, err
    for source in (tmp_path / "b.sqlite", Path(__file__).parents[1] / "data" / "desk-v1.sqlite"):
        code, out, err = run(capsys, "--data-dir", data.root, "restore", source)
        assert code == 0, err


@pytest.mark.parametrize("special", ["/dev/zero", "fifo", "folder"])
def test_restore_refuses_special_files_without_blocking(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, special: str
) -> None:
    """A device, a FIFO or a folder given to restore is refused at once."""
    data = small_desk(tmp_path / "desk")
    source = Path(special)
    if special == "fifo":
        source = tmp_path / "fifo"
        os.mkfifo(source)
    elif special == "folder":
        source = data.backups
    refused(run(capsys, "--data-dir", data.root, "restore", source))


# --- 4. every read is bounded -----------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ["load", "{src}"],
        ["load", "{src}", "--passphrase-file", "{src}"],
        ["decrypt", "{src}", "-i", "{id}", "-o", "{out}"],
        ["decrypt", "{ok}", "-i", "{src}", "-o", "{out}"],
        ["open", "{src}", "-i", "{id}"],
        ["restore", "{src}"],
    ],
)
@pytest.mark.parametrize("source", ["/dev/zero", "/dev/urandom", "fifo", "huge"])
def test_no_input_is_read_without_bound(tmp_path: Path, command: list[str], source: str) -> None:
    """Devices and FIFOs are refused before reading; a file over its limit by its size."""
    # A child with its address space capped and a hang guard: a build that does read
    # /dev/zero fails this test instead of exhausting the machine's memory.
    identity = tmp_path / "id.txt"
    public = crypto.write_identity(identity)
    good = tmp_path / "ok.age"
    good.write_bytes(crypto.encrypt_to_recipient(b"{}", public))
    if source == "fifo":
        src = tmp_path / "fifo"
        os.mkfifo(src)
    elif source == "huge":
        src = tmp_path / "huge"
        with src.open("wb") as handle:  # sparse: no disk used
            handle.truncate(files.LIMIT_BACKUP + 1)
    else:
        src = Path(source)
    argv = [part.format(src=src, id=identity, out=tmp_path / "out", ok=good) for part in command]
    result = subprocess.run(
        [sys.executable, "-m", "rmdesk", "--data-dir", str(tmp_path / "desk"), *argv],
        capture_output=True,
        text=True,
        timeout=HANG,
        preexec_fn=_memory_capped,
    )
    line = refused((result.returncode, result.stdout, result.stderr))
    assert "too large" in line or "special file" in line or "not a" in line


HANG = 60  # seconds; only a child stuck on a FIFO ever waits this long
MEMORY_CAP = 2 * 1024**3  # far more than these commands need, far less than /dev/zero


def _memory_capped() -> None:
    """For preexec_fn: a child that tries to read an endless device runs out of memory."""
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def _age_header(stanzas: int, line: int = 0) -> bytes:
    body = [b"age-encryption.org/v1"]
    for _ in range(stanzas):
        body += [b"-> X25519 " + b"A" * 43, b"B" * 43]
    if line:
        body += [b"-> grease " + b"C" * line, b""]
    body.append(b"--- " + b"D" * 43)
    return b"\n".join(body) + b"\n" + b"\0" * 64


@pytest.mark.parametrize(
    "header",
    [_age_header(crypto.MAX_STANZAS + 1), _age_header(1, line=crypto.MAX_HEADER_LINE + 1)],
    ids=["too many stanzas", "too long a line"],
)
def test_age_headers_are_bounded_before_pyrage_sees_them(
    monkeypatch: pytest.MonkeyPatch, header: bytes
) -> None:
    """A header of thousands of stanzas (tens of seconds in pyrage) is refused by us first."""

    def never(*_args: object, **_kwargs: object) -> bytes:
        raise AssertionError("pyrage was handed the hostile header")

    monkeypatch.setattr(crypto.pyrage, "decrypt", never)
    with pytest.raises(crypto.CryptoError, match="stanzas|too long"):
        crypto.decrypt(header, identity=crypto.generate_identity()[0])


@given(stanzas=st.integers(1, crypto.MAX_STANZAS))
def test_headers_within_the_bounds_still_parse(stanzas: int) -> None:
    """Up to MAX_STANZAS recipients is an ordinary header."""
    assert crypto.header_info(_age_header(stanzas)).stanzas == ("X25519",) * stanzas


# --- 5. the lock cannot be sidestepped ---------------------------------------------------------


@pytest.mark.parametrize("how", ["deleted", "replaced", "linked elsewhere"])
def test_a_second_writer_stays_out_when_the_lock_file_is_swapped(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, how: str
) -> None:
    """With the desk open, deleting or replacing rmdesk.lock does not let a restore write."""
    data = small_desk(tmp_path / "desk")
    backup = tmp_path / "b.sqlite"
    assert run(capsys, "--data-dir", data.root, "backup", "-o", backup)[0] == 0
    holder = db.open_store(data)
    try:
        data.lock.unlink()
        if how == "replaced":
            data.lock.write_text("12345")
        elif how == "linked elsewhere":
            data.lock.symlink_to(tmp_path / "elsewhere")
        before = data.database.read_bytes()
        line = refused(run(capsys, "--data-dir", data.root, "restore", backup))
        assert "already open" in line or "link" in line
        assert data.database.read_bytes() == before
    finally:
        holder.close()


# --- 7. no "unexpected error" for input --------------------------------------------------------

HOSTILE_VALUES = st.one_of(
    st.integers(min_value=2**63, max_value=2**70),
    st.integers(max_value=-(2**63) - 1, min_value=-(2**70)),
    st.sampled_from([True, False, 1.5, [], ["x"], {"a": 1}, "\ud800", "not-a-uuid", "", "0"]),
    st.sampled_from(["NaN", "Infinity", "-Infinity"]).map(lambda name: _Raw(name)),
    st.integers(1, 3000).map(lambda depth: _Raw("[" * depth + "]" * depth)),
    st.text(max_size=20),
    st.integers(),
    st.none(),
)


class _Raw(str):
    """A JSON fragment spliced into the dump as is (NaN, deep nesting)."""


@pytest.fixture(scope="module")
def template_dump(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """A small real dump to doctor."""
    data = small_desk(tmp_path_factory.mktemp("tpl") / "desk")
    from rmdesk.services import dump

    store = db.open_store(data)
    try:
        return dump.dump(store)
    finally:
        store.close()


@given(
    table=st.sampled_from(["pairs", "goals"]),
    column_index=st.integers(0, 20),
    value=HOSTILE_VALUES,
)
def test_any_hostile_value_in_a_dump_is_one_clear_line(
    capsys: pytest.CaptureFixture[str],
    tmp_path_factory: pytest.TempPathFactory,
    template_dump: dict[str, object],
    table: str,
    column_index: int,
    value: object,
) -> None:
    """Any hostile value in a dump is accepted or refused in one line, never unexpected."""
    # Out-of-range integers, deep nesting, lone surrogates, NaN, booleans, lists, bad ids.
    document = json.loads(json.dumps(template_dump))
    row = document["tables"][table][0]
    column = list(row)[column_index % len(row)]
    marker = "@@HOSTILE@@"
    row[column] = marker
    text = json.dumps(document)
    fragment = value if isinstance(value, _Raw) else json.dumps(value)
    text = text.replace(json.dumps(marker), fragment)
    folder = tmp_path_factory.mktemp("load")
    source = folder / "dump.json"
    source.write_text(text, encoding="utf-8", errors="surrogatepass")
    code, out, err = run(capsys, "--data-dir", folder / "desk", "load", source)
    if code != 0:
        line = refused((code, out, err))
        assert table.replace("_", " ") in line or f'"{table}"' in line or "JSON" in line, line
    log = folder / "desk" / "rmdesk.log"
    assert not log.exists()


def test_the_log_never_holds_what_someone_wrote(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An unexpected error logs where it happened, not its message (which may quote a note)."""
    data = small_desk(tmp_path / "desk")

    note = "my secret " + "reflection about my boss"  # as if read from the desk

    def boom(*_args: object, **_kwargs: object) -> int:
        raise ValueError(note)

    monkeypatch.setitem(cli.COMMANDS, "check", boom)
    code, _out, err = run(capsys, "--data-dir", data.root, "check")
    assert code == 1 and "secret" not in err
    assert "secret" not in data.log.read_text()
    assert "ValueError" in data.log.read_text()


@pytest.mark.parametrize("name", [paths.DB_NAME, paths.BACKUP_DIR_NAME, "settings.json"])
def test_links_inside_the_data_folder_are_not_followed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str
) -> None:
    """A linked desk file, backups folder or settings.json is refused, its target untouched."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o755)
    target = elsewhere / "thing"
    if name == paths.BACKUP_DIR_NAME:
        target.mkdir(mode=0o755)
    else:
        target.write_bytes(b"")
    root = tmp_path / "desk"
    root.mkdir()
    (root / name).symlink_to(target)
    before = (target.stat().st_mode, target.stat().st_mtime_ns)
    line = refused(run(capsys, "--data-dir", root, "backup"), "symbolic link")
    assert str(root / name) in line
    assert (target.stat().st_mode, target.stat().st_mtime_ns) == before

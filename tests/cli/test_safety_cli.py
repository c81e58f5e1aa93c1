"""The safety net end to end, through the real front doors: a full disk under the CLI, a
second window on a desk another window holds, and every file a session writes being private.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import sqlite3
import subprocess
import sys
import time
import uuid as uuid_module
from datetime import date
from pathlib import Path

from rmdesk import paths
from rmdesk.services import desk as desk_module
from rmdesk.services import goals, pairs
from tests import platforms
from tests.cli.test_cli import PERMISSIVE_UMASK, assert_private_tree, failed, ok, rmdesk

HANG = 60  # seconds; only a hung child ever waits this long


def _limited(limit: int):  # noqa: ANN202
    """For preexec_fn: no file may grow past `limit` bytes (writes fail with EFBIG)."""

    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))

    return apply


def rmdesk_on_a_full_disk(
    data_dir: Path, limit: int, *args: str | Path
) -> subprocess.CompletedProcess[str]:
    """The CLI as a user runs it, on a disk with only `limit` bytes per file to spare."""
    return subprocess.run(
        [sys.executable, "-m", "rmdesk", "--data-dir", str(data_dir), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=HANG,
        umask=PERMISSIVE_UMASK,
        preexec_fn=_limited(limit),
    )


def _largest_file(folder: Path) -> int:
    return max(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def _small_desk(root: Path) -> None:
    """A desk with a pair and a few goals, closed (so it is one file at rest)."""
    desk = desk_module.open_desk(paths.DataPaths(root))
    try:
        pair = desk.pairs.create(
            pairs.PairDraft(mentor_name="Ada", mentee_name="Henrik", start_date="2026-01-05")
        )
        for title in ("Prompting", "Upward feedback", "Short videos"):
            desk.goals.create(pair.uuid, goals.GoalDraft(title=title), "mentee", date(2026, 2, 1))
    finally:
        desk.close()


# --- a full disk ------------------------------------------------------------------------


def test_demo_on_a_full_disk_is_one_clear_line_and_writes_nothing(tmp_path: Path) -> None:
    """`rmdesk demo` out of space exits 1 saying the disk is full; the desk stays empty."""
    desk = tmp_path / "desk"
    ok(rmdesk(desk, "backup"))  # creates and migrates the desk
    limit = _largest_file(desk) + 64 * 1024
    line = failed(rmdesk_on_a_full_disk(desk, limit, "demo"), "disk is full", "not saved")
    assert str(desk / "rmdesk.sqlite") in line
    result = ok(rmdesk(desk, "check"))
    assert "integrity: ok" in result.stdout
    assert "pairs: 0" in result.stdout.splitlines(), "all or nothing"


def test_load_on_a_full_disk_keeps_the_committed_desk(tmp_path: Path) -> None:
    """`rmdesk load --replace` that runs out of space exits 1; the desk is exactly as before."""
    desk = tmp_path / "desk"
    _small_desk(desk)
    before = ok(rmdesk(desk, "dump", "-o", "-")).stdout
    document = json.loads(before)
    template = document["tables"]["goals"][0]
    document["tables"]["goals"] += [
        {**template, "uuid": str(uuid_module.uuid4()), "title": f"goal {n}", "why": "w" * 4000}
        for n in range(600)
    ]
    big = tmp_path / "big.json"
    big.write_text(json.dumps(document))
    limit = _largest_file(desk) + 128 * 1024
    assert big.stat().st_size > 4 * limit, "the load must not fit"
    failed(rmdesk_on_a_full_disk(desk, limit, "load", "--replace", big), "disk is full")
    assert ok(rmdesk(desk, "dump", "-o", "-")).stdout == before
    assert "integrity: ok" in ok(rmdesk(desk, "check")).stdout
    # With space back, the same load goes through: the failure left nothing in the way.
    ok(rmdesk(desk, "load", "--replace", big))
    assert len(json.loads(ok(rmdesk(desk, "dump", "-o", "-")).stdout)["tables"]["goals"]) == 603


# --- two windows ------------------------------------------------------------------------


def _window(data_dir: Path, *, first_paint_only: bool) -> subprocess.Popen[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("RMDESK_BENCH_FIRST_PAINT", None)
    if first_paint_only:
        env["RMDESK_BENCH_FIRST_PAINT"] = "1"  # paints once, then quits
    return subprocess.Popen(
        [sys.executable, "-m", "rmdesk", "--data-dir", str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        umask=PERMISSIVE_UMASK,
    )


def _wait_for_lock_holder(lock: Path, pid: int, window: subprocess.Popen[str]) -> None:
    """Poll (with a timeout) until the window has taken the folder lock."""
    deadline = time.monotonic() + HANG
    while time.monotonic() < deadline:
        if lock.exists() and lock.read_text().strip() == str(pid):
            return
        assert window.poll() is None, window.communicate()
        time.sleep(0.02)
    raise AssertionError(f"the window never took {lock}")


def test_second_window_is_refused_while_the_first_runs(tmp_path: Path) -> None:
    """Two real windows on one desk: the second exits 1 naming the first; kill -9 frees it."""
    desk = tmp_path / "desk"
    first = _window(desk, first_paint_only=False)
    try:
        _wait_for_lock_holder(desk / "rmdesk.lock", first.pid, first)
        second = _window(desk, first_paint_only=True)
        out, err = second.communicate(timeout=HANG)
        assert second.returncode == 1, (out, err)
        assert f"rmdesk: rmdesk is already open on {desk} (process {first.pid})" in err, err
        assert "Traceback" not in err and "first-paint" not in out
    finally:
        first.send_signal(signal.SIGKILL)
        first.communicate(timeout=HANG)
    # What the killed window left behind (its -wal and -shm among it) is private too.
    assert {"rmdesk.sqlite-wal", "rmdesk.sqlite-shm"} <= {p.name for p in desk.iterdir()}
    assert_private_tree(desk)
    third = _window(desk, first_paint_only=True)
    out, err = third.communicate(timeout=HANG)
    assert third.returncode == 0 and "first-paint" in out, err


# --- every file private -------------------------------------------------------------------


def test_every_file_a_session_writes_is_private(tmp_path: Path) -> None:
    """Under umask 022: demo, the window, backups, dump, summary and exports leave only 0600
    files in 0700 folders: database, WAL, lock, backups, window state and every output."""
    previous = os.umask(PERMISSIVE_UMASK)  # the parent is permissive too
    try:
        desk = tmp_path / "desk"
        out = tmp_path / "out"
        out.mkdir()
        ok(rmdesk(desk, "demo", "--years", "1"))
        window = _window(desk, first_paint_only=True)
        stdout, stderr = window.communicate(timeout=HANG)
        assert window.returncode == 0 and "first-paint" in stdout, stderr
        assert (desk / "window-state.ini").is_file()
        conn = sqlite3.connect(f"{(desk / 'rmdesk.sqlite').as_uri()}?mode=ro", uri=True)
        try:
            [pair] = conn.execute(
                "SELECT uuid FROM pairs WHERE archived_at IS NULL ORDER BY created_at LIMIT 1"
            ).fetchone()
        finally:
            conn.close()
        public = ok(rmdesk(None, "keygen", "-o", out / "identity.txt")).stdout.strip()
        outputs = {
            "backup.sqlite": ("backup", "-o", out / "backup.sqlite"),
            "desk.json": ("dump", "-o", out / "desk.json"),
            "summary.json": ("summary", "--pair", pair, "-o", out / "summary.json"),
            "summary.md": ("summary", "--pair", pair, "-o", out / "summary.md"),
            "summary.html": ("summary", "--pair", pair, "-o", out / "summary.html"),
            "summary.age": (
                "export",
                "--pair",
                pair,
                "--recipient",
                public,
                "-o",
                out / "summary.age",
            ),
            "plain.json": ("export", "--pair", pair, "--plain", "-o", out / "plain.json"),
        }
        for args in outputs.values():
            ok(rmdesk(desk, *args))
        ok(rmdesk(desk, "backup"))
        restored = tmp_path / "restored"
        ok(rmdesk(restored, "restore", out / "backup.sqlite"))
        ok(rmdesk(tmp_path / "loaded", "load", out / "desk.json"))
        identity = out / "identity.txt"
        ok(rmdesk(None, "decrypt", out / "summary.age", "-i", identity, "-o", out / "plain.md"))
    finally:
        os.umask(previous)
    names = {p.name for p in desk.iterdir()}
    assert {"rmdesk.sqlite", "rmdesk.lock", "backups", "window-state.ini"} <= names, names
    assert list((desk / "backups").iterdir()), "the backups folder has backups"
    for root in (desk, restored, tmp_path / "loaded"):
        assert_private_tree(root)
    written = sorted(p.name for p in out.iterdir())
    assert written == sorted([*outputs, "identity.txt", "plain.md"]), written
    for path in out.iterdir():
        assert platforms.private(path), path

"""The window's front door: a second instance is refused; first paint is reached."""

from __future__ import annotations

import os
import subprocess
import sys

from rmdesk import paths
from rmdesk.store import db


def _run_window(data_dir: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RMDESK_BENCH_FIRST_PAINT="1")
    return subprocess.run(
        [sys.executable, "-m", "rmdesk", "--data-dir", data_dir],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_window_starts_and_paints(data_paths: paths.DataPaths) -> None:
    """`rmdesk` opens a window on a new desk and paints it."""
    result = _run_window(str(data_paths.root))
    assert result.returncode == 0, result.stderr
    assert "first-paint" in result.stdout
    assert "Traceback" not in result.stderr


def test_second_window_on_the_same_desk_is_refused(data_paths: paths.DataPaths) -> None:
    """While one rmdesk holds the desk, a second window says so and exits 1."""
    with db.open_store(data_paths):
        result = _run_window(str(data_paths.root))
    assert result.returncode == 1
    assert "already open" in result.stderr
    assert "Traceback" not in result.stderr

"""The encrypted full backup: `rmdesk dump` sealed with a passphrase, loaded on another desk."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from rmdesk.services import crypto
from tests import platforms
from tests.cli.test_cli import demo_desk, failed, ok, rmdesk  # noqa: F401 - fixture

pytestmark = pytest.mark.needs_pyrage

PASSPHRASE = "correct horse battery staple"


def with_secret(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """rmdesk with the passphrase in $RMDESK_TEST_SECRET, as a user would script it."""
    command = [sys.executable, "-m", "rmdesk", "--data-dir", str(data_dir), *args]
    env = {**os.environ, "RMDESK_TEST_SECRET": PASSPHRASE}
    return subprocess.run(command, capture_output=True, text=True, timeout=120, env=env)


def test_round_trip_to_another_desk(demo_desk: Path, tmp_path: Path) -> None:  # noqa: F811
    """Every row comes back: the plain dump of the restored desk equals the original's."""
    sealed = tmp_path / "desk.json.age"
    result = ok(
        with_secret(demo_desk, "dump", "-o", str(sealed), "--passphrase-env", "RMDESK_TEST_SECRET")
    )
    assert "encrypted" in result.stderr
    content = sealed.read_bytes()
    assert crypto.header_info(content).kind == "scrypt"
    assert b"rmdesk-dump" not in content and b"mentor_name" not in content
    assert platforms.private(sealed)

    other = tmp_path / "other-machine"
    ok(with_secret(other, "load", str(sealed), "--passphrase-env", "RMDESK_TEST_SECRET"))
    original = ok(rmdesk(demo_desk, "dump", "-o", "-")).stdout
    restored = ok(rmdesk(other, "dump", "-o", "-")).stdout
    assert restored == original


def test_load_needs_the_right_passphrase(demo_desk: Path, tmp_path: Path) -> None:  # noqa: F811
    """Without a passphrase, or with a wrong one, nothing is loaded and the error says why."""
    sealed = tmp_path / "desk.age"
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE + "\n")
    ok(rmdesk(demo_desk, "dump", "-o", sealed, "--passphrase-file", secret))
    target = tmp_path / "target"
    failed(rmdesk(target, "load", sealed), "encrypted backup", "passphrase")
    secret.write_text("not the passphrase\n")
    failed(rmdesk(target, "load", sealed, "--passphrase-file", secret), "passphrase")
    assert (
        not (target / "rmdesk.sqlite").exists() or "pairs: 0" in ok(rmdesk(target, "check")).stdout
    )

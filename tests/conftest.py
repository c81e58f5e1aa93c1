"""Shared fixtures: offscreen Qt, a private data dir per test, and an open store."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("RMDESK_COLOR_SCHEME", "light")

from rmdesk import paths  # noqa: E402
from rmdesk.store import db  # noqa: E402

settings.register_profile(
    "rmdesk",
    deadline=None,
    max_examples=40,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
settings.load_profile("rmdesk")

REPO = Path(__file__).resolve().parent.parent

# Modules that cannot even be imported on Windows CPython (scripts/wine-tests), each with why;
# tests inside other modules say the same with posix_only or the needs_qt/needs_pyrage marks.
LEFT_OUT_ON_WINDOWS = {
    "ui": "the window: PySide6 does not load under wine",
    "services/test_crypto.py": "pyrage (its native module does not load under wine), pty and fcntl",
    "cli/test_hostile.py": "POSIX resource limits (resource, RLIMIT_FSIZE) and signals",
    "cli/test_safety_cli.py": "POSIX resource limits (resource, RLIMIT_FSIZE) and signals",
    "store/test_crash.py": "kill -9 at random points and RLIMIT_FSIZE (POSIX)",
    "services/test_keys.py": "cryptography and pyrage (native modules that do not load here)",
    "cli/test_pairing_cli.py": "desk keys: cryptography and pyrage, which do not load here",
    "cli/test_exchange_cli.py": "signed, age-encrypted files: cryptography and pyrage",
    "cli/test_sync_folder_cli.py": "signed, age-encrypted files: cryptography and pyrage",
    "cli/test_demo_pair_cli.py": "demo desk keys and exchange files: cryptography and pyrage",
    "cli/test_commitments_exchange_cli.py": "the pair exchange: cryptography and pyrage",
    "services/test_partner_marks.py": "two paired desks: cryptography and pyrage",
    "cli/test_exchange_merge_cli.py": "signed, age-encrypted files: cryptography and pyrage",
    "cli/test_exchange_fuzz.py": "signed, age-encrypted files: cryptography and pyrage",
    "test_types.py": "mypy, a development check run on Linux",
}
collect_ignore = list(LEFT_OUT_ON_WINDOWS) if os.name == "nt" else []


def pytest_report_header() -> list[str]:
    """Say, at the top of a Windows run, which modules were left out and why."""
    return (
        [f"left out on Windows: tests/{name}: {why}" for name, why in LEFT_OUT_ON_WINDOWS.items()]
        if os.name == "nt"
        else []
    )


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder, so nothing touches the user's real desk."""
    folder = tmp_path / "data"
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(folder))
    return folder


@pytest.fixture
def data_paths(data_dir: Path) -> paths.DataPaths:
    return paths.DataPaths(data_dir)


@pytest.fixture
def store(data_paths: paths.DataPaths) -> Iterator[db.Store]:
    """A migrated, writable store in the test's data folder."""
    opened = db.open_store(data_paths)
    yield opened
    opened.close()

"""Types checked: mypy over the whole package (strict below the UI) finds no new error.

The errors that were there when checking began are listed in tests/mypy_baseline.txt, one
per line without its line number (so editing around them does not matter). A new error
fails; fixing a listed one is welcome, and the test then asks for the line to be removed.
Regenerate with `RMDESK_MYPY_BASELINE=write .venv/bin/python -m pytest tests/test_types.py`.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
BASELINE = Path(__file__).with_name("mypy_baseline.txt")
ERROR = re.compile(r"^(?P<path>[^:]+):\d+(?::\d+)?: error: (?P<rest>.*)$")


def mypy_errors() -> Counter[str]:
    """Every error mypy reports, as 'path: message [code]' (line numbers dropped)."""
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-error-summary", "--hide-error-context"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if result.returncode not in (0, 1) or "error: " not in result.stdout and result.returncode:
        pytest.fail(f"mypy did not run: {result.stderr or result.stdout}")
    found = Counter()
    for line in result.stdout.splitlines():
        match = ERROR.match(line)
        if match:
            found[f"{match['path']}: {match['rest']}"] += 1
    return found


def test_no_new_type_errors() -> None:
    """mypy finds no error beyond the baseline; one fixed is taken off the list."""
    found = mypy_errors()
    if os.environ.get("RMDESK_MYPY_BASELINE") == "write":
        BASELINE.write_text("".join(f"{e}\n" for e in sorted(found.elements())), encoding="utf-8")
    known = Counter(BASELINE.read_text(encoding="utf-8").splitlines())
    new = found - known
    assert not new, "new type errors:\n" + "\n".join(sorted(new.elements()))
    fixed = known - found
    assert not fixed, "fixed, so remove from tests/mypy_baseline.txt:\n" + "\n".join(
        sorted(fixed.elements())
    )

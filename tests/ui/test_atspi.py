"""The window through the real Linux accessibility stack (AT-SPI over D-Bus), as a screen
reader meets it, not only the names Qt holds: Qt on Linux gives a combo box's value as its
name, for one, whatever setAccessibleName said.

The walk itself (tests/ui/atspi_walk.py) runs with the system's python3 and python3-pyatspi,
inside dbus-run-session on an Xvfb display; `scripts/setup test` installs all of it as root.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from rmdesk import paths
from rmdesk.services import desk as desk_module
from rmdesk.services.meetings import created_uuids
from rmdesk.ui import announce

WALKER = Path(__file__).with_name("atspi_walk.py")
SYSTEM_PYTHON = "/usr/bin/python3"
WALK_TIMEOUT_S = 150
# Where each piece comes from, for the message when one is missing.
TOOLS = {
    "Xvfb": "xvfb",
    "xdotool": "xdotool",
    "dbus-run-session": "dbus-bin",
    "dbus-daemon": "dbus-daemon",
}
BUS_LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")


def missing_packages() -> list[str]:
    """The Debian packages of the stack that this machine lacks."""
    missing = [package for tool, package in TOOLS.items() if shutil.which(tool) is None]
    if not any(Path(launcher).exists() for launcher in BUS_LAUNCHERS):
        missing.append("at-spi2-core")
    pyatspi_ok = (
        Path(SYSTEM_PYTHON).exists()
        and subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False
        ).returncode
        == 0
    )
    if not pyatspi_ok:
        missing.append("python3-pyatspi")
    return missing


def require_stack() -> None:
    """Skip where the stack cannot be had (not Linux, or missing off root); as root with apt,
    as in CI, a missing piece is a failure: scripts/setup test should have installed it."""
    if not sys.platform.startswith("linux"):
        pytest.skip("AT-SPI is the Linux accessibility stack")
    missing = missing_packages()
    if not missing:
        return
    line = "apt-get install -y " + " ".join(missing)
    if os.geteuid() == 0 and shutil.which("apt-get"):
        pytest.fail(f"the accessibility stack is missing ({line}); run scripts/setup test")
    pytest.skip(f"the real accessibility stack is not installed: sudo {line}")


@pytest.fixture
def xvfb_display() -> Iterator[str]:
    """A private X display for the real window (once the whole stack is known to be here)."""
    require_stack()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1280x860x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert server.stdout is not None
        number = server.stdout.readline().strip()
        assert number.isdigit(), "Xvfb did not report its display"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)
        if server.stdout is not None:
            server.stdout.close()


def demo_desk(folder: Path) -> None:
    """The demo pair, plus an action item on the meeting the Meetings page opens on (the next
    one), so that its table has a row to read."""
    rmdesk = Path(sys.executable).with_name("rmdesk")
    subprocess.run(
        [str(rmdesk), "--data-dir", str(folder), "demo"],
        check=True,
        capture_output=True,
        timeout=60,
    )
    desk = desk_module.open_desk(paths.DataPaths(folder))
    try:
        pair = desk.pairs.list()[0]  # the one the window opens on
        start = datetime.now(UTC).replace(microsecond=0) + timedelta(days=1)
        [meeting] = created_uuids(desk.meetings.plan(pair.uuid, start, 30), "meetings")
        desk.meetings.add_action(pair.uuid, "Send the slides", "mentor", meeting_uuid=meeting)
    finally:
        desk.close()


def test_a_screen_reader_can_walk_every_page(tmp_path: Path, xvfb_display: str) -> None:
    """Via AT-SPI: every page switch focuses the page, Tab leaves every widget and reaches
    the cards, charts and what follows the tables, every control and combo box is named, and
    search results are announced."""
    folder = tmp_path / "desk"
    demo_desk(folder)
    report_path = tmp_path / "report.json"
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DBUS_", "QT_", "AT_SPI", "WAYLAND"))
    }
    env["DISPLAY"] = xvfb_display
    done = subprocess.run(
        [
            "dbus-run-session",
            "--",
            SYSTEM_PYTHON,
            str(WALKER),
            "--rmdesk",
            str(Path(sys.executable).with_name("rmdesk")),
            "--data-dir",
            str(folder),
            "--out",
            str(report_path),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=WALK_TIMEOUT_S,
        check=False,
    )
    app_log = folder / "app.log"
    log = app_log.read_text(errors="replace") if app_log.exists() else ""
    assert done.returncode == 0 and report_path.exists(), (
        f"the walk failed ({done.returncode}):\n{done.stderr[-3000:]}\napp:\n{log[-3000:]}"
    )
    report = json.loads(report_path.read_text(encoding="utf-8"))
    walked = "\n".join(
        f"{page['page']}: {page.get('focused_on_switch')} → {len(page['stops'])} stops"
        for page in report["pages"]
    )
    assert report["problems"] == [], walked
    assert len(report["pages"]) == 7 and all(page["stops"] for page in report["pages"])
    if announce.available():
        assert any("match" in text for text in report["search_announced"]), report

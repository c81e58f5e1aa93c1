"""The frozen (PyInstaller) bundle, built once by scripts/build and run from outside the
source tree, as a user who downloaded it would: the commands, the passphrase worker (which in
a frozen build is the executable itself), the packaged resources and the window's first paint.

Marked `frozen` and `slow`: deselect with `-m "not frozen"` locally; CI runs it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = [
    pytest.mark.frozen,
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="builds the Linux bundle"),
]
PASSPHRASE = "a frozen passphrase, long enough"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """scripts/build's bundle, built into a temp folder and moved away from the source tree."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.skip("PyInstaller is not installed (it comes with the test extra)")
    work = tmp_path_factory.mktemp("build")
    environment = {
        **os.environ,
        "RMDESK_DIST": str(work / "dist"),
        "RMDESK_BUILD_WORK": str(work / "work"),
    }
    result = subprocess.run(
        ["bash", str(REPO / "scripts" / "build")],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    # Moved: nothing may point back at the build or the source tree.
    target = tmp_path_factory.mktemp("installed") / "rmdesk"
    shutil.move(str(work / "dist" / "rmdesk"), target)
    shutil.rmtree(work)
    return target


@pytest.fixture
def run(bundle: Path, tmp_path: Path) -> Iterator[object]:
    """Run the bundle's rmdesk in an empty folder, with no Python of ours on any path."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "VIRTUAL_ENV", "RMDESK_"))
    }
    environment["PATH"] = "/usr/bin:/bin"
    environment["QT_QPA_PLATFORM"] = "offscreen"

    def rmdesk(*arguments: str, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(bundle / "rmdesk"), *arguments],
            cwd=tmp_path,
            env={**environment, **extra},
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            timeout=600,
        )

    yield rmdesk


def test_the_bundle_reports_its_version(run) -> None:  # type: ignore[no-untyped-def]
    """`rmdesk --version` from the bundle prints the package's version."""
    import rmdesk

    result = run("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"rmdesk {rmdesk.__version__}"


def test_demo_check_and_an_encrypted_round_trip(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """demo, check, a passphrase dump (the worker is the frozen executable) and its load."""
    desk, copy, sealed = tmp_path / "desk", tmp_path / "copy", tmp_path / "full.age"
    made = run("--data-dir", str(desk), "demo", "--years", "1")
    assert made.returncode == 0, made.stderr
    checked = run("--data-dir", str(desk), "check")
    assert checked.returncode == 0, checked.stderr
    dumped = run(
        "--data-dir",
        str(desk),
        "dump",
        "-o",
        str(sealed),
        "--passphrase-env",
        "RMDESK_PP",
        RMDESK_PP=PASSPHRASE,
    )
    assert dumped.returncode == 0, dumped.stderr
    assert sealed.read_bytes().startswith(b"age-encryption.org/v1")
    loaded = run(
        "--data-dir",
        str(copy),
        "load",
        str(sealed),
        "--passphrase-env",
        "RMDESK_PP",
        RMDESK_PP=PASSPHRASE,
    )
    assert loaded.returncode == 0, loaded.stderr
    before = run("--data-dir", str(desk), "dump", "-o", "-")
    after = run("--data-dir", str(copy), "dump", "-o", "-")
    assert before.returncode == after.returncode == 0
    assert before.stdout == after.stdout


def test_two_paired_desks_exchange_a_signed_file(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The pair exchange from the bundle (Ed25519 from cryptography, age from pyrage): the
    paired demo desks, an invitation, and one goal written on one desk and received on the
    other."""
    mentor, mentee, sent = tmp_path / "priya", tmp_path / "martin", tmp_path / "to-priya.age"
    for desk, role in ((mentor, "mentor"), (mentee, "mentee")):
        made = run("--data-dir", str(desk), "demo", "--as", role, "--seed", "5")
        assert made.returncode == 0, made.stderr
    invited = run("--data-dir", str(mentee), "invite", "-o", str(tmp_path / "invite.txt"))
    assert invited.returncode == 0, invited.stderr
    added = run("--data-dir", str(mentee), "add", "goal", "title=Frozen goal", "visibility=pair")
    assert added.returncode == 0, added.stderr
    assert run("--data-dir", str(mentee), "send", "-o", str(sent)).returncode == 0
    received = run("--data-dir", str(mentor), "receive", str(sent))
    assert received.returncode == 0, received.stderr
    assert "1 goal" in received.stdout
    again = run("--data-dir", str(mentor), "receive", str(sent))
    assert again.returncode == 0 and "nothing new" in again.stdout


def test_export_to_a_key_opens_with_the_identity(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """keygen, an export to its public key and `open` with the identity, all frozen."""
    desk, identity, sealed = tmp_path / "desk", tmp_path / "id.txt", tmp_path / "s.age"
    assert run("--data-dir", str(desk), "demo").returncode == 0
    made = run("--data-dir", str(desk), "keygen", "-o", str(identity))
    assert made.returncode == 0, made.stderr
    public = made.stdout.strip().splitlines()[-1]
    assert public.startswith("age1")
    # The demo has several pairs; the refusal names them, the first is the one exported.
    refused = run("--data-dir", str(desk), "export", "--recipient", public, "-o", str(sealed))
    pair = re.search(r"([0-9a-f-]{36}) \(([^)]*)\)", refused.stderr)
    assert refused.returncode == 1 and pair, refused.stderr
    exported = run(
        "--data-dir",
        str(desk),
        "export",
        "--recipient",
        public,
        "--pair",
        pair[1],
        "-o",
        str(sealed),
    )
    assert exported.returncode == 0, exported.stderr
    opened = run("--data-dir", str(desk), "open", str(sealed), "-i", str(identity))
    assert opened.returncode == 0, opened.stderr
    assert pair[2] in opened.stdout


def test_resources_are_found_inside_the_bundle(bundle: Path) -> None:
    """Icons, prompts, templates, schemas and translations are in the bundle's package."""
    package = bundle / "_internal" / "rmdesk" / "resources"
    for relative in (
        "icons/rmdesk.svg",
        "goal_templates.toml",
        "prompts/growing.toml",
        "schemas/summary.schema.json",
        "translations/rmdesk_en.qm",
    ):
        assert (package / relative).is_file(), relative
    app_id = "io.github.rmdesk.rmdesk"
    assert (bundle / "share" / "applications" / f"{app_id}.desktop").is_file()
    assert (bundle / "share" / "metainfo" / f"{app_id}.metainfo.xml").is_file()
    assert (
        bundle / "share" / "icons" / "hicolor" / "scalable" / "apps" / f"{app_id}.svg"
    ).is_file()


def test_the_window_paints_under_xvfb(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The frozen window opens a demo desk on a real X display and paints (then quits)."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed: sudo apt-get install -y xvfb")
    desk = tmp_path / "desk"
    assert run("--data-dir", str(desk), "demo").returncode == 0
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
        painted = run(
            "--data-dir",
            str(desk),
            QT_QPA_PLATFORM="xcb",
            DISPLAY=f":{number}",
            RMDESK_BENCH_FIRST_PAINT="1",
        )
    finally:
        server.terminate()
        server.wait(10)
        if server.stdout is not None:
            server.stdout.close()
    assert painted.returncode == 0, painted.stderr[-2000:]
    assert "first-paint" in painted.stdout.splitlines()

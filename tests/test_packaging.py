"""Packaging: a real (non-editable) wheel finds its resources, and CI runs the documented tests."""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
import textwrap
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

from tests import platforms

REPO = Path(__file__).resolve().parent.parent
TEST_COMMAND = "scripts/setup test && .venv/bin/python -m pytest"
FENCED_SHELL = re.compile(
    r"^(?P<fence>```|~~~)[ \t]*(?:sh|bash|shell|console|zsh)[ \t]*\n(?P<body>.*?)^(?P=fence)",
    re.MULTILINE | re.DOTALL,
)
# What the wheel needs to build; tooling caches and the tests stay behind.
NOT_IN_BUILD = shutil.ignore_patterns(
    ".git", ".venv", ".ci", "tests", "benchmarks", "build", "dist", "*.egg-info",
    "__pycache__", ".pytest_cache", ".ruff_cache", ".hypothesis", ".wine-tests",
)  # fmt: skip


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", text)[:3])


def setuptools_too_old() -> str | None:
    """Why the venv's setuptools cannot build the project without isolation, if it cannot."""
    requires = tomllib.loads((REPO / "pyproject.toml").read_text())["build-system"]["requires"]
    wanted = next((r for r in requires if re.match(r"setuptools\b", r)), "setuptools")
    minimum = re.search(r">=\s*([\d.]+)", wanted)
    try:
        have = metadata.version("setuptools")
    except metadata.PackageNotFoundError:
        return f"setuptools is not installed in this venv; the build needs {wanted}"
    if minimum and _version(have) < _version(minimum.group(1)):
        return (
            f"setuptools {have} in this venv is older than the build requirement {wanted}; "
            "run `.venv/bin/python -m pip install -U setuptools` to run this test"
        )
    return None


@pytest.mark.slow
def test_wheel_install_finds_resources(tmp_path: Path) -> None:
    """A non-editable install of the wheel imports rmdesk from itself and finds its resources."""
    reason = setuptools_too_old()
    if reason:
        pytest.skip(reason)
    # Build from a copy, so the build's build/ and *.egg-info never land in the working tree.
    source = tmp_path / "source"
    shutil.copytree(REPO, source, ignore=NOT_IN_BUILD)
    wheels, target = tmp_path / "wheels", tmp_path / "site"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input"]
    build = subprocess.run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-w", wheels, source],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    [wheel] = wheels.glob("rmdesk-*.whl")
    install = subprocess.run(
        [*pip, "install", "--no-deps", "--no-index", "--target", target, wheel],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert install.returncode == 0, install.stdout[-3000:] + install.stderr[-3000:]

    code = textwrap.dedent(
        """
        import importlib.resources, pathlib, sys
        site = pathlib.Path(sys.argv[1]).resolve()
        sys.path.insert(0, str(site))
        import rmdesk
        here = pathlib.Path(rmdesk.__file__).resolve()
        assert here.is_relative_to(site), f"rmdesk imported from {here}, not the wheel"
        folder = importlib.resources.files("rmdesk.resources")
        assert (folder / "icons" / "rmdesk.svg").is_file(), "icons/rmdesk.svg is missing"
        assert (folder / "io.github.rmdesk.rmdesk.desktop").is_file(), "no .desktop file"
        assert (folder / "goal_templates.toml").is_file(), "goal_templates.toml is missing"
        assert (folder / "prompts" / "growing.toml").is_file(), "prompts/growing.toml is missing"
        assert (folder / "schemas" / "summary.schema.json").is_file(), "schema missing"
        assert (folder / "demo" / "texts.toml").is_file(), "demo/texts.toml is missing"
        print("ok", here)
        """
    )
    result = subprocess.run(
        [sys.executable, "-I", "-c", code, str(target)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok ")


def test_readme_shows_the_test_command() -> None:
    """README.md has a fenced shell block with the exact test command."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    lines = [
        line.strip()
        for block in FENCED_SHELL.finditer(readme)
        for line in block.group("body").splitlines()
    ]
    assert TEST_COMMAND in lines, f"no fenced shell block in README.md runs `{TEST_COMMAND}`"


@platforms.posix_only("runs .ci/run with bash")
def test_ci_runs_the_readme_test_command(tmp_path: Path) -> None:
    """.ci/run holds the README's exact command and runs it, from the repo root, exit code kept."""
    ci_run = REPO / ".ci" / "run"
    code_lines = [
        line for line in ci_run.read_text(encoding="utf-8").splitlines()
        if not line.lstrip().startswith("#")
    ]  # fmt: skip
    assert any(TEST_COMMAND in line for line in code_lines), (
        f".ci/run does not hold `{TEST_COMMAND}`"
    )

    # Run a copy of .ci/run in a sandbox whose setup script and python only log their calls.
    sandbox = tmp_path / "repo"
    (sandbox / ".ci").mkdir(parents=True)
    shutil.copy2(ci_run, sandbox / ".ci" / "run")
    log = tmp_path / "calls.log"
    for relative, name, status in (
        ("scripts/setup", "setup", 0),
        (".venv/bin/python", "python", 3),
    ):
        stub = sandbox / relative
        stub.parent.mkdir(parents=True, exist_ok=True)
        stub.write_text(f'#!/bin/sh\necho "{name} $* @ $(pwd)" >> "$CALLS_LOG"\nexit {status}\n')
        stub.chmod(stub.stat().st_mode | stat.S_IXUSR)
    result = subprocess.run(
        ["bash", str(sandbox / ".ci" / "run")],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env={**os.environ, "CALLS_LOG": str(log)},
    )
    calls = log.read_text().splitlines() if log.exists() else []
    assert calls == [f"setup test @ {sandbox}", f"python -m pytest @ {sandbox}"], result.stderr
    assert result.returncode == 3, "the exit code of pytest must be the exit code of CI"


def test_one_application_id_for_desktop_file_appstream_and_qt() -> None:
    """The .desktop file, the AppStream id, its launchable, the icon and Qt agree on one id."""
    import xml.etree.ElementTree as ElementTree

    import rmdesk

    app_id = rmdesk.APP_ID
    desktop = (REPO / "resources" / f"{app_id}.desktop").read_text(encoding="utf-8")
    assert f"Icon={app_id}" in desktop.splitlines()
    component = ElementTree.parse(REPO / "resources" / f"{app_id}.metainfo.xml").getroot()
    assert component.findtext("id") == app_id
    assert component.findtext("launchable") == f"{app_id}.desktop"
    assert component.findtext("icon") == app_id
    application = (REPO / "rmdesk" / "ui" / "application.py").read_text(encoding="utf-8")
    assert "setDesktopFileName(APP_ID)" in application

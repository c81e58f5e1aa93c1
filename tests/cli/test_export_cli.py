"""End-to-end tests of `rmdesk export` and `rmdesk open`: the real entry point, in a subprocess.

The contract (rmdesk/cli.py): exit 0 on success, 1 with one line on stderr for any error,
2 for usage; never a traceback; written files are 0600; a failed export writes nothing.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from rmdesk import paths
from rmdesk.services import demo, summary
from rmdesk.store import db
from tests import platforms
from tests.cli.test_cli import failed, ok, rmdesk

EARLIER = b"an earlier export that must survive\n"

requires_age = pytest.mark.skipif(
    shutil.which("age") is None, reason="the age command-line tool is not installed"
)


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """A two-year demo desk (five pairs, the first with shared goals and entries), closed
    again so the CLI can open it; returns its folder and pair ids, the main pair first."""
    folder = tmp_path_factory.mktemp("desk") / "desk"
    store = db.open_store(paths.DataPaths(folder))
    try:
        result = demo.build_demo(store, years=2, today=date(2025, 6, 1))
        others = [
            row[0]
            for row in store.query("SELECT uuid FROM pairs WHERE uuid != ?", [result.pair_uuid])
        ]
    finally:
        store.close()
    return folder, [result.pair_uuid, *others]


@pytest.fixture(scope="module")
def identity(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A coordinator's identity file made by `rmdesk keygen`, and its public key."""
    path = tmp_path_factory.mktemp("coordinator") / "identity.txt"
    public = ok(rmdesk(None, "keygen", "-o", path)).stdout.strip()
    return path, public


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.needs_qt
def test_export_plain_json_and_pdf(desk: tuple[Path, list[str]], tmp_path: Path) -> None:
    """--plain writes a private, readable summary: JSON by default, PDF by name or --format."""
    folder, pairs = desk
    result = ok(rmdesk(folder, "export", "--pair", pairs[0], "--plain", "-o", tmp_path / "s.json"))
    assert "not encrypted" in result.stderr and len(result.stderr.splitlines()) == 1
    document = summary.read((tmp_path / "s.json").read_bytes())
    assert document["pair"]["uuid"] == pairs[0]
    assert platforms.private(tmp_path / "s.json")

    ok(rmdesk(folder, "export", "--pair", pairs[0], "--plain", "-o", tmp_path / "s.pdf"))
    ok(
        rmdesk(
            folder, "export", "--pair", pairs[0], "--plain", "--format", "pdf", "-o", tmp_path / "x"
        )
    )
    for name in ("s.pdf", "x"):
        assert (tmp_path / name).read_bytes().startswith(b"%PDF-")
        assert platforms.private(tmp_path / name)
    assert names(tmp_path) == ["s.json", "s.pdf", "x"]


@pytest.mark.needs_pyrage
def test_export_to_a_key_then_open_prints_the_table(
    desk: tuple[Path, list[str]], identity: tuple[Path, str], tmp_path: Path
) -> None:
    """An export to the coordinator's key hides every name; `open -i` shows one line per pair,
    writes the CSV on request and prints a summary in full with --show."""
    folder, pairs = desk
    key_file, public = identity
    first, second = tmp_path / "first.age", tmp_path / "second.age"
    result = ok(
        rmdesk(
            folder,
            "export",
            "--pair",
            pairs[0],
            "--recipient",
            public,
            "--share-meetings",
            "-o",
            first,
        )
    )
    assert public in result.stderr
    ok(rmdesk(folder, "export", "--pair", pairs[1], "--recipient", public, "--armor", "-o", second))
    assert second.read_bytes().startswith(b"-----BEGIN AGE ENCRYPTED FILE-----")
    data = first.read_bytes()
    assert platforms.private(first)
    plain = json.loads(
        ok(rmdesk(folder, "summary", "--pair", pairs[0], "--share-meetings", "-o", "-")).stdout
    )
    for marker in (plain["pair"]["mentor"], plain["pair"]["mentee"], plain["goals"][0]["title"]):
        assert marker.encode() not in data

    table = tmp_path / "table.csv"
    shown = ok(rmdesk(None, "open", first, second, "-i", key_file, "--csv", table, "--show", "1"))
    lines = shown.stdout.splitlines()
    assert lines[0].split()[:2] == ["#", "Pair"]
    assert lines[1].startswith("1  ") and lines[2].startswith("2  ")
    mentor_line = next(line for line in lines[1:3] if plain["pair"]["mentor"] in line)
    meetings = plain["meetings"]
    assert f"{meetings['held']} of {meetings['expected_by_cadence']}" in mentor_line
    other_line = next(line for line in lines[1:3] if line != mentor_line)
    assert "not shared" in other_line  # the second export left the meeting figures out
    assert "# Progress summary: " in shown.stdout  # --show 1 in Markdown
    assert f"Wrote the table (CSV, decrypted figures) to {table}" in shown.stderr

    rows = list(csv.reader(io.StringIO(table.read_text("utf-8"), newline="")))
    assert rows[0][:3] == ["source", "pair", "mentor"] and len(rows) == 3
    assert {row[0] for row in rows[1:]} == {str(first), str(second)}
    assert platforms.private(table)

    as_json = ok(rmdesk(None, "open", first, "-i", key_file, "--show", "1", "--format", "json"))
    body = as_json.stdout.split("\n\n", 1)[1]
    assert summary.read(body.encode()) == summary.read(
        ok(rmdesk(None, "decrypt", first, "-i", key_file, "-o", "-")).stdout.encode()
    )


@pytest.mark.needs_pyrage
@pytest.mark.needs_qt
def test_open_writes_the_table_as_pdf(
    desk: tuple[Path, list[str]], identity: tuple[Path, str], tmp_path: Path
) -> None:
    """--pdf writes the coordinator's table as a private PDF."""
    folder, pairs = desk
    key_file, public = identity
    sealed = tmp_path / "s.age"
    ok(rmdesk(folder, "export", "--pair", pairs[0], "--recipient", public, "-o", sealed))
    ok(rmdesk(None, "open", sealed, "-i", key_file, "--pdf", tmp_path / "table.pdf"))
    assert (tmp_path / "table.pdf").read_bytes().startswith(b"%PDF-")
    assert platforms.private(tmp_path / "table.pdf")


@pytest.mark.needs_pyrage
@pytest.mark.needs_qt
def test_an_encrypted_pdf_opens_with_age_not_with_open(
    desk: tuple[Path, list[str]], identity: tuple[Path, str], tmp_path: Path
) -> None:
    """summary.pdf.age is an encrypted PDF: `rmdesk decrypt` gives the PDF, `open` says why
    it cannot show it."""
    folder, pairs = desk
    key_file, public = identity
    sealed = tmp_path / "summary.pdf.age"
    ok(rmdesk(folder, "export", "--pair", pairs[0], "--recipient", public, "-o", sealed))
    assert b"%PDF" not in sealed.read_bytes()
    failed(rmdesk(None, "open", sealed, "-i", key_file), "as a PDF", "age -d")
    out = tmp_path / "summary.pdf"
    ok(rmdesk(None, "decrypt", sealed, "-i", key_file, "-o", out))
    assert out.read_bytes().startswith(b"%PDF-")


@requires_age
def test_the_age_tool_decrypts_a_cli_export(
    desk: tuple[Path, list[str]], identity: tuple[Path, str], tmp_path: Path
) -> None:
    """`age -d -i` opens what `rmdesk export --recipient` wrote: the JSON summary."""
    folder, pairs = desk
    key_file, public = identity
    sealed = tmp_path / "summary.age"
    ok(rmdesk(folder, "export", "--pair", pairs[0], "--recipient", public, "-o", sealed))
    result = subprocess.run(
        ["age", "-d", "-i", str(key_file), str(sealed)], capture_output=True, timeout=30
    )
    assert result.returncode == 0, result.stderr
    assert summary.read(result.stdout)["pair"]["uuid"] == pairs[0]


@pytest.mark.needs_pyrage
def test_passphrase_export_and_open(desk: tuple[Path, list[str]], tmp_path: Path) -> None:
    """A passphrase from a file encrypts; the same from a variable opens (scrypt: ~5 s)."""
    folder, pairs = desk
    secret = tmp_path / "passphrase.txt"
    secret.write_text("correct horse ✓\nignored second line\n", encoding="utf-8")
    sealed = tmp_path / "summary.age"
    ok(rmdesk(folder, "export", "--pair", pairs[0], "--passphrase-file", secret, "-o", sealed))
    assert platforms.private(sealed)
    result = ok(
        subprocess.run(
            [sys.executable, "-m", "rmdesk", "open", str(sealed), "--passphrase-env", "RMDESK_PW"],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "RMDESK_PW": "correct horse ✓"},
        )
    )
    lines = result.stdout.splitlines()
    assert lines[1].startswith("1  Priya Raman")  # the table's heading and the pair
    assert any(line.startswith("# Progress summary") for line in lines), "one file: its summary"


@pytest.mark.parametrize(
    "args",
    [
        ["export", "-o", "x.age"],  # no key, passphrase or --plain
        ["export", "--plain", "--recipient", "age1x", "-o", "x.age"],  # two at once
        ["export", "--plain", "-o", "-"],  # never stdout
        ["export", "--plain", "--armor", "-o", "x.json"],
        ["export", "--plain", "--from", "2025-13-01", "-o", "x.json"],
        ["export", "--plain", "--format", "docx", "-o", "x.docx"],
        ["export", "--plain"],  # no -o
        ["open", "-i", "id.txt"],  # no file
        ["open", "s.age"],  # no identity or passphrase
        ["open", "s.age", "-i", "id.txt", "--show", "0"],
        ["open", "s.age", "-i", "id.txt", "--csv", "-"],
    ],
)
def test_bad_arguments_are_usage_errors(args: list[str], tmp_path: Path) -> None:
    """Usage mistakes exit 2 without writing anything."""
    result = rmdesk(tmp_path / "desk", *args, cwd=tmp_path)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert names(tmp_path) == []


@pytest.mark.needs_pyrage
def test_export_errors_are_one_line_and_keep_the_earlier_file(
    desk: tuple[Path, list[str]], identity: tuple[Path, str], tmp_path: Path
) -> None:
    """A key typo, a missing variable, an unknown pair or a missing folder: one line, exit 1,
    and the earlier file is as it was."""
    folder, pairs = desk
    _, public = identity
    path = tmp_path / "summary.age"
    path.write_bytes(EARLIER)
    typo = public[:-1] + ("q" if public[-1] != "q" else "p")
    base = ["export", "--pair", pairs[0]]
    failed(rmdesk(folder, *base, "--recipient", typo, "-o", path), "not a valid age public key")
    failed(rmdesk(folder, *base, "--recipient", "AGE-SECRET-KEY-1QQ", "-o", path), "secret")
    failed(rmdesk(folder, *base, "--passphrase-env", "RMDESK_NO_SUCH_VAR", "-o", path), "not set")
    failed(rmdesk(folder, "export", "--pair", "nope", "--recipient", public, "-o", path), "nope")
    failed(rmdesk(folder, "export", "--recipient", public, "-o", path), "choose one with --pair")
    failed(
        rmdesk(folder, *base, "--recipient", public, "-o", tmp_path / "no" / "s.age"),
        "Could not write",
    )
    assert path.read_bytes() == EARLIER
    assert names(tmp_path) == ["summary.age"]


@pytest.mark.needs_pyrage
def test_open_errors_are_one_line(
    desk: tuple[Path, list[str]], identity: tuple[Path, str], tmp_path: Path
) -> None:
    """A wrong key names the file; a missing file, a plain file and a row out of range too;
    no CSV is written when opening fails."""
    folder, pairs = desk
    key_file, public = identity
    other = tmp_path / "other.txt"
    ok(rmdesk(None, "keygen", "-o", other))
    sealed = tmp_path / "s.age"
    ok(rmdesk(folder, "export", "--pair", pairs[0], "--recipient", public, "-o", sealed))
    table = tmp_path / "table.csv"
    failed(rmdesk(None, "open", sealed, "-i", other, "--csv", table), "s.age", "does not match")
    failed(rmdesk(None, "open", tmp_path / "missing.age", "-i", key_file), "missing.age")
    plain = tmp_path / "plain.json"
    ok(rmdesk(folder, "export", "--pair", pairs[0], "--plain", "-o", plain))
    failed(rmdesk(None, "open", plain, "-i", key_file), "plain.json", "not an age")
    failed(rmdesk(None, "open", sealed, "-i", key_file, "--show", "2"), "no row 2")
    failed(rmdesk(None, "open", sealed, "-i", key_file, "--csv", sealed), "being opened")
    assert not table.exists()


@pytest.mark.needs_qt
def test_summary_writes_a_pdf(tmp_path: Path) -> None:
    """`rmdesk summary --format pdf` writes an A4 PDF (0600), never to stdout."""
    desk = tmp_path / "desk"
    subprocess.run(
        [sys.executable, "-m", "rmdesk", "--data-dir", str(desk), "demo"],
        check=True,
        capture_output=True,
    )
    pair = _main_pair(desk)
    out = tmp_path / "summary.pdf"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "rmdesk",
            "--data-dir",
            str(desk),
            "summary",
            "--pair",
            pair,
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF") and platforms.private(out)


def _main_pair(desk: Path) -> str:
    from rmdesk import paths
    from rmdesk.store import db, pairs

    with db.open_store(paths.DataPaths(desk), read_only=True) as store:
        return pairs.list_all(store)[0].uuid

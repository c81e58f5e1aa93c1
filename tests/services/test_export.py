"""Tests of the encrypted summary export and the coordinator's table (rmdesk.services.export).

Public-key work is fast and used throughout; passphrase work costs ~1-2 s of scrypt per
run (pyrage picks the factor), so only one test encrypts with a passphrase.
"""

from __future__ import annotations

import copy
import csv
import io
import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from rmdesk import errors
from rmdesk.services import crypto, demo, export, summary, summary_render
from rmdesk.store import db
from tests import platforms

pytestmark = pytest.mark.needs_pyrage

NOW = datetime(2025, 6, 1, 18, tzinfo=UTC)
EARLIER = b"an earlier export that must survive\n"

requires_age = pytest.mark.skipif(
    shutil.which("age") is None, reason="the age command-line tool is not installed"
)


# --- documents ------------------------------------------------------------------------------


def make_document(
    *,
    uuid: str = "pair-a",
    mentor: str = "Ana Alves",
    mentee: str = "Ben Bauer",
    generated_at: str = "2025-06-01T12:00:00Z",
    period: tuple[str | None, str | None] = (None, None),
    held: int = 0,
    expected: int = 0,
    last_held_on: str | None = None,
    goals: list[dict[str, Any]] | None = None,
    trend: list[float] | None = None,
    averages: dict[str, float | None] | None = None,
) -> dict[str, Any]:
    """A small valid summary, built by hand so every figure in a test is visible."""
    points = trend or []
    document = {
        "format": "rmdesk-summary",
        "version": 1,
        "generated_at": generated_at,
        "period": {"from": period[0], "to": period[1]},
        "pair": {
            "uuid": uuid,
            "mentor": mentor,
            "mentee": mentee,
            "initials_only": False,
            "start_date": "2025-01-01",
            "planned_end_date": None,
            "cadence_days": 14,
            "phase": "growing",
        },
        "meetings": {
            "held": held,
            "planned": 1,
            "cancelled": 0,
            "expected_by_cadence": expected,
            "last_held_on": last_held_on,
        },
        "goals": goals or [],
        "topics": {"covered_count": 0, "covered": []},
        "actions": {"open": 0, "done": 0},
        "pulse": {
            "check_ins": len(points),
            "averages": averages
            or dict.fromkeys(("safety", "candour", "usefulness", "energy", "overall")),
            "trend": [
                {"date": f"2025-0{1 + i % 5}-1{i % 10}", "overall": value, "check_ins": 1}
                for i, value in enumerate(points)
            ],
        },
        "shared_entries": [],
    }
    summary.validate(document)
    return document


def goal(
    status: str = "active",
    progress: int = 0,
    start: str = "2025-01-01",
    target: str | None = None,
    title: str = "A goal",
) -> dict[str, Any]:
    return {
        "uuid": f"goal-{title}-{status}-{progress}",
        "title": title,
        "learner": "mentee",
        "status": status,
        "start_date": start,
        "target_date": target,
        "achieved_on": "2025-05-01" if status == "achieved" else None,
        "progress": progress,
        "milestones_done": 0,
        "milestones_total": 0,
        "milestones": [],
        "history": [{"date": start, "percent": progress}],
    }


@pytest.fixture
def document(store: db.Store) -> dict[str, Any]:
    """The summary of the two-year demo pair: real names, goals, entries and a pulse."""
    result = demo.build_demo(store, years=2, today=date(2025, 6, 1))
    chosen = summary.SummaryOptions(share_meetings=True)
    built = summary.build(store, result.pair_uuid, chosen, NOW)
    assert built["goals"] and built["shared_entries"]
    return built


@pytest.fixture
def keys() -> tuple[str, str]:
    """(secret identity, public recipient)."""
    return crypto.generate_identity()


def plaintext_markers(document: dict[str, Any]) -> list[bytes]:
    """Strings that would betray plaintext: the names, a goal title, a shared text."""
    return [
        document["pair"]["mentor"].encode(),
        document["pair"]["mentee"].encode(),
        document["goals"][0]["title"].encode(),
        document["shared_entries"][0]["text"][:30].encode(),
        b"rmdesk-summary",
    ]


def leftovers(folder: Path, keep: set[str]) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


# --- exporting ------------------------------------------------------------------------------


def test_recipient_export_round_trips_and_is_private(
    tmp_path: Path, document: dict[str, Any], keys: tuple[str, str]
) -> None:
    """An export to a key is 0600 ciphertext naming one X25519 recipient, and opens again."""
    secret, public = keys
    path = export.export(document, tmp_path / "summary.age", "json", recipient=public)
    data = path.read_bytes()
    assert platforms.private(path)
    assert data.startswith(crypto.AGE_V1)
    for marker in plaintext_markers(document):
        assert marker not in data, marker
    info = crypto.header_info(data)
    assert (info.kind, info.stanzas, info.armored) == ("x25519", ("X25519",), False)
    assert export.open_summary(data, identity=secret) == document
    assert leftovers(tmp_path, {"summary.age", "data"}) == []


def test_armored_export_is_text_and_opens(
    tmp_path: Path, document: dict[str, Any], keys: tuple[str, str]
) -> None:
    """--armor gives ASCII armor, which opens the same."""
    secret, public = keys
    path = export.export(document, tmp_path / "summary.age", recipient=public, armor=True)
    data = path.read_bytes()
    assert data.startswith(crypto.ARMOR_BEGIN) and data.isascii()
    assert export.open_summary(data, identity=secret) == document


def test_passphrase_export_round_trips(tmp_path: Path, document: dict[str, Any]) -> None:
    """A passphrase export is verified by decrypting it, and opens with the passphrase only."""
    path = export.export(document, tmp_path / "summary.age", passphrase="correct horse ✓")
    data = path.read_bytes()
    assert platforms.private(path)
    assert crypto.header_info(data).kind == "scrypt"
    for marker in plaintext_markers(document):
        assert marker not in data, marker
    secret, _ = crypto.generate_identity()
    with pytest.raises(crypto.CryptoError, match="passphrase, not a key"):
        export.open_summary(data, identity=secret)  # refused from the header, no scrypt
    assert export.open_summary(data, passphrase="correct horse ✓") == document


def test_a_recipient_typo_writes_nothing(tmp_path: Path, document: dict[str, Any]) -> None:
    """A mistyped key is a ValidationError before any work; the earlier file is untouched."""
    _, public = crypto.generate_identity()
    path = tmp_path / "summary.age"
    path.write_bytes(EARLIER)
    typo = public[:-1] + ("q" if public[-1] != "q" else "p")
    for bad in (typo, "age1", "AGE-SECRET-KEY-1XYZ", ""):
        with pytest.raises(errors.ValidationError) as caught:
            export.export(document, path, recipient=bad)
        assert caught.value.field == "recipient"
    assert path.read_bytes() == EARLIER
    assert leftovers(tmp_path, {"summary.age", "data"}) == []


def test_a_failed_check_keeps_the_earlier_file(
    tmp_path: Path,
    document: dict[str, Any],
    keys: tuple[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """When the read-back check fails, nothing replaces the earlier file and no temp remains."""
    _, public = keys
    path = tmp_path / "summary.age"
    path.write_bytes(EARLIER)

    def two_recipients(data: bytes) -> crypto.HeaderInfo:
        return crypto.HeaderInfo("x25519", None, False, ("X25519", "X25519"))

    monkeypatch.setattr(crypto, "header_info", two_recipients)
    with pytest.raises(crypto.CryptoError, match="not saved"):
        export.export(document, path, recipient=public)
    assert path.read_bytes() == EARLIER
    assert leftovers(tmp_path, {"summary.age", "data"}) == []


def test_exactly_one_secret(tmp_path: Path, document: dict[str, Any]) -> None:
    """Neither or both of key and passphrase is refused before anything is written."""
    _, public = crypto.generate_identity()
    path = tmp_path / "summary.age"
    for kwargs in ({}, {"recipient": public, "passphrase": "x"}):
        with pytest.raises(errors.ValidationError, match="one of them"):
            export.export(document, path, **kwargs)
        with pytest.raises(errors.ValidationError, match="one of them"):
            export.encrypted_summary(document, **kwargs)
    assert not path.exists()


def test_an_unknown_format_or_broken_document_is_refused(
    tmp_path: Path, document: dict[str, Any]
) -> None:
    """A format we do not render, or a document that breaks the schema, writes nothing."""
    _, public = crypto.generate_identity()
    with pytest.raises(errors.ValidationError, match="format"):
        export.export(document, tmp_path / "a.age", "docx", recipient=public)
    broken = copy.deepcopy(document)
    broken["meetings"]["held"] = -1
    with pytest.raises(summary.SummaryFormatError, match="meetings.held"):
        export.encrypted_summary(broken, recipient=public)
    assert leftovers(tmp_path, {"data"}) == []


def test_every_format_encrypts(document: dict[str, Any], keys: tuple[str, str]) -> None:
    """Markdown and HTML go inside the envelope as rendered; JSON is the default."""
    secret, public = keys
    for fmt in summary.FORMATS:
        sealed = export.encrypted_summary(document, fmt, recipient=public)
        assert crypto.decrypt(sealed, identity=secret) == summary_render.render(document, fmt)


def test_export_bytes_seals_any_rendering(tmp_path: Path, keys: tuple[str, str]) -> None:
    """export_bytes encrypts bytes rendered elsewhere (a PDF) with the same checks."""
    secret, public = keys
    path = export.export_bytes(b"%PDF-1.4 not really\n", tmp_path / "s.pdf.age", recipient=public)
    assert crypto.decrypt(path.read_bytes(), identity=secret) == b"%PDF-1.4 not really\n"
    assert platforms.private(path)


@requires_age
def test_the_age_tool_opens_an_export_and_rmdesk_opens_the_age_tools(
    tmp_path: Path, document: dict[str, Any], keys: tuple[str, str]
) -> None:
    """Interop both ways: `age -d -i` decrypts our export; a file from `age -r` opens here."""
    secret, public = keys
    identity = tmp_path / "identity.txt"
    identity.write_text(secret + "\n")
    path = export.export(document, tmp_path / "summary.age", recipient=public)
    result = subprocess.run(
        ["age", "-d", "-i", str(identity), str(path)], capture_output=True, timeout=30
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == summary_render.to_json(document)

    made = subprocess.run(
        ["age", "-r", public, "-a"], input=summary_render.to_json(document), capture_output=True
    )
    assert made.returncode == 0, made.stderr
    assert export.open_summary(made.stdout, identity=identity.read_text()) == document


# --- opening --------------------------------------------------------------------------------


def _sealed(plaintext: bytes, public: str) -> bytes:
    return crypto.encrypt_to_recipient(plaintext, public)


def test_open_summary_errors_say_what_is_wrong(
    document: dict[str, Any], keys: tuple[str, str]
) -> None:
    """Wrong key, not age, damaged, not a summary, another rendering, newer: each is named."""
    secret, public = keys
    other, _ = crypto.generate_identity()
    good = export.encrypted_summary(document, recipient=public)
    newer = summary_render.to_json(document).replace(b'"version": 2', b'"version": 7', 1)
    cases: list[tuple[bytes, str, type[Exception], str]] = [
        (good, other, crypto.CryptoError, "does not match"),
        (b"", secret, crypto.CryptoError, "empty"),
        (b"PK\x03\x04 a zip file", secret, crypto.CryptoError, "not an age"),
        (good[: len(good) // 2], secret, crypto.CryptoError, "cut short|damaged"),
        (good[:-1] + bytes([good[-1] ^ 1]), secret, crypto.CryptoError, "damaged|altered"),
        (_sealed(b"hello", public), secret, summary.SummaryFormatError, "not an rmdesk summary"),
        (_sealed(b'{"a": 1}', public), secret, summary.SummaryFormatError, "not an rmdesk"),
        (_sealed(b"", public), secret, summary.SummaryFormatError, "empty"),
        (_sealed(b"%PDF-1.7\n", public), secret, summary.SummaryFormatError, "as a PDF"),
        (
            export.encrypted_summary(document, "md", recipient=public),
            secret,
            summary.SummaryFormatError,
            "Markdown",
        ),
        (_sealed(newer, public), secret, summary.NewerSummaryError, "newer rmdesk"),
    ]
    for data, identity, kind, message in cases:
        with pytest.raises(kind, match=message):
            export.open_summary(data, identity=identity)


def test_open_file_names_the_file(tmp_path: Path, keys: tuple[str, str]) -> None:
    """Opening a file that fails says which file it was."""
    _, public = keys
    other, _ = crypto.generate_identity()
    path = tmp_path / "pair-b.age"
    path.write_bytes(_sealed(summary_render.to_json(make_document()), public))
    with pytest.raises(crypto.CryptoError, match=r"pair-b\.age: .*does not match"):
        export.open_file(path, identity=other)
    with pytest.raises(errors.RmdeskError, match="missing.age"):
        export.open_file(tmp_path / "missing.age", identity=other)


# --- the coordinator's table ----------------------------------------------------------------


def pair_a(generated_at: str = "2025-06-01T12:00:00Z") -> dict[str, Any]:
    """Five goals of every kind, seen on 1 June 2025; a pulse going up."""
    return make_document(
        generated_at=generated_at,
        held=5,
        expected=6,
        last_held_on="2025-05-20",
        goals=[
            goal("active", 50, target="2025-12-31", title="ahead"),  # 41 % of the time gone
            goal("active", 80, target="2025-03-01", title="overdue"),  # target passed
            goal("active", 0, title="open-ended"),  # no target: on track while active
            goal("achieved", 100, target="2025-04-01", title="done"),
            goal("paused", 10, title="resting"),
        ],
        trend=[3.0, 3.5, 4.0],
        averages={"safety": 3.5, "candour": 3.25, "usefulness": 4, "energy": 3.0, "overall": 3.44},
    )


def pair_b() -> dict[str, Any]:
    """Seen at its period's end (31 March): one goal just on track; a pulse holding steady."""
    return make_document(
        uuid="pair-b",
        mentor="Cara Chen",
        mentee="Dev Das",
        period=("2025-01-01", "2025-03-31"),
        held=3,
        expected=6,
        last_held_on=None,
        goals=[
            # 89 of 120 days gone (74.2 %): 75 % keeps up, 74 % would not.
            goal("active", 75, target="2025-05-01", title="just"),
            goal("dropped", 20, title="gone"),
        ],
        trend=[4.0, 3.8],
    )


def test_coordinator_table_figures() -> None:
    """Meetings, last meeting, goals on track / achieved and the pulse trend, per pair."""
    rows = export.coordinator_table([("b.age", pair_b()), ("a.age", pair_a())])
    assert [row.pair for row in rows] == ["Ana Alves & Ben Bauer", "Cara Chen & Dev Das"]
    a, b = rows
    assert (a.source, a.meetings_held, a.meetings_expected, a.last_meeting) == (
        "a.age",
        5,
        6,
        "2025-05-20",
    )
    assert (a.goals_shared, a.goals_active, a.goals_on_track, a.goals_achieved) == (5, 3, 2, 1)
    assert (a.pulse_trend, a.pulse_first, a.pulse_last, a.pulse_overall) == ("up", 3.0, 4.0, 3.44)
    assert (b.meetings_held, b.meetings_expected, b.last_meeting) == (3, 6, None)
    assert (b.goals_shared, b.goals_active, b.goals_on_track, b.goals_achieved) == (2, 1, 1, 0)
    assert (b.pulse_trend, b.pulse_first, b.pulse_last, b.pulse_overall) == (
        "steady",
        4.0,
        3.8,
        None,
    )
    assert (b.period_from, b.period_to) == ("2025-01-01", "2025-03-31")
    assert a.document["pair"]["uuid"] == "pair-a"  # for the drill-down


def test_the_newest_summary_of_a_pair_counts() -> None:
    """Two summaries of one pair give one row, from the one made last; the other is named."""
    older = pair_a("2025-05-01T09:00:00Z")
    older["meetings"]["held"] = 1
    rows = export.coordinator_table(
        [("new.age", pair_a()), ("old.age", older), ("b.age", pair_b())]
    )
    assert len(rows) == 2
    assert (rows[0].source, rows[0].meetings_held, rows[0].older_sources) == (
        "new.age",
        5,
        ("old.age",),
    )
    assert rows[1].older_sources == ()


@pytest.mark.parametrize(
    ("status", "progress", "start", "target", "on", "expected"),
    [
        ("active", 50, "2025-01-01", "2025-01-11", date(2025, 1, 6), True),  # half, half
        ("active", 49, "2025-01-01", "2025-01-11", date(2025, 1, 6), False),
        ("active", 0, "2025-01-01", "2025-01-11", date(2024, 12, 1), True),  # not started
        ("active", 99, "2025-01-01", "2025-01-11", date(2025, 2, 1), False),  # overdue
        ("active", 100, "2025-01-01", "2025-01-11", date(2025, 2, 1), True),
        ("active", 0, "2025-01-01", "2025-01-01", date(2024, 12, 31), True),  # no span yet
        ("active", 0, "2025-01-01", "2024-12-01", date(2025, 1, 1), False),  # target before
        ("active", 0, "2025-01-01", None, date(2030, 1, 1), True),
        ("achieved", 100, "2025-01-01", None, date(2025, 1, 2), False),  # counted apart
        ("paused", 100, "2025-01-01", None, date(2025, 1, 2), False),
    ],
)
def test_goal_on_track(
    status: str, progress: int, start: str, target: str | None, on: date, expected: bool
) -> None:
    """On track: active, and progress at least the share of start-to-target time gone."""
    found = goal(status, progress, start=start, target=target)
    assert export.goal_on_track(found, on) is expected


@pytest.mark.parametrize(
    ("points", "expected"),
    [
        ([], (None, None, None)),
        ([3.0], (None, 3.0, 3.0)),
        ([3.0, 3.24], ("steady", 3.0, 3.24)),
        ([3.0, 3.25], ("up", 3.0, 3.25)),
        ([4.0, 1.0, 3.75], ("down", 4.0, 3.75)),
        ([2.0, 5.0, 2.1], ("steady", 2.0, 2.1)),  # last against first, not the peak
    ],
)
def test_pulse_trend(points: list[float], expected: tuple[Any, ...]) -> None:
    """The trend compares the last overall pulse with the first, steady within a quarter."""
    assert export.pulse_trend(make_document(trend=points)) == expected


def test_table_csv_has_a_header_and_one_row_per_pair() -> None:
    """UTF-8 without BOM, CSV_COLUMNS first, figures as written, blanks for "none"."""
    data = export.table_csv(export.coordinator_table([("a.age", pair_a()), ("b.age", pair_b())]))
    assert not data.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    assert tuple(table[0]) == export.CSV_COLUMNS
    rows = [dict(zip(table[0], line, strict=True)) for line in table[1:]]
    assert len(rows) == 2
    a, b = rows
    assert (a["source"], a["pair"], a["meetings_held"], a["meetings_expected"]) == (
        "a.age",
        "Ana Alves & Ben Bauer",
        "5",
        "6",
    )
    assert (a["goals_on_track"], a["goals_achieved"], a["pulse_trend"]) == ("2", "1", "up")
    assert (a["pulse_first"], a["pulse_last"], a["pulse_overall"]) == ("3.00", "4.00", "3.44")
    assert (a["pulse_candour"], a["last_meeting"]) == ("3.25", "2025-05-20")
    assert (b["last_meeting"], b["pulse_overall"], b["period_to"]) == ("", "", "2025-03-31")


def test_table_csv_defuses_formulas() -> None:
    """A name a spreadsheet would run as a formula is written with a leading apostrophe."""
    hostile = make_document(mentor='=HYPERLINK("http://x","y")', mentee="+Ben")
    data = export.table_csv(export.coordinator_table([("-a.age", hostile)]))
    row = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))[1]
    assert row[0] == "'-a.age"
    assert row[2] == '\'=HYPERLINK("http://x","y")' and row[3] == "'+Ben"


def test_table_lines_number_the_pairs() -> None:
    """The terminal table: a heading and one numbered line per pair, columns aligned."""
    lines = export.table_lines(export.coordinator_table([("a", pair_a()), ("b", pair_b())]))
    assert len(lines) == 3
    assert lines[0].split()[:2] == ["#", "Pair"]
    assert lines[1].startswith("1  Ana Alves & Ben Bauer")
    assert "5 of 6" in lines[1] and "2 of 3 on track, 1 achieved" in lines[1]
    assert "up, 3.0 to 4.0 (mean 3.4)" in lines[1]
    assert "none yet" in lines[2] and "steady, 4.0 to 3.8" in lines[2]
    assert lines[1].index("5 of 6") == lines[2].index("3 of 6")

"""The encrypted progress summary, and the coordinator's table of the summaries they open.

A pair's summary is rendered in memory, encrypted in memory (age: to the coordinator's X25519
key, or to a passphrase) and handed to `crypto.write_encrypted`, which writes only ciphertext
and renames it into place only after it has been read back and checked. A coordinator opens
files in memory too; nothing decrypted touches the disk unless they save a table.
No Qt here: a PDF is made by rmdesk.ui.pdf and encrypted with `export_bytes`.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import threading
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from rmdesk import errors, files
from rmdesk.i18n import msg
from rmdesk.services import crypto, summary, summary_render

# A summary is tens of kilobytes (a 10-year demo desk: ~35 KB as JSON); anything far larger is
# not one, and reading it whole into memory would only hurt.
MAX_FILE_BYTES = 64 * 1024 * 1024
# A change in the overall pulse smaller than this (on the 1-5 scale) reads as steady.
STEADY_WITHIN = 0.25
TREND_UP, TREND_DOWN, TREND_STEADY = "up", "down", "steady"

CSV_COLUMNS = (
    "source",
    "pair",
    "mentor",
    "mentee",
    "phase",
    "period_from",
    "period_to",
    "generated_at",
    "meetings_held",
    "meetings_expected",
    "last_meeting",
    "goals_shared",
    "goals_active",
    "goals_on_track",
    "goals_achieved",
    "pulse_trend",
    "pulse_first",
    "pulse_last",
    "pulse_overall",
    "pulse_safety",
    "pulse_candour",
    "pulse_usefulness",
    "pulse_energy",
)

# Leading characters that make a spreadsheet read a cell as a formula (CSV injection); names
# and file names come from other people's files, so such a cell gets a leading apostrophe.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


# --- exporting --------------------------------------------------------------------------------


def check_recipient(text: str) -> str:
    """The coordinator's public key in canonical form; a typo is a ValidationError (field
    "recipient"), raised before anything is rendered, encrypted or written."""
    try:
        return crypto.validate_recipient(text)
    except crypto.CryptoError as exc:
        raise errors.ValidationError(str(exc), "recipient") from None


def _one_secret(recipient: str | None, passphrase: str | None) -> None:
    if (recipient is None) == (passphrase is None):
        raise errors.ValidationError(
            msg(
                "Encrypt either to the coordinator's public key or with a passphrase (one of them)."
            ),
            "recipient",
        )


def encrypt_bytes(
    plaintext: bytes,
    *,
    recipient: str | None = None,
    passphrase: str | None = None,
    armor: bool = False,
    cancel: threading.Event | None = None,
) -> bytes:
    """Rendered bytes (any format, a PDF too) encrypted in memory; exactly one of recipient
    (age1…, fast, in-process) or passphrase (scrypt in a child process, ~1-2 s)."""
    _one_secret(recipient, passphrase)
    if recipient is not None:
        return crypto.encrypt_to_recipient(plaintext, check_recipient(recipient), armor=armor)
    assert passphrase is not None
    return crypto.encrypt_with_passphrase(plaintext, passphrase, armor=armor, cancel=cancel)


def encrypted_summary(
    document: dict[str, Any],
    fmt: str = "json",
    *,
    recipient: str | None = None,
    passphrase: str | None = None,
    armor: bool = False,
    cancel: threading.Event | None = None,
) -> bytes:
    """The summary rendered (validated first) and encrypted, all in memory. JSON is what
    `open_summary` reads back; Markdown and HTML are for a coordinator using the `age` tool."""
    _one_secret(recipient, passphrase)
    if recipient is not None:
        recipient = check_recipient(recipient)  # a typo fails before any work
    plaintext = summary_render.render(document, fmt)
    return encrypt_bytes(
        plaintext, recipient=recipient, passphrase=passphrase, armor=armor, cancel=cancel
    )


def export(
    document: dict[str, Any],
    path: Path,
    fmt: str = "json",
    recipient: str | None = None,
    passphrase: str | None = None,
    armor: bool = False,
    cancel: threading.Event | None = None,
) -> Path:
    """Write the encrypted summary to path (0600, atomically, checked before it replaces
    anything); a failure leaves an earlier file of that name as it was."""
    _one_secret(recipient, passphrase)
    if recipient is not None:
        recipient = check_recipient(recipient)
    plaintext = summary_render.render(document, fmt)
    return export_bytes(
        plaintext, path, recipient=recipient, passphrase=passphrase, armor=armor, cancel=cancel
    )


def export_bytes(
    plaintext: bytes,
    path: Path,
    *,
    recipient: str | None = None,
    passphrase: str | None = None,
    armor: bool = False,
    cancel: threading.Event | None = None,
) -> Path:
    """Encrypt already rendered bytes (e.g. a PDF) and write them as `export` does.

    The read-back check: with a passphrase, the file is decrypted again and must give the
    plaintext. With a public key it cannot be decrypted here (only the coordinator holds the
    identity), so the header must name exactly that one X25519 recipient, in the armor asked
    for, and the bytes must be those just encrypted.
    """
    plaintext = bytes(plaintext)
    ciphertext = encrypt_bytes(
        plaintext, recipient=recipient, passphrase=passphrase, armor=armor, cancel=cancel
    )

    def verify(read_back: bytes) -> bool:
        if passphrase is not None:
            return crypto.decrypt(read_back, passphrase=passphrase, cancel=cancel) == plaintext
        return _sealed_to_one_key(read_back, ciphertext, armor)

    return crypto.write_encrypted(Path(path), ciphertext, verify)


def _sealed_to_one_key(read_back: bytes, ciphertext: bytes, armor: bool) -> bool:
    info = crypto.header_info(read_back)
    return (
        read_back == ciphertext
        and info.kind == "x25519"
        and info.stanzas == ("X25519",)
        and info.armored == armor
        and info.work_factor is None
    )


# --- opening ----------------------------------------------------------------------------------

# What a decrypted file holds when it is a summary in another rendering.
_OTHER_RENDERINGS = (
    (b"%PDF-", "a PDF"),
    (b"<!DOCTYPE html", "an HTML page"),
    (b"# Progress summary", "a Markdown page"),
)


def open_summary(
    data: bytes,
    identity: str | None = None,
    passphrase: str | None = None,
    *,
    cancel: threading.Event | None = None,
    source: str = "The file",
) -> dict[str, Any]:
    """Decrypt an age file in memory and read the JSON summary inside (validated).

    identity is the secret key or an identity file's text; which of the two is used is
    decided by the file's header (crypto.decrypt). Raises CryptoError for a wrong key or
    passphrase or a damaged file, SummaryFormatError for anything that is not a summary and
    NewerSummaryError for one made by a newer rmdesk.
    """
    plaintext = crypto.decrypt(data, identity=identity, passphrase=passphrase, cancel=cancel)
    start = plaintext.lstrip()[:64]
    for magic, what in _OTHER_RENDERINGS:
        if start.startswith(magic):
            raise summary.SummaryFormatError(
                msg(
                    "{source} holds a progress summary as {what}, which rmdesk does not read back; "
                    "only JSON summaries open here. Decrypt it with `rmdesk decrypt` or `age -d` "
                    "to read it.",
                    source=source,
                    what=what,
                )
            )
    return summary.read(plaintext, f"{source} (decrypted)")


def open_file(
    path: Path,
    identity: str | None = None,
    passphrase: str | None = None,
    *,
    cancel: threading.Event | None = None,
) -> dict[str, Any]:
    """`open_summary` on a file; every error names the file."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise errors.RmdeskError(
            msg("Cannot read {path}: {error}.", path=path, error=exc.strerror or exc)
        ) from None
    if size > MAX_FILE_BYTES:
        raise summary.SummaryFormatError(
            msg(
                "{path} is {megabytes} MiB, far too large for a progress summary.",
                path=path,
                megabytes=size // 2**20,
            )
        )
    data = files.read_bytes(path, MAX_FILE_BYTES, msg("a progress summary"))
    try:
        return open_summary(data, identity, passphrase, cancel=cancel, source=str(path))
    except crypto.CryptoCancelledError:
        raise
    except crypto.CryptoError as exc:
        raise crypto.CryptoError(f"{path}: {exc}") from None


# --- the coordinator's table --------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class CoordinatorRow:
    """One pair in the coordinator's table, from the newest summary opened for it.

    `goals_on_track` counts active goals whose progress keeps up with the time elapsed
    towards their target (or that have no target); achieved goals count in
    `goals_achieved` instead. `pulse_trend` compares the last overall pulse with the
    first: "up", "down" or "steady" (within STEADY_WITHIN), None with under two points.
    `older_sources` names earlier summaries of the same pair that this row replaced.
    """

    source: str
    pair_uuid: str
    pair: str
    mentor: str
    mentee: str
    phase: str
    period_from: str | None
    period_to: str | None
    generated_at: str
    meetings_held: int | None  # None: the pair did not share its meeting figures
    meetings_expected: int | None
    last_meeting: str | None
    goals_shared: int
    goals_active: int
    goals_on_track: int
    goals_achieved: int
    pulse_trend: str | None
    pulse_first: float | None
    pulse_last: float | None
    pulse_averages: dict[str, float | None]
    older_sources: tuple[str, ...] = ()
    document: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False, compare=False)

    @property
    def pulse_overall(self) -> float | None:
        return self.pulse_averages.get("overall")


def as_of(document: dict[str, Any]) -> date:
    """The day a summary's figures stand at: its period's end, else the day it was made."""
    end = document["period"]["to"]
    return date.fromisoformat(end) if end else date.fromisoformat(document["generated_at"][:10])


def goal_on_track(goal: dict[str, Any], on: date) -> bool:
    """An active goal whose progress is at least the share of its start-to-target time that
    has passed by `on`; one without a target is on track while it is active."""
    if goal["status"] != "active":
        return False
    if not goal["target_date"]:
        return True
    start, target = date.fromisoformat(goal["start_date"]), date.fromisoformat(goal["target_date"])
    span = (target - start).days
    if span <= 0:
        elapsed = 1.0 if on >= target else 0.0
    else:
        elapsed = min(1.0, max(0.0, (on - start).days / span))
    return bool(goal["progress"] >= 100 * elapsed)


def pulse_trend(document: dict[str, Any]) -> tuple[str | None, float | None, float | None]:
    """(trend, first overall, last overall) from the pulse trend points, oldest first."""
    points = document["pulse"]["trend"]
    if not points:
        return None, None, None
    first, last = points[0]["overall"], points[-1]["overall"]
    if len(points) < 2:
        return None, first, last
    if last - first >= STEADY_WITHIN:
        return TREND_UP, first, last
    if first - last >= STEADY_WITHIN:
        return TREND_DOWN, first, last
    return TREND_STEADY, first, last


def _row(source: str, document: dict[str, Any]) -> CoordinatorRow:
    pair, meetings, goals = document["pair"], document["meetings"], document["goals"]
    on = as_of(document)
    trend, first, last = pulse_trend(document)
    return CoordinatorRow(
        source=source,
        pair_uuid=pair["uuid"],
        pair=f"{pair['mentor']} & {pair['mentee']}",
        mentor=pair["mentor"],
        mentee=pair["mentee"],
        phase=pair["phase"],
        period_from=document["period"]["from"],
        period_to=document["period"]["to"],
        generated_at=document["generated_at"],
        meetings_held=meetings["held"] if meetings else None,
        meetings_expected=meetings["expected_by_cadence"] if meetings else None,
        last_meeting=meetings["last_held_on"] if meetings else None,
        goals_shared=len(goals),
        goals_active=sum(1 for g in goals if g["status"] == "active"),
        goals_on_track=sum(1 for g in goals if goal_on_track(g, on)),
        goals_achieved=sum(1 for g in goals if g["status"] == "achieved"),
        pulse_trend=trend,
        pulse_first=first,
        pulse_last=last,
        pulse_averages=dict(document["pulse"]["averages"]),
        document=document,
    )


def coordinator_table(documents: Iterable[tuple[str, dict[str, Any]]]) -> list[CoordinatorRow]:
    """One row per pair (by its uuid), from (source name, summary) pairs already read.

    When several summaries of the same pair are opened, the one made last counts (a tie goes
    to the later in the list) and the others are named in `older_sources`. Rows are in
    order of the pair's names, so the table reads the same however the files were picked.
    """
    newest: dict[str, tuple[str, dict[str, Any]]] = {}
    older: dict[str, list[str]] = {}
    for source, document in documents:
        summary.validate(document, source)
        uuid = document["pair"]["uuid"]
        kept = newest.get(uuid)
        if kept is None or document["generated_at"] >= kept[1]["generated_at"]:
            if kept is not None:
                older.setdefault(uuid, []).append(kept[0])
            newest[uuid] = (source, document)
        else:
            older.setdefault(uuid, []).append(source)
    rows = [
        dataclasses.replace(_row(source, document), older_sources=tuple(older.get(uuid, [])))
        for uuid, (source, document) in newest.items()
    ]
    return sorted(rows, key=lambda r: (r.pair.casefold(), r.pair_uuid))


def _figure(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


def _cell(text: str | None) -> str:
    text = text or ""
    return "'" + text if text.startswith(_FORMULA_START) else text


def table_csv(rows: Sequence[CoordinatorRow]) -> bytes:
    """The table as CSV: UTF-8 without a BOM, a header row of CSV_COLUMNS, one row per pair,
    empty cells for "none"; text that a spreadsheet would run as a formula is defused."""
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        averages = row.pulse_averages
        writer.writerow(
            [
                _cell(row.source),
                _cell(row.pair),
                _cell(row.mentor),
                _cell(row.mentee),
                row.phase,
                row.period_from or "",
                row.period_to or "",
                row.generated_at,
                "" if row.meetings_held is None else row.meetings_held,
                "" if row.meetings_expected is None else row.meetings_expected,
                row.last_meeting or "",
                row.goals_shared,
                row.goals_active,
                row.goals_on_track,
                row.goals_achieved,
                row.pulse_trend or "",
                _figure(row.pulse_first),
                _figure(row.pulse_last),
                *(_figure(averages.get(name)) for name in ("overall", *summary.RATINGS)),
            ]
        )
    return out.getvalue().encode("utf-8")


# A trend's code as the table shows it: the same word in English, marked for translation.
_TREND_WORDS = {TREND_UP: msg("up"), TREND_DOWN: msg("down"), TREND_STEADY: msg("steady")}

TABLE_HEADINGS = (
    "#",
    msg("Pair"),
    msg("Meetings held"),
    msg("Last meeting"),
    msg("Goals"),
    msg("Pulse"),
)


def table_cells(row: CoordinatorRow) -> tuple[str, str, str, str, str]:
    """The five columns after the number, as text: shared by the terminal and the PDF (each
    a marked message, so the window shows it translated)."""
    meetings: str
    last: str
    if row.meetings_held is None or row.meetings_expected is None:
        meetings, last = msg("not shared"), msg("not shared")
    else:
        meetings = (
            msg("{held} of {expected}", held=row.meetings_held, expected=row.meetings_expected)
            if row.meetings_expected
            else msg("{held} held", held=row.meetings_held)
        )
        last = row.last_meeting or msg("none yet")
    goals = (
        msg(
            "{on_track} of {active} on track, {achieved} achieved",
            on_track=row.goals_on_track,
            active=row.goals_active,
            achieved=row.goals_achieved,
        )
        if row.goals_active
        else msg("none active, {achieved} achieved", achieved=row.goals_achieved)
    )
    if row.pulse_trend is not None:
        pulse = msg(
            "{trend}, {first:.1f} to {last:.1f}",
            trend=_TREND_WORDS.get(row.pulse_trend, row.pulse_trend),
            first=row.pulse_first,
            last=row.pulse_last,
        )
    elif row.pulse_last is not None:
        pulse = msg("one point, {last:.1f}", last=row.pulse_last)
    else:
        pulse = msg("no ratings")
    if row.pulse_overall is not None:
        pulse = msg("{pulse} (mean {mean:.1f})", pulse=pulse, mean=row.pulse_overall)
    return row.pair, meetings, last, goals, pulse


def table_lines(rows: Sequence[CoordinatorRow]) -> list[str]:
    """The table for a terminal: a heading line, then one numbered line per pair."""
    body = [(str(number), *table_cells(row)) for number, row in enumerate(rows, 1)]
    widths = [max(len(cells[i]) for cells in [TABLE_HEADINGS, *body]) for i in range(6)]
    lines = []
    for cells in [TABLE_HEADINGS, *body]:
        padded = [cells[0].rjust(widths[0])]
        padded += [cell.ljust(width) for cell, width in zip(cells[1:], widths[1:], strict=True)]
        lines.append("  ".join(padded).rstrip())
    return lines

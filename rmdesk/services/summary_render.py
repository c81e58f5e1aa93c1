"""The progress summary as files people read: JSON, Markdown and HTML (the UI makes the PDF
from the HTML). Every rendering validates the document first, so nothing malformed is shared.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

from rmdesk import errors, files
from rmdesk.i18n import msg
from rmdesk.services.summary import FORMATS, validate


def to_json(document: dict[str, Any]) -> bytes:
    """The document as UTF-8 JSON, validated first."""
    validate(document)
    text = json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False)
    return (text + "\n").encode("utf-8")


def render(document: dict[str, Any], fmt: str) -> bytes:
    """The document in one of FORMATS, as bytes to write."""
    if fmt == "json":
        return to_json(document)
    if fmt == "md":
        return to_markdown(document).encode("utf-8")
    if fmt == "html":
        return to_html(document).encode("utf-8")
    raise errors.ValidationError(
        msg("Choose a format: {formats} (not {fmt!r}).", formats=", ".join(FORMATS), fmt=fmt),
        "format",
    )


def write(document: dict[str, Any], path: Path, fmt: str = "json") -> Path:
    """Validate, render and write atomically (temp file, fsync, rename; mode 0600)."""
    return files.write_atomic(Path(path), render(document, fmt))


def format_for(path: str | Path) -> str:
    """The format a file name asks for (by its extension), JSON when it says nothing."""
    suffix = Path(path).suffix.lower()
    return {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}.get(suffix, "json")


# Labels shared by the Markdown and HTML renderers.
_NO_TEXTS = "No reflections or meeting notes are shared."
_PHASES = {"preparing": "Preparing", "agreeing": "Agreeing", "growing": "Growing",
           "closing": "Closing", "closed": "Closed", "paused": "Paused",
           "ended_early": "Ended early (no fault)"}  # fmt: skip
_RATING_LABELS = {"safety": "Safety to speak openly", "candour": "Candour",
                  "usefulness": "Usefulness", "energy": "Energy", "overall": "Overall"}  # fmt: skip


def _person(document: dict[str, Any], role: str) -> str:
    return f"{document['pair'][role]} ({role})"


def _title(document: dict[str, Any]) -> str:
    pair = document["pair"]
    return f"Progress summary: {pair['mentor']} & {pair['mentee']}"


def _period(document: dict[str, Any]) -> str:
    start, end = document["period"]["from"], document["period"]["to"]
    if start is None and end is None:
        return "the whole programme"
    if start is None:
        return f"from the start to {end}"
    if end is None:
        return f"from {start} on"
    return f"{start} to {end}"


def _number(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def plural(count: int, one: str, many: str | None = None) -> str:
    """ "1 check-in", "2 check-ins": English counts for the Markdown and HTML renderings (the
    window uses Qt's %n forms)."""
    return f"{count} {one if count == 1 else (many or one + 's')}"


def meetings_held_text(held: int, expected: int) -> str:
    """ "3 of 4 expected by the cadence", read naturally for the first meetings too."""
    if expected == 0:
        return plural(held, "meeting") + " held; none expected yet"
    return f"{held} of {expected} expected by the cadence"


def _facts(document: dict[str, Any]) -> list[tuple[str, str]]:
    """The pair's and the meetings' key figures, as (label, value) rows."""
    pair, meetings = document["pair"], document["meetings"]
    end = pair["planned_end_date"] or "not set"
    cadence = pair["cadence_days"]
    rows = [
        ("Mentor", pair["mentor"]),
        ("Mentee", pair["mentee"]),
        ("Programme", f"started {pair['start_date']}, planned end {end}"),
        ("Phase", _PHASES.get(pair["phase"], pair["phase"])),
        *_ending(document),
        ("Meets every", "day" if cadence == 1 else plural(cadence, "day")),
    ]
    if meetings is None:
        rows.append(("Meetings", "not shared by the pair"))
    else:
        rows += [
            (
                "Meetings held",
                meetings_held_text(meetings["held"], meetings["expected_by_cadence"]),
            ),
            ("Planned", str(meetings["planned"])),
            ("Cancelled", str(meetings["cancelled"])),
            ("Last held", meetings["last_held_on"] or "none yet"),
        ]
    actions = document["actions"]
    rows.append(("Shared action items", f"{actions['open']} open, {actions['done']} done"))
    return rows


def _ending(document: dict[str, Any]) -> list[tuple[str, str]]:
    """The early ending's row: when, by whom, and the reason if it was shared."""
    ended = document["pair"].get("ended_early")
    if not ended:
        return []
    text = f"{ended['on']}, by {_person(document, ended['by'])}"
    if ended["reason"]:
        text += f": {ended['reason']}"
    return [("Ended early", text)]


def _entry_heading(document: dict[str, Any], entry: dict[str, Any]) -> str:
    kind = "Reflection" if entry["kind"] == "reflection" else "Meeting notes"
    return f"{kind}, {entry['date']}, by {_person(document, entry['author_role'])}"


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|!])")


def _md(text: str) -> str:
    """Free text made safe for one Markdown line or table cell."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def to_markdown(document: dict[str, Any]) -> str:
    """The summary as Markdown. Free text of shared entries is quoted as written."""
    validate(document)
    lines = [f"# {_md(_title(document))}", ""]
    lines += [
        f"Period: {_period(document)}. Made {document['generated_at']} with rmdesk "
        f"(summary format {document['version']}).",
        "",
        "## The pair and the meetings",
        "",
        "| | |",
        "|---|---|",
        *(f"| {label} | {_md(value)} |" for label, value in _facts(document)),
        "",
        "## Goals",
        "",
    ]
    if not document["goals"]:
        lines += ["No goals are shared.", ""]
    for goal in document["goals"]:
        lines += [
            f"### {_md(goal['title'])}",
            "",
            f"{_md(_person(document, goal['learner']))}: {goal['status']}, "
            f"{goal['progress']}% done; milestones {goal['milestones_done']} of "
            f"{goal['milestones_total']}; started {goal['start_date']}"
            + (f", target {goal['target_date']}" if goal["target_date"] else "")
            + (f", achieved {goal['achieved_on']}" if goal["achieved_on"] else "")
            + ".",
            "",
        ]
        for milestone in goal["milestones"]:
            mark = "x" if milestone["done_on"] else " "
            done = f" (done {milestone['done_on']})" if milestone["done_on"] else ""
            lines.append(f"- [{mark}] {_md(milestone['title'])}{done}")
        if goal["milestones"]:
            lines.append("")
        if goal["history"]:
            steps = ", ".join(f"{p['date']}: {p['percent']}%" for p in goal["history"])
            lines += [f"Progress over time: {steps}.", ""]
    topics = document["topics"]
    covered = plural(topics["covered_count"], "shared topic")
    lines += ["## Topics covered", "", f"{covered} covered.", ""]
    lines += [f"- {_md(topic['title'])}" for topic in topics["covered"]]
    if topics["covered"]:
        lines.append("")
    pulse = document["pulse"]
    checks = plural(pulse["check_ins"], "shared check-in")
    lines += ["## Pulse", "", f"{checks}. Averages (1 to 5):", ""]
    lines += ["| rating | average |", "|---|---|"]
    lines += [f"| {_RATING_LABELS[k]} | {_number(v)} |" for k, v in pulse["averages"].items()]
    lines.append("")
    if pulse["trend"]:
        steps = ", ".join(f"{p['date']}: {_number(p['overall'])}" for p in pulse["trend"])
        lines += [f"Overall over time: {steps}.", ""]
    lines += ["## Reflections and meeting notes", ""]
    if not document["shared_entries"]:
        lines += [_NO_TEXTS, ""]
    for entry in document["shared_entries"]:
        lines += [f"### {_md(_entry_heading(document, entry))}", ""]
        if entry["title"]:
            lines += [f"**{_md(entry['title'])}**", ""]
        lines += [f"> {line}".rstrip() for line in entry["text"].splitlines() or [""]]
        lines.append("")
    return "\n".join(lines)


_CSS = """
body { font-family: "Noto Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: #1f2328;
       max-width: 46em; margin: 2em auto; padding: 0 1em; line-height: 1.45; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { font-size: 1.25em; border-bottom: 1px solid #d0d7de; padding-bottom: 0.2em;
     margin-top: 1.6em; }
h3 { font-size: 1.05em; margin-bottom: 0.3em; }
p.meta { color: #57606a; margin-top: 0; }
table { border-collapse: collapse; margin: 0.5em 0; }
th, td { text-align: left; padding: 0.25em 0.8em 0.25em 0; vertical-align: top; }
th { font-weight: 600; color: #57606a; }
td.number { text-align: right; }
.figures { color: #57606a; margin: 0.2em 0 0.5em 0; }
.series { color: #57606a; font-size: 0.92em; }
ul.milestones { list-style: none; padding-left: 0.2em; margin: 0.3em 0; }
.entry { border-left: 3px solid #d0d7de; padding-left: 0.8em; margin: 1em 0; }
.entry .prompt { font-style: italic; }
.entry .text { white-space: pre-wrap; }
.empty { color: #57606a; font-style: italic; }
"""


def _h(value: Any) -> str:
    return html.escape(str(value), quote=True)


def to_html(document: dict[str, Any]) -> str:
    """The summary as one self-contained HTML page (inline CSS, no scripts, no links out).
    Every value is escaped; free text is shown as written, line breaks kept."""
    validate(document)
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_h(_title(document))}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        f"<h1>{_h(_title(document))}</h1>",
        f'<p class="meta">Period: {_h(_period(document))}. Made {_h(document["generated_at"])} '
        f"with rmdesk (summary format {_h(document['version'])}).</p>",
        "<h2>The pair and the meetings</h2>",
        "<table>",
        *(
            f"<tr><th>{_h(label)}</th><td>{_h(value)}</td></tr>"
            for label, value in _facts(document)
        ),
        "</table>",
        "<h2>Goals</h2>",
    ]
    if not document["goals"]:
        out.append('<p class="empty">No goals are shared.</p>')
    for goal in document["goals"]:
        figures = (
            f"{_person(document, goal['learner'])}: {goal['status']}, {goal['progress']}% done; "
            f"milestones {goal['milestones_done']} of {goal['milestones_total']}; "
            f"started {goal['start_date']}"
            + (f", target {goal['target_date']}" if goal["target_date"] else "")
            + (f", achieved {goal['achieved_on']}" if goal["achieved_on"] else "")
        )
        out += [f"<h3>{_h(goal['title'])}</h3>", f'<p class="figures">{_h(figures)}.</p>']
        if goal["milestones"]:
            out.append('<ul class="milestones">')
            for milestone in goal["milestones"]:
                mark = "☑" if milestone["done_on"] else "☐"
                done = f" (done {milestone['done_on']})" if milestone["done_on"] else ""
                out.append(f"<li>{mark} {_h(milestone['title'])}{_h(done)}</li>")
            out.append("</ul>")
        if goal["history"]:
            steps = " · ".join(f"{p['date']}: {p['percent']}%" for p in goal["history"])
            out.append(f'<p class="series">Progress over time: {_h(steps)}</p>')
    topics = document["topics"]
    covered = plural(topics["covered_count"], "shared topic")
    out += ["<h2>Topics covered</h2>", f"<p>{_h(covered)} covered.</p>"]
    if topics["covered"]:
        out += ["<ul>", *(f"<li>{_h(t['title'])}</li>" for t in topics["covered"]), "</ul>"]
    pulse = document["pulse"]
    out += [
        "<h2>Pulse</h2>",
        f"<p>{_h(plural(pulse['check_ins'], 'shared check-in'))}. Averages (1 to 5):</p>",
        "<table>",
        *(
            f'<tr><th>{_h(_RATING_LABELS[k])}</th><td class="number">{_h(_number(v))}</td></tr>'
            for k, v in pulse["averages"].items()
        ),
        "</table>",
    ]
    if pulse["trend"]:
        steps = " · ".join(f"{p['date']}: {_number(p['overall'])}" for p in pulse["trend"])
        out.append(f'<p class="series">Overall over time: {_h(steps)}</p>')
    out.append("<h2>Reflections and meeting notes</h2>")
    if not document["shared_entries"]:
        out.append(f'<p class="empty">{_h(_NO_TEXTS)}</p>')
    for entry in document["shared_entries"]:
        out += ['<div class="entry">', f"<h3>{_h(_entry_heading(document, entry))}</h3>"]
        if entry["title"]:
            out.append(f'<p class="prompt">{_h(entry["title"])}</p>')
        out += [f'<div class="text">{_h(entry["text"])}</div>', "</div>"]
    out += ["</body>", "</html>", ""]
    return "\n".join(out)

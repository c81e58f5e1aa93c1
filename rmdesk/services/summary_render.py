"""The progress summary as files people read: JSON, Markdown and HTML (the UI makes the PDF
from the HTML). Every rendering validates the document first, so nothing malformed is shared.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
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


# Labels shared by the Markdown and HTML renderers, marked: the window renders the summary
# in the user's language (`tr=messages.text`), files and the CLI in English (`tr=str`).
Translate = Callable[[str], str]
_NO_TEXTS = msg("No reflections or meeting notes are shared.")
_PHASES = {"preparing": msg("Preparing"), "agreeing": msg("Agreeing"), "growing": msg("Growing"),
           "closing": msg("Closing"), "closed": msg("Closed"), "paused": msg("Paused"),
           "ended_early": msg("Ended early (no fault)")}  # fmt: skip
_GOAL_STATUSES = {"active": msg("active"), "achieved": msg("achieved"),
                  "paused": msg("paused"), "dropped": msg("dropped")}  # fmt: skip
_RATING_LABELS = {"safety": msg("Safety to speak openly"), "candour": msg("Candour"),
                  "usefulness": msg("Usefulness"), "energy": msg("Energy"),
                  "overall": msg("Overall")}  # fmt: skip


def _person(document: dict[str, Any], role: str) -> str:
    name = document["pair"][role]
    return (
        msg("{name} (mentor)", name=name) if role == "mentor" else msg("{name} (mentee)", name=name)
    )


def _title(document: dict[str, Any]) -> str:
    pair = document["pair"]
    return msg(
        "Progress summary: {mentor} & {mentee}", mentor=pair["mentor"], mentee=pair["mentee"]
    )


def _period(document: dict[str, Any]) -> str:
    start, end = document["period"]["from"], document["period"]["to"]
    if start is None and end is None:
        return msg("the whole programme")
    if start is None:
        return msg("from the start to {end}", end=end)
    if end is None:
        return msg("from {start} on", start=start)
    return msg("{start} to {end}", start=start, end=end)


def _meta(document: dict[str, Any]) -> str:
    return msg(
        "Period: {period}. Made {made} with rmdesk (summary format {version}).",
        period=_period(document),
        made=document["generated_at"],
        version=document["version"],
    )


def _number(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def plural(count: int, one: str, many: str | None = None) -> str:
    """ "1 check-in", "2 check-ins": English counts, for text that is not translated (a
    translated one is msg("%n check-in(s)", n=count))."""
    return f"{count} {one if count == 1 else (many or one + 's')}"


def meetings_held_text(held: int, expected: int) -> str:
    """ "3 of 4 expected by the cadence", read naturally for the first meetings too."""
    if expected == 0:
        return msg("%n meeting(s) held; none expected yet", n=held)
    return msg("{held} of {expected} expected by the cadence", held=held, expected=expected)


def _facts(document: dict[str, Any]) -> list[tuple[str, str]]:
    """The pair's and the meetings' key figures, as (label, value) rows."""
    pair, meetings = document["pair"], document["meetings"]
    end = pair["planned_end_date"] or msg("not set")
    cadence = pair["cadence_days"]
    rows = [
        (msg("Mentor"), pair["mentor"]),
        (msg("Mentee"), pair["mentee"]),
        (
            msg("Programme"),
            msg("started {start}, planned end {end}", start=pair["start_date"], end=end),
        ),
        (msg("Phase"), _PHASES.get(pair["phase"], pair["phase"])),
        *_ending(document),
        (msg("Meets every"), msg("day") if cadence == 1 else msg("%n day(s)", n=cadence)),
    ]
    if meetings is None:
        rows.append((msg("Meetings"), msg("not shared by the pair")))
    else:
        rows += [
            (
                msg("Meetings held"),
                meetings_held_text(meetings["held"], meetings["expected_by_cadence"]),
            ),
            (msg("Planned"), str(meetings["planned"])),
            (msg("Cancelled"), str(meetings["cancelled"])),
            (msg("Last held"), meetings["last_held_on"] or msg("none yet")),
        ]
    actions = document["actions"]
    rows.append(
        (
            msg("Shared action items"),
            msg("{open} open, {done} done", open=actions["open"], done=actions["done"]),
        )
    )
    return rows


def _ending(document: dict[str, Any]) -> list[tuple[str, str]]:
    """The early ending's row: when, by whom, and the reason if it was shared."""
    ended = document["pair"].get("ended_early")
    if not ended:
        return []
    by = _person(document, ended["by"])
    if ended["reason"]:
        text = msg(
            "{day}, by {person}: {reason}", day=ended["on"], person=by, reason=ended["reason"]
        )
    else:
        text = msg("{day}, by {person}", day=ended["on"], person=by)
    return [(msg("Ended early"), text)]


def _entry_heading(document: dict[str, Any], entry: dict[str, Any]) -> str:
    kind = msg("Reflection") if entry["kind"] == "reflection" else msg("Meeting notes")
    return msg(
        "{kind}, {date}, by {person}",
        kind=kind,
        date=entry["date"],
        person=_person(document, entry["author_role"]),
    )


def _figures(goal: dict[str, Any], person: str) -> str:
    """A goal's figures in one line (without its full stop)."""
    figures = msg(
        "{person}: {status}, {progress}% done; milestones {done} of {total}; started {start}",
        person=person,
        status=_GOAL_STATUSES.get(goal["status"], goal["status"]),
        progress=goal["progress"],
        done=goal["milestones_done"],
        total=goal["milestones_total"],
        start=goal["start_date"],
    )
    if goal["target_date"]:
        figures = msg("{figures}, target {day}", figures=figures, day=goal["target_date"])
    if goal["achieved_on"]:
        figures = msg("{figures}, achieved {day}", figures=figures, day=goal["achieved_on"])
    return figures


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|!])")


def _md(text: str) -> str:
    """Free text made safe for one Markdown line or table cell."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def to_markdown(document: dict[str, Any], tr: Translate = str) -> str:
    """The summary as Markdown. Free text of shared entries is quoted as written."""
    validate(document)
    lines = [f"# {_md(tr(_title(document)))}", ""]
    lines += [
        tr(_meta(document)),
        "",
        f"## {tr(msg('The pair and the meetings'))}",
        "",
        "| | |",
        "|---|---|",
        *(f"| {tr(label)} | {_md(tr(value))} |" for label, value in _facts(document)),
        "",
        f"## {tr(msg('Goals'))}",
        "",
    ]
    if not document["goals"]:
        lines += [tr(msg("No goals are shared.")), ""]
    for goal in document["goals"]:
        person = _md(tr(_person(document, goal["learner"])))
        lines += [f"### {_md(goal['title'])}", "", tr(_figures(goal, person)) + ".", ""]
        for milestone in goal["milestones"]:
            mark = "x" if milestone["done_on"] else " "
            done = milestone["done_on"] and " " + tr(msg("(done {day})", day=milestone["done_on"]))
            lines.append(f"- [{mark}] {_md(milestone['title'])}{done or ''}")
        if goal["milestones"]:
            lines.append("")
        if goal["history"]:
            steps = ", ".join(f"{p['date']}: {p['percent']}%" for p in goal["history"])
            lines += [tr(msg("Progress over time: {steps}", steps=steps)) + ".", ""]
    topics = document["topics"]
    covered = msg("%n shared topic(s) covered.", n=topics["covered_count"])
    lines += [f"## {tr(msg('Topics covered'))}", "", tr(covered), ""]
    lines += [f"- {_md(topic['title'])}" for topic in topics["covered"]]
    if topics["covered"]:
        lines.append("")
    pulse = document["pulse"]
    checks = msg("%n shared check-in(s). Averages (1 to 5):", n=pulse["check_ins"])
    lines += [f"## {tr(msg('Pulse'))}", "", tr(checks), ""]
    lines += [f"| {tr(msg('rating'))} | {tr(msg('average'))} |", "|---|---|"]
    lines += [f"| {tr(_RATING_LABELS[k])} | {_number(v)} |" for k, v in pulse["averages"].items()]
    lines.append("")
    if pulse["trend"]:
        steps = ", ".join(f"{p['date']}: {_number(p['overall'])}" for p in pulse["trend"])
        lines += [tr(msg("Overall over time: {steps}", steps=steps)) + ".", ""]
    lines += _self_assessment_markdown(document)
    lines += [f"## {tr(msg('Reflections and meeting notes'))}", ""]
    if not document["shared_entries"]:
        lines += [tr(_NO_TEXTS), ""]
    for entry in document["shared_entries"]:
        lines += [f"### {_md(tr(_entry_heading(document, entry)))}", ""]
        if entry["title"]:
            lines += [f"**{_md(entry['title'])}**", ""]
        lines += [f"> {line}".rstrip() for line in entry["text"].splitlines() or [""]]
        lines.append("")
    return "\n".join(lines)


_SELF_ASSESSMENT_NOTE = (
    "Each person's own ratings, 1 to 5, at the start, the mid-point and the end of the "
    "programme; only answers they marked for the coordinator."
)


def _score(value: int | None) -> str:
    return "—" if value is None else str(value)


def _self_assessment_markdown(document: dict[str, Any]) -> list[str]:
    """The self-assessment's section; nothing when the summary has none (an optional key)."""
    rows = document.get("self_assessment")
    if not rows:
        return []
    lines = ["## Self-assessment", "", _SELF_ASSESSMENT_NOTE, ""]
    lines += ["| person | statement | start | mid | end |", "|---|---|---|---|---|"]
    lines += [
        f"| {_md(_person(document, row['role']))} | {_md(row['text'])} | {_score(row['start'])} "
        f"| {_score(row['mid'])} | {_score(row['end'])} |"
        for row in rows
    ]
    return [*lines, ""]


def _self_assessment_html(document: dict[str, Any]) -> list[str]:
    rows = document.get("self_assessment")
    if not rows:
        return []
    out = [
        "<h2>Self-assessment</h2>",
        f"<p>{_h(_SELF_ASSESSMENT_NOTE)}</p>",
        "<table>",
        "<tr><th>Person</th><th>Statement</th><th>Start</th><th>Mid</th><th>End</th></tr>",
    ]
    for row in rows:
        scores = "".join(
            f'<td class="number">{_h(_score(row[k]))}</td>' for k in ("start", "mid", "end")
        )
        out.append(
            f"<tr><td>{_h(_person(document, row['role']))}</td><td>{_h(row['text'])}</td>"
            f"{scores}</tr>"
        )
    return [*out, "</table>"]


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


def to_html(document: dict[str, Any], tr: Translate = str) -> str:
    """The summary as one self-contained HTML page (inline CSS, no scripts, no links out).
    Every value is escaped; free text is shown as written, line breaks kept."""
    validate(document)
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_h(tr(_title(document)))}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        f"<h1>{_h(tr(_title(document)))}</h1>",
        f'<p class="meta">{_h(tr(_meta(document)))}</p>',
        f"<h2>{_h(tr(msg('The pair and the meetings')))}</h2>",
        "<table>",
        *(
            f"<tr><th>{_h(tr(label))}</th><td>{_h(tr(value))}</td></tr>"
            for label, value in _facts(document)
        ),
        "</table>",
        f"<h2>{_h(tr(msg('Goals')))}</h2>",
    ]
    if not document["goals"]:
        out.append(f'<p class="empty">{_h(tr(msg("No goals are shared.")))}</p>')
    for goal in document["goals"]:
        figures = tr(_figures(goal, tr(_person(document, goal["learner"]))))
        out += [f"<h3>{_h(goal['title'])}</h3>", f'<p class="figures">{_h(figures)}.</p>']
        if goal["milestones"]:
            out.append('<ul class="milestones">')
            for milestone in goal["milestones"]:
                mark = "☑" if milestone["done_on"] else "☐"
                done = milestone["done_on"] and " " + tr(
                    msg("(done {day})", day=milestone["done_on"])
                )
                out.append(f"<li>{mark} {_h(milestone['title'])}{_h(done or '')}</li>")
            out.append("</ul>")
        if goal["history"]:
            steps = " · ".join(f"{p['date']}: {p['percent']}%" for p in goal["history"])
            over_time = tr(msg("Progress over time: {steps}", steps=steps))
            out.append(f'<p class="series">{_h(over_time)}</p>')
    topics = document["topics"]
    covered = msg("%n shared topic(s) covered.", n=topics["covered_count"])
    out += [f"<h2>{_h(tr(msg('Topics covered')))}</h2>", f"<p>{_h(tr(covered))}</p>"]
    if topics["covered"]:
        out += ["<ul>", *(f"<li>{_h(t['title'])}</li>" for t in topics["covered"]), "</ul>"]
    pulse = document["pulse"]
    checks = msg("%n shared check-in(s). Averages (1 to 5):", n=pulse["check_ins"])
    out += [
        f"<h2>{_h(tr(msg('Pulse')))}</h2>",
        f"<p>{_h(tr(checks))}</p>",
        "<table>",
        *(
            f'<tr><th>{_h(tr(_RATING_LABELS[k]))}</th><td class="number">{_h(_number(v))}</td></tr>'
            for k, v in pulse["averages"].items()
        ),
        "</table>",
    ]
    if pulse["trend"]:
        steps = " · ".join(f"{p['date']}: {_number(p['overall'])}" for p in pulse["trend"])
        out.append(
            f'<p class="series">{_h(tr(msg("Overall over time: {steps}", steps=steps)))}</p>'
        )
    out += _self_assessment_html(document)
    out.append(f"<h2>{_h(tr(msg('Reflections and meeting notes')))}</h2>")
    if not document["shared_entries"]:
        out.append(f'<p class="empty">{_h(tr(_NO_TEXTS))}</p>')
    for entry in document["shared_entries"]:
        out += ['<div class="entry">', f"<h3>{_h(tr(_entry_heading(document, entry)))}</h3>"]
        if entry["title"]:
            out.append(f'<p class="prompt">{_h(entry["title"])}</p>')
        out += [f'<div class="text">{_h(entry["text"])}</div>', "</div>"]
    out += ["</body>", "</html>", ""]
    return "\n".join(out)

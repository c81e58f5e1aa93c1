"""The messages below the UI (services, store, files, paths): find them, mark them, extract them.

    scripts/messages.py check              list each unmarked message as file:line
    scripts/messages.py mark FILE...       wrap each unmarked message in msg(…) in place
    scripts/messages.py shadow FOLDER      write what lupdate reads (used by scripts/translations)

A message is the text given to one of our errors (`raise errors.ValidationError("…")`, any
subclass of RmdeskError, found by reading the class definitions) or to a parameter named
message, label or what of a function or dataclass below the UI (an undo label, say);
marked, it reads `msg("template {name}", name=value)` (rmdesk/i18n.py). `check` also
reports a msg() whose placeholders and parameters differ. `mark` turns an f-string into a
template with named parameters: `{pair.title}` becomes `{title}`, `title=pair.title`, and
`{exc}` becomes `{error}`; look at what it wrote, name a parameter better where its guess is
poor, then run `ruff check --fix` (the import's place) and `ruff format`.
"""

from __future__ import annotations

import ast
import io
import re
import string
import sys
import tokenize
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "rmdesk"
MARKER = "msg"
IMPORT = f"from rmdesk.i18n import {MARKER}"


def scanned() -> list[Path]:
    """Every module below the UI whose messages a user may read in the window."""
    found = [
        p for folder in ("services", "store") for p in sorted((PACKAGE / folder).rglob("*.py"))
    ]
    return found + [PACKAGE / name for name in ("files.py", "paths.py", "settings.py", "errors.py")]


def error_names(paths: list[Path] | None = None) -> set[str]:
    """RmdeskError and the names of all its subclasses defined under rmdesk/ (by reading)."""
    bases: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")) if paths is None else paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {_name(b) for b in node.bases}
    names = {"RmdeskError"}
    while True:
        more = {cls for cls, parents in bases.items() if parents & names} - names
        if not more:
            return names
        names |= more


def _name(node: ast.AST) -> str:
    if isinstance(node, ast.Attribute):
        return node.attr
    return node.id if isinstance(node, ast.Name) else ""


def _has_words(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return any(c.isalpha() for c in node.value)
    if isinstance(node, ast.JoinedStr):
        return any(_has_words(part) for part in node.values)
    return False


# Parameters that take text a user reads: a function or dataclass below the UI with one of
# these takes a message there (an undo label, a field's label in a message, "what" a file is).
MESSAGE_PARAMETERS = {"message", "label", "what"}


def message_takers(paths: list[Path] | None = None) -> dict[str, set[int | str]]:
    """Each callable that takes a message -> its positions and keywords that hold one: our
    errors (the first argument), and functions and dataclasses below the UI with a
    parameter named in MESSAGE_PARAMETERS."""
    takers: dict[str, set[int | str]] = {
        name: {0, "message"} for name in error_names(_with_package(paths))
    }
    for path in _with_package(paths):
        if (PACKAGE / "ui") in path.parents:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.FunctionDef):
                names = [a.arg for a in node.args.posonlyargs + node.args.args]
                names = names[1:] if names[:1] in (["self"], ["cls"]) else names
                names += [a.arg for a in node.args.kwonlyargs]
            elif isinstance(node, ast.ClassDef) and any(
                "dataclass" in ast.unparse(d) for d in node.decorator_list
            ):
                names = [
                    s.target.id
                    for s in node.body
                    if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)
                ]
            wanted = {i for i, name in enumerate(names) if name in MESSAGE_PARAMETERS}
            if wanted:
                takers.setdefault(node.name, set()).update(wanted, MESSAGE_PARAMETERS)
    return takers


def _with_package(paths: list[Path] | None) -> list[Path]:
    return sorted(PACKAGE.rglob("*.py")) + [p for p in paths or [] if PACKAGE not in p.parents]


def unmarked(path: Path, takers: dict[str, set[int | str]]) -> list[ast.expr]:
    """The literal texts handed to one of our errors (or another taker of messages) in `path`
    without msg()."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and _name(node.func) in takers:
            where = takers[_name(node.func)]
            texts = [a for i, a in enumerate(node.args) if i in where]
            texts += [k.value for k in node.keywords if k.arg in where]
            found.extend(text for text in texts if _has_words(text))
    return found


def check(paths: list[Path] | None = None) -> list[str]:
    """`file:line: what to do` for every unmarked message, every msg() whose template is not
    one literal (the extraction reads it from the source), and every module that hides the
    marker under a local name; the test's failure message."""
    takers = message_takers(paths)
    found = []
    for path in paths or scanned():
        where = path.relative_to(REPO) if REPO in path.parents else path
        for text in sorted(unmarked(path, takers), key=lambda t: t.lineno):
            found.append(f"{where}:{text.lineno}: mark {ast.unparse(text)[:60]}")
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and _name(node.func) == MARKER
                and not (
                    node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)
                )
            ):
                found.append(f"{where}:{node.lineno}: give {MARKER}() its template as one literal")
            elif isinstance(node, ast.Call) and _name(node.func) == MARKER:
                found += [f"{where}:{node.lineno}: {p}" for p in _placeholder_problems(node)]
            if (
                isinstance(node, ast.Name | ast.arg)
                and getattr(node, "id", getattr(node, "arg", "")) == MARKER
                and isinstance(getattr(node, "ctx", ast.Store()), ast.Store)
            ):
                found.append(f"{where}:{node.lineno}: a local name hides {MARKER}()")
    return found


def _placeholder_problems(call: ast.Call) -> list[str]:
    """A msg() whose template names a parameter it is not given (it would fail as it is
    raised) or is given one its template does not use (a translator would not see it)."""
    template = call.args[0]
    assert isinstance(template, ast.Constant) and isinstance(template.value, str)
    if any(k.arg is None for k in call.keywords):
        return []  # msg("…", **values): cannot tell
    try:
        fields = {
            name.split(".")[0].split("[")[0]
            for _, name, _, _ in string.Formatter().parse(template.value)
            if name is not None
        }
    except ValueError as exc:
        return [f"the template is not a valid format string ({exc})"]
    given = {k.arg for k in call.keywords}
    problems = [
        f"the template uses {{{name}}}, which is not given" for name in sorted(fields - given)
    ]
    problems += [
        f"{name}= is given but the template does not use it"
        for name in sorted(given - fields - {"n"})
    ]
    if ("%n" in template.value) != any(k.arg == "n" for k in call.keywords):
        problems.append("a count is written %n in the template and given as n=")
    return problems


# --- mark -----------------------------------------------------------------------------------


def _parameter_name(expression: ast.expr) -> str:
    if isinstance(expression, ast.Name):
        return "error" if expression.id in ("exc", "err") else expression.id
    if isinstance(expression, ast.Attribute):
        return expression.attr
    if isinstance(expression, ast.Call) and _name(expression.func) == "len":
        return "count"
    if isinstance(expression, ast.Call):
        return _name(expression.func).strip("_") or "value"
    return "value"


def _placeholders(raw: str) -> list[tuple[int, int]]:
    """(start, end) of each `{…}` replacement field in an f-string token's text."""
    spans, i, depth, start, quote = [], 0, 0, 0, ""
    body_start = raw.index(raw.lstrip("rRfFbBuU")[0])
    i = body_start
    while i < len(raw):
        c = raw[i]
        if depth and quote:
            if c == quote:
                quote = ""
        elif depth and c in "'\"":
            quote = c
        elif c == "{":
            if depth == 0 and raw[i : i + 2] == "{{":
                i += 2
                continue
            if depth == 0:
                start = i
            depth += 1
        elif c == "}":
            if depth == 0:
                i += 2 if raw[i : i + 2] == "}}" else 1
                continue
            depth -= 1
            if depth == 0:
                spans.append((start, i + 1))
        i += 1
    return spans


def _template_token(raw: str, names: list[str], fields: list[ast.FormattedValue]) -> str:
    """A string token rewritten as a template: f dropped, each field `{name!r:spec}`."""
    prefix = raw[: len(raw) - len(raw.lstrip("rRfFbBuU"))]
    if "f" not in prefix.lower():
        body = raw[len(prefix) :]
        return prefix + body.replace("{", "{{").replace("}", "}}")
    spans = _placeholders(raw)
    assert len(spans) == len(fields), raw
    out, last = [], 0
    for (start, end), name, field in zip(spans, names, fields, strict=True):
        conversion = "" if field.conversion < 0 else "!" + chr(field.conversion)
        spec = ""
        if field.format_spec is not None:
            spec = ":" + "".join(
                str(p.value) for p in field.format_spec.values if isinstance(p, ast.Constant)
            )
        out += [raw[last:start], "{", name, conversion, spec, "}"]
        last = end
    out.append(raw[last:])
    text = "".join(out)
    return text[: len(prefix)].replace("f", "").replace("F", "") + text[len(prefix) :]


def _string_spans(
    tokens: list[tokenize.TokenInfo], offset: Callable[[int, int], int]
) -> list[tuple[int, int]]:
    """Where each string literal of the tokens starts and ends. Python 3.12 and later
    tokenize an f-string as FSTRING_START … FSTRING_END (nested ones inside), older ones
    as one STRING."""
    spans: list[tuple[int, int]] = []
    depth, begun = 0, 0
    for token in tokens:
        kind = tokenize.tok_name[token.type]
        if kind == "STRING" and depth == 0:
            spans.append((offset(*token.start), offset(*token.end)))
        elif kind == "FSTRING_START":
            if depth == 0:
                begun = offset(*token.start)
            depth += 1
        elif kind == "FSTRING_END":
            depth -= 1
            if depth == 0:
                spans.append((begun, offset(*token.end)))
    return spans


def _mark_one(source: str, node: ast.expr) -> str:
    """The source of `node` (a literal message) as msg("template", name=value, …)."""
    fields: list[ast.FormattedValue] = []
    for part in ast.walk(node):
        if isinstance(part, ast.JoinedStr):
            fields.extend(v for v in part.values if isinstance(v, ast.FormattedValue))
    names, params = [], {}
    for field in fields:
        expression = ast.unparse(field.value)
        name = _parameter_name(field.value)
        suffix = 1
        while name in params and params[name] != expression:
            suffix += 1
            name = f"{_parameter_name(field.value)}{suffix}"
        params[name] = expression
        names.append(name)
    tokens = [t for t in tokenize.generate_tokens(io.StringIO(source).readline)]
    out, cursor, lines = [], 0, source.splitlines(keepends=True)

    def offset(row: int, col: int) -> int:
        return sum(len(line) for line in lines[: row - 1]) + col

    for start, end in _string_spans(tokens, offset):
        own = _fields_of(source[start:end])
        mine, names = names[: len(own)], names[len(own) :]
        out += [source[cursor:start], _template_token(source[start:end], mine, own)]
        cursor = end
    out.append(source[cursor:])
    arguments = "".join(f", {name}={expression}" for name, expression in params.items())
    return f"{MARKER}(" + "".join(out) + arguments + ")"


def _fields_of(raw: str) -> list[ast.FormattedValue]:
    value = ast.parse(raw, mode="eval").body
    if isinstance(value, ast.JoinedStr):
        return [v for v in value.values if isinstance(v, ast.FormattedValue)]
    return []


def mark(path: Path, takers: dict[str, set[int | str]] | None = None) -> int:
    """Wrap each unmarked message of `path` in msg(…); returns how many."""
    text = path.read_text(encoding="utf-8")
    found = unmarked(path, takers or message_takers([path]))
    if not found:
        return 0
    lines = text.splitlines(keepends=True)
    encoded = [line.encode("utf-8") for line in lines]

    def position(row: int, col: int) -> int:  # ast columns count UTF-8 bytes
        return sum(len(line) for line in lines[: row - 1]) + len(encoded[row - 1][:col].decode())

    for node in sorted(found, key=lambda n: (n.lineno, n.col_offset), reverse=True):
        assert node.end_lineno is not None and node.end_col_offset is not None
        start = position(node.lineno, node.col_offset)
        end = position(node.end_lineno, node.end_col_offset)
        text = text[:start] + _mark_one(text[start:end], node) + text[end:]
    if IMPORT not in text:
        first = re.search(r"^from rmdesk[ .]", text, re.MULTILINE)
        at = first.start() if first else text.index("\n\n\n")
        text = text[:at] + IMPORT + "\n" + text[at:]
    path.write_text(text, encoding="utf-8")
    return len(found)


# --- shadow: what lupdate reads --------------------------------------------------------------


def marked(path: Path) -> list[tuple[int, str, bool]]:
    """(line, template, has a count) for each msg("…") in `path`."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and _name(node.func) == MARKER
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            counted = any(k.arg == "n" for k in node.keywords) or len(node.args) > 1
            found.append((node.lineno, node.args[0].value, counted))
    return found


def shadow(folder: Path) -> list[Path]:
    """For each module with messages, a file lupdate reads at the same path under `folder`:
    each message as `translate("messages", "…")` on the line it has in the module, so the
    .ts file points translators at the right line."""
    written = []
    for path in sorted(PACKAGE.rglob("*.py")):
        found = marked(path)  # the window's too: a count text outside a QObject uses msg()
        if not found:
            continue
        lines = [""] * max(line for line, _, _ in found)
        for line, template, counted in found:
            # lupdate takes a call as a count text only when the count is a literal.
            call = f"translate({'messages'!r}, {template!r}{', None, 1' if counted else ''})"
            lines[line - 1] = (lines[line - 1] + "; " if lines[line - 1] else "") + call
        target = folder / path.relative_to(REPO)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("\n".join(lines) + "\n", encoding="utf-8")
        written.append(target)
    return written


def main(argv: list[str]) -> int:
    if argv[:1] == ["check"]:
        problems = check()
        print("\n".join(problems) or "every message is marked")
        return 1 if problems else 0
    if argv[:1] == ["mark"] and argv[1:]:
        takers = message_takers([Path(name).resolve() for name in argv[1:]])
        for name in argv[1:]:
            print(f"{name}: {mark(Path(name), takers)} marked")
        return 0
    if argv[:1] == ["shadow"] and len(argv) == 2:
        for path in shadow(Path(argv[1])):
            print(path)
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

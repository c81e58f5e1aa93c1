"""Messages below the UI: marked for translation, English unchanged, none left bare."""

from __future__ import annotations

import importlib.util
import pickle
import textwrap
from pathlib import Path

from rmdesk import errors
from rmdesk.i18n import Message, english_forms, msg
from tests.conftest import REPO


def _scripts_messages():  # noqa: ANN202
    spec = importlib.util.spec_from_file_location("messages", REPO / "scripts" / "messages.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_message_reads_as_its_english_text() -> None:
    """The CLI and the tests read a marked message as the filled-in English text."""
    text = msg("{path} is not a dump ({size:,} bytes, {kind!r}).", path="x", size=12345, kind="a")
    assert text == "x is not a dump (12,345 bytes, 'a')."
    assert isinstance(text, str) and isinstance(text, Message)
    assert text.template == "{path} is not a dump ({size:,} bytes, {kind!r})."
    assert str(errors.ValidationError(text, "path")) == text


def test_a_count_takes_its_english_form() -> None:
    """ "%n" texts follow the window's convention: one entry, two entries."""
    assert msg("%n entr(y|ies) in {pair}", n=1, pair="A & B") == "1 entry in A & B"
    assert msg("%n entr(y|ies) in {pair}", n=2, pair="A & B") == "2 entries in A & B"
    assert msg("%n meeting(s)", n=0) == "0 meetings"
    assert english_forms("%n goal(s)") == ("%n goal", "%n goals")


def test_literal_braces_and_pickling_survive() -> None:
    """Doubled braces come out single; a message crosses a process boundary whole."""
    text = msg('"{{format}}" is missing in {source}.', source="f")
    assert text == '"{format}" is missing in f.'
    again = pickle.loads(pickle.dumps(text))
    assert (again, again.template, again.params) == (text, text.template, text.params)


def test_every_message_below_the_ui_is_marked() -> None:
    """Each text given to one of our errors in services, store, files, paths and settings
    goes through msg(), so a translator can translate it."""
    problems = _scripts_messages().check()
    assert not problems, (
        f"{len(problems)} message(s) to mark for translation: write msg('template {{name}}', "
        "name=value) (rmdesk/i18n.py), or run `.venv/bin/python scripts/messages.py mark FILE` "
        "and check the parameter names it chose; then scripts/translations.\n" + "\n".join(problems)
    )


def test_the_check_finds_what_a_translator_would_miss(tmp_path: Path) -> None:
    """A bare message, an f-string inside msg(), a local `msg`, and a template whose
    placeholders and parameters differ are each reported."""
    module = tmp_path / "service.py"
    module.write_text(
        textwrap.dedent(
            """
            from rmdesk import errors
            from rmdesk.i18n import msg
            class OddError(errors.ValidationError):
                pass
            def f(x):
                raise OddError(f"{x} is odd.")
            def g(x):
                raise errors.NotFoundError(msg(f"No {x}."))
            def h(msg):
                raise errors.RmdeskError(message="Plain words.")
            def k(x):
                raise errors.RmdeskError(msg("{path} and {other}", path=x, extra=1))
            """
        )
    )
    found = _scripts_messages().check([module])
    lines = sorted(int(line.split(": ")[0].rsplit(":", 1)[1]) for line in found)
    assert lines == [7, 9, 10, 11, 13, 13], found


def test_mark_turns_an_fstring_into_a_template(tmp_path: Path) -> None:
    """The marking tool writes named parameters and keeps the English text."""
    module = tmp_path / "service.py"
    module.write_text(
        "from rmdesk import errors\n\n\n"
        "def f(pair, exc, n):\n"
        '    raise errors.RmdeskError(\n        f"{pair.title} failed ({exc}); "\n'
        '        "try {n!r} again {{later}}."\n    )\n'
    )
    scripts = _scripts_messages()
    assert scripts.mark(module) == 1
    text = module.read_text()
    assert "from rmdesk.i18n import msg" in text
    assert 'msg("{title} failed ({error}); "' in text
    assert '"try {{n!r}} again {{{{later}}}}.", title=pair.title, error=exc)' in text
    assert scripts.check([module]) == []

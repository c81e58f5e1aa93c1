"""The one bridge from errors to the user: a message from a service comes out in the user's
language, its parameters filled in after translation; the .ts files hold every message."""

from __future__ import annotations

import ast
import importlib.util
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QLabel

from rmdesk import errors, i18n
from rmdesk.i18n import msg
from rmdesk.ui import messages
from rmdesk.ui.widgets.field_errors import FieldErrors
from tests.conftest import REPO

GERMAN = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>messages</name>
    <message>
        <source>The programme is not paused.</source>
        <translation>Das Programm ist nicht pausiert.</translation>
    </message>
    <message>
        <source>Restoring {source} failed ({error}).</source>
        <translation>Die Wiederherstellung von {source} schlug fehl ({error}).</translation>
    </message>
    <message numerus="yes">
        <source>%n entr(y|ies) left in {pair}</source>
        <translation>
            <numerusform>Noch %n Eintrag in {pair}</numerusform>
            <numerusform>Noch %n Einträge in {pair}</numerusform>
        </translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def german(qapp, tmp_path: Path) -> Iterator[None]:  # noqa: ANN001
    """A German translation of three messages, installed for the test only."""
    tool = Path(sys.executable).with_name("pyside6-lrelease")
    if not tool.exists():
        pytest.skip("pyside6-lrelease is not installed")
    (tmp_path / "de.ts").write_text(GERMAN, encoding="utf-8")
    subprocess.run(
        [str(tool), str(tmp_path / "de.ts"), "-qm", str(tmp_path / "de.qm")],
        check=True,
        capture_output=True,
        timeout=60,
    )
    translator = QTranslator()
    assert translator.load(str(tmp_path / "de.qm"))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_a_service_error_reads_in_the_users_language(german, desk, pair, qtbot) -> None:  # noqa: ANN001
    """A rule a service enforces is shown translated beside the form, not in English."""
    with pytest.raises(errors.ValidationError) as raised:
        desk.programme.resume(pair.uuid)
    assert str(raised.value) == "The programme is not paused."  # what the CLI prints
    general = QLabel()
    qtbot.addWidget(general)
    FieldErrors(general).show_error(raised.value)
    assert general.text() == "Das Programm ist nicht pausiert."


def test_parameters_are_filled_in_after_translation(german) -> None:  # noqa: ANN001
    """The template is translated, then the values go in; a message inside is translated
    too, and a count picks the language's plural form."""
    inner = errors.ValidationError(msg("The programme is not paused."))
    outer = errors.RmdeskError(
        msg("Restoring {source} failed ({error}).", source="a.db", error=inner)
    )
    assert str(outer) == "Restoring a.db failed (The programme is not paused.)."
    assert messages.text(outer) == (
        "Die Wiederherstellung von a.db schlug fehl (Das Programm ist nicht pausiert.)."
    )
    one = msg("%n entr(y|ies) left in {pair}", n=1, pair="A & B")
    assert messages.text(one) == "Noch 1 Eintrag in A & B"
    assert (
        messages.text(msg("%n entr(y|ies) left in {pair}", n=3, pair="A")) == "Noch 3 Einträge in A"
    )


def test_untranslated_messages_read_as_english(qapp) -> None:  # noqa: ANN001
    """Without a translation the user reads the English text, counts in their English form;
    plain text and foreign exceptions pass through."""
    assert messages.text(msg("%n goal(s) moved to {pair}", n=1, pair="A")) == "1 goal moved to A"
    assert messages.text(msg("%n goal(s) moved", n=2)) == "2 goals moved"
    assert messages.text(OSError("disk full")) == "disk full"
    assert messages.text("plain") == "plain"


def _marked_templates() -> set[str]:
    spec = importlib.util.spec_from_file_location("messages", REPO / "scripts" / "messages.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return {
        template
        for path in sorted((REPO / "rmdesk").rglob("*.py"))
        for _, template, _ in module.marked(path)
    }


def test_the_catalog_holds_every_message() -> None:
    """Each msg() template of services and the store is in rmdesk.ts under the context
    translators see for them: run scripts/translations after adding one."""
    tree = ET.parse(REPO / "resources" / "translations" / "rmdesk.ts")
    catalog = {
        m.findtext("source")
        for context in tree.iter("context")
        if context.findtext("name") == i18n.CONTEXT
        for m in context.iter("message")
    }
    missing = sorted(_marked_templates() - catalog)
    assert not missing, "run scripts/translations; not in rmdesk.ts:\n" + "\n".join(missing)


def test_the_window_shows_errors_through_the_bridge() -> None:
    """No page shows `str(exc)`: that is the English text; `messages.text(exc)` translates."""
    found = [
        f"{path.relative_to(REPO)}:{node.lineno}"
        for path in sorted((REPO / "rmdesk" / "ui").rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", "") == "str"
        and len(node.args) == 1
        and getattr(node.args[0], "id", "") in ("exc", "error", "err")
    ]
    assert not found, "use messages.text(exc) (rmdesk/ui/messages.py):\n" + "\n".join(found)

"""Strings wrapped for translation: no bare text where the user reads it, lupdate finds the
strings, and an installed translation changes what the window says."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from rmdesk.ui import i18n
from tests.conftest import REPO

UI = REPO / "rmdesk" / "ui"
PRODUCT_NAME = "rmdesk"  # a name, the same in every language (the window title)
# Calls whose first argument the user reads (or hears): it must come from tr()/translate().
TEXT_METHODS = {
    "setText",
    "setToolTip",
    "setPlaceholderText",
    "setWindowTitle",
    "showMessage",
    "setStatusTip",
    "setAccessibleName",
    "setAccessibleDescription",
    "setTitle",
    "addMenu",
    "addTab",
    "setLabelText",
    "setWhatsThis",
    "addRow",
    "addItem",
    "setSuffix",
    "setPrefix",
    "setSpecialValueText",
    "setInformativeText",
    "setDetailedText",
    "addSection",
    "set_empty_text",
    "show_error",
}
TEXT_CLASSES = {
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QToolButton",
    "QMenu",
    "QToolBar",
    "QListWidgetItem",
    "QTableWidgetItem",
    "QStandardItem",
}
# Calls with user-visible text at other positions (0-based), e.g. QMessageBox.question's
# title and text, a file dialog's caption and filter, the field factories' accessible name.
TEXT_POSITIONS = {
    "question": (1, 2),
    "information": (1, 2),
    "warning": (1, 2),
    "critical": (1, 2),
    "QMessageBox": (1, 2),
    "getSaveFileName": (1, 3),
    "getOpenFileName": (1, 3),
    "getOpenFileNames": (1, 3),
    "getExistingDirectory": (1,),
    "setTabText": (1,),
    "setItemText": (1,),
    "setTabToolTip": (1,),
    "text_box": (1, 2),
    "date_box": (1,),
    "show_error": (1,),
}
# Calls whose first argument is a list of texts (each element is checked).
TEXT_LISTS = {"setHorizontalHeaderLabels", "setVerticalHeaderLabels", "addItems", "setHeaderLabels"}
# Qt properties passed as keywords to a constructor.
TEXT_KEYWORDS = {
    "text",
    "toolTip",
    "placeholderText",
    "windowTitle",
    "accessibleName",
    "accessibleDescription",
    "statusTip",
    "whatsThis",
    "specialValueText",
    "suffix",
    "prefix",
}
# Signals that carry a message for the status bar: `self.status_message.emit("…")`.
MESSAGE_SIGNALS = {"status_message", "message"}


def _has_words(text: str) -> bool:
    """Letters outside HTML tags (`<a href="…">` around a link is markup, not words)."""
    return any(c.isalpha() for c in re.sub(r"<[^<>]*>?|^[^<>]*>", "", text))


def _is_text(node: ast.AST) -> bool:
    """A literal with words in it (an f-string counts): not a name, number or separator."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value != PRODUCT_NAME and _has_words(node.value)
    if isinstance(node, ast.JoinedStr):
        return _has_words(
            "".join(str(p.value) if isinstance(p, ast.Constant) else "{}" for p in node.values)
        )
    if isinstance(node, ast.IfExp):  # "a" if x else "b"
        return _is_text(node.body) or _is_text(node.orelse)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):  # "a" + x
        return _is_text(node.left) or _is_text(node.right)
    return False


def _shown_arguments(node: ast.Call) -> list[ast.AST]:
    """The arguments of a call that the user reads, by the rules above."""
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    shown: list[ast.AST] = []
    if node.args and (name in TEXT_METHODS or name in TEXT_CLASSES):
        shown.append(node.args[0])
    for position in TEXT_POSITIONS.get(name, ()):
        if position < len(node.args):
            shown.append(node.args[position])
    if node.args and name in TEXT_LISTS and isinstance(node.args[0], ast.List | ast.Tuple):
        shown.extend(node.args[0].elts)
    if (
        name == "emit"
        and node.args
        and isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Attribute)
        and func.value.attr in MESSAGE_SIGNALS
    ):
        shown.append(node.args[0])
    if name in TEXT_CLASSES or name in TEXT_POSITIONS or name[:1] == "Q":
        shown.extend(k.value for k in node.keywords if k.arg in TEXT_KEYWORDS)
    return shown


def bare_strings(path: Path) -> list[str]:
    """`file:line text` for each user-visible literal not passed through translation."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        for argument in _shown_arguments(node):
            if _is_text(argument):
                found.append(f"{path.relative_to(REPO)}:{node.lineno} {ast.unparse(argument)}")
    return found


def _scanned() -> list[Path]:
    return [path for path in sorted(UI.rglob("*.py"))]


def test_no_bare_user_visible_strings() -> None:
    """Every label, button, tooltip, title and status message is translatable."""
    problems = [line for path in _scanned() for line in bare_strings(path)]
    assert problems == [], f"{len(problems)} bare strings, e.g.:\n" + "\n".join(problems[:40])


def _lupdate(tmp_path: Path) -> str:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    if not tool.exists():
        pytest.skip("pyside6-lupdate is not installed")
    target = tmp_path / "rmdesk.ts"
    sources = [str(p) for p in sorted(UI.rglob("*.py"))]
    subprocess.run(
        [str(tool), *sources, "-ts", str(target)], check=True, capture_output=True, timeout=120
    )
    return target.read_text(encoding="utf-8")


def _translated(catalog: str, source: str, translation: str) -> str:
    """The catalog with `source` (as the .ts spells it) given a finished translation."""
    return catalog.replace(
        f'<source>{source}</source>\n        <translation type="unfinished"></translation>',
        f"<source>{source}</source>\n        <translation>{translation}</translation>",
    )


def test_lupdate_extracts_the_window_text(tmp_path: Path) -> None:
    """The Qt tool translators use finds the pages, dialogs and messages."""
    catalog = _lupdate(tmp_path)
    for text in (
        "New goal",
        "Backups",
        "&amp;Back up now",
        "Plan meeting",
        "1 match",
        "{n} matches",
        "Private (only me)",
        "Export progress summary: {pair}",
    ):
        assert f"<source>{text}</source>" in catalog, text
    assert catalog.count("<source>") > 720  # 808 when the pages and dialogs were wrapped


def test_an_installed_translation_changes_the_window(qtbot, desk, tmp_path) -> None:  # noqa: ANN001
    """A .qm for the locale is loaded and a page and a dialog come out translated."""
    tool = Path(sys.executable).with_name("pyside6-lrelease")
    if not tool.exists():
        pytest.skip("pyside6-lrelease is not installed")
    catalog = _lupdate(tmp_path)
    german = _translated(catalog, "New goal", "Neues Ziel")
    german = _translated(german, "Backups", "Sicherungen")
    assert german.count("<translation>") >= 2
    (tmp_path / "rmdesk_de.ts").write_text(german, encoding="utf-8")
    subprocess.run(
        [str(tool), str(tmp_path / "rmdesk_de.ts"), "-qm", str(tmp_path / "rmdesk_de.qm")],
        check=True,
        capture_output=True,
        timeout=60,
    )
    from PySide6.QtWidgets import QApplication

    from rmdesk.ui.dialogs.backups_dialog import BackupsDialog
    from rmdesk.ui.pages.goals import GoalsPage

    app = QApplication.instance()
    loaded = i18n.install(app, QLocale("de"), tmp_path)
    try:
        assert any(path.endswith("rmdesk_de.qm") for path in loaded)
        page = GoalsPage(desk.goals)
        qtbot.addWidget(page)
        assert page.new_button.text() == "Neues Ziel"
        dialog = BackupsDialog(desk)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Sicherungen"
    finally:
        from PySide6.QtCore import QTranslator

        for translator in app.findChildren(QTranslator):
            app.removeTranslator(translator)
            translator.deleteLater()


def test_english_loads_only_its_plural_forms() -> None:
    """In English only rmdesk_en (plural forms) is loaded: the source text is the English
    text, and Qt's own translations are not needed."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    loaded = i18n.install(app, QLocale("en_GB"))
    assert [Path(p).name for p in loaded] == ["rmdesk_en.qm"]


def test_english_counts_read_naturally(qapp) -> None:  # noqa: ANN001
    """Texts with a count take their English forms from rmdesk_en: one meeting, two meetings."""
    from PySide6.QtCore import QCoreApplication

    def tr(text: str, n: int) -> str:
        return QCoreApplication.translate("ClosureDialog", text, None, n)

    assert tr("%n meeting(s) held", 1) == "1 meeting held"
    assert tr("%n meeting(s) held", 2) == "2 meetings held"
    entries = "{chosen} of %n entr(y|ies) included."
    assert (
        QCoreApplication.translate("ExportDialog", entries, None, 1)
        == "{chosen} of 1 entry included."
    )


def test_every_count_text_has_its_english_forms() -> None:
    """Each `%n` text of the window is in rmdesk_en.ts with both forms filled, so no user
    reads "meeting(s)": run scripts/translations after adding one."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(REPO / "resources" / "translations" / "rmdesk_en.ts")
    filled = {
        m.findtext("source")
        for m in tree.iter("message")
        if all(f.text for f in m.iter("numerusform"))
    }
    wanted = set()
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and "%n" in node.value
            ):
                wanted.add(node.value)
    assert wanted and wanted <= filled, sorted(wanted - filled)

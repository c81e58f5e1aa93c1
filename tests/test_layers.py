"""The layer rules of docs/architecture.md, enforced by reading every module's imports with `ast`.

Every import counts, wherever it is: at the top, inside a function, under TYPE_CHECKING,
relative (`from ..store import db`) or dynamic (`importlib.import_module("PySide6")`).
"""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "rmdesk"


def module_name(path: Path, root: Path = REPO) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path, root: Path = REPO) -> Iterator[tuple[int, str]]:
    """(line, absolute dotted name) for everything a module imports.

    `from a.b import c` yields `a.b.c`, since c may be a submodule; a rule about `a.b`
    matches it either way.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = module_name(path, root)
    if path.name != "__init__.py":
        package = package.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                yield node.lineno, f"{base}.{alias.name}"
        elif (
            isinstance(node, ast.Call)
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and (
                (isinstance(node.func, ast.Name) and node.func.id == "__import__")
                or (isinstance(node.func, ast.Attribute) and node.func.attr == "import_module")
            )
        ):
            yield node.lineno, node.args[0].value


def under(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def sources(*folders: str) -> list[Path]:
    found = [p for folder in folders for p in sorted((PACKAGE / folder).rglob("*.py"))]
    assert found, f"no modules found under {folders}"
    return found


def violations(files: list[Path], forbidden: tuple[str, ...]) -> list[str]:
    return [
        f"{path.relative_to(REPO)}:{line} imports {name}"
        for path in files
        for line, name in imports(path)
        if any(under(name, prefix) for prefix in forbidden)
    ]


def test_import_scanner_sees_every_form(tmp_path: Path) -> None:
    """The scanner catches nested, relative, aliased and dynamic imports (guards the guards)."""
    module = tmp_path / "rmdesk" / "ui" / "pages" / "x.py"
    module.parent.mkdir(parents=True)
    module.write_text(
        textwrap.dedent(
            """
            import sqlite3 as lite
            from ..widgets import form
            from ... import store
            def later():
                from PySide6.QtCore import Qt
                import importlib
                return importlib.import_module("sqlite_utils")
            """
        )
    )
    names = {name for _, name in imports(module, root=tmp_path)}
    assert {
        "sqlite3",
        "rmdesk.ui.widgets.form",
        "rmdesk.store",
        "PySide6.QtCore.Qt",
        "sqlite_utils",
    } <= names


def test_ui_never_touches_sql_or_the_store() -> None:
    """Widgets never run SQL: nothing under rmdesk/ui imports sqlite3, sqlite_utils or the store."""
    found = violations(sources("ui"), ("sqlite3", "sqlite_utils", "rmdesk.store"))
    assert not found, "\n".join(found)


def test_logic_never_imports_qt() -> None:
    """domain, store and services never import PySide6, so they run without a window."""
    found = violations(sources("domain", "store", "services"), ("PySide6", "shiboken6"))
    assert not found, "\n".join(found)


def test_domain_imports_only_domain() -> None:
    """rmdesk/domain imports nothing of ours except rmdesk.domain itself."""
    found = [
        f"{path.relative_to(REPO)}:{line} imports {name}"
        for path in sources("domain")
        for line, name in imports(path)
        if under(name, "rmdesk") and not under(name, "rmdesk.domain")
    ]
    assert not found, "\n".join(found)


def test_cli_and_services_load_without_qt() -> None:
    """Importing the CLI and its services does not load PySide6 (fast, headless commands)."""
    code = (
        "import sys\n"
        "import rmdesk.cli, rmdesk.services.dump, rmdesk.services.backups, rmdesk.services.check\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "assert 'PySide6' not in sys.modules, loaded\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=REPO
    )
    assert result.returncode == 0, result.stderr

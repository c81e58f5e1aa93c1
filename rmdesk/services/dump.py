"""A lossless JSON form of the whole desk: every row with its UUID and visibility.

The document has no timestamp of its own, so `load` then `dump` gives the same bytes.
See docs/dump-format.md.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from datetime import datetime
from pathlib import Path
from typing import Any

from rmdesk import errors, files, paths
from rmdesk.i18n import msg
from rmdesk.store import db, migrations, rows, schema
from rmdesk.store.db import Store

FORMAT = "rmdesk-dump"
VERSION = 1
KEYS_FIELD = "desk_keys"  # only in the encrypted full backup


def dump(store: Store) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "schema_version": store.schema_version,
        "tables": {table: rows.all_rows(store, table) for table in schema.TABLES},
    }


def full_backup(store: Store) -> dict[str, Any]:
    """The dump plus this desk's secret keys for the pair exchange (services/keys.py), for
    the encrypted full backup only: a plain dump never holds a secret key."""
    from rmdesk.services import keys

    document = dump(store)
    found = keys.load(store.paths)
    if found is not None:
        document[KEYS_FIELD] = found.text()
    return document


def encode(document: dict[str, Any]) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=1, sort_keys=False) + "\n").encode()


def write(store: Store, path: Path) -> Path:
    return files.write_atomic(Path(path), encode(dump(store)))


def write_encrypted(
    store: Store, path: Path, passphrase: str, *, cancel: threading.Event | None = None
) -> Path:
    """The encrypted full backup: the whole dump, private entries too, sealed with a
    passphrase in the age format, so it can be restored on another machine (or opened with
    `age -d`). Never in plaintext on disk; read back and decrypted before it replaces a file."""
    from rmdesk.services import export

    return export.export_bytes(
        encode(full_backup(store)), Path(path), passphrase=passphrase, cancel=cancel
    )


def write_encrypted_copy(
    data: paths.DataPaths,
    path: Path,
    passphrase: str,
    *,
    cancel: threading.Event | None = None,
) -> Path:
    """write_encrypted over a read connection of its own, so a worker thread can run it
    while the window keeps its connection."""
    from rmdesk.services import export

    with db.read_connection(data) as conn:
        document = full_backup(Store(conn, data, lock=None, read_only=True))
    if cancel is not None and cancel.is_set():
        from rmdesk.services import crypto

        raise crypto.CryptoCancelledError(msg("Cancelled; nothing was written."))
    return export.export_bytes(encode(document), Path(path), passphrase=passphrase, cancel=cancel)


def encrypt(store: Store, passphrase: str) -> bytes:
    """The encrypted full backup in memory (for stdout)."""
    from rmdesk.services import export

    return export.encrypt_bytes(encode(full_backup(store)), passphrase=passphrase)


def read(
    path: Path, passphrase: str | None = None, *, cancel: threading.Event | None = None
) -> dict[str, Any]:
    """A dump file, plain JSON or encrypted with a passphrase, decoded and validated."""
    from rmdesk.services import crypto

    data = files.read_bytes(path, files.LIMIT_DUMP, msg("a dump"))
    if crypto.looks_encrypted(data):
        if passphrase is None:
            raise errors.RmdeskError(
                msg(
                    "{path} is an encrypted backup; give its passphrase "
                    "(--passphrase-env VAR or --passphrase-file FILE).",
                    path=path,
                )
            )
        data = crypto.decrypt(data, passphrase=passphrase, cancel=cancel)
    return decode(data, str(path))


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not a number JSON allows")


def decode(data: bytes, source: str = "the dump") -> dict[str, Any]:
    try:
        document = json.loads(data, parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError) as exc:  # JSONDecodeError is a ValueError
        raise errors.DumpFormatError(
            msg("{source} is not valid JSON ({error}).", source=source, error=exc)
        ) from None
    except RecursionError:
        raise errors.DumpFormatError(
            msg(
                "{source} is not an rmdesk dump (its JSON is nested far too deeply).", source=source
            )
        ) from None
    validate(document, source)
    checked: dict[str, Any] = document
    return checked


def validate(document: Any, source: str = "the dump") -> None:
    """Structural checks with messages; the database's own constraints check the values."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise errors.DumpFormatError(
            msg(
                '{source} is not an rmdesk dump (no "format": "{FORMAT}").',
                source=source,
                FORMAT=FORMAT,
            )
        )
    version = document.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise errors.DumpFormatError(
            msg(
                "{source} is dump version {version}; this rmdesk reads version {VERSION}. "
                "Update rmdesk to load it.",
                source=source,
                version=version,
                VERSION=VERSION,
            )
        )
    schema_version = document.get("schema_version")
    if not isinstance(schema_version, int) or schema_version > migrations.LATEST_VERSION:
        raise errors.DumpFormatError(
            msg(
                "{source} comes from a newer rmdesk (schema {schema_version}).",
                source=source,
                schema_version=schema_version,
            )
        )
    if KEYS_FIELD in document and not isinstance(document[KEYS_FIELD], str):
        raise errors.DumpFormatError(
            msg('{source}: "{KEYS_FIELD}" must be text.', source=source, KEYS_FIELD=KEYS_FIELD)
        )
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise errors.DumpFormatError(msg('{source} has no "tables" object.', source=source))
    unknown = sorted(set(tables) - set(schema.TABLES))
    if unknown:
        raise errors.DumpFormatError(
            msg(
                "{source} has unknown tables: {unknown}.", source=source, unknown=", ".join(unknown)
            )
        )
    for table, table_rows in tables.items():
        # A dump from an older schema lacks the columns added since; they take defaults.
        expected = set(schema.columns_at(table, schema_version))
        if not isinstance(table_rows, list):
            raise errors.DumpFormatError(
                msg('{source}: "{table}" must be a list of rows.', source=source, table=table)
            )
        for index, row in enumerate(table_rows):
            if not isinstance(row, dict) or set(row) != expected:
                got = sorted(row) if isinstance(row, dict) else type(row).__name__
                raise errors.DumpFormatError(
                    msg(
                        '{source}: row {index} of "{table}" has the wrong fields ({got}).',
                        source=source,
                        index=index,
                        table=table,
                        got=got,
                    )
                )
            for column, value in row.items():
                problem = _type_problem(table, column, value) or _format_problem(column, value)
                if problem:
                    raise errors.DumpFormatError(
                        msg(
                            '{source}: row {index} of "{table}": {column} {problem}.',
                            source=source,
                            index=index,
                            table=table,
                            column=column,
                            problem=problem,
                        )
                    )


def load(store: Store, document: dict[str, Any], *, replace: bool = False) -> dict[str, int]:
    """Load a validated dump, all or nothing. Refuses a non-empty desk unless replace=True."""
    validate(document)
    if not replace and not rows.is_empty(store):
        raise errors.RmdeskError(
            msg(
                "The desk in {root} is not empty. Load into a new --data-dir, "
                "or pass --replace to replace its content (a backup is taken first).",
                root=store.paths.root,
            )
        )
    desk_keys = None
    if KEYS_FIELD in document:  # checked before any row is written: all or nothing
        from rmdesk.services import keys

        desk_keys = keys.parse(document[KEYS_FIELD], "The backup's desk keys").text()
    tables = {
        table: [
            {**schema.added_defaults(table), **row} for row in document["tables"].get(table, [])
        ]
        for table in schema.TABLES
    }
    try:
        rows.replace_all(store, tables)
    except errors.ValidationError as exc:
        raise errors.DumpFormatError(msg("The dump was not loaded: {error}", error=exc)) from exc
    except sqlite3.Error as exc:
        raise errors.DumpFormatError(msg("The dump was not loaded: {error}.", error=exc)) from exc
    if desk_keys is not None:
        from rmdesk.services import keys

        keys.restore(store.paths, desk_keys)
    return {table: len(table_rows) for table, table_rows in tables.items()}


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z")
_START = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_INT64 = (-(2**63), 2**63 - 1)


def _type_problem(table: str, column: str, value: Any) -> str | None:
    """The value's JSON type against the column's (the dataclass field's): text, a whole
    number in SQLite's range, 0/1 for a boolean, a UUID for an id; null only where allowed.
    Caught here, a hand-edited dump gets one line naming the table and the rule, never an
    "unexpected error" from deep in sqlite3."""
    declared = schema.column_types(table)[column]
    if value is None:
        return None if declared.endswith("| None") else "must not be null"
    base = declared.removesuffix(" | None")
    if base == "bool":
        if type(value) is not int or value not in (0, 1):
            return f"must be 0 or 1, not {_shown(value)}"
    elif base == "int":
        if type(value) is not int:
            return f"must be a whole number, not {_shown(value)}"
        if not _INT64[0] <= value <= _INT64[1]:
            return "is out of range (a whole number beyond 64 bits)"
    elif base == "str":
        if not isinstance(value, str):
            return f"must be text, not {_shown(value)}"
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return "holds a lone surrogate (\\ud800-\\udfff), which is not text"
        if (column == "uuid" or column.endswith("_uuid")) and not _UUID.fullmatch(value):
            return f"must be a UUID like 1b4e28ba-2fa1-41d2-883f-0000f87f0a6b, not {_shown(value)}"
    return None


def _shown(value: Any) -> str:
    """A short, printable picture of a bad value for the message."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, dict)):
        return "a list" if isinstance(value, list) else "an object"
    if isinstance(value, float):
        return repr(value)
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"


def _format_problem(column: str, value: Any) -> str | None:
    """Dates and times must be what the app can read back (a hand-edited dump may not be)."""
    if value is None:
        return None
    if column in schema.DATE_COLUMNS:
        pattern, example = _DATE, "2026-01-31"
    elif column in schema.STAMP_COLUMNS:
        pattern, example = _STAMP, "2026-01-31T09:00:00.000000Z"
    elif column in schema.START_COLUMNS:
        pattern, example = _START, "2026-01-31T09:00:00Z"
    else:
        return None
    if not isinstance(value, str) or not pattern.fullmatch(value):
        return f"must look like {example}, not {value!r}"
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return f"is not a real date ({value!r})"
    return None

"""dump/load: a lossless, versioned JSON form of the whole desk; load is all or nothing."""

from __future__ import annotations

import copy
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given

from rmdesk import errors, paths
from rmdesk.domain import models
from rmdesk.services import dump
from rmdesk.store import db, migrations, records, rows
from tests import platforms
from tests.services.desks import desks


def _fill(store: db.Store, desk: list[models.Record]) -> None:
    with store.atomic():
        for record in desk:
            records.insert(store, record)


@given(desks())
def test_dump_load_dump_round_trips_every_row(desk: list[models.Record]) -> None:
    """Any desk survives dump → JSON → load into an empty folder → dump, byte for byte."""
    with tempfile.TemporaryDirectory() as first, tempfile.TemporaryDirectory() as second:
        with db.open_store(paths.DataPaths(Path(first))) as source:
            _fill(source, desk)
            text = dump.encode(dump.dump(source))
        with db.open_store(paths.DataPaths(Path(second))) as target:
            dump.load(target, dump.decode(text))
            again = dump.encode(dump.dump(target))
    assert again == text
    document = json.loads(text)
    assert sum(len(v) for v in document["tables"].values()) == len(desk)
    uuids = {row["uuid"] for table in document["tables"].values() for row in table}
    assert uuids == {record.uuid for record in desk}


def _sample_document(store: db.Store) -> dict:
    pair = records.insert(
        store, models.Pair(mentor_name="Ada", mentee_name="Hal", start_date="2026-01-01")
    )
    records.insert(store, models.Goal(pair_uuid=pair.uuid, learner="mentee", title="Prompts"))
    return dump.dump(store)


def test_load_is_all_or_nothing(store: db.Store, tmp_path: Path) -> None:
    """A dump with one bad row at the end loads nothing at all."""
    document = _sample_document(store)
    bad = copy.deepcopy(document)
    pulse = models.Pulse(
        pair_uuid=document["tables"]["pairs"][0]["uuid"], on_date="2026-01-01", safety=9
    )
    bad["tables"]["pulses"] = [records.to_row(pulse)]
    with db.open_store(paths.DataPaths(tmp_path / "other")) as target:
        with pytest.raises(errors.DumpFormatError, match="not loaded.*1 to 5"):
            dump.load(target, bad)
        assert rows.is_empty(target)


def test_load_refuses_a_non_empty_desk_unless_replacing(store: db.Store) -> None:
    """Loading never silently merges into existing data."""
    document = _sample_document(store)
    with pytest.raises(errors.RmdeskError, match="not empty"):
        dump.load(store, document)
    changed = copy.deepcopy(document)
    changed["tables"]["goals"][0]["title"] = "Replaced"
    dump.load(store, changed, replace=True)
    assert rows.all_rows(store, "goals")[0]["title"] == "Replaced"


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.update(format="something-else"), "not an rmdesk dump"),
        (lambda d: d.update(version=99), "dump version 99"),
        (lambda d: d.update(schema_version=99), "newer rmdesk"),
        (lambda d: d.update(tables=[]), 'no "tables"'),
        (lambda d: d["tables"].update(photos=[]), "unknown tables: photos"),
        (lambda d: d["tables"]["goals"][0].pop("title"), "wrong fields"),
        (lambda d: d["tables"]["goals"][0].update(extra=1), "wrong fields"),
    ],
)
def test_malformed_dumps_get_clear_messages(store: db.Store, mutate, message: str) -> None:  # noqa: ANN001
    """Structural problems are named before anything is written."""
    document = _sample_document(store)
    mutate(document)
    with pytest.raises(errors.DumpFormatError, match=message):
        dump.validate(document)


def test_decode_rejects_non_json() -> None:
    """Bytes that are not JSON get a message, not a traceback."""
    with pytest.raises(errors.DumpFormatError, match="not valid JSON"):
        dump.decode(b"\xff\xfe not json", "f.json")


def test_written_dump_is_private_and_atomic(store: db.Store, tmp_path: Path) -> None:
    """The dump file is 0600 and no partial file is left behind."""
    _sample_document(store)
    target = dump.write(store, tmp_path / "desk.json")
    assert platforms.private(target)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize(
    ("table", "column", "value"),
    [
        ("pairs", "start_date", "2025-02-30"),
        ("goals", "target_date", "2026/12/31"),
        ("pairs", "created_at", "yesterday"),
    ],
)
def test_dates_the_app_cannot_read_are_refused(
    store: db.Store, table: str, column: str, value: str
) -> None:  # noqa: E501
    """A hand-edited date that would later break the app is named, and nothing is loaded."""
    document = _sample_document(store)
    document["tables"][table][0][column] = value
    with pytest.raises(errors.DumpFormatError, match=column):
        dump.validate(document)


def test_a_dump_from_schema_4_loads_with_defaults_for_later_columns(store: db.Store) -> None:
    """A dump written before the pause and early-end columns existed loads; those columns take
    their defaults. A current dump without them is refused as before."""
    from rmdesk.store import schema

    pair = records.insert(
        store, models.Pair(mentor_name="Ada", mentee_name="Hal", start_date="2026-01-01")
    )
    document = dump.dump(store)
    old_columns = set(schema.columns_at("pairs", 4))
    document["schema_version"] = 4
    document["tables"]["pairs"] = [
        {k: v for k, v in row.items() if k in old_columns} for row in document["tables"]["pairs"]
    ]
    with db.open_store(paths.DataPaths(store.paths.root.parent / "other")) as other:
        dump.load(other, document)
        loaded = records.get(other, models.Pair, pair.uuid)
        assert (loaded.paused_on, loaded.end_reason, loaded.end_reason_visibility) == (
            None,
            "",
            "private",
        )
    document["schema_version"] = migrations.LATEST_VERSION
    with pytest.raises(errors.DumpFormatError, match="wrong fields"):
        dump.validate(document)

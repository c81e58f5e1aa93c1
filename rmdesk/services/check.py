"""`rmdesk check`: schema version, integrity and row counts, without writing anything."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from rmdesk import errors, paths
from rmdesk.i18n import msg
from rmdesk.store import db, migrations, schema


@dataclass
class CheckReport:
    path: str
    schema_version: int
    latest_version: int
    integrity: str
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        upgrade = (
            "" if self.schema_version == self.latest_version else " (upgrades on the next start)"
        )
        out = [
            f"desk: {self.path}",
            f"schema: {self.schema_version} of {self.latest_version}{upgrade}",
            f"integrity: {self.integrity}",
        ]
        out += [f"{table}: {count}" for table, count in self.counts.items()]
        return out


def check(data: paths.DataPaths) -> CheckReport:
    """Raises DamagedStoreError/NewerSchemaError for files we cannot read at all."""
    if not data.database.exists():
        raise errors.RmdeskError(msg("There is no desk in {root} yet.", root=data.root))
    if data.database.stat().st_size == 0:
        # What a first start killed before SQLite wrote its first page (or a full disk)
        # leaves: an empty desk, which the next start fills in, not a damaged one.
        return CheckReport(
            str(data.database),
            0,
            migrations.LATEST_VERSION,
            "ok (empty file: no desk written yet)",
            dict.fromkeys(schema.TABLES, 0),
        )
    info = db.inspect(data.database, data)
    report = CheckReport(
        str(data.database), info.version, migrations.LATEST_VERSION, info.integrity
    )
    with db.read_connection(data) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        for table in schema.TABLES:
            if table in tables:
                report.counts[table] = int(
                    conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                )
            elif info.version >= 1:
                report.problems.append(f"table {table} is missing")
        try:
            broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        except sqlite3.Error as exc:
            broken = []
            report.problems.append(f"foreign key check failed: {exc}")
        if broken:
            report.problems.append(f"{len(broken)} rows point at records that do not exist")
    return report

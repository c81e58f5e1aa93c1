"""0003_search_prefixes: a desk at schema 2 gets the rebuilt index, every entry still found,
the triggers back in place (rebuilding an FTS table is where they are silently lost)."""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database

from rmdesk import paths
from rmdesk.store import db, migrations, search
from tests.store.test_search_store import add_action, add_pair, add_reflection


def _desk_at_schema_2(data_paths: paths.DataPaths) -> None:
    data_paths.ensure()
    conn = sqlite3.connect(data_paths.database, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        migrations.build().apply(Database(conn), stop_before="0003_search_prefixes")
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
        store = db.Store(conn, data_paths, lock=None, read_only=False)
        with store.atomic():
            add_pair(store, "p1")
            add_reflection(store, "r1", "We tried prompting with the dashboard")
            add_action(store, "a1", "Send the dashboard link")
    finally:
        conn.close()


def test_schema_2_desk_is_rebuilt_and_still_found(data_paths: paths.DataPaths) -> None:
    """After the upgrade the same words find the same entries, with the new prefixes."""
    _desk_at_schema_2(data_paths)
    with db.open_store(data_paths) as store:
        assert store.schema_version == migrations.LATEST_VERSION >= 3
        ddl = store.conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'search_index'"
        ).fetchone()[0]
        assert f"prefix = '{migrations.SEARCH_PREFIXES}'" in ddl
        triggers = {
            row[0]
            for row in store.conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")
        }
        expected = {
            f"{table}_search_{event}"
            for table in migrations.SEARCHED
            for event in ("ai", "ad", "au")
        }
        assert expected <= triggers
        assert {hit.uuid for hit in search.search(store.conn, "dashb")} == {"r1", "a1"}
        with store.atomic():  # the triggers work on the new table
            add_reflection(store, "r2", "Dashboards again")
            store.conn.execute("DELETE FROM action_items WHERE uuid = 'a1'")
        assert {hit.uuid for hit in search.search(store.conn, "dashb")} == {"r1", "r2"}

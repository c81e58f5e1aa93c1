"""Opening a desk that is already at the latest schema stays cheap: no sqlite_utils import."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from rmdesk import paths
from rmdesk.store import db, migrations

OPEN_AND_REPORT = textwrap.dedent(
    """
    import sys
    from rmdesk import paths
    from rmdesk.store import db
    store = db.open_store(paths.DataPaths(sys.argv[1]))
    print(store.schema_version, "sqlite_utils" in sys.modules)
    store.close()
    """
)


def _open_in_a_fresh_interpreter(root: Path) -> tuple[int, bool]:
    result = subprocess.run(
        [sys.executable, "-c", OPEN_AND_REPORT, str(root)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    version, imported = result.stdout.split()
    return int(version), imported == "True"


def test_opening_an_up_to_date_desk_does_not_import_sqlite_utils(
    data_paths: paths.DataPaths,
) -> None:
    """sqlite_utils (~100 ms to import) is loaded only when a migration is actually due."""
    db.open_store(data_paths).close()  # created and migrated to the latest schema
    version, imported = _open_in_a_fresh_interpreter(data_paths.root)
    assert version == migrations.LATEST_VERSION
    assert not imported


def test_a_desk_that_needs_a_migration_still_gets_it(data_paths: paths.DataPaths) -> None:
    """A new desk (every migration pending) is migrated, which does use sqlite_utils."""
    version, imported = _open_in_a_fresh_interpreter(data_paths.root)
    assert version == migrations.LATEST_VERSION
    assert imported

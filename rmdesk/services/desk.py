"""One open desk and the services over it, built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass

from rmdesk import paths
from rmdesk.services import backups, overview, pairs
from rmdesk.store import db


@dataclass
class Desk:
    """Handed to the main window by constructor; no global registry (DESIGN rule 6)."""

    paths: paths.DataPaths
    store: db.Store
    pairs: pairs.PairService
    overview: overview.OverviewService
    backups: backups.BackupService

    def close(self) -> None:
        self.store.close()


def open_desk(data: paths.DataPaths) -> Desk:
    store = db.open_store(data)
    return Desk(
        paths=data,
        store=store,
        pairs=pairs.PairService(store),
        overview=overview.OverviewService(store),
        backups=backups.BackupService(store),
    )

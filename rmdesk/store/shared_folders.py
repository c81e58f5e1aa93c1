"""The shared folder of each pair and the partner's files read from it (migration 0011)."""

from __future__ import annotations

from dataclasses import dataclass

from rmdesk.store.db import Store


@dataclass(frozen=True)
class SharedFolder:
    """One row of `shared_folders`: this computer's path, so never dumped or exchanged."""

    pair_uuid: str
    folder: str
    sent_digest: str | None
    set_at: str


def get(store: Store, pair_uuid: str) -> SharedFolder | None:
    row = store.conn.execute(
        "SELECT pair_uuid, folder, sent_digest, set_at FROM shared_folders WHERE pair_uuid = ?",
        (pair_uuid,),
    ).fetchone()
    return SharedFolder(*row) if row else None


def put(store: Store, pair_uuid: str, folder: str, set_at: str) -> None:
    """Remember the pair's folder; a different folder starts with nothing sent there."""
    with store.atomic():
        store.conn.execute(
            "INSERT INTO shared_folders (pair_uuid, folder, sent_digest, set_at) "
            "VALUES (?, ?, NULL, ?) ON CONFLICT(pair_uuid) DO UPDATE SET "
            "sent_digest = CASE WHEN folder = excluded.folder THEN sent_digest END, "
            "folder = excluded.folder, set_at = excluded.set_at",
            (pair_uuid, folder, set_at),
        )


def forget(store: Store, pair_uuid: str) -> None:
    with store.atomic():
        store.conn.execute("DELETE FROM shared_folders WHERE pair_uuid = ?", (pair_uuid,))
        store.conn.execute("DELETE FROM shared_folder_reads WHERE pair_uuid = ?", (pair_uuid,))


def set_sent_digest(store: Store, pair_uuid: str, digest: str) -> None:
    store.conn.execute(
        "UPDATE shared_folders SET sent_digest = ? WHERE pair_uuid = ?", (digest, pair_uuid)
    )


def reads(store: Store, pair_uuid: str) -> set[tuple[str, str]]:
    """(name, sha256) of every partner file read from the pair's folder."""
    rows = store.conn.execute(
        "SELECT name, sha256 FROM shared_folder_reads WHERE pair_uuid = ?", (pair_uuid,)
    )
    return {(name, sha) for name, sha in rows}


def mark_read(store: Store, pair_uuid: str, name: str, sha256: str, read_at: str) -> None:
    store.conn.execute(
        "INSERT OR IGNORE INTO shared_folder_reads (pair_uuid, name, sha256, read_at) "
        "VALUES (?, ?, ?, ?)",
        (pair_uuid, name, sha256, read_at),
    )


def forget_reads_except(store: Store, pair_uuid: str, present: set[str]) -> None:
    """Drop what is remembered of files no longer in the folder (the partner cleaned them
    up), so the table stays as small as the folder."""
    for name, _sha in reads(store, pair_uuid):
        if name not in present:
            store.conn.execute(
                "DELETE FROM shared_folder_reads WHERE pair_uuid = ? AND name = ?",
                (pair_uuid, name),
            )

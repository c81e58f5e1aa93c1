"""The pair exchange through a shared folder (OneDrive, Dropbox, Nextcloud, Syncthing…).

One round (`rmdesk sync`, and the window on start, on a change and every few minutes) reads
the partner's files from the folder and writes one of this desk's own, through the same
`exchange.send` and `exchange.receive` as the exchange by file. What makes a folder that a
sync client fills safe to read:

- Names are exact: `rmdesk-<sender desk>-to-<receiver desk>-<UTC time>.age`. A file is
  written under a hidden temporary name and renamed (files.write_atomic), so a half-written
  file never has such a name; a sync client's conflict copy never keeps it either (Dropbox
  "x (Priya's conflicted copy 2026-12-05).age", Nextcloud "x (conflicted copy 2026-12-05
  101500).age" or "x_conflict-20261205-101500.age", Syncthing
  "x.sync-conflict-20261205-101500-ABCDEFG.age", OneDrive "x-LAPTOP.age", Google Drive and
  OneDrive "x (1).age"): such names are reported and never read.
- A partner's file that cannot be opened yet (still arriving: age's authentication fails
  on a truncated file) or that changes while it is read is not marked as read: the next
  round tries it again.
- A file read once is remembered by its name and the SHA-256 of its content, never by its
  date: touching it does not make it new, and receiving it again would change nothing anyway.
- The database never goes there, and a folder that holds a desk is refused.
- Every file holds everything not yet confirmed by the partner, so this desk's older files
  are superseded by a new one: only the newest KEEP_OWN are kept.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from rmdesk import errors, files, paths
from rmdesk.domain import models
from rmdesk.i18n import msg
from rmdesk.services import exchange, keys, pairing
from rmdesk.store import db, shared_folders
from rmdesk.store import exchange as exchange_store
from rmdesk.store.db import Store

SUFFIX = ".age"
OWN_NAME = re.compile(
    r"rmdesk-(?P<sender>[0-9a-f]{16})-to-(?P<receiver>[0-9a-f]{16})-"
    r"(?P<stamp>\d{8}-\d{6}-\d{6})" + re.escape(SUFFIX)
)
# What sync clients add to a name when two versions of a file meet (see the docstring).
CONFLICT_MARKS = re.compile(
    r"conflicted copy|\(conflict|[-_.]conflict-|sync-conflict|case conflict| \(\d+\)",
    re.IGNORECASE,
)
# Names sync clients and editors give a file while it is still being written.
TEMPORARY = re.compile(
    r"^[.~]|\.(partial|part|tmp|temp|crdownload|download)$|^~\$|\.syncthing\.", re.IGNORECASE
)
KEEP_OWN = 2  # this desk's newest files stay; the newest alone holds everything
STAMP = "%Y%m%d-%H%M%S-%f"


class SharedFolderError(errors.RmdeskError):
    """No folder set, or one rmdesk cannot use; nothing was exchanged."""


@dataclass
class SyncReport:
    """What one round did, for the CLI's lines and the window's message."""

    folder: Path
    partner_name: str
    sent: exchange.Sent | None = None
    received: list[tuple[str, exchange.Received]] = field(default_factory=list)
    waiting: list[tuple[str, str]] = field(default_factory=list)  # (name, why)
    conflict_copies: list[str] = field(default_factory=list)
    already_read: int = 0
    removed: list[str] = field(default_factory=list)

    def _total(self, which: str) -> dict[str, int]:
        """Rows by table of every file received in this round: `which` is changed, deleted
        or hidden (see exchange.Received)."""
        total: Counter[str] = Counter()
        for _name, got in self.received:
            total.update(getattr(got, which))
        return dict(total)

    @property
    def changed(self) -> dict[str, int]:
        """Rows changed by every file received in this round, by table."""
        return self._total("changed")

    def brought_in(self) -> exchange.Received | None:
        """The round's receives as one Received (for the window), or None when nothing
        changed on this desk."""
        if not any(got.changed_here() for _name, got in self.received):
            return None
        first = self.received[0][1]
        offered = sum(got.offered for _name, got in self.received)
        return exchange.Received(
            first.pair_uuid,
            first.partner_name,
            self.changed,
            offered,
            deleted=self._total("deleted"),
            hidden=self._total("hidden"),
        )

    def lines(self) -> list[str]:
        out = []
        for name, got in self.received:
            changes = exchange.describe(got.changed, got.deleted)
            out.append(f"Received {name} from {got.partner_name}: {changes}")
            out += [f"{name}: {line}" for line in got.notes()]
        if self.sent is not None:
            out.append(
                f"Sent {self.sent.path.name} for {self.partner_name}: "
                f"{exchange.describe(self.sent.counts)}"
            )
        else:
            out.append("Nothing new to send: this desk's newest file in the folder holds it all.")
        for name, why in self.waiting:
            out.append(f"Not read yet: {name}: {why}")
        for name in self.conflict_copies:
            out.append(f"Ignored {name}: a copy made by the sync client, not a file of rmdesk.")
        if self.removed:
            out.append(f"Removed {len(self.removed)} older file(s) of this desk (superseded).")
        if not self.received and not self.waiting:
            out.append(f"Nothing new from {self.partner_name}.")
        return out


# --- the folder ------------------------------------------------------------------------------


def folder_of(store: Store, pair_uuid: str) -> Path | None:
    """The pair's shared folder on this computer, if one was ever given."""
    found = shared_folders.get(store, pair_uuid)
    return Path(found.folder) if found else None


def check_folder(folder: Path, data: paths.DataPaths) -> Path:
    """The folder as an absolute path, or SharedFolderError with what is wrong."""
    folder = Path(folder).expanduser()
    if not folder.exists():
        raise SharedFolderError(
            msg(
                "The shared folder {folder} does not exist (is the sync client's drive there?).",
                folder=folder,
            )
        )
    if not folder.is_dir():
        raise SharedFolderError(
            msg("{folder} is a file, not a folder; give the shared folder.", folder=folder)
        )
    real = folder.resolve()
    root = data.root.resolve()
    if real == root or root in real.parents or files.holds_desk(real):
        raise SharedFolderError(
            msg(
                "{folder} holds an rmdesk desk; the shared folder must be a folder of its own "
                "(the database never goes there).",
                folder=folder,
            )
        )
    try:
        files.check_writable_folder(real)
    except errors.RmdeskError as exc:
        raise SharedFolderError(str(exc)) from None
    return real


def set_folder(store: Store, pair_uuid: str, folder: Path) -> Path:
    """Check and remember the pair's folder (rounds after this may omit it)."""
    checked = check_folder(folder, store.paths)
    shared_folders.put(store, pair_uuid, str(checked), models.utc_now())
    return checked


def forget_folder(store: Store, pair_uuid: str) -> None:
    """Stop syncing the pair through a folder; the files already there stay."""
    shared_folders.forget(store, pair_uuid)


# --- one round -------------------------------------------------------------------------------


def _sha256(path: Path) -> str | None:
    try:
        raw = files.read_bytes(path, exchange.LIMIT_EXCHANGE, msg("an exchange file"))
    except errors.RmdeskError:
        return None
    return hashlib.sha256(raw).hexdigest()


def _shared_digest(store: Store, pair_uuid: str) -> str:
    """What a file for the partner would hold, as a digest: unchanged, nothing is written."""
    rows = exchange_store.pair_rows(store, pair_uuid, shared_only=True)
    text = json.dumps(rows, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _own_name(own: str, partner: str, folder: Path) -> Path:
    moment = datetime.now(UTC)
    while True:
        path = folder / f"rmdesk-{own}-to-{partner}-{moment.strftime(STAMP)}{SUFFIX}"
        if not path.exists():
            return path
        moment = moment.replace(microsecond=(moment.microsecond + 1) % 1_000_000)


def _ready(store: Store, pair_uuid: str) -> tuple[str, str, str]:
    """(this desk's id, the partner's desk id, the partner's name), or the one line that
    says why this pair cannot exchange yet."""
    status = pairing.PairingService(store).status(pair_uuid)
    if not status.paired:
        raise SharedFolderError(
            msg("This pair is not paired with a partner's desk yet (rmdesk invite, rmdesk join).")
        )
    if status.problem:
        raise SharedFolderError(status.problem)
    if not status.confirmed:
        raise SharedFolderError(
            msg(
                "The safety phrase is not confirmed on this desk: nothing is exchanged until it "
                'is (rmdesk partner --confirm "…").'
            )
        )
    own = keys.load(store.paths)
    assert own is not None and status.partner_desk and status.partner_name  # paired
    return own.desk_id, status.partner_desk, status.partner_name


def sync(store: Store, pair_uuid: str, folder: Path | None = None) -> SyncReport:
    """One round with the pair's shared folder: read the partner's new files, write one of
    this desk's own when there is something new, remove this desk's superseded files.
    `folder` sets (and remembers) the folder; without it the remembered one is used."""
    own_id, partner_id, partner_name = _ready(store, pair_uuid)
    if folder is not None:
        where = set_folder(store, pair_uuid, folder)
    else:
        remembered = folder_of(store, pair_uuid)
        if remembered is None:
            raise SharedFolderError(
                msg(
                    "No shared folder is set for this pair: give one with --folder DIR "
                    "(it is remembered for the next rounds)."
                )
            )
        where = check_folder(remembered, store.paths)
    report = SyncReport(where, partner_name)
    mine: list[str] = []
    theirs: list[str] = []
    try:
        with os.scandir(where) as entries:
            names = sorted(e.name for e in entries if e.is_file(follow_symlinks=False))
    except OSError as exc:
        raise SharedFolderError(
            msg("Cannot read {where}: {value}.", where=where, value=exc.strerror or exc)
        ) from exc
    for name in names:
        matched = OWN_NAME.fullmatch(name)
        if matched:
            pair_of_desks = (matched["sender"], matched["receiver"])
            if pair_of_desks == (own_id, partner_id):
                mine.append(name)
            elif pair_of_desks == (partner_id, own_id):
                theirs.append(name)
        elif is_conflict_copy(name, (own_id, partner_id)):
            report.conflict_copies.append(name)
    _receive_new(store, pair_uuid, where, theirs, report)
    shared_folders.forget_reads_except(store, pair_uuid, set(theirs))
    _send_if_new(store, pair_uuid, where, (own_id, partner_id), mine, report)
    return report


def is_conflict_copy(name: str, desks: tuple[str, str]) -> bool:
    """A name a sync client made from one of these desks' files (never read; reported)."""
    if not name.startswith("rmdesk-") or TEMPORARY.search(name) or OWN_NAME.fullmatch(name):
        return False
    return any(desk in name for desk in desks) or bool(CONFLICT_MARKS.search(name))


def _receive_new(
    store: Store, pair_uuid: str, where: Path, theirs: list[str], report: SyncReport
) -> None:
    seen = shared_folders.reads(store, pair_uuid)
    for name in theirs:  # oldest first (the names sort by time)
        path = where / name
        before = _sha256(path)
        if before is None:
            report.waiting.append((name, "it cannot be read yet; trying again next time."))
            continue
        if (name, before) in seen:
            report.already_read += 1
            continue
        try:
            got = exchange.receive(store, path)
        except exchange.ExchangeError as exc:
            # Most often a file still arriving (a truncated age file fails to decrypt):
            # not marked as read, so the next round tries it again.
            report.waiting.append((name, f"{exc} Trying again next time."))
            continue
        if _sha256(path) != before:  # it changed while being read: read it again next time
            report.waiting.append((name, "it changed while it was read; reading it again."))
        else:
            with store.atomic():
                shared_folders.mark_read(store, pair_uuid, name, before, models.utc_now())
        report.received.append((name, got))


def _send_if_new(
    store: Store,
    pair_uuid: str,
    where: Path,
    desks: tuple[str, str],
    mine: list[str],
    report: SyncReport,
) -> None:
    remembered = shared_folders.get(store, pair_uuid)
    digest = _shared_digest(store, pair_uuid)
    # Nothing new since this desk's last file, and that file is still there: writing
    # another would only make both desks' sync clients busy (and two desks that each
    # answered the other's file would never stop).
    if remembered is not None and remembered.sent_digest == digest and mine:
        return
    target = _own_name(*desks, where)
    report.sent = exchange.send(store, pair_uuid, target)
    with store.atomic():
        shared_folders.set_sent_digest(store, pair_uuid, digest)
    mine = sorted([*mine, target.name])
    for name in mine[:-KEEP_OWN]:
        try:
            (where / name).unlink()
        except FileNotFoundError:
            pass
        except OSError:
            continue  # removed next time; an extra old file does no harm
        report.removed.append(name)


def sync_in_worker(store: Store, pair_uuid: str) -> SyncReport:
    """One round from a worker thread of the window (`store` is the UI's), on a connection
    of its own beside it, as the window's send and receive run (db.open_beside)."""
    with db.open_beside(store) as beside:
        return sync(beside, pair_uuid)

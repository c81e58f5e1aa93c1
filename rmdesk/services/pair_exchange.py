"""The pair exchange by file as the window runs it: in a worker thread, on a connection of
its own beside the UI's (store.db.open_beside), through the same services.exchange calls as
`rmdesk send` and `rmdesk receive`. A refused file changes nothing, as there."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from rmdesk import files, paths
from rmdesk.i18n import msg
from rmdesk.services import exchange, pairing
from rmdesk.services.partner_marks import first_name
from rmdesk.store import db
from rmdesk.store.db import Store

SUFFIX = ".rmdesk"


def send_beside(store: Store, pair_uuid: str, output: Path) -> exchange.Sent:
    """Write the file for the partner (call in a worker thread; `store` is the UI's)."""
    with db.open_beside(store) as beside:
        return exchange.send(beside, pair_uuid, output)


def receive_beside(store: Store, path: Path) -> exchange.Received:
    """Merge one file from the partner (call in a worker thread; `store` is the UI's)."""
    with db.open_beside(store) as beside:
        return exchange.receive(beside, path)


def suggested_name(partner_name: str, today: date) -> str:
    """A file name that says who it is for and when: rmdesk-for-priya-2026-12-05.rmdesk."""
    who = "".join(c for c in first_name(partner_name).lower() if c.isalnum()) or "partner"
    return f"rmdesk-for-{who}-{today.isoformat()}{SUFFIX}"


def save_invitation(data: paths.DataPaths, text: str, path: Path) -> Path:
    """Write the invitation where the user chose (atomically; never onto the desk's files)."""
    return files.write_atomic(Path(path), text.encode("utf-8"), desk=data)


def read_invitation_text(path: Path) -> str:
    """An invitation file's text, bounded, for the join dialog to show and check."""
    raw = files.read_bytes(Path(path), pairing.LIMIT_INVITATION, msg("an invitation"))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise pairing.InvitationError(
            msg("{path} is not an rmdesk invitation (not UTF-8 text).", path=path)
        ) from None

"""The progress summary's export as a worker runs it: render (the PDF too), encrypt, write.

The dialog builds the document on the UI thread and hands the worker a copy; nothing here
touches a widget or the database (architecture.md rule 5).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from rmdesk import files
from rmdesk.services import crypto, export, summary_render
from rmdesk.ui.i18n import translate


def run_export(
    document: dict[str, Any],
    path: Path,
    fmt: str,
    recipient: str | None,
    passphrase: str | None,
    armor: bool,
    cancel: threading.Event,
) -> Path:
    """The worker's part: render, encrypt unless neither key nor passphrase is given, write
    atomically (0600). Touches no widget and no database."""
    if fmt == "pdf":
        from rmdesk.ui import pdf  # Qt may paint on a QPdfWriter off the UI thread

        data = pdf.summary_pdf_bytes(document)
        _check_cancel(cancel)
        if recipient is None and passphrase is None:
            return files.write_atomic(path, data)
        return export.export_bytes(
            data, path, recipient=recipient, passphrase=passphrase, armor=armor, cancel=cancel
        )
    _check_cancel(cancel)
    if recipient is None and passphrase is None:
        return summary_render.write(document, path, fmt)
    return export.export(
        document,
        path,
        fmt,
        recipient=recipient,
        passphrase=passphrase,
        armor=armor,
        cancel=cancel,
    )


def _check_cancel(cancel: threading.Event) -> None:
    if cancel.is_set():
        raise crypto.CryptoCancelledError(
            translate("export_dialog", "Cancelled; nothing was written.")
        )

"""The child process that runs pyrage's passphrase (scrypt) work, off the parent's GIL.

Started by rmdesk.services.crypto as rmdesk itself with a hidden first argument, `rmdesk
--rmdesk-internal-crypto-worker encrypt|decrypt [--armor]` (app.main hands it here), so that
a frozen build, which has no `python -m`, starts it the same way. It reads a 4-byte big-
endian length, the UTF-8 passphrase and then the data from stdin, and writes the result to
stdout: secrets never appear in argv or the environment, and nothing is written to disk. On
failure it exits non-zero with one line on stderr (exit codes in crypto.py).
"""

from __future__ import annotations

import struct
import sys

import pyrage

from rmdesk import files
from rmdesk.i18n import msg
from rmdesk.services import crypto

STDIN_LIMIT = files.LIMIT_DUMP + 4 + files.LIMIT_PASSPHRASE_FILE


def run(argv: list[str], stdin: bytes) -> tuple[int, bytes, str]:
    """(exit code, output, message) for one operation; pure, so it can be tested in-process."""
    if not argv or argv[0] not in ("encrypt", "decrypt") or set(argv[1:]) - {"--armor"}:
        return crypto.WORKER_USAGE, b"", "usage: _crypto_worker encrypt|decrypt [--armor]"
    if len(stdin) < 4:
        return crypto.WORKER_USAGE, b"", "no passphrase on stdin"
    (length,) = struct.unpack(">I", stdin[:4])
    if len(stdin) < 4 + length:
        return crypto.WORKER_USAGE, b"", "the passphrase on stdin is cut short"
    try:
        passphrase = stdin[4 : 4 + length].decode("utf-8")
    except UnicodeDecodeError:
        return crypto.WORKER_USAGE, b"", "the passphrase on stdin is not UTF-8"
    data = stdin[4 + length :]
    if argv[0] == "encrypt":
        try:
            return 0, pyrage.passphrase.encrypt(data, passphrase, armored="--armor" in argv), ""
        except pyrage.EncryptError as exc:
            return crypto.WORKER_FAILED, b"", str(exc)
    try:
        # The parent checked already; checking again keeps this entry point safe on its own.
        crypto.check_work_factor(crypto.header_info(data))
    except crypto.CryptoError as exc:
        return crypto.WORKER_REFUSED, b"", str(exc)
    try:
        return 0, pyrage.passphrase.decrypt(data, passphrase), ""
    except pyrage.DecryptError as exc:
        return crypto.WORKER_FAILED, b"", str(exc).replace("\n", " ")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        try:
            # Bounded like every input: the largest thing rmdesk encrypts or opens, plus the
            # passphrase and its length.
            stdin = files.read_stream(
                sys.stdin.buffer, STDIN_LIMIT, "the input", msg("a passphrase job")
            )
        except files.UnsafeFileError as exc:
            print(exc, file=sys.stderr)
            return crypto.WORKER_REFUSED
        code, output, message = run(argv, stdin)
        if message:
            print(message, file=sys.stderr)
        sys.stdout.buffer.write(output)
        sys.stdout.flush()
        return code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the parent cancelled and went away
        return 141


if __name__ == "__main__":
    sys.exit(main())

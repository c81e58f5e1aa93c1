"""Encryption in the open age format (via pyrage): to an X25519 public key or a passphrase.

Public-key work is fast and runs in-process. A passphrase means scrypt, during which pyrage
holds the GIL for seconds, so passphrase work runs in a child process
(`rmdesk.services._crypto_worker`) fed through pipes: the passphrase and the plaintext never
reach argv, the child's environment or the disk. Before any passphrase file is opened its
header is read here and a hostile scrypt work factor is refused: pyrage itself accepts up to
about 2^23 (8 GiB of memory, ~40 s).
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import datetime
import os
import re
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

try:
    import pyrage
    from pyrage import x25519
except ImportError:  # a broken install (or Windows CPython under wine, where it cannot load)
    # Reading headers and telling an age file from a dump need no pyrage; encrypting and
    # decrypting say in one line that it is missing (_require_age) instead of a traceback.
    pyrage = x25519 = None

import rmdesk
from rmdesk import errors, files
from rmdesk.i18n import msg

# age writes 2^18; pyrage picks the factor that takes ~1 s on the machine (2^19 on ours).
# 2^20 needs 1 GiB and a few seconds; anything above is refused before scrypt starts.
MAX_WORK_FACTOR = 20

AGE_INTRO = b"age-encryption.org/"
AGE_V1 = b"age-encryption.org/v1"
ARMOR_BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"
ARMOR_END = b"-----END AGE ENCRYPTED FILE-----"
SECRET_PREFIX = "AGE-SECRET-KEY-1"
PUBLIC_PREFIX = "age1"
# The hidden argument that makes rmdesk's own entry point (app.main) run the worker: a frozen
# build has no `python -m`, only its executable, so the child is always rmdesk itself.
WORKER_FLAG = "--rmdesk-internal-crypto-worker"
# How a source or venv install starts its own entry point (a frozen one is sys.executable).
_ENTRY = "import sys; from rmdesk import app; sys.exit(app.main())"
# The child's exit codes; its stderr carries pyrage's message for the parent to translate.
WORKER_FAILED = 1  # pyrage refused: stderr's last line is its message
WORKER_USAGE = 2
WORKER_REFUSED = 3  # our own check refused: stderr's last line is for the user as is
_POLL_SECONDS = 0.05
# Bounds on an age header, checked before pyrage sees it: it tries every stanza against every
# key, and a header of a few thousand stanzas takes it tens of seconds. age itself writes one
# stanza per recipient (plus one grease stanza); these leave room for many recipients.
MAX_STANZAS = 64
MAX_HEADER_LINE = 512  # an argument line; a body line is at most 64 columns by the spec
MAX_HEADER_BYTES = 64 * 1024
_VCHARS = re.compile(rb"[\x21-\x7e]+")  # the spec's stanza argument alphabet
_STANZA_KINDS = {"X25519": "x25519", "scrypt": "scrypt", "ssh-ed25519": "ssh", "ssh-rsa": "ssh"}


class CryptoError(errors.RmdeskError):
    """A key, passphrase or age file that cannot be used; the message says why."""


class CryptoCancelledError(CryptoError):
    """The user cancelled a passphrase operation; nothing was produced."""


@dataclasses.dataclass(frozen=True)
class HeaderInfo:
    """What an age header says without decrypting anything.

    kind is "x25519", "scrypt", "ssh", "mixed" or another stanza type in lower case;
    work_factor is scrypt's log2 N (None without a passphrase stanza); stanzas lists the
    recipient types as written, grease stanzas left out.
    """

    kind: str
    work_factor: int | None
    armored: bool
    stanzas: tuple[str, ...] = ()


# --- keys -------------------------------------------------------------------------------


def _require_age() -> None:
    """Refuse, in one line, what needs pyrage when its native module did not load."""
    if pyrage is None:
        raise CryptoError(
            msg("rmdesk's encryption library (pyrage) could not be loaded; reinstall rmdesk.")
        )


def generate_identity() -> tuple[str, str]:
    """A new X25519 identity: (secret "AGE-SECRET-KEY-1…", public "age1…")."""
    _require_age()
    identity = x25519.Identity.generate()
    return str(identity), str(identity.to_public())


def write_identity(path: Path) -> str:
    """Create a new identity file (0600, age-keygen's layout) and return its public key.

    The file is created exclusively, so an existing identity is never overwritten: losing
    one means losing every file encrypted to it.
    """
    path = Path(path)
    secret, public = generate_identity()
    created = datetime.datetime.now().astimezone().isoformat(timespec="seconds")
    text = f"# created: {created}\n# public key: {public}\n{secret}\n"
    try:
        files.write_new(path, text.encode("ascii"))
    except FileExistsError:
        raise CryptoError(
            msg(
                "{path} already exists; rmdesk never overwrites an identity. "
                "Choose another name, or move the old file away first.",
                path=path,
            )
        ) from None
    except files.UnsafeFileError:
        raise
    except errors.RmdeskError as exc:
        raise CryptoError(str(exc)) from exc
    return public


def read_identity(path: Path) -> str:
    """The secret key in an identity file (comment lines allowed, as age-keygen writes)."""
    path = Path(path)
    try:
        raw = files.read_bytes(path, files.LIMIT_IDENTITY, msg("an age identity file"))
    except errors.RmdeskError as exc:
        raise CryptoError(msg("Cannot read the identity: {error}", error=exc)) from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise CryptoError(
            msg("{path} is not an age identity file (it is not text).", path=path)
        ) from None
    return parse_identity(text, str(path))


def parse_identity(text: str, source: str = "The identity") -> str:
    """The one X25519 secret key in identity text; a clear message for anything else."""
    if "PRIVATE KEY-----" in text:
        raise CryptoError(
            msg(
                "{source} is an SSH or PEM key; rmdesk needs an age identity "
                "({SECRET_PREFIX}…), as made by `rmdesk keygen` or age-keygen.",
                source=source,
                SECRET_PREFIX=SECRET_PREFIX,
            )
        )
    keys = [
        line.strip()
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    secrets_found = [key for key in keys if key.upper().startswith(SECRET_PREFIX)]
    if not secrets_found:
        if any(key.lower().startswith(PUBLIC_PREFIX) for key in keys):
            raise CryptoError(
                msg(
                    "{source} holds a public key (age1…), which is what you give to others. "
                    "Opening files needs the identity: the line starting with {SECRET_PREFIX}.",
                    source=source,
                    SECRET_PREFIX=SECRET_PREFIX,
                )
            )
        if any(key.upper().startswith(("AGE-PLUGIN-", "AGE-SECRET-KEY-")) for key in keys):
            raise CryptoError(
                msg(
                    "{source} holds a kind of age identity rmdesk does not support; "
                    "it uses X25519 identities ({SECRET_PREFIX}…).",
                    source=source,
                    SECRET_PREFIX=SECRET_PREFIX,
                )
            )
        raise CryptoError(
            msg(
                "{source} holds no age identity (a line starting with {SECRET_PREFIX}).",
                source=source,
                SECRET_PREFIX=SECRET_PREFIX,
            )
        )
    if len(secrets_found) != len(keys):
        raise CryptoError(
            msg(
                "{source} has lines that are neither comments nor age identities; "
                "expected one line starting with {SECRET_PREFIX}.",
                source=source,
                SECRET_PREFIX=SECRET_PREFIX,
            )
        )
    if len(secrets_found) > 1:
        raise CryptoError(
            msg(
                "{source} holds {count} identities; rmdesk uses a file with one.",
                source=source,
                count=len(secrets_found),
            )
        )
    _require_age()
    try:
        return str(x25519.Identity.from_str(secrets_found[0]))
    except pyrage.IdentityError:
        raise CryptoError(
            msg(
                "{source} is damaged: its {SECRET_PREFIX}… line fails its checksum "
                "(a character is wrong or missing).",
                source=source,
                SECRET_PREFIX=SECRET_PREFIX,
            )
        ) from None


def validate_recipient(text: str) -> str:
    """An age X25519 public key ("age1…") in canonical form; a clear message otherwise."""
    candidate = text.strip()
    if not candidate:
        raise CryptoError(msg("Enter the coordinator's public key (it starts with age1)."))
    if candidate.upper().startswith("AGE-SECRET-KEY-"):
        raise CryptoError(
            msg(
                "That is a secret identity, not a public key: keep it private. "
                "Use the public key, which starts with age1."
            )
        )
    if candidate.startswith(("ssh-", "ecdsa-")):
        raise CryptoError(msg("SSH keys are not supported; use an age public key (age1…)."))
    shown = candidate if len(candidate) <= 24 else candidate[:20] + "…"
    if not candidate.lower().startswith(PUBLIC_PREFIX):
        raise CryptoError(
            msg("'{shown}' is not an age public key; those start with age1.", shown=shown)
        )
    if candidate.lower().startswith("age1pq1"):
        raise CryptoError(
            msg("Post-quantum age keys (age1pq1…) are not supported yet; use an X25519 key.")
        )
    _require_age()
    try:
        return str(x25519.Recipient.from_str(candidate))
    except pyrage.RecipientError:
        raise CryptoError(
            msg(
                "'{shown}' is not a valid age public key: a character is wrong or missing "
                "(it fails its checksum).",
                shown=shown,
            )
        ) from None


# --- encrypting ---------------------------------------------------------------------------


def encrypt_to_recipient(data: bytes, recipient: str, armor: bool = False) -> bytes:
    """Encrypt to one X25519 public key, in-process (no scrypt, so it is fast)."""
    key = x25519.Recipient.from_str(validate_recipient(recipient))
    try:
        sealed: bytes = pyrage.encrypt(bytes(data), [key], armored=armor)
        return sealed
    except pyrage.EncryptError as exc:
        raise CryptoError(msg("Could not encrypt: {error}.", error=exc)) from exc


def encrypt_with_passphrase(
    data: bytes,
    passphrase: str,
    armor: bool = False,
    *,
    cancel: threading.Event | None = None,
    timeout: float | None = None,
) -> bytes:
    """Encrypt with a passphrase in a child process (scrypt holds pyrage's GIL for seconds).

    pyrage 1.4 has no work-factor knob: it times scrypt and picks ~1 s worth. Its output is
    checked so that rmdesk never writes a file it would itself refuse to open.
    Setting `cancel` kills the child and raises CryptoCancelledError.
    """
    _check_passphrase(passphrase)
    ciphertext = _launch_worker(
        "encrypt", passphrase, bytes(data), armor=armor, cancel=cancel, timeout=timeout
    )
    info = header_info(ciphertext)
    if info.kind != "scrypt" or info.work_factor is None:
        raise CryptoError(msg("Encryption produced an unexpected file; nothing was saved."))
    if info.work_factor > MAX_WORK_FACTOR:
        raise CryptoError(
            msg(
                "The age library chose a passphrase work factor of {work_factor} on this "
                "fast computer, above the {MAX_WORK_FACTOR} that rmdesk opens. "
                "Encrypt to the coordinator's public key (age1…) instead.",
                work_factor=info.work_factor,
                MAX_WORK_FACTOR=MAX_WORK_FACTOR,
            )
        )
    return ciphertext


# --- decrypting ---------------------------------------------------------------------------


def decrypt(
    data: bytes,
    identity: str | None = None,
    passphrase: str | None = None,
    *,
    cancel: threading.Event | None = None,
    timeout: float | None = None,
) -> bytes:
    """Decrypt an age file with whichever of identity / passphrase its header calls for.

    identity is the secret key, or the text of an identity file. A passphrase file's work
    factor is checked before scrypt runs, and scrypt then runs in a child process.
    """
    data = bytes(data)
    info = header_info(data)
    check_work_factor(info)
    if "scrypt" in info.stanzas:
        if len(info.stanzas) != 1:
            raise CryptoError(
                msg("The file is damaged: it mixes a passphrase with keys, which age never writes.")
            )
        if passphrase is None:
            raise CryptoError(
                msg("This file is protected by a passphrase, not a key; give the passphrase.")
            )
        _check_passphrase(passphrase)
        return _launch_worker(
            "decrypt", passphrase, data, armor=False, cancel=cancel, timeout=timeout
        )
    if "X25519" in info.stanzas:
        if identity is None:
            raise CryptoError(
                msg(
                    "This file is encrypted to a key, not a passphrase; open it with the "
                    "identity file ({SECRET_PREFIX}…).",
                    SECRET_PREFIX=SECRET_PREFIX,
                )
            )
        key = x25519.Identity.from_str(parse_identity(identity))
        try:
            opened: bytes = pyrage.decrypt(data, [key])
            return opened
        except pyrage.DecryptError as exc:
            raise CryptoError(explain_decrypt_error(str(exc), passphrase=False)) from None
    kind = info.kind if len(info.kind) <= 24 else info.kind[:20] + "…"
    raise CryptoError(
        msg(
            "This file is encrypted to a recipient of type {kind}, which rmdesk does not open "
            "(or the file is damaged); rmdesk opens files for an age key (age1…) or a passphrase.",
            kind=kind,
        )
    )


def explain_decrypt_error(message: str, *, passphrase: bool) -> str:
    """A user's one-line sentence for one of pyrage's decryption errors."""
    if "No matching keys" in message:
        return "This file was not encrypted to this identity: the key does not match."
    if message == "Decryption failed" and passphrase:
        return "Wrong passphrase (or the file was altered)."
    if "Excessive work" in message:
        return "The file asks for too much passphrase work to be opened safely."
    if "fill whole buffer" in message or "missing padding" in message:
        return "The file is cut short; it cannot be decrypted."
    if message == "decryption error":
        return "The file is damaged or was altered: its contents fail the integrity check."
    if "Header MAC" in message or "Header is invalid" in message:
        return "The file is damaged or was altered: its header fails the integrity check."
    if "Unknown age format" in message:
        return "The file is damaged: its age header cannot be read."
    detail = " ".join(message.split())
    return f"The file is damaged or was altered, so it cannot be decrypted ({detail})."


def check_work_factor(info: HeaderInfo) -> None:
    """Refuse a passphrase file whose scrypt work factor could freeze the computer."""
    factor = info.work_factor
    if factor is None or factor <= MAX_WORK_FACTOR:
        return
    memory = f"{2 ** (factor + 10) / 2**30:g} GiB"  # 128 · r · N with r = 8
    raise CryptoError(
        msg(
            "This file asks for a passphrase work factor of {factor} (about {memory} of memory); "
            "rmdesk refuses anything above {MAX_WORK_FACTOR}, as no ordinary tool writes "
            "such a file. Ask the sender to encrypt it again.",
            factor=factor,
            memory=memory,
            MAX_WORK_FACTOR=MAX_WORK_FACTOR,
        )
    )


# --- the header ---------------------------------------------------------------------------


def looks_encrypted(data: bytes) -> bool:
    """Whether bytes start as an age file does (binary or armored); says nothing of keys."""
    head = bytes(data[:64]).lstrip()
    return head.startswith(AGE_INTRO) or head.startswith(ARMOR_BEGIN)


def header_info(data: bytes) -> HeaderInfo:
    """Read an age header (binary or ASCII-armored) without decrypting anything."""
    data = bytes(data)
    if not data.strip():
        raise CryptoError(msg("The file is empty; it is not an age-encrypted file."))
    armored = data.lstrip().startswith(ARMOR_BEGIN)
    header = _dearmor(data.lstrip()) if armored else data
    stanzas, factor = _parse_header(header)
    kinds = {_STANZA_KINDS.get(tag, tag.lower()) for tag in stanzas}
    kind = kinds.pop() if len(kinds) == 1 else "mixed"
    return HeaderInfo(kind=kind, work_factor=factor, armored=armored, stanzas=stanzas)


def _dearmor(text: bytes) -> bytes:
    """The binary age file inside ASCII armor (64-column standard base64 between markers)."""
    lines = text.splitlines()[1:]
    body: list[bytes] = []
    for line in lines:
        line = line.strip()
        if line == ARMOR_END:
            break
        body.append(line)
    else:
        raise CryptoError(msg("The file is cut short: its armor has no END line."))
    try:
        return base64.b64decode(b"".join(body), validate=True)
    except (binascii.Error, ValueError):
        raise CryptoError(
            msg("The file is damaged: its ASCII armor is not valid base64.")
        ) from None


def _parse_header(header: bytes) -> tuple[tuple[str, ...], int | None]:
    """Stanza types (grease left out) and the highest scrypt work factor of a binary header."""
    if not header.startswith(AGE_INTRO):
        raise CryptoError(msg("This is not an age-encrypted file."))
    end = header.find(b"\n")
    if end < 0:
        raise CryptoError(msg("The file is cut short: its age header is incomplete."))
    if header[:end] != AGE_V1:
        if not re.fullmatch(rb"age-encryption\.org/v[0-9]{1,4}", header[:end]):
            raise _damaged_header()
        raise CryptoError(
            msg(
                "This age file uses a newer format version than rmdesk understands ({version}).",
                version=header[:end].decode("ascii", "replace")[:40],
            )
        )
    position = end + 1
    stanzas: list[str] = []
    factor: int | None = None
    in_stanza = False
    count = 0
    while True:
        end = header.find(b"\n", position, position + MAX_HEADER_LINE + 1)
        if end < 0:
            if len(header) > position + MAX_HEADER_LINE:
                raise CryptoError(
                    msg("The file is damaged: a line of its age header is far too long.")
                )
            raise CryptoError(msg("The file is cut short: its age header is incomplete."))
        if end >= MAX_HEADER_BYTES:
            raise CryptoError(
                msg(
                    "The file's age header is larger than the {limit} KB "
                    "rmdesk reads; it is damaged or was made to stall the program.",
                    limit=MAX_HEADER_BYTES // 1024,
                )
            )
        line = header[position:end]
        position = end + 1
        if line.startswith(b"--- "):
            break
        if line.startswith(b"-> "):
            count += 1
            if count > MAX_STANZAS:
                raise CryptoError(
                    msg(
                        "The file's age header has more than {MAX_STANZAS} recipient stanzas; "
                        "rmdesk refuses it (it is damaged or was made to stall the program).",
                        MAX_STANZAS=MAX_STANZAS,
                    )
                )
            arguments = line[3:].split(b" ")
            if not all(_VCHARS.fullmatch(argument) for argument in arguments):
                raise _damaged_header()
            tag = arguments[0].decode("ascii")
            in_stanza = True
            if tag.endswith("-grease"):
                continue
            stanzas.append(tag)
            if tag == "scrypt":
                stanza_factor = _scrypt_factor(arguments)
                factor = stanza_factor if factor is None else max(factor, stanza_factor)
        elif not in_stanza or len(line) > 64:
            raise _damaged_header()
    if not stanzas:
        raise CryptoError(msg("The file is damaged: its age header names no recipient."))
    return tuple(stanzas), factor


def _scrypt_factor(arguments: list[bytes]) -> int:
    """log2 N of a "-> scrypt <salt> <log2 N>" line; decimal without leading zeros."""
    if len(arguments) != 3:
        raise _damaged_header()
    text = arguments[2]
    if not text.isdigit() or (text.startswith(b"0")) or len(text) > 3:
        raise _damaged_header()
    return int(text)


def _damaged_header() -> CryptoError:
    return CryptoError(msg("The file is damaged: its age header is malformed."))


# --- the passphrase worker --------------------------------------------------------------


def worker_command(operation: str, armor: bool = False) -> list[str]:
    """The child's argv: rmdesk's own entry point with the hidden worker argument and the
    operation, never a secret. Frozen (PyInstaller), sys.executable is rmdesk itself; from a
    venv it is Python, told to run the same entry point."""
    frozen = getattr(sys, "frozen", False)
    rmdesk_itself = [_frozen_console()] if frozen else [sys.executable, "-c", _ENTRY]
    command = [*rmdesk_itself, WORKER_FLAG, operation]
    if armor:
        command.append("--armor")
    return command


def _frozen_console() -> str:
    """The frozen executable to start as the worker: on Windows the window is the windowed
    rmdesk-gui.exe, whose standard streams are not meant for pipes, so its console twin
    rmdesk.exe beside it (started without a console window) does the work."""
    executable = Path(sys.executable)
    twin = executable.with_name("rmdesk.exe")
    if executable.name.lower() == "rmdesk-gui.exe" and twin.is_file():
        return str(twin)
    return str(executable)


def worker_input(passphrase: str, data: bytes) -> bytes:
    """What the child reads on stdin: a 4-byte length, the UTF-8 passphrase, then the data."""
    secret = passphrase.encode("utf-8")
    return struct.pack(">I", len(secret)) + secret + data


def _worker_environment(passphrase: str) -> dict[str, str]:
    """Our environment for the child, less any variable holding the passphrase (a CLI may
    have read it from one), with our package importable even when run from a source tree."""
    environment = {key: value for key, value in os.environ.items() if value != passphrase}
    package_root = str(Path(rmdesk.__file__).resolve().parent.parent)
    existing = environment.get("PYTHONPATH")
    environment["PYTHONPATH"] = (
        package_root if not existing else package_root + os.pathsep + existing
    )
    return environment


def _launch_worker(
    operation: str,
    passphrase: str,
    data: bytes,
    *,
    armor: bool,
    cancel: threading.Event | None,
    timeout: float | None,
) -> bytes:
    """Run one passphrase operation in the child; its output, or a CryptoError."""
    _require_age()
    try:
        process = subprocess.Popen(
            worker_command(operation, armor),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=_worker_environment(passphrase),
            close_fds=True,
            # Windows: no console window flashes up when the windowed app starts the child.
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
    except OSError as exc:
        raise CryptoError(
            msg("Could not start the encryption helper: {error}.", error=exc)
        ) from exc
    deadline = None if timeout is None else time.monotonic() + timeout
    # One communicate() in a helper thread, which feeds stdin and drains both pipes; this
    # thread only watches for a cancel or the deadline. (A communicate(timeout=…) loop cannot
    # be used: a retry without input stops feeding stdin, a retry with input raises, so a
    # payload bigger than the pipe would never reach EOF and the child would wait forever.)
    payload = worker_input(passphrase, data)
    answer: list[tuple[bytes, bytes]] = []
    talker = threading.Thread(
        target=lambda: answer.append(process.communicate(payload)),
        name="rmdesk-crypto-pipe",
        daemon=True,
    )
    talker.start()
    try:
        while talker.is_alive():
            talker.join(_POLL_SECONDS)
            if not talker.is_alive():
                break
            if cancel is not None and cancel.is_set():
                raise CryptoCancelledError(msg("Cancelled; nothing was written."))
            if deadline is not None and time.monotonic() > deadline:
                raise CryptoError(
                    msg(
                        "The passphrase work took longer than {timeout:g} s and was "
                        "stopped; nothing was written.",
                        timeout=timeout,
                    )
                )
    finally:
        if process.poll() is None:
            process.kill()
        talker.join()
    if not answer:
        raise CryptoError(msg("The encryption helper could not be talked to; nothing was written."))
    output, diagnostics = answer[0]
    if process.returncode == 0:
        return output
    message = diagnostics.decode("utf-8", "replace").strip().splitlines()
    detail = message[-1] if message else ""
    if process.returncode == WORKER_REFUSED and detail:
        raise CryptoError(detail)
    if process.returncode == WORKER_FAILED and operation == "decrypt":
        raise CryptoError(explain_decrypt_error(detail, passphrase=True))
    if process.returncode == WORKER_FAILED and detail:
        raise CryptoError(msg("Could not encrypt: {detail}", detail=detail))
    if process.returncode < 0:
        raise CryptoError(
            msg(
                "The encryption helper was stopped (signal {signal}); nothing was written.",
                signal=-process.returncode,
            )
        )
    raise CryptoError(
        f"The encryption helper failed (exit {process.returncode}"
        + (f": {detail}" if detail else "")
        + "); nothing was written."
    )


def _check_passphrase(passphrase: str) -> None:
    if not isinstance(passphrase, str) or not passphrase:
        raise CryptoError(msg("Enter a passphrase."))


# --- writing --------------------------------------------------------------------------------


def write_encrypted(path: Path, ciphertext: bytes, verify: Callable[[bytes], object]) -> Path:
    """Write ciphertext to path (0600, atomically) only once it is proven to open.

    The bytes go to a temp file in the same folder and are fsynced; the temp file is read
    back and `verify(read_back)` is called (the caller decrypts and compares; raising or
    returning False means failure). Only then is it renamed over path, so a failure leaves
    an earlier file of that name untouched and no temp file behind. Only ciphertext is
    ever written.
    """

    def checked(read_back: bytes) -> None:
        try:
            verdict = verify(read_back)
        except Exception as exc:
            reason = str(exc) if isinstance(exc, errors.RmdeskError) else repr(exc)
            raise CryptoError(
                msg(
                    "{path} was not saved: the encrypted file did not open again ({reason}).",
                    path=path,
                    reason=reason,
                )
            ) from exc
        if verdict is False:
            raise CryptoError(
                msg(
                    "{path} was not saved: the encrypted file did not decrypt to what was "
                    "meant to be saved.",
                    path=path,
                )
            )

    try:
        return files.write_atomic(Path(path), bytes(ciphertext), verify=checked)
    except (CryptoError, files.UnsafeFileError):
        raise
    except errors.RmdeskError as exc:
        raise CryptoError(str(exc)) from exc

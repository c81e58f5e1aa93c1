"""This desk's own keys for the pair exchange: an Ed25519 key that signs what the desk sends,
and an age X25519 identity that partners encrypt to.

They live in one file in the data folder (0600, created exclusively, never overwritten), apart
from the rows: a plain dump never holds them, the encrypted full backup does (see dump.py).
Keys are made on first need (an invitation), so a desk that never pairs has none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

import base64
import binascii
import hashlib
from dataclasses import dataclass
from pathlib import Path

from rmdesk import errors, files, paths
from rmdesk.domain import models
from rmdesk.i18n import msg

SIGNING_PREFIX = "RMDESK-ED25519-SECRET-1:"
SIGNING_PUBLIC_PREFIX = "ed25519:"
AGE_SECRET_PREFIX = "AGE-SECRET-KEY-1"
LIMIT_KEYS = 16 * 1024


class DeskKeyError(errors.RmdeskError):
    """The desk's key file is missing, damaged or not ours; the message says which."""


@dataclass(frozen=True)
class DeskKeys:
    """The two secrets and the public halves a partner gets in an invitation."""

    signing_secret: bytes  # 32 raw bytes of the Ed25519 private key
    age_identity: str  # AGE-SECRET-KEY-1…

    @property
    def signing_public(self) -> str:
        """The Ed25519 public key as text: "ed25519:" and 32 bytes in base64."""
        raw = _signer(self.signing_secret).public_key().public_bytes_raw()
        return SIGNING_PUBLIC_PREFIX + base64.b64encode(raw).decode("ascii")

    @property
    def age_recipient(self) -> str:
        _need_x25519()
        from pyrage import x25519

        return str(x25519.Identity.from_str(self.age_identity).to_public())

    @property
    def desk_id(self) -> str:
        """A short, stable name for this desk: a hash of its signing key."""
        return fingerprint(self.signing_public)

    def sign(self, data: bytes) -> bytes:
        signature: bytes = _signer(self.signing_secret).sign(data)
        return signature

    def text(self) -> str:
        """The key file's content: comments that say what it is, then the two secrets."""
        return (
            "# rmdesk: this desk's secret keys for the pair exchange. Never share this file;\n"
            "# rmdesk copies it only into the encrypted full backup.\n"
            f"# created: {models.utc_now()}\n"
            f"# signing key (public): {self.signing_public}\n"
            f"# public key: {self.age_recipient}\n"
            f"{SIGNING_PREFIX}{base64.b64encode(self.signing_secret).decode('ascii')}\n"
            f"{self.age_identity}\n"
        )


def _signer(secret: bytes) -> Ed25519PrivateKey:
    """The signing key (cryptography is imported only when a key is used)."""
    _need_ed25519()
    from cryptography.hazmat.primitives.asymmetric import ed25519

    return ed25519.Ed25519PrivateKey.from_private_bytes(secret)


def fingerprint(signing_public: str) -> str:
    """16 hex digits of SHA-256 over a signing public key: names a desk in messages."""
    return hashlib.sha256(signing_public.encode("ascii")).hexdigest()[:16]


def signing_key_bytes(signing_public: str, source: str = "The key") -> bytes:
    """The 32 raw bytes of an "ed25519:…" public key; DeskKeyError for anything else."""
    if not isinstance(signing_public, str) or not signing_public.startswith(SIGNING_PUBLIC_PREFIX):
        raise DeskKeyError(
            msg("{source} is not an Ed25519 signing key (ed25519:…).", source=source)
        )
    try:
        raw = base64.b64decode(signing_public[len(SIGNING_PUBLIC_PREFIX) :], validate=True)
    except (binascii.Error, ValueError):
        raise DeskKeyError(msg("{source} is not valid base64.", source=source)) from None
    if len(raw) != 32:
        raise DeskKeyError(
            msg("{source} has {count} bytes; an Ed25519 key has 32.", source=source, count=len(raw))
        )
    return raw


def verify(signing_public: str, signature: bytes, data: bytes) -> bool:
    """Whether `signature` over `data` was made by the holder of `signing_public`."""
    _need_ed25519()
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric import ed25519

    key = ed25519.Ed25519PublicKey.from_public_bytes(signing_key_bytes(signing_public))
    try:
        key.verify(signature, data)
    except InvalidSignature:
        return False
    return True


def generate() -> DeskKeys:
    _need_ed25519()
    _need_x25519()
    from cryptography.hazmat.primitives.asymmetric import ed25519
    from pyrage import x25519

    secret = ed25519.Ed25519PrivateKey.generate().private_bytes_raw()
    return DeskKeys(secret, str(x25519.Identity.generate()))


def parse(text: str, source: str = "The desk's key file") -> DeskKeys:
    """The keys in a key file's text; DeskKeyError with what is wrong."""
    _need_x25519()
    from pyrage import x25519

    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line and not line.startswith("#")]
    signing = [line for line in lines if line.startswith(SIGNING_PREFIX)]
    identities = [line for line in lines if line.upper().startswith(AGE_SECRET_PREFIX)]
    if len(signing) != 1 or len(identities) != 1 or len(lines) != 2:
        raise DeskKeyError(
            msg(
                "{source} is damaged: it must hold one signing key and one age identity.",
                source=source,
            )
        )
    try:
        secret = base64.b64decode(signing[0][len(SIGNING_PREFIX) :], validate=True)
        identity = str(x25519.Identity.from_str(identities[0]))
    except (binascii.Error, ValueError, Exception) as exc:  # pyrage raises its own types
        raise DeskKeyError(
            msg("{source} is damaged ({error}).", source=source, error=type(exc).__name__)
        ) from None
    if len(secret) != 32:
        raise DeskKeyError(
            msg("{source} is damaged: the signing key is not 32 bytes.", source=source)
        )
    return DeskKeys(secret, identity)


def path_of(data: paths.DataPaths) -> Path:
    return data.root / paths.KEYS_NAME


def load(data: paths.DataPaths) -> DeskKeys | None:
    """This desk's keys, or None if it has none yet."""
    path = path_of(data)
    if not path.exists() and not path.is_symlink():
        return None
    return parse(files.read_text(path, LIMIT_KEYS, msg("a key file")), str(path))


def ensure(data: paths.DataPaths) -> DeskKeys:
    """This desk's keys, made (0600, exclusively) the first time they are needed. Callers
    hold the desk's lock, so two writers never race to make them."""
    found = load(data)
    if found is not None:
        return found
    made = generate()
    data.ensure()
    files.write_new(path_of(data), made.text().encode("ascii"), checked=False)
    return made


def restore(data: paths.DataPaths, text: str) -> bool:
    """Put keys from an encrypted full backup in place (validated first). Keys already here
    that differ are kept in backups/ under a dated name, never just lost. Returns whether
    the file changed."""
    wanted = parse(text, "The backup's desk keys")
    current = load(data)
    if current == wanted:
        return False
    data.ensure()
    path = path_of(data)
    if current is not None:
        stamp = models.utc_now().replace(":", "").replace(".", "")
        keep = data.backups / f"{paths.KEYS_NAME}.replaced-{stamp}"
        files.write_new(keep, files.read_bytes(path, LIMIT_KEYS, msg("a key file")), checked=False)
    files.write_atomic(path, wanted.text().encode("ascii"), checked=False)
    return True


def _need(module: str, library: str) -> None:
    """One clear line when a native library cannot load (a broken install, or Windows
    CPython under wine), instead of "unexpected error: ModuleNotFoundError"."""
    import importlib

    try:
        importlib.import_module(module)
    except ImportError:
        raise DeskKeyError(
            msg("rmdesk's {library} could not be loaded; reinstall rmdesk.", library=library)
        ) from None


def _need_ed25519() -> None:
    _need("cryptography.hazmat.primitives.asymmetric.ed25519", "signing library (cryptography)")


def _need_x25519() -> None:
    _need("pyrage.x25519", "encryption library (pyrage)")

"""Tests of the age encryption service: keys, round trips, hostile headers, safe writes.

pyrage 1.4 cannot lower scrypt's work factor (it times the machine and picks ~1 s), so the
passphrase tests that only need *a* passphrase file use files made here by a tiny encoder
of the age spec at work factor 10; pyrage's own default-factor output is made once per
session, two files in parallel, and reused.
"""

from __future__ import annotations

import base64
import concurrent.futures
import fcntl
import hashlib
import hmac
import os
import pty
import random
import select
import shutil
import struct
import subprocess
import sys
import termios
import threading
import time
from pathlib import Path

import pyrage
import pytest

from rmdesk.services import _crypto_worker, crypto
from tests import platforms

PLAINTEXT = '{"format": "rmdesk-summary", "note": "Ünïcode ✓"}\n'.encode() * 40
PASSPHRASE = "correct horse battery staple ✓"
LOW_FACTOR = 10

requires_age = pytest.mark.skipif(
    shutil.which("age") is None or shutil.which("age-keygen") is None,
    reason="the age command-line tool is not installed (Debian package 'age')",
)


# --- a minimal age passphrase encoder, for fast low-work-factor fixtures ----------------


def _rotl(value: int, count: int) -> int:
    return ((value << count) & 0xFFFFFFFF) | (value >> (32 - count))


def _chacha_block(key: bytes, counter: int, nonce: bytes) -> bytes:
    constants = (0x61707865, 0x3320646E, 0x79622D32, 0x6B206574)
    initial = [*constants, *struct.unpack("<8L", key), counter, *struct.unpack("<3L", nonce)]
    s = list(initial)
    for _ in range(10):
        for a, b, c, d in (
            (0, 4, 8, 12), (1, 5, 9, 13), (2, 6, 10, 14), (3, 7, 11, 15),
            (0, 5, 10, 15), (1, 6, 11, 12), (2, 7, 8, 13), (3, 4, 9, 14),
        ):  # fmt: skip
            s[a] = (s[a] + s[b]) & 0xFFFFFFFF
            s[d] = _rotl(s[d] ^ s[a], 16)
            s[c] = (s[c] + s[d]) & 0xFFFFFFFF
            s[b] = _rotl(s[b] ^ s[c], 12)
            s[a] = (s[a] + s[b]) & 0xFFFFFFFF
            s[d] = _rotl(s[d] ^ s[a], 8)
            s[c] = (s[c] + s[d]) & 0xFFFFFFFF
            s[b] = _rotl(s[b] ^ s[c], 7)
    return struct.pack("<16L", *((x + y) & 0xFFFFFFFF for x, y in zip(s, initial, strict=True)))


def _seal(key: bytes, nonce: bytes, plaintext: bytes) -> bytes:
    """ChaCha20-Poly1305 (RFC 8439) without associated data."""
    ciphertext = bytearray()
    for offset in range(0, len(plaintext), 64):
        stream = _chacha_block(key, 1 + offset // 64, nonce)
        chunk = plaintext[offset : offset + 64]
        ciphertext += bytes(p ^ k for p, k in zip(chunk, stream[: len(chunk)], strict=True))
    one_time = _chacha_block(key, 0, nonce)[:32]
    r = int.from_bytes(one_time[:16], "little") & 0x0FFFFFFC0FFFFFFC0FFFFFFC0FFFFFFF
    s = int.from_bytes(one_time[16:], "little")
    message = (
        bytes(ciphertext) + bytes(-len(ciphertext) % 16) + struct.pack("<QQ", 0, len(ciphertext))
    )
    accumulator, prime = 0, (1 << 130) - 5
    for offset in range(0, len(message), 16):
        block = int.from_bytes(message[offset : offset + 16] + b"\x01", "little")
        accumulator = (accumulator + block) * r % prime
    tag = ((accumulator + s) & ((1 << 128) - 1)).to_bytes(16, "little")
    return bytes(ciphertext) + tag


def _hkdf(secret: bytes, salt: bytes, info: bytes) -> bytes:
    key = hmac.new(salt, secret, hashlib.sha256).digest()
    return hmac.new(key, info + b"\x01", hashlib.sha256).digest()


def _b64(data: bytes) -> bytes:
    return base64.b64encode(data).rstrip(b"=")


def age_scrypt_file(data: bytes, passphrase: str, work_factor: int = LOW_FACTOR) -> bytes:
    """A valid age v1 passphrase file at any work factor (data up to one 64 KiB chunk)."""
    assert len(data) <= 65536
    file_key, salt, nonce = os.urandom(16), os.urandom(16), os.urandom(16)
    wrap_key = hashlib.scrypt(
        passphrase.encode(),
        salt=b"age-encryption.org/v1/scrypt" + salt,
        n=1 << work_factor,
        r=8,
        p=1,
        dklen=32,
    )
    body = _b64(_seal(wrap_key, bytes(12), file_key))
    header = b"age-encryption.org/v1\n-> scrypt %s %d\n%s\n---" % (_b64(salt), work_factor, body)
    mac = hmac.new(_hkdf(file_key, b"", b"header"), header, hashlib.sha256).digest()
    payload = _seal(_hkdf(file_key, nonce, b"payload"), bytes(11) + b"\x01", data)
    return header + b" " + _b64(mac) + b"\n" + nonce + payload


def armor(binary: bytes) -> bytes:
    """age's ASCII armor: padded standard base64 in 64-column lines between markers."""
    text = base64.b64encode(binary)
    lines = [text[i : i + 64] for i in range(0, len(text), 64)]
    return b"\n".join([crypto.ARMOR_BEGIN, *lines, crypto.ARMOR_END]) + b"\n"


def hostile(binary: bytes, factor: int = 23) -> bytes:
    """A passphrase file whose header demands 2^factor scrypt (its MAC no longer matches)."""
    intro, stanza, rest = binary.split(b"\n", 2)
    tag, salt, _ = stanza.split(b" ")[1:]
    return b"\n".join([intro, b"-> %s %s %d" % (tag, salt, factor), rest])


# --- fixtures -----------------------------------------------------------------------------


@pytest.fixture(scope="session")
def keys() -> tuple[str, str]:
    return crypto.generate_identity()


@pytest.fixture(scope="session")
def pyrage_passphrase_files() -> dict[str, bytes]:
    """pyrage's default-factor output, binary and armored, made once and in parallel."""
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        binary = pool.submit(crypto.encrypt_with_passphrase, PLAINTEXT, PASSPHRASE)
        armored = pool.submit(crypto.encrypt_with_passphrase, PLAINTEXT, PASSPHRASE, True)
        return {"binary": binary.result(), "armored": armored.result()}


@pytest.fixture
def low_file() -> bytes:
    return age_scrypt_file(PLAINTEXT[:2000], PASSPHRASE)


@pytest.fixture
def no_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if scrypt would run: neither the child nor pyrage in-process."""

    def refuse(*args: object, **kwargs: object) -> bytes:
        raise AssertionError("scrypt must not run for this file")

    monkeypatch.setattr(crypto, "_launch_worker", refuse)
    monkeypatch.setattr(pyrage.passphrase, "decrypt", refuse)


def error_of(call, *args, **kwargs) -> str:  # noqa: ANN001 - any callable
    with pytest.raises(crypto.CryptoError) as caught:
        call(*args, **kwargs)
    return str(caught.value)


# --- keys -----------------------------------------------------------------------------------


def test_generate_identity_gives_a_matching_pair() -> None:
    """A new identity is an AGE-SECRET-KEY-1 secret whose public key is the age1 returned."""
    secret, public = crypto.generate_identity()
    assert secret.startswith("AGE-SECRET-KEY-1") and public.startswith("age1")
    assert str(pyrage.x25519.Identity.from_str(secret).to_public()) == public


def test_write_identity_is_private_and_readable(tmp_path: Path) -> None:
    """keygen writes a 0600 file in age-keygen's layout even under a permissive umask."""
    path = tmp_path / "identity.txt"
    previous = os.umask(0o022)
    try:
        public = crypto.write_identity(path)
    finally:
        os.umask(previous)
    assert platforms.private(path)
    lines = path.read_text().splitlines()
    assert lines[0].startswith("# created: ") and lines[1] == f"# public key: {public}"
    secret = crypto.read_identity(path)
    assert str(pyrage.x25519.Identity.from_str(secret).to_public()) == public


def test_write_identity_refuses_to_overwrite(tmp_path: Path) -> None:
    """An existing file (an identity or anything else) is never replaced."""
    path = tmp_path / "identity.txt"
    path.write_text("precious\n")
    assert "already exists" in error_of(crypto.write_identity, path)
    assert path.read_text() == "precious\n"


def test_write_identity_into_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    """A folder that does not exist gives a message, not a traceback."""
    assert "Could not create" in error_of(crypto.write_identity, tmp_path / "no" / "id.txt")


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("", "holds no age identity"),
        ("# only a comment\n", "holds no age identity"),
        ("age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq\n", "public key"),
        ("-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n", "SSH or PEM"),
        ("AGE-PLUGIN-YUBIKEY-1QQQ\n", "does not support"),
        ("hello\n", "holds no age identity"),
    ],
)
def test_read_identity_explains_bad_files(tmp_path: Path, content: str, needle: str) -> None:
    """Files that are not one usable identity each get a message naming the problem."""
    path = tmp_path / "identity.txt"
    path.write_text(content)
    message = error_of(crypto.read_identity, path)
    assert needle in message and str(path) in message


def test_read_identity_rejects_damage_extra_lines_and_binary(tmp_path: Path) -> None:
    """A broken checksum, two keys, stray lines, binary and a missing file are all refused."""
    secret, _ = crypto.generate_identity()
    other, _ = crypto.generate_identity()
    broken = secret[:-3] + ("Q" if secret[-3] != "Q" else "P") + secret[-2:]
    cases = {
        "damaged.txt": (f"{broken}\n", "checksum"),
        "two.txt": (f"{secret}\n{other}\n", "2 identities"),
        "stray.txt": (f"{secret}\nnot a key\n", "neither comments nor"),
    }
    for name, (content, needle) in cases.items():
        (tmp_path / name).write_text(content)
        assert needle in error_of(crypto.read_identity, tmp_path / name)
    (tmp_path / "binary").write_bytes(bytes(range(256)))
    assert "not text" in error_of(crypto.read_identity, tmp_path / "binary")
    assert "Cannot read" in error_of(crypto.read_identity, tmp_path / "missing.txt")


def test_read_identity_accepts_comments_blank_lines_and_crlf(tmp_path: Path) -> None:
    """Comment lines, blank lines and Windows line ends around the key are fine."""
    secret, _ = crypto.generate_identity()
    path = tmp_path / "identity.txt"
    path.write_bytes(f"# created: today\r\n\r\n  # public key: age1…\r\n{secret}\r\n".encode())
    assert crypto.read_identity(path) == secret


def test_validate_recipient_accepts_and_canonicalises(keys: tuple[str, str]) -> None:
    """A valid age1 key is returned stripped of surrounding whitespace."""
    _, public = keys
    assert crypto.validate_recipient(f"  {public}\n") == public


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("", "Enter the coordinator's public key"),
        ("   ", "Enter the coordinator's public key"),
        ("ssh-ed25519 AAAAC3Nza", "SSH keys are not supported"),
        ("hello", "not an age public key"),
        ("age1notvalid", "fails its checksum"),
        ("age1pq1abcdef", "Post-quantum"),
    ],
)
def test_validate_recipient_explains_bad_input(text: str, needle: str) -> None:
    """Each kind of wrong recipient string gets its own clear message."""
    assert needle in error_of(crypto.validate_recipient, text)


def test_validate_recipient_warns_about_a_pasted_secret(keys: tuple[str, str]) -> None:
    """Pasting the secret identity instead of the public key is caught, and not echoed."""
    secret, _ = keys
    message = error_of(crypto.validate_recipient, secret)
    assert "secret identity" in message and secret not in message


def test_validate_recipient_reports_a_one_character_typo(keys: tuple[str, str]) -> None:
    """A changed character breaks the Bech32 checksum and is reported as such."""
    _, public = keys
    typo = public[:10] + ("q" if public[10] != "q" else "p") + public[11:]
    assert "fails its checksum" in error_of(crypto.validate_recipient, typo)


# --- public-key round trips ---------------------------------------------------------------


@pytest.mark.parametrize("armored", [False, True])
def test_recipient_round_trip(keys: tuple[str, str], armored: bool) -> None:
    """Encrypting to a public key and decrypting with its identity gives the bytes back."""
    secret, public = keys
    ciphertext = crypto.encrypt_to_recipient(PLAINTEXT, public, armor=armored)
    assert PLAINTEXT not in ciphertext
    info = crypto.header_info(ciphertext)
    assert (info.kind, info.work_factor, info.armored) == ("x25519", None, armored)
    assert crypto.decrypt(ciphertext, identity=secret) == PLAINTEXT


def test_recipient_round_trip_of_empty_and_large_data(keys: tuple[str, str]) -> None:
    """Empty data and data spanning many 64 KiB chunks both survive."""
    secret, public = keys
    large = os.urandom(300_000)
    for data in (b"", large):
        assert crypto.decrypt(crypto.encrypt_to_recipient(data, public), identity=secret) == data


def test_decrypt_accepts_identity_file_text(keys: tuple[str, str]) -> None:
    """The identity may be given as the whole text of an identity file."""
    secret, public = keys
    ciphertext = crypto.encrypt_to_recipient(PLAINTEXT, public)
    text = f"# created: now\n# public key: {public}\n{secret}\n"
    assert crypto.decrypt(ciphertext, identity=text) == PLAINTEXT


def test_wrong_identity_is_a_clear_error(keys: tuple[str, str]) -> None:
    """Another person's identity says the key does not match."""
    _, public = keys
    other, _ = crypto.generate_identity()
    ciphertext = crypto.encrypt_to_recipient(PLAINTEXT, public)
    assert "key does not match" in error_of(crypto.decrypt, ciphertext, identity=other)


def test_key_file_without_identity_or_with_passphrase_asks_for_the_identity(
    keys: tuple[str, str],
) -> None:
    """A key-encrypted file opened with a passphrase only asks for the identity file."""
    _, public = keys
    ciphertext = crypto.encrypt_to_recipient(PLAINTEXT, public)
    assert "identity file" in error_of(crypto.decrypt, ciphertext)
    assert "identity file" in error_of(crypto.decrypt, ciphertext, passphrase=PASSPHRASE)


def test_encrypt_to_recipient_rejects_a_bad_recipient() -> None:
    """An invalid recipient never reaches pyrage."""
    assert "not an age public key" in error_of(crypto.encrypt_to_recipient, b"x", "bob")


# --- passphrase round trips -------------------------------------------------------------


def test_passphrase_round_trip_with_pyrage_defaults(
    pyrage_passphrase_files: dict[str, bytes],
) -> None:
    """pyrage's default-factor files, binary and armored, decrypt back (in parallel)."""
    files = pyrage_passphrase_files
    assert not crypto.header_info(files["binary"]).armored
    assert crypto.header_info(files["armored"]).armored
    for ciphertext in files.values():
        info = crypto.header_info(ciphertext)
        assert info.kind == "scrypt"
        assert info.work_factor is not None and info.work_factor <= crypto.MAX_WORK_FACTOR
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        results = pool.map(lambda c: crypto.decrypt(c, passphrase=PASSPHRASE), files.values())
        assert list(results) == [PLAINTEXT, PLAINTEXT]


@pytest.mark.parametrize("armored", [False, True])
def test_passphrase_decrypt_of_low_factor_files(low_file: bytes, armored: bool) -> None:
    """Spec-made passphrase files open through the worker, binary and armored."""
    data = armor(low_file) if armored else low_file
    info = crypto.header_info(data)
    assert (info.kind, info.work_factor, info.armored) == ("scrypt", LOW_FACTOR, armored)
    assert crypto.decrypt(data, passphrase=PASSPHRASE) == PLAINTEXT[:2000]


def test_wrong_passphrase_is_a_clear_error(low_file: bytes) -> None:
    """A wrong passphrase says so."""
    assert "Wrong passphrase" in error_of(crypto.decrypt, low_file, passphrase="nope")


def test_passphrase_file_without_passphrase_asks_for_it(low_file: bytes) -> None:
    """Opening a passphrase file with only an identity asks for the passphrase."""
    secret, _ = crypto.generate_identity()
    assert "protected by a passphrase" in error_of(crypto.decrypt, low_file, identity=secret)


def test_empty_passphrase_is_refused_before_any_work(no_worker: None, low_file: bytes) -> None:
    """An empty passphrase is refused for encryption and decryption alike."""
    assert "Enter a passphrase" in error_of(crypto.encrypt_with_passphrase, b"x", "")
    assert "Enter a passphrase" in error_of(crypto.decrypt, low_file, passphrase="")


def test_passphrase_never_reaches_argv_or_environment(
    monkeypatch: pytest.MonkeyPatch, low_file: bytes
) -> None:
    """The child's argv and environment hold no passphrase, even one the CLI read from env."""
    monkeypatch.setenv("RMDESK_TEST_PASSPHRASE", PASSPHRASE)
    launched: list[tuple[list[str], dict[str, str]]] = []
    real_popen = subprocess.Popen

    def recording_popen(args: list[str], **kwargs: object) -> subprocess.Popen[bytes]:
        launched.append((list(args), dict(kwargs["env"])))  # type: ignore[call-overload]
        return real_popen(args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(crypto.subprocess, "Popen", recording_popen)
    assert crypto.decrypt(low_file, passphrase=PASSPHRASE) == PLAINTEXT[:2000]
    [(argv, environment)] = launched
    assert "-m" not in argv and argv[-2:] == [crypto.WORKER_FLAG, "decrypt"]
    assert not any(PASSPHRASE in part for part in argv)
    assert not any(PASSPHRASE in value for value in environment.values())
    assert crypto.worker_command("encrypt", armor=True)[-2:] == ["encrypt", "--armor"]


def test_frozen_worker_is_rmdesk_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    """In a frozen build the child is the executable with the hidden argument, no `-m`."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/rmdesk/rmdesk")
    assert crypto.worker_command("decrypt") == [
        "/opt/rmdesk/rmdesk",
        crypto.WORKER_FLAG,
        "decrypt",
    ]


def test_frozen_windowed_app_starts_its_console_twin(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """From the windowed rmdesk-gui.exe, the worker is rmdesk.exe beside it."""
    (tmp_path / "rmdesk.exe").write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "rmdesk-gui.exe"))
    assert crypto.worker_command("encrypt")[0] == str(tmp_path / "rmdesk.exe")


def test_encryption_can_be_cancelled() -> None:
    """Setting the cancel event kills the child and raises promptly."""
    cancel = threading.Event()
    timer = threading.Timer(0.2, cancel.set)
    timer.start()
    # pyrage times scrypt to take about a second, so the cancel always lands mid-work.
    with pytest.raises(crypto.CryptoCancelledError):
        crypto.encrypt_with_passphrase(PLAINTEXT, PASSPHRASE, cancel=cancel)
    timer.join()


def test_encryption_timeout_stops_the_child() -> None:
    """A timeout stops the child and says nothing was written."""
    message = error_of(crypto.encrypt_with_passphrase, PLAINTEXT, PASSPHRASE, timeout=0.1)
    assert "took longer" in message


# --- hostile and broken input -------------------------------------------------------------


@pytest.mark.parametrize("armored", [False, True])
def test_hostile_work_factor_is_refused_before_scrypt(
    no_worker: None, low_file: bytes, armored: bool
) -> None:
    """A work factor of 23 is refused from the header alone; scrypt never starts."""
    data = hostile(low_file)
    data = armor(data) if armored else data
    assert crypto.header_info(data).work_factor == 23
    message = error_of(crypto.decrypt, data, passphrase=PASSPHRASE)
    assert "work factor of 23" in message and "8 GiB" in message
    # Even when the caller only offers an identity, the header is refused the same way.
    assert "work factor of 23" in error_of(crypto.decrypt, data, identity="x")


def test_work_factor_limit_is_inclusive(low_file: bytes) -> None:
    """Factor 20 passes the check; 21 does not."""
    crypto.check_work_factor(crypto.header_info(hostile(low_file, 20)))
    with pytest.raises(crypto.CryptoError, match="work factor of 21"):
        crypto.check_work_factor(crypto.header_info(hostile(low_file, 21)))


def test_worker_refuses_a_hostile_file_by_itself(
    monkeypatch: pytest.MonkeyPatch, low_file: bytes
) -> None:
    """The child entry point checks the work factor too, before pyrage is called."""
    monkeypatch.setattr(pyrage.passphrase, "decrypt", lambda *a: pytest.fail("scrypt ran"))
    code, output, message = _crypto_worker.run(
        ["decrypt"], crypto.worker_input(PASSPHRASE, hostile(low_file))
    )
    assert (code, output) == (crypto.WORKER_REFUSED, b"") and "work factor of 23" in message


def test_worker_rejects_bad_usage() -> None:
    """Unknown operations and malformed stdin are usage errors."""
    assert _crypto_worker.run(["shred"], b"")[0] == crypto.WORKER_USAGE
    assert _crypto_worker.run(["decrypt"], b"\x00")[0] == crypto.WORKER_USAGE
    assert _crypto_worker.run(["decrypt"], struct.pack(">I", 9) + b"abc")[0] == 2
    assert _crypto_worker.run(["encrypt", "--fast"], b"")[0] == crypto.WORKER_USAGE


def test_scrypt_mixed_with_keys_is_refused(no_worker: None, low_file: bytes) -> None:
    """A header that mixes a passphrase with key stanzas is refused as damaged."""
    intro, rest = low_file.split(b"\n", 1)
    mixed = intro + b"\n-> X25519 AAAA\nAAAA\n" + rest
    assert crypto.header_info(mixed).kind == "mixed"
    assert "mixes a passphrase" in error_of(crypto.decrypt, mixed, passphrase=PASSPHRASE)


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        (b"", "empty"),
        (b"  \n", "empty"),
        (b"just some text", "not an age-encrypted file"),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "not an age-encrypted file"),
        (b"age-encryption.org/v2\n-> X25519 a\n", "newer format version"),
        (b"age-encryption.org/v1-> X25519 a\n", "malformed"),
        (b"age-encryption.org/v1\n-> X25519 \xff\nx\n--- a\n", "malformed"),
        (b"age-encryption.org/v1\n-> X25519 abc\n", "cut short"),
        (b"age-encryption.org/v1", "cut short"),
        (b"age-encryption.org/v1\nhello\n--- abc\n", "malformed"),
        (b"age-encryption.org/v1\n--- abc\n", "names no recipient"),
        (b"age-encryption.org/v1\n-> scrypt c2FsdA 018\nx\n--- a\n", "malformed"),
        (b"age-encryption.org/v1\n-> scrypt c2FsdA\nx\n--- a\n", "malformed"),
        (crypto.ARMOR_BEGIN + b"\nYWdl\n", "no END line"),
        (crypto.ARMOR_BEGIN + b"\n!!!!\n" + crypto.ARMOR_END, "not valid base64"),
    ],
)
def test_header_problems_are_clear(no_worker: None, data: bytes, needle: str) -> None:
    """Empty, foreign, newer, truncated and malformed headers each say what is wrong."""
    assert needle in error_of(crypto.decrypt, data, passphrase=PASSPHRASE)


def test_other_recipient_types_are_named(no_worker: None) -> None:
    """A file for an SSH key is recognised and refused with its type named."""
    data = b"age-encryption.org/v1\n-> ssh-ed25519 abc def\nxyz\n--- mac\n"
    assert crypto.header_info(data).kind == "ssh"
    assert "of type ssh," in error_of(crypto.decrypt, data, identity="x")


def test_grease_stanzas_are_ignored(keys: tuple[str, str]) -> None:
    """pyrage adds random '-grease' stanzas; they do not make a file 'mixed'."""
    _, public = keys
    ciphertext = crypto.encrypt_to_recipient(b"x", public)
    assert b"-grease" in ciphertext
    assert crypto.header_info(ciphertext).stanzas == ("X25519",)


@pytest.mark.parametrize("armored", [False, True])
def test_truncated_key_files_are_clear(keys: tuple[str, str], armored: bool) -> None:
    """A key-encrypted file cut anywhere gives a CryptoError with a readable message."""
    secret, public = keys
    ciphertext = crypto.encrypt_to_recipient(PLAINTEXT, public, armor=armored)
    last = len(ciphertext) - (2 if armored else 1)  # armor's final newline is optional
    for cut in (10, 40, len(ciphertext) // 2, len(ciphertext) - 20, last):
        message = error_of(crypto.decrypt, ciphertext[:cut], identity=secret)
        assert "cut short" in message or "damaged" in message or "not an age" in message


def test_truncated_passphrase_file_is_clear(low_file: bytes) -> None:
    """A passphrase file with its payload cut off fails with a message, in the worker."""
    message = error_of(crypto.decrypt, low_file[:-30], passphrase=PASSPHRASE)
    assert "damaged" in message or "cut short" in message


def test_random_corruptions_always_give_a_crypto_error(keys: tuple[str, str]) -> None:
    """Flipping, dropping or inserting bytes anywhere never decrypts and never escapes."""
    secret, public = keys
    rng = random.Random(6)
    for armored in (False, True):
        original = crypto.encrypt_to_recipient(PLAINTEXT[:500], public, armor=armored)
        for _ in range(250):
            data = bytearray(original)
            position = rng.randrange(len(data))
            action = rng.choice(("flip", "drop", "insert"))
            if action == "flip":
                data[position] ^= 1 << rng.randrange(8)
            elif action == "drop":
                del data[position]
            else:
                data.insert(position, rng.randrange(256))
            if armored and bytes(data).split() == original.split():
                continue  # only whitespace moved: still the same armored file
            with pytest.raises(crypto.CryptoError) as caught:
                crypto.decrypt(bytes(data), identity=secret)
            assert "\n" not in str(caught.value) and len(str(caught.value)) < 200


def test_corrupted_passphrase_files_give_a_crypto_error(low_file: bytes) -> None:
    """A few corruptions of a passphrase file fail cleanly through the worker."""
    rng = random.Random(7)
    for _ in range(8):
        data = bytearray(low_file)
        data[rng.randrange(len(data))] ^= 0x20
        with pytest.raises(crypto.CryptoError) as caught:
            crypto.decrypt(bytes(data), passphrase=PASSPHRASE)
        assert "\n" not in str(caught.value)


# --- writing ------------------------------------------------------------------------------


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".partial"))


def test_write_encrypted_verifies_then_writes_0600(keys: tuple[str, str], tmp_path: Path) -> None:
    """The verifier sees exactly the bytes on disk; the file ends up 0600 with no temp left."""
    secret, public = keys
    ciphertext = crypto.encrypt_to_recipient(PLAINTEXT, public)
    seen: list[bytes] = []

    def verify(read_back: bytes) -> bool:
        seen.append(read_back)
        return crypto.decrypt(read_back, identity=secret) == PLAINTEXT

    target = tmp_path / "summary.age"
    previous = os.umask(0o022)
    try:
        assert crypto.write_encrypted(target, ciphertext, verify) == target
    finally:
        os.umask(previous)
    assert seen == [ciphertext] and target.read_bytes() == ciphertext
    assert platforms.private(target)
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("outcome", ["raises", "false"])
def test_failed_verification_keeps_the_earlier_file(
    keys: tuple[str, str], tmp_path: Path, outcome: str
) -> None:
    """When verification fails the earlier file is intact and no temp file is left."""
    _, public = keys
    other_secret, _ = crypto.generate_identity()
    target = tmp_path / "summary.age"
    target.write_bytes(b"the earlier export")

    def verify(read_back: bytes) -> bool:
        if outcome == "raises":
            crypto.decrypt(read_back, identity=other_secret)
        return False

    message = error_of(
        crypto.write_encrypted, target, crypto.encrypt_to_recipient(b"new", public), verify
    )
    assert "was not saved" in message
    if outcome == "raises":
        assert "key does not match" in message
    assert target.read_bytes() == b"the earlier export"
    assert _leftovers(tmp_path) == []


def test_write_encrypted_into_a_missing_folder_is_clear(tmp_path: Path) -> None:
    """An unwritable destination is a one-line error, and the verifier is never called."""
    target = tmp_path / "missing" / "summary.age"
    message = error_of(crypto.write_encrypted, target, b"x", lambda b: pytest.fail("called"))
    assert "Could not write" in message and "Nothing was changed" in message


def test_write_encrypted_cleans_up_on_interrupt(tmp_path: Path) -> None:
    """Even a KeyboardInterrupt during verification leaves no temp file and no target."""

    def interrupt(read_back: bytes) -> bool:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        crypto.write_encrypted(tmp_path / "out.age", b"ciphertext", interrupt)
    assert list(tmp_path.iterdir()) == []


# --- interoperability with the real age tool ------------------------------------------------


def _age(*args: str | Path, stdin: bytes = b"") -> bytes:
    result = subprocess.run(["age", *map(str, args)], input=stdin, capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout


def _age_on_a_terminal(args: list[str | Path], passphrase: str) -> None:
    """Run age with a pseudo-terminal as its controlling tty, typing the passphrase."""
    primary, secondary = pty.openpty()
    process = subprocess.Popen(
        ["age", *map(str, args)],
        stdin=secondary,
        stdout=secondary,
        stderr=secondary,
        start_new_session=True,
        # age reads a passphrase only from its controlling terminal, never from stdin.
        preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0),
    )
    os.close(secondary)
    seen, answered, deadline = b"", 0, time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([primary], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(primary, 1024)
                except OSError:  # EIO: age closed the terminal
                    break
                if not chunk:
                    break
                seen += chunk
                while seen.lower().count(b"passphrase") > answered:
                    os.write(primary, passphrase.encode() + b"\n")
                    answered += 1
            elif process.poll() is not None:
                break
        assert process.wait(timeout=60) == 0, seen
    finally:
        os.close(primary)
        if process.poll() is None:
            process.kill()
            process.wait()


@requires_age
@pytest.mark.parametrize("armored", [False, True])
def test_age_cli_decrypts_our_recipient_files(tmp_path: Path, armored: bool) -> None:
    """`age -d -i` opens what we encrypt to a key written by write_identity."""
    identity = tmp_path / "identity.txt"
    public = crypto.write_identity(identity)
    ciphertext = crypto.encrypt_to_recipient(PLAINTEXT, public, armor=armored)
    assert _age("-d", "-i", identity, stdin=ciphertext) == PLAINTEXT


@requires_age
def test_we_decrypt_age_cli_recipient_files(tmp_path: Path) -> None:
    """A file made by `age -r` (binary and `-a`) opens with an age-keygen identity."""
    identity = tmp_path / "keygen.txt"
    subprocess.run(["age-keygen", "-o", str(identity)], capture_output=True, check=True)
    secret = crypto.read_identity(identity)
    public = str(pyrage.x25519.Identity.from_str(secret).to_public())
    for extra in ([], ["-a"]):
        ciphertext = _age("-r", public, *extra, stdin=PLAINTEXT)
        assert crypto.decrypt(ciphertext, identity=secret) == PLAINTEXT


@requires_age
@pytest.mark.parametrize("form", ["binary", "armored"])
def test_age_cli_decrypts_our_passphrase_files(
    tmp_path: Path, pyrage_passphrase_files: dict[str, bytes], form: str
) -> None:
    """`age -d` with the passphrase typed on a terminal opens our passphrase output."""
    source, output = tmp_path / "in.age", tmp_path / "out.bin"
    source.write_bytes(pyrage_passphrase_files[form])
    _age_on_a_terminal(["-d", "-o", output, source], PASSPHRASE)
    assert output.read_bytes() == PLAINTEXT


@requires_age
def test_we_decrypt_age_cli_passphrase_files(tmp_path: Path) -> None:
    """A file made by `age -p` (work factor 18) opens with the passphrase."""
    source, output = tmp_path / "plain.json", tmp_path / "out.age"
    source.write_bytes(PLAINTEXT)
    _age_on_a_terminal(["-p", "-o", output, source], PASSPHRASE)
    ciphertext = output.read_bytes()
    assert crypto.header_info(ciphertext).kind == "scrypt"
    assert crypto.decrypt(ciphertext, passphrase=PASSPHRASE) == PLAINTEXT


def test_passphrase_round_trip_bigger_than_a_pipe() -> None:
    """Data far bigger than a pipe's buffer reaches the worker whole (a full backup is MBs;
    feeding stdin once and then waiting left the child without EOF, and rmdesk hung)."""
    data = os.urandom(3 * 1024 * 1024)
    sealed = crypto.encrypt_with_passphrase(data, "a long enough passphrase", timeout=60)
    assert len(sealed) > len(data)
    assert crypto.decrypt(sealed, passphrase="a long enough passphrase", timeout=60) == data

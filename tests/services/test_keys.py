"""This desk's exchange keys: made once, private, signing works, and they travel only inside
the encrypted full backup."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from rmdesk import errors, files, paths
from rmdesk.services import keys
from tests.cli.pairdesks import error, make_pair, ok, rows_of, run


def test_keys_are_made_once_private_and_apart_from_the_rows(tmp_path: Path) -> None:
    """ensure() writes one 0600 file beside the database and returns the same keys after."""
    data = paths.DataPaths(tmp_path / "desk")
    made = keys.ensure(data)
    path = keys.path_of(data)
    assert path.parent == data.root and path != data.database
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    again = keys.ensure(data)
    assert again == made
    assert made.age_recipient.startswith("age1")
    assert made.signing_public.startswith("ed25519:")
    assert keys.generate() != made  # fresh keys each time a desk makes them


def test_signatures_verify_only_with_the_signers_key(tmp_path: Path) -> None:
    """A signature checks out with the signer's public key, not another desk's or over
    changed bytes."""
    one, other = keys.generate(), keys.generate()
    signature = one.sign(b"hello")
    assert keys.verify(one.signing_public, signature, b"hello")
    assert not keys.verify(other.signing_public, signature, b"hello")
    assert not keys.verify(one.signing_public, signature, b"hellO")


def test_a_damaged_key_file_is_refused_clearly(tmp_path: Path) -> None:
    """A key file with a line missing or bad base64 is a one-line error, not a crash."""
    data = paths.DataPaths(tmp_path / "desk")
    text = keys.ensure(data).text()
    files.write_atomic(keys.path_of(data), text.rsplit("\n", 2)[0].encode(), checked=False)
    with pytest.raises(errors.RmdeskError, match="damaged"):
        keys.load(data)
    with pytest.raises(errors.RmdeskError, match="damaged"):
        keys.parse(text.replace(keys.SIGNING_PREFIX, keys.SIGNING_PREFIX + "!!"))


def test_no_output_may_overwrite_the_keys(tmp_path: Path) -> None:
    """The key file is one of the desk's own files: an output naming it is refused."""
    data = paths.DataPaths(tmp_path / "desk")
    make_pair(data.root)
    keys.ensure(data)
    with pytest.raises(files.UnsafeFileError):
        files.check_output(keys.path_of(data), data)
    with pytest.raises(files.UnsafeFileError):
        files.check_output(keys.path_of(data))  # recognised by its folder alone


def test_plain_dump_never_holds_keys_and_the_encrypted_backup_restores_them(
    capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A plain dump has no secret key; the encrypted full backup carries the keys, and
    loading it on another machine puts the same keys in place (0600)."""
    source, target = tmp_path / "old", tmp_path / "new"
    make_pair(source)
    made = keys.ensure(paths.DataPaths(source))
    secret_line = made.text().splitlines()[-1]
    plain = tmp_path / "plain.json"
    ok(run(capsys, source, "dump", "-o", plain))
    text = plain.read_text()
    assert secret_line not in text and keys.SIGNING_PREFIX not in text
    sealed = tmp_path / "full.age"
    monkeypatch.setenv("PASS", "correct horse battery staple")
    ok(run(capsys, source, "dump", "-o", sealed, "--passphrase-env", "PASS"))
    assert secret_line.encode() not in sealed.read_bytes()
    monkeypatch.setenv("PASS", "correct horse battery staple")
    ok(run(capsys, target, "load", sealed, "--passphrase-env", "PASS"))
    restored = keys.load(paths.DataPaths(target))
    assert restored == made
    assert stat.S_IMODE(keys.path_of(paths.DataPaths(target)).stat().st_mode) == 0o600


def test_a_backup_with_bad_keys_loads_nothing(capsys, tmp_path: Path) -> None:
    """A dump whose desk_keys are damaged is refused before any row is written."""
    import json

    source, target = tmp_path / "old", tmp_path / "new"
    make_pair(source)
    plain = tmp_path / "plain.json"
    ok(run(capsys, source, "dump", "-o", plain))
    document = json.loads(plain.read_text())
    document["desk_keys"] = "RMDESK-ED25519-SECRET-1:AAAA\nAGE-SECRET-KEY-1XYZ\n"
    plain.write_text(json.dumps(document))
    error(run(capsys, target, "load", plain), "damaged")
    assert keys.load(paths.DataPaths(target)) is None
    assert rows_of(target, "SELECT count(*) FROM pairs") == [(0,)]

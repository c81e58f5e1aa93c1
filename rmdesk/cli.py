"""The command line: a second front door over the same services as the window.

Names, options and exit codes are a contract: 0 success, 1 a one-line error on stderr,
2 usage. Nothing here imports Qt; the window is started by app.py.
"""

from __future__ import annotations

import argparse
import errno
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TextIO

from rmdesk import __version__, cli_pair, errors, paths, terminal

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
# The kinds `rmdesk search --kind` takes (rmdesk.services.search.KINDS, kept in step by a
# test; not imported here so that `rmdesk --help` stays quick).
SEARCH_KINDS = (
    "meetings",
    "reflections",
    "goals",
    "progress_updates",
    "milestones",
    "topics",
    "agenda_items",
    "action_items",
    "commitments",
)


def _echo(*parts: object, file: TextIO | None = None) -> None:
    """print, with what anyone typed (names, titles, notes, file names) made safe for a
    terminal: control characters are shown as escapes, never obeyed (newlines kept)."""
    try:
        print(*(terminal.escape(str(part), keep_newlines=True) for part in parts), file=file)
    except OSError as exc:
        # Windows reports a reader that went away (`rmdesk check | more`, then q) as EINVAL
        # rather than EPIPE: both mean the same here, and `run` ends quietly on it.
        if file in (None, sys.stdout) and exc.errno in (errno.EPIPE, errno.EINVAL):
            raise BrokenPipeError(errno.EPIPE, "the reader went away") from exc
        raise


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rmdesk",
        description="A private desktop journal for one reverse-mentoring pair. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"rmdesk {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"the folder that holds the desk (default: ${paths.ENV_DATA_DIR} or the "
        "platform's user data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    # Users type `rmdesk demo --data-dir D` as often as `rmdesk --data-dir D demo`: every
    # command takes it too (SUPPRESS keeps the one before the command when none comes after).
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="the folder of the desk"
    )

    demo = commands.add_parser(
        "demo", parents=[common], help="fill an empty desk with a realistic demo pair"
    )
    demo.add_argument("--years", type=int, default=1, help="years of history (default 1)")
    demo.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    demo.add_argument(
        "--as",
        dest="as_role",
        choices=("mentor", "mentee"),
        help="make this side's desk of a demo pair, paired and confirmed with the other "
        "side's (made with the same --seed in another folder); demo keys, never for a real pair",
    )

    commands.add_parser("check", parents=[common], help="schema version, integrity and row counts")

    backup = commands.add_parser("backup", parents=[common], help="back up the desk")
    backup.add_argument("-o", "--output", metavar="FILE", help="write the backup here")

    restore = commands.add_parser(
        "restore", parents=[common], help="restore a backup (backs up the desk first)"
    )
    restore.add_argument("file", metavar="FILE")

    dump = commands.add_parser(
        "dump", parents=[common], help="write the whole desk as lossless JSON"
    )
    dump.add_argument("-o", "--output", metavar="FILE", required=True, help="'-' for stdout")
    _passphrase_options(
        dump.add_mutually_exclusive_group(),
        "encrypt the dump with the passphrase in this environment variable (age format)",
    )

    load = commands.add_parser(
        "load", parents=[common], help="load a dump into an empty desk (all or nothing)"
    )
    load.add_argument("file", metavar="FILE")
    _passphrase_options(
        load.add_mutually_exclusive_group(), "the passphrase of an encrypted dump is in VAR"
    )
    load.add_argument(
        "--replace", action="store_true", help="replace a non-empty desk (backs it up first)"
    )
    keygen = commands.add_parser(
        parents=[common],
        name="keygen",
        help="create an age identity (0600) and print its public key for pairs",
    )
    keygen.add_argument(
        "-o", "--output", metavar="FILE", required=True, help="the new identity (never overwritten)"
    )

    decrypt = commands.add_parser(
        "decrypt", parents=[common], help="decrypt an age file made by rmdesk or age"
    )
    decrypt.add_argument("file", metavar="FILE")
    secret = decrypt.add_mutually_exclusive_group(required=True)
    secret.add_argument("-i", "--identity", metavar="FILE", help="an age identity file")
    secret.add_argument(
        "--passphrase-env", metavar="VAR", help="read the passphrase from this environment variable"
    )
    secret.add_argument(
        "--passphrase-file", metavar="FILE", help="read the passphrase from FILE's first line"
    )
    decrypt.add_argument("-o", "--output", metavar="FILE", required=True, help="'-' for stdout")
    summary = commands.add_parser(
        parents=[common],
        name="summary",
        help="write the progress summary for the coordinator (not encrypted)",
    )
    summary.add_argument("--pair", metavar="UUID", help="the pair (default: the only active one)")
    summary.add_argument(
        "--from", dest="date_from", metavar="DATE", type=_day, help="first day (default: the start)"
    )
    summary.add_argument(
        "--to", dest="date_to", metavar="DATE", type=_day, help="last day (default: today)"
    )
    summary.add_argument(
        "--initials", action="store_true", help="names as initials (free text is not changed)"
    )
    summary.add_argument(
        "--share-meetings",
        action="store_true",
        help="add meetings held against the cadence, counted over every meeting (no content)",
    )
    summary.add_argument(
        "--format",
        choices=("json", "md", "html", "pdf"),
        help="default: by the file name, else json",
    )
    summary.add_argument("-o", "--output", metavar="FILE", required=True, help="'-' for stdout")

    export = commands.add_parser(
        parents=[common],
        name="export",
        help="write the progress summary for the coordinator, encrypted (age)",
    )
    export.add_argument("--pair", metavar="UUID", help="the pair (default: the only active one)")
    export.add_argument(
        "--from", dest="date_from", metavar="DATE", type=_day, help="first day (default: the start)"
    )
    export.add_argument(
        "--to", dest="date_to", metavar="DATE", type=_day, help="last day (default: today)"
    )
    export.add_argument(
        "--initials", action="store_true", help="names as initials (free text is not changed)"
    )
    export.add_argument(
        "--share-meetings",
        action="store_true",
        help="add meetings held against the cadence, counted over every meeting (no content)",
    )
    export.add_argument(
        "--format",
        choices=("json", "md", "html", "pdf"),
        help="default: by the file name without .age (summary.pdf.age is a PDF), else json; "
        "`rmdesk open` reads json, the age tool opens any",
    )
    seal = export.add_mutually_exclusive_group(required=True)
    seal.add_argument(
        "--recipient", metavar="AGE1…", help="encrypt to the coordinator's public key (recommended)"
    )
    seal.add_argument(
        "--passphrase-env", metavar="VAR", help="encrypt with the passphrase in this variable"
    )
    seal.add_argument(
        "--passphrase-file", metavar="FILE", help="encrypt with FILE's first line as passphrase"
    )
    seal.add_argument(
        "--plain", action="store_true", help="do not encrypt: anyone with the file can read it"
    )
    export.add_argument("--armor", action="store_true", help="ASCII-armored age (text, for email)")
    export.add_argument(
        "-o", "--output", metavar="FILE", required=True, type=_file_name, help="the file to write"
    )

    search = commands.add_parser(
        "search", parents=[common], help="search everything written on the desk"
    )
    search.add_argument("query", metavar="QUERY", nargs="+", help="words; the last may be a prefix")
    search.add_argument("--pair", metavar="UUID", help="only this pair (default: every pair)")
    search.add_argument(
        "--kind",
        action="append",
        choices=SEARCH_KINDS,
        help="only this kind (repeat for several)",
    )
    search.add_argument("--author", choices=("mentor", "mentee"), help="only what one wrote")
    search.add_argument(
        "--visibility",
        action="append",
        choices=("private", "pair", "coordinator"),
        help="only entries with this visibility (repeat for several)",
    )
    search.add_argument("--from", dest="date_from", type=_day, metavar="D", help="from this day")
    search.add_argument("--to", dest="date_to", type=_day, metavar="D", help="to this day")
    search.add_argument(
        "--limit", type=_count, default=20, metavar="N", help="at most N hits (default 20)"
    )
    search.add_argument(
        "--format", choices=("text", "json"), default="text", help="how to print (default: text)"
    )
    open_ = commands.add_parser(
        parents=[common],
        name="open",
        help="open progress summaries (age files) and print a table of the pairs",
    )
    open_.add_argument("files", metavar="FILE", nargs="+", help="encrypted JSON summaries")
    key = open_.add_mutually_exclusive_group(required=True)
    key.add_argument("-i", "--identity", metavar="FILE", help="the coordinator's age identity")
    key.add_argument(
        "--passphrase-env", metavar="VAR", help="read the passphrase from this environment variable"
    )
    key.add_argument(
        "--passphrase-file", metavar="FILE", help="read the passphrase from FILE's first line"
    )
    open_.add_argument(
        "--csv", metavar="FILE", type=_file_name, help="also write the table as CSV (0600)"
    )
    open_.add_argument(
        "--pdf", metavar="FILE", type=_file_name, help="also write the table as an A4 PDF (0600)"
    )
    open_.add_argument(
        "--show", metavar="N", type=_row_number, help="also print the summary in row N in full"
    )
    open_.add_argument(
        "--format", choices=("md", "json"), default="md", help="how --show prints (default: md)"
    )
    cli_pair.add_parsers(commands, common)  # add, set, delete, invite, join, partner
    return parser


def _passphrase_options(group: argparse._MutuallyExclusiveGroup, env_help: str) -> None:
    group.add_argument("--passphrase-env", metavar="VAR", help=env_help)
    group.add_argument(
        "--passphrase-file", metavar="FILE", help="... or on the first line of this file"
    )


def _open(data: paths.DataPaths, *, reading: bool = False):  # noqa: ANN202 - store type is lazy
    """Writers take the lock; a reader falls back to read-only while the window is open."""
    from rmdesk.store import db

    try:
        return db.open_store(data)
    except (errors.LockedError, errors.ReadOnlyDeskError):
        if not reading:
            raise
        return db.open_store(data, read_only=True)


def cmd_demo(args: argparse.Namespace, data: paths.DataPaths) -> int:
    from rmdesk.services import demo

    demo.check_years(args.years)  # before the desk is created, so a typo leaves no trace
    if args.as_role:
        from rmdesk import cli_pair

        return cli_pair.paired_demo(args, data)
    with _open(data) as store:
        result = demo.build_demo(store, years=args.years, seed=args.seed)
    total = sum(result.counts.values())
    _echo(f"Demo desk written to {data.root}: {total} records over {args.years} year(s).")
    return EXIT_OK


def cmd_check(args: argparse.Namespace, data: paths.DataPaths) -> int:
    from rmdesk.services import check

    report = check.check(data)
    for line in report.lines():
        _echo(line)
    if not report.ok:
        _echo(f"rmdesk: {data.database}: " + "; ".join(report.problems), file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


def cmd_backup(args: argparse.Namespace, data: paths.DataPaths) -> int:
    from rmdesk.services import backups

    destination = _output(args.output, data) if args.output else None
    with _open(data, reading=True):  # migrates an old desk first; refuses damaged files
        path = backups.take(data, "manual", destination)
    _echo(f"Backed up to {path}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, data: paths.DataPaths) -> int:
    from rmdesk.services import backups

    with _open(data) as store:
        safety = backups.BackupService(store).restore(Path(args.file))
    _echo(f"Restored {args.file}. The desk as it was is saved in {safety}")
    return EXIT_OK


def cmd_dump(args: argparse.Namespace, data: paths.DataPaths) -> int:
    from rmdesk.services import dump

    if args.output != "-":
        _output(args.output, data)
    passphrase = None
    if args.passphrase_env or args.passphrase_file:
        passphrase = _read_passphrase(args)
    with _open(data, reading=True) as store:
        if args.output == "-":
            content = (
                dump.encrypt(store, passphrase) if passphrase else dump.encode(dump.dump(store))
            )
            sys.stdout.buffer.write(content)
            sys.stdout.flush()
        elif passphrase:
            path = dump.write_encrypted(store, Path(args.output), passphrase)
            _echo(
                f"Dumped the whole desk, private entries included, to {path}, encrypted with "
                "the passphrase. Keep the passphrase: without it the file cannot be opened.",
                file=sys.stderr,
            )
        else:
            path = dump.write(store, Path(args.output))
            _echo(f"Dumped the desk to {path}", file=sys.stderr)
    return EXIT_OK


def cmd_load(args: argparse.Namespace, data: paths.DataPaths) -> int:
    from rmdesk.services import backups, dump
    from rmdesk.store import rows

    source = Path(args.file)
    passphrase = None
    if args.passphrase_env or args.passphrase_file:
        passphrase = _read_passphrase(args)
    document = dump.read(source, passphrase)
    with _open(data) as store:
        if args.replace and not rows.is_empty(store):
            backups.take(data, "before-load")
        counts = dump.load(store, document, replace=args.replace)
    _echo(f"Loaded {sum(counts.values())} records from {source} into {data.root}.")
    return EXIT_OK


def cmd_keygen(args: argparse.Namespace, data: paths.DataPaths) -> int:
    from rmdesk.services import crypto

    path = _output(args.output, data)
    public = crypto.write_identity(path)
    _echo(public)
    _echo(f"Identity written to {path}: keep it secret; give pairs the key above.", file=sys.stderr)
    return EXIT_OK


def cmd_decrypt(args: argparse.Namespace, data: paths.DataPaths) -> int:
    from rmdesk import files
    from rmdesk.services import crypto

    source = Path(args.file)
    if args.output != "-" and _same_file(source, Path(args.output)):
        raise errors.RmdeskError(f"{args.output} is the file being decrypted; choose another.")
    if args.output != "-":
        _output(args.output, data)
    ciphertext = files.read_bytes(source, files.LIMIT_DUMP, "an age file")
    if args.identity:
        identity, passphrase = crypto.read_identity(Path(args.identity)), None
    else:
        identity, passphrase = None, _read_passphrase(args)
    plaintext = crypto.decrypt(ciphertext, identity=identity, passphrase=passphrase)
    if args.output == "-":
        sys.stdout.buffer.write(plaintext)
        sys.stdout.flush()
    else:
        path = files.write_atomic(Path(args.output), plaintext)
        _echo(f"Decrypted {source} to {path}", file=sys.stderr)
    return EXIT_OK


def _read_passphrase(args: argparse.Namespace) -> str:
    """From --passphrase-env (then dropped from our environment, so no child inherits it)
    or from the first line of --passphrase-file."""
    from rmdesk import files

    if args.passphrase_env:
        value = os.environ.pop(args.passphrase_env, "")
        if not value:
            raise errors.RmdeskError(f"${args.passphrase_env} is not set or is empty.")
        return value
    raw = files.read_bytes(
        Path(args.passphrase_file), files.LIMIT_PASSPHRASE_FILE, "a passphrase file"
    )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise errors.RmdeskError(f"{args.passphrase_file} is not UTF-8 text.") from None
    first = first_line(text)
    if not first:
        raise errors.RmdeskError(f"{args.passphrase_file} has no passphrase on its first line.")
    return first


def first_line(text: str) -> str:
    """A passphrase file's first line ends at a line feed (or CR LF) only, as age and most
    tools read it: a form feed, a vertical tab or U+2028 is part of the passphrase
    (splitlines would cut it there and silently encrypt with a shorter one)."""
    return text.split("\n", 1)[0].removesuffix("\r")


def _output(name: str, data: paths.DataPaths) -> Path:
    """An output file named on the command line, checked before any work: never the desk,
    its journals, lock or backups, a folder or a device (files.check_output)."""
    from rmdesk import files

    return files.check_output(Path(name), data)


def _same_file(one: Path, other: Path) -> bool:
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False


def _day(text: str) -> date:
    """A --from/--to value; a bad one is a usage error (exit 2)."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-01-31") from None


def _file_name(text: str) -> str:
    """An output that must be a file: it is read back before success is reported."""
    if text == "-" or not text.strip():
        raise argparse.ArgumentTypeError("give a file name; this command does not write to stdout")
    return text


def _at_least_one(what: str) -> Callable[[str], int]:
    """An argparse type for a whole number of at least 1 (a bad one is exit 2)."""

    def parse(text: str) -> int:
        try:
            number = int(text)
        except ValueError:
            number = 0
        if number < 1:
            raise argparse.ArgumentTypeError(f"{text!r} is not {what}")
        return number

    return parse


_row_number = _at_least_one("a row number (1, 2, …)")  # --show: a row of the table
_count = _at_least_one("a number of 1 or more")  # --limit


def _pick_pair(store, wanted: str | None) -> str:  # noqa: ANN001 - store type is lazy
    """The pair asked for (its id, or a unique start of it), else the desk's only active one."""
    from rmdesk.store import pairs

    every = pairs.list_all(store)
    if wanted:
        found = [p for p in every if p.uuid == wanted] or [
            p for p in every if p.uuid.startswith(wanted)
        ]
        if len(found) == 1:
            return found[0].uuid
        if not found:
            raise errors.NotFoundError(f"There is no pair with id {wanted} on this desk.")
        raise errors.RmdeskError(
            f"{wanted} is the start of {len(found)} pair ids; give more of it."
        )
    active = [p for p in every if p.archived_at is None] or every
    if len(active) == 1:
        return active[0].uuid
    if not active:
        raise errors.RmdeskError(f"There is no pair on the desk in {store.paths.root} yet.")
    listing = "; ".join(f"{p.uuid} ({p.label})" for p in active)
    raise errors.RmdeskError(
        f"This desk has {len(active)} pairs; choose one with --pair: {listing}"
    )


def cmd_summary(args: argparse.Namespace, data: paths.DataPaths) -> int:
    from datetime import datetime

    from rmdesk.services import summary, summary_render, times

    options = summary.SummaryOptions(
        args.date_from,
        args.date_to,
        initials_only=args.initials,
        share_meetings=args.share_meetings,
    )
    fmt = args.format or _export_format(args.output)
    if args.output != "-":
        _output(args.output, data)
    with _open(data, reading=True) as store:
        pair_uuid = _pick_pair(store, args.pair)
        # The user's zone decides on which day each meeting falls.
        document = summary.build(store, pair_uuid, options, datetime.now(times.local_zone()))
    if fmt == "pdf":
        from rmdesk.ui import pdf  # Qt is loaded only for a PDF

        if args.output == "-":
            raise errors.RmdeskError("A PDF is written to a file; give one with -o.")
        path = pdf.summary_pdf(document, Path(args.output))
        _echo(f"Wrote the progress summary (pdf) to {path}. It is not encrypted.", file=sys.stderr)
        return EXIT_OK
    if args.output == "-":
        sys.stdout.buffer.write(summary_render.render(document, fmt))
        sys.stdout.flush()
    else:
        path = summary_render.write(document, Path(args.output), fmt)
        shared = len(document["goals"]) + len(document["shared_entries"])
        _echo(
            f"Wrote the progress summary ({fmt}, {shared} shared goals and entries) to {path}. "
            "It is not encrypted.",
            file=sys.stderr,
        )
    return EXIT_OK


def _export_format(output: str) -> str:
    """The format a file name asks for, an .age or .asc ending aside: summary.md.age is
    Markdown, summary.pdf a PDF; JSON when the name says nothing."""
    from rmdesk.services import summary_render

    name = Path(output)
    if name.suffix.lower() in (".age", ".asc"):
        name = name.with_suffix("")
    return "pdf" if name.suffix.lower() == ".pdf" else summary_render.format_for(name)


def cmd_export(args: argparse.Namespace, data: paths.DataPaths) -> int:
    from datetime import datetime

    from rmdesk import files
    from rmdesk.services import export, summary, summary_render, times

    if args.plain and args.armor:
        _echo("rmdesk export: error: --armor is for encrypted output, not --plain", file=sys.stderr)
        return EXIT_USAGE
    fmt = args.format or _export_format(args.output)
    _output(args.output, data)
    recipient = passphrase = None
    if args.recipient is not None:
        recipient = export.check_recipient(args.recipient)  # a typo fails before any work
    elif not args.plain:
        passphrase = _read_passphrase(args)
    options = summary.SummaryOptions(
        args.date_from,
        args.date_to,
        initials_only=args.initials,
        share_meetings=args.share_meetings,
    )
    with _open(data, reading=True) as store:
        pair_uuid = _pick_pair(store, args.pair)
        # The user's zone decides on which day each meeting falls.
        document = summary.build(store, pair_uuid, options, datetime.now(times.local_zone()))
    if fmt == "pdf":
        from rmdesk.ui import pdf  # Qt is loaded only for a PDF

        content = pdf.summary_pdf_bytes(document)
    else:
        content = summary_render.render(document, fmt)
    output = Path(args.output)
    if args.plain:
        path = files.write_atomic(output, content)
        how = "It is not encrypted: anyone who gets the file can read it."
    else:
        # In memory until written; the file is read back and checked before it replaces any.
        path = export.export_bytes(
            content, output, recipient=recipient, passphrase=passphrase, armor=args.armor
        )
        how = f"Encrypted to {recipient}." if recipient else "Encrypted with the passphrase."
    shared = len(document["goals"]) + len(document["shared_entries"])
    _echo(
        f"Exported the progress summary ({fmt}, {shared} shared goals and entries) to {path}. "
        + how,
        file=sys.stderr,
    )
    return EXIT_OK


def cmd_open(args: argparse.Namespace, data: paths.DataPaths) -> int:
    from rmdesk import files
    from rmdesk.services import crypto, export, summary_render

    sources = [Path(name) for name in args.files]
    for output in (args.csv, args.pdf):
        if output and any(_same_file(source, Path(output)) for source in sources):
            raise errors.RmdeskError(f"{output} is one of the files being opened; choose another.")
        if output:
            _output(output, data)
    if args.identity:
        identity, passphrase = crypto.read_identity(Path(args.identity)), None
    else:
        identity, passphrase = None, _read_passphrase(args)
    # Decrypted in memory only; all are opened before anything is printed or written.
    opened = [(str(source), export.open_file(source, identity, passphrase)) for source in sources]
    rows = export.coordinator_table(opened)
    if args.show is None and len(rows) == 1:
        args.show = 1  # one summary opened: print it, not just its row
    if args.show is not None and args.show > len(rows):
        raise errors.RmdeskError(f"There is no row {args.show}; the table has {len(rows)}.")
    if args.csv:
        files.write_atomic(Path(args.csv), export.table_csv(rows))
    if args.pdf:
        from rmdesk.ui import pdf  # Qt is loaded only for a PDF

        pdf.table_pdf(rows, Path(args.pdf))
    for line in export.table_lines(rows):
        _echo(line)
    if args.show is not None:
        document = rows[args.show - 1].document
        _echo()
        if args.format == "json":
            sys.stdout.write(terminal.escape_json(summary_render.to_json(document).decode("utf-8")))
        else:
            markdown = summary_render.to_markdown(document)
            sys.stdout.write(terminal.escape(markdown, keep_newlines=True))
        sys.stdout.flush()
    older = [source for row in rows for source in row.older_sources]
    if older:
        _echo(f"Older summaries of the same pairs, left out: {', '.join(older)}", file=sys.stderr)
    for what, output in (("CSV", args.csv), ("PDF", args.pdf)):
        if output:
            _echo(f"Wrote the table ({what}, decrypted figures) to {output}", file=sys.stderr)
    return EXIT_OK


def cmd_search(args: argparse.Namespace, data: paths.DataPaths) -> int:
    import json
    from dataclasses import replace

    from rmdesk.services import search

    query = " ".join(args.query)
    if not data.database.exists():  # a search must not leave an empty desk behind
        raise errors.RmdeskError(f"There is no desk in {data.root} yet.")
    with _open(data, reading=True) as store:  # migrates an old desk; refuses a damaged one
        pair_uuid = _pick_pair(store, args.pair) if args.pair else None
    results = search.SearchService(data).search(
        query,
        pair_uuid=pair_uuid,
        kinds=args.kind,
        visibility=args.visibility,
        date_from=args.date_from,
        date_to=args.date_to,
        author_role=args.author,
        limit=args.limit,
    )
    if args.format == "json":
        rows = [
            {
                "kind": hit.kind,
                "uuid": hit.uuid,
                "pair_uuid": hit.pair_uuid,
                "pair": hit.pair_label,
                "date": hit.date,
                "snippet": hit.snippet,
            }
            for hit in results
        ]
        print(terminal.escape_json(json.dumps(rows, ensure_ascii=False, indent=2)))
        return EXIT_OK
    if not results:
        _echo(f"No matches for {query!r}.", file=sys.stderr)
        return EXIT_OK
    results = [replace(hit, pair_label=terminal.escape(hit.pair_label)) for hit in results]
    label_width = max(len(hit.label) for hit in results)
    pair_width = max(len(hit.pair_label) for hit in results)
    for hit in results:
        snippet = " ".join(hit.snippet.split())  # one line per hit, however the note was laid out
        _echo(
            f"{hit.date or '          '}  {hit.label:<{label_width}}  "
            f"{hit.pair_label:<{pair_width}}  {snippet}"
        )
    _echo(f"{len(results)} match{'es' if len(results) != 1 else ''}", file=sys.stderr)
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace, paths.DataPaths], int]] = {
    "demo": cmd_demo,
    "check": cmd_check,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "dump": cmd_dump,
    "load": cmd_load,
    "keygen": cmd_keygen,
    "decrypt": cmd_decrypt,
    "summary": cmd_summary,
    "export": cmd_export,
    "open": cmd_open,
    "search": cmd_search,
    **cli_pair.COMMANDS,
}


def run(args: argparse.Namespace) -> int:
    """Run one subcommand; every RmdeskError becomes one line on stderr and exit 1."""
    terminal.use_utf8()
    data = paths.resolve(args.data_dir)
    _warn_if_exposed(args.data_dir)
    try:
        return COMMANDS[args.command](args, data)
    except errors.RmdeskError as exc:
        _echo(f"rmdesk: {_one_line(exc)}", file=sys.stderr)
        return EXIT_ERROR

    except KeyboardInterrupt:
        _echo("rmdesk: interrupted; nothing was left half-written.", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        # The reader went away (`rmdesk check | head -2`): stop quietly, as other tools do,
        # and keep Python from complaining again when it flushes stdout at exit.
        with open(os.devnull, "w", encoding="utf-8") as devnull:
            os.dup2(devnull.fileno(), sys.stdout.fileno())
        return EXIT_ERROR
    except Exception as exc:  # the contract: never a traceback
        return _unexpected(data, exc)


def _unexpected(data: paths.DataPaths, exc: BaseException) -> int:
    """One line naming only the exception's type (its message may quote what someone wrote);
    the details go to the log."""
    log = _log_unexpected(data, exc)
    _echo(f"rmdesk: unexpected error: {type(exc).__name__} (details in {log})", file=sys.stderr)
    return EXIT_ERROR


def _warn_if_exposed(chosen: str | None) -> None:
    """One line on stderr when a folder the user chose (--data-dir or the environment) may
    be readable by others; the default folder is private on every system."""
    chosen = chosen or os.environ.get(paths.ENV_DATA_DIR)
    if chosen:
        from rmdesk import files

        warning = files.exposure_warning(Path(chosen))
        if warning:
            _echo(f"rmdesk: {warning}", file=sys.stderr)


def _one_line(exc: BaseException) -> str:
    """An error's message as the one line the contract promises, safe for a terminal."""
    return terminal.escape(" ".join(str(exc).splitlines()))


def _log_unexpected(data: paths.DataPaths, exc: BaseException) -> Path | str:
    """The traceback (where, and the exception's type) in rmdesk.log; never its message or
    the values in it, which may quote what someone wrote in their private journal."""
    from rmdesk import files

    try:
        data.ensure()
        files.log_unexpected(data.log, type(exc), exc.__traceback__)
        return data.log
    except (OSError, errors.RmdeskError):
        return "the traceback could not be saved"

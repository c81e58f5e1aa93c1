"""The command line of issue 14 (scripting a desk, keys and pairing), kept apart from cli.py
so that file only gains a registration line: `add`, `set`, `delete`, `invite`, `join`,
`partner`, `send`, `receive` and `sync`. Same contract as every command: 0, 1 with one line on
stderr, 2 for usage.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from rmdesk import errors, paths

# As rmdesk.services.scripting.KINDS (a test keeps them in step; not imported for --help).
ADD_KINDS = (
    "goal",
    "milestone",
    "progress",
    "meeting",
    "agenda",
    "action",
    "topic",
    "reflection",
    "pulse",
    "assessment",
    "commitment",
)


def _assignment(text: str) -> str:
    """A FIELD=VALUE word; anything else is a usage mistake (exit 2)."""
    name, sep, _ = text.partition("=")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(f"{text!r} is not FIELD=VALUE")
    return text


class _Intermixed(argparse.ArgumentParser):
    """A subcommand whose options may come between its positionals, as the contract writes
    `add KIND --pair ID FIELD=VALUE…` (plain argparse takes KIND and the fields as one run)."""

    _mixing = False

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        if self._mixing:  # parse_known_intermixed_args calls back in here
            return super().parse_known_args(args, namespace)
        self._mixing = True
        try:
            return self.parse_known_intermixed_args(args, namespace)
        finally:
            self._mixing = False


def add_parsers(commands: Any, common: argparse.ArgumentParser) -> None:
    """Register this module's commands on cli.build_parser's subparsers."""
    add = commands.add_parser(
        "add", parents=[common], help="add an entry: KIND FIELD=VALUE…; prints its id"
    )
    add.__class__ = _Intermixed
    add.add_argument("kind", metavar="KIND", choices=ADD_KINDS, help=", ".join(ADD_KINDS))
    add.add_argument("--pair", metavar="ID", help="the pair (default: the only active one)")
    add.add_argument("fields", metavar="FIELD=VALUE", nargs="*", type=_assignment)

    set_ = commands.add_parser(
        "set", parents=[common], help="change fields of an entry (visibility included)"
    )
    set_.add_argument("uuid", metavar="UUID")
    set_.add_argument("fields", metavar="FIELD=VALUE", nargs="+", type=_assignment)

    delete = commands.add_parser("delete", parents=[common], help="delete an entry")
    delete.add_argument("uuid", metavar="UUID")

    invite = commands.add_parser(
        "invite", parents=[common], help="write this desk's invitation for the pair"
    )
    invite.add_argument("--pair", metavar="ID", help="the pair (default: the only active one)")
    invite.add_argument("-o", "--output", metavar="FILE", required=True, help="'-' for stdout")

    join = commands.add_parser(
        "join", parents=[common], help="join or link with the partner's invitation"
    )
    join.add_argument("file", metavar="FILE")
    join.add_argument("--pair", metavar="ID", help="link this existing pair of the desk")

    partner = commands.add_parser("partner", parents=[common], help="the partner's status")
    partner.add_argument("--pair", metavar="ID", help="the pair (default: the only active one)")
    partner.add_argument("--format", choices=("text", "json"), default="text")
    partner.add_argument("--confirm", metavar="WORDS", help="the safety phrase, to confirm it")

    send = commands.add_parser(
        "send", parents=[common], help="write a file for the partner with what is shared"
    )
    send.add_argument("--pair", metavar="ID", help="the pair (default: the only active one)")
    send.add_argument("-o", "--output", metavar="FILE", required=True, help="the file to write")

    receive = commands.add_parser(
        "receive", parents=[common], help="merge files from the partner's desk"
    )
    receive.add_argument("files", metavar="FILE", nargs="+")

    sync = commands.add_parser(
        "sync", parents=[common], help="one round of exchange through a shared folder"
    )
    sync.add_argument("--pair", metavar="ID", help="the pair (default: the only active one)")
    sync.add_argument(
        "--folder",
        metavar="DIR",
        help="the folder both desks see (OneDrive, Dropbox, Nextcloud, Syncthing…); "
        "remembered for the pair, so later rounds may omit it",
    )


def _echo(*parts: object, file: Any = None) -> None:
    from rmdesk import cli

    cli._echo(*parts, file=file)


def _with_field(exc: errors.ValidationError) -> errors.ValidationError:
    """A validation message that names the field it is about, as `FIELD: message`."""
    if exc.field and not str(exc).startswith(f"{exc.field}:"):
        return errors.ValidationError(f"{exc.field}: {exc}", exc.field)
    return exc


def cmd_add(args: argparse.Namespace, data: paths.DataPaths) -> int:
    from rmdesk import cli
    from rmdesk.services import scripting

    fields = scripting.parse_assignments(args.fields)
    with cli._open(data) as store:
        pair_uuid = cli._pick_pair(store, args.pair)
        try:
            made = scripting.ScriptService(store).add(args.kind, pair_uuid, fields, date.today())
        except errors.ValidationError as exc:
            raise _with_field(exc) from None
    print(made)
    return cli.EXIT_OK


def cmd_set(args: argparse.Namespace, data: paths.DataPaths) -> int:
    from rmdesk import cli
    from rmdesk.services import scripting

    fields = scripting.parse_assignments(args.fields)
    with cli._open(data) as store:
        try:
            service = scripting.ScriptService(store)
            found = service.set(args.uuid, fields, date.today())
        except errors.ValidationError as exc:
            raise _with_field(exc) from None
        unshared = fields.get("visibility") == "private" and found.row.get("visibility") in (
            "pair",
            "coordinator",
        )
        theirs = False
        if unshared:
            from rmdesk.store import exchange, pairs

            pair_uuid = service.pair_of(args.uuid)
            unshared = exchange.paired(store, pair_uuid)
            theirs = found.row.get("author_role") != pairs.get(store, pair_uuid).me_role
    _echo(f"Changed the {found.kind} {args.uuid}.", file=sys.stderr)
    if unshared and theirs:
        _echo(
            "Your partner wrote it: it stays on their desk, no longer shared, after the "
            "next exchange.",
            file=sys.stderr,
        )
    elif unshared:
        _echo(
            "It leaves your partner's desk at the next exchange; what they have already "
            "read cannot be erased.",
            file=sys.stderr,
        )
    return cli.EXIT_OK


def cmd_delete(args: argparse.Namespace, data: paths.DataPaths) -> int:
    from rmdesk import cli
    from rmdesk.services import scripting

    with cli._open(data) as store:
        found = scripting.ScriptService(store).delete(args.uuid)
    _echo(f"Deleted the {found.kind} {args.uuid}.", file=sys.stderr)
    return cli.EXIT_OK


def _parse_fields_or_usage(run: Any) -> Any:
    """parse_assignments raises ValueError for a repeated field: a usage mistake (exit 2)."""

    def wrapped(args: argparse.Namespace, data: paths.DataPaths) -> int:
        from rmdesk import cli

        try:
            return run(args, data)
        except ValueError as exc:
            _echo(f"rmdesk {args.command}: error: {exc}", file=sys.stderr)
            return cli.EXIT_USAGE

    return wrapped


def cmd_invite(args: argparse.Namespace, data: paths.DataPaths) -> int:
    from rmdesk import cli, files
    from rmdesk.services import pairing

    if args.output != "-":
        cli._output(args.output, data)
    with cli._open(data) as store:
        pair_uuid = cli._pick_pair(store, args.pair)
        text = pairing.PairingService(store).invitation(pair_uuid)
    if args.output == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return cli.EXIT_OK
    path = files.write_atomic(Path(args.output), text.encode("utf-8"), desk=data)
    _echo(
        f"Wrote the invitation to {path}. Give it to your partner; it holds no entry and "
        "no secret.",
        file=sys.stderr,
    )
    return cli.EXIT_OK


def cmd_join(args: argparse.Namespace, data: paths.DataPaths) -> int:
    from rmdesk import cli
    from rmdesk.services import pairing

    invitation = pairing.read_invitation(Path(args.file))
    with cli._open(data) as store:
        wanted = cli._pick_pair(store, args.pair) if args.pair else None
        result = pairing.PairingService(store).join(invitation, wanted)
    _echo(result.phrase)
    _echo(result.message, file=sys.stderr)
    return cli.EXIT_OK


def cmd_partner(args: argparse.Namespace, data: paths.DataPaths) -> int:
    import json

    from rmdesk import cli, terminal
    from rmdesk.services import pairing

    with cli._open(data, reading=args.confirm is None) as store:
        pair_uuid = cli._pick_pair(store, args.pair)
        service = pairing.PairingService(store)
        if args.confirm is not None:
            service.confirm(pair_uuid, args.confirm)
        status = service.status(pair_uuid)
    if args.format == "json":
        print(terminal.escape_json(json.dumps(status.as_json(), ensure_ascii=False, indent=2)))
    else:
        for line in status.lines():
            _echo(line)
    if args.confirm is not None:
        _echo("Confirmed: the two desks can now exchange what is shared.", file=sys.stderr)
    return cli.EXIT_OK


def cmd_send(args: argparse.Namespace, data: paths.DataPaths) -> int:
    from rmdesk import cli
    from rmdesk.services import exchange

    if args.output == "-":
        _echo("rmdesk send: error: give a file name; -o - is not allowed", file=sys.stderr)
        return cli.EXIT_USAGE
    cli._output(args.output, data)
    with cli._open(data) as store:
        pair_uuid = cli._pick_pair(store, args.pair)
        sent = exchange.send(store, pair_uuid, Path(args.output))
    _echo(
        f"Wrote {sent.path} for your partner: {exchange.describe(sent.counts)} "
        "(signed, and encrypted to your partner's desk).",
        file=sys.stderr,
    )
    return cli.EXIT_OK


def cmd_receive(args: argparse.Namespace, data: paths.DataPaths) -> int:
    from rmdesk import cli
    from rmdesk.services import exchange

    refused = 0
    with cli._open(data) as store:
        for name in args.files:  # each file is one transaction; a refused one changes nothing
            try:
                got = exchange.receive(store, Path(name))
            except errors.RmdeskError as exc:  # said, and the other files are still read
                _echo(f"rmdesk: {cli._one_line(exc)}", file=sys.stderr)
                refused += 1
                continue
            if got.backup is not None:
                _echo(f"Backed up the desk before its first merge: {got.backup}", file=sys.stderr)
            changes = exchange.describe(got.changed, got.deleted)
            _echo(f"{name}: from {got.partner_name}: {changes}")
            for line in got.notes():
                _echo(f"{name}: {line}")
    return cli.EXIT_ERROR if refused else cli.EXIT_OK


def cmd_sync(args: argparse.Namespace, data: paths.DataPaths) -> int:
    from rmdesk import cli
    from rmdesk.services import sync_folder

    with cli._open(data) as store:
        pair_uuid = cli._pick_pair(store, args.pair)
        folder = Path(args.folder) if args.folder is not None else None
        report = sync_folder.sync(store, pair_uuid, folder)
    for line in report.lines():
        _echo(line)
    return cli.EXIT_OK


COMMANDS = {
    "add": _parse_fields_or_usage(cmd_add),
    "set": _parse_fields_or_usage(cmd_set),
    "delete": cmd_delete,
    "invite": cmd_invite,
    "join": cmd_join,
    "partner": cmd_partner,
    "send": cmd_send,
    "receive": cmd_receive,
    "sync": cmd_sync,
}


def paired_demo(args: argparse.Namespace, data: paths.DataPaths) -> int:
    """`rmdesk demo --as mentor|mentee`: one side's desk of a demo pair."""
    from rmdesk import cli
    from rmdesk.services import demo_pair

    with cli._open(data) as store:
        result = demo_pair.build_paired_demo(store, args.as_role, years=args.years, seed=args.seed)
    other = "mentee" if args.as_role == "mentor" else "mentor"
    total = sum(result.counts.values())
    _echo(
        f"Demo desk of the {args.as_role} written to {data.root}: {total} records over "
        f"{args.years} year(s), paired and confirmed with the {other}'s demo desk "
        f"(rmdesk demo --as {other} --seed {args.seed} --years {args.years} in another "
        "folder, today)."
    )
    _echo(
        "Its keys are demo keys, derived from the seed: anyone can make them. Never use a "
        "demo desk for a real pair.",
        file=sys.stderr,
    )
    return cli.EXIT_OK

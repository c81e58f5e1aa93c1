"""The composition root: parse arguments, resolve paths, open the desk, start the window."""

from __future__ import annotations

import sys

from rmdesk import cli, errors, paths


def main(argv: list[str] | None = None) -> int:
    paths.set_private_umask()
    parser = cli.build_parser()
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    if args.command:
        return cli.run(args)
    return run_window(paths.resolve(args.data_dir))


def run_window(data: paths.DataPaths) -> int:
    from rmdesk.services import desk as desk_module
    from rmdesk.ui import application

    qt_app = application.create_application(sys.argv[:1])
    try:
        desk = desk_module.open_desk(data)
    except errors.RmdeskError as exc:
        print(f"rmdesk: {exc}", file=sys.stderr)
        application.show_fatal(str(exc))
        return cli.EXIT_ERROR
    try:
        return application.run(qt_app, desk)
    finally:
        desk.close()

"""The composition root: parse arguments, resolve paths, open the desk, start the window."""

from __future__ import annotations

import gc
import sys

from rmdesk import errors, paths

EXIT_ERROR = 1  # as cli.EXIT_ERROR; the window's path does not import the CLI


# As crypto.WORKER_FLAG (not imported: the window's path does not need the crypto module).
_WORKER_FLAG = "--rmdesk-internal-crypto-worker"


def main(argv: list[str] | None = None) -> int:
    paths.set_private_umask()
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == [_WORKER_FLAG]:  # rmdesk started as its own passphrase worker
        from rmdesk.services import _crypto_worker

        return _crypto_worker.main(argv[1:])
    window_data_dir = _window_only(argv)
    if window_data_dir is not None:
        return run_window(paths.resolve(window_data_dir or None))
    from rmdesk import cli  # argparse and every command's options: not needed for the window

    args = cli.build_parser().parse_args(argv)
    if args.command:
        return cli.run(args)
    return run_window(paths.resolve(args.data_dir))


def _window_only(argv: list[str]) -> str | None:
    """The data dir ("" for the default) when argv can only mean "open the window".

    `rmdesk` and `rmdesk --data-dir DIR` (how a launcher starts it) skip building the
    parser; anything else, including every mistake, goes through argparse as before.
    """
    if not argv:
        return ""
    if len(argv) == 2 and argv[0] == "--data-dir" and argv[1] and not argv[1].startswith("-"):
        return argv[1]
    if len(argv) == 1 and argv[0].startswith("--data-dir=") and len(argv[0]) > len("--data-dir="):
        return argv[0].removeprefix("--data-dir=")
    return None


def run_window(data: paths.DataPaths) -> int:
    # Start-up makes ~10 ms of collections over objects that all live on (modules, classes,
    # widgets); application.run freezes them and collects again once the window has painted.
    gc.disable()
    try:
        return _run_window(data)
    finally:
        gc.enable()


def _run_window(data: paths.DataPaths) -> int:
    # The store and services first: modules imported after PySide6 pay for its import hook.
    from rmdesk.services import desk as desk_module

    # The lock now, and the desk's integrity check (it reads the whole file) in a thread of
    # its own while Qt is imported and started; errors are reported once Qt can show them.
    pending = desk_module.begin_opening(data)
    from rmdesk.ui import application

    qt_app = application.create_application(sys.argv[:1])
    try:
        desk = desk_module.open_desk(data, pending)
    except errors.RmdeskError as exc:
        print(f"rmdesk: {exc}", file=sys.stderr)
        application.show_fatal(str(exc))
        return EXIT_ERROR
    try:
        return application.run(qt_app, desk)
    finally:
        desk.close()

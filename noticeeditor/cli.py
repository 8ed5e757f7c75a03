"""Command-line sub-commands: render, check, lint, approve. Never imports Qt.

Every failure is one line on stderr and a non-zero exit, never a traceback. The
sub-commands themselves live in ``noticeeditor.commands``, imported once the
arguments are parsed; each imports what only it needs, so ``render`` starts quickly.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from noticeeditor import __version__

if TYPE_CHECKING:
    from noticeeditor.export.ahead import DocxWorker

COMMANDS = ("render", "check", "lint", "approve", "install-desktop")
EXIT_OK, EXIT_GAPS, EXIT_ERROR = 0, 1, 2


class CliError(Exception):
    """A problem to report as one line on stderr."""


def build_parser() -> argparse.ArgumentParser:
    """Return the parser for the sub-commands."""
    parser = argparse.ArgumentParser(
        prog="noticeeditor", description="Draft privacy notices from a questionnaire."
    )
    parser.add_argument("--version", action="version", version=f"noticeeditor {__version__}")
    parser.add_argument("--library", type=Path, help="your own clause library folder")
    sub = parser.add_subparsers(dest="command", required=True)
    render = sub.add_parser("render", help="export a notice to .docx or .html")
    render.add_argument("project", type=Path, help="the .notice project file")
    render.add_argument("-o", "--output", type=Path, required=True, help="OUT.docx or OUT.html")
    render.add_argument("--fragment", action="store_true", help="HTML without page wrapper")
    render.add_argument(
        "--id-prefix",
        default="notice-",
        help="put before every id of a --fragment, so none clashes with the host page's"
        " (default: notice-)",
    )
    render.add_argument(
        "--css",
        metavar="embed|FILE.css",
        help="with --fragment: 'embed' puts the stylesheet in the fragment; "
        "FILE.css writes it there for the website to link",
    )
    render.add_argument("--reference-doc", type=Path, help="a .docx to take styles from")
    render.add_argument("--paper", choices=("letter", "a4"), help="paper size of a .docx")
    render.add_argument(
        "--review", action="store_true", help=".docx with a comment on why each clause is there"
    )
    render.add_argument("--compare", type=Path, metavar="OLD", help="tracked changes against OLD")
    render.add_argument(
        "--compare-approved",
        action="store_true",
        help="tracked changes against the last approved version",
    )
    check = sub.add_parser("check", help="list what the chosen laws require that is missing")
    check.add_argument("project", type=Path)
    check.add_argument(
        "--readability", action="store_true", help="also score each section's readability"
    )
    lint = sub.add_parser("lint", help="check clause templates; exit 1 on problems")
    lint.add_argument("library_dir", type=Path, nargs="?")
    approve = sub.add_parser("approve", help="record the notice as it stands as approved")
    approve.add_argument("project", type=Path)
    approve.add_argument("--note", default="", help="who approved it, or why")
    desktop = sub.add_parser(
        "install-desktop", help="add the editor to your desktop's menu (your user only)"
    )
    desktop.add_argument("--remove", action="store_true", help="take the menu entry out again")
    return parser


def run(
    argv: Sequence[str],
    out: TextIO = sys.stdout,
    err: TextIO = sys.stderr,
    *,
    worker: DocxWorker | None = None,
) -> int:
    """Run one sub-command and return its exit code.

    ``worker`` is a Word export worker started by the entry point before the
    arguments were parsed (``noticeeditor.export.ahead``); a plain ``render`` to
    .docx uses it, and it is ended otherwise.
    """
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit:
        if worker is not None:
            worker.cancel()
        raise
    if worker is not None and not _wants_worker(args):
        worker.cancel()
        worker = None
    from noticeeditor.commands import PROBLEMS, dispatch

    try:
        return dispatch(args, out, worker)
    except PROBLEMS as exc:
        err.write(f"noticeeditor: error: {exc}\n")
        return EXIT_ERROR
    except OSError as exc:
        err.write(f"noticeeditor: error: {exc.strerror or exc}: {exc.filename or ''}\n")
        return EXIT_ERROR
    finally:
        if worker is not None:
            worker.cancel()


def _wants_worker(args: argparse.Namespace) -> bool:
    """Tell whether ``args`` ask for a plain ``render`` to .docx."""
    plain = not (args.review or args.compare is not None or args.compare_approved)
    return args.command == "render" and args.output.suffix.lower() == ".docx" and plain

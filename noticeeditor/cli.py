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
from typing import TextIO

from noticeeditor import __version__

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
    render = sub.add_parser("render", help="export notices to .docx or .html")
    render.add_argument("project", type=Path, nargs="+", help="the .notice project file(s)")
    render.add_argument("-o", "--output", type=Path, help="OUT.docx or OUT.html (one project)")
    render.add_argument("--out-dir", type=Path, help="folder for NAME.docx/.html of each project")
    render.add_argument("--format", default="docx", help="with --out-dir: docx, html or docx,html")
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
    render.add_argument(
        "--language",
        help="fr, de, es or en, or several (fr,en: one file each, NAME.fr.docx);"
        " default: the project's first language",
    )
    check = sub.add_parser("check", help="list what the chosen laws require that is missing")
    check.add_argument("project", type=Path)
    check.add_argument("--language", help="fr, de, es or en; default: the project's first")
    check.add_argument(
        "--readability", action="store_true", help="also score each section's readability"
    )
    lint = sub.add_parser("lint", help="check clause templates; exit 1 on problems")
    lint.add_argument("library_dir", type=Path, nargs="?")
    lint.add_argument(
        "--language", help="also report what is not translated into fr, de or es, or is outdated"
    )
    approve = sub.add_parser("approve", help="record the notice as it stands as approved")
    approve.add_argument("project", type=Path)
    approve.add_argument("--note", default="", help="who approved it, or why")
    desktop = sub.add_parser(
        "install-desktop", help="add the editor to your desktop's menu (your user only)"
    )
    desktop.add_argument("--remove", action="store_true", help="take the menu entry out again")
    return parser


def run(argv: Sequence[str], out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """Run one sub-command and return its exit code."""
    args = build_parser().parse_args(argv)
    from noticeeditor.commands import PROBLEMS, dispatch

    try:
        return dispatch(args, out, err)
    except PROBLEMS as exc:
        err.write(f"noticeeditor: error: {exc}\n")
        return EXIT_ERROR
    except OSError as exc:
        err.write(f"noticeeditor: error: {exc.strerror or exc}: {exc.filename or ''}\n")
        return EXIT_ERROR

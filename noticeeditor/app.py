"""Entry point: sub-commands run without Qt; anything else opens the editor."""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from noticeeditor.gui.main_window import MainWindow


def main(argv: Sequence[str] | None = None, run_loop: bool = True) -> int:
    """Run ``noticeeditor`` with ``argv`` (default: the process arguments).

    Without ``run_loop`` the editor returns once its window is shown, as for timing
    a start.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    command = _after_global_options(args)
    from noticeeditor.cli import COMMANDS, run

    if command and (command[0] in COMMANDS or command[0] in ("-h", "--help", "--version")):
        code = run(args)
        if argv is None:
            # This process ends with the command. Freezing what it made keeps Python's
            # last garbage collection from walking every object on the way out, a
            # tenth of a render's time; files are already written and closed.
            gc.freeze()
        return code
    from noticeeditor.gui.application import run_editor

    return run_editor(args, run_loop)


def _after_global_options(args: Sequence[str]) -> list[str]:
    """Return ``args`` from the sub-command on: without ``--library FOLDER`` before it."""
    rest = list(args)
    while rest and (rest[0] == "--library" or rest[0].startswith("--library=")):
        rest = rest[2:] if rest[0] == "--library" else rest[1:]
    return rest


def build_window(path: Path | None = None) -> MainWindow:
    """Return the fully wired main window, as the application builds it, without exec()."""
    from noticeeditor.gui.application import build_window as _build

    return _build(path)

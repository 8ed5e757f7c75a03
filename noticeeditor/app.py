"""Entry point: sub-commands run without Qt; anything else opens the editor."""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from noticeeditor.core.ahead import ComposeAhead
    from noticeeditor.export.ahead import DocxWorker
    from noticeeditor.gui.main_window import MainWindow


def main(argv: Sequence[str] | None = None, run_loop: bool = True) -> int:
    """Run ``noticeeditor`` with ``argv`` (default: the process arguments).

    Without ``run_loop`` the editor returns once its window is shown, as for timing
    a start.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    command = _after_global_options(args)
    # Before the command line is even parsed: see noticeeditor.export.ahead.
    worker = _docx_worker(command) if argv is None else None
    from noticeeditor.cli import COMMANDS, run

    if command and (command[0] in COMMANDS or not _opens_editor(command[0])):
        code = run(args, worker=worker)
        if argv is None:
            # This process ends with the command. Freezing what it made keeps Python's
            # last garbage collection from walking every object on the way out, a
            # tenth of a render's time; files are already written and closed.
            gc.freeze()
        return code
    if _without_display(args):
        sys.stderr.write(
            "noticeeditor: no display to open the editor on (DISPLAY is not set); "
            "run it on a desktop, under `xvfb-run noticeeditor`, "
            "or with QT_QPA_PLATFORM=offscreen for a check without a window\n"
        )
        return 2
    ahead = _compose_ahead(args)  # before Qt is imported: see noticeeditor.core.ahead
    from noticeeditor.gui.application import run_editor

    return run_editor(args, ahead, run_loop)


def _after_global_options(args: Sequence[str]) -> list[str]:
    """Return ``args`` from the sub-command on: without ``--library FOLDER`` before it."""
    rest = list(args)
    while rest and (rest[0] == "--library" or rest[0].startswith("--library=")):
        rest = rest[2:] if rest[0] == "--library" else rest[1:]
    return rest


def _opens_editor(first: str) -> bool:
    """Tell whether the first argument is one the editor takes: a project file or a Qt option.

    Anything else, a mistyped sub-command above all, goes to the command-line parser,
    which prints the usage and exits 2.
    """
    if first in ("-h", "--help", "--version"):
        return False
    if first.startswith("-"):
        return True  # Qt's own options, such as -platform offscreen
    from pathlib import Path

    return first.endswith(".notice") or Path(first).is_file()


def _without_display(args: Sequence[str]) -> bool:
    """Tell whether Qt would find no display to open a window on (Linux and BSD only)."""
    import os

    if sys.platform in ("win32", "darwin") or "-platform" in args:
        return False
    names = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    return not any(os.environ.get(name) for name in names)


def _docx_worker(command: Sequence[str]) -> DocxWorker | None:
    """Start a Word export worker if ``command`` may be a ``render`` to .docx."""
    if command[:1] != ["render"] or not any(a.lower().endswith(".docx") for a in command[1:]):
        return None
    from noticeeditor.export.ahead import DocxWorker

    return DocxWorker.start()


def _compose_ahead(args: Sequence[str]) -> ComposeAhead | None:
    """Start composing the project file among ``args``, if any, in a child process."""
    from pathlib import Path

    files = [Path(a) for a in args if a.endswith(".notice") and not a.startswith("-")]
    if not files or not files[0].is_file():
        return None
    from noticeeditor.core.ahead import ComposeAhead
    from noticeeditor.paths import templates_dir, user_library_dir

    user = user_library_dir()
    return ComposeAhead.start(files[0], templates_dir(), user if user.is_dir() else None)


def build_window(path: Path | None = None) -> MainWindow:
    """Return the fully wired main window, as the application builds it, without exec()."""
    from noticeeditor.gui.application import build_window as _build

    return _build(path)

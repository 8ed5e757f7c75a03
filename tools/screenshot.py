"""Render the main window with an example project to docs/screenshot-main.png, offscreen.

    .venv/bin/python tools/screenshot.py [--project seeds/projects/X.notice]
                                         [--section SECTION_ID] [--anchor NOTICE_SECTION]
                                         [--out PATH]

Settings and recovery files go to a temporary folder, so the user's own are never
read or written.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PREFERRED = ("ioconnect", "dialpoint", "complete")


def default_project() -> Path:
    """Return the first preferred example project that exists."""
    folder = ROOT / "seeds" / "projects"
    for name in PREFERRED:
        if (folder / f"{name}.notice").is_file():
            return folder / f"{name}.notice"
    found = sorted(folder.glob("*.notice"))
    if not found:
        raise SystemExit("no example project in seeds/projects")
    return found[0]


def draft(project: Path, drop: list[str], folder: Path) -> Path:
    """Return ``project``, or a copy in ``folder`` without the answers named in ``drop``."""
    if not drop:
        return project
    from noticeeditor.core.project import NoticeProject

    loaded = NoticeProject.load(project)
    for qid in drop:
        loaded.answers.pop(qid, None)
    copy = folder / project.name
    loaded.save(copy)
    return copy


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Return the command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", type=Path, default=None, help="the .notice file to show")
    parser.add_argument("--section", default="data_collected", help="wizard section to show")
    parser.add_argument("--anchor", default="what_we_collect", help="notice section to show")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshot-main.png")
    parser.add_argument(
        "--checklist-out", type=Path, default=None, help="also save the checklist panel here"
    )
    parser.add_argument("--tab", type=int, default=0, help="checklist tab: 0 requirements")
    parser.add_argument(
        "--drop", action="append", default=[], help="leave this question unanswered (repeatable)"
    )
    parser.add_argument("--interface", default="", help="the editor's language: en, fr, de, es")
    parser.add_argument("--width", type=int, default=1580)
    parser.add_argument("--height", type=int, default=900)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Build the window as the application does, grab it and save the picture."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from noticeeditor.gui.application import build_window, ensure_application

    app = ensure_application()
    with tempfile.TemporaryDirectory() as temp:
        store = QSettings(str(Path(temp) / "settings.ini"), QSettings.Format.IniFormat)
        if args.interface:
            from noticeeditor.gui.settings import Settings

            Settings(store).set_interface_language(args.interface)
        project = draft(args.project or default_project(), args.drop, Path(temp))
        window = build_window(project, store, Path(temp) / "recovery")
        window.resize(args.width, args.height)
        window.show()
        window.go_to_section(args.section)
        window.preview.render_now()
        window.checklist.refresh_now()  # it waits for a pause in typing otherwise
        window.checklist.tabs.setCurrentIndex(args.tab)
        QApplication.processEvents()
        window.preview.scrollToAnchor(args.anchor)
        for _ in range(5):
            QApplication.processEvents()
        args.out.parent.mkdir(parents=True, exist_ok=True)
        saved = window.grab().save(str(args.out))
        if args.checklist_out is not None:
            saved = saved and window.checklist_dock.grab().save(str(args.checklist_out))
        window.undo_stack.setClean()
        window.close()
    app.processEvents()
    print(args.out if saved else f"could not write {args.out}")
    return 0 if saved else 1


if __name__ == "__main__":
    raise SystemExit(main())

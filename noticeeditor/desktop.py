"""Add the editor to the desktop's menu for the current user, or take it out again.

Writes a freedesktop.org menu entry and the icon into the user's XDG data folder
(``~/.local/share`` unless ``XDG_DATA_HOME`` says otherwise); never imports Qt.
"""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

from platformdirs import user_data_path

from noticeeditor.paths import resources_dir

ENTRY = Path("applications") / "noticeeditor.desktop"
ICON = Path("icons") / "hicolor" / "scalable" / "apps" / "noticeeditor.svg"


def _data_home() -> Path:
    return user_data_path(appname=None, appauthor=False)


def launch_command() -> str:
    """Return the menu entry's command: this very program, wherever it was installed."""
    if getattr(sys, "frozen", False):
        program = [sys.executable]
    else:
        program = [sys.executable, "-m", "noticeeditor"]
    return " ".join(shlex.quote(part) for part in program) + " %f"


def install_desktop() -> list[Path]:
    """Write the menu entry and the icon; return the files written."""
    home = _data_home()
    entry, icon = home / ENTRY, home / ICON
    text = (resources_dir() / "noticeeditor.desktop").read_text(encoding="utf-8")
    lines = [
        f"Exec={launch_command()}" if line.startswith("Exec=") else line
        for line in text.splitlines()
    ]
    for path in (entry, icon):
        path.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text("\n".join(lines) + "\n", encoding="utf-8")
    icon.write_bytes((resources_dir() / "icons" / "noticeeditor.svg").read_bytes())
    return [entry, icon]


def remove_desktop() -> list[Path]:
    """Delete the menu entry and the icon, if present; return the files removed."""
    removed = []
    for path in (_data_home() / ENTRY, _data_home() / ICON):
        if path.is_file():
            path.unlink()
            removed.append(path)
    return removed

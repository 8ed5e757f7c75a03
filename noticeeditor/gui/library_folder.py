"""Where the user's own clause library lives: a setting, with a default.

Kept apart from the clause library window so the editor can read it at start-up
without loading the window's code.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from noticeeditor.paths import user_library_dir

FOLDER_KEY = "library/folder"


def library_folder(store: QSettings) -> Path:
    """Return the user's clause library folder: the one chosen, else the default."""
    value = store.value(FOLDER_KEY, "")
    return Path(value) if isinstance(value, str) and value else user_library_dir()


def save_library_folder(store: QSettings, folder: Path) -> None:
    """Remember ``folder`` as the user's clause library folder."""
    store.setValue(FOLDER_KEY, str(folder))
    store.sync()

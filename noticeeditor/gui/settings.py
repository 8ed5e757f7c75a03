"""UI state kept between sessions: window geometry, splitters, recent files, language.

``Settings`` wraps a ``QSettings`` that is passed in, so tests hand it one backed by
an INI file in a temporary folder and never touch the user's configuration. It holds
UI state only: answers live in ``*.notice`` files.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

MAX_RECENT = 10


def default_qsettings() -> QSettings:
    """Return the user's settings store, always in INI format for every platform."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "noticeeditor", "noticeeditor"
    )


class Settings:
    """Typed access, with defaults, to the editor's persistent UI state."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else default_qsettings()

    # ------------------------------------------------------------ recent files

    def recent_files(self) -> list[Path]:
        """Return recently opened or saved projects, newest first."""
        raw = self.store.value("files/recent", [])
        if isinstance(raw, str):  # QSettings returns a lone string for one item
            raw = [raw]
        return [Path(item) for item in raw or [] if isinstance(item, str) and item]

    def add_recent_file(self, path: Path) -> None:
        """Put ``path`` at the top of the recent files, keeping at most MAX_RECENT."""
        path = Path(path).resolve()
        kept = [p for p in self.recent_files() if p != path]
        self._set_recent([path, *kept][:MAX_RECENT])

    def remove_recent_file(self, path: Path) -> None:
        """Forget ``path``, for instance after it failed to open."""
        self._set_recent([p for p in self.recent_files() if p != Path(path).resolve()])

    def clear_recent_files(self) -> None:
        """Forget every recent file."""
        self._set_recent([])

    def _set_recent(self, paths: list[Path]) -> None:
        """Store ``paths`` as the recent files and write them out at once."""
        self.store.setValue("files/recent", [str(p) for p in paths])
        self.store.sync()

    # ------------------------------------------------------------ folders

    def last_folder(self) -> Path:
        """Return the folder the last file dialog was in (home by default)."""
        raw = self.store.value("files/last_folder", "")
        folder = Path(raw) if isinstance(raw, str) and raw else Path.home()
        return folder if folder.is_dir() else Path.home()

    def set_last_folder(self, folder: Path) -> None:
        """Remember ``folder`` for the next file dialog."""
        self.store.setValue("files/last_folder", str(folder))

    def export_folder(self) -> Path:
        """Return the folder of the last export, else the user's documents folder."""
        raw = self.store.value("files/export_folder", "")
        if isinstance(raw, str) and raw and Path(raw).is_dir():
            return Path(raw)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def set_export_folder(self, folder: Path) -> None:
        """Remember ``folder`` for the next export."""
        self.store.setValue("files/export_folder", str(folder))

    # ------------------------------------------------------------ window state

    def window_geometry(self) -> QByteArray | None:
        """Return the saved main window geometry, or None the first time."""
        return self._bytes("window/geometry")

    def window_state(self) -> QByteArray | None:
        """Return the saved main window toolbar/dock state, or None."""
        return self._bytes("window/state")

    def splitter_state(self, name: str) -> QByteArray | None:
        """Return the saved sizes of splitter ``name``, or None."""
        return self._bytes(f"window/splitter_{name}")

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        """Remember the main window's geometry and state."""
        self.store.setValue("window/geometry", geometry)
        self.store.setValue("window/state", state)

    def save_splitter(self, name: str, state: QByteArray) -> None:
        """Remember the sizes of splitter ``name``."""
        self.store.setValue(f"window/splitter_{name}", state)

    def checklist_visible(self) -> bool:
        """Return whether the checklist panel is wanted (shown by default)."""
        value = self.store.value("window/checklist_visible", True)
        return value not in (False, "false", "0", 0)

    def set_checklist_visible(self, visible: bool) -> None:
        """Remember whether the checklist panel is wanted."""
        self.store.setValue("window/checklist_visible", bool(visible))

    # ------------------------------------------------------------ interface

    def interface_language(self) -> str:
        """Return the language chosen for the editor's own words; "" follows the system."""
        value = self.store.value("interface/language", "")
        return value if isinstance(value, str) else ""

    def set_interface_language(self, language: str) -> None:
        """Choose the language of the editor's own words ("" to follow the system)."""
        self.store.setValue("interface/language", language)
        self.store.sync()

    def sync(self) -> None:
        """Write pending changes to disk."""
        self.store.sync()

    def _bytes(self, key: str) -> QByteArray | None:
        """Return the QByteArray stored under ``key``, or None."""
        value = self.store.value(key)
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        if isinstance(value, bytes) and value:
            return QByteArray(value)
        return None

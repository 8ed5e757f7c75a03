"""The File menu's changing parts: Open Recent and New from Example."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from noticeeditor.gui.actions import Menus
from noticeeditor.gui.settings import Settings
from noticeeditor.gui.start_page import example_title


class FileMenus(QObject):
    """Fills Open Recent from the settings and New from Example from the examples."""

    recent_requested = Signal(Path)
    example_requested = Signal(Path)
    recent_changed = Signal()

    def __init__(
        self, menus: Menus, clear_action: QAction, settings: Settings, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.menus, self.clear_action, self.settings = menus, clear_action, settings
        self.menus.recent.aboutToShow.connect(self.fill_recent)
        self.clear_action.triggered.connect(self._on_clear_action_triggered)

    def fill_examples(self, examples: list[Path]) -> None:
        """List ``examples`` under New from Example."""
        for path in examples:
            action = self.menus.examples.addAction(example_title(path))
            action.setData(str(path))
            action.setStatusTip(self.tr("Start a new notice from this example"))
            action.triggered.connect(self._on_example_action_triggered)
        self.menus.examples.setEnabled(bool(examples))

    def fill_recent(self) -> None:
        """List the recent files under Open Recent, numbered for the keyboard."""
        menu = self.menus.recent
        menu.clear()
        recent = self.settings.recent_files()
        for number, path in enumerate(recent, start=1):
            action = menu.addAction(f"&{number % 10} {path.name}")
            action.setData(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(self._on_recent_action_triggered)
        if recent:
            menu.addSeparator()
        menu.addAction(self.clear_action)
        self.clear_action.setEnabled(bool(recent))

    def _on_recent_action_triggered(self) -> None:
        """Ask to open the recent file whose entry was chosen."""
        action = self.sender()
        if isinstance(action, QAction):
            self.recent_requested.emit(Path(str(action.data())))

    def _on_example_action_triggered(self) -> None:
        """Ask to start a notice from the example whose entry was chosen."""
        action = self.sender()
        if isinstance(action, QAction):
            self.example_requested.emit(Path(str(action.data())))

    def _on_clear_action_triggered(self) -> None:
        """Forget the recent files."""
        self.settings.clear_recent_files()
        self.recent_changed.emit()

"""The main window's one clause library window, made when first asked for.

``LibraryWindowHost`` outlives the window it holds, so the main window wires its
signals once, at start-up, whether or not the library window was ever opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from noticeeditor.core.library import ClauseLibrary
from noticeeditor.gui.settings import Settings

if TYPE_CHECKING:
    from noticeeditor.gui.clause_editor import ProjectSource
    from noticeeditor.gui.library_window import LibraryWindow


class LibraryWindowHost(QObject):
    """Opens, raises and closes the clause library window; passes its news on."""

    library_changed = Signal()

    def __init__(
        self,
        library: ClauseLibrary,
        settings: Settings,
        project: ProjectSource,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.library, self.settings, self.project = library, settings, project
        self.window: LibraryWindow | None = None

    def show_window(self) -> LibraryWindow:
        """Show the library window, made on first use, above the others."""
        if self.window is None:
            # No parent: a window of its own, not kept above the editor.
            from noticeeditor.gui.library_window import LibraryWindow  # loaded when first asked for

            self.window = LibraryWindow(self.library, self.settings, project=self.project)
            self.window.library_changed.connect(self.library_changed)
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        return self.window

    def schedule_preview(self) -> None:
        """Render the clause preview again, after the project's answers changed."""
        if self.window is not None:
            self.window.schedule_preview()

    def close_window(self) -> bool:
        """Close the library window, asking about unsaved clause edits; False if kept."""
        window = self.window
        if window is None:
            return True
        if window.isVisible() and not window.close():
            return False
        self.window = None
        window.deleteLater()
        return True

"""The clause library window: the library's tree beside the clause editor.

The window edits the ``ClauseLibrary`` it is given, the same object the main window
composes with: it points the library at the user's folder (from the constructor,
else the settings, else the platform default) and invalidates it after each change.
It emits ``library_changed`` after every save, revert, new clause or folder change,
so the main window can clear its composer and render the notice again.

Wiring from the main window::

    window = LibraryWindow(self.library, self.settings, project=lambda: self.answers.project)
    window.library_changed.connect(self._on_library_window_library_changed)
    self.answers.answer_changed.connect(window.schedule_preview)
    self.answers.jurisdictions_changed.connect(window.schedule_preview)
    self.answers.project_replaced.connect(window.schedule_preview)

where the handler calls ``self.library.invalidate()``, ``self.composer.clear()`` and
``self.preview.schedule_render()``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QWidget

from noticeeditor.core.library import ClauseLibrary
from noticeeditor.gui.clause_dialogs import ask_library_folder
from noticeeditor.gui.clause_editor import ClauseEditor, ProjectSource
from noticeeditor.gui.library_folder import library_folder, save_library_folder
from noticeeditor.gui.library_tree import LibraryTree
from noticeeditor.gui.settings import Settings

GEOMETRY_KEY = "library_window/geometry"
SPLITTER_KEY = "library_window/splitter_{}"


def _no_project() -> None:
    return None


class LibraryWindow(QMainWindow):
    """Browse the clause library and edit one clause at a time."""

    library_changed = Signal()
    library_folder_changed = Signal(object)  # Path

    def __init__(
        self,
        library: ClauseLibrary,
        settings: QSettings | Settings,
        project: ProjectSource = _no_project,
        folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("libraryWindow")
        self.setMinimumSize(900, 560)
        self.store = settings.store if isinstance(settings, Settings) else settings
        self.library = library
        self._use_folder(folder or library.user or library_folder(self.store))
        self._build(project)
        self._make_actions()
        self._make_menus()
        # ---- wiring
        self.tree.open_clause_requested.connect(self._on_tree_open_clause_requested)
        self.editor.clause_opened.connect(self._on_editor_clause_opened)
        self.editor.library_changed.connect(self._on_editor_library_changed)
        self.editor.modification_changed.connect(self.setWindowModified)
        self.folder_action.triggered.connect(self.choose_library_folder)
        self.close_action.triggered.connect(self.close)
        # ----
        self.tree.populate(library)
        self._show_folder()
        self._restore_state()
        self._open_first_clause()

    # ------------------------------------------------------------ building

    def _build(self, project: ProjectSource) -> None:
        self.tree = LibraryTree(self)
        self.editor = ClauseEditor(self.library, project, self)
        self.folder_label = QLabel(self)
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.setObjectName("librarySplitter")
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.tree)
        self.split.addWidget(self.editor)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([340, 1060])
        self.setCentralWidget(self.split)
        self.statusBar().addPermanentWidget(self.folder_label)

    def _make_actions(self) -> None:
        self.folder_action = QAction(self.tr("&Library Folder…"), self)
        self.folder_action.setObjectName("libraryFolderAction")
        self.folder_action.setStatusTip(self.tr("Choose the folder that holds your own clauses"))
        self.close_action = QAction(self.tr("&Close"), self)
        self.close_action.setObjectName("closeLibraryAction")
        self.close_action.setShortcuts(QKeySequence.StandardKey.Close)

    def _make_menus(self) -> None:
        editor, find = self.editor, self.editor.find_bar
        clause_menu = self.menuBar().addMenu(self.tr("&Clause"))
        clause_menu.addActions([editor.save_action, editor.revert_action])
        clause_menu.addSeparator()
        clause_menu.addActions([editor.new_clause_action, editor.new_section_action])
        clause_menu.addSeparator()
        clause_menu.addActions([self.folder_action, self.close_action])
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addActions([editor.undo_action, editor.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions(
            [find.find_action, find.replace_action, find.next_action, find.previous_action]
        )
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(editor.show_changes_action)

    # ------------------------------------------------------------ public

    def open_clause(self, folder: str, file: str) -> bool:
        """Open ``folder/file`` in the editor and select it in the tree."""
        return self.editor.open_clause(folder, file)

    def schedule_preview(self) -> None:
        """Render the clause preview again, after the project's answers changed."""
        self.editor.schedule_refresh()

    def choose_library_folder(self) -> bool:
        """Ask for another library folder and switch to it."""
        folder = ask_library_folder(self, self.library.user)
        return folder is not None and self.set_library_folder(folder)

    def set_library_folder(self, folder: Path) -> bool:
        """Use ``folder`` as the user's library, remembered in the settings."""
        if not self.editor.maybe_discard():
            return False
        self._use_folder(folder)
        save_library_folder(self.store, folder)
        self.tree.populate(self.library)
        self._show_folder()
        current = self.editor.clause
        if current is not None:
            self.open_clause(current.folder, current.file)
        self.library_folder_changed.emit(Path(folder))
        self.library_changed.emit()
        return True

    # ------------------------------------------------------------ helpers

    def _use_folder(self, folder: Path) -> None:
        if self.library.user != Path(folder):
            self.library.user = Path(folder)
            self.library.invalidate()

    def _show_folder(self) -> None:
        folder = self.library.user
        note = "" if folder is None or folder.is_dir() else self.tr(" (created when you save)")
        self.folder_label.setText(self.tr("Your library: %1").replace("%1", f"{folder}{note}"))

    def _open_first_clause(self) -> None:
        items = self.tree.clause_items()
        if items:
            self.tree.setCurrentItem(items[0])

    def _update_title(self) -> None:
        clause = self.editor.clause
        name = f"{clause.name} — " if clause else ""
        self.setWindowTitle(f"{name}{self.tr('Clause Library')}[*]")

    def _restore_state(self) -> None:
        geometry = self.store.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 860)
        for name, splitter in self._splitters().items():
            state = self.store.value(SPLITTER_KEY.format(name))
            if isinstance(state, QByteArray) and not state.isEmpty():
                splitter.restoreState(state)
        self._update_title()

    def _splitters(self) -> dict[str, QSplitter]:
        editor = self.editor
        return {
            "tree": self.split,
            "editor": editor.split,
            "left": editor.left,
            "right": editor.right,
        }

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask about unsaved changes, then remember the window's layout."""
        if not self.editor.maybe_discard():
            event.ignore()
            return
        self.store.setValue(GEOMETRY_KEY, self.saveGeometry())
        for name, splitter in self._splitters().items():
            self.store.setValue(SPLITTER_KEY.format(name), splitter.saveState())
        self.store.sync()
        event.accept()

    # ------------------------------------------------------------ slots

    def _on_tree_open_clause_requested(self, folder: str, file: str) -> None:
        """Open the clause chosen in the tree, or go back if the user kept editing."""
        if not self.editor.open_clause(folder, file):
            current = self.editor.clause
            if current is not None:
                self.tree.select_clause(current.folder, current.file)

    def _on_editor_clause_opened(self, _name: str) -> None:
        """Select the clause in the tree and show its name in the title bar."""
        clause = self.editor.clause
        if clause is not None:
            self.tree.select_clause(clause.folder, clause.file)
        self._update_title()

    def _on_editor_library_changed(self) -> None:
        """Show the clauses' new states and pass the news on to the main window."""
        self.tree.populate(self.library)
        self._show_folder()
        clause = self.editor.clause
        if clause is not None:
            self.tree.select_clause(clause.folder, clause.file)
        self.library_changed.emit()

"""The clause editor: a template's text beside its live preview, problems and changes.

Saving a built-in clause writes the user's own copy into their library folder, never
the shipped file; "Revert to built-in" deletes that copy. While the user types, the
clause is checked and rendered with the project's answers, through the library's own
sandboxed environment, a moment after typing pauses. ``library_changed`` is emitted
after every save, revert or new clause, so the main window can re-render its notice.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from noticeeditor.core import clauses
from noticeeditor.core.clauses import ClauseError, ClauseFile, NewClause
from noticeeditor.core.document import NoticeDocument
from noticeeditor.core.library import ClauseLibrary
from noticeeditor.core.lint import Problem, lint_clause
from noticeeditor.core.project import NoticeProject
from noticeeditor.export.html import to_html
from noticeeditor.gui.clause_dialogs import NewClauseDialog, confirm_revert
from noticeeditor.gui.clause_panels import ClausePreview, DiffView, ProblemList
from noticeeditor.gui.code_edit import CodeEdit
from noticeeditor.gui.dialogs import Unsaved, ask_unsaved, show_error
from noticeeditor.gui.find_bar import FindBar
from noticeeditor.gui.highlighter import ClauseHighlighter
from noticeeditor.gui.theme import MUTED
from noticeeditor.gui.variables_panel import VariablesPanel

DELAY_MS = 300
STATE_STYLES = {
    clauses.BUILTIN: ("#57606a", "#eaeef2"),
    clauses.OVERRIDDEN: ("#9a6700", "#fff8c5"),
    clauses.ADDED: ("#1a7f37", "#dafbe1"),
    clauses.MISSING: ("#cf222e", "#ffebe9"),
}
# In a fragment the document title is the only <h2>; sections start at <h3>.
_TITLE_AND_TOC = re.compile(r"<h2>.*?</h2>|<nav\b.*?</nav>", re.DOTALL)

ProjectSource = Callable[[], NoticeProject | None]


def clause_html(document: NoticeDocument) -> str:
    """Return the HTML of a one-section document without its title and contents."""
    return _TITLE_AND_TOC.sub("", to_html(document, standalone=False))


class ClauseEditor(QWidget):
    """Edits one clause file at a time; saves into the user's library."""

    library_changed = Signal()
    clause_opened = Signal(str)  # "folder/file"
    modification_changed = Signal(bool)

    def __init__(
        self, library: ClauseLibrary, project: ProjectSource, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("clauseEditor")
        self.library, self.project_source = library, project
        self.clause: ClauseFile | None = None
        self.title = ""
        self.problems: list[Problem] = []
        self._build()
        self._make_actions()
        self._wire()
        self._update_actions()

    # ------------------------------------------------------------ building

    def _build(self) -> None:
        self.edit = CodeEdit(self)
        self.edit.setAccessibleName(self.tr("Clause template"))
        self.highlighter = ClauseHighlighter(self.edit.document())
        self.find_bar = FindBar(self.edit, host=self, parent=self)
        self.problem_list = ProblemList(self)
        self.preview = ClausePreview(self)
        self.diff_view = DiffView(self)
        self.variables = VariablesPanel(self)
        self.name_label = QLabel(self)
        self.name_label.setObjectName("clauseName")
        self.state_label = QLabel(self)
        self.state_label.setObjectName("clauseState")
        self.path_label = QLabel(self)
        self.path_label.setStyleSheet(f"color: {MUTED};")
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answers_label = QLabel(self)
        self.answers_label.setStyleSheet(f"color: {MUTED}; padding: 2px 4px;")
        self.answers_label.setWordWrap(True)
        self.timer = QTimer(self)
        self.timer.setObjectName("clauseRefreshTimer")
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.toolbar = QToolBar(self.tr("Clause"), self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._lay_out()

    def _header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        header.setContentsMargins(8, 6, 8, 4)
        header.setSpacing(8)
        header.addWidget(self.name_label)
        header.addWidget(self.state_label)
        header.addStretch(1)
        header.addWidget(self.path_label)
        return header

    def _lay_out(self) -> None:
        text_side = QWidget(self)
        column = QVBoxLayout(text_side)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.edit)
        column.addWidget(self.find_bar)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._with_note(self.preview), self.tr("Preview"))
        self.tabs.addTab(self.diff_view, self.tr("Changes from built-in"))
        self.problems_tabs = QTabWidget(self)
        self.problems_tabs.setDocumentMode(True)
        self.problems_tabs.addTab(self.problem_list, self.tr("Problems"))
        self.variables_tabs = QTabWidget(self)
        self.variables_tabs.setDocumentMode(True)
        self.variables_tabs.addTab(self.variables, self.tr("Variables"))
        self.left = self._splitter(Qt.Orientation.Vertical, text_side, self.problems_tabs, (5, 1))
        self.right = self._splitter(Qt.Orientation.Vertical, self.tabs, self.variables_tabs, (3, 2))
        self.split = self._splitter(Qt.Orientation.Horizontal, self.left, self.right, (3, 2))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addLayout(self._header())
        layout.addWidget(self.split, 1)

    def _with_note(self, widget: QWidget) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.answers_label)
        column.addWidget(widget, 1)
        return box

    def _splitter(
        self, orientation: Qt.Orientation, first: QWidget, second: QWidget, sizes: tuple[int, int]
    ) -> QSplitter:
        splitter = QSplitter(orientation, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(first)
        splitter.addWidget(second)
        splitter.setStretchFactor(0, sizes[0])
        splitter.setStretchFactor(1, sizes[1])
        return splitter

    def _make_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.save_action = self._action("saveClauseAction", self.tr("&Save"), self.save, keys.Save)
        self.revert_action = self._action(
            "revertClauseAction", self.tr("&Revert to Built-in…"), self.revert_to_builtin
        )
        self.undo_action = self._action("undoClauseAction", self.tr("&Undo"), self.edit.undo)
        self.redo_action = self._action("redoClauseAction", self.tr("&Redo"), self.edit.redo)
        self.new_clause_action = self._action(
            "newClauseAction", self.tr("New &Clause…"), self.ask_new_clause
        )
        self.new_section_action = self._action(
            "newSectionAction", self.tr("New S&ection…"), self.ask_new_section
        )
        self.show_changes_action = self._action(
            "showChangesAction", self.tr("Show &Changes"), self.show_changes
        )
        bar = self.toolbar
        bar.addActions([self.save_action, self.revert_action, self.show_changes_action])
        bar.addSeparator()
        bar.addActions([self.undo_action, self.redo_action])
        bar.addSeparator()
        bar.addActions([self.find_bar.find_action, self.find_bar.replace_action])
        bar.addSeparator()
        bar.addActions([self.new_clause_action, self.new_section_action])

    def _action(
        self,
        name: str,
        text: str,
        slot: Callable[[], object],
        keys: QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if keys is not None:
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _wire(self) -> None:
        document = self.edit.document()
        document.contentsChanged.connect(self.schedule_refresh)
        document.modificationChanged.connect(self._on_document_modification_changed)
        document.undoAvailable.connect(self.undo_action.setEnabled)
        document.redoAvailable.connect(self.redo_action.setEnabled)
        self.timer.timeout.connect(self.refresh_now)
        self.problem_list.line_requested.connect(self.edit.go_to_line)
        self.variables.insert_requested.connect(self.edit.insert_snippet)

    # ------------------------------------------------------------ opening and saving

    def open_clause(self, folder: str, file: str) -> bool:
        """Show ``folder/file``; False if the user kept unsaved changes instead."""
        if not self.maybe_discard():
            return False
        try:
            clause = clauses.clause_file(self.library, folder, file)
            text = clauses.read_clause(clause)
        except (ClauseError, OSError, UnicodeDecodeError) as exc:
            show_error(self, self.tr("Cannot Open Clause"), str(exc))
            return False
        self.clause = clause
        self.title = self._section_title(clause)
        self.edit.setPlainText(text)
        self.edit.document().setModified(False)
        self.edit.go_to_line(1)
        self._show_clause_state()
        self.refresh_now()
        self.clause_opened.emit(clause.name)
        return True

    def _section_title(self, clause: ClauseFile) -> str:
        sections = clauses.sections_using(self.library, clause)
        return sections[0].title if sections else clause.file.removesuffix(clauses.SUFFIX)

    def text(self) -> str:
        """Return the text being edited."""
        return self.edit.toPlainText()

    def is_modified(self) -> bool:
        """Return True when the text has changes not yet saved."""
        return self.clause is not None and self.edit.document().isModified()

    def save(self) -> bool:
        """Write the text into the user's library; return False if it failed."""
        if self.clause is None:
            return False
        try:
            clauses.write_override(self.library, self.clause.folder, self.clause.file, self.text())
        except ClauseError as exc:
            show_error(self, self.tr("Cannot Save Clause"), str(exc))
            return False
        self.edit.document().setModified(False)
        self._after_library_change()
        return True

    def revert_to_builtin(self) -> bool:
        """Go back to the built-in clause, after asking; delete the user's copy."""
        clause = self.clause
        if clause is None or clause.builtin is None:
            return False
        if not confirm_revert(self, clause.name, clause.user is not None):
            return False
        try:
            clauses.revert_clause(self.library, clause.folder, clause.file)
        except ClauseError as exc:
            show_error(self, self.tr("Cannot Revert Clause"), str(exc))
            return False
        self.edit.document().setModified(False)  # the edits are dropped, as confirmed
        if clause.user is not None:
            self._after_library_change()
        self.open_clause(clause.folder, clause.file)
        return True

    def maybe_discard(self) -> bool:
        """Ask what to do with unsaved changes; False means keep editing."""
        if not self.is_modified() or self.clause is None:
            return True
        answer = ask_unsaved(self, self.clause.name)
        if answer is Unsaved.SAVE:
            return self.save()
        if answer is Unsaved.DISCARD:
            self.edit.document().setModified(False)
            return True
        return False

    def _after_library_change(self) -> None:
        """Reload what the library knows, show the new state and tell the window."""
        self.library.invalidate()
        if self.clause is not None:
            self.clause = clauses.clause_file(self.library, self.clause.folder, self.clause.file)
        self._show_clause_state()
        self.refresh_now()
        self.library_changed.emit()

    # ------------------------------------------------------------ new clauses

    def ask_new_clause(self) -> bool:
        """Ask for a new clause file and open it."""
        return self._ask_new(with_section=False)

    def ask_new_section(self) -> bool:
        """Ask for a new outline section with its clause, and open the clause."""
        return self._ask_new(with_section=True)

    def _ask_new(self, with_section: bool) -> bool:
        if not self.maybe_discard():
            return False
        folder = self.clause.folder if self.clause else clauses.COMMON
        spec = NewClauseDialog.ask(self, folder, with_section)
        return spec is not None and self.create(spec)

    def create(self, spec: NewClause) -> bool:
        """Create the clause file (unless it exists) and section of ``spec``, then open it."""
        try:
            clauses.create_clause(self.library, spec)
        except ClauseError as exc:
            show_error(self, self.tr("Cannot Add Clause"), str(exc))
            return False
        self.edit.document().setModified(False)
        self._after_library_change()
        return self.open_clause(spec.folder, spec.file)

    # ------------------------------------------------------------ live feedback

    def schedule_refresh(self) -> None:
        """Check and render the clause again once typing pauses."""
        self.timer.start()

    def refresh_now(self) -> None:
        """Check the clause, render its preview and its changes, now."""
        self.timer.stop()
        clause = self.clause
        if clause is None:
            return
        text = self.text()
        project = self._project(clause)
        document = clauses.preview_document(self.library, project, clause, text, self.title)
        self.preview.show_html(clause_html(document))
        self.problems = self._check(clause, text, document)
        self.problem_list.set_problems(self.problems)
        self.problems_tabs.setTabText(0, self._problems_tab_text())
        self.edit.set_problems(_by_line(self.problems))
        self._show_diff(clause, text)
        self.variables.set_variables(
            clauses.clause_variables(self.library, project, clause.jurisdiction)
        )
        self.variables.set_used(clauses.names_read(self.library, clause, text))

    def _project(self, clause: ClauseFile) -> NoticeProject:
        """Return the project to preview with, covering the clause's jurisdiction."""
        project = self.project_source()
        if project is None:
            self.answers_label.setText(
                self.tr("No project is open: shown with the questionnaire’s default answers.")
            )
            return clauses.blank_project(self.library, clause.jurisdiction)
        self.answers_label.setText(self.tr("Shown with the answers of the open project."))
        chosen = list(project.jurisdictions)
        if clause.jurisdiction and clause.jurisdiction not in chosen:
            chosen.append(clause.jurisdiction)
        return NoticeProject(project.answers, chosen, project.meta)

    def _check(self, clause: ClauseFile, text: str, document: NoticeDocument) -> list[Problem]:
        """Return lint problems; a render failure counts when lint finds nothing."""
        path = clause.path or self.library.builtin / clause.folder / clause.file
        found = lint_clause(self.library, path, source=text)
        if not found:
            errors = document.errors()
            found = [Problem(clause.name, e.line or 0, e.message) for e in errors]
        return found

    def _problems_tab_text(self) -> str:
        count = len(self.problems)
        return self.tr("Problems (%1)").replace("%1", str(count)) if count else self.tr("Problems")

    def _show_diff(self, clause: ClauseFile, text: str) -> None:
        if clause.builtin is None:
            message = self.tr("This clause is yours: there is no built-in clause to compare.")
        else:
            message = self.tr("No changes: this is the built-in clause.")
        self.diff_view.show_diff(clauses.diff_against_builtin(clause, text), message)

    def show_changes(self) -> None:
        """Bring the changes against the built-in clause to the front."""
        self.tabs.setCurrentWidget(self.diff_view)

    # ------------------------------------------------------------ state

    def _show_clause_state(self) -> None:
        clause = self.clause
        if clause is None:
            self.name_label.clear()
            self.state_label.clear()
            self.path_label.clear()
            self._update_actions()
            return
        unsaved = self.tr("unsaved changes") if self.is_modified() else ""
        mark = f' <span style="color: #9a6700;">● {unsaved}</span>' if unsaved else ""
        self.name_label.setText(f"<b>{clause.name}</b>{mark}")
        colour, background = STATE_STYLES[clause.state]
        self.state_label.setText(_state_words(clause.state))
        self.state_label.setStyleSheet(
            f"color: {colour}; background: {background}; border-radius: 8px; padding: 1px 8px;"
        )
        self.path_label.setText(str(clause.path or self.tr("not saved yet")))
        self._update_actions()

    def _update_actions(self) -> None:
        clause = self.clause
        modified = self.is_modified()
        missing = clause is not None and clause.state == clauses.MISSING
        self.save_action.setEnabled(modified or missing)
        can_revert = clause is not None and clause.builtin is not None
        self.revert_action.setEnabled(can_revert and (clause.user is not None or modified))
        self.show_changes_action.setEnabled(clause is not None and clause.builtin is not None)
        self.undo_action.setEnabled(self.edit.document().isUndoAvailable())
        self.redo_action.setEnabled(self.edit.document().isRedoAvailable())
        self.edit.setReadOnly(clause is None)

    def _on_document_modification_changed(self, modified: bool) -> None:
        """Enable Save and Revert, and tell the window to mark itself modified."""
        self._show_clause_state()
        self.modification_changed.emit(modified)


def _by_line(problems: list[Problem]) -> dict[int, list[str]]:
    grouped: dict[int, list[str]] = {}
    for problem in problems:
        grouped.setdefault(problem.line, []).append(problem.message)
    return grouped


def _state_words(state: str) -> str:
    """Return the words for a clause's state (built-in, overridden…), as the editor shows them."""
    words = {
        clauses.BUILTIN: QCoreApplication.translate("ClauseEditor", "built-in"),
        clauses.OVERRIDDEN: QCoreApplication.translate("ClauseEditor", "overridden by you"),
        clauses.ADDED: QCoreApplication.translate("ClauseEditor", "added by you"),
        clauses.MISSING: QCoreApplication.translate("ClauseEditor", "missing"),
    }
    return words.get(state, state)

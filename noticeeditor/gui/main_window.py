"""The main window: step list and jurisdictions, the wizard page, the live preview.

The window builds its panels, wires every signal in ``_wire`` and turns the panels'
requests into undo commands, file operations and navigation. Panels never talk to
each other; the answers model tells everyone what changed.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSignalBlocker, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLayout,
    QMainWindow,
    QStackedWidget,
)

from noticeeditor.core.compose import Composer
from noticeeditor.core.languages import LANGUAGES
from noticeeditor.core.library import ClauseLibrary
from noticeeditor.core.merge import disk_digest, keep_approvals, merge
from noticeeditor.core.project import NoticeProject, ProjectError
from noticeeditor.core.questionnaire import section_state
from noticeeditor.gui import dialogs
from noticeeditor.gui.actions import build_actions, build_menus
from noticeeditor.gui.answers import Answers
from noticeeditor.gui.autosave import Autosaver, find_recovery
from noticeeditor.gui.checklist import ChecklistDock, ChecklistPanel
from noticeeditor.gui.columns import main_splitter, preview_column, side_bar
from noticeeditor.gui.commands import SetAnswer, SetJurisdictions, SetLanguages, SetTranslation
from noticeeditor.gui.exporting import export_with_dialog, suggested_name
from noticeeditor.gui.interface_language import InterfaceLanguageMenu, current_language
from noticeeditor.gui.jurisdictions import JurisdictionSelector
from noticeeditor.gui.languages import LanguageSelector, ask_export_languages
from noticeeditor.gui.library_host import LibraryWindowHost
from noticeeditor.gui.menus import FileMenus
from noticeeditor.gui.preview import PreviewPanel, questions_for
from noticeeditor.gui.review_export import ReviewExports, has_approved_version
from noticeeditor.gui.settings import Settings
from noticeeditor.gui.start_page import StartPage, example_projects
from noticeeditor.gui.status import ExportNotice
from noticeeditor.gui.steps import StepList
from noticeeditor.gui.theme import app_icon
from noticeeditor.gui.wizard import WizardPanel
from noticeeditor.paths import examples_dir

APP_NAME = "Notice Editor"
START_PAGE, EDITOR_PAGE = 0, 1


def first_size(available: QSize) -> QSize:
    """Return the window's size on a first start: roomy, but within the screen's free area."""
    return QSize(min(1580, available.width() - 24), min(900, available.height() - 24))


class MainWindow(QMainWindow):
    """The editor's one window."""

    def __init__(self, library: ClauseLibrary, settings: Settings, recovery_dir: Path) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.library, self.settings = library, settings
        # The questions in the interface's language; ids, conditions and checks are the same.
        self.questionnaire = library.in_language(current_language()).questionnaire
        self.path: Path | None = None
        self.has_project = False
        self._unvisited: set[str] = set()  # steps of a new blank notice not yet shown
        self._base = NoticeProject()  # the project as last read from or written to its file
        self._on_disk: str | None = None  # a hash of the file's bytes at that moment
        self._replaying = False
        self._warned_section: str | None = None
        self.answers = Answers(parent=self)
        self.undo_stack = QUndoStack(self)
        self.composer = Composer(library)
        self._composers = {library: self.composer}  # one per library (language, spelling) shown
        # At start-up the window shows first; its notice is composed a moment later.
        self.compose_later = False
        self.autosaver = Autosaver(recovery_dir, self)
        self._build_panels()
        # Every section's form has its own minimum size; a fixed minimum keeps the
        # window from jumping as the user moves between sections.
        self.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(760, 480)
        self.actions_ = build_actions(self)
        self.menus = build_menus(self, self.actions_)
        self.file_menus = FileMenus(self.menus, self.actions_.clear_recent, settings, self)
        self.file_menus.fill_examples(example_projects(examples_dir()))
        self.language_menu = InterfaceLanguageMenu(self.menus.interface_language, settings, self)
        self._wire()
        self._restore_state()
        self._show_start_page()

    # ------------------------------------------------------------ building

    def _build_panels(self) -> None:
        """Create the panels and lay them out in a splitter behind a start page."""
        self.steps = StepList(self.questionnaire)
        self.jurisdictions = JurisdictionSelector()
        self.languages = LanguageSelector()
        self.preview_language = QComboBox()
        self.preview_language.setObjectName("previewLanguage")
        self.preview_language.setAccessibleName(self.tr("Language of the preview"))
        self.wizard = WizardPanel(self.questionnaire, self.answers)
        self.preview = PreviewPanel(self.composer, self.answers)
        self.checklist = ChecklistPanel(self.library, self.answers)
        self.checklist_dock = ChecklistDock(self.checklist, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.checklist_dock)
        self.library_host = LibraryWindowHost(
            self.library, self.settings, self._project_if_open, self
        )
        self.review = ReviewExports(self.library, self._project_if_open, self._export_folder, self)
        self.start_page = StartPage(example_projects(examples_dir()))
        self.export_notice = ExportNotice()
        self.statusBar().addWidget(self.export_notice)
        self.progress = QLabel()
        self.progress.setObjectName("progressLabel")
        self.statusBar().addPermanentWidget(self.progress)
        self.splitter = main_splitter(
            side_bar(self.steps, self.jurisdictions, self.languages),
            self.wizard,
            preview_column(self.preview, self.preview_language),
        )
        self.pages = QStackedWidget()
        self.pages.addWidget(self.start_page)
        self.pages.addWidget(self.splitter)
        self.setCentralWidget(self.pages)

    def _wire(self) -> None:
        """Connect every signal of the window, in one place."""
        a = self.actions_
        a.new.triggered.connect(self.new_project)
        a.open.triggered.connect(self.open_dialog)
        a.save.triggered.connect(self.save)
        a.save_as.triggered.connect(self.save_as)
        a.export_docx.triggered.connect(self._on_export_docx_triggered)
        a.export_html.triggered.connect(self._on_export_html_triggered)
        a.export_review.triggered.connect(self.review.export_review)
        a.approve.triggered.connect(self.review.approve)
        a.export_redline.triggered.connect(self.review.export_redline)
        a.show_checklist.toggled.connect(self.checklist_dock.set_wanted)
        a.clause_library.triggered.connect(self._on_clause_library_triggered)
        a.quit.triggered.connect(self.close)
        a.undo.triggered.connect(self._on_undo_triggered)
        a.redo.triggered.connect(self._on_redo_triggered)
        a.next_section.triggered.connect(self._on_wizard_next_requested)
        a.previous_section.triggered.connect(self._on_wizard_back_requested)
        a.about.triggered.connect(self._on_about_triggered)
        self.file_menus.recent_requested.connect(self.open_path)
        self.file_menus.example_requested.connect(self.new_from_example)
        self.file_menus.recent_changed.connect(self._refresh_recent)
        self.language_menu.language_chosen.connect(self._on_language_menu_language_chosen)
        self.undo_stack.cleanChanged.connect(self._on_undo_stack_clean_changed)
        self.undo_stack.canUndoChanged.connect(a.undo.setEnabled)
        self.undo_stack.canRedoChanged.connect(a.redo.setEnabled)
        self.undo_stack.undoTextChanged.connect(self._on_undo_stack_undo_text_changed)
        self.undo_stack.redoTextChanged.connect(self._on_undo_stack_redo_text_changed)
        self.answers.answer_changed.connect(self._on_answers_answer_changed)
        self.answers.jurisdictions_changed.connect(self._on_answers_jurisdictions_changed)
        self.answers.languages_changed.connect(self._on_answers_languages_changed)
        self.answers.translation_changed.connect(self._on_answers_translation_changed)
        self.wizard.translation_change_requested.connect(
            self._on_wizard_translation_change_requested
        )
        self.languages.languages_requested.connect(self._on_languages_languages_requested)
        self.preview_language.currentIndexChanged.connect(
            self._on_preview_language_current_index_changed
        )
        self.wizard.answer_change_requested.connect(self._on_wizard_answer_change_requested)
        self.wizard.field_committed.connect(self._on_wizard_field_committed)
        self.wizard.next_requested.connect(self._on_wizard_next_requested)
        self.wizard.back_requested.connect(self._on_wizard_back_requested)
        self.steps.section_requested.connect(self.go_to_section)
        self.jurisdictions.jurisdictions_requested.connect(
            self._on_jurisdictions_jurisdictions_requested
        )
        self.preview.questions_requested.connect(self._on_preview_questions_requested)
        self.preview.document_composed.connect(self.checklist.show_document)
        self.checklist.question_requested.connect(self._on_checklist_question_requested)
        self.checklist.notice_section_requested.connect(self.preview.show_section)
        self.checklist_dock.wanted_changed.connect(a.show_checklist.setChecked)
        self.review.exported.connect(self._show_export)
        self.review.approved.connect(self._on_review_approved)
        self.library_host.library_changed.connect(self._on_library_host_library_changed)
        self.answers.answer_changed.connect(self.library_host.schedule_preview)
        self.answers.jurisdictions_changed.connect(self.library_host.schedule_preview)
        self.answers.project_replaced.connect(self.library_host.schedule_preview)
        self.start_page.new_requested.connect(self.new_project)
        self.start_page.open_requested.connect(self.open_dialog)
        self.start_page.recent_requested.connect(self.open_path)
        self.start_page.example_requested.connect(self.new_from_example)
        self.export_notice.open_folder_requested.connect(self._on_export_notice_open_folder)
        self.autosaver.failed.connect(self._on_autosaver_failed)

    def _restore_state(self) -> None:
        """Restore geometry and splitter sizes from the settings, or use defaults."""
        geometry = self.settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(first_size(self.screen().availableGeometry().size()))
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        sizes = self.settings.splitter_state("main")
        if sizes is not None:
            self.splitter.restoreState(sizes)
        self.actions_.show_checklist.setChecked(self.settings.checklist_visible())

    def _save_state(self) -> None:
        """Remember geometry and splitter sizes for next time."""
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.settings.save_splitter("main", self.splitter.saveState())
        self.settings.set_checklist_visible(self.actions_.show_checklist.isChecked())
        self.settings.sync()

    # ------------------------------------------------------------ the open project

    @property
    def modified(self) -> bool:
        """Return True when there are changes since the last save."""
        return self.has_project and not self.undo_stack.isClean()

    def display_name(self) -> str:
        """Return the project's file name, or "Untitled"."""
        return self.path.name if self.path else self.tr("Untitled")

    def new_project(self) -> bool:
        """Start a blank notice, after asking about unsaved changes."""
        if not self.maybe_save():
            return False
        project = NoticeProject(answers=self.questionnaire.defaults())
        self._set_project(project, None)
        # Defaults answer some steps already; a step counts as done once the user has seen it.
        self._unvisited = {s.id for s in self.questionnaire.sections} - {self.current_section()}
        self._refresh_states()
        return True

    def new_from_example(self, example: Path) -> bool:
        """Start a new, untitled notice with the answers of an example project."""
        if not self.maybe_save():
            return False
        try:
            project = NoticeProject.load(example)
        except ProjectError as exc:
            dialogs.show_error(self, self.tr("Cannot open the example"), str(exc))
            return False
        project.meta.pop("created", None)
        self._set_project(project, None)
        return True

    def open_dialog(self) -> bool:
        """Ask for a project file and open it."""
        if not self.maybe_save():
            return False
        path = dialogs.ask_open_path(self, self.settings.last_folder())
        return path is not None and self.open_path(path, ask=False)

    def open_path(self, path: Path, ask: bool = True) -> bool:
        """Open the project at ``path``; a file that cannot be read is left untouched."""
        if ask and not self.maybe_save():
            return False
        try:
            project = NoticeProject.load(Path(path))
        except ProjectError as exc:
            dialogs.show_error(self, self.tr("Cannot open the project"), str(exc))
            if not Path(path).exists():
                self.settings.remove_recent_file(path)
                self._refresh_recent()
            return False
        # Kept as given, symlinks and all: a save replaces a link, as the command line does.
        self._set_project(project, Path(os.path.abspath(path)))
        self.settings.add_recent_file(Path(path))
        self.settings.set_last_folder(Path(path).resolve().parent)
        self._refresh_recent()
        return True

    def _set_project(
        self, project: NoticeProject, path: Path | None, modified: bool = False
    ) -> None:
        """Show ``project`` (stored at ``path``) with an empty undo history."""
        self.path, self.has_project = path, True
        self._unvisited = set()
        self._read_back(project)
        self.undo_stack.clear()
        self.answers.replace_project(project)
        if modified:
            self.undo_stack.resetClean()
        self._warned_section = None
        with QSignalBlocker(self.jurisdictions):
            self.jurisdictions.set_selected(project.jurisdictions)
        self._show_languages()
        self.pages.setCurrentIndex(EDITOR_PAGE)
        self._enable_project_actions(True)
        self.go_to_section(self.questionnaire.sections[0].id, force=True)
        self._refresh_states()
        if self.compose_later:
            QTimer.singleShot(0, self.preview.render_now)
        else:
            self.preview.render_now()
        self.autosaver.track(project, path, modified)
        self._update_title()

    def _project_if_open(self) -> NoticeProject | None:
        """Return the project being edited, or None while the start page shows."""
        return self.answers.project if self.has_project else None

    def _show_start_page(self) -> None:
        """Show the start page, as when no project is open."""
        self.has_project = False
        self.checklist.clear()
        self.pages.setCurrentIndex(START_PAGE)
        self._refresh_recent()
        self._enable_project_actions(False)
        self._update_title()

    def _enable_project_actions(self, enabled: bool) -> None:
        """Enable the actions that need an open project."""
        a = self.actions_
        exports = (a.export_docx, a.export_html, a.export_review, a.approve)
        for action in (a.save, a.save_as, *exports):
            action.setEnabled(enabled)
        approved = enabled and has_approved_version(self.answers.project)
        a.export_redline.setEnabled(approved)
        self.checklist_dock.set_available(enabled)
        for action in (a.next_section, a.previous_section):
            action.setEnabled(enabled)
        a.undo.setEnabled(enabled and self.undo_stack.canUndo())
        a.redo.setEnabled(enabled and self.undo_stack.canRedo())

    def _update_title(self) -> None:
        """Show the file name and the modified mark in the title bar."""
        if self.has_project:
            self.setWindowTitle(f"{self.display_name()}[*] — {APP_NAME}")
        else:
            self.setWindowTitle(APP_NAME)
        self.setWindowModified(self.modified)

    # ------------------------------------------------------------ saving

    def save(self) -> bool:
        """Save to the project's file, asking for one if it has none."""
        if not self.has_project:
            return False
        if self.path is None:
            return self.save_as()
        return self._write(self.path)

    def save_as(self) -> bool:
        """Ask for a file name and save there."""
        if not self.has_project:
            return False
        folder = self.path.parent if self.path else self.settings.last_folder()
        suggested = folder / (
            self.path.name if self.path else suggested_name(self.answers.values, ".notice")
        )
        path = dialogs.ask_save_path(
            self, self.tr("Save Notice Project"), suggested, dialogs.PROJECT_FILTER
        )
        return path is not None and self._write(path)

    def _write(self, path: Path) -> bool:
        """Write the project to ``path`` atomically; report failure in a dialog."""
        if not self._may_write(path):
            return False
        project = self.answers.project
        project.touch()
        try:
            project.save(path)
        except (OSError, ProjectError) as exc:
            message = getattr(exc, "strerror", None) or str(exc)
            dialogs.show_error(self, self.tr("Cannot save the project"), f"{path}: {message}")
            return False
        self.path = Path(os.path.abspath(path))
        self._read_back(project)
        self.undo_stack.setClean()
        self.autosaver.track(project, self.path, modified=False)
        self.settings.add_recent_file(self.path)
        self.settings.set_last_folder(self.path.parent)
        self._refresh_recent()
        self._update_title()
        self.statusBar().showMessage(self.tr("Saved {}").format(self.path), 5000)
        return True

    def _read_back(self, project: NoticeProject) -> None:
        """Remember what the file now holds, to notice another writer before the next save."""
        self._base = NoticeProject.from_json(project.to_json())
        self._on_disk = disk_digest(self.path) if self.path else None

    def _may_write(self, path: Path) -> bool:
        """Check that the file still holds what this window read; if not, ask what to do.

        Another window, or ``noticeeditor approve``, may have saved it meanwhile.
        """
        if self.path is None or Path(os.path.abspath(path)) != self.path or not path.exists():
            return True
        if disk_digest(path) == self._on_disk:
            return True
        choice = dialogs.ask_changed_on_disk(self, path.name)
        if choice is dialogs.OnDisk.RELOAD:
            self.open_path(path, ask=False)
        if choice in (dialogs.OnDisk.RELOAD, dialogs.OnDisk.CANCEL):
            return False
        try:
            theirs = NoticeProject.load(path)
        except ProjectError as exc:
            if choice is dialogs.OnDisk.OVERWRITE:
                return True  # nothing of theirs can be kept
            message = self.tr("{}. Nothing was saved: choose Overwrite, or Save As.")
            dialogs.show_error(self, self.tr("Cannot merge"), message.format(exc))
            return False
        ours = self.answers.project
        if choice is dialogs.OnDisk.MERGE:
            self._set_project(merge(self._base, ours, theirs), self.path, modified=True)
        else:
            keep_approvals(ours, theirs)
        return True

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; return False when the user cancels."""
        if not self.modified:
            return True
        choice = dialogs.ask_unsaved(self, self.display_name())
        if choice is dialogs.Unsaved.SAVE:
            return self.save()
        return choice is dialogs.Unsaved.DISCARD

    def closeEvent(self, event: QCloseEvent) -> None:
        """Close after asking about unsaved changes; remember the window's state."""
        if not self.library_host.close_window() or not self.maybe_save():
            event.ignore()
            return
        self._save_state()
        self.autosaver.stop()
        event.accept()

    # ------------------------------------------------------------ recovery

    def offer_recovery(self) -> bool:
        """Offer to recover a project left by an editor that did not close; True if done."""
        found = find_recovery(self.autosaver.folder, exclude=self.autosaver.file)
        if found is None:
            return False
        choice = dialogs.ask_recover(self, found)
        if choice is dialogs.Unsaved.DISCARD:
            found.file.unlink(missing_ok=True)
            return False
        if choice is dialogs.Unsaved.CANCEL or not self.maybe_save():
            return False
        self._set_project(found.project, found.original, modified=True)
        self.autosaver.save_now()  # our own copy exists before the old one goes
        found.file.unlink(missing_ok=True)
        self.statusBar().showMessage(self.tr("Recovered unsaved changes"), 8000)
        return True

    # ------------------------------------------------------------ export

    def _on_export_docx_triggered(self) -> None:
        """Export the notice as a Word document."""
        self.export("docx")

    def _on_export_html_triggered(self) -> None:
        """Export the notice as a standalone web page."""
        self.export("html")

    def export(self, kind: str) -> Path | None:
        """Ask where to export the notice as ``kind`` ("docx" or "html") and write it."""
        if not self.has_project:
            return None
        languages = self.answers.languages()
        if len(languages) > 1:
            chosen = ask_export_languages(self, languages)
            if chosen is None:
                return None
            languages = chosen
        documents = {
            code: self.composer_for(code).compose(self.answers.project) for code in languages
        }
        path = export_with_dialog(self, documents, kind, self._export_folder())
        if path is not None:
            self._show_export(path)
        return path

    def _export_folder(self) -> Path:
        """Return the folder export dialogs start in: the last export's, else Documents."""
        return self.settings.export_folder()

    def _show_export(self, path: Path, detail: str = "") -> None:
        """Say in the status bar where the export went, with an Open Folder button."""
        self.statusBar().clearMessage()
        self.settings.set_export_folder(path.parent)
        self.export_notice.show_export(path, detail)

    def _on_review_approved(self) -> None:
        """Keep a new approval: the project counts as modified until it is saved.

        An approval is no undo step, so undoing edits never takes it back; the undo
        stack loses its clean state instead, so the next save, the prompt on close
        and the recovery copy all keep it.
        """
        self.undo_stack.resetClean()
        self.autosaver.schedule()
        self.actions_.export_redline.setEnabled(True)
        self._update_title()
        message = self.tr("Marked as approved. Save the project to keep the approval.")
        self.statusBar().showMessage(message, 8000)

    def _on_export_notice_open_folder(self, folder: Path) -> None:
        """Open the folder of the last export in the file manager."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # ------------------------------------------------------------ navigation

    def current_section(self) -> str | None:
        """Return the id of the section shown in the wizard."""
        return self.wizard.section.id if self.wizard.section else None

    def go_to_section(self, section_id: str, focus: str | None = None, force: bool = False) -> None:
        """Show section ``section_id`` in the wizard; put the cursor in ``focus``."""
        self._unvisited.discard(section_id)
        if force or section_id != self.current_section():
            self.wizard.show_section(section_id)
            self._warned_section = None
            self.statusBar().clearMessage()
        self.steps.select_section(section_id)
        if focus is not None:
            self.wizard.focus_question(focus)

    def _step(self, offset: int) -> None:
        """Go ``offset`` sections forward or back."""
        ids = [s.id for s in self.questionnaire.sections]
        current = self.current_section()
        index = ids.index(current) + offset if current in ids else 0
        if 0 <= index < len(ids):
            self.go_to_section(ids[index])

    def _on_wizard_next_requested(self) -> None:
        """Go on, unless this page has problems the user has not seen yet."""
        if not self.has_project:
            return
        problems = self.wizard.reveal_problems()
        current = self.current_section()
        if problems and self._warned_section != current:
            self._warned_section = current
            self.wizard.focus_question(problems[0])
            self.statusBar().showMessage(
                self.tr("Some answers on this page need attention. Press Next again to go on."),
                8000,
            )
            return
        self._step(1)

    def _on_wizard_back_requested(self) -> None:
        """Go to the previous section."""
        if self.has_project:
            self._step(-1)

    def _on_checklist_question_requested(self, section_id: str, qid: str) -> None:
        """Show the question that would meet a requirement the checklist lists as missing."""
        if self.has_project:
            self.go_to_section(section_id, focus=qid or None)

    def _on_preview_questions_requested(self, notice_section: str) -> None:
        """Show the questions that feed a section the user clicked in the preview."""
        document = self.preview.document_
        target = questions_for(document, notice_section, self.questionnaire) if document else None
        if target is not None:
            self.go_to_section(*target)

    # ------------------------------------------------------------ answers

    def _on_wizard_answer_change_requested(self, qid: str, value: Any) -> None:
        """Turn an edit in the wizard into an undo command."""
        if value == self.answers.get(qid) and isinstance(value, bool) == isinstance(
            self.answers.get(qid), bool
        ):
            return
        question = self.questionnaire.question(qid)
        merges = self.wizard.field(qid).merges
        self.undo_stack.push(SetAnswer(self.answers, qid, value, question.label, merges))

    def _on_wizard_field_committed(self, qid: str) -> None:
        """End the typing session: the next edit of the field is a new undo step."""
        index = self.undo_stack.index()
        top = self.undo_stack.command(index - 1) if index > 0 else None
        if isinstance(top, SetAnswer) and top.qid == qid:
            top.close_merging()

    def _on_jurisdictions_jurisdictions_requested(self, chosen: list[str]) -> None:
        """Turn a change of jurisdictions into one undo command."""
        if chosen != self.answers.jurisdictions():
            self.undo_stack.push(SetJurisdictions(self.answers, chosen))

    def _on_answers_answer_changed(self, qid: str) -> None:
        """Follow a changed answer in the wizard, the steps, the preview and autosave."""
        section = self.questionnaire.question(qid).section_id
        if self._replaying and section != self.current_section():
            self.go_to_section(section, focus=qid)
        self.wizard.update_answer(qid)
        self._after_change()

    def _on_languages_languages_requested(self, chosen: list[str]) -> None:
        """Turn a change of the notice's languages into one undo command."""
        if chosen != self.answers.languages():
            self.undo_stack.push(SetLanguages(self.answers, chosen))

    def _on_answers_languages_changed(self) -> None:
        """Follow a change of languages: the selector, the preview's choice, the checks."""
        self._show_languages()
        self.go_to_section(self.current_section(), force=True)  # free texts per language
        self._after_change()

    def _on_wizard_translation_change_requested(self, qid: str, language: str, text: str) -> None:
        """Turn typing in another language's editor into an undo command."""
        label = self.questionnaire.question(qid).label
        self.undo_stack.push(SetTranslation(self.answers, language, qid, text, label))

    def _on_answers_translation_changed(self, language: str, qid: str) -> None:
        """Show a changed text of another language and render the notice again."""
        self.wizard.update_translation(language, qid)
        self._after_change()

    def _show_languages(self) -> None:
        """Show the notice's languages in the selector and the preview's language list."""
        chosen = self.answers.languages()
        self.languages.set_selected(chosen)
        shown = self.preview_language.currentData() or chosen[0]
        with QSignalBlocker(self.preview_language):
            self.preview_language.clear()
            for code in chosen:
                self.preview_language.addItem(LANGUAGES[code], code)
            self.preview_language.setCurrentIndex(max(0, self.preview_language.findData(shown)))
        self.preview_language.setVisible(len(chosen) > 1)
        self._on_preview_language_current_index_changed(self.preview_language.currentIndex())

    def composer_for(self, language: str) -> Composer:
        """Return the composer of ``language`` for the chosen jurisdictions (made once).

        An English notice whose every part is a US one is spelled American: it has a
        library, and so a composer, of its own.
        """
        library = self.library.for_notice(language, self.answers.jurisdictions())
        if library not in self._composers:
            self._composers[library] = Composer(library)
        return self._composers[library]

    def _on_preview_language_current_index_changed(self, _index: int) -> None:
        """Show the preview in the chosen language."""
        code = self.preview_language.currentData() or self.answers.languages()[0]
        composer = self.composer_for(str(code))
        if composer is not self.preview.composer:
            self.preview.composer = composer
            if self.has_project:
                self.preview.render_now()

    def _on_answers_jurisdictions_changed(self) -> None:
        """Follow a change of jurisdictions everywhere."""
        self.jurisdictions.set_selected(self.answers.jurisdictions())
        self.wizard.update_visibility()
        # US parts only, or not: the spelling, and so the composer, may change.
        self._on_preview_language_current_index_changed(self.preview_language.currentIndex())
        self._after_change()

    def _after_change(self) -> None:
        """Refresh what depends on every answer, cheaply or later."""
        self._refresh_states()
        self.preview.schedule_render()
        self.autosaver.schedule()

    def _refresh_states(self) -> None:
        """Show each section's state in the step list."""
        chosen = self.answers.jurisdictions()
        values = self.answers.effective(self.questionnaire)
        states = {
            s.id: section_state(self.questionnaire, s.id, values, chosen, self.answers.memo)
            for s in self.questionnaire.sections
        }
        for sid in self._unvisited:
            if states[sid] == "done":
                states[sid] = "incomplete"
        self.steps.set_states(states)
        self.progress.setText(self.steps.summary())

    # ------------------------------------------------------------ undo

    def _on_undo_triggered(self) -> None:
        """Undo the last change, showing the question it touched."""
        self._replay(self.undo_stack.undo)

    def _on_redo_triggered(self) -> None:
        """Redo the last undone change, showing the question it touched."""
        self._replay(self.undo_stack.redo)

    def _replay(self, step: Callable[[], None]) -> None:
        """Run an undo or redo ``step``, following it to the question it touches."""
        self._replaying = True
        try:
            step()
        finally:
            self._replaying = False

    def _on_undo_stack_undo_text_changed(self, text: str) -> None:
        """Name the change Undo would revert."""
        label = self.tr("&Undo {}").format(text) if text else self.tr("&Undo")
        self.actions_.undo.setText(label)

    def _on_undo_stack_redo_text_changed(self, text: str) -> None:
        """Name the change Redo would repeat."""
        label = self.tr("&Redo {}").format(text) if text else self.tr("&Redo")
        self.actions_.redo.setText(label)

    def _on_undo_stack_clean_changed(self, _clean: bool) -> None:
        """Show the modified mark and start or stop autosaving."""
        self.autosaver.set_modified(self.modified)
        self._update_title()

    # ------------------------------------------------------------ menus and misc

    def _refresh_recent(self) -> None:
        """Show the recent files on the start page."""
        self.start_page.set_recent_files(self.settings.recent_files())

    def _on_clause_library_triggered(self) -> None:
        """Open the clause library window, or bring it to the front."""
        self.library_host.show_window()

    def _on_library_host_library_changed(self) -> None:
        """Render the notice again with the changed clauses."""
        self.library.invalidate()
        for composer in self._composers.values():
            composer.clear()
        if self.has_project:
            self.preview.schedule_render()

    def _on_language_menu_language_chosen(self, code: str) -> None:
        """Say that the chosen interface language applies from the next start."""
        name = LANGUAGES.get(code) or self.tr("the system's language")
        message = self.tr("Notice Editor will be in {} when it next starts.").format(name)
        self.statusBar().showMessage(message, 8000)

    def _on_about_triggered(self) -> None:
        """Show the About box."""
        dialogs.show_about(self)

    def _on_autosaver_failed(self, message: str) -> None:
        """Say that the recovery copy could not be written."""
        self.statusBar().showMessage(
            self.tr("Could not write a recovery copy: {}").format(message), 8000
        )

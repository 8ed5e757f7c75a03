"""Review copies, approvals and redlines, from the editor's File menu.

``ReviewExports`` carries out the three commands: it asks what it needs (a file
name, a note), does the work through ``export.review``, ``export.redline`` or
``core.versions``, reports failure in a dialog, and tells the main window what was
written (``exported``) or that the project now holds a new approval (``approved``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from noticeeditor.core.compose import compose
from noticeeditor.core.library import ClauseLibrary
from noticeeditor.core.project import NoticeProject, ProjectError
from noticeeditor.core.versions import last_approved, library_version, mark_approved
from noticeeditor.gui import dialogs
from noticeeditor.gui.exporting import suggested_name

if TYPE_CHECKING:
    from noticeeditor.export.redline import ChangeSummary

T = TypeVar("T")


def has_approved_version(project: NoticeProject) -> bool:
    """Return True when ``project`` holds an approved version to compare with."""
    try:
        return last_approved(project) is not None
    except ProjectError:
        return True  # damaged: let the redline say so rather than hide the command


def ask_approval_note(parent: QWidget) -> str | None:
    """Ask for an optional note on the approval; None when the user cancels."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("review", "Mark as Approved"),
        QCoreApplication.translate(
            "review",
            "Record the notice as it stands now as the approved version.\n"
            "A redline later shows every change made since.\n\n"
            "Note (optional), for example who approved it:",
        ),
        QLineEdit.EchoMode.Normal,
        "",
    )
    return text.strip() if ok else None


def _attempt(parent: QWidget, path: Path, write: Callable[[], T]) -> T | None:
    """Run ``write``; report a failure, naming ``path``, in a dialog and return None."""
    try:
        return write()
    except OSError as exc:
        problem = f"{path}: {exc.strerror or exc}"
    except ProjectError as exc:
        problem = str(exc)
    except Exception as exc:  # an exporter's bug must not cost the user their session
        problem = f"{path}: {type(exc).__name__}: {exc}"
    dialogs.show_error(
        parent, QCoreApplication.translate("review", "Cannot export the notice"), problem
    )
    return None


def export_review(
    parent: QWidget, project: NoticeProject, library: ClauseLibrary, folder: Path
) -> Path | None:
    """Ask where to write a review copy (Word, with comments), write it; return the path."""
    suggested = folder / suggested_name(project.answers, "-review.docx")
    title = QCoreApplication.translate("review", "Export Review Copy")
    path = dialogs.ask_save_path(parent, title, suggested, dialogs.DOCX_FILTER)
    if path is None:
        return None
    from noticeeditor.export.review import export_review_docx  # Word code loads on first use

    def write() -> bool:
        written_in = library.for_notice(project.languages[0], project.jurisdictions)
        export_review_docx(compose(project, written_in), project, written_in, path)
        return True

    done = _attempt(parent, path, write)
    return path if done is not None else None


def export_redline(
    parent: QWidget, project: NoticeProject, library: ClauseLibrary, folder: Path
) -> tuple[Path, ChangeSummary] | None:
    """Ask where to write a redline against the last approved version, and write it."""
    suggested = folder / suggested_name(project.answers, "-redline.docx")
    title = QCoreApplication.translate("review", "Export Redline Against Last Approved")
    path = dialogs.ask_save_path(parent, title, suggested, dialogs.DOCX_FILTER)
    if path is None:
        return None
    summary = _attempt(parent, path, lambda: write_redline(project, library, path))
    return (path, summary) if summary is not None else None


def write_redline(project: NoticeProject, library: ClauseLibrary, path: Path) -> ChangeSummary:
    """Compose ``project`` and its last approved version; write the redline between them."""
    from noticeeditor.export.redline import approved_baseline, export_redline

    library = library.for_notice(project.languages[0], project.jurisdictions)
    old, compared, notes = approved_baseline(project, library)
    return export_redline(
        compose(old, library), compose(project, library), path, compared_with=compared, notes=notes
    )


def summary_text(summary: ChangeSummary) -> str:
    """Return the redline's counts in one line, for the status bar."""
    if not summary.has_changes():
        return QCoreApplication.translate("review", "no changes since the approved version")
    sections = QCoreApplication.translate(
        "review", "{} sections changed, {} added, {} removed"
    ).format(len(summary.changed), len(summary.added), len(summary.removed))
    words = QCoreApplication.translate("review", "{} words inserted, {} deleted").format(
        summary.words_inserted, summary.words_deleted
    )
    return f"{sections}; {words}"


class ReviewExports(QObject):
    """Export Review Copy, Mark as Approved and Export Redline for the open project."""

    exported = Signal(Path, str)  # the file written, and a line about it (may be "")
    approved = Signal()

    def __init__(
        self,
        library: ClauseLibrary,
        project: Callable[[], NoticeProject | None],
        folder: Callable[[], Path],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.library, self.project, self.folder, self.window = library, project, folder, parent

    def export_review(self) -> Path | None:
        """Ask where to write a review copy and write it; return the path."""
        project = self.project()
        if project is None:
            return None
        path = export_review(self.window, project, self.library, self.folder())
        if path is not None:
            self.exported.emit(path, "")
        return path

    def export_redline(self) -> Path | None:
        """Ask where to write a redline against the last approved version; return the path."""
        project = self.project()
        if project is None:
            return None
        done = export_redline(self.window, project, self.library, self.folder())
        if done is None:
            return None
        self.exported.emit(done[0], summary_text(done[1]))
        return done[0]

    def approve(self) -> bool:
        """Ask for a note and record the project's answers as approved; False if not."""
        project = self.project()
        note = ask_approval_note(self.window) if project is not None else None
        if project is None or note is None:
            return False
        try:
            mark_approved(project, library_version(self.library), note=note)
        except ProjectError as exc:
            dialogs.show_error(
                self.window,
                QCoreApplication.translate("review", "Cannot mark as approved"),
                str(exc),
            )
            return False
        self.approved.emit()
        return True

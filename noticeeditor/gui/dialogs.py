"""The editor's questions to the user: file choosers and message boxes.

All of them go through the static ``QFileDialog`` and ``QMessageBox`` functions, the
operating system's own dialogs where it has them; tests replace exactly these.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from noticeeditor import __version__
from noticeeditor.gui.autosave import Recovery

# File type filters, marked for lupdate here and translated where a dialog shows them.
PROJECT_FILTER = QT_TRANSLATE_NOOP("dialogs", "Notice projects (*.notice)")
DOCX_FILTER = QT_TRANSLATE_NOOP("dialogs", "Word documents (*.docx)")
HTML_FILTER = QT_TRANSLATE_NOOP("dialogs", "Web pages (*.html *.htm)")


class Unsaved(Enum):
    """What to do with unsaved changes."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_open_path(parent: QWidget, folder: Path) -> Path | None:
    """Ask which project to open; None when the user cancels."""
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("dialogs", "Open Notice Project"),
        str(folder),
        QCoreApplication.translate("dialogs", PROJECT_FILTER)
        + ";;"
        + QCoreApplication.translate("dialogs", "All files (*)"),
    )
    return Path(name) if name else None


def ask_save_path(parent: QWidget, title: str, suggested: Path, file_filter: str) -> Path | None:
    """Ask where to write a file, suggesting ``suggested``; the suffix is added if missing."""
    name, _filter = QFileDialog.getSaveFileName(
        parent, title, str(suggested), QCoreApplication.translate("dialogs", file_filter)
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(suggested.suffix)


def ask_unsaved(parent: QWidget, document_name: str) -> Unsaved:
    """Ask whether to save the changes to ``document_name`` before they are lost."""
    buttons = (
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("dialogs", "Unsaved changes"),
        QCoreApplication.translate(
            "dialogs",
            "Do you want to save the changes to “{}”?\n\n"
            "Your changes are lost if you don’t save them.",
        ).format(document_name),
        buttons,
        QMessageBox.StandardButton.Save,
    )
    if answer == QMessageBox.StandardButton.Save:
        return Unsaved.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return Unsaved.DISCARD
    return Unsaved.CANCEL


class OnDisk(Enum):
    """What to do when the file changed on disk since it was opened or saved."""

    RELOAD = "reload"
    MERGE = "merge"
    OVERWRITE = "overwrite"
    CANCEL = "cancel"


def ask_changed_on_disk(parent: QWidget, document_name: str) -> OnDisk:
    """Ask what to do with a file someone else changed since this window read it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("dialogs", "File changed on disk"))
    box.setText(
        QCoreApplication.translate(
            "dialogs", "“{}” was changed by someone else since you opened it."
        ).format(document_name)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "dialogs",
            "Another window or the noticeeditor command (an approval, say) saved it. "
            "Merge keeps their changes and yours (yours win where both changed the same "
            "answer); Overwrite keeps only yours; Reload drops yours. Approvals are kept "
            "either way.",
        )
    )
    role = QMessageBox.ButtonRole
    merge = box.addButton(QCoreApplication.translate("dialogs", "Merge"), role.AcceptRole)
    overwrite = box.addButton(
        QCoreApplication.translate("dialogs", "Overwrite"), role.DestructiveRole
    )
    reload_ = box.addButton(QCoreApplication.translate("dialogs", "Reload"), role.ResetRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(merge)
    box.exec()
    choices = {merge: OnDisk.MERGE, overwrite: OnDisk.OVERWRITE, reload_: OnDisk.RELOAD}
    return choices.get(box.clickedButton(), OnDisk.CANCEL)


def ask_recover(parent: QWidget, recovery: Recovery) -> Unsaved:
    """Offer to recover unsaved answers: SAVE recovers, DISCARD deletes, CANCEL waits."""
    name = (
        recovery.original.name
        if recovery.original
        else QCoreApplication.translate("dialogs", "Untitled")
    )
    text = QCoreApplication.translate(
        "dialogs",
        "Notice Editor did not close normally while “{}” had unsaved changes.\n\n"
        "Recover those changes? Choose Discard to delete the recovered copy, or Cancel "
        "to decide next time.",
    ).format(name)
    buttons = (
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("dialogs", "Recover unsaved changes"),
        text,
        buttons,
        QMessageBox.StandardButton.Yes,
    )
    if answer == QMessageBox.StandardButton.Yes:
        return Unsaved.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return Unsaved.DISCARD
    return Unsaved.CANCEL


def show_error(parent: QWidget, title: str, message: str) -> None:
    """Tell the user that something could not be done, and why."""
    QMessageBox.warning(parent, title, message)


def show_about(parent: QWidget) -> None:
    """Show the About box."""
    QMessageBox.about(
        parent,
        QCoreApplication.translate("dialogs", "About Notice Editor"),
        QCoreApplication.translate(
            "dialogs",
            "<h3>Notice Editor {}</h3>"
            "<p>Drafts privacy notices from your answers to plain questions, using clause "
            "templates written by lawyers for each jurisdiction.</p>"
            "<p>Everything stays on this computer: your answers are never sent anywhere.</p>"
            "<p>A draft is not legal advice. Have a lawyer review the notice before you "
            "publish it.</p>",
        ).format(__version__),
    )

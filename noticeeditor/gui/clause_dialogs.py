"""Dialogs of the clause library: a new clause or section, revert, the library folder.

``NewClauseDialog.ask`` returns what to create; the rest are the static
``QMessageBox`` / ``QFileDialog`` functions, which tests replace.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from noticeeditor.core.clauses import SUFFIX, NewClause, folder_names
from noticeeditor.core.questionnaire import JURISDICTIONS
from noticeeditor.gui.jurisdictions import jurisdiction_name
from noticeeditor.gui.theme import error_label, muted_label

_SECTION_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_FILE = re.compile(r"^[a-z0-9_][a-z0-9_-]*$")


def folder_title(folder: str) -> str:
    """Return how a library folder is named to the user."""
    if folder in JURISDICTIONS:
        return f"{jurisdiction_name(folder)} — {folder}/"
    return QCoreApplication.translate("clause_dialogs", "Common body, every notice — common/")


class NewClauseDialog(QDialog):
    """Asks for a folder, a file name and, for a section, its id and title."""

    def __init__(self, folder: str, with_section: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newClauseDialog")
        self.setWindowTitle(self.tr("New Section") if with_section else self.tr("New Clause"))
        self.folder_box = QComboBox(self)
        self.folder_box.setObjectName("folderBox")
        for name in folder_names():
            self.folder_box.addItem(folder_title(name), name)
        self.folder_box.setCurrentIndex(max(0, self.folder_box.findData(folder)))
        self.section_box = QCheckBox(self.tr("Add a section to the outline for it"), self)
        self.section_box.setObjectName("sectionBox")
        self.section_box.setChecked(with_section)
        self.id_field = self._field("sectionIdField", self.tr("e.g. data_brokers"))
        self.title_field = self._field("titleField", self.tr("e.g. Data brokers"))
        self.file_field = self._field("fileField", self.tr("e.g. data_brokers"))
        self.message = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._lay_out()
        self._file_follows_id = True
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.id_field.textEdited.connect(self._on_id_field_text_edited)
        self.file_field.textEdited.connect(self._on_file_field_text_edited)
        for signal in (self.title_field.textChanged, self.section_box.toggled):
            signal.connect(self._validate)
        self._validate()

    @classmethod
    def ask(cls, parent: QWidget, folder: str, with_section: bool) -> NewClause | None:
        """Show the dialog; return what to create, or None if the user cancels."""
        dialog = cls(folder, with_section, parent)
        try:
            return dialog.result_value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def result_value(self) -> NewClause:
        """Return what the fields say to create."""
        file = self.file_field.text().strip() + SUFFIX
        folder = str(self.folder_box.currentData())
        if not self.section_box.isChecked():
            return NewClause(folder, file)
        return NewClause(
            folder, file, self.id_field.text().strip(), self.title_field.text().strip()
        )

    def _field(self, name: str, placeholder: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setPlaceholderText(placeholder)
        return field

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Folder:"), self.folder_box)
        form.addRow("", self.section_box)
        form.addRow(self.tr("Section &id:"), self.id_field)
        form.addRow(self.tr("Section &title:"), self.title_field)
        form.addRow(self.tr("Clause &file:"), self.file_field)
        form.addRow("", QLabel(self.tr("The file is named <i>name</i>%1").replace("%1", SUFFIX)))
        layout = QVBoxLayout(self)
        layout.addWidget(
            muted_label(
                self.tr(
                    "New clauses go to your own library; the built-in library is never "
                    "changed. A section places the clause in the notice's outline."
                ),
                self,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumSize(480, 280)

    def _on_id_field_text_edited(self, text: str) -> None:
        """Name the file after the section until the user names it."""
        if self._file_follows_id:
            self.file_field.setText(text.strip())
        self._validate()

    def _on_file_field_text_edited(self, _text: str) -> None:
        """Stop following the section id once the file name is typed."""
        self._file_follows_id = False
        self._validate()

    def _validate(self) -> None:
        """Enable OK only when every field needed holds a valid value."""
        section = self.section_box.isChecked()
        for widget in (self.id_field, self.title_field):
            widget.setEnabled(section)
        problem = self._problem(section)
        self.message.setText(problem or "")
        self.message.setVisible(bool(problem))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(problem is None)

    def _problem(self, section: bool) -> str | None:
        section_id, title = self.id_field.text().strip(), self.title_field.text().strip()
        file = self.file_field.text().strip()
        if section and section_id and not _SECTION_ID.match(section_id):
            return self.tr("A section id uses lower-case letters, digits and _.")
        if file and not _FILE.match(file):
            return self.tr("A file name uses lower-case letters, digits, - and _.")
        if not file or (section and not (section_id and title)):
            return ""  # incomplete, but nothing to complain about yet
        return None


def confirm_revert(parent: QWidget, name: str, has_override: bool) -> bool:
    """Ask before the user's copy of a clause is deleted or their edits dropped."""
    if has_override:
        text = QCoreApplication.translate(
            "clause_dialogs",
            "Revert “{}” to the built-in clause?\n\nYour version in your library folder is "
            "deleted. This cannot be undone.",
        ).format(name)
    else:
        text = QCoreApplication.translate(
            "clause_dialogs", "Drop your unsaved changes to “{}”?"
        ).format(name)
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("clause_dialogs", "Revert to Built-in"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_library_folder(parent: QWidget, current: Path | None) -> Path | None:
    """Ask which folder holds the user's own clause library."""
    name = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("clause_dialogs", "Choose Your Clause Library Folder"),
        str(current or Path.home()),
    )
    return Path(name) if name else None

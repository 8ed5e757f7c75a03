"""One question on a wizard page: label, help, editor and inline validation message.

A row shows its validation message only once the user has finished with the field
(or pressed Next); before that an empty required field is not yet an error.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from noticeeditor.core.questionnaire import Question, understood, validate_value
from noticeeditor.gui.fields import FieldEditor, make_editor
from noticeeditor.gui.theme import ERROR, error_label, muted_label


class QuestionRow(QWidget):
    """A question with its editor; emits the editor's changes with the question id."""

    edited = Signal(str, object)
    committed = Signal(str)

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{question.id}__row")
        self.question = question
        self.touched = False
        self.label = self._make_label()
        self.help = muted_label(question.help, self) if question.help else None
        self.editor: FieldEditor = make_editor(question, self)
        self.message = error_label(self)
        self.message.setObjectName(f"{question.id}__message")
        self.label.setBuddy(self.editor)
        self._lay_out()
        self._describe_for_screen_readers()
        self.editor.edited.connect(self._on_editor_edited)
        self.editor.committed.connect(self._on_editor_committed)

    def _make_label(self) -> QLabel:
        """Return the question's label, with a red asterisk when an answer is required."""
        text = self.question.label.replace("&", "&&")
        if self.question.required:
            marker = f' <span style="color:{ERROR};">*</span>'
            text = f"{_escape(self.question.label)}{marker}"
        label = QLabel(text, self)
        label.setTextFormat(
            Qt.TextFormat.RichText if self.question.required else Qt.TextFormat.PlainText
        )
        label.setWordWrap(True)
        font = QFont(label.font())
        font.setWeight(QFont.Weight.DemiBold)
        label.setFont(font)
        return label

    def _lay_out(self) -> None:
        """Stack label, help, editor and message."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        if self.help is not None:
            layout.addWidget(self.help)
        layout.addSpacing(2)
        layout.addWidget(self.editor)
        layout.addWidget(self.message)

    def _describe_for_screen_readers(self) -> None:
        """Give the editor a name and description that include the help and the marker."""
        required = self.tr(" (required)") if self.question.required else ""
        self.editor.setAccessibleName(self.question.label + required)
        if self.question.help:
            self.editor.setAccessibleDescription(self.question.help)

    @property
    def qid(self) -> str:
        """Return the question id."""
        return self.question.id

    def set_value(self, value: Any) -> None:
        """Show the model's ``value`` in the editor without emitting anything.

        An answer of the wrong shape, from a file edited by hand, shows as unanswered.
        """
        if not understood(self.question, value):
            value = None
        self.editor.set_value(value)
        if self.touched:
            self.refresh_message(value)

    def reveal(self, value: Any) -> str | None:
        """Mark the row as touched and show what is wrong with ``value``, if anything."""
        self.touched = True
        return self.refresh_message(value)

    def refresh_message(self, value: Any) -> str | None:
        """Update the inline message for ``value`` if the row is touched; return it."""
        problem = validate_value(self.question, value)
        shown = problem if self.touched else None
        self.message.setText(f"⚠ {shown}" if shown else "")
        self.message.setVisible(bool(shown))
        self.editor.setProperty("invalid", bool(shown))
        return problem

    def _on_editor_edited(self, value: Any) -> None:
        """Pass the user's edit on with the question id."""
        self.edited.emit(self.qid, value)

    def _on_editor_committed(self) -> None:
        """Show the validation message once the user is done with the field."""
        self.touched = True
        self.committed.emit(self.qid)


def _escape(text: str) -> str:
    """Escape ``text`` for a rich-text label."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

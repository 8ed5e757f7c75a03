"""One question on a wizard page: label, help, editor and inline validation message.

A row shows its validation message only once the user has finished with the field
(or pressed Next); before that an empty required field is not yet an error.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from noticeeditor.core.languages import LANGUAGES
from noticeeditor.core.questionnaire import Question, understood, validate_value
from noticeeditor.gui.fields import FieldEditor, make_editor
from noticeeditor.gui.theme import ERROR, error_label, muted_label

# The core's fixed validation messages (``validate_value``), marked here for lupdate
# since the core never imports Qt; a test checks the core still says each. Messages
# that quote the answer stay English.
VALIDATION_MESSAGES = (
    QT_TRANSLATE_NOOP("validation", "This answer is required."),
    QT_TRANSLATE_NOOP("validation", "Answer yes or no."),
    QT_TRANSLATE_NOOP("validation", "Expected text."),
    QT_TRANSLATE_NOOP("validation", "Enter an e-mail address such as privacy@example.com."),
    QT_TRANSLATE_NOOP(
        "validation",
        "Enter a web address starting with https:// (for example https://example.com).",
    ),
    QT_TRANSLATE_NOOP("validation", "Enter a date as YYYY-MM-DD."),
    QT_TRANSLATE_NOOP("validation", "This answer is not in the expected format."),
    QT_TRANSLATE_NOOP("validation", "Expected a list of entries."),
)


class QuestionRow(QWidget):
    """A question with its editor; emits the editor's changes with the question id."""

    edited = Signal(str, object)
    committed = Signal(str)
    translation_edited = Signal(str, str, str)  # question id, language, text

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
        # Free texts of a notice in several languages: one editor per language, side by side.
        self.translations: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.language_labels: list[QLabel] = []
        self.editors = QHBoxLayout()
        self.editors.setSpacing(8)
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
        layout.addLayout(self.editors)
        self.editors.addWidget(self.editor, 1)
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
        shown = (
            QCoreApplication.translate("validation", problem) if problem and self.touched else None
        )
        self.message.setText(f"⚠ {shown}" if shown else "")
        self.message.setVisible(bool(shown))
        self.editor.setProperty("invalid", bool(shown))
        return problem

    def set_languages(self, languages: list[str], texts: dict[str, str]) -> None:
        """Give a free-text question one more editor per language after the first.

        ``languages`` lists the notice's languages, the primary first; ``texts`` holds
        what is typed in the others. Other kinds of question keep one editor.
        """
        if not self.question.translatable or len(languages) < 2:
            return
        primary = QVBoxLayout()
        self.editors.removeWidget(self.editor)
        primary.addWidget(self._language_label(languages[0]))
        primary.addWidget(self.editor)
        primary.addStretch(1)
        self.editors.addLayout(primary, 1)
        for code in languages[1:]:
            editor = QLineEdit(self) if self.question.type == "text" else QPlainTextEdit(self)
            editor.setObjectName(f"{self.qid}__{code}")
            editor.setAccessibleName(f"{self.question.label} ({LANGUAGES.get(code, code)})")
            self.translations[code] = editor
            self.set_translation(code, texts.get(code, ""))
            if isinstance(editor, QPlainTextEdit):  # as tall as the first language's box
                editor.setFixedHeight(self.editor.height())
            column = QVBoxLayout()
            column.addWidget(self._language_label(code))
            column.addWidget(editor)
            column.addStretch(1)
            self.editors.addLayout(column, 1)
            if isinstance(editor, QLineEdit):
                editor.textEdited.connect(lambda text, c=code: self._on_translation_edited(c, text))
            else:
                editor.textChanged.connect(lambda c=code, e=editor: self._on_plain_text(c, e))

    def _language_label(self, code: str) -> QLabel:
        label = muted_label(LANGUAGES.get(code, code), self)
        self.language_labels.append(label)
        return label

    def set_translation(self, code: str, text: str) -> None:
        """Show the model's text in ``code`` without emitting anything."""
        editor = self.translations.get(code)
        if editor is None:
            return
        blocker = editor.blockSignals(True)
        try:
            if isinstance(editor, QLineEdit):
                if editor.text() != text:
                    editor.setText(text)
            elif editor.toPlainText() != text:
                editor.setPlainText(text)
        finally:
            editor.blockSignals(blocker)

    def _on_plain_text(self, code: str, editor: QPlainTextEdit) -> None:
        self._on_translation_edited(code, editor.toPlainText())

    def _on_translation_edited(self, code: str, text: str) -> None:
        """Pass the user's edit of another language's text on."""
        self.translation_edited.emit(self.qid, code, text)

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

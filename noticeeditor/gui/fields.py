"""One editor widget per question type.

Every editor has ``objectName`` equal to its question id and the same small API:
``value()`` returns the answer as core stores it (None when unanswered),
``set_value(v)`` shows a value without emitting anything, ``edited(object)`` fires
when the user changes the value, and ``committed()`` when the user has finished
with the field (focus left it, Return pressed, or a discrete click). ``merges`` says
whether consecutive edits belong to one undo step (typing) or not (clicks).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QFocusEvent, QFontMetrics, QIcon
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from noticeeditor.core.questionnaire import Choice, Question
from noticeeditor.gui.records import RecordsField
from noticeeditor.gui.theme import muted_label

MAX_RADIOS = 6  # more choices than this become a drop-down list


class TextField(QLineEdit):
    """A one-line answer: text, e-mail, web address or phone number."""

    edited = Signal(object)
    committed = Signal()
    merges = True

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(question.id)
        self.setPlaceholderText(question.placeholder or _placeholder(question.type))
        if question.max_length:
            self.setMaxLength(max(question.max_length * 2, question.max_length + 50))
        self.setClearButtonEnabled(True)
        self.textEdited.connect(self._on_text_edited)
        self.editingFinished.connect(self.committed)

    def value(self) -> str | None:
        """Return the text, or None when the field is blank."""
        return self.text() or None

    def set_value(self, value: Any) -> None:
        """Show ``value`` without emitting ``edited``; keeps the cursor if unchanged."""
        text = "" if value is None else str(value)
        if text != self.text():
            with QSignalBlocker(self):
                self.setText(text)

    def _on_text_edited(self, text: str) -> None:
        """Report the user's typing."""
        self.edited.emit(text or None)


def _placeholder(kind: str) -> str:
    """Return a greyed example for fields without their own placeholder."""
    examples = {
        "email": "privacy@example.com",
        "url": "https://example.com",
        "phone": "+44 20 7946 0000",
        # The letters of a year, month and day differ between languages (AAAA-MM-JJ).
        "date": QCoreApplication.translate("fields", "YYYY-MM-DD"),
    }
    return examples.get(kind, "")


class DateField(TextField):
    """A date typed as YYYY-MM-DD, or picked from a calendar that pops up."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        metrics = QFontMetrics(self.font())
        self.setMaximumWidth(metrics.horizontalAdvance("0000-00-00") + 90)
        icon = QIcon.fromTheme("x-office-calendar")
        if icon.isNull():
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        self.calendar_action = QAction(icon, self.tr("Pick a date"), self)
        self.calendar_action.setObjectName(f"{question.id}_calendar")
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.triggered.connect(self._on_calendar_action_triggered)
        self.calendar: QCalendarWidget | None = None

    def _on_calendar_action_triggered(self) -> None:
        """Pop up a calendar below the field, on the current date or today."""
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        current = QDate.fromString(self.text().strip(), Qt.DateFormat.ISODate)
        calendar.setSelectedDate(current if current.isValid() else QDate.currentDate())
        calendar.clicked.connect(self._on_calendar_clicked)
        calendar.activated.connect(self._on_calendar_clicked)
        calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        self.calendar = calendar
        calendar.show()

    def _on_calendar_clicked(self, day: QDate) -> None:
        """Take the picked date and close the calendar."""
        text = day.toString(Qt.DateFormat.ISODate)
        self.setText(text)
        if self.calendar is not None:
            self.calendar.close()
            self.calendar = None
        self.edited.emit(text)
        self.committed.emit()


class LongTextField(QPlainTextEdit):
    """A multi-line answer; Tab moves on rather than typing a tab."""

    edited = Signal(object)
    committed = Signal()
    merges = True

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(question.id)
        self.setPlaceholderText(question.placeholder)
        self.setTabChangesFocus(True)
        lines = QFontMetrics(self.font()).lineSpacing()
        self.setFixedHeight(lines * 5 + 12)
        self.textChanged.connect(self._on_text_changed)

    def value(self) -> str | None:
        """Return the text, or None when blank."""
        return self.toPlainText() or None

    def set_value(self, value: Any) -> None:
        """Show ``value`` without emitting ``edited``."""
        text = "" if value is None else str(value)
        if text != self.toPlainText():
            with QSignalBlocker(self):
                self.setPlainText(text)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Report that the user left the field."""
        super().focusOutEvent(event)
        self.committed.emit()

    def _on_text_changed(self) -> None:
        """Report the user's typing."""
        self.edited.emit(self.toPlainText() or None)


class _ButtonsField(QWidget):
    """Radio buttons or tick boxes in a column, each with an optional help line."""

    edited = Signal(object)
    committed = Signal()
    merges = False

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(question.id)
        self.question = question
        self.group = QButtonGroup(self)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(2)

    def add_button(self, button: QAbstractButton, value: object, help_text: str = "") -> None:
        """Add ``button`` for ``value``, with ``help_text`` below it in muted text."""
        button.setProperty("answer_value", value)
        button.setObjectName(f"{self.question.id}__{value}")
        self.group.addButton(button)
        self.layout_.addWidget(button)
        if help_text:
            label = muted_label(help_text, self)
            indent = button.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth)
            label.setContentsMargins(indent + 8, 0, 0, 2)
            self.layout_.addWidget(label)
            button.setToolTip(help_text)

    def buttons(self) -> list[QAbstractButton]:
        """Return the buttons in display order."""
        return self.group.buttons()

    def button(self, value: object) -> QAbstractButton | None:
        """Return the button for ``value``, or None."""
        return next((b for b in self.buttons() if b.property("answer_value") == value), None)


class SingleChoiceField(_ButtonsField):
    """Exactly one of a few choices, as radio buttons; none checked means unanswered."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        for choice in question.choices:
            self.add_button(QRadioButton(choice.label, self), choice.value, choice.help)
        self.group.buttonClicked.connect(self._on_group_button_clicked)

    def value(self) -> Any:
        """Return the checked choice's value, or None."""
        checked = self.group.checkedButton()
        return None if checked is None else checked.property("answer_value")

    def set_value(self, value: Any) -> None:
        """Check the button for ``value``; None unchecks all of them."""
        self.check_only(self.button(value) if value is not None else None)

    def check_only(self, wanted: QAbstractButton | None) -> None:
        """Check ``wanted`` and uncheck the others (None: uncheck all), silently."""
        with QSignalBlocker(self), QSignalBlocker(self.group):
            # An exclusive group refuses to uncheck its last checked button.
            self.group.setExclusive(False)
            for button in self.buttons():
                button.setChecked(button is wanted)
            self.group.setExclusive(True)

    def _on_group_button_clicked(self, button: QAbstractButton) -> None:
        """Report the clicked choice."""
        self.edited.emit(button.property("answer_value"))
        self.committed.emit()


class YesNoField(SingleChoiceField):
    """Yes or No, side by side; neither checked means unanswered, not No."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        yes_no = (
            Choice("yes", QCoreApplication.translate("fields", "Yes")),
            Choice("no", QCoreApplication.translate("fields", "No")),
        )
        super().__init__(replace(question, choices=yes_no), parent)
        row = QHBoxLayout()
        row.setSpacing(18)
        for button in self.buttons():
            button.setProperty("answer_value", button.property("answer_value") == "yes")
            row.addWidget(button)
        row.addStretch(1)
        self.layout_.addLayout(row)

    def value(self) -> bool | None:
        """Return True, False, or None when neither is checked."""
        checked = self.group.checkedButton()
        return None if checked is None else bool(checked.property("answer_value"))

    def button(self, value: object) -> QAbstractButton | None:
        """Return the Yes button for True and the No button for False."""
        if not isinstance(value, bool):
            return None
        return next((b for b in self.buttons() if b.property("answer_value") is value), None)


class MultipleChoiceField(_ButtonsField):
    """Any number of choices, as tick boxes; the answer keeps the questionnaire's order."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.group.setExclusive(False)
        for choice in question.choices:
            self.add_button(QCheckBox(choice.label, self), choice.value, choice.help)
        self.group.buttonClicked.connect(self._on_group_button_clicked)

    def value(self) -> list[str] | None:
        """Return the ticked values in questionnaire order, or None when none is ticked."""
        ticked = [str(b.property("answer_value")) for b in self.buttons() if b.isChecked()]
        return ticked or None

    def set_value(self, value: Any) -> None:
        """Tick exactly the values in ``value``."""
        chosen = (
            set(value) if isinstance(value, list) else {value} if isinstance(value, str) else set()
        )
        with QSignalBlocker(self), QSignalBlocker(self.group):
            for button in self.buttons():
                button.setChecked(button.property("answer_value") in chosen)

    def _on_group_button_clicked(self, _button: QAbstractButton) -> None:
        """Report the new set of ticked values."""
        self.edited.emit(self.value())
        self.committed.emit()


class ComboChoiceField(QComboBox):
    """One of many choices, as a drop-down list that starts on "Choose…"."""

    edited = Signal(object)
    committed = Signal()
    merges = False

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(question.id)
        self.setPlaceholderText(self.tr("Choose…"))
        for choice in question.choices:
            self.addItem(choice.label, choice.value)
            if choice.help:
                self.setItemData(self.count() - 1, choice.help, Qt.ItemDataRole.ToolTipRole)
        self.setCurrentIndex(-1)
        self.activated.connect(self._on_activated)

    def value(self) -> Any:
        """Return the chosen value, or None."""
        return self.currentData() if self.currentIndex() >= 0 else None

    def set_value(self, value: Any) -> None:
        """Select ``value``; None shows the placeholder."""
        with QSignalBlocker(self):
            self.setCurrentIndex(self.findData(value) if value is not None else -1)

    def _on_activated(self, _index: int) -> None:
        """Report the chosen value."""
        self.edited.emit(self.value())
        self.committed.emit()


FieldEditor = (
    TextField
    | DateField
    | LongTextField
    | SingleChoiceField
    | YesNoField
    | MultipleChoiceField
    | ComboChoiceField
    | RecordsField
)


def make_editor(question: Question, parent: QWidget | None = None) -> FieldEditor:
    """Return a new editor fitting ``question``'s type."""
    kind = question.type
    if kind == "records":
        return RecordsField(question, parent)
    if kind == "long_text":
        return LongTextField(question, parent)
    if kind == "yes_no":
        return YesNoField(question, parent)
    if kind == "single_choice":
        if len(question.choices) > MAX_RADIOS:
            return ComboChoiceField(question, parent)
        return SingleChoiceField(question, parent)
    if kind == "multiple_choice":
        return MultipleChoiceField(question, parent)
    if kind == "date":
        return DateField(question, parent)
    return TextField(question, parent)

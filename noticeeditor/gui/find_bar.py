"""A find-and-replace bar under a text editor, as in most code editors.

Ctrl+F opens it for finding, Ctrl+H with the replace row, F3 / Shift+F3 find the next
and previous match, Escape closes it. Replacing all is one undo step. The keys belong
to actions on a host widget (the whole clause editor), so they work while typing in
the text and the window can list the same actions in its menus.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from noticeeditor.gui.theme import ERROR, MUTED


class FindBar(QWidget):
    """Finds and replaces text in one ``QPlainTextEdit``."""

    find_action: QAction
    replace_action: QAction
    next_action: QAction
    previous_action: QAction

    def __init__(
        self, editor: QPlainTextEdit, host: QWidget | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.editor = editor
        self.find_field = QLineEdit(self)
        self.find_field.setObjectName("findField")
        self.find_field.setPlaceholderText(self.tr("Find"))
        self.find_field.setClearButtonEnabled(True)
        self.replace_field = QLineEdit(self)
        self.replace_field.setObjectName("replaceField")
        self.replace_field.setPlaceholderText(self.tr("Replace with"))
        self.case_box = QCheckBox(self.tr("Match case"), self)
        self.status = QLabel(self)
        self.status.setObjectName("findStatus")
        self.previous_button = self._button(self.tr("Previous"), self.find_previous)
        self.next_button = self._button(self.tr("Next"), self.find_next)
        self.replace_button = self._button(self.tr("Replace"), self.replace)
        self.replace_all_button = self._button(self.tr("Replace all"), self.replace_all)
        self.close_button = self._button("✕", self.close_bar)
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.close_button.setAutoRaise(True)
        self._lay_out()
        self._make_actions(host or self)
        self.find_field.textEdited.connect(self._on_find_field_text_edited)
        self.find_field.returnPressed.connect(self.find_next)
        self.replace_field.returnPressed.connect(self.replace)
        self.setVisible(False)

    def _button(self, text: str, slot: object) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.clicked.connect(slot)
        return button

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(3)
        grid.addWidget(self.find_field, 0, 0)
        grid.addWidget(self.previous_button, 0, 1)
        grid.addWidget(self.next_button, 0, 2)
        grid.addWidget(self.case_box, 0, 3)
        grid.addWidget(self.status, 0, 4)
        grid.addWidget(self.close_button, 0, 5, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.replace_field, 1, 0)
        grid.addWidget(self.replace_button, 1, 1)
        grid.addWidget(self.replace_all_button, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(4, 1)

    def _make_actions(self, host: QWidget) -> None:
        """Make the find actions; their keys work anywhere inside ``host``."""
        keys = QKeySequence.StandardKey
        specs = [
            ("find_action", self.tr("&Find…"), keys.Find, self.open_find),
            ("replace_action", self.tr("&Replace…"), keys.Replace, self.open_replace),
            ("next_action", self.tr("Find &Next"), keys.FindNext, self.find_next),
            ("previous_action", self.tr("Find Pre&vious"), keys.FindPrevious, self.find_previous),
        ]
        for name, text, key, slot in specs:
            action = QAction(text, host)
            action.setObjectName(f"{name.split('_')[0]}Action")
            action.setShortcuts(key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            host.addAction(action)
            setattr(self, name, action)

    # ------------------------------------------------------------ public

    def open_find(self) -> None:
        """Show the bar without the replace row, seeded with the selected text."""
        self._open(replace=False)

    def open_replace(self) -> None:
        """Show the bar with the replace row."""
        self._open(replace=True)

    def close_bar(self) -> None:
        """Hide the bar and give the keyboard back to the editor."""
        self.setVisible(False)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def find_next(self) -> bool:
        """Select the next match, wrapping at the end; return False if there is none."""
        return self._find(backward=False)

    def find_previous(self) -> bool:
        """Select the previous match, wrapping at the start."""
        return self._find(backward=True)

    def replace(self) -> bool:
        """Replace the selected match, then select the next one."""
        cursor = self.editor.textCursor()
        if cursor.hasSelection() and self._matches(cursor.selectedText()):
            cursor.insertText(self.replace_field.text())
            self.editor.setTextCursor(cursor)
        return self.find_next()

    def replace_all(self) -> int:
        """Replace every match as one undo step; return how many were replaced."""
        needle = self.find_field.text()
        if not needle:
            return 0
        document = self.editor.document()
        cursor = QTextCursor(document)
        count = 0
        edit = QTextCursor(document)
        edit.beginEditBlock()
        while True:
            cursor = document.find(needle, cursor, self._flags(backward=False))
            if cursor.isNull():
                break
            cursor.insertText(self.replace_field.text())
            count += 1
        edit.endEditBlock()
        self._say(self.tr("%n replaced", "", count), ok=count > 0)
        return count

    # ------------------------------------------------------------ helpers

    def _open(self, replace: bool) -> None:
        selected = self.editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_field.setText(selected)
        for widget in (self.replace_field, self.replace_button, self.replace_all_button):
            widget.setVisible(replace)
        self.setVisible(True)
        self.status.clear()
        self.find_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_field.selectAll()

    def _flags(self, backward: bool) -> QTextDocument.FindFlag:
        flags = QTextDocument.FindFlag(0)
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        if self.case_box.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        return flags

    def _matches(self, text: str) -> bool:
        needle = self.find_field.text()
        if self.case_box.isChecked():
            return text == needle
        return text.casefold() == needle.casefold()

    def _find(self, backward: bool) -> bool:
        needle = self.find_field.text()
        if not needle:
            return False
        document = self.editor.document()
        found = document.find(needle, self.editor.textCursor(), self._flags(backward))
        if found.isNull():  # wrap around
            start = QTextCursor(document)
            if backward:
                start.movePosition(QTextCursor.MoveOperation.End)
            found = document.find(needle, start, self._flags(backward))
        if found.isNull():
            self._say(self.tr("No matches"), ok=False)
            return False
        self.editor.setTextCursor(found)
        self.editor.ensureCursorVisible()
        self._say(self.tr("Line %1").replace("%1", str(found.blockNumber() + 1)), ok=True)
        return True

    def _say(self, text: str, ok: bool) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {MUTED if ok else ERROR};")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Close on Escape."""
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    def _on_find_field_text_edited(self, _text: str) -> None:
        """Find as the user types, starting from where the current match begins."""
        cursor = self.editor.textCursor()
        cursor.setPosition(cursor.selectionStart())
        self.editor.setTextCursor(cursor)
        if self.find_field.text():
            self.find_next()
        else:
            self.status.clear()

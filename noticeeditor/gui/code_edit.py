"""A plain-text code editor: line numbers, the current line, marked problem lines.

``CodeEdit`` is a ``QPlainTextEdit``, so undo, redo and the clipboard are Qt's own.
The margin shows line numbers; lines with a problem get a red mark there and a pink
background, with the messages as the margin's tooltip.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QHelpEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip, QWidget

GUTTER_BG = QColor("#f6f8fa")
GUTTER_FG = QColor("#8c959f")
GUTTER_CURRENT = QColor("#1f2328")
CURRENT_LINE = QColor("#f2f6fc")
PROBLEM_MARK = QColor("#cf222e")
PROBLEM_LINE = QColor("#fff5f5")
INDENT = "  "


def monospace_font() -> QFont:
    """Return the system's fixed-width font at a comfortable size."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(max(font.pointSizeF(), 10.5))
    return font


class LineNumberArea(QWidget):
    """The margin beside a ``CodeEdit``; the editor does the painting."""

    def __init__(self, editor: CodeEdit) -> None:
        super().__init__(editor)
        self.editor = editor
        self.setObjectName("lineNumbers")

    def sizeHint(self) -> QSize:
        """Return the width the line numbers need."""
        return QSize(self.editor.gutter_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Let the editor paint its numbers."""
        self.editor.paint_gutter(event)

    def event(self, event: QEvent) -> bool:
        """Show a problem line's messages as a tooltip."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            line = self.editor.line_at(event.pos().y())
            messages = self.editor.problems.get(line)
            if messages:
                QToolTip.showText(event.globalPos(), "\n".join(messages), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


class CodeEdit(QPlainTextEdit):
    """Plain text with line numbers, a highlighted current line and problem marks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codeEdit")
        self.problems: dict[int, list[str]] = {}
        self.gutter = LineNumberArea(self)
        self.setFont(monospace_font())
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabStopDistance(self.fontMetrics().horizontalAdvance(" ") * len(INDENT))
        self.setCenterOnScroll(False)
        self.blockCountChanged.connect(self._on_block_count_changed)
        self.updateRequest.connect(self._on_update_request)
        self.cursorPositionChanged.connect(self._on_cursor_position_changed)
        self._on_block_count_changed()
        self._on_cursor_position_changed()

    # ------------------------------------------------------------ public

    def go_to_line(self, line: int) -> None:
        """Put the cursor at the start of ``line`` (1-based) and show it."""
        block = self.document().findBlockByNumber(max(0, line - 1))
        if not block.isValid():
            block = self.document().lastBlock()
        cursor = QTextCursor(block)
        self.setTextCursor(cursor)
        self.centerCursor()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_line(self) -> int:
        """Return the cursor's line, 1-based."""
        return self.textCursor().blockNumber() + 1

    def insert_snippet(self, text: str) -> None:
        """Insert ``text`` at the cursor as one undo step, replacing any selection."""
        cursor = self.textCursor()
        cursor.insertText(text)
        self.setTextCursor(cursor)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_problems(self, problems: Mapping[int, list[str]]) -> None:
        """Mark the given lines (1-based) as having problems, with their messages."""
        self.problems = {line: list(msgs) for line, msgs in problems.items() if line > 0}
        self._update_selections()
        self.gutter.update()

    def line_at(self, y: int) -> int:
        """Return the 1-based line drawn at height ``y`` of the viewport."""
        block = self.firstVisibleBlock()
        top = self.blockBoundingGeometry(block).translated(self.contentOffset()).top()
        while block.isValid():
            bottom = top + self.blockBoundingRect(block).height()
            if y < bottom:
                return block.blockNumber() + 1
            block, top = block.next(), bottom
        return self.blockCount()

    # ------------------------------------------------------------ gutter

    def gutter_width(self) -> int:
        """Return the margin width for the current number of lines."""
        digits = max(3, len(str(self.blockCount())))
        return 18 + self.fontMetrics().horizontalAdvance("9") * digits

    def paint_gutter(self, event: QPaintEvent) -> None:
        """Paint the line numbers and problem marks of the visible lines."""
        painter = QPainter(self.gutter)
        painter.fillRect(event.rect(), GUTTER_BG)
        painter.setFont(self.font())
        current = self.textCursor().blockNumber()
        block = self.firstVisibleBlock()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        height = self.fontMetrics().height()
        width = self.gutter.width()
        while block.isValid() and top <= event.rect().bottom():
            bottom = top + round(self.blockBoundingRect(block).height())
            if block.isVisible() and bottom >= event.rect().top():
                number = block.blockNumber()
                if number + 1 in self.problems:
                    painter.fillRect(QRect(0, top, 4, bottom - top), PROBLEM_MARK)
                painter.setPen(GUTTER_CURRENT if number == current else GUTTER_FG)
                box = QRect(0, top, width - 8, height)
                painter.drawText(box, Qt.AlignmentFlag.AlignRight, str(number + 1))
            block, top = block.next(), bottom
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the margin as tall as the editor."""
        super().resizeEvent(event)
        rect = self.contentsRect()
        self.gutter.setGeometry(QRect(rect.left(), rect.top(), self.gutter_width(), rect.height()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Indent with spaces and keep the indentation of the line on Enter."""
        if event.key() == Qt.Key.Key_Tab and not event.modifiers():
            self.insert_snippet(INDENT)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            line = self.textCursor().block().text()
            indent = line[: len(line) - len(line.lstrip(" "))]
            self.insert_snippet("\n" + indent)
            self.ensureCursorVisible()
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------ slots

    def _on_block_count_changed(self, _count: int = 0) -> None:
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)

    def _on_update_request(self, rect: QRect, dy: int) -> None:
        if dy:
            self.gutter.scroll(0, dy)
        else:
            self.gutter.update(0, rect.y(), self.gutter.width(), rect.height())

    def _on_cursor_position_changed(self) -> None:
        self._update_selections()
        self.gutter.update()

    def _update_selections(self) -> None:
        """Shade the current line, and problem lines in pink."""
        selections = []
        for line in self.problems:
            block = self.document().findBlockByNumber(line - 1)
            if block.isValid():
                selection = QTextEdit.ExtraSelection()
                selection.format.setBackground(PROBLEM_LINE)
                selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
                selection.cursor = QTextCursor(block)
                selections.append(selection)
        current = QTextEdit.ExtraSelection()
        current.format.setBackground(CURRENT_LINE)
        current.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        current.cursor = self.textCursor()
        current.cursor.clearSelection()
        selections.append(current)
        self.setExtraSelections(selections)

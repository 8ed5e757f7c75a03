"""Small panels beside the clause editor: its problems, its changes, its preview.

``ProblemList`` lists lint problems and asks to go to a line when one is clicked.
``DiffView`` shows a unified diff with added and removed lines coloured.
``ClausePreview`` shows a clause rendered with the project's answers.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QStyle,
    QTextBrowser,
    QWidget,
)

from noticeeditor.core.lint import Problem
from noticeeditor.gui.code_edit import monospace_font
from noticeeditor.gui.theme import ERROR, MUTED

LINE_ROLE = Qt.ItemDataRole.UserRole
PREVIEW_CSS = f"""
body {{ font-family: 'DejaVu Serif', Georgia, serif; color: #1f2328; }}
h1 {{ font-size: 15pt; font-weight: 600; margin-top: 2px; margin-bottom: 8px; }}
h2 {{ font-size: 13pt; font-weight: 600; margin-top: 14px; margin-bottom: 6px; }}
h3, h4, h5, h6 {{ font-size: 11pt; font-weight: 600; margin-top: 10px; margin-bottom: 4px; }}
p, li {{ font-size: 10.5pt; line-height: 140%; }}
p {{ margin-top: 0px; margin-bottom: 8px; }}
a {{ color: #0a58b0; }}
.last-updated, nav {{ display: none; }}
.clause-error {{ color: {ERROR}; font-family: 'DejaVu Sans Mono', monospace; }}
table {{ border-collapse: collapse; margin-top: 6px; margin-bottom: 10px; }}
th {{ background-color: #f3f4f6; font-weight: 600; text-align: left; }}
th, td {{ padding: 4px 8px; border: 1px solid #d0d7de; }}
"""


class ProblemList(QListWidget):
    """Problems of the clause being edited; clicking one asks to go to its line."""

    line_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemList")
        self.setAccessibleName(self.tr("Problems in this clause"))
        self.setUniformItemSizes(True)
        self.setWordWrap(False)
        self._error_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        self._ok_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        self.itemClicked.connect(self._on_item_clicked)
        self.itemActivated.connect(self._on_item_clicked)

    def set_problems(self, problems: Iterable[Problem]) -> None:
        """Show ``problems`` sorted by line, or a line saying there are none."""
        self.clear()
        found = sorted(problems, key=lambda p: (p.line, p.message))
        for problem in found:
            where = self.tr("Line %1").replace("%1", str(problem.line)) if problem.line else ""
            text = f"{where}: {problem.message}" if where else problem.message
            item = QListWidgetItem(self._error_icon, text, self)
            item.setData(LINE_ROLE, problem.line)
            item.setToolTip(str(problem))
        if not found:
            item = QListWidgetItem(self._ok_icon, self.tr("No problems found."), self)
            item.setForeground(QColor(MUTED))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)

    def problem_count(self) -> int:
        """Return how many problems are listed."""
        return sum(1 for i in range(self.count()) if self.item(i).data(LINE_ROLE) is not None)

    def _on_item_clicked(self, item: QListWidgetItem) -> None:
        """Ask to go to the problem's line."""
        line = item.data(LINE_ROLE)
        if line:
            self.line_requested.emit(int(line))


class DiffHighlighter(QSyntaxHighlighter):
    """Colours a unified diff: additions green, removals red, hunks blue."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.formats = {
            "+": _line_format("#1a7f37", "#e6ffec"),
            "-": _line_format("#cf222e", "#ffebe9"),
            "@": _line_format("#0550ae", "#ddf4ff"),
            "header": _line_format(MUTED, None, bold=True),
        }

    def highlightBlock(self, text: str) -> None:
        """Colour one line of the diff by its first character."""
        kind = "header" if text.startswith(("+++", "---")) else text[:1]
        fmt = self.formats.get(kind)
        if fmt is not None:
            self.setFormat(0, len(text), fmt)


def _line_format(colour: str, background: str | None, bold: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(colour))
    if background:
        fmt.setBackground(QColor(background))
    if bold:
        fmt.setFontWeight(700)
    return fmt


class DiffView(QPlainTextEdit):
    """A read-only unified diff against the built-in clause."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diffView")
        self.setAccessibleName(self.tr("Changes against the built-in clause"))
        self.setReadOnly(True)
        self.setFont(monospace_font())
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.highlighter = DiffHighlighter(self.document())

    def show_diff(self, diff: str, empty_message: str) -> None:
        """Show ``diff``, or ``empty_message`` when there is nothing to show."""
        text = diff if diff else empty_message
        if text != self.toPlainText():
            self.setPlainText(text)


class ClausePreview(QTextBrowser):
    """The clause rendered as it will read in the notice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clausePreview")
        self.setAccessibleName(self.tr("Preview of this clause with your answers"))
        self.setOpenLinks(False)
        self.document().setDefaultStyleSheet(PREVIEW_CSS)
        self.document().setDocumentMargin(18)
        self.last_html = ""

    def show_html(self, html: str) -> None:
        """Show ``html``, keeping the scroll position."""
        if html == self.last_html:
            return
        self.last_html = html
        bar = self.verticalScrollBar()
        position = bar.value()
        self.setHtml(html)
        bar.setValue(min(position, bar.maximum()))

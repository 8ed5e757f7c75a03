"""The two lists inside the checklist panel: requirements and readability per section.

``RequirementTree`` groups requirements under their jurisdiction and draws each as a
state mark, what the law wants said (wrapped to the panel's width) and, below it in
smaller muted text, the citation and the answers still missing. ``ReadabilityTree``
lists the notice's sections with their Flesch reading ease.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QWidget,
)

from noticeeditor.gui.theme import MUTED, STATE_COLOURS, state_icon

DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1  # the muted second line
STATE_ROLE = Qt.ItemDataRole.UserRole + 2  # "met", "missing" or "not applicable"
TARGET_ROLE = Qt.ItemDataRole.UserRole + 3  # (wizard section, question id) or None
KEY_ROLE = Qt.ItemDataRole.UserRole + 4  # requirement id, or jurisdiction id for a group
ModelIndex = QModelIndex | QPersistentModelIndex
ICON, PAD, GAP = 16, 6, 2
MARKS = {"met": "done", "missing": "missing", "needs judgement": "incomplete"}


def _wrapped_height(font: QFont, width: int, text: str) -> int:
    """Return the height ``text`` takes in ``font`` wrapped at ``width`` pixels."""
    box = QRect(0, 0, max(40, width), 10_000)
    return QFontMetrics(font).boundingRect(box, Qt.TextFlag.TextWordWrap, text).height()


def text_width(row_width: int) -> int:
    """Return the width for text in a row ``row_width`` wide, beside the state mark."""
    return row_width - ICON - PAD * 3


def detail_font(font: QFont) -> QFont:
    """Return the smaller font of the second line."""
    small = QFont(font)
    small.setPointSizeF(font.pointSizeF() * 0.88)
    return small


class RequirementDelegate(QStyledItemDelegate):
    """Draw a requirement as a mark, wrapped text and a muted detail line."""

    def _row_width(self, option: QStyleOptionViewItem, index: ModelIndex) -> int:
        """Return the width of the row of ``index``: its column less the indentation."""
        view = self.parent()
        if not isinstance(view, QTreeWidget):
            return int(option.rect.width())  # type: ignore[attr-defined]
        levels = _depth(index) + (1 if view.rootIsDecorated() else 0)
        return view.header().sectionSize(0) - view.indentation() * levels

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        """Return room for the wrapped text and the detail line."""
        if not index.parent().isValid():
            base = super().sizeHint(option, index)
            return QSize(base.width(), base.height() + PAD * 2)
        font: QFont = option.font  # type: ignore[attr-defined]
        width = text_width(self._row_width(option, index))
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        detail = str(index.data(DETAIL_ROLE) or "")
        height = _wrapped_height(font, width, text) + PAD * 2
        if detail:
            height += GAP + _wrapped_height(detail_font(font), width, detail)
        return QSize(width, max(height, ICON + PAD * 2))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        """Paint the background, the state mark, the text and the detail line."""
        if not index.parent().isValid():
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # type: ignore[attr-defined]
        opt.icon = QIcon()  # type: ignore[attr-defined]
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        self._paint_content(painter, opt, index)

    def _paint_content(
        self, painter: QPainter, opt: QStyleOptionViewItem, index: ModelIndex
    ) -> None:
        """Paint the mark, the text and the detail line inside ``opt.rect``."""
        rect: QRect = opt.rect  # type: ignore[attr-defined]
        state = str(index.data(STATE_ROLE) or "")
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette: QPalette = opt.palette  # type: ignore[attr-defined]
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = palette.color(role)
        muted = colour if selected else QColor(MUTED)
        if state in MARKS:
            mark = QRect(rect.left() + PAD, rect.top() + PAD + 1, ICON, ICON)
            state_icon(MARKS[state]).paint(painter, mark)
        left = rect.left() + ICON + PAD * 2
        width = text_width(rect.width())
        font: QFont = opt.font  # type: ignore[attr-defined]
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        height = _wrapped_height(font, width, text)
        painter.save()
        painter.setFont(font)
        painter.setPen(muted if state not in MARKS else colour)
        painter.drawText(QRect(left, rect.top() + PAD, width, height), _WRAP, text)
        detail = str(index.data(DETAIL_ROLE) or "")
        if detail:
            top = rect.top() + PAD + height + GAP
            _draw_detail(painter, QRect(left, top, width, 0), detail, font, muted)
        painter.restore()


def _draw_detail(painter: QPainter, box: QRect, text: str, font: QFont, colour: QColor) -> None:
    """Draw the detail line(s) in the smaller font, from the top left of ``box``."""
    small = detail_font(font)
    painter.setFont(small)
    painter.setPen(colour)
    box.setHeight(_wrapped_height(small, box.width(), text))
    painter.drawText(box, _WRAP, text)


_WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)


def _depth(index: ModelIndex) -> int:
    """Return how many parents ``index`` has."""
    depth, parent = 0, index.parent()
    while parent.isValid():
        depth, parent = depth + 1, parent.parent()
    return depth


class RequirementTree(QTreeWidget):
    """Requirements grouped by jurisdiction; rows grow to fit their wrapped text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistRequirements")
        self.setAccessibleName(self.tr("Requirements of the chosen laws"))
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setIndentation(12)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setItemDelegate(RequirementDelegate(self))

        # A scroll bar coming or going changes the width without resizing the tree.
        self.header().sectionResized.connect(self._on_header_section_resized)

    def _on_header_section_resized(self, _index: int, old: int, new: int) -> None:
        """Wrap the rows again at the column's new width."""
        if old != new:
            self.scheduleDelayedItemsLayout()


class PaddedDelegate(QStyledItemDelegate):
    """Draw rows as usual with a little more room above and below."""

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        """Return the usual size, a few pixels taller."""
        base = super().sizeHint(option, index)
        return QSize(base.width(), base.height() + PAD)


class ReadabilityTree(QTreeWidget):
    """Each section of the notice with its reading-ease score and Flesch's band."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistReadability")
        self.setAccessibleName(self.tr("Readability of each section"))
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Section"), self.tr("Score"), self.tr("Reads as")])
        self.setIndentation(12)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setItemDelegate(PaddedDelegate(self))
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


def score_colour(score: float) -> QColor:
    """Return green for plain English (60 and up), amber for 50–60, red below."""
    if score >= 60:
        return QColor(STATE_COLOURS["done"])
    return QColor(STATE_COLOURS["incomplete" if score >= 50 else "missing"])

"""The step list: every section of the questionnaire with its state.

Each step shows a coloured mark and the state in words ("Done", "Incomplete",
"Required answers missing"), so the state reads without colour too.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSignalBlocker,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from noticeeditor.core.questionnaire import Questionnaire
from noticeeditor.gui.theme import MUTED, state_icon, state_text

SECTION_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2
ModelIndex = QModelIndex | QPersistentModelIndex
ICON = 18
PAD = 8


class StepDelegate(QStyledItemDelegate):
    """Draw a step as a mark, its title, and its state in smaller muted text below."""

    def sizeHint(self, option: QStyleOptionViewItem, _index: ModelIndex) -> QSize:
        """Return room for two lines of text and padding."""
        metrics = QFontMetrics(option.font)  # type: ignore[attr-defined]
        return QSize(180, metrics.lineSpacing() * 2 + PAD * 2 + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        """Paint the selection background, the mark, the title and the state."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # type: ignore[attr-defined]
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        rect: QRect = opt.rect  # type: ignore[attr-defined]
        state = str(index.data(STATE_ROLE) or "incomplete")
        mark = QRect(rect.left() + PAD, rect.center().y() - ICON // 2, ICON, ICON)
        state_icon(state).paint(painter, mark)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        self._texts(painter, opt, rect.adjusted(PAD * 2 + ICON, PAD, -PAD, -PAD), index, selected)

    def _texts(
        self,
        painter: QPainter,
        opt: QStyleOptionViewItem,
        box: QRect,
        index: ModelIndex,
        selected: bool,
    ) -> None:
        """Paint the title on the first line and the state text on the second."""
        palette: QPalette = opt.palette  # type: ignore[attr-defined]
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        font = QFont(opt.font)  # type: ignore[attr-defined]
        line = QFontMetrics(font).lineSpacing()
        painter.save()
        painter.setPen(palette.color(role))
        title = QFontMetrics(font).elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole)), Qt.TextElideMode.ElideRight, box.width()
        )
        painter.setFont(font)
        painter.drawText(QRect(box.left(), box.top(), box.width(), line), 0, title)
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.88)
        painter.setFont(small)
        painter.setPen(palette.color(role) if selected else QColor(MUTED))
        state = state_text(str(index.data(STATE_ROLE) or "incomplete"))
        painter.drawText(QRect(box.left(), box.top() + line, box.width(), line), 0, state)
        painter.restore()


class StepList(QListWidget):
    """The wizard's sections, in order; choosing one asks to go there."""

    section_requested = Signal(str)

    def __init__(self, questionnaire: Questionnaire, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepList")
        self.setAccessibleName(self.tr("Steps"))
        self.setItemDelegate(StepDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self._states: dict[str, str] = {}
        for number, section in enumerate(questionnaire.sections, start=1):
            item = QListWidgetItem(f"{number}. {section.title}", self)
            item.setData(SECTION_ROLE, section.id)
            self._set_state(item, "incomplete")
        self.currentItemChanged.connect(self._on_current_item_changed)

    def section_ids(self) -> list[str]:
        """Return the section ids in order."""
        return [str(self.item(i).data(SECTION_ROLE)) for i in range(self.count())]

    def state(self, section_id: str) -> str:
        """Return the state last shown for ``section_id``."""
        return self._states.get(section_id, "incomplete")

    def set_states(self, states: dict[str, str]) -> None:
        """Show new states; only items whose state changed are touched."""
        for row in range(self.count()):
            item = self.item(row)
            sid = str(item.data(SECTION_ROLE))
            if sid in states and states[sid] != self._states.get(sid):
                self._set_state(item, states[sid])

    def _set_state(self, item: QListWidgetItem, state: str) -> None:
        """Store ``state`` on ``item`` with its words for tooltips and screen readers."""
        sid = str(item.data(SECTION_ROLE))
        self._states[sid] = state
        words = f"{item.text()}: {state_text(state)}"
        item.setData(STATE_ROLE, state)
        item.setData(Qt.ItemDataRole.ToolTipRole, words)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, words)

    def summary(self) -> str:
        """Return a one-line count of finished steps, for the status bar."""
        states = [s for s in self._states.values() if s != "not applicable"]
        text = self.tr("{} of {} steps done").format(states.count("done"), len(states))
        missing = states.count("missing")
        if missing:
            text += self.tr(" · {} with required answers missing").format(missing)
        return text

    def select_section(self, section_id: str) -> None:
        """Highlight ``section_id`` without asking to go there."""
        ids = self.section_ids()
        if section_id in ids:
            with QSignalBlocker(self):
                self.setCurrentRow(ids.index(section_id))

    def _on_current_item_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        """Ask to show the section the user picked."""
        if current is not None:
            self.section_requested.emit(str(current.data(SECTION_ROLE)))

"""The jurisdictions selector: one tick box per law the notice covers."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from noticeeditor.core.questionnaire import JURISDICTIONS

JURISDICTION_ROLE = Qt.ItemDataRole.UserRole + 1
# The names of core.questionnaire.JURISDICTIONS, spelled out again for lupdate to find
# (the core never imports Qt); a test checks that the two lists agree.
MARKED_NAMES = (
    QT_TRANSLATE_NOOP("jurisdictions", "European Union and EEA (GDPR)"),
    QT_TRANSLATE_NOOP("jurisdictions", "United Kingdom (UK GDPR)"),
    QT_TRANSLATE_NOOP("jurisdictions", "California (CCPA/CPRA)"),
    QT_TRANSLATE_NOOP(
        "jurisdictions", "Other US states (Virginia, Colorado, Connecticut and others)"
    ),
    QT_TRANSLATE_NOOP("jurisdictions", "Canada (PIPEDA and Quebec Law 25)"),
)


def jurisdiction_name(jid: str) -> str:
    """Return the full name of jurisdiction ``jid`` in the interface's language."""
    return QCoreApplication.translate("jurisdictions", JURISDICTIONS.get(jid, jid))


class JurisdictionSelector(QListWidget):
    """A checkable list of JURISDICTIONS; ticking one asks to change the choice."""

    jurisdictions_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jurisdictionSelector")
        self.setAccessibleName(self.tr("Jurisdictions"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setSpacing(1)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for jid in JURISDICTIONS:
            item = QListWidgetItem(jurisdiction_name(jid), self)
            item.setData(JURISDICTION_ROLE, jid)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.itemChanged.connect(self._on_item_changed)
        self.itemActivated.connect(self._on_item_activated)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Grow or shrink to show every jurisdiction, however the names wrap."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            QTimer.singleShot(0, self, self._fit_height)

    def _fit_height(self) -> None:
        """Make the list exactly as tall as its items, so it never scrolls."""
        self.doItemsLayout()
        last = self.visualItemRect(self.item(self.count() - 1))
        top = self.visualItemRect(self.item(0)).top() - self.spacing()
        wanted = last.bottom() - top + 2 * self.spacing() + 2 * self.frameWidth() + 1
        if wanted != self.height():
            self.setFixedHeight(wanted)

    def item_for(self, jid: str) -> QListWidgetItem:
        """Return the item of jurisdiction ``jid``."""
        for row in range(self.count()):
            if self.item(row).data(JURISDICTION_ROLE) == jid:
                return self.item(row)
        raise KeyError(jid)

    def selected(self) -> list[str]:
        """Return the ticked jurisdictions, in the canonical order."""
        items = (self.item(row) for row in range(self.count()))
        return [str(i.data(JURISDICTION_ROLE)) for i in items if _ticked(i)]

    def set_selected(self, chosen: Sequence[str]) -> None:
        """Tick exactly ``chosen`` without asking for a change."""
        with QSignalBlocker(self):
            for row in range(self.count()):
                item = self.item(row)
                wanted = item.data(JURISDICTION_ROLE) in chosen
                item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def _on_item_changed(self, _item: QListWidgetItem) -> None:
        """Ask for the new set of jurisdictions."""
        self.jurisdictions_requested.emit(self.selected())

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        """Toggle an item on Enter or double click, as a tick box would."""
        item.setCheckState(Qt.CheckState.Unchecked if _ticked(item) else Qt.CheckState.Checked)


def _ticked(item: QListWidgetItem) -> bool:
    """Return True when ``item`` is ticked."""
    return item.checkState() == Qt.CheckState.Checked

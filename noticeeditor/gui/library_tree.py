"""The clause library as a tree: the common body, then each jurisdiction's part.

Under each folder come the outline's sections in notice order, each with the clause
file that fills it and whether that file is built-in, overridden or added by the
user; then the folder's other files (included pieces, or clauses no section uses).
Selecting a clause asks to open it.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from noticeeditor.core import clauses
from noticeeditor.core.clauses import ClauseFile, FolderEntry
from noticeeditor.core.languages import LANGUAGES
from noticeeditor.core.library import ClauseLibrary
from noticeeditor.core.translations import (
    OUTDATED,
    REVIEWED,
    UNREVIEWED,
    UNTRANSLATED,
    clause_states,
    translated_languages,
)
from noticeeditor.gui.theme import MUTED

FOLDER_ROLE = Qt.ItemDataRole.UserRole
FILE_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_COLOURS = {
    clauses.BUILTIN: "#8c959f",
    clauses.OVERRIDDEN: "#bf8700",
    clauses.ADDED: "#1a7f37",
    clauses.MISSING: "#cf222e",
}


@cache
def state_icon(state: str) -> QIcon:
    """Return a small coloured disc for a clause state (a ring for built-in)."""
    icon = QIcon()
    for size in (12, 16, 24):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(STATE_COLOURS.get(state, MUTED))
        inset = size * 0.2
        if state == clauses.BUILTIN:
            painter.setPen(colour)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
        painter.drawEllipse(inset, inset, size - 2 * inset, size - 2 * inset)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


# Short marks for the Translations column; the tooltip says each in words.
_TRANSLATION_MARKS = {
    UNTRANSLATED: "—",
    OUTDATED: QT_TRANSLATE_NOOP("LibraryTree", "outdated"),
    UNREVIEWED: QT_TRANSLATE_NOOP("LibraryTree", "draft"),
    REVIEWED: "✓",
}


class LibraryTree(QTreeWidget):
    """Clauses by folder and outline section; selecting one asks to open it."""

    open_clause_requested = Signal(str, str)  # folder, file

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryTree")
        self.setAccessibleName(self.tr("Clause library"))
        self.setHeaderLabels(
            [self.tr("Section / clause"), self.tr("State"), self.tr("Translations")]
        )
        self._translations: dict[str, dict[str, str]] = {}  # language -> clause -> state
        self.setUniformRowHeights(True)
        self.setIconSize(QSize(12, 12))
        self.setAllColumnsShowFocus(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.currentItemChanged.connect(self._on_current_item_changed)

    def populate(self, library: ClauseLibrary) -> None:
        """Fill the tree from ``library``, keeping the current clause and what is open."""
        current = self.current_clause()
        collapsed = {
            self.topLevelItem(i).data(0, FOLDER_ROLE)
            for i in range(self.topLevelItemCount())
            if not self.topLevelItem(i).isExpanded()
        }
        self._translations = {
            code: {item.clause: item.state for item in clause_states(library, code)}
            for code in translated_languages(library)
        }
        blocker = self.blockSignals(True)
        try:
            self.clear()
            for entry in clauses.library_tree(library):
                folder = self._folder_item(entry)
                folder.setExpanded(entry.folder not in collapsed)
            if current is not None:
                self.select_clause(*current)
        finally:
            self.blockSignals(blocker)

    def _folder_item(self, entry: FolderEntry) -> QTreeWidgetItem:
        count = len(entry.sections) + len(entry.others)
        item = QTreeWidgetItem(self, [entry.title, str(count) if count else ""])
        item.setData(0, FOLDER_ROLE, entry.folder)
        item.setToolTip(0, f"{entry.folder}/")
        font = QFont(self.font())
        font.setBold(True)
        item.setFont(0, font)
        item.setForeground(1, QBrush(QColor(MUTED)))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        for section in entry.sections:
            self._clause_item(item, section.title, section.clause)
        if entry.others:
            others = QTreeWidgetItem(item, [self.tr("Other clauses in this folder")])
            others.setFlags(Qt.ItemFlag.ItemIsEnabled)
            others.setForeground(0, QBrush(QColor(MUTED)))
            others.setExpanded(True)
            for clause in entry.others:
                self._clause_item(others, clause.file, clause)
        return item

    def _clause_item(self, parent: QTreeWidgetItem, title: str, clause: ClauseFile) -> None:
        item = QTreeWidgetItem(parent, [title, _state_words(clause.state)])
        item.setIcon(0, state_icon(clause.state))
        item.setData(0, FOLDER_ROLE, clause.folder)
        item.setData(0, FILE_ROLE, clause.file)
        item.setForeground(1, QBrush(QColor(STATE_COLOURS[clause.state])))
        where = str(clause.path) if clause.path else self.tr("no file yet")
        item.setToolTip(0, f"{clause.name}\n{where}")
        item.setToolTip(1, item.toolTip(0))
        states = {code: found.get(clause.name) for code, found in self._translations.items()}
        shown = [(code, state) for code, state in states.items() if state]
        marks = [f"{code} {_translation_mark(state)}" for code, state in shown]
        item.setText(2, "  ".join(marks))
        words = [f"{LANGUAGES[code]}: {self._translation_words(state)}" for code, state in shown]
        item.setToolTip(2, "\n".join(words))

    def _translation_words(self, state: str) -> str:
        """Return a translation state in words, for the tooltip."""
        return {
            UNTRANSLATED: self.tr("not translated"),
            OUTDATED: self.tr("outdated: the English text changed since"),
            UNREVIEWED: self.tr("translated, not reviewed yet"),
            REVIEWED: self.tr("translated and reviewed"),
        }[state]

    def current_clause(self) -> tuple[str, str] | None:
        """Return (folder, file) of the selected clause, if one is selected."""
        item = self.currentItem()
        if item is None or item.data(0, FILE_ROLE) is None:
            return None
        return str(item.data(0, FOLDER_ROLE)), str(item.data(0, FILE_ROLE))

    def clause_items(self) -> list[QTreeWidgetItem]:
        """Return every clause row, in tree order."""
        found = []
        stack = [self.topLevelItem(i) for i in reversed(range(self.topLevelItemCount()))]
        while stack:
            item = stack.pop()
            if item.data(0, FILE_ROLE) is not None:
                found.append(item)
            stack.extend(item.child(i) for i in reversed(range(item.childCount())))
        return found

    def select_clause(self, folder: str, file: str) -> bool:
        """Make the first row of ``folder/file`` current, without asking to open it."""
        for item in self.clause_items():
            if (item.data(0, FOLDER_ROLE), item.data(0, FILE_ROLE)) == (folder, file):
                blocker = self.blockSignals(True)
                self.setCurrentItem(item)
                self.blockSignals(blocker)
                self.scrollToItem(item)
                return True
        return False

    def _on_current_item_changed(
        self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None
    ) -> None:
        """Ask to open the clause of the newly selected row."""
        if current is not None and current.data(0, FILE_ROLE) is not None:
            folder, file = current.data(0, FOLDER_ROLE), current.data(0, FILE_ROLE)
            self.open_clause_requested.emit(str(folder), str(file))


def _state_words(state: str) -> str:
    """Return the words for a clause's state, as the tree's State column shows them."""
    words = {
        clauses.BUILTIN: QCoreApplication.translate("LibraryTree", "built-in"),
        clauses.OVERRIDDEN: QCoreApplication.translate("LibraryTree", "overridden"),
        clauses.ADDED: QCoreApplication.translate("LibraryTree", "added by you"),
        clauses.MISSING: QCoreApplication.translate("LibraryTree", "missing"),
    }
    return words.get(state, state)


def _translation_mark(state: str) -> str:
    """Return the short mark of a translation state, for the Translations column."""
    return QCoreApplication.translate("LibraryTree", _TRANSLATION_MARKS[state])

"""The names a clause may read: question ids by questionnaire step, with their values.

Double-clicking a name asks for ``{{ id }}`` to be inserted at the editor's cursor.
Names the clause already reads are shown in bold; the help text is each row's tooltip.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from noticeeditor.core.clauses import Variable
from noticeeditor.gui.theme import MUTED

ID_ROLE = Qt.ItemDataRole.UserRole


def display_value(value: Any) -> str:
    """Return an answer as a short line of text."""
    if value is True:
        return "yes"
    if value is False:
        return "no"
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list) and value and isinstance(value[0], dict):
        return f"{len(value)} entr{'y' if len(value) == 1 else 'ies'}"
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    return " ".join(str(value).split())


def snippet(name: str) -> str:
    """Return the text inserted for a name."""
    return "{{ " + name + " }}"


class VariablesPanel(QWidget):
    """Lists the variables of a clause; double-click asks to insert one."""

    insert_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("variablesPanel")
        self.filter_field = QLineEdit(self)
        self.filter_field.setObjectName("variablesFilter")
        self.filter_field.setPlaceholderText(self.tr("Filter variables"))
        self.filter_field.setClearButtonEnabled(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("variablesTree")
        self.tree.setAccessibleName(self.tr("Variables a clause can use"))
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Type"), self.tr("Current value")])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filter_field)
        layout.addWidget(self.tree)
        self.used: set[str] = set()
        self.shown: list[Variable] = []
        self.insert_action = self._make_insert_action()
        self.tree.itemDoubleClicked.connect(self._on_tree_item_double_clicked)
        self.insert_action.triggered.connect(self._on_insert_action_triggered)
        self.filter_field.textChanged.connect(self._on_filter_field_text_changed)

    def _make_insert_action(self) -> QAction:
        """Return the action inserting the current variable: Enter, or the context menu."""
        action = QAction(self.tr("Insert at cursor"), self.tree)
        action.setObjectName("insertVariableAction")
        action.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.tree.addAction(action)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        return action

    def set_variables(self, variables: Iterable[Variable]) -> None:
        """Show ``variables`` grouped by questionnaire step, keeping what was expanded."""
        variables = list(variables)
        if variables == self.shown:
            return  # unchanged: keep the scroll position and the selection
        self.shown = variables
        collapsed = {
            self.tree.topLevelItem(i).text(0)
            for i in range(self.tree.topLevelItemCount())
            if not self.tree.topLevelItem(i).isExpanded()
        }
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for variable in variables:
            group = groups.get(variable.section)
            if group is None:
                group = QTreeWidgetItem(self.tree, [variable.section])
                group.setFirstColumnSpanned(True)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                groups[variable.section] = group
            self._add_row(group, variable)
        for title, group in groups.items():
            group.setExpanded(title not in collapsed)
        self._apply_used()
        self._on_filter_field_text_changed(self.filter_field.text())

    def _add_row(self, group: QTreeWidgetItem, variable: Variable) -> None:
        value = display_value(variable.value)
        row = QTreeWidgetItem(group, [variable.id, variable.type, value])
        row.setData(0, ID_ROLE, variable.id)
        row.setToolTip(0, _tooltip(variable))
        row.setToolTip(2, value)
        if value == "—":
            row.setForeground(2, QBrush(QColor(MUTED)))

    def set_used(self, names: Iterable[str]) -> None:
        """Show in bold the names the clause reads."""
        self.used = set(names)
        self._apply_used()

    def names(self) -> list[str]:
        """Return the listed variable ids, in order."""
        return [item.data(0, ID_ROLE) for item in self._rows()]

    def row(self, name: str) -> QTreeWidgetItem | None:
        """Return the row of variable ``name``."""
        return next((item for item in self._rows() if item.data(0, ID_ROLE) == name), None)

    def _rows(self) -> list[QTreeWidgetItem]:
        rows = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            rows += [group.child(j) for j in range(group.childCount())]
        return rows

    def _apply_used(self) -> None:
        for item in self._rows():
            font = QFont(self.tree.font())
            font.setBold(item.data(0, ID_ROLE) in self.used)
            item.setFont(0, font)

    def _on_tree_item_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        """Ask to insert the variable under the double-click."""
        name = item.data(0, ID_ROLE)
        if name:
            self.insert_requested.emit(snippet(name))

    def _on_insert_action_triggered(self) -> None:
        """Ask to insert the current variable (Enter, or the context menu)."""
        item = self.tree.currentItem()
        if item is not None:
            self._on_tree_item_double_clicked(item, 0)

    def _on_filter_field_text_changed(self, text: str) -> None:
        """Show only names, labels or types containing ``text``."""
        needle = text.strip().casefold()
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            shown = 0
            for j in range(group.childCount()):
                item = group.child(j)
                haystack = f"{item.text(0)} {item.text(1)} {item.toolTip(0)}".casefold()
                item.setHidden(bool(needle) and needle not in haystack)
                shown += not item.isHidden()
            group.setHidden(shown == 0)


def _tooltip(variable: Variable) -> str:
    """Return rich text: the question, its help and its choices."""
    parts = [
        f"<b>{escape(variable.label)}</b>",
        f"<code>{escape(variable.id)}</code> · {variable.type}",
    ]
    if variable.help:
        parts.append(escape(variable.help))
    if variable.choices:
        choices = ", ".join(f"<code>{escape(c)}</code>" for c in variable.choices)
        parts.append(QCoreApplication.translate("VariablesPanel", "Choices: {}").format(choices))
    return "<p>" + "<br>".join(parts) + "</p>"

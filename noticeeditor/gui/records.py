"""The records editor: a table of entries with Add, Remove, Move up and Move down.

Each column is one field of the records question. Text fields are edited in place;
choice and yes/no fields get a drop-down. The answer is a list of dicts, one per
row, with every field present ("" for blank text, None for an unanswered yes/no).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from noticeeditor.core.questionnaire import Question

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
ModelIndex = QModelIndex | QPersistentModelIndex


def field_options(field: Question) -> list[tuple[object, str]]:
    """Return (value, label) pairs a choice-like field offers, blank first."""
    if field.type == "yes_no":
        yes = QCoreApplication.translate("records", "Yes")
        return [(None, ""), (True, yes), (False, QCoreApplication.translate("records", "No"))]
    return [("", ""), *((c.value, c.label) for c in field.choices)]


class ChoiceDelegate(QStyledItemDelegate):
    """Edit a choice or yes/no cell with a drop-down of its options."""

    def __init__(self, field: Question, parent: QWidget) -> None:
        super().__init__(parent)
        self.options = field_options(field)

    def createEditor(
        self, parent: QWidget, _option: QStyleOptionViewItem, _index: ModelIndex
    ) -> QWidget:
        """Return a drop-down listing the options."""
        combo = QComboBox(parent)
        for value, label in self.options:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        """Select the cell's current value in the drop-down."""
        assert isinstance(editor, QComboBox)
        value = index.data(VALUE_ROLE)
        editor.setCurrentIndex(max(0, next(self._positions(value), 0)))

    def _positions(self, value: object) -> Any:
        """Yield the positions of ``value`` among the options (identity for booleans)."""
        for position, (option, _label) in enumerate(self.options):
            if option is value or (not isinstance(option, bool) and option == value):
                yield position

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:
        """Store the chosen value and show its label."""
        assert isinstance(editor, QComboBox)
        value, label = self.options[editor.currentIndex()]
        # Two roles change, but the table must report one edit (one undo step).
        with QSignalBlocker(model):
            model.setData(index, value, VALUE_ROLE)
        model.setData(index, label, Qt.ItemDataRole.DisplayRole)


class RecordsField(QWidget):
    """Edit a list of records in a table."""

    edited = Signal(object)
    committed = Signal()
    merges = False

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(question.id)
        self.question = question
        self.fields = question.fields
        self.table = self._make_table()
        self.add_button = self._button(self.tr("&Add"), "add", self._on_add_button_clicked)
        self.remove_button = self._button(self.tr("Remove"), "remove", self._on_remove_clicked)
        self.up_button = self._button(self.tr("Move up"), "up", self._on_up_button_clicked)
        self.down_button = self._button(self.tr("Move down"), "down", self._on_down_clicked)
        self._lay_out()
        self.table.itemChanged.connect(self._on_table_item_changed)
        self.table.currentCellChanged.connect(self._on_table_current_cell_changed)
        self._update_buttons()

    def _make_table(self) -> QTableWidget:
        """Return the table with one column per field."""
        table = QTableWidget(0, len(self.fields), self)
        table.setObjectName(f"{self.question.id}__table")
        table.setAccessibleName(self.question.label)
        labels = [f.label + (" *" if f.required else "") for f in self.fields]
        table.setHorizontalHeaderLabels(labels)
        for column, field in enumerate(self.fields):
            header = table.horizontalHeaderItem(column)
            if header is not None:
                header.setToolTip(f"{field.label}: {field.help}" if field.help else field.label)
            if field.type in ("single_choice", "yes_no"):
                table.setItemDelegateForColumn(column, ChoiceDelegate(field, table))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setWordWrap(True)
        # Rows grow with wrapped text, so a long entry is never cut off.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)  # Tab leaves the table, as in the rest of the form
        rows = QFontMetrics(table.font()).lineSpacing() + 10
        table.setMinimumHeight(rows * 5)
        table.setMaximumHeight(rows * 9)
        return table

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        """Return a push button for the table's side bar."""
        button = QPushButton(text, self)
        button.setObjectName(f"{self.question.id}__{name}")
        button.clicked.connect(slot)
        return button

    def _lay_out(self) -> None:
        """Place the table with its buttons to the right."""
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    # ------------------------------------------------------------ value

    def value(self) -> list[dict[str, Any]] | None:
        """Return the rows as records, or None when the table is empty."""
        records = [self._record(row) for row in range(self.table.rowCount())]
        return records or None

    def _record(self, row: int) -> dict[str, Any]:
        """Return the record shown in ``row``."""
        record: dict[str, Any] = {}
        for column, field in enumerate(self.fields):
            item = self.table.item(row, column)
            if field.type in ("single_choice", "yes_no"):
                record[field.id] = item.data(VALUE_ROLE) if item else None
                if record[field.id] is None and field.type == "single_choice":
                    record[field.id] = ""
            else:
                record[field.id] = item.text() if item else ""
        return record

    def set_value(self, value: Any) -> None:
        """Show ``value`` (a list of records) without emitting ``edited``."""
        records = value if isinstance(value, list) else []
        if records == (self.value() or []):
            return
        current = self.table.currentRow()
        with QSignalBlocker(self), QSignalBlocker(self.table):
            self.table.setRowCount(0)
            for record in records:
                self._append_row(record if isinstance(record, dict) else {})
            if 0 <= current < self.table.rowCount():
                self.table.setCurrentCell(current, 0)
        self._update_buttons()

    def _append_row(self, record: dict[str, Any]) -> int:
        """Add a row showing ``record`` and return its number."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, field in enumerate(self.fields):
            self.table.setItem(row, column, self._item(field, record.get(field.id)))
        return row

    def _item(self, field: Question, value: Any) -> QTableWidgetItem:
        """Return the cell for ``field`` holding ``value``."""
        if field.type not in ("single_choice", "yes_no"):
            return QTableWidgetItem("" if value is None else str(value))
        label = next((text for v, text in field_options(field) if v is value or v == value), "")
        item = QTableWidgetItem(label)
        item.setData(VALUE_ROLE, value)
        return item

    # ------------------------------------------------------------ slots

    def _on_add_button_clicked(self) -> None:
        """Append an empty record and start editing its first cell."""
        with QSignalBlocker(self.table):
            row = self._append_row({})
        self.table.setCurrentCell(row, 0)
        self._emit()
        self.table.setFocus()
        self.table.editItem(self.table.item(row, 0))

    def _on_remove_clicked(self) -> None:
        """Remove the current record."""
        row = self.table.currentRow()
        if row < 0:
            return
        with QSignalBlocker(self.table):
            self.table.removeRow(row)
        if self.table.rowCount():
            self.table.setCurrentCell(min(row, self.table.rowCount() - 1), 0)
        self._emit()

    def _on_up_button_clicked(self) -> None:
        """Move the current record one place up."""
        self._move(-1)

    def _on_down_clicked(self) -> None:
        """Move the current record one place down."""
        self._move(1)

    def _move(self, step: int) -> None:
        """Swap the current record with its neighbour ``step`` rows away."""
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        records = self.value() or []
        records[row], records[target] = records[target], records[row]
        column = max(0, self.table.currentColumn())
        with QSignalBlocker(self.table):
            self.table.setRowCount(0)
            for record in records:
                self._append_row(record)
        self.table.setCurrentCell(target, column)
        self._emit()

    def _on_table_item_changed(self, _item: QTableWidgetItem) -> None:
        """Report an edited cell."""
        self._emit()

    def _on_table_current_cell_changed(self, *_cells: int) -> None:
        """Enable the buttons that make sense for the current row."""
        self._update_buttons()

    def _emit(self) -> None:
        """Report the new list of records as one finished edit."""
        self._update_buttons()
        self.edited.emit(self.value())
        self.committed.emit()

    def _update_buttons(self) -> None:
        """Enable Remove and the Move buttons only where they can act."""
        row, count = self.table.currentRow(), self.table.rowCount()
        self.remove_button.setEnabled(0 <= row < count)
        self.up_button.setEnabled(0 < row < count)
        self.down_button.setEnabled(0 <= row < count - 1)

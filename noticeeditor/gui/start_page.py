"""The start page shown until a project is open: new, open, recent files, examples."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from noticeeditor.gui.theme import app_icon, muted_label, scaled_font

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def example_projects(folder: Path) -> list[Path]:
    """Return the example ``*.notice`` files in ``folder``, sorted by name."""
    return sorted(folder.glob("*.notice")) if folder.is_dir() else []


def example_title(path: Path) -> str:
    """Return an example's display name: its title, business name or file name."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        answers, meta = data.get("answers", {}), data.get("meta", {})
        title = meta.get("title") or answers.get("controller_name")
    except (OSError, ValueError, AttributeError):
        title = None
    return str(title) if title else path.stem.replace("_", " ").title()


class StartPage(QWidget):
    """Offers a blank notice, Open…, the recent files and the example projects."""

    new_requested = Signal()
    open_requested = Signal()
    recent_requested = Signal(Path)
    example_requested = Signal(Path)

    def __init__(self, examples: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self.new_button = QPushButton(self.tr("New blank notice"), self)
        self.new_button.setObjectName("startNewButton")
        self.new_button.setDefault(True)
        self.open_button = QPushButton(self.tr("Open…"), self)
        self.open_button.setObjectName("startOpenButton")
        self.recent_list = self._list("recentList", self.tr("Recent notices"))
        self.example_list = self._list("exampleList", self.tr("Examples"))
        for path in examples:
            self._add(self.example_list, example_title(path), path)
        self._lay_out()
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        # A single click opens, like a link; Enter opens too. A double click would do
        # both, hence the visibility check in the slots.
        for files, slot in (
            (self.recent_list, self._on_recent_list_item_activated),
            (self.example_list, self._on_example_list_item_activated),
        ):
            files.itemClicked.connect(slot)
            files.itemActivated.connect(slot)

    def _list(self, name: str, accessible: str) -> QListWidget:
        """Return an empty list of files."""
        files = QListWidget(self)
        files.setObjectName(name)
        files.setAccessibleName(accessible)
        files.setIconSize(QSize(20, 20))
        files.setMinimumWidth(320)
        files.setMaximumHeight(360)
        return files

    def _lay_out(self) -> None:
        """Centre a welcome column: the greeting, the buttons, then the two lists."""
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(12)
        column.addStretch(1)
        for widget in self._greeting():
            column.addWidget(widget)
        column.addLayout(buttons)
        column.addSpacing(12)
        column.addLayout(self._lists())
        column.addStretch(2)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(48, 48, 48, 48)
        outer.addStretch(1)
        outer.addLayout(column, 6)
        outer.addStretch(1)

    def _greeting(self) -> list[QWidget]:
        """Return the icon, the title and a sentence on what the editor does."""
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(64, 64))
        title = QLabel(self.tr("Notice Editor"), self)
        title.setFont(scaled_font(title, 2.0, QFont.Weight.DemiBold))
        intro = muted_label(
            self.tr(
                "Answer plain questions about your business; get a privacy notice for the "
                "places your customers live, ready for your lawyer in Word or for your "
                "website in HTML."
            ),
            self,
        )
        return [icon, title, intro]

    def _lists(self) -> QGridLayout:
        """Return the recent files and the examples side by side, under headings."""
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.addWidget(self._heading(self.tr("Recent notices")), 0, 0)
        grid.addWidget(self._heading(self.tr("Start from an example")), 0, 1)
        grid.addWidget(self.recent_list, 1, 0)
        grid.addWidget(self.example_list, 1, 1)
        return grid

    def _heading(self, text: str) -> QLabel:
        """Return a small bold heading."""
        label = QLabel(text, self)
        label.setFont(scaled_font(label, 1.1, QFont.Weight.DemiBold))
        return label

    def set_recent_files(self, paths: list[Path]) -> None:
        """List ``paths`` as the recent files."""
        self.recent_list.clear()
        for path in paths:
            self._add(self.recent_list, f"{path.name}   —   {path.parent}", path)
        if not paths:
            item = QListWidgetItem(self.tr("No recent notices yet"), self.recent_list)
            item.setFlags(Qt.ItemFlag.NoItemFlags)

    def _add(self, files: QListWidget, text: str, path: Path) -> None:
        """Add ``path`` to ``files``, showing ``text`` and the full path as tooltip."""
        item = QListWidgetItem(app_icon(), text, files)
        item.setData(PATH_ROLE, str(path))
        item.setToolTip(str(path))

    def _on_recent_list_item_activated(self, item: QListWidgetItem) -> None:
        """Ask to open a recent file."""
        if item.data(PATH_ROLE) and not self.isHidden():
            self.recent_requested.emit(Path(item.data(PATH_ROLE)))

    def _on_example_list_item_activated(self, item: QListWidgetItem) -> None:
        """Ask to start a new notice from an example."""
        if not self.isHidden():
            self.example_requested.emit(Path(item.data(PATH_ROLE)))

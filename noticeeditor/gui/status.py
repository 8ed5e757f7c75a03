"""The status bar's export notice: where the file went, and a button to its folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget


class ExportNotice(QWidget):
    """Says where the last export was written, with an "Open Folder" button."""

    open_folder_requested = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportNotice")
        self.path: Path | None = None
        self.label = QLabel(self)
        self.label.setObjectName("exportNoticeLabel")
        self.button = QToolButton(self)
        self.button.setObjectName("openFolderButton")
        self.button.setText(self.tr("Open Folder"))
        self.button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self.button.clicked.connect(self._on_button_clicked)
        self.setVisible(False)

    def show_export(self, path: Path, detail: str = "") -> None:
        """Say that the notice was exported to ``path``, with ``detail`` if given."""
        self.path = path
        text = self.tr("Exported to {}").format(path)
        self.label.setText(f"{text} — {detail}" if detail else text)
        self.label.setToolTip(str(path))
        self.setVisible(True)

    def _on_button_clicked(self) -> None:
        """Ask to open the folder of the last export."""
        if self.path is not None:
            self.open_folder_requested.emit(self.path.parent)

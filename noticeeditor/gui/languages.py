"""The notice's languages: the one it is written in first, and those it is also in."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from noticeeditor.core.languages import LANGUAGES


class LanguageSelector(QWidget):
    """A primary language to choose, and tick boxes for the notice's other languages."""

    languages_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageSelector")
        self.primary = QComboBox(self)
        self.primary.setObjectName("primaryLanguage")
        self.primary.setAccessibleName(self.tr("Language the notice is written in"))
        for code, name in LANGUAGES.items():
            self.primary.addItem(name, code)
        self.also_label = QLabel(self.tr("Also in:"), self)
        self.others = {code: QCheckBox(name, self) for code, name in LANGUAGES.items()}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.primary)
        layout.addWidget(self.also_label)
        for code, box in self.others.items():
            box.setObjectName(f"alsoIn_{code}")
            box.toggled.connect(self._on_box_toggled)
            layout.addWidget(box)
        self.primary.currentIndexChanged.connect(self._on_primary_current_index_changed)

    def selected(self) -> list[str]:
        """Return the chosen languages, the primary first."""
        first = str(self.primary.currentData())
        return [first] + [c for c, box in self.others.items() if box.isChecked() and c != first]

    def set_selected(self, chosen: Sequence[str]) -> None:
        """Show ``chosen`` (primary first) without asking for a change."""
        with QSignalBlocker(self.primary):
            self.primary.setCurrentIndex(max(0, self.primary.findData(chosen[0])))
        for code, box in self.others.items():
            with QSignalBlocker(box):
                box.setChecked(code in chosen[1:])
                box.setVisible(code != chosen[0])

    def _on_primary_current_index_changed(self, _index: int) -> None:
        """Ask for the new primary language; it leaves the other languages."""
        self.languages_requested.emit(self.selected())

    def _on_box_toggled(self, _checked: bool) -> None:
        """Ask for the new set of languages."""
        self.languages_requested.emit(self.selected())


def ask_export_languages(parent: QWidget, languages: Sequence[str]) -> list[str] | None:
    """Ask which of the notice's languages to export; None if the user cancels."""
    dialog = QDialog(parent)
    dialog.setObjectName("exportLanguages")
    dialog.setWindowTitle(QCoreApplication.translate("languages", "Export in which languages?"))
    layout = QVBoxLayout(dialog)
    note = QCoreApplication.translate(
        "languages", "One file per language; each file's name ends in its language code."
    )
    layout.addWidget(QLabel(note, dialog))
    boxes = {}
    for code in languages:
        box = boxes[code] = QCheckBox(LANGUAGES.get(code, code), dialog)
        box.setObjectName(f"export_{code}")
        box.setChecked(True)
        layout.addWidget(box)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return [code for code, box in boxes.items() if box.isChecked()] or None

"""The main window's columns: steps above jurisdictions, the wizard, the titled preview."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from noticeeditor.gui.theme import muted_label, scaled_font


def _heading(title: str, buddy: QWidget, parent: QWidget) -> QLabel:
    """Return a bold column heading whose mnemonic focuses ``buddy``."""
    heading = QLabel(title, parent)
    heading.setFont(scaled_font(heading, 1.0, QFont.Weight.DemiBold))
    heading.setBuddy(buddy)
    return heading


def side_bar(steps: QWidget, jurisdictions: QWidget, languages: QWidget) -> QWidget:
    """Return the left column: the steps above the jurisdictions and languages."""
    side = QWidget()
    side.setObjectName("sideBar")
    side.setMinimumWidth(220)
    layout = QVBoxLayout(side)
    layout.setContentsMargins(10, 12, 4, 10)
    layout.setSpacing(6)
    for title, panel, stretch in (
        (QCoreApplication.translate("MainWindow", "&Steps"), steps, 3),
        (QCoreApplication.translate("MainWindow", "&Jurisdictions"), jurisdictions, 0),
        (QCoreApplication.translate("MainWindow", "&Languages"), languages, 0),
    ):
        layout.addWidget(_heading(title, panel, side))
        layout.addWidget(panel, stretch)
    return side


def preview_column(preview: QWidget, language: QWidget) -> QWidget:
    """Return the preview under a heading that says headings can be clicked.

    ``language`` chooses which of the notice's languages the preview shows.
    """
    column = QWidget()
    column.setObjectName("previewColumn")
    hint = muted_label(
        QCoreApplication.translate("MainWindow", "Click a section title to see its questions."),
        column,
    )
    top = QHBoxLayout()
    top.setContentsMargins(4, 12, 10, 0)
    top.addWidget(_heading(QCoreApplication.translate("MainWindow", "&Preview"), preview, column))
    top.addWidget(hint, 1)
    top.addWidget(language)
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(6)
    layout.addLayout(top)
    layout.addWidget(preview, 1)
    return column


def main_splitter(side: QWidget, wizard: QWidget, preview: QWidget) -> QSplitter:
    """Return the splitter of the three columns; the side bar keeps its width."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setObjectName("mainSplitter")
    for index, (column, stretch) in enumerate(((side, 0), (wizard, 1), (preview, 1))):
        splitter.addWidget(column)
        splitter.setStretchFactor(index, stretch)
    splitter.setChildrenCollapsible(False)
    # The longest choice labels (What you collect) need this much before the form
    # would scroll sideways.
    wizard.setMinimumWidth(420)
    splitter.setSizes([260, 520, 460])
    return splitter

"""The main window's actions and menus.

Every action has a stable ``objectName`` (tests and assistive technology find them by
it) and a keyboard shortcut, the platform's standard one where Qt knows it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle

Key = QKeySequence.StandardKey


@dataclass
class Actions:
    """All actions of the main window."""

    new: QAction
    open: QAction
    save: QAction
    save_as: QAction
    export_docx: QAction
    export_html: QAction
    export_review: QAction
    approve: QAction
    export_redline: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    next_section: QAction
    previous_section: QAction
    about: QAction
    clear_recent: QAction
    show_checklist: QAction
    clause_library: QAction


def _action(
    window: QMainWindow,
    name: str,
    text: str,
    shortcut: QKeySequence.StandardKey | str,
    tip: str = "",
    icon: QIcon | None = None,
) -> QAction:
    """Return an action named ``name`` with ``text``, a shortcut and a status tip."""
    action = QAction(text, window)
    action.setObjectName(name)
    if isinstance(shortcut, str):
        action.setShortcut(QKeySequence(shortcut))
    else:
        action.setShortcuts(shortcut)
    if tip:
        action.setStatusTip(tip)
    if icon is not None:
        action.setIcon(icon)
    window.addAction(action)  # shortcuts work while the menu bar is hidden, too
    return action


def build_actions(window: QMainWindow) -> Actions:
    """Create the actions of ``window``."""
    icon = window.style().standardIcon
    pix = QStyle.StandardPixmap
    return Actions(
        new=_action(
            window,
            "actionNew",
            QCoreApplication.translate("actions", "&New"),
            Key.New,
            QCoreApplication.translate("actions", "Start a blank notice"),
            icon(pix.SP_FileIcon),
        ),
        open=_action(
            window,
            "actionOpen",
            QCoreApplication.translate("actions", "&Open…"),
            Key.Open,
            QCoreApplication.translate("actions", "Open a notice project"),
            icon(pix.SP_DialogOpenButton),
        ),
        save=_action(
            window,
            "actionSave",
            QCoreApplication.translate("actions", "&Save"),
            Key.Save,
            QCoreApplication.translate("actions", "Save the project"),
            icon(pix.SP_DialogSaveButton),
        ),
        save_as=_action(
            window,
            "actionSaveAs",
            QCoreApplication.translate("actions", "Save &As…"),
            _save_as_key(),
            QCoreApplication.translate("actions", "Save the project under a new name"),
        ),
        export_docx=_action(
            window,
            "actionExportDocx",
            QCoreApplication.translate("actions", "Export to &Word…"),
            "Ctrl+E",
            QCoreApplication.translate("actions", "Write the notice as a Word document for review"),
        ),
        export_html=_action(
            window,
            "actionExportHtml",
            QCoreApplication.translate("actions", "Export to &HTML…"),
            "Ctrl+Shift+E",
            QCoreApplication.translate("actions", "Write the notice as a web page"),
        ),
        export_review=_action(
            window,
            "actionExportReview",
            QCoreApplication.translate("actions", "Export Re&view Copy (Word, with comments)…"),
            "Ctrl+Alt+E",
            QCoreApplication.translate(
                "actions", "Write a Word copy whose comments say why each clause is there"
            ),
        ),
        approve=_action(
            window,
            "actionApprove",
            QCoreApplication.translate("actions", "&Mark as Approved…"),
            "Ctrl+Alt+A",
            QCoreApplication.translate(
                "actions", "Record the notice as it stands as the approved version"
            ),
        ),
        export_redline=_action(
            window,
            "actionExportRedline",
            QCoreApplication.translate("actions", "Export Red&line Against Last Approved…"),
            "Ctrl+Alt+R",
            QCoreApplication.translate(
                "actions", "Write a Word copy with tracked changes since the last approved version"
            ),
        ),
        quit=_action(
            window,
            "actionQuit",
            QCoreApplication.translate("actions", "&Quit"),
            _quit_key(),
            QCoreApplication.translate("actions", "Close the editor"),
        ),
        undo=_action(
            window,
            "actionUndo",
            QCoreApplication.translate("actions", "&Undo"),
            Key.Undo,
            "",
            icon(pix.SP_ArrowBack),
        ),
        redo=_action(
            window,
            "actionRedo",
            QCoreApplication.translate("actions", "&Redo"),
            Key.Redo,
            "",
            icon(pix.SP_ArrowForward),
        ),
        next_section=_action(
            window,
            "actionNextSection",
            QCoreApplication.translate("actions", "&Next Section"),
            "Alt+Right",
            QCoreApplication.translate("actions", "Go to the next step of the questionnaire"),
        ),
        previous_section=_action(
            window,
            "actionPreviousSection",
            QCoreApplication.translate("actions", "&Previous Section"),
            "Alt+Left",
            QCoreApplication.translate("actions", "Go to the previous step"),
        ),
        about=_action(
            window,
            "actionAbout",
            QCoreApplication.translate("actions", "&About Notice Editor"),
            "Ctrl+F1",
            QCoreApplication.translate("actions", "Show the version and what the editor does"),
        ),
        clear_recent=_action(
            window,
            "actionClearRecent",
            QCoreApplication.translate("actions", "&Clear Recent Files"),
            "Ctrl+Alt+Shift+R",
        ),
        show_checklist=_toggle(
            _action(
                window,
                "actionShowChecklist",
                QCoreApplication.translate("actions", "&Checklist"),
                "Ctrl+Shift+K",
                QCoreApplication.translate("actions", "Show or hide what each law requires"),
            )
        ),
        clause_library=_action(
            window,
            "actionClauseLibrary",
            QCoreApplication.translate("actions", "&Clause Library…"),
            "Ctrl+L",
            QCoreApplication.translate("actions", "Browse and edit the clause templates"),
        ),
    )


def _toggle(action: QAction) -> QAction:
    """Make ``action`` checkable and checked."""
    action.setCheckable(True)
    action.setChecked(True)
    return action


def _save_as_key() -> QKeySequence.StandardKey | str:
    """Return Save As's shortcut; some platforms have no standard one."""
    return Key.SaveAs if QKeySequence.keyBindings(Key.SaveAs) else "Ctrl+Shift+S"


def _quit_key() -> QKeySequence.StandardKey | str:
    """Return Quit's shortcut; Windows has no standard one."""
    return Key.Quit if QKeySequence.keyBindings(Key.Quit) else "Ctrl+Q"


@dataclass
class Menus:
    """Menus whose contents change while the editor runs."""

    recent: QMenu
    examples: QMenu
    interface_language: QMenu


def build_menus(window: QMainWindow, actions: Actions) -> Menus:
    """Fill ``window``'s menu bar with File, Edit, View, Go, Tools and Help."""
    bar = window.menuBar()
    file = bar.addMenu(QCoreApplication.translate("actions", "&File"))
    file.setObjectName("menuFile")
    file.addAction(actions.new)
    examples = file.addMenu(QCoreApplication.translate("actions", "New from &Example"))
    examples.setObjectName("menuExamples")
    file.addAction(actions.open)
    recent = file.addMenu(QCoreApplication.translate("actions", "Open &Recent"))
    recent.setObjectName("menuRecent")
    file.addSeparator()
    file.addActions([actions.save, actions.save_as])
    file.addSeparator()
    file.addActions([actions.export_docx, actions.export_html])
    file.addSeparator()
    file.addActions([actions.export_review, actions.approve, actions.export_redline])
    file.addSeparator()
    file.addAction(actions.quit)
    edit = bar.addMenu(QCoreApplication.translate("actions", "&Edit"))
    edit.setObjectName("menuEdit")
    edit.addActions([actions.undo, actions.redo])
    view = bar.addMenu(QCoreApplication.translate("actions", "&View"))
    view.setObjectName("menuView")
    view.addAction(actions.show_checklist)
    view.addSeparator()
    interface_language = view.addMenu(QCoreApplication.translate("actions", "Interface &Language"))
    interface_language.setObjectName("menuInterfaceLanguage")
    go = bar.addMenu(QCoreApplication.translate("actions", "&Go"))
    go.setObjectName("menuGo")
    go.addActions([actions.previous_section, actions.next_section])
    tools = bar.addMenu(QCoreApplication.translate("actions", "&Tools"))
    tools.setObjectName("menuTools")
    tools.addAction(actions.clause_library)
    help_menu = bar.addMenu(QCoreApplication.translate("actions", "&Help"))
    help_menu.setObjectName("menuHelp")
    help_menu.addAction(actions.about)
    return Menus(recent, examples, interface_language)

"""The language of the editor's own words: menus, dialogs, buttons, messages, questions.

The editor speaks the system's language (``QLocale.system()``) when it is one of
INTERFACE_LANGUAGES, English otherwise, unless the settings name one (View ▸ Interface
Language). ``install`` puts two catalogues in front of every ``tr()``: the editor's own,
``noticeeditor/locale/noticeeditor_<code>.qm`` (compiled from the ``.ts`` beside it by
``pyside6-lrelease``), and Qt's, ``qtbase_<code>.qm``, for standard buttons and
dialogs. Widgets take their words when they are built, so a new choice applies from
the next start.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from noticeeditor.core.languages import LANGUAGES
from noticeeditor.gui.settings import Settings

ENGLISH = "en"
INTERFACE_LANGUAGES = ("en", "fr", "de", "es")
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"


@dataclass
class _Installed:
    """The translators in use, kept so that they live and can be taken out again."""

    language: str = ENGLISH
    translators: list[QTranslator] = field(default_factory=list)


_installed = _Installed()


def system_locale() -> QLocale:
    """Return the system's locale (the tests put another in its place)."""
    return QLocale.system()


def system_language() -> str:
    """Return the first of the system's languages the editor speaks, else English."""
    for tag in system_locale().uiLanguages():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in INTERFACE_LANGUAGES:
            return code
    return ENGLISH


def chosen_language(settings: Settings) -> str:
    """Return the language the settings choose, or the system's when they leave it open."""
    choice = settings.interface_language()
    return choice if choice in INTERFACE_LANGUAGES else system_language()


def current_language() -> str:
    """Return the language ``tr()`` translates into now ("en" when nothing is installed)."""
    return _installed.language


def install(language: str) -> str:
    """Translate the editor into ``language`` from now on; return the language in use.

    The translators of an earlier call are taken out first. A language whose catalogue
    is missing leaves the editor in English rather than half translated.
    """
    app = QCoreApplication.instance()
    assert app is not None, "install() needs the application"
    for translator in _installed.translators:
        app.removeTranslator(translator)
    _installed.translators.clear()
    _installed.language = ENGLISH
    if language in INTERFACE_LANGUAGES and language != ENGLISH:
        own = _loaded(f"noticeeditor_{language}", LOCALE_DIR)
        if own is not None:
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            qt = _loaded(f"qtbase_{language}", Path(qt_folder))
            for translator in (own, qt):
                if translator is not None:
                    app.installTranslator(translator)
                    _installed.translators.append(translator)
            _installed.language = language
    # Dates and numbers the widgets show (the calendar, counts) follow the same choice.
    in_use = _installed.language
    QLocale.setDefault(QLocale(in_use) if in_use != system_language() else system_locale())
    return in_use


def _loaded(name: str, folder: Path) -> QTranslator | None:
    """Return a translator holding catalogue ``name``.qm of ``folder``, or None if absent."""
    translator = QTranslator()
    return translator if translator.load(name, str(folder)) else None


class InterfaceLanguageMenu(QObject):
    """View ▸ Interface Language: follow the system, or one of the editor's languages."""

    language_chosen = Signal(str)  # "" follows the system

    def __init__(self, menu: QMenu, settings: Settings, parent: QObject) -> None:
        super().__init__(parent)
        self.menu, self.settings = menu, settings
        self.group = QActionGroup(self)
        system = LANGUAGES[system_language()]
        choices = [("", self.tr("System Language (%1)").replace("%1", system))]
        choices += [(code, LANGUAGES[code]) for code in INTERFACE_LANGUAGES]
        chosen = settings.interface_language()
        for code, text in choices:
            action = self.group.addAction(text)
            action.setObjectName(f"interfaceLanguage_{code or 'system'}")
            action.setCheckable(True)
            action.setChecked(code == (chosen if chosen in INTERFACE_LANGUAGES else ""))
            action.setData(code)
            menu.addAction(action)
        menu.addSeparator()
        note = menu.addAction(self.tr("Applies when Notice Editor next starts"))
        note.setEnabled(False)
        self.group.triggered.connect(self._on_group_triggered)

    def _on_group_triggered(self, action: QAction) -> None:
        """Remember the chosen language for the next start."""
        code = str(action.data() or "")
        self.settings.set_interface_language(code)
        self.language_chosen.emit(code)

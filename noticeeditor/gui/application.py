"""Build the editor's main window and run the application.

``build_window`` is what both the application and the tests use, so tests see the
window exactly as users do; only ``run_editor`` shows it and enters the event loop.
``build_window`` also puts the interface language's translations in place, before any
widget takes its words.
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from noticeeditor import __version__
from noticeeditor.core.library import ClauseLibrary
from noticeeditor.gui import autosave, interface_language
from noticeeditor.gui.library_folder import library_folder
from noticeeditor.gui.main_window import MainWindow
from noticeeditor.gui.settings import Settings
from noticeeditor.gui.theme import app_icon
from noticeeditor.paths import templates_dir


def default_library(settings: Settings) -> ClauseLibrary:
    """Return the built-in clause library, overridden by the user's own if present.

    The user's folder is the one chosen in the clause library window (kept in the
    settings), else the platform's default, so their clauses apply from the start.
    """
    user = library_folder(settings.store)
    return ClauseLibrary(templates_dir(), user if user.is_dir() else None)


def ensure_application(argv: Sequence[str] = ()) -> QApplication:
    """Return the running QApplication, creating it with the editor's names if needed."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0] if sys.argv else "noticeeditor", *argv])
    app.setApplicationName("noticeeditor")
    app.setApplicationDisplayName("Notice Editor")
    app.setOrganizationName("noticeeditor")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("noticeeditor")
    app.setWindowIcon(app_icon())
    return app


def build_window(
    path: Path | None = None,
    settings: QSettings | Settings | None = None,
    recovery_dir: Path | None = None,
    library: ClauseLibrary | None = None,
    compose_later: bool = False,
) -> MainWindow:
    """Return the fully wired main window, opening ``path`` if given; no exec().

    With ``compose_later`` the notice of ``path`` is composed once the event loop
    runs, so the window can show first.
    """
    ensure_application()
    if not isinstance(settings, Settings):
        settings = Settings(settings)
    interface_language.install(interface_language.chosen_language(settings))
    window = MainWindow(
        library if library is not None else default_library(settings),
        settings,
        recovery_dir if recovery_dir is not None else autosave.default_recovery_dir(),
    )
    window.compose_later = compose_later
    if path is not None:
        window.open_path(Path(path), ask=False)
    window.compose_later = False
    return window


def run_editor(argv: Sequence[str], run_loop: bool = True) -> int:
    """Open the editor on the ``*.notice`` file in ``argv``, if any, and run it.

    Without ``run_loop`` it returns once the window has been shown, as for timing
    a start.
    """
    created = QApplication.instance() is None
    app = ensure_application(argv)
    # A QApplication we create takes its own options (-platform, -style…) out.
    args = app.arguments()[1:] if created else list(argv)
    files = [a for a in args if not a.startswith("-")]
    window = build_window(Path(files[0]) if files else None, compose_later=True)
    window.show()
    if not run_loop:
        app.processEvents()  # shows the window, then composes its notice
        return 0
    window.offer_recovery()
    _close_on_interrupt(window)
    return app.exec()


def _close_on_interrupt(window: MainWindow) -> None:
    """Make Ctrl+C in the terminal close the window, as its close button would.

    Python runs a signal handler only between bytecodes, and Qt's event loop runs none,
    so a timer gives the interpreter a moment a few times a second.
    """
    signal.signal(signal.SIGINT, lambda _signum, _frame: window.close())
    timer = QTimer(window)
    timer.timeout.connect(lambda: None)
    timer.start(200)

"""The editor's own words in French, German and Spanish: catalogues, start-up and the choice."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from gui_helpers import action
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QDialogButtonBox

from noticeeditor.core.questionnaire import JURISDICTIONS
from noticeeditor.gui import interface_language
from noticeeditor.gui.form import VALIDATION_MESSAGES
from noticeeditor.gui.interface_language import LOCALE_DIR
from noticeeditor.gui.jurisdictions import MARKED_NAMES
from noticeeditor.gui.main_window import MainWindow

GUI = Path(interface_language.__file__).resolve().parent
TRANSLATED = ("fr", "de", "es")
MENUS = {
    "en": ["&File", "&Edit", "&View", "&Go", "&Tools", "&Help"],
    "fr": ["&Fichier", "&Modifier", "&Affichage", "A&ller", "&Outils", "Ai&de"],
    "de": ["&Datei", "&Bearbeiten", "&Ansicht", "&Gehe zu", "E&xtras", "&Hilfe"],
    "es": ["&Archivo", "&Editar", "&Ver", "&Ir", "&Herramientas", "A&yuda"],
}


def system_is(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Make the system's locale ``name`` (such as "fr_FR") for the editor."""
    monkeypatch.setattr(interface_language, "system_locale", lambda: QLocale(name))


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def qt_tool(name: str) -> str:
    """Return the path of PySide6's ``name`` (pyside6-lupdate…), beside this Python first."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    assert found, f"{name} is missing: bash tools/setup.sh installs it with PySide6"
    return found


# ------------------------------------------------------------ start-up


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_system_locale_chooses_the_interface_language(
    make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    system_is(monkeypatch, f"{language}_{language.upper()}")
    window = make_window()
    assert menu_titles(window) == MENUS[language]
    assert interface_language.current_language() == language


def test_french_reaches_the_side_bar_the_questions_and_qts_own_buttons(
    make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    system_is(monkeypatch, "fr_CA")
    window = make_window()
    window.new_project()
    assert window.steps.item(0).text() == "1. Qui vous êtes"
    assert window.jurisdictions.item_for("eu").text() == "Union européenne et EEE (RGPD)"
    assert window.wizard.back_button.text() == "← &Retour"
    assert action(window, "actionSaveAs").text() == "Enregistrer &sous…"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"


def test_english_stays_english(
    make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    assert menu_titles(window) == MENUS["en"]
    system_is(monkeypatch, "pt_BR")  # a language the editor does not speak: English
    window = make_window()
    assert menu_titles(window) == MENUS["en"]
    assert action(window, "actionSaveAs").text() == "Save &As…"


@pytest.mark.parametrize(("chosen", "shown"), [("de", "de"), ("en", "en"), ("", "fr")])
def test_the_settings_choice_overrides_the_system(
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    settings_store: QSettings,
    chosen: str,
    shown: str,
) -> None:
    system_is(monkeypatch, "fr_FR")
    settings_store.setValue("interface/language", chosen)
    assert menu_titles(make_window()) == MENUS[shown]


def test_a_missing_catalogue_leaves_the_editor_in_english(
    make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(interface_language, "LOCALE_DIR", tmp_path)
    system_is(monkeypatch, "de_DE")
    window = make_window()
    assert menu_titles(window) == MENUS["en"]
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"


def test_a_real_french_system_gets_french_menus(tmp_path: Path) -> None:
    """The whole way, from LC_ALL to the menu bar, in a process of its own."""
    script = (
        "from noticeeditor.gui.application import build_window\n"
        "window = build_window()\n"
        "print('|'.join(a.text() for a in window.menuBar().actions()))\n"
        "window.close()\n"
    )
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LC_ALL="fr_FR.UTF-8", QT_QPA_PLATFORM="offscreen", HOME=str(home))
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(home / name.lower())
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().split("|") == MENUS["fr"]


# ------------------------------------------------------------ the choice


def test_the_view_menu_offers_the_languages_and_remembers_the_choice(
    make_window: Callable[..., MainWindow], settings_store: QSettings
) -> None:
    window = make_window()
    menu = window.menus.interface_language
    assert menu.objectName() == "menuInterfaceLanguage"
    assert menu.menuAction() in window.findChild(type(menu), "menuView").actions()
    system = action(window, "interfaceLanguage_system")
    assert system.text() == "System Language (English)" and system.isChecked()
    names = [action(window, f"interfaceLanguage_{c}").text() for c in ("en", "fr", "de", "es")]
    assert names == ["English", "Français", "Deutsch", "Español"]
    action(window, "interfaceLanguage_es").trigger()
    assert settings_store.value("interface/language") == "es"
    assert "Español" in window.statusBar().currentMessage()
    assert menu_titles(window) == MENUS["en"]  # from the next start
    assert action(window, "interfaceLanguage_es").isChecked() and not system.isChecked()
    action(window, "interfaceLanguage_system").trigger()
    assert settings_store.value("interface/language") == ""


def test_the_next_start_shows_the_chosen_language(
    make_window: Callable[..., MainWindow], settings_store: QSettings
) -> None:
    action(make_window(), "interfaceLanguage_de").trigger()
    window = make_window()
    assert menu_titles(window) == MENUS["de"]
    assert action(window, "interfaceLanguage_de").isChecked()


# ------------------------------------------------------------ the catalogues


def messages(ts: Path) -> list[tuple[str, str, list[str], str | None]]:
    """Return (context, source, translations, type) of each message of a .ts file."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            texts = forms or [translation.text or ""]
            found.append((name, message.findtext("source") or "", texts, translation.get("type")))
    return found


def marks(text: str) -> list[str]:
    """Return the placeholders and markup a translation must keep."""
    return sorted(re.findall(r"\{\}|%\d|%n|</?\w+>", text))


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_is_translated_keeping_placeholders_and_accelerators(
    language: str,
) -> None:
    found = messages(LOCALE_DIR / f"noticeeditor_{language}.ts")
    assert len(found) > 250
    for context, source, texts, kind in found:
        where = f"{language} {context}: {source!r}"
        assert kind is None, where  # neither unfinished nor vanished
        for text in texts:
            assert text.strip(), where
            assert marks(text) == marks(source), where
            assert ("&" in source) == ("&" in text), where
            assert text.startswith(" ") == source.startswith(" "), where


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_catalogues_hold_every_string_of_the_code(language: str, tmp_path: Path) -> None:
    """lupdate over the code finds nothing new and nothing gone: the .ts files are current."""
    ts = tmp_path / f"noticeeditor_{language}.ts"
    shutil.copy(LOCALE_DIR / ts.name, ts)
    sources = sorted(str(p) for p in GUI.glob("*.py"))
    subprocess.run([qt_tool("pyside6-lupdate"), "-silent", *sources, "-ts", str(ts)], check=True)
    stale = [(c, s, k) for c, s, _texts, k in messages(ts) if k is not None]
    assert stale == [], "run pyside6-lupdate and translate (see docs/architecture.md)"


@pytest.mark.parametrize("language", TRANSLATED)
def test_each_committed_qm_is_compiled_from_its_ts(language: str, tmp_path: Path) -> None:
    qm = tmp_path / f"noticeeditor_{language}.qm"
    ts = LOCALE_DIR / f"noticeeditor_{language}.ts"
    subprocess.run([qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    committed = LOCALE_DIR / qm.name
    assert committed.read_bytes() == qm.read_bytes(), f"run pyside6-lrelease on {ts.name}"


def test_the_jurisdiction_names_marked_for_translation_are_the_cores() -> None:
    assert sorted(MARKED_NAMES) == sorted(JURISDICTIONS.values())


def test_the_validation_messages_marked_for_translation_are_the_cores() -> None:
    core = (GUI.parent / "core" / "questionnaire.py").read_text(encoding="utf-8")
    assert [m for m in VALIDATION_MESSAGES if f'"{m}"' not in core] == []


def test_a_validation_message_shows_in_the_interface_language(
    make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    system_is(monkeypatch, "es_ES")
    window = make_window()
    window.new_project()
    row = window.wizard.rows["controller_name"]
    row.reveal("")
    assert row.message.text() == "⚠ Esta respuesta es obligatoria."

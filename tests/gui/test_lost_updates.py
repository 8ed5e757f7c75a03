"""Two writers on one file: the editor notices, merges or overwrites, never drops an approval."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from noticeeditor.cli import run
from noticeeditor.core.versions import APPROVED
from noticeeditor.gui import dialogs
from noticeeditor.gui.main_window import MainWindow
from noticeeditor.paths import examples_dir


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    path = tmp_path / "shop.notice"
    shutil.copy(examples_dir() / "relaylink.notice", path)
    return path


def type_into(qtbot: QtBot, window: MainWindow, qid: str, text: str) -> None:
    section = window.questionnaire.question(qid).section_id
    window.go_to_section(section)
    field = window.wizard.field(qid)
    field.selectAll()
    qtbot.keyClicks(field, text)


def answers(path: Path) -> dict[str, object]:
    return dict(json.loads(path.read_text(encoding="utf-8"))["answers"])


def choose(monkeypatch: pytest.MonkeyPatch, choice: dialogs.OnDisk) -> list[str]:
    asked: list[str] = []

    def ask(_parent: object, name: str) -> dialogs.OnDisk:
        asked.append(name)
        return choice

    monkeypatch.setattr(dialogs, "ask_changed_on_disk", ask)
    return asked


def test_the_second_window_merges_instead_of_dropping_the_first_save(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    project_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first, second = make_window(project_file), make_window(project_file)
    type_into(qtbot, first, "controller_name", "First Ltd")
    assert first.save()
    type_into(qtbot, second, "contact_email", "second@example.com")
    asked = choose(monkeypatch, dialogs.OnDisk.MERGE)
    assert second.save()
    assert asked == ["shop.notice"]
    saved = answers(project_file)
    assert saved["controller_name"] == "First Ltd"
    assert saved["contact_email"] == "second@example.com"
    # Saved once more with nothing new on disk: no question this time.
    type_into(qtbot, second, "contact_email", "again@example.com")
    assert second.save() and asked == ["shop.notice"]


def test_save_without_another_writer_asks_nothing(
    qtbot: QtBot, make_window: Callable[..., MainWindow], project_file: Path
) -> None:
    window = make_window(project_file)
    type_into(qtbot, window, "controller_name", "Only Ltd")
    assert window.save()  # conftest fails the test on any unexpected dialog
    type_into(qtbot, window, "controller_name", "Still Only Ltd")
    assert window.save()
    assert answers(project_file)["controller_name"] == "Still Only Ltd"


def test_an_approval_from_the_command_line_survives_an_overwrite_in_the_editor(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    project_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(project_file)
    type_into(qtbot, window, "controller_name", "Edited Ltd")
    assert run(["approve", str(project_file), "--note", "signed off by counsel"]) == 0
    choose(monkeypatch, dialogs.OnDisk.OVERWRITE)
    assert window.save()
    data = json.loads(project_file.read_text(encoding="utf-8"))
    assert data["answers"]["controller_name"] == "Edited Ltd"
    assert [v["note"] for v in data["meta"][APPROVED]] == ["signed off by counsel"]


def test_cancel_writes_nothing_and_reload_takes_the_other_version(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    project_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(project_file)
    type_into(qtbot, window, "controller_name", "Mine Ltd")
    data = json.loads(project_file.read_text(encoding="utf-8"))
    data["answers"]["controller_name"] = "Theirs Ltd"
    project_file.write_text(json.dumps(data), encoding="utf-8")
    choose(monkeypatch, dialogs.OnDisk.CANCEL)
    assert not window.save()
    assert answers(project_file)["controller_name"] == "Theirs Ltd" and window.modified
    choose(monkeypatch, dialogs.OnDisk.RELOAD)
    assert not window.save()
    assert window.answers.values["controller_name"] == "Theirs Ltd" and not window.modified

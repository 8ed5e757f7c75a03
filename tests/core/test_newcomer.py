"""What a newcomer meets first at the terminal: typos, no display, the desktop menu."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from noticeeditor.paths import examples_dir


def run_app(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "noticeeditor", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def without_display() -> dict[str, str]:
    env = dict(os.environ)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    return env


@pytest.mark.parametrize("typo", ["rendr", "chek", "help"])
def test_a_mistyped_sub_command_prints_the_usage_and_opens_no_editor(typo: str) -> None:
    result = run_app(typo, "x.notice", env=without_display())
    assert result.returncode == 2
    assert "usage: noticeeditor" in result.stderr and f"invalid choice: '{typo}'" in result.stderr
    assert "display" not in result.stderr  # the editor was never tried


def test_without_a_display_the_editor_says_so_in_one_line() -> None:
    result = run_app(str(examples_dir() / "relaylink.notice"), env=without_display())
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "no display" in lines[0] and "xvfb-run" in lines[0]
    assert "QT_QPA_PLATFORM=offscreen" in lines[0]


def test_install_desktop_writes_the_menu_entry_and_icon_and_removes_them(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path)}
    result = run_app("install-desktop", env=env)
    assert result.returncode == 0, result.stderr
    entry = tmp_path / "applications" / "noticeeditor.desktop"
    icon = tmp_path / "icons" / "hicolor" / "scalable" / "apps" / "noticeeditor.svg"
    text = entry.read_text(encoding="utf-8")
    assert f"Exec={sys.executable} -m noticeeditor %f" in text
    assert "Icon=noticeeditor" in text and "<svg" in icon.read_text(encoding="utf-8")
    result = run_app("install-desktop", "--remove", env=env)
    assert result.returncode == 0, result.stderr
    assert not entry.exists() and not icon.exists()
    assert "No menu entry to remove." in run_app("install-desktop", "--remove", env=env).stdout


REPO = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(
    not (REPO / ".venv" / ".noticeeditor-setup").is_file(), reason="set up without tools/setup.sh"
)
def test_run_sh_takes_file_names_relative_to_the_callers_folder(tmp_path: Path) -> None:
    (tmp_path / "mine.notice").write_bytes((examples_dir() / "relaylink.notice").read_bytes())
    result = subprocess.run(
        ["bash", str(REPO / "tools" / "run.sh"), "check", "mine.notice"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Nothing missing." in result.stdout
    assert "setup:" not in result.stdout + result.stderr  # set up already: nothing to do

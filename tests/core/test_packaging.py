"""An installed copy (a built wheel, not the checkout) finds its clauses, resources and examples."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    pip = [sys.executable, "-m", "pip", "-q"]
    subprocess.run([*pip, "wheel", "--no-deps", "-w", str(out), str(ROOT)], check=True)
    [wheel] = out.glob("noticeeditor-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "noticeeditor/templates/questionnaire.yaml" in names
    for language in ("fr", "de", "es"):  # the interface's compiled translations
        assert f"noticeeditor/locale/noticeeditor_{language}.qm" in names
    target = out / "site"
    subprocess.run([*pip, "install", "--no-deps", "--target", str(target), str(wheel)], check=True)
    return target


def test_installed_copy_renders_from_its_own_files(installed: Path, tmp_path: Path) -> None:
    script = """
import sys
from noticeeditor import paths
for folder in (paths.templates_dir(), paths.resources_dir(), paths.examples_dir()):
    assert str(folder).startswith(sys.argv[1]), folder
    assert folder.is_dir(), folder
example = paths.examples_dir() / "relaylink.notice"
from noticeeditor.cli import run
sys.exit(run(["render", str(example), "-o", sys.argv[2]]))
"""
    out = tmp_path / "n.html"
    env = {"PYTHONPATH": str(installed), "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-c", script, str(installed), str(out)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "<!DOCTYPE html>" in out.read_text(encoding="utf-8")

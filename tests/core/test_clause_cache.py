"""The on-disk cache of compiled clauses is never used by a compiler it does not fit."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from noticeeditor.core import cachekey
from noticeeditor.core import library as library_module
from noticeeditor.core.library import ClauseLibrary

QUESTIONNAIRE = """
sections:
  - id: about
    title: About
    questions:
      - {id: name, type: text, label: Name, help: Your name}
"""
CLAUSE = "{% if name %}\nHello {{ name }}.\n{% endif %}\nBye.\n"


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(library_module, "cache_dir", lambda: tmp_path / "cache")
    root = tmp_path / "library"
    (root / "common").mkdir(parents=True)
    (root / "questionnaire.yaml").write_text(QUESTIONNAIRE, encoding="utf-8")
    (root / "outline.yaml").write_text(
        "body:\n  - {id: hello, title: Hello, clause: hello.md.j2}\n", encoding="utf-8"
    )
    (root / "common" / "hello.md.j2").write_text(CLAUSE, encoding="utf-8")
    return root


def test_the_same_compiler_reuses_its_cache(root: Path) -> None:
    ClauseLibrary(root).render("hello.md.j2", None, {"name": "Ann"})
    ClauseLibrary(root).render("hello.md.j2", None, {"name": "Bo"})
    (cache,) = (root.parent / "cache" / "clauses").iterdir()
    assert any(cache.iterdir())


def test_the_key_covers_every_core_module() -> None:
    modules = cachekey.core_modules()
    for name in ("library", "sandbox", "filters", "compose", "datafile", "cachekey"):
        assert f"noticeeditor.core.{name}" in modules


def test_a_change_to_a_module_changes_the_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(tmp_path))
    probe = tmp_path / "probe_compiler.py"
    probe.write_text("OPTION = 1\n", encoding="utf-8")
    before = cachekey.modules_digest(["probe_compiler"])
    probe.write_text("OPTION = 22\n", encoding="utf-8")  # another size: no stale .pyc
    importlib.invalidate_caches()
    assert cachekey.modules_digest(["probe_compiler"]) != before
    assert cachekey.cache_tag("options") != cachekey.cache_tag("other options")

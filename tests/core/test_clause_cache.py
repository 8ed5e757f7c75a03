"""The on-disk cache of compiled clauses is never used by a compiler it does not fit."""

from __future__ import annotations

import shutil
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


def test_a_changed_compiler_option_does_not_reuse_compiled_clauses(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    trimmed = ClauseLibrary(root).render("hello.md.j2", None, {"name": "Ann"})
    assert trimmed == "Hello Ann.\nBye.\n"
    monkeypatch.setitem(library_module.COMPILER_OPTIONS, "trim_blocks", False)
    untrimmed = ClauseLibrary(root).render("hello.md.j2", None, {"name": "Ann"})
    assert untrimmed == "\nHello Ann.\n\nBye.\n"
    caches = list((root.parent / "cache" / "clauses").iterdir())
    assert len(caches) == 2


def test_the_same_compiler_reuses_its_cache(root: Path) -> None:
    ClauseLibrary(root).render("hello.md.j2", None, {"name": "Ann"})
    ClauseLibrary(root).render("hello.md.j2", None, {"name": "Bo"})
    (cache,) = (root.parent / "cache" / "clauses").iterdir()
    assert any(cache.iterdir())


def test_a_change_to_any_core_module_changes_the_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    core = tmp_path / "core"
    shutil.copytree(cachekey.CORE, core, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cachekey, "CORE", core)
    cachekey.code_digest.cache_clear()
    before = cachekey.cache_tag("options")
    with (core / "library.py").open("a", encoding="utf-8") as source:
        source.write("\n# changed\n")
    cachekey.code_digest.cache_clear()
    try:
        assert cachekey.cache_tag("options") != before
        assert cachekey.cache_tag("options") != cachekey.cache_tag("other options")
    finally:
        monkeypatch.undo()
        cachekey.code_digest.cache_clear()

"""The parsed copies of YAML files kept in the cache folder never go stale."""

from __future__ import annotations

from pathlib import Path

import pytest

from noticeeditor.core import datafile
from noticeeditor.core.datafile import DataFileError, read_yaml
from noticeeditor.core.library import TemplateProblem
from noticeeditor.core.questionnaire import QuestionnaireError, load_questionnaire


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setattr(datafile, "cache_dir", lambda: folder)
    return folder


def test_an_edited_file_is_read_again(tmp_path: Path, cache: Path) -> None:
    path = tmp_path / "q.yaml"
    path.write_text("title: First\n", encoding="utf-8")
    assert read_yaml(path) == {"title": "First"}
    assert list((cache / "data").iterdir()), "the parse is kept for the next start"
    path.write_text("title: Second\n", encoding="utf-8")
    assert read_yaml(path) == {"title": "Second"}


def test_the_kept_copy_is_used_while_the_file_is_unchanged(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "q.yaml"
    path.write_text("items: [1, 2]\n", encoding="utf-8")
    first = read_yaml(path)

    def refuse(_text: str) -> object:
        raise AssertionError("parsed again")

    monkeypatch.setattr(datafile, "load_yaml", refuse)
    second = read_yaml(path)
    assert second == first
    second["items"].append(3)
    assert read_yaml(path) == {"items": [1, 2]}, "each caller gets its own copy"


def test_a_damaged_cache_file_is_parsed_again(tmp_path: Path, cache: Path) -> None:
    path = tmp_path / "q.yaml"
    path.write_text("a: 1\n", encoding="utf-8")
    read_yaml(path)
    for kept in (cache / "data").iterdir():
        kept.write_bytes(b"\x00garbage")
    assert read_yaml(path) == {"a": 1}


def test_no_usable_cache_folder_still_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setattr(datafile, "cache_dir", lambda: blocker)  # a file, not a folder
    path = tmp_path / "q.yaml"
    path.write_text("a: 1\n", encoding="utf-8")
    assert read_yaml(path) == {"a": 1}


def test_broken_yaml_is_never_cached_and_names_the_file(tmp_path: Path, cache: Path) -> None:
    path = tmp_path / "questionnaire.yaml"
    path.write_text("sections: [\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        read_yaml(path)
    with pytest.raises(QuestionnaireError, match=r"questionnaire\.yaml"):
        load_questionnaire(path)
    assert not (cache / "data").exists() or not list((cache / "data").iterdir())


def test_broken_requirements_name_file_and_line(tmp_path: Path, cache: Path) -> None:
    from noticeeditor.core.compliance import _parse_file

    path = tmp_path / "requirements.yaml"
    path.write_text("requirements:\n  - id: a\n    citation: x\n    must_say: y\n  - id: b\n")
    with pytest.raises(TemplateProblem) as caught:
        _parse_file(path, "eu")
    assert caught.value.line == 5
    assert caught.value.file == str(path)
    with pytest.raises(TemplateProblem) as again:  # the same from the kept copy
        _parse_file(path, "eu")
    assert again.value.line == 5

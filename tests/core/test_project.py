"""Project files: round trip, atomic save, damaged and newer files refused untouched."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from noticeeditor.core.project import SCHEMA_VERSION, NoticeProject, ProjectError


def test_round_trip_keeps_every_answer(tmp_path: Path) -> None:
    answers = {
        "controller_name": "Ünïcode & Co 🙂",
        "sells_data": False,
        "categories": ["contact", "payment"],
        "providers": [{"name": "Mailer", "country": "US"}],
    }
    path = tmp_path / "a.notice"
    NoticeProject(answers, ["eu", "california"], {"title": "x"}).save(path)
    loaded = NoticeProject.load(path)
    assert loaded.answers == answers
    assert loaded.jurisdictions == ["eu", "california"]
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema_version"] == SCHEMA_VERSION
    assert list(data) == sorted(data)
    assert "Ünïcode" in path.read_text(encoding="utf-8")


def test_save_replaces_without_leaving_temporary_files(tmp_path: Path) -> None:
    path = tmp_path / "a.notice"
    NoticeProject({"controller_name": "one"}, []).save(path)
    NoticeProject({"controller_name": "two"}, []).save(path)
    assert NoticeProject.load(path).answers["controller_name"] == "two"
    assert [p.name for p in tmp_path.iterdir()] == ["a.notice"]


DAMAGED = {
    "truncated": (b'{"answers": {"controller_name": "Ac', "not valid JSON"),
    "empty": (b"", "is empty"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe", "not UTF-8"),
    "latin1": ('{"answers": {"a": "café"}}'.encode("latin-1"), "not UTF-8"),
    "list": (b"[1, 2]", "JSON object"),
    "no_version": (b'{"answers": {}, "jurisdictions": []}', "schema_version"),
    "newer": (b'{"schema_version": 99, "answers": {}, "jurisdictions": []}', "newer"),
    "answers_type": (b'{"schema_version": 1, "answers": [], "jurisdictions": []}', "answers"),
    "no_answers": (b'{"schema_version": 1, "jurisdictions": []}', "'answers' is missing"),
    "bad_jurisdiction": (
        b'{"schema_version": 1, "answers": {}, "jurisdictions": ["mars"]}',
        "unknown jurisdiction",
    ),
}


@pytest.mark.parametrize("case", sorted(DAMAGED))
def test_damaged_file_is_refused_and_left_untouched(tmp_path: Path, case: str) -> None:
    payload, expected = DAMAGED[case]
    path = tmp_path / "bad.notice"
    path.write_bytes(payload)
    with pytest.raises(ProjectError) as info:
        NoticeProject.load(path)
    assert expected in str(info.value)
    assert "\n" not in str(info.value)
    assert path.read_bytes() == payload


def test_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.notice"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    with pytest.raises(ProjectError, match="50 MB"):
        NoticeProject.load(path)


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(payload=st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_loader_only_ever_raises_project_error(tmp_path: Path, payload: bytes) -> None:
    path = tmp_path / "fuzz.notice"
    path.write_bytes(payload)
    with contextlib.suppress(ProjectError):
        NoticeProject.load(path)
    assert path.read_bytes() == payload

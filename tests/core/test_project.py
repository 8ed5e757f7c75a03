"""Project files: round trip, atomic save, damaged and newer files refused untouched."""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from noticeeditor.core.project import SCHEMA_VERSION, NoticeProject, ProjectError, backup_path
from noticeeditor.core.questionnaire import JURISDICTIONS


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
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.notice", "a.notice.bak"]


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


# ---------------------------------------------------------------- backups


def test_save_keeps_the_replaced_version_as_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "a.notice"
    NoticeProject({"controller_name": "one"}, []).save(path)
    assert not backup_path(path).exists()  # nothing was replaced
    first = path.read_bytes()
    NoticeProject({"controller_name": "two"}, []).save(path)
    assert backup_path(path) == tmp_path / "a.notice.bak"
    assert backup_path(path).read_bytes() == first
    second = path.read_bytes()
    NoticeProject({"controller_name": "three"}, []).save(path)
    assert backup_path(path).read_bytes() == second
    assert NoticeProject.load(backup_path(path)).answers == {"controller_name": "two"}


def test_saving_unchanged_text_keeps_the_older_backup(tmp_path: Path) -> None:
    path = tmp_path / "a.notice"
    NoticeProject({"controller_name": "one"}, []).save(path)
    NoticeProject({"controller_name": "two"}, []).save(path)
    NoticeProject({"controller_name": "two"}, []).save(path)
    assert NoticeProject.load(backup_path(path)).answers == {"controller_name": "one"}


def test_backup_of_a_damaged_file_keeps_its_bytes(tmp_path: Path) -> None:
    # Save As over a file the loader refuses: the file is not lost, it is the backup.
    path = tmp_path / "a.notice"
    path.write_bytes(b"\x00 not a project \xff")
    NoticeProject({"controller_name": "new"}, []).save(path)
    assert backup_path(path).read_bytes() == b"\x00 not a project \xff"


def test_backup_is_copied_where_hard_links_fail(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(*args: object, **kwargs: object) -> None:
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    path = tmp_path / "a.notice"
    NoticeProject({"controller_name": "one"}, []).save(path)
    first = path.read_bytes()
    NoticeProject({"controller_name": "two"}, []).save(path)
    assert backup_path(path).read_bytes() == first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.notice", "a.notice.bak"]


def test_backup_survives_a_failed_save(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.notice"
    NoticeProject({"controller_name": "one"}, []).save(path)
    first = path.read_bytes()
    real_replace = os.replace

    def full_disk(src: str, dst: str) -> None:
        if Path(dst) == path:
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(OSError):
        NoticeProject({"controller_name": "two"}, []).save(path)
    assert path.read_bytes() == first
    assert backup_path(path).read_bytes() == first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.notice", "a.notice.bak"]


def test_save_without_backup(tmp_path: Path) -> None:
    path = tmp_path / "a.notice"
    NoticeProject({"controller_name": "one"}, []).save(path, backup=False)
    NoticeProject({"controller_name": "two"}, []).save(path, backup=False)
    assert [p.name for p in tmp_path.iterdir()] == ["a.notice"]


def test_backup_through_a_symlink_keeps_the_target_text(tmp_path: Path) -> None:
    real = tmp_path / "real.notice"
    NoticeProject({"controller_name": "one"}, []).save(real)
    first = real.read_bytes()
    link = tmp_path / "link.notice"
    link.symlink_to(real)
    NoticeProject({"controller_name": "two"}, []).save(link)
    assert backup_path(link).read_bytes() == first
    assert not backup_path(link).is_symlink()


# ---------------------------------------------------------------- more damage

MORE_DAMAGED = {
    "deeply_nested": (b"[" * 100_000, "nested too deeply"),
    "deep_answers": (
        b'{"schema_version": 1, "jurisdictions": [], "answers": {"a": '
        + b"[" * 50_000
        + b"]" * 50_000
        + b"}}",
        "nested too deeply",
    ),
    "long_number": (b'{"schema_version": 1, "answers": {"a": ' + b"9" * 5000 + b"}}", "number"),
    "version_text": (b'{"schema_version": "1", "answers": {}, "jurisdictions": []}', "schema"),
    "version_bool": (b'{"schema_version": true, "answers": {}, "jurisdictions": []}', "schema"),
    "version_zero": (b'{"schema_version": 0, "answers": {}, "jurisdictions": []}', "schema"),
    "version_float": (b'{"schema_version": 1.0, "answers": {}, "jurisdictions": []}', "schema"),
    "version_huge": (
        b'{"schema_version": 100000000000000000000, "answers": {}, "jurisdictions": []}',
        "newer",
    ),
    "jurisdictions_text": (b'{"schema_version": 1, "answers": {}, "jurisdictions": "eu"}', "list"),
    "jurisdiction_number": (
        b'{"schema_version": 1, "answers": {}, "jurisdictions": [1]}',
        "unknown jurisdiction",
    ),
    "no_jurisdictions": (b'{"schema_version": 1, "answers": {}}', "'jurisdictions' is missing"),
    "meta_list": (b'{"schema_version": 1, "answers": {}, "jurisdictions": [], "meta": []}', "meta"),
    "answers_text": (b'{"schema_version": 1, "answers": "x", "jurisdictions": []}', "answers"),
    "utf16": ('{"schema_version": 1}'.encode("utf-16"), "not UTF-8"),
    "lone_surrogate_bytes": (b'{"a": "\xed\xa0\x80"}', "not UTF-8"),
    "whitespace_only": (b" \n\t \r\n", "is empty"),
    "null": (b"null", "JSON object"),
    "string": (b'"a notice"', "JSON object"),
    "trailing_junk": (b'{"schema_version": 1, "answers": {}, "jurisdictions": []} x', "JSON"),
    "zip": (b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)), "not UTF-8"),
}


@pytest.mark.parametrize("case", sorted(MORE_DAMAGED))
def test_more_damage_is_refused_in_one_line(tmp_path: Path, case: str) -> None:
    payload, expected = MORE_DAMAGED[case]
    path = tmp_path / "bad.notice"
    path.write_bytes(payload)
    with pytest.raises(ProjectError) as info:
        NoticeProject.load(path)
    assert expected in str(info.value)
    assert "\n" not in str(info.value)
    assert len(str(info.value)) < 300
    assert path.read_bytes() == payload


def test_json_escapes_of_lone_surrogates_load_and_save(tmp_path: Path) -> None:
    # "\ud800" is valid JSON but cannot be encoded as UTF-8: saving must still work.
    path = tmp_path / "a.notice"
    path.write_text(
        '{"schema_version": 1, "answers": {"controller_name": "a\\ud800b"}, "jurisdictions": []}',
        encoding="utf-8",
    )
    project = NoticeProject.load(path)
    with contextlib.suppress(ProjectError, UnicodeError):
        project.save(tmp_path / "b.notice")
    assert path.read_text(encoding="utf-8").startswith('{"schema_version"')


# ---------------------------------------------------------------- structured fuzzing

_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
)
_JSON = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
_KEYS = st.sampled_from(
    ["controller_name", "contact_email", "website", "categories", "sells_data", "x"]
) | st.text(max_size=12)
_PROJECTS = st.fixed_dictionaries(
    {},
    optional={
        "schema_version": st.sampled_from([1, SCHEMA_VERSION, 0, -1, 2, True, "1", 1.5]) | _JSON,
        "answers": st.dictionaries(_KEYS, _JSON, max_size=6) | _JSON,
        "jurisdictions": st.lists(st.sampled_from([*JURISDICTIONS, "mars", ""]), max_size=4)
        | _JSON,
        "meta": st.dictionaries(st.text(max_size=8), _JSON, max_size=3) | _JSON,
        "extra": _JSON,
    },
)


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=_PROJECTS)
def test_structured_projects_load_cleanly_or_are_refused(tmp_path: Path, data: dict) -> None:
    payload = json.dumps(data, ensure_ascii=False).encode("utf-8", "surrogatepass")
    path = tmp_path / "fuzz.notice"
    path.write_bytes(payload)
    try:
        project = NoticeProject.load(path)
    except ProjectError as exc:
        assert "\n" not in str(exc)
        assert path.read_bytes() == payload
        return
    assert path.read_bytes() == payload
    assert isinstance(project.answers, dict)
    assert isinstance(project.meta, dict)
    assert all(j in JURISDICTIONS for j in project.jurisdictions)
    assert project.answers == data["answers"]
    # What loads also saves, and comes back the same.
    with contextlib.suppress(UnicodeError):  # lone surrogates cannot be written as UTF-8
        project.save(tmp_path / "again.notice")
        again = NoticeProject.load(tmp_path / "again.notice")
        assert (again.answers, again.jurisdictions) == (project.answers, project.jurisdictions)

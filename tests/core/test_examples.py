"""The example projects in seeds/projects/: valid answers, and tools/make_examples.py rebuilds them.

Whether they compose cleanly and pass the compliance check is covered elsewhere
(tests/core/test_cli.py, tests/export/test_golden.py).
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from noticeeditor.core.project import NoticeProject
from noticeeditor.core.questionnaire import (
    JURISDICTIONS,
    Questionnaire,
    evaluate,
    is_empty,
    load_questionnaire,
    validate,
    validate_value,
)
from noticeeditor.paths import examples_dir, templates_dir

ROOT = Path(__file__).resolve().parents[2]
SEED_NOTICES = ROOT / "seeds" / "notices"
EXPECTED = {"relaylink", "meetwell", "dialpoint", "linkwave", "talkgroup", "complete"}
EXAMPLES = sorted(examples_dir().glob("*.notice"))

# Contact details in examples are invented: only reserved domains. The regulator's own
# website is real on purpose.
RESERVED_DOMAIN = re.compile(r"(\.example|[./@]example\.(com|org))$")
REAL_ON_PURPOSE = {"supervisory_authority_url"}


def load_tool() -> ModuleType:
    path = ROOT / "tools" / "make_examples.py"
    spec = importlib.util.spec_from_file_location("make_examples", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    return load_tool()


@pytest.fixture(scope="module")
def questionnaire() -> Questionnaire:
    return load_questionnaire(templates_dir() / "questionnaire.yaml")


def test_there_is_one_example_per_seed_and_a_complete_one() -> None:
    assert {p.stem for p in EXAMPLES} == EXPECTED
    # Nothing else: the folder ships inside the wheel (no NAME.notice.bak, no temp files).
    assert sorted(p.name for p in examples_dir().iterdir()) == [p.name for p in EXAMPLES]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_example_loads_with_title_and_seed(path: Path) -> None:
    project = NoticeProject.load(path)
    assert project.jurisdictions, "every example chooses at least one jurisdiction"
    assert len(set(project.jurisdictions)) == len(project.jurisdictions)
    assert project.meta["title"].endswith("privacy notice")
    if path.stem != "complete":
        assert (SEED_NOTICES / project.meta["example_of"]).is_file()


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_every_answer_is_a_real_question(path: Path, questionnaire: Questionnaire) -> None:
    answers = NoticeProject.load(path).answers
    assert sorted(set(answers) - set(questionnaire.by_id)) == []


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_every_answer_is_valid(path: Path, questionnaire: Questionnaire) -> None:
    project = NoticeProject.load(path)
    assert validate(questionnaire, project.answers, project.jurisdictions) == {}
    for qid, value in project.answers.items():
        question = questionnaire.question(qid)
        assert validate_value(question, value) is None, qid
        assert evaluate(question.visible_when, project.answers, project.jurisdictions), (
            f"{qid} is answered but hidden"
        )
        if question.type == "records":
            fields = {f.id for f in question.fields}
            assert all(set(row) <= fields for row in value), qid


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_contact_details_are_fictional(path: Path, questionnaire: Questionnaire) -> None:
    for qid, value in NoticeProject.load(path).answers.items():
        if qid in REAL_ON_PURPOSE:
            continue
        kind = questionnaire.question(qid).type
        if kind == "email":
            assert RESERVED_DOMAIN.search(value.split("@")[1]), (qid, value)
        elif kind == "url":
            host = re.sub(r"^https?://", "", value).split("/")[0]
            assert RESERVED_DOMAIN.search(host), (qid, value)
        elif isinstance(value, str):
            for address in re.findall(r"[\w.+-]+@[\w.-]+\w", value):
                assert RESERVED_DOMAIN.search(address), (qid, address)


def test_complete_answers_every_visible_question(questionnaire: Questionnaire) -> None:
    project = NoticeProject.load(examples_dir() / "complete.notice")
    assert sorted(project.jurisdictions) == sorted(JURISDICTIONS)
    unanswered = [
        q.id
        for q in questionnaire
        if evaluate(q.visible_when, project.answers, project.jurisdictions)
        and is_empty(project.answers.get(q.id))
    ]
    assert unanswered == []
    records = [q for q in questionnaire if q.type == "records"]
    assert records
    assert all(len(project.answers[q.id]) >= 3 for q in records)


def test_complete_is_the_largest_example() -> None:
    largest = max(EXAMPLES, key=lambda p: p.stat().st_size)
    assert largest.stem == "complete"


def test_regenerating_gives_identical_files(tool: ModuleType, tmp_path: Path) -> None:
    assert tool.main(["--out", str(tmp_path)]) == 0
    written = sorted(tmp_path.iterdir())
    assert [p.name for p in written] == [p.name for p in EXAMPLES]
    for path in written:
        assert path.read_bytes() == (examples_dir() / path.name).read_bytes(), path.name


def test_build_examples_matches_the_files(tool: ModuleType) -> None:
    projects = tool.build_examples()
    assert set(projects) == EXPECTED
    for name, project in projects.items():
        on_disk = (examples_dir() / f"{name}.notice").read_text(encoding="utf-8")
        assert project.to_json() == on_disk


def test_the_generator_refuses_a_bad_answer(tool: ModuleType, questionnaire: Questionnaire) -> None:
    project = tool.dialpoint()
    project.answers["no_such_question"] = "x"
    project.answers["contact_email"] = "not an address"
    project.answers["ico_registration_number"] = "ZA123456"  # uk is not chosen: hidden
    project.answers["service_providers"].append({"purpose": "no name", "colour": "red"})
    found = "\n".join(tool.problems(project, questionnaire))
    assert "no_such_question: no such question" in found
    assert "contact_email: Enter an e-mail address" in found
    assert "ico_registration_number: answered, but the question is hidden" in found
    assert "service_providers: Entry 6, Name: This answer is required." in found
    assert "unknown field 'colour'" in found

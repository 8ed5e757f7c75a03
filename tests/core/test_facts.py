"""Facts: clause logic in typed Python, wording in validated tables, clauses as prose."""

from __future__ import annotations

import shutil
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
from jinja2 import Environment, nodes

from noticeeditor.core.compose import Composer, build_context
from noticeeditor.core.document import document_text
from noticeeditor.core.facts import FACTS, derive, reference
from noticeeditor.core.library import CONTEXT_NAMES, ClauseLibrary, TemplateProblem
from noticeeditor.core.project import NoticeProject
from noticeeditor.paths import examples_dir, templates_dir

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = templates_dir()
EXAMPLES = sorted(examples_dir().glob("*.notice"))


@pytest.fixture(scope="module")
def library() -> ClauseLibrary:
    return ClauseLibrary(TEMPLATES)


def test_the_facts_reference_is_current() -> None:
    committed = (ROOT / "docs" / "facts.md").read_text(encoding="utf-8")
    assert committed == reference(), "run: python -m noticeeditor.core.facts"


def test_every_fact_is_documented_with_what_it_reads() -> None:
    text = reference()
    for item in FACTS.values():
        assert f"### `{item.name}`" in text
        assert item.summary, f"{item.name} has no description"


def test_a_fact_reads_only_answers_and_earlier_facts(library: ClauseLibrary) -> None:
    known = set(library.questionnaire.by_id) | set(CONTEXT_NAMES)
    for item in FACTS.values():
        unknown = [name for name in item.reads if name not in known]
        assert not unknown, f"{item.name} reads {unknown}, neither an answer nor an earlier fact"
        known.add(item.name)


class _Watched(Mapping[str, Any]):
    """A context that records every name looked up in it."""

    def __init__(self, values: Mapping[str, Any]) -> None:
        self.values = values
        self.seen: set[str] = set()

    def __getitem__(self, name: str) -> Any:
        self.seen.add(name)
        return self.values[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self.values)

    def __len__(self) -> int:
        return len(self.values)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_a_fact_reads_nothing_it_does_not_declare(path: Path, library: ClauseLibrary) -> None:
    # The preview composes a clause again only when a name it reads changes: a fact
    # that read an undeclared answer would leave a stale sentence on screen.
    context = build_context(library, NoticeProject.load(path), None)
    for item in FACTS.values():
        watched = _Watched(context)
        item.compute(watched, library.wording)
        undeclared = watched.seen - set(item.reads)
        assert not undeclared, f"{item.name} reads {sorted(undeclared)} without declaring it"


def test_facts_follow_the_answers(library: ClauseLibrary) -> None:
    project = NoticeProject.load(examples_dir() / "complete.notice")
    project.answers["sells_data"] = True
    project.answers["request_methods"] = ["post"]
    project.answers["postal_address"] = "1 Main Street,\n\nSpringfield, \n"
    facts = derive(build_context(library, project, None), library.wording)
    assert facts["sells"] is True
    assert facts["request_ways"] == ["post"]
    assert facts["request_post"] == "1 Main Street, Springfield"
    assert facts["request_email"] == ""
    letters = [row["letter"] for row in facts["ccpa_categories"]]
    assert letters == sorted(letters) and "A" in letters


def test_a_choice_the_wording_lacks_prints_its_label(library: ClauseLibrary) -> None:
    project = NoticeProject.load(examples_dir() / "complete.notice")
    project.answers["purposes"] = ["billing", "staff_training"]
    context = build_context(library, project, None)
    wording = library.wording
    table = dict(wording.table("common", "purpose"))
    del table["staff_training"]
    wording._tables["common"]["purpose"] = table  # a user library without that entry
    try:
        words = derive(context, wording)["purpose_list"]
    finally:
        library.wording = ClauseLibrary(TEMPLATES).wording
    label = library.questionnaire.question("purposes").choice_label("staff_training")
    assert words == ["bill you and take payments", label[:1].lower() + label[1:]]


# ---------------------------------------------------------------- wording files


def _user_library(tmp_path: Path, folder: str, text: str) -> Path:
    user = tmp_path / "mine"
    (user / folder).mkdir(parents=True)
    (user / folder / "wording.yaml").write_text(text, encoding="utf-8")
    return user


def test_a_user_wording_file_replaces_the_built_in_one(tmp_path: Path) -> None:
    text = (TEMPLATES / "common" / "wording.yaml").read_text(encoding="utf-8")
    text = text.replace("bill you and take payments", "send you invoices")
    library = ClauseLibrary(TEMPLATES, _user_library(tmp_path, "common", text))
    project = NoticeProject.load(examples_dir() / "complete.notice")
    text = document_text(Composer(library).compose(project))
    assert "send you invoices" in text
    assert "bill you and take payments" not in text


def test_a_comma_in_a_flow_list_is_refused_with_its_line(tmp_path: Path) -> None:
    text = (TEMPLATES / "california" / "wording.yaml").read_text(encoding="utf-8")
    quoted = "'fingerprints, face scans or voiceprints used to identify you'"
    assert quoted in text
    text = text.replace(quoted, quoted.strip("'"))
    with pytest.raises(TemplateProblem) as caught:
        ClauseLibrary(TEMPLATES, _user_library(tmp_path, "california", text))
    line = next(i for i, t in enumerate(text.splitlines(), 1) if t.startswith("categories:"))
    problem = caught.value
    assert problem.file == "california/wording.yaml" and problem.line == line
    assert "categories must be" in problem.message and "\n" not in problem.message


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("region: [a, b]\n", "region must be a mapping from each value to its words"),
        ("regions: {}\n", "unknown table 'regions'"),
        ("- a\n", "the file must be a mapping of tables"),
        ("region: &a {x: y}\nsource: *a\n", "aliases"),
        ("region: {x: [y\n", "cannot read the wording"),
    ],
)
def test_a_malformed_wording_file_gets_one_line(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(TemplateProblem) as caught:
        ClauseLibrary(TEMPLATES, _user_library(tmp_path, "common", text))
    assert message in caught.value.message
    assert caught.value.file.endswith("wording.yaml")
    assert "\n" not in caught.value.message


def test_a_library_without_wording_files_falls_back_to_labels(tmp_path: Path) -> None:
    builtin = tmp_path / "lib"
    shutil.copytree(TEMPLATES, builtin)
    for path in builtin.glob("*/wording.yaml"):
        path.unlink()
    library = ClauseLibrary(builtin)
    project = NoticeProject.load(examples_dir() / "complete.notice")
    facts = derive(build_context(library, project, None), library.wording)
    label = library.questionnaire.question("purposes").choice_label("billing")
    assert label[:1].lower() + label[1:] in facts["purpose_list"]
    assert facts["ccpa_categories"] == []


# ---------------------------------------------------------------- clauses as prose

_HELPER_LINES = 150
_SETS = 60


def _clauses() -> list[Path]:
    return sorted(TEMPLATES.glob("*/*.md.j2"))


def _ast(path: Path) -> nodes.Template:
    return Environment().parse(path.read_text(encoding="utf-8"))


def test_helper_templates_stay_short() -> None:
    helpers = [p for p in _clauses() if p.name.startswith("_")]
    lines = sum(len(p.read_text(encoding="utf-8").splitlines()) for p in helpers)
    assert lines <= _HELPER_LINES, f"helper templates hold {lines} lines"


def test_set_only_names_a_value() -> None:
    count = 0
    for path in _clauses():
        tree = _ast(path)
        assert not list(tree.find_all(nodes.AssignBlock)), f"{path.name}: {{% set %}} block"
        for assign in tree.find_all(nodes.Assign):
            count += 1
            target = assign.target
            assert isinstance(target, nodes.Name), f"{path.name}:{assign.lineno}: set one name"
            built = list(assign.node.find_all((nodes.List, nodes.Dict)))
            assert not built, f"{path.name}:{assign.lineno}: a clause builds no list or table"
    assert count <= _SETS, f"{count} {{% set %}} in the clauses"


def test_no_clause_builds_lists_in_jinja() -> None:
    for path in _clauses():
        tree = _ast(path)
        for call in tree.find_all(nodes.Call):
            name = getattr(call.node, "name", None) or getattr(call.node, "attr", None)
            assert name not in ("namespace", "append", "extend", "update", "insert"), (
                f"{path.name}:{call.lineno}: {name}() builds data; add a fact instead"
            )
        assert not list(tree.find_all(nodes.Import)), f"{path.name} imports a helper"


def test_ten_thousand_rows_in_every_list_render_without_error(library: ClauseLibrary) -> None:
    project = NoticeProject.load(examples_dir() / "complete.notice")
    for question in library.questionnaire:
        if question.type == "records":
            first = question.fields[0].id
            project.answers[question.id] = [
                {field.id: f"{field.id} {i}" for field in question.fields} | {first: f"Row {i}"}
                for i in range(10_000)
            ]
    document = Composer(library).compose(project)
    assert document.errors() == []
    assert "Row 9999" in document_text(document)

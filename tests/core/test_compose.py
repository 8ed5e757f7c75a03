"""compose(): the loader chain, provenance, error blocks, escaping and empty sections."""

from __future__ import annotations

from pathlib import Path

import pytest

from noticeeditor.core.compose import Composer, compose, notice_title
from noticeeditor.core.document import (
    ErrorBlock,
    Heading,
    ListBlock,
    Paragraph,
    Table,
    block_text,
    document_text,
    plain,
)
from noticeeditor.core.library import ClauseLibrary
from noticeeditor.core.project import NoticeProject

QUESTIONNAIRE = """
sections:
  - id: about
    title: About
    questions:
      - {id: controller_name, type: text, label: Name, help: Your name}
      - {id: contact_email, type: email, label: Email, help: Where to write}
      - {id: website, type: url, label: Site, help: Your site}
      - {id: categories, type: multiple_choice, label: What, help: What you collect,
         choices: [{value: contact, label: Contact details}, {value: payment, label: Payment data},
                   {value: location, label: Location}]}
      - {id: location_note, type: text, label: How precise, help: Location detail,
         visible_when: {question: categories, includes: location}}
      - {id: sells_data, type: yes_no, label: Sell, help: Do you sell}
      - {id: providers, type: records, label: Providers, help: Who,
         fields: [{id: name, type: text, label: Name, help: Their name},
                  {id: country, type: text, label: Country, help: Where}]}
      - {id: last_updated, type: date, label: Updated, help: When}
"""

OUTLINE = """
body:
  - {id: who, title: Who we are, clause: who.md.j2}
  - {id: collect, title: What we collect, clause: collect.md.j2}
  - {id: selling, title: Selling, clause: selling.md.j2, when: {question: sells_data, equals: true}}
  - {id: empty, title: Empty, clause: empty.md.j2}
  - {id: broken, title: Broken, clause: broken.md.j2}
jurisdictions:
  eu:
    title: If you are in the EU
    sections:
      - {id: eu_who, title: Who we are in the EU, clause: who.md.j2}
  california:
    title: If you are in California
    sections:
      - {id: ca_empty, title: Nothing, clause: empty.md.j2}
"""

CLAUSES = {
    "common/who.md.j2": "We are {{ controller_name }}. Write to {{ contact_email | mailto }}.\n",
    "common/collect.md.j2": (
        "{% if categories %}\nWe collect {{ categories | labels('categories') | join_prose }}.\n"
        "{% endif %}\n"
        "{% if location_note %}\nLocation: {{ location_note }}.\n{% endif %}\n"
        "## Providers\n\n{% for p in providers %}\n- {{ p.name }} ({{ p.country }})\n"
        "{% endfor %}\n"
        "## Table\n\n| Name | Country |\n|---|---|\n"
        "{% for p in providers %}| {{ p.name }} | {{ p.country }} |\n{% endfor %}"
    ),
    "common/selling.md.j2": "We sell data.\n",
    "common/empty.md.j2": "{% if false %}never{% endif %}\n\n## Orphan heading\n",
    "common/broken.md.j2": "Line one.\n\n{{ no_such_answer }}\n",
    "eu/who.md.j2": "In the EU we are {{ controller_name }} ({{ jurisdiction }}).\n",
}


def make_library(root: Path, clauses: dict[str, str] = CLAUSES) -> Path:
    """Write a small clause library under ``root`` and return it."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "questionnaire.yaml").write_text(QUESTIONNAIRE, encoding="utf-8")
    (root / "outline.yaml").write_text(OUTLINE, encoding="utf-8")
    for name, text in clauses.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def library(tmp_path: Path) -> ClauseLibrary:
    return ClauseLibrary(make_library(tmp_path / "builtin"))


def project(**answers: object) -> NoticeProject:
    return NoticeProject(answers=dict(answers), jurisdictions=[])


def test_common_body_renders_answers_with_provenance(library: ClauseLibrary) -> None:
    doc = compose(project(controller_name="Acme Ltd", contact_email="a@b.example"), library)
    who = doc.section("who")
    assert who is not None
    assert block_text(who.blocks[0]) == "We are Acme Ltd. Write to a@b.example."
    assert who.provenance is not None
    assert who.provenance.clause == "common/who.md.j2"
    assert who.provenance.reads == ("contact_email", "controller_name")
    assert who.blocks[0].provenance == who.provenance
    link = [s for s in who.blocks[0].spans if s.href]
    assert link[0].href == "mailto:a@b.example"


def test_jurisdiction_folder_replaces_common_clause(library: ClauseLibrary) -> None:
    p = project(controller_name="Acme")
    p.jurisdictions = ["eu"]
    doc = compose(p, library)
    eu = doc.section("eu_who")
    assert eu is not None and eu.level == 2 and eu.jurisdiction == "eu"
    assert block_text(eu.blocks[0]) == "In the EU we are Acme (eu)."
    assert eu.provenance is not None and eu.provenance.clause == "eu/who.md.j2"
    assert doc.section("eu") is not None  # the part's own heading
    assert block_text(doc.section("who").blocks[0]).startswith("We are Acme")


def test_user_library_overrides_builtin(tmp_path: Path) -> None:
    builtin = make_library(tmp_path / "builtin")
    user = tmp_path / "mine"
    (user / "common").mkdir(parents=True)
    (user / "common" / "who.md.j2").write_text("Our firm's wording for {{ controller_name }}.\n")
    doc = compose(project(controller_name="Acme"), ClauseLibrary(builtin, user))
    who = doc.section("who")
    assert block_text(who.blocks[0]) == "Our firm's wording for Acme."
    assert who.provenance.origin == "user"


def test_failing_clause_is_an_error_block_and_the_rest_renders(library: ClauseLibrary) -> None:
    doc = compose(project(controller_name="Acme"), library)
    [error] = doc.errors()
    assert isinstance(error, ErrorBlock)
    assert error.file == "common/broken.md.j2"
    assert error.line == 3
    assert "no_such_answer" in error.describe()
    assert doc.section("who") is not None


def test_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    clauses = dict(CLAUSES, **{"common/who.md.j2": "fine\n\n{% if controller_name %}\nno end\n"})
    doc = compose(project(), ClauseLibrary(make_library(tmp_path / "b", clauses)))
    errors = [e for e in doc.errors() if e.file == "common/who.md.j2"]
    assert errors and errors[0].line == 4


def test_unanswered_notice_has_no_empty_sections_or_leaked_values(library: ClauseLibrary) -> None:
    doc = compose(project(), library)
    ids = [s.id for s in doc.sections]
    assert "empty" not in ids and "selling" not in ids
    text = document_text(doc)
    for leak in ("None", "[]", "{{", "{%", "Orphan heading", "Providers"):
        assert leak not in text
    for section in doc.sections:
        assert section.blocks


def test_jurisdiction_part_with_no_content_is_dropped(library: ClauseLibrary) -> None:
    p = project()
    p.jurisdictions = ["california"]
    assert doc_ids(compose(p, library)) == doc_ids(compose(project(), library))


def doc_ids(doc: object) -> list[str]:
    return [s.id for s in doc.sections]  # type: ignore[attr-defined]


def test_conditional_section_follows_answer(library: ClauseLibrary) -> None:
    assert compose(project(sells_data=True), library).section("selling") is not None
    assert compose(project(sells_data=False), library).section("selling") is None


def test_lists_tables_and_prose_joins(library: ClauseLibrary) -> None:
    rows = [{"name": "Mailer", "country": "US"}, {"name": "Payco", "country": "IE"}]
    doc = compose(project(categories=["contact", "payment", "location"], providers=rows), library)
    blocks = doc.section("collect").blocks
    assert block_text(blocks[0]) == "We collect Contact details, Payment data and Location."
    assert isinstance(blocks[1], Heading) and blocks[1].level == 2
    assert isinstance(blocks[2], ListBlock) and len(blocks[2].items) == 2
    table = blocks[-1]
    assert isinstance(table, Table)
    assert [[block_text(Paragraph(c)) for c in row] for row in table.rows] == [
        ["Mailer", "US"],
        ["Payco", "IE"],
    ]


@pytest.mark.parametrize(
    "typed",
    [
        "**bold** and _it_",
        "# heading",
        "<script>alert(1)</script>",
        "{{ 7*7 }} {% if true %}x{% endif %}",
        "[click](javascript:alert(1))",
        "1. not a list",
        "- dash | pipe \\ backslash & amp;",
        "שלום مرحبا 🙂",
    ],
)
def test_answers_show_exactly_as_typed(library: ClauseLibrary, typed: str) -> None:
    doc = compose(project(controller_name=typed), library)
    para = doc.section("who").blocks[0]
    assert isinstance(para, Paragraph)
    assert block_text(para) == f"We are {typed}. Write to ."
    assert not any(span.bold or span.italic or span.href for span in para.spans)


def test_multiline_answer_stays_in_its_list_item(library: ClauseLibrary) -> None:
    rows = [{"name": "Line one\n\n- two\n# three", "country": "FR"}]
    doc = compose(project(providers=rows), library)
    items = next(b for b in doc.section("collect").blocks if isinstance(b, ListBlock)).items
    assert len(items) == 1
    assert block_text(items[0].blocks[0]) == "Line one\n- two\n# three (FR)"


def test_cached_compose_matches_fresh_compose(library: ClauseLibrary) -> None:
    composer = Composer(library)
    first = composer.compose(project(controller_name="A"))
    second = composer.compose(project(controller_name="B"))
    assert document_text(second) == document_text(compose(project(controller_name="B"), library))
    assert document_text(first) != document_text(second)


def test_title_defaults_from_name() -> None:
    assert notice_title({}) == "Privacy Notice"
    assert notice_title({"controller_name": "Acme"}) == "Acme Privacy Notice"
    assert notice_title({"controller_name": "Acme", "notice_title": "Our promise"}) == (
        "Our promise"
    )


def test_answer_to_a_hidden_question_is_not_used(library: ClauseLibrary) -> None:
    shown = compose(project(categories=["location"], location_note="city level"), library)
    assert "Location: city level." in document_text(shown)
    hidden = compose(project(categories=["contact"], location_note="city level"), library)
    assert "city level" not in document_text(hidden)


def test_links_to_sections_left_out_become_plain_text(tmp_path: Path) -> None:
    clauses = dict(CLAUSES, **{"common/who.md.j2": "See [selling](#selling) and [us](#who).\n"})
    library = ClauseLibrary(make_library(tmp_path / "b", clauses))
    absent = compose(project(sells_data=False), library).section("who").blocks[0]
    assert [s.href for s in absent.spans if s.href] == ["#who"]
    present = compose(project(sells_data=True), library).section("who").blocks[0]
    assert [s.href for s in present.spans if s.href] == ["#selling", "#who"]


def test_sections_are_numbered_and_cross_references_name_them(tmp_path: Path) -> None:
    clauses = dict(
        CLAUSES,
        **{"common/who.md.j2": "See [](#selling) and [](#eu_who). Write to us.\n"},
    )
    library = ClauseLibrary(make_library(tmp_path / "b", clauses))
    both = NoticeProject(answers={"sells_data": True}, jurisdictions=["eu"])
    doc = compose(both, library)
    assert [(s.id, s.number_label) for s in doc.sections] == [
        ("who", "1."),
        ("selling", "2."),
        ("broken", "3."),
        ("eu", "4."),
        ("eu_who", "4.1"),
    ]
    spans = doc.section("who").blocks[0].spans
    assert plain(spans).startswith("See section 2, “Selling” and section 4.1, “Who we are in the")
    assert [s.href for s in spans if s.href] == ["#selling", "#eu_who"]
    # A section the notice leaves out is named by its title, without a link or number.
    doc = compose(NoticeProject(answers={"sells_data": False}, jurisdictions=["eu"]), library)
    spans = doc.section("who").blocks[0].spans
    assert plain(spans).startswith("See “Selling” and section 3.1, “Who we are in the EU”.")
    assert [s.href for s in spans if s.href] == ["#eu_who"]


def test_lint_names_a_cross_reference_to_no_section(tmp_path: Path) -> None:
    from noticeeditor.core.lint import lint_library

    clauses = dict(CLAUSES, **{"common/who.md.j2": "Hello.\n\nSee [](#sellin) too.\n"})
    library = ClauseLibrary(make_library(tmp_path / "b", clauses))
    problems = [str(p) for p in lint_library(library)]
    assert "common/who.md.j2:3: cross-reference to 'sellin': no such section" in " ".join(problems)
    assert "did you mean 'selling'?" in " ".join(problems)


@pytest.mark.parametrize("value", [None, 42, ["a"], {"x": 1}, True])
def test_answer_of_the_wrong_type_never_prints_python(
    library: ClauseLibrary, value: object
) -> None:
    doc = compose(project(controller_name=value, categories=value, providers=value), library)
    text = document_text(doc)
    for leak in ("None", "True", "[", "{", "'x'"):
        assert leak not in text

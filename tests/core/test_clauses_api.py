"""Clause files: list with state, override, revert, diff, add clauses and sections."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from noticeeditor.core import clauses
from noticeeditor.core.clauses import ADDED, BUILTIN, MISSING, OVERRIDDEN, ClauseError
from noticeeditor.core.compose import Composer
from noticeeditor.core.document import ErrorBlock, document_text
from noticeeditor.core.library import ClauseLibrary, TemplateProblem
from noticeeditor.core.project import NoticeProject
from noticeeditor.paths import templates_dir

OUTLINE = """\
# The order of sections.
body:
  - {id: who_we_are, title: Who we are, clause: who_we_are.md.j2}
  - id: cookies
    title: Cookies
    clause: cookies.md.j2

# The parts.
jurisdictions:
  eu:
    title: If you are in the EU
    clause: intro.md.j2
    sections: []
  uk:
    title: If you are in the UK
    sections:
"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def builtin(tmp_path: Path) -> Path:
    """Return a small built-in library using the real questionnaire."""
    root = tmp_path / "builtin"
    shutil.copy(
        templates_dir() / "questionnaire.yaml", write(root / "outline.yaml", OUTLINE).parent
    )
    write(root / "common" / "who_we_are.md.j2", "We are **{{ controller_name }}**.\n")
    write(root / "common" / "cookies.md.j2", "{% if uses_cookies %}We use cookies.{% endif %}\n")
    write(root / "common" / "spare.md.j2", "Spare.\n")
    write(root / "eu" / "intro.md.j2", "The GDPR applies.\n")
    return root


@pytest.fixture
def library(builtin: Path, tmp_path: Path) -> ClauseLibrary:
    return ClauseLibrary(builtin, tmp_path / "user")


def states(library: ClauseLibrary) -> dict[str, str]:
    return {c.name: c.state for c in clauses.list_clauses(library)}


def test_list_clauses_with_their_state(library: ClauseLibrary) -> None:
    assert states(library) == {
        "common/cookies.md.j2": BUILTIN,
        "common/spare.md.j2": BUILTIN,
        "common/who_we_are.md.j2": BUILTIN,
        "eu/intro.md.j2": BUILTIN,
    }
    clauses.write_override(library, "common", "who_we_are.md.j2", "Hello.\n")
    clauses.add_clause(library, "uk", "extra", "Extra.\n")
    assert states(library)["common/who_we_are.md.j2"] == OVERRIDDEN
    assert states(library)["uk/extra.md.j2"] == ADDED


def test_tree_follows_the_outline_and_lists_the_rest(library: ClauseLibrary) -> None:
    tree = {entry.folder: entry for entry in clauses.library_tree(library)}
    common = tree["common"]
    assert [(s.id, s.clause.name) for s in common.sections] == [
        ("who_we_are", "common/who_we_are.md.j2"),
        ("cookies", "common/cookies.md.j2"),
    ]
    assert [c.name for c in common.others] == ["common/spare.md.j2"]
    assert [(s.title, s.clause.name) for s in tree["eu"].sections] == [
        ("Introduction", "eu/intro.md.j2")
    ]
    assert tree["uk"].title == "If you are in the UK" and tree["uk"].sections == ()


def test_override_is_atomic_in_the_user_library_and_builtin_untouched(
    library: ClauseLibrary, builtin: Path
) -> None:
    shipped = (builtin / "common" / "who_we_are.md.j2").read_bytes()
    path = clauses.write_override(
        library, "common", "who_we_are.md.j2", "We are {{ trading_name }}.\n"
    )
    assert path == library.user / "common" / "who_we_are.md.j2"  # type: ignore[operator]
    assert (builtin / "common" / "who_we_are.md.j2").read_bytes() == shipped
    assert [p.name for p in path.parent.iterdir()] == ["who_we_are.md.j2"]  # no temp files left
    library.invalidate()
    project = NoticeProject({"trading_name": "AcmeCall"}, [])
    assert "We are AcmeCall." in document_text(Composer(library).compose(project))


def test_revert_deletes_the_override_only(library: ClauseLibrary) -> None:
    path = clauses.write_override(library, "common", "cookies.md.j2", "Changed.\n")
    clauses.revert_clause(library, "common", "cookies.md.j2")
    assert not path.exists()
    assert clauses.clause_file(library, "common", "cookies.md.j2").state == BUILTIN
    clauses.add_clause(library, "common", "mine", "Mine.\n")
    with pytest.raises(ClauseError, match="not a built-in clause"):
        clauses.revert_clause(library, "common", "mine.md.j2")


def test_diff_against_builtin(library: ClauseLibrary) -> None:
    clause = clauses.clause_file(library, "common", "who_we_are.md.j2")
    assert clauses.diff_against_builtin(clause, clauses.read_clause(clause)) == ""
    diff = clauses.diff_against_builtin(clause, "We are **{{ trading_name }}**.\n")
    assert diff.splitlines() == [
        "--- built-in/common/who_we_are.md.j2",
        "+++ yours/common/who_we_are.md.j2",
        "@@ -1 +1 @@",
        "-We are **{{ controller_name }}**.",
        "+We are **{{ trading_name }}**.",
    ]


@pytest.mark.parametrize(
    ("folder", "name", "message"),
    [
        ("common", "who_we_are", "already exists"),
        ("europe", "x", "unknown folder"),
        ("common", "../escape", "not a clause file name"),
        ("common", "Big Name", "not a clause file name"),
    ],
)
def test_add_clause_refuses_bad_names(
    library: ClauseLibrary, folder: str, name: str, message: str
) -> None:
    with pytest.raises(ClauseError, match=message):
        clauses.add_clause(library, folder, name)


def test_changes_need_a_user_library(builtin: Path) -> None:
    library = ClauseLibrary(builtin)
    with pytest.raises(ClauseError, match="no user library"):
        clauses.write_override(library, "common", "who_we_are.md.j2", "x")


def test_add_section_copies_the_outline_then_appends(library: ClauseLibrary, builtin: Path) -> None:
    clauses.add_clause(library, "common", "extra", "Extra words.\n")
    clauses.add_section(library, "common", "extra", "Extra: more", "extra")
    text = (library.user / "outline.yaml").read_text(encoding="utf-8")  # type: ignore[operator]
    assert text.startswith("# The order of sections.")  # comments survive the copy
    assert (
        "    clause: cookies.md.j2\n  - {id: extra, title: 'Extra: more', clause: extra.md.j2}\n"
        in text
    )
    assert (builtin / "outline.yaml").read_text(encoding="utf-8") == OUTLINE
    library.invalidate()
    assert [s.id for s in library.outline.body] == ["who_we_are", "cookies", "extra"]


@pytest.mark.parametrize("jurisdiction", ["eu", "uk"])
def test_add_section_to_an_empty_part(library: ClauseLibrary, jurisdiction: str) -> None:
    clauses.add_clause(library, jurisdiction, "rights", "Your rights.\n")
    clauses.add_section(library, jurisdiction, f"{jurisdiction}_rights", "Your rights", "rights")
    clauses.add_section(library, jurisdiction, f"{jurisdiction}_more", "More", "rights.md.j2")
    library.invalidate()
    part = library.outline.parts[jurisdiction]
    assert [(s.id, s.clause) for s in part.sections] == [
        (f"{jurisdiction}_rights", "rights.md.j2"),
        (f"{jurisdiction}_more", "rights.md.j2"),
    ]
    project = NoticeProject({}, [jurisdiction])
    assert "Your rights." in document_text(Composer(library).compose(project))


def test_add_section_refuses_a_taken_id(library: ClauseLibrary) -> None:
    with pytest.raises(ClauseError, match="already has a section"):
        clauses.add_section(library, "common", "cookies", "Cookies again", "cookies")
    spec = clauses.NewClause("eu", "again.md.j2", "cookies", "Cookies again")
    with pytest.raises(ClauseError, match="already has a section"):
        clauses.create_clause(library, spec)
    assert clauses.clause_file(library, "eu", "again.md.j2").state == MISSING


def test_create_clause_reuses_an_existing_file_for_a_new_section(library: ClauseLibrary) -> None:
    spec = clauses.NewClause("common", "spare.md.j2", "spare", "Spare words")
    assert clauses.create_clause(library, spec).state == BUILTIN  # the file is not copied
    library.invalidate()
    assert library.outline.body[-1].clause == "spare.md.j2"
    created = clauses.create_clause(library, clauses.NewClause("uk", "new.md.j2"))
    assert created.state == ADDED
    assert created.user is not None
    assert created.user.read_text(encoding="utf-8") == clauses.NEW_CLAUSE_TEXT


def test_variables_have_types_help_and_current_values(library: ClauseLibrary) -> None:
    project = NoticeProject({"controller_name": "Acme Ltd"}, ["eu"])
    found = {v.id: v for v in clauses.clause_variables(library, project, "eu")}
    assert found["controller_name"].value == "Acme Ltd"
    assert found["controller_name"].type == "text" and found["controller_name"].help
    assert found["response_time"].choices == ("30_days", "one_month", "45_days")
    assert found["jurisdiction"].value == "eu" and found["jurisdiction"].type == "notice"
    blank = {v.id: v for v in clauses.clause_variables(library, None, None)}
    assert blank["uses_cookies"].value is True  # the questionnaire's default


def test_render_unsaved_text_through_the_sandbox(library: ClauseLibrary) -> None:
    project = NoticeProject({"controller_name": "Acme *Ltd*"}, [])
    clause = clauses.clause_file(library, "common", "who_we_are.md.j2")
    assert clauses.render_text(library, project, clause, "Hi {{ controller_name }}") == (
        "Hi Acme \\*Ltd\\*"
    )
    with pytest.raises(TemplateProblem) as bad:
        clauses.render_text(library, project, clause, "a\n\n{{ controller_name.__class__ }}")
    assert bad.value.line == 3
    with pytest.raises(TemplateProblem) as syntax:
        clauses.render_text(library, project, clause, "a\n{% if %}")
    assert syntax.value.line == 2 and syntax.value.file == "common/who_we_are.md.j2"


def test_preview_document_shows_errors_as_blocks(library: ClauseLibrary) -> None:
    project = NoticeProject({"controller_name": "Acme"}, [])
    clause = clauses.clause_file(library, "common", "who_we_are.md.j2")
    doc = clauses.preview_document(
        library, project, clause, "# Hi\n\nWe are {{ controller_name }}", "Who"
    )
    assert document_text(doc) == "Who\n\nWho\n\nHi\n\nWe are Acme"
    broken = clauses.preview_document(library, project, clause, "{{ nobody }}", "Who")
    assert isinstance(broken.sections[0].blocks[0], ErrorBlock)
    assert clauses.clause_file(library, "common", "nothing.md.j2").state == MISSING

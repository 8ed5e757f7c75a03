"""Lint: each kind of fault reported at its file and line, through the command line."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from noticeeditor.cli import run
from noticeeditor.core.library import ClauseLibrary
from noticeeditor.core.lint import Problem, lint_clause, lint_library
from noticeeditor.paths import templates_dir

OUTLINE = """\
body:
  - {id: who_we_are, title: Who we are, clause: who_we_are.md.j2}
  - {id: cookies, title: Cookies, clause: cookies.md.j2}
jurisdictions:
  eu:
    title: If you are in the EU
    sections:
      - {id: eu_rights, title: Your rights, clause: rights.md.j2}
"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def faulty(tmp_path: Path) -> Path:
    """Return a user library with one of each fault, laid over the built-in one."""
    lib = tmp_path / "mylib"
    write(lib / "outline.yaml", OUTLINE)
    write(lib / "common" / "who_we_are.md.j2", "We are\n{{ controller_name }}.\n{% if %}\n")
    write(
        lib / "common" / "cookies.md.j2",
        "{% if uses_cookies %}\nWe use cookies.\n\nAsk {{ contact_email }}.\n"
        "Or {{ contact_emial }}.\n{% endif %}\n",
    )
    write(
        lib / "eu" / "rights.md.j2",
        "Your rights.\n\n{% if has_dpo %}\n{{ dpo_email|shout }}\n{% endif %}\n",
    )
    write(lib / "common" / "orphan.md.j2", "Nobody uses me.\n")
    write(
        lib / "eu" / "requirements.yaml",
        "law: GDPR\nrequirements:\n"
        "  - id: eu_identity\n    citation: Art. 13(1)(a)\n    must_say: Who you are.\n"
        "    questions: [controller_name]\n    clauses: [who_we_are.md.j2]\n"
        "  - id: eu_dpo\n    citation: Art. 13(1)(b)\n    must_say: The DPO.\n"
        "    questions: [dpo_phone_number]\n",
    )
    return lib


def test_cli_reports_each_fault_at_its_file_and_line(faulty: Path) -> None:
    code, out, err = cli("lint", str(faulty))
    assert (code, err) == (1, "")
    lines = out.splitlines()
    expected = [
        "common/who_we_are.md.j2:3: Expected an expression",
        "common/cookies.md.j2:5: unknown name 'contact_emial'",
        "eu/rights.md.j2:4: unknown filter 'shout'",
        "common/orphan.md.j2: no outline section reaches this clause",
        "eu/requirements.yaml:8: eu_dpo: unknown question 'dpo_phone_number'",
    ]
    for start in expected:
        assert any(line.startswith(start) for line in lines), (start, out)
    assert lines[-1] == "5 problem(s)"


def test_unknown_name_suggests_the_question_meant(faulty: Path) -> None:
    library = ClauseLibrary(templates_dir(), faulty)
    problems = lint_clause(library, faulty / "common" / "cookies.md.j2")
    assert problems == [
        Problem(
            "common/cookies.md.j2",
            5,
            "unknown name 'contact_emial': not a question id or fact"
            " (did you mean 'contact_email'?)",
        )
    ]


def test_lint_clause_checks_unsaved_text(faulty: Path) -> None:
    library = ClauseLibrary(templates_dir(), faulty)
    path = faulty / "common" / "orphan.md.j2"
    assert lint_clause(library, path) == []
    problems = lint_clause(library, path, source="One\nTwo {{ nobody }}\n")
    assert [(p.line, p.message.split(":")[0]) for p in problems] == [(2, "unknown name 'nobody'")]


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("a\n{% if response_time == '30 days' %}x{% endif %}", 2, "'30 days' is not a choice"),
        ("{% if 'cntract' in legal_bases %}x{% endif %}", 1, "'cntract' is not a choice"),
        ("{{ legal_bases|labels('legal_basis') }}", 1, "labels filter: 'legal_basis'"),
        ("{% include 'nowhere.md.j2' %}", 1, "included clause 'nowhere.md.j2' not found"),
        ("{% if controller_name is oddish %}{% endif %}", 1, "unknown test 'oddish'"),
    ],
)
def test_clause_checks(faulty: Path, text: str, line: int, message: str) -> None:
    library = ClauseLibrary(templates_dir(), faulty)
    problems = lint_clause(library, faulty / "common" / "orphan.md.j2", source=text)
    assert [p.line for p in problems] == [line]
    assert problems[0].message.startswith(message), problems


def test_sound_choices_filters_and_includes_pass(faulty: Path) -> None:
    library = ClauseLibrary(templates_dir(), faulty)
    text = (
        "{% if response_time == 'one_month' and 'consent' in legal_bases %}\n"
        "{{ legal_bases|labels('legal_bases')|join_prose }}\n"
        "{% include 'orphan.md.j2' %}\n"
        "{% for j in jurisdictions %}{{ loop.index }} {{ jurisdiction_names[j] }}{% endfor %}\n"
        "{% endif %}\n"
    )
    assert lint_clause(library, faulty / "common" / "cookies.md.j2", source=text) == []


def test_included_clause_counts_as_reached(faulty: Path) -> None:
    write(faulty / "common" / "cookies.md.j2", "{% include 'orphan.md.j2' %}\n")
    problems = lint_library(ClauseLibrary(templates_dir(), faulty))
    assert not [p for p in problems if p.file == "common/orphan.md.j2"]


def test_outline_sections_must_find_their_clause(faulty: Path) -> None:
    write(
        faulty / "outline.yaml", OUTLINE + "      - {id: eu_more, title: M, clause: gone.md.j2}\n"
    )
    problems = lint_library(ClauseLibrary(templates_dir(), faulty))
    assert Problem("outline.yaml", 9, "eu_more: clause 'gone.md.j2' not found") in problems


def test_clauses_in_unknown_folders_are_reported(faulty: Path) -> None:
    write(faulty / "europe" / "x.md.j2", "Hello\n")
    problems = lint_library(ClauseLibrary(templates_dir(), faulty))
    assert any(
        p.file == "europe/x.md.j2" and "not common or a jurisdiction" in p.message for p in problems
    )


def test_clean_user_library_exits_zero(tmp_path: Path) -> None:
    lib = tmp_path / "clean"
    write(lib / "outline.yaml", "body:\n  - {id: hello, title: Hello, clause: hello.md.j2}\n")
    write(lib / "common" / "hello.md.j2", "Hello from {{ controller_name }}.\n")
    assert cli("lint", str(lib)) == (0, "Library is clean.\n", "")


def test_missing_library_folder_is_an_error(tmp_path: Path) -> None:
    code, _, err = cli("lint", str(tmp_path / "nowhere"))
    assert code == 2 and "library folder not found" in err


def test_builtin_library_lints_clean() -> None:
    problems = lint_library(ClauseLibrary(templates_dir()))
    assert not problems, "\n".join(str(p) for p in problems)
    assert cli("lint") == (0, "Library is clean.\n", "")


def test_a_requirement_text_cut_at_a_comma_fails_lint(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    write(
        lib / "eu" / "requirements.yaml",
        "requirements:\n"
        "  - {id: eu_x, citation: GDPR Art. 13, must_say: The identity, contact details.}\n",
    )
    code, out, _ = cli("lint", str(lib))
    assert code == 1
    assert "line 2: 'contact details.' has no value" in out


def test_builtin_clause_text_has_typographic_quotes() -> None:
    """What a notice prints of its clauses uses “ ” ’ (« » „ “ in translations), never " or '."""
    tags = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)
    straight = re.compile(r"\"|(?<=\w)'(?=\w)")
    found = []
    for path in sorted(templates_dir().rglob("*.md.j2")):
        for text in tags.split(path.read_text(encoding="utf-8")):
            found += [
                f"{path.relative_to(templates_dir())}: {m.group()}" for m in straight.finditer(text)
            ]
    assert found == []

"""Review copies: a comment per section saying in words why it is there and what it meets."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import docx
import pytest

from noticeeditor.cli import run
from noticeeditor.core.compose import compose
from noticeeditor.core.library import ClauseLibrary
from noticeeditor.core.project import NoticeProject
from noticeeditor.core.versions import library_version
from noticeeditor.export.docx import DocxOptions, export_docx
from noticeeditor.export.review import (
    export_review_docx,
    review_notes,
    section_requirements,
)
from noticeeditor.paths import examples_dir

EXAMPLE = examples_dir() / "relaylink.notice"

QUESTIONNAIRE = """
sections:
  - id: about
    title: About
    questions:
      - {id: controller_name, type: text, label: Name, help: Your name}
      - {id: contact_email, type: email, label: Email, help: Where to write}
      - {id: sells_data, type: yes_no, label: Sell, help: Do you sell}
      - {id: last_updated, type: date, label: Updated, help: When}
"""

OUTLINE = """
body:
  - {id: who, title: Who we are, clause: who.md.j2}
  - {id: selling, title: Selling, clause: selling.md.j2}
jurisdictions:
  eu:
    title: If you are in the EU
    clause: intro.md.j2
    sections:
      - {id: eu_rights, title: Your rights in the EU, clause: rights.md.j2}
  california:
    title: If you live in California
    clause: intro.md.j2
    sections:
      - {id: ca_rights, title: Your California rights, clause: rights.md.j2}
"""

EU_REQUIREMENTS = """
law: GDPR (EU)
requirements:
  - id: eu_identity
    citation: GDPR Art. 13(1)(a)
    must_say: The identity and contact details of the controller.
    clauses: [who.md.j2]
  - id: eu_rights
    citation: GDPR Art. 13(2)(b)
    must_say: The rights of the data subject.
    clauses: [rights.md.j2]
  - id: eu_intro
    citation: GDPR Art. 12(1)
    must_say: Concise, transparent information.
    clauses: [intro.md.j2]
  - id: eu_never
    citation: GDPR Art. 99
    must_say: Only when selling.
    applies_when: {question: sells_data, equals: true}
    clauses: [who.md.j2]
"""

CA_REQUIREMENTS = """
law: CCPA
requirements:
  - id: ca_rights
    citation: Cal. Civ. Code § 1798.130
    must_say: A description of the consumer's rights.
    clauses: [california/rights.md.j2]
"""

CLAUSES = {
    "common/who.md.j2": (
        "We are {{ controller_name }}. Write to {{ contact_email }}.\n"
        "{% if sells_data %}We sell data.{% endif %}\n"
    ),
    "common/selling.md.j2": "{% if sells_data %}We sell data.{% endif %}\n",
    "eu/intro.md.j2": "This part is for people in the EU.\n",
    "eu/rights.md.j2": "You may ask {{ controller_name }} for a copy.\n",
    "eu/requirements.yaml": EU_REQUIREMENTS,
    "california/intro.md.j2": "This part is for Californians.\n",
    "california/rights.md.j2": "You may opt out.\n",
    "california/requirements.yaml": CA_REQUIREMENTS,
}


def make_library(root: Path, clauses: dict[str, str] = CLAUSES) -> Path:
    """Write a small clause library with requirements under ``root``."""
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


def acme(*jurisdictions: str) -> NoticeProject:
    answers = {
        "controller_name": "Acme Ltd",
        "contact_email": "privacy@acme.example",
        "last_updated": "2024-05-01",
    }
    return NoticeProject(answers=answers, jurisdictions=list(jurisdictions))


def test_note_names_clause_library_answers_and_requirements(library: ClauseLibrary) -> None:
    project = acme("eu", "california")
    notes = review_notes(project, library, compose(project, library))
    assert set(notes) == {"who", "eu", "eu_rights", "california", "ca_rights"}
    version = library_version(library)
    assert notes["who"].splitlines() == [
        "Written from your answers:",
        "- “Name” (About, question 1): Acme Ltd",
        "- “Email” (About, question 2): privacy@acme.example",
        "Meets GDPR Art. 13(1)(a): The identity and contact details of the controller.",
        "Not answered yet: “Sell” (About, question 3)",
        f"Wording: common/who.md.j2, built in (library {version})",
    ]
    assert "_" not in notes["who"].replace("who.md.j2", "")  # no question ids, no codes
    assert "…" not in "".join(notes.values())
    assert "Art. 99" not in notes["who"]  # does not apply: nothing is sold
    assert "GDPR Art. 13(2)(b)" in notes["eu_rights"]
    assert "1798" not in notes["eu_rights"]
    assert "Cal. Civ. Code § 1798.130" in notes["ca_rights"]
    assert "GDPR" not in notes["ca_rights"]
    # A bare "intro.md.j2" in the EU's requirements is the EU's intro, not California's.
    assert "GDPR Art. 12(1)" in notes["eu"]
    assert "GDPR" not in notes["california"]
    assert "No requirement of the chosen laws names this section." in notes["california"]


def test_requirements_only_for_chosen_laws(library: ClauseLibrary) -> None:
    project = acme("eu")
    found = section_requirements(library, project, compose(project, library))
    assert {sid: [r.id for r in reqs] for sid, reqs in found.items()} == {
        "who": ["eu_identity"],
        "eu": ["eu_intro"],
        "eu_rights": ["eu_rights"],
    }
    project.answers["sells_data"] = True
    found = section_requirements(library, project, compose(project, library))
    assert [r.id for r in found["who"]] == ["eu_identity", "eu_never"]


def test_clause_from_the_users_library_says_so(tmp_path: Path) -> None:
    user = tmp_path / "mine"
    (user / "common").mkdir(parents=True)
    (user / "common" / "who.md.j2").write_text("We are {{ controller_name }}.\n", "utf-8")
    library = ClauseLibrary(make_library(tmp_path / "builtin"), user)
    project = acme()
    notes = review_notes(project, library, compose(project, library))
    assert "Wording: common/who.md.j2, from your library" in notes["who"]
    assert "- “Name” (About, question 1): Acme Ltd" in notes["who"]


def test_library_version_follows_the_clause_files(tmp_path: Path) -> None:
    root = make_library(tmp_path / "builtin")
    first = library_version(ClauseLibrary(root))
    assert re.fullmatch(r"\d+\.\d+\.\d+\+[0-9a-f]{8}", first)
    assert library_version(ClauseLibrary(make_library(tmp_path / "copy"))) == first
    (root / "common" / "who.md.j2").write_text("We are someone else.\n", "utf-8")
    assert library_version(ClauseLibrary(root)) != first


def comments_xml(path: Path) -> str:
    """Return word/comments.xml of a .docx."""
    with zipfile.ZipFile(path) as archive:
        return archive.read("word/comments.xml").decode("utf-8")


def test_review_copy_has_one_comment_per_section_on_its_heading(
    library: ClauseLibrary, tmp_path: Path
) -> None:
    project = acme("eu", "california")
    path = tmp_path / "review.docx"
    document = compose(project, library)
    export_review_docx(document, project, library, path)
    word = docx.Document(str(path))
    comments = list(word.comments)
    assert len(comments) == len(document.sections) == 5
    for comment, section in zip(comments, document.sections, strict=True):
        assert section.provenance is not None
        assert f"Wording: {section.provenance.clause}" in comment.text
        assert comment.author == "noticeeditor" and comment.initials == "NE"
    xml = comments_xml(path)
    assert xml.count("<w:comment ") == 5
    assert "common/who.md.j2" in xml and "california/rights.md.j2" in xml
    # Each comment spans the heading of its section.
    headings = [p for p in word.paragraphs if p.style.name.startswith("Heading")]
    for heading, section in zip(headings, document.sections, strict=True):
        assert heading.text == f"{section.number_label} {section.title}"
        assert heading._p.xpath("./w:commentRangeStart") and heading._p.xpath("./w:commentRangeEnd")
    props = word.core_properties
    assert (props.content_status, props.version) == ("Review copy", library_version(library))


def test_review_copy_is_reproducible(library: ClauseLibrary, tmp_path: Path) -> None:
    project = acme("eu")
    when = date(2026, 12, 3)
    for name in ("a.docx", "b.docx"):
        export_review_docx(compose(project, library), project, library, tmp_path / name, None, when)
    assert (tmp_path / "a.docx").read_bytes() == (tmp_path / "b.docx").read_bytes()
    # Dated with the export, not with the notice (2024-05-01).
    assert 'w:date="2026-12-03T00:00:00Z"' in comments_xml(tmp_path / "a.docx")
    first = docx.Document(str(tmp_path / "a.docx")).paragraphs[0].text
    assert (
        first
        == f"Review copy — draft — exported 3 December 2026 — library {library_version(library)}"
    )


def test_review_without_notes_falls_back_to_provenance(
    library: ClauseLibrary, tmp_path: Path
) -> None:
    document = compose(acme(), library)
    export_docx(document, tmp_path / "r.docx", DocxOptions(review=True))
    xml = comments_xml(tmp_path / "r.docx")
    assert "common/who.md.j2 (built-in)" in xml
    assert "contact_email, controller_name, sells_data" in xml


def test_libreoffice_converts_review_copy(library: ClauseLibrary, tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed; CI installs it")
    path = tmp_path / "review.docx"
    project = acme("eu", "california")
    export_review_docx(compose(project, library), project, library, path)
    result = subprocess.run(
        [soffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"), str(path)],
        capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "pdf" / "review.pdf").stat().st_size > 1000


# --- the command line ----------------------------------------------------------------


def cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.skipif(not EXAMPLE.is_file(), reason="example project not written yet")
def test_cli_review_copy(tmp_path: Path) -> None:
    code, out, err = cli("render", str(EXAMPLE), "-o", str(tmp_path / "r.docx"), "--review")
    assert (code, err) == (0, "")
    assert "wrote" in out
    xml = comments_xml(tmp_path / "r.docx")
    assert "common/who_we_are.md.j2" in xml and "Meets GDPR Art. 13(1)(a)" in xml
    assert cli("render", str(EXAMPLE), "-o", str(tmp_path / "c.docx"))[0] == 0
    with zipfile.ZipFile(tmp_path / "c.docx") as archive:
        assert "word/comments.xml" not in archive.namelist()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--review", "-o", "{tmp}/o.html"], "--review needs a .docx output"),
        (["--paper", "a4", "-o", "{tmp}/o.html"], "--paper needs a .docx output"),
        (["--review", "-o", "{tmp}/o.docx", "--compare", "{project}"], "no review comments"),
        (["--reference-doc", "{tmp}/none.docx", "-o", "{tmp}/o.docx"], "reference document not"),
    ],
)
def test_cli_review_errors_are_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    project = tmp_path / "p.notice"
    project.write_text('{"schema_version": 1, "answers": {}, "jurisdictions": []}', "utf-8")
    filled = [a.format(tmp=tmp_path, project=project) for a in args]
    code, _, err = cli("render", str(project), *filled)
    assert code == 2
    assert message in err
    assert err.count("\n") == 1 and err.startswith("noticeeditor: error:")

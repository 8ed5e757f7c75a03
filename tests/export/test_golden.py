"""Golden files: each example project's HTML and DOCX body, diffed against tests/reference.

Refresh after an intended change with::

    NOTICEEDITOR_REFRESH_GOLDEN=1 .venv/bin/python -m pytest tests/export/test_golden.py

then read the diff (``git diff tests/reference``) before committing it.
"""

from __future__ import annotations

import os
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import docx
import pytest

from noticeeditor.core.compose import compose
from noticeeditor.core.document import Heading
from noticeeditor.core.library import ClauseLibrary
from noticeeditor.core.project import NoticeProject
from noticeeditor.core.versions import library_version
from noticeeditor.export.docx import export_docx
from noticeeditor.export.html import to_html
from noticeeditor.export.redline import export_redline
from noticeeditor.export.review import export_review_docx
from noticeeditor.paths import examples_dir, templates_dir

REFERENCE = Path(__file__).resolve().parent.parent / "reference"
REFRESH = os.environ.get("NOTICEEDITOR_REFRESH_GOLDEN") == "1"
# The examples of seed notices and the complete one; the examples of a sector or a
# language have no golden files (tests/core/test_examples.py checks them).
EXAMPLES = [
    p for p in sorted(examples_dir().glob("*.notice")) if "example_of" in NoticeProject.load(p).meta
]


@pytest.fixture(scope="module")
def library() -> ClauseLibrary:
    return ClauseLibrary(templates_dir())


def compare(actual: str, name: str) -> None:
    path = REFERENCE / name
    if REFRESH or not path.exists():
        path.write_text(actual, encoding="utf-8")
        if not REFRESH:
            pytest.fail(f"{name} did not exist; written now, review and commit it")
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, f"{name} differs; see the module docstring to refresh"


def test_there_are_examples() -> None:
    assert len(EXAMPLES) >= 5


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_html_matches_reference(path: Path, library: ClauseLibrary) -> None:
    document = compose(NoticeProject.load(path), library)
    assert document.errors() == []
    compare(to_html(document), f"{path.stem}.html")


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_docx_matches_reference_and_reopens(
    path: Path, library: ClauseLibrary, tmp_path: Path
) -> None:
    document = compose(NoticeProject.load(path), library)
    out = tmp_path / f"{path.stem}.docx"
    export_docx(document, out)
    with zipfile.ZipFile(out) as archive:
        body = archive.read("word/document.xml").decode("utf-8")
    compare(body.replace("><", ">\n<"), f"{path.stem}.document.xml")
    reopened = docx.Document(out)
    headings = [p.text for p in reopened.paragraphs if p.style.name.startswith("Heading")]
    expected = [f"{s.number_label} {s.title}" for s in document.sections]
    expected_inner = [
        "".join(s.text for s in b.spans)
        for section in document.sections
        for b in section.blocks
        if isinstance(b, Heading)
    ]
    assert [h for h in headings if h in expected] == expected
    assert set(expected_inner) <= set(headings)


def _part(path: Path, name: str) -> str:
    """Return one XML part of a .docx, a line per element, to diff."""
    with zipfile.ZipFile(path) as archive:
        return archive.read(name).decode("utf-8").replace("><", ">\n<")


def test_review_copy_matches_reference(library: ClauseLibrary, tmp_path: Path) -> None:
    project = NoticeProject.load(examples_dir() / "relaylink.notice")
    out = tmp_path / "review.docx"
    exported = date(2026, 12, 1)
    export_review_docx(compose(project, library), project, library, out, None, exported)
    # The copy names the clause library's version, which any clause edit changes:
    # keep it out of the reference.
    version = library_version(library)
    body = _part(out, "word/document.xml").replace(version, "VERSION")
    compare(body, "relaylink.review.document.xml")
    comments = _part(out, "word/comments.xml").replace(version, "VERSION")
    compare(comments, "relaylink.review.comments.xml")


def test_redline_matches_reference(library: ClauseLibrary, tmp_path: Path) -> None:
    new = NoticeProject.load(examples_dir() / "talkgroup.notice")
    old = NoticeProject.load(examples_dir() / "talkgroup.notice")
    old.answers["contact_email"] = "hello@talkgroup.example"
    old.answers["purposes"] = [p for p in old.answers.get("purposes", []) if p != "analytics"]
    old.jurisdictions = [j for j in old.jurisdictions if j != "us_states"]
    out = tmp_path / "redline.docx"
    when = datetime(2026, 12, 1, tzinfo=UTC)
    old_doc, new_doc = compose(old, library), compose(new, library)
    export_redline(old_doc, new_doc, out, compared_with="old.notice", date=when)
    compare(_part(out, "word/document.xml"), "talkgroup.redline.document.xml")


@pytest.mark.parametrize("language", ["fr", "de", "es"])
def test_each_language_matches_its_reference(language: str, library: ClauseLibrary) -> None:
    project = NoticeProject.load(examples_dir() / "complete.notice")
    document = compose(project, library.in_language(language))
    assert document.errors() == []
    compare(to_html(document), f"complete.{language}.html")

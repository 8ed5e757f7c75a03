"""Tests for the DOCX exporter: styles, numbering, links, properties, odd text."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.document import Document as WordDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.shared import Cm, Inches
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from noticeeditor.core.document import (
    Block,
    ErrorBlock,
    Heading,
    ListBlock,
    ListItem,
    NoticeDocument,
    Paragraph,
    Section,
    Span,
    Table,
    numbered,
)
from noticeeditor.export.docx import DocxOptions, export_docx

NO_TOC = DocxOptions(table_of_contents=False)
NS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}


def para(*texts: str) -> Paragraph:
    """Make a paragraph of plain spans."""
    return Paragraph(tuple(Span(text) for text in texts))


def items(*texts: str) -> tuple[ListItem, ...]:
    """Make list items of one paragraph each."""
    return tuple(ListItem((para(text),)) for text in texts)


def notice(*blocks: Block, **meta: Any) -> NoticeDocument:
    """Make a one-section notice holding ``blocks``."""
    return NoticeDocument(
        title="Privacy Notice", sections=[Section("s", "Section", blocks)], **meta
    )


def export(tmp_path: Path, doc: NoticeDocument, options: DocxOptions | None = None) -> Path:
    """Export ``doc`` into ``tmp_path`` and return the file's path.

    Without ``options`` there is no table of contents, so body paragraphs come
    right after the title; the contents have tests of their own below.
    """
    path = tmp_path / "notice.docx"
    export_docx(doc, path, options or NO_TOC)
    return path


def reopen(path: Path) -> WordDocument:
    """Open an exported file with python-docx."""
    return docx.Document(str(path))


def styled(word: WordDocument) -> list[tuple[str, str]]:
    """Return (style name, text) of every body paragraph."""
    return [(p.style.name, p.text) for p in word.paragraphs]


def num_id(paragraph: Any) -> int:
    """Return the numId a paragraph sets directly."""
    return int(paragraph._p.pPr.numPr.numId.val)


def start_of(word: WordDocument, num: int) -> int:
    """Return the startOverride of list ``num``."""
    found = word.part.numbering_part.element.num_having_numId(num)
    return int(found.xpath("./w:lvlOverride/w:startOverride/@w:val")[0])


def test_title_headings_and_lists_use_word_styles(tmp_path: Path) -> None:
    doc = NoticeDocument(
        title="Privacy Notice",
        last_updated="2024-05-01",
        last_updated_text="1 May 2024",
        sections=[
            Section("a", "Common", (Heading(2, (Span("Sub"),)), para("Body"))),
            Section(
                "b",
                "California",
                (Heading(2, (Span("Deeper"),)), Heading(12, (Span("Deepest"),))),
                level=2,
            ),
        ],
    )
    assert styled(reopen(export(tmp_path, doc))) == [
        ("Title", "Privacy Notice"),
        ("Subtitle", "Last updated: 1 May 2024"),
        ("Heading 1", "Common"),
        ("Heading 2", "Sub"),
        ("Normal", "Body"),
        ("Heading 2", "California"),
        ("Heading 3", "Deeper"),
        ("Heading 9", "Deepest"),
    ]


def test_nested_lists_use_level_two_styles(tmp_path: Path) -> None:
    inner_numbers = ListBlock(True, items("a", "b"))
    inner_bullets = ListBlock(False, items("x"))
    outer = ListBlock(
        False,
        (
            ListItem((para("one"), inner_numbers, para("more of one"))),
            ListItem((para("two"), inner_bullets)),
        ),
    )
    assert styled(reopen(export(tmp_path, notice(outer))))[2:] == [
        ("List Bullet", "one"),
        ("List Number 2", "a"),
        ("List Number 2", "b"),
        ("List Continue", "more of one"),
        ("List Bullet", "two"),
        ("List Bullet 2", "x"),
    ]


def test_each_numbered_list_restarts(tmp_path: Path) -> None:
    doc = notice(
        ListBlock(True, items("1", "2")),
        para("between"),
        ListBlock(True, items("again")),
        ListBlock(True, items("five"), start=5),
    )
    word = reopen(export(tmp_path, doc))
    numbered = [p for p in word.paragraphs if p.style.name == "List Number"]
    first, second, again, five = (num_id(p) for p in numbered)
    assert first == second
    assert len({first, again, five}) == 3
    assert [start_of(word, n) for n in (first, again, five)] == [1, 1, 5]
    abstract = {
        word.part.numbering_part.element.num_having_numId(n).abstractNumId.val
        for n in (first, again, five)
    }
    assert len(abstract) == 1  # the same List Number definition, restarted


def test_table_has_style_and_repeated_bold_header(tmp_path: Path) -> None:
    table = Table(
        header=((Span("Category"),), (Span("Purpose"),)),
        rows=(((Span("Contact"),), (Span("Replies"),)),),
    )
    word = reopen(export(tmp_path, notice(table)))
    (out,) = word.tables
    assert out.style.name == "Table Grid"
    assert [c.text for c in out.rows[0].cells] == ["Category", "Purpose"]
    assert [c.text for c in out.rows[1].cells] == ["Contact", "Replies"]
    assert all(r.bold for c in out.rows[0].cells for r in c.paragraphs[0].runs)
    assert out.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None


def test_links_only_for_web_and_mail(tmp_path: Path) -> None:
    spans = (
        Span("site", href="https://example.com/privacy"),
        Span(" more", bold=True, href="https://example.com/privacy"),
        Span(" mail", href="mailto:dpo@example.com"),
        Span(" bad", href="javascript:alert(1)"),
        Span(" odd", href="http://[broken"),
    )
    word = reopen(export(tmp_path, notice(Paragraph(spans))))
    links = word.element.body.findall(f".//{qn('w:hyperlink')}")
    targets = [word.part.rels[link.get(qn("r:id"))].target_ref for link in links]
    assert targets == ["https://example.com/privacy", "mailto:dpo@example.com"]
    assert len(links[0].findall(qn("w:r"))) == 2  # one link for both spans
    assert links[0].find(f".//{qn('w:rStyle')}").get(qn("w:val")) == "Hyperlink"
    assert "javascript" not in str([r.target_ref for r in word.part.rels.values()])
    assert word.paragraphs[2].text == "site more mail bad odd"


def test_inline_formatting_and_line_breaks(tmp_path: Path) -> None:
    spans = (
        Span("b", bold=True),
        Span("i", italic=True),
        Span("\n"),
        Span("code", code=True),
        Span("tab\there"),
    )
    word = reopen(export(tmp_path, notice(Paragraph(spans))))
    runs = word.paragraphs[2].runs
    assert runs[0].bold and runs[1].italic
    assert runs[2]._r.find(qn("w:br")) is not None
    assert runs[3].style.name == "HTML Code"
    assert word.paragraphs[2].text == "bi\ncodetab\there"


def test_core_properties(tmp_path: Path) -> None:
    doc = notice(
        para("x"),
        author="Acme Ltd",
        subject="How Acme uses data",
        language="fr",
        last_updated="2024-05-01",
    )
    props = reopen(export(tmp_path, doc)).core_properties
    assert (props.title, props.author, props.subject) == (
        "Privacy Notice",
        "Acme Ltd",
        "How Acme uses data",
    )
    assert (props.language, props.keywords, props.comments) == ("fr", "privacy notice", "")
    assert props.created == props.modified == datetime(2024, 5, 1, tzinfo=UTC)


def test_output_is_reproducible(tmp_path: Path) -> None:
    doc = notice(para("same"), ListBlock(True, items("a")), last_updated="2024-05-01")
    first = export(tmp_path, doc).read_bytes()
    assert export(tmp_path, doc).read_bytes() == first
    with zipfile.ZipFile(tmp_path / "notice.docx") as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def footer_text(footer: Any) -> str:
    """Return a footer's text, field results included (python-docx skips them)."""
    return "".join(footer._element.xpath(".//w:t/text()"))


def test_footer_numbers_pages(tmp_path: Path) -> None:
    word = reopen(export(tmp_path, notice(para("x"))))
    footer = word.sections[0].footer
    fields = footer._element.xpath(".//w:fldSimple/@w:instr")
    assert [f.strip() for f in fields] == ["PAGE", "NUMPAGES"]
    assert footer_text(footer) == "Page 1 of 1"
    assert footer.paragraphs[0].alignment == 1  # centred


def test_footer_label_can_be_translated(tmp_path: Path) -> None:
    options = DocxOptions(page_label="Page {page} sur {pages}", table_of_contents=False)
    word = reopen(export(tmp_path, notice(para("x")), options))
    assert footer_text(word.sections[0].footer) == "Page 1 sur 1"


def test_error_block_is_red_and_bold(tmp_path: Path) -> None:
    error = ErrorBlock("'foo' is undefined", "eu/rights.md.j2", 12)
    word = reopen(export(tmp_path, notice(error)))
    (run,) = word.paragraphs[2].runs
    assert run.text == "eu/rights.md.j2:12: 'foo' is undefined"
    assert run.bold
    assert str(run.font.color.rgb) == "FF0000"


def test_odd_characters_export(tmp_path: Path) -> None:
    text = "a\x00\x0b\ufffe\ud800b 😀 مرحبا שלום\r\nc"
    doc = NoticeDocument(
        title="T\x01itle",
        author="A\x02",
        sections=[Section("s", "S\x1f", (para(text),))],
    )
    word = reopen(export(tmp_path, doc))
    assert [p.text for p in word.paragraphs] == ["Title", "S", "ab 😀 مرحبا שלום\nc"]
    assert word.core_properties.author == "A"


def make_reference(path: Path, *, bare: bool = False) -> Path:
    """Save a reference with A4 pages, a wide margin, a house style and sample text.

    ``bare`` strips it down like a document Word saves: only Normal and friends
    among the styles, and no numbering part.
    """
    ref = docx.Document()
    if bare:
        keep = {"Normal", "Default Paragraph Font", "Normal Table", "No List"}
        for style in list(ref.styles.element.style_lst):
            if style.name_val not in keep:
                ref.styles.element.remove(style)
        for r_id, rel in list(ref.part.rels.items()):
            if rel.reltype == RT.NUMBERING:
                ref.part.rels.pop(r_id)
    ref.styles.add_style("House Body", 1)
    section = ref.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = Inches(2)
    ref.add_paragraph("SAMPLE TEXT FROM THE TEMPLATE")
    ref.save(str(path))
    return path


def test_reference_docx_keeps_page_setup_and_styles(tmp_path: Path) -> None:
    options = DocxOptions(
        reference_docx=make_reference(tmp_path / "ref.docx"), table_of_contents=False
    )
    word = reopen(export(tmp_path, notice(para("body")), options))
    section, ref_section = word.sections[0], reopen(options.reference_docx).sections[0]
    assert (section.page_width, section.page_height) == (
        ref_section.page_width,
        ref_section.page_height,
    )
    assert section.page_width != docx.Document().sections[0].page_width  # A4, not Letter
    assert section.left_margin == Inches(2)
    assert "House Body" in word.styles
    assert [p.text for p in word.paragraphs] == ["Privacy Notice", "Section", "body"]


def test_bare_reference_gets_missing_styles_and_numbering(tmp_path: Path) -> None:
    ref = make_reference(tmp_path / "ref.docx", bare=True)
    doc = notice(
        ListBlock(True, items("a", "b")),
        ListBlock(True, items("c")),
        ListBlock(False, items("d")),
        Paragraph((Span("link", href="https://example.com", code=True),)),
        Table(header=((Span("H"),),), rows=()),
    )
    word = reopen(export(tmp_path, doc, DocxOptions(reference_docx=ref, table_of_contents=False)))
    assert [name for name, _ in styled(word)] == [
        "Title",
        "Heading 1",
        "List Number",
        "List Number",
        "List Number",
        "List Bullet",
        "Normal",
    ]
    assert word.tables[0].style.name == "Table Grid"
    first, _, again = (num_id(p) for p in word.paragraphs[2:5])
    assert first != again
    assert word.styles["List Bullet"].element.pPr.numPr is not None
    assert word.sections[0].left_margin == Inches(2)


def test_reference_footer_wins(tmp_path: Path) -> None:
    ref = docx.Document()
    ref.sections[0].footer.paragraphs[0].text = "Acme Legal - confidential"
    ref.save(str(tmp_path / "ref.docx"))
    options = DocxOptions(reference_docx=tmp_path / "ref.docx", table_of_contents=False)
    word = reopen(export(tmp_path, notice(para("x")), options))
    assert word.sections[0].footer.paragraphs[0].text == "Acme Legal - confidential"


ODD = st.sampled_from(["\x00", "\x0b", "\ud800", "\ufffe", "\uffff", "\n", "\r", "\t", "😀"])
SPAN = st.builds(
    Span,
    text=st.lists(st.one_of(st.characters(), ODD), max_size=12).map("".join),
    bold=st.booleans(),
    italic=st.booleans(),
    code=st.booleans(),
    href=st.sampled_from([None, "https://e.com", "mailto:a@e.com", "javascript:x", "\x00"]),
)


@settings(
    max_examples=30,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(spans=st.lists(SPAN, max_size=5), title=st.text(max_size=10))
def test_any_span_text_exports(tmp_path: Path, spans: list[Span], title: str) -> None:
    doc = NoticeDocument(
        title=title,
        author=title,
        sections=[Section("s", title, (Paragraph(tuple(spans)), Heading(2, tuple(spans))))],
    )
    word = reopen(export(tmp_path, doc))
    assert len(word.paragraphs) >= 2


@pytest.mark.parametrize("when", ["", "not a date", "2024-05-01T12:30:00+02:00"])
def test_dates_never_break_export(tmp_path: Path, when: str) -> None:
    word = reopen(export(tmp_path, notice(para("x"), last_updated=when)))
    if when.startswith("2024"):
        assert word.core_properties.modified == datetime(2024, 5, 1, 10, 30, tzinfo=UTC)


# --- numbered headings, contents, paper, properties ----------------------------------

HEADINGS = NoticeDocument(
    title="Privacy Notice",
    author="Acme Ltd",
    last_updated="2024-05-01",
    last_updated_text="1 May 2024",
    sections=numbered(
        [
            Section("a", "Who we are", (Heading(2, (Span("Contact"),)), para("Body"))),
            Section(
                "b",
                "What we collect",
                (Heading(2, (Span("Sources"),)), Heading(3, (Span("Deep"),))),
            ),
            Section("eu", "In the EU", (para("Intro"),), jurisdiction="eu"),
            Section("eu_rights", "Your rights", (Heading(2, (Span("Too deep"),)),), level=2),
        ]
    ),
)


def xml_of(path: Path, part: str) -> str:
    """Return one part of a .docx as text."""
    with zipfile.ZipFile(path) as archive:
        return archive.read(part).decode("utf-8")


def style_num_pr(word: WordDocument, name: str) -> tuple[int | None, int | None]:
    """Return (numId, ilvl) a style sets, None where it sets none."""
    p_pr = word.styles[name].element.pPr
    num_pr = p_pr.numPr if p_pr is not None else None
    if num_pr is None:
        return None, None
    ilvl = num_pr.ilvl.val if num_pr.ilvl is not None else None
    return num_pr.numId.val, ilvl


def test_section_headings_carry_the_notice_numbers(tmp_path: Path) -> None:
    word = reopen(export(tmp_path, HEADINGS))
    headings = [(p.style.name, p.text) for p in word.paragraphs if p.style.name.startswith("Head")]
    assert headings == [
        ("Heading 1", "1. Who we are"),
        ("Heading 2", "Contact"),  # a heading inside a clause has no number
        ("Heading 1", "2. What we collect"),
        ("Heading 2", "Sources"),
        ("Heading 3", "Deep"),
        ("Heading 1", "3. In the EU"),
        ("Heading 2", "3.1 Your rights"),
        ("Heading 3", "Too deep"),
    ]
    # The numbers are the notice's, as text: no Word list renumbers them on its own.
    assert style_num_pr(word, "Heading 1") == (None, None)
    assert style_num_pr(word, "Heading 2") == (None, None)


def test_heading_numbers_can_be_turned_off(tmp_path: Path) -> None:
    options = DocxOptions(numbered_headings=False, table_of_contents=False)
    word = reopen(export(tmp_path, HEADINGS, options))
    titles = [p.text for p in word.paragraphs if p.style.name in ("Heading 1", "Heading 2")]
    assert titles[:3] == ["Who we are", "Contact", "What we collect"]


def test_reference_that_numbers_its_headings_keeps_its_numbering(tmp_path: Path) -> None:
    ref = docx.Document()
    num_pr = ref.styles["Heading 1"].element.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_numId().val = 1
    ref.save(str(tmp_path / "ref.docx"))
    options = DocxOptions(reference_docx=tmp_path / "ref.docx", table_of_contents=False)
    word = reopen(export(tmp_path, HEADINGS, options))
    assert style_num_pr(word, "Heading 1") == (1, None)
    assert style_num_pr(word, "Heading 2") == (None, None)
    assert "Notice headings" not in xml_of(tmp_path / "notice.docx", "word/numbering.xml")


def test_contents_is_a_toc_field_filled_in_with_the_numbered_headings(tmp_path: Path) -> None:
    path = export(tmp_path, HEADINGS, DocxOptions())
    word = reopen(path)
    body = word.element.body
    instructions = body.xpath(".//w:instrText/text()")
    assert instructions == [' TOC \\o "1-3" \\h \\z \\u ']
    kinds = body.xpath(".//w:fldChar/@w:fldCharType")
    assert kinds == ["begin", "separate", "end"]
    assert styled(word)[2:11] == [
        ("TOC Heading", "Contents"),
        ("toc 1", "1.\tWho we are"),
        ("toc 2", "Contact"),
        ("toc 1", "2.\tWhat we collect"),
        ("toc 2", "Sources"),
        ("toc 3", "Deep"),  # level 3: in the contents, without a number
        ("toc 1", "3.\tIn the EU"),
        ("toc 2", "3.1\tYour rights"),
        ("toc 3", "Too deep"),
    ]
    assert styled(word)[11] == ("Heading 1", "1. Who we are")
    # Each entry links to a bookmark around its heading.
    anchors = body.xpath(".//w:hyperlink/@w:anchor")
    marks = body.xpath(".//w:bookmarkStart/@w:name")
    assert anchors == marks and len(anchors) == 8
    assert all(name.startswith("_Toc") for name in marks)
    assert '<w:updateFields w:val="true"/>' in xml_of(path, "word/settings.xml")


def test_no_contents_when_turned_off_or_without_headings(tmp_path: Path) -> None:
    path = export(tmp_path, HEADINGS, NO_TOC)
    assert "TOC" not in xml_of(path, "word/document.xml")
    assert "updateFields" not in xml_of(path, "word/settings.xml")
    bare = NoticeDocument(title="T", sections=[Section("s", "", (para("x"),))])
    path = export(tmp_path, bare, DocxOptions())
    assert "instrText" not in xml_of(path, "word/document.xml")


@pytest.mark.parametrize(("paper", "size"), [("letter", (12240, 15840)), ("a4", (11906, 16838))])
def test_paper_size_and_contents_tab_at_the_right_margin(
    tmp_path: Path, paper: str, size: tuple[int, int]
) -> None:
    word = reopen(export(tmp_path, HEADINGS, DocxOptions(paper=paper)))
    section = word.sections[0]
    assert (section.page_width.twips, section.page_height.twips) == size
    assert section.left_margin == section.right_margin == Inches(1)
    stops = word.styles["toc 1"].paragraph_format.tab_stops
    right = [s.position.twips for s in stops if s.alignment == 2]  # RIGHT
    assert right == [size[0] - 2 * 1440]


def test_unknown_paper_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="a4"):
        export(tmp_path, HEADINGS, DocxOptions(paper="legal"))


def test_document_properties_are_filled_in(tmp_path: Path) -> None:
    options = DocxOptions(library_version="0.1.0+abc", status="Review copy")
    path = export(tmp_path, HEADINGS, options)
    props = reopen(path).core_properties
    assert (props.title, props.author, props.category) == (
        "Privacy Notice",
        "Acme Ltd",
        "Privacy notice",
    )
    assert (props.version, props.content_status, props.last_modified_by) == (
        "0.1.0+abc",
        "Review copy",
        "noticeeditor",
    )
    app = xml_of(path, "docProps/app.xml")
    assert "<Company>Acme Ltd</Company>" in app
    assert "<Application>noticeeditor " in app


def test_clean_copy_has_no_comments(tmp_path: Path) -> None:
    path = export(tmp_path, HEADINGS, DocxOptions())
    with zipfile.ZipFile(path) as archive:
        assert "word/comments.xml" not in archive.namelist()
    assert "commentReference" not in xml_of(path, "word/document.xml")


# --- the built-in reference document -------------------------------------------------

ROOT = Path(__file__).resolve().parents[2]


def test_builtin_reference_is_up_to_date_and_tidy(tmp_path: Path) -> None:
    fresh = tmp_path / "ref.docx"
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "make_reference_docx.py"), "-o", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert fresh.read_bytes() == (ROOT / "resources" / "reference.docx").read_bytes(), (
        "resources/reference.docx is stale: run tools/make_reference_docx.py"
    )
    ref = reopen(fresh)
    names = {style.name for style in ref.styles}
    assert {"toc 1", "toc 2", "toc 3", "TOC Heading", "annotation text", "Hyperlink"} <= names
    assert not any(
        name.startswith(("Light Shading", "Medium", "Dark", "Colorful")) for name in names
    )
    assert ref.styles["Title"].element.pPr.find(qn("w:pBdr")) is None
    assert (ref.sections[0].page_width.twips, ref.sections[0].left_margin) == (12240, Inches(1))
    assert "Microsoft" not in xml_of(fresh, "docProps/app.xml")


def test_reference_can_be_made_for_a4(tmp_path: Path) -> None:
    out = tmp_path / "a4.docx"
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "tools" / "make_reference_docx.py"),
            "--paper",
            "a4",
            "-o",
            str(out),
        ],
        check=True,
        capture_output=True,
    )
    options = DocxOptions(reference_docx=out)
    section = reopen(export(tmp_path, HEADINGS, options)).sections[0]
    assert section.page_width.twips == 11906


# --- LibreOffice ---------------------------------------------------------------------


def to_pdf(path: Path, tmp_path: Path) -> str:
    """Convert ``path`` to PDF with LibreOffice and return the PDF's text."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed; CI installs it")
    outdir = tmp_path / "pdf"
    profile = (tmp_path / "lo-profile").as_uri()
    result = subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(outdir), str(path)],
        capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    pdf = outdir / f"{path.stem}.pdf"
    assert result.returncode == 0 and pdf.is_file(), result.stderr
    if shutil.which("pdftotext") is None:
        return ""
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True)
    return text.stdout


def test_libreoffice_shows_numbered_headings_and_contents(tmp_path: Path) -> None:
    text = to_pdf(export(tmp_path, HEADINGS, DocxOptions()), tmp_path)
    if not text:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    contents = lines.index("Contents")
    assert lines[contents + 1 : contents + 4] == [
        "1. Who we are",
        "Contact",
        "2. What we collect",
    ]
    assert lines.count("1. Who we are") == 2  # the entry and the heading itself
    assert "3.1 Your rights" in lines[contents + 7 :]


# --- tables and settings that Word users notice ----------------------------------------


def word_part(path: Path, name: str) -> Any:
    """Return a part of the saved package, parsed."""
    with zipfile.ZipFile(path) as package:
        return etree.fromstring(package.read(name))


def test_table_columns_fit_their_content_and_rows_keep_whole(tmp_path: Path) -> None:
    long_text = "Names, e-mail addresses, postal addresses and telephone numbers of customers"
    table = Table(
        header=((Span("No."),), (Span("Category"),), (Span("Examples"),)),
        rows=tuple(((Span(str(n)),), (Span("Identifiers"),), (Span(long_text),)) for n in range(3)),
    )
    word = reopen(export(tmp_path, notice(table, para("After the table."))))
    (out,) = word.tables
    widths = [cell.width for cell in out.rows[0].cells]
    assert widths[0] < widths[1] < widths[2]  # the number column is narrowest
    section = word.sections[0]
    assert sum(widths) == pytest.approx(
        section.page_width - section.left_margin - section.right_margin, rel=0.01
    )
    for index, row in enumerate(out.rows):
        tr_pr = row._tr.trPr
        assert tr_pr.find(qn("w:cantSplit")) is not None
        assert (tr_pr.find(qn("w:tblHeader")) is not None) == (index == 0)
    header_fill = out.rows[0].cells[0]._tc.tcPr.find(qn("w:shd")).get(qn("w:fill"))
    assert header_fill not in (None, "auto", "FFFFFF")
    assert out.rows[1].cells[0]._tc.tcPr.find(qn("w:shd")) is None
    margins = out._tbl.tblPr.find(qn("w:tblCellMar"))
    assert int(margins.find(qn("w:top")).get(qn("w:w"))) > 0
    after = next(p for p in word.paragraphs if p.text == "After the table.")
    assert after.paragraph_format.space_before > 0


def test_word_opens_it_as_a_current_document_with_spelling_unchecked(tmp_path: Path) -> None:
    path = export(tmp_path, notice(para("Hello.")))
    settings = word_part(path, "word/settings.xml")
    assert settings.find(qn("w:proofState")) is None
    modes = settings.xpath(
        "./w:compat/w:compatSetting[@w:name='compatibilityMode']/@w:val", namespaces=NS
    )
    assert modes == ["15"]
    assert settings.find(qn("w:updateFields")) is None  # no contents, no question on open


def test_contents_make_word_offer_to_update_fields(tmp_path: Path) -> None:
    path = export(tmp_path, notice(para("Hello.")), DocxOptions())
    assert word_part(path, "word/settings.xml").find(qn("w:updateFields")) is not None


def proofing_language(path: Path) -> str:
    styles = word_part(path, "word/styles.xml")
    found = styles.xpath("./w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val", namespaces=NS)
    (language,) = found
    return str(language)


@pytest.mark.parametrize(
    ("jurisdictions", "language", "expected"),
    [
        ((), "en", "en-GB"),
        (("uk",), "en", "en-GB"),
        (("eu", "california"), "en", "en-GB"),
        (("california",), "en", "en-US"),
        (("california", "us_states"), "en", "en-US"),
        (("canada",), "en", "en-CA"),
        (("canada",), "fr", "fr-CA"),
        (("uk",), "en-IE", "en-IE"),
    ],
)
def test_proofing_language_follows_the_notice(
    tmp_path: Path, jurisdictions: tuple[str, ...], language: str, expected: str
) -> None:
    sections = [Section("s", "Section", (para("Hello."),))]
    sections += [Section(j, j, (para("Local."),), jurisdiction=j, level=2) for j in jurisdictions]
    doc = NoticeDocument(title="Privacy Notice", sections=sections, language=language)
    assert proofing_language(export(tmp_path, doc)) == expected

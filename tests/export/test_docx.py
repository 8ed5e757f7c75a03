"""Tests for the DOCX exporter: styles, numbering, links, properties, odd text."""

from __future__ import annotations

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
)
from noticeeditor.export.docx import DocxOptions, export_docx


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
    """Export ``doc`` into ``tmp_path`` and return the file's path."""
    path = tmp_path / "notice.docx"
    export_docx(doc, path, options)
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
    options = DocxOptions(page_label="Page {page} sur {pages}")
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
    options = DocxOptions(reference_docx=make_reference(tmp_path / "ref.docx"))
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
    word = reopen(export(tmp_path, doc, DocxOptions(reference_docx=ref)))
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
    options = DocxOptions(reference_docx=tmp_path / "ref.docx")
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

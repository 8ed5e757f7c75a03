"""Rendered Markdown → document blocks, parsed by markdown-it-py.

A clause's Markdown becomes headings, paragraphs, lists and tables that carry the
clause's provenance. A changed answer changes a paragraph or two of a clause, so
the parse is kept by piece: the block tokens of each chunk of text between blank
lines, and the spans of each block's inline text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterator, Mapping, Sequence
from dataclasses import replace
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from noticeeditor.core.document import (
    Block,
    Heading,
    ListBlock,
    ListItem,
    Paragraph,
    Provenance,
    Span,
    Table,
)
from noticeeditor.core.filters import safe_href
from noticeeditor.core.questionnaire import is_empty

_OPTIONS: Any = {"html": False, "linkify": False, "typographer": False}
_MD = MarkdownIt("commonmark", _OPTIONS).enable("table")
# Block structure only: the text inside each block is parsed by ``_spans``, once per
# distinct text, since a changed answer leaves most of a clause's paragraphs as they were.
_MD_BLOCKS = MarkdownIt("commonmark", _OPTIONS).enable("table").disable("inline")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_EMAIL_SPLIT = re.compile(f"({_EMAIL.pattern})")  # the addresses kept by re.split
_SPANS: dict[str, tuple[Span, ...]] = {}
_SPANS_MAX = 5_000
# Words (letters and digits) between single spaces or commas: no inline rule applies,
# so the parser would return the text as it stands.
_PLAIN = re.compile(r"[^\W_]+(?:,? [^\W_]+)*")
# Blank lines before a line that can only start a new block: no indent (code, list
# continuation) and no list marker (an item of the list above). Text split there
# parses to the tokens of the whole, one chunk at a time.
_CHUNK_BREAK = re.compile(r"\n(?:[ \t]*\n)+(?=[^\s*+\-0-9])")
# What makes a split unsafe anywhere: fenced code (blank lines inside), link
# reference definitions (used across blocks) and carriage returns.
_NO_CHUNKS = ("```", "~~~", "]:", "\r")
_CHUNKS: dict[str, _Chunk] = {}
_CHUNKS_MAX = 1_000  # a notice has a few hundred; each keeps its tokens and blocks


class _Chunk:
    """One chunk of Markdown: its block tokens, parsed once, and the blocks read from them.

    A changed answer changes a paragraph or two of a clause: the rest of its chunks,
    a table of thousands of rows among them, are parsed and read already. Tokens and
    blocks are only read, never changed.
    """

    def __init__(self, text: str) -> None:
        self.tokens = _MD_BLOCKS.parse(text, {})
        levels = [int(t.tag[1]) for t in self.tokens if t.type == "heading_open"]
        self.top = min(levels, default=None)
        self._read: dict[tuple[Provenance | None, int], tuple[Block, ...]] = {}

    def blocks(self, provenance: Provenance | None, shift: int) -> tuple[Block, ...]:
        """Return the chunk's blocks for a clause's provenance and heading shift."""
        key = (provenance, shift)
        found = self._read.get(key)
        if found is None:
            if len(self._read) >= 8:  # the same text in many clauses: keep a few
                self._read.clear()
            reader = _Reader(self.tokens, provenance, shift, {})
            found = self._read[key] = tuple(reader.blocks(len(self.tokens)))
        return found


def parse_markdown(markdown: str, provenance: Provenance | None, level: int = 1) -> list[Block]:
    """Parse rendered Markdown into blocks; clause headings sit below the section's."""
    if any(mark in markdown for mark in _NO_CHUNKS):
        env: dict[str, Any] = {}
        tokens = _MD_BLOCKS.parse(markdown, env)
        top = min((int(t.tag[1]) for t in tokens if t.type == "heading_open"), default=1)
        return _Reader(tokens, provenance, level + 1 - top, env).blocks(len(tokens))
    chunks = [_chunk(text) for text in _CHUNK_BREAK.split(markdown)]
    top = min((c.top for c in chunks if c.top is not None), default=1)
    return [block for c in chunks for block in c.blocks(provenance, level + 1 - top)]


def _chunk(text: str) -> _Chunk:
    """Return the chunk of Markdown ``text``, parsed once."""
    found = _CHUNKS.get(text)
    if found is None:
        if len(_CHUNKS) >= _CHUNKS_MAX:
            _CHUNKS.clear()
        found = _CHUNKS[text] = _Chunk(text)
    return found


def _spans(text: str, env: dict[str, Any]) -> tuple[Span, ...]:
    """Return the spans of one block's inline Markdown, parsed once per distinct text."""
    if _PLAIN.fullmatch(text):  # a table of thousands of rows is mostly such cells
        return (Span(text),)
    if env.get("references"):  # reference links depend on definitions elsewhere
        return _parse_spans(text, env)
    spans = _SPANS.get(text)
    if spans is None:
        if len(_SPANS) >= _SPANS_MAX:
            _SPANS.clear()
        spans = _SPANS[text] = _parse_spans(text, env)
    return spans


def _parse_spans(text: str, env: dict[str, Any]) -> tuple[Span, ...]:
    """Parse one block's inline Markdown as the full parser would, into spans.

    The text is a block token's, normalized already; the one core rule after the
    inline parse joins escaped characters to their text, as ``inline_spans`` does.
    """
    children: list[Token] = []
    _MD.inline.parse(text, _MD, env, children)
    return tuple(inline_spans(children))


class _Reader:
    """Walks markdown-it's flat token stream, building nested blocks."""

    def __init__(
        self,
        tokens: Sequence[Token],
        provenance: Provenance | None,
        shift: int,
        env: dict[str, Any],
    ) -> None:
        self.tokens, self.provenance, self.shift, self.pos = tokens, provenance, shift, 0
        self.env = env

    def blocks(self, end: int, closing: str | None = None) -> list[Block]:
        out: list[Block] = []
        while self.pos < end:
            token = self.tokens[self.pos]
            if closing and token.type == closing:
                self.pos += 1
                break
            block = self._block(token)
            if block is not None:
                out.append(block)
        return out

    def _block(self, token: Token) -> Block | None:
        kind = token.type
        self.pos += 1
        if kind == "heading_open":
            spans = self._inline()
            self.pos += 1  # heading_close
            level = max(2, int(token.tag[1]) + self.shift)
            return Heading(level, spans, self.provenance) if spans else None
        if kind == "paragraph_open":
            spans = self._inline()
            self.pos += 1  # paragraph_close
            return Paragraph(spans, self.provenance) if _has_text(spans) else None
        if kind in ("bullet_list_open", "ordered_list_open"):
            return self._list(token)
        if kind == "table_open":
            return self._table()
        if kind in ("fence", "code_block"):
            return Paragraph((Span(token.content.rstrip("\n"), code=True),), self.provenance)
        return None  # hr, closing tokens of skipped blocks

    def _inline(self) -> tuple[Span, ...]:
        token = self.tokens[self.pos]
        self.pos += 1
        return _spans(token.content, self.env)

    def _list(self, token: Token) -> ListBlock | None:
        ordered = token.type == "ordered_list_open"
        closing = "ordered_list_close" if ordered else "bullet_list_close"
        items: list[ListItem] = []
        while self.tokens[self.pos].type != closing:
            self.pos += 1  # list_item_open
            children = self.blocks(len(self.tokens), "list_item_close")
            if children:
                items.append(ListItem(tuple(children)))
        self.pos += 1
        start = int(token.attrGet("start") or 1) if ordered else 1
        return ListBlock(ordered, tuple(items), self.provenance, start) if items else None

    def _table(self) -> Table | None:
        rows: list[tuple[tuple[Span, ...], ...]] = []
        cells: list[tuple[Span, ...]] = []
        while self.tokens[self.pos].type != "table_close":
            token = self.tokens[self.pos]
            if token.type == "inline":
                cells.append(_spans(token.content, self.env))
            elif token.type == "tr_close":
                rows.append(tuple(cells))
                cells = []
            self.pos += 1
        self.pos += 1
        body = tuple(row for row in rows[1:] if any(_has_text(c) for c in row))
        return Table(rows[0], body, self.provenance) if rows and body else None


def inline_spans(children: Sequence[Token]) -> list[Span]:
    """Turn markdown-it inline tokens into spans, merging adjacent plain text.

    An escaped character (``text_special``) is plain text, as markdown-it's
    ``text_join`` rule makes it.
    """
    spans: list[Span] = []
    bold = italic = opened = 0
    href: str | None = None
    for tok in children:
        kind = tok.type
        if kind in ("text", "text_special", "code_inline") or kind.endswith("break"):
            text = "\n" if kind == "hardbreak" else " " if kind == "softbreak" else tok.content
            if not text:
                continue
            span = Span(text, bold > 0, italic > 0, kind == "code_inline", href)
            _append(spans, span)
        elif kind in ("strong_open", "strong_close"):
            bold += 1 if kind.endswith("open") else -1
        elif kind in ("em_open", "em_close"):
            italic += 1 if kind.endswith("open") else -1
        elif kind == "link_open":
            href = safe_href(str(tok.attrGet("href") or ""))
            opened = len(spans)
        elif kind == "link_close":
            if href and href.startswith("#") and len(spans) == opened:
                # "[](#rights)": a cross-reference, its words filled in by the assembler.
                spans.append(Span("", bold > 0, italic > 0, False, href))
            href = None
    return _email_links(spans) if any("@" in span.text for span in spans) else spans


def _email_links(spans: list[Span]) -> list[Span]:
    """Make each e-mail address in plain text a link, as ``mailto`` would have.

    An address typed in an answer reaches the Markdown escaped ("a\\.b@c\\.d"), so it is
    found in the merged text, not in the parser's tokens.
    """
    out: list[Span] = []
    for span in spans:
        if span.href is not None or span.code or "@" not in span.text:
            out.append(span)
            continue
        for part in _EMAIL_SPLIT.split(span.text):
            if part:
                link = f"mailto:{part}" if _EMAIL.fullmatch(part) else None
                out.append(replace(span, text=part, href=link))
    return out


def _append(spans: list[Span], span: Span) -> None:
    if spans and span.text != "\n" and spans[-1].text not in ("\n", ""):
        last = spans[-1]
        if (last.bold, last.italic, last.code, last.href) == (
            span.bold,
            span.italic,
            span.code,
            span.href,
        ):
            spans[-1] = Span(last.text + span.text, last.bold, last.italic, last.code, last.href)
            return
    spans.append(span)


def _has_text(spans: Sequence[Span]) -> bool:
    return any(not is_empty(span.text) for span in spans)


def drop_empty_headings(blocks: list[Block]) -> list[Block]:
    """Remove headings that no content follows before the next heading of their level."""
    kept: list[Block] = []
    for block in reversed(blocks):
        if isinstance(block, Heading):
            following = kept[-1] if kept else None
            if following is None or (
                isinstance(following, Heading) and following.level <= block.level
            ):
                continue
        kept.append(block)
    kept.reverse()
    return kept


def iter_spans(blocks: Sequence[Block]) -> Iterator[Span]:
    """Yield every span of ``blocks``, inside lists and tables too."""
    for block in blocks:
        if isinstance(block, Heading | Paragraph):
            yield from block.spans
        elif isinstance(block, ListBlock):
            for item in block.items:
                yield from iter_spans(item.blocks)
        elif isinstance(block, Table):
            for row in (block.header, *block.rows):
                for cell in row:
                    yield from cell


def fill_references(block: Block, words: Mapping[str, str], absent: Container[str]) -> Block:
    """Return ``block`` with each cross-reference ("[](#id)") given ``words[id]``.

    A reference to an ``absent`` section keeps its words but loses its link.
    """

    def fill(span: Span) -> Span:
        target = span.href[1:] if span.href else ""
        href = None if target in absent else span.href
        return replace(span, text=words.get(target, ""), href=href)

    def fix(spans: tuple[Span, ...]) -> tuple[Span, ...]:
        return tuple(fill(s) if not s.text and s.href else s for s in spans)

    return _map_spans(block, fix)


def unlink(block: Block, dead: frozenset[str]) -> Block:
    """Return ``block`` with links to the ``dead`` anchors made plain text."""

    def fix(spans: tuple[Span, ...]) -> tuple[Span, ...]:
        return tuple(
            # A cross-reference (no words yet) keeps its target until they are written.
            replace(s, href=None)
            if s.text and s.href and s.href[1:] in dead and s.href[0] == "#"
            else s
            for s in spans
        )

    return _map_spans(block, fix)


def _map_spans(block: Block, fix: Callable[[tuple[Span, ...]], tuple[Span, ...]]) -> Block:
    """Return ``block`` with ``fix`` applied to each of its runs of spans."""
    if isinstance(block, Heading | Paragraph):
        return replace(block, spans=fix(block.spans))
    if isinstance(block, ListBlock):
        items = tuple(
            ListItem(tuple(_map_spans(b, fix) for b in item.blocks)) for item in block.items
        )
        return replace(block, items=items)
    if isinstance(block, Table):
        rows = tuple(tuple(fix(cell) for cell in row) for row in block.rows)
        return replace(block, header=tuple(fix(c) for c in block.header), rows=rows)
    return block

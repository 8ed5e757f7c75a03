"""compose(project, library) -> NoticeDocument: Jinja → Markdown → blocks.

Each outline section renders its clause with the project's answers; the
Markdown is parsed by markdown-it-py into document blocks that carry the
clause's provenance. A clause that fails becomes a visible error block; a
clause that renders to nothing drops its section, so no heading stands empty.
Rendered sections are cached by the values their clause reads, so a change to
one answer re-renders only the clauses that read it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

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
from noticeeditor.core.filters import format_date, safe_href
from noticeeditor.core.library import (
    JURISDICTIONS,
    ClauseLibrary,
    JurisdictionPart,
    OutlineSection,
    TemplateProblem,
    cache_key,
)
from noticeeditor.core.project import NoticeProject
from noticeeditor.core.questionnaire import evaluate, is_empty
from noticeeditor.core.sandbox import IMPORT_MEMO, ImportMemo

_MD = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable(
    "table"
)


def notice_title(answers: Mapping[str, Any]) -> str:
    """Return the notice's title: the chosen one, or "<name> Privacy Notice"."""
    title = _answer_text(answers, "notice_title")
    if title:
        return title
    name = _answer_text(answers, "controller_name")
    return f"{name} Privacy Notice" if name else "Privacy Notice"


def _answer_text(answers: Mapping[str, Any], qid: str) -> str:
    value = answers.get(qid)
    return value.strip() if isinstance(value, str) else ""


def build_context(
    library: ClauseLibrary, project: NoticeProject, jurisdiction: str | None
) -> dict[str, Any]:
    """Return everything a clause may read: every answer plus a few notice facts."""
    answers = library.questionnaire.effective(project.answers, project.jurisdictions)
    return _context(library, answers, project.jurisdictions, jurisdiction)


def _context(
    library: ClauseLibrary,
    answers: Mapping[str, Any],
    chosen: Sequence[str],
    jurisdiction: str | None,
) -> dict[str, Any]:
    context = library.questionnaire.context(answers)
    context.update(
        jurisdictions=list(chosen),
        jurisdiction=jurisdiction or "",
        jurisdiction_names={j: JURISDICTIONS[j] for j in chosen},
        notice_title_text=notice_title(answers),
    )
    return context


_Key = tuple[str, str | None, tuple[str, ...]]


class Composer:
    """Composes notices, caching each clause's blocks by the values it reads.

    The cache keeps what the last composition used, so memory stays bounded while
    typing, and a change re-renders only the clauses that read it. Call
    ``clear()`` after the library changed.
    """

    def __init__(self, library: ClauseLibrary) -> None:
        self.library = library
        self._cache: dict[_Key, tuple[Block, ...]] = {}
        self._previous: dict[_Key, tuple[Block, ...]] = {}
        self._clauses: dict[tuple[str, str | None], tuple[Provenance, tuple[str, ...]]] = {}
        self._value_keys: dict[str, str] = {}
        self._memos: dict[str | None, ImportMemo] = {}
        self._anchor_memo: dict[int, tuple[tuple[Block, ...], frozenset[str]]] = {}
        # The last Markdown each clause rendered to, with its blocks.
        self._parsed: dict[
            tuple[str, str | None], tuple[str, tuple[Provenance, int], tuple[Block, ...]]
        ] = {}
        self._contexts: dict[str | None, Mapping[str, Any]] = {}

    def clear(self) -> None:
        """Forget cached clauses, after the library changed."""
        self._cache.clear()
        self._previous.clear()
        self._clauses.clear()
        self._memos.clear()
        self._anchor_memo.clear()
        self._parsed.clear()

    def _with_memo(self, context: dict[str, Any], jurisdiction: str | None) -> dict[str, Any]:
        """Give ``context`` the import memo of its jurisdiction, kept across compositions."""
        memo = self._memos.get(jurisdiction)
        if memo is None:
            memo = self._memos[jurisdiction] = ImportMemo(
                lambda name: self._import_key(name, jurisdiction)
            )
        self._contexts[jurisdiction] = context
        context[IMPORT_MEMO] = memo
        return context

    def _import_key(self, name: str, jurisdiction: str | None) -> tuple[str, ...]:
        """Return a key of the answers an imported helper template reads."""
        context = self._contexts[jurisdiction]
        reads = self.library.reads(name, jurisdiction)
        return tuple(self._key(context, n) for n in reads if n != "jurisdiction")

    def compose(self, project: NoticeProject) -> NoticeDocument:
        """Render the whole notice for ``project``."""
        chosen = project.jurisdictions
        answers = self.library.questionnaire.effective(project.answers, chosen)
        self._previous, self._cache = self._cache, {}
        if len(self._anchor_memo) > 4 * len(self._previous) + 64:
            self._anchor_memo.clear()
        self._value_keys = {}
        context = self._with_memo(_context(self.library, answers, chosen, None), None)
        sections: list[Section] = []
        for entry in self.library.outline.body:
            if evaluate(entry.when, answers, chosen):
                sections.extend(self._section(entry, None, context, level=1))
        for jid in JURISDICTIONS:
            part = self.library.outline.parts.get(jid)
            if jid in chosen and part is not None:
                part_context = self._with_memo({**context, "jurisdiction": jid}, jid)
                sections.extend(self._part(part, answers, chosen, part_context))
        sections = self._drop_dead_anchors(sections)
        last = _answer_text(answers, "last_updated")
        return NoticeDocument(
            title=notice_title(answers),
            sections=sections,
            author=_answer_text(answers, "controller_name"),
            subject="Privacy notice",
            last_updated=last,
            last_updated_text=format_date(last),
        )

    def _drop_dead_anchors(self, sections: list[Section]) -> list[Section]:
        """Turn links to sections this notice leaves out into plain text."""
        present = {section.id for section in sections}
        out = []
        for section in sections:
            dead = self._anchors(section.blocks) - present
            if dead:
                blocks = tuple(_unlink(block, dead) for block in section.blocks)
                section = replace(section, blocks=blocks)
            out.append(section)
        return out

    def _anchors(self, blocks: tuple[Block, ...]) -> frozenset[str]:
        """Return the ``#section`` targets linked from ``blocks``, found once per tuple."""
        hit = self._anchor_memo.get(id(blocks))
        if hit is None or hit[0] is not blocks:
            targets = frozenset(
                span.href[1:]
                for span in iter_spans(blocks)
                if span.href and span.href.startswith("#")
            )
            hit = self._anchor_memo[id(blocks)] = (blocks, targets)
        return hit[1]

    def _part(
        self,
        part: JurisdictionPart,
        answers: Mapping[str, Any],
        chosen: Sequence[str],
        context: Mapping[str, Any],
    ) -> list[Section]:
        children: list[Section] = []
        for entry in part.sections:
            if evaluate(entry.when, answers, chosen):
                children.extend(self._section(entry, part.id, context, level=2))
        intro: tuple[Block, ...] = ()
        provenance = None
        if part.clause:
            intro_entry = OutlineSection(f"{part.id}_intro", part.title, part.clause)
            intro, provenance = self._blocks(intro_entry, part.id, context, level=1)
        if not children and not intro:
            return []
        head = Section(part.id, part.title, intro, provenance, part.id, level=1)
        return [head, *children]

    def _section(
        self,
        entry: OutlineSection,
        jurisdiction: str | None,
        context: Mapping[str, Any],
        level: int,
    ) -> list[Section]:
        blocks, provenance = self._blocks(entry, jurisdiction, context, level)
        if not blocks:
            return []
        return [Section(entry.id, entry.title, blocks, provenance, jurisdiction, level)]

    def _clause(self, clause: str, jurisdiction: str | None) -> tuple[Provenance, tuple[str, ...]]:
        """Return a clause's provenance and the names it reads, found once."""
        found = self._clauses.get((clause, jurisdiction))
        if found is None:
            lib = self.library
            source = lib.source(clause, jurisdiction)
            reads = lib.reads(clause, jurisdiction)
            questions = tuple(name for name in reads if name in lib.questionnaire)
            provenance = Provenance(source.name, source.origin, str(source.path), questions)
            found = self._clauses[(clause, jurisdiction)] = (provenance, reads)
        return found

    def _key(self, context: Mapping[str, Any], name: str) -> str:
        """Return a text key of one context value, computed once per composition."""
        key = self._value_keys.get(name)
        if key is None:
            key = self._value_keys[name] = cache_key(context.get(name))
        return key

    def _blocks(
        self,
        entry: OutlineSection,
        jurisdiction: str | None,
        context: Mapping[str, Any],
        level: int,
    ) -> tuple[tuple[Block, ...], Provenance | None]:
        try:
            provenance, reads = self._clause(entry.clause, jurisdiction)
        except TemplateProblem as problem:
            return (ErrorBlock(problem.message, problem.file, problem.line),), None
        values = tuple(self._key(context, n) for n in reads if n != "jurisdiction")
        key = (entry.clause, jurisdiction, values)
        blocks = self._cache.get(key)
        if blocks is None:
            blocks = self._previous.get(key)
        if blocks is None:
            # The clause gets only the names it reads: the sandbox copies what it is
            # given, and a clause reads a handful of the hundred answers.
            given = {n: context[n] for n in reads if n in context}
            given[IMPORT_MEMO] = context[IMPORT_MEMO]
            blocks = self._render(entry, jurisdiction, given, level, provenance)
        self._cache[key] = blocks
        return blocks, provenance

    def _render(
        self,
        entry: OutlineSection,
        jurisdiction: str | None,
        context: Mapping[str, Any],
        level: int,
        provenance: Provenance,
    ) -> tuple[Block, ...]:
        try:
            markdown = self.library.render(entry.clause, jurisdiction, context)
        except TemplateProblem as problem:
            error = ErrorBlock(problem.message, problem.file, problem.line, provenance)
            return (error,)
        # A change often leaves a clause's text as it was (the clause only tested the
        # answer); handing back the same blocks lets the exporters and preview skip it.
        known = self._parsed.get((entry.clause, jurisdiction))
        if known is not None and known[0] == markdown and known[1] == (provenance, level):
            return known[2]
        blocks = tuple(drop_empty_headings(parse_markdown(markdown, provenance, level)))
        self._parsed[(entry.clause, jurisdiction)] = (markdown, (provenance, level), blocks)
        return blocks


def compose(project: NoticeProject, library: ClauseLibrary) -> NoticeDocument:
    """Render the whole notice for ``project`` from ``library``."""
    return Composer(library).compose(project)


# ---------------------------------------------------------------- Markdown → blocks


def parse_markdown(markdown: str, provenance: Provenance | None, level: int = 1) -> list[Block]:
    """Parse rendered Markdown into blocks; clause headings sit below the section's."""
    tokens = _MD.parse(markdown)
    top = min((int(t.tag[1]) for t in tokens if t.type == "heading_open"), default=1)
    reader = _Reader(tokens, provenance, level + 1 - top)
    return reader.blocks(len(tokens))


class _Reader:
    """Walks markdown-it's flat token stream, building nested blocks."""

    def __init__(self, tokens: Sequence[Token], provenance: Provenance | None, shift: int):
        self.tokens, self.provenance, self.shift, self.pos = tokens, provenance, shift, 0

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
        return tuple(inline_spans(token.children or []))

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
                cells.append(tuple(inline_spans(token.children or [])))
            elif token.type == "tr_close":
                rows.append(tuple(cells))
                cells = []
            self.pos += 1
        self.pos += 1
        body = tuple(row for row in rows[1:] if any(_has_text(c) for c in row))
        return Table(rows[0], body, self.provenance) if rows and body else None


def inline_spans(children: Sequence[Token]) -> list[Span]:
    """Turn markdown-it inline tokens into spans, merging adjacent plain text."""
    spans: list[Span] = []
    bold = italic = 0
    href: str | None = None
    for tok in children:
        kind = tok.type
        if kind in ("text", "code_inline") or kind.endswith("break"):
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
        elif kind == "link_close":
            href = None
    return spans


def _append(spans: list[Span], span: Span) -> None:
    if spans and span.text != "\n" and spans[-1].text != "\n":
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


def _unlink(block: Block, dead: frozenset[str]) -> Block:
    """Return ``block`` with links to the ``dead`` anchors made plain text."""

    def fix(spans: tuple[Span, ...]) -> tuple[Span, ...]:
        return tuple(
            replace(s, href=None) if s.href and s.href[1:] in dead and s.href[0] == "#" else s
            for s in spans
        )

    if isinstance(block, Heading | Paragraph):
        return replace(block, spans=fix(block.spans))
    if isinstance(block, ListBlock):
        items = tuple(
            ListItem(tuple(_unlink(b, dead) for b in item.blocks)) for item in block.items
        )
        return replace(block, items=items)
    if isinstance(block, Table):
        rows = tuple(tuple(fix(cell) for cell in row) for row in block.rows)
        return replace(block, header=tuple(fix(c) for c in block.header), rows=rows)
    return block

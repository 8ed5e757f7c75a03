"""The second half of composing: a ``Plan`` of rendered clauses → the notice.

``Assembler.document`` parses each clause's Markdown into blocks, drops the
sections (and jurisdiction parts) whose clauses rendered to nothing, turns links to
left-out sections into plain text, numbers the sections and writes the words of each
cross-reference.

**Numbers.** Sections and parts are numbered in order, 1, 2, 3 …; a part's sections
under its number, 14.1, 14.2 … Every exporter (HTML, Word, review copy, redline, the
preview) prints these numbers, in headings and in the contents; headings inside a
clause are not numbered.

**Cross-references.** A clause refers to another section with an empty link,
``[](#retention)``; its words come from the library's wording, ``notice.cross_reference``
("section {number}, “{title}”"). A reference to a section this notice leaves out
names it by title alone (``notice.quoted``), without a link.
"""

from __future__ import annotations

from collections.abc import Callable, Container
from dataclasses import replace

from noticeeditor.core.blocks import (
    drop_empty_headings,
    fill_references,
    iter_spans,
    parse_markdown,
    unlink,
)
from noticeeditor.core.document import Block, NoticeDocument, Provenance, Section, numbered
from noticeeditor.core.plan import Plan, PlannedPart, PlannedSection, Rendered

_ANCHOR_MEMO_MAX = 20_000  # blocks; a long notice has about a thousand


class Assembler:
    """Builds notices from plans, keeping each clause's blocks while its Markdown is the same."""

    def __init__(self) -> None:
        # The last Markdown each clause rendered to, with its blocks.
        self._parsed: dict[
            tuple[str, str | None], tuple[str, tuple[Provenance | None, int], tuple[Block, ...]]
        ] = {}
        # Each block's in-page link targets and cross-references, by the block's id
        # (the block kept with them).
        self._anchor_memo: dict[int, tuple[Block, frozenset[str], frozenset[str]]] = {}
        # Blocks with cross-references, with the words they were given and the result.
        self._filled: dict[int, tuple[Block, tuple[str, ...], Block]] = {}

    def clear(self) -> None:
        """Forget the blocks kept."""
        self._parsed.clear()
        self._anchor_memo.clear()
        self._filled.clear()

    def document(self, plan: Plan) -> NoticeDocument:
        """Return the notice ``plan`` describes."""
        if len(self._anchor_memo) > _ANCHOR_MEMO_MAX:
            self._anchor_memo.clear()
            self._filled.clear()
        sections: list[Section] = []
        for item in plan.items:
            if isinstance(item, PlannedSection):
                sections.extend(self._section(item))
            else:
                sections.extend(self._part(item))
        sections = numbered(self._drop_dead_anchors(sections))
        return NoticeDocument(
            title=plan.title,
            sections=self._with_references(sections, plan),
            author=plan.author,
            subject="Privacy notice",
            last_updated=plan.last_updated,
            last_updated_text=plan.last_updated_text,
            language=plan.language,
            meta=dict(plan.words),
        )

    def blocks(self, rendered: Rendered) -> tuple[Block, ...]:
        """Return a clause's blocks: its Markdown parsed, or its error."""
        if rendered.error is not None:
            return (rendered.error,)
        key = (rendered.clause, rendered.jurisdiction)
        shape = (rendered.provenance, rendered.level)
        # A change often leaves a clause's text as it was (the clause only tested the
        # answer); handing back the same blocks lets the exporters and preview skip it.
        known = self._parsed.get(key)
        if known is not None and known[0] == rendered.markdown and known[1] == shape:
            return known[2]
        parsed = parse_markdown(rendered.markdown, rendered.provenance, rendered.level)
        blocks = tuple(drop_empty_headings(parsed))
        self._parsed[key] = (rendered.markdown, shape, blocks)
        return blocks

    def _section(self, planned: PlannedSection) -> list[Section]:
        blocks = self.blocks(planned.rendered)
        if not blocks:
            return []
        where = (planned.rendered.provenance, planned.jurisdiction, planned.level)
        return [Section(planned.id, planned.title, blocks, *where)]

    def _part(self, part: PlannedPart) -> list[Section]:
        children = [s for planned in part.sections for s in self._section(planned)]
        intro: tuple[Block, ...] = ()
        provenance = None
        if part.intro is not None:
            intro, provenance = self.blocks(part.intro), part.intro.provenance
        if not children and not intro:
            return []
        head = Section(part.id, part.title, intro, provenance, part.id, level=1)
        return [head, *children]

    def _drop_dead_anchors(self, sections: list[Section]) -> list[Section]:
        """Turn links to sections this notice leaves out into plain text."""
        present = {section.id for section in sections}
        out = []
        for section in sections:
            dead = self._anchors(section.blocks) - present
            if dead:
                blocks = tuple(unlink(block, dead) for block in section.blocks)
                section = replace(section, blocks=blocks)
            out.append(section)
        return out

    def _anchors(self, blocks: tuple[Block, ...]) -> frozenset[str]:
        """Return the ``#section`` targets linked from ``blocks``, each block read once.

        A changed clause keeps the blocks of its unchanged chunks (a long table among
        them), so the search is per block, not per section.
        """
        found: set[str] = set()
        for block in blocks:
            found |= self._targets(block)[0]
        return frozenset(found)

    def _targets(self, block: Block) -> tuple[frozenset[str], frozenset[str]]:
        """Return a block's in-page link targets, and those of its cross-references."""
        hit = self._anchor_memo.get(id(block))
        if hit is None or hit[0] is not block:
            spans = [s for s in iter_spans((block,)) if s.href and s.href.startswith("#")]
            targets = frozenset(s.href[1:] for s in spans if s.href)
            references = frozenset(s.href[1:] for s in spans if s.href and not s.text)
            hit = self._anchor_memo[id(block)] = (block, targets, references)
        return hit[1], hit[2]

    def _with_references(self, sections: list[Section], plan: Plan) -> list[Section]:
        """Return ``sections`` with the words of every cross-reference written."""
        by_id = {section.id: section for section in sections}
        reference = plan.words.get("cross_reference", "section {number}, “{title}”")
        quoted = plan.words.get("quoted", "“{text}”")

        def words(target: str) -> str:
            found = by_id.get(target)
            if found is not None and found.number:
                return reference.format(number=found.number, title=found.title)
            title = found.title if found is not None else plan.titles.get(target, "")
            return quoted.format(text=title) if title else ""

        out = []
        for section in sections:
            blocks = tuple(self._filled_block(block, words, by_id) for block in section.blocks)
            if any(new is not old for new, old in zip(blocks, section.blocks, strict=True)):
                section = replace(section, blocks=blocks)
            out.append(section)
        return out

    def _filled_block(
        self, block: Block, words: Callable[[str], str], present: Container[str]
    ) -> Block:
        """Return ``block`` with its cross-references' words, the same block if it has none."""
        references = sorted(self._targets(block)[1])
        if not references:
            return block
        given = {target: words(target) for target in references}
        key = tuple(given[target] for target in references)
        hit = self._filled.get(id(block))
        if hit is None or hit[0] is not block or hit[1] != key:
            absent = [target for target in references if target not in present]
            hit = self._filled[id(block)] = (block, key, fill_references(block, given, absent))
        return hit[2]

"""The second half of composing: a ``Plan`` of rendered clauses → the notice.

``Assembler.document`` parses each clause's Markdown into blocks, drops the
sections (and jurisdiction parts) whose clauses rendered to nothing, and turns
links to left-out sections into plain text.
"""

from __future__ import annotations

from dataclasses import replace

from noticeeditor.core.blocks import drop_empty_headings, iter_spans, parse_markdown, unlink
from noticeeditor.core.document import Block, NoticeDocument, Provenance, Section
from noticeeditor.core.plan import Plan, PlannedPart, PlannedSection, Rendered

_ANCHOR_MEMO_MAX = 20_000  # blocks; a long notice has about a thousand


class Assembler:
    """Builds notices from plans, keeping each clause's blocks while its Markdown is the same."""

    def __init__(self) -> None:
        # The last Markdown each clause rendered to, with its blocks.
        self._parsed: dict[
            tuple[str, str | None], tuple[str, tuple[Provenance | None, int], tuple[Block, ...]]
        ] = {}
        # Each block's in-page link targets, by the block's id (the block kept with them).
        self._anchor_memo: dict[int, tuple[Block, frozenset[str]]] = {}

    def clear(self) -> None:
        """Forget the blocks kept."""
        self._parsed.clear()
        self._anchor_memo.clear()

    def document(self, plan: Plan) -> NoticeDocument:
        """Return the notice ``plan`` describes."""
        if len(self._anchor_memo) > _ANCHOR_MEMO_MAX:
            self._anchor_memo.clear()
        sections: list[Section] = []
        for item in plan.items:
            if isinstance(item, PlannedSection):
                sections.extend(self._section(item))
            else:
                sections.extend(self._part(item))
        return NoticeDocument(
            title=plan.title,
            sections=self._drop_dead_anchors(sections),
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
            hit = self._anchor_memo.get(id(block))
            if hit is None or hit[0] is not block:
                targets = frozenset(
                    span.href[1:]
                    for span in iter_spans((block,))
                    if span.href and span.href.startswith("#")
                )
                hit = self._anchor_memo[id(block)] = (block, targets)
            found |= hit[1]
        return frozenset(found)

"""A notice with every clause rendered to Markdown and nothing parsed yet.

``noticeeditor.core.compose`` writes a ``Plan``: each clause's Markdown (or the
error it met) and where it goes. ``noticeeditor.core.assemble`` turns it into the
notice, parsing each clause's Markdown once while it stays the same.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from noticeeditor.core.document import ErrorBlock, Provenance


@dataclass(frozen=True)
class Rendered:
    """One clause's output: its Markdown, or the error that stopped it."""

    clause: str
    jurisdiction: str | None
    level: int
    provenance: Provenance | None
    markdown: str = ""
    error: ErrorBlock | None = None


@dataclass(frozen=True)
class PlannedSection:
    """A section of the notice, if its clause renders to something."""

    id: str
    title: str
    jurisdiction: str | None
    level: int
    rendered: Rendered


@dataclass(frozen=True)
class PlannedPart:
    """A jurisdiction's part: an optional introduction, then its sections."""

    id: str
    title: str
    intro: Rendered | None
    sections: tuple[PlannedSection, ...]


@dataclass(frozen=True)
class Plan:
    """The whole notice with every clause rendered and nothing parsed yet."""

    items: tuple[PlannedSection | PlannedPart, ...]
    title: str
    author: str
    last_updated: str
    last_updated_text: str
    language: str = "en"  # the notice's BCP 47 tag, "en-GB", "fr-CA"
    words: Mapping[str, str] = field(default_factory=dict)  # "contents", "last_updated"
    # Every section and part the outline could give, by id: a reference to one this
    # notice leaves out still names it.
    titles: Mapping[str, str] = field(default_factory=dict)

    def rendered(self) -> Iterator[Rendered]:
        """Yield every clause's output, in the notice's order."""
        for item in self.items:
            if isinstance(item, PlannedSection):
                yield item.rendered
                continue
            if item.intro is not None:
                yield item.intro
            yield from (section.rendered for section in item.sections)

    def errors(self) -> list[ErrorBlock]:
        """Return the error blocks the notice will show, as ``NoticeDocument.errors``."""
        return [r.error for r in self.rendered() if r.error is not None]

"""Plain-language measures: Flesch reading ease per section of a notice.

Syllables are counted with pyphen's hyphenation dictionary (bundled, offline): a word
hyphenates at syllable boundaries, so its pieces approximate its syllables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from noticeeditor.core.document import NoticeDocument, block_text

if TYPE_CHECKING:
    import pyphen

_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
_SENTENCE_END = re.compile(r"[.!?:;]+(?:\s|$)|\n+")


@dataclass(frozen=True)
class Readability:
    """Counts and the Flesch reading ease of one piece of text."""

    words: int
    sentences: int
    syllables: int

    @property
    def flesch(self) -> float:
        """Return the Flesch reading ease: 60–70 is plain English, under 30 is very hard."""
        if not self.words:
            return 100.0
        return (
            206.835
            - 1.015 * (self.words / max(1, self.sentences))
            - 84.6 * (self.syllables / self.words)
        )

    @property
    def grade(self) -> str:
        """Return Flesch's own band for the score."""
        score = self.flesch
        bands = ((90, "very easy"), (70, "easy"), (60, "plain"), (50, "fairly difficult"))
        return next((name for floor, name in bands if score >= floor), "difficult")


@lru_cache(maxsize=1)
def _dictionary() -> pyphen.Pyphen:
    """Return the hyphenation dictionary, loaded on first use: the editor starts without it."""
    import pyphen

    return pyphen.Pyphen(lang="en_US")


@lru_cache(maxsize=20000)
def syllables(word: str) -> int:
    """Return the approximate number of syllables in one English word."""
    return max(1, len(_dictionary().positions(word.lower())) + 1)


def measure(text: str) -> Readability:
    """Count words, sentences and syllables in ``text``."""
    words = _WORD.findall(text)
    sentences = [s for s in _SENTENCE_END.split(text) if _WORD.search(s)]
    return Readability(len(words), len(sentences), sum(syllables(w) for w in words))


def section_readability(document: NoticeDocument) -> list[tuple[str, str, Readability]]:
    """Return (section id, title, readability) for every section with text."""
    out = []
    for section in document.sections:
        text = "\n".join(block_text(block) for block in section.blocks)
        result = measure(text)
        if result.words:
            out.append((section.id, section.title, result))
    return out

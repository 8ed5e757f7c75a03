"""Plain-language measures: reading ease per section of a notice, in its language.

Each language has the Flesch formula fitted to it: Flesch (1948) for English,
Kandel and Moles (1958) for French, Amstad (1978) for German and Fernández Huerta
(1959) for Spanish. All four put plain text at 60 or more on the same 0–100 scale,
so the bands below serve them all. Syllables are counted with pyphen's hyphenation
dictionary for the language (bundled, offline): a word hyphenates at syllable
boundaries, so its pieces approximate its syllables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from noticeeditor.core.document import NoticeDocument, block_text

if TYPE_CHECKING:
    import pyphen

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Reading ease = base - per_sentence * words per sentence - per_syllable * syllables per word.
_FORMULAS = {
    "en": (206.835, 1.015, 84.6),  # Flesch
    "fr": (207.0, 1.015, 73.6),  # Kandel and Moles
    "de": (180.0, 1.0, 58.5),  # Amstad
    "es": (206.84, 1.02, 60.0),  # Fernández Huerta (0.60 per syllable per 100 words)
}
FORMULA_NAMES = {
    "en": "Flesch reading ease",
    "fr": "Kandel–Moles reading ease",
    "de": "Amstad reading ease",
    "es": "Fernández Huerta reading ease",
}
_HYPHENATION = {"en": "en_US", "fr": "fr_FR", "de": "de_DE", "es": "es_ES"}
_SENTENCE_END = re.compile(r"[.!?:;]+(?:\s|$)|\n+")


@dataclass(frozen=True)
class Readability:
    """Counts and the Flesch reading ease of one piece of text."""

    words: int
    sentences: int
    syllables: int
    language: str = "en"

    @property
    def flesch(self) -> float:
        """Return the reading ease in the text's language: 60–70 is plain, under 30 very hard."""
        if not self.words:
            return 100.0
        base, per_sentence, per_syllable = _FORMULAS.get(self.language, _FORMULAS["en"])
        return (
            base
            - per_sentence * (self.words / max(1, self.sentences))
            - per_syllable * (self.syllables / self.words)
        )

    @property
    def grade(self) -> str:
        """Return Flesch's own band for the score."""
        score = self.flesch
        bands = ((90, "very easy"), (70, "easy"), (60, "plain"), (50, "fairly difficult"))
        return next((name for floor, name in bands if score >= floor), "difficult")


@lru_cache(maxsize=4)
def _dictionary(language: str) -> pyphen.Pyphen:
    """Return a hyphenation dictionary, loaded on first use: the editor starts without it."""
    import pyphen

    return pyphen.Pyphen(lang=_HYPHENATION.get(language, "en_US"))


@lru_cache(maxsize=20000)
def syllables(word: str, language: str = "en") -> int:
    """Return the approximate number of syllables in one word of ``language``."""
    return max(1, len(_dictionary(language).positions(word.lower())) + 1)


def measure(text: str, language: str = "en") -> Readability:
    """Count words, sentences and syllables in ``text``, written in ``language``."""
    words = _WORD.findall(text)
    sentences = [s for s in _SENTENCE_END.split(text) if _WORD.search(s)]
    counted = sum(syllables(w, language) for w in words)
    return Readability(len(words), len(sentences), counted, language)


def base_language(tag: str) -> str:
    """Return the language of a tag: "fr" for "fr-CA"."""
    return tag.split("-", 1)[0].lower() or "en"


def section_readability(document: NoticeDocument) -> list[tuple[str, str, Readability]]:
    """Return (section id, title, readability) for every section with text."""
    language = base_language(document.language)
    out = []
    for section in document.sections:
        text = "\n".join(block_text(block) for block in section.blocks)
        result = measure(text, language)
        if result.words:
            out.append((section.id, section.title, result))
    return out

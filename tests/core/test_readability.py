"""Flesch reading ease: plain text scores high, legalese scores low."""

from __future__ import annotations

from noticeeditor.core.document import NoticeDocument, Paragraph, Section, Span
from noticeeditor.core.readability import measure, section_readability, syllables


def test_syllables_of_common_words() -> None:
    assert [syllables(w) for w in ("we", "data", "privacy", "information")] == [1, 2, 3, 4]


def test_plain_text_scores_as_plain_and_legalese_as_difficult() -> None:
    plain = measure("We keep your name and email. You can ask us to delete them at any time.")
    legal = measure(
        "Notwithstanding the foregoing, the controller shall process personal data "
        "pursuant to applicable statutory obligations and legitimate interests."
    )
    assert plain.sentences == 2 and plain.words == 16
    assert plain.flesch >= 70 and plain.grade in ("easy", "very easy")
    assert legal.flesch < 30 and legal.grade == "difficult"


def test_sections_without_words_are_skipped() -> None:
    doc = NoticeDocument(
        "T",
        [
            Section("a", "A", (Paragraph((Span("We sell nothing."),)),)),
            Section("b", "B", (Paragraph((Span("1234 — 5678"),)),)),
        ],
    )
    assert [row[0] for row in section_readability(doc)] == ["a"]

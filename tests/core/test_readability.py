"""Flesch reading ease: plain text scores high, legalese scores low."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize(
    ("language", "plain", "hard"),
    [
        (
            "fr",
            "Nous gardons vos données. Vous pouvez les voir. Écrivez-nous.",
            "L'établissement procède systématiquement à l'anonymisation préalable des"
            " informations personnelles conformément aux obligations réglementaires applicables.",
        ),
        (
            "de",
            "Wir speichern Ihre Daten. Sie können sie sehen. Schreiben Sie uns.",
            "Die Verarbeitung personenbezogener Informationen erfolgt ausschließlich"
            " entsprechend datenschutzrechtlicher Verpflichtungen unternehmensübergreifend.",
        ),
        (
            "es",
            "Guardamos sus datos. Puede verlos. Escríbanos.",
            "La organización procede sistemáticamente a la anonimización preliminar de"
            " informaciones personales conforme a obligaciones reglamentarias aplicables.",
        ),
    ],
)
def test_each_language_is_scored_with_its_own_formula(language: str, plain: str, hard: str) -> None:
    easy, difficult = measure(plain, language), measure(hard, language)
    assert easy.flesch >= 60 > difficult.flesch
    assert easy.language == language
    assert measure(plain, language).flesch != measure(plain, "en").flesch

"""The seed notices, their heading map (seeds/sections.yaml) and the questionnaire agree."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
import yaml

from noticeeditor.core.questionnaire import load_questionnaire
from noticeeditor.paths import templates_dir

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
NOTICES = SEEDS / "notices"

# The seeds are kept verbatim; a changed byte means someone edited reference material.
SHA256 = {
    "000_0dbb8f9f4fc6be21.txt": "1dcbeacd4b83197af50fac39a6b3669825441ca303dfc75c316c13b6872f0166",
    "001_a4d1a3eab50fb5e8.txt": "14b836cbfcbd171016367b6dca88557e9030259e688f0ee5900d61ba014930e0",
    "002_b2a976ec755c5a0c.txt": "ce1273f38f09580116fd3361847ed2de2d16c1e52cecac932d7c01662870d2bd",
    "003_fa16714e324b7c65.txt": "18e570e5be009ecbbb6cae57fd6dbe411be1b4b82b12aaa68684d1454eece997",
    "004_d0f051c71c708629.txt": "e341c5f60926982674e75e9dd000597d43ce4af8699054945589d95ae56444bb",
}
SEED_NAMES = sorted(SHA256)

# Lines the heading heuristic flags that a reader can see are not headings.
NOT_HEADINGS: dict[str, set[str]] = {
    "000_0dbb8f9f4fc6be21.txt": {"Breadcrumbs"},  # website navigation
    "001_a4d1a3eab50fb5e8.txt": {  # cells of the "What we collect" table
        "Your name and contact details",
        "Communication we have with you",
        "When you create an account with us",
        "When you fill in forms on our website",
        "When you get in touch with us",
        "When you use our digital systems and services",
        "When you accept our cookies placed on your device",
        "When you update your account information",
        "When you opt in to receiving messages from us",
    },
    "003_fa16714e324b7c65.txt": {"Call us today"},  # website banner
    "004_d0f051c71c708629.txt": {  # the contact address block
        "Tom Cumbo",
        "Data Protection Officer",
        "Instant Connect Software LLC",
    },
}

_LIST_MARKERS = ("•", "-", "–", "*", "(")
_FOUR_DIGITS = re.compile(r"\d{4}")


def looks_like_heading(line: str) -> bool:
    """Return True when a line of a plain-text notice reads like a heading.

    The heuristic, tuned on the five seeds (spaces around the line are ignored):

    - short: at most 80 characters and 12 words;
    - starts with a capital letter or a digit (numbered headings such as
      "8) Your rights"), not with a list marker or a bracket;
    - does not end like a sentence or a list item (".", ";", ","); a final "?"
      or ":" is fine ("What are your choices regarding cookies?", "User content:");
    - has no colon before its end: "Updated: May 22, 2024" is a label and a value;
    - ends in a colon only as a short label (at most 6 words, no comma), not as a
      sentence leading into a list ("Specifically, we use your Personal Information:");
    - has no run of four digits, which marks dates, phone numbers and postcodes.

    It misses very long headings and flags some table cells and address lines;
    NOT_HEADINGS lists those, and the tests below keep that list exact.
    """
    text = line.strip()
    if not text or text.startswith(_LIST_MARKERS):
        return False
    words = text.split()
    if not (text[0].isupper() or text[0].isdigit()) or len(text) > 80 or len(words) > 12:
        return False
    if text.endswith((".", ";", ",")) or ":" in text[:-1] or _FOUR_DIGITS.search(text):
        return False
    return not (text.endswith(":") and (len(words) > 6 or "," in text))


def seed_lines(name: str) -> list[str]:
    """Return the lines of seed notice ``name`` without surrounding spaces."""
    return [line.strip() for line in (NOTICES / name).read_text(encoding="utf-8").splitlines()]


def detected_headings(name: str) -> set[str]:
    """Return the lines of seed notice ``name`` the heuristic takes for headings."""
    return {line for line in seed_lines(name) if looks_like_heading(line)}


@pytest.fixture(scope="module")
def heading_map() -> dict[str, dict[str, str]]:
    data = yaml.safe_load((SEEDS / "sections.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict), "seeds/sections.yaml must map seed file names to headings"
    return {name: headings or {} for name, headings in data.items()}


@pytest.fixture(scope="module")
def section_ids() -> set[str]:
    questionnaire = load_questionnaire(templates_dir() / "questionnaire.yaml")
    return {section.id for section in questionnaire.sections}


def test_there_are_five_seed_notices_each_listed_in_sections_yaml(
    heading_map: dict[str, dict[str, str]],
) -> None:
    on_disk = sorted(path.name for path in NOTICES.glob("*.txt"))
    assert on_disk == SEED_NAMES
    assert sorted(heading_map) == SEED_NAMES


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_notice_is_unchanged(name: str) -> None:
    digest = hashlib.sha256((NOTICES / name).read_bytes()).hexdigest()
    assert digest == SHA256[name], f"{name} was edited; the seeds must stay verbatim"


@pytest.mark.parametrize("name", SEED_NAMES)
def test_every_listed_heading_is_a_line_of_its_seed(
    name: str, heading_map: dict[str, dict[str, str]]
) -> None:
    lines = set(seed_lines(name))
    assert [heading for heading in heading_map[name] if heading not in lines] == []


@pytest.mark.parametrize("name", SEED_NAMES)
def test_every_heading_maps_to_a_questionnaire_section(
    name: str, heading_map: dict[str, dict[str, str]], section_ids: set[str]
) -> None:
    wrong = {
        heading: section
        for heading, section in heading_map[name].items()
        if not isinstance(section, str) or section not in section_ids
    }
    assert wrong == {}, f"{name}: headings mapped to nothing or to an unknown section"


@pytest.mark.parametrize("name", SEED_NAMES)
def test_every_detected_heading_is_mapped(
    name: str, heading_map: dict[str, dict[str, str]]
) -> None:
    unmapped = detected_headings(name) - set(heading_map[name]) - NOT_HEADINGS.get(name, set())
    assert sorted(unmapped) == [], f"{name}: add these headings to seeds/sections.yaml"


@pytest.mark.parametrize("name", SEED_NAMES)
def test_not_headings_are_detected_and_unmapped(
    name: str, heading_map: dict[str, dict[str, str]]
) -> None:
    excluded = NOT_HEADINGS.get(name, set())
    assert excluded <= detected_headings(name), "an exclusion the heuristic no longer needs"
    assert excluded.isdisjoint(heading_map[name])


def test_heuristic_finds_nearly_every_listed_heading(
    heading_map: dict[str, dict[str, str]],
) -> None:
    listed = [(name, heading) for name, headings in heading_map.items() for heading in headings]
    missed = [(name, h) for name, h in listed if not looks_like_heading(h)]
    assert len(listed) >= 80
    assert len(missed) <= len(listed) // 20, missed


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("HOW WE COLLECT YOUR PERSONAL INFORMATION", True),
        ("8) Your rights", True),
        ("What are your choices regarding cookies?", True),
        ("User content:", True),
        ("  Third-party sites  ", True),
        ("Updated: May 22, 2024", False),
        ("We use your personal information for the following objectives:", False),
        ("Specifically, we use your Personal Information:", False),
        ("• Account creation", False),
        ("Deny you goods or services.", False),
        ("Chicago IL 60606", False),
        ("data.protection@instantconnectnow.com", False),
        ("", False),
    ],
)
def test_heading_heuristic(line: str, expected: bool) -> None:
    assert looks_like_heading(line) is expected

"""Filters clauses call: answers as sentences, records the user filled in, capitals."""

from __future__ import annotations

import pytest

from noticeeditor.core.filters import (
    MarkdownText,
    filled,
    full_stop,
    join_prose,
    phrase,
    sentence,
    upper_first,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("names and numbers", "Names and numbers"), ("", ""), (None, ""), ("élan", "Élan")],
)
def test_upper_first_capitalises_only_the_first_letter(text: object, expected: str) -> None:
    assert upper_first(text) == expected


def test_upper_first_keeps_markdown_markdown() -> None:
    joined = join_prose(["you", "other users"])
    assert upper_first(joined) == "You and other users"
    assert isinstance(upper_first(joined), MarkdownText)
    assert not isinstance(upper_first("plain"), MarkdownText)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("we check your e-mail address;", "We check your e-mail address."),
        ("  ask for two pieces of ID  ", "Ask for two pieces of ID."),
        ("Really?", "Really?"),
        ("", ""),
        (None, ""),
    ],
)
def test_sentence_gives_a_capital_and_a_full_stop(typed: object, expected: str) -> None:
    assert sentence(typed) == expected


def test_full_stop_keeps_the_first_letter() -> None:
    assert full_stop("fraud prevention,") == "fraud prevention."


def test_phrase_drops_the_punctuation_typed_at_the_end() -> None:
    assert phrase(" Ireland, Germany and France. ") == "Ireland, Germany and France"


def test_filled_keeps_records_with_every_field_given() -> None:
    rows = [{"name": "Acme", "country": "US"}, {"name": "  "}, {"name": "Bolt"}, "odd"]
    assert filled(rows, "name") == [rows[0], rows[2]]
    assert filled(rows, "name", "country") == [rows[0]]


def test_cell_puts_a_typed_answer_on_one_line() -> None:
    from noticeeditor.core.filters import cell

    assert cell("  Acme\nCloud  ") == "Acme Cloud"
    assert cell(None) == ""


def test_table_rows_write_one_escaped_row_per_record() -> None:
    from noticeeditor.core.filters import table_rows

    rows = [{"name": "Acme | Co", "country": "US"}, {"name": "Bolt\nLtd"}, "odd"]
    assert table_rows(rows, "name", "country") == "| Acme \\| Co | US |\n| Bolt Ltd |  |\n|  |  |"

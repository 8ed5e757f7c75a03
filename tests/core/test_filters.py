"""Filters clauses call: reading tables of words, capitals at the start of a cell."""

from __future__ import annotations

import pytest

from noticeeditor.core.filters import MarkdownText, join_prose, table, upper_first


def test_table_reads_rows_of_fields() -> None:
    rows = table(["A | contact |  names ", "B|card"], "key", "flag", "text")
    assert rows == [
        {"key": "A", "flag": "contact", "text": "names"},
        {"key": "B", "flag": "card", "text": ""},
    ]


def test_table_keeps_further_bars_in_the_last_column() -> None:
    assert table(["A | x | y"], "key", "text") == [{"key": "A", "text": "x | y"}]


def test_table_needs_column_names() -> None:
    with pytest.raises(TypeError):
        table(["A | x"])


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

"""Markdown → blocks: parsing a clause piece by piece gives what one parse of it gives."""

from __future__ import annotations

import random

import pytest
from markdown_it.token import Token

from noticeeditor.core import blocks
from noticeeditor.core.blocks import inline_spans, parse_markdown

# Lines that start, continue and end blocks, blank lines among them.
LINES = [
    "# Heading",
    "## *Sub* heading",
    "- item",
    "  - nested item",
    "    indented code",
    "1. first",
    "2) second",
    "10. tenth",
    "| a | b |",
    "|---|---|",
    "| c | |",
    "",
    "",
    "   ",
    "Text with **bold**, _italic_ and `code`.",
    "[a link](https://example.com) and [#anchor](#who)",
    "[ref]: https://example.com/ref",
    "Using [ref] here.",
    "\\*escaped\\* \\- text",
    "> quoted",
    "> > nested quote",
    "lazy continuation",
    "***",
    "---",
    "===",
    "+ plus item",
    "* star item",
    "```",
    "~~~",
    "line ending in a break\\",
    "\tTabbed",
    "2026 starts with digits",
]


def documents(count: int) -> list[str]:
    rng = random.Random(20240611)
    return ["\n".join(rng.choices(LINES, k=rng.randint(1, 14))) for _ in range(count)]


def signature(tokens: list[Token]) -> list[tuple[object, ...]]:
    return [(t.type, t.tag, t.content, t.attrs, t.hidden, t.level, t.nesting) for t in tokens]


def one_parse(markdown: str) -> list[object]:
    """Return the blocks of ``markdown`` parsed and read in one pass, without chunks."""
    env: dict[str, object] = {}
    tokens = blocks._MD_BLOCKS.parse(markdown, env)
    top = min((int(t.tag[1]) for t in tokens if t.type == "heading_open"), default=1)
    return blocks._Reader(tokens, None, 2 - top, env).blocks(len(tokens))


def test_chunked_block_parse_matches_one_parse() -> None:
    for markdown in documents(1500):
        blocks._CHUNKS.clear()
        whole = one_parse(markdown)
        assert parse_markdown(markdown, None) == whole, markdown
        # Parsed again, now from the chunks kept: still the same.
        assert parse_markdown(markdown, None) == whole, markdown


def test_inline_text_parsed_alone_matches_one_parse() -> None:
    for markdown in documents(300):
        blocks._CHUNKS.clear()
        env: dict[str, object] = {}
        blocks._MD_BLOCKS.parse(markdown, env)  # the links a later [ref] needs land here
        for token in blocks._MD.parse(markdown, {}):
            if token.type == "inline":
                expected = tuple(inline_spans(token.children or []))
                assert blocks._spans(token.content, env) == expected, markdown


@pytest.mark.parametrize("markdown", documents(40))
def test_parsing_twice_gives_equal_blocks(markdown: str) -> None:
    first = parse_markdown(markdown, None)
    blocks._CHUNKS.clear()
    blocks._SPANS.clear()
    assert parse_markdown(markdown, None) == first

"""Syntax colours for clause templates: Markdown text with Jinja tags.

Markdown is coloured first (headings, lists, emphasis, code, links, tables); Jinja
tags are coloured over it, since a tag means the same wherever it stands. Comments
and tags may span lines: the block state carries an open one to the next line.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

NORMAL, IN_COMMENT, IN_STATEMENT, IN_EXPRESSION = -1, 1, 2, 3
_OPENERS = {"{#": IN_COMMENT, "{%": IN_STATEMENT, "{{": IN_EXPRESSION}
_CLOSERS = {IN_COMMENT: "#}", IN_STATEMENT: "%}", IN_EXPRESSION: "}}"}
_OPEN = re.compile(r"\{[{%#]")
KEYWORDS = frozenset(
    """if elif else endif for endfor in not and or is set endset include import from as
    macro endmacro call endcall filter endfilter with endwith block endblock extends raw
    endraw recursive ignore missing context true false none True False None""".split()
)
_TOKENS = re.compile(
    r"""(?P<string>"(?:[^"\\]|\\.)*"?|'(?:[^'\\]|\\.)*'?)"""
    r"|(?P<filter>\|\s*[A-Za-z_]\w*)"
    r"|(?P<number>\b\d+(?:\.\d+)?\b)"
    r"|(?P<word>[A-Za-z_]\w*)"
)
_MARKDOWN = [
    ("heading", re.compile(r"^\s{0,3}#{1,6}(?:\s.*|$)")),
    ("quote", re.compile(r"^\s{0,3}>.*")),
    ("rule", re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")),
    ("marker", re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])(?=\s)")),
    ("table", re.compile(r"\|")),
    ("bold", re.compile(r"\*\*(?=\S)(?:[^*]|\*(?!\*))+?\*\*|__(?=\S)[^_]+?__")),
    ("italic", re.compile(r"(?<![*\w])\*(?=[^\s*])[^*]+?\*(?!\*)|(?<!\w)_(?=\S)[^_]+?_(?!\w)")),
    ("link", re.compile(r"\[[^\]\n]*\]\([^)\n]*\)|<https?://[^>\s]+>")),
    ("code", re.compile(r"`[^`\n]+`")),
]


def _format(
    colour: str | None = None,
    bold: bool = False,
    italic: bool = False,
    background: str | None = None,
    underline: bool = False,
) -> QTextCharFormat:
    """Return a character format with the given colour and style."""
    fmt = QTextCharFormat()
    if colour:
        fmt.setForeground(QColor(colour))
    if background:
        fmt.setBackground(QColor(background))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontItalic(italic)
    fmt.setFontUnderline(underline)
    return fmt


def default_formats() -> dict[str, QTextCharFormat]:
    """Return the colour scheme: light, close to the palette of GitHub's code view."""
    return {
        "heading": _format("#0550ae", bold=True),
        "quote": _format("#57606a", italic=True),
        "rule": _format("#8c959f"),
        "marker": _format("#953800", bold=True),
        "table": _format("#8c959f"),
        "bold": _format(bold=True),
        "italic": _format(italic=True),
        "link": _format("#0969da", underline=True),
        "code": _format("#0a3069", background="#eff1f3"),
        "tag": _format("#24292f", background="#eef2fb"),
        "delimiter": _format("#8250df", bold=True, background="#eef2fb"),
        "keyword": _format("#8250df", bold=True, background="#eef2fb"),
        "name": _format("#0550ae", background="#eef2fb"),
        "string": _format("#116329", background="#eef2fb"),
        "filter": _format("#953800", background="#eef2fb"),
        "number": _format("#0550ae", background="#eef2fb"),
        "comment": _format("#6e7781", italic=True),
    }


class ClauseHighlighter(QSyntaxHighlighter):
    """Colours Markdown and Jinja in a clause template."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.formats = default_formats()

    def highlightBlock(self, text: str) -> None:
        """Colour one line: Markdown first, then Jinja over it."""
        self._markdown(text)
        self.setCurrentBlockState(NORMAL)
        pos = 0
        state = self.previousBlockState()
        if state in _CLOSERS:
            pos = self._tag(text, 0, state, continued=True)
        while pos < len(text) and self.currentBlockState() == NORMAL:
            match = _OPEN.search(text, pos)
            if match is None:
                break
            pos = self._tag(text, match.start(), _OPENERS[match.group()], continued=False)

    def _markdown(self, text: str) -> None:
        for name, pattern in _MARKDOWN:
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), self.formats[name])

    def _tag(self, text: str, start: int, state: int, continued: bool) -> int:
        """Colour a tag from ``start``; return where it ends (or mark it still open)."""
        inner = start if continued else start + 2
        close = text.find(_CLOSERS[state], inner)
        end = len(text) if close < 0 else close + 2
        if close < 0:
            self.setCurrentBlockState(state)
        if state == IN_COMMENT:
            self.setFormat(start, end - start, self.formats["comment"])
            return end
        self.setFormat(start, end - start, self.formats["tag"])
        if not continued:
            self.setFormat(start, 2, self.formats["delimiter"])
        if close >= 0:
            self.setFormat(close, 2, self.formats["delimiter"])
        self._tokens(text, inner, close if close >= 0 else len(text))
        return end

    def _tokens(self, text: str, start: int, end: int) -> None:
        """Colour the words, strings, filters and numbers inside a tag."""
        for match in _TOKENS.finditer(text, start, end):
            kind = match.lastgroup or "word"
            if kind == "word":
                kind = "keyword" if match.group() in KEYWORDS else "name"
            self.setFormat(match.start(), match.end() - match.start(), self.formats[kind])

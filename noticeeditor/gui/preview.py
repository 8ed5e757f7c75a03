"""The live preview: the composed notice as HTML, re-rendered shortly after each change.

One long-lived ``Composer`` renders the notice; it caches every clause by the values
it reads, so a keystroke re-renders only the clauses that read that answer. Section
headings become ``notice-section:`` links: clicking one asks to show the questions
that feed that section. Each composed document is passed on (``document_composed``)
so the checklist checks what the preview shows without composing it again.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrame,
    QTextFrameFormat,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from noticeeditor.core.compose import Composer
from noticeeditor.core.document import Block, NoticeDocument, Paragraph, Section, Span, Table
from noticeeditor.core.questionnaire import Questionnaire
from noticeeditor.export.html import html_parts
from noticeeditor.gui.answers import Answers
from noticeeditor.gui.theme import ERROR, MUTED

SECTION_SCHEME = "notice-section"
# Rows of a table the preview lays out. Qt lays out a table of thousands of rows in
# seconds, again whenever anything above it changes; the exports keep every row.
PREVIEW_ROWS = 30
DELAY_MS = 150
# A section's heading is the first element inside its <section>; see export/html.py.
_SECTION_HEADING = re.compile(
    r'(<section\b[^>]*\bdata-section="([^"]+)"[^>]*>\s*<h(\d)\b[^>]*>)(.*?)(</h\3>)', re.DOTALL
)
HEAD = "__head__"  # the title, date line and contents
PREVIEW_FONT = "DejaVu Serif"
PREVIEW_CSS = f"""
body {{ font-family: 'DejaVu Serif', Georgia, serif; color: #1f2328; }}
p, li, td, th, h1, h2, h3, h4, h5, h6 {{ font-family: 'DejaVu Serif', Georgia, serif; }}
h1 {{ font-size: 20pt; font-weight: 600; margin-top: 4px; margin-bottom: 6px; }}
h2 {{ font-size: 15pt; font-weight: 600; margin-top: 20px; margin-bottom: 6px; }}
h3 {{ font-size: 12.5pt; font-weight: 600; margin-top: 16px; margin-bottom: 4px; }}
h4, h5, h6 {{ font-size: 11pt; font-weight: 600; margin-top: 12px; margin-bottom: 4px; }}
p, li {{ font-size: 11pt; line-height: 140%; }}
p {{ margin-top: 0px; margin-bottom: 9px; }}
a {{ color: #0a58b0; }}
a.section-link {{ color: #1f2328; text-decoration: none; }}
ul.toc-list {{ list-style-type: none; }}
.last-updated {{ color: {MUTED}; }}
.clause-error {{ color: {ERROR}; font-family: 'DejaVu Sans Mono', monospace; }}
table {{ border-collapse: collapse; margin-top: 6px; margin-bottom: 10px; }}
th {{ background-color: #f3f4f6; font-weight: 600; text-align: left; }}
th, td {{ padding: 4px 8px; border: 1px solid #d0d7de; }}
"""


def link_headings(html: str) -> str:
    """Wrap every section heading's text in a ``notice-section:<id>`` link."""

    def wrap(match: re.Match[str]) -> str:
        """Return the matched heading with its text inside a link."""
        opening, section_id, _level, title, closing = match.groups()
        link = f'<a class="section-link" href="{SECTION_SCHEME}:{section_id}">{title}</a>'
        return f"{opening}{link}{closing}"

    return _SECTION_HEADING.sub(wrap, html)


def questionnaire_section_for(
    doc: NoticeDocument, section_id: str, questionnaire: Questionnaire
) -> str | None:
    """Return the wizard section whose questions feed notice section ``section_id``.

    Each question the section's clause reads votes for its wizard section; a question
    read by many clauses (the business's name, say) says little about any one of them,
    so votes are weighted by how rare the question is across the notice.
    """
    section = doc.section(section_id)
    if section is None or section.provenance is None:
        return None
    readers = Counter(q for s in doc.sections if s.provenance for q in s.provenance.reads)
    total = max(1, len(doc.sections))
    votes: Counter[str] = Counter()
    for qid in section.provenance.reads:
        if qid in questionnaire:
            weight = math.log(1 + total / max(1, readers[qid]))
            votes[questionnaire.question(qid).section_id] += weight
    if not votes:
        return None
    order = [s.id for s in questionnaire.sections]
    return max(votes, key=lambda sid: (round(votes[sid], 9), -order.index(sid)))


def questions_for(
    doc: NoticeDocument, section_id: str, questionnaire: Questionnaire
) -> tuple[str, str | None] | None:
    """Return the wizard section feeding notice section ``section_id``, and its first question.

    The question is the first of that wizard section the section's clause reads.
    """
    target = questionnaire_section_for(doc, section_id, questionnaire)
    if target is None:
        return None
    section = doc.section(section_id)
    reads = section.provenance.reads if section and section.provenance else ()
    first = next((q.id for q in questionnaire.section(target).questions if q.id in reads), None)
    return target, first


class PreviewPanel(QTextBrowser):
    """Shows the notice as it will be exported, following every change."""

    questions_requested = Signal(str)
    rendered = Signal()
    document_composed = Signal(object)  # NoticeDocument, for the checklist

    def __init__(self, composer: Composer, answers: Answers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.setAccessibleName(self.tr("Preview of the notice"))
        self.composer, self.answers = composer, answers
        self.document_: NoticeDocument | None = None
        # The notice is shown as one text frame per part (head, then each section), so
        # a change re-lays out only the sections it touched.
        self._parts: list[tuple[str, str]] = []
        self._frames: dict[str, QTextFrame] = {}
        self.setOpenLinks(False)
        # Text wraps at the panel's width; a stray pixel of rounding must not add a bar.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A read-only view needs no undo history; keeping one costs a third of each update.
        self.document().setUndoRedoEnabled(False)
        self.document().setDefaultStyleSheet(PREVIEW_CSS)
        self.document().setDefaultFont(QFont(PREVIEW_FONT, 11))
        self.document().setDocumentMargin(28)
        self._shortened = ShortTables(PREVIEW_ROWS)
        self.timer = QTimer(self)
        self.timer.setObjectName("previewTimer")
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.render_now)
        self.anchorClicked.connect(self._on_anchor_clicked)

    def schedule_render(self) -> None:
        """Render again once changes have paused for a moment."""
        self.timer.start()

    def render_now(self) -> None:
        """Compose and show the notice now, keeping the reader's scroll position."""
        self.timer.stop()
        project = self.answers.project
        library = self.composer.library
        # In the notice's first language the answers model has the effective answers.
        shared = library.language == project.languages[0]
        effective = self.answers.effective(library.questionnaire) if shared else None
        memo = self.answers.memo if shared else None
        self.document_ = self.composer.compose(project, effective, memo)
        head, sections = html_parts(self._shortened.document(self.document_))
        parts = [(HEAD, head)] + [(s.id, html) for s, html in sections]
        if [key for key, _ in parts] == [key for key, _ in self._parts]:
            self._update_parts(parts)
        else:
            self._rebuild(parts)
        self._parts = parts
        self.rendered.emit()
        self.document_composed.emit(self.document_)

    def _update_parts(self, parts: list[tuple[str, str]]) -> None:
        """Replace only the parts whose HTML changed: Qt lays out just those again."""
        for (key, html), (_, old) in zip(parts, self._parts, strict=True):
            if html != old:
                frame = self._frames[key]
                cursor = QTextCursor(self.document())
                cursor.setPosition(frame.firstPosition())
                cursor.setPosition(frame.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
                cursor.removeSelectedText()
                # The emptied frame keeps its last block's list; the new first block (the
                # title, say) would join it and show as "1.".
                left = cursor.currentList()
                if left is not None:
                    left.remove(cursor.block())
                cursor.setBlockFormat(QTextBlockFormat())
                cursor.insertHtml(self._styled(html))
                _mark_links(self.document(), frame)

    def _rebuild(self, parts: list[tuple[str, str]]) -> None:
        """Lay the notice out afresh, one frame per part, keeping the scroll position."""
        bar = self.verticalScrollBar()
        position = bar.value()
        document = self.document()
        document.clear()
        self._frames = {}
        cursor = QTextCursor(document)
        for key, html in parts:
            cursor.movePosition(QTextCursor.MoveOperation.End)
            frame = self._frames[key] = cursor.insertFrame(QTextFrameFormat())
            cursor.insertHtml(self._styled(html))
            _mark_links(document, frame)
        if position == 0:
            # The browser's own cursor is left where the text went in, and a view shown for
            # the first time scrolls to it; a notice opens at its title.
            self.setTextCursor(QTextCursor(document))
        bar.setValue(min(position, bar.maximum()))

    @staticmethod
    def _styled(html: str) -> str:
        # Inserted HTML does not see the document's default style sheet; carry it along.
        # Headings become links only here, for the parts that are actually inserted.
        return f"<style>{PREVIEW_CSS}</style>{link_headings(html)}"

    def show_section(self, section_id: str) -> None:
        """Scroll to the notice section ``section_id``."""
        self.scrollToAnchor(section_id)

    def plain_text(self) -> str:
        """Return the text shown, without formatting."""
        return self.toPlainText()

    def clear_preview(self) -> None:
        """Show nothing, as before a project is open."""
        self.timer.stop()
        self.document_ = None
        self._parts, self._frames = [], {}
        self.clear()

    def _on_anchor_clicked(self, url: QUrl) -> None:
        """Go to a section's questions, jump within the notice, or open a web link."""
        if url.scheme() == SECTION_SCHEME:
            self.questions_requested.emit(url.path())
        elif not url.scheme() and url.hasFragment():
            self.scrollToAnchor(url.fragment())
            self.questions_requested.emit(url.fragment())
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)


class ShortTables:
    """Shows the first rows of long tables, with a line saying how many more there are.

    Each section is cut once per blocks tuple: the composer hands back the same tuple
    while a clause's text is unchanged, so the HTML of the cut section is reused too.
    """

    def __init__(self, rows: int) -> None:
        self.rows = rows
        self._cut: dict[int, tuple[tuple[Block, ...], tuple[Block, ...]]] = {}

    def document(self, document: NoticeDocument) -> NoticeDocument:
        """Return ``document`` with its long tables cut, or itself if it has none."""
        sections = [self._section(section) for section in document.sections]
        if all(new is old for new, old in zip(sections, document.sections, strict=True)):
            return document
        return replace(document, sections=sections)

    def _section(self, section: Section) -> Section:
        if not any(isinstance(b, Table) and len(b.rows) > self.rows for b in section.blocks):
            return section
        hit = self._cut.get(id(section.blocks))
        if hit is None or hit[0] is not section.blocks:
            if len(self._cut) >= 64:
                self._cut.clear()
            hit = self._cut[id(section.blocks)] = (section.blocks, self._blocks(section.blocks))
        return replace(section, blocks=hit[1])

    def _blocks(self, blocks: tuple[Block, ...]) -> tuple[Block, ...]:
        out: list[Block] = []
        for block in blocks:
            if isinstance(block, Table) and len(block.rows) > self.rows:
                out.append(replace(block, rows=block.rows[: self.rows]))
                more = len(block.rows) - self.rows
                note = QCoreApplication.translate(
                    "PreviewPanel",
                    "The preview shows the first {} rows; {} more are in the exported notice.",
                ).format(QLocale().toString(self.rows), QLocale().toString(more))
                out.append(Paragraph((Span(note, italic=True),), block.provenance))
            else:
                out.append(block)
        return tuple(out)


def _mark_links(document: QTextDocument, frame: QTextFrame) -> None:
    """Make every linked character of ``frame`` clickable again.

    Inserted HTML keeps a link's address on every character but marks only the first
    of a heading as a link when the heading's section carries an id (Qt 6.11).
    """
    block = document.findBlock(frame.firstPosition())
    while block.isValid() and block.position() <= frame.lastPosition():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            fmt = fragment.charFormat()
            if fmt.anchorHref() and not fmt.isAnchor():
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position())
                cursor.setPosition(
                    fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                )
                fix = QTextCharFormat()
                fix.setAnchor(True)
                cursor.mergeCharFormat(fix)
            fragments += 1
        block = block.next()

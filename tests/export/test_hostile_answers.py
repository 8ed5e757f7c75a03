"""Hostile answers: whatever the user types, exports succeed and stay inert.

Answers may hold any Unicode (characters XML forbids, lone surrogates, right-to-left
text, emoji), 100 KB of text, and text that looks like Markdown, HTML or Jinja. For
generated projects over the real questionnaire and clause library:

* compose, ``to_html`` (page and fragment) and ``export_docx`` never raise;
* the HTML parses with balanced tags, holds no script, handler or style attribute,
  and every ``href`` is a section anchor, a link the clauses themselves make, or one
  the user entered as a URL or e-mail answer;
* the DOCX reopens, and its hyperlinks are the HTML's;
* Jinja in an answer is never evaluated, and Markdown in an answer is shown as typed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import docx
import pytest
import yaml
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from noticeeditor.core.blocks import parse_markdown
from noticeeditor.core.compose import compose
from noticeeditor.core.document import (
    Heading,
    ListBlock,
    NoticeDocument,
    Paragraph,
    Table,
    block_text,
    document_text,
    plain,
)
from noticeeditor.core.filters import link, mailto
from noticeeditor.core.library import ClauseLibrary
from noticeeditor.core.project import NoticeProject
from noticeeditor.core.questionnaire import JURISDICTIONS, Question
from noticeeditor.export.docx import export_docx
from noticeeditor.export.html import to_html
from noticeeditor.paths import examples_dir, templates_dir

# ---------------------------------------------------------------- hostile text

SNIPPETS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
    '"><img src=x onerror=alert(1)>',
    "<a href='https://evil.example/a'>click</a>",
    "javascript:alert(1)",
    "[click](javascript:alert(1))",
    "[click](https://evil.example/b)",
    "<https://evil.example/c>",
    "![pic](https://evil.example/d.png)",
    "[ref]: https://evil.example/e",
    "[ref]",
    "https://evil.example/f",
    "www.evil.example",
    "mailto:evil@evil.example",
    "&#106;avascript:alert(1)",
    "&lt;script&gt;",
    "&amp; &copy; &#x3C;",
    "{{ 7*191 }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{% for x in range(10) %}x{% endfor %}",
    "{# comment #}",
    "{% raw %}",
    "**bold**",
    "__bold__",
    "*em*",
    "_em_",
    "`code`",
    "```\nfence\n```",
    "# heading",
    "Heading\n===",
    "---",
    "- item\n- item",
    "1. one\n2. two",
    "> quote",
    "    indented code",
    "| a | b |\n|---|---|\n| c | d |",
    "<!-- comment -->",
    "]]>",
    "\\",
    "line one  \nline two",
    "\u202eevil\u202c",  # right-to-left override
    "مرحبا بالعالم",  # Arabic, right to left
    "שלום עולם",  # Hebrew
    "👩‍👩‍👧‍👦 🏳️‍🌈 🇪🇺",  # emoji with joiners and flags
    "\x00\x01\x08\x0b\x0c\x1b\x7f",  # characters XML 1.0 forbids
    "\ufffe\uffff\U0010ffff\ufdd0",  # noncharacters
    "\ud800 \udfff",  # lone surrogates, which JSON's \\ud800 escapes can carry
    "\u2028\u2029\x85",  # Unicode line separators
    "\t\r\n\r",
    "Ünïcödé ÅÆØ ß 中文 日本語 한국어",
]
EVIL = "evil.example"

_any_char = st.characters(codec=None, categories=None)  # includes surrogates and controls
hostile_text = st.lists(
    st.sampled_from(SNIPPETS) | st.text(_any_char, max_size=12), min_size=1, max_size=4
).map(" ".join)
_safe_host = st.from_regex(r"\A[a-z][a-z0-9-]{0,10}\.(com|org|example)\Z")
good_url = st.builds("https://{}/{}".format, _safe_host, st.from_regex(r"\A[a-z0-9/_-]{0,12}\Z"))
good_email = st.builds("{}@{}".format, st.from_regex(r"\A[a-z][a-z0-9.]{0,8}\Z"), _safe_host)
iso_date = st.dates().map(lambda d: d.isoformat())


def answers_for(question: Question) -> st.SearchStrategy[Any]:
    """Return answers of the right type for ``question``, often hostile."""
    kind = question.type
    if kind == "yes_no":
        return st.booleans()
    if kind == "single_choice":
        return st.sampled_from([c.value for c in question.choices]) | hostile_text
    if kind == "multiple_choice":
        values = [c.value for c in question.choices]
        return st.lists(st.sampled_from(values) | hostile_text, max_size=4)
    if kind == "records":
        record = st.fixed_dictionaries({}, optional={f.id: answers_for(f) for f in question.fields})
        return st.lists(record, max_size=3)
    if kind == "url":
        return good_url | hostile_text
    if kind == "email":
        return good_email | hostile_text
    if kind == "date":
        return iso_date | hostile_text
    return hostile_text


# ---------------------------------------------------------------- checking HTML

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}
_FORBIDDEN_TAGS = {"script", "iframe", "object", "embed", "img", "form", "base", "link", "svg"}
_URL_ATTRIBUTES = {"href", "src", "action", "formaction", "srcset", "poster", "data"}


class _Checker(HTMLParser):
    """Collects what the HTML checks need: tags in order, links, ids, problems."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.hrefs: list[str] = []
        self.ids: set[str] = set()
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _FORBIDDEN_TAGS:
            self.problems.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on") or name == "style":
                self.problems.append(f"attribute {name} on <{tag}>")
            if name in _URL_ATTRIBUTES and name != "href":
                self.problems.append(f"attribute {name} on <{tag}>")
            if name == "href":
                self.hrefs.append(value or "")
            if name == "id":
                self.ids.add(value or "")
        if tag not in _VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.problems.append(f"self-closing <{tag}/>")

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes <{self.stack[-1] if self.stack else '-'}>")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def handle_comment(self, data: str) -> None:
        self.problems.append("a comment")

    def handle_pi(self, data: str) -> None:
        self.problems.append("a processing instruction")

    def unknown_decl(self, data: str) -> None:
        self.problems.append(f"a declaration {data[:20]!r}")


def check_html(html: str, allowed: set[str] | None, anchors: bool = True) -> _Checker:
    """Assert ``html`` is balanced, inert, and links only where allowed; return its parse.

    ``allowed`` None allows any http, https or mailto link; ``anchors`` checks that
    every ``#section`` link has its section.
    """
    checker = _Checker()
    checker.feed(html)
    checker.close()
    assert checker.problems == [], checker.problems[:5]
    assert checker.stack == [], f"unclosed: {checker.stack}"
    assert "<script" not in html.lower()
    for href in checker.hrefs:
        if href.startswith("#"):
            assert not anchors or href[1:] in checker.ids, f"anchor to nowhere: {href}"
        else:
            assert allowed is None or href in allowed, f"a link nobody entered: {href!r}"
            assert re.match(r"(?i)(https?://|mailto:)", href), href
    return checker


def _hrefs_of(markdown: str) -> set[str]:
    """Return the links compose makes of ``markdown``."""
    found = set()
    for block in parse_markdown(markdown, None):
        for span in _spans(block):
            if span.href:
                found.add(span.href)
    return found


def _spans(block: Any) -> Iterable[Any]:
    if isinstance(block, Paragraph | Heading):
        yield from block.spans
    elif isinstance(block, ListBlock):
        for item in block.items:
            for child in item.blocks:
                yield from _spans(child)
    elif isinstance(block, Table):
        for row in (block.header, *block.rows):
            for cell in row:
                yield from cell


def _template_links() -> set[str]:
    """Return the links the built-in clauses make whatever the answers."""
    found: set[str] = set()
    for path in templates_dir().rglob("*.md.j2"):
        for url in re.findall(r"https?://[^\s'\"<>)|}]+", path.read_text(encoding="utf-8")):
            found |= _hrefs_of(link(url)) | _hrefs_of(link(url.rstrip(".,;:")))
    return found


TEMPLATE_LINKS = _template_links()


# An e-mail address typed anywhere in an answer becomes a mailto link, nothing else.
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def typed_addresses(*texts: object) -> set[str]:
    """Return the mailto links of the e-mail addresses in typed ``texts``, lists and rows."""
    found: set[str] = set()
    for text in texts:
        if isinstance(text, str):
            found |= {f"mailto:{m}" for m in EMAIL.findall(text)}
        elif isinstance(text, list | tuple):
            found |= typed_addresses(*text)
        elif isinstance(text, dict):
            found |= typed_addresses(*text.values())
    return found


def allowed_links(project: NoticeProject, library: ClauseLibrary) -> set[str]:
    """Return every link the user entered (URL and e-mail answers) or the clauses make."""
    allowed = set(TEMPLATE_LINKS) | typed_addresses(*project.answers.values())
    for question in library.questionnaire:
        for kind, value in _typed_values(question, project.answers.get(question.id)):
            if not isinstance(value, str):
                continue
            allowed |= typed_addresses(value)
            for variant in {value, value.strip()}:
                if kind == "url":
                    allowed |= _hrefs_of(link(variant))
                elif kind == "email":
                    allowed |= _hrefs_of(mailto(variant))
    return allowed


def _typed_values(question: Question, value: Any) -> Iterable[tuple[str, Any]]:
    if question.type == "records" and isinstance(value, list):
        for record in value:
            if isinstance(record, dict):
                for field in question.fields:
                    yield field.type, record.get(field.id)
    else:
        yield question.type, value


def check_exports(
    document: NoticeDocument, allowed: set[str] | None, path: Path, anchors: bool = True
) -> str:
    """Export ``document`` every way, check each result, and return the page's text."""
    page = check_html(to_html(document, standalone=True), allowed, anchors)
    fragment = check_html(to_html(document, standalone=False, id_prefix=""), allowed, anchors)
    assert sorted(page.hrefs) == sorted(fragment.hrefs)
    export_docx(document, path)
    reopened = docx.Document(str(path))
    targets = {rel.target_ref for rel in reopened.part.rels.values() if rel.reltype == RT.HYPERLINK}
    assert targets <= {h for h in page.hrefs if not h.startswith("#")}, targets
    return "".join(page.text)


# ---------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def library() -> ClauseLibrary:
    return ClauseLibrary(templates_dir())


def _example() -> NoticeProject:
    projects = sorted(examples_dir().glob("*.notice"))
    assert projects, "no example projects in seeds/projects"
    return NoticeProject.load(projects[0])


def _projects(library: ClauseLibrary) -> st.SearchStrategy[NoticeProject]:
    questions = list(library.questionnaire)
    answers = st.fixed_dictionaries({}, optional={q.id: answers_for(q) for q in questions})
    chosen = st.lists(st.sampled_from(sorted(JURISDICTIONS)), unique=True, max_size=5)
    return st.builds(NoticeProject, answers, chosen)


_SETTINGS = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# ---------------------------------------------------------------- properties


@_SETTINGS
@given(data=st.data())
def test_generated_projects_export_safely(
    library: ClauseLibrary, tmp_path: Path, data: st.DataObject
) -> None:
    project = data.draw(_projects(library))
    document = compose(project, library)
    check_exports(document, allowed_links(project, library), tmp_path / "n.docx")
    # Nothing of what was typed was run as Jinja.
    assert "1337" not in document_text(document).replace("{{ 7\\*191 }}", "")


_WRONG = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=5),
    st.lists(st.integers() | st.none() | st.text(max_size=3), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers() | st.text(max_size=3), max_size=2),
    st.lists(st.dictionaries(st.text(max_size=3), st.integers(), max_size=2), max_size=2),
)


@_SETTINGS
@given(data=st.data())
def test_answers_of_the_wrong_type_never_break_an_export(
    library: ClauseLibrary, tmp_path: Path, data: st.DataObject
) -> None:
    # A project file edited by hand, or written by another tool, can hold anything.
    questions = [q.id for q in library.questionnaire]
    answers = data.draw(st.fixed_dictionaries({}, optional=dict.fromkeys(questions, _WRONG)))
    chosen = data.draw(st.lists(st.sampled_from(sorted(JURISDICTIONS)), unique=True))
    project = NoticeProject(answers, chosen)
    document = compose(project, library)
    # Links are still only http, https or mailto; which ones is not checked here, as
    # the clauses read a null e-mail answer as the text "None", nor whether each
    # section link has its section (test_section_links_lead_to_sections does that).
    check_exports(document, None, tmp_path / "n.docx", anchors=False)


# ---------------------------------------------------------------- typed as shown

HOSTILE_NAME = (
    "**Acme** <script>alert(1)</script> [x](javascript:alert(1)) {{ 7*191 }} "
    "{% if true %}if{% endif %} # h &amp; `c` _u_ \\ https://evil.example/n <b>b</b> "
    "[y](https://evil.example/m) <https://evil.example/o>"
)


def test_markup_in_answers_is_shown_as_typed(library: ClauseLibrary, tmp_path: Path) -> None:
    project = _example()
    project.answers["controller_name"] = HOSTILE_NAME
    project.answers["trading_name"] = ""
    project.answers["notice_title"] = ""
    document = compose(project, library)
    assert document.title == f"{HOSTILE_NAME} Privacy Notice"
    text = document_text(document)
    assert HOSTILE_NAME in text
    assert "1337" not in text
    page_text = check_exports(document, allowed_links(project, library), tmp_path / "n.docx")
    assert HOSTILE_NAME in page_text
    words = "\n".join(p.text for p in docx.Document(str(tmp_path / "n.docx")).paragraphs)
    assert HOSTILE_NAME in words


@pytest.mark.parametrize(
    "answers", [{}, {"data_categories": ["contact"]}, {"contact_email": "a@b.example"}]
)
def test_section_links_lead_to_sections(
    library: ClauseLibrary, tmp_path: Path, answers: dict[str, Any]
) -> None:
    # A contents entry or an "at a glance" link to a section the notice left out
    # would be a dead link on the website.
    document = compose(NoticeProject(answers, []), library)
    check_exports(document, allowed_links(NoticeProject(answers, []), library), tmp_path / "n.docx")


def test_a_url_answer_that_is_no_url_makes_no_link(library: ClauseLibrary, tmp_path: Path) -> None:
    project = _example()
    for question in library.questionnaire:
        if question.type == "url":
            project.answers[question.id] = "javascript:alert(document.cookie)//https://x.com"
        if question.type == "email":
            project.answers[question.id] = "a@b.com?body=<script>alert(1)</script>"
    document = compose(project, library)
    check_exports(document, allowed_links(project, library), tmp_path / "n.docx")
    html = to_html(document)
    assert "javascript:" not in html.replace("javascript:alert(document.cookie)//", "")
    assert 'href="javascript' not in html.lower()


def test_a_lone_surrogate_in_a_link_answer_still_exports(
    library: ClauseLibrary, tmp_path: Path
) -> None:
    # JSON allows "\\ud800", so a hand-edited project file can hold one.
    project = _example()
    for question in library.questionnaire:
        if question.type in ("url", "email"):
            project.answers[question.id] = "a\ud800@example.com"
    document = compose(project, library)
    assert document.errors() == []
    check_exports(document, allowed_links(project, library), tmp_path / "n.docx")


@pytest.mark.parametrize("answer", ["#contact", "# no section", "#no-section"])
def test_a_url_answer_makes_no_link_within_the_page(
    probe_library: ClauseLibrary, answer: str
) -> None:
    # Links within the notice are the clauses' own; an answer is no URL unless it
    # is an http, https or mailto address.
    project = NoticeProject({"website": answer, "trading_name": "Acme"}, [])
    html = to_html(compose(project, probe_library))
    assert 'href="#' not in html.split("</nav>")[-1], html


def test_100_kb_answers_export(library: ClauseLibrary, tmp_path: Path) -> None:
    project = _example()
    block = "Lorem *ipsum* <i>dolor</i> {{ sit }} amet, [consectetur](https://evil.example). "
    big = (block * 1300)[:100_000]
    for qid in ("controller_name", "trading_name", "notice_scope", "postal_address"):
        project.answers[qid] = big
    project.answers["retention_schedule"] = [{"category": big, "period": big, "reason": big}]
    document = compose(project, library)
    check_exports(document, allowed_links(project, library), tmp_path / "n.docx")
    stopped = [e.describe() for e in document.errors() if "clause stopped" in e.message]
    assert stopped == []
    assert big.strip() in document_text(document)


# ---------------------------------------------------------------- every Markdown context

# A clause that prints answers in every Markdown construct a clause may use.
PROBE = """{{ notice_scope }}

**{{ notice_scope }}**

- {{ notice_scope }}
- after

> {{ notice_scope }}

| Name | Scope |
|---|---|
| {{ trading_name }} | {{ trading_name }} |

## {{ trading_name }}

Text {{ website|link(trading_name) }} {{ contact_email|mailto }}.
"""


@pytest.fixture(scope="module")
def probe_library(tmp_path_factory: pytest.TempPathFactory) -> ClauseLibrary:
    root = tmp_path_factory.mktemp("probe")
    (root / "common").mkdir()
    (root / "common" / "probe.md.j2").write_text(PROBE, encoding="utf-8")
    outline = {"body": [{"id": "probe", "title": "Probe", "clause": "probe.md.j2"}]}
    (root / "outline.yaml").write_text(yaml.safe_dump(outline), encoding="utf-8")
    return ClauseLibrary(templates_dir(), root)


# Text as the preview shows it: what HTML and DOCX drop is left out here.
_shown_char = st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Cn", "Co"))
shown_text = st.lists(st.sampled_from(SNIPPETS[:40]) | st.text(_shown_char, max_size=10)).map(
    "".join
)
one_line = shown_text.map(lambda t: re.sub(r"[\r\n]", " ", t))


def as_shown(text: str) -> str:
    """Return ``text`` as a clause prints it: each line trimmed, blank lines dropped."""
    lines = [line.strip() for line in re.split(r"\r\n?|\n", text)]
    return "\n".join(line for line in lines if line)


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(scope=shown_text, name=one_line, site=good_url | hostile_text)
def test_answers_read_as_typed_in_every_markdown_context(
    probe_library: ClauseLibrary, tmp_path: Path, scope: str, name: str, site: str
) -> None:
    answers = {"notice_scope": scope, "trading_name": name, "website": site}
    answers["contact_email"] = "privacy@example.com"
    project = NoticeProject(answers, [])
    document = compose(project, probe_library)
    section = document.section("probe")
    scope_text, name_text = as_shown(scope), as_shown(name)
    if section is None:
        assert not scope_text and not name_text
        return
    *blocks, last = section.blocks
    lists = [b for b in blocks if isinstance(b, ListBlock)]
    assert len(lists) == 1 and block_text(lists[0].items[-1].blocks[0]) == "after"
    paragraphs = [plain(b.spans) for b in blocks if isinstance(b, Paragraph)]
    if scope_text:
        # Plain, bold and quoted (compose reads a quote as its paragraphs), and listed.
        assert paragraphs == [scope_text] * 3
        bold = blocks[1]
        assert isinstance(bold, Paragraph)
        assert all(s.bold for s in bold.spans if s.text.strip("\n"))
        assert block_text(lists[0].items[0].blocks[0]) == scope_text
    else:
        assert paragraphs == []
    tables = [b for b in blocks if isinstance(b, Table)]
    headings = [plain(b.spans) for b in blocks if isinstance(b, Heading)]
    if name_text:
        assert [[plain(cell) for cell in t.rows[0]] for t in tables] == [[name_text] * 2]
        assert headings == [name_text]
        assert name_text in plain(last.spans)  # type: ignore[union-attr]
    else:  # a table row, or a heading, with nothing in it is dropped
        assert (tables, headings) == ([], [])
    assert isinstance(last, Paragraph)
    links = {span.href for span in last.spans if span.href}
    typed = typed_addresses(name, site, scope)
    assert links <= _hrefs_of(link(site)) | {"mailto:privacy@example.com"} | typed
    assert "mailto:privacy@example.com" in links
    check_exports(document, allowed_links(project, probe_library), tmp_path / "n.docx")


def test_probe_renders_known_text(probe_library: ClauseLibrary) -> None:
    project = NoticeProject({"notice_scope": "a *b*\n# c", "trading_name": "<x>"}, [])
    section = compose(project, probe_library).section("probe")
    assert section is not None
    assert block_text(section.blocks[0]) == "a *b*\n# c"
    assert "&lt;x&gt;" in to_html(compose(project, probe_library), standalone=False)

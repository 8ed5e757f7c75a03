"""Hostile clauses: known sandbox escapes are refused, runaway clauses are stopped.

Each hostile clause sits in a user library next to the built-in one, as a lawyer's
override would. It must become one error block that names its file and line and
says what was refused, run no code (a canary file is never created), and leave the
rest of the notice exactly as it renders without it.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any

import pytest
import yaml

from noticeeditor.core.compose import build_context, compose
from noticeeditor.core.document import ErrorBlock, NoticeDocument, Paragraph, Section, block_text
from noticeeditor.core.library import ClauseLibrary, Outline, TemplateProblem
from noticeeditor.core.project import NoticeProject
from noticeeditor.core.sandbox import (
    MAX_CLAUSE_BYTES,
    MAX_OUTPUT,
    MAX_SECONDS,
    REMOVED_GLOBALS,
    LimitExceeded,
)
from noticeeditor.paths import examples_dir, templates_dir

NOT_ALLOWED = "not allowed in a clause: "
UNKNOWN = "unknown name: "
CANARY = "CANARY"  # replaced by a path in a temporary folder

# name -> (clause text, what the error message starts with)
ESCAPES: dict[str, tuple[str, str]] = {
    "class": ("{{ controller_name.__class__ }}", NOT_ALLOWED),
    "mro_attribute": ("{{ controller_name.__class__.__mro__ }}", NOT_ALLOWED),
    "mro_call": ("{{ dict.mro() }}", NOT_ALLOWED),
    "subclasses": ("{{ ().__class__.__base__.__subclasses__() }}", NOT_ALLOWED),
    "subclass_walk": (
        "{% for c in ''.__class__.__mro__[1].__subclasses__() %}"
        "{% if c.__name__ == 'Popen' %}{{ c('touch CANARY', shell=True) }}{% endif %}"
        "{% endfor %}",
        NOT_ALLOWED,
    ),
    "macro_globals": ("{% macro m() %}{% endmacro %}{{ m._func.__globals__ }}", NOT_ALLOWED),
    "builtins": (
        "{{ range.__globals__.__builtins__.__import__('os').system('touch CANARY') }}",
        NOT_ALLOWED,
    ),
    "init_globals": (
        "{{ joiner.__init__.__globals__.os.popen('touch CANARY').read() }}",
        NOT_ALLOWED,
    ),
    "namespace_globals": ("{{ namespace.__init__.__globals__['sys'] }}", NOT_ALLOWED),
    "range_globals": ("{{ range.__globals__ }}", NOT_ALLOWED),
    "cycler_globals": (
        "{{ cycler.__init__.__globals__.os.popen('touch CANARY').read() }}",
        UNKNOWN,  # cycler is gone from the globals
    ),
    "lipsum_globals": (
        "{{ lipsum.__globals__['os'].popen('touch CANARY').read() }}",
        UNKNOWN,  # so is lipsum
    ),
    "self_dict": ("{{ self.__dict__ }}", NOT_ALLOWED),
    "self_context": ("{{ self._TemplateReference__context }}", NOT_ALLOWED),
    "config": ("{{ config.items() }}", UNKNOWN),
    "request": ("{{ request.application.__globals__.__builtins__ }}", UNKNOWN),
    "format_attribute": ('{{ "{0.__class__}".format(controller_name) }}', NOT_ALLOWED),
    "format_index": ('{{ "{0[__class__]}".format(controller_name) }}', NOT_ALLOWED),
    "format_deep": (
        '{{ "{0.__class__.__mro__[1].__subclasses__}".format(controller_name) }}',
        NOT_ALLOWED,
    ),
    "format_map": ('{{ "{x.__class__}".format_map({"x": controller_name}) }}', NOT_ALLOWED),
    "format_via_attr": ('{{ ("{0.__class__}"|attr("format"))(controller_name) }}', NOT_ALLOWED),
    "format_via_set": (
        '{% set f = "{0.__init__.__globals__}".format %}{{ f(joiner) }}',
        NOT_ALLOWED,
    ),
    "format_nested_spec": ('{{ "{0:{1}}".format("x", 100) }}', NOT_ALLOWED),
    "percent_format": ('{{ "%s"|format(controller_name.__class__) }}', NOT_ALLOWED),
    "attr_filter": ('{{ controller_name|attr("__class__") }}', NOT_ALLOWED),
    "attr_built_name": ('{{ controller_name|attr("__cla" ~ "ss__") }}', NOT_ALLOWED),
    "map_attribute": ('{{ [controller_name]|map(attribute="__class__")|list }}', NOT_ALLOWED),
    "sort_attribute": ('{{ [controller_name]|sort(attribute="__class__")|list }}', NOT_ALLOWED),
    "subscript": ('{{ controller_name["__class__"] }}', NOT_ALLOWED),
    "method_self": ("{{ controller_name.upper.__self__ }}", NOT_ALLOWED),
    "generator_frame": ('{{ ([1]|map("string")).gi_frame }}', NOT_ALLOWED),
    "loop_class": ("{% for x in [1] %}{{ loop.__class__ }}{% endfor %}", NOT_ALLOWED),
    "defined_test": ("{{ controller_name.__class__ is defined }}", NOT_ALLOWED),
    "default_filter": ('{{ controller_name.__class__|default("quiet") }}', NOT_ALLOWED),
    "include_outside": ('{% include "../../../../../../etc/passwd" %}', "included clause"),
    "import_module": ('{% import "os" as os %}{{ os.system("touch CANARY") }}', "included clause"),
}

# name -> (clause text, what the error message says)
RUNAWAYS: dict[str, tuple[str, str]] = {
    "nested_loops": (
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
        "clause stopped",
    ),
    "repeat_string": ('{{ "x" * 10**9 }}', "would be 1,000,000,000"),
    # Jinja's ** groups from the left: 9**9**9 is (9**9)**9, 261 bits and fine.
    "power_tower": ("{{ 9**(9**9) }}", "larger than 4096 bits"),
    "power_tower_left": ("{{ (9**9**9)**9**9 }}", "larger than 4096 bits"),
    "multiply_numbers": (
        "{% set ns = namespace(n=10) %}{% for i in range(40) %}{% set ns.n = ns.n * ns.n %}"
        "{% endfor %}{{ ns.n }}",
        "larger than 4096 bits",
    ),
    "recursive_macro": (
        "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}",
        "calls itself too deeply",
    ),
    "gigabytes_out": (
        "{% for i in range(100000) %}{% for j in range(100000) %}"
        '{{ "x" * 100000 }}{% endfor %}{% endfor %}',
        f"longer than {MAX_OUTPUT:,} characters",
    ),
    "gigabytes_in_macro": (
        "{% macro m() %}{% for i in range(100000) %}{% for j in range(100000) %}"
        '{{ "x" * 100000 }}{% endfor %}{% endfor %}{% endmacro %}{{ m()|length }}',
        "clause stopped",
    ),
    "gigabytes_in_set_block": (
        "{% set big %}{% for i in range(100000) %}{% for j in range(100000) %}"
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
        "{% endfor %}{% endfor %}{% endset %}{{ big|length }}",
        "clause stopped",
    ),
    "doubling": (
        '{% set ns = namespace(s="x") %}{% for i in range(64) %}'
        "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s|length }}",
        "clause stopped",
    ),
    "doubling_plus": (
        "{% set ns = namespace(s=[1]) %}{% for i in range(64) %}"
        "{% set ns.s = ns.s + ns.s %}{% endfor %}{{ ns.s|length }}",
        "clause stopped",
    ),
    "self_extending_list": (
        "{% set items = [1] %}{% for x in items %}{% set _ = items.append(x) %}{% endfor %}",
        "clause stopped",
    ),
    "center": ('{{ "x"|center(1000000000) }}', "would be 1,000,000,000"),
    "ljust": ('{{ "x".ljust(10**9) }}', "would be 1,000,000,000"),
    "percent_width": ('{{ "%1000000000s"|format("x") }}', "width or precision"),
    "percent_star": ('{{ "%*s" % (10**9, "x") }}', "width or precision"),
    "format_width": ('{{ "{:>1000000000}".format("x") }}', "width or precision"),
    "replace_growth": ('{{ ("x" * 3000000)|replace("x", "yy") }}', "replaced text"),
    "join_growth": ('{{ range(100000)|join("x" * 100000) }}', "joined text"),
    "indent_growth": ('{{ ("a\\n" * 100000)|indent(100000) }}', "indented text"),
    "sum_quadratic": ("{{ range(5000)|batch(1)|list|sum(start=[]) }}", "anything but numbers"),
    "sum_texts": ("{{ (['ab'] * 3)|sum(start='') }}", "anything but numbers"),
    # Sizes are checked before the value is built: each of these would take gigabytes.
    "join_pieces": ("{% set s = 'x' * 999999 %}{{ ([s] * 1500)|join|length }}", "joined text"),
    "join_method": ("{% set s = 'y' * 900000 %}{{ '-'.join([s] * 99)|length }}", "joined text"),
    "extend_doubling": (
        "{% set l = ['z' * 100000] %}{% for i in range(40) %}{% if l.extend(l) %}{% endif %}"
        "{% endfor %}{{ l|length }}",
        "a list would be",
    ),
    "append_growth": (
        "{% set l = [] %}{% for i in range(99999) %}{% if l.append('w' * 999) %}{% endif %}"
        "{% endfor %}{{ l|length }}",
        "more than",
    ),
    "dict_growth": (
        "{% set d = {} %}{% for i in range(99999) %}{{ d.update({i: 'q' * 99999}) }}{% endfor %}",
        "more than",
    ),
    "list_plus": ("{% set l = [0] * 3000000 %}{{ (l + l)|length }}", "joined value"),
    # Turning a list that holds one big text many times into text writes every copy.
    "printf_many": (
        "{% set s = 'x' * 3000000 %}{{ (('%s' * 3000) % ([s] * 3000)|list)|length }}",
        "formatted text",
    ),
    "format_many": (
        "{% set s = 'x' * 3000000 %}{{ ('{0}' * 3000).format(s)|length }}",
        "formatted text",
    ),
    "format_map_many": (
        "{% set s = 'x' * 3000000 %}{{ ('{a}' * 3000).format_map({'a': s})|length }}",
        "formatted text",
    ),
    "format_filter_many": (
        "{% set s = 'x' * 3000000 %}{{ ('%s' * 3000)|format(*([s] * 3000))|length }}",
        "formatted text",
    ),
    "tojson_copies": ("{% set s = 'j' * 3000000 %}{{ ([s] * 3000)|tojson|length }}", "as text"),
    "string_copies": ("{% set s = 'k' * 3000000 %}{{ ([s] * 3000)|string|length }}", "as text"),
    "printed_copies": ("{% set s = 'p' * 3000000 %}{{ [s] * 3000 }}", "printed value"),
    "concat_copies": ("{% set s = 'c' * 3000000 %}{{ 'a' ~ ([s] * 3000) }}", "printed value"),
    "xmlattr_copies": ("{% set s = 'a' * 3000000 %}{{ dict(a=s, b=s)|xmlattr }}", "as text"),
    # Integers are bounded in digits, whatever makes them.
    "hex_number": ("{{ ('f' * 1000000)|int(base=16) // 7 }}", "more than 1,300 digits"),
    "decimal_number": ("{{ ('7' * 4000)|int }}", "more than 1,300 digits"),
    "power_chain": ("{% set n = 3 ** 2000 %}{{ n * n * n }}", "larger than 4096 bits"),
    # Filters and codecs whose cost cannot be told in advance are gone.
    "pprint": ("{{ (['x' * 100] * 99999)|pprint|length }}", "pprint"),
    "punycode": ("{{ ('中文' * 200000).encode('punycode')|length }}", "codec"),
    "bz2_codec": ("{{ ('a' * 900000).encode('bz2_codec')|length }}", "codec"),
    "format_field_width": ("{{ '{:>99999999}'.format('x')|length }}", "width or precision"),
    "big_range": ("{{ range(100001)|list|length }}", "more than 100,000 numbers"),
    "deep_parentheses": ("{{ " + "(" * 5000 + "1" + ")" * 5000 + " }}", "nested too deeply"),
    "long_number": ("{{ " + "9" * 5000 + " }}", "number too long"),
}


def _example() -> NoticeProject:
    projects = sorted(examples_dir().glob("*.notice"))
    assert projects, "no example projects in seeds/projects"
    return NoticeProject.load(projects[0])


@pytest.fixture(scope="module")
def canary(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("canary") / "ran"


@pytest.fixture(scope="module")
def project() -> NoticeProject:
    return _example()


def _user_library(root: Path, clauses: dict[str, str], keep_body: bool = True) -> Path:
    """Return a user library with ``clauses`` in common/, each a section of the notice.

    With ``keep_body`` they follow the built-in outline's sections; without it they
    are the whole notice, which spares compiling the built-in clauses.
    """
    (root / "common").mkdir(parents=True, exist_ok=True)
    outline = yaml.safe_load((templates_dir() / "outline.yaml").read_text(encoding="utf-8"))
    if not keep_body:
        outline = {"body": [], "jurisdictions": {}}
    for name, text in clauses.items():
        (root / "common" / f"hostile_{name}.md.j2").write_text(text, encoding="utf-8")
        outline["body"].append(
            {"id": f"hostile_{name}", "title": name, "clause": f"hostile_{name}.md.j2"}
        )
    (root / "outline.yaml").write_text(yaml.safe_dump(outline), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def hostile(
    tmp_path_factory: pytest.TempPathFactory, canary: Path, project: NoticeProject
) -> tuple[NoticeDocument, NoticeDocument, float]:
    """Return the notice without and with every hostile clause, and the time the latter took."""
    clauses = {name: text.replace(CANARY, str(canary)) for name, (text, _) in ESCAPES.items()}
    clauses |= {name: text for name, (text, _) in RUNAWAYS.items()}
    root = _user_library(tmp_path_factory.mktemp("hostile"), clauses)
    library = ClauseLibrary(templates_dir(), root)
    full = library.outline
    # The same library, so the built-in clauses compile once; hostile sections left out.
    library.outline = Outline(
        tuple(s for s in full.body if not s.id.startswith("hostile_")), full.parts
    )
    baseline = compose(project, library)
    library.outline = full
    started = time.perf_counter()
    document = compose(project, library)
    return baseline, document, time.perf_counter() - started


@pytest.fixture(scope="module")
def baseline(hostile: tuple[NoticeDocument, NoticeDocument, float]) -> NoticeDocument:
    return hostile[0]


def _error(document: NoticeDocument, name: str) -> ErrorBlock:
    section = document.section(f"hostile_{name}")
    assert section is not None, f"hostile_{name} rendered to nothing"
    assert len(section.blocks) == 1, [block_text(b) for b in section.blocks]
    block = section.blocks[0]
    assert isinstance(block, ErrorBlock), block_text(block)
    return block


@pytest.mark.parametrize("name", sorted(ESCAPES))
def test_escape_is_refused_and_runs_nothing(
    hostile: tuple[NoticeDocument, NoticeDocument, float], canary: Path, name: str
) -> None:
    error = _error(hostile[1], name)
    expected = ESCAPES[name][1]
    assert error.message.startswith(expected), error.describe()
    assert error.file == f"common/hostile_{name}.md.j2"
    if expected == NOT_ALLOWED:
        assert error.line == 1, error.describe()
    assert "\n" not in error.message
    assert not canary.exists()


@pytest.mark.parametrize("name", sorted(RUNAWAYS))
def test_runaway_is_stopped_in_the_notice(
    hostile: tuple[NoticeDocument, NoticeDocument, float], name: str
) -> None:
    error = _error(hostile[1], name)
    assert RUNAWAYS[name][1] in error.message, error.describe()
    assert error.file == f"common/hostile_{name}.md.j2"
    assert len(error.message) < 300


def test_the_rest_of_the_notice_renders_as_without_hostile_clauses(
    hostile: tuple[NoticeDocument, NoticeDocument, float], baseline: NoticeDocument
) -> None:
    _, document, seconds = hostile

    # The hostile sections come before the parts, so those are numbered further on,
    # and so are the cross-references to them.
    def unnumbered(sections: list[Section]) -> list[tuple[str, str]]:
        kept = [s for s in sections if not s.id.startswith("hostile_")]
        texts = {s.id: "\n".join(map(block_text, s.blocks)) for s in kept}
        return [(sid, re.sub(r"section \d+(\.\d+)?", "section N", t)) for sid, t in texts.items()]

    assert unnumbered(document.sections) == unnumbered(baseline.sections)
    assert document.title == baseline.title
    # Every runaway is cut off within its own limit; most fail at once.
    assert seconds < MAX_SECONDS * len(RUNAWAYS) / 2


@pytest.fixture
def render_one(tmp_path: Path, project: NoticeProject) -> Any:
    """Return a function rendering one clause text from a user library."""

    def render(text: str) -> str:
        root = tmp_path / "library"
        (root / "common").mkdir(parents=True, exist_ok=True)
        (root / "common" / "who_we_are.md.j2").write_text(text, encoding="utf-8")
        library = ClauseLibrary(templates_dir(), root)
        context = build_context(library, project, None)
        return library.render("who_we_are.md.j2", None, context)

    return render


@pytest.mark.parametrize("name", sorted(RUNAWAYS))
def test_runaway_stops_within_seconds_naming_file_and_line(render_one: Any, name: str) -> None:
    text, expected = RUNAWAYS[name]
    started = time.perf_counter()
    with pytest.raises(TemplateProblem) as info:
        render_one(text)
    elapsed = time.perf_counter() - started
    assert elapsed < MAX_SECONDS + 3, f"{name} ran {elapsed:.1f} s"
    assert expected in info.value.message
    assert info.value.file == "common/who_we_are.md.j2"
    if name not in ("deep_parentheses", "long_number"):  # compile errors: no line yet
        assert info.value.line == 1, str(info.value)


def test_a_stopped_line_is_the_line_that_ran_away(render_one: Any) -> None:
    text = "Fine.\n\nStill fine.\n{% for i in range(100000) %}\n{{ 'x' * 1000 }}\n{% endfor %}\n"
    with pytest.raises(TemplateProblem) as info:
        render_one(text)
    assert info.value.line == 5, str(info.value)
    assert "longer than" in info.value.message


def test_output_just_under_the_limit_is_fine(render_one: Any) -> None:
    text = '{% for i in range(9) %}{{ "x" * 100000 }}\n\n{% endfor %}'
    assert len(render_one(text)) < MAX_OUTPUT


def test_a_limit_in_one_render_does_not_leak_into_the_next(render_one: Any) -> None:
    with pytest.raises(TemplateProblem):
        render_one(
            "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"
        )
    assert render_one("{% for i in range(3) %}{{ i }}{% endfor %}") == "012"


def _only_error(document: NoticeDocument, name: str) -> ErrorBlock:
    section = document.section(f"hostile_{name}")
    assert section is not None
    (error,) = section.blocks
    assert isinstance(error, ErrorBlock), block_text(error)
    return error


def test_symlink_out_of_the_library_is_refused(tmp_path: Path, project: NoticeProject) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("the secret", encoding="utf-8")
    root = _user_library(tmp_path / "library", {"leak": '{% include "leak.md.j2" %}'}, False)
    (root / "common" / "leak.md.j2").symlink_to(secret)
    error = _only_error(compose(project, ClauseLibrary(templates_dir(), root)), "leak")
    assert error.message.startswith(NOT_ALLOWED)
    assert "outside the library" in error.message
    assert error.file == "common/leak.md.j2"
    assert "the secret" not in error.describe()


def test_symlinked_folder_out_of_the_library_is_refused(
    tmp_path: Path, project: NoticeProject
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "leak.md.j2").write_text("the secret", encoding="utf-8")
    root = _user_library(tmp_path / "library", {"leak": '{% include "sub/leak.md.j2" %}'}, False)
    (root / "common" / "sub").symlink_to(outside, target_is_directory=True)
    error = _only_error(compose(project, ClauseLibrary(templates_dir(), root)), "leak")
    assert "outside the library" in error.message
    assert "the secret" not in error.describe()


def test_symlink_within_the_library_is_followed(tmp_path: Path, project: NoticeProject) -> None:
    root = _user_library(tmp_path / "library", {"shared": '{% include "alias.md.j2" %}'}, False)
    (root / "common" / "real.md.j2").write_text("Shared words.", encoding="utf-8")
    (root / "common" / "alias.md.j2").symlink_to(root / "common" / "real.md.j2")
    section = compose(project, ClauseLibrary(templates_dir(), root)).section("hostile_shared")
    assert section is not None
    assert "Shared words." in block_text(section.blocks[0])


def test_symlinked_clause_itself_is_refused(tmp_path: Path, project: NoticeProject) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("the secret {{ 7 * 7 }}", encoding="utf-8")
    root = _user_library(tmp_path / "library", {"link": ""}, False)
    (root / "common" / "hostile_link.md.j2").unlink()
    (root / "common" / "hostile_link.md.j2").symlink_to(secret)
    error = _only_error(compose(project, ClauseLibrary(templates_dir(), root)), "link")
    assert error.message.startswith(NOT_ALLOWED)
    assert "the secret" not in error.describe()


def test_huge_clause_file_is_refused_unread(tmp_path: Path, project: NoticeProject) -> None:
    root = _user_library(tmp_path / "library", {"huge": ""}, False)
    with (root / "common" / "hostile_huge.md.j2").open("wb") as handle:
        handle.truncate(MAX_CLAUSE_BYTES + 1)
    error = _only_error(compose(project, ClauseLibrary(templates_dir(), root)), "huge")
    assert "larger than 1,000,000 bytes" in error.message


def test_a_clause_cannot_change_the_answers(tmp_path: Path) -> None:
    answers = {"purposes": ["service"], "retention_schedule": [{"category": "Mail"}]}
    project = NoticeProject(answers, ["eu"])
    before = json.dumps(project.answers, sort_keys=True)
    text = (
        "{% set _ = purposes.append('sold') %}"
        "{% set _ = retention_schedule[0].update(category='X') %}"
        "{% set _ = jurisdictions.append('california') %}{{ purposes|length }}"
    )
    root = _user_library(
        tmp_path / "library", {"mutate": text, "after": "{{ purposes|length }}"}, False
    )
    document = compose(project, ClauseLibrary(templates_dir(), root))
    assert json.dumps(project.answers, sort_keys=True) == before
    assert project.jurisdictions == ["eu"]
    for name, count in (("mutate", "2"), ("after", "1")):
        section = document.section(f"hostile_{name}")
        assert section is not None and block_text(section.blocks[0]) == count


def test_dangerous_globals_are_gone() -> None:
    env = ClauseLibrary(templates_dir()).environment(None)
    for name in REMOVED_GLOBALS:
        assert name not in env.globals
    assert {"range", "dict", "namespace", "joiner"} <= set(env.globals)


# What clauses legitimately do still works, with the same results as plain Jinja.
ORDINARY = {
    "{{ range(3)|join(', ') }}": "0, 1, 2",
    "{{ '%.2f'|format(3.14159) }}": "3\\.14",
    "{{ '{:,}'.format(25000000) }}": "25,000,000",
    "{{ '{:>6}'.format('ab') }}": "ab",
    "{{ 'ab' * 3 }}": "ababab",
    "{{ 2 ** 10 }}": "1024",
    "{{ 7 * 6 }}": "42",
    "{{ 10 % 4 }}": "2",
    "{{ 'a' ~ 'b' ~ 1 }}": "ab1",
    "{{ [1, 2] + [3] }}": "1, 2 and 3",
    "{{ 'x'|center(5)|length }}": "5",
    "{{ 'a b'|replace(' ', '-') }}": "a\\-b",
    "{% set ns = namespace(n=0) %}{% for i in range(5) %}{% set ns.n = ns.n + i %}"
    "{% endfor %}{{ ns.n }}": "10",
    "{% set sep = joiner(';') %}{% for x in 'abc' %}{{ sep() }}{{ x }}{% endfor %}": "a;b;c",
    "{% for x in 'abc' %}{{ loop.index }}{% if not loop.last %},{% endif %}{% endfor %}": "1,2,3",
    "{% macro greet(n) %}Hello {{ n }}{% endmacro %}{{ greet('you')|length }}": "9",
    "{% for k, v in {'a': 1}.items() %}{{ k }}={{ v ~ '=' }}{% endfor %}": "a=1\\=",
    "{{ [3, 1, 2]|sort|join }}": "123",
    "{{ dict(a=1)|length }}": "1",
    "{{ 'abc'|upper }}": "ABC",
    "{% for x in [[1, [2]], [3]] recursive %}{% if x is iterable %}{{ loop(x) }}{% else %}"
    "{{ x }}{% endif %}{% endfor %}": "123",
    "{{ 25000000 }}": "25000000",
}


@pytest.mark.parametrize("text", sorted(ORDINARY))
def test_ordinary_clauses_still_render(render_one: Any, text: str) -> None:
    assert render_one(text) == ORDINARY[text]


def test_real_library_renders_examples_without_errors(baseline: NoticeDocument) -> None:
    # The built-in clauses stay inside every limit: none of them is cut off.
    stopped = [e.describe() for e in baseline.errors() if "clause stopped" in e.message]
    refused = [e.describe() for e in baseline.errors() if NOT_ALLOWED in e.message]
    assert (stopped, refused) == ([], [])
    assert any(isinstance(b, Paragraph) for b in baseline.iter_blocks())


def test_any_render_of_a_clause_template_is_metered() -> None:
    # The clause editor renders unsaved text with Template.render: it is limited too.
    env = ClauseLibrary(templates_dir()).environment("eu")
    runaway = env.from_string(RUNAWAYS["nested_loops"][0])
    started = time.perf_counter()
    with pytest.raises(LimitExceeded):
        runaway.render({})
    assert time.perf_counter() - started < MAX_SECONDS + 3
    assert env.from_string("{{ x }} {{ y|length }}").render(x="*a*", y=[1]) == "\\*a\\* 1"


def test_clauses_see_no_machinery_in_their_context(tmp_path: Path, project: NoticeProject) -> None:
    # What compose puts in the context for itself must not be a name a clause can use.
    clauses = {"memo": "{{ _import_memo }}", "context": "{{ context }}"}
    root = _user_library(tmp_path / "library", clauses, False)
    document = compose(project, ClauseLibrary(templates_dir(), root))
    for name in clauses:
        assert _only_error(document, name).message.startswith(UNKNOWN)


def test_limits_allow_a_big_but_honest_notice(tmp_path: Path) -> None:
    """10,000 rows of records and a 1 MB answer, printed escaped, stay within the limits."""
    rows = [{"category": f"Records {i}", "period": f"{i} days"} for i in range(10_000)]
    essay = ("An honest answer, with punctuation: [a] *b* #c. " * 21_000)[:1_000_000]
    text = (
        "{% set ns = namespace(rows=[]) %}"
        "{% for row in rows if row.category %}{% if ns.rows.append(row) %}{% endif %}{% endfor %}"
        "| Category | Period |\n|---|---|\n"
        "{% for row in ns.rows %}| {{ row.category }} | {{ row.period }} |\n{% endfor %}"
        "{{ essay }}\n\n{{ essay|trim }}\n\n{{ [essay, 'more']|join(' ') }}\n"
    )
    (tmp_path / "common").mkdir()
    (tmp_path / "common" / "big.md.j2").write_text(text, encoding="utf-8")
    library = ClauseLibrary(templates_dir(), tmp_path)
    context = {"rows": rows, "essay": essay}
    out = library.render_here("big.md.j2", None, context)
    assert library.render("big.md.j2", None, context) == out  # in the worker too
    assert out.count("\n| Records ") == 10_000
    assert out.count("An honest answer") > 3 * 20_000

"""The composer's clause cache: reused blocks must always match a fresh composition.

Clauses here read answers directly, through helper modules imported with context
(``{% import "_facts.md.j2" as facts with context %}``), through macros, and in the
odd ways a lawyer's own library might: shadowing a name before the import, changing
a list a module handed out, testing whether a module set a name at all.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from jinja2.environment import TemplateModule

from noticeeditor.core import tracking
from noticeeditor.core.compose import Composer, compose
from noticeeditor.core.document import NoticeDocument, block_text, document_text
from noticeeditor.core.filters import MarkdownText
from noticeeditor.core.library import ClauseLibrary
from noticeeditor.core.project import NoticeProject
from noticeeditor.core.questionnaire import JURISDICTIONS
from noticeeditor.core.tracking import freeze
from noticeeditor.export.html import to_html
from noticeeditor.paths import examples_dir, templates_dir

QUESTIONNAIRE = """
sections:
  - id: about
    title: About
    questions:
      - {id: name, type: text, label: Name, help: Your name}
      - {id: address, type: long_text, label: Address, help: Where to write}
      - {id: methods, type: multiple_choice, label: How, help: Ways to reach you,
         choices: [{value: email, label: E-mail}, {value: post, label: Post}]}
      - {id: flag, type: yes_no, label: Flag, help: A switch}
      - {id: note, type: text, label: Note, help: Anything}
"""

SECTIONS = [
    "post",
    "by_post",
    "greet",
    "extra",
    "body",
    "shadow",
    "shout",
    "mutate",
    "count",
    "nested",
    "direct",
    "sorted",
    "looped",
    "lazy",
    "reach",
    "outer_pair",
    "outer_lazy",
    "outer_plain",
]
OUTLINE = "body:\n" + "".join(
    f"  - {{id: {name}, title: {name.title()}, clause: {name}.md.j2}}\n" for name in SECTIONS
)

CLAUSES = {
    "_facts.md.j2": (
        "{% set post = (address or '') | trim %}\n"
        "{% set has_post = post | length > 0 and 'post' in methods %}\n"
        "{% set shout = name | upper %}\n"
        "{% set ways = methods | list %}\n"
        "{% if flag %}{% set extra = 'set' %}{% endif %}\n"
        "{% set pair = [name, note] | sort | join(' ') %}\n"
    ),
    # The macro prints a value the module worked out when it was built.
    "_macros.md.j2": (
        "{% set hello = 'Hello ' ~ name %}{% macro greet() %}{{ hello }}{% endmacro %}\n"
    ),
    "_body.md.j2": "Body of {{ name }}",
    # Reads "note" only inside the loop: only when there are methods.
    "_lazy.md.j2": (
        "{% set _ns = namespace(seen='none') %}"
        "{% for m in methods %}{% set _ns.seen = note %}{% endfor %}"
        "{% set seen = _ns.seen %}\n"
    ),
    "_outer.md.j2": (
        '{% import "_facts.md.j2" as facts with context %}\n'
        "{% set line = 'Post: ' ~ facts.post %}{% set pair = facts.pair %}\n"
    ),
    # Sets a name _lazy.md.j2 reads, once it reads it.
    "_outer_lazy.md.j2": (
        "{% set note = 'outer' %}"
        '{% import "_lazy.md.j2" as lz with context %}{% set seen = lz.seen %}\n'
    ),
    "_reach.md.j2": (
        '{% import "_facts.md.j2" as facts with context %}{% set reachable = facts.has_post %}\n'
    ),
    "post.md.j2": '{% import "_facts.md.j2" as facts with context %}Write to {{ facts.post }}.\n',
    "by_post.md.j2": (
        '{% import "_facts.md.j2" as facts with context %}'
        "{{ 'By post.' if facts.has_post else 'Not by post.' }}\n"
    ),
    "greet.md.j2": '{% import "_macros.md.j2" as m with context %}{{ m.greet() }}.\n',
    "extra.md.j2": (
        '{% import "_facts.md.j2" as facts with context %}'
        "Extra: {{ facts.extra if facts.extra is defined else 'none' }}.\n"
    ),
    "body.md.j2": '{% import "_body.md.j2" as b with context %}{{ b }}.\n',
    "shadow.md.j2": (
        "{% set name = 'local' %}"
        '{% import "_facts.md.j2" as facts with context %}Shadowed: {{ facts.shout }}.\n'
    ),
    "shout.md.j2": '{% import "_facts.md.j2" as facts with context %}Shout: {{ facts.shout }}.\n',
    "mutate.md.j2": (
        '{% import "_facts.md.j2" as facts with context %}'
        "{% set ways = facts.ways %}{% if ways.append('x') %}{% endif %}"
        "Mutated: {{ ways | length }}.\n"
    ),
    "count.md.j2": (
        '{% import "_facts.md.j2" as facts with context %}Ways: {{ facts.ways | length }}.\n'
    ),
    "nested.md.j2": '{% import "_outer.md.j2" as outer with context %}{{ outer.line }}.\n',
    "direct.md.j2": "Note: {{ note }}.\n",
    # The module sees this clause's own "name", and an answer: the pair is not the
    # one the module would build from the answers alone.
    "sorted.md.j2": (
        "{% set name = 'b' %}"
        '{% import "_facts.md.j2" as facts with context %}Pair: {{ facts.pair }}.\n'
    ),
    "looped.md.j2": (
        "{% for n in [name] %}{% set name = n ~ ' inside' %}"
        '{% import "_facts.md.j2" as facts with context %}Looped: {{ facts.shout }}.'
        "{% endfor %}\n"
    ),
    "reach.md.j2": (
        '{% import "_reach.md.j2" as r with context %}'
        "{{ 'Reachable by post.' if r.reachable else 'Not reachable by post.' }}\n"
    ),
    "outer_pair.md.j2": (
        "{% set name = 'b' %}"
        '{% import "_outer.md.j2" as outer with context %}Outer pair: {{ outer.pair }}.\n'
    ),
    "_outer_plain.md.j2": (
        '{% import "_lazy.md.j2" as lz with context %}{% set seen = lz.seen %}\n'
    ),
    "outer_plain.md.j2": (
        "{% set note = 'mine' %}"
        '{% import "_outer_plain.md.j2" as o with context %}Plain seen: {{ o.seen }}.\n'
    ),
    "outer_lazy.md.j2": (
        '{% import "_outer_lazy.md.j2" as o with context %}Outer seen: {{ o.seen }}.\n'
    ),
    "lazy.md.j2": (
        "{% set note = 'mine' %}"
        '{% import "_lazy.md.j2" as lz with context %}Seen: {{ lz.seen }}.\n'
    ),
}


@pytest.fixture
def library(tmp_path: Path) -> ClauseLibrary:
    root = tmp_path / "library"
    (root / "common").mkdir(parents=True)
    (root / "questionnaire.yaml").write_text(QUESTIONNAIRE, encoding="utf-8")
    (root / "outline.yaml").write_text(OUTLINE, encoding="utf-8")
    for name, text in CLAUSES.items():
        (root / "common" / name).write_text(text, encoding="utf-8")
    return ClauseLibrary(root)


def project(**answers: Any) -> NoticeProject:
    base = {"name": "Acme", "address": "1 Road", "methods": ["post"], "flag": False, "note": "a"}
    return NoticeProject(answers={**base, **answers}, jurisdictions=[])


def text(doc: NoticeDocument, section: str) -> str:
    found = doc.section(section)
    assert found is not None, section
    return block_text(found.blocks[0])


def test_every_clause_renders_as_written(library: ClauseLibrary) -> None:
    doc = compose(project(), library)
    assert [text(doc, s) for s in SECTIONS] == [
        "Write to 1 Road.",
        "By post.",
        "Hello Acme.",
        "Extra: none.",
        "Body of Acme.",
        "Shadowed: LOCAL.",
        "Shout: ACME.",
        "Mutated: 2.",
        "Ways: 1.",
        "Post: 1 Road.",
        "Note: a.",
        "Pair: a b.",
        "Looped: ACME INSIDE.",
        "Seen: mine.",
        "Reachable by post.",
        "Outer pair: a b.",
        "Outer seen: outer.",
        "Plain seen: mine.",
    ]


@pytest.mark.parametrize(
    ("change", "section", "expected"),
    [
        ({"address": "2 Road"}, "post", "Write to 2 Road."),
        ({"address": "2 Road"}, "nested", "Post: 2 Road."),
        ({"address": ""}, "by_post", "Not by post."),
        ({"address": ""}, "reach", "Not reachable by post."),
        ({"name": "Bolt"}, "greet", "Hello Bolt."),
        ({"name": "Bolt"}, "body", "Body of Bolt."),
        ({"name": "Bolt"}, "shout", "Shout: BOLT."),
        ({"flag": True}, "extra", "Extra: set."),
        ({"methods": ["email", "post"]}, "count", "Ways: 2."),
        ({"note": "c"}, "sorted", "Pair: b c."),
        ({"note": "b"}, "sorted", "Pair: b b."),
        ({"name": "Bolt"}, "looped", "Looped: BOLT INSIDE."),
    ],
)
def test_answer_read_only_through_a_helper_updates_the_text(
    library: ClauseLibrary, change: dict[str, Any], section: str, expected: str
) -> None:
    composer = Composer(library)
    composer.compose(project())
    assert text(composer.compose(project(**change)), section) == expected


def test_unchanged_helper_values_keep_their_clauses(library: ClauseLibrary) -> None:
    # A new address rebuilds _facts.md.j2, but only clauses whose values of it changed
    # are rendered again; the others hand back the very same blocks.
    composer = Composer(library)
    before = composer.compose(project())
    after = composer.compose(project(address="2 Road"))
    changed = {s for s in SECTIONS if after.section(s).blocks is not before.section(s).blocks}
    assert changed == {"post", "nested"}


def test_a_helper_importing_a_helper_is_rebuilt_only_when_what_it_reads_changed(
    library: ClauseLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: Counter[str] = Counter()

    class CountedModule(TemplateModule):
        def __init__(self, template: Any, context: Any, body_stream: Any = None) -> None:
            built[template.name] += 1
            super().__init__(template, context, body_stream)

    monkeypatch.setattr(tracking, "TemplateModule", CountedModule)
    composer = Composer(library)
    composer.compose(project())
    built.clear()
    # _reach.md.j2 reads facts.has_post, still true: only _facts.md.j2 is rebuilt.
    assert text(composer.compose(project(address="2 Road")), "reach") == "Reachable by post."
    assert built["_facts.md.j2"] > 0 and built["_reach.md.j2"] == 0
    assert text(composer.compose(project(address="")), "reach") == "Not reachable by post."
    assert built["_reach.md.j2"] == 1


def test_a_clause_own_names_seen_by_a_module_are_not_taken_for_answers(
    library: ClauseLibrary,
) -> None:
    # With the answer name "a" the module would make "a b" from the answers alone,
    # the very text sorted.md.j2 printed before "note" changed: reusing it is wrong.
    composer = Composer(library)
    composer.compose(project(name="a", note="a"))
    assert text(composer.compose(project(name="a", note="b")), "sorted") == "Pair: b b."


def test_a_clause_own_names_seen_through_two_modules_are_not_taken_for_answers(
    library: ClauseLibrary,
) -> None:
    composer = Composer(library)
    composer.compose(project(name="a", note="a"))
    doc = composer.compose(project(name="a", note="b"))
    assert text(doc, "outer_pair") == "Outer pair: b b."


def test_a_module_that_now_reads_a_clause_own_name_is_not_taken_as_is(
    library: ClauseLibrary,
) -> None:
    # Without methods _lazy.md.j2 never reads "note". With them it reads lazy.md.j2's
    # own "note"; built from the answers alone it would print the text shown before.
    composer = Composer(library)
    doc = composer.compose(project(methods=[], note="none"))
    assert (text(doc, "lazy"), text(doc, "outer_plain")) == ("Seen: none.", "Plain seen: none.")
    doc = composer.compose(project(methods=["post"], note="none"))
    assert (text(doc, "lazy"), text(doc, "outer_plain")) == ("Seen: mine.", "Plain seen: mine.")


def test_a_module_that_now_reads_a_name_its_importer_sets_is_rebuilt(
    library: ClauseLibrary,
) -> None:
    # The same through a module: _lazy.md.j2 comes to read _outer_lazy.md.j2's "note".
    composer = Composer(library)
    doc = composer.compose(project(methods=[], note="none"))
    assert text(doc, "outer_lazy") == "Outer seen: none."
    doc = composer.compose(project(methods=["post"], note="none"))
    assert text(doc, "outer_lazy") == "Outer seen: outer."


def test_a_name_set_before_the_import_is_not_shared(library: ClauseLibrary) -> None:
    # shadow.md.j2 sets "name" before importing: its module must not be shout.md.j2's.
    composer = Composer(library)
    for name in ("Acme", "Bolt", "local", "Acme"):
        doc = composer.compose(project(name=name))
        assert (text(doc, "shadow"), text(doc, "shout")) == (
            "Shadowed: LOCAL.",
            f"Shout: {name.upper()}.",
        )


def test_a_list_from_a_shared_module_is_the_clause_own_copy(library: ClauseLibrary) -> None:
    composer = Composer(library)
    for _ in range(3):
        doc = composer.compose(project())
        assert (text(doc, "mutate"), text(doc, "count")) == ("Mutated: 2.", "Ways: 1.")


ANSWERS: list[dict[str, Any]] = [
    {"address": "2 Road"},
    {"address": ""},
    {"methods": ["email"]},
    {"address": "3 Road", "methods": ["post", "email"]},
    {"name": "Bolt", "flag": True},
    {"note": "anything"},
    {"flag": None, "name": ""},
    {"name": "a", "note": "b"},
    {"name": "b", "note": "a"},
    {"methods": [], "note": "none"},
    {"methods": ["post"], "note": "none"},
    {},
]


def test_warm_compose_matches_a_cold_one_after_each_change(library: ClauseLibrary) -> None:
    composer = Composer(library)
    for answers in ANSWERS:
        warm = composer.compose(project(**answers))
        assert to_html(warm) == to_html(compose(project(**answers), library))


# Edits to the largest example with every jurisdiction on: answers read through
# _facts.md.j2 and _categories.md.j2, answers read directly, and unrelated ones.
EDITS: list[tuple[str, Any]] = [
    ("postal_address", "1 New Street\nSpringfield"),
    ("payment_handled_by", ""),
    ("payment_handled_by", "Our card processor"),
    ("other_data", ""),
    ("request_methods", ["email"]),
    ("postal_address", ""),
    ("request_methods", ["email", "post", "web_form"]),
    ("data_categories", ["contact", "location", "sensitive"]),
    ("location_precision", "precise"),
    ("sensitive_data_purpose", "To check who you are."),
    ("purposes", ["billing"]),
    ("controller_name", "Renamed Ltd"),
    ("legitimate_interests", "Keeping our network safe"),
]


def test_builtin_library_warm_compose_matches_cold_compose() -> None:
    library = ClauseLibrary(templates_dir())
    notice = max(examples_dir().glob("*.notice"), key=lambda path: path.stat().st_size)
    current = NoticeProject.load(notice)
    current.jurisdictions = list(JURISDICTIONS)
    composer = Composer(library)
    first = document_text(composer.compose(current))
    for qid, value in EDITS:
        current.answers[qid] = value
        warm = composer.compose(current)
        assert to_html(warm) == to_html(Composer(library).compose(current)), qid
    assert document_text(warm) != first


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (1, True),
        (1, 1.0),
        (0, False),
        ("a", MarkdownText("a")),
        ({"a": 1, "b": 2}, {"b": 2, "a": 1}),
        (["a"], ("a",)),
        ([1], [True]),
    ],
)
def test_snapshots_tell_apart_values_that_print_differently(one: Any, other: Any) -> None:
    assert freeze(one) != freeze(other)
    assert freeze(one) == freeze(one) and freeze(other) == freeze(other)


def test_snapshots_of_other_objects_compare_by_identity() -> None:
    thing, things = object(), [object()]
    assert freeze(thing) == freeze(thing) and freeze(thing) != freeze(object())
    assert freeze(things) == freeze(things) and freeze(things) != freeze(list(things))


def test_a_change_to_a_compiler_option_starts_a_new_clause_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from noticeeditor.core import library as library_module

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    user = tmp_path / "mine"
    (user / "common").mkdir(parents=True)
    (user / "common" / "probe.md.j2").write_text("{% if true %}\nkept\n{% endif %}\n")

    def render() -> str:
        library_module._bytecode_cache.cache_clear()
        return ClauseLibrary(templates_dir(), user).render_here("probe.md.j2", None, {})

    first = render()
    assert first == "kept\n"
    assert render() == first  # the second library reads the compiled clause from the cache
    monkeypatch.setitem(library_module.COMPILER_OPTIONS, "trim_blocks", False)
    assert render() == "\nkept\n\n"  # compiled afresh, not the cached code of the old options
    assert len(list((tmp_path / "cache").rglob("*.cache"))) == 2

"""The example projects in seeds/projects/: valid answers, and tools/make_examples.py rebuilds them.

Examples come in two kinds: one per seed notice (``meta.example_of``, with golden files
in tests/reference), and one per language and business sector (``meta.sector``, and
``meta.language`` for those written in another language than English). Each passes its
own check in every one of its languages, and a sector example's notice never says what
is false for that business (``NEVER_SAYS``).
"""

from __future__ import annotations

import importlib.util
import io
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from noticeeditor.cli import run
from noticeeditor.core.compose import compose
from noticeeditor.core.document import document_text
from noticeeditor.core.library import ClauseLibrary
from noticeeditor.core.project import NoticeProject
from noticeeditor.core.questionnaire import (
    JURISDICTIONS,
    Questionnaire,
    evaluate,
    is_empty,
    load_questionnaire,
    validate,
    validate_value,
)
from noticeeditor.paths import examples_dir, templates_dir

ROOT = Path(__file__).resolve().parents[2]
SEED_NOTICES = ROOT / "seeds" / "notices"
SEED_EXAMPLES = {"relaylink", "meetwell", "dialpoint", "linkwave", "talkgroup"}
# The example of each business sector (relaylink models a seed notice and is the telecoms one).
SECTORS = {
    "telecoms": "relaylink",
    "hospitality": "quebec",
    "health": "spain",
    "education": "austria",
    "online_shop": "online_shop",
    "saas": "saas",
    "mobile_app": "mobile_app",
    "professional_services": "professional_services",
    "nonprofit": "nonprofit",
}
# The examples written in another language than English, by their primary language.
LANGUAGE_EXAMPLES = {"fr": "quebec", "es": "spain", "de": "austria"}
EXPECTED = SEED_EXAMPLES | set(SECTORS.values()) | set(LANGUAGE_EXAMPLES.values()) | {"complete"}
EXAMPLES = sorted(examples_dir().glob("*.notice"))

# Contact details in examples are invented: only reserved domains. The regulator's own
# website is real on purpose.
RESERVED_DOMAIN = re.compile(r"(\.example|[./@]example\.(com|org))$")
REAL_ON_PURPOSE = {"supervisory_authority_url"}


def load_tool() -> ModuleType:
    path = ROOT / "tools" / "make_examples.py"
    spec = importlib.util.spec_from_file_location("make_examples", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    return load_tool()


@pytest.fixture(scope="module")
def questionnaire() -> Questionnaire:
    return load_questionnaire(templates_dir() / "questionnaire.yaml")


def test_there_is_one_example_per_seed_sector_and_language_and_a_complete_one() -> None:
    assert {p.stem for p in EXAMPLES} == EXPECTED
    # Nothing else: the folder ships inside the wheel (no NAME.notice.bak, no temp files).
    assert sorted(p.name for p in examples_dir().iterdir()) == [p.name for p in EXAMPLES]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_example_loads_with_title_and_what_it_is_an_example_of(path: Path) -> None:
    project = NoticeProject.load(path)
    assert project.jurisdictions, "every example chooses at least one jurisdiction"
    assert len(set(project.jurisdictions)) == len(project.jurisdictions)
    assert project.meta["title"].endswith("privacy notice")
    if path.stem in SEED_EXAMPLES:
        assert (SEED_NOTICES / project.meta["example_of"]).is_file()
    elif path.stem != "complete":
        # No seed notice behind it: it says which sector (and language) it shows instead.
        assert "example_of" not in project.meta
        assert SECTORS[project.meta["sector"]] == path.stem
    if path.stem in SECTORS.values():
        assert SECTORS[project.meta["sector"]] == path.stem
    assert project.meta.get("language", "en") == project.languages[0]
    if project.languages[0] != "en":
        assert LANGUAGE_EXAMPLES[project.languages[0]] == path.stem


def test_every_sector_and_language_has_its_example() -> None:
    sectors = {NoticeProject.load(p).meta.get("sector"): p.stem for p in EXAMPLES}
    assert {s: sectors.get(s) for s in SECTORS} == SECTORS
    primary = {NoticeProject.load(p).languages[0]: p.stem for p in EXAMPLES}
    assert {code: primary.get(code) for code in LANGUAGE_EXAMPLES} == LANGUAGE_EXAMPLES


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_texts_in_other_languages_are_free_texts_of_the_notice(
    path: Path, questionnaire: Questionnaire
) -> None:
    project = NoticeProject.load(path)
    assert set(project.translated_answers) <= set(project.languages[1:])
    for texts in project.translated_answers.values():
        for qid, text in texts.items():
            assert questionnaire.question(qid).translatable, qid
            assert isinstance(project.answers.get(qid), str), f"{qid}: not answered"
            assert text.strip() and text != project.answers[qid], qid
    for code in project.languages[1:]:
        assert project.translated_answers.get(code), f"no texts typed in {code}"


def cli(*argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out, err)
    return code, out.getvalue() + err.getvalue()


LANGUAGE_RUNS = [(path, code) for path in EXAMPLES for code in NoticeProject.load(path).languages]


@pytest.mark.parametrize(
    ("path", "language"), LANGUAGE_RUNS, ids=[f"{p.stem}-{c}" for p, c in LANGUAGE_RUNS]
)
def test_example_passes_its_own_check_in_each_of_its_languages(
    path: Path, language: str, library: ClauseLibrary
) -> None:
    code, out = cli("check", str(path), "--language", language)
    assert code == 0, out
    # Every free text printed is in the notice's language (the check names any that is not).
    assert "[" not in out, out
    document = compose(NoticeProject.load(path), library.in_language(language))
    assert document.errors() == []


@pytest.fixture(scope="module")
def library() -> ClauseLibrary:
    return ClauseLibrary(templates_dir())


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_every_answer_is_a_real_question(path: Path, questionnaire: Questionnaire) -> None:
    answers = NoticeProject.load(path).answers
    assert sorted(set(answers) - set(questionnaire.by_id)) == []


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_every_answer_is_valid(path: Path, questionnaire: Questionnaire) -> None:
    project = NoticeProject.load(path)
    assert validate(questionnaire, project.answers, project.jurisdictions) == {}
    for qid, value in project.answers.items():
        question = questionnaire.question(qid)
        assert validate_value(question, value) is None, qid
        assert evaluate(question.visible_when, project.answers, project.jurisdictions), (
            f"{qid} is answered but hidden"
        )
        if question.type == "records":
            fields = {f.id for f in question.fields}
            assert all(set(row) <= fields for row in value), qid


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_contact_details_are_fictional(path: Path, questionnaire: Questionnaire) -> None:
    for qid, value in NoticeProject.load(path).answers.items():
        if qid in REAL_ON_PURPOSE:
            continue
        kind = questionnaire.question(qid).type
        if kind == "email":
            assert RESERVED_DOMAIN.search(value.split("@")[1]), (qid, value)
        elif kind == "url":
            host = re.sub(r"^https?://", "", value).split("/")[0]
            assert RESERVED_DOMAIN.search(host), (qid, value)
        elif isinstance(value, str):
            for address in re.findall(r"[\w.+-]+@[\w.-]+\w", value):
                assert RESERVED_DOMAIN.search(address), (qid, address)


def test_complete_answers_every_visible_question(questionnaire: Questionnaire) -> None:
    project = NoticeProject.load(examples_dir() / "complete.notice")
    assert sorted(project.jurisdictions) == sorted(JURISDICTIONS)
    unanswered = [
        q.id
        for q in questionnaire
        if evaluate(q.visible_when, project.answers, project.jurisdictions)
        and is_empty(project.answers.get(q.id))
    ]
    assert unanswered == []
    records = [q for q in questionnaire if q.type == "records"]
    assert records
    assert all(len(project.answers[q.id]) >= 3 for q in records)


def test_complete_is_the_largest_example() -> None:
    largest = max(EXAMPLES, key=lambda p: p.stat().st_size)
    assert largest.stem == "complete"


def test_regenerating_gives_identical_files(tool: ModuleType, tmp_path: Path) -> None:
    assert tool.main(["--out", str(tmp_path)]) == 0
    written = sorted(tmp_path.iterdir())
    assert [p.name for p in written] == [p.name for p in EXAMPLES]
    for path in written:
        assert path.read_bytes() == (examples_dir() / path.name).read_bytes(), path.name


def test_build_examples_matches_the_files(tool: ModuleType) -> None:
    projects = tool.build_examples()
    assert set(projects) == EXPECTED
    for name, project in projects.items():
        on_disk = (examples_dir() / f"{name}.notice").read_text(encoding="utf-8")
        assert project.to_json() == on_disk


def test_the_generator_refuses_a_bad_answer(tool: ModuleType, questionnaire: Questionnaire) -> None:
    project = tool.dialpoint()
    project.answers["no_such_question"] = "x"
    project.answers["contact_email"] = "not an address"
    project.answers["ico_registration_number"] = "ZA123456"  # uk is not chosen: hidden
    project.answers["service_providers"].append({"purpose": "no name", "colour": "red"})
    found = "\n".join(tool.problems(project, questionnaire))
    assert "no_such_question: no such question" in found
    assert "contact_email: Enter an e-mail address" in found
    assert "ico_registration_number: answered, but the question is hidden" in found
    assert "service_providers: Entry 6, Name: This answer is required." in found
    assert "unknown field 'colour'" in found


# What each sector example's notice must never say, in any of its languages: words for
# things the business does not do (regular expressions, matched ignoring case).
NEVER_SAYS: dict[str, list[str]] = {
    # A bakery-café with an ordering website: no apps, calls, health, children or location.
    "quebec": [
        r"\bour apps?\b",
        r"\bnos applications\b",
        r"\bcalls\b(?! personal information)",  # "the GDPR calls personal information"
        r"\bcall (records?|recordings?|logs?)\b",
        r"\bappels?\b",
        r"\brecordings?\b",
        r"\btranscri",
        r"\bpatients?\b",
        r"\bhealth\b",
        r"\bsanté\b",
        r"\bchild(ren)?\b",
        r"\benfants?\b",
        r"\blocation\b",
        r"\blocalis",
        r"\bbiometric",
        r"\bbiométrique",
        r"\bforums?\b",
        r"\bartificial intelligence\b",
        r"\bintelligence artificielle\b",
        r"\bresellers?\b",
    ],
    # A physiotherapy clinic: no apps, newsletter, recordings, location or analytics cookies.
    "spain": [
        r"\bnuestras? (aplicaciones|apps?)\b",
        r"\bboletín\b",
        r"\bofertas\b",
        r"\bgrabaci",
        r"\bubicación\b",
        r"\bbiométric",
        r"\bforos?\b",
        r"\binteligencia artificial\b",
        r"\bcookies de (análisis|publicidad)\b",
        r"\bfuera del espacio económico europeo\b",
    ],
    # A training provider: no apps, calls, location, health or children's data.
    "austria": [
        r"\bunsere apps?\b",
        r"\banrufe\b",
        r"\baufzeichnung",
        r"\bstandort",
        r"\bgesundheit",
        r"\bpatient",
        r"\bbiometr",
        r"\bkünstlichen intelligenz\b",
        r"\bwerbenetzwerk",
        r"\bunter 13\b",
    ],
    # A shop selling soap and candles online: no apps, calls, location, health or clients.
    "online_shop": [
        r"\bour apps?\b",
        r"\bcall (records?|recordings?)\b",
        r"\brecordings?\b",
        r"\blocation\b",
        r"\bpatients?\b",
        r"\bhealth\b",
        r"\bbiometric",
        r"\bforums?\b",
        r"\bartificial intelligence\b",
        r"\bbusiness customers\b",
        r"\bparental\b",
    ],
    # Business software used in a browser: no apps, health, sensitive data or parents.
    "saas": [
        r"\bour apps?\b",
        r"\bcalls\b(?! personal information)",  # "the GDPR calls personal information"
        r"\brecordings?\b",
        r"\blocation\b",
        r"\bpatients?\b",
        r"\bhealth\b",
        r"\bsensitive\b",
        r"\bparents?\b",
        r"\bforums?\b",
        r"\bartificial intelligence\b",
    ],
    # An app billed by the app stores, with no marketing: no card numbers, invoices or ads.
    "mobile_app": [
        r"\bcard numbers?\b",
        r"\binvoices?\b",
        r"\bbilling\b",
        r"\bmarketing messages\b",
        r"\bunsubscribe\b",
        r"\badvertising cookies\b",
        r"\bpatients?\b",
        r"\bhealth\b",
        r"\bforums?\b",
        r"\bartificial intelligence\b",
        r"\bbusiness customers\b",
    ],
    # Accountants: no apps, calls, location, health, card numbers or children's data.
    "professional_services": [
        r"\bour apps?\b",
        r"\bcalls\b(?! personal information)",  # "the GDPR calls personal information"
        r"\brecordings?\b",
        r"\blocation\b",
        r"\bpatients?\b",
        r"\bhealth\b",
        r"\bchildren\b",
        r"\bcard numbers?\b",
        r"\bsecurity codes?\b",
        r"\badvertising cookies\b",
        r"\bforums?\b",
    ],
    # A volunteer running club: no apps, cookies, marketing, calls, location or card data.
    "nonprofit": [
        r"\bour apps?\b",
        r"\bcookies?\b",
        r"\bmarketing messages\b",
        r"\bunsubscribe\b",
        r"\bcalls\b(?! personal information)",  # "the GDPR calls personal information"
        r"\blocation\b",
        r"\bbiometric",
        r"\bcard numbers?\b",
        r"\bforums?\b",
        r"\bartificial intelligence\b",
    ],
}


NEVER_RUNS = [
    (name, code)
    for name in sorted(NEVER_SAYS)
    for code in NoticeProject.load(examples_dir() / f"{name}.notice").languages
]


@pytest.mark.parametrize(("name", "language"), NEVER_RUNS, ids=[f"{n}-{c}" for n, c in NEVER_RUNS])
def test_a_sector_example_never_says_what_the_business_does_not_do(
    name: str, language: str, library: ClauseLibrary
) -> None:
    project = NoticeProject.load(examples_dir() / f"{name}.notice")
    text = document_text(compose(project, library.in_language(language)))
    found = [
        match.group(0)
        for pattern in NEVER_SAYS[name]
        for match in re.finditer(pattern, text, re.IGNORECASE)
    ]
    assert found == []


def test_every_sector_example_has_words_it_never_says() -> None:
    assert set(SECTORS.values()) - {"relaylink"} <= set(NEVER_SAYS)

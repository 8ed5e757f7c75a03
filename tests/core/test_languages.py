"""Notices in other languages: projects list them, translations mirror the library."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from noticeeditor.cli import run
from noticeeditor.core.compose import compose
from noticeeditor.core.document import document_text
from noticeeditor.core.filters import format_date, join_prose
from noticeeditor.core.languages import language_tag, source_hash
from noticeeditor.core.library import ClauseLibrary, TemplateProblem
from noticeeditor.core.project import NoticeProject, ProjectError
from noticeeditor.core.translations import (
    OUTDATED,
    UNREVIEWED,
    UNTRANSLATED,
    clause_states,
    translation_problems,
)
from noticeeditor.paths import examples_dir, templates_dir

TEMPLATES = templates_dir()
EXAMPLE = examples_dir() / "complete.notice"


def cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return run(list(argv), out, err), out.getvalue(), err.getvalue()


def header(english: str, reviewed: str = "no") -> str:
    return (
        f"{{#- translation: source={source_hash(TEMPLATES / english)}, reviewed={reviewed} -#}}\n"
    )


@pytest.fixture
def french(tmp_path: Path) -> Path:
    """Return a user library with a small French translation."""
    root = tmp_path / "mine" / "translations" / "fr"
    (root / "common").mkdir(parents=True)
    (root / "eu").mkdir()
    (root / "common" / "about.md.j2").write_text(
        header("common/about.md.j2")
        + "Cette politique couvre {{ scope }}. Elle vaut pour {{ regions }}.\n",
        encoding="utf-8",
    )
    # Translated from an older English text: outdated.
    (root / "eu" / "intro.md.j2").write_text(
        "{#- translation: source=000000000000, reviewed=yes -#}\nCette partie vaut dans l'EEE.\n",
        encoding="utf-8",
    )
    (root / "outline.yaml").write_text(
        "sections:\n  about: À propos de cette politique\nparts:\n  eu: Dans l'Union européenne\n",
        encoding="utf-8",
    )
    (root / "common" / "wording.yaml").write_text(
        "region:\n  eu: l'Espace économique européen\n  uk: le Royaume-Uni\n"
        "  california: la Californie\n  us_states: d'autres États américains\n"
        "  canada: le Canada\n"
        "notice:\n  title: 'Politique de confidentialité de {name}'\n"
        "  untitled: Politique de confidentialité\n  contents: Sommaire\n"
        "  last_updated: 'Mise à jour : {date}'\n",
        encoding="utf-8",
    )
    (root / "eu" / "requirements.yaml").write_text(
        "requirements:\n  - id: eu_controller_identity\n    must_say: L'identité du responsable\n",
        encoding="utf-8",
    )
    return tmp_path / "mine"


@pytest.fixture
def english_only(tmp_path: Path) -> Path:
    """Return a copy of the built-in library without its translations."""
    base = tmp_path / "english_only"
    shutil.copytree(TEMPLATES, base, ignore=shutil.ignore_patterns("translations"))
    return base


def test_a_project_lists_its_languages_primary_first(tmp_path: Path) -> None:
    assert NoticeProject().languages == ["en"]
    project = NoticeProject({"controller_name": "Acme"}, ["eu"], languages=["fr", "en"])
    project.locales["fr"] = "fr-BE"
    project.save(tmp_path / "a.notice")
    again = NoticeProject.load(tmp_path / "a.notice")
    assert again.languages == ["fr", "en"] and again.locales == {"fr": "fr-BE"}
    old = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    del old["languages"]
    assert NoticeProject.from_json(json.dumps(old)).languages == ["en"]


@pytest.mark.parametrize(
    ("languages", "message"),
    [(["xx"], "unknown language 'xx'"), ([], "languages must be a list"), ("fr", "must be a list")],
)
def test_odd_languages_are_refused_in_one_line(languages: object, message: str) -> None:
    with pytest.raises(ProjectError) as caught:
        NoticeProject.from_json(
            json.dumps(
                {"answers": {}, "jurisdictions": [], "languages": languages, "schema_version": 1}
            )
        )
    assert message in str(caught.value) and "\n" not in str(caught.value)


def test_a_french_notice_uses_the_translation_and_english_for_the_rest(
    french: Path, english_only: Path
) -> None:
    library = ClauseLibrary(english_only, french).in_language("fr")
    project = NoticeProject.load(EXAMPLE)
    project.answers.pop("notice_title", None)
    document = compose(project, library)
    text = document_text(document)
    assert "Elle vaut pour l'Espace économique européen, le Royaume-Uni" in text
    assert "la Californie, d'autres États américains et le Canada." in text
    about = document.section("about")
    assert about is not None and about.title == "À propos de cette politique"
    assert about.provenance is not None and about.provenance.clause == "common/about.md.j2"
    # Not translated yet: the English clause of the same folder, not another folder's.
    assert "This part applies if you are in the European Economic Area" not in text
    assert "Cette partie vaut dans l'EEE." in text
    assert "This notice explains how we collect" not in text
    assert "We share personal information with:" in text  # common/sharing: English still
    assert document.title == "Politique de confidentialité de Quillmere Telecom Inc."
    assert document.language == "fr-CA"  # the notice has a Canadian part
    assert document.last_updated_text == "1 février 2026"


def test_render_writes_one_file_per_language(french: Path, tmp_path: Path) -> None:
    out = tmp_path / "notice.html"
    code, said, _ = cli(
        "--library", str(french), "render", str(EXAMPLE), "-o", str(out), "--language", "fr,en"
    )
    assert code == 0, said
    french_page = (tmp_path / "notice.fr.html").read_text(encoding="utf-8")
    english_page = (tmp_path / "notice.en.html").read_text(encoding="utf-8")
    assert '<html lang="fr-CA">' in french_page and 'aria-label="Sommaire"' in french_page
    assert "Mise à jour : <time" in french_page
    assert '<html lang="en-GB">' in english_page and "Last updated: <time" in english_page
    code, _, err = cli("render", str(EXAMPLE), "-o", str(out), "--language", "fr,xx")
    assert code == 2 and "unknown language 'xx'" in err


def test_check_answers_with_the_translated_requirements(french: Path, tmp_path: Path) -> None:
    project = NoticeProject.load(EXAMPLE)
    del project.answers["controller_name"]
    project.save(tmp_path / "unnamed.notice")
    args = ["--library", str(french), "check", str(tmp_path / "unnamed.notice")]
    code, out, _ = cli(*args, "--language", "fr")
    assert code == 1
    assert "L'identité du responsable" in out
    code, out, _ = cli(*args)  # the project's own language: English
    assert "L'identité du responsable" not in out


def test_lint_reports_what_is_untranslated_or_outdated(french: Path, english_only: Path) -> None:
    library = ClauseLibrary(english_only, french)
    states = {s.clause: s.state for s in clause_states(library, "fr")}
    assert states["common/about.md.j2"] == UNREVIEWED
    assert states["eu/intro.md.j2"] == OUTDATED
    assert states["common/sharing.md.j2"] == UNTRANSLATED
    problems = [str(p) for p in translation_problems(library, "fr")]
    assert "common/sharing.md.j2: not translated into Français" in problems
    assert any(p.startswith("fr/eu/intro.md.j2:1: outdated") for p in problems)
    assert "outline.yaml: title of 'sharing' not translated into Français" in problems
    assert any(p.startswith("eu/requirements.yaml: eu_dpo") for p in problems)
    assert not any("eu_controller_identity" in p for p in problems)


def test_lint_checks_translated_clauses_like_any_clause(french: Path) -> None:
    bad = french / "translations" / "fr" / "common" / "about.md.j2"
    bad.write_text(header("common/about.md.j2") + "{{ regoins }}\n", encoding="utf-8")
    code, out, _ = cli("lint", str(french), "--language", "fr")
    assert code == 1
    assert "fr/common/about.md.j2:2: unknown name 'regoins'" in out


@pytest.mark.parametrize(
    ("language", "listed", "dated"),
    [
        ("en", "a, b and c", "23 November 2026"),
        ("fr", "a, b et c", "23 novembre 2026"),
        ("de", "a, b und c", "23. November 2026"),
        ("es", "a, b y c", "23 de noviembre de 2026"),
    ],
)
def test_lists_and_dates_follow_the_language(language: str, listed: str, dated: str) -> None:
    assert join_prose(["a", "b", "c"], language=language) == listed
    assert format_date("2026-11-23", language=language) == dated


def test_the_tag_follows_language_and_region() -> None:
    assert language_tag("fr", ["canada", "eu"]) == "fr-CA"
    assert language_tag("fr", ["eu"]) == "fr-FR"
    assert language_tag("en", ["uk"]) == "en-GB"
    assert language_tag("en", ["california", "us_states"]) == "en-US"
    assert language_tag("en", ["canada"]) == "en-CA"
    assert language_tag("de", ["eu"]) == "de-DE"
    assert language_tag("es", ["eu"], override="es-MX") == "es-MX"
    assert language_tag("es", ["eu"], override="not a tag") == "es-ES"


def test_a_free_text_has_one_version_per_language(french: Path, tmp_path: Path) -> None:
    project = NoticeProject.load(EXAMPLE)
    project.languages = ["en", "fr"]
    project.translated_answers = {"fr": {"notice_scope": "le site quillmere.example"}}
    project.save(tmp_path / "both.notice")
    again = NoticeProject.load(tmp_path / "both.notice")
    assert again.translated_answers == project.translated_answers
    library = ClauseLibrary(TEMPLATES, french)
    french_text = document_text(compose(again, library.in_language("fr")))
    english_text = document_text(compose(again, library))
    assert "Cette politique couvre le site quillmere.example." in french_text
    assert "le site quillmere.example" not in english_text
    from noticeeditor.core.compliance import check_compliance

    fr = library.in_language("fr")
    report = check_compliance(again, compose(again, fr), fr)
    assert "notice_title" in report.untranslated and "notice_scope" not in report.untranslated
    assert "controller_name" not in report.untranslated  # a name is the same in every language
    assert check_compliance(again, compose(again, library), library).untranslated == []
    _, out, _ = cli(
        "--library", str(french), "check", str(tmp_path / "both.notice"), "--language", "fr"
    )
    assert "pas en Français : Titre de la notice [notice_title]" in out


@pytest.mark.parametrize(
    ("language", "written"),
    [("en", "12,500"), ("fr", "12\u202f500"), ("de", "12.500"), ("es", "12.500")],
)
def test_numbers_follow_the_language(language: str, written: str) -> None:
    from noticeeditor.core.filters import format_number

    assert format_number("12500", language) == written
    assert format_number("about 5", language) == "about 5"


@pytest.mark.parametrize("language", ["fr", "de", "es"])
def test_check_speaks_the_language_asked_for(language: str) -> None:
    import string

    from noticeeditor.core.messages import catalogue

    said = catalogue(language)
    assert len(said) >= 14
    fields = string.Formatter()
    for english, translated in said.items():
        names = {f for _, f, _, _ in fields.parse(english) if f}
        assert names == {f for _, f, _, _ in fields.parse(translated) if f}, english
    code, out, _ = cli("check", str(EXAMPLE), "--language", language)
    assert code == 0
    first = out.splitlines()[0]
    assert first == said["{name}: {met} of {applicable} requirements met"].format(
        name=said["European Union and EEA (GDPR)"], met=17, applicable=17
    )


def test_the_questionnaire_speaks_the_language_and_keeps_its_logic(french: Path) -> None:
    texts = french / "translations" / "fr" / "questionnaire.yaml"
    texts.write_text(
        "sections:\n  identity: {title: Qui vous êtes}\n"
        "questions:\n"
        "  controller_name:\n    label: Nom légal de votre entreprise\n"
        "  purposes:\n    choices:\n      billing: {label: Facturer les clients}\n"
        "      support: Répondre aux questions\n",
        encoding="utf-8",
    )
    english = ClauseLibrary(TEMPLATES, french)
    questionnaire = english.in_language("fr").questionnaire
    assert questionnaire.section("identity").title == "Qui vous êtes"
    question = questionnaire.question("controller_name")
    assert question.label == "Nom légal de votre entreprise"
    assert question.required == english.questionnaire.question("controller_name").required
    assert question.help == english.questionnaire.question("controller_name").help  # not given
    purposes = questionnaire.question("purposes")
    assert purposes.choice_label("billing") == "Facturer les clients"
    assert purposes.choice_label("support") == "Répondre aux questions"
    assert [q.id for q in questionnaire] == [q.id for q in english.questionnaire]
    texts.write_text("- not a mapping\n", encoding="utf-8")
    with pytest.raises(TemplateProblem) as caught:
        ClauseLibrary(TEMPLATES, french, "fr")
    assert caught.value.file == "fr/questionnaire.yaml"


def test_the_review_copy_says_how_far_each_section_is_translated(
    french: Path, english_only: Path
) -> None:
    from noticeeditor.export.review import review_notes

    library = ClauseLibrary(english_only, french).in_language("fr")
    project = NoticeProject.load(EXAMPLE)
    notes = review_notes(project, library, compose(project, library))
    assert notes["about"].endswith("Translation into Français: translated, not reviewed yet")
    assert "Translation into Français: outdated" in notes["eu"]
    assert "Translation into Français: not translated yet" in notes["sharing"]
    english = ClauseLibrary(english_only, french)
    assert "Translation" not in review_notes(project, english, compose(project, english))["about"]


def test_lint_catches_a_name_only_one_language_reads(french: Path) -> None:
    clause = french / "translations" / "fr" / "common" / "about.md.j2"
    english = (TEMPLATES / "common" / "about.md.j2").read_text(encoding="utf-8")
    # The French forgets the trading name and adds a condition the English lacks.
    french_text = english.replace("trading_name", "controller_name")
    french_text = french_text.replace("{% if scope %}", "{% if scope and sells_data %}")
    clause.write_text(header("common/about.md.j2") + french_text, encoding="utf-8")
    code, out, _ = cli("lint", str(french), "--language", "fr")
    assert code == 1
    assert "fr/common/about.md.j2: uses 'sells_data', which the English clause does not" in out
    forgot = "fr/common/about.md.j2: does not use 'trading_name', which the English clause does"
    assert forgot in out


# Clauses, wording tables, titles or requirement texts of the built-in library still
# only in English, by language. Empty: every language is whole. A new gap fails below.
KNOWN_GAPS: dict[str, set[str]] = {"fr": set(), "de": set(), "es": set()}


@pytest.mark.parametrize("language", ["fr", "de", "es"])
def test_the_builtin_library_is_whole_in_every_language(language: str) -> None:
    library = ClauseLibrary(TEMPLATES)
    states = clause_states(library, language)
    assert len(states) >= 70
    untranslated = {s.clause for s in states if s.state == UNTRANSLATED}
    assert untranslated <= KNOWN_GAPS[language], f"new gaps in {language}: {untranslated}"
    assert not [s.clause for s in states if s.state == OUTDATED]
    problems = [str(p) for p in translation_problems(library, language)]
    gaps = {p.split(":", 1)[0] for p in problems}
    assert gaps <= KNOWN_GAPS[language], "\n".join(problems)


def test_a_notice_for_us_parts_only_is_spelled_american_and_answers_stay_as_typed() -> None:
    library = ClauseLibrary(TEMPLATES)
    project = NoticeProject.load(EXAMPLE)
    project.answers["notice_scope"] = "the Organisation Portal"
    project.jurisdictions = ["california", "us_states"]
    american = compose(project, library.for_notice("en", project.jurisdictions))
    text = document_text(american)
    assert "run by other organizations" in text and "organisations" not in text
    assert "the Organisation Portal" in text  # the business's own words are not respelled
    project.jurisdictions = ["eu", "california"]
    british = document_text(compose(project, library.for_notice("en", project.jurisdictions)))
    assert "run by other organisations" in british
    # A French notice has no spelling of its own; the English one is kept apart.
    assert library.for_notice("fr", ["california"]) is library.in_language("fr")
    assert library.for_notice("en", ["california"]) is not library.in_language("en")


def test_lint_in_english_is_plain_lint() -> None:
    assert cli("lint", "--language", "en") == (0, "Library is clean.\n", "")

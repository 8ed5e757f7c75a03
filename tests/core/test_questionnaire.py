"""The built-in questionnaire, and how questions show, validate and fail to load."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from noticeeditor.core.questionnaire import (
    JURISDICTIONS,
    QUESTION_TYPES,
    Question,
    Questionnaire,
    QuestionnaireError,
    condition_questions,
    is_visible,
    load_questionnaire,
    section_state,
    validate,
    validate_value,
)
from noticeeditor.paths import templates_dir

ALL_JURISDICTIONS = list(JURISDICTIONS)
JURISDICTION_SETS = [
    list(chosen)
    for size in range(len(JURISDICTIONS) + 1)
    for chosen in itertools.combinations(JURISDICTIONS, size)
]


@pytest.fixture(scope="module")
def questionnaire() -> Questionnaire:
    return load_questionnaire(templates_dir() / "questionnaire.yaml")


def leaves(cond: Mapping[str, Any]) -> Iterator[Mapping[str, Any]]:
    """Yield the simple conditions inside ``cond``."""
    for key in ("all", "any"):
        if key in cond:
            for part in cond[key]:
                yield from leaves(part)
            return
    if "not" in cond:
        yield from leaves(cond["not"])
        return
    yield cond


# ---------------------------------------------------------------- the real questionnaire


def test_questionnaire_loads(questionnaire: Questionnaire) -> None:
    assert len(questionnaire.sections) >= 15
    assert 70 <= len(questionnaire.by_id) <= 130  # every question must earn its place
    assert all(section.questions for section in questionnaire.sections)


def test_every_section_question_and_field_has_help(questionnaire: Questionnaire) -> None:
    assert [s.id for s in questionnaire.sections if not s.intro] == []
    assert [q.id for q in questionnaire if not q.help] == []
    assert [f"{q.id}.{f.id}" for q in questionnaire for f in q.fields if not f.help] == []


def test_every_question_type_is_used(questionnaire: Questionnaire) -> None:
    assert {q.type for q in questionnaire} == set(QUESTION_TYPES)


@pytest.mark.parametrize(
    ("qid", "qtype"),
    [
        ("controller_name", "text"),
        ("notice_title", "text"),
        ("last_updated", "date"),
        ("contact_email", "email"),
        ("website", "url"),
        ("postal_address", "long_text"),
        ("phone", "phone"),
        ("data_categories", "multiple_choice"),
        ("service_providers", "records"),
        ("sells_data", "yes_no"),
        ("shares_for_advertising", "yes_no"),
        ("uses_cookies", "yes_no"),
        ("transfers_outside", "yes_no"),
        ("transfer_safeguards", "multiple_choice"),
        ("retention_period", "text"),
    ],
)
def test_ids_the_code_relies_on(questionnaire: Questionnaire, qid: str, qtype: str) -> None:
    assert questionnaire.question(qid).type == qtype


def test_required_and_optional_basics(questionnaire: Questionnaire) -> None:
    assert questionnaire.question("controller_name").required
    assert questionnaire.question("contact_email").required
    title = questionnaire.question("notice_title")
    assert not title.required
    assert "Privacy Notice" in title.help


def test_records_fields_are_named_for_templates(questionnaire: Questionnaire) -> None:
    fields = [f.id for f in questionnaire.question("service_providers").fields]
    assert fields == ["name", "purpose", "country"]


def test_conditions_name_real_values(questionnaire: Questionnaire) -> None:
    """Each condition uses one known test, with a value its question can take."""
    problems = []
    for q in (q for q in questionnaire if q.visible_when is not None):
        for leaf in leaves(q.visible_when):
            if "jurisdiction" in leaf:
                wanted = leaf["jurisdiction"]
                wanted = [wanted] if isinstance(wanted, str) else wanted
                problems += [f"{q.id}: {j}" for j in wanted if j not in JURISDICTIONS]
                continue
            ref = questionnaire.question(leaf["question"])
            tests = set(leaf) - {"question"}
            if len(tests) != 1 or not tests <= {"equals", "not_equals", "includes", "answered"}:
                problems.append(f"{q.id}: tests {sorted(tests)}")
                continue
            (test,) = tests
            value = leaf[test]
            choices = {c.value for c in ref.choices}
            if test == "includes" and (ref.type != "multiple_choice" or value not in choices):
                problems.append(f"{q.id}: {ref.id} never includes {value!r}")
            elif test in ("equals", "not_equals") and validate_value(ref, value):
                problems.append(f"{q.id}: {ref.id} never equals {value!r}")
    assert problems == []


def test_defaults_are_valid_answers(questionnaire: Questionnaire) -> None:
    defaults = questionnaire.defaults()
    assert defaults["has_dpo"] is False
    assert defaults["sells_data"] is False
    assert {q: validate_value(questionnaire.question(q), v) for q, v in defaults.items()} == {
        q: None for q in defaults
    }


def test_context_gives_empty_values_for_unanswered(questionnaire: Questionnaire) -> None:
    context = questionnaire.context({"controller_name": "Acme Ltd"})
    assert context["controller_name"] == "Acme Ltd"
    assert context["data_categories"] == []
    assert context["service_providers"] == []
    assert context["sells_data"] is None
    assert context["website"] == ""


# ---------------------------------------------------------------- visibility


@pytest.mark.parametrize(
    ("qid", "shown_for"),
    [
        ("eu_representative", {"eu"}),
        ("uk_representative", {"uk"}),
        ("privacy_officer_name", {"canada"}),
        ("legal_bases", {"eu", "uk"}),
        ("ico_registration_number", {"uk"}),
        ("allows_authorised_agents", {"california", "us_states"}),
    ],
)
def test_jurisdiction_questions_appear_only_for_their_jurisdictions(
    questionnaire: Questionnaire, qid: str, shown_for: set[str]
) -> None:
    for chosen in JURISDICTION_SETS:
        expected = bool(shown_for & set(chosen))
        assert is_visible(questionnaire, qid, {}, chosen) is expected, chosen


def test_eu_representative_appears_when_eu_is_added(questionnaire: Questionnaire) -> None:
    assert not is_visible(questionnaire, "eu_representative", {}, ["uk", "california"])
    assert is_visible(questionnaire, "eu_representative", {}, ["uk", "california", "eu"])


@pytest.mark.parametrize(
    ("qid", "category"),
    [
        ("location_precision", "location"),
        ("sensitive_categories", "sensitive"),
        ("records_calls", "calls"),
        ("message_content_kept", "messages"),
        ("payment_handled_by", "payment"),
    ],
)
def test_follow_up_appears_only_when_its_category_is_chosen(
    questionnaire: Questionnaire, qid: str, category: str
) -> None:
    others = [
        c.value for c in questionnaire.question("data_categories").choices if c.value != category
    ]
    assert not is_visible(questionnaire, qid, {}, ALL_JURISDICTIONS)
    assert not is_visible(questionnaire, qid, {"data_categories": others}, ALL_JURISDICTIONS)
    chosen = {"data_categories": ["contact", category]}
    assert is_visible(questionnaire, qid, chosen, ALL_JURISDICTIONS)


def test_yes_no_follow_ups(questionnaire: Questionnaire) -> None:
    assert not is_visible(questionnaire, "dpo_email", {"has_dpo": False}, [])
    assert is_visible(questionnaire, "dpo_email", {"has_dpo": True}, [])
    recording = {"data_categories": ["calls"], "records_calls": True}
    assert is_visible(questionnaire, "call_recording_notice", recording, [])
    assert not is_visible(
        questionnaire, "call_recording_notice", {**recording, "records_calls": False}, []
    )


def test_opt_out_link_asked_only_for_us_laws_and_selling_or_sharing(
    questionnaire: Questionnaire,
) -> None:
    selling = {"sells_data": True, "shares_for_advertising": False}
    sharing = {"sells_data": False, "shares_for_advertising": True}
    neither = {"sells_data": False, "shares_for_advertising": False}
    assert is_visible(questionnaire, "opt_out_url", selling, ["california"])
    assert is_visible(questionnaire, "opt_out_url", sharing, ["us_states"])
    assert not is_visible(questionnaire, "opt_out_url", neither, ["california"])
    assert not is_visible(questionnaire, "opt_out_url", selling, ["eu", "uk"])


def _samples(q: Question) -> list[Any]:
    """Return a few answers for ``q`` that cover every way a condition can read it."""
    if q.type == "yes_no":
        return [None, True, False]
    values = [c.value for c in q.choices]
    if q.type == "single_choice":
        return [None, *values]
    if q.type == "multiple_choice":
        return [[], *([v] for v in values), values]
    return [None, "an answer"]


def _names_behind(questionnaire: Questionnaire, qid: str) -> set[str]:
    """Return the questions ``qid``'s visibility depends on, directly or not."""
    seen: set[str] = set()
    todo = [qid]
    while todo:
        cond = questionnaire.question(todo.pop()).visible_when or {}
        for ref in condition_questions(cond) - seen:
            seen.add(ref)
            todo.append(ref)
    return seen


def test_follow_up_never_shows_while_its_parent_is_hidden(questionnaire: Questionnaire) -> None:
    """An answer left behind on a hidden question must not reveal its follow-ups."""
    for q in questionnaire:
        parents = [p for p in condition_questions(q.visible_when or {}) if p in questionnaire]
        if not any(questionnaire.question(p).visible_when for p in parents):
            continue
        names = sorted(_names_behind(questionnaire, q.id))
        values = [_samples(questionnaire.question(n)) for n in names]
        for combo, chosen in itertools.product(itertools.product(*values), JURISDICTION_SETS):
            answers = {n: v for n, v in zip(names, combo, strict=True) if v is not None}
            if is_visible(questionnaire, q.id, answers, chosen):
                hidden = [p for p in parents if not is_visible(questionnaire, p, answers, chosen)]
                assert hidden == [], f"{q.id} shows while {hidden} is hidden: {answers} {chosen}"


# ---------------------------------------------------------------- validation


@pytest.mark.parametrize(
    ("qid", "value", "message"),
    [
        ("controller_name", "", "This answer is required."),
        ("controller_name", "   ", "This answer is required."),
        ("controller_name", "x" * 201, "Keep this to 200 characters or fewer (it has 201)."),
        ("contact_email", "privacy at acme", "Enter an e-mail address"),
        ("contact_email", "privacy@acme", "Enter an e-mail address"),
        ("website", "www.acmecall.com", "starting with https://"),
        ("website", "ftp://acmecall.com", "starting with https://"),
        ("phone", "call reception", "Enter a phone number"),
        ("phone", "12", "Enter a phone number"),
        ("phone", "+1 555 0100!", "cannot hold “!”"),
        ("company_number", "x" * 41, "Keep this to 40 characters or fewer (it has 41)."),
        ("last_updated", "22/05/2024", "Enter a date as YYYY-MM-DD."),
        ("last_updated", "2024-02-30", "Enter a date as YYYY-MM-DD."),
        ("ico_registration_number", "12345", "for example ZA123456"),
        ("sells_data", "no", "Answer yes or no."),
        ("data_categories", ["contact", "horoscope"], "Unknown choice: 'horoscope'."),
        ("location_precision", "exact", "Unknown choice: 'exact'."),
    ],
)
def test_bad_answers_get_a_plain_message(
    questionnaire: Questionnaire, qid: str, value: Any, message: str
) -> None:
    problem = validate_value(questionnaire.question(qid), value)
    assert problem is not None
    assert message in problem


@pytest.mark.parametrize(
    ("qid", "value"),
    [
        ("contact_email", "privacy@acmecall.com"),
        ("website", "https://acmecall.com/privacy"),
        ("phone", "+44 20 7946 0000"),
        ("phone", "1-800-FLOWERS"),
        ("phone", "+1 555 010 0100 ext. 12"),
        ("phone", "+44 20 7946 0000 x12"),
        ("company_number", "HRB 123456 B"),
        ("phone", "(346) 200-8032"),
        ("phone", "801-210-1651"),
        ("last_updated", "2024-05-22"),
        ("ico_registration_number", "ZA123456"),
        ("sells_data", False),
        ("data_categories", ["contact", "calls"]),
        ("trading_name", ""),
    ],
)
def test_good_answers_pass(questionnaire: Questionnaire, qid: str, value: Any) -> None:
    assert validate_value(questionnaire.question(qid), value) is None


def test_records_report_the_entry_and_field(questionnaire: Questionnaire) -> None:
    providers = questionnaire.question("service_providers")
    good = {"name": "Stripe", "purpose": "Taking card payments", "country": "Ireland"}
    assert validate_value(providers, [good, {"name": "Mailer", "purpose": "Newsletters"}]) is None
    missing = [good, {"name": "Mailer", "purpose": ""}]
    assert (
        validate_value(providers, missing)
        == "Entry 2, What they do for you: This answer is required."
    )
    assert validate_value(providers, "Stripe") == "Expected a list of entries."


def test_validate_checks_only_visible_questions(questionnaire: Questionnaire) -> None:
    answers = {"has_dpo": False, "dpo_email": "not an address"}
    assert "dpo_email" not in validate(questionnaire, answers, ALL_JURISDICTIONS)
    problems = validate(questionnaire, {"has_dpo": True}, ALL_JURISDICTIONS)
    assert problems["dpo_email"] == "This answer is required."


def test_validate_reports_required_basics_of_a_blank_project(questionnaire: Questionnaire) -> None:
    problems = validate(questionnaire, questionnaire.defaults(), ["california"])
    assert {"controller_name", "contact_email", "last_updated"} <= set(problems)
    assert "legal_bases" not in problems  # a GDPR question, not asked for California


def test_section_state(questionnaire: Questionnaire) -> None:
    basics = {"controller_name": "Acme Telecom Ltd", "contact_email": "privacy@acmecall.com"}
    everything = {
        **basics,
        "trading_name": "AcmeCall",
        "notice_title": "AcmeCall Privacy Policy",
        "notice_scope": "Our website and phone service.",
        "company_number": "09876543",
        "website": "https://acmecall.com",
        "offers_apps": True,
        "postal_address": "1 High Street\nLeeds LS1 1AA",
        "phone": "+44 113 496 0000",
    }
    assert section_state(questionnaire, "identity", {}, ["uk"]) == "missing"
    assert section_state(questionnaire, "identity", basics, ["uk"]) == "incomplete"
    assert section_state(questionnaire, "identity", everything, ["uk"]) == "done"
    wrong = {**everything, "website": "acmecall"}
    assert section_state(questionnaire, "identity", wrong, ["uk"]) == "missing"


def test_section_state_ignores_hidden_follow_ups(questionnaire: Questionnaire) -> None:
    defaults = questionnaire.defaults()
    assert section_state(questionnaire, "public_forums", defaults, []) == "done"
    forums = {**defaults, "has_public_forums": True}
    assert section_state(questionnaire, "public_forums", forums, []) == "incomplete"


# ---------------------------------------------------------------- malformed files


GOOD_QUESTION = "{id: name, type: text, label: Name, help: Your name.}"


def _load(tmp_path: Path, text: str) -> Questionnaire:
    path = tmp_path / "questionnaire.yaml"
    path.write_text(text, encoding="utf-8")
    return load_questionnaire(path)


def _section(*questions: str, sid: str = "about") -> str:
    body = "".join(f"\n      - {q}" for q in questions)
    return f"\n  - id: {sid}\n    title: About\n    questions:{body}"


def test_minimal_file_loads(tmp_path: Path) -> None:
    loaded = _load(tmp_path, "sections:" + _section(GOOD_QUESTION))
    assert [q.id for q in loaded] == ["name"]
    assert loaded.question("name").section_id == "about"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "sections:" + _section("{id: name, type: string, label: Name}"),
            "sections[0] (about).questions[0] (name): unknown type 'string'",
        ),
        (
            "sections:" + _section(GOOD_QUESTION, GOOD_QUESTION),
            "question id 'name' is used twice",
        ),
        (
            "sections:" + _section(GOOD_QUESTION) + _section("{id: other, type: text, label: X}"),
            "section id 'about' is used twice",
        ),
        (
            "sections:"
            + _section(
                GOOD_QUESTION,
                "{id: extra, type: text, label: X, visible_when: {question: nme, equals: x}}",
            ),
            "question 'extra': visible_when names unknown question 'nme'",
        ),
        (
            "sections:"
            + _section(
                "{id: extra, type: text, label: X, visible_when: "
                "{all: [{jurisdiction: eu}, {not: {question: ghost, answered: true}}]}}"
            ),
            "question 'extra': visible_when names unknown question 'ghost'",
        ),
        (
            "sections:" + _section("{id: pick, type: single_choice, label: Pick}"),
            "questions[0] (pick): a single_choice question needs 'choices'",
        ),
        (
            "sections:" + _section("{id: rows, type: records, label: Rows}"),
            "questions[0] (rows): a records question needs 'fields'",
        ),
        (
            "sections:"
            + _section(
                "{id: rows, type: records, label: R, fields: [{id: f, type: records, label: F}]}"
            ),
            "questions[0] (rows).fields[0] (f): unknown type 'records'",
        ),
        (
            "sections:" + _section("{id: name, type: text}"),
            "questions[0] (name): 'label' is required",
        ),
        ("sections:" + _section("{id: Name, type: text, label: N}"), "'id' must be snake_case"),
        (
            "sections:" + _section("{id: code, type: text, label: C, pattern: '([a-z'}"),
            "questions[0] (code): bad pattern",
        ),
        (
            "sections:"
            + _section(GOOD_QUESTION, "{id: extra, type: text, label: X, visible_when: name}"),
            "question 'extra': visible_when must be a mapping",
        ),
        (
            "sections:"
            + _section(
                GOOD_QUESTION,
                "{id: extra, type: text, label: X, visible_when: {question: name, contains: a}}",
            ),
            "question 'extra': visible_when needs 'question' and one of",
        ),
        (
            "sections:"
            + _section("{id: extra, type: text, label: X, visible_when: {jurisdiction: EU}}"),
            "question 'extra': visible_when names unknown jurisdiction 'EU'",
        ),
        (
            "sections:"
            + _section(
                "{id: pick, type: multiple_choice, label: P, choices: [a, b]}",
                "{id: extra, type: text, label: X, visible_when: {question: pick, includes: c}}",
            ),
            "question 'extra': visible_when tests 'pick' for unknown choice 'c'",
        ),
        ("questions: []", "expected a mapping with a 'sections' list"),
        ("sections: [unclosed", "questionnaire.yaml"),
    ],
)
def test_malformed_questionnaire_names_the_place(tmp_path: Path, text: str, expected: str) -> None:
    with pytest.raises(QuestionnaireError) as caught:
        _load(tmp_path, text)
    message = str(caught.value)
    assert expected in message
    assert str(tmp_path / "questionnaire.yaml") in message


def test_missing_file_is_a_questionnaire_error(tmp_path: Path) -> None:
    with pytest.raises(QuestionnaireError, match=r"missing\.yaml"):
        load_questionnaire(tmp_path / "missing.yaml")


def test_a_text_cut_at_a_comma_is_refused_with_its_line(tmp_path: Path) -> None:
    cut = "{id: q, type: multiple_choice, label: Q, choices: [{value: a, label: Fraud, spam}]}"
    with pytest.raises(QuestionnaireError) as caught:
        _load(tmp_path, _section(cut))
    assert "line 5" in str(caught.value) and "'spam' has no value" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_every_label_loads_whole(questionnaire: Questionnaire) -> None:
    labels = {c.value: c.label for c in questionnaire.question("purposes").choices}
    assert (
        labels["security_fraud"] == "Preventing fraud, spam and abuse, and keeping systems secure"
    )
    helps = {c.value: c.help for c in questionnaire.question("sensitive_categories").choices}
    assert helps["government_id"] == "Passport, driving licence, social security numbers."


def test_a_step_that_cannot_apply_is_not_done_but_not_applicable(
    questionnaire: Questionnaire,
) -> None:
    answers = questionnaire.defaults()
    assert (
        section_state(questionnaire, "legal_grounds", answers, ["california"]) == "not applicable"
    )
    assert section_state(questionnaire, "legal_grounds", answers, ["eu"]) != "not applicable"


def test_us_questions_are_not_required_for_an_eu_notice(questionnaire: Questionnaire) -> None:
    assert not questionnaire.question("sells_data").required

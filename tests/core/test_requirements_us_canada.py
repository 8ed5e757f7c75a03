"""California, other US states and Canada: requirements and the clauses that meet them.

Every requirement of the three requirements.yaml files is met by a fully answered
project, missing when its questions are unanswered and not applicable when its
condition is false. The clauses read cleanly whatever is answered.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any

import pytest

from noticeeditor.core.compliance import (
    MET,
    MISSING,
    NOT_APPLICABLE,
    Finding,
    Requirement,
    check_compliance,
    load_requirements,
)
from noticeeditor.core.compose import Composer
from noticeeditor.core.document import NoticeDocument, Table, block_text, plain
from noticeeditor.core.library import ClauseLibrary
from noticeeditor.core.lint import lint_library
from noticeeditor.core.project import NoticeProject
from noticeeditor.core.questionnaire import condition_questions, evaluate
from noticeeditor.paths import templates_dir

OURS = ("california", "us_states", "canada")
PREFIX = {"california": "cal_", "us_states": "usst_", "canada": "can_"}

# Every question these clauses read, answered so that every requirement applies.
BASE: dict[str, Any] = {
    "controller_name": "Acme Voice LLC",
    "website": "https://acmecall.example",
    "postal_address": "100 Market Street,\nSan Francisco, CA 94105\nUnited States",
    "contact_email": "privacy@acmecall.example",
    "privacy_officer_name": "Marie Tremblay",
    "privacy_officer_title": "Privacy Officer",
    "privacy_officer_email": "officer@acmecall.example",
    "data_categories": [
        "contact",
        "payment",
        "account",
        "user_content",
        "device_usage",
        "logs",
        "location",
        "calls",
        "messages",
        "inferred",
        "communications",
        "sensitive",
    ],
    "location_precision": "approximate",
    "records_calls": True,
    "message_content_kept": "blocked_only",
    "sensitive_categories": ["government_id", "health", "precise_location"],
    "sensitive_data_purpose": "we check a photo ID once to prevent fraud, then delete the copy",
    "other_data": "Profile photos",
    "collection_methods": ["directly", "automatically", "other_users", "third_parties"],
    "third_party_sources": ["business_partners", "public_sources", "analytics_providers"],
    "purposes": [
        "provide_services",
        "accounts",
        "support",
        "billing",
        "marketing",
        "analytics",
        "security_fraud",
        "legal_compliance",
    ],
    "uses_cookies": True,
    "identifying_technology": True,
    "identifying_technology_activation": "location sharing stays off until you turn it on",
    "shares_with_affiliates": True,
    "affiliates_description": "Acme Holdings Inc. and its subsidiaries",
    "uses_service_providers": True,
    "shares_with_partners": True,
    "discloses_to_authorities": True,
    "shares_with_consent": True,
    "sells_data": True,
    "sells_sensitive_data": True,
    "shares_for_advertising": True,
    "opt_out_url": "https://acmecall.example/opt-out",
    "honours_gpc": True,
    "request_methods": ["email", "web_form", "toll_free_phone", "post", "in_app"],
    "rights_email": "requests@acmecall.example",
    "request_form_url": "https://acmecall.example/privacy-request",
    "toll_free_number": "+1 800 555 0100",
    "response_time": "30_days",
    "verification_method": "We ask you to confirm the e-mail address on your account.",
    "allows_authorised_agents": True,
    "appeal_process": "Reply to our decision with the word APPEAL within 60 days.",
    "financial_incentives": True,
    "incentive_terms": "our club gives 5% off; it uses your e-mail address; leave any time",
    "incentive_value": "we estimate each member's data is worth about $4 a year",
    "online_only": False,
    "sensitive_limited_use": False,
    "do_not_track": "no_response",
    "third_party_tracking": True,
    "retention_approach": "period",
    "retention_period": "two years after your account closes.",
    "retention_schedule": [
        {"category": "Invoices", "period": "7 years", "reason": "tax law"},
        {"category": "Call recordings", "period": "90 days"},
    ],
    "transfers_outside": True,
    "transfer_countries": "the United States and Ireland",
    "collects_under_13": True,
    "collects_under_16": True,
    "parental_consent": "a parent sets up the account and confirms by card payment",
    "automated_decisions": True,
    "automated_decisions_description": "We check new customers against a credit score.",
    "last_updated": "2026-11-01",
    "complaints_email": "complaints@acmecall.example",
}

# Text a reader must never see, whatever is (un)answered.
HYGIENE = re.compile(
    r"None|\[\]|\{\{|\{%|\}\}|  | ,|,\.|\.\.|\b(and|or)\.|\bTrue\b|\bFalse\b|\\|\(\)| \.|: \."
)

LIBRARY = ClauseLibrary(templates_dir())
REQUIREMENTS = [r for j in OURS for r in load_requirements(LIBRARY, j)]
CONDITIONAL = [r for r in REQUIREMENTS if r.applies_when]


@cache
def _composer() -> Composer:
    return Composer(LIBRARY)


def _project(answers: Mapping[str, Any], jurisdictions: tuple[str, ...] = OURS) -> NoticeProject:
    return NoticeProject(answers=dict(answers), jurisdictions=list(jurisdictions))


def _compose(answers: Mapping[str, Any], jurisdictions: tuple[str, ...] = OURS) -> NoticeDocument:
    return _composer().compose(_project(answers, jurisdictions))


def _finding(answers: Mapping[str, Any], requirement: Requirement) -> Finding:
    project = _project(answers)
    report = check_compliance(project, _composer().compose(project), LIBRARY)
    return next(f for f in report.findings if f.requirement.id == requirement.id)


def _falsify(cond: Mapping[str, Any], answers: dict[str, Any]) -> None:
    """Change ``answers`` so that ``cond`` no longer holds."""
    if "all" in cond:
        _falsify(cond["all"][0], answers)
    elif "any" in cond:
        for each in cond["any"]:
            _falsify(each, answers)
    elif "includes" in cond:
        qid = cond["question"]
        answers[qid] = [v for v in answers.get(qid, []) if v != cond["includes"]]
    elif "equals" in cond and isinstance(cond["equals"], bool):
        answers[cond["question"]] = not cond["equals"]
    elif "equals" in cond:
        answers[cond["question"]] = None
    elif "not" in cond:  # "not (online_only is true)" no longer holds once it is true
        inner = cond["not"]
        answers[inner["question"]] = inner["equals"]
    else:
        raise AssertionError(f"teach _falsify about {dict(cond)!r}")


def _part_text(doc: NoticeDocument, jurisdictions: tuple[str, ...] = OURS) -> str:
    """Return the text of the parts for ``jurisdictions``, one block per line group."""
    parts = []
    for section in doc.sections:
        if section.jurisdiction in jurisdictions:
            parts.append(section.title)
            parts.extend(block_text(block) for block in section.blocks)
    return "\n\n".join(parts)


def _hygiene_problems(doc: NoticeDocument) -> list[str]:
    lines = _part_text(doc).replace("\t", " | ").splitlines()
    return [line for line in lines if HYGIENE.search(line)]


def _table(doc: NoticeDocument, section_id: str) -> Table:
    section = doc.section(section_id)
    assert section is not None, f"{section_id} is not in the notice"
    tables = [b for b in section.blocks if isinstance(b, Table)]
    assert len(tables) == 1
    return tables[0]


# ---------------------------------------------------------------- requirements data


def test_requirements_exist_for_each_jurisdiction() -> None:
    counts = {j: len(load_requirements(LIBRARY, j)) for j in OURS}
    assert all(count >= 10 for count in counts.values()), counts


@pytest.mark.parametrize("req", REQUIREMENTS, ids=lambda r: r.id)
def test_requirement_is_well_formed(req: Requirement) -> None:
    assert req.id.startswith(PREFIX[req.jurisdiction])
    assert req.citation.strip() and req.must_say.strip()
    assert req.questions, "each requirement names a question, so the checklist can point at it"
    assert req.clauses and all(c.startswith(f"{req.jurisdiction}/") for c in req.clauses)
    if req.applies_when:
        # A question that the condition reads cannot also be what is missing.
        assert not set(req.questions) & condition_questions(req.applies_when)


def test_requirement_ids_are_unique() -> None:
    ids = [r.id for r in REQUIREMENTS]
    assert len(ids) == len(set(ids))


# ---------------------------------------------------------------- met / missing / n.a.


@pytest.mark.parametrize("req", REQUIREMENTS, ids=lambda r: r.id)
def test_requirement_met_when_answered(req: Requirement) -> None:
    finding = _finding(BASE, req)
    assert finding.status == MET, (finding.missing_questions, finding.missing_clauses)


@pytest.mark.parametrize("req", REQUIREMENTS, ids=lambda r: r.id)
def test_requirement_missing_when_unanswered(req: Requirement) -> None:
    answers = {k: v for k, v in BASE.items() if k not in req.questions}
    finding = _finding(answers, req)
    assert finding.status == MISSING
    assert set(finding.missing_questions) == set(req.questions)


@pytest.mark.parametrize("req", CONDITIONAL, ids=lambda r: r.id)
def test_requirement_not_applicable_when_condition_is_false(req: Requirement) -> None:
    assert req.applies_when is not None
    answers = dict(BASE)
    _falsify(req.applies_when, answers)
    assert not evaluate(req.applies_when, answers, list(OURS))
    assert _finding(answers, req).status == NOT_APPLICABLE


@pytest.mark.parametrize("req", [r for r in REQUIREMENTS if not r.applies_when], ids=lambda r: r.id)
def test_unconditional_requirement_applies_to_an_empty_project(req: Requirement) -> None:
    assert _finding({}, req).status == MISSING


def test_gpc_requirement_missing_when_signal_not_honoured() -> None:
    req = next(r for r in REQUIREMENTS if r.id == "cal_opt_out_preference_signal")
    finding = _finding({**BASE, "honours_gpc": False}, req)
    assert finding.status == MISSING
    assert finding.missing_clauses == ("california/gpc.md.j2",)


def test_agents_requirement_missing_when_agents_refused() -> None:
    req = next(r for r in REQUIREMENTS if r.id == "cal_authorized_agents")
    assert _finding({**BASE, "allows_authorised_agents": False}, req).status == MISSING


# ---------------------------------------------------------------- California table

ONLY = {"uses_cookies": False, "shares_for_advertising": False, "sells_data": False}
ROWS = {
    "contact": ["Identifiers", "Customer records"],
    "payment": ["Customer records", "Commercial information"],
    # Account log-ins with passwords are sensitive personal information in California.
    "account": ["Identifiers", "Sensitive personal information"],
    "user_content": ["Audio, electronic, visual or similar information"],
    "device_usage": ["Identifiers", "Internet or other electronic network activity information"],
    "logs": ["Identifiers", "Internet or other electronic network activity information"],
    "location": ["Geolocation data"],
    # BASE records calls and keeps blocked messages, so their content is collected too.
    "calls": [
        "Internet or other electronic network activity information",
        "Audio, electronic, visual or similar information",
    ],
    "messages": [
        "Internet or other electronic network activity information",
        "Audio, electronic, visual or similar information",
    ],
    "inferred": ["Inferences drawn from other personal information"],
    "communications": ["Audio, electronic, visual or similar information"],
    "sensitive": [
        "Customer records",
        "Characteristics of protected classifications under California or federal law",
        "Sensitive personal information",
    ],
}
HEADER = [
    "Category",
    "What it includes",
    "Where we got it",
    "Why we use it",
    "Who we disclosed it to",
]


def _row_names(table: Table) -> list[str]:
    return [plain(row[0]).split(" (")[0] for row in table.rows]


@pytest.mark.parametrize("category", sorted(ROWS))
def test_california_table_has_one_row_per_ccpa_category(category: str) -> None:
    answers = {
        **BASE,
        **ONLY,
        "data_categories": [category],
        "sensitive_categories": ["health"],
    }
    table = _table(_compose(answers, ("california",)), "cal_categories")
    assert [plain(cell) for cell in table.header] == HEADER
    assert _row_names(table) == ROWS[category]
    for row in table.rows:
        assert len(row) == len(HEADER)
        assert all(plain(cell).strip() for cell in row)


def test_california_table_lists_all_collected_categories_in_statute_order() -> None:
    table = _table(_compose(BASE, ("california",)), "cal_categories")
    assert _row_names(table) == [
        "Identifiers",
        "Customer records",
        "Characteristics of protected classifications under California or federal law",
        "Commercial information",
        "Internet or other electronic network activity information",
        "Geolocation data",
        "Audio, electronic, visual or similar information",
        "Inferences drawn from other personal information",
        "Sensitive personal information",
    ]


def test_california_table_drops_columns_it_cannot_fill() -> None:
    answers = {k: v for k, v in BASE.items() if k != "purposes"}
    answers.update(
        uses_service_providers=None,
        shares_with_affiliates=None,
        shares_with_partners=None,
        discloses_to_authorities=None,
        shares_with_consent=None,
    )
    table = _table(_compose(answers, ("california",)), "cal_categories")
    assert [plain(cell) for cell in table.header] == HEADER[:3]


def test_california_table_absent_when_nothing_collected() -> None:
    answers = {**BASE, **ONLY, "data_categories": []}
    assert _compose(answers, ("california",)).section("cal_categories") is None


def test_california_says_plainly_when_nothing_sold_or_shared() -> None:
    answers = {**BASE, "sells_data": False, "shares_for_advertising": False}
    text = _part_text(_compose(answers, ("california",)))
    assert "In the last 12 months we have not sold personal information" in text
    assert "have not shared it for cross-context behavioral advertising" in text


def test_california_says_what_was_sold_and_shared() -> None:
    text = _part_text(_compose(BASE, ("california",)))
    assert "In the last 12 months we have sold personal information" in text
    assert "The categories of personal information we sold are" in text
    assert "The categories of personal information we shared are" in text


# ---------------------------------------------------------------- wording switches


@pytest.mark.parametrize("sells", [True, False])
@pytest.mark.parametrize("shares", [True, False])
def test_do_not_sell_wording_only_when_selling(sells: bool, shares: bool) -> None:
    answers = {**BASE, "sells_data": sells, "shares_for_advertising": shares}
    text = _part_text(_compose(answers)).lower()
    # The link keeps its statutory name whether the business sells or only shares.
    assert ("“do not sell or share my personal information” link" in text) == (sells or shares)


@pytest.mark.parametrize("honours", [True, False, None])
def test_gpc_text_only_when_honoured(honours: bool | None) -> None:
    answers = {**BASE, "honours_gpc": honours}
    doc = _compose(answers)
    text = _part_text(doc)
    assert ("Global Privacy Control" in text) == bool(honours)
    assert (doc.section("cal_gpc") is not None) == bool(honours)
    assert (doc.section("usst_gpc") is not None) == bool(honours)


def test_gpc_text_absent_when_nothing_sold_or_shared() -> None:
    answers = {**BASE, "sells_data": False, "shares_for_advertising": False}
    assert "Global Privacy Control" not in _part_text(_compose(answers))


def test_right_to_limit_only_with_sensitive_information() -> None:
    answers = {**BASE, "data_categories": ["contact"], "sensitive_categories": []}
    doc = _compose(answers, ("california",))
    assert doc.section("cal_sensitive") is None
    assert "Right to limit" not in _part_text(doc)
    assert "Right to limit" in _part_text(_compose(BASE, ("california",)))


def test_toll_free_number_listed_when_offered() -> None:
    assert "call us toll-free at +1 800 555 0100" in _part_text(_compose(BASE))


def test_quebec_person_in_charge_named_with_title_and_contact() -> None:
    section = _compose(BASE, ("canada",)).section("can_accountability")
    assert section is not None
    text = "\n".join(block_text(b) for b in section.blocks)
    assert "Marie Tremblay, our Privacy Officer" in text
    assert "person in charge of the protection of personal information" in text
    assert "officer@acmecall.example" in text


def test_canada_transfers_mention_foreign_authorities() -> None:
    text = _part_text(_compose(BASE, ("canada",)))
    assert "outside Canada" in text
    assert "national security authorities" in text
    assert "Office of the Privacy Commissioner of Canada" in text


def test_us_appeal_points_to_attorney_general() -> None:
    section = _compose(BASE, ("us_states",)).section("usst_appeals")
    assert section is not None
    assert "attorney general" in "\n".join(block_text(b) for b in section.blocks)


def test_free_text_answers_start_sentences_with_a_capital() -> None:
    text = _part_text(_compose(BASE))
    assert "Why we use it. We check a photo ID" in text
    assert "How we get consent. A parent sets up" in text


# ---------------------------------------------------------------- hygiene


def test_empty_project_renders_cleanly() -> None:
    doc = _compose({})
    assert doc.errors() == []
    assert _hygiene_problems(doc) == []
    for section in doc.sections:
        if section.jurisdiction in OURS and section.id not in OURS:
            # With nothing answered only the laws' own rights are explained.
            assert section.id in ("cal_rights", "usst_rights"), section.id


def test_full_project_renders_cleanly() -> None:
    doc = _compose(BASE)
    assert doc.errors() == []
    assert _hygiene_problems(doc) == []


@pytest.mark.parametrize("qid", sorted(BASE))
def test_renders_cleanly_without_each_answer(qid: str) -> None:
    answers = {k: v for k, v in BASE.items() if k != qid}
    doc = _compose(answers)
    assert doc.errors() == []
    assert _hygiene_problems(doc) == []


@pytest.mark.parametrize("qid", sorted(k for k, v in BASE.items() if isinstance(v, bool)))
def test_renders_cleanly_with_each_yes_no_flipped(qid: str) -> None:
    doc = _compose({**BASE, qid: not BASE[qid]})
    assert doc.errors() == []
    assert _hygiene_problems(doc) == []


@pytest.mark.parametrize("qid", sorted(BASE))
def test_renders_cleanly_with_only_one_answer(qid: str) -> None:
    doc = _compose({qid: BASE[qid]})
    assert doc.errors() == []
    assert _hygiene_problems(doc) == []


def test_lint_reports_nothing_for_us_and_canada_clauses() -> None:
    problems = lint_library(LIBRARY)
    ours = [str(p) for p in problems if p.file.split("/")[0] in OURS]
    assert ours == []


@pytest.mark.parametrize(
    ("response", "words"),
    [("honoured", "we stop tracking that browser"), ("no_response", "does not respond to it")],
)
def test_do_not_track_says_what_the_site_does(response: str, words: str) -> None:
    doc = _compose(
        {**BASE, "do_not_track": response, "third_party_tracking": False}, ("california",)
    )
    text = _part_text(doc, ("california",))
    assert words in text
    assert (
        "We do not allow other companies to collect information about your online activities"
        in text
    )


def test_sensitive_use_within_the_permitted_purposes_drops_the_right_to_limit() -> None:
    doc = _compose({**BASE, "sensitive_limited_use": True}, ("california",))
    text = _part_text(doc, ("california",))
    assert "only for the purposes the CCPA allows without a right to limit its use" in text
    assert "Right to limit" not in text and "Your right to limit its use" not in text


def test_financial_incentive_terms_and_value_are_stated() -> None:
    text = _part_text(_compose(BASE, ("california",)), ("california",))
    assert "Our offers. Our club gives 5% off" in text
    assert "How we value your information. We estimate each member" in text


@pytest.mark.parametrize(("sells", "biometric"), [(True, True), (True, False), (False, False)])
def test_texas_sale_notice_in_its_own_words(sells: bool, biometric: bool) -> None:
    sensitive = ["health"] + (["biometric"] if biometric else [])
    answers = {**BASE, "sells_sensitive_data": sells, "sensitive_categories": sensitive}
    text = _part_text(_compose(answers, ("us_states",)), ("us_states",))
    assert ("NOTICE: We may sell your sensitive personal data." in text) == sells
    assert ("NOTICE: We may sell your biometric personal data." in text) == biometric


def test_quebec_is_told_of_technology_that_can_locate_people() -> None:
    text = _part_text(_compose(BASE, ("canada",)), ("canada",))
    assert "If you are in Quebec: some of the technology we use can identify you" in text
    assert "Location sharing stays off until you turn it on." in text
    quiet = {**BASE, "identifying_technology": False}
    assert "identify you, locate you" not in _part_text(_compose(quiet, ("canada",)), ("canada",))

"""The common clauses and the EU/UK parts read well whatever is answered, and say what was."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from noticeeditor.core.compose import compose
from noticeeditor.core.document import (
    Block,
    ErrorBlock,
    Heading,
    ListBlock,
    NoticeDocument,
    Paragraph,
    Section,
    Table,
    block_text,
    document_text,
    plain,
)
from noticeeditor.core.library import ClauseLibrary
from noticeeditor.core.lint import lint_library
from noticeeditor.core.project import NoticeProject
from noticeeditor.core.questionnaire import JURISDICTIONS, Question
from noticeeditor.paths import examples_dir, templates_dir

# Parts this file checks: the common body (None) and the two GDPR parts.
CHECKED_PARTS = (None, "eu", "uk")
# Text that only a broken template produces.
EXAMPLES = sorted(examples_dir().glob("*.notice"))
_OUTLINE = ClauseLibrary(templates_dir()).outline
# Section titles, which clauses quote to point the reader to another section.
TITLES = {e.title for e in _OUTLINE.body} | {
    e.title for part in _OUTLINE.parts.values() for e in part.sections
}
BAD = ("None", "[]", "{{", "{%", "  ", " ,", " .", ",.", ";.", ":.", "..", " and.", " or.", "\\")


@pytest.fixture(scope="module")
def library() -> ClauseLibrary:
    return ClauseLibrary(templates_dir())


def render(library: ClauseLibrary, answers: dict[str, Any], *where: str) -> NoticeDocument:
    return compose(NoticeProject(dict(answers), list(where)), library)


def section_text(doc: NoticeDocument, section_id: str) -> str:
    """Return the plain text of one section, or "" when the notice leaves it out."""
    section = doc.section(section_id)
    return "" if section is None else "\n".join(block_text(b) for b in section.blocks)


def blocks(doc: NoticeDocument, section_id: str) -> tuple[Block, ...]:
    """Return the blocks of a section that must be in the notice."""
    section = doc.section(section_id)
    assert section is not None, f"{section_id} is not in the notice"
    return section.blocks


def hygiene(doc: NoticeDocument) -> list[str]:
    """Return what reads wrong in the checked sections: errors, empty sections, debris."""
    sections = [s for s in doc.sections if s.jurisdiction in CHECKED_PARTS]
    found = [
        f"error: {b.describe()}" for s in sections for b in s.blocks if isinstance(b, ErrorBlock)
    ]
    for index, section in enumerate(sections):
        if not section.blocks and not _part_with_children(section, sections[index + 1 :]):
            found.append(f"{section.id}: empty section")
        for block in section.blocks:
            for text in _texts(block):
                found += [f"{section.id}: {bad!r} in {text!r}" for bad in BAD if bad in text]
                ragged = [line for line in text.split("\n") if line != line.strip()]
                found += [f"{section.id}: ragged line {line!r}" for line in ragged]
            text = block_text(block)
            found += [f"{section.id}: no section {title!r}" for title in _dangling(doc, text)]
            if isinstance(block, Paragraph) and "\n" not in text and text[-1] not in '.:!?)"':
                found.append(f"{section.id}: paragraph without a full stop: {text!r}")
    return found


def _dangling(doc: NoticeDocument, text: str) -> list[str]:
    """Return the section titles ``text`` refers to in quotes that the notice lacks."""
    present = {s.title for s in doc.sections}
    return [t for t in re.findall(r'"([^"]+)"', text) if t in TITLES and t not in present]


def _texts(block: Block) -> list[str]:
    """Return the texts of a block: each table cell apart, as cells may be empty."""
    if isinstance(block, Table):
        return [plain(cell) for row in (block.header, *block.rows) for cell in row]
    return [block_text(block)]


def _part_with_children(section: Section, rest: list[Section]) -> bool:
    return section.id in JURISDICTIONS and bool(rest) and rest[0].level > section.level


# ---------------------------------------------------------------- random answers

# Words start with a letter and hold no "n" or "r", so that no answer can itself
# end in "and" or "or", nor spell "None"; odd characters test the escaping.
LETTERS = "abcefghijklmpqstuvwxyzéßøü漢"
ODD = "&<>#_*[|~'\"-+!=`^$@/%"
WORD = st.builds(
    lambda first, rest: first + rest,
    st.sampled_from(LETTERS),
    st.text(alphabet=LETTERS + ODD, max_size=6),
)


@st.composite
def texts(draw: st.DrawFn, lines: bool = False) -> str:
    """Return a short answer: words, maybe on several lines, maybe ending in punctuation."""
    words = draw(st.lists(WORD, min_size=1, max_size=5))
    separators = [draw(st.sampled_from([" ", "\n"] if lines else [" "])) for _ in words[1:]]
    text = words[0] + "".join(sep + word for sep, word in zip(separators, words[1:], strict=True))
    ending = draw(st.sampled_from(["", "", ".", ",", ";", ":", "!", "?"]))
    return draw(st.sampled_from([text + ending, f"  {text + ending} ", " "]))


def answers_for(question: Question) -> st.SearchStrategy[Any]:
    """Return a strategy of answers that fit the question's type."""
    values = [c.value for c in question.choices]
    kind = question.type
    if kind == "yes_no":
        return st.booleans()
    if kind == "single_choice":
        return st.sampled_from(values)
    if kind == "multiple_choice":
        return st.lists(st.sampled_from(values), unique=True)
    if kind == "records":
        record = st.fixed_dictionaries({}, optional={f.id: answers_for(f) for f in question.fields})
        return st.lists(record, max_size=3)
    if kind == "email":
        return st.sampled_from(["privacy@example.com", "a_b.c@x.example", " "])
    if kind == "url":
        return st.sampled_from(["https://example.com", "https://example.com/a_b?x=1&y=(2)"])
    if kind == "phone":
        return st.sampled_from(["+44 20 7946 0000", "(800) 555-0100"])
    if kind == "date":
        return st.dates().map(lambda d: d.isoformat())
    return texts(lines=kind == "long_text")


@st.composite
def projects(draw: st.DrawFn, questions: list[Question]) -> tuple[dict[str, Any], list[str]]:
    """Return random answers to a random subset of questions, and random jurisdictions."""
    answers: dict[str, Any] = {}
    for question in questions:
        if draw(st.booleans()):
            answers[question.id] = draw(answers_for(question))
    chosen = draw(st.lists(st.sampled_from(list(JURISDICTIONS)), unique=True))
    return answers, chosen


QUESTIONS = list(ClauseLibrary(templates_dir()).questionnaire)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(project=projects(QUESTIONS))
def test_any_answers_read_well(
    library: ClauseLibrary, project: tuple[dict[str, Any], list[str]]
) -> None:
    answers, chosen = project
    doc = render(library, answers, *chosen)
    assert hygiene(doc) == []


# ---------------------------------------------------------------- whole notices


def test_an_empty_project_reads_well(library: ClauseLibrary) -> None:
    doc = render(library, {})
    assert hygiene(doc) == []
    # Only the definitions stand when nothing is answered.
    assert [s.id for s in doc.sections] == ["about"]


def test_empty_gdpr_parts_read_well(library: ClauseLibrary) -> None:
    doc = render(library, {}, "eu", "uk")
    assert hygiene(doc) == []
    assert doc.section("eu_rights") is not None
    assert doc.section("uk_complaints") is not None


def test_a_full_project_reads_well(library: ClauseLibrary) -> None:
    assert hygiene(render(library, FULL, *JURISDICTIONS)) == []


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_examples_read_well(library: ClauseLibrary, path: Path) -> None:
    doc = compose(NoticeProject.load(path), library)
    assert hygiene(doc) == []


def test_lint_reports_nothing_for_these_clauses(library: ClauseLibrary) -> None:
    mine = ("common/", "eu/", "uk/")
    assert [str(p) for p in lint_library(library) if p.file.startswith(mine)] == []


# ---------------------------------------------------------------- clause by clause

FULL: dict[str, Any] = {
    "controller_name": "Acme Telecom Ltd",
    "trading_name": "AcmeCall",
    "contact_email": "privacy@acme.example",
    "phone": "+44 20 7946 0000",
    "postal_address": "1 High Street\nLeeds LS1 1AA",
    "data_categories": ["contact", "payment", "sensitive"],
    "payment_handled_by": "Stripe",
    "sensitive_categories": ["health"],
    "purposes": ["provide_services", "billing", "marketing"],
    "purposes_other": "To produce usage reports.",
    "collection_methods": ["directly", "third_parties"],
    "third_party_sources": ["public_sources"],
    "uses_service_providers": True,
    "service_providers": [{"name": "Host | Co", "purpose": "Hosting", "country": "Ireland"}],
    "sells_data": False,
    "shares_for_advertising": False,
    "sends_marketing": True,
    "marketing_channels": ["email", "in_app"],
    "marketing_opt_out": ["unsubscribe_link", "contact_us"],
    "request_methods": ["email", "post"],
    "response_time": "one_month",
    "retention_approach": "period",
    "retention_period": "Two years after your account closes.",
    "transfers_outside": True,
    "transfer_countries": "the United States",
    "transfer_safeguards": ["sccs", "uk_idta"],
    "legal_bases": ["contract", "consent", "legitimate_interests"],
    "legitimate_interests": "keeping our network secure",
    "minimum_age": "18",
    "automated_decisions": False,
    "last_updated": "2026-03-01",
}


def test_at_a_glance_summarises_and_needs_something_to_summarise(
    library: ClauseLibrary,
) -> None:
    text = section_text(render(library, FULL), "at_a_glance")
    assert "What we collect: contact details, payment details and some sensitive information." in (
        text
    )
    assert "we use it to provide our services, to bill you and to market our products." in text
    assert "We do not sell it." in text
    assert "e-mail us at privacy@acme.example or call us on +44 20 7946 0000." in text
    assert render(library, {"phone": "+44 20 7946 0000"}).section("at_a_glance") is None


def test_about_defines_personal_information_and_names_the_regions(
    library: ClauseLibrary,
) -> None:
    text = section_text(render(library, FULL, "eu", "canada"), "about")
    assert "“personal information” means" in text
    assert "mean Acme Telecom Ltd, trading as AcmeCall;" in text
    assert "for people in the European Economic Area (including the EU) and Canada." in text
    scope = {"notice_scope": "The acme.example website."}
    assert "It covers the acme.example website." in section_text(render(library, scope), "about")


OPT_OUT = {"opt_out_url": "https://o.example"}


@pytest.mark.parametrize(
    ("answers", "expected", "absent"),
    [
        ({"sells_data": True}, "We sell some personal information", "We do not sell"),
        ({"sells_data": False}, "We do not sell your personal information.", "We sell"),
        (
            {"sells_data": False, "shares_for_advertising": False},
            "We do not sell your personal information or share it for targeted advertising.",
            "advertising companies",
        ),
        (
            {"sells_data": True, "shares_for_advertising": True, **OPT_OUT},
            "We also share some personal information with advertising companies",
            "by contacting us",
        ),
        (
            {"sells_data": True, **OPT_OUT},
            "You can tell us to stop at o.example.",
            "advertising companies",
        ),
    ],
)
def test_sharing_says_whether_data_is_sold(
    library: ClauseLibrary, answers: dict[str, Any], expected: str, absent: str
) -> None:
    # The opt-out page is asked for, and so printed, only for US readers.
    text = section_text(render(library, answers, "california"), "sharing")
    assert expected in text
    assert absent not in text


def test_sharing_is_left_out_when_unanswered(library: ClauseLibrary) -> None:
    assert render(library, {"opt_out_url": "https://o.example"}).section("sharing") is None


def test_service_providers_form_a_table_with_escaped_cells(library: ClauseLibrary) -> None:
    doc = render(library, FULL)
    tables = [b for b in blocks(doc, "sharing") if isinstance(b, Table)]
    assert [plain(c) for c in tables[0].header] == [
        "Provider",
        "What they do for us",
        "Where they handle it",
    ]
    assert [plain(c) for c in tables[0].rows[0]] == ["Host | Co", "Hosting", "Ireland"]


def test_who_we_are_shows_the_dpo_only_when_appointed(library: ClauseLibrary) -> None:
    dpo = {"controller_name": "Acme", "dpo_email": "dpo@acme.example", "dpo_name": "Jo Bloggs"}
    assert "data protection officer" not in section_text(render(library, dpo), "who_we_are")
    text = section_text(render(library, {**dpo, "has_dpo": True}), "who_we_are")
    assert "write to our data protection officer (Jo Bloggs) at dpo@acme.example." in text


def test_what_we_collect_lists_each_kind_with_its_details(library: ClauseLibrary) -> None:
    doc = render(library, FULL)
    text = section_text(doc, "what_we_collect")
    assert (
        "Card payments are handled by Stripe, so we do not see or keep your full card number."
        in (text)
    )
    headings = [b for b in blocks(doc, "what_we_collect") if isinstance(b, Heading)]
    assert [plain(h.spans) for h in headings] == ["Sensitive information"]
    assert "health information" in text


def test_how_we_use_lists_purposes_without_doubling_to(library: ClauseLibrary) -> None:
    text = section_text(render(library, FULL), "how_we_use")
    assert "bill you and take payments" in text
    assert "produce usage reports" in text
    assert "to To" not in text and "To produce" not in text


def test_cookies_only_when_used(library: ClauseLibrary) -> None:
    cookies = {"cookie_categories": ["necessary"], "cookie_controls": ["browser_settings"]}
    assert render(library, {**cookies, "uses_cookies": False}).section("cookies") is None
    text = section_text(render(library, {**cookies, "uses_cookies": True}), "cookies")
    assert "Strictly necessary cookies" in text
    assert "in your browser settings" in text


def test_marketing_says_how_to_stop(library: ClauseLibrary) -> None:
    text = section_text(render(library, FULL), "marketing")
    assert "by e-mail and on our website." in text  # no apps: no "in our app"
    with_apps = section_text(render(library, {**FULL, "offers_apps": True}), "marketing")
    assert "by e-mail and in our app or on our website." in with_apps
    assert "click the unsubscribe link in any marketing e-mail" in text
    assert "write to us at privacy@acme.example" in text
    assert render(library, {**FULL, "sends_marketing": False}).section("marketing") is None


def test_retention_uses_the_period_or_the_criteria(library: ClauseLibrary) -> None:
    text = section_text(render(library, FULL), "retention")
    assert (
        "We keep personal information for two years after your account closes, "
        "unless the law requires us to keep it longer." in text
    )
    criteria = {"retention_approach": "criteria", "retention_criteria": "while you are a customer"}
    assert section_text(render(library, {**FULL, **criteria}), "retention").startswith(
        "While you are a customer."
    )


def test_transfers_point_to_the_gdpr_safeguards(library: ClauseLibrary) -> None:
    assert render(library, {**FULL, "transfers_outside": False}).section("transfers") is None
    text = section_text(render(library, FULL, "eu"), "transfers")
    assert "including in the United States." in text
    assert "The part of this notice for the European Economic Area names the safeguards" in text
    doc = render(library, FULL, "eu", "uk")
    assert "Standard contractual clauses." in section_text(doc, "eu_transfers")
    uk = section_text(doc, "uk_transfers")
    assert "International Data Transfer Agreement" in uk and "UK Addendum" in uk
    assert "Standard contractual clauses." not in uk
    # With no safeguard that counts in the EEA, the body does not point to the EU part.
    idta = render(library, {**FULL, "transfer_safeguards": ["uk_idta"]}, "eu", "uk")
    assert idta.section("eu_transfers") is None
    assert "The part of this notice for the UK names the safeguards" in section_text(
        idta, "transfers"
    )


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ({"minimum_age": "18"}, "not meant for anyone under 18. We do not knowingly"),
        ({"collects_under_13": False}, "from children under 13."),
        ({"collects_under_16": False}, "from children under 16."),
        (
            {"collects_under_13": True, "parental_consent": "a parent signs up"},
            "only with the consent of a parent or guardian, where the law requires it. A parent",
        ),
    ],
)
def test_children(library: ClauseLibrary, answers: dict[str, Any], expected: str) -> None:
    assert expected in section_text(render(library, answers), "children")


@pytest.mark.parametrize(("where", "verified"), [(("eu",), False), (("eu", "california"), True)])
def test_us_children_wording_only_with_a_us_part(
    library: ClauseLibrary, where: tuple[str, ...], verified: bool
) -> None:
    # An EU practice that sees minors with a parent present is no COPPA website.
    answers = {"collects_under_13": True, "parental_consent": "a parent signs up"}
    text = section_text(render(library, answers, *where), "children")
    assert ("verified consent of a parent or guardian" in text) == verified


def test_children_is_left_out_when_unanswered(library: ClauseLibrary) -> None:
    assert render(library, {"minimum_age": "none"}).section("children") is None


def test_automated_decisions_says_so_either_way(library: ClauseLibrary) -> None:
    assert render(library, {}).section("automated_decisions") is None
    none = section_text(render(library, {"automated_decisions": False}), "automated_decisions")
    assert none.startswith("We do not make decisions about you by computer alone")
    some = {
        "automated_decisions": True,
        "automated_decisions_description": "we score applications",
        "automated_decisions_significance": "a low score means no contract",
    }
    text = section_text(render(library, some), "automated_decisions")
    assert "We score applications." in text
    assert "What this means for you. A low score means no contract." in text


def test_changes_date_follows_the_readers(library: ClauseLibrary) -> None:
    answers = {"last_updated": "2026-03-01"}
    assert "took effect on 1 March 2026." in section_text(render(library, answers), "changes")
    us = render(library, answers, "california", "us_states")
    assert "took effect on March 1, 2026." in section_text(us, "changes")


# ---------------------------------------------------------------- the GDPR parts


def test_rights_open_with_the_right_to_object_in_bold(library: ClauseLibrary) -> None:
    doc = render(library, FULL, "eu", "uk")
    for section_id in ("eu_rights", "uk_rights"):
        first = blocks(doc, section_id)[0]
        assert isinstance(first, Paragraph)
        lead = next(span for span in first.spans if span.text)
        assert lead.bold and lead.text == "Your right to object."
        rights = next(b for b in blocks(doc, section_id) if isinstance(b, ListBlock))
        names = [block_text(item.blocks[0]).split(".")[0] for item in rights.items]
        assert names[:5] == ["Access", "Rectification", "Erasure", "Restriction", "Portability"]
        assert "Withdraw consent" in names


def test_legal_grounds_per_purpose(library: ClauseLibrary) -> None:
    text = section_text(render(library, FULL, "eu"), "eu_legal_bases")
    assert "We rely on this ground to provide our services and to bill you." in text
    assert "We rely on this ground to market our products." in text
    assert "The interests we rely on are: keeping our network secure." in text
    rows = [{"purpose": "Billing", "legal_basis": "contract", "note": ""}]
    doc = render(library, {**FULL, "purpose_bases": rows}, "uk")
    table = next(b for b in blocks(doc, "uk_legal_bases") if isinstance(b, Table))
    assert [plain(c) for c in table.rows[0]] == ["Billing", "Contract"]


def test_uk_legal_grounds_point_to_the_eu_part(library: ClauseLibrary) -> None:
    text = section_text(render(library, FULL, "eu", "uk"), "uk_legal_bases")
    assert text.startswith("We rely on the same legal grounds under the UK GDPR")


def test_representatives_and_ico_registration(library: ClauseLibrary) -> None:
    answers = {
        **FULL,
        "eu_representative": "EU Rep GmbH, Berlin",
        "uk_representative": "UK Rep Ltd, Leeds",
        "ico_registration_number": "ZA123456",
    }
    doc = render(library, answers, "eu", "uk")
    eu, uk = section_text(doc, "eu_controller"), section_text(doc, "uk_controller")
    assert "EU Rep GmbH, Berlin" in eu and "UK Rep" not in eu and "ZA123456" not in eu
    assert "UK Rep Ltd, Leeds" in uk and "under number ZA123456." in uk


def test_eu_complaints_never_name_the_ico_as_an_eu_authority(library: ClauseLibrary) -> None:
    ico = {"supervisory_authority": "the Information Commissioner's Office (ICO)"}
    assert "oversees us" not in section_text(render(library, ico, "eu"), "eu_complaints")
    dpc = {"supervisory_authority": "the Irish Data Protection Commission"}
    text = section_text(render(library, dpc, "eu"), "eu_complaints")
    assert "The authority that oversees us is the Irish Data Protection Commission." in text


@pytest.mark.parametrize("apps", [True, False])
def test_a_business_without_apps_is_never_said_to_have_them(
    library: ClauseLibrary, apps: bool
) -> None:
    answers = {
        "offers_apps": apps,
        "links_to_other_sites": True,
        "data_categories": ["device_usage"],
        "change_notification": ["post_on_website", "banner"],
        "last_updated": "2026-01-01",
    }
    doc = render(library, answers)
    text = "\n".join(section_text(doc, s.id) for s in doc.sections)
    assert ("our app" in text.lower() or "and apps link" in text) == apps
    assert ("Our website links to other websites" in text) != apps


def test_a_health_practice_names_who_it_shares_with_and_hears_from(library: ClauseLibrary) -> None:
    answers = {
        "collection_methods": ["directly", "third_parties"],
        "third_party_sources": ["health_professionals", "laboratories"],
        "other_recipients": ["health_professionals", "insurers"],
        "corporate_transactions": None,
    }
    doc = render(library, answers)
    collect = section_text(doc, "how_we_collect")
    assert "doctors, nurses and other health professionals and laboratories" in collect
    sharing = section_text(doc, "sharing")
    assert "Doctors, nurses and other health professionals who care for you" in sharing
    assert "Insurers" in sharing
    assert "buyer" not in sharing  # not said unless answered yes


@pytest.mark.parametrize("language", ["en", "fr", "de", "es"])
def test_sign_ins_and_connected_accounts_only_for_a_business_with_accounts(
    library: ClauseLibrary, language: str
) -> None:
    project = NoticeProject.load(examples_dir() / "complete.notice")
    written = library.in_language(language)
    with_accounts = document_text(compose(project, written))
    project.answers["data_categories"] = [
        c for c in project.answers["data_categories"] if c != "account"
    ]
    without = document_text(compose(project, written))
    examples = {
        "en": ("keeping you signed in", "connect your account to another app"),
        "fr": ("gardant votre session ouverte", "reliez votre compte"),
        "de": ("angemeldet halten", "Ihr Konto mit einer anderen App"),
        "es": ("manteniendo abierta su sesión", "conecta su cuenta"),
    }[language]
    for words in examples:
        assert words in with_accounts and words not in without
    # Precise location is never said to come from emergency calls the business may not carry.
    assert "make an emergency call" not in with_accounts and "Notruf absetzen" not in with_accounts

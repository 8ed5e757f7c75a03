"""The questionnaire: sections of typed questions, loaded from YAML.

Format of ``templates/questionnaire.yaml``::

    sections:
      - id: identity                 # snake_case, unique
        title: Who you are           # shown in the step list
        intro: One or two sentences shown above the questions.
        questions:
          - id: controller_name      # snake_case, unique across the questionnaire;
                                     # also the variable name clause templates use
            type: text               # see QUESTION_TYPES
            label: Legal name of your business
            help: Plain-words help shown under the field, with an example.
            placeholder: Acme Ltd    # optional, greyed example inside the field
            required: true           # optional, default false
            default: ...             # optional, value a new project starts with
            pattern: "^[0-9]+$"      # optional regular expression for text answers
            pattern_message: ...     # optional message when the pattern fails
            max_length: 200          # optional, for text answers
            translatable: true       # optional: typed afresh in each language (default:
                                     # long_text yes, others no)
            choices:                 # single_choice and multiple_choice only
              - {value: contact, label: Contact details, help: optional}
            fields:                  # records only: the columns of each record,
              - {id: name, type: text, label: Name, required: true}
            visible_when: CONDITION  # optional: ask only when the condition holds

A CONDITION is one of::

    {question: ID, equals: VALUE}        # answer equals VALUE
    {question: ID, not_equals: VALUE}
    {question: ID, includes: VALUE}      # multiple_choice answer contains VALUE
    {question: ID, answered: true}       # any non-empty answer (false: empty)
    {jurisdiction: eu}                   # eu among the chosen jurisdictions
    {jurisdiction: [eu, uk]}             # any of them chosen
    {all: [CONDITION, ...]}
    {any: [CONDITION, ...]}
    {not: CONDITION}

Answer values by type: text, long_text, email, url, phone, date (ISO
"YYYY-MM-DD") and single_choice are ``str``; yes_no is ``bool``; multiple_choice
is ``list[str]``; records is ``list[dict[str, str]]``. An unanswered question
has no entry in the answers mapping.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from noticeeditor.core.datafile import DataFileError, read_yaml

QUESTION_TYPES = (
    "text",
    "long_text",
    "yes_no",
    "single_choice",
    "multiple_choice",
    "date",
    "email",
    "url",
    "phone",
    "records",
)
FIELD_TYPES = tuple(t for t in QUESTION_TYPES if t not in ("records", "multiple_choice"))
JURISDICTIONS: dict[str, str] = {
    "eu": "European Union and EEA (GDPR)",
    "uk": "United Kingdom (UK GDPR)",
    "california": "California (CCPA/CPRA)",
    "us_states": "Other US states (Virginia, Colorado, Connecticut and others)",
    "canada": "Canada (PIPEDA and Quebec Law 25)",
}

_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
# "(800) 555-0100" is common in the US; "1-800-FLOWERS" spells a toll-free number;
# an extension may follow: "ext. 12", "x12", "#12".
_PHONE = re.compile(
    r"^\+?[0-9(][0-9A-Za-z ()./-]{4,}[0-9A-Za-z]"
    r"(?:\s*(?:ext\.?|extension|x|#)\s*[0-9]{1,6})?$",
    re.IGNORECASE,
)


class QuestionnaireError(ValueError):
    """The questionnaire file is malformed; the message names the place."""


@dataclass(frozen=True)
class Choice:
    """One option of a choice question."""

    value: str
    label: str
    help: str = ""


@dataclass(frozen=True)
class Question:
    """One question of the questionnaire, or one field of a records question."""

    id: str
    type: str
    label: str
    help: str = ""
    placeholder: str = ""
    required: bool = False
    default: Any = None
    pattern: str | None = None
    pattern_message: str = ""
    max_length: int | None = None
    choices: tuple[Choice, ...] = ()
    fields: tuple[Question, ...] = ()
    visible_when: Mapping[str, Any] | None = None
    section_id: str = ""
    # Written afresh in each of the notice's languages (descriptions, a title), unlike
    # names, numbers and addresses. Long texts are, unless the questionnaire says not.
    translatable: bool = False

    def choice_label(self, value: str) -> str:
        """Return the label of choice ``value`` (the value itself if unknown)."""
        return next((c.label for c in self.choices if c.value == value), value)

    def empty_value(self) -> Any:
        """Return what a template sees when the question is unanswered."""
        if self.type in ("multiple_choice", "records"):
            return []
        if self.type == "yes_no":
            return None
        return ""


@dataclass(frozen=True)
class Section:
    """A step of the wizard: a titled group of questions."""

    id: str
    title: str
    intro: str = ""
    questions: tuple[Question, ...] = ()


@dataclass
class Questionnaire:
    """All sections, with lookup by question id."""

    sections: list[Section]
    by_id: dict[str, Question] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_id = {q.id: q for s in self.sections for q in s.questions}

    def __iter__(self) -> Iterator[Question]:
        return iter(self.by_id.values())

    def __contains__(self, qid: object) -> bool:
        return qid in self.by_id

    def question(self, qid: str) -> Question:
        """Return the question ``qid``; KeyError if there is none."""
        return self.by_id[qid]

    def section(self, section_id: str) -> Section:
        """Return the section ``section_id``; KeyError if there is none."""
        for section in self.sections:
            if section.id == section_id:
                return section
        raise KeyError(section_id)

    def defaults(self) -> dict[str, Any]:
        """Return the answers a new blank project starts with."""
        return {q.id: q.default for q in self if q.default is not None}

    def context(self, answers: Mapping[str, Any], memo: AnswerMemo | None = None) -> dict[str, Any]:
        """Return every question id mapped to its answer, of its type, or its empty value."""
        typed = memo.coerced if memo is not None else coerce
        return {q.id: typed(q, answers.get(q.id)) for q in self}

    def effective(
        self,
        answers: Mapping[str, Any],
        jurisdictions: Sequence[str],
        memo: AnswerMemo | None = None,
    ) -> dict[str, Any]:
        """Return the answers of visible questions only: a hidden answer counts as unanswered.

        The user's answer to a question that is now hidden stays in the project (it comes
        back when the question does) but no clause, condition or check may read it.
        """
        shaped = memo.understood if memo is not None else understood
        answers = {
            qid: value
            for qid, value in answers.items()
            if qid not in self.by_id or shaped(self.by_id[qid], value)
        }
        current = dict(answers)
        for _ in range(len(self.by_id) + 1):  # conditions may chain; stop when stable
            kept = {
                qid: value
                for qid, value in answers.items()
                if qid not in self.by_id
                or evaluate(self.by_id[qid].visible_when, current, jurisdictions)
            }
            if kept == current:
                break
            current = kept
        return current

    def not_understood(self, answers: Mapping[str, Any]) -> list[str]:
        """Return the ids of questions whose answer in ``answers`` has the wrong shape.

        Such an answer (a list for a text, an object among choices) stays in the
        project file untouched, but ``effective`` leaves it out, as if unanswered.
        """
        return [
            qid
            for qid, value in answers.items()
            if qid in self.by_id and not understood(self.by_id[qid], value)
        ]


class AnswerMemo:
    """What is worked out from each list answer, kept while the answer is the same object.

    Checking, typing and validating 5,000 records takes milliseconds; an editor that
    does it for every answer on every keystroke is felt. An editor whose model
    replaces an answer whenever it changes, and never changes one in place (the GUI's
    ``Answers``), keeps one memo per project and passes it to ``effective``,
    ``context``, ``section_state`` and ``Composer.compose``; nothing else needs one.
    Each result is kept with the answer object it came from (so that object's id is
    not reused) and is used only for that very object.
    """

    def __init__(self) -> None:
        self._kept: dict[tuple[str, str], tuple[Any, Any]] = {}

    def understood(self, question: Question, value: Any) -> bool:
        """Return ``understood(question, value)``, worked out once per list."""
        return bool(self._once("understood", question, value, understood))

    def coerced(self, question: Question, value: Any) -> Any:
        """Return ``coerce(question, value)``, worked out once per list."""
        return self._once("coerced", question, value, coerce)

    def problem(self, question: Question, value: Any) -> str | None:
        """Return ``validate_value(question, value)``, worked out once per list."""
        found = self._once("problem", question, value, validate_value)
        return None if found is None else str(found)

    def _once(
        self, kind: str, question: Question, value: Any, work: Callable[[Question, Any], Any]
    ) -> Any:
        if not isinstance(value, list):
            return work(question, value)  # text, yes/no or nothing: cheap, and immutable
        key = (kind, question.id)
        kept = self._kept.get(key)
        if kept is None or kept[0] is not value:
            kept = self._kept[key] = (value, work(question, value))
        return kept[1]


def understood(question: Question, value: Any) -> bool:
    """Tell whether ``value`` has the shape of an answer to ``question`` (None: unanswered)."""
    kind = question.type
    if value is None:
        return True
    if kind == "yes_no":
        return isinstance(value, bool)
    if kind == "multiple_choice":
        # A lone choice reads as one ticked: a project saved when the question took one.
        return isinstance(value, str) or (
            isinstance(value, list) and all(isinstance(item, str) for item in value)
        )
    if kind == "records":
        return isinstance(value, list) and all(_is_record(row) for row in value)
    return isinstance(value, str)


def _is_record(row: Any) -> bool:
    return isinstance(row, dict) and all(
        isinstance(key, str) and isinstance(cell, str | None) for key, cell in row.items()
    )


def coerce(question: Question, value: Any) -> Any:
    """Return ``value`` as the type clauses expect for ``question``, or its empty value.

    A project file edited by hand may hold null or a value of the wrong type; a
    clause must never print "None" or fail on it.
    """
    kind = question.type
    if value is None:
        return question.empty_value()
    if kind == "yes_no":
        return value if isinstance(value, bool) else None
    if kind == "multiple_choice":
        items = value if isinstance(value, list) else [value]
        return [item for item in items if isinstance(item, str)]
    if kind == "records":
        rows = value if isinstance(value, list) else []
        ids = tuple(f.id for f in question.fields)
        known = set(ids)
        return [
            # A row that has exactly the fields, all text, is used as it is: copying
            # thousands of such rows on every keystroke is what a user would feel.
            row if row.keys() == known and all(map(_is_str, row.values())) else _row(row, ids)
            for row in rows
            if isinstance(row, dict)
        ]
    return _text(value)


def _is_str(value: Any) -> bool:
    return type(value) is str


def _row(row: Mapping[str, Any], ids: tuple[str, ...]) -> dict[str, str]:
    return {f: _text(row.get(f)) for f in ids}


def _text(value: Any) -> str:
    if value is None or isinstance(value, list | dict | bool):
        return ""
    return str(value)


# ---------------------------------------------------------------- loading


def load_questionnaire(path: Path) -> Questionnaire:
    """Read and check a questionnaire YAML file."""
    try:
        data = read_yaml(path)
    except DataFileError as exc:
        raise QuestionnaireError(f"{path}: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("sections"), list):
        raise QuestionnaireError(f"{path}: expected a mapping with a 'sections' list")
    sections = [_section(raw, f"{path}: sections[{i}]") for i, raw in enumerate(data["sections"])]
    questionnaire = Questionnaire(sections)
    _check_unique(sections, path)
    _check_conditions(questionnaire, path)
    return questionnaire


def _section(raw: Any, where: str) -> Section:
    if not isinstance(raw, dict):
        raise QuestionnaireError(f"{where}: expected a mapping")
    sid = _ident(raw, where)
    where = f"{where} ({sid})"
    questions = tuple(
        _question(q, f"{where}.questions[{i}]", sid, QUESTION_TYPES)
        for i, q in enumerate(raw.get("questions") or [])
    )
    return Section(sid, str(raw.get("title", sid)), str(raw.get("intro", "")).strip(), questions)


def _ident(raw: Mapping[str, Any], where: str) -> str:
    ident = raw.get("id")
    if not isinstance(ident, str) or not _ID.match(ident):
        raise QuestionnaireError(f"{where}: 'id' must be snake_case text, got {ident!r}")
    return ident


def _question(raw: Any, where: str, section_id: str, types: Sequence[str]) -> Question:
    if not isinstance(raw, dict):
        raise QuestionnaireError(f"{where}: expected a mapping")
    qid = _ident(raw, where)
    where = f"{where} ({qid})"
    qtype = raw.get("type")
    if qtype not in types:
        raise QuestionnaireError(f"{where}: unknown type {qtype!r}; use one of {', '.join(types)}")
    if not raw.get("label"):
        raise QuestionnaireError(f"{where}: 'label' is required")
    choices = tuple(_choice(c, where) for c in raw.get("choices") or [])
    if qtype in ("single_choice", "multiple_choice") and not choices:
        raise QuestionnaireError(f"{where}: a {qtype} question needs 'choices'")
    fields = tuple(
        _question(f, f"{where}.fields[{i}]", section_id, FIELD_TYPES)
        for i, f in enumerate(raw.get("fields") or [])
    )
    if qtype == "records" and not fields:
        raise QuestionnaireError(f"{where}: a records question needs 'fields'")
    pattern = raw.get("pattern")
    if pattern is not None:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise QuestionnaireError(f"{where}: bad pattern: {exc}") from exc
    return Question(
        id=qid,
        type=str(qtype),
        label=str(raw["label"]),
        help=str(raw.get("help", "")).strip(),
        placeholder=str(raw.get("placeholder", "")),
        required=bool(raw.get("required", False)),
        default=raw.get("default"),
        pattern=pattern,
        pattern_message=str(raw.get("pattern_message", "")),
        max_length=raw.get("max_length"),
        choices=choices,
        translatable=bool(raw.get("translatable", qtype == "long_text")),
        fields=fields,
        visible_when=raw.get("visible_when"),
        section_id=section_id,
    )


def _choice(raw: Any, where: str) -> Choice:
    if isinstance(raw, str):
        return Choice(raw, raw)
    if not isinstance(raw, dict) or "value" not in raw:
        raise QuestionnaireError(f"{where}: each choice needs a 'value'")
    value = str(raw["value"])
    return Choice(value, str(raw.get("label", value)), str(raw.get("help", "")))


def _check_unique(sections: Sequence[Section], path: Path) -> None:
    seen: set[str] = set()
    for sid in (s.id for s in sections):
        if sid in seen:
            raise QuestionnaireError(f"{path}: section id {sid!r} is used twice")
        seen.add(sid)
    seen.clear()
    for q in (q for s in sections for q in s.questions):
        if q.id in seen:
            raise QuestionnaireError(f"{path}: question id {q.id!r} is used twice")
        seen.add(q.id)


def _check_conditions(questionnaire: Questionnaire, path: Path) -> None:
    for q in questionnaire:
        if q.visible_when is not None:
            problem = condition_problem(q.visible_when, questionnaire)
            if problem:
                raise QuestionnaireError(f"{path}: question {q.id!r}: visible_when {problem}")


_TESTS = ("equals", "not_equals", "includes", "answered")


def condition_problem(cond: Any, questionnaire: Questionnaire) -> str | None:
    """Return what is wrong with a condition's shape or names, or None when it is sound."""
    if not isinstance(cond, dict) or len(cond) == 0:
        return f"must be a mapping, got {cond!r}"
    for key in ("all", "any"):
        if key in cond:
            items = cond[key]
            if not isinstance(items, list) or not items:
                return f"'{key}' needs a non-empty list"
            return next(filter(None, (condition_problem(c, questionnaire) for c in items)), None)
    if "not" in cond:
        return condition_problem(cond["not"], questionnaire)
    if "jurisdiction" in cond:
        wanted = cond["jurisdiction"]
        wanted = [wanted] if isinstance(wanted, str) else wanted
        unknown = [j for j in wanted if j not in JURISDICTIONS]
        return f"names unknown jurisdiction {unknown[0]!r}" if unknown else None
    qid = cond.get("question")
    if not isinstance(qid, str) or qid not in questionnaire:
        return f"names unknown question {qid!r}"
    tests = [t for t in _TESTS if t in cond]
    if len(tests) != 1 or len(cond) != 2:
        return f"needs 'question' and one of {', '.join(_TESTS)}: {cond!r}"
    question = questionnaire.question(qid)
    value = cond[tests[0]]
    if tests[0] == "includes" and value not in {c.value for c in question.choices}:
        return f"tests {qid!r} for unknown choice {value!r}"
    return None


# ---------------------------------------------------------------- conditions


def condition_questions(cond: Mapping[str, Any]) -> set[str]:
    """Return the question ids a condition reads."""
    if "all" in cond or "any" in cond:
        return set().union(*(condition_questions(c) for c in cond.get("all", cond.get("any"))))
    if "not" in cond:
        return condition_questions(cond["not"])
    return {cond["question"]} if "question" in cond else set()


def is_empty(value: Any) -> bool:
    """Return True for an unanswered value: None, "", whitespace, [] or {}."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | tuple | dict):
        return len(value) == 0
    return False


def evaluate(
    cond: Mapping[str, Any] | None, answers: Mapping[str, Any], jurisdictions: Sequence[str]
) -> bool:
    """Evaluate a visibility condition against answers and chosen jurisdictions."""
    if cond is None:
        return True
    if "all" in cond:
        return all(evaluate(c, answers, jurisdictions) for c in cond["all"])
    if "any" in cond:
        return any(evaluate(c, answers, jurisdictions) for c in cond["any"])
    if "not" in cond:
        return not evaluate(cond["not"], answers, jurisdictions)
    if "jurisdiction" in cond:
        wanted = cond["jurisdiction"]
        wanted = [wanted] if isinstance(wanted, str) else wanted
        return any(j in jurisdictions for j in wanted)
    value = answers.get(cond["question"])
    if "equals" in cond:
        return bool(value == cond["equals"])
    if "not_equals" in cond:
        return bool(value != cond["not_equals"])
    if "includes" in cond:
        return isinstance(value, list) and cond["includes"] in value
    if "answered" in cond:
        return is_empty(value) != bool(cond["answered"])
    raise QuestionnaireError(f"unknown condition {dict(cond)!r}")


def is_visible(
    questionnaire: Questionnaire,
    qid: str,
    answers: Mapping[str, Any],
    jurisdictions: Sequence[str],
) -> bool:
    """Return True when question ``qid`` should be asked."""
    return evaluate(questionnaire.question(qid).visible_when, answers, jurisdictions)


# ---------------------------------------------------------------- validation


def validate_value(question: Question, value: Any) -> str | None:
    """Return a message saying what is wrong with ``value``, or None when it is fine."""
    if is_empty(value):
        return "This answer is required." if question.required else None
    kind = question.type
    if kind == "records":
        return _validate_records(question, value)
    if kind == "multiple_choice":
        known = {c.value for c in question.choices}
        unknown = [v for v in value if v not in known] if isinstance(value, list) else [value]
        return f"Unknown choice: {unknown[0]!r}." if unknown else None
    if kind == "yes_no":
        return None if isinstance(value, bool) else "Answer yes or no."
    if not isinstance(value, str):
        return "Expected text."
    return _validate_text(question, value.strip())


def _validate_text(question: Question, text: str) -> str | None:
    kind = question.type
    if kind == "single_choice" and text not in {c.value for c in question.choices}:
        return f"Unknown choice: {text!r}."
    if kind == "email" and not _EMAIL.match(text):
        return "Enter an e-mail address such as privacy@example.com."
    if kind == "url" and not _URL.match(text):
        return "Enter a web address starting with https:// (for example https://example.com)."
    if kind == "phone" and not _PHONE.match(text):
        return _phone_problem(text)
    if kind == "date":
        try:
            date.fromisoformat(text)
        except ValueError:
            return "Enter a date as YYYY-MM-DD."
    if question.max_length is not None and len(text) > question.max_length:
        return f"Keep this to {question.max_length} characters or fewer (it has {len(text)})."
    if question.pattern and not re.search(question.pattern, text):
        return question.pattern_message or "This answer is not in the expected format."
    return None


def _phone_problem(text: str) -> str:
    """Say what is wrong with a phone number: the character that cannot be in one."""
    odd = next((ch for ch in text if not (ch.isalnum() or ch in " +()./-#")), None)
    if odd is not None:
        return f"A phone number cannot hold “{odd}”: use digits, letters, spaces and + ( ) . - /."
    return (
        "Enter a phone number such as +1 800 555 0100, 1-800-FLOWERS or +44 20 7946 0000 ext. 12."
    )


def _validate_records(question: Question, value: Any) -> str | None:
    if not isinstance(value, list) or not all(isinstance(r, dict) for r in value):
        return "Expected a list of entries."
    for row, record in enumerate(value, start=1):
        for f in question.fields:
            problem = validate_value(f, record.get(f.id))
            if problem:
                return f"Entry {row}, {f.label}: {problem}"
    return None


def validate(
    questionnaire: Questionnaire, answers: Mapping[str, Any], jurisdictions: Sequence[str]
) -> dict[str, str]:
    """Return a message for every visible question whose answer is wrong or missing."""
    problems: dict[str, str] = {}
    for q in questionnaire:
        if evaluate(q.visible_when, answers, jurisdictions):
            message = validate_value(q, answers.get(q.id))
            if message:
                problems[q.id] = message
    return problems


def section_state(
    questionnaire: Questionnaire,
    section_id: str,
    answers: Mapping[str, Any],
    jurisdictions: Sequence[str],
    memo: AnswerMemo | None = None,
) -> str:
    """Return a section's state: "done", "incomplete", "missing" or "not applicable".

    "missing": a required answer is missing or wrong; "not applicable": none of the
    section's questions applies to the notice (the EU's legal grounds in a US notice).
    """
    visible = [
        q
        for q in questionnaire.section(section_id).questions
        if evaluate(q.visible_when, answers, jurisdictions)
    ]
    if not visible:
        return "not applicable"
    check = memo.problem if memo is not None else validate_value
    if any(check(q, answers.get(q.id)) for q in visible):
        return "missing"
    if any(is_empty(answers.get(q.id)) for q in visible):
        return "incomplete"
    return "done"

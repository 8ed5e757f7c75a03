"""The clause library: sandboxed, strict Jinja templates with a loader chain.

For jurisdiction J a clause name is looked up in, in order: the user's own
library for J, the built-in J, the user's common folder, the built-in common
folder. The common body of a notice uses only the two common folders. A lawyer
overrides one clause by dropping one file of the same name in their library.

``templates/outline.yaml`` orders the notice::

    body:                                  # sections every notice gets
      - {id: who_we_are, title: Who we are, clause: who_we_are.md.j2}
      - {id: cookies, title: Cookies, clause: cookies.md.j2,
         when: {question: uses_cookies, equals: true}}       # optional condition
    jurisdictions:                         # one part per chosen jurisdiction
      eu:
        title: If you are in the European Union or EEA
        clause: intro.md.j2                # optional text under the part title
        sections:
          - {id: eu_rights, title: Your rights, clause: rights.md.j2}

A user library may hold its own ``outline.yaml``, which replaces the built-in one.

Clauses run in the sandbox of ``noticeeditor.core.sandbox``: they may read answers
and call our filters, nothing else, within limits of time and size. Whatever goes
wrong in a clause, a refused attribute, a runaway loop, a bug, becomes a
``TemplateProblem`` naming the file and line, never an exception of another kind.
"""

from __future__ import annotations

import hashlib
import json
import os
import traceback
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from types import CodeType
from typing import Any

import jinja2
from jinja2 import (
    ChoiceLoader,
    FileSystemBytecodeCache,
    StrictUndefined,
    Template,
    TemplateNotFound,
    TemplateSyntaxError,
    meta,
)
from jinja2.bccache import Bucket
from jinja2.sandbox import SandboxedEnvironment

from noticeeditor.core.cachekey import cache_tag
from noticeeditor.core.datafile import DataFileError, load_yaml, read_parsed, yaml_with_item_lines
from noticeeditor.core.filters import FILTERS, language_filters, make_label_filters
from noticeeditor.core.languages import ENGLISH, TRANSLATIONS, language_tag
from noticeeditor.core.questionnaire import JURISDICTIONS, Questionnaire, load_questionnaire
from noticeeditor.core.questionnaire_texts import TextsProblem, load_texts, translated
from noticeeditor.core.sandbox import ClauseEnvironment, ConfinedLoader, Respelling, render_metered
from noticeeditor.core.wording import Wording, WordingProblem, load_wording, respeller
from noticeeditor.core.worker import ClauseWorker
from noticeeditor.paths import cache_dir

COMMON = "common"
# How clause text is compiled; part of the compiled-clause cache's key.
COMPILER_OPTIONS: dict[str, bool] = {
    "autoescape": False,
    "trim_blocks": True,
    "lstrip_blocks": True,
    "keep_trailing_newline": True,
}
# Names every clause may read besides the question ids.
CONTEXT_NAMES = ("jurisdictions", "jurisdiction", "jurisdiction_names", "notice_title_text")


class TemplateProblem(Exception):
    """A clause failed to load or render; knows the file and line."""

    def __init__(self, message: str, file: str, line: int | None = None) -> None:
        super().__init__(f"{file}:{line}: {message}" if line else f"{file}: {message}")
        self.message, self.file, self.line = message, file, line


@dataclass(frozen=True)
class OutlineSection:
    """One section of the outline: a title and the clause that fills it."""

    id: str
    title: str
    clause: str
    when: Mapping[str, Any] | None = None


@dataclass(frozen=True)
class JurisdictionPart:
    """The part of a notice for one jurisdiction."""

    id: str
    title: str
    clause: str | None
    sections: tuple[OutlineSection, ...]


@dataclass(frozen=True)
class Outline:
    """Order of sections in a notice."""

    body: tuple[OutlineSection, ...]
    parts: dict[str, JurisdictionPart] = field(default_factory=dict)

    def titles(self) -> dict[str, str]:
        """Return the title of every section and part, by id."""
        titles = {entry.id: entry.title for entry in self.body}
        for part in self.parts.values():
            titles[part.id] = part.title
            titles.update((entry.id, entry.title) for entry in part.sections)
        return titles


@dataclass(frozen=True)
class ClauseSource:
    """Where a clause was found."""

    name: str  # e.g. "eu/rights.md.j2"
    origin: str  # "built-in" or "user"
    path: Path


class ClauseLibrary:
    """Built-in clauses, optionally overridden by a user library folder."""

    def __init__(
        self, builtin: Path, user: Path | None = None, language: str = ENGLISH, spelling: str = ""
    ) -> None:
        self.builtin = Path(builtin)
        self.user = Path(user) if user else None
        self.language = language
        # "" prints the clauses as written (British English); "us" respells their own
        # words American (the wording table ``american``), never the answers.
        self.spelling = spelling if language == ENGLISH else ""
        self.questionnaire: Questionnaire = load_questionnaire(self.builtin / "questionnaire.yaml")
        self.questionnaire = self._translated_questionnaire(self.questionnaire)
        self.outline: Outline = self._load_outline()
        self.wording: Wording = self._load_wording()
        self._envs: dict[str | None, SandboxedEnvironment] = {}
        self._reads: dict[tuple[str, str | None], tuple[str, ...]] = {}
        self._parsed: dict[Path, tuple[frozenset[str], tuple[str, ...]]] = {}
        self._sources: dict[tuple[str, str | None], ClauseSource] = {}
        # User-library clauses are code from anyone: they render in a worker process.
        self._worker = ClauseWorker(self.builtin, self.user, language) if self.user else None
        self._languages: dict[str, ClauseLibrary] = {_variant(language, self.spelling): self}

    def _outline_path(self) -> Path:
        if self.user and (self.user / "outline.yaml").is_file():
            return self.user / "outline.yaml"
        return self.builtin / "outline.yaml"

    def in_language(self, language: str, spelling: str = "") -> ClauseLibrary:
        """Return this library writing in ``language`` (made once, then kept)."""
        spelling = spelling if language == ENGLISH else ""
        found = self._languages.get(_variant(language, spelling))
        if found is None:
            found = ClauseLibrary(self.builtin, self.user, language, spelling)
            found._languages = self._languages  # one family: each asks the same
            self._languages[_variant(language, spelling)] = found
        return found

    def for_notice(self, language: str, jurisdictions: Sequence[str]) -> ClauseLibrary:
        """Return the library that writes a notice in ``language`` for ``jurisdictions``.

        One spelling per notice: American when every part is a US one (the notice's
        dates are then US style and its proofing language en-US), else British.
        """
        american = language == ENGLISH and language_tag(language, jurisdictions) == "en-US"
        return self.in_language(language, "us" if american else "")

    def _roots(self) -> list[Path]:
        """Return the library folders, the user's first."""
        return [self.user, self.builtin] if self.user else [self.builtin]

    def translation_roots(self) -> list[Path]:
        """Return the folders of this library's language, the user's first (none for English)."""
        if self.language == ENGLISH:
            return []
        return [root / TRANSLATIONS / self.language for root in self._roots()]

    def _translated_questionnaire(self, questionnaire: Questionnaire) -> Questionnaire:
        """Return the questionnaire with its texts in this library's language, where given."""
        for root in self.translation_roots():
            path = root / "questionnaire.yaml"
            if path.is_file():
                try:
                    return translated(questionnaire, load_texts(path, root))
                except TextsProblem as exc:
                    raise TemplateProblem(str(exc), _shown(path)) from exc
        return questionnaire

    def _load_outline(self) -> Outline:
        """Read the outline, with the section titles of this library's language."""
        outline = load_outline(self._outline_path(), self._outline_path().parent)
        for root in self.translation_roots():
            path = root / "outline.yaml"
            if path.is_file():
                return translated_outline(outline, path, root)
        return outline

    def _load_wording(self) -> Wording:
        """Read the wording tables; TemplateProblem, naming file and line, if one is bad."""
        labels = {q.id: {c.value: c.label for c in q.choices} for q in self.questionnaire}
        try:
            wording = load_wording(self.translation_roots() + self._roots(), labels, self._roots())
            return wording.respelled() if self.spelling == "us" else wording
        except WordingProblem as exc:
            raise TemplateProblem(exc.message, exc.file, exc.line) from exc

    def folders(self, jurisdiction: str | None) -> list[Path]:
        """Return the loader chain's folders for a jurisdiction (None: common body).

        In another language, for each folder its translation comes first: a clause not
        translated yet is the English one of the same folder, never another folder's.
        """
        names = [jurisdiction, COMMON] if jurisdiction else [COMMON]
        roots = self.translation_roots() + self._roots()
        return [root / name for name in names for root in roots]

    def environment(self, jurisdiction: str | None) -> SandboxedEnvironment:
        """Return the (cached) sandboxed environment for a jurisdiction."""
        env = self._envs.get(jurisdiction)
        if env is None:
            env = self._make_env(jurisdiction)
            self._envs[jurisdiction] = env
        return env

    def _make_env(self, jurisdiction: str | None) -> SandboxedEnvironment:
        loader = ChoiceLoader(
            [
                ConfinedLoader(str(folder), str(folder.parent))
                for folder in self.folders(jurisdiction)
            ]
        )
        labels = {q.id: {c.value: c.label for c in q.choices} for q in self.questionnaire}
        finalize, in_language = language_filters(self.language)
        respelled = self.wording.table("common", "american") if self.spelling == "us" else {}
        env = ClauseEnvironment(
            loader=loader,
            undefined=StrictUndefined,
            finalize=finalize,
            auto_reload=True,
            # Jinja runs filters on constant values while compiling: labels, the
            # language and the spelling shape the code.
            bytecode_cache=_bytecode_cache(
                compiler_tag(labels, _variant(self.language, self.spelling), respelled)
            ),
            **COMPILER_OPTIONS,
        )
        if respelled:
            env.add_extension(Respelling)
            env.extend(respell=respeller(respelled))
        env.filters.update(FILTERS)
        env.filters.update(in_language)
        env.filters.update(make_label_filters(labels))
        return env

    def invalidate(self) -> None:
        """Forget compiled templates and cached reads, after a clause file changed.

        The same library in other languages (``in_language``) forgets them too.
        """
        for library in self._languages.values():
            library._forget()

    def _forget(self) -> None:
        """Forget what ``invalidate`` forgets, for this language only."""
        self._envs.clear()
        self._reads.clear()
        self._parsed.clear()
        self._sources.clear()
        if self._worker is not None:
            self._worker.stop()  # its compiled clauses are stale too
        self.outline = self._load_outline()
        self.wording = self._load_wording()

    def source(self, clause: str, jurisdiction: str | None) -> ClauseSource:
        """Return where ``clause`` is found for ``jurisdiction``.

        Kept until ``invalidate()`` while the file is still there: like the compiled
        clauses, a new file that overrides another counts from the next invalidate.
        """
        key = (clause, jurisdiction)
        found = self._sources.get(key)
        if found is None or not os.path.isfile(found.path):
            found = self._sources[key] = self._find_source(clause, jurisdiction)
        return found

    def _find_source(self, clause: str, jurisdiction: str | None) -> ClauseSource:
        if ".." in clause.replace("\\", "/").split("/") or Path(clause).is_absolute():
            raise TemplateProblem("clause file not found in the library", clause)
        for folder in self.folders(jurisdiction):
            path = folder / clause
            if path.is_file():
                mine = self.user is not None and folder.is_relative_to(self.user)
                return ClauseSource(f"{folder.name}/{clause}", "user" if mine else "built-in", path)
        raise TemplateProblem("clause file not found in the library", clause)

    def template(self, clause: str, jurisdiction: str | None) -> Template:
        """Return the compiled clause; TemplateProblem on a syntax error."""
        try:
            return self.environment(jurisdiction).get_template(clause)
        except TemplateSyntaxError as exc:
            raise TemplateProblem(
                exc.message or str(exc), _display(exc.filename), exc.lineno
            ) from exc
        except TemplateNotFound as exc:
            raise TemplateProblem("clause file not found in the library", clause) from exc
        except Exception as exc:  # a refused file, or a template the compiler chokes on
            raise TemplateProblem(
                _compile_message(exc), self._display_name(clause, jurisdiction)
            ) from exc

    def _display_name(self, clause: str, jurisdiction: str | None) -> str:
        try:
            return self.source(clause, jurisdiction).name
        except TemplateProblem:
            return clause

    def reads(self, clause: str, jurisdiction: str | None) -> tuple[str, ...]:
        """Return the names a clause (and what it includes) reads, found statically."""
        key = (clause, jurisdiction)
        if key not in self._reads:
            self._reads[key] = tuple(sorted(self._collect_reads(clause, jurisdiction, set())))
        return self._reads[key]

    def _collect_reads(self, clause: str, jurisdiction: str | None, seen: set[str]) -> set[str]:
        seen.add(clause)
        direct, children = self._direct_reads(clause, jurisdiction)
        names = set(direct)
        for child in children:
            if child not in seen and self._exists(child, jurisdiction):
                # A missing include is reported by the render, with its line.
                names |= self._collect_reads(child, jurisdiction, seen)
        return names

    def _direct_reads(
        self, clause: str, jurisdiction: str | None
    ) -> tuple[frozenset[str], tuple[str, ...]]:
        """Return the names one file reads and the files it includes, parsing it once."""
        found = self.source(clause, jurisdiction)
        cached = self._parsed.get(found.path)
        if cached is not None:
            return cached
        env = self.environment(jurisdiction)
        try:
            # Through the loader, so the sandbox's checks on files apply here too.
            text, _filename, _uptodate = env.loader.get_source(env, clause)  # type: ignore[union-attr]
            reads_cache = _reads_cache(env.bytecode_cache)
            result = reads_cache.get(text)
            if result is None:
                ast = env.parse(text)
                children = tuple(c for c in meta.find_referenced_templates(ast) if c)
                result = (frozenset(meta.find_undeclared_variables(ast)), children)
                reads_cache.put(text, result)
        except TemplateSyntaxError as exc:
            raise TemplateProblem(exc.message or str(exc), found.name, exc.lineno) from exc
        except Exception as exc:
            raise TemplateProblem(_compile_message(exc), found.name) from exc
        self._parsed[found.path] = result
        return result

    def _exists(self, clause: str, jurisdiction: str | None) -> bool:
        try:
            self.source(clause, jurisdiction)
        except TemplateProblem:
            return False
        return True

    def render(self, clause: str, jurisdiction: str | None, context: Mapping[str, Any]) -> str:
        """Render a clause to Markdown; TemplateProblem names file and line on failure.

        A clause that is, or includes, a file of the user library renders in the
        worker process, under hard time and memory limits; the rest in this process.
        """
        if self._worker is not None and self._untrusted(clause, jurisdiction, set()):
            return self._render_in_worker(self._worker, clause, jurisdiction, context)
        return self.render_here(clause, jurisdiction, context)

    def _untrusted(self, clause: str, jurisdiction: str | None, seen: set[str]) -> bool:
        """Tell whether ``clause`` or a file it includes comes from the user library."""
        seen.add(clause)
        if not self._exists(clause, jurisdiction):
            return False  # the render reports it, with its line
        if self.source(clause, jurisdiction).origin == "user":
            return True
        try:
            children = self._direct_reads(clause, jurisdiction)[1]
        except TemplateProblem:
            return False  # a built-in clause that does not compile runs nothing
        return any(self._untrusted(c, jurisdiction, seen) for c in children if c not in seen)

    def _render_in_worker(
        self,
        worker: ClauseWorker,
        clause: str,
        jurisdiction: str | None,
        context: Mapping[str, Any],
    ) -> str:
        plain = dict(context)
        try:
            kind, answer = worker.render(clause, jurisdiction, plain)
        except Exception as exc:  # answers that cannot be pickled: never run it here
            raise TemplateProblem(
                f"cannot hand the clause to its worker: {_message(exc)}",
                self._display_name(clause, jurisdiction),
            ) from exc
        if kind == "ok":
            return str(answer)
        message, *where = answer
        raise TemplateProblem(message, *(where or [self._display_name(clause, jurisdiction)]))

    def render_here(self, clause: str, jurisdiction: str | None, context: Mapping[str, Any]) -> str:
        """Render a clause in this process (see ``render``)."""
        template = self.template(clause, jurisdiction)
        try:
            return render_metered(template, context)
        except Exception as exc:  # a clause's bug or attack must not stop the notice
            raise TemplateProblem(_message(exc), *_location(exc, template)) from exc


class _ReadsCache:
    """What each clause source reads, kept on disk beside the compiled clauses.

    Finding the names a clause reads means parsing it, which at start-up costs as much
    as compiling; the answer depends only on the source text, so it is kept by hash.
    """

    def __init__(self, folder: Path | None) -> None:
        self._entries: dict[str, tuple[frozenset[str], tuple[str, ...]]] | None = None
        self._folder = folder

    def _file(self) -> Path | None:
        return self._folder / "reads.json" if self._folder is not None else None

    def _load(self) -> dict[str, tuple[frozenset[str], tuple[str, ...]]]:
        if self._entries is None:
            self._entries = {}
            path = self._file()
            try:
                raw = json.loads(path.read_text(encoding="utf-8")) if path else {}
                for key, (names, children) in raw.items():
                    self._entries[key] = (frozenset(names), tuple(children))
            except (OSError, ValueError, TypeError, AttributeError):
                self._entries = {}  # a missing or damaged cache is rebuilt
        return self._entries

    def get(self, text: str) -> tuple[frozenset[str], tuple[str, ...]] | None:
        """Return what ``text`` reads, if known."""
        return self._load().get(_digest(text))

    def put(self, text: str, result: tuple[frozenset[str], tuple[str, ...]]) -> None:
        """Remember what ``text`` reads and write the cache file."""
        self._load()[_digest(text)] = result
        path = self._file()
        if path is None:
            return
        data = {k: [sorted(n), list(c)] for k, (n, c) in self._load().items()}
        try:
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(data), encoding="utf-8")
            os.replace(tmp, path)
        except OSError:
            pass  # a cache that cannot be written only costs time


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@lru_cache(maxsize=4)
def _reads_cache(bytecode_cache: Any) -> _ReadsCache:
    """Return the cache of what clauses read, kept beside the compiled clauses."""
    folder = getattr(bytecode_cache, "directory", None)
    return _ReadsCache(Path(folder) if folder else None)


def _variant(language: str, spelling: str) -> str:
    """Return the key of a library's language and spelling: "en", "en+us", "fr"."""
    return f"{language}+{spelling}" if spelling else language


def compiler_tag(
    labels: Mapping[str, Mapping[str, str]],
    language: str = ENGLISH,
    respelled: Mapping[str, str] | None = None,
) -> str:
    """Return the key of compiled clauses: the compiler's code and options, ``labels``
    and the language filters write in."""
    options = json.dumps(COMPILER_OPTIONS, sort_keys=True)
    labelled = json.dumps(labels, sort_keys=True, ensure_ascii=False)
    spelled = json.dumps(respelled or {}, sort_keys=True, ensure_ascii=False)
    return cache_tag(jinja2.__version__, options, labelled, language, spelled)


def _bytecode_cache(tag: str) -> FileSystemBytecodeCache | None:
    """Return Jinja's on-disk cache of compiled clauses, or None if it cannot be made.

    Compiling every clause takes most of a cold start. Jinja keys each cached file by
    the clause's name and checks its source; the folder is named by ``tag``
    (``compiler_tag``), so a change to the code or options that compile starts afresh.
    """
    return _bytecode_cache_in(cache_dir() / "clauses" / tag)


@lru_cache(maxsize=4)
def _bytecode_cache_in(folder: Path) -> FileSystemBytecodeCache | None:
    """Return the cache in ``folder``, one per process so loaded code is shared."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return _SharedBytecodeCache(str(folder))


class _SharedBytecodeCache(FileSystemBytecodeCache):
    """Jinja's on-disk cache, with the code loaded kept for every environment.

    Each jurisdiction has its own environment, and the shared clauses are loaded
    into most of them: the compiled code of one file is the same in each, so it is
    read from disk once a process. Buckets are keyed by file name and source checksum.
    """

    def __init__(self, directory: str) -> None:
        super().__init__(directory)
        self._loaded: dict[tuple[str, str], CodeType] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self._loaded.get((bucket.key, bucket.checksum))
        if code is not None:
            bucket.code = code
            return
        super().load_bytecode(bucket)
        self._keep(bucket)

    def dump_bytecode(self, bucket: Bucket) -> None:
        super().dump_bytecode(bucket)
        self._keep(bucket)

    def _keep(self, bucket: Bucket) -> None:
        if bucket.code is not None:
            self._loaded[(bucket.key, bucket.checksum)] = bucket.code


def _compile_message(exc: BaseException) -> str:
    if isinstance(exc, RecursionError):
        return "cannot compile the clause: it is nested too deeply"
    if isinstance(exc, ValueError) and "digits" in str(exc):
        return "cannot compile the clause: it holds a number too long to read"
    return _message(exc)


def _message(exc: BaseException) -> str:
    if isinstance(exc, RecursionError):
        return "clause stopped: a macro, loop or include calls itself too deeply"
    if isinstance(exc, MemoryError):
        return "clause stopped: it needs more memory than there is"
    text = str(exc).strip() or type(exc).__name__
    if type(exc).__name__ == "UndefinedError":
        return f"unknown name: {text}"
    if type(exc).__name__ == "SecurityError":
        return f"not allowed in a clause: {text}"
    if isinstance(exc, TemplateNotFound):
        return f"included clause not found in the library: {text}"
    return text


def _location(exc: BaseException, template: Template) -> tuple[str, int | None]:
    filename = template.filename or template.name or "?"
    line = None
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename == filename:
            line = frame.lineno
    return _display(filename), line


def _display(filename: str | None) -> str:
    """Show a template path as "<folder>/<file>", as lawyers see it in the library."""
    if not filename:
        return "?"
    path = Path(filename)
    return f"{path.parent.name}/{path.name}" if path.parent.name else path.name


def translated_outline(outline: Outline, path: Path, root: Path) -> Outline:
    """Return ``outline`` with the titles a translation's ``outline.yaml`` gives.

    The file maps section ids (``sections:``) and jurisdiction ids (``parts:``) to
    titles; an id it does not name keeps its English title.
    """
    try:
        data = read_parsed(path, load_yaml, "yaml", root) or {}
    except DataFileError as exc:
        raise TemplateProblem(f"cannot read the titles: {exc}", _shown(path)) from exc
    sections, parts = (
        data.get(k) if isinstance(data, dict) else None for k in ("sections", "parts")
    )
    if not isinstance(sections, dict | None) or not isinstance(parts, dict | None):
        raise TemplateProblem("sections: and parts: must map ids to titles", _shown(path))
    titles = {str(k): str(v) for k, v in (sections or {}).items()}
    part_titles = {str(k): str(v) for k, v in (parts or {}).items()}

    def entry(section: OutlineSection) -> OutlineSection:
        return replace(section, title=titles.get(section.id, section.title))

    return Outline(
        body=tuple(entry(s) for s in outline.body),
        parts={
            jid: replace(
                part,
                title=part_titles.get(jid, part.title),
                sections=tuple(entry(s) for s in part.sections),
            )
            for jid, part in outline.parts.items()
        },
    )


def _shown(path: Path) -> str:
    """Return a library file's name as messages give it: language/file."""
    return f"{path.parent.name}/{path.name}"


def load_outline(path: Path, root: Path | None = None) -> Outline:
    """Read ``outline.yaml`` (from the library folder ``root``, if given).

    TemplateProblem, naming the file and line, for anything of the wrong shape.
    """
    try:
        data, lines = read_parsed(path, _outline_yaml, "outline", root)
    except DataFileError as exc:
        raise TemplateProblem(f"cannot read the outline: {exc}", str(path)) from exc
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise TemplateProblem(
            "the outline must be a mapping with body: and jurisdictions:", str(path)
        )
    body = data.get("body") or []
    if not isinstance(body, list):
        raise TemplateProblem("body: must be a list of sections", str(path))
    sections = tuple(
        _outline_section(raw, path, lines[i] if i < len(lines) else None)
        for i, raw in enumerate(body)
    )
    return Outline(sections, _outline_parts(data.get("jurisdictions") or {}, path))


def _outline_yaml(text: str) -> tuple[Any, list[int]]:
    return yaml_with_item_lines(text, "body")


def _outline_parts(raw_parts: Any, path: Path) -> dict[str, JurisdictionPart]:
    if not isinstance(raw_parts, dict):
        raise TemplateProblem("jurisdictions: must map each jurisdiction to its part", str(path))
    parts = {}
    for jid, raw in raw_parts.items():
        if jid not in JURISDICTIONS:
            raise TemplateProblem(f"unknown jurisdiction {jid!r}", str(path))
        if not isinstance(raw, dict) or not isinstance(raw.get("title"), str):
            raise TemplateProblem(f"jurisdiction {jid!r} needs a title", str(path))
        clause, sections = raw.get("clause"), raw.get("sections") or []
        if clause is not None and not isinstance(clause, str):
            raise TemplateProblem(f"jurisdiction {jid!r}: clause must be a file name", str(path))
        if not isinstance(sections, list):
            raise TemplateProblem(f"jurisdiction {jid!r}: sections must be a list", str(path))
        parts[jid] = JurisdictionPart(
            jid, raw["title"], clause, tuple(_outline_section(s, path) for s in sections)
        )
    return parts


def _outline_section(raw: Any, path: Path, line: int | None = None) -> OutlineSection:
    fields = ("id", "title", "clause")
    if not isinstance(raw, dict) or not all(isinstance(raw.get(k), str) for k in fields):
        raise TemplateProblem(
            f"each section needs an id, a title and a clause, as text: {str(raw)[:80]}",
            str(path),
            line,
        )
    when = raw.get("when")
    if when is not None and not isinstance(when, dict):
        raise TemplateProblem(f"{raw['id']}: when: must be a condition", str(path), line)
    return OutlineSection(raw["id"], raw["title"], raw["clause"], when)


def cache_key(values: Any) -> str:
    """Return a stable text key for answer values (any JSON-like value)."""
    return json.dumps(values, sort_keys=True, default=str, ensure_ascii=False)

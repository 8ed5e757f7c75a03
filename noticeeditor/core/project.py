"""Notice projects: answers, chosen jurisdictions and metadata, stored as JSON.

A ``*.notice`` file is UTF-8 JSON with sorted keys::

    {
      "answers": {"controller_name": "Acme Ltd", ...},
      "jurisdictions": ["eu", "california"],
      "languages": ["fr", "en"],
      "locales": {"fr": "fr-BE"},
      "meta": {"title": "...", "created": "...", "modified": "..."},
      "schema_version": 1
    }

Saving is atomic: the text goes to a temporary file in the same folder, is
flushed to disk, and replaces the old file in one rename. Before that rename the
file being replaced becomes the backup ``NAME.notice.bak`` beside it, itself by
an atomic rename, so a crash at any moment leaves ``NAME.notice`` whole, old or
new, and ``NAME.notice.bak`` whole, the version before. Loading refuses a
damaged file, or one written by a newer version, without touching it.

``languages`` lists the languages the notice is written in, the primary one first
(``["en"]`` when absent); ``locales`` may give a language its own BCP 47 tag, the
HTML ``lang`` and Word proofing language of the notice in that language; and
``translated_answers`` holds, per other language, the free texts typed in it::

    "translated_answers": {"fr": {"notice_scope": "le site quillmere.example"}}
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from noticeeditor.core.languages import ENGLISH, LANGUAGES
from noticeeditor.core.questionnaire import JURISDICTIONS

SCHEMA_VERSION = 1
MAX_FILE_BYTES = 20 * 1024 * 1024
BACKUP_SUFFIX = ".bak"
MAX_NAME_BYTES = 255  # the longest file name most file systems allow
# Temporary files of a save: short names, so a long project name still saves.
TEMP_PREFIX, TEMP_SUFFIX = ".noticeeditor-", ".tmp"
STALE_SECONDS = 600

# Each migration turns a version-N mapping into a version-N+1 mapping.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


class ProjectError(Exception):
    """A project file cannot be read or written; the message says why."""


@dataclass
class NoticeProject:
    """What the user is working on: answers keyed by question id, and jurisdictions."""

    answers: dict[str, Any] = field(default_factory=dict)
    jurisdictions: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    languages: list[str] = field(default_factory=lambda: [ENGLISH])
    locales: dict[str, str] = field(default_factory=dict)
    # Texts typed in a language other than the primary one: language -> question id -> text.
    translated_answers: dict[str, dict[str, str]] = field(default_factory=dict)

    def answers_in(self, language: str) -> dict[str, Any]:
        """Return the answers as a notice in ``language`` uses them.

        A text typed in that language replaces the primary language's; a question with
        no text in it keeps the primary language's text (``untranslated_answers`` lists
        those, for the checklist).
        """
        own = self.translated_answers.get(language) if language != self.languages[0] else None
        if not own:
            return self.answers
        texts = {qid: text for qid, text in own.items() if isinstance(text, str) and text.strip()}
        return {**self.answers, **texts}

    def to_json(self) -> str:
        """Return the project as the text of a ``*.notice`` file."""
        data = {
            "answers": self.answers,
            "jurisdictions": self.jurisdictions,
            "languages": self.languages,
            **({"locales": self.locales} if self.locales else {}),
            **({"translated_answers": self.translated_answers} if self.translated_answers else {}),
            "meta": self.meta,
            "schema_version": SCHEMA_VERSION,
        }
        return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str, source: str = "project") -> NoticeProject:
        """Parse and check the text of a ``*.notice`` file."""
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ProjectError(
                f"{source} is damaged: not valid JSON (line {exc.lineno}, column {exc.colno})"
            ) from exc
        except RecursionError as exc:
            raise ProjectError(f"{source} is damaged: its JSON is nested too deeply") from exc
        except ValueError as exc:  # Python refuses integers of more than 4300 digits
            raise ProjectError(f"{source} is damaged: it holds a number too long to read") from exc
        if not isinstance(data, dict):
            raise ProjectError(f"{source} is damaged: expected a JSON object at the top")
        data = _migrate(data, source)
        return cls(
            answers=_typed(data, "answers", dict, source),
            jurisdictions=_jurisdictions(data, source),
            meta=_typed(data, "meta", dict, source, default={}),
            languages=_languages(data, source),
            locales=_locales(data, source),
            translated_answers=_translated_answers(data, source),
        )

    def save(self, path: Path, backup: bool = True) -> None:
        """Write the project to ``path`` atomically, keeping the old file as a backup.

        With ``backup`` the file being replaced, if any, is first kept as
        ``backup_path(path)`` (``NAME.notice.bak``), replacing the previous backup.
        Both steps are atomic renames: a crash at any point leaves ``path`` holding
        the old or the new project, whole, and the backup holding a whole earlier
        version. Saving unchanged text keeps the backup as it was, so it stays one
        real edit behind.
        """
        path = Path(path)
        refuse_read_only(path)
        payload = self.to_json().encode("utf-8")
        clean_stale_temporaries(path.parent)
        if backup:
            keep_backup(path, payload)
        write_atomic(path, payload)

    @classmethod
    def load(cls, path: Path) -> NoticeProject:
        """Read a project from ``path``; the file is never modified."""
        try:
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                raise ProjectError(
                    f"{path.name} is {size // (1024 * 1024)} MB, far larger than any notice "
                    "project; it is probably not one"
                )
            raw = path.read_bytes()
        except OSError as exc:
            raise ProjectError(f"cannot read {path}: {exc.strerror or exc}") from exc
        if not raw.strip():
            raise ProjectError(f"{path.name} is empty")
        try:
            text = raw.decode("utf-8-sig")  # a byte-order mark from some editors is fine
        except UnicodeDecodeError as exc:
            raise ProjectError(
                f"{path.name} is not a notice project: it is not UTF-8 text (byte {exc.start})"
            ) from exc
        return cls.from_json(text, path.name)

    def touch(self) -> None:
        """Record the modification time in the metadata."""
        now = datetime.now(UTC).replace(microsecond=0).isoformat()
        self.meta.setdefault("created", now)
        self.meta["modified"] = now


def _migrate(data: dict[str, Any], source: str) -> dict[str, Any]:
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ProjectError(f"{source} is damaged: 'schema_version' is missing or not a number")
    if version > SCHEMA_VERSION:
        raise ProjectError(
            f"{source} was written by a newer noticeeditor (schema version {version}; "
            f"this one reads up to {SCHEMA_VERSION}). Update noticeeditor to open it."
        )
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
    return data


def _typed(data: dict[str, Any], key: str, kind: type, source: str, default: Any = None) -> Any:
    if key not in data:
        if default is not None:
            return default
        raise ProjectError(f"{source} is damaged: '{key}' is missing")
    value = data[key]
    if not isinstance(value, kind):
        raise ProjectError(f"{source} is damaged: '{key}' should be a {kind.__name__}")
    return value


def _jurisdictions(data: dict[str, Any], source: str) -> list[str]:
    value = _typed(data, "jurisdictions", list, source)
    for item in value:
        if not isinstance(item, str) or item not in JURISDICTIONS:
            raise ProjectError(
                f"{source} is damaged: unknown jurisdiction {item!r}; "
                f"known: {', '.join(JURISDICTIONS)}"
            )
    return list(value)


def _languages(data: dict[str, Any], source: str) -> list[str]:
    """Return the project's languages, the primary first; ProjectError if they are odd."""
    raw = data.get("languages", [ENGLISH])
    if not isinstance(raw, list) or not raw or not all(isinstance(x, str) for x in raw):
        raise ProjectError(f"{source} is damaged: languages must be a list of language codes")
    unknown = [x for x in raw if x not in LANGUAGES]
    if unknown:
        known = ", ".join(LANGUAGES)
        raise ProjectError(f"{source}: unknown language {unknown[0]!r} (known: {known})")
    return list(dict.fromkeys(raw))


def _locales(data: dict[str, Any], source: str) -> dict[str, str]:
    """Return the project's own language tags; ProjectError if they are odd."""
    raw = data.get("locales", {})
    if not isinstance(raw, dict) or not all(isinstance(v, str) for v in raw.values()):
        raise ProjectError(f"{source} is damaged: locales must map languages to tags")
    return {str(k): v for k, v in raw.items()}


def _translated_answers(data: dict[str, Any], source: str) -> dict[str, dict[str, str]]:
    """Return the texts typed in other languages; ProjectError if their shape is odd."""
    raw = data.get("translated_answers", {})
    if not isinstance(raw, dict) or not all(isinstance(v, dict) for v in raw.values()):
        raise ProjectError(f"{source} is damaged: translated_answers must map languages to texts")
    return {str(lang): dict(texts) for lang, texts in raw.items()}


def refuse_read_only(path: Path) -> None:
    """Raise ProjectError if ``path`` is a file marked read-only: saving must not replace it.

    A save replaces the file by renaming a new one over it, which the folder's
    permissions allow even when the file's own say no; the file's say is what counts.
    """
    try:
        mode = path.stat().st_mode
    except OSError:
        return  # a new file, or one the save itself will report
    if not mode & stat.S_IWUSR:
        raise ProjectError(f"{path.name} is read-only; save it under another name (Save As)")


def backup_path(path: Path) -> Path:
    """Return where ``save`` keeps the previous version of ``path``.

    That is ``NAME.bak``; for a name so long that this would pass the file system's
    limit of 255 bytes, the end of NAME is cut to make room for a digest of the whole
    name, so two long names that begin alike never share one backup.
    """
    path = Path(path)
    name = path.name
    if len(os.fsencode(name + BACKUP_SUFFIX)) <= MAX_NAME_BYTES:
        return path.with_name(name + BACKUP_SUFFIX)
    digest = "~" + hashlib.sha256(os.fsencode(name)).hexdigest()[:10]
    room = MAX_NAME_BYTES - len(digest) - len(BACKUP_SUFFIX)
    stem = os.fsencode(name)[:room].decode("utf-8", "ignore")  # never half a character
    return path.with_name(stem + digest + BACKUP_SUFFIX)


def keep_backup(path: Path, replacing: bytes | None = None) -> None:
    """Atomically make ``backup_path(path)`` a copy of ``path``, if ``path`` exists.

    Nothing happens when ``path`` is missing or already holds ``replacing``. The
    copy is a hard link renamed into place (the next ``write_atomic`` gives
    ``path`` a new file, so the link keeps the old one), or, where the file system
    has no hard links, a copy written like ``write_atomic``.
    """
    path = Path(path)
    try:
        if not path.is_file() or _same_content(path, replacing):
            return
    except OSError:
        return  # unreadable: the save itself will report the problem
    target = backup_path(path)
    tmp = _temporary_name(target)
    try:
        try:
            os.link(os.path.realpath(path), tmp)  # Linux's link() keeps a symlink a symlink
        except OSError:
            _copy_synced(path, tmp)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def _same_content(path: Path, payload: bytes | None) -> bool:
    if payload is None or path.stat().st_size != len(payload):
        return False
    return path.read_bytes() == payload


def _temporary_name(path: Path) -> str:
    # mkstemp creates the file exclusively, so nobody else can have put a link there;
    # os.link needs the name free, so the empty file goes again at once.
    fd, tmp = _temporary(path)
    os.close(fd)
    os.unlink(tmp)
    return tmp


def _temporary(path: Path) -> tuple[int, str]:
    """Create a temporary file beside ``path``, with a short name whatever its length."""
    return tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=path.parent)


def clean_stale_temporaries(folder: Path, now: float | None = None) -> list[Path]:
    """Delete our own temporary files in ``folder`` left by a save that crashed.

    Only files named as ``write_atomic`` names them, and older than ten minutes, so a
    save running at this moment in another window keeps its file. Returns those deleted.
    """
    limit = (time.time() if now is None else now) - STALE_SECONDS
    removed = []
    for candidate in folder.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"):
        try:
            old = candidate.stat().st_mtime < limit
            if old and candidate.is_file() and not candidate.is_symlink():
                candidate.unlink()
                removed.append(candidate)
        except OSError:
            continue
    return removed


def _copy_synced(source: Path, tmp: str) -> None:
    with source.open("rb") as src, open(tmp, "xb") as dst:
        shutil.copyfileobj(src, dst)
        dst.flush()
        os.fsync(dst.fileno())


def write_atomic(path: Path, payload: bytes) -> None:
    """Replace ``path`` with ``payload`` so that a crash leaves the old or the new file."""
    path = Path(path)
    mode = _mode_for(path)
    fd, tmp = _temporary(path)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        # Name the file the user asked for, not the temporary one.
        raise OSError(exc.errno, exc.strerror, str(path)) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def _mode_for(path: Path) -> int:
    """Return the permissions the file should have: its own, or the umask's for a new file."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _fsync_dir(folder: Path) -> None:
    # The rename is durable only once the directory entry itself is on disk.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)

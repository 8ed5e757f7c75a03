"""Notice projects: answers, chosen jurisdictions and metadata, stored as JSON.

A ``*.notice`` file is UTF-8 JSON with sorted keys::

    {
      "answers": {"controller_name": "Acme Ltd", ...},
      "jurisdictions": ["eu", "california"],
      "meta": {"title": "...", "created": "...", "modified": "..."},
      "schema_version": 1
    }

Saving is atomic: the text goes to a temporary file in the same folder, is
flushed to disk, and replaces the old file in one rename. Before that rename the
file being replaced becomes the backup ``NAME.notice.bak`` beside it, itself by
an atomic rename, so a crash at any moment leaves ``NAME.notice`` whole, old or
new, and ``NAME.notice.bak`` whole, the version before. Loading refuses a
damaged file, or one written by a newer version, without touching it.

Temporary files have short names of their own (``.noticeeditor-XXXXXXXX.tmp``), so
a project whose name is as long as the file system allows still saves; one left by
a crash is deleted by the next save to the same folder once it is an hour old. A
read-only file is refused, never replaced. A symlink is itself replaced by the new
file, in the command line and the editor alike (``project_path``).

``disk_state`` fingerprints a file when it is read or written, so a writer can see
that someone else changed it in between (``update_project``, ``merge_projects``).
"""

from __future__ import annotations

import copy
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

from noticeeditor.core.questionnaire import JURISDICTIONS

SCHEMA_VERSION = 1
MAX_FILE_BYTES = 20 * 1024 * 1024
BACKUP_SUFFIX = ".bak"
# Short and ours alone: a temporary name never outgrows the file system's limit, and a
# stale one left by a crash can be told apart from anybody else's file.
TEMP_PREFIX = ".noticeeditor-"
TEMP_SUFFIX = ".tmp"
STALE_TEMP_SECONDS = 3600
UPDATE_ATTEMPTS = 5

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

    def to_json(self) -> str:
        """Return the project as the text of a ``*.notice`` file."""
        data = {
            "answers": self.answers,
            "jurisdictions": self.jurisdictions,
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
        payload = self.to_json().encode("utf-8")
        refuse_read_only(Path(path))  # before the backup, so a refused save changes nothing
        if backup:
            keep_backup(Path(path), payload)
        write_atomic(path, payload)

    @classmethod
    def load(cls, path: Path) -> NoticeProject:
        """Read a project from ``path``; the file is never modified."""
        return cls.load_with_state(path)[0]

    @classmethod
    def load_with_state(cls, path: Path) -> tuple[NoticeProject, str]:
        """Read a project from ``path`` and return it with the ``disk_state`` it was read in."""
        raw = _read_project_bytes(Path(path))
        if not raw.strip():
            raise ProjectError(f"{path.name} is empty")
        try:
            text = raw.decode("utf-8-sig")  # a byte-order mark from some editors is fine
        except UnicodeDecodeError as exc:
            raise ProjectError(
                f"{path.name} is not a notice project: it is not UTF-8 text (byte {exc.start})"
            ) from exc
        return cls.from_json(text, path.name), _fingerprint(raw)

    def touch(self) -> None:
        """Record the modification time in the metadata."""
        now = datetime.now(UTC).replace(microsecond=0).isoformat()
        self.meta.setdefault("created", now)
        self.meta["modified"] = now


def _read_project_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ProjectError(
                f"{path.name} is {size // (1024 * 1024)} MB, far larger than any notice "
                "project; it is probably not one"
            )
        return path.read_bytes()
    except OSError as exc:
        raise ProjectError(f"cannot read {path}: {exc.strerror or exc}") from exc


def project_path(path: Path) -> Path:
    """Return ``path`` made absolute without following symlinks.

    The command line and the editor both save to this path, so a symlink is
    replaced by the saved file in both (SECURITY.md), never written through.
    """
    return Path(os.path.abspath(path))


def disk_state(path: Path) -> str | None:
    """Return a fingerprint of the file at ``path`` as it is now, or None if it is missing."""
    try:
        return _fingerprint(Path(path).read_bytes())
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ProjectError(f"cannot read {path}: {exc.strerror or exc}") from exc


def _fingerprint(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def update_project(path: Path, change: Callable[[NoticeProject], Any]) -> Any:
    """Read ``path``, apply ``change`` to the project, and save it unless the file moved on.

    The file is read again just before writing; if another program saved it in
    between, the change is applied afresh to its new text, a few times, then the
    update is refused with a message. Returns what ``change`` returned.
    """
    path = Path(path)
    for _attempt in range(UPDATE_ATTEMPTS):
        project, state = NoticeProject.load_with_state(path)
        result = change(project)
        if disk_state(path) == state:
            project.save(path)
            return result
    raise ProjectError(
        f"{path.name} keeps being changed by another program; nothing was written. "
        "Close the other program and try again"
    )


def merge_projects(
    base: NoticeProject, mine: NoticeProject, theirs: NoticeProject
) -> tuple[NoticeProject, list[str]]:
    """Return ``mine`` with the changes ``theirs`` made since ``base``, and the conflicts.

    An answer (or the jurisdictions) that only ``theirs`` changed is taken from
    ``theirs``; one both changed differently keeps ``mine`` and is named in the
    returned list. Every approval record of either side is kept, oldest first.
    """
    merged = copy.deepcopy(mine)
    conflicts: list[str] = []
    for qid in sorted(set(base.answers) | set(mine.answers) | set(theirs.answers)):
        was, ours, other = (p.answers.get(qid, _MISSING) for p in (base, mine, theirs))
        if other == was or other == ours:
            continue
        if ours != was:
            conflicts.append(qid)
        elif other is _MISSING:
            merged.answers.pop(qid, None)
        else:
            merged.answers[qid] = copy.deepcopy(other)
    if theirs.jurisdictions not in (base.jurisdictions, mine.jurisdictions):
        if mine.jurisdictions != base.jurisdictions:
            conflicts.append("jurisdictions")
        else:
            merged.jurisdictions = list(theirs.jurisdictions)
    merge_approvals(merged, theirs)
    return merged, conflicts


_MISSING: Any = object()
APPROVALS_KEY = "approved_versions"


def merge_approvals(project: NoticeProject, other: NoticeProject) -> int:
    """Add to ``project`` every approval record of ``other`` it lacks; return how many.

    Records are kept in date order; one of a damaged shape is kept as it is.
    """
    ours = project.meta.get(APPROVALS_KEY)
    theirs = other.meta.get(APPROVALS_KEY)
    if not isinstance(theirs, list) or not theirs:
        return 0
    if not isinstance(ours, list):
        ours = []
    added = [entry for entry in theirs if entry not in ours]
    if not added:
        return 0
    combined = ours + copy.deepcopy(added)
    combined.sort(key=lambda e: str(e.get("date", "")) if isinstance(e, dict) else "")
    project.meta[APPROVALS_KEY] = combined
    return len(added)


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


def backup_path(path: Path) -> Path:
    """Return where ``save`` keeps the previous version of ``path``."""
    path = Path(path)
    name = path.name + BACKUP_SUFFIX
    limit = _name_max(path.parent)
    if len(os.fsencode(name)) <= limit:
        return path.with_name(name)
    # Too long for the file system: keep as much of the name as fits, and a digest of
    # the whole name so that two long names sharing a beginning never share a backup.
    digest = "~" + hashlib.sha256(os.fsencode(path.name)).hexdigest()[:10]
    room = limit - len(digest) - len(BACKUP_SUFFIX)
    stem = os.fsencode(path.name)[:room].decode("utf-8", "ignore")
    return path.with_name(stem + digest + BACKUP_SUFFIX)


def _name_max(folder: Path) -> int:
    try:
        return os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError):
        return 255


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
    tmp = _temporary_name(path.parent)
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


def _temporary_name(folder: Path) -> str:
    # mkstemp creates the file exclusively, so nobody else can have put a link there;
    # os.link needs the name free, so the empty file goes again at once.
    fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=folder)
    os.close(fd)
    os.unlink(tmp)
    return tmp


def _copy_synced(source: Path, tmp: str) -> None:
    with source.open("rb") as src, open(tmp, "xb") as dst:
        shutil.copyfileobj(src, dst)
        dst.flush()
        os.fsync(dst.fileno())


def write_atomic(path: Path, payload: bytes) -> None:
    """Replace ``path`` with ``payload`` so that a crash leaves the old or the new file."""
    path = Path(path)
    refuse_read_only(path)
    mode = _mode_for(path)
    remove_stale_temporaries(path.parent)
    fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def refuse_read_only(path: Path) -> None:
    """Raise ProjectError when ``path`` (or the file its symlink names) is read-only.

    A rename would replace a read-only file without complaint, so the permission
    the user set on it is checked here: no write bit for its owner, or no write
    access for us, refuses the save.
    """
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return  # a new file: the folder's own permissions decide
    if not mode & stat.S_IWUSR or not os.access(path, os.W_OK):
        raise ProjectError(
            f"{Path(path).name} is read-only; save under another name, "
            "or make the file writable first"
        )


def remove_stale_temporaries(folder: Path, now: float | None = None) -> list[Path]:
    """Delete our own temporary files in ``folder`` older than an hour; return them.

    Only plain files named ``.noticeeditor-*.tmp`` count: a save in progress is
    younger than an hour, and nobody else's file is ever touched.
    """
    now = time.time() if now is None else now
    removed = []
    try:
        candidates = list(Path(folder).glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"))
    except OSError:
        return removed
    for candidate in candidates:
        try:
            info = candidate.lstat()
            if stat.S_ISREG(info.st_mode) and now - info.st_mtime > STALE_TEMP_SECONDS:
                candidate.unlink()
                removed.append(candidate)
        except OSError:
            continue  # gone already, or not ours to delete
    return removed


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

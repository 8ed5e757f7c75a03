"""Read the library's YAML files, keeping each parsed result while its text is unchanged.

The questionnaire, the outline and the requirements are parsed at every start of the
editor and every run of the command line. Their parsed form is plain data (dicts,
lists, strings, numbers), so it is kept in the cache folder in ``marshal`` format,
named by a hash of the file's bytes and of what parsed it: an edited file is parsed
again, a deleted or damaged cache file only costs the parse. PyYAML itself is
imported only when a file has to be parsed.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

from noticeeditor.core.cachekey import code_digest
from noticeeditor.paths import cache_dir

# Bump when a parser below changes what it returns for the same text.
_FORMAT = b"3"
MAX_DATA_BYTES = 1_000_000  # the largest library data file read; the built-in ones are < 100 KB


class DataFileError(ValueError):
    """A data file cannot be read or is not valid YAML; the message says why."""


def outside(root: str | os.PathLike[str], path: str | os.PathLike[str]) -> bool:
    """Tell whether ``path``, every symlink on its way followed, lies outside ``root``.

    ``root`` is resolved too, so a library folder that is itself a symlink is fine;
    a folder or file inside it that points elsewhere (``eu -> /proc/self``) is not.
    """
    real_root = os.path.realpath(root)
    return os.path.commonpath([real_root, os.path.realpath(path)]) != real_root


def load_yaml(text: str) -> Any:
    """Parse YAML safely, with libyaml's fast parser when PyYAML was built with it."""
    return yaml_with_item_lines(text, None)[0]


def yaml_with_item_lines(text: str, key: str | None) -> tuple[Any, list[int]]:
    """Parse YAML once; return it with the 1-based line of each item in the list at ``key``.

    DataFileError, with PyYAML's message, if the text is not valid YAML.
    """
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
    try:
        node = loader.get_single_node()
        _refuse_aliases(node)
        _refuse_cut_texts(node)
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        raise DataFileError(_one_line(exc)) from exc
    finally:
        loader.dispose()
    lines: list[int] = []
    if key is not None and isinstance(node, yaml.MappingNode):
        for name, value in node.value:
            if name.value == key and isinstance(value, yaml.SequenceNode):
                lines = [item.start_mark.line + 1 for item in value.value]
            if key == "" and isinstance(name, yaml.ScalarNode):
                lines.append(name.start_mark.line + 1)
    return data, lines


def yaml_with_key_lines(text: str) -> tuple[Any, list[int]]:
    """Parse YAML once; return it with the 1-based line of each top-level key, in order."""
    return yaml_with_item_lines(text, "")


def _one_line(exc: Exception) -> str:
    """Return PyYAML's message on one line: where, what went wrong, and while doing what."""
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None)
    if mark is None or not problem:
        return " ".join(str(exc).split())
    context = getattr(exc, "context", None)
    return f"line {mark.line + 1}: {problem}" + (f" ({context})" if context else "")


def _refuse_cut_texts(node: Any) -> None:
    """Raise DataFileError for a key without a value in a ``{...}`` mapping.

    In ``{value: x, label: Fraud, spam and abuse}`` YAML ends the label at the first
    comma and makes "spam and abuse" a key of no value: the text would load cut short.
    """
    import yaml

    stack = [node] if node is not None else []
    while stack:
        item = stack.pop()
        if isinstance(item, yaml.MappingNode):
            for key, value in item.value:
                empty = isinstance(value, yaml.ScalarNode) and value.tag.endswith(":null")
                if item.flow_style and empty and not value.value:
                    line = key.start_mark.line + 1
                    raise DataFileError(
                        f"line {line}: {key.value!r} has no value: a comma in a text inside "
                        "{...} ends the text there; put the text in quotes"
                    )
                stack.append(value)
        elif isinstance(item, yaml.SequenceNode):
            stack.extend(item.value)


def _refuse_aliases(node: Any) -> None:
    """Raise DataFileError if a node is reached twice: the text used an alias (``*name``).

    An alias repeats a whole branch without its text, so a kilobyte can stand for
    gigabytes once expanded; no library file needs one. The walk visits each node
    once, so it costs no more than the text's own size.
    """
    seen: set[int] = set()
    stack = [node] if node is not None else []
    while stack:
        item = stack.pop()
        if id(item) in seen:
            line = item.start_mark.line + 1
            raise DataFileError(f"line {line}: aliases (*name) are not allowed in library files")
        seen.add(id(item))
        if isinstance(item.value, list):
            for child in item.value:
                stack.extend(child if isinstance(child, tuple) else (child,))


def read_yaml(path: Path, root: Path | None = None) -> Any:
    """Return the parsed YAML file at ``path``; DataFileError if it cannot be read."""
    return read_parsed(path, load_yaml, "yaml", root)


def read_parsed(
    path: Path, parse: Callable[[str], Any], kind: str, root: Path | None = None
) -> Any:
    """Return ``parse(text of path)``, reusing the cached result for the same bytes.

    ``kind`` names the parser in the cache key; ``parse`` must return plain data
    that ``marshal`` can store and raise DataFileError on bad text; a file that
    cannot be read raises it too, and so does one outside the library folder
    ``root``, one that is not a regular file, or one over MAX_DATA_BYTES.
    """
    if root is not None and outside(root, path):
        raise DataFileError(f"{path.name} is outside the library folder {root}")
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise DataFileError(f"{path.name} is not a regular file")
        if info.st_size > MAX_DATA_BYTES:
            raise DataFileError(f"{path.name} is larger than {MAX_DATA_BYTES:,} bytes")
        raw = path.read_bytes()
        text = raw.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(str(exc)) from exc
    cached = _cache_file(kind, raw)
    if cached is not None:
        try:
            return marshal.loads(cached.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            pass  # not cached yet, or damaged: parse again
    result = parse(text)
    if cached is not None:
        _store(cached, result)
    return result


def _cache_file(kind: str, raw: bytes) -> Path | None:
    """Return where the parse of ``raw`` by ``kind`` is kept, or None with no cache."""
    try:
        folder = cache_dir() / "data"
    except Exception:  # no home folder to put it in: run without the cache
        return None
    key = hashlib.sha256(
        b"|".join(
            [
                _FORMAT,
                kind.encode(),
                code_digest(),
                str(marshal.version).encode(),
                raw,
            ]
        )
    ).hexdigest()
    return folder / f"{key[:32]}.marshal"


def _store(path: Path, result: Any) -> None:
    """Write ``result`` to ``path`` atomically; a cache that cannot be written is skipped."""
    try:
        data = marshal.dumps(result)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except (OSError, ValueError):
        pass

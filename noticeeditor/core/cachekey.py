"""Keys for the on-disk caches: all that shapes what they hold.

A cache of compiled clauses or parsed data files is only right for the code that
made it. The key hashes noticeeditor's version, every module of ``noticeeditor.core``
(the compiler, the sandbox, the filters and the parsers all live there), Python's
version, and whatever the caller adds (Jinja's version, compiler options), so any
change starts afresh.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import marshal
import pkgutil
import sys
from collections.abc import Sequence
from functools import lru_cache

from noticeeditor import __version__

CORE = "noticeeditor.core"


def core_modules() -> list[str]:
    """Return the names of the modules of ``noticeeditor.core``, sorted."""
    package = importlib.import_module(CORE)
    return sorted(f"{CORE}.{info.name}" for info in pkgutil.iter_modules(package.__path__))


@lru_cache(maxsize=1)
def code_digest() -> bytes:
    """Return a digest of the package version, Python's version and the core modules."""
    return modules_digest(core_modules())


def modules_digest(modules: Sequence[str]) -> bytes:
    """Return a digest of the package version, Python's version and ``modules``' code.

    The code is read through each module's loader, so an installed or bundled copy
    without source files is keyed the same way.
    """
    digest = hashlib.sha256()
    for part in (__version__, sys.version):
        digest.update(part.encode() + b"\0")
    for name in modules:
        spec = importlib.util.find_spec(name)
        get_code = getattr(spec.loader if spec else None, "get_code", None)  # InspectLoader
        code = get_code(name) if get_code is not None else None
        digest.update(name.encode() + b"\0")
        digest.update(marshal.dumps(code) if code is not None else b"")
    return digest.digest()


def cache_tag(*options: str) -> str:
    """Return a short key for a cache made by this code with ``options``."""
    digest = hashlib.sha256(code_digest())
    for option in options:
        digest.update(option.encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()[:16]

"""Keys for the on-disk caches: all that shapes what they hold.

A cache of compiled clauses or parsed data files is only right for the code that
made it. The key hashes noticeeditor's version, every module of ``noticeeditor.core``
(the compiler, the sandbox, the filters and the parsers all live there), Python's
version, and whatever the caller adds (Jinja's version, compiler options), so any
change starts afresh.
"""

from __future__ import annotations

import hashlib
import sys
from functools import lru_cache
from pathlib import Path

from noticeeditor import __version__

CORE = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def code_digest() -> bytes:
    """Return a digest of the package version, the core modules and Python's version."""
    digest = hashlib.sha256()
    for part in (__version__, sys.version):
        digest.update(part.encode() + b"\0")
    for module in sorted(CORE.glob("*.py")):
        digest.update(module.name.encode() + b"\0" + module.read_bytes() + b"\0")
    return digest.digest()


def cache_tag(*options: str) -> str:
    """Return a short key for a cache made by this code with ``options``."""
    digest = hashlib.sha256(code_digest())
    for option in options:
        digest.update(option.encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()[:16]

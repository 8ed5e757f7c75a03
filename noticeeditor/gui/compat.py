"""Work around reference-counting bugs of PySide6 6.12 on Python 3.11.

PySide6 6.12.0's bindings return ``None`` from every void method (``setText``,
``setEnabled``…) and ``True`` from ``Signal.emit()`` without taking a reference to
them. From Python 3.12 on these singletons are immortal (PEP 683) and nothing
happens; on 3.11 each call drops one reference, and after a few thousand calls the
interpreter aborts ("Fatal Python error: none_dealloc" or "bool_dealloc"). An editor
makes that many calls in seconds.

``keep_singletons_alive`` checks for the bugs with a few harmless calls and, only if
one is there, gives ``None``, ``True`` and ``False`` so many references that the
bindings can never use them up: what Python 3.12 does for every singleton. Remove
this module once the project requires Python 3.12 or a PySide6 without the bugs.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject

# A billion dropped references: far more than any session makes.
_RESERVE = 1 << 30
_SINGLETONS = (None, True, False)


def bindings_drop_references() -> bool:
    """Return True when void methods or ``Signal.emit`` take references they never gave."""
    probe = QObject()
    before = [sys.getrefcount(obj) for obj in _SINGLETONS]
    for _ in range(8):
        probe.setObjectName("probe")
        probe.objectNameChanged.emit("probe")
    after = [sys.getrefcount(obj) for obj in _SINGLETONS]
    return any(a < b for a, b in zip(after, before, strict=True))


def keep_singletons_alive() -> bool:
    """Give None, True and False a reserve of references if needed; True if done."""
    if sys.version_info >= (3, 12) or not hasattr(sys, "getrefcount"):
        return False  # the singletons are immortal there
    if not bindings_drop_references():
        return False
    for obj in _SINGLETONS:
        _add_references(obj, _RESERVE)
    return True


def _add_references(obj: object, count: int) -> None:
    """Raise ``obj``'s reference count by ``count`` without holding the references."""
    if hasattr(sys, "gettotalrefcount"):
        # A debug build may put other fields first; take the slow, layout-free way.
        for _ in range(count >> 10):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(obj))
        return
    # In a release build of CPython 3.11 the reference count is an object's first field.
    ctypes.c_ssize_t.from_address(id(obj)).value += count

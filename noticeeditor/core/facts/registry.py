"""The registry of facts: each a typed function of the answers, with what it reads.

A fact is declared with the names it reads, answers or other facts::

    @fact("sells_data")
    def sells(a: Answers, w: Wording) -> bool:
        \"\"\"Whether the business sells personal information.\"\"\"
        return a.get("sells_data") is True

Declaring what a fact reads keeps the editor's incremental preview right (a clause
that prints a fact is composed again when one of those answers changes) and lets
``docs/facts.md`` say what each fact depends on. Facts are derived in the order they
are declared, so a fact may read only facts declared before it.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from noticeeditor.core.wording import Wording

Answers = Mapping[str, Any]
FactFunction = Callable[[Answers, Wording], Any]
F = TypeVar("F", bound=FactFunction)


@dataclass(frozen=True)
class Fact:
    """One fact: its name, the names it reads, what it returns and what it means."""

    name: str
    reads: tuple[str, ...]
    returns: str
    doc: str
    compute: FactFunction
    module: str

    @property
    def summary(self) -> str:
        """Return the first line of the fact's description."""
        return self.doc.split("\n", 1)[0]


FACTS: dict[str, Fact] = {}


def fact(*reads: str) -> Callable[[F], F]:
    """Register the decorated function as a fact that reads ``reads``."""

    def register(func: F) -> F:
        name = func.__name__
        if name in FACTS:
            raise ValueError(f"the fact {name!r} is declared twice")
        returns = inspect.signature(func).return_annotation
        FACTS[name] = Fact(
            name=name,
            reads=tuple(reads),
            returns=str(returns),
            doc=inspect.getdoc(func) or "",
            compute=func,
            module=func.__module__.rsplit(".", 1)[-1],
        )
        return func

    return register

"""What a clause render reads, recorded as it runs, and the helper modules clauses share.

The composer reuses a clause's blocks while everything its last render read is
the same. A render reads two kinds of things, and both are recorded here while it
runs (a ``Trace``):

* Names it looks up in its context (``TracingContext.resolve_or_missing``), in the
  clause itself, in what it includes and in the macros it calls.
* Attributes of helper modules it imports with context
  (``{% import "_facts.md.j2" as facts with context %}``). Such a module is built
  once by ``ImportMemo`` and shared, for as long as the values *it* read are the
  same. A clause that reads ``facts.has_channel`` then depends on that value, not on
  every answer ``_facts.md.j2`` reads: a new postal address rebuilds the module, but
  re-renders only the clauses whose attributes of it changed.

Values are compared as ``freeze`` snapshots: plain data (text, numbers, lists,
dicts) by content and type, anything else (a macro, a namespace) by identity.
Only modules whose exported values are plain data are shared, so no clause can
reach state another clause changes, and a clause gets its own copy of each value
it reads from a shared module.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from jinja2 import Template
from jinja2.environment import TemplateModule
from jinja2.runtime import Context
from jinja2.utils import missing

# Context key of the import memo. No Jinja name has spaces, so no clause can reach
# the memo and fill it with modules of its own.
IMPORT_MEMO = "noticeeditor import memo"


class _Missing:
    """The snapshot of a name or attribute that is not there."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Hashable = _Missing()
# The pseudo-attribute of a module's printed body (``{{ facts }}``).
BODY = " body"


class _Opaque:
    """The snapshot of a value that is not plain data: equal only to the same object."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Opaque) and other.value is self.value

    def __hash__(self) -> int:
        return id(self.value)


def freeze(value: Any) -> Hashable:
    """Return a snapshot of ``value``: equal snapshots mean values that print alike.

    Types count (``1``, ``1.0`` and ``True`` differ, so do text and Markdown text),
    and so does the order of dict keys, which a loop over the dict follows.
    """
    cls = type(value)
    if cls is str or cls is int or value is None or value is MISSING:
        return value
    if cls is list or cls is tuple:
        items = tuple(freeze(item) for item in value)
        return _Opaque(value) if any(type(i) is _Opaque for i in items) else (cls, items)
    if cls is dict:
        pairs = tuple((freeze(k), freeze(v)) for k, v in value.items())
        opaque = any(type(k) is _Opaque or type(v) is _Opaque for k, v in pairs)
        return _Opaque(value) if opaque else (dict, pairs)
    if cls is bool or cls is float or isinstance(value, str):
        return (cls, value if cls is not str else str(value))
    return _Opaque(value)


def is_plain(snapshot: Hashable) -> bool:
    """Tell whether a snapshot is of plain data, compared by content."""
    return type(snapshot) is not _Opaque


class Freezer:
    """``freeze`` for values that stay unchanged while it lives, each frozen once.

    The composer makes one per composition for the answers it hands out: clauses
    get copies of them, so they never change.
    """

    __slots__ = ("_seen",)

    def __init__(self) -> None:
        self._seen: dict[int, tuple[Any, Hashable]] = {}

    def __call__(self, value: Any) -> Hashable:
        """Return the snapshot of ``value``, computed once per object."""
        if type(value) is str or value is None:
            return value
        hit = self._seen.get(id(value))
        if hit is None or hit[0] is not value:
            hit = self._seen[id(value)] = (value, freeze(value))
        return hit[1]


@dataclass(eq=False)
class Trace:
    """What one render read: names looked up, and attributes of shared modules.

    ``source`` is what the render was given (answers the composer froze with
    ``freezer``); ``given`` is the render's private copy of it, which ``render``
    and ``import`` set, so that a module import can tell the answers it sees from
    values a clause made itself.
    """

    freezer: Freezer = field(default_factory=Freezer)
    names: set[str] = field(default_factory=set)
    modules: dict[int, ModuleUse] = field(default_factory=dict)
    source: Mapping[str, Any] | None = None
    given: Mapping[str, Any] | None = None

    def module_reads(self) -> tuple[ModuleRead, ...]:
        """Return each shared module read, as ``ModuleRead`` describes it."""
        return tuple(use.read() for use in self.modules.values())

    def use(self, entry: ModuleEntry, hidden: frozenset[str]) -> None:
        """Note that the render imported ``entry``, having set ``hidden`` itself."""
        found = self.modules.get(id(entry))
        if found is None:
            self.modules[id(entry)] = ModuleUse(entry, set(), set(hidden))
        else:
            found.hidden |= hidden

    def depend_on_inputs(self, entry: ModuleEntry) -> None:
        """Depend on every name a module read, as if the render had read them itself."""
        self.names |= entry.reads


_TRACE: ContextVar[Trace | None] = ContextVar("noticeeditor_trace", default=None)


@contextmanager
def tracing(trace: Trace) -> Iterator[Trace]:
    """Record into ``trace`` what the renders inside the block read."""
    token = _TRACE.set(trace)
    try:
        yield trace
    finally:
        _TRACE.reset(token)


def start_render(private: Mapping[str, Any], context: Mapping[str, Any]) -> None:
    """Tell the current trace that a render works on ``private``, a copy of ``context``.

    ``private`` may be ``context`` itself when no template runs on it unless a module
    is built, which then copies it first.
    """
    trace = _TRACE.get()
    if trace is not None and trace.source is None:
        trace.source, trace.given = context, private


class TracingContext(Context):
    """A template context that records each name a render looks up."""

    def resolve_or_missing(self, key: str) -> Any:
        """Look up ``key`` as Jinja does, noting it in the current trace."""
        trace = _TRACE.get()
        if trace is not None:
            trace.names.add(key)
        return super().resolve_or_missing(key)


# ---------------------------------------------------------------- shared modules


# A shared module a render read: its template, the names the render had set itself
# when it imported it, and the snapshots of the attributes it read.
ModuleRead = tuple[str, tuple[str, ...], tuple[tuple[str, Hashable], ...]]


def reads_unchanged(
    reads: tuple[ModuleRead, ...], find: Callable[[str], ModuleEntry | None]
) -> bool:
    """Tell whether every shared module in ``reads`` would still give what was read.

    ``find`` returns the module an import of that template would give now. A module
    that now reads a name the reader set itself would see the reader's value, which
    only the reader's own render can give it.
    """
    for template, hidden, attributes in reads:
        used = find(template)
        if used is None or not used.reads.isdisjoint(hidden):
            return False
        if any(used.exports.get(name, MISSING) != was for name, was in attributes):
            return False
    return True


@dataclass(eq=False)
class ModuleUse:
    """How one render used a shared module: attributes read, names it hid from it."""

    entry: ModuleEntry
    attributes: set[str]
    hidden: set[str]

    def read(self) -> ModuleRead:
        """Return this use as the composer keeps it."""
        exports = self.entry.exports
        attributes = tuple((a, exports.get(a, MISSING)) for a in sorted(self.attributes))
        return (self.entry.name, tuple(sorted(self.hidden)), attributes)


@dataclass(eq=False)
class ModuleEntry:
    """A shared module: the values it read when built, and its exported values."""

    name: str
    inputs: tuple[tuple[str, Hashable], ...]
    exports: dict[str, Hashable]
    uses: tuple[ModuleRead, ...] = ()  # the shared modules it imported, read as a clause's
    reads: frozenset[str] = frozenset()  # every name it and the modules it imports read
    module: SharedModule | None = None

    def kept(self) -> ModuleEntry | None:
        """Return this entry if its module is shared, else None."""
        return self if self.module is not None else None


class SharedModule(TemplateModule):
    """An imported module shared between clauses, recording which attributes they read.

    Each read hands out a copy of the value, so a clause that appends to a list it
    got from the module changes only its own copy.
    """

    def __getattribute__(self, name: str) -> Any:
        """Return a copy of an exported value, noting the read; the rest as usual."""
        if name.startswith("_"):
            return object.__getattribute__(self, name)
        entry = object.__getattribute__(self, "_entry")
        _note(entry, name)
        return private_copy(object.__getattribute__(self, name))

    def __str__(self) -> str:
        """Return the module's printed body, noting the read."""
        _note(object.__getattribute__(self, "_entry"), BODY)
        return super().__str__()

    def __html__(self) -> Any:
        """Return the module's printed body as markup, noting the read."""
        _note(object.__getattribute__(self, "_entry"), BODY)
        return super().__html__()


def _note(entry: ModuleEntry, attribute: str) -> None:
    """Record that the current render read ``attribute`` of a shared module."""
    trace = _TRACE.get()
    if trace is None:
        return
    found = trace.modules.get(id(entry))
    if found is None:
        trace.depend_on_inputs(entry)  # a module this render did not import itself
    else:
        found.attributes.add(attribute)


def private_copy(value: Any) -> Any:
    """Return a copy of the lists, dicts and sets in ``value``, sharing the rest."""
    if isinstance(value, list):
        return [private_copy(item) for item in value]
    if isinstance(value, dict):
        return {key: private_copy(item) for key, item in value.items()}
    if isinstance(value, tuple):
        return tuple(private_copy(item) for item in value)
    if isinstance(value, set):
        return set(value)
    return value


class _View:
    """What a module imported with ``variables`` and ``local_names`` sees for a name.

    ``hidden`` are the names the importing template set itself before the import
    (a local, or a value not the one the composer gave): the module sees them, not
    the answers of the same name.
    """

    def __init__(
        self, template: Template, variables: Mapping[str, Any], local_names: Mapping[str, Any]
    ) -> None:
        self.template, self.variables, self.locals = template, variables, local_names
        self.trace = _TRACE.get()
        given = self.trace.given if self.trace is not None else None
        self.given: Mapping[str, Any] = given if given is not None else {}
        self.hidden = self._hidden()
        self.seen: dict[str, Hashable] = {}

    def _hidden(self) -> frozenset[str]:
        """Return the names whose value is neither the one given nor a global."""
        names = {name for name, value in self.locals.items() if value is not missing}
        for name, value in self.variables.items():
            if name in self.given:
                if value is not self.given[name]:
                    names.add(name)
            elif value is not self.template.globals.get(name, MISSING):
                names.add(name)
        return frozenset(names)

    def __call__(self, name: str) -> Hashable:
        """Return the snapshot of what ``name`` resolves to in the module."""
        snapshot = self.seen.get(name, missing)
        if snapshot is missing:
            snapshot = self.seen[name] = self._look(name)
        return snapshot

    def _look(self, name: str) -> Hashable:
        """Work out the snapshot of ``name``: answers from the composer's snapshots."""
        if name in self.hidden:
            value = self.locals.get(name, missing)
            return freeze(self.variables.get(name, MISSING) if value is missing else value)
        trace = self.trace
        if name in self.given and trace is not None and trace.source is not None:
            return trace.freezer(trace.source[name])
        return freeze(self.template.globals.get(name, MISSING))

    def sees_given(self, entry: ModuleEntry) -> bool:
        """Tell whether every input of ``entry`` is a value the composer gave."""
        return entry.reads.isdisjoint(self.hidden)


class ImportMemo:
    """Modules imported with context, each shared while the values it read are the same.

    Not a dict, so ``render_metered`` shares it between clauses instead of copying
    it; its attributes are private, so a clause cannot reach into it.
    """

    __slots__ = ("_entries",)
    PER_TEMPLATE = 4  # versions kept of one template's module, most recent first

    def __init__(self) -> None:
        self._entries: dict[str | None, list[ModuleEntry]] = {}

    def module(
        self,
        template: Template,
        variables: dict[str, Any],
        local_names: Mapping[str, Any] | None,
    ) -> TemplateModule:
        """Return ``template`` imported with context, building it only when needed."""
        view = _View(template, variables, local_names or {})

        def build(name: str) -> ModuleEntry | None:
            """Build a module ``template`` imports, seeing what ``view`` sees.

            The names ``template`` sets itself before that import are not seen; the
            caller checks that the module does not read them.
            """
            used = template.environment.get_template(name, parent=template.name)
            return self._build(used, variables, local_names, view)[0].kept()

        entry = self.find(template.name, view, build)
        if entry is None:
            entry, module = self._build(template, variables, local_names, view)
            if entry.module is None:
                return module
        trace = view.trace
        if trace is not None:
            if view.sees_given(entry):
                trace.use(entry, view.hidden)
            else:
                trace.depend_on_inputs(entry)
        assert entry.module is not None
        return entry.module

    def find(
        self,
        name: str | None,
        look: Callable[[str], Hashable],
        build: Callable[[str], ModuleEntry | None] | None = None,
    ) -> ModuleEntry | None:
        """Return the kept module of template ``name`` whose inputs ``look`` sees unchanged.

        ``look`` returns the snapshot of what a name resolves to in the module;
        ``build`` builds a module it imports that is not kept (else it counts as changed).
        """
        entries = self._entries.get(name, [])
        for index, entry in enumerate(entries):
            if self._unchanged(entry, look, build):
                entries.insert(0, entries.pop(index))
                return entry
        return None

    def _unchanged(
        self,
        entry: ModuleEntry,
        look: Callable[[str], Hashable],
        build: Callable[[str], ModuleEntry | None] | None,
    ) -> bool:
        """Tell whether ``entry`` is what the import seen by ``look`` would build."""
        if any(look(name) != snapshot for name, snapshot in entry.inputs):
            return False
        return reads_unchanged(
            entry.uses,
            lambda template: (
                self.find(template, look, build) or (build(template) if build else None)
            ),
        )

    def _build(
        self,
        template: Template,
        variables: dict[str, Any],
        local_names: Mapping[str, Any] | None,
        view: _View,
    ) -> tuple[ModuleEntry, TemplateModule]:
        """Build the module under its own trace; keep it if its values are plain data."""
        outer = view.trace
        inner = Trace(freezer=outer.freezer if outer else Freezer())
        if outer is not None and outer.source is not None:
            inner.source, inner.given = outer.source, outer.given
            if outer.given is outer.source:
                # The composer's own values (an import outside a clause): copy them first.
                variables = {name: private_copy(value) for name, value in variables.items()}
                inner.given = {name: variables[name] for name in outer.source}
        shared = False
        try:
            with tracing(inner):
                context = template.new_context(variables, True, local_names)
                module = TemplateModule(template, context)
            inputs = tuple((n, view(n)) for n in sorted(inner.names))
            exports = {k: freeze(v) for k, v in context.get_exported().items()}
            exports[BODY] = freeze(str(module))
            reads = frozenset(inner.names).union(*(u.entry.reads for u in inner.modules.values()))
            uses = inner.module_reads()
            entry = ModuleEntry(template.name or "", inputs, exports, uses, reads)
            shared = all(is_plain(s) for s in exports.values())
        finally:
            if outer is not None and not shared:
                # The render depends on all the module read.
                outer.names |= inner.names
                for use in inner.modules.values():
                    outer.depend_on_inputs(use.entry)
        if shared:
            entry.module = SharedModule(template, context, module._body_stream)
            object.__setattr__(entry.module, "_entry", entry)
            kept = self._entries.setdefault(template.name, [])
            kept.insert(0, entry)
            del kept[self.PER_TEMPLATE :]
        return entry, module


def module_entry(module: Any) -> ModuleEntry | None:
    """Return the entry of a shared module, or None for any other object."""
    if isinstance(module, SharedModule):
        entry: ModuleEntry = object.__getattribute__(module, "_entry")
        return entry
    return None

"""The clause sandbox: what a clause template may touch, and how much it may do.

Clauses come from folders on disk, the user's own library among them, so they are
treated as untrusted code. ``ClauseEnvironment`` is Jinja's ``SandboxedEnvironment``
made stricter:

* An attribute the sandbox refuses (any name starting with ``_``, ``mro``, the
  insides of frames, code and generators, anything of a module) stops the render
  with a ``SecurityError`` at once. Plain Jinja hands back an undefined value, which
  ``is defined`` or ``|default`` would quietly swallow.
* The globals are ``range`` (at most 100,000 numbers), ``dict``, ``namespace`` and
  ``joiner``. ``lipsum`` and ``cycler`` are gone: no clause needs them.
* A clause gets a copy of the answers: what it appends to a list stays its own.
* Templates load only from inside their library folders (``ConfinedLoader``): a
  symlink pointing elsewhere, or a clause file over ``MAX_CLAUSE_BYTES``, is refused.
* Rendering is metered (``render_metered``, which ``Template.render`` of every
  clause template also goes through). Every loop step, call, filter,
  intercepted operator and piece of output counts: one clause may run for
  ``MAX_SECONDS``, take ``MAX_STEPS`` steps, print ``MAX_OUTPUT`` characters, and
  build values of at most ``MAX_VALUE`` characters or items each, ``MAX_WORK`` in
  all. Whatever could build a huge value from a small one (``"x" * n``, ``n ** m``,
  widths in format strings, ``center``, ``indent``, ``replace``, ``join``...) is
  checked before it runs, the rest after. ``LimitExceeded`` says which limit.

Jinja folds operators and filters with constant arguments while compiling. The
intercepted operators are never folded, and the checked filters fail their check
there too, so an oversized constant is left for the render, which reports its line.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import string
import time
import types
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sized
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import wraps
from typing import Any, cast

from jinja2 import FileSystemLoader, Template, nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.environment import Environment
from jinja2.exceptions import SecurityError, TemplateNotFound, TemplateRuntimeError
from jinja2.ext import Extension
from jinja2.lexer import Token, TokenStream
from jinja2.loaders import split_template_path
from jinja2.runtime import Undefined
from jinja2.sandbox import SandboxedEnvironment, safe_range
from jinja2.utils import pass_context

from noticeeditor.core.datafile import outside

# The built-in clauses use at most about 1,600 steps, 14,000 characters of work and
# 7,000 of output for an ordinary notice. The limits are sized for a big but honest
# one: 10,000 rows in every list of records and answers of 1 MB (a clause may print
# a few, escaped), while what a hostile clause can take stays bounded.
MAX_SECONDS = 2.0  # running time of one clause with its includes (compiling not counted)
MAX_STEPS = 1_000_000  # loop steps, calls, filters, operators and outputs
MAX_OUTPUT = 8_000_000  # characters of Markdown one clause may print
MAX_VALUE = 4_000_000  # characters (text) or items (lists) of any one value
MAX_WORK = 64_000_000  # characters and items of all values a clause builds
MAX_INT_BITS = 4096  # size of integers from * and ** (about 1,200 digits)
MAX_WIDTH = 10_000  # widths and precisions in "%" and "{}" format strings
MAX_INT_DIGITS = 1_300  # length of a text |int reads (4,096 bits is 1,234 digits)
MAX_CLAUSE_BYTES = 1_000_000  # size of one clause file
REMOVED_GLOBALS = ("lipsum", "cycler")
# Filters whose cost cannot be told before they run: pprint formats a whole
# structure at once, however big.
REMOVED_FILTERS = ("pprint",)
# The only codecs str.encode and bytes.decode may use: linear, and about text.
# Others (punycode, idna, the bz2 and zlib ones...) are slow or unbounded.
SAFE_CODECS = frozenset({"utf-8", "ascii", "latin-1", "iso8859-1", "utf-16", "utf-32"})
LOOP_FILTER = "metered_loop"  # wraps the iterable of every {% for %}


class LimitExceeded(TemplateRuntimeError):
    """A clause went over one of the sandbox's limits; the message says which."""


# ---------------------------------------------------------------- the meter


@dataclass
class _Meter:
    """What one clause render has used so far."""

    deadline: float
    steps: int = 0
    work: int = 0
    output: int = 0

    def step(self) -> None:
        self.steps += 1
        if self.steps % 16:
            return  # the clock is read every 16 steps: it costs more than a step
        if self.steps > MAX_STEPS:
            raise LimitExceeded(
                f"clause stopped: it took more than {MAX_STEPS:,} steps (loops, calls, filters)"
            )
        if time.monotonic() > self.deadline:
            raise LimitExceeded(f"clause stopped: it ran for more than {MAX_SECONDS:g} seconds")

    def charge(self, size: int) -> None:
        self.work += size
        if self.work > MAX_WORK:
            raise LimitExceeded(
                f"clause stopped: it built more than {MAX_WORK:,} characters of text and lists"
            )

    def emit(self, size: int) -> None:
        self.output += size
        if self.output > MAX_OUTPUT:
            raise LimitExceeded(
                f"clause stopped: its text is longer than {MAX_OUTPUT:,} characters"
            )


_METER: ContextVar[_Meter | None] = ContextVar("noticeeditor_clause_meter", default=None)


def _step() -> None:
    meter = _METER.get()
    if meter is not None:
        meter.step()


_SIZED = (str, bytes, list, tuple, dict, set)  # a tuple: isinstance checks it fastest


def _size(value: Any) -> int:
    return len(value) if isinstance(value, _SIZED) else 0


def _refuse_size(size: int, what: str = "a value") -> None:
    if size > MAX_VALUE:
        raise LimitExceeded(
            f"clause stopped: {what} would be {size:,} characters or items long "
            f"(the limit is {MAX_VALUE:,})"
        )


def _text_size(value: Any) -> int:
    """Estimate how long ``str(value)`` would be, stopping once past ``MAX_VALUE``.

    A list may hold the same big text many times: printing, formatting or
    converting it to JSON writes each copy, so each counts.
    """
    total, stack = 0, [value]
    while stack and total <= MAX_VALUE:
        item = stack.pop()
        if isinstance(item, str | bytes):
            total += len(item) + 2
        elif isinstance(item, list | tuple | set | frozenset | dict):
            total += 2 * len(item) + 2
            if total <= MAX_VALUE:
                stack.extend(item.items() if isinstance(item, dict) else item)
        else:
            total += 8
    return total


def printable(value: Any, what: str = "a printed value") -> Any:
    """Return ``value`` once its text is known to stay within ``MAX_VALUE``."""
    if not isinstance(value, str) or len(value) > MAX_VALUE:
        _refuse_size(_text_size(value), what)
    return value


def checked(value: Any) -> Any:
    """Return ``value`` once its size is within ``MAX_VALUE``, charging it to the meter."""
    size = _size(value)
    if size > MAX_VALUE:
        _refuse_size(size)
    meter = _METER.get()
    if meter is not None and size:
        meter.charge(size)
    return value


def render_metered(template: Template, context: Mapping[str, Any]) -> str:
    """Render ``template`` within the limits; LimitExceeded (with its line) when over.

    The clause gets a deep copy of ``context``: the sandbox lets a clause call
    ``append`` on a list, and it must never change the user's answers that way.
    """
    with _metered() as meter:
        chunks: list[str] = []
        stream = cast("Generator[str, None, None]", template.generate(_given(context)))
        for chunk in stream:
            try:
                meter.step()
                meter.emit(len(chunk))
            except LimitExceeded as exc:
                # Raised inside the template, the error carries the line it stopped at.
                stream.throw(exc)
                raise
            chunks.append(chunk)
        return "".join(chunks)


@contextmanager
def _metered() -> Iterator[_Meter]:
    """Meter what runs inside the block, one clause's worth."""
    meter = _Meter(time.monotonic() + MAX_SECONDS)
    token = _METER.set(meter)
    try:
        yield meter
    finally:
        _METER.reset(token)


def _given(context: Mapping[str, Any]) -> dict[str, Any]:
    """Return a private copy of ``context``."""
    return {name: private_copy(value) for name, value in context.items()}


def private_copy(value: Any) -> Any:
    """Return a copy of the lists, dicts and sets in ``value``, sharing the rest."""
    kind = type(value)  # exact types first: thousands of records are mostly these
    if kind is str or kind is bool or value is None:
        return value
    if kind is dict:
        return {key: private_copy(item) for key, item in value.items()}
    if isinstance(value, list):
        return [private_copy(item) for item in value]
    if isinstance(value, dict):
        return {key: private_copy(item) for key, item in value.items()}
    if isinstance(value, tuple):
        return tuple(private_copy(item) for item in value)
    if isinstance(value, set):
        return set(value)
    return value


@contextmanager
def _paused_clock() -> Iterator[None]:
    """Move the deadline on by the time the block takes."""
    meter = _METER.get()
    started = time.monotonic()
    try:
        yield
    finally:
        if meter is not None:
            meter.deadline += time.monotonic() - started


class _MeteredBuffer(list[str]):
    """The output buffer of a macro, call or set block: its text counts as work."""

    __slots__ = ()

    def append(self, item: str) -> None:
        _step()
        checked(item)
        super().append(item)

    def extend(self, items: Iterable[str]) -> None:
        items = tuple(items)
        _step()
        for item in items:
            checked(item)
        super().extend(items)


def _range(*args: int) -> range:
    """Jinja's sandboxed range, at most 100,000 numbers, with a message for lawyers."""
    try:
        return safe_range(*args)
    except OverflowError as exc:
        raise LimitExceeded("clause stopped: a range() of more than 100,000 numbers") from exc


@pass_context
def _metered_loop(context: Any, iterable: Any) -> Any:
    """Count each step of a ``{% for %}`` loop (pass_context: never folded)."""
    if _METER.get() is None:
        return iterable
    return _steps(iterable)


def _steps(iterable: Iterable[Any]) -> Iterator[Any]:
    for item in iterable:
        _step()
        yield item


# ---------------------------------------------------------------- checks before running

_PRINTF = re.compile(r"%(?:\([^)]*\))?[#0 +\-]*(\*|\d+)?(?:\.(\*|\d+))?[hlL]?[A-Za-z%]")


def _int(value: Any) -> int:
    return int(value) if isinstance(value, int | float) and abs(value) < 2**63 else 0


def _check_width(number: str | None, where: str) -> None:
    if number is None:
        return
    if number == "*" or len(number) > 6 or int(number) > MAX_WIDTH:
        raise LimitExceeded(
            f"clause stopped: a width or precision of {number} in {where} "
            f"(the limit is {MAX_WIDTH:,})"
        )


def _check_printf(fmt: str) -> None:
    for match in _PRINTF.finditer(fmt):
        for number in match.groups():
            _check_width(number, "a % format")


def _check_format_string(fmt: str) -> None:
    try:
        fields = list(string.Formatter().parse(fmt))
    except ValueError:
        return  # the call itself reports the broken format
    for _literal, _field, spec, _conversion in fields:
        if spec and "{" in spec:
            raise SecurityError("a '{...}' inside a format specification")
        for number in re.findall(r"\d+", spec or ""):
            _check_width(number, "a format specification")


def _check_replace(s: Any, old: Any, new: Any, count: Any = None) -> None:
    text, old, new = str(s), str(old), str(new)
    hits = text.count(old) if old else len(text) + 1
    if isinstance(count, int) and count >= 0:
        hits = min(hits, count)
    _refuse_size(len(text) + hits * max(len(new) - len(old), 0), "a replaced text")


def _check_join(value: Any, d: Any = "", attribute: Any = None) -> None:
    count = len(value) if isinstance(value, Sized) else 0
    total = len(str(d)) * max(count - 1, 0)
    if isinstance(value, list | tuple) and attribute is None:
        total += sum(_size(item) for item in value)  # the pieces, counted before joining
    _refuse_size(total, "a joined text")


def _check_int(value: Any, default: Any = 0, base: Any = 10) -> None:
    if isinstance(value, str | bytes) and len(value) > MAX_INT_DIGITS:
        raise LimitExceeded(f"clause stopped: a number of more than {MAX_INT_DIGITS:,} digits")


def _check_indent(s: Any, width: Any = 4, first: Any = False, blank: Any = False) -> None:
    text = str(s)
    unit = len(width) if isinstance(width, str) else _int(width)
    _refuse_size(len(text) + (text.count("\n") + 1) * unit, "an indented text")


def _check_wordwrap(
    s: Any,
    width: Any = 79,
    break_long_words: Any = True,
    wrapstring: Any = None,
    break_on_hyphens: Any = True,
) -> None:
    text = str(s)
    lines = len(text) // max(_int(width), 1) + text.count("\n") + 1
    _refuse_size(len(text) + lines * len(str(wrapstring or "\n")), "a wrapped text")


def _check_sum(iterable: Any, attribute: Any = None, start: Any = 0) -> None:
    # Adding up lists copies the growing total each time: quadratic, so only numbers.
    if not isinstance(start, int | float):
        raise SecurityError("sum() of anything but numbers; use a loop or |join")


def _check_center(value: Any, width: Any = 80) -> None:
    _refuse_size(_int(width), "a centred text")


def _check_batch(value: Any, linecount: Any, fill_with: Any = None) -> None:
    _refuse_size(_int(linecount), "a batch")


def _check_slice(value: Any, slices: Any, fill_with: Any = None) -> None:
    _refuse_size(_int(slices), "a slice")


def _check_format(value: Any, *args: Any, **kwargs: Any) -> None:
    fmt = str(value)
    _check_printf(fmt)
    _refuse_size(len(fmt) + fmt.count("%") * _text_size((args, kwargs)), "a formatted text")


def _check_text(value: Any, *args: Any, **kwargs: Any) -> None:
    printable(value, "a value as text")


# Filter name -> a check taking the filter's own arguments (without context/environment).
_FILTER_CHECKS: dict[str, Callable[..., None]] = {
    "center": _check_center,
    "indent": _check_indent,
    "format": _check_format,
    "replace": _check_replace,
    "join": _check_join,
    "batch": _check_batch,
    "slice": _check_slice,
    "wordwrap": _check_wordwrap,
    "sum": _check_sum,
    "int": _check_int,
    "string": _check_text,
    "tojson": _check_text,
    "urlencode": _check_text,
    "xmlattr": _check_text,
}
_PADDING_METHODS = ("center", "ljust", "rjust", "zfill")


def _check_call(func: Any, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> None:
    """Check str methods that can build a huge text from a small one."""
    owner = getattr(func, "__self__", None)
    if not isinstance(func, types.BuiltinMethodType) or owner is None:
        return
    name = func.__name__
    if name in ("encode", "decode") and isinstance(owner, str | bytes | bytearray):
        _check_codec(func, args, kwargs)
    elif isinstance(owner, list | dict | set):
        _check_growth(owner, name, args)
    elif not isinstance(owner, str):
        return
    elif name in _PADDING_METHODS and args:
        _refuse_size(_int(args[0]), "a padded text")
    elif name == "expandtabs":
        tab = args[0] if args else kwargs.get("tabsize", 8)
        _refuse_size(len(owner) + owner.count("\t") * _int(tab), "an expanded text")
    elif name == "replace" and len(args) >= 2:
        _check_replace(owner, *args[:3])
    elif name == "join" and args:
        _check_join(args[0], owner)


def _check_codec(func: Any, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> None:
    """Refuse ``encode``/``decode`` with a codec outside ``SAFE_CODECS``."""
    name = args[0] if args else kwargs.get("encoding", "utf-8")
    try:
        codec = codecs.lookup(str(name)).name
    except LookupError:
        return  # the call reports the unknown codec
    if codec not in SAFE_CODECS:
        raise SecurityError(f"the {name!r} codec (only {', '.join(sorted(SAFE_CODECS))})")


def _check_growth(owner: Any, name: str, args: tuple[Any, ...]) -> None:
    """Refuse a list, dict or set method that would grow it past ``MAX_VALUE``."""
    added = 1 if name in ("append", "insert", "add") else 0
    if name in ("extend", "update", "__iadd__") and args:
        added = _size(args[0]) or (len(args[0]) if isinstance(args[0], Sized) else 0)
    if added:
        _refuse_size(len(owner) + added, f"a {type(owner).__name__}")


def _check_binop(operator: str, left: Any, right: Any) -> None:
    if operator == "*":
        if isinstance(left, int) and isinstance(right, int):
            if left.bit_length() + right.bit_length() > MAX_INT_BITS:
                raise LimitExceeded(f"clause stopped: a number larger than {MAX_INT_BITS} bits")
        elif isinstance(right, int) and isinstance(left, str | bytes | list | tuple):
            _refuse_size(len(left) * right, "a repeated value")
        elif isinstance(left, int) and isinstance(right, str | bytes | list | tuple):
            _refuse_size(len(right) * left, "a repeated value")
    elif operator == "**":
        ints = isinstance(left, int) and isinstance(right, int)
        if ints and right > 0 and abs(left) > 1 and abs(left).bit_length() * right > MAX_INT_BITS:
            raise LimitExceeded(f"clause stopped: a number larger than {MAX_INT_BITS} bits")
    elif operator == "%" and isinstance(left, str):
        _check_printf(left)
        fields = left.count("%")
        _refuse_size(len(left) + fields * _text_size(right), "a formatted text")
    elif operator == "+" and type(left) is type(right) and isinstance(left, _SIZED):
        _refuse_size(_size(left) + _size(right), "a joined value")


def _guard_checks(check: Callable[..., None], *args: Any, **kwargs: Any) -> None:
    """Run a size check; only its verdict counts (the operation reports bad arguments)."""
    try:
        check(*args, **kwargs)
    except (LimitExceeded, SecurityError):
        raise
    except Exception:
        pass


def _metered_filter(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    check = _FILTER_CHECKS.get(name)
    skip = 1 if hasattr(func, "jinja_pass_arg") else 0  # context or environment first

    @wraps(func)  # keeps jinja_pass_arg, so Jinja still passes what the filter wants
    def metered(*args: Any, **kwargs: Any) -> Any:
        _step()
        if check is not None:
            _guard_checks(check, *args[skip:], **kwargs)
        return checked(func(*args, **kwargs))

    metered.noticeeditor_metered = True  # type: ignore[attr-defined]
    return metered


class _MeteredFilters(dict[str, Any]):
    """The filter table: every filter put in it is wrapped by the meter."""

    def __setitem__(self, name: str, func: Any) -> None:
        if callable(func) and not getattr(func, "noticeeditor_metered", False):
            func = _metered_filter(name, func)
        super().__setitem__(name, func)

    def update(self, *args: Any, **kwargs: Any) -> None:
        for name, func in dict(*args, **kwargs).items():
            self[name] = func


# ---------------------------------------------------------------- compiling


class _MeteredCodeGenerator(CodeGenerator):
    """Compiles clauses with every loop, buffer and ``~`` join metered."""

    def visit_Template(self, node: nodes.Template, frame: Frame | None = None) -> None:
        for loop in list(node.find_all(nodes.For)):
            if not (isinstance(loop.iter, nodes.Filter) and loop.iter.name == LOOP_FILTER):
                guard = nodes.Filter(
                    loop.iter, LOOP_FILTER, [], [], None, None, lineno=loop.iter.lineno
                )
                guard.set_environment(self.environment)
                loop.iter = guard
        super().visit_Template(node, frame)

    def buffer(self, frame: Frame) -> None:
        frame.buffer = self.temporary_identifier()
        self.writeline(f"{frame.buffer} = environment.metered_buffer()")

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        # Jinja's own, with each piece checked before it is turned into text.
        if frame.eval_ctx.volatile:
            func_name = "(markup_join if context.eval_ctx.volatile else str_join)"
        elif frame.eval_ctx.autoescape:
            func_name = "markup_join"
        else:
            func_name = "str_join"
        self.write(f"environment.checked({func_name}((")
        for arg in node.nodes:
            self.write("environment.printable(")
            self.visit(arg, frame)
            self.write("), ")
        self.write(")))")


class MeteredTemplate(Template):
    """A clause template whose ``render`` always runs within the limits."""

    def render(self, *args: Any, **kwargs: Any) -> str:
        """Render like ``Template.render``, metered (see ``render_metered``)."""
        return render_metered(self, dict(*args, **kwargs))


class Respelling(Extension):
    """Respell a clause's own words while it compiles: "organise" → "organize".

    Only the clause's text is changed, never what its expressions print, so the answers
    stay as typed. ``environment.respell`` does it (``wording.respeller`` of the table).
    """

    def filter_stream(self, stream: TokenStream) -> Iterator[Token]:
        """Yield the tokens, the text ones respelled."""
        change: Callable[[str], str] = getattr(self.environment, "respell", str)
        for token in stream:
            if token.type == "data":
                yield Token(token.lineno, "data", change(token.value))
            else:
                yield token


class ClauseEnvironment(SandboxedEnvironment):
    """A sandboxed environment for clause templates, with the limits above."""

    code_generator_class = _MeteredCodeGenerator
    template_class = MeteredTemplate
    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in REMOVED_GLOBALS:
            self.globals.pop(name, None)
        for name in REMOVED_FILTERS:
            self.filters.pop(name, None)
        # What a clause prints is checked before it is turned into text.
        finalize = self.finalize
        if finalize is None:
            self.finalize = printable
        elif not hasattr(finalize, "jinja_pass_arg"):
            self.finalize = lambda value: finalize(printable(value))
        self.globals["range"] = _range
        metered = _MeteredFilters()
        metered.update(self.filters)
        metered[LOOP_FILTER] = _metered_loop
        self.filters = metered
        self._safe_attributes: dict[tuple[type, str, type], bool] = {}

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        """Refuse what Jinja refuses, and anything of a module.

        The answer depends only on the types and the name, so it is worked out once.
        """
        key = (type(obj), attr, type(value))
        safe = self._safe_attributes.get(key)
        if safe is None:
            safe = not isinstance(obj, types.ModuleType) and super().is_safe_attribute(
                obj, attr, value
            )
            if len(self._safe_attributes) < 4096:
                self._safe_attributes[key] = safe
        return safe

    def unsafe_undefined(self, obj: Any, attribute: str) -> Any:
        """Stop at once: an unsafe attribute is an attack or a mistake, never a default."""
        if isinstance(obj, Undefined):
            return obj  # using it reports the unknown name, the first thing wrong
        raise SecurityError(f"the attribute {attribute!r} (of a {type(obj).__name__})")

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        """Sandbox ``str.format`` as Jinja does, refusing huge widths and results."""
        wrapper = super().wrap_str_format(value)
        if wrapper is None:
            return None
        fmt = value.__self__
        _check_format_string(fmt)

        def sized_format(*args: Any, **kwargs: Any) -> str:
            # Each field may print the whole of any argument.
            size = len(fmt) + fmt.count("{") * _text_size((args, kwargs))
            _refuse_size(size, "a formatted text")
            return wrapper(*args, **kwargs)

        return sized_format

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        """Run an intercepted operator once its result is known to stay small."""
        _step()
        _check_binop(operator, left, right)
        return checked(self.binop_table[operator](left, right))

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        """Call from a clause: metered, size-checked, ``str.format`` always sandboxed."""
        _step()
        _guard_checks(_check_call, __obj, args, kwargs)
        wrapped = __self.wrap_str_format(__obj)
        if wrapped is not None:
            __obj = wrapped
        return checked(super().call(__context, __obj, *args, **kwargs))

    def get_template(self, *args: Any, **kwargs: Any) -> Template:
        """Load a template; time spent compiling an include does not count as running."""
        with _paused_clock():
            return super().get_template(*args, **kwargs)

    def select_template(self, *args: Any, **kwargs: Any) -> Template:
        """Load the first template found, like ``get_template`` (for ``include [a, b]``)."""
        with _paused_clock():
            return super().select_template(*args, **kwargs)

    def metered_buffer(self) -> list[str]:
        """Return a new output buffer for compiled clause code."""
        return _MeteredBuffer()

    def printable(self, value: Any) -> Any:
        """Return a value compiled clause code turns into text, checked first."""
        return printable(value)

    def checked(self, value: Any) -> Any:
        """Return a value compiled clause code built, checked against the limits."""
        _step()
        return checked(value)


class ConfinedLoader(FileSystemLoader):
    """Load clause files from one library only: nothing outside its real folder, no huge files.

    ``root`` is the library's top folder; ``searchpath`` one of its sub-folders, which
    is checked like every file: a symlinked jurisdiction folder cannot lead out.
    """

    def __init__(self, searchpath: str, root: str) -> None:
        super().__init__(searchpath)
        self.root = root

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        """Check where ``template`` really is and how big it is, then load it."""
        pieces = split_template_path(template)
        for folder in self.searchpath:
            filename = os.path.join(folder, *pieces)
            try:
                info = os.stat(filename)
            except (OSError, ValueError):
                continue
            if outside(self.root, filename):
                raise SecurityError(f"{template} is outside the library folder")
            if not stat.S_ISREG(info.st_mode):
                continue
            if info.st_size > MAX_CLAUSE_BYTES:
                raise LimitExceeded(
                    f"{template} is larger than {MAX_CLAUSE_BYTES:,} bytes; no clause is that long"
                )
            return super().get_source(environment, template)
        raise TemplateNotFound(template)

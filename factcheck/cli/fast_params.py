"""Command-line values converted without pydantic when the conversion is plain.

Typer (0.2x) converts every parameter's value through a pydantic TypeAdapter it builds on
first use: importing pydantic and building the adapters costs a read command about a fifth
of its start-up. Here a value whose conversion is beyond doubt (a string, a whole number
written plainly, a decimal, one of an enum's choices, a list of those) is converted
directly; anything else — a malformed number, a value out of range, a path, an unknown
choice — goes to typer's own conversion, so results and error messages stay typer's.
"""

from __future__ import annotations

import re
from enum import Enum
from typing import Any, get_args, get_origin

# Written as pydantic reads them too (no leading zeros, no exponent, no underscores); at
# most 18 digits, far inside any integer pydantic accepts.
_WHOLE = re.compile(r"-?(?:0|[1-9][0-9]{0,17})")
_DECIMAL = re.compile(r"-?(?:0|[1-9][0-9]{0,17})(?:\.[0-9]{1,17})?")


class _Undecided:
    """The marker of a value left to typer's conversion."""


UNDECIDED = _Undecided()


def convert_plainly(annotation: Any, info: Any, value: Any, ctx: Any) -> Any:
    """The value as typer would convert it for `annotation`, or UNDECIDED."""
    if get_origin(annotation) is list:
        if not isinstance(value, list | tuple):
            return UNDECIDED
        (item_type,) = get_args(annotation)
        items = [convert_plainly(item_type, info, item, ctx) for item in value]
        return UNDECIDED if any(item is UNDECIDED for item in items) else items
    if getattr(info, "parser", None) is not None or getattr(info, "clamp", False):
        return UNDECIDED
    if annotation is str:
        return value if isinstance(value, str) else UNDECIDED
    if annotation is bool:
        return value if isinstance(value, bool) else UNDECIDED
    if annotation is int:
        number = _number(value, int, _WHOLE)
    elif annotation is float:
        number = _number(value, float, _DECIMAL)
    elif isinstance(annotation, type) and issubclass(annotation, Enum):
        return _choice(annotation, info, value, ctx)
    else:
        return UNDECIDED
    in_range = number is not UNDECIDED and (info.min is None or number >= info.min)
    return number if in_range and (info.max is None or number <= info.max) else UNDECIDED


def _number(value: Any, kind: type, written: re.Pattern) -> Any:
    if isinstance(value, bool):
        return UNDECIDED
    if isinstance(value, int | float) and (kind is float or isinstance(value, int)):
        return kind(value)
    if isinstance(value, str) and written.fullmatch(value):
        return kind(value)
    return UNDECIDED


def _choice(enum: type[Enum], info: Any, value: Any, ctx: Any) -> Any:
    from typer._param_types import coerce_cli_choice

    try:
        return coerce_cli_choice(
            value, choices=list(enum), case_sensitive=info.case_sensitive, ctx=ctx
        )
    except Exception:  # typer's conversion says why, in its own words
        return UNDECIDED


class PlainConversion:
    """A parameter's conversion: plain when it can be, typer's own otherwise."""

    def __init__(self, descriptor: Any) -> None:
        self.descriptor = descriptor
        self._typers: Any = None

    def coerce(self, value: Any, param: Any, ctx: Any) -> Any:
        multiple = param.multiple or param.nargs == -1
        if value is None:
            return () if multiple else None
        if not (multiple and isinstance(value, str)):
            plain = convert_plainly(
                self.descriptor.annotation, self.descriptor.parameter_info, value, ctx
            )
            if plain is not UNDECIDED:
                return plain
        if self._typers is None:
            from typer._coercion import build_runtime_param

            self._typers = build_runtime_param(self.descriptor)
        return self._typers.coerce(value, param=param, ctx=ctx)


def install() -> None:
    """Give every typer parameter plain conversion (typer's own for files, which it opens).

    Patched on typer's parameter class rather than per command: the options typer and
    click add themselves (--help, --install-completion) are converted too. Only on typer
    versions that convert through pydantic (their parameters have `get_runtime_param`).
    """
    from typer import core

    parameter = getattr(core, "_TyperParameter", None)
    typers = getattr(parameter, "get_runtime_param", None)
    if typers is None or getattr(typers, "plain", False):
        return

    def get_runtime_param(self):
        if self._runtime_param is None and self.type_descriptor.file_annotation is None:
            self._runtime_param = PlainConversion(self.type_descriptor)
        return typers(self)

    get_runtime_param.plain = True
    parameter.get_runtime_param = get_runtime_param

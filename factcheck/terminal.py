"""Stored text for a terminal or a document: control characters shown, never obeyed; and
what the output stream takes: colour codes or not, a width to fold tables into or none."""

from __future__ import annotations

import os
import re
import shutil
from typing import TextIO

# Control characters other than newline and tab: an article or a name could carry a
# terminal escape sequence (clear the screen, set the title) or a bidi override; they are
# shown, not obeyed. A CR ends a line only as part of CRLF.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]|\r(?!\n)")


def _picture(match: re.Match) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # U+2400 CONTROL PICTURES: ␛ for ESC, ␇ for BEL
    return "␡" if code == 0x7F else f"\\u{code:04x}"


def visible(text: str) -> str:
    """Stored text as the terminal may print it: control characters made visible symbols."""
    return _CONTROLS.sub(_picture, text)


def colour_wanted(stream: TextIO) -> bool:
    """Colour codes for this stream, by the usual conventions (and as rich decides): never
    with NO_COLOR or on a dumb terminal; with FORCE_COLOR even into a pipe; otherwise only
    on a terminal."""
    if os.environ.get("NO_COLOR") or os.environ.get("TERM", "").lower() in ("dumb", "unknown"):
        return False
    return bool(os.environ.get("FORCE_COLOR")) or _is_terminal(stream)


def terminal_width(stream: TextIO) -> int | None:
    """The width to fold a table into: the window's (COLUMNS first) on a terminal, None
    into a pipe or file, where a row stays one line."""
    if not _is_terminal(stream):
        return None
    return shutil.get_terminal_size().columns


def _is_terminal(stream: TextIO) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())

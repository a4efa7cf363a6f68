"""Stored text for a terminal or a document: control characters shown, never obeyed."""

from __future__ import annotations

import re

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

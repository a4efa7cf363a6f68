"""JSON that is safe inside HTML too: <, > and & written as \\u escapes (still the same JSON)."""

from __future__ import annotations

import json
from typing import Any

# A quote holding "</script>" or "<!--" must not end the <script> block it is embedded in.
_HTML_UNSAFE = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def dumps(value: Any, **kwargs: Any) -> str:
    """json.dumps (ensure_ascii off by default), then <, >, & escaped; parses back equal."""
    kwargs.setdefault("ensure_ascii", False)
    # Outside strings JSON never holds these characters, so escaping all of them is exact.
    return json.dumps(value, **kwargs).translate(_HTML_UNSAFE)

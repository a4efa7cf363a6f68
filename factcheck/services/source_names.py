"""How source names are written and compared: pure text rules, no database (the claim
filters match --speaker with them without loading the ORM)."""

from __future__ import annotations

import unicodedata

# Invisible characters that make two spellings of one name look like two names.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def source_name(name: str) -> str:
    """A name as stored: NFC (so "Café" typed either way is one source), spaces collapsed."""
    return unicodedata.normalize("NFC", " ".join(name.split()))


def has_letter(name: str) -> bool:
    """A source is named by words: a name of only emoji, digits, marks or joiners is none."""
    return any(unicodedata.category(ch).startswith("L") for ch in name)


def alias_key(name: str) -> str:
    """Case, Unicode form, curly apostrophes, invisible joiners and spacing do not make a
    different source."""
    text = unicodedata.normalize("NFC", name).translate(_INVISIBLE)
    text = text.replace("’", "'").replace("‘", "'").casefold()
    return unicodedata.normalize("NFC", " ".join(text.split()))

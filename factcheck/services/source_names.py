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


def alias_may_name(alias: str, name: str, known: str) -> bool:
    """Whether `alias`, a name of the stored source `known`, may stand for `name` too.

    A surname stands for a full name ("Ruiz" is Ana Ruiz), but not when the given names
    contradict: "Carla Ruiz" is not Ana Ruiz though both end in the alias "Ruiz". Two full
    names sharing the surname are one person only when one ends with the other ("Ana Ruiz",
    "Dr. Ana Ruiz"), as extraction decides within one article (extract/registry.py, find).
    """
    shared = alias_key(alias).split()
    new, old = alias_key(name).split(), alias_key(known).split()
    if not (_ends_with(new, shared) and _ends_with(old, shared)):
        return True  # not a surname of both: nothing for the given names to contradict
    return _ends_with(new, old) or _ends_with(old, new)


def _ends_with(words: list[str], tail: list[str]) -> bool:
    return bool(tail) and words[-len(tail) :] == tail

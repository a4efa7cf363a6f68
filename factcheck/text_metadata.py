"""Metadata of .txt/.md articles: YAML front matter, "By …" bylines, wire datelines.

The stored text stays the file exactly as decoded, front matter included, so every offset
still holds against the file (DESIGN.md). Extraction reads `masked(text)` instead: the
front matter and the dateline turned into spaces of the same length (newlines kept), so no
claim is ever anchored in them and the offsets of both texts agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from factcheck.errors import BadInput

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n.*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_KEYS = {
    "title": ("title", "headline"),
    "url": ("url", "link", "canonical_url"),
    "outlet": ("outlet", "publisher", "publication", "source", "site"),
    "authors": ("author", "authors", "byline"),
    "published": ("published", "date", "published_at", "datePublished"),
}


@dataclass
class TextMetadata:
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    published: date | None = None
    place: str | None = None  # a dateline's place ("VARNA CITY")
    front_matter_end: int = 0  # code points of front matter at the start of the text


def front_matter_span(text: str) -> int:
    """Where the front matter ends (0: none)."""
    match = _FRONT_MATTER.match(text)
    return match.end() if match else 0


def masked(text: str) -> str:
    """The text with its front matter and wire dateline blanked (same length, newlines
    kept) for extraction: neither is part of any claim."""
    end = front_matter_span(text)
    spans = [(0, end)] if end else []
    dateline = dateline_span(text, end)
    if dateline is not None:
        spans.append(dateline)
    for start, stop in spans:
        text = text[:start] + re.sub(r"[^\r\n]", " ", text[start:stop]) + text[stop:]
    return text


def dateline_span(text: str, body_start: int = 0) -> tuple[int, int] | None:
    """Where the dateline ("VARNA CITY, March 3 (Northwire) - ") stands in the text."""
    for paragraph in list(_paragraphs(text, body_start))[:4]:
        at, words = paragraph
        match = _DATELINE.match(words)
        if match and (match.group("date") or match.group("outlet")):
            return at + match.start("place"), at + match.end()
    return None


def _paragraphs(text: str, start: int):
    """(offset, paragraph) of each non-blank paragraph from `start` on."""
    for match in re.finditer(r"(?:(?!\n[ \t]*\n).)+", text[start:], re.S):
        words = match.group()
        if words.strip():
            lead = len(words) - len(words.lstrip())
            yield start + match.start() + lead, words[lead:]


def read_front_matter(text: str, name: str) -> tuple[dict[str, Any], int]:
    """The front matter's fields and where it ends; a YAML mistake is a one-line error."""
    end = front_matter_span(text)
    if not end:
        return {}, 0
    import frontmatter
    import yaml

    try:
        fields = frontmatter.loads(text[:end].lstrip("\ufeff")).metadata
    except yaml.YAMLError as exc:
        reason = str(exc).splitlines()[0]
        raise BadInput(f"{name}: front matter is not valid YAML ({reason})") from None
    return (fields if isinstance(fields, dict) else {}), end


def metadata_of(text: str, fmt: str, name: str) -> TextMetadata:
    """Front matter first; a byline and a dateline fill what it does not say."""
    fields, end = read_front_matter(text, name)
    meta = TextMetadata(front_matter_end=end)
    meta.title = _string(_pick(fields, "title"))
    meta.url = _string(_pick(fields, "url"))
    meta.outlet = _string(_pick(fields, "outlet"))
    meta.authors = _names(_pick(fields, "authors"))
    meta.published = _day(_pick(fields, "published"), name)
    body = text[end:]
    if not meta.authors:
        meta.authors = byline_authors(body)
    dateline = read_dateline(body)
    if dateline is not None:
        meta.place = dateline.place
        meta.outlet = meta.outlet or dateline.outlet
        meta.published = meta.published or dateline.published
    return meta


def _pick(fields: dict[str, Any], what: str):
    for key in _KEYS[what]:
        if fields.get(key) not in (None, ""):
            return fields[key]
    return None


def _string(value) -> str | None:
    return " ".join(str(value).split()) or None if value is not None else None


def _names(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return [name for item in value if (name := _string(item))]
    return [n.strip() for n in re.split(r";|\band\b|&", str(value)) if n.strip()]


def _day(value, name: str) -> date | None:
    if value is None or isinstance(value, date):
        return value.date() if isinstance(value, datetime) else value
    parsed = parse_day(str(value))
    if parsed is None:
        raise BadInput(f"{name}: front matter date {value!r} is not a date")
    return parsed


def parse_day(value: str) -> date | None:
    """A date from words ("March 3, 2024", "3 March", "2024-03-03"); without a year, the
    latest such day not after today."""
    import dateparser

    settings = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"]}
    parsed = dateparser.parse(value, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


_BYLINE = re.compile(
    r"^\s*[*_]{0,2}\s*By\s+([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
    r"(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})*)\s*[*_]{0,2}\s*$",
    re.M,
)


def byline_authors(text: str) -> list[str]:
    """Authors from a "By Jane Doe and John Roe" line (Markdown emphasis allowed) among the
    first lines of the text."""
    head = "\n".join(text.lstrip().splitlines()[:8])
    match = _BYLINE.search(head)
    if not match:
        return []
    return [n.strip() for n in re.split(r",|\band\b|&", match.group(1)) if n.strip()]


@dataclass
class Dateline:
    place: str
    published: date | None
    outlet: str | None


# "VARNA CITY, March 3 (Northwire) -", "LONDON (Reuters) —", "OSLO, 3 March 2024 -"
_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Z.'’-]+(?:[ \t][A-Z][A-Z.'’-]+)*)"
    r"(?:,[ \t]*(?P<date>(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?)"
    r"(?:,?[ \t]+\d{4})?))?"
    r"[ \t]*(?:\((?P<outlet>[^()\n]{2,60})\))?[ \t]*[-–—]+[ \t]",
    re.M,
)


def read_dateline(text: str) -> Dateline | None:
    """The wire dateline opening one of the first paragraphs, if any."""
    span = dateline_span(text)
    if span is None:
        return None
    match = _DATELINE.match(text, span[0])
    day = parse_day(match.group("date")) if match.group("date") else None
    outlet = match.group("outlet").strip() if match.group("outlet") else None
    return Dateline(match.group("place"), day, outlet)

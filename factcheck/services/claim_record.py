"""A claim as plain data: the one shape every output of a claim is built from.

`claim_record(claim, speaker)` turns a Claim, or a row with the Claim's column names (the
disputes' Core query), into a `ClaimRecord`; `claim_record_of_row` does the same by
position for a Core row that starts with `claim_columns()` (the reports' query). Both go
through one builder. Its fields are the claim's JSON keys (docs/json_keys.md, "claim");
templates read them as attributes.

- `as_json()`: `claims list/show/add --format json|nl`, `articles show`, `sources show`,
  disputes, the desk's JSON, the report documents' claims.
- `as_row()`: the same keys flat, for CSV: a nested object's keys become `<object>_<key>`
  columns (`published_status`, `published_at`, ...), present (empty) when it is null.
- `brief(row)`: the few keys a list of pairs shows (`match`), under the same names.

Reports, exports and the desk's panel load the record with its *context* (the article's
id across versions, title, url and version, the latest review, the live evidence count:
services/reports.py `claim_rows`); a record has those keys only when it was built with them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from operator import attrgetter, itemgetter
from typing import Any

from factcheck.serialize import iso
from factcheck.vocab import Status

# "mostly_true" -> "Mostly true": the status names reports and templates show.
STATUS_LABELS = {s.value: s.value.replace("_", " ").capitalize() for s in Status}


@dataclass(frozen=True, slots=True)
class Published:
    """The verdict an editor published (exports carry only this)."""

    status: str
    at: str | None
    by: str | None
    review_id: int | None


@dataclass(frozen=True, slots=True)
class LastReview:
    """The claim's latest review: who, which verdict, why, when."""

    by: str
    status: str
    note: str | None
    at: str | None


@dataclass(slots=True)
class ClaimRecord:
    """One claim as plain values, never an ORM object (fields in JSON key order)."""

    id: int
    article_id: int  # the article version's row the claim is anchored in
    quote: str
    start: int
    end: int
    prefix: str
    suffix: str
    sentence_start: int | None
    sentence_end: int | None
    claim_text: str
    speaker: str | None  # the speaker's name
    speaker_id: int | None
    citation_id: int | None
    attribution: str
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    speaker_start: int | None
    speaker_end: int | None
    direct_quote: bool
    certainty: str
    checkworthiness: float | None
    claim_type: str
    status: str
    origin: str
    origin_detail: str | None
    orphaned: bool
    stale: bool  # reworded on a newer version since its verdict: asks for a re-review
    dismissed: bool
    dismissed_reason: str | None
    assignee: str | None  # who is to check it (factcheck assign), and by when
    due: str | None
    published: Published | None
    version: int  # the edit version `claims edit --if-version` checks
    created_at: str | None
    updated_at: str | None
    # The context, when the record was loaded with it (reports, exports, the desk).
    article_key: int | None = None  # the article's id across versions
    article_title: str | None = None
    article_url: str | None = None
    article_version: int | None = None
    last_review: LastReview | None = None
    evidence_count: int | None = None  # live (not retracted) evidence
    has_context: bool = False

    # What a highlighted span is: the claim itself (its cue and speaker are FrameSpans).
    role = "claim"

    @property
    def summary(self) -> str:
        """One line for tooltips: status, speaker, attribution, cue, certainty."""
        cue = f" (cue: “{self.cue}”)" if self.cue else ""
        shown = self.published and STATUS_LABELS[self.published.status]
        published = f" (published: {shown})" if shown else ""
        stale = " · stale: reworded since this verdict" if self.stale else ""
        return (
            f"Claim {self.id} · {STATUS_LABELS[self.status]}{published}{stale} · "
            f"speaker: {self.speaker or 'the article / unnamed'} · "
            f"{self.attribution.replace('_', ' ')}{cue} · certainty: {self.certainty}"
        )

    def as_json(self, **extra: Any) -> dict[str, Any]:
        """The claim's JSON object (docs/json_keys.md), its context keys when it has them,
        then `extra` (what `claims show` adds)."""
        keys = _ALL_KEYS if self.has_context else _CLAIM_KEYS
        data = {name: getattr(self, name) for name in keys}
        for name in _OBJECTS:
            if data.get(name) is not None:
                data[name] = _object_json(data[name])
        data.update(extra)
        return data

    def as_row(self, **extra: Any) -> dict[str, Any]:
        """as_json() flat, for CSV: `published` as published_status, published_at,
        published_by and published_review_id, `last_review` as last_review_by,
        last_review_status, last_review_note and last_review_at (empty when null);
        `extra` as given."""
        row: dict[str, Any] = {}
        for name, value in self.as_json().items():
            if name in _OBJECTS:
                for key in _OBJECTS[name]:
                    row[f"{name}_{key}"] = value[key] if value else None
            else:
                row[name] = value
        row.update(extra)
        return row


def _object_json(value: Published | LastReview) -> dict[str, Any]:
    return {f.name: getattr(value, f.name) for f in fields(value)}


# The record's nested objects, and their keys (flattened as <object>_<key> in CSV).
_OBJECTS = {
    "published": tuple(f.name for f in fields(Published)),
    "last_review": tuple(f.name for f in fields(LastReview)),
}
_CONTEXT_KEYS = (
    "article_key",
    "article_title",
    "article_url",
    "article_version",
    "last_review",
    "evidence_count",
)
_ALL_KEYS = tuple(f.name for f in fields(ClaimRecord) if f.name != "has_context")
_CLAIM_KEYS = tuple(name for name in _ALL_KEYS if name not in _CONTEXT_KEYS)


# The Claim columns claim_record() reads, in the record's field order (a Core query of
# claims selects these, claim_columns()); `speaker` and `published` are made from them.
CLAIM_COLUMNS = (
    *_CLAIM_KEYS[: _CLAIM_KEYS.index("speaker")],
    *_CLAIM_KEYS[_CLAIM_KEYS.index("speaker") + 1 : _CLAIM_KEYS.index("published")],
    "published_status",
    "published_at",
    "published_by",
    "published_review_id",
    "lock_version",
    "created_at",
    "updated_at",
)
_SPEAKER = _CLAIM_KEYS.index("speaker")  # where the speaker's name goes in
_PUBLISHED = CLAIM_COLUMNS.index("published_status")
_VERSION = CLAIM_COLUMNS.index("lock_version")
_ENUM_AT = [
    CLAIM_COLUMNS.index(name)
    for name in ("attribution", "certainty", "claim_type", "status", "origin", "published_status")
]
_FLAG_AT = [CLAIM_COLUMNS.index(n) for n in ("direct_quote", "orphaned", "stale", "dismissed")]
_TIME_AT = [CLAIM_COLUMNS.index(n) for n in ("due", "published_at", "created_at", "updated_at")]
_read_columns = attrgetter(*CLAIM_COLUMNS)


def _text(value: Any) -> str | None:
    """An enum column's value, read as an enum (the ORM) or as its stored string (Core)."""
    return None if value is None else getattr(value, "value", value)


def claim_record(claim: Any, speaker: Any = None, **context: Any) -> ClaimRecord:
    """A ClaimRecord of a Claim, or of any row with the Claim's column names.

    `speaker`: the speaker's name, or its Source (None: the claim has none, or the caller
    does not show it). `context`: any of the context fields (article_key, article_title,
    article_url, article_version, last_review, evidence_count); given, the record's JSON
    carries all of them."""
    return _record(_read_columns(claim), speaker, context)


def claim_record_of_row(row: Sequence[Any], speaker: Any = None, **context: Any) -> ClaimRecord:
    """claim_record() of a Core row that starts with claim_columns(): read by position,
    ten times faster than by name (a report builds 10,000 records a loop)."""
    return _record(row[: len(CLAIM_COLUMNS)], speaker, context)


def claim_records(rows: Sequence[Any], speaker: str) -> list[ClaimRecord]:
    """claim_record(row, getattr(row, speaker)) of each Core row with the Claim's column
    names (claims list's), read by position: one itemgetter made from the rows' keys serves
    them all, where looking 40 columns up by name on each Row took ~20 µs a row."""
    if not rows:
        return []
    keys = rows[0]._fields
    read = itemgetter(*(keys.index(name) for name in (*CLAIM_COLUMNS, speaker)))
    return [_record(columns[:-1], columns[-1], {}) for columns in map(read, rows)]


def claim_columns() -> list:
    """The Claim columns claim_record reads, in its order, enums as their stored strings."""
    from sqlalchemy import Enum, String, type_coerce

    from factcheck.tables import claims

    columns = (claims.c[name] for name in CLAIM_COLUMNS)
    return [
        type_coerce(column, String).label(column.name) if isinstance(column.type, Enum) else column
        for column in columns
    ]


def _record(columns: Sequence[Any], speaker: Any, context: dict[str, Any]) -> ClaimRecord:
    # By position, not by keyword: the record's fields are CLAIM_COLUMNS in the same order,
    # the speaker's name put in after claim_text and the published_* columns made one.
    if speaker is not None and not isinstance(speaker, str):
        speaker = speaker.name
    v = list(columns)
    for i in _ENUM_AT:
        if v[i] is not None and type(v[i]) is not str:
            v[i] = v[i].value  # an enum (the ORM); Core rows read the stored string
    for i in _FLAG_AT:
        v[i] = bool(v[i])
    for i in _TIME_AT:
        if v[i] is not None:
            v[i] = iso(v[i])
    published = None if v[_PUBLISHED] is None else Published(*v[_PUBLISHED:_VERSION])
    return ClaimRecord(
        *v[:_SPEAKER],
        speaker,
        *v[_SPEAKER:_PUBLISHED],
        published,
        *v[_VERSION:],
        has_context=bool(context),
        **context,
    )


def claim_json(claim: Any, speaker: Any = None) -> dict[str, Any]:
    """claim_record(claim, speaker).as_json(): a claim's JSON object, no context."""
    return claim_record(claim, speaker).as_json()


def brief(row: Any, **extra: Any) -> dict[str, Any]:
    """The claim keys a list of pairs shows (`match`: from and to), as as_json() names and
    writes them; `row` has the claim's columns and `speaker`, the speaker's name."""
    return {
        "id": row.id,
        "article_id": row.article_id,
        "quote": row.quote,
        "speaker": row.speaker,
        "attribution": _text(row.attribution),
        "status": _text(row.status),
        **extra,
    }

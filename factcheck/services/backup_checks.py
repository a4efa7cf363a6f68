"""A restore proves the backup first: every value typed and in range, anchors and hashes true."""

from __future__ import annotations

import hashlib
import json
import math
from collections import OrderedDict
from datetime import date, datetime
from types import SimpleNamespace
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    Integer,
    String,
    Table,
    UniqueConstraint,
    select,
)
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import Session

from factcheck.anchoring import CONTEXT_CHARS
from factcheck.errors import BadInput
from factcheck.extract.types import OFFSET_FIELDS
from factcheck.models import Article
from factcheck.services.common import MAX_ID
from factcheck.services.reviews import GENESIS_HASH, hash_of

INT_MIN, INT_MAX = -(2**31), 2**31 - 1  # INTEGER on PostgreSQL (and what SQLite keeps exact)
HEX64 = frozenset("0123456789abcdef")


class BadRecord(BadInput):
    """One line of the backup is wrong; the message names it."""


def parse_json(line: str, number: int) -> Any:
    """json.loads, refusing NaN and Infinity (no database column holds them honestly)."""

    def constant(name: str) -> Any:
        raise BadRecord(f"line {number}: {name} is not a number a ledger can hold")

    try:
        return json.loads(line, parse_constant=constant)
    except json.JSONDecodeError as exc:
        raise BadRecord(f"line {number}: not JSON ({exc.msg})") from None
    except ValueError as exc:  # e.g. an integer of more than 4300 digits
        raise BadRecord(f"line {number}: not JSON ({exc})") from None
    except RecursionError:
        raise BadRecord(f"line {number}: nested too deeply") from None


def typed_row(table: Table, record: dict[str, Any], number: int, kind: str) -> dict[str, Any]:
    """The record's values as the columns' Python types, or a refusal naming the field."""
    missing = [c.name for c in table.c if not c.nullable and record.get(c.name) is None]
    if missing:
        raise BadRecord(f"line {number}: {kind} lacks {', '.join(missing)}")
    return {key: _value(table.c[key], value, number, kind) for key, value in record.items()}


def _value(column, value: Any, number: int, kind: str) -> Any:
    if value is None:
        return None
    where = f"line {number}: {kind}.{column.name}"
    kind_of = column.type
    if isinstance(kind_of, SAEnum):
        if not isinstance(value, str) or value not in kind_of.enums:
            raise BadRecord(f"{where} is {value!r}, not one of {', '.join(kind_of.enums)}")
        return kind_of.enum_class(value) if kind_of.enum_class else value
    if isinstance(kind_of, Boolean):
        if not isinstance(value, bool):
            raise BadRecord(f"{where} must be true or false, not {value!r}")
        return value
    if isinstance(kind_of, Integer):
        return _integer(column, value, where)
    if isinstance(kind_of, Float):
        return _number(value, where)
    if isinstance(kind_of, DateTime | Date):
        return _moment(kind_of, value, where)
    if isinstance(kind_of, JSON) and column.name in ("model", "payload"):
        # a triage fit (triage_weights.model), or what a ledger event records: an object
        if not isinstance(value, dict):
            raise BadRecord(f"{where} must be an object")
        return value
    if isinstance(kind_of, JSON):
        if not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            raise BadRecord(f"{where} must be a list of strings")
        if not all(_encodable(v) and "\x00" not in v for v in value):
            raise BadRecord(f"{where} holds text that cannot be stored")
        return value
    if isinstance(kind_of, String):
        return _string(kind_of, value, where)
    return value


def _integer(column, value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise BadRecord(f"{where} must be a whole number, not {value!r}")
    low = 1 if column.primary_key or column.foreign_keys else INT_MIN
    high = MAX_ID if column.primary_key or column.foreign_keys else INT_MAX
    if column.name in OFFSET_FIELDS or column.name in ("seq", "version", "lock_version"):
        low = 0
    if not low <= value <= high:
        raise BadRecord(f"{where} is {value}, outside {low}..{high}")
    return value


def _number(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise BadRecord(f"{where} must be a number, not {value!r}")
    try:
        number = float(value)
    except OverflowError:  # an integer too large for any float
        number = math.inf
    if not math.isfinite(number):
        raise BadRecord(f"{where} must be a finite number")
    return number


def _moment(kind_of, value: Any, where: str) -> date | datetime:
    parse = datetime.fromisoformat if isinstance(kind_of, DateTime) else date.fromisoformat
    try:
        if not isinstance(value, str):
            raise TypeError
        return parse(value)
    except (TypeError, ValueError):
        raise BadRecord(f"{where} is not a valid date: {value!r}") from None


def _string(kind_of, value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise BadRecord(f"{where} must be text, not {value!r}")
    if "\x00" in value:
        raise BadRecord(f"{where} contains a NUL character")
    if not _encodable(value):
        raise BadRecord(f"{where} is not valid Unicode text (lone surrogate)")
    if kind_of.length is not None and len(value) > kind_of.length:
        raise BadRecord(f"{where} is longer than {kind_of.length} characters")
    return value


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


class Ledger:
    """What the lines read so far say: ids, unique values, the review chain, the anchors."""

    def __init__(self, session: Session, tables: dict[str, Table]) -> None:
        self.session = session
        self.tables = tables
        self.ids: dict[str, dict[int, int]] = {kind: {} for kind in tables}
        self.kind_of_table = {table.name: kind for kind, table in tables.items()}
        self.unique: dict[tuple[str, tuple[str, ...]], set] = {}
        self.texts: OrderedDict[int, str] = OrderedDict()  # a few article texts, for anchors
        self.claim_status: dict[int, str] = {}
        self.latest_review: dict[int, str] = {}
        self.seq, self.head = 0, GENESIS_HASH
        self.event_seq, self.event_head = 0, GENESIS_HASH
        self.current_slugs: set[str] = set()

    def check(self, kind: str, row: dict[str, Any], number: int) -> None:
        """Refuse the line if it breaks a key, a reference or what its table must hold."""
        table = self.tables[kind]
        self._keys(kind, table, row, number)
        getattr(self, f"_check_{kind}", lambda _row, _number: None)(row, number)
        self.ids[kind][row.get("id", row.get("seq"))] = number

    def _keys(self, kind: str, table: Table, row: dict[str, Any], number: int) -> None:
        if row.get("id") in self.ids[kind]:
            first = self.ids[kind][row["id"]]
            raise BadRecord(f"line {number}: {kind} id {row['id']} already on line {first}")
        for column in table.c:
            for fk in column.foreign_keys:
                value = row.get(column.name)
                parent = self.kind_of_table[fk.column.table.name]
                if value is not None and value not in self.ids[parent]:
                    raise BadRecord(
                        f"line {number}: {kind}.{column.name} {value} names no {parent} before it"
                    )
        for names in _unique_sets(table):
            values = tuple(row.get(name) for name in names)
            if None in values:
                continue
            seen = self.unique.setdefault((kind, names), set())
            if values in seen:
                raise BadRecord(f"line {number}: {kind} {'/'.join(names)} {values} repeats")
            seen.add(values)

    def _check_article(self, row: dict[str, Any], number: int) -> None:
        if row["is_current"]:  # one current version per article, or lookups pick either
            if row["slug"] in self.current_slugs:
                raise BadRecord(f"line {number}: a second current version of {row['slug']!r}")
            self.current_slugs.add(row["slug"])
        sha = row["sha256"]
        if len(sha) != 64 or not set(sha) <= HEX64:
            raise BadRecord(f"line {number}: article sha256 is not a sha256")
        # For txt/md the stored text is the file as decoded, so its hash must be the file's;
        # for HTML the hash is of the page, which is not stored.
        if row.get("format", "txt") != "html":
            actual = hashlib.sha256(row["text"].encode("utf-8")).hexdigest()
            if actual != sha:
                raise BadRecord(
                    f"line {number}: article {row['id']} text does not match its sha256"
                )

    def _check_claim(self, row: dict[str, Any], number: int) -> None:
        text = self._text(row["article_id"])
        start, end = row["start"], row["end"]
        where = f"line {number}: claim {row['id']}"
        if not 0 <= start <= end <= len(text):
            raise BadRecord(f"{where}: offsets {start}-{end} outside its article")
        if text[start:end] != row["quote"]:
            raise BadRecord(f"{where}: article text[{start}:{end}] is not its quote")
        prefix = text[max(0, start - CONTEXT_CHARS) : start]
        suffix = text[end : end + CONTEXT_CHARS]
        if row.get("prefix", prefix) != prefix or row.get("suffix", suffix) != suffix:
            raise BadRecord(f"{where}: prefix/suffix are not the text around its quote")
        for first, last in (
            ("sentence_start", "sentence_end"),
            ("cue_start", "cue_end"),
            ("speaker_start", "speaker_end"),
        ):
            a, b = row.get(first), row.get(last)
            if (a is None) != (b is None) and first != "sentence_start":
                raise BadRecord(f"{where}: {first}/{last} must both be set or both empty")
            if a is not None and b is not None and not 0 <= a <= b <= len(text):
                raise BadRecord(f"{where}: {first}-{last} {a}-{b} outside its article")
        self.claim_status[row["id"]] = str(row["status"])

    def _check_review(self, row: dict[str, Any], number: int) -> None:
        where = f"line {number}: review {row['id']}"
        if row["seq"] != self.seq + 1:
            raise BadRecord(f"{where}: sequence {row['seq']}, expected {self.seq + 1}")
        if row["prev_hash"] != self.head:
            raise BadRecord(f"{where}: previous-hash link broken (the chain was altered)")
        if hash_of(SimpleNamespace(**row)) != row["hash"]:
            raise BadRecord(f"{where}: content does not match its hash")
        self.seq, self.head = row["seq"], row["hash"]
        self.latest_review[row["claim_id"]] = str(row["status"])

    def _check_ledger_event(self, row: dict[str, Any], number: int) -> None:
        from factcheck.services.ledger_events import hash_of_event

        where = f"line {number}: ledger event {row['seq']}"
        if row["seq"] != self.event_seq + 1 or row["prev_hash"] != self.event_head:
            raise BadRecord(f"{where}: not the next event of the trail (the chain was altered)")
        if hash_of_event(SimpleNamespace(**row)) != row["hash"]:
            raise BadRecord(f"{where}: content does not match its hash")
        self.event_seq, self.event_head = row["seq"], row["hash"]

    def _text(self, article_id: int) -> str:
        text = self.texts.get(article_id)
        if text is None:
            text = self.session.scalar(select(Article.text).where(Article.id == article_id))
            self.texts[article_id] = text
            if len(self.texts) > 8:
                self.texts.popitem(last=False)
        return text

    def finish(self) -> None:
        """What only the whole backup can show: each claim's status is its latest verdict."""
        for claim_id, status in self.claim_status.items():
            expected = self.latest_review.get(claim_id, "unverified")
            if status != expected:
                number = self.ids["claim"][claim_id]
                raise BadRecord(
                    f"line {number}: claim {claim_id} has status {status} but its latest "
                    f"review says {expected}"
                )


def _unique_sets(table: Table) -> list[tuple[str, ...]]:
    """Each unique key of the table once (unique=True columns are constraints too)."""
    sets = {(c.name,) for c in table.c if c.unique}
    sets |= {
        tuple(c.name for c in constraint.columns)
        for constraint in table.constraints
        if isinstance(constraint, UniqueConstraint)
    }
    return sorted(sets)

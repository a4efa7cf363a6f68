"""Replay the ledger's trail: check its hash chain, rebuild the state it describes and name
every row of current state the events do not explain."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from factcheck.models import Article, Claim, Evidence, LedgerEvent, Link, Review
from factcheck.services.ledger_events import GENESIS_HASH, hash_of_event
from factcheck.services.trail import (
    ARTICLE_FIELDS,
    CLAIM_FIELDS,
    EVIDENCE_FIELDS,
    LINK_FIELDS,
    REVIEW_FIELDS,
    claim_state,
    evidence_state,
    link_state,
    plain,
)

# Past this many, the rest are counted but not listed.
MAX_LISTED = 200


@dataclass
class TrailCheck:
    events_checked: int = 0
    head_seq: int = 0
    head_hash: str = GENESIS_HASH
    chain_break: str | None = None
    errors: list[str] = field(default_factory=list)
    error_count: int = 0
    # every (seq, hash) of the chain, for checkpoints: kept only when asked for
    hashes: dict[int, str] | None = None

    @property
    def ok(self) -> bool:
        return self.chain_break is None and not self.error_count

    def wrong(self, message: str) -> None:
        self.error_count += 1
        if len(self.errors) < MAX_LISTED:
            self.errors.append(message)


@dataclass
class _State:
    """What the events say each row holds, and the last event that said so."""

    rows: dict[str, dict[int, dict[str, Any]]] = field(
        default_factory=lambda: {k: {} for k in ("article", "claim", "review", "evidence", "link")}
    )
    last: dict[tuple[str, int], int] = field(default_factory=dict)

    def create(self, kind: str, ident: int, values: dict, seq: int, check: TrailCheck) -> None:
        if ident in self.rows[kind]:
            check.wrong(f"event {seq} creates {kind} {ident} a second time (forged event?)")
        self.rows[kind][ident] = values
        self.last[kind, ident] = seq

    def change(self, kind: str, ident, seq: int, check: TrailCheck, **values) -> None:
        row = self.rows[kind].get(ident)
        if row is None:
            check.wrong(f"event {seq} changes {kind} {ident}, which no event created")
            return
        row.update(values)
        self.last[kind, ident] = seq


def check_trail(session: Session, *, keep_hashes: bool = False) -> TrailCheck:
    """The chain (seq 1, 2, ... each linked to the one before, each hash its content), then
    every claim, review, evidence, link and article row against what the events say."""
    check = TrailCheck(hashes={} if keep_hashes else None)
    state = _State()
    expected_prev = GENESIS_HASH
    for event in _ordered(session):
        check.events_checked += 1
        if check.chain_break is None:
            check.chain_break = _link_error(event, check.events_checked, expected_prev)
        expected_prev = event.hash
        check.head_seq, check.head_hash = event.seq, event.hash
        if check.hashes is not None:
            check.hashes[event.seq] = event.hash
        _apply(state, event, check)
    _compare(session, state, check)
    return check


def _ordered(session: Session):
    table = LedgerEvent.__table__
    query = select(table).order_by(table.c.seq).execution_options(yield_per=2000)
    return session.execute(query)


def _link_error(event: LedgerEvent, expected_seq: int, expected_prev: str) -> str | None:
    if event.seq != expected_seq:
        return f"event {event.seq}: expected event {expected_seq} here (an event is missing)"
    if event.prev_hash != expected_prev:
        return f"event {event.seq} ({event.kind}): does not link to the event before it"
    if hash_of_event(event) != event.hash:
        what = f"event {event.seq} ({event.kind})"
        return f"{what}: its content does not match its hash (edited or forged)"
    return None


# --- replaying each kind ------------------------------------------------------------------------


def _claim_created(state: _State, e: LedgerEvent, p: dict, check: TrailCheck) -> None:
    values = {name: p.get(name) for name in CLAIM_FIELDS}
    values["status"] = p.get("status") or "unverified"
    values["dismissed"] = bool(p.get("dismissed"))
    values["orphaned"] = bool(p.get("orphaned"))
    state.create("claim", e.claim_id, values, e.seq, check)


def _review(state: _State, e: LedgerEvent, p: dict, check: TrailCheck) -> None:
    values = {name: p.get(name) for name in REVIEW_FIELDS}
    values["claim_id"] = e.claim_id
    state.create("review", p.get("review_id"), values, e.seq, check)
    state.change("claim", e.claim_id, e.seq, check, status=p.get("status"))


def _apply(state: _State, e: LedgerEvent, check: TrailCheck) -> None:
    p = e.payload if isinstance(e.payload, dict) else {}
    handler = _HANDLERS.get(e.kind)
    if handler is None:
        check.wrong(f"event {e.seq}: unknown kind {e.kind!r}")
        return
    handler(state, e, p, check)


def _claim(**values) -> Callable:
    """An event that sets claim columns, from the payload (str: a payload key) or constants."""

    def handler(state, e, p, check):
        resolved = {k: p.get(v[1:]) if isinstance(v, str) and v[:1] == "$" else v
                    for k, v in values.items()}  # fmt: skip
        state.change("claim", e.claim_id, e.seq, check, **resolved)

    return handler


def _edited(state, e, p, check) -> None:
    state.change("claim", e.claim_id, e.seq, check, **{p.get("column"): p.get("value")})


def _reanchored(state, e, p, check) -> None:
    moved = {k: p.get(k) for k in ("start", "end", "quote", "claim_text")}
    state.change("claim", e.claim_id, e.seq, check, article_id=e.article_id, **moved)


def _entity(kind: str, key: str, **values) -> Callable:
    def handler(state, e, p, check):
        resolved = {k: p.get(v[1:]) if isinstance(v, str) and v[:1] == "$" else v
                    for k, v in values.items()}  # fmt: skip
        state.change(kind, p.get(key), e.seq, check, **resolved)

    return handler


def _created(kind: str, key: str, names: tuple[str, ...]) -> Callable:
    def handler(state, e, p, check):
        ident = e.article_id if kind == "article" else p.get(key)
        state.create(kind, ident, {n: p.get(n) for n in names}, e.seq, check)

    return handler


_HANDLERS: dict[str, Callable] = {
    "article_version": _created("article", "article_id", ARTICLE_FIELDS),
    "claim_created": _claim_created,
    "claim_edited": _edited,
    "claim_reanchored": _reanchored,
    "claim_orphaned": _claim(orphaned=True),
    "claim_dismissed": _claim(dismissed=True, dismissed_reason="$reason"),
    "claim_restored": _claim(dismissed=False, dismissed_reason=None),
    "review": _review,
    "publish": _claim(published_status="$status", published_review_id="$review_id"),
    "assignment": _claim(assignee="$assignee", due="$due"),
    "evidence_added": _created("evidence", "evidence_id", EVIDENCE_FIELDS),
    "evidence_retracted": _entity("evidence", "evidence_id", retracted=True,
                                  retracted_reason="$reason"),
    "link_added": _created("link", "link_id", LINK_FIELDS),
    "link_removed": _entity("link", "link_id", removed=True, removed_reason="$reason"),
    "link_restored": _entity("link", "link_id", removed=False, removed_reason=None),
    "legacy": lambda state, e, p, check: None,  # history from before the trail: no state
}  # fmt: skip


# --- comparing with the tables -------------------------------------------------------------------


# The columns each state function reads: plain column rows, not ORM objects (fast and
# light over millions of rows).
_COLUMNS = {
    "article": ("slug", "version", "sha256", "text"),
    "claim": CLAIM_FIELDS,
    "review": REVIEW_FIELDS,
    "evidence": (*EVIDENCE_FIELDS[:8], "retracted_at", "retracted_reason"),
    "link": ("from_claim_id", "to_claim_id", "relation", "removed_at", "removed_reason"),
}


def _compare(session: Session, state: _State, check: TrailCheck) -> None:
    tables = (
        ("article", Article, _article_state),
        ("claim", Claim, claim_state),
        ("review", Review, _review_state),
        ("evidence", Evidence, evidence_state),
        ("link", Link, link_state),
    )
    for kind, model, current in tables:
        expected = state.rows[kind]
        seen = set()
        columns = [model.id, *(getattr(model, name) for name in _COLUMNS[kind])]
        query = select(*columns).order_by(model.id).execution_options(yield_per=2000)
        for row in session.execute(query):
            seen.add(row.id)
            want = expected.get(row.id)
            if want is None:
                check.wrong(f"{kind} {row.id}: no event records it (inserted outside factcheck)")
                continue
            _diff(kind, row.id, current(row), want, state.last[kind, row.id], check)
        for ident in sorted(set(expected) - seen, key=lambda i: (i is None, i or 0)):
            seq = state.last[kind, ident]
            check.wrong(f"{kind} {ident}: deleted (the trail has it, last at event {seq})")


def _diff(kind: str, ident: int, have: dict, want: dict, seq: int, check: TrailCheck) -> None:
    for name, expected in want.items():
        actual = have.get(name)
        if plain(actual) != expected:
            check.wrong(
                f"{kind} {ident}: {name} is {_show(actual)}, the trail says {_show(expected)} "
                f"(last event {seq})"
            )


def _show(value: Any) -> str:
    text = repr(plain(value))
    return text if len(text) <= 60 else text[:59] + "…'"


def _article_state(article) -> dict[str, Any]:
    state = {name: plain(getattr(article, name)) for name in ARTICLE_FIELDS}
    if hashlib.sha256(article.text.encode("utf-8")).hexdigest() != article.sha256:
        state["sha256"] = "(text no longer matches its sha256)"
    return state


def _review_state(review) -> dict[str, Any]:
    return {name: plain(getattr(review, name)) for name in REVIEW_FIELDS}

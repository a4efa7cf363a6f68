"""Two processes reviewing and editing the same claims at once lose nothing (SQLite and PG)."""

from __future__ import annotations

import itertools
import random
import time
import traceback
from collections import defaultdict

import pytest
from sqlalchemy import func, select

from factcheck.db import session_scope
from factcheck.errors import ConflictError
from factcheck.models import Claim, ClaimEvent, Review
from factcheck.retry import is_transient, run_in_transaction
from factcheck.services.articles import ArticleInput, store_article
from factcheck.services.audit import verify_ledger
from factcheck.services.claims import NewClaim, add_claim, edit_claim, get_claim
from factcheck.services.reviews import add_review
from factcheck.vocab import Status
from tests.workers import run_workers

ROUNDS = 100
WORKERS = 2
STATUSES = [s for s in Status if s is not Status.UNVERIFIED]
ARTICLE = (
    "Harbor Times. The Ministry of Ports said 30 ships docked at Grey Harbor last week. "
    "Dockworkers reportedly staged a two-day strike. The mayor claimed the strike cost "
    "the city 4 million crowns. Port records show only 3 vessels arrived."
)
QUOTES = [
    "30 ships docked at Grey Harbor last week",
    "Dockworkers reportedly staged a two-day strike",
    "the strike cost the city 4 million crowns",
    "Port records show only 3 vessels arrived",
]


@pytest.fixture
def claim_ids(db_url) -> list[int]:
    with session_scope(db_url) as session:
        article, _ = store_article(session, ArticleInput(text=ARTICLE, filename="harbor.txt"))
        claims = [
            add_claim(session, article_id=article.id, data=NewClaim(q), actor="setup")
            for q in QUOTES
        ]
        return [c.id for c in claims]


# --- what each process does (module-level: 'spawn' imports them by name) -----------------


def _review_once(url: str, worker: int, claim_id: int, i: int) -> None:
    with session_scope(url) as session:
        add_review(
            session,
            claim_id=claim_id,
            status=STATUSES[(i + worker) % len(STATUSES)],
            rationale=f"worker {worker} review {i}",
            reviewer=f"worker{worker}",
            override=True,  # two reviewers at once on purpose
        )


def _edit_optimistically(url: str, worker: int, claim_id: int, i: int) -> tuple[tuple, int]:
    """Read the claim, then edit it in a second transaction with the version just read,
    as a person does; on a conflict read again. Returns (the committed edit, conflicts)."""
    new_text = f"claim {claim_id} as worded by worker {worker} in round {i}"
    conflicts = 0
    for _attempt in range(200):
        with session_scope(url) as session:
            version = get_claim(session, claim_id).lock_version
        try:
            with session_scope(url) as session:
                claim, _ = edit_claim(
                    session,
                    claim_id=claim_id,
                    changes={"claim_text": new_text},
                    actor=f"worker{worker}",
                    expected_version=version,
                )
                committed = (claim_id, new_text, claim.lock_version)
            return committed, conflicts
        except Exception as exc:
            if not is_transient(exc):
                raise
            conflicts += 1
            time.sleep(random.uniform(0, 0.01))
    raise AssertionError(f"worker {worker}: edit of claim {claim_id} never got through")


def _reviews_and_edits(url, worker, claim_ids, barrier, results, with_edits, retry_reviews):
    try:
        barrier.wait(timeout=60)
        edits, edit_conflicts, review_failures = [], 0, []
        for i in range(ROUNDS):
            claim_id = claim_ids[i % len(claim_ids)]  # both on the same claim at once
            if retry_reviews:
                run_in_transaction(
                    url, lambda s, c=claim_id, i=i: _review_in(s, worker, c, i), attempts=10
                )
            else:
                try:
                    _review_once(url, worker, claim_id, i)
                except Exception as exc:  # counted: the test says how many and why
                    review_failures.append(f"{type(exc).__name__}: {exc}"[:300])
            if with_edits:
                committed, conflicts = _edit_optimistically(url, worker, claim_id, i)
                edits.append(committed)
                edit_conflicts += conflicts
        results.put(("ok", worker, edits, edit_conflicts, review_failures))
    except BaseException:
        results.put(("error", worker, traceback.format_exc()))


def _review_in(session, worker: int, claim_id: int, i: int) -> None:
    add_review(
        session,
        claim_id=claim_id,
        status=STATUSES[(i + worker) % len(STATUSES)],
        rationale=f"worker {worker} review {i}",
        reviewer=f"worker{worker}",
        override=True,
    )


def _run_workers(url: str, claim_ids: list[int], *, with_edits: bool, retry_reviews: bool):
    outcomes = run_workers(
        _reviews_and_edits,
        lambda n, barrier, results: (
            url,
            n,
            claim_ids,
            barrier,
            results,
            with_edits,
            retry_reviews,
        ),
        WORKERS,
    )
    errors = [o[2] for o in outcomes if o[0] == "error"]
    assert not errors, "\n".join(errors)
    return outcomes


# --- the tests ------------------------------------------------------------------------------


def test_concurrent_reviews_never_fail_and_keep_one_chain(db_url, claim_ids):
    """No retries at all: the ledger lock alone must make concurrent reviews succeed."""
    outcomes = _run_workers(db_url, claim_ids, with_edits=False, retry_reviews=False)

    failures = [f for o in outcomes for f in o[4]]
    assert failures == []
    with session_scope(db_url) as session:
        assert session.scalar(select(func.count()).select_from(Review)) == WORKERS * ROUNDS
        result = verify_ledger(session)
        assert result.ok, result.chain_break
        assert result.reviews_checked == WORKERS * ROUNDS
        seqs = session.scalars(select(Review.seq).order_by(Review.seq)).all()
        assert seqs == list(range(1, WORKERS * ROUNDS + 1))
        _assert_one_trail(result, reviews=WORKERS * ROUNDS, edits=0)


def test_concurrent_edits_never_make_a_review_fail(db_url, claim_ids):
    """A verdict does not depend on the claim's wording: an edit committed meanwhile must not
    make a review fail (no retries here)."""
    outcomes = _run_workers(db_url, claim_ids, with_edits=True, retry_reviews=False)

    failures = [f for o in outcomes for f in o[4]]
    assert failures == []
    with session_scope(db_url) as session:
        assert session.scalar(select(func.count()).select_from(Review)) == WORKERS * ROUNDS
        result = verify_ledger(session)
        assert result.ok
        _assert_one_trail(result, reviews=WORKERS * ROUNDS, edits=WORKERS * ROUNDS)


def test_concurrent_reviews_and_edits_lose_nothing(db_url, claim_ids):
    outcomes = _run_workers(db_url, claim_ids, with_edits=True, retry_reviews=True)

    committed = [edit for o in outcomes for edit in o[2]]
    assert len(committed) == WORKERS * ROUNDS
    with session_scope(db_url) as session:
        rationales = set(session.scalars(select(Review.rationale)))
        assert rationales == {
            f"worker {w} review {i}" for w in range(WORKERS) for i in range(ROUNDS)
        }
        result = verify_ledger(session)
        assert result.ok, result.chain_break
        assert result.reviews_checked == WORKERS * ROUNDS
        for claim_id, edits in _by_claim(committed).items():
            _assert_no_lost_update(session, claim_id, edits)
        _assert_one_trail(result, reviews=WORKERS * ROUNDS, edits=WORKERS * ROUNDS)


def _assert_one_trail(result, *, reviews: int, edits: int) -> None:
    """Every write of every process is one event of one unforked chain that explains the
    claims' state (the article and its claims come first)."""
    trail = result.trail
    assert trail.chain_break is None and trail.errors == []
    assert trail.events_checked == trail.head_seq == 1 + len(QUOTES) + reviews + edits


def _by_claim(committed: list[tuple]) -> dict[int, list[tuple]]:
    grouped = defaultdict(list)
    for claim_id, new_text, version in committed:
        grouped[claim_id].append((version, new_text))
    return grouped


def _assert_no_lost_update(session, claim_id: int, edits: list[tuple[int, str]]) -> None:
    events = session.scalars(
        select(ClaimEvent)
        .where(ClaimEvent.claim_id == claim_id, ClaimEvent.action == "edit")
        .order_by(ClaimEvent.id)
    ).all()
    # Every edit a worker saw committed is recorded, and nothing else.
    assert sorted(e.new_value for e in events) == sorted(text for _, text in edits)
    # Each edit started from the previous one's result: none was overwritten unseen.
    for before, after in itertools.pairwise(events):
        assert after.old_value == before.new_value
    # Versions never repeat: two edits could not both commit on the same version.
    versions = [version for version, _ in edits]
    assert len(set(versions)) == len(versions)
    claim = session.get(Claim, claim_id)
    last_committed = max(edits)[1]
    assert claim.claim_text == last_committed == events[-1].new_value


def test_stale_version_is_a_conflict_the_user_can_retry(db_url, claim_ids):
    claim_id = claim_ids[0]
    with session_scope(db_url) as session:
        version = get_claim(session, claim_id).lock_version
    with session_scope(db_url) as session:
        edit_claim(
            session,
            claim_id=claim_id,
            changes={"claim_text": "first"},
            actor="a",
            expected_version=version,
        )
    with pytest.raises(ConflictError, match="retry"), session_scope(db_url) as session:
        edit_claim(
            session,
            claim_id=claim_id,
            changes={"claim_text": "second"},
            actor="b",
            expected_version=version,
        )
    with session_scope(db_url) as session:
        assert get_claim(session, claim_id).claim_text == "first"
        events = session.scalars(select(ClaimEvent).where(ClaimEvent.claim_id == claim_id))
        assert [e.new_value for e in events] == ["first"]


# --- the retry helper itself ----------------------------------------------------------------


class _Locked(Exception):
    sqlstate = "40001"  # what psycopg puts on a serialization failure

    def __str__(self) -> str:
        return "could not serialize access due to concurrent update"


def test_retry_rolls_back_each_failed_attempt_and_commits_the_last(db_url, claim_ids):
    calls = []

    def review_then_maybe_lose_a_race(session):
        calls.append(1)
        _review_in(session, 0, claim_ids[0], len(calls))
        if len(calls) < 3:
            raise ConflictError("someone else got there first")
        return len(calls)

    assert run_in_transaction(db_url, review_then_maybe_lose_a_race, base_delay=0) == 3
    with session_scope(db_url) as session:
        assert session.scalars(select(Review.rationale)).all() == ["worker 0 review 3"]


def test_retry_gives_up_with_a_conflict_the_user_can_retry(db_url, claim_ids):
    from sqlalchemy.exc import OperationalError

    calls = []

    def always_locked(session):
        calls.append(1)
        raise OperationalError("UPDATE claims ...", {}, _Locked())

    with pytest.raises(ConflictError, match=r"could not serialize.*3 attempts; retry"):
        run_in_transaction(db_url, always_locked, attempts=3, base_delay=0)
    assert len(calls) == 3


def test_retry_does_not_repeat_a_user_mistake(db_url):
    from factcheck.errors import NotFound

    calls = []

    def missing(session):
        calls.append(1)
        get_claim(session, 999)

    with pytest.raises(NotFound):
        run_in_transaction(db_url, missing, base_delay=0)
    assert len(calls) == 1


@pytest.mark.parametrize(
    ("orig", "transient"),
    [
        (_Locked(), True),
        (Exception("database is locked"), True),
        (Exception("no such table: claims"), False),
    ],
)
def test_which_database_errors_are_worth_a_retry(orig, transient):
    from sqlalchemy.exc import OperationalError

    assert is_transient(OperationalError("SELECT 1", {}, orig)) is transient

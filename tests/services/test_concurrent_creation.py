"""Four processes creating the same new source, alias, link or article at once: no errors.

Runs on SQLite and, with FACTCHECK_TEST_PG_URL, on PostgreSQL (where the race was real).
"""

from __future__ import annotations

import traceback
from pathlib import Path

import pytest
from sqlalchemy import func, select

from factcheck.db import session_scope
from factcheck.models import Article, Link, Source, SourceAlias
from factcheck.services.articles import ArticleInput, store_article
from factcheck.services.claims import NewClaim, add_claim
from tests.workers import run_workers

WORKERS = 4
ROUNDS = 12
ARTICLE = (
    "The Ministry of Ports said 30 ships docked at Grey Harbor last week. "
    "Dockworkers reportedly staged a two-day strike."
)


def _speaker(i: int) -> str:
    return f"Harbour Council {i}"


def _create_everything(url: str, worker: int, barrier, results) -> None:
    from factcheck.services.ingest_pipeline import store
    from factcheck.services.links import add_link
    from factcheck.services.sources import add_alias
    from factcheck.vocab import Relation

    try:
        outcomes, failures = [], []
        for i in range(ROUNDS):
            barrier.wait(timeout=60)  # all four start each round together
            steps = [
                lambda s, i=i: add_claim(
                    s,
                    article_id=1,
                    data=NewClaim("30 ships docked", speaker=_speaker(i)),
                    actor=f"w{worker}",
                ),
                lambda s, i=i: add_alias(s, source_ref=_speaker(i), alias=f"the council {i}"),
                lambda s: add_link(
                    s, from_id=1, to_id=2, relation=Relation.SUPPORTS, created_by=f"w{worker}"
                ),
            ]
            for step in steps:
                try:
                    with session_scope(url) as session:
                        step(session)
                except Exception as exc:
                    failures.append(f"round {i}: {type(exc).__name__}: {exc}"[:300])
            data = ArticleInput(
                text=f"Round {i}: the port said ships were late.", filename=f"round{i}.txt"
            )
            result = store(Path(f"round{i}.txt"), data, None, None, url)
            outcomes.append(result.outcome)
            if result.error:
                failures.append(f"round {i} ingest: {result.error}")
        results.put(("ok", worker, outcomes, failures))
    except BaseException:
        results.put(("error", worker, traceback.format_exc(), []))


@pytest.fixture
def two_claims(db_url) -> None:
    with session_scope(db_url) as session:
        article, _ = store_article(session, ArticleInput(text=ARTICLE, filename="harbor.txt"))
        for quote in ("30 ships docked", "staged a two-day strike"):
            add_claim(session, article_id=article.id, data=NewClaim(quote), actor="setup")


def test_four_processes_creating_the_same_rows_all_succeed(db_url, two_claims):
    outcomes = run_workers(
        _create_everything, lambda n, barrier, results: (db_url, n, barrier, results), WORKERS
    )
    assert [o[2] for o in outcomes if o[0] == "error"] == []
    assert [f for o in outcomes for f in o[3]] == []
    per_round = list(zip(*(o[2] for o in outcomes), strict=True))
    # each new article was added once; the other three found it stored
    assert all(sorted(r) == ["added", "unchanged", "unchanged", "unchanged"] for r in per_round)
    with session_scope(db_url) as session:
        names = session.scalars(select(Source.name).order_by(Source.id)).all()
        assert names == [_speaker(i) for i in range(ROUNDS)]  # one source per name
        keys = set(session.scalars(select(SourceAlias.alias_key)))
        assert {f"the council {i}" for i in range(ROUNDS)} <= keys
        assert session.scalar(select(func.count()).select_from(Link)) == 1
        assert session.scalar(select(func.count()).select_from(Article)) == 1 + ROUNDS

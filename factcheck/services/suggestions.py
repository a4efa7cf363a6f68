"""Verdict propagation as a suggestion: a claim `same_as` a reviewed claim shows that verdict."""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterable

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from factcheck.models import Claim, Link, Review
from factcheck.serialize import iso
from factcheck.services.common import chunks
from factcheck.vocab import VERDICT_STATUSES, Relation

# same_as chains longer than this are more likely a matching mistake than one assertion.
MAX_HOPS = 4
_CHUNK = 900


def suggested_verdicts(session: Session, claim_id: int) -> list[dict]:
    """Verdicts of claims `same_as` this one, directly or through a chain of same_as links;
    shown as suggestions, never applied without a review."""
    return suggested_verdicts_for(session, [claim_id]).get(claim_id, [])


def suggested_verdicts_for(session: Session, claim_ids: Iterable[int]) -> dict[int, list[dict]]:
    """The same for many claims at once (reports): a few IN queries, no query per claim."""
    seeds = list(dict.fromkeys(claim_ids))
    graph = _same_as_graph(session, seeds)
    reach = {seed: _reachable(graph, seed) for seed in seeds}
    others = {other for paths in reach.values() for other in paths}
    reviewed = _reviewed(session, others)
    result: dict[int, list[dict]] = {}
    for seed, paths in reach.items():
        items = [_suggestion(other, path, reviewed[other]) for other, path in paths.items()]
        items = [item for item in items if item["status"] is not None]
        result[seed] = sorted(items, key=lambda i: (i["hops"], i["claim_id"]))
    return result


def _same_as_graph(session: Session, seeds: list[int]) -> dict[int, list[tuple[int, int]]]:
    """Undirected same_as edges reachable from the seeds within MAX_HOPS: node -> (other, link)."""
    graph: dict[int, list[tuple[int, int]]] = defaultdict(list)
    seen: set[int] = set(seeds)
    frontier = list(seeds)
    for _ in range(MAX_HOPS):
        found: set[int] = set()
        for chunk in chunks(frontier, _CHUNK):
            rows = session.execute(
                select(Link.id, Link.from_claim_id, Link.to_claim_id).where(
                    Link.relation == Relation.SAME_AS,
                    Link.removed_at.is_(None),
                    or_(Link.from_claim_id.in_(chunk), Link.to_claim_id.in_(chunk)),
                )
            )
            for link_id, left, right in rows:
                if (right, link_id) not in graph[left]:
                    graph[left].append((right, link_id))
                    graph[right].append((left, link_id))
                found.update((left, right))
        frontier = sorted(found - seen)
        seen |= found
        if not frontier:
            break
    return graph


def _reachable(graph: dict, seed: int) -> dict[int, list[int]]:
    """Every claim reachable from seed, with the link ids of the shortest path to it."""
    paths: dict[int, list[int]] = {seed: []}
    queue = deque([seed])
    while queue:
        node = queue.popleft()
        if len(paths[node]) >= MAX_HOPS:
            continue
        for other, link_id in graph.get(node, []):
            if other not in paths:
                paths[other] = [*paths[node], link_id]
                queue.append(other)
    del paths[seed]
    return paths


def _reviewed(session: Session, claim_ids: set[int]) -> dict[int, tuple[Claim, Review | None]]:
    """Each claim with its latest review (the one that set its status)."""
    found: dict[int, tuple[Claim, Review | None]] = {}
    ids = sorted(claim_ids)
    for chunk in chunks(ids, _CHUNK):
        claims = {c.id: c for c in session.scalars(select(Claim).where(Claim.id.in_(chunk)))}
        latest: dict[int, Review] = {}
        for review in session.scalars(
            select(Review).where(Review.claim_id.in_(chunk)).order_by(Review.seq)
        ):
            latest[review.claim_id] = review
        for claim_id, claim in claims.items():
            found[claim_id] = (claim, latest.get(claim_id))
    return found


def _suggestion(other_id: int, path: list[int], reviewed: tuple[Claim, Review | None]) -> dict:
    claim, review = reviewed
    has_verdict = review is not None and claim.status in VERDICT_STATUSES
    return {
        "claim_id": other_id,
        "article_id": claim.article_id,
        "quote": claim.quote,
        "status": claim.status.value if has_verdict else None,
        "by": review.reviewer if review else None,
        "reviewed_at": iso(review.created_at) if review else None,
        "note": review.rationale if review else None,
        "link_id": path[0],
        "via_links": path,
        "hops": len(path),
    }

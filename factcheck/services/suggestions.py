"""Verdict propagation as a suggestion: a claim `same_as` a reviewed claim shows that verdict.

Core SQL on the tables, read as plain rows: `reader` is a Connection or a Session.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterable
from typing import Any

from sqlalchemy import or_, select

from factcheck.serialize import iso
from factcheck.services.common import chunks
from factcheck.tables import claims, links, reviews
from factcheck.vocab import VERDICT_STATUSES, Relation

# same_as chains longer than this are more likely a matching mistake than one assertion.
MAX_HOPS = 4
_CHUNK = 900


def suggested_verdicts(reader, claim_id: int) -> list[dict]:
    """Verdicts of claims `same_as` this one, directly or through a chain of same_as links;
    shown as suggestions, never applied without a review."""
    return suggested_verdicts_for(reader, [claim_id]).get(claim_id, [])


def suggested_verdicts_for(reader, claim_ids: Iterable[int]) -> dict[int, list[dict]]:
    """The same for many claims at once (reports): a few IN queries, no query per claim."""
    seeds = list(dict.fromkeys(claim_ids))
    graph = _same_as_graph(reader, seeds)
    reach = {seed: _reachable(graph, seed) for seed in seeds}
    others = {other for paths in reach.values() for other in paths}
    reviewed = _reviewed(reader, others)
    result: dict[int, list[dict]] = {}
    for seed, paths in reach.items():
        items = [_suggestion(other, path, reviewed[other]) for other, path in paths.items()]
        items = [item for item in items if item["status"] is not None]
        result[seed] = sorted(items, key=lambda i: (i["hops"], i["claim_id"]))
    return result


def _same_as_graph(reader, seeds: list[int]) -> dict[int, list[tuple[int, int]]]:
    """Undirected same_as edges reachable from the seeds within MAX_HOPS: node -> (other, link)."""
    graph: dict[int, list[tuple[int, int]]] = defaultdict(list)
    seen: set[int] = set(seeds)
    frontier = list(seeds)
    for _ in range(MAX_HOPS):
        found: set[int] = set()
        for chunk in chunks(frontier, _CHUNK):
            rows = reader.execute(
                select(links.c.id, links.c.from_claim_id, links.c.to_claim_id).where(
                    links.c.relation == Relation.SAME_AS,
                    links.c.removed_at.is_(None),
                    or_(links.c.from_claim_id.in_(chunk), links.c.to_claim_id.in_(chunk)),
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


def _reviewed(reader, claim_ids: set[int]) -> dict[int, tuple[Any, Any]]:
    """Each claim with its latest review (the one that set its status)."""
    found: dict[int, tuple[Any, Any]] = {}
    ids = sorted(claim_ids)
    for chunk in chunks(ids, _CHUNK):
        rows = reader.execute(select(claims).where(claims.c.id.in_(chunk)))
        by_id = {row.id: row for row in rows}
        latest: dict[int, Any] = {}
        for review in reader.execute(
            select(reviews).where(reviews.c.claim_id.in_(chunk)).order_by(reviews.c.seq)
        ):
            latest[review.claim_id] = review
        for claim_id, claim in by_id.items():
            found[claim_id] = (claim, latest.get(claim_id))
    return found


def _suggestion(other_id: int, path: list[int], reviewed: tuple[Any, Any]) -> dict:
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

"""Cross-article claim matching: suggest same_as / contradicts links, with score and evidence."""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from factcheck.errors import BadInput
from factcheck.models import Link
from factcheck.services.articles import get_article
from factcheck.services.matching_blocks import (
    Stories,
    candidate_pairs,
    idf_of,
    same_stories,
    story_claims,
)
from factcheck.services.matching_claims import (
    MIN_CONTENT,
    FeatureCache,
    claim_rows,
    features_of,
    index_claims,
)
from factcheck.services.matching_text import Features
from factcheck.vocab import Origin, Relation

# Below this a suggestion is more often noise than a match (see tests/data/pairs).
DEFAULT_MIN_SCORE = 0.4
# Suggestions listed per claim: the best ones, so a story told in many articles does not
# flood the listing.
DEFAULT_LIMIT = 5
# Pairs compared at a time: their claims' texts are read together.
PAIRS_PER_BATCH = 5000


@dataclass
class Suggestion:
    """A proposed link between claims of two articles, with the evidence for it."""

    rank: int
    relation: str
    score: float
    from_claim: dict[str, Any]
    to_claim: dict[str, Any]
    evidence: dict[str, Any]

    @property
    def note(self) -> str:
        return describe(self.evidence)

    @property
    def key(self) -> str:
        """The suggestion's id, FROM-TO: unlike its rank, the same after other accepts."""
        return f"{self.from_claim['id']}-{self.to_claim['id']}"

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.key,
            "rank": self.rank,
            "relation": self.relation,
            "score": self.score,
            "from": self.from_claim,
            "to": self.to_claim,
            "evidence": self.evidence,
            "note": self.note,
        }


def compare(a: Features, b: Features, idf: dict[str, float]) -> tuple[str, float, dict]:
    """Score two claims as the same assertion (same_as) or as opposite ones (contradicts):
    the best of the whole sentences and of their clauses, as one sentence often joins two."""
    best = None
    for left in [a, *(c for c in a.clauses if len(c.stems) >= MIN_CONTENT)]:
        for right in [b, *(c for c in b.clauses if len(c.stems) >= MIN_CONTENT)]:
            result = _compare_parts(left, right, idf)
            if best is None or result[1] > best[1]:
                best = result
                if left is not a or right is not b:
                    result[2]["clauses"] = [left.text, right.text]
    return best


def _compare_parts(a: Features, b: Features, idf: dict[str, float]) -> tuple[str, float, dict]:
    from rapidfuzz import fuzz

    shared = a.stems & b.stems
    overlap = 2 * _weight(shared, idf) / ((_weight(a.stems, idf) + _weight(b.stems, idf)) or 1)
    names = set(a.entities) & set(b.entities)
    name_score = (
        2 * len(names) / (len(a.entities) + len(b.entities))
        if a.entities and b.entities
        else overlap
    )
    predicates = a.predicates & b.predicates
    wording = (
        fuzz.token_set_ratio(a.normalised, b.normalised)
        + fuzz.token_sort_ratio(a.normalised, b.normalised)
    ) / 200
    conflicts, same_numbers = _compare_numbers(a, b)
    similarity = (
        0.5 * overlap
        + 0.2 * name_score
        + 0.15 * wording
        # A shared verb only matters when the rest of the claim overlaps too.
        + (0.15 * min(1.0, overlap / 0.35) if predicates else 0.0)
        + (0.1 if same_numbers else 0.0)
    )
    if a.subject and b.subject and not (a.subject & b.stems or b.subject & a.stems):
        similarity *= 0.7  # about something else: "the team had not lost" / "the plant has not"
    polarity_differs = a.negated != b.negated
    evidence = {
        "shared_entities": sorted({a.entities[s] for s in names}),
        "shared_predicates": sorted(predicates),
        "shared_numbers": same_numbers,
        "conflicting_numbers": conflicts,
        "shared_words": len(shared),
        "wording": round(wording * 100),
        "negation_mismatch": polarity_differs,
        "negated": [a.negated, b.negated],
    }
    score = round(min(1.0, similarity), 3)
    if polarity_differs or conflicts:
        return "contradicts", score, evidence
    return "same_as", score, evidence


def _weight(stems: Iterable[str], idf: dict[str, float]) -> float:
    return sum(idf.get(s, 1.0) for s in stems)


def _compare_numbers(a: Features, b: Features) -> tuple[list[str], list[str]]:
    """Equal values are shared (1,200 residents / 1,200 people); different values for one
    unit conflict (400 jobs / 150 jobs) unless the value also appears elsewhere."""
    values_a = {value for _, value in a.quantities}
    values_b = {value for _, value in b.quantities}
    shared = [_show(unit, value) for unit, value in sorted(a.quantities) if value in values_b]
    shared += [str(year) for year in sorted(a.years & b.years)]
    conflicts = []
    units_a, units_b = defaultdict(set), defaultdict(set)
    for unit, value in a.quantities:
        units_a[unit].add(value)
    for unit, value in b.quantities:
        units_b[unit].add(value)
    for unit in sorted(set(units_a) & set(units_b) - {""}):
        if units_a[unit] & values_b or units_b[unit] & values_a:
            continue
        left = "/".join(_show(unit, v) for v in sorted(units_a[unit]))
        right = "/".join(_show(unit, v) for v in sorted(units_b[unit]))
        conflicts.append(f"{left} vs {right}" + ("" if unit in "$€£%" else f" ({unit})"))
    return conflicts, sorted(set(shared))


def _show(unit: str, value: float) -> str:
    number = f"{value:,.0f}" if value == int(value) else f"{value:g}"
    if unit in ("$", "€", "£"):
        return f"{unit}{number}"
    return f"{number}%" if unit == "%" else number


def describe(evidence: dict[str, Any]) -> str:
    """The evidence of a suggestion in one line (stored as the link's note when accepted)."""
    parts = []
    if evidence["shared_entities"]:
        parts.append("shared names: " + ", ".join(evidence["shared_entities"]))
    if evidence["shared_predicates"]:
        parts.append("same verb: " + ", ".join(evidence["shared_predicates"]))
    if evidence["shared_numbers"]:
        parts.append("same numbers: " + ", ".join(evidence["shared_numbers"]))
    if evidence["conflicting_numbers"]:
        parts.append("different numbers: " + "; ".join(evidence["conflicting_numbers"]))
    parts.append(f"wording {evidence['wording']}% alike ({evidence['shared_words']} shared words)")
    if evidence.get("clauses"):
        parts.append("matched clauses: " + " / ".join(f"“{c}”" for c in evidence["clauses"]))
    if evidence["negation_mismatch"]:
        parts.append("one is negated, the other not")
    elif all(evidence["negated"]):
        parts.append("both negated")
    return "; ".join(parts)


def suggest_matches(
    session: Session,
    *,
    article_id: int | None = None,
    min_score: float = DEFAULT_MIN_SCORE,
    limit: int | None = DEFAULT_LIMIT,
    progress: Callable[[int, int], None] | None = None,
) -> list[Suggestion]:
    """same_as / contradicts suggestions between claims of different stories, best first:
    at most `limit` for each claim (None: all), syndicated copies collapsed into their
    story; `progress(done, total)` is called as the claims are worked through."""
    return list(iter_suggestions(session, article_id, min_score, limit, progress))


def iter_suggestions(
    session: Session,
    article_id: int | None = None,
    min_score: float = DEFAULT_MIN_SCORE,
    limit: int | None = DEFAULT_LIMIT,
    progress: Callable[[int, int], None] | None = None,
) -> Iterator[Suggestion]:
    """suggest_matches with the listing read as it is printed: the pairs are scored here
    (progress is called meanwhile), the suggestions built as the iterator is read. Memory
    holds the compact index and the kept scores, never the whole listing."""
    if not 0 <= min_score <= 1:
        raise BadInput(f"the minimum score must be between 0 and 1 (got {min_score})")
    if limit is not None and limit < 1:
        raise BadInput(f"the limit must be at least 1 (got {limit})")
    if article_id is not None:
        get_article(session, article_id)
    kept, stories, idf = _best_pairs(session, article_id, min_score, limit, progress)
    return _listing(session, kept, stories, idf)


def _best_pairs(session, article_id, min_score, limit, progress):
    """Score the candidate pairs; keep the best (score, relation, from, to) of each claim."""
    # Every claim is indexed by its stems; full features only for the pairs that meet.
    indexed = index_claims(session)
    stories = same_stories(indexed)
    indexed = story_claims(indexed, stories)
    idf = idf_of(indexed)
    linked = _linked_pairs(session)
    pairs = (
        (newer.claim_id, older.claim_id)
        for newer, older in candidate_pairs(indexed, idf, stories, article_id, progress)
        if (newer.claim_id, older.claim_id) not in linked
    )
    cache, best = FeatureCache(session), _Best(limit)
    for batch in _batched(pairs, PAIRS_PER_BATCH):
        features = cache.load({claim_id for pair in batch for claim_id in pair})
        for newer, older in batch:
            relation, score, _ = compare(features[newer], features[older], idf)
            if score >= min_score:
                best.add((score, relation, newer, older))
    return best.found(), stories, idf


def _listing(session, kept: list[tuple], stories: Stories, idf) -> Iterator[Suggestion]:
    """The kept pairs as Suggestions, best first, their claims read a batch at a time."""
    rank = 0
    for batch in _batched(kept, PAIRS_PER_BATCH):
        # The evidence of the kept pairs only, built again: it is not kept for every pair.
        rows = {row.id: row for row in claim_rows(session, {i for p in batch for i in p[2:]})}
        features = {claim_id: features_of(row) for claim_id, row in rows.items()}
        for score, relation, from_id, to_id in batch:
            rank += 1
            yield Suggestion(
                rank=rank,
                relation=relation,
                score=score,
                from_claim=_brief(rows[from_id], stories),
                to_claim=_brief(rows[to_id], stories),
                evidence=compare(features[from_id], features[to_id], idf)[2],
            )


def _batched(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


class _Best:
    """The `limit` best suggestions of each claim (a bounded heap each), as bare
    (score, relation, from id, to id) tuples."""

    def __init__(self, limit: int | None) -> None:
        self.limit = limit
        self.heaps: dict[int, list] = defaultdict(list)
        self.rows: list = []

    def add(self, row: tuple) -> None:
        if self.limit is None:
            self.rows.append(row)
            return
        score, _, from_id, to_id = row
        order = (score, -from_id, -to_id)  # the worst on top: higher ids lose ties
        for claim_id in (from_id, to_id):
            heap = self.heaps[claim_id]
            if len(heap) < self.limit:
                heapq.heappush(heap, (order, row))
            elif order > heap[0][0]:
                heapq.heapreplace(heap, (order, row))

    def found(self) -> list[tuple]:
        if self.limit is not None:
            kept = {(r[2], r[3]): r for heap in self.heaps.values() for _, r in heap}
            self.heaps.clear()
            self.rows = list(kept.values())
        return sorted(self.rows, key=lambda row: (-row[0], row[2], row[3]))


def _brief(row, stories: Stories) -> dict[str, Any]:
    """The claim's keys as every claim output names them, and the story's other copies."""
    from factcheck.services.claim_record import brief

    return brief(row, copies=stories.copies(row.article_id))  # same story in these too


def _linked_pairs(session: Session) -> set[tuple[int, int]]:
    pairs = set()
    for from_id, to_id in session.execute(select(Link.from_claim_id, Link.to_claim_id)):
        pairs.add((from_id, to_id))
        pairs.add((to_id, from_id))
    return pairs


def accept_suggestions(
    session: Session,
    suggestions: list[Suggestion],
    *,
    ranks: Iterable[int | str] | None,
    created_by: str,
) -> list[Link]:
    """Record the chosen suggestions as links: by id ("12-40", stable) or by rank in this
    listing (1, 2...); all of them when ranks is None."""
    from factcheck.services.links import add_link

    by_choice: dict[int | str, Suggestion] = {s.rank: s for s in suggestions}
    by_choice.update({s.key: s for s in suggestions})
    chosen = list(dict.fromkeys(ranks)) if ranks is not None else [s.rank for s in suggestions]
    unknown = [str(choice) for choice in chosen if choice not in by_choice]
    if unknown:
        raise BadInput(
            f"no suggestion {', '.join(unknown)}; "
            f"the listing has {len(suggestions)} (run `factcheck match` again to see them)"
        )
    links, done = [], set()
    for choice in chosen:
        item = by_choice[choice]
        if item.key in done:
            continue
        done.add(item.key)
        link, _ = add_link(
            session,
            from_id=item.from_claim["id"],
            to_id=item.to_claim["id"],
            relation=Relation(item.relation),
            created_by=created_by,
            origin=Origin.MATCHED,
            score=item.score,
            note=item.note,
        )
        links.append(link)
    return links

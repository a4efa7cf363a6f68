"""Which claims matching compares: same-story clusters collapsed, candidates blocked by rare words.

Comparing every claim with every other is quadratic; these two steps keep `match` linear in
the ledger:
- A syndicated story (one wire text printed by several outlets) is one story, not N: articles
  whose claims mostly have the same wording form a cluster, its first article stands for it,
  and a copy's claims are compared only where the first article lacks them.
- Each claim meets only the claims that share its rarest words, at most CANDIDATES_PER_CLAIM
  of them, those sharing the most rare weight first.
"""

from __future__ import annotations

import heapq
import math
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from factcheck.services.matching_claims import IndexedClaim

# A word in more claims than this says nothing about which claims belong together.
MAX_POSTING = 60
KEYS_PER_CLAIM = 8
# The most claims one claim is compared with: the ones sharing the most rare weight.
CANDIDATES_PER_CLAIM = 24
# Two articles are copies of one story when this share of the smaller one's claims (and at
# least MIN_SHARED of them) are worded the same.
COPY_SHARE = 0.6
MIN_SHARED = 2


@dataclass
class Stories:
    """Articles grouped into stories: each article's story is its cluster's first article."""

    story_of: dict[int, int]
    members: dict[int, list[int]]

    def copies(self, article_id: int) -> list[int]:
        """The other articles of this article's story (syndicated copies), in id order."""
        story = self.story_of.get(article_id, article_id)
        return [a for a in self.members.get(story, [story]) if a != article_id]


def idf_of(features: list[IndexedClaim]) -> dict[str, float]:
    counts = Counter(s for f in features for s in f.stems)
    total = len(features)
    return {s: math.log((total + 1) / (n + 0.5)) for s, n in counts.items()}


def same_stories(features: list[IndexedClaim]) -> Stories:
    """Cluster articles whose claims are mostly worded alike (union-find over copy pairs)."""
    wordings: dict[int, set[frozenset]] = defaultdict(set)
    for item in features:
        wordings[item.article_id].add(item.stems)
    holders: dict[frozenset, list[int]] = defaultdict(list)
    for article_id in sorted(wordings):
        for wording in wordings[article_id]:
            holders[wording].append(article_id)
    shared: Counter = Counter()
    for articles in holders.values():
        if 1 < len(articles) <= MAX_POSTING:  # a stock phrase in every article is no copy
            for i, left in enumerate(articles):
                for right in articles[i + 1 :]:
                    shared[left, right] += 1
    parent = {a: a for a in wordings}

    def root(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for (left, right), count in shared.items():
        smaller = min(len(wordings[left]), len(wordings[right]))
        if count >= MIN_SHARED and count >= COPY_SHARE * smaller:
            low, high = sorted((root(left), root(right)))
            parent[high] = low  # the first article stands for the story
    story_of = {a: root(a) for a in wordings}
    members: dict[int, list[int]] = defaultdict(list)
    for article_id in sorted(story_of):
        members[story_of[article_id]].append(article_id)
    return Stories(story_of, dict(members))


def story_claims(features: list[IndexedClaim], stories: Stories) -> list[IndexedClaim]:
    """One claim per wording per story: a copy's claim goes only where the story lacks it."""
    seen: set[tuple[int, frozenset]] = set()
    kept = []
    for item in sorted(features, key=lambda f: (f.article_id, f.claim_id)):
        key = (stories.story_of[item.article_id], item.stems)
        if key not in seen:
            seen.add(key)
            kept.append(item)
    return sorted(kept, key=lambda f: f.claim_id)


def candidate_pairs(
    features: list[IndexedClaim],
    idf: dict[str, float],
    stories: Stories,
    focus: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Iterator[tuple[IndexedClaim, IndexedClaim]]:
    """Pairs of claims of different stories sharing rare words, each once, newer first."""
    postings: dict[str, list[IndexedClaim]] = defaultdict(list)
    for item in features:
        for key in _keys(item, idf):
            postings[key].append(item)
    # A key shared by too many claims blocks nothing: only the rare ones are kept.
    postings = {key: items for key, items in postings.items() if len(items) <= MAX_POSTING}
    focus_story = stories.story_of.get(focus) if focus is not None else None
    by_id = {item.claim_id: item for item in features}
    # ids only (sorted tuples): memory stays a few dozen integers a claim
    chosen = {item.claim_id: _candidates(item, postings, idf, stories) for item in features}
    chosen_by = _chosen_by(chosen, by_id, stories, focus_story) if focus is not None else {}
    total = len(features)
    for done, item in enumerate(features, start=1):
        if progress is not None:
            progress(done, total)
        if focus is not None:
            if stories.story_of[item.article_id] != focus_story:
                continue
            others = sorted(set(chosen[item.claim_id]) | chosen_by.get(item.claim_id, set()))
        else:
            # a pair once: from its newer claim when both chose each other
            others = [
                o
                for o in chosen[item.claim_id]
                if o < item.claim_id or not _has(chosen[o], item.claim_id)
            ]
        for other_id in others:
            other = by_id[other_id]
            yield (item, other) if item.claim_id > other_id else (other, item)


def _has(ids: tuple[int, ...], claim_id: int) -> bool:
    index = bisect_left(ids, claim_id)
    return index < len(ids) and ids[index] == claim_id


def _chosen_by(chosen: dict, by_id: dict, stories: Stories, story: int | None) -> dict:
    """For claims of the focus story: the claims elsewhere that chose them."""
    found: dict[int, set[int]] = defaultdict(set)
    for claim_id, ids in chosen.items():
        for other_id in ids:
            if stories.story_of[by_id[other_id].article_id] == story:
                found[other_id].add(claim_id)
    return found


def _keys(item: IndexedClaim, idf: dict[str, float]) -> list[str]:
    """The claim's rarest stems: what it is filed under."""
    return sorted(item.stems, key=lambda s: (-idf[s], s))[:KEYS_PER_CLAIM]


def _candidates(
    item: IndexedClaim, postings: dict, idf: dict[str, float], stories: Stories
) -> tuple[int, ...]:
    """Ids of the claims of other stories sharing the most rare weight with item (a cap)."""
    weight: dict[int, float] = defaultdict(float)
    story = stories.story_of[item.article_id]
    for key in _keys(item, idf):
        for other in postings.get(key, ()):
            if stories.story_of[other.article_id] == story or other.slug == item.slug:
                continue
            weight[other.claim_id] += idf[key]
    return tuple(
        sorted(heapq.nsmallest(CANDIDATES_PER_CLAIM, weight, key=lambda c: (-weight[c], c)))
    )

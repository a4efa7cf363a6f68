"""The claims matching reads, kept small: a compact index in memory, the rest read when needed.

Matching meets every claim of the ledger, so what it keeps per claim decides its memory:
- `index_claims` streams the claims from the database in chunks and keeps, per claim, its
  ids, its article's slug (one string per article) and its content stems as a sorted tuple
  of shared strings: a couple of hundred bytes, not the row and its texts.
- `FeatureCache` reads the texts of the claims a batch of pairs compares, builds their full
  features, and keeps only the most recently used ones.
- `claim_rows` reads the rows of the claims a listing shows, a chunk at a time.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from factcheck.models import Article, Claim, Source
from factcheck.services.common import chunks
from factcheck.services.matching_text import Features, content_stems, text_features
from factcheck.vocab import Attribution, Certainty

# Claims read from the database at a time.
CHUNK = 2000
# Full features kept between batches of pairs: claims of one story meet in nearby batches.
CACHED_FEATURES = 4096
# Claims with fewer content words ("Dushanbe denies this") cannot be judged on their own.
MIN_CONTENT = 3


class IndexedClaim:
    """What blocking needs of a claim (the attributes matching_blocks reads)."""

    __slots__ = ("article_id", "claim_id", "slug", "stems")

    def __init__(self, claim_id: int, article_id: int, slug: str, stems: tuple[str, ...]):
        self.claim_id, self.article_id, self.slug, self.stems = claim_id, article_id, slug, stems


def _matchable():
    """Claims of current article versions that still have an anchor and are not dismissed."""
    return (
        select(Claim.id)
        .join(Article, Article.id == Claim.article_id)
        .where(
            Article.is_current.is_(True),
            Claim.orphaned.is_(False),
            Claim.dismissed.is_(False),
        )
    )


def index_claims(session: Session) -> list[IndexedClaim]:
    """Every matchable claim with enough content words, in id order, streamed in chunks."""
    query = (
        _matchable()
        .add_columns(Claim.article_id, Claim.quote, Claim.claim_text, Article.slug)
        .order_by(Claim.id)
        .execution_options(yield_per=CHUNK)
    )
    terms: dict[str, str] = {}  # one string object per stem, shared by every claim using it
    slugs: dict[int, str] = {}
    articles: dict[int, int] = {}  # one int object per article id
    found = []
    for claim_id, article_id, quote, claim_text, slug in session.execute(query):
        stems = content_stems(claim_text or quote)
        if len(stems) < MIN_CONTENT:
            continue
        article_id = articles.setdefault(article_id, article_id)
        shared = tuple(sorted(terms.setdefault(s, s) for s in stems))
        found.append(IndexedClaim(claim_id, article_id, slugs.setdefault(article_id, slug), shared))
    return found


def _rows_query():
    return (
        select(
            Claim.id,
            Claim.article_id,
            Claim.quote,
            Claim.claim_text,
            Claim.attribution,
            Claim.certainty,
            Claim.status,
            Article.slug,
            Source.name.label("speaker"),
        )
        .join(Article, Article.id == Claim.article_id)
        .outerjoin(Source, Source.id == Claim.speaker_id)
    )


def claim_rows(session: Session, ids: Iterable[int]) -> Iterator:
    """The rows (text, speaker, status...) of these claims, read CHUNK at a time."""
    for part in chunks(sorted(set(ids)), CHUNK):
        yield from session.execute(_rows_query().where(Claim.id.in_(part)))


def features_of(row) -> Features:
    """Everything matching compares of a claim (an ORM Claim or a row of claim_rows)."""
    denial = row.attribution == Attribution.DENIED or row.certainty == Certainty.NEGATED
    return text_features(
        row.claim_text or row.quote,
        claim_id=row.id,
        article_id=row.article_id,
        slug=row.slug,
        negated=denial,
    )


class FeatureCache:
    """Full features of claims, read and built a batch at a time; the newest kept."""

    def __init__(self, session: Session, size: int = CACHED_FEATURES) -> None:
        self.session, self.size = session, size
        self._kept: OrderedDict[int, Features] = OrderedDict()

    def load(self, ids: set[int]) -> dict[int, Features]:
        """Features of these claims (every one of them, whatever the cache size)."""
        batch = {i: self._kept[i] for i in ids if i in self._kept}
        for claim_id in batch:
            self._kept.move_to_end(claim_id)
        for row in claim_rows(self.session, ids - batch.keys()):
            batch[row.id] = self._kept[row.id] = features_of(row)
        while len(self._kept) > self.size:
            self._kept.popitem(last=False)
        return batch

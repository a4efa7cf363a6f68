"""schema.org ClaimReview JSON-LD of the published verdicts (DESIGN.md "Verdicts and ClaimReview").

One ClaimReview per `same_as` cluster with a published verdict: `claimReviewed` is the
proposition as its speaker asserted it (a denial stays a denial), at most 75 characters;
`itemReviewed` a Claim with its typed author, every appearance and the first one; `author`
and `publisher` the fact-checking organisation; `url` the fact-check page under the base URL.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from factcheck import safejson
from factcheck.errors import BadInput
from factcheck.models import Article, Claim, Link, Review, Source
from factcheck.serialize import iso
from factcheck.services.common import chunks
from factcheck.text import shorten, web_url
from factcheck.vocab import Attribution, Relation, SourceKind, Status

CLAIM_REVIEWED_MAX = 75  # Google: "try to keep this under 75 characters"

# DESIGN.md: 5 is best; unverifiable and disputed have no number.
RATING_SCALE: dict[Status, tuple[int | None, str]] = {
    Status.VERIFIED: (5, "True"),
    Status.MOSTLY_TRUE: (4, "Mostly true"),
    Status.MIXED: (3, "Mixed"),
    Status.MISLEADING: (2, "Misleading"),
    Status.FALSE: (1, "False"),
    Status.UNVERIFIABLE: (None, "Unverifiable"),
    Status.DISPUTED: (None, "Disputed"),
}
BEST_RATING, WORST_RATING = 5, 1
SCALE_DESCRIPTION = (
    "Rating scale (ratingValue, bestRating 5, worstRating 1): "
    + ", ".join(
        f"{value} = {name} ({status.value})"
        for status, (value, name) in RATING_SCALE.items()
        if value
    )
    + ". Unverifiable and Disputed carry no ratingValue, only alternateName."
)


@dataclass(frozen=True)
class Publisher:
    """The fact-checking organisation and where its fact-check pages live."""

    name: str
    url: str | None = None
    base_url: str | None = None
    draft: bool = False

    def node(self) -> dict[str, Any]:
        node = {"@type": "Organization", "name": self.name}
        if self.url:
            node["url"] = self.url
        return node

    def page(self, claim_id: int) -> str:
        if self.base_url:
            return f"{self.base_url.rstrip('/')}/claims/{claim_id}"
        return f"urn:factcheck:draft:claim:{claim_id}"


def publisher_from(
    *, name: str | None, url: str | None, base_url: str | None, draft: bool
) -> Publisher:
    """Refuse a real export without a base URL and an organisation (Google needs both)."""
    if base_url and not base_url.lower().startswith(("http://", "https://")):
        raise BadInput(f"the base URL must start with http:// or https:// (got {base_url!r})")
    missing = [what for what, value in (("base_url", base_url), ("name", name)) if not value]
    if missing and not draft:
        raise BadInput(
            "ClaimReview needs the fact-check base URL and the organisation: set base_url and "
            "[organization] name in factcheck.toml, or give them (or ask for a draft with "
            "placeholder URLs)",
            fields=("base_url", "organization", "draft"),
        )
    return Publisher(name or "factcheck (draft)", url, base_url, draft)


# --- what the reviewer found, in under 75 characters -----------------------------------------

_TRAILING_REFERENT = re.compile(
    r"\b(this|that|it|these|them|the (?:claims?|reports?|allegations?|accusations?))\W*$",
    re.IGNORECASE,
)


def _reviewed(text: str) -> str:
    """Whole words, at most CLAIM_REVIEWED_MAX characters, an ellipsis when cut."""
    return shorten(text, CLAIM_REVIEWED_MAX, words=True)


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def proposition(
    claim: Claim, speaker: str | None, denied: str | None = None, text: str | None = None
) -> str:
    """The claim as its speaker asserted it (`text`: the wording it was published on). A
    denial is the denial ("X denies that Y"), never the Y it denies, which is what the
    extractor keeps as a denial's claim_text."""
    text = " ".join((text or claim.claim_text or claim.quote).split()).rstrip(" .")
    if claim.attribution != Attribution.DENIED:
        return _upper_first(_reviewed(text))
    cue = (claim.cue or "").lower()
    if cue and re.search(rf"\b{re.escape(cue)}\b", text.lower()):
        # The text already says who denies ("the owners deny this"): name what "this" is.
        if denied and _TRAILING_REFERENT.search(text):
            text = _TRAILING_REFERENT.sub("that " + _lower_first(denied.rstrip(" .")), text)
        return _upper_first(_reviewed(text))
    who = speaker or "A source"
    full = f"{who} denies that {_lower_first(text)}"
    if len(full) <= CLAIM_REVIEWED_MAX:
        return _upper_first(full)
    return _upper_first(_reviewed(f"{who} denies {_lower_first(text)}"))


# --- nodes ---------------------------------------------------------------------------------

_ORGANISATION_WORDS = re.compile(
    r"\b(company|ministry|ministers?|government|council|officials?|police|agency|"
    r"authority|office|department|union|party|group|committee|board|bank|court|"
    r"association|institute|university|army|forces|spokesman|spokeswoman|ltd|inc|plc)\b",
    re.IGNORECASE,
)


def author_type(source: Source) -> str:
    """Person or Organization by source kind; an `unknown` kind is a Person only when its
    name looks like one (capitalised words, no body such as 'water company')."""
    if source.kind == SourceKind.PERSON:
        return "Person"
    if source.kind != SourceKind.UNKNOWN:
        return "Organization"
    words = source.name.split()
    looks_personal = (
        1 <= len(words) <= 4
        and all(word[:1].isupper() for word in words)
        and not _ORGANISATION_WORDS.search(source.name)
    )
    return "Person" if looks_personal else "Organization"


def rating(status: Status, explanation: str | None = None) -> dict[str, Any]:
    value, name = RATING_SCALE[status]
    node: dict[str, Any] = {"@type": "Rating", "name": name, "alternateName": name}
    if value is not None:
        node.update(ratingValue=value, bestRating=BEST_RATING, worstRating=WORST_RATING)
    if explanation:
        node["ratingExplanation"] = explanation
    return node


def appearance(article: Article) -> dict[str, Any]:
    node: dict[str, Any] = {"@type": "CreativeWork"}
    if web_url(article.url):
        node["url"] = article.url
    node["headline"] = article.title or article.filename or article.slug
    if article.published:
        node["datePublished"] = article.published.isoformat()
    if article.outlet:
        node["publisher"] = {"@type": "Organization", "name": article.outlet}
    if article.authors:
        node["author"] = [{"@type": "Person", "name": name} for name in article.authors]
    return node


def claim_author(claim: Claim, article: Article, speaker: Source | None):
    if speaker is not None:
        return {"@type": author_type(speaker), "name": speaker.name}
    if claim.attribution != Attribution.ASSERTED:
        return None  # "reportedly", "there are reports": nobody named stands behind it
    if article.authors:
        people = [{"@type": "Person", "name": name} for name in article.authors]
        return people[0] if len(people) == 1 else people
    if article.outlet:
        return {"@type": "Organization", "name": article.outlet}
    return None


# --- the clusters ----------------------------------------------------------------------------


@dataclass
class Member:
    claim: Claim
    article: Article
    speaker: Source | None


def _earliest(member: Member):
    published = member.article.published
    return (published is None, published or member.article.created_at.date(), member.claim.id)


def same_as_clusters(session: Session, seeds: list[int]) -> list[list[int]]:
    """Connected components of live same_as links around the seeds (a cluster is one review),
    each sorted, in the order of their smallest seed."""
    neighbours: dict[int, set[int]] = {seed: set() for seed in seeds}
    frontier = set(seeds)
    visited = set(seeds)
    while frontier:
        found: set[int] = set()
        for chunk in chunks(sorted(frontier), 900):
            rows = session.execute(
                select(Link.from_claim_id, Link.to_claim_id).where(
                    Link.relation == Relation.SAME_AS,
                    Link.removed_at.is_(None),
                    or_(Link.from_claim_id.in_(chunk), Link.to_claim_id.in_(chunk)),
                )
            )
            for left, right in rows:
                neighbours.setdefault(left, set()).add(right)
                neighbours.setdefault(right, set()).add(left)
                found.update((left, right))
        frontier = found - visited
        visited |= found
    clusters, placed = [], set()
    for seed in sorted(seeds):
        if seed in placed:
            continue
        component, stack = set(), [seed]
        while stack:
            node = stack.pop()
            if node not in component:
                component.add(node)
                stack.extend(neighbours.get(node, ()))
        placed |= component
        clusters.append(sorted(component))
    return clusters


def _members(session: Session, ids: list[int]) -> dict[int, Member]:
    rows = session.execute(
        select(Claim, Article, Source)
        .join(Article, Article.id == Claim.article_id)
        .outerjoin(Source, Source.id == Claim.speaker_id)
        .where(Claim.id.in_(ids), Claim.dismissed.is_(False))
    )
    return {claim.id: Member(claim, article, speaker) for claim, article, speaker in rows}


def _denied_texts(session: Session, ids: list[int]) -> dict[int, str]:
    """What each denial denies: the claim_text its first live `denies` link points at."""
    found: dict[int, str] = {}
    rows = session.execute(
        select(Link.from_claim_id, Claim.claim_text)
        .join(Claim, Claim.id == Link.to_claim_id)
        .where(
            Link.from_claim_id.in_(ids),
            Link.relation == Relation.DENIES,
            Link.removed_at.is_(None),
        )
        .order_by(Link.id)
    )
    for claim_id, text in rows:
        found.setdefault(claim_id, text)
    return found


def _rationales(session: Session, members: dict[int, Member]) -> dict[int, str]:
    """The rationale of each published review, by review id."""
    ids = [m.claim.published_review_id for m in members.values() if m.claim.published_review_id]
    if not ids:
        return {}
    return dict(
        session.execute(select(Review.id, Review.rationale).where(Review.id.in_(ids))).all()
    )


@dataclass
class _Lookups:
    rationales: dict[int, str]
    denied: dict[int, str]


def claim_review(cluster: list[Member], publisher: Publisher, lookups: _Lookups) -> dict[str, Any]:
    """One ClaimReview: the cluster's latest published verdict, every appearance."""
    published = [m for m in cluster if m.claim.published_status is not None]
    lead = max(published, key=lambda m: (m.claim.published_at, m.claim.id))
    claim = lead.claim
    rationale = lookups.rationales.get(claim.published_review_id or 0)
    by_article: dict[int, Member] = {}
    for member in sorted(cluster, key=_earliest):
        by_article.setdefault(member.article.first_version_id or member.article.id, member)
    appearances = [appearance(m.article) for m in by_article.values()]
    # The wording the verdict was published on, whatever a correction did since.
    item: dict[str, Any] = {"@type": "Claim", "text": claim.published_quote or claim.quote}
    author = claim_author(claim, lead.article, lead.speaker)
    if author:
        item["author"] = author
    if "datePublished" in appearances[0]:
        item["datePublished"] = appearances[0]["datePublished"]
    item["appearance"] = appearances
    item["firstAppearance"] = appearances[0]
    speaker = lead.speaker.name if lead.speaker else None
    return {
        "@type": "ClaimReview",
        "url": publisher.page(claim.id),
        "claimReviewed": proposition(
            claim, speaker, lookups.denied.get(claim.id), claim.published_claim_text
        ),
        "reviewRating": rating(claim.published_status, rationale),
        "author": publisher.node(),
        "publisher": publisher.node(),
        "datePublished": iso(claim.published_at),
        "itemReviewed": item,
    }


def claimreview_items(session: Session, publisher: Publisher) -> Iterator[dict[str, Any]]:
    """One ClaimReview per same_as cluster with a published verdict, by claim id."""
    seeds = list(
        session.scalars(
            select(Claim.id)
            .where(Claim.published_status.is_not(None), Claim.dismissed.is_(False))
            .order_by(Claim.id)
        )
    )
    clusters = same_as_clusters(session, seeds)
    for batch in chunks(clusters, 200):
        members = _members(session, sorted({i for cluster in batch for i in cluster}))
        denials = [i for i, m in members.items() if m.claim.attribution == Attribution.DENIED]
        lookups = _Lookups(_rationales(session, members), _denied_texts(session, denials))
        for cluster in batch:
            present = [members[i] for i in cluster if i in members]
            if any(m.claim.published_status is not None for m in present):
                yield claim_review(present, publisher, lookups)


def scale_node(publisher: Publisher) -> dict[str, Any]:
    """The rating scale, documented in the export as a typed node of its own."""
    return {
        "@type": "DefinedTermSet",
        "name": f"{publisher.name} rating scale",
        "description": SCALE_DESCRIPTION,
        "hasDefinedTerm": [
            {
                "@type": "DefinedTerm",
                "name": name,
                "termCode": status.value,
                **({"description": f"ratingValue {value}"} if value else {}),
            }
            for status, (value, name) in RATING_SCALE.items()
        ],
    }


def claimreview_document(
    session: Session, *, publisher: Publisher, gaps: list[str] | None = None
) -> Iterator[str]:
    """The JSON-LD document in pieces: {"@context", "@graph": [scale, reviews...]}, every
    node typed, no untyped root. `gaps` collects what Google recommends and a review
    lacks (an appearance without a web url or date), for the user to fix."""
    yield '{\n  "@context": "https://schema.org",\n  "@graph": [\n    '
    # safejson: the JSON-LD is often pasted into a page's <script>; a quote cannot close it
    yield safejson.dumps(scale_node(publisher))
    for item in claimreview_items(session, publisher):
        if gaps is not None:
            gaps.extend(_gaps(item))
        yield ",\n    " + safejson.dumps(item)
    yield "\n  ]\n}\n"


def _gaps(item: dict[str, Any]) -> list[str]:
    claim = item["itemReviewed"]
    missing = [
        f"{item['url']}: an appearance ({a.get('headline')}) has no {what}"
        for a in claim["appearance"]
        for what in ("url", "datePublished")
        if what not in a
    ]
    if "author" not in claim:
        missing.append(f"{item['url']}: the claim has no named author (speaker)")
    return missing

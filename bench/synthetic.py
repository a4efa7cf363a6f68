"""A generator of synthetic articles, claims, reviews, evidence and links, bulk-inserted.

Used by bench/scale.py. Texts are made of template sentences with names and numbers, each
sentence one claim anchored at its exact offsets, so `audit verify` holds on the result.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

from sqlalchemy import insert
from sqlalchemy.orm import Session

from factcheck.models import Article, Claim, Evidence, Link, Review, Source, SourceAlias
from factcheck.services.reviews import GENESIS_HASH, review_hash
from factcheck.services.sources import alias_key

TOWNS = [
    "Ashford",
    "Brill",
    "Corran",
    "Delby",
    "Eskton",
    "Farrow",
    "Glenmere",
    "Holt",
    "Istow",
    "Jarrow",
    "Kelby",
    "Lorne",
    "Marrick",
    "Norby",
    "Oakham",
    "Pellow",
]
THINGS = ["bridge", "harbor", "school", "hospital", "rail line", "dam", "budget", "airport"]
PEOPLE = [
    f"{first} {last}"
    for first in ("Ana", "Ben", "Cara", "Dev", "Eli", "Fay", "Gus", "Hana")
    for last in ("Moss", "Reed", "Vance", "Quill", "Stone", "Ward", "Lark")
]
PATTERNS = [
    ("asserted", None, "The {thing} in {town} cost {n} million dollars last year."),
    ("said", "said", "{person} said the {thing} in {town} would open in {n} weeks."),
    ("according_to", "According to", "According to {person}, {n} workers left {town}."),
    ("reportedly", "reportedly", "The {thing} in {town} reportedly lost {n} percent of its staff."),
    ("alleged", "accused", "The mayor of {town} has been accused of hiding {n} invoices."),
    ("denied", "denied", "{person} denied that the {thing} in {town} was {n} days late."),
    ("estimated", "estimated", "It is estimated that {n} families live near the {thing}."),
    ("rumored", "Rumors", "Rumors say the {thing} in {town} will close in {n} months."),
    ("claimed", "claimed", "{person} claimed the {thing} served {n} thousand people."),
]
STATUSES = ["verified", "mostly_true", "mixed", "misleading", "false", "unverifiable", "disputed"]
REVIEWERS = ["ana", "ben", "cara", "dev"]
START = datetime(2026, 1, 1, tzinfo=UTC)


def populate(session: Session, *, claims: int, per_article: int = 200, seed: int = 7) -> dict:
    """Insert `claims` claims in articles of `per_article`; returns counts of what was made."""
    rng = random.Random(seed)
    source_ids = _insert_sources(session)
    counts = {"articles": 0, "claims": 0, "reviews": 0, "evidence": 0, "links": 0}
    chain = {"seq": 0, "hash": GENESIS_HASH}
    claim_id = 0
    for article_id in range(1, claims // per_article + 1):
        text, sentences = _article_text(rng, per_article)
        session.execute(insert(Article.__table__), [_article_row(article_id, text)])
        rows = []
        for start, end, attribution, cue, person in sentences:
            claim_id += 1
            rows.append(
                _claim_row(
                    claim_id,
                    article_id,
                    text,
                    start,
                    end,
                    attribution,
                    cue,
                    source_ids.get(person) if person else None,
                    rng,
                )
            )
        session.execute(insert(Claim.__table__), rows)
        _insert_reviews(session, rng, rows, chain, counts)
        _insert_evidence_and_links(session, rng, rows, counts)
        counts["articles"] += 1
        counts["claims"] += len(rows)
        if article_id % 50 == 0:
            session.commit()
            yield_progress(counts)
    # The rows went in directly: give them their trail as migration 0006 does, so that
    # `audit verify` (which replays it) holds on the result.
    from factcheck.services.backfill import backfill_events

    counts["events"] = backfill_events(session.connection())
    session.commit()
    return counts


def yield_progress(counts: dict) -> None:
    print(f"  … {counts['claims']:,} claims", end="\r", flush=True)


def _insert_sources(session: Session) -> dict[str, int]:
    ids = {name: i for i, name in enumerate(PEOPLE, start=1)}
    session.execute(
        insert(Source.__table__),
        [
            {"id": i, "name": name, "kind": "person", "role": None, "created_at": START}
            for name, i in ids.items()
        ],
    )
    session.execute(
        insert(SourceAlias.__table__),
        [{"source_id": i, "alias": name, "alias_key": alias_key(name)} for name, i in ids.items()],
    )
    return ids


def _article_text(rng: random.Random, count: int) -> tuple[str, list[tuple]]:
    parts, sentences, offset = [], [], 0
    for _ in range(count):
        attribution, cue, pattern = rng.choice(PATTERNS)
        person = rng.choice(PEOPLE) if "{person}" in pattern else None
        sentence = pattern.format(
            thing=rng.choice(THINGS), town=rng.choice(TOWNS), n=rng.randint(2, 999), person=person
        )
        sentences.append((offset, offset + len(sentence), attribution, cue, person))
        parts.append(sentence + " ")
        offset += len(sentence) + 1
    return "".join(parts), sentences


def _article_row(article_id: int, text: str) -> dict:
    return {
        "id": article_id,
        "slug": f"synthetic-{article_id}",
        "version": 1,
        "is_current": True,
        "title": f"Synthetic article {article_id}",
        "outlet": "Bench Gazette",
        "authors": [],
        "url": f"https://bench.example/{article_id}",
        "published": None,
        "filename": f"synthetic_{article_id}.txt",
        "format": "txt",
        "text": text,
        "sha256": hashlib.sha256(text.encode()).hexdigest(),
        "extracted_with": "synthetic",
        "created_at": START,
    }


def _claim_row(claim_id, article_id, text, start, end, attribution, cue, speaker_id, rng):
    when = START + timedelta(minutes=claim_id)
    return {
        "id": claim_id,
        "article_id": article_id,
        "quote": text[start:end],
        "start": start,
        "end": end,
        "prefix": text[max(0, start - 32) : start],
        "suffix": text[end : end + 32],
        "sentence_start": start,
        "sentence_end": end,
        "claim_text": text[start:end],
        "speaker_id": speaker_id,
        "citation_id": None,
        "attribution": attribution,
        "cue": cue,
        "direct_quote": False,
        "certainty": "uncommitted" if cue else "certain",
        "checkworthiness": round(rng.random(), 2),
        "claim_type": "quantity",
        "status": "unverified",
        "origin": "extracted",
        "origin_detail": "synthetic",
        "orphaned": False,
        "lock_version": 1,
        "created_at": when,
        "updated_at": when,
    }


def _insert_reviews(session, rng, rows, chain, counts) -> None:
    """About 1% of claims get one or two reviews (some reviewers disagree)."""
    reviews = []
    for row in rows:
        if rng.random() >= 0.01:
            continue
        for reviewer in rng.sample(REVIEWERS, rng.choice((1, 1, 2))):
            chain["seq"] += 1
            status = rng.choice(STATUSES)
            created = row["created_at"] + timedelta(seconds=chain["seq"])
            digest = review_hash(
                seq=chain["seq"],
                claim_id=row["id"],
                reviewer=reviewer,
                status=status,
                rationale="bench",
                created_at=created,
                prev_hash=chain["hash"],
            )
            reviews.append(
                {
                    "seq": chain["seq"],
                    "claim_id": row["id"],
                    "reviewer": reviewer,
                    "status": status,
                    "rationale": "bench",
                    "created_at": created,
                    "prev_hash": chain["hash"],
                    "hash": digest,
                }
            )
            row["status"] = status
            chain["hash"] = digest
    if reviews:
        session.execute(insert(Review.__table__), reviews)
        for review in reviews:
            session.execute(
                Claim.__table__.update().where(Claim.__table__.c.id == review["claim_id"]),
                {"status": review["status"]},
            )
        counts["reviews"] += len(reviews)


def _insert_evidence_and_links(session, rng, rows, counts) -> None:
    evidence, links = [], []
    for row in rows:
        if rng.random() < 0.005:
            evidence.extend(_evidence(row, stance) for stance in _stances(rng))
    denials = [r for r in rows if r["attribution"] == "denied"]
    targets = [r for r in rows if r["attribution"] in ("alleged", "rumored", "reportedly")]
    for denial in denials[: len(targets)]:
        if rng.random() < 0.05:
            target = rng.choice(targets)
            links.append(
                {
                    "from_claim_id": denial["id"],
                    "to_claim_id": target["id"],
                    "relation": "denies",
                    "origin": "extracted",
                    "created_by": "synthetic",
                    "score": None,
                    "note": None,
                    "created_at": denial["created_at"],
                }
            )
    unique_links = list({(lk["from_claim_id"], lk["to_claim_id"]): lk for lk in links}.values())
    if evidence:
        session.execute(insert(Evidence.__table__), evidence)
    if unique_links:
        session.execute(insert(Link.__table__), unique_links)
    counts["evidence"] += len(evidence)
    counts["links"] += len(unique_links)


def _stances(rng: random.Random) -> Iterator[str]:
    yield rng.choice(("supports", "refutes", "context"))
    if rng.random() < 0.3:
        yield rng.choice(("supports", "refutes"))


def _evidence(row: dict, stance: str) -> dict:
    return {
        "claim_id": row["id"],
        "url": f"https://evidence.example/{row['id']}",
        "reference": None,
        "publisher": "Bench Archive",
        "excerpt": "…",
        "accessed": None,
        "stance": stance,
        "added_by": "bench",
        "created_at": row["created_at"],
    }

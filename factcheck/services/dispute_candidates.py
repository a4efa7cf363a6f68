"""Which claims are disputed and when each last moved, from light set queries (no details)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time

from sqlalchemy import distinct, func, or_, select, union
from sqlalchemy.orm import Session, aliased

from factcheck.models import Claim, Evidence, Link, Review, Source, SourceAlias, as_utc
from factcheck.services.sources import alias_key
from factcheck.vocab import VERDICT_STATUSES, Relation, Stance, Status

# Incoming links of these relations put a claim in dispute; `supports`/`same_as` do not.
CHALLENGES = (Relation.DENIES, Relation.CONTRADICTS)
# Keeps every IN (...) list well under the bound-parameter limits of SQLite and PostgreSQL.
CHUNK = 5000


def candidate_ids_query():
    """Claims that may be disputed, as set queries over the small tables (no per-claim scan).

    Same cheap reasons as services.claims.disputed_condition(), plus any claim with two or
    more reviewers (whether their latest verdicts disagree is decided in Python).
    """
    challenged = select(Link.to_claim_id.label("id")).where(Link.relation.in_(CHALLENGES))
    both_sides = (
        select(Evidence.claim_id)
        .where(Evidence.stance.in_([Stance.SUPPORTS, Stance.REFUTES]))
        .group_by(Evidence.claim_id)
        .having(func.count(distinct(Evidence.stance)) == 2)
    )
    flagged = select(Claim.id).where(Claim.status == Status.DISPUTED)
    reviewed_twice = (
        select(Review.claim_id)
        .group_by(Review.claim_id)
        .having(func.count(distinct(Review.reviewer)) > 1)
    )
    return union(challenged, both_sides, flagged, reviewed_twice).subquery()


def as_cutoff(since: datetime | date) -> datetime:
    if isinstance(since, datetime):
        return as_utc(since)
    return datetime.combine(since, time.min, tzinfo=UTC)


def chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for index in range(0, len(ids), CHUNK):
        yield list(ids[index : index + CHUNK])


def disputed_activity(
    session: Session,
    *,
    article_id: int | None = None,
    source: str | None = None,
    cutoff: datetime | None = None,
    claim_ids: Iterable[int] | None = None,
) -> dict[int, datetime]:
    """Each disputed claim (within the filters) with its last activity: the claim's own
    change, or a review, evidence or link on it, whichever is newest."""
    conditions = [Claim.id.in_(select(candidate_ids_query().c.id))]
    if article_id is not None:
        conditions.append(Claim.article_id == article_id)
    if claim_ids is not None:
        conditions.append(Claim.id.in_(list(claim_ids)))
    if source:
        conditions.append(_involves_source(source))
    if cutoff is not None:
        conditions.append(_active_since(cutoff))
    query = select(Claim.id, Claim.status, Claim.created_at, Claim.updated_at).where(*conditions)
    last: dict[int, datetime] = {}
    disputed: set[int] = set()
    for row in session.execute(query):
        last[row.id] = max(as_utc(row.created_at), as_utc(row.updated_at))
        if row.status == Status.DISPUTED:
            disputed.add(row.id)
    postgres = session.get_bind().dialect.name == "postgresql"
    # PostgreSQL takes the whole set as one array parameter; SQLite takes IN lists.
    for chunk in [sorted(last)] if postgres else chunks(sorted(last)):
        disputed |= _scan(session, _among(chunk, postgres), last)
    found = {claim_id: last[claim_id] for claim_id in disputed}
    if cutoff is not None:  # the SQL filter is a superset: a link's time counts on both ends
        found = {claim_id: at for claim_id, at in found.items() if at >= cutoff}
    return found


def _among(ids: list[int], postgres: bool):
    """`column IN ids` as a function of the column, in the form each engine handles best."""
    if postgres:
        from sqlalchemy import ARRAY, Integer, any_, bindparam

        array = bindparam("ids", ids, type_=ARRAY(Integer))
        return lambda column: column == any_(array)
    return lambda column: column.in_(ids)


def _scan(session: Session, among, last: dict[int, datetime]) -> set[int]:
    """The disputed claims among the given ids; pushes every activity time into `last`."""
    disputed: set[int] = set()

    def touch(claim_id: int, moment: datetime) -> None:
        if claim_id in last:
            last[claim_id] = max(last[claim_id], as_utc(moment))

    columns = (Link.from_claim_id, Link.to_claim_id, Link.relation, Link.created_at)
    # Two indexed queries rather than one OR, which defeats both indexes on PostgreSQL.
    links = union(
        select(*columns).where(among(Link.to_claim_id)),
        select(*columns).where(among(Link.from_claim_id)),
    )
    for from_id, to_id, relation, created in session.execute(links):
        touch(from_id, created)
        touch(to_id, created)
        if relation in CHALLENGES and to_id in last:
            disputed.add(to_id)
    stances: dict[int, set] = defaultdict(set)
    evidence = select(Evidence.claim_id, Evidence.stance, Evidence.created_at)
    for claim_id, stance, created in session.execute(evidence.where(among(Evidence.claim_id))):
        touch(claim_id, created)
        stances[claim_id].add(stance)
    disputed |= {c for c, s in stances.items() if {Stance.SUPPORTS, Stance.REFUTES} <= s}
    latest: dict[int, dict[str, Status]] = defaultdict(dict)
    reviews = select(Review.claim_id, Review.reviewer, Review.status, Review.created_at)
    for claim_id, reviewer, status, created in session.execute(
        reviews.where(among(Review.claim_id)).order_by(Review.seq)
    ):
        touch(claim_id, created)
        latest[claim_id][reviewer] = status
    disputed |= {c for c, by in latest.items() if reviewers_disagree(by)}
    return disputed


def reviewers_disagree(latest: dict[str, Status]) -> bool:
    # A reviewer whose latest word is in_review/unverified has withdrawn a verdict.
    return len({status for status in latest.values() if status in VERDICT_STATUSES}) > 1


def _active_since(cutoff: datetime):
    return or_(
        Claim.updated_at >= cutoff,
        Claim.id.in_(select(Review.claim_id).where(Review.created_at >= cutoff)),
        Claim.id.in_(select(Evidence.claim_id).where(Evidence.created_at >= cutoff)),
        Claim.id.in_(select(Link.to_claim_id).where(Link.created_at >= cutoff)),
        Claim.id.in_(select(Link.from_claim_id).where(Link.created_at >= cutoff)),
    )


def _involves_source(name: str):
    """The source asserts the claim, or denies / contradicts it (aliases count)."""
    pattern = f"%{alias_key(name)}%"
    speaker_ids = (
        select(SourceAlias.source_id)
        .where(SourceAlias.alias_key.like(pattern))
        .union(select(Source.id).where(func.lower(Source.name).like(pattern)))
    )
    challenger = aliased(Claim)
    challenged_by_source = (
        select(Link.to_claim_id)
        .join(challenger, challenger.id == Link.from_claim_id)
        .where(Link.relation.in_(CHALLENGES), challenger.speaker_id.in_(speaker_ids))
    )
    return or_(Claim.speaker_id.in_(speaker_ids), Claim.id.in_(challenged_by_source))

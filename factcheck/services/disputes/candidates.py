"""Which claims are disputed (rules.disputed_ids) and when each last moved, no details."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time

from sqlalchemy import func, or_, select, union

from factcheck.services.common import chunks, dialect_name, like_pattern
from factcheck.services.disputes.rules import CHALLENGES, disputed_condition
from factcheck.services.source_names import alias_key
from factcheck.tables import as_utc, claims, evidence, links, reviews, source_aliases, sources
from factcheck.vocab import Status


def as_cutoff(since: datetime | date) -> datetime:
    if isinstance(since, datetime):
        return as_utc(since)
    return datetime.combine(since, time.min, tzinfo=UTC)


def disputed_activity(
    reader,
    *,
    article_id: int | None = None,
    source: str | None = None,
    cutoff: datetime | None = None,
    claim_ids: Iterable[int] | None = None,
    state: str = "all",
) -> dict[int, datetime]:
    """Each disputed claim (within the filters) with its last activity: the claim's own
    change, or a review, evidence or link on it, whichever is newest.

    `state`: "open", "resolved" or "all". A dispute is resolved when a published verdict
    settles it: published (not as `disputed`), not stale, and after the last link or
    evidence on the claim; a new challenge after publishing opens it again."""
    conditions = [disputed_condition(), claims.c.dismissed.is_(False)]
    if article_id is not None:
        conditions.append(claims.c.article_id == article_id)
    if claim_ids is not None:
        conditions.append(claims.c.id.in_(list(claim_ids)))
    if source:
        conditions.append(_involves_source(source))
    if cutoff is not None:
        conditions.append(_active_since(cutoff))
    query = select(
        claims.c.id,
        claims.c.created_at,
        claims.c.updated_at,
        claims.c.published_status,
        claims.c.published_at,
        claims.c.stale,
    ).where(*conditions)
    last: dict[int, datetime] = {}
    settled: dict[int, datetime] = {}
    for row in reader.execute(query):
        last[row.id] = max(as_utc(row.created_at), as_utc(row.updated_at))
        if _settles(row):
            settled[row.id] = as_utc(row.published_at)
    challenged: dict[int, datetime] = {}
    postgres = dialect_name(reader) == "postgresql"
    # PostgreSQL takes the whole set as one array parameter; SQLite takes IN lists.
    for chunk in [sorted(last)] if postgres else chunks(sorted(last)):
        _note_activity(reader, _among(chunk, postgres), last, challenged)
    found = _in_state(last, settled, challenged, state)
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


def _settles(row) -> bool:
    return (
        row.published_status is not None
        and row.published_status != Status.DISPUTED
        and not row.stale
        and row.published_at is not None
    )


def _in_state(last, settled, challenged, state: str) -> dict[int, datetime]:
    if state == "all":
        return last
    resolved = {
        claim_id
        for claim_id, published in settled.items()
        if claim_id not in challenged or published >= challenged[claim_id]
    }
    if state == "resolved":
        return {claim_id: at for claim_id, at in last.items() if claim_id in resolved}
    return {claim_id: at for claim_id, at in last.items() if claim_id not in resolved}


def _note_activity(
    reader, among, last: dict[int, datetime], challenged: dict | None = None
) -> None:
    """Pushes the time of every link, evidence and review on the given claims into `last`;
    `challenged` gets the time of the last link or evidence (what can open a dispute)."""
    challenged = {} if challenged is None else challenged

    def touch(claim_id: int, moment: datetime, challenge: bool = False) -> None:
        if claim_id in last:
            last[claim_id] = max(last[claim_id], as_utc(moment))
            if challenge:
                challenged[claim_id] = max(challenged.get(claim_id, as_utc(moment)), as_utc(moment))

    columns = (links.c.from_claim_id, links.c.to_claim_id, links.c.relation, links.c.created_at)
    # Two indexed queries rather than one OR, which defeats both indexes on PostgreSQL.
    link_times = union(
        select(*columns).where(among(links.c.to_claim_id)),
        select(*columns).where(among(links.c.from_claim_id)),
    )
    for from_id, to_id, _relation, created in reader.execute(link_times):
        touch(from_id, created)
        touch(to_id, created, challenge=True)
    evidence_times = select(evidence.c.claim_id, evidence.c.created_at).where(
        among(evidence.c.claim_id)
    )
    for claim_id, created in reader.execute(evidence_times):
        touch(claim_id, created, challenge=True)
    review_times = select(reviews.c.claim_id, reviews.c.created_at).where(among(reviews.c.claim_id))
    for claim_id, created in reader.execute(review_times):
        touch(claim_id, created)


def _active_since(cutoff: datetime):
    return or_(
        claims.c.updated_at >= cutoff,
        claims.c.id.in_(select(reviews.c.claim_id).where(reviews.c.created_at >= cutoff)),
        claims.c.id.in_(select(evidence.c.claim_id).where(evidence.c.created_at >= cutoff)),
        claims.c.id.in_(select(links.c.to_claim_id).where(links.c.created_at >= cutoff)),
        claims.c.id.in_(select(links.c.from_claim_id).where(links.c.created_at >= cutoff)),
    )


def _involves_source(name: str):
    """The source asserts the claim, or denies / contradicts it (aliases count)."""
    pattern, escape = like_pattern(alias_key(name))
    speaker_ids = (
        select(source_aliases.c.source_id)
        .where(source_aliases.c.alias_key.like(pattern, escape=escape))
        .union(select(sources.c.id).where(func.lower(sources.c.name).like(pattern, escape=escape)))
    )
    challenger = claims.alias("challenger")
    challenged_by_source = (
        select(links.c.to_claim_id)
        .join(challenger, challenger.c.id == links.c.from_claim_id)
        .where(links.c.relation.in_(CHALLENGES), challenger.c.speaker_id.in_(speaker_ids))
    )
    return or_(claims.c.speaker_id.in_(speaker_ids), claims.c.id.in_(challenged_by_source))

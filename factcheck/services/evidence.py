"""Evidence: citations a reviewer attaches to a claim, with a stance."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from factcheck.errors import BadInput
from factcheck.models import Evidence
from factcheck.services import trail
from factcheck.services.claims import get_claim
from factcheck.services.ledger_events import lock_ledger
from factcheck.vocab import Stance


def add_evidence(
    session: Session,
    *,
    claim_id: int,
    stance: Stance,
    added_by: str,
    url: str | None = None,
    reference: str | None = None,
    publisher: str | None = None,
    excerpt: str | None = None,
    accessed: date | None = None,
) -> Evidence:
    if not (url or reference):
        raise BadInput("evidence needs a url or a reference", fields=("url", "reference"))
    if url and not url.startswith(("http://", "https://", "doi:", "urn:")):
        raise BadInput(
            f"the url must start with http:// or https:// (got {url!r})", fields=("url",)
        )
    lock_ledger(session)
    claim = get_claim(session, claim_id)
    evidence = Evidence(
        claim_id=claim.id,
        url=url,
        reference=reference,
        publisher=publisher,
        excerpt=excerpt,
        accessed=accessed or date.today(),
        stance=stance,
        added_by=added_by,
    )
    session.add(evidence)
    session.flush()
    trail.evidence_added(session, evidence, added_by)
    return evidence

"""The reviewing verbs: `review`, `evidence add|retract`, `history` (links: cli/links.py)."""

from typing import Annotated

import typer

from factcheck.cli.common import (
    DbOption,
    FormatOption,
    OutputFormat,
    Table,
    done,
    open_session,
    output_rows,
    shorten,
)
from factcheck.vocab import Stance, Status

evidence_app = typer.Typer(no_args_is_help=True, help="Attach evidence to claims.")

ReviewerOption = Annotated[
    str | None,
    typer.Option("--reviewer", help="Who reviews (default: FACTCHECK_REVIEWER, config, login)."),
]


def review(
    claim_id: Annotated[int, typer.Argument(help="Claim id.")],
    status: Annotated[str, typer.Option(help=", ".join(s.value for s in Status))],
    note: Annotated[str, typer.Option(help="Why: the rationale of the verdict.")],
    reviewer: ReviewerOption = None,
    override: Annotated[
        bool,
        typer.Option(
            help="Review a claim assigned to someone else, or replace another reviewer's "
            "verdict of the last 24 hours."
        ),
    ] = False,
    db: DbOption = None,
    format: FormatOption = OutputFormat.TABLE,
) -> None:
    """Record a verdict on a claim (append-only, hash-chained).

    A claim assigned to someone else, or another reviewer's verdict of the last 24 hours,
    is not overridden without --override (the refusal says whose it is).
    Example: factcheck review 12 --status false --note "Port records show 3 ships, not 30"
    """
    from factcheck.serialize import review_dict
    from factcheck.services.identity import current_actor
    from factcheck.services.reviews import add_review
    from factcheck.vocab import parse_enum

    with open_session(db) as session:
        verdict = parse_enum(Status, status, "status")
        row = add_review(
            session,
            claim_id=claim_id,
            status=verdict,
            rationale=note,
            reviewer=current_actor(session, reviewer),
            override=override,
        )
        if format == OutputFormat.TABLE:
            done(f"review {row.seq} recorded: claim {claim_id} is {verdict.value} ({row.reviewer})")
        else:
            output_rows(review_dict(row), format)


@evidence_app.command("add")
def evidence_add(
    claim_id: Annotated[int, typer.Argument(help="Claim id.")],
    stance: Annotated[str, typer.Option(help="supports, refutes or context.")],
    url: Annotated[str | None, typer.Option(help="Where the evidence is.")] = None,
    reference: Annotated[str | None, typer.Option(help="Bibliographic reference.")] = None,
    publisher: Annotated[str | None, typer.Option(help="Who published it.")] = None,
    excerpt: Annotated[str | None, typer.Option(help="The passage that matters.")] = None,
    accessed: Annotated[str | None, typer.Option(help="Accessed on, YYYY-MM-DD (today).")] = None,
    reviewer: ReviewerOption = None,
    db: DbOption = None,
    format: FormatOption = OutputFormat.TABLE,
) -> None:
    """Attach a piece of evidence to a claim.

    Example: factcheck evidence add 12 --stance refutes --url https://example.org/port-log \\
    --publisher "Port Authority" --excerpt "3 vessels docked"
    """
    from factcheck.cli.articles import parse_date
    from factcheck.serialize import evidence_dict
    from factcheck.services.evidence import add_evidence
    from factcheck.services.identity import current_actor
    from factcheck.vocab import parse_enum

    accessed_on = parse_date(accessed, "--accessed")
    with open_session(db) as session:
        item = add_evidence(
            session,
            claim_id=claim_id,
            stance=parse_enum(Stance, stance, "stance"),
            added_by=current_actor(session, reviewer),
            url=url,
            reference=reference,
            publisher=publisher,
            excerpt=excerpt,
            accessed=accessed_on,
        )
        if format == OutputFormat.TABLE:
            done(f"evidence {item.id} ({item.stance.value}) added to claim {claim_id}")
        else:
            output_rows(evidence_dict(item), format)


@evidence_app.command("retract")
def evidence_retract(
    evidence_id: Annotated[int, typer.Argument(help="Evidence id (see claims show).")],
    reason: Annotated[str, typer.Option(help="Why it no longer counts.")],
    reviewer: ReviewerOption = None,
    db: DbOption = None,
) -> None:
    """Retract a piece of evidence: it stays on record, marked, and no longer counts
    (disputes, reports, CSV); the claim's history says who retracted it and why.

    Example: factcheck evidence retract 7 --reason "the log was for another port"
    """
    from factcheck.services.identity import current_actor
    from factcheck.services.undo import retract_evidence

    with open_session(db) as session:
        item = retract_evidence(
            session,
            evidence_id=evidence_id,
            reason=reason,
            actor=current_actor(session, reviewer),
        )
        done(f"evidence {item.id} retracted (claim {item.claim_id})")


def history(
    claim_id: Annotated[int, typer.Argument(help="Claim id.")],
    db: DbOption = None,
    format: FormatOption = OutputFormat.TABLE,
) -> None:
    """Everything that happened to a claim, oldest first.

    Example: factcheck history 12
    """
    from factcheck.serialize import iso
    from factcheck.services.reviews import claim_history

    with open_session(db, read_only=True) as session:
        entries = claim_history(session, claim_id)
        output_rows(
            [
                {"at": iso(e.at), "kind": e.kind, "by": e.actor, "summary": e.summary}
                for e in entries
            ],
            format,
            lambda: Table(
                f"History of claim {claim_id}",
                ["when (UTC)", "what", "who", "detail"],
                [[iso(e.at), e.kind, e.actor, shorten(e.summary, 90)] for e in entries],
            ),
        )

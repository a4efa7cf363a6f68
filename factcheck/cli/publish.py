"""`factcheck publish`: an editor makes claims' latest verdicts the published ones."""

from typing import Annotated

import typer

from factcheck.cli.common import (
    DbOption,
    FormatOption,
    OutputFormat,
    done,
    open_session,
    output_rows,
)


def publish(
    claim_ids: Annotated[list[int], typer.Argument(help="Claim ids.")],
    note: Annotated[str | None, typer.Option(help="A note for the record.")] = None,
    by: Annotated[
        str | None,
        typer.Option("--by", help="Who publishes (default: FACTCHECK_REVIEWER, config, login)."),
    ] = None,
    db: DbOption = None,
    format: FormatOption = OutputFormat.TABLE,
) -> None:
    """Publish the latest verdict of each claim: what ClaimReview exports and reports mark
    as published. A later review changes nothing published until it is published again.
    All or nothing: one claim without a verdict (or dismissed, or stale) publishes none.

    Example: factcheck publish 12 13 --note "checked by the desk"
    """
    from factcheck.services.identity import current_actor
    from factcheck.services.publishing import publish_claims

    with open_session(db) as session:
        editor = current_actor(session, by)
        results = publish_claims(session, claim_ids=claim_ids, editor=editor, note=note)
    if format != OutputFormat.TABLE:
        output_rows([r.__dict__ for r in results], format)
        return
    for r in results:
        verb = "published" if r.changed else "already published"
        done(f"{verb}: claim {r.claim_id} is {r.status} (review {r.review_seq})")

"""`factcheck audit verify|checkpoint`: the ledger's trail, its chain and every claim's anchor."""

import typer

from factcheck.cli.common import DbOption, FormatOption, OutputFormat, open_session, print_json

app = typer.Typer(no_args_is_help=True, help="Prove the ledger was not altered.")


@app.command("verify")
def verify(db: DbOption = None, format: FormatOption = OutputFormat.TABLE) -> None:
    """Replay the ledger's trail: check its hash chain and that every claim, review, evidence,
    link and article row is what the events say; recompute the review chain and check
    text[start:end] == quote for every claim.

    Exits 1 and names every row or event that disagrees.
    Example: factcheck audit verify
    """
    from factcheck.services.audit import verify_ledger

    with open_session(db, read_only=True) as session:
        result = verify_ledger(session)
    trail = result.trail
    if format == OutputFormat.JSON:
        print_json(
            {
                "ok": result.ok,
                "events_checked": trail.events_checked,
                "head": {"seq": trail.head_seq, "hash": trail.head_hash},
                "trail_chain_break": trail.chain_break,
                "trail_errors": trail.errors,
                "trail_error_count": trail.error_count,
                "reviews_checked": result.reviews_checked,
                "claims_checked": result.claims_checked,
                "chain_break": result.chain_break,
                "anchor_errors": result.anchor_errors,
            }
        )
    else:
        _print_result(result)
    if not result.ok:
        raise typer.Exit(1)


def _print_result(result) -> None:
    trail = result.trail
    typer.echo(
        f"trail: {trail.chain_break or 'chain intact'} ({trail.events_checked} events, "
        f"head {trail.head_seq} {trail.head_hash[:16]})"
    )
    state = f"{trail.error_count} rows disagree" if trail.error_count else "explained by the trail"
    typer.echo(f"state: {state}")
    for error in trail.errors[:50]:
        typer.echo(f"  {error}")
    if trail.error_count > 50:
        typer.echo(f"  ... and {trail.error_count - 50} more (--format json lists up to 200)")
    chain = result.chain_break or "intact"
    typer.echo(f"review chain: {chain} ({result.reviews_checked} reviews)")
    anchors = f"{len(result.anchor_errors)} broken" if result.anchor_errors else "all hold"
    typer.echo(f"anchors: {anchors} ({result.claims_checked} claims)")
    for error in result.anchor_errors[:20]:
        typer.echo(f"  {error}")

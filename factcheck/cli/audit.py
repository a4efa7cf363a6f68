"""`factcheck audit verify`: the review hash chain and every claim's anchor."""


import typer

from factcheck.cli.common import DbOption, FormatOption, OutputFormat, open_session, output_rows

app = typer.Typer(no_args_is_help=True, help="Prove the ledger was not altered.")


@app.command("verify")
def verify(db: DbOption = None, format: FormatOption = OutputFormat.TABLE) -> None:
    """Recompute the review hash chain and check text[start:end] == quote for every claim.

    Exits 1 and names the first broken link if anything was altered.
    Example: factcheck audit verify
    """
    from factcheck.services.audit import verify_ledger

    with open_session(db, read_only=True) as session:
        result = verify_ledger(session)
    data = {
        "ok": result.ok,
        "reviews_checked": result.reviews_checked,
        "claims_checked": result.claims_checked,
        "chain_break": result.chain_break,
        "anchor_errors": result.anchor_errors,
    }
    output_rows(data, format, lambda: _print_result(result))
    if not result.ok:
        raise typer.Exit(1)


def _print_result(result) -> None:
    chain = result.chain_break or "intact"
    typer.echo(f"review chain: {chain} ({result.reviews_checked} reviews)")
    anchors = f"{len(result.anchor_errors)} broken" if result.anchor_errors else "all hold"
    typer.echo(f"anchors: {anchors} ({result.claims_checked} claims)")
    for error in result.anchor_errors[:20]:
        typer.echo(f"  {error}")

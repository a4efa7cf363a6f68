"""`factcheck export claimreview|csv|jsonl`: the ledger for other tools and for backups."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from factcheck.cli.common import DbOption, done, open_session

app = typer.Typer(
    no_args_is_help=True,
    help="Export the ledger: ClaimReview JSON-LD, a CSV of claims, a JSON Lines backup.",
)

OutputOption = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write to this file (default: stdout).")
]


def _export(db: str | None, output: Path | None, produce) -> None:
    from factcheck.cli.report import write_chunks

    with open_session(db, read_only=True) as session:
        write_chunks(produce(session), output, db)
    if output is not None:
        done(f"wrote {output}")


@app.command("claimreview")
def claimreview(
    output: OutputOption = None,
    organization: Annotated[
        str, typer.Option(help="Who publishes the fact-checks (ClaimReview publisher).")
    ] = "factcheck",
    db: DbOption = None,
) -> None:
    """schema.org ClaimReview JSON-LD for every claim with a verdict; the scale is documented.

    Example: factcheck export claimreview --output claimreview.jsonld
    """
    from factcheck.services.exports import claimreview_document

    _export(db, output, lambda s: claimreview_document(s, organization=organization))


@app.command("csv")
def csv_(
    output: OutputOption = None,
    exact: Annotated[
        bool,
        typer.Option(
            "--exact",
            help="Keep cells exactly as stored. By default a cell starting with = + - @ "
            "gets a leading ' so spreadsheets do not run it as a formula.",
        ),
    ] = False,
    db: DbOption = None,
) -> None:
    """One row per claim: article, quote, speaker, attribution, status and last review.

    Example: factcheck export csv --output claims.csv
    """
    from factcheck.services.exports import csv_document

    _export(db, output, lambda session: csv_document(session, exact=exact))


@app.command("jsonl")
def jsonl(output: OutputOption = None, db: DbOption = None) -> None:
    """A full backup: one JSON object per row of every table, parents first, same ids.

    Each line is {"type": "article|source|source_alias|citation|claim|claim_event|review|
    evidence|link", ...all columns}; times keep microseconds so the review chain verifies
    after a restore.
    Example: factcheck export jsonl --output backup.jsonl
    """
    from factcheck.services.exports import jsonl_document

    _export(db, output, jsonl_document)

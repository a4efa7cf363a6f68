"""`factcheck export claimreview|csv|jsonl`: the ledger for other tools and for backups."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from factcheck.cli.common import DbOption, done, open_session
from factcheck.cli.filters import (
    ArticleFilter,
    AttributionFilter,
    DismissedFilter,
    DisputedFilter,
    SearchFilter,
    SpeakerFilter,
    StaleFilter,
    StatusFilter,
)

app = typer.Typer(
    no_args_is_help=True,
    help="Export the ledger: ClaimReview JSON-LD, a CSV of claims, a JSON Lines backup.",
)

OutputOption = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write to this file (default or -: stdout).")
]


def _export(db: str | None, output: Path | None, produce) -> None:
    from factcheck.cli.output import is_stdout, write_output

    with open_session(db, read_only=True) as session:
        write_output(produce(session), output, db)
    if not is_stdout(output):
        done(f"wrote {output}")


@app.command("claimreview")
def claimreview(
    output: OutputOption = None,
    base_url: Annotated[
        str | None,
        typer.Option(
            "--base-url",
            help="Where the fact-check pages live: each review's url is BASE/claims/ID "
            "(default: FACTCHECK_BASE_URL, factcheck.toml base_url).",
        ),
    ] = None,
    organization: Annotated[
        str | None,
        typer.Option(
            help="The fact-checking organisation: author and publisher of every review "
            "(default: FACTCHECK_ORGANIZATION, factcheck.toml [organization] name)."
        ),
    ] = None,
    draft: Annotated[
        bool,
        typer.Option(
            "--draft", help="Export without a base URL or organisation (placeholder urls)."
        ),
    ] = False,
    db: DbOption = None,
) -> None:
    """schema.org ClaimReview JSON-LD of every published verdict (see `factcheck publish`):
    one review per same_as cluster, the rating scale documented in the export.

    Example: factcheck export claimreview --base-url https://check.example --output reviews.jsonld
    """
    from factcheck import config
    from factcheck.services.claimreview import claimreview_document, publisher_from

    publisher = publisher_from(
        name=config.value("organization_name", organization),
        url=config.value("organization_url"),
        base_url=config.value("base_url", base_url),
        draft=draft,
    )
    gaps: list[str] = []
    _export(db, output, lambda s: claimreview_document(s, publisher=publisher, gaps=gaps))
    for gap in gaps[:20]:
        typer.echo(f"note: {gap} (Google recommends it)", err=True)
    if len(gaps) > 20:
        typer.echo(f"note: {len(gaps) - 20} more such gaps", err=True)


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
    article: ArticleFilter = None,
    status: StatusFilter = None,
    attribution: AttributionFilter = None,
    speaker: SpeakerFilter = None,
    search: SearchFilter = None,
    disputed: DisputedFilter = False,
    stale: StaleFilter = False,
    dismissed: DismissedFilter = False,
    db: DbOption = None,
) -> None:
    """One row per claim, filtered as `claims list` is: article and its url, quote, speaker,
    attribution, certainty, check-worthiness, claim type, status, the last review (by, at,
    note), the published verdict, evidence count and urls.

    Example: factcheck export csv --status false,misleading --output claims.csv
    """
    from factcheck.cli.filters import claim_filters
    from factcheck.services.exports import csv_document

    def produce(session):
        filters = claim_filters(
            session,
            article=article,
            status=status,
            attribution=attribution,
            speaker=speaker,
            search=search,
            disputed=disputed,
            stale=stale,
            dismissed=dismissed,
        )
        return csv_document(session, exact=exact, filters=filters)

    _export(db, output, produce)


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

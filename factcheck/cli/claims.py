"""`factcheck claims add|list|show|edit`."""

from typing import Annotated

import typer

from factcheck.cli.common import (
    DbOption,
    FormatOption,
    OutputFormat,
    done,
    in_transaction,
    open_session,
    print_json,
    print_table,
    user_errors,
)
from factcheck.vocab import Attribution, Status

app = typer.Typer(no_args_is_help=True, help="Record, find, read and edit claims.")

AttributionOption = Annotated[
    str | None,
    typer.Option(
        help="asserted, said, according_to, claimed, reportedly, alleged, denied, "
        "estimated or rumored."
    ),
]


@app.command("add")
def add(
    article: Annotated[str, typer.Argument(help="Article id, slug or url.")],
    quote: Annotated[str, typer.Option(help="The exact words of the article.")],
    speaker: Annotated[
        str | None, typer.Option(help="Who asserts it (empty: the article).")
    ] = None,
    attribution: AttributionOption = "asserted",
    cue: Annotated[
        str | None, typer.Option(help="Cue words as in the text, e.g. 'denies'.")
    ] = None,
    occurrence: Annotated[
        int | None, typer.Option(help="Which occurrence, when the quote appears more than once.")
    ] = None,
    text: Annotated[str | None, typer.Option("--text", help="The claim restated.")] = None,
    by: Annotated[str | None, typer.Option("--by", help="Who records it.")] = None,
    db: DbOption = None,
    format: FormatOption = OutputFormat.TABLE,
) -> None:
    """Record a claim by its quote. Whitespace and quote marks are forgiven; offsets are exact.

    Example: factcheck claims add 1 --quote "though the ministry denies this" \\
    --attribution denied --speaker "Ministry of Ports" --cue denies
    """
    from factcheck.serialize import claim_dict
    from factcheck.services.articles import resolve_article
    from factcheck.services.claims import NewClaim, add_claim
    from factcheck.services.common import current_user
    from factcheck.vocab import parse_enum

    with open_session(db) as session:
        kind = parse_enum(Attribution, attribution or "asserted", "attribution")
        target = resolve_article(session, article)
        claim = add_claim(
            session,
            article_id=target.id,
            data=NewClaim(quote, speaker, kind, cue, occurrence, text),
            actor=current_user(by),
        )
        if format == OutputFormat.JSON:
            print_json(claim_dict(claim, claim.speaker_id and _speaker(session, claim)))
        else:
            done(f"added claim {claim.id} (article {target.id}, chars {claim.start}-{claim.end})")


def _speaker(session, claim):
    from factcheck.models import Source

    return session.get(Source, claim.speaker_id)


@app.command("list")
def list_(
    article: Annotated[str | None, typer.Option(help="Article id, slug or url.")] = None,
    status: Annotated[str | None, typer.Option(help="e.g. unverified, verified, false.")] = None,
    attribution: AttributionOption = None,
    speaker: Annotated[str | None, typer.Option(help="Source name or alias (part).")] = None,
    search: Annotated[str | None, typer.Option(help="Words in the quote.")] = None,
    disputed: Annotated[bool, typer.Option("--disputed", help="Only disputed claims.")] = False,
    limit: Annotated[int, typer.Option(min=0, help="At most this many (0: all).")] = 200,
    offset: Annotated[int, typer.Option(min=0, help="Skip this many first.")] = 0,
    db: DbOption = None,
    format: FormatOption = OutputFormat.TABLE,
) -> None:
    """List claims, filtered.

    Example: factcheck claims list --attribution reportedly --status unverified
    """
    from factcheck.serialize import claim_dict
    from factcheck.services.articles import resolve_article
    from factcheck.services.claims import ClaimFilters, list_claims
    from factcheck.vocab import parse_enum

    with open_session(db, read_only=True) as session:
        filters = ClaimFilters(
            article_id=resolve_article(session, article).id if article else None,
            status=parse_enum(Status, status, "status") if status else None,
            attribution=parse_enum(Attribution, attribution, "attribution")
            if attribution
            else None,
            speaker=speaker,
            search=search,
            disputed=disputed,
            limit=limit or None,
            offset=offset,
        )
        claims = list_claims(session, filters)
        if format == OutputFormat.JSON:
            print_json([claim_dict(c, c.speaker) for c in claims])
            return
        print_table(
            _list_title(len(claims), limit, offset),
            ["id", "art", "quote", "speaker", "attribution", "cue", "status"],
            [
                [
                    c.id,
                    c.article_id,
                    c.quote,  # as stored: the table folds it, never alters it
                    c.speaker.name if c.speaker else "",
                    c.attribution.value,
                    c.cue,
                    c.status.value,
                ]
                for c in claims
            ],
        )


def _list_title(shown: int, limit: int, offset: int) -> str:
    if limit and shown == limit:  # a full page: there may be more
        return f"Claims {offset + 1}-{offset + shown} (more with --offset {offset + shown})"
    return f"Claims ({shown})"


@app.command("show")
def show(
    claim_id: Annotated[int, typer.Argument(help="Claim id.")],
    db: DbOption = None,
    format: FormatOption = OutputFormat.TABLE,
) -> None:
    """Show a claim: its quote in context, attribution, evidence, links and history.

    Example: factcheck claims show 12 --format json
    """
    from factcheck.cli.render import render_claim_detail
    from factcheck.services.claims import claim_detail

    with open_session(db, read_only=True) as session:
        detail = claim_detail(session, claim_id)
        render_claim_detail(session, detail, format)


@app.command("edit")
def edit(
    claim_id: Annotated[int, typer.Argument(help="Claim id.")],
    text: Annotated[str | None, typer.Option("--text", help="New claim text.")] = None,
    speaker: Annotated[str | None, typer.Option(help="New speaker ('' to clear).")] = None,
    attribution: AttributionOption = None,
    cue: Annotated[str | None, typer.Option(help="New cue ('' to clear).")] = None,
    if_version: Annotated[
        int | None, typer.Option(help="Refuse if the claim changed since this version.")
    ] = None,
    by: Annotated[str | None, typer.Option("--by", help="Who edits.")] = None,
    db: DbOption = None,
) -> None:
    """Edit claim_text, speaker, attribution or cue; every change is recorded.

    Example: factcheck claims edit 12 --speaker "Ministry of Ports" --if-version 1
    """
    from factcheck.services.claims import edit_claim
    from factcheck.services.common import current_user
    from factcheck.vocab import parse_enum

    changes: dict = {}
    if text is not None:
        changes["claim_text"] = text
    if speaker is not None:
        changes["speaker"] = speaker
    if cue is not None:
        changes["cue"] = cue
    if attribution is not None:
        with user_errors():
            changes["attribution"] = parse_enum(Attribution, attribution, "attribution")

    def apply(session):
        claim, events = edit_claim(
            session,
            claim_id=claim_id,
            changes=changes,
            actor=current_user(by),
            expected_version=if_version,
        )
        return claim.id, claim.lock_version, [e.field for e in events]

    if if_version is not None:
        # A stale --if-version stays stale: one attempt, and the user decides.
        with open_session(db) as session:
            edited_id, version, fields = apply(session)
    else:
        # Without it, an edit that raced another writer is simply applied again.
        edited_id, version, fields = in_transaction(db, apply)
    done(f"edited claim {edited_id}: {', '.join(fields)} (now version {version})")

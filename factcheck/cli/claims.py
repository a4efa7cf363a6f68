"""`factcheck claims add|list|show|edit|dismiss|restore`."""

from enum import StrEnum
from typing import Annotated

import typer

from factcheck.cli.common import (
    DbOption,
    FormatOption,
    OutputFormat,
    Table,
    done,
    in_transaction,
    open_reader,
    open_session,
    output_rows,
    status_cell,
)
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
from factcheck.vocab import Attribution

app = typer.Typer(no_args_is_help=True, help="Record, find, read and edit claims.")


class SortOrder(StrEnum):
    ID = "id"
    CHECKWORTHINESS = "checkworthiness"
    CREATED = "created"
    STATUS = "status"


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
    from factcheck.services.articles import resolve_article
    from factcheck.services.claim_record import claim_json
    from factcheck.services.claims import NewClaim, add_claim
    from factcheck.services.identity import current_actor
    from factcheck.vocab import parse_enum

    with open_session(db) as session:
        kind = parse_enum(Attribution, attribution or "asserted", "attribution")
        target = resolve_article(session, article)
        claim = add_claim(
            session,
            article_id=target.id,
            data=NewClaim(quote, speaker, kind, cue, occurrence, text),
            actor=current_actor(session, by),
        )
        if format == OutputFormat.TABLE:
            done(f"added claim {claim.id} (article {target.id}, chars {claim.start}-{claim.end})")
        else:
            output_rows(claim_json(claim, claim.speaker_id and _speaker(session, claim)), format)


def _speaker(session, claim):
    from factcheck.models import Source

    return session.get(Source, claim.speaker_id)


@app.command("list")
def list_(
    article: ArticleFilter = None,
    status: StatusFilter = None,
    attribution: AttributionFilter = None,
    speaker: SpeakerFilter = None,
    search: SearchFilter = None,
    disputed: DisputedFilter = False,
    stale: StaleFilter = False,
    dismissed: DismissedFilter = False,
    sort: Annotated[
        SortOrder,
        typer.Option(
            help="id (default), checkworthiness (highest first), created (newest first) or status."
        ),
    ] = SortOrder.ID,
    min_score: Annotated[
        float | None,
        typer.Option(min=0.0, max=1.0, help="Only claims scoring at least this (0..1)."),
    ] = None,
    limit: Annotated[int, typer.Option(min=0, help="At most this many (0: all).")] = 200,
    offset: Annotated[int, typer.Option(min=0, help="Skip this many first.")] = 0,
    db: DbOption = None,
    format: FormatOption = OutputFormat.TABLE,
) -> None:
    """List claims, filtered and sorted (dismissed claims only with --dismissed); the score
    is the check-worthiness (0..1).

    Example: factcheck claims list --sort checkworthiness --min-score 0.8 --status unverified
    """
    from factcheck.cli.filters import claim_filters
    from factcheck.services.claim_filters import list_claim_rows

    with open_reader(db) as connection:
        filters = claim_filters(
            connection,
            article=article,
            status=status,
            attribution=attribution,
            speaker=speaker,
            search=search,
            disputed=disputed,
            stale=stale,
            dismissed=dismissed,
            min_score=min_score,
            sort=sort.value,
            limit=limit or None,
            offset=offset,
        )
        rows = list_claim_rows(connection, filters)
    if format == OutputFormat.TABLE:
        # The table is made of the rows as read: no records to build (their module and 200
        # of them are ~8 ms of a listing's start-up).
        output_rows(None, format, _claims_table(rows, limit, offset))
        return
    from factcheck.services.claim_record import claim_records

    output_rows(claim_records(rows, "speaker_name"), format)


def _claims_table(rows: list, limit: int, offset: int) -> Table:
    return Table(
        _list_title(len(rows), limit, offset),
        ["id", "art", "quote", "speaker", "attribution", "cue", "status", "score", "type"],
        [
            [
                c.id,
                _article_ref(c),
                c.quote,  # as stored: the table folds it, never alters it
                c.speaker_name or "",
                c.attribution.value,
                c.cue,
                status_cell(c.status.value, _status_label(c)),
                "" if c.checkworthiness is None else f"{c.checkworthiness:.3f}",
                c.claim_type.value,
            ]
            for c in rows
        ],
    )


def _article_ref(row) -> str:
    """A claim's article version as people name it: the article's id, and its version
    when not 1."""
    key = row.article_key or row.article_id
    return f"{key}" + (f" v{row.article_version}" if row.article_version > 1 else "")


def _status_label(claim) -> str:
    marks = [
        f"published {claim.published_status.value}" if claim.published_status else None,
        "stale" if claim.stale else None,
        "dismissed" if claim.dismissed else None,
        f"assigned {claim.assignee}" if claim.assignee else None,
    ]
    extra = ", ".join(m for m in marks if m)
    return f"{claim.status.value} ({extra})" if extra else claim.status.value


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
    from factcheck.services.claim_views import claim_view

    with open_reader(db) as connection:
        view = claim_view(connection, claim_id)
    render_claim_detail(view, format)


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
    from factcheck.services.identity import current_actor
    from factcheck.vocab import parse_enum

    changes: dict = {}
    if text is not None:
        changes["claim_text"] = text
    if speaker is not None:
        changes["speaker"] = speaker
    if cue is not None:
        changes["cue"] = cue
    if attribution is not None:
        changes["attribution"] = parse_enum(Attribution, attribution, "attribution")

    def apply(session):
        claim, events = edit_claim(
            session,
            claim_id=claim_id,
            changes=changes,
            actor=current_actor(session, by),
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


@app.command("dismiss")
def dismiss(
    claim_ids: Annotated[list[int], typer.Argument(help="Claim ids.")],
    reason: Annotated[str, typer.Option(help="Why: not a claim, not check-worthy...")],
    by: Annotated[str | None, typer.Option("--by", help="Who dismisses.")] = None,
    db: DbOption = None,
) -> None:
    """Dismiss claims (not a claim, not worth checking): they leave lists, disputes and
    exports, stay on record and can be restored; their history says who and why.

    Example: factcheck claims dismiss 14 15 --reason "a photo caption, not a claim"
    """
    from factcheck.services.identity import current_actor
    from factcheck.services.undo import dismiss_claim

    with open_session(db) as session:
        for claim_id in claim_ids:
            actor = current_actor(session, by)
            dismiss_claim(session, claim_id=claim_id, reason=reason, actor=actor)
    done(f"dismissed claim{'s' if len(claim_ids) > 1 else ''} {', '.join(map(str, claim_ids))}")


@app.command("restore")
def restore(
    claim_ids: Annotated[list[int], typer.Argument(help="Claim ids.")],
    note: Annotated[str | None, typer.Option(help="Why it is back.")] = None,
    by: Annotated[str | None, typer.Option("--by", help="Who restores.")] = None,
    db: DbOption = None,
) -> None:
    """Restore dismissed claims to the lists and exports.

    Example: factcheck claims restore 14 --note "it is a claim after all"
    """
    from factcheck.services.identity import current_actor
    from factcheck.services.undo import restore_claim

    with open_session(db) as session:
        for claim_id in claim_ids:
            restore_claim(session, claim_id=claim_id, actor=current_actor(session, by), note=note)
    done(f"restored claim{'s' if len(claim_ids) > 1 else ''} {', '.join(map(str, claim_ids))}")

"""`factcheck assign` and `factcheck queue`: who checks what, by when."""

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


def assign(
    claim_ids: Annotated[list[int], typer.Argument(help="Claim ids.")],
    to: Annotated[str, typer.Option("--to", help="Who is to check them.")],
    due: Annotated[str | None, typer.Option(help="Due date, YYYY-MM-DD.")] = None,
    by: Annotated[str | None, typer.Option("--by", help="Who assigns (SQLite).")] = None,
    db: DbOption = None,
) -> None:
    """Give claims to a reviewer, optionally due by a date (editors; on PostgreSQL the
    database refuses anyone else). A review by someone else then asks for --override.

    Example: factcheck assign 12 14 --to alice --due 2026-12-05
    """
    from factcheck.cli.articles import parse_date
    from factcheck.services.assignments import assign_claims
    from factcheck.services.identity import current_actor

    due_on = parse_date(due, "--due")
    with open_session(db) as session:
        claims = assign_claims(
            session, claim_ids, assignee=to, due=due_on, actor=current_actor(session, by)
        )
    when = f", due {due_on.isoformat()}" if due_on else ""
    ids = ", ".join(str(c.id) for c in claims)
    done(f"claim{'s' if len(claims) > 1 else ''} {ids} assigned to {to}{when}")


def queue(
    mine: Annotated[bool, typer.Option("--mine", help="Only claims assigned to me.")] = False,
    to: Annotated[str | None, typer.Option("--to", help="Only claims assigned to NAME.")] = None,
    overdue: Annotated[bool, typer.Option(help="Only claims past their due date.")] = False,
    limit: Annotated[int, typer.Option(min=0, help="At most this many (0: all).")] = 100,
    db: DbOption = None,
    format: FormatOption = OutputFormat.TABLE,
) -> None:
    """Assigned claims still to check: soonest due first, then the most check-worthy.

    Example: factcheck queue --mine --overdue
    """
    from factcheck.serialize import iso
    from factcheck.services.assignments import queue as work_queue
    from factcheck.services.identity import current_actor

    with open_session(db, read_only=True) as session:
        assignee = current_actor(session) if mine else to
        entries = work_queue(session, assignee=assignee, overdue=overdue, limit=limit or None)
        data = [
            {
                "claim_id": e.claim.id,
                "quote": e.claim.quote,
                "status": e.claim.status.value,
                "assignee": e.assignee,
                "due": iso(e.due),
                "overdue": e.overdue,
                "score": e.score,
            }
            for e in entries
        ]
        rows = [
            [
                e.claim.id,
                (iso(e.due) or "") + (" OVERDUE" if e.overdue else ""),
                e.assignee,
                "" if e.score is None else f"{e.score:.3f}",
                e.claim.status.value + (" (stale)" if e.claim.stale else ""),
                shorten(e.claim.quote, 70),
            ]
            for e in entries
        ]
    if not entries and format == OutputFormat.TABLE:
        typer.echo("nothing assigned is waiting to be checked (factcheck assign CLAIM --to NAME)")
        return
    title = f"Queue{' of ' + assignee if assignee else ''} ({len(entries)})"
    output_rows(
        data, format, Table(title, ["id", "due", "assignee", "score", "status", "quote"], rows)
    )

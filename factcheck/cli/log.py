"""`factcheck log`: the ledger's trail as a readable feed, newest first (git log for the ledger)."""

from datetime import UTC, datetime
from typing import Annotated

import typer

from factcheck.cli.common import (
    DbOption,
    FormatOption,
    OutputFormat,
    Table,
    fail,
    open_session,
    output_rows,
    shorten,
)


def _since(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        fail(f"--since must be a date or time as YYYY-MM-DD[THH:MM] (got {value!r})")
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def log(
    since: Annotated[str | None, typer.Option(help="From this UTC date or time on.")] = None,
    actor: Annotated[str | None, typer.Option(help="Only this person or database role.")] = None,
    claim: Annotated[int | None, typer.Option(help="Only events about this claim id.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many events (0: all).")] = 50,
    db: DbOption = None,
    format: FormatOption = OutputFormat.TABLE,
) -> None:
    """Every change to the ledger, newest first: who did what, when, and each event's hash.

    Example: factcheck log --since 2026-12-01 --actor alice
    """
    from factcheck.serialize import iso
    from factcheck.services.ledger_events import activity

    moment = _since(since)
    with open_session(db, read_only=True) as session:
        events = activity(
            session, since=moment, actor=actor, claim_id=claim, limit=max(limit, 0) or None
        )
    data = [
        {
            "seq": e.seq,
            "at": iso(e.created_at),
            "kind": e.kind,
            "by": e.actor,
            "db_role": e.db_role,
            "claim_id": e.claim_id,
            "article_id": e.article_id,
            "summary": e.summary,
            "hash": e.hash,
        }
        for e in events
    ]
    table = Table(
        "Ledger activity (newest first)",
        ["#", "when (UTC)", "who", "what", "hash"],
        [[e.seq, iso(e.created_at), _who(e), shorten(e.summary, 90), e.hash[:12]] for e in events],
    )
    output_rows(data, format, table)


def _who(event) -> str:
    if event.db_role and event.db_role != event.actor:
        return f"{event.actor} (as {event.db_role})"
    return event.actor

"""`factcheck disputes`: every disputed claim with both sides, newest activity first."""

from typing import Annotated, Any

import typer

from factcheck.cli.common import DbOption, FormatOption, OutputFormat, open_reader, output_rows

STANCE_LABELS = {"supports": "supporting", "refutes": "refuting", "context": "context"}


def disputes(
    article: Annotated[
        str | None, typer.Option("--article", help="Only claims of this article (id, slug, url).")
    ] = None,
    source: Annotated[
        str | None,
        typer.Option("--source", help="Only disputes this source is part of (either side)."),
    ] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="Only disputes active since YYYY-MM-DD.")
    ] = None,
    limit: Annotated[
        int, typer.Option("--limit", help="At most this many, newest first (0: all).", min=0)
    ] = 100,
    resolved: Annotated[
        bool, typer.Option("--resolved", help="Only disputes a published verdict settled.")
    ] = False,
    all_: Annotated[bool, typer.Option("--all", help="Open and resolved disputes.")] = False,
    panels: Annotated[
        bool, typer.Option("--panels", help="Each dispute in full: both sides, evidence.")
    ] = False,
    db: DbOption = None,
    format: FormatOption = OutputFormat.TABLE,
) -> None:
    """The open disputes, a work queue: claims denied, contradicted, with evidence or
    reviewers split, or marked disputed, one line each (--panels: both sides in full).
    A dispute stays open until a published verdict settles it (`factcheck publish`).

    Example: factcheck disputes --source Dushanbe --since 2024-01-01
    """
    from factcheck.cli.articles import parse_date
    from factcheck.cli.filters import article_row_id
    from factcheck.services.disputes import dispute_page

    since_date = parse_date(since, "--since")
    with open_reader(db) as connection:
        article_id = article_row_id(connection, article) if article else None
        state = "all" if all_ else "resolved" if resolved else "open"
        found, total = dispute_page(
            connection,
            article_id=article_id,
            source=source,
            since=since_date,
            limit=limit or None,
            state=state,
        )
        items = [dispute.as_dict() for dispute in found]
        if panels:
            output_rows(items, format, lambda: render_disputes(items, total))
        else:
            output_rows(items, format, lambda: render_queue(items, total, state))


_KIND = {"evidence_conflict": "evidence", "reviewers_disagree": "reviewers",
         "status_disputed": "marked"}  # fmt: skip
_STANDING = {
    "resolved": "resolved",
    "unreviewed_denial": "denial not reviewed yet",
    "contested": "contested",
}


def render_queue(items: list[dict[str, Any]], total: int, state: str) -> None:
    """One line per dispute: claim, status, standing, why, who on each side."""
    from factcheck.cli.common import print_table, shorten, status_cell
    from factcheck.vocab import voice_of

    if not items:
        typer.echo("No resolved disputes." if state == "resolved" else "No open disputes.")
        return
    rows = []
    for item in items:
        claim, resolution = item["claim"], item["resolution"]
        status = claim["status"] + (" (stale)" if claim["stale"] else "")
        if resolution:
            status += f", published {resolution['status']}"
        against = sorted({other["speaker"] or "the article" for other in item["challengers"]})
        rows.append(
            [
                claim["id"],
                _article_ref(item["article"]),
                shorten(claim["quote"], 40),
                shorten(voice_of(claim["speaker"], claim["attribution"]), 22),
                shorten(", ".join(against) or "—", 22),
                status_cell(claim["status"], status),
                _STANDING[item["standing"]],
                ", ".join(dict.fromkeys(_KIND.get(r["kind"], r["kind"]) for r in item["reasons"])),
                (item["last_activity"] or "")[:10],
            ]
        )
    more = f", newest {len(items)} shown (--limit 0 for all)" if total > len(items) else ""
    print_table(
        f"{total} {'' if state == 'all' else state + ' '}dispute{'s' if total != 1 else ''}{more}",
        ["claim", "art", "quote", "asserted by", "challenged by", "status", "standing", "why",
         "last"],
        rows,
    )  # fmt: skip


def render_disputes(items: list[dict[str, Any]], total: int | None = None) -> None:
    from factcheck.cli.common import console

    out = console()
    if not items:
        out.print("No disputed claims.")
        return
    for item in items:
        out.print(_panel(item))
    total = len(items) if total is None else total
    more = f", the newest {len(items)} shown (--limit 0 for all)" if total > len(items) else ""
    out.print(f"{total} disputed claim{'s' if total != 1 else ''}{more}")


def _panel(item: dict[str, Any]):
    from rich.console import Group
    from rich.panel import Panel

    from factcheck.vocab import voice_of

    claim, article = item["claim"], item["article"]
    parts: list[Any] = [
        _text(f"“{claim['quote']}”", style="bold"),
        _text(
            f"source: {voice_of(claim['speaker'], claim['attribution'])} "
            f"({claim['attribution']}) "
            f"in {_where(article)}   status: {claim['status']}",
            style="dim",
        ),
        _text(f"standing: {_STANDING[item['standing']]}" + _settled_by(item["resolution"])),
        _text("Why disputed:", style="underline"),
    ]
    parts += [_text(f"  • {reason['detail']}") for reason in item["reasons"]]
    if item["challengers"]:
        parts.append(_text("The other side:", style="underline"))
        for other in item["challengers"]:
            parts.append(
                _text(
                    f"  {other['relation']}: {other['speaker'] or 'the article'} — "
                    f"“{other['claim']['quote']}” "
                    f"(claim {other['claim']['id']}, {_where(other['article'])}, "
                    f"status {other['claim']['status']})"
                )
            )
    parts += _evidence_lines(item["evidence"])
    if item["latest_reviews"]:
        parts.append(_text("Verdicts (latest per reviewer):", style="underline"))
        parts += [
            _text(f"  {v['by']}: {v['status']} ({v['at'][:10]}) — {v['note']}")
            for v in item["latest_reviews"]
        ]
    title = f"claim {claim['id']} · last activity {(item['last_activity'] or '')[:16]}"
    return Panel(Group(*parts), title=title, title_align="left")


def _article_ref(article: dict[str, Any]) -> str:
    version = article.get("version") or 1
    return f"{article['article_id']}" + (f" v{version}" if version > 1 else "")


def _settled_by(resolution: dict[str, Any] | None) -> str:
    if not resolution:
        return ""
    return f", published {resolution['status']} by {resolution['by']} ({resolution['at'][:10]})"


def _evidence_lines(evidence: dict[str, list[dict[str, Any]]]) -> list:
    lines = []
    for stance, label in STANCE_LABELS.items():
        for entry in evidence.get(stance, []):
            where = entry["url"] or entry["reference"]
            by = f" ({entry['publisher']})" if entry["publisher"] else ""
            excerpt = f" — “{entry['excerpt']}”" if entry["excerpt"] else ""
            lines.append(_text(f"  {label}: {where}{by}{excerpt}"))
    return [_text("Evidence:", style="underline"), *lines] if lines else []


def _text(value: str, style: str = ""):
    """Stored text as rich Text (never markup), control characters made visible."""
    from rich.text import Text

    from factcheck.cli.common import visible

    return Text(visible(value), style=style)


def _where(article: dict[str, Any]) -> str:
    return f"article {_article_ref(article)} “{article['title']}”"

"""`factcheck disputes`: every disputed claim with both sides, newest activity first."""

from typing import Annotated, Any

import typer

from factcheck.cli.common import DbOption, FormatOption, OutputFormat, open_session, print_json

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
    db: DbOption = None,
    format: FormatOption = OutputFormat.TABLE,
) -> None:
    """List disputed claims (denied, contradicted, evidence or reviewers split, or marked
    disputed), each with who asserts it, who denies it and where, evidence and verdicts.

    Example: factcheck disputes --source Dushanbe --since 2024-01-01
    """
    from factcheck.cli.articles import parse_date
    from factcheck.services.articles import resolve_article
    from factcheck.services.disputes import dispute_page

    since_date = parse_date(since, "--since")
    with open_session(db, read_only=True) as session:
        article_id = resolve_article(session, article).id if article else None
        found, total = dispute_page(
            session, article_id=article_id, source=source, since=since_date, limit=limit or None
        )
        if format == OutputFormat.JSON:
            print_json([dispute.as_dict() for dispute in found])
            return
        render_disputes([dispute.as_dict() for dispute in found], total)


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
    if item["verdicts"]:
        parts.append(_text("Verdicts (latest per reviewer):", style="underline"))
        parts += [
            _text(f"  {v['reviewer']}: {v['status']} ({v['at'][:10]}) — {v['rationale']}")
            for v in item["verdicts"]
        ]
    title = f"claim {claim['id']} · last activity {(item['last_activity'] or '')[:16]}"
    return Panel(Group(*parts), title=title, title_align="left")


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
    return f"article {article['id']} “{article['title']}”"

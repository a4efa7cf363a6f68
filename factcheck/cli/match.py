"""`factcheck match`: suggest same_as / contradicts links across articles, and accept them."""

from typing import Annotated

import typer

from factcheck.cli.common import (
    DbOption,
    FormatOption,
    OutputFormat,
    done,
    fail,
    open_session,
    output_rows,
    output_stream,
    safe,
)


def match(
    article: Annotated[
        str | None,
        typer.Option("--article", help="Only pairs with a claim of this article (id, slug, url)."),
    ] = None,
    min_score: Annotated[
        float | None,
        typer.Option("--min-score", help="Lowest score listed, 0..1 (default 0.4).", min=0, max=1),
    ] = None,
    limit: Annotated[
        int,
        typer.Option(
            "--limit", min=0, help="Best suggestions listed per claim (default 5; 0: all)."
        ),
    ] = 5,
    accept: Annotated[
        list[str] | None,
        typer.Option(
            "--accept",
            help="Record these suggestions by id (FROM-TO, e.g. 12-40: stable) or by "
            "number in the listing made with the same --article, --min-score and --limit (numbers "
            "shift after an accept); e.g. 12-40,13-41 (repeatable).",
        ),
    ] = None,
    accept_all: Annotated[
        bool, typer.Option("--accept-all", help="Record every suggestion at or above --min-score.")
    ] = False,
    reviewer: Annotated[
        str | None, typer.Option("--reviewer", help="Who accepts (default: FACTCHECK_REVIEWER).")
    ] = None,
    db: DbOption = None,
    format: FormatOption = OutputFormat.TABLE,
) -> None:
    """Suggest links between claims of different articles: same_as for one assertion reported
    twice, contradicts for opposite ones (negation, different numbers), each with a score
    and its evidence. Accepted suggestions become links with origin `matched`.

    Each claim meets only the claims sharing its rarer words; copies of one syndicated story
    count as one article (each suggestion names the copies).

    Example: factcheck match --min-score 0.5 --accept 12-40,13-41
    """
    from factcheck.services.articles import resolve_article
    from factcheck.services.identity import current_actor
    from factcheck.services.matching import (
        DEFAULT_MIN_SCORE,
        accept_suggestions,
        iter_suggestions,
    )

    ranks = _parse_ranks(accept)
    if ranks is not None and accept_all:
        fail("give either --accept N… or --accept-all, not both")
    threshold = DEFAULT_MIN_SCORE if min_score is None else min_score
    suggest_only = ranks is None and not accept_all
    with open_session(db, read_only=suggest_only) as session:
        article_id = resolve_article(session, article).id if article else None
        with _progress() as progress:
            suggestions = iter_suggestions(
                session, article_id, min_score=threshold, limit=limit or None, progress=progress
            )
        if suggest_only:
            _render(suggestions, format)  # printed as the listing is read
            return
        suggestions = list(suggestions)
        links = accept_suggestions(
            session, suggestions, ranks=ranks, created_by=current_actor(session, reviewer)
        )
        _render_accepted(links, format)


class _progress:
    """A progress bar over the claims on stderr when it is a terminal; silent otherwise."""

    def __init__(self) -> None:
        self.bar = self.task = None

    def __enter__(self):
        import sys

        if not sys.stderr.isatty():
            return None
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        self.bar = Progress(
            "matching claims",
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self.bar.start()
        self.task = self.bar.add_task("match", total=None)
        return self.advance

    def advance(self, done: int, total: int) -> None:
        if done % 200 == 0 or done == total:  # redraws cost more than the comparisons
            self.bar.update(self.task, completed=done, total=total)

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()


def _parse_ranks(values: list[str] | None) -> list[int | str] | None:
    if not values:
        return None
    choices: list[int | str] = []
    for value in values:
        for part in value.replace(" ", ",").split(","):
            if not part:
                continue
            if part.isdigit():
                choices.append(int(part))
            elif _is_pair(part):
                choices.append(part)
            else:
                fail(f"--accept takes suggestion ids like 12-40 or numbers like 1 (got {value!r})")
    return choices


def _is_pair(part: str) -> bool:
    left, _, right = part.partition("-")
    return left.isdigit() and right.isdigit()


def _render(suggestions, format: OutputFormat) -> None:
    output_stream((s.as_dict() for s in suggestions), format, lambda _: _print(suggestions))


def _print(suggestions) -> None:
    from factcheck.cli.common import console

    out, first, count = console(), None, 0
    for s in suggestions:
        first, count = first or s, count + 1
        _print_suggestion(out, s)
    if first is None:
        typer.echo("No suggestions (try a lower --min-score).")
        return
    typer.echo(
        f"{count} suggestion(s); record with --accept ID[,ID…] (e.g. {first.key}) or --accept-all"
    )


def _print_suggestion(out, s) -> None:
    first, second = s.from_claim, s.to_claim
    out.print(
        f"[bold]#{s.rank}  id {s.key}[/bold]  {s.relation}  score {s.score:.2f}   "
        f"claim {first['id']} (article {first['article_id']}) ↔ "
        f"claim {second['id']} (article {second['article_id']})",
        highlight=False,
    )
    for claim in (first, second):
        who = f"{claim['speaker']}: " if claim["speaker"] else ""
        out.print(f"   {safe(who)}“{safe(claim['quote'])}”", highlight=False)
        if claim.get("copies"):
            also = ", ".join(map(str, claim["copies"]))
            out.print(f"   [dim](same story also in articles {also})[/dim]", highlight=False)
    out.print(f"   [dim]{safe(s.note)}[/dim]", highlight=False)


def _render_accepted(links, format: OutputFormat) -> None:
    from factcheck.serialize import link_dict

    if format != OutputFormat.TABLE:
        output_rows([link_dict(link) for link in links], format)
        return
    for link in links:
        done(
            f"linked: claim {link.from_claim_id} {link.relation.value} claim "
            f"{link.to_claim_id} (link {link.id}, score {link.score:.2f}, origin matched)"
        )

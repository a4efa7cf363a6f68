"""`factcheck triage fit|show`: the check-worthiness model, re-fitted on this ledger's reviews."""

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
    print_table,
)

app = typer.Typer(
    no_args_is_help=True,
    help="Which claims to check first: the check-worthiness model and its features.",
)


@app.command("fit")
def fit(
    strength: Annotated[
        float,
        typer.Option(min=0.01, help="Pull towards the shipped weights (higher: moves less)."),
    ] = 1.0,
    min_labels: Annotated[
        int, typer.Option(min=10, help="Refuse with fewer labelled claims than this.")
    ] = 20,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Report the held-out check; store nothing.")
    ] = False,
    by: Annotated[str | None, typer.Option("--by", help="Who fits.")] = None,
    db: DbOption = None,
    format: FormatOption = OutputFormat.TABLE,
) -> None:
    """Re-fit the check-worthiness weights on this ledger's reviewed claims and rescore all.

    Labels: a verdict (verified, mostly_true, mixed, misleading, false, disputed) marks a
    claim check-worthy; unverifiable (or a dismissal) marks it not. The shipped weights are
    the prior; every fourth labelled claim is held out to check the fit before it is used.

    Example: factcheck triage fit --dry-run
    """
    from factcheck.services.identity import current_actor
    from factcheck.services.triage import fit_ledger

    with open_session(db) as session:
        actor = current_actor(session, by)
        report = fit_ledger(session, actor=actor, strength=strength, dry_run=dry_run)
    data = {
        "labelled": report.labelled,
        "check_worthy": report.positives,
        "held_out": report.held_out,
        "rescored": report.rescored,
        "stored": report.stored,
        "changed": [{"feature": k, "before": a, "after": b} for k, a, b in report.changed],
    }
    output_rows(data, format, lambda: _print_fit(report))


def _print_fit(report) -> None:
    h = report.held_out
    typer.echo(
        f"{report.labelled} labelled claims ({report.positives} check-worthy, "
        f"{report.labelled - report.positives} not)"
    )
    typer.echo(
        f"held-out check on {h['test']} claims (fitted on {h['train']}): average precision "
        f"{_num(h['prior_ap'])} shipped -> {_num(h['fitted_ap'])} fitted; "
        f"AUC {_num(h['prior_auc'])} -> {_num(h['fitted_auc'])}"
    )
    if report.changed:
        from factcheck.triage.model import label_of

        print_table(
            "Weights that moved most",
            ["feature", "before", "after"],
            [[label_of(k), f"{a:+.2f}", f"{b:+.2f}"] for k, a, b in report.changed],
        )
    if report.stored:
        done(f"stored the ledger's weights; rescored {report.rescored} claims")
    else:
        typer.echo("dry run: nothing stored")


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


@app.command("show")
def show(
    top: Annotated[int, typer.Option(min=1, help="How many features.")] = 15,
    words: Annotated[
        bool, typer.Option("--words/--no-words", help="Include word and word-pair features.")
    ] = True,
    db: DbOption = None,
    format: FormatOption = OutputFormat.TABLE,
) -> None:
    """Show the check-worthiness model in use (shipped or this ledger's fit) and the features
    that weigh most, for and against.

    Example: factcheck triage show --no-words --top 20
    """
    from factcheck.services.triage import model_summary
    from factcheck.triage.model import label_of

    with open_session(db, read_only=True) as session:
        summary = model_summary(session, top=top, words=words)
    data = {
        "model": summary.source,
        "fitted_at": summary.fitted_at,
        "fitted_by": summary.fitted_by,
        "labelled": summary.labelled,
        "held_out": summary.held_out,
        "bias": summary.bias,
        "features": [
            {"feature": k, "label": label_of(k), "weight": w} for k, w in summary.features
        ],
    }
    output_rows(data, format, lambda: _model_table(summary), rows=data["features"])


def _model_table(summary) -> Table:
    from factcheck.triage.model import label_of

    title = f"Check-worthiness model: {summary.source}"
    if summary.fitted_at:
        title += f" ({summary.labelled} labelled claims, {summary.fitted_at}, {summary.fitted_by})"
    return Table(
        title,
        ["feature", "weight", "effect"],
        [[label_of(k), f"{w:+.3f}", "raises" if w > 0 else "lowers"] for k, w in summary.features],
    )

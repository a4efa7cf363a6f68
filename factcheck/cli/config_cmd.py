"""`factcheck config show`: the settings in force and where each one comes from."""

from typing import Annotated

import typer

from factcheck.cli.common import FormatOption, OutputFormat, print_json, print_table, user_errors

app = typer.Typer(
    no_args_is_help=True,
    help="The configuration: factcheck.toml (or FACTCHECK_CONFIG), environment, flags.",
)


@app.command("show")
def show(
    format: FormatOption = OutputFormat.TABLE,
    reveal: Annotated[
        bool, typer.Option("--reveal", help="Show a password in the database URL.")
    ] = False,
) -> None:
    """Each setting, its value and its origin (flag > environment > file > unset).

    Example: factcheck config show --format json
    """
    from factcheck import config

    with user_errors():
        path = config.config_path()
        settings = config.all_settings()
    rows = [
        {
            "setting": s.name,
            "value": s.value if reveal or s.name != "database" else _hide_password(s.value),
            "origin": s.origin,
        }
        for s in settings
    ]
    if format == OutputFormat.JSON:
        print_json({"file": str(path) if path else None, "settings": rows})
        return
    title = f"Configuration ({path})" if path else "Configuration (no factcheck.toml found)"
    print_table(title, ["setting", "value", "origin"], [list(r.values()) for r in rows])


def _hide_password(url: str | None) -> str | None:
    if not url or "@" not in url:
        return url
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url

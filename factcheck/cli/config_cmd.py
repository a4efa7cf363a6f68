"""`factcheck config show`: the settings in force and where each one comes from."""

from typing import Annotated

import typer

from factcheck.cli.common import FormatOption, OutputFormat, Table, output_rows

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
    from factcheck.db import display_url

    path = config.config_path()
    rows = [
        {
            "setting": s.name,
            "value": s.value if reveal or s.name != "database" else display_url(s.value),
            "origin": s.origin,
        }
        for s in config.all_settings()
    ]
    title = f"Configuration ({path})" if path else "Configuration (no factcheck.toml found)"
    data = {"file": str(path) if path else None, "settings": rows}
    table = Table(title, ["setting", "value", "origin"], [list(r.values()) for r in rows])
    output_rows(data, format, table, rows=rows)

"""The factcheck command line: one Typer sub-app per noun, joined here."""

import typer

app = typer.Typer(no_args_is_help=True, help="factcheck: claims fact-check and citation tracker.")


def main() -> None:
    app()

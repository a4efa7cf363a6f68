"""The factcheck command line: one Typer sub-app per noun, joined here.

Commands are loaded when named (a command imports only its own module, its services and
their libraries), so that `factcheck --help` and `factcheck claims list` start fast; every
command runs inside the one error handler.
"""

import gc
import importlib

import typer
from typer.core import TyperGroup

from factcheck.cli import fast_params

fast_params.install()  # values converted without importing pydantic, where that is plain

# name -> (module in factcheck.cli, attribute): a Typer sub-app or a command function,
# listed in the order `factcheck --help` shows them.
COMMANDS = {
    "init": ("db_cmd", "init"),
    "db": ("db_cmd", "app"),
    "config": ("config_cmd", "app"),
    "ingest": ("ingest", "ingest"),
    "extract": ("extract_cmd", "extract_command"),
    "articles": ("articles", "app"),
    "claims": ("claims", "app"),
    "review": ("review", "review"),
    "publish": ("publish", "publish"),
    "assign": ("assign", "assign"),
    "queue": ("assign", "queue"),
    "evidence": ("review", "evidence_app"),
    "link": ("links", "app"),
    "history": ("review", "history"),
    "log": ("log", "log"),
    "sources": ("sources", "app"),
    "audit": ("audit", "app"),
    "keys": ("keys", "app"),
    "users": ("users", "app"),
    "disputes": ("disputes", "disputes"),
    "match": ("match", "match"),
    "report": ("report", "report"),
    "export": ("export", "app"),
    "import": ("backup", "import_backup"),
    "triage": ("triage", "app"),
    "serve": ("serve", "serve"),
}

# The commands that read a page of rows and print it, and are done in well under a second:
# they run without the garbage collector (main). Every other command gets it back.
SHORT_READS = frozenset({"articles", "claims", "disputes", "history", "log", "queue", "sources"})


class _Root(TyperGroup):
    """Loads a command when it is named, and runs it inside the one error handler
    (common.user_errors): a user mistake or a database refusal is one line on stderr and
    exit code 1, no traceback. Commands added with app.command/app.add_typer work too."""

    def list_commands(self, ctx) -> list[str]:
        return [*COMMANDS, *(name for name in super().list_commands(ctx) if name not in COMMANDS)]

    def get_command(self, ctx, name: str):
        if name not in SHORT_READS:
            _collect_garbage()
        command = super().get_command(ctx, name)
        if command is not None or name not in COMMANDS:
            return command
        module, attribute = COMMANDS[name]
        target = getattr(importlib.import_module(f"factcheck.cli.{module}"), attribute)
        return _click_command(name, target)

    def invoke(self, ctx):
        from factcheck.cli.common import user_errors

        with user_errors():
            return super().invoke(ctx)


def _click_command(name: str, target):
    """The click command of a Typer sub-app or of a command function, named `name`."""
    if isinstance(target, typer.Typer):
        command = typer.main.get_group(target)
    else:
        single = typer.Typer(rich_markup_mode=None, add_completion=False)
        single.command(name)(target)
        command = typer.main.get_command(single)
    command.name = name
    _plain_help(command)
    return command


def _plain_help(command) -> None:
    """Plain-text help everywhere, as the root has (rich_markup_mode=None): fast, no boxes."""
    command.rich_markup_mode = None
    for sub in getattr(command, "commands", {}).values():
        _plain_help(sub)


app = typer.Typer(
    cls=_Root,
    no_args_is_help=True,
    help="factcheck: every assertion in a news article, anchored, attributed and reviewed.\n\n"
    "Start with: factcheck init, then factcheck ingest ARTICLE.txt",
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        print(f"factcheck {version('factcheck')}")
        raise typer.Exit()


@app.callback()
def _root(
    show_version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """Options for every command (the app's help text is the one given above)."""


def main() -> None:
    """The `factcheck` program. Start-up makes some 70,000 objects (typer, SQLAlchemy, the
    command's modules), most of them kept for the life of the process; the garbage
    collector's passes over them while they are made cost a read command ~15 ms of its
    ~300, and what they free does not lower its peak memory (docs/PERFORMANCE.md). So the
    collector waits: the short reads run without it, and any other command gets it back
    before it is loaded (_Root.get_command)."""
    gc.disable()
    app()


def _collect_garbage() -> None:
    """The collector back on, with what start-up made frozen out of its passes (gc.freeze:
    it stays for the life of the process anyway)."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()

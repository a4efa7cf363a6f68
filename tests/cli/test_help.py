"""Every command explains itself: help text with an example, reachable without a database."""

import typer.main
from typer.testing import CliRunner

from factcheck.cli import app


def _commands(group, path=()):
    """Every command, through click's own listing (commands are loaded when named)."""
    for name in group.list_commands(None):
        command = group.get_command(None, name)
        if hasattr(command, "list_commands"):
            yield from _commands(command, (*path, name))
        else:
            yield (*path, name), command


def test_every_command_has_help_with_an_example():
    root = typer.main.get_command(app)
    missing = []
    for path, _command in _commands(root):
        result = CliRunner().invoke(app, [*path, "--help"])
        assert result.exit_code == 0, (path, result.output)
        if "Example" not in result.output:
            missing.append(" ".join(path))
    assert missing == []


def test_version_flag_prints_the_installed_version():
    from importlib.metadata import version

    from typer.testing import CliRunner

    from factcheck.cli import app

    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.strip() == f"factcheck {version('factcheck')}"

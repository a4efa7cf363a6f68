"""Write docs/cli.md, the CLI reference, from every command's --help (`--check`: compare only).

Regenerate after changing a command: python scripts/cli_reference.py
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
REFERENCE = REPO / "docs" / "cli.md"
WIDTH = 100  # help is wrapped at this width whatever the terminal, so the file is stable

HEADER = """# factcheck command reference

Generated from each command's `--help` by `python scripts/cli_reference.py`; do not edit by
hand (`tests/test_docs.py` fails when it is out of date). JSON key names: `docs/json_keys.md`.
"""


def command_paths(group, path=()):
    """Every command and group below `group`, depth first, in the order help lists them."""
    for name in group.list_commands(None):
        command = group.get_command(None, name)
        yield (*path, name)
        if hasattr(command, "list_commands"):
            yield from command_paths(command, (*path, name))


def help_text(path: tuple[str, ...]) -> str:
    from typer.testing import CliRunner

    from factcheck.cli import app

    result = CliRunner().invoke(
        app, [*path, "--help"], prog_name="factcheck", terminal_width=WIDTH, env={"COLUMNS": ""}
    )
    if result.exit_code != 0:
        raise SystemExit(f"factcheck {' '.join(path)} --help failed:\n{result.output}")
    return "\n".join(line.rstrip() for line in result.output.strip().splitlines())


def reference() -> str:
    import typer.main

    from factcheck.cli import app

    sections = [HEADER, "## factcheck\n\n```text\n" + help_text(()) + "\n```\n"]
    for path in command_paths(typer.main.get_command(app)):
        title = "factcheck " + " ".join(path)
        sections.append(f"## {title}\n\n```text\n{help_text(path)}\n```\n")
    return "\n".join(sections)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if docs/cli.md is stale")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    text = reference()
    if args.check:
        if not REFERENCE.exists() or REFERENCE.read_text(encoding="utf-8") != text:
            raise SystemExit("docs/cli.md is out of date: run python scripts/cli_reference.py")
        return
    REFERENCE.write_text(text, encoding="utf-8")
    print(f"wrote {REFERENCE.relative_to(REPO)}")


if __name__ == "__main__":
    main()

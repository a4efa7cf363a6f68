"""The docs match the code: the CLI reference is what --help says, the README stays inside."""

import re
import subprocess
import sys

from tests.conftest import REPO_ROOT


def test_the_cli_reference_is_up_to_date():
    result = subprocess.run(
        [sys.executable, str(REPO_ROOT / "scripts" / "cli_reference.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr + result.stdout


def test_every_command_is_in_the_reference():
    import typer.main

    from factcheck.cli import app

    reference = (REPO_ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    root = typer.main.get_command(app)
    for name in root.list_commands(None):
        assert f"\n## factcheck {name}\n" in reference, name


def test_the_readme_links_only_to_files_in_the_repository():
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)#]+)\)", readme):
        if not target.startswith(("http://", "https://")):
            assert (REPO_ROOT / target).exists(), target
    for path in re.findall(r"`((?:docs|bench|scripts)/[\w./-]+)`", readme):
        assert (REPO_ROOT / path).exists(), path
    assert "../shared/DESIGN" not in readme and "DESIGN.md` of the project" not in readme

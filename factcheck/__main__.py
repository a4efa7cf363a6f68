"""Run the CLI as `python -m factcheck`."""

from factcheck.cli import main

main()

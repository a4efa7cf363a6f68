"""Finds the templates/ and alembic/ folders: packaged in the wheel, or at the checkout's root."""

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent

# In the wheel they are force-included as factcheck/templates and factcheck/migrations;
# in a checkout (editable install or tests) they sit at the repository root.
_LOCATIONS = {
    "templates": (_PACKAGE_DIR / "templates", _PACKAGE_DIR.parent / "templates"),
    "migrations": (_PACKAGE_DIR / "migrations", _PACKAGE_DIR.parent / "alembic"),
}


@cache
def resource_dir(name: str) -> Path:
    """The folder for `templates` or `migrations`, whichever copy exists."""
    for candidate in _LOCATIONS[name]:
        if candidate.is_dir():
            return candidate
    searched = ", ".join(str(p) for p in _LOCATIONS[name])
    raise RuntimeError(f"factcheck is installed without its {name} folder (looked in {searched})")


def templates_dir() -> Path:
    return resource_dir("templates")


def migrations_dir() -> Path:
    return resource_dir("migrations")

"""The configuration file factcheck.toml: organisation, fact-check base URL, reviewer, database.

Looked up in FACTCHECK_CONFIG, else ./factcheck.toml. Every setting can be overridden by an
environment variable, and a command's flag overrides both:

    database = "sqlite:///newsroom.db"          # FACTCHECK_DB, --db
    reviewer = "ana"                            # FACTCHECK_REVIEWER, --reviewer
    base_url = "https://check.example/checks"   # FACTCHECK_BASE_URL, --base-url
    signing_key = "/secure/factcheck-key.pem"   # FACTCHECK_SIGNING_KEY, --key

    [organization]
    name = "Aver Valley Fact Check"             # FACTCHECK_ORGANIZATION, --organization
    url = "https://check.example"               # FACTCHECK_ORGANIZATION_URL
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from factcheck.errors import BadInput

FILE_NAME = "factcheck.toml"
ENV_FILE = "FACTCHECK_CONFIG"

# setting -> (key path in the file, environment variable)
SETTINGS: dict[str, tuple[tuple[str, ...], str]] = {
    "database": (("database",), "FACTCHECK_DB"),
    "reviewer": (("reviewer",), "FACTCHECK_REVIEWER"),
    "base_url": (("base_url",), "FACTCHECK_BASE_URL"),
    "organization_name": (("organization", "name"), "FACTCHECK_ORGANIZATION"),
    "organization_url": (("organization", "url"), "FACTCHECK_ORGANIZATION_URL"),
    "signing_key": (("signing_key",), "FACTCHECK_SIGNING_KEY"),
}
_TOP_KEYS = {"database", "reviewer", "base_url", "organization", "signing_key"}
_ORG_KEYS = {"name", "url"}


@dataclass(frozen=True)
class Setting:
    name: str
    value: str | None
    origin: str  # flag | env FACTCHECK_X | file PATH | unset


def config_path() -> Path | None:
    """FACTCHECK_CONFIG (which must exist), else ./factcheck.toml if there is one."""
    named = os.environ.get(ENV_FILE, "").strip()
    if named:
        path = Path(named)
        if not path.is_file():
            raise BadInput(f"{ENV_FILE}={named} is not a file")
        return path
    local = Path.cwd() / FILE_NAME
    return local if local.is_file() else None


_cache: dict[tuple[str, int, int], dict[str, str]] = {}


def file_settings(path: Path | None = None) -> dict[str, str]:
    """The settings written in the file (flattened names), checked: one line per mistake."""
    path = path or config_path()
    if path is None:
        return {}
    stat = path.stat()
    key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    if key not in _cache:
        _cache[key] = _parse(path)
    return _cache[key]


def _parse(path: Path) -> dict[str, str]:
    import tomllib

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise BadInput(f"{path}: not valid TOML ({str(exc).splitlines()[0]})") from None
    unknown = set(data) - _TOP_KEYS
    organization = data.get("organization", {})
    if not isinstance(organization, dict):
        raise BadInput(f"{path}: [organization] must be a table with name and url")
    unknown |= {f"organization.{k}" for k in set(organization) - _ORG_KEYS}
    if unknown:
        raise BadInput(f"{path}: unknown settings {', '.join(sorted(unknown))}")
    found: dict[str, str] = {}
    for name, (keys, _env) in SETTINGS.items():
        value = data if keys[0] != "organization" else organization
        value = value.get(keys[-1])
        if value is None:
            continue
        if not isinstance(value, str) or not value.strip():
            raise BadInput(f"{path}: {'.'.join(keys)} must be a non-empty string")
        found[name] = value.strip()
    return found


def setting(name: str, flag: str | None = None) -> Setting:
    """A setting's value and where it came from: the flag, else the environment, else the file."""
    _keys, env = SETTINGS[name]
    if flag is not None and flag.strip():
        return Setting(name, flag.strip(), "flag")
    from_env = os.environ.get(env, "").strip()
    if from_env:
        return Setting(name, from_env, f"env {env}")
    path = config_path()
    value = file_settings(path).get(name) if path else None
    if value is not None:
        return Setting(name, value, f"file {path}")
    return Setting(name, None, "unset")


def value(name: str, flag: str | None = None) -> str | None:
    return setting(name, flag).value


def all_settings() -> list[Setting]:
    return [setting(name) for name in SETTINGS]

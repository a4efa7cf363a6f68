"""The one Jinja Environment: user templates over built-ins, StrictUndefined, HTML autoescape."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from jinja2 import (
    ChoiceLoader,
    FileSystemLoader,
    PrefixLoader,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
    UndefinedError,
    select_autoescape,
)
from jinja2.exceptions import SecurityError
from jinja2.loaders import split_template_path
from jinja2.sandbox import ImmutableSandboxedEnvironment

from factcheck.errors import BadInput
from factcheck.paths import templates_dir
from factcheck.services.claim_record import STATUS_LABELS
from factcheck.terminal import visible
from factcheck.text import web_url
from factcheck.vocab import voice_of


class _Sandbox(ImmutableSandboxedEnvironment):
    """The sandbox, also refusing arithmetic that only exhausts memory or time
    ("{{ 'x' * 10**10 }}", "{{ 9 ** 9 ** 9 }}")."""

    intercepted_binops = frozenset(["*", "**"])
    MAX_REPEAT = 1_000_000

    def call_binop(self, context, operator, left, right):
        if operator == "**" and isinstance(right, int) and abs(right) > 1000:
            raise SecurityError("exponent too large for a template")
        if operator == "*":
            sizes = [len(v) for v in (left, right) if isinstance(v, str | list | tuple)]
            counts = [v for v in (left, right) if isinstance(v, int)]
            if sizes and counts and sizes[0] * max(counts[0], 0) > self.MAX_REPEAT:
                raise SecurityError("repetition too large for a template")
        return super().call_binop(context, operator, left, right)


class _RegularFileLoader(FileSystemLoader):
    """A user template folder's files, if regular files: a FIFO named article.md would
    hang the report, a device would never end."""

    def get_source(self, environment, template):
        for folder in self.searchpath:
            path = os.path.join(folder, *split_template_path(template))
            if os.path.exists(path) and not os.path.isfile(path):
                # not TemplateNotFound: the built-in of that name must not stand in for it
                raise BadInput(f"template {path} is not a regular file; refused")
        return super().get_source(environment, template)


def make_environment(user_dir: Path | str | None = None) -> ImmutableSandboxedEnvironment:
    """Templates are looked up in `user_dir` first, then in the built-in folder.

    A user template can also extend the one it replaces as "builtin/<name>". The
    environment is sandboxed: a shared template folder is data, not code, so a template
    cannot reach Python internals (__globals__, os, subprocess) nor change what it is given.
    """
    builtin = FileSystemLoader(str(templates_dir()))
    loaders = [builtin, PrefixLoader({"builtin": builtin})]
    if user_dir is not None:
        folder = Path(user_dir)
        if not folder.is_dir():
            raise BadInput(f"--template-dir {folder} is not a folder")
        loaders.insert(0, _RegularFileLoader(str(folder)))
    env = _Sandbox(
        loader=ChoiceLoader(loaders),
        undefined=StrictUndefined,
        # HTML is escaped; Markdown and JSON escape through their own filters below.
        autoescape=select_autoescape(
            enabled_extensions=("html", "htm", "xml"), default_for_string=False, default=False
        ),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        md_cell=md_cell,
        md_text=md_text,
        json=to_json,
        count_map=count_map,
        status_label=status_label,
        day=day,
        plural=plural,
        web_url=web_url,
    )
    env.globals["status_labels"] = STATUS_LABELS
    env.globals["voice_of"] = voice_of  # who stands behind a claim, in words
    return env


def render(env: ImmutableSandboxedEnvironment, name: str, context: dict[str, Any]) -> Iterator[str]:
    """Stream a rendered template; template mistakes become one-line user errors."""
    try:
        template = env.get_template(name)
        yield from template.generate(**context)
    except TemplateNotFound as exc:
        raise BadInput(f"no template named {exc.name!r}") from None
    except TemplateSyntaxError as exc:
        raise BadInput(f"template {exc.filename or exc.name}:{exc.lineno}: {exc.message}") from None
    except UndefinedError as exc:
        raise BadInput(f"template {name}: {exc.message}") from None
    except SecurityError as exc:
        raise BadInput(f"template {name}: refused by the sandbox: {exc}") from None
    except RecursionError:  # a template that includes, extends or calls itself forever
        raise BadInput(f"template {name}: recursion too deep (includes itself?)") from None
    except TemplateError as exc:
        raise BadInput(f"template {name}: {exc}") from None


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status.replace("_", " ").capitalize())


def day(value: str | None) -> str:
    """The date part of an ISO timestamp, for narrow table cells."""
    return value[:10] if value else "—"


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~])")
_MD_LINE_START = re.compile(r"^(\s*)([-+=]|\d+\.)(?=\s)", re.MULTILINE)


def md_text(value: Any) -> str:
    """Text shown literally in Markdown: no emphasis, links, headings or raw HTML, and no
    terminal control sequences (shown as symbols, for a report read with cat)."""
    text = _MD_SPECIAL.sub(r"\\\1", visible("" if value is None else str(value)))
    return _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def md_cell(value: Any) -> str:
    """A Markdown table cell: escaped, one line, never empty."""
    if value is None or value == "":
        return "—"
    return " ".join(md_text(value).split())


def count_map(counts: dict[str, list[dict[str, Any]]]) -> dict[str, dict[str, int]]:
    """{"status": [{"value": v, "count": n}, ...]} as {"status": {v: n, ...}} for JSON."""
    return {name: {row["value"]: row["count"] for row in rows} for name, rows in counts.items()}


def _plain(value: Any) -> Any:
    if hasattr(value, "as_json"):  # a ClaimRecord: its JSON shape, as the CLI prints it
        return value.as_json()
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    raise TypeError(f"cannot put {type(value).__name__} in JSON")


def to_json(value: Any, indent: int | None = None) -> str:
    """JSON for a template; safe in a <script> block too (<, >, & escaped)."""
    from factcheck import safejson

    return safejson.dumps(value, ensure_ascii=False, default=_plain, indent=indent)

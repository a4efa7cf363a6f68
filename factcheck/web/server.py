"""Running the desk: checks before serving, the printed sign-in link, uvicorn."""

from __future__ import annotations

import ipaddress
import socket

from factcheck.errors import BadInput

LOOPBACK_NAMES = {"localhost"}


def is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _check_port_free(host: str, port: int) -> None:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host.strip("[]"), port))
        except OSError as exc:
            raise BadInput(f"cannot listen on {host}:{port}: {exc.strerror}") from None


def prepare(url: str | None, host: str, port: int, token: str | None = None):
    """The app and the line to print, or a one-line refusal (before anything listens)."""
    from factcheck.web.app import create_app

    app = create_app(url, token=token)
    desk = app.state.desk
    shown = f"[{host}]" if ":" in host else host
    if desk.database.per_user:
        line = f"Review desk: http://{shown}:{port}/signin (sign in with your database role)"
    else:
        if not is_loopback(host):
            raise BadInput(
                f"--host {host}: a SQLite ledger belongs to one person; the desk listens on "
                "loopback only (127.0.0.1 or ::1)"
            )
        line = (
            f"Review desk: open http://{shown}:{port}/signin?token={desk.token.value}\n"
            "(the link signs in once; keep it to yourself)"
        )
    _check_port_free(host, port)
    return app, line

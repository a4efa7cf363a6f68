"""A real `factcheck serve` on a free loopback port, for the browser and load tests."""

from __future__ import annotations

import os
import re
import selectors
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from tests.conftest import REPO_ROOT


@dataclass
class LiveDesk:
    base: str
    sign_in_link: str | None  # SQLite: the printed one-time link; PostgreSQL: None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _first_line(process: subprocess.Popen, timeout: float) -> str:
    selector = selectors.DefaultSelector()
    selector.register(process.stdout, selectors.EVENT_READ)
    if not selector.select(timeout):
        raise RuntimeError("factcheck serve printed nothing")
    return process.stdout.readline()


def _wait_listening(port: int, process: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"factcheck serve exited: {process.stderr.read()}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("factcheck serve did not start listening")


@contextmanager
def live_desk(db_url: str, reviewer: str = "ana", timeout: float = 60) -> Iterator[LiveDesk]:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "FACTCHECK_REVIEWER": reviewer}
    command = [sys.executable, "-m", "factcheck", "serve", "--port", str(port), "--db", db_url]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    try:
        line = _first_line(process, timeout)
        _wait_listening(port, process, timeout)
        link = re.search(r"(http://\S+/signin\?token=\S+)", line)
        yield LiveDesk(f"http://127.0.0.1:{port}", link.group(1) if link else None)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

"""`factcheck serve`: refusals before anything listens; the web stack only when serving."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

import pytest

from tests.conftest import PG_URL, REPO_ROOT


def test_claims_list_and_help_do_not_import_the_web_stack(db_url):
    code = (
        "import sys\n"
        "from factcheck.cli import app\n"
        "for args in (['claims', 'list'], ['--help'], ['serve', '--help']):\n"
        "    try:\n"
        "        app(args)\n"
        "    except SystemExit as e:\n"
        "        assert not e.code, e.code\n"
        "loaded = [m for m in ('starlette', 'uvicorn') if m in sys.modules]\n"
        "assert not loaded, loaded\n"
    )
    env = {**os.environ, "FACTCHECK_DB": db_url, "PYTHONPATH": str(REPO_ROOT)}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


@pytest.mark.skipif(bool(PG_URL), reason="loopback only is the SQLite desk's rule")
def test_a_sqlite_desk_listens_on_loopback_only(cli):
    refused = cli("serve", "--host", "0.0.0.0", "--port", "8471")
    assert refused.exit_code == 1
    assert "loopback only" in refused.output and "Traceback" not in refused.output


def test_a_port_in_use_or_a_missing_database_is_one_line(cli, tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        busy = cli("serve", "--port", str(port))
    assert busy.exit_code == 1 and f"cannot listen on 127.0.0.1:{port}" in busy.output
    missing = cli("serve", "--db", f"sqlite:///{tmp_path / 'none.db'}")
    assert missing.exit_code == 1 and "no database file" in missing.output

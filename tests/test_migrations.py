"""Migrations are the schema: models and migrations agree, and they round-trip with data."""

import subprocess
import sys

from sqlalchemy import create_engine, func, select

from alembic import command
from factcheck import db as database
from factcheck.models import Article, Claim, Review
from factcheck.services.articles import ArticleInput, store_article
from factcheck.services.claims import NewClaim, add_claim
from factcheck.services.reviews import add_review
from factcheck.vocab import Status


def test_alembic_check_finds_no_difference_between_models_and_migrations(db_url):
    command.check(database.alembic_config(db_url))  # raises if autogenerate sees a diff


def test_upgrade_downgrade_upgrade_with_data_in_the_tables(db_url, session, sample_text):
    article, _ = store_article(session, ArticleInput(text=sample_text, filename="p.txt"))
    claim = add_claim(session, article_id=article.id, data=NewClaim("There are reports"), actor="t")
    add_review(session, claim_id=claim.id, status=Status.FALSE, rationale="r", reviewer="x")
    session.commit()
    session.close()
    database.get_engine(db_url).dispose()

    database.downgrade(db_url, "base")
    database.upgrade(db_url)
    database.get_engine(db_url).dispose()
    engine = create_engine(db_url)
    with engine.connect() as connection:
        for model in (Article, Claim, Review):
            assert connection.scalar(select(func.count()).select_from(model)) == 0
    engine.dispose()


def test_alembic_command_line_check_passes_in_the_checkout(db_url):
    from tests.conftest import REPO_ROOT

    result = subprocess.run(
        [sys.executable, "-m", "alembic", "check"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "FACTCHECK_DB": db_url},
    )
    assert result.returncode == 0, result.stderr


def test_help_and_claims_list_do_not_import_spacy(db_url):
    code = (
        "import sys; from typer.testing import CliRunner; from factcheck.cli import app;"
        "r = CliRunner().invoke(app, ['--help']); assert r.exit_code == 0;"
        f"r = CliRunner().invoke(app, ['claims', 'list', '--db', {db_url!r}]);"
        "assert r.exit_code == 0, r.output;"
        "assert 'spacy' not in sys.modules, 'spacy imported'"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_fast_head_check_agrees_with_alembic():
    """Every command compares the database to code_head_revision(): it must be Alembic's head."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(database.alembic_config())
    assert len(scripts.get_heads()) == 1
    assert database.code_head_revision() == scripts.get_current_head()
    for script in scripts.walk_revisions():
        assert script.path.rsplit("/", 1)[-1].startswith(script.revision + "_")

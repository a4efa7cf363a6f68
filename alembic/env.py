"""Alembic environment: targets factcheck's models; batch mode so SQLite can alter tables."""

from alembic import context
from factcheck.db import get_engine, resolve_url
from factcheck.models import Base

config = context.config
target_metadata = Base.metadata

# Search indexes live outside the models (migration 0002): FTS5 tables on SQLite and a
# trigram expression index on PostgreSQL. Autogenerate must not report them as removed.
SEARCH_INDEX_OBJECTS = ("claims_fts", "ix_claims_quote_trgm")


def include_name(name, type_, parent_names) -> bool:
    return not (name and name.startswith(SEARCH_INDEX_OBJECTS))


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url") or resolve_url(),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    # factcheck sets the URL in code; the alembic command line falls back to FACTCHECK_DB.
    engine = get_engine(config.get_main_option("sqlalchemy.url") or resolve_url())
    with engine.connect() as connection:
        _run(connection)
        connection.commit()


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()

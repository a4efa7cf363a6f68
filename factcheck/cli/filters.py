"""The claim filters `claims list` and `export csv` share: several values per option."""

from typing import Annotated

import typer

from factcheck.vocab import Attribution, Status

ArticleFilter = Annotated[str | None, typer.Option(help="Article id, slug or url.")]
StatusFilter = Annotated[
    list[str] | None,
    typer.Option(
        help="e.g. unverified, verified, false; several: --status false,misleading "
        "or repeat --status."
    ),
]
AttributionFilter = Annotated[
    list[str] | None,
    typer.Option(
        help="asserted, said, according_to, claimed, reportedly, alleged, denied, estimated, "
        "rumored, believed or promised; several as for --status."
    ),
]
SpeakerFilter = Annotated[str | None, typer.Option(help="Source name or alias (part).")]
SearchFilter = Annotated[str | None, typer.Option(help="Words in the quote.")]
DisputedFilter = Annotated[bool, typer.Option("--disputed", help="Only disputed claims.")]
StaleFilter = Annotated[
    bool, typer.Option("--stale", help="Only claims reworded since their verdict (re-review).")
]
DismissedFilter = Annotated[
    bool, typer.Option("--dismissed", help="Only dismissed claims (left out otherwise).")
]


def split_values(values: list[str] | None) -> list[str]:
    """['false,misleading', 'mixed'] -> ['false', 'misleading', 'mixed']."""
    return [part.strip() for value in values or [] for part in value.split(",") if part.strip()]


def claim_filters(
    reader,
    *,
    article: str | None = None,
    status: list[str] | None = None,
    attribution: list[str] | None = None,
    speaker: str | None = None,
    search: str | None = None,
    disputed: bool = False,
    stale: bool = False,
    dismissed: bool = False,
    min_score: float | None = None,
    sort: str = "id",
    limit: int | None = None,
    offset: int = 0,
):
    """ClaimFilters from the options; an unknown value is a one-line error naming the choices."""
    from factcheck.services.claim_filters import ClaimFilters
    from factcheck.vocab import parse_enum

    return ClaimFilters(
        article_id=article_row_id(reader, article) if article else None,
        status=[parse_enum(Status, v, "status") for v in split_values(status)] or None,
        attribution=[parse_enum(Attribution, v, "attribution") for v in split_values(attribution)]
        or None,
        speaker=speaker,
        search=search,
        disputed=disputed,
        stale=stale,
        dismissed=dismissed,
        min_score=min_score,
        sort=sort,
        limit=limit,
        offset=offset,
    )


def article_row_id(reader, article: str) -> int:
    """The row id of the article named; the ORM is loaded for this lookup only, on the
    reader's own transaction (a Session is used as it is)."""
    from sqlalchemy.orm import Session

    from factcheck.services.articles import resolve_article

    if isinstance(reader, Session):
        return resolve_article(reader, article).id
    with Session(bind=reader) as session:
        return resolve_article(session, article).id

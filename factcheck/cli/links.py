"""`factcheck link [add] FROM TO --relation R` and `factcheck link remove`: claim links."""

from typing import Annotated

import typer
from typer.core import TyperGroup

from factcheck.cli.common import (
    DbOption,
    FormatOption,
    OutputFormat,
    done,
    open_session,
    output_rows,
)
from factcheck.cli.review import ReviewerOption
from factcheck.vocab import Relation


class _AddByDefault(TyperGroup):
    """`factcheck link 13 12 --relation denies` still means `link add 13 12 ...`."""

    def parse_args(self, ctx, args):
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = ["add", *args]
        return super().parse_args(ctx, args)


app = typer.Typer(
    cls=_AddByDefault,
    no_args_is_help=True,
    help="Link two claims (denies, contradicts, supports, same_as), or remove a link.",
)


@app.command("add")
def link(
    from_id: Annotated[int, typer.Argument(help="The claim that relates...")],
    to_id: Annotated[int, typer.Argument(help="...to this claim.")],
    relation: Annotated[str, typer.Option(help="denies, contradicts, supports or same_as.")],
    note: Annotated[str | None, typer.Option(help="Why they are related.")] = None,
    reviewer: ReviewerOption = None,
    db: DbOption = None,
    format: FormatOption = OutputFormat.TABLE,
) -> None:
    """Link two claims: FROM denies/contradicts/supports/same_as TO ("add" may be left out).

    Example: factcheck link 13 12 --relation denies
    """
    from factcheck.serialize import link_dict
    from factcheck.services.identity import current_actor
    from factcheck.services.links import add_link
    from factcheck.vocab import parse_enum

    with open_session(db) as session:
        row, created = add_link(
            session,
            from_id=from_id,
            to_id=to_id,
            relation=parse_enum(Relation, relation, "relation"),
            created_by=current_actor(session, reviewer),
            note=note,
        )
        if format == OutputFormat.TABLE:
            verb = "linked" if created else "already linked"
            done(f"{verb}: claim {from_id} {row.relation.value} claim {to_id} (link {row.id})")
        else:
            output_rows({**link_dict(row), "created": created}, format)


@app.command("remove")
def remove(
    ids: Annotated[
        list[int], typer.Argument(help="FROM TO (two claim ids), or one link id with --id.")
    ],
    by_id: Annotated[bool, typer.Option("--id", help="The argument is a link id.")] = False,
    relation: Annotated[
        str | None, typer.Option(help="Which link, when FROM has several to TO.")
    ] = None,
    reason: Annotated[str | None, typer.Option(help="Why the link goes.")] = None,
    reviewer: ReviewerOption = None,
    db: DbOption = None,
) -> None:
    """Remove a link: the row stays on record, marked removed; both claims' histories say
    who removed it and why. Disputes and same_as clusters no longer count it.

    Example: factcheck link remove 13 12 --reason "13 denies another claim"
    """
    from factcheck.cli.common import fail
    from factcheck.services.identity import current_actor
    from factcheck.services.undo import remove_link
    from factcheck.vocab import parse_enum

    if by_id != (len(ids) == 1) or len(ids) > 2:
        fail("give FROM TO (two claim ids), or --id LINK")
    with open_session(db) as session:
        link = remove_link(
            session,
            actor=current_actor(session, reviewer),
            reason=reason,
            link_id=ids[0] if by_id else None,
            from_id=None if by_id else ids[0],
            to_id=None if by_id else ids[1],
            relation=parse_enum(Relation, relation, "relation") if relation else None,
        )
        done(
            f"removed link {link.id}: claim {link.from_claim_id} {link.relation.value} "
            f"claim {link.to_claim_id}"
        )

"""`factcheck audit verify|checkpoint`: the ledger's trail, its chain and every claim's anchor."""

from pathlib import Path
from typing import Annotated

import typer

from factcheck.cli.common import (
    DbOption,
    FormatOption,
    OutputFormat,
    done,
    fail,
    open_session,
    output_rows,
    user_errors,
)
from factcheck.cli.keys import KeyOption

app = typer.Typer(no_args_is_help=True, help="Prove the ledger was not altered.")


CheckpointOption = Annotated[
    list[Path] | None,
    typer.Option("--checkpoint", help="A checkpoint file the ledger must still contain."),
]


@app.command("verify")
def verify(
    checkpoint: CheckpointOption = None,
    key: KeyOption = None,
    db: DbOption = None,
    format: FormatOption = OutputFormat.TABLE,
) -> None:
    """Replay the ledger's trail: check its hash chain and that every claim, review, evidence,
    link and article row is what the events say; recompute the review chain and check
    text[start:end] == quote for every claim. With --checkpoint (repeatable), also prove the
    chain still holds each signed head: a chain recomputed after an edit fails here.

    Exits 1 and names every row or event that disagrees.
    Example: factcheck audit verify --checkpoint checkpoints/2026-12-01.json
    """
    from factcheck.services.audit import verify_ledger

    with open_session(db, read_only=True) as session:
        result = verify_ledger(session, keep_hashes=bool(checkpoint))
    checks = _check_checkpoints(checkpoint or [], result.trail.hashes or {}, key)
    ok = result.ok and all(c.ok for c in checks)
    trail = result.trail
    data = {
        "ok": ok,
        "checkpoints": [c.__dict__ for c in checks],
        "events_checked": trail.events_checked,
        "head": {"seq": trail.head_seq, "hash": trail.head_hash},
        "trail_chain_break": trail.chain_break,
        "trail_errors": trail.errors,
        "trail_error_count": trail.error_count,
        "reviews_checked": result.reviews_checked,
        "claims_checked": result.claims_checked,
        "chain_break": result.chain_break,
        "anchor_errors": result.anchor_errors,
    }
    output_rows(data, format, lambda: _print_result(result, checks))
    if not ok:
        raise typer.Exit(1)


def _check_checkpoints(files: list[Path], hashes: dict[int, str], key: str | None) -> list:
    if not files:
        return []
    from factcheck.services.checkpoints import check_checkpoint, key_path, trusted_public_key

    with user_errors():
        public = trusted_public_key(key_path(key))
    return [check_checkpoint(path, hashes, public) for path in files]


@app.command("checkpoint")
def checkpoint(
    output: Annotated[Path, typer.Option("--output", "-o", help="Where to write it.")],
    key: KeyOption = None,
    db: DbOption = None,
) -> None:
    """Sign the head of the trail (sequence number, hash, time) with the organisation's key
    and write it to a file outside the database. Refused if the ledger does not verify.

    Keep the files (or publish them): `audit verify --checkpoint FILE` proves the ledger
    still holds that head, so even a chain recomputed after an edit is caught.
    Example: factcheck audit checkpoint --output checkpoints/2026-12-01.json
    """
    import json

    from factcheck.services.audit import verify_ledger
    from factcheck.services.checkpoints import key_path, sign_head

    with open_session(db, read_only=True) as session:
        result = verify_ledger(session)
    if not result.ok:
        fail("the ledger does not verify (run: factcheck audit verify); no checkpoint signed")
    with user_errors():
        document = sign_head(result.trail.head_seq, result.trail.head_hash, key_path(key))
        try:
            output.parent.mkdir(parents=True, exist_ok=True)
            output.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
        except OSError as exc:
            fail(f"cannot write {output}: {exc.strerror}")
    head = document["checkpoint"]
    done(f"checkpoint of event {head['seq']} ({head['hash'][:16]}…) signed into {output}")


def _print_result(result, checks: list) -> None:
    for check in checks:
        typer.echo(f"checkpoint {check.file}: {'ok' if check.ok else 'FAILED'}, {check.message}")
    trail = result.trail
    typer.echo(
        f"trail: {trail.chain_break or 'chain intact'} ({trail.events_checked} events, "
        f"head {trail.head_seq} {trail.head_hash[:16]})"
    )
    state = f"{trail.error_count} rows disagree" if trail.error_count else "explained by the trail"
    typer.echo(f"state: {state}")
    for error in trail.errors[:50]:
        typer.echo(f"  {error}")
    if trail.error_count > 50:
        typer.echo(f"  ... and {trail.error_count - 50} more (--format json lists up to 200)")
    chain = result.chain_break or "intact"
    typer.echo(f"review chain: {chain} ({result.reviews_checked} reviews)")
    anchors = f"{len(result.anchor_errors)} broken" if result.anchor_errors else "all hold"
    typer.echo(f"anchors: {anchors} ({result.claims_checked} claims)")
    for error in result.anchor_errors[:20]:
        typer.echo(f"  {error}")

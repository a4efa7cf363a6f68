"""`factcheck keys init`: the organisation's Ed25519 key that signs trail checkpoints."""

from typing import Annotated

import typer

from factcheck.cli.common import done, user_errors

app = typer.Typer(no_args_is_help=True, help="The signing key of the ledger's checkpoints.")

KeyOption = Annotated[
    str | None,
    typer.Option(
        "--key",
        help="Private key file (default: FACTCHECK_SIGNING_KEY, factcheck.toml's signing_key, "
        "else ~/.config/factcheck/signing_key.pem). Keep it outside the database.",
    ),
]


@app.command("init")
def init(
    key: KeyOption = None,
    force: Annotated[bool, typer.Option(help="Replace an existing key.")] = False,
) -> None:
    """Create the Ed25519 key pair that signs `factcheck audit checkpoint`.

    The private key is written with permissions 0600 (owner only), the public key next to
    it as FILE.pub; give the .pub to whoever verifies checkpoints.
    Example: factcheck keys init --key /secure/factcheck-key.pem
    """
    from factcheck.services.checkpoints import init_key, key_path

    with user_errors():
        info = init_key(key_path(key), force=force)
    done(f"signing key {info.private} (0600), public key {info.public}, {info.fingerprint}")

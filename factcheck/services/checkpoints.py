"""Signed checkpoints of the trail's head (Ed25519), kept outside the database, and the
proof that the ledger still holds every checkpointed head."""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from factcheck.errors import BadInput
from factcheck.services.ledger_events import canonical_json

ALGORITHM = "Ed25519"


def default_key_path() -> Path:
    """$XDG_CONFIG_HOME/factcheck/signing_key.pem (~/.config/...): outside any database."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "factcheck" / "signing_key.pem"


def key_path(explicit: str | None = None) -> Path:
    """--key, else FACTCHECK_SIGNING_KEY, else factcheck.toml's signing_key, else the default."""
    from factcheck import config

    configured = config.value("signing_key", explicit)
    return Path(configured).expanduser() if configured else default_key_path()


def public_path(private: Path) -> Path:
    return private.with_name(private.name + ".pub")


@dataclass
class KeyInfo:
    private: Path
    public: Path
    fingerprint: str


def _fingerprint(raw_public: bytes) -> str:
    import hashlib

    return "SHA256:" + hashlib.sha256(raw_public).hexdigest()[:32]


def init_key(path: Path, *, force: bool = False) -> KeyInfo:
    """A new Ed25519 key: the private key readable by its owner only (0600), the public
    key next to it (.pub) for whoever verifies."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    if path.exists() and not force:
        raise BadInput(f"{path} already exists: keep it, or pass --force to replace it")
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    if force and path.exists():
        path.unlink()
    # Created 0600 from the start: the key is never readable by others, even for a moment.
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(pem)
    raw = _raw_public(key.public_key())
    public = public_path(path)
    public.write_text(base64.b64encode(raw).decode("ascii") + "\n", encoding="ascii")
    return KeyInfo(path, public, _fingerprint(raw))


def _raw_public(public_key) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _load_private(path: Path):
    from cryptography.hazmat.primitives import serialization

    if not path.is_file():
        raise BadInput(f"no signing key at {path} (run: factcheck keys init, or give --key)")
    if os.name == "posix" and path.stat().st_mode & 0o077:
        raise BadInput(f"{path} is readable by others: chmod 600 {path}")
    try:
        return serialization.load_pem_private_key(path.read_bytes(), password=None)
    except ValueError as exc:
        raise BadInput(f"{path} is not a private key ({exc})") from None


def trusted_public_key(path: Path):
    """The organisation's public key: the .pub next to the key, else the private key's."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    public = public_path(path)
    if public.is_file():
        try:
            raw = base64.b64decode(public.read_text(encoding="ascii").strip(), validate=True)
            return Ed25519PublicKey.from_public_bytes(raw)
        except ValueError as exc:
            raise BadInput(f"{public} is not an Ed25519 public key ({exc})") from None
    return _load_private(path).public_key()


def sign_head(head_seq: int, head_hash: str, key: Path) -> dict[str, Any]:
    """The checkpoint document: {seq, hash, time}, its signature and the key's fingerprint."""
    private = _load_private(key)
    body = {
        "seq": head_seq,
        "hash": head_hash,
        "time": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    signature = private.sign(canonical_json(body).encode("utf-8"))
    return {
        "checkpoint": body,
        "algorithm": ALGORITHM,
        "signature": base64.b64encode(signature).decode("ascii"),
        "key": _fingerprint(_raw_public(private.public_key())),
    }


@dataclass
class CheckpointResult:
    file: str
    ok: bool
    message: str


def check_checkpoint(path: Path, hashes: dict[int, str], public_key) -> CheckpointResult:
    """The file is signed by the organisation's key, and event `seq` of the ledger is still
    the one whose hash it signed."""
    from cryptography.exceptions import InvalidSignature

    name = str(path)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        body = document["checkpoint"]
        seq, head = int(body["seq"]), str(body["hash"])
        signature = base64.b64decode(document["signature"], validate=True)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return CheckpointResult(name, False, f"not a factcheck checkpoint ({exc})")
    try:
        public_key.verify(signature, canonical_json(body).encode("utf-8"))
    except InvalidSignature:
        return CheckpointResult(name, False, "signature does not verify with the trusted key")
    when = body.get("time")
    if seq == 0:
        return CheckpointResult(name, True, f"empty ledger at {when}: nothing to prove")
    if seq not in hashes:
        last = max(hashes, default=0)
        return CheckpointResult(
            name, False, f"the ledger ends at event {last}, before checkpointed event {seq}"
        )
    if hashes[seq] != head:
        return CheckpointResult(
            name,
            False,
            f"event {seq} has hash {hashes[seq][:16]}…, the checkpoint of {when} signed "
            f"{head[:16]}…: the trail was rewritten since",
        )
    return CheckpointResult(name, True, f"event {seq} ({head[:16]}…) of {when} still holds")

"""Signed checkpoints: an Ed25519 signature over the chain head, by a key the store never holds.

The hash chain alone shows that a store was edited carelessly; whoever may write the store can also recompute every
hash after an edit. A checkpoint is a ``checkpoint`` event in the chain whose payload carries the sequence number
and hash of the event before it, signed with a private key that only the governed path holds (configured by
``GOVERNANCE_AUDIT_SIGNING_KEY``: a PEM, or the path of a PEM file). ``audit verify --public-key`` checks every
signature against the stored chain and says which events no valid signature covers.

Uses ``cryptography`` (the maintained binding of OpenSSL) for Ed25519: small keys and signatures, deterministic
signing, no parameters to get wrong.

Example:
    >>> signer = Signer.generate()
    >>> payload = signer.sign(7, "ab" * 32, "2026-01-01T00:00:00+00:00")
    >>> check_signature(payload, {signer.key_id: signer.public_key})
    'valid'
    >>> check_signature({**payload, "seq": 8}, {signer.key_id: signer.public_key})
    'invalid'
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from governance_dagster.errors import ConfigurationError

#: The environment variable holding the private key (a PEM, or the path of a PEM file).
KEY_ENV = "GOVERNANCE_AUDIT_SIGNING_KEY"
#: A checkpoint is added when none of the last this many events is one.
DEFAULT_EVERY = 1000
KIND = "checkpoint"
_CONTEXT = b"governance-dagster audit checkpoint v1\n"


def key_id(public_key: Any) -> str:
    """The first 16 hex digits of the SHA-256 of the raw public key: names the key in a checkpoint."""
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return hashlib.sha256(public_key.public_bytes(Encoding.Raw, PublicFormat.Raw)).hexdigest()[:16]


def _message(seq: int, digest: str, kid: str, signed_at: str) -> bytes:
    return _CONTEXT + json.dumps({"hash": digest, "key_id": kid, "seq": seq, "signed_at": signed_at},
                                 sort_keys=True, separators=(",", ":")).encode()


@dataclass(frozen=True)
class Signer:
    """An Ed25519 private key that signs chain heads."""

    private_key: Any
    key_id: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "key_id", key_id(self.private_key.public_key()))

    @property
    def public_key(self) -> Any:
        return self.private_key.public_key()

    @classmethod
    def generate(cls) -> Signer:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        return cls(Ed25519PrivateKey.generate())

    @classmethod
    def from_config(cls, value: str) -> Signer:
        """A signer from a PEM (PKCS#8 Ed25519 private key) or the path of a PEM file.

        Raises:
            ConfigurationError: the value is neither, or not an Ed25519 private key (the key is never echoed).
        """
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        from cryptography.hazmat.primitives.serialization import load_pem_private_key

        text = value.strip()
        source = "the PEM given"
        if not text.startswith("-----BEGIN"):
            source = f"key file {text}"
            try:
                text = Path(text).read_text(encoding="utf-8")
            except (OSError, UnicodeError, ValueError):
                raise ConfigurationError(f"the audit signing key ({KEY_ENV}) is neither a PEM nor a readable "
                                         f"PEM file ({source}); create one with 'governance-dagster audit keygen "
                                         "--out PATH'") from None
        try:
            key = load_pem_private_key(text.encode(), password=None)
        except (ValueError, TypeError):
            key = None
        if not isinstance(key, Ed25519PrivateKey):
            raise ConfigurationError(f"the audit signing key ({source}) is not an unencrypted Ed25519 private key in "
                                     "PEM; create one with 'governance-dagster audit keygen --out PATH'")
        return cls(key)

    @classmethod
    def from_env(cls) -> Signer | None:
        """The signer :data:`KEY_ENV` configures, or None when it is unset or empty."""
        value = os.environ.get(KEY_ENV, "")
        return cls.from_config(value) if value.strip() else None

    def sign(self, seq: int, digest: str, signed_at: str) -> dict[str, Any]:
        """The payload of a checkpoint covering event ``seq`` whose hash is ``digest``."""
        signature = self.private_key.sign(_message(seq, digest, self.key_id, signed_at))
        return {"seq": seq, "hash": digest, "key_id": self.key_id, "signed_at": signed_at,
                "signature": base64.b64encode(signature).decode()}


def write_key_pair(out: str) -> str:
    """Write a new private key to ``out`` (PEM, mode 0600) and its public key to ``out.pub``; return the key id.

    Raises:
        ConfigurationError: either file exists already (never overwritten) or cannot be written.
    """
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

    signer = Signer.generate()
    private, public = Path(out), Path(out + ".pub")
    for path in (private, public):
        if path.exists():
            raise ConfigurationError(f"{path} exists already; keys are never overwritten, choose another --out")
    try:
        fd = os.open(private, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(signer.private_key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()))
        public.write_bytes(signer.public_key.public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo))
    except OSError as exc:
        raise ConfigurationError(f"cannot write the key pair to {out} ({exc.strerror}); check the directory") from None
    return signer.key_id


def load_public_keys(paths: Iterable[str]) -> dict[str, Any]:
    """Public keys (PEM files, e.g. ``key.pem.pub`` from ``audit keygen``) by key id.

    Raises:
        ConfigurationError: a file is missing or not an Ed25519 public key.
    """
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    keys: dict[str, Any] = {}
    for path in paths:
        try:
            key = load_pem_public_key(Path(path).read_bytes())
        except (OSError, ValueError, TypeError):
            key = None
        if not isinstance(key, Ed25519PublicKey):
            raise ConfigurationError(f"--public-key {path} is not a readable Ed25519 public key in PEM; give the "
                                     "'.pub' file 'governance-dagster audit keygen' wrote")
        keys[key_id(key)] = key
    return keys


def check_signature(payload: Mapping[str, Any], keys: Mapping[str, Any]) -> str:
    """``valid``, ``invalid`` (a known key, a bad signature or malformed payload) or ``unknown-key``."""
    from cryptography.exceptions import InvalidSignature

    try:
        seq, digest, kid = int(payload["seq"]), str(payload["hash"]), str(payload["key_id"])
        signed_at, signature = str(payload["signed_at"]), base64.b64decode(str(payload["signature"]), validate=True)
    except (KeyError, TypeError, ValueError):
        return "invalid"
    if kid not in keys:
        return "unknown-key"
    try:
        keys[kid].verify(signature, _message(seq, digest, kid, signed_at))
    except InvalidSignature:
        return "invalid"
    return "valid"


@dataclass(frozen=True)
class CheckpointReport:
    """What the checkpoints of a chain prove."""

    checkpoints: int
    covered: int  # events 1..covered are under a valid signature (0: none)
    head: int
    problems: tuple[str, ...] = ()
    unknown_keys: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


def check_checkpoints(checkpoints: Iterable[tuple[int, Mapping[str, Any]]], hashes: Mapping[int, str], head: int,
                      keys: Mapping[str, Any]) -> CheckpointReport:
    """Check ``(event seq, payload)`` of every checkpoint event against the stored ``hashes`` of the events they
    name; a valid signature over event N covers events 1..N (the chain links them), and the checkpoint itself when
    it is event N + 1."""
    problems: list[str] = []
    unknown: set[str] = set()
    covered, count = 0, 0
    for seq, payload in checkpoints:
        count += 1
        verdict = check_signature(payload, keys)
        if verdict == "unknown-key":
            unknown.add(str(payload.get("key_id")))
            continue
        if verdict == "invalid":
            problems.append(f"checkpoint event {seq}: its signature is invalid (forged or edited)")
            continue
        target = int(payload["seq"])
        if target >= seq or hashes.get(target) != payload["hash"]:
            problems.append(f"checkpoint event {seq}: it signs event {target} with a hash the store does not hold "
                            "there (the chain was rewritten after it was signed)")
            continue
        # the checkpoint event itself is authentic too when it directly follows the event it signs
        covered = max(covered, seq if target == seq - 1 else target)
    return CheckpointReport(count, covered, head, tuple(problems), tuple(sorted(unknown)))

"""Audit events and the hash chain that makes the trail tamper-evident.

Each event's hash covers its content and the hash of the event before it, so changing, deleting, reordering or
inserting an event breaks every hash after it.

Example:
    >>> first = seal(Draft("read", "alice", False, {"rows": 3}), seq=1, prev_hash=GENESIS, ts="2026-01-01T00:00:00Z")
    >>> verify_chain([first]).ok
    True
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from governance_dagster.errors import AnchorError

GENESIS = "0" * 64


@dataclass(frozen=True)
class Draft:
    """An event before it is sealed into the chain."""

    kind: str
    identity: str
    verified: bool
    payload: dict[str, Any] = field(default_factory=dict)
    run_id: str = ""


@dataclass(frozen=True)
class Event:
    """A sealed audit event."""

    seq: int
    ts: str
    kind: str
    identity: str
    verified: bool
    run_id: str
    payload: dict[str, Any]
    prev_hash: str
    hash: str


def payload_text(payload: dict[str, Any]) -> str:
    """The canonical JSON of a payload (sorted keys, no spaces): what is stored and hashed."""
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), default=str)


def canonical_text(seq: int, ts: str, kind: str, identity: str, verified: bool, run_id: str, payload: str,
                   prev_hash: str) -> bytes:
    """The bytes an event's hash covers, from the stored columns (``payload`` as its canonical JSON text), so a
    verifier hashes what is stored without parsing it."""
    q = json.dumps
    return (
        f'{{"identity":{q(identity)},"kind":{q(kind)},"payload":{payload},"prev_hash":{q(prev_hash)},'
        f'"run_id":{q(run_id)},"seq":{seq},"ts":{q(ts)},"verified":{"true" if verified else "false"}}}'
    ).encode()


def canonical(seq: int, ts: str, draft: Draft, prev_hash: str) -> bytes:
    """The bytes an event's hash covers."""
    return canonical_text(seq, ts, draft.kind, draft.identity, draft.verified, draft.run_id,
                          payload_text(draft.payload), prev_hash)


def seal(draft: Draft, *, seq: int, prev_hash: str, ts: str) -> Event:
    """Chain ``draft`` after the event whose hash is ``prev_hash``."""
    digest = hashlib.sha256(canonical(seq, ts, draft, prev_hash)).hexdigest()
    return Event(seq, ts, draft.kind, draft.identity, draft.verified, draft.run_id, draft.payload, prev_hash, digest)


@dataclass(frozen=True)
class Verification:
    """The result of verifying a chain."""

    ok: bool
    events: int
    head: str
    first_bad: int | None = None
    problem: str = ""


def _matches_reserialized(seq: int, ts: str, kind: str, identity: str, verified: bool, run_id: str, payload: str,
                          prev_hash: str, digest: str) -> bool:
    """Whether the event verifies once its payload is re-serialized canonically: stores written before payloads
    were stored in canonical form (version 0.1.0 of this package) kept spaces after separators.

    Only that exact earlier form is accepted: the stored text must be what 0.1.0 wrote for the value it parses to.
    Any other text that merely parses to the hashed value (a key given twice, other spacing or escapes) is an edit,
    since other JSON readers (SQL ``->>``, ``jq``) may read it differently (a duplicated key's first value)."""
    try:
        value = json.loads(payload, object_pairs_hook=_refuse_duplicate_keys)
        legacy = json.dumps(value, sort_keys=True, default=str)
    except ValueError:
        return False
    if legacy != payload:
        return False
    text = payload_text(value)
    return text != payload and hashlib.sha256(
        canonical_text(seq, ts, kind, identity, verified, run_id, text, prev_hash)).hexdigest() == digest


def _refuse_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [key for key, _ in pairs]
    if len(set(keys)) != len(keys):
        raise ValueError("a key appears twice")
    return dict(pairs)


def head_matches(seq: int, ts: str, kind: str, identity: str, verified: bool, run_id: str, payload: str,
                 prev_hash: str, digest: str) -> bool:
    """Whether one stored row's hash is the hash of its stored fields (checked on the head before each append).

    Example:
        >>> event = seal(Draft("read", "alice", False, {"rows": 3}), seq=1, prev_hash=GENESIS, ts="t")
        >>> head_matches(1, "t", "read", "alice", False, "", '{"rows":3}', GENESIS, event.hash)
        True
        >>> head_matches(1, "t", "read", "mallory", False, "", '{"rows":3}', GENESIS, event.hash)
        False
    """
    return hashlib.sha256(canonical_text(seq, ts, kind, identity, verified, run_id, payload, prev_hash)).hexdigest() \
        == digest or _matches_reserialized(seq, ts, kind, identity, verified, run_id, payload, prev_hash, digest)


def verify_rows(rows: Iterable[tuple], anchors: Mapping[int, str] | None = None, *,
                after: tuple[int, str] = (0, GENESIS)) -> Verification:
    """Verify stored rows ``(seq, ts, kind, identity, verified, run_id, payload_text, prev_hash, hash)`` in stored
    order without building events: the fast path of :meth:`AuditStore.verify`.

    ``anchors`` maps sequence numbers to the hashes those events had when they were recorded elsewhere (Dagster's
    ``governance/audit_event`` and ``governance/audit_chain_head`` metadata, a copy kept off the store). The chain
    alone cannot tell that its newest events were deleted, nor that it was recomputed after an edit; an anchor
    whose event is missing or has another hash can. ``after`` is the event (sequence number, hash) the rows follow:
    by default none, the rows start the chain.
    """
    anchors = dict(anchors or {})
    prev_hash, expected_seq, count = after[1], after[0] + 1, 0
    sha256 = hashlib.sha256
    for seq, ts, kind, identity, verified, run_id, payload, stored_prev, digest in rows:
        count += 1
        if seq in anchors and anchors[seq] != digest:
            return Verification(False, count, prev_hash, seq, f"its hash differs from the anchor given for event {seq} "
                                "(the chain was rewritten and recomputed from there, or the anchor is of another store)")
        if seq != expected_seq:
            return Verification(False, count, prev_hash, seq, f"sequence number {seq}, expected {expected_seq} (an event was deleted, inserted or reordered)")
        if stored_prev != prev_hash:
            return Verification(False, count, prev_hash, seq, "its link does not match the hash of the event before it")
        if sha256(canonical_text(seq, ts, kind, identity, bool(verified), run_id, payload, stored_prev)).hexdigest() != digest \
                and not _matches_reserialized(seq, ts, kind, identity, bool(verified), run_id, payload, stored_prev, digest):
            return Verification(False, count, prev_hash, seq, "its content does not match its hash (the event was changed)")
        prev_hash, expected_seq = digest, expected_seq + 1
    missing = sorted(seq for seq in anchors if seq >= expected_seq)
    if missing:
        return Verification(False, count, prev_hash, missing[0], f"the store ends at event {expected_seq - 1}, but an "
                            f"anchor names event {missing[0]} (the newest events were deleted, or the anchor is of "
                            "another store)")
    return Verification(True, count, prev_hash)


def parse_anchor(text: str) -> tuple[int, str]:
    """``SEQ:HASH`` (a sequence number and that event's 64-hex-digit hash) as a pair.

    Raises:
        AnchorError: the text is not of that form; the message says what is expected.

    Example:
        >>> parse_anchor("42:" + "ab" * 32)[0]
        42
    """
    seq, _, digest = text.strip().partition(":")
    digest = digest.strip().lower()
    if not seq.strip().isdigit() or int(seq) < 1 or len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
        raise AnchorError(f"anchor {text[:80]!r} is not SEQ:HASH; give an event's sequence number and its 64-hex-digit "
                         "hash, e.g. the governance/audit_event and governance/audit_chain_head metadata of a run")
    return int(seq), digest


def verify_chain(events: Iterable[Event]) -> Verification:
    """Check sequence numbers, links and hashes of events in stored order; name the first bad event."""
    prev_hash, expected_seq, count = GENESIS, 1, 0
    for event in events:
        count += 1
        if event.seq != expected_seq:
            return Verification(False, count, prev_hash, event.seq, f"sequence number {event.seq}, expected {expected_seq} (an event was deleted, inserted or reordered)")
        if event.prev_hash != prev_hash:
            return Verification(False, count, prev_hash, event.seq, "its link does not match the hash of the event before it")
        draft = Draft(event.kind, event.identity, event.verified, event.payload, event.run_id)
        if hashlib.sha256(canonical(event.seq, event.ts, draft, event.prev_hash)).hexdigest() != event.hash:
            return Verification(False, count, prev_hash, event.seq, "its content does not match its hash (the event was changed)")
        prev_hash, expected_seq = event.hash, expected_seq + 1
    return Verification(True, count, prev_hash)

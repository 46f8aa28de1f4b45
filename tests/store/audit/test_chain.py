"""Specification of the hash chain: any change, deletion, reordering or insertion is caught and named."""

from __future__ import annotations

from dataclasses import replace

import pytest

from governance_dagster.errors import AnchorError, GovernanceError
from governance_dagster.store.audit.chain import GENESIS, Draft, parse_anchor, seal, verify_chain


def _chain(n: int = 5):
    events, prev = [], GENESIS
    for i in range(1, n + 1):
        event = seal(Draft("read", "alice", False, {"rows": i}), seq=i, prev_hash=prev, ts=f"2026-01-0{i}T00:00:00Z")
        events.append(event)
        prev = event.hash
    return events


def test_when_nothing_was_touched_then_the_chain_verifies() -> None:
    result = verify_chain(_chain())
    assert result.ok and result.events == 5 and result.head == _chain()[-1].hash


@pytest.mark.parametrize(
    ("tamper", "first_bad"),
    [
        (lambda e: [e[0], replace(e[1], payload={"rows": 99}), *e[2:]], 2),
        (lambda e: [e[0], replace(e[1], identity="mallory"), *e[2:]], 2),
        (lambda e: [e[0], *e[2:]], 3),
        (lambda e: [e[0], e[2], e[1], *e[3:]], 3),
        (lambda e: e[:-1], None),
        (lambda e: [e[0], e[0], *e[1:]], 1),
    ],
    ids=["changed-payload", "changed-identity", "deleted", "reordered", "truncated-tail", "inserted-duplicate"],
)
def test_when_the_chain_is_tampered_with_then_the_first_bad_event_is_named(tamper, first_bad) -> None:
    result = verify_chain(tamper(_chain()))
    if first_bad is None:
        # dropping the newest event leaves a valid shorter chain: the stored head is what detects it
        assert result.ok and result.head != _chain()[-1].hash
    else:
        assert not result.ok and result.first_bad == first_bad


def test_when_a_stored_payload_kept_the_old_spaced_form_then_the_chain_still_verifies_and_edits_are_still_caught() -> None:
    import json

    from governance_dagster.store.audit.chain import verify_rows

    event = seal(Draft("read", "alice", False, {"rows": 1, "table": "t"}), seq=1, prev_hash=GENESIS, ts="2026-01-01T00:00:00Z")
    spaced = json.dumps(event.payload, sort_keys=True)  # how 0.1.0 stored payloads: '{"rows": 1, "table": "t"}'
    row = (1, event.ts, event.kind, event.identity, event.verified, event.run_id, spaced, GENESIS, event.hash)
    assert verify_rows([row]).ok
    edited = (*row[:6], spaced.replace("1", "2"), *row[7:])
    assert not verify_rows([edited]).ok


#: Stored payload texts that parse to the hashed payload {"rows": 1, "table": "t"} but are not the text it was
#: stored as (canonical) nor the text 0.1.0 stored (spaced): each is an edit.
EQUIVALENT_BUT_EDITED = [
    ('{"rows": 999, "table": "secret", "rows": 1, "table": "t"}', "duplicate-keys-first-value-differs"),
    ('{"rows":999,"table":"secret","rows":1,"table":"t"}', "duplicate-keys-compact"),
    ('{"rows":  1, "table": "t"}', "other-spacing"),
    ('{"rows": 1, "table": "\\u0074"}', "escaped-character"),
    ('{"table": "t", "rows": 1}', "unsorted-keys"),
]


@pytest.mark.parametrize("stored", [s for s, _ in EQUIVALENT_BUT_EDITED], ids=[i for _, i in EQUIVALENT_BUT_EDITED])
def test_when_a_stored_payload_only_parses_to_the_hashed_value_then_verify_reports_the_event_as_changed(stored: str) -> None:
    from governance_dagster.store.audit.chain import verify_rows

    event = seal(Draft("read", "alice", False, {"rows": 1, "table": "t"}), seq=1, prev_hash=GENESIS, ts="2026-01-01T00:00:00Z")
    row = (1, event.ts, event.kind, event.identity, event.verified, event.run_id, stored, GENESIS, event.hash)
    result = verify_rows([row])
    assert (result.ok, result.first_bad) == (False, 1)
    assert "changed" in result.problem


@pytest.mark.parametrize("anchor", ["5", "five:" + "a" * 64, "0:" + "a" * 64, "-1:" + "a" * 64, "5:" + "a" * 63,
                                    "5:" + "g" * 64, "", ":"])
def test_when_an_anchor_is_malformed_then_parsing_raises_a_governance_error_saying_what_it_expects(anchor: str) -> None:
    with pytest.raises(AnchorError, match=r"is not SEQ:HASH; give an event's sequence number and its 64-hex-digit hash") \
            as refused:
        parse_anchor(anchor)
    assert isinstance(refused.value, GovernanceError) and not isinstance(refused.value, ValueError)


@pytest.mark.parametrize(("anchor", "expected"), [("7:" + "AB" * 32, (7, "ab" * 32)), (" 12 : " + "0f" * 32, (12, "0f" * 32))])
def test_when_an_anchor_is_well_formed_then_it_parses_to_its_sequence_number_and_lower_case_hash(anchor, expected) -> None:
    assert parse_anchor(anchor) == expected

"""Specification of signed checkpoints: the governed path signs the chain head with an Ed25519 key the store never
holds; `audit verify --public-key` checks every signature, exits 1 on a forged or outdated one, and names the events
no valid signature covers. A store writer without the key cannot rewrite events up to a signed head."""

from __future__ import annotations

import hashlib
import json
import stat
from pathlib import Path

import duckdb
import pytest
from dagster import asset, materialize

from governance_dagster import GovernedDatabase
from governance_dagster.cli import main
from governance_dagster.errors import ConfigurationError
from governance_dagster.store.audit.chain import GENESIS, Draft, canonical_text
from governance_dagster.store.audit.checkpoint import KEY_ENV, Signer, write_key_pair
from governance_dagster.store.audit.store import TABLE, open_audit_store


@pytest.fixture
def keys(tmp_path: Path) -> Path:
    assert main(["audit", "keygen", "--out", str(tmp_path / "signing.pem")]) == 0
    return tmp_path / "signing.pem"


def _signed_store(tmp_path: Path, key: Path, events: int = 7, every: int = 3) -> str:
    url = f"duckdb:///{tmp_path / 'audit.duckdb'}"
    store = open_audit_store(url, signer=Signer.from_config(str(key)), checkpoint_every=every)
    for i in range(events):
        store.append(Draft("read", "alice", False, {"i": i}))
    store.close()  # every event in the table, the file let go: another program may open it
    return url


def _rewrite_and_rechain(path: str, seq: int, identity: str) -> None:
    """What a store writer without the key can do: edit an event and recompute every hash after it."""
    with duckdb.connect(path) as con:
        con.execute(f"UPDATE {TABLE} SET identity = ? WHERE seq = ?", [identity, seq])
        rows = con.execute(f"SELECT seq, ts, kind, identity, verified, run_id, payload FROM {TABLE} ORDER BY seq").fetchall()
        prev = GENESIS
        for s, ts, kind, who, verified, run_id, payload in rows:
            digest = hashlib.sha256(canonical_text(s, ts, kind, who, verified, run_id, payload, prev)).hexdigest()
            con.execute(f"UPDATE {TABLE} SET prev_hash = ?, hash = ? WHERE seq = ?", [prev, digest, s])
            prev = digest


def test_when_keygen_runs_then_the_private_key_is_mode_0600_and_never_overwritten(keys: Path) -> None:
    assert stat.S_IMODE(keys.stat().st_mode) == 0o600
    assert Path(f"{keys}.pub").read_text().startswith("-----BEGIN PUBLIC KEY-----")
    with pytest.raises(ConfigurationError, match="never overwritten"):
        write_key_pair(str(keys))


def test_when_a_key_signs_then_checkpoints_come_at_least_every_n_events(tmp_path, keys) -> None:
    url = _signed_store(tmp_path, keys, events=10, every=3)
    kinds = [e.kind for e in open_audit_store(url, read_only=True).events()]
    reads_between = "".join("c" if k == "checkpoint" else "r" for k in kinds).split("c")
    assert kinds.count("checkpoint") >= 3 and max(len(run) for run in reads_between) <= 3


def test_when_every_signature_is_valid_then_verify_names_the_unsigned_tail(tmp_path, keys, capsys) -> None:
    url = _signed_store(tmp_path, keys, events=7, every=3)
    store = open_audit_store(url, signer=None)
    store.append(Draft("read", "bob", False, {}))
    head = store.tail(1)[0].seq
    assert main(["audit", "verify", "--store", url, "--public-key", f"{keys}.pub"]) == 0
    out = capsys.readouterr().out
    last_signed = max(e.seq for e in store.events() if e.kind == "checkpoint")  # it follows the event it signs
    assert f"events 1..{last_signed} are covered by a valid signature" in out
    assert f"events {last_signed + 1}..{head} are covered by no valid signature" in out


def test_when_the_run_ends_then_the_head_is_signed(tmp_path, keys, capsys) -> None:
    url = _signed_store(tmp_path, keys, events=5, every=100)
    store = open_audit_store(url, signer=Signer.from_config(str(keys)))
    checkpoint = store.checkpoint()
    assert checkpoint is not None and checkpoint.payload["seq"] == checkpoint.seq - 1
    assert store.checkpoint() is None  # the head is a checkpoint already
    assert main(["audit", "verify", "--store", url, "--public-key", f"{keys}.pub"]) == 0
    out = capsys.readouterr().out
    assert f"events 1..{checkpoint.seq} are covered" in out and "no valid signature" not in out


def test_when_a_store_writer_rewrites_and_rechains_then_verify_with_the_key_exits_1(tmp_path, keys, capsys) -> None:
    url = _signed_store(tmp_path, keys)
    assert main(["audit", "verify", "--store", url]) == 0
    _rewrite_and_rechain(url.removeprefix("duckdb:///"), 1, "mallory")
    assert main(["audit", "verify", "--store", url]) == 0  # the chain alone cannot tell
    capsys.readouterr()
    assert main(["audit", "verify", "--store", url, "--public-key", f"{keys}.pub"]) == 1
    assert "a hash the store does not hold" in capsys.readouterr().err


def test_when_a_signature_is_forged_then_verify_exits_1_naming_the_checkpoint(tmp_path, keys, capsys) -> None:
    url = _signed_store(tmp_path, keys)
    path = url.removeprefix("duckdb:///")
    with duckdb.connect(path) as con:
        seq, payload = con.execute(f"SELECT seq, payload FROM {TABLE} WHERE kind = 'checkpoint' ORDER BY seq LIMIT 1").fetchone()
    forged = {**json.loads(payload), "signature": Signer.generate().sign(1, "0" * 64, "t")["signature"]}
    with duckdb.connect(path) as con:
        con.execute(f"UPDATE {TABLE} SET payload = ? WHERE seq = ?", [json.dumps(forged, sort_keys=True, separators=(",", ":")), seq])
    _rewrite_and_rechain(path, 1, "alice")  # keep the chain itself intact
    assert main(["audit", "verify", "--store", url, "--public-key", f"{keys}.pub"]) == 1
    assert f"checkpoint event {seq}: its signature is invalid" in capsys.readouterr().err


def test_when_the_key_is_rotated_then_verify_checks_both_keys(tmp_path, keys, capsys) -> None:
    url = _signed_store(tmp_path, keys, events=4, every=2)
    new = tmp_path / "new.pem"
    write_key_pair(str(new))
    store = open_audit_store(url, signer=Signer.from_config(new.read_text()), checkpoint_every=2)
    for i in range(4):
        store.append(Draft("read", "alice", False, {"i": i}))
    head = store.checkpoint()
    assert main(["audit", "verify", "--store", url, "--public-key", f"{new}.pub"]) == 0
    assert "not checked: no --public-key given" in capsys.readouterr().out
    assert main(["audit", "verify", "--store", url, "--public-key", f"{keys}.pub", "--public-key", f"{new}.pub"]) == 0
    out = capsys.readouterr().out
    assert "not checked" not in out, out
    assert f"events 1..{head.seq} are covered" in out


def test_when_no_key_is_configured_then_appends_work_and_verify_says_nothing_is_signed(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.delenv(KEY_ENV, raising=False)
    url = f"duckdb:///{tmp_path / 'audit.duckdb'}"
    store = open_audit_store(url)
    store.append(Draft("read", "alice", False, {}))
    assert store.checkpoint() is None
    assert main(["audit", "verify", "--store", url]) == 0
    assert "nothing is signed" in capsys.readouterr().out


@pytest.mark.parametrize("value", ["not a key", "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----"])
def test_when_the_signing_key_is_unusable_then_opening_the_store_refuses(tmp_path, monkeypatch, value) -> None:
    monkeypatch.setenv(KEY_ENV, value)
    with pytest.raises(ConfigurationError, match="keygen"):
        open_audit_store(f"duckdb:///{tmp_path / 'audit.duckdb'}")


def test_when_a_dagster_run_ends_then_the_resource_signs_the_head(tmp_path, keys, policy_path, secret, monkeypatch,
                                                                   capsys) -> None:


    monkeypatch.setenv(KEY_ENV, str(keys))
    audit_url = f"duckdb:///{tmp_path / 'run-audit.duckdb'}"

    @asset
    def one_read(production: GovernedDatabase) -> None:
        production.connection(asset="one_read").query("SELECT 1 AS x")

    database = GovernedDatabase(url=f"duckdb:///{tmp_path / 'w.duckdb'}", policy_path=str(policy_path),
                                secret=secret, audit_url=audit_url, audit_checkpoint_every=1000)
    assert materialize([one_read], resources={"production": database}).success
    events = list(open_audit_store(audit_url, read_only=True).events())
    assert events[-1].kind == "checkpoint" and events[-1].payload["seq"] == events[-2].seq

"""Specification of identities: verified OIDC tokens, the unverified chain, and what requires verification.

Keys are generated per session, the JWKS is a file in ``tmp_path``; JWKS URLs and OpenID Connect discovery, against
a local https server, are in tests/test_identity_https.py.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from jwt.algorithms import ECAlgorithm, RSAAlgorithm

from governance_dagster.errors import GovernanceError, IdentityError, PolicyError
from governance_dagster.governed import identity as identity_module
from governance_dagster.governed.identity import Identity, require_verified, resolve_identity, resolve_identity_with
from governance_dagster.policy.loader import load_policy
from governance_dagster.policy.models import Policy

ISSUER = "https://idp.example.test"
AUDIENCE = "governance-dagster"


class Keys:
    """The issuer's RSA and EC keys (in the JWKS) and a stranger's RSA key (not in it)."""

    def __init__(self) -> None:
        self.rsa = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.ec = ec.generate_private_key(ec.SECP256R1())
        self.stranger = rsa.generate_private_key(public_exponent=65537, key_size=2048)

    def jwks(self) -> dict[str, Any]:
        rsa_jwk = {**RSAAlgorithm.to_jwk(self.rsa.public_key(), as_dict=True), "kid": "rsa-1", "use": "sig"}
        ec_jwk = {**ECAlgorithm.to_jwk(self.ec.public_key(), as_dict=True), "kid": "ec-1", "use": "sig"}
        hmac_jwk = {"kty": "oct", "kid": "hmac-1", "k": "c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0"}
        enc_jwk = {**RSAAlgorithm.to_jwk(self.stranger.public_key(), as_dict=True), "kid": "enc-1", "use": "enc"}
        return {"keys": [rsa_jwk, ec_jwk, hmac_jwk, enc_jwk]}


@pytest.fixture(scope="session")
def keys() -> Keys:
    return Keys()


@pytest.fixture
def jwks_path(tmp_path: Path, keys: Keys) -> Path:
    path = tmp_path / "jwks.json"
    path.write_text(json.dumps(keys.jwks()))
    return path


@pytest.fixture
def policy(jwks_path: Path) -> Policy:
    return Policy.model_validate({
        "roles": {"ann@example.com": ["analyst", "approver"], "schedule:nightly": ["loader"]},
        "identity": {"oidc_issuer": ISSUER, "oidc_audience": AUDIENCE, "jwks_path": str(jwks_path)},
    })


def claims(**overrides: Any) -> dict[str, Any]:
    """Valid claims for ann, with ``overrides`` applied; an override of ``None`` removes the claim."""
    now = int(time.time())
    base: dict[str, Any] = {
        "iss": ISSUER, "aud": AUDIENCE, "sub": "user-123", "email": "ann@example.com",
        "email_verified": True, "groups": ["data-eng", "approver"], "iat": now, "exp": now + 600,
    }
    base.update(overrides)
    return {k: v for k, v in base.items() if v is not None}


def sign(keys: Keys, payload: dict[str, Any], signer: str = "rsa", kid: str | None = "default") -> str:
    """A token over ``payload`` signed by ``signer`` ("rsa", "ec" or "stranger") with header ``kid``."""
    key, alg, default_kid = {
        "rsa": (keys.rsa, "RS256", "rsa-1"),
        "ec": (keys.ec, "ES256", "ec-1"),
        "stranger": (keys.stranger, "RS256", "rsa-1"),
    }[signer]
    headers = {} if kid is None else {"kid": default_kid if kid == "default" else kid}
    return jwt.encode(payload, key, algorithm=alg, headers=headers)


# --- verified identities -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("signer", ["rsa", "ec"])
def test_when_a_valid_token_is_given_then_the_identity_is_verified_with_its_groups_and_policy_roles(
    keys: Keys, policy: Policy, signer: str
) -> None:
    token = sign(keys, claims(), signer)
    identity = resolve_identity_with({"user": "mallory"}, policy, env={"GOVERNANCE_ID_TOKEN": token})
    assert identity == Identity("ann@example.com", "oidc", verified=True, roles=("data-eng", "approver", "analyst"),
                                 issuer=ISSUER, subject="user-123")


@pytest.mark.parametrize(
    ("overrides", "expected_name"),
    [
        ({}, "ann@example.com"),
        # preferred_username is never the name: users can often choose it
        ({"email": None, "preferred_username": "ann"}, "user-123"),
        ({"email": None}, "user-123"),
        ({"email_verified": False, "preferred_username": "ann"}, "user-123"),
        ({"email": "", "preferred_username": ""}, "user-123"),
    ],
    ids=["email", "preferred_username-ignored", "sub", "unverified-email-skipped", "empty-claims-skipped"],
)
def test_when_a_token_names_its_subject_then_the_verified_email_else_sub_is_the_name(
    keys: Keys, policy: Policy, overrides: dict[str, Any], expected_name: str
) -> None:
    identity = resolve_identity_with({}, policy, env={"GOVERNANCE_ID_TOKEN": sign(keys, claims(**overrides))})
    assert (identity.name, identity.verified) == (expected_name, True)


@pytest.mark.parametrize(
    ("identity_settings", "payload", "expected_roles"),
    [
        ({}, {"groups": None}, ("analyst", "approver")),
        ({"groups_claim": "roles"}, {"roles": ["auditor"]}, ("auditor", "analyst", "approver")),
        ({"groups_claim": "roles"}, {}, ("analyst", "approver")),
    ],
    ids=["no-groups-claim", "custom-claim", "custom-claim-absent"],
)
def test_when_the_groups_claim_is_configured_then_roles_merge_it_with_the_policy(
    keys: Keys, jwks_path: Path, identity_settings: dict[str, Any], payload: dict[str, Any],
    expected_roles: tuple[str, ...],
) -> None:
    policy = Policy.model_validate({
        "roles": {"ann@example.com": ["analyst", "approver"]},
        "identity": {"oidc_issuer": ISSUER, "oidc_audience": AUDIENCE, "jwks_path": str(jwks_path),
                     **identity_settings},
    })
    token = sign(keys, claims(**payload))
    assert resolve_identity_with({}, policy, env={"GOVERNANCE_ID_TOKEN": token}).roles == expected_roles


@pytest.mark.parametrize(
    ("where", "expected_name"),
    [("tag", "ann@example.com"), ("env", "ann@example.com"), ("both", "tag@example.com")],
)
def test_when_a_token_comes_by_run_tag_or_environment_then_it_is_verified_and_the_tag_wins(
    keys: Keys, policy: Policy, where: str, expected_name: str
) -> None:
    tag_token = sign(keys, claims(email="tag@example.com" if where == "both" else "ann@example.com"))
    env_token = sign(keys, claims(email="env@example.com" if where == "both" else "ann@example.com"), "ec")
    tags = {"governance/id_token": tag_token} if where in ("tag", "both") else {}
    env = {"GOVERNANCE_ID_TOKEN": env_token} if where in ("env", "both") else {}
    identity = resolve_identity_with(tags, policy, env=env)
    assert (identity.name, identity.source, identity.verified) == (expected_name, "oidc", True)


def test_when_a_token_is_expired_within_the_leeway_then_it_still_verifies(keys: Keys, policy: Policy) -> None:
    token = sign(keys, claims(exp=int(time.time()) - 10))
    assert resolve_identity_with({}, policy, env={"GOVERNANCE_ID_TOKEN": token}).verified


# --- refused tokens (fail closed) ----------------------------------------------------------------------------------

Maker = Callable[[Keys], str]
_NOW = int(time.time())
BAD_TOKENS: list[tuple[str, Maker, str]] = [
    ("wrong-issuer", lambda k: sign(k, claims(iss="https://evil.example.test")), "another issuer"),
    ("wrong-audience", lambda k: sign(k, claims(aud="someone-else")), "another audience"),
    ("expired", lambda k: sign(k, claims(exp=_NOW - 3600)), "has expired"),
    ("not-yet-valid", lambda k: sign(k, claims(nbf=_NOW + 3600)), "not valid yet"),
    ("issued-in-future", lambda k: sign(k, claims(iat=_NOW + 3600)), "not valid yet"),
    ("bad-signature", lambda k: sign(k, claims(), "stranger"), "signature"),
    ("unknown-kid", lambda k: sign(k, claims(), kid="rotated-away"), "names a key id"),
    ("no-kid-stranger", lambda k: sign(k, claims(), "stranger", kid=None), "signature"),
    ("es256-under-rsa-kid", lambda k: sign(k, claims(), "ec", kid="rsa-1"), "names a key id"),
    ("missing-sub", lambda k: sign(k, claims(sub=None)), "'sub'"),
    ("empty-sub", lambda k: sign(k, claims(sub=" ")), "'sub'"),
    ("missing-exp", lambda k: sign(k, claims(exp=None)), "'exp'"),
    ("groups-not-a-list", lambda k: sign(k, claims(groups="admin")), "not a list of strings"),
    ("hmac-with-jwks-oct-key", lambda k: jwt.encode(claims(), "secret-secret-secret-secret-32by", algorithm="HS256",
                                                    headers={"kid": "hmac-1"}), "only RS256, ES256"),
    ("alg-none", lambda k: jwt.encode(claims(), None, algorithm="none"), "only RS256, ES256"),
    ("tampered-payload", lambda k: _tamper(sign(k, claims())), "signature"),
    ("garbage", lambda k: "eyJnot-a-token-at-all-0123456789abcdef", "not a well-formed signed JWT"),
]


def _tamper(token: str) -> str:
    header, _, signature = token.split(".")
    payload = jwt.utils.base64url_encode(json.dumps(claims(email="root@example.com")).encode()).decode()
    return f"{header}.{payload}.{signature}"


@pytest.mark.parametrize(("make", "expected"), [(m, e) for _, m, e in BAD_TOKENS], ids=[i for i, _, _ in BAD_TOKENS])
@pytest.mark.parametrize("via", ["tag", "env"])
def test_when_a_token_does_not_verify_then_resolution_fails_closed_without_showing_the_token(
    keys: Keys, policy: Policy, make: Maker, expected: str, via: str
) -> None:
    token = make(keys)
    tags = {"user": "ann@example.com", **({"governance/id_token": token} if via == "tag" else {})}
    env = {"GOVERNANCE_IDENTITY": "ann@example.com", **({"GOVERNANCE_ID_TOKEN": token} if via == "env" else {})}
    with pytest.raises(IdentityError, match=expected) as caught:
        resolve_identity_with(tags, policy, env=env)
    assert isinstance(caught.value, GovernanceError)
    shown = f"{caught.value} {caught.value!r}"
    assert token not in shown
    assert not [part for part in token.split(".") if len(part) >= 8 and part in shown]
    assert ("run tag 'governance/id_token'" if via == "tag" else "environment variable GOVERNANCE_ID_TOKEN") in shown


@pytest.mark.parametrize(
    ("identity_settings", "expected"),
    [
        ({}, "does not configure its verification"),
        ({"jwks_path": "/nonexistent/jwks.json"}, "cannot be read"),
        ({"jwks_path": "NOT_JSON"}, "is not JSON"),
        ({"jwks_path": "NO_KEYS"}, "no 'keys' list"),
    ],
    ids=["no-oidc-config", "missing-jwks-file", "jwks-not-json", "jwks-without-keys"],
)
def test_when_verification_is_not_possible_then_a_present_token_is_refused(
    keys: Keys, tmp_path: Path, identity_settings: dict[str, Any], expected: str
) -> None:
    (tmp_path / "bad.json").write_text("{not json")
    (tmp_path / "empty.json").write_text('{"issuer": "x"}')
    settings = dict(identity_settings)
    if settings.get("jwks_path") in ("NOT_JSON", "NO_KEYS"):
        settings["jwks_path"] = str(tmp_path / ("bad.json" if settings["jwks_path"] == "NOT_JSON" else "empty.json"))
    if settings:
        settings |= {"oidc_issuer": ISSUER, "oidc_audience": AUDIENCE}
    token = sign(keys, claims())
    with pytest.raises(IdentityError, match=expected) as caught:
        resolve_identity_with({"user": "ann"}, Policy.model_validate({"identity": settings}),
                              env={"GOVERNANCE_ID_TOKEN": token})
    assert token not in str(caught.value)


# --- the unverified chain ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tags", "env", "expected"),
    [
        ({"user": "ann@example.com", "dagster/schedule_name": "nightly"}, {"GOVERNANCE_IDENTITY": "svc"},
         ("ann@example.com", "dagster_user_tag", ("analyst", "approver"))),
        ({"dagster/schedule_name": "nightly", "dagster/sensor_name": "s"}, {},
         ("schedule:nightly", "dagster_schedule", ("loader",))),
        ({"dagster/sensor_name": "new_files"}, {"GOVERNANCE_IDENTITY": "svc"},
         ("sensor:new_files", "dagster_sensor", ())),
        ({}, {"GOVERNANCE_IDENTITY": "svc-loader"}, ("svc-loader", "environment", ())),
        ({}, {}, ("os-user-7", "os_user", ())),
        ({"governance/id_token": "", "user": ""}, {"GOVERNANCE_ID_TOKEN": ""}, ("os-user-7", "os_user", ())),
    ],
    ids=["user-tag", "schedule", "sensor", "environment", "os-user", "empty-values-ignored"],
)
def test_when_no_token_is_given_then_the_unverified_chain_decides(
    policy: Policy, monkeypatch: pytest.MonkeyPatch, tags: dict[str, str], env: dict[str, str],
    expected: tuple[str, str, tuple[str, ...]],
) -> None:
    monkeypatch.setattr(identity_module.getpass, "getuser", lambda: "os-user-7")
    identity = resolve_identity_with(tags, policy, env=env)
    assert (identity.name, identity.source, identity.roles) == expected
    assert identity.verified is False


def test_when_no_env_is_passed_then_the_process_environment_is_read(
    keys: Keys, policy: Policy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GOVERNANCE_ID_TOKEN", sign(keys, claims()))
    assert resolve_identity_with({}, policy).verified


@pytest.mark.parametrize(
    ("identity_settings", "tags", "env", "expected_source"),
    [
        ({"token_env": ""}, {}, {"GOVERNANCE_ID_TOKEN": "TOKEN"}, "dagster_user_tag"),
        ({"token_tag": ""}, {"governance/id_token": "TOKEN"}, {}, "dagster_user_tag"),
        ({"token_env": "MY_TOKEN"}, {}, {"MY_TOKEN": "TOKEN"}, "oidc"),
        ({"token_tag": "idp/token"}, {"idp/token": "TOKEN"}, {}, "oidc"),
    ],
    ids=["env-disabled", "tag-disabled", "custom-env", "custom-tag"],
)
def test_when_token_sources_are_configured_then_only_they_are_read(
    keys: Keys, jwks_path: Path, identity_settings: dict[str, str], tags: dict[str, str], env: dict[str, str],
    expected_source: str,
) -> None:
    policy = Policy.model_validate({"identity": {"oidc_issuer": ISSUER, "oidc_audience": AUDIENCE,
                                                 "jwks_path": str(jwks_path), **identity_settings}})
    token = sign(keys, claims())
    tags = {"user": "ann", **{k: token for k in tags}}
    env = {k: token for k in env}
    assert resolve_identity_with(tags, policy, env=env).source == expected_source


def test_when_existing_callers_resolve_then_the_old_signature_still_works(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GOVERNANCE_IDENTITY", "svc")
    assert resolve_identity({}, {"svc": ["loader"]}) == Identity("svc", "environment", False, ("loader",))
    assert resolve_identity({"user": "bob"}, {}) == Identity("bob", "dagster_user_tag")


# --- requiring verified identities ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("required", "verified", "action", "refused"),
    [
        ([], False, "approvals", False),
        (["approvals"], False, "approvals", True),
        (["approvals"], True, "approvals", False),
        (["approvals"], False, "unmasked_reads", False),
        (["unmasked_reads", "protected_writes"], False, "unmasked_reads", True),
        (["unmasked_reads", "protected_writes"], False, "protected_writes", True),
        (["unmasked_reads", "protected_writes"], True, "protected_writes", False),
    ],
)
def test_when_the_policy_requires_verification_then_only_unverified_identities_are_refused(
    required: list[str], verified: bool, action: str, refused: bool
) -> None:
    policy = Policy.model_validate({"identity": {"require_verified_for": required}})
    identity = Identity("ann", "oidc" if verified else "dagster_user_tag", verified=verified)
    if not refused:
        require_verified(identity, action, policy)  # type: ignore[arg-type]
        return
    with pytest.raises(IdentityError) as caught:
        require_verified(identity, action, policy)  # type: ignore[arg-type]
    message = str(caught.value)
    assert action.replace("_", " ") in message
    assert "'governance/id_token'" in message and "GOVERNANCE_ID_TOKEN" in message


# --- the policy's identity section ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("section", "expected"),
    [
        ("oidc_issuer: https://idp\n", "also needs oidc_audience, jwks_path or jwks_url"),
        ("oidc_issuer: https://idp\n  oidc_audience: a\n  jwks_path: k.json\n  jwks_url: https://idp/jwks\n",
         "not both"),
        ("oidc_issuer: https://idp\n  oidc_audience: a\n  jwks_url: http://idp/jwks\n", "must be an https:// URL"),
        ("require_verified_for: [deletes]\n", "identity.require_verified_for.0"),
        ("token_envv: X\n", "identity.token_envv: Extra inputs are not permitted"),
    ],
    ids=["incomplete", "both-jwks-sources", "plain-http", "unknown-action", "misspelt-field"],
)
def test_when_the_identity_section_is_wrong_then_the_policy_is_refused(
    tmp_path: Path, section: str, expected: str
) -> None:
    path = tmp_path / "policy.yaml"
    path.write_text(f"identity:\n  {section}")
    with pytest.raises(PolicyError, match=expected.replace(".", r"\.")):
        load_policy(path)


def test_when_the_identity_section_is_absent_then_nothing_is_required_and_no_token_verifies() -> None:
    settings = Policy().identity
    assert (settings.require_verified_for, settings.verifies_tokens) == ([], False)
    assert (settings.token_env, settings.token_tag, settings.groups_claim) == (
        "GOVERNANCE_ID_TOKEN", "governance/id_token", "groups")


# --- tokens without a key id --------------------------------------------------------------------------------------


@pytest.mark.parametrize("signer", ["rsa", "ec"])
def test_when_a_token_names_no_kid_and_the_jwks_has_one_key_of_its_algorithm_then_that_key_verifies_it(
    keys: Keys, policy: Policy, signer: str
) -> None:
    token = sign(keys, claims(), signer, kid=None)
    assert resolve_identity_with({}, policy, env={"GOVERNANCE_ID_TOKEN": token}).verified


# --- names a token may not take ------------------------------------------------------------------------------------

_NAMING_TRICKS = [
    ("email-verified-false-as-string", {"email": "dana@example.com", "email_verified": "false"}, "user-123"),
    ("email-verified-FALSE-as-string", {"email": "dana@example.com", "email_verified": "FALSE"}, "user-123"),
    ("email-verified-absent", {"email": "dana@example.com", "email_verified": None, "preferred_username": "ann"},
     "user-123"),
    ("email-verified-zero", {"email": "dana@example.com", "email_verified": 0}, "user-123"),
    ("email-verified-true-as-string", {"email": "dana@example.com", "email_verified": "true"}, "dana@example.com"),
    ("email-verified-true", {"email": "dana@example.com", "email_verified": True}, "dana@example.com"),
]


@pytest.mark.parametrize(("overrides", "expected_name"), [t[1:] for t in _NAMING_TRICKS], ids=[t[0] for t in _NAMING_TRICKS])
def test_when_email_verified_is_anything_but_true_then_the_email_is_not_the_name(
    keys: Keys, policy: Policy, overrides: dict[str, Any], expected_name: str
) -> None:
    identity = resolve_identity_with({}, policy, env={"GOVERNANCE_ID_TOKEN": sign(keys, claims(**overrides))})
    assert identity.name == expected_name


@pytest.mark.parametrize(
    "overrides",
    [{"email": None, "sub": "schedule:nightly"}, {"email": None, "sub": "sensor:new_files"},
     {"email": "Schedule:nightly"}],
    ids=["sub-schedule", "sub", "email-other-case"],
)
def test_when_a_token_names_a_schedule_or_sensor_then_it_is_refused_not_given_the_service_roles(
    keys: Keys, policy: Policy, overrides: dict[str, Any]
) -> None:
    token = sign(keys, claims(**overrides))
    with pytest.raises(IdentityError, match="reserved for Dagster schedules and sensors") as caught:
        resolve_identity_with({}, policy, env={"GOVERNANCE_ID_TOKEN": token})
    assert token not in str(caught.value)


def test_when_the_jwks_file_is_nested_too_deep_to_parse_then_it_is_an_identity_error(keys: Keys, tmp_path: Path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 200_000 + "]" * 200_000)
    policy = Policy.model_validate({"identity": {"oidc_issuer": ISSUER, "oidc_audience": AUDIENCE, "jwks_path": str(deep)}})
    with pytest.raises(IdentityError, match="is not JSON"):
        resolve_identity_with({}, policy, env={"GOVERNANCE_ID_TOKEN": sign(keys, claims())})


def test_when_a_token_verifies_then_the_person_is_its_issuer_and_subject(keys: Keys, policy: Policy) -> None:
    identity = resolve_identity_with({}, policy, env={"GOVERNANCE_ID_TOKEN": sign(keys, claims(preferred_username="bob"))})
    assert identity.person == (ISSUER, "user-123") and identity.name == "ann@example.com"

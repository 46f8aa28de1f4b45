"""Specification of JWKS URLs and OpenID Connect discovery, against a real https server on 127.0.0.1.

The server runs in a thread with a certificate signed by a private CA generated here; the policy trusts that CA
through ``identity.ca_file`` (or the process through ``SSL_CERT_FILE``), as a user of an identity provider behind a
private CA would. Nothing leaves the machine.
"""

from __future__ import annotations

import datetime
import ipaddress
import json
import socket
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import jwt
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from jwt.algorithms import RSAAlgorithm

from governance_dagster.errors import IdentityError, PolicyError
from governance_dagster.governed import identity as identity_module
from governance_dagster.governed.identity import JWKS_MAX_BYTES, resolve_identity_with
from governance_dagster.policy.loader import load_policy
from governance_dagster.policy.models import IdentitySettings, Policy
from tests.governed.test_identity import AUDIENCE, ISSUER, Keys, claims, sign

# --- a private CA and an https server ------------------------------------------------------------------------------


@dataclass
class Pki:
    """A private CA (its PEM in ``ca_file``) and a server certificate for 127.0.0.1 it signed."""

    ca_file: Path
    cert_file: Path
    key_file: Path


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _make_pki(directory: Path) -> Pki:
    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_cert = (
        x509.CertificateBuilder().subject_name(_name("test private CA")).issuer_name(_name("test private CA"))
        .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5)).not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=True, crl_sign=True,
                                     encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    server_key = ec.generate_private_key(ec.SECP256R1())
    server_cert = (
        x509.CertificateBuilder().subject_name(_name("127.0.0.1")).issuer_name(ca_cert.subject)
        .public_key(server_key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5)).not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                       critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    pki = Pki(directory / "ca.pem", directory / "server.pem", directory / "server.key")
    pki.ca_file.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    pki.cert_file.write_bytes(server_cert.public_bytes(serialization.Encoding.PEM))
    pki.key_file.write_bytes(server_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                      serialization.NoEncryption()))
    return pki


@dataclass
class Server:
    """A local web server: ``routes`` maps a path to (status, headers, body); ``requests`` lists the paths asked."""

    base: str
    routes: dict[str, tuple[int, dict[str, str], bytes]] = field(default_factory=dict)
    requests: list[str] = field(default_factory=list)

    def serve_json(self, path: str, document: Any) -> None:
        self.routes[path] = (200, {"Content-Type": "application/json"}, json.dumps(document).encode())


def _handler(server: Server) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            server.requests.append(self.path)
            status, headers, body = server.routes.get(self.path, (404, {}, b"not found"))
            self.send_response(status)
            for name, value in {**headers, "Content-Length": str(len(body))}.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


def _run(tls: ssl.SSLContext | None) -> Iterator[Server]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    if tls is not None:
        httpd.socket = tls.wrap_socket(httpd.socket, server_side=True)
    server = Server(f"{'https' if tls else 'http'}://127.0.0.1:{httpd.server_address[1]}")
    httpd.RequestHandlerClass = _handler(server)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


@pytest.fixture(scope="module")
def keys() -> Keys:
    return Keys()


@pytest.fixture
def pki(tmp_path: Path) -> Pki:
    return _make_pki(tmp_path)


@pytest.fixture
def idp(pki: Pki) -> Iterator[Server]:
    """An https identity provider on 127.0.0.1 whose certificate the private CA of ``pki`` signed."""
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(pki.cert_file, pki.key_file)
    yield from _run(tls)


@pytest.fixture
def plain_http() -> Iterator[Server]:
    yield from _run(None)


@pytest.fixture(autouse=True)
def fresh_clients(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts with no cached JWKS client (the cache is per process)."""
    monkeypatch.setattr(identity_module, "_CLIENTS", {})


def _policy(**identity: Any) -> Policy:
    return Policy.model_validate({"identity": {"oidc_issuer": ISSUER, "oidc_audience": AUDIENCE, **identity}})


def _verify(policy: Policy, token: str) -> bool:
    return resolve_identity_with({}, policy, env={"GOVERNANCE_ID_TOKEN": token}).verified


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# --- JWKS URLs -----------------------------------------------------------------------------------------------------


def test_when_the_jwks_url_serves_the_issuers_keys_then_tokens_verify_and_it_is_fetched_once(
    keys: Keys, idp: Server, pki: Pki
) -> None:
    idp.serve_json("/keys", keys.jwks())
    policy = _policy(jwks_url=f"{idp.base}/keys", ca_file=str(pki.ca_file))
    for signer in ("rsa", "ec", "rsa"):
        assert _verify(policy, sign(keys, claims(), signer))
    assert _verify(policy, sign(keys, claims(), "ec", kid=None))
    assert idp.requests == ["/keys"]


@pytest.mark.parametrize(
    ("cooldown", "verified", "fetches"),
    [(0.0, True, 2), (identity_module.JWKS_REFRESH_SECONDS, False, 1)],
    ids=["refetched-for-an-unknown-kid", "not-refetched-within-the-cooldown"],
)
def test_when_the_issuer_rotates_its_keys_then_an_unknown_kid_fetches_the_jwks_again_at_most_once_per_cooldown(
    keys: Keys, idp: Server, pki: Pki, monkeypatch: pytest.MonkeyPatch, cooldown: float, verified: bool,
    fetches: int,
) -> None:
    monkeypatch.setattr(identity_module, "JWKS_REFRESH_SECONDS", cooldown)
    idp.serve_json("/keys", keys.jwks())
    policy = _policy(jwks_url=f"{idp.base}/keys", ca_file=str(pki.ca_file))
    assert _verify(policy, sign(keys, claims()))
    rotated = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    idp.serve_json("/keys", {"keys": [{**RSAAlgorithm.to_jwk(rotated.public_key(), as_dict=True), "kid": "rsa-2"}]})
    token = jwt.encode(claims(), rotated, algorithm="RS256", headers={"kid": "rsa-2"})
    if verified:
        assert _verify(policy, token)
    else:
        with pytest.raises(IdentityError, match="names a key id"):
            _verify(policy, token)
    assert idp.requests == ["/keys"] * fetches


@pytest.mark.parametrize(
    ("route", "expected"),
    [
        ((200, {}, json.dumps({"keys": [], "pad": "x" * JWKS_MAX_BYTES}).encode()), f"larger than {JWKS_MAX_BYTES}"),
        ((200, {}, b"<html>login</html>"), "is not JSON"),
        ((200, {}, b'{"issuer": "x"}'), "no 'keys' list"),
        ((200, {}, b'{"keys": [{"kty": "unknown"}]}'), "holds no usable key"),
        ((404, {}, b"not found"), "HTTP status 404"),
        ((302, {"Location": "http://127.0.0.1:9/keys"}, b""), "redirects are not followed"),
    ],
    ids=["oversize", "not-json", "no-keys", "no-usable-key", "not-found", "redirect"],
)
def test_when_the_jwks_url_serves_no_usable_jwks_then_a_token_is_refused_with_the_reason(
    keys: Keys, idp: Server, pki: Pki, route: tuple[int, dict[str, str], bytes], expected: str
) -> None:
    idp.routes["/keys"] = route
    policy = _policy(jwks_url=f"{idp.base}/keys", ca_file=str(pki.ca_file))
    token = sign(keys, claims())
    with pytest.raises(IdentityError, match=expected) as caught:
        _verify(policy, token)
    assert token not in str(caught.value)


def test_when_the_jwks_url_is_unreachable_then_the_error_names_it_and_the_fix(keys: Keys) -> None:
    url = f"https://127.0.0.1:{_closed_port()}/keys"
    with pytest.raises(IdentityError, match=r"the JWKS at .* cannot be fetched \(URLError; check the URL and the "
                                            r"network\); check identity.jwks_url"):
        _verify(_policy(jwks_url=url), sign(keys, claims()))


@pytest.mark.parametrize("trust", ["none", "ca_file", "SSL_CERT_FILE"])
def test_when_the_idp_uses_a_private_ca_then_it_is_trusted_only_through_ca_file_or_ssl_cert_file(
    keys: Keys, idp: Server, pki: Pki, monkeypatch: pytest.MonkeyPatch, trust: str
) -> None:
    idp.serve_json("/keys", keys.jwks())
    if trust == "SSL_CERT_FILE":
        monkeypatch.setenv("SSL_CERT_FILE", str(pki.ca_file))
    policy = _policy(jwks_url=f"{idp.base}/keys", **({"ca_file": str(pki.ca_file)} if trust == "ca_file" else {}))
    if trust == "none":
        with pytest.raises(IdentityError, match="TLS certificate is not trusted.*set identity.ca_file"):
            _verify(policy, sign(keys, claims()))
        assert idp.requests == []
    else:
        assert _verify(policy, sign(keys, claims()))


def test_when_ca_file_is_not_a_pem_file_then_the_error_names_it(keys: Keys, tmp_path: Path) -> None:
    (tmp_path / "ca.pem").write_text("not a certificate")
    policy = _policy(jwks_url="https://127.0.0.1:1/keys", ca_file=str(tmp_path / "ca.pem"))
    with pytest.raises(IdentityError, match="identity.ca_file .* cannot be loaded as PEM CA certificates"):
        _verify(policy, sign(keys, claims()))


def test_when_an_http_jwks_url_gets_past_the_policy_then_it_is_still_not_fetched(
    keys: Keys, plain_http: Server
) -> None:
    plain_http.serve_json("/keys", keys.jwks())
    settings = IdentitySettings.model_construct(oidc_issuer=ISSUER, oidc_audience=AUDIENCE,
                                                jwks_url=f"{plain_http.base}/keys")
    policy = Policy.model_construct(identity=settings, roles={})
    with pytest.raises(IdentityError, match="is not https"):
        _verify(policy, sign(keys, claims()))
    assert plain_http.requests == []


# --- OpenID Connect discovery --------------------------------------------------------------------------------------


def _discovery_policy(issuer: str, pki: Pki) -> Policy:
    return Policy.model_validate({"identity": {"oidc_issuer": issuer, "oidc_audience": AUDIENCE,
                                               "jwks_discovery": True, "ca_file": str(pki.ca_file)}})


def test_when_discovery_is_on_then_the_jwks_uri_of_the_issuers_openid_configuration_verifies_tokens(
    keys: Keys, idp: Server, pki: Pki
) -> None:
    idp.serve_json("/.well-known/openid-configuration", {"issuer": idp.base, "jwks_uri": f"{idp.base}/jwks"})
    idp.serve_json("/jwks", keys.jwks())
    policy = _discovery_policy(idp.base, pki)
    for signer in ("rsa", "ec"):
        assert _verify(policy, sign(keys, claims(iss=idp.base), signer))
    assert idp.requests == ["/.well-known/openid-configuration", "/jwks"]


@pytest.mark.parametrize(
    ("configuration", "configured_suffix", "expected"),
    [
        ({"issuer": "https://evil.example.test", "jwks_uri": "{base}/jwks"}, "", "names another issuer"),
        ({"issuer": "{base}", "jwks_uri": "{base}/jwks"}, "/", "names another issuer"),
        ({"issuer": "{base}"}, "", "has no https jwks_uri"),
        ({"issuer": "{base}", "jwks_uri": "{http}/jwks"}, "", "has no https jwks_uri"),
        (["not", "an", "object"], "", "is not a JSON object"),
        ({"issuer": "{base}", "jwks_uri": "{base}/jwks", "pad": "x" * JWKS_MAX_BYTES}, "", "larger than"),
    ],
    ids=["another-issuer", "trailing-slash-differs", "no-jwks-uri", "http-jwks-uri", "not-an-object", "oversize"],
)
def test_when_the_openid_configuration_cannot_be_trusted_then_a_token_is_refused(
    keys: Keys, idp: Server, plain_http: Server, pki: Pki, configuration: Any, configured_suffix: str, expected: str
) -> None:
    filled = json.loads(json.dumps(configuration).replace("{base}", idp.base).replace("{http}", plain_http.base))
    idp.serve_json("/.well-known/openid-configuration", filled)
    idp.serve_json("/jwks", keys.jwks())
    plain_http.serve_json("/jwks", keys.jwks())
    issuer = idp.base + configured_suffix
    with pytest.raises(IdentityError, match=expected):
        _verify(_discovery_policy(issuer, pki), sign(keys, claims(iss=issuer)))
    assert "/jwks" not in idp.requests and plain_http.requests == []


def test_when_the_issuer_is_unreachable_then_discovery_fails_with_a_clear_identity_error(
    keys: Keys, pki: Pki
) -> None:
    issuer = f"https://127.0.0.1:{_closed_port()}"
    with pytest.raises(IdentityError, match=r"the OpenID configuration at https://127\.0\.0\.1:\d+/\.well-known/"
                                            r"openid-configuration cannot be fetched .* check identity.oidc_issuer"):
        _verify(_discovery_policy(issuer, pki), sign(keys, claims(iss=issuer)))


@pytest.mark.parametrize(
    ("section", "expected"),
    [
        ("oidc_issuer: https://idp\n  oidc_audience: a\n  jwks_discovery: true\n  jwks_url: https://idp/jwks\n",
         "jwks_discovery finds the JWKS URL itself"),
        ("oidc_issuer: http://idp\n  oidc_audience: a\n  jwks_discovery: true\n", "needs an https:// oidc_issuer"),
        ("oidc_audience: a\n  jwks_discovery: true\n", "needs an https:// oidc_issuer"),
    ],
    ids=["discovery-and-url", "http-issuer", "no-issuer"],
)
def test_when_discovery_is_misconfigured_then_the_policy_is_refused(
    tmp_path: Path, section: str, expected: str
) -> None:
    path = tmp_path / "policy.yaml"
    path.write_text(f"identity:\n  {section}")
    with pytest.raises(PolicyError, match=expected):
        load_policy(path)


def test_when_discovery_is_on_then_the_policy_verifies_tokens() -> None:
    settings = IdentitySettings(oidc_issuer="https://idp.example", oidc_audience="a", jwks_discovery=True)
    assert settings.verifies_tokens

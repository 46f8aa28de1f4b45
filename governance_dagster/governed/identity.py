"""Who is acting: a resolver chain over a signed OIDC token, the run's tags and the environment.

:func:`resolve_identity_with` tries, in order: a signed OIDC token (a JWT checked against the issuer's JWKS) from
the run tag ``identity.token_tag`` or the environment variable ``identity.token_env`` -> a *verified* identity
(the JWKS is a file, an https URL, or found by OpenID Connect discovery; PyJWT's ``jwt.PyJWKClient`` caches
and refreshes fetched ones);
then the Dagster+ ``user`` run tag, a schedule or sensor as a service identity (``schedule:NAME``,
``sensor:NAME``), ``GOVERNANCE_IDENTITY`` from the environment and the operating-system user -> *unverified*
claims. A token that is present but does not verify is refused (fail closed): it never falls back to a claim.

Token values are bearer secrets: no message, error or log line of this module ever holds one.

Example:
    >>> resolve_identity({"dagster/schedule_name": "nightly"}, roles={}).name
    'schedule:nightly'
"""

from __future__ import annotations

import getpass
import http.client
import json
import os
import ssl
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from governance_dagster.errors import IdentityError
from governance_dagster.policy.models import IdentitySettings, Policy, VerifiedAction

if TYPE_CHECKING:  # PyJWT (and the cryptography it loads) is imported by the functions that verify a token
    import jwt

#: Signature algorithms accepted on tokens; anything else (``none``, HMAC, ...) is refused.
ALLOWED_ALGORITHMS = ("RS256", "ES256")
#: Clock skew tolerated on ``exp``, ``nbf`` and ``iat``.
LEEWAY_SECONDS = 30
#: Timeout of each network operation of fetching a JWKS or OpenID configuration URL.
JWKS_TIMEOUT_SECONDS = 5.0
#: A JWKS or OpenID configuration document larger than this is refused.
JWKS_MAX_BYTES = 1 << 20
#: A JWKS fetched from a URL is used this long, then fetched again (PyJWT's default).
JWKS_LIFESPAN_SECONDS = 300.0
#: A cached JWKS URL is fetched again on an unknown key id at most this often (key rotation).
JWKS_REFRESH_SECONDS = 60.0


@dataclass(frozen=True)
class Identity:
    """An acting identity, where it came from, whether it was verified, and its roles."""

    name: str
    source: str
    verified: bool = False
    roles: tuple[str, ...] = field(default_factory=tuple)
    #: ``iss`` and ``sub`` of the verified token: who the person is (the name is only what is shown).
    issuer: str = ""
    subject: str = ""

    @property
    def person(self) -> tuple[str, str] | None:
        """(issuer, subject) of a verified identity, None for an unverified claim.

        Example:
            >>> Identity("ann@example.com", "oidc", True, issuer="https://idp.example", subject="u-17").person
            ('https://idp.example', 'u-17')
            >>> Identity("ann", "dagster_user_tag").person is None
            True
        """
        return (self.issuer, self.subject) if self.verified and self.subject else None


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return f"uid:{os.getuid()}" if hasattr(os, "getuid") else "unknown"


def _claimed(tags: Mapping[str, str], env: Mapping[str, str]) -> tuple[str, str]:
    """The unverified (name, source) a run claims through its tags or the environment."""
    if tags.get("user"):
        return tags["user"], "dagster_user_tag"
    if tags.get("dagster/schedule_name"):
        return f"schedule:{tags['dagster/schedule_name']}", "dagster_schedule"
    if tags.get("dagster/sensor_name"):
        return f"sensor:{tags['dagster/sensor_name']}", "dagster_sensor"
    if env.get("GOVERNANCE_IDENTITY"):
        return env["GOVERNANCE_IDENTITY"], "environment"
    return _os_user(), "os_user"


def resolve_identity(tags: Mapping[str, str], roles: Mapping[str, list[str]]) -> Identity:
    """Resolve the unverified identity of a run from its tags: the Dagster+ ``user`` tag, then a schedule or sensor
    as a service identity, then ``GOVERNANCE_IDENTITY`` from the environment, then the operating-system user.

    Use :func:`resolve_identity_with` to also accept signed OIDC tokens.

    Example:
        >>> resolve_identity({"user": "ann@example.com"}, {"ann@example.com": ["approver"]}).roles
        ('approver',)
    """
    name, source = _claimed(tags, os.environ)
    return Identity(name=name, source=source, verified=False, roles=tuple(roles.get(name, [])))


def _token_from(tags: Mapping[str, str], env: Mapping[str, str], settings: IdentitySettings) -> tuple[str, str] | None:
    """The token and where it came from: the run tag first (it is specific to the run), then the environment."""
    if settings.token_tag and tags.get(settings.token_tag):
        return tags[settings.token_tag].strip(), f"run tag {settings.token_tag!r}"
    if settings.token_env and env.get(settings.token_env):
        return env[settings.token_env].strip(), f"environment variable {settings.token_env}"
    return None


def resolve_identity_with(tags: Mapping[str, str], policy: Policy, env: Mapping[str, str] | None = None) -> Identity:
    """Resolve a run's identity through the full chain, verifying a signed OIDC token when one is given.

    Args:
        tags: the run's tags.
        policy: the policy; its ``identity`` section says where tokens are and how they are checked, its ``roles``
            map identity names to roles.
        env: the environment; default ``os.environ``.

    Returns:
        A verified identity (source ``"oidc"``) when a token is present and verifies; otherwise the unverified
        claim of the run's tags or environment.

    Raises:
        IdentityError: a token is present but does not verify, or the policy does not configure verification
            (fail closed: a bad token never falls back to an unverified identity).

    Example:
        >>> policy = Policy.model_validate({"roles": {"schedule:nightly": ["loader"]}})
        >>> identity = resolve_identity_with({"dagster/schedule_name": "nightly"}, policy, env={})
        >>> identity.name, identity.source, identity.verified, identity.roles
        ('schedule:nightly', 'dagster_schedule', False, ('loader',))
    """
    env = os.environ if env is None else env
    found = _token_from(tags, env, policy.identity)
    if found is not None:
        token, origin = found
        return verify_token(token, policy, origin=origin)
    name, source = _claimed(tags, env)
    return Identity(name=name, source=source, verified=False, roles=tuple(policy.roles_of(name)))


def verify_token(token: str, policy: Policy, origin: str = "the token") -> Identity:
    """Verify a signed OIDC token against the policy's issuer, audience and JWKS and return its identity.

    The person is the ``iss`` and ``sub`` claims; the name shown is the ``email`` claim when ``email_verified`` is
    true, else ``sub`` (never ``preferred_username``); the roles are the token's groups claim merged with the
    policy's roles for that name.

    Args:
        token: a compact JWT.
        policy: the policy whose ``identity`` section configures verification.
        origin: where the token came from, named in errors (never the token itself).

    Raises:
        IdentityError: the token is malformed, unsigned by a key of the JWKS, from another issuer or audience,
            expired or not yet valid, lacks ``sub``, or verification is not configured.

    Example:
        >>> policy = Policy.model_validate({"identity": {"oidc_issuer": "https://idp.example",
        ...                                              "oidc_audience": "dagster", "jwks_path": "jwks.json"}})
        >>> verify_token("not-a-jwt", policy)  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        governance_dagster.errors.IdentityError: the token is not a well-formed signed JWT; ...
    """
    settings = policy.identity
    if not settings.verifies_tokens:
        raise IdentityError(
            f"{origin} holds an identity token, but the policy does not configure its verification; set "
            "identity.oidc_issuer, identity.oidc_audience and identity.jwks_path, identity.jwks_url or "
            "identity.jwks_discovery: true, or remove the token"
        )
    header = _header(token, origin)
    key = _signing_key(header, settings, origin)
    claims = _decode(token, key, settings, origin)
    name = _name_of(claims, origin)
    groups = _groups_of(claims, settings.groups_claim, origin)
    roles = tuple(dict.fromkeys([*groups, *policy.roles_of(name)]))
    return Identity(name=name, source="oidc", verified=True, roles=roles, issuer=str(claims["iss"]),
                    subject=str(claims["sub"]).strip())


def _header(token: str, origin: str) -> dict[str, Any]:
    import jwt

    try:
        header = jwt.get_unverified_header(token)
    except jwt.PyJWTError:
        raise IdentityError(
            f"{origin} is not a well-formed signed JWT; pass the ID token your identity provider issued"
        ) from None
    alg = header.get("alg")
    if alg not in ALLOWED_ALGORITHMS:
        shown = alg if isinstance(alg, str) and len(alg) <= 16 else "unsupported"
        raise IdentityError(
            f"{origin} is signed with {shown!r}; only {', '.join(ALLOWED_ALGORITHMS)} are accepted, "
            "configure the identity provider to sign ID tokens with one of them"
        )
    return header


def _signing_key(header: Mapping[str, Any], settings: IdentitySettings, origin: str) -> jwt.PyJWK:
    """The JWKS key that signed the token, matched by ``kid`` (or the only key when the token names none)."""
    kid, alg = header.get("kid"), header["alg"]
    if settings.jwks_path:
        source = settings.jwks_path
        key = _pick(_usable_keys(_read_jwks_file(Path(settings.jwks_path))), kid, alg)
    else:
        client = _jwks_client(settings)
        source = client.uri
        key = _key_from_client(client, kid, alg)
    if key is None:
        which = "names no key id and the JWKS holds several keys" if kid is None else "names a key id"
        raise IdentityError(
            f"{origin} {which} that no {alg} key of the JWKS at {source} matches; check that "
            "identity.jwks_path/jwks_url is the JWKS of the token's issuer, or refresh the JWKS file"
        )
    return key


def _pick(keys: list[jwt.PyJWK], kid: object, alg: str) -> jwt.PyJWK | None:
    candidates = [k for k in keys if k.algorithm_name == alg]
    if kid is None:
        return candidates[0] if len(candidates) == 1 else None
    return next((k for k in candidates if k.key_id == kid), None)


def _usable_keys(jwks: Mapping[str, Any] | jwt.PyJWKSet) -> list[jwt.PyJWK]:
    """The signature keys of a JWKS with an accepted algorithm; others (encryption keys, HMAC, ...) are skipped."""
    import jwt

    if isinstance(jwks, jwt.PyJWKSet):
        return [k for k in jwks.keys if k.public_key_use in ("sig", None) and k.algorithm_name in ALLOWED_ALGORITHMS]
    usable = []
    for data in jwks.get("keys") or []:
        if not isinstance(data, dict) or data.get("use", "sig") != "sig":
            continue
        try:
            key = jwt.PyJWK(data)
        except jwt.PyJWTError:
            continue
        if key.algorithm_name in ALLOWED_ALGORITHMS:
            usable.append(key)
    return usable


def _parse_jwks(raw: bytes, source: str) -> dict[str, Any]:
    try:
        document = json.loads(raw)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise IdentityError(f"the JWKS at {source} is not JSON; point it at the issuer's JWKS document") from None
    if not isinstance(document, dict) or not isinstance(document.get("keys"), list):
        raise IdentityError(f"the JWKS at {source} has no 'keys' list; point it at the issuer's JWKS document")
    return document


def _read_jwks_file(path: Path) -> Mapping[str, Any]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise IdentityError(
            f"the JWKS file {path} cannot be read ({type(exc).__name__}); check identity.jwks_path"
        ) from None
    return _parse_jwks(raw, str(path))


# --- JWKS and discovery over https ---------------------------------------------------------------------------------


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Refuse redirects: one could lead from the https URL configured to a plain-http or unexpected one."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def _tls_context(ca_file: str | None) -> ssl.SSLContext:
    """The system's trusted CAs (``SSL_CERT_FILE``/``SSL_CERT_DIR`` honoured), plus ``identity.ca_file``."""
    context = ssl.create_default_context()
    if ca_file:
        try:
            context.load_verify_locations(cafile=ca_file)
        except (OSError, ssl.SSLError) as exc:
            raise IdentityError(
                f"identity.ca_file {ca_file} cannot be loaded as PEM CA certificates ({type(exc).__name__}); "
                "point it at the PEM file of the CA that signed the identity provider's certificate"
            ) from None
    return context


def _why_unfetchable(exc: BaseException) -> str:
    reason = getattr(exc, "reason", None)
    if isinstance(exc, ssl.SSLCertVerificationError) or isinstance(reason, ssl.SSLCertVerificationError):
        return ("its TLS certificate is not trusted; if the identity provider uses a private CA, set "
                "identity.ca_file to that CA's PEM file")
    if isinstance(exc, urllib.error.HTTPError):
        return f"HTTP status {exc.code}; redirects are not followed"
    return f"{type(exc).__name__}; check the URL and the network"


def _fetch_https(url: str, context: ssl.SSLContext, what: str, setting: str) -> bytes:
    """GET ``url`` (https only, no redirects, :data:`JWKS_TIMEOUT_SECONDS`, at most :data:`JWKS_MAX_BYTES`)."""
    if not url.lower().startswith("https://"):
        raise IdentityError(f"{what} URL {url} is not https; use the issuer's https URL in {setting}")
    opener = urllib.request.build_opener(_NoRedirect(), urllib.request.HTTPSHandler(context=context))
    try:
        with opener.open(url, timeout=JWKS_TIMEOUT_SECONDS) as response:
            raw = response.read(JWKS_MAX_BYTES + 1)
    except (OSError, ValueError, http.client.HTTPException) as exc:
        if isinstance(exc, urllib.error.HTTPError):
            exc.close()
        raise IdentityError(
            f"{what} at {url} cannot be fetched ({_why_unfetchable(exc)}); check {setting}, or set "
            "identity.jwks_path to a local copy of the JWKS"
        ) from None
    if len(raw) > JWKS_MAX_BYTES:
        raise IdentityError(f"{what} at {url} is larger than {JWKS_MAX_BYTES} bytes; check {setting}")
    return raw


@cache
def _guarded_jwk_client() -> type[jwt.PyJWKClient]:
    """PyJWT's JWKS client (the key set cached for :data:`JWKS_LIFESPAN_SECONDS`, fetched again for an unknown key
    id at most every :data:`JWKS_REFRESH_SECONDS`) whose fetch is https only, size-limited, without redirects, and
    fails with an :class:`IdentityError`; a class made at first use, as PyJWT is imported then."""
    import jwt

    class GuardedJWKClient(jwt.PyJWKClient):
        def __init__(self, uri: str, context: ssl.SSLContext, setting: str) -> None:
            super().__init__(uri, lifespan=JWKS_LIFESPAN_SECONDS, timeout=JWKS_TIMEOUT_SECONDS, ssl_context=context,
                             cooldown_duration=JWKS_REFRESH_SECONDS)
            self.setting = setting

        def fetch_data(self) -> dict[str, Any]:
            assert self.ssl_context is not None
            document = _parse_jwks(_fetch_https(self.uri, self.ssl_context, "the JWKS", self.setting), self.uri)
            self._last_successful_fetch = time.monotonic()  # as PyJWKClient.fetch_data does: starts the cooldown
            return document

    return GuardedJWKClient


def _key_from_client(client: jwt.PyJWKClient, kid: object, alg: str) -> jwt.PyJWK | None:
    """The key of ``client``'s JWKS for a token's ``kid`` and ``alg``: by key id (fetching the JWKS again once for
    an id it does not hold: the issuer may have rotated its keys), or the only key of ``alg`` when there is no id."""
    import jwt

    try:
        if kid is None:
            return _pick(_usable_keys(client.get_jwk_set()), None, alg)
        key = client.get_signing_key(str(kid))
    except jwt.PyJWKSetError:
        raise IdentityError(
            f"the JWKS at {client.uri} holds no usable key; point the identity settings at the issuer's JWKS"
        ) from None
    except jwt.PyJWKClientError:  # no key of that id, after a refresh
        return None
    return key if key.algorithm_name == alg and key.algorithm_name in ALLOWED_ALGORITHMS else None


_CLIENTS: dict[tuple[str, str, str | None], jwt.PyJWKClient] = {}
_CLIENTS_LOCK = threading.Lock()


def _jwks_client(settings: IdentitySettings) -> jwt.PyJWKClient:
    """The process's JWKS client for ``settings`` (one per issuer and URL, so its cache outlives a token)."""
    assert settings.oidc_issuer is not None
    source = settings.jwks_url or "discovery"
    cache_key = (settings.oidc_issuer, source, settings.ca_file)
    with _CLIENTS_LOCK:
        client = _CLIENTS.get(cache_key)
        if client is None:
            context = _tls_context(settings.ca_file)
            if settings.jwks_url:
                client = _guarded_jwk_client()(settings.jwks_url, context, "identity.jwks_url")
            else:
                uri = _discover_jwks_uri(settings.oidc_issuer, context)
                client = _guarded_jwk_client()(uri, context, "the jwks_uri of the issuer's OpenID configuration")
            _CLIENTS[cache_key] = client
        return client


def _discover_jwks_uri(issuer: str, context: ssl.SSLContext) -> str:
    """The ``jwks_uri`` of the issuer's OpenID configuration (OpenID Connect Discovery 1.0, section 4), whose
    ``issuer`` must be exactly the configured one."""
    url = f"{issuer.rstrip('/')}/.well-known/openid-configuration"
    raw = _fetch_https(url, context, "the OpenID configuration", "identity.oidc_issuer")
    try:
        document = json.loads(raw)
    except (ValueError, UnicodeDecodeError, RecursionError):
        document = None
    if not isinstance(document, dict):
        raise IdentityError(f"the OpenID configuration at {url} is not a JSON object; check identity.oidc_issuer")
    if document.get("issuer") != issuer:
        raise IdentityError(
            f"the OpenID configuration at {url} names another issuer than identity.oidc_issuer {issuer}; set "
            "oidc_issuer to exactly the issuer the identity provider announces (a trailing slash counts)"
        )
    jwks_uri = document.get("jwks_uri")
    if not isinstance(jwks_uri, str) or not jwks_uri.lower().startswith("https://"):
        raise IdentityError(
            f"the OpenID configuration at {url} has no https jwks_uri; set identity.jwks_url or identity.jwks_path"
        )
    return jwks_uri


#: Why a token was refused, by the name of PyJWT's error; the library's own messages are not shown (they may quote
#: the token).
_REFUSALS: tuple[tuple[str, str], ...] = (
    ("ExpiredSignatureError", "has expired; obtain a fresh ID token"),
    ("ImmatureSignatureError", "is not valid yet (nbf or iat in the future); check the clocks or wait"),
    ("InvalidIssuerError", "was issued by another issuer than identity.oidc_issuer; use a token of that issuer"),
    ("InvalidAudienceError", "is for another audience than identity.oidc_audience; request a token for it"),
    ("InvalidSignatureError", "has a signature no key of the JWKS verifies; use a token of the configured issuer"),
    ("InvalidAlgorithmError", "is signed with an algorithm its key does not allow; check the issuer's JWKS"),
    ("InvalidIssuedAtError", "has a malformed 'iat' claim; use the ID token your identity provider issued"),
)


def _decode(token: str, key: jwt.PyJWK, settings: IdentitySettings, origin: str) -> dict[str, Any]:
    import jwt

    try:
        return jwt.decode(
            token,
            key=key.key,
            algorithms=[key.algorithm_name],
            audience=settings.oidc_audience,
            issuer=settings.oidc_issuer,
            leeway=LEEWAY_SECONDS,
            options={"require": ["exp", "iss", "aud", "sub"]},
        )
    except jwt.MissingRequiredClaimError as exc:
        raise IdentityError(
            f"{origin} lacks the required {exc.claim!r} claim; use an ID token that carries iss, aud, exp and sub"
        ) from None
    except jwt.PyJWTError as exc:
        reason = next(
            (text for kind, text in _REFUSALS if isinstance(exc, getattr(jwt, kind))),
            "is not a valid signed JWT; pass the ID token your identity provider issued",
        )
        raise IdentityError(f"{origin} {reason}") from None


#: Name prefixes of the service identities the unverified chain gives schedules and sensors; a token may not claim
#: them (a user who can edit their ``preferred_username`` would otherwise get a schedule's roles, verified).
SERVICE_PREFIXES = ("schedule:", "sensor:")


def _email_is_usable(claims: Mapping[str, Any]) -> bool:
    """``email_verified`` is ``true`` (or ``"true"``, as some identity providers send it): an address the provider
    did not verify, or does not say it verified, is not shown as the person's name."""
    flag = claims.get("email_verified")
    return flag is True or (isinstance(flag, str) and flag.strip().lower() == "true")


def _name_of(claims: Mapping[str, Any], origin: str) -> str:
    """The name shown: the verified ``email``, else ``sub`` (which must not be empty). ``preferred_username`` is
    never used: users can often choose it, so it names nobody."""
    sub = claims.get("sub")
    if not isinstance(sub, str) or not sub.strip():
        raise IdentityError(f"{origin} has an empty 'sub' claim; use an ID token that names its subject")
    email = claims.get("email")
    if isinstance(email, str) and email.strip() and _email_is_usable(claims):
        name, claim = email.strip(), "email"
    else:
        name, claim = sub.strip(), "sub"
    if name.lower().startswith(SERVICE_PREFIXES):
        raise IdentityError(
            f"{origin} names its subject {name[:40]!r} (claim {claim!r}), a name reserved for Dagster schedules and "
            "sensors; a person's token may not take a service identity's roles. Fix the identity provider's "
            f"{claim} for this user"
        )
    return name


def _groups_of(claims: Mapping[str, Any], claim: str, origin: str) -> list[str]:
    groups = claims.get(claim)
    if groups is None:
        return []
    if not isinstance(groups, list) or not all(isinstance(g, str) for g in groups):
        raise IdentityError(
            f"{origin} has a {claim!r} claim that is not a list of strings; fix identity.groups_claim or the "
            "identity provider's group mapping"
        )
    return [g for g in groups if g]


def require_verified(identity: Identity, action: VerifiedAction, policy: Policy) -> None:
    """Refuse ``action`` to an unverified identity when the policy lists it in ``identity.require_verified_for``.

    Args:
        identity: the acting identity.
        action: ``"unmasked_reads"``, ``"approvals"`` or ``"protected_writes"``.
        policy: the policy in force.

    Raises:
        IdentityError: the policy requires a verified identity for ``action`` and ``identity`` is not verified.

    Example:
        >>> policy = Policy.model_validate({"identity": {"require_verified_for": ["approvals"]}})
        >>> require_verified(Identity("ann", "dagster_user_tag"), "unmasked_reads", policy)
        >>> require_verified(Identity("ann", "dagster_user_tag"), "approvals", policy)  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        governance_dagster.errors.IdentityError: approvals require a verified identity, ...
    """
    settings = policy.identity
    if identity.verified or action not in settings.require_verified_for:
        return
    where = " or ".join(
        part for part in (
            f"the run tag {settings.token_tag!r}" if settings.token_tag else "",
            f"the environment variable {settings.token_env}" if settings.token_env else "",
        ) if part
    ) or "identity.token_tag or identity.token_env (both are disabled in the policy)"
    raise IdentityError(
        f"{action.replace('_', ' ')} require a verified identity, but {identity.name!r} is an unverified claim "
        f"(source {identity.source}); provide a signed OIDC ID token of the configured issuer in {where}"
    )

"""The policy: which columns are sensitive, how each kind is masked, what is protected, who holds which role.

A policy is a YAML file validated by :class:`Policy`. A broken file is refused with the line and the fix; nothing
runs without a valid policy.

Example:
    >>> policy = Policy.model_validate({"protected_schemas": ["main"]})
    >>> policy.operator_for("main.customers", "email", Kind.EMAIL).operator
    'hash'
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
from enum import Enum
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from governance_dagster.errors import PolicyError
from governance_dagster.kinds import IDENTIFYING_KINDS, Kind

OperatorName = Literal[
    "keep", "hash", "mask", "redact", "null", "replace", "generalize", "surrogate", "encrypt", "scan"
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class MaskSpec(_Strict):
    """How one column is masked: an operator name and its parameters."""

    operator: OperatorName = Field(description="The masking operator to apply.")
    params: dict[str, Any] = Field(default_factory=dict, description="The operator's parameters.")


class ColumnRule(_Strict):
    """Names a column by table and column pattern and says what it holds and how to mask it.

    Patterns are shell globs matched case-insensitively against ``schema.table`` and the column name.
    """

    table: str = Field(description="Glob over 'schema.table', e.g. 'main.customers' or '*.customers'.")
    column: str = Field(description="Glob over the column name, e.g. 'email' or '*_ssn'.")
    kind: Kind = Field(description="The kind of personal data the column holds ('none' for no personal data).")
    operator: OperatorName | None = Field(
        default=None, description="Overrides the operator the kind would get; default: the kind's operator."
    )
    params: dict[str, Any] = Field(default_factory=dict, description="Parameters for the operator.")

    def matches(self, table: str, column: str) -> bool:
        """Whether this rule names ``column`` of ``table`` (``schema.table``)."""
        return fnmatch.fnmatchcase(table.lower(), self.table.lower()) and fnmatch.fnmatchcase(
            column.lower(), self.column.lower()
        )


def _default_entities() -> dict[Kind, MaskSpec]:
    return {
        Kind.EMAIL: MaskSpec(operator="hash"),
        Kind.PERSON_NAME: MaskSpec(operator="hash"),
        Kind.FIRST_NAME: MaskSpec(operator="hash"),
        Kind.LAST_NAME: MaskSpec(operator="hash"),
        Kind.PHONE: MaskSpec(operator="mask", params={"chars_to_keep": 4}),
        Kind.SSN: MaskSpec(operator="redact"),
        Kind.NATIONAL_ID: MaskSpec(operator="redact"),
        Kind.CREDIT_CARD: MaskSpec(operator="mask", params={"chars_to_keep": 4}),
        Kind.IBAN: MaskSpec(operator="hash"),
        Kind.IP_ADDRESS: MaskSpec(operator="hash"),
        Kind.STREET_ADDRESS: MaskSpec(operator="redact"),
        Kind.POSTAL_CODE: MaskSpec(operator="generalize", params={"prefix": 3}),
        Kind.CITY: MaskSpec(operator="keep"),
        Kind.DATE_OF_BIRTH: MaskSpec(operator="generalize", params={"to": "year"}),
        Kind.FREE_TEXT: MaskSpec(operator="scan"),
        Kind.NONE: MaskSpec(operator="keep"),
    }


class StatementKind(str, Enum):
    """What a statement does."""

    READ = "read"
    WRITE = "write"
    SCHEMA = "schema"
    ADMIN = "admin"


class GuardrailRule(_Strict):
    """A policy rule on statements; the first rule that matches decides. Empty match fields match anything.

    Administration statements and external access are blocked before these rules and cannot be allowed.
    """

    name: str = Field(description="Name of the rule, shown in errors and audit events.")
    action: Literal["allow", "warn", "block", "approval"] = Field(description="What happens to a matching statement.")
    kinds: list[StatementKind] = Field(default_factory=list, description="Statement kinds: read, write, schema.")
    commands: list[str] = Field(default_factory=list, description="Statement types, e.g. DELETE, UPDATE, INSERT, DROP.")
    tables: list[str] = Field(
        default_factory=list, description="Globs over 'schema.table' of the tables changed (or read, for reads)."
    )
    roles: list[str] = Field(default_factory=list, description="Match only identities holding one of these roles.")
    unbounded: bool | None = Field(
        default=None, description="Match only UPDATE/DELETE without (true) or with (false) a limiting WHERE."
    )
    approver_roles: list[str] = Field(
        default_factory=list, description="Roles that may approve (action approval); default: approvals.approver_roles."
    )
    reason: str = Field(default="", description="Explanation shown when the rule decides.")


class ApprovalSettings(_Strict):
    """Just-in-time approvals."""

    approver_roles: list[str] = Field(default_factory=lambda: ["approver"], description="Roles that may approve.")
    ttl_minutes: int = Field(default=60, gt=0, description="How long a grant stays usable.")
    request_ttl_minutes: int = Field(default=24 * 60, gt=0, description="How long a request waits for a decision.")


class UnmaskGrant(_Strict):
    """Lets identities holding a role see through masking for some kinds of data.

    ``access: predicates`` lets them filter and join on masked columns (results stay masked); ``access: values``
    also lets them read the raw values when they give a reason. Every such read is audited with the reason.
    """

    roles: list[str] = Field(description="Roles this grant applies to.")
    kinds: list[Kind] = Field(default_factory=list, description="Kinds of personal data; empty for all.")
    tables: list[str] = Field(default_factory=list, description="Globs over 'schema.table'; empty for all.")
    access: Literal["predicates", "values"] = Field(default="predicates", description="What the grant allows.")

    def covers(self, roles: list[str] | tuple[str, ...], table: str, kind: Kind, access: str) -> bool:
        """Whether the grant lets someone holding ``roles`` have ``access`` to ``kind`` in ``table``."""
        return (
            bool(set(self.roles) & set(roles))
            and (not self.kinds or kind in self.kinds)
            and (not self.tables or any(fnmatch.fnmatchcase(table.lower(), t.lower()) for t in self.tables))
            and (access == "predicates" or self.access == "values")
        )


class LeakagePolicy(_Strict):
    """Thresholds of the leakage checks on synthetic tables."""

    identifier_kinds: list[Kind] = Field(
        default_factory=lambda: sorted(IDENTIFYING_KINDS, key=lambda k: k.value),
        description="Kinds whose real values must never appear in a synthetic table.",
    )
    max_replayed_values: int = Field(
        default=0, ge=0, description="How many replayed real identifier values a synthetic table may hold."
    )
    max_copied_share: float = Field(
        default=0.001, ge=0, le=1,
        description="Largest share of synthetic rows that may equal a real row (key columns left out, numbers "
        "rounded to `copied_decimals`); with a holdout, also at most the share that equals a holdout row.",
    )
    copied_decimals: int = Field(default=2, ge=0, description="Decimals numbers are rounded to before rows are compared.")
    closeness_sample_rows: int = Field(
        default=50_000, ge=1, description="Synthetic rows the closeness check samples; each is compared with every "
        "real row.")
    closeness_zero_tolerance: float = Field(
        default=1e-6, ge=0, le=1, description="A synthetic row this close to a real row (mean per-column Gower "
        "distance) counts as a copy.")
    max_closeness_zero_share: float = Field(
        default=0.001, ge=0, le=1, description="Largest share of sampled synthetic rows at distance 0 from a real "
        "row; with a holdout, also at most the share at distance 0 from a holdout row.")
    max_closer_to_training_share: float = Field(
        default=0.6, ge=0, le=1, description="Largest share of sampled synthetic rows closer to a training row "
        "than to a holdout row (about 0.5 when the synthesizer memorized nothing).")
    closeness_max_levels: int = Field(
        default=1000, ge=1, description="Text columns with more distinct real values than this are left out of "
        "the distance (they behave like identifiers).")
    closeness_severity: Literal["warn", "error"] = Field(
        default="warn", description="Severity of a failed closeness check: warn (reported, run goes on) or error "
        "(blocking).")


VerifiedAction = Literal["unmasked_reads", "approvals", "protected_writes"]


class IdentitySettings(_Strict):
    """Verified identities: where a signed OIDC token is read from and how it is checked.

    A token is a JWT signed with RS256 or ES256 by a key of the issuer's JWKS, read from ``jwks_path`` or fetched
    from ``jwks_url``. With no token the run's identity is an unverified claim (run tag, schedule, sensor, OS user).

    Example:
        >>> settings = IdentitySettings(oidc_issuer="https://idp.example", oidc_audience="dagster", jwks_path="k.json")
        >>> settings.verifies_tokens, settings.groups_claim
        (True, 'groups')
    """

    oidc_issuer: str | None = Field(default=None, description="The required 'iss' claim of tokens, e.g. the IdP's URL.")
    oidc_audience: str | None = Field(default=None, description="The required 'aud' claim of tokens.")
    jwks_path: str | None = Field(default=None, description="Path of a file holding the issuer's JWKS document.")
    jwks_url: str | None = Field(
        default=None, description="https URL of the issuer's JWKS document, fetched once per process."
    )
    groups_claim: str = Field(default="groups", description="The claim holding the token's groups, used as roles.")
    token_env: str = Field(
        default="GOVERNANCE_ID_TOKEN", description="Environment variable holding a token; empty to not read one."
    )
    token_tag: str = Field(
        default="governance/id_token",
        description="Run tag holding a token (takes precedence over the environment); empty to not read one.",
    )
    require_verified_for: list[VerifiedAction] = Field(
        default_factory=list,
        description="Actions refused to unverified identities: unmasked_reads, approvals, protected_writes.",
    )

    @model_validator(mode="after")
    def _oidc_is_complete(self) -> IdentitySettings:
        if self.jwks_path and self.jwks_url:
            raise ValueError("identity: set one of jwks_path and jwks_url, not both")
        if self.jwks_url and not self.jwks_url.lower().startswith("https://"):
            raise ValueError("identity.jwks_url must be an https:// URL; or set jwks_path to a local JWKS file")
        given = {"oidc_issuer": self.oidc_issuer, "oidc_audience": self.oidc_audience,
                 "jwks_path or jwks_url": self.jwks_path or self.jwks_url}
        missing = [name for name, value in given.items() if not value]
        if 0 < len(missing) < len(given):
            raise ValueError(
                f"identity: token verification also needs {', '.join(missing)}; set them or remove the rest"
            )
        return self

    @property
    def verifies_tokens(self) -> bool:
        """Whether issuer, audience and a JWKS source are all configured."""
        return bool(self.oidc_issuer and self.oidc_audience and (self.jwks_path or self.jwks_url))


class Policy(_Strict):
    """A governance policy.

    Example:
        >>> p = Policy.model_validate({"columns": [{"table": "*.users", "column": "mail", "kind": "email"}]})
        >>> p.rule_for("main.users", "MAIL").kind.value
        'email'
    """

    version: Literal[1] = Field(default=1, description="The policy format version.")
    columns: list[ColumnRule] = Field(
        default_factory=list, description="Column rules; the first match wins and overrides classification."
    )
    entities: dict[Kind, MaskSpec] = Field(
        default_factory=dict, description="Operator per kind of personal data; merged over the defaults."
    )
    classify: bool = Field(
        default=True, description="Classify columns no rule names; false treats them as holding no personal data."
    )
    protected_schemas: list[str] = Field(
        default_factory=lambda: ["main", "public"],
        description="Schemas (globs) where DROP, TRUNCATE and other schema changes are blocked.",
    )
    roles: dict[str, list[str]] = Field(default_factory=dict, description="Identity name to its roles.")
    guardrails: list[GuardrailRule] = Field(default_factory=list, description="Statement rules, first match wins.")
    unmask: list[UnmaskGrant] = Field(
        default_factory=list,
        description="Roles that may filter or join on masked columns, or read them unmasked with a reason.",
    )
    approvals: ApprovalSettings = Field(
        default_factory=ApprovalSettings, description="Who may approve waiting statements, and for how long."
    )
    leakage: LeakagePolicy = Field(default_factory=LeakagePolicy, description="Leakage check thresholds.")
    identity: IdentitySettings = Field(
        default_factory=IdentitySettings,
        description="Verified identities: OIDC token checks, and which actions require a verified identity.",
    )

    @model_validator(mode="after")
    def _operators_fit_kinds(self) -> Policy:
        for rule in self.columns:
            if rule.operator == "scan" and rule.kind is not Kind.FREE_TEXT:
                raise ValueError(
                    f"column rule {rule.table}.{rule.column}: operator 'scan' only applies to kind 'free_text'"
                )
        return self

    def rule_for(self, table: str, column: str) -> ColumnRule | None:
        """The first column rule that names ``column`` of ``table``, if any."""
        return next((rule for rule in self.columns if rule.matches(table, column)), None)

    def operator_for(self, table: str, column: str, kind: Kind) -> MaskSpec:
        """The mask for a column of the given kind, honouring column rules first."""
        rule = self.rule_for(table, column)
        if rule is not None:
            kind = rule.kind
            if rule.operator is not None:
                return MaskSpec(operator=rule.operator, params=rule.params)
        return {**_default_entities(), **self.entities}[kind]

    def may_unmask(self, roles: list[str] | tuple[str, ...], table: str, kind: Kind, access: str) -> bool:
        """Whether any unmask grant gives ``roles`` this ``access`` ("predicates" or "values")."""
        return any(grant.covers(roles, table, kind, access) for grant in self.unmask)

    def roles_of(self, identity: str) -> list[str]:
        """The roles the policy gives an identity."""
        return list(self.roles.get(identity, []))

    @property
    def digest(self) -> str:
        """SHA-256 of the policy's canonical JSON: what the audit trail records as the policy in force."""
        canonical = json.dumps(self.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(canonical.encode()).hexdigest()


def load_policy(path: str | Path) -> Policy:
    """Load and validate a policy file.

    Args:
        path: a YAML file.

    Raises:
        PolicyError: the file is missing, is not YAML, or does not validate; the message names the line or field
            and the fix.

    Example:
        >>> import tempfile, os
        >>> f = tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False)
        >>> _ = f.write("protected_schemas: [main]\\n"); f.close()
        >>> load_policy(f.name).protected_schemas
        ['main']
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PolicyError(f"policy file {path} does not exist; pass the path of a YAML policy file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise PolicyError(f"policy file {path} cannot be read ({type(exc).__name__}); check its permissions and encoding") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise PolicyError(f"policy file {path} is not valid YAML{where}: {getattr(exc, 'problem', exc)}; fix the syntax there") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise PolicyError(f"policy file {path} must hold a mapping at the top level, not {type(data).__name__}")
    try:
        return Policy.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '(top level)'}: {err['msg']}" for err in exc.errors()
        )
        raise PolicyError(f"policy file {path} is invalid: {problems}. Fix these fields (see docs/policy.md)") from None


def policy_json_schema() -> dict[str, Any]:
    """The JSON schema of the policy file, for editors and docs."""
    return Policy.model_json_schema()

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
from functools import lru_cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, model_validator

from governance_dagster.errors import MaskingError
from governance_dagster.kinds import IDENTIFYING_KINDS, Kind
from governance_dagster.policy.parameters import OperatorParameters, parse_parameters

OperatorName = Literal[
    "keep", "hash", "mask", "redact", "null", "replace", "generalize", "surrogate", "encrypt", "scan"
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class MaskSpec(_Strict):
    """How one column is masked: an operator name and its parameters, validated against the operator's parameter
    model when the spec is built (so when the policy loads).

    Example:
        >>> MaskSpec(operator="mask", params={"chars_to_keep": 2}).parameters.chars_to_keep
        2
    """

    operator: OperatorName = Field(description="The masking operator to apply.")
    params: dict[str, Any] = Field(default_factory=dict, description="The operator's parameters.")
    _parameters: OperatorParameters = PrivateAttr()

    @model_validator(mode="after")
    def _valid_parameters(self) -> MaskSpec:
        try:
            self._parameters = parse_parameters(self.operator, self.params)
        except MaskingError as exc:
            raise ValueError(str(exc)) from None
        return self

    @property
    def parameters(self) -> OperatorParameters:
        """The operator's parameters as its typed model (defaults filled in), validated once when the spec was built."""
        return self._parameters


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
    values: Kind | None = Field(
        default=None,
        description="The kind the column's sampled values showed when a reviewer pinned this rule (as "
        "'classify --review' prints it); when the values later show another kind, the rule stops holding and the "
        "column goes back to review. Default: the rule always holds.",
    )

    _spec: MaskSpec | None = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _operator_fits_kind(self) -> ColumnRule:
        where = f"column rule {self.table}.{self.column}"
        if self.operator == "scan" and self.kind is not Kind.FREE_TEXT:
            raise ValueError(f"{where}: operator 'scan' only applies to kind 'free_text'")
        if self.operator is None:
            if self.params:
                raise ValueError(f"{where}: params {sorted(self.params)} are given without an operator, and the "
                                 "kind's operator would ignore them; add 'operator:' or set them in 'entities'")
            return self
        try:
            self._spec = MaskSpec(operator=self.operator, params=self.params)
        except ValidationError as exc:
            raise ValueError(f"{where}: " + "; ".join(str(e["msg"]).removeprefix("Value error, ")
                                                      for e in exc.errors())) from None
        return self

    @property
    def spec(self) -> MaskSpec | None:
        """The operator and parameters this rule sets, validated when the rule was built; None when the rule leaves
        the operator to the column's kind."""
        return self._spec

    @property
    def names_one_column(self) -> bool:
        """Whether the rule names one table and one column literally (no glob): such a column must exist."""
        return not any(ch in self.table + self.column for ch in "*?[")

    def matches(self, table: str, column: str) -> bool:
        """Whether this rule names ``column`` of ``table`` (``schema.table``)."""
        return fnmatch.fnmatchcase(table.lower(), self.table.lower()) and fnmatch.fnmatchcase(
            column.lower(), self.column.lower()
        )


@lru_cache(maxsize=1)
def _default_entities() -> dict[Kind, MaskSpec]:
    """The built-in mask of each kind, built once per process (copied by :meth:`Policy.operator_for`)."""
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
        Kind.UNCLASSIFIED: MaskSpec(operator="hash"),
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
    allow_unverified: bool = Field(default=False, description=(
        "Let unverified identities (a run tag, the environment, the OS user) request and grant approvals. Off by "
        "default: both sides must hold a verified OIDC token, and a person is the token's issuer and subject."))


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


CheckSeverity = Literal["error", "warn"]


class LeakageSeverity(_Strict):
    """What a failed leakage check does: ``error`` fails the check with ERROR severity (a blocking check stops the
    run before anything downstream), ``warn`` reports it with WARN severity and lets the run go on.

    Example:
        >>> LeakageSeverity().rare_combinations, LeakageSeverity(rare_combinations="error").blocks("rare_combinations")
        ('warn', True)
    """

    identifier_replay: CheckSeverity = Field(default="error", description="Real identifier values in any column.")
    copied_records: CheckSeverity = Field(default="error", description="Synthetic rows equal to a real row.")
    free_text_identifiers: CheckSeverity = Field(
        default="error", description="Real identifier values inside synthetic free-text columns."
    )
    rare_combinations: CheckSeverity = Field(
        default="warn",
        description="Synthetic rows whose quasi-identifier combination belongs to exactly one real person "
        "(a warning by default: a synthesizer that only learns each column's distribution hits some by chance).",
    )
    closeness: CheckSeverity = Field(
        default="warn",
        description="Sampled synthetic rows at distance 0 from a real row, or closer to training than to holdout rows "
        "(a warning by default: a distance says how close, not that a person is exposed).",
    )

    def blocks(self, check: str) -> bool:
        """Whether a failure of ``check`` fails the run (its severity is ``error``)."""
        return getattr(self, check) == "error"


class LeakagePolicy(_Strict):
    """Thresholds and severities of the leakage checks on synthetic tables."""

    identifier_kinds: list[Kind] = Field(
        default_factory=lambda: sorted(IDENTIFYING_KINDS, key=lambda k: k.value),
        description="Kinds whose real values must never appear in a synthetic table.",
    )
    max_replayed_values: int = Field(
        default=0, ge=0, description="How many replayed real identifier values a synthetic table may hold "
        "(strong identifiers; weak ones are compared with a chance baseline instead)."
    )
    weak_identifier_kinds: list[Kind] = Field(
        default_factory=lambda: [Kind.PERSON_NAME, Kind.FIRST_NAME, Kind.LAST_NAME, Kind.STREET_ADDRESS, Kind.CITY],
        description="Identifier kinds whose values a synthetic table holds by chance (names, streets, cities): "
        "identifier replay blocks on them only when the share of synthetic rows holding a real value exceeds the "
        "chance baseline by `weak_identifier_margin` (see leakage.md). Every other identifier kind blocks on one "
        "value.",
    )
    weak_identifier_margin: float = Field(
        default=0.02, ge=0, le=1,
        description="How far (in share of synthetic rows) the rows holding a real weak identifier value may exceed "
        "the chance baseline (the holdout, or the real table's own repeated values) before identifier replay fails.",
    )
    default_region: str = Field(
        default="US",
        description="Region (ISO 3166 code phonenumbers knows) of phone numbers written without a country code; "
        "phones are compared by country code and national significant number (E.164).",
    )
    max_copied_share: float = Field(
        default=0.001, ge=0, le=1,
        description="Largest share of synthetic rows that may equal a real row (key columns left out, numbers "
        "rounded to `copied_decimals`); with a holdout, also at most the share that equals a holdout row.",
    )
    copied_decimals: int = Field(default=2, ge=0, description="Decimals numbers are rounded to before rows are compared.")
    min_identifier_length: int = Field(
        default=6, ge=1,
        description="Shortest normalized real identifier (characters; digits alone for phones, SSNs, cards, "
        "national IDs) searched for inside synthetic free text, so short common values do not fire.",
    )
    free_text_columns: list[str] = Field(
        default_factory=list,
        description="Synthetic columns searched for real identifiers in addition to those classified free_text.",
    )
    max_free_text_hits: int = Field(
        default=0, ge=0, description="How many synthetic free-text cells may hold a real identifier value."
    )
    quasi_identifier_kinds: list[Kind] = Field(
        default_factory=lambda: [Kind.DATE_OF_BIRTH, Kind.POSTAL_CODE],
        description="Kinds whose columns form the quasi-identifier combination of the rare-combinations check.",
    )
    quasi_identifiers: list[str] = Field(
        default_factory=lambda: ["gender", "sex"],
        description="Column names added to the quasi-identifier combination when the real table has them.",
    )
    max_rare_combination_share: float = Field(
        default=0.0, ge=0, le=1,
        description="Largest share of synthetic rows whose quasi-identifier combination is held by exactly one "
        "real person.",
    )
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
    severity: LeakageSeverity = Field(
        default_factory=LeakageSeverity, description="Per check: error (fail the run) or warn (report only)."
    )

    @model_validator(mode="after")
    def _known_region(self) -> LeakagePolicy:
        import phonenumbers

        if self.default_region not in phonenumbers.SUPPORTED_REGIONS:
            close = sorted(r for r in phonenumbers.SUPPORTED_REGIONS if r == self.default_region.upper())
            hint = f"did you mean {close[0]}? " if close else ""
            raise ValueError(f"leakage.default_region {self.default_region!r} is not a region phonenumbers knows; "
                             f"{hint}use an upper-case ISO 3166 code such as US, GB, DE, FR, IN, JP")
        return self


class ContractPolicy(_Strict):
    """How the great-expectations contract of a synthetic table is derived from the real table's profile.

    Example:
        >>> ContractPolicy().severity, ContractPolicy(null_tolerance=0.1).null_tolerance
        ('warn', 0.1)
    """

    null_tolerance: float = Field(
        default=0.05, ge=0, le=1,
        description="How far a synthetic column's share of nulls may stray from the real column's share.",
    )
    range_margin: float = Field(
        default=0.1, ge=0,
        description="Share of a numeric column's real range added below its minimum and above its maximum.",
    )
    max_categories: int = Field(
        default=20, ge=1,
        description="Text columns holding no personal data with at most this many distinct values get a "
        "category domain; personal-data columns never do.",
    )
    severity: Literal["warn", "error"] = Field(
        default="warn",
        description="Severity of a failed contract check: a contract is about fidelity, not privacy, so it warns.",
    )


VerifiedAction = Literal["unmasked_reads", "approvals", "protected_writes"]


class IdentitySettings(_Strict):
    """Verified identities: where a signed OIDC token is read from and how it is checked.

    A token is a JWT signed with RS256 or ES256 by a key of the issuer's JWKS, read from ``jwks_path``, fetched
    from ``jwks_url``, or (``jwks_discovery: true``) fetched from the ``jwks_uri`` of the issuer's OpenID
    configuration at ``<oidc_issuer>/.well-known/openid-configuration``. With no token the run's identity is an
    unverified claim (run tag, schedule, sensor, OS user).

    Example:
        >>> settings = IdentitySettings(oidc_issuer="https://idp.example", oidc_audience="dagster", jwks_path="k.json")
        >>> settings.verifies_tokens, settings.groups_claim
        (True, 'groups')
    """

    oidc_issuer: str | None = Field(default=None, description="The required 'iss' claim of tokens, e.g. the IdP's URL.")
    oidc_audience: str | None = Field(default=None, description="The required 'aud' claim of tokens.")
    jwks_path: str | None = Field(default=None, description="Path of a file holding the issuer's JWKS document.")
    jwks_url: str | None = Field(
        default=None, description="https URL of the issuer's JWKS document, cached per process for 5 minutes and "
        "fetched again early for a key id it does not hold (key rotation).",
    )
    jwks_discovery: bool = Field(
        default=False, description="Find the JWKS URL by OpenID Connect discovery: fetch "
        "<oidc_issuer>/.well-known/openid-configuration (https), check that its issuer is oidc_issuer and use its "
        "jwks_uri. Instead of jwks_path and jwks_url.",
    )
    ca_file: str | None = Field(
        default=None, description="PEM file of CA certificates trusted, besides the system's, for the https "
        "fetches of jwks_url and discovery: for an identity provider behind a private CA.",
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
        if self.jwks_discovery and (self.jwks_path or self.jwks_url):
            raise ValueError("identity: jwks_discovery finds the JWKS URL itself; remove jwks_path and jwks_url, or "
                             "set jwks_discovery: false")
        if self.jwks_url and not self.jwks_url.lower().startswith("https://"):
            raise ValueError("identity.jwks_url must be an https:// URL; or set jwks_path to a local JWKS file")
        if self.jwks_discovery and not (self.oidc_issuer or "").lower().startswith("https://"):
            raise ValueError("identity.jwks_discovery needs an https:// oidc_issuer (discovery fetches "
                             "<oidc_issuer>/.well-known/openid-configuration); or set jwks_path or jwks_url")
        given = {"oidc_issuer": self.oidc_issuer, "oidc_audience": self.oidc_audience,
                 "jwks_path or jwks_url (or jwks_discovery: true)": self.has_jwks_source}
        missing = [name for name, value in given.items() if not value]
        if 0 < len(missing) < len(given):
            raise ValueError(
                f"identity: token verification also needs {', '.join(missing)}; set them or remove the rest"
            )
        return self

    @property
    def verifies_tokens(self) -> bool:
        """Whether issuer, audience and a JWKS source are all configured."""
        return bool(self.oidc_issuer and self.oidc_audience and self.has_jwks_source)

    @property
    def has_jwks_source(self) -> bool:
        """Whether a JWKS file, a JWKS URL or discovery is configured."""
        return bool(self.jwks_path or self.jwks_url or self.jwks_discovery)


class AgentRule(_Strict):
    """Limits on AI agents connected through the MCP server (``governance-dagster mcp serve``), by client name.

    The first rule whose ``client`` glob matches the MCP client's name (from its ``initialize``) applies; an agent
    no rule matches gets the defaults below. Agents are restricted separately from the operator who launched them:
    the operator's roles still decide guardrails and approvals, and these limits narrow what the agent may do.

    Example:
        >>> rule = AgentRule(client="claude-*", row_limit=50)
        >>> rule.matches("Claude-Desktop"), rule.read_only, rule.unmask
        (True, True, False)
    """

    client: str = Field(default="*", description="Glob over the MCP client's name (case-insensitive).")
    read_only: bool = Field(default=True, description="Refuse every statement that is not a query.")
    row_limit: int = Field(default=200, gt=0, description="Rows returned per query at most; more are cut off "
                           "and the result says truncated.")
    queries_per_minute: int = Field(default=30, gt=0, description="Statements (query, check_sql, "
                                    "request_approval) one agent session may send per minute.")
    tables: list[str] = Field(default_factory=list, description="Globs over 'schema.table' the agent may read; "
                              "empty for every table the operator may read.")
    unmask: bool = Field(default=False, description="Whether the operator's unmask grants apply to this agent; "
                         "false (the default) keeps every masked column masked, in results and in conditions.")

    def matches(self, client: str) -> bool:
        """Whether the rule applies to an MCP client of this name."""
        return fnmatch.fnmatchcase(client.strip().lower(), self.client.strip().lower())


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
    unclassified: Literal["mask", "allow"] = Field(
        default="mask",
        description="What happens to a column classification is unsure about (state 'review'): 'mask' gives it kind "
        "'unclassified' and that kind's operator (default hash); 'allow' releases it as holding no personal data.",
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
    contract: ContractPolicy = Field(
        default_factory=ContractPolicy, description="How the great-expectations contract of synthetic tables is derived."
    )
    identity: IdentitySettings = Field(
        default_factory=IdentitySettings,
        description="Verified identities: OIDC token checks, and which actions require a verified identity.",
    )
    agents: list[AgentRule] = Field(
        default_factory=list,
        description="Limits on AI agents using the MCP server, by client name; the first match applies.",
    )

    @model_validator(mode="after")
    def _role_names_are_distinct_people(self) -> Policy:
        seen: dict[str, str] = {}
        for name in self.roles:
            key = name.strip().casefold()
            if key in seen:
                raise ValueError(
                    f"roles: {seen[key]!r} and {name!r} differ only in case or spaces, but approvals treat them as one "
                    "person (so one may not approve the other's request) while roles would differ; keep one entry")
            seen[key] = name
        return self

    def rule_for(self, table: str, column: str) -> ColumnRule | None:
        """The first column rule that names ``column`` of ``table``, if any."""
        return next((rule for rule in self.columns if rule.matches(table, column)), None)

    def operator_for(self, table: str, column: str, kind: Kind) -> MaskSpec:
        """The mask for a column of the given kind, honouring column rules first."""
        rule = self.rule_for(table, column)
        if rule is not None:
            kind = rule.kind
            if rule.spec is not None:
                return rule.spec
        spec = self.entities.get(kind)
        return spec if spec is not None else _default_entities()[kind].model_copy(deep=True)

    def may_unmask(self, roles: list[str] | tuple[str, ...], table: str, kind: Kind, access: str) -> bool:
        """Whether any unmask grant gives ``roles`` this ``access`` ("predicates" or "values")."""
        return any(grant.covers(roles, table, kind, access) for grant in self.unmask)

    def agent_rule(self, client: str) -> AgentRule:
        """The ``agents`` rule for an MCP client of this name: the first that matches, else the defaults."""
        return next((rule for rule in self.agents if rule.matches(client)), AgentRule())

    def roles_of(self, identity: str) -> list[str]:
        """The roles the policy gives an identity."""
        return list(self.roles.get(identity, []))

    @property
    def digest(self) -> str:
        """SHA-256 of the policy's canonical JSON: what the audit trail records as the policy in force."""
        canonical = json.dumps(self.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(canonical.encode()).hexdigest()

"""Who is acting: a resolver chain over the run's tags and the environment.

In OSS Dagster nobody logs in, so every identity resolved here is an unverified claim and is recorded as such;
verified identities (OIDC tokens checked against a JWKS) come with the audit issue.

Example:
    >>> resolve_identity({"dagster/schedule_name": "nightly"}, roles={}).name
    'schedule:nightly'
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Identity:
    """An acting identity, where it came from, whether it was verified, and its roles."""

    name: str
    source: str
    verified: bool = False
    roles: tuple[str, ...] = field(default_factory=tuple)


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return f"uid:{os.getuid()}" if hasattr(os, "getuid") else "unknown"


def resolve_identity(tags: Mapping[str, str], roles: Mapping[str, list[str]]) -> Identity:
    """Resolve the identity of a run from its tags: the Dagster+ ``user`` tag, then a schedule or sensor as a
    service identity, then ``GOVERNANCE_IDENTITY`` from the environment, then the operating-system user.
    """
    if tags.get("user"):
        name, source = tags["user"], "dagster_user_tag"
    elif tags.get("dagster/schedule_name"):
        name, source = f"schedule:{tags['dagster/schedule_name']}", "dagster_schedule"
    elif tags.get("dagster/sensor_name"):
        name, source = f"sensor:{tags['dagster/sensor_name']}", "dagster_sensor"
    elif os.environ.get("GOVERNANCE_IDENTITY"):
        name, source = os.environ["GOVERNANCE_IDENTITY"], "environment"
    else:
        name, source = _os_user(), "os_user"
    return Identity(name=name, source=source, verified=False, roles=tuple(roles.get(name, [])))

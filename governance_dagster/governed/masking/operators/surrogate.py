"""``surrogate``: a realistic fake chosen from the keyed digest, stable across tables and runs."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from typing import Any

import pandas as pd
from sqlglot import exp

from governance_dagster.governed.masking.operators.base import VALUE, Operator, check_secret, template, text_type
from governance_dagster.governed.masking.operators.hash import Hash
from governance_dagster.policy.parameters import HashParameters, SurrogateParameters


@lru_cache(maxsize=1)
def _surrogate_lists() -> dict[str, tuple[str, ...]]:
    """Name lists for surrogates, from the lists Faker ships for en_US (sorted, so every release orders them alike)."""
    from faker.providers.person.en_US import Provider

    first = tuple(sorted({n for n in Provider.first_names if n.isascii() and "'" not in n}))
    last = tuple(sorted({n for n in Provider.last_names if n.isascii() and "'" not in n}))
    return {
        "first": first,
        "last": last,
        "street": last[::7],
        "suffix": ("Street", "Avenue", "Road", "Lane", "Drive", "Court", "Way", "Place", "Terrace", "Boulevard"),
        "city": tuple(f"{n}{s}" for n in last[3::41] for s in ("ville", "ton", " Falls", " Springs")),
    }


def _surrogate_parts(kind: str) -> list[tuple[str, ...] | str]:
    """A surrogate as parts: a tuple is a list picked from by the next 8 hex digits of the digest, a string is a
    literal, and ``#mod:width`` is a number from the digest (mod, zero-padded to width)."""
    lists = _surrogate_lists()
    return {
        "person_name": [lists["first"], " ", lists["last"]],
        "first_name": [lists["first"]],
        "last_name": [lists["last"]],
        "email": ["lower:", lists["first"], ".", "lower:", lists["last"], "#1000:0", "@example.com"],
        "phone": ["(", "#800+200:3", ") 555-01", "#100:2"],
        "ssn": ["9", "#100:2", "-", "#90+10:2", "-", "#9000+1000:4"],
        "street_address": ["#9999+1:0", " ", lists["street"], " ", lists["suffix"]],
        "city": [lists["city"]],
        "postal_code": ["#100000:5"],
    }.get(kind, [])


class Surrogate(Operator):
    """A realistic fake value chosen deterministically from the keyed digest: the same real value gets the same
    fake in every table and every run with the same secret, so joins still work. Phones are in the fictional
    555-01xx range and SSNs in the never-issued 9xx area; other kinds get ``KIND-<digest prefix>``.
    """

    name = "surrogate"

    _HEX = {"duckdb": "CAST(('0x' || substr({h}, {start}, 8)) AS BIGINT)",
            "postgres": "('x' || substr({h}, {start}, 8))::bit(32)::bigint",
            "spark": "CAST(conv(substr({h}, {start}, 8), 16, 10) AS BIGINT)"}
    _PICK = {"duckdb": "list_element([{array}], CAST({number} % {n} AS INTEGER) + 1)",
             "postgres": "(ARRAY[{array}])[({number} % {n}) + 1]",
             "spark": "element_at(array({array}), CAST({number} % {n} AS INT) + 1)"}

    def sql(self, value, params, dialect, secret):
        kind = _surrogate_kind(self._typed(params, SurrogateParameters))
        digest = Hash().sql(value, HashParameters(), dialect, secret).sql(dialect)
        pieces, slot = [], 0
        parts = _surrogate_parts(kind)
        if not parts:
            prefix = exp.convert(f"{(kind or 'value').upper()}-").sql(dialect)
            return template(f"CASE WHEN {VALUE} IS NULL THEN NULL ELSE {prefix} || substr({digest}, 1, 12) END", value, dialect)
        lower = False
        for part in parts:
            if part == "lower:":
                lower = True
                continue
            number = self._HEX[dialect].format(h=digest, start=1 + 8 * slot)
            if isinstance(part, tuple):
                array = ", ".join(exp.convert(v).sql(dialect) for v in part)
                pick = self._PICK[dialect].format(array=array, number=number, n=len(part))
                pieces.append(f"lower({pick})" if lower else pick)
                slot, lower = slot + 1, False
            elif part.startswith("#"):
                mod, _, width = part[1:].partition(":")
                modulus, _, offset = mod.partition("+")
                text = f"CAST({number} % {modulus} + {offset or 0} AS {text_type(dialect)})"
                pieces.append(f"lpad({text}, {width}, '0')" if int(width) else text)
                slot += 1
            else:
                pieces.append(exp.convert(part).sql(dialect))
        return template(f"CASE WHEN {VALUE} IS NULL THEN NULL ELSE {' || '.join(pieces)} END", value, dialect)

    def apply(self, values, params, secret):
        kind = _surrogate_kind(self._typed(params, SurrogateParameters))
        salt = check_secret(secret).encode()
        parts = _surrogate_parts(kind)

        def one(v: Any) -> Any:
            if pd.isna(v):
                return None
            digest = hashlib.sha256(str(v).encode() + salt).hexdigest()
            if not parts:
                return f"{(kind or 'value').upper()}-{digest[:12]}"
            out, slot, lower = [], 0, False
            for part in parts:
                if part == "lower:":
                    lower = True
                    continue
                number = int(digest[8 * slot: 8 * slot + 8], 16)
                if isinstance(part, tuple):
                    picked = part[number % len(part)]
                    out.append(picked.lower() if lower else picked)
                    slot, lower = slot + 1, False
                elif part.startswith("#"):
                    mod, _, width = part[1:].partition(":")
                    modulus, _, offset = mod.partition("+")
                    out.append(str(number % int(modulus) + int(offset or 0)).zfill(int(width)))
                    slot += 1
                else:
                    out.append(part)
            return "".join(out)

        return values.map(one)


def _surrogate_kind(params: SurrogateParameters) -> str:
    """The kind a surrogate imitates, as text ('' when none is given)."""
    return params.kind.value if params.kind is not None else ""

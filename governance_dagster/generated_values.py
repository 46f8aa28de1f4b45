"""Fresh fake values for the personal-data columns of a synthetic table, drawn a whole column at a time.

SDV generates a PII column with Faker, one call per value (about 25 microseconds each, so half a second per column
of 20,000 rows, most of it in Faker's format parsing). The generators here draw a column in a few vectorized numpy
operations from Faker's own en_US word lists and name frequencies (Faker is installed with SDV), so the values look
like SDV's and cost a fraction. A value never depends on the real table: only how many values to draw and the share
of missing ones are taken from it.

Sdtypes without a generator here are left to SDV (:func:`can_generate` says which).

Example:
    >>> import numpy as np
    >>> ssns = generate("ssn", 3, np.random.default_rng(1))
    >>> len(ssns), all(len(v) == 11 and v[3] == v[6] == "-" for v in ssns)
    (3, True)
    >>> sum(v is None for v in generate("email", 1000, np.random.default_rng(2), missing_share=0.5)) in range(400, 600)
    True
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import numpy as np

#: card numbers: a Visa prefix and 15 digits, the last a Luhn check digit
_CARD_PREFIX = 4
_CARD_DIGITS = 16


@dataclass(frozen=True)
class _Words:
    """Faker's en_US lists: names with their frequencies, street and city parts, e-mail domains, lorem words."""

    first_names: np.ndarray
    first_weights: np.ndarray
    last_names: np.ndarray
    last_weights: np.ndarray
    street_suffixes: np.ndarray
    city_prefixes: np.ndarray
    city_suffixes: np.ndarray
    email_domains: np.ndarray
    words: np.ndarray


def _weighted(names: dict[str, float]) -> tuple[np.ndarray, np.ndarray]:
    weights = np.fromiter(names.values(), dtype=float, count=len(names))
    return np.array(list(names), dtype=object), weights / weights.sum()


@cache
def _words() -> _Words:
    from faker.providers.address.en_US import Provider as Address
    from faker.providers.internet.en_US import Provider as Internet
    from faker.providers.lorem.en_US import Provider as Lorem
    from faker.providers.person.en_US import Provider as Person

    first, first_weights = _weighted(Person.first_names)
    last, last_weights = _weighted(Person.last_names)
    return _Words(first, first_weights, last, last_weights, np.array(Address.street_suffixes, dtype=object),
                  np.array(Address.city_prefixes, dtype=object), np.array(Address.city_suffixes, dtype=object),
                  np.array(Internet.free_email_domains, dtype=object), np.array(Lorem.word_list, dtype=object))


def _first_names(n: int, rng: np.random.Generator) -> np.ndarray:
    w = _words()
    return rng.choice(w.first_names, n, p=w.first_weights)


def _last_names(n: int, rng: np.random.Generator) -> np.ndarray:
    w = _words()
    return rng.choice(w.last_names, n, p=w.last_weights)


def _names(n: int, rng: np.random.Generator) -> np.ndarray:
    return _first_names(n, rng) + " " + _last_names(n, rng)


def _emails(n: int, rng: np.random.Generator) -> np.ndarray:
    local = _first_names(n, rng) + "." + _last_names(n, rng) + rng.integers(1, 1000, n).astype(str).astype(object)
    return np.array([s.lower() for s in local], dtype=object) + "@" + rng.choice(_words().email_domains, n)


def _digits(low: int, high: int, n: int, rng: np.random.Generator, width: int) -> np.ndarray:
    """``n`` integers in ``[low, high)`` as zero-padded text of ``width`` digits."""
    return np.char.zfill(rng.integers(low, high, n).astype(str), width).astype(object)


def _phones(n: int, rng: np.random.Generator) -> np.ndarray:
    """North American numbers: area code and exchange start with 2-9 (as a valid number's do)."""
    return ("(" + _digits(200, 1000, n, rng, 3) + ") " + _digits(200, 1000, n, rng, 3) + "-"
            + _digits(0, 10_000, n, rng, 4))


def _ssns(n: int, rng: np.random.Generator) -> np.ndarray:
    """Areas 001-899 except 666, groups 01-99, serials 0001-9999: the shapes the SSA issues."""
    area = rng.integers(1, 899, n)
    area[area == 666] = 667
    return (np.char.zfill(area.astype(str), 3).astype(object) + "-" + _digits(1, 100, n, rng, 2) + "-"
            + _digits(1, 10_000, n, rng, 4))


def _luhn_check_digits(body: np.ndarray) -> np.ndarray:
    """The Luhn check digit of each row of ``body`` (digits, most significant first)."""
    doubled = body[:, ::-1].copy()
    doubled[:, ::2] *= 2
    doubled[doubled > 9] -= 9
    return (10 - doubled.sum(axis=1) % 10) % 10


def _card_numbers(n: int, rng: np.random.Generator) -> np.ndarray:
    body = rng.integers(0, 10, (n, _CARD_DIGITS - 1))
    body[:, 0] = _CARD_PREFIX
    digits = np.hstack([body, _luhn_check_digits(body)[:, None]]).astype(str)
    return np.array(["".join(row) for row in digits], dtype=object)


def _ibans(n: int, rng: np.random.Generator) -> np.ndarray:
    """British IBANs (bank code, sort code, account) with their ISO 7064 mod 97-10 check digits."""
    letters = rng.integers(0, 26, (n, 4))
    accounts = rng.integers(0, 10, (n, 14)).astype(str)
    out = np.empty(n, dtype=object)
    for i in range(n):
        bank = "".join(chr(65 + c) for c in letters[i])
        bban = bank + "".join(accounts[i])
        numeric = "".join(str(int(ch, 36)) for ch in bban + "GB00")
        out[i] = f"GB{98 - int(numeric) % 97:02d}{bban}"
    return out


def _ipv4_addresses(n: int, rng: np.random.Generator) -> np.ndarray:
    """Global addresses: first octet 11-223 (never 10/8, loopback or multicast), the rest 0-255, moved out of the
    private, link-local, shared and benchmarking ranges (172.16/12, 192.168/16, 169.254/16, 100.64/10, 198.18/15) and
    the special /24s (192.0.0, 192.0.2, 198.51.100, 203.0.113)."""
    octets = rng.integers(0, 256, (n, 4))
    octets[:, 0] = rng.integers(11, 224, n)
    first, second, third = octets[:, 0], octets[:, 1], octets[:, 2]
    first[first == 127] = 128
    reserved = ((first == 172) & (second >= 16) & (second < 32)) | ((first == 192) & (second == 168)) | (
        (first == 169) & (second == 254)) | ((first == 100) & (second >= 64) & (second < 128)) | (
        (first == 198) & (second >= 18) & (second < 20))
    second[reserved] = (second[reserved] + 64) % 256
    special = ((first == 192) & (second == 0) & ((third == 0) | (third == 2))) | (
        (first == 198) & (second == 51) & (third == 100)) | ((first == 203) & (second == 0) & (third == 113))
    third[special] += 1
    return np.array([".".join(row) for row in octets.astype(str)], dtype=object)


def _street_addresses(n: int, rng: np.random.Generator) -> np.ndarray:
    who = np.where(rng.random(n) < 0.5, _first_names(n, rng), _last_names(n, rng))
    return rng.integers(1, 10_000, n).astype(str).astype(object) + " " + who + " " + rng.choice(
        _words().street_suffixes, n)


def _postcodes(n: int, rng: np.random.Generator) -> np.ndarray:
    return _digits(501, 99_951, n, rng, 5)


def _cities(n: int, rng: np.random.Generator) -> np.ndarray:
    w = _words()
    prefixed = rng.choice(w.city_prefixes, n) + " " + _first_names(n, rng)
    return np.where(rng.random(n) < 0.5, prefixed, _last_names(n, rng) + rng.choice(w.city_suffixes, n))


def _sentences(n: int, rng: np.random.Generator) -> np.ndarray:
    lengths = rng.integers(4, 11, n)
    picks = rng.choice(_words().words, (n, 10))
    return np.array([" ".join(row[:k]).capitalize() + "." for row, k in zip(picks, lengths, strict=True)],
                    dtype=object)


#: sdtype (as SDV names it) -> generator of ``n`` values
GENERATORS: dict[str, Callable[[int, np.random.Generator], np.ndarray]] = {
    "name": _names,
    "first_name": _first_names,
    "last_name": _last_names,
    "email": _emails,
    "phone_number": _phones,
    "ssn": _ssns,
    "credit_card_number": _card_numbers,
    "iban": _ibans,
    "ipv4_address": _ipv4_addresses,
    "street_address": _street_addresses,
    "postcode": _postcodes,
    "city": _cities,
    "sentence": _sentences,
}


def can_generate(sdtype: str) -> bool:
    """Whether :func:`generate` draws values of SDV's ``sdtype``."""
    return sdtype in GENERATORS


def column_rng(seed: int, column: str) -> np.random.Generator:
    """A generator for one column: the same ``seed`` and name draw the same values, other columns others."""
    return np.random.default_rng([seed, zlib.crc32(column.encode("utf-8"))])


def generate(sdtype: str, n: int, rng: np.random.Generator, *, missing_share: float = 0.0) -> list[object]:
    """``n`` fresh fake values of SDV's ``sdtype``, about ``missing_share`` of them ``None``.

    Raises:
        KeyError: when ``sdtype`` has no generator (see :func:`can_generate`).
    """
    values = GENERATORS[sdtype](n, rng)
    if missing_share > 0:
        values = np.where(rng.random(n) < missing_share, None, values)
    return values.tolist()

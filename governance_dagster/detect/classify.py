"""Which columns hold which kind of personal data, and where classification is unsure.

A column is classified from three kinds of evidence, and a policy column rule always wins over all of them:

* **its name** gives a prior (:mod:`governance_dagster.detect.names`): words in many languages and naming styles,
  abbreviations expanded, a table's common column prefix (``ca_``, ``cp_``) dropped. A name that describes
  something about a thing (``mail_class``, ``*_sk`` keys, ``*_id``) or an object that is not a person
  (``order_ref``, ``sku``, ``gift_card_no``) says "no personal data".
* **its values** decide (:mod:`governance_dagster.detect.values`): checksummed identifiers (python-stdnum), phones
  of any region (phonenumbers), census names, GeoNames cities, dates of birth by their distribution. An e-mail,
  IBAN or checksummed national-ID column is found under any name, even one that says "not personal"; values that
  are flags, a handful of enum values, numbers, codes or event dates overturn a personal-sounding name.
* **its type**: integers are never names or streets (keys, counts, measures), only date-of-birth parts, postal
  codes, phone or ID numbers when the name says so and the values fit; floats and booleans are never personal.

A text column that is neither confidently personal nor confidently not gets the state ``review``: its kind is
``unclassified`` (masked with that kind's operator) unless the policy says ``unclassified: allow``. The table's
other columns count too: street, city and postal columns of a store or warehouse table hold a business address.

The sample is read inside the governed path and never leaves it: only kinds, confidences and evidence strings do.

Example:
    >>> c = classify_column("contact_email", "VARCHAR", ["a@example.com", "b@example.org"])
    >>> (c.kind.value, c.state, c.evidence)
    ('email', 'personal', '100% of 2 sampled values are e-mail addresses; name agrees')
    >>> classify_column("order_ref", "VARCHAR", ["555-201-3344", "555-201-9911"]).kind.value
    'none'
    >>> classify_column("misc_1", "VARCHAR", ["Plan B", "Crate 7 blue", "Ask again later"]).state
    'review'
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd

from governance_dagster.detect.names import (
    BUSINESS,
    OBJECTS,
    QUALIFIERS,
    SWITCHBOARD,
    WORDS,
    business_compound,
    fold,
    kind_from_name,
    name_words,
    table_prefix,
    unknown_code,
    unknown_number,
    unknown_words,
)
from governance_dagster.detect.values import (
    ID_MODULES,
    NAME_HONORIFICS,
    NAME_PARTICLES,
    NAME_TITLES,
    YEAR_NUMBER,
    ValueEvidence,
    addressed_names,
    bare_phone_fit,
    bare_phone_share,
    bare_ssn_share,
    birth_date_reason,
    birth_int_dates,
    birth_range,
    calendar_words,
    census_names,
    city_region,
    cohort_births,
    company_share,
    contact_text_share,
    country_codes,
    country_names,
    embedded_contacts,
    given_and_family_names,
    house_number_share,
    iban_country,
    int_dates,
    is_city,
    json_documents,
    key_run,
    machine_token,
    mixed_contact_shares,
    mixed_id_share,
    name_shape,
    name_shares,
    parse_dates,
    person_id_share,
    phone_library,
    phone_region,
    postal_share,
    regional_phone_share,
    role_mailbox_share,
    serial_dates,
    street_shape_share,
    street_word_share,
    structured_reason,
    subdivision_names,
    town_share,
    unprefixed_phone_share,
    unspaced_name_share,
    value_evidence,
)
from governance_dagster.kinds import Kind
from governance_dagster.policy.models import Policy

__all__ = ["Classification", "TableContext", "classify_column", "classify_table", "kind_from_name", "name_words"]

PERSONAL, NOT_PERSONAL, REVIEW = "personal", "not_personal", "review"
_TEXT_TYPES = ("char", "text", "string", "varchar", "clob", "json")
_BINARY_TYPES = ("blob", "bytea", "binary", "bytes")
_DATE_TYPES = ("date", "time")
_INT_TYPES = ("int", "serial", "long")
#: Round 49: a decimal without digits after the point (``DECIMAL(9,0)``, ``NUMERIC(10)``, Oracle's ``NUMBER(7)``): an
#: integer, as midrange files pack SSNs, dates and phones into their fields.
_WHOLE_DECIMAL = re.compile(r"^(?:decimal|numeric|number|dec)\s*\(\s*\d+\s*(?:,\s*0\s*)?\)$")
_NESTED_TYPES = ("struct", "map(", "[]", "list", "union", "array")
#: Distinct non-null values judged per column: enough for a share, bounded for speed.
_SAMPLE_DISTINCT = 120
#: Value kinds specific enough to override a name that says "not personal" (``code`` holding e-mails).
_OVERRIDE_NAME = frozenset({Kind.EMAIL, Kind.IBAN, Kind.NATIONAL_ID})
#: Round 40: words of a merchant's own cards (loyalty, reward, gift, bonus): numbered in the payment cards' ranges
#: with a Luhn digit, and no payment card.
_OWN_CARDS = frozenset({"loyalty", "reward", "rewards", "gift", "bonus", "points", "fidelite", "fidelidad",
                        "fidelidade", "fedelta", "treue", "bonuskarte", "klantenkaart", "stamp"})
#: Value kinds a pattern or checksum shows (as opposed to a lexicon or a shape).
_PATTERN_KINDS = frozenset({Kind.EMAIL, Kind.IBAN, Kind.CREDIT_CARD, Kind.NATIONAL_ID, Kind.SSN, Kind.IP_ADDRESS,
                            Kind.PHONE})
_NAME_KINDS = frozenset({Kind.PERSON_NAME, Kind.FIRST_NAME, Kind.LAST_NAME, Kind.CITY})
_ADDRESS_KINDS = frozenset({Kind.STREET_ADDRESS, Kind.CITY, Kind.POSTAL_CODE})
_DATE_PARTS = frozenset({"day", "month", "year"})
#: Round 29: what a column name holding a date or a time of something says, in some language, inside any word.
_DATE_STEMS = ("dat", "dt", "time", "fecha", "jour", "tag", "when")


def _says_date(name: str) -> bool:
    """Round 29: the name says it holds a date or a time (``l_receiptdate``, ``fecha_alta``, ``Buchungstag``), even
    inside a word the vocabulary lacks.

    Example:
        >>> _says_date("l_receiptdate"), _says_date("FIELD_17"), _says_date("x_3")
        (True, False, False)
    """
    folded = fold(name)
    return any(stem in folded for stem in _DATE_STEMS) or bool(set(name_words(name)) & {"date", "when", "timestamp"})
_PERSON_WORDS = frozenset({"person", "customer", "employee", "full", "first", "last", "surname", "patronymic", "doctor",
                           "role", "mother", "middle", "kana"})
#: Round 33: a phone's extension as written alone: one to five digits, perhaps after ``x`` or ``ext``.
_EXTENSION = re.compile(r"^(?:x|ext\.?\s*)?\d{1,5}$", re.IGNORECASE)
#: Structured values a name, first name, last name or city never is (names hold no digits).
_NEVER_NAMES = ("values are numbers", "values are UUIDs", "values are hex", "values are version", "values are coord",
                "values are URLs", "values are dates", "values are codes")


@dataclass(frozen=True)
class Classification:
    """The kind of personal data a column holds, how sure we are, and which evidence decided (never a value).

    ``state`` is ``personal``, ``not_personal`` or ``review`` (neither confidently; masked unless the policy says
    ``unclassified: allow``); ``values_kind`` is the kind the sampled values alone show (``none`` when they show
    none), which a reviewer's pinned decision records.
    """

    column: str
    kind: Kind
    confidence: float
    evidence: str
    state: str = ""
    values_kind: str = ""

    def __post_init__(self) -> None:
        if not self.state:
            object.__setattr__(self, "state", NOT_PERSONAL if self.kind is Kind.NONE else PERSONAL)


@dataclass(frozen=True)
class TableContext:
    """What the rest of a table says about one of its columns."""

    #: the common column-name prefix of the table (``ca`` for TPC-DS ``ca_*`` columns), dropped from names.
    prefix: str = ""
    #: the table describes a business (store, warehouse, company...) and no person: its address is not personal.
    business: bool = False
    #: the table has a city or country column (postal codes are judged with it).
    has_place: bool = False
    #: the table's name says it holds things, not people (``part``, ``product``, ``store``): a bare ``name``
    #: column names the thing.
    things: bool = False
    #: round 40: two columns or more describe animals (their species, breed, sire, microchip): a vet's or a herd
    #: book's table, whose unqualified name and date of birth are the animal's.
    animals: bool = False
    vehicles: bool = False  # (round 44) a column names a vehicle (its VIN, plate, registration): a driver's table
    #: (round 73) the table's name glues a word to "pass" (``spielerpass``, ``skipass``): a table of such passes,
    #: whose ``pass_nummer`` is the pass's, no passport's (German and Nordic ``Pass`` alone is one)
    passes: bool = False
    #: (round 74) a column names a bank's routing, sort or branch code (``transitNumber``, ``bsb``) and none names a
    #: bank account as such (``ACH-ACCT-NO``) or keys the table's accounts (``account_id``): a bare account number
    #: there is the bank account beside its code, not the business's own account number
    banking: bool = False
    #: round 51: the table's schema, name or columns speak of the armed forces (a rank, a regiment, a veteran, a
    #: call-up): a service number there is a service member's lifelong identifier.
    military: bool = False
    #: another column is named as a part of a date of birth (``anno_nascita``): a bare ``giorno`` or ``mese``
    #: beside it is the birth date's day or month.
    birth_parts: bool = False
    #: round 55: a column is named as a person's date of birth, qualified by whose (``HouderGeboortedatum``, the
    #: keeper's): a bare date of birth beside it, in a table about animals, is the animal's.
    owner_birth: bool = False
    #: the table is about people (a person-sounding table name, or first/last name, e-mail, birth or ID columns);
    #: True when unknown (a column classified alone): birth-like dates are then dates of birth.
    people: bool = True
    #: the countries the table is about (ISO codes: its country column, its phones' country codes and numbering).
    regions: tuple[str, ...] = ()
    #: stems of integer day / month / year sibling columns whose values read as dates of birth (``geb`` of
    #: ``geb_tag``, ``geb_monat``, ``geb_jahr``), whatever language the stem is in.
    birth_stems: frozenset[str] = frozenset()
    #: the table has a column named as a street (``GATVE``, ``ulica``): a column named as an unknown word's number
    #: (``NAMO_NR``, ``BUTO_NR``) holding small numbers is a house or flat number.
    has_street: bool = False
    #: round 42: the table has a column named as a street or one whose values are street lines (``F8``): a few small
    #: towns repeated beside it are where its people live.
    street_values: bool = False
    #: address kinds (street, city, postal code) that two or more of the table's columns are named as.
    repeated_places: frozenset[Kind] = frozenset()
    #: a column of the table is named as a surname: a bare ``name`` beside it holding one word per value is the given
    #: name (Persian ``نام`` beside ``نام_خانوادگی``, Slovak ``meno`` beside ``priezvisko``).
    has_surname: bool = False
    #: round 42: a column of the table is named as a postal code (``PSTCD``): an opaque column of four or five digits
    #: beside it (a grower's ``KPIN``) is something else.
    named_postal: bool = False
    #: round 34: what qualifies the table's given-name columns and its family-name columns (``fahrer`` of
    #: ``fahrerVorname``, "" of ``voornaam``): a bare name qualified alike beside a given name and no family name is
    #: the family name (Dutch ``naam`` beside ``voornaam``, German ``fahrerName`` beside ``fahrerVorname``).
    given_stems: frozenset[str] = frozenset()
    family_stems: frozenset[str] = frozenset()
    #: the table describes a business and holds a person attached to it (its manager's tax number): name-shaped
    #: values under a name that says nothing are that person's name.
    staff: bool = False
    #: words the vocabulary lacks that qualify two or more address columns (``cawangan`` of ``alamat_cawangan`` and
    #: ``poskod_cawangan``): a second address block, whose owner the word names.
    place_qualifiers: frozenset[str] = frozenset()
    #: the columns right before and after a street column: a bare "number" there is the house number.
    street_neighbours: frozenset[str] = frozenset()
    #: round 77: opaque columns of place names right after a column of street lines and right before one of postal
    #: codes (by their values): an address's town or locality in an export that names no column.
    opaque_localities: frozenset[str] = frozenset()
    #: words the vocabulary lacks that qualify the columns of the person attached to a business (``ap`` of SAP's
    #: contact person ``AP_NAMEV``): a phone or address qualified by them is that person's, not the business's.
    staff_words: frozenset[str] = frozenset()
    #: integer columns that are the year, month and day of a date of birth, told by their values and their siblings
    #: (``dob_y``, ``dob_m``, ``dob_d``), whatever the part words' language or abbreviation.
    birth_split: frozenset[str] = frozenset()
    #: a column holds a company's registration or VAT number (``kvk_nummer``, ``vat_no``): the rows are businesses,
    #: whatever contact person they name.
    registered: bool = False
    #: a column is named as a whole date of birth (``geburtsdatum``): another date named only as a date of something
    #: the vocabulary lacks (``DateInscription``) is an event's, not a second date of birth.
    named_birth: bool = False
    #: round 21: words of things (``site``, ``property``) whose street column varies row by row, like people's homes,
    #: in a table about people: that thing's address is where the row's person lives (a boiler service's customer).
    homes: frozenset[str] = frozenset()
    #: round 56: words of things the table gives a date of birth or a social security number (``carrierDob``), or
    #: (round 58) a person's identity number by its check (``dni_empleador``): people here (a surrogacy agency's
    #: carrier, a household employer), whose names, phones and addresses are the row's person's (:func:`_beings`).
    beings: frozenset[str] = frozenset()
    #: the context was read from a table's columns (:func:`table_context`), not assumed for a column classified alone:
    #: what the other columns say about people is known.
    table: bool = False
    #: round 28: columns whose values each go with one value of the table's city column, and that city with that one
    #: value alone (a municipality's own code beside its name: Spain's INE, France's INSEE, a US county's FIPS code):
    #: they say no more than the city, whatever postal format they fit.
    city_keys: frozenset[str] = frozenset()
    #: round 28: columns whose repeated values each go with one city, several of them to a city (postal codes, a
    #: city's districts): codes of places inside the cities.
    city_codes: frozenset[str] = frozenset()
    #: the given names the table's own first-name columns hold (folded): a few one-word values of another column found
    #: among them are the given names of the staff the rows name (a driving instructor's ``Sindre``), in any language.
    given_names: frozenset[str] = field(default=frozenset(), repr=False)  # sampled values: never shown
    #: the family names the table's own surname columns hold (folded): staff written by their family name (``Mgr.
    #: Beneš``) often bear one of the table's people's, in any language.
    family_names: frozenset[str] = field(default=frozenset(), repr=False)  # sampled values: never shown
    #: round 22: the words of the table's columns named as a person's name (``navn``, ``AdSoyad``), folded: staff are
    #: drawn from the people the table's rows name, so their given and family names recur among these words.
    people_words: frozenset[str] = field(default=frozenset(), repr=False)  # sampled values: never shown
    #: round 77: in a table with an opaque column name (``col21``), the words of the text columns whose values are
    #: people's full names by their shape alone, whatever they are named: an opaque column's few staff bear them too.
    value_people_words: frozenset[str] = field(default=frozenset(), repr=False)  # sampled values: never shown


def _present(sample: Sequence[Any]) -> pd.Series:
    series = sample if isinstance(sample, pd.Series) else pd.Series(list(sample), dtype=object)
    if pd.api.types.is_datetime64_any_dtype(series.dtype):
        series = series.astype(object)  # Timestamps, not numpy datetime64, for the date checks
    return series.dropna()


#: Strings exports write for a missing value, in several languages.
_NULL_WORDS = frozenset({"", "n/a", "na", "n.a.", "null", "nil", "nan", "none", "unknown", "-", "--", "---", "?",
                         "tbd", "unbekannt", "k.a.", "inconnu", "desconocido", "sconosciuto", "onbekend", "brak",
                         "okand", "ukendt", "neznamo", "bilinmiyor", "s/d", "n/d", "nd", "#n/a", "(null)", "(blank)",
                         "blank", "(empty)", "empty", "missing", "not available", "not provided", "nao informado",
                         "sin dato", "sin datos", "non renseigne", "keine angabe", "niet bekend", "tidak ada"})


_NULL_WORD_CHARS = max(map(len, _NULL_WORDS))


def _holds_null_word(distinct: list[Any]) -> bool:
    """Whether one of ``distinct`` is a word for a missing value (as text, stripped, in any case): the question
    :func:`_texts` asks of every distinct value, asked of all of them at once, in C when they are all strings (most
    columns hold no such word, and a text column has thousands of distinct values).

    Example:
        >>> _holds_null_word(["ann@example.com", " N/A "]), _holds_null_word(["ann@example.com", 7])
        (True, False)
    """
    if set(map(type, distinct)) <= {str}:
        return not _NULL_WORDS.isdisjoint(map(str.lower, map(str.strip, distinct)))
    return any((v if isinstance(v, str) else str(v)).strip().lower() in _NULL_WORDS for v in distinct)


def _texts(sample: Sequence[Any]) -> tuple[list[str], int, int]:
    """Up to ``_SAMPLE_DISTINCT`` distinct non-empty values as stripped text, how many non-null values there are, and
    how many distinct ones (all of them, not only those judged: whether values repeat across rows is read from it)."""
    return _present_texts(_present(sample))


def _present_texts(present: pd.Series) -> tuple[list[str], int, int]:
    """:func:`_texts` of a sample's non-null values (:func:`_present`)."""
    textual = present.dtype == object or pd.api.types.is_string_dtype(present.dtype)
    try:
        distinct = list(pd.unique(present))
    except TypeError:  # nested values (dicts, lists) are not hashable: compare their text
        present = present.astype(str)
        distinct = list(pd.unique(present))
    if textual and _holds_null_word(distinct):
        # what exports write for a missing value ("N/A", "unknown", "-") is a NULL, not a value to judge; told on
        # the distinct values (a few hundred) rather than on every row (thousands)
        nulls = []
        for value in distinct:  # inline: a call per value costs as much as the test (emails: thousands distinct)
            text = value if isinstance(value, str) else str(value)
            # a long value can only be a null word padded with spaces
            if (len(text) <= _NULL_WORD_CHARS or text[:1].isspace() or text[-1:].isspace()) \
                    and text.strip().lower() in _NULL_WORDS:
                nulls.append(value)
        if nulls:
            present = present[~present.isin(nulls)]
            dropped = set(nulls)
            distinct = [value for value in distinct if value not in dropped]
    seen: dict[str, None] = {}
    for value in distinct:
        text = str(value).strip()
        if text:
            seen[text] = None
            if len(seen) >= _SAMPLE_DISTINCT:
                break
    return list(seen), len(present), len(distinct)


def _as_date(value: Any) -> date | None:
    if isinstance(value, datetime | pd.Timestamp):
        return None if pd.isna(value) else value.date()
    if isinstance(value, date):
        return value
    parsed = parse_dates([str(value)])
    return parsed[0] if parsed else None


def _review(name: str, why: str, values_kind: str) -> Classification:
    return Classification(name, Kind.UNCLASSIFIED, 0.5, why, REVIEW, values_kind)


def _dates_column(name: str, by_name: Kind | None, dates: list[date], how: str, values_kind: str = "",
                  people: bool = True, event: bool = False) -> Classification:
    birth, shape = birth_date_reason(dates)
    if by_name is None and event:
        return Classification(name, Kind.NONE, 0.7, f"named as a date of something, beside the table's date of birth "
                              f"named as such: {how} are an event's ({shape})", values_kind=values_kind or Kind.NONE.value)
    if by_name is Kind.DATE_OF_BIRTH:
        if dates and not birth and ("future" in shape and not shape.endswith(" 0% in the future")):
            return Classification(name, Kind.NONE, 0.7, f"name says date of birth but {how}: {shape}", values_kind=values_kind)
        return Classification(name, Kind.DATE_OF_BIRTH, 0.9, f"name says date of birth; {how}", values_kind=values_kind)
    if by_name is None and birth and people:
        return Classification(name, Kind.DATE_OF_BIRTH, 0.75, f"{how} distributed like dates of birth in a table "
                              f"about people: {shape}", values_kind=Kind.DATE_OF_BIRTH.value)
    if by_name is None and (birth or birth_range(dates) or not _says_date(name) and cohort_births(
            dates)):  # (round 29: one cohort's births under an opaque name, ``FIELD_17``; ``l_receiptdate`` says date)
        return _review(name, f"the name says nothing and {how} could be dates of birth ({shape})",
                       Kind.DATE_OF_BIRTH.value)
    return Classification(name, Kind.NONE, 0.8, f"{how} are event dates, not dates of birth ({shape})",
                          values_kind=values_kind or Kind.NONE.value)


def _event_date(name: str, context: TableContext) -> bool:
    """The column is named as a date of something the vocabulary lacks (``DateAdhesion``, ``dat_zapisu``) in a table
    whose date of birth has a column named as one: an event's date, not a second date of birth."""
    return context.named_birth and "date" in name_words(name, context.prefix) and kind_from_name(
        name, context.prefix)[0] is None


def _zeros_dropped(digits: list[int]) -> bool:
    """Round 46: integers of one length of 3-6 digits, four in five, the rest shorter: codes of a fixed length whose
    leading zeros the integer dropped (Oslo's postal code ``0083`` kept as 83), not counts, whose lengths spread.

    Example:
        >>> _zeros_dropped([4, 4, 4, 4, 4, 4, 4, 4, 2, 4]), _zeros_dropped([3, 4, 5, 3, 4, 5, 4, 3, 2, 4])
        (True, False)
    """
    length, count = Counter(digits).most_common(1)[0]
    return 3 <= length <= 6 and count >= 0.8 * len(digits) and all(d <= length for d in digits)


def _integer_column(name: str, words: set[str], by_name: Kind | None, values: list[int],
                    people: bool = True) -> Classification:
    if by_name is Kind.NONE:
        return Classification(name, Kind.NONE, 0.9, "name says key, count or measure")
    if 0 in values and len(values) > 1 and by_name in _ZERO_MISSING:
        values = [v for v in values if v != 0]  # (round 42: legacy files write 0 for a missing phone, SSN or date)
    if by_name is Kind.DATE_OF_BIRTH and not words & _DATE_PARTS and (part := _date_part(values)):
        words = words | {part}  # a birth-named integer column (``生年``, ``生月``) holding years, months or days
    if by_name is Kind.DATE_OF_BIRTH:
        for part, low, high in (("day", 1, 31), ("month", 1, 12), ("year", 1500, date.today().year)):
            if part in words:
                fits = all(low <= v <= high for v in values)
                return (Classification(name, Kind.DATE_OF_BIRTH, 0.85, f"name says birth {part}; values fit")
                        if fits else Classification(name, Kind.NONE, 0.7, f"name says birth {part} but values do not fit"))
    dates = int_dates(values)
    if dates is not None:
        return _dates_column(name, by_name, dates, "integers read as dates (YYYYMMDD, or epoch time at a whole hour)",
                             people=people)
    if by_name is Kind.DATE_OF_BIRTH and (dates := serial_dates(values)) is not None:
        return _dates_column(name, by_name, dates, "integers read as spreadsheet serial day numbers", people=people)
    if by_name is Kind.DATE_OF_BIRTH and (read := birth_int_dates(values)) is not None:
        return _dates_column(name, by_name, read[0], read[1], people=people)  # (round 30: ``DOB-YYMMDD``, CDC days)
    digits = [len(str(abs(v))) for v in values]
    if by_name is Kind.POSTAL_CODE and values and (all(3 <= d <= 6 for d in digits) or _zeros_dropped(digits)):
        return Classification(name, Kind.POSTAL_CODE, 0.8, "name says postal code; integers of 3-6 digits (a few "
                              "shorter: codes that start with zeros)")
    if by_name is Kind.STREET_ADDRESS and "year" in words and values and all(
            1000 <= v <= date.today().year for v in values):  # (round 21: Czech ``rok_vyroby_domu``)
        return Classification(name, Kind.NONE, 0.8, "name says a year beside a house's word and the values are past "
                              "years: when the house was built, not its number")
    if by_name is Kind.STREET_ADDRESS and values and all(0 < v < 100_000 for v in values) and "street" in words:
        return Classification(name, Kind.STREET_ADDRESS, 0.75, "name says house or suite number; small integers")
    if by_name in (Kind.NATIONAL_ID, Kind.SSN) and "surrogate" in words and values:
        found = [e for e in value_evidence([str(v) for v in values]) if e.kind in (Kind.NATIONAL_ID, Kind.SSN)]
        if not found:  # "sin_id", "ssn_key": a key of a record about the number, unless the values are such numbers
            return Classification(name, Kind.NONE, 0.7, f"name says {by_name.value} key; integers pass no checksum")
    if by_name in (Kind.PHONE, Kind.NATIONAL_ID, Kind.SSN, Kind.CREDIT_CARD) and values and min(digits) >= 6:
        return Classification(name, by_name, 0.8, f"name says {by_name.value}; integers of 6+ digits")
    if values and min(digits) >= 9:
        found = [e for e in value_evidence([str(v) for v in values]) if e.kind in (Kind.NATIONAL_ID, Kind.SSN,
                                                                                 Kind.CREDIT_CARD)]
        if found:
            return Classification(name, found[0].kind, 0.8, found[0].detail, values_kind=found[0].kind.value)
    said = f"name says {by_name.value} but " if by_name else ""
    return Classification(name, Kind.NONE, 0.85, f"{said}integers (keys, counts, measures) are not personal data")


#: Round 42: the kinds whose integer columns legacy files fill with 0 where the value is missing (a floor or a house
#: number may be 0 itself).
_ZERO_MISSING = frozenset({Kind.PHONE, Kind.SSN, Kind.NATIONAL_ID, Kind.CREDIT_CARD, Kind.DATE_OF_BIRTH,
                           Kind.POSTAL_CODE})


def _agrees(by_name: Kind | None, found: ValueEvidence) -> str:
    if by_name is found.kind:
        return "; name agrees"
    return f"; name said {by_name.value}" if by_name not in (None, Kind.NONE) else ""


#: What the masking operators write: keyed digests (hash), mask characters keeping a short tail (mask), a marker.
_MASKED = re.compile(r"[0-9a-f]{64}|[0-9a-f]{128}|[*#xX•]{2,}[^*#xX•]{0,4}|<[A-Z_]+>")


#: What the free-text scan writes for an entity it found (``<EMAIL_ADDRESS>``, ``<PERSON>``).
_SCANNED = re.compile(r"<[A-Z][A-Z_]+>")


#: A day and a month without a year (``29.11``, ``03/14``, ``14-03``).
_DAY_MONTH = re.compile(r"^(\d{1,2})[./-](\d{1,2})\.?$")
#: Concepts that name the person a value belongs to.
_PEOPLE_WORDS = frozenset({"person", "role", "mother", "customer", "employee", "full", "first", "last", "surname"})


def _birthdays(values: list[str]) -> bool:
    """Nearly all values are a day and a month without a year (``29.11``, ``03/14``), in one order: a birthday.

    Example:
        >>> _birthdays(["29.11", "13.04", "1.2."]), _birthdays(["03/14", "12/31", "01/05"]), _birthdays(["1.5", "2.5.3"])
        (True, True, False)
        >>> _birthdays(["45.11", "13.40", "10.99"])
        False
    """
    pairs = [(int(m.group(1)), int(m.group(2))) for v in values if (m := _DAY_MONTH.match(v.strip()))]
    if len(values) < 3 or len(pairs) < 0.9 * len(values):
        return False
    day_month = sum(1 <= d <= 31 and 1 <= m <= 12 for d, m in pairs)
    month_day = sum(1 <= m <= 12 and 1 <= d <= 31 for m, d in pairs)
    return max(day_month, month_day) >= 0.9 * len(values)


def _masked_output(values: list[str]) -> bool:
    """All sampled values look like masking output (``hash``, ``mask``, ``replace``), not like data.

    Example:
        >>> _masked_output(["ab" * 32, "cd" * 32]), _masked_output(["*****6789", "<REDACTED>"])
        (True, True)
        >>> _masked_output(["ab" * 32, "Ann"]), _masked_output([])
        (False, False)
    """
    return bool(values) and all(_MASKED.fullmatch(v) for v in values)


#: A value that is a person's full name: two to four capitalized name words (any script's letters).
_NAME_WORDS = re.compile(r"^[^\W\d_][^\W\d_'.-]*(?:[\s,]+[^\W\d_][^\W\d_'.-]*){1,3}$")


def _full_names(values: list[str], given_first: bool = False) -> bool:
    """Most values hold two to four name words: a first or last name column that holds full names. With
    ``given_first`` (a last-name column, where two family names are common: "Núñez Morales"), most values must
    also start with a known first name.

    Example:
        >>> _full_names(["Ana Lima", "Rui de Sousa", "Eva Maria Costa"]), _full_names(["Ana", "Rui", "Eva Maria"])
        (True, False)
        >>> _full_names(["Anna Maria", "Maria Luisa", "Luisa Anna", "Hans Peter", "Peter Hans"])
        False
        >>> _full_names(["Lima Costa", "Sousa Melo", "Pires Rocha"], given_first=True)
        False
    """
    if not values:
        return False
    full = [v for v in values if _NAME_WORDS.match(v) and v.lower() != v]
    if given_first:
        first = census_names()[0]
        full = [v for v in full if fold(v.split()[0]) in first]
    else:
        # double given names (``Anna Maria``, ``Hans Peter``) draw their second word from the same pool as their
        # first: full names draw it from surnames, which rarely start a value
        pool = {fold(v.split()[0]) for v in values if v.split()}
        if full and sum(fold(v.split()[-1]) in pool for v in full) >= 0.5 * len(full):
            return False
    return len(full) >= 0.7 * len(values)


#: Round 24: what separates the items of a list kept in one cell (``801-747-8263; (602) 659-0223``).
_ITEM_SEPARATOR = re.compile(r"\s*[;|]\s*")


def _list_items(values: list[str]) -> list[str]:
    """Round 24: the items of values that are lists (three in ten hold ``;`` or ``|``, and nearly every item is short:
    up to 40 characters and four words), each item a value; other values as they are. Several phones or names in one
    cell are phones or names; a note's clauses are longer.

    Example:
        >>> _list_items(["801-747-8263; (602) 659-0223", "303-265-9075"])
        ['801-747-8263', '(602) 659-0223', '303-265-9075']
        >>> _list_items(["called twice; no answer, will retry tomorrow morning before the visit", "ok"])[0][:11]
        'called twic'
    """
    if sum(bool(_ITEM_SEPARATOR.search(v)) for v in values) < 0.3 * len(values):
        return values
    items = [item for v in values for item in _ITEM_SEPARATOR.split(v) if item]
    if sum(len(i) <= 40 and len(i.split()) <= 4 for i in items) < 0.95 * len(items):
        return values
    return list(dict.fromkeys(items))


def _text_column(name: str, by_name: Kind | None, strength: str, values: list[str], rows: int,
                 context: TableContext, distinct: int) -> Classification:
    regions = context.regions
    cells, values = values, _list_items(values)
    if by_name is Kind.POSTAL_CODE and len(values) >= 3 and not any(ch.isdigit() for v in values for ch in v) and (
            name_shape(values, 2)[0] >= 0.8):
        by_name, strength = None, ""  # (round 60: ``PscName``, a person with significant control, of people's names:
        # no postal code is written without a digit, so the values decide)
    if by_name is Kind.PHONE and (own := phone_region(values)) and own not in regions:
        regions = (own, *regions)
    evidence = value_evidence(values, regions, table_regions=context.regions)
    values_kind = evidence[0].kind.value if evidence else Kind.NONE.value
    pattern = next((e for e in evidence if e.kind in _PATTERN_KINDS), None)
    if pattern is not None and pattern.kind is Kind.PHONE and by_name not in (None, Kind.PHONE, Kind.FREE_TEXT) and (
            strength == "strong") and (by_name is not Kind.POSTAL_CODE or postal_share(values)[0] >= 0.5) and not (
            by_name in (Kind.NONE, *_PERSON_KINDS) and (_international(values) or _written_as_phones(values) or (
                pattern.share >= 0.9 and set(name_words(name, context.prefix)) == {"person"}))) and not (
            by_name is Kind.NONE and _bare_number(name, context) and _people_phones(
                pattern, values, rows, distinct, context) and (not _app_number(name, context) or all(
                    _PHONE_WRITTEN.match(v) for v in values))):
        pattern = None  # phones are the least specific pattern: a name that says another kind wins, unless it says
        # postal code and the values are valid phones that fit no postal code format, or it says "not personal" or
        # a person (round 45: a ``User2`` field of a person's, no name is written in digits; round 50: nor in
        # digit groups, ``VOL-USER-FLD-2``'s ``07700 900123``)
        # ("a_nr", a call record's A number) and the values carry a country code: no record number starts with one,
        # or it is a bare "code" or "number" that names nothing (``Code``, ``код``), or a person's number
        # (``contact_no``, ``Kontakt_Nr``: round 21), over phones that vary row by row
    contact = by_name is Kind.PERSON_NAME and set(name_words(name, context.prefix)) == {"person"}
    if (not evidence or contact and evidence[0].share < 0.8) and (by_name in (None, Kind.NONE) or contact) and len(
            values) >= 8 and not _business_owned(name, context) and (shares := mixed_contact_shares(
                values, regions)) and min(shares[:2]) >= 0.2 and sum(shares) + (contact and street_shape_share(
                    values)) >= 0.9:
        # (round 37: or a person's ``contact_detail``, the e-mail, the phone or the postal address each chose; round
        # 71: or the person's name, as custom fields ``misc_1``, ``Udf3`` hold whichever contact a clerk typed)
        return Classification(name, Kind.FREE_TEXT, 0.7, f"{shares[0]:.0%} of sampled values are e-mail addresses, "
                              f"{shares[1]:.0%} phone numbers and {shares[2]:.0%} names, row by row: whichever way "
                              "each person is reached, a contact column of several kinds (its values are scanned)",
                              values_kind=values_kind)
    if pattern is not None and pattern.kind is Kind.PHONE and by_name is None and context.has_place and (
            name not in context.city_keys) and (regional_phone_share(values, context.regions) < 0.5 and postal_share(
                values, context.regions)[0] >= 0.9) and bare_phone_share(values, context.regions) < 0.9:
        share, country = postal_share(values, context.regions)
        return Classification(name, Kind.POSTAL_CODE, 0.7, f"{share:.0%} of sampled values fit {country} postal codes, "
                              "the table's country, beside a city or address column, and are no valid phone numbers "
                              "there (phone-shaped digit groups of another country)", values_kind=values_kind)
    if pattern is not None and pattern.kind is Kind.PHONE and by_name is not Kind.PHONE and values and sum(
            bool(YEAR_NUMBER.match(v)) for v in values) >= 0.8 * len(values):
        pattern = None  # (round 36: a register's ``5027/2025``, a notary's ``2025.73567``: a year and a number)
    if by_name is Kind.PHONE and len(values) >= 20 and not pattern and sum(
            any(ch.isalpha() for ch in v) and 0 < sum(ch.isdigit() for ch in v) < 7 for v in values) >= 0.9 * len(
                values):
        # (round 36: a prison's ``CELL_LOC``, ``E-0-783``: a cell's location, no mobile number; a contact written
        # with a name beside its number holds seven digits or more, a name alone none: both stay the name's kind)
        return Classification(name, Kind.NONE, 0.7, "name says phone but nine values in ten are codes of letters "
                              "and one to six digits, as no phone number is written: a code named alike",
                              values_kind=values_kind)
    if pattern is not None and pattern.kind is Kind.PHONE and (by_name is Kind.NONE or by_name is None and set(
            name_words(name, context.prefix)) & {"ref", "reference", "case"}) and context.regions and not (
            _international(values)) and regional_phone_share(values, context.regions) < 0.5:
        pattern = None  # (round 74: ``AttendanceNumber``, ``kyc_case_ref``: a record's number written in digit groups
        # that dial only in countries the table is not about, under a name that says a record or a reference)
    if pattern is not None and pattern.kind is Kind.PHONE and by_name is Kind.NONE and name_words(
            name, context.prefix)[-1:] == ["surrogate"] and not _international(values) and all(
            v.isdigit() for v in values):
        pattern = None  # an identifier (``患者ID``, ``member_id``) of bare digits that a trunk 0 makes dialable
    if pattern is not None and {pattern.kind, by_name} == {Kind.SSN, Kind.NATIONAL_ID}:
        pattern = ValueEvidence(by_name, pattern.share, pattern.detail)  # which of the two is a naming convention
    if pattern is not None and pattern.kind is Kind.PHONE and rows >= 30 and distinct <= 0.05 * rows and not (
            by_name is Kind.PHONE and "role" in name_words(name, context.prefix)):
        # (a phone named as a staff member's, a volunteer's or a nurse's, is theirs however often it repeats)
        return Classification(name, Kind.NONE, 0.7, f"{pattern.detail}, but the same {distinct} numbers repeat "
                              f"across {rows} rows: a business's contact, not a person's", values_kind=values_kind)
    if by_name in (Kind.NATIONAL_ID, Kind.SSN) and values and max(map(len, values)) <= 2:
        # (round 40: Apogée's ``COD_CLE_NNE``, the key letter of a student number: no number on its own)
        return Classification(name, Kind.NONE, 0.7, f"name says {by_name.value}, but every value is one or two "
                              "characters: the number's check digit or letter, which identifies no one on its own",
                              values_kind=values_kind)
    if by_name is Kind.DATE_OF_BIRTH and values and all(v.isdigit() and len(v) <= 4 for v in values):
        return _integer_column(name, set(name_words(name)), by_name, [int(v) for v in values], context.people)
    if pattern is not None and pattern.kind in (Kind.NATIONAL_ID, Kind.SSN) and by_name is Kind.NONE and (
            set(name_words(name, context.prefix)) & BUSINESS or _catalogue(pattern)):
        pattern = None  # a company's tax number (``cuit_empresa``), or a tax-number checksum under a name of a thing
    if pattern is not None and _catalogue(pattern) and strength == "strong" and by_name not in (
            None, Kind.NATIONAL_ID, Kind.SSN):
        pattern = None  # the wider catalogue's checksums are weaker evidence than a name saying another kind
    if pattern is not None and pattern.kind is Kind.EMAIL and (share := role_mailbox_share(values)) >= 0.8:
        # (round 33: a supplier's ``ap@``, a shop's ``info@``: whoever holds the role reads them)
        return Classification(name, Kind.NONE, 0.7, f"{pattern.detail}, but {share:.0%} of them are a role's mailbox "
                              "(accounts payable, sales, info): a business's, not a person's", values_kind=values_kind)
    if pattern is not None and pattern.kind in (Kind.EMAIL, Kind.IBAN) and by_name is Kind.NONE and (
            words := set(name_words(name, context.prefix))) & (BUSINESS - {"bank"} | SWITCHBOARD) and (
            words & SWITCHBOARD or not context.people or context.registered or rows >= 30 and distinct <= 0.05 * rows):
        # (a general inbox is a business's; a supplier's e-mail is when the table describes businesses (it holds their
        # registration or VAT numbers) or the same few addresses repeat across rows: an employee's company mail
        # varies row by row in a table about people, and is the employee's; a bank holds a person's account)
        return Classification(name, Kind.NONE, 0.75, f"{pattern.detail}, but the name says a business's (a supplier's, "
                              "an employer's, a general inbox or a business account): not a person's",
                              values_kind=values_kind)
    if pattern is not None and pattern.kind is Kind.IBAN and rows >= 30 and distinct <= min(12, 0.05 * rows) and not (
            set(name_words(name, context.prefix)) & (_PEOPLE_WORDS)):
        return Classification(name, Kind.NONE, 0.7, f"{pattern.detail}, but the same {distinct} accounts repeat "
                              f"across {rows} rows, under a name that names no person: the account of the body the "
                              "rows pay (an association's, a landlord's), not each person's", values_kind=values_kind)
    if pattern is not None and pattern.kind is Kind.IBAN and _business_owned(name, context):
        return Classification(name, Kind.NONE, 0.75, f"{pattern.detail}, but the table describes a business and holds "
                              "no person: the business's bank account", values_kind=values_kind)
    if by_name is Kind.STREET_ADDRESS and evidence and evidence[0].kind is Kind.FREE_TEXT and (
            _address_lines(values)):
        return Classification(name, Kind.STREET_ADDRESS, 0.8, "name says street_address; the values are long but "
                              "written as addresses are (a house or flat number, parts between commas, no sentence: "
                              "``H.No. 15-1-461, Kuvempunagar``), not prose", values_kind=values_kind)
    if by_name in _PERSON_KINDS and cells and (carried := embedded_contacts(cells))[0] >= 0.3 and carried[1] >= 5:
        return Classification(name, Kind.FREE_TEXT, 0.75, f"name says {by_name.value}, but {carried[0]:.0%} of sampled "
                              "values carry a phone number or an e-mail address beside the name (an emergency "
                              "contact's ``Name (Spouse) - phone``): several kinds in one cell, scanned as text",
                              values_kind=values_kind)
    if pattern is not None and pattern.kind in (Kind.EMAIL, Kind.PHONE) and strength == "object" and set(name_words(
            name, context.prefix)) & BUSINESS and not set(name_words(name, context.prefix)) & _PEOPLE_WORDS and (
            rows >= 30 and distinct <= min(40, 0.2 * rows)):
        return Classification(name, Kind.NONE, 0.7, f"{pattern.detail}, but the name says a business's (a venue's, a "
                              f"hotel's) and the same {distinct} repeat across {rows} rows: the businesses the rows "
                              "book, not each person's", values_kind=values_kind)
    if pattern is not None and pattern.kind is Kind.PHONE and _business_owned(name, context):
        return Classification(name, Kind.NONE, 0.75, f"{pattern.detail}, but the table describes a business and holds "
                              "no person: a business's phone", values_kind=values_kind)
    if pattern is not None and pattern.kind is Kind.CREDIT_CARD and by_name is Kind.NONE and set(name_words(
            name, context.prefix)) & _OWN_CARDS:
        return Classification(name, Kind.NONE, 0.7, f"{pattern.detail}, but the name says a merchant's own card (a "
                              "loyalty, reward or gift card), whose numbers pass the same Luhn check: no payment card",
                              values_kind=values_kind)
    if pattern is not None and (strength != "object" or pattern.kind in _OVERRIDE_NAME or (
            pattern.kind is Kind.IP_ADDRESS and pattern.share >= 0.9 and context.people and not context.business
            and distinct >= 0.3 * rows) or (
            pattern.kind is Kind.PHONE and context.people and not context.business and distinct >= 0.3 * rows
            and "phone" in (words := set(name_words(name, context.prefix))) and not words & (BUSINESS | SWITCHBOARD))):
        # (a column named as a phone, holding phones that vary row by row in a table about people, is people's,
        # whatever the name qualifies it by: an applicant's ``app_mobile``, a host's ``host_mobile``; so are IP
        # addresses that vary row by row there, whatever thing names them: a booking's ``WebIp`` is the client's)
        return Classification(name, pattern.kind, round(min(0.97, 0.5 + pattern.share / 2), 2),
                              pattern.detail + _agrees(by_name, pattern), values_kind=values_kind)
    if by_name is Kind.NONE and context.has_place and context.regions and not context.business and (unknown_code(
            name, context.prefix) or _bare_code(name, context)) and name not in context.city_keys and (
            distinct >= min(_SAMPLE_DISTINCT, 0.3 * rows) or name in context.city_codes):
        # (round 20: a bare ``code`` names no thing either: beside a city, codes that fit the country's postal
        # format and vary like a person's are the postal codes the issue plants under it; round 28: or that repeat,
        # several to a city and each with one city, as postal codes of the cities do)
        share, country = postal_share(values, context.regions)
        if share >= 0.9:
            return Classification(name, Kind.POSTAL_CODE, 0.7, f"a code of no thing the vocabulary knows, beside "
                                  f"a city or address column; {share:.0%} of sampled values fit {country} postal "
                                  "codes, the table's country, and vary like a person's", values_kind=values_kind)
    lexical = evidence[0] if evidence and evidence[0].kind in _NAME_KINDS else None
    named = _NAMED_PART.get(frozenset(set(name_words(name, context.prefix)) & set(_NAMED_PART_WORDS)))
    if by_name is Kind.NONE and strength == "object" and named and len(values) >= 8 and (
            context.people and not context.business) and not set(name_words(name, context.prefix)) & (
            BUSINESS | _PLACE_WORDS | _NAMED_THINGS | {"animal"}) and name_shape(values)[0] >= 0.8:
        # (a pet's name is no person's; round 38: nor a holiday flat's, ``nombre_alojamiento``: ``Casa Elena``)
        return Classification(name, named, 0.7, f"named as a {named.value} qualified by a thing, holding name-shaped "
                              "values in a table about people: the name of the person the thing is about (an "
                              "applicant's ``app_given_name``)", values_kind=values_kind)
    if by_name is Kind.NONE and lexical and lexical.share >= 0.9 and len(values) >= 8 and (
            context.people and not context.business) and (strength == "strong" or len(values) >= 20 and (
                lexical.kind is not Kind.CITY) and not set(name_words(name, context.prefix)) & BUSINESS):
        return Classification(name, lexical.kind, 0.65, f"the name reads as something not personal, but "
                              f"{lexical.detail}, {len(values)} of them distinct, in a table about people: a misleading "
                              "name", values_kind=values_kind)
    if by_name is Kind.NONE and strength == "object" and "role" in name_words(name, context.prefix) and (
            _staff_names(values) or lexical and lexical.kind is Kind.PERSON_NAME and lexical.share >= 0.8):
        return Classification(name, Kind.PERSON_NAME, 0.7, "a person's role qualified by a thing (a product's "
                              "manager), holding people's full names: names of people stay personal wherever they "
                              "appear", values_kind=values_kind)
    if by_name is Kind.NONE and strength == "object" and (home := _home_address(name, values, context, values_kind)):
        return home
    if by_name is Kind.NONE and strength == "object" and _agent(name) and len(values) >= 20 and (
            _name_pools(values) or name_shares(values)[0] >= 0.8 or name_shape(values, 2, 3)[0] >= 0.9 and (
                _common_word_share(values) < 0.2)) and company_share(values) < 0.2:
        # (round 26: ``campaign_creator``: whoever created a thing, over many people's full names)
        return Classification(name, Kind.PERSON_NAME, 0.7, "the name says who created or entered a thing, and "
                              f"{len(values)} distinct values are written as people's full names (two or three "
                              "capitalized words sharing none): the people who did it", values_kind=values_kind)
    if by_name is Kind.NONE and (strength == "object" or len(name_words(name, context.prefix)) == 1 or _agent(
            name)) and (staff := _staff_under_thing(name, values, rows, distinct, context, values_kind)):
        # (round 23: a bare word that qualifies a thing, such as a clinic's ``provider``, names no thing; round 37:
        # nor does a qualifier before "by", ``kycVerifiedBy``: who verified)
        return staff
    if (by_name in (None, Kind.NONE) or by_name in _PERSON_KINDS and strength == "weak") and _titled_people(
            values, named=by_name in _PERSON_KINDS) and (
            "animal" not in name_words(name, context.prefix)):  # (round 47: a ship's ``MS Helgoland`` has no title)
        return Classification(name, Kind.PERSON_NAME, 0.7, "half the sampled values or more are written as people "
                              "with a title or credentials (``Dr A Ochoa``, ``Cervantes, MD``), whatever the name "
                              "says: the staff the rows name", values_kind=values_kind)
    if by_name is Kind.NONE and (documents := _json_column(name, values, rows, values_kind)) is not None:
        return documents  # (round 34: a CDP's ``device_ids``, arrays of UUIDs whose digit groups read as phones)
    if by_name is Kind.NONE and not pattern and not _business_owned(name, context) and len(values) >= 20 and not (
            structured_reason(values, rows)) and (carried := embedded_contacts(values))[0] >= 0.1 and carried[1] >= 5:
        # (not over UUIDs, digests or codes, whose digit groups may read as a phone)
        # (round 30: a log line's, a request URI's, a chat message's contacts: values decide, the name was a prior)
        return Classification(name, Kind.FREE_TEXT, 0.65, f"the name reads as something not personal, but "
                              f"{carried[0]:.0%} of sampled values carry e-mail addresses or phone numbers, {carried[1]} "
                              "distinct: text people's contacts are written into (scanned)", values_kind=values_kind)
    if by_name is Kind.NONE and not pattern and len(values) >= 10 and evidence and evidence[0].kind is (
            Kind.FREE_TEXT) and (named := addressed_names(values))[0] >= 0.2 and named[1] >= 5:
        # (round 40: a reply's, a return reason's, a gift message's: ``Thanks so much, Courtney!``)
        return Classification(name, Kind.FREE_TEXT, 0.65, f"the name reads as something not personal, but the "
                              f"values are prose and {named[0]:.0%} of them write a given name inside a sentence, "
                              f"{named[1]} distinct: text about people (scanned)", values_kind=values_kind)
    if by_name is Kind.NONE and _bare_code(name, context) and len(values) >= 20 and (
            dates := parse_dates(values)) is not None and (birth := birth_date_reason(dates))[0]:
        # (round 34: a bare ``code`` names no thing, so its values say what it holds: ``19951203``)
        return Classification(name, Kind.DATE_OF_BIRTH, 0.65, "a bare code names no thing, and its values read as "
                              f"dates spread as births are ({birth[1]})", values_kind=values_kind)
    if by_name is Kind.NONE and {"bank", "account"} <= set(name_words(name, context.prefix)) and context.people and (
            not context.business) and len(values) >= 8 and distinct >= 0.5 * rows and sum(
                sum(ch.isdigit() for ch in v) >= 6 for v in values) >= 0.9 * len(values):
        # (round 42: a domestic account number, ``settlement_bank_acct``, ``koza_bango``: a person's, no IBAN)
        return _review(name, "name says a bank account and the values are account numbers that vary row by row in a "
                       "table about people: each person's own account, though no kind names a domestic account "
                       "number", values_kind)
    if by_name is None and context.banking and set(name_words(name, context.prefix)) in (
            {"account"}, {"account", "number"}) and context.people and not context.business and len(
                values) >= 8 and distinct >= 0.5 * rows and sum(
                    sum(ch.isdigit() for ch in v) >= 5 for v in values) >= 0.9 * len(values):
        # (round 74: a creator's payout profile, ``accountNumber`` beside ``institutionNumber`` and ``transitNumber``;
        # round 77: a Brazilian ``conta`` beside its ``banco`` and ``agencia``, the bank's and the branch's)
        return _review(name, "an account's number beside a bank's routing or branch code in a table about people, "
                       "varying row by row: each person's own bank account, though no kind names a domestic account "
                       "number", values_kind)
    if by_name is Kind.NONE:
        return Classification(name, Kind.NONE, 0.85, "name describes something that is not personal data",
                              values_kind=values_kind)
    dates = parse_dates(values) if values else None
    if dates is not None and (by_name in (None, Kind.DATE_OF_BIRTH) or strength == "weak"):
        return _dates_column(name, None if strength == "weak" else by_name, dates, "text values read as dates",
                             values_kind, context.people, _event_date(name, context))
    if by_name is None and (documents := _json_column(name, values, rows, values_kind)) is not None:
        return documents
    structured = structured_reason(values, rows)
    if structured.startswith("values are cryptocurrency wallet"):
        # (round 74: ``destinationAddress``, ``adres_portfela``, ``διεύθυνση_πορτοφολιού``: a wallet's address is a
        # key, however the name says address)
        return Classification(name, Kind.NONE, 0.8, f"{structured}: a wallet's key, no place where anyone lives",
                              values_kind=values_kind)
    contradicts = structured.startswith(("values are flags", "values are an enumeration", "values are day",
                                         "values are country", "no non-null"))
    if by_name is Kind.STREET_ADDRESS and contradicts and values and (_unit_lines(values) or _SECOND_LINE.search(
            name) and context.people and not context.business and _localities_or_units(values)):
        return Classification(name, Kind.STREET_ADDRESS, 0.75, "name says a second address line and the values are "
                              "flats, units, suites or floors (``Apt 3B``, ``#1407``) or, in a table about people, "
                              "words of places (a locality, a townland): part of a person's address, however few "
                              "distinct", values_kind=values_kind)
    if by_name is Kind.DATE_OF_BIRTH and _birthdays(values):
        return Classification(name, Kind.DATE_OF_BIRTH, 0.8, "name says date of birth and the values are days and "
                              "months without a year (``29.11``): a birthday", values_kind=values_kind)
    if by_name is Kind.DATE_OF_BIRTH and _birth_years(values):
        return Classification(name, Kind.DATE_OF_BIRTH, 0.8, "name says date of birth and the values are years, some "
                              "approximate or with their month (``1934``, ``ABT 1836``, ``06/1963``), as genealogy, "
                              "censuses and registers of companies' owners write births",
                              values_kind=values_kind)
    if by_name is Kind.DATE_OF_BIRTH:
        return Classification(name, Kind.NONE, 0.7, "name says date of birth but values are not dates",
                              values_kind=values_kind)
    if (by_name in _ADDRESS_KINDS or by_name is Kind.PHONE) and _business_owned(name, context):
        return Classification(name, Kind.NONE, 0.8, f"name says {by_name.value}, but the table describes a business "
                              "and holds no person: a business's address or phone", values_kind=values_kind)
    if by_name in _ADDRESS_KINDS and by_name in context.repeated_places and rows >= 30 and values and (
            distinct <= 0.05 * rows) and set(unknown_words(name, context.prefix)) & context.place_qualifiers and (
            "birth" not in name_words(name, context.prefix)):  # (round 59: a place of birth is no branch's address)
        return Classification(name, Kind.NONE, 0.7, f"a second {by_name.value} column, qualified by a word the "
                              "vocabulary lacks that qualifies another address column too, whose "
                              f"{distinct} values repeat across {rows} rows: the address of a business the rows "
                              "share (a branch, a store), beside the person's own",
                              values_kind=values_kind)
    if by_name is not None and strength == "strong":
        # a few distinct cities or postal codes are still where people live; a few distinct "names" are an enum
        enum_only = structured.startswith("values are an enumeration") and (by_name in _ADDRESS_KINDS or (
            # (round 28: patronymics repeat, drawn from the few given names of fathers: ``Ярославович``; round 71:
            # written in capitals too, as Greek forms write them: ``ΓΙΩΡΓΟΣ``)
            by_name in _PERSON_KINDS and "patronymic" in name_words(name, context.prefix) and (name_shape(
                values, 1, 1)[0] >= 0.8 or sum(v.isalpha() and v.isupper() for v in values) >= 0.8 * len(values))) or (
            by_name in _PERSON_KINDS and "kana" in name_words(name, context.prefix) and unspaced_name_share(
                values) >= 0.8) or (
            by_name in _NAME_KINDS and name_shape(values, 2)[0] >= 0.8 or by_name is Kind.PERSON_NAME and (
                unspaced_name_share(values) >= 0.8)) or by_name in _PERSON_KINDS and _few_names(values) and (
                by_name is Kind.LAST_NAME or not _qualified(name, context.prefix)) or _few_given_names(by_name, values)
            or _few_family_names(by_name, values) or by_name in _NAME_KINDS and _name_particles(values)
            or by_name in _PERSON_KINDS and _middle_initials(values) and "middle" in name_words(name, context.prefix)
            or by_name in _PERSON_KINDS and _surname_initials(values)
            # (round 75: a qualified given name beside a family name of the same qualifier, ``sw_fnm`` beside
            # ``sw_lnm``, a stowaway's: one person's names, however few distinct)
            or by_name is Kind.FIRST_NAME and _few_names(values) and bool(stem := _name_stem(
                name, context.prefix)) and stem in context.family_stems)
        # (a few name-shaped values under a name qualified by a word the vocabulary lacks name a thing: a boat's, a
        # product's name; but things have no surnames: ``VekaletVerenSoyad``, the grantor's surname, is a person's)
        # a few staff (doctors, judges) are people: full names in two words, or in one of a script without spaces
        if by_name is Kind.STREET_ADDRESS and "code" in name_words(name, context.prefix) and structured.startswith(
                "values are codes") and street_shape_share(values) < 0.2:
            # (round 22: Russian ``код_дома``, a house's code in a register: a key, no street line)
            return Classification(name, Kind.NONE, 0.75, f"name says the code of a street or house and {structured}, "
                                  "none a street line: the register's key of the place, not an address",
                                  values_kind=values_kind)
        if by_name in _NAME_KINDS and values and all(v.isdigit() for v in values) and set(name_words(
                name, context.prefix)) == {"person"} and bare_phone_share(values, context.regions) >= 0.9:
            # (round 47: a person's field and no more, holding phones kept as digits; COBOL's ``CPM-USER-FLD-2``
            # read so until round 71 made a user-defined field a custom field, which the values judge alone)
            return Classification(name, Kind.PHONE, 0.7, "the name says a person's field and no more (a user field), "
                                  "and nearly every value is a phone number of the table's countries written as "
                                  "digits alone: the person's phone", values_kind=values_kind)
        if by_name in _NAME_KINDS and values and all(v.isdigit() for v in values):
            return Classification(name, Kind.NONE, 0.75, f"name says {by_name.value} but every sampled value is a "
                                  "number: a code of the place or person, not its name", values_kind=values_kind)
        if not values or _masked_output(values):
            return Classification(name, by_name, 0.85, f"name says {by_name.value}; the sampled values are empty or "
                                  "masking output (digests, mask characters), which tells nothing against it: masked "
                                  "or pseudonymised, the column still holds personal data", values_kind=values_kind)
        if by_name is Kind.CREDIT_CARD and _luhn_fails(values):
            return Classification(name, Kind.NONE, 0.7, "name says credit_card but the values are 12-19 digit numbers "
                                  "that fail the Luhn check every card number passes (a prepaid or gift card's own "
                                  "number, a member number)", values_kind=values_kind)
        if by_name is Kind.CREDIT_CARD and all(len(re.sub(r"\D", "", v)) < 12 for v in values) and not any(
                ch in v for v in values for ch in "*#xX•"):
            return Classification(name, Kind.NONE, 0.7, "name says credit_card but no value holds the 12-19 digits "
                                  "of a card number (a cost centre, a short code)", values_kind=values_kind)
        if by_name is Kind.EMAIL and not any("@" in v or any(ch.isalpha() for ch in v) for v in values):
            # (round 41: Royal Mail's ``MAILSORT`` code, ``33467``: post, no e-mail address)
            return Classification(name, Kind.NONE, 0.7, "name says email but no sampled value holds an @ or a "
                                  "letter: numbers or codes, no e-mail address", values_kind=values_kind)
        if by_name is Kind.PHONE and all(_EXTENSION.match(v) for v in values):
            # (round 33: BambooHR's ``workPhoneExtension``, ``Durchwahl``: dialled inside a switchboard only)
            return Classification(name, Kind.NONE, 0.7, "name says phone but every value is five digits at most: "
                                  "an extension, which reaches no one without the switchboard's number",
                                  values_kind=values_kind)
        if by_name is Kind.IBAN and all(len(re.sub(r"[\W_]", "", v)) <= 4 for v in values) and not any(
                ch in v for v in values for ch in "*#xX•"):
            # (round 28: ``ULT4_IBAN``; an account number without its IBAN, a ``Kontonummer``, is longer and stays)
            return Classification(name, Kind.NONE, 0.7, "name says iban but every value holds four letters or digits "
                                  "at most: the last digits of an account, which name no account",
                                  values_kind=values_kind)
        if by_name is Kind.IBAN and _account_numbers(values) and not context.business:
            return _review(name, "name says a bank account and the values are account numbers of five to twenty "
                           "digits, no IBAN: a domestic account number, which no kind names (masked by default)",
                           Kind.NONE.value)
        if by_name is Kind.FREE_TEXT and structured.startswith("values are an enumeration") and rows >= 100 and (
                contact_text_share(values) == 0) and len(values) <= 0.05 * rows and not any(
                _SCANNED.search(v) for v in values):  # notes the free-text scan masked held personal data
            return Classification(name, Kind.NONE, 0.7, f"name says free_text but {structured}, holding no e-mail "
                                  "address or phone number: a catalogue's descriptions, not notes people write",
                                  values_kind=values_kind)
        if contradicts and by_name in _PERSON_KINDS and structured.startswith("values are an enumeration") and (
                _titled_people(values, named=True)):
            return Classification(name, Kind.PERSON_NAME, 0.8, f"name says {by_name.value} and half the sampled "
                                  "values or more are people with a title or credentials, a few repeated across rows: "
                                  "the staff the rows name", values_kind=values_kind)
        if contradicts and by_name is not Kind.FREE_TEXT and not enum_only:
            if structured.startswith("values are an enumeration") and (
                    staff := _staff(name, by_name, strength, values, context, values_kind)):
                return staff  # (round 16: a doctor's ``Морозов И. А.``, a caseworker's ``Peeters H.``)
            return Classification(name, Kind.NONE, 0.8, f"name says {by_name.value} but {structured}",
                                  values_kind=values_kind)
        if by_name in _PERSON_KINDS and values and (share := company_share(values)) >= 0.4:
            return Classification(name, Kind.NONE, 0.7, f"name says {by_name.value} but {share:.0%} of sampled values "
                                  "name companies (a legal form, a business word or a domain name)", values_kind=values_kind)
        if by_name in _PERSON_KINDS and structured.startswith("values are an enumeration") and _capital_codes(values):
            return Classification(name, Kind.NONE, 0.75, f"name says {by_name.value} but {structured} of codes in "
                                  "capitals, none a known name: a product family's or a category's codes",
                                  values_kind=values_kind)
        if by_name in _NAME_KINDS and structured.startswith(_NEVER_NAMES):
            return Classification(name, Kind.NONE, 0.75, f"name says {by_name.value} but {structured}",
                                  values_kind=values_kind)
        if by_name is Kind.PERSON_NAME and "mother" in name_words(name, context.prefix) and len(values) >= 5 and (
                name_shape(values, 1, 1)[0] >= 0.9):
            # (round 74: ``imie_ojca``, ``baba_adi``, ``anne_adi``: forms ask for a parent's given name, a word a value)
            return Classification(name, Kind.FIRST_NAME, 0.85, "name says a parent's name and nine values in ten or "
                                  "more are one word shaped like a name: the parent's given name, as identity forms "
                                  "ask for it (a father's or a mother's)", values_kind=values_kind)
        if by_name in (Kind.FIRST_NAME, Kind.LAST_NAME) and _full_names(values, by_name is Kind.LAST_NAME):
            return Classification(name, Kind.PERSON_NAME, 0.85, f"name says {by_name.value}, but most sampled values "
                                  "hold two to four name words: full names", values_kind=values_kind)
        if by_name is Kind.STREET_ADDRESS and set(name_words(name, context.prefix)) == {"line"} and evidence and (
                evidence[0].kind in (Kind.LAST_NAME, Kind.FIRST_NAME, Kind.PERSON_NAME)) and not any(
                ch.isdigit() for v in values for ch in v):
            # "ln" is a line as much as a last name: known names without a house number are names
            return Classification(name, evidence[0].kind, 0.8, f"name says an address line, read as \"ln\", but "
                                  f"{evidence[0].detail} and none holds a digit", values_kind=values_kind)
        if by_name is Kind.PERSON_NAME and "name" in name_words(name, context.prefix) and (
                stem := _name_stem(name, context.prefix)) in context.given_stems and stem not in (
                context.family_stems) and values and sum(map(_one_family_name, values)) >= 0.9 * len(values):
            return Classification(name, Kind.LAST_NAME, 0.8, "a bare name beside a given-name column qualified alike "
                                  "and no family-name column, holding one name per value (a particle allowed): the "
                                  "family name", values_kind=values_kind)
        if by_name is Kind.PERSON_NAME and context.has_surname and set(name_words(name, context.prefix)) == {"name"} \
                and _share_one_word(values) >= 0.9:
            return Classification(name, Kind.FIRST_NAME, 0.85, "a bare name beside a surname column, holding one word "
                                  "per value: the given name", values_kind=values_kind)
        if by_name is Kind.PERSON_NAME and context.has_surname and set(name_words(name, context.prefix)) == {"name"} \
                and _given_names_shape(values, context.family_names):
            # (round 50: Spanish ``nombres`` beside ``apellidos``: a person's given names, ``María José``)
            return Classification(name, Kind.FIRST_NAME, 0.8, "a bare name beside a surname column, holding one or "
                                  "two words per value, most one or none the table's family names: the given names",
                                  values_kind=values_kind)
        if by_name is Kind.POSTAL_CODE and "street" in name_words(name, context.prefix) and (
                share := street_shape_share(values)) >= 0.8 and postal_share(values, context.regions)[0] < 0.5:
            # (Czech ``ulice_cp``: "cp" is the house's číslo popisné beside the street, not a code postal)
            return Classification(name, Kind.STREET_ADDRESS, 0.8, f"name says a street and a code; {share:.0%} of "
                                  "sampled values are street lines with a house number, not postal codes",
                                  values_kind=values_kind)
        if by_name is Kind.PERSON_NAME and name_words(name, context.prefix) == ["role"] and len(values) >= 2 and (
                _share_one_word(values) >= 0.9 and name_shape(values)[0] >= 0.8):
            # (a hairdresser, a mechanic, a driver named by one word: the given name staff go by, unless the census
            # knows most of the words as family names and none as a given name)
            if (staff := _staff(name, by_name, strength, values, context, values_kind)) and (
                    staff.kind is Kind.PERSON_NAME):
                return staff  # (round 16: ``松本さん``, a name and an honorific)
            if _honorific_share(values) >= 0.8:  # (round 15: ``Yamada-sensei``, a name and an honorific)
                return Classification(name, Kind.PERSON_NAME, 0.8, "name says a person's role and the values are a "
                                      "name joined to an honorific: the name staff go by", values_kind=values_kind)
            _full, first, last = name_shares(values)
            script = name_shape(values)[1]
            if script.startswith("HANGUL") and sum(len(v) >= 2 for v in values) >= 0.8 * len(values):
                # (round 37: Korean writes a full name in two to four syllables, its family name in one: ``허경희``)
                return Classification(name, Kind.PERSON_NAME, 0.8, "name says a person's role and the values are "
                                      "Korean full names (a family name of one syllable, then the given name, "
                                      "unspaced)", values_kind=values_kind)
            if script.startswith("CJK") and _chinese_full_names(values):
                return Classification(name, Kind.PERSON_NAME, 0.8, "name says a person's role and the values are "
                                      "Chinese full names (one of the common family names, then a given name of "
                                      "one or two characters, unspaced)", values_kind=values_kind)
            part = Kind.LAST_NAME if last >= 0.8 and last > first or script.startswith(
                _UNSPACED) else Kind.FIRST_NAME  # (round 20: Japanese, Chinese, Korean staff go by the family name;
            # round 24: more of them family names than given names, as ``Winslow`` is both)
            return Classification(name, part, 0.8, f"name says a person's role and the values are one name word "
                                  f"each: the {'family' if part is Kind.LAST_NAME else 'given'} name staff go by",
                                  values_kind=values_kind)
        agreed = next((e for e in evidence if e.kind is by_name), None)
        how = f"; {agreed.detail}" if agreed else ""
        return Classification(name, by_name, 0.95 if agreed else 0.9, f"name says {by_name.value}{how}",
                              values_kind=values_kind)
    if by_name is Kind.PERSON_NAME and values and (share := company_share(values)) >= 0.6:
        return Classification(name, Kind.NONE, 0.7, f"name suggests person_name but {share:.0%} of sampled values "
                              "name companies (a legal form, a business word or a domain name)", values_kind=values_kind)
    if (by_name is None and not context.named_postal or by_name is Kind.STREET_ADDRESS and strength == "weak") and (
            context.has_place) and not (evidence or _card_expiries(values) or _prefixed_codes(values) or (
                name in context.city_keys)):
        # (round 28: not a city's own code, one to a city and one city to it: ``COD_INE``, a FIPS code)
        # (a weak address name, an address word with a qualifier the vocabulary lacks: ``addr_pc``, holds its codes)
        share, country = postal_share(values, context.regions)
        if share >= 0.9 and (len(values) >= 8 or len(values) >= 3 and distinct >= 0.5 * rows) and not key_run(
                values) and (context.regions or distinct < 0.9 * rows or _short_codes(values) or not all(
                    v.replace("-", "").isdigit() for v in values)) and (
                bare_ssn_share(values) < 0.97):
            # (round 42: people's postal codes vary, and not as a run of keys; of a country the table does not
            # name, they repeat, as several people share one, or have the four or five characters most countries'
            # have: a constant ``017``, ``000``-``010`` or an account number unique to its row only happen to fit
            # some country's digits)
            return Classification(name, Kind.POSTAL_CODE, 0.7, f"{share:.0%} of sampled values fit {country} "
                                  "postal codes, beside a city, country or address column", values_kind=values_kind)
    if structured.startswith("values are an enumeration") and evidence and evidence[0].kind is Kind.CITY and (
            context.people and not context.business and len(values) >= 3 and (evidence[0].share >= 0.9 or len(
                values) >= 5 and evidence[0].share >= 0.65 and not any(ch.isdigit() for ch in name))) and not all(
            v.isupper() and len(v) <= 4 for v in values):  # (``POS``, ``CRM``: a system's codes, in capitals)
        # (a few codes of which some happen to be places' alternate names, airports or countries, are no cities;
        # round 18: five or more distinct values, two in three of them GeoNames places, as a town's villages and
        # small towns GeoNames may lack stand beside its cities: ``Give`` beside ``Vejle``; not under an opaque
        # spreadsheet name, ``F46``, where a tour's destinations are as likely)
        return Classification(name, Kind.CITY, 0.7, f"{evidence[0].detail}; a few distinct cities in a table about "
                              "people are still where people live", values_kind=values_kind)
    if structured.startswith("values are an enumeration") and by_name is None and context.people and not (
            context.business) and context.street_values and len(values) >= 4 and not (evidence and evidence[0].kind in (
                _NAME_KINDS - {Kind.CITY}) and evidence[0].share >= 0.5) and (towns := town_share(values)) >= 0.8:
        # (round 42: a co-op's or a payroll feed's members live in a few small towns GeoNames' cities of 15,000
        # lack, ``Vildbjerg``, ``Tunnel Hill``, beside their street lines)
        return Classification(name, Kind.CITY, 0.65, f"{towns:.0%} of {len(values)} distinct values repeated across "
                              f"rows are towns and villages (GeoNames' places of 500+ people), beside a street column "
                              "in a table about people: where they live", values_kind=values_kind)
    if not set(name_words(name, context.prefix)) & _PLACE_WORDS and (structured.startswith(
            "values are an enumeration") and len(values) >= 3 and (
            evidence and evidence[0].kind is Kind.PERSON_NAME and evidence[0].share >= 0.8
            or by_name is Kind.PERSON_NAME and name_shape(values, 2)[0] >= 0.8) and _common_word_share(values) < 0.5
            or (structured.startswith("values are an enumeration") or not structured and by_name in (
                None, Kind.PERSON_NAME) and _few_repeated(values, rows, distinct)) and _staff_names(values)):
        # (round 21: not under a place's name, ``χώρος_εκδήλωσης``: an event's venues are named as people are)
        how = evidence[0].detail if evidence and evidence[0].kind is Kind.PERSON_NAME and (
            evidence[0].share >= 0.8) else "name suggests person_name; values are two to four words shaped like names" \
            if by_name is Kind.PERSON_NAME else "values are people's full names (given and family name, a title left out)"
        return Classification(name, Kind.PERSON_NAME, 0.7, f"{how}; a few distinct full names repeated across rows are "
                              "still people (brokers, doctors, caseworkers)", values_kind=values_kind)
    if structured.startswith("values are an enumeration") and by_name is None and len(values) >= 6 and (
            context.people and not context.business) and lexical and lexical.share >= 0.9 and _few_names(values):
        return _review(name, f"the name says nothing and {lexical.detail}, a few of them repeated across rows: "
                       "names of a few people, or categories that happen to be names", values_kind)
    if by_name is Kind.PERSON_NAME and strength == "weak" and "role" in name_words(name, context.prefix) and (
            structured.startswith("values are an enumeration") or not structured and _few_repeated(
                values, rows, distinct)) and len(values) >= 2 and _few_names(uncapped := _uncapped(values)) and (
            name_shape(uncapped, 2)[0] >= 0.8) and company_share(values) < 0.4:
        # (``GESTOR_PROY``, a project's manager: a role qualified by a word the vocabulary lacks, naming a few staff
        # by their full names, which may share a given or family name; one word a value is a product's or a tool's:
        # a database manager's ``PostgreSQL``; round 56: in capitals, as a COBOL extract writes them)
        return Classification(name, Kind.PERSON_NAME, 0.7, "a person's role qualified by a word the vocabulary "
                              "lacks, holding a few distinct values shaped like names repeated across rows: the staff "
                              "in that role (a project's manager)", values_kind=values_kind)
    if by_name is Kind.PERSON_NAME and strength == "weak" and "role" in name_words(name, context.prefix) and (
            structured.startswith("values are an enumeration") or not structured and _few_repeated(
                values, rows, distinct)) and len(values) >= 2 and _share_one_word(values) >= 0.9 and name_shape(
            values)[0] >= 0.8 and not any(fold(v) in calendar_words() for v in values) and (
            sum(name_shares(values)[1:]) >= 2 / 3):  # (round 24: two in three; one staff name the census lacks)
        # (round 14: ``KITSUKE_TANTO``, the dresser in charge: a role qualified by a word the vocabulary lacks, over
        # one word a value that the census knows as given or family names: the name staff go by; a product's or a
        # tool's one word, ``PostgreSQL``, is no census name)
        _full, first, last = name_shares(values)
        part = Kind.LAST_NAME if last > first else Kind.FIRST_NAME  # (round 24: more family names than given)
        return Classification(name, part, 0.7, "a person's role qualified by a word the vocabulary lacks, over one "
                              f"word a value that the census knows as {'family' if part is Kind.LAST_NAME else 'given'}"
                              " names, a few of them repeated across rows: the name the staff in that role go by",
                              values_kind=values_kind)
    if structured.startswith("values are an enumeration") and by_name is None and not name_words(
            name, context.prefix) and 3 <= len(values) < 6 and context.people and not context.business and (
            lexical and lexical.kind in (Kind.FIRST_NAME, Kind.PERSON_NAME) and lexical.share >= 0.8) and _few_names(
            values):  # (single census surnames are often words: Green, Brown, White)
        return _review(name, f"the name is opaque (no word) and {lexical.detail}, a few of them repeated across rows: "
                       "names of a few people, or categories that happen to be names", values_kind)
    if (structured.startswith("values are an enumeration") or not structured and not evidence and _few_repeated(
            values, rows, distinct)) and (staff := _staff(name, by_name, strength, values, context, values_kind)):
        # (round 16: a hut's keeper, a driving instructor's ``Sindre``, a cake shop's ``Pani Aleksandra``, a lab's
        # ``Testa L.``, a pet hotel's ``藤原さん``: the few staff a table about people names, by their values)
        return staff
    if structured.startswith("values are an enumeration") and (
            unnamed := _unnamed_staff(name, by_name, strength, values, context, values_kind)):
        return unnamed  # (round 22: ``raadgiver``, ``Temsilci``, ``HAITATSU_IN``: a role word the vocabulary lacks)
    if by_name is None and structured.startswith("values are codes") and name_words(name, context.prefix) == [
            "iddocument"] and context.people and distinct >= 0.8 * rows and (share := mixed_id_share(values)) >= 0.9:
        # (round 16: a bare ``documento`` holding the identity documents of several countries, row by row)
        return Classification(name, Kind.NATIONAL_ID, 0.7, f"named as an identity document; {share:.0%} of sampled "
                              "values pass an identity or tax number's check digit, each of its own country (python-"
                              "stdnum), and they vary row by row: the documents of people of several countries",
                              values_kind=values_kind)
    if by_name is None and not evidence and structured == "values are numbers" and context.people and not (
            context.business) and distinct >= 0.95 * rows and bare_ssn_share(values) >= 0.97:
        # (round 42: a payroll feed's ``F4``: nine digits, one per person, whose areas, groups and serials are those
        # the SSA issues and whose areas spread as people's do, where a region's ZIP+4 share a few)
        return _review(name, "the name says nothing and the values are nine digits, one per row, shaped as US "
                       "social security numbers are (no area 000, 666 or 900-999, no group 00, no serial 0000) with "
                       "areas as spread as people's; no recognizer confirms them", Kind.SSN.value)
    if structured:
        return Classification(name, Kind.NONE, 0.8, structured, values_kind=values_kind)
    if by_name is None and not evidence and _listed(values, rows):
        return Classification(name, Kind.NONE, 0.7, f"the name says nothing and {len(values)} distinct values repeat "
                              f"across {rows} rows, not shaped like people's names: a list of things (models, offices, "
                              "codes)", values_kind=values_kind)
    if evidence:
        found = evidence[0]
        if by_name is not None and any(e.kind is by_name for e in evidence):
            found = next(e for e in evidence if e.kind is by_name)
        if found.kind in _ADDRESS_KINDS and _business_owned(name, context):
            return Classification(name, Kind.NONE, 0.7, f"{found.detail}, but the table describes a business",
                                  values_kind=values_kind)
        return Classification(name, found.kind, round(min(0.9, 0.4 + found.share / 2), 2),
                              found.detail + _agrees(by_name, found), values_kind=values_kind)
    return _by_shape(name, by_name, values, rows, context, values_kind, distinct)


#: The word "by" that ends a name saying who did something (``checked_by``, Swedish ``utlamnad_av``, German
#: ``geprueft_von``, Dutch ``gecontroleerd_door``, Spanish ``firmado_por``, Polish ``wydane_przez``).
_AGENT_WORDS = frozenset({"by", "av", "af", "von", "door", "durch", "por", "par", "przez"})
#: What a name ending in "by" orders or groups rows by, not who did something (``order_by``, ``sort_by``).
_NOT_AGENTS = frozenset({"order", "sort", "sorted", "group", "grouped", "partition", "partitioned", "cluster",
                         "clustered", "split", "paid", "pay", "payment"})


#: Round 23: how a phone is written and a record's number is not: a leading ``+`` or an area code in brackets.
_PHONE_LEAD = re.compile(r"^(?:\+|\(\d)")


def _written_as_phones(values: list[str]) -> bool:
    """Round 23: three in ten values start as only phones do (:data:`_PHONE_LEAD`: ``+13128817108``, ``(312)
    555-0199``): numbers phonenumbers validates are phones even under a number's name (``dialed_number``), since a
    record's numbers are not written so.

    Example:
        >>> _written_as_phones(["+13128817108", "3173087620"]), _written_as_phones(["3128817108", "3173087620"])
        (True, False)
    """
    return bool(values) and sum(bool(_PHONE_LEAD.match(v)) for v in values) >= 0.3 * len(values)


def _luhn_fails(values: list[str]) -> bool:
    """Round 16: eight or more values, nearly all 12 to 19 digits (spaces and dashes allowed), at most one in five
    passing the Luhn check: no card numbers (every payment card's passes; a random number passes one time in ten).

    Example:
        >>> _luhn_fails([f"790581156316615{i}" for i in range(9)]), _luhn_fails(["4111 1111 1111 1111"] * 8)
        (True, False)
    """
    from stdnum import luhn

    digits = [d for v in values if (d := re.sub(r"[\s-]", "", v)).isdigit() and 12 <= len(d) <= 19]
    return len(values) >= 8 and len(digits) >= 0.9 * len(values) and sum(map(luhn.is_valid, digits)) <= 0.2 * len(
        digits)


#: Round 21: nouns for whoever entered, processed or changed a record, as audit columns name them in one word
#: (German ``Bearbeiter``, ``Ersteller``, ``Erfasser``; Turkish ``KaydiAcan``, "the one who opened the record",
#: ``Olusturan``, ``Kaydeden``, ``Duzenleyen``, ``Guncelleyen``; Dutch ``Invoerder``, ``Bewerker``; Swedish
#: ``Skapare``; Danish and Norwegian ``Opretter``/``Oppretter``; Czech ``Zpracoval``, ``Vytvoril``, ``Zadal``;
#: Polish ``Wprowadzil``, ``Utworzyl``; English ``creator``, ``editor``).
_ACTOR_NOUNS = frozenset({"bearbeiter", "ersteller", "erfasser", "acan", "olusturan", "kaydeden", "duzenleyen",
                          "guncelleyen", "invoerder", "bewerker", "skapare", "opretter", "oppretter", "zpracoval",
                          "vytvoril", "zadal", "wprowadzil", "utworzyl", "creator", "editor"})


def _agent(name: str) -> bool:
    """The name ends in "by" in some language after another word: it says who did something (``utlamnad_av``); or
    its last word is a noun for whoever entered or changed the record (round 21: ``Bearbeiter``, ``KaydiAcan``); or
    it says whom a ticket was assigned to (round 51: ``assigned_to``).

    Example:
        >>> _agent("utlamnad_av"), _agent("Bearbeiter"), _agent("KaydiAcan"), _agent("sort_by"), _agent("status")
        (True, True, True, False, False)
    """
    tokens = _name_tokens(name)
    return len(tokens) >= 2 and (tokens[-1] in _AGENT_WORDS and tokens[-2] not in _NOT_AGENTS or tokens[-2:] in (
        ["assigned", "to"], ["allocated", "to"], ["escalated", "to"])) or bool(tokens) and fold(
        tokens[-1]) in _ACTOR_NOUNS


#: Words saying who created or changed a record (``created_by``, ``lastUpdatedBy``).
_ACTOR = frozenset({"created", "updated", "modified", "changed"})


def _user_of(words: set[str], by_name: Kind | None) -> bool:
    """Round 20: the name is a bare user, or a user of a thing (``web_user``, ``user_app``): who logs in.

    Example:
        >>> _user_of({"person"}, Kind.PERSON_NAME), _user_of({"web", "person"}, Kind.NONE), _user_of({"web"}, Kind.NONE)
        (True, True, False)
    """
    return words == {"person"} or "person" in words and by_name is Kind.NONE


#: Round 38: things that bear names of their own, often people's (``Villa Sofia``, ``Casa Elena``), unlike a record
#: about a person (an application, a booking), whose "name" is the person's.
_NAMED_THINGS = frozenset({"restaurant", "restaurants", "restaurante", "ristorante", "alojamiento", "accommodation",
                           "hebergement", "unterkunft", "venue", "venues", "property", "listing", "product", "project",
                           "brand", "model", "campaign", "course", "team"})
#: Round 37: the last words of a name that sorts the rows into kinds (``MembershipType``, ``ticket_tier``): its values
#: are categories (``Junior``, ``Family``), whatever names they look like.
_CATEGORY_HEADS = frozenset({"type", "class", "status", "category", "tier", "level", "kind", "format", "rating",
                             "colour", "color", "segment"})


def _staff_under_thing(name: str, values: list[str], rows: int, distinct: int, context: TableContext,
                       values_kind: str) -> Classification | None:
    """Round 20: a name the vocabulary reads as a thing's (``assigned_agent``: an agency; Dutch ``makelaar``, a
    brokerage) over values that :func:`_staff` reads, with evidence enough to be ``personal``, as the few staff a
    table about people names: names of people stay personal whatever the column is called. Values decide; the name
    was only a prior. A thing's names (products, models, halls) fail :func:`_staff`'s guards; an animal's or a
    place's name (a horse's ``Pferd``: horses are named as people are) is no person's."""
    words = name_words(name, context.prefix)
    if set(words) & (_PLACE_WORDS | {"animal"}) or words and words[-1] in _CATEGORY_HEADS:
        return None  # (round 37: nor a thing's type, tier or status, ``MembershipType``: ``Junior``, ``Family``)
    structured = structured_reason(values, rows)
    if not (structured.startswith("values are an enumeration") or not structured and _few_repeated(
            values, rows, distinct)):
        return None
    staff = _staff(name, None, "", values, context, values_kind)
    if staff is None or staff.state != PERSONAL:
        return None
    return Classification(name, staff.kind, staff.confidence, "the name reads as something not personal, but "
                          + staff.evidence, PERSONAL, values_kind)


#: Round 23: an identifier a system generates: a short lower-case prefix and a separator (``usr_``, ``cus-``,
#: ``acct:``), if any, then hex digits (eight or more, two of them digits at least) or digits alone (four or more);
#: round 34: or, after a prefix, eight or more capitals and digits, one a digit at least (``usr_QFHH9V0P82``).
_GENERATED_ID = re.compile(r"^(?:[a-z]{1,6}[_:-])?(?=[0-9a-f]*[0-9][0-9a-f]*[0-9])[0-9a-f]{8,}$|^[a-z]{1,6}[_:-][0-9]{4,}$|"
                           r"^[a-z]{1,6}[_:-](?=[0-9A-Z]*[0-9])[0-9A-Z]{8,}$")


def _generated_ids(values: list[str]) -> bool:
    """Round 23: four in five values are identifiers a system generated (:data:`_GENERATED_ID`: ``usr_4caa1bd0ff8a``,
    ``cus-10442``), not handles a person chose: a user column of keys, joined on, not a login.

    Example:
        >>> _generated_ids(["usr_4caa1bd0ff8a", "usr_e8fce8af8c43"]), _generated_ids(["jdoe", "anna.berg7"])
        (True, False)
    """
    # (round 34: or tokens software generates, ``fcm:pqUwkngPmSx4neU1Rk6nBBXx``)
    return bool(values) and sum(bool(_GENERATED_ID.match(v)) or machine_token(v) for v in values) >= 0.8 * len(values)


def _typed_handle(value: str) -> bool:
    """A login handle as people type one: a handle in lower case, or with a dot, an underscore or digits after its
    letters (``jdoe``, ``anna.berg7``); a capitalized word (``Paris``) or a code in capitals (``AB12``) is none.

    Example:
        >>> [_typed_handle(v) for v in ("jdoe", "anna.berg7", "Paris", "AB12", "12ab")]
        [True, True, False, False, False]
    """
    return bool(_HANDLE.match(value)) and (value.islower() or any(ch in value for ch in "._") and not value.isupper())


#: Words of the accounts programs run under (a service, a batch job, a loader, an interface): ``svc_crm``,
#: ``import_batch``, ``etl_sap``.
_SYSTEM_WORDS = frozenset({"svc", "service", "etl", "batch", "import", "export", "sync", "api", "bot", "cron", "job",
                           "system", "sys", "integration", "migration", "scheduler", "daemon", "robot", "script",
                           "loader", "feed", "interface", "automation",
                           # (round 40) integration and interface in other languages (``integracao_vtex``)
                           "integracao", "integracion", "integrazione", "integratie", "schnittstelle", "interfaz"})


#: Round 40: a login of one word, as two staff's may be (an initial and a family name: ``meggert``).
_LOGIN_WORD = re.compile(r"^[a-z]{5,10}$")


def _system_accounts(values: list[str]) -> bool:
    """Round 21: four in five handles name a program's account (a part of each is :data:`_SYSTEM_WORDS`'), not a
    person's: who loaded an item master's rows (``svc_pim``, ``import_batch``), which no person is.

    Example:
        >>> _system_accounts(["svc_pim", "import_batch", "etl_sap"]), _system_accounts(["jdoe", "svc_pim", "amiller"])
        (True, False)
    """
    return bool(values) and sum(bool(set(re.split(r"[._-]+", fold(v))) & _SYSTEM_WORDS) for v in values) >= 0.8 * len(
        values)


def _handle_names_person(handle: str) -> bool:
    """A login handle spelling a person's name: ``given.family``, ``family_g`` (two or three parts, each of two letters
    or more a known given or family name, one part an initial at most), or one word of an initial and a family name
    (``jdoe``-like ``gfraser``, ``krugerm``), or (round 42) of a given name of five letters or more and the first two
    to four of a family name (``bethanywhi``, ``nevilleheb``).

    Example:
        >>> [_handle_names_person(v) for v in ("anna.berg", "gfraser", "krugerm", "admin", "order.status")]
        [True, True, True, False, False]
        >>> [_handle_names_person(v) for v in ("bethanywhi", "nevilleheb", "kimono", "danger")]
        [True, True, False, False]
    """
    given, family = given_and_family_names()
    parts = [p.rstrip("0123456789") for p in re.split(r"[._-]+", fold(handle))]
    parts = [p for p in parts if p]
    if len(parts) >= 2:  # given.family, given.m.family, family_g: every word a known name, one an initial at most
        long = [p for p in parts if len(p) >= 2]
        return len(parts) <= 3 and bool(long) and len(parts) - len(long) <= 1 and all(
            p.isalpha() for p in parts) and any(len(p) >= 3 for p in long) and all(
            p in given or p in family for p in long)
    word = parts[0] if parts else ""
    if len(word) < 5 or word in given or word in family:  # a word that is a name itself (``green``) is no handle
        return False
    census = census_names()[1]
    return word[1:] in census or word[:-1] in census or len(word) == 8 and _starts_family_name(word[1:]) or any(
        word[:cut] in given for cut in range(len(word) - 2, max(4, len(word) - 5), -1))  # (round 42: ``bethanywhi``)


def _starts_family_name(stem: str) -> bool:
    """Round 37: ``stem`` (seven letters) starts a census family name longer than it: a login cut at eight characters,
    as older systems cut them (``pkowalsk``, ``mwitkows``).

    Example:
        >>> _starts_family_name("kowalsk"), _starts_family_name("qzxwvut")
        (True, False)
    """
    names = _sorted_family_names()
    at = bisect.bisect_left(names, stem)
    return at < len(names) and names[at] != stem and names[at].startswith(stem)


@lru_cache(maxsize=1)
def _sorted_family_names() -> tuple[str, ...]:
    return tuple(sorted(census_names()[1]))


def _staff_handles(values: list[str]) -> bool:
    """Nearly all values login handles as people type them and most of them spelling a person's name (round 40: after
    a head all of them share, a role's ``csr_`` or a domain's ``corp\\``).

    Example:
        >>> _staff_handles(["csr_asantos", "csr_jgill", "csr_mleblanc", "csr_twong"]), _staff_handles(["a1", "b2"])
        (True, False)
        >>> _staff_handles(["LLUMB", "KCROSSLE", "AKOWALCZ", "BMAHMOOD"]), _staff_handles(["NORTH", "SOUTH", "WEST"])
        (True, False)
        >>> _staff_handles(["ville.salonen", "maria.koskinen", "maria.salonen"]), _staff_handles(["payment.failed",
        ...     "refund.settled", "payment.expired"])
        (True, False)
    """
    values = _login_forms(values)
    return sum(_typed_handle(v) for v in values) >= 0.8 * len(values) and (sum(
        _handle_names_person(v) for v in values) >= 0.6 * len(values) or sum(
        map(_dotted_name, values)) >= 0.6 * len(values) and sum(bool(_DOTTED_PAIR.match(v)) for v in values) >= (
            0.8 * len(values)))


def _dotted_name(handle: str) -> bool:
    """Round 43: two words joined by a dot, one of them a known given or family name (``maria.koskinen``; not
    ``payment.failed``, ``gmail.com``)."""
    if not (match := _DOTTED_PAIR.match(handle)):
        return False
    given, family = given_and_family_names()
    words = match.group().rstrip("0123456789").split(".")
    return any(w in given or w in family for w in words) and not any(w in WORDS or w in OBJECTS for w in words)


#: Round 42: a login written as two words joined by a dot (``ville.salonen``), whatever language the names are in.
_DOTTED_PAIR = re.compile(r"^[a-z]{2,}\.[a-z]{2,}\d{0,3}$")


def _login_forms(values: list[str]) -> list[str]:
    """Round 40: handles as a login is typed: after the head all of them share (:func:`_headless`), and in lower case
    when all are in capitals of ten letters at most, as a mainframe's are (``KCROSSLE``).

    Example:
        >>> _login_forms([r"MSIP\\connor_d", r"MSIP\\sophie_z", r"MSIP\\yannick_t"]), _login_forms(["LLUMB", "YDIAZ", "KCROSSLE"])
        (['connor_d', 'sophie_z', 'yannick_t'], ['llumb', 'ydiaz', 'kcrossle'])
    """
    values = _headless(values)
    if values and all(v.isupper() and len(v) <= 10 for v in values):
        return [v.lower() for v in values]
    return values


def _headless(values: list[str]) -> list[str]:
    """Round 40: handles with the head nearly all of them share cut off (``csr_asantos`` as ``asantos``): a role's or a
    domain's mark, which says nothing of whose handle it is.

    Example:
        >>> _headless(["csr_asantos", "csr_jgill", "csr_twong"]), _headless(["anna.berg", "anna.lund"])
        (['asantos', 'jgill', 'twong'], ['anna.berg', 'anna.lund'])
    """
    heads = [m.group(0) for v in values if (m := _HANDLE_HEAD.match(v))]
    if len(values) < 3 or not heads or heads.count(top := max(set(heads), key=heads.count)) < 0.8 * len(values):
        return values
    return [v.removeprefix(top) for v in values]


#: A handle's head: a short word before an underscore or a backslash (``csr_``, ``corp\\``).
_HANDLE_HEAD = re.compile(r"^[a-z]{2,5}[_\\]", re.IGNORECASE)


#: Round 22: the forms of a person's login a directory gives its staff, one way for all: ``given.family``,
#: ``given_f`` (a name and an initial), ``family42`` (a name and a number).
_HANDLE_TEMPLATES = (re.compile(r"^([^\W\d_]{3,})[._]([^\W\d_]{1,})$"), re.compile(r"^([^\W\d_]{4,})\d{1,4}$"))


def _templated_handles(values: list[str]) -> bool:
    """Round 22: two to eight lower-case handles written in one of :data:`_HANDLE_TEMPLATES` alike, sharing no word
    all of them hold (``open_case``, ``closed_case`` and ``tier01``, ``tier02`` share theirs; two staff may share a
    family name) and none the classifier's
    vocabulary or a program's account word: the logins of a few staff, told by their form where the census lacks
    their names (Czech, Greek, Japanese ones).

    Example:
        >>> _templated_handles(["jana.novakova", "petr.dvorak"]), _templated_handles(["open_case", "closed_case"])
        (True, False)
        >>> _templated_handles(["tier01", "tier02"]), _templated_handles(["svc_crm", "etl_sap"])
        (False, False)
    """
    for template in _HANDLE_TEMPLATES:
        matches = [template.match(v) for v in values]
        if 2 <= len(values) <= 8 and all(m and v.islower() for m, v in zip(matches, values)):
            parts = [{fold(w) for w in m.groups()} for m in matches]
            return not set.intersection(*parts) and not any(
                w in WORDS or w in OBJECTS or w in QUALIFIERS or w in _SYSTEM_WORDS for ws in parts for w in ws)
    return False


def _at_handles(values: list[str]) -> bool:
    """Round 22: nine in ten values are handles after an @ (``@anna.berg``), as social networks write an account: a
    person's, whatever the column is called (a ``tag``).

    Example:
        >>> _at_handles(["@anna.berg", "@jdoe"]), _at_handles(["@home", "office"])
        (True, False)
    """
    return bool(values) and sum(v.startswith("@") and bool(_HANDLE.match(v)) for v in values) >= 0.9 * len(values)


#: A login handle: one token of letters, digits, dots or underscores (a slug's hyphens are not), starting with a letter (or ``@``),
#: after a platform's prefix if any (Skype's ``live:`` and ``live:.cid.``).
_HANDLE = re.compile(r"^@?(?:[a-z]{2,8}:\.?)?[^\W\d_][\w.]{1,31}$")
#: A FHIR token: an identifier's naming system (a URL or URN) and its value, ``http://hl7.org/fhir/sid/us-ssn|...``.
_TOKEN = re.compile(r"^(?:https?://|urn:)[^|\s]*\|(?=[^|]+$)")


#: Prefixes, suffixes and degrees HL7 writes after a name's given names (XPN and XCN components 4-7).
_AFFIXES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "jr", "sr", "ii", "iii", "iv", "md", "phd", "rn",
                      "do", "dds", "np", "pa"})


def _components(values: list[str]) -> list[str]:
    """HL7 v2 composite values (``SMITH^JOHN^^^DR``, ``1234^SMITH^JOHN``) as the words of their name components:
    empty components, identifiers (digits) and the trailing title, degree or type codes left out.

    Example:
        >>> _components(["SMITH^JOHN^A^^MR", "2750236624^DOE^JANE^^^DR"])
        ['SMITH JOHN A', 'DOE JANE']
    """
    out = []
    for value in values:
        parts = [p.strip() for p in value.split("^")]
        parts = [p for p in parts if p and not any(ch.isdigit() for ch in p)]
        while len(parts) > 2 and fold(parts[-1]).rstrip(".") in _AFFIXES:
            parts.pop()  # a prefix, suffix or degree after the name (MR, DR, MD)
        out.append(" ".join(parts))
    return out


#: A JSON key shaped as a field's name (``first_name``, ``email``), which evidence may quote.
_FIELD_NAME = re.compile(r"^[A-Za-z_][A-Za-z_]{0,39}$")


def _json_column(name: str, values: list[str], rows: int, values_kind: str) -> Classification | None:
    """Round 33: a column of JSON documents under a name that says nothing or "not personal" (a connector's
    ``_airbyte_meta``, an event's ``context``, round 34: a CDP's ``device_ids``) is judged by what the documents hold:
    a key that names personal data or a leaf holding an e-mail address or phone number makes it text to scan; keys
    that name none over leaves that are numbers, flags, dates, codes or a few repeated words make it metadata;
    anything else is left to the rules after.

    Example:
        >>> _json_column("_airbyte_meta", ['{"changes": [], "sync_id": %d}' % i for i in range(40)], 40, "").kind.value
        'none'
        >>> _json_column("context", ['{"traits": {"email": "a%d@x.io"}}' % i for i in range(40)], 40, "").kind.value
        'free_text'
    """
    documents = json_documents(values)
    if documents is None:
        return None
    keys, leaves = documents
    # (a bare ``name`` key names a product or a device as often as a person: its fields decide)
    personal = sorted({k for k in keys if kind_from_name(k)[0] not in (None, Kind.NONE) and name_words(k) != ["name"]})
    structured = not leaves or structured_reason(leaves, rows)
    if personal or not structured and contact_text_share(leaves) > 0:
        # (a key is quoted only when shaped as a field's name: a map keyed by values, ``{"ann@email.com": 3}``, is
        # counted, never quoted)
        shown = [k for k in personal if _FIELD_NAME.match(k)][:5]
        said = f"{len(personal)} key{'s' if len(personal) > 1 else ''} that name personal data (" + (
            ", ".join(shown) or "not quoted") + ")" if personal else (
            "e-mail addresses or phone numbers in their fields")
        return Classification(name, Kind.FREE_TEXT, 0.7, f"values are JSON documents holding {said}: text to scan",
                              values_kind=values_kind)
    if structured:
        return Classification(name, Kind.NONE, 0.75, "values are JSON documents whose keys name no personal data and "
                              "whose fields hold only numbers, flags, dates, codes or a few repeated words: metadata",
                              values_kind=values_kind)
    return None


def _business_owned(name: str, context: TableContext) -> bool:
    """The table describes a business and the column is its own, not that of the person attached to it: a column
    qualified by the same word the vocabulary lacks as the attached person's name (SAP's contact person ``AP_NAMEV``
    beside ``AP_TELF1``) is that person's."""
    return context.business and not set(unknown_words(name, context.prefix)) & context.staff_words


def _international(values: list[str]) -> bool:
    """Nearly all values are written with a country code: ``+``/``00`` first, or the digits of one without the ``+``."""
    prefixed = sum(v.startswith(("+", "00")) for v in values)
    return bool(values) and (prefixed >= 0.9 * len(values) or unprefixed_phone_share(values) >= 0.9)


def _bare_code(name: str, context: TableContext) -> bool:
    """The name is a bare "code" in some language (``Code``, ``kod``, ``код``): it names no thing the code is of."""
    return name_words(name, context.prefix) == ["code"]


def _bare_number(name: str, context: TableContext) -> bool:
    """Round 21: the name is a bare "code" or "number" (``kod``, ``nr``), or a person's number (``guest_no``,
    ``member_number``; round 64 reads ``contact_no`` as a phone): it names no thing, so the values say what the
    number is.

    Example:
        >>> _bare_number("member_number", TableContext()), _bare_number("order_no", TableContext())
        (True, False)
    """
    words = set(name_words(name, context.prefix))
    return words in ({"code"}, {"number"}, {"person", "number"}) or "number" in words and len(words) == 2 and bool(
        words & _WHOSE_NUMBER) or _app_number(name, context)


#: Round 42: a year, after a word saying it is approximate (``ABT 1836``, ``ca. 1790``, ``BEF 1901``), or a month
#: and a year, or a day, a month and a year, as GEDCOM writes a date (``JUL 1933``, ``20 APR 1943``).
_APPROXIMATE_YEAR = re.compile(r"(?i)^(?:(?:abt|about|bef|before|aft|after|est|cal|circa|ca\.?|c\.)\s*)?"
                               r"(?:\d{1,2}\s+)?(?:[a-z]{3,9}\.?\s+)?(?:(?:0?[1-9]|1[0-2])[/.-])?(\d{4})$")
#: Round 46: a document's words (round 60: ``DocumentNummer`` too), whose number is an identity document's only in a
#: table about people.
_DOCUMENT = frozenset({"doc", "docs", "document"})
#: Round 60: a year and its month, year first (``1963-06``).
_YEAR_MONTH = re.compile(r"^(\d{4})[/.-](?:0?[1-9]|1[0-2])$")


def _birth_years(values: list[str]) -> bool:
    """Round 42: nine in ten of ``values`` are dates of years from 1500 to this one, a year alone, approximate or after
    a month, and they vary; (round 60) a month and year of birth as a register of companies' owners keeps it
    (``06/1963``, ``1963-06``).

    Example:
        >>> _birth_years(["1934", "ABT 1836", "JUL 1933", "20 APR 1943", "1990"]), _birth_years(["2024", "2024", "0815"])
        (True, False)
        >>> _birth_years(["06/1963", "02/1992", "08/1998", "1971-11"]), _birth_years(["13/1963", "02/1992", "08/1998"])
        (True, False)
    """
    years = [int(m.group(1)) for v in values if (m := _APPROXIMATE_YEAR.match(v.strip()) or _YEAR_MONTH.match(
        v.strip()))]
    return len(set(years)) >= 3 and len(years) >= 0.9 * len(values) and all(
        1500 <= y <= date.today().year for y in years)


def _short_codes(values: list[str]) -> bool:
    """Round 42: nine in ten of ``values`` have four or five characters, as most countries' postal codes do.

    Example:
        >>> _short_codes(["4120", "6816", "75008"]), _short_codes(["83691036", "19695125"])
        (True, False)
    """
    return sum(4 <= len(v.replace(" ", "")) <= 5 for v in values) >= 0.9 * len(values)


#: Round 42: whose or which number a qualifier says (``HomeNumber``, ``alt_number``): a person's, of no thing.
_WHOSE_NUMBER = frozenset({"home", "private", "personal", "alt", "other", "second", "secondary", "direct", "work"})


#: Round 22: a value written as a phone is: digits, spaces, a leading ``+``, dashes, dots and brackets (a register's
#: ``2023/01234`` is a year and a number, not a phone).
_PHONE_WRITTEN = re.compile(r"^\+?[\d\s().-]+$")


def _app_number(name: str, context: TableContext) -> bool:
    """Round 22: the name is a "number" qualified by one word the vocabulary lacks (``whatsapp_no``, ``SWISH_NR``,
    ``mobilepay_nr``: a payment or messaging app's name), so it names no thing the vocabulary knows as numbered
    (``order_no``): the values say what the number is, and a person's phone is what such apps are keyed by.

    Example:
        >>> _app_number("mobilepay_nr", TableContext()), _app_number("order_no", TableContext())
        (True, False)
    """
    words = name_words(name, context.prefix)
    unknown = unknown_words(name, context.prefix)
    return len(words) == 2 and "number" in words and len(unknown) == 1 and len(unknown[0]) >= 4 and (
        unknown[0].isalpha())


def _people_phones(pattern: ValueEvidence, values: list[str], rows: int, distinct: int, context: TableContext) -> bool:
    """Nearly all values are valid phones (90%), twenty or more distinct ones varying row by row (half the rows), in
    a table about people that describes no business: each row's own phone, whatever the column is called."""
    return pattern.share >= 0.9 and len(values) >= 20 and rows >= 30 and distinct >= 0.5 * rows and (
        context.people and not context.business)


_PERSON_KINDS = frozenset({Kind.PERSON_NAME, Kind.FIRST_NAME, Kind.LAST_NAME})
#: Words of places: a name of one (a prefecture's ``todofuken_mei``) is no person's.
_PLACE_WORDS = frozenset({"region", "city", "street", "country", "postcode", "place"})
#: Name words that say which part of a person's name a column holds, whatever else the name says.
_NAMED_PART_WORDS = ("first", "last", "surname", "middle", "full")
_NAMED_PART = {frozenset({"first"}): Kind.FIRST_NAME, frozenset({"last"}): Kind.LAST_NAME,
               frozenset({"surname"}): Kind.LAST_NAME, frozenset({"middle"}): Kind.PERSON_NAME,
               frozenset({"full"}): Kind.PERSON_NAME}


def _capital_codes(values: list[str]) -> bool:
    """Round 21: every value two to four capital letters (``ELE``, ``HOG``), fewer than half of them a census given
    or family name: a Spanish item master's ``familia`` (a product family) holds such codes; Chinese family names in
    capitals (``LI``, ``WANG``) are known names.

    Example:
        >>> _capital_codes(["ELE", "HOG", "JRD"]), _capital_codes(["LI", "WANG", "CHEN"])
        (True, False)
    """
    given, family = given_and_family_names()
    return bool(values) and all(v.isalpha() and v.isupper() and 2 <= len(v) <= 4 for v in values) and sum(
        v.lower() in given or v.lower() in family for v in values) < 0.5 * len(values)


def _uncapped(values: list[str]) -> list[str]:
    """Round 56: ``values`` in title case when every one is written in capitals (``BRENNAN AMUNDSEN``, as a COBOL
    extract writes names), so that their shape can be read as a name's; otherwise as they are.

    Example:
        >>> _uncapped(["BRENNAN AMUNDSEN", "TORIN MULCAHEY"]), _uncapped(["Ann Lee", "BOB"])
        (['Brennan Amundsen', 'Torin Mulcahey'], ['Ann Lee', 'BOB'])
    """
    if values and all(v.isupper() for v in values):
        return [v.title() for v in values]
    return values


def _few_names(values: list[str]) -> bool:
    """A handful of distinct values that are one to four words shaped like names, none a day or month name: the
    first names, surnames or patronymics of a column drawn from few people, not an enumeration of things.

    Example:
        >>> _few_names(["Олегович", "Юрьевна", "Андреевна"]), _few_names(["Monday", "Tuesday"]), _few_names(["A", "B"])
        (True, False, False)
        >>> _few_names(["山田", "岡田", "中村"]), _few_names(["仙台駅前校", "金沢香林坊校"])
        (True, False)
    """
    calendar = calendar_words()
    # (a word of five or more characters of a script that writes names without spaces is a place or a thing:
    # ``仙台駅前校``; a Chinese, Japanese or Korean name is two to four)
    long_unspaced = sum(len(v) > 4 and all(unicodedata.name(ch, "").startswith(_UNSPACED) for ch in v) for v in values)
    return name_shape(values)[0] >= 0.8 and not all(fold(v).rstrip(".") in calendar for v in values) and (
        long_unspaced < 0.2 * len(values))


def _few_given_names(by_name: Kind | None, values: list[str]) -> bool:
    """Round 15: named as a given name, eight or more distinct values, each one word, half of them given names the
    census knows (round 59: three in five in capitals): a bride's or a pupil's given name drawn from few (a boat's or a
    product's name, which a qualified given-name column may hold, is seldom a census given name).

    Example:
        >>> _few_given_names(Kind.FIRST_NAME, ["Ilaria", "Martina", "Elisa", "Serena", "Giulia", "Arianna", "Beatrice", "Chiara"])
        True
        >>> _few_given_names(Kind.FIRST_NAME, ["Aurora", "Stella", "Ondina", "Sirena", "Vela", "Brezza", "Onda", "Mare"])
        False
        >>> _few_given_names(Kind.FIRST_NAME, ["MARY", "JAMES", "LINDA", "ROBERT", "SUSAN", "DAVID", "KAREN", "PAUL"])
        True
    """
    if by_name is not Kind.FIRST_NAME or len(values) < 8 or _share_one_word(values) < 0.9:
        return False
    given = name_shares(values)[1]
    # (round 56: in capitals, as a COBOL extract writes them, ``DELANEY``; round 59: three in five census given names)
    return _few_names(values) and given >= 0.5 or all(v.isupper() for v in values) and given >= 0.6


def _few_family_names(by_name: Kind | None, values: list[str]) -> bool:
    """Round 19: named as a family name, five or more distinct values, each one word, four in five of them family
    names the census knows, in any letter case (``YAMAGUCHI`` as a form in capitals writes it): the surnames of a
    column drawn from few families (a thing's name is seldom a census family name four times in five).

    Example:
        >>> _few_family_names(Kind.LAST_NAME, ["SMITH", "JOHNSON", "WILLIAMS", "BROWN", "JONES"])
        True
        >>> _few_family_names(Kind.LAST_NAME, ["Alpha", "Bravo", "Charlie", "Delta", "Echo"])
        False
    """
    cores = [_family_core(v) for v in values]  # (round 45: ``LE GOFF``, ``van Dijk`` are one family name each)
    return by_name is Kind.LAST_NAME and len(values) >= 5 and _share_one_word(cores) >= 0.9 and (name_shares(
        cores)[2] >= 0.8 or _capital_surnames(cores, 6 if len(values) < 8 else 5))


def _middle_initials(values: list[str]) -> bool:
    """Round 45: five or more distinct values, nine in ten of them one capital letter (a full stop allowed): the
    initials a middle-initial column holds, part of a person's name however few letters there are.

    Example:
        >>> _middle_initials(["A", "B.", "C", "R", "M"]), _middle_initials(["A", "B"]), _middle_initials(["Ann", "B", "C", "D", "E"])
        (True, False, False)
    """
    letters = [v for v in values if len(v.rstrip(".")) == 1 and v[0].isalpha() and v[0].isupper()]
    return len(values) >= 5 and len(letters) >= 0.9 * len(values)


def _family_core(value: str) -> str:
    """Round 45: a family name without the particles it starts with (``LE GOFF`` -> ``GOFF``, ``van der Berg`` ->
    ``Berg``), the word the census and the shape of a name are asked about.

    Example:
        >>> _family_core("LE GOFF"), _family_core("van der Berg"), _family_core("Moreau"), _family_core("De")
        ('GOFF', 'Berg', 'Moreau', 'De')
    """
    words = value.split()
    while len(words) > 1 and fold(words[0]) in NAME_PARTICLES:
        words = words[1:]
    return " ".join(words)


def _capital_surnames(values: list[str], shortest: int = 6) -> bool:
    """Round 24: nine in ten values one word in capitals of six letters or more on average, written as names are
    once capitalized, none a day, month or vocabulary word: family names as forms write them (``LEMAIRE``,
    ``GIRAUDEAU``), which the census may lack; codes and code words are shorter (a product family's ``ELE``,
    ``HOG``; ``ALPHA``, ``BRAVO``, ``ECHO``).

    Example:
        >>> _capital_surnames(["LEMAIRE", "CHEVALLIER", "POULAIN", "ROUXEL", "GIRAUDEAU"])
        True
        >>> _capital_surnames(["ELE", "HOG", "JRD", "BRC", "ILU"]), _capital_surnames(["ALPHA", "BRAVO", "DELTA"])
        (False, False)
    """
    words = [v for v in values if v.isupper() and v.replace("-", "").replace("'", "").isalpha()]
    calendar = calendar_words()
    return len(words) >= 0.9 * len(values) and sum(map(len, words)) >= shortest * len(words) and name_shape(
        [w.title() for w in words])[0] >= 0.8 and not any(fold(w) in calendar or fold(w) in WORDS for w in words)


def _name_particles(values: list[str]) -> bool:
    """Round 19: two or more distinct values, every word of each a name particle in lower case (``van``, ``van den``,
    ``de``, ``von``, ``da``): the particles of family names kept in a column of their own, as Dutch registers keep
    the ``tussenvoegsel``, part of a person's name however few they are.

    Example:
        >>> _name_particles(["van", "van den", "de"]), _name_particles(["van"]), _name_particles(["van", "bus"])
        (True, False, False)
        >>> _name_particles(["in 't", "op de", "van der"])
        True
    """
    return len(values) >= 2 and all(v.islower() and all(w in _PARTICLE_WORDS for w in v.split()) for v in values)


#: Round 46: the words of family names' particles, with Dutch ``in 't``, ``op de``, ``uit den``, ``aan de``, ``onder``.
_PARTICLE_WORDS = NAME_PARTICLES | {"in", "'t", "t", "op", "uit", "aan", "onder", "het", "ter", "ten", "te"}


def _qualified(name: str, prefix: str) -> bool:
    """The name holds a word the vocabulary lacks (``σκαφους`` of ``όνομα_σκάφους``, ``品`` of ``品名``): a word of two
    letters or more, or one character of a script that writes a word in one (Chinese, Japanese, Korean); a single
    letter left of a folded Devanagari postposition says nothing.

    Example:
        >>> _qualified("όνομα_σκάφους", ""), _qualified("品名", ""), _qualified("fornamn", "")
        (True, True, False)
    """
    return any(len(w) >= 2 or unicodedata.name(w, "").startswith(("CJK", "HANGUL")) for w in unknown_words(name, prefix))


def _common_word_share(values: list[str]) -> float:
    """The share of values holding the word most of them share: "Branch North", "Branch Centre" name things of one
    kind; the distinct full names of a few people share no word.

    Example:
        >>> _common_word_share(["Branch North", "Branch Centre", "Branch Harbour"]), _common_word_share(["Ann Lee", "Bo Li"])
        (1.0, 0.5)
    """
    counts: dict[str, int] = {}
    for value in values:
        for word in set(fold(value).split()):
            counts[word] = counts.get(word, 0) + 1
    return max(counts.values(), default=0) / max(len(values), 1)


#: A name written family name first, a slash, then the given names and a title (``SMITH/JOHN MR``), as airline
#: reservations (IATA PNR) and travel documents write it.
_SLASHED = re.compile(r"^([^\W\d_](?:[^\W\d_]|[' .-])*)/([^\W\d_](?:[^\W\d_]|[' .-])*)$")


#: Round 23: a name and the credentials written after it, as clinics, firms and agencies list their staff (``Tessa
#: Nakashima, NP``, ``Brady Quintero, PA-C``, ``Ann Lee, RN, BSN``, ``Joan Ruiz, Esq.``): up to three
#: :data:`_CREDENTIALS` after commas.
_CREDENTIALED = re.compile(r"^([^\W\d_][^\d,]*[^\W\d_])((?:,\s*[A-Za-z][A-Za-z.-]{0,7}){1,3})$")
#: Degrees, licences and suffixes written after a person's name (folded, dots left out).
_CREDENTIALS = frozenset({
    "md", "do", "np", "pa", "pac", "rn", "lpn", "bsn", "msn", "dnp", "aprn", "fnp", "fnpc", "cnm", "crna", "cna", "dds",
    "dmd", "rdh", "od", "dpm", "dc", "pt", "dpt", "ot", "otr", "otrl", "slp", "cccslp", "lcsw", "lmft", "lpc", "phd",
    "psyd", "pharmd", "rph", "mph", "mba", "cpa", "cfa", "cfp", "jd", "esq", "jr", "sr", "ii", "iii", "iv", "facs",
    "facp", "emt", "paramedic", "ma", "ms", "bs", "ba", "msw", "edd", "med", "llm", "pe", "ra", "cpt", "cfe",
    # (round 40) veterinary and British medical ones
    "mrcvs", "frcvs", "bvsc", "bvms", "bvetmed", "dvm", "vmd", "rvn", "mbbs", "mrcp", "mrcgp", "frcs"})
#: Round 40: a name and a credential of three capitals or more after a space, no comma (``Olivia Hughes MRCVS``;
#: two capitals there are as often a state: ``Ocean City MD``).
_SPACED_CREDENTIAL = re.compile(r"^([^\W\d_][^\d,]*[^\W\d_]) ([A-Z][A-Z.]{2,7})$")


#: Round 32: a title written before a person's name (``Dr``, ``Dr.``, ``Prof.``, ``Mrs``).
_NAME_TITLE = re.compile(r"^(?:dr|mr|mrs|ms|miss|mx|prof|sr|sra|dra)\.?$", re.IGNORECASE)
#: Round 32: ``Family, Given`` or ``Family, Given Credential`` (``Tolliver, Dixie DO``, ``Gagnon, Connor PA-C``).
_FAMILY_COMMA = re.compile(r"^([^\W\d_][\w'-]+), ([^\W\d_][\w'-]+)(?: ([A-Za-z][A-Za-z.-]{0,7}))?$")


def _titled_person(value: str) -> bool:
    """Round 32: the value is written as a person's name with what marks a person: a title before it (``Dr A Ochoa``,
    ``Dr. Josée Tremblay``), credentials after it (``Ulises Cervantes, MD``, ``Tolliver, Dixie DO``), or an HL7
    name's components with a degree (``2507006627^YARBROUGH^HOLLIS^^^DR``).

    Example:
        >>> [_titled_person(v) for v in ("Dr A Ochoa", "Ulises Cervantes, MD", "Tolliver, Dixie DO", "Dr Pepper")]
        [True, True, True, False]
        >>> [_titled_person(v) for v in ("Tulsa, OK", "Paris, Texas", "vip, newsletter")]
        [False, False, False]
    """
    if "^" in value:
        parts = value.split("^")
        return len(parts) >= 3 and fold(parts[-1].replace(".", "")) in _CREDENTIALS | {"dr"} and bool(
            _components([value]))
    if _credentialed(value):
        return True
    if (match := _FAMILY_COMMA.match(value)) and (match.group(3) is None or fold(match.group(3)).replace(".", "").replace(
            "-", "") in _CREDENTIALS) and match.group(1)[:1].isupper() and match.group(2)[:1].isupper() and any(
            ch.islower() for ch in match.group(2)) and not is_city(fold(match.group(1))):
        return True  # (not ``Tulsa, OK`` nor ``Paris, Texas``: a place and its state; not ``vip, newsletter``: tags)
    words = [w for w in value.split() if not (w.islower() and w in NAME_PARTICLES)]  # (round 68: ``bin``, ``a/p``)
    return 3 <= len(words) <= 4 and bool(_NAME_TITLE.match(words[0])) and all(
        w[:1].isupper() for w in words[1:]) and not any(ch.isdigit() for ch in value)


def _titled_people(values: list[str], *, named: bool = False) -> bool:
    """Round 32: three or more values, half of them or more written as titled or credentialed people
    (:func:`_titled_person`), none a company's: the staff a column names, whatever the column is called. Round 59:
    under a name that says a person's (``named``), two values are enough when both are titled people (a clinic's two
    GPs, ``Dr Tara Geraghty``).

    Example:
        >>> _titled_people(["Dr Ann Lee", "Dr Bo Chen"]), _titled_people(["Dr Ann Lee", "Dr Bo Chen"], named=True)
        (False, True)
    """
    titled = sum(map(_titled_person, values))
    if named and len(values) == 2:
        return titled == 2 and company_share(values) == 0
    return len(values) >= 3 and titled >= 0.5 * len(values) and company_share(values) < 0.2


def _credentialed(value: str) -> str | None:
    """Round 23: the name of a value written as a person's name and credentials (:data:`_CREDENTIALED`), or None: the
    part before the first comma two or three words, every part after it a credential.

    Example:
        >>> _credentialed("Brady Quintero, PA-C"), _credentialed("Ann Lee, RN, BSN"), _credentialed("Springfield, IL")
        ('Brady Quintero', 'Ann Lee', None)
        >>> _credentialed("Smith, John"), _credentialed("Acme Tools, Inc."), _credentialed("Olivia Hughes MRCVS")
        (None, None, 'Olivia Hughes')
    """
    match = _CREDENTIALED.match(value)
    if not match and (spaced := _SPACED_CREDENTIAL.match(value)) and len(spaced.group(1).split()) in (2, 3) and (
            fold(spaced.group(2)).replace(".", "") in _CREDENTIALS):
        return spaced.group(1)  # (round 40: a vet's ``Olivia Hughes MRCVS``, the credential in capitals after a space)
    if not match or len(match.group(1).split()) not in (2, 3):
        return None
    suffixes = [fold(p).replace(".", "").replace("-", "") for p in match.group(2).split(",")[1:]]
    return match.group(1) if all(p.strip() in _CREDENTIALS for p in suffixes) else None


def _unslashed(values: list[str]) -> list[str]:
    """Names written ``FAMILY/GIVEN TITLE`` as ``Given Family`` (the title left out, capitalized as names are).

    Example:
        >>> _unslashed(["NOVAK/JANA MRS", "DE WIT/PIETER JAN MR", "not a name"])
        ['Jana Novak', 'Pieter Jan De Wit', 'not a name']
    """
    out = []
    for value in values:
        match = _SLASHED.match(value.strip())
        if not match:
            out.append(value)
            continue
        given = match.group(2).split()
        while len(given) > 1 and fold(given[-1]).rstrip(".") in _AFFIXES:
            given.pop()
        out.append(" ".join(w.capitalize() for w in (*given, *match.group(1).split())))
    return out


#: A name written family name first in capitals, then the given names capitalized (``NOVÁKOVÁ, Jana``, ``DE LUCA
#: Chiara``, romanized Japanese ``SATO Hanako``), as registers, authorities and passports write it.
_SURNAME_FIRST = re.compile(r"^([^\W\d_a-z]{2,}(?:[' -][^\W\d_a-z]{2,}){0,2}),?\s+([^\W\d_][^\W\d_'-]*)(?:[\s-]"
                            r"([^\W\d_][^\W\d_'-]*))?$")


def _surname_first(value: str) -> bool:
    """The value is a name written ``FAMILY, Given`` or ``FAMILY Given``: capitals, then capitalized words.

    Example:
        >>> _surname_first("NOVÁKOVÁ, Jana"), _surname_first("DE LUCA Chiara"), _surname_first("SATO Hanako")
        (True, True, True)
        >>> _surname_first("SKU Widget"), _surname_first("Jana Nováková"), _surname_first("ABC, DEF")
        (True, False, False)
    """
    match = _SURNAME_FIRST.match(value.strip())
    return bool(match) and match.group(1).isupper() and all(g is None or g[:1].isupper() and g[1:] != g[1:].upper() for g in match.groups()[1:])


def _surname_first_names(values: list[str]) -> bool:
    """Three or more distinct values, nearly all written ``FAMILY, Given`` (capitals, then capitalized words), sharing
    no family or given name across half of them: people's names as registers write them, in any language (a
    catalogue's ``BRAND Model`` shares its brand).

    Example:
        >>> _surname_first_names(["NOVÁK, Petr", "SATO Hanako", "DE LUCA Chiara", "BERG, Ola"])
        True
        >>> _surname_first_names(["SONY Bravia", "SONY Xperia", "SONY Walkman"]), _surname_first_names(["SATO Hanako"])
        (False, False)
    """
    return len(values) >= 3 and sum(_surname_first(v) for v in values) >= 0.9 * len(values) and (
        _common_word_share([v.replace(",", " ") for v in values]) < 0.5)


#: A name written ``Family, Given`` in title case: one or two capitalized family-name words, a comma, one or two
#: capitalized given-name words (``Huber, Rainer``, ``De Vries, Anna Maria``).
_FAMILY_COMMA_GIVEN = re.compile(r"^[^\W\d_][^\W\d_'-]+(?: [^\W\d_][^\W\d_'-]+)?, ([^\W\d_][^\W\d_'-]+)"
                                 r"(?: [^\W\d_][^\W\d_'-]+)?$")


def _family_comma_given_names(values: list[str]) -> bool:
    """Round 19: three or more distinct values, nearly all written ``Family, Given`` in title case, the word after the
    comma a given name the census knows in a third of them (its given names are mostly English), sharing no word across
    half of them: people's names as registers and mail merges write them (``Springfield, Illinois``, a place and its
    state, seldom names a given name: a few states and countries are).

    Example:
        >>> _family_comma_given_names(["Huber, Maria", "Eder, John", "Gruber, Anna", "Qzxel, Peter"])
        True
        >>> _family_comma_given_names(["Springfield, Illinois", "Portland, Oregon", "Dayton, Ohio"])
        False
    """
    matches = [m for v in values if (m := _FAMILY_COMMA_GIVEN.match(v.strip())) and v[:1].isupper()]
    if len(values) < 3 or len(matches) < 0.9 * len(values):
        return False  # (before the census is loaded: most columns hold no such names)
    given = census_names()[0]
    return sum(fold(m.group(1)) in given for m in matches) >= len(values) / 3 and _common_word_share(
        [v.replace(",", " ") for v in values]) < 0.5 and not _city_comma_region(matches)


def _city_comma_region(matches: list[re.Match[str]]) -> bool:
    """Round 20: a third of the values read ``City, Region``: the part after the comma a state, province, region
    (ISO 3166-2) or country, as ``Atlanta, Georgia`` and ``Perth, Victoria`` are; many states are given names too.

    Example:
        >>> rows = ["Atlanta, Georgia", "Richmond, Virginia", "Miami, Florida", "Huber, Anna"]
        >>> _city_comma_region([_FAMILY_COMMA_GIVEN.match(v) for v in rows])
        True
    """
    places = subdivision_names() | country_names()
    return sum(fold(m.group(0).split(", ", 1)[1]) in places for m in matches) >= len(matches) / 3


#: Scripts that write a name without a space between its family and given names, or with one (``佐々木 愛``).
_UNSPACED = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL")
#: Round 40: the most common Chinese family names (about 85% of people in China), in simplified and traditional
#: characters.
_CHINESE_FAMILY_NAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆"
    "汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "張劉陳楊黃趙吳孫馬鄭謝許韓馮鄧蕭葉蘇呂盧鍾譚陸範賈韋錢龔嚴湯")


def _chinese_full_names(values: list[str]) -> bool:
    """Round 40: four in five values are two or three Han characters starting with a common Chinese family name
    (``王芳``, ``李建国``): full names, as China writes them; a Japanese family name (``佐藤``, ``松本``) seldom starts
    with one.

    Example:
        >>> _chinese_full_names(["王芳", "李建国", "张伟", "刘洋"]), _chinese_full_names(["佐藤", "松本", "鈴木", "田中"])
        (True, False)
    """
    return bool(values) and sum(len(v) in (2, 3) and v[0] in _CHINESE_FAMILY_NAMES for v in values) >= 0.8 * len(
        values)


def _staff_name_words(value: str) -> list[str]:
    """The words of a value that may be a person's full name, titles left out: leading words written short (``Dr.``,
    ``dr``, ``hab.``) or lower-case (Polish ``dr inż.``)."""
    words = value.split()
    while len(words) > 2 and (words[0].endswith(".") or words[0][:1].islower()):
        words = words[1:]
    return words


#: Round 77: words of organisations in Japanese and Chinese (a bank, a credit union, a branch, a head office, a
#: company, a hospital, a university, an association, a co-operative, an office, a centre): no person's name holds one.
_CJK_ORGANISATION = re.compile("銀行|金庫|支店|本店|営業部|会社|病院|医院|大学|協会|組合|事務所|センター|公司|银行")


def _staff_names(values: list[str]) -> bool:
    """Three or more distinct values, nearly all the full names of people (two or three words, a title left out):
    the few staff a column names (a verifier, a notary, a case's lawyer, a teacher). A title or rank most values
    start with (``Maître``, a department's rank) is left out too. In Latin script, unless most values carry such a
    title, half the names must start with a known given name (US Census); in another script with case both words must be capitalized and share no word
    across values; in Chinese and Japanese the family and given names are one to four characters, spaced.

    Example:
        >>> _staff_names(["Maître Anne Roux", "Maître Paul Morel", "Maître Marie Petit"])
        True
        >>> _staff_names(["Ирина Котова", "Павел Зуев", "Олег Рябов"]), _staff_names(["中島 誠", "松本 さくら", "森 健一"])
        (True, True)
        >>> _staff_names(["Easy Saver", "Premier Current", "Junior Bond"]), _staff_names(["Monday", "Tuesday", "Friday"])
        (False, False)
    """
    if len(values) < 3 or street_word_share(values) > 1 / 3:  # (round 15: a dock's ``Castle Street``)
        return False
    if sum(bool(_CJK_ORGANISATION.search(v)) for v in values) > len(values) / 5:
        return False  # (round 77: banks and their branches, ``北陸銀行 金沢支店``: an organisation's word, no person's)
    split = [_staff_name_words(v) for v in values]
    titled = sum(len(w) < len(v.split()) for w, v in zip(split, values)) >= 0.5 * len(values)
    leading = [fold(w[0]) for w in split if len(w) >= 3]
    top = max(set(leading), key=leading.count) if leading else ""
    if top and leading.count(top) >= 0.5 * len(values):
        split = [w[1:] if len(w) >= 3 and fold(w[0]) == top else w for w in split]
        titled = True
    names = [" ".join(w) for w in split]
    if sum(len(w) in (2, 3) for w in split) < 0.8 * len(values) or _common_word_share(names) >= 0.5:
        return False
    if titled and _places_after_brand(split):
        return False  # (round 37: a chain's sites, ``FlexFit Cork City``: a brand before towns, no title)
    share, script = name_shape(names, 2, 3)
    if share < 0.8:
        return sum(len(w) == 2 and all(1 <= len(p) <= 4 and all(unicodedata.name(ch, "").startswith(_UNSPACED)
                                                                 for ch in p) for p in w) for w in split) >= 0.8 * len(values)
    if script == "LATIN" and not titled:  # (a title or rank before most values says they are people)
        first = given_and_family_names()[0]
        return sum(fold(w[0]) in first for w in split if w) >= 0.5 * len(values) or name_shares(names)[0] >= 0.7
    # a script with case: the words are capitalized as names are (a script without case shows no name by shape);
    # Chinese and Japanese family and given names, spaced
    return script.startswith(_UNSPACED) or sum(w[0][:1].isupper() for w in split if w) >= 0.8 * len(values)


def _places_after_brand(split: list[list[str]]) -> bool:
    """Round 37: a third of the values, their leading word left out, start with a town the census knows as no given
    name: the sites of a chain (``FlexFit Cork City``, ``FlexFit Limerick``), not people with a title.

    Example:
        >>> _places_after_brand([["Cork", "City"], ["Limerick"], ["Galway", "Docks"]])
        True
        >>> _places_after_brand([["Anne", "Roux"], ["Paul", "Morel"]])
        False
    """
    given = given_and_family_names()[0]
    return sum(bool(w) and fold(w[0]) not in given and (is_city(fold(" ".join(w))) or is_city(fold(w[0])))
               for w in split) >= max(2, len(split) / 3)


def _name_pools(values: list[str]) -> bool:
    """Twenty or more values of two or three words shaped like names, whose first words come from one pool and last
    words from another, each far smaller than the values: given names combined with family names, as a column of
    many people's full names is (a few dozen of each make hundreds of people). Names of things rarely combine so.

    Example:
        >>> given, family = ["Анна", "Олег", "Ирина", "Павел", "Нина"], ["Котова", "Зуев", "Рябов", "Лис", "Орлова"]
        >>> _name_pools([f"{g} {f}" for g in given for f in family])
        True
        >>> _name_pools([f"Item {i}" for i in range(30)])
        False
    """
    if len(values) < 20:
        return False
    split = [v.split() for v in values]
    if name_shape(values, 2, 3)[0] < 0.8:
        return False
    firsts = {fold(w[0]) for w in split if len(w) >= 2}
    lasts = {fold(w[-1]) for w in split if len(w) >= 2}
    return len(firsts) <= 0.5 * len(values) and len(lasts) <= 0.5 * len(values) and len(firsts & lasts) <= 0.1 * len(
        firsts | lasts) and len(firsts) >= 3 and len(lasts) >= 3


def _listed(values: list[str], rows: int) -> bool:
    """Up to two dozen distinct values over 500 rows or more (at most 2% distinct), fewer than half of them shaped like
    a person's name (words written in capitals are codes or models, not names): a list of things (car models,
    offices, airport codes), longer than an enumeration.

    Example:
        >>> _listed([f"MODEL{chr(65 + i)}" for i in range(20)], 1000), _listed(["Ann Lee", "Bo Li", "Eva Ek"] * 6, 1000)
        (True, False)
        >>> _listed(["Popescu", "Stoica", "Marinescu"] * 5, 900), _listed(["PASSAT", "FABIA", "YARIS"] * 5, 900)
        (False, True)
    """
    if rows < 500 or len(values) > 24 or len(values) > 0.02 * rows:
        return False
    mixed = [v for v in values if not v.isupper()]
    return name_shape(mixed)[0] * len(mixed) < 0.5 * len(values)


#: Stems of words naming a thing, a brand, a plan, a room or a place, an animal or a team, in several languages: a
#: column named by one holds a few two-word names of things (``Toyota Corolla`` under ``marca_modelo``, a wedding
#: hall's ``Sala Bianca``, a horse's name), not of people, whatever else its name says.
_THING_STEMS = ("brand", "marca", "marka", "marke", "merk", "model", "plan", "tarif", "sala", "salle", "saal", "zaal",
                "hall", "room", "zimmer", "stanza", "habitac", "pokoj", "horse", "hast", "pferd", "paard", "cheval",
                "caball", "cavall", "sted", "place", "lieu", "lugar", "luogo", "miejsc", "vehic", "veicol", "fahrzeug",
                "arac", "auto", "cihaz", "device", "gerat", "product", "produkt", "prodot", "articl", "artikel", "team",
                "equip", "squadr", "mannschaft", "breed", "rasse", "rasa", "raza", "razza", "venue", "store", "shop", "hotel",
                "марк", "модел", "авто", "зал", "план", "тариф", "команд", "пород", "товар", "μαρκ", "μοντελ", "αιθουσ",
                "ομαδ", "προιον", "ρατσ")


#: A name and a lower-case honorific joined by a hyphen (``Yamamoto-sensei``, ``Kim-ssi``, ``Tanaka-san``).
_HONORIFIC = re.compile(r"^([^\W\d_][^\W\d_'’]+)-([^\W\d_]{2,8})$")


def _honorific_share(values: list[str]) -> float:
    """The share of values that are one capitalized name joined by a hyphen to the lower-case honorific most of them
    carry (``Shimizu-sensei``, ``Yamada-sensei``): people named as their pupils or staff address them.

    Example:
        >>> _honorific_share(["Shimizu-sensei", "Yamada-sensei", "Oda-sensei"]), _honorific_share(["Anti-age", "Non-stop"])
        (1.0, 0.0)
    """
    found = [m for m in map(_HONORIFIC.match, values) if m and m.group(1)[0].isupper() and m.group(2).islower()]
    suffixes = [m.group(2) for m in found]
    top = max(set(suffixes), key=suffixes.count) if suffixes else ""
    return suffixes.count(top) / max(len(values), 1) if suffixes.count(top) >= 2 else 0.0


def _few_repeated(values: list[str], rows: int, distinct: int) -> bool:
    """Up to forty distinct values repeated across the rows (at most 30% distinct): a few people or things that many
    rows share, more than an enumeration's dozen (the nurses of a vaccination centre, a force's officers)."""
    return 3 <= len(values) <= 40 and rows >= 30 and distinct <= 0.3 * rows


def _share_one_word(values: list[str]) -> float:
    """The share of values that are one word of letters (no space, no digit): a given name, not a full name."""
    return sum(1 for v in values if v.isalpha() or v.replace("-", "").replace("'", "").isalpha()) / max(len(values), 1)


#: Round 51: a family name, a comma and an initial (``NOWAK, J``, ``Berg, A.``), as midrange files and rosters
#: write their staff.
_SURNAME_INITIAL = re.compile(r"^[^\W\d_][^\W\d_'’.-]*(?:[-'’][^\W\d_]+)*, ?[^\W\d_]\.?$")


def _surname_initials(values: list[str]) -> bool:
    """Round 51: nine in ten values are a family name of three letters or more, a comma and an initial: staff as a
    roster writes them (a supervisor's ``KOWALSKI, A``), whatever their number.

    Example:
        >>> _surname_initials(["KOWALSKI, A", "NOWAK, J", "Berg, A."]), _surname_initials(["AB, C", "Box 4, B"])
        (True, False)
    """
    return bool(values) and sum(bool(_SURNAME_INITIAL.match(v)) and len(v.split(",")[0]) >= 3 and fold(
        v.split(",")[0]) not in WORDS for v in values) >= 0.9 * len(values)


def _given_names_shape(values: list[str], family: frozenset[str] = frozenset()) -> bool:
    """Round 50: nearly every value (95%) is one or two words of letters and half of them or more one word (``Ana``,
    ``María José``): given names, a second one now and then, as a form's "first names" field holds them; full names
    are two words or more nearly always. Round 51: or two words mostly, none of whose second words is one of the
    table's family names (``family``, folded): where every person has two given names (Chile's ``Nombres``).

    Example:
        >>> _given_names_shape(["Ana", "Maria Jose", "Luis"]), _given_names_shape(["Ana Ruiz", "Luis Gil", "Eva"])
        (True, False)
        >>> _given_names_shape(["Ana Maria", "Luis Felipe"], frozenset({"ruiz", "gil", "soto"}))
        True
        >>> _given_names_shape(["Ana Ruiz", "Luis Gil"], frozenset({"ruiz", "gil", "soto"}))
        False
    """
    words = [v.replace("-", "").replace("'", "").split() for v in values]
    letters = [w for w in words if 1 <= len(w) <= 2 and all(x.isalpha() for x in w)]
    if not values or len(letters) < 0.95 * len(values):
        return False
    pairs = [w for w in letters if len(w) == 2]
    return len(letters) - len(pairs) >= 0.5 * len(values) or len(family) >= 3 and sum(
        fold(w[1]) in family for w in pairs) <= 0.05 * len(pairs)


def _catalogue(found: ValueEvidence) -> bool:
    """The evidence is a checksum of stdnum's wider catalogue (tax numbers of persons and companies alike)."""
    return found.kind in (Kind.NATIONAL_ID, Kind.SSN) and "python-stdnum checksum" in found.detail and not any(
        f"valid {module} numbers" in found.detail for module in ID_MODULES)


# Round 16: the few staff a table about people names, by what such columns share rather than by their written forms.

#: Titles written before or after a person's name in several languages (folded), beyond the values' own list: Polish
#: and Czech ``Pan``/``Pani``/``paní``, Spanish and Italian ``Don``, ``Señora``, ``Signora``, Dutch ``Dhr.``, Turkish
#: ``Bey``, ``Hanım``, ``Usta``, ``Hoca`` (after the name), Hungarian ``úr``, Russian and Greek "Mr" and "Mrs".
_STAFF_TITLES = NAME_TITLES | frozenset({
    "pan", "pani", "panna", "don", "dona", "donna", "senor", "senora", "senhor", "senhora", "signor", "signora",
    "dhr", "mevr", "mw", "hr", "fr", "fru", "bay", "bayan", "bey", "hanim", "usta", "hoca", "efendi", "ur",
    "asszony", "gospodin", "gospoda", "gda", "господин", "госпожа", "г-н", "г-жа", "κος", "κα", "κυριος", "κυρια",
    "ks", "sestra", "brat", "mestre", "maestro", "maestra", "meister", "sensei",
    # Italian professional titles written before a surname (round 19: ``Rag. Sannino``, ``Geom. Russo``)
    "rag", "geom", "avv", "arch", "dott", "ing", "prof"})
#: Honorifics written after a Japanese name without a space (``藤原さん``, ``山田先生``, ``佐藤様``).
_JAPANESE_HONORIFICS = ("さん", "様", "さま", "先生", "くん", "君", "ちゃん", "氏")
#: Concepts of the vocabulary a staff value may hold as a word (a role beside the name: a nurse, a master).
_STAFF_CONCEPTS = frozenset({"role", "doctor"})


def _thing_word(word: str) -> bool:
    """A word of a column's name names a thing by a stem of :data:`_THING_STEMS`: the stem ends it (``FAVORITHAST``,
    ``kontrolsted``) or is it, inflected (``sala``, ``modelo``, ``plano``); a compound the stem only starts is named
    by its last part (``teamleider``, a team's leader).

    Example:
        >>> _thing_word("kontrolsted"), _thing_word("modelo"), _thing_word("teamleider")
        (True, True, False)
    """
    return word.endswith(_THING_STEMS) or any(word.startswith(s) and len(word) - len(s) <= 3 for s in _THING_STEMS)


#: Round 18: a title abbreviated by a superior letter or degree sign (Italian ``M°`` for Maestro, Spanish and
#: Portuguese ``Dª``, ``Sº``, ``Mª``), as titles are written short in Romance languages.
_SUPERIOR_TITLE = re.compile(r"^[^\W\d_]{1,3}\.?[°ºª]\.?$")
#: Round 19: a title abbreviated with its feminine or other ending after the dot, as Italian writes them
#: (``Dott.ssa``, ``Sig.ra``, ``Prof.ssa``, ``Avv.ta``): a capitalized stem of two to five letters, a dot, one to three
#: lower-case letters.
_SUFFIXED_TITLE = re.compile(r"^[^\W\d_][^\W\d_]{1,4}\.[^\W\d_]{1,3}\.?$")


#: Round 47: particles of Irish and Scottish Gaelic family names, written capitalized (``Cathal Ó Cualáin``, ``Máire
#: Ní Bhriain``, ``Seán Mac Giolla``): part of a name, not a code in capitals.
_CAPITAL_PARTICLES = frozenset({"Ó", "Ní", "Nic", "Uí", "Ua", "Mac", "Mhic", "Nig"})
#: Round 68: "son of", "daughter of" in Malay, Singaporean and Arabic names, written lower-case inside a name
#: (``Nurul Aina binti Yusof``, ``Suresh a/l Krishnan``): a person's name, never a thing's.
_PATRONYMIC_PARTICLES = frozenset({"bin", "binti", "bte", "ibn", "bint", "a/l", "a/p", "s/o", "d/o"})


def _staff_word(word: str, following: str = "") -> str:
    """What one word of a value is, as people are written beside their role: ``initial`` (``L.``), ``title``
    (``Mgr.``, ``por.``, ``Pani``, ``Usta``, ``sensei``: a known title or honorific, or a short lower-case word ending
    in a dot), ``particle`` (``de``, ``van``), ``name`` (a capitalized word of letters: ``Beneš``,
    ``ΣΤΑΜΑΤΌΠΟΥΛΟΣ,``), ``lower`` (a lower-case word: a thing's description) or ``other`` (digits, symbols, a legal
    form ``d.o.o.``, a code in capitals ``ΔΟΥ``, ``ROD``, ``IT``).

    Example:
        >>> [_staff_word(w) for w in ["L.", "por.", "Pani", "de", "Beneš", "owoce", "3", "d.o.o.", "ROD", "St.", "Ó"]]
        ['initial', 'title', 'title', 'particle', 'name', 'lower', 'other', 'other', 'other', 'name', 'particle']
    """
    core = word.rstrip(",")
    if core.islower() and core in NAME_PARTICLES:
        return "particle"  # (round 68: ``a/p``, ``bin``: Malay "daughter of", "son of")
    if _SUPERIOR_TITLE.match(core) or _SUFFIXED_TITLE.match(core) and core[:1].isupper() and core.split(".")[
            1].islower():
        return "title"
    letters = core.replace(".", "").replace("-", "").replace("'", "").replace("’", "")
    if not letters.isalpha() or "." in core.rstrip("."):
        return "other"
    folded = fold(core).strip(".")
    if core.endswith(".") and len(letters) == 1 and core.isupper():
        return "initial"
    if folded in _STAFF_TITLES or folded in NAME_HONORIFICS and core.islower() or core.endswith(
            ".") and core.islower() and len(letters) <= 5:
        return "title"
    if folded in NAME_PARTICLES and core.islower() or core in _CAPITAL_PARTICLES:
        return "particle"
    if core.isupper() and len(letters) <= 4 and not word.endswith(","):
        return "other"
    if len(letters) == 1:
        return "other" if core.isupper() else "lower"  # (``Torres del Paine W``: a route's letter)
    return "name" if core[:1].isupper() else "lower"


#: Round 48: the letters read as a given name's initial without its dot (``J Pretorius``): consonants, which are no
#: article (Galician ``A Guarda``, ``O Grove``), conjunction or Roman numeral (``I Cywilny``, ``V Wydział``).
_BARE_INITIALS = frozenset("BCDFGHJKLMNPQRSTWZ")


def _staff_shape(value: str) -> tuple[list[str], bool] | None:
    """How a value is written when it is a person beside a role: its name words and whether it is marked as a
    person's (an initial, a title, an honorific, ``FAMILY, Given``), or None when it is no such value: one to four
    words, no digit, a name word at least, a lower-case word only beside two name words (a title after the name:
    ``Nagy Csaba plébános``), not all name words in capitals. A script without case shows a person by a Japanese
    honorific (``藤原さん``) or by two to four Han or Hangul characters.

    Example:
        >>> _staff_shape("Testa L."), _staff_shape("Pani Aleksandra"), _staff_shape("Bas"), _staff_shape("藤原さん")
        ((['Testa'], True), (['Aleksandra'], True), (['Bas'], False), (['藤原'], True))
        >>> _staff_shape("Świeże owoce"), _staff_shape("Ponte 3 elementi"), _staff_shape("ロイヤルカナン")
        (None, None, None)
        >>> _staff_shape("J Pretorius"), _staff_shape("I Cywilny"), _staff_shape("A Guarda")
        ((['Pretorius'], True), None, None)
    """
    words = value.split()
    if not 1 <= len(words) <= 4 or len(value) > 40:
        return None
    if all(unicodedata.name(ch, "").startswith(_UNSPACED) for ch in value):
        if value.endswith(_JAPANESE_HONORIFICS) and len(value) >= 3:
            return [value.rstrip("".join(_JAPANESE_HONORIFICS))], True
        han = all(unicodedata.name(ch, "").startswith(("CJK", "HANGUL")) for ch in value)
        return ([value], False) if han and 2 <= len(value) <= 4 else None
    if "-" in value and value.rsplit("-", 1)[1] in NAME_HONORIFICS and len(words) == 1:
        return [value.rsplit("-", 1)[0]], True  # (``Yamada-sensei``)
    if 2 <= len(words) <= 4 and _CASELESS_TITLE.match(words[0]) and all(_caseless(w) for w in words[1:]):
        return words[1:], True  # (round 30: a title abbreviated in a script without case: Hebrew ``ד"ר``, Thai ``นพ.``)
    if _name_and_initial(words):
        # (round 19: ``Marie A``, a given name and the family name's initial without a dot: marked when the census
        # knows the name, so that a column of them counts as staff only when most are known names)
        return words[:1], sum(name_shares(words[:1])[1:]) > 0
    if any(w in _FUNCTION_WORDS for w in words):
        return None  # (round 25: ``Motion to Compel``, ``Notice of Appearance``: a document's title, not a person)
    kinds = [_staff_word(w) for w in words]
    kinds = _abbreviated_titles(words, kinds)
    if len(words) >= 2 and kinds[:2] == ["other", "name"] and words[0] in _BARE_INITIALS:
        kinds[0] = "initial"  # (round 48: ``J Pretorius``, a given name's initial without its dot, as rosters print)
    if len(words) == 1 and kinds == ["lower"] and len(value) >= 3 and value.isalpha():
        return [value], False  # (round 18: a given name written lower-case, ``wendy``: known names decide)
    names = [w.rstrip(",") for w, k in zip(words, kinds) if k == "name"]
    if len(names) >= 2 and all(w.isupper() for w in names) and kinds.count("name") == len(kinds):
        return names, False  # (round 18: ``HANSEN JÜRGEN``, a family and a given name in capitals: known names decide)
    if "other" in kinds or not names or kinds.count("lower") > (len(names) >= 2) or all(w.isupper() for w in names):
        return None  # (``NOVÁK, Jan`` writes the given name capitalized)
    surname_first = words[0].endswith(",") and words[0][:-1].isupper() and len(names) >= 2
    patronymic = any(w in _PATRONYMIC_PARTICLES for w in words)  # (round 68: ``bin``, ``a/p``: only people's names)
    return names, "initial" in kinds or "title" in kinds or "lower" in kinds or surname_first or patronymic


#: Round 30: a title abbreviated in a script without case, as Hebrew writes one with a gershayim or a geresh (``ד"ר``,
#: ``עו"ד``, ``פרופ'``) and Thai with a dot (``นพ.``, ``พญ.``, ``ดร.``).
_CASELESS_TITLE = re.compile(r"^[^\W\d_A-Za-z]{1,5}(?:[\"״'׳][^\W\d_A-Za-z]{0,3}|\.)$")


def _caseless(word: str) -> bool:
    """Round 30: a word of letters of a script without case (Hebrew, Arabic, Thai), as a name there is written."""
    return word[:1].isalpha() and all((ch.isalpha() or unicodedata.category(ch).startswith("M")) and (
        ch.lower() == ch.upper()) for ch in word) and not any(
        unicodedata.name(ch, "").startswith(("CJK", "HIRAGANA", "KATAKANA", "HANGUL")) for ch in word)


#: Round 25: English words that join the words of a title or a phrase (``Motion to Compel``, ``Notice of
#: Appearance``), which no person's name holds (name particles, ``van``, ``de``, ``bin``, are other words).
_FUNCTION_WORDS = frozenset({"to", "for", "of", "the", "and", "in", "on", "at", "with", "from", "or", "per", "via",
                             "into", "over", "under", "an"})


def _card_expiries(values: list[str]) -> bool:
    """Round 25: nine in ten values four digits whose first two are a month (``0628``, ``1026``): a card's expiry
    written ``MMYY``, which a four-digit postal format fits too.

    Example:
        >>> _card_expiries(["0628", "0330", "1026", "0926"]), _card_expiries(["1012", "3511", "9712", "2500"])
        (True, False)
    """
    return bool(values) and sum(len(v) == 4 and v.isdigit() and 1 <= int(v[:2]) <= 12 for v in values) >= 0.9 * len(
        values)


def _prefixed_codes(values: list[str]) -> bool:
    """Round 25: nine in ten values one capital letter the values share, then digits (``S0706``, ``S0336``): a
    system's codes of stores or branches, not postal codes (a format such as Argentina's ``A1234`` varies its letter
    by province).

    Example:
        >>> _prefixed_codes(["S0706", "S0699", "S0336"]), _prefixed_codes(["A1234", "C1425", "B7600"])
        (True, False)
    """
    firsts = [v[0] for v in values if len(v) >= 3 and v[0].isupper() and v[1:].isdigit()]
    return len(firsts) >= 0.9 * len(values) and len(set(firsts)) == 1 and len(values) >= 3


def _name_and_initial(words: list[str]) -> bool:
    """Round 19: two words, a capitalized word of letters and one capital letter without a dot, as rosters and rotas
    write staff: the given name and the initial of the family name (``Lars S``).

    Example:
        >>> _name_and_initial(["Lars", "S"]), _name_and_initial(["Lars", "s"]), _name_and_initial(["Lars"])
        (True, False, False)
    """
    return len(words) == 2 and len(words[1]) == 1 and words[1].isupper() and words[0][:1].isupper() and (
        words[0][1:].islower() and words[0].isalpha() and len(words[0]) >= 2)


def _abbreviated_titles(words: list[str], kinds: list[str]) -> list[str]:
    """Round 17: a capitalized word of two to five letters ending in a dot is a title before a full name
    (``Lcda. Dayana Mendoza``, ``Ing. Tatiana Guamán``) and an honorific after a name (``Nesrin Hn.``), as lower-case
    ones are already (``por.``); a lower-case role word of the vocabulary before a single name is a title
    (``sędzia Wójcik``, a judge).

    Example:
        >>> _abbreviated_titles(["Lcda.", "Dayana", "Mendoza"], ["name", "name", "name"])
        ['title', 'name', 'name']
        >>> _abbreviated_titles(["Nesrin", "Hn."], ["name", "name"]), _abbreviated_titles(["St.", "Anne"], ["name", "name"])
        (['name', 'title'], ['name', 'name'])
        >>> _abbreviated_titles(["sędzia", "Wójcik"], ["lower", "name"])
        ['title', 'name']
    """
    out = list(kinds)

    def short(word: str) -> bool:
        letters = word.rstrip(".")
        return word.endswith(".") and 2 <= len(letters) <= 5 and letters.isalpha() and letters[:1].isupper() and not (
            letters.isupper())

    if len(words) == 3 and out[0] == "name" and short(words[0]) and out[1:] == ["name", "name"]:
        out[0] = "title"
    if len(words) == 2 and out == ["name", "name"] and short(words[1]) and len(words[1]) <= 4:
        out[1] = "title"
    if len(words) == 2 and out == ["lower", "name"] and (WORDS.get(fold(words[0])) in _STAFF_CONCEPTS or (
            len(words[0]) <= 3 and words[0].isalpha())):
        out[0] = "title"  # (round 18: a title of two or three letters written lower-case without a dot: ``dh Kubacki``)
    return out


def _staff_blocked(values: list[str]) -> bool:
    """What a few names of things show that staff never do: a company's legal form or domain; a street; a country, a
    day or a month, or a word of the classifier's own vocabulary (a status, a tier, a category, a relative, a thing),
    in a third of the values and two at least (a given name may be a word of some language: ``Markus``; round 37: or
    a month's, ``Mei Shah``, Dutch "May", or a country's, ``Georgia``).

    Example:
        >>> _staff_blocked(["Monday", "Friday"]), _staff_blocked(["Bas", "Sjoerd"])
        (True, False)
        >>> _staff_blocked(["Wei Yamamoto", "Mei Shah", "Sarah Edwards"]), _staff_blocked(["EAST", "WEST", "VIP"])
        (False, True)
    """
    calendar, countries = calendar_words(), country_names()
    words = [[fold(w).strip(".,") for w in v.split()] for v in values]
    vocabulary = sum(any(len(w) >= 3 and w not in NAME_PARTICLES and (w in OBJECTS or w in QUALIFIERS or WORDS.get(
        w, "role") not in _STAFF_CONCEPTS) for w in ws) for ws in words)  # (round 68: ``van den``: no day, ``den``)
    dated = sum(any(len(w) >= 3 and w not in _STAFF_TITLES | NAME_PARTICLES and (w in calendar or w in countries)
                    for w in ws) for ws in words)
    kin = sum(any(w in _KINSHIP for w in ws) for ws in words)
    compass = sum(any(w in _COMPASS for w in ws) for ws in words)
    return company_share(values) > 0 or street_word_share(values) > 1 / 3 or max(
        vocabulary, dated, kin, compass) >= max(2, len(values) / 3)


#: Round 56: the points of the compass, which name a stadium's stands, a region's branches and a building's wings
#: (``EAST``, ``NORTH``; English, French, German, Spanish, Italian, Portuguese, Dutch and Nordic).
_COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "nord",
                      "sud", "est", "ouest", "ost", "norte", "sur", "este", "oeste", "noord", "zuid", "oost", "syd",
                      "vest", "norr", "soder", "vaster", "oster", "centre", "center", "central"})


#: Round 37: how a person is related to another, as a relationship column's values say it (``Daughter``, ``Self``).
_KINSHIP = frozenset({"self", "son", "daughter", "child", "children", "spouse", "wife", "husband", "partner", "mother",
                      "father", "parent", "parents", "brother", "sister", "sibling", "grandmother", "grandfather",
                      "grandparent", "grandson", "granddaughter", "grandchild", "aunt", "uncle", "niece", "nephew",
                      "cousin", "friend", "neighbour", "neighbor", "carer", "caregiver", "guardian", "other",
                      "relative", "stepson", "stepdaughter", "stepmother", "stepfather", "fiance", "fiancee",
                      "sohn", "tochter", "ehefrau", "ehemann", "mutter", "vater", "fils", "fille", "epouse", "epoux",
                      "mere", "pere", "hijo", "hija", "esposa", "esposo", "madre", "padre", "figlio", "figlia",
                      "moglie", "marito", "zoon", "dochter", "echtgenote", "moeder", "vader", "filho", "filha"})


#: Round 37: a second address line: a flat, unit, suite, floor or room and its number (``Apt 3B``, ``Unit 12``,
#: ``#1407``, ``Fl 2``, ``Piso 3``, ``Whg. 4``, ``Level 5``).
_UNIT_LINE = re.compile(r"^(?:(?:apt|apts|apartment|appt|app|apto|apartamento|appartement|depto|dpto|departamento|"
                        r"unit|suite|ste|fl|flr|floor|flat|rm|room|bldg|building|level|lvl|lot|piso|planta|etage|"
                        r"étage|stock|whg|wohnung|interior|int|box|po box|p\.?o\.? box)\.?\s*(?:no\.?\s*)?#?\s*"
                        r"[\w/-]{1,6}|#\s*\w{1,6}|\d{1,3}(?:st|nd|rd|th)\s+(?:floor|fl))$", re.IGNORECASE)


def _address_lines(values: list[str]) -> bool:
    """Round 38: four in five values are written as addresses, however long: a digit, a comma between parts, no
    sentence's end (``.``, ``!``, ``?`` closing a word of letters) and at most fifteen words.

    Example:
        >>> _address_lines(["H.No. 15-1-461, Kuvempunagar", "No. 52, Outer Ring Road, Gomti Nagar"])
        True
        >>> _address_lines(["Called twice, left a message. Will retry on 12 May!", "Paid 20, owes 5. Chase him."])
        False
    """
    def address(value: str) -> bool:
        return any(ch.isdigit() for ch in value) and "," in value and len(value.split()) <= 15 and not re.search(
            r"[^\W\d_]{3,}[.!?](?:\s|$)", value)

    return bool(values) and sum(map(address, values)) >= 0.8 * len(values)


def _account_numbers(values: list[str]) -> bool:
    """Round 37: nine in ten values are five to twenty digits (spaces and dashes allowed), no letter: a domestic bank
    account's number, written without its IBAN (a US checking account, a Brazilian ``contaCorrente``).

    Round 50: a slash or a dot may part them too (a Czech ``19-2000145399/0800``, the bank's code after the slash),
    and a word may say the account's type before them (Japanese ``普通 1234567``, a savings account).

    Example:
        >>> _account_numbers(["000123456789", "4410-77821-3"]), _account_numbers(["DE89370400440532013000"])
        (True, False)
        >>> _account_numbers(["2000145399/0800", "19-2000145399/0800"]), _account_numbers(["普通 1234567"])
        (True, True)
    """
    digits = [re.sub(r"[\s./-]", "", re.sub(r"^[^\W\d_]{1,8}\s+(?=\d)", "", v)) for v in values]
    return bool(values) and sum(d.isdigit() and 5 <= len(d) <= 20 for d in digits) >= 0.9 * len(values)


#: Round 37: a name numbering an address's second to fourth line (``mbr_addr2``, ``address_line_3``, ``Street2``).
_SECOND_LINE = re.compile(r"(?:addr|address|adr|adresse|direccion|indirizzo|endereco|line|street|str)[_ ]?(?:line)?"
                          r"[_ ]?[2-4]$", re.IGNORECASE)


def _localities_or_units(values: list[str]) -> bool:
    """Round 40: four in five values are a flat or unit (:data:`_UNIT_LINE`) or words of a place, as a second address
    line holds either (a register's ``FLAT 2`` beside ``HAREHILLS``), in capitals or not.

    Example:
        >>> _localities_or_units(["MANNINGHAM", "FLAT 2", "LONGSIGHT", "FALLOWFIELD", "FLAT 11"])
        True
        >>> _localities_or_units(["Gold", "Silver", "x-9", "42", "n/a"])
        False
    """
    places = [v for v in _unshouted(values) if not _UNIT_LINE.match(v.strip())]
    units = len(values) - len(places)
    return len(values) >= 3 and units + name_shape(places, 1, 3)[0] * len(places) >= 0.8 * len(values)


def _unit_lines(values: list[str]) -> bool:
    """Round 37: four in five values are second address lines (:data:`_UNIT_LINE`).

    Example:
        >>> _unit_lines(["Apt 3B", "#1407", "Unit 5C", "Fl 2"]), _unit_lines(["Gold", "Silver", "Bronze"])
        (True, False)
    """
    return len(values) >= 2 and sum(bool(_UNIT_LINE.match(v.strip())) for v in values) >= 0.8 * len(values)


#: Round 37: a relation written before a name in South Asian records (son, daughter, wife, care of: ``S/O``, ``D/O``,
#: ``W/O``, ``C/O``) and a single initial (``KAVITHA N``, ``B.``).
_RELATION = re.compile(r"^[SDWCH]/O$", re.IGNORECASE)
_INITIAL = re.compile(r"^[^\W\d_]\.?$")


def _unshouted(values: list[str]) -> list[str]:
    """Round 37: the values as a name is written, for its shape to be read: a value in capitals (a register's) with
    each word capitalized and its single initials left out (``KAVITHA N`` as ``Kavitha``), a middle initial left out
    of any (``Anthony T. Cook`` as ``Anthony Cook``; ``T. Visser`` keeps its initial), and a relation written before
    the name left out (``S/O``).

    Example:
        >>> _unshouted(["SRI RAVI ACHARYA", "D/O KAVITHA N", "Anthony T. Cook", "T. Visser", "高橋 彩"])
        ['Sri Ravi Acharya', 'Kavitha', 'Anthony Cook', 'T. Visser', '高橋 彩']
    """
    out = []
    for value in values:
        words = [w for w in value.split() if not _RELATION.match(w)]
        shouted = value.isupper()
        kept = [w for k, w in enumerate(words) if not (_INITIAL.match(w) and w[0].isupper() and (
            shouted or 0 < k < len(words) - 1))] or words
        out.append(_capitalized(" ".join(kept)) if shouted else " ".join(kept))
    return out


def _capitalized(value: str) -> str:
    """Round 39: each word of ``value`` written in capitals capitalized instead (``SRI RAVI`` as ``Sri Ravi``)."""
    return " ".join(w.capitalize() if w.isupper() else w for w in value.split())


def _unworded(values: list[str]) -> bool:
    """Round 37: no word of the values is a word of the classifier's vocabulary or of a program's account (a team, a
    bot, a queue: ``Finance Ops``, ``Auto Approve``), a country, a day or a month.

    Example:
        >>> _unworded(["Sipho Mthembu", "Thabiso Seabi"]), _unworded(["Sipho Mthembu", "Risk Team", "Auto Approve"])
        (True, False)
    """
    calendar, countries = calendar_words(), country_names()
    words = {w for v in values for w in re.split(r"[\s.,_-]+", fold(v)) if w}
    return not any(w in OBJECTS or w in QUALIFIERS or w in WORDS or w in _SYSTEM_WORDS or w in calendar or (
        w in countries) or w in _TEAM_WORDS for w in words)


#: Round 37: words that name a group or a program that acts, not a person (``Risk Team``, ``Auto Approve``).
_TEAM_WORDS = frozenset({"team", "ops", "operations", "desk", "queue", "auto", "automatic", "rule", "rules", "engine",
                         "workflow", "admin", "support", "compliance", "risk", "group", "unit", "department", "dept",
                         "office", "default", "manual", "portal", "app", "web", "online", "vendor", "partner",
                         "provider", "check", "checker", "review", "verification", "kyc", "aml", "fraud"})


#: Round 62: the particles a family name starts with, Irish ones too (``Ó``, ``Ní``, ``Mac``).
_FAMILY_PREFIXES = NAME_PARTICLES | {"o", "ni", "nic", "mc", "ua"}


def _shared_word(values: list[str], share: float, people: frozenset[str] = frozenset()) -> bool:
    """A word two or more of the values share, in at least ``share`` of them: things of one kind share its word
    (``Grand Hall``, ``Small Hall``). Round 22: a word the table's own people bear as a given or family name
    (``people``) is no thing's kind: two caseworkers may share a family name or a given name.

    Round 37: nor is the family name two staff share whose given names the census knows (``Isla Harrison``,
    ``Amelia Harrison``).

    Round 62: nor is a family name written with its particle (``Fionnuala Ó Murchú``, ``Muireann Ó Murchú``).

    Example:
        >>> _shared_word(["Grand Hall", "Small Hall", "Club Room"], 0.5), _shared_word(["Ann Ward", "Luis Pardo"], 0.5)
        (True, False)
        >>> _shared_word(["Fionnuala Ó Murchú", "Ailbhe Fennelly", "Muireann Ó Murchú", "Nuala Brosnan"], 0.5)
        False
        >>> _shared_word(["Rebecca Lewis", "Isla Harrison", "Amelia Harrison"], 0.5)
        False
    """
    given, family = given_and_family_names()
    counts: dict[str, int] = {}
    for value in values:
        words = fold(value).replace(",", " ").split()
        if len(words) in (2, 3) and words[0] in given and words[-1] in family:
            words = words[:-1]
        if len(words) >= 3 and words[-2] in _FAMILY_PREFIXES:
            words = words[:-2]  # (round 62: ``Ó Murchú``, ``Le Gall``: a family name with its particle, two staff's)
        for word in set(words) - people - NAME_PARTICLES:  # (round 68: ``van den``, ``bin``: no thing's kind)
            counts[word] = counts.get(word, 0) + 1
    top = max(counts.values(), default=0)
    return top >= 2 and top >= share * len(values)


def _staff_known(names: list[str], people: frozenset[str]) -> bool:
    """The name words of a value are known as a person's: a word the table's own people bear as a given or family
    name, or a first word the US Census knows as a given name (its family names hold many English and Italian
    words: ``Gold``, ``Friend``, ``Corte``)."""
    folded = [fold(w).strip(".,") for w in names]
    return bool(folded) and (folded[0] in given_and_family_names()[0] or any(f in people for f in folded))


def _staff(name: str, by_name: Kind | None, strength: str, values: list[str], context: TableContext,
           values_kind: str) -> Classification | None:
    """Round 16: a text column of 2-20 distinct values repeated across the rows of a table about people (the caller
    tells the repetition), written as people are beside their role (:func:`_staff_shape`) in one form (the same
    number of name words in three values of four), none a place, a country, a day, a month, a company, a street or a
    word of the classifier's vocabulary, under a name that is a word (not opaque, no thing's stem, not in another
    script than Latin values), values sharing no word as things of one kind do (unless marked): the staff the rows
    name. One name word each is the given name staff go by, more a person's name. ``personal`` when more than half
    the values are marked as a person's (an initial, a title, an honorific, ``FAMILY, Given``) or hold a name the
    table's people bear or a census given name first (one word each: the people's names must be half), or the
    column's name says a person or a role and some are; ``review`` (masked by default) on weaker evidence: one word
    each with some census given name, a third known in Latin script, any number in Cyrillic or Greek (whose things
    are written in sentence case); otherwise no staff.

    Example:
        >>> ctx = TableContext(table=True, given_names=frozenset({"aleksandra", "urszula"}))
        >>> _staff("przyjal_a", None, "", ["Pani Aleksandra", "Pani Urszula", "Pan Radosław"], ctx, "").kind.value
        'person_name'
        >>> _staff("smak", None, "", ["Szarlotka Babci", "Malinowa Chmurka", "Królewski Sernik"], ctx, "") is None
        True
    """
    # (round 35: in a table of things, the few staff a column named as a person, a role or who did something names:
    # an MES's operators, a work order's technician, an inspection lot's releaser; their evidence must be strong)
    words = set(name_words(name, context.prefix))
    if words & {"address", "street", "city", "postcode", "postal"}:
        return None  # (round 40: a defendant's ``DEFT_ADDR_4``, ``WEST YORKSHIRE``: a part of a person's address)
    census = name_shares(values) if 2 <= len(values) <= 20 else (0.0, 0.0, 0.0)
    named = bool(words & {"role", "employee", "person", "agent"}) or _agent(name) or "name" in words and census[
        0] >= 0.8 or (
        by_name is Kind.FIRST_NAME and census[1] >= 0.5 or by_name is Kind.LAST_NAME and census[2] >= 0.5)
    # (an MES's ``operator_name`` of census full names; a work order's ``TechFirstName`` of census given names; not
    # a boat's ``imeBroda`` or a product's ``shohin_mei``, whose "names" the census lacks)
    if by_name not in (None, Kind.PERSON_NAME) and not named or not 2 <= len(values) <= 20 or not (
            context.table and (context.people or named) and not context.business and (
                not context.things or named)):
        return None
    if _opaque_name(name):
        return None  # (an opaque ``c03``)
    if (words & {"role", "employee", "person", "agent"} or _agent(name) or by_name is Kind.PERSON_NAME and (
            strength == "strong")) and all(v.isupper() for v in values):
        values = list(map(_capitalized, values))  # (round 39: a till's ``AMANDEEP``)
    shapes = [s for v in values if (s := _staff_shape(v))]
    counts = [sum(fold(w) not in NAME_PARTICLES for w in n) for n, _ in shapes]  # (``De Luca G.``: one name)
    people = context.given_names | context.family_names | (
        context.people_words if named and by_name is None else frozenset())
    # (round 44: under a role's or an employee's word the name does not read as a person's, the words of the table's
    # people's full names count too; a column named as a person's is among those people itself)
    names = {fold(" ".join(n)) for n, _ in shapes if not unicodedata.name(n[0][:1], "").startswith(_UNSPACED)}
    places = sum(is_city(n) and n not in people for n in names)  # (a Japanese family name is often a town's too)
    patronymic = sum(any(w in _PATRONYMIC_PARTICLES for w in v.split()) for v in values) >= 0.5 * len(values)
    if len(shapes) < 0.8 * len(values) or max(map(counts.count, counts)) < 0.75 * len(values) and not (
            patronymic and max(counts, default=0) <= 4) or places > len(names) / 2 or _staff_blocked(values):
        return None  # (round 68: Malay names, ``bin``, ``a/p``, have two or three name words each; a saint's church
        # and a family's, ``St. Mark Church``, ``Holy Family Church, Dorchester``, are things of one form)
    if all(v.islower() for v in values) and sum(fold(v) in people for v in values) < 0.5 * len(values):
        return None  # (round 18: lower-case words are things' unless the table's own people bear them: ``wendy``)
    marked = sum(m for _, m in shapes) / len(values)
    script = name_shape([v[:1].upper() + v[1:] if v.islower() else v for v in values])[1]  # (``wendy``: Latin)
    if marked < 0.5 and _shared_word(values, 0.5 if script == "LATIN" else 0.7, people):  # (sentence case: 2 of 3)
        return None  # (``Grand Hall``, ``Small Hall``: things of one kind share its word; staff share a title)
    if len(values) >= 3 and _shared_word([" ".join(n) for n, _ in shapes], 1.0):
        return None  # (round 17: ``St. Anna Kapelle``, ``St. Georg Kapelle``: a word every name shares, titles aside)
    evidence = sum(m or _staff_known(n, people) for n, m in shapes) / len(values)
    ours = sum(any(fold(w) in people for w in n) for n, _ in shapes)
    if ours < 0.5 * len(values) and any(_thing_word(w) for w in name_words(name, context.prefix)):
        return None  # (``marca_modelo``, a wedding hall's ``sala``: things, unless the table's people bear the names)
    if evidence < 0.5 and script == "LATIN" and any(
            ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN") for ch in name):
        return None  # (car models under Thai ``รุ่นรถ``: a person there is written in the name's script)
    one = all(n == 1 for n in counts) and not marked
    if not one and not evidence and named and (sum(
            fold(v.split()[-1]) in census_names()[1] for v in values) >= 0.5 * len(values) or context.people and (
            _unworded(values))):
        # (round 34: who released the rows, given names the census lacks before its family names: people; a team
        # or a bot, ``Finance Ops``, ends in no family name; round 37: in a table about people, who verified them,
        # written as full names no word of which the vocabulary knows: ``Sipho Mthembu``)
        evidence = 0.5
    role = by_name is Kind.PERSON_NAME and strength == "strong" or named  # (round 34: who released the rows)
    # weaker evidence, sent to review: one word each, some of them known given names; two or three capitalized
    # words each, a third of them known in Latin script (things there are written in title case too), any in a
    # script whose things are written in sentence case (Cyrillic, Greek)
    weak = len(values) >= 3 and (one and evidence > 0 or not one and (evidence >= 1 / 3 or script not in (
        "LATIN", "", *_UNSPACED)))
    if not (evidence > 0.5 or role and evidence > 0 or weak) or not context.people and evidence <= 0.5:
        return None
    kind = Kind.FIRST_NAME if one and script not in ("", *_UNSPACED) else Kind.PERSON_NAME
    if kind is Kind.FIRST_NAME and name_shares(values)[1] == 0 and name_shares(values)[2] >= 0.8:
        kind = Kind.LAST_NAME
    if by_name in (Kind.FIRST_NAME, Kind.LAST_NAME) and one:
        kind = by_name  # (round 35: the name said which part: ``TechFirstName``)
    if one and not role and ours < 0.5 * len(values):
        evidence = min(evidence, 0.5)  # (census given names alone are flowers' and cakes' too: ``Rose``, ``Lily``)
    state = PERSONAL if evidence > 0.5 or role and evidence > 0 else REVIEW
    where = "in a table about people" if context.people else "under a name that says a person, a role or who did it"
    return Classification(name, kind, 0.65 if state == PERSONAL else 0.55, f"{len(values)} distinct values repeated "
                          "across rows, written as people are beside their role (a name, an initial, a title, an "
                          f"honorific), none a place, country, day, month, company, street or vocabulary word, {where}"
                          ": the staff the rows name" + (
                              "" if state == PERSONAL else " (few of them a known name: review)"), state, values_kind)


def _person_words(value: str) -> int:
    """Round 22: how many words a value holds when it is written as a person's name is, whatever the language: one to
    three words of letters (a hyphen or an apostrophe inside), each capitalized (one word may be all capitals, as
    forms write a family name: ``YAMADA``), all of one script; a name of a script without spaces is one word of two
    to four Han or Hangul characters. 0 when the value is not shaped so (a digit, a dot, a lower-case word).

    Example:
        >>> _person_words("Søren Holm"), _person_words("Ахмед"), _person_words("YILMAZ"), _person_words("山田")
        (2, 1, 1, 1)
        >>> _person_words("Plan B"), _person_words("ABC DEF"), _person_words("Kit 3"), _person_words("sala grande")
        (0, 0, 0, 0)
    """
    words = value.split()
    if len(words) == 1 and all(unicodedata.name(ch, "").startswith(("CJK", "HANGUL")) for ch in value):
        return 1 if 2 <= len(value) <= 4 else 0
    if not 1 <= len(words) <= 3:
        return 0
    scripts = set()
    for word in words:
        letters = word.replace("-", "").replace("'", "").replace("’", "")
        if len(letters) < 2 or not letters.isalpha() or not word[:1].isupper() or not (
                word[1:].islower() or len(words) == 1 and word.isupper() and len(word) >= 3):
            return 0
        scripts |= {unicodedata.name(ch, "").split()[0] for ch in letters}
    return len(words) if len(scripts) == 1 and not scripts & {"CJK", "HANGUL", "HIRAGANA", "KATAKANA"} else 0


def _shared_ending(values: list[str]) -> bool:
    """Round 22: more than half the values, two at least, end in the same character, as things of one kind written
    without spaces do (Korean departments ``내과``, ``외과``, ``소아과``; Japanese ``駅``, ``店``); family names seldom.

    Example:
        >>> _shared_ending(["내과", "외과", "소아과"]), _shared_ending(["田中", "佐藤", "鈴木"])
        (True, False)
    """
    ends = [v[-1] for v in values if v]
    top = max(map(ends.count, ends), default=0)
    return top >= 2 and top > len(values) / 2


def _unnamed_staff(name: str, by_name: Kind | None, strength: str, values: list[str], context: TableContext,
                   values_kind: str) -> Classification | None:
    """Round 22: two to eight distinct values repeated across the rows of a table about people, under a name whose
    words the vocabulary lacks (a role in some language: Danish ``raadgiver``, Turkish ``Temsilci``,
    romanized Japanese ``HAITATSU_IN``) or a person word qualified weakly (``配送担当``), each written as a person's name
    (:func:`_person_words`) in one or two words each alike, sharing no word in half of them, most not a place, none a
    country, day, month, company, street or vocabulary word: the staff the rows name, decided by the values' shape
    where no lexicon knows the names (the US Census lacks most non-English names). Two words each (given and family
    name) are a person's name when half of them bear a word of the table's own people's names (staff are drawn from
    the same people; a cake's, a stage's name is not); one word each only as a Chinese, Japanese or Korean family
    name under a person's word (``担当``; not sharing an ending, as departments do; a tree species, an income bracket
    is written so too) or as census family names written in capitals, no vocabulary word (``YAMADA``, not
    ``SPOUSE``): one capitalized word is a colour's, a department's, a payment rail's as often. A thing's name (``Urun``, ``marca``)
    never reaches here.

    Example:
        >>> ctx = TableContext(table=True, people_words=frozenset({"soren", "mette", "kjaer"}))
        >>> _unnamed_staff("raadgiver", None, "", ["Søren Holm", "Mette Lund", "Jens Kjær"], ctx, "").kind.value
        'person_name'
        >>> _unnamed_staff("raadgiver", None, "", ["Blue Ocean", "Green Ocean"], ctx, "") is None
        True
    """
    if not (by_name is None or by_name is Kind.PERSON_NAME and strength == "weak") or not 2 <= len(values) <= 8 or not (
            context.table and context.people and not context.business and not context.things and not (
                context.registered)):
        return None
    words = name_words(name, context.prefix)
    if _opaque_name(name):
        # (round 77: a CRM export's ``col21``, ``Hardik Bhatt`` and three more: staff, when both words of each name
        # are borne by the people the table's other columns name)
        if not context.value_people_words or sum(len(v.split()) >= 2 and all(
                fold(w) in context.value_people_words for w in v.split()) for v in values) < 0.8 * len(values):
            return None
        context = replace(context, people_words=context.people_words | context.value_people_words)
    elif set(words) & (_PLACE_WORDS | {"animal"}) or any(_thing_word(w) for w in words):
        return None
    counts = [_person_words(v) for v in values]
    bear = sum(any(fold(w) in context.people_words for w in v.split()) for v in values)
    # (round 42: one to three words each, a Vietnamese ``Đặng Thanh Tuyết`` beside an Indonesian ``Wahyu``, when half
    # bear a name the table's own people bear)
    mixed = 0 not in counts and max(counts) <= 3 and len(set(counts)) > 1 or counts[0] == 3
    script = unicodedata.name(values[0][:1], "").split(" ")[0]
    # (round 68: a Japanese family name is a town's as often as not, ``古賀``, ``野田``: under a person's word they are
    # the staff's names)
    towns = not (script.startswith(_UNSPACED) and by_name is Kind.PERSON_NAME) and sum(
        is_city(fold(v)) for v in values) > len(values) / 2
    if 0 in counts or (len(set(counts)) > 1 or counts[0] > 2) and not (mixed and bear >= len(values) / 2) or (
            _staff_blocked(values)) or company_share(values) > 0 or towns or _shared_word(
            values, 0.5, context.people_words):
        return None  # (a family name is often a town's too: more than half are places)
    if any(ch.isalpha() and not ch.isascii() and not unicodedata.name(ch, "").startswith(script) for ch in name):
        return None  # (car models under Thai ``รุ่นรถ``: a person there is written in the name's script; round 68: a
        # name in ASCII, as most databases write them, holds names of any script, ``uketsuke_tantousha``: ``古賀``)
    if (counts[0] == 2 or mixed) and bear >= len(values) / 2:
        kind = Kind.PERSON_NAME  # (half bear a name the table's people bear: no cakes, ``Królewski Sernik``)
    elif set(counts) == {1} and len(values) >= 3 and bear == len(values) and script == "LATIN" and not any(
            fold(v) in WORDS or fold(v) in OBJECTS or fold(v) in QUALIFIERS for v in values):
        kind = Kind.FIRST_NAME  # (round 44: a campsite's receptionists ``Marieke``, ``Sjoerd``: every one a name the
        # table's own guests bear, none a word: the given names staff go by, which the census lacks)
    elif script.startswith(_UNSPACED) and by_name is Kind.PERSON_NAME and not _shared_ending(values):
        kind = Kind.LAST_NAME  # (Japanese, Chinese, Korean staff go by the family name, under a person's word: 担当)
    elif script == "LATIN" and all(v.isupper() for v in values) and name_shares(values)[2] >= 0.8 and not any(
            fold(v) in WORDS or fold(v) in OBJECTS or fold(v) in QUALIFIERS for v in values):
        kind = Kind.LAST_NAME  # (a form's family names in capitals: ``YAMADA``, not ``SPOUSE``, ``CHILD``)
    else:
        return None  # (one word in Cyrillic or Greek, or capitalized Latin: a department's, a colour's as often)
    return Classification(name, kind, 0.6, f"{len(values)} distinct values repeated across rows, each written as a "
                          f"person's name ({'-'.join(map(str, sorted(set(counts))))} capitalized word"
                          f"{'s' if max(counts) > 1 else ''} of one script, "
                          "no digit), sharing no word, none a place, country, day, month, company, street or "
                          "vocabulary word, under a name the vocabulary lacks, in a table about people: the staff the "
                          "rows name", values_kind=values_kind)


def _by_shape(name: str, by_name: Kind | None, values: list[str], rows: int, context: TableContext,
              values_kind: str, distinct: int) -> Classification:
    """What the values' shape shows when no lexicon or checksum does: names in any script, street lines without a
    known street word, notes holding contacts; otherwise the column is reviewed."""
    varied = len(values) >= 20 and distinct >= 0.3 * max(rows, 1)
    written = _unshouted(values)  # (round 37: ``SRI RAVI ACHARYA``, ``D/O KAVITHA N``: read as ``Sri Ravi Acharya``)
    if by_name is Kind.PERSON_NAME and (varied or len(values) >= 20 and _common_word_share(written) < 0.3):
        # (a few dozen couriers or signers repeat across rows: still many distinct people, sharing no word)
        share, script = name_shape(written)
        if share >= 0.8:
            return Classification(name, Kind.PERSON_NAME, 0.75, f"name suggests person_name; {share:.0%} of "
                                  f"{len(values)} sampled values are one to four {script.lower()}-script words shaped "
                                  "like names", values_kind=values_kind)
    if by_name in (Kind.FIRST_NAME, Kind.LAST_NAME) and varied and (share := name_shape(written, 2, 4)[0]) >= 0.8:
        # (round 41: a French ``nom_parent`` holding ``Fien Peeters``: the whole name)
        return Classification(name, Kind.PERSON_NAME, 0.75, f"name suggests {by_name.value}; {share:.0%} of "
                              f"{len(values)} sampled values are two to four words shaped like names: full names",
                              values_kind=values_kind)
    if by_name is None and context.people and not context.business and _name_pools(written):
        return Classification(name, Kind.PERSON_NAME, 0.6, "two or three words shaped like names, combining a few "
                              "dozen given names with a few dozen family names, in a table about people",
                              values_kind=values_kind)
    if by_name is None and varied and (context.people or context.staff) and distinct >= 0.5 * rows:
        share, script = name_shape(values, 2, 4)
        if share >= 0.8:
            whose = "people" if context.people else "a business and its staff"
            return Classification(name, Kind.PERSON_NAME, 0.6, f"{share:.0%} of {len(values)} sampled values are two "
                                  f"to four {script.lower()}-script words shaped like names, nearly all distinct, in a "
                                  f"table about {whose}", values_kind=values_kind)
    if by_name is Kind.STREET_ADDRESS and (share := street_shape_share(values)) >= 0.7:
        return Classification(name, Kind.STREET_ADDRESS, 0.7, f"name suggests street_address; {share:.0%} of sampled "
                              "values are words with a house number", values_kind=values_kind)
    if by_name in (None, Kind.PERSON_NAME) and (share := contact_text_share(values)) >= 0.25:
        return Classification(name, Kind.FREE_TEXT, 0.7, f"{share:.0%} of sampled values are text holding an e-mail "
                              "address or a phone number", values_kind=values_kind)
    said = f"name suggests {by_name.value}" if by_name else "name says nothing"
    return _review(name, f"{said}; values are free-form text no recognizer confirms", values_kind)


def _many_people(sample: Sequence[Any]) -> bool:
    """Round 23: twenty or more distinct text values, four in five read as people's full names (a given name the census
    knows and known names after it): people, even in a table of things (a shipment's ``consignee_name``), where a
    bare name otherwise names the thing. Things are not named given name and family name, hundreds of ways.

    Example:
        >>> _many_people([f"{g} {f}" for g in ("Anna", "Peter", "Maria", "John", "Linda") for f in ("Baker", "Moore",
        ...               "Clark", "Young")])
        True
        >>> _many_people([f"Widget {i}" for i in range(30)])
        False
    """
    values = list(dict.fromkeys(v for v in sample if isinstance(v, str)))[:_SAMPLE_DISTINCT]  # (nested: unhashable)
    return len(values) >= 20 and name_shares(values)[0] >= 0.8


#: Round 40: words of a column about animals.
_ANIMAL_MARKS = frozenset({"animal", "microchip"})


def _animals_own(name: str, context: TableContext) -> bool:
    """Round 41: in a table about animals, the name is a patient's name (a vet's ``PatientName``): the animal's, not
    its owner's (``ClientSurname`` stays the person's); round 55: so is a patient's date of birth (``patient_dob``).
    An unqualified date of birth there stays a person's (a farrier's or a groomer's book keeps the owner's as often as
    a herd book keeps the animal's), unless another column holds a person's, named by whose it is (a horse passport's
    ``Geboortedatum`` beside ``HouderGeboortedatum``, the keeper's).

    Example:
        >>> ctx = TableContext(table=True, animals=True)
        >>> _animals_own("PatientName", ctx), _animals_own("dob", ctx), _animals_own("ClientForename", ctx)
        (True, False, False)
        >>> _animals_own("patient_dob", ctx), _animals_own("dob", replace(ctx, owner_birth=True))
        (True, True)
    """
    words = set(name_words(name, context.prefix))
    return words in ({"person", "name"}, {"person", "birthdate"}) and "patient" in fold(name) or (
        words == {"birthdate"} and context.owner_birth)


def classify_column(name: str, data_type: str, sample: Sequence[Any], context: TableContext | None = None) -> Classification:
    """Classify one column from its name, type and sampled values.

    Args:
        name: the column name.
        data_type: the database type name.
        sample: some of the column's values (nulls are ignored).
        context: what the table's other columns say (default: nothing).
    """
    context = context or TableContext()
    dtype = data_type.lower()
    by_name, strength = kind_from_name(name, context.prefix)
    words = set(name_words(name, context.prefix))
    if by_name is Kind.NONE and strength == "object" and (own := _home_owner(name, data_type, sample, context)):
        return own
    if by_name is Kind.PERSON_NAME and context.things and not words & _PERSON_WORDS and not (
            set(unknown_words(name, context.prefix)) & context.staff_words) and not _many_people(sample):
        return Classification(name, Kind.NONE, 0.8, "a bare name in a table of things (not people) names the thing")
    if by_name in (Kind.PERSON_NAME, Kind.FIRST_NAME, Kind.DATE_OF_BIRTH) and context.animals and _animals_own(
            name, context):
        return Classification(name, Kind.NONE, 0.75, f"name says {by_name.value} of a patient, or bare beside a "
                              "person's own, in a table that describes animals (their species, breed, sire or "
                              "microchip): a vet's patient's, an animal's")
    if by_name is Kind.NATIONAL_ID and "licence" in words and not words & {"national", "iddocument"} and not (
            context.vehicles and context.people and not context.business):
        return Classification(name, Kind.NONE, 0.7, "name says a licence's number, in a table that names no "
                              "vehicle or is not about people: a professional's, a club member's, a venue's or a "
                              "software's licence (a driver's licence sits beside the vehicle it drives)")
    if by_name is Kind.NATIONAL_ID and context.passes and "pass" in _raw_words(name):
        return Classification(name, Kind.NONE, 0.7, "name says a pass's number, in a table named for passes of a "
                              "kind (a player's, a ski or season pass): the pass the table keeps, no passport")
    if context.military and context.people and not context.business and by_name in (None, Kind.NONE) and (
            _service_number(name, context.prefix)):
        return Classification(name, Kind.NATIONAL_ID, 0.75, "name says a service number, in a table about people of "
                              "the armed forces (a rank, a regiment, a veteran): a service member's identifier, theirs "
                              "for life")
    if by_name is Kind.NATIONAL_ID and words & _DOCUMENT and not words & {"national", "iddocument"} and not (
            context.people and not context.business and not context.things):
        return Classification(name, Kind.NONE, 0.7, "name says a document's number, in a table that is not about "
                              "people: an invoice's, a delivery note's or a filing's (a person's identity document "
                              "is named so beside the person)")
    present = _present(sample)
    if by_name not in (None, Kind.NONE) and present.empty:
        return Classification(name, by_name, 0.8, f"name says {by_name.value}; the sample holds no value to say "
                              "otherwise (an empty or all-NULL column is judged by its name)")
    house = context.has_street and not context.business and (unknown_number(name, context.prefix) or (
        words == {"number", "address"}))
    # how many distinct values a house number column may have: a number named by an unknown word must repeat as
    # houses do; one named as an address's (round 50: ``NUMERO_ENDERECO``, ``addr_no``) only not be a key
    house_distinct = 0.95 if words == {"number", "address"} else 0.7
    # a bare "number" (``Numero``, ``Nr``, ``Hausnummer`` cut short) right beside the street column is its house number
    beside = context.has_street and not context.business and name in context.street_neighbours and (
        words == {"number"} or "number" in words and by_name is None)
    if any(t in dtype for t in (*_TEXT_TYPES, *_NESTED_TYPES)):
        values, rows, distinct = _present_texts(present)
        if by_name in _PERSON_KINDS and values and sum("^" in v for v in values) >= 0.8 * len(values):
            values = _components(values)
        if by_name in _PERSON_KINDS and values and sum(bool(_SLASHED.match(v)) for v in values) >= 0.8 * len(values):
            values = _unslashed(values)
        if (by_name in (None, *_PERSON_KINDS) or strength == "weak") and (
                _surname_first_names(values) or _family_comma_given_names(values)):
            return Classification(name, Kind.PERSON_NAME, 0.8, "values are names written family name first (in "
                                  "capitals, or before a comma), then the given name (``FAMILY, Given``, ``Family, "
                                  "Given``), as registers write people's names", values_kind=Kind.PERSON_NAME.value)
        if values and sum(_credentialed(v) is not None for v in values) >= 0.8 * len(values):
            values = [_credentialed(v) or v for v in values]  # (round 23: ``Colby Vance, MD``: the name)
        if values and sum(bool(_TOKEN.match(v)) for v in values) >= 0.8 * len(values):
            values = [_TOKEN.sub("", v) for v in values]  # FHIR tokens ``system|value``: the value is the identifier
        if name_words(name, context.prefix)[-1:] == ["login"] and len(values) >= 2 and sum(
                bool(_HANDLE.match(v)) for v in values) >= 0.8 * len(values):
            return _review(name, "name says a login handle and the values are handles: they point at one person "
                           "each, though no kind names them", Kind.NONE.value)
        if (words & {"login"} or words & _ACTOR and by_name is Kind.NONE or _user_of(words, by_name) or (
                by_name is Kind.PERSON_NAME and strength == "weak")) and len(
                values) >= 8 and sum(_typed_handle(v) for v in values) >= 0.8 * len(values) and not _generated_ids(
                values):
            # a login with a qualifier (``login_id``, ``login_portal``), who changed a record (``updated_by``), a
            # user column, bare or of a thing (round 20: ``web_user``): handles written as people type them
            return _review(name, "name says a login, a user or who changed the record, and the values are handles "
                           "written in lower case or with dots and digits: they point at one person each, though "
                           "no kind names them", Kind.NONE.value)
        if by_name is Kind.NONE and "surrogate" in words and len(values) >= 20 and _staff_handles(values) and not (
                _generated_ids(values)):
            # (round 40: a web portal's ``Web_ID`` holding each student's login: ``kreddy``, ``priya.liu``)
            return _review(name, "name says an id and the values are login handles as people type them, most "
                           "spelling a person's name: one person each, though no kind names them", Kind.NONE.value)
        if (by_name is None or by_name is Kind.NONE and (strength == "object" or "surrogate" in words) or (
                strength == "weak") or _user_of(words, by_name) or "role" in words) and _few_repeated(
                values, rows, distinct) and (
                _staff_handles(values)):
            # (round 37: or a user's id holding a few staff's logins, ``sUserId``: ``twilson``; round 40: any id,
            # a service desk's ``CSR_ID``: ``csr_asantos``, and a role's, a locksmith's ``DISPATCHER``: ``JROGERS``)
            # (``kirjaaja``, ``registado_por``, ``sb_kennung``, an ``operator``: who entered the row, by login)
            return _review(name, "the values are a few login handles repeated across rows, written as people type "
                           "them and spelling people's names (given.family, an initial and a family name): the staff "
                           "who record the rows, one person each, though no kind names them", Kind.NONE.value)
        if context.table and context.people and not context.business and (
                _few_repeated(values, rows, distinct) and len(values) <= 8 and by_name in (None, Kind.PERSON_NAME) and (
                    _templated_handles(values)) or len(values) >= 8 and _at_handles(values)):
            # (round 22: Czech ``zalozil``, Greek ``δημιουργήθηκε_από``, ``TOROKU_USER``; a ``tag`` of ``@`` handles)
            return _review(name, "the values are login or social-media handles people type (a few staff's "
                           "given.family or name and digits, written one way, or handles after an @), in a table "
                           "about people: one person each, though no kind names them", Kind.NONE.value)
        if by_name in (None, Kind.NONE) and (_agent(name) or words & _ACTOR and words & {"person", "login"}) and (
                _few_repeated(values, rows, distinct) or len(
                values) == 2 and rows >= 30 and all(_LOGIN_WORD.match(v) for v in values)) and sum(
                map(_typed_handle, handles := _login_forms(values))) >= 0.8 * len(values) and not any(
                fold(v) in WORDS or fold(v) in OBJECTS for v in handles) and not _system_accounts(handles):
            # (Swedish ``utlamnad_av``, "handed out by", German ``geprueft_von``: who did it, by signature or login;
            # round 40: a domain's ``MSIP\connor_d``, two chimney sweeps' ``meggert``, ``bkortmann``, and who last
            # updated a row of an AS/400 file, ``UPDUSR``: ``MTAPSELL``)
            return _review(name, "the name says who did something (a verb, then \"by\" in some language, or a noun for "
                           "whoever entered the record) and the "
                           "values are a few handles or signatures repeated across rows, written as people type them: "
                           "the staff who did it, one person each, though no kind names them", Kind.NONE.value)
        if (house and distinct <= house_distinct * rows or beside) and len(values) >= 3 and house_number_share(
                values) >= 0.9:
            return Classification(name, Kind.STREET_ADDRESS, 0.7, "a number named by a word the vocabulary lacks or "
                                  "as an address's, beside a street column, holding house or flat numbers (12, 12a, "
                                  "3/5)",
                                  values_kind=Kind.STREET_ADDRESS.value)
        if name in context.opaque_localities and context.people and not context.business:
            return Classification(name, Kind.CITY, 0.6, "an opaque name, between a column of street lines and one of "
                                  "postal codes, holding place names: the address's town or locality",
                                  values_kind=Kind.CITY.value)
        found = _text_column(name, by_name, strength, values, rows, context, distinct)
        if found.state == REVIEW and any(t in dtype for t in _NESTED_TYPES):
            # a nested value as text is not free-form text: masking it whole would break its structure
            return Classification(name, Kind.NONE, 0.5, f"nested type {data_type}: no field shows a kind; pin its "
                                  "kind in the policy if a field holds personal data", values_kind=found.values_kind)
        return found
    if any(t in dtype for t in _BINARY_TYPES):
        if by_name not in (None, Kind.NONE):
            return Classification(name, by_name, 0.8, f"name says {by_name.value}; binary values are not read as text")
        return Classification(name, Kind.NONE, 0.7, f"type {data_type}: binary values are not read as text and the "
                              "name says nothing personal; pin its kind in the policy if it holds personal data")
    distinct = list(pd.unique(present))[:_SAMPLE_DISTINCT * 4]
    if any(t in dtype for t in _DATE_TYPES) and "interval" not in dtype:
        dates = [d for v in distinct if (d := _as_date(v)) is not None]
        with_time = [v for v in distinct if isinstance(v, datetime | pd.Timestamp) and (v.hour or v.minute or v.second)]
        if with_time and by_name is not Kind.DATE_OF_BIRTH:
            return Classification(name, Kind.NONE, 0.85, "timestamps with a time of day are events")
        if by_name is Kind.NONE:
            return Classification(name, Kind.NONE, 0.85, "name describes something that is not personal data")
        return _dates_column(name, None if strength == "weak" else by_name, dates, "dates", people=context.people,
                             event=_event_date(name, context))
    if (any(t in dtype for t in _INT_TYPES) or _WHOLE_DECIMAL.match(dtype)) and "interval" not in dtype:
        ints = [int(v) for v in distinct if not isinstance(v, bool)]
        rows = int(present.size)
        if house and len(ints) >= 3 and int(present.nunique()) <= house_distinct * rows and all(
                0 < v < 10_000 for v in ints) and (
                max(ints) >= 2 * min(ints)):  # (round 41: houses' numbers spread; ``2305``-``2389`` are a record's)
            return Classification(name, Kind.STREET_ADDRESS, 0.7, "a number named by a word the vocabulary lacks or "
                                  "as an address's, beside a street column, holding small repeated integers: house or "
                                  "flat numbers")
        if beside and len(ints) >= 3 and all(0 < v < 100_000 for v in ints) and not (
                len(ints) == rows and max(ints) - min(ints) + 1 == len(ints)):
            return Classification(name, Kind.STREET_ADDRESS, 0.7, "a bare number next to the street column, holding "
                                  "small integers that are not a run of keys: the street's house numbers")
        if name in context.birth_split and ints:
            return Classification(name, Kind.DATE_OF_BIRTH, 0.8, "integers that are a year, month or day beside "
                                  "sibling columns holding the other parts, named alike, whose rows read as dates of "
                                  "birth")
        if context.birth_parts and words and words <= _DATE_PARTS:
            by_name = Kind.DATE_OF_BIRTH  # judged with its siblings: "giorno" beside "mese" and "anno_nascita"
        if words & _DATE_PARTS and _stem(name) in context.birth_stems:
            by_name = Kind.DATE_OF_BIRTH  # a day / month / year beside siblings whose years read as births
            words = words | {"birth"}
        return _integer_column(name, words, by_name, ints, context.people)
    return Classification(name, Kind.NONE, 0.8, f"type {data_type} holds no kind of personal data")


#: Round 44: words of a vehicle's columns (its VIN, plate or registration, make, mileage), in several languages.
_VEHICLE_WORDS = frozenset({"vehicle", "vin", "plate", "rego", "kenteken", "kennzeichen", "targa", "matricula", "spz",
                            "plaka", "arac", "fahrzeug", "voertuig", "pojazd", "vozidlo", "veicolo", "vehiculo",
                            "veiculo", "voiture", "odometer", "mileage", "car", "truck", "lorry",
                            # (round 73) a French registration, a mileage, a chassis, a German motor vehicle, a
                            # Turkish car, a Polish registration number
                            "immatriculation", "kilometrage", "chassis", "kfz", "otomobil", "rejestracyjny"})


#: Round 49: words of a schema or table that keeps drivers or members who drive (a taxi licensing office, a car
#: share, a driving school, ride-hailing): a licence's number there is a driving licence's, as beside a vehicle.
_DRIVING_WORDS = frozenset({"driver", "drivers", "driving", "taxi", "taxis", "cab", "cabs", "chauffeur", "chauffeurs",
                            "carshare", "carsharing", "rideshare", "ridehailing", "chofer", "choferes", "remis",
                            "remises", "autopartage", "deelauto", "deelmobiliteit", "fahrschule", "fahrer",
                            "autoescuela", "autoscuola", "rijschool", "kierowcy", "kierowca", "takushi", "untenshu"})


def _driving(table: str) -> bool:
    """Round 49: the table's schema or name says it keeps drivers (``phlicensing.DriverLicences``,
    ``carshare_akl.memberAccounts``, ``autopartage_qc.membres``).

    Example:
        >>> _driving("phlicensing.DriverLicences"), _driving("carshare_akl.memberAccounts"), _driving("hr.staff")
        (True, True, False)
    """
    return bool(set(re.findall(r"[a-z]+", fold(re.sub(r"([a-z])([A-Z])", r"\1 \2", table)))) & _DRIVING_WORDS)


#: Round 51: words of a schema, a table or its columns that speak of the armed forces (``lastRank``,
#: ``regiment``, ``usar_callup``, ``nomMilitaire``, a veteran's ``VET-`` fields, Greek ``βαθμός``, a rank).
_MILITARY_WORDS = frozenset({
    "military", "militaire", "militar", "militaer", "militare", "mil", "army", "armee", "ejercito", "esercito",
    "navy", "naval", "airforce", "marines", "regiment", "battalion", "brigade", "squadron", "platoon", "rank",
    "dienstgrad", "veteran", "veterans", "vet", "soldier", "soldiers", "soldat", "soldado",
    "reservist", "reservists", "cadet", "cadets", "enlistment", "enlisted", "callup", "mobilization",
    "mobilisation", "defence", "defense", "bundeswehr", "forsvaret", "forsvarsmakten", "puolustusvoimat",
    "kaitsevagi", "tsahal", "idf", "mos", "βαθμος", "στρατος"})
#: Round 51: how a service member's number is named: a service number (``serviceNumber``, ``VET-SVC-NUM``), a
#: military one (``mil_no``), or France's and Italy's ``matricule``/``matricola``.
_SERVICE_NUMBER = re.compile(r"^(?:(?:service|svc|serv|mil|military)(?:number|num|no|nr|nbr|id)?|matricule|matricola"
                             r"|servicenumber|servicenr)$")
_NUMBER_WORDS = frozenset({"number", "num", "no", "nr", "nbr", "id", "nummer", "numero"})
#: Whose service number a name may say before it (``VET-SVC-NUM``, ``member_service_no``).
_SERVICE_MEMBERS = _MILITARY_WORDS | {"member", "mbr", "personal", "pers"}


def _military(table: str, columns: Sequence[str]) -> bool:
    """Round 51: the table's schema, name or one of its columns says it is about the armed forces.

    Example:
        >>> _military("vets_pensions.claimCases", ["claimId", "serviceNumber", "lastRank"])
        True
        >>> _military("telco.lines", ["ServiceNumber", "plan"])
        False
    """
    words = {t for name in (table, *columns) for t in _name_tokens(name)}
    return bool(words & _MILITARY_WORDS)


def _service_number(name: str, prefix: str) -> bool:
    """Round 51: the name says a service number, whoever's fields the table's prefix marks (``VET-SVC-NUM``).

    Example:
        >>> _service_number("serviceNumber", ""), _service_number("VET-SVC-NUM", ""), _service_number("matricule", "")
        (True, True, True)
        >>> _service_number("service_date", ""), _service_number("order_number", ""), _service_number(
        ...     "customer_service_no", "")
        (False, False, False)
    """
    tokens = _name_tokens(name)
    if prefix and len(tokens) > 1 and tokens[0] == prefix:
        tokens = tokens[1:]
    if len(tokens) > 1 and tokens[-1] in _NUMBER_WORDS:
        tokens = tokens[:-1]
    return bool(tokens) and bool(_SERVICE_NUMBER.match(tokens[-1])) and tokens[-1] not in _NUMBER_WORDS and set(
        tokens[:-1]) <= _SERVICE_MEMBERS


#: Round 23: words of the columns that describe a company (its industry, sector, NAICS or SIC code, D-U-N-S number,
#: ticker, revenue), which a table of people does not have.
_FIRM_WORDS = frozenset({"industry", "sector", "naics", "sic", "duns", "ticker", "revenue"})


def _firmographic(words: set[str]) -> bool:
    """Round 23: a column's words describe a company: :data:`_FIRM_WORDS`, or its web site. Two such columns in a table
    no person's column marks say it describes businesses (a CRM's accounts), whose addresses and phones are theirs.

    Example:
        >>> _firmographic({"industry"}), _firmographic({"web", "site"}), _firmographic({"home", "page"})
        (True, True, False)
    """
    return bool(words & _FIRM_WORDS) or words == {"web", "site"}


def _raw_words(name: str) -> list[str]:
    """A name's words as written, folded, before any vocabulary maps them (``SpielerPass_Nr``: spieler, pass, nr).

    Example:
        >>> _raw_words("spielerpass_antraege"), _raw_words("PassNummer")
        (['spielerpass', 'antraege'], ['pass', 'nummer'])
    """
    return [w for w in re.split(r"[\W_]+", fold(re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", name))) if w]


def table_context(table: str, columns: Sequence[str]) -> TableContext:
    """What a table's name and column names say about each of its columns.

    Example:
        >>> table_context("main.store", ["s_store_sk", "s_store_name", "s_street_name", "s_city"]).business
        True
        >>> table_context("main.customer_address", ["ca_address_sk", "ca_city", "ca_zip"]).business
        False
    """
    prefix = table_prefix(list(columns), table)
    table_words = set(name_words(table.rsplit(".", 1)[-1]))
    table_words |= {w[:-1] for w in table_words if w.endswith("s")}  # "products", "customers": plurals
    priors = {c: kind_from_name(c, prefix)[0] for c in columns}
    column_words = [set(name_words(c, prefix)) for c in columns]
    table_words |= {base for w in table_words if (base := business_compound(w))}  # "Lagerstandorte": a warehouse
    # (round 70) a table named for bank payments or accounts (``PREM_ACH_EXTRACT``, ``bank_details``) is about whoever
    # pays or holds them, not about a bank
    table_words -= {"bank"}
    personish = {"customer", "employee", "person", "first", "last", "surname", "full"}
    evidence = [c for c, w in zip(columns, column_words) if priors[c] in (
        Kind.FIRST_NAME, Kind.LAST_NAME, Kind.EMAIL, Kind.DATE_OF_BIRTH, Kind.SSN, Kind.NATIONAL_ID) and not (
        priors[c] is Kind.NATIONAL_ID and w & (_DOCUMENT | {"licence"}) and not w & {"national", "iddocument"})]
    # (round 44: a licence's number is a person's only where other columns say people; round 46: a document's too)
    staff, staff_words = False, frozenset()
    firms = sum(map(_firmographic, column_words)) >= 2
    if table_words & BUSINESS or firms:
        # in a table named as a business, a person's column qualified by a role or by a word the vocabulary lacks
        # (its manager's tax number, ``LeiterSteuerId``) is about someone attached to the business, not the row;
        # (round 33) so is, beside a company's industry and revenue, its contact person's (Salesforce's
        # ``Primary_Contact_Email__c`` on an ``Account``)
        attached = [c for c, w in zip(columns, column_words) if c in evidence and ("role" in w or unknown_words(
            c, prefix) or firms and "person" in w)]
        evidence = [c for c in evidence if c not in attached]
        staff = bool(attached)
        staff_words = frozenset(w for c in attached for w in unknown_words(c, prefix) if len(w) >= 2)
    people = table_words & personish or bool(evidence)
    mentions = sum(bool(w & BUSINESS) for w in column_words)
    business = not people and (bool(table_words & BUSINESS) or mentions >= max(2, len(columns) / 4) or firms)
    has_place = any(priors[c] in (Kind.CITY, Kind.STREET_ADDRESS) or "country" in w
                    for c, w in zip(columns, column_words))
    things = not people and (bool(table_words & (OBJECTS | BUSINESS)) or firms)
    birth_parts = any(priors[c] is Kind.DATE_OF_BIRTH and w & _DATE_PARTS for c, w in zip(columns, column_words))
    named_birth = any(priors[c] is Kind.DATE_OF_BIRTH and not w & _DATE_PARTS for c, w in zip(columns, column_words))
    owner_birth = any(priors[c] is Kind.DATE_OF_BIRTH and w & _PERSON_WORDS for c, w in zip(columns, column_words))
    registered = any(w & {"company"} and w & {"number", "code", "surrogate"} for w in column_words)
    streets = [i for i, (c, w) in enumerate(zip(columns, column_words)) if priors[c] is Kind.STREET_ADDRESS
               and "street" in w]
    neighbours = frozenset(columns[j] for i in streets for j in (i - 1, i + 1) if 0 <= j < len(columns))
    qualifiers = [w for c in columns if priors[c] in _ADDRESS_KINDS for w in set(unknown_words(c, prefix))
                  if len(w) >= 3]
    animals = sum(bool(w & _ANIMAL_MARKS) for w in column_words) >= 2
    vehicles = any(w & _VEHICLE_WORDS for w in column_words) or bool(table_words & _VEHICLE_WORDS) or _driving(table)
    passes = any(len(w) > 4 and w.endswith("pass") and w != "reisepass" for w in _raw_words(table.rsplit(".", 1)[-1]))
    return TableContext(table=True, prefix=prefix, business=business, has_place=has_place, things=things,
                        animals=animals, vehicles=vehicles, passes=passes, military=_military(table, columns),
                        banking=any("routing" in w or "bank" in w and w <= {"bank", "name"} or "agencia" in w
                                    for w in column_words) and not any(
                            {"bank", "account"} <= w or {"account", "surrogate"} <= w for w in column_words),
                        staff=staff, staff_words=staff_words, has_surname=any(p is Kind.LAST_NAME for p in priors.values()),
                        given_stems=frozenset(_name_stem(c, prefix) for c in columns if priors[c] is Kind.FIRST_NAME),
                        family_stems=frozenset(_name_stem(c, prefix) for c in columns if priors[c] is Kind.LAST_NAME),
                        place_qualifiers=frozenset(w for w in qualifiers if qualifiers.count(w) >= 2),
                        birth_parts=birth_parts, named_birth=named_birth, owner_birth=owner_birth, registered=registered, people=bool(people), has_street=bool(streets),
                        named_postal=Kind.POSTAL_CODE in priors.values(),
                        street_neighbours=neighbours, repeated_places=frozenset(
                            k for k in _ADDRESS_KINDS if sum(p is k for p in priors.values()) >= 2))


def _one_family_name(value: str) -> bool:
    """Round 34: ``value`` is one capitalized name word, perhaps after particles (``Van Damme``, ``de Vries``).

    Example:
        >>> _one_family_name("Van Damme"), _one_family_name("Peeters"), _one_family_name("Bram Lambert")
        (True, True, False)
    """
    words = value.split()
    return bool(words) and all(fold(w) in NAME_PARTICLES for w in words[:-1]) and words[-1][:1].isupper() and (
        words[-1].replace("-", "").replace("'", "").isalpha())


def _name_stem(name: str, prefix: str = "") -> str:
    """Round 34: what qualifies a name column, its name words left out: ``fahrer`` of ``fahrerVorname`` and of
    ``fahrerName``, "" of ``voornaam``.

    Example:
        >>> _name_stem("fahrerVorname"), _name_stem("fahrerName"), _name_stem("voornaam")
        ('role', 'role', '')
    """
    return "_".join(w for w in name_words(name, prefix) if w not in ("first", "last", "surname", "name", "full"))


def _stem(name: str) -> str:
    """A column name without its day / month / year word: what sibling date-part columns share (``geb``); a
    table-wide prefix is kept, since it may be the stem itself (``rod_dan``, ``rod_mjesec``, ``rod_godina``)."""
    return "_".join(w for w in name_words(name) if w not in _DATE_PARTS and w != "birth")


#: Distinct values per column the table-level look at values reads (regions, places, date parts).
_CONTEXT_PROBE = 24


def _probe(series: pd.Series) -> list:
    head = series.dropna().head(2000)
    try:
        return list(pd.unique(head))[:_CONTEXT_PROBE]
    except TypeError:  # nested values (lists, dicts) are not hashable: compare their text
        return list(pd.unique(head.astype(str)))[:_CONTEXT_PROBE]


def _int_values(series: pd.Series) -> list[int] | None:
    if not (pd.api.types.is_integer_dtype(series.dtype) or pd.api.types.is_float_dtype(series.dtype)):
        return None
    values = series.dropna()
    return [int(v) for v in pd.unique(values)] if len(values) and (values % 1 == 0).all() else None


def _birth_stems(context: TableContext, columns: dict[str, str], sample: pd.DataFrame) -> frozenset[str]:
    """Stems of numeric day / month / year sibling columns whose values fit (day 1-31, month 1-12) and whose years
    read as births (1900-2020, spread over decades): the parts of a date of birth, named in any language."""
    parts: dict[str, dict[str, list[int]]] = {}
    for column in columns:
        words = set(name_words(column)) & _DATE_PARTS
        if len(words) != 1 or column not in sample:
            continue
        values = _int_values(sample[column])
        if values:
            parts.setdefault(_stem(column), {})[words.pop()] = values
    stems = set()
    for stem, found in parts.items():
        if not stem and not context.people:
            continue  # bare day / month / year columns of a table not about people: a release or event date
        years, days, months = found.get("year"), found.get("day", [1]), found.get("month", [1])
        if not years or len(found) < 2 or not (all(1 <= d <= 31 for d in days) and all(1 <= m <= 12 for m in months)):
            continue
        if all(1900 <= y <= 2020 for y in years) and birth_range([date(y, 7, 1) for y in years]):
            stems.add(stem)
    return frozenset(stems)


def _name_tokens(name: str) -> list[str]:
    return [t for t in re.split(r"[\W_]+", fold(re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", name))) if t]


def _opaque_name(name: str) -> bool:
    """The name has no word: no token of three letters or more, nor one in a script written without spaces
    (``col21``, ``c03``, ``F8``).

    Example:
        >>> _opaque_name("col21"), _opaque_name("c_03"), _opaque_name("raadgiver"), _opaque_name("担当")
        (True, True, False, False)
    """
    return not any(len(t) >= 3 and t.isalpha() or unicodedata.name(t[:1], "").startswith(_UNSPACED)
                   for t in _name_tokens(name))


def _capitalized_words(value: str, fewest: int = 1) -> bool:
    """``fewest`` to three words of letters, none starting in lower case: a place's name (``Mae Rim``), or with two
    at least a person's full name (``Hardik Bhatt``, ``สุดา คำแสน``).

    Example:
        >>> _capitalized_words("Mae Rim"), _capitalized_words("Gotri", 2), _capitalized_words("10K Run")
        (True, False, False)
    """
    words = value.split()
    return fewest <= len(words) <= 3 and all(w.isalpha() and not w[:1].islower() for w in words)


_POSTAL_SHAPE = re.compile(r"(?=.*\d)[A-Z0-9][A-Z0-9 -]{2,9}")


def _opaque_localities(columns: dict[str, str], sample: pd.DataFrame) -> frozenset[str]:
    """Round 77: the opaque text columns (``col09``) whose values are place names, between a column of street lines
    and one of postal codes by their values: addresses are exported in their order (street, locality, postal code).
    Not countries nor states and provinces, mostly (shared by millions: a region's column sits there too)."""
    names = list(columns)
    if not any(map(_opaque_name, names)):
        return frozenset()

    def probe(column: str) -> list[str]:
        if column not in sample or not any(t in columns[column].lower() for t in _TEXT_TYPES):
            return []
        return [str(v).strip() for v in _probe(sample[column])]

    found = set()
    for before, column, after in zip(names, names[1:], names[2:]):
        if not _opaque_name(column):
            continue
        places, streets, codes = probe(column), probe(before), probe(after)
        if len(places) >= 3 and sum(map(_capitalized_words, places)) >= 0.8 * len(places) and len(streets) >= 5 and (
                street_shape_share(streets) >= 0.8) and codes and sum(
                    bool(_POSTAL_SHAPE.fullmatch(c.upper())) for c in codes) >= 0.8 * len(codes) and sum(
                        (f := fold(v)) in country_names() or f in subdivision_names() for v in places) < len(places) / 2:
            found.add(column)
    return frozenset(found)


def _value_people_words(columns: dict[str, str], sample: pd.DataFrame) -> frozenset[str]:
    """Round 77: when a column of the table has an opaque name, the folded words of its text columns whose values
    are mostly people's full names by shape, many distinct (at most 400 distinct values each): the people the rows
    name, whatever their columns are called."""
    if not any(map(_opaque_name, columns)):
        return frozenset()
    found: set[str] = set()
    for column, data_type in columns.items():
        if column in sample and any(t in data_type.lower() for t in _TEXT_TYPES):
            values = [str(v).strip() for v in list(pd.unique(sample[column].dropna().head(2000)))[:400]]
            if len(values) >= 20 and sum(_capitalized_words(v, 2) for v in values) >= 0.8 * len(values):
                found.update(fold(w) for v in values for w in v.split())
    return frozenset(found)


def _date_part(values: list[int]) -> str:
    """Which part of a date integer values are by their range alone: ``year`` (1880 to this year), ``month`` (1-12,
    reaching past 6), ``day`` (1-31, reaching past 12), or ""."""
    if len(values) < 3:
        return ""
    low, high = min(values), max(values)
    if 1880 <= low and high <= date.today().year:
        return "year"
    if 1 <= low and high <= 12 and high > 6:
        return "month"
    if 1 <= low and high <= 31 and high > 12:
        return "day"
    return ""


def _split_birth_dates(context: TableContext, columns: dict[str, str], sample: pd.DataFrame) -> frozenset[str]:
    """Integer sibling columns, named alike but for one word in any language or abbreviation (``dob_y``, ``dob_m``,
    ``dob_d``; ``jahr_geb``, ``monat_geb``), whose values are a year, a month and a day, and whose rows read as dates
    of birth: beside a name that says birth, distributed as births may be; in a table about people under a name that
    says nothing, distributed like births (an adult median age, spread over decades)."""
    groups: dict[tuple[str, ...], dict[str, str]] = {}
    for column in columns:
        tokens = _name_tokens(column)
        if len(tokens) < 2 or column not in sample:
            continue
        values = _int_values(sample[column])
        part = _date_part(values) if values else ""
        if part:
            for stem in (("end", *tokens[:-1]), ("start", *tokens[1:])):
                groups.setdefault(stem, {})[column] = part
    found: set[str] = set()
    for members in groups.values():
        parts = sorted(members.values())
        if len(members) < 2 or "year" not in parts or len(set(parts)) != len(parts):
            continue
        by_part = {part: column for column, part in members.items()}
        rows = sample[list(members)].dropna().head(2000)
        dates = []
        for y, m, d in zip(rows[by_part["year"]], rows[by_part["month"]] if "month" in by_part else [7] * len(rows),
                           rows[by_part["day"]] if "day" in by_part else [1] * len(rows)):
            try:
                dates.append(date(int(y), int(m), int(d)))
            except ValueError:
                continue
        hint = any(kind_from_name(c, context.prefix)[0] is Kind.DATE_OF_BIRTH for c in members)
        if hint and birth_range(dates) or context.people and birth_date_reason(dates)[0]:
            found.update(members)
    return frozenset(found)


#: The two large countries of the North American numbering plan, which share the country code +1.
_NANP = ("US", "CA")


def _regions(context: TableContext, columns: dict[str, str], sample: pd.DataFrame) -> tuple[str, ...]:
    """The countries a table is about: its country column's values, its phones' country codes and numbering."""
    phonenumbers = phone_library()

    found: dict[str, None] = {}
    fallback: dict[str, None] = {}
    codes = country_codes()
    for column, data_type in columns.items():
        if column not in sample or not any(t in data_type.lower() for t in _TEXT_TYPES):
            continue
        values = [str(v).strip() for v in _probe(sample[column])]
        words = set(name_words(column, context.prefix))
        if "country" in words or "nation" in words:
            found.update((codes[f], None) for v in values if (f := fold(v)) in codes)
        elif kind_from_name(column, context.prefix)[0] is Kind.PHONE or any(v.startswith("+") for v in values[:4]):
            region = phone_region(values)
            if region and region != "001" and phonenumbers.country_code_for_region(region):
                found[region] = None
                if region in _NANP:  # +1 numbers are Canada's as much as the United States': both postal formats
                    found.update(dict.fromkeys(_NANP))
        elif not fallback and values and values[0][:2].isalpha() and (country := iban_country(values)) in (
                phonenumbers.SUPPORTED_REGIONS):
            fallback[country] = None
        elif not fallback and values and values[0][:1].isdigit() and (fit := bare_phone_fit(values))[1] == "US" and (
                fit[0] >= 0.9):
            fallback.update(dict.fromkeys(_NANP))
    # (round 42: the phones and countries are silent: the one country of the table's IBANs, a Spanish co-op's
    # ``iban_domic``, or bare North American numbers, a payroll feed's ``F13``)
    if not found:
        found.update(fallback)
    # (round 28: the phones and countries are silent: the country most of the table's cities are in; round 31: of
    # the first city column whose cities name one, a neighbourhood's column before it naming none)
    for city in [] if found else _city_columns(context, columns, sample):
        if region := city_region([str(v).strip() for v in _probe(sample[city])]):
            found[region] = None
            break
    return tuple(found)[:3]


def _city_columns(context: TableContext, columns: dict[str, str], sample: pd.DataFrame) -> list[str]:
    """Round 28: the table's city columns: the text columns named as a city (round 31: every one, a neighbourhood's
    and a municipality's), else the first whose values are mostly cities (GeoNames)."""
    texts = [c for c, t in columns.items() if c in sample and any(x in t.lower() for x in _TEXT_TYPES)]
    named = [c for c in texts if kind_from_name(c, context.prefix) == (Kind.CITY, "strong")]
    if named:
        return named
    for column in texts:
        values = [str(v).strip() for v in _probe(sample[column])]
        if len(values) >= 3 and sum(is_city(fold(v)) for v in values) >= 0.8 * len(values):
            return [column]
    return []


def _with_values(context: TableContext, columns: dict[str, str], sample: pd.DataFrame) -> TableContext:
    """``context`` completed with what the table's values say: its regions, a column of cities or countries
    (postal codes are judged beside it), the given names its first-name columns hold, and date-of-birth parts."""
    if sample is None or not len(sample):
        return context
    has_place, has_street = context.has_place, context.has_street  # (has_street: street lines by value too)
    if not has_place or not has_street:
        codes = country_names()
        for column, data_type in columns.items():
            if column in sample and any(t in data_type.lower() for t in _TEXT_TYPES):
                values = [str(v).strip() for v in _probe(sample[column])]
                # (round 42: a column of street lines under an opaque name, ``F8``, says so too)
                streets = not has_street and len(values) >= 5 and street_shape_share(values) >= 0.8
                has_street = has_street or streets
                has_place = has_place or streets or bool(values) and sum(
                    (f := fold(v)) in codes or is_city(f) for v in values) >= 0.8 * len(values)
                if has_place and has_street:
                    break
    registers = _register_names(columns, sample)
    city_keys, city_codes = _codes_of_cities(context, columns, sample)
    # (a business's table naming its manager's or contact's number, ``LeiterSteuerId``, stays about the business)
    identified = context.business and not context.staff and _has_person_ids(columns, sample)
    people = context.people or identified or (
        not context.business and (bool(registers) or _has_emails(columns, sample)))
    beings = _beings(replace(context, people=people, business=context.business and not identified), columns, sample)
    return replace(context, has_place=has_place, street_values=has_street, regions=_regions(context, columns, sample),
                   people=people, business=context.business and not identified,
                   given_names=_given_names(context, columns, sample) | _name_parts(registers, 1),
                   family_names=_given_names(context, columns, sample, Kind.LAST_NAME) | _name_parts(registers, 0),
                   people_words=_people_words(context, columns, sample),
                   value_people_words=_value_people_words(columns, sample),
                   opaque_localities=_opaque_localities(columns, sample),
                   place_qualifiers=_shared_blocks(context, columns, sample),
                   homes=_homes(replace(context, people=people), columns, sample) | beings, beings=beings,
                   birth_stems=_birth_stems(replace(context, people=people), columns, sample),
                   birth_split=_split_birth_dates(replace(context, people=people), columns, sample),
                   city_keys=city_keys, city_codes=city_codes)


def _codes_of_cities(context: TableContext, columns: dict[str, str],
                     sample: pd.DataFrame) -> tuple[frozenset[str], frozenset[str]]:
    """Round 28: the columns that name the same places as the table's city columns (:func:`_city_columns`), by
    how their values pair with its cities row by row: one value to a city and one city to a value is the city's own
    code (:attr:`TableContext.city_keys`); five or more repeated values each with one city, half as many cities again
    as values or more, are codes of places inside the cities, as postal codes are (:attr:`TableContext.city_codes`).
    Values that never repeat say nothing either way.

    Example:
        >>> plz = {"53111": "Bonn", "53113": "Bonn", "50667": "Köln", "50668": "Köln", "89073": "Ulm", "89075": "Ulm"}
        >>> ine = {"Bonn": "05314", "Köln": "05315", "Ulm": "08421"}
        >>> frame = pd.DataFrame([(code, city, ine[city]) for code, city in plz.items()] * 4, columns=["plz", "ort", "ine"])
        >>> _codes_of_cities(TableContext(), {"plz": "VARCHAR", "ort": "VARCHAR", "ine": "VARCHAR"}, frame)
        (frozenset({'ine'}), frozenset({'plz'}))
    """
    # (round 31: every column named as a city: a municipality's code goes one to one with the municipality, not with
    # the neighbourhood named before it)
    cities = _city_columns(context, columns, sample)
    if not cities:
        return frozenset(), frozenset()
    keys, codes = set(), set()
    labels: dict[str, Any] = {}

    def labelled(column: str) -> Any:
        if column not in labels:
            labels[column] = _value_labels(sample[column])
        return labels[column]

    for column in columns:
        if column in cities or column not in sample or (own := labelled(column)) is None:
            continue
        pairing = [p for city in cities if (other := labelled(city)) is not None and (p := _pairing(own, other))]
        if "key" in pairing:
            keys.add(column)
        elif "code" in pairing:
            codes.add(column)
    return frozenset(keys), frozenset(codes)


def _value_labels(values: Any) -> Any:
    """A column's values as integer labels, one per distinct value and -1 for NULL (None when they cannot be told
    apart: nested lists or dicts name no place), so that :func:`_pairing` counts pairs without grouping frames."""
    if not isinstance(values, pd.Series):
        return None
    try:
        return pd.factorize(values, use_na_sentinel=True)[0]
    except TypeError:
        return None


def _pairing(column: Any, city: Any) -> str:
    """Round 31: how a column's values pair with a city column's row by row (:func:`_codes_of_cities`; both as
    :func:`_value_labels`, over the first 2,000 rows where both hold a value): "key", "code" or ""."""
    rows = np.flatnonzero((column >= 0) & (city >= 0))[:2000]
    if len(rows) < 20:
        return ""
    code_values, codes = np.unique(column[rows], return_inverse=True)
    city_values, cities = np.unique(city[rows], return_inverse=True)
    n_codes, n_cities = len(code_values), len(city_values)
    pairs = np.unique(codes.astype(np.int64) * n_cities + cities)
    size = np.bincount(codes, minlength=n_codes)  # rows per code
    cities_per_code = np.bincount(pairs // n_cities, minlength=n_codes)
    repeated = size >= 2
    n_repeated = int(repeated.sum())
    if n_repeated < 3 or (cities_per_code[repeated] == 1).sum() < 0.95 * n_repeated:
        return ""
    if n_codes == n_cities and np.bincount(pairs % n_cities, minlength=n_cities).max() == 1:
        return "key"
    return "code" if n_repeated >= 5 and n_codes >= 1.5 * n_cities else ""


#: Place words a thing's address column is named by, and the kind each says.
_HOME_PARTS = {"street": Kind.STREET_ADDRESS, "address": Kind.STREET_ADDRESS, "postcode": Kind.POSTAL_CODE,
               "city": Kind.CITY}


def _home_part(name: str, context: TableContext) -> tuple[str, Kind] | None:
    """The thing a column's name qualifies a place word by, and the place kind, when the name is just those two
    words (``site_addr_1``, ``site_town``): a thing's address part."""
    words = set(name_words(name, context.prefix))
    places = words & set(_HOME_PARTS)
    things = words - places
    if len(places) != 1 or len(things) != 1 or not things <= OBJECTS:
        return None
    return things.pop(), _HOME_PARTS[places.pop()]


def _homes(context: TableContext, columns: dict[str, str], sample: pd.DataFrame) -> frozenset[str]:
    """Round 21: the things (``site``) whose street column, in a table about people that describes no business,
    holds street lines that vary row by row (distinct in half of 30 or more rows): a place each row's person has,
    their home, not a business's few premises. Round 55: not in a table that holds companies' registration numbers
    (a carrier's subcontractors with their KvK numbers and contact persons: each ``vestigingsadres`` is a company's
    branch)."""
    if sample is None or not context.people or context.business or context.registered:
        return frozenset()
    found = set()
    for column, data_type in columns.items():
        part = _home_part(column, context)
        if not part or part[1] is not Kind.STREET_ADDRESS or column not in sample or not any(
                t in data_type.lower() for t in _TEXT_TYPES):
            continue
        present = sample[column].dropna().astype(str)
        if len(present) < 30 or present.nunique() < 0.5 * len(present):
            continue
        if any(e.kind is Kind.STREET_ADDRESS for e in value_evidence(list(present.unique()[:_SAMPLE_DISTINCT]))):
            found.add(part[0])
    return frozenset(found)


def _home_owner(name: str, data_type: str, sample: Sequence[Any], context: TableContext) -> Classification | None:
    """Round 56: a column qualified only by a thing whose street varies row by row like people's homes
    (:func:`_homes`), or that has a date of birth or a person's identity number (:func:`_beings`): the thing names the
    row's person here (a surrogacy agency's ``carrier``, a gestational carrier, not a haulier), so
    ``carrierFirstName`` and ``GC-CARRIER-PHONE`` are classified as ``first_name`` and ``phone`` would be, values
    included; a name only for a thing of :func:`_beings` (a holiday flat whose street varies has its own name).

    Example:
        >>> context = TableContext(people=True, homes=frozenset({"carrier"}), beings=frozenset({"carrier"}))
        >>> _home_owner("carrierFirstName", "VARCHAR", ["Ana", "Joy"] * 20, context).kind.value
        'first_name'
        >>> _home_owner("agencyPhone", "VARCHAR", ["+1 604 555 0100"], context) is None
        True
    """
    words = name_words(name, context.prefix)
    things = set(words) & context.homes
    rest = [w for w in words if w not in things]
    if not things or not rest or set(rest) & OBJECTS:
        return None
    found = classify_column("_".join(rest), data_type, sample, context)
    if found.kind is Kind.NONE or found.kind in _PERSON_KINDS and not things & context.beings:
        return None  # (a thing whose street varies like a home may be a home: a holiday flat's ``nombre_alojamiento``)
    thing = min(things)
    return replace(found, column=name, evidence=f"named as the {thing}'s, in a table about people where the {thing} "
                   "has a street varying row by row like a home, a date of birth, a social security number or a "
                   f"person's identity number by its check: the row's person; {found.evidence}")


def _beings(context: TableContext, columns: dict[str, str], sample: pd.DataFrame | None = None) -> frozenset[str]:
    """Round 56: the things (by the vocabulary) a table about people gives a date of birth or a social security
    number (``carrierDob``, ``carrierSin``): only people have those, so the word names a person here (a surrogacy
    agency's gestational carrier, not a haulier). Round 58: or whose identity number, by the name, holds people's
    numbers by their check (``dni_empleador`` of valid DNIs, no company's CIF): a household as an employer.

    Example:
        >>> _beings(TableContext(people=True), {"carrierDob": "DATE", "carrierPhone": "VARCHAR", "pet_dob": "DATE"})
        frozenset({'carrier'})
    """
    if not context.people or context.business or context.registered:
        return frozenset()
    found = set()
    for column in columns:
        kind = kind_from_name(column, context.prefix)[0]
        words = set(name_words(column, context.prefix))
        things = words & (OBJECTS | BUSINESS)
        if len(things) != 1:
            continue
        if kind in (Kind.DATE_OF_BIRTH, Kind.SSN) and things <= OBJECTS and words - things <= _BORN_OR_INSURED:
            found |= things
        elif kind is Kind.NONE and words - things <= {"national", "ssn", "number"} and words & {"national", "ssn"} and (
                sample is not None and column in sample):
            values = [str(v).strip() for v in _probe(sample[column])]
            if len(values) >= 8 and person_id_share(values) >= 0.9:
                found |= things
    return frozenset(found)


#: The words a name of a date of birth or a social security number is made of (:func:`_beings`).
_BORN_OR_INSURED = frozenset({"birthdate", "birth", "date", "day", "ssn", "number", "social", "security"})


def _home_address(name: str, values: list[str], context: TableContext, values_kind: str) -> Classification | None:
    """Round 21: a part of a thing's address (``site_postcode``, ``site_town``) whose street varies like people's
    homes (:func:`_homes`), its values of the part's kind (street lines, postal codes, city names): the person's."""
    part = _home_part(name, context)
    if not part or part[0] not in context.homes or not values:
        return None
    thing, kind = part
    if kind is Kind.POSTAL_CODE:
        share = postal_share(values, context.regions)[0]
    else:
        share = max((e.share for e in value_evidence(values, context.regions) if e.kind is kind), default=0.0)
    if share < 0.6:
        return None
    return Classification(name, kind, 0.7, f"named as a {thing}'s {kind.value}; {share:.0%} of sampled values are "
                          f"of that kind, and the {thing}'s street varies row by row in a table about people: where "
                          "each row's person lives, not a business's premises", values_kind=values_kind)


def _given_names(context: TableContext, columns: dict[str, str], sample: pd.DataFrame,
                 kind: Kind = Kind.FIRST_NAME) -> frozenset[str]:
    """The folded one-word values of the table's columns named as a given name (or as ``kind``: a family name), at
    most 2,000 distinct of each."""
    found: set[str] = set()
    for column in columns:
        if column in sample and kind_from_name(column, context.prefix)[0] is kind:
            distinct = sample[column].dropna().astype(str).str.strip().unique()[:2000]
            found.update(fold(v) for v in distinct if v.replace("-", "").isalpha())
    return frozenset(found)


def _people_words(context: TableContext, columns: dict[str, str], sample: pd.DataFrame) -> frozenset[str]:
    """Round 22: the folded words of the table's columns named as a person's name, given name or family name, at most
    2,000 distinct values of each."""
    found: set[str] = set()
    for column in columns:
        if column in sample and kind_from_name(column, context.prefix) in (
                (Kind.PERSON_NAME, "strong"), (Kind.FIRST_NAME, "strong"), (Kind.LAST_NAME, "strong")):
            for value in sample[column].dropna().astype(str).unique()[:2000]:
                found.update(fold(w) for w in value.split() if w.isalpha())
    return frozenset(found)


def _register_names(columns: dict[str, str], sample: pd.DataFrame) -> list[str]:
    """Round 19: the probed values of the table's text columns that hold names written ``Family, Given`` in title
    case (:func:`_family_comma_given_names`), whatever the columns are named (a register's ``Eigentuemer``)."""
    found: list[str] = []
    for column, data_type in columns.items():
        if column in sample and any(t in data_type.lower() for t in _TEXT_TYPES):
            head = sample[column].dropna().head(20).astype(str)
            if not head.empty and head.str.contains(",", regex=False).mean() >= 0.5:  # (most columns hold no comma)
                probe = [str(v).strip() for v in _probe(sample[column])]
                found += probe if _family_comma_given_names(probe) else []
    return found


def _name_parts(names: list[str], part: int) -> frozenset[str]:
    """The folded family (``part`` 0) or given (1) names of ``names`` written ``Family, Given``.

    Example:
        >>> sorted(_name_parts(["Huber, Anna", "Eder, Jonas Paul"], 1))
        ['anna', 'jonas paul']
    """
    return frozenset(fold(v.split(", ")[part]) for v in names if _FAMILY_COMMA_GIVEN.match(v))


def _shared_blocks(context: TableContext, columns: dict[str, str], sample: pd.DataFrame) -> frozenset[str]:
    """The place qualifiers whose address block the rows share: a qualifier one of whose address columns varies row
    by row (half its values distinct: a street, a postal code) names an address of each row's own (a removal's
    origin and destination, a patient's residence), not a branch or a store that many rows repeat."""
    shared = set(context.place_qualifiers)
    for column in columns:
        if not shared or column not in sample or kind_from_name(column, context.prefix)[0] not in _ADDRESS_KINDS:
            continue
        qualifiers = shared & set(unknown_words(column, context.prefix))
        if qualifiers:
            present = sample[column].dropna()
            if len(present) >= 30 and present.nunique() >= 0.5 * len(present):
                shared -= qualifiers
    return frozenset(shared)


_EMAIL_VALUE = re.compile(r"^[\w.+'-]+@[\w-]+(\.[\w-]+)+$")


def _has_person_ids(columns: dict[str, str], sample: pd.DataFrame) -> bool:
    """Round 54: a text column of the table holds people's identity or social-security numbers by their check (most
    of a probe): the table is about those people, though its name speaks of a business (a data vendor's return file,
    ``stg_append.vendor_return_raw``, of people's PANs, phones and addresses)."""
    for column, data_type in columns.items():
        if column in sample and any(t in data_type.lower() for t in _TEXT_TYPES):
            values = [str(v).strip() for v in _probe(sample[column])]
            if len(values) >= 8 and person_id_share(values) >= 0.9:
                return True
    return False


def _has_emails(columns: dict[str, str], sample: pd.DataFrame) -> bool:
    """A text column of the table holds e-mail addresses (most of a probe): the table is about people, whatever its
    column names say (an opaque export ``src_c08``), as it is when one holds names written ``Family, Given``."""
    for column, data_type in columns.items():
        if column in sample and any(t in data_type.lower() for t in _TEXT_TYPES):
            values = [str(v).strip() for v in _probe(sample[column])]
            if len(values) >= 3 and sum(bool(_EMAIL_VALUE.match(v)) for v in values) >= 0.8 * len(values):
                return True
    return False


def _pinned(rule, found: Classification, policy: Policy) -> Classification:
    """A column rule's decision, unless the rule recorded the kind its values showed and they now show another."""
    if rule.values.value == found.values_kind or not found.values_kind:
        return Classification(found.column, rule.kind, 1.0, "policy column rule", values_kind=found.values_kind)
    why = (f"policy pins {rule.kind.value} for values of kind {rule.values.value}, but the sampled values now show "
           f"{found.values_kind}: review the column again")
    return _unsure(Classification(found.column, Kind.UNCLASSIFIED, 0.5, why, REVIEW, found.values_kind), policy)


def _unsure(found: Classification, policy: Policy) -> Classification:
    if found.state == REVIEW and policy.unclassified == "allow":
        return Classification(found.column, Kind.NONE, found.confidence, found.evidence + " (policy: unclassified "
                              "allow)", REVIEW, found.values_kind)
    return found


def classify_table(
    table: str, columns: dict[str, str], sample: pd.DataFrame, policy: Policy
) -> dict[str, Classification]:
    """Classify every column of ``table`` (``schema.table``); the policy's column rules win.

    Example:
        >>> frame = pd.DataFrame({"id": [1, 2], "col_a": ["a@x.io", "b@y.io"]})
        >>> result = classify_table("main.t", {"id": "INTEGER", "col_a": "VARCHAR"}, frame, Policy())
        >>> {c: r.kind.value for c, r in result.items()}
        {'id': 'none', 'col_a': 'email'}
    """
    read_as = _pet_as_petitioner(list(columns))
    named = {read_as.get(c, c): t for c, t in columns.items()}
    frame = sample.rename(columns=read_as) if read_as else sample
    context = _with_values(table_context(table, list(named)), named, frame)
    result: dict[str, Classification] = {}
    for column, data_type in columns.items():
        rule = policy.rule_for(table, column)
        if rule is None and not policy.classify:
            result[column] = Classification(column, Kind.NONE, 1.0, "policy: classification off")
            continue
        if rule is not None and rule.values is None:
            result[column] = Classification(column, rule.kind, 1.0, "policy column rule")
            continue
        values = sample[column] if column in sample else []
        found = classify_column(read_as.get(column, column), data_type, values, context)
        if column in read_as:
            found = replace(found, column=column)
        result[column] = _pinned(rule, found, policy) if rule is not None else _unsure(found, policy)
    return result


#: Round 75: what no animal has, so that ``PET-SSN`` or ``PET-PHONE`` abbreviates a person (a petitioner).
_HUMAN_ONLY = frozenset({"ssn", "national", "phone", "email", "tax"})
_PET = re.compile(r"(?<![A-Za-z])[Pp][Ee][Tt](?![a-z])")


def _pet_as_petitioner(columns: list[str]) -> dict[str, str]:
    """Round 75: where a "pet" column holds what no animal has (an SSN, a phone, an e-mail), ``PET`` abbreviates a
    person, a court file's petitioner (``PET-LAST-NM``, ``PET-DOB``), in every column of the table: the names to read
    them by. Empty where pets are animals.

    Example:
        >>> _pet_as_petitioner(["PET-LAST-NM", "PET-SSN", "RESP-NAME"])["PET-LAST-NM"]
        'petitioner-LAST-NM'
        >>> _pet_as_petitioner(["pet_name", "pet_dob", "owner_phone"]), _pet_as_petitioner(["PH-SSN", "PH-PET-NAME", "PH-CITY"])
        ({}, {})
    """
    pets = [c for c in columns if _PET.search(c)]
    # (a pet insurer's ``PH-PET-NAME``: the policyholder's pet, ``PH`` no phone; a ``PET`` prefix is the word read)
    prefix = "" if (found := table_prefix(columns)) == "pet" else found
    if not any({"animal"} < (words := set(name_words(c, prefix))) and words & _HUMAN_ONLY for c in pets):
        return {}
    return {c: _PET.sub("petitioner", c) for c in pets}

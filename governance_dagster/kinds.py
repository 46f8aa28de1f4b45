"""The kinds of personal data governance-dagster recognizes."""

from __future__ import annotations

from enum import Enum


class Kind(str, Enum):
    """A kind of personal data held by a column.

    ``NONE`` means the column holds no personal data.
    """

    EMAIL = "email"
    PERSON_NAME = "person_name"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    PHONE = "phone"
    #: a social-security or social-insurance number of any country (a US SSN, a French NIR, a Canadian SIN, a Greek
    #: AMKA, a Russian SNILS, an Irish PPSN, an Austrian SVNr).
    SSN = "ssn"
    #: any other personal number a state issues: an identity card's, a passport's, a tax or citizen number (BSN,
    #: PESEL, codice fiscale, CPF, Aadhaar, a driving licence's).
    NATIONAL_ID = "national_id"
    CREDIT_CARD = "credit_card"
    IBAN = "iban"
    IP_ADDRESS = "ip_address"
    STREET_ADDRESS = "street_address"
    POSTAL_CODE = "postal_code"
    CITY = "city"
    DATE_OF_BIRTH = "date_of_birth"
    FREE_TEXT = "free_text"
    #: classification is unsure (state ``review``): masked until a reviewer pins a kind in the policy.
    UNCLASSIFIED = "unclassified"
    NONE = "none"


#: Kinds that point at one real person on their own: their values must never appear in synthetic data.
IDENTIFYING_KINDS: frozenset[Kind] = frozenset(
    {
        Kind.EMAIL,
        Kind.PERSON_NAME,
        Kind.PHONE,
        Kind.SSN,
        Kind.NATIONAL_ID,
        Kind.CREDIT_CARD,
        Kind.IBAN,
        Kind.IP_ADDRESS,
        Kind.STREET_ADDRESS,
    }
)

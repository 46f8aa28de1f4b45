"""Held-out set v155 for the column classifier: 14 tables of *identity verification, e-signature and KYC vendors*
(document verification sessions with selfie and liveness results, age verification for an online shop, e-signature
envelopes, signers and witnesses, qualified signature certificates, video-identification calls, address verification
letters, eIDAS wallet onboarding, device fingerprints), one system per table and each a different organisation in a
different country, seven with English column names and seven in Italian, Belgian French, Belgian Dutch, Polish,
Turkish, Greek (Greek script names and values) and European Portuguese:

* ``idvantage_ie.doc_verification_sessions``: a Dublin identity verification vendor's document sessions for its
  client firms (snake case: given, middle (mostly NULL) and family names, DATE birth dates, passports, driving
  licences and Public Services Cards in one ``document_number``, PPSN with their check letter, Eircodes, selfie
  match scores, liveness results, face image hashes, device IPs and user agents, client references written like a
  PPSN and failing its check, reviewers, ``misc_1`` holding personal data, review notes mostly NULL words);
* ``cellardoorDirect.ageChecks``: an Adelaide online wine and spirits shop's age verification at checkout (camel
  case: ``dd/mm/yyyy`` birth dates, SA licences, passports and Medicare cards in one column, delivery address, suburb
  and postcode, a gift recipient, SKUs and products, courier tracking numbers, order numbers of nine digits failing
  the TFN check, fulfilment partners and their ABN, a card kept in clear mostly NULL, device fingerprints,
  ``customField2`` codes only, agents written ``Sienna K.``);
* ``SignBridge.EnvelopeSigners``: a Leeds e-signature platform's envelopes and their signers (Pascal case: the sending
  firm, its company number and its staff member, signers' names, e-mails and mobiles, birth dates of identity-verified
  signers, National Insurance numbers mostly NULL, the witness of a deed and the witness's address mostly NULL,
  signing IPs and times, document hashes, audit trail references, ``Udf3``, decline reasons);
* ``vidnotary_yyc.vid_call_sess``: a Calgary remote notarization service's video identity calls (abbreviated:
  ``cli_fnm``, ``cli_mnm``, ``cli_dob`` written ``07-Mar-1984``, ``cli_sin`` mostly NULL, ``id_no`` holding Alberta and
  BC licences and passports, ``addr_ln2`` mostly NULL, ``pstl_cd``, call times and lengths, recording hashes,
  notaries, a witness mostly NULL, session references of nine digits failing the SIN check, ``udf3`` codes only,
  ``lst_upd_by``);
* ``ADRVRFY.LETTER_EXTRACT``: a Sioux Falls identity verification bureau's COBOL extract of address verification
  letters for its client banks (legacy: padded CHAR, the middle initial, SSN and phone as numbers with 0 for missing,
  the birth date, mailing and response dates as ``YYYYMMDD`` integers, ZIP as a number, a second address line and a
  prior address mostly blank, case numbers of nine digits failing the SSN check, banks and their ABA routing numbers,
  verification codes, IMb tracking numbers, a card's last four digits, clerks, ``AVL-USER-FLD-2`` holding personal
  data, ``AVL-USER-FLD-3`` codes);
* ``stg_kl_ekyc.src_mykad_verif_raw``: a Kuala Lumpur eKYC vendor's MyKad verifications landed as an opaque staging
  table (``col01`` to ``col20``: Malay names with ``bin``/``binti``, Chinese names family name first and Indian names
  with ``a/l``/``a/p``, some in capitals, MyKad numbers encoding the birth date, state of birth and sex, ``dd/mm/yyyy``
  birth dates, towns, postcodes and states, a bank account number, face match scores, liveness results, device
  fingerprints, IPs, job references of twelve digits that are no MyKad number, client firms, a custom field with
  personal data, reviewers, timestamps);
* ``walletly_tll.wallet_onboarding_json``: a Tallinn eIDAS digital identity wallet provider's onboarding records
  flattened from JSON to dotted keys (``holder.given_name``, ``holder.personal_code`` (isikukood) encoding
  ``holder.birth_date`` and the sex, nationality, ``holder.address.street``, the PID's issuer, document number and
  expiry, ``device.model``, ``device.os_version``, ``device.attestation_key_thumbprint``, ``device.fingerprint``,
  ``meta.ip``, ``meta.app_version``, onboarding references of eleven digits failing the isikukood's check,
  ``meta.custom2``, ``support.agent``, support notes);
* ``ra_lecce.certificati_firma_qualificata``: a Lecce registration authority's qualified signature certificates and
  SPID identities issued after a webcam identification (Italian: the codice fiscale encoding names, birth date, sex
  and birthplace, the birthplace, CIE, passports and licences in one ``numero_documento``, residence, PEC addresses
  mostly NULL, the certificate's subject ``serialNumber`` written ``TINIT-`` and the codice fiscale, certificate
  serials, types and dates, video identification results, RAO operators, the affiliated firms and their partita IVA,
  request codes of sixteen characters laid out like a codice fiscale and failing its check, ``campo_libero_2``);
* ``jeux_liege.verifications_joueurs``: a Liège online gaming operator's age and identity checks of players (French,
  Belgium: ``deuxieme_prenom`` mostly NULL, ``dd/mm/yyyy`` birth dates, the national number encoding the birth date
  and sex, eID card numbers, birthplaces, nationalities, GSM numbers, the withdrawal IBAN, EPIS exclusion results,
  ages estimated from the selfie, device fingerprints, IPs and browsers, file numbers of eleven digits failing the
  national number's check, compliance agents, ``champ_libre_2`` codes only, remarks);
* ``tekenplatform_gent.enveloppen_ondertekenaars``: a Ghent e-signing platform's envelopes and their signers (Dutch,
  Belgium: the sending organisation, its enterprise number and office address and its staff member, signers' names,
  e-mails and GSM numbers, the rijksregisternummer of itsme and eID signers, ``dd-mm-yyyy`` birth dates, signature
  types and times, IPs, document hashes, certificate serials, a proxy (``volmachtdrager``) mostly NULL, the signer's
  address, ``vrij_veld_2``, refusal reasons);
* ``wideoweryfikacja_wroclaw.sesje_wideo``: a Wrocław video-identification vendor's calls with a consumer lender's
  applicants (Polish: ``drugie_imie``, feminine family names, ``nazwisko_rodowe`` mostly NULL, the father's and
  mother's given names, PESEL encoding the birth date and sex, ``dd.mm.yyyy`` birth dates, birthplaces, identity card
  series and numbers with their check digit, ``ul.`` addresses, ``kod_pocztowy``, employers and their NIP, the
  account as an IBAN, consultants, results, recording hashes, application numbers failing the PESEL check,
  ``pole_dodatkowe_2``, remarks);
* ``eimza_ankara.sertifika_basvurulari``: an Ankara qualified electronic certificate provider's applications
  (Turkish: T.C. kimlik numbers, ``baba_adi`` and ``anne_adi``, ``dd.mm.yyyy`` birth dates, birthplaces, ``Mah.``/
  ``Cad.`` addresses with ``No:`` and ``D:``, ``ilce`` and ``posta_kodu``, the institution, its VKN and phone,
  certificate serials and types, courier tracking numbers, a delivery address mostly NULL, registration staff,
  application numbers failing the T.C. kimlik check, ``ek_alan_2`` codes only, remarks);
* ``ηλεκτρονικό_χρήμα_θεσ.απομακρυσμένη_ταυτοποίηση``: a Thessaloniki e-money institution's remote onboarding with
  document and selfie liveness checks (Greek, Greek-script names and values: feminine family names, ``πατρώνυμο``,
  ``μητρώνυμο`` mostly NULL, ``dd/mm/yyyy`` birth dates, AMKA encoding the birth date and sex, ΑΦΜ, identity card
  numbers, addresses, ΤΚ and towns, IBANs, occupations, face match scores, liveness results, device fingerprints,
  IPs, checkers, application numbers failing the AMKA check, ``πεδίο_2``, remarks);
* ``banco_digital_porto.cartas_verificacao_morada``: a Porto digital bank's address verification letters (European
  Portuguese: whole names with two family names, NIF, Cartão de Cidadão numbers, the birth date split into
  ``dia_nascimento``, ``mes_nascimento`` and ``ano_nascimento``, ``morada``, ``codigo_postal`` written ``4000-447``,
  ``localidade``, a previous address mostly NULL, verification codes, sending and confirmation dates, states, CTT
  registered-mail numbers, IBANs, a joint account holder, account managers, process numbers of nine digits failing
  the NIF check, ``campo_livre_2``, remarks).

Written **blind**: by someone who has read neither the classifier (``governance_dagster/detect/``) nor its
documentation, tests, changelog, history or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (the module docstring, the import block, the ``SETS`` dict and the ``--db`` help line of
``heldout_v2_accuracy.py``, read and edited, never run), v152's table module and test in full and its value module but
for most of its lists of places (the structure, the ``Gen`` helpers, copied here, and the test's model), v146's module
docstring and v98's "Labeling choices" list, ``tests/heldout_support.py``, the module docstrings of other sets searched
for this domain's words (KYC, e-signature, liveness, selfie, identity verification, age verification, eIDAS, trust
service, fingerprint) and the first lines of those of v60, v76, v78, v83, v103, v117 and v135 (every organisation here
is invented and new), the ruff section of ``pyproject.toml`` and the sources of python-stdnum. The ``Column``/``Table``
classes of v2 and v4's writer and summary are used as v152 uses them, not read. No ``ruff format`` was run. The
classifier was not run on this set while it was written, no scorer was run on it, and no score was looked at (the test
builds the set through the scorer's ``SETS`` entry, which imports the scorer's module and with it the classifier's entry
point, and never classifies).

Labeling choices a reader may question:

* a PPSN, a US SSN, a SIN, a UK National Insurance number and a Greek AMKA are ``ssn``; passports, driving licences,
  Public Services Cards, Medicare card numbers, MyKad, isikukood and Estonian document numbers, codice fiscale, CIE,
  the Belgian national number (rijksregisternummer, numéro national: a citizen number, like BSN and PESEL) and eID card
  numbers, PESEL and Polish identity cards, T.C. kimlik, ΑΦΜ, Greek identity cards, NIF and Cartão de Cidadão are
  ``national_id``; a column holding identity documents of several types is ``national_id`` (tag
  ``multi_document``); a certificate subject's ``serialNumber`` (``TINIT-`` and the codice fiscale) is ``national_id``
  (tag ``prefixed``); the NI number, passports, licences, Estonian, Italian and Greek document numbers have no check
  computed here and are generated by shape; the Medicare and Polish identity card checks are computed here, not by
  python-stdnum;
* session, order, case, file, application, request, process and job numbers, envelope ids, audit trail references,
  verification codes, certificate and OTP serials, tracking numbers, document and recording hashes, attestation key
  thumbprints and app versions are ``none`` (tag ``decoy``, ``value_shape`` when shaped like an identifier; twelve of
  them fail the check of the personal number they look like: PPSN, TFN, SIN, SSN, MyKad, isikukood, codice fiscale,
  Belgian national number, PESEL, T.C. kimlik, AMKA and NIF);
* face match and liveness scores and results, video identification and EPIS results and an age estimated from a
  selfie are ``none`` (tag ``biometric_result``: a score or a verdict, not the face); device fingerprints, device
  models, OS versions and user agents are ``none`` (tag ``device``: no kind names a device, as earlier sets labeled
  hashes); SKUs and product names are ``none`` (tag ``product``); a card's last four digits are ``none`` (tag
  ``partial``); nationalities, sex, occupations, document types and expiry dates, signature types, certificate types
  and dates, states and provinces are ``none``;
* the vendors' client firms, senders, institutions, employers, fulfilment partners and banks with their company and
  enterprise numbers, addresses and phones are ``none`` (tag ``business``); ABN, ABA, partita IVA, Belgian enterprise
  numbers, NIP and VKN pass their checks (tag ``check_digit``);
* reviewers, agents, senders' staff members, notaries, clerks, RAO operators, compliance agents, consultants,
  registration staff, checkers and account managers are staff (``person_name``, tag ``staff``); a gift recipient, a
  witness and the witness's address, a proxy, a joint account holder and a father's or mother's given name are
  personal (tag ``role_word``);
* a Malaysian whole name with ``bin``, ``binti``, ``a/l`` or ``a/p`` and a Portuguese name with two family names are
  ``person_name``; middle names, a middle initial, ``drugie_imie``, ``deuxieme_prenom``, ``πατρώνυμο`` and
  ``μητρώνυμο`` (as v152 labeled patronymics) and the Polish and Turkish parents' given names are ``first_name``;
  ``nazwisko_rodowe`` is ``last_name``;
* a Dublin postal district or town, an Adelaide suburb and a Turkish ``ilce`` are ``city`` (tag ``locality``), as are
  birthplaces; a second address line holding a unit is ``street_address`` (tag ``split_address``);
* dates of birth as DATE, as ISO, ``dd/mm/yyyy``, ``dd-mm-yyyy``, ``dd.mm.yyyy`` and ``dd-Mon-yyyy`` text, as
  ``YYYYMMDD`` integers (0 for missing) and split into day, month and year integers (each part ``date_of_birth``, tag
  ``split_dob``) are ``date_of_birth``; mailing, confirmation, signing, call, registration and issue dates and
  timestamps are ``none``;
* a card kept in clear by a checkout plugin is ``credit_card``; Belgian, Polish, Greek and Portuguese IBANs are
  ``iban``; a Malaysian bank account number is ``unclassified`` (tag ``bank_account``, as earlier sets labeled domestic
  accounts) and so is an editor's login (tag ``username``); a PEC address is ``email``; opaque custom fields holding,
  by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``) and custom fields holding codes only
  are ``none`` (tags ``decoy`` and ``custom_plain``).

``null_heavy`` means 70-95% NULL, ``nullword_heavy`` 70-95% NULL words or empty strings; rows per table: 300 to 600.
Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v155_values`, written for v155 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v155 [PATH]`` (default ``/tmp/heldout_v155.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v155``.

Slip: printing the lines of ``heldout_v2_accuracy.py`` around the end of ``SETS`` and around the ``--db`` help line also
printed the comment line after ``SETS`` (a cache of each table's column kinds and states, by table and database path)
and the neighbouring ``--set``, ``--via`` and ``--json`` argument lines and the ``parse_args`` call; no scoring function
was read. Listing ``/tmp/tools`` to find this set's brief also showed the file names of other briefs there (a template
and those of v153 and v154); none of them was opened. The diff of ``heldout_v2_accuracy.py``, printed to check the edit,
showed as context the type alias after that comment, the ``main`` signature and the line choosing the database path.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v155_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v155_values import NULLISH, SEED, UNCLASSIFIED, Gen, N, c

__all__ = [
    "BUILDERS",
    "DEFAULT_PATH",
    "NULLISH",
    "SEED",
    "UNCLASSIFIED",
    "Column",
    "Gen",
    "Table",
    "build",
    "labels",
    "summary",
    "tables",
]

DEFAULT_PATH = Path("/tmp/heldout_v155.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words or empty strings
HEAVY = "null_heavy"  # 70-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # reviewers, agents, notaries, officers, consultants, clerks (2 to 8 distinct)
ROLE = "role_word"  # a role word (witness, recipient, proxy, joint holder, father, mother ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
PLAIN = "custom_plain"  # an opaque custom field holding codes only (none)
SPLIT_ADDR = "split_address"  # a part of an address in its own column (street_address)
SPLIT_DOB = "split_dob"  # a part of a date of birth in its own column (date_of_birth)
LOCALITY = "locality"  # a suburb, a Dublin district, a Turkish ilçe (city)
PARTIAL = "partial"  # a card's last four digits
MULTI_DOC = "multi_document"  # identity documents of several types in one column (national_id)
PREFIXED = "prefixed"  # a personal number behind a semantics prefix (``TINIT-``) in a certificate
USERNAME = "username"
BANK = "bank_account"  # a domestic bank account (unclassified)
CHECK = "check_digit"  # a business's number passing its own check (none)
DEVICE = "device"  # a device fingerprint, model, user agent or attestation key (none)
BIOMETRIC = "biometric_result"  # a face match or liveness score or result, an estimated age (none)
PRODUCT = "product"  # a product or a SKU (none)


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "N/A", "none", "NULL") + extra


def _custom(g: Gen, region: str, lang: str, null: float = 0.3, fmt: str = "national") -> list[str | None]:
    """An opaque custom field: by row a phone, an e-mail or a name (or NULL)."""

    def one() -> str:
        r = g.rnd.random()
        if r < 0.42:
            return g.phone(region, g.rnd.choice([fmt, "e164"]))
        if r < 0.72:
            return v.email_of(g, *v.person(g, lang), v.DOMAINS[lang])
        return v.whole(g, lang)

    return g.col(one, null)


def _codes(g: Gen, codes: list[str], null: float = 0.35) -> list[str | None]:
    """An opaque custom field holding codes only."""
    return g.col(g.pick(codes), null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def _agent(g: Gen, families: list[str]) -> str:
    """A browser or app user agent string."""
    return g.rnd.choice(families).format(v=g.rnd.randint(110, 131), a=g.rnd.randint(14, 18), b=g.rnd.randint(0, 6))


UAS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS {a}_{b} like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "Mozilla/5.0 (Linux; Android {a}; SM-A546B) AppleWebKit/537.36 Chrome/{v}.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/{v}.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Version/{a}.{b} Safari/605.1.15",
]


def _eircode(g: Gen, key: str) -> str:
    return f"{key} {g.rnd.choice('ACDEFHKNPRTVWXY')}{g.digits(3, '0123456789ACDEFHKNPRTVWXY')}"


# -- English-named tables ----------------------------------------------------------------------------------------------


def ie_doc_verification(g: Gen) -> Table:
    """A Dublin identity verification vendor's document verification sessions with selfie and liveness results."""
    clients = [
        "Liffey Credit Union",
        "Tenzo Pay Ltd",
        "Harbourview Insurance DAC",
        "Quay Street Motors Finance",
        "Emerald Crypto Exchange",
        "Beacon Lettings",
    ]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "ie", female)
        doc = g.rnd.choices(["Passport", "Driving licence", "Public Services Card", "EU ID card"], [5, 4, 2, 1])[0]
        if doc == "Passport":
            number = g.code("AA9999999") if g.rnd.random() < 0.85 else g.digits(9)
        elif doc in ("Driving licence", "Public Services Card"):
            number = g.digits(9)
        else:
            number = g.code("AAA") + g.digits(6)
        country = "IRL" if doc != "EU ID card" else g.rnd.choice(["POL", "LTU", "ROU", "ESP", "ITA"])
        passed = g.rnd.random() < 0.86
        rows.append(
            {
                "a": a,
                "mid": v.given(g, "ie", female) if g.rnd.random() < 0.2 else None,
                "b": b,
                "born": g.birth(1948, 2007),
                "doc": doc,
                "no": number,
                "country": country if doc != "Passport" or g.rnd.random() < 0.8 else g.rnd.choice(["GBR", "POL"]),
                "mail": v.email_of(g, a, b, v.DOMAINS["ie"]),
                "place": g.rnd.choice(v.IE_PLACES),
                "passed": passed,
            }
        )
    reviewers = v.staff(g, 5, "ie")

    def note() -> str:
        return g.rnd.choice(
            [
                f"Selfie shows a second person ({v.given(g, 'ie')}?) in frame, retry requested",
                "Glare on the MRZ, manual read",
                f"Customer called from {g.phone('IE', 'national')} to ask about status",
                "Document expired, customer told to use passport",
                f"Name on card differs from account holder {v.whole(g, 'ie')}",
            ]
        )

    return Table(
        "idvantage_ie.doc_verification_sessions",
        "en",
        "snake",
        [
            c("session_id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
            c("client_reference", N, "VARCHAR", g.col(lambda: v.pps_decoy(g), 0.1), "decoy", SHAPE),
            c("client_name", N, "VARCHAR", g.col(g.pick(clients)), "business"),
            c("given_name", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("middle_name", "first_name", "VARCHAR", [r["mid"] for r in rows], HEAVY),
            c("family_name", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("date_of_birth", "date_of_birth", "DATE", [r["born"] for r in rows]),
            c("document_type", N, "VARCHAR", [r["doc"] for r in rows], "decoy"),
            c("document_number", "national_id", "VARCHAR", [r["no"] for r in rows], MULTI_DOC),
            c("document_expiry", N, "DATE", g.days("2025-06-01", "2035-12-31"), "decoy"),
            c("issuing_country", N, "VARCHAR", [r["country"] for r in rows], "decoy"),
            c("ppsn", "ssn", "VARCHAR", g.col(lambda: v.pps(g), 0.45)),
            c("mobile", "phone", "VARCHAR", g.phones("IE", {"national": 0.6, "e164": 0.3, "intl": 0.1})),
            c("email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("address_line_1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IE_STREETS, "ie"), 0.05)),
            c("town", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY),
            c("eircode", "postal_code", "VARCHAR", [_eircode(g, r["place"][1]) for r in rows]),
            c("selfie_match_score", N, "DOUBLE", g.floats(0.12, 0.999, 3), "decoy", BIOMETRIC),
            c(
                "liveness_result",
                N,
                "VARCHAR",
                ["PASS" if r["passed"] else g.rnd.choice(["FAIL", "RETRY", "SPOOF_SUSPECTED"]) for r in rows],
                "decoy",
                BIOMETRIC,
            ),
            c("face_image_sha256", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE),
            c("device_ip", "ip_address", "VARCHAR", g.col(g.ip, 0.04)),
            c("user_agent", N, "VARCHAR", g.col(lambda: _agent(g, UAS)), "decoy", DEVICE),
            c("reviewer", "person_name", "VARCHAR", g.col(g.pick(reviewers), 0.35), STAFF),
            c("misc_1", "free_text", "VARCHAR", _custom(g, "IE", "ie"), CUSTOM),
            c("review_notes", "free_text", "VARCHAR", g.sparse(note, 0.82, _words("n/a", "nil")), NULLWORD),
        ],
    )


def au_age_checks(g: Gen) -> Table:
    """An Adelaide online wine and spirits shop's age verification at checkout (camel case)."""
    products = [
        ("BRS-SHZ-21-750", "Barossa Shiraz 2021 750ml"),
        ("CLR-RSL-23-750", "Clare Valley Riesling 2023 750ml"),
        ("MCL-GSM-22-750", "McLaren Vale GSM 2022 750ml"),
        ("ADH-CHD-23-750", "Adelaide Hills Chardonnay 2023 750ml"),
        ("KI-GIN-700", "Kangaroo Island Dry Gin 700ml"),
        ("CNW-CAB-20-750", "Coonawarra Cabernet 2020 750ml"),
        ("MIX-DOZ-RED", "Mixed Dozen - Reds"),
        ("TWN-PRT-10Y", "Tawny 10 Year Old 500ml"),
    ]
    partners = [("Barossa Ridge Wines Pty Ltd", v.abn(g)), ("Seaview Cellars Pty Ltd", v.abn(g)),
                ("Fleurieu Distilling Co", v.abn(g)), ("Cellardoor Direct Warehouse", v.abn(g))]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "au", female)
        doc = g.rnd.choices(["SA Driver's Licence", "Australian Passport", "Medicare Card", "Proof of Age Card"],
                            [6, 2, 2, 1])[0]
        if doc == "Australian Passport":
            number = g.rnd.choice(["PA", "PB", "RA"]) + g.digits(7)
        elif doc == "Medicare Card":
            number = v.medicare(g)
        else:
            number = g.code("A") + g.digits(5) if g.rnd.random() < 0.7 else g.digits(6)
        p = g.rnd.randrange(len(products))
        rows.append(
            {
                "a": a,
                "b": b,
                "born": g.birth(1945, 2006),
                "doc": doc,
                "no": number,
                "mail": v.email_of(g, a, b, v.DOMAINS["au"]),
                "place": g.rnd.choice(v.AU_PLACES),
                "p": products[p],
                "f": g.rnd.randrange(len(partners)),
                "gift": v.whole(g, "au") if g.rnd.random() < 0.4 else None,
            }
        )
    agents = v.staff(g, 3, "au", "initial")

    def note() -> str:
        return g.rnd.choice(
            [
                f"Leave with neighbour {v.given(g, 'au')} at no. 12",
                "ID name mismatch - married name on licence, approved",
                f"Gift for {v.whole(g, 'au')}, recipient must show ID on delivery",
                "Courier to check ID at door",
                "Manual override after phone call",
            ]
        )

    return Table(
        "cellardoorDirect.ageChecks",
        "en",
        "camel",
        [
            c("ageCheckId", N, "BIGINT", g.keys(4_410_001), "decoy", KEY),
            c("orderNumber", N, "VARCHAR", g.col(lambda: v.tfn_decoy(g)), "decoy", SHAPE),
            c("customerFirstName", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("customerLastName", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("customerDob", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows]),
            c("idDocumentType", N, "VARCHAR", [r["doc"] for r in rows], "decoy"),
            c("idDocumentNumber", "national_id", "VARCHAR", [r["no"] for r in rows], MULTI_DOC),
            c(
                "verificationResult",
                N,
                "VARCHAR",
                g.col(g.pick(["Verified"] * 8 + ["Verified - manual", "Failed - under 18", "Referred"])),
                "decoy",
            ),
            c("customerMobile", "phone", "VARCHAR", g.phones("AU", {"national": 0.7, "e164": 0.3})),
            c("customerEmail", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("deliveryAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AU_STREETS, "au"))),
            c("deliverySuburb", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY),
            c("deliveryPostcode", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("giftRecipientName", "person_name", "VARCHAR", [r["gift"] for r in rows], ROLE),
            c("productSku", N, "VARCHAR", [r["p"][0] for r in rows], "decoy", PRODUCT, SHAPE),
            c("productName", N, "VARCHAR", [r["p"][1] for r in rows], "decoy", PRODUCT),
            c("orderTotal", N, "DOUBLE", g.amounts(24, 640), "decoy"),
            c("courierTracking", N, "VARCHAR", g.col(lambda: g.code("ZZZ") + g.digits(9), 0.1), "decoy", SHAPE),
            c("fulfilmentPartner", N, "VARCHAR", [partners[r["f"]][0] for r in rows], "business"),
            c("fulfilmentPartnerAbn", N, "VARCHAR", [partners[r["f"]][1] for r in rows], "business", CHECK),
            c("paymentCardNumber", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.84), HEAVY),
            c("checkoutIp", "ip_address", "VARCHAR", g.col(g.ip, 0.03)),
            c("deviceFingerprint", N, "VARCHAR", g.col(lambda: g.code("x" * 32)), "decoy", DEVICE, SHAPE),
            c("customField2", N, "VARCHAR", _codes(g, ["CLUB", "GIFTWRAP", "ATL", "NO-SIG", "EXPRESS"], 0.4), "decoy",
              PLAIN),
            c("csAgent", "person_name", "VARCHAR", g.col(g.pick(agents), 0.45), STAFF),
            c("deliveryNotes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil", "Nil")), NULLWORD),
        ],
    )


def gb_envelope_signers(g: Gen) -> Table:
    """A Leeds e-signature platform's envelopes and their signers, with witnesses of deeds (Pascal case)."""
    senders = [
        ("Aire Valley Lettings Ltd", "04518823"),
        ("Kirkgate Solicitors LLP", "OC361205"),
        ("Northern Fleet Leasing Ltd", "09127764"),
        ("Headrow Recruitment Ltd", "11802345"),
        ("Calder Guarantee Finance plc", "03349120"),
    ]
    subjects = {
        0: ["Assured shorthold tenancy agreement", "Guarantor agreement", "Inventory and schedule of condition"],
        1: ["Deed of variation", "Lasting power of attorney", "TR1 transfer deed", "Client care letter"],
        2: ["Vehicle hire agreement", "Personal contract hire agreement"],
        3: ["Contract for services", "Key information document", "Temporary worker agreement"],
        4: ["Deed of guarantee", "Loan agreement", "Direct debit mandate"],
    }
    pool = v.staff(g, 6, "gb")
    staff_by = [pool[i : i + 2] for i in range(len(senders))]
    envelopes = []
    for _ in range(g.rows // 2 + 10):
        s = g.rnd.randrange(len(senders))
        deed = "Deed" in " ".join(subjects[s]) and g.rnd.random() < 0.5
        envelopes.append((g.uuid(), s, g.rnd.choice(subjects[s]), g.rnd.choice(staff_by[s]), deed, g.sha256()))
    rows = []
    for _ in range(g.rows):
        env = g.rnd.choice(envelopes)
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "gb", female)
        idv = g.rnd.random() < 0.55
        witnessed = env[4] and g.rnd.random() < 0.6
        rows.append(
            {
                "env": env,
                "role": g.rnd.choice(["Signer", "Signer", "Signer", "Guarantor", "Landlord", "Tenant"]),
                "a": a,
                "b": b,
                "mail": v.email_of(g, a, b, v.DOMAINS["gb"]),
                "born": g.birth(1944, 2006) if idv else None,
                "nino": v.gb_nino(g) if idv and g.rnd.random() < 0.3 else None,
                "wit": v.whole(g, "gb") if witnessed else None,
                "wit_addr": v.street(g, v.GB_STREETS, "gb") if witnessed else None,
                "method": g.rnd.choice(["Click to sign", "Drawn", "Typed", "SMS OTP"]) if not idv else "ID verified",
            }
        )

    def reason() -> str:
        return g.rnd.choice(
            [
                f"My name is spelt wrong - should be {v.whole(g, 'gb')}",
                "Wrong rent amount in clause 3",
                f"Please send to my partner {v.given(g, 'gb')} instead",
                "Not my document",
                "Will sign in the office",
            ]
        )

    return Table(
        "SignBridge.EnvelopeSigners",
        "en",
        "pascal",
        [
            c("SignerId", N, "BIGINT", g.keys(90_000_001), "decoy", KEY),
            c("EnvelopeId", N, "VARCHAR", [r["env"][0] for r in rows], "decoy", SHAPE),
            c("EnvelopeSubject", N, "VARCHAR", [r["env"][2] for r in rows], "decoy"),
            c("SenderOrganisation", N, "VARCHAR", [senders[r["env"][1]][0] for r in rows], "business"),
            c("SenderCompanyNumber", N, "VARCHAR", [senders[r["env"][1]][1] for r in rows], "business"),
            c("SenderName", "person_name", "VARCHAR", [r["env"][3] for r in rows], STAFF),
            c("SignerRole", N, "VARCHAR", [r["role"] for r in rows], "decoy"),
            c("SignerFirstName", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("SignerLastName", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("SignerEmail", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("SignerMobile", "phone", "VARCHAR", g.phones("GB", {"national": 0.5, "e164": 0.4, "intl": 0.1}, 1, 0.2)),
            c("SignerDateOfBirth", "date_of_birth", "DATE", [r["born"] for r in rows]),
            c("NiNumber", "ssn", "VARCHAR", [r["nino"] for r in rows], HEAVY),
            c("WitnessName", "person_name", "VARCHAR", [r["wit"] for r in rows], ROLE, HEAVY),
            c("WitnessAddress", "street_address", "VARCHAR", [r["wit_addr"] for r in rows], ROLE, HEAVY),
            c("SigningMethod", N, "VARCHAR", [r["method"] for r in rows], "decoy"),
            c("SignedAt", N, "TIMESTAMP", g.moments("2025-01-02", "2025-11-30", 0.08, 6, 23), "decoy"),
            c("SigningIpAddress", "ip_address", "VARCHAR", g.col(g.ip, 0.08)),
            c("DocumentSha256", N, "VARCHAR", [r["env"][5] for r in rows], "decoy", SHAPE),
            c("AuditTrailRef", N, "VARCHAR", g.col(lambda: f"SB-{g.rnd.choice([2024, 2025])}-{g.digits(7)}"), "decoy",
              SHAPE),
            c("Udf3", "free_text", "VARCHAR", _custom(g, "GB", "gb"), CUSTOM),
            c("DeclineReason", "free_text", "VARCHAR", g.sparse(reason, 0.86, _words("n/a", "N/A")), NULLWORD),
        ],
    )


def ca_video_id_calls(g: Gen) -> Table:
    """A Calgary remote notarization service's video identity calls (abbreviated)."""
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "ca", female)
        born = g.birth(1942, 2006)
        doc = g.rnd.choices(["AB DL", "PASSPORT", "AB ID CARD", "BC DL"], [6, 3, 1, 1])[0]
        if doc == "PASSPORT":
            number = g.code("AA") + g.digits(6)
        elif doc == "BC DL":
            number = g.digits(7)
        else:
            number = f"{g.digits(6)}-{g.digits(3)}"
        place = g.rnd.choice(v.CA_PLACES)
        rows.append(
            {
                "a": a,
                "mid": v.given(g, "ca", female) if g.rnd.random() < 0.22 else None,
                "b": b,
                "dob": f"{born.day:02d}-{months[born.month - 1]}-{born.year}",
                "doc": doc,
                "no": number,
                "mail": v.email_of(g, a, b, v.DOMAINS["ca"]),
                "place": place,
                "pc": f"{place[1]} {g.code('9A9')}",
            }
        )
    notaries = v.staff(g, 4, "ca")
    logins = sorted({f"{v.latin(v.given(g, 'ca'))[0]}{v.latin(v.person(g, 'ca')[1])}" for _ in range(5)})
    return Table(
        "vidnotary_yyc.vid_call_sess",
        "en",
        "abbrev",
        [
            c("sess_id", N, "BIGINT", g.keys(700_001), "decoy", KEY),
            c("sess_ref", N, "VARCHAR", g.col(lambda: v.sin_decoy(g)), "decoy", SHAPE, ABBREV),
            c("cli_fnm", "first_name", "VARCHAR", [r["a"] for r in rows], ABBREV),
            c("cli_mnm", "first_name", "VARCHAR", [r["mid"] for r in rows], ABBREV, HEAVY),
            c("cli_lnm", "last_name", "VARCHAR", [r["b"] for r in rows], ABBREV),
            c("cli_dob", "date_of_birth", "VARCHAR", [r["dob"] for r in rows], ABBREV),
            c("cli_sin", "ssn", "VARCHAR", g.col(lambda: v.sin(g), 0.82), ABBREV, HEAVY),
            c("id_typ", N, "VARCHAR", [r["doc"] for r in rows], "decoy", ABBREV),
            c("id_no", "national_id", "VARCHAR", [r["no"] for r in rows], MULTI_DOC, ABBREV),
            c("id_exp_dt", N, "DATE", g.days("2025-03-01", "2034-12-31"), "decoy", ABBREV),
            c("ctc_ph", "phone", "VARCHAR", g.phones("CA", {"national": 0.5, "dashes": 0.3, "e164": 0.2}), ABBREV),
            c("ctc_eml", "email", "VARCHAR", [r["mail"] for r in rows], ABBREV),
            c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CA_STREETS, "ca")), ABBREV),
            c(
                "addr_ln2",
                "street_address",
                "VARCHAR",
                g.col(lambda: g.rnd.choice(["Suite ", "Unit ", "Apt "]) + str(g.rnd.randint(1, 2_405)), 0.8),
                SPLIT_ADDR,
                ABBREV,
                HEAVY,
            ),
            c("cty", "city", "VARCHAR", [r["place"][0] for r in rows], ABBREV),
            c("pstl_cd", "postal_code", "VARCHAR", [r["pc"] for r in rows], ABBREV),
            c(
                "doc_typ",
                N,
                "VARCHAR",
                g.col(g.pick(["STAT DEC", "POA", "AFFIDAVIT", "LAND TITLE TRANSFER", "CONSENT TO TRAVEL"])),
                "decoy",
                ABBREV,
            ),
            c("call_strt_ts", N, "TIMESTAMP", g.moments("2025-01-06", "2025-11-28", 0.0, 8, 20), "decoy", ABBREV),
            c("call_dur_sec", N, "INTEGER", g.ints(240, 2_700), "decoy", ABBREV),
            c("rec_sha256", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE, ABBREV),
            c("ntry_nm", "person_name", "VARCHAR", g.col(g.pick(notaries)), STAFF, ABBREV),
            c("wit_nm", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ca"), 0.8), ROLE, ABBREV, HEAVY),
            c("cli_ip", "ip_address", "VARCHAR", g.col(g.ip, 0.05), ABBREV),
            c("udf3", N, "VARCHAR", _codes(g, ["TRANSLATOR", "2ND-ID", "RE-DO", "MINOR", "POA-ATT"], 0.5), "decoy",
              PLAIN),
            c("lst_upd_by", UNCLASSIFIED, "VARCHAR", g.col(g.pick(logins)), USERNAME, ABBREV),
        ],
    )


def us_address_letters_cobol(g: Gen) -> Table:
    """A Sioux Falls identity verification bureau's COBOL extract of address verification letters."""
    banks = [
        ("PRAIRIE STATE BANK", v.aba(g)),
        ("DAKOTA CARD SERVICES", v.aba(g)),
        ("BIG SIOUX CREDIT UNION", v.aba(g)),
        ("RUSHMORE SAVINGS BANK", v.aba(g)),
    ]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "us", female)
        mailed = g.weekday("2025-01-02", "2025-11-14")
        status = g.rnd.choices(["C", "R", "N"], [7, 1, 2])[0]
        resp = g.weekday("2025-01-10", "2025-11-28") if status == "C" else None
        rows.append(
            {
                "a": a,
                "b": b,
                "place": g.rnd.choice(v.US_PLACES),
                "bank": g.rnd.randrange(len(banks)),
                "mailed": mailed,
                "status": status,
                "resp": resp if resp is None or resp > mailed else mailed,
            }
        )
    clerks = [s.upper() for s in v.staff(g, 3, "us")]
    return Table(
        "ADRVRFY.LETTER_EXTRACT",
        "en",
        "cobol",
        [
            c("AVL-LETTER-NO", N, "VARCHAR", [f"{n:09d}" for n in g.keys(31_000_101, 7)], "decoy", KEY, LEGACY),
            c("AVL-CASE-NO", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE, LEGACY),
            c("SUBJ-LAST-NM", "last_name", "VARCHAR", _pad([r["b"].upper() for r in rows], 20), LEGACY),
            c("SUBJ-FIRST-NM", "first_name", "VARCHAR", _pad([r["a"].upper() for r in rows], 15), LEGACY),
            c("SUBJ-MID-INIT", "first_name", "VARCHAR", _pad(g.col(lambda: g.code("A"), 0.35), 1), LEGACY),
            c("SUBJ-SSN", "ssn", "BIGINT", [int(v.us_ssn(g)) if g.rnd.random() < 0.9 else 0 for _ in rows], LEGACY),
            c(
                "SUBJ-DOB",
                "date_of_birth",
                "INTEGER",
                [_ymd(g.birth(1940, 2006)) if g.rnd.random() < 0.95 else 0 for _ in rows],
                LEGACY,
            ),
            c(
                "SUBJ-PHONE",
                "phone",
                "BIGINT",
                [int(g.phone("US", "digits")) if g.rnd.random() < 0.85 else 0 for _ in rows],
                LEGACY,
            ),
            c(
                "MAIL-ADDR-1",
                "street_address",
                "VARCHAR",
                _pad(g.col(lambda: v.street(g, v.US_STREETS, "us")), 30),
                LEGACY,
            ),
            c(
                "MAIL-ADDR-2",
                "street_address",
                "VARCHAR",
                _pad(g.col(lambda: f"APT {g.rnd.randint(1, 40)}{g.rnd.choice('ABCD')}", 0.82), 10),
                SPLIT_ADDR,
                LEGACY,
                HEAVY,
            ),
            c("MAIL-CITY", "city", "VARCHAR", _pad([r["place"][0] for r in rows], 18), LEGACY),
            c("MAIL-ST", N, "VARCHAR", [r["place"][2] for r in rows], "decoy", LEGACY),
            c("MAIL-ZIP", "postal_code", "INTEGER", [int(r["place"][1]) for r in rows], LEGACY),
            c(
                "PRIOR-ADDR-1",
                "street_address",
                "VARCHAR",
                _pad(g.col(lambda: v.street(g, v.US_STREETS, "us"), 0.78), 30),
                LEGACY,
                HEAVY,
            ),
            c("CLIENT-BANK-NM", N, "VARCHAR", _pad([banks[r["bank"]][0] for r in rows], 25), "business", LEGACY),
            c("CLIENT-ABA", N, "VARCHAR", [banks[r["bank"]][1] for r in rows], "business", CHECK, LEGACY),
            c("VRFY-CODE", N, "VARCHAR", g.col(lambda: g.code("ZZZZZZ")), "decoy", LEGACY),
            c("MAIL-DT", N, "INTEGER", [_ymd(r["mailed"]) for r in rows], "decoy", LEGACY),
            c("RESP-DT", N, "INTEGER", [_ymd(r["resp"]) for r in rows], "decoy", LEGACY),
            c("RESP-STATUS", N, "VARCHAR", [r["status"] for r in rows], "decoy", LEGACY),
            c("IMB-TRACKING", N, "VARCHAR", g.col(lambda: "00" + g.digits(18)), "decoy", SHAPE, LEGACY),
            c("CARD-LAST4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.3), "decoy", PARTIAL, LEGACY),
            c("AVL-CLERK", "person_name", "VARCHAR", _pad(g.col(g.pick(clerks)), 20), STAFF, LEGACY),
            c(
                "AVL-USER-FLD-2",
                "free_text",
                "VARCHAR",
                _pad(_custom(g, "US", "us", 0.3, "digits"), 40),
                CUSTOM,
                LEGACY,
            ),
            c(
                "AVL-USER-FLD-3",
                N,
                "VARCHAR",
                _pad(_codes(g, ["RESEND", "FWD-USPS", "PO-BOX", "MILITARY", "SEASONAL"], 0.5), 8),
                "decoy",
                PLAIN,
                LEGACY,
            ),
        ],
    )


def my_ekyc_staging(g: Gen) -> Table:
    """A Kuala Lumpur eKYC vendor's MyKad verifications landed as an opaque staging table."""
    clients = ["Bayu Digital Bank Berhad", "KopiPay Sdn Bhd", "Teratai Takaful Berhad", "Gerak Motor Credit Sdn Bhd",
               "Jelajah Telco Sdn Bhd"]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.my_person(g, female)
        born = g.birth(1955, 2006)
        chinese = a in v.MY_CHINESE[2]
        name = f"{a} {b}"
        rows.append(
            {
                "name": name.upper() if g.rnd.random() < 0.6 else name,
                "mail": v.email_of(g, b.split()[0] if chinese else a, a if chinese else b, v.DOMAINS["my"]),
                "born": born,
                "nric": v.nric(g, born, female),
                "place": g.rnd.choice(v.MY_PLACES),
            }
        )
    reviewers = v.staff(g, 4, "my")
    return Table(
        "stg_kl_ekyc.src_mykad_verif_raw",
        "en",
        "opaque",
        [
            c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
            c("col02", "person_name", "VARCHAR", [r["name"] for r in rows], OPAQUE),
            c("col03", "national_id", "VARCHAR", [r["nric"] for r in rows], OPAQUE),
            c("col04", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows], OPAQUE),
            c("col05", "phone", "VARCHAR", g.phones("MY", {"e164": 0.5, "digits": 0.3, "national": 0.2}), OPAQUE),
            c("col06", "email", "VARCHAR", [r["mail"] for r in rows], OPAQUE),
            c("col07", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.MY_STREETS, "my"), 0.06), OPAQUE),
            c("col08", "postal_code", "VARCHAR", [r["place"][1] for r in rows], OPAQUE),
            c("col09", "city", "VARCHAR", [r["place"][0] for r in rows], OPAQUE),
            c("col10", N, "VARCHAR", [r["place"][2] for r in rows], "decoy", OPAQUE),
            c("col11", UNCLASSIFIED, "VARCHAR", g.col(lambda: g.rnd.choice(["1", "5", "8"]) + g.digits(11), 0.45), BANK,
              OPAQUE),
            c("col12", N, "DOUBLE", g.floats(0.2, 0.999, 3), "decoy", BIOMETRIC, OPAQUE),
            c(
                "col13",
                N,
                "VARCHAR",
                g.col(g.pick(["PASSED"] * 9 + ["FAILED", "INCONCLUSIVE"])),
                "decoy",
                BIOMETRIC,
                OPAQUE,
            ),
            c("col14", N, "VARCHAR", g.col(lambda: g.code("x" * 40)), "decoy", DEVICE, SHAPE, OPAQUE),
            c("col15", "ip_address", "VARCHAR", g.col(g.ip, 0.05), OPAQUE),
            c("col16", N, "VARCHAR", g.col(lambda: v.nric_decoy(g)), "decoy", SHAPE, OPAQUE),
            c("col17", N, "VARCHAR", g.col(g.pick(clients)), "business", OPAQUE),
            c("col18", "free_text", "VARCHAR", _custom(g, "MY", "my", 0.3, "e164"), CUSTOM, OPAQUE),
            c("col19", "person_name", "VARCHAR", g.col(g.pick(reviewers), 0.3), STAFF, OPAQUE),
            c("col20", N, "TIMESTAMP", g.moments("2025-02-01", "2025-11-30", 0.0, 0, 23), "decoy", OPAQUE),
        ],
    )


def ee_wallet_onboarding_json(g: Gen) -> Table:
    """A Tallinn eIDAS digital identity wallet provider's onboarding records, exported as JSON and flattened to dotted
    keys."""
    models = ["iPhone 15", "iPhone 13", "Pixel 8", "Galaxy S23", "Galaxy A54", "Xiaomi 13T", "iPhone SE (3rd gen)"]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "ee", female)
        born = g.birth(1944, 2007)
        model = g.rnd.choice(models)
        rows.append(
            {
                "a": a,
                "b": b,
                "born": born,
                "ik": v.ee_ik(g, born, female),
                "nat": g.rnd.choices(["EST", "LVA", "FIN", "UKR", "RUS"], [12, 1, 1, 1, 1])[0],
                "mail": v.email_of(g, a, b, v.DOMAINS["ee"]),
                "place": g.rnd.choice(v.EE_PLACES),
                "doc": g.rnd.choice(["AB", "AC", "AS", "BE"]) + g.digits(7),
                "model": model,
                "os": f"iOS {g.rnd.randint(16, 18)}.{g.rnd.randint(0, 6)}"
                if model.startswith("iPhone")
                else f"Android {g.rnd.randint(12, 15)}",
            }
        )
    agents = v.staff(g, 3, "ee")

    def note() -> str:
        return g.rnd.choice(
            [
                f"Holder asked to move PID to new phone, old device belonged to {v.whole(g, 'ee')}",
                "NFC read of ID card failed twice, used mobile-ID",
                f"Call back at {g.phone('EE', 'national')}",
                "Attestation rejected: rooted device",
                "Duplicate onboarding, previous wallet revoked",
            ]
        )

    return Table(
        "walletly_tll.wallet_onboarding_json",
        "en",
        "json",
        [
            c("onboarding.id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
            c("onboarding.reference", N, "VARCHAR", g.col(lambda: v.ee_ik_decoy(g)), "decoy", SHAPE),
            c("holder.given_name", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("holder.family_name", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("holder.birth_date", "date_of_birth", "VARCHAR", [r["born"].isoformat() for r in rows]),
            c("holder.personal_code", "national_id", "VARCHAR", [r["ik"] for r in rows]),
            c("holder.nationality", N, "VARCHAR", [r["nat"] for r in rows], "decoy"),
            c("holder.contact.phone", "phone", "VARCHAR", g.phones("EE", {"e164": 0.7, "national": 0.3}, 1, 0.1)),
            c("holder.contact.email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c(
                "holder.address.street",
                "street_address",
                "VARCHAR",
                g.col(lambda: v.street(g, v.EE_STREETS, "ee"), 0.3),
            ),
            c("holder.address.locality", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("holder.address.postal_code", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c(
                "pid.issuer",
                N,
                "VARCHAR",
                g.col(g.pick(["Politsei- ja Piirivalveamet", "Riigi Infosüsteemi Amet"])),
                "business",
            ),
            c("pid.document_number", "national_id", "VARCHAR", [r["doc"] for r in rows]),
            c("pid.expiry", N, "DATE", g.days("2026-01-01", "2030-12-31"), "decoy"),
            c("device.model", N, "VARCHAR", [r["model"] for r in rows], "decoy", DEVICE),
            c("device.os_version", N, "VARCHAR", [r["os"] for r in rows], "decoy", DEVICE),
            c("device.attestation_key_thumbprint", N, "VARCHAR", g.col(g.sha256), "decoy", DEVICE, SHAPE),
            c("device.fingerprint", N, "VARCHAR", g.col(lambda: g.code("x" * 32)), "decoy", DEVICE, SHAPE),
            c("meta.ip", "ip_address", "VARCHAR", g.col(g.ip, 0.05)),
            c("meta.app_version", N, "VARCHAR", g.col(lambda: g.version((1, 3))), "decoy"),
            c("meta.custom2", "free_text", "VARCHAR", _custom(g, "EE", "ee", 0.3, "e164"), CUSTOM),
            c("support.agent", "person_name", "VARCHAR", g.col(g.pick(agents), 0.5), STAFF),
            c("notes.support", "free_text", "VARCHAR", g.sparse(note, 0.85, _words("None", "n/a")), NULLWORD),
        ],
    )


# -- tables named in other languages -----------------------------------------------------------------------------------


def it_certificati_firma(g: Gen) -> Table:
    """A Lecce registration authority's qualified signature certificates and SPID identities issued after a
    webcam identification (Italian)."""
    convenzionati = [
        ("Studio Commercialisti Associati Quarta & Leo", v.it_iva(g)),
        ("CAF Salento Servizi S.r.l.", v.it_iva(g)),
        ("Ordine degli Ingegneri - sportello", v.it_iva(g)),
        ("Agenzia Pratiche Auto Barocco S.n.c.", v.it_iva(g)),
    ]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "it", female)
        born = g.birth(1946, 2006)
        bp = g.rnd.choice(v.IT_BIRTHPLACES)
        cf = v.codice_fiscale(a, b, born, female, bp[1])
        doc = g.rnd.choices(["Carta d'identità elettronica", "Passaporto", "Patente di guida"], [6, 2, 2])[0]
        if doc == "Passaporto":
            number = g.rnd.choice(["YA", "YB", "YC"]) + g.digits(7)
        elif doc == "Patente di guida":
            number = "LE" + g.digits(7) + g.code("A")
        else:
            number = "CA" + g.digits(5) + g.code("AA")
        rows.append(
            {
                "a": a,
                "b": b,
                "born": born,
                "bp": bp[0],
                "cf": cf,
                "sex": "F" if female else "M",
                "doc": doc,
                "no": number,
                "place": g.rnd.choice(v.IT_PLACES),
                "mail": v.email_of(g, a, b, v.DOMAINS["it"]),
                "pec": f"{v.latin(a)}.{v.latin(b)}@{g.rnd.choice(['pec.it', 'legalmail.it', 'postacert.it'])}"
                if g.rnd.random() < 0.2
                else None,
                "conv": g.rnd.randrange(len(convenzionati)),
                "issued": g.weekday("2025-01-08", "2025-11-28"),
            }
        )
    operatori = v.staff(g, 4, "it")

    def nota() -> str:
        return g.rnd.choice(
            [
                f"Richiesta presentata dal delegato {v.whole(g, 'it')}",
                "Documento poco leggibile, riconoscimento ripetuto",
                f"Il titolare chiede di essere richiamato al {g.phone('IT', 'national')}",
                "OTP inviato via app",
                "Rinnovo certificato in scadenza",
            ]
        )

    return Table(
        "ra_lecce.certificati_firma_qualificata",
        "it",
        "snake",
        [
            c("id_pratica", N, "BIGINT", g.keys(25_001), "decoy", KEY),
            c("codice_richiesta", N, "VARCHAR", g.col(lambda: v.cf_decoy(g)), "decoy", SHAPE),
            c("cognome", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("nome", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("codice_fiscale", "national_id", "VARCHAR", [r["cf"] for r in rows]),
            c("data_nascita", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows]),
            c("comune_nascita", "city", "VARCHAR", [r["bp"] for r in rows]),
            c("sesso", N, "VARCHAR", [r["sex"] for r in rows], "decoy"),
            c("tipo_documento", N, "VARCHAR", [r["doc"] for r in rows], "decoy"),
            c("numero_documento", "national_id", "VARCHAR", [r["no"] for r in rows], MULTI_DOC),
            c("indirizzo_residenza", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IT_STREETS, "it"))),
            c("cap", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("comune_residenza", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("cellulare", "phone", "VARCHAR", g.phones("IT", {"national": 0.6, "intl": 0.2, "e164": 0.2})),
            c("email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("pec", "email", "VARCHAR", [r["pec"] for r in rows], HEAVY),
            c("serial_number_soggetto", "national_id", "VARCHAR", [f"TINIT-{r['cf']}" for r in rows], PREFIXED),
            c("numero_seriale_certificato", N, "VARCHAR", g.col(lambda: g.code("x" * 16).upper()), "decoy", SHAPE),
            c(
                "tipo_certificato",
                N,
                "VARCHAR",
                g.col(g.pick(["Firma qualificata remota", "Firma qualificata remota", "CNS su smart card", "SPID L2"])),
                "decoy",
            ),
            c("data_emissione", N, "DATE", [r["issued"] for r in rows], "decoy"),
            c("data_scadenza", N, "DATE", [r["issued"].replace(year=r["issued"].year + 3) for r in rows], "decoy"),
            c(
                "esito_videoriconoscimento",
                N,
                "VARCHAR",
                g.col(g.pick(["Positivo"] * 8 + ["Negativo", "Sospeso"])),
                "decoy",
                BIOMETRIC,
            ),
            c("operatore_rao", "person_name", "VARCHAR", g.col(g.pick(operatori)), STAFF),
            c("convenzionato", N, "VARCHAR", [convenzionati[r["conv"]][0] for r in rows], "business"),
            c("partita_iva_convenzionato", N, "VARCHAR", [convenzionati[r["conv"]][1] for r in rows], "business",
              CHECK),
            c("campo_libero_2", "free_text", "VARCHAR", _custom(g, "IT", "it"), CUSTOM),
            c("note", "free_text", "VARCHAR", g.sparse(nota, 0.8, _words("nessuna", "n.d.")), NULLWORD),
        ],
    )


NATIONALITES = ["Belge", "Française", "Italienne", "Marocaine", "Néerlandaise"]


def be_fr_verifications_joueurs(g: Gen) -> Table:
    """A Liège online gaming operator's age and identity checks of players, with device fingerprints (French,
    Belgium)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.35
        a, b = v.person(g, "fr", female)
        born = g.birth(1950, 2006)
        place = g.rnd.choice(v.FR_PLACES)
        rows.append(
            {
                "a": a,
                "second": v.given(g, "fr", female) if g.rnd.random() < 0.2 else None,
                "b": b,
                "born": born,
                "nn": v.be_nn(g, born, female),
                "eid": v.be_eid(g) if g.rnd.random() < 0.8 else None,
                "bp": g.rnd.choice(v.FR_BIRTHPLACES),
                "nat": g.rnd.choices(NATIONALITES, [14, 2, 1, 1, 1])[0],
                "mail": v.email_of(g, a, b, v.DOMAINS["fr"]),
                "place": place,
            }
        )
    agents = v.staff(g, 3, "fr")

    def remarque() -> str:
        return g.rnd.choice(
            [
                f"Compte ouvert au nom de {v.whole(g, 'fr')}, mais carte bancaire d'un tiers",
                "Selfie refusé : lunettes de soleil",
                f"Le joueur demande la fermeture, rappel au {g.phone('BE', 'national')}",
                "Limite de dépôt abaissée à 200 €",
                "Vérification EPIS manuelle",
            ]
        )

    return Table(
        "jeux_liege.verifications_joueurs",
        "fr",
        "snake",
        [
            c("id_verification", N, "BIGINT", g.keys(310_001), "decoy", KEY),
            c("numero_dossier", N, "VARCHAR", g.col(lambda: v.be_nn_decoy(g)), "decoy", SHAPE),
            c("nom", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("prenom", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("deuxieme_prenom", "first_name", "VARCHAR", [r["second"] for r in rows], HEAVY),
            c("date_naissance", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows]),
            c("lieu_naissance", "city", "VARCHAR", [r["bp"] for r in rows]),
            c("numero_national", "national_id", "VARCHAR", [r["nn"] for r in rows]),
            c("numero_carte_eid", "national_id", "VARCHAR", [r["eid"] for r in rows]),
            c("nationalite", N, "VARCHAR", [r["nat"] for r in rows], "decoy"),
            c("gsm", "phone", "VARCHAR", g.phones("BE", {"national": 0.6, "e164": 0.25, "intl": 0.15})),
            c("courriel", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.FR_STREETS, "fr"))),
            c("code_postal", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("commune", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c(
                "iban_retrait",
                "iban",
                "VARCHAR",
                g.col(lambda: v.spaced(v.be_iban(g)) if g.rnd.random() < 0.6 else v.be_iban(g), 0.35),
            ),
            c("resultat_epis", N, "VARCHAR", g.col(g.pick(["Non exclu"] * 12 + ["Exclu"])), "decoy"),
            c("age_estime_selfie", N, "INTEGER", g.ints(17, 75), "decoy", BIOMETRIC),
            c("empreinte_appareil", N, "VARCHAR", g.col(lambda: g.code("x" * 32)), "decoy", DEVICE, SHAPE),
            c("adresse_ip", "ip_address", "VARCHAR", g.col(g.ip, 0.02)),
            c("navigateur", N, "VARCHAR", g.col(lambda: _agent(g, UAS)), "decoy", DEVICE),
            c("date_inscription", N, "TIMESTAMP", g.moments("2024-06-01", "2025-11-30"), "decoy"),
            c("agent_conformite", "person_name", "VARCHAR", g.col(g.pick(agents), 0.3), STAFF),
            c("champ_libre_2", N, "VARCHAR", _codes(g, ["VIP", "BONUS-OK", "AUTO-EXCL", "PEP-NON", "KYC2"], 0.45),
              "decoy", PLAIN),
            c("remarques", "free_text", "VARCHAR", g.sparse(remarque, 0.82, _words("néant", "aucune")), NULLWORD),
        ],
    )


def be_nl_ondertekenaars(g: Gen) -> Table:
    """A Ghent e-signing platform's envelopes and their signers (Dutch, Belgium)."""
    afzenders = [
        ("Immo Leiestreek BV", v.be_vat(g), "Kortrijksesteenweg 1024, 9051 Sint-Denijs-Westrem"),
        ("Interim Plus Gent NV", v.be_vat(g), "Zuidstationstraat 12, 9000 Gent"),
        ("Notariskantoor Van Hecke & De Wilde", v.be_vat(g), "Coupure Rechts 88, 9000 Gent"),
        ("Sportclub Artevelde vzw", v.be_vat(g), "Watersportlaan 2, 9000 Gent"),
    ]
    titels = [
        "Huurovereenkomst hoofdverblijfplaats",
        "Arbeidsovereenkomst bepaalde duur",
        "Compromis verkoop woning",
        "Volmacht akte",
        "Lidmaatschapsformulier",
        "Plaatsbeschrijving",
    ]
    medewerkers = v.staff(g, 6, "nl")
    envelopes = [(g.uuid(), g.rnd.randrange(len(afzenders)), g.rnd.choice(titels), g.sha256()) for _ in range(260)]
    rows = []
    for _ in range(g.rows):
        env = g.rnd.choice(envelopes)
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "nl", female)
        born = g.birth(1946, 2007)
        qual = g.rnd.random() < 0.45
        place = g.rnd.choice(v.NL_PLACES)
        rows.append(
            {
                "env": env,
                "a": a,
                "b": b,
                "mail": v.email_of(g, a, b, v.DOMAINS["nl"]),
                "rrn": v.be_nn(g, born, female) if qual else None,
                "born": born,
                "type": g.rnd.choice(["itsme (gekwalificeerd)", "eID-kaartlezer"]) if qual else "eenvoudig (e-mail)",
                "cert": g.code("x" * 20) if qual else None,
                "proxy": v.whole(g, "nl") if g.rnd.random() < 0.12 else None,
                "place": place,
            }
        )

    def reden() -> str:
        return g.rnd.choice(
            [
                f"Naam moet {v.whole(g, 'nl')} zijn, niet mijn partner",
                "Huurprijs klopt niet",
                f"Bel mij op {g.phone('BE', 'national')}",
                "Ik teken liever op kantoor",
                "Verkeerde datum van ingang",
            ]
        )

    return Table(
        "tekenplatform_gent.enveloppen_ondertekenaars",
        "nl",
        "snake",
        [
            c("ondertekenaar_id", N, "BIGINT", g.keys(5_200_001), "decoy", KEY),
            c("envelop_id", N, "VARCHAR", [r["env"][0] for r in rows], "decoy", SHAPE),
            c("envelop_titel", N, "VARCHAR", [r["env"][2] for r in rows], "decoy"),
            c("afzender_organisatie", N, "VARCHAR", [afzenders[r["env"][1]][0] for r in rows], "business"),
            c("afzender_ondernemingsnummer", N, "VARCHAR", [afzenders[r["env"][1]][1] for r in rows], "business",
              CHECK),
            c("afzender_adres", N, "VARCHAR", [afzenders[r["env"][1]][2] for r in rows], "business"),
            c("afzender_medewerker", "person_name", "VARCHAR", g.col(g.pick(medewerkers)), STAFF),
            c("voornaam", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("familienaam", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("e_mailadres", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("gsm_nummer", "phone", "VARCHAR", g.phones("BE", {"national": 0.6, "e164": 0.4}, 1, 0.15)),
            c("rijksregisternummer", "national_id", "VARCHAR", [r["rrn"] for r in rows]),
            c("geboortedatum", "date_of_birth", "VARCHAR", [v.dmy(r["born"], "-") for r in rows]),
            c("handtekeningtype", N, "VARCHAR", [r["type"] for r in rows], "decoy"),
            c("ondertekend_op", N, "TIMESTAMP", g.moments("2025-01-02", "2025-11-30", 0.1, 7, 23), "decoy"),
            c("ip_adres", "ip_address", "VARCHAR", g.col(g.ip, 0.1)),
            c("document_hash", N, "VARCHAR", [r["env"][3] for r in rows], "decoy", SHAPE),
            c("certificaat_serienummer", N, "VARCHAR", [r["cert"] for r in rows], "decoy", SHAPE),
            c("volmachtdrager", "person_name", "VARCHAR", [r["proxy"] for r in rows], ROLE, HEAVY),
            c("adres_ondertekenaar", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NL_STREETS, "nl"), 0.4)),
            c("postcode", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("gemeente", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("vrij_veld_2", "free_text", "VARCHAR", _custom(g, "BE", "nl"), CUSTOM),
            c("reden_weigering", "free_text", "VARCHAR", g.sparse(reden, 0.86, _words("geen", "nvt")), NULLWORD),
        ],
    )


def pl_sesje_wideo(g: Gen) -> Table:
    """A Wrocław video-identification vendor's calls with a consumer lender's applicants (Polish)."""
    pracodawcy = [
        ("Volvo Polska Sp. z o.o.", v.pl_nip(g)),
        ("Uniwersytecki Szpital Kliniczny", v.pl_nip(g)),
        ("LG Energy Solution Wrocław Sp. z o.o.", v.pl_nip(g)),
        ("Urząd Miejski Wrocławia", v.pl_nip(g)),
        ("Toyota Motor Manufacturing Poland", v.pl_nip(g)),
        ("działalność gospodarcza", None),
    ]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "pl", female)
        born = g.birth(1950, 2006)
        fam = next(p for p in v.PL_FAMILY if b in p)
        rows.append(
            {
                "a": a,
                "second": g.rnd.choice(v.PL_GIVEN[1 if female else 0]) if g.rnd.random() < 0.5 else None,
                "b": b,
                "maiden": g.rnd.choice(v.PL_FAMILY)[1] if female and g.rnd.random() < 0.4 else None,
                "father": g.rnd.choice(v.PL_GIVEN[0]),
                "mother": g.rnd.choice(v.PL_GIVEN[1]),
                "born": born,
                "pesel": v.pesel(g, born, female),
                "bp": g.rnd.choice(v.PL_BIRTHPLACES),
                "mail": v.email_of(g, a, fam[0], v.DOMAINS["pl"]),
                "place": g.rnd.choice(v.PL_PLACES),
                "emp": g.rnd.randrange(len(pracodawcy)),
            }
        )
    konsultanci = v.staff(g, 5, "pl")

    def uwaga() -> str:
        return g.rnd.choice(
            [
                f"W tle osoba podpowiadająca ({v.given(g, 'pl')}), sesja przerwana",
                "Słaba jakość obrazu, dowód pokazany ponownie",
                f"Klient prosi o kontakt pod numerem {g.phone('PL', 'national')}",
                "Dowód z nieaktualnym adresem",
                f"Przelew weryfikacyjny z konta {v.whole(g, 'pl')}",
            ]
        )

    return Table(
        "wideoweryfikacja_wroclaw.sesje_wideo",
        "pl",
        "snake",
        [
            c("id_sesji", N, "BIGINT", g.keys(880_001), "decoy", KEY),
            c("numer_wniosku", N, "VARCHAR", g.col(lambda: v.pesel_decoy(g)), "decoy", SHAPE),
            c("imie", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("drugie_imie", "first_name", "VARCHAR", [r["second"] for r in rows]),
            c("nazwisko", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("nazwisko_rodowe", "last_name", "VARCHAR", [r["maiden"] for r in rows], HEAVY),
            c("imie_ojca", "first_name", "VARCHAR", [r["father"] for r in rows], ROLE),
            c("imie_matki", "first_name", "VARCHAR", [r["mother"] for r in rows], ROLE),
            c("pesel", "national_id", "VARCHAR", [r["pesel"] for r in rows]),
            c("data_urodzenia", "date_of_birth", "VARCHAR", [r["born"].strftime("%d.%m.%Y") for r in rows]),
            c("miejsce_urodzenia", "city", "VARCHAR", [r["bp"] for r in rows]),
            c("seria_numer_dowodu", "national_id", "VARCHAR", g.col(lambda: v.pl_id_card(g))),
            c("data_waznosci_dowodu", N, "DATE", g.days("2025-12-01", "2035-11-30"), "decoy"),
            c("telefon", "phone", "VARCHAR", g.phones("PL", {"national": 0.5, "e164": 0.3, "intl": 0.2})),
            c("email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("ulica", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.PL_STREETS, "pl"))),
            c("kod_pocztowy", "postal_code", "VARCHAR", [g.code(r["place"][1]) for r in rows]),
            c("miejscowosc", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("pracodawca", N, "VARCHAR", [pracodawcy[r["emp"]][0] for r in rows], "business"),
            c("nip_pracodawcy", N, "VARCHAR", [pracodawcy[r["emp"]][1] for r in rows], "business", CHECK),
            c("numer_rachunku", "iban", "VARCHAR", g.col(lambda: v.spaced(v.pl_iban(g)), 0.2)),
            c("konsultant", "person_name", "VARCHAR", g.col(g.pick(konsultanci)), STAFF),
            c(
                "wynik_weryfikacji",
                N,
                "VARCHAR",
                g.col(g.pick(["pozytywny"] * 8 + ["negatywny", "do ponownej weryfikacji"])),
                "decoy",
                BIOMETRIC,
            ),
            c("nagranie_sha256", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE),
            c("pole_dodatkowe_2", "free_text", "VARCHAR", _custom(g, "PL", "pl"), CUSTOM),
            c("uwagi", "free_text", "VARCHAR", g.sparse(uwaga, 0.8, _words("brak", "b/d")), NULLWORD),
        ],
    )


def tr_sertifika_basvurulari(g: Gen) -> Table:
    """An Ankara qualified electronic certificate provider's applications (Turkish)."""
    kurumlar = [
        ("Başkent Mali Müşavirlik Ltd. Şti.", v.tr_vkn(g), g.phone("TR", "national", False)),
        ("Ostim İnşaat Taahhüt A.Ş.", v.tr_vkn(g), g.phone("TR", "national", False)),
        ("Kızılay Eczanesi", v.tr_vkn(g), g.phone("TR", "national", False)),
        ("Anadolu Lojistik ve Dış Ticaret A.Ş.", v.tr_vkn(g), g.phone("TR", "national", False)),
        ("Serbest meslek", None, None),
    ]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "tr", female)
        place = g.rnd.choice(v.TR_PLACES)
        rows.append(
            {
                "a": a,
                "b": b,
                "tckn": v.tckn(g),
                "father": v.given(g, "tr", False),
                "mother": v.given(g, "tr", True),
                "born": g.birth(1950, 2006),
                "bp": g.rnd.choice(v.TR_BIRTHPLACES),
                "mail": v.email_of(g, a, b, v.DOMAINS["tr"]),
                "place": place,
                "k": g.rnd.randrange(len(kurumlar)),
            }
        )
    personel = v.staff(g, 4, "tr")

    def aciklama() -> str:
        return g.rnd.choice(
            [
                f"Kart {v.whole(g, 'tr')} adına vekaleten teslim alındı",
                "Kimlik fotokopisi okunaksız, yeniden istendi",
                f"Başvuru sahibi {g.phone('TR', 'national')} numarasından aranacak",
                "Kurye adresi değişti",
                "Mali mühür başvurusu ile birlikte",
            ]
        )

    return Table(
        "eimza_ankara.sertifika_basvurulari",
        "tr",
        "snake",
        [
            c("basvuru_id", N, "BIGINT", g.keys(1_450_001), "decoy", KEY),
            c("basvuru_no", N, "VARCHAR", g.col(lambda: v.tckn_decoy(g)), "decoy", SHAPE),
            c("ad", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("soyad", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("tc_kimlik_no", "national_id", "VARCHAR", [r["tckn"] for r in rows]),
            c("baba_adi", "first_name", "VARCHAR", [r["father"] for r in rows], ROLE),
            c("anne_adi", "first_name", "VARCHAR", [r["mother"] for r in rows], ROLE),
            c("dogum_tarihi", "date_of_birth", "VARCHAR", [r["born"].strftime("%d.%m.%Y") for r in rows]),
            c("dogum_yeri", "city", "VARCHAR", [r["bp"] for r in rows]),
            c("cep_telefonu", "phone", "VARCHAR", g.phones("TR", {"national": 0.7, "e164": 0.3})),
            c("e_posta", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("adres", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.TR_STREETS, "tr"))),
            c("ilce", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY),
            c("posta_kodu", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("kurum_adi", N, "VARCHAR", [kurumlar[r["k"]][0] for r in rows], "business"),
            c("kurum_vergi_no", N, "VARCHAR", [kurumlar[r["k"]][1] for r in rows], "business", CHECK),
            c("kurum_telefonu", N, "VARCHAR", [kurumlar[r["k"]][2] for r in rows], "business"),
            c("sertifika_seri_no", N, "VARCHAR", g.col(lambda: g.code("x" * 24), 0.1), "decoy", SHAPE),
            c(
                "sertifika_turu",
                N,
                "VARCHAR",
                g.col(g.pick(["NES 1 yıl", "NES 2 yıl", "NES 3 yıl", "Mobil imza", "Mali mühür"])),
                "decoy",
            ),
            c("kurye_takip_no", N, "VARCHAR", g.col(lambda: g.digits(12), 0.2), "decoy", SHAPE),
            c(
                "teslimat_adresi",
                "street_address",
                "VARCHAR",
                g.col(lambda: v.street(g, v.TR_STREETS, "tr"), 0.8),
                HEAVY,
            ),
            c("kayit_personeli", "person_name", "VARCHAR", g.col(g.pick(personel)), STAFF),
            c("ek_alan_2", N, "VARCHAR", _codes(g, ["KURUMSAL", "YENILEME", "KAYIP", "ACIL", "KAMU"], 0.45), "decoy",
              PLAIN),
            c("aciklama", "free_text", "VARCHAR", g.sparse(aciklama, 0.8, _words("yok", "belirtilmemiş")), NULLWORD),
        ],
    )


def gr_apomakrysmeni_taftopoiisi(g: Gen) -> Table:
    """A Thessaloniki e-money institution's remote onboarding with document and selfie liveness checks (Greek, in
    Greek script)."""
    epaggelmata = ["Ιδιωτικός υπάλληλος", "Δημόσιος υπάλληλος", "Ελεύθερος επαγγελματίας", "Φοιτητής/τρια",
                   "Συνταξιούχος", "Άνεργος/η"]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "gr", female)
        born = g.birth(1948, 2006)
        fam = next(p for p in v.GR_FAMILY if b in p)
        rows.append(
            {
                "a": a,
                "b": b,
                "father": g.rnd.choice(v.GR_GIVEN[0]),
                "mother": g.rnd.choice(v.GR_GIVEN[1]) if g.rnd.random() < 0.2 else None,
                "born": born,
                "amka": v.amka(g, born, female),
                "mail": v.email_of(g, a, fam[0], v.DOMAINS["gr"]),
                "place": g.rnd.choice(v.GR_PLACES),
            }
        )
    elegktes = v.staff(g, 3, "gr")

    def parat() -> str:
        return g.rnd.choice(
            [
                f"Ο πελάτης ζήτησε επικοινωνία στο {g.phone('GR', 'national')}",
                "Αντανάκλαση στη φωτογραφία της ταυτότητας, νέα λήψη",
                f"Λογαριασμός ανοίχτηκε για λογαριασμό της μητέρας {v.whole(g, 'gr', True)}",
                "Παλιού τύπου ταυτότητα, ζητήθηκε διαβατήριο",
                "Έλεγχος ζωντάνιας επαναλήφθηκε",
            ]
        )

    return Table(
        "ηλεκτρονικό_χρήμα_θεσ.απομακρυσμένη_ταυτοποίηση",
        "el",
        "native",
        [
            c("κωδικός_ελέγχου", N, "BIGINT", g.keys(61_001), "decoy", KEY),
            c("αριθμός_αίτησης", N, "VARCHAR", g.col(lambda: v.amka_decoy(g)), "decoy", SHAPE),
            c("επώνυμο", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("όνομα", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("πατρώνυμο", "first_name", "VARCHAR", [r["father"] for r in rows]),
            c("μητρώνυμο", "first_name", "VARCHAR", [r["mother"] for r in rows], HEAVY),
            c("ημερομηνία_γέννησης", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows]),
            c("αμκα", "ssn", "VARCHAR", [r["amka"] for r in rows]),
            c("αφμ", "national_id", "VARCHAR", g.col(lambda: v.gr_afm(g), 0.1)),
            c("αριθμός_ταυτότητας", "national_id", "VARCHAR", g.col(lambda: v.gr_id(g), 0.05)),
            c("κινητό", "phone", "VARCHAR", g.phones("GR", {"national": 0.6, "e164": 0.3, "intl": 0.1})),
            c("email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("διεύθυνση", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GR_STREETS, "gr"))),
            c("ταχυδρομικός_κώδικας", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("πόλη", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("iban", "iban", "VARCHAR", g.col(lambda: v.gr_iban(g), 0.3)),
            c("επάγγελμα", N, "VARCHAR", g.col(g.pick(epaggelmata)), "decoy"),
            c("βαθμός_ομοιότητας", N, "DOUBLE", g.floats(0.3, 0.999, 3), "decoy", BIOMETRIC),
            c(
                "έλεγχος_ζωντάνιας",
                N,
                "VARCHAR",
                g.col(g.pick(["ΕΠΙΤΥΧΙΑ"] * 9 + ["ΑΠΟΤΥΧΙΑ", "ΕΚΚΡΕΜΕΙ"])),
                "decoy",
                BIOMETRIC,
            ),
            c("αποτύπωμα_συσκευής", N, "VARCHAR", g.col(lambda: g.code("x" * 32)), "decoy", DEVICE, SHAPE),
            c("διεύθυνση_ip", "ip_address", "VARCHAR", g.col(g.ip, 0.03)),
            c("υπάλληλος_ελέγχου", "person_name", "VARCHAR", g.col(g.pick(elegktes), 0.3), STAFF),
            c("πεδίο_2", "free_text", "VARCHAR", _custom(g, "GR", "gr"), CUSTOM),
            c("παρατηρήσεις", "free_text", "VARCHAR", g.sparse(parat, 0.82, _words("καμία", "-/-")), NULLWORD),
        ],
    )


def pt_cartas_verificacao_morada(g: Gen) -> Table:
    """A Porto digital bank's address verification letters (European Portuguese)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "pt", female)
        mid = g.rnd.choice(v.NAMES["pt"][2])
        born = g.birth(1945, 2006)
        place = g.rnd.choice(v.PT_PLACES)
        state = g.rnd.choices(["Confirmada", "Devolvida", "Pendente", "Expirada"], [12, 2, 3, 1])[0]
        sent = g.weekday("2025-01-06", "2025-11-14")
        rows.append(
            {
                "name": f"{a} {mid} {b}",
                "a": a,
                "b": b,
                "born": born,
                "place": place,
                "state": state,
                "sent": sent,
                "conf": sent + timedelta(days=g.rnd.randint(3, 24)) if state == "Confirmada" else None,
                "joint": v.whole(g, "pt") if g.rnd.random() < 0.45 else None,
            }
        )
    gestores = v.staff(g, 4, "pt")

    def obs() -> str:
        return g.rnd.choice(
            [
                f"Carta recebida pela vizinha {v.whole(g, 'pt', True)}",
                "Caixa de correio sem nome, devolvida pelos CTT",
                f"Cliente pediu reenvio, contacto {g.phone('PT', 'national')}",
                "Morada fiscal diferente da morada de correspondência",
                "Código introduzido fora do prazo",
            ]
        )

    return Table(
        "banco_digital_porto.cartas_verificacao_morada",
        "pt",
        "snake",
        [
            c("id_carta", N, "BIGINT", g.keys(7_300_001), "decoy", KEY),
            c("numero_processo", N, "VARCHAR", g.col(lambda: v.pt_nif_decoy(g)), "decoy", SHAPE),
            c("nome_completo", "person_name", "VARCHAR", [r["name"] for r in rows]),
            c("nif", "national_id", "VARCHAR", g.col(lambda: v.pt_nif(g), 0.03)),
            c("numero_cc", "national_id", "VARCHAR", g.col(lambda: v.pt_cc(g), 0.25)),
            c("dia_nascimento", "date_of_birth", "INTEGER", [r["born"].day for r in rows], SPLIT_DOB),
            c("mes_nascimento", "date_of_birth", "INTEGER", [r["born"].month for r in rows], SPLIT_DOB),
            c("ano_nascimento", "date_of_birth", "INTEGER", [r["born"].year for r in rows], SPLIT_DOB),
            c("telemovel", "phone", "VARCHAR", g.phones("PT", {"national": 0.6, "e164": 0.3, "intl": 0.1})),
            c("email", "email", "VARCHAR", [v.email_of(g, r["a"], r["b"], v.DOMAINS["pt"]) for r in rows]),
            c("morada", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.PT_STREETS, "pt"))),
            c("codigo_postal", "postal_code", "VARCHAR", [f"{r['place'][1]}-{g.digits(3)}" for r in rows]),
            c("localidade", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c(
                "morada_anterior",
                "street_address",
                "VARCHAR",
                g.col(lambda: v.street(g, v.PT_STREETS, "pt"), 0.8),
                HEAVY,
            ),
            c("codigo_verificacao", N, "VARCHAR", g.col(lambda: g.code("ZZZZ-ZZZZ")), "decoy"),
            c("data_envio", N, "DATE", [r["sent"] for r in rows], "decoy"),
            c("data_confirmacao", N, "DATE", [r["conf"] for r in rows], "decoy"),
            c("estado", N, "VARCHAR", [r["state"] for r in rows], "decoy"),
            c("registo_ctt", N, "VARCHAR", g.col(lambda: f"RR{g.digits(9)}PT"), "decoy", SHAPE),
            c("iban", "iban", "VARCHAR", g.col(lambda: v.spaced(v.pt_iban(g)), 0.15)),
            c("titular_conjunto", "person_name", "VARCHAR", [r["joint"] for r in rows], ROLE),
            c("gestor", "person_name", "VARCHAR", g.col(g.pick(gestores)), STAFF),
            c("campo_livre_2", "free_text", "VARCHAR", _custom(g, "PT", "pt"), CUSTOM),
            c("observacoes", "free_text", "VARCHAR", g.sparse(obs, 0.8, _words("nenhuma", "s/obs")), NULLWORD),
        ],
    )


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (ie_doc_verification, 520),
    (au_age_checks, 460),
    (gb_envelope_signers, 600),
    (ca_video_id_calls, 380),
    (us_address_letters_cobol, 440),
    (my_ekyc_staging, 560),
    (ee_wallet_onboarding_json, 340),
    (it_certificati_firma, 380),
    (be_fr_verifications_joueurs, 500),
    (be_nl_ondertekenaars, 560),
    (pl_sesje_wideo, 420),
    (tr_sertifika_basvurulari, 400),
    (gr_apomakrysmeni_taftopoiisi, 360),
    (pt_cartas_verificacao_morada, 300),
]


def tables() -> list[Table]:
    """Every table of the set, generated from :data:`SEED` (same values on every run)."""
    return [make(Gen(make.__name__, rows)) for make, rows in BUILDERS]


def labels(built: list[Table] | None = None) -> dict[str, dict[str, str]]:
    """``schema.table`` -> column -> true kind."""
    return {t.name: {col.name: col.kind for col in t.columns} for t in (built if built is not None else tables())}


def build(path: Path = DEFAULT_PATH) -> list[Table]:
    """Write every table into the DuckDB file ``path`` (replaced) and return the tables."""
    return heldout_v4.write_tables(path, tables())


summary = heldout_v4.summary

if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_PATH
    print(f"built {summary(build(target))} into {target}")

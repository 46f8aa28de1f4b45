"""Held-out set v61 for the column classifier: 15 tables of *religious communities, funerals, cemeteries, genealogy
and archives*, one system per table and each a different organisation, nine with English column names (the United
States, England, Canada, Ireland and Australia) and six in Italian, Polish, German, Mexican Spanish, Hungarian and
Finnish, in snake, camel, Pascal and SCREAMING case, with abbreviations (``mbr_fnm``, ``ctc_ph``, ``addr_ln1``,
``DEC_PC``), a source prefix (``src_crm_col17``) and opaque custom fields holding personal data beside opaque fields
holding none (``Udf2``, ``Udf03``, ``misc_1``, ``Feld1``, ``ATTR7`` vs ``Udf1``, ``Udf04``, ``misc_2``, ``Feld2``,
``ATTR8``):

* ``ParishData.SacramentBaptism``: a Dorchester (Boston) Catholic parish's baptism register (the child, father,
  mother and her maiden name, godfather, godmother, a Christian witness, the minister, margin notations of later
  sacraments, the godparents' parishes);
* ``bereavement.burial_register``: a North Yorkshire council's burial register (the deceased, the owner of the
  exclusive right of burial, funeral directors, officiants, memorial inscriptions, grave coordinates);
* ``CREMSYS.CREMATION_CASE``: a Hamilton (Ontario) crematorium's case file (the deceased's SIN from the statement of
  death, the applicant, coroners and physicians, the funeral home's BN, urns' GTIN-13);
* ``treehub.treePersons``: a US genealogy website's family-tree persons, living and dead, born from the 1790s on
  (GEDCOM dates, birth and death places, parents, spouses in one cell, SSDI numbers, the tree owner);
* ``dnalink.kit_matches``: a Dublin DNA-testing company's match list (kit owners and managers, testers and matches,
  centimorgans, haplogroups, an ethnicity estimate as JSON, notes on shared ancestors);
* ``census_tx.cen1881_lines``: a volunteer project's transcriptions of the 1881 census of the Calder Valley
  (households of the nineteenth century, an estimated year of birth, volunteers' usernames);
* ``ReadingRoom.ResearcherRequests``: a Virginia state archives' reading-room researchers and their document
  requests (photo ID numbers, research topics naming ancestors, collections named after families);
* ``shul_admin.mbr_pledges``: a Toronto synagogue's members and pledges with yahrzeits (Hebrew names, the relative
  observed, Hebrew and civil dates of death, funds named after people, a card kept in clear);
* ``notices_qld.deathNotices``: a Brisbane newspaper's online death, funeral and memorial notices (the deceased and
  the name they were known by, the notice text, who placed it, the package under ``name``);
* ``parrocchia_s_gaetano.registro_matrimoni``: a Vicenza parish's marriage register (Italian: both spouses with their
  codici fiscali, four parents, two witnesses, the celebrant, the parish's own codice fiscale);
* ``cmentarz_parafialny.ewidencjaPochowanych``: a Sącz valley parish cemetery's register of the buried (Polish, camel
  case: PESEL of the buried and of the grave's disposer, father's and mother's first names, the refund IBAN);
* ``moscheeverein_koeln.MitgliederSpenden``: a Cologne mosque association's members and donations (German, Pascal
  case: SEPA direct debit, Zakat, Fitra, a Kurban offered in someone's name, family members in one cell);
* ``funeraria_guadalajara.serviciosFunerarios``: a Guadalajara funeral home's services (Mexican Spanish, camel case:
  CURP of the deceased and of the contracting relative, the relative's RFC, the deceased's IMSS NSS, colonias);
* ``debreceni_ref_gyulekezet.egyhaztagok``: a Debrecen Reformed congregation's member register and church
  contributions (Hungarian: family name first, ``Kovács Istvánné``, name at birth, mother's name, elders, pastors);
* ``tampereen_seurakunnat.VAPAAEHTOISVUOROT``: a Tampere Lutheran parish union's volunteer rota (Finnish, SCREAMING
  case: henkilötunnus and IBAN for expense payments, an emergency contact mixing kinds, ``ATTR7``).

Written **blind**, like v2 to v59: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog, history or notes, only the list of kind names
(``governance_dagster/kinds.py``), how the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the
*structure* and labeling conventions of v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test,
``tests/heldout_support.py``, and of ``heldout_v4.py`` what v27 imports), the module docstrings of v24 to v59 (to avoid
their domains and follow their labeling conventions), the ``Column``/``Table`` classes and writer they build on
(``heldout_v2.py``), the ruff section of ``pyproject.toml`` and the sources of python-stdnum and phonenumbers. The
classifier was not run on this set while it was written, no scorer was run on it, and no score of any set was looked
at: nothing here was adjusted to what the classifier does. It was written under a short deadline (about 60 minutes,
the tests and lint included), so some labels below are quick decisions rather than settled conventions. It imports no
earlier set's value module: its random source, name lists, streets, towns, postal codes, churches and identifier
builders are its own (:mod:`benchmarks.classification.heldout_v61_values`; the generic ``Gen`` helpers were copied
from v27's).

What is new against v2 to v59: the domain as a whole. Earlier sets touched it at its edges (v31 a US funeral home's
arrangements, v39 a Polish funeral home's orders, v45 a GEDCOM export, a Swedish church choir and a Polish parish's
baptism register, v56 death-claim payees and a Dutch funeral-insurance co-operative); every organisation and shape
here is new: a US parish's sacramental register, a council burial register with grave owners, a crematorium, a
family-tree site and a DNA-match list, census transcriptions, an archive's reading room, a synagogue's yahrzeits, death
notices, an Italian marriage register, a Polish parish cemetery, a mosque association, a Mexican funeral home, a
Hungarian Reformed congregation and a Finnish volunteer rota.

* the dead and the living side by side (tag ``deceased``): the deceased's names, birth dates, last addresses, SINs,
  SSDI numbers, PESEL, CURP and NSS keep their kinds, and their dates of death and burial are ``none`` (tag
  ``date_of_death``, as in v31, v45 and v56); people of the nineteenth century (tag ``historical``: census households,
  family-tree ancestors, their addresses as written in 1881) are labeled as the living;
* dates of birth as ``DATE``, as GEDCOM text (``12 MAR 1871``, ``ABT 1871``, ``1871``), as ``dd.mm.yyyy`` and as
  Hungarian ``yyyy.mm.dd.`` (tag ``dob_text``), and as a year alone (``est_birth_year``, tag ``dob_year``);
* names that are not people (tag ``saint_or_church``, all ``none``): churches and parishes named after saints
  (``St. Brendan Church``, ``S. Maria Assunta – Schio``, ``Capilla San Judas Tadeo``, ``Aleksanterin kirkko``),
  cemeteries, funds named after people (``Sadie Birnbaum Chesed Fund``) and archival collections named after families
  (``Hargrove Family Papers``);
* people under role words (tag ``role_word``): fathers, mothers, godparents, a Christian witness, grave owners,
  applicants, kit managers, heads of household, spouses, relatives observed by yahrzeit, who placed a notice, witnesses,
  the grave's disposer, account holders, the contracting relative; clergy in few-valued columns (tags ``staff``,
  ``clergy``: ministers, officiants, celebrants, priests written ``ks.`` or ``don``, a pastor by family name);
* decoys with check digits (tag ``check_digit``, all ``none``): Canadian business numbers of a funeral home and of the
  synagogue (Luhn with ``RC0001``/``RR0001``), GTIN-13 of urns, the ABN of funeral directors, the parish's codice
  fiscale (as a partita IVA), NIP and REGON, a SEPA creditor id (ISO 7064 mod 97-10), the funeral home's RFC, a
  Hungarian adószám and a Finnish Y-tunnus;
* other decoys (tag ``decoy``; ``value_shape`` when shaped like an identifier): register books, pages and entries,
  entry, deed, case, coroner's case, receipt, order, folio and certificate numbers, kit ids, lab barcodes,
  haplogroups, a raw file's SHA-256, GEDCOM xrefs, census pieces and image names, call numbers, grave numbers and
  sections, plaque places, seats, relationships, occupations, causes of death, packages and urns (tag
  ``product_name``), the grave's coordinates (tag ``coordinates``), payment tokens;
* identifiers of persons with check digits (python-stdnum): US SSNs of the SSDI, Canadian SINs, the codice fiscale of
  both spouses (encoding the row's names, birth date, sex and birthplace), PESEL (encoding the birth date and sex,
  from 1899 on), CURP (built from the row's names, birth date, sex and birth state) and the RFC of a person, the IMSS
  NSS (Luhn), the henkilötunnus (encoding the birth date and sex), IBANs of Poland, Germany, Hungary and Finland, a card
  number in clear (Luhn); photo ID numbers by their shape; phones of the United States, the United Kingdom, Canada,
  Australia, Ireland, Italy, Poland, Germany, Mexico, Hungary and Finland (phonenumbers) in national, international,
  E.164, dashed, dotted and digits-only forms; IPv4 and IPv6.

Labeling choices a reader may question:

* a date of death, a date of interment or burial and a yahrzeit (Hebrew or civil) are ``none`` (tag
  ``date_of_death``); the deceased observed by a yahrzeit (``yahrzeit_for``) and a Kurban offered in a relative's
  name (``KurbanImNamenVon``) are ``person_name``;
* a year of birth alone (``est_birth_year`` of a census line, derived from the age) is ``date_of_birth``, as v31 labeled
  a year split from a birth date; the age (``age_last_bday``, ``deceasedAge``, ``deceased_age``) is ``none``;
* the place of death as a municipality (``MUNI_OF_DEATH``, ``municipioDefuncion``, ``deathPlace``) and birthplaces are
  ``city``, as v45 labeled ``DEAT_PLAC``; a place of death that is an institution (``PLACE_OF_DEATH``,
  ``lugarDefuncion``: a hospital, a hospice or ``Residence``/``Domicilio``) is ``none`` (tag ``business``); a burial
  place (a cemetery) is ``none``; a census ``civil_parish``, a county of birth, provinces, states, ``megye`` and
  ``contratanteEstado`` are ``none``; Mexican ``colonia`` is ``city`` (as v34 labeled ``colonia``);
* the address of 1881 as written (``4 Club Houses``, ``Lower Fold``) is ``street_address``: a person's home, however
  old; a deceased's last address is ``street_address``;
* a social-security number follows ``governance_dagster/kinds.py``: the US SSN (SSDI), the Canadian SIN and the
  Mexican IMSS NSS are ``ssn``; the codice fiscale, PESEL, CURP, a person's RFC, the henkilötunnus and photo ID numbers
  (driver's licences, passports, state IDs) are ``national_id``;
* the Hebrew name (``mbr_heb_nm``: ``Yaakov ben Avraham``), the household salutation (``Dr. and Mrs. ...``, ``The ...
  Family``), Hungarian ``teljes_nev`` (``Kovács Istvánné``: a married woman named after her husband),
  ``szuletesi_nev`` and ``anyja_neve`` are ``person_name``; ``deceasedKnownAs`` (``Nanna``, ``Bluey`` or a first name)
  is ``first_name``; Polish ``imieOjca`` and ``imieMatki`` (first names of the parents) are ``first_name``; the pastor
  written by family name alone (``lelkesz``) is ``last_name``;
* a DNA ethnicity estimate as JSON (``ethnicity_json``) and haplogroups are ``none``: sensitive, but no kind fits and
  they point at no one on their own (tag ``json_plain``); the raw file's hash is ``none``;
* the tester's display name and the match's display name are ``person_name``; kit owners' and matches' usernames,
  the tree owner's username and the census volunteers are ``unclassified`` (tag ``username``);
* a grave's coordinates are ``none`` (tag ``coordinates``); a locker key number is ``none`` (tag ``credential``); the
  last four digits of a card are ``none`` (tag ``partial``);
* a memorial inscription, a death notice's text, margin notations, a story, research topics naming ancestors, notes
  on a shared ancestor and remarks naming relatives are ``free_text``; ``src_crm_col17`` and ``HATAYHTEYS`` (a name, a
  phone or an e-mail, or a name with a phone, by row) are ``free_text`` (tag ``mixed_kinds``);
* ``misc_1`` (a former surname of a buried woman) is ``last_name``; ``Udf2`` and ``Feld1`` (a godparent's and a
  spouse's phone) are ``phone``; ``Udf03`` (a second e-mail) is ``email``; ``ATTR7`` (a mentor, sometimes one of the
  parish workers) is ``person_name``; ``Udf1``, ``Udf04``, ``misc_2``, ``Feld2``, ``ATTR8`` and ``src_crm_col18`` hold
  codes: ``none``; ``name`` in the notices holds the package sold (tag ``product_name``): ``none``;
* record numbers of the organisations (baptism, burial, case, person, tree, match, request, researcher card, member,
  notice, act, service, pre-need plan and shift numbers, a family envelope number) are ``none`` (tag ``join_key``).

Labeling rules otherwise as v27 (see :mod:`benchmarks.classification.heldout_v27`): a business's address, phone,
postal code and city are ``none`` (tag ``business``); staff names are ``person_name`` (a first name alone
``first_name``); a login is ``unclassified`` (tag ``username``). ``null_heavy`` means 50-95% NULL, ``nullword_heavy``
70-95% NULL words. Rows per table: 300 to 1,000.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets, towns,
postal codes and churches of :mod:`benchmarks.classification.heldout_v61_values`, written for v61 (no Faker, no list of
real people, no breach data). Build: ``python -m benchmarks.classification.heldout_v61 [PATH]`` (default
``/tmp/heldout_v61.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v61``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v61_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v61_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = [
    "BUILDERS",
    "DEFAULT_PATH",
    "NULLISH",
    "SEED",
    "USERNAME",
    "Column",
    "Gen",
    "Table",
    "build",
    "labels",
    "summary",
    "tables",
]

DEFAULT_PATH = Path("/tmp/heldout_v61.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings, placeholders and empty strings (few real NULLs)
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
MISLEADING = "misleading"
STAFF = "staff"  # staff named in a column with few distinct values
ROLE = "role_word"  # a role word (father, godmother, witness, applicant, disposer ...) holding people
ABBREV = "abbrev"
AUDIT = "audit"
USER = "username"
SERVICE = "service_account"
PREMISES = "premises"
KEY = "join_key"  # a record number of the organisation, a foreign key or a UUID (none)
ROLE_EMAIL = "role_email"
MULTI = "multi_value"  # several names in one cell
JSON = "json_blob"
JSON_PLAIN = "json_plain"
PLACEHOLDER = "placeholder"
TOKEN = "tokenized"
PARTIAL = "partial"  # the last four digits of a card: none
CREDENTIAL = "credential"  # a locker key number, a PIN, a password hash (none)
OPAQUE = "opaque"  # a numbered custom field (udf, attr, Feld, misc)
PREFIXED = "source_prefix"  # a source-prefixed column (src_crm_col17)
MIXED = "mixed_kinds"  # a name, a phone or an e-mail by row (free_text)
CHECK = "check_digit"  # a business's number or a product code passing its own check (none)
DECEASED = "deceased"  # a column about the dead (labeled as for the living)
HISTORICAL = "historical"  # a person of the nineteenth century (census, family tree)
DEATH = "date_of_death"  # a date of death or of burial (none)
DOB_TEXT = "dob_text"  # a date of birth written as text
DOB_YEAR = "dob_year"  # a year of birth alone (integer)
SAINT = "saint_or_church"  # a church, a parish, a chapel, a cemetery or a fund named after a saint or a person (none)
COORD = "coordinates"  # a grave's position (none)
PRODUCT = "product_name"  # a product or package name (none)
CLERGY = "clergy"  # a priest, minister, rabbi, imam or deacon (staff)


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "NULL", "n/a", "N/A", "null", "none") + extra


def _staff(g: Gen, n: int, make: Callable[[Gen], str]) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make(g))
    return sorted(out)


def _logins(g: Gen, n: int, style: int, origins: str | dict[str, float] = "anglo") -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.login(*v.person(g, origins), style))
    return sorted(out)


def _dirty(g: Gen, values: list, share: float, placeholders: list[str]) -> list:
    """``values`` with ``share`` of the non-NULL cells replaced by a placeholder (a NULL word of the set)."""
    return [g.rnd.choice(placeholders) if x is not None and g.rnd.random() < share else x for x in values]


def _later(g: Gen, starts: list, lo_days: int, hi_days: int, null: float = 0.0) -> list:
    return [
        None if s is None or g.rnd.random() < null else s + timedelta(days=g.rnd.randint(lo_days, hi_days))
        for s in starts
    ]


def _death(g: Gen, born: date, lo: str, hi: str) -> date:
    """A date of death in ``lo``..``hi`` after ``born``."""
    start = max(date.fromisoformat(lo), born + timedelta(days=1))
    end = date.fromisoformat(hi)
    return start + timedelta(days=g.rnd.randint(0, max((end - start).days, 0)))


# -- a Boston parish, a North Yorkshire cemetery, a Hamilton crematorium -----------------------------------------------


def boston_baptisms(g: Gen) -> Table:
    """A Dorchester (Boston) Catholic parish's sacramental register of baptisms (ParishSOFT-like, Pascal case): the
    register book, page and entry, the child's names, birth date and birthplace, the baptism date and church (a saint's
    name: ``none``), the father, the mother and her maiden name, the parents' address, town, ZIP, phone and e-mail, the
    godfather, godmother and their parish (``none``), a Christian witness (mostly NULL), the minister (few clergy), the
    margin notations of later sacraments naming spouses (``free_text``, mostly NULL), the family envelope number, the
    stipend, ``Udf1`` (the language of the rite: ``none``) and ``Udf2`` (the godparent's phone), the clerk's login."""
    O = v.BOSTON_ORIGINS
    clergy = _staff(g, 5, lambda x: g.rnd.choice(["Rev. ", "Fr. ", "Deacon "]) + v.whole(x, "irish_us", False))
    clerks = _logins(g, 3, 0, O)
    fams = [v.person(g, O) for _ in range(g.rows)]
    kids = [(v.given(g, O), g.rnd.random() < 0.5) for _ in range(g.rows)]
    births = [g.birth(2008, 2025) for _ in range(g.rows)]
    places = [g.rnd.choice(v.BOSTON_TOWNS) for _ in range(g.rows)]

    def notation() -> str:
        return g.rnd.choice(
            [
                f"Confirmed {g.rnd.randint(2018, 2025)} at {g.rnd.choice(v.BOSTON_CHURCHES)}",
                f"Married {v.whole(g, O)} at {g.rnd.choice(v.GODPARENT_PARISHES)}, {g.rnd.randint(2015, 2025)}",
                f"First Communion {g.rnd.randint(2016, 2025)}",
                f"Certificate sent to {v.whole(g, O)} for wedding prep",
            ]
        )

    return Table(
        "ParishData.SacramentBaptism",
        "en",
        "pascal",
        [
            c("BaptismID", N, "INTEGER", g.keys(40_001), "decoy", KEY),
            c("RegisterBook", N, "VARCHAR", g.col(g.pick(["Book 14", "Book 15", "Book 16"])), "decoy"),
            c("PageNo", N, "INTEGER", g.ints(1, 250), "decoy"),
            c("EntryNo", N, "INTEGER", g.ints(1, 12), "decoy"),
            c("ChildFirstName", "first_name", "VARCHAR", [k[0] for k in kids]),
            c("ChildMiddleName", "first_name", "VARCHAR", g.col(lambda: v.given(g, O), 0.3)),
            c("ChildLastName", "last_name", "VARCHAR", [b for _, b in fams]),
            c("ChildBirthDate", "date_of_birth", "DATE", births),
            c(
                "ChildBirthPlace",
                "city",
                "VARCHAR",
                g.col(g.pick(["Boston", "Boston", "Quincy", "Milton", "Brockton", "Port-au-Prince", "Weymouth"])),
            ),
            c("BaptismDate", N, "DATE", _later(g, births, 20, 700), "decoy"),
            c("ChurchOfBaptism", N, "VARCHAR", g.col(g.pick(v.BOSTON_CHURCHES)), "business", SAINT),
            c(
                "FatherName",
                "person_name",
                "VARCHAR",
                [f"{v.given(g, O, False)} {b}" if g.rnd.random() < 0.9 else None for _, b in fams],
                ROLE,
            ),
            c("MotherName", "person_name", "VARCHAR", [f"{v.given(g, O, True)} {b}" for _, b in fams], ROLE),
            c("MotherMaidenName", "last_name", "VARCHAR", g.col(lambda: v.family(g, O), 0.1), ROLE),
            c(
                "ParentsAddress",
                "street_address",
                "VARCHAR",
                g.col(lambda: v.street(g, v.BOSTON_STREETS, 3, 1800, [" Apt 2", " #3", " Unit 1R", " Fl 2"])),
            ),
            c("ParentsCity", "city", "VARCHAR", [p[0] for p in places]),
            c("ParentsZip", "postal_code", "VARCHAR", [f"{p[1]}{g.digits(2)}" for p in places]),
            c(
                "ParentsPhone",
                "phone",
                "VARCHAR",
                g.phones("US", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.9, 0.1),
            ),
            c(
                "ParentsEmail",
                "email",
                "VARCHAR",
                _dirty(
                    g,
                    [v.email_of(g, a, b, v.MAIL["us"]) if g.rnd.random() < 0.8 else None for a, b in fams],
                    0.04,
                    ["noemail@none.com"],
                ),
                PLACEHOLDER,
            ),
            c("GodfatherName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, O, False), 0.05), ROLE),
            c("GodmotherName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, O, True), 0.05), ROLE),
            c("GodparentParish", N, "VARCHAR", g.col(g.pick(v.GODPARENT_PARISHES), 0.2), "business", SAINT),
            c("ChristianWitness", "person_name", "VARCHAR", g.col(lambda: v.whole(g, O), 0.85), HEAVY, ROLE),
            c("Minister", "person_name", "VARCHAR", g.col(g.pick(clergy)), STAFF, CLERGY),
            c("MarginNotations", "free_text", "VARCHAR", g.col(notation, 0.6), HEAVY),
            c("FamilyEnvelopeNo", N, "VARCHAR", g.col(lambda: g.code("E-99999")), "decoy", KEY),
            c("StipendUsd", N, "DECIMAL(7,2)", g.col(g.pick([0.0, 25.0, 50.0, 100.0])), "decoy"),
            c(
                "Udf1",
                N,
                "VARCHAR",
                g.col(g.pick(["English", "English", "Spanish", "Haitian Creole", "Vietnamese"])),
                "decoy",
                OPAQUE,
            ),
            c(
                "Udf2",
                "phone",
                "VARCHAR",
                g.phones("US", {"national": 0.7, "e164": 0.3}, 1.0, 0.45),
                OPAQUE,
                MISLEADING,
            ),
            c("EnteredBy", USERNAME, "VARCHAR", g.col(g.pick(clerks)), USER, AUDIT),
        ],
    )


def yorkshire_burials(g: Gen) -> Table:
    """A North Yorkshire council's bereavement services burial register (snake case): the entry number, the
    deceased's forenames, surname, age, birth date and last address, town and postcode, the dates of death and of
    interment (``none``, tag ``date_of_death``), the cemetery (``none``), section, grave number and type, depth and the
    grave's coordinates (``none``), the owner of the exclusive right of burial (the grave's owner: name, address,
    postcode, phone, e-mail), the deed number, the funeral director and its phone (``none``, tag ``business``), the
    officiant (few clergy and celebrants), the denomination, the memorial inscription (naming the dead and their
    families: ``free_text``), fees, ``misc_1`` (a former surname: ``last_name``), ``misc_2`` (a plot category:
    ``none``), notes (mostly blank) and the clerk's login."""
    officiants = _staff(g, 6, lambda x: g.rnd.choice(["Revd ", "Revd Canon ", "Celebrant "]) + v.whole(x, "anglo"))
    clerks = _logins(g, 3, 2)
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "anglo", female)
        born = g.birth(1918, 2023)
        died = _death(g, born, "2012-01-01", "2025-10-31")
        rows.append((a, b, born, died, female))
    homes = [g.rnd.choice(v.YORKS_TOWNS) for _ in range(g.rows)]
    owners = [g.rnd.choice(v.YORKS_TOWNS) for _ in range(g.rows)]
    fds = [g.rnd.choice(v.UK_FUNERAL_DIRECTORS) for _ in range(g.rows)]

    def age(r: tuple) -> str:
        years = (r[3] - r[2]).days // 365
        return f"{max((r[3] - r[2]).days // 30, 0)} months" if years < 1 else str(years)

    def inscription(r: tuple) -> str:
        rel = g.rnd.choice(["beloved wife of", "dear husband of", "loving mother of", "dad to", "much loved son of"])
        return g.rnd.choice(
            [
                f"In loving memory of {r[0]} {r[1]}, {rel} {v.given(g)}",
                f"{r[0]} {r[1]} {r[2].year}-{r[3].year}. Reunited with {v.given(g)}",
                f"Forever in our hearts. {r[0]}",
                "At peace",
                f"Treasured memories of {r[0]} {r[1]}",
            ]
        )

    def note() -> str:
        return g.rnd.choice(
            [
                f"Reopen for spouse {v.whole(g)} when required",
                "Headstone permit issued",
                f"Ashes of {v.whole(g)} added 2021",
                "Grave dug 6ft for two",
            ]
        )

    return Table(
        "bereavement.burial_register",
        "en",
        "snake",
        [
            c("burial_id", N, "INTEGER", g.keys(18_001), "decoy", KEY),
            c(
                "register_entry_no",
                N,
                "VARCHAR",
                [f"B/{r[3].year}/{g.rnd.randint(1, 480):04d}" for r in rows],
                "decoy",
                SHAPE,
            ),
            c("deceased_forenames", "first_name", "VARCHAR", [r[0] for r in rows], DECEASED),
            c("deceased_surname", "last_name", "VARCHAR", [r[1] for r in rows], DECEASED),
            c("deceased_age", N, "VARCHAR", [age(r) for r in rows], "decoy"),
            c(
                "deceased_dob",
                "date_of_birth",
                "DATE",
                [r[2] if g.rnd.random() < 0.75 else None for r in rows],
                DECEASED,
            ),
            c("date_of_death", N, "DATE", [r[3] for r in rows], "decoy", DEATH),
            c(
                "date_of_interment",
                N,
                "DATE",
                [r[3] + timedelta(days=g.rnd.randint(6, 30)) for r in rows],
                "decoy",
                DEATH,
            ),
            c(
                "last_address",
                "street_address",
                "VARCHAR",
                g.col(lambda: v.street(g, v.YORKS_STREETS, 1, 220, [", Flat 2", " (Care Home)"])),
                DECEASED,
            ),
            c("last_town", "city", "VARCHAR", [h[0] for h in homes]),
            c("last_postcode", "postal_code", "VARCHAR", [v.uk_postcode(g, g.rnd.choice(h[1])) for h in homes]),
            c("cemetery_name", N, "VARCHAR", g.col(g.pick(v.YORKS_CEMETERIES)), "business"),
            c("section", N, "VARCHAR", g.col(g.pick(["A", "B", "C", "D", "Lawn 1", "Lawn 2", "CR"])), "decoy"),
            c("grave_number", N, "VARCHAR", g.col(lambda: g.code("A 9999")), "decoy", SHAPE),
            c(
                "grave_type",
                N,
                "VARCHAR",
                g.col(g.pick(["Lawn", "Traditional", "Cremated remains", "Woodland", "Child"])),
                "decoy",
            ),
            c("depth_ft", N, "DECIMAL(3,1)", g.col(g.pick([4.5, 6.0, 7.5, 3.0])), "decoy"),
            c("grave_lat", N, "DOUBLE", g.floats(53.98, 54.02, 6), "decoy", COORD),
            c("grave_lon", N, "DOUBLE", g.floats(-1.56, -1.50, 6), "decoy", COORD),
            c("grave_owner_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g)), ROLE),
            c("grave_owner_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.YORKS_STREETS, 1, 220))),
            c("grave_owner_postcode", "postal_code", "VARCHAR", [v.uk_postcode(g, g.rnd.choice(o[1])) for o in owners]),
            c(
                "grave_owner_phone",
                "phone",
                "VARCHAR",
                g.phones("GB", {"national": 0.7, "intl": 0.2, "digits": 0.1}, 0.6, 0.1),
            ),
            c(
                "grave_owner_email",
                "email",
                "VARCHAR",
                g.col(lambda: v.email_of(g, *v.person(g), v.MAIL["gb"]), 0.55),
                HEAVY,
            ),
            c("erb_deed_no", N, "VARCHAR", g.col(lambda: g.code("ERB 099999")), "decoy", SHAPE),
            c("funeral_director", N, "VARCHAR", [f[0] for f in fds], "business"),
            c("fd_phone", N, "VARCHAR", [f[1] for f in fds], "business", ABBREV),
            c("officiant", "person_name", "VARCHAR", g.col(g.pick(officiants), 0.1), STAFF, CLERGY),
            c(
                "denomination",
                N,
                "VARCHAR",
                g.col(
                    g.pick(["Church of England", "Methodist", "Roman Catholic", "Humanist", "Non-religious", "Baptist"])
                ),
                "decoy",
            ),
            c(
                "memorial_inscription",
                "free_text",
                "VARCHAR",
                [inscription(r) if g.rnd.random() < 0.7 else None for r in rows],
                DECEASED,
            ),
            c("fees_paid_gbp", N, "DECIMAL(8,2)", g.amounts(450, 2_900), "decoy"),
            c(
                "misc_1",
                "last_name",
                "VARCHAR",
                [v.family(g) if r[4] and g.rnd.random() < 0.6 else None for r in rows],
                OPAQUE,
                MISLEADING,
                DECEASED,
                HEAVY,
            ),
            c("misc_2", N, "VARCHAR", g.col(g.pick(["RES", "NONRES", "RES", "CHILD"])), "decoy", OPAQUE),
            c("notes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("NK")), NULLWORD),
            c("entered_by", USERNAME, "VARCHAR", g.col(g.pick(clerks)), USER, AUDIT),
        ],
    )


def hamilton_cremations(g: Gen) -> Table:
    """A Hamilton (Ontario) crematorium's case file (an older system, SCREAMING case with abbreviations): the case
    and cremation certificate numbers, the deceased's names, birth date, SIN (from the statement of death: ``ssn``,
    mostly NULL), last address, city and postal code, the date and place of death (a hospital or ``Residence``:
    ``none``) and the municipality of death (``city``), the coroner's case number and the coroner (few), the attending
    physician (few), the applicant (next of kin or executor: name, relationship, address, phone, e-mail), the funeral
    home, its licence and charity-style business number (``none``), the retort, the urn's SKU and GTIN-13 (``none``),
    the disposition of the remains, remarks naming family members and the operator's login."""
    O = v.ONTARIO_ORIGINS
    coroners = _staff(g, 3, lambda x: "Dr. " + v.whole(x, O))
    physicians = _staff(g, 7, lambda x: "Dr. " + v.whole(x, O))
    operators = _logins(g, 4, 4, O)
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, O, female)
        born = g.birth(1922, 2020)
        rows.append((a, b, born, _death(g, born, "2021-01-01", "2025-11-15")))
    homes = [g.rnd.choice(v.HAMILTON_TOWNS) for _ in range(g.rows)]
    fh = [g.rnd.randrange(len(v.ON_FUNERAL_HOMES)) for _ in range(g.rows)]
    fh_bn = [v.ca_charity_bn(g)[:9] + "RC0001" for _ in v.ON_FUNERAL_HOMES]
    fh_lic = [g.code("FE9999") for _ in v.ON_FUNERAL_HOMES]

    def remark(r: tuple) -> str:
        return g.rnd.choice(
            [
                f"Cremains to be collected by daughter {v.given(g, O, True)}",
                f"Son {v.whole(g, O, False)} to witness charging",
                "Pacemaker removed by FH",
                f"Split cremains: half to {v.whole(g, O)} in Sudbury",
                "Oversize container",
                f"Wife {v.given(g, O, True)} {r[1]} requests call before release",
            ]
        )

    return Table(
        "CREMSYS.CREMATION_CASE",
        "en",
        "screaming",
        [
            c("CASE_NO", N, "VARCHAR", [f"HC-{r[3].year}-{i:05d}" for i, r in enumerate(rows, 1)], "decoy", KEY, SHAPE),
            c("CREM_CERT_NO", N, "VARCHAR", g.col(lambda: g.code("99999999")), "decoy", SHAPE, ABBREV),
            c("DEC_FIRST_NM", "first_name", "VARCHAR", [r[0] for r in rows], ABBREV, DECEASED),
            c("DEC_MIDDLE_NM", "first_name", "VARCHAR", g.col(lambda: v.given(g, O), 0.4), ABBREV, DECEASED),
            c("DEC_LAST_NM", "last_name", "VARCHAR", [r[1].upper() for r in rows], ABBREV, DECEASED),
            c("DEC_DOB", "date_of_birth", "DATE", [r[2] for r in rows], ABBREV, DECEASED),
            c("DEC_DOD", N, "DATE", [r[3] for r in rows], "decoy", ABBREV, DEATH),
            c("DEC_SEX", N, "VARCHAR", g.col(g.pick(["M", "F", "F", "M", "X"])), "decoy"),
            c("DEC_SIN", "ssn", "VARCHAR", g.col(lambda: v.ca_sin(g), 0.6), HEAVY, ABBREV, DECEASED),
            c(
                "DEC_LAST_ADDR",
                "street_address",
                "VARCHAR",
                g.col(lambda: v.street(g, v.HAMILTON_STREETS, 10, 2200, [" Apt 1104", " Unit 7"])),
                ABBREV,
                DECEASED,
            ),
            c("DEC_CITY", "city", "VARCHAR", [h[0] for h in homes], DECEASED),
            c(
                "DEC_PC",
                "postal_code",
                "VARCHAR",
                [v.ca_postcode(g, g.rnd.choice(h[1])) for h in homes],
                ABBREV,
                DECEASED,
            ),
            c("PLACE_OF_DEATH", N, "VARCHAR", g.col(g.pick(v.ON_PLACES_OF_DEATH)), "business"),
            c(
                "MUNI_OF_DEATH",
                "city",
                "VARCHAR",
                g.col(g.pick(["Hamilton", "Hamilton", "Burlington", "Grimsby", "Dundas", "Brantford"])),
                ABBREV,
            ),
            c("CORONER_CASE_NO", N, "VARCHAR", g.col(lambda: g.code("2025-99999"), 0.6), "decoy", SHAPE),
            c("CORONER_NM", "person_name", "VARCHAR", g.col(g.pick(coroners)), STAFF, ABBREV),
            c("ATTENDING_PHYS", "person_name", "VARCHAR", g.col(g.pick(physicians), 0.15), STAFF, ABBREV),
            c(
                "APPLICANT_NM",
                "person_name",
                "VARCHAR",
                [f"{v.given(g, O)} {r[1]}" if g.rnd.random() < 0.7 else v.whole(g, O) for r in rows],
                ROLE,
                ABBREV,
            ),
            c(
                "APPLICANT_REL",
                N,
                "VARCHAR",
                g.col(g.pick(["Spouse", "Son", "Daughter", "Executor", "Sibling", "Niece"])),
                "decoy",
            ),
            c(
                "APPLICANT_ADDR",
                "street_address",
                "VARCHAR",
                g.col(lambda: v.street(g, v.HAMILTON_STREETS, 10, 2200)),
                ABBREV,
            ),
            c("APPLICANT_PH", "phone", "VARCHAR", g.phones("CA", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.8)),
            c("APPLICANT_EMAIL", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, O), v.MAIL["ca"]), 0.2)),
            c("FUNERAL_HOME", N, "VARCHAR", [v.ON_FUNERAL_HOMES[i] for i in fh], "business"),
            c("FH_LICENCE_NO", N, "VARCHAR", [fh_lic[i] for i in fh], "business", SHAPE),
            c("FH_BN", N, "VARCHAR", [fh_bn[i] for i in fh], "business", CHECK),
            c("RETORT_ID", N, "VARCHAR", g.col(g.pick(["R1", "R2", "R3"])), "decoy"),
            c(
                "CREMATION_TS",
                N,
                "TIMESTAMP",
                [g.moment(str(r[3] + timedelta(days=3)), str(r[3] + timedelta(days=12))) for r in rows],
                "decoy",
            ),
            c("URN_SKU", N, "VARCHAR", g.col(lambda: g.code("URN-AAA-999"), 0.3), "decoy", PRODUCT),
            c("URN_GTIN", N, "VARCHAR", g.col(lambda: v.gtin13(g, "062"), 0.3), "decoy", CHECK),
            c(
                "DISPOSITION",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "Returned to family",
                            "Scattering garden",
                            "Niche - Columbarium",
                            "Interment - Woodland Cemetery",
                            "Shipped by courier",
                        ]
                    )
                ),
                "decoy",
            ),
            c("PACEMAKER_REMOVED", N, "BOOLEAN", g.yn(True, False, 0.1), "decoy"),
            c("REMARKS", "free_text", "VARCHAR", [remark(r) if g.rnd.random() < 0.55 else None for r in rows]),
            c("OPERATOR_ID", USERNAME, "VARCHAR", g.col(g.pick(operators)), USER, AUDIT),
        ],
    )


# -- genealogy: a family-tree site, a DNA-testing company, a census transcription project ------------------------------


def tree_persons(g: Gen) -> Table:
    """A US genealogy website's family-tree persons (camel case): person, tree and GEDCOM ids, given names, surname
    and surname at birth (mostly NULL), the suffix, birth and death dates as genealogy software writes them (text;
    the birth ``date_of_birth``, the death ``none``), birth and death places (``city``), the burial place (a cemetery:
    ``none``), living flag, sex, the father, mother and spouses (several in one cell), occupation, the SSDI number of
    ancestors who died in the US after 1962 (``ssn``, mostly NULL), a grave-site memorial id, a source citation
    (``none``), a story naming relatives, the tree owner's username and e-mail, privacy, the last editor's IP."""
    O = {"old_us": 4, "irish_us": 2, "victorian": 1, "anglo": 1, "italian_us": 1}
    owners = [(v.person(g, v.MODERN_US), g.rnd.randint(1, 99)) for _ in range(40)]
    own = [g.rnd.randrange(len(owners)) for _ in range(g.rows)]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, O, female)
        if g.rnd.random() < 0.3:
            a += " " + v.given(g, O, female)
        born = g.birth(1790, 1995)
        living = born.year > 1935 and g.rnd.random() < 0.5
        died = None if living else _death(g, born, str(born.replace(day=1) + timedelta(days=365 * 2)), "2024-12-31")
        rows.append((a, b, born, died, female, living))

    def ssdi(r: tuple) -> str | None:
        if r[3] is None or r[3].year < 1962 or g.rnd.random() < 0.3:
            return None
        return v.us_ssn(g, g.rnd.random() < 0.8)

    def story(r: tuple) -> str:
        return g.rnd.choice(
            [
                f"{r[0]} came over with brother {v.given(g, O, False)} in {r[2].year + 20}",
                f"Grandma {v.given(g, O, True)} said {r[0]} ran the dry-goods store",
                "Family Bible page scanned",
                f"Married first to {v.whole(g, O)} who died young",
                "Served in the 28th Massachusetts",
            ]
        )

    def spouses() -> str | None:
        n = g.rnd.choices([0, 1, 2], [2, 6, 1])[0]
        return "; ".join(v.whole(g, O) for _ in range(n)) or None

    return Table(
        "treehub.treePersons",
        "en",
        "camel",
        [
            c("personId", N, "BIGINT", g.keys(88_000_001, 7), "decoy", KEY),
            c("treeId", N, "BIGINT", [170_000 + i for i in own], "decoy", KEY),
            c("gedcomXref", N, "VARCHAR", [f"@I{g.rnd.randint(1, 4000)}@" for _ in range(g.rows)], "decoy", SHAPE),
            c("givenNames", "first_name", "VARCHAR", [r[0] for r in rows], HISTORICAL),
            c("surname", "last_name", "VARCHAR", [r[1] for r in rows], HISTORICAL),
            c(
                "surnameAtBirth",
                "last_name",
                "VARCHAR",
                [v.family(g, O) if r[4] and g.rnd.random() < 0.7 else None for r in rows],
                HEAVY,
                HISTORICAL,
            ),
            c("birthDate", "date_of_birth", "VARCHAR", [v.gedcom_date(g, r[2]) for r in rows], DOB_TEXT, HISTORICAL),
            c("birthPlace", "city", "VARCHAR", g.col(g.pick(v.TREE_PLACES), 0.2)),
            c("deathDate", N, "VARCHAR", [v.gedcom_date(g, r[3]) if r[3] else "" for r in rows], "decoy", DEATH),
            c(
                "deathPlace",
                "city",
                "VARCHAR",
                [g.rnd.choice(v.TREE_PLACES) if r[3] and g.rnd.random() < 0.7 else None for r in rows],
            ),
            c(
                "burialPlace",
                N,
                "VARCHAR",
                [
                    g.rnd.choice(
                        [
                            "Mount Hope Cemetery",
                            "Calvary Cemetery",
                            "Hollywood Cemetery",
                            "St. Patrick's Churchyard",
                            "Forest Hills Cemetery",
                        ]
                    )
                    if r[3] and g.rnd.random() < 0.6
                    else None
                    for r in rows
                ],
                "business",
                SAINT,
            ),
            c("isLiving", N, "BOOLEAN", [r[5] for r in rows], "decoy"),
            c("sex", N, "VARCHAR", ["F" if r[4] else "M" for r in rows], "decoy"),
            c(
                "fatherName",
                "person_name",
                "VARCHAR",
                [f"{v.given(g, O, False)} {r[1]}" if g.rnd.random() < 0.6 else None for r in rows],
                ROLE,
                HISTORICAL,
            ),
            c("motherName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, O, True), 0.45), ROLE, HISTORICAL),
            c("spouseNames", "person_name", "VARCHAR", [spouses() for _ in range(g.rows)], MULTI, ROLE),
            c(
                "occupation",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        ["Farmer", "Laborer", "Keeping House", "Shoemaker", "Teamster", "Mill Hand", "Clerk", "Teacher"]
                    ),
                    0.4,
                ),
                "decoy",
            ),
            c("ssdiNumber", "ssn", "VARCHAR", [ssdi(r) for r in rows], HEAVY, DECEASED),
            c("graveMemorialId", N, "BIGINT", g.ints(1_000_000, 260_000_000, 0.5), "decoy", SHAPE),
            c(
                "sourceCitation",
                N,
                "VARCHAR",
                g.col(
                    lambda: (
                        f"{g.rnd.choice([1850, 1860, 1870, 1880, 1900, 1910])} "
                        f"United States Federal Census; Roll {g.rnd.randint(100, 2000)}"
                        f"; Page {g.rnd.randint(1, 60)}"
                    ),
                    0.4,
                ),
                "decoy",
            ),
            c("storyText", "free_text", "VARCHAR", g.col(lambda: story(g.rnd.choice(rows)), 0.45)),
            c("mediaCount", N, "INTEGER", g.ints(0, 14), "decoy"),
            c(
                "treeOwnerUsername",
                USERNAME,
                "VARCHAR",
                [v.login(*owners[i][0], i) + str(owners[i][1]) for i in own],
                USER,
            ),
            c("treeOwnerEmail", "email", "VARCHAR", [v.email_of(g, *owners[i][0], v.MAIL["us"]) for i in own]),
            c("treePrivacy", N, "VARCHAR", g.col(g.pick(["public", "private", "private_searchable"])), "decoy"),
            c("lastEditedIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.1)),
            c("createdAt", N, "TIMESTAMP", g.moments("2012-01-01", "2025-06-30"), "decoy"),
            c("updatedAt", N, "TIMESTAMP", g.moments("2025-07-01", "2025-11-30"), "decoy"),
        ],
    )


def dna_matches(g: Gen) -> Table:
    """A Dublin DNA-testing company's match list (snake case, abbreviations): match and kit ids, the kit owner's
    username and e-mail, the kit manager (a relative who manages the kit: mostly NULL), the tester's display name,
    birth date, sex, phone and town, the match's display name and username, shared centimorgans and segments, the
    predicted relationship, a note on the shared ancestor naming people, Y-DNA and mtDNA haplogroups, the ethnicity
    estimate as JSON (``none``), the raw file's hash, chip version, lab barcode, consent, last login IP and country."""
    O = {"irish_us": 5, "anglo": 3, "old_us": 2, "italian_us": 1}
    pairs = [v.person(g, O) for _ in range(g.rows)]
    regions = [g.rnd.choices(["IE", "GB", "US"], [4, 3, 3])[0] for _ in range(g.rows)]
    towns = {
        "IE": ["Cork", "Galway", "Limerick", "Clonmel", "Dublin"],
        "GB": ["Liverpool", "Glasgow", "Leeds"],
        "US": ["Boston", "Chicago", "Scranton", "Philadelphia"],
    }
    domains = {"IE": "ie", "GB": "gb", "US": "us"}

    def ethnicity() -> str:
        irish = round(g.rnd.uniform(20, 95), 1)
        return json.dumps(
            {
                "Ireland": irish,
                "Scotland": round((100 - irish) * 0.4, 1),
                "England & Wales": round((100 - irish) * 0.6, 1),
            }
        )

    def note() -> str:
        return g.rnd.choice(
            [
                f"Through {v.whole(g, 'victorian')} b. 18{g.rnd.randint(40, 90)} Clonmel",
                f"Cousin via {v.given(g, O)}'s side, Kavanagh line",
                "Unknown - father's side",
                f"Messaged {v.given(g, O)}, no reply yet",
                "Half-sibling? check with Mam",
            ]
        )

    return Table(
        "dnalink.kit_matches",
        "en",
        "snake",
        [
            c("match_id", N, "BIGINT", g.keys(5_500_001), "decoy", KEY),
            c("kit_id", N, "VARCHAR", g.col(lambda: g.code("DL-ZZZZ-ZZZZ")), "decoy", SHAPE),
            c("match_kit_id", N, "VARCHAR", g.col(lambda: g.code("DL-ZZZZ-ZZZZ")), "decoy", SHAPE),
            c(
                "kit_owner_usr",
                USERNAME,
                "VARCHAR",
                [v.login(a, b, i) + str(g.rnd.randint(1, 99)) for i, (a, b) in enumerate(pairs)],
                USER,
                ABBREV,
            ),
            c(
                "kit_owner_email",
                "email",
                "VARCHAR",
                [v.email_of(g, a, b, v.MAIL[domains[r].lower()]) for (a, b), r in zip(pairs, regions)],
            ),
            c("kit_mgr_nm", "person_name", "VARCHAR", g.col(lambda: v.whole(g, O), 0.7), HEAVY, ROLE, ABBREV),
            c(
                "tester_display_nm",
                "person_name",
                "VARCHAR",
                [f"{a} {b}" if g.rnd.random() < 0.85 else f"{a} {b[0]}." for a, b in pairs],
                ABBREV,
            ),
            c("tester_dob", "date_of_birth", "DATE", g.births(1932, 2006), ABBREV),
            c("tester_sex", N, "VARCHAR", g.col(g.pick(["F", "M"])), "decoy"),
            c(
                "ctc_ph",
                "phone",
                "VARCHAR",
                [None if g.rnd.random() < 0.35 else g.phone(r, g.rnd.choice(["e164", "intl"])) for r in regions],
                ABBREV,
            ),
            c(
                "res_town",
                "city",
                "VARCHAR",
                [g.rnd.choice(towns[r]) if g.rnd.random() < 0.8 else None for r in regions],
                ABBREV,
            ),
            c("ctry", N, "VARCHAR", regions, "decoy", ABBREV),
            c("match_display_nm", "person_name", "VARCHAR", g.col(lambda: v.whole(g, O)), ABBREV),
            c(
                "match_usr",
                USERNAME,
                "VARCHAR",
                g.col(lambda: v.login(*v.person(g, O), g.rnd.randint(0, 4)) + str(g.rnd.randint(1, 999))),
                USER,
                ABBREV,
            ),
            c("shared_cm", N, "DOUBLE", g.floats(8, 1800, 1), "decoy"),
            c("shared_seg", N, "INTEGER", g.ints(1, 60), "decoy"),
            c("longest_seg_cm", N, "DOUBLE", g.floats(8, 180, 1), "decoy"),
            c(
                "pred_rel",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        ["Parent/Child", "1st-2nd cousin", "2nd-3rd cousin", "3rd-4th cousin", "4th cousin - distant"]
                    )
                ),
                "decoy",
            ),
            c("shared_ancestor_note", "free_text", "VARCHAR", g.col(note, 0.6), HEAVY),
            c("ydna_hap", N, "VARCHAR", g.col(g.pick(["R-M269", "R-L21", "I-M253", "R-DF13"]), 0.5), "decoy", SHAPE),
            c("mtdna_hap", N, "VARCHAR", g.col(g.pick(["H1c", "U5b1", "J1c2", "K1a", "T2b"])), "decoy", SHAPE),
            c("ethnicity_json", N, "VARCHAR", g.col(ethnicity), "decoy", JSON_PLAIN),
            c("raw_file_sha256", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE),
            c("chip_version", N, "VARCHAR", g.col(g.pick(["GSA-v3", "GSA-v2", "OmniExpress-24"])), "decoy"),
            c("lab_barcode", N, "VARCHAR", g.col(lambda: g.code("99AA9999999")), "decoy", SHAPE),
            c("consent_research", N, "BOOLEAN", g.yn(True, False, 0.6), "decoy"),
            c("last_login_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.35), 0.05)),
            c("created_ts", N, "TIMESTAMP", g.moments("2018-01-01", "2025-11-30"), "decoy"),
        ],
    )


def census_1881(g: Gen) -> Table:
    """A volunteer project's transcriptions of the 1881 census of the Calder Valley (snake case): the line id, the
    piece, folio, page, schedule and enumeration district (``none``), the civil parish (``none``), the address as
    written, the head of household, surname, forenames, relation, condition, sex, age, the estimated year of birth
    (``date_of_birth``, tag ``dob_year``), occupation, the birth county (``none``) and birthplace (``city``), the
    transcriber's and checker's usernames, the page image's file name, status, a transcriber's note naming people
    (mostly blank), the batch and submission time."""
    O = "victorian"
    volunteers = _logins(g, 6, 3, "anglo")
    rows = []
    head = None
    for i in range(g.rows):
        if head is None or g.rnd.random() < 0.22:
            a, b = v.person(g, O, False)
            head = (
                f"{a} {b}",
                b,
                f"{g.rnd.randint(1, 60)} {g.rnd.choice(v.CALDER_ADDR)}"
                if g.rnd.random() < 0.7
                else g.rnd.choice(v.CALDER_ADDR),
            )
            rel, first, age = "Head", a, g.rnd.randint(24, 78)
        else:
            rel = g.rnd.choices(
                ["Wife", "Son", "Daur", "Lodger", "Servant", "Mother", "Grandson"], [3, 4, 4, 1, 0.5, 0.5, 0.5]
            )[0]
            first = v.given(g, O, rel in ("Wife", "Daur", "Servant", "Mother"))
            age = {"Wife": g.rnd.randint(20, 70), "Mother": g.rnd.randint(60, 90)}.get(rel, g.rnd.randint(0, 40))
        rows.append((head, rel, first, age))

    def note() -> str:
        return g.rnd.choice(
            [
                f"Surname faint, could be {v.family(g, O)}",
                "Ink blot over age",
                f"Enumerator crossed out {v.whole(g, O)}",
                "Page torn at foot",
            ]
        )

    return Table(
        "census_tx.cen1881_lines",
        "en",
        "snake",
        [
            c("line_id", N, "BIGINT", g.keys(3_300_001), "decoy", KEY),
            c("rg_piece", N, "VARCHAR", g.col(lambda: f"RG11/{g.rnd.randint(4395, 4420)}"), "decoy", SHAPE, ABBREV),
            c("folio", N, "INTEGER", g.ints(1, 140), "decoy"),
            c("page_no", N, "INTEGER", g.ints(1, 60), "decoy"),
            c("schedule_no", N, "INTEGER", g.ints(1, 220), "decoy"),
            c("enum_district", N, "INTEGER", g.ints(1, 18), "decoy", ABBREV),
            c(
                "civil_parish",
                N,
                "VARCHAR",
                g.col(g.pick(["Heptonstall", "Wadsworth", "Erringden", "Stansfield", "Sowerby", "Midgley"])),
                "decoy",
            ),
            c("address_as_written", "street_address", "VARCHAR", [r[0][2] for r in rows], HISTORICAL),
            c("head_of_household", "person_name", "VARCHAR", [r[0][0] for r in rows], HISTORICAL, ROLE),
            c(
                "surname",
                "last_name",
                "VARCHAR",
                [r[0][1] if r[1] not in ("Lodger", "Servant", "Mother") else v.family(g, O) for r in rows],
                HISTORICAL,
            ),
            c("forenames", "first_name", "VARCHAR", [r[2] for r in rows], HISTORICAL),
            c("relation_to_head", N, "VARCHAR", [r[1] for r in rows], "decoy"),
            c(
                "condition",
                N,
                "VARCHAR",
                ["Mar" if r[1] in ("Head", "Wife") else g.rnd.choice(["Unm", "", "Wid"]) for r in rows],
                "decoy",
            ),
            c("sex", N, "VARCHAR", g.col(g.pick(["M", "F"])), "decoy"),
            c("age_last_bday", N, "INTEGER", [r[3] for r in rows], "decoy"),
            c(
                "est_birth_year",
                "date_of_birth",
                "INTEGER",
                [1881 - r[3] - g.rnd.choice([0, 1]) for r in rows],
                DOB_YEAR,
                HISTORICAL,
            ),
            c(
                "occupation",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "Cotton Weaver",
                            "Fustian Cutter",
                            "Scholar",
                            "Farmer of 20 acres",
                            "Dyer's Labourer",
                            "Quarryman",
                            "Housekeeper",
                            "Clog Maker",
                        ]
                    ),
                    0.25,
                ),
                "decoy",
            ),
            c("birth_county", N, "VARCHAR", g.col(g.pick(v.BIRTH_COUNTIES)), "decoy"),
            c("birth_place", "city", "VARCHAR", g.col(g.pick(v.CALDER_PLACES), 0.05), HISTORICAL),
            c("transcriber", USERNAME, "VARCHAR", g.col(g.pick(volunteers)), USER, AUDIT),
            c("checker", USERNAME, "VARCHAR", g.col(g.pick(volunteers[:3]), 0.3), USER, AUDIT),
            c(
                "image_ref",
                N,
                "VARCHAR",
                g.col(lambda: f"rg11_{g.rnd.randint(4395, 4420)}_{g.rnd.randint(1, 300):04d}.jpg"),
                "decoy",
                SHAPE,
            ),
            c("tx_status", N, "VARCHAR", g.col(g.pick(["checked", "transcribed", "queried"])), "decoy", ABBREV),
            c("tx_note", "free_text", "VARCHAR", g.sparse(note, 0.85, ("", "", "-")), NULLWORD, ABBREV),
            c("batch_id", N, "VARCHAR", g.col(lambda: g.code("B-YKS-999")), "decoy"),
            c("submitted_ts", N, "TIMESTAMP", g.moments("2019-01-01", "2025-11-30"), "decoy"),
        ],
    )


# -- an archive's reading room, a synagogue, memorial notices ----------------------------------------------------------


def archive_requests(g: Gen) -> Table:
    """A Virginia state archives' reading-room researcher requests (Pascal case): the request id and researcher card
    number (``none``), the researcher's names, e-mail, phone, address, city, state (``none``) and ZIP, the photo ID
    shown (type and state: ``none``; its number: ``national_id``), the affiliation (``none``), the research topic (often
    naming ancestors: ``free_text``), the call number and the collection title (family papers named after families:
    ``none``), request, delivery and return times, the seat, the page who fetched the box (few first names), the
    reproduction format and pages, the card's last four digits (``none``), the amount, the online order's IP, the
    locker key number (``none``, tag ``credential``), ``Udf03`` (a second e-mail) and ``Udf04`` (a reader category)."""
    O = v.MODERN_US
    pages = _staff(g, 5, lambda x: v.given(x, O))
    pairs = [v.person(g, O) for _ in range(g.rows)]
    places = [g.rnd.choice(v.VA_TOWNS) for _ in range(g.rows)]
    requested = g.moments("2025-01-02", "2025-11-28")
    id_types = [g.rnd.choices(["Driver's License", "Passport", "State ID"], [8, 1.5, 1])[0] for _ in range(g.rows)]

    def id_number(kind: str) -> str:
        if kind == "Passport":
            return g.code("999999999") if g.rnd.random() < 0.7 else g.code("A99999999")
        return g.rnd.choice([g.code("A99999999"), g.code("T99-99-9999"), g.code("999999999")])

    def topic() -> str:
        return g.rnd.choice(
            [
                f"Family of {v.whole(g, 'old_us')}, Louisa County, 1850-1880",
                f"Pension file of {v.whole(g, 'old_us', False)}",
                "Turnpike companies 1820s",
                f"Chancery suit {v.family(g, 'old_us')} v. {v.family(g, 'old_us')}",
                "Freedmen's Bureau labor contracts",
                "WPA church records survey",
            ]
        )

    return Table(
        "ReadingRoom.ResearcherRequests",
        "en",
        "pascal",
        [
            c("RequestID", N, "INTEGER", g.keys(210_001), "decoy", KEY),
            c("ResearcherCardNo", N, "VARCHAR", g.col(lambda: g.code("R-2025-99999")), "decoy", KEY, SHAPE),
            c("FirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
            c("LastName", "last_name", "VARCHAR", [b for _, b in pairs]),
            c(
                "Email",
                "email",
                "VARCHAR",
                [v.email_of(g, a, b, v.MAIL["us"] + ["vcu.edu", "virginia.edu", "wm.edu"]) for a, b in pairs],
            ),
            c("Phone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.3, "dots": 0.2}, 0.85, 0.15)),
            c(
                "Street",
                "street_address",
                "VARCHAR",
                g.col(lambda: v.street(g, v.VA_STREETS, 100, 9800, [" Apt 4B", " Unit 210"])),
            ),
            c("City", "city", "VARCHAR", [p[0] for p in places]),
            c("State", N, "VARCHAR", [g.rnd.choice(v.US_STATES) for _ in range(g.rows)], "decoy"),
            c("Zip", "postal_code", "VARCHAR", [f"{p[1]}{g.digits(2)}" for p in places]),
            c("IdType", N, "VARCHAR", id_types, "decoy"),
            c("IdNumber", "national_id", "VARCHAR", [id_number(k) for k in id_types]),
            c(
                "IdState",
                N,
                "VARCHAR",
                ["" if k == "Passport" else g.rnd.choice(v.US_STATES) for k in id_types],
                "decoy",
            ),
            c(
                "Affiliation",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "Independent",
                            "Genealogist",
                            "Virginia Commonwealth University",
                            "University of Virginia",
                            "Attorney",
                            "Title searcher",
                        ]
                    )
                ),
                "business",
            ),
            c("ResearchTopic", "free_text", "VARCHAR", g.col(topic, 0.2)),
            c(
                "CallNumber",
                N,
                "VARCHAR",
                g.col(
                    lambda: (
                        f"Accession {g.rnd.randint(20_000, 52_000)}, Box "
                        f"{g.rnd.randint(1, 40)}, Folder {g.rnd.randint(1, 30)}"
                    )
                ),
                "decoy",
                SHAPE,
            ),
            c("CollectionTitle", N, "VARCHAR", g.col(g.pick(v.ARCHIVE_COLLECTIONS)), "decoy", SAINT),
            c("RequestedAt", N, "TIMESTAMP", requested, "decoy"),
            c(
                "DeliveredAt",
                N,
                "TIMESTAMP",
                [r + timedelta(minutes=g.rnd.randint(10, 90)) for r in requested],
                "decoy",
            ),
            c(
                "ReturnedAt",
                N,
                "TIMESTAMP",
                [r + timedelta(minutes=g.rnd.randint(100, 400)) if g.rnd.random() < 0.9 else None for r in requested],
                "decoy",
            ),
            c("SeatNo", N, "VARCHAR", g.col(lambda: g.code("A99")), "decoy"),
            c("PagedBy", "first_name", "VARCHAR", g.col(g.pick(pages)), STAFF),
            c("ReproFormat", N, "VARCHAR", g.col(g.pick(["None", "Scan", "Photocopy", "Self-camera"])), "decoy"),
            c("ReproPages", N, "INTEGER", g.ints(0, 120), "decoy"),
            c("PaymentLast4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.6), "decoy", PARTIAL),
            c("AmountUsd", N, "DECIMAL(7,2)", g.amounts(0, 180), "decoy"),
            c("OnlineOrderIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25), 0.45)),
            c("LockerKeyNo", N, "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 64))), "decoy", CREDENTIAL),
            c(
                "Udf03",
                "email",
                "VARCHAR",
                g.col(lambda: v.email_of(g, *v.person(g, O), v.MAIL["us"]), 0.6),
                OPAQUE,
                MISLEADING,
                HEAVY,
            ),
            c("Udf04", N, "VARCHAR", g.col(g.pick(["GEN", "ACAD", "LEGAL", "MEDIA", "GOV"])), "decoy", OPAQUE),
        ],
    )


def synagogue_members(g: Gen) -> Table:
    """A Toronto synagogue's member pledges with yahrzeit observances (snake case, abbreviations): the member number
    (``none``), the household salutation, the member's first, last and Hebrew names, the spouse's first and Hebrew
    names, the member's birth date, the bar/bat mitzvah portion (``none``), address lines, city, province (``none``)
    and postal code, home and cell phones, e-mail, the relative observed by yahrzeit (a deceased person:
    ``person_name``), the Hebrew and civil dates of that death (``none``) and the relation, the memorial plaque's
    place, the pledge amount, fund (funds named after people: ``none``) and occasion, the payment method, a card kept in
    clear by the old donor system (mostly NULL) and its last four digits, the receipt number, the synagogue's own
    charity number (``none``), the High Holiday seat, notes (mostly blank) and the office login."""
    O = "jewish"
    clerks = _logins(g, 3, 1, O)
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, O, female)
        rows.append((a, b, female))
    places = [g.rnd.choice(v.TORONTO_TOWNS) for _ in range(g.rows)]
    fathers = [v.given(g, O, False) for _ in range(g.rows)]
    hebrew = {
        "Avi": "Avraham",
        "Daniel": "Daniel",
        "Eli": "Eliyahu",
        "Ira": "Yitzchak",
        "Jacob": "Yaakov",
        "Lior": "Lior",
        "Mordechai": "Mordechai",
        "Noam": "Noam",
        "Seth": "Shet",
        "Yoni": "Yonatan",
        "Ariella": "Ariella",
        "Dalia": "Dalia",
        "Esther": "Esther",
        "Hadassah": "Hadassah",
        "Leah": "Leah",
        "Miriam": "Miriam",
        "Naomi": "Naomi",
        "Rivka": "Rivka",
        "Shira": "Shira",
        "Talia": "Talia",
    }
    months = [
        "Tishrei",
        "Cheshvan",
        "Kislev",
        "Tevet",
        "Shevat",
        "Adar",
        "Nisan",
        "Iyar",
        "Sivan",
        "Tammuz",
        "Av",
        "Elul",
    ]
    cards = g.col(lambda: v.card(g), 0.8)

    def salutation(r: tuple) -> str:
        return g.rnd.choice(
            [
                f"{'Ms.' if r[2] else 'Mr.'} {r[0]} {r[1]}",
                f"Dr. and Mrs. {r[0]} {r[1]}",
                f"{r[0]} & {v.given(g, O, not r[2])} {r[1]}",
                f"The {r[1]} Family",
            ]
        )

    def note() -> str:
        return g.rnd.choice(
            [
                f"Aliyah for {v.given(g, O)}'s bar mitzvah",
                "Seat near the aisle please",
                f"Kaddish list: add {v.whole(g, O)}",
                "Pledge split over 10 months",
            ]
        )

    yahr = [v.whole(g, O) if g.rnd.random() < 0.7 else None for _ in range(g.rows)]
    yahr_dates = [g.day("1975-01-01", "2025-09-30") if y else None for y in yahr]
    return Table(
        "shul_admin.mbr_pledges",
        "en",
        "snake",
        [
            c("mbr_no", N, "INTEGER", g.keys(1_201), "decoy", KEY, ABBREV),
            c("hh_salutation", "person_name", "VARCHAR", [salutation(r) for r in rows], ABBREV),
            c("mbr_fnm", "first_name", "VARCHAR", [r[0] for r in rows], ABBREV),
            c("mbr_lnm", "last_name", "VARCHAR", [r[1] for r in rows], ABBREV),
            c(
                "mbr_heb_nm",
                "person_name",
                "VARCHAR",
                [
                    f"{hebrew[r[0]]} {'bat' if r[2] else 'ben'} {hebrew[f]}" if g.rnd.random() < 0.75 else None
                    for r, f in zip(rows, fathers)
                ],
                ABBREV,
            ),
            c(
                "spouse_fnm",
                "first_name",
                "VARCHAR",
                [v.given(g, O, not r[2]) if g.rnd.random() < 0.65 else None for r in rows],
                ROLE,
                ABBREV,
            ),
            c(
                "spouse_heb_nm",
                "person_name",
                "VARCHAR",
                g.col(
                    lambda: (
                        f"{g.rnd.choice(list(hebrew.values()))} "
                        f"{g.rnd.choice(['ben', 'bat'])} "
                        f"{g.rnd.choice(list(hebrew.values()))}"
                    ),
                    0.55,
                ),
                ROLE,
                ABBREV,
                HEAVY,
            ),
            c(
                "mbr_dob",
                "date_of_birth",
                "DATE",
                [g.birth(1938, 2000) if g.rnd.random() < 0.8 else None for _ in range(g.rows)],
                ABBREV,
            ),
            c(
                "bmitzvah_parsha",
                N,
                "VARCHAR",
                g.col(
                    g.pick(["Bereshit", "Noach", "Lech-Lecha", "Vayeira", "Toldot", "Shemot", "Yitro", "Kedoshim"]), 0.4
                ),
                "decoy",
                ABBREV,
            ),
            c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.TORONTO_STREETS, 10, 4200)), ABBREV),
            c(
                "addr_ln2",
                "street_address",
                "VARCHAR",
                g.col(lambda: g.rnd.choice(["Suite ", "Apt ", "Unit "]) + str(g.rnd.randint(101, 2210)), 0.7),
                ABBREV,
                HEAVY,
            ),
            c("city", "city", "VARCHAR", [p[0] for p in places]),
            c("prov", N, "VARCHAR", ["ON"] * g.rows, "decoy", ABBREV),
            c("postal_cd", "postal_code", "VARCHAR", [v.ca_postcode(g, g.rnd.choice(p[1])) for p in places], ABBREV),
            c("ctc_ph", "phone", "VARCHAR", g.phones("CA", {"national": 0.6, "dashes": 0.4}, 0.0, 0.3), ABBREV),
            c(
                "cell_ph",
                "phone",
                "VARCHAR",
                g.phones("CA", {"national": 0.5, "e164": 0.3, "dots": 0.2}, 1.0, 0.1),
                ABBREV,
            ),
            c(
                "email",
                "email",
                "VARCHAR",
                [v.email_of(g, r[0], r[1], v.MAIL["ca"]) if g.rnd.random() < 0.9 else None for r in rows],
            ),
            c("yahrzeit_for", "person_name", "VARCHAR", yahr, ROLE, DECEASED),
            c(
                "yahrzeit_heb_date",
                N,
                "VARCHAR",
                [f"{g.rnd.randint(1, 29)} {g.rnd.choice(months)} {d.year + 3760}" if d else None for d in yahr_dates],
                "decoy",
                DEATH,
            ),
            c("yahrzeit_civil_date", N, "DATE", yahr_dates, "decoy", DEATH),
            c(
                "yahrzeit_rel",
                N,
                "VARCHAR",
                [g.rnd.choice(["Father", "Mother", "Brother", "Sister", "Spouse", "Son"]) if y else None for y in yahr],
                "decoy",
                ABBREV,
            ),
            c(
                "plaque_loc",
                N,
                "VARCHAR",
                g.col(lambda: f"Memorial Wall {g.rnd.choice('ABCD')}, row {g.rnd.randint(1, 12)}", 0.5),
                "decoy",
            ),
            c(
                "pledge_amt",
                N,
                "DECIMAL(9,2)",
                g.col(g.pick([180.0, 360.0, 500.0, 1_800.0, 3_600.0, 54.0])),
                "decoy",
                ABBREV,
            ),
            c(
                "pledge_fund",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "General Fund",
                            "Rabbi's Discretionary Fund",
                            "Mandelbaum Youth Fund",
                            "Kiddush Fund",
                            "Sadie Birnbaum Chesed Fund",
                            "Building Fund",
                        ]
                    )
                ),
                "decoy",
                SAINT,
            ),
            c(
                "pledge_occasion",
                N,
                "VARCHAR",
                g.col(g.pick(["Kol Nidre", "Yizkor", "Aliyah", "Annual dues", "Yahrzeit"])),
                "decoy",
            ),
            c("pay_method", N, "VARCHAR", g.col(g.pick(["cheque", "card", "PAD", "e-transfer"])), "decoy"),
            c("card_no", "credit_card", "VARCHAR", cards, HEAVY),
            c(
                "card_last4",
                N,
                "VARCHAR",
                [x[-4:] if x else (g.digits(4) if g.rnd.random() < 0.4 else None) for x in cards],
                "decoy",
                PARTIAL,
            ),
            c("cra_receipt_no", N, "VARCHAR", g.col(lambda: g.code("2025-99999")), "decoy", SHAPE, ABBREV),
            c("charity_bn", N, "VARCHAR", [v.ca_charity_bn(g)] * g.rows, "business", CHECK),
            c(
                "hh_seat",
                N,
                "VARCHAR",
                g.col(lambda: f"{g.rnd.choice(['M', 'B', 'S'])}-{g.rnd.randint(1, 40)}", 0.3),
                "decoy",
                ABBREV,
            ),
            c("notes", "free_text", "VARCHAR", g.sparse(note, 0.82, _words()), NULLWORD),
            c("entered_by", USERNAME, "VARCHAR", g.col(g.pick(clerks)), USER, AUDIT),
        ],
    )


def brisbane_notices(g: Gen) -> Table:
    """A Brisbane newspaper's online death and memorial notices (camel case): notice and order numbers, the notice
    type, the deceased's full name, the name they were known by (``first_name``), birth date, death date (``none``),
    age and suburb, the notice text (naming the family: ``free_text``), the funeral venue and time, the funeral
    director with its ABN and phone (``none``), who placed the notice (name, e-mail, phone, billing address, suburb and
    postcode), the payment reference and card's last four digits (``none``), the package under ``name`` (a product:
    ``none``), the publication dates, the photo URL, the guestbook count, the sales consultant (few first names),
    the placer's IP, ``src_crm_col17`` (an alternate contact: a name, a phone or an e-mail: ``free_text``) and
    ``src_crm_col18`` (a campaign code: ``none``)."""
    O = v.AUSSIE_ORIGINS
    consultants = _staff(g, 4, lambda x: v.given(x, "aussie"))
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, O, female)
        born = g.birth(1925, 2004)
        rows.append((a, b, born, _death(g, born, "2024-06-01", "2025-11-20"), female))
    kinds = [
        g.rnd.choices(["Death", "Funeral", "Memorial", "Bereavement thanks"], [4, 4, 2, 1])[0] for _ in range(g.rows)
    ]
    fd = [g.rnd.randrange(len(v.AU_FUNERAL_DIRECTORS)) for _ in range(g.rows)]
    fd_abn = [v.au_abn(g) for _ in v.AU_FUNERAL_DIRECTORS]
    fd_phone = [f"(07) 3{g.digits(3)} {g.digits(4)}" for _ in v.AU_FUNERAL_DIRECTORS]
    placers = [v.person(g, O) for _ in range(g.rows)]
    billing = [g.rnd.choice(v.BRISBANE) for _ in range(g.rows)]

    def text(r: tuple, kind: str) -> str:
        if kind == "Memorial":
            return (
                f"{r[0].upper()} {r[1].upper()}. {g.rnd.randint(1, 20)} years since you left us. Always loved "
                f"by {v.given(g, O)} and family."
            )
        if kind == "Bereavement thanks":
            return f"The family of the late {r[0]} {r[1]} thank everyone for their kindness."
        return (
            f"{r[1].upper()}, {r[0]}. Passed away peacefully aged {(r[3] - r[2]).days // 365}. Loved "
            f"{'wife' if r[4] else 'husband'} of {v.given(g, O, not r[4])}, mother/father of "
            f"{v.given(g, O)} and {v.given(g, O)}. Relatives and friends are invited."
        )

    def alternate() -> str:
        return g.rnd.choice([v.whole(g, O), g.phone("AU", "national"), v.email_of(g, *v.person(g, O), v.MAIL["au"])])

    return Table(
        "notices_qld.deathNotices",
        "en",
        "camel",
        [
            c("noticeId", N, "BIGINT", g.keys(7_700_001), "decoy", KEY),
            c("orderNo", N, "VARCHAR", g.col(lambda: g.code("CM-9999999")), "decoy", SHAPE),
            c("noticeType", N, "VARCHAR", kinds, "decoy"),
            c("deceasedFullName", "person_name", "VARCHAR", [f"{r[0]} {r[1]}" for r in rows], DECEASED),
            c(
                "deceasedKnownAs",
                "first_name",
                "VARCHAR",
                [
                    g.rnd.choice(["Bluey", "Gran", "Nanna", "Pop", "Shaz", "Macca", r[0]])
                    if g.rnd.random() < 0.45
                    else None
                    for r in rows
                ],
                DECEASED,
            ),
            c(
                "deceasedBirthDate",
                "date_of_birth",
                "DATE",
                [r[2] if g.rnd.random() < 0.6 else None for r in rows],
                DECEASED,
            ),
            c("deceasedDeathDate", N, "DATE", [r[3] for r in rows], "decoy", DEATH),
            c("deceasedAge", N, "INTEGER", [(r[3] - r[2]).days // 365 for r in rows], "decoy"),
            c("deceasedSuburb", "city", "VARCHAR", g.col(lambda: g.rnd.choice(v.BRISBANE)[0], 0.3), DECEASED),
            c("noticeText", "free_text", "VARCHAR", [text(r, k) for r, k in zip(rows, kinds)], DECEASED),
            c(
                "funeralVenue",
                N,
                "VARCHAR",
                [g.rnd.choice(v.AU_VENUES) if k == "Funeral" else None for k in kinds],
                "business",
                SAINT,
            ),
            c(
                "funeralStart",
                N,
                "TIMESTAMP",
                [
                    g.moment(str(r[3]), str(r[3] + timedelta(days=14))) if k == "Funeral" else None
                    for r, k in zip(rows, kinds)
                ],
                "decoy",
            ),
            c("funeralDirector", N, "VARCHAR", [v.AU_FUNERAL_DIRECTORS[i] for i in fd], "business"),
            c("fdAbn", N, "VARCHAR", [fd_abn[i] for i in fd], "business", CHECK),
            c("fdPhone", N, "VARCHAR", [fd_phone[i] for i in fd], "business"),
            c("placedByName", "person_name", "VARCHAR", [f"{a} {b}" for a, b in placers], ROLE),
            c("placedByEmail", "email", "VARCHAR", [v.email_of(g, a, b, v.MAIL["au"]) for a, b in placers], ROLE_EMAIL),
            c("placedByPhone", "phone", "VARCHAR", g.phones("AU", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.85)),
            c(
                "billingAddress",
                "street_address",
                "VARCHAR",
                g.col(lambda: v.street(g, v.BRISBANE_STREETS, 1, 900, [" Unit 3", " Apt 12"])),
            ),
            c("billingSuburb", "city", "VARCHAR", [b[0] for b in billing]),
            c("billingPostcode", "postal_code", "VARCHAR", [b[1] for b in billing]),
            c("paymentRef", N, "VARCHAR", g.col(lambda: v.token(g, "ch_", 20)), "decoy", TOKEN),
            c("cardLast4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.1), "decoy", PARTIAL),
            c(
                "name",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "Classic notice + online tribute",
                            "Premium notice 2 days",
                            "Memorial - online only",
                            "Funeral notice + photo",
                        ]
                    )
                ),
                "decoy",
                PRODUCT,
                MISLEADING,
            ),
            c(
                "publishDates",
                N,
                "VARCHAR",
                [f"{r[3] + timedelta(days=2)};{r[3] + timedelta(days=3)}" for r in rows],
                "decoy",
            ),
            c("photoUrl", N, "VARCHAR", g.col(lambda: f"https://notices.example/img/{g.uuid()}.jpg", 0.4), "decoy"),
            c("guestbookCount", N, "INTEGER", g.ints(0, 80), "decoy"),
            c("salesConsultant", "first_name", "VARCHAR", g.col(g.pick(consultants), 0.3), STAFF),
            c("placedFromIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.25)),
            c("src_crm_col17", "free_text", "VARCHAR", g.col(alternate, 0.4), PREFIXED, MIXED),
            c(
                "src_crm_col18",
                N,
                "VARCHAR",
                g.col(g.pick(["BNE-SPRING", "QLD-RETARGET", "NONE", "EOFY"])),
                "decoy",
                PREFIXED,
            ),
        ],
    )


# -- Vicenza, the Sącz valley, Cologne ---------------------------------------------------------------------------------


def vicenza_matrimoni(g: Gen) -> Table:
    """A parish's marriage register near Vicenza (Italian, snake case): the act's id, year, number, volume and page,
    the groom's and the bride's names, birth dates, birthplaces (``city``), codici fiscali (encoding the row's names,
    birth dates, sex and birthplaces) and baptism parishes (saints: ``none``), the four parents, the two witnesses, the
    celebrant (few priests), the date, church and rite, the couple's residence, CAP, comune and province (``none``),
    phone and e-mail, the civil registry that transcribed the marriage (``none``), annotations (mostly blank) and the
    parish's own codice fiscale (``none``, tag ``check_digit``)."""
    O = "it"
    priests = _staff(g, 4, lambda x: g.rnd.choice(["don ", "padre ", "mons. "]) + v.whole(x, O, False))
    spouses = []
    for _ in range(g.rows):
        wed = g.day("2008-01-01", "2025-10-31")
        pair = []
        for female in (False, True):
            a, b = v.person(g, O, female)
            born = g.birth(wed.year - 45, wed.year - 22)
            place = g.rnd.choice(v.IT_PLACES + v.IT_PLACES + v.IT_BIRTH_ONLY)
            pair.append((a, b, born, place[0], v.it_codice_fiscale(a, b, born, female, place[-1])))
        spouses.append((pair[0], pair[1], wed))
    homes = [g.rnd.choice(v.IT_PLACES[:7]) for _ in range(g.rows)]
    parish_cf = v.it_ente_cf(g)

    def note() -> str:
        return g.rnd.choice(
            [
                f"Dispensa per disparità di culto concessa a {v.whole(g, O)}",
                "Trascritto il 12 del mese successivo",
                f"Delega a celebrare a don {v.whole(g, O, False)}",
                "Matrimonio dichiarato nullo (Tribunale Ecclesiastico Triveneto)",
            ]
        )

    cols = [
        c("id_atto", N, "INTEGER", g.keys(3_001), "decoy", KEY),
        c("anno", N, "INTEGER", [s[2].year for s in spouses], "decoy"),
        c("numero_atto", N, "INTEGER", g.ints(1, 40), "decoy"),
        c("volume", N, "VARCHAR", g.col(g.pick(["Vol. XXI", "Vol. XXII", "Vol. XXIII"])), "decoy"),
        c("pagina", N, "INTEGER", g.ints(1, 200), "decoy"),
    ]
    for who, idx in (("sposo", 0), ("sposa", 1)):
        cols += [
            c(f"{who}_nome", "first_name", "VARCHAR", [s[idx][0] for s in spouses], ROLE),
            c(f"{who}_cognome", "last_name", "VARCHAR", [s[idx][1] for s in spouses], ROLE),
            c(f"{who}_data_nascita", "date_of_birth", "DATE", [s[idx][2] for s in spouses]),
            c(f"{who}_luogo_nascita", "city", "VARCHAR", [s[idx][3] for s in spouses]),
            c(
                f"{who}_codice_fiscale",
                "national_id",
                "VARCHAR",
                [s[idx][4] if g.rnd.random() < 0.9 else None for s in spouses],
            ),
            c(
                f"{who}_parrocchia_battesimo",
                N,
                "VARCHAR",
                g.col(g.pick(v.IT_BAPTISM_PARISHES), 0.1),
                "business",
                SAINT,
            ),
        ]
    cols += [
        c("padre_sposo", "person_name", "VARCHAR", [f"{v.given(g, O, False)} {s[0][1]}" for s in spouses], ROLE),
        c("madre_sposo", "person_name", "VARCHAR", g.col(lambda: v.whole(g, O, True)), ROLE),
        c("padre_sposa", "person_name", "VARCHAR", [f"{v.given(g, O, False)} {s[1][1]}" for s in spouses], ROLE),
        c("madre_sposa", "person_name", "VARCHAR", g.col(lambda: v.whole(g, O, True)), ROLE),
        c("testimone_1", "person_name", "VARCHAR", g.col(lambda: v.whole(g, O)), ROLE),
        c("testimone_2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, O)), ROLE),
        c("celebrante", "person_name", "VARCHAR", g.col(g.pick(priests)), STAFF, CLERGY),
        c("data_matrimonio", N, "DATE", [s[2] for s in spouses], "decoy"),
        c("chiesa", N, "VARCHAR", g.col(g.pick(v.IT_CHURCHES)), "business", SAINT),
        c("rito", N, "VARCHAR", g.col(g.pick(["concordatario", "concordatario", "solo religioso", "misto"])), "decoy"),
        c("residenza_sposi", "street_address", "VARCHAR", g.col(lambda: v.it_street(g))),
        c("cap", "postal_code", "VARCHAR", [h[1] for h in homes], ABBREV),
        c("comune", "city", "VARCHAR", [h[0] for h in homes]),
        c("provincia", N, "VARCHAR", [h[2] for h in homes], "decoy"),
        c("telefono_sposi", "phone", "VARCHAR", g.phones("IT", {"national": 0.6, "intl": 0.3, "e164": 0.1}, 0.9, 0.15)),
        c(
            "email_sposi",
            "email",
            "VARCHAR",
            [v.email_of(g, s[1][0], s[1][1], v.MAIL["it"]) if g.rnd.random() < 0.75 else None for s in spouses],
        ),
        c("trascrizione_comune", N, "VARCHAR", [f"Ufficio di Stato Civile di {h[0]}" for h in homes], "business"),
        c("annotazioni", "free_text", "VARCHAR", g.sparse(note, 0.85, _words("nessuna", "N.D.")), NULLWORD),
        c("cf_parrocchia", N, "VARCHAR", [parish_cf] * g.rows, "business", CHECK),
    ]
    return Table("parrocchia_s_gaetano.registro_matrimoni", "it", "snake", cols)


def sacz_cemetery(g: Gen) -> Table:
    """A parish cemetery's register of the buried in the Sącz valley (Polish, camel case): the record id, quarter,
    row, place and grave number, the grave type, the deceased's first name, surname, family name at birth, father's and
    mother's first names, birth date, PESEL (mostly for deaths after 1990), dates of death and burial (``none``), the
    civil death certificate number (``none``), the grave's disposer (``dysponent``: name, PESEL, address, postcode,
    town, phone, e-mail), the fee paid until and its amount, the refund account (IBAN, mostly NULL), the funeral home
    and its NIP (``none``), the priest (few), notes (mostly blank), the grave's coordinates and the parish's REGON
    (``none``)."""
    O = "pl"
    priests = _staff(g, 4, lambda x: "ks. " + v.whole(x, O, False))
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, O, female)
        born = g.birth(1899, 2015)
        died = _death(g, born, "1975-01-01", "2025-11-01")
        pesel = v.pl_pesel(g, born, female) if died.year >= 1990 and g.rnd.random() < 0.85 else None
        rows.append((a, b, born, died, female, pesel))
    disp = []
    for r in rows:
        female = g.rnd.random() < 0.55
        a, b = v.person(g, O, female)
        if g.rnd.random() < 0.6:  # a child or spouse of the deceased: the same family name, in the disposer's form
            b = v.gendered(r[1][:-1] + "i" if r[1].endswith("ska") else r[1], female, O)
        disp.append((a, b, v.pl_pesel(g, g.birth(1940, 2000), female)))
    places = [g.rnd.choice(v.PL_PLACES) for _ in range(g.rows)]
    homes = [g.rnd.randrange(len(v.PL_FUNERAL_HOMES)) for _ in range(g.rows)]
    nips = [v.pl_nip(g) for _ in v.PL_FUNERAL_HOMES]
    regon = v.pl_regon(g)

    def note() -> str:
        return g.rnd.choice(
            [
                f"Dopochowanie urny: {v.whole(g, O)}",
                "Nagrobek do renowacji",
                f"Dysponent przekazał prawo synowi {v.given(g, O, False)}",
                "Grób opłacony na 20 lat",
            ]
        )

    return Table(
        "cmentarz_parafialny.ewidencjaPochowanych",
        "pl",
        "camel",
        [
            c("idPochowanego", N, "INTEGER", g.keys(1), "decoy", KEY),
            c("kwatera", N, "VARCHAR", g.col(g.pick(["I", "II", "III", "IV", "V", "VI", "XA"])), "decoy"),
            c("rzad", N, "INTEGER", g.ints(1, 30), "decoy"),
            c("miejsce", N, "INTEGER", g.ints(1, 40), "decoy"),
            c("nrGrobu", N, "VARCHAR", g.col(lambda: g.code("K9/R99/M99")), "decoy", SHAPE),
            c(
                "typGrobu",
                N,
                "VARCHAR",
                g.col(g.pick(["ziemny pojedynczy", "murowany podwójny", "urnowy", "grobowiec rodzinny"])),
                "decoy",
            ),
            c("imie", "first_name", "VARCHAR", [r[0] for r in rows], DECEASED),
            c("nazwisko", "last_name", "VARCHAR", [r[1] for r in rows], DECEASED),
            c(
                "nazwiskoRodowe",
                "last_name",
                "VARCHAR",
                [v.family(g, O) if r[4] and g.rnd.random() < 0.75 else None for r in rows],
                DECEASED,
                HEAVY,
            ),
            c("imieOjca", "first_name", "VARCHAR", g.col(lambda: v.given(g, O, False), 0.2), ROLE),
            c("imieMatki", "first_name", "VARCHAR", g.col(lambda: v.given(g, O, True), 0.25), ROLE),
            c("dataUrodzenia", "date_of_birth", "DATE", [r[2] for r in rows], DECEASED),
            c("dataZgonu", N, "DATE", [r[3] for r in rows], "decoy", DEATH),
            c("dataPochowania", N, "DATE", [r[3] + timedelta(days=g.rnd.randint(2, 6)) for r in rows], "decoy", DEATH),
            c("pesel", "national_id", "VARCHAR", [r[5] for r in rows], DECEASED),
            c(
                "nrAktuZgonu",
                N,
                "VARCHAR",
                [
                    f"USC {g.rnd.randint(1, 99)}/{r[3].year}"
                    if r[3].year < 2015
                    else f"1262011/00/AZ/{r[3].year}/{g.rnd.randint(1, 999):06d}"
                    for r in rows
                ],
                "decoy",
                SHAPE,
            ),
            c("dysponentImieNazwisko", "person_name", "VARCHAR", [f"{a} {b}" for a, b, _ in disp], ROLE),
            c("dysponentPesel", "national_id", "VARCHAR", [p if g.rnd.random() < 0.8 else None for _, _, p in disp]),
            c("dysponentAdres", "street_address", "VARCHAR", g.col(lambda: v.pl_street(g))),
            c("dysponentKod", "postal_code", "VARCHAR", [p[1] for p in places]),
            c("dysponentMiejscowosc", "city", "VARCHAR", [p[0] for p in places]),
            c(
                "dysponentTelefon",
                "phone",
                "VARCHAR",
                g.phones("PL", {"national": 0.6, "intl": 0.3, "digits": 0.1}, 0.85, 0.15),
            ),
            c(
                "dysponentEmail",
                "email",
                "VARCHAR",
                [v.email_of(g, a, b, v.MAIL["pl"]) if g.rnd.random() < 0.35 else None for a, b, _ in disp],
                HEAVY,
            ),
            c("oplataDo", N, "DATE", g.days("2024-01-01", "2045-12-31"), "decoy"),
            c("kwotaOplaty", N, "DECIMAL(8,2)", g.col(g.pick([150.0, 300.0, 600.0, 1_200.0])), "decoy"),
            c("nrKontaZwrot", "iban", "VARCHAR", g.col(lambda: v.iban(g, "PL", g.rnd.random() < 0.6), 0.8), HEAVY),
            c("zakladPogrzebowy", N, "VARCHAR", [v.PL_FUNERAL_HOMES[i] for i in homes], "business"),
            c("nipZakladu", N, "VARCHAR", [nips[i] for i in homes], "business", CHECK),
            c("ksiadz", "person_name", "VARCHAR", g.col(g.pick(priests), 0.1), STAFF, CLERGY),
            c("uwagi", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("brak", "b.d.")), NULLWORD),
            c("wspLat", N, "DOUBLE", g.floats(49.60, 49.64, 6), "decoy", COORD),
            c("wspLon", N, "DOUBLE", g.floats(20.68, 20.74, 6), "decoy", COORD),
            c("regonParafii", N, "VARCHAR", [regon] * g.rows, "business", CHECK),
        ],
    )


def cologne_mosque(g: Gen) -> Table:
    """A Cologne mosque association's members and donations (German, Pascal case): the member number, salutation,
    first and last name, birth date (text ``dd.mm.yyyy``) and birthplace (``city``), street, postcode, town, phone,
    mobile, e-mail, the direct-debit IBAN, BIC (``none``) and account holder (``person_name``), the mandate reference
    and the association's SEPA creditor id (``none``), the dues and their interval, the donation's purpose and amount,
    in whose name a Kurban is offered (living or deceased relatives: ``person_name``, mostly NULL), the donation receipt
    flag, the join date, family members (several in one cell), the register number (``none``), remarks (mostly
    blank), ``Feld1`` (the spouse's mobile: ``phone``), ``Feld2`` (a Quran course level: ``none``) and the clerk."""
    O = v.MOSQUE_ORIGINS
    clerks = _logins(g, 3, 0, "tr")
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.35
        a, b = v.person(g, O, female)
        rows.append((a, b, female, g.birth(1945, 2006)))
    places = [g.rnd.choice(v.DE_PLACES) for _ in range(g.rows)]
    creditor = v.de_creditor_id(g)
    purposes = [
        g.rnd.choice(["Mitgliedsbeitrag", "Zakat", "Fitra", "Kurban", "Moscheebau", "Sadaka"]) for _ in range(g.rows)
    ]

    def family() -> str | None:
        n = g.rnd.choices([0, 1, 2, 3], [3, 3, 3, 2])[0]
        return "; ".join(v.whole(g, O) for _ in range(n)) or None

    def note() -> str:
        return g.rnd.choice(
            [
                f"Beitrag übernimmt Sohn {v.given(g, O, False)}",
                "Adresse geändert, Post zurück",
                f"Kurban für verstorbenen Vater {v.whole(g, O, False)}",
                "Ratenzahlung vereinbart",
            ]
        )

    return Table(
        "moscheeverein_koeln.MitgliederSpenden",
        "de",
        "pascal",
        [
            c("MitgliedNr", N, "INTEGER", g.keys(501), "decoy", KEY),
            c("Anrede", N, "VARCHAR", ["Frau" if r[2] else "Herr" for r in rows], "decoy"),
            c("Vorname", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("Nachname", "last_name", "VARCHAR", [r[1] for r in rows]),
            c(
                "Geburtsdatum",
                "date_of_birth",
                "VARCHAR",
                [r[3].strftime("%d.%m.%Y") if g.rnd.random() < 0.9 else "" for r in rows],
                DOB_TEXT,
            ),
            c("Geburtsort", "city", "VARCHAR", g.col(g.pick(v.TR_TOWNS), 0.2)),
            c("Strasse", "street_address", "VARCHAR", g.col(lambda: v.de_street(g))),
            c("PLZ", "postal_code", "VARCHAR", [g.rnd.choice(p[1]) for p in places], ABBREV),
            c("Ort", "city", "VARCHAR", [p[0] for p in places]),
            c("Telefon", "phone", "VARCHAR", g.phones("DE", {"national": 0.8, "intl": 0.2}, 0.0, 0.5)),
            c("Mobil", "phone", "VARCHAR", g.phones("DE", {"national": 0.5, "intl": 0.2, "e164": 0.3}, 1.0, 0.1)),
            c(
                "EMail",
                "email",
                "VARCHAR",
                [v.email_of(g, r[0], r[1], v.MAIL["de"]) if g.rnd.random() < 0.7 else None for r in rows],
            ),
            c("IBAN", "iban", "VARCHAR", g.col(lambda: v.iban(g, "DE", g.rnd.random() < 0.5), 0.3)),
            c(
                "BIC",
                N,
                "VARCHAR",
                g.col(g.pick(["COLSDE33XXX", "GENODED1CGN", "DEUTDEDBKOE", "COBADEFFXXX"]), 0.3),
                "decoy",
                SHAPE,
            ),
            c(
                "Kontoinhaber",
                "person_name",
                "VARCHAR",
                [f"{r[0]} {r[1]}" if g.rnd.random() < 0.8 else f"{v.given(g, O, not r[2])} {r[1]}" for r in rows],
                ROLE,
            ),
            c("MandatsReferenz", N, "VARCHAR", [f"MV-{i:05d}" for i in range(1, g.rows + 1)], "decoy", SHAPE),
            c("GlaeubigerId", N, "VARCHAR", [creditor] * g.rows, "business", CHECK),
            c("Beitrag", N, "DECIMAL(7,2)", g.col(g.pick([10.0, 15.0, 20.0, 30.0])), "decoy"),
            c("Zahlweise", N, "VARCHAR", g.col(g.pick(["monatlich", "vierteljährlich", "jährlich"])), "decoy"),
            c("SpendeZweck", N, "VARCHAR", purposes, "decoy"),
            c("SpendeBetrag", N, "DECIMAL(9,2)", g.amounts(5, 600), "decoy"),
            c(
                "KurbanImNamenVon",
                "person_name",
                "VARCHAR",
                [v.whole(g, O) if p == "Kurban" and g.rnd.random() < 0.8 else None for p in purposes],
                HEAVY,
                ROLE,
            ),
            c("Zuwendungsbestaetigung", N, "BOOLEAN", g.yn(True, False, 0.55), "decoy"),
            c("Eintrittsdatum", N, "DATE", g.days("1992-01-01", "2025-10-31"), "decoy"),
            c("Familienmitglieder", "person_name", "VARCHAR", [family() for _ in range(g.rows)], MULTI, ROLE),
            c("VereinsregisterNr", N, "VARCHAR", ["VR 14527"] * g.rows, "business", SHAPE),
            c("Bemerkung", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("keine", "k.A.")), NULLWORD),
            c(
                "Feld1",
                "phone",
                "VARCHAR",
                g.phones("DE", {"national": 0.6, "e164": 0.4}, 1.0, 0.5),
                OPAQUE,
                MISLEADING,
            ),
            c(
                "Feld2",
                N,
                "VARCHAR",
                g.col(g.pick(["Koran A1", "Koran A2", "Koran B1", "Elif-Ba", ""])),
                "decoy",
                OPAQUE,
            ),
            c("ErfasstVon", USERNAME, "VARCHAR", g.col(g.pick(clerks)), USER, AUDIT),
        ],
    )


# -- Guadalajara, Debrecen, Tampere ------------------------------------------------------------------------------------


def guadalajara_funeraria(g: Gen) -> Table:
    """A Guadalajara funeral home's services (Mexican Spanish, camel case): the service folio, the deceased's given
    names and two family names, CURP (built from them, the birth date, sex and birth state), birth date, date of
    death (``none``), place of death (a hospital or ``Domicilio``: ``none``) and municipality (``city``), the IMSS
    social-security number for the funeral allowance (``ssn``, mostly NULL), the death certificate number and cause
    (``none``), the contracting relative (name, relationship, CURP, RFC for the invoice, phone, e-mail, street,
    colonia, CP, municipality and state), the package, urn, chapel and cemetery (``none``), the funeral home's own RFC
    (``none``), the total and deposit, the pre-need plan number, the sales adviser (few) and observations."""
    O = "mx"
    advisers = _staff(g, 5, lambda x: v.whole(x, O))
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, p = v.person(g, O, female)
        m = v.family(g, O) if g.rnd.random() < 0.95 else ""
        born = g.birth(1928, 2006)
        state = g.rnd.choices(list(v.MX_BIRTH_STATES), list(v.MX_BIRTH_STATES.values()))[0]
        rows.append(
            (
                a,
                p,
                m,
                born,
                _death(g, born, "2023-01-01", "2025-11-15"),
                female,
                v.mx_curp(g, a, p, m, born, female, state),
            )
        )
    buyers = []
    for r in rows:
        female = g.rnd.random() < 0.6
        a = v.given(g, O, female)
        p = r[1] if g.rnd.random() < 0.6 else v.family(g, O)
        m = v.family(g, O)
        born = g.birth(1950, 2000)
        curp = v.mx_curp(g, a, p, m, born, female, "JC")
        buyers.append((a, p, m, curp))
    places = [g.rnd.choice(v.MX_PLACES) for _ in range(g.rows)]
    own_rfc = v.mx_rfc_company(g, "FRG")

    def note() -> str:
        return g.rnd.choice(
            [
                f"Velación en domicilio, avisar a {v.whole(g, O)}",
                "Traslado a Zacatecas",
                f"Pago restante lo cubre el hijo {v.given(g, O, False)}",
                "Requiere factura",
                "Misa de cuerpo presente 10:00",
            ]
        )

    return Table(
        "funeraria_guadalajara.serviciosFunerarios",
        "es",
        "camel",
        [
            c(
                "folioServicio",
                N,
                "VARCHAR",
                [f"SF-{r[4].year}-{i:05d}" for i, r in enumerate(rows, 1)],
                "decoy",
                KEY,
                SHAPE,
            ),
            c("nombreFinado", "first_name", "VARCHAR", [r[0] for r in rows], DECEASED),
            c("apellidoPaternoFinado", "last_name", "VARCHAR", [r[1] for r in rows], DECEASED),
            c("apellidoMaternoFinado", "last_name", "VARCHAR", [r[2] for r in rows], DECEASED),
            c(
                "curpFinado",
                "national_id",
                "VARCHAR",
                [r[6] if g.rnd.random() < 0.85 else None for r in rows],
                DECEASED,
            ),
            c("fechaNacimientoFinado", "date_of_birth", "DATE", [r[3] for r in rows], DECEASED),
            c("fechaDefuncion", N, "DATE", [r[4] for r in rows], "decoy", DEATH),
            c(
                "lugarDefuncion",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "Hospital Civil de Guadalajara",
                            "Domicilio",
                            "Hospital General de Occidente",
                            "Clínica 46 IMSS",
                            "Hospital San Javier",
                        ]
                    )
                ),
                "business",
            ),
            c("municipioDefuncion", "city", "VARCHAR", g.col(lambda: g.rnd.choice(v.MX_PLACES)[0])),
            c(
                "nssFinado",
                "ssn",
                "VARCHAR",
                [v.mx_nss(g, r[3]) if g.rnd.random() < 0.4 else None for r in rows],
                HEAVY,
                DECEASED,
            ),
            c("actaDefuncion", N, "VARCHAR", g.col(lambda: g.code("14039999999999"), 0.1), "decoy", SHAPE),
            c(
                "causaMuerte",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "Infarto agudo al miocardio",
                            "Diabetes mellitus tipo 2",
                            "Neumonía",
                            "Insuficiencia renal crónica",
                            "COVID-19",
                        ]
                    ),
                    0.2,
                ),
                "decoy",
            ),
            c("contratanteNombreCompleto", "person_name", "VARCHAR", [f"{a} {p} {m}" for a, p, m, _ in buyers], ROLE),
            c(
                "contratanteParentesco",
                N,
                "VARCHAR",
                g.col(g.pick(["Hijo(a)", "Esposo(a)", "Hermano(a)", "Nieto(a)"])),
                "decoy",
            ),
            c("contratanteCurp", "national_id", "VARCHAR", [b[3] if g.rnd.random() < 0.7 else None for b in buyers]),
            c(
                "contratanteRfc",
                "national_id",
                "VARCHAR",
                [v.mx_rfc_person(g, b[3]) if g.rnd.random() < 0.35 else None for b in buyers],
                HEAVY,
            ),
            c(
                "contratanteTelefono",
                "phone",
                "VARCHAR",
                g.phones("MX", {"national": 0.6, "digits": 0.25, "e164": 0.15}, 0.9),
            ),
            c(
                "contratanteCorreo",
                "email",
                "VARCHAR",
                [v.email_of(g, a, p, v.MAIL["mx"]) if g.rnd.random() < 0.6 else None for a, p, _, _ in buyers],
            ),
            c("contratanteCalle", "street_address", "VARCHAR", g.col(lambda: v.mx_street(g))),
            c("contratanteColonia", "city", "VARCHAR", [g.rnd.choice(p[2]) for p in places]),
            c("contratanteCP", "postal_code", "VARCHAR", [f"{p[1]}{g.digits(3)}" for p in places], ABBREV),
            c("contratanteMunicipio", "city", "VARCHAR", [p[0] for p in places]),
            c("contratanteEstado", N, "VARCHAR", ["Jalisco"] * g.rows, "decoy"),
            c(
                "paquete",
                N,
                "VARCHAR",
                g.col(
                    g.pick(["Plan Básico Velación", "Cremación Directa", "Plan Tradicional", "Plan Previsión Familiar"])
                ),
                "decoy",
                PRODUCT,
            ),
            c(
                "urna",
                N,
                "VARCHAR",
                g.col(g.pick(["Urna de mármol", "Urna biodegradable", "Ataúd metálico", "Ataúd de madera de pino"])),
                "decoy",
                PRODUCT,
            ),
            c("capilla", N, "VARCHAR", g.col(g.pick(v.MX_CAPILLAS)), "business", SAINT),
            c("panteon", N, "VARCHAR", g.col(g.pick(v.MX_PANTEONES), 0.3), "business"),
            c("rfcFuneraria", N, "VARCHAR", [own_rfc] * g.rows, "business", CHECK),
            c("importeTotal", N, "DECIMAL(10,2)", g.amounts(9_000, 85_000), "decoy"),
            c("anticipo", N, "DECIMAL(10,2)", g.amounts(0, 9_000), "decoy"),
            c("planPrevisionNo", N, "VARCHAR", g.col(lambda: g.code("PP-999999"), 0.6), "decoy", KEY),
            c("asesor", "person_name", "VARCHAR", g.col(g.pick(advisers)), STAFF),
            c("observaciones", "free_text", "VARCHAR", g.col(note, 0.45)),
        ],
    )


def debrecen_congregation(g: Gen) -> Table:
    """A Debrecen Reformed congregation's member register and church contributions (Hungarian, snake case): the
    member id, family and given names, the full name as Hungarians write it (a married woman's ``Kovács Istvánné``),
    the name at birth and the mother's name (``person_name``), birthplace and birth date (text ``yyyy.mm.dd.``), the
    baptising congregation and the baptism date (``none``), the confirmation year, the spouse and the marriage date, the
    address, postcode, town and county (``none``), phone, mobile and e-mail, the yearly contribution and its payment
    date, the member's account (IBAN, mostly NULL), the parish district and its elder (few), the pastor (a family
    name alone: ``last_name``), the membership status (``none``: active, deceased, moved away), remarks (mostly blank)
    and the congregation's tax number (``none``)."""
    O = "hu"
    elders = _staff(g, 6, lambda x: f"{v.family(x, O)} {v.given(x, O)}")
    pastors = _staff(g, 3, lambda x: v.family(x, O))
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        given, fam = v.person(g, O, female)
        husband = (v.family(g, O), v.given(g, O, False)) if female and g.rnd.random() < 0.6 else None
        full = f"{husband[0]} {husband[1]}né" if husband else f"{fam} {given}"
        rows.append(
            (given, husband[0] if husband else fam, full, f"{fam} {given}", female, husband, g.birth(1930, 2008))
        )
    places = [g.rnd.choice(v.HU_PLACES) for _ in range(g.rows)]
    spouse = [
        f"{r[5][0]} {r[5][1]}" if r[5] else (f"{v.family(g, O)} {v.given(g, O)}" if g.rnd.random() < 0.3 else None)
        for r in rows
    ]

    def note() -> str:
        return g.rnd.choice(
            [
                f"Elköltözött, új címe a lányánál ({v.whole(g, O)})",
                "Beteglátogatást kér",
                f"Keresztszülő: {v.family(g, O)} {v.given(g, O)}",
                "Postán küldött csekk",
            ]
        )

    return Table(
        "debreceni_ref_gyulekezet.egyhaztagok",
        "hu",
        "snake",
        [
            c("tag_azonosito", N, "INTEGER", g.keys(10_001), "decoy", KEY),
            c("vezeteknev", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("utonev", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("teljes_nev", "person_name", "VARCHAR", [r[2] for r in rows]),
            c("szuletesi_nev", "person_name", "VARCHAR", [r[3] for r in rows]),
            c(
                "anyja_neve",
                "person_name",
                "VARCHAR",
                g.col(lambda: f"{v.family(g, O)} {v.given(g, O, True)}", 0.1),
                ROLE,
            ),
            c("szuletesi_hely", "city", "VARCHAR", g.col(g.pick(v.HU_BIRTH))),
            c("szuletesi_ido", "date_of_birth", "VARCHAR", [r[6].strftime("%Y.%m.%d.") for r in rows], DOB_TEXT),
            c("keresztelo_gyulekezet", N, "VARCHAR", g.col(g.pick(v.HU_CHURCHES), 0.2), "business", SAINT),
            c(
                "keresztseg_datuma",
                N,
                "DATE",
                [r[6] + timedelta(days=g.rnd.randint(20, 400)) if g.rnd.random() < 0.7 else None for r in rows],
                "decoy",
            ),
            c(
                "konfirmacio_eve",
                N,
                "INTEGER",
                [r[6].year + 14 if g.rnd.random() < 0.6 else None for r in rows],
                "decoy",
            ),
            c("hazastars_neve", "person_name", "VARCHAR", spouse, ROLE),
            c(
                "hazassagkotes_datuma",
                N,
                "DATE",
                [g.day("1970-01-01", "2025-06-30") if x else None for x in spouse],
                "decoy",
            ),
            c("lakcim", "street_address", "VARCHAR", g.col(lambda: v.hu_street(g))),
            c("iranyitoszam", "postal_code", "VARCHAR", [p[1] for p in places]),
            c("telepules", "city", "VARCHAR", [p[0] for p in places]),
            c("megye", N, "VARCHAR", [p[2] for p in places], "decoy"),
            c("telefon", "phone", "VARCHAR", g.phones("HU", {"national": 0.7, "intl": 0.3}, 0.0, 0.55)),
            c("mobil", "phone", "VARCHAR", g.phones("HU", {"national": 0.5, "intl": 0.3, "e164": 0.2}, 1.0, 0.2)),
            c(
                "email",
                "email",
                "VARCHAR",
                [v.email_of(g, r[0], r[1], v.MAIL["hu"]) if g.rnd.random() < 0.55 else None for r in rows],
            ),
            c(
                "egyhazfenntartoi_jarulek",
                N,
                "INTEGER",
                g.col(g.pick([6_000, 10_000, 12_000, 20_000, 30_000]), 0.2),
                "decoy",
            ),
            c("befizetes_datuma", N, "DATE", g.days("2025-01-02", "2025-11-28", 0.25), "decoy"),
            c("bankszamla", "iban", "VARCHAR", g.col(lambda: v.iban(g, "HU", g.rnd.random() < 0.7), 0.7), HEAVY),
            c("korzet", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 9)}. körzet"), "decoy"),
            c("presbiter", "person_name", "VARCHAR", g.col(g.pick(elders)), STAFF),
            c("lelkesz", "last_name", "VARCHAR", g.col(g.pick(pastors)), STAFF, CLERGY),
            c(
                "tagsag_allapota",
                N,
                "VARCHAR",
                g.col(g.pick(["aktív"] * 8 + ["elhunyt", "elköltözött", "kilépett"])),
                "decoy",
            ),
            c("megjegyzes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nincs", "-/-")), NULLWORD),
            c("adoszam_egyhazkozseg", N, "VARCHAR", [v.hu_church_tax_number(g)] * g.rows, "business", CHECK),
        ],
    )


def tampere_volunteers(g: Gen) -> Table:
    """A Tampere Lutheran parish union's volunteer rota (Finnish, SCREAMING case): the shift id, the volunteer's first
    and last name, henkilötunnus (for expense payments: mostly filled), birth date, phone, e-mail, address, postcode
    and post town, bank account (IBAN, mostly NULL), the task, the church (``none``), the shift's date and times, the
    responsible worker (few), the date the criminal-record extract was checked (``none``), the work-with-children flag,
    the expense payment, the emergency contact (a name, a phone or both: ``free_text``), the diet (``none``), the
    parish union's business id (``none``), extra information (mostly blank), ``ATTR7`` (the volunteer's mentor:
    ``person_name``), ``ATTR8`` (a T-shirt size: ``none``) and the clerk."""
    O = "fi"
    workers = _staff(g, 5, lambda x: v.whole(x, O))
    clerks = _logins(g, 3, 1, O)
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.65
        a, b = v.person(g, O, female)
        born = g.birth(1941, 2008)
        rows.append((a, b, born, female, v.fi_hetu(g, born, female)))
    places = [g.rnd.choice(v.FI_PLACES) for _ in range(g.rows)]
    starts = g.moments("2025-08-01", "2026-01-31")
    ytunnus = v.fi_ytunnus(g)

    def emergency() -> str:
        return g.rnd.choice(
            [
                v.whole(g, O),
                g.phone("FI", "national"),
                f"{v.whole(g, O)} {g.phone('FI', 'national')}",
                f"puoliso {v.given(g, O)}",
            ]
        )

    def note() -> str:
        return g.rnd.choice(
            [
                f"Kimppakyyti {v.given(g, O)}n kanssa",
                "Ei pysty nostamaan raskasta",
                f"Korvaa {v.whole(g, O)} joulukuussa",
                "Osaa viittomakieltä",
            ]
        )

    return Table(
        "tampereen_seurakunnat.VAPAAEHTOISVUOROT",
        "fi",
        "screaming",
        [
            c("VUORO_ID", N, "INTEGER", g.keys(60_001), "decoy", KEY),
            c("ETUNIMI", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("SUKUNIMI", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("HETU", "national_id", "VARCHAR", [r[4] if g.rnd.random() < 0.6 else None for r in rows], ABBREV),
            c("SYNTYMAAIKA", "date_of_birth", "DATE", [r[2] for r in rows]),
            c("PUHELIN", "phone", "VARCHAR", g.phones("FI", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.95, 0.05)),
            c(
                "SAHKOPOSTI",
                "email",
                "VARCHAR",
                [v.email_of(g, r[0], r[1], v.MAIL["fi"]) if g.rnd.random() < 0.85 else None for r in rows],
            ),
            c("OSOITE", "street_address", "VARCHAR", g.col(lambda: v.fi_street(g))),
            c("POSTINUMERO", "postal_code", "VARCHAR", [p[1] for p in places]),
            c("POSTITOIMIPAIKKA", "city", "VARCHAR", [p[0].upper() if g.rnd.random() < 0.3 else p[0] for p in places]),
            c("TILINUMERO", "iban", "VARCHAR", g.col(lambda: v.iban(g, "FI", g.rnd.random() < 0.6), 0.65), HEAVY),
            c(
                "TEHTAVA",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "Kirkkokahvit",
                            "Lukija",
                            "Suntion apu",
                            "Diakoniaruoka",
                            "Ystäväpalvelu",
                            "Rippikoulun isonen",
                        ]
                    )
                ),
                "decoy",
            ),
            c("KIRKKO", N, "VARCHAR", g.col(g.pick(v.FI_CHURCHES)), "business", SAINT),
            c("VUORO_PVM", N, "DATE", [s.date() for s in starts], "decoy"),
            c("ALKAA", N, "TIMESTAMP", starts, "decoy"),
            c("PAATTYY", N, "TIMESTAMP", [s + timedelta(hours=g.rnd.randint(1, 4)) for s in starts], "decoy"),
            c("VASTUUHENKILO", "person_name", "VARCHAR", g.col(g.pick(workers)), STAFF),
            c("RIKOSREKISTERIOTE_TARKISTETTU", N, "DATE", g.days("2021-01-01", "2025-10-31", 0.6), "decoy"),
            c("LAPSITYO", N, "BOOLEAN", g.yn(True, False, 0.3), "decoy"),
            c("KULUKORVAUS_EUR", N, "DECIMAL(7,2)", g.col(g.pick([0.0, 0.0, 12.5, 25.0, 40.0])), "decoy"),
            c("HATAYHTEYS", "free_text", "VARCHAR", g.col(emergency, 0.3), MIXED),
            c(
                "ERIKOISRUOKAVALIO",
                N,
                "VARCHAR",
                g.col(g.pick(["", "laktoositon", "gluteeniton", "kasvis", ""])),
                "decoy",
            ),
            c("Y_TUNNUS", N, "VARCHAR", [ytunnus] * g.rows, "business", CHECK),
            c("LISATIETO", "free_text", "VARCHAR", g.sparse(note, 0.82, _words("ei", "ei ole")), NULLWORD),
            c(
                "ATTR7",
                "person_name",
                "VARCHAR",
                g.col(g.pick(workers[:2] + [v.whole(g, O) for _ in range(30)]), 0.4),
                OPAQUE,
                MISLEADING,
            ),
            c("ATTR8", N, "VARCHAR", g.col(g.pick(["S", "M", "L", "XL"]), 0.2), "decoy", OPAQUE),
            c("KIRJAAJA", USERNAME, "VARCHAR", g.col(g.pick(clerks)), USER, AUDIT),
        ],
    )


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (boston_baptisms, 520),
    (yorkshire_burials, 600),
    (hamilton_cremations, 480),
    (tree_persons, 900),
    (dna_matches, 800),
    (census_1881, 1_000),
    (archive_requests, 650),
    (synagogue_members, 450),
    (brisbane_notices, 700),
    (vicenza_matrimoni, 300),
    (sacz_cemetery, 550),
    (cologne_mosque, 500),
    (guadalajara_funeraria, 420),
    (debrecen_congregation, 380),
    (tampere_volunteers, 400),
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

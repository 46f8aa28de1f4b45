"""Held-out set v55: its size, health and care domains, languages and scripts, labels, row counts, NULL and NULL-word
shares, HL7 names, misleading and opaque names, practitioners' numbers, clinical decoys, join keys, audit logins,
national identifiers with check digits (and the birth dates and sexes they encode), decoys with check digits, phones
of fifteen countries and postal codes are the ones asked for, and it is the same on every build (values are only
counted or checked here, never printed).

The set is generated and written once for the module (the scorer's own ``build``); every test reads that build.
NULL-like strings and placeholders are part of the set's dirt: identifier checks skip them and strip padding.
Assertion rewriting is off for this module (PYTEST_DONT_REWRITE): a failing assertion shows its source line and
message, never the values."""

from __future__ import annotations

import ast
import ipaddress
import json
import re
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import duckdb
import phonenumbers
import pytest
from stdnum import ean, iban, luhn
from stdnum.at import uid as at_uid
from stdnum.at import vnr
from stdnum.au import abn
from stdnum.be import nn
from stdnum.br import cnpj, cpf
from stdnum.es import dni, nie
from stdnum.fi import hetu, ytunnus
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.gr import amka
from stdnum.gr import vat as gr_vat
from stdnum.in_ import aadhaar, gstin
from stdnum.iso7064 import mod_37_2
from stdnum.it import codicefiscale
from stdnum.kr import brn, rrn
from stdnum.no import fodselsnummer
from stdnum.no import orgnr as no_orgnr
from stdnum.pl import pesel, regon
from stdnum.za import idnr

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.classification import heldout_v2_accuracy, heldout_v55, heldout_v55_values
from governance_dagster.kinds import Kind
from tests import heldout_support
from tests.heldout_support import column as _column
from tests.heldout_support import columns as _columns
from tests.heldout_support import hits as _hits
from tests.heldout_support import misses as _misses
from tests.heldout_support import null_share as _null_share

#: the languages asked for: five tables in English, ten in the provider's own language
LANGUAGES = {"en", "es", "nl", "de", "fr", "pt", "it", "no", "fi", "ko", "el"}

#: every table of the set: one health or care provider per table, each in a different country outside the US
TABLES = {
    "farmacia_delicias.dispensaciones", "tandartspraktijk.PatientRecalls", "physio_graz.tb_termine",
    "OPTIQUE.ORDO_CLIENTS", "ctms_site014.screening_log", "lis_campinas.hl7_orm_amostras", "avis_emoteca.donatori",
    "hjemmetjenesten.besok", "kuulokeskus.asiakaskortit", "OPD.외래예약", "ivf_athens.κύκλοι_θεραπείας",
    "carepulse_api.consultations", "vaxcentre_dbn.vaccination_register", "CareHomeSys.ResidentRecords",
    "lumen_ndis.participants",
}

PERSON_KINDS = {"person_name", "first_name", "last_name"}

scored_file, built = heldout_support.set_fixtures("v55")
_cells = heldout_support.Cells(heldout_v55.NULLISH)
_nullish, _real, _values = _cells.nullish, _cells.real, _cells.values


def _digits(text: object) -> str:
    return "".join(ch for ch in str(text) if ch.isdigit())


def test_when_two_small_tables_are_built_again_then_every_value_is_the_same(built) -> None:
    assert heldout_support.rebuilt_differently(heldout_v55, built) == []


def test_when_the_set_is_built_then_it_has_the_size_languages_and_labels_asked_for(built) -> None:
    columns = _columns(built)
    assert len(built) == 15 and 400 <= len(columns) <= 480
    assert 0.44 <= sum(c.kind != "none" for c in columns) / len(columns) <= 0.58
    assert {t.name for t in built} == TABLES and len(built) == len(TABLES)
    assert all(20 <= len(t.columns) <= 40 for t in built)
    assert all(len({c.name.lower() for c in t.columns}) == len(t.columns) for t in built)
    assert LANGUAGES == {t.language_of(c) for t in built for c in t.columns}
    assert sum(t.language == "en" for t in built) == 5
    assert len({t.language for t in built if t.language != "en"}) == 10
    assert {c.kind for c in columns} <= {k.value for k in Kind}
    # no US data: every kind but ``ssn`` occurs
    assert {k.value for k in Kind} - {"none", "ssn"} <= {c.kind for c in columns}
    assert "ssn" not in {c.kind for c in columns}
    tags = {tag for c in columns for tag in c.tags}
    assert {"decoy", "business", "null_heavy", "nullword_heavy", "abbrev", "username", "value_shape", "misleading",
            "staff", "audit", "role_word", "premises", "join_key", "role_email", "json_blob", "json_plain",
            "placeholder", "tokenized", "partial", "credential", "check_digit", "practitioner_id", "clinical",
            "opaque", "hl7", "mixed_kinds", "padded", "coordinates"} <= tags
    assert {"snake", "camel", "pascal", "screaming", "hangul"} <= {t.style for t in built}


def test_when_a_table_is_in_korean_or_greek_then_its_column_names_are_in_that_script(built) -> None:
    korean = heldout_support.table(built, "OPD.외래예약")
    greek = heldout_support.table(built, "ivf_athens.κύκλοι_θεραπείας")
    hangul = [c.name for c in korean.columns if any("\uac00" <= ch <= "\ud7a3" for ch in c.name)]
    greek_names = [c.name for c in greek.columns if any("\u0370" <= ch <= "\u03ff" for ch in c.name)]
    assert len(hangul) >= 0.9 * len(korean.columns) and len(greek_names) >= 0.85 * len(greek.columns)
    names = _values(built, "OPD.외래예약", "성명")
    assert _misses(names, lambda x: all("\uac00" <= ch <= "\ud7a3" for ch in str(x)) and 2 <= len(str(x)) <= 4) == 0
    greek_last = _values(built, "ivf_athens.κύκλοι_θεραπείας", "επώνυμο_ασθενούς")
    assert _misses(greek_last, lambda x: any("\u0370" <= ch <= "\u03ff" for ch in str(x))) == 0


def test_when_labels_are_asked_for_then_they_match_every_column(built) -> None:
    labels = heldout_v55.labels(built)
    assert set(labels) == {t.name for t in built}
    assert sum(len(cols) for cols in labels.values()) == sum(len(t.columns) for t in built)


def test_when_a_column_is_tagged_then_its_label_follows_the_conventions(built) -> None:
    for column in (c for c in _columns(built) if c.tags & {"business", "decoy", "join_key", "tokenized", "partial",
                                                           "json_plain", "credential", "check_digit",
                                                           "practitioner_id", "clinical", "coordinates"}):
        assert column.kind == "none", column.name
    for column in (c for c in _columns(built) if c.kind == "none"):
        assert column.tags & {"business", "decoy"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"username"}):
        assert column.kind == "unclassified", column.name
    for column in (c for c in _columns(built) if c.kind == "unclassified"):
        assert column.tags & {"username"}, column.name
    for column in (c for c in _columns(built) if c.tags & {"role_email"}):
        assert column.kind == "email", column.name
    for column in (c for c in _columns(built) if c.tags & {"placeholder", "opaque", "role_word", "staff", "premises",
                                                           "null_heavy", "nullword_heavy", "mixed_kinds",
                                                           "json_blob"}):
        if "decoy" not in column.tags:
            assert column.kind != "none", column.name
    for column in (c for c in _columns(built) if c.tags & {"mixed_kinds", "json_blob"}):
        assert column.kind == "free_text", column.name


def test_when_a_column_is_a_join_key_or_a_record_number_then_it_is_none_and_there_are_many(built) -> None:
    keys = [c for c in _columns(built) if "join_key" in c.tags]
    assert len(keys) >= 25 and all(c.kind == "none" for c in keys)
    assert {"id_paciente", "DossierNr", "pat_nr", "subject_number", "pid_3_prontuario", "cod_tessera", "brukerId",
            "환자번호", "κωδικός_ζεύγους", "consultationId", "ResidentId", "participant_id"} <= {c.name for c in keys}
    uuids = _values(built, "carepulse_api.consultations", "consultationId")
    assert _misses(uuids, lambda x: bool(re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-"
                                                      r"[0-9a-f]{12}", str(x)))) == 0


def test_when_a_value_is_partial_then_it_is_masked_or_four_digits_and_none(built) -> None:
    cut = {c.name: c for c in _columns(built) if "partial" in c.tags}
    assert set(cut) == {"CB_FIN", "aadhaarMasked"} and all(c.kind == "none" for c in cut.values())
    last4 = [str(x) for x in _real(cut["CB_FIN"].values)]
    assert len(last4) >= 60 and _misses(last4, lambda x: bool(re.fullmatch(r"[0-9]{4}", x))) == 0
    masked = [str(x) for x in _real(cut["aadhaarMasked"].values)]
    assert len(masked) >= 100 and _misses(masked, lambda x: bool(re.fullmatch(r"XXXX XXXX [0-9]{4}", x))) == 0


def test_when_a_column_holds_placeholders_then_some_cells_are_placeholders_and_the_rest_are_real(built) -> None:
    dirty = [c for c in _columns(built) if "placeholder" in c.tags]
    assert len(dirty) >= 5
    for column in dirty:
        words = [x for x in column.values if isinstance(x, str) and _nullish(x) and x.strip()]
        assert 3 <= len(words) <= 0.15 * len(column.values), column.name


def test_when_values_are_padded_then_some_end_with_spaces_and_strip_to_real_values(built) -> None:
    padded = [c for c in _columns(built) if "padded" in c.tags]
    assert len(padded) >= 3 and all(c.kind != "none" for c in padded)
    for column in padded:
        values = [x for x in column.values if isinstance(x, str)]
        assert _hits(values, lambda x: x != x.rstrip()) >= 0.2 * len(values), column.name


def test_when_names_mislead_then_the_values_are_not_what_the_name_says(built) -> None:
    misleading = {c.name: c.kind for c in _columns(built) if "misleading" in c.tags}
    assert {"nombre", "NOM_VERRE", "laitteen_nimi", "Contact", "연락처", "endereco_unidade",
            "CurrentAddress"} <= set(misleading)
    assert set(misleading.values()) == {"none"}
    drugs = _values(built, "farmacia_delicias.dispensaciones", "nombre")
    assert _misses(drugs, lambda x: bool(re.search(r"\b(MG|MCG|G|COMPRIMIDOS|CAPSULAS|INHALADOR)\b", str(x)))) == 0
    opaque = {c.name: c.kind for c in _columns(built) if "opaque" in c.tags}
    assert opaque == {"ExtraVeld1": "phone", "ExtraVeld2": "none", "udf_03": "email", "udf_07": "none",
                      "campo_extra_2": "person_name"}


def test_when_a_name_sounds_non_personal_then_it_holds_people(built) -> None:
    role = [c for c in _columns(built) if "role_word" in c.tags]
    assert len(role) >= 25 and all(c.kind != "none" for c in role)
    assert {"medico_prescriptor", "Voogd", "mitversichert_bei", "zuweiser", "MEDECIN_PRESCR", "referring_physician",
            "pid_6_nome_mae", "orc_12_medico", "medico_curante", "parorendeNavn", "fastlege", "omainen",
            "lahettava_laakari", "보호자성명", "πατρώνυμο", "ονοματεπώνυμο_συντρόφου", "bookedForName",
            "guardian_name", "NextOfKinName", "PowerOfAttorney", "GPName", "nominee_name",
            "support_coordinator"} <= {c.name for c in role if c.kind in PERSON_KINDS}


def test_when_a_column_mixes_personal_kinds_then_it_holds_phones_emails_and_names(built) -> None:
    values = [str(x) for x in _values(built, "vaxcentre_dbn.vaccination_register", "alt_contact")]
    assert len(values) >= 100
    mails = _hits(values, lambda x: "@" in x)
    phones = _hits(values, lambda x: "@" not in x and len(_digits(x)) >= 9 and not re.search(r"[A-Za-z]", x))
    named = _hits(values, lambda x: "@" not in x and bool(re.search(r"[A-Za-z]{3}", x)))
    assert mails >= 10 and phones >= 20 and named >= 20


def test_when_a_column_holds_json_then_every_document_parses(built) -> None:
    blobs = [c for c in _columns(built) if "json_blob" in c.tags]
    plain = [c for c in _columns(built) if "json_plain" in c.tags]
    assert len(blobs) >= 1 and len(plain) >= 1
    for column in blobs + plain:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: isinstance(json.loads(x), (dict, list))) == 0, column.name
    intake = [json.loads(str(x)) for x in _values(built, "carepulse_api.consultations", "intakeForm")]
    assert _hits(intake, lambda d: "emergencyContact" in d) >= 0.4 * len(intake)


def test_when_names_are_hl7_fields_then_they_follow_segment_and_field(built) -> None:
    hl7 = [c for c in _columns(built) if "hl7" in c.tags]
    assert len(hl7) >= 20
    assert _misses([c.name for c in hl7], lambda x: bool(re.fullmatch(r"[a-z]{2}[a-z0-9]_[0-9]{1,2}_[a-z0-9_]+",
                                                                      str(x)))) == 0
    births = _values(built, "lis_campinas.hl7_orm_amostras", "pid_7_dt_nasc")
    assert _misses(births, lambda x: bool(re.fullmatch(r"(19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])",
                                                       str(x)))) == 0


def test_when_coordinates_are_built_then_they_are_none_and_near_the_town(built) -> None:
    coords = [c for c in _columns(built) if "coordinates" in c.tags]
    assert {c.name for c in coords} == {"gpsLat", "gpsLon"} and all(c.kind == "none" for c in coords)
    lats = _values(built, "hjemmetjenesten.besok", "gpsLat")
    assert _misses(lats, lambda x: 63.3 < float(x) < 63.5) == 0


def test_when_a_home_is_named_as_the_place_of_a_visit_then_it_is_a_street_address(built) -> None:
    premises = [c for c in _columns(built) if "premises" in c.tags]
    assert [c.kind for c in premises] == ["street_address"]


def test_when_an_audit_column_is_built_then_logins_are_usernames_with_few_values(built) -> None:
    logins = [c for c in _columns(built) if "audit" in c.tags]
    assert len(logins) >= 14 and all(c.kind == "unclassified" for c in logins)
    for column in logins:
        assert 2 <= len(set(_real(column.values))) <= 8, column.name


def test_when_the_set_is_built_then_every_table_has_40_to_300_rows_in_every_column(built) -> None:
    for table in built:
        lengths = {len(c.values) for c in table.columns}
        assert len(lengths) == 1 and 40 <= lengths.pop() <= 300, table.name
    assert min(len(t.columns[0].values) for t in built) <= 60 and max(len(t.columns[0].values) for t in built) == 300


def test_when_a_column_is_tagged_null_heavy_then_50_to_95_percent_of_it_is_null(built) -> None:
    heavy = [c for c in _columns(built) if "null_heavy" in c.tags]
    assert len(heavy) >= 20
    for column in heavy:
        assert column.kind != "none", column.name
        assert 0.50 <= _null_share(column) <= 0.95, column.name


def test_when_a_column_is_tagged_nullword_heavy_then_70_to_95_percent_of_it_is_null_words(built) -> None:
    heavy = [c for c in _columns(built) if "nullword_heavy" in c.tags]
    assert len(heavy) >= 3
    for column in heavy:
        assert column.kind != "none", column.name
        share = sum(_nullish(x) for x in column.values) / len(column.values)
        assert 0.70 <= share <= 0.95, column.name
        assert _null_share(column) < 0.2, column.name


def test_when_a_column_is_not_tagged_null_heavy_then_less_than_70_percent_of_it_is_null_or_null_words(built) -> None:
    for table in built:
        for column in table.columns:
            if not column.tags & {"null_heavy", "nullword_heavy"}:
                assert _null_share(column) < 0.70, f"{table.name}.{column.name}"
                assert sum(_nullish(x) for x in column.values) / len(column.values) < 0.70, \
                    f"{table.name}.{column.name}"


def test_when_a_column_is_tagged_staff_then_it_has_2_to_8_distinct_people(built) -> None:
    staff = [c for c in _columns(built) if "staff" in c.tags]
    assert len(staff) >= 15
    for column in staff:
        assert column.kind in PERSON_KINDS, column.name
        assert 2 <= len(set(_real(column.values))) <= 8, column.name
    assert {"person_name", "first_name"} <= {c.kind for c in staff}


def _es_nss(x: str) -> bool:
    d = _digits(x)
    return len(d) == 12 and int(d[:10]) % 97 == int(d[10:])


def _br_cns(x: str) -> bool:
    d = _digits(x)
    return len(d) == 15 and d[0] in "789" and sum(int(n) * (15 - i) for i, n in enumerate(d)) % 11 == 0


def _au_medicare(x: str) -> bool:
    d = _digits(x.split("/")[0])
    return (len(d) == 10 and d[0] in "23456"
            and sum(w * int(n) for w, n in zip((1, 3, 7, 9, 1, 3, 7, 9), d)) % 10 == int(d[8]))


def _pl_pwz(x: str) -> bool:
    d = _digits(x)
    return len(d) == 7 and d[0] != "0" and sum(w * int(n) for w, n in zip(range(1, 7), d[1:])) % 11 == int(d[0])


def _be_riziv(x: str) -> bool:
    d = _digits(x)
    return len(d) == 11 and 97 - int(d[:6]) % 97 == int(d[6:8])


def _spanish_cn(x: str) -> bool:
    body, _, check = str(x).partition(".")
    return len(body) == 6 and check == ean.calc_check_digit("847000" + body)


def _za_or_passport(x: str) -> bool:
    return idnr.is_valid(x) or bool(re.fullmatch(r"[A-Z]{1,3}[0-9]{6,12}|DBN[A-Z]{3}[0-9]{9}", x))


#: (table, column, check) for every personal identifier column with a check digit or a fixed shape
NATIONAL: list[tuple[str, str, Callable[[str], bool]]] = [
    ("farmacia_delicias.dispensaciones", "dni_nie", lambda x: dni.is_valid(x) or nie.is_valid(x)),
    ("farmacia_delicias.dispensaciones", "num_ss", _es_nss),
    ("tandartspraktijk.PatientRecalls", "Rijksregisternummer", nn.is_valid),
    ("physio_graz.tb_termine", "svnr", vnr.is_valid),
    ("OPTIQUE.ORDO_CLIENTS", "NIR", nir.is_valid),
    ("ctms_site014.screening_log", "pesel", pesel.is_valid),
    ("lis_campinas.hl7_orm_amostras", "pid_3_cpf", cpf.is_valid),
    ("lis_campinas.hl7_orm_amostras", "pid_3_cns", _br_cns),
    ("avis_emoteca.donatori", "codice_fiscale", codicefiscale.is_valid),
    ("hjemmetjenesten.besok", "fodselsnummer", fodselsnummer.is_valid),
    ("kuulokeskus.asiakaskortit", "hetu", hetu.is_valid),
    ("OPD.외래예약", "주민등록번호", rrn.is_valid),
    ("ivf_athens.κύκλοι_θεραπείας", "ΑΜΚΑ_ασθενούς", amka.is_valid),
    ("ivf_athens.κύκλοι_θεραπείας", "ΑΜΚΑ_συντρόφου", amka.is_valid),
    ("ivf_athens.κύκλοι_θεραπείας", "ΑΦΜ_ασθενούς", gr_vat.is_valid),
    ("carepulse_api.consultations", "kycAadhaar", aadhaar.is_valid),
    ("carepulse_api.consultations", "abhaNumber", lambda x: bool(re.fullmatch(r"91-[0-9]{4}-[0-9]{4}-[0-9]{4}", x))),
    ("vaxcentre_dbn.vaccination_register", "id_number", _za_or_passport),
    ("CareHomeSys.ResidentRecords", "CHINumber", nhs.is_valid),
    ("lumen_ndis.participants", "ndis_number", lambda x: bool(re.fullmatch(r"43[0-9]{7}", x))),
    ("lumen_ndis.participants", "medicare_number", _au_medicare),
]

#: (table, column, check) for the IBAN and card columns
MONEY: list[tuple[str, str, Callable[[str], bool]]] = [
    ("physio_graz.tb_termine", "iban_lastschrift", iban.is_valid),
    ("ctms_site014.screening_log", "travel_refund_iban", iban.is_valid),
    ("ivf_athens.κύκλοι_θεραπείας", "IBAN", iban.is_valid),
    ("OPTIQUE.ORDO_CLIENTS", "NUM_CB", luhn.is_valid),
]

#: column -> check for every decoy tagged ``check_digit`` (all ``none``)
DECOYS: dict[str, Callable[[str], bool]] = {
    "num_receta": luhn.is_valid, "cn": _spanish_cn, "gtin": ean.is_valid, "RizivTandarts": _be_riziv,
    "uid_praxis": at_uid.is_valid, "RPPS_PRESCR": lambda x: x.startswith("10") and luhn.is_valid(x),
    "investigator_pwz": _pl_pwz, "iwrs_kit_number": luhn.is_valid, "site_regon": regon.is_valid,
    "spm_2_cod_amostra": luhn.is_valid, "cnpj_laboratorio": cnpj.is_valid,
    "codice_sacca": lambda x: mod_37_2.is_valid(x.replace(" ", "")), "orgnr": no_orgnr.is_valid,
    "laite_gtin": ean.is_valid, "y_tunnus": ytunnus.is_valid, "사업자등록번호": brn.is_valid,
    "ΑΦΜ_κλινικής": gr_vat.is_valid, "pharmacyPartnerGstin": gstin.is_valid, "plan_manager_abn": abn.is_valid,
}


@pytest.mark.parametrize(("table", "column", "check"), NATIONAL + MONEY,
                         ids=[f"{t}.{c}" for t, c, _ in NATIONAL + MONEY])
def test_when_an_identifier_column_is_built_then_every_value_passes_its_check(built, table, column, check) -> None:
    values = [str(x) for x in _values(built, table, column)]
    assert len(values) >= 20 and _misses(values, check) == 0


def test_when_a_column_is_labeled_national_id_then_its_values_are_checked(built) -> None:
    labeled = {(t.name, c.name) for t in built for c in t.columns if c.kind == "national_id"}
    assert labeled == {(t, c) for t, c, _ in NATIONAL}
    assert {(t.name, c.name) for t in built for c in t.columns if c.kind in {"iban", "credit_card"}} == {
        (t, c) for t, c, _ in MONEY}


def test_when_a_decoy_has_a_check_digit_then_every_value_passes_it_and_it_is_none(built) -> None:
    tagged = {c.name: c for c in _columns(built) if "check_digit" in c.tags}
    assert set(tagged) == set(DECOYS)
    for name, column in tagged.items():
        values = [str(x) for x in _real(column.values)]
        assert column.kind == "none" and len(values) >= 20, name
        assert _misses(values, DECOYS[name]) == 0, name
    practitioners = {c.name for c in _columns(built) if "practitioner_id" in c.tags}
    assert {"num_colegiado", "RizivTandarts", "RPPS_PRESCR", "investigator_pwz", "orc_12_crm", "doctorRegNo",
            "vaccinator_sanc_no"} == practitioners


def _same_day(built, table: str, idc: str, dob: str, encoded: Callable[[str], object],
              expected: Callable[[date], object] = lambda d: d) -> int:
    """How many rows of ``table`` whose ``idc`` does not encode the row's ``dob``."""
    rows = zip(_column(built, table, idc).values, _column(built, table, dob).values)
    pairs = [(str(p).strip(), d) for p, d in rows if not _nullish(p) and d is not None]
    assert len(pairs) >= 30, table
    return _misses(pairs, lambda r: encoded(r[0]) == expected(r[1]))


def test_when_a_national_id_encodes_a_birth_date_then_it_is_the_birth_date_of_its_row(built) -> None:
    checks = [
        ("tandartspraktijk.PatientRecalls", "Rijksregisternummer", "Geboortedatum", nn.get_birth_date),
        ("ctms_site014.screening_log", "pesel", "date_of_birth", pesel.get_birth_date),
        ("avis_emoteca.donatori", "codice_fiscale", "data_nascita", codicefiscale.get_birth_date),
        ("hjemmetjenesten.besok", "fodselsnummer", "fodselsdato", fodselsnummer.get_birth_date),
        ("OPD.외래예약", "주민등록번호", "생년월일", rrn.get_birth_date),
        ("ivf_athens.κύκλοι_θεραπείας", "ΑΜΚΑ_ασθενούς", "ημερομηνία_γέννησης", amka.get_birth_date),
    ]
    for table, idc, dob, get in checks:
        assert _same_day(built, table, idc, dob, get) == 0, table
    for table, idc, dob, cut in (("kuulokeskus.asiakaskortit", "hetu", "syntymaaika", slice(0, 6)),
                                 ("CareHomeSys.ResidentRecords", "CHINumber", "DateOfBirth", slice(0, 6)),
                                 ("physio_graz.tb_termine", "svnr", "geb_dat", slice(4, 10))):
        assert _same_day(built, table, idc, dob, lambda x, s=cut: _digits(x)[s],
                         lambda d: d.strftime("%d%m%y")) == 0, table
    assert _same_day(built, "OPTIQUE.ORDO_CLIENTS", "NIR", "DATE_NAISS", lambda x: _digits(x)[1:5],
                     lambda d: d.strftime("%y%m")) == 0
    ids = _column(built, "vaxcentre_dbn.vaccination_register", "id_number").values
    kinds = _column(built, "vaxcentre_dbn.vaccination_register", "id_type").values
    births = _column(built, "vaxcentre_dbn.vaccination_register", "date_of_birth").values
    sa = [(str(i), d) for i, k, d in zip(ids, kinds, births) if i is not None and k == "RSA ID"]
    assert len(sa) >= 150 and _misses(sa, lambda r: idnr.get_birth_date(r[0]) == r[1]) == 0
    assert _hits([str(i) for i, k in zip(ids, kinds) if i is not None and k != "RSA ID"], idnr.is_valid) == 0


def test_when_a_national_id_encodes_a_sex_then_it_is_the_sex_of_its_row(built) -> None:
    table = "ctms_site014.screening_log"
    pairs = list(zip(_column(built, table, "pesel").values, _column(built, table, "sex").values))
    assert len(pairs) >= 100 and _misses(pairs, lambda r: pesel.get_gender(str(r[0])) == r[1]) == 0
    table = "vaxcentre_dbn.vaccination_register"
    rows = zip(_column(built, table, "id_number").values, _column(built, table, "id_type").values,
               _column(built, table, "sex").values)
    pairs = [(str(i), s) for i, k, s in rows if i is not None and k == "RSA ID"]
    assert len(pairs) >= 150 and _misses(pairs, lambda r: idnr.get_gender(r[0]) == r[1]) == 0
    korean = zip(_column(built, "OPD.외래예약", "주민등록번호").values, _column(built, "OPD.외래예약", "성별").values)
    pairs = [(str(i), s) for i, s in korean if i is not None]
    assert len(pairs) >= 100 and _misses(pairs, lambda r: (r[0][7] in "24") == (r[1] == "여")) == 0


def _phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: table -> the region of its phone numbers
PHONE_REGIONS = {
    "farmacia_delicias.dispensaciones": "ES", "tandartspraktijk.PatientRecalls": "BE", "physio_graz.tb_termine": "AT",
    "OPTIQUE.ORDO_CLIENTS": "FR", "ctms_site014.screening_log": "PL", "lis_campinas.hl7_orm_amostras": "BR",
    "avis_emoteca.donatori": "IT", "hjemmetjenesten.besok": "NO", "kuulokeskus.asiakaskortit": "FI",
    "OPD.외래예약": "KR", "ivf_athens.κύκλοι_θεραπείας": "GR", "carepulse_api.consultations": "IN",
    "vaxcentre_dbn.vaccination_register": "ZA", "CareHomeSys.ResidentRecords": "GB", "lumen_ndis.participants": "AU",
}


def test_when_a_column_is_labeled_phone_then_every_number_in_it_is_valid_in_its_country(built) -> None:
    phones = [(t, c) for t in built for c in t.columns if c.kind == "phone"]
    assert len(phones) >= 22 and {t.name for t, _ in phones} == set(PHONE_REGIONS)
    seen: set[str] = set()
    for table, column in phones:
        region = PHONE_REGIONS[table.name]
        values = [str(x) for x in _real(column.values)]
        assert len(values) >= 20, f"{table.name}.{column.name}"
        assert _misses(values, lambda x, r=region: _phone_valid(x, r)) == 0, f"{table.name}.{column.name}"
        code = phonenumbers.country_code_for_region(region)
        assert _misses(values, lambda x, r=region, k=code: phonenumbers.parse(x, r).country_code == k) == 0, \
            f"{table.name}.{column.name}"
        seen |= {phonenumbers.region_code_for_number(phonenumbers.parse(x, region)) for x in values}
    assert seen == set(PHONE_REGIONS.values())


#: table -> the shape of its postal codes
POSTAL = {
    "farmacia_delicias.dispensaciones": r"50[0-9]{3}", "tandartspraktijk.PatientRecalls": r"9[0-9]{3}",
    "physio_graz.tb_termine": r"8[0-9]{3}", "OPTIQUE.ORDO_CLIENTS": r"34[0-9]{3}",
    "ctms_site014.screening_log": r"9[0-9]-[0-9]{3}", "lis_campinas.hl7_orm_amostras": r"13[0-9]{3}-[0-9]{3}",
    "avis_emoteca.donatori": r"4[0-9]{4}", "hjemmetjenesten.besok": r"70[0-9]{2}",
    "kuulokeskus.asiakaskortit": r"3[0-9]{4}", "OPD.외래예약": r"[01][0-9]{4}",
    "ivf_athens.κύκλοι_θεραπείας": r"[0-9]{3} [0-9]{2}", "carepulse_api.consultations": r"[1-9][0-9]{5}",
    "vaxcentre_dbn.vaccination_register": r"[34][0-9]{3}",
    "CareHomeSys.ResidentRecords": r"(PH|KY|DD)[0-9]{1,2} [0-9][A-Z]{2}", "lumen_ndis.participants": r"2[0-9]{3}",
}


def test_when_a_column_is_labeled_postal_code_then_every_value_has_its_countrys_shape(built) -> None:
    codes = [(t, c) for t in built for c in t.columns if c.kind == "postal_code"]
    assert {t.name for t, _ in codes} == set(POSTAL)
    for table, column in codes:
        values = [str(x) for x in _real(column.values)]
        assert _misses(values, lambda x, p=POSTAL[table.name]: bool(re.fullmatch(p, x))) == 0, table.name


def test_when_a_column_is_labeled_email_then_every_value_is_an_address(built) -> None:
    mails = [c for c in _columns(built) if c.kind == "email"]
    assert len(mails) >= 12
    for column in mails:
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(re.fullmatch(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}",
                                                                      x))) == 0, column.name


def test_when_a_column_is_labeled_ip_address_then_every_value_is_an_address_and_both_versions_occur(built) -> None:
    versions = set()
    for column in (c for c in _columns(built) if c.kind == "ip_address"):
        values = [str(x) for x in _real(column.values)]
        assert values and _misses(values, lambda x: bool(ipaddress.ip_address(x))) == 0, column.name
        versions |= {ipaddress.ip_address(x).version for x in values}
    assert versions == {4, 6}


def test_when_a_column_is_labeled_date_of_birth_then_every_value_is_a_past_date(built) -> None:
    for column in (c for c in _columns(built) if c.kind == "date_of_birth"):
        values = _real(column.values)
        if column.sql_type == "VARCHAR":
            values = [date(int(str(x)[:4]), int(str(x)[4:6]), int(str(x)[6:])) for x in values]
        assert values and _misses(values, lambda d: date(1920, 1, 1) <= d <= date(2025, 12, 31)) == 0, column.name


def test_when_a_business_column_is_built_then_it_holds_no_private_value_of_its_table(built) -> None:
    for table in built:
        private = {str(x) for c in table.columns if c.kind != "none" for x in _real(c.values)}
        for column in (c for c in table.columns if "business" in c.tags):
            assert _hits([str(x) for x in _real(column.values)], lambda x, p=private: x in p) == 0, column.name


def test_when_free_text_is_built_then_it_varies_and_part_of_it_holds_numbers_or_addresses(built) -> None:
    texts = [(t, c) for t in built for c in t.columns if c.kind == "free_text"]
    assert len(texts) >= 16 and {t.name for t, _ in texts} == TABLES
    numbered = 0
    for table, column in texts:
        values = [str(x) for x in _real(column.values)]
        assert len(values) >= 15 and len(set(values)) >= 10, f"{table.name}.{column.name}"
        numbered += _hits(values, lambda x: len(_digits(x)) >= 8 or "@" in x) >= 3
    assert numbered >= 14


def test_when_the_value_modules_are_read_then_they_import_no_faker_and_no_earlier_set(built) -> None:
    for module in (heldout_v55, heldout_v55_values):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {f"{node.module}.{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names}
        assert not any("faker" in name.lower() for name in imported), module.__name__
        assert not any(name.startswith("governance_dagster") for name in imported), module.__name__
        earlier = {m.group(1) for name in imported for m in [re.search(r"heldout_v(\d+)", name)] if m}
        assert earlier <= {"2", "4", "55"}, module.__name__


def test_when_the_scorer_builds_set_v55_then_the_file_holds_every_table_with_its_rows(scored_file) -> None:
    built, path = scored_file
    with duckdb.connect(str(path), read_only=True) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            count = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
            assert count == len(table.columns[0].values), table.name
            names = [r[0] for r in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = ? AND table_name = ?"
                " ORDER BY ordinal_position", [schema, name]).fetchall()]
            assert names == [c.name for c in table.columns], table.name
    assert heldout_v55.summary(built).startswith(f"{len(built)} tables")
    assert heldout_v2_accuracy.SETS["v55"].DEFAULT_PATH == Path("/tmp/heldout_v55.duckdb")

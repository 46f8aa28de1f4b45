"""Specification of column classification from names, types and sampled values."""

from __future__ import annotations

import pandas as pd
import pytest

from governance_dagster.detect.classify import classify_column, classify_table
from governance_dagster.kinds import Kind
from governance_dagster.policy.models import Policy


@pytest.mark.parametrize(
    ("name", "dtype", "values", "kind"),
    [
        ("email", "VARCHAR", ["a@example.com", "b.c@mail.org"], Kind.EMAIL),
        ("contact", "VARCHAR", ["a@example.com", "b.c@mail.org"], Kind.EMAIL),
        ("customerName", "VARCHAR", ["Ann Lee", "Bo Ek"], Kind.PERSON_NAME),
        ("first_name", "VARCHAR", ["Ann", "Bo"], Kind.FIRST_NAME),
        ("Nachname", "VARCHAR", ["Meier", "Schulz"], Kind.LAST_NAME),
        ("ssn", "VARCHAR", ["123-45-6789", "219-09-9999"], Kind.SSN),
        ("field_3", "VARCHAR", ["536-22-1234", "412-67-8890", "287-44-1093"], Kind.SSN),
        ("col_a", "VARCHAR", ["DE89370400440532013000", "GB82WEST12345698765432"], Kind.IBAN),
        ("value_str", "VARCHAR", ["Kimberly Davis", "James Miller", "Ana Lopez"], Kind.PERSON_NAME),
        ("c7", "VARCHAR", ["12 Main Street", "7 Rue Victor Hugo", "40 Calle Mayor"], Kind.STREET_ADDRESS),
        ("src_addr", "VARCHAR", ["10.1.2.3", "192.168.0.7", "8.8.8.8"], Kind.IP_ADDRESS),
        ("CUST_NM", "VARCHAR", ["GONZALES, TRACEY"], Kind.PERSON_NAME),
        ("PSTL_CD", "VARCHAR", ["69044-9503"], Kind.POSTAL_CODE),
        ("custBirthDt", "VARCHAR", ["19720323"], Kind.DATE_OF_BIRTH),
        ("vorname", "VARCHAR", ["Patric"], Kind.FIRST_NAME),
        ("adresse_courriel", "VARCHAR", ["a@b.fr"], Kind.EMAIL),
        ("fecha_nacimiento", "DATE", ["1955-11-28"], Kind.DATE_OF_BIRTH),
        ("numero_securite_sociale", "VARCHAR", ["165110718669184"], Kind.SSN),
        ("dni", "VARCHAR", ["55525993Z"], Kind.NATIONAL_ID),
        ("mobile", "VARCHAR", ["(212) 555-0101", "+1 415 555 0199"], Kind.PHONE),
        ("street", "VARCHAR", ["1 Main St", "2 High St"], Kind.STREET_ADDRESS),
        ("zip", "VARCHAR", ["10001", "94107"], Kind.POSTAL_CODE),
        ("dob", "DATE", ["1980-01-01"], Kind.DATE_OF_BIRTH),
        ("notes", "VARCHAR", ["called twice about the late parcel"], Kind.FREE_TEXT),
        ("order_id", "BIGINT", [1, 2, 3], Kind.NONE),
        ("segment", "VARCHAR", ["gold", "silver"], Kind.NONE),
        ("card", "VARCHAR", ["4111 1111 1111 1111", "5500 0000 0000 0004"], Kind.CREDIT_CARD),
    ],
)
def test_when_a_column_is_classified_then_name_and_values_decide_its_kind(name, dtype, values, kind) -> None:
    assert classify_column(name, dtype, values).kind is kind


@pytest.mark.parametrize(
    ("name", "values"),
    [
        ("order_ref", ["555-201-3344", "555-201-9911"]),
        ("sku", ["536-22-1234", "412-67-8890"]),
        ("firmware_version", ["4.3.1.879", "10.2.3.4"]),
        ("gift_card_no", ["4111 1111 1111 1111"]),
        ("mail_class", ["express", "standard"]),
        ("address_type", ["pickup", "home"]),
        ("ip_rating", ["IP65", "IP67"]),
        ("product_name", ["Durable Speaker", "James Bottle"]),
        ("birthday_promo", ["true"]),
        ("message_id", ["ac92fb88-f099-4d83-99f3-58317c93b745"]),
    ],
)
def test_when_a_decoy_only_looks_like_personal_data_then_the_name_keeps_it_unmasked(name, values) -> None:
    assert classify_column(name, "VARCHAR", values).kind is Kind.NONE


def test_when_only_values_reveal_the_kind_then_the_evidence_says_how_many_matched() -> None:
    result = classify_column("col_a", "VARCHAR", ["a@example.com", "b@example.org", None])
    assert result.kind is Kind.EMAIL
    assert result.evidence == "100% of 2 sampled values are e-mail addresses"


def test_when_a_policy_rule_names_a_column_then_classification_is_overridden() -> None:
    policy = Policy.model_validate({"columns": [{"table": "main.t", "column": "email", "kind": "none"}]})
    frame = pd.DataFrame({"email": ["a@example.com"]})
    assert classify_table("main.t", {"email": "VARCHAR"}, frame, policy)["email"].kind is Kind.NONE


def test_when_classification_is_off_then_unnamed_columns_hold_no_personal_data() -> None:
    frame = pd.DataFrame({"email": ["a@example.com"]})
    result = classify_table("main.t", {"email": "VARCHAR"}, frame, Policy(classify=False))
    assert result["email"].kind is Kind.NONE


def test_evidence_never_carries_a_sampled_value() -> None:
    result = classify_column("contact", "VARCHAR", ["secret.person@example.com"] * 3)
    assert "secret.person" not in result.evidence


# -- names in many languages and styles ---------------------------------------------------------------------------

_FIRST = ["Anna", "Marco", "Sofia", "Lucas", "Emma", "Jan", "Eva", "Peter", "Maria", "Thomas"]
_LAST = ["Rossi", "Jansen", "Kowalski", "Andersson", "Nielsen", "Novak", "Yilmaz", "Dubois", "Garcia", "Weber"]
_PHONES = ["+39 06 6982 0000", "+31 20 624 1111", "+48 22 621 3000", "+46 8 402 9000", "+45 33 92 33 00",
           "+420 224 971 111", "+90 312 419 1000", "+33 1 42 68 53 00", "+34 913 00 00 00", "+49 30 901820"]
_EMAILS = [f"{f.lower()}.{l.lower()}@example.org" for f, l in zip(_FIRST, _LAST)]
_BIRTHS = ["1956-03-14", "1971-11-02", "1988-07-23", "1964-01-30", "1993-05-09", "1949-12-24", "1979-08-16",
           "2001-02-11", "1968-10-05", "1984-04-27"]
_STREETS = ["Via Roma 12", "Kalverstraat 92", "ul. Marszałkowska 10", "Drottninggatan 5", "Strøget 18",
            "Václavské náměstí 1", "Atatürk Bulvarı 21", "12 rue de Rivoli", "Calle Mayor 4", "Hauptstraße 7"]
_CITIES = ["Roma", "Amsterdam", "Warszawa", "Stockholm", "København", "Praha", "Ankara", "Paris", "Madrid", "Berlin"]


@pytest.mark.parametrize(
    ("name", "values", "kind"),
    [
        # English, snake / camel / Pascal / SCREAMING case and abbreviations
        ("given_name", _FIRST, Kind.FIRST_NAME), ("familyName", _LAST, Kind.LAST_NAME),
        ("CustomerFirstName", _FIRST, Kind.FIRST_NAME), ("CUST_LNAME", _LAST, Kind.LAST_NAME),
        ("cust_fnm", _FIRST, Kind.FIRST_NAME), ("ctc_ph", _PHONES, Kind.PHONE), ("addr_ln1", _STREETS, Kind.STREET_ADDRESS),
        # German, French, Spanish, Italian, Portuguese, Dutch
        ("Vorname", _FIRST, Kind.FIRST_NAME), ("Geburtsdatum", _BIRTHS, Kind.DATE_OF_BIRTH),
        ("prénom", _FIRST, Kind.FIRST_NAME), ("date_de_naissance", _BIRTHS, Kind.DATE_OF_BIRTH),
        ("apellidos", _LAST, Kind.LAST_NAME), ("correo_electronico", _EMAILS, Kind.EMAIL),
        ("cognome", _LAST, Kind.LAST_NAME), ("città", _CITIES, Kind.CITY), ("indirizzo", _STREETS, Kind.STREET_ADDRESS),
        ("sobrenome", _LAST, Kind.LAST_NAME), ("data_nascimento", _BIRTHS, Kind.DATE_OF_BIRTH),
        ("achternaam", _LAST, Kind.LAST_NAME), ("woonplaats", _CITIES, Kind.CITY), ("telefoonnummer", _PHONES, Kind.PHONE),
        # Polish, Swedish, Danish, Czech, Turkish
        ("nazwisko", _LAST, Kind.LAST_NAME), ("data_urodzenia", _BIRTHS, Kind.DATE_OF_BIRTH),
        ("efternamn", _LAST, Kind.LAST_NAME), ("fodelsedatum", _BIRTHS, Kind.DATE_OF_BIRTH),
        ("fornavn", _FIRST, Kind.FIRST_NAME), ("efternavn", _LAST, Kind.LAST_NAME),
        ("příjmení", _LAST, Kind.LAST_NAME), ("jméno", _FIRST, Kind.FIRST_NAME), ("mesto", _CITIES, Kind.CITY),
        ("soyadı", _LAST, Kind.LAST_NAME), ("doğum_tarihi", _BIRTHS, Kind.DATE_OF_BIRTH), ("şehir", _CITIES, Kind.CITY),
        # romanized Japanese, Japanese, Cyrillic and Greek scripts
        ("seinengappi", _BIRTHS, Kind.DATE_OF_BIRTH), ("denwa_bango", _PHONES, Kind.PHONE),
        ("氏名", [f"{f} {l}" for f, l in zip(_FIRST, _LAST)], Kind.PERSON_NAME), ("生年月日", _BIRTHS, Kind.DATE_OF_BIRTH),
        ("住所", _STREETS, Kind.STREET_ADDRESS), ("電話番号", _PHONES, Kind.PHONE),
        ("фамилия", _LAST, Kind.LAST_NAME), ("имя", _FIRST, Kind.FIRST_NAME), ("дата_рождения", _BIRTHS, Kind.DATE_OF_BIRTH),
        ("Επώνυμο", _LAST, Kind.LAST_NAME), ("Όνομα", _FIRST, Kind.FIRST_NAME), ("τηλέφωνο", _PHONES, Kind.PHONE),
    ],
)
def test_when_a_column_is_named_in_another_language_or_style_then_its_kind_is_found(name, values, kind) -> None:
    assert classify_column(name, "VARCHAR", values).kind is kind


# -- values under misleading or opaque names ----------------------------------------------------------------------

def _checked(module: str, length: int, count: int = 6) -> list[str]:
    """``count`` numbers that ``stdnum.<module>`` accepts, found among seeded random digit strings."""
    import importlib
    import random

    valid = importlib.import_module(f"stdnum.{module}").is_valid
    rng, found = random.Random(module), []
    while len(found) < count:
        candidate = str(rng.randrange(10 ** (length - 1), 10**length))
        if valid(candidate):
            found.append(candidate)
    return found


_IDS = {
    "codice fiscale": ["RSSMRA85T10A562S", "BNCLRD80A01H501C", "VRDGPP13R10B293P", "MNCFNC78E12F205W"],
    "BSN": _checked("nl.bsn", 9), "CPF": _checked("br.cpf", 11), "PESEL": _checked("pl.pesel", 11),
    "personnummer": _checked("se.personnummer", 10), "DNI": ["12345678Z", "55525993Z", "00000000T", "87654321X"],
    "TC kimlik": _checked("tr.tckimlik", 11), "Aadhaar": _checked("in_.aadhaar", 12),
    "SIN": _checked("ca.sin", 9), "Steuer-ID": _checked("de.idnr", 11),
}


@pytest.mark.parametrize("what", sorted(_IDS))
def test_when_national_ids_sit_under_an_opaque_name_then_their_checksums_find_them(what) -> None:
    found = classify_column("attr_x", "VARCHAR", _IDS[what])
    assert found.kind in (Kind.NATIONAL_ID, Kind.SSN) and "python-stdnum" in found.evidence


@pytest.mark.parametrize(
    ("name", "values", "kind"),
    [
        ("misc_1", _EMAILS, Kind.EMAIL),
        ("notes2", _PHONES, Kind.PHONE),
        ("code", _EMAILS, Kind.EMAIL),
        ("code", ["DE89370400440532013000", "GB82WEST12345698765432", "FR1420041010050500013M02606"], Kind.IBAN),
        ("c3", [f"{f} {l}" for f, l in zip(_FIRST, _LAST)], Kind.PERSON_NAME),
        ("col17", _STREETS, Kind.STREET_ADDRESS),
        ("field_b", _CITIES, Kind.CITY),
        ("x_9", _BIRTHS, Kind.DATE_OF_BIRTH),
        ("src_crm_col17", ["04/03/1961", "22/11/1975", "13/07/1990", "30/01/1948", "09/09/1983", "17/05/1969"],
         Kind.DATE_OF_BIRTH),
    ],
)
def test_when_personal_data_hides_under_a_misleading_name_then_the_values_find_it(name, values, kind) -> None:
    assert classify_column(name, "VARCHAR", values).kind is kind


def test_when_a_sensitive_column_is_mostly_null_then_it_is_still_found() -> None:
    assert classify_column("attr_y", "VARCHAR", [None] * 95 + _EMAILS[:5]).kind is Kind.EMAIL
    assert classify_column("vorname", "VARCHAR", [None] * 98 + _FIRST[:2]).kind is Kind.FIRST_NAME


# -- precision: what is not personal data -------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("name", "values"),
    [
        ("order_number", [f"ORD-{100000 + 7 * i}" for i in range(40)]),
        ("ref", [f"{4711000 + 13 * i}" for i in range(40)]),
        ("sku", [f"SKU-{i:05d}-B" for i in range(40)]),
        ("tracking", [f"1Z999AA1{i:010d}" for i in range(40)]),
        ("misc_2", [f"1Z999AA1{i:010d}" for i in range(40)]),
        ("product", ["Ergonomic Steel Chair", "Rustic Wooden Table", "Sleek Cotton Lamp"] * 10),
        ("company_name", ["Acme Holdings", "Garcia-Wilson LLC", "Müller GmbH"]),
        ("event_ts", [f"2024-0{1 + i % 9}-1{i % 9} 1{i % 9}:3{i % 6}:00" for i in range(40)]),
        ("contract_date", [f"20{10 + i % 14}-0{1 + i % 9}-1{i % 9}" for i in range(40)]),
        ("attr_h", [f"{i:064x}" for i in range(40)]),
        ("location", [f"{45 + i / 100:.5f}, {7 + i / 100:.5f}" for i in range(40)]),
        ("build", [f"{i % 4}.{i % 10}.{i}" for i in range(40)]),
        ("p_channel_email", ["Y", "N"] * 30),
        ("d_day_name", ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] * 6),
        ("d_quarter_name", ["2001Q1", "2001Q2", "2001Q3", "2001Q4"] * 10),
        ("country", ["Deutschland", "France", "España", "Italia", "Nederland"] * 8),
    ],
)
def test_when_a_decoy_is_shaped_like_data_then_it_is_not_personal(name, values) -> None:
    found = classify_column(name, "VARCHAR", values)
    assert (found.kind, found.state) == (Kind.NONE, "not_personal"), found.evidence


@pytest.mark.parametrize(
    "name", ["ca_address_sk", "c_current_addr_sk", "ss_addr_sk", "ws_bill_addr_sk", "c_first_shipto_date_sk",
             "customer_id", "first_name_id", "email_key", "phone_count"],
)
def test_when_integer_keys_have_personal_sounding_names_then_they_are_not_personal(name) -> None:
    assert classify_column(name, "BIGINT", list(range(1, 200))).kind is Kind.NONE


@pytest.mark.parametrize(
    ("name", "dtype", "values"),
    [
        ("c_birth_day", "INTEGER", [1, 17, 28, 9, 31]),
        ("c_birth_month", "INTEGER", [1, 12, 7, 3]),
        ("c_birth_year", "INTEGER", [1956, 1971, 1988, 1990]),
        ("geb_datum", "BIGINT", [19840312, 19561103, 19710722, 19930509]),
        ("ca_suite_number", "VARCHAR", ["Suite 40", "Suite 110", "Apt. 9", "Suite 7"]),
        ("ca_county", "VARCHAR", ["Williamson County", "Ziebach County", "Walker County"]),
    ],
)
def test_when_birth_dates_are_split_or_address_parts_are_minor_then_they_are_still_personal(name, dtype, values) -> None:
    assert classify_column(name, dtype, values).state == "personal"


def test_when_a_store_table_holds_an_address_then_it_is_a_business_address_not_a_persons() -> None:
    columns = {"s_store_sk": "INTEGER", "s_store_name": "VARCHAR", "s_street_name": "VARCHAR", "s_city": "VARCHAR",
               "s_zip": "VARCHAR", "s_manager": "VARCHAR"}
    frame = pd.DataFrame({"s_store_sk": [1, 2], "s_store_name": ["ought", "able"], "s_street_name": ["Main", "Oak"],
                          "s_city": ["Midway", "Fairview"], "s_zip": ["31904", "35709"],
                          "s_manager": ["William Ward", "Scott Smith"]})
    store = classify_table("main.store", columns, frame, Policy())
    assert {c: store[c].kind for c in ("s_street_name", "s_city", "s_zip")} == dict.fromkeys(
        ("s_street_name", "s_city", "s_zip"), Kind.NONE)
    assert store["s_manager"].kind is Kind.PERSON_NAME  # the manager is a person, wherever they work
    customer = classify_table("main.customer_address", {"ca_city": "VARCHAR", "ca_zip": "VARCHAR"},
                              pd.DataFrame({"ca_city": ["Midway"], "ca_zip": ["31904"]}), Policy())
    assert (customer["ca_city"].kind, customer["ca_zip"].kind) == (Kind.CITY, Kind.POSTAL_CODE)


_BERLIN = ["10115", "10117", "10119", "10178", "10179", "10243", "10245", "10247", "10249", "10315", "10317", "10318",
           "10319", "10365", "10367", "10369", "10405", "10407", "10409", "10435"]


def test_when_postal_codes_sit_under_an_opaque_name_beside_a_city_then_they_are_found() -> None:
    frame = pd.DataFrame({"ort": _CITIES * 4, "f2": _BERLIN * 2})
    result = classify_table("crm.kunden", {"ort": "VARCHAR", "f2": "VARCHAR"}, frame, Policy())
    assert result["f2"].kind is Kind.POSTAL_CODE
    alone = classify_table("crm.kunden", {"f2": "VARCHAR"}, frame[["f2"]], Policy())
    assert alone["f2"].kind is Kind.NONE  # five digits alone are any number


@pytest.mark.parametrize("codes", [
    [f"{10115 + 37 * i}" for i in range(40)],  # a run of keys a system numbered
    ["017"] * 40,  # one value in every row
    [f"{(i * 7) % 5:03d}" for i in range(40)],  # a handful of codes (000-004)
    [f"{2226642 + i * 7919 % 999983:07d}-{i % 10}" for i in range(40)],  # account numbers, one per row
])
def test_when_codes_beside_a_city_are_constant_a_run_or_unique_numbers_then_they_are_no_postal_codes(codes) -> None:
    frame = pd.DataFrame({"ort": _CITIES * 4, "f2": codes})
    assert classify_table("crm.kunden", {"ort": "VARCHAR", "f2": "VARCHAR"}, frame, Policy())["f2"].kind is Kind.NONE


# -- review: neither confidently personal nor confidently not ---------------------------------------------------

_UNSURE = ["Plan B", "Crate 7 blue", "Ask again later", "under the stairs", "Flux Capacitor", "otherwise fine"]


def test_when_text_is_neither_confidently_personal_nor_not_then_it_is_masked_for_review_by_default() -> None:
    frame = pd.DataFrame({"misc_1": _UNSURE})
    found = classify_table("main.t", {"misc_1": "VARCHAR"}, frame, Policy())["misc_1"]
    assert (found.kind, found.state) == (Kind.UNCLASSIFIED, "review")
    assert Policy().operator_for("main.t", "misc_1", found.kind).operator == "hash"
    allowed = classify_table("main.t", {"misc_1": "VARCHAR"}, frame, Policy(unclassified="allow"))["misc_1"]
    assert (allowed.kind, allowed.state) == (Kind.NONE, "review")


def test_when_a_reviewer_pins_a_decision_then_it_holds_until_the_values_change_kind() -> None:
    found = classify_table("main.t", {"misc_1": "VARCHAR"}, pd.DataFrame({"misc_1": _UNSURE}), Policy())["misc_1"]
    pinned = Policy.model_validate({"columns": [
        {"table": "main.t", "column": "misc_1", "kind": "none", "values": found.values_kind}]})
    same = classify_table("main.t", {"misc_1": "VARCHAR"}, pd.DataFrame({"misc_1": _UNSURE[::-1]}), pinned)
    assert (same["misc_1"].kind, same["misc_1"].state) == (Kind.NONE, "not_personal")
    changed = classify_table("main.t", {"misc_1": "VARCHAR"}, pd.DataFrame({"misc_1": _EMAILS}), pinned)["misc_1"]
    assert (changed.kind, changed.state) == (Kind.UNCLASSIFIED, "review")
    assert "now show email" in changed.evidence and "example.org" not in changed.evidence


@pytest.mark.parametrize(
    ("table", "column", "values"),
    [
        ("main.part", "p_name", ["goldenrod lavender spring chocolate lace", "blush thistle blue yellow saddle"] * 20),
        ("main.customer", "c_name", [f"Customer#{i:09d}" for i in range(40)]),  # a record code, not a name
        ("main.promotion", "p_promo_name", ["ought", "able", "anti", "eing"] * 10),
        ("main.call_center", "cc_name", ["NY Metro", "Mid Atlantic", "North Midwest"] * 10),
    ],
)
def test_when_a_name_column_names_a_thing_or_holds_codes_then_it_is_not_personal(table, column, values) -> None:
    prefix = column.split("_")[0]
    columns = {f"{prefix}_key": "BIGINT", column: "VARCHAR", f"{prefix}_comment": "VARCHAR"}
    frame = pd.DataFrame({f"{prefix}_key": range(len(values)), column: values, f"{prefix}_comment": values})
    assert classify_table(table, columns, frame, Policy())[column].kind is Kind.NONE


# -- vocabulary per category and language (issue 13, second round) ------------------------------------------------

_TURKISH_MOBILES = ["0532 123 45 67", "0544 765 43 21", "0505 222 33 44", "0530 987 65 43", "0555 111 22 33"]
_OWN_NAMES = ["Kowalczyk", "Øverland", "Nørgaard", "Brambilla", "Yılmaz", "Dvořák", "Esposito", "Lindqvist"]


@pytest.mark.parametrize(
    ("name", "dtype", "values"),
    [
        ("dia_nacimiento", "INTEGER", [3, 17, 28, 9, 31]), ("mes_nacimiento", "INTEGER", [1, 6, 12, 3, 9]),
        ("ano_nacimiento", "INTEGER", [1951, 1978, 1990, 1966, 2001]), ("dzien_urodzenia", "INTEGER", [4, 19, 30]),
        ("rok_urodzenia", "VARCHAR", ["1962", "1985", "1999", "1947"]), ("fodselsaar", "INTEGER", [1955, 1980, 1993]),
        ("fødselsår", "INTEGER", [1955, 1980, 1993]), ("dogumYili", "INTEGER", [1971, 1988, 1959]),
        ("jourNaissance", "VARCHAR", ["02", "15", "27", "08"]), ("Geburtsmonat", "INTEGER", [2, 7, 11, 5]),
        ("datum_narozeni_klienta", "VARCHAR", ["4. 7. 1961", "23. 11. 1984", "9. 2. 1997", "30. 5. 1973"]),
    ],
)
def test_when_a_birth_date_is_split_into_numbered_parts_in_any_language_then_each_part_is_a_date_of_birth(
        name, dtype, values) -> None:
    assert classify_column(name, dtype, values).kind is Kind.DATE_OF_BIRTH


@pytest.mark.parametrize(
    ("name", "dtype", "values"),
    [
        ("huisnr", "INTEGER", [12, 4, 117, 33]), ("hsnr", "VARCHAR", ["12a", "4", "117", "33b"]),
        ("numero_civico", "INTEGER", [1, 45, 210]), ("kapiNo", "INTEGER", [3, 18, 7]),
        ("nr_mieszkania", "INTEGER", [2, 14, 56]), ("cislo_popisne", "INTEGER", [1204, 87, 15]),
    ],
)
def test_when_a_house_or_flat_number_is_named_in_any_language_then_it_is_part_of_a_street_address(
        name, dtype, values) -> None:
    assert classify_column(name, dtype, values).kind is Kind.STREET_ADDRESS


@pytest.mark.parametrize(
    ("name", "values", "kind"),
    [
        ("kodPocztowy", ["00-950", "31-123", "80-001"], Kind.POSTAL_CODE),
        ("codigoPostal", ["28013", "08001", "46002"], Kind.POSTAL_CODE),
        ("posta_kodu_musteri", ["34710", "06420", "35210"], Kind.POSTAL_CODE),
        ("ταχυδρομικός_κώδικας_πελάτη", ["10431", "54624", "26221"], Kind.POSTAL_CODE),
        ("cep_no", _TURKISH_MOBILES, Kind.PHONE), ("cepTelefonu", _TURKISH_MOBILES, Kind.PHONE),
        ("handynummer", ["0151 23456789", "0170 9876543", "0176 12345678"], Kind.PHONE),
        ("keitai_bango", ["090-1234-5678", "080-9876-5432", "070-1111-2222"], Kind.PHONE),
        ("мобильный_телефон", ["+7 912 345-67-89", "+7 903 111-22-33", "+7 926 765-43-21"], Kind.PHONE),
    ],
)
def test_when_a_postal_code_or_phone_is_named_in_any_language_then_the_name_and_values_agree(name, values, kind) -> None:
    assert classify_column(name, "VARCHAR", values).kind is kind


def test_when_a_column_named_postal_code_holds_valid_phones_fitting_no_postal_format_then_they_are_phones() -> None:
    phones = ["+49 30 901820", "+33 1 42 68 53 00", "+44 20 7946 0958", "+39 06 6982 1234"]
    assert classify_column("zip", "VARCHAR", phones).kind is Kind.PHONE
    assert classify_column("zip", "VARCHAR", ["10115", "80331", "20095"]).kind is Kind.POSTAL_CODE


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("cognome_paziente", Kind.LAST_NAME), ("efternavn_kunde", Kind.LAST_NAME), ("soyadi", Kind.LAST_NAME),
        ("medico_curante", Kind.PERSON_NAME), ("huisarts", Kind.PERSON_NAME), ("отчество_клиента", Kind.FIRST_NAME),
        ("ad", Kind.FIRST_NAME), ("via_residenza", Kind.STREET_ADDRESS), ("postort", Kind.CITY),
    ],
)
def test_when_the_name_says_a_person_or_place_then_values_outside_the_census_lists_still_classify(name, kind) -> None:
    values = _OWN_NAMES if kind is not Kind.STREET_ADDRESS else ["Manin", "Garibaldi", "dei Mille", "Cavour"]
    assert classify_column(name, "VARCHAR", values).kind is kind


@pytest.mark.parametrize(
    "name", ["ragione_sociale", "firmenname", "Betreiber_Name", "produktnavn", "企業名", "название_компании",
             "nazev_vyrobce", "provincia_cliente", "todofuken_mei"],
)
def test_when_a_name_column_names_a_company_product_or_region_then_it_is_not_a_person(name) -> None:
    assert classify_column(name, "VARCHAR", _OWN_NAMES).kind is Kind.NONE


@pytest.mark.parametrize("name", ["data_inizio", "kundeSeit", "contract_start", "in_dienst_seit", "fecha_alta",
                                  "MitgliedSeit", "ingangsdatum_contract"])
def test_when_a_date_column_is_a_start_or_since_date_then_it_is_not_a_date_of_birth(name) -> None:
    assert classify_column(name, "DATE", _BIRTHS).kind is Kind.NONE


def test_when_a_bare_day_and_month_sit_beside_a_birth_year_then_they_are_judged_as_parts_of_the_birth_date() -> None:
    frame = pd.DataFrame({"dag": [3, 17, 28, 9], "maand": [1, 6, 12, 3], "geboortejaar": [1961, 1984, 1990, 1975],
                          "aantal": [3, 17, 28, 9]})
    columns = {c: "INTEGER" for c in frame.columns}
    result = classify_table("main.leden", columns, frame, Policy())
    assert {c: r.kind for c, r in result.items()} == {
        "dag": Kind.DATE_OF_BIRTH, "maand": Kind.DATE_OF_BIRTH, "geboortejaar": Kind.DATE_OF_BIRTH, "aantal": Kind.NONE}
    alone = classify_table("main.stats", {"dag": "INTEGER", "maand": "INTEGER"}, frame[["dag", "maand"]], Policy())
    assert {r.kind for r in alone.values()} == {Kind.NONE}


@pytest.mark.parametrize("name, kind", [("full_name", Kind.PERSON_NAME), ("city", Kind.CITY), ("surname", Kind.LAST_NAME)])
def test_when_a_name_column_holds_keyed_digests_then_it_keeps_its_kind_as_pseudonymised_personal_data(name, kind) -> None:
    import hashlib

    digests = [hashlib.sha256(f"value {i}".encode()).hexdigest() for i in range(50)]
    found = classify_column(name, "VARCHAR", digests)
    assert (found.kind, found.state) == (kind, "personal") and "digests" in found.evidence


def test_when_a_column_without_a_personal_name_holds_digests_then_it_is_not_personal() -> None:
    import hashlib

    found = classify_column("file_checksum", "VARCHAR", [hashlib.sha256(str(i).encode()).hexdigest() for i in range(50)])
    assert found.kind is Kind.NONE


@pytest.mark.parametrize("values", [[""] * 20, [None] * 20, ["*****6789", "*****1234"], ["<REDACTED>"] * 5],
                         ids=["redacted", "all-null", "masked", "replaced"])
def test_when_a_personal_name_column_holds_only_masking_output_then_it_keeps_its_kind(values) -> None:
    assert classify_column("ssn", "VARCHAR", values).kind is Kind.SSN


# -- issue 13, v3 round: names in every EU language and beyond, values over names, business contacts -----------

@pytest.mark.parametrize(
    ("name", "values", "kind"),
    [
        # given, family, middle and full names; a person by role; a name's reading
        ("utonev", ["Anna", "Jan"], Kind.FIRST_NAME),
        ("eesnimi", ["Anna", "Jan"], Kind.FIRST_NAME),
        ("vardas", ["Anna", "Jan"], Kind.FIRST_NAME),
        ("krstne_meno", ["Anna", "Jan"], Kind.FIRST_NAME),
        ("vezeteknev", ["Rossi", "Novak"], Kind.LAST_NAME),
        ("perekonnanimi", ["Rossi", "Novak"], Kind.LAST_NAME),
        ("uzvards", ["Rossi", "Novak"], Kind.LAST_NAME),
        ("pavarde", ["Rossi", "Novak"], Kind.LAST_NAME),
        ("priezvisko", ["Rossi", "Novak"], Kind.LAST_NAME),
        ("priimek", ["Rossi", "Novak"], Kind.LAST_NAME),
        ("sloinne", ["Rossi", "Novak"], Kind.LAST_NAME),
        ("kunjom", ["Rossi", "Novak"], Kind.LAST_NAME),
        ("eftirnafn", ["Rossi", "Novak"], Kind.LAST_NAME),
        ("прізвище", ["Rossi", "Novak"], Kind.LAST_NAME),
        ("mellomnavn", ["Anna", "Jan"], Kind.FIRST_NAME),
        ("middle_name", ["Anna", "Jan"], Kind.FIRST_NAME),
        ("teljes_nev", ["Anna Rossi", "Jan Novak"], Kind.PERSON_NAME),
        ("puno_ime", ["Anna Rossi", "Jan Novak"], Kind.PERSON_NAME),
        ("nama_lengkap", ["Anna Rossi", "Jan Novak"], Kind.PERSON_NAME),
        ("xingming", ["Anna Rossi", "Jan Novak"], Kind.PERSON_NAME),
        ("성명", ["김민수", "이지은"], Kind.PERSON_NAME),
        ("姓名", ["王伟", "李娜"], Kind.PERSON_NAME),
        ("furigana", ["ヤマダ タロウ", "スズキ ハナコ"], Kind.PERSON_NAME),
        ("allekirjoittanut", ["Anna Rossi", "Jan Novak"], Kind.PERSON_NAME),
        ("vastaanottaja_nimi", ["Anna Rossi", "Jan Novak"], Kind.PERSON_NAME),
        ("Empfänger", ["Anna Rossi", "Jan Novak"], Kind.PERSON_NAME),
        ("orvos_neve", ["Anna Rossi", "Jan Novak"], Kind.PERSON_NAME),
        ("gydytojas", ["Anna Rossi", "Jan Novak"], Kind.PERSON_NAME),
        ("esimies", ["Anna Rossi", "Jan Novak"], Kind.PERSON_NAME),
        # contacts and addresses
        ("matkapuhelin", ["+358 40 1234567", "+358 50 7654321"], Kind.PHONE),
        ("电话", ["+86 10 1234 5678", "+86 21 8765 4321"], Kind.PHONE),
        ("휴대폰번호", ["+82 10-1234-5678", "+82 10-8765-4321"], Kind.PHONE),
        ("رقم_الهاتف", ["+971 4 123 4567", "+971 4 765 4321"], Kind.PHONE),
        ("sahkopostiosoite", ["a@example.fi", "b@example.fi"], Kind.EMAIL),
        ("이메일", ["a@example.kr", "b@example.kr"], Kind.EMAIL),
        ("katuosoite", ["Mannerheimintie 5", "Hämeenkatu 12"], Kind.STREET_ADDRESS),
        ("地址", ["朝阳区建国路 88号", "浦东新区世纪大道 100号"], Kind.STREET_ADDRESS),
        ("כתובת_מגורים", ["Herzl 12", "Dizengoff 50"], Kind.STREET_ADDRESS),
        ("iela", ["Brīvības iela 12", "Elizabetes iela 5"], Kind.STREET_ADDRESS),
        ("hazszam", ["12", "7"], Kind.STREET_ADDRESS),
        ("talonumero", ["12", "7"], Kind.STREET_ADDRESS),
        ("postiindeks", ["10115", "51004"], Kind.POSTAL_CODE),
        ("邮政编码", ["100020", "200120"], Kind.POSTAL_CODE),
        ("поштовий_індекс", ["01001", "79000"], Kind.POSTAL_CODE),
        ("kodepos", ["10110", "40115"], Kind.POSTAL_CODE),
        ("varos", ["Szeged", "Pécs"], Kind.CITY),
        ("oras", ["Cluj-Napoca", "Iași"], Kind.CITY),
        ("miestas", ["Kaunas", "Vilnius"], Kind.CITY),
        ("kotikunta", ["Tampere", "Oulu"], Kind.CITY),
        ("місто", ["Київ", "Львів"], Kind.CITY),
        # births and identity numbers
        ("sunniaeg", ["1971-11-02", "1988-07-23", "1956-03-14"], Kind.DATE_OF_BIRTH),
        ("datum_rodenja", ["1971-11-02", "1988-07-23", "1956-03-14"], Kind.DATE_OF_BIRTH),
        ("data_nasterii", ["1971-11-02", "1988-07-23", "1956-03-14"], Kind.DATE_OF_BIRTH),
        ("tanggal_lahir", ["1971-11-02", "1988-07-23", "1956-03-14"], Kind.DATE_OF_BIRTH),
        ("出生日期", ["1971年11月02日", "1988年07月23日", "1956年03月14日"], Kind.DATE_OF_BIRTH),
        ("faedingardagur", ["1971.11.02", "1988.07.23", "1956.03.14"], Kind.DATE_OF_BIRTH),
    ],
)
def test_when_a_column_is_named_in_any_eu_or_asian_language_then_its_kind_is_found(name, values, kind) -> None:
    assert classify_column(name, "VARCHAR", values).kind is kind


@pytest.mark.parametrize(
    ("name", "values", "kind"),
    [
        ("imie", ["Ana Lima", "Rui de Sousa", "Eva Maria Costa", "Paulo Reis"], Kind.PERSON_NAME),
        ("cliente_nome", ["Ana Lima", "Rui de Sousa", "Eva Maria Costa", "Paulo Reis"], Kind.PERSON_NAME),
        ("imie", ["Ana", "Rui", "Eva Maria", "Paulo"], Kind.FIRST_NAME),
        # two family names are a last name, not a full name
        ("apellidos", ["Lima Costa", "Sousa Melo", "Pires Rocha", "Reis Vaz"], Kind.LAST_NAME),
    ],
)
def test_when_a_first_or_last_name_column_holds_full_names_then_it_is_a_person_name(name, values, kind) -> None:
    assert classify_column(name, "VARCHAR", values).kind is kind


def _devices() -> dict[str, list[str]]:
    from stdnum import luhn

    imeis = [body + luhn.calc_check_digit(body) for body in (f"35{n:012d}" for n in range(4_410_000, 4_410_060))]
    iccids = [body + luhn.calc_check_digit(body) for body in (f"8946{n:014d}" for n in range(7_700_000, 7_700_060))]
    return {"imei": imeis, "iccid": iccids}


@pytest.mark.parametrize("what", ["imei", "iccid"])
def test_when_values_are_device_ids_then_they_are_not_national_ids(what) -> None:
    found = classify_column("geraet_kennung", "VARCHAR", _devices()[what])
    assert found.kind not in (Kind.NATIONAL_ID, Kind.SSN)


@pytest.mark.parametrize("name", ["passport_scan_sha1", "personalausweis_md5", "id_card_digest"])
def test_when_an_id_sounding_name_holds_a_file_digest_then_it_is_not_a_national_id(name) -> None:
    import hashlib

    digests = [hashlib.sha1(f"scan {i}".encode()).hexdigest() for i in range(40)]
    assert classify_column(name, "VARCHAR", digests).kind is Kind.NONE


def _se_mobiles_passing_cpr(count: int = 40) -> list[str]:
    """Swedish mobile numbers written nationally (070-123 45 67) whose digits also pass the Danish CPR check."""
    import phonenumbers
    from stdnum.dk import cpr

    found = []
    for n in range(1_000_000, 10_000_000, 7):
        digits = f"070{n:07d}"
        if cpr.is_valid(digits) and phonenumbers.is_valid_number(phonenumbers.parse(digits, "SE")):
            found.append(f"{digits[:3]}-{digits[3:6]} {digits[6:8]} {digits[8:]}")
            if len(found) == count:
                return found
    raise AssertionError("no such numbers")


def test_when_phones_of_the_tables_country_pass_an_id_checksum_then_they_are_phones_not_ids() -> None:
    phones = _se_mobiles_passing_cpr()
    frame = pd.DataFrame({"kund_id": range(40), "mobil": phones, "ordernummer": [_digits(p) for p in phones],
                          "land": ["Sverige"] * 40})
    columns = {"kund_id": "INTEGER", "mobil": "VARCHAR", "ordernummer": "VARCHAR", "land": "VARCHAR"}
    result = classify_table("main.kunder", columns, frame, Policy())
    assert result["mobil"].kind is Kind.PHONE
    assert result["ordernummer"].kind is Kind.NONE  # an order reference shaped like the table's phones


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


@pytest.mark.parametrize(
    ("name", "values"),
    [
        ("varasto_puhelin", ["+358 9 1234567", "+358 9 7654321"]),
        ("filiaal_postcode", ["1012 AB", "3511 CD"]),
        ("sucursal_ciudad", ["Sevilla", "Bilbao"]),
        ("werkgever_telefoon", ["+31 20 624 1111", "+31 10 555 0000"]),
        ("arbeitgeber_ort", ["Graz", "Linz"]),
    ],
)
def test_when_a_contact_column_names_a_business_in_any_language_then_it_is_not_personal(name, values) -> None:
    assert classify_column(name, "VARCHAR", values).kind is Kind.NONE


def test_when_the_same_few_phone_numbers_repeat_across_rows_then_they_are_a_business_contact() -> None:
    shared = ["+43 1 5870000", "+43 316 801000", "+43 732 7720"] * 40
    assert classify_column("kontakt_telefon", "VARCHAR", shared).kind is Kind.NONE
    own = [f"+43 664 {n:07d}" for n in range(1_234_000, 1_234_120)]
    assert classify_column("kontakt_telefon", "VARCHAR", own).kind is Kind.PHONE


_ADULT_BIRTHS = [19560314, 19711102, 19880723, 19640130, 19930509, 19491224, 19790816, 19850402, 19670919, 19990611]


@pytest.mark.parametrize(
    ("table", "people", "kind", "state"),
    [("main.abonnes", True, Kind.DATE_OF_BIRTH, "personal"), ("main.sensor_readings", False, Kind.UNCLASSIFIED, "review")],
)
def test_when_an_unknown_name_holds_birth_like_dates_then_it_is_never_left_unmasked(table, people, kind, state) -> None:
    frame = pd.DataFrame({"f_17": _ADULT_BIRTHS * 4, "f_18": [f"x{i}" for i in range(40)]})
    columns = {"f_17": "INTEGER", "f_18": "VARCHAR"}
    if people:
        frame["prenom"] = ["Anna", "Jan", "Eva", "Marco"] * 10
        columns["prenom"] = "VARCHAR"
    found = classify_table(table, columns, frame, Policy())["f_17"]
    assert (found.kind, found.state) == (kind, state)


@pytest.mark.parametrize(
    ("years", "kind"),
    [(list(range(1941, 2001, 2)), Kind.DATE_OF_BIRTH), (list(range(2021, 2026)) * 6, Kind.NONE)],
    ids=["birth-years", "recent-years"],
)
def test_when_day_month_year_siblings_share_a_stem_then_years_of_births_make_them_birth_date_parts(years, kind) -> None:
    n = len(years)
    frame = pd.DataFrame({"rod_dan": [(i % 28) + 1 for i in range(n)], "rod_mjesec": [(i % 12) + 1 for i in range(n)],
                          "rod_godina": years})
    result = classify_table("main.osobe", {c: "SMALLINT" for c in frame.columns}, frame, Policy())
    assert {r.kind for r in result.values()} == {kind}


def test_when_codes_fit_a_countrys_postal_format_beside_a_place_column_then_they_are_postal_codes() -> None:
    codes = [f"{a:02d}-{b:03d}" for a, b in zip(range(10, 50), range(100, 900, 20))]
    beside = pd.DataFrame({"k7": codes, "miejscowosc": ["Kraków", "Gdańsk", "Poznań", "Łódź"] * 10})
    found = classify_table("main.t", {"k7": "VARCHAR", "miejscowosc": "VARCHAR"}, beside, Policy())
    assert found["k7"].kind is Kind.POSTAL_CODE
    alone = classify_table("main.t", {"k7": "VARCHAR"}, beside[["k7"]], Policy())
    assert alone["k7"].kind is not Kind.POSTAL_CODE


def test_when_a_table_context_is_shown_then_the_names_it_read_from_the_sample_are_not() -> None:
    from governance_dagster.detect.classify import TableContext

    context = TableContext(table=True, given_names=frozenset({"zebulon"}), family_names=frozenset({"quixotefeather"}),
                           people_words=frozenset({"zebulon", "quixotefeather"}))
    assert "zebulon" not in repr(context) and "quixotefeather" not in repr(context) and "table=True" in repr(context)

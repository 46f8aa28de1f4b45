"""Specification of the evidence that holds whatever a column is called (governance_dagster.detect.classify): phones
that carry a country code, dates of birth in another calendar or with month names in another language, a few
people's names repeated across rows, lexicon values under a misleading name, and the businesses a person's row names
(a body shop, a school, a creditor), whose contacts and numbers are not the person's."""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta

import pandas as pd
import phonenumbers
import pytest
from stdnum import luhn
from stdnum.ar import cuit
from stdnum.de import idnr
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.se import personnummer

from governance_dagster.detect.classify import Classification, TableContext, classify_column, classify_table
from governance_dagster.detect.names import kind_from_name, table_prefix
from governance_dagster.detect.values import parse_dates, unprefixed_phone_share
from governance_dagster.kinds import Kind
from governance_dagster.policy.models import Policy

_RND = random.Random(19)
ROWS = 400


def _swedish_mobiles(count: int, plus: bool) -> list[str]:
    """Swedish mobiles (+46 70x xxx xx xx) in E.164, with or without the ``+``."""
    return [f"{'+' if plus else ''}4670{_RND.randrange(10**7):07d}" for _ in range(count)]


def _birth_dates(count: int) -> list[date]:
    return [date(1940, 1, 1) + timedelta(days=_RND.randrange(60 * 365)) for _ in range(count)]


def _kinds(table: str, columns: dict[str, list]) -> dict[str, Kind]:
    frame = pd.DataFrame(columns)
    return {c: r.kind for c, r in classify_table(table, {c: "VARCHAR" for c in columns}, frame, Policy()).items()}


@pytest.mark.parametrize(
    ("name", "plus"),
    [("a_nr", False), ("b_nr", True), ("celularAr", True), ("src_crm_col11", False), ("yolcu_cep", False)],
)
def test_when_values_are_phones_with_a_country_code_then_they_are_phones_whatever_the_name_says(name, plus) -> None:
    assert classify_column(name, "VARCHAR", _swedish_mobiles(ROWS, plus)).kind is Kind.PHONE


@pytest.mark.parametrize(
    ("name", "values"),
    [
        ("order_nr", [str(46_700_000_000 + i) for i in range(ROWS)]),  # a run of keys with a phone-like prefix
        ("tracking_nr", [str(_RND.randrange(10**11, 10**12)) for _ in range(ROWS)]),  # random 12-digit numbers
        ("a_nr", [str(_RND.randrange(10**9, 10**10)) for _ in range(ROWS)]),
    ],
)
def test_when_bare_digit_strings_are_keys_or_random_numbers_then_they_are_not_phones(name, values) -> None:
    assert unprefixed_phone_share(values) < 0.9
    assert classify_column(name, "VARCHAR", values).kind is Kind.NONE


def test_when_a_large_sample_holds_many_distinct_phones_then_they_are_a_persons_not_a_business_contact() -> None:
    # more distinct numbers than the classifier reads values of: the repeat test counts them all
    phones = [f"0{_RND.choice(['501', '505', '532'])} {_RND.randrange(1000):03d} {_RND.randrange(100):02d} "
              f"{_RND.randrange(100):02d}" for _ in range(2600)]
    assert classify_column("surucu_telefon", "VARCHAR", phones).kind is Kind.PHONE
    assert classify_column("surucu_telefon", "VARCHAR", [phones[i % 5] for i in range(2600)]).kind is Kind.NONE


@pytest.mark.parametrize(
    ("name", "write"),
    [
        ("วันเกิด", lambda d: f"{d.day:02d}/{d.month:02d}/{d.year + 543}"),  # Thai Buddhist era
        ("tanggalLahir", lambda d: f"{d.day} {['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'][d.month - 1]} {d.year}"),
        ("fecha_nac", lambda d: f"{d.day} de {['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'][d.month - 1]} de {d.year}"),
    ],
)
def test_when_birth_dates_are_written_in_another_calendar_or_language_then_they_are_dates_of_birth(name, write):
    dates = _birth_dates(ROWS)
    parsed = parse_dates([write(d) for d in dates])
    # every date read is the one written (29 February of a leap year is no date in its Buddhist-era year: unread)
    assert parsed is not None and set(parsed) <= set(dates) and len(parsed) >= 0.99 * len(dates)
    assert classify_column(name, "VARCHAR", [write(d) for d in dates]).kind is Kind.DATE_OF_BIRTH


def test_when_event_dates_are_written_with_month_names_then_they_stay_event_dates() -> None:
    events = [date(2024, 1, 1) + timedelta(days=_RND.randrange(600)) for _ in range(ROWS)]
    written = [f"{d.day} Maret {d.year}" if d.month == 3 else f"{d.day} Juni {d.year}" for d in events]
    assert classify_column("tanggal_kontrak", "VARCHAR", written).kind is Kind.NONE


def test_when_a_few_brokers_full_names_repeat_across_rows_then_they_are_person_names() -> None:
    brokers = ["Tyler Bartlett", "Jason Hardin", "Jillian Wood", "Adriana Sanders", "Chase Cole", "Maria Lopez"]
    assert classify_column("brkr_nm", "VARCHAR", [brokers[i % 6] for i in range(ROWS)]).kind is Kind.PERSON_NAME


def test_when_a_few_names_share_a_word_then_they_name_things_not_people() -> None:
    branches = ["شعبه مرکزی", "شعبه ونک", "شعبه انقلاب", "شعبه سعادت آباد"]
    assert classify_column("نام_شعبه", "VARCHAR", [branches[i % 4] for i in range(ROWS)]).kind is Kind.NONE


def test_when_a_misleading_name_holds_many_distinct_cities_in_a_table_about_people_then_they_are_cities() -> None:
    cities = ["Catania", "Louisville", "Pittsburgh", "Padova", "Roma", "Parma", "Bologna", "Denver", "Toledo",
              "Lyon", "Bordeaux", "Leipzig", "Dresden", "Utrecht", "Eindhoven", "Malmö", "Bergen", "Tampere",
              "Porto", "Braga", "Sevilla", "Valencia", "Gdańsk", "Poznań", "Brno"]
    kinds = _kinds("app.user_misc", {"email": [f"u{i}@example.org" for i in range(ROWS)],
                                     "tag": [cities[i % len(cities)] for i in range(ROWS)]})
    assert kinds["tag"] is Kind.CITY
    store = _kinds("app.store_days", {"store_id": [str(i) for i in range(ROWS)],
                                      "tag": [cities[i % len(cities)] for i in range(ROWS)]})
    assert store["tag"] is Kind.NONE  # no person in the table: the name stands


@pytest.mark.parametrize(
    "name",
    ["telefono_carrozzeria", "school_postcode", "出荷元郵便番号", "місто_складу", "αφμ_μεσιτικού", "cuitAcreedor",
     "kennitala_fyrirtaekis", "ח_פ_ספק", "clinic_phone"],
)
def test_when_a_column_is_qualified_by_a_business_a_persons_row_names_then_its_contact_or_number_is_not_personal(
        name) -> None:
    phones = [f"+39 3{_RND.randrange(10, 99)} {_RND.randrange(10**6, 10**7)}" for _ in range(ROWS)]
    companies = [cuit.format(f"30{n:08d}{cuit.calc_check_digit(f'30{n:08d}')}") for n in range(1000, 1000 + ROWS)]
    values = companies if name in ("cuitAcreedor", "kennitala_fyrirtaekis", "αφμ_μεσιτικού", "ח_פ_ספק") else phones
    assert classify_column(name, "VARCHAR", values).kind is Kind.NONE


def test_when_postal_codes_look_like_phones_of_another_country_then_the_tables_country_decides() -> None:
    postcodes = [f"{_RND.randrange(1000, 9999)}-{_RND.randrange(100, 999)}" for _ in range(ROWS)]
    kinds = _kinds("raw.src_crm_export", {
        "src_crm_col10": [f"+351 91{_RND.randrange(10**6, 10**7)}" for _ in range(ROWS)],
        "src_crm_col15": [["Lisboa", "Porto", "Braga", "Coimbra", "Faro"][i % 5] for i in range(ROWS)],
        "src_crm_col16": postcodes,
    })
    assert kinds["src_crm_col10"] is Kind.PHONE
    assert kinds["src_crm_col16"] is Kind.POSTAL_CODE


@pytest.mark.parametrize(
    ("name", "values", "kind"),
    [
        ("fornamn", ["Gustav", "Saga", "Ebba", "Elsa", "Linnea", "Björn", "Astrid", "Nils"], Kind.FIRST_NAME),
        ("отчество", ["Олегович", "Юрьевна", "Андреевна", "Петровна", "Сергеевич"], Kind.FIRST_NAME),
        ("πατρώνυμο", ["Χρήστου", "Δημητρίου", "Νικολάου", "Αθανασίου"], Kind.FIRST_NAME),
        ("nome_mittente", ["Martina", "Davide", "Simone", "Federica", "Francesca"], Kind.FIRST_NAME),
        ("डॉक्टर_का_नाम", ["डॉ. राजेश मिश्रा", "डॉ. नेहा शर्मा", "डॉ. रोहित यादव"], Kind.PERSON_NAME),
    ],
)
def test_when_a_name_column_is_drawn_from_a_few_people_then_it_stays_a_name(name, values, kind) -> None:
    # a handful of distinct values repeated over many rows reads as an enumeration; names stay names
    assert classify_column(name, "VARCHAR", [values[i % len(values)] for i in range(ROWS)]).kind is kind


@pytest.mark.parametrize(
    ("name", "values"),
    [
        ("όνομα_σκάφους", ["Ποσειδών", "Γαλήνη", "Αύρα", "Θάλασσα"]),  # a boat's name
        ("品名", ["煎茶", "抹茶", "玉露", "番茶"]),  # a product's name
        ("d_day_name", ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]),
        ("expediteur", ["Bol.com", "Zalando SE", "Vinted UAB", "Coolblue België NV", "Decathlon"]),
    ],
)
def test_when_a_few_name_shaped_values_name_things_or_companies_then_they_are_not_personal(name, values) -> None:
    assert classify_column(name, "VARCHAR", [values[i % len(values)] for i in range(ROWS)]).kind is Kind.NONE


@pytest.mark.parametrize(
    ("name", "write"),
    [
        ("datum_rodjenja", lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}."),  # Croatian: a dot after the year
        ("生年月日", lambda d: f"{'昭和' if d.year < 1989 else '平成'}{d.year - (1925 if d.year < 1989 else 1988)}年"
                          f"{d.month}月{d.day}日"),  # Japanese eras
    ],
)
def test_when_birth_dates_are_written_in_local_conventions_then_they_are_dates_of_birth(name, write) -> None:
    dates = [d for d in _birth_dates(ROWS) if not (d.year == 1989 and d.month == 1 and d.day < 8)]
    assert classify_column(name, "VARCHAR", [write(d) for d in dates]).kind is Kind.DATE_OF_BIRTH


@pytest.mark.parametrize(("name", "kind"), [("nomDeNaissance", Kind.LAST_NAME), ("Geburtsname", Kind.LAST_NAME),
                                            ("numeroDocumento", Kind.NATIONAL_ID), ("utr_no", Kind.NATIONAL_ID),
                                            ("hash_documento", Kind.NONE)])  # a document's digest (round 68: a digest by name)
def test_when_a_name_says_birth_name_or_identity_document_then_the_name_gives_its_kind(name, kind) -> None:
    from governance_dagster.detect.names import kind_from_name

    assert kind_from_name(name)[0] is kind


def test_when_a_table_describes_a_business_then_its_phone_is_the_business_s() -> None:
    rows = 120
    kinds = _kinds("main.supplier", {
        "s_name": [f"Supplier#{i:09d}" for i in range(rows)],
        "s_address": [f"{_RND.randrange(1, 99)} Harbour Road" for _ in range(rows)],
        "s_phone": [f"+44 20 7{_RND.randrange(10**6, 10**7)}" for _ in range(rows)],
    })
    assert kinds["s_phone"] is Kind.NONE and kinds["s_address"] is Kind.NONE


@pytest.mark.parametrize(
    ("name", "values", "kind"),
    [
        # what exports write for a missing value is no value: the rest decide
        ("DOB", [d.isoformat() if i % 3 else "unknown" for i, d in enumerate(_birth_dates(ROWS))], Kind.DATE_OF_BIRTH),
        ("dob", [d.isoformat() if i % 2 else d.strftime("%d/%m/%Y") for i, d in enumerate(_birth_dates(ROWS))],
         Kind.DATE_OF_BIRTH),  # two conventions in one column
        ("seinengappi", [f"H{d.year - 1988}.{d.month}.{d.day}" if d.year > 1989 else d.strftime("%Y/%m/%d")
                         for d in _birth_dates(ROWS)], Kind.DATE_OF_BIRTH),  # Japanese eras written short
        ("x_val", [f"{'+' if i % 3 == 0 else ''}3931{_RND.randrange(10**7, 10**8)}" for i in range(ROWS)],
         Kind.PHONE),  # a column that mixes phones with and without the +
        # a fixed-width export pads its empty cells with spaces (longer than any null word) and writes N/A padded
        ("email", [f"p{i}@mail{i % 7}.example.org" if i % 3 else (" " * 60 if i % 2 else "  N/A  ")
                   for i in range(ROWS)], Kind.EMAIL),
    ],
)
def test_when_an_export_mixes_conventions_or_writes_nulls_as_text_then_the_values_still_decide(name, values, kind):
    assert classify_column(name, "VARCHAR", values).kind is kind


@pytest.mark.parametrize(
    ("values", "present", "distinct"),
    [
        (["a", "N/A", " unknown ", "a", None, " " * 60, "b"], 3, 2),
        (["n/a is not a null here", "NULL"], 1, 1),
        ([7, 7, "none", 8.5], 3, 2),
    ],
)
def test_when_values_are_counted_then_nulls_written_as_text_are_no_values(values, present, distinct) -> None:
    from governance_dagster.detect.classify import _texts

    _, counted, different = _texts(values)
    assert (counted, different) == (present, distinct)


@pytest.mark.parametrize(
    ("name", "values"),
    [
        ("pfarrer", ["Pfr. Gisela Schmidt", "Pfr. Lukas Fischer", "Pfr. Friedrich Wolf"]),
        ("praticien", ["Dr Jean Garcia", "Dr Marie Girard", "Dr Chloé Girard"]),
        ("куратор", ["Наталья Попова", "Ирина Смирнова", "Ирина Попова"]),
        ("untenshu", ["Yamamoto Makoto", "Sato Shota", "Yoshida Yui", "Sato Kenta"]),
    ],
)
def test_when_a_column_names_the_staff_who_serve_a_person_then_their_few_names_are_personal(name, values) -> None:
    assert classify_column(name, "VARCHAR", [values[i % len(values)] for i in range(ROWS)]).kind is Kind.PERSON_NAME


@pytest.mark.parametrize(("name", "kind"), [("LUOGO_NASCITA", Kind.CITY), ("lugar_nacimiento", Kind.CITY),
                                            ("yuubin_bangou", Kind.POSTAL_CODE), ("call_summary", Kind.FREE_TEXT),
                                            ("mesto", Kind.CITY)])
def test_when_a_name_says_place_of_birth_a_long_vowel_romanization_or_a_summary_then_the_name_gives_its_kind(
        name, kind) -> None:
    from governance_dagster.detect.names import kind_from_name

    assert kind_from_name(name)[0] is kind


@pytest.mark.parametrize(("name", "kind"), [("shipping_address", Kind.STREET_ADDRESS), ("shipping_city", Kind.CITY),
                                            ("end_cobranca_logradouro", Kind.STREET_ADDRESS),
                                            ("billing_phone", Kind.PHONE), ("ship_mode", Kind.NONE),
                                            ("ws_ship_addr_sk", Kind.NONE), ("warehouse_shipping_city", Kind.NONE),
                                            ("tempat_lahir", Kind.CITY), ("место_рождения", Kind.CITY)])
def test_when_a_contact_is_qualified_by_where_goods_or_bills_go_then_it_is_the_persons(name, kind) -> None:
    from governance_dagster.detect.names import kind_from_name

    assert kind_from_name(name)[0] is kind


def test_when_a_name_part_or_phone_is_qualified_by_a_thing_in_a_table_about_people_then_it_is_the_persons() -> None:
    given = ["Tahlia", "Mere", "Sienna", "Fletcher", "Bronte", "Wiremu", "Aroha", "Nikau", "Isla", "Hemi"]
    kinds = _kinds("mortgage.application_flat", {
        "app_email": [f"a{i}@example.org" for i in range(ROWS)],
        "app_given_name": [given[i % len(given)] for i in range(ROWS)],
        "app_mobile": [f"04{_RND.randrange(10, 99)} {_RND.randrange(100, 999)} {_RND.randrange(100, 999)}"
                       for _ in range(ROWS)],
        "order_ref": [f"555-201-{_RND.randrange(1000, 9999)}" for _ in range(ROWS)],
    })
    assert kinds["app_given_name"] is Kind.FIRST_NAME and kinds["app_mobile"] is Kind.PHONE
    assert kinds["order_ref"] is Kind.NONE  # a record number shaped like a phone, under a name that says no phone


def test_when_birth_dates_mix_two_digit_years_and_bare_years_then_they_are_read_in_the_past() -> None:
    dates = _birth_dates(ROWS)
    written = [d.strftime("%d.%m.%y") if i % 3 == 0 else str(d.year) if i % 7 == 0 else d.strftime("%d/%m/%Y")
               for i, d in enumerate(dates)]
    parsed = parse_dates(written)
    assert parsed is not None and all(p.year <= date.today().year for p in parsed)
    assert classify_column("dt_naiss", "VARCHAR", written).kind is Kind.DATE_OF_BIRTH


# -- round 9: exports of real systems (standards' field positions, flattened paths, ERP field vocabularies)


@pytest.mark.parametrize(("name", "kind"), [
    ("PID_5", Kind.PERSON_NAME), ("PID.5.1", Kind.LAST_NAME), ("PID_5_2", Kind.FIRST_NAME),
    ("PID_5_3", Kind.FIRST_NAME), ("PID_7", Kind.DATE_OF_BIRTH), ("PID_11_1", Kind.STREET_ADDRESS),
    ("PID-11-3", Kind.CITY), ("PID_11_5", Kind.POSTAL_CODE), ("PID_13", Kind.PHONE), ("PID_19", Kind.SSN),
    ("PID_20_1", Kind.NATIONAL_ID), ("PID_3_1", Kind.NONE), ("PID_10", Kind.NONE), ("PID_18", Kind.NONE),
    ("NK1_2", Kind.PERSON_NAME), ("NK1_5", Kind.PHONE), ("PV1_3", Kind.NONE), ("PV1_8", Kind.PERSON_NAME),
    ("PV1_19", Kind.NONE), ("GT1_3", Kind.PERSON_NAME), ("GT1_12", Kind.SSN), ("IN1_4", Kind.NONE),
    ("IN1_5_3", Kind.NONE), ("IN1_16", Kind.PERSON_NAME)])
def test_when_a_column_is_an_hl7_v2_segment_field_then_the_standard_says_its_kind(name, kind) -> None:
    from governance_dagster.detect.names import kind_from_name

    assert kind_from_name(name)[0] is kind


def test_when_hl7_composite_names_fill_a_person_field_then_their_name_components_are_judged() -> None:
    doctors = ["OKONKWO^ADAEZE^^^DR", "LINDQVIST^PER^^^DR", "MORENO^LUCIA^^^DR", "HALVORSEN^TRYGVE^^^DR"]
    values = [f"{_RND.randrange(10**9, 10**10)}^{doctors[i % 4]}" for i in range(ROWS)]
    patients = [f"{last}^{first}^^^MS" for last in ("ABARA", "VESTERGAARD", "ROSSETTI", "NAKASHIMA", "FERREIRA",
                                                  "KOWALCZYK", "MBEKI", "O'DONNELL", "HAAPALA", "SANTORO")
                for first in ("CHIDI", "INGRID", "CARLO", "YUKI", "JOAO", "MAREK", "THANDO", "NIAMH", "AINO", "LUCA")]
    kinds = _kinds("hl7.adt_flat", {"PV1_17": values, "PID_5": [patients[i % 100] for i in range(ROWS)]})
    assert kinds == {"PV1_17": Kind.PERSON_NAME, "PID_5": Kind.PERSON_NAME}


@pytest.mark.parametrize(("name", "kind"), [
    ("name[0].text", Kind.PERSON_NAME), ("name[0].family", Kind.LAST_NAME), ("name[0].given[0]", Kind.FIRST_NAME),
    ("name[0].given[2]", Kind.FIRST_NAME), ("contact[0].name.text", Kind.PERSON_NAME),
    ("generalPractitioner[0].display", Kind.PERSON_NAME), ("generalPractitioner[0].reference", Kind.NONE),
    ("address[1].postalCode", Kind.POSTAL_CODE), ("telecom[0].value", Kind.PHONE),
    ("_primarycontactid_value@OData.Community.Display.V1.FormattedValue", Kind.PERSON_NAME),
    ("Account.ShippingStreet", Kind.NONE), ("Account.Phone", Kind.NONE), ("Account.Name", Kind.NONE),
    ("shipping_address.name", Kind.PERSON_NAME), ("Billing Name", Kind.PERSON_NAME),
    ("billing_details.name", Kind.PERSON_NAME), ("ship_mode_name", Kind.NONE),
    ("custom_attributes__3__value", None)])
def test_when_a_name_is_a_flattened_path_then_its_last_meaningful_segment_says_the_kind(name, kind) -> None:
    from governance_dagster.detect.names import kind_from_name

    assert kind_from_name(name)[0] is kind


@pytest.mark.parametrize(("name", "kind"), [
    # SAP (KNA1, LFA1, ADRC, PA0002, PA0006), TOTVS Protheus, Comarch, 1C, ERGANI
    ("STRAS", Kind.STREET_ADDRESS), ("HSNMR", Kind.STREET_ADDRESS), ("PFACH", Kind.STREET_ADDRESS),
    ("PSTLZ", Kind.POSTAL_CODE), ("ORT01", Kind.CITY), ("TELF2", Kind.PHONE), ("VORNA", Kind.FIRST_NAME),
    ("NACHN", Kind.LAST_NAME), ("RUFNM", Kind.FIRST_NAME), ("GBDAT", Kind.DATE_OF_BIRTH), ("GBORT", Kind.CITY),
    ("LAND1", Kind.NONE), ("ERDAT", Kind.NONE), ("AEDAT", Kind.NONE), ("BANKN", Kind.IBAN), ("ABTNR", Kind.NONE),
    ("RA_COMPLEM", Kind.STREET_ADDRESS), ("RA_MUNICIP", Kind.CITY), ("RA_PIS", Kind.SSN), ("RA_CIC", Kind.NATIONAL_ID),
    ("RVNR", Kind.SSN), ("KVNR", Kind.NATIONAL_ID), ("EMP_NIP", Kind.NATIONAL_ID), ("EMP_DowodNr", Kind.NATIONAL_ID),
    ("EMP_Imie2", Kind.FIRST_NAME), ("Vorname2", Kind.FIRST_NAME), ("EMP_ImieOjca", Kind.PERSON_NAME),
    ("EMP_NazwiskoRodowe", Kind.LAST_NAME), ("EMP_DataZatr", Kind.NONE), ("NrRachunku", Kind.IBAN),
    ("НомерПаспортаДокумента", Kind.NATIONAL_ID), ("ДатаВыдачи", Kind.NONE), ("ВерсияОбъекта", Kind.NONE),
    ("αριθμός_ταυτότητας", Kind.NATIONAL_ID), ("κωδικός_εργαζομένου", Kind.NONE), ("μητρώνυμο", Kind.FIRST_NAME),
    ("ημερομηνία_πρόσληψης", Kind.NONE), ("Date d'entrée", Kind.NONE), ("Commune de résidence", Kind.CITY),
    ("Complément d'adresse", Kind.STREET_ADDRESS)])
def test_when_a_name_is_an_erp_field_or_a_word_of_its_language_then_the_vocabulary_reads_it(name, kind) -> None:
    from governance_dagster.detect.names import kind_from_name

    assert kind_from_name(name)[0] is kind


@pytest.mark.parametrize(("name", "kind"), [
    ("KNOWN_AS", Kind.FIRST_NAME), ("preferred_name", Kind.FIRST_NAME), ("preferred_language", Kind.NONE),
    ("isim_soyisim", Kind.PERSON_NAME), ("UYE_AD_SOYAD", Kind.PERSON_NAME), ("jina_la_ukoo", Kind.LAST_NAME),
    ("installer_name", Kind.PERSON_NAME), ("tekniker", Kind.PERSON_NAME), ("Pårørende", Kind.PERSON_NAME),
    ("metadata.beneficiaire", Kind.PERSON_NAME), ("KANJA_SHIMEI", Kind.PERSON_NAME),
    ("KEIYAKUSHA_SHIMEI", Kind.PERSON_NAME), ("患者氏名", Kind.PERSON_NAME), ("緊急連絡先氏名", Kind.PERSON_NAME),
    ("患者ID", Kind.NONE), ("紹介元電話番号", Kind.NONE), ("被保険者番号", Kind.NATIONAL_ID),
    ("legal_entity", Kind.NONE), ("Partita_IVA__c", Kind.NONE), ("ico_podnikatele", Kind.NONE),
    ("vat_number", Kind.NONE), ("nip_pracodawcy", Kind.NONE), ("cislo_op_volice", Kind.NATIONAL_ID), ("landline", Kind.PHONE), ("MailingStreet", Kind.STREET_ADDRESS),
    ("home_address_line2", Kind.STREET_ADDRESS)])
def test_when_a_name_says_a_role_a_relative_a_company_number_or_a_persons_own_address_then_it_gives_the_kind(
        name, kind) -> None:
    from governance_dagster.detect.names import kind_from_name

    assert kind_from_name(name)[0] is kind


def test_when_a_second_address_block_is_qualified_as_home_or_mailing_then_it_stays_the_persons() -> None:
    towns = ["Aarhus", "Odense", "Aalborg", "Esbjerg"]
    kinds = _kinds("crm.contact_export", {
        "email": [f"p{i}@example.net" for i in range(ROWS)],
        "OtherCity": [towns[i % 4] for i in range(ROWS)],
        "MailingCity": [towns[(i + 1) % 4] for i in range(ROWS)],
    })
    assert kinds["MailingCity"] is Kind.CITY


@pytest.mark.parametrize("written", ["%d.%m.%Y 0:00:00", "%Y-%m-%dT00:00:00.000Z", "%d/%m/%Y 00:00"])
def test_when_dates_of_birth_carry_a_midnight_time_then_they_are_read_as_dates(written) -> None:
    values = [d.strftime(written) for d in _birth_dates(ROWS)]
    assert parse_dates(values) is not None
    assert classify_column("geb_datum", "VARCHAR", values).kind is Kind.DATE_OF_BIRTH


def test_when_values_are_eui64_or_mac_addresses_then_they_are_not_ip_addresses() -> None:
    eui = [":".join(f"{_RND.randrange(256):02x}" for _ in range(8)) for _ in range(ROWS)]
    mac = ["-".join(f"{_RND.randrange(256):02X}" for _ in range(6)) for _ in range(ROWS)]
    assert classify_column("node_hw", "VARCHAR", eui).kind is Kind.NONE
    assert classify_column("adapter_hw", "VARCHAR", mac).kind is Kind.NONE


def test_when_an_id_column_holds_bare_digits_a_trunk_zero_makes_dialable_then_it_is_an_identifier() -> None:
    values = [f"0{900000 + 3 * i}" for i in range(ROWS)]
    assert classify_column("member_id", "VARCHAR", values).kind is Kind.NONE


def test_when_a_card_named_column_holds_short_codes_then_it_is_not_a_card() -> None:
    values = [f"{_RND.randrange(10000, 99999)}" for _ in range(ROWS)]
    assert classify_column("EMP_CC", "VARCHAR", values).kind is Kind.NONE


def test_when_fhir_tokens_carry_a_naming_system_then_the_identifier_after_the_bar_is_judged() -> None:
    from stdnum.nl import bsn

    numbers = []
    while len(numbers) < 60:
        candidate = f"{_RND.randrange(10**8, 10**9):09d}"
        if bsn.is_valid(candidate):
            numbers.append(candidate)
    values = [f"http://fhir.example.org/NamingSystem/bsn|{n}" for n in numbers]
    assert classify_column("subject_identifier", "VARCHAR", values).kind is Kind.NATIONAL_ID


def test_when_few_staff_names_hold_a_particle_or_a_one_letter_cjk_given_name_then_they_stay_names() -> None:
    dutch = ["Jorien de Graaf", "Sietske van Dijk", "Joost van den Berg", "Marloes Bakker"]
    japanese = ["佐藤 浩二", "木村 彩", "井上 健一", "山崎 恵"]
    assert classify_column("owner_full_name", "VARCHAR", [dutch[i % 4] for i in range(ROWS)]).kind \
        is Kind.PERSON_NAME
    assert classify_column("担当医", "VARCHAR", [japanese[i % 4] for i in range(ROWS)]).kind is Kind.PERSON_NAME


def test_when_a_weak_person_name_holds_company_names_then_it_is_not_personal() -> None:
    companies = [f"{w} {form}" for w in ("Meridian", "Altavia", "Nordkap", "Brightwater", "Sol Levante")
                 for form in ("S.r.l.", "GmbH", "Ltd", "S.p.A.")]
    values = [companies[i % len(companies)] for i in range(ROWS)]
    assert classify_column("partner_display_name", "VARCHAR", values).kind is Kind.NONE


@pytest.mark.parametrize("name", ["ERNAM", "created_by_login", "username", "BENUTZER"])
def test_when_a_name_says_login_handle_and_values_are_handles_then_the_column_is_reviewed(name) -> None:
    handles = ["BRANDTK", "OKAFORC", "LIMAA", "VESTERH", "NOWAKJ", "j.rossi", "ahmed_k"]
    found = classify_column(name, "VARCHAR", [handles[i % len(handles)] for i in range(ROWS)])
    assert (found.kind, found.state) == (Kind.UNCLASSIFIED, "review")


def test_when_a_handle_named_column_holds_slugs_then_it_is_not_reviewed_as_logins() -> None:
    slugs = ["linen-shirt-blue", "wool-scarf", "canvas-tote-large"]
    assert classify_column("handle", "VARCHAR", [slugs[i % 3] for i in range(ROWS)]).state != "review"


def test_when_a_first_name_column_holds_double_given_names_then_it_stays_a_first_name() -> None:
    given = ["Anna", "Maria", "Luisa", "Hans", "Peter", "Karl", "Ida", "Greta", "Lotte", "Jonas"]
    values = [given[i % 10] if i % 4 == 0 else f"{given[i % 10]} {given[(i * 7 + 3) % 10]}" for i in range(ROWS)]
    assert classify_column("VORNAME", "VARCHAR", values).kind is Kind.FIRST_NAME
    full = [f"{given[i % 10]} {last}" for i, last in enumerate(
        ["Brandt", "Okafor", "Lima", "Vester", "Nowak", "Rossi", "Ahmed", "Kim", "Haas", "Berg"] * 40)]
    assert classify_column("VORNAME", "VARCHAR", full).kind is Kind.PERSON_NAME


def test_when_a_description_repeats_a_few_catalogue_texts_then_it_is_not_free_text() -> None:
    plans = ["Quarterly plan Basic", "Monthly plan Comfort", "Monthly plan Premium"]
    assert classify_column("description", "VARCHAR", [plans[i % 3] for i in range(ROWS)]).kind is Kind.NONE
    notes = [f"Called back on day {i}, asked for {i % 5} more" for i in range(ROWS)]
    assert classify_column("description", "VARCHAR", notes).kind is Kind.FREE_TEXT
    # notes the free-text scan already masked repeat a few templates too, but held personal data: still free text
    scanned = ["Customer <PERSON> asked to update <EMAIL_ADDRESS>", "Call back <PERSON> on <PHONE_NUMBER>",
               "Refund issued to <PERSON>"]
    assert classify_column("support_notes", "VARCHAR", [scanned[i % 3] for i in range(ROWS)]).kind is Kind.FREE_TEXT


def test_when_a_vendor_master_holds_a_contact_person_then_the_vendors_columns_are_not_personal_and_the_contacts_are():
    from stdnum import iban

    ibans = []
    while len(ibans) < 40:
        candidate = f"DE{_RND.randrange(100):02d}{_RND.randrange(10**18):018d}"
        if iban.is_valid(candidate):
            ibans.append(candidate)
    rows = 200
    kinds = _kinds("mm.LFA1_EXPORT", {
        "STRAS": [f"Industriestr. {i % 40 + 1}" for i in range(rows)],
        "TELF1": [f"+49 40 {_RND.randrange(1000000, 9999999)}" for _ in range(rows)],
        "IBAN": [ibans[i % 40] for i in range(rows)],
        "KP_NAMEV": [f"{_RND.choice('BDFHKLMNPRST')}{_RND.choice('aeiou')}{_RND.choice('lnrst')}{_RND.choice('aeo')}"
                     for _ in range(rows)],
        "KP_TELF1": [f"+49 171 {_RND.randrange(1000000, 9999999)}" for _ in range(rows)],
    })
    assert kinds["STRAS"] is Kind.NONE and kinds["TELF1"] is Kind.NONE and kinds["IBAN"] is Kind.NONE
    assert kinds["KP_NAMEV"] is Kind.FIRST_NAME and kinds["KP_TELF1"] is Kind.PHONE


# -- round 10: people a row names by role, split and abbreviated births, identity documents, business contacts ------

_STAFF = {
    "census": ["Laura Whitfield", "Daniel Okonkwo", "Maria Lindqvist", "Kevin Brandauer", "Sarah Pellegrini",
               "Thomas Halvorsen"],
    "titled": ["Avvocato Gino Ferraresi", "Avvocato Lia Montanari", "Avvocato Ugo Bellandi", "Avvocato Ada Corsetti"],
    "abbreviated titles": ["Dr. Ines Varga", "Dr. Otto Kemeny", "Dr. Zsofi Halasz", "Dr. Bence Toth"],
    "cyrillic": ["Ирина Котова", "Павел Зуев", "Олег Рябов", "Нина Шубина", "Глеб Лисицын"],
    "greek": ["Δήμητρα Καλογήρου", "Στέλιος Μαυρίδης", "Ελένη Φραγκάκη", "Χρήστος Σταμάτης"],
    "japanese": ["中島 誠", "松本 さくら", "森 健一", "藤田 真由美", "石井 翔"],
}


@pytest.mark.parametrize("script", sorted(_STAFF))
@pytest.mark.parametrize("name", ["hanterad_av", "sachbearbeiterin", "ueberprueft_von"])
def test_when_a_few_peoples_full_names_repeat_across_rows_then_they_are_person_names_whatever_the_name(
        name, script) -> None:
    staff = _STAFF[script]
    assert classify_column(name, "VARCHAR", [staff[i % len(staff)] for i in range(ROWS)]).kind is Kind.PERSON_NAME


@pytest.mark.parametrize("values", [
    ["Easy Saver", "Premier Current", "Junior Bond", "Fixed Growth"],  # products: no first name among them
    ["Gold Tier", "Silver Tier", "Bronze Tier", "Iron Tier"],  # categories sharing a word
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    ["صورة غير واضحة", "بانتظار الفحص الطبي", "المستندات مكتملة"],  # notes in a script without case
    ["Nord Ost", "Süd West", "Mitte Nord", "Ost Süd"],
])
def test_when_a_few_repeated_values_are_not_peoples_names_then_they_stay_not_personal(values) -> None:
    assert classify_column("hanterad_av", "VARCHAR", [values[i % len(values)] for i in range(ROWS)]).kind is Kind.NONE


@pytest.mark.parametrize("name", ["article_manager", "brand_manager"])
def test_when_a_role_is_qualified_by_a_thing_and_holds_full_names_then_it_is_a_persons_name(name) -> None:
    staff = _STAFF["census"]
    assert classify_column(name, "VARCHAR", [staff[i % len(staff)] for i in range(ROWS)]).kind is Kind.PERSON_NAME
    brands = ["Acme Basics", "Nordic Line", "Urban Flex"]
    assert classify_column(name, "VARCHAR", [brands[i % 3] for i in range(ROWS)]).kind is Kind.NONE


def test_when_names_are_written_family_slash_given_with_a_title_then_they_are_person_names() -> None:
    given = ["JANA", "PIETER JAN", "AMIRA", "LUKAS", "SOFIA", "MATEO", "ELIF", "NOAH"]
    family = ["NOVAK", "DE WIT", "HADDAD", "WEBER", "ROSSI", "GARCIA", "YILMAZ", "MARTIN"]
    values = [f"{family[i % 8]}/{given[(i * 3) % 8]} {'MRS' if i % 2 else 'MR'}" for i in range(ROWS)]
    assert classify_column("guest_nm", "VARCHAR", values).kind is Kind.PERSON_NAME
    assert classify_column("kurier_name", "VARCHAR", values).kind is Kind.PERSON_NAME


def test_when_a_weak_person_name_holds_dozens_of_full_names_repeated_across_rows_then_it_is_a_person_name() -> None:
    given = ["Ilse", "Bram", "Femke", "Niels", "Joost", "Sanne"]
    family = ["Koster", "Molenaar", "Verbeek", "Smit", "Dekker", "Hoekstra"]
    people = [f"{g} {f}" for g in given for f in family]  # 36 couriers over 1,000 deliveries
    assert classify_column("kurier_name", "VARCHAR", [people[i % 36] for i in range(1000)]).kind is Kind.PERSON_NAME


def test_when_values_combine_a_few_given_names_with_a_few_family_names_then_they_are_full_names() -> None:
    given = ["Анна", "Олег", "Ирина", "Павел", "Нина", "Глеб", "Вера"]
    family = ["Котов", "Зуев", "Рябов", "Лисицын", "Орлов", "Шубин"]
    owners = [f"{f} {g}" for f in family for g in given]
    kinds = _kinds("arenda.customers", {"vermieter": [owners[i % len(owners)] for i in range(900)],
                                        "customer_email": [f"u{i}@example.org" for i in range(900)]})
    assert kinds["vermieter"] is Kind.PERSON_NAME
    items = [f"Item {i}" for i in range(40)]
    assert _kinds("arenda.customers", {"vermieter": [items[i % 40] for i in range(900)],
                                       "customer_email": [f"u{i}@example.org" for i in range(900)]})[
        "vermieter"] is not Kind.PERSON_NAME


@pytest.mark.parametrize(("name", "values"), [
    ("fodd_ar", [1950 + i % 50 for i in range(ROWS)]),  # Swedish "born year"
    ("foedt_maaned", [1 + i % 12 for i in range(ROWS)]),  # Danish, ø written oe
    ("tanjo", [1 + i % 31 for i in range(ROWS)]),  # a birth word alone: the values say which part
    ("tanjo", [1940 + i % 60 for i in range(ROWS)]),
])
def test_when_a_birth_named_integer_holds_a_dates_part_then_it_is_a_date_of_birth(name, values) -> None:
    assert classify_column(name, "INTEGER", values).kind is Kind.DATE_OF_BIRTH


def test_when_a_birth_named_integer_holds_no_dates_part_then_it_is_not_a_date_of_birth() -> None:
    assert classify_column("tanjo", "INTEGER", [100 + i for i in range(ROWS)]).kind is Kind.NONE


def test_when_a_day_an_english_month_and_a_year_run_together_then_they_are_dates() -> None:
    assert parse_dates(["03FEB71", "28NOV88", "15JUL02", "01JAN65"]) == [
        date(1971, 2, 3), date(1988, 11, 28), date(2002, 7, 15), date(1965, 1, 1)]
    births = [d.strftime("%d%b%y").upper() for d in _birth_dates(ROWS)]
    assert classify_column("traveller_dob", "VARCHAR", births).kind is Kind.DATE_OF_BIRTH


@pytest.mark.parametrize(("name", "values"), [
    ("alien_nr", [f"A{_RND.randrange(10**8, 10**9)}" for _ in range(ROWS)]),
    ("rijbewijsnummer", [f"{_RND.randrange(10**9, 10**10)}" for _ in range(ROWS)]),
    ("korkortsnummer", [f"{_RND.randrange(10**9, 10**10)}" for _ in range(ROWS)]),
    ("fuehrerschein_nr", [f"B{_RND.randrange(10**8, 10**9)}X" for _ in range(ROWS)]),
    ("αδτ_αιτουντος", [f"ΑΚ {_RND.randrange(10**5, 10**6)}" for _ in range(ROWS)]),
])
def test_when_a_name_says_an_identity_document_without_a_checksum_then_it_is_a_national_id(name, values) -> None:
    assert classify_column(name, "VARCHAR", values).kind is Kind.NATIONAL_ID


def test_when_a_few_codes_only_partly_read_as_places_then_they_are_not_cities() -> None:
    codes = ["LOW", "MID", "HIGH"]
    assert classify_column("riskband", "VARCHAR", [codes[i % 3] for i in range(ROWS)]).kind is not Kind.CITY


def test_when_a_place_named_column_holds_only_numbers_then_it_is_a_code_not_a_city() -> None:
    codes = ["131016", "271403", "401307", "011002"]
    assert classify_column("shichoson", "VARCHAR", [codes[i % 4] for i in range(ROWS)]).kind is Kind.NONE


@pytest.mark.parametrize(("name", "values"), [
    ("email_generale", [f"info@ditta{i}.example.it" for i in range(ROWS)]),
    ("telefon_allgemein", [f"+49 30 {_RND.randrange(1000000, 9999999)}" for _ in range(ROWS)]),
    ("vendor_email", [f"sales@vendor{i % 5}.example.com" for i in range(ROWS)]),
])
def test_when_a_contact_is_named_as_a_business_general_line_or_supplier_then_it_is_not_personal(name, values) -> None:
    kinds = _kinds("crm.partners", {name: values, "contact_first_name": ["Anna", "Jonas"] * (ROWS // 2)})
    assert kinds[name] is Kind.NONE


def test_when_an_iban_is_named_as_a_business_account_then_it_is_not_personal() -> None:
    from stdnum import iban

    ibans = []
    while len(ibans) < ROWS:
        candidate = f"DE{_RND.randrange(100):02d}{_RND.randrange(10**18):018d}"
        if iban.is_valid(candidate):
            ibans.append(candidate)
    contact = ["Anna", "Jonas"] * (ROWS // 2)
    vat = [f"DE{_RND.randrange(10**8, 10**9)}" for _ in range(ROWS)]
    # a table holding its rows' VAT numbers describes businesses, whatever contact person it names
    kinds = _kinds("crm.partners", {"iban_geschaeftlich": ibans, "vat_no": vat, "contact_first_name": contact})
    assert kinds["iban_geschaeftlich"] is Kind.NONE
    assert _kinds("crm.partners", {"iban": ibans, "vat_no": vat, "contact_first_name": contact})["iban"] is Kind.IBAN


def test_when_an_employees_company_mail_varies_row_by_row_then_it_stays_the_employees() -> None:
    first = ["anna", "jonas", "mette", "lars", "sofie"]
    mails = [f"{first[i % 5]}.{i}@firma-example.dk" for i in range(ROWS)]
    kinds = _kinds("hr.medarbejdere", {"firmamail": mails, "fornavn": [f.title() for f in first] * (ROWS // 5)})
    assert kinds["firmamail"] is Kind.EMAIL


def test_when_codes_in_groups_of_capitals_and_digits_hold_a_long_digit_run_then_they_are_no_notes() -> None:
    from governance_dagster.detect.values import contact_text_share

    assert contact_text_share(["XY12 ABCD 1234 5678 90", "ZZ07 QWER 5566 7788 12"]) == 0
    assert contact_text_share(["bitte 0171 2345678 anrufen", "ring back on 020 7946 0000"]) == 1


@pytest.mark.parametrize("name", ["modified_by", "login_portal", "user"])
def test_when_a_login_user_or_changed_by_column_holds_typed_handles_then_it_is_reviewed(name) -> None:
    handles = ["jdoe", "anna.berg7", "mkovacs", "p_silva", "tnguyen", "lee.h", "okafor2", "rmeier", "szabo.e", "kim99"]
    found = classify_column(name, "VARCHAR", [handles[i % 10] for i in range(ROWS)])
    assert (found.kind, found.state) == (Kind.UNCLASSIFIED, "review")


def test_when_a_date_is_named_as_something_beside_a_named_date_of_birth_then_it_is_an_event() -> None:
    births = [d.isoformat() for d in _birth_dates(ROWS)]
    kinds = _kinds("club.members", {"geburtsdatum": births, "datum_przystapienia": list(reversed(births))})
    assert kinds["geburtsdatum"] is Kind.DATE_OF_BIRTH and kinds["datum_przystapienia"] is Kind.NONE
    # without a named date of birth the same dates under the same name are taken for births
    assert _kinds("club.members", {"datum_przystapienia": births})["datum_przystapienia"] is Kind.DATE_OF_BIRTH


def test_when_a_reading_names_a_given_or_family_name_then_it_is_that_part() -> None:
    assert classify_column("mei_kana", "VARCHAR", ["ハナコ", "タロウ", "ユイ"] * 100).kind is Kind.FIRST_NAME
    assert classify_column("furigana_sei", "VARCHAR", ["ヤマモト", "スズキ", "イノウエ"] * 100).kind is Kind.LAST_NAME


def test_when_a_few_values_of_a_script_without_spaces_are_five_characters_or_more_then_they_are_no_names() -> None:
    places = ["仙台駅前校", "金沢香林坊校", "広島本通校"]  # names of places
    assert classify_column("mei", "VARCHAR", [places[i % 3] for i in range(ROWS)]).kind is Kind.NONE
    given = ["陽菜", "蓮", "結衣"]
    assert classify_column("mei", "VARCHAR", [given[i % 3] for i in range(ROWS)]).kind is Kind.FIRST_NAME


def test_when_two_dozen_values_repeat_over_a_thousand_rows_under_a_name_that_says_nothing_then_they_are_a_list():
    models = [f"{chr(65 + i)}{chr(70 + i)}{chr(75 + i)}" for i in range(20)]  # codes, not names
    assert classify_column("xq7", "VARCHAR", [models[i % 20] for i in range(1000)]).kind is Kind.NONE
    # the same over 400 rows varies too much to be a list: reviewed
    assert classify_column("xq7", "VARCHAR", [models[i % 20] for i in range(40)] * 10).state == "review"


@pytest.mark.parametrize(("name", "kind"), [
    ("zweiter_vorname", Kind.FIRST_NAME), ("tweede_voornaam", Kind.FIRST_NAME), ("segundo_nombre", Kind.FIRST_NAME),
    ("segundo_apellido", Kind.LAST_NAME),  # a second family name stays a family name
])
def test_when_a_given_name_is_the_second_one_then_it_is_a_middle_name(name, kind) -> None:
    given = ["Marie", "Josef", "Anna", "Luis", "Clara"] if kind is Kind.PERSON_NAME else ["Ruiz", "Mora", "Vidal"]
    assert classify_column(name, "VARCHAR", [given[i % len(given)] for i in range(ROWS)]).kind is kind


# -- round 11: staff of any country, staff logins, checked identity documents, authorities, events, animals --------

_FEW_STAFF = [f"{g} {f}" for g, f in zip(
    ["Brenda", "Jesper", "Dorothy", "Radka", "Marisol", "Grzegorz", "Yolanda", "Henrik", "Ingrid", "Emre", "Tobias",
     "Kerem", "Louisa", "Agnieszka", "Vernon", "Bjarne"],
    ["Lindholm", "Kowalczyk", "Dvorak", "Novotna", "Yilmaz", "Kaya", "Sorensen", "Molgaard", "Wrobel", "Simek",
     "Arslan", "Vestergaard", "Nowicka", "Cerny", "Demir", "Koc"])]


@pytest.mark.parametrize("count", [5, 16])
@pytest.mark.parametrize("name", ["geprueft_durch", "qx_resp", "vizsgalo"])
def test_when_a_few_staff_repeat_across_rows_then_they_are_person_names(name, count) -> None:
    # half of them start with a US Census first name, whatever their family names (staff of other countries whose
    # given names the census lacks are found by the column's name); sixteen are more than an enumeration's dozen
    staff = _FEW_STAFF[:count]
    assert classify_column(name, "VARCHAR", [staff[i % len(staff)] for i in range(ROWS)]).kind is Kind.PERSON_NAME


def test_when_a_few_repeated_values_beyond_a_dozen_are_not_names_then_they_are_not_person_names() -> None:
    things = [f"{a} {b}" for a in ("Nord", "Sued", "Ost", "West") for b in ("Lager", "Halle", "Rampe", "Tor")]
    found = classify_column("geprueft_durch", "VARCHAR", [things[i % 16] for i in range(ROWS)])
    assert found.kind is not Kind.PERSON_NAME


@pytest.mark.parametrize("name", ["enfermera_turno", "notaris", "erfgenaam", "vorsitzender", "wijkverpleegkundige",
                                  "κληρονόμος", "vrijwilliger", "sygeplejerske"])
def test_when_a_name_says_a_nurse_notary_volunteer_chair_or_heir_then_it_names_a_person(name) -> None:
    assert kind_from_name(name)[0] is Kind.PERSON_NAME


@pytest.mark.parametrize("handles", [
    ["anna.berg", "jonas.lind", "mette.holm", "lars.dahl", "sofie.krog"],  # given.family
    ["akowalski", "bnowak", "cwisniewski", "dwojcik", "ekaminski", "fzielinski"],  # an initial and a family name
])
@pytest.mark.parametrize("name", ["erfasst", "qx_usr", "operator"])
def test_when_a_few_handles_spell_staff_names_then_the_column_is_reviewed(name, handles) -> None:
    found = classify_column(name, "VARCHAR", [handles[i % len(handles)] for i in range(ROWS)])
    assert (found.kind, found.state) == (Kind.UNCLASSIFIED, "review")


@pytest.mark.parametrize("values", [["pending", "approved", "rejected", "draft"], ["web", "pos", "api", "batch"],
                                    ["green", "brown", "white", "black"]])
def test_when_a_few_lower_case_words_are_no_handles_of_people_then_they_stay_not_personal(values) -> None:
    assert classify_column("erfasst", "VARCHAR", [values[i % len(values)] for i in range(ROWS)]).kind is Kind.NONE


def _with_check(body: str, check) -> str:
    return next(body + d for d in "0123456789" if check(body + d))


_ALNUM = "CFGHJKLMNPRTVWXYZ0123456789"


def _icao_numbers(count: int) -> list[str]:
    from governance_dagster.detect.values import _icao_document

    return [_with_check("".join(_RND.choice(_ALNUM) for _ in range(9)), _icao_document) for _ in range(count)]


def _polish_cards(count: int) -> list[str]:
    from governance_dagster.detect.values import _pl_dowod

    out = []
    while len(out) < count:
        letters = "".join(_RND.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(3))
        rest = f"{_RND.randrange(10**5):05d}"
        out += [v for d in "0123456789" if _pl_dowod(v := f"{letters}{d}{rest}")][:1]
    return out


def _stdnum_numbers(module: str, make, count: int) -> list[str]:
    import importlib

    check = importlib.import_module(f"stdnum.{module}").is_valid
    out: list[str] = []
    while len(out) < count:
        if check(candidate := make()):
            out.append(candidate)
    return out


@pytest.mark.parametrize("numbers", [
    lambda: _icao_numbers(ROWS),  # an identity card's or passport's number with its ICAO 9303 check digit
    lambda: _polish_cards(ROWS),  # a Polish identity card's series and number
    lambda: _stdnum_numbers("be.eid", lambda: f"{_RND.randrange(590, 600)}{_RND.randrange(10**9):09d}", ROWS),
], ids=["icao", "pl-card", "be-eid"])
@pytest.mark.parametrize("name", ["dok_nr", "f17", "perso_no"])
def test_when_document_numbers_carry_their_check_digit_then_they_are_national_ids_under_any_name(name, numbers) -> None:
    assert classify_column(name, "VARCHAR", numbers()).kind is Kind.NATIONAL_ID


def test_when_codes_of_a_documents_shape_fail_its_check_digit_then_they_are_not_national_ids() -> None:
    from governance_dagster.detect.values import _icao_document

    codes = [c for c in ("".join(_RND.choice(_ALNUM) for _ in range(10)) for _ in range(3 * ROWS))
             if not _icao_document(c)][:ROWS]
    assert classify_column("dok_nr", "VARCHAR", codes).kind is not Kind.NATIONAL_ID


@pytest.mark.parametrize("name", ["patente_guida", "numer_dowodu", "honnin_shorui_bango", "veronumero", "cnh_numero"])
def test_when_a_name_says_a_licence_an_identity_card_or_a_tax_number_in_more_languages_then_it_is_a_national_id(
        name) -> None:
    assert kind_from_name(name)[0] is Kind.NATIONAL_ID


@pytest.mark.parametrize("name", ["telefon_behoerde", "organisme_cp", "ville_organisme", "urzad_telefon",
                                  "autoridad_direccion", "forhandler_cvr", "tenpo_mei"])
def test_when_a_contact_or_number_is_an_authoritys_organisations_or_shops_then_it_is_not_personal(name) -> None:
    assert kind_from_name(name) == (Kind.NONE, "object")


@pytest.mark.parametrize("name", ["pruefungsort", "loppets_ort", "olay_sehir", "luogo_evento", "exam_city"])
def test_when_a_place_is_an_events_or_an_exams_then_it_is_not_personal(name) -> None:
    assert kind_from_name(name)[0] is Kind.NONE


@pytest.mark.parametrize("name", ["data_urodzenia_zwierzecia", "geburtsdatum_hund", "pet_dob", "fecha_nacimiento_mascota"])
def test_when_a_birth_date_is_an_animals_then_it_is_not_personal(name) -> None:
    assert kind_from_name(name)[0] is Kind.NONE
    births = [d.isoformat() for d in _birth_dates(ROWS)]
    assert classify_column(name, "VARCHAR", births).kind is Kind.NONE


def test_when_an_animal_column_names_its_owner_then_it_stays_a_persons_name() -> None:
    assert kind_from_name("pet_owner_name")[0] is Kind.PERSON_NAME


@pytest.mark.parametrize("name", ["referencia_pedido", "numero_protocollo", "sms_referencia", "aktenzeichen"])
def test_when_a_reference_or_file_number_holds_phone_shaped_digits_then_it_is_not_a_phone(name) -> None:
    numbers = [f"9{_RND.randrange(10**7, 10**8)}" for _ in range(ROWS)]  # valid Spanish landlines in shape
    assert classify_column(name, "VARCHAR", numbers).kind is Kind.NONE


def _streets(count: int) -> list[str]:
    names = ["Lindenweg", "Kerkstraat", "Dorpsweg", "Molenlaan", "Schoolstraat", "Beukenlaan"]
    return [f"{names[i % 6]} {_RND.randrange(1, 300)}" for i in range(count)]


def test_when_a_second_address_block_varies_row_by_row_then_it_is_the_persons_not_a_branchs() -> None:
    towns = ["Utrecht", "Zwolle", "Arnhem", "Leiden", "Breda", "Delft", "Venlo", "Assen", "Emmen", "Almere"]
    rows = {
        "klant_voornaam": [["Anna", "Jan", "Eva", "Piet"][i % 4] for i in range(ROWS)],
        "vertrek_adres": _streets(ROWS), "vertrek_plaats": [towns[i % 10] for i in range(ROWS)],
        "aankomst_adres": _streets(ROWS), "aankomst_plaats": [towns[(i * 3) % 10] for i in range(ROWS)],
    }
    kinds = _kinds("verhuis.offertes", rows)
    assert kinds["vertrek_plaats"] is Kind.CITY and kinds["aankomst_plaats"] is Kind.CITY
    # the same block repeating a few addresses is a branch's, beside the person's own
    three = _streets(3)
    branch = [three[i % 3] for i in range(ROWS)]
    kinds = _kinds("verhuis.offertes", {**rows, "vertrek_adres": branch, "vertrek_plaats": [towns[i % 3] for i in range(ROWS)]})
    assert kinds["vertrek_plaats"] is Kind.NONE


def test_when_a_street_and_code_name_holds_street_lines_then_it_is_a_street_address() -> None:
    found = classify_column("ulica_cp", "VARCHAR", [f"{s}/{_RND.randrange(1, 40)}" for s in _streets(ROWS)])
    assert found.kind is Kind.STREET_ADDRESS
    codes = [f"{_RND.randrange(10, 99)}-{_RND.randrange(100, 999)}" for _ in range(ROWS)]
    assert classify_column("ulica_cp", "VARCHAR", codes).kind is Kind.POSTAL_CODE


def test_when_a_few_codes_in_capitals_happen_to_be_place_names_then_they_are_not_cities() -> None:
    kinds = _kinds("crm.members", {"first_name": ["Anna", "Jonas", "Eva"] * 200,
                                   "rec_origin": [["POS", "CRM", "WEB"][i % 3] for i in range(600)]})
    assert kinds["rec_origin"] is not Kind.CITY


@pytest.mark.parametrize(("name", "kind"), [
    ("BIRT_PLAC", Kind.CITY), ("RESI_PLAC", Kind.CITY), ("GIVN", Kind.FIRST_NAME), ("SURN", Kind.LAST_NAME),
    ("voorletters", Kind.PERSON_NAME), ("roepnaam", Kind.FIRST_NAME), ("str_hnr", Kind.STREET_ADDRESS),
])
def test_when_a_genealogy_tag_initials_a_call_name_or_a_house_number_names_the_column_then_it_is_that_kind(
        name, kind) -> None:
    assert kind_from_name(name)[0] is kind


def test_when_dates_are_approximate_or_ranges_as_genealogy_writes_them_then_they_are_read() -> None:
    assert parse_dates(["ABT 1850", "12 MAR 1901", "BEF 3 APR 1899", "BET 1850 AND 1855", "4 JUL 1876",
                        "AFT 1902", "9 DEC 1911", "CAL 1888"]) == [
        date(1850, 1, 1), date(1901, 3, 12), date(1899, 4, 3), date(1850, 1, 1), date(1876, 7, 4), date(1902, 1, 1),
        date(1911, 12, 9), date(1888, 1, 1)]
    written = [("ABT " if i % 5 == 0 else "") + d.strftime("%d %b %Y").upper() for i, d in enumerate(_birth_dates(ROWS))]
    assert classify_column("BIRT_DATE", "VARCHAR", written).kind is Kind.DATE_OF_BIRTH


def _canadian_postcodes(count: int) -> list[str]:
    first, other = "ABCEGHJKLMNPRSTVXY", "ABCEGHJKLMNPRSTVWXYZ"
    return [f"{_RND.choice(first)}{_RND.randrange(10)}{_RND.choice(other)} {_RND.randrange(10)}{_RND.choice(other)}"
            f"{_RND.randrange(10)}" for _ in range(count)]


def test_when_a_qualified_address_column_holds_canadian_postal_codes_beside_plus_one_phones_then_they_are_postal_codes():
    # +1 numbers are Canada's as much as the United States': Canadian postal codes fit the table's countries
    phones = [f"+1 604 555 {_RND.randrange(1000, 9999)}" for _ in range(ROWS)]
    kinds = _kinds("crm.skiers", {"first_name": ["Anna", "Jonas"] * (ROWS // 2), "ctc_ph": phones,
                                  "addr_city": ["Whistler", "Kelowna"] * (ROWS // 2),
                                  "addr_xq": _canadian_postcodes(ROWS)})
    assert kinds["addr_xq"] is Kind.POSTAL_CODE


@pytest.mark.parametrize(("name", "kind"), [("volunteer_mobile", Kind.PHONE), ("nurse_phone", Kind.PHONE), ("desk_phone", Kind.NONE)])
def test_when_a_few_phones_repeat_across_rows_then_they_are_a_business_line_unless_named_as_a_staff_members(
        name, kind) -> None:
    phones = [f"+48 6{_RND.randrange(10, 99)} {_RND.randrange(100, 999)} {_RND.randrange(100, 999)}" for _ in range(8)]
    assert classify_column(name, "VARCHAR", [phones[i % 8] for i in range(ROWS)]).kind is kind


# -- round 12: names written family name first, staff and parents by role, documents without a check digit, bodies'
# numbers, devices, birthdays without a year ---------------------------------------------------------------------

_FAMILIES = ["DVOŘÁK", "KOWALSKA", "MORI", "DUBOIS", "LINDQVIST", "VAN DAM", "OKAFOR", "FERREIRA", "NAGY", "HOLM"]
_GIVEN = ["Pavel", "Anna", "Kenji", "Claire", "Sofia", "Pieter", "Chidi", "Rita", "Zsófia", "Elin"]


@pytest.mark.parametrize("name", ["zadatel", "SHINSEISHA_SHIMEI", "col_q", "holder_name"])
@pytest.mark.parametrize("comma", [True, False])
def test_when_names_are_written_family_name_first_in_capitals_then_they_are_a_persons_name(name, comma) -> None:
    values = [f"{_FAMILIES[i % 10]}{',' if comma else ''} {_GIVEN[(i * 3 + i // 10) % 10]}" for i in range(ROWS)]
    assert classify_column(name, "VARCHAR", values).kind is Kind.PERSON_NAME


@pytest.mark.parametrize("values", [
    ["ACME Anvil", "ACME Rocket", "ACME Magnet", "ACME Glue"],  # a catalogue's BRAND Model shares its brand
    ["ABC, DEF", "GHI, JKL", "MNO, PQR"],  # codes in capitals
])
def test_when_capitalized_values_share_a_word_or_have_no_given_name_then_they_are_no_surname_first_names(
        values) -> None:
    assert classify_column("col_q", "VARCHAR", values * 50).kind is not Kind.PERSON_NAME


@pytest.mark.parametrize("name", ["referentka", "presidente", "mechaniker", "friseur", "kapper", "TANTOUSHA",
                                  "fryzjerka", "cabeleireira", "όνομα_πατρός", "μητέρα_όνομα"])
def test_when_a_role_or_a_parent_names_the_column_then_it_is_a_persons_name(name) -> None:
    assert kind_from_name(name)[0] is Kind.PERSON_NAME


@pytest.mark.parametrize(("name", "people", "kind"), [
    ("presidente", ["Inés Prado", "Raúl Soto", "Elena Vidal"], Kind.PERSON_NAME),
    ("referentka", ["Dana Krejčí", "Ivo Bartoš", "Hana Šimková", "Radek Dušek"], Kind.PERSON_NAME),
    # (round 74: a father's name of one word a value is his given name, as identity forms ask for it)
    ("όνομα_πατρός", ["Στέλιος", "Παναγιώτης", "Χρήστος", "Ηλίας", "Σπύρος", "Βασίλης"], Kind.FIRST_NAME),
    ("TANTOUSHA", ["MORI Kenji", "ABE Yuki", "ONO Haruto", "SATO Mei"], Kind.PERSON_NAME),
])
def test_when_a_role_or_a_parent_names_a_column_of_few_repeated_names_then_they_are_people(name, people, kind) -> None:
    assert classify_column(name, "VARCHAR", [people[i % len(people)] for i in range(ROWS)]).kind is kind


@pytest.mark.parametrize("name", ["UNTEN_MENKYO_NO", "免許証番号", "提示書類番号", "номер_ву",
                                  "серия_удостоверения", "kunde_stnr"])
def test_when_an_identity_document_without_a_check_digit_names_the_column_then_its_numbers_are_national_ids(
        name) -> None:
    assert kind_from_name(name)[0] is Kind.NATIONAL_ID
    values = [f"{_RND.randrange(10**11, 10**12)}" for _ in range(ROWS)]
    assert classify_column(name, "VARCHAR", values).kind is Kind.NATIONAL_ID


@pytest.mark.parametrize("name", ["перевозчик_инн", "αφμ_φορέας", "carrier_tax_id", "sube_telefonu",
                                  "polizei_telefon", "KEISATSU_DENWA", "device_imei", "登録年月日"])
def test_when_a_carrier_a_body_a_branch_the_police_a_device_or_a_registration_names_the_column_then_it_is_theirs(
        name) -> None:
    assert kind_from_name(name)[0] is Kind.NONE


def test_when_fifteen_digit_luhn_numbers_lack_american_expresss_prefix_then_they_are_no_cards() -> None:
    from stdnum import luhn

    imeis = [(body := f"35{_RND.randrange(10**11, 10**12)}") + luhn.calc_check_digit(body) for _ in range(ROWS)]
    amex = [(body := f"37{_RND.randrange(10**11, 10**12)}") + luhn.calc_check_digit(body) for _ in range(ROWS)]
    assert classify_column("col_d", "VARCHAR", imeis).kind is not Kind.CREDIT_CARD
    assert classify_column("col_d", "VARCHAR", amex).kind is Kind.CREDIT_CARD


@pytest.mark.parametrize(("name", "written", "kind"), [
    ("dogum_gunu", "{d:02d}.{m:02d}", Kind.DATE_OF_BIRTH), ("geburtstag", "{d}.{m}.", Kind.DATE_OF_BIRTH),
    ("birthday", "{m:02d}/{d:02d}", Kind.DATE_OF_BIRTH), ("birthday", "{d}.{m}.{m}", Kind.NONE),
])
def test_when_a_birth_date_column_holds_days_and_months_without_a_year_then_it_is_a_birthday(
        name, written, kind) -> None:
    values = [written.format(d=_RND.randrange(1, 29), m=_RND.randrange(1, 13)) for _ in range(ROWS)]
    assert classify_column(name, "VARCHAR", values).kind is kind


def _iban(country: str, bban: str) -> str:
    numeric = "".join(str(int(ch, 36)) for ch in f"{bban}{country}00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


@pytest.mark.parametrize(("name", "distinct", "kind"), [
    ("verein_konto", 4, Kind.NONE), ("col_b", 3, Kind.NONE),
    ("member_iban", 4, Kind.IBAN), ("verein_konto", ROWS, Kind.IBAN),
])
def test_when_a_few_accounts_repeat_across_rows_under_a_name_naming_no_person_then_they_are_the_bodys(
        name, distinct, kind) -> None:
    accounts = [_iban("DE", f"{_RND.randrange(10**17, 10**18)}") for _ in range(distinct)]
    assert classify_column(name, "VARCHAR", [accounts[i % distinct] for i in range(ROWS)]).kind is kind


@pytest.mark.parametrize(("name", "kind"), [("ime_i_prezime_vozaca", Kind.PERSON_NAME), ("telefon_imei", Kind.NONE)])
def test_when_short_tokens_would_join_into_a_devices_identifier_then_they_stay_the_words_they_are(name, kind) -> None:
    # (Serbian "ime i prezime" is a given name and surname, not an IMEI; a phone's IMEI is the device's)
    assert kind_from_name(name)[0] is kind


# -- round 13: professionals by role, honorifics after a name, Maestro cards, cards on file, a bare "code" of phones,
# British postcodes, a Greek postal-code abbreviation, platform handles, who did something by signature, GS1 strings --

_PROFESSIONALS = ["Lena Hartmann", "Tomás Ferreira", "Ingrid Solberg", "Marco Bellini"]


@pytest.mark.parametrize("name", ["ortodontista", "veterinaire", "Tierarzt", "odyolog", "KOSHI", "администратор",
                                  "kuljettaja", "braumeister", "fozomester", "tlumacz", "hebamme", "fotograf"])
def test_when_a_profession_or_a_staff_role_names_the_column_then_it_is_a_persons_name(name) -> None:
    assert kind_from_name(name)[0] is Kind.PERSON_NAME


@pytest.mark.parametrize("name", ["wintersemester", "semester", "trimester", "driver_type", "gestor_status"])
def test_when_a_word_only_ends_like_a_master_or_a_role_is_qualified_then_it_names_no_person(name) -> None:
    assert kind_from_name(name)[0] is not Kind.PERSON_NAME


@pytest.mark.parametrize(("name", "people"), [
    ("veterinaire", [f"Dr {p}" for p in _PROFESSIONALS]),  # a title every value starts with
    ("ortodontista", ["Dott. Lena Hartmann", "Dott.ssa Ingrid Solberg"]),  # two staff only
    ("GESTOR_PROY", ["Ana Ruiz", "Ana Soler", "Pablo Ruiz", "Marta Gil", "Ana Gil"]),  # shared given and family names
    ("KOSHI", ["Aoi Tanaka SENSEI", "Ren Kato SENSEI", "Mio Sasaki SENSEI", "Sora Ito SENSEI"]),  # an honorific after
    ("администратор", ["Ирина Котова", "Павел Зуев", "Олег Рябов"]),
])
def test_when_a_role_names_a_column_of_a_few_staff_repeated_across_rows_then_they_are_people(name, people) -> None:
    assert classify_column(name, "VARCHAR", [people[i % len(people)] for i in range(ROWS)]).kind is Kind.PERSON_NAME


@pytest.mark.parametrize(("name", "values"), [
    ("GESTOR_PROY", ["Yes", "No"]),  # flags
    ("gestor_area", ["North Region 1", "South Region 2", "East Region 3"]),  # not shaped like names
    ("gestor_bd", ["Postgres", "Oracle", "Firebird", "Informix"]),  # one word each: tools, not staff's full names
])
def test_when_a_qualified_role_holds_flags_or_things_then_it_is_not_a_persons_name(name, values) -> None:
    assert classify_column(name, "VARCHAR", [values[i % len(values)] for i in range(ROWS)]).kind is Kind.NONE


def _luhn_cards(prefix: str, count: int, grouped: bool) -> list[str]:
    from stdnum import luhn

    cards = [(body := f"{prefix}{_RND.randrange(10 ** (14 - len(prefix)), 10 ** (15 - len(prefix)))}")
             + luhn.calc_check_digit(body) for _ in range(count)]
    return [" ".join(c[i:i + 4] for i in range(0, 16, 4)) if grouped else c for c in cards]


@pytest.mark.parametrize(("name", "prefix"), [("col_r", "6759"), ("col_r", "6761"), ("card_on_file", "4"),
                                              ("card_on_file", "5")])
def test_when_luhn_numbers_carry_a_maestro_prefix_or_a_card_is_on_file_then_they_are_card_numbers(name, prefix) -> None:
    values = _luhn_cards(prefix, 80, grouped=True)
    assert classify_column(name, "VARCHAR", values + [None] * 300).kind is Kind.CREDIT_CARD


def test_when_a_file_names_a_column_of_numbers_without_a_card_word_then_it_stays_a_files() -> None:
    assert kind_from_name("file_number")[0] is Kind.NONE and kind_from_name("card_on_file")[0] is None


def _italian_mobiles(count: int) -> list[str]:
    return [f"{'+39 ' if i % 2 else ''}3{_RND.randrange(20, 50)} {_RND.randrange(100, 1000)} "
            f"{_RND.randrange(1000, 10000)}" for i in range(count)]


def _russian_mobiles(count: int) -> list[str]:
    out = []
    for i in range(count):
        a, b, c, d = _RND.randrange(900, 1000), _RND.randrange(100, 1000), _RND.randrange(10, 100), _RND.randrange(10, 100)
        out.append(f"8{a}{b}{c:02d}{d:02d}" if i % 2 else f"8 ({a}) {b}-{c:02d}-{d:02d}")
    return out


@pytest.mark.parametrize(("name", "make"), [("Code", _italian_mobiles), ("код", _russian_mobiles)])
def test_when_a_bare_code_holds_phones_that_vary_row_by_row_in_a_table_about_people_then_they_are_phones(
        name, make) -> None:
    kinds = _kinds("main.patients", {"first_name": [f"P{i}" for i in range(ROWS)], name: make(ROWS)})
    assert kinds[name] is Kind.PHONE


@pytest.mark.parametrize("name", ["code", "product_code"])
def test_when_a_code_holds_few_repeated_phones_or_names_a_thing_then_it_stays_not_personal(name) -> None:
    phones = _italian_mobiles(4) if name == "code" else _italian_mobiles(ROWS)
    kinds = _kinds("main.patients", {"first_name": [f"P{i}" for i in range(ROWS)],
                                     name: [phones[i % len(phones)] for i in range(ROWS)]})
    assert kinds[name] is Kind.NONE


def test_when_a_bare_eight_nine_and_nine_digits_are_written_then_they_are_a_russian_mobile_after_the_trunk_prefix() -> None:
    from governance_dagster.detect.values import _is_phone

    assert _is_phone("89161234567") and not _is_phone("12345678901") and not _is_phone("85161234567")


def _british_postcodes(count: int) -> list[str]:
    areas = ["M", "B", "LS", "EH", "CF", "CR", "G", "NE"]
    return [f"{_RND.choice(areas)}{_RND.randrange(1, 30)} "
            f"{_RND.randrange(1, 10)}{_RND.choice('ABDEFGHJLNPQRSTUWXYZ')}{_RND.choice('ABDEFGHJLNPQRSTUWXYZ')}"
            for _ in range(count)]


def test_when_an_opaque_column_holds_british_postcodes_beside_a_city_then_they_are_postal_codes() -> None:
    cities = ["Leeds", "Manchester", "Birmingham", "Glasgow"]
    kinds = _kinds("stg.bookings", {"c01": [cities[i % 4] for i in range(ROWS)], "c02": _british_postcodes(ROWS)})
    assert kinds["c02"] is Kind.POSTAL_CODE


@pytest.mark.parametrize("name", ["τ_κ", "Τ.Κ.", "ΤΚ"])
def test_when_the_greek_abbreviation_of_a_postal_code_names_the_column_then_it_is_a_postal_code(name) -> None:
    values = [f"{_RND.randrange(100, 900)} {_RND.randrange(10, 100)}" for _ in range(ROWS)]
    assert classify_column(name, "VARCHAR", values).kind is Kind.POSTAL_CODE


def test_when_the_foreigners_register_number_names_the_column_then_it_is_a_national_id() -> None:
    values = [f"{_RND.randrange(10**11, 10**12)}" for _ in range(ROWS)]
    assert classify_column("azr_nr", "VARCHAR", values).kind is Kind.NATIONAL_ID


@pytest.mark.parametrize(("name", "values"), [
    ("studio_ig", [f"@{w}" for w in ("inkwell", "nora.lines", "blackneedle", "tomas.art", "redfox")]),
    ("SKYPE_ID", [f"live:.cid.{_RND.randrange(16**12):012x}" if i % 2 else f"user.{i}.k" for i in range(ROWS)]),
    ("wifi_логин", [f"guest{i}" for i in range(ROWS)]),
])
def test_when_a_platform_or_a_login_names_a_column_of_handles_then_it_is_reviewed(name, values) -> None:
    found = classify_column(name, "VARCHAR", [values[i % len(values)] for i in range(ROWS)])
    assert found.state == "review"


@pytest.mark.parametrize(("name", "state"), [("utlamnad_av", "review"), ("geprueft_von", "review"),
                                             ("sort_by", "not_personal"), ("col_k", "not_personal")])
def test_when_a_name_says_who_did_something_over_a_few_signatures_then_it_is_reviewed(name, state) -> None:
    signatures = ["ankl", "pebo", "mari", "joha"]
    found = classify_column(name, "VARCHAR", [signatures[i % 4] for i in range(ROWS)])
    assert found.state == state


def test_when_a_by_name_holds_words_of_the_vocabulary_then_it_is_not_reviewed() -> None:
    words = ["name", "date", "price", "city"]
    assert classify_column("sorted_by", "VARCHAR", [words[i % 4] for i in range(ROWS)]).state == "not_personal"


@pytest.mark.parametrize(("values", "state"), [
    (["Mary", "James", "Linda", "Robert"], "review"),  # census given names under a name that has no word
    (["Red", "Green", "Blue"], "not_personal"),  # census surnames that are words
])
def test_when_an_opaque_name_holds_a_few_census_given_names_then_it_is_reviewed(values, state) -> None:
    frame = {"email": [f"u{i}@example.org" for i in range(ROWS)], "c19": [values[i % len(values)] for i in range(ROWS)]}
    result = classify_table("stg.raw", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())
    assert result["c19"].state == state


def test_when_values_are_gs1_element_strings_then_they_are_codes() -> None:
    values = [f"(01){_RND.randrange(10**13, 10**14)}(10)L{_RND.randrange(1000, 10000)}" for _ in range(ROWS)]
    found = classify_column("codigo_gs1", "VARCHAR", values)
    assert found.kind is Kind.NONE and found.state == "not_personal"


@pytest.mark.parametrize("name", ["favorieteBoot", "ferje", "Bootsname", "kai", "nome_lote", "codigo_postal_armazem",
                                  "cp_exploitation", "commune_exploitation", "data_zgonu", "date_of_death"])
def test_when_a_boat_a_ferry_a_quay_a_lot_a_farm_or_a_death_names_the_column_then_it_is_not_personal(name) -> None:
    assert kind_from_name(name)[0] is Kind.NONE


@pytest.mark.parametrize("name", ["instagram_name", "インスタ名"])
def test_when_a_platform_name_holds_handles_then_it_is_reviewed_not_a_given_name(name) -> None:
    handles = [f"{w}_{i}" for i, w in enumerate(["lumen", "kira.ph", "nordlys", "hana.m"] * 30)]
    assert kind_from_name(name)[0] is None
    assert classify_column(name, "VARCHAR", handles).state == "review"


@pytest.mark.parametrize("name", ["observacoes", "notering", "Anmerkung", "notlar", "BIKO"])
def test_when_a_word_for_notes_names_the_column_then_it_is_free_text(name) -> None:
    assert kind_from_name(name)[0] is Kind.FREE_TEXT


@pytest.mark.parametrize("name", ["bestallare", "Besteller", "tilaaja"])
def test_when_the_person_who_ordered_names_the_column_then_it_is_a_persons_name(name) -> None:
    assert kind_from_name(name)[0] is Kind.PERSON_NAME


def test_when_names_are_written_family_name_comma_given_name_under_an_unknown_name_then_they_are_names() -> None:
    families = ["Lindqvist", "Aaltonen", "Kowalczyk", "Haugland", "Brennan", "Okafor", "Moreau", "Varga", "Sousa"]
    given = ["Elin", "Aino", "Marek", "Sigrid", "Niamh", "Chidi", "Lucie", "Bence", "Rui", "Ilse", "Tove"]
    values = [f"{families[i % 9]}, {given[(i // 9) % 11]}" for i in range(ROWS)]
    kinds = _kinds("main.customers", {"email": [f"c{i}@example.org" for i in range(ROWS)], "col_x": values})
    assert kinds["col_x"] is Kind.PERSON_NAME


@pytest.mark.parametrize("name", ["boat_owner_name", "boat_owner", "ferry_captain", "farmer_name"])
def test_when_a_boat_a_ferry_or_a_farm_word_sits_beside_a_word_naming_a_person_then_it_stays_a_persons_name(
        name) -> None:
    assert kind_from_name(name)[0] is Kind.PERSON_NAME


@pytest.mark.parametrize(("people", "kind"), [
    (["Aino", "Veikko", "Tuula", "Ilkka"], Kind.FIRST_NAME),  # one word each: the given name staff go by
    (["Aino Lehto", "Veikko Salo", "Tuula Niemi"], Kind.PERSON_NAME),  # full names
])
def test_when_a_role_names_a_column_of_one_name_word_each_then_it_is_the_given_name(people, kind) -> None:
    assert classify_column("kuljettaja", "VARCHAR", [people[i % len(people)] for i in range(ROWS)]).kind is kind


# round 14: a few people named in full under a role the vocabulary lacks, by their values


def _with_people(column: str, values: list[str]) -> dict[str, Kind]:
    frame = {"email": [f"p{i}@example.org" for i in range(ROWS)], column: [values[i % len(values)] for i in range(ROWS)]}
    result = classify_table("club.members", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())
    return {c: r for c, r in result.items()}


@pytest.mark.parametrize(("name", "values"), [
    ("vrtnar", ["Mojca Zupan", "Tadej Oblak", "Helena Vidmar"]),  # the census knows one name word in three
    ("завхоз", ["Галина Сорокина", "Пётр Белов", "Галина Мухина"]),  # Cyrillic: things are written in sentence case
    ("αποθηκαριος", ["Νίκος Λάμπρου", "Ελένη Σταύρου", "Νίκος Δήμου"]),
    ("vrtnar", ["Ann Ward", "Luis Pardo"]),  # two people
])
def test_when_an_unknown_role_holds_a_few_full_names_in_a_table_about_people_then_they_are_names(name, values) -> None:
    found = _with_people(name, values)[name]
    assert found.kind is Kind.PERSON_NAME and found.state in ("personal", "review")


@pytest.mark.parametrize(("name", "values"), [
    ("marca_modelo", ["Skoda Octavia", "Opel Astra", "Fiat Panda", "Renault Clio"]),  # a brand and a model
    ("plano", ["Flex Mensal", "Fixo Anual", "Livre Total"]),  # a plan
    ("rasa_pisica", ["Maine Coon", "Russian Blue", "British Shorthair"]),  # a breed, under a breed word
    ("c07", ["Mojca Zupan", "Tadej Oblak", "Helena Vidmar"]),  # an opaque name: no role to go by
    ("รุ่นรถ", ["Honda Jazz", "Mazda Demio", "Isuzu Dmax"]),  # Latin words under a Thai name: models sold worldwide
    ("dobavitelj", ["Alpex GmbH", "Nordvik AS", "Lumo Oy"]),  # companies
    ("izmena", ["Monday Early", "Friday Late", "Sunday Night"]),  # days
    ("zadruga", ["Grand Hall", "Small Hall", "Club Hall"]),  # things of one kind share its word
    ("odhod", ["Большой зал", "Малый зал", "Зимний сад"]),  # sentence case: things, not people
])
def test_when_few_two_word_values_name_things_then_they_are_not_peoples_names(name, values) -> None:
    assert _with_people(name, values)[name].kind is not Kind.PERSON_NAME


def test_when_a_role_qualified_by_an_unknown_word_holds_census_family_names_one_word_each_then_they_are_surnames(
        ) -> None:
    found = _with_people("uketsuke_tanto", ["Kimura", "Inoue", "Yamada", "Nakamura"])["uketsuke_tanto"]
    assert found.kind is Kind.LAST_NAME


def test_when_a_role_qualified_by_an_unknown_word_holds_one_product_word_each_then_it_is_not_a_name() -> None:
    assert _with_people("gestor_bd", ["PostgreSQL", "Oracle", "Informix"])["gestor_bd"].kind is Kind.NONE


@pytest.mark.parametrize(("name", "kind"), [
    ("cnslr", Kind.PERSON_NAME), ("counsellor", Kind.PERSON_NAME), ("dirigent", Kind.PERSON_NAME),
    ("кассир", Kind.PERSON_NAME), ("cashier", Kind.PERSON_NAME), ("ryoken_bango", Kind.NATIONAL_ID),
    ("χωριό", Kind.CITY), ("village", Kind.CITY), ("Dorf", Kind.CITY),
])
def test_when_a_counsellor_a_conductor_a_cashier_a_passport_or_a_village_names_the_column_then_its_kind_is_known(
        name, kind) -> None:
    assert kind_from_name(name)[0] is kind


# round 15: staff written as people write them beside their role (a given name alone, a title, an initial, an
# honorific), by their values


def _with_pupils(column: str, values: list[str], given: list[str]) -> Classification:
    """``column`` classified in a table about people whose own ``fornavn`` (given name) column holds ``given``."""
    frame = {"email": [f"p{i}@example.org" for i in range(ROWS)], "fornavn": [given[i % len(given)] for i in range(ROWS)],
             column: [values[i % len(values)] for i in range(ROWS)]}
    return classify_table("school.pupils", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())[column]


_PUPILS = ["Torvald", "Silje", "Eirunn", "Brage", "Ylva", "Kolbein", "Maren", "Oddvar", "Ragna", "Ivar"]


@pytest.mark.parametrize(("name", "values", "kind"), [
    ("farmaceyt", ["Hrytsenko O.", "Bilous T.", "Stelmakh M.", "Kovalyk Yu."], Kind.PERSON_NAME),  # family + initial
    ("фармаціст", ["Гриценко О.", "Білоус Т.", "Стельмах М."], Kind.PERSON_NAME),
    ("apoteksvakt", ["B. Lindqvist", "R. Håkansson", "T. Öberg"], Kind.PERSON_NAME),  # initial first
    ("sacerdote", ["Don Ettore Brambilla", "Don Ivo Pancaldi", "Don Oreste Zanetti"], Kind.PERSON_NAME),  # a title
    ("сестра", ["мед. сестра Дарина Илчева", "мед. сестра Зорница Бонева", "мед. сестра Калина Мутафова"],
     Kind.PERSON_NAME),  # a title written short and in lower case
    ("pap", ["Boros Levente plébános", "Fekete Ödön lelkész", "Vida Zsolt atya"], Kind.PERSON_NAME),  # after the name
    ("shihan", ["Okabe-sensei", "Tsuchiya-sensei", "Morioka-sensei"], Kind.PERSON_NAME),  # an honorific (a town's too)
    ("ohjaaja", ["HAKALA, Pirkko", "HAKALA, Veikko", "PELTONEN, Sirkka", "RAUTIO, Torvald"], Kind.PERSON_NAME),
])
def test_when_an_unknown_role_holds_a_few_staff_written_with_a_title_an_initial_or_an_honorific_then_they_are_names(
        name, values, kind) -> None:
    found = _with_pupils(name, values, _PUPILS + ["Pirkko", "Veikko"])
    assert found.kind is kind and found.state == "personal"


@pytest.mark.parametrize("name", ["kjorelaerer", "basculista", "Wedding_Planner"])
def test_when_an_unknown_role_holds_a_few_given_names_the_tables_people_bear_then_they_are_first_names(name) -> None:
    found = _with_pupils(name, ["Silje", "Brage", "Kolbein", "Ragna"], _PUPILS)
    assert found.kind is Kind.FIRST_NAME and found.state == "personal"


@pytest.mark.parametrize(("name", "values"), [
    ("kjorelaerer", ["Silje", "Brage", "Kolbein", "Ragna"]),  # given names the table's people do not bear
    ("kake", ["Kransekake", "Bløtkake", "Sjokoladekake"]),  # one word each, no given names
    ("legemiddel", ["Ibuprofen", "Paracetamol", "Naproxen"]),  # drug names
    ("sykkelstasjon", ["Torvald-nord", "Brage-sor", "Maren-vest"]),  # a hyphenated suffix on no name's shape
    ("avdeling", ["Oslo S.", "Bergen V.", "Stavanger N."]),  # places with an initial
    ("leverandor", ["Kolbein AS", "Silje Design AS", "Brage Bygg AS"]),  # companies
    ("fav_dock", ["Castle Street", "Queen Square", "Temple Meads"]),  # stops named by their streets
    ("byra", ["Fjordline Charter d.o.o.", "Brage Yachting d.o.o.", "Ylva Marine d.o.o."]),  # a legal form, no title
])
def test_when_a_few_values_are_things_written_like_staff_then_they_are_not_names(name, values) -> None:
    assert _with_pupils(name, values, ["Eirunn", "Ylva", "Oddvar", "Ivar", "Maren"] if name == "kjorelaerer"
                        else _PUPILS).kind is Kind.NONE


def test_when_a_role_named_column_holds_names_with_an_honorific_then_they_are_full_names() -> None:
    assert _with_people("sensei", ["Okabe-sensei", "Tsuchiya-sensei", "Morioka-sensei"])["sensei"].kind is (
        Kind.PERSON_NAME)


def test_when_a_given_name_column_holds_a_few_census_given_names_then_it_stays_a_given_name() -> None:
    brides = ["Ilaria", "Martina", "Elisa", "Serena", "Giulia", "Arianna", "Beatrice", "Chiara", "Noemi", "Rebecca"]
    assert _with_people("NomeSposa", brides)["NomeSposa"].kind is Kind.FIRST_NAME


def test_when_a_date_ends_in_an_abbreviated_year_word_then_it_is_read() -> None:
    assert parse_dates(["25.02.1983 г.", "09.10.1975 г.", "12.03.1990 г."]) == [
        date(1983, 2, 25), date(1975, 10, 9), date(1990, 3, 12)]


@pytest.mark.parametrize(("name", "kind"), [
    ("driving_licence_no", Kind.NATIONAL_ID), ("DriversLicense", Kind.NATIONAL_ID), ("driver_license_number",
                                                                                   Kind.NATIONAL_ID),
    # a licence alone is as often a business's or a software's: since round 44 its name says an identity document and
    # the table tells (see test_when_a_licence_number_is_in_a_table_that_is_not_about_people_then_it_is_not_personal)
    ("licence_no", Kind.NATIONAL_ID),
])
def test_when_an_english_driving_licence_names_the_column_then_it_is_an_identity_document(name, kind) -> None:
    assert kind_from_name(name)[0] is kind


# round 16: the few staff a table about people names, by what such columns share (a few distinct short values
# repeated across rows, carrying a name word, none a place, country, day, company, code or vocabulary word), whatever
# form they are written in


_CLIENT_GIVEN = ["Jadwiga", "Bożena", "Zdzisław", "Wiesława", "Tess", "Mirela", "Oskar", "Halvor"]
_CLIENT_FAMILY = ["Dvořák", "Horák", "Novotný", "Ferri", "Gallo", "Lindqvist", "Brenner", "Okafor"]


def _with_clients(column: str, values: list[str]) -> Classification:
    """``column`` classified in a table about people whose given-name and family-name columns hold invented names."""
    frame = {"email": [f"p{i}@example.org" for i in range(ROWS)],
             "fornavn": [_CLIENT_GIVEN[i % len(_CLIENT_GIVEN)] for i in range(ROWS)],
             "etternavn": [_CLIENT_FAMILY[i % len(_CLIENT_FAMILY)] for i in range(ROWS)],
             column: [values[i % len(values)] for i in range(ROWS)]}
    return classify_table("club.clients", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())[column]


@pytest.mark.parametrize(("name", "values", "kind"), [
    ("przyjela", ["Pani Jadwiga", "Pani Bożena", "Pan Zdzisław", "Pani Wiesława"], Kind.PERSON_NAME),  # a title
    ("laborant", ["Ferri T.", "Gallo R.", "De Santis P."], Kind.PERSON_NAME),  # a family name and an initial
    ("instruktor", ["Mgr. Dvořák", "por. Horák", "p. Novotný", "Ing. Dvořák"], Kind.PERSON_NAME),  # a title, short
    ("担当者", ["松本さん", "小川さん", "中村さん"], Kind.PERSON_NAME),  # a Japanese honorific, no space
    ("врач_смены", ["Соколов П. Р.", "Лебедева О. В.", "Соколов П. П."], Kind.PERSON_NAME),  # Cyrillic initials
    ("σύμβουλος", ["ΠΑΠΑΔΑΣ, Γιώργος", "ΠΑΠΑΔΑΣ, Ελένη", "ΚΑΛΟΥΔΗ, Δήμητρα"], Kind.PERSON_NAME),  # FAMILY, Given
    ("kalfa", ["Emre Usta", "Kaan Usta", "Onur Usta"], Kind.PERSON_NAME),  # a title after the name
    ("ploegleider", ["Tess", "Oskar", "Halvor", "Mirela"], Kind.FIRST_NAME),  # given names the table's people bear
    ("kalfa_sorumlu", ["Emre Usta", "Kaan Usta", "Onur Usta"], Kind.PERSON_NAME),
])
def test_when_a_few_staff_are_written_in_any_form_or_script_then_they_are_names(name, values, kind) -> None:
    found = _with_clients(name, values)
    assert found.kind is kind and found.state == "personal"


@pytest.mark.parametrize(("name", "values"), [
    ("blomst", ["Rose", "Lily", "Daisy", "Iris"]),  # census given names, none the people's: staff or flowers
    ("kookmaat", ["Pirmin", "Gaspard", "Ottilie", "Greta"]),  # a census given name among unknown ones
    ("zavhoz", ["Галина Сорокина", "Пётр Белов", "Галина Мухина"]),  # full names in Cyrillic, no lexicon knows
])
def test_when_a_few_staff_values_carry_weaker_evidence_then_they_are_sent_to_review_as_names(name, values) -> None:
    found = _with_clients(name, values)
    assert found.kind in (Kind.FIRST_NAME, Kind.PERSON_NAME) and found.state == "review"


@pytest.mark.parametrize(("name", "values"), [
    ("smaak", ["Malinowa Chmurka", "Królewski Sernik", "Szarlotka Babci", "Pistacjowy Marcel"]),  # cakes
    ("behandeling", ["Faccetta in disilicato", "Corona zirconia", "Bite notturno"]),  # lower-case words: things
    ("podium", ["Grote Griet", "De Hangar", "Bospodium", "Het Zwarte Schaap"]),  # stages, written in several forms
    ("niveau", ["Classic", "Gold", "Platinum", "Silver"]),  # tiers
    ("relatie", ["Other", "Sibling", "Parent", "Friend"]),  # relatives: the vocabulary's words
    ("tuinpark", ["ROD Relaks", "ROD Zacisze", "ROD Pod Lipami"]),  # a code in capitals
    ("afdeling", ["Lager", "Salg", "Økonomi", "Kundeservice"]),  # departments: no given name
    ("landcode", ["CL", "MX", "BR", "AR"]),  # country codes
    ("vertrek", ["Oslo S.", "Bergen V.", "Stavanger N."]),  # places with an initial
    ("agencija", ["Adria Charter d.o.o.", "Navis Yachting d.o.o."]),  # a legal form
    ("zaal_naam", ["Grote Zaal", "Kleine Zaal", "Foyer"]),  # a room, named as one
    ("部屋", ["つばき", "ひまわり", "すみれ", "さくら"]),  # rooms named after flowers, in kana
    ("フード", ["ロイヤルカナン", "ヒルズ", "持参"]),  # pet food brands
    ("корпус_санатория", ["Ромашка", "Берёзка", "Волга", "Сосновый бор"]),  # buildings: no lexicon, a lower-case word
    ("dag", ["Maandag", "Dinsdag", "Woensdag"]),  # days
])
def test_when_a_few_values_of_a_people_table_name_things_then_they_are_not_staff(name, values) -> None:
    assert _with_clients(name, values).kind is Kind.NONE


def test_when_a_card_number_column_fails_the_luhn_check_then_it_is_no_card() -> None:
    from stdnum import luhn

    rng = random.Random(16)
    drawn = [f"4{rng.randrange(10**14, 10**15)}" for _ in range(80)]
    failing = [n for n in drawn if not luhn.is_valid(n)][:40]
    passing = [n[:-1] + luhn.calc_check_digit(n[:-1]) for n in failing]
    assert classify_column("PREPAID_CARD_NO", "VARCHAR", failing).kind is Kind.NONE
    assert classify_column("PREPAID_CARD_NO", "VARCHAR", passing).kind is Kind.CREDIT_CARD


def _documents(column: str, values: list[str]) -> Classification:
    frame = {"email": [f"p{i}@example.org" for i in range(len(values))], column: values}
    return classify_table("trek.passengers", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())[column]


def test_when_a_bare_document_column_holds_identity_numbers_of_several_countries_then_it_is_a_national_id() -> None:
    from stdnum.cl import rut

    rng = random.Random(16)
    cuits = [f"{b}{cuit.calc_check_digit(b)}" for b in (f"27{rng.randrange(10**7, 10**8)}" for _ in range(150))]
    ruts = [f"{b}{rut.calc_check_digit(b)}" for b in (str(rng.randrange(5 * 10**6, 25 * 10**6)) for _ in range(150))]
    values = [f"{c[:2]}-{c[2:10]}-{c[10]}" for c in cuits] + [f"{r[:-1]}-{r[-1]}" for r in ruts]
    assert _documents("documento", values).kind is Kind.NATIONAL_ID


def test_when_a_bare_document_column_holds_numbers_no_check_digit_passes_then_it_is_not_a_national_id() -> None:
    rng = random.Random(16)
    assert _documents("documento", [f"FV-{rng.randrange(10**5, 10**6)}" for _ in range(300)]).kind is Kind.NONE


@pytest.mark.parametrize(("name", "kind"), [
    ("αριθμός_διαβατηρίου", Kind.NATIONAL_ID), ("διαβατήριο", Kind.NATIONAL_ID), ("nationalt_id", Kind.NATIONAL_ID),
])
def test_when_a_greek_passport_or_a_danish_national_id_names_the_column_then_it_is_an_identity_document(
        name, kind) -> None:
    assert kind_from_name(name)[0] is kind


# round 17 (from v18's blind misses): a few surnames are surnames, particles and all; things have no surnames;
# titles and honorifics written short and capitalized; a role written before a single name


@pytest.mark.parametrize(("name", "values", "kind"), [
    ("achternaam", ["Brenner", "van den Akker", "Okafor", "de Wilde", "Lindqvist", "ter Horst"], Kind.LAST_NAME),
    ("VekaletVerenSoyad", ["Yalçınkaya", "Demirtaş", "Özdoğan", "Karabulut", "Çelikbaş"], Kind.LAST_NAME),
])
def test_when_a_surname_column_holds_a_few_family_names_then_it_stays_a_surname(name, values, kind) -> None:
    found = _with_clients(name, values)
    assert found.kind is kind and found.state == "personal"


@pytest.mark.parametrize(("name", "values"), [
    ("atendio", ["Lcda. Mirela Gallo", "Ing. Oskar Brenner", "Lcda. Tess Okafor"]),  # a title, capitalized and short
    ("yazici", ["Jadwiga Hn.", "Oskar Bey", "Mirela Hn."]),  # an honorific after the name, short
    ("sedzia_sprawy", ["sędzia Horák", "sędzia Ferri"]),  # a role written before a single name
    ("berater", ["Brenner Oskar", "Gallo Mirela", "Okafor Tess"]),  # FAMILY Given, one a word of some language
])
def test_when_staff_carry_short_titles_or_a_role_word_then_they_are_names(name, values) -> None:
    found = _with_clients(name, values)
    assert found.kind is Kind.PERSON_NAME and found.state == "personal"


@pytest.mark.parametrize(("name", "values"), [
    ("heiliger", ["St. Anna Kapelle", "St. Georg Kapelle", "St. Maria Kapelle"]),  # saints' chapels: a shared word
    ("abfahrt", ["Hbf. Nord", "Hbf. Süd", "Hbf. West"]),  # stations, abbreviated
    ("pakket", ["pakket Basis", "pakket Plus"]),  # a lower-case word before a tier: the vocabulary's
])
def test_when_short_words_mark_things_rather_than_staff_then_they_are_not_names(name, values) -> None:
    assert _with_clients(name, values).kind is Kind.NONE


# round 18 (from v19's blind misses): dates of birth with a spaced year, a two-digit year, a month name two languages
# read differently or an era year in brackets; IP addresses under a thing's name; a few places where people live;
# staff written with a superior-letter title, a short lower-case title, in capitals or in lower case


_ERAS = ((date(1989, 1, 8), "平成"), (date(1926, 12, 25), "昭和"))


def _era_bracket(d: date) -> str:
    start, era = next((s, e) for s, e in _ERAS if d >= s)
    return f"{d.year}（{era}{d.year - start.year + 1}）年{d.month}月{d.day}日"


@pytest.mark.parametrize(("name", "write"), [
    ("fodelsedag", lambda d: f"{d.day}/{d.month} {d.year}"),  # Swedish day/month, spaced year
    ("foedselsdato", lambda d: f"{d.day:02d}-{d.month:02d}-{d.year % 100:02d}"),  # a two-digit year
    ("data_urodzenia", lambda d: f"{d.day} listopada {d.year}"),  # Polish November, Croatian October
    ("生年月日", _era_bracket),  # the era year in brackets after the common-era year
])
def test_when_birth_dates_are_written_in_more_local_forms_then_they_are_dates_of_birth(name, write) -> None:
    assert classify_column(name, "VARCHAR", [write(d) for d in _birth_dates(ROWS)]).kind is Kind.DATE_OF_BIRTH


@pytest.mark.parametrize(("value", "expected"), [
    ("18 listopada 1995", date(1995, 11, 18)), ("31/1 1955", date(1955, 1, 31)), ("28-08-44", date(1944, 8, 28)),
    ("1963（昭和38）年12月18日", date(1963, 12, 18)), ("25th May 1988", date(1988, 5, 25)),
])
def test_when_a_date_is_written_in_a_local_form_then_it_is_read(value, expected) -> None:
    assert parse_dates([value] * 10) == [expected] * 10


def test_when_a_column_of_notes_is_not_dates_then_no_new_form_reads_it() -> None:
    assert parse_dates(["Kurs 3/4 2024", "Rabatt 10-15-20", "Kabine 7"] * 4) is None


def _ipv6(i: int) -> str:
    return f"2001:db8:{i:x}:{(i * 7919) % 65536:x}::{(i * 104729) % 65536:x}"


@pytest.mark.parametrize(("name", "values", "kind"), [
    ("WebIp", [_ipv6(i) for i in range(ROWS)], Kind.IP_ADDRESS),  # varies row by row: the client's
    ("WebIp", [_ipv6(i % 3) for i in range(ROWS)], Kind.NONE),  # three addresses repeated: the shop's servers
])
def test_when_ip_addresses_under_a_things_name_vary_by_row_in_a_table_about_people_then_they_are_personal(
        name, values, kind) -> None:
    assert _with_clients(name, values).kind is kind


@pytest.mark.parametrize(("name", "values", "kind"), [
    ("qzxlocal", ["Namur", "Dinant", "Mons", "Liège", "Charleroi", "Qzxville"], Kind.CITY),  # one GeoNames lacks
    ("qzxlocal", ["Namur", "Qzxa", "Qzxb", "Qzxc", "Qzxd", "Qzxe"], Kind.NONE),  # one in six: chance
    ("loeb", ["Hamburg", "Hannover", "Maastricht", "Flensburg"], Kind.NONE),  # a race's cities (Danish ``løb``)
    ("F46", ["Namur", "Dinant", "Mons", "Liège", "Charleroi", "Qzxville"], Kind.NONE),  # an opaque sheet column
])
def test_when_a_few_distinct_places_under_an_unknown_name_are_mostly_cities_then_they_are_where_people_live(
        name, values, kind) -> None:
    assert _with_clients(name, values).kind is kind


@pytest.mark.parametrize(("name", "values", "kind"), [
    ("strumentaio", ["M° Ferri", "M° Gallo", "M° Brenner"], Kind.PERSON_NAME),  # a superior-letter title
    ("kapitan", ["dh Horák", "dh Novotný"], Kind.PERSON_NAME),  # a short lower-case title, no dot
    ("kovar", ["BRENNER OSKAR", "GALLO MIRELA", "OKAFOR HALVOR"], Kind.PERSON_NAME),  # FAMILY GIVEN in capitals
    ("verzorger", ["tess", "oskar", "mirela"], Kind.FIRST_NAME),  # given names the table's people bear, lower case
])
def test_when_staff_are_written_in_capitals_lower_case_or_with_short_titles_then_they_are_names(
        name, values, kind) -> None:
    found = _with_clients(name, values)
    assert found.kind is kind and found.state == "personal"


@pytest.mark.parametrize(("name", "values"), [
    ("kleur", ["rood", "blauw", "groen"]),  # lower-case words no one bears
    ("instrument_qzx", ["viola", "oboe", "horn", "cello"]),  # census given names too, but no one's here
    ("ruimte", ["GRAND HALL", "SMALL HALL", "CLUB ROOM"]),  # rooms in capitals
    ("refTransferencia", ["98 7983 3839", "92 0228 2831", "97 0719 2843", "93 2676 2972"]),  # a transfer's reference
])
def test_when_lower_case_or_capital_words_or_transfer_references_are_things_then_they_are_not_personal(
        name, values) -> None:
    assert _with_clients(name, values).state != "personal"


# round 19 (from v20's blind misses): dates of birth stored as epoch time or spreadsheet serial numbers, or with a
# Roman month; surnames drawn from few families in capitals; Nordic and Dutch abbreviations of given and family name;
# staff written with an Italian suffixed title or as a given name and an initial without a dot


_ROMAN_MONTHS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def _epoch_ms(d: date) -> int:
    return (d - date(1970, 1, 1)).days * 86_400_000


@pytest.mark.parametrize(("name", "dtype", "write"), [
    ("student.dob", "BIGINT", _epoch_ms),  # epoch milliseconds at midnight UTC, a JSON export's
    ("fecha_nacimiento", "BIGINT", lambda d: _epoch_ms(d) // 1000 - 3600),  # epoch seconds at midnight an hour east
    ("FODD", "INTEGER", lambda d: (d - date(1899, 12, 30)).days),  # a spreadsheet's serial day number
    ("data_urodzenia", "VARCHAR", lambda d: f"{d.day:02d}.{_ROMAN_MONTHS[d.month - 1]}.{d.year}"),  # a Roman month
])
def test_when_birth_dates_are_stored_as_numbers_or_with_a_roman_month_then_they_are_dates_of_birth(
        name, dtype, write) -> None:
    assert classify_column(name, dtype, [write(d) for d in _birth_dates(ROWS)]).kind is Kind.DATE_OF_BIRTH


@pytest.mark.parametrize(("name", "dtype", "values"), [
    ("starts_at", "BIGINT", [_epoch_ms(date(2025, 3, 1)) + i * 90_061_000 for i in range(ROWS)]),  # times of day
    ("quantity", "INTEGER", [30_000 + 97 * i for i in range(ROWS)]),  # counts a serial reading would take for dates
    ("dob", "BIGINT", [_epoch_ms(d) + 12_345 for d in _birth_dates(ROWS)]),  # not at a whole hour: no epoch date
])
def test_when_numbers_are_not_whole_hour_epochs_or_not_named_as_births_then_they_are_not_dates_of_birth(
        name, dtype, values) -> None:
    assert classify_column(name, dtype, values).kind is Kind.NONE


@pytest.mark.parametrize(("value", "expected"), [
    ("12.III.1984", date(1984, 3, 12)), ("3 XI 1950", date(1950, 11, 3)), ("1971. IV. 9.", date(1971, 4, 9)),
])
def test_when_a_date_has_a_roman_month_then_it_is_read(value, expected) -> None:
    assert parse_dates([value] * 10) == [expected] * 10


@pytest.mark.parametrize(("name", "values", "kind"), [
    ("SEI", ["SMITH", "JOHNSON", "WILLIAMS", "BROWN", "JONES", "MILLER"], Kind.LAST_NAME),  # census surnames, capitals
    ("SEI", ["ALPHA", "BRAVO", "CHARLIE", "DELTA", "ECHO", "FOXTROT"], Kind.NONE),  # a code list under the same name
])
def test_when_a_family_name_column_holds_few_census_surnames_in_capitals_then_it_is_a_last_name(
        name, values, kind) -> None:
    assert _with_clients(name, values).kind is kind


@pytest.mark.parametrize(("name", "kind"), [
    ("KUND_FNAMN", Kind.FIRST_NAME), ("KUND_ENAMN", Kind.LAST_NAME),  # Swedish förnamn, efternamn
    ("kunde_fnavn", Kind.FIRST_NAME), ("kunde_enavn", Kind.LAST_NAME),  # Danish and Norwegian fornavn, efternavn
    ("klant_vnaam", Kind.FIRST_NAME), ("klant_anaam", Kind.LAST_NAME),  # Dutch voornaam, achternaam
])
def test_when_a_name_abbreviates_given_or_family_name_nordic_or_dutch_style_then_it_says_the_name_part(
        name, kind) -> None:
    assert kind_from_name(name)[0] is kind


@pytest.mark.parametrize(("name", "values"), [
    ("operatore", ["Rag. Ferraro", "Dott. Lombardi", "Dott.ssa Marchetti"]),  # Italian titles, one suffixed
    ("vaktmastare", ["Linda K", "Thomas B", "Karen P", "Qzxael S", "Qzxats L"]),  # a given name and an initial
])
def test_when_staff_are_written_with_suffixed_titles_or_an_initial_without_a_dot_then_they_are_names(
        name, values) -> None:
    found = _with_clients(name, values)
    assert found.kind is Kind.PERSON_NAME and found.state == "personal"


@pytest.mark.parametrize(("name", "values"), [
    ("sal", ["Hall A", "Hall B", "Hall C"]),  # rooms sharing a word
    ("plats", ["Qzxa A", "Qzxb B", "Qzxc C", "Qzxd D"]),  # letters after words no census knows
])
def test_when_words_with_a_letter_are_things_then_they_are_not_staff(name, values) -> None:
    assert _with_clients(name, values).state != "personal"


@pytest.mark.parametrize(("name", "values", "kind"), [
    ("tussenvoegsel", ["van", "van den", "de", "ter"], Kind.LAST_NAME),  # Dutch name particles, part of the family name
    ("tussenvoegsel", ["A", "B", "C"], Kind.NONE),  # letters are codes, not particles
    ("SHIN_SHI", ["Kawagoe-shi", "Saitama-shi", "Tokorozawa-shi", "Kasukabe-shi"], Kind.CITY),  # a municipal suffix
])
def test_when_values_are_name_particles_or_cities_with_a_municipal_suffix_then_they_keep_their_kind(
        name, values, kind) -> None:
    assert _with_clients(name, values).kind is kind


_REGISTER_GIVEN = ["Mary", "Linda", "Susan", "Karen", "Helen", "Sandra", "Donna", "Carol", "Ruth", "Sharon"]
_REGISTER_FAMILY = ["Qzxhuber", "Qzxeder", "Qzxgruber", "Qzxmaier", "Qzxbauer", "Qzxwagner", "Qzxpichler"]


def _register(column: str, values: list[str]) -> dict[str, Kind]:
    """A property register that names no person's column: an owner column of ``Family, Given`` names and ``column``."""
    frame = {"objekt_nr": [f"K-{i:04d}" for i in range(ROWS)],
             "inhaber": [f"{_REGISTER_FAMILY[i % 7]}, {_REGISTER_GIVEN[i % 10]}" for i in range(ROWS)],
             column: [values[i % len(values)] for i in range(ROWS)]}
    return {c: r.kind for c, r in classify_table("reg.objekte", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame),
                                                 Policy()).items()}


def test_when_a_column_holds_family_comma_given_names_then_it_is_a_name_and_the_table_is_about_people() -> None:
    kinds = _register("gehilfe", ["Linda", "Helen", "Ruth", "Carol"])  # staff bearing the register's given names
    assert (kinds["inhaber"], kinds["gehilfe"]) == (Kind.PERSON_NAME, Kind.FIRST_NAME)


@pytest.mark.parametrize("values", [
    ["Springfield, Illinois", "Portland, Oregon", "Dayton, Ohio", "Austin, Texas"],  # places and their states
    ["Widget, blue", "Widget, red", "Widget, green"],  # a product and its variants share a word
])
def test_when_comma_values_are_places_or_variants_then_they_are_not_names(values) -> None:
    assert classify_column("ort", "VARCHAR", [values[i % len(values)] for i in range(ROWS)]).kind is not (
        Kind.PERSON_NAME)


# round 20 (from v21's blind misses): a name the vocabulary reads as not personal (a thing's, a bare ``code``) no
# longer vetoes values that positively read as a personal kind; "user" in other languages; a driver in katakana

@pytest.mark.parametrize(("name", "values"), [
    ("assigned_agent", ["Mary Qzxholt", "Linda Qzxvark", "Susan Qzxmere", "Karen Qzxdorn"]),  # an agency's word
    ("makelaar", ["Helen Qzxberg", "Sandra Qzxlund", "Ruth Qzxstad", "Carol Qzxdahl"]),  # Dutch: a broker, a brokerage's word
])
def test_when_staff_names_stand_under_a_things_name_then_the_values_decide_they_are_names(name, values) -> None:
    found = _with_clients(name, values)
    assert (found.kind, found.state) == (Kind.PERSON_NAME, "personal")


@pytest.mark.parametrize(("name", "values"), [
    ("product_model", ["Grand Tourer", "City Cruiser", "Trail Runner"]),  # things of a catalogue
    ("agency", ["Qzxholt Travel Ltd", "Qzxvark Tours GmbH", "Qzxmere Reisen AG"]),  # companies
    ("Pferd", ["Linda Qzxstern", "Susan Qzxwind", "Karen Qzxblitz", "Helen Qzxsturm"]),  # horses named as people
])
def test_when_a_things_name_holds_things_then_it_stays_not_personal(name, values) -> None:
    assert _with_clients(name, values).kind is Kind.NONE


_HANDLES = ["jdoe", "anna.berg7", "kim_lee", "pmartin", "lucas.ferri", "olga88", "tbrown", "mia.k", "j.soto",
            "nvarga"]


@pytest.mark.parametrize("name", ["web_user", "utilizador_app", "usuario", "uzytkownik_portalu"])
def test_when_a_user_column_of_a_thing_or_in_another_language_holds_handles_then_it_is_reviewed(name) -> None:
    assert _with_clients(name, _HANDLES).state == "review"


def _customers(column: str, values: list[str]) -> Classification:
    """``column`` in a customer table with a city column and phones in national format (the table's country)."""
    rnd = random.Random(20)
    frame = {"customer_sk": list(range(ROWS)),
             "phone": [f"({rnd.choice([212, 303, 415, 617])}) {rnd.randint(201, 989)}-{rnd.randint(0, 9999):04d}"
                       for _ in range(ROWS)],
             "city": [["Denver", "Austin", "Boston", "Seattle"][i % 4] for i in range(ROWS)],
             column: [values[i % len(values)] for i in range(ROWS)]}
    return classify_table("dwh.dim_customer", {c: "BIGINT" if c == "customer_sk" else "VARCHAR" for c in frame},
                          pd.DataFrame(frame), Policy())[column]


def test_when_a_bare_code_beside_a_city_holds_varied_postal_codes_of_the_country_then_it_is_a_postal_code() -> None:
    rnd = random.Random(5)
    assert _customers("code", [f"{rnd.randint(10000, 99999)}" for _ in range(ROWS)]).kind is Kind.POSTAL_CODE


@pytest.mark.parametrize("values", [
    ["10010", "20020", "30030", "40040", "50050"],  # five codes repeated: a catalogue's, not people's
    ["A1", "B2", "C3", "D4"],  # an enumeration's codes
])
def test_when_a_bare_code_holds_few_or_no_postal_codes_then_it_stays_not_personal(values) -> None:
    assert _customers("code", values).kind is Kind.NONE


def test_when_a_driver_is_named_in_katakana_over_japanese_family_names_then_they_are_family_names() -> None:
    assert _with_clients("ドライバー", ["田中", "佐藤", "鈴木", "高橋"]).kind is Kind.LAST_NAME


@pytest.mark.parametrize("values", [
    ["Atlanta, Georgia", "Richmond, Virginia", "Miami, Florida", "Helena, Montana"],  # states that are given names
    ["Perth, Victoria", "Calgary, Alberta", "Savannah, Georgia"],
])
def test_when_comma_values_are_cities_and_states_named_like_people_then_they_are_not_names(values) -> None:
    assert classify_column("ort", "VARCHAR", [values[i % len(values)] for i in range(ROWS)]).kind is not (
        Kind.PERSON_NAME)


# round 21 (from v22's blind misses): identity numbers of two modules of one kind in one column; phones written in
# two forms of one country; a person's number; the address of a thing that varies like people's homes; audit nouns;
# role words in the issue's languages; and, for precision, codes, system accounts, venues and building years

def _dni(body: int) -> str:
    return f"{body:08d}" + "TRWAGMYFPDXBNJZSQVHLCKE"[body % 23]


def _nie(lead: str, body: int) -> str:
    return f"{lead}{body:07d}" + "TRWAGMYFPDXBNJZSQVHLCKE"[int(f"{'XYZ'.index(lead)}{body:07d}") % 23]


@pytest.mark.parametrize("name", ["docIdentidad", "misc_1", "ref_cliente"])
def test_when_a_column_mixes_dnis_and_nies_then_it_is_a_national_id_under_any_name(name) -> None:
    rnd = random.Random(21)
    values = [_dni(rnd.randrange(10**7, 10**8)) if i % 4 else _nie(rnd.choice("XYZ"), rnd.randrange(10**7))
              for i in range(ROWS)]
    assert _with_clients(name, values).kind is Kind.NATIONAL_ID


@pytest.mark.parametrize(("name", "values", "kind"), [
    ("mobilepay", ["+4520123456", "20987654", "31234567", "+4540112233", "61234567", "28765432"], Kind.PHONE),
    ("mobilepay", ["20123456", "20987654", "31234567", "40112233"], Kind.NONE),  # bare digits alone: numbers
])
def test_when_phones_of_one_country_are_written_with_and_without_its_code_then_they_are_phones(
        name, values, kind) -> None:
    rnd = random.Random(3)
    column = [v[:-2] + f"{rnd.randrange(100):02d}" for v in values for _ in range(ROWS // len(values))]
    assert _with_clients(name, column).kind is kind


@pytest.mark.parametrize(("name", "kind"), [("contact_no", Kind.PHONE), ("Kontakt_Nr", Kind.PHONE),
                                            ("order_no", Kind.NONE)])
def test_when_a_persons_number_holds_phones_varying_row_by_row_then_they_are_phones(name, kind) -> None:
    rnd = random.Random(7)
    values = [f"07{rnd.randint(100, 999)} {rnd.randint(100000, 999999)}" for _ in range(ROWS)]
    assert _with_clients(name, values).kind is kind


def test_when_a_polish_table_writes_some_phones_with_its_code_then_a_bare_code_beside_the_city_is_a_postal_code() -> None:
    rnd = random.Random(9)
    frame = {"imie": [["Anna", "Jan", "Ewa"][i % 3] for i in range(ROWS)],
             "tel_kom": [("+48 " if i % 3 == 0 else "") + f"{rnd.choice([512, 601, 793])} {rnd.randint(100, 999)} "
                         f"{rnd.randint(100, 999)}" for i in range(ROWS)],
             "miasto": [["Kraków", "Gdańsk", "Poznań", "Lublin"][i % 4] for i in range(ROWS)],
             "kod": [f"{rnd.randint(10, 99)}-{rnd.randint(100, 999)}" for _ in range(ROWS)]}
    found = classify_table("meble.zamowienia", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())
    assert found["kod"].kind is Kind.POSTAL_CODE


_STREETS = ["High Street", "Mill Lane", "Church Road", "Station Road", "Park Avenue", "Victoria Road"]


def _work_orders(sites: int) -> dict[str, Kind]:
    """A field-service table: the customer's names and the site's address, ``sites`` distinct streets over the rows."""
    rnd = random.Random(11)
    lines = [f"{rnd.randint(1, 199)} {rnd.choice(_STREETS)}" for _ in range(sites)]
    return _kinds("fieldservice.work_orders", {
        "cust_fn": [["Mary", "John", "Linda", "James"][i % 4] for i in range(ROWS)],
        "email_addr": [f"c{i}@example.org" for i in range(ROWS)],
        "wo_number": [f"WO-{i:06d}" for i in range(ROWS)],
        "job_type": [["service", "repair", "install"][i % 3] for i in range(ROWS)],
        "boiler_make": [["Vaillant", "Worcester", "Baxi"][i % 3] for i in range(ROWS)],
        "site_addr_1": [lines[i % sites] for i in range(ROWS)],
        "site_postcode": [f"LS{i % 28 + 1} {i % 9 + 1}AB" for i in range(ROWS)],
        "site_town": [["Leeds", "York", "Bradford", "Harrogate"][i % 4] for i in range(ROWS)]})


def test_when_a_things_street_varies_like_peoples_homes_then_its_address_parts_are_personal() -> None:
    kinds = _work_orders(ROWS)
    assert (kinds["site_addr_1"], kinds["site_postcode"], kinds["site_town"]) == (
        Kind.STREET_ADDRESS, Kind.POSTAL_CODE, Kind.CITY)


def test_when_a_things_street_repeats_like_a_few_premises_then_its_address_stays_not_personal() -> None:
    kinds = _work_orders(3)
    assert (kinds["site_addr_1"], kinds["site_town"]) == (Kind.NONE, Kind.NONE)


@pytest.mark.parametrize(("name", "values", "state"), [
    ("Bearbeiter", ["jmeier", "kschulz", "tbrandt", "akoch"], "review"),  # German: who processed the row
    ("KaydiAcan", ["ayilmaz", "mdemir", "ekaya"], "review"),  # Turkish: who opened the record
    ("creado_por", ["svc_pim", "import_batch", "etl_sap"], "none"),  # programs' accounts: no person
])
def test_when_an_audit_noun_holds_a_few_handles_then_they_are_reviewed_unless_programs_accounts(
        name, values, state) -> None:
    found = _with_clients(name, values)
    assert (found.state == "review") == (state == "review") and (state == "review" or found.kind is Kind.NONE)


@pytest.mark.parametrize(("name", "values", "kind"), [
    ("selezionatore", ["Giulia Ferri", "Marco Gallo", "Chiara Conti"], Kind.PERSON_NAME),  # Italian: a recruiter
    ("zamerovac", ["Petr Dvořák", "Jan Horák", "Tomáš Krejčí"], Kind.PERSON_NAME),  # Czech: who measures on site
    ("Teknisyen", ["Emre Çelik", "Can Öztürk", "Burak Şahin"], Kind.PERSON_NAME),  # Turkish: a technician
    ("スタッフ", ["田中", "佐藤", "鈴木", "高橋"], Kind.LAST_NAME),  # Japanese: staff, by the family name
    ("σεφ", ["Γιώργος", "Νίκος"], Kind.FIRST_NAME),  # Greek: a chef, by the given name
])
def test_when_a_role_word_of_another_language_names_a_few_staff_then_they_are_names(name, values, kind) -> None:
    assert _with_clients(name, values).kind is kind


@pytest.mark.parametrize(("name", "values", "kind"), [
    ("familia", ["ELE", "HOG", "JRD", "BRC", "ILU"], Kind.NONE),  # a product family's codes, not a family name
    ("familia", ["WANG", "LI", "CHEN", "LIU", "YANG", "HUANG", "ZHAO", "WU", "ZHOU", "XU", "SUN", "MA", "HU", "GUO",
                 "LIN", "HE", "GAO", "LUO"], Kind.LAST_NAME),  # family names in capitals stay names
    ("χώρος_εκδήλωσης", ["Κτήμα Ανέμων", "Αίθουσα Ροδιά", "Βίλα Ελαία"], Kind.NONE),  # Greek: an event's venue
])
def test_when_a_name_kind_or_a_place_holds_codes_or_venues_then_the_values_decide(name, values, kind) -> None:
    assert _with_clients(name, values).kind is kind


def test_when_a_house_word_and_a_year_hold_past_years_then_it_is_a_building_year_not_a_house_number() -> None:
    rnd = random.Random(2)
    assert classify_column("rok_vyroby_domu", "INTEGER", [rnd.randint(1900, 2020) for _ in range(ROWS)]).kind is (
        Kind.NONE)


#: Round 22: the people of a table whose full-name column (``navn``) holds Danish, Turkish and Dutch names.
_PEOPLE = ["Sigrid Holm", "Bent Lund", "Karen Kjær", "Gökhan Demir", "Serkan Kaya", "Tuğba Arslan", "Merve Şahin",
           "Sanne de Wit", "Joost Bakker", "Femke Visser"]


def _among_people(column: str, values: list[str]) -> Classification:
    """``column`` classified in a table about people whose full-name column holds :data:`_PEOPLE`."""
    frame = {"email": [f"p{i}@example.org" for i in range(ROWS)],
             "navn": [_PEOPLE[i % len(_PEOPLE)] for i in range(ROWS)],
             column: [values[i % len(values)] for i in range(ROWS)]}
    return classify_table("club.members", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())[column]


@pytest.mark.parametrize(("name", "values", "kind"), [
    # round 22: a role word the vocabulary lacks, over names the US Census mostly lacks, that the table's people bear
    ("tilsynsfoerer", ["Sigrid Møllgaard", "Bent Kjeldsgaard", "Karen Vestergaard"], Kind.PERSON_NAME),  # Danish
    ("Yetkili", ["Gökhan Yıldırım", "Serkan Aydın", "Tuğba Koç", "Merve Aksoy"], Kind.PERSON_NAME),  # Turkish
    ("受付担当", ["田中", "佐藤", "鈴木"], Kind.LAST_NAME),  # Japanese: who is in charge of reception, by family name
    ("KAKARI_IN", ["WATANABE", "KOBAYASHI", "YAMAMOTO"], Kind.LAST_NAME),  # romanized Japanese, in capitals
])
def test_when_a_role_word_no_vocabulary_knows_heads_a_few_names_then_their_shape_decides(name, values, kind) -> None:
    assert _among_people(name, values).kind is kind


@pytest.mark.parametrize(("name", "values"), [
    ("Depo", ["Hadımköy Ana Depo", "Gebze Aktarma Merkezi"]),  # three words: a warehouse, not a person
    ("smaak", ["Malinowa Chmurka", "Królewski Sernik", "Pistacjowy Marcel"]),  # cakes: no word the people bear
    ("rail", ["Wire", "Ach", "Swift", "Sepa"]),  # a payment rail's one word
    ("Durum", ["Onaylandı", "Reddedildi"]),  # Turkish statuses
    ("Farbe", ["Schwarz", "Weiss", "Braun", "Silber"]),  # colours that are census family names too
    ("진료과", ["내과", "외과", "소아과"]),  # Korean departments share their ending
    ("樹種", ["黒松", "真柏", "紅葉"]),  # tree species: one Han word under no person's word
    ("relationship_to_head", ["SPOUSE", "CHILD", "PARENT"]),  # capitals, but the vocabulary's words
    ("τμημα", ["Λογιστήριο", "Πωλήσεις", "Αποθήκη"]),  # Greek departments: one word in Greek decides nothing
    ("paket", ["Blue Ocean", "Green Ocean", "Red Ocean"]),  # things of one kind share its word
    ("รุ่นรถ", ["Toyota Vios", "Honda Jazz", "Nissan Almera"]),  # car models under a Thai name
    ("Marka", ["Arçelik", "Vestel", "Beko"]),  # brands under a brand's name
])
def test_when_a_few_capitalized_values_are_things_then_the_shape_rule_leaves_them_not_personal(name, values) -> None:
    assert _among_people(name, values).kind is Kind.NONE


@pytest.mark.parametrize(("name", "values", "state"), [
    ("vytvoril", ["marta.kralova", "ondrej.sykora", "lenka.vesela"], "review"),  # Czech: given.family, no census
    ("KAKUNIN_USER", ["sasaki07", "nakamura12", "sasaki03"], "review"),  # a name and digits; two share a family name
    ("stav", ["open_case", "closed_case", "held_case"], "none"),  # a word all of them share: statuses
    ("tarif", ["tier01", "tier02", "tier03"], "none"),  # codes sharing their word
])
def test_when_a_few_handles_are_written_one_way_then_they_are_reviewed_unless_they_share_a_word(
        name, values, state) -> None:
    found = _with_clients(name, values)
    assert (found.state == "review") == (state == "review") and (state == "review" or found.kind is Kind.NONE)


def test_when_a_column_holds_at_handles_then_it_is_reviewed_whatever_it_is_called() -> None:
    rnd = random.Random(22)
    handles = [f"@{rnd.choice(['anna', 'omar', 'lea', 'kofi'])}.{rnd.choice(['berg', 'diaz', 'lund'])}{i}"
               for i in range(ROWS)]
    assert _with_clients("tag", handles).state == "review"


@pytest.mark.parametrize("name", ["swish_nr", "twint_no"])
def test_when_an_apps_number_holds_bare_national_phones_then_it_is_a_phone(name) -> None:
    # round 22: a number named by one word the vocabulary lacks (an app) holding phones that vary row by row
    rnd = random.Random(7)
    frame = {"email": [f"p{i}@example.org" for i in range(ROWS)], "country": ["SE"] * ROWS,
             name: [f"07{rnd.choice('0236')} {rnd.randrange(1000):03d} {rnd.randrange(10**4):04d}" for _ in range(ROWS)]}
    found = classify_table("club.members", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())[name]
    assert found.kind is Kind.PHONE


def test_when_a_house_code_holds_codes_then_it_is_no_street() -> None:
    assert _with_clients("код_дома", [f"Д{i:05d}" for i in range(ROWS)]).kind is Kind.NONE


def test_when_an_unknown_words_number_holds_a_year_and_a_number_then_it_is_no_phone() -> None:
    frame = {"email": [f"p{i}@example.org" for i in range(ROWS)], "country": ["TR"] * ROWS,
             "YevmiyeNo": [f"{100 + i}/2024" for i in range(ROWS)]}
    found = classify_table("noter.kayit", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())["YevmiyeNo"]
    assert found.kind is Kind.NONE


# Round 23: ordinary English warehouse schemas (a CRM's accounts and activities, a carrier's shipments, payroll).

def _random_ssn(rnd: random.Random) -> str:
    return f"{rnd.randint(100, 665):03d}{rnd.randint(10, 99):02d}{rnd.randint(1000, 9999):04d}"


def _us_mobile(rnd: random.Random) -> str:
    return f"{rnd.choice(['312', '614', '317', '615'])}{rnd.randint(2, 9)}{rnd.randint(0, 99):02d}{rnd.randint(0, 9999):04d}"


@pytest.mark.parametrize(("name", "values", "kind"), [
    # several addresses in one cell (a cc field), separated by semicolons, commas or spaces
    ("cc", [f"a{i}.lund@example.org; b{i}@example.net" for i in range(60)], Kind.EMAIL),
    ("watchers", [f"a{i}@example.org, b{i}@example.net c{i}@example.com" for i in range(60)], Kind.EMAIL),
    # identifiers a system generated, under a user's name: keys, not logins
    ("user_id", [f"usr_{random.Random(i).getrandbits(48):012x}" for i in range(60)], Kind.NONE),
    ("customer_ref", [f"cus-{10_000 + i}" for i in range(60)], Kind.NONE),
])
def test_when_values_say_more_than_the_name_then_they_decide(name, values, kind) -> None:
    assert _with_clients(name, values).kind is kind


@pytest.mark.parametrize(("name", "layout", "kind"), [
    # SSNs half written with dashes, half bare, under a reference's name
    ("ref_code", lambda r, i: (lambda s: f"{s[:3]}-{s[3:5]}-{s[5:]}" if i % 2 else s)(_random_ssn(r)), Kind.SSN),
    ("ref_code", lambda r, i: _random_ssn(r), Kind.NONE),  # nine bare digits: any reference number passes
    # phones half with their country code, half bare, under a number's name
    ("dialed_number", lambda r, i: (lambda p: f"+1{p}" if i % 2 else p)(_us_mobile(r)), Kind.PHONE),
    ("ref2", lambda r, i: (lambda p: f"({p[:3]}) {p[3:6]}-{p[6:]}" if i % 2 else p)(_us_mobile(r)), Kind.PHONE),
    ("order_number", lambda r, i: _us_mobile(r), Kind.NONE),  # ten bare digits
])
def test_when_a_things_name_holds_numbers_written_as_a_persons_then_the_layout_decides(name, layout, kind) -> None:
    rnd = random.Random(23)
    assert _with_clients(name, [layout(rnd, i) for i in range(ROWS)]).kind is kind


_STAFF_GIVEN = ["Laura", "Grant", "Megan", "Victor", "Diane"]
_STAFF_FAMILY = ["Abara", "Lindgren", "Okoro", "Pellegrino", "Sandoval", "Whitford", "Yilmaz", "Castell"]


@pytest.mark.parametrize(("name", "values", "kind"), [
    ("dispatcher", _STAFF_GIVEN[:3], Kind.FIRST_NAME),  # a role word of English business systems, by given name
    ("approver", [f"{g} {f}" for g, f in zip(_STAFF_GIVEN, _STAFF_FAMILY)], Kind.PERSON_NAME),
    ("provider", [f"{g} {f}, {c}" for g, f, c in zip(_STAFF_GIVEN, _STAFF_FAMILY, ["MD", "NP", "PA-C", "RN, BSN",
                                                                                   "DDS"])], Kind.PERSON_NAME),
    ("territory", ["Springfield, IL", "Peoria, IL", "Joliet, IL", "Aurora, IL"], Kind.NONE),  # no credentials
])
def test_when_staff_are_named_by_role_or_with_credentials_then_they_are_people(name, values, kind) -> None:
    assert _with_clients(name, values).kind is kind


def _shipments(column: str, values: list[str]) -> Classification:
    frame = {"shipment_id": [f"SH{i:06d}" for i in range(ROWS)], "pro_number": [f"{i:09d}" for i in range(ROWS)],
             "tracking_url": [f"https://track.example.com/{i}" for i in range(ROWS)],
             column: [values[i % len(values)] for i in range(ROWS)]}
    return classify_table("tms.shipments", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())[column]


def test_when_a_table_of_things_names_many_people_then_a_bare_name_is_theirs() -> None:
    people = [f"{g} {f}" for g in ("Anna", "Peter", "Maria", "John", "Linda", "Carlos") for f in _STAFF_FAMILY]
    assert _shipments("consignee_name", people).kind is Kind.PERSON_NAME
    assert _shipments("carrier_name", ["Blue Line Freight", "Northway Haulage", "Apex Cargo"]).kind is Kind.NONE


def _accounts(extra: dict[str, list[str]]) -> dict[str, Classification]:
    rnd = random.Random(5)
    frame = {"account_id": [f"001{i:07d}" for i in range(ROWS)],
             "account_name": [f"{rnd.choice(_STAFF_FAMILY)} {rnd.choice(['Foods', 'Dental', 'Logistics'])}"
                              for _ in range(ROWS)],
             "billing_street": [f"{rnd.randint(10, 9999)} Commerce Pkwy" for _ in range(ROWS)],
             "billing_city": [rnd.choice(["Toledo", "Akron", "Dayton"]) for _ in range(ROWS)],
             "phone": [f"+1{_us_mobile(rnd)}" for _ in range(ROWS)], **extra}
    return classify_table("crm.accounts", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())


def test_when_a_table_describes_companies_by_industry_and_web_site_then_their_addresses_are_not_personal() -> None:
    firms = _accounts({"industry": [["Retail", "Health", "Logistics"][i % 3] for i in range(ROWS)],
                       "website": [f"www.firm{i}.example" for i in range(ROWS)]})
    assert {c: firms[c].kind for c in ("billing_street", "billing_city", "phone")} == dict.fromkeys(
        ("billing_street", "billing_city", "phone"), Kind.NONE)
    people = _accounts({"industry": [["Retail", "Health", "Logistics"][i % 3] for i in range(ROWS)],
                        "website": [f"www.firm{i}.example" for i in range(ROWS)],
                        "first_name": [_STAFF_GIVEN[i % 5] for i in range(ROWS)]})
    assert people["billing_street"].kind is Kind.STREET_ADDRESS  # a person's column says the rows are people


# Round 24: from v25's misses (ordinary English warehouse schemas of other domains, three European tables).

@pytest.mark.parametrize(("name", "values", "kind"), [
    # family names in capitals the US Census lacks, under a family name's word
    ("nom", ["LEMAIRE", "CHEVALLIER", "POULAIN", "ROUXEL", "GIRAUDEAU", "MARCHAND", "TESSIER"], Kind.LAST_NAME),
    ("familia", ["ELE", "HOG", "JRD", "BRC", "ILU"], Kind.NONE),  # a product family's codes
    # several phones in one cell
    ("contact_numbers", [f"801-747-{8200 + i:04d}; (602) 659-{i:04d}" for i in range(60)], Kind.PHONE),
    # a role qualified by a word the vocabulary lacks, over staff's family names, one of them also a given name
    ("plans_examiner", ["Winslow", "Radcliffe", "Yazzie", "Abara"], Kind.LAST_NAME),
])
def test_when_names_and_phones_are_written_as_registers_write_them_then_they_are_found(name, values, kind) -> None:
    assert _with_clients(name, values).kind is kind


def test_when_a_foundations_name_ends_in_its_word_then_it_names_no_person() -> None:
    names = [f"The {f} Family Foundation" for f in _STAFF_FAMILY] + [f"{f} Charitable Trust" for f in _STAFF_FAMILY]
    assert _with_clients("foundation_name", names).kind is Kind.NONE


# Round 25: from v26's misses (how data arrives: CDC and ELT syncs, legacy abbreviations, a voter file, a court).

@pytest.mark.parametrize(("name", "values", "kind"), [
    ("attorney_of_record", [f"{g} {f}, Esq." for g, f in zip(_STAFF_GIVEN, _STAFF_FAMILY)], Kind.PERSON_NAME),
    ("lead_document_title", ["Motion to Compel", "Petition for Dissolution", "Notice of Appearance", "Complaint"],
     Kind.NONE),  # titles of documents: English function words join them
    ("ADDRL2", [f"{unit} {i}" for unit in ("APT", "UNIT", "STE") for i in range(2, 60)], Kind.STREET_ADDRESS),
])
def test_when_legacy_and_court_columns_are_read_then_people_and_flats_are_found_and_titles_are_not(
        name, values, kind) -> None:
    assert _with_clients(name, values).kind is kind


@pytest.mark.parametrize(("name", "values"), [
    ("CRDEXP", ["0628", "0330", "1026", "0926", "1127", "0529"]),  # a card's expiry, MMYY
    ("HOMSTR", [f"S{i:04d}" for i in (706, 699, 336, 62, 846, 120)]),  # a home store's code
])
def test_when_codes_beside_an_address_fit_some_postal_format_then_their_shape_says_they_are_not_postal_codes(
        name, values) -> None:
    frame = {"email": [f"p{i}@example.org" for i in range(ROWS)], "city": ["Tulsa", "Memphis"] * (ROWS // 2),
             name: [values[i % len(values)] for i in range(ROWS)]}
    found = classify_table("loy.members", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())[name]
    assert found.kind is Kind.NONE


# Round 26: whoever created a thing, by many full names; clinicians by speciality.

_CREATORS = [f"{g} {f}" for g, f in zip(["Kartik", "Makena", "Dexter", "Tanvir", "Kwabena", "Ines", "Oluwaseun",
                                         "Mireille", "Bogdan", "Hoang", "Yusra", "Teodor", "Amara", "Rafferty",
                                         "Saoirse", "Ikaika", "Zofia", "Emeka", "Farrah", "Lorcan", "Priyanka",
                                         "Tomasz"],
                                        ["Nair", "Dlamini", "Blakemore", "Deshpande", "Mensah", "Ferreira", "Adeyemi",
                                         "Lacroix", "Petrescu", "Nguyen", "Haddad", "Lindqvist", "Okafor", "Doyle",
                                         "Brennan", "Kahale", "Wrobel", "Eze", "Siddiqui", "Gallagher", "Raman",
                                         "Kowalski"])]


@pytest.mark.parametrize(("name", "values", "kind"), [
    ("campaign_creator", _CREATORS, Kind.PERSON_NAME),
    ("campaign_creator", [f"{w} Project" for w in ("Solar", "River", "Garden", "Library", "Bridge", "School", "Clinic",
                                                  "Orchard", "Mural", "Bakery", "Studio", "Harbor", "Forest", "Market",
                                                  "Theater", "Kitchen", "Museum", "Workshop", "Village", "Meadow")],
     Kind.NONE),  # things sharing their word
    ("phlebotomist", ["Winslow", "Radcliffe", "Yazzie"], Kind.LAST_NAME),
])
def test_when_a_things_creator_or_a_clinician_is_named_then_the_people_are_found(name, values, kind) -> None:
    assert _with_clients(name, values).kind is kind


@pytest.mark.parametrize(("name", "values", "kind"), [
    # round 27: an address after a display name, as commits and mail headers write an author
    ("last_commit_author", [f"{c} <{c.lower().replace(' ', '.')}@example.dev>" for c in _CREATORS], Kind.EMAIL),
    # whole role words that a split into "call" or "grad" and "er" (an employer) misread
    ("CALLER_ZIP", [f"{10_000 + 37 * i:05d}" for i in range(60)], Kind.POSTAL_CODE),
])
def test_when_an_operational_apps_columns_name_people_then_they_are_found(name, values, kind) -> None:
    assert _with_clients(name, values).kind is kind


def test_when_a_name_column_of_a_table_of_things_holds_nested_values_then_it_is_classified_without_error() -> None:
    from governance_dagster.detect.classify import TableContext

    nested = [{"first": "Ann", "last": f"Lee{i}"} for i in range(ROWS)]  # unhashable, as a STRUCT column's are
    found = classify_column("name", "STRUCT", nested, TableContext(table=True, things=True))
    assert found.kind is Kind.NONE


# Round 28: contact columns of several kinds, the plan's phone groups, patronymics, Polish birth parts, fragments of
# accounts, the codes that go with a table's cities and the country its cities name.

def _table(columns: dict[str, list], types: dict[str, str] | None = None) -> dict[str, Classification]:
    types = {c: (types or {}).get(c, "VARCHAR") for c in columns}
    return classify_table("hr.people", types, pd.DataFrame(columns), Policy())


_GIVEN = ["Ann", "Bob", "Carl", "Dana", "Erik", "Fay", "Gus", "Hana", "Ivo", "Jana"]


@pytest.mark.parametrize(("values", "kind"), [
    ([f"p{i}@example.org" if i % 2 else f"+49 151 2{i:03d}4{i % 7}96" for i in range(60)], Kind.FREE_TEXT),
    ([f"A-{i:05d}" for i in range(60)], Kind.NONE),  # codes: no contact at all
])
def test_when_a_number_column_holds_e_mails_and_phones_row_by_row_then_it_is_scanned_as_several_kinds(
        values, kind) -> None:
    found = _table({"NAME": [_GIVEN[i % 10] for i in range(60)], "NUM01": values})["NUM01"]
    assert found.kind is kind


@pytest.mark.parametrize(("values", "kind"), [
    ([f"{a}-{b}-{c:04d}" if i % 2 else f"{a}{b}{c:04d}" for i, (a, b, c) in enumerate(
        ((617, 802, 208, 207, 801)[i % 5], 250 + 7 * i % 700, 1000 + 37 * i) for i in range(60))], Kind.PHONE),
    ([f"{100 + i:03d}-{10 + i % 80:02d}-{1000 + 37 * i:04d}" for i in range(60)], None),  # an SSN's 3-2-4 groups
])
def test_when_an_opaque_column_writes_numbers_in_the_north_american_groups_then_they_are_phones(values, kind) -> None:
    found = _table({"LAST_NAME": [f"Lee{i}" for i in range(60)], "ATTRIBUTE5": values})["ATTRIBUTE5"]
    assert found.kind is kind if kind else found.kind is not Kind.PHONE


def test_when_patronymics_repeat_a_few_fathers_names_then_they_stay_personal() -> None:
    fathers = ["Ярославович", "Тарасович", "Остапович", "Олексійович", "Назарович", "Мирославович"]
    found = _table({"прізвище": [f"Коваль{i}" for i in range(120)],
                    "по_батькові": [fathers[i % 6] for i in range(120)]})["по_батькові"]
    assert found.kind is Kind.FIRST_NAME  # (round 71: a patronymic is a given name, as a middle name is)


def test_when_a_young_persons_birth_date_is_split_under_polish_abbreviations_then_each_part_is_a_date_of_birth() -> None:
    rng = random.Random(28)
    births = [date(2003, 1, 1) + timedelta(days=rng.randrange(3000)) for _ in range(120)]
    columns = {"imie": [_GIVEN[i % 10] for i in range(120)], "dzien_ur": [d.day for d in births],
               "mies_ur": [d.month for d in births], "rok_ur": [d.year for d in births]}
    found = _table(columns, {"dzien_ur": "INTEGER", "mies_ur": "INTEGER", "rok_ur": "INTEGER"})
    assert {found[c].kind for c in ("dzien_ur", "mies_ur", "rok_ur")} == {Kind.DATE_OF_BIRTH}


@pytest.mark.parametrize(("name", "values", "masked"), [
    ("ULT4_IBAN", [f"{1000 + 37 * i % 9000}" for i in range(60)], False),  # the last digits of an account
    ("kontonummer", [f"{1_234_567_890 + 7919 * i}" for i in range(60)], True),  # an account number without its IBAN
])
def test_when_a_column_named_as_an_iban_holds_only_its_last_digits_then_it_names_no_account(name, values, masked) -> None:
    found = _table({"nombre": [_GIVEN[i % 10] for i in range(60)], name: values})[name]
    assert (found.kind is not Kind.NONE) is masked


_PLACES = {"Schwäbisch Hall": ("74523", "74532", "74535"), "Bamberg": ("96047", "96049", "96050"),
           "Rosenheim": ("83022", "83024", "83026"), "Gütersloh": ("33330", "33332", "33334")}


@pytest.mark.parametrize(("column", "values_of", "kind"), [
    # postal codes: several to a city, each with one city, under a bare name
    ("code", lambda city, i: _PLACES[city][i % 3], Kind.POSTAL_CODE),
    # the municipality's own code: one to a city and one city to it, whatever postal format it fits
    ("COD_INE", lambda city, i: {"Schwäbisch Hall": "08127", "Bamberg": "09461", "Rosenheim": "09163",
                                 "Gütersloh": "05754"}[city], Kind.NONE),
    # a personnel number: the cities are German, and no German postal code has eight digits
    ("PERNR", lambda city, i: f"{40_000_000 + 317 * i}", Kind.NONE),
])
def test_when_codes_pair_with_the_tables_cities_then_postal_codes_are_told_from_the_cities_own_codes(
        column, values_of, kind) -> None:
    cities = [list(_PLACES)[i % 4] for i in range(240)]
    found = _table({"nachname": [f"Bauer{i}" for i in range(240)], "src_col09": cities,
                    column: [values_of(city, i // 4) for i, city in enumerate(cities)]})[column]
    assert found.kind is kind


@pytest.mark.parametrize(("name", "kind"), [
    ("home_suburb", Kind.CITY),  # Australia's and New Zealand's suburb
    ("sss_no", Kind.SSN),  # the Philippines' Social Security System
    ("emiratesId", Kind.NATIONAL_ID),
    ("shift_lead", Kind.PERSON_NAME), ("TeamLead", Kind.PERSON_NAME), ("teamleader", Kind.PERSON_NAME),
    ("fullNameAr", Kind.PERSON_NAME),  # the language the name is written in, no Swedish year
    ("fodelse_ar", Kind.DATE_OF_BIRTH),  # a Swedish birth year keeps its year
    ("coordinateur", None),  # a French role, no Polish "ur" (born) at its end
])
def test_when_round_28_words_are_read_then_the_name_says_their_kind(name, kind) -> None:
    assert kind_from_name(name)[0] is kind


def test_when_an_opaque_column_holds_one_cohorts_birth_dates_then_it_is_not_passed_as_events() -> None:
    rng = random.Random(17)
    births = [(date(2000, 1, 1) + timedelta(days=rng.randrange(2500))).strftime("%d-%m-%Y") for _ in range(120)]
    found = _table({"TENANT": [f"{_GIVEN[i % 10]} Lee{i}" for i in range(120)], "FIELD_17": births})["FIELD_17"]
    assert found.kind is not Kind.NONE


def test_when_recent_dates_fill_an_opaque_column_then_they_stay_events() -> None:
    rng = random.Random(18)
    events = [(date(2024, 1, 1) + timedelta(days=rng.randrange(600))).strftime("%d-%m-%Y") for _ in range(120)]
    found = _table({"TENANT": [f"{_GIVEN[i % 10]} Lee{i}" for i in range(120)], "FIELD_18": events})["FIELD_18"]
    assert found.kind is Kind.NONE


def test_when_street_lines_are_written_without_spaces_in_chinese_then_they_are_streets_not_codes() -> None:
    rng = random.Random(5)
    roads = ["西湖区文三路", "浦东新区世纪大道", "武侯区人民南路", "朝阳区建国路", "洪山区珞喻路", "天河区体育西路"]
    lines = [f"{rng.choice(roads)}{rng.randint(1, 999)}{rng.choice('号弄')}" for _ in range(120)]
    assert _table({"consignee": [f"Lee{i}" for i in range(120)], "c7": lines})["c7"].kind is Kind.STREET_ADDRESS


def test_when_a_few_walkers_phones_repeat_across_walks_then_they_are_still_the_walkers() -> None:
    rng = random.Random(6)
    phones = [f"07400 {rng.randint(100_000, 999_999)}" for _ in range(12)]
    frame = {"ownerName": [f"{_GIVEN[i % 10]} Lee{i}" for i in range(600)],
             "walkerPhone": [phones[i % 12] for i in range(600)]}
    assert _table(frame)["walkerPhone"].kind is Kind.PHONE


def test_when_an_old_benchmarks_dates_are_named_as_dates_then_they_stay_events() -> None:
    rng = random.Random(19)
    shipped = [(date(1992, 1, 1) + timedelta(days=rng.randrange(2500))).isoformat() for _ in range(120)]
    found = _table({"TENANT": [f"{_GIVEN[i % 10]} Lee{i}" for i in range(120)], "l_receiptdate": shipped})
    assert found["l_receiptdate"].kind is Kind.NONE  # (TPC-H's 1990s: a date of something, no cohort's births)


# Round 30: births stored as YYMMDD or as days since 1970, contacts carried inside log lines, URLs and messages, titled
# staff in scripts without case.

@pytest.mark.parametrize(("name", "as_int"), [
    ("DOB-YYMMDD", lambda d: int(d.strftime("%y%m%d"))),  # a mainframe's copybook field
    ("payload_after_birth_date", lambda d: (d - date(1970, 1, 1)).days),  # a CDC event's date, in days
])
def test_when_a_birth_named_integer_stores_dates_another_way_then_it_is_a_date_of_birth(name, as_int) -> None:
    values = [as_int(d) for d in _birth_dates(ROWS)]
    assert classify_column(name, "INTEGER", values).kind is Kind.DATE_OF_BIRTH


@pytest.mark.parametrize(("name", "values", "kind"), [
    ("message", [f"profile updated: phone=+1713390{4000 + i}" if i % 3 == 0 else f"GC pause {i}ms"
                 for i in range(90)], Kind.FREE_TEXT),
    ("request_uri", [f"/unsubscribe?e=user{i}@example.org&list=weekly" if i % 4 == 0 else f"/cart?page={i}"
                     for i in range(90)], Kind.FREE_TEXT),
    ("message", [f"GET /healthz 200 in {i} ms at 2024-01-{1 + i % 28:02d} 10:{i % 60:02d}" for i in range(90)],
     Kind.NONE),  # timestamps and durations are no contacts
    ("message", ["Write to support@example.com for help", "Call us on +1 212 555 0100"] * 45, Kind.NONE),  # the
    # business's own two contacts
    ("event_id", [str(uuid.UUID(int=random.Random(i).getrandbits(128))) for i in range(90)], Kind.NONE),  # digit
    # groups of UUIDs read as phones
    ("smtp_message_id", [f"<{random.Random(i).getrandbits(64):016x}.{i}@mta{i % 9}.mailer.example.net>"
                         for i in range(90)], Kind.NONE),  # a message id, shaped as an address, is no text
])
def test_when_values_carry_peoples_contacts_then_a_not_personal_name_does_not_release_them(name, values, kind) -> None:
    assert _table({"LAST_NAME": [f"Lee{i}" for i in range(90)], name: values})[name].kind is kind


@pytest.mark.parametrize("doctors", [
    ['ד"ר תמר שפירא', 'ד"ר נועה כהן', 'ד"ר אורית ביטון', 'ד"ר חן ביטון', 'ד"ר יעל לוי'],  # Hebrew, a gershayim
    ["นพ. จิราพร ศรีสุข", "พญ. กมลวรรณ สุขสวัสดิ์", "นพ. วราภรณ์ ศรีสุข", "พญ. สมศรี ใจดี"],  # Thai, a dot
])
def test_when_staff_carry_a_title_in_a_script_without_case_then_they_are_people(doctors) -> None:
    frame = {"surname": [f"Lee{i}" for i in range(400)], "rofe": [doctors[i % len(doctors)] for i in range(400)]}
    assert _table(frame)["rofe"].kind is Kind.PERSON_NAME


@pytest.mark.parametrize(("name", "kind"), [
    ("BORR_MAIL_CITY", Kind.CITY), ("BORR_MAIL_ADDR", Kind.STREET_ADDRESS),  # post, beside an address's part
    ("email_address", Kind.EMAIL), ("mail", Kind.EMAIL),  # e-mail, alone or before "address"
    ("colonia", Kind.CITY), ("barrio", Kind.CITY), ("carrer", Kind.STREET_ADDRESS), ("end_logr", Kind.STREET_ADDRESS),
    ("cbu", Kind.IBAN), ("NI_NUMBER", Kind.SSN), ("analista", Kind.PERSON_NAME),
])
def test_when_round_31_words_are_read_then_the_name_says_their_kind(name, kind) -> None:
    assert kind_from_name(name)[0] is kind


def test_when_a_mailing_address_line_is_a_post_office_box_then_it_is_a_street_address_not_a_code() -> None:
    boxes = [f"PO BOX {random.Random(i).randint(100, 9999)}" for i in range(120)]
    assert _table({"LAST_NAME": [f"Lee{i}" for i in range(120)], "mail_addr1": boxes})["mail_addr1"].kind is (
        Kind.STREET_ADDRESS)


# Round 32: staff written with a title or credentials, whatever the column is called; riders and couriers.

_CLINICIANS = ["Dr A Ochoa", "Yarbrough, Tallulah MD", "Ulises Cervantes, MD", "Dr. Josée Tremblay",
               "Gagnon, Connor PA-C", "Tolliver, Dixie DO"]


@pytest.mark.parametrize(("name", "values", "kind"), [
    ("ordering_provider", _CLINICIANS, Kind.PERSON_NAME),  # a name the vocabulary reads as a thing's
    ("clinician", _CLINICIANS, Kind.PERSON_NAME),  # a role, over a few repeated values
    ("c12", _CLINICIANS, Kind.PERSON_NAME),  # an opaque name
    ("soft_drink", ["Dr Pepper", "Coca-Cola", "Sprite", "Fanta", "7 Up", "Pepsi"], Kind.NONE),  # one "Dr" is no staff
    ("라이더", ["이서연", "한성민", "이예진", "황유나", "김도윤"], None),  # a Korean delivery rider: masked
])
def test_when_staff_are_written_with_a_title_or_credentials_then_they_are_people(name, values, kind) -> None:
    found = _table({"patient_surname": [f"Lee{i}" for i in range(300)], name: [values[i % len(values)] for i in range(300)]})
    assert found[name].kind is kind if kind else found[name].kind is not Kind.NONE


# Round 33: SaaS connectors' columns (tokens, JSON metadata, custom attributes, a CRM's accounts) and small
# businesses' (pets, extensions, role mailboxes).

_BASE62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def _token(rnd: random.Random, length: int) -> str:
    return "".join(rnd.choice(_BASE62) for _ in range(length))


_RND = random.Random(33)
_LOGINS = [f"{g}{s}{1970 + i % 40}" for i, (g, s) in enumerate(
    (g, s) for g in ("John", "Mary", "Karl", "Ines", "Omar", "Lena") for s in ("Smith", "Weber", "Novak", "Silva"))]


@pytest.mark.parametrize(("name", "values", "masked"), [
    ("customer", [f"cus_{_token(_RND, 14)}" for _ in range(200)], False),  # Stripe's customer ids
    ("card_fingerprint", [_token(_RND, 16) for _ in range(200)], False),
    ("x7", [_token(_RND, 28) for _ in range(200)], False),  # a Firebase uid under an opaque name
    ("handle", _LOGINS * 8, True),  # logins in capitals and digits change class seldom: masked
])
def test_when_values_are_tokens_software_generated_then_they_are_no_personal_data(name, values, masked) -> None:
    found = _table({"surname": [f"Lee{i}" for i in range(len(values))], name: values})[name]
    assert (found.kind is not Kind.NONE) is masked


@pytest.mark.parametrize(("values", "kind"), [
    ([f'{{"changes": [], "sync_id": {40000 + i % 90}}}' for i in range(200)], Kind.NONE),  # Airbyte's metadata
    ([f'{{"changes": [{{"field": "email", "change": "NULLED"}}], "sync_id": {i}}}' for i in range(200)], Kind.NONE),
    ([f'{{"traits": {{"email": "user{i}@example.org", "plan": "pro"}}}}' for i in range(200)], Kind.FREE_TEXT),
    ([f'{{"first_name": "{_GIVEN[i % 10]}", "tier": {i % 3}}}' for i in range(200)], Kind.FREE_TEXT),  # a personal key
])
def test_when_a_column_holds_json_documents_then_their_keys_and_fields_decide(values, kind) -> None:
    assert _table({"surname": [f"Lee{i}" for i in range(200)], "_airbyte_meta": values})["_airbyte_meta"].kind is kind


@pytest.mark.parametrize(("name", "values", "kind"), [
    ("workPhoneExtension", [str(200 + i % 300) for i in range(200)], Kind.NONE),
    ("Durchwahl", [f"x{10 + i % 80}" for i in range(200)], Kind.NONE),
    ("workPhone", [f"(615) 555-{1000 + i:04d}" for i in range(200)], Kind.PHONE),  # a whole number stays a phone
])
def test_when_a_phone_column_holds_only_extensions_then_it_is_no_phone(name, values, kind) -> None:
    assert _table({"surname": [f"Lee{i}" for i in range(200)], name: values})[name].kind is kind


_PETS = ["Rufus", "Bella", "Max", "Luna", "Waffles", "Charlie", "Molly"]


@pytest.mark.parametrize(("name", "kind"), [
    ("custom_attributes_pet_name", Kind.NONE), ("Tiername", Kind.NONE), ("кличка", Kind.NONE),
])
def test_when_a_name_is_an_animals_then_it_is_no_persons(name, kind) -> None:
    found = _table({"surname": [f"Lee{i}" for i in range(210)], name: [_PETS[i % 7] for i in range(210)]})
    assert found[name].kind is kind


@pytest.mark.parametrize(("name", "kind"), [
    ("Halter_Zuname", Kind.LAST_NAME), ("organizator", Kind.PERSON_NAME), ("organisatrice", Kind.PERSON_NAME),
    ("pozn", Kind.FREE_TEXT), ("obs", Kind.FREE_TEXT), ("addresses_0_value", Kind.STREET_ADDRESS),
    ("custom_attributes_first_name", Kind.FIRST_NAME),  # the attribute's own name after the path says what
    ("customer_attributes", None),  # an attribute of no named kind: the values say
])
def test_when_round_33_words_are_read_then_the_name_says_their_kind(name, kind) -> None:
    assert kind_from_name(name)[0] is kind


def test_when_a_table_describes_companies_then_their_addresses_are_theirs_and_their_contacts_stay_people() -> None:
    rows = 120
    found = classify_table("crm.Account", {c: "VARCHAR" for c in (
        "Name", "BillingStreet", "BillingCity", "Phone", "Industry", "AnnualRevenue", "Primary_Contact_Email__c")},
        pd.DataFrame({
            "Name": [f"Whitlock Hardware {i}" for i in range(rows)],
            "BillingStreet": [f"{100 + i} Commerce Park Blvd Suite {i}" for i in range(rows)],
            "BillingCity": [["Wichita", "Raleigh", "Tulsa"][i % 3] for i in range(rows)],
            "Phone": [f"(615) 555-{1000 + i:04d}" for i in range(rows)],
            "Industry": [["Retail", "Agriculture"][i % 2] for i in range(rows)],
            "AnnualRevenue": [str(1000 * i) for i in range(rows)],
            "Primary_Contact_Email__c": [f"{_GIVEN[i % 10].lower()}.lee{i}@whitlock.com" for i in range(rows)]}),
        Policy())
    assert {c: found[c].kind for c in ("BillingStreet", "BillingCity", "Phone", "Primary_Contact_Email__c")} == {
        "BillingStreet": Kind.NONE, "BillingCity": Kind.NONE, "Phone": Kind.NONE, "Primary_Contact_Email__c": Kind.EMAIL}


@pytest.mark.parametrize(("values", "kind"), [
    ([f"{['ap', 'info', 'sales.emea', 'Rechnung', 'facturation'][i % 5]}@firm{i}.example" for i in range(100)], Kind.NONE),
    ([f"{_GIVEN[i % 10].lower()}.lee{i}@firm.example" for i in range(100)], Kind.EMAIL),
])
def test_when_e_mail_addresses_are_role_mailboxes_then_they_are_a_business_s(values, kind) -> None:
    assert _table({"surname": [f"Lee{i}" for i in range(100)], "EmailAddress": values})["EmailAddress"].kind is kind


# Round 34: mobility, travel and analytics tables (bookings, tokens, password hashes, tag lists, who released the
# rows, a bare code over births, surnames beside given names).

@pytest.mark.parametrize(("name", "kind"), [
    ("BookingRef", Kind.NONE), ("Pnr", Kind.NONE), ("kod_rabatowy", Kind.NONE), ("senaste_laddare", Kind.NONE),
    ("booking_contact_name", Kind.PERSON_NAME),  # whoever booked: a person's word beside the booking's
    ("push_token", Kind.NONE), ("registratienummer", Kind.NONE), ("audiences", Kind.NONE),
    ("dl_number", Kind.NATIONAL_ID), ("DL_NO", Kind.NATIONAL_ID), ("permisoConducir", Kind.NATIONAL_ID),
    ("dl_state", Kind.NONE),  # the state that issued it, no number
    ("schichtleitung", Kind.PERSON_NAME), ("adverse_event_text", Kind.FREE_TEXT), ("texte_message", Kind.FREE_TEXT),
    ("message_id", Kind.NONE), ("version_texte", Kind.NONE),
])
def test_when_round_34_words_are_read_then_the_name_says_their_kind(name, kind) -> None:
    assert kind_from_name(name)[0] is kind


@pytest.mark.parametrize(("values", "masked"), [
    ([f"$argon2id$v=19$m=65536,t=3,p=4${_token(_RND, 22)}${_token(_RND, 43)}" for _ in range(100)], False),
    ([f"$2b$12${_token(_RND, 53)}" for _ in range(100)], False),  # bcrypt
    ([f"pbkdf2_sha256$260000${_token(_RND, 22)}${_token(_RND, 44)}=" for _ in range(100)], False),  # Django
    ([f"fcm:{_token(_RND, 40)}" for _ in range(100)], False),  # a push token after its prefix
    ([f"usr_{''.join(_RND.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(9))}7" for _ in range(100)],
     False),  # generated user keys
    ([f"{_GIVEN[i % 10].lower()}.{['lee', 'ng', 'roe'][i % 3]}{i}" for i in range(100)], True),  # logins: masked
])
def test_when_a_user_or_secret_column_holds_generated_strings_then_they_are_no_persons(values, masked) -> None:
    found = _table({"surname": [f"Lee{i}" for i in range(100)], "canonical_user_id": values})["canonical_user_id"]
    assert (found.kind is not Kind.NONE or found.state == "review") is masked


@pytest.mark.parametrize(("values", "kind"), [
    ([",".join(sorted({["ios", "web", "pos", "email", "android"][(i * k) % 5] for k in (1, 2)})) for i in range(90)],
     Kind.NONE),  # a CDP's identity sources
    ([f'["{uuid.UUID(int=i)}", "{uuid.UUID(int=i * 7919)}"]' for i in range(90)], Kind.NONE),  # device ids
])
def test_when_values_are_tag_lists_or_arrays_of_ids_then_they_are_no_personal_data(values, kind) -> None:
    assert _table({"surname": [f"Lee{i}" for i in range(90)], "device_ids": values})["device_ids"].kind is kind


_RELEASERS = ["Felicity Featherstone", "Zain Goodacre", "Ieuan McAllister", "Elspeth Hargreaves"]


@pytest.mark.parametrize(("name", "values", "kind"), [
    ("released_by", _RELEASERS, Kind.PERSON_NAME),  # names the census lacks, under who did it
    ("released_by", ["Finance Ops", "Payout Bot", "Finance Ops", "Payout Bot"], Kind.NONE),  # teams and bots
    ("sort_by", _RELEASERS, Kind.NONE),  # "by" after no action
])
def test_when_a_few_people_released_the_rows_then_they_are_staff(name, values, kind) -> None:
    found = _table({"rider_email": [f"rider{i}@example.org" for i in range(400)],
                    name: [values[i % len(values)] for i in range(400)]})
    assert found[name].kind is kind


def test_when_a_bare_code_holds_dates_spread_as_births_then_it_is_a_date_of_birth() -> None:
    births = [(date(1950, 1, 1) + timedelta(days=137 * i)).strftime("%Y%m%d") for i in range(120)]
    events = [(date(2025, 1, 1) + timedelta(days=i % 300)).strftime("%Y%m%d") for i in range(120)]
    found = _table({"surname": [f"Lee{i}" for i in range(120)], "code": births, "ref": events})
    assert (found["code"].kind, found["ref"].kind) == (Kind.DATE_OF_BIRTH, Kind.NONE)


@pytest.mark.parametrize(("columns", "kind"), [
    ({"voornaam": _GIVEN, "naam": ["Peeters", "Van Damme", "Janssens", "de Vries", "Maes"]}, Kind.LAST_NAME),
    ({"fahrerVorname": _GIVEN, "fahrerName": ["Gruber", "Huber", "Wagner", "Bauer", "Moser"]}, Kind.LAST_NAME),
    ({"voornaam": _GIVEN, "naam": ["Bram Peeters", "Eva Maes", "Jan de Vries", "Lotte Janssens"]}, Kind.PERSON_NAME),
    # beside a family-name column, a bare name of one word is the given name (round 9's rule)
    ({"voornaam": _GIVEN, "achternaam": ["Peeters", "Maes"], "naam": ["Peeters", "Maes", "Wouters"]}, Kind.FIRST_NAME),
])
def test_when_a_bare_name_stands_beside_a_given_name_then_it_is_the_family_name(columns, kind) -> None:
    rows = 120
    found = _table({c: [v[(i * 7) % len(v)] for i in range(rows)] for c, v in columns.items()})
    name = "naam" if "naam" in columns else "fahrerName"
    assert found[name].kind is kind


# Round 35: the few staff a table of things names (an MES's operators, a work order's technician), hosts and
# underwriters, BICs.

def _maintenance_orders(column: str, values: list[str]) -> dict[str, Classification]:
    rows = 300
    return classify_table("cmms.work_orders", {c: "VARCHAR" for c in ("order_no", "machine", "status", column)},
                          pd.DataFrame({"order_no": [f"WO-{i:06d}" for i in range(rows)],
                                        "machine": [f"PRESS-{i % 9}" for i in range(rows)],
                                        "status": [["open", "done"][i % 2] for i in range(rows)],
                                        column: [values[i % len(values)] for i in range(rows)]}), Policy())


@pytest.mark.parametrize(("column", "values", "kind"), [
    ("TechFirstName", ["Leanne", "Lewis", "Royce", "Mary"], Kind.FIRST_NAME),  # the name says which part
    ("operator_name", ["Vicki Rudd", "Dwayne Yardley", "Leanne Kowalczyk", "Wade Dewhurst"], Kind.PERSON_NAME),
    ("releasedBy", ["D. Okafor", "K. Dewhurst", "C. Tolliver"], Kind.PERSON_NAME),  # an initial and a family name
    ("machine_name", ["Press Line", "Paint Shop", "Weld Cell", "Dock Four"], Kind.NONE),  # things keep their names
    ("shift", ["Early Shift", "Late Shift", "Night Shift"], Kind.NONE),
])
def test_when_a_table_of_things_names_a_few_staff_then_they_are_people(column, values, kind) -> None:
    assert _maintenance_orders(column, values)[column].kind is kind


@pytest.mark.parametrize(("values", "kind"), [
    ([["NOHANL2AXXX", "CRVAFRPP", "DEUTDEFF500", "COBADEFFXXX", "BNPAFRPP"][i % 5] for i in range(100)], Kind.NONE),
    ([["LEFEBVRE", "MARCHAND", "GUILLOT", "VASSEUR", "BEAUMONT"][i % 5] for i in range(100)], None),  # no BICs
])
def test_when_values_are_bics_then_they_are_a_bank_s_code(values, kind) -> None:
    found = _table({"surname": [f"Lee{i}" for i in range(100)], "c_17": values})["c_17"]
    assert found.kind is kind if kind else found.evidence.find("BIC") < 0


@pytest.mark.parametrize(("name", "kind"), [
    ("anfitrion", Kind.PERSON_NAME), ("acceptant", Kind.PERSON_NAME), ("Sachbearbeiter", Kind.PERSON_NAME),
])
def test_when_round_35_words_are_read_then_the_name_says_their_kind(name, kind) -> None:
    assert kind_from_name(name)[0] is kind


# Round 36: registers and associations (identity documents, birthplaces, register numbers, GEDCOM pointers).

@pytest.mark.parametrize(("name", "kind"), [
    ("ID_DOC_NO", Kind.NATIONAL_ID), ("id_document_number", Kind.NATIONAL_ID), ("mibun_kakunin_bango", Kind.NATIONAL_ID),
    ("id_doc_type", Kind.NONE),  # the document's type, no number
    ("naturalidadeNubente1", Kind.CITY), ("localidade", Kind.CITY), ("conservador", Kind.PERSON_NAME),
    ("matka_z_domu", Kind.LAST_NAME),  # "née": the mother's maiden name, no house
    ("degree", Kind.NONE), ("user_avatar", Kind.NONE), ("τύπος", Kind.NONE),
])
def test_when_round_36_words_are_read_then_the_name_says_their_kind(name, kind) -> None:
    assert kind_from_name(name)[0] is kind


@pytest.mark.parametrize(("name", "values", "kind"), [
    ("numeroAssento", [f"{i * 37 % 9000:04d}/2025" for i in range(120)], Kind.NONE),  # a register's year and number
    ("repertoriumnummer", [f"2025.{i * 7919 % 90000 + 10000}" for i in range(120)], Kind.NONE),
    ("CELL_LOC", [f"{'EFGIMQ'[i % 6]}-{i % 8}-{100 + i * 7 % 900}" for i in range(120)], Kind.NONE),  # no mobile
    ("CELL", [f"07700 9{i:05d}" for i in range(120)], Kind.PHONE),  # a UK mobile stays one
    ("緊急連絡先", ([f"{f} {g}" for f in ("前田", "佐藤", "田中", "岡田") for g in ("奈々", "健太", "大樹", "香織", "翔太",
                                                                     "由美", "桜")] * 5)[:120], Kind.PHONE),  # names
    ("XREF", [f"@I{i}@" for i in range(120)], Kind.NONE),  # GEDCOM's pointers
    ("user_birthday", [f"{1 + i % 28:2d}-{1 + i % 12:2d}-{1950 + i % 50}" for i in range(120)], Kind.DATE_OF_BIRTH),
])
def test_when_round_36_values_are_read_then_they_say_what_the_column_holds(name, values, kind) -> None:
    assert _table({"surname": [f"Lee{i}" for i in range(120)], name: values})[name].kind is kind


def test_when_json_keys_are_values_then_the_evidence_counts_them_and_quotes_none() -> None:
    canary = "canary.keyholder@email.com"  # a map keyed by e-mail addresses: its keys are values
    found = _table({"surname": [f"Lee{i}" for i in range(60)],
                    "payload": [f'{{"{i}{canary}": {i}}}' for i in range(60)]})["payload"]
    assert found.kind is Kind.FREE_TEXT and "canary" not in found.evidence and "@" not in found.evidence


# Round 37: staff under a verifier's or an agent's name, second address lines, venues and categories, names written
# in capitals, logins cut at eight characters, Korean full names, words read where they start.

@pytest.mark.parametrize(("name", "kind"), [
    ("volunteer_role", Kind.NONE), ("user_role", Kind.NONE), ("role", Kind.NONE),  # a role itself, not who holds it
    ("house_number", Kind.STREET_ADDRESS), ("מספר_בית", Kind.STREET_ADDRESS),
    ("θέση_ακινήτου", None),  # a property's location: ``κινητ`` (a mobile) is read where a word starts, not inside
    ("κινητό_τηλέφωνο", Kind.PHONE), ("ΑριθμόςΤαυτότητας", Kind.NATIONAL_ID),
    ("勤務先電話", Kind.NONE),  # the phone of the place of work: the employer's
    ("세대주", Kind.PERSON_NAME), ("орендар", Kind.PERSON_NAME),
    ("rg_notes", Kind.FREE_TEXT),  # notes about something, whatever abbreviation qualifies them
    ("venue_name", Kind.NONE), ("SeatNumber", Kind.NONE), ("MembershipType", Kind.NONE), ("SchemeName", Kind.NONE),
])
def test_when_round_37_words_are_read_then_the_name_says_their_kind(name, kind) -> None:
    assert kind_from_name(name)[0] is kind


_SHOUTED_GIVEN = ["LAKSHMI", "GANAPATHI", "MEENAKSHI", "SHARANAPPA", "VIJAYALAKSHMI", "NAGARAJA", "CHANDRIKA"]
_SHOUTED_FAMILY = ["HEGDE", "KAMBLE", "MALLYA", "SHANBHAG", "UPADHYA", "KARANTH", "ADIGA"]


@pytest.mark.parametrize(("name", "values", "kind"), [
    # who verified the people, full names the census lacks and no word of the vocabulary; not a team or a rule
    ("kyc_verified_by", ["Thandeka Mokoena", "Lwazi Dube", "Nomvula Khoza", "Ayanda Mabaso"], Kind.PERSON_NAME),
    ("approved_by", ["Risk Team", "Auto Approve", "Finance Desk"], Kind.NONE),
    ("account_manager", ["Karen Doyle", "Judith Harrison", "Amelia Harrison"], Kind.PERSON_NAME),  # a shared surname
    ("agent", ["Wei Tanaka", "Mei Okafor", "Sarah Brandt", "Nadia Holloway"], Kind.PERSON_NAME),  # Mei: Dutch "May"
    ("addr_line_2", ["Apt 4", "Suite 210", "#12", "Unit 7B", "Fl 3"], Kind.STREET_ADDRESS),  # few, repeated
    ("membership_type", ["Gold", "Junior", "Family", "Senior"], Kind.NONE),
    ("home_gym", ["PowerHouse Leeds", "PowerHouse York", "PowerHouse Bristol"], Kind.NONE),  # a chain's sites
    ("role", ["Steward", "Bar", "First Aid"], Kind.NONE),
    ("세대주", [f"{f}{g}" for f in "김박최정" for g in ("민서", "지호", "서윤", "도윤", "하은")], Kind.PERSON_NAME),
    # names in capitals with a relation and initials, drawn from a few dozen given and family names
    ("consumer_name", [f"{'S/O ' if i % 3 == 0 else ''}{g} {f if i % 2 else f[0]}" for i, (g, f) in enumerate(
        (g, f) for g in _SHOUTED_GIVEN for f in _SHOUTED_FAMILY)], Kind.PERSON_NAME),
])
def test_when_round_37_values_are_read_then_they_say_what_the_column_holds(name, values, kind) -> None:
    assert _with_clients(name, values).kind is kind


def test_when_a_contact_column_holds_each_person_s_chosen_contact_then_it_is_scanned_as_free_text() -> None:
    rnd = random.Random(37)
    values = [[f"pat{i}@example.org", f"+44 7700 9{rnd.randint(0, 99999):05d}", f"{i} Mill Lane, Leeds LS1 4AP"][i % 3]
              for i in range(ROWS)]
    assert _with_clients("contact_detail", values).kind is Kind.FREE_TEXT


def test_when_a_user_id_holds_logins_cut_at_eight_characters_then_it_is_reviewed() -> None:
    found = _with_clients("user_id", ["jnowakow", "awisniew", "kzielins", "mlewando"])
    assert (found.kind, found.state) == (Kind.UNCLASSIFIED, "review")


# Round 38: identity and bank numbers of more countries, names as an ID card writes them, hospitality's things, long
# addresses, emergency contacts, birth dates written in two eras.

@pytest.mark.parametrize(("name", "kind"), [
    ("name_as_per_nric", Kind.PERSON_NAME), ("fullNameAsPerAadhaar", Kind.PERSON_NAME),  # the name, not the number
    ("nric_fin", Kind.NATIONAL_ID), ("uanNo", Kind.NATIONAL_ID), ("num_titre_sejour", Kind.NATIONAL_ID),
    ("เลขที่หนังสือเดินทาง", Kind.NATIONAL_ID), ("رقم_جواز_السفر", Kind.NATIONAL_ID),  # passports
    ("ΠΑΡΑΤΗΡΗΣΕΙΣ", Kind.FREE_TEXT), ("מדריך", Kind.PERSON_NAME), ("職業", Kind.NONE),
    ("Staatsang", Kind.NONE), ("nationality", Kind.NONE), ("matricule", Kind.NONE), ("codMunic", Kind.NONE),
    ("submitted_via", Kind.NONE), ("via_residenza", Kind.STREET_ADDRESS),  # a channel, unless Italian's street
    ("DD_ABA", Kind.NONE), ("bank_acct", Kind.IBAN), ("bankAccountNo", Kind.IBAN), ("contaCorrente", Kind.IBAN),
    ("bank_account_type", Kind.NONE), ("bank_name", Kind.NONE), ("RestaurantName", Kind.NONE),
])
def test_when_round_38_words_are_read_then_the_name_says_their_kind(name, kind) -> None:
    assert kind_from_name(name)[0] is kind


def test_when_a_bank_account_holds_domestic_numbers_then_it_is_reviewed_not_released() -> None:
    rnd = random.Random(38)
    found = _with_clients("bank_acct", [f"{rnd.randint(10**9, 10**12 - 1)}" for _ in range(ROWS)])
    assert (found.kind, found.state) == (Kind.UNCLASSIFIED, "review")


@pytest.mark.parametrize(("name", "values", "kind"), [
    ("current_address", [f"No. {i}, {['MG Road', '5th Main', 'Ring Road'][i % 3]}, {['HSR Layout', 'Indiranagar'][i % 2]}"
                         for i in range(ROWS)], Kind.STREET_ADDRESS),  # long, but no sentence
    ("emergency_contact", [f"{['Asha', 'Ravi', 'Meera', 'Kiran'][i % 4]} {['Rao', 'Iyer', 'Das'][i % 3]} (Spouse) - "
                           f"+91 98{i:03d} {40000 + i}" for i in range(ROWS)], Kind.FREE_TEXT),  # a name and a phone
    ("nombre_alojamiento", [f"{['Casa', 'Villa'][i % 2]} {['Elena', 'Sofia', 'Lucia', 'Carmen', 'Julia'][i % 5]}"
                            for i in range(ROWS)], Kind.NONE),  # a holiday flat's name
])
def test_when_round_38_values_are_read_then_they_say_what_the_column_holds(name, values, kind) -> None:
    assert _with_clients(name, values).kind is kind


def test_when_birth_dates_mix_the_buddhist_and_the_common_era_then_both_read_as_births() -> None:
    rnd = random.Random(2538)
    values = [f"{rnd.randint(1, 28):02d}/{rnd.randint(1, 12):02d}/{rnd.randint(1960, 2005) + (543 if i % 4 else 0)}"
              for i in range(ROWS)]  # a Thai register: Thai guests in the Buddhist era, foreign guests in ours
    assert max(d.year for d in parse_dates(values)) <= 2005
    assert _with_clients("date_of_birth", values).kind is Kind.DATE_OF_BIRTH


# Round 39: a shipping label's names, staff in capitals at a till, an agent's name, a date of birth on the ID shown,
# a customer's postal code, a tax identifier.

@pytest.mark.parametrize(("name", "kind"), [
    ("お届け先名", Kind.PERSON_NAME), ("お届け先アパートマンション名", Kind.STREET_ADDRESS),  # the recipient; the building
    ("運賃管理番号", Kind.NONE), ("班主任", Kind.PERSON_NAME), ("담당강사", Kind.PERSON_NAME),
    ("DobOnId", Kind.DATE_OF_BIRTH), ("CUST_POSTAL", Kind.POSTAL_CODE), ("postal_zone", Kind.NONE),
    ("tax_identifier", Kind.NATIONAL_ID), ("customer_identifier", Kind.NONE), ("gdn1_sbrb", Kind.CITY),
])
def test_when_round_39_words_are_read_then_the_name_says_their_kind(name, kind) -> None:
    assert kind_from_name(name)[0] is kind


@pytest.mark.parametrize(("name", "values", "kind"), [
    ("CASHIER_NM", ["MATTHEW", "KRISTA", "YANNICK", "AMANDEEP", "HAO"], Kind.FIRST_NAME),  # a till's staff, in capitals
    ("SEI", ["ALPHA", "BRAVO", "CHARLIE", "DELTA", "ECHO"], Kind.NONE),  # capitals under no role: a code list
    ("vkyc_agent_name", ["Nilesh Gaikwad", "Arif Shaikh", "Rutuja Parmar", "Rahul Rawat"], Kind.PERSON_NAME),
])
def test_when_round_39_values_are_read_then_they_say_what_the_column_holds(name, values, kind) -> None:
    assert _with_clients(name, values).kind is kind


@pytest.mark.parametrize(("name", "kind"), [
    ("학생명", Kind.PERSON_NAME), ("특이사항", Kind.FREE_TEXT), ("接送人", Kind.PERSON_NAME), ("ملاحظات", Kind.FREE_TEXT),
    ("σταθερό", Kind.PHONE), ("αριθμός_μητρώου", Kind.NONE), ("सत्र", Kind.NONE), ("AllergienHinweise", Kind.FREE_TEXT),
    ("接送人关系", Kind.NONE), ("보호자관계", Kind.NONE),  # the pick-up person's or guardian's relationship: a category
])
def test_when_round_39_words_of_schools_are_read_then_the_name_says_their_kind(name, kind) -> None:
    assert kind_from_name(name)[0] is kind


# Round 40: a register's names ending in an abbreviation of the table's own name, bare phones, a merchant's own
# cards, logins under ids, Chinese full names, prose about people under a thing's name, a city with its state.

@pytest.mark.parametrize(("columns", "table", "prefix"), [
    (["COD_IND", "LIB_NOM_PAT_IND", "DATE_NAI_IND", "COD_PAY_NAT", "LIB_AD1", "NUM_TEL"], "apogee.INDIVIDU_EXPORT",
     "_ind"),  # "of the individual", the table's own word
    (["COD_IND", "LIB_NOM_PAT_IND", "DATE_NAI_IND", "COD_PAY_NAT", "LIB_AD1", "NUM_TEL"], "apogee.ETAPE", ""),
    (["customer_id", "order_id", "product_id", "qty"], "sales.order_lines", ""),  # ids: no abbreviation of the table
])
def test_when_many_columns_end_with_an_abbreviation_of_the_tables_name_then_it_is_dropped(columns, table,
                                                                                       prefix) -> None:
    assert table_prefix(columns, table) == prefix


@pytest.mark.parametrize(("name", "prefix", "kind"), [
    ("DATE_NAI_IND", "_ind", Kind.DATE_OF_BIRTH), ("COD_NNE_IND", "_ind", Kind.NATIONAL_ID),
    ("DATE_NAI_IND", "", Kind.NONE),  # read whole, the last word is an indicator
    ("LIB_AD1", "", Kind.STREET_ADDRESS), ("LIB_AD2", "", Kind.STREET_ADDRESS), ("ad", "", Kind.FIRST_NAME),
    ("INE", "", Kind.NATIONAL_ID), ("territory", "", Kind.NONE), ("όνομα_χρήστη", "", None),  # a user name: a login
])
def test_when_round_40_words_are_read_then_the_name_says_their_kind(name, prefix, kind) -> None:
    assert kind_from_name(name, prefix)[0] is kind


def _luhn_numbers(head: str, count: int) -> list[str]:
    rnd = random.Random(head)
    bodies = [head + "".join(rnd.choice("0123456789") for _ in range(15 - len(head))) for _ in range(count)]
    return [b + luhn.calc_check_digit(b) for b in bodies]


def _valid_bare(region: str, first: str, length: int, count: int) -> list[str]:
    rnd, found = random.Random(region), []
    while len(found) < count:
        digits = first + "".join(rnd.choice("0123456789") for _ in range(length - 1))
        if phonenumbers.is_valid_number(phonenumbers.parse(digits, region)):
            found.append(digits)
    return found


@pytest.mark.parametrize(("name", "values", "kind"), [
    ("CUSTOM_3", _valid_bare("CA", "9", 10, 60), Kind.PHONE),  # a member's phone keyed at a till, bare digits
    ("COL12", _valid_bare("IN", "9", 10, 60), Kind.PHONE),  # an Indian mobile, bare
    ("CUSTOM_4", [str(2125550001 + 7 * i) for i in range(60)], Kind.NONE),  # a run of keys: no subscribers
    ("COD_CLE_NNE", list("ABCDEFGHJKLMNPRSTUVWXYZ"), Kind.NONE),  # a student number's key letter, not the number
    ("LOYALTY_NO", _luhn_numbers("603207", 60), Kind.NONE),  # a merchant's own card, Luhn like a payment card
    ("card_number", _luhn_numbers("4539", 60), Kind.CREDIT_CARD),
    ("reviewer_location", ["Boston, MA", "Boise ID", "Tampa, FL", "Raleigh NC", "Austin", "Madison WI"], Kind.CITY),
])
def test_when_round_40_values_are_read_then_they_say_what_the_column_holds(name, values, kind) -> None:
    assert _with_clients(name, values).kind is kind


_HANDLES = ["kreddy", "priya.liu", "lwilson", "mkim", "jennifer_l", "desaia", "tamika_n", "rebecca.mehta",
            "stephanie_h", "wanga", "jgarcia", "maria.lopez", "dnguyen", "sarah_k", "tjohnson", "emily.chen",
            "rpatel", "kevin.brown", "amiller", "laura_s", "jsmith", "michael.davis", "cmartin", "anna.white"]


@pytest.mark.parametrize(("name", "values"), [
    ("Web_ID", _HANDLES),  # a portal's id holding each person's login
    ("CSR_ID", ["csr_asantos", "csr_jgill", "csr_mleblanc", "csr_twong", "csr_rfraser"]),  # a few staff, a role's head
])
def test_when_an_id_holds_logins_spelling_names_then_it_is_reviewed(name, values) -> None:
    found = _with_clients(name, values)
    assert (found.kind, found.state) == (Kind.UNCLASSIFIED, "review")


@pytest.mark.parametrize(("values", "kind"), [
    (["王芳", "李建国", "张伟", "刘洋", "陈静", "杨秀英", "黄磊", "赵敏"], Kind.PERSON_NAME),  # Chinese full names
    (["佐藤", "松本", "鈴木", "山田", "小林", "中村", "渡辺", "伊藤"], Kind.LAST_NAME),  # Japanese staff's family names
])
def test_when_staff_under_a_role_are_written_in_han_characters_then_chinese_full_names_are_names(values, kind) -> None:
    assert _with_clients("班主任", values).kind is kind


@pytest.mark.parametrize(("values", "kind"), [
    ([f"Thanks so much, {n}! – {s} at Cobble & Pine" for n, s in zip(
        ["Courtney", "Malik", "Brian", "Ananya", "Terrell", "Linh", "Rachel", "Oscar", "Megan", "Diego"],
        ["Lauren", "Cedric", "Ricardo", "Lauren", "Cedric"] * 2)], Kind.FREE_TEXT),  # replies that name people
    ([f"Brushed {m} finish with a {c} strap, {s} size" for m, c, s in zip(
        ["steel", "brass", "copper", "chrome", "nickel"] * 2, ["leather", "canvas", "Rose Gold", "nylon", "suede"] * 2,
        ["small", "medium", "large", "regular", "wide"] * 2)], Kind.NONE),  # product copy
])
def test_when_prose_under_a_things_name_writes_many_given_names_then_it_is_text_about_people(values, kind) -> None:
    assert _with_clients("merchant_reply", values).kind is kind


# Round 40, from v52 and v53 (after their scoring): who created a record in German and in legacy abbreviations, a
# defendant's second address line, a line manager, a keeper, a vet with credentials, logins in capitals or after a
# domain, a date of birth keyed with two separators.

@pytest.mark.parametrize(("name", "kind"), [
    ("ErstelltVon", Kind.NONE), ("UPDUSR", None), ("DEFT_ADDR_2", Kind.STREET_ADDRESS),
    ("line_manager_name", Kind.PERSON_NAME), ("keeper_town", Kind.CITY), ("PHNO", Kind.PHONE),
])
def test_when_round_40_words_of_v52_and_v53_are_read_then_the_name_says_their_kind(name, kind) -> None:
    assert kind_from_name(name)[0] is kind


@pytest.mark.parametrize(("name", "values"), [
    ("USER_ID", ["LLUMB", "KCROSSLE", "SBARRACL", "AKOWALCZ", "BMAHMOOD"]),  # a mainframe's logins, cut at eight
    ("DISPATCHER", ["LALLEN", "JROGERS", "YDIAZ"]),  # a role's logins
    ("ModifiedBy", ["MSIP\\connor_d", "MSIP\\sophie_z", "MSIP\\yannick_t", "MSIP\\xiaoling_g"]),  # after a domain
    ("ErstelltVon", ["meggert", "bkortmann"]),  # two chimney sweeps
    ("UPDUSR", ["MTAPSELL", "ORANGI", "CBIDOIS", "MSHARMA"]),  # who last updated an AS/400 row
])
def test_when_a_few_logins_are_written_in_capitals_after_a_domain_or_by_two_staff_then_they_are_reviewed(
        name, values) -> None:
    found = _with_clients(name, values)
    assert (found.kind, found.state) == (Kind.UNCLASSIFIED, "review")


@pytest.mark.parametrize(("name", "values", "kind"), [
    ("DEFT_ADDR_2", ["MANNINGHAM", "HAREHILLS", "FLAT 2", "LONGSIGHT", "FALLOWFIELD", "FLAT 11"], Kind.STREET_ADDRESS),
    ("RegisteredVet", ["Pauline Pickering MRCVS", "Olivia Hughes MRCVS", "Gareth Dinsdale MRCVS"], Kind.PERSON_NAME),
    ("DOB_ON_ID", [f"{m:02d}{'-' if i % 4 == 0 else '/'}{d:02d}{'-' if i % 4 == 0 else '/'}{y}" for i, (m, d, y) in
                   enumerate(zip([6, 5, 3, 2, 1, 11, 12, 8] * 8, [13, 15, 15, 17, 17, 9, 19, 14] * 8,
                                 range(1960, 2024)))], Kind.DATE_OF_BIRTH),  # 06/13/1985 beside 02-17-1988
])
def test_when_round_40_values_of_v52_and_v53_are_read_then_they_say_what_the_column_holds(name, values, kind) -> None:
    assert _with_clients(name, values).kind is kind


def test_when_a_table_describes_animals_then_its_patients_name_is_the_animals_and_a_birth_date_stays_personal() -> None:
    rnd = random.Random(40)
    frame = {"ClientForename": [_CLIENT_GIVEN[i % len(_CLIENT_GIVEN)] for i in range(ROWS)],
             "ClientSurname": [_CLIENT_FAMILY[i % len(_CLIENT_FAMILY)] for i in range(ROWS)],
             "ClientDob": [f"{rnd.randint(1940, 2000)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
                           for _ in range(ROWS)],
             "PatientName": [["Bella", "Max", "Charlie", "Luna", "Daisy", "Oscar"][i % 6] for i in range(ROWS)],
             "Species": [["Canine", "Feline"][i % 2] for i in range(ROWS)],
             "Breed": [["Labrador", "Siamese", "Beagle", "Maine Coon"][i % 4] for i in range(ROWS)],
             "DateOfBirth": [f"{rnd.randint(2010, 2024)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
                             for _ in range(ROWS)]}
    found = classify_table("vet.ClientPatient", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())
    assert {c: r.kind for c, r in found.items()} == {
        "ClientForename": Kind.FIRST_NAME, "ClientSurname": Kind.LAST_NAME, "ClientDob": Kind.DATE_OF_BIRTH,
        "PatientName": Kind.NONE, "Species": Kind.NONE, "Breed": Kind.NONE, "DateOfBirth": Kind.DATE_OF_BIRTH}


@pytest.mark.parametrize(("name", "kind"), [
    ("hkid_no", Kind.NATIONAL_ID), ("PK_CNIC", Kind.NATIONAL_ID), ("KE_KRA_PIN", Kind.NATIONAL_ID),
    ("MedicareNo", Kind.NATIONAL_ID), ("health_number", Kind.NATIONAL_ID), ("health_card_no", Kind.NATIONAL_ID),
    ("cod_numeric_personal", Kind.NATIONAL_ID), ("documentoIdentidad", Kind.NATIONAL_ID),
    ("numer_dokumentu", Kind.NATIONAL_ID), ("health_score", Kind.NONE), ("sire_name", Kind.NONE),
    ("Breed", Kind.NONE), ("nom_salarie", Kind.LAST_NAME), ("nom_client", Kind.LAST_NAME),
    ("nom_produit", Kind.NONE), ("imie_malzonka", Kind.FIRST_NAME), ("abhaNumber", Kind.NATIONAL_ID),
    ("ndis_number", Kind.NATIONAL_ID), ("pid_3_cns", Kind.NATIONAL_ID), ("audionomi", Kind.PERSON_NAME),
    ("kutsumanimi", Kind.FIRST_NAME), ("USER_MODIF", Kind.NONE),  # who modified: its values decide (a login)
])
def test_when_round_41_words_are_read_then_the_name_says_their_kind(name, kind) -> None:
    assert kind_from_name(name)[0] is kind


def test_when_a_payrolls_few_employees_repeat_in_capitals_under_their_name_then_they_stay_personal() -> None:
    found = _with_clients("nom_salarie", ["MARCHAND", "LACROIX", "DUFRESNE", "VASSEUR", "GUILLOT", "LEFEBVRE",
                                          "ROUSSEAU", "CHEVALIER", "FONTAINE", "MERCIER"])
    assert found.state == "personal" and found.kind in (Kind.LAST_NAME, Kind.PERSON_NAME)


@pytest.mark.parametrize("values", [
    ["民國69年11月30日", "民國70年2月8日", "民國65年11月17日", "民國38年11月16日", "民國109年2月6日"],  # Taiwan's era
    ["29 ม.ค. 2534", "22 ก.ค. 2535", "22 มี.ค. 2524", "18 มิ.ย. 2503", "16 เม.ย. 2526"],  # Thai months, Buddhist era
    ["6/10/79", "31/8/03", "23/4/88", "31/7/05", "12/4/94", "4/3/01", "26/10/05"],  # day first, two-digit years
])
def test_when_births_are_written_in_other_calendars_or_short_years_then_they_are_dates_of_birth(values) -> None:
    assert all(d.year <= date.today().year for d in parse_dates(values) or [date.max])
    assert _with_clients("date_of_birth", values).kind is Kind.DATE_OF_BIRTH


def test_when_a_patients_given_names_in_greek_repeat_then_they_stay_personal() -> None:
    found = _with_clients("όνομα_ασθενούς", ["Μαρία", "Αγγελική", "Κωνσταντίνα", "Δήμητρα", "Βασιλική", "Παρασκευή",
                                             "Ελένη", "Σοφία", "Ευαγγελία", "Γεωργία", "Αικατερίνη", "Χριστίνα"])
    assert found.state == "personal" and found.kind is Kind.FIRST_NAME


@pytest.mark.parametrize(("name", "values", "kind"), [
    ("MAILSORT", ["33467", "53089", "72911", "58194", "80163", "46729", "23056", "12739"], Kind.NONE),  # post codes
    ("URN", [f"0044{i:05d}" for i in range(1, 400, 7)], Kind.NONE),  # a list's keys after 0044: no phones
    ("캠페인명", ["신규가입 웰컴", "블랙프라이데이 사전알림", "멤버십 데이", "봄 신상 쿠폰"], Kind.NONE),  # campaigns
])
def test_when_round_41_values_of_v54_and_v55_are_read_then_they_say_what_the_column_holds(name, values, kind) -> None:
    assert _with_clients(name, values).kind is kind


def test_when_a_number_beside_the_street_moves_in_a_narrow_band_then_it_is_a_records_not_a_house() -> None:
    frame = pd.DataFrame({"patient": ["Anna Berger", "Lukas Huber"] * 100, "strasse": ["Hauptstraße", "Ringweg"] * 100,
                          "pat_nr": [2305 + (i * 7) % 85 for i in range(200)]})
    found = classify_table("physio.termine", {"patient": "VARCHAR", "strasse": "VARCHAR", "pat_nr": "INTEGER"},
                           frame, Policy())
    assert found["pat_nr"].kind is Kind.NONE


# -- Round 42: legacy files (AS/400, JD Edwards, fixed-width feeds), countries without a trunk prefix ---------------

_RNG42 = random.Random(42)
_MEMBERS = 300


def _member_file() -> dict[str, tuple[str, list]]:
    """An AS/400 co-operative's member file: every field carries the file's two letters, zeros stand for missing
    integers (a phone, an SSN, a birth date), cities and ZIP codes repeat as a rural area's do."""
    def zero(values: list[int]) -> list[int]:
        return [0 if _RNG42.random() < 0.15 else v for v in values]

    ssns = [int(f"{_RNG42.randint(1, 665):03d}{_RNG42.randint(1, 99):02d}{_RNG42.randint(1, 9999):04d}")
            for _ in range(_MEMBERS)]
    phones = [int(f"{_RNG42.choice([417, 573, 636])}{_RNG42.randint(200, 999)}{_RNG42.randint(0, 9999):04d}")
              for _ in range(_MEMBERS)]
    births = [int(f"{_RNG42.randint(30, 99)}{_RNG42.randint(1, 12):02d}{_RNG42.randint(1, 28):02d}")
              for _ in range(_MEMBERS)]
    return {
        "MBMBR#": ("INTEGER", list(range(100_001, 100_001 + _MEMBERS))),
        "MBNAM1": ("VARCHAR", [f"{_RNG42.choice(_CLIENT_GIVEN)} {_RNG42.choice(_CLIENT_FAMILY)}" for _ in range(_MEMBERS)]),
        "MBADR1": ("VARCHAR", [f"{_RNG42.randint(1, 9999)} County Road {_RNG42.randint(1, 400)}" for _ in range(_MEMBERS)]),
        "MBCITY": ("VARCHAR", [_RNG42.choice(["OWENSVILLE", "LEBANON", "ROLLA", "SALEM"]).ljust(20) for _ in range(_MEMBERS)]),
        "MBZIP5": ("INTEGER", zero([_RNG42.choice([65066, 65536, 65401, 65560]) for _ in range(_MEMBERS)])),
        "MBPHN1": ("BIGINT", zero(phones)),
        "MBSSN": ("BIGINT", zero(ssns)),
        "MBBDAT": ("INTEGER", zero(births)),
        "MBRATE": ("VARCHAR", [_RNG42.choice(["R1", "R2", "C1"]) for _ in range(_MEMBERS)]),
    }


def test_when_an_as400_files_fields_carry_its_two_letters_then_each_field_is_read_without_them() -> None:
    columns = _member_file()
    assert table_prefix(list(columns)) == "^mb"
    frame = pd.DataFrame({c: values for c, (_, values) in columns.items()})
    found = classify_table("COOPLIB.MBRMSTP", {c: t for c, (t, _) in columns.items()}, frame, Policy())
    assert {c: found[c].kind for c in ("MBCITY", "MBZIP5", "MBPHN1", "MBSSN", "MBBDAT")} == {
        "MBCITY": Kind.CITY, "MBZIP5": Kind.POSTAL_CODE, "MBPHN1": Kind.PHONE, "MBSSN": Kind.SSN,
        "MBBDAT": Kind.DATE_OF_BIRTH}
    assert found["MBMBR#"].kind is Kind.NONE and found["MBRATE"].kind is Kind.NONE


def test_when_a_table_holds_ibans_of_several_countries_or_few_bare_american_numbers_then_they_name_no_region() -> None:
    mixed = ["DE89370400440532013000", "FR1420041010050500013M02606", "ES9121000418450200051332"] * 10
    columns = {"name": [f"{_RNG42.choice(_CLIENT_GIVEN)} {_RNG42.choice(_CLIENT_FAMILY)}" for _ in range(30)],
               "city": [_RNG42.choice(["Utrecht", "Amersfoort", "Zwolle", "Tilburg"]) for _ in range(30)],
               "iban": mixed, "misc_7": [f"{_RNG42.randint(1000, 9999)} {_RNG42.choice(['AB', 'NB', 'ZD', 'PH'])}"
                                         for _ in range(30)]}
    assert _kinds("app.profile_extra", columns)["misc_7"] is Kind.POSTAL_CODE  # Dutch, no country ruled out


@pytest.mark.parametrize(("columns", "prefix"), [
    (["CUSTNAME", "CUSTCITY", "CUSTPHONE", "CUSTZIP", "CUSTSSN"], ""),  # a shared word, not a file's letters
    (["NAME", "CITY", "ZIP", "PHONE"], ""),
    (["WWAN8", "WWMLNM", "WWALPH", "WWNICK", "WWGEND", "WPPH1", "EAEMAL"], "^ww"),  # JD Edwards' who's who
])
def test_when_field_names_share_a_start_then_only_a_files_two_letters_are_a_prefix(columns, prefix) -> None:
    assert table_prefix(columns) == prefix


@pytest.mark.parametrize(("name", "kind"), [
    ("telef1", Kind.PHONE), ("poblac", Kind.CITY), ("WOONPL", Kind.CITY), ("OPMERK", Kind.FREE_TEXT),
    ("domic", Kind.STREET_ADDRESS),  # Spanish and Dutch words cut short as legacy fields are
    ("porta", None), ("locale", Kind.NONE), ("builder_name", Kind.NONE),  # whole words, or not a legacy name
    ("razao_social", None), ("KOZA_MEIGI", None),  # a known word is not cut short; an account's holder's name
    ("SozVersNr", Kind.SSN), ("kiso_nenkin_bango", Kind.SSN), ("requerenteNiss", Kind.SSN),
    ("ClaimantMBI", Kind.NATIONAL_ID), ("PhotoIdNumber", Kind.NATIONAL_ID), ("AdjusterDirectLine", Kind.PHONE),
])
def test_when_round_42_names_are_read_then_they_say_their_kind(name, kind) -> None:
    assert kind_from_name(name)[0] is kind


def test_when_a_spanish_table_writes_phones_in_groups_and_bare_then_its_iban_names_the_country() -> None:
    phone = phonenumbers.example_number_for_type("ES", phonenumbers.PhoneNumberType.FIXED_LINE)
    fixed = [str(phone.national_number + 1013 * i) for i in range(1, 61)]
    mobiles = [f"6{_RNG42.randint(10_000_000, 99_999_999)}" for _ in range(60)]
    from stdnum.es import ccc

    def es_iban(i: int) -> str:
        bank, account = f"2100{i:04d}", f"{_RNG42.randint(10**9, 10**10 - 1)}"
        return ccc.to_iban(bank + ccc.calc_check_digits(f"{bank}00{account}") + account)

    columns = {"nombre": [f"{_RNG42.choice(_CLIENT_GIVEN)}" for _ in range(60)],
               "telef1": [f"{v[:3]} {v[3:5]} {v[5:7]} {v[7:]}" if i % 2 else v for i, v in enumerate(fixed)],
               "campo_libre1": mobiles, "iban_domic": [es_iban(i) for i in range(60)],
               "n_contrato": [f"{7_000_000 + i * 13}" for i in range(60)]}
    found = _kinds("reparto.clientes", columns)
    assert (found["telef1"], found["campo_libre1"], found["n_contrato"]) == (Kind.PHONE, Kind.PHONE, Kind.NONE)


def test_when_an_opaque_feeds_column_holds_one_ssn_shaped_number_per_person_then_it_goes_to_review() -> None:
    ssns = [f"{_RNG42.randint(1, 665):03d}{_RNG42.randint(1, 99):02d}{_RNG42.randint(1, 9999):04d}" for _ in range(80)]
    zips = [f"307{_RNG42.randint(0, 999_999):06d}" for _ in range(80)]  # a region's ZIP+4, the hyphen left out
    columns = {"F5": [f"{_RNG42.choice(_CLIENT_FAMILY).upper()}, {_RNG42.choice(_CLIENT_GIVEN)}" for _ in range(80)],
               "F8": [
        f"{_RNG42.randint(1, 999)} Oak Street" for _ in range(80)], "F4": ssns, "F12": zips,
        "F13": [f"706{_RNG42.randint(200, 999)}{_RNG42.randint(0, 9999):04d}" for _ in range(80)],
        "F32": [f"worker{i}@example.org" for i in range(80)]}
    found = classify_table("landing.payfeed", {c: "VARCHAR" for c in columns}, pd.DataFrame(columns), Policy())
    assert (found["F4"].kind, found["F4"].state) == (Kind.UNCLASSIFIED, "review")
    assert found["F12"].kind is Kind.POSTAL_CODE and found["F13"].kind is Kind.PHONE


@pytest.mark.parametrize(("name", "values", "kind"), [
    ("HomeNumber", [f"0121 {_RNG42.randint(200, 999)} {_RNG42.randint(0, 9999):04d}" for _ in range(ROWS)],
     Kind.PHONE),  # a home phone's number
    ("settlement_bank_acct", [f"{_RNG42.randint(10**7, 10**8 - 1)}" for _ in range(ROWS)], Kind.UNCLASSIFIED),
    ("bank_account_type", ["current", "savings", "current", "joint"] * 10, Kind.NONE),
])
def test_when_round_42_values_of_v56_to_v59_are_read_then_they_say_what_the_column_holds(name, values, kind) -> None:
    assert _with_clients(name, values).kind is kind


def test_when_a_few_small_towns_repeat_beside_street_lines_under_an_opaque_name_then_they_are_cities() -> None:
    towns = ["Vildbjerg", "Hvide Sande", "Videbæk", "Skjern", "Ulfborg", "Ringkøbing", "Lemvig", "Holstebro"]
    columns = {"F5": [f"{_RNG42.choice(_CLIENT_FAMILY).upper()}, {_RNG42.choice(_CLIENT_GIVEN)}" for _ in range(80)],
               "F8": [f"Østergade {_RNG42.randint(1, 120)}" for _ in range(80)],
               "F10": [_RNG42.choice(towns) for _ in range(80)],
               "F11": [_RNG42.choice(["Hope", "Smith", "Center", "Church"]) for _ in range(80)],  # towns, and words
               "F32": [f"farmer{i}@example.org" for i in range(80)]}
    found = _kinds("coop.members", columns)
    assert found["F10"] is Kind.CITY and found["F11"] is Kind.NONE


@pytest.mark.parametrize(("values", "read"), [
    (["110683", "091096", "000000", "310197", "060831", "000000", "030561", "310758"], date(1983, 6, 11)),
    (["830611", "961009", "00000000", "970131", "310806", "0000-00-00", "610503", "580731"], date(1983, 6, 11)),
])
def test_when_a_legacy_file_writes_six_digit_dates_and_zeros_for_missing_ones_then_they_are_read(values, read) -> None:
    assert (parse_dates(values) or [None])[0] == read
    assert _with_clients("DT_NAIS_JJMMAA", values).kind is Kind.DATE_OF_BIRTH


@pytest.mark.parametrize("name", ["DT_PREM_CDE", "fecha_pedido", "data_ordine", "Bestellung_Datum"])
def test_when_a_date_is_named_as_an_orders_in_another_language_then_it_is_no_birth(name) -> None:
    assert kind_from_name(name)[0] is Kind.NONE


@pytest.mark.parametrize(("name", "values"), [
    ("DUNS__c", [f"{_RNG42.randint(10**8, 10**9 - 1)}" for _ in range(60)]),  # D-U-N-S numbers, spread: no ZIP+4
    ("KPIN", [f"{_RNG42.randint(1000, 9999)}" for _ in range(60)]),  # beside a column named as the postal code
])
def test_when_numbers_beside_an_address_are_spread_or_a_postal_code_is_named_then_they_are_no_postal_codes(
        name, values) -> None:
    columns = {"GRWNAM": [f"{_RNG42.choice(_CLIENT_GIVEN)} {_RNG42.choice(_CLIENT_FAMILY)}" for _ in range(60)],
               "ORCADR": [f"{_RNG42.randint(1, 400)} Station Road" for _ in range(60)],
               "PSTCD": [f"{_RNG42.choice([3110, 3112, 3116, 3118])}" for _ in range(60)], name: values}
    assert _kinds("grower.deliveries", columns)[name] is Kind.NONE


@pytest.mark.parametrize(("column", "staff"), [
    ("thu_ngan", ["Đặng Thanh Tuyết", "Huỳnh Thanh Hạnh", "Ngô Thanh Phượng", "Phạm Hữu Phúc", "Dương Đức Dũng"]),
    ("penjaga", ["Endang Kurniawan", "Rukmini Wahyuni", "Wahyu", "Agus Santoso", "Slamet Rahayu"]),  # 1-2 words
])
def test_when_a_few_staff_names_repeat_beside_the_tables_own_people_then_they_are_person_names(column, staff) -> None:
    customers = ["Đặng Văn Nam", "Huỳnh Thị Lan", "Ngô Minh Phượng", "Phạm Thị Hạnh", "Dương Văn Tuyết", "Lê Đức Phúc",
                 "Endang Susanti", "Sri Wahyuni", "Wahyu Hidayat", "Budi Santoso", "Slamet Riyadi", "Dewi Kurniawan"]
    columns = {"full_name": [customers[i % 12] for i in range(60)], "date_of_birth": ["1984-03-12"] * 60,
               column: [staff[i % 5] for i in range(60)]}
    assert _kinds("pawnshop.contracts", columns)[column] is Kind.PERSON_NAME


@pytest.mark.parametrize(("name", "values"), [
    ("KIRJAAJA", ["ville.salonen", "maria.koskinen", "maria.salonen"]),  # a recorder's logins, Finnish names
    ("OPERATOR_ID", ["bethanywhi", "nevilleheb", "yvonnetha", "sheilarai"]),  # a given name and a family name cut
    ("match_usr", [f"{_RNG42.choice(['liam.gallagher', 'bkavanagh', 'brendan_f', 'rupert_s'])}{i}" for i in range(60)]),
])
def test_when_staff_or_users_logins_are_written_as_people_type_them_then_they_go_to_review(name, values) -> None:
    found = _with_clients(name, values)
    assert (found.kind, found.state) == (Kind.UNCLASSIFIED, "review")


@pytest.mark.parametrize(("name", "values"), [
    ("birthDate", ["20 APR 1943", "1970", "DEC 1792", "BEF 1993", "ABT 1987", "1913", "JUL 1933", "1852"]),  # GEDCOM
    ("est_birth_year", ["1845", "1856", "1854", "1831", "1860", "1849"]),  # a census's years of birth, before 1880
])
def test_when_births_are_years_or_genealogys_partial_dates_then_they_are_dates_of_birth(name, values) -> None:
    assert _with_clients(name, values).kind is Kind.DATE_OF_BIRTH


def test_when_phones_of_a_country_outside_the_common_ones_are_written_in_its_groups_then_they_are_phones() -> None:
    values = [f"0{_RNG42.choice([3, 4, 6, 7, 9])} {_RNG42.randint(200, 999)} {_RNG42.randint(1000, 9999)}" for _ in range(40)]
    assert classify_column("column_28", "VARCHAR", values).kind is Kind.PHONE
    dates = [f"20{_RNG42.randint(10, 24)}-0{_RNG42.randint(1, 9)}-{_RNG42.randint(10, 28)}" for _ in range(40)]
    assert classify_column("column_29", "VARCHAR", dates).kind is not Kind.PHONE


@pytest.mark.parametrize(("name", "kind"), [
    ("اسم_الأب", Kind.PERSON_NAME), ("الرقم_الوطني", Kind.NATIONAL_ID), ("الموظف_المسؤول", Kind.PERSON_NAME),
    ("оператор", Kind.PERSON_NAME), ("mhudumu", Kind.PERSON_NAME), ("anwani_ya_makazi", Kind.STREET_ADDRESS),
])
def test_when_round_43_names_in_arabic_ukrainian_or_swahili_are_read_then_they_say_their_kind(name, kind) -> None:
    assert kind_from_name(name)[0] is kind


def test_when_a_number_under_an_unknown_word_sits_beside_street_lines_found_by_value_then_it_is_no_house_number() -> None:
    columns = {"F5": [f"{_RNG42.choice(_CLIENT_FAMILY).upper()}, {_RNG42.choice(_CLIENT_GIVEN)}" for _ in range(80)],
               "F8": [f"{_RNG42.randint(1, 999)} Oak Street" for _ in range(80)],
               "jersey_no": [str(_RNG42.randint(1, 40)) for _ in range(80)],
               "F32": [f"player{i}@example.org" for i in range(80)]}
    assert _kinds("league.players", columns)["jersey_no"] is Kind.NONE


@pytest.mark.parametrize(("name", "values"), [
    ("kod", [f"{_RNG42.randint(30, 34)}-{_RNG42.randint(100, 999)}" for _ in range(40)]),  # codes that LU validates
    ("AZ", [f"{_RNG42.randint(30, 34)}-{_RNG42.randint(100, 999)}/2025" for _ in range(40)]),  # file numbers of a year
    ("код_участника", [f"50-{_RNG42.randint(10**7, 10**8 - 1)}" for _ in range(40)]),  # no trunk 0 where one is dialled
    ("event_type", ["payment.failed", "refund.settled", "payment.expired", "payout.paid"] * 10),  # dotted event names
])
def test_when_codes_are_written_in_groups_a_country_validates_then_they_are_no_phones_nor_logins(name, values) -> None:
    found = _with_clients(name, values)
    assert found.kind not in (Kind.PHONE, Kind.UNCLASSIFIED)


def test_when_a_floor_column_holds_zeros_then_they_stay_values_and_it_is_no_house_number() -> None:
    columns = {"cliente": [f"{_RNG42.choice(_CLIENT_GIVEN)} {_RNG42.choice(_CLIENT_FAMILY)}" for _ in range(60)],
               "calle": [f"Calle Mayor {_RNG42.randint(1, 90)}" for _ in range(60)],
               "piso_origen": [_RNG42.randint(0, 9) for _ in range(60)]}
    frame = pd.DataFrame(columns)
    found = classify_table("mudanzas.cotizaciones", {"cliente": "VARCHAR", "calle": "VARCHAR", "piso_origen": "INTEGER"},
                           frame, Policy())
    assert found["piso_origen"].kind is Kind.NONE


# Round 44 (from v66-v68's misses after their first, blind scoring): identity documents and licences named in more
# languages and inflected, licences told by the table, legacy fields' letters and "#"


def _document_numbers(n: int = 60) -> list[str]:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return [f"{_RNG42.choice(letters)}{_RNG42.choice(letters)}{_RNG42.randint(100000, 999999)}" for _ in range(n)]


@pytest.mark.parametrize("name", [
    "nrPaszportu",  # Polish, the passport's (genitive)
    "cislo_dokladu",  # Czech, the document's number
    "BELGE_NO",  # Turkish, the document's number
    "numero_piece",  # French, the identity paper's number
    "numerPrawaJazdy",  # Polish, the driving licence's number
])
def test_when_an_identity_documents_number_is_named_in_another_language_or_inflected_then_it_is_a_national_id(
        name) -> None:
    assert _with_clients(name, _document_numbers()).kind is Kind.NATIONAL_ID


@pytest.mark.parametrize("name", ["licence_plate", "software_licence_key", "licence_type", "liquor_licence_no"])
def test_when_a_licence_is_a_things_then_its_name_says_no_identity_document(name) -> None:
    assert kind_from_name(name)[0] is not Kind.NATIONAL_ID


def _drivers(column: str, vehicle: bool) -> Classification:
    """``column`` of licence numbers in a table about people, beside a vehicle's registration or not."""
    frame = {"firstName": [_CLIENT_GIVEN[i % len(_CLIENT_GIVEN)] for i in range(ROWS)],
             "lastName": [_CLIENT_FAMILY[i % len(_CLIENT_FAMILY)] for i in range(ROWS)],
             "email": [f"p{i}@example.org" for i in range(ROWS)],
             column: [_document_numbers(ROWS)[i] for i in range(ROWS)]}
    if vehicle:
        frame["vehicleReg"] = [f"{_RNG42.randint(10, 99)}-D-{_RNG42.randint(1000, 99999)}" for _ in range(ROWS)]
    return classify_table("ops.records", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())[column]


@pytest.mark.parametrize("column", ["licenceNumber", "SupervisorLicenceNo", "LIC_NO", "DVLA_LIC_NO"])
def test_when_a_licence_number_sits_beside_people_and_a_vehicle_then_it_is_a_drivers_and_a_national_id(column) -> None:
    assert _drivers(column, vehicle=True).kind is Kind.NATIONAL_ID


@pytest.mark.parametrize("column", ["licenceNumber", "OFFICER_LICENCE_NO", "numeroLicence"])
def test_when_a_licence_number_sits_beside_people_but_no_vehicle_then_it_is_a_professionals_and_not_personal(
        column) -> None:
    assert _drivers(column, vehicle=False).kind is Kind.NONE


def test_when_a_licence_number_is_in_a_table_that_is_not_about_people_then_it_is_not_personal() -> None:
    columns = {"company_name": ["Crown Inns Ltd", "Red Lion Taverns Ltd", "Anchor Leisure plc", "Kings Arms Ltd"] * 15,
               "licence_number": _document_numbers(),
               "capacity": [str(_RNG42.randint(40, 400)) for _ in range(60)]}
    assert _kinds("licensing.premises", columns)["licence_number"] is Kind.NONE


@pytest.mark.parametrize(("name", "kind"), [
    ("CMHPHN", Kind.PHONE), ("CMWPHN", Kind.PHONE), ("CMSZIP", Kind.POSTAL_CODE),  # home, work, service
    ("CMDL#", Kind.NATIONAL_ID), ("CMFNAM", Kind.FIRST_NAME), ("CMSNAM", Kind.LAST_NAME), ("CMLNAM", Kind.LAST_NAME),
    ("CMMSDN", Kind.PHONE), ("CMPCOD", Kind.POSTAL_CODE), ("CMSTRT", Kind.STREET_ADDRESS),
    ("CMCUS#", Kind.NONE), ("CMMTR#", Kind.NONE),  # a customer's and a meter's numbers are keys
])
def test_when_a_legacy_fields_abbreviation_follows_a_letter_or_ends_in_a_hash_then_it_is_read(name, kind) -> None:
    assert kind_from_name(name, "^cm")[0] is kind


@pytest.mark.parametrize(("name", "kind"), [
    ("ANA_ADI", Kind.PERSON_NAME), ("localNascimento", Kind.CITY), ("NOMDEB", Kind.LAST_NAME),
    ("CNTCTPH", Kind.PHONE), ("KASSIER", Kind.PERSON_NAME),
])
def test_when_round_44_names_are_read_then_they_say_their_kind(name, kind) -> None:
    assert kind_from_name(name)[0] is kind


def _register_with_staff(staff_column: str, staff: list[str], guests: list[str]) -> Classification:
    """``staff_column`` beside a register whose guests' full names hold ``guests`` as given names (under an
    employee's word, beside the site's own company number; under words the vocabulary lacks, without it)."""
    frame = {"naam": [f"{guests[i % len(guests)]} {_CLIENT_FAMILY[i % len(_CLIENT_FAMILY)]}" for i in range(ROWS)],
             "e_mailadres": [f"g{i}@example.org" for i in range(ROWS)],
             staff_column: [staff[i % len(staff)] for i in range(ROWS)]}
    if "medewerker" in staff_column:
        frame["kvk_nummer_camping"] = ["12345678"] * ROWS
    return classify_table("camping.register", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())[staff_column]


_DUTCH_GIVEN = ["Marieke", "Anouk", "Wouter", "Sjoerd", "Femke", "Joost", "Lotte", "Bram", "Sanne", "Thijs"]


@pytest.mark.parametrize("column", ["receptie_medewerker", "TeslimAlan"])
def test_when_a_few_staff_go_by_given_names_the_tables_people_bear_then_they_are_first_names(column) -> None:
    assert _register_with_staff(column, ["Marieke", "Anouk", "Wouter", "Sjoerd"], _DUTCH_GIVEN).kind is Kind.FIRST_NAME


@pytest.mark.parametrize("column", ["receptie_medewerker", "TeslimAlan"])
def test_when_a_few_one_word_values_are_no_name_the_tables_people_bear_then_they_are_not_staff(column) -> None:
    assert _register_with_staff(column, ["Noord", "Zuid", "Oost", "West"], _DUTCH_GIVEN).kind is Kind.NONE


@pytest.mark.parametrize(("name", "kind"), [
    ("FORNVN", Kind.FIRST_NAME), ("VEJNVN", Kind.STREET_ADDRESS), ("BYNVN", Kind.CITY),  # vowels dropped (Danish CPR)
    ("HMZIP", Kind.POSTAL_CODE), ("HMPHON", Kind.PHONE), ("WKPHN", Kind.PHONE),  # home's, work's
    ("EMRGPH", Kind.PHONE), ("cdl_no", Kind.NATIONAL_ID),  # an emergency contact's phone, a commercial driver's licence
    ("FRMT", None), ("CNTRY", None), ("stars", None),  # a format's, a country's; ``stars`` is no ``stras``
])
def test_when_a_legacy_field_drops_vowels_or_starts_with_whose_letters_then_it_is_read(name, kind) -> None:
    assert kind_from_name(name)[0] is kind


def test_when_a_birth_date_is_an_integer_in_ibm_midranges_cyymmdd_then_it_is_read_as_dates() -> None:
    years = [_RNG42.choice([_RNG42.randint(1935, 1999), _RNG42.randint(2000, 2010)]) for _ in range(60)]  # C: 0 or 1
    births = [(y - 1900) * 10_000 + _RNG42.randint(1, 12) * 100 + _RNG42.randint(1, 28) for y in years]
    found = _table({"DOB": births, "NAME": [f"{_CLIENT_GIVEN[i % 8]} {_CLIENT_FAMILY[i % 8]}" for i in range(60)]},
                   {"DOB": "INTEGER", "NAME": "VARCHAR"})["DOB"]
    assert (found.kind, "CYYMMDD" in found.evidence) == (Kind.DATE_OF_BIRTH, True)


# Round 45 (from v72-v74's misses after their first, blind scoring): more legacy and SAP abbreviations, a letter saying
# whose before any personal abbreviation in a midrange file, the UK National Insurance number by its format, family
# names with particles and middle initials drawn from few, and phones under a person's opaque field.
_RNG45 = random.Random(45)


@pytest.mark.parametrize(("name", "kind"), [
    ("cogn_cliente", Kind.LAST_NAME), ("NNAMS", Kind.LAST_NAME), ("VNAMS", Kind.FIRST_NAME),  # Italian, SAP IS-H
    ("GBNAM", Kind.LAST_NAME), ("RUFNM", Kind.FIRST_NAME), ("sv_nummer", Kind.SSN), ("SV-Nummer", Kind.SSN),
    ("emp_mi", Kind.FIRST_NAME), ("cust_snm", Kind.LAST_NAME), ("addr_pc", Kind.POSTAL_CODE),
    ("flat_no", Kind.STREET_ADDRESS), ("delivery_postal_code", Kind.POSTAL_CODE), ("TELHOM", Kind.PHONE),
    ("PHNWK", Kind.PHONE), ("telnet_port", None), ("delivery_code", Kind.NONE),
])
def test_when_round_45_names_are_read_then_they_say_their_kind(name, kind) -> None:
    assert kind_from_name(name)[0] is kind


@pytest.mark.parametrize(("name", "prefix", "kind"), [
    ("XXPSSN", "^xx", Kind.SSN), ("XXTDOB", "^xx", Kind.DATE_OF_BIRTH), ("XXPZIP", "^xx", Kind.POSTAL_CODE),
    ("XXPMI", "^xx", Kind.FIRST_NAME), ("XXGPHN", "^xx", Kind.PHONE),  # a patient's, a taxpayer's, a guarantor's
    ("XXPORT", "^xx", None), ("XXPSSN", "", None),  # a port is no patient's ``ort``; outside a midrange file, unread
])
def test_when_a_midrange_field_puts_any_letter_before_a_personal_abbreviation_then_it_is_read(name, prefix, kind) -> None:
    assert kind_from_name(name, prefix)[0] is kind


def _nino() -> str:
    while (prefix := "".join(_RNG45.choice("ABCEGHJKLMNPRSTWXYZ") for _ in range(2))) in ("GB", "BG", "KN", "NK", "NT",
                                                                                            "TN", "ZZ"):
        pass
    return f"{prefix}{_RNG45.randint(0, 999999):06d}{_RNG45.choice('ABCD')}"


def _people_with(column: str, values: list[str]) -> Classification:
    frame = {"forename": [_CLIENT_GIVEN[i % 8] for i in range(len(values))],
             "surname": [_CLIENT_FAMILY[(i * 3) % 8] for i in range(len(values))], column: values}
    return classify_table("payroll.staff", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())[column]


@pytest.mark.parametrize(("column", "kind"), [
    ("NINO", Kind.SSN), ("misc_4", Kind.SSN),  # ``nino`` is a child (Spanish ``niño``) too
    # (round 54) a name that says National Insurance agrees with the values: a social-insurance number, like a SIN
    ("ni_ref", Kind.SSN), ("national_insurance_no", Kind.SSN),
])
def test_when_values_are_uk_national_insurance_numbers_then_the_column_is_an_identity_number(column, kind) -> None:
    values = [_nino() if i % 2 else f"{(n := _nino())[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}" for i in range(60)]
    assert _people_with(column, values).kind is kind


def test_when_codes_only_look_like_national_insurance_numbers_then_they_are_not_an_ssn() -> None:
    codes = [f"QV{_RNG45.randint(0, 999999):06d}{_RNG45.choice('EFXZ')}" for _ in range(60)]  # never issued letters
    assert _people_with("ref_code", codes).kind is not Kind.SSN


@pytest.mark.parametrize(("column", "values", "kind"), [
    ("nom_naissance", ["LE BORGNE", "KERGUELEN", "DU PLESSIS", "MARCHANDEAU", "LE CALVEZ", "TRÉGUIER", "VAN DAMME",
                       "BOURHIS", "LE MEUR", "GUÉGUEN", "DE KERMEL", "PENNEC"], Kind.LAST_NAME),
    ("client_mi", list("ABCDEGJKLMRST"), Kind.FIRST_NAME),  # middle initials drawn from few letters
])
def test_when_a_strongly_named_name_column_holds_few_distinct_names_then_it_keeps_its_kind(column, values, kind) -> None:
    assert _people_with(column, [values[_RNG45.randrange(len(values))] for _ in range(ROWS)]).kind is kind


def test_when_a_persons_opaque_field_holds_phones_written_with_a_country_code_then_it_is_a_phone() -> None:
    phones = [f"+614{_RNG45.randint(10_000_000, 99_999_999)}" for _ in range(60)]  # Australian mobiles
    assert _people_with("User2", phones).kind is Kind.PHONE


# Round 46 (from v75-v77's misses after their first, blind scoring): a person's identity document named by a bare
# document word in a table about people, COBOL copybooks' record prefixes written with hyphens, more legacy
# abbreviations, Dutch family-name particles and postal codes kept as integers without their leading zeros.
@pytest.mark.parametrize(("name", "kind"), [
    ("conductorDocumento", Kind.NATIONAL_ID), ("documento_conductor", Kind.NATIONAL_ID), ("DLNO", Kind.NATIONAL_ID),
    ("PERSAUSW", Kind.NATIONAL_ID), ("полис_омс", Kind.NATIONAL_ID), ("MMINT", None), ("cust_mint", Kind.FIRST_NAME),
    ("NOM_PRESC", Kind.LAST_NAME), ("市町村", Kind.CITY), ("doc_id", Kind.NONE), ("invoice_doc_no", Kind.NONE),
    ("doc_type", Kind.NONE), ("docs_received", None),
])
def test_when_round_46_names_are_read_then_they_say_their_kind(name, kind) -> None:
    assert kind_from_name(name)[0] is kind


def _document_beside(column: str, people: bool) -> Kind:
    numbers = [f"{_RNG45.choice('ABCXYZ')}{_RNG45.randint(1_000_000, 9_999_999)}" for _ in range(60)]
    if people:
        frame = {"nombre": [_CLIENT_GIVEN[i % 8] for i in range(60)],
                 "apellido": [_CLIENT_FAMILY[(i * 3) % 8] for i in range(60)], column: numbers}
    else:
        frame = {"proveedor": ["Aceros Ruiz SL", "Transportes Mora SA", "Grupo Lince SL"] * 20,
                 "importe": [str(_RNG45.randint(100, 9000)) for _ in range(60)], column: numbers}
    return classify_table("ops.rows", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())[column].kind


@pytest.mark.parametrize("column", ["NUM_DOC", "DOCS_NUMBER", "apis_doc_no"])
def test_when_a_documents_number_sits_beside_people_then_it_is_their_identity_document(column) -> None:
    assert (_document_beside(column, people=True), _document_beside(column, people=False)) == (Kind.NATIONAL_ID, Kind.NONE)


def test_when_copybook_fields_share_a_record_prefix_written_with_a_hyphen_then_the_prefix_is_not_read() -> None:
    columns = ["FN-PROG", "FN-COGNOME", "FN-NOME", "FN-COMUNE-RES", "FN-CAP", "FN-TEL"]
    prefix = table_prefix(columns)
    assert (prefix, kind_from_name("FN-COGNOME", prefix)[0], kind_from_name("FN-COMUNE-RES", prefix)[0]) == (
        "fn", Kind.LAST_NAME, Kind.CITY)


def test_when_a_particle_column_holds_dutch_particles_then_it_is_part_of_the_family_name() -> None:
    particles = ["van", "van den", "de", "in 't", "van der", "op de"]
    found = _people_with("tussenvoegsel", [particles[i % 6] if i % 3 else None for i in range(ROWS)])
    assert found.kind is Kind.LAST_NAME


def test_when_postal_codes_are_integers_without_their_leading_zeros_then_they_are_postal_codes() -> None:
    counts = _table({"POST_COUNT_CODE": [_RNG45.choice([7, 42, 180, 999, 1250, 38000]) for _ in range(60)],
                     "NAME": [f"{_CLIENT_GIVEN[i % 8]} {_CLIENT_FAMILY[i % 8]}" for i in range(60)]},
                    {"POST_COUNT_CODE": "INTEGER", "NAME": "VARCHAR"})["POST_COUNT_CODE"]
    codes = [_RNG45.choice([83, 1168, 1450, 3015, 4631, 5003, 7030, 9008, 2815, 6003]) for _ in range(60)]  # Oslo 0083
    found = _table({"PCODE": codes, "NAME": [f"{_CLIENT_GIVEN[i % 8]} {_CLIENT_FAMILY[i % 8]}" for i in range(60)]},
                   {"PCODE": "INTEGER", "NAME": "VARCHAR"})["PCODE"]
    assert (found.kind, counts.kind) == (Kind.POSTAL_CODE, Kind.NONE)  # counts' lengths spread


# Round 47 (from v78-v80's misses after their first, blind scoring): seafarers' identity and record books in
# several languages, a bare Portuguese passport, ships named as people are, a ship's pilot and a harbour master,
# a year and a municipality abbreviated, fields of midrange files (a house number, a middle initial), Irish
# family-name particles among the staff a table names, Singapore's NRIC and FIN by their check letter.
@pytest.mark.parametrize(("name", "prefix", "kind"), [
    ("sirb_no", "", Kind.NATIONAL_ID), ("cdcNo", "", Kind.NATIONAL_ID), ("seaman_book_no", "", Kind.NATIONAL_ID),
    ("discharge_book", "", Kind.NATIONAL_ID), ("numerKsiazeczkiZeglarskiej", "", Kind.NATIONAL_ID),
    ("αριθμός_ναυτικού_φυλλαδίου", "", Kind.NATIONAL_ID), ("моряшка_книжка", "", Kind.NATIONAL_ID),
    ("passaporte", "", Kind.NATIONAL_ID), ("pilot_name", "", Kind.PERSON_NAME), ("havenmeester", "", Kind.PERSON_NAME),
    ("担当スタイリスト", "", Kind.PERSON_NAME), ("muni_nm", "", Kind.CITY), ("birth_yr", "", Kind.DATE_OF_BIRTH),
    ("месторождение", "", Kind.CITY), ("SCHIFF", "", Kind.NONE), ("navio", "", Kind.NONE), ("кораб", "", Kind.NONE),
    ("TWMINI", "^tw", Kind.FIRST_NAME), ("VRHSNO", "^vr", Kind.STREET_ADDRESS), ("ach_account", "", Kind.IBAN),
    ("ach_routing", "", Kind.NONE),
    # decoys: change data capture, a size, a model's year, the same abbreviations outside a midrange file
    ("cdc_op", "", None), ("mini_bar", "", None), ("model_yr", "", Kind.NONE), ("MINI", "", None),
])
def test_when_round_47_names_are_read_then_they_say_their_kind(name, prefix, kind) -> None:
    assert kind_from_name(name, prefix)[0] is kind


def test_when_caseworkers_bear_irish_family_name_particles_then_they_are_the_staff_the_rows_name() -> None:
    staff = ["Colm Fahy", "Máire Ní Bhriain", "Cathal Ó Cualáin", "Niamh Naughton"]
    found = _people_with("caseworker", [staff[(i * 7) % 4] for i in range(120)])
    assert (found.kind, found.state) == (Kind.PERSON_NAME, "personal")


def test_when_ships_are_named_with_their_prefix_then_they_are_no_titled_people() -> None:
    ships = ["MS Helgoland", "MV Nordic Star", "MS Anna Maria", "MT Elbe Trader"]
    assert _people_with("SCHIFF", [ships[i % 4] for i in range(120)]).kind is Kind.NONE


def _nric(series: str, digits: str) -> str:
    total = sum(int(d) * w for d, w in zip(digits, (2, 7, 6, 5, 4, 3, 2))) + (4 if series in "TG" else 0)
    return series + digits + ("JZIHGFEDCBA" if series in "ST" else "XWUTRQPNMLK")[total % 11]


def test_when_singapore_nrics_sit_under_an_opaque_name_then_their_check_letter_makes_them_national_ids() -> None:
    valid = [_nric(_RNG45.choice("STFG"), f"{_RNG45.randrange(10**7):07d}") for _ in range(120)]
    wrong = [v[:-1] + ("A" if v[-1] != "A" else "B") for v in valid]  # one letter off: a product code's shape
    assert _people_with("code", valid).kind is Kind.NATIONAL_ID
    assert _people_with("code", wrong).kind is not Kind.NATIONAL_ID


def test_when_a_user_field_holds_phones_kept_as_digits_then_it_is_a_phone_and_other_numbers_are_not() -> None:
    phones = [f"{_RNG45.choice(['905', '289', '416', '647'])}{_RNG45.randint(200, 999)}{_RNG45.randrange(10**4):04d}"
              for _ in range(120)]
    codes = [f"{_RNG45.randrange(10**6):06d}" for _ in range(120)]  # a code of the person, six digits
    assert (_people_with("USER-FLD-2", phones).kind, _people_with("USER-FLD-2", codes).kind) == (Kind.PHONE, Kind.NONE)


# Round 48 (from v81-v83's misses after their first, blind scoring): a contact person of a site, a branch or a
# supplier, identity and pension numbers of more countries, SAP's customer fields (``ZZ``) and name prefix, a Czech
# birth surname, US states' driver's licences, staff words (an analyst, a recruiter) and midrange abbreviations.
@pytest.mark.parametrize(("name", "prefix", "kind"), [
    ("SiteContactName", "", Kind.PERSON_NAME), ("SiteContactPhone", "", Kind.PHONE),
    ("vendor_contact_email", "", Kind.EMAIL), ("centrelinkCrn", "", Kind.NATIONAL_ID),
    ("LA-APPL-PHIN", "la", Kind.NATIONAL_ID), ("WMDLN#", "^wm", Kind.NATIONAL_ID), ("MBR-TX-DL", "mbr", Kind.NATIONAL_ID),
    ("ZZIDNR", "", Kind.NATIONAL_ID), ("ZZTELNR", "", Kind.PHONE), ("VORSW", "", Kind.LAST_NAME),
    ("基礎年金番号", "", Kind.SSN), ("rodne_prijmeni", "", Kind.LAST_NAME), ("rodne_cislo", "", Kind.NATIONAL_ID),
    ("SR-ANALYST", "sr", Kind.PERSON_NAME), ("WMRECR", "^wm", Kind.PERSON_NAME), ("UCSAD2", "^uc", Kind.STREET_ADDRESS),
    # decoys: a branch's own phone and a company's name stay a business's; a download count, a licence's state
    ("branch_phone", "", Kind.NONE), ("company_name", "", Kind.NONE), ("dl_count", "", Kind.NONE),
    ("dl_state", "", Kind.NONE), ("branch_contact_count", "", Kind.NONE), ("AttorneyFirmPhone", "", Kind.NONE),
])
def test_when_round_48_names_are_read_then_they_say_their_kind(name, prefix, kind) -> None:
    assert kind_from_name(name, prefix)[0] is kind


def test_when_a_sites_contact_person_is_named_then_the_names_are_personal_and_a_sites_code_is_not() -> None:
    people = [f"{_CLIENT_GIVEN[i % 8]} {_CLIENT_FAMILY[(i * 5) % 8]}" for i in range(120)]
    sites = [f"SITE-{i % 40:03d}" for i in range(120)]
    assert (_people_with("SiteContactName", people).kind, _people_with("SiteContactName", sites).kind) == (
        Kind.PERSON_NAME, Kind.NONE)


def test_when_analysts_are_printed_as_an_initial_and_a_family_name_in_capitals_then_they_are_staff() -> None:
    staff = ["J PRETORIUS", "R COETZEE", "P VAN DER MERWE", "T BOTHA", "N KHUMALO"]
    wings = ["A WING", "B WING", "C WING", "D WING"]  # a building's wings share their word: a thing's names
    divisions = ["I Cywilny", "II Karny", "III Rodzinny"]  # a court's divisions: a Roman numeral is no initial
    assert (_people_with("SR-ANALYST", [staff[i % 5] for i in range(120)]).kind,
            _people_with("SR-ANALYST", [wings[i % 4] for i in range(120)]).kind,
            _people_with("wydzial", [divisions[i % 3] for i in range(120)]).kind) == (
        Kind.PERSON_NAME, Kind.NONE, Kind.NONE)


# Round 49 (from v85's misses after its first, blind scoring): a decimal without digits after the point is an
# integer, as midrange files and Oracle's NUMBER(p) keep SSNs, dates, phones and postal codes.
def test_when_a_midrange_file_packs_personal_numbers_into_whole_decimals_then_they_are_read_as_integers() -> None:
    rng = random.Random(49)
    frame = {"FOSSN": [float(rng.randint(100_00_0000, 799_99_9999)) for _ in range(200)],
             "FOHPHN": [float(rng.choice([412, 610, 717]) * 10**7 + rng.randint(200_0000, 999_9999)) for _ in range(200)],
             "FOZIP": [float(rng.choice([15213, 19104, 17101, 18503])) for _ in range(200)],
             "FOAMT": [round(rng.random() * 900, 2) for _ in range(200)],
             "FOLNAM": [_CLIENT_FAMILY[i % 8] for i in range(200)]}
    types = {"FOSSN": "DECIMAL(9,0)", "FOHPHN": "NUMERIC(10)", "FOZIP": "NUMBER(5)", "FOAMT": "DECIMAL(11,2)",
             "FOLNAM": "VARCHAR"}
    found = classify_table("CPTELDTA.FOINSTP", types, pd.DataFrame(frame), Policy())
    assert {c: found[c].kind for c in ("FOSSN", "FOHPHN", "FOZIP", "FOAMT")} == {
        "FOSSN": Kind.SSN, "FOHPHN": Kind.PHONE, "FOZIP": Kind.POSTAL_CODE, "FOAMT": Kind.NONE}


@pytest.mark.parametrize(("name", "prefix", "kind"), [
    ("no_permis", "", Kind.NATIONAL_ID), ("ghana_card_pin", "", Kind.NATIONAL_ID), ("ssnit_no", "", Kind.SSN),
    ("CTP-NHS-NO", "ctp", Kind.NATIONAL_ID), ("NRC_NO", "", Kind.NATIONAL_ID), ("BB-NIC-NO", "bb", Kind.NATIONAL_ID),
    ("будинок", "", Kind.STREET_ADDRESS), ("Comuna", "", Kind.CITY),
    # decoys: a network card's speed, an NHS trust, a building permit
    ("nic_speed", "", None), ("nhs_trust", "", None), ("permis_construire", "", None), ("officer_code", "", Kind.NONE),
])
def test_when_round_49_names_are_read_then_they_say_their_kind(name, prefix, kind) -> None:
    assert kind_from_name(name, prefix)[0] is kind


@pytest.mark.parametrize(("table", "kind"), [
    ("phlicensing.DriverLicences", Kind.NATIONAL_ID), ("carshare_akl.memberAccounts", Kind.NATIONAL_ID),
    ("bar_association.members", Kind.NONE),  # a lawyer's practising licence: a professional's, no driver's
])
def test_when_a_table_keeps_drivers_then_a_licence_number_is_a_driving_licence(table, kind) -> None:
    frame = {"given_name": [_CLIENT_GIVEN[i % 8] for i in range(120)],
             "family_name": [_CLIENT_FAMILY[(i * 3) % 8] for i in range(120)],
             "licenceNumber": [f"{_RNG45.choice('ABCDEFGH')}{_RNG45.randrange(10**7):07d}" for _ in range(120)]}
    found = classify_table(table, {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())["licenceNumber"]
    assert found.kind is kind


# Round 50 (from v87-v89's misses after their first, blind scoring): a domestic bank account under words the
# vocabulary lacked (a sort code or BSB with its account, a share account, an account paid out to, NUBAN, DDA,
# Japanese 口座, Czech účet), identity numbers by their country's name for them, a midrange birth date abbreviated,
# French "nom de famille", a building's name in a Japanese address.
@pytest.mark.parametrize(("name", "prefix", "kind"), [
    ("sortCodeAccount", "", Kind.IBAN), ("RolloverBsbAccount", "", Kind.IBAN), ("share_acct_no", "", Kind.IBAN),
    ("refund_account", "", Kind.IBAN), ("refusion_konto", "", Kind.IBAN), ("shukkin_kouza", "", Kind.IBAN),
    ("NUBAN", "", Kind.IBAN), ("CH-DDA-ACCT", "ch", Kind.IBAN), ("cislo_uctu", "", Kind.IBAN),
    ("clearing_konto", "", Kind.IBAN),
    ("OmangNumber", "", Kind.NATIONAL_ID), ("BVN", "", Kind.NATIONAL_ID), ("VOL-CHI-NO", "vol", Kind.NATIONAL_ID),
    ("PHBDT", "^ph", Kind.DATE_OF_BIRTH), ("nomFamille", "", Kind.LAST_NAME), ("nom_de_famille", "", Kind.LAST_NAME),
    ("tatemono_mei", "", Kind.STREET_ADDRESS),
    # decoys: a sort code or a refund alone, a chi-square statistic, a family situation, a birth date's field
    # outside a midrange file
    ("sort_code", "", Kind.NONE), ("refund_amount", "", Kind.NONE), ("chi_square", "", None),
    ("situation_de_famille", "", None), ("bdt", "", None),
])
def test_when_round_50_names_are_read_then_they_say_their_kind(name, prefix, kind) -> None:
    assert kind_from_name(name, prefix)[0] is kind


def test_when_account_numbers_are_written_with_a_bank_code_after_a_slash_then_they_are_domestic_accounts() -> None:
    rng = random.Random(50)
    frame = {"jmeno": [_CLIENT_GIVEN[i % 8] for i in range(150)],
             "prijmeni": [_CLIENT_FAMILY[(i * 3) % 8] for i in range(150)],
             "cislo_uctu": [f"{rng.randrange(10**9, 10**10)}/{rng.choice(['0100', '0300', '0800', '2010'])}"
                            for _ in range(150)]}
    found = classify_table("poplatky.psi", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())
    assert (found["cislo_uctu"].kind, found["cislo_uctu"].state) == (Kind.UNCLASSIFIED, "review")


_RNG50 = random.Random(501)


@pytest.mark.parametrize(("houses", "kind"), [
    ([str(_RNG50.randint(1, 2400)) for _ in range(600)], Kind.STREET_ADDRESS),  # house numbers: some repeat
    ([str(100_000 + i) for i in range(600)], Kind.NONE),  # a key: every row its own
])
def test_when_a_number_is_named_as_an_address_s_beside_a_street_then_house_numbers_are_the_address(
        houses, kind) -> None:
    frame = {"NOME": [_CLIENT_GIVEN[i % 8] for i in range(600)],
             "LOGRADOURO": [f"Rua {_CLIENT_FAMILY[i % 8]}" for i in range(600)], "NUMERO_ENDERECO": houses}
    found = classify_table("cartao.TB_PORTADOR", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())
    assert found["NUMERO_ENDERECO"].kind is kind


@pytest.mark.parametrize(("values", "kind"), [
    (lambda i, rng: f"07700 {rng.randrange(900000, 900999):06d}", Kind.PHONE),  # UK mobiles in digit groups
    (lambda i, rng: _CLIENT_GIVEN[i % 8], Kind.FIRST_NAME),  # a user field of given names: given names (round 71)
])
def test_when_a_cobol_user_field_holds_phones_in_digit_groups_then_it_is_a_phone(values, kind) -> None:
    rng = random.Random(502)
    frame = {"VOL-FORENAME": [_CLIENT_GIVEN[(i * 5) % 8] for i in range(300)],
             "VOL-SURNAME": [_CLIENT_FAMILY[i % 8] for i in range(300)],
             "VOL-USER-FLD-2": [values(i, rng) for i in range(300)]}
    found = classify_table("FESTVOL.VOLUNTEER_MASTER", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())
    assert found["VOL-USER-FLD-2"].kind is kind


@pytest.mark.parametrize(("values", "kind"), [
    (lambda i: ["Ana", "María José", "Luis", "Yeison", "Leidy Johana", "Camilo", "Sara", "Juan Pablo"][i % 8],
     Kind.FIRST_NAME),
    (lambda i: f"{_CLIENT_GIVEN[i % 8]} {_CLIENT_FAMILY[(i * 3) % 8]}", Kind.PERSON_NAME),  # full names stay full
])
def test_when_a_bare_name_beside_surnames_holds_one_or_two_given_names_then_it_is_the_given_names(values, kind) -> None:
    frame = {"nombres": [values(i) for i in range(400)],
             "apellidos": [f"{_CLIENT_FAMILY[i % 8]} {_CLIENT_FAMILY[(i * 5) % 8]}" for i in range(400)]}
    found = classify_table("coop.asociados", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())
    assert found["nombres"].kind is kind


# Round 51 (from v90-v92's misses after their first, blind scoring): staff under a foreman's, a supervisor's, a clerk's
# or an officer's role, service members' numbers, a midrange file's Spanish abbreviations, a Japanese customer's name,
# a routing number and a discharge date cut short, an Israeli soldier's personal number and given name.
@pytest.mark.parametrize(("name", "prefix", "kind"), [
    ("CKSUPV", "^ck", Kind.PERSON_NAME), ("SACHB", "", Kind.PERSON_NAME), ("kzin_bodek", "", Kind.PERSON_NAME),
    ("관리감독자", "", Kind.PERSON_NAME), ("dod_id", "", Kind.NATIONAL_ID), ("PMKEYS_NO", "", Kind.NATIONAL_ID),
    ("mispar_ishi", "", Kind.NATIONAL_ID), ("shem_prati", "", Kind.FIRST_NAME), ("DD-ROUT-ACCT", "", Kind.IBAN),
    ("agencia_conta", "", Kind.IBAN), ("FAPSTC", "^fa", Kind.POSTAL_CODE), ("SCAPPA", "^sc", Kind.LAST_NAME),
    ("SCFNAC", "^sc", Kind.DATE_OF_BIRTH), ("SCTELE", "^sc", Kind.PHONE), ("SCCPOS", "^sc", Kind.POSTAL_CODE),
    ("顧客名", "", Kind.PERSON_NAME), ("顧客名カナ", "", Kind.PERSON_NAME),
    # decoys: a date of death, a discharge date, a routing number alone, the midrange words outside a midrange file
    ("dod", "", None), ("DISCH-DT", "", Kind.NONE), ("routing_number", "", Kind.NONE), ("tele", "", None),
    ("supv_code", "", Kind.NONE),
])
def test_when_round_51_names_are_read_then_they_say_their_kind(name, prefix, kind) -> None:
    assert kind_from_name(name, prefix)[0] is kind


@pytest.mark.parametrize(("table", "columns", "kind"), [
    ("vets_pensions.claimCases", ["serviceNumber", "surname", "lastRank"], Kind.NATIONAL_ID),
    ("VBACLM.CLAIM_EXTRACT", ["VET-SVC-NUM", "VET-LAST-NM", "BRANCH-CD"], Kind.NATIONAL_ID),
    ("regiment.personnesAPrevenir", ["matricule", "nomMilitaire", "regiment"], Kind.NATIONAL_ID),
    # a telecom's service number is a line's, and an employer's matricule a staff number: no armed forces
    ("telco.lines", ["ServiceNumber", "surname", "plan"], Kind.NONE),
    ("rh.salaries", ["matricule", "nom", "poste"], Kind.NONE),
])
def test_when_a_table_is_about_the_armed_forces_then_a_service_number_is_an_identity_number(
        table, columns, kind) -> None:
    rng = random.Random(51)
    frame = {columns[0]: [f"{rng.randrange(10**7, 10**8)}" for _ in range(200)],
             columns[1]: [_CLIENT_FAMILY[i % 8] for i in range(200)],
             columns[2]: [rng.choice(["A", "B", "C"]) for _ in range(200)]}
    found = classify_table(table, {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())
    assert found[columns[0]].kind is kind


@pytest.mark.parametrize(("values", "kind"), [
    (["KOWALSKI, A", "NOWAK, J", "ZIELINSKI, P", "WOZNIAK, K", "DUDEK, M"], Kind.PERSON_NAME),  # staff, few
    (["DAY", "NIGHT", "SWING", "RELIEF", "SPLIT"], Kind.NONE),  # shifts, as few
])
def test_when_a_supervisor_field_holds_a_few_surnames_with_an_initial_then_they_are_staff(values, kind) -> None:
    frame = {"CKEMPN": [str(10_000 + i) for i in range(300)], "CKLNAM": [_CLIENT_FAMILY[i % 8] for i in range(300)],
             "CKFNAM": [_CLIENT_GIVEN[i % 8] for i in range(300)], "CKDEPT": [f"D{i % 7}" for i in range(300)],
             "CKSUPV": [values[i % 5] for i in range(300)]}
    found = classify_table("FABLIB.CLKMSTP", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())
    assert found["CKSUPV"].kind is kind


@pytest.mark.parametrize(("given", "kind"), [
    (lambda i: ["Ana María", "Juan Pablo", "Luis Felipe", "María José", "José Miguel"][i % 5], Kind.FIRST_NAME),
    (lambda i: f"{['Ana', 'Juan', 'Luis', 'María', 'José'][i % 5]} {_CLIENT_FAMILY[(i * 3) % 8]}", Kind.PERSON_NAME),
])
def test_when_everyone_has_two_given_names_beside_their_surnames_then_the_names_are_given_names(given, kind) -> None:
    frame = {"Nombres": [given(i) for i in range(300)],
             "ApellidoPaterno": [_CLIENT_FAMILY[(i * 3) % 8] for i in range(300)],
             "ApellidoMaterno": [_CLIENT_FAMILY[(i * 5) % 8] for i in range(300)]}
    found = classify_table("minera.contratistas", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())
    assert found["Nombres"].kind is kind


@pytest.mark.parametrize(("name", "kind"), [("assigned_to", Kind.PERSON_NAME), ("ship_to", Kind.NONE)])
def test_when_a_ticket_names_whom_it_is_assigned_to_then_the_few_agents_are_staff(name, kind) -> None:
    agents = ["Sindre Aasheim", "Oddbjørn Kvam", "Halvard Rønning", "Torgeir Lien", "Eldbjørg Moe"]
    frame = {"caller_email": [f"user{i}@example.org" for i in range(300)],
             name: [agents[i % 5] if name != "ship_to" else ["Dock A", "Dock B", "Dock C"][i % 3] for i in range(300)]}
    found = classify_table("itsm.incident", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())
    assert found[name].kind is kind


@pytest.mark.parametrize(("name", "values", "kind"), [
    ("furikomi_koza", lambda i: f"{['普通', '当座'][i % 2]} {1_000_000 + i * 7919 % 8_999_999:07d}", Kind.UNCLASSIFIED),
    ("payout_account_holder", lambda i: f"{_CLIENT_GIVEN[i % 8]} {_CLIENT_FAMILY[(i * 3) % 8]}", Kind.PERSON_NAME),
])
def test_when_an_account_is_written_after_its_type_or_named_by_its_holder_then_each_keeps_its_kind(
        name, values, kind) -> None:
    frame = {"shimei": [f"{_CLIENT_FAMILY[i % 8]} {_CLIENT_GIVEN[i % 8]}" for i in range(300)],
             "seinengappi": [f"19{60 + i % 40}-0{1 + i % 9}-1{i % 10}" for i in range(300)],
             name: [values(i) for i in range(300)]}
    found = classify_table("payouts.drivers", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())
    assert found[name].kind is kind


# Round 52 (from v93-v95's misses after their first, blind scoring): X12 claims flattened as segment, entity code and
# element; a direct debit's, a CLABE and a Malay bank account; Scotland's PVG, Québec's RAMQ and NAS, Indonesia's
# NPWP; a midrange file's birth dates, Eircode and a dependant's last name after its letter; an Indian PIN code cut
# short; a KYC document; a treasurer, a tradesman and an owner.
@pytest.mark.parametrize(("name", "prefix", "kind"), [
    ("NM1_IL_03", "", Kind.LAST_NAME), ("NM1_QC_04", "", Kind.FIRST_NAME), ("N4_IL_03", "", Kind.POSTAL_CODE),
    ("N3_IL_01", "", Kind.STREET_ADDRESS), ("DMG_IL_02", "", Kind.DATE_OF_BIRTH), ("REF_SY_02", "", Kind.SSN),
    ("NM1_82_03", "", Kind.LAST_NAME),
    ("dd_account_number", "", Kind.IBAN), ("direct_debit_account", "", Kind.IBAN), ("no_akaun_bank", "", Kind.IBAN),
    ("clabe", "", Kind.IBAN), ("PvgMembershipNo", "", Kind.NATIONAL_ID), ("no_assurance_maladie", "", Kind.NATIONAL_ID),
    ("no_ramq", "", Kind.NATIONAL_ID), ("nas_adherent", "", Kind.SSN), ("npwp", "", Kind.NATIONAL_ID),
    ("kyc_document_number", "", Kind.NATIONAL_ID), ("ttr_pin_cd", "ttr", Kind.POSTAL_CODE),
    ("SDBDTE", "^sd", Kind.DATE_OF_BIRTH), ("SDDBDT", "^sd", Kind.DATE_OF_BIRTH),
    ("LTDOBC", "^lt", Kind.DATE_OF_BIRTH), ("LTECOD", "^lt", Kind.POSTAL_CODE),
    ("bendahari", "", Kind.PERSON_NAME), ("fachowiec_imie", "", Kind.FIRST_NAME), ("kecamatan", "", Kind.CITY),
    # decoys: a billing provider's and a payer's elements, a member id, another reference; a day written "dd" (no
    # direct debit's: round 68 reads ``birth_dd`` as the day of birth), a
    # driving licence in a midrange file; JD Edwards' mailing name (``WWMLNM``: its values say a whole name)
    ("NM1_85_03", "", Kind.NONE), ("N4_PR_03", "", Kind.NONE), ("NM1_IL_09", "", Kind.NONE), ("REF_EI_02", "", Kind.NONE),
    ("birth_dd", "", Kind.DATE_OF_BIRTH), ("CMDLN", "^cm", Kind.NATIONAL_ID), ("WWMLNM", "^ww", None),
])
def test_when_round_52_names_are_read_then_they_say_their_kind(name, prefix, kind) -> None:
    assert kind_from_name(name, prefix)[0] is kind


# Round 53 (from v96-v98's misses after their first, blind scoring): a midrange file's French abbreviations and a
# relative's parts after two letters (a child's, a mother's), a mother cut short in a COBOL file, a birth mother's
# name, a birth's timestamp, an ACH DFI account, a Nigerian LGA and a Korean si/gun/gu, a counsellor and an inspector.
@pytest.mark.parametrize(("name", "prefix", "kind"), [
    ("DPNOMU", "^dp", Kind.LAST_NAME), ("DPNOMN", "^dp", Kind.LAST_NAME), ("DPPRNM", "^dp", Kind.FIRST_NAME),
    ("DPDNAI", "^dp", Kind.DATE_OF_BIRTH), ("GACHFN", "^ga", Kind.FIRST_NAME), ("GACHDB", "^ga", Kind.DATE_OF_BIRTH),
    ("GAMONM", "^ga", Kind.PERSON_NAME), ("GAMOSS", "^ga", Kind.SSN), ("NBS-MOTH-FIRST-NM", "nbs", Kind.PERSON_NAME),
    ("birthMotherName", "", Kind.PERSON_NAME), ("pid_7_birth_ts", "", Kind.DATE_OF_BIRTH),
    ("MBR-DFI-ACCT", "mbr", Kind.IBAN), ("LGA", "", Kind.CITY), ("sigungu", "", Kind.CITY),
    ("상담원", "", Kind.PERSON_NAME), ("inspektor", "", Kind.PERSON_NAME),
    # decoys: a birth name stays the family name at birth; a birth's registration time is an event; the same
    # abbreviations outside a midrange file
    ("birth_name", "", Kind.LAST_NAME), ("mutter_geburtsname", "", Kind.LAST_NAME),
    ("birth_registration_ts", "", Kind.NONE), ("moss", "", None),
    ("chfn", "", None),
])
def test_when_round_53_names_are_read_then_they_say_their_kind(name, prefix, kind) -> None:
    assert kind_from_name(name, prefix)[0] is kind


# Round 54 (from v99-v101's misses after their first, blind scoring): the UK's National Insurance number as a
# social-insurance number, US Medicaid programmes and Japan's insured person's number, an Italian family member to
# refer to, a romanized Japanese manager, a bank account's holder, a data vendor's appended phone, a French midrange
# file's nom and prénom of a client or a person, a manager one reports to; a type in other languages, a report's
# number and a SIREN are no person's.
@pytest.mark.parametrize(("name", "prefix", "kind"), [
    ("ni_number", "", Kind.SSN), ("national_insurance_no", "", Kind.SSN), ("ahcccs_member_id", "", Kind.NATIONAL_ID),
    ("hihokensha_bangou", "", Kind.NATIONAL_ID), ("familiare_riferimento", "", Kind.PERSON_NAME),
    ("kea_maneejaa", "", Kind.PERSON_NAME), ("ddAccountHolder", "", Kind.PERSON_NAME),
    ("bank_account_holder", "", Kind.PERSON_NAME), ("COA-PHONE-APPEND", "coa", Kind.PHONE),
    ("PPNOMC", "^pp", Kind.LAST_NAME), ("RTNOMP", "^rt", Kind.LAST_NAME), ("PPPRNC", "^pp", Kind.FIRST_NAME),
    ("reports_to", "", Kind.PERSON_NAME),
    # decoys: a consent's type (Turkish), a report's number (Dutch, Polish, English), a company's SIREN in a
    # midrange file, an Italian reference number, a bank account's own number, the same abbreviation elsewhere
    ("izin_tipi", "", Kind.NONE), ("tipo", "", Kind.NONE), ("meldingsnummer", "", Kind.NONE),
    ("numerZgloszenia", "", Kind.NONE), ("report_number", "", Kind.NONE), ("PPSIRN", "^pp", Kind.NONE),
    ("numero_riferimento", "", Kind.NONE), ("dd_account_number", "", Kind.IBAN), ("nomc", "", None),
])
def test_when_round_54_names_are_read_then_they_say_their_kind(name, prefix, kind) -> None:
    assert kind_from_name(name, prefix)[0] is kind


_RNG54 = random.Random(54)


def _sa_id() -> str:
    """A South African identity number of someone born in 1940-1969: a birth date, a serial, citizenship, then Luhn's
    digit (so they pass a card's check too: a card number starts with 4, 5 or 6)."""
    head = (f"{_RNG54.randint(40, 69):02d}{_RNG54.randint(1, 12):02d}{_RNG54.randint(1, 28):02d}"
            f"{_RNG54.randint(0, 9999):04d}0{_RNG54.choice('89')}")
    return head + luhn.calc_check_digit(head)


def _card() -> str:
    head = f"4{_RNG54.randint(0, 10**14 - 1):014d}"
    return head + luhn.calc_check_digit(head)


@pytest.mark.parametrize(("name", "draw", "kind"), [
    ("id_number", _sa_id, Kind.NATIONAL_ID), ("misc_3", _sa_id, Kind.NATIONAL_ID), ("misc_3", _card, Kind.CREDIT_CARD),
])
def test_when_identity_numbers_also_pass_a_cards_check_then_the_stricter_identity_check_decides(
        name, draw, kind) -> None:
    assert _people_with(name, [draw() for _ in range(80)]).kind is kind


def _pesel_shaped() -> str:
    """Eleven digits led by a birth date, as a PESEL is, failing its check (what an identity number without a check
    digit, a Cuban one, still passes)."""
    while pesel.is_valid(value := f"{_RNG54.randint(50, 99):02d}{_RNG54.randint(1, 12):02d}"
                                  f"{_RNG54.randint(1, 28):02d}{_RNG54.randint(0, 99999):05d}"):
        pass
    return value


@pytest.mark.parametrize(("name", "kind"), [("numerZgloszenia", Kind.NONE), ("meldingsnummer", Kind.NONE)])
def test_when_a_reports_number_is_shaped_like_an_identity_number_without_its_check_then_it_is_the_reports(
        name, kind) -> None:
    frame = {"imie": [_CLIENT_GIVEN[i % 8] for i in range(200)], "nazwisko": [_CLIENT_FAMILY[i % 8] for i in range(200)],
             name: [_pesel_shaped() for _ in range(200)]}
    found = classify_table("sklep.zgloszenia", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())
    assert found[name].kind is kind


def _bsn() -> str:
    while not bsn.is_valid(value := f"{_RNG54.randint(100_000_000, 999_999_999)}"):
        pass
    return value


@pytest.mark.parametrize(("ids", "phone", "street"), [
    (True, Kind.PHONE, Kind.STREET_ADDRESS),  # people's citizen numbers: the vendor's file is about people
    (False, Kind.NONE, Kind.NONE),  # without them, a vendor's table describes the vendors: their own phones
])
def test_when_a_table_named_as_a_business_holds_peoples_identity_numbers_then_its_contacts_are_theirs(
        ids, phone, street) -> None:
    streets = ["Kerkstraat", "Dorpsweg", "Molenlaan", "Stationsplein", "Beukenlaan", "Julianastraat"]
    frame = {"col01": [_bsn() if ids else f"K{i:07d}" for i in range(300)],
             "col02": [f"+31 6 {12_000_000 + i * 7_919 % 87_999_999:08d}" for i in range(300)],
             "col03": [f"{streets[i % 6]} {1 + i * 7 % 180}" for i in range(300)]}
    found = classify_table("stg_append.vendor_return_raw", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame),
                           Policy())
    assert (found["col02"].kind, found["col03"].kind) == (phone, street)


def _steuer_id() -> str:
    while not idnr.is_valid(value := f"{_RNG54.randint(10**10, 10**11 - 1)}"):
        pass
    return value


def test_when_a_business_table_names_its_managers_identity_number_then_its_addresses_stay_the_business() -> None:
    streets = ["Hafenstraße", "Industrieweg", "Am Güterbahnhof", "Lagerstraße"]
    frame = {"Firmenname": [f"Lager {i} GmbH" for i in range(120)],
             "Strasse": [f"{streets[i % 4]} {1 + i % 60}" for i in range(120)],
             "LeiterSteuerId": [_steuer_id() for _ in range(120)]}
    found = classify_table("logistik.Lagerstandorte", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())
    assert (found["Strasse"].kind, found["LeiterSteuerId"].kind) == (Kind.NONE, Kind.NATIONAL_ID)


# Round 55 (from v102-v104's misses after their first, blind scoring): a French midrange file's prénom, code postal,
# date de naissance after a partner's digit, officier and vétérinaire; a Dutch family name and keeper; an Eircode
# cut short; a pet's and a vet patient's birth dates, and a horse's beside its keeper's; a case, a land register's
# sheet and a notary's repertory are records; a company's branch address beside its registration number.
@pytest.mark.parametrize(("name", "prefix", "kind"), [
    ("PRPREN", "^pr", Kind.FIRST_NAME), ("PCPRN1", "^pc", Kind.FIRST_NAME), ("PCDNA2", "^pc", Kind.DATE_OF_BIRTH),
    ("PRCDPO", "^pr", Kind.POSTAL_CODE), ("PCOFFI", "^pc", Kind.PERSON_NAME), ("PRVETO", "^pr", Kind.PERSON_NAME),
    ("geslachtsnaam", "", Kind.LAST_NAME), ("HouderVoornaam", "", Kind.FIRST_NAME), ("dec_eirc", "dec", Kind.POSTAL_CODE),
    # decoys: an animal's name and birth date, its breed and chip; records' numbers; the abbreviations elsewhere
    ("PRANOM", "^pr", Kind.NONE), ("petto_seinengappi", "", Kind.NONE), ("petto_namae", "", Kind.NONE),
    ("Ras", "", Kind.NONE), ("zaaknummer", "", Kind.NONE), ("grundbuchblatt", "", Kind.NONE),
    ("numer_repertorium", "", Kind.NONE), ("prn", "", None), ("dna", "", None), ("veto", "", None),
    # a report's text tells of people, as an event's description does; its number and date do not
    ("damageReportText", "", Kind.FREE_TEXT), ("ticket_text", "", Kind.FREE_TEXT), ("report_date", "", Kind.NONE),
])
def test_when_round_55_names_are_read_then_they_say_their_kind(name, prefix, kind) -> None:
    assert kind_from_name(name, prefix)[0] is kind


@pytest.mark.parametrize(("columns", "column", "kind"), [
    (("patient_name", "species", "breed", "microchip_no", "patient_dob"), "patient_dob", Kind.NONE),
    (("PaardNaam", "Chipnummer", "Ras", "Geboortedatum", "HouderGeboortedatum"), "Geboortedatum", Kind.NONE),
    (("PaardNaam", "Chipnummer", "Ras", "Geboortedatum", "HouderGeboortedatum"), "HouderGeboortedatum",
     Kind.DATE_OF_BIRTH),
    # a farrier's book keeps the owner's birth date unqualified: no other birth date beside it says whose
    (("PaardNaam", "Chipnummer", "Ras", "Geboortedatum"), "Geboortedatum", Kind.DATE_OF_BIRTH),
])
def test_when_a_table_about_animals_holds_a_patients_or_a_bare_birth_date_beside_a_keepers_then_it_is_the_animals(
        columns, column, kind) -> None:
    births = [date(1950, 1, 1) + timedelta(days=97 * i % 18_000) for i in range(200)]
    frame = {c: (births if "dob" in c.lower() or "geboorte" in c.lower() else [f"v{i % 9}" for i in range(200)])
             for c in columns}
    types = {c: "DATE" if "dob" in c.lower() or "geboorte" in c.lower() else "VARCHAR" for c in columns}
    found = classify_table("vet.register", types, pd.DataFrame(frame), Policy())
    assert found[column].kind is kind


@pytest.mark.parametrize(("registered", "kind"), [(False, Kind.STREET_ADDRESS), (True, Kind.NONE)])
def test_when_a_table_with_contact_persons_holds_companies_registration_numbers_then_their_sites_are_premises(
        registered, kind) -> None:
    rnd = random.Random(55)
    frame = {"contactpersoon": [f"{_CLIENT_GIVEN[i % 8]} {_CLIENT_FAMILY[i // 8 % 8]}" for i in range(ROWS)],
             "contact_email": [f"contact{i}@example.org" for i in range(ROWS)],
             "vestigingsadres": [f"{rnd.choice(_STREETS)} {rnd.randint(1, 199)}" for _ in range(ROWS)]}
    if registered:
        frame["kvk_nummer"] = [f"{10_000_000 + i * 7_919:08d}" for i in range(ROWS)]
    found = classify_table("logistiek.onderaannemers", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())
    assert found["vestigingsadres"].kind is kind


# Round 56 (from v108-v110's misses after their first, blind scoring): the UK's ``ni`` read whole only (it ends Czech
# adjectives), a count before what it counts, an intended parent's name, a Brazilian neighbourhood, a childbirth's
# date, a Spanish midrange file's nombre and encargado, a rig's crew chiefs; an Indonesian passport and number, a bank
# account abbreviated (from v105-v107, read after their first scoring).
@pytest.mark.parametrize(("name", "prefix", "kind"), [
    ("ni_number", "", Kind.SSN), ("adresni_ulice", "", Kind.STREET_ADDRESS),
    ("kontaktni_osoba", "", Kind.PERSON_NAME),  # (round 77: "osoba", a person: a contact person's name; no NI number)
    ("AntalStraa", "", Kind.NONE), ("liczba_osob", "", Kind.NONE), ("GC-IP1-NAME", "gc", Kind.PERSON_NAME),
    ("client_ip", "", Kind.IP_ADDRESS), ("bairro", "", Kind.CITY), ("ilce", "", Kind.CITY),
    ("mobil", "", Kind.PHONE), ("ημερομηνία_τοκετού", "", Kind.DATE_OF_BIRTH), ("ASNOMB", "^as", Kind.FIRST_NAME),
    ("ASENCA", "^as", Kind.PERSON_NAME), ("toolpusher", "", Kind.PERSON_NAME), ("encargado_obra", "", Kind.PERSON_NAME),
    ("NoPaspor", "", Kind.NATIONAL_ID), ("nomor_telepon", "", Kind.PHONE), ("SCH-BANK-AC", "sch", Kind.IBAN),
    ("ac_bank", "", Kind.NONE),
])
def test_when_round_56_names_are_read_then_they_say_their_kind(name, prefix, kind) -> None:
    assert kind_from_name(name, prefix)[0] is kind


_CAPITAL_GIVEN = ["MARY", "JAMES", "LINDA", "ROBERT", "SUSAN", "DAVID", "KAREN", "PAUL", "NANCY", "MARK"]


@pytest.mark.parametrize(("born", "kind"), [(True, Kind.FIRST_NAME), (False, Kind.NONE)])
def test_when_a_thing_word_has_a_date_of_birth_then_its_name_and_phone_are_the_rows_persons(born, kind) -> None:
    rnd = random.Random(56)
    frame = {"carrierFirstName": [_CLIENT_GIVEN[i % 8] for i in range(ROWS)],
             "carrierPhone": [f"+1 604 555 {rnd.randint(0, 9999):04d}" for _ in range(ROWS)],
             "agencyPhone": ["+1 604 555 0100"] * ROWS, "applicant_email": [f"a{i}@example.org" for i in range(ROWS)]}
    if born:
        frame["carrierDob"] = [date(1985, 1, 1) + timedelta(days=37 * i % 5_000) for i in range(ROWS)]
    types = {c: "DATE" if c == "carrierDob" else "VARCHAR" for c in frame}
    found = classify_table("surrogacy.carrierApplications", types, pd.DataFrame(frame), Policy())
    assert found["carrierFirstName"].kind is kind and found["agencyPhone"].kind is Kind.NONE
    assert found["carrierPhone"].kind is (Kind.PHONE if born else Kind.NONE)


def test_when_given_names_are_written_in_capitals_and_repeat_then_they_stay_given_names() -> None:
    values = [_CAPITAL_GIVEN[i % 10] for i in range(ROWS)]
    frame = {"PAYEE-FIRST-NM": values, "PAYEE-DOB": [19_800_101 + i % 28 for i in range(ROWS)]}
    found = classify_table("LEGACY.PAYEES", {"PAYEE-FIRST-NM": "VARCHAR", "PAYEE-DOB": "INTEGER"},
                           pd.DataFrame(frame), Policy())
    assert found["PAYEE-FIRST-NM"].kind is Kind.FIRST_NAME


@pytest.mark.parametrize(("values", "kind"), [
    (["BRENNAN AMUNDSEN", "TORIN MULCAHEY", "KIERAN AMUNDSEN"], Kind.PERSON_NAME),
    (["EAST", "WEST", "NORTH", "SOUTH", "VIP"], Kind.NONE),
])
def test_when_a_legacy_extract_names_its_staff_in_capitals_then_they_are_people_and_its_stands_are_not(
        values, kind) -> None:
    rnd = random.Random(7)
    frame = {"PMT-CARRIER-LAST-NM": [rnd.choice(_CLIENT_FAMILY) for _ in range(ROWS)],
             "PMT-CARRIER-SSN": [f"{rnd.randint(100, 665)}-{rnd.randint(10, 99)}-{rnd.randint(1000, 9999)}"
                                 for _ in range(ROWS)],
             "PMT-ESCROW-OFFICER" if kind is Kind.PERSON_NAME else "PMT-STAND": [values[i % len(values)]
                                                                                for i in range(ROWS)]}
    found = classify_table("ESCROW.PMT_EXTRACT", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())
    assert found[list(frame)[-1]].kind is kind


def test_when_values_are_doctors_titled_names_then_they_are_no_street_lines() -> None:
    rnd = random.Random(3)
    doctors = [f"Dr(a). {rnd.choice(_CLIENT_GIVEN)} {rnd.choice(_CLIENT_FAMILY)}" for _ in range(ROWS)]
    found = classify_column("obstetra", "VARCHAR", doctors)
    assert found.kind is not Kind.STREET_ADDRESS


# Round 57 (from v111-v113's misses after their first, blind scoring): a host mother or father is a person whatever
# qualifies them; Japan's residence card; Germany's pension insurance number; an Italian midrange file's birth date
# and place, a Spanish one's apellidos; a house's manager.
@pytest.mark.parametrize(("name", "prefix", "kind"), [
    ("HOST_MOTHER_NAME", "", Kind.PERSON_NAME), ("host_father_phone", "", Kind.PHONE),
    ("mother_company_name", "", Kind.NONE), ("zairyu_card_bangou", "", Kind.NATIONAL_ID), ("rv_nummer", "", Kind.SSN),
    ("PDDNAS", "^pd", Kind.DATE_OF_BIRTH), ("PDLNAS", "^pd", Kind.CITY), ("lnas", "", None),
    ("CAAPE2", "^ca", Kind.LAST_NAME), ("house_manager", "", Kind.PERSON_NAME), ("house_number", "", Kind.STREET_ADDRESS),
])
def test_when_round_57_names_are_read_then_they_say_their_kind(name, prefix, kind) -> None:
    assert kind_from_name(name, prefix)[0] is kind


# Round 58: an employer whose identity number, by the name, holds people's numbers by their check (valid DNIs, no
# company's CIF) is a household: its name and phone are a person's. A company's CIF leaves them a business's.


@pytest.mark.parametrize(("household", "kind"), [(True, Kind.PERSON_NAME), (False, Kind.NONE)])
def test_when_an_employers_identity_numbers_are_peoples_then_the_employer_is_a_person(household, kind) -> None:
    rnd = random.Random(58)
    frame = {"nombre_empleada": [rnd.choice(_CLIENT_GIVEN) for _ in range(ROWS)],
             "dni_empleada": [_dni(10_000_000 + i * 7_919) for i in range(ROWS)],
             "nombre_empleador": [f"{rnd.choice(_CLIENT_GIVEN)} {rnd.choice(_CLIENT_FAMILY)}" for _ in range(ROWS)],
             "dni_empleador": [_dni(10_000_000 + (ROWS + i) * 7_919) if household else f"B{10_000_000 + i:08d}"
                               for i in range(ROWS)],
             "telefono_empleador": [f"+34 6{rnd.randint(10_000_000, 99_999_999)}" for _ in range(ROWS)]}
    found = classify_table("hogar.contratos", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())
    assert found["nombre_empleador"].kind is kind
    assert found["telefono_empleador"].kind is (Kind.PHONE if household else Kind.NONE)


# Round 59 (from v114-v116's misses after their first, blind scoring): a Flemish and a Portuguese family name, the
# family name a French form asks for, a Portuguese midrange file's apelido; a bride, a groom, a witness, a spouse and a
# coordinator; a passport in transliteration; a Danish town (``by``) and a destination's address.
@pytest.mark.parametrize(("name", "prefix", "kind"), [
    ("Familienaam", "", Kind.LAST_NAME), ("apelido", "", Kind.LAST_NAME), ("nomUsage", "", Kind.LAST_NAME),
    ("nom_marital", "", Kind.LAST_NAME), ("MDAPEL", "^md", Kind.LAST_NAME), ("jmeno_nevesty", "", Kind.FIRST_NAME),
    ("svidetel", "", Kind.PERSON_NAME), ("koordinator", "", Kind.PERSON_NAME), ("pasport", "", Kind.NATIONAL_ID),
    ("Passnummer", "", Kind.NATIONAL_ID), ("by", "", Kind.CITY), ("fra_by", "", Kind.CITY), ("til_by", "", Kind.CITY),
    ("created_by", "", Kind.NONE), ("approved_by", "", None), ("destinationCity", "", Kind.CITY),
    ("destinationPostal", "", Kind.POSTAL_CODE), ("Destination", "", Kind.NONE), ("destination_country", "", Kind.NONE),
    ("destination_store_city", "", Kind.NONE),
])
def test_when_round_59_names_are_read_then_they_say_their_kind(name, prefix, kind) -> None:
    assert kind_from_name(name, prefix)[0] is kind


@pytest.mark.parametrize(("values", "kind"), [
    (["Dr Tara Geraghty", "Dr Wayne Keogh"], Kind.PERSON_NAME),  # a clinic's two GPs, titled
    (["Tullamore Family Practice", "Cherry Orchard Health Centre"], Kind.NONE),  # their practices
])
def test_when_a_person_named_column_holds_two_titled_people_then_they_are_staff(values, kind) -> None:
    found = classify_column("gp_nm", "VARCHAR", [values[i % 3 % 2] for i in range(ROWS)])
    assert found.kind is kind


@pytest.mark.parametrize(("place", "kind"), [("BirthPlace", Kind.CITY), ("VenueCity", Kind.NONE)])
def test_when_a_qualified_city_repeats_then_a_birth_place_stays_the_persons_and_a_venue_is_a_business(
        place, kind) -> None:
    rnd = random.Random(59)
    towns = ["Perth", "Fremantle", "Bunbury", "Albany", "Geraldton", "Mandurah"]
    frame = {}
    for party in ("Party1", "Party2"):
        frame |= {f"{party}GivenNames": [rnd.choice(_CLIENT_GIVEN) for _ in range(ROWS)],
                  f"{party}Surname": [rnd.choice(_CLIENT_FAMILY) for _ in range(ROWS)],
                  f"{party}Dob": [str(date(1970, 1, 1) + timedelta(days=rnd.randrange(9_000))) for _ in range(ROWS)],
                  f"{party}{place}": [towns[i % 3] for i in range(ROWS)]}
    frame |= {"ResidentialAddress": [f"{rnd.randint(1, 199)} {rnd.choice(_STREETS)}" for _ in range(ROWS)],
              "Suburb": [rnd.choice(towns) for _ in range(ROWS)]}
    found = classify_table("celebrant.notices", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())
    assert found[f"Party1{place}"].kind is kind and found[f"Party2{place}"].kind is kind


@pytest.mark.parametrize(("values", "kind"), [
    (["Y34 U4ZW", "E91 U9EQ", "R95 C3LL", "D02 X285", "T12 HW58", "V94 K2PX"], Kind.POSTAL_CODE),  # letters An Post skips
    (["A1-77", "B2-19", "C3-45", "D4-02", "E5-88", "F6-31"], Kind.NONE),
    (["V76V597", "V58R409", "V07C911", "V14O539", "V42R921", "V00A988"], Kind.NONE),  # a ship's voyage references
])
def test_when_an_irish_tables_codes_have_an_eircodes_shape_then_they_are_postal_codes(values, kind) -> None:
    rnd = random.Random(5)
    frame = {"mbr_fnm": [rnd.choice(_CLIENT_GIVEN) for _ in range(ROWS)],
             "mbr_mob": [f"+353 87 {rnd.randint(100, 999)} {rnd.randint(1000, 9999)}" for _ in range(ROWS)],
             "mbr_twn": [rnd.choice(["Kilkenny", "Carlow", "Waterford", "Thurles"]) for _ in range(ROWS)],
             "mbr_ecd": [f"{values[i % 6][:4]}{rnd.choice('ACDEFHKNPRTVWXY0123456789')}{values[i % 6][5:]}"
                         for i in range(ROWS)]}
    found = classify_table("heritage.mbr_rnwl", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())
    assert found["mbr_ecd"].kind is kind


def test_when_few_given_names_in_capitals_are_mostly_known_then_they_stay_given_names() -> None:
    given = ["MARISOL", "RAELYNN", "NADIA", "TATUM", "AINSLEY", "JUNIPER", "KAITLYN", "DELPHINE", "SAVANNAH", "MAGNOLIA"]
    frame = {"BR-CUST-FIRST-NM": [given[i % 10] for i in range(ROWS)],
             "BR-CUST-DOB": [19_800_101 + i % 28 for i in range(ROWS)]}
    found = classify_table("BRIDAL.LAYAWAY", {"BR-CUST-FIRST-NM": "VARCHAR", "BR-CUST-DOB": "INTEGER"},
                           pd.DataFrame(frame), Policy())
    assert found["BR-CUST-FIRST-NM"].kind is Kind.FIRST_NAME


@pytest.mark.parametrize("name", ["jmeno_nevesty", "svidetel", "nom_conjoint1"])
def test_when_a_brides_or_a_witness_names_repeat_then_they_stay_names(name) -> None:
    brides = ["Barbora", "Markéta", "Lucie", "Kateřina", "Veronika", "Tereza", "Adéla", "Eliška"]
    frame = {"datum_narozeni_nevesty": [str(date(1990, 1, 1) + timedelta(days=41 * i % 4_000)) for i in range(ROWS)],
             name: [{"jmeno_nevesty": brides[i % 8], "svidetel": f"{brides[i % 8]} {_CLIENT_FAMILY[i // 8 % 8]}",
                     "nom_conjoint1": _CLIENT_FAMILY[i % 8]}[name] for i in range(ROWS)]}
    found = classify_table("svatby.obrady", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())
    assert found[name].kind in (Kind.FIRST_NAME, Kind.PERSON_NAME, Kind.LAST_NAME), found[name].evidence


# Round 60 (from v117-v119's misses after their first, blind scoring): a person's word after an object's names the
# person (an order's customer, a device's owner, a host member); a billing card; a document's number in a table about
# people; a postal-code word over names; a month and year of birth; a dispatcher; an Italian midrange garante.
@pytest.mark.parametrize(("name", "prefix", "kind"), [
    ("order_customer_name", "", Kind.PERSON_NAME), ("device_owner_email", "", Kind.EMAIL),
    ("ticket_member_phone", "", Kind.PHONE), ("host_member_name", "", Kind.PERSON_NAME),
    ("shipment_customer_city", "", Kind.CITY), ("customer_order_name", "", Kind.NONE),
    ("employee_department_name", "", Kind.NONE), ("order_customer_id", "", Kind.NONE), ("hostName", "", Kind.NONE),
    ("ticket_customer_email_hash", "", Kind.NONE), ("billingCard", "", Kind.CREDIT_CARD),
    ("gift_card_no", "", Kind.NONE), ("DocumentNummer", "", Kind.NATIONAL_ID), ("document_type", "", Kind.NONE),
    ("disponentin", "", Kind.PERSON_NAME), ("SPGARA", "^sp", Kind.PERSON_NAME), ("appDisplayName", "", Kind.NONE),
])
def test_when_round_60_names_are_read_then_they_say_their_kind(name, prefix, kind) -> None:
    assert kind_from_name(name, prefix)[0] is kind


@pytest.mark.parametrize(("column", "kind"), [("order_customer_name", Kind.PERSON_NAME), ("product_name", Kind.NONE)])
def test_when_an_objects_column_names_its_customer_then_full_names_are_masked(column, kind) -> None:
    rnd = random.Random(60)
    frame = {"order_id": [str(i) for i in range(ROWS)],
             column: [f"{rnd.choice(_CLIENT_GIVEN)} {rnd.choice(_CLIENT_FAMILY)}" for _ in range(ROWS)]}
    found = classify_table("shop.orders", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())
    assert found[column].kind is kind


@pytest.mark.parametrize(("values", "kind"), [
    ([f"{_CLIENT_GIVEN[i % 8]} {_CLIENT_FAMILY[i // 8 % 8]}" for i in range(64)], Kind.PERSON_NAME),
    ([f"{70_000 + i * 13}" for i in range(64)], Kind.POSTAL_CODE),
])
def test_when_a_postal_words_values_are_names_without_a_digit_then_the_values_decide(values, kind) -> None:
    frame = {"PscName": [values[i % 64] for i in range(ROWS)],
             "PscEmail": [f"psc{i}@example.org" for i in range(ROWS)]}
    found = classify_table("registered.kyc", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())
    assert found["PscName"].kind is kind


@pytest.mark.parametrize(("values", "kind"), [
    (["06/1963", "02/1992", "08/1998", "11/1971", "01/1985"], Kind.DATE_OF_BIRTH),
    (["1963-06", "1992-02", "1998-08", "1971-11", "1985-01"], Kind.DATE_OF_BIRTH),
    (["13/1963", "22/1992", "38/1998", "41/1971", "55/1985"], Kind.NONE),
])
def test_when_a_birth_is_kept_as_month_and_year_then_it_is_a_date_of_birth(values, kind) -> None:
    found = classify_column("PscBirthMonthYear", "VARCHAR", [values[i % 5] for i in range(ROWS)])
    assert found.kind is kind


# Round 61: a company's partita IVA (an 11-digit codice fiscale) is no person's; a number without a check digit of a
# country the table is not from is no identity number (a Polish contract number shaped like a PESEL, under an opaque
# name since round 70 reads ``NumerUmowy`` as a contract's, passes Cuba's format); a campaign and a project in other
# languages are things.
def test_when_codici_fiscali_have_eleven_digits_then_they_are_a_companys() -> None:
    from stdnum.it import codicefiscale

    vat = [n + luhn.calc_check_digit(n) for n in (f"{1_000_000 + i * 7_919:07d}{i % 100 + 1:03d}" for i in range(6))]
    assert all(map(codicefiscale.is_valid, vat))  # the check python-stdnum's codice fiscale accepts for companies
    found = classify_column("DMPIVA", "VARCHAR", [vat[i % 6] for i in range(ROWS)], TableContext(prefix="^dm"))
    assert found.kind is Kind.NONE


@pytest.mark.parametrize(("regions", "kind"), [(("PL",), Kind.NONE), ((), Kind.NATIONAL_ID)])
def test_when_a_number_without_check_digit_is_of_another_country_then_it_is_no_identity_number(regions, kind) -> None:
    rnd = random.Random(61)
    values = [f"{rnd.randint(50, 99):02d}{rnd.randint(1, 12):02d}{rnd.randint(1, 28):02d}{rnd.randint(0, 99_999):05d}"
              for _ in range(ROWS)]
    found = classify_column("pole_07", "VARCHAR", values, TableContext(table=True, regions=regions))
    assert found.kind is kind


@pytest.mark.parametrize("name", ["kampanyaAdi", "projekt_name", "proje_adi"])
def test_when_round_61_names_are_read_then_a_campaign_and_a_project_are_things(name) -> None:
    assert kind_from_name(name)[0] is Kind.NONE


# Round 62 (from v120-v122's misses after their first, blind scoring): family names in capitals with their particles
# (``LE GALL``) drawn from a few, staff who share a family name written with its particle (``Ó Murchú``), a French
# midrange file's moniteur, Australia's Medicare number abbreviated, Switzerland's NPA.
@pytest.mark.parametrize(("name", "prefix", "kind"), [
    ("CEMONI", "^ce", Kind.PERSON_NAME), ("mcare_no", "", Kind.NATIONAL_ID), ("npa", "", Kind.POSTAL_CODE),
])
def test_when_round_62_names_are_read_then_they_say_their_kind(name, prefix, kind) -> None:
    assert kind_from_name(name, prefix)[0] is kind


def test_when_a_few_family_names_are_written_in_capitals_with_particles_then_they_stay_family_names() -> None:
    families = ["PRIGENT", "TOULLEC", "LE BRIS", "CORNEC", "LE GALL", "LE ROUX", "KERVELLA", "GOURVÈS", "OLLIVIER",
                "LE MEUR", "RIOU", "JÉZÉQUEL"]
    frame = {"DSNUMD": list(range(ROWS)), "DSNOMU": [families[i % 12] for i in range(ROWS)],
             "DSPRNM": [_CAPITAL_GIVEN[i % 10] for i in range(ROWS)], "DSDNAI": [850_312 + i % 28 for i in range(ROWS)],
             "DSVILL": [["RENNES", "BREST", "VANNES"][i % 3] for i in range(ROWS)]}
    types = {c: "INTEGER" if c in ("DSNUMD", "DSDNAI") else "VARCHAR" for c in frame}
    found = classify_table("EFSBRET.DSDONP", types, pd.DataFrame(frame), Policy())
    assert found["DSNOMU"].kind is Kind.LAST_NAME


@pytest.mark.parametrize(("values", "kind"), [
    (["Fionnuala Ó Murchú", "Ailbhe Fennelly", "Muireann Ó Murchú", "Nuala Brosnan"], Kind.PERSON_NAME),
    (["Grand Hall", "Small Hall", "Club Room", "Garden Hall"], Kind.NONE),
])
def test_when_staff_share_a_family_name_with_its_particle_then_they_are_still_staff(values, kind) -> None:
    rnd = random.Random(62)
    frame = {"TRAINEE_FIRST_NAME": [rnd.choice(_CLIENT_GIVEN) for _ in range(ROWS)],
             "TRAINEE_SURNAME": [rnd.choice(_CLIENT_FAMILY) for _ in range(ROWS)],
             "TRAINEE_DOB": [str(date(2005, 1, 1) + timedelta(days=rnd.randrange(1_500))) for _ in range(ROWS)],
             "TUTOR": [values[i % 4] for i in range(ROWS)]}
    found = classify_table("ACADEMY.TRAINEE_INTAKE", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())
    assert found["TUTOR"].kind is kind


# Round 63 (from v123-v125's misses after their first, blind scoring): identity papers in more of Europe's languages
# (passports, identity cards, proof of identity, driving licences), a learner's permit, a Finnish document's number,
# a Ukrainian name written with its apostrophe, a trustee as a person, an identity card spelled out; not a
# mountaineering club's card (``planinska izkaznica``) nor a Swedish licence to practise (``legitimation``).
@pytest.mark.parametrize(("name", "kind"), [
    ("serie_numar_ci", Kind.NATIONAL_ID), ("legitimasjonsnr", Kind.NATIONAL_ID), ("asiakirjan_numero", Kind.NATIONAL_ID),
    ("pases_nr", Kind.NATIONAL_ID), ("broj_osobne_iskaznice", Kind.NATIONAL_ID), ("broj_putovnice", Kind.NATIONAL_ID),
    ("broj_vozacke_dozvole", Kind.NATIONAL_ID), ("LEARNER_PERMIT_NO", Kind.NATIONAL_ID),
    ("лична_карта_номер", Kind.NATIONAL_ID), ("utlevelszam", Kind.NATIONAL_ID), ("cislo_ridicskeho_prukazu", Kind.NATIONAL_ID),
    ("ehliyet_no", Kind.NATIONAL_ID), ("identity_card_number", Kind.NATIONAL_ID), ("імʼя", Kind.FIRST_NAME),
    ("ім’я", Kind.FIRST_NAME), ("trusteeName", Kind.PERSON_NAME), ("osebna_izkaznica", Kind.NATIONAL_ID),
])
def test_when_round_63_names_are_read_then_they_say_their_kind(name, kind) -> None:
    assert kind_from_name(name)[0] is kind


@pytest.mark.parametrize("name", ["planinska_izkaznica", "legitimation_nr"])
def test_when_a_card_or_a_licence_to_practise_is_named_then_round_63_reads_no_identity_paper(name) -> None:
    assert kind_from_name(name)[0] is not Kind.NATIONAL_ID


# Round 64 (from v126-v128's misses after their first, blind scoring, on round 63): licences a person holds to hunt,
# fish or own a gun are identity papers as a driving licence is; a contact number and a WhatsApp number are phones;
# an accompanist, a superintendent, a professional hunter, a Slovenian seller are people.
@pytest.mark.parametrize(("name", "kind"), [
    ("hunting_license_no", Kind.NATIONAL_ID), ("firearmsLicenceNo", Kind.NATIONAL_ID),
    ("Shotgun Certificate No", Kind.NATIONAL_ID), ("cislo_loveckeho_listku", Kind.NATIONAL_ID),
    ("rybarsky_listok", Kind.NATIONAL_ID), ("llicencia_caca", Kind.NATIONAL_ID), ("Jagdscheinnummer", Kind.NATIONAL_ID),
    ("CONTACT_NO", Kind.PHONE), ("contactNumber", Kind.PHONE), ("Parent/Guardian WhatsApp number", Kind.PHONE),
    ("numero_contacto", Kind.PHONE), ("ACCOMPANIST_NAME", Kind.PERSON_NAME), ("prodajalec", Kind.PERSON_NAME),
    ("taxi_licence_no", Kind.NONE), ("business_license_no", Kind.NONE), ("contact_id", Kind.NONE),
    ("oruzni_list", None),
])
def test_when_round_64_names_are_read_then_they_say_their_kind(name, kind) -> None:
    assert kind_from_name(name)[0] is kind


@pytest.mark.parametrize(("values", "kind"), [
    (["012-353 2884", "019-541 0755", "016-056 1699", "017-220 4518"], Kind.PHONE),
    (["CN-000123", "CN-000124", "CN-000125", "CN-000126"], Kind.NONE),
])
def test_when_a_contact_number_holds_phones_then_it_is_a_phone_and_a_contact_record_number_is_not(values, kind) -> None:
    rnd = random.Random(64)
    frame = {"CANDIDATE_NAME": [f"{rnd.choice(_CLIENT_GIVEN)} {rnd.choice(_CLIENT_FAMILY)}" for _ in range(ROWS)],
             "CONTACT_NO": [values[i % 4][:-2] + f"{i % 100:02d}" for i in range(ROWS)]}
    found = classify_table("ACADEMY.EXAM_CANDIDATES", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())
    assert found["CONTACT_NO"].kind is kind


# Round 65 (from v126-v128's first scoring too): a musical instrument is a thing (``Viola`` is a given name as well),
# a parcel's tracking number abbreviated, a Spanish record card, a study or residence permit (a work permit is the
# employer's file in v113 and v114), Catalan family
# names and address.
@pytest.mark.parametrize(("name", "kind"), [
    ("instrument", Kind.NONE), ("strumento", Kind.NONE), ("pstl_trk", Kind.NONE), ("numero_ficha", Kind.NONE),
    ("Study Permit #", Kind.NATIONAL_ID), ("work_permit_no", Kind.NONE), ("residence_permit_number", Kind.NATIONAL_ID),
    ("cognoms", Kind.LAST_NAME), ("adreca", Kind.STREET_ADDRESS),
])
def test_when_round_65_names_are_read_then_they_say_their_kind(name, kind) -> None:
    assert kind_from_name(name)[0] is kind


def test_when_an_instrument_column_holds_instruments_named_like_people_then_it_is_not_personal() -> None:
    rnd = random.Random(65)
    frame = {"student_name": [f"{rnd.choice(_CLIENT_GIVEN)} {rnd.choice(_CLIENT_FAMILY)}" for _ in range(ROWS)],
             "instrument": [["Violin", "Viola", "Cello", "Flute", "Piano", "Harp"][i % 6] for i in range(ROWS)]}
    found = classify_table("music.enrolments", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())
    assert found["instrument"].kind is Kind.NONE and found["instrument"].state != "review"


# Round 66 (from v129-v131's misses after their first, blind scoring, on round 65): a club's and a clubhouse's
# contact details are the club's, as a school's and a branch's are; a Catalan passport, Tanzania's NIDA number, a
# Slovenian personal document, a leader abbreviated; a French receipt's number is a record's.
@pytest.mark.parametrize(("name", "prefix", "kind"), [
    ("ClubAddress", "", Kind.NONE), ("klubbhus_adresse", "", Kind.NONE), ("ANN-CLUB-PHONE", "ann", Kind.NONE),
    ("email_scoala", "", Kind.NONE), ("poslovnica_email", "", Kind.NONE), ("num_passaport", "", Kind.NATIONAL_ID),
    ("NIDA_NUMBER", "", Kind.NATIONAL_ID), ("st_osebnega_dokumenta", "", Kind.NATIONAL_ID),
    ("MBR-UNIT-LDR-NM", "mbr", Kind.PERSON_NAME), ("no_recu", "", Kind.NONE), ("club_member_name", "", Kind.PERSON_NAME),
])
def test_when_round_66_names_are_read_then_they_say_their_kind(name, prefix, kind) -> None:
    assert kind_from_name(name, prefix)[0] is kind


# Round 67 (from v132-v134's misses after their first, blind scoring, on round 66): Mexican forms' paternal and
# maternal family names, a Malaysian identity card's number, Viet Nam's passport and identity cards, Kuwait's civil
# number, a passport's number in Thai.
@pytest.mark.parametrize(("name", "prefix", "kind"), [
    ("TXR-VIS-PATERNO", "txr", Kind.LAST_NAME), ("materno", "", Kind.LAST_NAME), ("IC_NO", "", Kind.NATIONAL_ID),
    ("so_ho_chieu", "", Kind.NATIONAL_ID), ("so_cccd", "", Kind.NATIONAL_ID), ("الرقم_المدني", "", Kind.NATIONAL_ID),
    ("เลขหนังสือเดินทาง", "", Kind.NATIONAL_ID), ("ic_chip_count", "", Kind.NONE),
])
def test_when_round_67_names_are_read_then_they_say_their_kind(name, prefix, kind) -> None:
    assert kind_from_name(name, prefix)[0] is kind


# Round 68 (a probe of the issue's languages name by name, no held-out set): identity papers named in German, Danish,
# Czech, Turkish, Spanish, Italian, Portuguese, Swedish and romanized Japanese; a Japanese residence card; a place and
# a date of birth in Danish, Turkish and romanized Japanese; a Russian full name followed by whose it is; a card's
# last four digits; a family name qualified by its script (``sei_kanji``); staff words; warehouse abbreviations.
@pytest.mark.parametrize(("name", "kind"), [
    ("steuerident_nr", Kind.NATIONAL_ID), ("Krankenversichertennr", Kind.NATIONAL_ID), ("pasnummer", Kind.NATIONAL_ID),
    ("cislo_pasu", Kind.NATIONAL_ID), ("koerekortnummer", Kind.NATIONAL_ID), ("TCKN", Kind.NATIONAL_ID),
    ("vergi_no", Kind.NONE), ("my_number", Kind.NATIONAL_ID), ("kojin_bango", Kind.NATIONAL_ID),
    ("hokensho_bango", Kind.NATIONAL_ID), ("natl_id", Kind.NATIONAL_ID), ("drv_lic_no", Kind.NATIONAL_ID),
    ("tessera_sanitaria", Kind.NATIONAL_ID), ("cartao_cidadao", Kind.NATIONAL_ID), ("permesso_soggiorno", Kind.NATIONAL_ID),
    ("resident_card_no", Kind.NATIONAL_ID), ("在留カード番号", Kind.NATIONAL_ID), ("titulo_eleitor", Kind.NATIONAL_ID),
    ("naf", Kind.SSN), ("sozialversicherungsnr", Kind.SSN), ("num_bi", Kind.NATIONAL_ID),
    ("foedested", Kind.CITY), ("dogum_yeri", Kind.CITY), ("seinen_gappi", Kind.DATE_OF_BIRTH),
    ("dogum_tar", Kind.DATE_OF_BIRTH), ("birth_mon", Kind.DATE_OF_BIRTH), ("birth_yyyy", Kind.DATE_OF_BIRTH),
    ("yob", Kind.DATE_OF_BIRTH), ("Дата_рожд", Kind.DATE_OF_BIRTH), ("ФИО_клиента", Kind.PERSON_NAME),
    ("nominativo", Kind.PERSON_NAME), ("concelho", Kind.CITY), ("card_last4", Kind.NONE),
    ("cc_last_four", Kind.NONE), ("sei_kanji", Kind.LAST_NAME), ("ssn_last4", Kind.SSN), ("last_name", Kind.LAST_NAME),
    ("gvn_nm", Kind.FIRST_NAME), ("fam_nm", Kind.LAST_NAME), ("drvr_lic_no", Kind.NATIONAL_ID),
    ("soc_sec_no", Kind.SSN), ("aadhar_no", Kind.NATIONAL_ID), ("birth_dte", Kind.DATE_OF_BIRTH),
    ("whs_addr", Kind.NONE), ("vndr_nm", Kind.NONE), ("verkaeufer", Kind.PERSON_NAME), ("保険証券番号", Kind.NONE), ("продавец", Kind.PERSON_NAME),
    ("bestellnr", None), ("vergi_dairesi", Kind.NONE), ("cart_id", Kind.NONE),
])
def test_when_round_68_names_are_read_then_they_say_their_kind(name, kind) -> None:
    assert kind_from_name(name)[0] is kind


def test_when_identity_papers_without_check_digits_are_named_in_round_68_words_then_they_are_masked() -> None:
    rnd = random.Random(68)
    frame = {"fornavn": [rnd.choice(_CLIENT_GIVEN) for _ in range(ROWS)],
             "efternavn": [rnd.choice(_CLIENT_FAMILY) for _ in range(ROWS)],
             "pasnummer": [str(rnd.randint(10**8, 10**9 - 1)) for _ in range(ROWS)],
             "koerekortnummer": [str(rnd.randint(10**7, 10**8 - 1)) for _ in range(ROWS)],
             "kojin_bango": [str(rnd.randint(10**11, 10**12 - 1)) for _ in range(ROWS)],
             "ordrenummer": [str(rnd.randint(10**8, 10**9 - 1)) for _ in range(ROWS)],
             "yob": [rnd.randint(1940, 2005) for _ in range(ROWS)]}
    types = {c: "INTEGER" if c == "yob" else "VARCHAR" for c in frame}
    found = classify_table("kunder.kunde", types, pd.DataFrame(frame), Policy())
    assert {c: found[c].kind for c in frame} == {
        "fornavn": Kind.FIRST_NAME, "efternavn": Kind.LAST_NAME, "pasnummer": Kind.NATIONAL_ID,
        "koerekortnummer": Kind.NATIONAL_ID, "kojin_bango": Kind.NATIONAL_ID, "ordrenummer": Kind.NONE,
        "yob": Kind.DATE_OF_BIRTH}


@pytest.mark.parametrize(("column", "staff", "kind"), [
    # Dutch family names with their particles, which two of four share (``van den``): no thing's kind word
    ("medewerker", ["Lieke van den Brink", "Joost Bakker", "Thijs van den Berg", "Youssef de Vries"], Kind.PERSON_NAME),
    # Malay names "son of", "daughter of", two or three name words each, under an abbreviation the vocabulary lacks
    ("apprv_by", ["Muhammad Hafiz bin Kamarudin", "Shalini a/p Subramaniam", "Ooi Kok Leong", "Suresh a/l Krishnan",
                  "Nurul Aina binti Yusof"], Kind.PERSON_NAME),
    # doctors with a title, their names with "bin"
    ("ATTENDING_DR", ["Dr Teh Jia Hui", "Dr Muhammad Hafiz bin Rahman", "Dr Mohd Azlan bin Ismail",
                      "Dr Siti Norhaliza binti Hassan"], Kind.PERSON_NAME),
    # Japanese family names that are towns' names too, under a romanized role in ASCII
    ("uketsuke_tantousha", ["古賀", "田中", "野田", "久保"], Kind.LAST_NAME),
])
def test_when_a_few_staff_are_named_as_round_68_found_them_then_they_are_people(column, staff, kind) -> None:
    rnd = random.Random(68)
    frame = {"customer_first_name": [rnd.choice(_CLIENT_GIVEN) for _ in range(ROWS)],
             "customer_last_name": [rnd.choice(_CLIENT_FAMILY) for _ in range(ROWS)],
             column: [staff[i % len(staff)] for i in range(ROWS)]}
    found = classify_table("branch.visits", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())
    assert (found[column].kind, found[column].state) == (kind, "personal")


@pytest.mark.parametrize(("column", "things"), [
    ("sala_reunion", ["Sala de Juntas", "Sala de Prensa", "Sala Grande", "Sala del Consejo"]),
    # saints' churches and a family's, one to four words each: no staff however their titles read (v61)
    ("ChurchOfBaptism", ["Holy Family Church, Dorchester", "St. Mark Church", "St. Ann Church, Neponset",
                         "St. Brendan Church", "St. Ambrose Church", "St. Gregory Church"]),
])
def test_when_things_share_a_word_beside_round_68_particles_then_they_stay_things(column, things) -> None:
    rnd = random.Random(68)
    frame = {"customer_first_name": [rnd.choice(_CLIENT_GIVEN) for _ in range(ROWS)],
             "customer_last_name": [rnd.choice(_CLIENT_FAMILY) for _ in range(ROWS)],
             column: [things[i % len(things)] for i in range(ROWS)]}
    found = classify_table("branch.visits", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())
    assert found[column].kind is Kind.NONE


# Round 69 (from v138-v143's misses after their first, blind scorings): an order's or an invoice's shipping and billing
# contact is its recipient's; Dutch proof of identity, Australia's USI; a team's leader, a shop's assistant, a letting
# agent, a Spanish courier; an Austrian stair and door, a Belgian box, a Mexican interior number; a warehouse's and a
# store's shipping address stay the business's.
@pytest.mark.parametrize(("name", "kind"), [
    ("order.shipping.address1", Kind.STREET_ADDRESS), ("order.billing.phone", Kind.PHONE),
    ("invoice_billing_address", Kind.STREET_ADDRESS), ("order.shipping.name", Kind.PERSON_NAME),
    ("order_billing_city", Kind.CITY), ("order.shipping.method", Kind.NONE), ("order_shipping_cost", Kind.NONE),
    ("warehouse_shipping_address", Kind.NONE), ("store_shipping_address", Kind.NONE),
    ("legitimatie_nummer", Kind.NATIONAL_ID), ("learner.usi", Kind.NATIONAL_ID), ("TEAM_LEADER", Kind.PERSON_NAME),
    ("ShopAssistant", Kind.PERSON_NAME), ("leasing_agent", Kind.PERSON_NAME), ("mensajero", Kind.PERSON_NAME),
    ("team_name", Kind.NONE), ("sales_agent_id", Kind.NONE), ("stiege", Kind.STREET_ADDRESS),
    ("tuer", Kind.STREET_ADDRESS), ("Busnr", Kind.STREET_ADDRESS), ("num_interior", Kind.STREET_ADDRESS),
])
def test_when_round_69_names_are_read_then_they_say_their_kind(name, kind) -> None:
    assert kind_from_name(name)[0] is kind


def test_when_an_order_export_holds_its_shipping_address_then_it_is_masked() -> None:
    rnd = random.Random(69)
    frame = {"order.id": [f"SO-{100000 + i}" for i in range(ROWS)],
             "order.total": [round(rnd.uniform(5, 400), 2) for _ in range(ROWS)],
             "order.shipping.address1": [f"{rnd.randint(1, 300)} {rnd.choice(['Oak', 'Elm', 'Hill'])} "
                                         f"{rnd.choice(['Street', 'Road', 'Avenue'])}" for _ in range(ROWS)],
             "order.shipping.method": [rnd.choice(["standard", "express", "pickup"]) for _ in range(ROWS)]}
    types = {c: "DOUBLE" if c == "order.total" else "VARCHAR" for c in frame}
    found = classify_table("shop.orders_flat", types, pd.DataFrame(frame), Policy())
    assert (found["order.shipping.address1"].kind, found["order.shipping.method"].kind) == (
        Kind.STREET_ADDRESS, Kind.NONE)


def test_when_codes_and_cities_hold_nulls_and_nested_values_then_codes_pair_where_both_hold_a_value() -> None:
    cities = [list(_PLACES)[i % 4] if i % 7 else None for i in range(280)]
    codes = [_PLACES[city][(i // 4) % 3] if city and i % 5 else None for i, city in enumerate(cities)]
    found = _table({"nachname": [f"Bauer{i}" for i in range(280)], "src_col09": cities, "code": codes,
                    "tags": [[i % 3, "x"] for i in range(280)]})
    assert (found["code"].kind, "tags" in found) == (Kind.POSTAL_CODE, True)


# Round 70 (from v144-v146's misses after their first, blind scorings): the insured person and a class teacher in
# Japanese, a Swedish school nurse, a Greek driving licence, Dutch ``toevoeging`` alone, the area someone lives in, a
# licence's number abbreviated by whose it is; contracts, insurance policies (Dutch ``polis`` was read as a town) and
# orders in the issue's languages, a policy's holder and beneficiary; a premium extract's insured under a prefix the
# vocabulary lacks.
@pytest.mark.parametrize(("name", "kind"), [
    ("hihokensha_shimei", Kind.PERSON_NAME), ("hihokensha_bango", Kind.NATIONAL_ID), ("口座名義", None),
    ("担任", Kind.PERSON_NAME), ("αριθμός_διπλώματος", Kind.NATIONAL_ID), ("skolskoterska", Kind.PERSON_NAME),
    ("toevoeging", Kind.STREET_ADDRESS), ("HOME_AREA", Kind.CITY), ("homeArea", Kind.CITY),
    ("ins_lic_no", Kind.NATIONAL_ID), ("liquor_licence_no", Kind.NONE), ("software_licence_number", Kind.NONE),
    ("taxi_licence_no", Kind.NONE), ("nr_polisy", Kind.NONE), ("polisnummer", Kind.NONE), ("cislo_smlouvy", Kind.NONE),
    ("numer_zamowienia", Kind.NONE), ("policy_holder", Kind.PERSON_NAME), ("Beneficiario_Polizza__c", Kind.PERSON_NAME),
    ("policy_number", Kind.NONE),
])
def test_when_round_70_names_are_read_then_they_say_their_kind(name, kind) -> None:
    assert kind_from_name(name)[0] is kind


def test_when_a_premium_extract_prefixes_its_insured_by_an_unknown_word_then_their_address_is_masked() -> None:
    rnd = random.Random(70)
    frame = {"DRF-POL-NO": [f"LP{100000 + i}" for i in range(ROWS)],
             "DRF-INS-LAST-NM": [rnd.choice(_CLIENT_FAMILY) for _ in range(ROWS)],
             "DRF-INS-FIRST-NM": [rnd.choice(_CLIENT_GIVEN) for _ in range(ROWS)],
             "DRF-INS-DOB": [str(date(1950, 1, 1) + timedelta(days=rnd.randrange(18_000))) for _ in range(ROWS)],
             "DRF-INS-SSN": [f"{rnd.randint(100, 665)}-{rnd.randint(10, 99)}-{rnd.randint(1000, 9999)}"
                             for _ in range(ROWS)],
             "DRF-ADDR-LN1": [f"{rnd.randint(1, 999)} {rnd.choice(['Maple', 'Cedar', 'Birch'])} "
                              f"{rnd.choice(['Street', 'Lane', 'Drive'])}" for _ in range(ROWS)],
             "DRF-CITY": [rnd.choice(["Hartford", "New Haven", "Stamford", "Waterbury"]) for _ in range(ROWS)]}
    found = classify_table("LIFEDRFT.PREM_ACH_EXTRACT", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())
    assert (found["DRF-ADDR-LN1"].kind, found["DRF-CITY"].kind) == (Kind.STREET_ADDRESS, Kind.CITY)


# Round 71 (from v147-v149's misses after their first, blind scorings): a user-defined field (COBOL ``USER-FLD``) is
# a custom field, no user's; "other names" are given names, and so is a patronymic, as a middle name is; a clerk is a
# person; a record's reference, sequence or key number is no identity number; a retailer is a business; a barangay,
# a mahalle and a village or cell are localities; a holder abbreviated; a Japanese crew member's name; a Greek
# driving licence and a vehicle's plate; a Chilean trade name; a text of a complaint written text-first.
@pytest.mark.parametrize(("name", "kind"), [
    ("LIC-USER-FLD-2", None), ("user_fld_3", None), ("USER_DEFINED_1", None), ("usr_fld1", None),
    ("userDefined2", None), ("user_name", Kind.PERSON_NAME), ("user_email", Kind.EMAIL),
    ("OTHER_NAMES", Kind.FIRST_NAME), ("other_name", Kind.FIRST_NAME), ("PROC-CLERK", Kind.PERSON_NAME),
    ("CLERK-ID", Kind.NONE),
    ("ReferenceNumber", Kind.NONE), ("B_SEQ_NO", Kind.NONE), ("LockerKeyNo", Kind.NONE), ("id_number", Kind.NATIONAL_ID),
    ("retailerName", Kind.NONE), ("barangay", Kind.CITY), ("mahalle", Kind.CITY), ("village_cell", Kind.CITY),
    ("ACH-ACCT-HLDR", Kind.PERSON_NAME), ("乗務員名", Kind.PERSON_NAME), ("nombre_fantasia", Kind.NONE),
    ("testo_reclamo", Kind.FREE_TEXT), ("texto_id", Kind.NONE), ("άδεια_οδήγησης", Kind.NATIONAL_ID),
    ("αριθμός_κυκλοφορίας", Kind.NONE),
])
def test_when_round_71_names_are_read_then_they_say_their_kind(name, kind) -> None:
    assert kind_from_name(name)[0] is kind


@pytest.mark.parametrize(("name", "custom", "kind"), [
    ("misc_1", "contacts", Kind.FREE_TEXT),
    ("CTR-USER-FLD-2", "contacts", Kind.FREE_TEXT),
    ("Udf3", "codes", Kind.NONE),
])
def test_when_a_custom_field_holds_phones_emails_and_names_by_row_then_it_is_free_text(name, custom, kind) -> None:
    rnd = random.Random(71)

    def contact(i: int) -> str:
        given, family = rnd.choice(_CLIENT_GIVEN), rnd.choice(_CLIENT_FAMILY)
        return [f"{given} {family}", f"{given.lower()}.{family.lower()}{i}@example.org",
                f"+44 7700 9{rnd.randint(10000, 99999)}"][i % 3]

    values = [None if i % 4 == 0 else contact(i) if custom == "contacts" else rnd.choice(["TRN-04", "SUP-11", "FEE-2"])
              for i in range(ROWS)]
    found = _table({"client_ref": [f"C{i:05d}" for i in range(ROWS)],
                    "surname": [rnd.choice(_CLIENT_FAMILY) for _ in range(ROWS)], name: values})
    assert found[name].kind is kind


def test_when_patronymics_in_capitals_repeat_then_they_stay_given_names() -> None:
    fathers = ["ΓΙΩΡΓΟΣ", "ΔΗΜΗΤΡΗΣ", "ΣΠΥΡΟΣ", "ΝΙΚΟΣ", "ΑΝΔΡΕΑΣ", "ΒΑΣΙΛΗΣ", "ΧΡΗΣΤΟΣ", "ΘΑΝΑΣΗΣ", "ΚΩΣΤΑΣ"]
    families = ["ΠΑΠΑΔΟΠΟΥΛΟΣ", "ΝΙΚΟΛΑΟΥ", "ΓΕΩΡΓΙΟΥ", "ΟΙΚΟΝΟΜΟΥ", "ΜΑΚΡΗΣ", "ΚΑΡΑΛΗΣ", "ΔΗΜΟΥ", "ΛΑΜΠΡΟΥ"]
    found = _table({"επώνυμο": [families[i % 8] + str(i // 8) for i in range(ROWS)],
                    "πατρώνυμο": [fathers[(i * 7) % 9] for i in range(ROWS)]})
    assert found["πατρώνυμο"].kind is Kind.FIRST_NAME


# Round 72 (from v150-v152's misses after their first, blind scorings, on round 71): a COBOL extract's user field of
# phones kept as bare digits, e-mails and names in capitals; a Swedish case number written ``YYMMDD-NNNN`` that
# fails the personnummer's check (a valid date, so a Danish CPR, which has no check digit); a middle initial under a
# file's prefix; a Portuguese parish, the current address in romanized Japanese, notes abbreviated.
@pytest.mark.parametrize(("name", "kind"), [
    ("MBR-MID-INIT", Kind.FIRST_NAME), ("middleInitial", Kind.FIRST_NAME), ("middle_initials", Kind.PERSON_NAME),
    ("freguesia", Kind.CITY), ("genjuusho", Kind.STREET_ADDRESS), ("特記事項", Kind.FREE_TEXT),
    ("app_nts", Kind.FREE_TEXT),
])
def test_when_round_72_names_are_read_then_they_say_their_kind(name, kind) -> None:
    assert kind_from_name(name)[0] is kind


def test_when_a_cobol_user_field_holds_bare_phones_and_contacts_in_capitals_then_it_is_free_text() -> None:
    rng = random.Random(72)

    def contact(i: int) -> str:
        given, family = rng.choice(_CLIENT_GIVEN).upper(), rng.choice(_CLIENT_FAMILY).upper()
        phone = f"{rng.choice(['912', '706', '229', '478'])}{rng.randint(200, 999)}{rng.randint(1000, 9999)}"
        return [phone, phone, f"{given}.{family}{i}@EXAMPLE.NET", f"{given} {family}"][i % 4].ljust(40)

    frame = {"PA-ACCT-NO": [f"{700000 + i}" for i in range(ROWS)],
             "PA-MBR-LAST-NM": [rng.choice(_CLIENT_FAMILY).upper() for _ in range(ROWS)],
             "PA-USER-FLD-2": [None if i % 3 == 0 else contact(i) for i in range(ROWS)]}
    found = classify_table("OCMEMC.PAYARR-EXTRACT", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())
    assert found["PA-USER-FLD-2"].kind is Kind.FREE_TEXT


def _swedish_case_number(rng: random.Random) -> str:
    """``YYMMDD-NNNN`` of a day in 2019-2025 that fails the personnummer's Luhn check."""
    while True:
        day = date(2019, 1, 1) + timedelta(days=rng.randrange(2500))
        number = f"{day:%y%m%d}-{rng.randint(0, 9999):04d}"
        if not personnummer.is_valid(number):
            return number


@pytest.mark.parametrize(("phone", "kind"), [
    (lambda rng: f"070-{rng.randint(1000000, 9999999)}", Kind.NONE),  # a Swedish table: no Danish CPR
    (lambda rng: f"+45 {rng.randint(20, 29)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
     Kind.NATIONAL_ID),  # a Danish table: its CPR numbers
])
def test_when_digits_without_a_check_digit_pass_another_countrys_format_then_they_count_in_its_tables_only(
        phone, kind) -> None:
    rng = random.Random(721)
    frame = {"efternamn": [rng.choice(_CLIENT_FAMILY) for _ in range(ROWS)],
             "telefon": [phone(rng) for _ in range(ROWS)],
             "referens": [_swedish_case_number(rng) for _ in range(ROWS)]}
    found = classify_table("el.avbrott", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())
    assert found["referens"].kind is kind


# Round 73 (from v154's misses after its first, blind scoring, on round 72): immigration papers (a Canadian UCI, a
# British BRP, a Swiss ZEMIS number and foreigner's permit, an alien registration number in a COBOL extract, a
# passport abbreviated and in German, Ireland's residence permit card, a Czech residence card, a Russian identity
# document spelled out), an address's area and a neighbourhood (localities); an English pass's number stays a pass's.
@pytest.mark.parametrize(("name", "kind"), [
    ("uciNumber", Kind.NATIONAL_ID), ("BrpNumber", Kind.NATIONAL_ID), ("zemis_nummer", Kind.NATIONAL_ID),
    ("auslaenderausweis_nr", Kind.NATIONAL_ID), ("BEN-A-NUMBER", Kind.NATIONAL_ID), ("ppt_no", Kind.NATIONAL_ID),
    ("BEN-PPT-NO", Kind.NATIONAL_ID), ("pass_nummer", Kind.NATIONAL_ID), ("irp_card_no", Kind.NATIONAL_ID),
    ("cislo_pobytove_karty", Kind.NATIONAL_ID), ("документ_удостоверяющий_личность", Kind.NATIONAL_ID),
    ("addr_area", Kind.CITY), ("neighbourhood", Kind.CITY), ("pass_number", Kind.NONE), ("sales_area", None),
])
def test_when_round_73_names_are_read_then_they_say_their_kind(name, kind) -> None:
    assert kind_from_name(name)[0] is kind


def test_when_a_certificate_subject_carries_an_etsi_personal_identifier_then_it_is_a_national_id() -> None:
    from stdnum.it import codicefiscale

    rng = random.Random(73)
    codes = []
    while len(codes) < ROWS:  # an Italian codice fiscale: six letters, birth year, month letter, day, place, check
        base = "".join(rng.choice("BCDFGLMNPRSTVZ") for _ in range(6)) + (
            f"{rng.randint(40, 99)}{rng.choice('ABCDEHLMPRST')}{rng.randint(10, 28)}"
            f"{rng.choice('ABCDEFGHLM')}{rng.randint(100, 999)}")
        codes.append(base + codicefiscale.calc_check_digit(base))
    found = _table({"cognome": [rng.choice(_CLIENT_FAMILY) for _ in range(ROWS)],
                    "serial_number_soggetto": [f"TINIT-{c}" for c in codes],
                    "partita_iva_ente": [f"VATIT-{rng.randint(10**10, 10**11 - 1)}" for _ in range(ROWS)]})
    assert found["serial_number_soggetto"].kind is Kind.NATIONAL_ID
    assert "ETSI" in found["serial_number_soggetto"].evidence
    assert found["partita_iva_ente"].kind is not Kind.NATIONAL_ID  # a legal person's identifier is no person's


def test_when_a_dealers_finance_file_names_the_registration_then_a_permit_number_is_a_driving_licence() -> None:
    rng = random.Random(731)
    frame = {"nom": [rng.choice(_CLIENT_FAMILY) for _ in range(ROWS)],
             "numero_permis": [f"{rng.randint(10, 99)}{rng.choice('ABCDEF')}{rng.randint(10**8, 10**9 - 1)}"
                               for _ in range(ROWS)],
             "immatriculation": [f"{rng.choice('ABCDEFGH')}{rng.choice('JKLMN')}-{rng.randint(100, 999)}-"
                                 f"{rng.choice('PQRST')}{rng.choice('VWXYZ')}" for _ in range(ROWS)]}
    assert _table(frame)["numero_permis"].kind is Kind.NATIONAL_ID
    del frame["immatriculation"]
    assert _table(frame)["numero_permis"].kind is Kind.NONE  # a professional's or a venue's licence, without a car


@pytest.mark.parametrize(("table", "kind"), [
    ("relocation.bewilligungsgesuche", Kind.NATIONAL_ID),  # German ``Pass`` alone: a passport
    ("verband.spielerpass_antraege", Kind.NONE),  # a table of players' passes: the pass it keeps
])
def test_when_a_pass_number_sits_in_a_table_named_for_passes_then_it_is_that_pass_not_a_passport(table, kind) -> None:
    rng = random.Random(732)
    frame = {"nachname": [rng.choice(_CLIENT_FAMILY) for _ in range(ROWS)],
             "pass_nummer": [f"{rng.choice('CFGHJK')}{rng.randint(10**7, 10**8 - 1)}" for _ in range(ROWS)]}
    found = classify_table(table, {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())
    assert found["pass_nummer"].kind is kind


def test_when_a_telephone_exchange_names_the_calling_party_a_nr_then_it_is_no_alien_number() -> None:
    assert kind_from_name("a_nr")[0] is not Kind.NATIONAL_ID


def test_when_case_numbers_fit_a_foreign_countrys_phone_groups_then_a_swedish_table_keeps_them_codes() -> None:
    rng = random.Random(733)
    frame = {"efternamn": [rng.choice(_CLIENT_FAMILY) for _ in range(ROWS)],
             "mobil": [f"070-{rng.randint(1000000, 9999999)}" for _ in range(ROWS)],
             "land": ["Sverige"] * ROWS,
             "arende": [f"{rng.randint(23, 25)}-{rng.randint(200000, 799999)}" for _ in range(ROWS)]}
    found = classify_table("relokering.arbetstillstand", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())
    assert found["mobil"].kind is Kind.PHONE
    assert found["arende"].kind is Kind.NONE


# Round 74 (from v156-v158's misses after their first, blind scorings, on rounds 72 and 73): crypto wallets' addresses
# under an address's name, a settlement account (no village), Canada's bank institution and transit numbers beside a
# bare account number, Australia's veterans' file number, record numbers written in digit groups that dial only
# abroad.
def _wallet(rng: random.Random, i: int) -> str:
    base58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    bech32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    return [f"0x{rng.getrandbits(160):040x}", "bc1q" + "".join(rng.choice(bech32) for _ in range(38)),
            "T" + "".join(rng.choice(base58) for _ in range(33)), "3" + "".join(rng.choice(base58) for _ in range(33))][i % 4]


@pytest.mark.parametrize("name", ["destinationAddress", "adres_portfela", "διεύθυνση_πορτοφολιού", "dest_wlt"])
def test_when_an_address_column_holds_wallet_keys_then_it_is_no_place(name) -> None:
    rng = random.Random(74)
    found = _table({"last_name": [rng.choice(_CLIENT_FAMILY) for _ in range(ROWS)],
                    "home_address": [f"{rng.randint(1, 300)} {rng.choice(['Main', 'Oak', 'Hill'])} Street"
                                     for _ in range(ROWS)],
                    name: [_wallet(rng, i) for i in range(ROWS)]})
    assert found[name].kind is Kind.NONE
    assert "wallet" in found[name].evidence
    assert found["home_address"].kind is Kind.STREET_ADDRESS


@pytest.mark.parametrize(("name", "kind"), [
    ("SettlementAccountNumber", Kind.IBAN), ("settlement_date", None), ("institutionNumber", Kind.NONE),
    ("transitNumber", Kind.NONE), ("dvaFileNumber", Kind.NATIONAL_ID),
])
def test_when_round_74_names_are_read_then_they_say_their_kind(name, kind) -> None:
    assert kind_from_name(name)[0] is kind


def test_when_a_bare_account_number_sits_beside_a_banks_transit_number_then_it_is_reviewed_and_masked() -> None:
    rng = random.Random(741)
    frame = {"legalLastName": [rng.choice(_CLIENT_FAMILY) for _ in range(ROWS)],
             "institutionNumber": [rng.choice(["001", "002", "003", "004", "006", "010"]) for _ in range(ROWS)],
             "transitNumber": [f"{rng.randint(10000, 99999)}" for _ in range(ROWS)],
             "accountNumber": [f"{rng.randint(10**6, 10**12)}" for _ in range(ROWS)]}
    found = classify_table("payouts.creatorProfiles", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())
    assert found["accountNumber"].state == "review"
    del frame["transitNumber"], frame["institutionNumber"]
    found = classify_table("payouts.creatorProfiles", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())
    assert found["accountNumber"].state != "review"  # a customer's account with the business, without a bank's code


@pytest.mark.parametrize("name", ["AttendanceNumber", "kyc_case_ref"])
def test_when_a_record_number_dials_only_abroad_then_it_is_no_phone(name) -> None:
    rng = random.Random(742)
    frame = {"Surname": [rng.choice(_CLIENT_FAMILY) for _ in range(ROWS)],
             "MobilePhone": [f"+44 7700 {rng.randint(900000, 900999)}" for _ in range(ROWS)],
             "Country": ["United Kingdom"] * ROWS,
             name: [f"{rng.randint(201, 989)} {rng.randint(201, 989)} {rng.randint(1000, 9999)}" for _ in range(ROWS)]}
    found = classify_table("ed.attendances", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())
    assert found["MobilePhone"].kind is Kind.PHONE
    assert found[name].kind is Kind.NONE


@pytest.mark.parametrize(("name", "full", "kind"), [
    ("imie_ojca", False, Kind.FIRST_NAME), ("baba_adi", False, Kind.FIRST_NAME),  # a parent's given name, as forms ask
    ("nome_do_pai", True, Kind.PERSON_NAME),  # a Brazilian father's whole name
])
def test_when_a_parents_name_holds_one_word_a_value_then_it_is_their_given_name(name, full, kind) -> None:
    rng = random.Random(743)
    found = _table({"nazwisko": [rng.choice(_CLIENT_FAMILY) for _ in range(ROWS)],
                    name: [f"{rng.choice(_CLIENT_GIVEN)} {rng.choice(_CLIENT_FAMILY)}" if full else
                           rng.choice(_CLIENT_GIVEN) for _ in range(ROWS)]})
    assert found[name].kind is kind


def test_when_the_bank_account_has_a_column_of_its_own_then_the_bare_account_number_is_the_businesss() -> None:
    rng = random.Random(744)
    frame = {"SUB-LAST-NM": [rng.choice(_CLIENT_FAMILY) for _ in range(ROWS)],
             "ACCT-NO": [f"{rng.randint(10**8, 10**9 - 1)}" for _ in range(ROWS)],
             "ACH-ROUTING-NO": [rng.choice(["011000015", "021000021", "026009593"]) for _ in range(ROWS)],
             "ACH-ACCT-NO": [f"{rng.randint(10**7, 10**12)}" for _ in range(ROWS)]}
    found = classify_table("MCDTEL.PSTPD-CTR-ACH", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())
    assert found["ACCT-NO"].state != "review"
    assert found["ACH-ACCT-NO"].state == "review"


# Round 75 (from v159 and v161's misses after their first, blind scorings, on round 74): a court file's petitioner
# abbreviated ``PET-`` (a "pet" with an SSN and a phone is no animal), vessels and tugs named as people are, seafarers'
# books in Spanish and Turkish, Denmark's NemKonto.
def test_when_pet_columns_hold_an_ssn_and_a_phone_then_pet_is_a_petitioner_not_an_animal() -> None:
    rng = random.Random(75)
    frame = {"PET-LAST-NM": [rng.choice(_CLIENT_FAMILY).upper() for _ in range(ROWS)],
             "PET-SSN": [f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}" for _ in range(ROWS)],
             "PET-PHONE": [f"({rng.randint(201, 989)}) 555-{rng.randint(1000, 9999)}" for _ in range(ROWS)],
             "PET-DOB": [f"19{rng.randint(50, 99)}-0{rng.randint(1, 9)}-{rng.randint(10, 28)}" for _ in range(ROWS)]}
    found = classify_table("SEDGPFA.PFA_PETITION_EXTRACT", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())
    assert {c: r.kind for c, r in found.items()} == {"PET-LAST-NM": Kind.LAST_NAME, "PET-SSN": Kind.SSN,
                                                     "PET-PHONE": Kind.PHONE, "PET-DOB": Kind.DATE_OF_BIRTH}
    assert all(r.column == c for c, r in found.items())
    pets = {"pet_name": [rng.choice(["Rex", "Bella", "Milo", "Luna"]) for _ in range(ROWS)],
            "owner_phone": frame["PET-PHONE"]}
    assert classify_table("vet.patients", {c: "VARCHAR" for c in pets}, pd.DataFrame(pets), Policy())[
        "pet_name"].kind is Kind.NONE  # where pets are animals, their names are no person's


@pytest.mark.parametrize(("name", "kind"), [
    ("vsl_nm", Kind.NONE), ("remolcador", Kind.NONE), ("libreta_embarque", Kind.NATIONAL_ID),
    ("gemiadami_cuzdani_no", Kind.NATIONAL_ID), ("nemkonto", Kind.IBAN),
])
def test_when_round_75_names_are_read_then_they_say_their_kind(name, kind) -> None:
    assert kind_from_name(name)[0] is kind


def test_when_a_qualified_given_name_has_few_values_beside_its_family_name_then_it_stays_a_given_name() -> None:
    rng = random.Random(751)
    given = ["Kwame", "Abdi", "Yaw", "Musa", "Kofi", "Idris", "Tunde", "Jabari", "Omari", "Sefu"]
    frame = {"inc_ref": [f"RSL-{i:05d}" for i in range(ROWS)],
             "sw_fnm": [given[i % len(given)] for i in range(ROWS)],
             "sw_lnm": [rng.choice(_CLIENT_FAMILY) for _ in range(ROWS)]}
    assert _table(frame)["sw_fnm"].kind is Kind.FIRST_NAME
    del frame["sw_lnm"]
    assert _table(frame)["sw_fnm"].kind is Kind.NONE  # a qualified word alone, of few values: a thing's name


# Round 76 (from v162-v164's misses after their first, blind scorings, on round 75): a driving licence romanized as
# one word; a church's deacon is a person.
@pytest.mark.parametrize(("name", "kind"), [
    ("untenmenkyo_bangou", Kind.NATIONAL_ID), ("untenmenkyosho_no", Kind.NATIONAL_ID),
])
def test_when_round_76_names_are_read_then_they_say_their_kind(name, kind) -> None:
    assert kind_from_name(name)[0] is kind


@pytest.mark.parametrize("name", ["diaken", "deacon", "diacono"])
def test_when_a_deacon_column_holds_people_then_it_is_a_person_name(name: str) -> None:
    rng = random.Random(76)
    frame = {"aanvraag_nr": [f"DK-{i:05d}" for i in range(ROWS)],
             name: [f"{rng.choice(_GIVEN)} {rng.choice(_CLIENT_FAMILY)}" for _ in range(ROWS)]}
    assert _table(frame)[name].kind is Kind.PERSON_NAME


# Round 77 (from v165-v167's misses after their first, blind scorings, on round 76): a passport abbreviated ``pp``, an
# address's suburb abbreviated, a Mexican exterior number, a person's document in Slavic languages, an agent's name
# judged by its values, a bare account beside a bank's and a branch's columns, an opaque export's staff and locality,
# a Japanese bank's branches (no person's names).
@pytest.mark.parametrize(("name", "kind"), [
    ("pt_pp_no", Kind.NATIONAL_ID), ("cand_pp_no", Kind.NATIONAL_ID), ("app_no", Kind.NONE),
    ("addr_sub", Kind.CITY), ("numero_exterior", Kind.STREET_ADDRESS), ("документ_особи", Kind.NATIONAL_ID),
    ("dokument_osoby", Kind.NATIONAL_ID), ("liczba_osob", Kind.NONE), ("AgentName", None), ("build_agent_name", Kind.NONE),
])
def test_when_round_77_names_are_read_then_they_say_their_kind(name, kind) -> None:
    assert kind_from_name(name)[0] is kind


@pytest.mark.parametrize(("values", "kind"), [
    (lambda rng, i: f"{rng.choice(_GIVEN)} {rng.choice(_CLIENT_FAMILY)}", Kind.PERSON_NAME),  # an athlete's agent
    (lambda rng, i: f"build-agent-{i % 12:02d}", Kind.NONE),  # a build farm's
])
def test_when_an_agents_name_column_is_read_then_its_values_say_whether_agents_are_people(values, kind) -> None:
    rng = random.Random(77)
    frame = {"AthleteSurname": [rng.choice(_CLIENT_FAMILY) for _ in range(ROWS)],
             "AgentName": [values(rng, i) for i in range(ROWS)]}
    assert _table(frame)["AgentName"].kind is kind


def test_when_a_bare_account_sits_beside_a_banks_and_a_branchs_columns_then_it_is_reviewed_and_masked() -> None:
    rng = random.Random(771)
    frame = {"nome_completo": [f"{rng.choice(_GIVEN)} {rng.choice(_CLIENT_FAMILY)}" for _ in range(ROWS)],
             "data_nascimento": [f"19{rng.randint(50, 99)}-0{rng.randint(1, 9)}-{rng.randint(10, 28)}"
                                 for _ in range(ROWS)],
             "banco": [rng.choice(["Banco do Brasil", "Itaú", "Bradesco", "Caixa"]) for _ in range(ROWS)],
             "agencia": [f"{rng.randint(1000, 9999)}" for _ in range(ROWS)],
             "conta": [f"{rng.randint(10**4, 10**8)}-{rng.randint(0, 9)}" for _ in range(ROWS)]}
    found = classify_table("traducao.cadastro", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())
    assert found["conta"].state == "review"
    del frame["banco"], frame["agencia"]
    found = classify_table("traducao.cadastro", {c: "VARCHAR" for c in frame}, pd.DataFrame(frame), Policy())
    assert found["conta"].state != "review"  # a customer's account with the business, without a bank's columns


_GUJARATI_GIVEN = ["Hardik", "Jignesh", "Nirav", "Bhavna", "Dhara", "Ketan", "Tejas", "Parth", "Komal", "Nidhi"]
_GUJARATI_FAMILY = ["Joshi", "Mehta", "Rathod", "Parikh", "Vyas", "Chauhan", "Bhatt", "Solanki"]


def _export(rng: random.Random, staff: list[str], between: list[str], postal: bool = True) -> dict[str, list[str]]:
    """An opaque CRM export: people's names and e-mails, their street lines, ``between`` (cycled) after them, postal
    codes, and a column of ``staff`` (cycled) repeated across the rows."""
    frame = {"col00": [f"member{i}@example.com" for i in range(ROWS)],
             "col01": [f"{rng.choice(_GUJARATI_GIVEN)} {rng.choice(_GUJARATI_FAMILY)}" for _ in range(ROWS)],
             "col02": [f"{rng.randint(1, 400)}, {rng.choice(['Station', 'Temple', 'Canal', 'Mill'])} Road"
                       for _ in range(ROWS)],
             "col03": [between[i % len(between)] for i in range(ROWS)]}
    if postal:
        frame["col04"] = [f"{rng.randint(390001, 390025)}" for _ in range(ROWS)]
    frame["col05"] = [staff[i % len(staff)] for i in range(ROWS)]
    return frame


def test_when_an_opaque_column_names_a_few_of_the_tables_own_people_then_they_are_staff_and_masked() -> None:
    people = _export(random.Random(772), ["Asha Patel"], ["Alkapuri"])["col01"]
    staff = list(dict.fromkeys(people))[:4]
    found = _table(_export(random.Random(772), staff, ["Alkapuri", "Gotri", "Sayajigunj", "Fatehgunj"]))
    assert found["col05"].kind is Kind.PERSON_NAME and found["col05"].state == "personal"
    events = _export(random.Random(772), ["Half Marathon", "Corporate Relay", "Dream Run", "Ten Kilometre"], ["Gotri"])
    assert _table(events)["col05"].state != "personal"  # an enumeration of things, no word of the table's people


@pytest.mark.parametrize(("between", "postal", "city"), [
    (["Alkapuri", "Gotri", "Sayajigunj", "Fatehgunj", "Waghodia Road"], True, True),  # localities: an address's
    (["Alkapuri", "Gotri", "Sayajigunj", "Fatehgunj", "Waghodia Road"], False, False),  # no postal code after them
    (["Gujarat", "Maharashtra", "Kerala", "Karnataka"], True, False),  # states and provinces: shared by millions
])
def test_when_an_opaque_column_of_places_sits_between_street_lines_and_postal_codes_then_it_is_a_city(
        between, postal, city) -> None:
    found = _table(_export(random.Random(773), ["Asha Patel"], between, postal))
    assert (found["col03"].kind is Kind.CITY) is city


def test_when_a_column_names_a_japanese_banks_branches_then_they_are_no_persons_names() -> None:
    rng = random.Random(774)
    branches = ["北陸銀行 金沢支店", "北國銀行 本店", "金沢信用金庫 本店", "ゆうちょ銀行 〇一八支店", "福井銀行 金沢支店"]
    frame = {"氏名": [f"{rng.choice(['中島', '松本', '森', '山田'])} {rng.choice(['誠', 'さくら', '健一'])}" for _ in range(ROWS)],
             "振込先銀行": [rng.choice(branches) for _ in range(ROWS)]}
    assert _table(frame)["振込先銀行"].state != "personal"
    frame["担当者"] = [rng.choice(["中島 誠", "松本 さくら", "森 健一"]) for _ in range(ROWS)]
    assert _table(frame)["担当者"].kind is Kind.PERSON_NAME  # staff written so are still people


# Round 78 (from v168-v170's misses after their first, blind scorings, on round 77): an account money is paid into is
# a bank account (``payAccount``, ``depositAccountNumber``; a payer's is as often an insurer's or an employer's);
# Brazil's national health card. (Licences and certificates held by a person, nine of the 21 misses, were tried as
# national IDs and taken back: 15 columns better, 42 worse, where earlier sets label them ``none``.)
@pytest.mark.parametrize(("name", "kind"), [
    ("payAccount", Kind.IBAN), ("depositAccountNumber", Kind.IBAN), ("CompensationAccountNumber", Kind.IBAN),
    ("salary_account", Kind.IBAN), ("supplier_pay_account", Kind.NONE), ("deposit_amount", Kind.NONE),
    ("PAYER-ACCT-NO", None), ("cartao_sus", Kind.NATIONAL_ID), ("cartao_nacional_saude", Kind.NATIONAL_ID),
    ("cert_no", Kind.NONE),
])
def test_when_round_78_names_are_read_then_they_say_their_kind(name, kind) -> None:
    assert kind_from_name(name)[0] is kind


def test_when_people_are_paid_into_accounts_of_their_own_then_the_accounts_are_masked() -> None:
    rng = random.Random(78)
    frame = {"workerSurname": [rng.choice(_CLIENT_FAMILY) for _ in range(ROWS)],
             "workerEmail": [f"w{i}@example.org" for i in range(ROWS)],
             "payAccount": [f"{rng.randint(10**6, 10**9)}" for _ in range(ROWS)]}
    assert _table(frame)["payAccount"].state in ("personal", "review")


# Round 79 (from v171-v173's misses after their first, blind scorings, on round 78): the IP a booking, an order or a
# session came from is its person's (a server's, a shop's is not); an account paid into and a travel document's
# number written as one Nordic or German word.
@pytest.mark.parametrize(("name", "kind"), [
    ("BookingIp", Kind.IP_ADDRESS), ("order_ip", Kind.IP_ADDRESS), ("device_ip", Kind.IP_ADDRESS),
    ("server_ip", Kind.NONE), ("host_ip", Kind.NONE), ("merchant_ip", Kind.NONE),
    ("ersattningskonto", Kind.IBAN), ("Gehaltskonto", Kind.IBAN), ("Reisedokumentnummer", Kind.NATIONAL_ID),
])
def test_when_round_79_names_are_read_then_they_say_their_kind(name, kind) -> None:
    assert kind_from_name(name)[0] is kind


def test_when_bookings_of_a_business_keep_the_ip_they_came_from_then_it_is_masked() -> None:
    rng = random.Random(79)
    frame = {"SchoolName": [rng.choice(["Timaru Boys' High", "Roncalli College", "Mountainview High"])
                            for _ in range(ROWS)],
             "SchoolGstNumber": [rng.choice(["49-091-850", "111-111-111"]) for _ in range(ROWS)],
             "BookingIp": [f"{rng.randint(11, 220)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
                           for _ in range(ROWS)]}
    assert _table(frame)["BookingIp"].kind is Kind.IP_ADDRESS

"""Specification of classification where no lexicon holds the values (governance_dagster.detect.classify): names
and streets by their shape in any script, a few staff names or cities, house numbers beside a street, notes that
hold contacts, tables about people told by their e-mails; and the decoys that must stay not personal."""

from __future__ import annotations

import random
from itertools import cycle, islice, pairwise

import pandas as pd
import pytest
from stdnum.ar import cuit

from governance_dagster.detect.classify import classify_column, classify_table
from governance_dagster.kinds import Kind
from governance_dagster.policy.models import Policy

ROWS = 60
_RND = random.Random(11)
_GIVEN = ["Ásla", "Vili", "Oddvör", "Hafrós", "Sörli", "Engilráð", "Kolfinna", "Þórir", "Bergrós", "Ýmir", "Hrafn",
          "Dögg", "Sæunn", "Gná", "Ævar"]
_FAMILY = ["Giljan", "Ludvigsson", "Vattnes", "Sveinungisdóttir", "Fransson", "Tumasdóttir", "Brynjólfsson",
           "Hjaltested", "Kárason", "Ormsdóttir"]


def _rows(values: list, n: int = ROWS) -> list:
    return list(islice(cycle(values), n))


def _full_names(count: int) -> list[str]:
    return [f"{_RND.choice(_GIVEN)} {_RND.choice(_FAMILY)}{'' if i % 3 else ' ' + _RND.choice(_FAMILY)}"
            for i in range(count)]


def _table(name: str, columns: dict[str, list], types: dict[str, str] | None = None) -> dict[str, Kind]:
    frame = pd.DataFrame(columns)
    types = types or {c: "VARCHAR" for c in columns}
    return {c: r.kind for c, r in classify_table(name, types, frame, Policy()).items()}


@pytest.mark.parametrize(
    ("name", "values", "kind"),
    [
        ("maki_nafn", _full_names(ROWS), Kind.PERSON_NAME),  # a spouse's name: role + name, values unknown
        ("KontaktZaHitneSlucajeve", _full_names(ROWS), Kind.PERSON_NAME),  # a person word and unknown words
        ("піб_сторони", [f"{g} {f}" for g, f in zip(_rows(["Тетяна", "Йосип", "Ольга", "Омелян", "Вікторія"]),
                                                    _rows(["Дутка", "Гоголь", "Приходько", "Демиденко", "Журавель",
                                                           "Єременко", "Онуфрієнко"]))], Kind.PERSON_NAME),
    ],
)
def test_when_a_name_weakly_says_person_and_values_are_name_shaped_then_it_is_a_person_name(name, values, kind):
    assert classify_column(name, "VARCHAR", values).kind is kind


@pytest.mark.parametrize(
    ("name", "values"),
    [
        ("TrenerIme", _rows(["Roko Ćurić", "Božo Tuškan", "Mijo Ukić", "Ika Cvrtila", "Pero Ivandić"])),
        ("суддя", _rows(["Василь Удовенко", "Клавдія Охріменко", "Валентина Арсенич", "Розалія Петрик"])),
        ("שם_הרופא", _rows(["מיכל שמואל", "זואי כהן", "שרה הלל", "נועם פורת"])),
    ],
)
def test_when_a_few_staff_names_repeat_then_they_are_still_person_names(name, values) -> None:
    assert classify_column(name, "VARCHAR", values).kind is Kind.PERSON_NAME


@pytest.mark.parametrize(
    ("name", "values"),
    [
        ("shohin_mei", _rows(["掃除機", "炊飯器", "加湿器", "扇風機", "電気ケトル"])),  # product names under "mei"
        ("first_name", _rows(["Y", "N"])),  # flags under a name
        ("TARIFAS_VARDAS", _rows(["STANDARTINIS", "DVIEJU ZONU", "NAMAI PLIUS"])),  # shouted enum values
    ],
)
def test_when_a_name_column_holds_a_few_things_or_flags_then_it_is_not_personal(name, values) -> None:
    assert classify_column(name, "VARCHAR", values).kind is Kind.NONE


def test_when_a_table_about_people_holds_a_few_cities_under_any_name_then_they_are_cities() -> None:
    found = _table("raw.src_export", {
        "c02": [f"person{i}@example.org" for i in range(ROWS)],
        "c10": _rows(["Wellington", "Adelaide", "Perth", "Brisbane", "Melbourne", "Sydney"]),
        "grad": _rows(["Subotica", "Kragujevac", "Novi Sad", "Čačak", "Niš"]),
        "c13": _rows(["AUD", "NZD"]),
    })
    assert (found["c10"], found["grad"], found["c13"]) == (Kind.CITY, Kind.CITY, Kind.NONE)


def test_when_a_business_table_holds_a_few_cities_then_they_stay_not_personal() -> None:
    found = _table("retail.store", {
        "store_name": _rows(["North", "South", "Harbour"]),
        "c10": _rows(["Wellington", "Adelaide", "Perth", "Brisbane"]),
    })
    assert found["c10"] is Kind.NONE


def test_when_an_opaque_table_holds_e_mails_then_birth_like_dates_are_dates_of_birth() -> None:
    dates = [f"{_RND.randint(1, 28):02d}/{_RND.randint(1, 12):02d}/{_RND.randint(1945, 2003)}" for _ in range(ROWS)]
    with_mail = _table("raw.export", {"c06": dates, "c08": [f"p{i}@example.org" for i in range(ROWS)]})
    without = _table("raw.export", {"c06": dates, "c08": _rows(["A", "B", "C"])})
    assert with_mail["c06"] is Kind.DATE_OF_BIRTH
    assert without["c06"] is not Kind.DATE_OF_BIRTH


def _meters(house: list, flat: list, street: str = "GATVE") -> dict[str, Kind]:
    return _table("energija.skaitikliai", {
        "KLIENTO_VARDAS": _rows(["Jonas", "Asta", "Rūta"]), street: _rows(["Gedimino pr.", "Vilniaus g."]),
        "NAMO_NR": house, "BUTO_NR": flat, "KLIENTO_NR": list(range(50_001, 50_001 + ROWS)),
    }, {"KLIENTO_VARDAS": "VARCHAR", street: "VARCHAR", "NAMO_NR": "VARCHAR", "BUTO_NR": "INTEGER",
        "KLIENTO_NR": "INTEGER"})


def test_when_numbers_named_by_unknown_words_sit_beside_a_street_then_they_are_house_and_flat_numbers() -> None:
    found = _meters(_rows(["75", "52", "78A", "3/5", "114"]), _rows([2, 21, 27, 19, 63]))
    assert (found["NAMO_NR"], found["BUTO_NR"]) == (Kind.STREET_ADDRESS, Kind.STREET_ADDRESS)
    assert found["KLIENTO_NR"] is Kind.NONE  # distinct record numbers, not house numbers


def test_when_no_column_is_a_street_then_small_numbers_stay_not_personal() -> None:
    found = _meters(_rows(["75", "52", "78A"]), _rows([2, 21, 27]), street="TARIFAS")
    assert (found["NAMO_NR"], found["BUTO_NR"]) == (Kind.NONE, Kind.NONE)


@pytest.mark.parametrize(
    ("name", "values", "kind"),
    [
        ("f_x1", (["Gost želi pozno odjavo, pokličite 031 276 143", "Dodatna postelja za otroka",
                        "Račun poslati na ana.novak@example.si", "Gost želi pozno odjavo, pokličite 031 299 865"]),
         Kind.FREE_TEXT),
        ("adresa_xyz", (["Zmaj Jovina 66", "Knez Mihailova 111", "Cara Dušana 69", "Takovska 72"]),
         Kind.STREET_ADDRESS),
    ],
)
def test_when_the_name_says_little_then_notes_with_contacts_and_street_shapes_decide(name, values, kind) -> None:
    assert classify_column(name, "VARCHAR", values).kind is kind


def _cuits(prefix: str) -> list[str]:
    rnd, found = random.Random(5), []
    while len(found) < 30:
        number = prefix + "".join(rnd.choice("0123456789") for _ in range(9))
        if cuit.is_valid(number):
            found.append(cuit.format(number))
    return found


@pytest.mark.parametrize(
    ("name", "values", "kind"),
    [
        ("cuit_titular", _cuits("20"), Kind.NATIONAL_ID),
        ("f_a9", _cuits("27"), Kind.NATIONAL_ID),  # a catalogue checksum under an opaque name
        ("cuit_empresa", _cuits("30"), Kind.NONE),  # a company's tax number
        ("tax_id_supplier", _cuits("30"), Kind.NONE),
        ("so_dien_thoai", _rows(["0912 323 333", "0912 342 850", "0912 378 571", "0912 320 907"]), Kind.PHONE),
        ("手机号", [f"131234{n:05d}" for n in random.Random(2).sample(range(100_000), 40)], Kind.PHONE),
        ("plat_nomor", _rows(["D 8501 GUF", "D 8009 RPX", "AB 6369 XSK"]), Kind.NONE),
        ("registarska_oznaka", _rows(["BG 439-HD", "BG 946-EX", "BG 618-TB"]), Kind.NONE),
        ("f_a4", _rows(["CHE-900.689.630 MWST", "CHE-737.240.683 MWST"]), Kind.NONE),
    ],
)
def test_when_numbers_identify_a_person_a_company_or_a_vehicle_then_only_the_person_is_personal(name, values, kind):
    assert classify_column(name, "VARCHAR", values).kind is kind


# -- split birth dates, house numbers, codes and business tables told by the table's other columns ---------------


def _birth_parts(seed: int, first: int = 1940, last: int = 2004) -> tuple[list[int], list[int], list[int]]:
    rnd = random.Random(seed)
    dates = [(rnd.randint(first, last), rnd.randint(1, 12), rnd.randint(1, 28)) for _ in range(ROWS)]
    return [d[0] for d in dates], [d[1] for d in dates], [d[2] for d in dates]


def _people_with(parts: dict[str, list[int]], table: str = "crm.members") -> dict[str, Kind]:
    columns = {"mbr_given": _rows(["Ann", "Bo", "Cy", "Di"]), "mbr_mail": [f"m{i}@example.org" for i in range(ROWS)],
               **parts}
    types = {"mbr_given": "VARCHAR", "mbr_mail": "VARCHAR", **{c: "INTEGER" for c in parts}}
    return _table(table, columns, types)


@pytest.mark.parametrize(
    "names",
    [
        ("mbr_dob_y", "mbr_dob_m", "mbr_dob_d"),  # abbreviated parts under a name that says birth
        ("geb_j", "geb_m", "geb_t"),  # German Jahr / Monat / Tag, abbreviated
        ("f_1", "f_2", "f_3"),  # a name that says nothing, in a table about people
        ("yy_nac", "mm_nac", "dd_nac"),  # the part first, the stem after
    ],
)
def test_when_sibling_integers_hold_a_year_month_and_day_of_birth_then_each_is_a_date_of_birth(names) -> None:
    years, months, days = _birth_parts(4)
    found = _people_with(dict(zip(names, (years, months, days))))
    assert [found[n] for n in names] == [Kind.DATE_OF_BIRTH] * 3


@pytest.mark.parametrize(
    ("names", "first", "last"),
    [
        (("ord_y", "ord_m", "ord_d"), 2019, 2026),  # an order's date: recent years
        (("f_1", "f_2", "f_3"), 2015, 2026),  # a name that says nothing, recent years
    ],
)
def test_when_sibling_integers_hold_recent_dates_then_they_stay_not_personal(names, first, last) -> None:
    years, months, days = _birth_parts(6, first, last)
    found = _people_with(dict(zip(names, (years, months, days))))
    assert [found[n] for n in names] == [Kind.NONE] * 3


def _shop(number_name: str, numbers: list, after_street: bool = True) -> dict[str, Kind]:
    street = _rows(["Rua das Flores", "Avenida Brasil", "Rua Augusta", "Travessa do Carmo"])
    columns = {"ClienteNome": _full_names(ROWS)}
    if after_street:
        columns |= {"Logradouro": street, number_name: numbers, "ValorTotal": [1.5] * ROWS}
    else:
        columns |= {"Logradouro": street, "ValorTotal": [1.5] * ROWS, number_name: numbers}
    types = {c: "VARCHAR" for c in columns} | {number_name: "INTEGER", "ValorTotal": "DOUBLE"}
    return _table("loja.clientes", columns, types)


@pytest.mark.parametrize("number_name", ["Numero", "Nr", "Nummer", "no"])
def test_when_a_bare_number_sits_next_to_the_street_then_it_is_the_house_number(number_name) -> None:
    numbers = [random.Random(i).randint(1, 2_500) for i in range(ROWS)]
    assert _shop(number_name, numbers)[number_name] is Kind.STREET_ADDRESS


@pytest.mark.parametrize(
    ("numbers", "after_street"),
    [
        ([random.Random(i).randint(1, 2_500) for i in range(ROWS)], False),  # not next to the street
        (list(range(7_001, 7_001 + ROWS)), True),  # a run of keys
    ],
    ids=["not-adjacent", "keys"],
)
def test_when_a_bare_number_is_not_next_to_the_street_or_is_a_run_of_keys_then_it_is_not_personal(
        numbers, after_street) -> None:
    assert _shop("Numero", numbers, after_street)["Numero"] is Kind.NONE


def _greek_style(code_values: list[str], phones: bool = True,
                 cities: tuple[str, ...] = ("Athens", "Patras", "Larisa", "Volos")) -> dict[str, Kind]:
    rnd = random.Random(9)
    columns = {"pelatis_onoma": _full_names(ROWS), "poli": _rows(list(cities)),
               "qzx_code": code_values}
    if phones:
        columns["tel"] = [f"+30 69{rnd.randint(10_000_000, 99_999_999)}" for _ in range(ROWS)]
    return _table("crm.pelates", columns)


def test_when_a_code_named_by_an_unknown_word_fits_the_tables_postal_format_beside_a_city_then_it_is_a_postal_code():
    rnd = random.Random(2)
    codes = [f"{rnd.randint(100, 859)} {rnd.randint(0, 99):02d}" for _ in range(ROWS)]
    assert _greek_style(codes)["qzx_code"] is Kind.POSTAL_CODE


@pytest.mark.parametrize(
    ("codes", "phones"),
    [
        ([f"KX-{i:04d}" for i in range(ROWS)], True),  # a code that fits no Greek postal code
        (_rows(["104 31", "262 21"]), True),  # two distinct values: an enumeration (a branch's code)
        # country unknown: no phone, and the cities are of four countries
        ([f"{random.Random(i).randint(100, 859)} {i % 100:02d}" for i in range(ROWS)], False),
    ],
    ids=["other-format", "enumeration", "no-region"],
)
def test_when_an_unknown_code_does_not_fit_or_the_country_is_unknown_then_it_stays_not_personal(codes, phones):
    assert _greek_style(codes, phones, ("Athens", "Lyon", "Leeds", "Bonn"))["qzx_code"] is Kind.NONE


def test_when_no_phone_names_the_country_then_the_tables_cities_do_and_a_code_fitting_it_is_a_postal_code():
    codes = [f"{random.Random(i).randint(100, 859)} {i % 100:02d}" for i in range(ROWS)]
    assert _greek_style(codes, phones=False)["qzx_code"] is Kind.POSTAL_CODE


def _sites(table: str, manager_id: str) -> dict[str, Kind]:
    rnd = random.Random(3)
    columns = {
        "Firmenname": _rows(["Nordwerk GmbH", "Elbe Logistik AG", "Kranz & Sohn KG"]),
        "Strasse": [f"{rnd.choice(['Hafenweg', 'Industriestraße', 'Am Kai'])} {rnd.randint(1, 90)}"
                    for _ in range(ROWS)],
        "Plz": [f"{rnd.randint(10_000, 99_999)}" for _ in range(ROWS)],
        "Ort": _rows(["Hamburg", "Bremen", "Kiel", "Lübeck"]),
        manager_id: _checked_idnr(ROWS),
        "Qzxleiter": _full_names(ROWS),  # the manager's name, under a word the vocabulary lacks
    }
    return _table(table, columns)


def _checked_idnr(count: int) -> list[str]:
    from stdnum.de import idnr

    rnd, found = random.Random(17), []
    while len(found) < count:
        value = "".join(rnd.choice("0123456789") for _ in range(11))
        if idnr.is_valid(value):
            found.append(value)
    return found


@pytest.mark.parametrize("table", ["logistik.Lagerorte", "ops.Depotadressen", "net.Filialstandorte"])
def test_when_a_table_named_as_business_sites_holds_only_a_managers_id_then_its_address_is_a_business_address(table):
    found = _sites(table, "VorgesetzterSteuerId")  # a role's tax number: a person attached to the business
    assert (found["Strasse"], found["Plz"], found["Ort"]) == (Kind.NONE, Kind.NONE, Kind.NONE)
    assert (found["VorgesetzterSteuerId"], found["Qzxleiter"]) == (Kind.NATIONAL_ID, Kind.PERSON_NAME)
    assert found["Firmenname"] is Kind.NONE  # the company's name, not a person's


def test_when_a_table_named_as_business_sites_holds_an_unqualified_persons_id_then_its_address_stays_personal():
    found = _sites("logistik.Lagerkunden", "SteuerId")  # the row's own tax number: the row is a person
    assert (found["Strasse"], found["Plz"], found["Ort"]) == (Kind.STREET_ADDRESS, Kind.POSTAL_CODE, Kind.CITY)


@pytest.mark.parametrize(
    ("values", "kind"),
    [
        (_rows(["김민준", "이서연", "박지훈", "최수아", "정하은"]), Kind.PERSON_NAME),  # a few doctors, one word each
        (_rows(["王秀英", "李娜", "张伟"]), Kind.PERSON_NAME),
    ],
)
def test_when_a_few_staff_names_are_written_without_spaces_then_they_are_still_names(values, kind) -> None:
    assert classify_column("주치의", "VARCHAR", values).kind is kind


def _members(branch_word: str, branches: int) -> dict[str, Kind]:
    rnd = random.Random(21)
    sites = [(f"Lot {rnd.randint(1, 40)}, Jalan Qzx {i}", f"{rnd.randint(40_000, 79_999)}") for i in range(branches)]
    picked = [sites[i % branches] for i in range(ROWS)]
    columns = {
        "nama_penuh": _full_names(ROWS),
        "emel": [f"m{i}@example.my" for i in range(ROWS)],
        "alamat": [f"No. {rnd.randint(1, 99)}, Jalan Mawar {rnd.randint(1, 12)}" for _ in range(ROWS)],
        "poskod": [f"{rnd.randint(10_000, 99_999)}" for _ in range(ROWS)],
        f"alamat_{branch_word}": [p[0] for p in picked],
        f"poskod_{branch_word}": [p[1] for p in picked],
    }
    return _table("kedai.ahli", columns)


def test_when_a_second_address_block_named_by_an_unknown_word_repeats_a_few_values_then_it_is_a_business_address():
    found = _members("qzxbranch", 2)
    assert (found["alamat_qzxbranch"], found["poskod_qzxbranch"]) == (Kind.NONE, Kind.NONE)
    assert (found["alamat"], found["poskod"]) == (Kind.STREET_ADDRESS, Kind.POSTAL_CODE)


def test_when_a_second_address_block_varies_by_row_then_it_stays_personal():
    found = _members("qzxsurat", ROWS)  # a mailing address per member: distinct values
    assert found["poskod_qzxsurat"] is Kind.POSTAL_CODE


@pytest.mark.parametrize(
    ("name_column", "surname_column", "given", "kind"),
    [
        ("nimi", "sukunimi", _rows(_GIVEN), Kind.FIRST_NAME),  # Finnish
        ("имя", "фамилия", _rows(["Олег", "Дарья", "Тимур", "Алёна", "Фёдор", "Зоя", "Глеб", "Нина", "Лев", "Ада",
                                  "Рустам", "Майя", "Яков", "Ева", "Арсений"]), Kind.FIRST_NAME),  # Cyrillic
        ("name", "surname", _rows([f"{g}-{h}" if i % 2 else f"D'{g}" for i, (g, h) in enumerate(
            pairwise(_GIVEN))]), Kind.FIRST_NAME),  # hyphen, apostrophe
        ("name", "surname", _full_names(ROWS), Kind.PERSON_NAME),  # full names stay full names
        ("name", "city", _rows(_GIVEN), Kind.PERSON_NAME),  # no surname beside
    ],
)
def test_when_a_bare_name_beside_a_surname_holds_one_word_per_value_then_it_is_the_given_name(
        name_column, surname_column, given, kind) -> None:
    surnames = _rows(["Virtanen", "Korhonen", "Nieminen", "Mäkinen", "Hämäläinen", "Laine"])
    found = _table("crm.clients", {name_column: given, surname_column: surnames,
                                   "email": [f"c{i}@example.org" for i in range(ROWS)]})
    assert found[name_column] is kind


@pytest.mark.parametrize(
    ("name", "values", "kind"),
    [
        ("ln", ["Smith", "Johnson", "Garcia", "Miller", "Davis", "Wilson", "Moore", "Taylor"], Kind.LAST_NAME),
        ("ln", ["12 Oak Street", "9 Elm Road", "400 Pine Avenue", "7 Birch Lane"], Kind.STREET_ADDRESS),
        ("line", ["Suite 400", "Apt 9", "Unit 12B", "Floor 3"], Kind.STREET_ADDRESS),
        ("addr_ln", ["Smith", "Johnson", "Garcia", "Miller", "Davis", "Wilson"], Kind.STREET_ADDRESS),  # says address
    ],
)
def test_when_an_ln_column_holds_known_names_without_digits_then_it_is_a_name_not_a_line(name, values, kind) -> None:
    assert classify_column(name, "VARCHAR", values).kind is kind

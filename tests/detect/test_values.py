"""Specification of the value evidence added for names, places and numbers no lexicon holds
(governance_dagster.detect.values): stdnum's catalogue, cities in every script, name and street shapes, notes
holding contacts, codes written in groups; and decoys that must not pass."""

from __future__ import annotations

import random
from datetime import date

import pytest
from stdnum import luhn

from governance_dagster.detect.names import fold
from governance_dagster.detect.values import (
    _checksummed,
    catalogue_modules,
    city_names,
    contact_text_share,
    house_number_share,
    is_city,
    name_shape,
    parse_dates,
    postal_share,
    street_shape_share,
    structured_reason,
    unspaced_name_share,
    value_evidence,
)
from governance_dagster.kinds import Kind


def _valid(module: str, length: int, count: int = 30, prefix: str = "") -> list[str]:
    """``count`` numbers that ``stdnum.<module>`` accepts, found among random digit strings."""
    import importlib

    check = importlib.import_module(f"stdnum.{module}").is_valid
    rnd, found = random.Random(7), []
    while len(found) < count:
        value = prefix + "".join(rnd.choice("0123456789") for _ in range(length - len(prefix)))
        if check(value) and value not in found:
            found.append(value)
    return found


@pytest.mark.parametrize("module", ["ua.rntrc", "th.pin", "au.tfn", "hr.oib", "is_.kennitala", "si.emso"])
def test_when_the_catalogue_is_read_then_personal_and_tax_numbers_are_in_it(module) -> None:
    assert module in dict(catalogue_modules())


@pytest.mark.parametrize("module", ["ch.vat", "de.vat", "ean", "isbn", "fr.siren", "br.cnpj", "ar.dni", "pe.cui",
                                    "at.postleitzahl", "cn.uscc", "iban"])
def test_when_a_module_numbers_companies_products_or_has_no_checksum_then_it_is_left_out(module) -> None:
    assert module not in dict(catalogue_modules())


@pytest.mark.parametrize(("module", "length", "prefix"),
                         [("ua.rntrc", 10, ""), ("th.pin", 13, "3"), ("au.tfn", 9, ""), ("hr.oib", 11, "")])
def test_when_numbers_pass_a_catalogue_checksum_then_they_are_national_ids(module, length, prefix) -> None:
    found = value_evidence(_valid(module, length, prefix=prefix))
    assert found and found[0].kind is Kind.NATIONAL_ID


@pytest.mark.parametrize(
    "values",
    [
        [str(100_000 + i) for i in range(40)],  # sequential record numbers
        [str(n) for n in random.Random(3).sample(range(10**8, 10**9), 40)],  # random 9-digit order numbers
        ["13123455165", "13123453316", "13123491461", "13123488043", "13123411196", "13123481876", "13123460814",
         "13123403486", "13123426907", "13123454695"],  # mobiles a format-only module (cr.cr) would accept
    ],
)
def test_when_numbers_only_fit_a_format_then_no_catalogue_module_claims_them(values) -> None:
    assert not [e for e in value_evidence(values) if e.kind in (Kind.NATIONAL_ID, Kind.SSN)]


def test_when_a_validator_checks_no_digit_then_changing_the_last_digit_tells() -> None:
    assert _checksummed(["79927398713", "4111111111111111"], luhn.is_valid)
    assert not _checksummed(["1234567", "7654321"], str.isdigit)


@pytest.mark.parametrize("city", ["กรุงเทพมหานคร", "เชียงใหม่", "Đà Nẵng", "Hồ Chí Minh", "Київ", "دبي", "Kópavogur",
                                  "תל אביב-יפו", "서울"])
def test_when_a_city_is_written_in_any_script_then_geonames_knows_it(city) -> None:
    assert fold(city) in city_names()
    assert is_city(fold(city))


def test_when_words_are_checked_against_the_cities_then_the_filter_agrees_with_the_full_list() -> None:
    cities = sorted(city_names())
    others = [f"printer jammed again on floor {i}" for i in range(2000)] + [f"cust{i}" for i in range(2000)]
    words = cities[::50] + others + [fold(w) for w in ("Paris", "Springfield", "İstanbul", "nowhere-ville", "")]
    assert [is_city(w) for w in words] == [w in city_names() for w in words]


def test_when_no_word_passes_the_city_filter_then_the_city_names_are_not_read() -> None:
    city_names.cache_clear()
    assert not any(is_city(f"printer jammed again on floor {i}") for i in range(50))
    assert city_names.cache_info().currsize == 0
    assert is_city("lyon") and city_names.cache_info().currsize == 1


@pytest.mark.parametrize(
    ("values", "words", "script"),
    [
        (["ศศิธร", "ธีราทัต", "อนิวัฒน์", "กระสุน"], (1, 4), "THAI"),
        (["מיכל שמואל", "זואי כהן", "שרה הלל"], (2, 4), "HEBREW"),
        (["Ásla Giljan Ástvaldsdóttir", "Vili Ludvigsson", "Sörli Fransson"], (2, 4), "LATIN"),
        (["Тетяна Дутка", "Омелян Гоголь", "Ольга Приходько"], (2, 4), "CYRILLIC"),
        (["Nelah", "Ekundu", "Hawehindi", "Jasiri"], (1, 4), "LATIN"),
    ],
)
def test_when_values_are_shaped_like_names_then_the_shape_and_script_are_found(values, words, script) -> None:
    assert name_shape(values, *words) == (1.0, script)


@pytest.mark.parametrize(
    "values",
    [
        ["ACME GmbH", "Nordwind AG", "Baltic Trade Ltd"],  # companies
        ["SKU-1001", "SKU-1002", "SKU-1003"],  # codes
        ["blue widget", "red widget", "green gadget"],  # lower-case things
        ["STANDARTINIS", "DVIEJU_ZONU", "NAMAI_PLIUS"],  # shouted enum values
        ["Y", "N", "Y"],  # flags
    ],
)
def test_when_values_are_things_codes_or_flags_then_they_are_not_name_shaped(values) -> None:
    assert name_shape(values)[0] == 0.0


@pytest.mark.parametrize(
    ("values", "share"),
    [(["Zmaj Jovina 66", "Takovska 72", "Bulevar oslobođenja 119"], 1.0), (["48/3 ถนนกุมารบุญ", "336 ถนนนครเทพ"], 1.0),
     (["Jl. Ronggowarsito No. 686", "Gang Rajawali Barat No. 1"], 1.0), (["Plan B", "Ask again later"], 0.0)],
)
def test_when_values_are_words_with_a_house_number_then_they_are_street_shaped(values, share) -> None:
    assert street_shape_share(values) == share


@pytest.mark.parametrize(
    ("values", "share"),
    [(["12", "12a", "3/5", "7 B", "12-14"], 1.0), (["A-1200", "SKU 9", "LT1234567890"], 0.0)],
)
def test_when_values_are_house_or_flat_numbers_then_their_shape_is_found(values, share) -> None:
    assert house_number_share(values) == share


@pytest.mark.parametrize(
    ("values", "share"),
    [
        (["Gost želi pozno odjavo, pokličite 031 276 143", "Brez posebnosti", "Račun poslati na ana@example.si"], 0.67),
        (["התקשר לרון הראל 050-234-4514", "התקשר לשרה 050-236-0752"], 1.0),
        (["Order 4711 shipped", "Version 2.3.1 released", "Call back tomorrow"], 0.0),
        (["{'contact': 'ann@example.org', 'tier': 'gold'}", "[1, 2, 3, 4]"], 0.0),  # nested values as text
    ],
)
def test_when_notes_hold_e_mails_or_phones_then_their_share_is_found(values, share) -> None:
    assert contact_text_share(values) == share


@pytest.mark.parametrize(
    "values",
    [["D 8501 GUF", "D 8009 RPX", "AB 6369 XSK"], ["BG 439-HD", "BG 946-EX"], ["2กข 5655", "9กข 1823"],
     ["CHE-900.689.630 MWST", "CHE-737.240.683 MWST"]],
)
def test_when_values_are_codes_written_in_groups_then_they_are_structured(values) -> None:
    assert structured_reason(values, rows=len(values)).startswith("values are codes")


@pytest.mark.parametrize("values", [["Takovska 72", "Knez Mihailova 11"], ["Apt 9", "Suite 40"],
                                    ["Person6 Lastname6", "Person7 Lastname7"]])
def test_when_values_are_street_lines_or_test_names_then_they_are_not_codes(values) -> None:
    assert not structured_reason(values, rows=len(values)).startswith("values are codes")


@pytest.mark.parametrize(
    "values",
    [["월요일", "화요일", "수요일"], ["जनवरी", "फ़रवरी", "मार्च"], ["دوشنبه", "سه‌شنبه"], ["luni", "marți", "miercuri"],
     ["maanantai", "tiistai", "keskiviikko"], ["Ιανουάριος", "Φεβρουάριος"], ["Isnin", "Selasa", "Rabu"],
     ["siječanj", "veljača", "ožujak"], ["hétfő", "kedd", "szerda"]],
)
def test_when_values_are_day_or_month_names_in_any_language_then_they_are_not_personal(values) -> None:
    assert structured_reason(values, rows=len(values)) == "values are day, month or quarter names"


def test_when_dates_end_with_a_dot_then_they_are_read() -> None:
    assert parse_dates(["1984.03.12.", "1961.11.03.", "1990.07.22."]) is not None


# -- identifiers outside the registries, postal codes as people write them, dates in mixed and CJK formats ------


def _iban(country: str, length: int, rnd: random.Random) -> str:
    """A random IBAN of ``country`` with ISO 13616 check digits (stdnum computes them for any country)."""
    from stdnum import iban

    bban = "".join(rnd.choice("0123456789") for _ in range(length - 4))
    return f"{country}{iban.calc_check_digits(country + '00' + bban)}{bban}"


@pytest.mark.parametrize(("country", "length"), [("IR", 26), ("DZ", 26), ("BF", 28), ("MA", 28), ("CM", 27)])
def test_when_ibans_of_a_country_outside_stdnums_registry_pass_the_iso_checksum_then_they_are_ibans(country, length):
    rnd = random.Random(length)
    found = value_evidence([_iban(country, length, rnd) for _ in range(20)])
    assert found and found[0].kind is Kind.IBAN


@pytest.mark.parametrize(
    "values",
    [
        [f"IR{(int(_iban('IR', 26, random.Random(i))[2:4]) + 1) % 100:02d}{_iban('IR', 26, random.Random(i))[4:]}"
         for i in range(20)],  # a wrong check digit
        [f"ZZ{_iban('IR', 26, random.Random(i))[2:]}" for i in range(20)],  # no such country
        [f"IR{i:02d}-ORDER-{i:08d}" for i in range(20)],  # an IBAN-like reference, not alphanumeric
    ],
    ids=["wrong-check", "no-country", "reference"],
)
def test_when_iban_like_values_fail_the_checksum_or_the_country_then_they_are_not_ibans(values) -> None:
    assert Kind.IBAN not in [e.kind for e in value_evidence(values)]


def _mykad(count: int, rnd: random.Random, dashed: bool) -> list[str]:
    """Malaysian identity card numbers: a birth date, a place-of-birth code, four digits (stdnum.my.nric accepts)."""
    from stdnum.my import nric

    found: list[str] = []
    while len(found) < count:
        digits = (f"{rnd.randint(40, 99):02d}{rnd.randint(1, 12):02d}{rnd.randint(1, 28):02d}"
                  f"{rnd.randint(1, 16):02d}{rnd.randint(0, 9999):04d}")
        value = f"{digits[:6]}-{digits[6:8]}-{digits[8:]}" if dashed else digits
        if nric.is_valid(value):
            found.append(value)
    return found


@pytest.mark.parametrize("dashed", [True, False], ids=["dashed", "bare"])
def test_when_numbers_pass_a_structural_check_random_digits_rarely_pass_then_they_are_national_ids(dashed) -> None:
    found = value_evidence(_mykad(30, random.Random(5), dashed))
    assert found and found[0].kind is Kind.NATIONAL_ID


@pytest.mark.parametrize(
    ("module", "values", "rare"),
    [
        ("my.nric", _mykad(6, random.Random(8), True), True),  # a date and a place code: random digits rarely fit
        ("at.postleitzahl", ["1010", "8020", "4020"], False),  # a list of codes: random digits often fit
    ],
)
def test_when_random_digits_in_the_values_layout_pass_often_then_the_validator_is_only_a_format(module, values, rare):
    import importlib

    from governance_dagster.detect.values import _rarely_random

    assert _rarely_random(values, importlib.import_module(f"stdnum.{module}").is_valid) is rare


@pytest.mark.parametrize(
    ("values", "regions", "country"),
    [
        ([f"{n // 100:03d} {n % 100:02d}" for n in range(10_431, 10_461)], ("GR",), "GR"),  # 3+2 with a space
        ([f"{n:05d}-{n % 99_999:05d}" for n in range(13_145, 13_175)], ("IR",), "IR"),  # 5+5 with a hyphen
        ([f"{n:010d}" for n in range(1_314_566_456, 1_314_566_486)], ("IR",), "IR"),  # ten digits as GeoNames has
        ([f"{n // 100:03d} {n % 100:02d}" for n in range(11_431, 11_461)], ("SE",), "SE"),  # SE writes its space
    ],
    ids=["gr-space", "ir-hyphen", "ir-bare", "se"],
)
def test_when_postal_codes_are_written_with_a_gap_between_digit_groups_then_the_countrys_format_fits(
        values, regions, country) -> None:
    assert postal_share(values, regions) == (1.0, country)


def test_when_digits_are_split_in_more_than_one_gap_then_no_postal_format_fits() -> None:
    assert postal_share(["10 4 31", "10 4 32", "10 4 33"], ("GR",))[0] == 0.0


def _births(count: int, seed: int) -> list[date]:
    rnd = random.Random(seed)
    return [date(rnd.randint(1940, 2004), rnd.randint(1, 12), rnd.randint(1, 28)) for _ in range(count)]


@pytest.mark.parametrize(
    "render",
    [
        lambda d: f"{d.year}년 {d.month}월 {d.day}일",  # Korean, year month day marked
        lambda d: f"{d.year}年{d.month}月{d.day}日",  # Chinese or Japanese
        lambda d: d.strftime("%Y.%m.%d") if d.day % 2 else f"{d.year}년 {d.month}월 {d.day}일",  # two formats mixed
        lambda d: d.strftime("%d.%m.%Y") if d.month % 2 else d.isoformat(),  # two formats mixed
    ],
    ids=["korean", "cjk", "mixed-korean", "mixed-dotted-iso"],
)
def test_when_dates_are_written_in_cjk_formats_or_mixed_formats_then_they_are_read_as_dates(render) -> None:
    births = _births(40, 3)
    assert parse_dates([render(d) for d in births]) == births


@pytest.mark.parametrize(
    ("values", "share"),
    [
        (["김민준", "이서연", "박지훈", "최수아"], 1.0),  # Hangul: family name first, no space
        (["王秀英", "李娜", "张伟", "陈静"], 1.0),  # Chinese
        (["김", "Ann Lee", "김민준 님께 연락 바람", "x12"], 0.0),  # one letter, Latin, a sentence, a code
    ],
)
def test_when_full_names_are_written_as_one_word_of_an_unspaced_script_then_they_read_as_names(values, share):
    assert unspaced_name_share(values) == share


@pytest.mark.parametrize(
    "values",
    [
        ["CA", "NY", "TX", "WA", "FL", "IL", "OH", "GA", "NC", "MI"],  # US states
        ["NSW", "VIC", "QLD", "TAS", "ACT", "WA", "SA", "NT"],  # Australian states and territories
        ["BY", "BW", "NW", "HE", "SN", "TH", "BE", "HH"],  # German Länder
    ],
    ids=["us", "au", "de"],
)
def test_when_values_are_state_or_province_codes_then_they_are_not_personal(values) -> None:
    assert structured_reason(values, len(values)).startswith("values are state, province or region codes")


@pytest.mark.parametrize("values", [["Ann", "Bo", "Cy", "Di"], ["A1", "B2", "C3"], ["12", "34", "56"]])
def test_when_values_are_not_region_codes_then_no_region_reason_is_given(values) -> None:
    assert "region codes" not in structured_reason(values, len(values))


@pytest.mark.parametrize("tail", [5, 6], ids=["11-digits", "12-digits"])
def test_when_numbers_start_with_recent_dates_then_no_structure_only_module_takes_them_for_ids(tail) -> None:
    rnd = random.Random(tail)
    orders = [f"{rnd.randint(24, 25):02d}{rnd.randint(1, 12):02d}{rnd.randint(1, 28):02d}"
              f"{rnd.randint(0, 10 ** tail - 1):0{tail}d}" for _ in range(60)]  # an order's date, then a counter
    assert not [e for e in value_evidence(orders) if "my.nric" in e.detail or "cu.ni" in e.detail]


@pytest.mark.parametrize(("values", "kind"), [
    # (round 54) Dutch and German compounds whose street word ends them, a unit written before its street line
    (["Molenlaan 33", "Stationsplein 2", "Lindenallee 4", "Bahnhofstr. 12", "Prinsengracht 263", "Marktplatz 1"],
     Kind.STREET_ADDRESS),
    (["Flat 40, 12 Ganesh Peth", "Flat 2, 7 Kothrud Depot", "Flat 9, 98 Karve Nagar", "Flat 35, 131 Shivaji Nagar"],
     Kind.STREET_ADDRESS),
    # decoys: versions, seasons and levels with a number
    (["Windows 11", "Python 3", "Spring 2024", "Level 3"], None),
])
def test_when_street_lines_are_compounds_or_follow_a_unit_then_they_are_streets(values, kind) -> None:
    found = value_evidence(values)
    assert (found[0].kind if found else None) is kind

"""Specification of what a column name says (governance_dagster.detect.names): vocabulary beyond the EU languages,
words written in syllables or parts, native-script words, and names that must keep saying "not personal"."""

from __future__ import annotations

import pytest

from governance_dagster.detect.names import (
    business_compound,
    fold,
    kind_from_name,
    name_words,
    unknown_code,
    unknown_number,
    unknown_words,
)
from governance_dagster.kinds import Kind


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        # words written in syllables or parts, joined before they are looked up
        ("so_dien_thoai", Kind.PHONE),
        ("ho_ten_khach", Kind.PERSON_NAME),
        ("thanh_pho", Kind.CITY),
        ("barua_pepe", Kind.EMAIL),
        ("pere_nimi", Kind.LAST_NAME),
        # Malay / Indonesian, Filipino, Swahili
        ("nomor_hp", Kind.PHONE),
        ("alamat_rumah", Kind.STREET_ADDRESS),
        ("tarikh_lahir", Kind.DATE_OF_BIRTH),
        ("unang_pangalan", Kind.FIRST_NAME),
        ("apelyido", Kind.LAST_NAME),
        ("jina_la_kwanza", Kind.FIRST_NAME),
        ("jina_la_ukoo", Kind.LAST_NAME),
        ("anwani", Kind.STREET_ADDRESS),
        # Slavic, Nordic, Icelandic
        ("grad_stanovanja", Kind.CITY),
        ("adresa_prebivalista", Kind.STREET_ADDRESS),
        ("napomena", Kind.FREE_TEXT),
        ("merknad", Kind.FREE_TEXT),
        ("ektefelle_navn", Kind.PERSON_NAME),
        ("sudija", Kind.PERSON_NAME),
        # native scripts: Thai, Devanagari, Persian, Hebrew, Chinese, Ukrainian, Korean
        ("นามสกุล", Kind.LAST_NAME),
        ("ชื่อ-นามสกุล", Kind.PERSON_NAME),
        ("วันเกิด", Kind.DATE_OF_BIRTH),
        ("รหัสไปรษณีย์", Kind.POSTAL_CODE),
        ("पहला_नाम", Kind.FIRST_NAME),
        ("जन्म_तिथि", Kind.DATE_OF_BIRTH),
        ("मोबाइल", Kind.PHONE),
        ("نام_خانوادگی", Kind.LAST_NAME),
        ("کد_ملی", Kind.NATIONAL_ID),
        ("تاریخ_تولد", Kind.DATE_OF_BIRTH),
        ("הערות", Kind.FREE_TEXT),
        ("联系人", Kind.PERSON_NAME),
        ("по_батькові", Kind.FIRST_NAME),
        ("рнокпп", Kind.NATIONAL_ID),
        ("보호자_성함", Kind.PERSON_NAME),
        # spouses and coaches, house numbers
        ("nama_pasangan", Kind.PERSON_NAME),
        ("σύζυγος", Kind.PERSON_NAME),
        ("abikaasa_nimi", Kind.PERSON_NAME),
        ("no_rumah", Kind.STREET_ADDRESS),
        ("मकान_नंबर", Kind.STREET_ADDRESS),
    ],
)
def test_when_a_name_is_in_a_language_beyond_the_eu_then_its_kind_is_found(name, kind) -> None:
    assert kind_from_name(name)[0] is kind


@pytest.mark.parametrize(
    "name",
    [
        "cuit_empresa",  # a company's tax number
        "rut_empresa_uy",
        "nit_proveedor",  # a supplier's
        "plat_nomor",  # a vehicle's plate
        "registarska_oznaka",
        "ทะเบียนรถ",
        "user_agent",
        "order_nr",
    ],
)
def test_when_a_name_says_a_thing_or_a_company_then_it_stays_not_personal(name) -> None:
    assert kind_from_name(name)[0] is Kind.NONE


def test_when_both_parts_are_words_already_then_they_are_not_joined() -> None:
    assert name_words("c_birth_day") == ["birth", "day"]  # not "birthday": the day part is what the values fit


@pytest.mark.parametrize(
    ("name", "strength"),
    [("KontaktZaHitneSlucajeve", "weak"), ("піб_сторони", "weak"), ("紧急联系人", "weak"), ("contact_person", "strong")],
)
def test_when_a_person_word_stands_with_unknown_words_then_the_name_weakly_says_person_name(name, strength) -> None:
    assert kind_from_name(name) == (Kind.PERSON_NAME, strength)


@pytest.mark.parametrize(
    ("name", "expected"),
    [("NAMO_NR", True), ("buto_nr", True), ("kliento_no", True), ("order_nr", False), ("line_no", False),
     ("street_number", False), ("nr", False), ("customer_number", False)],
)
def test_when_a_number_is_named_by_an_unknown_word_then_it_is_reported(name, expected) -> None:
    assert unknown_number(name) is expected


@pytest.mark.parametrize(
    ("text", "folded"),
    [("Straße", "strasse"), ("Città", "citta"), ("ŁÓDŹ", "lodz"), ("Mosfellsbær", "mosfellsbaer"),
     ("Đà Nẵng", "da nang"), ("Όνομα", "ονομα"), ("CUSTOMER", "customer")],
)
def test_when_text_is_folded_then_case_accents_and_marks_go_and_the_script_stays(text, folded) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("출생일", Kind.DATE_OF_BIRTH),  # Korean: birth day
        ("회원_출생일자", Kind.DATE_OF_BIRTH),  # a member's birth date, with "date" (일자) after it
        ("出生年月", Kind.DATE_OF_BIRTH),  # Chinese: year and month of birth
        ("会员出生日", Kind.DATE_OF_BIRTH),
        ("출생지", Kind.CITY),  # the place of birth is not a date
        ("주치의", Kind.PERSON_NAME),  # the attending doctor
        ("主治医师", Kind.PERSON_NAME),
    ],
)
def test_when_a_cjk_header_names_a_birth_date_or_a_doctor_then_its_kind_is_found(name, kind) -> None:
    assert kind_from_name(name)[0] is kind


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("qzx_postal", Kind.POSTAL_CODE),  # "postal" beside a word the vocabulary lacks: that language's "code"
        ("postal", Kind.POSTAL_CODE),
        ("postal_flag", Kind.NONE),  # a flag about mail, not a code
        ("postal_status", Kind.NONE),
    ],
)
def test_when_postal_stands_beside_unknown_words_then_the_name_says_postal_code(name, kind) -> None:
    assert kind_from_name(name)[0] is kind


@pytest.mark.parametrize(
    ("name", "unknown"),
    [("qzx_code", True), ("code_wxy", True), ("product_code", False), ("code", False), ("status_code", False)],
)
def test_when_a_code_is_named_by_a_word_the_vocabulary_lacks_then_the_values_must_tell(name, unknown) -> None:
    assert unknown_code(name) is unknown


@pytest.mark.parametrize(
    ("word", "base"),
    [("lagerstandorte", "lager"), ("depotadressen", "depot"), ("hauptfiliale", "filiale"),
     ("magazijnlijst", "magazijn"), ("kunden", ""), ("lager", ""), ("bankkonto", "")],
)
def test_when_a_table_word_is_a_compound_of_a_business_word_then_the_business_word_is_found(word, base) -> None:
    assert business_compound(word) == base


@pytest.mark.parametrize(
    ("name", "unknown"),
    [("LeiterSteuerId", ["leiter"]), ("customer_tax_id", []), ("qzx_email", ["qzx"])],
)
def test_when_a_name_holds_words_the_vocabulary_lacks_then_they_are_listed(name, unknown) -> None:
    assert unknown_words(name) == unknown


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("telefon_zentrale", Kind.NONE), ("phone_switchboard", Kind.NONE), ("tel_centralino", Kind.NONE),
        ("puhelin_vaihde", Kind.NONE), ("telefon_vaxel", Kind.NONE),
        ("telefon_privat", Kind.PHONE), ("phone", Kind.PHONE),
    ],
)
def test_when_a_phone_is_named_as_a_switchboard_then_it_is_a_business_number(name, kind) -> None:
    assert kind_from_name(name)[0] is kind

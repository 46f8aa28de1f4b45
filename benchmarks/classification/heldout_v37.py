"""Held-out set v37 for the column classifier: 14 tables of *ordinary commerce and services in East, South and
South-East Asia*, each a different system, with column names in native scripts and in the romanizations local
developers write: a Japanese e-commerce site's members (kanji and katakana column names), a Japanese HR system's
employees (romaji), a Korean delivery app's orders (Hangul), a Korean university's students (romanized Korean), a
Chinese bubble-tea chain's members (simplified Chinese), a Chinese courier's waybill export (pinyin), a Taiwanese
clinic's patients (traditional Chinese), a Hong Kong gym's members (English, Chinese names), an Indian insurer's
policy holders (Hinglish), an Indian school's pupils (Devanagari), a Vietnamese bank's customers, a Thai hotel's
guest register (Thai script), an Indonesian e-wallet's users and a Philippine telco's SIM registrations.

Written **blind**, like v2 to v35: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the *structure* and labeling conventions of
v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test, ``tests/heldout_support.py``), the module docstrings of
v24 to v35 (to avoid their domains) and the ``Column``/``Table`` classes and writer they build on. The classifier was
not run on this set while it was written, no scorer was run on it, and no score of any set was looked at: nothing here
was adjusted to what the classifier does. It was written under a short deadline (40 minutes, the tests and lint
included), so some labels below are quick decisions rather than settled conventions. It imports no earlier set's value
module: its random source, name lists, streets, cities, postal codes and identifier builders are its own
(:mod:`benchmarks.classification.heldout_v37_values`; the generic ``Gen`` helpers were copied from v27's).

What is new against v2 to v35:

* column names in kanji and katakana (``氏名``, ``フリガナ``, ``郵便番号``), romaji (``shimei``, ``jusho``,
  ``denwa``), Hangul (``이름``, ``주소``, ``전화번호``), romanized Korean (``ireum``, ``juso``), simplified and
  traditional Chinese (``姓名``, ``手机号``, ``身分證字號``), pinyin (``shoujianren_xingming``), Devanagari
  (``नाम``, ``पता``), Hinglish (``naam``, ``pata``, ``pita_ka_naam``), Vietnamese, Thai script and Indonesian;
* values in those scripts: names family-name first, Japanese addresses prefecture-city-chome, Korean road-name
  addresses, Chinese province-city-district-road addresses, Taiwanese and Hong Kong flat addresses, Indian house
  numbers and colonies, Vietnamese ward/district addresses, RT/RW in Indonesia, barangays in the Philippines;
* dates of birth as DATE, ``1984年3月12日``, Japanese era (``昭和59年3月12日``), ROC era (``民國73年3月12日``),
  Buddhist era (``12 มี.ค. 2527``), ``1984.03.12``, ``dd/mm/yyyy`` and ``yyyymmdd`` integers;
* identifiers with check digits: the Japanese My Number, the Korean resident registration number (encoding the row's
  birth date and sex), the Chinese resident identity number (area, birth date, sex), Aadhaar (Verhoeff) and PAN, the
  Thai personal ID and the Indonesian NIK (region and birth date) via python-stdnum; the Taiwanese national ID and the
  HKID, which python-stdnum does not have, by their published check-digit rules (implemented in the value module and
  checked in the test); the Vietnamese CCCD has no check digit (province, century/sex, year, random);
* decoys (tag ``decoy``; ``value_shape`` when shaped like an identifier or personal value): JAN codes (GS1 check),
  IMEIs and ICCIDs (Luhn), tracking numbers, order numbers, store codes, amounts in JPY, KRW, CNY, TWD, HKD, INR, VND,
  THB, IDR and PHP, status enums, GUIDs, hashes, coordinates of stores, app versions, an integer key named like a
  personal field (``denwa_id``), an ICCID, IFSC codes, a WeChat openid, a referral code.

Labeling choices a reader may question:

* a furigana or katakana reading of a person's name (``フリガナ``, ``shimei_kana``) is ``person_name``; a romanized
  name beside the native one is ``person_name`` too; a family name alone ``last_name``, a given name alone
  ``first_name``; a Vietnamese full name (family, middle and given) is ``person_name``;
* a father's, mother's or nominee's name is ``person_name`` (tag ``role_word``); a mother's maiden name asked as a
  security question (``nama_ibu_kandung``) is ``person_name``;
* prefecture, province, state and Korean 시/도 names are ``none`` (tag ``decoy``); a Japanese ``市区町村`` column
  (city and ward) is ``city``; a Chinese ``城市`` is ``city``; a Chinese ``区县`` (district) is ``none``; a
  Vietnamese ``tinh_thanh`` of only centrally governed cities is ``city``; a Taiwanese ``縣市`` is ``city``;
* no passport numbers; the Thai ``เลขบัตรประชาชน`` and the Vietnamese
  CCCD are ``national_id``; the PAN (a tax number of a person) is ``national_id``;
* last-4 fragments (a phone's last four digits, an Octopus card's) are ``none`` (tag ``partial``);
* a Korean delivery's ``시도`` (province or metropolitan city) is ``none`` like a prefecture; a Korean student's
  ``gojuji`` (home town: 서울, 부산 ...) is ``city``;
* a waybill's ``qianshouren`` (who signed for the parcel) is ``person_name`` though some cells are words such as
  本人 (the addressee), 门卫 (the gatekeeper) or 快递柜 (a parcel locker);
* a Thai front-desk clerk's first name is ``first_name`` (tag ``staff``); a mother's name in the school table, a given
  name alone, is ``first_name``; a Filipino mother's maiden surname is ``last_name``;
* a WeChat ``openid`` (an app-scoped pseudonymous id) is ``none`` (tag ``credential``), like tokens;
* a WeChat nickname and logins are ``unclassified`` (tag ``username``);
* an emergency contact field holding a name and a phone in one cell is ``free_text`` (several kinds); delivery
  requests, clinic remarks and notes in Japanese, Korean, Chinese, Hindi, Vietnamese, Thai and Indonesian naming
  people or phones are ``free_text``;
* a store's, clinic's or company's name, phone and address and a rider's or courier's company are ``none`` (tag
  ``business``); a sender who is a shop is ``none``; staff (riders, couriers, doctors, trainers, agents, teachers,
  relationship managers, front desk) are ``person_name`` (tag ``staff``);
* coordinates (of stores or of a pick-up point) are ``none``;
* a PIN hash, API tokens and password hashes are ``none`` (tag ``credential``).

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v37_values`, written for v37 (no Faker, no list of real people). Build:
``python -m benchmarks.classification.heldout_v37 [PATH]`` (default ``/tmp/heldout_v37.duckdb``). Score:
``python -m benchmarks.classification.heldout_v2_accuracy --set v37``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v37_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v37_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v37.duckdb")

HEAVY = "null_heavy"  # 50-90% NULL
SHAPE = "value_shape"
MISLEADING = "misleading"
OPAQUE = "opaque"
STAFF = "staff"
ROLE = "role_word"
USER = "username"
KEY = "join_key"
PARTIAL = "partial"
CREDENTIAL = "credential"
PREMISES = "premises"
NATIVE = "native_script"  # a column name in a non-Latin script
ROMAN = "romanized"  # a column name romanized from a non-Latin language


def _dob_int(d) -> int:
    return int(d.strftime("%Y%m%d"))


def jp_ec_members(g: Gen) -> Table:
    """A Japanese e-commerce site's members (kanji and katakana column names)."""
    people = [v.jp_person(g) for _ in range(g.rows)]
    places = [g.rnd.choice(v.JP_PLACES) for _ in range(g.rows)]
    births = g.births(1945, 2005)
    staff = v.pick_staff(g, lambda x: "".join(v.jp_person(x)[:2]), 5)

    def note() -> str:
        p = v.jp_person(g)
        return g.rnd.choice([f"{p[0]}様より電話あり、折り返し希望 {g.phone('JP', 'national')}",
                             f"配送先は実家（{p[0]}{p[1]}様方）", "ギフト包装希望", f"{p[0]}様 返品対応済み"])

    return Table("jp_ec.会員", "ja", "native", [
        c("会員ID", N, "BIGINT", g.keys(100_001), "decoy", KEY, NATIVE),
        c("氏名", "person_name", "VARCHAR", [f"{p[0]} {p[1]}" for p in people], NATIVE),
        c("フリガナ", "person_name", "VARCHAR", [f"{p[2]} {p[3]}" for p in people], NATIVE),
        c("生年月日", "date_of_birth", "VARCHAR", [v.jp_era(d) for d in births], NATIVE),
        c("郵便番号", "postal_code", "VARCHAR", [v.jp_postal(g, p[2]) for p in places], NATIVE),
        c("都道府県", N, "VARCHAR", [p[0] for p in places], "decoy", NATIVE),
        c("市区町村", "city", "VARCHAR", [p[1] for p in places], NATIVE),
        c("番地以降", "street_address", "VARCHAR", g.col(lambda: v.jp_address(g, town=True)), NATIVE),
        c("電話番号", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "digits": 0.2}, 0.7), NATIVE),
        c("メールアドレス", "email", "VARCHAR",
          [f"{p[4].lower()}.{p[5].lower()}{g.rnd.randint(1, 99)}@{g.rnd.choice(['docomo.ne.jp', 'ezweb.ne.jp', 'gmail.com', 'yahoo.co.jp'])}"
           for p in people], NATIVE),
        c("保有ポイント", N, "INTEGER", g.ints(0, 30_000), "decoy", NATIVE),
        c("最終購入JAN", N, "VARCHAR", g.col(lambda: v.jan(g)), "decoy", SHAPE, NATIVE),
        c("最終購入金額_円", N, "INTEGER", g.ints(300, 48_000), "decoy", NATIVE),
        c("登録日時", N, "TIMESTAMP", g.moments("2019-01-01", "2026-01-31"), "decoy", NATIVE),
        c("最終ログインIP", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2), 0.1), NATIVE),
        c("会員ランク", N, "VARCHAR", g.col(g.pick(["ブロンズ", "シルバー", "ゴールド", "プラチナ"])), "decoy", NATIVE),
        c("対応担当者", "person_name", "VARCHAR", g.col(g.pick(staff), 0.4), STAFF, NATIVE),
        c("備考", "free_text", "VARCHAR", g.col(note, 0.6), HEAVY, NATIVE),
    ])


def jp_hr_shain(g: Gen) -> Table:
    """A Japanese HR system's employees (romaji column names)."""
    people = [v.jp_person(g) for _ in range(g.rows)]
    births = g.births(1962, 2003)
    places = [g.rnd.choice(v.JP_PLACES) for _ in range(g.rows)]
    return Table("jinji.shain_master", "ja", "snake", [
        c("shain_no", N, "VARCHAR", [f"E{n:06d}" for n in g.keys(10_001)], "decoy", KEY, ROMAN),
        c("shimei", "person_name", "VARCHAR", [f"{p[0]}　{p[1]}" for p in people], ROMAN),
        c("shimei_kana", "person_name", "VARCHAR", [f"{p[2]}　{p[3]}" for p in people], ROMAN),
        c("shimei_romaji", "person_name", "VARCHAR", [f"{p[4].upper()} {p[5]}" for p in people], ROMAN),
        c("seinengappi", "date_of_birth", "INTEGER", [_dob_int(d) for d in births], ROMAN),
        c("yubin_bango", "postal_code", "VARCHAR", [f"〒{v.jp_postal(g, p[2])}" for p in places], ROMAN),
        c("jusho", "street_address", "VARCHAR", [f"{p[0]}{p[1]}{v.jp_address(g, town=True)}" for p in places],
          ROMAN),
        c("denwa", "phone", "VARCHAR", g.phones("JP", {"national": 1.0}, 0.0, 0.3), ROMAN),
        c("keitai", "phone", "VARCHAR", g.phones("JP", {"national": 0.7, "intl": 0.3}, 1.0, 0.1), ROMAN),
        c("denwa_id", N, "INTEGER", g.ints(1, 9_999), "decoy", MISLEADING, ROMAN),
        c("my_number", "national_id", "VARCHAR", g.col(lambda: v.my_number(g), 0.7), HEAVY, ROMAN),
        c("kinkyu_renrakusaki", "free_text", "VARCHAR",
          g.col(lambda: f"{''.join(v.jp_person(g)[:2])}（{g.rnd.choice(['妻', '夫', '母', '父'])}）"
                        f"{g.phone('JP', 'national')}", 0.2), ROMAN),
        c("busho", N, "VARCHAR", g.col(g.pick(["営業部", "経理部", "人事部", "開発部", "物流センター"])), "decoy", ROMAN),
        c("yakushoku", N, "VARCHAR", g.col(g.pick(["一般", "主任", "係長", "課長", "部長"])), "decoy", ROMAN),
        c("nyusha_bi", N, "DATE", g.days("1985-04-01", "2025-10-01"), "decoy", ROMAN),
        c("kihonkyu", N, "INTEGER", g.ints(180_000, 650_000), "decoy", ROMAN),
        c("login_id", USERNAME, "VARCHAR", [f"{p[4].lower()[:6]}{p[5][0].lower()}" for p in people], USER),
        c("kinmuchi_jusho", N, "VARCHAR", g.col(g.pick(["東京都港区芝浦3丁目4-1 本社ビル", "大阪府大阪市北区梅田2丁目5-25",
                                                        "愛知県名古屋市中村区名駅4丁目7-1"])), "business", ROMAN),
    ])


def kr_delivery_orders(g: Gen) -> Table:
    """A Korean delivery app's orders (Hangul column names)."""
    people = [v.kr_person(g) for _ in range(g.rows)]
    places = [g.rnd.choice(v.KR_PLACES) for _ in range(g.rows)]
    riders = v.pick_staff(g, lambda x: "".join(v.kr_person(x)[:2]), 7)
    shops = [("교촌치킨 망원점", "02-333-1234"), ("명랑핫도그 잠실점", "02-421-5678"), ("해운대 국밥집", "051-742-9988"),
             ("수성 떡볶이", "053-755-0101"), ("판교 샐러드랩", "031-707-2244")]
    shop = [g.rnd.choice(shops) for _ in range(g.rows)]

    def req() -> str:
        return g.rnd.choice(["문 앞에 두고 벨 눌러주세요", "리뷰 이벤트 참여합니다", f"경비실에 맡겨주세요, {g.phone('KR', 'national')}로 연락",
                             f"{''.join(v.kr_person(g)[:2])} 앞으로 보내주세요", "수저 빼주세요"])

    return Table("baedal.주문", "ko", "native", [
        c("주문번호", N, "VARCHAR", g.col(lambda: g.code("B1ZZ999999ZZ")), "decoy", SHAPE, NATIVE),
        c("주문자명", "person_name", "VARCHAR", [f"{p[0]}{p[1]}" for p in people], NATIVE),
        c("전화번호", "phone", "VARCHAR", g.phones("KR", {"national": 0.8, "digits": 0.2}, 1.0), NATIVE),
        c("배송주소", "street_address", "VARCHAR", [v.kr_address(g, p) for p in places], NATIVE),
        c("우편번호", "postal_code", "VARCHAR", [f"{p[1]}{g.digits(3)}" for p in places], NATIVE),
        c("시도", N, "VARCHAR", [p[0].split()[0] for p in places], "decoy", NATIVE),
        c("가게명", N, "VARCHAR", [s[0] for s in shop], "business", NATIVE),
        c("가게전화", N, "VARCHAR", [s[1] for s in shop], "business", NATIVE),
        c("주문금액", N, "INTEGER", [g.rnd.randint(9, 80) * 1000 for _ in range(g.rows)], "decoy", NATIVE),
        c("배달팁", N, "INTEGER", g.col(g.pick([0, 1000, 2000, 3000, 3500])), "decoy", NATIVE),
        c("결제수단", N, "VARCHAR", g.col(g.pick(["카드", "배민페이", "카카오페이", "만나서현금"])), "decoy", NATIVE),
        c("주문상태", N, "VARCHAR", g.col(g.pick(["접수", "조리중", "배달중", "배달완료", "취소"])), "decoy", NATIVE),
        c("주문일시", N, "TIMESTAMP", g.moments("2025-10-01", "2026-01-31"), "decoy", NATIVE),
        c("요청사항", "free_text", "VARCHAR", g.col(req, 0.3), NATIVE),
        c("라이더", "person_name", "VARCHAR", g.col(g.pick(riders), 0.05), STAFF, ROLE, NATIVE),
        c("픽업위도", N, "DOUBLE", g.floats(35.0, 37.7, 6), "decoy", NATIVE),
        c("픽업경도", N, "DOUBLE", g.floats(126.7, 129.2, 6), "decoy", NATIVE),
        c("앱버전", N, "VARCHAR", g.col(g.version), "decoy", SHAPE, NATIVE),
    ])


def kr_univ_students(g: Gen) -> Table:
    """A Korean university's students (romanized Korean column names)."""
    people = [v.kr_person(g) for _ in range(g.rows)]
    births = g.births(1996, 2006)
    places = [g.rnd.choice(v.KR_PLACES) for _ in range(g.rows)]
    profs = v.pick_staff(g, lambda x: "".join(v.kr_person(x)[:2]), 6)
    return Table("haksa.haksaeng", "ko", "snake", [
        c("hakbeon", N, "INTEGER", [20_200_000 + g.rnd.randint(1, 99_999) for _ in range(g.rows)], "decoy", KEY, ROMAN),
        c("ireum", "person_name", "VARCHAR", [f"{p[0]}{p[1]}" for p in people], ROMAN),
        c("ireum_yeongmun", "person_name", "VARCHAR", [f"{p[3]} {p[2].upper()}" for p in people], ROMAN),
        c("seong", "last_name", "VARCHAR", [p[0] for p in people], ROMAN),
        c("saengnyeonworil", "date_of_birth", "VARCHAR", [d.strftime("%Y.%m.%d") for d in births], ROMAN),
        c("jumin_beonho", "national_id", "VARCHAR",
          [v.kr_rrn(g, d, p[4]) if g.rnd.random() < 0.35 else None for d, p in zip(births, people, strict=True)],
          HEAVY, ROMAN),
        c("juso", "street_address", "VARCHAR", [v.kr_address(g, p) for p in places], ROMAN),
        c("ujeon_beonho", "postal_code", "VARCHAR", [f"{p[1]}{g.digits(3)}" for p in places], ROMAN),
        c("gojuji", "city", "VARCHAR", [v.KR_CITIES[p[1]] for p in places], ROMAN, OPAQUE),
        c("hyudaepon", "phone", "VARCHAR", g.phones("KR", {"national": 0.9, "intl": 0.1}, 1.0), ROMAN),
        c("imeil", "email", "VARCHAR", [f"{p[3].replace('-', '').lower()}{g.rnd.randint(0, 999)}@"
                                         f"{g.rnd.choice(['naver.com', 'daum.net', 'gmail.com', 'korea.ac.kr'])}"
                                         for p in people], ROMAN),
        c("hakgwa", N, "VARCHAR", g.col(g.pick(["경영학과", "컴퓨터공학과", "국어국문학과", "기계공학과", "간호학과"])),
          "decoy", ROMAN),
        c("hangnyeon", N, "INTEGER", g.ints(1, 4), "decoy", ROMAN),
        c("pyeongjeom", N, "DOUBLE", g.floats(1.5, 4.5, 2), "decoy", ROMAN),
        c("jidogyosu", "person_name", "VARCHAR", g.col(g.pick(profs)), STAFF, ROLE, ROMAN),
        c("jeopsok_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.4), 0.2), ROMAN),
        c("portal_id", USERNAME, "VARCHAR", [f"{p[3].replace('-', '').lower()}{p[2].lower()}{g.rnd.randint(1, 99)}"
                                             for p in people], USER),
        c("deungnokgeum_nappu", N, "BOOLEAN", g.yn(True, False, 0.9), "decoy", ROMAN),
    ])


def cn_tea_members(g: Gen) -> Table:
    """A Chinese bubble-tea chain's loyalty members (simplified Chinese column names)."""
    people = [v.cn_person(g) for _ in range(g.rows)]
    places = [g.rnd.choice(v.CN_PLACES) for _ in range(g.rows)]
    births = g.births(1991, 2007)  # the area codes of v37's list are valid for people born from 1990 on
    women = [g.rnd.random() < 0.6 for _ in range(g.rows)]

    def note() -> str:
        p = v.cn_person(g)
        return g.rnd.choice([f"顾客{p[0]}{p[1]}投诉少糖做成全糖，已补券", f"生日券发到 {g.phone('CN', 'national')}",
                             "要求开发票", f"代{p[0]}女士领取积分礼品"])

    return Table("naicha.会员", "zh", "native", [
        c("会员编号", N, "VARCHAR", g.col(lambda: g.code("M99999999")), "decoy", KEY, NATIVE),
        c("姓名", "person_name", "VARCHAR", [f"{p[0]}{p[1]}" for p in people], NATIVE),
        c("手机号", "phone", "VARCHAR", g.phones("CN", {"digits": 0.7, "e164": 0.3}, 1.0), NATIVE),
        c("身份证号", "national_id", "VARCHAR",
          [v.cn_ric(g, p[4], d, w) if g.rnd.random() < 0.3 else None
           for p, d, w in zip(places, births, women, strict=True)], HEAVY, NATIVE),
        c("出生日期", "date_of_birth", "VARCHAR", [f"{d.year}年{d.month}月{d.day}日" for d in births], NATIVE),
        c("省份", N, "VARCHAR", [p[0] for p in places], "decoy", NATIVE),
        c("城市", "city", "VARCHAR", [p[1] for p in places], NATIVE),
        c("区县", N, "VARCHAR", [p[2] for p in places], "decoy", NATIVE),
        c("详细地址", "street_address", "VARCHAR", [v.cn_street(g, p, full=False) for p in places], NATIVE),
        c("邮编", "postal_code", "VARCHAR", [f"{p[3]}{g.digits(2)}" for p in places], NATIVE),
        c("微信昵称", USERNAME, "VARCHAR", g.col(g.pick(["小甜甜", "奶茶控", "Lucky🍀", "momo", "阿杰", "追风少年",
                                                    "Coco酱", "一只猫"])), USER, NATIVE),
        c("门店编码", N, "VARCHAR", g.col(lambda: g.code("SZ-A999")), "decoy", SHAPE, NATIVE),
        c("积分", N, "INTEGER", g.ints(0, 8_000), "decoy", NATIVE),
        c("累计消费元", N, "DOUBLE", g.amounts(12, 5_000), "decoy", NATIVE),
        c("注册时间", N, "TIMESTAMP", g.moments("2021-01-01", "2026-01-31"), "decoy", NATIVE),
        c("openid", N, "VARCHAR", g.col(lambda: v.token(g, "oX3u", 24)), "decoy", CREDENTIAL),
        c("备注", "free_text", "VARCHAR", g.col(note, 0.7), HEAVY, NATIVE),
    ])


def cn_courier_waybills(g: Gen) -> Table:
    """A Chinese courier's waybill export (pinyin column names); the sender is a shop (``none``)."""
    people = [v.cn_person(g) for _ in range(g.rows)]
    places = [g.rnd.choice(v.CN_PLACES) for _ in range(g.rows)]
    couriers = v.pick_staff(g, lambda x: "".join(v.cn_person(x)[:2]), 8)
    return Table("kuaidi.yundan", "zh", "snake", [
        c("yundan_hao", N, "VARCHAR", g.col(lambda: g.code("SF1999999999999")), "decoy", SHAPE, ROMAN),
        c("fajian_dianpu", N, "VARCHAR", g.col(g.pick(["优品家居旗舰店", "果园直发", "潮玩小铺", "数码优选"])), "business",
          ROMAN),
        c("shoujianren_xingming", "person_name", "VARCHAR", [f"{p[0]}{p[1]}" for p in people], ROLE, ROMAN),
        c("shoujianren_shouji", "phone", "VARCHAR", g.phones("CN", {"digits": 1.0}, 1.0), ROLE, ROMAN),
        c("shoujian_dizhi", "street_address", "VARCHAR", [v.cn_street(g, p) for p in places], ROMAN),
        c("mudi_chengshi", "city", "VARCHAR", [p[1] for p in places], ROMAN),
        c("zhongliang_kg", N, "DOUBLE", g.floats(0.1, 30, 2), "decoy", ROMAN),
        c("yunfei", N, "DOUBLE", g.amounts(6, 60), "decoy", ROMAN),
        c("daishou_jine", N, "DOUBLE", g.col(lambda: round(g.rnd.uniform(10, 900), 2), 0.8), "decoy", ROMAN),
        c("zhuangtai", N, "VARCHAR", g.col(g.pick(["已揽收", "运输中", "派送中", "已签收", "退回"])), "decoy", ROMAN),
        c("qianshou_shijian", N, "TIMESTAMP", g.moments("2025-11-01", "2026-01-31", 0.2), "decoy", ROMAN),
        c("kuaidiyuan", "person_name", "VARCHAR", g.col(g.pick(couriers)), STAFF, ROLE, ROMAN),
        c("wangdian_bianma", N, "VARCHAR", g.col(lambda: g.code("755A99")), "decoy", ROMAN),
        c("shouji_hou4", N, "VARCHAR", g.col(lambda: g.digits(4)), "decoy", PARTIAL, ROMAN),
        c("qianshouren", "person_name", "VARCHAR",
          g.col(lambda: g.rnd.choice(["本人", "门卫", "快递柜", "".join(v.cn_person(g)[:2])]), 0.55), HEAVY, ROMAN),
        c("guid", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
    ])


def tw_clinic_patients(g: Gen) -> Table:
    """A Taiwanese clinic's patients (traditional Chinese column names)."""
    places = [g.rnd.choice(v.TW_PLACES) for _ in range(g.rows)]
    women = [g.rnd.random() < 0.55 for _ in range(g.rows)]
    births = g.births(1940, 2020)
    doctors = v.pick_staff(g, lambda x: x.rnd.choice(v.TW_FAMILY) + x.rnd.choice(v.TW_GIVEN) + " 醫師", 4)

    def remark() -> str:
        return g.rnd.choice(["對盤尼西林過敏", f"由女兒{g.rnd.choice(v.TW_FAMILY)}{g.rnd.choice(v.TW_GIVEN)}陪同",
                             f"請改聯絡 {g.phone('TW', 'national')}", "下次回診抽血"])

    return Table("clinic.病患資料", "zh-Hant", "native", [
        c("病歷號", N, "VARCHAR", [f"{n:08d}" for n in g.keys(310_001)], "decoy", KEY, NATIVE),
        c("姓名", "person_name", "VARCHAR", g.col(lambda: g.rnd.choice(v.TW_FAMILY) + g.rnd.choice(v.TW_GIVEN)), NATIVE),
        c("身分證字號", "national_id", "VARCHAR",
          [v.tw_id(g, p[3], w) for p, w in zip(places, women, strict=True)], NATIVE),
        c("出生日期", "date_of_birth", "VARCHAR", [f"民國{d.year - 1911}年{d.month}月{d.day}日" for d in births],
          NATIVE),
        c("性別", N, "VARCHAR", ["女" if w else "男" for w in women], "decoy", NATIVE),
        c("手機", "phone", "VARCHAR", g.phones("TW", {"national": 0.8, "digits": 0.2}, 1.0, 0.05), NATIVE),
        c("住家電話", "phone", "VARCHAR", g.phones("TW", {"national": 1.0}, 0.0, 0.75), HEAVY, NATIVE),
        c("郵遞區號", "postal_code", "VARCHAR", [p[2] for p in places], NATIVE),
        c("縣市", "city", "VARCHAR", [p[0] for p in places], NATIVE),
        c("地址", "street_address", "VARCHAR", [v.tw_street(g, p) for p in places], NATIVE),
        c("初診日", N, "DATE", g.days("2010-01-01", "2025-12-31"), "decoy", NATIVE),
        c("掛號費", N, "INTEGER", g.col(g.pick([50, 100, 150, 200])), "decoy", NATIVE),
        c("部分負擔", N, "INTEGER", g.col(g.pick([0, 50, 170, 240])), "decoy", NATIVE),
        c("主治醫師", "person_name", "VARCHAR", g.col(g.pick(doctors)), STAFF, NATIVE),
        c("診所電話", N, "VARCHAR", ["02-2708-5566"] * g.rows, "business", NATIVE),
        c("備註", "free_text", "VARCHAR", g.col(remark, 0.65), HEAVY, NATIVE),
    ])


def hk_gym_members(g: Gen) -> Table:
    """A Hong Kong gym's members (English column names, Chinese and English names)."""
    people = [(g.rnd.choice(v.HK_SURNAMES), g.rnd.choice(v.HK_GIVEN), g.rnd.choice(v.HK_WESTERN))
              for _ in range(g.rows)]
    trainers = v.pick_staff(g, lambda x: f"{x.rnd.choice(v.HK_WESTERN)} {x.rnd.choice(v.HK_SURNAMES)[1]}", 6)
    return Table("fitness.members", "en", "snake", [
        c("member_no", N, "VARCHAR", g.col(lambda: g.code("HKG-999999")), "decoy", KEY),
        c("name_en", "person_name", "VARCHAR", [f"{s[1].upper()} {gv[1]}, {w}" for s, gv, w in people]),
        c("name_zh", "person_name", "VARCHAR", [f"{s[0]}{gv[0]}" for s, gv, _ in people], "lang:zh-Hant"),
        c("hkid_no", "national_id", "VARCHAR", g.col(lambda: v.hkid(g), 0.6), HEAVY),
        c("dob", "date_of_birth", "DATE", g.births(1960, 2006)),
        c("mobile", "phone", "VARCHAR", g.phones("HK", {"national": 0.6, "intl": 0.4}, 1.0)),
        c("email", "email", "VARCHAR", [f"{w.lower()}.{s[1].lower()}{g.rnd.randint(1, 99)}@"
                                         f"{g.rnd.choice(['gmail.com', 'yahoo.com.hk', 'netvigator.com'])}"
                                         for s, _, w in people]),
        c("res_address", "street_address", "VARCHAR", g.col(lambda: v.hk_address(g), 0.1)),
        c("emergency_contact", "free_text", "VARCHAR",
          g.col(lambda: f"{g.rnd.choice(v.HK_WESTERN)} {g.rnd.choice(v.HK_SURNAMES)[1]} / "
                        f"{g.phone('HK', 'national')}", 0.3)),
        c("plan", N, "VARCHAR", g.col(g.pick(["Monthly", "12M Prepaid", "Off-peak", "Corporate"])), "decoy"),
        c("monthly_fee_hkd", N, "INTEGER", g.col(g.pick([388, 588, 788, 988])), "decoy"),
        c("home_club", N, "VARCHAR", g.col(g.pick(["Causeway Bay", "Mong Kok", "Sha Tin", "Central"])), "business"),
        c("locker_no", N, "INTEGER", g.ints(1, 400, 0.5), "decoy"),
        c("personal_trainer", "person_name", "VARCHAR", g.col(g.pick(trainers), 0.4), STAFF),
        c("last_checkin", N, "TIMESTAMP", g.moments("2025-06-01", "2026-01-31"), "decoy"),
        c("octopus_last4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.3), "decoy", PARTIAL),
        c("app_user", USERNAME, "VARCHAR", [f"{w.lower()}_{s[1].lower()}{g.rnd.randint(1, 9)}" for s, _, w in people],
          USER),
    ])


def in_insurer_policies(g: Gen) -> Table:
    """An Indian life insurer's policy holders (Hinglish column names)."""
    people = [v.in_person(g) for _ in range(g.rows)]
    places = [g.rnd.choice(v.IN_PLACES) for _ in range(g.rows)]
    agents = v.pick_staff(g, lambda x: " ".join(v.in_person(x)[:2]), 7)
    return Table("bima.policy_dharak", "hi", "snake", [
        c("policy_no", N, "VARCHAR", g.col(lambda: g.code("99999999")), "decoy", KEY),
        c("naam", "person_name", "VARCHAR", [f"{p[0]} {p[1]}" for p in people], ROMAN),
        c("pita_ka_naam", "person_name", "VARCHAR", [f"{v.in_person(g)[0]} {p[1]}" for p in people], ROLE, ROMAN),
        c("janm_tithi", "date_of_birth", "VARCHAR", [d.strftime("%d/%m/%Y") for d in g.births(1955, 2004)], ROMAN),
        c("aadhaar_no", "national_id", "VARCHAR", g.col(lambda: v.aadhaar(g, g.rnd.random() < 0.6), 0.6), HEAVY),
        c("pan", "national_id", "VARCHAR", [v.pan(g, p[1]) if g.rnd.random() < 0.75 else None for p in people]),
        c("mobile_no", "phone", "VARCHAR", g.phones("IN", {"digits": 0.6, "intl": 0.2, "e164": 0.2}, 1.0)),
        c("email", "email", "VARCHAR", [f"{p[0].lower()}{p[1].lower()}{g.rnd.randint(1, 999)}@"
                                         f"{g.rnd.choice(['gmail.com', 'rediffmail.com', 'yahoo.co.in'])}"
                                         if g.rnd.random() < 0.8 else None for p in people]),
        c("pata", "street_address", "VARCHAR", g.col(lambda: v.in_street(g)), ROMAN),
        c("pincode", "postal_code", "VARCHAR", [f"{p[3]}{g.digits(3)}" for p in places]),
        c("sheher", "city", "VARCHAR", [p[0] for p in places], ROMAN),
        c("rajya", N, "VARCHAR", [p[2] for p in places], "decoy", ROMAN),
        c("nominee_naam", "person_name", "VARCHAR", g.col(lambda: " ".join(v.in_person(g)[:2]), 0.15), ROLE, ROMAN),
        c("nominee_rishta", N, "VARCHAR", g.col(g.pick(["Patni", "Pati", "Putra", "Putri", "Mata"])), "decoy", ROMAN),
        c("sum_assured_inr", N, "BIGINT", g.col(lambda: g.rnd.randint(2, 100) * 50_000), "decoy"),
        c("premium_inr", N, "DOUBLE", g.amounts(3_000, 90_000), "decoy"),
        c("agent_code", N, "VARCHAR", g.col(lambda: g.code("AG99999")), "decoy", SHAPE),
        c("agent_naam", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF, ROMAN),
        c("bank_ifsc", N, "VARCHAR", g.col(lambda: g.code("AAAA0999999")), "decoy", SHAPE),
    ])


def in_school_pupils(g: Gen) -> Table:
    """An Indian school's pupils (Devanagari column names and values)."""
    people = [v.in_person(g, hindi=True) for _ in range(g.rows)]
    places = [g.rnd.choice(v.IN_PLACES) for _ in range(g.rows)]
    teachers = v.pick_staff(g, lambda x: " ".join(v.in_person(x, hindi=True)[:2]), 6)

    def note() -> str:
        return g.rnd.choice(["फीस बकाया", f"अभिभावक {' '.join(v.in_person(g, True)[:2])} से बात हुई",
                             f"नया नंबर {g.phone('IN', 'digits')}", "छात्रवृत्ति स्वीकृत"])

    return Table("vidyalaya.छात्र", "hi", "native", [
        c("छात्र_क्रमांक", N, "INTEGER", g.keys(5_001), "decoy", KEY, NATIVE),
        c("नाम", "person_name", "VARCHAR", [f"{p[0]} {p[1]}" for p in people], NATIVE),
        c("पिता_का_नाम", "person_name", "VARCHAR", [f"{v.in_person(g, True)[0]} {p[1]}" for p in people], ROLE,
          NATIVE),
        c("माता_का_नाम", "first_name", "VARCHAR", g.col(lambda: g.rnd.choice([x[1] for x in v.IN_GIVEN if x[2]])),
          ROLE, NATIVE),
        c("जन्म_तिथि", "date_of_birth", "DATE", g.births(2008, 2020), NATIVE),
        c("आधार_संख्या", "national_id", "VARCHAR", g.col(lambda: v.aadhaar(g, False), 0.55), HEAVY, NATIVE),
        c("मोबाइल", "phone", "VARCHAR", g.phones("IN", {"digits": 0.8, "national": 0.2}, 1.0), NATIVE),
        c("पता", "street_address", "VARCHAR", g.col(lambda: v.in_street(g, True)), NATIVE),
        c("पिन_कोड", "postal_code", "INTEGER", [int(f"{p[3]}{g.digits(3)}") for p in places], NATIVE),
        c("शहर", "city", "VARCHAR", [p[1] for p in places], NATIVE),
        c("कक्षा", N, "INTEGER", g.ints(1, 12), "decoy", NATIVE),
        c("अनुभाग", N, "VARCHAR", g.col(g.pick(["अ", "ब", "स"])), "decoy", NATIVE),
        c("कक्षा_अध्यापक", "person_name", "VARCHAR", g.col(g.pick(teachers)), STAFF, NATIVE),
        c("शुल्क_रुपये", N, "INTEGER", g.col(g.pick([1200, 1500, 1800, 2400])), "decoy", NATIVE),
        c("टिप्पणी", "free_text", "VARCHAR", g.col(note, 0.6), HEAVY, NATIVE),
    ])


def vn_bank_customers(g: Gen) -> Table:
    """A Vietnamese bank's retail customers (Vietnamese column names)."""
    births = g.births(1950, 2005)
    women = [g.rnd.random() < 0.5 for _ in range(g.rows)]
    cities = [g.rnd.choice(v.VN_CITIES) for _ in range(g.rows)]
    rms = v.pick_staff(g, v.vn_name, 6)

    def note() -> str:
        return g.rnd.choice(["KH yêu cầu cấp lại thẻ", f"Người giới thiệu: {v.vn_name(g)}",
                             f"Liên hệ vợ/chồng {g.phone('VN', 'national')}", "Đã xác thực sinh trắc học"])

    return Table("nganhang.khach_hang", "vi", "snake", [
        c("ma_kh", N, "VARCHAR", g.col(lambda: g.code("KH99999999")), "decoy", KEY),
        c("ho_ten", "person_name", "VARCHAR", g.col(lambda: v.vn_name(g))),
        c("ngay_sinh", "date_of_birth", "DATE", births),
        c("so_cccd", "national_id", "VARCHAR", [v.vn_cccd(g, cty[1], d, w)
                                                for cty, d, w in zip(cities, births, women, strict=True)]),
        c("so_dien_thoai", "phone", "VARCHAR", g.phones("VN", {"national": 0.5, "digits": 0.3, "e164": 0.2}, 1.0)),
        c("email", "email", "VARCHAR", g.col(lambda: f"{g.rnd.choice(['hung', 'lan', 'tuan', 'mai', 'khoa'])}"
                                                     f"{g.rnd.choice(['nguyen', 'tran', 'le', 'pham'])}"
                                                     f"{g.rnd.randint(80, 2005)}@gmail.com", 0.3)),
        c("dia_chi", "street_address", "VARCHAR", g.col(lambda: v.vn_street(g))),
        c("tinh_thanh", "city", "VARCHAR", [cty[0] for cty in cities]),
        c("chi_nhanh", N, "VARCHAR", g.col(g.pick(["CN Hoàn Kiếm", "CN Quận 1", "CN Hải Châu", "CN Ninh Kiều"])),
          "business"),
        c("so_du_vnd", N, "BIGINT", g.col(lambda: g.rnd.randint(0, 900_000) * 1000), "decoy"),
        c("hang_the", N, "VARCHAR", g.col(g.pick(["Chuẩn", "Vàng", "Bạch kim"])), "decoy"),
        c("ngay_mo", N, "DATE", g.days("2012-01-01", "2025-12-31"), "decoy"),
        c("can_bo_quan_ly", "person_name", "VARCHAR", g.col(g.pick(rms)), STAFF, ROLE),
        c("ip_dang_nhap", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.4)),
        c("ma_otp_hash", N, "VARCHAR", g.col(g.sha256), "decoy", CREDENTIAL),
        c("ghi_chu", "free_text", "VARCHAR", g.col(note, 0.7), HEAVY),
    ])


def th_hotel_guests(g: Gen) -> Table:
    """A Thai hotel's guest register (Thai-script column names and values)."""
    people = [(g.rnd.choice(v.TH_GIVEN), g.rnd.choice(v.TH_FAMILY)) for _ in range(g.rows)]
    front = v.pick_staff(g, lambda x: x.rnd.choice(v.TH_GIVEN)[0], 5)
    return Table("rongraem.ทะเบียนผู้เข้าพัก", "th", "native", [
        c("เลขที่จอง", N, "VARCHAR", g.col(lambda: g.code("BK99999999")), "decoy", SHAPE, NATIVE),
        c("ชื่อ", "first_name", "VARCHAR", [p[0][0] for p in people], NATIVE),
        c("นามสกุล", "last_name", "VARCHAR", [p[1] for p in people], NATIVE),
        c("เลขบัตรประชาชน", "national_id", "VARCHAR", g.col(lambda: v.th_pin(g), 0.1), NATIVE),
        c("วันเกิด", "date_of_birth", "VARCHAR", [v.th_birth(d) for d in g.births(1950, 2005)], NATIVE),
        c("เบอร์โทร", "phone", "VARCHAR", g.phones("TH", {"national": 0.7, "digits": 0.3}, 1.0), NATIVE),
        c("อีเมล", "email", "VARCHAR", g.col(lambda: f"{g.code('AAAAA').lower()}{g.rnd.randint(1, 999)}@"
                                                     f"{g.rnd.choice(['hotmail.com', 'gmail.com', 'outlook.co.th'])}",
                                       0.4), NATIVE),
        c("ห้อง", N, "INTEGER", g.ints(101, 920), "decoy", NATIVE),
        c("วันเช็คอิน", N, "DATE", g.days("2025-06-01", "2026-01-31"), "decoy", NATIVE),
        c("จำนวนคืน", N, "INTEGER", g.ints(1, 7), "decoy", NATIVE),
        c("ราคารวม_บาท", N, "DOUBLE", g.amounts(1_200, 28_000), "decoy", NATIVE),
        c("สัญชาติ", N, "VARCHAR", g.col(g.pick(["ไทย", "ไทย", "ไทย", "ลาว", "เมียนมา"])), "decoy", NATIVE),
        c("พนักงานต้อนรับ", "first_name", "VARCHAR", g.col(g.pick(front)), STAFF, NATIVE),
        c("หมายเหตุ", "free_text", "VARCHAR",
          g.col(lambda: g.rnd.choice(["ขอเตียงเสริม", (f"ผู้ติดต่อ {g.rnd.choice(v.TH_GIVEN)[0]} "
                                                       f"{g.phone('TH', 'national')}"), "เช็คเอาท์สาย"]), 0.7),
          HEAVY, NATIVE),
    ])


def id_wallet_users(g: Gen) -> Table:
    """An Indonesian e-wallet's users (Indonesian column names)."""
    births = g.births(1960, 2006)
    women = [g.rnd.random() < 0.5 for _ in range(g.rows)]
    cities = [g.rnd.choice(v.ID_CITIES) for _ in range(g.rows)]
    names = [(g.rnd.choice(v.ID_GIVEN), g.rnd.choice(v.ID_FAMILY)) for _ in range(g.rows)]
    return Table("dompet.pengguna", "id", "snake", [
        c("id_pengguna", N, "BIGINT", g.keys(7_000_001, 7), "decoy", KEY),
        c("nama_lengkap", "person_name", "VARCHAR", [f"{a} {b}" for a, b in names]),
        c("nik", "national_id", "VARCHAR", [v.id_nik(g, cty[1], d, w) if g.rnd.random() < 0.7 else None
                                            for cty, d, w in zip(cities, births, women, strict=True)]),
        c("tgl_lahir", "date_of_birth", "DATE", births, "abbrev"),
        c("no_hp", "phone", "VARCHAR", g.phones("ID", {"digits": 0.5, "e164": 0.5}, 1.0), "abbrev"),
        c("email", "email", "VARCHAR", [f"{a.lower()}.{b.lower()}{g.rnd.randint(1, 99)}@gmail.com"
                                         if g.rnd.random() < 0.6 else None for a, b in names]),
        c("alamat", "street_address", "VARCHAR", g.col(lambda: v.id_street(g), 0.2)),
        c("kode_pos", "postal_code", "VARCHAR", [f"{cty[2]}{g.digits(3)}" for cty in cities]),
        c("kota", "city", "VARCHAR", [cty[0] for cty in cities]),
        c("nama_ibu_kandung", "person_name", "VARCHAR",
          g.col(lambda: f"{g.rnd.choice(['Siti', 'Dewi', 'Sri', 'Ratna'])} {g.rnd.choice(v.ID_FAMILY)}", 0.65),
          HEAVY),
        c("saldo_rp", N, "BIGINT", g.col(lambda: g.rnd.randint(0, 5_000) * 1_000), "decoy"),
        c("status_kyc", N, "VARCHAR", g.col(g.pick(["BASIC", "PREMIUM", "PENDING", "DITOLAK"])), "decoy"),
        c("pin_hash", N, "VARCHAR", g.col(g.sha256), "decoy", CREDENTIAL),
        c("device_id", N, "VARCHAR", g.col(g.uuid), "decoy", SHAPE),
        c("ip_terakhir", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25))),
        c("username", USERNAME, "VARCHAR", [f"{a.lower()}{b[:3].lower()}{g.rnd.randint(1, 99)}" for a, b in names],
          USER),
        c("kode_referal", N, "VARCHAR", g.col(lambda: g.code("ZZZZZZ")), "decoy", SHAPE),
        c("dibuat_pada", N, "TIMESTAMP", g.moments("2020-01-01", "2026-01-31"), "decoy"),
    ])


def ph_telco_sims(g: Gen) -> Table:
    """A Philippine telco's SIM registrations (English column names)."""
    cities = [g.rnd.choice(v.PH_CITIES) for _ in range(g.rows)]
    return Table("telco.sim_registration", "en", "snake", [
        c("reg_ref", N, "VARCHAR", g.col(lambda: g.code("SR-99999999")), "decoy", SHAPE),
        c("msisdn", "phone", "VARCHAR", g.phones("PH", {"e164": 0.6, "digits": 0.4}, 1.0), "abbrev"),
        c("first_name", "first_name", "VARCHAR", g.col(g.pick(v.PH_GIVEN))),
        c("last_name", "last_name", "VARCHAR", g.col(g.pick(v.PH_FAMILY))),
        c("mothers_maiden_surname", "last_name", "VARCHAR", g.col(g.pick(v.PH_FAMILY), 0.6), HEAVY),
        c("birthdate", "date_of_birth", "INTEGER", [_dob_int(d) for d in g.births(1950, 2008)]),
        c("address_line", "street_address", "VARCHAR", g.col(lambda: v.ph_street(g))),
        c("city_municipality", "city", "VARCHAR", [cty[0] for cty in cities]),
        c("zip_code", "postal_code", "VARCHAR", [cty[1] for cty in cities]),
        c("province", N, "VARCHAR", g.col(g.pick(["Metro Manila", "Cebu", "Davao del Sur", "Iloilo", "Benguet"])),
          "decoy"),
        c("id_type", N, "VARCHAR", g.col(g.pick(["PhilSys", "UMID", "Driver's License", "Passport"])), "decoy"),
        c("iccid", N, "VARCHAR", g.col(lambda: v.iccid(g)), "decoy", SHAPE),
        c("imei", N, "VARCHAR", g.col(lambda: v.imei(g), 0.2), "decoy", SHAPE),
        c("load_balance_php", N, "DOUBLE", g.amounts(0, 2_000), "decoy"),
        c("promo_plan", N, "VARCHAR", g.col(g.pick(["GoSURF50", "UnliTxt20", "Postpaid 999", "TNT Sakto"])), "decoy"),
        c("registered_at", N, "TIMESTAMP", g.moments("2023-04-01", "2026-01-31"), "decoy"),
        c("selfie_sha1", N, "VARCHAR", g.col(lambda: v.sha1(g)), "decoy", SHAPE),
        c("alt_contact", "phone", "VARCHAR", g.phones("PH", {"national": 1.0}, 1.0, 0.8), HEAVY),
        c("dealer_code", N, "VARCHAR", g.col(lambda: g.code("DLR-9999")), "decoy"),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (jp_ec_members, 1_200), (jp_hr_shain, 420), (kr_delivery_orders, 1_500), (kr_univ_students, 650),
    (cn_tea_members, 1_100), (cn_courier_waybills, 1_300), (tw_clinic_patients, 380), (hk_gym_members, 300),
    (in_insurer_policies, 700), (in_school_pupils, 520), (vn_bank_customers, 900), (th_hotel_guests, 260),
    (id_wallet_users, 1_050), (ph_telco_sims, 800),
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

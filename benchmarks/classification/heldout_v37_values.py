"""Values of held-out set v37 (:mod:`benchmarks.classification.heldout_v37`): v37's random source, names (in kanji,
kana, Hangul, Hanzi, Devanagari, Thai script and romanized), streets, cities, postal codes and companies written by
hand for v37 (no Faker, no list of real people), phones checked with phonenumbers and identifiers with check digits
computed and checked with python-stdnum (the Taiwanese ID and the HKID, which python-stdnum lacks, by their published
check-digit rules, implemented here).

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module; the lists below are new.
"""

from __future__ import annotations

import hashlib
import random
import string
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import phonenumbers
from stdnum import luhn
from stdnum.cn import ric as _ric
from stdnum.id import nik as _nik
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import pan as _pan
from stdnum.jp import in_ as _mynumber
from stdnum.kr import rrn as _rrn
from stdnum.th import pin as _thpin

from benchmarks.classification.heldout_v2 import Column

SEED = 37_402_2026
N = "none"
#: a login or public display handle (review, as in v5 to v35)
USERNAME = "unclassified"
#: NULL-like strings of v37's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "?", "なし", "無し", "ー", "없음",
    "无", "無", "-/-", "tidak ada", "không có", "ไม่มี", "कोई नहीं", "na", "0")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v37:{SEED}:{table}")

    # -- columns
    def col(self, make: Callable[[], Any], null: float = 0.0) -> list[Any]:
        return [None if self.rnd.random() < null else make() for _ in range(self.rows)]

    def pick(self, choices: list[Any]) -> Callable[[], Any]:
        return lambda: self.rnd.choice(choices)

    def sparse(self, make: Callable[[], Any], share: float, words: tuple[str, ...]) -> list[Any]:
        """``share`` of the rows a NULL word (or an empty string), the rest ``make()``."""
        return [self.rnd.choice(words) if self.rnd.random() < share else make() for _ in range(self.rows)]

    def keys(self, start: int, step: int = 1) -> list[int]:
        return [start + i * step for i in range(self.rows)]

    def ints(self, lo: int, hi: int, null: float = 0.0) -> list[Any]:
        return self.col(lambda: self.rnd.randint(lo, hi), null)

    def amounts(self, lo: float, hi: float) -> list[float]:
        return [round(self.rnd.uniform(lo, hi), 2) for _ in range(self.rows)]

    def floats(self, lo: float, hi: float, digits: int) -> list[float]:
        return [round(self.rnd.uniform(lo, hi), digits) for _ in range(self.rows)]

    def yn(self, yes: Any, no: Any, p: float) -> list[Any]:
        return [yes if self.rnd.random() < p else no for _ in range(self.rows)]

    def day(self, lo: str, hi: str) -> date:
        a, b = date.fromisoformat(lo), date.fromisoformat(hi)
        return a + timedelta(days=self.rnd.randint(0, (b - a).days))

    def days(self, lo: str, hi: str, null: float = 0.0) -> list[Any]:
        return self.col(lambda: self.day(lo, hi), null)

    def moment(self, lo: str, hi: str) -> datetime:
        return datetime.combine(self.day(lo, hi), datetime.min.time()) + timedelta(seconds=self.rnd.randint(
            0, 86_399))

    def moments(self, lo: str, hi: str, null: float = 0.0) -> list[Any]:
        return self.col(lambda: self.moment(lo, hi), null)

    def birth(self, lo: int, hi: int) -> date:
        return self.day(f"{lo}-01-01", f"{hi}-12-31")

    def births(self, lo: int, hi: int) -> list[date]:
        return [self.birth(lo, hi) for _ in range(self.rows)]

    # -- shapes
    def digits(self, n: int, alphabet: str = string.digits) -> str:
        return "".join(self.rnd.choice(alphabet) for _ in range(n))

    def code(self, layout: str) -> str:
        """``9`` a digit, ``A`` an upper-case letter, ``Z`` either, ``x`` a hex digit; anything else is kept."""
        out = []
        for ch in layout:
            if ch == "9":
                out.append(self.rnd.choice(string.digits))
            elif ch == "A":
                out.append(self.rnd.choice(string.ascii_uppercase))
            elif ch == "Z":
                out.append(self.rnd.choice(string.digits + string.ascii_uppercase))
            elif ch == "x":
                out.append(self.rnd.choice("0123456789abcdef"))
            else:
                out.append(ch)
        return "".join(out)

    def valid(self, make: Callable[[], str], ok: Callable[[str], bool]) -> str:
        for _ in range(20_000):
            value = make()
            if ok(value):
                return value
        raise RuntimeError("no valid value")

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rnd.getrandbits(128), version=4))

    def sha256(self) -> str:
        return hashlib.sha256(str(self.rnd.random()).encode()).hexdigest()

    def md5(self) -> str:
        return hashlib.md5(str(self.rnd.random()).encode(), usedforsecurity=False).hexdigest()

    def version(self) -> str:
        return f"{self.rnd.randint(1, 9)}.{self.rnd.randint(0, 24)}.{self.rnd.randint(0, 40)}"

    def ipv4(self) -> str:
        first = self.rnd.choice([23, 45, 67, 69, 70, 75, 76, 96, 97, 100, 136, 162, 173, 199, 209])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2600", "2601", "2602", "2604", "2a02"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(7))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        keep = max(len(nsn) - 7, 1) if region == "US" else max(len(nsn) - 6, 1)

        def make() -> str:
            if region == "US":
                return self.rnd.choice(["206", "503", "208", "406", "801", "303", "505", "617", "207", "802"]) + \
                    str(self.rnd.randint(2, 9)) + self.digits(6)
            return nsn[:keep] + self.digits(len(nsn) - keep)

        def ok(candidate: str) -> bool:
            return phonenumbers.is_valid_number(phonenumbers.parse(f"+{example.country_code}{candidate}"))

        number = phonenumbers.parse(f"+{example.country_code}{self.valid(make, ok)}")
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if fmt == "digits":
            return "".join(ch for ch in national if ch.isdigit())
        if fmt == "dashes":
            d = "".join(ch for ch in national if ch.isdigit())
            return f"{d[:3]}-{d[3:6]}-{d[6:]}" if region == "US" else national
        if fmt == "dots":
            d = "".join(ch for ch in national if ch.isdigit())
            return f"{d[:3]}.{d[3:6]}.{d[6:]}" if region == "US" else national
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


def pick_staff(g: Gen, make: Callable[[Gen], Any], n: int) -> list[Any]:
    out: list[Any] = []
    while len(out) < n:
        x = make(g)
        if x not in out:
            out.append(x)
    return out


# -- Japan -------------------------------------------------------------------------------------------------------------

#: (family kanji, family kana, family romaji)
JP_FAMILY = [("高橋", "タカハシ", "Takahashi"), ("渡部", "ワタベ", "Watabe"), ("小野寺", "オノデラ", "Onodera"),
             ("菅原", "スガワラ", "Sugawara"), ("野口", "ノグチ", "Noguchi"), ("松永", "マツナガ", "Matsunaga"),
             ("岩崎", "イワサキ", "Iwasaki"), ("千葉", "チバ", "Chiba"), ("久保田", "クボタ", "Kubota"),
             ("石川", "イシカワ", "Ishikawa"), ("大塚", "オオツカ", "Otsuka"), ("新井", "アライ", "Arai"),
             ("早川", "ハヤカワ", "Hayakawa"), ("堀内", "ホリウチ", "Horiuchi")]
#: (given kanji, given kana, given romaji, female)
JP_GIVEN = [("翔太", "ショウタ", "Shota", False), ("健一", "ケンイチ", "Kenichi", False), ("大輔", "ダイスケ", "Daisuke", False),
            ("拓海", "タクミ", "Takumi", False), ("浩二", "コウジ", "Koji", False), ("悠真", "ユウマ", "Yuma", False),
            ("美咲", "ミサキ", "Misaki", True), ("由美子", "ユミコ", "Yumiko", True), ("彩花", "アヤカ", "Ayaka", True),
            ("真理", "マリ", "Mari", True), ("陽菜", "ヒナ", "Hina", True), ("恵子", "ケイコ", "Keiko", True)]
#: (prefecture, city, postal lead)
JP_PLACES = [("北海道", "札幌市中央区", "060"), ("宮城県", "仙台市青葉区", "980"), ("埼玉県", "川口市", "332"),
             ("神奈川県", "藤沢市", "251"), ("静岡県", "浜松市中央区", "430"), ("愛知県", "豊橋市", "440"),
             ("京都府", "京都市左京区", "606"), ("兵庫県", "姫路市", "670"), ("広島県", "福山市", "720"),
             ("福岡県", "北九州市小倉北区", "802"), ("熊本県", "熊本市東区", "862"), ("新潟県", "長岡市", "940")]
JP_TOWNS = ["本町", "緑町", "栄町", "旭町", "中島", "若葉", "桜台", "東雲", "松ケ丘", "西新町"]
JP_BUILDINGS = ["", "", " コーポ桜201", " グランハイツ305", " メゾン緑 102", "-1203"]
JP_ERAS = [("昭和", 1926), ("平成", 1989)]


def jp_person(g: Gen) -> tuple[str, str, str, str, str, str, bool]:
    """(family kanji, given kanji, family kana, given kana, family romaji, given romaji, female)."""
    f, gv = g.rnd.choice(JP_FAMILY), g.rnd.choice(JP_GIVEN)
    return f[0], gv[0], f[1], gv[1], f[2], gv[2], gv[3]


def jp_address(g: Gen, town: bool = False) -> str:
    """``town``: the part after the city (town, chome, ban, go, building), else the whole address."""
    rest = f"{g.rnd.choice(JP_TOWNS)}{g.rnd.randint(1, 6)}丁目{g.rnd.randint(1, 28)}-{g.rnd.randint(1, 20)}" + \
        g.rnd.choice(JP_BUILDINGS)
    if town:
        return rest
    pref, city, _ = g.rnd.choice(JP_PLACES)
    return f"{pref}{city}{rest}"


def jp_postal(g: Gen, lead: str) -> str:
    return f"{lead}-{g.digits(4)}"


def jp_era(born: date) -> str:
    """``昭和59年3月12日`` (Showa to 1989-01-07, Heisei after)."""
    name, start = ("平成", 1988) if born >= date(1989, 1, 8) else ("昭和", 1925)
    year = born.year - start
    return f"{name}{'元' if year == 1 else year}年{born.month}月{born.day}日"


def my_number(g: Gen) -> str:
    body = g.digits(11)
    number = body + _mynumber.calc_check_digit(body)
    assert _mynumber.is_valid(number)
    return number


# -- Korea -------------------------------------------------------------------------------------------------------------

KR_FAMILY = [("김", "Kim"), ("이", "Lee"), ("박", "Park"), ("정", "Jung"), ("윤", "Yoon"), ("한", "Han"),
             ("오", "Oh"), ("서", "Seo"), ("신", "Shin"), ("권", "Kwon"), ("황", "Hwang"), ("안", "Ahn")]
#: (given Hangul, romanized, female)
KR_GIVEN = [("민준", "Min-jun", False), ("지훈", "Ji-hoon", False), ("현우", "Hyun-woo", False), ("도윤", "Do-yoon", False),
            ("성민", "Sung-min", False), ("재원", "Jae-won", False), ("서연", "Seo-yeon", True), ("지은", "Ji-eun", True),
            ("수빈", "Su-bin", True), ("하은", "Ha-eun", True), ("예진", "Ye-jin", True), ("유나", "Yu-na", True)]
#: (city / district, postal lead 2 digits)
KR_PLACES = [("서울특별시 마포구", "04"), ("서울특별시 송파구", "05"), ("부산광역시 해운대구", "48"),
             ("대구광역시 수성구", "42"), ("인천광역시 연수구", "21"), ("광주광역시 북구", "61"),
             ("대전광역시 유성구", "34"), ("경기도 성남시 분당구", "13"), ("경기도 수원시 영통구", "16")]
KR_CITIES = {"04": "서울", "05": "서울", "48": "부산", "42": "대구", "21": "인천", "61": "광주", "34": "대전",
             "13": "성남", "16": "수원"}
KR_ROADS = ["월드컵북로", "올림픽로", "해운대로", "달구벌대로", "컨벤시아대로", "첨단과기로", "대학로", "판교역로",
            "광교중앙로", "양화로"]


def kr_person(g: Gen) -> tuple[str, str, str, str, bool]:
    """(family Hangul, given Hangul, family romanized, given romanized, female)."""
    f, gv = g.rnd.choice(KR_FAMILY), g.rnd.choice(KR_GIVEN)
    return f[0], gv[0], f[1], gv[1], gv[2]


def kr_address(g: Gen, place: tuple[str, str] | None = None) -> str:
    place = place or g.rnd.choice(KR_PLACES)
    road = f"{place[0]} {g.rnd.choice(KR_ROADS)} {g.rnd.randint(1, 400)}"
    return road + g.rnd.choice(["", "", f", {g.rnd.randint(101, 120)}동 {g.rnd.randint(1, 25)}0{g.rnd.randint(1, 6)}호",
                                f" {g.rnd.randint(2, 9)}층"])


def kr_rrn(g: Gen, born: date, female: bool, dashed: bool = True) -> str:
    """A resident registration number encoding ``born`` and the sex (check digit: python-stdnum)."""
    sex = (4 if female else 3) if born.year >= 2000 else (2 if female else 1)

    def make() -> str:
        body = born.strftime("%y%m%d") + str(sex) + g.digits(5)
        return body + _rrn.calc_check_digit(body)

    number = g.valid(make, _rrn.is_valid)
    return f"{number[:6]}-{number[6:]}" if dashed else number


# -- China, Taiwan, Hong Kong ------------------------------------------------------------------------------------------

CN_FAMILY = [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"),
             ("赵", "Zhao"), ("黄", "Huang"), ("周", "Zhou"), ("吴", "Wu"), ("徐", "Xu"), ("孙", "Sun"),
             ("郭", "Guo"), ("何", "He")]
CN_GIVEN = [("子涵", "Zihan"), ("浩然", "Haoran"), ("雨桐", "Yutong"), ("梓轩", "Zixuan"), ("欣怡", "Xinyi"),
            ("建国", "Jianguo"), ("秀英", "Xiuying"), ("志强", "Zhiqiang"), ("丽娟", "Lijuan"), ("俊杰", "Junjie"),
            ("佳琪", "Jiaqi"), ("文博", "Wenbo")]
#: (province, city, district, postal lead 4 digits, 6-digit area code of the resident identity number)
CN_PLACES = [("广东省", "深圳市", "南山区", "5180", "440305"), ("浙江省", "杭州市", "西湖区", "3100", "330106"),
             ("福建省", "厦门市", "思明区", "3610", "350203"), ("江苏省", "南京市", "鼓楼区", "2100", "320106"),
             ("湖北省", "武汉市", "洪山区", "4300", "420111"), ("山东省", "青岛市", "市南区", "2660", "370202"),
             ("上海市", "上海市", "徐汇区", "2000", "310104"), ("北京市", "北京市", "海淀区", "1000", "110108")]
CN_ROADS = ["科技园路", "文三路", "中山北路", "珞喻路", "香港中路", "漕溪北路", "中关村大街", "建设路",
            "解放大道"]


def cn_person(g: Gen) -> tuple[str, str, str, str]:
    """(family Hanzi, given Hanzi, family pinyin, given pinyin)."""
    f, gv = g.rnd.choice(CN_FAMILY), g.rnd.choice(CN_GIVEN)
    return f[0], gv[0], f[1], gv[1]


def cn_street(g: Gen, place: tuple[str, str, str, str, str] | None = None, full: bool = True) -> str:
    p = place or g.rnd.choice(CN_PLACES)
    rest = f"{g.rnd.choice(CN_ROADS)}{g.rnd.randint(1, 999)}号" + g.rnd.choice(
        ["", f"{g.rnd.randint(1, 30)}栋{g.rnd.randint(1, 3)}单元{g.rnd.randint(1, 32)}0{g.rnd.randint(1, 4)}室",
         f"{g.rnd.choice(['阳光', '锦绣', '华府', '翠苑'])}小区{g.rnd.randint(1, 20)}幢"])
    return f"{p[0]}{p[1] if p[1] != p[0] else ''}{p[2]}{rest}" if full else rest


def cn_ric(g: Gen, area: str, born: date, female: bool) -> str:
    """A resident identity number (area, birth date, sex in the 17th digit; check: python-stdnum)."""
    seq = g.digits(2) + str(g.rnd.choice([0, 2, 4, 6, 8]) if female else g.rnd.choice([1, 3, 5, 7, 9]))
    body = area + born.strftime("%Y%m%d") + seq
    number = body + _ric.calc_check_digit(body + "0")
    assert _ric.is_valid(number), "ric"
    return number


TW_FAMILY = ["陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊", "許", "鄭"]
TW_GIVEN = ["志明", "淑芬", "家豪", "怡君", "俊宏", "雅婷", "建宏", "美玲", "冠宇", "佩珊"]
#: (city, district, 3-digit postal code, ID letter)
TW_PLACES = [("臺北市", "大安區", "106", "A"), ("臺北市", "士林區", "111", "A"), ("新北市", "板橋區", "220", "F"),
             ("臺中市", "西屯區", "407", "B"), ("臺南市", "東區", "701", "D"), ("高雄市", "苓雅區", "802", "E"),
             ("桃園市", "中壢區", "320", "H"), ("新竹市", "東區", "300", "O")]
TW_ROADS = ["復興南路一段", "中山北路五段", "文化路二段", "台灣大道三段", "大學路", "四維三路", "中華路一段", "光復路二段"]
TW_LETTERS = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36), strict=True))


def tw_id_valid(number: str) -> bool:
    """The Taiwanese national ID check (letter + sex digit + 7 digits + check digit)."""
    if len(number) != 10 or number[0] not in TW_LETTERS or not number[1:].isdigit() or number[1] not in "12":
        return False
    code = TW_LETTERS[number[0]]
    total = code // 10 + (code % 10) * 9 + sum(int(d) * w for d, w in zip(number[1:9], range(8, 0, -1), strict=True))
    return (total + int(number[9])) % 10 == 0


def tw_id(g: Gen, letter: str, female: bool) -> str:
    body = letter + ("2" if female else "1") + g.digits(7)
    number = next(body + str(d) for d in range(10) if tw_id_valid(body + str(d)))
    return number


def tw_street(g: Gen, place: tuple[str, str, str, str]) -> str:
    return (f"{place[0]}{place[1]}{g.rnd.choice(TW_ROADS)}{g.rnd.randint(1, 300)}號"
            + g.rnd.choice(["", f"{g.rnd.randint(2, 15)}樓", f"{g.rnd.randint(1, 9)}樓之{g.rnd.randint(1, 5)}"]))


HK_SURNAMES = [("陳", "Chan"), ("李", "Lee"), ("張", "Cheung"), ("黃", "Wong"), ("何", "Ho"), ("梁", "Leung"),
               ("林", "Lam"), ("吳", "Ng"), ("鄧", "Tang"), ("麥", "Mak")]
HK_GIVEN = [("嘉欣", "Ka Yan"), ("志偉", "Chi Wai"), ("詠詩", "Wing Sze"), ("家樂", "Ka Lok"), ("美琪", "Mei Kei"),
            ("俊傑", "Chun Kit"), ("凱琳", "Hoi Lam"), ("浩明", "Ho Ming")]
HK_WESTERN = ["Kelvin", "Cherry", "Ivan", "Winnie", "Marco", "Fiona", "Jason", "Queenie"]
HK_ADDRESSES = ["Flat {f}, {fl}/F, Block {b}, Taikoo Shing, Quarry Bay", ("Flat {f}, {fl}/F, Tower {b}, Laguna Verde, "
                "Hung Hom"), "Room {r}, {fl}/F, Wing Fat Building, Tai Po", ("Flat {f}, {fl}/F, Mei Foo Sun Chuen "
                "Stage {b}, Lai Chi Kok"), "{fl}/F, {n} Castle Peak Road, Tsuen Wan", ("Flat {f}, {fl}/F, Kornhill "
                "Block {b}, Quarry Bay"), "Flat {f}, {fl}/F, Sceneway Garden Block {b}, Lam Tin"]


def hk_address(g: Gen) -> str:
    return g.rnd.choice(HK_ADDRESSES).format(f=g.rnd.choice("ABCDEFGH"), fl=g.rnd.randint(2, 48),
                                             b=g.rnd.randint(1, 12), r=g.rnd.randint(101, 1510),
                                             n=g.rnd.randint(10, 600))


def hkid_valid(number: str) -> bool:
    """The HKID check (one or two letters, six digits, check digit or ``A`` in brackets)."""
    text = number.replace("(", "").replace(")", "")
    if not (8 <= len(text) <= 9) or not text[-7:-1].isdigit() or not text[:-7].isalpha():
        return False
    letters = text[:-7]
    values = ([36] if len(letters) == 1 else []) + [ord(ch) - 55 for ch in letters]
    total = sum(v * w for v, w in zip(values, (9, 8), strict=True))
    total += sum(int(d) * w for d, w in zip(text[-7:-1], range(7, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    return text[-1] == ("A" if check == 10 else str(check))


def hkid(g: Gen) -> str:
    letter = g.rnd.choice("ACDEGKPRVYZ")
    body = letter + g.digits(6)
    number = next(body + d for d in "0123456789A" if hkid_valid(body + d))
    return f"{number[:-1]}({number[-1]})"


# -- India -------------------------------------------------------------------------------------------------------------

#: (Latin, Devanagari, female)
IN_GIVEN = [("Rakesh", "राकेश", False), ("Sunil", "सुनील", False), ("Abhishek", "अभिषेक", False),
            ("Vivek", "विवेक", False), ("Naveen", "नवीन", False), ("Mahesh", "महेश", False),
            ("Pooja", "पूजा", True), ("Anjali", "अंजलि", True), ("Neha", "नेहा", True), ("Sunita", "सुनीता", True),
            ("Ritu", "रितु", True), ("Meenakshi", "मीनाक्षी", True)]
IN_FAMILY = [("Sharma", "शर्मा"), ("Verma", "वर्मा"), ("Yadav", "यादव"), ("Gupta", "गुप्ता"), ("Mishra", "मिश्रा"),
             ("Chauhan", "चौहान"), ("Tiwari", "तिवारी"), ("Saxena", "सक्सेना"), ("Agarwal", "अग्रवाल"),
             ("Pandey", "पांडे"), ("Kulkarni", "कुलकर्णी"), ("Reddy", "रेड्डी")]
#: (city Latin, city Devanagari, state, PIN lead 3 digits)
IN_PLACES = [("Lucknow", "लखनऊ", "Uttar Pradesh", "226"), ("Jaipur", "जयपुर", "Rajasthan", "302"),
             ("Indore", "इंदौर", "Madhya Pradesh", "452"), ("Patna", "पटना", "Bihar", "800"),
             ("Nagpur", "नागपुर", "Maharashtra", "440"), ("Bhopal", "भोपाल", "Madhya Pradesh", "462"),
             ("Kanpur", "कानपुर", "Uttar Pradesh", "208"), ("Pune", "पुणे", "Maharashtra", "411"),
             ("Hyderabad", "हैदराबाद", "Telangana", "500")]
IN_STREETS = ["Gomti Nagar", "Malviya Nagar", "Vijay Nagar", "Boring Road", "Civil Lines", "Arera Colony",
              "Kidwai Nagar", "Kothrud", "Banjara Hills"]
IN_STREETS_HI = ["गोमती नगर", "मालवीय नगर", "विजय नगर", "बोरिंग रोड", "सिविल लाइंस", "अरेरा कॉलोनी", "किदवई नगर"]


def in_person(g: Gen, hindi: bool = False) -> tuple[str, str, bool]:
    gv, f = g.rnd.choice(IN_GIVEN), g.rnd.choice(IN_FAMILY)
    return (gv[1], f[1], gv[2]) if hindi else (gv[0], f[0], gv[2])


def in_street(g: Gen, hindi: bool = False) -> str:
    if hindi:
        return f"मकान नं. {g.rnd.randint(1, 450)}, {g.rnd.choice(IN_STREETS_HI)}"
    return g.rnd.choice([f"H.No. {g.rnd.randint(1, 450)}, {g.rnd.choice(IN_STREETS)}",
                         f"{g.rnd.randint(1, 99)}/{g.rnd.randint(1, 40)}, {g.rnd.choice(IN_STREETS)}",
                         f"Flat {g.rnd.randint(101, 904)}, Sai Residency, {g.rnd.choice(IN_STREETS)}"])


def aadhaar(g: Gen, spaced: bool = True) -> str:
    def make() -> str:
        body = str(g.rnd.randint(2, 9)) + g.digits(10)
        return body + _aadhaar.verhoeff.calc_check_digit(body)

    number = g.valid(make, _aadhaar.is_valid)
    return f"{number[:4]} {number[4:8]} {number[8:]}" if spaced else number


def pan(g: Gen, last: str) -> str:
    """A person's PAN (4th letter ``P``, 5th the initial of the family name)."""
    number = g.code("AAA") + "P" + last[0].upper() + g.code("9999A")
    assert _pan.is_valid(number)
    return number


# -- Vietnam, Thailand, Indonesia, the Philippines, Singapore ----------------------------------------------------------

VN_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"]
VN_MIDDLE = ["Văn", "Thị", "Minh", "Đức", "Ngọc", "Thanh", "Quốc", "Thu"]
VN_GIVEN = ["Hùng", "Lan", "Tuấn", "Hương", "Dũng", "Mai", "Khoa", "Phương", "Long", "Thảo"]
#: (city, province code of the CCCD)
VN_CITIES = [("Hà Nội", "001"), ("TP. Hồ Chí Minh", "079"), ("Đà Nẵng", "048"), ("Hải Phòng", "031"),
             ("Cần Thơ", "092"), ("Huế", "046")]
VN_STREETS = ["Lê Lợi", "Trần Hưng Đạo", "Nguyễn Trãi", "Hai Bà Trưng", "Điện Biên Phủ", "Lý Thường Kiệt"]


def vn_name(g: Gen) -> str:
    return f"{g.rnd.choice(VN_FAMILY)} {g.rnd.choice(VN_MIDDLE)} {g.rnd.choice(VN_GIVEN)}"


def vn_street(g: Gen) -> str:
    return g.rnd.choice([f"Số {g.rnd.randint(1, 300)} {g.rnd.choice(VN_STREETS)}, Phường {g.rnd.randint(1, 15)}",
                         (f"{g.rnd.randint(1, 99)}/{g.rnd.randint(1, 40)} {g.rnd.choice(VN_STREETS)}, Quận "
                         f"{g.rnd.randint(1, 12)}"), f"Ngõ {g.rnd.randint(1, 200)} {g.rnd.choice(VN_STREETS)}"])


def vn_cccd(g: Gen, province: str, born: date, female: bool) -> str:
    """A CCCD: province code, century-and-sex digit, two-digit year, six random digits (no check digit)."""
    century = (born.year // 100) - 19
    return province + str(century * 2 + (1 if female else 0)) + f"{born.year % 100:02d}" + g.digits(6)


TH_GIVEN = [("สมชาย", False), ("ประเสริฐ", False), ("วิชัย", False), ("ธนากร", False), ("สุดารัตน์", True),
            ("มาลี", True), ("พรทิพย์", True), ("กาญจนา", True)]
TH_FAMILY = ["ศรีสุข", "แสงทอง", "วงศ์ใหญ่", "บุญมา", "ทองดี", "จันทร์เพ็ญ", "รัตนพันธ์", "สุขสวัสดิ์"]
TH_MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]


def th_pin(g: Gen) -> str:
    body = str(g.rnd.randint(1, 8)) + g.digits(11)
    number = body + _thpin.calc_check_digit(body)
    assert _thpin.is_valid(number)
    return f"{number[0]}-{number[1:5]}-{number[5:10]}-{number[10:12]}-{number[12]}"


def th_birth(born: date) -> str:
    """``12 มี.ค. 2527`` (Buddhist era)."""
    return f"{born.day} {TH_MONTHS[born.month - 1]} {born.year + 543}"


ID_GIVEN = ["Budi", "Agus", "Rizky", "Dedi", "Siti", "Dewi", "Putri", "Ayu", "Fajar", "Indah", "Wahyu", "Rina"]
ID_FAMILY = ["Santoso", "Wijaya", "Saputra", "Kusuma", "Hidayat", "Nugroho", "Lestari", "Pratama", "Setiawan",
             "Rahmawati"]
#: (city, 6-digit region code of the NIK, postal lead 2 digits)
ID_CITIES = [("Jakarta Selatan", "317101", "12"), ("Bandung", "327301", "40"), ("Surabaya", "357801", "60"),
             ("Medan", "127101", "20"), ("Semarang", "337401", "50"), ("Makassar", "737101", "90"),
             ("Yogyakarta", "347101", "55")]
ID_STREETS = ["Jl. Merdeka", "Jl. Sudirman", "Jl. Diponegoro", "Jl. Gatot Subroto", "Jl. Pahlawan", "Gg. Mawar",
              "Jl. Kenanga"]


def id_street(g: Gen) -> str:
    return (f"{g.rnd.choice(ID_STREETS)} No. {g.rnd.randint(1, 150)}"
            + g.rnd.choice(["", f" RT {g.rnd.randint(1, 12):02d}/RW {g.rnd.randint(1, 9):02d}", " Blok C"]))


def id_nik(g: Gen, region: str, born: date, female: bool) -> str:
    """A NIK: region, birth date (day + 40 for women) and a sequence (python-stdnum checks it)."""
    day = born.day + (40 if female else 0)

    def make() -> str:
        return f"{region}{day:02d}{born.month:02d}{born.year % 100:02d}{g.rnd.randint(1, 9999):04d}"

    return g.valid(make, _nik.is_valid)


PH_GIVEN = ["Jose", "Mark Anthony", "Jericho", "Rodel", "Maria Cristina", "Jocelyn", "Rowena", "Mary Grace", "Princess",
            "Joshua"]
PH_FAMILY = ["Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Mendoza", "Castillo", "Aquino", "Manalo",
             "Pangilinan"]
#: (city, ZIP)
PH_CITIES = [("Quezon City", "1100"), ("Makati", "1226"), ("Cebu City", "6000"), ("Davao City", "8000"),
             ("Pasig", "1600"), ("Iloilo City", "5000"), ("Baguio", "2600")]
PH_STREETS = ["Brgy. San Roque, Purok 3", "Brgy. Kamuning, Kamias Rd", "Brgy. Lahug, Gorordo Ave",
              "Brgy. Poblacion, Rizal St", "Brgy. Ugong, Mercedes Ave", "Brgy. Jaro, Lopez Jaena St"]


def ph_street(g: Gen) -> str:
    return f"{g.rnd.choice(['Blk', 'Lot', '#'])} {g.rnd.randint(1, 90)} {g.rnd.choice(PH_STREETS)}"


SG_NAMES = ["Tan Wei Ming", "Lim Hui Ling", "Muhammad Faizal bin Rahman", "Nur Aisyah binte Ismail",
            "Rajesh s/o Krishnan", "Priya d/o Subramaniam", "Goh Kok Leong", "Ong Mei Xuan", "Chua Boon Heng",
            "Siti Nurhaliza binte Osman", "Daniel Koh", "Rachel Teo"]


# -- decoys ------------------------------------------------------------------------------------------------------------


def jan(g: Gen) -> str:
    """A JAN/EAN-13 barcode (GS1 check digit) starting 45 or 49."""
    body = g.rnd.choice(["45", "49"]) + g.digits(10)
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def imei(g: Gen) -> str:
    body = g.rnd.choice(["35", "86", "99"]) + g.digits(12)
    return body + luhn.calc_check_digit(body)


def iccid(g: Gen) -> str:
    body = "8963" + g.digits(14)
    return body + luhn.calc_check_digit(body)


def sha1(g: Gen) -> str:
    return hashlib.sha1(str(g.rnd.random()).encode(), usedforsecurity=False).hexdigest()


def token(g: Gen, prefix: str, n: int = 24) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)



"""Values of held-out set v50 (:mod:`benchmarks.classification.heldout_v50`): v50's random source, names, streets,
places and identifier builders, written by hand for v50 (no Faker, no list of real people), phones checked with
phonenumbers and identifiers with check digits computed and checked with python-stdnum where it has them.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers follow v27's; the phone builder takes its prefixes per region from :data:`PHONE_PLAN`;
every list below is new.
"""

from __future__ import annotations

import hashlib
import random
import string
import unicodedata
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import phonenumbers
from stdnum import iban as _iban
from stdnum import luhn, verhoeff
from stdnum.ca import sin as _sin
from stdnum.cn import ric as _ric
from stdnum.gb import upn as _upn
from stdnum.gr import amka as _amka
from stdnum.ie import pps as _pps
from stdnum.ie import vat as _ie_vat
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.nz import ird as _ird
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 50_2026_0917
N = "none"
#: a login or portal username (review, as in v27)
USERNAME = "unclassified"
#: NULL-like strings of v50's systems, in their languages (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "—", "NULL", "null", "Null", "n/a", "N/A", "NA", "na", "none", "None", "nil", "Nil", "NIL",
    "unknown", "?", "#N/A", "0", "000-00-0000", "000 000 000", "noreply@example.com", "test@test.com",
    "없음", "해당없음", "无", "无过敏", "暂无", "нет", "не указано", "-нет-", "Κανένα", "—-", "لا يوجد", "لا شيء",
    "कोई नहीं", "लागू नहीं", "なし", "特になし", "keine", "Keine", "k.A.", "néant", "NEANT", "RAS")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


#: region -> (mobile (prefix, national significant number length) pairs, fixed-line pairs)
PHONE_PLAN: dict[str, tuple[list[tuple[str, int]], list[tuple[str, int]]]] = {
    "US": ([(a, 10) for a in ("630", "331", "815", "708", "847")], [(a, 10) for a in ("630", "331")]),
    "CA": ([(a, 10) for a in ("416", "647", "613", "905", "519", "204", "902", "403", "604", "705")],
           [(a, 10) for a in ("416", "613")]),
    "GB": ([(p, 10) for p in ("74", "75", "77", "78", "79")], [("114", 10)]),
    "AU": ([(p, 9) for p in ("40", "41", "42", "43", "45", "47", "48")], [("393", 9), ("394", 9)]),
    "IE": ([(p, 9) for p in ("83", "85", "86", "87", "89")], [("91", 9), ("1", 8)]),
    "NZ": ([(p, 9) for p in ("21", "22", "27")], [("9", 8), ("4", 8)]),
    "KR": ([("10", 10)], [("2", 10), ("31", 10)]),
    "CN": ([(p, 11) for p in ("13", "15", "18", "17", "19")], [("571", 11)]),
    "RU": ([(p, 10) for p in ("903", "905", "910", "915", "916", "925", "926", "977", "985")],
           [("495", 10), ("496", 10)]),
    "GR": ([(p, 10) for p in ("693", "694", "695", "697", "698", "699")], [("2610", 10), ("21", 10)]),
    "AE": ([(p, 9) for p in ("50", "52", "54", "55", "56", "58")], [("4", 8)]),
    "IN": ([(p, 10) for p in ("6", "7", "8", "9")], [("522", 10)]),
    "JP": ([(p, 10) for p in ("90", "80", "70")], [("75", 9)]),
    "DE": ([("151", 11), ("152", 11), ("157", 11), ("176", 11), ("160", 10), ("170", 10), ("171", 10),
            ("172", 10), ("175", 10)], [("341", 10)]),
    "FR": ([(p, 9) for p in ("6", "7")], [("4", 9)]),
}


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v50:{SEED}:{table}")

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

    def amounts(self, lo: float, hi: float, null: float = 0.0) -> list[Any]:
        return self.col(lambda: round(self.rnd.uniform(lo, hi), 2), null)

    def floats(self, lo: float, hi: float, digits: int, null: float = 0.0) -> list[Any]:
        return self.col(lambda: round(self.rnd.uniform(lo, hi), digits), null)

    def yn(self, yes: Any, no: Any, p: float) -> list[Any]:
        return [yes if self.rnd.random() < p else no for _ in range(self.rows)]

    def day(self, lo: str, hi: str) -> date:
        a, b = date.fromisoformat(lo), date.fromisoformat(hi)
        return a + timedelta(days=self.rnd.randint(0, (b - a).days))

    def days(self, lo: str, hi: str, null: float = 0.0) -> list[Any]:
        return self.col(lambda: self.day(lo, hi), null)

    def moment(self, lo: str, hi: str, hours: tuple[int, int] = (0, 23)) -> datetime:
        start = datetime.combine(self.day(lo, hi), datetime.min.time())
        return start + timedelta(hours=self.rnd.randint(*hours), minutes=self.rnd.randint(0, 59),
                                 seconds=self.rnd.randint(0, 59))

    def moments(self, lo: str, hi: str, null: float = 0.0, hours: tuple[int, int] = (0, 23)) -> list[Any]:
        return self.col(lambda: self.moment(lo, hi, hours), null)

    def birth(self, lo: str, hi: str) -> date:
        """A birth date between the ISO dates ``lo`` and ``hi``."""
        return self.day(lo, hi)

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

    def ipv4(self) -> str:
        first = self.rnd.choice([24, 49, 58, 73, 76, 99, 101, 103, 110, 115, 121, 124, 151, 175, 203, 222])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2001:44b8", "2404:4400", "2a02:8108", "2406:e001", "2600:1700", "2a01:cb1d"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(6))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "national", mobile: bool = True) -> str:
        """A valid number of ``region`` (phonenumbers) in ``fmt``: ``e164``, ``intl``, ``national``, ``digits``
        (the national form's digits, trunk prefix kept), ``nsn`` (no trunk prefix), ``dashes``, ``dots``."""
        plan = PHONE_PLAN[region][0 if mobile else 1]
        code = phonenumbers.country_code_for_region(region)
        wanted = ({phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE} if mobile
                  else {phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE})

        def make() -> str:
            prefix, length = self.rnd.choice(plan)
            return prefix + self.digits(length - len(prefix))

        def ok(candidate: str) -> bool:
            if region in ("US", "CA") and (candidate[3:6] == "555" or candidate[3] in "01"):
                return False
            number = phonenumbers.parse(f"+{code}{candidate}")
            return phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in wanted

        number = phonenumbers.parse(f"+{code}{self.valid(make, ok)}")
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        if fmt == "nsn":
            return phonenumbers.national_significant_number(number)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        d = "".join(ch for ch in national if ch.isdigit())
        if fmt == "digits":
            return d
        if fmt == "dashes" and region in ("US", "CA"):
            return f"{d[:3]}-{d[3:6]}-{d[6:]}"
        if fmt == "dots" and region in ("US", "CA"):
            return f"{d[:3]}.{d[3:6]}.{d[6:]}"
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v50) -------------------------------------------------------------------------------------------


def _split(text: str) -> list[str]:
    return text.split()


def _pairs(text: str) -> list[tuple[str, str]]:
    """``"native:latin native:latin"`` -> ``[(native, latin), ...]`` (``_`` in a latin part is a space)."""
    return [(a, b.replace("_", " ")) for a, b in (w.split(":") for w in text.split())]


#: locale -> (male given names, female given names, family names), Latin-script locales
LATIN: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Chicago's western suburbs: Anglo, German and Irish Midwest, Mexican, Polish, South Asian, Korean and Chinese,
    # African American and Arab families
    "us": (_split("Michael Christopher Matthew Joshua David Daniel Brian Kevin Jason Ryan Eric Steven Mark Jeffrey "
                  "Jose Juan Carlos Luis Rajesh Vikram Sanjay Tomasz Piotr Ahmed Khaled Omar Andre Terrell Minjun Wei "
                  "Derek Travis"),
           _split("Jennifer Jessica Sarah Amanda Melissa Stephanie Nicole Michelle Rebecca Lauren Ashley Megan Erin "
                  "Kristen Heather Maria Rosa Guadalupe Veronica Priya Deepa Sunita Agnieszka Katarzyna Fatima Rania "
                  "Latoya Tamika Jiwoo Mei Tiffany Courtney"),
           _split("Anderson Thompson Miller Wilson Johnson Brooks Schultz Meyer Hoffman Olson Larson Sullivan Murphy "
                  "O'Brien Kelly Peterson Nelson Fischer Becker Gonzalez Hernandez Ramirez Torres Flores Morales "
                  "Castillo Ruiz Ortiz Vargas Patel Shah Reddy Desai Iyer Mehta Kapoor Kim Park Chen Wang Liu Nguyen "
                  "Zhang Kowalski Nowak Wiśniewski Kaminski Lewandowski Zielinski Haddad Khalil Nasser Saleh "
                  "Washington Jefferson Robinson Jackson Harris Coleman")),
    # Sheffield: Yorkshire families, Pakistani and Bangladeshi, Polish, Nigerian, Ghanaian and Somali Sheffielders
    "gb": (_split("Mark Paul Stuart Craig Darren Imran Tariq Lee Gareth Wayne Dean Andrew James Richard Simon Kwame "
                  "Chidi Tomasz Abdi Shahid Kamran Liam Ryan"),
           _split("Emma Claire Joanne Kelly Nicola Samina Shabana Leanne Gemma Kirsty Danielle Rukhsana Natalie Sarah "
                  "Rachel Hodan Adaeze Zofia Nasreen Becky Lisa Hayley Amina"),
           _split("Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker "
                  "White Roberts Green Hall Wood Jackson Clarke Hussain Khan Ali Ahmed Begum Shah Kowalczyk Okafor "
                  "Mensah Hughes Barker Hirst Ellis Marsh Warsame Nowicki Bashir Pearson Hague Cooper")),
    # inner-north Melbourne: Anglo-Australian, Italian, Greek, Vietnamese, Indian, Chinese and Lebanese families
    "au": (_split("Ben Josh Matt Dan Tom Luke Sam Chris Marco Nikos Minh Arjun Wei Karim Lachlan Hamish Brendan "
                  "Stavros Duc Rohan"),
           _split("Sarah Jessica Emma Laura Kate Rebecca Bec Giulia Eleni Linh Anjali Xin Rania Tahlia Jacinta Renee "
                  "Kirsty Despina Thuy Nadia"),
           _split("Smith Jones Williams Brown Wilson Taylor Johnson White Martin Anderson Thompson Walker Kelly Ryan "
                  "O'Connor Murphy Mitchell Campbell Harris Clarke Nguyen Tran Le Papadopoulos Russo Rossi Singh "
                  "Sharma Wang Chen Haddad Nasr Fitzgerald McKenzie")),
    # Canada coast to coast: English and French Canadians, Punjabi, Chinese, Filipino, Somali and Vietnamese families
    "ca": (_split("Ethan Liam Noah Owen Logan Nathan Jacob Benjamin Étienne Mathieu Félix Olivier Jaskaran Arjun "
                  "Harpreet Manpreet Jason Kevin Ramon Jericho Abdirahman Minh Connor Tyler Dylan Carter Samuel"),
           _split("Emma Olivia Chloé Sophie Megan Hannah Madison Brooke Gabrielle Marie-Ève Élodie Camille Simran "
                  "Gurleen Navdeep Vivian Michelle Kristine Angelica Hodan Linh Taylor Jordyn Kayla Rachel Amélie"),
           _split("Smith Brown Tremblay Martin Roy Gagnon Lee Wilson Johnson MacDonald Taylor Campbell Anderson "
                  "Leblanc Côté Bouchard Gill Sandhu Dhaliwal Grewal Sidhu Wong Chan Li Santos Reyes Cruz Ahmed "
                  "Ali Nguyen Fraser Morrison Stewart Pelletier Bélanger")),
    # Ireland, with Irish-language forms
    "ie": (_split("Seán Ciarán Cian Darragh Eoin Niall Pádraig Conor Liam Declan Brendan Fergal Colm Donal Ronan "
                  "Tadhg Oisín Cathal Diarmuid Kevin John Michael Patrick Gerard Dermot"),
           _split("Aoife Niamh Siobhán Caoimhe Róisín Sinéad Clodagh Gráinne Orla Ailbhe Deirdre Maeve Úna "
                  "Fionnuala Saoirse Áine Mairéad Eimear Louise Mary Bridget Catherine Helen Emer"),
           _split("Murphy Kelly O'Sullivan Walsh Smith O'Brien Byrne Ryan O'Connor O'Neill O'Reilly Doyle McCarthy "
                  "Gallagher O'Doherty Kennedy Lynch Murray Quinn Moore McLoughlin Carroll Connolly Daly Ó_Briain "
                  "Mac_Giolla_Phádraig Ní_Bhriain Nic_Dhonncha Fitzgerald Hennessy Costello")),
    # Aotearoa New Zealand: Māori, Pākehā, Pasifika, Chinese and Indian families
    "nz": (_split("Wiremu Rāwiri Nikau Tama Manaia Tane Hemi Jack Oliver Hunter Liam Lachlan Sione Tevita Sefa "
                  "Ioane Wei Rohan Jun Arjun Mason Cooper Finn Tipene"),
           _split("Aroha Mere Anahera Ngaio Kahurangi Hine Mihi Charlotte Isla Mackenzie Ruby Lucy Olivia Losana "
                  "Mele Malia Sina Jia Ananya Priya Mei Harper Amelia Ataahua Kiri"),
           _split("Smith Williams Brown Wilson Taylor Anderson Thompson Walker Clark Robinson Ngata Parata Tawhiri "
                  "Te_Whata Rangi Tipene Horomona Tuilagi Fifita Taufa Leota Fonoti Vaifale Li Zhang Patel Singh "
                  "Kim McDonald Campbell Stewart")),
    # Leipzig and Saxony, with Turkish, Polish, Syrian and Vietnamese Leipzig families
    "de": (_split("Thomas Stefan Martin Sebastian Daniel Christian Tobias Markus René Enrico Mehmet Tomasz Ahmad "
                  "Minh Robert Sven Ronny Marcel Philipp Florian"),
           _split("Katrin Stefanie Julia Anne Susanne Nadine Christin Franziska Mandy Peggy Ayşe Agnieszka Jana Thi "
                  "Claudia Sandra Anja Kathleen Josephine Maria"),
           _split("Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Klein "
                  "Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hartmann Lange Werner Krause Lehmann "
                  "Köhler Walther Böhme Schubert Vogel Winkler Kaiser Seidel Günther Yılmaz Nowak Al-Hassan Nguyen")),
    # Lyon and Auvergne-Rhône-Alpes
    "fr": (_split("Lucas Hugo Louis Nathan Gabriel Arthur Jules Enzo Thomas Théo Maxime Antoine Clément Baptiste "
                  "Romain Mehdi Yanis Rayan Quentin Alexandre Mathis Karim Loïc Bastien"),
           _split("Emma Léa Chloé Manon Camille Inès Jade Sarah Lina Louise Zoé Lola Clara Mathilde Juliette Océane "
                  "Anaïs Yasmine Pauline Margaux Elsa Marion Salomé Amandine"),
           _split("Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre "
                  "Michel Garcia Fournier Girard Bonnet Dupont Lambert Fontaine Rousseau Vincent Muller Mercier "
                  "Blanc Guérin Faure Chevalier Benali Nguyen Da_Silva Morel Perrin Bouvier Charvet")),
}

#: locale -> (boys' names, girls' names) of children born 2007 to 2024, where the adults' names above would be wrong
KIDS: dict[str, tuple[list[str], list[str]]] = {
    "us": (_split("Liam Noah Oliver Elijah Mason Lucas Ethan Aiden Jackson Logan Carter Owen Wyatt Caleb Hudson "
                  "Mateo Santiago Diego Emiliano Sebastián Aarav Vihaan Ishaan Reyansh Jakub Szymon Filip Omar Yusuf "
                  "Jaylen Malik Darius Henry Levi"),
           _split("Emma Olivia Ava Sophia Isabella Mia Harper Evelyn Abigail Ella Avery Scarlett Chloe Madison Lily "
                  "Camila Valentina Ximena Sofía Lucía Anika Diya Saanvi Aadhya Myra Zuzanna Julia Maja Layla Maryam "
                  "Aaliyah Imani Nia Kiara Nora")),
    "gb": (_split("Oliver George Harry Jack Noah Leo Arthur Muhammad Oscar Charlie Alfie Freddie Theo Archie Jacob "
                  "Henry Ibrahim Zayn Yusuf Kacper Chidera Kofi Abdirahman Reggie Teddy"),
           _split("Olivia Amelia Isla Ava Lily Freya Ivy Florence Poppy Sophia Evie Grace Aisha Maryam Ruby Willow "
                  "Daisy Hafsa Zofia Chiamaka Ama Hodan Mila Esme Inaaya")),
    "au": (_split("Oliver Noah Leo Henry Charlie William Jack Theodore Hudson Lucas Archie Harvey Isaac Thomas Arlo "
                  "Luca Nico Khoa Kabir Ethan"),
           _split("Charlotte Amelia Isla Olivia Mia Matilda Ava Grace Willow Harper Ivy Zoe Evelyn Sienna Ruby "
                  "Alessia Athena Linh Anaya Layla")),
    "de": (_split("Emil Paul Theo Anton Jonas Ben Leon Felix Karl Matteo Noah Elias Oskar Finn Henry Mats Levi "
                  "Mohammed Milan Ole"),
           _split("Emma Mia Hanna Mathilda Clara Lina Ida Frieda Lea Marie Lotta Greta Charlotte Ella Sophie Emilia "
                  "Leni Mila Zeynep Alma")),
}
#: Leipzig grandparents (``Oma``, ``Opa``) and neighbours: (men, women)
DE_ELDERS = (_split("Wolfgang Jürgen Klaus Dieter Bernd Frank Lutz Uwe"),
             _split("Gisela Brigitte Monika Renate Heidi Karin Ursula Sabine"))

#: locale -> (male, female, family) as (native, latin) pairs, other scripts
NATIVE: dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]], list[tuple[str, str]]]] = {
    "ko": (_pairs("민준:minjun 서준:seojun 도윤:doyun 예준:yejun 시우:siwoo 하준:hajun 주원:juwon 지호:jiho "
                  "지후:jihu 준우:junwoo 준서:junseo 건우:gunwoo 현우:hyunwoo 우진:woojin 선우:sunwoo 서진:seojin "
                  "민재:minjae 현준:hyunjun 연우:yeonwoo 유준:yujun 정우:jungwoo 승우:seungwoo 성호:sungho "
                  "동현:donghyun 재훈:jaehoon 상우:sangwoo 영수:youngsoo 정훈:junghoon 민수:minsu 준호:junho"),
           _pairs("서연:seoyeon 서윤:seoyun 지우:jiwoo 서현:seohyun 민서:minseo 하은:haeun 하윤:hayun 윤서:yunseo "
                  "지유:jiyu 지민:jimin 채원:chaewon 수아:sua 지아:jia 지윤:jiyun 은서:eunseo 다은:daeun "
                  "예은:yeeun 수빈:subin 소율:soyul 예린:yerin 수진:sujin 미영:miyoung 은정:eunjung 지영:jiyoung "
                  "현정:hyunjung 혜진:hyejin 선영:sunyoung 미경:mikyung 은주:eunju 정은:jungeun"),
           _pairs("김:kim 이:lee 박:park 최:choi 정:jung 강:kang 조:cho 윤:yoon 장:jang 임:lim 한:han 오:oh 서:seo "
                  "신:shin 권:kwon 황:hwang 안:ahn 송:song 류:ryu 전:jeon 홍:hong 고:ko 문:moon 양:yang 손:son "
                  "배:bae 백:baek 허:heo 남:nam 노:noh")),
    "zh": (_pairs("浩宇:haoyu 宇轩:yuxuan 子轩:zixuan 梓睿:zirui 沐阳:muyang 皓轩:haoxuan 一鸣:yiming 俊熙:junxi "
                  "博文:bowen 睿泽:ruize 伟:wei 强:qiang 磊:lei 军:jun 勇:yong 杰:jie 涛:tao 斌:bin 鹏:peng "
                  "建国:jianguo 志强:zhiqiang 晓明:xiaoming 海涛:haitao 建华:jianhua 国平:guoping"),
           _pairs("子涵:zihan 梓萱:zixuan 一诺:yinuo 欣怡:xinyi 梓涵:zihan 雨桐:yutong 可馨:kexin 诗涵:shihan "
                  "若曦:ruoxi 思彤:sitong 丽:li 静:jing 敏:min 燕:yan 艳:yan 娟:juan 霞:xia 芳:fang 婷:ting "
                  "玲:ling 晓燕:xiaoyan 丽娟:lijuan 春梅:chunmei 雪梅:xuemei 秀英:xiuying"),
           _pairs("王:wang 李:li 张:zhang 刘:liu 陈:chen 杨:yang 黄:huang 赵:zhao 吴:wu 周:zhou 徐:xu 孙:sun "
                  "马:ma 朱:zhu 胡:hu 郭:guo 何:he 林:lin 高:gao 罗:luo 郑:zheng 梁:liang 谢:xie 宋:song 唐:tang "
                  "许:xu 韩:han 冯:feng 邓:deng 曹:cao 沈:shen 楼:lou")),
    "ja": (_pairs("大翔:hiroto 蓮:ren 悠真:yuma 颯太:sota 陽翔:haruto 湊:minato 大和:yamato 翔太:shota "
                  "拓海:takumi 悠斗:yuto 陸:riku 健太:kenta 海斗:kaito 翼:tsubasa 健一:kenichi 誠:makoto "
                  "浩二:koji 隆:takashi 直樹:naoki 和也:kazuya"),
           _pairs("結衣:yui 陽菜:hina 美咲:misaki さくら:sakura 葵:aoi 凛:rin 美羽:miu 七海:nanami 彩花:ayaka "
                  "優奈:yuna 花音:kanon 芽依:mei 愛菜:mana 琴音:kotone 結菜:yuina 恵子:keiko 由美:yumi "
                  "裕子:yuko 真由美:mayumi 智子:tomoko"),
           _pairs("佐藤:sato 鈴木:suzuki 高橋:takahashi 田中:tanaka 伊藤:ito 渡辺:watanabe 山本:yamamoto "
                  "中村:nakamura 小林:kobayashi 加藤:kato 吉田:yoshida 山田:yamada 佐々木:sasaki 山口:yamaguchi "
                  "松本:matsumoto 井上:inoue 木村:kimura 林:hayashi 斎藤:saito 清水:shimizu 山崎:yamazaki 森:mori "
                  "池田:ikeda 橋本:hashimoto 阿部:abe 石川:ishikawa 前田:maeda 藤田:fujita 岡田:okada 後藤:goto")),
    "ar": (_pairs("محمد:mohammed أحمد:ahmed عبدالله:abdulla خالد:khalid سعيد:saeed راشد:rashid حمدان:hamdan "
                  "منصور:mansoor سلطان:sultan زايد:zayed عمر:omar يوسف:yousef علي:ali حمد:hamad ماجد:majid "
                  "سيف:saif عيسى:essa فيصل:faisal مبارك:mubarak ناصر:nasser"),
           _pairs("فاطمة:fatima مريم:maryam عائشة:aisha شما:shamma حصة:hessa ميثاء:maitha موزة:moza نورة:noura "
                  "سارة:sara ليلى:layla روضة:rawda علياء:alia لطيفة:latifa هند:hind سلامة:salama اليازية:alyazia "
                  "ريم:reem جواهر:jawaher دانة:dana آمنة:amna"),
           _pairs("الهاشمي:alhashmi المنصوري:almansoori الكعبي:alkaabi الشامسي:alshamsi النعيمي:alnuaimi "
                  "الظاهري:aldhaheri المهيري:almheiri الفلاسي:alfalasi المري:almarri السويدي:alsuwaidi "
                  "البلوشي:albalushi الزعابي:alzaabi الحمادي:alhammadi المزروعي:almazrouei الكتبي:alketbi "
                  "الرميثي:alromaithi حداد:haddad خليل:khalil نصار:nassar سليمان:suleiman الأحمد:alahmad "
                  "الخطيب:alkhatib")),
    "hi": (_pairs("राहुल:rahul अमित:amit अंकित:ankit आदित्य:aditya अभिषेक:abhishek विकास:vikas सौरभ:saurabh "
                  "प्रशांत:prashant शिवम:shivam आकाश:akash रोहित:rohit अनुराग:anurag गौरव:gaurav सचिन:sachin "
                  "विवेक:vivek हर्ष:harsh आयुष:ayush दीपक:deepak मनीष:manish प्रियांशु:priyanshu आरिफ:arif "
                  "इमरान:imran फ़ैज़ान:faizan राजेश:rajesh सुरेश:suresh रमेश:ramesh संजय:sanjay"),
           _pairs("प्रिया:priya नेहा:neha अंजलि:anjali पूजा:pooja रिया:riya श्वेता:shweta काजल:kajal "
                  "आकांक्षा:akanksha दिव्या:divya निधि:nidhi सृष्टि:srishti खुशी:khushi तनु:tanu साक्षी:sakshi "
                  "शिवानी:shivani आरती:aarti मुस्कान:muskan स्नेहा:sneha अनुष्का:anushka वैष्णवी:vaishnavi "
                  "आयशा:ayesha ज़ैनब:zainab सना:sana सुनीता:sunita गीता:geeta मंजू:manju"),
           _pairs("शर्मा:sharma वर्मा:verma यादव:yadav सिंह:singh गुप्ता:gupta मिश्रा:mishra पांडेय:pandey "
                  "त्रिपाठी:tripathi श्रीवास्तव:srivastava तिवारी:tiwari चौहान:chauhan मौर्य:maurya "
                  "कुशवाहा:kushwaha पाल:pal निषाद:nishad अग्रवाल:agarwal जायसवाल:jaiswal द्विवेदी:dwivedi "
                  "शुक्ला:shukla राय:rai खान:khan अंसारी:ansari सिद्दीकी:siddiqui कुरैशी:qureshi")),
}

#: Japanese readings (katakana) of the names above
JA_KANA = {
    "大翔": "ヒロト", "蓮": "レン", "悠真": "ユウマ", "颯太": "ソウタ", "陽翔": "ハルト", "湊": "ミナト", "大和": "ヤマト",
    "翔太": "ショウタ", "拓海": "タクミ", "悠斗": "ユウト", "陸": "リク", "健太": "ケンタ", "海斗": "カイト", "翼": "ツバサ",
    "健一": "ケンイチ", "誠": "マコト", "浩二": "コウジ", "隆": "タカシ", "直樹": "ナオキ", "和也": "カズヤ",
    "結衣": "ユイ", "陽菜": "ヒナ", "美咲": "ミサキ", "さくら": "サクラ", "葵": "アオイ", "凛": "リン", "美羽": "ミウ",
    "七海": "ナナミ", "彩花": "アヤカ", "優奈": "ユウナ", "花音": "カノン", "芽依": "メイ", "愛菜": "マナ", "琴音": "コトネ",
    "結菜": "ユイナ", "恵子": "ケイコ", "由美": "ユミ", "裕子": "ユウコ", "真由美": "マユミ", "智子": "トモコ",
    "佐藤": "サトウ", "鈴木": "スズキ", "高橋": "タカハシ", "田中": "タナカ", "伊藤": "イトウ", "渡辺": "ワタナベ",
    "山本": "ヤマモト", "中村": "ナカムラ", "小林": "コバヤシ", "加藤": "カトウ", "吉田": "ヨシダ", "山田": "ヤマダ",
    "佐々木": "ササキ", "山口": "ヤマグチ", "松本": "マツモト", "井上": "イノウエ", "木村": "キムラ", "林": "ハヤシ",
    "斎藤": "サイトウ", "清水": "シミズ", "山崎": "ヤマザキ", "森": "モリ", "池田": "イケダ", "橋本": "ハシモト",
    "阿部": "アベ", "石川": "イシカワ", "前田": "マエダ", "藤田": "フジタ", "岡田": "オカダ", "後藤": "ゴトウ",
}

#: Russian: (male, female) given names, family names as (male, female) forms, patronymics as (male, female) forms
RU_MALE = _split("Александр Максим Иван Артём Дмитрий Никита Михаил Даниил Егор Андрей Кирилл Илья Алексей Матвей "
                 "Тимофей Роман Владислав Ярослав Сергей Арсений Тимур Глеб Марк Денис")
RU_FEMALE = _split("Анастасия Мария Дарья Анна Елизавета Полина Виктория Екатерина Софья Александра Ксения Алина "
                   "Вероника Арина Валерия Ульяна Варвара Милана Кристина Юлия Диана Алиса Ева Таисия")
RU_FAMILY = [(m, m + "а") for m in _split(
    "Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов Волков Алексеев "
    "Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров Никитин Захаров Зайцев "
    "Соловьёв Борисов Яковлев Григорьев Гарипов Хабибуллин")] + [(x, x) for x in _split("Шевченко Ковальчук Ким")]
RU_PATRONYMIC = [(a, b) for a, b in (p.split(":") for p in _split(
    "Александрович:Александровна Сергеевич:Сергеевна Андреевич:Андреевна Дмитриевич:Дмитриевна "
    "Алексеевич:Алексеевна Владимирович:Владимировна Игоревич:Игоревна Олегович:Олеговна Николаевич:Николаевна "
    "Евгеньевич:Евгеньевна Викторович:Викторовна Михайлович:Михайловна Юрьевич:Юрьевна Павлович:Павловна "
    "Романович:Романовна Ильдарович:Ильдаровна Вячеславович:Вячеславовна"))]

#: Greek: official given names, family names as (male, female) forms
GR_MALE = _split("Γεώργιος Δημήτριος Κωνσταντίνος Ιωάννης Νικόλαος Παναγιώτης Βασίλειος Χρήστος Αθανάσιος Μιχαήλ "
                 "Ευάγγελος Σπυρίδων Αντώνιος Ηλίας Θεόδωρος Στυλιανός Άγγελος Αλέξανδρος Μάριος Φώτιος Ανδρέας "
                 "Σταύρος")
GR_FEMALE = _split("Μαρία Ελένη Αικατερίνη Βασιλική Σοφία Αγγελική Γεωργία Δήμητρα Κωνσταντίνα Παναγιώτα Ευαγγελία "
                   "Ιωάννα Χριστίνα Αναστασία Ειρήνη Δέσποινα Χαρίκλεια Στυλιανή Θεοδώρα Αθηνά Ευτυχία Φωτεινή")
GR_FAMILY = [tuple(p.split(":")) if ":" in p else (p, p) for p in _split(
    "Παπαδόπουλος:Παπαδοπούλου Παπαγεωργίου Οικονόμου Γεωργίου Νικολάου Βασιλείου Ιωάννου Κωνσταντίνου "
    "Δημητρίου Παπανικολάου Καραγιάννης:Καραγιάννη Μαυρίδης:Μαυρίδου Αθανασίου Χριστοδούλου Παππάς:Παππά "
    "Λαμπρόπουλος:Λαμπροπούλου Αντωνίου Μακρής:Μακρή Ζαχαρίου Σταματόπουλος:Σταματοπούλου "
    "Κουτσούκος:Κουτσούκου Πετρίδης:Πετρίδου Αλεξίου Μιχαηλίδης:Μιχαηλίδου Τσολάκης:Τσολάκη Ρήγας:Ρήγα "
    "Γαλάνης:Γαλάνη Κυριακίδης:Κυριακίδου Σπυρόπουλος:Σπυροπούλου Αργυρός:Αργυρού")]

_GREEK_LATIN = {"α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k",
                "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t",
                "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o"}
_CYRILLIC_LATIN = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
                   "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
                   "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "",
                   "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya"}


def latin(text: str) -> str:
    """A plain ASCII spelling of a Latin, Greek or Cyrillic name (for e-mail addresses and logins)."""
    out = []
    for ch in fold(text).replace("ου", "ou").replace("αι", "ai").replace("ει", "ei"):
        out.append(_GREEK_LATIN.get(ch, _CYRILLIC_LATIN.get(ch, ch)))
    return "".join(ch for ch in "".join(out) if ch.isascii() and ch.isalnum())


def person(g: Gen, locale: str, female: bool | None = None, child: bool = False) -> tuple[str, str]:
    """(given name, family name) of a Latin-script ``locale``; a child's given name from :data:`KIDS`."""
    female = g.rnd.random() < 0.5 if female is None else female
    males, females, lasts = LATIN[locale]
    if child and locale in KIDS:
        males, females = KIDS[locale]
    return g.rnd.choice(females if female else males), g.rnd.choice(lasts).replace("_", " ")


def whole(g: Gen, locale: str) -> str:
    a, b = person(g, locale)
    return f"{a} {b}"


def given(g: Gen, locale: str, female: bool | None = None, child: bool = False) -> str:
    return person(g, locale, female, child)[0]


#: locale -> how many of the first male and female given names of :data:`NATIVE` are children's names (the rest
#: are their parents' and grandparents')
KID_SPLIT = {"ko": (22, 20), "zh": (10, 10), "ja": (14, 15)}


def native(g: Gen, locale: str, female: bool | None = None, child: bool | None = None
           ) -> tuple[tuple[str, str], tuple[str, str]]:
    """((given, latin), (family, latin)) of a non-Latin ``locale``; ``child`` True or False takes a child's or an
    adult's given name where :data:`KID_SPLIT` tells them apart."""
    female = g.rnd.random() < 0.5 if female is None else female
    males, females, lasts = NATIVE[locale]
    pool = females if female else males
    if child is not None and locale in KID_SPLIT:
        cut = KID_SPLIT[locale][1 if female else 0]
        pool = pool[:cut] if child else pool[cut:]
    return g.rnd.choice(pool), g.rnd.choice(lasts)


def ru_person(g: Gen, female: bool) -> tuple[str, str, str]:
    """(family name, given name, patronymic) in the forms of ``female``."""
    fam = g.rnd.choice(RU_FAMILY)[1 if female else 0]
    pat = g.rnd.choice(RU_PATRONYMIC)[1 if female else 0]
    return fam, g.rnd.choice(RU_FEMALE if female else RU_MALE), pat


def gr_person(g: Gen, female: bool) -> tuple[str, str]:
    """(family name, given name) in the forms of ``female``."""
    return g.rnd.choice(GR_FAMILY)[1 if female else 0], g.rnd.choice(GR_FEMALE if female else GR_MALE)


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = latin(first) or "x", latin(last) or "y"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(70, 99)}", f"{b}{a[:2]}", f"{a}.{b}{g.rnd.randint(1, 9)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def login(first: str, last: str, style: int) -> str:
    a, b = latin(first) or "x", latin(last) or "y"
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{a}{b[:3]}"][style % 5]


def distinct(g: Gen, n: int, make: Callable[[], str]) -> list[str]:
    """``n`` distinct values of ``make``, in a fixed order."""
    out: list[str] = []
    while len(out) < n:
        value = make()
        if value not in out:
            out.append(value)
    return out


DOMAINS = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "comcast.net", "att.net", "aol.com"],
    "gb": ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "btinternet.com", "icloud.com", "sky.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com", "hotmail.com", "icloud.com", "optusnet.com.au"],
    "ca": ["gmail.com", "hotmail.com", "outlook.com", "yahoo.ca", "shaw.ca", "videotron.ca", "rogers.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie", "yahoo.ie", "icloud.com"],
    "nz": ["gmail.com", "xtra.co.nz", "hotmail.com", "outlook.com", "icloud.com", "slingshot.co.nz"],
    "ko": ["naver.com", "daum.net", "gmail.com", "hanmail.net", "kakao.com", "nate.com"],
    "zh": ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com"],
    "ru": ["mail.ru", "yandex.ru", "gmail.com", "bk.ru", "rambler.ru", "inbox.ru"],
    "el": ["gmail.com", "yahoo.gr", "hotmail.com", "otenet.gr", "outlook.com"],
    "ar": ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "icloud.com"],
    "hi": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "ja": ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com", "softbank.ne.jp"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "freenet.de"],
    "fr": ["gmail.com", "orange.fr", "hotmail.fr", "free.fr", "laposte.net", "sfr.fr", "yahoo.fr"],
}


# -- places (written for v50) ------------------------------------------------------------------------------------------

#: (city, ZIP codes) in DuPage and Will counties, Illinois
US_PLACES = [("Naperville", ["60540", "60563", "60564", "60565"]), ("Aurora", ["60502", "60503", "60504"]),
             ("Bolingbrook", ["60440", "60490"]), ("Plainfield", ["60544", "60585", "60586"]), ("Lisle", ["60532"]),
             ("Wheaton", ["60187", "60189"]), ("Downers Grove", ["60515", "60516"]), ("Romeoville", ["60446"]),
             ("Warrenville", ["60555"])]
US_STREETS = ["Ogden Ave", "Washington St", "Book Rd", "Hobson Rd", "Royce Rd", "Wehrli Rd", "Knoch Knolls Rd",
              "Aurora Ave", "Bailey Rd", "Modaff Rd", "Plank Rd", "W Diehl Rd", "Brookdale Rd", "Clyde Dr",
              "Meadow Lakes Blvd", "Fox Hill Dr", "Tamarack Ln", "Saybrook Ct", "Heatherstone Way"]
#: Sheffield postcode districts
GB_OUTWARD = ["S6", "S7", "S8", "S10", "S11", "S2", "S4", "S5", "S35"]
GB_STREETS = ["Abbeydale Road", "Crookes Valley Road", "Walkley Bank Road", "Hillsborough Place", "Sharrow Vale Road",
              "Burngreave Road", "Firth Park Road", "Middlewood Road", "Carterknowle Avenue", "Ecclesall Road",
              "Grimesthorpe Road", "Nether Edge Road", "Meersbrook Park Road", "Greystones Drive"]
#: (suburb, postcode) in inner-north Melbourne
AU_SUBURBS = [("Brunswick", "3056"), ("Brunswick East", "3057"), ("Coburg", "3058"), ("Northcote", "3070"),
              ("Thornbury", "3071"), ("Preston", "3072"), ("Fitzroy North", "3068"), ("Carlton North", "3054"),
              ("Pascoe Vale", "3044"), ("Reservoir", "3073"), ("Brunswick West", "3055")]
AU_STREETS = ["Sydney Rd", "Lygon St", "Albion St", "Barkly St", "Victoria St", "Hope St", "Union St", "Gaffney St",
              "Bell St", "Separation St", "Westgarth St", "High St", "Gilbert Rd", "Banksia St", "Wattle Ave"]
#: (city, province, forward sortation areas)
CA_PLACES = [("Toronto", "ON", ["M4C", "M6H", "M1B", "M9W"]), ("Ottawa", "ON", ["K1S", "K2P", "K1N"]),
             ("Hamilton", "ON", ["L8P", "L9A"]), ("London", "ON", ["N6A", "N6G"]), ("Sudbury", "ON", ["P3E"]),
             ("Winnipeg", "MB", ["R3T", "R2M"]), ("Halifax", "NS", ["B3H", "B3L"]), ("Calgary", "AB", ["T2N", "T3A"]),
             ("Surrey", "BC", ["V3T", "V3W"]), ("Brampton", "ON", ["L6Y", "L6P"]), ("Moncton", "NB", ["E1C"])]
CA_STREETS = ["Danforth Ave", "Bank St", "King St W", "Main St E", "Portage Ave", "Spring Garden Rd",
              "Crowchild Trail NW", "Rue Principale", "Queen St E", "Lakeshore Blvd", "Bayview Dr", "Oak Bay Cres",
              "Maple Grove Rd", "Ch. des Érables"]
#: (town, county, Eircode routing keys)
IE_PLACES = [("Galway", "Co. Galway", ["H91"]), ("Oranmore", "Co. Galway", ["H91"]),
             ("Dublin 6", "Co. Dublin", ["D06"]), ("Dublin 9", "Co. Dublin", ["D09"]),
             ("Blackrock", "Co. Dublin", ["A94"]), ("Cork", "Co. Cork", ["T12", "T23"]),
             ("Limerick", "Co. Limerick", ["V94"]), ("Ennis", "Co. Clare", ["V95"]), ("Sligo", "Co. Sligo", ["F91"]),
             ("Castlebar", "Co. Mayo", ["F23"]), ("Tuam", "Co. Galway", ["H54"])]
IE_STREETS = ["Taylor's Hill", "College Road", "Threadneedle Road", "Newcastle Road", "Rathgar Road",
              "Griffith Avenue", "Carysfort Avenue", "Douglas Road", "O'Connell Avenue", "Strand Road",
              "Bóthar na Trá", "Ard na Gréine", "Cnoc na Cathrach"]
EIRCODE_CHARS = "0123456789ACDEFHKNPRTVWXY"
#: (suburb, city) in Auckland, Wellington and Christchurch
NZ_SUBURBS = [("Ponsonby", "Auckland"), ("Mt Eden", "Auckland"), ("Remuera", "Auckland"), ("Papatoetoe", "Auckland"),
              ("Henderson", "Auckland"), ("Albany", "Auckland"), ("Māngere", "Auckland"), ("Karori", "Wellington"),
              ("Kilbirnie", "Wellington"), ("Porirua", "Wellington"), ("Riccarton", "Christchurch"),
              ("Papanui", "Christchurch")]
NZ_STREETS = ["Richmond Road", "Dominion Road", "Remuera Road", "Great South Road", "Lincoln Road", "Karori Road",
              "Coutts Street", "Riccarton Road", "Harewood Road", "Kahikatea Drive", "Pōhutukawa Place", "Tui Street"]
#: (district line, postcode lead) in Seoul and Gyeonggi
KO_PLACES = [("서울특별시 강남구 도곡로", "062"), ("서울특별시 강남구 삼성로", "063"), ("서울특별시 서초구 반포대로", "065"),
             ("서울특별시 송파구 올림픽로", "055"), ("서울특별시 양천구 목동서로", "079"),
             ("경기도 성남시 분당구 정자일로", "135"), ("경기도 용인시 수지구 포은대로", "168")]
ZH_ADDRESS = ["杭州市西湖区文三路", "杭州市西湖区古墩路", "杭州市拱墅区莫干山路", "杭州市上城区解放路", "杭州市滨江区江南大道",
              "杭州市余杭区五常大道"]
ZH_ESTATES = ["翠苑一区", "嘉绿苑", "西溪诚园", "和家园", "星耀城", "金色海塘", "阳光郡", "万科良渚文化村"]
#: (town, postcode lead) in Moscow oblast
RU_PLACES = [("Подольск", "1421"), ("Химки", "1414"), ("Мытищи", "1410"), ("Балашиха", "1439"), ("Королёв", "1410"),
             ("Люберцы", "1400"), ("Коломна", "1404"), ("Одинцово", "1430"), ("Красногорск", "1434")]
RU_STREETS = ["ул. Ленина", "ул. Профсоюзная", "Московский пр-т", "ул. Гагарина", "ул. Советская", "ул. Мира",
              "ул. Комсомольская", "Октябрьский пр-т", "ул. Садовая", "ш. Энтузиастов"]
#: (town, postcode lead) of the students' permanent homes, western Greece, the Peloponnese and Athens
GR_PLACES = [("Πάτρα", "262"), ("Πάτρα", "263"), ("Αθήνα", "115"), ("Αθήνα", "117"), ("Πύργος", "271"),
             ("Αγρίνιο", "301"), ("Καλαμάτα", "241"), ("Τρίπολη", "221"), ("Αίγιο", "251"), ("Μεσολόγγι", "302")]
GR_STREETS = ["Κορίνθου", "Μαιζώνος", "Αγίου Νικολάου", "Ερμού", "Ελευθερίου Βενιζέλου", "Παπαφλέσσα",
              "Αριστοτέλους", "Νικηταρά", "Κανακάρη", "Γούναρη", "Ρήγα Φεραίου"]
AR_AREAS = [("البرشاء 2", "دبي"), ("الورقاء 1", "دبي"), ("مردف", "دبي"), ("المزهر 1", "دبي"), ("الجافلية", "دبي"),
            ("أم سقيم 3", "دبي"), ("القرائن 5", "الشارقة"), ("الطي", "دبي"), ("مويلح", "الشارقة")]
#: (city, PIN lead) in Uttar Pradesh
HI_PLACES = [("लखनऊ", "226"), ("कानपुर", "208"), ("वाराणसी", "221"), ("प्रयागराज", "211"), ("आगरा", "282"),
             ("गोरखपुर", "273"), ("बाराबंकी", "225"), ("सीतापुर", "261"), ("उन्नाव", "209"), ("रायबरेली", "229")]
HI_LOCALITIES = ["आलमबाग", "गोमती नगर", "इंदिरा नगर", "राजाजीपुरम", "अलीगंज", "महानगर", "चिनहट", "आशियाना",
                 "कृष्णा नगर", "विकास नगर"]
#: (prefecture, city or ward, postcode lead, town names)
JA_PLACES = [("京都府", "京都市左京区", "606", ["北白川小倉町", "田中里ノ内町", "下鴨松ノ木町"]),
             ("京都府", "京都市右京区", "616", ["太秦安井西裏町", "嵯峨野宮ノ元町"]),
             ("京都府", "宇治市", "611", ["大久保町北ノ山", "木幡南山"]),
             ("大阪府", "大阪市北区", "530", ["天神橋", "中崎西"]), ("大阪府", "豊中市", "560", ["上野東", "桜の町"]),
             ("滋賀県", "大津市", "520", ["瀬田", "膳所"]), ("奈良県", "奈良市", "630", ["学園北", "西大寺東町"]),
             ("兵庫県", "西宮市", "662", ["甲子園口", "今津曙町"]), ("愛知県", "名古屋市千種区", "464", ["今池", "覚王山通"])]
JA_BUILDINGS = ["", "", "", " ハイツ北白川", " メゾン桜", " グランドール", " コーポ山田", " レジデンス西宮"]
#: (town, postcode prefixes) in and around Leipzig
DE_PLACES = [("Leipzig", ["04103", "04105", "04107", "04155", "04177", "04229", "04275", "04277", "04315"]),
             ("Markkleeberg", ["04416"]), ("Taucha", ["04425"]), ("Schkeuditz", ["04435"])]
DE_STREETS = ["Karl-Liebknecht-Straße", "Eisenbahnstraße", "Georg-Schwarz-Straße", "Könneritzstraße",
              "Gohliser Straße", "Kochstraße", "Zschochersche Straße", "Hauptstraße", "Lindenauer Markt",
              "Dieskaustraße", "Arthur-Hoffmann-Straße", "Coppistraße"]
#: (commune, postal code, INSEE code) of Lyon and around
FR_PLACES = [("LYON", "69003", "69383"), ("LYON", "69007", "69387"), ("LYON", "69008", "69388"),
             ("VILLEURBANNE", "69100", "69266"), ("VENISSIEUX", "69200", "69259"), ("BRON", "69500", "69029"),
             ("SAINT-ETIENNE", "42000", "42218"), ("GRENOBLE", "38000", "38185"),
             ("BOURG-EN-BRESSE", "01000", "01053"), ("VIENNE", "38200", "38544")]
FR_BIRTH_CITIES = ["LYON", "VILLEURBANNE", "SAINT-ETIENNE", "GRENOBLE", "CLERMONT-FERRAND", "ANNECY", "VALENCE",
                   "ROANNE", "ALGER", "CASABLANCA", "DAKAR", "TUNIS"]
FR_STREETS = ["RUE GARIBALDI", "AVENUE JEAN JAURES", "COURS EMILE ZOLA", "RUE DE MARSEILLE", "BOULEVARD DES ETATS-UNIS",
              "RUE PASTEUR", "AVENUE BERTHELOT", "RUE DU PROFESSEUR BEAUVISAGE", "CHEMIN DE LA DOUA"]


def us_street(g: Gen) -> str:
    n = g.rnd.randint(100, 3999)
    return g.rnd.choice([f"{n} {g.rnd.choice(US_STREETS)}", f"{n} {g.rnd.choice(US_STREETS)}",
                         f"{n} {g.rnd.choice(US_STREETS)} Apt {g.rnd.randint(101, 412)}"])


def gb_postcode(g: Gen) -> str:
    return f"{g.rnd.choice(GB_OUTWARD)} {g.rnd.randint(1, 9)}{g.digits(2, 'ABDEFGHJLNPQRSTUWXYZ')}"


def ca_postcode(g: Gen, fsa: str) -> str:
    letters = "ABCEGHJKLMNPRSTVWXYZ"
    return f"{fsa} {g.rnd.randint(0, 9)}{g.rnd.choice(letters)}{g.rnd.randint(0, 9)}"


def eircode(g: Gen, key: str) -> str:
    return f"{key} {g.rnd.choice('ACDEFHKNPRTVWXY')}{g.digits(3, EIRCODE_CHARS)}"


# -- identifiers with check digits (python-stdnum where it has them) ---------------------------------------------------


def us_ssn(g: Gen) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 665):03d}-{g.rnd.randint(1, 99):02d}-{g.rnd.randint(1, 9999):04d}"

    return g.valid(make, _ssn.is_valid)


def gb_upn(g: Gen, la: int, school: int, year: int) -> str:
    """An English Unique Pupil Number issued by the school ``school`` of local authority ``la`` in ``year``."""
    body = f"{la:03d}{school:04d}{year % 100:02d}{g.rnd.randint(1, 999):03d}"
    number = _upn.calc_check_digit(body) + body
    assert _upn.is_valid(number)
    return number


def ca_sin(g: Gen) -> str:
    def make() -> str:
        body = g.rnd.choice("1234567") + g.digits(7)
        return body + luhn.calc_check_digit(body)

    return g.valid(make, _sin.is_valid)


def ie_pps(g: Gen) -> str:
    body = g.digits(7)
    if g.rnd.random() < 0.35:
        suffix = g.rnd.choice("AB")
        number = body + _ie_vat.calc_check_digit(body + suffix) + suffix
    else:
        number = body + _ie_vat.calc_check_digit(body) + ("W" if g.rnd.random() < 0.05 else "")
    assert _pps.is_valid(number)
    return number


def nz_ird(g: Gen) -> str:
    def make() -> str:
        body = str(g.rnd.randint(10_000_000, 14_999_999))
        return body + _ird.calc_check_digit(body)

    number = g.valid(make, _ird.is_valid)
    return g.rnd.choice([number, f"{number[:3]}-{number[3:6]}-{number[6:]}", f"{number[:3]} {number[3:6]} {number[6:]}"])


def cn_ric(g: Gen, born: date, region: str, female: bool) -> str:
    """A Chinese resident identity card number: region, birth date, sequence (odd for boys), check character."""
    def make() -> str:
        seq = g.rnd.randint(0, 99) * 10 + g.rnd.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9])
        body = f"{region}{born:%Y%m%d}{seq:03d}"
        return body + _ric.calc_check_digit(body + "0")

    return g.valid(make, _ric.is_valid)


def gr_amka(g: Gen, born: date, female: bool) -> str:
    """A Greek AMKA: the birth date ``DDMMYY``, four digits (the last odd for men), a Luhn check digit."""
    def make() -> str:
        body = f"{born:%d%m%y}{g.digits(3)}{g.rnd.choice('02468' if female else '13579')}"
        return body + luhn.calc_check_digit(body)

    return g.valid(make, _amka.is_valid)


def in_aadhaar(g: Gen) -> str:
    def make() -> str:
        body = g.rnd.choice("23456789") + g.digits(10)
        return body + verhoeff.calc_check_digit(body)

    number = g.valid(make, _aadhaar.is_valid)
    return g.rnd.choice([number, f"{number[:4]} {number[4:8]} {number[8:]}"])


def ae_emirates_id(g: Gen, born: date) -> str:
    """A UAE identity number ``784-YYYY-NNNNNNN-C``: the country, the birth year, a serial, a Luhn check digit."""
    body = f"784{born.year}{g.digits(7)}"
    number = body + luhn.calc_check_digit(body)
    return f"{number[:3]}-{number[3:7]}-{number[7:14]}-{number[14]}"


def snils_check(body: str) -> str:
    """The two check digits of a Russian SNILS (the nine-digit body weighted 9 to 1, modulo 101, 100 -> 00)."""
    total = sum(int(d) * w for d, w in zip(body, range(9, 0, -1)))
    if total < 100:
        return f"{total:02d}"
    if total in (100, 101):
        return "00"
    rest = total % 101
    return "00" if rest == 100 else f"{rest:02d}"


def ru_snils(g: Gen) -> str:
    body = f"{g.rnd.randint(2_000_000, 199_999_999):09d}"
    return f"{body[:3]}-{body[3:6]}-{body[6:]} {snils_check(body)}"


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed, python-stdnum checks it)."""
    def make() -> str:
        if country == "IE":
            bban = g.rnd.choice(["AIBK", "BOFI", "IPBS", "ULSB", "PTSB"]) + g.digits(14)
        else:
            bban = g.rnd.choice(["86055592", "86020500", "86050200", "43060967", "12030000"]) + g.digits(10)
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def card(g: Gen) -> str:
    """A number passing Luhn with a Visa or Mastercard prefix (a legacy giving form kept it in clear)."""
    prefix = g.rnd.choice(["4", "4", "51", "53", "2223"])
    body = prefix + g.digits(15 - len(prefix))
    return body + luhn.calc_check_digit(body)


def token(g: Gen, prefix: str, n: int = 24) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)


def bcrypt_hash(g: Gen) -> str:
    alphabet = "./" + string.ascii_letters + string.digits
    return f"$2b$10${g.digits(53, alphabet)}"

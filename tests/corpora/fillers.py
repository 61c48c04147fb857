"""What fills a template's slots: people and identifiers, already marked up (see markup.py).

Every value is drawn from one `random.Random`, so a seed gives the same corpus each time.
"""

import random
import string

from .pools import ACRONYMS, AGENCIES, HELPLINES, POOLS

ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
    "twenty-first twenty-second twenty-third twenty-fourth twenty-fifth twenty-sixth "
    "twenty-seventh twenty-eighth"
).split()
MONTHS = (
    "January February March April May June July August September October November December"
).split()
UNITS = "one two three four five six seven eight nine".split()
TENS = {5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
PSEUDONYMS = "Dean Jo Sam Kim Ali Lou Steve Anna Dev Kasia Tom Nadia Remi Ash Bea".split()
SEALED_PSEUDONYMS = "Kit Nell Rosa Ade Jas Mika Tam Bex Ola Vic".split()
SEALED2_PSEUDONYMS = "Ren Cass Jules Ollie Fin Tia Jem Suki Zed Bo".split()
EMAIL_HOSTS = ["gmail", "hotmail", "yahoo", "outlook", "icloud", "example"]


def luhn_complete(digits: str) -> str:
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            n -= 9 if n > 9 else 0
        total += n
    return digits + str((10 - total % 10) % 10)


class Person:
    def __init__(self, first: str, last: str, rng: random.Random):
        self.first_name, self.last_name, self.rng = first, last, rng

    @property
    def full(self):
        return f"[[{self.first_name} {self.last_name}]]"

    @property
    def first(self):
        return f"[[{self.first_name}]]"

    @property
    def last(self):
        return f"[[{self.last_name}]]"

    @property
    def lfirst(self):
        return f"[[{self.first_name.lower()}]]"

    @property
    def lfull(self):
        return f"[[{self.first_name.lower()} {self.last_name.lower()}]]"

    @property
    def llast(self):
        return f"[[{self.last_name.lower()}]]"

    @property
    def ufull(self):
        return f"[[{self.first_name.upper()} {self.last_name.upper()}]]"

    @property
    def caps(self):
        """MR K OSEI: the title is not the identifier, the initial and surname are."""
        return f"[[{self.first_name[0].upper()} {self.last_name.upper()}]]"

    @property
    def init(self):
        return f"[[{self.first_name[0]}. {self.last_name}]]"

    @property
    def ufirst(self):
        return f"[[{self.first_name.upper()}]]"

    @property
    def email(self):
        user = ascii_only(self.rng.choice(
            [f"{self.first_name}.{self.last_name}", f"{self.first_name}{self.rng.randint(1, 99)}",
             f"{self.last_name}_{self.first_name[0]}"]
        ).lower())
        host = self.rng.choice(["gmail.com", "hotmail.co.uk", "yahoo.com", "icloud.com",
                                "outlook.com", "live.co.uk"])
        return f"[[{user}@{host}]]"

    @property
    def bare_handle(self):
        """A handle written without the @, after 'snap' or 'tiktok'."""
        stem = ascii_only(self.rng.choice([self.first_name, self.last_name])).lower()
        tail = self.rng.choice(["_x", "xx", str(self.rng.randint(1, 99)), "_b", ".official"])
        return f"[[{stem}{tail}]]"

    @property
    def ulast(self):
        return f"[[{self.last_name.upper()}]]"

    @property
    def handle(self):
        stem = self.rng.choice(
            [self.first_name[:3].lower(), self.first_name.lower(), self.last_name.lower()[:5]]
        )
        sep = self.rng.choice(["_", ".", "", "_x"])
        tail = self.rng.choice([str(self.rng.randint(1, 99)), "ls11", "x", "bs5", "_official"])
        return f"[[@{ascii_only(stem)}{sep}{tail}]]"

    @property
    def obf_email(self):
        user = ascii_only(self.rng.choice(
            [f"{self.first_name}.{self.last_name}", f"{self.first_name[0]}{self.last_name}",
             f"{self.first_name}{self.rng.randint(70, 99)}"]
        ).lower())
        host = self.rng.choice(EMAIL_HOSTS)
        tld = self.rng.choice(["com", "co dot uk", "co.uk"])
        form = self.rng.randrange(4)
        if form == 0:
            return f"[[{user.replace('.', ' dot ')} at {host} dot {tld}]]"
        if form == 1:
            return f"[[{user} at {host}.{tld.replace(' dot ', '.')}]]"
        if form == 2:
            return f"[[{user}(at){host}(dot){tld.replace(' dot ', '.')}]]"
        return f"[[{user} [at] {host} [dot] com]]".replace("[at]", "(at)").replace("[dot]", "(dot)")


def ascii_only(text: str) -> str:
    table = str.maketrans("łŁąćęńóśźżĄĆĘŃÓŚŹŻ", "lLacenoszzACENOSZZ")
    return "".join(c for c in text.translate(table) if c.isascii() and c not in "'- ")


class Fill:
    """Every slot a template may use, for one document."""

    def __init__(self, split: str, rng: random.Random):
        self.rng, self.split = rng, split
        pools = POOLS[split]
        self._people = pools["people"]
        self._word_names = pools["word_names"].split()
        self._nicknames = pools["nicknames"].split("|")
        self._towns = pools["towns"].split()
        self._countries = pools["countries"].split()
        self._hospitals = pools["hospitals"].split("|")
        self.a, self.b, self.c = (self.person() for _ in range(3))
        self.w = Person(rng.choice(self._word_names), self.surname(), rng)
        self.pseudonym_name = rng.choice(
            {"sealed": SEALED_PSEUDONYMS, "sealed2": SEALED2_PSEUDONYMS}.get(split, PSEUDONYMS)
        )

    def person(self) -> Person:
        given, surnames = self._people[self.rng.choice(sorted(self._people))]
        return Person(self.rng.choice(given.split()), self.rng.choice(surnames.split()), self.rng)

    def surname(self) -> str:
        _given, surnames = self._people[self.rng.choice(sorted(self._people))]
        return self.rng.choice(surnames.split())

    # --- plain slots (properties, so templates say {f.vrm}) ---------------------------
    @property
    def ps(self):
        return f"<<{self.pseudonym_name}>>"

    @property
    def ps_surname(self):
        return f"<<{self.pseudonym_name}>> [[{self.surname()}]]"

    @property
    def nick(self):
        return f"[[{self.rng.choice(self._nicknames)}]]"

    @property
    def town(self):
        return self.rng.choice(self._towns)

    @property
    def country(self):
        return self.rng.choice(self._countries)

    @property
    def hosp(self):
        return "{{" + self.rng.choice(self._hospitals) + "}}"

    @property
    def helpline(self):
        return self.rng.choice(HELPLINES[self.split])

    @property
    def agency(self):
        return self.rng.choice(AGENCIES[self.split])

    @property
    def acr(self):
        return self.rng.choice(ACRONYMS[self.split])

    def _letters(self, n, pool=string.ascii_uppercase):
        return "".join(self.rng.choice(pool) for _ in range(n))

    def _digits(self, n):
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    @property
    def vrm(self):
        area = self._letters(2, "ABCDEFGHKLMNOPRSVWY")
        age = self.rng.choice(["12", "15", "62", "17", "68", "19", "70", "21", "71", "07", "58"])
        tail = self._letters(3, "ABCDEFGHJKLMNOPRSTUVWXYZ")
        value = f"{area}{age}{self.rng.choice([' ', ''])}{tail}"
        return f"[[{value.lower() if self.rng.random() < 0.2 else value}]]"

    @property
    def sort(self):
        parts = [self._digits(2) for _ in range(3)]
        return f"[[{self.rng.choice(['-', ' ', ''] ).join(parts)}]]"

    @property
    def acct(self):
        return f"[[{self._digits(8)}]]"

    @property
    def card(self):
        start = self.rng.choice(["4", "5" + str(self.rng.randint(1, 5))])
        number = luhn_complete(start + self._digits(15 - len(start)))
        if self.rng.random() < 0.6:
            number = " ".join(number[i : i + 4] for i in range(0, 16, 4))
        return f"[[{number}]]"

    @property
    def mrn(self):
        form = self.rng.randrange(3)
        if form == 0:
            return f"[[{self._letters(1)}{self._digits(7)}]]"
        if form == 1:
            return f"[[{self._digits(7)}]]"
        return f"[[{self._letters(3)}{self._digits(6)}]]"

    @property
    def ho(self):
        value = f"{self.rng.choice('SBMDKH')}{self._digits(7)}"
        if self.rng.random() < 0.3:
            value += f"/{self.rng.randint(1, 9)}"
        return f"[[{value}]]"

    @property
    def brp(self):
        return f"[[{self.rng.choice(['ZR', 'ZU', 'RD', 'RF', 'ZT'])}{self._digits(7)}]]"

    @property
    def uan(self):
        return f"[[{'-'.join(self._digits(4) for _ in range(4))}]]"

    @property
    def passport(self):
        if self.rng.random() < 0.6:
            return f"[[{self._digits(9)}]]"
        return f"[[{self._letters(self.rng.choice([1, 2]))}{self._digits(7)}]]"

    @property
    def council(self):
        form = self.rng.randrange(3)
        if form == 0:
            prefix = self.rng.choice(["HOM", "HPA", "ASC", "HA"])
            return f"[[{prefix}/{self._digits(2)}/{self._digits(5)}]]"
        if form == 1:
            return f"[[{self._digits(8)}]]"
        return f"[[{self._letters(2)}{self._digits(6)}]]"

    @property
    def police(self):
        form = self.rng.randrange(3)
        if form == 0:
            return f"[[{self._digits(2)}/{self._digits(5)}/{self.rng.choice(['23', '24', '25'])}]]"
        if form == 1:
            return f"[[CR/{self._digits(6)}/24]]"
        return f"[[{self._digits(11)}]]"

    @property
    def dobw(self):
        day = self.rng.choice(ORDINALS)
        month = self.rng.choice(MONTHS)
        year = self.rng.randint(1956, 2006)
        if self.rng.random() < 0.3:
            month = month.lower()
        if year < 2000 and self.rng.random() < 0.35:
            tens, unit = divmod(year - 1900, 10)
            year_text = f"nineteen {TENS[tens]}" + (f"-{UNITS[unit - 1]}" if unit else "")
        else:
            year_text = str(year)
        of = self.rng.choice(["the {d} of {m}", "{d} of {m}", "the {d} {m}"])
        return "[[" + of.format(d=day, m=month) + f" {year_text}]]"

    @property
    def nil(self):
        prefix = self.rng.choice(["jk", "ab", "pr", "ny", "ce", "wl", "sn", "ht"])
        digits = self._digits(6)
        suffix = self.rng.choice("abcd")
        if self.rng.random() < 0.5:
            return f"[[{prefix}{digits}{suffix}]]"
        return f"[[{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}]]"

    @property
    def phone(self):
        return f"[[07700 900{self._digits(3)}]]"

    @property
    def pc(self):
        outward = f"{self.rng.choice(['LS', 'BS', 'M', 'OL', 'HU', 'S'])}{self.rng.randint(1, 20)}"
        inward = f"{self.rng.randint(1, 9)}{self._letters(2, 'ABDEFGHJLNPQRSTUWXYZ')}"
        return f"[[{outward} {inward}]]"

    @property
    def addr(self):
        street = self.rng.choice(["Mill Lane", "Church Street", "Albert Road", "Hawthorn Avenue",
                                  "Rosebery Terrace", "Kingsway", "Tennyson Close"])
        return f"[[{self.rng.randint(2, 140)} {street}]]"

    # --- slots added for the second sealed half (other forms of the same kinds) ---------
    @property
    def sort2(self):
        a, b, c = (self._digits(2) for _ in range(3))
        form = self.rng.choice(["{a}-{b}-{c}", "{a} {b} {c}", "{a}{b}{c}", "{a}.{b}.{c}"])
        return "[[" + form.format(a=a, b=b, c=c) + "]]"

    @property
    def police2(self):
        form = self.rng.randrange(5)
        if form == 0:
            log = self._digits(4)
            return f"[[{log} of {self.rng.randint(1, 28):02d}/{self.rng.randint(1, 12):02d}]]"
        if form == 1:
            return f"[[{self._digits(2)}{self._digits(9)}]]"
        if form == 2:
            return f"[[{self.rng.choice(['WYP', 'GMP', 'CR'])}-{self._digits(8)}]]"
        if form == 3:
            force, serial = self.rng.randint(10, 55), self._digits(6)
            return f"[[{force}/{serial}/{self.rng.choice(['24', '25'])}]]"
        log = self._digits(4)
        return f"[[{log}/{self.rng.randint(1, 28):02d}/{self.rng.randint(1, 12):02d}]]"

    @property
    def nhs(self):
        while True:
            digits = [self.rng.randint(0, 9) for _ in range(9)]
            check = 11 - sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=True)) % 11
            if check == 11:
                check = 0
            if check != 10:
                break
        n = "".join(map(str, digits)) + str(check)
        return f"[[{n[:3]} {n[3:6]} {n[6:]}]]" if self.rng.random() < 0.6 else f"[[{n}]]"

    @property
    def dobn(self):
        d, m = self.rng.randint(1, 28), self.rng.randint(1, 12)
        y = self.rng.randint(1950, 2008)
        form = self.rng.randrange(4)
        if form == 0:
            return f"[[{d}/{m}/{y % 100:02d}]]"
        if form == 1:
            return f"[[{d:02d}.{m:02d}.{y}]]"
        if form == 2:
            return f"[[{d:02d}-{m:02d}-{y}]]"
        return f"[[{d} {MONTHS[m - 1][:3].lower()} {y}]]"

    @property
    def phone2(self):
        tail = self._digits(3)
        return "[[" + self.rng.choice(
            [f"07700900{tail}", f"+44 7700 900{tail}", f"07700-900-{tail}", f"(07700) 900 {tail}"]
        ) + "]]"

    @property
    def pc2(self):
        area = self.rng.choice(["fy", "ng", "wv", "nr", "ca", "ts"])
        outward = f"{area}{self.rng.randint(1, 20)}"
        inward = f"{self.rng.randint(1, 9)}{self._letters(2, 'abdefghjlnpqrstuwxyz')}"
        return f"[[{outward}{self.rng.choice([' ', ''])}{inward}]]"

    @property
    def addr2(self):
        street = self.rng.choice(["Prospect St", "Victoria Rd", "Cemetery Road", "Orchard Way",
                                  "Jubilee Cres", "Peel Street", "Balmoral Ave"])
        flat = self.rng.choice(["", "Flat 3, ", "flat 12b ", "Room 4, "])
        return f"[[{flat}{self.rng.randint(1, 99)} {street}]]"

    @property
    def date(self):
        return f"[[{self.rng.randint(1, 28):02d}/{self.rng.randint(1, 12):02d}/" \
               f"{self.rng.randint(1960, 2005)}]]"

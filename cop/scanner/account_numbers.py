"""Account numbers after "account", "acc", "a/c" ("account no", "account number"): an
energy supplier's, a bank's or a council tax account ("arrears with her energy supplier
(account 0041887731)"). money.py takes a bank's eight digits; utilities and councils use
other lengths, so here 6 to 12 digits in a row are taken after the label. Six or more
digits are no year; an amount has a "£" before it or pence after it; a UK phone number
(0 and 9 or 10 more digits) is left to phones.py.
"""

import re
from collections.abc import Iterator

from .finding import Span
from .kinds import CASE_REF

ACCOUNT_NUMBER_RE = re.compile(
    r"\b(?:account|acc|acct|a/c)\.?(?:\s*(?:no|number|num|ref|reference|#))?\.?"
    r"(?:\s+(?:is|was))?\s*[:#(-]?\s*"
    r"(?:(?P<number>\d{6,12})(?![\d/-]|[.,]\d|\s*(?:k|p|pence|pounds|quid|%)\b)"
    # a council's or a supplier's letters before the digits, typed in groups: "account CT
    # 4418 2271", "acc no. EL 20 7731 09"; capitals only, so "account in 2019" is none
    r"|(?P<prefixed>(?-i:[A-Z]{1,3})[ -]?\d{2,6}(?:[ -]\d{2,6}){1,3})(?![\w/-]|[.,]\d))",
    re.IGNORECASE,
)
UK_PHONE_SHAPE_RE = re.compile(r"0[1-9]\d{8,9}")


def find_account_numbers(text: str) -> Iterator[Span]:
    for m in ACCOUNT_NUMBER_RE.finditer(text):
        if m.group("prefixed"):
            if sum(c.isdigit() for c in m.group("prefixed")) >= 6:
                yield (m.start("prefixed"), m.end("prefixed"), CASE_REF,
                       "an account number, letters then digits in groups, after 'account'")
            continue
        number = m.group("number")
        if UK_PHONE_SHAPE_RE.fullmatch(number):
            continue
        yield (m.start("number"), m.end("number"), CASE_REF,
               "an account number after 'account' (a utility, bank or council tax account)")

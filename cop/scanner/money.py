"""Bank details and payment cards.

A sort code is six digits ("20-45-67"), an account number eight; both are everyday shapes,
so they are taken only next to their label or to each other. A card number is 13 to 19
digits that pass the Luhn check, which one mistyped digit fails."""

import re
from collections.abc import Iterator

from .finding import Span
from .kinds import BANK_DETAILS, PAYMENT_CARD

SORT_CODE_RE = re.compile(r"(?<![\d./-])\d{2}([-. ]?)\d{2}\1\d{2}(?![\d-]|\.\d)")
ACCOUNT_RE = re.compile(r"(?<![\d-])\d{8}(?![\d-])")
SORT_LABEL_RE = re.compile(
    r"\b(?:sort(?:\s*code)?|s/c(?:ode)?|s\.c\.?|sc|sortcode)\b[\s:.,-]*(?:is\s+)?$", re.I
)
# What may stand between a sort code and its account number, either way round:
# "20-45-77 / 41208836", "41208836, 20 45 77", "20-45-77 acc 41208836".
PAIR_GAP_RE = re.compile(
    r"^[\s/,;:&|-]*(?:(?:and|acc(?:ount)?|acct|a/c|ac|no|number|sort\s*code|s/c|sc)\.?"
    r"[\s/,;:|-]*){0,3}$",
    re.IGNORECASE,
)
ACCOUNT_LABEL_RE = re.compile(
    r"\b(?:account|acc|acct|a/c|ac)(?:ount)?\.?\s*(?:no|number|num|#)?\.?[\s:,-]*(?:is\s+)?$",
    re.IGNORECASE,
)
# After "card" (debit, credit, bank card...), sixteen digits in fours are a card number even
# if one digit was mistyped and the Luhn check fails.
CARD_LABEL_RE = re.compile(r"\bcard\b(?:\s*(?:no|number|num|ending|#))?\.?\s*(?:is\s+)?[:#-]?\s*$",
                           re.IGNORECASE)
# ... or with "card" earlier in the same line ("read her card no. out to a 'bailiff' 4658 ..."):
# sixteen digits in four groups of four are seldom anything else.
CARD_EARLIER_RE = re.compile(r"\bcard\b[^\n!?]{0,60}$", re.IGNORECASE)
GROUPED_CARD_RE = re.compile(r"(?<![\d-])\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?![\d-])")
CARD_RE = re.compile(r"(?<![\d-])\d{4}([ -]?)\d{4}\1\d{4}\1\d{1,7}(?![\d-])|(?<!\d)\d{13,19}(?!\d)")


def luhn_valid(digits: str) -> bool:
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def _paired(a: re.Match[str], b: re.Match[str], text: str) -> bool:
    """Are two numbers side by side, only labels and punctuation between them?"""
    first, second = (a, b) if a.start() < b.start() else (b, a)
    gap = text[first.end() : second.start()]
    return len(gap) <= 25 and bool(PAIR_GAP_RE.match(gap))


def find_bank_details(text: str) -> Iterator[Span]:
    sorts = list(SORT_CODE_RE.finditer(text))
    accounts = list(ACCOUNT_RE.finditer(text))
    labelled_sorts = []
    for m in sorts:
        if SORT_LABEL_RE.search(text[max(0, m.start() - 20) : m.start()]):
            labelled_sorts.append(m)
            yield m.start(), m.end(), BANK_DETAILS, "a sort code next to 'sort code'"
        elif any(_paired(m, a, text) for a in accounts):
            yield m.start(), m.end(), BANK_DETAILS, "six digits beside an account number"
    for m in accounts:
        before = text[max(0, m.start() - 25) : m.start()]
        if ACCOUNT_LABEL_RE.search(before):
            yield m.start(), m.end(), BANK_DETAILS, "an account number next to 'account'"
        elif any(_paired(m, s, text) for s in sorts):
            yield m.start(), m.end(), BANK_DETAILS, "an account number beside a sort code"


def find_payment_cards(text: str) -> Iterator[Span]:
    for m in CARD_RE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if 13 <= len(digits) <= 19 and digits[0] != "0" and luhn_valid(digits):
            yield m.start(), m.end(), PAYMENT_CARD, "a card number that passes the Luhn check"
    for m in GROUPED_CARD_RE.finditer(text):
        if CARD_LABEL_RE.search(text[max(0, m.start() - 30) : m.start()]):
            yield m.start(), m.end(), PAYMENT_CARD, "sixteen digits in fours next to 'card'"
        elif CARD_EARLIER_RE.search(text[max(0, m.start() - 70) : m.start()]):
            yield m.start(), m.end(), PAYMENT_CARD, "sixteen digits in fours after 'card'"

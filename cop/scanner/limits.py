""""Max" and "min" as limits: after a number and its unit ("two nights max", "3 days max",
"10 mins min", "£20 max"), the word caps an amount and names no one, even where a
person's slot follows ("two nights max at 22 Mill Road")."""

import re

LIMIT_WORDS = frozenset("max min maximum minimum".split())

_NUMBER = (
    r"(?:[£$€]?\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|couple(?:\s+of)?|few)"
)
_UNIT = (
    r"(?:nights?|days?|weeks?|wks?|months?|mths?|years?|yrs?|hours?|hrs?|minutes?|mins?|"
    r"seconds?|secs?|times?|visits?|sessions?|people|persons?|adults?|kids|children|bags?|"
    r"items?|pints?|cans?|bottles?|units?|drinks?|doses?|tablets?|pills?|mg|ml|g|kg|miles?|"
    r"km|quid|pounds?|pence|p|nights?\s+a\s+week|a\s+(?:day|week|month|night))"
)
# Straight before the word: a number, then a unit or nothing ("20 max", "two nights max").
QUANTITY_BEFORE_RE = re.compile(
    r"(?<![\w£$€])(?:an?[ \t]+" + _UNIT + "|" + _NUMBER + r"(?:[ \t]*" + _UNIT + r")?)[ \t]+$",
    re.IGNORECASE,
)


def limit_word_at(text: str, start: int, end: int) -> bool:
    """True if text[start:end] is "max" or "min" capping the amount just before it."""
    if text[start:end].lower() not in LIMIT_WORDS:
        return False
    return QUANTITY_BEFORE_RE.search(text, max(0, start - 40), start) is not None

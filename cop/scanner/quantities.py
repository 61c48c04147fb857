"""A lower-case word after "some", "any" or an amount is a thing, not a person: "took some
mandy and some ket", "a bag of charlie". Drug slang and foods are often given names too
("mandy", "molly", "charlie"), but no one writes "some" before a person."""

import re

QUANTITY_BEFORE_RE = re.compile(
    r"\b(?:some|any|more|less|much|(?:a\s+)?(?:bit|lot|load|bag|gram|line|pill|wrap|"
    r"couple|tab|tabs|bags|grams|lines|pills|wraps)\s+of)\s+$",
    re.IGNORECASE,
)


def after_a_quantity(text: str, start: int, end: int) -> bool:
    """Whether the lower-case word at text[start:end] follows "some", "any" or an amount."""
    return text[start:end].islower() and bool(
        QUANTITY_BEFORE_RE.search(text, max(0, start - 16), start)
    )

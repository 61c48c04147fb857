"""Names the scanner knows are no one's: well-known services (data/services.txt) and the
terms a caller allows (the product's own agencies and communities). A finding that lies
wholly inside one is dropped, and the words of such a name are not taken for a person's
elsewhere in the text."""

import functools
import re
from collections.abc import Iterable

from .gazetteer import read_lines


def _pattern(terms: Iterable[str]) -> re.Pattern[str] | None:
    words = sorted({t.strip() for t in terms if t and t.strip()}, key=len, reverse=True)
    if not words:
        return None
    alternatives = "|".join(
        re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]?") for w in words
    )
    return re.compile(
        rf"(?<![\w])(?:the\s+)?(?:{alternatives})(?:['’]s)?(?![\w])", re.IGNORECASE
    )


@functools.cache
def _services_pattern() -> re.Pattern[str] | None:
    return _pattern(read_lines("services.txt"))


@functools.lru_cache(maxsize=64)
def _allowed_pattern(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    return _pattern(terms)


def known_term_spans(text: str, allowed_terms: Iterable[str] = ()) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for pattern in (_services_pattern(), _allowed_pattern(tuple(sorted(set(allowed_terms))))):
        if pattern is not None:
            spans.extend(m.span() for m in pattern.finditer(text))
    return spans

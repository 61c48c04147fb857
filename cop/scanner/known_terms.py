"""Names the scanner knows are no one's: well-known services (data/services.txt) and the
terms a caller allows (the product's own agencies and communities). A finding that lies
wholly inside one is dropped, and the words of such a name are not taken for a person's
elsewhere in the text."""

import functools
import re
from collections.abc import Iterable

from .gazetteer import read_lines

# Terms are indexed by their first word, so that the text's words are looked up once each
# rather than every term tried at every position (one pattern of some 200 alternatives
# was the slowest part of a scan).
FIRST_WORD_RE = re.compile(r"\w+")
THE_BEFORE_RE = re.compile(r"(?<![\w])the\s+$", re.IGNORECASE)

TermIndex = dict[str, re.Pattern[str]]


def _index(terms: Iterable[str]) -> TermIndex:
    """First word (lower case) -> one pattern for every term that starts with it, matched
    whole, ignoring case, with "St Mungo's" also matching "St Mungos" and "St Mungo’s"."""
    by_first: dict[str, set[str]] = {}
    for term in {t.strip() for t in terms if t and t.strip()}:
        first = FIRST_WORD_RE.match(term)
        if first is not None:
            by_first.setdefault(first.group().lower(), set()).add(term)
    return {
        first: re.compile(
            "(?:"
            + "|".join(
                re.escape(t).replace(r"\ ", r"\s+").replace("'", "['’]?")
                for t in sorted(group, key=len, reverse=True)
            )
            + r")(?:['’]s)?(?![\w])",
            re.IGNORECASE,
        )
        for first, group in by_first.items()
    }


@functools.cache
def _services_index() -> TermIndex:
    return _index(read_lines("services.txt"))


@functools.lru_cache(maxsize=64)
def _allowed_index(terms: tuple[str, ...]) -> TermIndex:
    return _index(terms)


def _spans(text: str, index: TermIndex) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    end = 0
    for word in FIRST_WORD_RE.finditer(text):
        if word.start() < end:
            continue
        pattern = index.get(word.group().lower())
        if pattern is None:
            continue
        m = pattern.match(text, word.start())
        if m is None:
            continue
        start = word.start()
        the = THE_BEFORE_RE.search(text, max(0, start - 8), start)  # "the Salvation Army"
        spans.append((the.start() if the else start, m.end()))
        end = m.end()
    return spans


def known_term_spans(text: str, allowed_terms: Iterable[str] = ()) -> list[tuple[int, int]]:
    spans = _spans(text, _services_index())
    allowed = tuple(sorted({t for t in allowed_terms if t and t.strip()}))
    if allowed:
        spans += _spans(text, _allowed_index(allowed))
    return spans

"""How like a person's name a single word is, from the word lists alone: the small tests the
structural rules (structure.py) share, kept apart from names.py so that they need not
import it."""

from collections.abc import Iterable, Iterator

from . import gazetteer, name_model, vocab

# Calendar words that are also given names ("May", "June", "Jan") or stand where one would.
MONTH_NAMES = frozenset(
    "jan january feb march mar april apr may june jun july jul august aug sept oct nov dec"
    .split()
)
WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed weds thu thur "
    "thurs fri sat sun".split()
)
# Seasons are given names too (Summer, Autumn), which the non-names hold as times of year:
# where only a person can stand (a chat's speaker, the subject of "says") they are names.
SEASON_NAMES = frozenset("summer autumn winter spring".split())

# A word in no list must look at least this much like a name to the model (names.py uses
# the same figure for a lower-case word in a weak context).
UNLISTED_NAME_PROBABILITY = 0.6


def likelihood(key: str) -> float:
    """Very likely if the world name lists hold `key`; else what the name model reads."""
    if key in gazetteer.load().world_names:
        return 0.95
    return name_model.probability(key)


def unlisted(key: str) -> bool:
    """In no name list, no dictionary and no list of places or non-names."""
    gaz = gazetteer.load()
    return not (
        key in gaz.given or key in gaz.surnames or key in gaz.english or key in gaz.places
        or key in gaz.non_names or key in gaz.world_names
    )


def could_be_first_name(key: str) -> bool:
    """A listed given name (even one that is also a word: "dawn", "frank"), a name in the
    world lists, or a word in no list that the model finds like a name; never a word that
    is no one's name ("team", "duty") or a place."""
    gaz = gazetteer.load()
    if len(key) < 2 or key in gaz.non_names or key in gaz.places:
        return False
    if key in gaz.given or key in gaz.world_names:
        return True
    return unlisted(key) and likelihood(key) >= UNLISTED_NAME_PROBABILITY



def given_name_not_a_date(key: str, allowed: frozenset[str]) -> bool:
    """A listed given name that is not the author's pseudonym, a month, a weekday or a
    place: what a capitalised word must be where only its position says it is a person."""
    gaz = gazetteer.load()
    return (
        key in gaz.given
        and key not in allowed
        and key not in MONTH_NAMES
        and key not in WEEKDAYS
        and key not in gaz.places
    )


def given_name_heading_a_clause(key: str, allowed: frozenset[str]) -> bool:
    """A listed given name (a season's name too, though never-names hold it) that is no
    place, month, weekday, role or word that is never a clause's subject: what a word
    opening a sentence or a list's item must be to be taken for a person there."""
    gaz = gazetteer.load()
    if key in allowed or key not in gaz.given:
        return False
    if key in gaz.non_names and key not in SEASON_NAMES:
        return False
    return (
        key not in gaz.places
        and key not in MONTH_NAMES
        and key not in WEEKDAYS
        and key not in vocab.NOT_A_SUBJECT
        and not vocab.ROLE_WORD_RE.fullmatch(key)
    )


def full_names(
    text: str, names: Iterable[tuple[int, int]]
) -> Iterator[tuple[int, int, list[str]]]:
    """The names of two or more capitalised words among `names`, with their words."""
    for start, end in names:
        parts = text[start:end].split()
        if len(parts) >= 2 and all(p[:1].isupper() for p in parts):
            yield start, end, parts

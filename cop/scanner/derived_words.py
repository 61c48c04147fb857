"""Everyday English words the dictionary lacks only because they carry a suffix.

A word list holds "leave", "aid" and "staff" but not always "leaver", "aider" or
"staffie"; such a word in no list of names is an English word, not a name nobody listed,
so a lower-case one is never taken for a person. Only words in no list of given names or
surnames count, as many names are made the same way ("Hunter", "Baker").
"""

import functools

from . import gazetteer

# Suffix, and what to put back on the stem: "leaver" -> "leave", "aider" -> "aid".
SUFFIXES = (
    ("ers", ""), ("ers", "e"), ("er", ""), ("er", "e"), ("r", ""), ("ies", "y"), ("ie", ""),
    ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("ness", ""), ("ment", ""),
    ("ful", ""), ("less", ""), ("ly", ""),
)
SHORTEST_STEM = 3


@functools.lru_cache(maxsize=4096)
def is_derived(key: str) -> bool:
    """True if `key` (folded) is an English word plus a common suffix, and no name."""
    gaz = gazetteer.load()
    if not key.isalpha() or key in gaz.given or key in gaz.surnames:
        return False
    for suffix, restore in SUFFIXES:
        if key.endswith(suffix) and len(key) - len(suffix) >= SHORTEST_STEM:
            stem = key[: -len(suffix)]
            if stem + restore in gaz.english:
                return True
            # A doubled last consonant: "runner" -> "run".
            if len(stem) > SHORTEST_STEM and stem[-1] == stem[-2] and stem[:-1] in gaz.english:
                return True
    return False

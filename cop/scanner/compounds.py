"""Words made of two everyday English words ("caseworker", "handover", "wellbeing").

Such a word is missing from the dictionary only because it is written closed up: it is no
one's name. Only words in no name list count, since many surnames are made the same way
("Blackburn", "Whitfield"); both halves must have four letters or more, since short words
("ash", "bar", "ley") end and start too many names.
"""

import functools

from . import gazetteer

SHORTEST_HALF = 4


@functools.lru_cache(maxsize=4096)
def is_compound(key: str) -> bool:
    """True if `key` (folded, see gazetteer.fold) is two English words closed up and in no
    list of names or places."""
    gaz = gazetteer.load()
    if (
        len(key) < 2 * SHORTEST_HALF
        or not key.isalpha()
        or key in gaz.given
        or key in gaz.surnames
        or key in gaz.world_names
        or key in gaz.places
    ):
        return False
    english = gaz.english
    return any(
        key[:i] in english and key[i:] in english
        for i in range(SHORTEST_HALF, len(key) - SHORTEST_HALF + 1)
    )

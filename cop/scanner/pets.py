"""A pet's name identifies no one: the corpus convention leaves "Bruno" unmarked in "he has a
dog with him, Bruno, ...". A name is a pet's when the text binds it to an animal word as an
aside: after the animal and a comma, a dash or a bracket, closed straight after ("a dog with
him, Bruno,", "the cat (Tilly)"), after "called" ("a staffie called Tyson", "the dog is
called Tyson"), or before the animal in brackets ("Tilly (the cat)"). Its other mentions in
the text are the pet's too.

"her cat Biscuit" (no aside) is left to the name rules: one corpus marks such a name."""

import re

from .gazetteer import fold

_ANIMAL = (
    r"(?:dog|dogs|cat|cats|puppy|pup|kitten|staffie|staffy|lurcher|terrier|collie|spaniel|"
    r"labrador|husky|bulldog|greyhound|whippet|alsatian|rottweiler|poodle|chihuahua|rabbit|"
    r"hamster|budgie|parrot|ferret|tortoise|snake|pet)"
)
# Before the name: the animal, perhaps "with him", then a comma, dash or bracket.
ANIMAL_ASIDE_BEFORE_RE = re.compile(
    r"\b" + _ANIMAL + r"(?:[ \t]+with[ \t]+(?:him|her|them|me|us))?[ \t]*(?:,|\(|[-–])[ \t]*$",
    re.IGNORECASE,
)
# "the dog is called Tyson btw": "called" binds the name to the animal, closed or not.
ANIMAL_CALLED_BEFORE_RE = re.compile(
    r"\b" + _ANIMAL + r"[ \t]+(?:(?:is|was|['’]s)[ \t]+)?(?:called|named)[ \t]+$",
    re.IGNORECASE,
)
# After the name: the aside closes ("Bruno, we've", "Tilly)", "Bruno.").
ASIDE_CLOSES_AFTER_RE = re.compile(r"[ \t]*(?:[,);.!?:]|[-–][ \t]|\n|$)")
# After the name, the animal in brackets: "Tilly (the cat)", "Bruno (his dog)".
ANIMAL_IN_BRACKETS_AFTER_RE = re.compile(
    r"[ \t]*\([ \t]*(?:the|his|her|their|our|my|a)[ \t]+(?:[\w-]+[ \t]+)?" + _ANIMAL
    + r"[ \t]*\)",
    re.IGNORECASE,
)


def _a_pet_here(text: str, start: int, end: int) -> bool:
    if ANIMAL_IN_BRACKETS_AFTER_RE.match(text, end):
        return True
    if ANIMAL_CALLED_BEFORE_RE.search(text, max(0, start - 40), start):
        return True
    return bool(ASIDE_CLOSES_AFTER_RE.match(text, end)) and bool(
        ANIMAL_ASIDE_BEFORE_RE.search(text, max(0, start - 40), start)
    )


def pet_names(text: str, spans: list[tuple[int, int]]) -> set[str]:
    """The one-word names among `spans` that the text gives a pet (folded)."""
    return {
        fold(text[start:end])
        for start, end in spans
        if " " not in text[start:end] and _a_pet_here(text, start, end)
    }

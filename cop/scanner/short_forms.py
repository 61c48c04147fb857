"""Short forms of given names as a sentence's subject: "Tel says he's a citizen
journalist", "Mags rang", "Gav texted at 2".

British notes shorten names (Terry to Tel, Barry to Baz, Trevor to Trev), and several short
forms are words or abbreviations too ("tel." for telephone, "col", "reg"), which the lists
keep out of names. Capitalised and straight before a verb of speaking or of what only a
person does ("says", "rang", "texted"), with no determiner before it, the short form is
the person.
"""

import re
from collections.abc import Iterator

from . import vocab

# Short forms of English given names that the name lists lack or hold as words.
SHORT_FORMS = frozenset(
    """tel del baz bazza gaz gazza kev shaz trev tez bev bez dez kez jez chaz daz caz jas mags
    mo reg di bex becks steph gav tash tam kath cath viv sal pat ted nat dom mick rob bob jo
    macca tommo kel jen jon sue lou deb debs trish tris al ali ange andy barb bernie carl
    cass dot fran frankie geoff gill hels jacks jules kaz kris les marg meg mel nige pete
    phil rach ros roz sam si steve stu tina tone val vic vin wal""".split()
)
# A capitalised short word (the quick pattern; the set decides).
WORD_RE = re.compile(r"\b[A-Z][a-z]{1,5}\b")
JOINED = frozenset("'’-")


def short_form_subjects(text: str, allowed: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Short forms of given names just before a verb only a person does."""
    for m in WORD_RE.finditer(text):
        key = m.group().lower()
        if key not in SHORT_FORMS or key in allowed:
            continue
        start, end = m.span()
        if (start and text[start - 1] in JOINED) or text[end : end + 1] in JOINED:
            continue  # "O'Tel", "Tel-Aviv"
        if not vocab.HUMAN_VERB_AFTER_RE.match(text[end : end + 40]):
            continue
        if vocab.DETERMINER_BEFORE_RE.search(text[max(0, start - 12) : start]):
            continue
        yield start, end

"""Sentences in Welsh, whose everyday words the name lists hold as names ("yma", "gyda").

Bilingual notes are common in Wales. A sentence with two or more Welsh function words that
are not also English words is Welsh; a lower-case word in it is a word of the language, not
a person's name typed in lower case. The words are a subset of the Welsh (cy) list in
stopwords-iso (github.com/stopwords-iso, MIT licence), leaving out words that are English
too ("a", "i", "o", "am", "ar", "at", "hi", "dim", "pan").
"""

import re

WELSH_FUNCTION_WORDS = frozenset(
    """yn yr y mae roedd oedd oeddwn gyda gyda'r efo hefo yma yno acw wedi iddo iddi iddyn
    iddynt ei eu ein eich ac ond hefyd ddim bod fydd bydd byddai nhw chdi ydy ydw yw ydyn
    nid neu sydd rhaid hwn hon hyn hynny wrth rhwng drwy trwy dros gan heb ynghylch fy dy
    mewn ym yng gyd ar\u00f4l ati ato arno arni iawn eisiau oherwydd achos felly""".split()
)
SENTENCE_RE = re.compile(r"[^.!?\n]+")
WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
FEWEST_WELSH_WORDS = 2


def welsh_sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of `text` that are in Welsh."""
    spans = []
    for m in SENTENCE_RE.finditer(text):
        words = [w.lower() for w in WORD_RE.findall(m.group())]
        if sum(w in WELSH_FUNCTION_WORDS for w in words) >= FEWEST_WELSH_WORDS:
            spans.append(m.span())
    return spans

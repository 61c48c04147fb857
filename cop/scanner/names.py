"""People's names.

There is no language model here: names are found from capitalised words, name lists (see
gazetteer.py), lists of what is not a name (everyday English words, places) and the context
UK case notes put around people ("Dr", "her key worker", "(16)", "said", "went with"). The
steps:

1. split the text into words and group neighbouring capitalised words into chains
   ("Dr Fiona Marsh", "Park Lane Surgery", "Michael O'Brien");
2. cut each chain into runs at words that cannot be part of a name, dropping runs that
   turn out to name an organisation or place ("... Surgery", "HMP ...");
3. decide whether each run is a person, from the name lists and the context;
4. add what capitalisation misses: names in lower case ("went with kevin"), nicknames
   ("known as Little Mo"), initials ("K. Ward"), a surname after the pseudonym;
5. mark every other mention of a word of a name found ("Emma Stott ... Emma's").

Pseudonyms the author declared are never reported.
"""

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, fields
from typing import Any

from . import (
    addresses,
    compounds,
    derived_words,
    gazetteer,
    initials,
    introductions,
    kin_names,
    lower_slots,
    name_model,
    nickname_cues,
    quoted_nicknames,
    structure,
    vocab,
    word_sense,
)
from .gazetteer import fold
from .kinds import PERSON

# (start, end, kind, reason): a name always comes with its reason.
NameSpan = tuple[int, int, str, str]

# A word: letters, possibly joined by apostrophes or hyphens (O'Brien, Brown-Whitfield).
WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
POSSESSIVE_RE = re.compile(r"['’]s$")
# Spaces allowed between two words of one chain; a line break ends a chain.
CHAIN_GAP_RE = re.compile(r"[ \t\u00a0]{1,3}")
# "Mr. Smith", "St. Mary's", "J. Smith": a full stop after a title or an initial does not
# end the chain.
TITLE_GAP_RE = re.compile(r"\.[ \t\u00a0]{1,3}")

# Surname shapes that need no list: Gaelic prefixes, Slavic, Romanian, Baltic, Greek,
# Turkish and Persian endings.
SURNAME_SHAPE_RE = re.compile(
    r"^(?:Ma?c[A-Z][a-z]{2,}|[OD]['’][A-Z][a-z]+|Fitz[a-z]{3,})$"
    r"|[a-z](?:ski|ska|sky|cki|cka|dzki|wicz|czyk|czak|szyk|enko|chuk|czuk|escu|eanu|auskas|"
    r"auskiene|auskienė|ienė|aite|aitė|ytė|ński|ńska|ovic|ović|evic|ević|ovich|evich|ovski|evski|oglu|"
    r"oğlu|zadeh|opoulos|poulos|akis|idis)$"
    r"|^[A-Z][a-z]{3,}(?:ova|eva|ov|ev)$"
)
# Place names joined by lower-case words: Stoke-on-Trent, Chester-le-Street.
HYPHENATED_PLACE_RE = re.compile(
    r"-(?:on|upon|under|le|la|de|des|super|in|by|the|en|cum|sur|am|an)-", re.IGNORECASE
)
BRAND_CAPITALS_RE = re.compile(r"[A-Z]{2,}[a-z]|[a-z]{4}[A-Z]")  # "SANEline", "StreetLink"
# "Merton-compliant", "Leeds-based": a hyphen before an everyday English word in lower
# case. Names join capitalised parts ("Okonkwo-Harte"), or syllables ("Seo-yeon").
LOWER_PART_RE = re.compile(r"-([a-z]{2,})(?=-|$)")
BULLET_OR_SENTENCE_END = set(".!?:;•*|\n\r")
# "al-Amin", "el-Sayed", "abu-Bakr": an article or "son of" in lower case, joined to a
# capitalised name, is a capitalised name.
PREFIXED_CAPITAL_RE = re.compile(
    r"(?:al|el|ul|ad|ar|as|at|az|an|ash|abu|abd|bin|ibn|bint|ben)[-‐][A-Z]"
)
# "I've", "She'd", "Won't", "They'll": never a name.
CONTRACTION_RE = re.compile(r"['’](?:ve|ll|d|re|m|t)$|n['’]t$", re.IGNORECASE)


@dataclass(slots=True)
class Word:
    """A word of the text, classified for name-finding."""

    start: int
    end: int  # end of the name itself, before any possessive 's
    full_end: int  # end including the possessive
    text: str
    key: str
    capitalised: bool
    particle: bool = False
    never: bool = False  # cannot be part of a name
    title: bool = False
    org_word: bool = False
    surname_or_place: bool = False
    org_prefix: bool = False
    place: bool = False
    given: bool = False
    surname: bool = False
    common: bool = False  # a name that is also an everyday word
    shaped: bool = False  # looks like a surname by its form
    english: bool = False  # an everyday English word ("frank", "storm", "golden")
    everyday: bool = False  # a name mostly used as a word (common_words.txt: "will", "hope")

    @property
    def possessive(self) -> bool:
        return self.full_end > self.end

    @property
    def strong_given(self) -> bool:
        return self.given and not self.common and not self.place

    @property
    def strong_surname(self) -> bool:
        return (self.surname and not self.common and not self.place) or self.shaped

    @property
    def unknown(self) -> bool:
        """Capitalised, in no list and no English word: "Hiwot", "Warsame". Such a word is
        a name, a place or a brand; context decides."""
        return (
            self.capitalised
            and not self.text.isupper()
            and len(self.text) > 2
            and not (self.given or self.surname or self.place or self.english or self.never)
            and not (self.title or self.org_word or self.org_prefix or self.surname_or_place)
        )

    @property
    def name_like(self) -> bool:
        return self.strong_given or self.strong_surname or self.unknown


@dataclass
class Run:
    """Consecutive words that may together be one person's name."""

    words: list[Word] = field(default_factory=list)
    titled: bool = False  # straight after "Mr", "Dr"...
    institution: bool = False  # straight after "HMP", "St"...

    @property
    def start(self) -> int:
        return self.words[0].start

    @property
    def end(self) -> int:
        return self.words[-1].end

    @property
    def full_end(self) -> int:
        return self.words[-1].full_end


def classify(word: Word, gaz: gazetteer.Gazetteer) -> Word:
    """Fill in what the word lists say about `word`."""
    key = word.key
    if word.text.isupper() and len(word.text) > 1:
        # An acronym (NHS, DOB, HMP) unless it is a name in capitals ("SMITH").
        word.title = key in vocab.TITLES
        word.org_prefix = key in vocab.ORG_PREFIXES
        if len(word.text) < 3 or key in gaz.non_names:
            word.never = True
            return word
        if key in initials.known_acronyms() and key not in gaz.given:
            word.never = True  # a team's acronym (data/acronyms.txt): "Glasgow HSCP"
            return word
    word.title = key in vocab.TITLES
    word.org_prefix = key in vocab.ORG_PREFIXES
    if BRAND_CAPITALS_RE.search(word.text) or any(
        part in gaz.english for part in LOWER_PART_RE.findall(word.text)
    ):
        word.never = True  # "SANEline", "NHSmail": a name is in capitals whole or not at all
        return word
    if "-" in key and key.replace("-", "") in gaz.english and key.replace("-", "") not in gaz.given:
        word.never = True  # "Wi-Fi", "E-mail", "Co-op": a word closed up, not two names
        return word
    word.org_word = key in vocab.ORG_WORDS
    word.surname_or_place = key in vocab.SURNAME_OR_PLACE_WORDS
    if HYPHENATED_PLACE_RE.search(word.text):
        word.place = True  # "Stoke-on-Trent", "Ashby-de-la-Zouch"
        return word
    parts = [p for p in key.split("-") if len(p) > 1] if "-" in key else [key]
    if PREFIXED_CAPITAL_RE.match(word.text):
        parts = parts[1:] or parts  # "al-Qaeda": the article ("al") is no given name
    word.given = any(p in gaz.given for p in parts)
    word.surname = any(p in gaz.surnames for p in parts)
    word.never = key in gaz.non_names or (
        len(parts) > 1
        and any(p in gaz.non_names for p in parts)
        and not (word.given or word.surname)
    )
    word.place = word.place or key in gaz.places
    # "Handover", "Wellbeing": two English words closed up are a word too
    word.english = key in gaz.english or compounds.is_compound(key)
    word.everyday = key in gaz.common_words
    word.common = word.everyday or (word.english and (word.given or word.surname))
    word.shaped = bool(SURNAME_SHAPE_RE.search(word.text))
    return word


def _shape(raw: str, gaz: gazetteer.Gazetteer) -> tuple[Any, ...]:
    """What the word lists say about the matched text `raw`, as Word's fields from `text` on."""
    name = POSSESSIVE_RE.sub("", raw) if len(raw) > 3 else raw
    word = Word(
        start=0,
        end=len(name),
        full_end=len(raw),
        text=name,
        key=fold(name),
        capitalised=name[:1].isupper() or bool(PREFIXED_CAPITAL_RE.match(name)),
    )
    if word.capitalised:
        classify(word, gaz)
        if CONTRACTION_RE.search(name):
            word.never = True
        if word.possessive and fold(raw) in gaz.non_names:
            word.never = True  # "McDonald's", "Sainsbury's", "Valentine's"
    else:
        word.particle = word.key in vocab.PARTICLES
    return tuple(getattr(word, f.name) for f in fields(Word)[3:])


# The same word comes back many times in a text and across texts: its classification is
# looked up once per gazetteer (about a quarter of a scan's time went on classifying).
_shapes: dict[str, tuple[Any, ...]] = {}
_shapes_gazetteer: list[gazetteer.Gazetteer] = []
_SHAPES_KEPT = 200_000


def tokenize(text: str, gaz: gazetteer.Gazetteer) -> list[Word]:
    if not _shapes_gazetteer or _shapes_gazetteer[0] is not gaz or len(_shapes) > _SHAPES_KEPT:
        _shapes.clear()
        _shapes_gazetteer[:] = [gaz]
    shapes = _shapes
    words = []
    for m in WORD_RE.finditer(text):
        raw = m.group()
        shape = shapes.get(raw)
        if shape is None:
            shape = shapes[raw] = _shape(raw, gaz)
        start = m.start()
        words.append(Word(start, start + len(shape[0]), m.end(), *shape))
    return words


def chains(text: str, words: list[Word]) -> Iterator[list[Word]]:
    """Groups of capitalised words separated only by spaces (or name particles)."""
    chain: list[Word] = []
    for i, word in enumerate(words):
        if not word.capitalised:
            # "van der", "bin": kept only between two capitalised words ("Mr van der Berg":
            # several particles in a row, then the capitalised word).
            j = i
            while word.particle and j + 1 < len(words) and words[j + 1].particle \
                    and not words[j + 1].capitalised \
                    and CHAIN_GAP_RE.fullmatch(text[words[j].end : words[j + 1].start]):
                j += 1
            following = words[j + 1] if j + 1 < len(words) else None
            if (
                word.particle
                and chain
                and following is not None
                and following.capitalised
                and CHAIN_GAP_RE.fullmatch(text[chain[-1].full_end : word.start])
                and CHAIN_GAP_RE.fullmatch(text[words[j].end : following.start])
            ):
                chain.append(word)
                continue
            if chain:
                yield chain
                chain = []
            continue
        if chain:
            previous = chain[-1]
            gap = text[previous.full_end : word.start]
            # A possessive ends a name ("Emma's mum") but not a place ("King's Lynn").
            joined = (not previous.possessive or previous.org_prefix) and (
                CHAIN_GAP_RE.fullmatch(gap)
                or (
                    TITLE_GAP_RE.fullmatch(gap)
                    and (previous.title or previous.org_prefix or len(previous.text) == 1)
                )
            )
            if not joined:
                yield chain
                chain = []
        chain.append(word)
    if chain:
        yield chain


def starts_sentence(text: str, position: int) -> bool:
    """True if the word at `position` opens a sentence, heading, field or bullet."""
    i = position - 1
    while i >= 0 and text[i] in " \t\u00a0\"'“‘([":
        i -= 1
    if i < 0 or text[i] in BULLET_OR_SENTENCE_END:
        return True
    if text[i] in "-–—":
        j = i - 1
        while j >= 0 and text[j] in " \t":
            j -= 1
        return j < 0 or text[j] in "\n\r"
    return False


def runs(chain: list[Word], allowed: frozenset[str]) -> Iterator[Run]:
    """Cut a chain at words that cannot be in a name; drop runs that name institutions."""
    run = Run()
    titled = institution = False

    def close() -> Iterator[Run]:
        nonlocal run
        while run.words and run.words[-1].particle:
            run.words.pop()
        if run.words and not run.institution:
            yield run
        run = Run()

    for i, word in enumerate(chain):
        is_last = i == len(chain) - 1
        if word.particle:
            if run.words:
                run.words.append(word)
            continue
        if word.key in allowed:
            yield from close()
            titled = institution = False
            continue
        if word.title and not is_last and not run.words:
            titled, institution = True, False
            continue
        if word.org_prefix and not is_last and not titled:
            yield from close()
            institution = True
            continue
        if word.surname_or_place and run.words:
            # "Emma Hall", "Peter Hill" (people) or "Victoria Park", "Grace House" (places);
            # a given name that is also a word counts ("Peter"), an everyday one not ("Hope").
            first = run.words[0]
            given = first.given and not first.everyday and not first.place
            if len(run.words) == 1 and given and not run.institution:
                run.words.append(word)
            else:
                run = Run()
                institution = True  # "Notting Hill Genesis"
            continue
        if word.org_word and not (run.titled and run.words):
            run = Run()  # the words before it name an organisation or a street
            titled, institution = False, True
            continue
        if word.never:
            yield from close()
            titled = institution = False
            continue
        if not run.words:
            run.titled, run.institution = titled, institution
            titled = institution = False
        run.words.append(word)
    yield from close()


SHORT_NAME_LENGTH = 4


def _short_first_name(word: Word) -> bool:
    """A short given name that is also a rare English word or abbreviation ("Nat", "Di"),
    not an everyday word ("Will", "May"), a place or an acronym."""
    return (
        word.given
        and 2 <= len(word.text) <= SHORT_NAME_LENGTH
        and not word.text.isupper()
        and not (word.everyday or word.place or word.never or word.possessive)
        and not (word.title or word.org_word or word.org_prefix or word.surname_or_place)
    )


def is_full_name(words: list[Word]) -> bool:
    """Two or more words: is this a person's name?"""
    first, last = words[0], words[-1]
    if first.given and not first.place:
        if first.common:
            # "Grace Nwosu", "Jordan Rowbotham", but not "Major Incident" or "Hope Project"
            return last.strong_surname or last.strong_given or last.unknown
        return True
    if first.given and first.place:
        return last.strong_surname or last.unknown  # "Jordan Rowbotham", "Georgia Nowak"
    if first.common and not first.place and last.unknown and len(words) == 2:
        # "Autumn Haileselassie": a name that is a word, then one the model finds a name
        return name_likelihood(last.key) >= UNLISTED_NAME_PROBABILITY
    if first.place or first.common:
        return False
    if first.strong_surname and any(w.given for w in words[1:]):
        return True  # family name first: "Nguyen Thi Lan", "Zhang Wei"
    # Unlisted first word: trust a listed or surname-shaped last word ("Oluwadara Adeyemi").
    if last.strong_surname or first.shaped:
        return True
    # Two or three words in no list and no dictionary: "Hiwot Bekele", "Yared Tadesse".
    return len(words) <= 3 and all(w.name_like for w in words) and any(w.unknown for w in words)


def has_person_context(text: str, run: Run, previous_person_end: int | None) -> bool:
    before = text[max(0, run.start - 60) : run.start]
    after = text[run.full_end : run.full_end + 60]
    if vocab.ROLE_BEFORE_RE.search(before):
        return True
    if (
        vocab.SIGN_OFF_BEFORE_RE.search(before)
        and vocab.SIGN_OFF_END_RE.match(text[run.full_end : run.full_end + 3])
        # "From: Discharge Coordination": a team of workplace words signs no one's name
        and (len(run.words) == 1 or any(w.given or w.surname or w.unknown or w.shaped
                                        for w in run.words))
    ):
        return True
    if vocab.AGE_OR_BIRTH_AFTER_RE.match(after) or vocab.ROLE_AFTER_RE.match(after):
        return True
    if vocab.ID_IN_BRACKETS_AFTER_RE.match(after) and not any(w.place for w in run.words):
        return True  # "Spencer Moon (CRN X381442)"
    if (
        len(run.words) > 1
        and not any(w.place for w in run.words)
        and not all(w.common for w in run.words)
        and not starts_sentence(text, run.start)
        and vocab.PEOPLE_ONLY_VERB_BEFORE_RE.search(before)
    ):
        return True
    if (
        len(run.words) > 1
        and any(w.unknown or w.strong_given for w in run.words)
        and not any(w.place or w.org_word for w in run.words)
        and (vocab.PERSON_VERB_AFTER_RE.match(after) or vocab.FAMILY_AFTER_RE.match(after))
    ):
        return True  # "Fikru Lemma has been sofa surfing"
    if (
        len(run.words) == 2
        and run.words[0].given
        and run.words[1].surname
        and not any(w.place or w.org_word or w.everyday for w in run.words)
        and not starts_sentence(text, run.start)
        and vocab.NAME_BEFORE_RE.search(before[-25:])
    ):
        return True  # "moved in with Terry Hollins": both words names, where a person goes
    if (
        previous_person_end is not None
        and vocab.LIST_JOINER_RE.match(text[previous_person_end : run.start])
        # "from Adama, Ethiopia", "WARDLE, KNOWN AS": a place or a word after the comma
        and not any(w.place or (w.english and not w.given) or (w.text.isupper() and len(w.text) < 5)
                    for w in run.words)
    ):
        return True
    return False


def is_single_name(text: str, word: Word, sentence_start: bool) -> bool:
    """One word: a person if the lists make it clearly a name, or if it could be a name
    (listed, or in no dictionary) and its context is a person's."""
    if word.place or word.text.isupper() or word.surname_or_place:
        return False  # "Preston", "CHI", "Park": a place, an acronym
    if word.strong_given or word.shaped:
        return True
    before = text[max(0, word.start - 25) : word.start]
    if not (word.given or word.surname or word.unknown):
        # A capitalised everyday word mid-sentence is a proper noun; after "went with",
        # "saw", "rang", a person's: "went with Honey".
        return (
            word.english
            and not (word.never or word.org_word or word.org_prefix or word.title)
            and (
                (not sentence_start and bool(vocab.STRONG_NAME_BEFORE_RE.search(before)))
                # "Spud's solicitor is ...": a nickname that is a word, with 's before
                # a relative or a worker, even opening a sentence
                or kin_names.possessive_of_a_person(text, word.start, word.end, word.key)
            )
        )
    after = text[word.full_end : word.full_end + 30]
    if word.possessive and not sentence_start and not vocab.EPONYM_AFTER_RE.match(after):
        return True  # "Storm's dad", "went to Hiwot's"
    if (
        not sentence_start
        and vocab.NAME_BEFORE_RE.search(before)
        # after a weak cue ("about", "for", "from"), a word in no list must also look like
        # a name a little: "asked about Buvidal" is a drug
        and not (
            word.unknown
            and vocab.WEAK_CUE_BEFORE_RE.search(before)
            and name_likelihood(word.key) < WEAKLY_CUED_NAME_PROBABILITY
        )
    ):
        return True  # "went with Honey", "took Ivy"
    # "I saw Chukwuma", "staying with Grace... Grace said"
    if not sentence_start and vocab.PERSON_VERB_BEFORE_RE.search(
        text[max(0, word.start - 25) : word.start]
    ):
        return True
    if vocab.PERSON_VERB_AFTER_RE.match(after) or vocab.FAMILY_AFTER_RE.match(after):
        return True
    if word.given and not word.everyday and vocab.WEAK_PERSON_AFTER_RE.match(after):
        return True  # "Clive is on ward 7": a name that is only a rare English word
    if (
        word.unknown
        and vocab.WEAK_PERSON_AFTER_RE.match(after)
        and name_likelihood(word.key) >= UNKNOWN_CAPITALISED_NAME_PROBABILITY
    ):
        return True  # "Pramila was in the cells", even opening a sentence
    # A listed surname that is no English word and is common somewhere in the world, mid-
    # sentence ("it's really Hoxha"): a capitalised word there names someone.
    if (
        word.surname
        and not (word.english or word.common or word.given)
        and word.key in gazetteer.load().world_names
        and not sentence_start
    ):
        return True
    # A word in no list that the name model finds very like a name, mid-sentence
    # ("update on Wiktoria"); places were ruled out by the words before it.
    return (
        word.unknown
        and not sentence_start
        and name_likelihood(word.key) >= UNKNOWN_CAPITALISED_NAME_PROBABILITY
    )


def person_words(text: str, run: Run, previous_person_end: int | None) -> list[Word] | None:
    """The words of `run` that name a person, or None."""
    last = run.words[-1]
    # "Crohn's", "Down's syndrome": an illness; but "Mrs Parkinson's flat", "Joe
    # Parkinson's mum" are people's
    if last.possessive and not run.titled and (
        (len(run.words) == 1 and last.key in vocab.EPONYMS)
        or vocab.EPONYM_AFTER_RE.match(text[last.full_end : last.full_end + 20])
    ):
        return None
    if run.titled:
        return run.words[:3]
    before = text[max(0, run.start - 30) : run.start]
    if not last.possessive and vocab.PLACE_BEFORE_RE.search(before):
        return None
    sentence_start = starts_sentence(text, run.start)
    if len(run.words) == 1 and len(run.words[0].text) == 1:
        return None  # "Client B", "and I came": a letter alone names no one
    if len(run.words) == 1:
        word = run.words[0]
        gaz = gazetteer.load()
        if (
            not (word.title or word.org_word or word.org_prefix)
            and (not word.text.isupper() or word.key in gaz.given)  # "ROXY's boyfriend"
            and _could_be_named(word, gaz)
            and strong_slot(text, word, gaz)
        ):
            return run.words
        if _named_by_brackets(text, word, gaz):
            return run.words
    if len(run.words) > 1 and is_full_name(run.words):
        return run.words
    if len(run.words) == 1 and run.words[0].place and _team_acronym_after(text, last.full_end):
        return None  # "Glasgow HSCP", "Bradford CMHT": a place's team, no one
    if _place_then_acronym(run.words):
        return None  # "Plymouth SRT", "Exeter PDU": a team's capitals after its town
    if has_person_context(text, run, previous_person_end):
        return run.words
    if len(run.words) == 1:
        return run.words if is_single_name(text, run.words[0], sentence_start) else None
    # A name after other capitalised words: "Ring Tanya Moore", "Safeguarding Jane Smith".
    for i in range(1, len(run.words)):
        rest = run.words[i:]
        if not rest[0].given:
            continue
        if (len(rest) > 1 and is_full_name(rest)) or rest[0].strong_given:
            return rest
        # "Dropped Hope at school": the last word alone, in a slot only a person fills
        if len(rest) == 1 and _could_be_named(rest[0], gazetteer.load()) and strong_slot(
            text, rest[0], gazetteer.load()
        ):
            return rest
    return None


TEAM_ACRONYM_AFTER_RE = re.compile(r"[ \t]+([A-Z]{2,6})\b")
TEAM_ACRONYM_LENGTH = 5


def _place_then_acronym(words: list[Word]) -> bool:
    """A town, then a short word in capitals that no name list holds: a team's acronym
    the lists do not know yet ("Plymouth SRT"), not a surname ("Preston KAYE" is listed)."""
    if len(words) != 2 or not words[0].place or words[0].given:
        return False
    acronym = words[1]
    return (
        acronym.text.isupper()
        and 2 <= len(acronym.text) <= TEAM_ACRONYM_LENGTH
        and not (acronym.given or acronym.surname or acronym.shaped)
    )


def _team_acronym_after(text: str, position: int) -> bool:
    m = TEAM_ACRONYM_AFTER_RE.match(text, position)
    return m is not None and m.group(1).lower() in initials.known_acronyms()


def name_words(words: list[Word]) -> set[str]:
    """Keys under which other mentions of this name are recognised ("Tracey-Ann" -> also
    "tracey")."""
    keys = set()
    for word in words:
        if not word.particle:
            keys.add(word.key)
            keys.update(part for part in word.key.split("-") if len(part) > 2)
    return keys


def declared_pseudonyms(text: str) -> set[str]:
    """Names the author says are not real: "Elizabeth (not her real name)"."""
    return {fold(m.group(1)) for pattern in vocab.PSEUDONYM_RES for m in pattern.finditer(text)}


def find_people(
    text: str, allowed_names: Iterable[str] = (), known_spans: Iterable[tuple[int, int]] = ()
) -> list[NameSpan]:
    """People's names in `text`; nothing inside `known_spans` (names known to be no one's)."""
    gaz = gazetteer.load()
    not_a_person = [m.span() for m in vocab.NOT_A_PERSON_RE.finditer(text)] + list(known_spans)
    allowed = frozenset(
        fold(POSSESSIVE_RE.sub("", part))
        for name in allowed_names
        for part in name.split()
    ) | frozenset(declared_pseudonyms(text))
    words = tokenize(text, gaz)

    decisions: list[tuple[Run, list[Word] | None]] = []
    previous_person_end: int | None = None
    for chain in chains(text, words):
        if _given_name_after_org_prefix(text, chain, gaz) and chain[0].key not in allowed:
            run = Run(words=list(chain))
            decisions.append((run, run.words))
            previous_person_end = chain[-1].full_end
            continue
        for run in runs(chain, allowed):
            if any(s <= run.start < e for s, e in not_a_person):
                continue
            found = person_words(text, run, previous_person_end)
            if found:
                previous_person_end = found[-1].full_end
            decisions.append((run, found))
    # A word in no list of given names that the text also uses as a modifier after "the"
    # or "a" ("the Windrush helpline", "the Hotak test", "a Lego set") names a thing:
    # alone, it is no one's name ("the Kebede family" is still a family).
    modifiers = {
        fold(m.group(1)) for m in MODIFIER_RE.finditer(text)
        if not vocab.FAMILY_AFTER_RE.match(text[m.end(1) :])
    }
    decisions = [
        (run, None if found and len(found) == 1 and not found[0].given
         and found[0].key in modifiers and not run.titled else found)
        for run, found in decisions
    ]
    # Words joined to a name that follows them: "Oliwia and Kacper Dąbrowski".
    for i in range(len(decisions) - 1):
        (run, found), (next_run, next_found) = decisions[i], decisions[i + 1]
        if (
            not found
            and next_found
            and len(run.words) <= 3
            and (
                not any(w.common or w.place or w.text.isupper() or w.never for w in run.words)
                # "thank you to Nat and Phil": a short first name that is also a rare word
                or (len(run.words) == 1 and _short_first_name(run.words[0]))
            )
            and vocab.LIST_JOINER_RE.match(text[run.full_end : next_run.start])
        ):
            decisions[i] = (run, run.words)

    # Runs that share a word with a name already found: "Temitayo Oyebanji" once
    # "Babajide Oyebanji" is known.
    name_keys = {key for _run, found in decisions if found for key in name_words(found)}
    changed = True
    while changed:
        changed = False
        for i, (run, found) in enumerate(decisions):
            if not found and len(run.words) > 1 and any(w.key in name_keys for w in run.words):
                decisions[i] = (run, run.words)
                name_keys.update(name_words(run.words))
                changed = True

    spans: list[NameSpan] = [
        (_leading_particles_start(text, found[0].start), found[-1].end, PERSON,
         person_reason(run, found))
        for run, found in decisions
        if found
    ]

    # A given name that is also an organisation's word, which no run keeps, where brackets
    # show a person: "Twins Princess and Justice (6)".
    spans += [
        (w.start, w.end, PERSON, "a name that the brackets after it show is a person's")
        for w in words
        if w.capitalised and w.never and w.key not in allowed
        and not any(s <= w.start < e for s, e in not_a_person)
        and _named_by_brackets(text, w, gaz)
    ]
    introduced = [
        span for span in find_introduced_names(text, gaz, allowed, not_a_person)
        if not any(s <= span[0] < e for s, e in not_a_person)
    ]
    spans += introduced
    name_keys.update(key for s, e, *_ in introduced for key in fold(text[s:e]).split())
    spans += find_surnames_after_pseudonyms(text, words, allowed)
    spans += find_initial_and_surname(text, gaz)
    spans += find_lower_case_titled_names(text, gaz, allowed)
    attendees = find_attendees(text, words, gaz, allowed)
    spans += attendees
    # "Present: ..., Sue (CGL)" then "Sue: engaging with script": the same person.
    name_keys.update(key for s, e, *_ in attendees for key in fold(text[s:e]).split())
    nicknames = find_nicknames(text, known_spans, allowed) + [
        (s, e, PERSON, "a nickname, from how the words after it use it")
        for s, e in (*nickname_cues.nicknames_before_cue(text),
                     *nickname_cues.nicknames_where_used(text))
        if fold(text[s:e]) not in allowed and not any(ks <= s < ke for ks, ke in not_a_person)
    ]
    spans += nicknames
    # A one-word nickname, once given, names the person wherever it comes again.
    name_keys.update(fold(text[s:e]) for s, e, *_ in nicknames if " " not in text[s:e])
    quoted = [
        (s, e, PERSON, "a nickname in quotes after a full name")
        for s, e in quoted_nicknames.nicknames_after_names(
            text, [(s, e) for s, e, *_ in spans], allowed)
        if not any(ks <= s < ke for ks, ke in not_a_person)
    ]
    spans += quoted
    name_keys.update(fold(text[s:e]) for s, e, *_ in quoted if " " not in text[s:e])
    lower_nicknames = find_lower_case_nicknames(text, gaz, allowed) + find_nicknames_in_names(
        text, gaz, allowed)
    spans += lower_nicknames
    lower = find_lower_case_names(text, words, gaz, allowed)
    spans += lower
    spans += find_names_in_capitals(text, gaz, allowed)
    name_keys.update(fold(text[s:e]) for s, e, *_ in lower)
    # Names the text's structure shows: a chat's speakers, "Hi Mo,", "(Derm)", "the Wards".
    structural, structural_keys = structure.names_from_structure(text, spans, allowed,
                                                                 not_a_person)
    spans += structural
    name_keys.update(structural_keys)
    # "known as little mo ... mo has been off the gear": a nickname's name, found again
    nickname_keys = (_nickname_keys(text, lower_nicknames)
                     | structure.lower_case_keys(text, structural)) - allowed
    name_keys.update(nickname_keys)

    # Other mentions of the same people: "Emma Stott ... Emma's ex-partner".
    name_keys -= allowed
    covered = {(s, e) for s, e, *_ in spans}
    lower_case_names = lower_keys(lower, text) | nickname_keys
    first_found: dict[str, int] = {}
    for s, e, *_ in spans:
        for key in fold(text[s:e]).split():
            first_found[key] = min(s, first_found.get(key, s))
    # The first name of someone named in full, typed again in lower case where a person
    # stands: "bill paid £20 off his arrears. Bill Naylor, room 2 I mean".
    full_names_first = {
        fold(text[s:e].split()[0]) for s, e, *_ in spans
        if text[s:s + 1].isupper() and len(text[s:e].split()) > 1
    } & gaz.given
    for word in words:
        key = word.key
        if key not in name_keys and _unmarked_possessive_of(key, name_keys, gaz):
            key = key[:-1]  # "chaltus landlord": a possessive typed without its apostrophe
        if (
            (word.capitalised or key in lower_case_names or (
                key in full_names_first
                and key not in LOWER_CASE_NOT_NAMES
                and _lower_mention_of_a_person(text, word)
            ))
            and key in name_keys
            and not word.never
            and not any(s <= word.start < e for s, e in covered)
            # "Favour to ask - could someone pick up Favour": a name that is an everyday
            # word, opening a sentence before it is seen naming someone, is the word,
            # unless what follows suits a person ("Treasure is doing well")
            and not (
                key in gaz.common_words
                and word.start < first_found.get(key, 0)
                and starts_sentence(text, word.start)
                and not _person_follows(text, word)
            )
            # "his will to carry on", "i will try": the everyday word, not him
            and not (
                (key in gaz.english or key in gaz.common_words)
                and word_sense.used_as_word(text, word.start, word.end,
                                            key in lower_case_names)
            )
        ):
            spans.append((word.start, word.end, PERSON, "another mention of a name found earlier"))
    spans += _joined_to_names(text, words, gaz, allowed, spans)
    return spans + find_initials(text, spans, not_a_person)


def _nickname_keys(text: str, spans: list[NameSpan]) -> set[str]:
    """The name in each one-word nickname or prefixed one ("little mo" -> "mo"), for its
    later mentions. Words of two letters or fewer are left out."""
    keys = set()
    for s, e, *_ in spans:
        parts = fold(text[s:e]).split()
        if len(parts) == 2 and parts[0] in NICKNAME_PREFIXES:
            parts = parts[1:]
        if len(parts) == 1 and len(parts[0]) > 1 and text[s:e].islower():
            keys.add(POSSESSIVE_RE.sub("", parts[0]))
    return keys


def find_initials(
    text: str, spans: list[NameSpan], known: list[tuple[int, int]]
) -> list[NameSpan]:
    """A person's initials (initials.py): in context ("KB said"), in a list of who was
    present, or spelling a name found in full."""
    names = [(s, e) for s, e, *_ in spans]
    found = [
        *((s, e, "initials where a person is meant")
          for s, e in initials.initials_in_context(text)),
        *((s, e, "initials in a list of who was present")
          for s, e in initials.initials_in_attendee_lists(text)),
        *((s, e, "the initials of a name found in full")
          for s, e in initials.initials_of_names(text, names)),
    ]
    found += [
        (s, e, "initials joined on an action line to another person's")
        for s, e in initials.short_words_joined_in_actions(text, [(s, e) for s, e, _ in found])
    ]
    return [
        (s, e, PERSON, reason) for s, e, reason in found
        if not any(ks <= s < ke for ks, ke in known)
        and not any(ns <= s < ne for ns, ne in names)
    ]


def _lower_mention_of_a_person(text: str, word: Word) -> bool:
    """Words around a lower-case word that suit a person: "met rose", "bill paid ... his"."""
    before = text[max(0, word.start - 25) : word.start]
    after = text[word.full_end : word.full_end + 40]
    return bool(
        word.possessive
        or vocab.PERSON_VERB_AFTER_RE.match(after)
        or vocab.WEAK_PERSON_AFTER_RE.match(after)
        or vocab.HUMAN_VERB_AFTER_RE.match(after)
        or vocab.STRONG_NAME_BEFORE_RE.search(before)
        or vocab.PERSON_VERB_BEFORE_RE.search(before)
        # the subject of its clause: not "her temperature rose and she..."
        or ((starts_sentence(text, word.start) or vocab.CLAUSE_START_BEFORE_RE.search(before))
            and vocab.PRONOUN_SOON_AFTER_RE.match(after))
    )


AND_JOINER_RE = re.compile(r"^(?:\s*,)?\s+(?:and|&)\s+$")


def _joined_to_names(
    text: str, words: list[Word], gaz: gazetteer.Gazetteer, allowed: frozenset[str],
    spans: list[NameSpan],
) -> list[NameSpan]:
    """Lower-case given names in a list with names found ("rocky, duke and the big fella",
    once "duke" is found): before one, joined by a comma, "and" or "&"; after one, by
    "and" or "&"."""
    starts = {s for s, *_ in spans}
    ends = {e for _s, e, *_ in spans}
    covered = [(s, e) for s, e, *_ in spans]
    joined: list[NameSpan] = []
    changed = True
    while changed:
        changed = False
        for i, word in enumerate(words):
            if (
                word.capitalised
                or word.key in allowed
                or word.key not in gaz.core_given
                or not _could_be_named(word, gaz)
                or any(s <= word.start < e for s, e in covered)
                # "new guy, Piotr": after a determiner or an adjective, a word
                or (word.key in gaz.english and word_sense.used_as_word(text, word.start, word.end))
            ):
                continue
            following = words[i + 1] if i + 1 < len(words) else None
            after_joined = following is not None and following.start in starts and bool(
                vocab.LIST_JOINER_RE.match(text[word.full_end : following.start])
            )
            # after a name, only "and": "Mr Hussain, cash rent" is no list
            before_joined = any(
                AND_JOINER_RE.match(text[e : word.start])
                for e in ends if 0 < word.start - e <= 7
            )
            if after_joined or before_joined:
                joined.append((word.start, word.end, PERSON, "a name in a list with others"))
                starts.add(word.start)
                ends.add(word.end)
                covered.append((word.start, word.end))
                changed = True
    return joined


# Lower-case particles straight before a name found: "Mr van der Berg", "the de Souza
# family". (Not Welsh "y", which joins streets: "Heol y Felin".)
LEADING_PARTICLES_RE = re.compile(
    r"(?<![\w'’])(?:(?:van|von|der|den|de|da|di|del|della|dos|das|du|le|la|bin|binti|ibn|al|el|"
    r"ter|ten|ap)[ \t]+)+$"
)


def _leading_particles_start(text: str, start: int) -> int:
    m = LEADING_PARTICLES_RE.search(text, max(0, start - 30), start)
    return m.start() if m else start


MODIFIER_RE = re.compile(
    r"\b(?:the|an?)[ \t]+((?:[a-z]{2,3}-)?[A-Z][a-z'’-]+)(?=[ \t]+[a-z]{3,})"
)


def _given_name_after_org_prefix(text: str, chain: list[Word], gaz: gazetteer.Gazetteer) -> bool:
    """"Royal Thompson came to the drop in": a given name that is also a word that starts
    organisations' names ("Royal", "Prince"), then a surname, then a verb only a person
    does."""
    if len(chain) != 2:
        return False
    first, last = chain
    return (
        first.org_prefix
        and first.key in gaz.core_given
        and last.strong_surname
        and not (last.org_word or last.never or last.possessive)
        and bool(
            vocab.HUMAN_VERB_AFTER_RE.match(text[last.full_end : last.full_end + 40])
            or vocab.PERSON_VERB_AFTER_RE.match(text[last.full_end : last.full_end + 40])
        )
    )


# A name alone as a note's heading, before a dash: "will - tried will today", or opening a
# handover's bullet: "- Rocky - barred 48 hrs".
HEADING_DASH_AFTER_RE = re.compile(r"[ \t]+[-–][ \t]")
LINE_START_BEFORE_RE = re.compile(r"(?:^|\n)[ \t]*(?:[-•*][ \t]+)?$")


def _person_follows(text: str, word: Word) -> bool:
    after = text[word.full_end : word.full_end + 30]
    return bool(
        word.possessive
        or vocab.PERSON_VERB_AFTER_RE.match(after)
        or vocab.WEAK_PERSON_AFTER_RE.match(after)
        or re.match(r"\s+and\b", after)
        or (
            HEADING_DASH_AFTER_RE.match(after)
            and LINE_START_BEFORE_RE.search(text[max(0, word.start - 10) : word.start])
        )
    )


def _unmarked_possessive_of(key: str, name_keys: set[str], gaz: gazetteer.Gazetteer) -> bool:
    return (
        len(key) > 3
        and key.endswith("s")
        and key[:-1] in name_keys
        and key not in gaz.english
        and key not in gaz.places
    )


def find_attendees(
    text: str, words: list[Word], gaz: gazetteer.Gazetteer, allowed: frozenset[str]
) -> list[NameSpan]:
    """Each name in a list of who was present ("Present: Forest, Tilly, staff Ilyas and
    Clem (chair)"): a word that some person is called, not an everyday English word unless
    a listed given name, with the listed or unknown words straight after it."""
    spans: list[NameSpan] = []
    for m in vocab.ATTENDEES_RE.finditer(text):
        list_start, list_end = m.span("list")
        inside = [w for w in words if list_start <= w.start < list_end]
        depth_free = _outside_brackets(text, list_start, list_end)
        i = 0
        while i < len(inside):
            word = inside[i]
            if (
                word.key in allowed
                or not depth_free(word.start)
                or not (word.capitalised or word.key in gaz.given or word.key in gaz.world_names)
                or word.title or word.org_word or word.org_prefix or word.never
                or not _could_be_named(word, gaz)
                or (word.key in gaz.english and word.key not in gaz.given)
                or (word.text.isupper() and word.key not in gaz.given)
            ):
                i += 1
                continue
            end = word.end
            j = i + 1
            while (
                j < len(inside)
                and inside[j].capitalised == word.capitalised
                and depth_free(inside[j].start)
                and CHAIN_GAP_RE.fullmatch(text[inside[j - 1].full_end : inside[j].start])
                and not inside[j].never and not inside[j].org_word
            ):
                end = inside[j].end
                j += 1
            spans.append((word.start, end, PERSON, "a name in a list of who was present"))
            i = j
    return spans


def _outside_brackets(text: str, start: int, end: int) -> Callable[[int], bool]:
    """A test of whether a position in text[start:end] is outside any brackets."""
    depth, outside = 0, set[int]()
    for k in range(start, end):
        if text[k] == "(":
            depth += 1
        elif text[k] == ")":
            depth = max(0, depth - 1)
        if depth == 0:
            outside.add(k)
    return outside.__contains__


def person_reason(run: Run, found: list[Word]) -> str:
    if run.titled:
        return "a name after a title such as Mr or Dr"
    if len(found) > 1:
        return "looks like a first name followed by a surname"
    if found[0].strong_given:
        return "a first name in the name lists"
    return "a name, from the words around it"


def lower_keys(spans: list[NameSpan], text: str) -> set[str]:
    return {key for s, e, *_ in spans for key in fold(text[s:e]).split()}


def _introduced_word(key: str, gaz: gazetteer.Gazetteer, words_too: bool) -> bool:
    """Could `key`, where a note introduces someone, be their name? A listed given name
    (even one that is also a word: "jade", "Summer") or a word in no dictionary that looks
    like a name. Months, seasons and words for people ("Mum") only if `words_too`."""
    if len(key) < 2 or key in LOWER_CASE_NOT_NAMES or compounds.is_compound(key):
        return False
    if key in gaz.non_names and not (words_too and key in gaz.given):
        return False
    if key in gaz.given or key in gaz.world_names:
        return True
    return (
        key not in gaz.english
        and key not in gaz.places
        and name_likelihood(key) >= UNLISTED_NAME_PROBABILITY
    )


def find_introduced_names(
    text: str, gaz: gazetteer.Gazetteer, allowed: frozenset[str],
    known: Iterable[tuple[int, int]] = (),
) -> list[NameSpan]:
    """Names where a note introduces someone (introductions.py): "its jade frm the hostel",
    "they're called Summer Hale and Jordan", "call Grace on 07700 900 287" (not "ring
    FRANK on 0300 123 6600": a number in `known`, a helpline, is a service's)."""
    known_starts = [s for s, _e in known]
    spans: list[NameSpan] = []
    for start, end in introductions.self_introductions(text):
        key = fold(text[start:end])
        if key not in allowed and _introduced_word(key, gaz, words_too=False):
            spans.append((start, end, PERSON, "a name someone gives for themselves"))
    for start, end in introductions.called_names(text):
        keys = [fold(POSSESSIVE_RE.sub("", w)) for w in text[start:end].split()]
        if (
            keys[0] not in allowed
            and _introduced_word(keys[0], gaz, words_too=True)
            and not any(k in vocab.ORG_WORDS or k in gaz.non_names and k not in gaz.given
                        for k in keys)
        ):
            spans.append((start, end, PERSON, "a name after 'called' or 'her name is'"))
    for start, end in introductions.reached_names(text):
        keys = [fold(w) for w in text[start:end].split()]
        if any(end < s <= end + 12 for s in known_starts):
            continue
        if (
            keys[0] not in allowed
            and _introduced_word(keys[0], gaz, words_too=False)
            and not (keys[0] in gaz.english and keys[0] not in gaz.given)
            # "ring Grace House on ...", "call Hope Project on ...": a place's number (but
            # "call Emma Hall on ...": a surname after a name that is no word)
            and not any(k in vocab.ORG_WORDS or (k in gaz.non_names and k not in gaz.given)
                        or (k in vocab.SURNAME_OR_PLACE_WORDS
                            and keys[0] in gaz.common_words)
                        for k in keys[1:])
            and keys[0] not in vocab.ORG_PREFIXES
        ):
            if len(keys) > 1 and keys[1] in gaz.english and keys[1] not in gaz.surnames:
                end = start + len(text[start:end].split()[0])  # "ring Kelly Tuesday on"
            spans.append((start, end, PERSON, "a name given with a number to reach them on"))
    return spans


def find_surnames_after_pseudonyms(
    text: str, words: list[Word], allowed: frozenset[str]
) -> list[NameSpan]:
    """"Dean Holloway" where "Dean" is the pseudonym: the surname is real."""
    spans = []
    for word, following in zip(words, words[1:], strict=False):
        if (
            word.capitalised
            and word.key in allowed
            and following.capitalised
            and not word.possessive
            and CHAIN_GAP_RE.fullmatch(text[word.full_end : following.start])
            and (following.strong_surname or following.unknown or following.surname
                 or following.place)
            and not (following.never or following.org_word)
        ):
            spans.append((following.start, following.end, PERSON, "a surname after the pseudonym"))
    return spans


def find_nicknames(
    text: str, known_spans: Iterable[tuple[int, int]], allowed: frozenset[str]
) -> list[NameSpan]:
    """"known as Little Mo", "goes by 'Tiny'" (but not "I'll call him Dev", a pseudonym)."""
    spans = []
    for m in vocab.NICKNAME_RE.finditer(text):
        group = "quoted" if m.group("quoted") else "bare"
        if group == "bare" and vocab.NICKNAME_CUE_NEEDS_QUOTES_RE.match(m.group()) and not \
                vocab.NICKNAME_CALLS_SOMEONE_RE.match(m.group()):
            continue
        start, end = m.span(group)
        if fold(m.group(group)) in allowed:
            continue
        if not any(s <= start < e for s, e in known_spans):
            spans.append((start, end, PERSON, "a nickname after 'known as'"))
    for m in vocab.NICKNAME_BEFORE_CUE_RE.finditer(text):
        start, end = m.span("name")
        if fold(m.group("name")) not in allowed and fold(m.group("name")) not in \
                gazetteer.load().non_names and not any(s <= start < e for s, e in known_spans):
            spans.append((start, end, PERSON, "a nickname before 'aka' or 'real name'"))
    return spans


# A nickname in quotes inside a name: "Connor 'Jinx' Hughes".
QUOTED_INSIDE_NAME_RE = re.compile(
    r"(?<![\w'’])(?P<first>[A-Z][\w'’-]+)[ \t]+[\"“‘'](?P<nick>[^\"”’'\n]{1,20})[\"”’'][ \t]+"
    r"(?P<last>[A-Z][\w'’-]+)"
)
# A nickname in lower case before the name it stands for: "gwenllian aka gwen",
# "little mo, real name mohammed".
LOWER_NICKNAME_BEFORE_CUE_RE = re.compile(
    r"(?<![\w'’])(?P<name>(?:(?:big|little|lil|wee|young)[ \t]+)?[a-z][a-z'’-]+)[ \t]*"
    r"(?:[(\[,–-][ \t]*)?(?:real\s+name(?:\s+is)?|a\.?k\.?a\.?|also\s+known\s+as)\s*[:,]?\s+[a-z]",
    re.IGNORECASE,
)
# "picked up little mo from the station", "big kev said": a nickname made of "big",
# "little"... and a short name, where a person stands.
PREFIXED_NICKNAME_RE = re.compile(
    r"(?<![\w'’])(?:big|little|lil|wee)[ \t]+(?P<name>[a-z][a-z'’-]{1,9})(?![\w'’])",
)
NOT_A_PREFIXED_NICKNAME = frozenset("un uns one ones bit bits lot lots man men".split())


def find_nicknames_in_names(
    text: str, gaz: gazetteer.Gazetteer, allowed: frozenset[str]
) -> list[NameSpan]:
    """Nicknames without "known as": in quotes inside a name ("Connor 'Jinx' Hughes"); in
    lower case before "aka" or "real name"; "little mo" where a person stands."""
    spans: list[NameSpan] = []
    for m in QUOTED_INSIDE_NAME_RE.finditer(text):
        first, last = fold(m.group("first")), fold(POSSESSIVE_RE.sub("", m.group("last")))
        if (
            (first in gaz.given or first in gaz.world_names)
            and first not in gaz.non_names
            and (last in gaz.surnames or last in gaz.world_names or last not in gaz.english)
            and last not in gaz.places and last not in gaz.non_names
            and fold(m.group("nick")) not in allowed
        ):
            spans.append((m.start("nick"), m.end("nick"), PERSON, "a nickname in quotes inside "
                          "a name"))
    for m in LOWER_NICKNAME_BEFORE_CUE_RE.finditer(text):
        name = m.group("name")
        key = fold(name.split()[-1])
        if (
            name.islower()
            and key not in allowed
            and key not in gaz.non_names
            and key not in LOWER_CASE_NOT_NAMES
            and (key not in gaz.english or key in gaz.given or " " in name)
        ):
            spans.append((m.start("name"), m.end("name"), PERSON,
                          "a nickname before 'aka' or 'real name'"))
    for m in PREFIXED_NICKNAME_RE.finditer(text):
        key = fold(m.group("name"))
        start = m.start()
        before = text[max(0, start - 25) : start]
        after = text[m.end() : m.end() + 40]
        if (
            key not in allowed
            and key not in NOT_A_PREFIXED_NICKNAME
            and key not in gaz.non_names
            and (key in gaz.given or key in gaz.world_names or key not in gaz.english
                 or len(key) <= 2)
            and (
                (vocab.GIVE_OR_TAKE_BEFORE_RE.search(before)
                 and vocab.PERSON_OBJECT_AFTER_RE.match(after))
                or vocab.STRONG_NAME_BEFORE_RE.search(before)
                # "its about lil mo": "little" and a name is a nickname after any word
                # that leads to a person, even "about" or "and"
                or (not starts_sentence(text, start) and vocab.NAME_BEFORE_RE.search(before))
                or vocab.PERSON_VERB_AFTER_RE.match(after)
            )
        ):
            spans.append((start, m.end(), PERSON, "a nickname (\"little\", \"big\"...) where a "
                          "person stands"))
    return spans


# Lower-case words that are in the name lists but are no one's name in a case note.
LOWER_CASE_NOT_NAMES = frozenset(
    """appt appts tues thurs weds hosp mins info pls plz asap tbh etc esp approx dept govt
    uni mum mam dad nan gran bro sis hubby wifey misc lol omg btw fyi perp perps fella missus
    bloke kiddo insta instagram snap snapchat tiktok fb wechat whatsapp telegram kik""".split()
)


def _lower_unlisted_candidate(word: Word, gaz: gazetteer.Gazetteer) -> bool:
    """A lower-case word in no list at all ("abebe"): a name only in a strong context."""
    return (
        not word.capitalised
        and word.text.islower()  # not "ex-Gurkha"
        and len(word.text) > 3
        and word.text.replace("-", "").isalpha()
        and word.key not in gaz.english
        and word.key not in gaz.non_names
        and word.key not in gaz.places
        and word.key not in LOWER_CASE_NOT_NAMES
        and word.key not in gaz.common_words
        and not compounds.is_compound(word.key)  # "caseworker", "wellbeing"
    )


def _lower_word_name_candidate(word: Word, gaz: gazetteer.Gazetteer) -> bool:
    """A given name that is also a rarer English word ("clive", "kelly"); the everyday ones
    ("will", "frank", "mark") are in common_words.txt and never count in lower case."""
    return (
        len(word.text) > 2
        and word.key in gaz.core_given
        and word.key in gaz.english
        and word.key not in gaz.common_words
        and word.key not in gaz.non_names
        and word.key not in LOWER_CASE_NOT_NAMES
    )


def _lower_name_candidate(word: Word, gaz: gazetteer.Gazetteer) -> bool:
    return (
        not word.capitalised
        and len(word.text) > 2
        and (word.key in gaz.core_given or word.key in gaz.surnames)
        and word.key not in gaz.english
        and word.key not in gaz.non_names
        and word.key not in gaz.places
        and word.key not in LOWER_CASE_NOT_NAMES
    )


def name_likelihood(key: str) -> float:
    """How like a person's name a word in no curated list is: very, if the world name
    lists hold it; else what the name model reads from its letters."""
    if key in gazetteer.load().world_names:
        return WORLD_NAME_LIKELIHOOD
    return name_model.probability(key)


WORLD_NAME_LIKELIHOOD = 0.95
# A lower-case word in no dictionary, joined by "and" or a comma to a name just found
# ("csaba and mphatso"), needs less of the model than one on its own.
JOINED_NAME_PROBABILITY = 0.5
# Two such words side by side, with nothing else to go on, need much more.
PAIR_NAME_PROBABILITY = 0.9

# How sure the name model (name_model.py) must be before a lower-case word in no list is
# taken for a name in a weak context ("went to see tatenda", "tatenda and her mum").
UNLISTED_NAME_PROBABILITY = 0.6
# A capitalised word in no list after "about", "for" or "from" (drugs, apps and services
# follow them as often as people do).
WEAKLY_CUED_NAME_PROBABILITY = 0.4
# The same for a capitalised word in no list, mid-sentence, with no other context.
UNKNOWN_CAPITALISED_NAME_PROBABILITY = 0.9


def _lower_given_name_alone(word: Word, gaz: gazetteer.Gazetteer) -> bool:
    """A given name that is no English word needs no context even in lower case
    ("been trying to get hold of ewelina"): in lower-case text such words are almost only
    names. Short ones ("del", "les", "ira") must also look like a name to the model."""
    return (
        word.key in gaz.core_given
        and word.key not in gaz.common_words
        and (len(word.key) > 3 or name_likelihood(word.key) >= 0.7)
    )


def _weak_person_context(
    text: str, word: Word, words: list[Word], i: int, gaz: gazetteer.Gazetteer
) -> bool:
    """Words around `word` that fit a person, if not only a person: "with", "re", "seeing"
    before it; a verb about a person or "and her" after it. Not "and", "for" or "brought":
    food, drugs and languages follow those too ("brought injera", "jollof and egusi")."""
    before = text[max(0, word.start - 60) : word.start]
    after = text[word.full_end : word.full_end + 30]
    if vocab.WEAK_NAME_BEFORE_RE.search(before[-25:]) or vocab.ROLE_BEFORE_RE.search(before):
        return True
    if vocab.PERSON_VERB_AFTER_RE.match(after) or vocab.ROLE_AFTER_RE.match(after):
        return True
    return bool(vocab.WEAK_PERSON_AFTER_RE.match(after))


def _surname_end(
    text: str, word: Word, words: list[Word], i: int, gaz: gazetteer.Gazetteer
) -> int:
    """Where a lower-case name ends: with the next word if that is a surname too ("tatenda
    mutasa"): no English word, no place, and listed or like a name to the model."""
    following = words[i + 1] if i + 1 < len(words) else None
    if (
        following is None
        or word.possessive
        or following.capitalised
        or not CHAIN_GAP_RE.fullmatch(text[word.full_end : following.start])
        or not _lower_unlisted_candidate(following, gaz) and following.key not in gaz.surnames
        or following.key in gaz.english
        or following.key in gaz.places
    ):
        return word.end
    if following.key in gaz.surnames or (
        name_likelihood(following.key) >= UNLISTED_NAME_PROBABILITY
    ):
        return following.end
    return word.end


def _pair_partner(words: list[Word], i: int) -> Word | None:
    """The word after words[i], or after the "and" or "or" that follows it."""
    j = i + 2 if i + 2 < len(words) and words[i + 1].key in ("and", "or") else i + 1
    return words[j] if j < len(words) else None


def _lower_unlisted_pair(text: str, words: list[Word], i: int, gaz: gazetteer.Gazetteer) -> bool:
    """Two lower-case words side by side (or joined by "and"), neither in a dictionary and
    both very like names ("palwasha durrani", "mariatou and conceicao"): people's names,
    whatever the words around them."""
    following = _pair_partner(words, i)
    if following is None:
        return False
    word = words[i]
    gap = text[word.full_end : following.start]
    return (
        not word.possessive
        and _lower_unlisted_candidate(following, gaz)
        and (
            CHAIN_GAP_RE.fullmatch(gap) is not None
            # joined, only as the sentence's subject: "brought injera and shiro" is food
            or (vocab.LIST_JOINER_RE.match(gap) is not None and starts_sentence(text, word.start))
        )
        and min(name_likelihood(word.key), name_likelihood(following.key))
        >= PAIR_NAME_PROBABILITY
    )


# What follows a relative in a note without naming them: "dad unknown", "mum deceased".
KIN_STATUS_WORDS = frozenset(
    "unknown unnamed deceased absent abroad away inside missing present".split()
)


def strong_slot(text: str, word: Word, gaz: gazetteer.Gazetteer) -> str | None:
    """Why `word` stands where only a person's name goes, or None: before an age in
    brackets, with 's before a relative or a worker (and no "the" or "her" before it), or
    after a relative ("girlfriend jewel"). Strong enough for names that are also everyday
    words, capitalised or not, even opening a sentence."""
    before = text[max(0, word.start - 40) : word.start]
    after = text[word.full_end : word.full_end + 40]
    if vocab.AGE_IN_BRACKETS_AFTER_RE.match(after):
        return "a name followed by an age in brackets"
    named = word.key in gaz.given or word.key in gaz.world_names or (
        word.key not in gaz.english
        and name_likelihood(word.key) >= UNLISTED_NAME_PROBABILITY
    )
    if named and vocab.ROOM_BEFORE_RE.search(before) and (
        # "Rm 9: chase GP re..." is a task: an everyday word there must end a noun
        word.key not in gaz.common_words or vocab.NOUN_END_AFTER_RE.match(after)
    ):
        return "a name after the room or bed the person is in"
    if named and vocab.SPEAKER_BEFORE_RE.search(before) and vocab.SPEAKER_AFTER_RE.match(after):
        return "a name before what the person wrote or said"
    if vocab.GREETING_BEFORE_RE.search(before) and vocab.GREETING_AFTER_RE.match(after):
        return "a name after a greeting or thanks"
    if starts_sentence(text, word.start) and vocab.VOCATIVE_AFTER_RE.match(after):
        return "a name of someone asked to do something"
    if vocab.RELATIVE_IN_BRACKETS_AFTER_RE.match(after):
        return "a name followed by who the person is, in brackets"
    if not vocab.DETERMINER_BEFORE_RE.search(before) and (
        vocab.IN_A_ROOM_AFTER_RE.match(after) or _address_follows(text, word.full_end)
    ):
        return "a name before the room, flat or address where the person is"
    if (
        word.key in gaz.given
        and vocab.GIVE_OR_TAKE_BEFORE_RE.search(before[-25:])
        and vocab.PERSON_OBJECT_AFTER_RE.match(after)
    ):
        return "a name where a person is given or taken somewhere"
    if vocab.FOR_A_PERSON_BEFORE_RE.search(before) and (
        word.key not in gaz.common_words or vocab.NOUN_END_AFTER_RE.match(after)
    ):
        return "a name after words about what is someone's"
    possessive = word.possessive or (
        word.key.endswith("s") and word.key[:-1] in gaz.given and word.key not in gaz.english
    )
    if (
        possessive
        and vocab.KIN_OR_WORKER_AFTER_RE.match(after)
        and not vocab.DETERMINER_BEFORE_RE.search(before)
    ):
        return "a name with 's before a relative, a worker or something of theirs"
    # A given name that can be a sentence's subject ("Duke missed his appointment").
    subject = word.key in gaz.given and word.key not in vocab.NOT_A_SUBJECT
    if (
        subject
        and (starts_sentence(text, word.start) or vocab.CLAUSE_START_BEFORE_RE.search(before))
        and vocab.HUMAN_VERB_AFTER_RE.match(after)
    ):
        return "a name before a verb only a person does"
    if subject and starts_sentence(text, word.start) and vocab.AGE_IS_AFTER_RE.match(after):
        return "a name before the person's age"
    if (
        subject
        and starts_sentence(text, word.start)
        and vocab.PRESENT_THEN_PRONOUN_AFTER_RE.match(after)
    ):
        return "a name before where the person is, then 'she' or 'he'"
    if (vocab.KIN_BEFORE_RE.search(before) or vocab.CLIENT_BEFORE_RE.search(before)) and (
        word.key not in gaz.english
        or (
            word.key in gaz.given
            and word.key not in KIN_STATUS_WORDS
            and (word.key not in gaz.common_words or vocab.NOUN_END_AFTER_RE.match(after))
        )
    ):
        return "a name after a word for a relative, or for who the person is"
    return None


AT_RE = re.compile(r"\s+at\s+")


def _named_by_brackets(text: str, word: Word, gaz: gazetteer.Gazetteer) -> bool:
    """A listed given name that brackets show is a person's, even one that is also an
    everyday word or an organisation's word: before an age ("Justice (6)"), or alone in
    brackets after words for a person ("the woman in unit 4 (Jade)"), or before who the
    person is ("Summer (his girlfriend, 22)")."""
    if word.key not in gaz.given or word.title or word.org_prefix or len(word.key) < 3:
        return False
    if not word.capitalised and vocab.ROLE_WORD_RE.fullmatch(word.key):
        return False  # "ward sister (Sister Okonjo)": the role, then the person in brackets
    if text[word.full_end : word.full_end + 3].lstrip()[:1] not in ("(", ")"):
        return False  # the quick answer: no bracket after the word
    after = text[word.full_end : word.full_end + 40]
    if vocab.AGE_IN_BRACKETS_AFTER_RE.match(after) or (
        vocab.RELATIVE_IN_BRACKETS_AFTER_RE.match(after)
    ):
        return True
    return text[word.full_end : word.full_end + 3].lstrip().startswith(")") and bool(
        vocab.PERSON_BEFORE_BRACKET_RE.search(text[max(0, word.start - 50) : word.start])
    )


def _address_follows(text: str, position: int) -> bool:
    """ "visited coral at 3 Cranmore Close": "at", then a street address."""
    at = AT_RE.match(text, position)
    return at is not None and any(
        pattern.match(text, at.end()) for pattern in addresses.STREET_ADDRESS_RES
    )


def _could_be_named(word: Word, gaz: gazetteer.Gazetteer) -> bool:
    """A word that some person is called: listed anywhere as a given name, or in no
    dictionary at all."""
    key = word.key[:-1] if not word.possessive and word.key.endswith("s") else word.key
    return (
        len(word.key) > 2
        and not word.never
        and not CONTRACTION_RE.search(word.text)
        and word.key not in gaz.non_names
        and word.key not in gaz.places
        and word.key not in LOWER_CASE_NOT_NAMES
        and (
            word.key in gaz.given or key in gaz.given
            or word.key in gaz.world_names
            or (word.key not in gaz.english and not compounds.is_compound(word.key))
        )
    )


def find_lower_case_names(
    text: str, words: list[Word], gaz: gazetteer.Gazetteer, allowed: frozenset[str]
) -> list[NameSpan]:
    """Names typed in lower case ("went with kevin", "rang harjit mistry"): a given name
    that is no English word, with a surname after it or a person's context around it."""
    spans: list[NameSpan] = []
    found: set[str] = set()
    named_by_kin = kin_names.words_named_by_kin(text, gaz)
    for i, word in enumerate(words):
        if word.key in allowed or word.capitalised:
            continue
        slot = _could_be_named(word, gaz) and strong_slot(text, word, gaz)
        if not slot and _named_by_brackets(text, word, gaz):
            slot = "a name that the brackets around or after it show is a person's"
        if not slot and word.key in kin_names.SEASON_OR_MONTH_NAMES and \
                kin_names.season_name_after_kin(text, word.start, word.full_end, word.key, gaz):
            slot = "a name after a word for a relative"
        if not slot and word.key in named_by_kin and kin_names.named_by_kin_here(
            text, word.start, word.end
        ):
            slot = "a word used as a name twice: after a relative, and before theirs"
        if slot:
            found.add(word.key)
            spans.append((word.start, word.end, PERSON, slot))
            continue
        more = lower_slots.slot(text, word.start, word.end, word.key, gaz)
        if more:  # "spoke to franks daughter", "his worker bill", "w gabi"
            found.add(fold(text[word.start : more[1]]))
            spans.append((word.start, more[1], PERSON, more[0]))
            continue
        if (
            len(word.text) > 2
            and word.key in gaz.given
            and word.key not in gaz.non_names
            and word.key not in LOWER_CASE_NOT_NAMES
            and vocab.GIVE_OR_TAKE_BEFORE_RE.search(text[max(0, word.start - 25) : word.start])
            and vocab.PERSON_OBJECT_AFTER_RE.match(text[word.full_end : word.full_end + 40])
        ):
            found.add(word.key)
            spans.append((word.start, word.end, PERSON, "a first name where a person is given "
                          "or taken somewhere"))
            continue
        if not _lower_name_candidate(word, gaz):
            joined = bool(spans) and bool(
                vocab.LIST_JOINER_RE.match(text[spans[-1][1] : word.start])
            )
            if _lower_word_name_candidate(word, gaz) and (
                joined  # "discussed agnieszka and clive"
                or vocab.STRONG_NAME_BEFORE_RE.search(text[max(0, word.start - 25) : word.start])
                or (
                    starts_sentence(text, word.start)
                    and vocab.PERSON_VERB_AFTER_RE.match(text[word.full_end : word.full_end + 30])
                )
            ):
                found.add(word.key)
                spans.append((word.start, word.end, PERSON, "a first name where a person's "
                              "name would be"))
                continue
            # An English word with a suffix ("care leaver", "first aider") is a name only
            # straight after a verb for meeting or telling someone ("told smiler to").
            derived = derived_words.is_derived(word.key)
            if _lower_unlisted_candidate(word, gaz) and (
                vocab.STRONG_NAME_BEFORE_RE.search(text[max(0, word.start - 25) : word.start])
                or word.key in found
                or not derived and (
                    word.possessive
                    or vocab.AGE_OR_BIRTH_AFTER_RE.match(text[word.full_end : word.full_end + 30])
                )
            ):
                found.add(word.key)
                spans.append((word.start, _surname_end(text, word, words, i, gaz), PERSON,
                              "a word in no dictionary, where a person's name would be"))
            elif not derived and _lower_unlisted_candidate(word, gaz) and (
                (
                    name_likelihood(word.key) >= UNLISTED_NAME_PROBABILITY
                    and _weak_person_context(text, word, words, i, gaz)
                )
                or (
                    spans
                    and name_likelihood(word.key) >= JOINED_NAME_PROBABILITY
                    and vocab.LIST_JOINER_RE.match(text[spans[-1][1] : word.start])
                )
            ):
                found.add(word.key)
                spans.append((word.start, _surname_end(text, word, words, i, gaz), PERSON,
                              "a word in no dictionary that looks like a name, where a "
                              "person's name could be"))
            elif _lower_unlisted_pair(text, words, i, gaz):
                found.add(word.key)
                second = words[i + 1]
                if CHAIN_GAP_RE.fullmatch(text[word.full_end : second.start]) \
                        and second.key not in ("and", "or"):
                    spans.append((word.start, second.end, PERSON,
                                  "looks like a first name followed by a surname"))
                else:  # "mariatou and conceicao": the second is found as joined to the first
                    spans.append((word.start, word.end, PERSON,
                                  "a word in no dictionary that looks like a name, beside "
                                  "another"))
            continue
        following = words[i + 1] if i + 1 < len(words) else None
        end = word.end
        if (
            following is not None
            and not following.capitalised
            and CHAIN_GAP_RE.fullmatch(text[word.full_end : following.start])
            and len(following.text) > 2
            and following.key not in gaz.english
            and following.key not in gaz.non_names
            and not word.possessive
        ):
            end = following.end  # "harjit mistry"
            reason = "looks like a first name followed by a surname"
        elif word.possessive:
            reason = "a first name with a possessive ('s)"
        elif vocab.NAME_BEFORE_RE.search(text[max(0, word.start - 25) : word.start]) or \
                vocab.ROLE_BEFORE_RE.search(text[max(0, word.start - 60) : word.start]):
            reason = "a first name after a word about a person"
        elif vocab.PERSON_VERB_AFTER_RE.match(text[word.full_end : word.full_end + 30]):
            reason = "a first name before a verb about a person"
        elif word.key in found:
            reason = "a first name found earlier in the text"
        elif _lower_given_name_alone(word, gaz):
            reason = "a first name in the name lists, in lower case"
        elif _weak_person_context(text, word, words, i, gaz):
            reason = "a name, where a person's name could be"
        else:
            continue
        found.add(word.key)
        spans.append((word.start, end, PERSON, reason))
    return spans + _joined_before(text, words, spans, gaz, allowed)


def _joined_before(
    text: str, words: list[Word], spans: list[NameSpan], gaz: gazetteer.Gazetteer,
    allowed: frozenset[str],
) -> list[NameSpan]:
    """A lower-case given name joined by "and" to a name found after it ("heather and
    breeze (twins, 15)")."""
    starts = {s for s, *_ in spans}
    covered = [(s, e) for s, e, *_ in spans]
    joined = []
    for i in range(len(words) - 2):
        word, joiner, following = words[i], words[i + 1], words[i + 2]
        if (
            joiner.key == "and"
            and following.start in starts
            and not word.capitalised
            and word.key not in allowed
            and (word.key in gaz.given or word.key in gaz.world_names)
            and _could_be_named(word, gaz)
            and not any(s <= word.start < e for s, e in covered)
            and vocab.LIST_JOINER_RE.match(text[word.full_end : following.start])
        ):
            joined.append((word.start, word.end, PERSON, "a name joined by 'and' to another"))
    return joined


INITIAL_AND_SURNAME_RE = re.compile(r"(?<![\w.])([A-Z])\.\s?([A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)\b")


def find_initial_and_surname(text: str, gaz: gazetteer.Gazetteer) -> list[NameSpan]:
    """"K. Ward", "J. O'Neill": an initial with a full stop, then a listed surname."""
    return [
        (m.start(), m.end(), PERSON, "an initial followed by a surname")
        for m in INITIAL_AND_SURNAME_RE.finditer(text)
        if (fold(m.group(2)) in gaz.surnames or _unlisted_name_like(fold(m.group(2)), gaz))
        and fold(m.group(2)) not in gaz.places
    ]


def _unlisted_name_like(key: str, gaz: gazetteer.Gazetteer) -> bool:
    """In no dictionary and very like a name ("Dinsa")."""
    return (
        key not in gaz.english
        and key not in gaz.non_names
        and name_likelihood(key) >= PAIR_NAME_PROBABILITY
    )


# (lower-case letters with accents too: "mr wójcik", "mrs öztürk")
_LOWER = "a-zß-öø-ÿā-ž"
LOWER_CASE_TITLED_RE = re.compile(
    r"\b(?i:mr|mrs|ms|miss|mx|dr)\.?[ \t]+(?:([a-z])\.?[ \t]+)?"
    rf"([{_LOWER}][{_LOWER}'’-]{{1,}}[{_LOWER}])(?![\w'’-])"
)


TITLE_OF_A_SURNAME_RE = re.compile(r"(?i:mr|mrs|ms|mx)\b")


def find_lower_case_titled_names(
    text: str, gaz: gazetteer.Gazetteer, allowed: frozenset[str]
) -> list[NameSpan]:
    """"mr kebede", "mrs j dobson": a title then a lower-case word that is no English word
    or place; or, after "mr", "mrs", "ms" or "mx" (not "miss" or "dr", which are verbs and
    nouns too), a listed surname that is also a rarer English word ("mrs begum", "mr
    white"), but not an everyday word or an organisation's ("ms clinic")."""
    spans = []
    for m in LOWER_CASE_TITLED_RE.finditer(text):
        key = fold(POSSESSIVE_RE.sub("", m.group(2)))
        if key in gaz.english and not (
            key in gaz.surnames
            and key not in gaz.common_words
            and key not in vocab.ORG_WORDS
            and TITLE_OF_A_SURNAME_RE.match(m.group())
        ):
            continue
        if key in gaz.places or key in gaz.non_names or key in allowed:
            continue
        if key in LOWER_CASE_NOT_NAMES:
            continue
        start = m.start(1) if m.group(1) else m.start(2)
        spans.append((start, m.start(2) + len(key), PERSON, "a name after a title such as Mr"))
    return spans


LOWER_CASE_NICKNAME_RE = re.compile(
    r"\b(?:known as|also known as|aka|a\.k\.a\.?|goes by|nicknamed|street name(?: is)?)"
    r"[ \t]*[:,]?[ \t]+([a-z][\w'’-]*)(?:[ \t]+([a-z][\w'’-]*))?"
)
# Words that follow "known as" without being a nickname: "known as a dealer", "as well".
NICKNAME_PREFIXES = frozenset("big little lil wee tiny young old fat mad kid lady".split())
NOT_A_NICKNAME = frozenset("well such much many being someone something one usual normal".split())


def find_lower_case_nicknames(
    text: str, gaz: gazetteer.Gazetteer, allowed: frozenset[str]
) -> list[NameSpan]:
    """"known as big kev", "aka smudge": a nickname typed in lower case."""
    spans = []
    for m in LOWER_CASE_NICKNAME_RE.finditer(text):
        first = fold(m.group(1))
        if first in NICKNAME_PREFIXES and m.group(2):
            pass  # "big kev", "little dee"
        elif first in gaz.non_names or first in NOT_A_NICKNAME or first in allowed:
            continue
        end = m.end(1)
        second = m.group(2)
        second_key = fold(second) if second else ""
        if (
            second
            and second_key not in gaz.non_names
            and second_key not in NOT_A_NICKNAME
            # "known as smudge came in": a verb, not the nickname's second word
            and (second_key not in gaz.english or second_key in gaz.given
                 or second_key in gaz.surnames or first in NICKNAME_PREFIXES)
        ):
            end = m.end(2)
        spans.append((m.start(1), end, PERSON, "a nickname after 'known as'"))
    return spans


# A stretch of text typed in capitals ("SPOKE TO DARREN RE HIS BENEFITS"): a line or
# sentence whose letters are nearly all capitals.
SEGMENT_RE = re.compile(r"[^\n.!?]+")
CAPS_WORD_RE = re.compile(r"\b[A-Z][A-Z'’-]{2,}\b")


# Lower-case ASCII letters: a sentence with more of them than a tenth of its length cannot
# be nine-tenths capitals, and most are rejected so without counting letter by letter.
ASCII_LOWER_RE = re.compile(r"[a-z]")


def capitals_segments(text: str) -> list[tuple[int, int]]:
    segments = []
    for m in SEGMENT_RE.finditer(text):
        if len(ASCII_LOWER_RE.findall(m.group())) > 0.1 * len(m.group()):
            continue
        letters = [c for c in m.group() if c.isalpha()]
        upper = sum(c.isupper() for c in letters)
        if len(letters) >= 8 and upper >= 0.9 * len(letters) and len(m.group().split()) >= 3:
            segments.append(m.span())
    return segments


def find_names_in_capitals(
    text: str, gaz: gazetteer.Gazetteer, allowed: frozenset[str]
) -> list[NameSpan]:
    """Names in text typed in capitals. Such text is read as if typed in lower case, with
    the same rules ("SPOKE TO DARREN" as "spoke to darren"); and two words in capitals
    side by side, neither an English word, a place nor an acronym, are a name if one is a
    listed name or looks like one ("EXAUCE KABONGO", "ROSTAS, FLORIN")."""
    spans: list[NameSpan] = []
    segments = capitals_segments(text)
    if segments:
        chars = list(text)
        for start, end in segments:
            for k in range(start, end):
                lowered = chars[k].lower()
                if len(lowered) == 1:
                    chars[k] = lowered
        lowered_text = "".join(chars)
        for span in find_lower_case_names(lowered_text, tokenize(lowered_text, gaz), gaz,
                                          allowed):
            if any(s <= span[0] < e for s, e in segments):
                spans.append((span[0], span[1], PERSON, span[3] + " (in capitals)"))
    words = list(CAPS_WORD_RE.finditer(text))
    for a, b in zip(words, words[1:], strict=False):
        if not re.fullmatch(r"[ \t]{1,3}|,[ \t]{0,2}", text[a.end() : b.start()]):
            continue
        keys = [fold(POSSESSIVE_RE.sub("", m.group())) for m in (a, b)]
        if any(k in gaz.english or k in gaz.places or k in gaz.non_names or k in allowed
               or k in gaz.common_words or k in LOWER_CASE_NOT_NAMES for k in keys):
            continue
        if not all(re.search(r"[aeiouy]", k) for k in keys):
            continue  # "NRPF", "CMHT": acronyms
        if any(k in gaz.given or k in gaz.surnames
               or name_likelihood(k) >= UNLISTED_NAME_PROBABILITY * 0.9 for k in keys):
            spans.append((a.start(), b.end(), PERSON, "two names in capitals"))
    return spans

"""Street addresses: a house or flat number followed by a street name ("9 Lister Road",
"Flat 3, 12 Kings Court", "14b Chapel St"). A street named without a number is a place,
not an address, and is left alone."""

import re
from collections.abc import Iterator

from .finding import Span
from .kinds import ADDRESS

STREET_TYPES = (
    "Road Rd Street St Lane Ln Avenue Ave Av Grove Gr Close Cl Drive Dr Way Court Ct "
    "Crescent Cres Place Pl Terrace Terr Tce Gardens Gdns Square Sq Walk Row Hill Rise View "
    "Mews Park Green Parade Pde Vale Wharf Yard Mount Croft Fold Bank Side Gate Garth Wynd "
    "Brow Meadow Meadows Chase Boulevard Circus Approach Heights Grange End Fields Field Quay "
    "Lea Leys Dale Hollow Nook Ridge Embankment Broadway Causeway Highway Passage Precinct "
    "Estate House Tower Towers Mansions Buildings Lodge Cottages Cottage Villas Flats Point "
    "Path Circle Oval Loan Brae Wood Woods Orchard Holme Mead Drove Market Manor Hall Bridge "
    "Grounds Acre Acres Common Moor Side Top Bottom Hey Carr Crest Glade Glen Spur Link Priory "
    "Abbey Reach Spinney Paddock Copse Dell Sidings Cloisters"
).split()
BUILDING_TYPES = (
    "House Court Tower Towers Mansions Lodge Buildings Point Heights Place Hall Block "
    "Apartments Flats Hostel Chambers"
).split()

# A capitalised word of a street's name. A full stop ends a sentence, not a street, unless
# it closes a short abbreviation ("St. Mary's Road", "Gt. Western Rd"): "release 09:00
# Friday.\nGate pick-up" is no address.
_WORD = r"(?:[A-Z][a-z]{0,2}\.(?=[ \t])|[A-Z][A-Za-z'’-]*(?:\.[A-Za-z][A-Za-z'’-]*)*)"
# Between a street's words: spaces on one line (an address never runs on past a line break).
_GAP = r"[ \t]+"
# Not a house number: the minutes of a time ("09:00"), or part of a longer number.
_NOT_A_TIME = r"(?<!\d:)"
_STREET_TYPE = r"(?:" + "|".join(sorted(set(STREET_TYPES), key=len, reverse=True)) + r")\b"
_BUILDING_TYPE = r"(?:" + "|".join(BUILDING_TYPES) + r")\b"
_FLAT = r"(?:Flat|Apartment|Apt|Room|Unit|Studio|Maisonette)\.?\s*\d{1,4}[A-Za-z]?"
_DIRECTION = r"(?:\s+(?:East|West|North|South|Upper|Lower)\b)?"

# [Flat 2, ] 18[a][-20] [The] Moss Lane [East]
NUMBERED_STREET_RE = re.compile(
    rf"(?:\b{_FLAT}\s*,?\s*)?"
    rf"{_NOT_A_TIME}(?<![\w£$.,/-])(?:No\.?\s*)?\d{{1,4}}(?:/\d{{1,3}})?[A-Za-z]?(?:\s*[-–]\s*\d{{1,4}}[A-Za-z]?)?,?{_GAP}"
    rf"(?:The{_GAP})?(?:{_WORD}{_GAP}){{1,3}}{_STREET_TYPE}{_DIRECTION}"
)
# Welsh streets name their type first: 4 Heol Y Felin, 12 Ffordd Las.
WELSH_STREET_RE = re.compile(
    rf"{_NOT_A_TIME}(?<![\w£$.,/-])\d{{1,4}}[A-Za-z]?,?\s+(?:Heol|Ffordd|Stryd|L[oô]n|Maes|Llys|Rhodfa|Cilgant|"
    rf"Teras|Clos|Cwrt|Parc)(?:\s+(?:[Yy]r?|{_WORD}))(?:\s+{_WORD}){{0,2}}"
)
# A numbered street of any name when a postcode or "lives at" vouches for it:
# "5 Kilburn Priory, London NW6 5PE", "lives at 12 Cedars".
# ("moved to 12 June. Duty solicitor..." is a date: a month is no street.)
_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|"
          r"April|June|July|August|September|October|November|December)\b")
_NUMBER_AND_NAME = (
    rf"(?:{_FLAT}\s*,?\s*)?\d{{1,4}}[A-Za-z]?{_GAP}(?!{_MONTH})(?:The{_GAP})?{_WORD}(?:{_GAP}{_WORD}){{0,3}}"
)
BEFORE_POSTCODE_RE = re.compile(
    rf"{_NOT_A_TIME}(?<![\w£$.,/-])(?P<address>{_NUMBER_AND_NAME}),\s*(?:{_WORD}(?:\s+{_WORD})?,?\s+)?"
    r"[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b"
)
AFTER_CUE_RE = re.compile(
    rf"\b(?:lives at|living at|staying at|resides at|moved (?:in)?to|address(?:es)?:?|"
    rf"address is|placed at)\s+(?P<address>{_NUMBER_AND_NAME})"
)
# Streets named in one word ending in "gate" (Old Norse "gata", a street), as in the north
# and east of England: "9 Broadgate", "14a Kirkgate", "2 Micklegate".
GATE_STREET_RE = re.compile(
    rf"{_NOT_A_TIME}(?<![\w£$.,/-])\d{{1,4}}[A-Za-z]?,?{_GAP}(?:The{_GAP})?[A-Z][a-z]{{2,}}gate\b"
)
# Flat 3, Kings Court (a numbered flat in a named building)
FLAT_IN_BUILDING_RE = re.compile(
    rf"\b{_FLAT}\s*,?\s+(?:The\s+)?(?:{_WORD}\s+){{1,3}}{_BUILDING_TYPE}"
)


# A house with a name and no number, then its street: "The Old Rectory, Church Lane", "Rose
# Cottage, 2 Mill Lane". The house word is one that names a dwelling, and a street with
# its type must follow the comma.
_HOUSE_TYPE = (r"(?:Rectory|Vicarage|Manse|Parsonage|Cottage|Cottages|Farm|Farmhouse|Barn|"
               r"Bungalow|Lodge|Grange|Granary|Mill|Coach\s+House|Old\s+School|Schoolhouse|"
               r"Chapel\s+House|Stables|Oast|Croft|Villa)\b")
HOUSE_NAME_RE = re.compile(
    rf"\b(?:The\s+)?(?:{_WORD}\s+){{0,2}}{_HOUSE_TYPE},\s*(?:\d{{1,4}}[A-Za-z]?\s+)?"
    rf"(?:{_WORD}\s+){{1,3}}{_STREET_TYPE}"
)


# Typed in lower case on a phone: only with a street or building word that is nothing else
# ("12 moss lane", "flat 3 jubilee court"), since "2 big bags" or "3 long days" are not.
_LOWER_STREET = (r"(?:road|rd|street|lane|avenue|ave|close|crescent|terrace|gardens|grove|drive|"
                 r"mews|mount|rise|parade|square)")
_LOWER_BUILDING = r"(?:court|house|tower|mansions|lodge|heights|flats|hostel|apartments)"
LOWER_CASE_ADDRESS_RE = re.compile(
    rf"(?<![\w£$.,/-])(?:(?:flat|apt|room|unit)\s*\d{{1,4}}[a-z]?,?\s+(?:[a-z][a-z'’-]+\s+){{1,2}}"
    rf"{_LOWER_BUILDING}|\d{{1,4}}[a-z]?,?\s+(?:[a-z][a-z'’-]+\s+){{1,2}}{_LOWER_STREET})\b"
)


# Typed in capitals ("FLAT 3 18 MARLBOROUGH GROVE BD8 7TY"): only with a street type that
# is nothing else in capitals, since "5 MINUTE WALK" or "24 HOUR VIEW" are not streets.
_CAPITALS_STREET = (r"(?:ROAD|RD|STREET|ST|LANE|AVENUE|AVE|GROVE|CLOSE|DRIVE|COURT|CRESCENT|"
                    r"CRES|PLACE|TERRACE|GARDENS|GDNS|SQUARE|MEWS|PARADE|RISE|MOUNT|VALE|"
                    r"CROFT|FOLD|GARTH|WYND|BROW|CHASE|BOULEVARD|HEIGHTS|GRANGE|MEADOWS?|"
                    r"COTTAGES|VILLAS|MANSIONS)\b")
CAPITALS_ADDRESS_RE = re.compile(
    rf"{_NOT_A_TIME}(?<![\w£$.,/-])(?:(?:FLAT|APT|APARTMENT|UNIT|ROOM)\s*\d{{1,4}}[A-Z]?\s*,?\s*)?"
    rf"\d{{1,4}}[A-Z]?,?\s+(?:THE\s+)?(?:[A-Z][A-Z'’.-]+\s+){{1,3}}{_CAPITALS_STREET}"
)

# Addresses that start with their number, for "at 3 Cranmore Close" after a name.
STREET_ADDRESS_RES = (NUMBERED_STREET_RE, WELSH_STREET_RE, LOWER_CASE_ADDRESS_RE)


def find_addresses(text: str) -> Iterator[Span]:
    patterns: tuple[re.Pattern[str], ...] = (
        NUMBERED_STREET_RE, FLAT_IN_BUILDING_RE, WELSH_STREET_RE, LOWER_CASE_ADDRESS_RE,
        CAPITALS_ADDRESS_RE)
    if "gate" in text:
        patterns += (GATE_STREET_RE,)
    for pattern in patterns:
        for m in pattern.finditer(text):
            yield m.start(), m.end(), ADDRESS
    for m in HOUSE_NAME_RE.finditer(text):
        yield m.start(), m.end(), ADDRESS, "a house's name followed by its street"
    for pattern in (BEFORE_POSTCODE_RE, AFTER_CUE_RE):
        for m in pattern.finditer(text):
            yield m.start("address"), m.end("address"), ADDRESS

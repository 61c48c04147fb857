"""Text cells of a CSV that a spreadsheet would run as a formula (CSV or formula injection):
a text that begins with a character in OWASP's list (=, +, -, @, tab, carriage return, line
feed) gets one single quote (') in front, and so does a text that already begins with a
single quote, so that removing one leading ' from any text cell always gives back the exact
text (the R and SPSS syntax do this when they read the CSV).

Only text cells: a number is written as it is (an answer of -2 to a number question stays a
number), and an empty cell stays empty. Commas, quotes and line breaks inside a text, which
could otherwise start a new cell, are quoted as RFC 4180 says (the csv module, and
rows._csv_field for the lines PostgreSQL writes).

One rule, two implementations: `neutralise` for the rows Python writes and `neutralise_sql`
for the CSV lines and rows PostgreSQL writes (tests hold them equal)."""

PREFIX = "'"
# OWASP's characters that start a formula, and the prefix itself (so stripping is exact).
TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", PREFIX)

# What the codebook, the syntax files and the README say about it.
RULE = (f"In the CSV files, a text that begins with = + - @ {PREFIX} or a tab or line break "
        f"has one {PREFIX} put in front, so that no spreadsheet runs it as a formula: remove "
        f"one leading {PREFIX} from a text to get it back exactly")

_SQL_LITERALS = {"\t": "E'\\t'", "\r": "E'\\r'", "\n": "E'\\n'", PREFIX: "''''"}
_SQL_TRIGGERS = ", ".join(_SQL_LITERALS.get(char, f"'{char}'") for char in TRIGGERS)


def neutralise(text: str | None) -> str | None:
    """The text as a CSV cell: with the prefix if it begins with a trigger."""
    if text and text[0] in TRIGGERS:
        return PREFIX + text
    return text


def neutralise_sql(expr: str) -> str:
    """`neutralise` as an SQL expression of the text expression `expr` (NULL stays NULL)."""
    return (f"CASE WHEN left({expr}, 1) IN ({_SQL_TRIGGERS}) "
            f"THEN {_SQL_LITERALS[PREFIX]} || {expr} ELSE {expr} END")

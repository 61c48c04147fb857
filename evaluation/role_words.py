"""The ProQOL's bracketed words, put in the respondent's role.

The ProQOL 5 prints "[help]", "[helper]", "[helping]" and "[helped]" where the author means
the study to put the word for its respondents' role ("I like my work as a [helper]"). The
questions and instructions keep the text as printed; each survey sets its own words
(Survey.role_help, role_helped, role_helper, role_helping), and they are put in wherever
the text is shown: the answer page, the preview, the builder, the results and the exports
(whose codebook also gives the wording as printed). Any question an evaluator writes may use
the same brackets. "[work]" ("my case [work] load") reads as printed, without its brackets."""

import re

# The bracketed word -> the Survey field that holds the survey's word for it.
FIELDS = {"help": "role_help", "helped": "role_helped", "helper": "role_helper",
          "helping": "role_helping"}
DEFAULTS = {"role_help": "support", "role_helped": "supported",
            "role_helper": "support worker", "role_helping": "support work"}
FIXED = {"work": "work"}
PLACEHOLDER = re.compile(r"\[(help|helped|helper|helping|work)\]")
# The words a survey sets, as a PostgreSQL regular expression (for a question text lookup).
ROLE_WORD_SQL = r"\[(" + "|".join(FIELDS) + r")\]"


def words(survey) -> dict[str, str]:
    """The bracketed word -> the word this survey shows in its place."""
    chosen = {name: (getattr(survey, field, "") or "").strip() or DEFAULTS[field]
              for name, field in FIELDS.items()}
    return {**chosen, **FIXED}


def fill(text: str, survey=None, *, chosen: dict[str, str] | None = None) -> str:
    """`text` with each bracketed word replaced by the survey's (or `chosen`) word."""
    if not text or "[" not in text:
        return text
    chosen = chosen if chosen is not None else words(survey)
    return PLACEHOLDER.sub(lambda match: chosen[match[1]], text)


def used_in(*texts: str) -> bool:
    """Does any of the texts hold a bracketed word that the survey's role words replace?"""
    return any(match[1] in FIELDS for text in texts
               for match in PLACEHOLDER.finditer(text or ""))

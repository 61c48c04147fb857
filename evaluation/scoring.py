"""Subscale scores, computed as each instrument's authors specify.

Questions carry `instrument`, `subscale` and `reverse_scored` (set by the templates in
`evaluation.instruments`, or by an evaluator in the builder). Only questions with an
instrument count. Answers are `Answer.number` values: the value of the chosen label.

ProQOL 5 (Stamm, The Concise ProQOL Manual, 2nd ed. 2010, and the scoring page printed with
the measure): each subscale score is the *sum* of its ten items (1 Never ... 5 Very Often),
after reversing the five reverse-scored Burnout items (1, 4, 15, 17, 29: 1=5, 2=4, 3=3, 4=2,
5=1, that is 6 - x). Range 10-50; the manual's cut scores are 22 or less low, 23 to 41
moderate, 42 or more high. The manual gives no rule for pro-rating missing items and its
cut scores are for the sum of all ten, so a subscale is scored only when all ten items are
answered (and the survey holds all ten: an altered subscale is not scored as the ProQOL).

Copenhagen Burnout Inventory (Kristensen, Borritz, Villadsen & Christensen 2005, and the
English version of the questionnaire used in the PUMA study): items are scored Always /
To a very high degree 100, Often / To a high degree 75, Sometimes / Somewhat 50, Seldom /
To a low degree 25, Never/almost never / To a very low degree 0; the work-related item
"Do you have enough energy for family and friends during leisure time?" is reversed
(100 - x). "Total score on the scale is the average of the scores on the items" answered;
"If less than three questions have been answered, the respondent is classified as
non-responder" (personal burnout, six items; client-related burnout, six items: three), and
"if less than four" for work-related burnout (seven items). That is: at least half of the
items. Range 0-100, higher is more burnout.

Any other instrument an evaluator tags in the builder: the mean of the answered items, each
reverse-scored item reversed within its own value labels (lowest + highest - x), scored when
at least half of the subscale's items are answered. Pass such questions with their choices
prefetched (`prefetch_related("choices")`) if any of them is reverse-scored."""

import math
from dataclasses import dataclass, field
from decimal import Decimal

from .instruments import (
    CBI,
    CBI_CLIENT,
    CBI_PERSONAL,
    CBI_WORK,
    PROQOL,
    PROQOL_BO,
    PROQOL_CS,
    PROQOL_STS,
)


@dataclass(frozen=True)
class Rule:
    method: str  # "sum" or "mean"
    low: float  # the lowest and highest possible score
    high: float
    reverse_from: float  # a reversed item scores reverse_from - x
    # Subscale -> fewest answered items for a score; a subscale not named needs all items.
    min_answered: dict[str, int] = field(default_factory=dict)
    # Subscale -> items it must have (an altered subscale is not scored); empty: any.
    items: dict[str, int] = field(default_factory=dict)
    # Subscale order as the authors present them.
    order: tuple[str, ...] = ()
    # Bands for display: (upper bound inclusive, label), in ascending order.
    bands: tuple[tuple[float, str], ...] = ()
    summary: str = ""


RULES: dict[str, Rule] = {
    PROQOL: Rule(
        method="sum", low=10, high=50, reverse_from=6,
        items={PROQOL_CS: 10, PROQOL_BO: 10, PROQOL_STS: 10},
        order=(PROQOL_CS, PROQOL_BO, PROQOL_STS),
        bands=((22, "Low"), (41, "Moderate"), (50, "High")),
        summary="Sum of the ten items (reverse-scored items as 6 minus the answer), 10 to 50; "
                "22 or less low, 23 to 41 moderate, 42 or more high. Scored only when all "
                "ten items are answered.",
    ),
    CBI: Rule(
        method="mean", low=0, high=100, reverse_from=100,
        min_answered={CBI_PERSONAL: 3, CBI_WORK: 4, CBI_CLIENT: 3},
        order=(CBI_PERSONAL, CBI_WORK, CBI_CLIENT),
        summary="Mean of the items answered (Always or To a very high degree 100 ... Never or "
                "To a very low degree 0; the leisure-time energy item reversed), 0 to 100, "
                "higher is more burnout. Scored when at least half the items are answered "
                "(3 of 6, 4 of 7, 3 of 6).",
    ),
}

# For display: instrument -> (lowest, highest) possible subscale score.
SCORE_RANGES: dict[str, tuple[float, float]] = {
    name: (rule.low, rule.high) for name, rule in RULES.items()
}

GENERIC_SUMMARY = ("Mean of the items answered (reverse-scored items reversed within their "
                   "value labels); scored when at least half the items are answered.")


def subscales(questions) -> list[tuple[str, str]]:
    """The (instrument, subscale) pairs of these questions, in order: instruments in the order
    they first appear, and within a known instrument the authors' order of its subscales
    (otherwise the order of first appearance)."""
    seen: dict[str, list[str]] = {}
    for question in questions:
        if not question.instrument:
            continue
        names = seen.setdefault(question.instrument, [])
        subscale = question.subscale or ""
        if subscale not in names:
            names.append(subscale)
    pairs: list[tuple[str, str]] = []
    for instrument, names in seen.items():
        rule = RULES.get(instrument)
        if rule is not None and rule.order:
            names = sorted(names, key=lambda s: (rule.order.index(s) if s in rule.order
                                                  else len(rule.order), names.index(s)))
        pairs.extend((instrument, name) for name in names)
    return pairs


def score_range(instrument: str, questions=()) -> tuple[float, float] | None:
    """The possible range of a subscale score: known instruments from SCORE_RANGES, others
    from the value labels of their questions (choices prefetched)."""
    if instrument in SCORE_RANGES:
        return SCORE_RANGES[instrument]
    values = [c.value for q in questions if q.instrument == instrument
              for c in q.choices.all()]
    return (min(values), max(values)) if values else None


def band(instrument: str, score: float | None) -> str:
    """The author's label for a score ("Low", "Moderate", "High"), where they give one."""
    rule = RULES.get(instrument)
    if score is None or rule is None:
        return ""
    for upper, label in rule.bands:
        if score <= upper:
            return label
    return ""


def _own_range(question) -> tuple[float, float] | None:
    values = [choice.value for choice in question.choices.all()]
    if question.type == "scale":
        values += [0, 10]
    return (min(values), max(values)) if values else None


def _item_score(question, value: Decimal, rule: Rule | None) -> float | None:
    number = float(value)
    if not question.reverse_scored:
        return number
    if rule is not None:
        return rule.reverse_from - number
    bounds = _own_range(question)
    return None if bounds is None else bounds[0] + bounds[1] - number


def response_scores(questions, answers: dict[int, Decimal]) -> dict[tuple[str, str],
                                                                     float | None]:
    """One response's subscale scores: {(instrument, subscale): score, or None when too few
    of its items were answered (or the subscale is not the instrument's, unaltered)}.

    `questions`: the questions of one survey (only those with an instrument matter);
    `answers`: question id -> Answer.number for one response (unanswered: absent or None)."""
    groups: dict[tuple[str, str], list] = {}
    for question in questions:
        if question.instrument:
            groups.setdefault((question.instrument, question.subscale or ""), []).append(
                question)
    scores: dict[tuple[str, str], float | None] = {}
    for pair in subscales(questions):
        instrument, subscale = pair
        items = groups[pair]
        rule = RULES.get(instrument)
        if rule is not None and subscale in rule.items and len(items) != rule.items[subscale]:
            scores[pair] = None
            continue
        values = []
        for question in items:
            value = answers.get(question.pk)
            if value is None:
                continue
            item = _item_score(question, value, rule)
            if item is not None:
                values.append(item)
        if rule is None:
            method, needed = "mean", math.ceil(len(items) / 2)
        else:
            method = rule.method
            needed = rule.min_answered.get(subscale, len(items))
        if not values or len(values) < needed:
            scores[pair] = None
        elif method == "sum":
            scores[pair] = float(sum(values))
        else:
            scores[pair] = sum(values) / len(values)
    return scores

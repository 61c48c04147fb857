"""Survey templates (the published instruments copied exactly) and subscale scoring as the
authors specify, against hand-worked examples."""

from decimal import Decimal

import pytest

from evaluation import scoring, services
from evaluation.instruments import TEMPLATES
from evaluation.models import Question, QuestionType, ValueCycle

from .factories import add_question, make_study, make_survey

PROQOL_SUBSCALES = {
    "Compassion Satisfaction": [3, 6, 12, 16, 18, 20, 22, 24, 27, 30],
    "Burnout": [1, 4, 8, 10, 15, 17, 19, 21, 26, 29],
    "Secondary Traumatic Stress": [2, 5, 7, 9, 11, 13, 14, 23, 25, 28],
}


# --- Templates ------------------------------------------------------------------------------

def test_proqol_has_its_30_items_subscales_and_reverse_items():
    items = TEMPLATES["proqol5"].items
    assert [i.code for i in items] == [f"proqol_{n:02d}" for n in range(1, 31)]
    for subscale, numbers in PROQOL_SUBSCALES.items():
        assert [int(i.code[-2:]) for i in items if i.subscale == subscale] == numbers
    assert [int(i.code[-2:]) for i in items if i.reverse_scored] == [1, 4, 15, 17, 29]
    assert {i.instrument for i in items} == {"ProQOL 5"}
    assert {i.choices for i in items} == {((1, "Never"), (2, "Rarely"), (3, "Sometimes"),
                                           (4, "Often"), (5, "Very Often"))}
    assert {i.type for i in items} == {QuestionType.LIKERT}


def test_proqol_wording_is_as_published():
    text = {int(i.code[-2:]): i.text for i in TEMPLATES["proqol5"].items}
    assert text[1] == "I am happy."
    assert text[2] == "I am preoccupied with more than one person I [help]."
    assert text[11] == "Because of my [helping], I have felt \"on edge\" about various things."
    assert text[14] == "I feel as though I am experiencing the trauma of someone I have [helped]."
    assert text[21] == "I feel overwhelmed because my case [work] load seems endless."
    assert text[28] == "I can't recall important parts of my work with trauma victims."
    assert text[30] == "I am happy that I chose to do this work."
    template = TEMPLATES["proqol5"]
    assert template.credit.startswith(
        "Stamm, B.H. (2009-2012). Professional Quality of Life: Compassion Satisfaction and "
        "Fatigue Version 5 (ProQOL). www.proqol.org")
    assert "how frequently you experienced these things in the last 30 days" in (
        template.instructions)


def test_cbi_has_19_items_in_three_scales_with_the_authors_scores():
    items = TEMPLATES["cbi"].items
    assert len(items) == 19
    by_scale = {}
    for item in items:
        by_scale.setdefault(item.subscale, []).append(item.code)
    assert by_scale == {
        "Personal burnout": [f"cbi_p{n}" for n in range(1, 7)],
        "Work-related burnout": [f"cbi_w{n}" for n in range(1, 8)],
        "Client-related burnout": [f"cbi_c{n}" for n in range(1, 7)],
    }
    reversed_items = [i for i in items if i.reverse_scored]
    assert [(i.code, i.text) for i in reversed_items] == [
        ("cbi_w7", "Do you have enough energy for family and friends during leisure time?")]
    frequency = ((100, "Always"), (75, "Often"), (50, "Sometimes"), (25, "Seldom"),
                 (0, "Never/almost never"))
    degree = ((100, "To a very high degree"), (75, "To a high degree"), (50, "Somewhat"),
              (25, "To a low degree"), (0, "To a very low degree"))
    scales = {i.code: i.choices for i in items}
    # Personal: all frequency. Work: three degree, four frequency. Client: four degree, two
    # frequency (the English version used in the PUMA study).
    assert [c for c, labels in scales.items() if labels == degree] == [
        "cbi_w1", "cbi_w2", "cbi_w3", "cbi_c1", "cbi_c2", "cbi_c3", "cbi_c4"]
    assert all(labels in (frequency, degree) for labels in scales.values())
    assert {i.instrument for i in items} == {"CBI"}
    assert "Kristensen" in TEMPLATES["cbi"].credit and "192-207" in TEMPLATES["cbi"].credit


def test_our_templates_are_tagged_with_value_creation_cycles():
    post = TEMPLATES["post-session"].items
    assert all(i.value_cycle in ValueCycle.values for i in post)
    assert sum(1 for i in post if i.type == QuestionType.SCALE) == 1
    assert sum(1 for i in post if i.type == QuestionType.LONG_TEXT) >= 2
    follow_up = TEMPLATES["value-follow-up"].items
    cycles = {i.value_cycle for i in follow_up}
    assert {ValueCycle.APPLIED, ValueCycle.REALISED, ValueCycle.REFRAMING} <= cycles
    for template in TEMPLATES.values():
        codes = [i.code for i in template.items]
        assert len(codes) == len(set(codes)), template.key
        for item in template.items:
            if item.type in (QuestionType.LIKERT, QuestionType.SINGLE):
                assert len(item.choices) >= 2, item.code


@pytest.mark.django_db
@pytest.mark.parametrize("key", list(TEMPLATES))
def test_every_template_becomes_a_survey(evaluator, key):
    survey = services.survey_create_from_template(actor=evaluator, study=make_study(),
                                                  template_key=key, wave="baseline")
    template = TEMPLATES[key]
    questions = list(survey.questions.prefetch_related("choices"))
    assert [(q.code, q.text, q.type, q.instrument, q.subscale, q.reverse_scored,
             q.value_cycle, tuple((c.value, c.label) for c in q.choices.all()))
            for q in questions] == [
        (i.code, i.text, i.type, i.instrument, i.subscale, i.reverse_scored, i.value_cycle,
         i.choices) for i in template.items]
    assert survey.credit == template.credit and survey.template_key == key


# --- Scoring --------------------------------------------------------------------------------

@pytest.fixture
def proqol(db, evaluator):
    survey = services.survey_create_from_template(actor=evaluator, study=make_study(),
                                                  template_key="proqol5", wave="baseline")
    return list(survey.questions.all())


@pytest.fixture
def cbi(db, evaluator):
    survey = services.survey_create_from_template(actor=evaluator, study=make_study(),
                                                  template_key="cbi", wave="baseline")
    return list(survey.questions.all())


def by_code(questions):
    return {q.code: q for q in questions}


def answers_for(questions, values: dict) -> dict:
    codes = by_code(questions)
    return {codes[code].pk: Decimal(value) for code, value in values.items()}


def test_subscales_in_the_authors_order(proqol, cbi):
    assert scoring.subscales(proqol) == [("ProQOL 5", "Compassion Satisfaction"),
                                         ("ProQOL 5", "Burnout"),
                                         ("ProQOL 5", "Secondary Traumatic Stress")]
    assert scoring.subscales(list(reversed(cbi))) == [
        ("CBI", "Personal burnout"), ("CBI", "Work-related burnout"),
        ("CBI", "Client-related burnout")]
    assert scoring.SCORE_RANGES["ProQOL 5"] == (10, 50)
    assert scoring.SCORE_RANGES["CBI"] == (0, 100)


def test_proqol_sums_after_reversing(proqol):
    values = {}
    # Compassion Satisfaction: 3 on every item -> 30.
    values.update({f"proqol_{n:02d}": 3 for n in PROQOL_SUBSCALES["Compassion Satisfaction"]})
    # Burnout: 5 (Very Often) on the five reversed items counts 1 each (5); 2 on the other
    # five counts 2 each (10): 15.
    values.update({f"proqol_{n:02d}": 5 for n in (1, 4, 15, 17, 29)})
    values.update({f"proqol_{n:02d}": 2 for n in (8, 10, 19, 21, 26)})
    # Secondary Traumatic Stress: 1,2,3,4,5,1,2,3,4,5 -> 30.
    sts = PROQOL_SUBSCALES["Secondary Traumatic Stress"]
    values.update({f"proqol_{n:02d}": (i % 5) + 1 for i, n in enumerate(sts)})
    scores = scoring.response_scores(proqol, answers_for(proqol, values))
    assert scores == {("ProQOL 5", "Compassion Satisfaction"): 30.0,
                      ("ProQOL 5", "Burnout"): 15.0,
                      ("ProQOL 5", "Secondary Traumatic Stress"): 30.0}
    assert scoring.band("ProQOL 5", 15.0) == "Low"
    assert scoring.band("ProQOL 5", 30.0) == "Moderate"
    assert scoring.band("ProQOL 5", 42.0) == "High"


def test_proqol_reversal_of_a_low_answer(proqol):
    values = {f"proqol_{n:02d}": 1 for n in PROQOL_SUBSCALES["Burnout"]}
    # 1 (Never) on the reversed items counts 5: 5 x 5 + 5 x 1 = 30.
    assert scoring.response_scores(proqol, answers_for(proqol, values))[
        ("ProQOL 5", "Burnout")] == 30.0


def test_proqol_needs_all_ten_items(proqol):
    values = {f"proqol_{n:02d}": 4 for n in PROQOL_SUBSCALES["Compassion Satisfaction"][:9]}
    values.update({f"proqol_{n:02d}": 2 for n in PROQOL_SUBSCALES["Burnout"]})
    scores = scoring.response_scores(proqol, answers_for(proqol, values))
    assert scores[("ProQOL 5", "Compassion Satisfaction")] is None
    # Burnout: reversed 2 -> 4 (x5 = 20) + 2 (x5 = 10) = 30.
    assert scores[("ProQOL 5", "Burnout")] == 30.0
    assert scores[("ProQOL 5", "Secondary Traumatic Stress")] is None


def test_an_altered_proqol_subscale_is_not_scored(proqol):
    shortened = [q for q in proqol if q.code != "proqol_03"]
    values = {f"proqol_{n:02d}": 4 for n in PROQOL_SUBSCALES["Compassion Satisfaction"]}
    scores = scoring.response_scores(shortened, answers_for(proqol, values))
    assert scores[("ProQOL 5", "Compassion Satisfaction")] is None


def test_cbi_means_of_answered_items_with_the_reversed_item(cbi):
    values = {
        # Personal: three of six answered (100, 75, 50): mean 75.
        "cbi_p1": 100, "cbi_p2": 75, "cbi_p3": 50,
        # Work: 50, 50, 50 and "Always" enough energy (100, reversed to 0): 150 / 4 = 37.5.
        "cbi_w1": 50, "cbi_w2": 50, "cbi_w3": 50, "cbi_w7": 100,
        # Client: all six, 0, 25, 25, 50, 75, 100: 275 / 6.
        "cbi_c1": 0, "cbi_c2": 25, "cbi_c3": 25, "cbi_c4": 50, "cbi_c5": 75, "cbi_c6": 100,
    }
    scores = scoring.response_scores(cbi, answers_for(cbi, values))
    assert scores[("CBI", "Personal burnout")] == 75.0
    assert scores[("CBI", "Work-related burnout")] == 37.5
    assert scores[("CBI", "Client-related burnout")] == pytest.approx(275 / 6)


def test_cbi_non_responders_below_half_the_items(cbi):
    values = {"cbi_p1": 100, "cbi_p2": 75,  # two of six: non-responder
              "cbi_w1": 50, "cbi_w2": 50, "cbi_w7": 0,  # three of seven: non-responder
              "cbi_c1": 25, "cbi_c2": 25, "cbi_c6": 25}  # three of six: scored
    scores = scoring.response_scores(cbi, answers_for(cbi, values))
    assert scores[("CBI", "Personal burnout")] is None
    assert scores[("CBI", "Work-related burnout")] is None
    assert scores[("CBI", "Client-related burnout")] == 25.0
    # Four of seven: 50, 50, 100 and "Never" enough energy (0, reversed to 100): 300 / 4.
    values["cbi_w3"] = 100
    scores = scoring.response_scores(cbi, answers_for(cbi, values))
    assert scores[("CBI", "Work-related burnout")] == 75.0


def test_unanswered_and_other_questions_are_ignored(cbi):
    assert scoring.response_scores(cbi, {}) == {
        ("CBI", "Personal burnout"): None, ("CBI", "Work-related burnout"): None,
        ("CBI", "Client-related burnout"): None}
    plain = Question(pk=10**9, code="x", type=QuestionType.LIKERT)
    assert scoring.subscales([plain]) == [] and scoring.response_scores([plain], {}) == {}


@pytest.mark.django_db
def test_other_instruments_use_the_mean_with_reversal_within_their_labels():
    survey = make_survey(make_study())
    a = add_question(survey, "w1", instrument="WEMWBS-like", subscale="Wellbeing")
    b = add_question(survey, "w2", instrument="WEMWBS-like", subscale="Wellbeing",
                     reverse_scored=True)
    add_question(survey, "w3", instrument="WEMWBS-like", subscale="Wellbeing")
    questions = list(survey.questions.prefetch_related("choices"))
    # 4, and 2 reversed within 1..5 -> 4: mean 4; two of three answered is at least half.
    scores = scoring.response_scores(questions, {a.pk: Decimal(4), b.pk: Decimal(2)})
    assert scores == {("WEMWBS-like", "Wellbeing"): 4.0}
    assert scoring.response_scores(questions, {a.pk: Decimal(4)}) == {
        ("WEMWBS-like", "Wellbeing"): None}
    assert scoring.score_range("WEMWBS-like", questions) == (1, 5)

"""Survey templates: data only. `services.survey_create_from_template` turns one into a draft
survey with its questions and value labels.

Two templates were written for this product and tag each item with a Wenger-Trayner
value-creation cycle (immediate, potential, applied, realised, reframing value). Two are
published instruments, free to use unaltered with credit; their items are copied exactly as
the authors print them. The ProQOL's bracketed words ("[help]", "[helper]"...) are stored as
printed: its author means each study to put its respondents' role in their place, and the
survey's words for the role are put in wherever the text is shown (evaluation.role_words),
the codebook noting the wording as printed:

- ProQOL 5: Stamm, B.H. (2009-2012), www.proqol.org. 30 items, 1 Never to 5 Very Often;
  three subscales of ten items; items 1, 4, 15, 17 and 29 reverse-scored.
- Copenhagen Burnout Inventory: Kristensen, Borritz, Villadsen & Christensen (2005), the
  English version used in the PUMA study. 19 items in three scales, scored 100-75-50-25-0;
  "Do you have enough energy for family and friends during leisure time?" reverse-scored.

How the subscales are scored is in `evaluation.scoring`."""

from dataclasses import dataclass, field

from .models import QuestionType, SurveyKind, ValueCycle

Labels = tuple[tuple[int, str], ...]


@dataclass(frozen=True)
class Item:
    code: str
    text: str
    type: str
    choices: Labels = ()
    section: str = ""
    help_text: str = ""
    required: bool = False
    value_cycle: str = ""
    instrument: str = ""
    subscale: str = ""
    reverse_scored: bool = False


@dataclass(frozen=True)
class Template:
    key: str
    title: str
    summary: str  # one line for the "start from" choice, after the title and a colon
    kind: str
    instructions: str = ""
    credit: str = ""
    items: tuple[Item, ...] = field(default_factory=tuple)


# --- Value labels -----------------------------------------------------------------------

AGREE: Labels = ((1, "Strongly disagree"), (2, "Disagree"), (3, "Neither agree nor disagree"),
                 (4, "Agree"), (5, "Strongly agree"))
YES_NO_UNSURE: Labels = ((1, "Yes"), (2, "No"), (3, "Not sure"))
USEFUL_0_10: Labels = ((0, "Not at all useful"), (10, "Extremely useful"))
VALUE_0_10: Labels = ((0, "No value at all"), (10, "Great value"))
HOW_OFTEN_3M: Labels = ((1, "Not at all"), (2, "Once or twice"), (3, "A few times"),
                        (4, "Often"))

# ProQOL 5: "1=Never 2=Rarely 3=Sometimes 4=Often 5=Very Often"
PROQOL_SCALE: Labels = ((1, "Never"), (2, "Rarely"), (3, "Sometimes"), (4, "Often"),
                        (5, "Very Often"))
# CBI: the authors' response categories and scores, in the order they print them.
CBI_FREQUENCY: Labels = ((100, "Always"), (75, "Often"), (50, "Sometimes"), (25, "Seldom"),
                         (0, "Never/almost never"))
CBI_DEGREE: Labels = ((100, "To a very high degree"), (75, "To a high degree"),
                      (50, "Somewhat"), (25, "To a low degree"),
                      (0, "To a very low degree"))


# --- Post-session feedback (written for this product) -----------------------------------

_C = ValueCycle
_T = QuestionType

POST_SESSION = Template(
    key="post-session",
    title="Session feedback",
    summary="eight short questions after a session (a 0-10 usefulness score, five on what "
            "it gave, two in people's own words), each tagged with a value-creation cycle.",
    kind=SurveyKind.POST_SESSION,
    instructions=(
        "A few quick questions about the session you came to. It takes about two minutes. "
        "Your answers are not linked to your name, and results are only shown when five or "
        "more people have answered. Please do not name or describe anyone you work with."),
    items=(
        Item("ps_useful", "Overall, how useful was this session for your work?", _T.SCALE,
             USEFUL_0_10, section="This session", required=True,
             value_cycle=_C.IMMEDIATE),
        Item("ps_heard", "I felt able to speak openly and was listened to.", _T.LIKERT, AGREE,
             section="This session", value_cycle=_C.IMMEDIATE),
        Item("ps_new_idea",
             "I came away with an idea, a contact or information I can use in my work.",
             _T.LIKERT, AGREE, section="This session", value_cycle=_C.POTENTIAL),
        Item("ps_other_roles",
             "I understand other services' roles, rules or thresholds better than before.",
             _T.LIKERT, AGREE, section="This session", value_cycle=_C.POTENTIAL),
        Item("ps_used_since",
             "Since the last session you came to, have you used something from the group "
             "in your work?", _T.SINGLE, YES_NO_UNSURE, section="Since last time",
             help_text="Answer \"Not sure\" if this was your first session.",
             value_cycle=_C.APPLIED),
        Item("ps_think_differently",
             "The session made me think differently about how services respond to people "
             "facing multiple disadvantage.", _T.LIKERT, AGREE, section="Since last time",
             value_cycle=_C.REFRAMING),
        Item("ps_take_away", "What, if anything, will you take away from this session?",
             _T.LONG_TEXT, section="In your own words", value_cycle=_C.POTENTIAL),
        Item("ps_improve", "What would have made the session more useful to you?",
             _T.LONG_TEXT, section="In your own words", value_cycle=_C.IMMEDIATE),
    ),
)


# --- Value-creation follow-up (written for this product; for waves) ----------------------

VALUE_FOLLOW_UP = Template(
    key="value-follow-up",
    title="Value-creation follow-up",
    summary="for waves: changes in practice (applied value), differences for clients "
            "(realised value) and changes in how services work (reframing value).",
    kind=SurveyKind.WAVE,
    instructions=(
        "These questions are about the last three months: what, if anything, being part of "
        "the community of practice has changed in your work and for the people you work "
        "with. It takes about five minutes. Your answers are not linked to your name. When "
        "you describe a change, keep everyone anonymous: no names, dates of birth, addresses "
        "or other details that could identify a person."),
    items=(
        Item("vf_used", "In the last three months, how often have you used ideas, contacts "
             "or information from the community in your work?", _T.SINGLE, HOW_OFTEN_3M,
             section="Changes in your practice", required=True, value_cycle=_C.APPLIED),
        Item("vf_practice_change", "Being part of the community has changed how I work with "
             "people facing multiple disadvantage.", _T.LIKERT, AGREE,
             section="Changes in your practice", value_cycle=_C.APPLIED),
        Item("vf_contacted", "Have you contacted someone from another service, whom you met "
             "through the community, about a person you work with?", _T.SINGLE,
             YES_NO_UNSURE, section="Changes in your practice", value_cycle=_C.APPLIED),
        Item("vf_practice_example", "Describe one thing you now do differently because of the "
             "community.", _T.LONG_TEXT, section="Changes in your practice",
             help_text="Keep everyone anonymous.", value_cycle=_C.APPLIED),
        Item("vf_client_difference", "Something I took from the community has made a "
             "difference for a person I work with.", _T.LIKERT, AGREE,
             section="Differences for the people you work with", value_cycle=_C.REALISED),
        Item("vf_barrier_overcome", "Has the community helped you get someone past a service "
             "barrier (for example a threshold, an exclusion or a waiting list)?", _T.SINGLE,
             YES_NO_UNSURE, section="Differences for the people you work with",
             value_cycle=_C.REALISED),
        Item("vf_team_uptake", "Things I learned in the community have been taken up by my "
             "team or organisation.", _T.LIKERT, AGREE,
             section="Differences for the people you work with", value_cycle=_C.REALISED),
        Item("vf_client_example", "If you can, describe what changed for that person.",
             _T.LONG_TEXT, section="Differences for the people you work with",
             help_text="Use a pseudonym or \"a client\"; leave out anything that could "
                       "identify them.", value_cycle=_C.REALISED),
        Item("vf_success", "The community has changed what I think counts as success in "
             "this work.", _T.LIKERT, AGREE, section="Changing the system",
             value_cycle=_C.REFRAMING),
        Item("vf_barrier_raised", "Service barriers we discussed have been raised with people "
             "who can change them.", _T.LIKERT, AGREE, section="Changing the system",
             value_cycle=_C.REFRAMING),
        Item("vf_system_change", "Has anything changed in how services, on their own or "
             "together, respond to people facing multiple disadvantage? What?", _T.LONG_TEXT,
             section="Changing the system", value_cycle=_C.REFRAMING),
        Item("vf_overall", "Overall, how much value has the community been to you in the "
             "last three months?", _T.SCALE, VALUE_0_10, section="Overall"),
    ),
)


# --- ProQOL 5 ---------------------------------------------------------------------------

PROQOL = "ProQOL 5"
PROQOL_CS = "Compassion Satisfaction"
PROQOL_BO = "Burnout"
PROQOL_STS = "Secondary Traumatic Stress"

# (item number, text exactly as printed, subscale, reverse-scored)
_PROQOL_ITEMS = (
    (1, "I am happy.", PROQOL_BO, True),
    (2, "I am preoccupied with more than one person I [help].", PROQOL_STS, False),
    (3, "I get satisfaction from being able to [help] people.", PROQOL_CS, False),
    (4, "I feel connected to others.", PROQOL_BO, True),
    (5, "I jump or am startled by unexpected sounds.", PROQOL_STS, False),
    (6, "I feel invigorated after working with those I [help].", PROQOL_CS, False),
    (7, "I find it difficult to separate my personal life from my life as a [helper].",
     PROQOL_STS, False),
    (8, "I am not as productive at work because I am losing sleep over traumatic "
        "experiences of a person I [help].", PROQOL_BO, False),
    (9, "I think that I might have been affected by the traumatic stress of those I [help].",
     PROQOL_STS, False),
    (10, "I feel trapped by my job as a [helper].", PROQOL_BO, False),
    (11, "Because of my [helping], I have felt \"on edge\" about various things.",
     PROQOL_STS, False),
    (12, "I like my work as a [helper].", PROQOL_CS, False),
    (13, "I feel depressed because of the traumatic experiences of the people I [help].",
     PROQOL_STS, False),
    (14, "I feel as though I am experiencing the trauma of someone I have [helped].",
     PROQOL_STS, False),
    (15, "I have beliefs that sustain me.", PROQOL_BO, True),
    (16, "I am pleased with how I am able to keep up with [helping] techniques and "
         "protocols.", PROQOL_CS, False),
    (17, "I am the person I always wanted to be.", PROQOL_BO, True),
    (18, "My work makes me feel satisfied.", PROQOL_CS, False),
    (19, "I feel worn out because of my work as a [helper].", PROQOL_BO, False),
    (20, "I have happy thoughts and feelings about those I [help] and how I could help them.",
     PROQOL_CS, False),
    (21, "I feel overwhelmed because my case [work] load seems endless.", PROQOL_BO, False),
    (22, "I believe I can make a difference through my work.", PROQOL_CS, False),
    (23, "I avoid certain activities or situations because they remind me of frightening "
         "experiences of the people I [help].", PROQOL_STS, False),
    (24, "I am proud of what I can do to [help].", PROQOL_CS, False),
    (25, "As a result of my [helping], I have intrusive, frightening thoughts.",
     PROQOL_STS, False),
    (26, "I feel \"bogged down\" by the system.", PROQOL_BO, False),
    (27, "I have thoughts that I am a \"success\" as a [helper].", PROQOL_CS, False),
    (28, "I can't recall important parts of my work with trauma victims.", PROQOL_STS, False),
    (29, "I am a very caring person.", PROQOL_BO, True),
    (30, "I am happy that I chose to do this work.", PROQOL_CS, False),
)

PROQOL_5 = Template(
    key="proqol5",
    title="Professional Quality of Life (ProQOL 5)",
    summary="30 items on Compassion Satisfaction, Burnout and Secondary Traumatic Stress "
            "(B. Hudnall Stamm). Free to use unaltered, with credit.",
    kind=SurveyKind.WAVE,
    instructions=(
        "When you [help] people you have direct contact with their lives. As you may have "
        "found, your compassion for those you [help] can affect you in positive and negative "
        "ways. Below are some questions about your experiences, both positive and negative, "
        "as a [helper]. Consider each of the following questions about you and your current "
        "work situation. Select the number that honestly reflects how frequently you "
        "experienced these things in the last 30 days."),
    credit=(
        "Stamm, B.H. (2009-2012). Professional Quality of Life: Compassion Satisfaction and "
        "Fatigue Version 5 (ProQOL). www.proqol.org. This test may be freely copied as long "
        "as (a) author is credited, (b) no changes are made, and (c) it is not sold."),
    items=tuple(
        Item(f"proqol_{number:02d}", text, _T.LIKERT, PROQOL_SCALE, section=PROQOL,
             instrument=PROQOL, subscale=subscale, reverse_scored=reverse)
        for number, text, subscale, reverse in _PROQOL_ITEMS
    ),
)


# --- Copenhagen Burnout Inventory -------------------------------------------------------

CBI = "CBI"
CBI_PERSONAL = "Personal burnout"
CBI_WORK = "Work-related burnout"
CBI_CLIENT = "Client-related burnout"

# (code, text as printed, subscale, response categories, reverse-scored), in the authors'
# order. Their note: "Clients, patients, social service clients, residents, students, etc."
_CBI_ITEMS = (
    ("cbi_p1", "How often do you feel tired?", CBI_PERSONAL, CBI_FREQUENCY, False),
    ("cbi_p2", "How often are you physically exhausted?", CBI_PERSONAL, CBI_FREQUENCY, False),
    ("cbi_p3", "How often are you emotionally exhausted?", CBI_PERSONAL, CBI_FREQUENCY, False),
    ("cbi_p4", "How often do you think: \u201cI can\u2019t take it anymore\u201d?",
     CBI_PERSONAL, CBI_FREQUENCY, False),
    ("cbi_p5", "How often do you feel worn out?", CBI_PERSONAL, CBI_FREQUENCY, False),
    ("cbi_p6", "How often do you feel weak and susceptible to illness?", CBI_PERSONAL,
     CBI_FREQUENCY, False),
    ("cbi_w1", "Is your work emotionally exhausting?", CBI_WORK, CBI_DEGREE, False),
    ("cbi_w2", "Do you feel burnt out because of your work?", CBI_WORK, CBI_DEGREE, False),
    ("cbi_w3", "Does your work frustrate you?", CBI_WORK, CBI_DEGREE, False),
    ("cbi_w4", "Do you feel worn out at the end of the working day?", CBI_WORK,
     CBI_FREQUENCY, False),
    ("cbi_w5", "Are you exhausted in the morning at the thought of another day at work?",
     CBI_WORK, CBI_FREQUENCY, False),
    ("cbi_w6", "Do you feel that every working hour is tiring for you?", CBI_WORK,
     CBI_FREQUENCY, False),
    ("cbi_w7", "Do you have enough energy for family and friends during leisure time?",
     CBI_WORK, CBI_FREQUENCY, True),
    ("cbi_c1", "Do you find it hard to work with clients?", CBI_CLIENT, CBI_DEGREE, False),
    ("cbi_c2", "Do you find it frustrating to work with clients?", CBI_CLIENT, CBI_DEGREE,
     False),
    ("cbi_c3", "Does it drain your energy to work with clients?", CBI_CLIENT, CBI_DEGREE,
     False),
    ("cbi_c4", "Do you feel that you give more than you get back when you work with clients?",
     CBI_CLIENT, CBI_DEGREE, False),
    ("cbi_c5", "Are you tired of working with clients?", CBI_CLIENT, CBI_FREQUENCY, False),
    ("cbi_c6", "Do you sometimes wonder how long you will be able to continue working with "
               "clients?", CBI_CLIENT, CBI_FREQUENCY, False),
)

# Section headings shown to respondents: plain, without naming the scale.
_CBI_SECTIONS = {CBI_PERSONAL: "About you", CBI_WORK: "About your work",
                 CBI_CLIENT: "About your work with clients"}

CBI_TEMPLATE = Template(
    key="cbi",
    title="Copenhagen Burnout Inventory (CBI)",
    summary="19 items on personal, work-related and client-related burnout (Kristensen et al. "
            "2005). Free to use, with credit.",
    kind=SurveyKind.WAVE,
    instructions=(
        "The following questions are about how you have been feeling. Please choose the "
        "answer that fits you best for each question. In these questions, \u201cclients\u201d "
        "means the people you work with and support."),
    credit=(
        "Copenhagen Burnout Inventory (CBI): Kristensen, T.S., Borritz, M., Villadsen, E. & "
        "Christensen, K.B. (2005). The Copenhagen Burnout Inventory: a new tool for the "
        "assessment of burnout. Work & Stress, 19(3), 192-207. Free to use, with credit to "
        "the authors."),
    items=tuple(
        Item(code, text, _T.LIKERT, labels, section=_CBI_SECTIONS[subscale], instrument=CBI,
             subscale=subscale, reverse_scored=reverse)
        for code, text, subscale, labels, reverse in _CBI_ITEMS
    ),
)


TEMPLATES: dict[str, Template] = {
    t.key: t for t in (POST_SESSION, VALUE_FOLLOW_UP, PROQOL_5, CBI_TEMPLATE)
}


def get_template(key: str) -> Template | None:
    return TEMPLATES.get(key)

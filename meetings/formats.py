"""The facilitation formats and their stages, with default timings and a short guide for
the facilitator: what happens, and what to avoid. A community may rewrite a stage's guide
(models.StageGuide); the stages and their order are the format's own.

Sources for the formats: Project ECHO's case-based learning (a structured presentation,
clarifying questions, recommendations, a written summary to the presenter); Revans' action
learning sets; Balint groups and peer supervision; The Point of Care Foundation's Schwartz
Rounds."""

from dataclasses import dataclass

from django.db import models


class Format(models.TextChoices):
    CASE_CONSULTATION = "case_consultation", "Case consultation (ECHO-style)"
    ACTION_LEARNING = "action_learning", "Action learning set"
    PEER_SUPERVISION = "peer_supervision", "Peer supervision (Balint-style)"
    REFLECTION_ROUND = "reflection_round", "Schwartz-Round-style reflection"
    OPEN_DISCUSSION = "open_discussion", "Open discussion"
    CHECK_ROUND = "check_round", "Check-in and check-out round"


@dataclass(frozen=True)
class Stage:
    key: str  # stable: guides, timings and entries refer to it
    name: str
    minutes: int  # the default; the facilitator sets an item's own timings
    guide: str  # what happens
    avoid: str  # what the facilitator keeps the group from doing


STAGES: dict[str, tuple[Stage, ...]] = {
    Format.CASE_CONSULTATION: (
        Stage("presentation", "Presentation", 10,
              "The presenter describes the case, anonymised, and ends with one question "
              "they want help with.",
              "Interrupting the presenter; asking for details that could identify the "
              "person."),
        Stage("clarifying", "Clarifying questions", 10,
              "Members ask short factual questions to understand the case. Record each "
              "question.",
              "Problem-solving or advice disguised as a question (\"Have you tried…?\")."),
        Stage("recommendations", "Recommendations", 15,
              "Each member offers a specific recommendation the presenter could try. "
              "Record each one.",
              "Debating recommendations; the presenter defending the work so far."),
        Stage("response", "The presenter's response", 5,
              "The presenter says which recommendations they want to try, and why.",
              "Pressing the presenter to accept a recommendation."),
        Stage("summary", "Summary", 5,
              "The facilitator reads back the question, the chosen recommendations and "
              "the actions.",
              "Opening new discussion."),
    ),
    Format.ACTION_LEARNING: (
        Stage("presentation", "Presentation", 10,
              "The presenter sets out a problem they own and want to act on.",
              "Taking the problem away from the presenter."),
        Stage("questions", "Questions only", 20,
              "The set asks open questions that help the presenter think. Questions only.",
              "Advice, stories of one's own, or leading questions."),
        Stage("reflection", "The presenter's reflection", 5,
              "The presenter says what they now see differently.",
              "The set commenting on the reflection."),
        Stage("actions", "Actions", 5,
              "The presenter names what they will do before the next meeting.",
              "Actions for anyone but the presenter."),
    ),
    Format.PEER_SUPERVISION: (
        Stage("presentation", "Presentation", 10,
              "The presenter talks about a piece of work that stays with them.",
              "Questions that move straight to what should have been done."),
        Stage("group_reflects", "The group reflects; the presenter listens", 20,
              "The presenter sits back and listens while the group says what they notice, "
              "feel and wonder.",
              "Speaking to the presenter directly; judging the work."),
        Stage("presenter_returns", "The presenter returns", 10,
              "The presenter rejoins and says what struck them.",
              "Reopening the group's discussion."),
    ),
    Format.REFLECTION_ROUND: (
        Stage("panel_stories", "Panel stories", 20,
              "Two or three panel members each tell a short story of their work and how "
              "it affected them.",
              "Problem-solving or judging the stories."),
        Stage("open_reflection", "Open reflection", 30,
              "Everyone reflects on what the stories brought up for them.",
              "Turning it into case review or advice."),
    ),
    Format.OPEN_DISCUSSION: (
        Stage("discussion", "Discussion", 20,
              "An open conversation on the item.",
              "A few voices taking all the time."),
    ),
    Format.CHECK_ROUND: (
        Stage("round", "Round", 10,
              "Each person in turn says briefly how they are arriving or leaving.",
              "Responding to or discussing what people say."),
    ),
}


def stages(format_key: str) -> tuple[Stage, ...]:
    return STAGES.get(format_key, STAGES[Format.OPEN_DISCUSSION])


def default_minutes(format_key: str) -> list[int]:
    return [stage.minutes for stage in stages(format_key)]

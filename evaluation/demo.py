"""Demo evaluation for `seed_demo`: a study of the demo communities with a baseline and a
follow-up wave (ProQOL 5) and post-session feedback on the past sessions, with a few hundred
made-up responses, so the evaluator's dashboard and exports show something real.

Answers are drawn from a seeded random generator (the same on every run) around a per-person
level, so subscale scores and the change between waves look like real data. Invitations are
recorded as already emailed, so starting the product sends no demo mail. The demo member
(member@example.org) is left with the follow-up to answer. Idempotent: the study is found
again by its name."""

import random
from datetime import timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from members import demo as demo_registry
from members.demo import DemoWorld
from members.models import Community, MembershipStatus, User

from . import pseudonyms
from .models import (
    Answer,
    MessageKind,
    MessageStatus,
    QuestionType,
    Response,
    ResponseStatus,
    Study,
    SurveyInvitation,
    SurveyKind,
    SurveyMessage,
    SurveyStatus,
)
from .services import survey_create_from_template

STUDY_NAME = "Communities of Practice evaluation 2026-27"
LEFT_TO_ANSWER = "member@example.org"

FEEDBACK_TEXTS = [
    "Hearing how the housing team handled a similar duty decision gave me a letter to try.",
    "Useful to know who to ring at the mental health team when a referral stalls.",
    "I will ask for a joint meeting before the next discharge instead of waiting.",
    "Good to hear I am not the only one stuck with the same gatekeeping.",
    "The check-in helped. It has been a hard month.",
    "More time on the case next time, less on introductions.",
    "I am going to share the template letter with my team.",
    "It changed how I think about missed appointments: the system missed him, not the other way.",
    "Practical ideas about benefits appeals that I can use this week.",
    "Would like a session on working with probation.",
]


def seed(world: DemoWorld) -> Study | None:
    if Study.objects.filter(name=STUDY_NAME).exists():
        return None
    with transaction.atomic():
        return _seed(list(world.communities.values()), world.evaluator)


def _seed(communities, evaluator) -> Study:
    rng = random.Random(2026)
    now = timezone.now()
    study = Study.objects.create(
        name=STUDY_NAME, created_by=evaluator,
        description="Does taking part help members and, through them, their clients? "
                    "Wellbeing and burnout at baseline and follow-up, and the value members "
                    "get from each session.")
    study.communities.set(communities)

    memberships: dict[User, Community] = {}
    for community in communities:
        for membership in (community.memberships.filter(status=MembershipStatus.ACTIVE)
                           .select_related("user").order_by("joined_at", "pk")):
            memberships.setdefault(membership.user, community)
    levels = {user: _person_levels(rng) for user in memberships}

    baseline = _wave(study, evaluator, "Wellbeing at baseline", "baseline",
                     sent=now - timedelta(days=100), closes=now - timedelta(days=70))
    follow_up = _wave(study, evaluator, "Wellbeing at six months", "follow-up",
                      sent=now - timedelta(days=3), closes=now + timedelta(days=25))
    for survey, share, shift in ((baseline, 0.85, 0.0), (follow_up, 0.7, -0.25)):
        for user, community in memberships.items():
            answers = (user.email != LEFT_TO_ANSWER and rng.random() < share)
            _invite(survey, user, community, None, survey.sent_at, answered=answers)
            if answers:
                _respond(survey, user, community, None, rng, levels[user], shift,
                         survey.sent_at + timedelta(hours=rng.randint(2, 200)))

    feedback = survey_create_from_template(actor=evaluator, study=study,
                                           template_key="post-session",
                                           kind=SurveyKind.POST_SESSION)
    feedback.status = SurveyStatus.OPEN
    feedback.opens_at = now - timedelta(days=120)
    feedback.closes_at = now + timedelta(days=240)
    feedback.save(update_fields=["status", "opens_at", "closes_at"])
    from sessions_app.selectors import completed_sessions_with_attendees

    for session, attendees in completed_sessions_with_attendees(communities):
        expires = min(feedback.closes_at,
                      session.ends_at + timedelta(days=feedback.answer_within_days))
        for user in attendees:
            answers = rng.random() < 0.75
            _invite(feedback, user, session.community, session, session.ends_at,
                    answered=answers, expires_at=expires)
            if answers:
                _respond(feedback, user, session.community, session, rng, levels.get(user),
                         0.0, session.ends_at + timedelta(hours=rng.randint(1, 72)))
    return study


def _wave(study, evaluator, title, wave, *, sent, closes):
    survey = survey_create_from_template(actor=evaluator, study=study, template_key="proqol5",
                                         title=title, kind=SurveyKind.WAVE, wave=wave)
    survey.status = SurveyStatus.CLOSED if closes < timezone.now() else SurveyStatus.OPEN
    survey.opens_at = sent
    survey.send_at = survey.sent_at = sent
    survey.closes_at = closes
    survey.save(update_fields=["status", "opens_at", "send_at", "sent_at", "closes_at"])
    return survey


def _invite(survey, user, community, session, sent_at, *, answered, expires_at=None):
    invitation = SurveyInvitation.objects.create(
        survey=survey, user=user, community=community, session=session, answered=answered,
        expires_at=expires_at or survey.closes_at, created_at=sent_at)
    SurveyMessage.objects.create(invitation=invitation, kind=MessageKind.INVITATION,
                                 due_at=sent_at, status=MessageStatus.SENT, attempts=1,
                                 sent_at=sent_at, created_at=sent_at)


def _person_levels(rng) -> dict:
    """Where a person sits on each ProQOL subscale (1-5), and how they rate sessions."""
    return {
        "Compassion Satisfaction": rng.gauss(3.9, 0.45),
        "Burnout": rng.gauss(2.5, 0.45),
        "Secondary Traumatic Stress": rng.gauss(2.2, 0.5),
        "session": rng.gauss(4.1, 0.5),
    }


def _respond(survey, user, community, session, rng, levels, shift, submitted_at):
    code = "" if survey.anonymous else pseudonyms.respondent_code(study_id=survey.study_id,
                                                                  user_id=user.pk)
    response = Response.objects.create(
        survey=survey, respondent_code=code, community=community, session=session,
        status=ResponseStatus.SUBMITTED, submitted_at=submitted_at)
    levels = levels or _person_levels(rng)
    answers = []
    for question in survey.questions.prefetch_related("choices"):
        answer = _answer(question, rng, levels, shift)
        if answer is not None:
            answer.response = response
            answers.append(answer)
    Answer.objects.bulk_create(answers)


def _answer(question, rng, levels, shift) -> Answer | None:
    values = [c.value for c in question.choices.all()]
    if question.subscale in levels and values:
        level = levels[question.subscale] + (shift if question.subscale == "Burnout" else 0)
        value = min(5, max(1, round(level + rng.gauss(0, 0.7))))
        if question.reverse_scored:
            value = 6 - value
        return Answer(question=question, number=Decimal(value))
    if not question.required and rng.random() < 0.1:
        return None
    if question.type == QuestionType.LIKERT and values:
        index = min(len(values) - 1, max(0, round(levels["session"] - 1 + rng.gauss(0, 0.8))))
        return Answer(question=question, number=Decimal(sorted(values)[index]))
    if question.type == QuestionType.SINGLE and values:
        return Answer(question=question, number=Decimal(rng.choice(values)))
    if question.type == QuestionType.MULTIPLE and values:
        return Answer(question=question,
                      choices=sorted(rng.sample(values, k=rng.randint(1, min(2, len(values))))))
    if question.type == QuestionType.SCALE:
        return Answer(question=question,
                      number=Decimal(min(10, max(0, round(levels["session"] * 2 - 0.5
                                                          + rng.gauss(0, 1.2))))))
    if question.type == QuestionType.NUMBER:
        low = int(question.min_value or 0)
        high = int(question.max_value or low + 10)
        return Answer(question=question, number=Decimal(rng.randint(low, high)))
    if question.type in (QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT):
        if rng.random() < 0.5:
            return None
        return Answer(question=question, text=rng.choice(FEEDBACK_TEXTS))
    return None


def register() -> None:
    demo_registry.register("evaluation", seed)

"""Reads for evaluation, scoped to the viewer."""

from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypedDict

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.db import models
from django.db.models import Q, QuerySet
from django.db.models.functions import Coalesce
from django.utils import timezone

from cop.suppression import hide
from meetings import selectors as meeting_selectors
from meetings.models import Tried, ValueCycle
from members.models import Community, User
from servicemap.selectors import ServiceMapCounts, service_map_counts

from .models import (
    Question,
    Response,
    ResponseStatus,
    Study,
    Survey,
    SurveyInvitation,
    SurveyStatus,
)

if TYPE_CHECKING:
    from django_stubs_ext import WithAnnotations

    from sessions_app.models import Session


class SurveyCountFields(TypedDict):
    """What surveys_with_counts adds to each survey."""

    submitted_count: int
    draft_count: int
    invitation_count: int
    answered_count: int
    people_count: int


type SurveyWithCounts = WithAnnotations[Survey, SurveyCountFields]

# --- Answering (the invitee's own invitations) ------------------------------------------------


def _open_q(now: datetime) -> Q:
    return (Q(survey__status=SurveyStatus.OPEN)
            & (Q(survey__opens_at__isnull=True) | Q(survey__opens_at__lte=now))
            & (Q(survey__closes_at__isnull=True) | Q(survey__closes_at__gt=now))
            & (Q(expires_at__isnull=True) | Q(expires_at__gt=now)))


def surveys_to_answer(user: User | AnonymousUser, *, limit: int | None = None
                      ) -> list[SurveyInvitation]:
    """The viewer's open, unanswered invitations, soonest to close first (one query)."""
    if not user.is_authenticated:
        return []
    now = timezone.now()
    invitations = (SurveyInvitation.objects.filter(_open_q(now), user=user, answered=False)
                   .select_related("survey", "session", "community")
                   .order_by("expires_at", "survey__closes_at", "pk"))
    return list(invitations[:limit] if limit else invitations)


def surveys_answered(user: User) -> list[SurveyInvitation]:
    """The viewer's answered invitations (that they answered: never what), newest first."""
    return list(SurveyInvitation.objects.filter(user=user, answered=True)
                .select_related("survey", "session", "community").order_by("-pk"))


def invitation_by_token(token: str) -> SurveyInvitation | None:
    """The invitation a single-use link opens, whoever is viewing (the link is the key)."""
    from .invitations import hash_token

    if not token or len(token) > 100:
        return None
    return (SurveyInvitation.objects.filter(token_hash=hash_token(token))
            .select_related("survey", "survey__study", "community", "session").first())


# --- Builder (evaluators: studies, surveys, questions) ---------------------------------------


def _count(model: type[models.Model], **filters: Any) -> Coalesce:
    """A correlated count of a survey's rows, for annotating a survey queryset."""
    from django.db.models import Count, OuterRef, Subquery
    from django.db.models.functions import Coalesce

    rows = (model._default_manager.filter(survey=OuterRef("pk"), **filters).order_by()
            .values("survey").annotate(n=Count("pk")).values("n"))
    return Coalesce(Subquery(rows), 0)


def _people_count() -> Coalesce:
    """A correlated count of the different people among a survey's submitted responses:
    respondent codes, and each anonymous response."""
    from django.db.models import Count, OuterRef, Subquery
    from django.db.models.functions import Coalesce

    people = (Count("respondent_code", distinct=True, filter=~Q(respondent_code=""))
              + Count("pk", filter=Q(respondent_code="")))
    rows = (Response.objects.filter(survey=OuterRef("pk"), status=ResponseStatus.SUBMITTED)
            .order_by().values("survey").annotate(n=people).values("n"))
    return Coalesce(Subquery(rows), 0)


def surveys_with_counts(queryset: QuerySet[Survey] | None = None
                        ) -> QuerySet[SurveyWithCounts]:
    """Surveys with `submitted_count`, `draft_count`, `invitation_count`, `answered_count`
    and `people_count` (different people among the submitted), in the same query. Pages
    show them through evaluation.dashboard.survey_counts, which hides the small ones."""
    queryset = Survey.objects.all() if queryset is None else queryset
    return queryset.annotate(
        submitted_count=_count(Response, status=ResponseStatus.SUBMITTED),
        draft_count=_count(Response, status=ResponseStatus.DRAFT),
        invitation_count=_count(SurveyInvitation),
        answered_count=_count(SurveyInvitation, answered=True),
        people_count=_people_count(),
    )


def studies_with_surveys() -> list[Study]:
    """Every study (evaluators see them all), newest first, with its communities and its
    surveys with their counts (three queries)."""
    from django.db.models import Prefetch

    surveys = surveys_with_counts(Survey.objects.order_by("created_at", "pk"))
    return list(Study.objects.prefetch_related(
        Prefetch("surveys", queryset=surveys), "communities"))


def study_surveys(study: Study) -> list[SurveyWithCounts]:
    return list(surveys_with_counts(study.surveys.order_by("created_at", "pk")))


def survey_with_counts(pk: int) -> SurveyWithCounts | None:
    return surveys_with_counts(Survey.objects.filter(pk=pk).select_related("study")).first()


def survey_questions(survey: Survey) -> list[Question]:
    """The survey's questions in order, with their value labels (two queries)."""
    return list(survey.questions.order_by("position", "pk").prefetch_related("choices"))


def invitations_with_drafts(invitations: Iterable[SurveyInvitation]) -> set[int]:
    """Which of these invitations have answers saved for later (one query)."""
    from .answering import draft_key_for

    keys = {draft_key_for(invitation): invitation.pk for invitation in invitations}
    saved = Response.objects.filter(draft_key__in=keys, status=ResponseStatus.DRAFT)
    return {keys[key] for key in saved.values_list("draft_key", flat=True) if key is not None}


def draft_for(invitation: SurveyInvitation) -> Response | None:
    """The invitee's saved, unsubmitted response with its answers, if any."""
    from .answering import draft_key_for

    return (Response.objects.filter(draft_key=draft_key_for(invitation),
                                    status=ResponseStatus.DRAFT)
            .prefetch_related("answers__question").first())


def survey_section_names(survey: Survey) -> list[str]:
    """The section names the survey's questions use, for the question form's suggestions."""
    return list(survey.questions.exclude(section="").order_by("section")
                .values_list("section", flat=True).distinct())


def survey_uses_role_words(survey: Survey) -> bool:
    """Do the survey's instructions or any question hold a word for the role, such as the
    ProQOL's "[helper]" (evaluation.role_words)? At most one query."""
    from . import role_words

    return role_words.used_in(survey.instructions) or survey.questions.filter(
        text__regex=role_words.ROLE_WORD_SQL).exists()


def study_community_ids(study: Study) -> list[int]:
    return list(study.communities.values_list("pk", flat=True))


def study_communities(study: Study) -> list[Community]:
    return list(study.communities.order_by("name"))


def study_service_maps(study: Study, communities: list[Community]
                       ) -> list[tuple[Community, ServiceMapCounts]]:
    """Each community's service map in numbers since the study began: counts only, never
    the entries' or questions' text (one query)."""
    counts = service_map_counts([c.pk for c in communities], since=study.created_at)
    return [(community, counts[community.pk]) for community in communities]


@dataclass(frozen=True)
class RecommendationRow:
    label: str
    cells: list[int | None]  # by value cycle (NOT_SAID last); None when hidden
    total: int | None


@dataclass(frozen=True)
class RecommendationFigures:
    """Recommendations from meetings in a study's communities, numbers only, small ones
    hidden (None): items summarised, recommendations offered and chosen, and what the
    presenters said later, tried × value cycle, with the totals."""

    items: int | None
    offered: int | None
    chosen: int | None
    columns: list[str]
    rows: list[RecommendationRow]
    column_totals: list[int | None]
    total: int | None
    threshold: int


NOT_SAID = ("", "Value not said")


def study_recommendations(study: Study, communities: list[Community]) -> RecommendationFigures:
    """Counts only, since the study began (one query): no recommendation's words, no
    person. Numbers under EVALUATION_MIN_RESPONDENTS are hidden (0 is shown: it says
    none), and so are others until no hidden one can be worked out from the totals
    (cop.suppression)."""
    counts = meeting_selectors.recommendation_counts([c.pk for c in communities],
                                                     since=study.created_at)
    tried = list(Tried.choices)
    values_ = [*ValueCycle.choices, NOT_SAID]
    numbers: dict[Hashable, int] = {"items": counts.items, "offered": counts.offered,
                                    "chosen": counts.chosen}
    for t, _ in tried:
        for v, _ in values_:
            numbers[(t, v)] = counts.outcomes.get((t, v), 0)
        numbers[("row", t)] = sum(numbers[(t, v)] for v, _ in values_)
    for v, _ in values_:
        numbers[("column", v)] = sum(numbers[(t, v)] for t, _ in tried)
    numbers["total"] = sum(numbers[("row", t)] for t, _ in tried)
    lines: list[tuple[list[Hashable], Hashable]] = []
    for t, _ in tried:
        lines.append(([(t, v) for v, _ in values_], ("row", t)))
    for v, _ in values_:
        lines.append(([(t, v) for t, _ in tried], ("column", v)))
    lines.append(([("row", t) for t, _ in tried], "total"))
    lines.append(([("column", v) for v, _ in values_], "total"))
    limit = settings.EVALUATION_MIN_RESPONDENTS
    hidden = hide(numbers, lines, limit)
    if 0 < counts.presenters < limit:
        # The presenters' choices and answers, from fewer people than the threshold: all
        # hidden, zeros and large counts too (one presenter's "5 tried, applied value" is
        # one person's answers). With no summary at all, every 0 says none.
        hidden |= {"chosen", "total", *[key for key in numbers if isinstance(key, tuple)]}

    def shown(key: Hashable) -> int | None:
        return None if key in hidden else numbers[key]

    return RecommendationFigures(
        items=shown("items"), offered=shown("offered"), chosen=shown("chosen"),
        columns=[label for _, label in values_],
        rows=[RecommendationRow(label, [shown((t, v)) for v, _ in values_], shown(("row", t)))
              for t, label in tried],
        column_totals=[shown(("column", v)) for v, _ in values_],
        total=shown("total"), threshold=limit)


def survey_has_responses(survey: Survey) -> bool:
    """Any response, submitted or saved for later: from then on codes and labels are fixed."""
    return Response.objects.filter(survey_id=survey.pk).exists()


def newer_version(survey: Survey) -> Survey | None:
    return Survey.objects.filter(previous_version_id=survey.pk).order_by("pk").first()


# --- Results (dashboards) -----------------------------------------------------------------


def post_session_surveys_for(session: "Session") -> list[Survey]:
    """The post-session surveys sent for this session (an invitation or a response for it),
    newest first: normally one; one per study when two studies cover the community."""
    from django.db.models import Exists, OuterRef

    from .models import SurveyKind

    invited = SurveyInvitation.objects.filter(survey=OuterRef("pk"), session=session)
    answered = Response.objects.filter(survey=OuterRef("pk"), session=session,
                                       status=ResponseStatus.SUBMITTED)
    return list(Survey.objects.filter(kind=SurveyKind.POST_SESSION)
                .filter(Exists(invited) | Exists(answered))
                .select_related("study").order_by("-created_at", "-pk"))

"""Reads for evaluation, scoped to the viewer."""

from django.db.models import Q
from django.utils import timezone

from .models import SurveyInvitation, SurveyStatus

# --- Answering (the invitee's own invitations) ------------------------------------------------


def _open_q(now) -> Q:
    return (Q(survey__status=SurveyStatus.OPEN)
            & (Q(survey__opens_at__isnull=True) | Q(survey__opens_at__lte=now))
            & (Q(survey__closes_at__isnull=True) | Q(survey__closes_at__gt=now))
            & (Q(expires_at__isnull=True) | Q(expires_at__gt=now)))


def surveys_to_answer(user, *, limit: int | None = None) -> list[SurveyInvitation]:
    """The viewer's open, unanswered invitations, soonest to close first (one query)."""
    if not user.is_authenticated:
        return []
    now = timezone.now()
    invitations = (SurveyInvitation.objects.filter(_open_q(now), user=user, answered=False)
                   .select_related("survey", "session", "community")
                   .order_by("expires_at", "survey__closes_at", "pk"))
    return list(invitations[:limit] if limit else invitations)


def surveys_answered(user) -> list[SurveyInvitation]:
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

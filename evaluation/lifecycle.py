"""What happens to evaluation's data (see cop/lifecycle.py).

- Closing an account: survey invitations stay, recording only that the person was
  invited and whether they answered, so that response rates stay true; their links stop
  working, and an unfinished draft (found through its invitation) is deleted. Submitted
  responses carry only a pseudonymous code, never the person, and stay.
- "Download my data": survey_invitations.json. Answers are not in it: nothing links them
  back to the person.
- Retention: nothing yet.
"""

from cop import lifecycle
from members.lifecycle import community_json

from .answering import draft_key_for
from .models import Response, ResponseStatus, SurveyInvitation


def close_account(user, now) -> None:
    invitations = list(SurveyInvitation.objects.filter(user=user))
    Response.objects.filter(status=ResponseStatus.DRAFT,
                            draft_key__in=[draft_key_for(i) for i in invitations]).delete()
    SurveyInvitation.objects.filter(user=user).update(token_hash=None)


def survey_invitations(user) -> list[dict]:
    return [
        {"survey": i.survey.title, "study": i.survey.study.name,
         "community": community_json(i.community),
         "session": {"title": i.session.title, "starts_at": i.session.starts_at}
         if i.session else None,
         "invited_at": i.created_at, "answered": i.answered}
        for i in SurveyInvitation.objects.filter(user=user)
        .select_related("survey", "survey__study", "community", "session")
        .order_by("created_at", "pk")
    ]


EXPORT_FILES = [
    lifecycle.ExportFile(
        "survey_invitations.json", survey_invitations,
        "The evaluation surveys you were invited to and whether you answered. Your answers "
        "are not here: they are stored under a pseudonymous code, without your name or "
        "account, so nobody (us included) can find them from you."),
]


def register() -> None:
    lifecycle.register(lifecycle.Lifecycle(
        app="evaluation", close_account=close_account, export_files=EXPORT_FILES))

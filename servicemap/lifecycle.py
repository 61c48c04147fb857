"""What happens to the service map's data about a person (see cop/lifecycle.py).

- Closing an account: the services, agencies they said they know from the inside
  (Expertise) are deleted: no one can ask them any more, and so are the questions put to
  them. The services they added, edited, confirmed or hid, the questions they asked and
  the answers they wrote stay, with their text, under "Former member" (the link to the
  account is set to NULL); so do the monthly sweep's records of whom it asked to check
  an entry.
  The notifications about a question (members' lifecycle deletes the person's own) name
  only the service, never who asked or answered, so others' keep nothing of them.
- Removal from a community: their expertise there is deleted (only members can help).
- "Download my data": service_map.json (expertise, questions asked and put to them,
  answers written, their edits to services: which service, what kind, when, and the
  entries they were asked to check).
- Retention: nothing yet; the map is about services, not people's cases.
"""

from typing import Any

from cop import lifecycle
from members.lifecycle import community_json

from .models import (
    Answer,
    Expertise,
    Question,
    QuestionRecipient,
    Service,
    ServiceCheck,
    ServiceRevision,
)

# --- Closing an account and leaving a community -----------------------------------------------


def close_account(user, now) -> dict[str, int]:
    expertise_deleted, _ = Expertise.objects.filter(user=user).delete()
    QuestionRecipient.objects.filter(user=user).delete()
    Question.objects.filter(asked_by=user).update(asked_by=None)
    Answer.objects.filter(author=user).update(author=None)
    ServiceRevision.objects.filter(editor=user).update(editor=None)
    ServiceCheck.objects.filter(asked=user).update(asked=None)
    for field in ("created_by", "last_confirmed_by", "hidden_by"):
        Service.objects.filter(**{field: user}).update(**{field: None})
    return {"service_expertise_deleted": expertise_deleted}


def membership_removed(user, community_id, now) -> None:
    Expertise.objects.filter(user=user, community_id=community_id).delete()


# --- "Download my data" -----------------------------------------------------------------------


def _service_json(service: Service | None) -> dict[str, Any] | None:
    return {"id": service.pk, "name": service.name} if service is not None else None


def service_map(user) -> dict[str, Any]:
    return {
        "services_and_agencies_you_know": [
            {"community": community_json(e.community), "service": _service_json(e.service),
             "agency": e.agency.name if e.agency else None, "line": e.line,
             "kept_at_the_identifier_check": e.overrides, "created_at": e.created_at}
            for e in Expertise.objects.filter(user=user)
            .select_related("community", "service", "agency").order_by("created_at", "pk")
        ],
        "questions_you_asked": [
            {"id": q.pk, "community": community_json(q.community),
             "service": _service_json(q.service), "body": q.body, "created_at": q.created_at,
             "identifier_findings_kept": q.overrides}
            for q in Question.objects.filter(asked_by=user)
            .select_related("community", "service").order_by("created_at", "pk")
        ],
        "questions_put_to_you": [
            {"question_id": r.question_id, "read_at": r.read_at}
            for r in QuestionRecipient.objects.filter(user=user).order_by("pk")
        ],
        "answers_you_wrote": [
            {"question_id": a.question_id, "body": a.body, "created_at": a.created_at,
             "agreed_to_share": a.share_consent, "shared_at": a.shared_at,
             "identifier_findings_kept": a.overrides}
            for a in Answer.objects.filter(author=user).order_by("created_at", "pk")
        ],
        "your_service_edits": [
            {"service": _service_json(r.service), "kind": r.get_kind_display(),
             "created_at": r.created_at}
            for r in ServiceRevision.objects.filter(editor=user).select_related("service")
            .order_by("created_at", "pk")
        ],
        "entries_you_were_asked_to_check": [
            {"service": _service_json(c.service), "month": c.month, "asked_at": c.created_at}
            for c in ServiceCheck.objects.filter(asked=user).select_related("service")
            .order_by("created_at", "pk")
        ],
    }


EXPORT_FILES = [
    lifecycle.ExportFile(
        "service_map.json", service_map,
        "The services and agencies you said you know from the inside, the questions you "
        "asked and those put to you, the answers you wrote (and whether you agreed to share "
        "them), your edits to the service map (which service, what kind, when), and the "
        "entries you were asked to check."),
]


def register() -> None:
    lifecycle.register(lifecycle.Lifecycle(
        app="servicemap", close_account=close_account, membership_removed=membership_removed,
        export_files=EXPORT_FILES))

"""Writes to the service map: `thing_verb(*, actor, ...)`, each the transaction boundary."""

from collections.abc import Iterable

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import dateformat, timezone

from cop import gate
from members import permissions as member_permissions
from members.models import Community, NotificationKind, User
from members.services import notifications_mark_read, notify

from . import permissions, selectors
from .models import (
    BARRIER_LABEL,
    WHAT_WORKS_MAX,
    Answer,
    Question,
    QuestionRecipient,
    Service,
    ServiceRevision,
)

# --- Questions to the members who can help ---------------------------------------------------


def _overrides(accepted: Iterable[tuple[gate.FieldFinding, str]]) -> list[dict[str, str]]:
    """The gate's findings the author kept, with their reasons."""
    return [{"field": finding.field, "kind": finding.kind, "text": finding.text[:200],
             "reason": reason} for finding, reason in accepted]


def _require_member(actor: User, community_id: int) -> None:
    if not member_permissions.user_is_member(actor, community_id):
        raise PermissionDenied("Only members of this community can do that.")


@transaction.atomic
def question_ask(*, actor: User, community: Community, service: Service, body: str,
                 recipient_ids: Iterable[int], about_type: str = "",
                 about_id: int | None = None, reasons: dict[str, str] | None = None
                 ) -> Question:
    """Put a question about `service` to some of the members who can help with it
    (selectors.helpers_for), privately; asked from a barrier on a case, `about_type` and
    `about_id` name the barrier. It passes the identifier gate; each person asked is told
    in the app and by email, as their settings say (the emails are outbox rows)."""
    _require_member(actor, community.pk)
    if service.community_id != community.pk or service.is_hidden:
        raise ValidationError("That service is not in this community’s map.")
    if about_type not in ("", BARRIER_LABEL) or bool(about_type) != (
            about_id is not None):
        raise ValidationError("A question can only be about a barrier on a case.")
    chosen = set(recipient_ids)
    if not chosen:
        raise ValidationError("Choose at least one member to ask.")
    helpers = {h.user_id for h in selectors.helpers_for(service, exclude_user_id=actor.pk)}
    if not chosen <= helpers:
        raise ValidationError("A question goes only to members who can help with this "
                              "service.")
    if not body.strip():
        raise ValidationError("Write your question first.")
    accepted = gate.check_known({"body": body}, allowed_names=[], reasons=reasons or {})
    question = Question(community=community, service=service, asked_by=actor, body=body,
                        about_type=about_type, about_id=about_id, overrides=_overrides(accepted))
    question.full_clean()
    question.save()
    QuestionRecipient.objects.bulk_create(
        QuestionRecipient(question=question, user_id=user_id) for user_id in sorted(chosen))
    notify(user_ids=chosen, kind=NotificationKind.SERVICE_QUESTION, community=community,
           text=f"A question for you about {service.name}",
           url=question.get_absolute_url(), about=question)
    return question


@transaction.atomic
def question_mark_read(*, actor: User, question: Question) -> None:
    """The viewer opened the question: it is no longer new to them, nor are their
    notifications about it."""
    now = timezone.now()
    if permissions.is_asker(actor, question):
        Question.objects.filter(pk=question.pk).update(asker_read_at=now)
    else:
        QuestionRecipient.objects.filter(question=question, user=actor,
                                         read_at__isnull=True).update(read_at=now)
    notifications_mark_read(actor=actor, about=question)


@transaction.atomic
def question_answer(*, actor: User, question: Question, body: str,
                    share_consent: bool = False, reasons: dict[str, str] | None = None
                    ) -> Answer:
    """One of the people asked answers (through the identifier gate), saying whether it
    may go into the service's "what works"; the asker is told."""
    _require_member(actor, question.community_id)
    permissions.require_can_answer(actor, question)
    if not body.strip():
        raise ValidationError("Write your answer first.")
    accepted = gate.check_known({"body": body}, allowed_names=[], reasons=reasons or {})
    answer = Answer(question=question, author=actor, body=body, share_consent=share_consent,
                    overrides=_overrides(accepted))
    answer.full_clean()
    answer.save()
    QuestionRecipient.objects.filter(question=question, user=actor,
                                     read_at__isnull=True).update(read_at=answer.created_at)
    if question.asked_by_id is not None:
        about = f" about {question.service.name}" if question.service else ""
        notify(user_ids=[question.asked_by_id], kind=NotificationKind.QUESTION_ANSWER,
               community=question.community, text=f"A new answer to your question{about}",
               url=f"{question.get_absolute_url()}#answer-{answer.pk}", about=question)
    return answer


@transaction.atomic
def answer_share_consent_set(*, actor: User, answer: Answer, consent: bool) -> Answer:
    """The author agrees (or no longer agrees) that their answer may be added to the
    service's "what works"; once added, it stays there."""
    answer = Answer.objects.select_for_update().get(pk=answer.pk)
    permissions.require_can_set_share_consent(actor, answer)
    answer.share_consent = consent
    answer.save(update_fields=["share_consent"])
    return answer


def what_works_addition(answer: Answer) -> str:
    """An answer as it goes into "what works": its words, and where they came from. The
    month, not the day: a full date in a service's text would stop its next edit at the
    identifier gate."""
    when = dateformat.format(timezone.localtime(timezone.now()), "F Y")
    return f"{answer.body.strip()}\n\n(From a member who can help, {when}.)"


@transaction.atomic
def answer_share_to_service(*, actor: User, answer: Answer) -> ServiceRevision:
    """Add an answer, with its author's agreement, to its service's "what works": an edit
    of the service like any other (a revision in its history), made by `actor`, who can
    read the question. Once only (`shared_at`). An answer in which the identifier gate
    finds anything (a finding its author kept for the private question) is not shared:
    the directory is read by the whole community."""
    answer = Answer.objects.select_for_update().select_related("question").get(pk=answer.pk)
    question = answer.question
    _require_member(actor, question.community_id)
    if not permissions.questions_visible_to(actor.pk).filter(pk=question.pk).exists():
        raise PermissionDenied("Only the asker and the members asked can do that.")
    service = (Service.objects.select_for_update().filter(pk=question.service_id).first()
               if question.service_id is not None else None)
    question.service = service
    permissions.require_can_share_answer(answer, question)
    assert service is not None  # can_share_answer needs it
    if gate.find_known({"body": answer.body}, allowed_names=[]):
        raise ValidationError("The identifier check flags something in this answer, so it "
                              "cannot go into the service’s “what works” as it is.")
    addition = what_works_addition(answer)
    current = service.what_works.rstrip()
    what_works = f"{current}\n\n{addition}" if current else addition
    if len(what_works) > WHAT_WORKS_MAX:
        raise ValidationError("The service’s “what works” is full: it cannot take "
                              "this answer.")
    now = timezone.now()
    service.what_works = what_works
    service.version += 1
    service.updated_at = now
    service.save(update_fields=["what_works", "version", "updated_at"])
    answer.shared_at = now
    answer.save(update_fields=["shared_at"])
    # The rest of the text is as it was: the work contacts its authors confirmed still are.
    latest = ServiceRevision.objects.filter(service=service).first()
    return ServiceRevision.objects.create(
        service=service, editor=actor, created_at=now, kind=ServiceRevision.Kind.EDITED,
        fields=service.editable_values(),
        work_contacts=latest.work_contacts if latest is not None else [])

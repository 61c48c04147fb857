"""Who may do what in the service map (docs/PERMISSIONS.md): each rule written once.

Everything here assumes the viewer's active membership in the community has already been
checked with members.permissions.get_membership_for (404 otherwise): the map, like all of a
community, is not found by anyone else. Facilitators' rights (hidden entries, hiding,
showing, undoing an edit) are members.permissions.is_facilitator, against the service's
community. Evaluators see no text of the map (its counts only, as elsewhere)."""

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import Http404

from members import permissions as member_permissions
from members import selectors as member_selectors
from members.models import Membership, User

from . import selectors
from .models import Answer, Expertise, Question, QuestionRecipient, Service, ServiceRevision

# --- The directory of services ------------------------------------------------------------------


def sees_hidden_services(membership: Membership | None, community_id: int) -> bool:
    """Hidden entries: the community's facilitators only (who hide and show them)."""
    return member_permissions.is_facilitator(membership, community_id)


def get_service_for(membership: Membership, pk: int) -> Service:
    """A service of the viewer's community; a hidden one for its facilitators only (404
    for anyone else, as if it did not exist)."""
    service = selectors.service_in_community(membership.community, pk)
    if service is None or (service.is_hidden
                           and not sees_hidden_services(membership, service.community_id)):
        raise Http404("No such service.")
    return service


def can_edit_services(membership: Membership | None, community_id: int) -> bool:
    """Any active member adds, edits and confirms entries, wiki style."""
    return member_permissions.is_member(membership, community_id)


def can_moderate_services(membership: Membership | None, community_id: int) -> bool:
    """Hiding, showing and undoing an edit, with a reason: the community's facilitators."""
    return member_permissions.is_facilitator(membership, community_id)


def sees_all_kept_findings(membership: Membership | None, community_id: int) -> bool:
    """What authors kept at the identifier gate, with their reasons: every one to the
    community's facilitators (as casework's overrides); each person sees their own."""
    return member_permissions.is_facilitator(membership, community_id)


def require_service_moderation(membership: Membership, service: Service) -> None:
    """For a page: 403 for members who are not facilitators (they may know it exists)."""
    if not can_moderate_services(membership, service.community_id):
        raise PermissionDenied(member_permissions.FACILITATORS_ONLY)


def get_revision_for(service: Service, pk: int) -> ServiceRevision:
    revision = selectors.revision_of(service, pk)
    if revision is None:
        raise Http404("No such change.")
    return revision


def require_service_editor(actor: User, service: Service) -> None:
    """For services.py, where no membership is at hand (one query): an active member of the
    service's community, who may see it (a hidden entry: its facilitators)."""
    membership = member_selectors.membership_in(actor, service.community_id)
    if not can_edit_services(membership, service.community_id) or (
            service.is_hidden and not sees_hidden_services(membership, service.community_id)):
        raise PermissionDenied("Only members of this community can change its service map.")


def require_services_member(actor: User, community_id: int) -> None:
    """Adding to a community's map (an entry, or what one knows): its active members."""
    if not can_edit_services(member_selectors.membership_in(actor, community_id),
                             community_id):
        raise PermissionDenied("Only members of this community can add to its service map.")


def require_service_moderator(actor: User, service: Service) -> None:
    if not can_moderate_services(member_selectors.membership_in(actor, service.community_id),
                                 service.community_id):
        raise PermissionDenied(member_permissions.FACILITATORS_ONLY)


# --- What members know from the inside ----------------------------------------------------------


def get_own_expertise(user: User, pk: int) -> Expertise:
    """One of the person's own lines of expertise; anyone else's is 404."""
    expertise = selectors.expertise_for(user, pk)
    if expertise is None:
        raise Http404("No such entry.")
    return expertise


# --- Questions to the members who can help (servicemap/views_questions.py) -------------------
#
# A question is private to its asker and the people it was put to: nobody else sees it, not
# the community's facilitators, not evaluators, not site admins (404, as for a question that
# does not exist). The views check the viewer's membership of the community first
# (members.permissions.get_membership_for).


def questions_visible_to(user_id: int) -> QuerySet[Question]:
    """The rule as a queryset: the questions the person `user_id` asked or was asked."""
    put_to_them = QuestionRecipient.objects.filter(question=OuterRef("pk"), user_id=user_id)
    return Question.objects.filter(Q(asked_by_id=user_id) | Q(Exists(put_to_them)))


def get_question_for(membership: Membership, pk: int) -> Question:
    """A question of the viewer's community that they asked or were asked, or 404."""
    from . import selectors

    question = selectors.question_for(membership, pk)
    if question is None:
        raise Http404("No such question.")
    return question


def is_asker(user: User | AnonymousUser, question: Question) -> bool:
    return question.asked_by_id is not None and question.asked_by_id == user.pk


def can_answer(user: User | AnonymousUser, question: Question) -> bool:
    """Only the people the question was put to answer it."""
    if not user.is_authenticated:
        return False
    return QuestionRecipient.objects.filter(question=question, user_id=user.pk).exists()


def require_can_answer(user: User | AnonymousUser, question: Question) -> None:
    if not can_answer(user, question):
        raise PermissionDenied("Only the members this question was put to can answer it.")


def get_answer_for(question: Question, pk: int) -> Answer:
    answer = Answer.objects.filter(question=question, pk=pk).select_related("author").first()
    if answer is None:
        raise Http404("No such answer.")
    return answer


def can_set_share_consent(user: User | AnonymousUser, answer: Answer) -> bool:
    """Whether an answer may go into the service's "what works" is its author's to say,
    until it has gone."""
    return (answer.author_id is not None and answer.author_id == user.pk
            and answer.shared_at is None)


def require_can_set_share_consent(user: User | AnonymousUser, answer: Answer) -> None:
    if not can_set_share_consent(user, answer):
        raise PermissionDenied("Only the answer's author can say whether it may be shared.")


def can_share_answer(answer: Answer, question: Question) -> bool:
    """Anyone who can read the question (get_question_for) may add an answer to the
    service's "what works", once: only with its author's agreement, and only while the
    service is there to add it to."""
    service = question.service
    return (answer.share_consent and answer.shared_at is None and service is not None
            and not service.is_hidden)


def require_can_share_answer(answer: Answer, question: Question) -> None:
    if not can_share_answer(answer, question):
        raise PermissionDenied("This answer cannot be added to the service’s “what "
                               "works”: its author has not agreed, it is there "
                               "already, or the service is gone.")

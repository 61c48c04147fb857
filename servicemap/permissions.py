"""Who may do what in the service map (docs/PERMISSIONS.md): each rule written once."""

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import Http404

from members.models import Membership, User

from .models import Answer, Question, QuestionRecipient

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

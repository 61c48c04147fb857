"""Questions to the members who can help with a service: asked in one step from a service's
page or a barrier on a case, answered in the app, an answer shared into the service's
"what works" with its author's agreement. Private to the asker and the people asked."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from cop import gate_forms
from members.permissions import get_membership_for

from . import permissions, selectors, services
from .forms_questions import AnswerForm, QuestionForm
from .models import BARRIER_LABEL

QUESTIONS_PER_PAGE = 25
QUESTION_LABELS = {"body": "Your question"}
ANSWER_LABELS = {"body": "Your answer"}
# The gate's findings are kept with the question or answer, which facilitators never see.
OVERRIDE_NOTE = "A reason is kept with what you write, which only the asker and the members " \
                "asked can read."


def _positive_int(value):
    return int(value) if value and value.isdigit() and int(value) > 0 else None


@login_required
def question_list(request, slug):
    """"My questions": those the viewer asked and those put to them, anything new first."""
    membership = get_membership_for(request.user, slug)
    page = Paginator(selectors.my_questions(request.user, membership.community),
                     QUESTIONS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "servicemap/questions_list.html", {
        "community": membership.community, "membership": membership, "page": page,
    })


@login_required
def question_ask(request, slug):
    """`?service=<id>` (and, from a barrier on a case, `&barrier=<id>`); with no service,
    the member first chooses which service the question is about."""
    membership = get_membership_for(request.user, slug)
    community = membership.community
    source = request.POST if request.method == "POST" else request.GET
    barrier_id = _positive_int(source.get("barrier"))
    if not source.get("service"):
        return render(request, "servicemap/questions_choose_service.html", {
            "community": community, "membership": membership, "barrier_id": barrier_id,
            "services": selectors.services_to_ask_about(community),
        })
    service = selectors.service_to_ask_about(community, source.get("service"))
    if service is None:
        raise Http404("No such service.")
    helpers = selectors.helpers_for(service, exclude_user_id=request.user.pk)
    form = QuestionForm(request.POST if request.method == "POST" else None, helpers=helpers,
                        initial={"service": service.pk, "barrier": barrier_id})

    def ask(reasons):
        barrier = form.cleaned_data["barrier"]
        return services.question_ask(
            actor=request.user, community=community, service=service,
            body=form.cleaned_data["body"], recipient_ids=form.cleaned_data["recipients"],
            about_type=BARRIER_LABEL if barrier else "", about_id=barrier, reasons=reasons)

    gated = gate_forms.submit(form, texts=QUESTION_LABELS, labels=QUESTION_LABELS,
                              allowed_names=[], save=ask)
    if gated.is_saved:
        asked = len(form.cleaned_data["recipients"])
        messages.success(request, f"Your question is sent to {asked} "
                                  f"member{'s' if asked != 1 else ''} who can help.")
        return redirect(gated.saved)
    return render(request, "servicemap/questions_ask.html", {
        "community": community, "membership": membership, "service": service,
        "helpers": helpers, "form": form, "barrier_id": barrier_id,
        "override_note": OVERRIDE_NOTE, **gated.context(),
    })


def _question_page(request, membership, question, answer_form, gate_context=None):
    user = request.user
    page = selectors.question_page(question)
    can_answer = permissions.can_answer(user, question)
    return render(request, "servicemap/questions_detail.html", {
        "community": membership.community, "membership": membership, "question": question,
        "asked": page.asked,
        "answers": [{"answer": a, "can_share": permissions.can_share_answer(a, question),
                     "can_consent": permissions.can_set_share_consent(user, a)}
                    for a in page.answers],
        "is_asker": permissions.is_asker(user, question),
        "answer_form": (answer_form or AnswerForm()) if can_answer else None,
        "override_note": OVERRIDE_NOTE, **(gate_context or {}),
    })


@login_required
def question_detail(request, slug, pk):
    membership = get_membership_for(request.user, slug)
    question = permissions.get_question_for(membership, pk)
    services.question_mark_read(actor=request.user, question=question)
    return _question_page(request, membership, question, None)


@login_required
def question_answer(request, slug, pk):
    membership = get_membership_for(request.user, slug)
    question = permissions.get_question_for(membership, pk)
    if request.method != "POST":
        return redirect(question.get_absolute_url() + "#answer")
    permissions.require_can_answer(request.user, question)
    form = AnswerForm(request.POST)
    gated = gate_forms.submit(
        form, texts=ANSWER_LABELS, labels=ANSWER_LABELS, allowed_names=[],
        save=lambda reasons: services.question_answer(
            actor=request.user, question=question, body=form.cleaned_data["body"],
            share_consent=form.cleaned_data["share_consent"], reasons=reasons))
    if gated.is_saved:
        messages.success(request, "Your answer is sent. The asker has been told.")
        return redirect(f"{question.get_absolute_url()}#answer-{gated.saved.pk}")
    return _question_page(request, membership, question, form, gated.context())


@login_required
@require_POST
def answer_consent(request, slug, pk, answer_pk):
    """The answer's author agrees, or no longer agrees, to its going into "what works"."""
    membership = get_membership_for(request.user, slug)
    question = permissions.get_question_for(membership, pk)
    answer = permissions.get_answer_for(question, answer_pk)
    consent = request.POST.get("consent") == "yes"
    services.answer_share_consent_set(actor=request.user, answer=answer, consent=consent)
    messages.success(request, "Your answer may now be added to the service’s “what "
                     "works”." if consent else "Your answer will not be added to the "
                     "service’s “what works”.")
    return redirect(f"{question.get_absolute_url()}#answer-{answer.pk}")


@login_required
@require_POST
def answer_share(request, slug, pk, answer_pk):
    """Add an answer, with its author's agreement, to the service's "what works"."""
    membership = get_membership_for(request.user, slug)
    question = permissions.get_question_for(membership, pk)
    answer = permissions.get_answer_for(question, answer_pk)
    try:
        services.answer_share_to_service(actor=request.user, answer=answer)
    except ValidationError as refused:
        messages.error(request, " ".join(refused.messages))
    else:
        messages.success(request, "The answer is added to the service’s “what "
                                  "works”, from a member who can help.")
    return redirect(f"{question.get_absolute_url()}#answer-{answer.pk}")

"""Evaluators: studies and the survey builder. Thin views: permission, form, service,
redirect. Every page is evaluator-only (403 for anyone else signed in)."""

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from .. import dashboard, permissions, role_words, selectors, services
from ..forms import (
    QuestionForm,
    QuestionMoveForm,
    StudyForm,
    SurveyCreateForm,
    SurveySettingsForm,
    SurveyStatusForm,
    format_value_labels,
)
from ..instruments import get_template
from ..models import QuestionType, SurveyKind, SurveyStatus, plain_number
from ..scoring import GENERIC_SUMMARY, RULES, subscales


def _messages_of(exc: ValidationError) -> str:
    return " ".join(exc.messages)


# --- Studies ----------------------------------------------------------------------------


@login_required
def study_list(request):
    permissions.require_evaluator(request.user)
    return render(request, "evaluation/builder/study_list.html",
                  {"studies": selectors.studies_with_surveys()})


@login_required
def study_create(request):
    permissions.require_evaluator(request.user)
    form = StudyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        study = services.study_create(actor=request.user, data=form.cleaned_data)
        messages.success(request, "The study is created. Now add its surveys.")
        return redirect(study)
    return render(request, "evaluation/builder/study_form.html", {"form": form})


@login_required
def study_edit(request, pk):
    study = permissions.get_study_for(request.user, pk)
    initial = {"name": study.name, "description": study.description,
               "communities": selectors.study_community_ids(study)}
    form = StudyForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        services.study_update(actor=request.user, study=study, data=form.cleaned_data)
        messages.success(request, "The study is saved.")
        return redirect(study)
    return render(request, "evaluation/builder/study_form.html", {"form": form, "study": study})


@login_required
def study_detail(request, pk):
    study = permissions.get_study_for(request.user, pk)
    communities = selectors.study_communities(study)
    return render(request, "evaluation/builder/study_detail.html", {
        "study": study, "communities": communities,
        "surveys": selectors.study_surveys(study),
        "service_maps": selectors.study_service_maps(study, communities),
        "recommendations": selectors.study_recommendations(study, communities)})


# --- Surveys ----------------------------------------------------------------------------


@login_required
def survey_create(request, pk):
    study = permissions.get_study_for(request.user, pk)
    form = SurveyCreateForm(request.POST or None, initial={"start": request.GET.get("start",
                                                                                    "")})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            if data["start"]:
                survey = services.survey_create_from_template(
                    actor=request.user, study=study, template_key=data["start"],
                    title=data["title"] or None, kind=data["kind"] or None, wave=data["wave"])
            else:
                survey = services.survey_create(
                    actor=request.user, study=study,
                    data={"title": data["title"], "kind": data["kind"] or SurveyKind.AD_HOC,
                          "wave": data["wave"]})
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            created = ("The survey is created as a draft. Check its settings and questions, "
                       "preview it, then open it.")
            if selectors.survey_uses_role_words(survey):
                created += (" Its questions put “support worker” and “support” in place of "
                            "“[helper]” and “[help]”: change these words for your "
                            "respondents' role in the settings.")
            messages.success(request, created)
            return redirect(survey)
    return render(request, "evaluation/builder/survey_create.html",
                  {"form": form, "study": study})


def _sections(questions) -> list[dict[str, Any]]:
    """Consecutive questions with the same section, as shown to respondents."""
    groups: list[dict[str, Any]] = []
    for question in questions:
        if not groups or groups[-1]["name"] != question.section:
            groups.append({"name": question.section, "questions": []})
        groups[-1]["questions"].append(question)
    return groups


def _bounds(question) -> str:
    low, high = plain_number(question.min_value), plain_number(question.max_value)
    if low and high:
        return f"{low} to {high}"
    return f"{low} or more" if low else (f"up to {high}" if high else "")


@login_required
def survey_detail(request, pk):
    permissions.require_evaluator(request.user)
    survey = selectors.survey_with_counts(pk)
    if survey is None:
        raise Http404("No such survey.")
    questions = selectors.survey_questions(survey)
    chosen = role_words.words(survey)
    for question in questions:
        question.bounds = _bounds(question)
        question.shown_text = role_words.fill(question.text, chosen=chosen)
    uses_role_words = role_words.used_in(survey.instructions, *(q.text for q in questions))
    instruments = {}
    for instrument, subscale in subscales(questions):
        rule = RULES.get(instrument)
        entry = instruments.setdefault(instrument, {
            "name": instrument, "rule": rule.summary if rule else GENERIC_SUMMARY,
            "subscales": []})
        items = [q for q in questions
                 if q.instrument == instrument and (q.subscale or "") == subscale]
        entry["subscales"].append({"name": subscale, "items": len(items),
                                   "reversed": [q.code for q in items if q.reverse_scored]})
    locked = bool(survey.submitted_count or survey.draft_count)
    return render(request, "evaluation/builder/survey_detail.html", {
        "survey": survey, "study": survey.study, "sections": _sections(questions),
        "counts": dashboard.survey_counts(survey), "threshold": dashboard.threshold(),
        "question_count": len(questions), "locked": locked,
        "newer": selectors.newer_version(survey), "instruments": list(instruments.values()),
        "template": get_template(survey.template_key),
        "role_words": [(f"[{name}]", chosen[name]) for name in role_words.FIELDS]
        if uses_role_words else [],
        "instructions": role_words.fill(survey.instructions, chosen=chosen),
        "can_send_now": (survey.kind != SurveyKind.POST_SESSION and survey.sent_at is None
                         and survey.status == SurveyStatus.OPEN),
        "first": questions[0].pk if questions else None,
        "last": questions[-1].pk if questions else None,
    })


_SETTINGS = ["title", "kind", "wave", "instructions", "credit", "anonymous", "opens_at",
             "closes_at", "send_at", "answer_within_days", "reminder_after_days",
             "reminder_count", *SurveySettingsForm.ROLE_FIELDS]


@login_required
def survey_edit(request, pk):
    survey = permissions.get_survey_for(request.user, pk)
    locked = selectors.survey_has_responses(survey)
    form = SurveySettingsForm(request.POST or None, locked=locked, sent=bool(survey.sent_at),
                              role_words=selectors.survey_uses_role_words(survey),
                              initial={name: getattr(survey, name) for name in _SETTINGS})
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        if form.fields["send_at"].disabled:
            data.pop("send_at")
        try:
            services.survey_update(actor=request.user, survey=survey, data=data)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, "The settings are saved.")
            return redirect(survey)
    return render(request, "evaluation/builder/survey_form.html", {
        "form": form, "survey": survey, "study": survey.study, "locked": locked})


@login_required
@require_POST
def survey_status(request, pk):
    survey = permissions.get_survey_for(request.user, pk)
    form = SurveyStatusForm(request.POST)
    if form.is_valid():
        try:
            survey = services.survey_set_status(actor=request.user, survey=survey,
                                                status=form.cleaned_data["status"])
        except ValidationError as exc:
            messages.error(request, _messages_of(exc))
        else:
            if survey.status == SurveyStatus.OPEN:
                messages.success(request, "The survey is open." + (
                    " Invitations go on the date you set." if survey.send_at
                    and not survey.sent_at else ""))
            else:
                messages.success(request, "The survey is closed: its links no longer work.")
    return redirect(survey)


@login_required
@require_POST
def survey_send_now(request, pk):
    survey = permissions.get_survey_for(request.user, pk)
    try:
        services.survey_send_now(actor=request.user, survey=survey)
    except ValidationError as exc:
        messages.error(request, _messages_of(exc))
    else:
        messages.success(request, "The invitations are on their way: they go out within a "
                                  "minute or two.")
    return redirect(survey)


@login_required
def survey_new_version(request, pk):
    survey = permissions.get_survey_for(request.user, pk)
    newer = selectors.newer_version(survey)
    if request.method == "POST":
        try:
            copy = services.survey_new_version(actor=request.user, survey=survey)
        except ValidationError as exc:
            messages.error(request, _messages_of(exc))
            return redirect(newer or survey)
        messages.success(request, f"Version {copy.version} is a draft copy: change it, then "
                                  "open it (and close the old version when you are ready).")
        return redirect(copy)
    return render(request, "evaluation/builder/survey_new_version.html",
                  {"survey": survey, "study": survey.study, "newer": newer})


@login_required
def survey_preview(request, pk):
    """The survey as a respondent sees it. Nothing is saved: a submitted preview only shows
    the messages a respondent would get."""
    from ..answer_form import SurveyAnswerForm

    survey = permissions.get_survey_for(request.user, pk)
    questions = selectors.survey_questions(survey)
    form = SurveyAnswerForm(survey, questions,
                            data=request.POST if request.method == "POST" else None)
    checked = request.method == "POST" and form.is_valid()
    return render(request, "evaluation/builder/survey_preview.html", {
        "survey": survey, "study": survey.study, "form": form, "checked": checked,
        "blank": form.blank_items if checked else []})


# --- Questions --------------------------------------------------------------------------


def _question_initial(question) -> dict:
    fields = ["code", "text", "help_text", "type", "required", "section", "min_value",
              "max_value", "instrument", "subscale", "reverse_scored", "value_cycle"]
    initial = {name: getattr(question, name) for name in fields}
    initial["value_labels"] = format_value_labels(question.choices.all())
    return initial


def _question_page(request, survey, question=None):
    locked = selectors.survey_has_responses(survey)
    initial = _question_initial(question) if question else {"type": QuestionType.LIKERT}
    sections = selectors.survey_section_names(survey)
    form = QuestionForm(request.POST or None, initial=initial,
                        locked=locked and question is not None)
    if request.method == "POST" and form.is_valid():
        try:
            if question is None:
                question = services.question_create(actor=request.user, survey=survey,
                                                    data=form.to_data())
                messages.success(request, f"Question “{question.code}” is added.")
            else:
                services.question_update(actor=request.user, question=question,
                                         data=form.to_data())
                messages.success(request, f"Question “{question.code}” is saved.")
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            if question is not None and request.POST.get("another"):
                return redirect("evaluation:question_create", survey.pk)
            return redirect(f"{survey.get_absolute_url()}#question-{question.pk}")
    return render(request, "evaluation/builder/question_form.html", {
        "form": form, "survey": survey, "study": survey.study, "question": question,
        "locked": locked, "sections": sections})


@login_required
def question_create(request, pk):
    survey = permissions.get_survey_for(request.user, pk)
    return _question_page(request, survey)


@login_required
def question_edit(request, pk, question_pk):
    survey = permissions.get_survey_for(request.user, pk)
    return _question_page(request, survey, permissions.get_question_for(survey, question_pk))


@login_required
def question_delete(request, pk, question_pk):
    survey = permissions.get_survey_for(request.user, pk)
    question = permissions.get_question_for(survey, question_pk)
    locked = selectors.survey_has_responses(survey)
    if request.method == "POST":
        try:
            services.question_delete(actor=request.user, question=question)
        except ValidationError as exc:
            messages.error(request, _messages_of(exc))
        else:
            messages.success(request, f"Question “{question.code}” is deleted.")
        return redirect(survey)
    return render(request, "evaluation/builder/question_delete.html", {
        "survey": survey, "study": survey.study, "question": question, "locked": locked})


@login_required
@require_POST
def question_move(request, pk, question_pk):
    survey = permissions.get_survey_for(request.user, pk)
    question = permissions.get_question_for(survey, question_pk)
    form = QuestionMoveForm(request.POST)
    if form.is_valid():
        services.question_move(actor=request.user, question=question,
                               direction=form.cleaned_data["direction"])
    return redirect(f"{survey.get_absolute_url()}#question-{question.pk}")

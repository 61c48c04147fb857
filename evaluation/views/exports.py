"""Exports for evaluators: the form (format, de-identification, the audit of past exports),
a streamed download, or a background job with a progress page and a download link for the
evaluator who asked."""

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_safe

from members.security import require_reauthentication

from .. import exports
from ..exports import rows
from ..exports.forms import ExportForm
from ..exports.selectors import export_state, get_export_for, survey_exports
from ..models import ExportStatus
from ..permissions import get_survey_for


def _attachment_headers(response, filename: str):
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    response["Content-Security-Policy"] = "sandbox"
    return response


@login_required
def export_form(request, pk):
    survey = get_survey_for(request.user, pk)
    if request.method == "POST":  # exporting asks for the password again (then resumes)
        require_reauthentication(request)
    form = ExportForm(request.POST or None, survey=survey)
    answers = rows.answer_count(survey)
    if request.method == "POST" and form.is_valid():
        format, options = form.cleaned_data["format"], form.options()
        if exports.export_is_large(survey, format, answers=answers):
            record = exports.export_queue(actor=request.user, survey=survey, format=format,
                                          options=options)
            return redirect("evaluation:export_status", export_pk=record.pk)
        record, chunks = exports.export_stream(actor=request.user, survey=survey,
                                               format=format, options=options)
        response = StreamingHttpResponse(chunks, content_type=exports.content_type(format))
        return _attachment_headers(response, exports.file_name(survey, format))
    return render(request, "evaluation/exports/export_form.html", {
        "survey": survey, "study": survey.study, "form": form,
        "answers": answers, "responses": rows.response_count(survey),
        "sync_max": settings.EVALUATION_EXPORT_SYNC_MAX_ANSWERS,
        "keep_hours": settings.EVALUATION_EXPORT_KEEP_HOURS,
        "audit": survey_exports(survey),
        "csv_name": exports.default_csv_name(survey),
    }, status=400 if form.is_bound else 200)


@login_required
@require_safe
def export_status(request, export_pk):
    record = get_export_for(request.user, export_pk)
    context = {"state": export_state(record), "record": record, "survey": record.survey,
               "study": record.survey.study,
               "filename": exports.file_name(record.survey, record.format)}
    if request.headers.get("HX-Request"):
        return render(request, "evaluation/exports/export_status.html#progress", context)
    return render(request, "evaluation/exports/export_status.html", context)


@login_required
@require_safe
def export_download(request, export_pk):
    record = get_export_for(request.user, export_pk)
    if record.status != ExportStatus.DONE:
        return redirect("evaluation:export_status", export_pk=record.pk)
    state = export_state(record)
    if state.expired:
        return render(request, "evaluation/exports/export_status.html", {
            "state": state, "record": record, "survey": record.survey,
            "study": record.survey.study}, status=410)
    try:
        handle = open(exports.export_path(record), "rb")  # noqa: SIM115 (FileResponse closes it)
    except (FileNotFoundError, TypeError) as exc:
        raise Http404("The file is missing.") from exc
    response = FileResponse(handle, content_type=exports.content_type(record.format))
    return _attachment_headers(response, exports.file_name(record.survey, record.format))

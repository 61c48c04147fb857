"""The learning record's pages: the learning log, writing a reflection, the CPD record and
its downloads, and attendance certificates. Each page is for the signed-in person and shows
only their own reflections and attendance: there is no page on which anyone reads another
person's (permissions.py)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from . import documents, permissions, selectors, services
from .forms import PeriodForm, ReflectionForm

REFLECTIONS_PER_PAGE = 20
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@login_required
def learning_log(request):
    page = Paginator(selectors.my_reflections(request.user), REFLECTIONS_PER_PAGE).get_page(
        request.GET.get("page"))
    return render(request, "learning/log.html", {
        "page": page, "reflections": page.object_list,
        "to_reflect_on": selectors.to_reflect_on(request.user, now=timezone.now(), limit=10),
    })


def _session_asked(request):
    try:
        return int(request.GET.get("session", ""))
    except ValueError:
        return None


def _save(request, form, reflection=None):
    try:
        saved = services.reflection_save(actor=request.user, data=form.cleaned_data,
                                         reflection=reflection)
    except ValidationError as error:
        form.add_error("session", error)
        return None
    return saved


@login_required
def reflection_add(request):
    sessions = selectors.attended_sessions(request.user)
    asked = _session_asked(request)
    if asked is not None:
        # The prompt's link: a session already reflected on opens that reflection.
        written = selectors.reflection_on(request.user, asked)
        if written is not None:
            return redirect("learning:reflection_edit", pk=written.pk)
    initial = {"session": asked} if any(s.pk == asked for s in sessions) else {}
    form = ReflectionForm(request.POST or None, sessions=sessions, initial=initial)
    if request.method == "POST" and form.is_valid() and _save(request, form):
        messages.success(request, "Your reflection is saved. Only you can read it.")
        return redirect("learning:log")
    return render(request, "learning/reflection_form.html", {"form": form, "reflection": None})


@login_required
def reflection_edit(request, pk):
    reflection = permissions.get_reflection_for(request.user, pk)
    sessions = selectors.attended_sessions(request.user)
    if reflection.session is not None and all(s.pk != reflection.session_id for s in sessions):
        sessions.append(reflection.session)
    form = ReflectionForm(request.POST or None, sessions=sessions, initial={
        "session": reflection.session_id, "learned": reflection.learned,
        "differently": reflection.differently})
    if request.method == "POST" and form.is_valid() and _save(request, form, reflection):
        messages.success(request, "Your reflection is saved. Only you can read it.")
        return redirect("learning:log")
    return render(request, "learning/reflection_form.html",
                  {"form": form, "reflection": reflection})


@login_required
def reflection_delete(request, pk):
    reflection = permissions.get_reflection_for(request.user, pk)
    if request.method == "POST":
        services.reflection_delete(actor=request.user, reflection=reflection)
        messages.success(request, "Your reflection is deleted.")
        return redirect("learning:log")
    return render(request, "learning/reflection_delete.html", {"reflection": reflection})


def _record(request):
    """The period form, and the record for its period (everything, if it has errors)."""
    form = PeriodForm(request.GET or None)
    period = form.cleaned_data if form.is_bound and form.is_valid() else {}
    record = selectors.cpd_record(request.user, date_from=period.get("date_from"),
                                  date_to=period.get("date_to"))
    return form, record


@login_required
def cpd_record(request):
    form, record = _record(request)
    query = request.GET.urlencode() if form.is_bound and form.is_valid() else ""
    return render(request, "learning/cpd_record.html", {
        "form": form, "record": record, "query": f"?{query}" if query else ""})


def _filename(record, extension: str) -> str:
    made = record.made_on.isoformat()
    return f'attachment; filename="cpd-record-{made}.{extension}"'


@login_required
def cpd_pdf(request):
    _form, record = _record(request)
    response = HttpResponse(documents.cpd_pdf(record), content_type="application/pdf")
    response["Content-Disposition"] = _filename(record, "pdf")
    return response


@login_required
def cpd_docx(request):
    _form, record = _record(request)
    response = HttpResponse(documents.cpd_docx(record), content_type=DOCX)
    response["Content-Disposition"] = _filename(record, "docx")
    return response


@login_required
def certificate(request, slug, pk):
    """For the person recorded as present at the session; to anyone else it is not found."""
    session = permissions.get_attended_session_for(request.user, slug, pk)
    response = HttpResponse(documents.certificate_pdf(request.user, session),
                            content_type="application/pdf")
    day = timezone.localtime(session.starts_at).date().isoformat()
    response["Content-Disposition"] = (
        f'attachment; filename="attendance-certificate-{session.community.slug}-{day}.pdf"')
    return response



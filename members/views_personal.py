"""Personal data rights: "Download my data" (a ZIP prepared in the background, behind a
link that only its owner can use and that expires) and "Close my account". Both ask the
person to confirm who they are again (allauth's reauthentication) before they act."""

from allauth.account.decorators import reauthentication_required
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_safe

from . import audit, selectors, services
from . import personal_data as data
from .models import PersonalDataExport


def _no_store(response):
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
@reauthentication_required(allow_get=True)
def personal_data(request):
    """What the download holds, the button that asks for it, and past requests."""
    if request.method == "POST":
        try:
            _, token = data.export_request(actor=request.user, request=request)
        except ValidationError as exc:
            messages.error(request, exc.messages[0])
            return redirect("members:personal_data")
        return redirect("members:personal_data_status", token=token)
    past = selectors.personal_exports_for(request.user)
    return _no_store(render(request, "members/personal_data.html", {
        "sections": data.sections(),
        "past": past,
        "keep_hours": settings.DATA_EXPORT_KEEP_HOURS,
    }))


def _own_export(request, token: str) -> PersonalDataExport:
    export = data.export_for(request.user, token)
    if export is None:
        raise Http404("No such download.")
    return export


@login_required
@require_safe
def personal_data_status(request, token):
    export = _own_export(request, token)
    context = {"export": export, "token": token, "state": data.export_state(export),
               "filename": data.download_name(export)}
    if request.headers.get("HX-Request"):
        return _no_store(render(request, "members/personal_data_status.html#progress", context))
    return _no_store(render(request, "members/personal_data_status.html", context))


@login_required
@require_safe
def personal_data_download(request, token):
    export = _own_export(request, token)
    state = data.export_state(export)
    if not state.ready:
        context = {"export": export, "token": token, "state": state,
                   "filename": data.download_name(export)}
        if state.expired:
            return _no_store(render(request, "members/personal_data_status.html", context,
                                    status=410))
        return redirect("members:personal_data_status", token=token)
    try:
        handle = open(data.export_path(export), "rb")  # noqa: SIM115 (closed by FileResponse)
    except (FileNotFoundError, TypeError) as exc:
        raise Http404("The file is missing.") from exc
    audit.record(action="data.download", actor=request.user, request=request, target=export,
                 detail={"stage": "downloaded"})
    response = FileResponse(handle, content_type="application/zip", as_attachment=True,
                            filename=data.download_name(export))
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "sandbox"
    return _no_store(response)


class AccountCloseForm(forms.Form):
    confirm = forms.BooleanField(
        label="I understand that my account will be closed for good and cannot be reopened.",
        error_messages={"required": "Tick the box to confirm that you want to close your "
                                    "account."})


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
@reauthentication_required(allow_get=True)
def account_close(request):
    """The confirmation page; closing needs the box ticked and a fresh password (or second
    factor) check."""
    form = AccountCloseForm(request.POST if request.method == "POST" else None)
    blockers = selectors.account_close_blockers(request.user)
    if request.method == "POST" and form.is_valid() and not blockers:
        try:
            services.account_close(actor=request.user, user=request.user, request=request)
        except services.AccountCloseError as exc:
            form.add_error(None, str(exc))
        else:
            logout(request)
            return redirect("members:account_closed")
    return render(request, "members/account_close.html", {
        "form": form, "blockers": blockers,
    }, status=400 if form.is_bound else 200)


@require_safe
def account_closed(request):
    return render(request, "members/account_closed.html")

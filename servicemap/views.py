"""The service map's pages in a community: the directory (list, search), a service's page
with the members who can help and the parts other apps add, adding and editing (wiki style,
through the identifier gate, never overwriting another's edit), the history with its diffs,
confirming ("Still right"), and facilitators' hide, show and undo. See docs/PERMISSIONS.md."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from cop import gate_forms
from members.permissions import get_membership_for, is_facilitator

from . import freshness, permissions, selectors, service_parts, services
from .forms import ReasonForm, ServiceForm, UndoForm
from .models import SERVICE_TEXT_FIELDS, ServiceType

SERVICES_PER_PAGE = 20
QUERY_MAX = 200
TEXT_LABELS = dict(SERVICE_TEXT_FIELDS)


def _page_context(membership, **context):
    return {"membership": membership, "community": membership.community, **context}


@login_required
def service_list(request, slug):
    membership = get_membership_for(request.user, slug)
    query = " ".join(request.GET.get("q", "").replace("\x00", "").split())[:QUERY_MAX]
    service_type = request.GET.get("type", "")
    service_type = service_type if service_type in ServiceType.values else ""
    page = Paginator(selectors.services_for(membership, service_type=service_type, query=query),
                     SERVICES_PER_PAGE).get_page(request.GET.get("page"))
    now = timezone.now()
    rows = [{"service": s, "stale": freshness.is_stale(s, now)} for s in page.object_list]
    return render(request, "servicemap/service_list.html", _page_context(
        membership, page=page, rows=rows, query=query, service_type=service_type,
        service_types=ServiceType.choices))


@login_required
def service_detail(request, slug, pk):
    membership = get_membership_for(request.user, slug)
    service = permissions.get_service_for(membership, pk)
    return render(request, "servicemap/service_detail.html", _page_context(
        membership, service=service, stale=freshness.is_stale(service),
        last_checked=freshness.last_checked(service),
        helpers=selectors.members_who_can_help(service),
        parts=service_parts.shown(membership, service),
        can_edit=permissions.can_edit_services(membership, service.community_id),
        can_moderate=permissions.can_moderate_services(membership, service.community_id),
        show_emails=is_facilitator(membership, service.community_id)))  # as the directory


@login_required
def service_check(request, slug, pk):
    """Where the monthly "is this still right?" leads: the entry, with "Still right" and
    "Edit it"."""
    membership = get_membership_for(request.user, slug)
    service = permissions.get_service_for(membership, pk)
    return render(request, "servicemap/service_check.html", _page_context(
        membership, service=service, last_checked=freshness.last_checked(service)))


def _work_contacts(request) -> list[str]:
    return request.POST.getlist("work_contact") if request.method == "POST" else []


def _gate_context(request, gated) -> dict:
    return {**gated.context(), "ask_work_contacts": True,
            "work_contacts": _work_contacts(request)}


@login_required
def service_create(request, slug):
    membership = get_membership_for(request.user, slug)
    form = ServiceForm(request.POST or None, community=membership.community)
    gated = gate_forms.submit(
        form, texts=TEXT_LABELS, labels=TEXT_LABELS, allowed_names=[],
        save=lambda reasons: services.service_create(
            actor=request.user, community=membership.community, data=form.cleaned_data,
            work_contacts=_work_contacts(request), reasons=reasons))
    if gated.is_saved:
        messages.success(request, f"“{gated.saved.name}” is in the service map.")
        return redirect("servicemap:service_detail", slug=slug, pk=gated.saved.pk)
    return render(request, "servicemap/service_form.html", _page_context(
        membership, form=form, **_gate_context(request, gated)))


@login_required
def service_edit(request, slug, pk):
    membership = get_membership_for(request.user, slug)
    service = permissions.get_service_for(membership, pk)
    form = ServiceForm(request.POST or None, community=membership.community, service=service)
    kept = selectors.kept_in(service)
    version = service.version
    try:
        gated = gate_forms.submit(
            form, texts=TEXT_LABELS, labels=TEXT_LABELS, allowed_names=[], passes=kept.passes,
            save=lambda reasons: services.service_update(
                actor=request.user, service=service, data=form.cleaned_data,
                version=form.cleaned_data["version"], work_contacts=_work_contacts(request),
                reasons=reasons))
    except services.EditConflict as conflict:
        return _conflict(request, membership, form, conflict.current)
    if gated.is_saved:
        if gated.saved.version == version:
            messages.info(request, "You changed nothing, so nothing was saved.")
        else:
            messages.success(request, "Your changes are saved.")
        return redirect("servicemap:service_detail", slug=slug, pk=pk)
    return render(request, "servicemap/service_form.html", _page_context(
        membership, form=form, service=service, **_gate_context(request, gated)))


def _conflict(request, membership, form, current):
    """Someone else saved since the form was loaded: their edit stays. The person's own
    text comes back, with each field the two differ in, so they can take the other's
    changes in and save again (now against the current version)."""
    data = request.POST.copy()
    data["version"] = str(current.version)
    fresh = ServiceForm(data, community=membership.community, service=current)
    fresh.is_valid()
    saved = selectors.changes_between(
        {**form.cleaned_data, "agency_id": getattr(form.cleaned_data.get("agency"), "pk", None)},
        current.editable_values(), selectors.agency_names([current.editable_values()]))
    current_page = permissions.get_service_for(membership, current.pk)
    return render(request, "servicemap/service_form.html", _page_context(
        membership, form=fresh, service=current_page, conflict=True, differences=saved,
        ask_work_contacts=True, work_contacts=_work_contacts(request)), status=409)


@login_required
def service_history(request, slug, pk):
    membership = get_membership_for(request.user, slug)
    service = permissions.get_service_for(membership, pk)
    moderates = permissions.can_moderate_services(membership, service.community_id)
    page, entries = selectors.history_page(service, request.GET.get("page"),
                                           can_undo=moderates)
    return render(request, "servicemap/service_history.html", _page_context(
        membership, service=service, page=page, entries=entries, can_undo=moderates,
        see_overrides=permissions.sees_all_kept_findings(membership, service.community_id)))


@login_required
def service_revert(request, slug, pk, revision_pk):
    """A facilitator undoes an edit: the page shows what the entry would go back to."""
    membership = get_membership_for(request.user, slug)
    service = permissions.get_service_for(membership, pk)
    revision = permissions.get_revision_for(service, revision_pk)
    permissions.require_service_moderation(membership, service)
    restored = selectors.revision_before(revision)
    form = UndoForm(request.POST or None, initial={"version": service.version})
    if request.method == "POST" and form.is_valid() and restored is not None:
        try:
            services.service_revert(actor=request.user, revision=revision,
                                    version=form.cleaned_data["version"],
                                    reason=form.cleaned_data["reason"])
        except services.EditConflict:
            messages.error(request, "Someone changed the entry while you were looking. "
                                    "Check what undoing the edit would change now.")
            return redirect("servicemap:service_revert", slug=slug, pk=pk,
                            revision_pk=revision_pk)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, "The edit is undone.")
            return redirect("servicemap:service_history", slug=slug, pk=pk)
    changes = []
    if restored is not None:
        now = service.editable_values()
        changes = selectors.changes_between(
            now, restored.fields, selectors.agency_names([now, restored.fields]))
    return render(request, "servicemap/service_revert.html", _page_context(
        membership, service=service, revision=revision, restored=restored, changes=changes,
        form=form))


def _visibility(request, slug, pk, *, hide: bool):
    membership = get_membership_for(request.user, slug)
    service = permissions.get_service_for(membership, pk)
    permissions.require_service_moderation(membership, service)
    form = ReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        change = services.service_hide if hide else services.service_show
        try:
            change(actor=request.user, service=service, reason=form.cleaned_data["reason"])
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, f"“{service.name}” is hidden from the members."
                             if hide else f"“{service.name}” is shown to the members again.")
            if hide:
                return redirect("servicemap:service_list", slug=slug)
            return redirect("servicemap:service_detail", slug=slug, pk=pk)
    return render(request, "servicemap/service_visibility.html", _page_context(
        membership, service=service, form=form, hide=hide))


@login_required
def service_hide(request, slug, pk):
    return _visibility(request, slug, pk, hide=True)


@login_required
def service_show(request, slug, pk):
    return _visibility(request, slug, pk, hide=False)


@login_required
@require_POST
def service_confirm(request, slug, pk):
    membership = get_membership_for(request.user, slug)
    service = permissions.get_service_for(membership, pk)
    services.service_confirm(actor=request.user, service=service)
    messages.success(request, f"Thank you: “{service.name}” is confirmed as still right.")
    return redirect(reverse("servicemap:service_detail", args=[slug, pk]))

"""The community library: list and search, add, download (members only), remove; and, for a
file held back by the identifier gate, its uploader's check: confirm or replace."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST, require_safe

from cop import gate
from cop.text_limits import too_long_message
from members.permissions import get_membership_for, is_member

from .. import library as materials
from .. import permissions
from ..forms import MaterialForm, MaterialReplaceForm

MATERIALS_PER_PAGE = 25
FIELD_LABELS = {"title": "Title", "summary": "Summary"}


@login_required
@require_safe
def library(request, slug):
    membership = get_membership_for(request.user, slug)
    query = " ".join(request.GET.get("q", "").replace("\x00", "").split())[:200]
    page = Paginator(materials.library_for(membership, query),
                     MATERIALS_PER_PAGE).get_page(request.GET.get("page"))
    rows = [{
        "material": material,
        "kind": materials.kind_label(material.content_type) if material.file else "",
        "host": materials.link_host(material.url) if material.url else "",
        "can_delete": permissions.can_delete_material(membership, material),
    } for material in page.object_list]
    return render(request, "sessions_app/library.html", {
        "membership": membership, "community": membership.community, "page": page,
        "rows": rows, "query": query,
        "can_add": is_member(membership, membership.community_id),
    })


def override_reasons(post) -> dict[str, str]:
    """Reasons typed against the gate's findings, keyed by the finding's key."""
    return {k.removeprefix("override-"): v for k, v in post.items() if k.startswith("override-")}


def findings_context(texts: dict[str, str], findings: list[gate.FieldFinding],
                     reasons: dict[str, str]) -> list[dict]:
    """Per field with findings: its label, its text highlighted, and each finding with the
    reason typed so far (and what is wrong with it, if anything)."""
    return [{
        "label": FIELD_LABELS[field],
        "html": gate.highlight(texts[field], [f for f in findings if f.field == field]),
        "findings": [{"finding": f, "reason": reasons.get(f.key, ""),
                      "error": too_long_message(reasons.get(f.key, ""), gate.REASON_MAX)}
                     for f in findings if f.field == field],
    } for field in FIELD_LABELS if any(f.field == field for f in findings)]


@login_required
def material_add(request, slug):
    membership = get_membership_for(request.user, slug)
    form = MaterialForm(request.POST or None, request.FILES or None,
                        community=membership.community)
    findings = []
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            material = materials.material_add(
                actor=request.user, membership=membership, title=data["title"],
                summary=data["summary"], url=data["url"], upload=data["upload"],
                session=data["session"], reasons=override_reasons(request.POST))
        except gate.IdentifiersFound as found:
            texts = {"title": data["title"].strip(), "summary": data["summary"].strip()}
            findings = findings_context(texts, found.findings, found.reasons)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            if material.held:
                messages.warning(request, f"“{material.title}” is held: check the file "
                                          "before it is shared.")
                return redirect("sessions_app:material_check", slug=slug,
                                material_pk=material.pk)
            messages.success(request, f"“{material.title}” is in the library.")
            return redirect("sessions_app:library", slug=slug)
    return render(request, "sessions_app/material_form.html", {
        "membership": membership, "community": membership.community, "form": form,
        "findings": findings, "file_chosen": bool(findings and form.cleaned_data.get("upload")),
    })


def _held_material(request, slug, material_pk):
    membership = get_membership_for(request.user, slug)
    material = permissions.get_material_for(membership, material_pk)
    permissions.require_material_uploader(membership, material)
    return membership, material


def _check_page(request, membership, material, *, confirm_error="", confirmed=(),
                replace_form=None, status=200):
    return render(request, "sessions_app/material_check.html", {
        "membership": membership, "community": membership.community, "material": material,
        "findings": list(material.findings.all()), "confirm_error": confirm_error,
        "confirmed": {str(pk) for pk in confirmed},
        "replace_form": replace_form or MaterialReplaceForm(),
    }, status=status)


@login_required
def material_check(request, slug, material_pk):
    """The uploader's check of their file: each finding in context, with a tick to confirm;
    all confirmed, the file is shared."""
    membership, material = _held_material(request, slug, material_pk)
    if not material.held:
        return redirect("sessions_app:library", slug=slug)
    if request.method == "POST":
        confirmed = {int(v) for v in request.POST.getlist("confirm") if v.isdigit()}
        try:
            material = materials.material_confirm(actor=request.user, membership=membership,
                                                  material=material, confirmed=confirmed)
        except ValidationError as exc:
            return _check_page(request, membership, material, confirm_error=exc.messages[0],
                               confirmed=confirmed)
        messages.success(request, f"“{material.title}” is shared with the community.")
        return redirect("sessions_app:library", slug=slug)
    return _check_page(request, membership, material)


@login_required
@require_POST
def material_replace(request, slug, material_pk):
    membership, material = _held_material(request, slug, material_pk)
    form = MaterialReplaceForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            material = materials.material_replace(
                actor=request.user, membership=membership, material=material,
                upload=form.cleaned_data["upload"])
        except ValidationError as exc:
            form.add_error("upload", exc.messages[0])
        else:
            if material.held:
                messages.warning(request, "The new file has possible identifiers too: check "
                                          "them below.")
                return redirect("sessions_app:material_check", slug=slug,
                                material_pk=material.pk)
            messages.success(request, f"The file is replaced and “{material.title}” is "
                                      "shared with the community.")
            return redirect("sessions_app:library", slug=slug)
    return _check_page(request, membership, material, replace_form=form)


@login_required
@require_safe
def material_file(request, slug, material_pk):
    """The stored file, to members of its community only (a held file to its uploader
    only), as a download that a browser will neither sniff nor run."""
    membership = get_membership_for(request.user, slug)
    material = permissions.get_material_for(membership, material_pk)
    if not material.file:
        raise Http404("This material is a link, not a file.")
    try:
        handle = material.file.storage.open(material.file.name, "rb")
    except FileNotFoundError as exc:
        raise Http404("The file is missing.") from exc
    response = FileResponse(handle, as_attachment=True,
                            filename=material.filename or "material",
                            content_type=material.content_type or "application/octet-stream")
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    response["Content-Security-Policy"] = "sandbox"
    response["Cross-Origin-Resource-Policy"] = "same-origin"
    return response


@login_required
def material_delete(request, slug, material_pk):
    membership = get_membership_for(request.user, slug)
    material = permissions.get_material_for(membership, material_pk)
    permissions.require_material_deleter(membership, material)
    if request.method == "POST":
        materials.material_delete(actor=request.user, membership=membership, material=material)
        messages.success(request, f"“{material.title}” is removed from the library.")
        return redirect("sessions_app:library", slug=slug)
    return render(request, "sessions_app/material_delete.html", {
        "membership": membership, "community": membership.community, "material": material,
    })

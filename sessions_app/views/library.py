"""The community library: list and search, add, download (members only), remove."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_safe

from members.permissions import get_membership_for

from .. import library as materials
from .. import permissions
from ..forms import MaterialForm

MATERIALS_PER_PAGE = 25
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
        "can_add": permissions.can_add_material(membership),
    })


@login_required
def material_add(request, slug):
    membership = get_membership_for(request.user, slug)
    form = MaterialForm(request.POST or None, request.FILES or None,
                        community=membership.community)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            material = materials.material_add(
                actor=request.user, membership=membership, title=data["title"],
                summary=data["summary"], url=data["url"], upload=data["upload"],
                session=data["session"])
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, f"“{material.title}” is in the library.")
            return redirect("sessions_app:library", slug=slug)
    return render(request, "sessions_app/material_form.html", {
        "membership": membership, "community": membership.community, "form": form,
    })


@login_required
@require_safe
def material_file(request, slug, material_pk):
    """The stored file, to members of its community only, as a download that a browser
    will neither sniff nor run."""
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

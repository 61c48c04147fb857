"""The community library: list and search, add, download (members only), remove."""

from crispy_forms.helper import FormHelper
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import URLValidator
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.template.defaultfilters import filesizeformat
from django.utils import dateformat, timezone
from django.views.decorators.http import require_safe

from members.permissions import get_membership_for

from .. import library as materials
from .. import permissions
from ..models import Session, SessionStatus

MATERIALS_PER_PAGE = 25
# A hint for the file picker only: the type is decided by the content (library.detect_file).
ACCEPT = ".pdf,.docx,.doc,.odt,.pptx,.xlsx,.txt,.md,.csv"


class SessionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.title} ({dateformat.format(timezone.localtime(obj.starts_at), 'j M Y')})"


class MaterialForm(forms.Form):
    """Input shape only: the service checks the link, the file's real type and its size."""

    title = forms.CharField(max_length=materials.TITLE_MAX)
    summary = forms.CharField(
        max_length=materials.SUMMARY_MAX, widget=forms.Textarea(attrs={"rows": 3}),
        help_text="A sentence or two: what it is and why it helps.",
    )
    url = forms.URLField(
        label="Link", required=False, max_length=materials.URL_MAX, assume_scheme="https",
        validators=[URLValidator(schemes=["http", "https"])],
        help_text="A web page, for example guidance or research online.",
    )
    upload = forms.FileField(
        label="Or a file", required=False,
        widget=forms.FileInput(attrs={"accept": ACCEPT}),
    )
    session = SessionChoiceField(
        queryset=Session.objects.none(), required=False, empty_label="Not linked to a session",
        help_text="The session it was brought to, if any.",
    )

    def __init__(self, *args, community, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["upload"].help_text = (
            f"{materials.ACCEPTED[0].upper()}{materials.ACCEPTED[1:]}, "
            f"up to {filesizeformat(settings.MATERIAL_MAX_BYTES)}.")
        self.fields["session"].queryset = (
            Session.objects.filter(community=community)
            .exclude(status=SessionStatus.CANCELLED).order_by("-starts_at")
            .only("id", "title", "starts_at"))
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True  # the template has the token

    def clean(self):
        data = super().clean()
        if not self.errors and bool(data.get("url")) == bool(data.get("upload")):
            raise ValidationError("Add either a link or a file (one of them, not both).")
        return data


@login_required
@require_safe
def library(request, slug):
    membership = get_membership_for(request.user, slug)
    query = " ".join(request.GET.get("q", "").split())[:200]
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

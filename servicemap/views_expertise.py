"""What a member knows from the inside: the services of their communities and the agencies
they can help with, each with a line (listed on their profile, and on each service's page
as "Members who can help"). Their own only."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from cop import gate_forms

from . import permissions, selectors, services
from .forms import ExpertiseForm

LINE_LABELS = {"line": "What you can help with"}


@login_required
def expertise(request):
    chosen = request.GET.get("service", "")
    form = ExpertiseForm(request.POST or None, user=request.user,
                         initial={"service": chosen} if chosen.isdigit() else None)
    gated = gate_forms.submit(
        form, texts=LINE_LABELS, labels=LINE_LABELS, allowed_names=[],
        save=lambda reasons: services.expertise_add(
            actor=request.user, community=form.cleaned_data["community"],
            service=form.cleaned_data["service"], agency=form.cleaned_data["agency"],
            line=form.cleaned_data["line"], reasons=reasons))
    if gated.is_saved:
        messages.success(request, "It is on your profile, and members can see that you can "
                                  "help.")
        return redirect("servicemap:expertise")
    return render(request, "servicemap/expertise.html", {
        "form": form, "expertise": selectors.expertise_of(request.user),
        "has_community": bool(form.communities), **gated.context(),
    })


@login_required
@require_POST
def expertise_remove(request, pk):
    entry = permissions.get_own_expertise(request.user, pk)
    services.expertise_remove(actor=request.user, expertise=entry)
    messages.success(request, "It is no longer on your profile.")
    return redirect("servicemap:expertise")

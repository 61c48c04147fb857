"""Escalations: recurring barriers a facilitator raised with a body that can change them.
Members read them (raising barriers visibly leads somewhere); facilitators record and
update them. See docs/PERMISSIONS.md."""

import re

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils import timezone

from cop import gate_forms
from members.permissions import get_membership_for
from servicemap import selectors as service_selectors

from .. import barrier_report, permissions, selectors, services
from ..forms import EscalationForm
from ..models import BarrierCategory, ServiceType

ESCALATIONS_PER_PAGE = 25
TEXT_LABELS = {"title": "What the barrier is", "raised_with": "Who it was raised with",
               "evidence": "The evidence sent", "response": "Their response"}


@login_required
def escalation_list(request, slug):
    membership = get_membership_for(request.user, slug)
    community = membership.community
    page = Paginator(selectors.escalations_of(community), ESCALATIONS_PER_PAGE).get_page(
        request.GET.get("page"))
    return render(request, "casework/escalation_list.html", {
        "membership": membership, "community": community, "page": page,
        "can_escalate": permissions.can_escalate(membership, community.pk),
    })


@login_required
def escalation_detail(request, slug, pk):
    membership = get_membership_for(request.user, slug)
    escalation = permissions.get_escalation_for(membership, pk)
    return render(request, "casework/escalation_detail.html", {
        "membership": membership, "community": membership.community, "escalation": escalation,
        "barriers": selectors.escalation_barriers(escalation),
        "can_escalate": permissions.can_escalate(membership, membership.community_id),
    })


def _id(value: str) -> int | None:
    return int(value) if re.fullmatch(r"[0-9]{1,9}", value or "") else None


def _from_barrier(community, barrier) -> dict:
    """What an escalation raised from one barrier starts with."""
    where = barrier.service.name if barrier.service else barrier.get_service_type_display()
    return {"title": f"{barrier.get_category_display()}: {where}",
            "service_type": barrier.service_type, "category": barrier.category,
            "service": barrier.service_id}


def _from_report_row(community, params) -> dict:
    """What an escalation raised from a count of the barriers report starts with: the
    count's category, type of service or service."""
    row = barrier_report.BarrierFilter.from_params(params)
    initial: dict = {}
    words = []
    if row.category:
        initial["category"] = row.category
        words.append(BarrierCategory(row.category).label)
    if row.service_type:
        initial["service_type"] = row.service_type
        words.append(ServiceType(row.service_type).label)
    if row.service_id is not None:
        service = service_selectors.service_in(community, row.service_id)
        if service is not None:
            initial["service"] = service.pk
            words.append(service.name)
    if words:
        initial["title"] = ": ".join(words)
    return initial


@login_required
def escalation_create(request, slug):
    """From a barrier (?barrier=<id>, carried in the form as `from_barrier`), a count of the
    barriers report (?category=…, ?service_type=…, ?service=…) or from nothing."""
    membership = get_membership_for(request.user, slug)
    community = membership.community
    permissions.require_can_escalate(membership, community.pk)
    source = request.POST if request.method == "POST" else request.GET
    barrier_pk = _id(source.get("from_barrier") or source.get("barrier", ""))
    barrier = (selectors.barrier_to_escalate(community, barrier_pk)
               if barrier_pk is not None else None)
    initial = {"raised_on": timezone.localdate(),
               **(_from_barrier(community, barrier) if barrier is not None
                  else _from_report_row(community, request.GET))}
    form = EscalationForm(request.POST or None, initial=initial, community=community)
    gated = gate_forms.submit(
        form, texts=TEXT_LABELS, labels=TEXT_LABELS,
        allowed_names=selectors.escalation_pseudonyms(None, barrier),
        save=lambda reasons: services.escalation_create(
            actor=request.user, membership=membership, data=form.cleaned_data,
            barrier=barrier, reasons=reasons))
    if gated.is_saved:
        messages.success(request, "The escalation is recorded. Members can see it on the "
                                  "barriers page.")
        return redirect("casework:escalation_detail", slug=slug, pk=gated.saved.pk)
    return render(request, "casework/escalation_form.html", {
        "membership": membership, "community": community, "form": form, "barrier": barrier,
        **gated.context(),
    })


@login_required
def escalation_edit(request, slug, pk):
    membership = get_membership_for(request.user, slug)
    escalation = permissions.get_escalation_for(membership, pk)
    permissions.require_can_escalate(membership, escalation.community_id)
    form = EscalationForm(request.POST or None, instance=escalation,
                          community=membership.community)
    gated = gate_forms.submit(
        form, texts=TEXT_LABELS, labels=TEXT_LABELS,
        allowed_names=selectors.escalation_pseudonyms(escalation),
        save=lambda reasons: services.escalation_update(
            actor=request.user, membership=membership, escalation=escalation,
            data=form.cleaned_data, reasons=reasons))
    if gated.is_saved:
        messages.success(request, "The escalation is updated.")
        return redirect("casework:escalation_detail", slug=slug, pk=escalation.pk)
    return render(request, "casework/escalation_form.html", {
        "membership": membership, "community": membership.community, "form": form,
        "escalation": escalation, **gated.context(),
    })

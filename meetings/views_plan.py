"""Pages for planning a meeting (each agenda item's format, timings and question), the
community's stage guides, an item's summary and the presenter's follow-up. Thin: reads in
selectors, writes in services, rules in permissions."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from cop import gate_forms
from members.permissions import get_membership_for
from sessions_app import permissions as session_permissions
from sessions_app import selectors as session_selectors

from . import permissions, selectors, services
from .follow_ups import how_field
from .formats import Format, stages
from .forms_plan import FollowUpForm, ItemPlanForm, StageGuideForm, minutes_field
from .planning import case_names

QUESTION = {"question": "The presenter's question"}
GUIDE = {"guide": "What happens", "avoid": "What to avoid"}


def _base(membership, **extra) -> dict:
    return {"membership": membership, "community": membership.community, **extra}


def _plan_url(session) -> str:
    return reverse("meetings:plan_session", args=[session.community.slug, session.pk])


# --- Planning -------------------------------------------------------------------------------


@login_required
def plan_session(request, slug, pk):
    """"Plan the meeting": every agenda item's format, its stages' minutes, the question."""
    membership = get_membership_for(request.user, slug)
    session = session_permissions.get_session_for(membership, pk)
    permissions.require_planner(membership, session)
    return render(request, "meetings/plan_session.html", _base(
        membership, session=session, items=selectors.session_plan(session)))


@login_required
def plan_item(request, slug, pk, item_pk):
    membership = get_membership_for(request.user, slug)
    session = session_permissions.get_session_for(membership, pk)
    item = session_selectors.agenda_item(session, item_pk)
    if item is None:
        raise Http404("No such agenda item.")
    permissions.require_planner(membership, session)
    item.session = session
    plan = selectors.plan_of(item)
    planned = selectors.planned_item(item, plan, {})
    shown = request.POST.get("shown_format") or planned.format
    if shown not in Format.values:
        shown = planned.format
    minutes = ([s.minutes for s in planned.stages] if shown == planned.format
               else [s.minutes for s in stages(shown)])
    initial = {"format": planned.format, "shown_format": shown,
               "question": plan.question if plan else "",
               **{minutes_field(s): m for s, m in zip(stages(shown), minutes, strict=False)}}
    form = ItemPlanForm(request.POST or None, initial=initial, stages=stages(shown),
                        minutes=minutes)
    gated = gate_forms.submit(
        form, texts=QUESTION, labels=QUESTION, allowed_names=case_names(item),
        save=lambda reasons: services.item_plan_save(
            actor=request.user, membership=membership, item=item,
            format=form.cleaned_data["format"], stage_minutes=form.stage_minutes(),
            question=form.cleaned_data["question"], reasons=reasons))
    if gated.is_saved:
        if form.format_changed():
            label = selectors.format_label(form.cleaned_data["format"])
            messages.success(request, f"The item is now a {label.lower()}, with its stages' "
                                      f"usual minutes. Change them here if you need to.")
            return redirect("meetings:plan_item", slug=slug, pk=pk, item_pk=item.pk)
        messages.success(request, f"The plan for “{item.title}” is saved.")
        return redirect(_plan_url(session) + f"#item-{item.pk}")
    return render(request, "meetings/plan_item.html", _base(
        membership, session=session, item=item, form=form, planned=planned,
        shown_label=selectors.format_label(shown), **gated.context()))


# --- Stage guides ------------------------------------------------------------------------------


@login_required
def guides(request, slug):
    """Every format and its stages, with the community's guides (or the defaults)."""
    membership = get_membership_for(request.user, slug)
    return render(request, "meetings/guides.html", _base(
        membership, formats=selectors.formats_with_guides(membership.community_id),
        can_edit=permissions.can_edit_guides(membership)))


def _stage_or_404(format_key, stage_key):
    stage = selectors.stage_of(format_key, stage_key)
    if stage is None:
        raise Http404("No such stage.")
    return stage


@login_required
def guide_edit(request, slug, format, stage):
    membership = get_membership_for(request.user, slug)
    found = _stage_or_404(format, stage)
    permissions.require_guide_editor(membership)
    own = selectors.guide_of(membership.community_id, format, stage)
    form = StageGuideForm(request.POST or None, initial={
        "guide": own.guide if own else found.guide, "avoid": own.avoid if own else found.avoid})
    gated = gate_forms.submit(
        form, texts=GUIDE, labels=GUIDE, allowed_names=[],
        save=lambda reasons: services.stage_guide_save(
            actor=request.user, membership=membership, format=format, stage=stage,
            guide=form.cleaned_data["guide"], avoid=form.cleaned_data["avoid"],
            reasons=reasons))
    if gated.is_saved:
        messages.success(request, f"The guide to “{found.name}” is saved.")
        return redirect(reverse("meetings:guides", args=[slug]) + f"#{format}-{stage}")
    return render(request, "meetings/guide_form.html", _base(
        membership, form=form, stage=found, own=own,
        format_label=selectors.format_label(format), format_key=format, **gated.context()))


@login_required
@require_POST
def guide_reset(request, slug, format, stage):
    membership = get_membership_for(request.user, slug)
    found = _stage_or_404(format, stage)
    services.stage_guide_reset(actor=request.user, membership=membership, format=format,
                               stage=stage)
    messages.success(request, f"The guide to “{found.name}” is back to the default.")
    return redirect(reverse("meetings:guides", args=[slug]) + f"#{format}-{stage}")


# --- The summary and the presenter's follow-up ---------------------------------------------


def _summary(request, slug, pk, item_pk):
    membership = get_membership_for(request.user, slug)
    session = session_permissions.get_session_for(membership, pk)
    return membership, permissions.get_summary_for(membership, session, item_pk)


@login_required
def summary(request, slug, pk, item_pk):
    """The item's summary: every member of the community reads it; the presenter marks
    the recommendations they want to try."""
    membership, found = _summary(request, slug, pk, item_pk)
    return render(request, "meetings/summary.html", _base(
        membership, view=selectors.summary_view(found), session=found.item.session,
        is_presenter=permissions.is_summary_presenter(request.user, membership, found)))


@login_required
@require_POST
def summary_choose(request, slug, pk, item_pk, entry_pk):
    membership, found = _summary(request, slug, pk, item_pk)
    try:
        services.summary_choice_set(actor=request.user, membership=membership, summary=found,
                                    entry_id=entry_pk, chosen=request.POST.get("chosen") == "1")
    except ValidationError as exc:
        raise Http404(exc.messages[0]) from exc
    return redirect(reverse("meetings:summary", args=[slug, pk, item_pk])
                    + f"#entry-{entry_pk}")


@login_required
def summary_follow_up(request, slug, pk, item_pk):
    """"Which recommendations did you try?": the presenter only."""
    membership, found = _summary(request, slug, pk, item_pk)
    permissions.require_summary_presenter(request.user, membership, found)
    entries = selectors.follow_up_entries(found)
    initial = {}
    for entry in entries:
        if entry.outcome_or_none is not None:
            initial |= {f"tried_{entry.pk}": entry.outcome_or_none.tried,
                        how_field(entry.pk): entry.outcome_or_none.how_it_went,
                        f"value_{entry.pk}": entry.outcome_or_none.value}
    form = FollowUpForm(request.POST or None, initial=initial, entries=entries)
    labels = {how_field(e.pk): f"How it went: {e.text}" for e in entries}
    gated = gate_forms.submit(
        form, texts=labels, labels=labels, allowed_names=case_names(found.item),
        save=lambda reasons: services.recommendation_outcomes_save(
            actor=request.user, membership=membership, summary=found,
            answers=form.answers(), reasons=reasons))
    if gated.is_saved:
        messages.success(request, "Thank you: your answers are saved.")
        return redirect("meetings:summary", slug=slug, pk=pk, item_pk=item_pk)
    return render(request, "meetings/follow_up.html", _base(
        membership, summary=found, item=found.item, session=found.item.session, form=form,
        **gated.context()))

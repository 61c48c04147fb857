import re

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from cop import gate, gate_forms
from meetings import selectors as meeting_selectors
from members import audit
from members.permissions import get_membership_for, is_facilitator, require_facilitator
from sessions_app import selectors as session_selectors

from .. import list_html, marked_text, permissions, selectors, services, thread_html
from ..forms import BarrierForm, CaseForm, CommentForm, ModerateCaseForm
from ..models import CASE_TEXT_FIELDS, VISIBLE_STATUSES, CaseStatus, NeedsDomain

CASE_FIELD_LABELS = dict(CASE_TEXT_FIELDS)
BARRIER_TEXT_LABELS = {"description": "What happened", "how_overcome": "How it was overcome"}


def _case_data(form) -> dict:
    return {k: v for k, v in form.cleaned_data.items() if k != "pseudonym_declared"}


@login_required
def case_list(request, slug):
    membership = get_membership_for(request.user, slug)
    status = request.GET.get("status", "")
    domain = request.GET.get("domain", "")
    domain = domain if domain in NeedsDomain.values else ""
    status = status if status in VISIBLE_STATUSES else ""
    listed = list_html.case_list_page(membership, status=status, domain=domain,
                                      number=request.GET.get("page"))
    return render(request, "casework/case_list.html", {
        "membership": membership, "community": membership.community, "page": listed.page,
        "rows": listed.rows, "drafts": selectors.own_drafts(membership),
        "status": status, "domain": domain,
        "statuses": [(s, CaseStatus(s).label) for s in VISIBLE_STATUSES],
        "domains": NeedsDomain.choices,
    })


@login_required
def case_create(request, slug):
    membership = get_membership_for(request.user, slug)
    form = CaseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        case = services.case_create(actor=request.user, community=membership.community,
                                    data=_case_data(form))
        messages.success(request, "Your draft is saved. Only you can see it until you "
                                  "publish it.")
        return redirect("casework:case_publish", slug=slug, pk=case.pk)
    return render(request, "casework/case_form.html", {
        "membership": membership, "community": membership.community, "form": form,
    })


@login_required
def case_detail(request, slug, pk):
    membership = get_membership_for(request.user, slug)
    # Moderates, sees all overrides (the case is of the membership's community).
    facilitates = is_facilitator(membership, membership.community_id)
    case = permissions.get_case_page_for(membership, pk, all_overrides=facilitates)
    audit.record(action="case.view", request=request, target=case,
                 community=membership.community)
    can_discuss = permissions.can_discuss(case)
    marker = marked_text.marker_for_case(case)
    thread = thread_html.page_thread(case=case, community=membership.community,
                                     page=request.GET.get("page"), marker=marker)
    discussion = thread_html.for_viewer(thread, request=request, case=case,
                                        community=membership.community,
                                        can_moderate=facilitates, can_discuss=can_discuss)
    # The sessions that discussed it, and their summaries: queries only if there were any.
    discussed_at = session_selectors.sessions_discussing(case) if case.on_an_agenda else []
    summaries = meeting_selectors.summaries_of_case(case.pk) if discussed_at else []
    return render(request, "casework/case_detail.html", {
        "membership": membership, "community": membership.community, "case": case,
        "page": thread.page(), "discussion": discussion,
        "sections": marked_text.case_sections(case, marker),
        "barriers": case.barriers_shown,
        "discussed_at": discussed_at, "summaries": summaries,
        "following": case.following,
        "is_author": permissions.is_author(request.user, case),
        "can_edit": permissions.can_edit_case(request.user, case),
        "can_moderate": facilitates,
        "can_escalate": permissions.can_escalate(membership, membership.community_id),
        "override_count": case.visible_override_count,
        "can_discuss": can_discuss,
        "comment_form": CommentForm(),
    })


@login_required
def case_edit(request, slug, pk):
    membership = get_membership_for(request.user, slug)
    case = permissions.get_case_for(membership, pk)
    if not permissions.can_edit_case(request.user, case):
        raise PermissionDenied("Only the author can edit this case.")
    form = CaseForm(request.POST or None, instance=case)
    gated = gate_forms.submit(
        form, texts=CASE_FIELD_LABELS, labels=CASE_FIELD_LABELS,
        allowed_names=[request.POST.get("pseudonym") or case.pseudonym],
        save=lambda reasons: services.case_update(actor=request.user, case=case,
                                                  data=_case_data(form), reasons=reasons))
    if gated.is_saved:
        messages.success(request, "Your changes are saved.")
        return redirect(case)
    return render(request, "casework/case_form.html", {
        "membership": membership, "community": membership.community, "form": form,
        "case": case, **gated.context(),
    })


@login_required
def case_publish(request, slug, pk):
    """The publishing gate: the author sees every finding and fixes it in place, changes
    the draft, or keeps it with a reason."""
    membership = get_membership_for(request.user, slug)
    case = permissions.get_case_for(membership, pk)
    permissions.require_author(request.user, case)
    if case.status != CaseStatus.DRAFT:
        return redirect(case)
    reasons = gate_forms.override_reasons(request.POST) if request.method == "POST" else {}
    fixed = fix_failed = None
    findings = None
    requested = gate_forms.fix_requested(request.POST) if request.method == "POST" else None
    if requested is not None:
        fixed = services.case_finding_fix(actor=request.user, case=case, key=requested[0],
                                          replacement=requested[1])
        fix_failed = fixed is None
        if fixed is not None:
            reasons = gate.carry_reasons(reasons, fixed)
            case.refresh_from_db()
    elif request.method == "POST":
        try:
            services.case_publish(actor=request.user, case=case, reasons=reasons)
        except gate.IdentifiersFound as found:
            findings, reasons = found.findings, found.reasons
            messages.error(request, "Some possible identifiers still need a change or a reason.")
        else:
            messages.success(request, "Your case is published to the community.")
            return redirect(case)
    texts = {field: getattr(case, field) for field in CASE_FIELD_LABELS}
    if findings is None:
        findings = gate.find_known(texts, [case.pseudonym])
    shown = gate.findings_context(texts, CASE_FIELD_LABELS, findings, reasons)
    return render(request, "casework/case_publish.html", {
        "membership": membership, "community": membership.community, "case": case,
        "findings": shown, "finding_count": len(findings), "fixed": fixed,
        "fix_failed": fix_failed,
        "fix_status": gate_forms.fix_status(fixed, bool(fix_failed), bool(findings)),
        "resolved_count": sum(1 for field in shown for item in field["findings"]
                              if item["reason"] and not item["error"]),
    })


@login_required
def case_status(request, slug, pk):
    membership = get_membership_for(request.user, slug)
    case = permissions.get_case_for(membership, pk)
    require_facilitator(membership, case.community_id)
    form = ModerateCaseForm(request.POST or None, initial={"action": request.GET.get("action")})
    if request.method == "POST" and form.is_valid():
        try:
            services.case_moderate(actor=request.user, membership=membership, case=case,
                                   action=form.cleaned_data["action"],
                                   reason=form.cleaned_data["reason"])
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, f"The case is now {case.get_status_display().lower()}.")
            return redirect(case)
    return render(request, "casework/case_status.html", {
        "membership": membership, "community": membership.community, "case": case,
        "form": form,
    })


@login_required
def case_history(request, slug, pk):
    membership = get_membership_for(request.user, slug)
    case = permissions.get_case_for(membership, pk)
    return render(request, "casework/case_history.html", {
        "membership": membership, "community": membership.community, "case": case,
        "revisions": selectors.case_history(case),
    })


@login_required
@require_POST
def case_follow(request, slug, pk):
    membership = get_membership_for(request.user, slug)
    case = permissions.get_case_for(membership, pk)
    following = services.case_follow_set(actor=request.user, case=case,
                                         following=request.POST.get("follow") == "1")
    context = {"case": case, "community": membership.community, "following": following}
    if request.headers.get("HX-Request"):
        return render(request, "casework/case_detail.html#follow_button", context)
    return redirect(case)


@login_required
def barrier_create(request, slug, pk):
    membership = get_membership_for(request.user, slug)
    case = permissions.get_case_for(membership, pk)
    form = BarrierForm(request.POST or None, community=membership.community)
    gated = gate_forms.submit(
        form, texts=BARRIER_TEXT_LABELS, labels=BARRIER_TEXT_LABELS,
        allowed_names=[case.pseudonym],
        save=lambda reasons: services.barrier_create(actor=request.user, case=case,
                                                     data=form.cleaned_data, reasons=reasons))
    if gated.is_saved:
        messages.success(request, "The barrier is recorded.")
        return redirect(case.get_absolute_url() + "#barriers")
    return render(request, "casework/barrier_form.html", {
        "membership": membership, "community": membership.community, "case": case,
        "form": form, **gated.context(),
    })


@login_required
def barrier_edit(request, slug, pk, barrier_pk):
    membership = get_membership_for(request.user, slug)
    case = permissions.get_case_for(membership, pk)
    barrier = permissions.get_barrier_for(case, barrier_pk)
    permissions.require_barrier_editor(request.user, barrier, case)
    form = BarrierForm(request.POST or None, instance=barrier,
                      community=membership.community)
    gated = gate_forms.submit(
        form, texts=BARRIER_TEXT_LABELS, labels=BARRIER_TEXT_LABELS,
        allowed_names=[case.pseudonym],
        save=lambda reasons: services.barrier_update(actor=request.user, barrier=barrier,
                                                     data=form.cleaned_data, reasons=reasons))
    if gated.is_saved:
        messages.success(request, "The barrier is updated.")
        return redirect(case.get_absolute_url() + "#barriers")
    return render(request, "casework/barrier_form.html", {
        "membership": membership, "community": membership.community, "case": case,
        "form": form, "barrier": barrier, **gated.context(),
    })


@login_required
def override_list(request, slug):
    """Every override in the community (facilitators) or the viewer's own; `?case=` narrows
    it to one case the viewer may read (the case page links here)."""
    membership = get_membership_for(request.user, slug)
    see_all = is_facilitator(membership, membership.community_id)  # else only their own
    case_pk = request.GET.get("case", "")
    case = None
    if re.fullmatch(r"[0-9]{1,9}", case_pk):
        case = permissions.get_case_for(membership, int(case_pk))
    return render(request, "casework/override_list.html", {
        "membership": membership, "community": membership.community, "see_all": see_all,
        "case": case,
        "overrides": selectors.overrides_for(membership, all_in_community=see_all, case=case),
    })

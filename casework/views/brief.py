"""The system barriers brief (facilitators): choose the period, pick the examples, download
the PDF. Made in the request and sent at once (it takes well under a second for a
community's year: README "The system barriers brief"); nothing is stored."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render

from members import audit
from members.permissions import get_membership_for

from .. import brief, brief_pdf, permissions
from ..forms import BriefExamplesForm, BriefPeriodForm


def _period(form: BriefPeriodForm) -> brief.Period | None:
    if not form.is_valid():
        return None
    return brief.Period(form.cleaned_data["date_from"], form.cleaned_data["date_to"])


def _render(request, membership, period_form, period, examples_form, terms=None):
    """The form: the period, and the texts of its barriers to pick from."""
    community = membership.community
    candidates = None
    if period is not None:
        candidates = brief.example_candidates(community, period,
                                              terms or brief.scan_terms(community))
    return render(request, "casework/barriers_brief.html", {
        "membership": membership, "community": community, "period_form": period_form,
        "period": period, "candidates": candidates, "examples_form": examples_form,
        "picked": set(examples_form["examples"].value() or []),
        "examples_max": brief.EXAMPLES_MAX,
    })


@login_required
def barriers_brief(request, slug):
    """GET: the period's texts to pick from (?date_from=…&date_to=…, the last twelve months
    unless given). POST: the PDF, once every pick is scanned again and still passes."""
    membership = get_membership_for(request.user, slug)
    community = membership.community
    permissions.require_can_escalate(membership, community.pk)
    default = brief.default_period()
    initial = {"date_from": default.start, "date_to": default.end}
    if request.method != "POST":
        period_form = BriefPeriodForm(request.GET or None, initial=initial)
        period = _period(period_form) if period_form.is_bound else default
        return _render(request, membership, period_form, period, BriefExamplesForm())
    period_form = BriefPeriodForm(request.POST, initial=initial)
    examples_form = BriefExamplesForm(request.POST)
    period = _period(period_form)
    if period is None or not examples_form.is_valid():
        return _render(request, membership, period_form, period, examples_form)
    # Only the picks are read and scanned again (the texts offered are not all scanned
    # once more): any that is not, or no longer, a text that may be used stops the brief.
    terms = brief.scan_terms(community)
    picked = brief.examples_picked(community, period, examples_form.cleaned_data["examples"],
                                   terms)
    if picked.refused:
        examples_form.add_error("examples", "Some of the texts you picked have changed or "
                                            "cannot be used: the identifier check flags "
                                            "something in them. Pick again.")
        return _render(request, membership, period_form, period, examples_form, terms)
    made = brief.brief_make(community, period, picked.examples, terms)
    audit.record(action="barriers.brief", request=request, community=community,
                 detail={"from": period.start.isoformat(), "to": period.end.isoformat(),
                         "examples": len(picked.examples)})
    response = HttpResponse(brief_pdf.brief_pdf(made), content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="system-barriers-{community.slug}-'
        f'{period.start.isoformat()}-to-{period.end.isoformat()}.pdf"')
    return response

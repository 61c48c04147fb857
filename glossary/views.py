"""A community's glossary: the list (searchable, a page at a time), adding and editing a
term through the identifier gate, and removing one (facilitators)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_safe

from cop import gate_forms
from members.permissions import get_membership_for

from . import permissions, selectors, services
from .forms import TermForm

TERMS_PER_PAGE = 50
GATED_LABELS = {"term": "Term", "meaning": "What it means", "source": "Where it comes from"}


@login_required
@require_safe
def glossary(request, slug):
    membership = get_membership_for(request.user, slug)
    community = membership.community
    query = selectors.clean_query(request.GET.get("q", ""))
    can_remove = permissions.can_remove_terms(membership, community.pk)
    page = Paginator(selectors.glossary_for(membership, query, with_overrides=can_remove),
                     TERMS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "glossary/glossary.html", {
        "membership": membership, "community": community, "page": page, "query": query,
        "can_write": permissions.can_write_terms(membership, community.pk),
        "can_remove": can_remove,
    })


def _term_page(request, membership, form, gated, term=None):
    return render(request, "glossary/term_form.html", {
        "membership": membership, "community": membership.community, "form": form,
        "term": term, **gated.context(),
    })


def _back_to_list(slug, term) -> str:
    return reverse("glossary:glossary", args=[slug]) + f"#term-{term.pk}"


@login_required
def term_add(request, slug):
    membership = get_membership_for(request.user, slug)
    permissions.require_term_writer(membership, membership.community_id)
    form = TermForm(request.POST or None)
    gated = gate_forms.submit(
        form, texts=GATED_LABELS, labels=GATED_LABELS, allowed_names=[],
        save=lambda reasons: services.term_add(actor=request.user, membership=membership,
                                               text=form.text(), reasons=reasons))
    if gated.is_saved:
        messages.success(request, f"“{gated.saved.term}” is in the glossary.")
        return redirect(_back_to_list(slug, gated.saved))
    return _term_page(request, membership, form, gated)


@login_required
def term_edit(request, slug, pk):
    membership = get_membership_for(request.user, slug)
    term = permissions.get_term_for(membership, pk)
    permissions.require_term_writer(membership, term.community_id)
    form = TermForm(request.POST or None, initial={
        "term": term.term, "meaning": term.meaning, "source": term.source, "link": term.link})
    gated = gate_forms.submit(
        form, texts=GATED_LABELS, labels=GATED_LABELS, allowed_names=[],
        save=lambda reasons: services.term_update(actor=request.user, membership=membership,
                                                  term=term, text=form.text(),
                                                  reasons=reasons))
    if gated.is_saved:
        messages.success(request, f"“{term.term}” is updated.")
        return redirect(_back_to_list(slug, term))
    return _term_page(request, membership, form, gated, term)


@login_required
def term_remove(request, slug, pk):
    membership = get_membership_for(request.user, slug)
    term = permissions.get_term_for(membership, pk)
    permissions.require_term_remover(membership, term)
    if request.method == "POST":
        services.term_remove(actor=request.user, membership=membership, term=term)
        messages.success(request, f"“{term.term}” is removed from the glossary.")
        return redirect("glossary:glossary", slug=slug)
    return render(request, "glossary/term_remove.html", {
        "membership": membership, "community": membership.community, "term": term,
    })

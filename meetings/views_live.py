"""The run screen (facilitators; the scribe sees its recording part) and the members' live
view, with the small fragment a phone polls every second (docs/PERMISSIONS.md, "Running the
meeting"). Every form is a plain POST that redirects back; htmx swaps the changed part of
the page in place when JavaScript runs."""

from functools import partial

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from cop import gate_forms
from members.permissions import get_membership_for
from sessions_app import permissions as session_permissions
from sessions_app import selectors as session_selectors
from sessions_app.models import AgendaItem

from . import permissions, selectors, services
from .forms_live import EntryForm, ScribeForm
from .models import EntryKind

ENTRY_TEXT = {"text": "What was said"}
# What each button of the run screen does.
CONTROLS = {
    "pause": services.timer_pause,
    "resume": services.timer_resume,
    "extend": partial(services.timer_extend, minutes=2),
    "skip": services.stage_skip,
    "next": services.stage_next,
    "previous": services.stage_previous,
    "end": services.meeting_end,
}
MOVES = {"skip", "next", "previous"}
# Stages whose entries are questions, or recommendations (the form's default kind).
QUESTION_STAGES = {"clarifying", "questions"}


def _session(request, slug, pk):
    membership = get_membership_for(request.user, slug)
    return membership, session_permissions.get_session_for(membership, pk)


def _run_url(session, anchor=""):
    return reverse("meetings:live_run", args=[session.community.slug, session.pk]) + anchor


def _live_url(session):
    return reverse("meetings:live", args=[session.community.slug, session.pk])


def _refused(request, exc):
    messages.error(request, " ".join(exc.messages))


# --- The members' live view -------------------------------------------------------------------


def _follow_context(request, membership, session):
    state = selectors.live_state(session)
    user = request.user
    return {
        "membership": membership, "community": membership.community, "session": session,
        "state": state, "can_run": permissions.can_run(membership, session),
        "presence": selectors.presence_of(session, user) if state.running else None,
        "choices": (selectors.recommendations_for_presenter(state.item, user)
                    if state.running else []),
    }


@login_required
def live(request, slug, pk):
    membership, session = _session(request, slug, pk)
    return render(request, "meetings/live_view.html", _follow_context(request, membership,
                                                                       session))


@login_required
def live_poll(request, slug, pk):
    """The live view's changing part. `v`: the version the phone shows; the same as now,
    204 (htmx leaves the page as it is) after one query that is also the access check.
    `at`: the stage it shows; a different one is announced once, in the page's live
    region."""
    version = selectors.poll_version(request.user, slug, pk)
    if version is None:
        raise Http404("No such session.")
    if request.GET.get("v") == str(version):
        return HttpResponse(status=204)
    membership, session = _session(request, slug, pk)
    context = _follow_context(request, membership, session)
    context["announce"] = request.GET.get("at") != context["state"].key
    return render(request, "meetings/_live_state.html", context)


@login_required
@require_POST
def live_here(request, slug, pk):
    membership, session = _session(request, slug, pk)
    try:
        services.presence_claim(actor=request.user, membership=membership, session=session)
    except ValidationError as exc:
        _refused(request, exc)
    else:
        messages.success(request, "Thank you: a facilitator will confirm you are here.")
    return redirect(_live_url(session))


@login_required
@require_POST
def live_entry_choose(request, slug, pk, entry_pk):
    _membership, session = _session(request, slug, pk)
    entry = selectors.entry_of(session, entry_pk)
    if entry is None:
        raise Http404("No such entry.")
    try:
        services.entry_choose(actor=request.user, session=session, entry=entry,
                              chosen=request.POST.get("chosen") == "1")
    except ValidationError as exc:
        _refused(request, exc)
    return redirect(_live_url(session) + "#choices")


# --- The run screen ---------------------------------------------------------------------------


def _entry_form(request, membership, session, state=None):
    initial = {}
    if state is not None:
        stage_key = state.stage.key if state.stage else ""
        initial = {"item": state.item.pk if state.item else None,
                   "kind": EntryKind.QUESTION if stage_key in QUESTION_STAGES
                   else EntryKind.RECOMMENDATION}
    return EntryForm(request.POST or None, initial=initial,
                     items=AgendaItem.objects.filter(session=session),
                     members=session_selectors.member_users(membership.community))


def _run_context(request, membership, session, state):
    can_run = permissions.can_run(membership, session)
    members = session_selectors.member_users(membership.community)
    context = {
        "membership": membership, "community": membership.community, "session": session,
        "state": state, "can_run": can_run,
        "entries": selectors.entries_of(state.item),
        "entry_form": _entry_form(request, membership, session, state) if state.item
        else None,
    }
    if can_run:
        context |= {
            "claims": selectors.pending_claims(session),
            "register": session_selectors.register(session) if state.running else [],
            "scribe_form": ScribeForm(members=members, initial={
                "scribe": state.live.scribe_id if state.live else None}),
        }
    return context


@login_required
def live_run(request, slug, pk):
    """The facilitator's run screen (the scribe's: its recording part). `?part=state&v=N`:
    its state, buttons and presence claims, which the screen polls (204 while nothing
    changed)."""
    part = request.GET.get("part")
    if part == "state":
        version = selectors.poll_version(request.user, slug, pk)
        if version is not None and request.GET.get("v") == str(version):
            return HttpResponse(status=204)
    membership, session = _session(request, slug, pk)
    state = selectors.live_state(session)
    if not permissions.can_record(membership, session, state.live):
        raise PermissionDenied("Only a facilitator or the scribe can run this session.")
    context = _run_context(request, membership, session, state)
    if part == "state":
        return render(request, "meetings/_live_run_state.html", context)
    return render(request, "meetings/live_run.html", context)


@login_required
@require_POST
def live_start(request, slug, pk):
    membership, session = _session(request, slug, pk)
    try:
        services.meeting_start(actor=request.user, membership=membership, session=session)
    except ValidationError as exc:
        _refused(request, exc)
        return redirect(session)
    return redirect(_run_url(session))


@login_required
@require_POST
def live_control(request, slug, pk):
    membership, session = _session(request, slug, pk)
    permissions.require_runner(membership, session)
    control = CONTROLS.get(request.POST.get("action", ""))
    if control is None:
        messages.error(request, "Choose what to do.")
        return redirect(_run_url(session))
    # Moving between stages names where the screen was, so a double press moves once.
    shown = ({"shown": request.POST.get("shown")}
             if request.POST.get("action") in MOVES and request.POST.get("shown") is not None
             else {})
    try:
        control(actor=request.user, membership=membership, session=session, **shown)
    except ValidationError as exc:
        _refused(request, exc)
    return redirect(_run_url(session))


@login_required
@require_POST
def live_scribe(request, slug, pk):
    membership, session = _session(request, slug, pk)
    permissions.require_runner(membership, session)
    form = ScribeForm(request.POST, members=session_selectors.member_users(membership.community))
    if not form.is_valid():
        messages.error(request, "Choose a member of the community as the scribe.")
        return redirect(_run_url(session))
    try:
        services.scribe_set(actor=request.user, membership=membership, session=session,
                            scribe=form.cleaned_data["scribe"])
    except ValidationError as exc:
        _refused(request, exc)
    return redirect(_run_url(session))


@login_required
def live_entry_add(request, slug, pk):
    """Recorded from the run screen; when the gate finds something, this page shows the
    findings with the form (fixable in place), as every gated form does."""
    membership, session = _session(request, slug, pk)
    state = selectors.live_state(session)
    permissions.require_recorder(membership, session, state.live)
    form = _entry_form(request, membership, session, state)
    gated = gate_forms.submit(
        form, texts=ENTRY_TEXT, labels=ENTRY_TEXT,
        allowed_names=lambda data: ([data["item"].case.pseudonym]
                                    if data.get("item") and data["item"].case else []),
        save=lambda reasons: services.entry_add(
            actor=request.user, membership=membership, session=session,
            item=form.cleaned_data["item"], kind=form.cleaned_data["kind"],
            text=form.cleaned_data["text"], member=form.cleaned_data["member"],
            reasons=reasons))
    if gated.is_saved:
        messages.success(request, "Recorded.")
        return redirect(_run_url(session, "#record"))
    return render(request, "meetings/live_entry.html", {
        "membership": membership, "community": membership.community, "session": session,
        "state": state, "form": form, **gated.context()})


@login_required
@require_POST
def live_entry_remove(request, slug, pk, entry_pk):
    membership, session = _session(request, slug, pk)
    entry = selectors.entry_of(session, entry_pk)
    if entry is None:
        raise Http404("No such entry.")
    services.entry_remove(actor=request.user, membership=membership, session=session,
                          entry=entry)
    messages.success(request, "Removed.")
    return redirect(_run_url(session, "#record"))


@login_required
@require_POST
def live_claim(request, slug, pk, claim_pk):
    membership, session = _session(request, slug, pk)
    permissions.require_runner(membership, session)
    claim = selectors.claim_of(session, claim_pk)
    if claim is None:
        raise Http404("No such claim.")
    try:
        decided = services.presence_decide(
            actor=request.user, membership=membership, session=session, claim=claim,
            confirm=request.POST.get("decision") == "confirm")
    except ValidationError as exc:
        _refused(request, exc)
    else:
        name = claim.user.display_name
        messages.success(request, f"{name} is on the register." if decided.confirmed
                         else f"{name} is not on the register.")
    return redirect(_run_url(session, "#claims"))


@login_required
@require_POST
def live_register(request, slug, pk):
    membership, session = _session(request, slug, pk)
    permissions.require_runner(membership, session)
    chosen = request.POST.get("user", "")
    person = (session_selectors.member_users(membership.community).filter(pk=chosen).first()
              if chosen.isdigit() else None)
    if person is None:
        messages.error(request, "Choose a member of the community.")
        return redirect(_run_url(session, "#register"))
    try:
        services.register_mark(actor=request.user, membership=membership, session=session,
                               user=person, present=request.POST.get("present") == "1")
    except ValidationError as exc:
        _refused(request, exc)
    return redirect(_run_url(session, "#register"))

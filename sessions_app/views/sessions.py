from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from casework import selectors as case_selectors
from cop import gate_forms
from meetings import selectors as meeting_selectors
from members.permissions import get_membership_for, is_facilitator, is_member, require_facilitator

from .. import permissions, selectors, services
from ..forms import (
    ActionPointForm,
    AgendaItemForm,
    CancelForm,
    FollowUpForm,
    RecordForm,
    RepeatForm,
    RSVPForm,
    ScopeForm,
    SeriesForm,
    SessionForm,
)
from ..recurrence import LONDON, Repeat

# The fields of each form that pass the identifier gate, with their labels.
DESCRIPTION = {"title": "Title", "description": "Description"}
NOTES = {"notes": "Notes or minutes"}
AGENDA_TITLE = {"title": "Agenda item"}
ACTION_TEXT = {"text": "Action"}
FOLLOW_UP_MESSAGE = {"message": "Your message"}


def _base(membership, **extra) -> dict:
    return {"membership": membership, "community": membership.community, **extra}


@login_required
def session_create(request, slug):
    membership = get_membership_for(request.user, slug)
    require_facilitator(membership, membership.community_id)
    form = SessionForm(request.POST or None)
    repeat_form = RepeatForm(request.POST or None)
    gated = gate_forms.Gated()
    if request.method == "POST" and form.is_valid() and repeat_form.is_valid():
        repeat = repeat_form.repeat_from(form.cleaned_data["date"])
        if repeat_form.is_valid():  # the weekday agrees with the first date
            def save(reasons):
                if repeat is None:
                    return services.session_create(actor=request.user, membership=membership,
                                                   data=form.cleaned_data, reasons=reasons)
                data = {**form.cleaned_data, "until": repeat_form.cleaned_data.get("until")}
                return services.series_create(actor=request.user, membership=membership,
                                              data=data, repeat=repeat, reasons=reasons)
            gated = gate_forms.submit(form, texts=DESCRIPTION, labels=DESCRIPTION,
                                      allowed_names=[], save=save)
            if gated.is_saved and repeat is None:
                messages.success(request, "The session is scheduled.")
                return redirect(gated.saved)
            if gated.is_saved:
                series = gated.saved
                messages.success(request, f"The series is scheduled: {series.rule_text}.")
                return redirect(series.sessions.order_by("starts_at").first())
    return render(request, "sessions_app/session_form.html",
                  _base(membership, form=form, repeat_form=repeat_form, **gated.context()))


@login_required
def session_detail(request, slug, pk):
    membership = get_membership_for(request.user, slug)
    session = permissions.get_session_for(membership, pk)
    my_rsvp = selectors.rsvp_of(session, request.user)
    is_manager = is_facilitator(membership, session.community_id)
    present = selectors.recorded_present(session, request.user)
    agenda = selectors.agenda(session)
    meeting_selectors.add_meeting_lines(agenda)  # each item's format, and its summary
    return render(request, "sessions_app/session_detail.html", _base(
        membership, session=session, agenda=agenda,
        coming=selectors.coming(session),
        counts=selectors.rsvp_counts(session), my_rsvp=my_rsvp,
        waiting_position=selectors.waiting_position(my_rsvp),
        actions=selectors.action_points(session),
        attendee_count=selectors.attendee_count(session),
        can_manage=is_manager, show_link=is_member(membership, session.community_id),
        can_ask_follow_up=present or permissions.can_ask_for_follow_up(request.user, session),
        recorded_present=present,
        my_follow_up=selectors.follow_up_of(session, request.user),
        is_past=session.starts_at <= timezone.now(),
        materials=selectors.materials_of(session),
    ))


def _session_initial(session) -> dict:
    start = timezone.localtime(session.starts_at, LONDON)
    end = timezone.localtime(session.ends_at, LONDON)
    return {"title": session.title, "date": start.date(), "start_time": start.time(),
            "end_time": end.time(), "venue": session.venue, "online_link": session.online_link,
            "capacity": session.capacity, "description": session.description}


@login_required
def session_edit(request, slug, pk):
    membership = get_membership_for(request.user, slug)
    session = permissions.get_session_for(membership, pk)
    require_facilitator(membership, session.community_id)
    form = SessionForm(request.POST or None, initial=_session_initial(session))
    scope_form = ScopeForm(request.POST or None) if session.series_id else None
    gated = gate_forms.Gated()
    if request.method == "POST" and form.is_valid() and (scope_form is None
                                                         or scope_form.is_valid()):
        scope = scope_form.cleaned_data["scope"] if scope_form else "this"
        gated = gate_forms.submit(
            form, texts=DESCRIPTION, labels=DESCRIPTION, allowed_names=[],
            save=lambda reasons: services.session_update(
                actor=request.user, membership=membership, session=session,
                data=form.cleaned_data, scope=scope, reasons=reasons))
        if gated.is_saved:
            n = len(gated.saved.sessions)
            messages.success(request, f"{n} session{'s' if n > 1 else ''} updated. "
                                      f"{gated.saved.told.sentence()}")
            return redirect(session)
    return render(request, "sessions_app/session_form.html",
                  _base(membership, form=form, scope_form=scope_form, session=session,
                        **gated.context()))


@login_required
def session_cancel(request, slug, pk):
    membership = get_membership_for(request.user, slug)
    session = permissions.get_session_for(membership, pk)
    require_facilitator(membership, session.community_id)
    form = CancelForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            cancelled = services.session_cancel(
                actor=request.user, membership=membership, session=session,
                reason=form.cleaned_data["reason"], scope=form.cleaned_data["scope"])
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            n = len(cancelled.sessions)
            messages.success(request, f"{n} session{'s' if n > 1 else ''} cancelled. "
                                      f"{cancelled.told.sentence()}")
            return redirect(session)
    return render(request, "sessions_app/session_cancel.html",
                  _base(membership, form=form, session=session))


@login_required
@require_POST
def session_rsvp(request, slug, pk):
    membership = get_membership_for(request.user, slug)
    session = permissions.get_session_for(membership, pk)
    form = RSVPForm(request.POST)
    if form.is_valid():
        try:
            services.rsvp_set(actor=request.user, session=session,
                              answer=form.cleaned_data["answer"])
        except ValidationError as exc:
            messages.error(request, exc.messages[0])
    my_rsvp = selectors.rsvp_of(session, request.user)
    if request.headers.get("HX-Request"):
        # The reply, and the list of who is coming (swapped in beside it, out of band).
        return render(request, "sessions_app/rsvp_swap.html", _base(
            membership, session=session, my_rsvp=my_rsvp,
            counts=selectors.rsvp_counts(session), coming=selectors.coming(session),
            waiting_position=selectors.waiting_position(my_rsvp)))
    return _after_reply(request, session)


def _after_reply(request, session):
    """Back to where the reply was given (the "my week" home lists the next sessions with
    a way to reply), if that is a page of this site; else to the session."""
    back = request.POST.get("next", "")
    if back and url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()},
                                                require_https=request.is_secure()):
        return redirect(back)
    return redirect(session)


def _series_initial(series, next_session) -> dict:
    repeat = Repeat.from_rule(series.rule)
    starts_on = (timezone.localtime(next_session.starts_at, LONDON).date() if next_session
                 else timezone.localdate())
    return {"repeat": repeat.frequency if repeat else "", "starts_on": starts_on,
            "weekday": "", "ordinal": "", "start_time": series.start_time,
            "end_time": series.end_time, "until": series.until}


@login_required
def series_edit(request, slug, series_pk):
    """The series' rule, times and last date, from a date on."""
    membership = get_membership_for(request.user, slug)
    series = permissions.get_series_for(membership, series_pk)
    require_facilitator(membership, series.community_id)
    next_session = selectors.next_session_of(series)
    form = SeriesForm(request.POST or None, initial=_series_initial(series, next_session))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            updated = services.series_update(
                actor=request.user, membership=membership, series=series, repeat=data["rule"],
                starts_on=data["starts_on"], start_time=data["start_time"],
                end_time=data["end_time"], until=data["until"])
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, " ".join(filter(None, [
                f"The series is changed: {updated.series.rule_text}.",
                _counted(updated.created, "new session", "added"),
                _counted(updated.removed, "session nobody had replied to", "removed",
                         "sessions nobody had replied to"),
                _counted(updated.cancelled, "session", "cancelled"),
                updated.told.sentence() if updated.told.changed else ""])))
            after = selectors.next_session_of(updated.series)
            return redirect(after) if after else redirect("sessions_app:calendar", slug=slug)
    return render(request, "sessions_app/series_form.html", _base(
        membership, form=form, series=series, next_session=next_session))


def _counted(n: int, one: str, done: str, many: str = "") -> str:
    if not n:
        return ""
    return f"{n} {one if n == 1 else many or one + 's'} {done}."


def _agenda_form(request, membership, item=None):
    initial = {}
    if item is not None:
        initial = {"title": item.title, "minutes": item.minutes,
                   "presenter": item.presenter_id, "case": item.case_id}
    return AgendaItemForm(request.POST or None, initial=initial,
                          members=selectors.member_users(membership.community),
                          cases=case_selectors.discussable_cases(membership.community))


@login_required
def agenda_add(request, slug, pk, item=None):
    membership = get_membership_for(request.user, slug)
    session = permissions.get_session_for(membership, pk)
    require_facilitator(membership, session.community_id)
    form = _agenda_form(request, membership, item)
    gated = gate_forms.submit(
        form, texts=AGENDA_TITLE, labels=AGENDA_TITLE,
        allowed_names=lambda data: [data["case"].pseudonym] if data.get("case") else [],
        save=lambda reasons: services.agenda_item_save(
            actor=request.user, membership=membership, session=session,
            data=form.cleaned_data, item=item, reasons=reasons))
    if gated.is_saved:
        messages.success(request, "The agenda is updated.")
        return redirect(session.get_absolute_url() + "#agenda")
    return render(request, "sessions_app/agenda_form.html",
                  _base(membership, form=form, session=session, item=item, **gated.context()))


@login_required
def agenda_edit(request, slug, pk, item_pk):
    membership = get_membership_for(request.user, slug)
    session = permissions.get_session_for(membership, pk)
    item = selectors.agenda_item(session, item_pk)
    if item is None:
        raise Http404("No such agenda item.")
    return agenda_add(request, slug, pk, item=item)


@login_required
def agenda_delete(request, slug, pk, item_pk):
    membership = get_membership_for(request.user, slug)
    session = permissions.get_session_for(membership, pk)
    item = selectors.agenda_item(session, item_pk)
    if item is None:
        raise Http404("No such agenda item.")
    require_facilitator(membership, session.community_id)
    if request.method == "POST":
        services.agenda_item_delete(actor=request.user, membership=membership, item=item)
        messages.success(request, "The agenda item is removed.")
        return redirect(session.get_absolute_url() + "#agenda")
    return render(request, "sessions_app/agenda_delete.html",
                  _base(membership, session=session, item=item))


@login_required
def session_record(request, slug, pk):
    """The facilitator's record: who came, and the notes."""
    membership = get_membership_for(request.user, slug)
    session = permissions.get_session_for(membership, pk)
    require_facilitator(membership, session.community_id)
    members = list(selectors.active_members(membership.community))
    register = selectors.register(session)
    form = RecordForm(request.POST or None, members=members, initial={
        "attended": [str(r["user"].pk) for r in register if r["attended"]],
        "notes": session.notes})
    gated = gate_forms.submit(
        form, texts=NOTES, labels=NOTES, allowed_names=[],
        save=lambda reasons: services.session_record_save(
            actor=request.user, membership=membership, session=session,
            attended_user_ids=form.cleaned_data["attended"], notes=form.cleaned_data["notes"],
            reasons=reasons))
    if gated.is_saved:
        messages.success(request, "The register and notes are saved.")
        return redirect(session)
    return render(request, "sessions_app/session_record.html",
                  _base(membership, form=form, session=session, register=register,
                        **gated.context()))


@login_required
def action_add(request, slug, pk):
    membership = get_membership_for(request.user, slug)
    session = permissions.get_session_for(membership, pk)
    require_facilitator(membership, session.community_id)
    form = ActionPointForm(request.POST or None,
                           members=selectors.member_users(membership.community))
    gated = gate_forms.submit(
        form, texts=ACTION_TEXT, labels=ACTION_TEXT, allowed_names=[],
        save=lambda reasons: services.action_point_add(
            actor=request.user, membership=membership, session=session, reasons=reasons,
            **form.cleaned_data))
    if gated.is_saved:
        messages.success(request, "The action point is added.")
        return redirect(session.get_absolute_url() + "#actions")
    return render(request, "sessions_app/action_form.html",
                  _base(membership, form=form, session=session, **gated.context()))


@login_required
@require_POST
def action_done(request, slug, pk, action_pk):
    membership = get_membership_for(request.user, slug)
    session = permissions.get_session_for(membership, pk)
    action = selectors.action_point(session, action_pk)
    if action is None:
        raise Http404("No such action point.")
    services.action_point_set_done(actor=request.user, membership=membership, action=action,
                                   done=request.POST.get("done") == "1")
    return redirect(session.get_absolute_url() + "#actions")


@login_required
def follow_up_request(request, slug, pk):
    membership = get_membership_for(request.user, slug)
    session = permissions.get_session_for(membership, pk)
    if not permissions.can_ask_for_follow_up(request.user, session):
        raise PermissionDenied("Follow-ups are for people who attended the session.")
    form = FollowUpForm(request.POST or None)
    gated = gate_forms.submit(
        form, texts=FOLLOW_UP_MESSAGE, labels=FOLLOW_UP_MESSAGE, allowed_names=[],
        save=lambda reasons: services.follow_up_request(
            actor=request.user, session=session, message=form.cleaned_data["message"],
            reasons=reasons))
    if gated.is_saved:
        messages.success(request, "Thank you. A facilitator will get in touch with you.")
        return redirect(session)
    return render(request, "sessions_app/follow_up_form.html",
                  _base(membership, form=form, session=session, **gated.context()))


@login_required
def follow_up_list(request, slug):
    membership = get_membership_for(request.user, slug)
    require_facilitator(membership, membership.community_id)
    return render(request, "sessions_app/follow_up_list.html", _base(
        membership, requests=selectors.follow_ups(membership.community)))


@login_required
@require_POST
def follow_up_handled(request, slug, request_pk):
    membership = get_membership_for(request.user, slug)
    require_facilitator(membership, membership.community_id)
    follow_up = selectors.follow_up(membership.community, request_pk)
    if follow_up is None:
        raise Http404("No such request.")
    services.follow_up_mark_handled(actor=request.user, membership=membership,
                                    follow_up=follow_up)
    return redirect("sessions_app:follow_up_list", slug=slug)

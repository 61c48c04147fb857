"""What happens to sessions_app's data (see cop/lifecycle.py).

- Removal from a community: the person's replies to its sessions still to come are
  forgotten, and the places given up go to the first people waiting (who are told).
- Closing an account: places at sessions still to come are given up (the first person
  waiting gets each one, and is told) and those replies forgotten, whether or not the
  person is still a member there; the calendar feed's secret address changes. Past
  replies, attendance, action points, follow-up requests and library items stay, shown
  as "Former member"; but library files still held by the identifier gate (never shared,
  and no one else could confirm them) are deleted with their findings.
- "Download my data": sessions.json (replies, attendance, action points, follow-up
  requests, library items added, with whether each is held, its findings still to check
  and the reasons given to keep a title's or summary's finding); has_calendar_feed in
  profile.json.
- Retention: agenda items that took the title of a case being redacted lose it too, and
  so do the identifier overrides about them (their flagged words, kept by casework); a
  library file held for longer than HELD_MATERIAL_DAYS is deleted (its excerpts of
  possible identifiers with it).
"""

from datetime import timedelta
from functools import partial

from django.db import transaction

from casework import services as casework_services
from cop import lifecycle
from members.lifecycle import community_json

from .calendars import calendar_feed_reset
from .models import (
    RSVP,
    ActionPoint,
    AgendaItem,
    Attendance,
    CalendarFeed,
    FollowUpRequest,
    Material,
    Session,
    SessionStatus,
)
from .services import promote_waiting

# --- Closing an account -----------------------------------------------------------------------


def _leave_upcoming_sessions(user, now, community_id=None) -> None:
    """Forget the person's replies to sessions still to come (of one community, or all)."""
    upcoming = Session.objects.filter(status=SessionStatus.SCHEDULED, starts_at__gt=now,
                                      rsvps__user=user)
    if community_id is not None:
        upcoming = upcoming.filter(community_id=community_id)
    # Locked in order, one reply at a time as in rsvp_set, so a place is never given twice.
    for session in upcoming.select_for_update(of=("self",)).select_related("community") \
            .order_by("pk"):
        rsvp = RSVP.objects.get(session=session, user=user)
        rsvp.delete()
        if rsvp.has_place:
            promote_waiting(session)


def membership_removed(user, community_id, now) -> None:
    _leave_upcoming_sessions(user, now, community_id)


HELD_MATERIAL_DAYS = 90  # a held library file not confirmed or replaced by then goes


def _delete_materials(materials) -> int:
    """Delete materials and, once committed, their stored files."""
    stored = [(m.file.storage, m.file.name) for m in materials if m.file]
    Material.objects.filter(pk__in=[m.pk for m in materials]).delete()
    for storage, name in stored:
        transaction.on_commit(partial(storage.delete, name))
    return len(materials)


def close_account(user, now) -> dict:
    _leave_upcoming_sessions(user, now)
    calendar_feed_reset(actor=user)
    held = list(Material.objects.filter(uploaded_by=user, held=True).only("id", "file"))
    return {"held_library_files_deleted": _delete_materials(held)}


def delete_long_held_materials(now) -> int:
    held = list(Material.objects.filter(
        held=True, created_at__lt=now - timedelta(days=HELD_MATERIAL_DAYS)).only("id", "file"))
    return _delete_materials(held)


# --- "Download my data" -----------------------------------------------------------------------


def _session_json(session) -> dict:
    return {"title": session.title, "community": community_json(session.community),
            "starts_at": session.starts_at, "ends_at": session.ends_at,
            "status": session.status}


def sessions(user) -> dict:
    related = ("session", "session__community")
    return {
        "rsvps": [
            {"session": _session_json(r.session), "answer": r.get_answer_display(),
             "on_waiting_list": r.waitlisted, "asked_at": r.asked_at, "updated_at": r.updated_at}
            for r in RSVP.objects.filter(user=user).select_related(*related)
            .order_by("session__starts_at", "pk")
        ],
        "attendance": [
            {"session": _session_json(a.session), "recorded_at": a.recorded_at}
            for a in Attendance.objects.filter(user=user).select_related(*related)
            .order_by("session__starts_at", "pk")
        ],
        "action_points_you_own": [
            {"session": _session_json(a.session), "text": a.text, "due_on": a.due_on,
             "done": a.done, "done_at": a.done_at, "created_at": a.created_at}
            for a in ActionPoint.objects.filter(owner=user).select_related(*related)
            .order_by("created_at", "pk")
        ],
        "follow_up_requests": [
            {"session": _session_json(f.session), "message": f.message,
             "created_at": f.created_at, "picked_up_at": f.handled_at}
            for f in FollowUpRequest.objects.filter(user=user).select_related(*related)
            .order_by("created_at", "pk")
        ],
        "library_items_you_added": [
            {"community": community_json(m.community), "title": m.title, "summary": m.summary,
             "url": m.url, "filename": m.filename, "created_at": m.created_at,
             "held_until_you_check_it": m.held,
             "possible_identifiers": [
                 {"kind": f.label, "reason": f.reason, "text": f.text,
                  "confirmed_at": f.confirmed_at} for f in m.findings.all()],
             "identifier_warnings_you_overrode": [
                 {"field": o.field, "kind": o.kind, "flagged_text": o.flagged_text,
                  "reason": o.reason, "created_at": o.created_at}
                 for o in m.overrides.all() if o.user_id == user.pk]}
            for m in Material.objects.filter(uploaded_by=user).select_related("community")
            .prefetch_related("findings", "overrides").order_by("created_at", "pk")
        ],
    }


def profile_fields(user) -> dict:
    return {"has_calendar_feed": CalendarFeed.objects.filter(user=user).exists()}


EXPORT_FILES = [
    lifecycle.ExportFile(
        "sessions.json", sessions,
        "Your replies to sessions (going, maybe, not going), the sessions you were "
        "recorded as attending, action points you own, follow-up requests you made and "
        "library items you added."),
]


# --- Retention --------------------------------------------------------------------------------


def on_redacted(model, titles, notice) -> None:
    """An agenda item that took a redacted case's title says so no longer."""
    if AgendaItem._meta.get_field("case").related_model is not model:
        return
    for case_id, title in titles.items():
        items = AgendaItem.objects.filter(case_id=case_id, title__iexact=title)
        casework_services.overrides_redact_about(items.only("pk"))
        items.update(title=notice)


def register() -> None:
    lifecycle.register(lifecycle.Lifecycle(
        app="sessions_app", close_account=close_account,
        membership_removed=membership_removed, export_files=EXPORT_FILES,
        profile_fields=profile_fields, on_redacted=on_redacted,
        retention=[lifecycle.RetentionStep("held_library_files_deleted",
                                           delete_long_held_materials)]))

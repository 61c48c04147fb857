"""Scheduling, series, RSVPs and waiting lists, agenda, the record and follow-ups."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone

from members.models import Notification, NotificationKind, Role
from sessions_app import services
from sessions_app.models import (
    RSVP,
    AgendaItem,
    Attendance,
    FollowUpRequest,
    Session,
    SessionSeries,
    SessionStatus,
)

from .factories import join, make_case, make_session, make_user
from .helpers import queries_for

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")


def form(day, start="14:00", end="16:00", **extra):
    return {"title": "Community of practice", "date": day.isoformat(), "start_time": start,
            "end_time": end, "venue": "Civic Hall", "online_link": "", "capacity": "",
            "description": "", **extra}


def url(name, session, *extra):
    return reverse(f"sessions_app:{name}", args=[session.community.slug, session.pk, *extra])


# --- Access ---------------------------------------------------------------------------------

def session_urls(session):
    return [("get", url("session_detail", session)), ("get", url("session_edit", session)),
            ("post", url("session_edit", session)), ("get", url("session_cancel", session)),
            ("post", url("session_cancel", session)), ("post", url("session_rsvp", session)),
            ("get", url("agenda_add", session)), ("post", url("agenda_add", session)),
            ("get", url("session_record", session)), ("post", url("session_record", session)),
            ("get", url("action_add", session)), ("get", url("follow_up_request", session)),
            ("get", reverse("sessions_app:session_create", args=[session.community.slug])),
            ("get", reverse("sessions_app:follow_up_list", args=[session.community.slug]))]


@pytest.mark.parametrize("viewer", ["outsider", "former_member", "evaluator", "site_admin"])
def test_everything_of_a_session_is_404_outside_the_community(client, request, community,
                                                              viewer):
    session = make_session(community)
    client.force_login(request.getfixturevalue(viewer))
    for method, target in session_urls(session):
        response = getattr(client, method)(target, {"answer": "going", "reason": "x"}
                                           if method == "post" else None)
        assert response.status_code == 404, (viewer, method, target)
    assert not RSVP.objects.exists()
    session.refresh_from_db()
    assert session.status == SessionStatus.SCHEDULED


def test_members_cannot_schedule_edit_or_cancel(client, community, member):
    session = make_session(community)
    client.force_login(member)
    create = reverse("sessions_app:session_create", args=[community.slug])
    assert client.post(create, form(date(2027, 1, 12))).status_code == 403
    assert client.post(url("session_edit", session), form(date(2027, 1, 12))).status_code == 403
    assert client.post(url("session_cancel", session), {"scope": "this"}).status_code == 403
    assert client.get(url("session_record", session)).status_code == 403
    assert client.get(reverse("sessions_app:follow_up_list",
                              args=[community.slug])).status_code == 403
    assert Session.objects.count() == 1
    session.refresh_from_db()
    assert session.status == SessionStatus.SCHEDULED


def test_members_see_the_online_link_on_the_session_page(client, community, member):
    session = make_session(community, online_link="https://meet.example.org/abc-secret")
    client.force_login(member)
    assert "abc-secret" in client.get(session.get_absolute_url()).text


# --- Scheduling and series -------------------------------------------------------------------

def test_facilitator_schedules_one_session_in_london_time(client, community, facilitator):
    client.force_login(facilitator)
    response = client.post(reverse("sessions_app:session_create", args=[community.slug]),
                           form(date(2027, 7, 6)))
    session = Session.objects.get()
    assert response["Location"] == session.get_absolute_url()
    assert session.starts_at == datetime(2027, 7, 6, 13, 0, tzinfo=ZoneInfo("UTC"))  # BST
    assert session.community == community and session.created_by == facilitator


def test_end_before_start_is_refused(client, community, facilitator):
    client.force_login(facilitator)
    response = client.post(reverse("sessions_app:session_create", args=[community.slug]),
                           form(date(2027, 7, 6), start="16:00", end="14:00"))
    assert response.status_code == 200
    assert "must end after it starts" in response.text
    assert not Session.objects.exists()


def test_monthly_series_on_the_second_tuesday_across_the_clock_change(client, community,
                                                                       facilitator, settings):
    settings.SESSION_SERIES_HORIZON_DAYS = 3650
    client.force_login(facilitator)
    client.post(reverse("sessions_app:session_create", args=[community.slug]), {
        **form(date(2027, 1, 12)), "repeat": "monthly", "weekday": "TU", "ordinal": "2",
        "until": "2027-06-30"})
    series = SessionSeries.objects.get()
    assert series.rule_text == "monthly on the second Tuesday, 14:00 to 16:00"
    starts = [timezone.localtime(s.starts_at, LONDON) for s in series.sessions.all()]
    assert [s.date() for s in starts] == [date(2027, 1, 12), date(2027, 2, 9), date(2027, 3, 9),
                                          date(2027, 4, 13), date(2027, 5, 11),
                                          date(2027, 6, 8)]
    assert {s.time() for s in starts} == {time(14, 0)}
    utc_hours = {s.starts_at.astimezone(ZoneInfo("UTC")).hour for s in series.sessions.all()}
    assert utc_hours == {14, 13}  # GMT in winter, BST from April
    assert services.series_generate(series) == 0, "running again creates nothing"


def test_fortnightly_series_in_plain_words(community, facilitator):
    membership = facilitator.memberships.get()
    from sessions_app.recurrence import Repeat

    today = timezone.localdate()
    thursday = today + timedelta(days=(3 - today.weekday()) % 7)
    series = services.series_create(
        actor=facilitator, membership=membership, repeat=Repeat("fortnightly", "TH"),
        data={"title": "Reflective practice", "date": thursday,
              "start_time": time(10), "end_time": time(11, 30), "venue": "Online",
              "until": thursday + timedelta(days=40)})
    assert series.rule_text == "every two weeks on Thursday, 10:00 to 11:30"
    days = [timezone.localtime(s.starts_at, LONDON) for s in series.sessions.all()]
    assert all(d.weekday() == 3 for d in days) and len(days) == 3
    assert all((b - a).days == 14 for a, b in zip(days, days[1:], strict=False))


def series_of(community, facilitator, n=4):
    from sessions_app.recurrence import Repeat

    start = timezone.localdate() + timedelta(days=1)
    return services.series_create(
        actor=facilitator, membership=facilitator.memberships.get(community=community),
        repeat=Repeat("weekly", ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][start.weekday()]),
        data={"title": "Weekly huddle", "date": start, "start_time": time(9),
              "end_time": time(10), "venue": "Room 1",
              "until": start + timedelta(weeks=n - 1)})


def test_edit_this_session_only_raises_its_sequence(client, community, facilitator):
    series = series_of(community, facilitator)
    first, second = series.sessions.order_by("starts_at")[:2]
    client.force_login(facilitator)
    day = timezone.localtime(first.starts_at, LONDON).date()
    client.post(url("session_edit", first), {**form(day, "09:30", "10:30"),
                                             "title": "Weekly huddle", "scope": "this"})
    first.refresh_from_db()
    second.refresh_from_db()
    assert timezone.localtime(first.starts_at, LONDON).time() == time(9, 30)
    assert first.sequence == 1
    assert timezone.localtime(second.starts_at, LONDON).time() == time(9, 0)
    assert second.sequence == 0


def test_edit_this_and_all_later_sessions(client, community, facilitator):
    series = series_of(community, facilitator)
    sessions = list(series.sessions.order_by("starts_at"))
    client.force_login(facilitator)
    day = timezone.localtime(sessions[1].starts_at, LONDON).date()
    client.post(url("session_edit", sessions[1]), {**form(day, "11:00", "12:00"),
                                                   "title": "Weekly huddle",
                                                   "venue": "Room 9", "scope": "future"})
    for s in sessions:
        s.refresh_from_db()
    assert sessions[0].venue == "Room 1"
    assert [s.venue for s in sessions[1:]] == ["Room 9"] * 3
    assert {timezone.localtime(s.starts_at, LONDON).time() for s in sessions[1:]} == {time(11)}
    assert [timezone.localtime(s.starts_at, LONDON).weekday() for s in sessions] == \
        [timezone.localtime(sessions[0].starts_at, LONDON).weekday()] * 4, "dates stay"
    series.refresh_from_db()
    assert series.venue == "Room 9" and series.start_time == time(11)


def test_cancel_one_or_the_rest_of_a_series(client, community, facilitator, member,
                                             django_capture_on_commit_callbacks):
    series = series_of(community, facilitator)
    sessions = list(series.sessions.order_by("starts_at"))
    RSVP.objects.create(session=sessions[0], user=member, answer="not_going")
    client.force_login(facilitator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("session_cancel", sessions[0]), {"scope": "this", "reason": "Snow"})
    sessions[0].refresh_from_db()
    assert sessions[0].status == SessionStatus.CANCELLED and sessions[0].sequence == 1
    assert not Notification.objects.filter(user=member).exists(), "they had declined"

    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("session_cancel", sessions[2]), {"scope": "rest", "reason": ""})
    statuses = [s.status for s in Session.objects.filter(series=series).order_by("starts_at")]
    assert statuses == ["cancelled", "scheduled", "cancelled", "cancelled"]
    series.refresh_from_db()
    assert series.ended_at is not None
    assert services.series_generate(series) == 0
    # Two sessions cancelled at once: one notification, naming both dates.
    note = Notification.objects.get(user=member, kind=NotificationKind.SESSION_CHANGE)
    for s in sessions[2:]:
        assert f"{timezone.localtime(s.starts_at, LONDON).day} " in note.text
    assert note.text.endswith(": cancelled."), note.text


# --- RSVP and waiting list ---------------------------------------------------------------------

def test_going_on_a_full_session_joins_the_waiting_list_and_a_freed_place_is_given(
        client, community, member, django_capture_on_commit_callbacks):
    session = make_session(community, capacity=1)
    first, second, third = member, make_user(), make_user()
    for user in (second, third):
        join(user, community)
    for user in (first, second, third):
        client.force_login(user)
        client.post(url("session_rsvp", session), {"answer": "going"})
    rsvps = {r.user_id: r for r in RSVP.objects.all()}
    assert not rsvps[first.pk].waitlisted
    assert rsvps[second.pk].waitlisted and rsvps[third.pk].waitlisted
    client.force_login(third)
    page = client.get(session.get_absolute_url()).text
    assert "number 2 on the waiting list" in page

    client.force_login(first)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("session_rsvp", session), {"answer": "not_going"},
                    HTTP_HX_REQUEST="true")
    rsvps = {r.user_id: r for r in RSVP.objects.all()}
    assert not rsvps[second.pk].waitlisted, "the first person waiting gets the place"
    assert rsvps[third.pk].waitlisted
    note = Notification.objects.get(kind=NotificationKind.SESSION_PLACE)
    assert note.user == second


def test_rsvp_answers_without_reload(client, community, member):
    session = make_session(community)
    client.force_login(member)
    response = client.post(url("session_rsvp", session), {"answer": "maybe"},
                           HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert 'id="rsvp"' in response.text and "Your answer: maybe." in response.text
    assert "<html" not in response.text


def test_raising_the_capacity_lets_people_in_from_the_waiting_list(community, facilitator,
                                                                    member):
    session = make_session(community, capacity=1)
    services.rsvp_set(actor=facilitator, session=session, answer="going")
    services.rsvp_set(actor=member, session=session, answer="going")
    assert RSVP.objects.get(user=member).waitlisted
    day = timezone.localtime(session.starts_at, LONDON).date()
    services.session_update(actor=facilitator, membership=facilitator.memberships.get(),
                            session=session,
                            data={"title": session.title, "date": day, "start_time": time(14),
                                  "end_time": time(16), "venue": session.venue,
                                  "online_link": "", "capacity": 2, "description": ""})
    assert not RSVP.objects.get(user=member).waitlisted


# --- Agenda and record ---------------------------------------------------------------------------

def test_agenda_offers_cases_marked_for_discussion_first_and_the_case_shows_it(
        client, community, facilitator, member):
    plain = make_case(community, member, title="A plain case")
    marked = make_case(community, member, title="Please discuss", for_discussion=True)
    session = make_session(community)
    client.force_login(facilitator)
    page = client.get(url("agenda_add", session)).text
    assert page.index("Please discuss (marked for discussion)") < page.index("A plain case")
    client.post(url("agenda_add", session), {"title": "Case discussion", "minutes": "30",
                                             "presenter": member.pk, "case": marked.pk})
    item = AgendaItem.objects.get()
    assert (item.case, item.presenter, item.minutes) == (marked, member, 30)
    session.refresh_from_db()
    assert session.sequence == 1
    case_page = client.get(marked.get_absolute_url()).text
    assert "Discussed at" in case_page and session.get_absolute_url() in case_page
    assert plain.get_absolute_url() not in client.get(session.get_absolute_url()).text


def test_agenda_refuses_a_case_from_another_community(client, community, other_community,
                                                      facilitator, outsider):
    foreign = make_case(other_community, outsider)
    session = make_session(community)
    client.force_login(facilitator)
    response = client.post(url("agenda_add", session), {"title": "x", "case": foreign.pk})
    assert response.status_code == 200 and not AgendaItem.objects.exists()


def test_register_notes_and_action_points(client, community, facilitator, member):
    session = make_session(community, days=-1)
    client.force_login(facilitator)
    client.post(url("session_record", session), {"attended": [member.pk, facilitator.pk],
                                                  "notes": "We agreed to **escalate**."})
    assert set(Attendance.objects.values_list("user_id", flat=True)) == {member.pk,
                                                                         facilitator.pk}
    client.post(url("session_record", session), {"attended": [member.pk], "notes": "x"})
    assert list(Attendance.objects.values_list("user_id", flat=True)) == [member.pk]
    client.post(url("action_add", session), {"text": "Write to the housing director",
                                             "owner": member.pk, "due_on": "2027-01-15"})
    action = session.actions.get()
    client.force_login(member)  # the owner ticks it off
    client.post(url("action_done", session, action.pk), {"done": "1"})
    action.refresh_from_db()
    assert action.done and action.done_at


def test_saving_the_register_again_keeps_those_who_have_left(client, community, facilitator,
                                                             member, former_member):
    session = make_session(community, days=-1)
    Attendance.objects.create(session=session, user=former_member)  # there, then left
    client.force_login(facilitator)
    client.post(url("session_record", session), {"attended": [member.pk], "notes": "x"})
    assert set(Attendance.objects.values_list("user_id", flat=True)) == {member.pk,
                                                                         former_member.pk}


def test_follow_up_requests_are_private_to_facilitators(client, community, facilitator,
                                                        member):
    session = make_session(community, days=-1)
    Attendance.objects.create(session=session, user=member)
    bystander = make_user()
    join(bystander, community)
    client.force_login(bystander)
    assert client.get(url("follow_up_request", session)).status_code == 403  # not there
    client.force_login(member)
    client.post(url("follow_up_request", session), {"message": "That case stayed with me."})
    request = FollowUpRequest.objects.get()
    assert request.user == member
    page = client.get(reverse("sessions_app:follow_up_list", args=[community.slug]))
    assert page.status_code == 403
    client.force_login(facilitator)
    page = client.get(reverse("sessions_app:follow_up_list", args=[community.slug])).text
    assert "That case stayed with me." in page and "Max Member" in page
    client.post(reverse("sessions_app:follow_up_handled", args=[community.slug, request.pk]))
    request.refresh_from_db()
    assert request.handled_by == facilitator


def test_moving_a_session_sends_its_reminders_again_for_the_new_time(community, facilitator,
                                                                     member):
    from sessions_app.models import Reminder

    session = make_session(community, days=1)
    Reminder.objects.create(session=session, user=member, kind="session-1440",
                            due_at=session.starts_at - timedelta(days=1), status="sent")
    data = {"title": session.title, "venue": session.venue, "online_link": "",
            "capacity": None, "description": "", "start_time": time(16), "end_time": time(17),
            "date": timezone.localtime(session.starts_at, LONDON).date()}
    services.session_update(actor=facilitator, membership=facilitator.memberships.get(),
                            session=session, data={**data, "start_time": time(14),
                                                   "end_time": time(16)})
    assert Reminder.objects.count() == 1, "same time: reminders stand"
    services.session_update(actor=facilitator, membership=facilitator.memberships.get(),
                            session=session, data=data)
    assert not Reminder.objects.exists()


def test_ended_sessions_are_marked_completed(community):
    past = make_session(community, days=-1)
    future = make_session(community, days=1)
    cancelled = make_session(community, days=-2, status=SessionStatus.CANCELLED)
    assert services.sessions_complete_ended() == 1
    past.refresh_from_db()
    future.refresh_from_db()
    cancelled.refresh_from_db()
    assert past.status == SessionStatus.COMPLETED and past.completed_at
    assert future.status == SessionStatus.SCHEDULED
    assert cancelled.status == SessionStatus.CANCELLED


def test_session_page_queries_do_not_grow(client, community, facilitator):
    session = make_session(community, days=-1)
    client.force_login(facilitator)

    def grow(n):
        for i in range(n):
            user = make_user()
            join(user, community, Role.MEMBER)
            RSVP.objects.create(session=session, user=user, answer="going")
            Attendance.objects.create(session=session, user=user)
            AgendaItem.objects.create(session=session, title=f"Item {i}", presenter=user,
                                      position=i)
            session.actions.create(text=f"Action {i}", owner=user)

    grow(2)
    small = {name: queries_for(client, url(name, session))
             for name in ("session_detail", "session_record")}
    grow(20)
    for name, n in small.items():
        assert queries_for(client, url(name, session)) == n, name
    assert small["session_detail"] <= 16


def test_a_facilitator_elsewhere_cannot_run_this_communitys_sessions(community, other_community):
    """Services check the session's community, as casework checks the case's."""
    elsewhere = join(make_user(display_name="Fay Elsewhere"), other_community, Role.FACILITATOR)
    session = make_session(community)
    with pytest.raises(PermissionDenied):
        services.session_cancel(actor=elsewhere.user, membership=elsewhere, session=session,
                                reason="Not mine to cancel.")
    with pytest.raises(PermissionDenied):
        services.action_point_add(actor=elsewhere.user, membership=elsewhere, session=session,
                                  text="Not mine to add.")
    session.refresh_from_db()
    assert session.status == SessionStatus.SCHEDULED and not session.actions.exists()

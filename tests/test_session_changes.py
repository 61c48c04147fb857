"""Issue 14's sessions faults: a series from its first date, an editable series rule that
its description follows, a change told once to those coming (and only them), who is coming,
the waiting list seen as such, and follow-up requests reaching the facilitators."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone

from cop.outbox.models import OutboxMessage
from members import deliveries
from members.models import Notification, NotificationKind, Role
from sessions_app import services
from sessions_app.models import RSVP, FollowUpRequest, Session, SessionSeries, SessionStatus
from sessions_app.recurrence import (
    FirstDateMismatch,
    Repeat,
    dates_in_words,
    repeat_from,
)

from .factories import join, make_agency, make_members, make_session, make_user
from .helpers import next_weekday, queries_for

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")
CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def local(moment) -> datetime:
    return timezone.localtime(moment, LONDON)


def weekly_series(facilitator, *, weeks=5, capacity=None, first=None):
    first = first or next_weekday(3)
    return services.series_create(
        actor=facilitator, membership=facilitator.memberships.get(),
        repeat=Repeat("weekly", CODES[first.weekday()]),
        data={"title": "Weekly huddle", "date": first, "start_time": time(10),
              "end_time": time(11), "venue": "Room 1", "capacity": capacity,
              "until": first + timedelta(weeks=weeks - 1)})


def edit_data(session, **changes):
    start = local(session.starts_at)
    return {"title": session.title, "date": start.date(), "start_time": start.time(),
            "end_time": local(session.ends_at).time(), "venue": session.venue,
            "online_link": session.online_link, "capacity": session.capacity,
            "description": session.description, **changes}


def edit_form(session, **changes):
    data = edit_data(session, **changes)
    return {**{k: "" if v is None else v for k, v in data.items()},
            "date": data["date"].isoformat(), "start_time": f"{data['start_time']:%H:%M}",
            "end_time": f"{data['end_time']:%H:%M}"}


def emails_queued() -> int:
    return OutboxMessage.objects.filter(kind=deliveries.NOTIFICATION_EMAIL).count()


# --- The first date is the first session ------------------------------------------------------

def test_the_weekday_and_which_one_come_from_the_first_date():
    assert repeat_from("monthly", date(2027, 1, 7)) == Repeat("monthly", "TH", 1)
    assert repeat_from("weekly", date(2027, 1, 7)) == Repeat("weekly", "TH")
    assert repeat_from("monthly", date(2027, 1, 29)) == Repeat("monthly", "FR", -1)  # a 5th
    assert repeat_from("monthly", date(2027, 1, 28), ordinal=-1) == Repeat("monthly", "TH", -1)
    assert repeat_from("monthly", date(2027, 1, 12), "TU", 2) == Repeat("monthly", "TU", 2)


def test_a_weekday_or_which_one_not_the_first_date_s_is_refused_saying_why():
    with pytest.raises(FirstDateMismatch, match="7 January 2027 is a Thursday, not a Monday"
                       ) as mismatch:
        repeat_from("monthly", date(2027, 1, 7), "MO")
    assert mismatch.value.field == "weekday"
    with pytest.raises(FirstDateMismatch, match="the first Thursday of January, not the second"
                       ) as mismatch:
        repeat_from("monthly", date(2027, 1, 7), ordinal=2)
    assert mismatch.value.field == "ordinal"
    with pytest.raises(FirstDateMismatch):
        repeat_from("monthly", date(2027, 1, 21), ordinal=-1)  # the third, not the last


def test_the_newcomer_s_series_starts_on_thursday_7_january(client, community, facilitator):
    """The issue's case: first date Thursday 7 January, the weekday left as it is."""
    client.force_login(facilitator)
    create = reverse("sessions_app:session_create", args=[community.slug])
    form = {"title": "Case discussion", "date": "2027-01-07", "start_time": "14:00",
            "end_time": "16:00", "venue": "Civic Hall", "online_link": "", "capacity": "",
            "description": "", "repeat": "monthly", "until": "2027-04-30"}
    refused = client.post(create, {**form, "weekday": "MO"})
    assert refused.status_code == 200 and not Session.objects.exists()
    assert "7 January 2027 is a Thursday, not a Monday" in refused.text

    response = client.post(create, {**form, "weekday": "", "ordinal": ""})
    series = SessionSeries.objects.get()
    days = [local(s.starts_at).date() for s in series.sessions.order_by("starts_at")]
    assert days == [date(2027, 1, 7), date(2027, 2, 4), date(2027, 3, 4), date(2027, 4, 1)]
    assert series.rule_text == "monthly on the first Thursday, 14:00 to 16:00"
    assert response["Location"] == series.sessions.order_by("starts_at").first(
        ).get_absolute_url()


def test_the_service_refuses_a_rule_that_skips_the_first_date(community, facilitator):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError, match="is not monthly on the second Tuesday"):
        services.series_create(
            actor=facilitator, membership=facilitator.memberships.get(),
            repeat=Repeat("monthly", "TU", 2),
            data={"title": "x", "date": date(2027, 1, 7), "start_time": time(14),
                  "end_time": time(16)})
    assert not SessionSeries.objects.exists()


# --- Date and time fields show their values -----------------------------------------------------

def test_the_edit_form_shows_the_date_and_times_as_the_browser_needs_them(client, community,
                                                                          facilitator):
    day = timezone.localdate() + timedelta(days=20)
    session = make_session(community, days=20, hours=2.5, title="Case discussion")
    client.force_login(facilitator)
    page = client.get(reverse("sessions_app:session_edit", args=[community.slug, session.pk]))
    assert f'value="{day.isoformat()}"' in page.text
    assert 'value="14:00"' in page.text and 'value="16:30"' in page.text
    # Posted back as shown, it saves.
    response = client.post(reverse("sessions_app:session_edit",
                                   args=[community.slug, session.pk]), edit_form(session))
    assert response.status_code == 302


# --- One edit: those coming are told once, with what changed ------------------------------------

def test_a_series_edit_tells_those_coming_and_waiting_once_each(
        client, community, facilitator, django_capture_on_commit_callbacks):
    series = weekly_series(facilitator, capacity=2)
    sessions = list(series.sessions.order_by("starts_at"))
    ann, ben, cal, dee, eve = make_members(community, 5)
    quiet = make_members(community, 36)  # 41 members besides the facilitator
    for s in sessions[:3]:
        services.rsvp_set(actor=ann, session=s, answer="going")
    services.rsvp_set(actor=ben, session=sessions[1], answer="going")
    services.rsvp_set(actor=cal, session=sessions[1], answer="going")  # full: waiting
    services.rsvp_set(actor=dee, session=sessions[2], answer="maybe")
    services.rsvp_set(actor=eve, session=sessions[0], answer="not_going")
    assert RSVP.objects.get(user=cal).waitlisted
    client.force_login(facilitator)
    url = reverse("sessions_app:session_edit", args=[community.slug, sessions[0].pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {**edit_form(sessions[0], end_time=time(11, 30)),
                                     "scope": "future"}, follow=True)
    assert "5 sessions updated. 3 people who are coming or on the waiting list have been " \
           "told." in response.text

    notes = {n.user_id: n for n in Notification.objects.filter(
        kind=NotificationKind.SESSION_CHANGE)}
    assert set(notes) == {ann.pk, ben.pk, cal.pk}, "only those coming or waiting"
    assert emails_queued() == 3, "one email each, not one per session"
    assert not {p.pk for p in (dee, eve, *quiet)} & set(notes)
    ann_dates = dates_in_words([local(s.starts_at).date() for s in sessions[:3]])
    assert notes[ann.pk].text == (f"Weekly huddle on {ann_dates}: now 10:00 to 11:30 "
                                  "(was 10:00 to 11:00).")
    assert str(local(sessions[1].starts_at).day) in notes[cal.pk].text
    assert notes[ann.pk].url == sessions[0].get_absolute_url()


def test_an_edit_nobody_had_replied_to_tells_no_one_and_says_so(
        client, community, facilitator, django_capture_on_commit_callbacks):
    series = weekly_series(facilitator)
    first = series.sessions.order_by("starts_at").first()
    make_members(community, 5)
    client.force_login(facilitator)
    url = reverse("sessions_app:session_edit", args=[community.slug, first.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {**edit_form(first, end_time=time(11, 30)),
                                     "scope": "future"}, follow=True)
    assert "Nobody had said they were coming, so no one was emailed." in response.text
    assert not Notification.objects.exists() and emails_queued() == 0
    # A new title only: nothing people coming need to know.
    services.rsvp_set(actor=facilitator, session=first, answer="going")
    other = make_members(community, 1)[0]
    services.rsvp_set(actor=other, session=first, answer="going")
    first.refresh_from_db()
    response = client.post(url, {**edit_form(first, title="Weekly huddle (new name)"),
                                 "scope": "this"}, follow=True)
    assert "The time and place are the same, so no one was told." in response.text
    assert not Notification.objects.exists()


def test_a_moved_session_says_where_and_when_it_was(community, facilitator, member):
    day = timezone.localdate() + timedelta(days=10)
    session = make_session(community, days=10, title="Case discussion", venue="Room 1")
    services.rsvp_set(actor=member, session=session, answer="going")
    updated = services.session_update(
        actor=facilitator, membership=facilitator.memberships.get(), session=session,
        data=edit_data(session, date=day + timedelta(days=1), venue="Room 9"))
    assert updated.told.people == 1
    text = Notification.objects.get(user=member).text
    new, old = day + timedelta(days=1), day
    assert text == (f"Case discussion on {old.day} {old:%B %Y}: moved to {new:%A} {new.day} "
                    f"{new:%B}, 14:00 to 16:00 (was {old:%A} {old.day} {old:%B}, 14:00 to "
                    f"16:00), now at Room 9 (was Room 1).")


def test_many_sessions_are_counted_when_their_dates_would_not_fit(community, facilitator,
                                                                  member, settings):
    settings.SESSION_SERIES_HORIZON_DAYS = 3650
    series = weekly_series(facilitator, weeks=26)
    sessions = list(series.sessions.order_by("starts_at"))
    for s in sessions:
        RSVP.objects.create(session=s, user=member, answer="going")
    services.session_update(actor=facilitator, membership=facilitator.memberships.get(),
                            session=sessions[0], scope="future",
                            data=edit_data(sessions[0], title="A" * 150, end_time=time(12)))
    text = Notification.objects.get(user=member).text
    first, last = local(sessions[0].starts_at).date(), local(sessions[-1].starts_at).date()
    assert f"26 sessions from {first.day} {first:%B} to {last.day} {last:%B %Y}" in text
    assert len(text) <= 300 and text.endswith("(was 10:00 to 11:00).")


def test_cancelling_the_rest_tells_each_member_once(community, facilitator, member):
    series = weekly_series(facilitator)
    sessions = list(series.sessions.order_by("starts_at"))
    others = make_members(community, 3)
    RSVP.objects.create(session=sessions[1], user=others[0], answer="not_going")
    cancelled = services.session_cancel(actor=facilitator,
                                        membership=facilitator.memberships.get(),
                                        session=sessions[1], reason="Room closed",
                                        scope="rest")
    assert len(cancelled.sessions) == 4
    assert cancelled.told.people == 4  # everyone but the facilitator, once each
    notes = Notification.objects.filter(kind=NotificationKind.SESSION_CHANGE)
    assert notes.count() == 4 and emails_queued() == 4
    days = [local(s.starts_at).date() for s in sessions[1:]]
    assert notes.get(user=member).text == (f"Weekly huddle on {dates_in_words(days)}: "
                                           "cancelled (Room closed).")
    # Who had declined one is told of the others only.
    assert notes.get(user=others[0]).text == (f"Weekly huddle on {dates_in_words(days[1:])}: "
                                              "cancelled (Room closed).")


# --- The series: its description follows its times, its rule can be edited ----------------------

def test_the_series_description_follows_an_edit_of_its_times(community, facilitator):
    series = weekly_series(facilitator)
    first = series.sessions.order_by("starts_at").first()
    services.session_update(actor=facilitator, membership=facilitator.memberships.get(),
                            session=first, scope="future",
                            data=edit_data(first, start_time=time(9, 30), end_time=time(11)))
    series.refresh_from_db()
    assert series.rule_text == "every week on Thursday, 09:30 to 11:00"
    # Making sessions ahead does not add a second one on a date at the new time.
    assert services.series_generate(series) == 0
    assert Session.objects.filter(series=series).count() == 5


def test_repeat_read_back_from_each_rule_it_makes():
    for repeat in (Repeat("weekly", "MO"), Repeat("fortnightly", "TH"),
                   Repeat("monthly", "TU", 2), Repeat("monthly", "FR", -1)):
        assert Repeat.from_rule(repeat.rule()) == repeat
    assert Repeat.from_rule("FREQ=DAILY") is None


def test_the_series_rule_is_edited_from_a_date_on(
        client, community, facilitator, django_capture_on_commit_callbacks):
    series = weekly_series(facilitator)
    sessions = list(series.sessions.order_by("starts_at"))
    ann, ben = make_members(community, 2)
    services.rsvp_set(actor=ann, session=sessions[2], answer="going")
    services.rsvp_set(actor=ben, session=sessions[0], answer="going")
    sessions[3].agenda.create(position=1, title="Housing")
    friday = local(sessions[1].starts_at).date() + timedelta(days=1)
    client.force_login(facilitator)
    url = reverse("sessions_app:series_edit", args=[community.slug, series.pk])

    page = client.get(url)
    first = local(sessions[0].starts_at).date()
    assert f'value="{first.isoformat()}"' in page.text  # from the next session
    assert 'value="10:00"' in page.text and 'value="11:00"' in page.text
    form = {"repeat": "weekly", "starts_on": friday.isoformat(), "weekday": "",
            "ordinal": "", "start_time": "10:30", "end_time": "12:00",
            "until": series.until.isoformat()}
    refused = client.post(url, {**form, "weekday": "TH"})
    assert "is a Friday, not a Thursday" in refused.text
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, form, follow=True)
    series.refresh_from_db()
    assert series.rule_text == "every week on Friday, 10:30 to 12:00"
    assert series.starts_on == friday
    for s in sessions[:4]:
        s.refresh_from_db()
    # Before the date: as they were. After: Ann's and the agenda's sessions cancelled and out
    # of the series, the last one (nothing on it) removed, Fridays made up to the last date.
    assert [s.status for s in sessions[:2]] == [SessionStatus.SCHEDULED] * 2
    assert local(sessions[0].starts_at).time() == time(10)
    for s in sessions[2:4]:
        assert s.status == SessionStatus.CANCELLED and s.series_id is None
        assert "every week on Friday" in s.cancelled_reason
    assert not Session.objects.filter(pk=sessions[4].pk).exists()
    fridays = [local(s.starts_at) for s in Session.objects.filter(
        series=series, starts_at__gte=sessions[1].ends_at).order_by("starts_at")]
    assert [d.date() for d in fridays] == [friday + timedelta(weeks=i) for i in range(3)]
    assert {(d.weekday(), d.time()) for d in fridays} == {(4, time(10, 30))}
    assert "3 new sessions added. 1 session nobody had replied to removed. 2 sessions " \
           "cancelled. 1 person who is coming has been told." in response.text
    # A session before the change shows the series' rule as from when it applies.
    assert (f"Part of a series: every week on Friday, 10:30 to 12:00, from {friday.day} "
            f"{friday:%B %Y}") in client.get(sessions[0].get_absolute_url()).text
    assert list(Notification.objects.values_list("user_id", flat=True)) == [ann.pk]
    assert Notification.objects.get().text.endswith(
        ": cancelled: the series is now every week on Friday, 10:30 to 12:00.")
    assert services.series_generate(series) == 0


def test_the_series_rule_cannot_start_in_the_past_or_change_an_ended_series(community,
                                                                             facilitator):
    from django.core.exceptions import ValidationError

    series = weekly_series(facilitator)
    membership = facilitator.memberships.get()
    args = {"actor": facilitator, "membership": membership, "repeat": Repeat("weekly", "MO"),
            "start_time": time(10), "end_time": time(11), "until": None}
    with pytest.raises(ValidationError, match="is not every week on Monday"):
        services.series_update(series=series, starts_on=next_weekday(1), **args)
    with pytest.raises(ValidationError, match="today at the earliest"):
        services.series_update(series=series, starts_on=timezone.localdate() - timedelta(1),
                               **args)
    series.ended_at = timezone.now()
    series.save()
    with pytest.raises(ValidationError, match="has ended"):
        services.series_update(series=series, starts_on=next_weekday(0), **args)


# --- Who is coming ------------------------------------------------------------------------------

def test_who_is_coming_and_the_waiting_list_in_order(client, community, facilitator, member):
    session = make_session(community, days=5, title="Case discussion", capacity=2)
    zoe, amy, waiting_1, waiting_2, gone = (
        make_user(display_name=name, agency=make_agency())
        for name in ("Zoe Going", "Amy Going", "Wren First", "Abe Second", "Gil Gone"))
    for person in (zoe, amy, waiting_1, waiting_2):
        join(person, community)
        services.rsvp_set(actor=person, session=session, answer="going")
    join(gone, community, status="left")
    RSVP.objects.create(session=session, user=gone, answer="going", waitlisted=True)
    services.rsvp_set(actor=member, session=session, answer="maybe")

    client.force_login(waiting_2)
    page = client.get(session.get_absolute_url())
    coming = page.context["coming"]
    assert coming["going"] == [amy, zoe]  # by name
    assert coming["waiting"] == [waiting_1, waiting_2]  # in order of asking; no former member
    text = page.text
    listed = text.split('id="coming"')[1].split("</section>")[0]
    assert listed.index("Wren First") < listed.index("Abe Second")
    assert "Max Member" not in listed and "Gil Gone" not in listed
    # The waiting person's "Going" is not shown pressed: they see their place in the queue.
    assert ('value="going" class="govuk-button govuk-button--secondary" aria-pressed="false"'
            in text)
    assert ('<strong class="govuk-tag govuk-tag--orange">On the waiting list: number 2</strong>'
            in text)

    # A reply without reload brings the list up to date beside it.
    client.force_login(zoe)
    response = client.post(reverse("sessions_app:session_rsvp",
                                   args=[community.slug, session.pk]),
                           {"answer": "not_going"}, HTTP_HX_REQUEST="true")
    assert 'id="rsvp"' in response.text and 'hx-swap-oob="true"' in response.text
    assert response.context["coming"]["going"] == [amy, waiting_1]


def test_the_session_page_with_its_list_keeps_its_queries(client, community, facilitator):
    session = make_session(community, days=5, title="Case discussion", capacity=5)
    client.force_login(facilitator)

    def grow(n):
        for person in make_members(community, n, agency=make_agency()):
            services.rsvp_set(actor=person, session=session, answer="going")

    grow(3)
    small = queries_for(client, session.get_absolute_url())
    grow(30)
    assert RSVP.objects.filter(waitlisted=True).count() == 28
    assert queries_for(client, session.get_absolute_url()) == small


# --- Follow-up requests -------------------------------------------------------------------------

def test_a_follow_up_request_notifies_the_facilitators_and_no_one_else(
        client, community, facilitator, member):
    from sessions_app.models import Attendance

    second = make_user(display_name="Sam Second Facilitator")
    join(second, community, Role.FACILITATOR)
    bystander = make_members(community, 1)[0]
    session = make_session(community, days=-1, title="Case discussion",
                           status=SessionStatus.COMPLETED)
    Attendance.objects.create(session=session, user=member)
    client.force_login(member)
    url = reverse("sessions_app:follow_up_request", args=[community.slug, session.pk])
    client.post(url, {"message": "That case stayed with me."})

    notes = Notification.objects.filter(kind=NotificationKind.FOLLOW_UP_REQUEST)
    assert set(notes.values_list("user_id", flat=True)) == {facilitator.pk, second.pk}
    note = notes.first()
    assert note.url == reverse("sessions_app:follow_up_list", args=[community.slug])
    assert "Case discussion" in note.text
    assert "Max Member" not in note.text and "stayed" not in note.text
    assert emails_queued() == 2
    assert not Notification.objects.filter(user__in=[member, bystander]).exists()

    client.post(url, {"message": "Still thinking about it."})  # still open: no new news
    assert notes.count() == 2
    FollowUpRequest.objects.update(handled_at=timezone.now())
    client.post(url, {"message": "Could we talk again?"})  # asked again after it was handled
    assert notes.count() == 4

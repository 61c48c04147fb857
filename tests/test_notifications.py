"""Notifications: who gets them, in the app and by email, settings, unsubscribe links,
the list and the unread count in the navigation."""

import re
import socket
from datetime import UTC, datetime, timedelta

import pytest
from django.core import mail, signing
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from cop.outbox.models import DeliveryStatus, OutboxMessage
from cop.outbox.tasks import deliver
from members.models import (
    EmailFrequency,
    Membership,
    MembershipStatus,
    Notification,
    NotificationKind,
    NotificationSetting,
    unsubscribe_token,
)
from members.services import (
    notification_send_email,
    notification_settings_update,
    notifications_mark_read,
    notify,
)

from .factories import join, make_session, make_user
from .helpers import queries_for

pytestmark = pytest.mark.django_db

CASE_URL = "/c/leeds-test/cases/7/"
# Emailed straight away by default (new cases and comments wait for the daily digest:
# tests/test_digests.py).
AT_ONCE = NotificationKind.SESSION_CHANGE
IMMEDIATELY, DAILY, OFF = EmailFrequency.IMMEDIATELY, EmailFrequency.DAILY, EmailFrequency.OFF


def send(community, users, kind=AT_ONCE, text="New case: Stuck at discharge",
         url=CASE_URL, capture=None) -> int:
    """notify() and run what it schedules after commit (the emails)."""
    with capture(execute=True):
        return notify(user_ids=[u.pk for u in users], kind=kind, community=community,
                      text=text, url=url)


def run_after_commit(callbacks, capture):
    """Run what was held back at commit, and what that in turn schedules at commit."""
    with capture(execute=True):
        for callback in callbacks:
            callback()


def make_notifications(user, community, count, **fields):
    now = timezone.now()
    Notification.objects.bulk_create(
        Notification(user=user, community=community, kind=NotificationKind.NEW_COMMENT,
                     text=f"Comment {i} on a case you follow", url=CASE_URL,
                     created_at=now - timedelta(minutes=i), **fields)
        for i in range(count)
    )


def unsubscribe_path(message) -> str:
    match = re.search(r"https?://[^/\s]+(/unsubscribe/\S+/)", message.body)
    assert match, message.body
    return match.group(1)


# Who is told ---------------------------------------------------------------------------------


def test_notify_reaches_only_active_members_of_that_community(
    facilitator, member, outsider, former_member, community, django_capture_on_commit_callbacks
):
    closed = make_user("closed@example.test", is_active=False)
    join(closed, community)
    made = send(community, [facilitator, member, outsider, former_member, closed],
                capture=django_capture_on_commit_callbacks)
    assert made == 2
    assert set(Notification.objects.values_list("user__email", flat=True)) == {
        facilitator.email, member.email}
    assert sorted(m.to[0] for m in mail.outbox) == sorted([facilitator.email, member.email])
    notification = Notification.objects.get(user=member)
    assert notification.community == community
    assert notification.kind == AT_ONCE
    assert notification.in_app and notification.read_at is None and notification.emailed_at


def test_membership_of_another_community_is_not_enough(
    outsider, community, other_community, django_capture_on_commit_callbacks
):
    assert send(community, [outsider], capture=django_capture_on_commit_callbacks) == 0
    assert send(other_community, [outsider], capture=django_capture_on_commit_callbacks) == 1
    assert Notification.objects.get().community == other_community


def test_emails_go_out_only_after_commit(member, facilitator, community,
                                         django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        notify(user_ids=[member.pk, facilitator.pk], kind=AT_ONCE,
               community=community, text="New case", url=CASE_URL)
    deliveries = [c for c in callbacks if c.__qualname__.startswith("deliver_on_commit")]
    assert len(deliveries) == 1, "the notifications' outbox rows are delivered after commit"
    assert not mail.outbox
    run_after_commit(callbacks, django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 2


def test_notify_refuses_links_off_the_site_and_unknown_kinds(member, community):
    for url in ("https://evil.example/", "//evil.example/x", "cases/7/", "/\\evil.example"):
        with pytest.raises(ValueError):
            notify(user_ids=[member.pk], kind=NotificationKind.NEW_CASE, community=community,
                   text="x", url=url)
    with pytest.raises(ValueError):
        notify(user_ids=[member.pk], kind="gossip", community=community, text="x", url=CASE_URL)
    assert not Notification.objects.exists()


def test_long_or_multi_line_text_is_kept_short_and_on_one_line(
    member, community, django_capture_on_commit_callbacks
):
    send(community, [member], text="Line one\nline two " + "word " * 100,
         capture=django_capture_on_commit_callbacks)
    text = Notification.objects.get().text
    assert len(text) == 300 and "\n" not in text and text.startswith("Line one line two")
    assert "\n" not in mail.outbox[0].subject


# Settings ------------------------------------------------------------------------------------


def test_settings_are_respected(community, django_capture_on_commit_callbacks):
    default, no_app, no_email, neither, digest = (make_user() for _ in range(5))
    for user in (default, no_app, no_email, neither, digest):
        join(user, community)
    notification_settings_update(actor=no_app, values={AT_ONCE: (False, IMMEDIATELY)})
    notification_settings_update(actor=no_email, values={AT_ONCE: (True, OFF)})
    notification_settings_update(actor=neither, values={AT_ONCE: (False, OFF)})
    notification_settings_update(actor=digest, values={AT_ONCE: (True, DAILY)})

    made = send(community, [default, no_app, no_email, neither, digest],
                capture=django_capture_on_commit_callbacks)

    assert made == 4
    by_user = {n.user_id: n for n in Notification.objects.all()}
    assert neither.pk not in by_user
    assert by_user[default.pk].in_app and by_user[default.pk].emailed_at
    assert not by_user[no_app.pk].in_app and by_user[no_app.pk].emailed_at
    assert by_user[no_email.pk].in_app and by_user[no_email.pk].emailed_at is None
    assert by_user[no_email.pk].email_via == ""
    assert by_user[digest.pk].emailed_at is None and by_user[digest.pk].email_via == DAILY
    assert sorted(m.to[0] for m in mail.outbox) == sorted([default.email, no_app.email])

    # Settings are per kind: other kinds still reach everyone both ways.
    mail.outbox.clear()
    send(community, [no_app, no_email, neither], kind=NotificationKind.SESSION_PLACE,
         capture=django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 3
    assert Notification.objects.filter(kind=NotificationKind.SESSION_PLACE,
                                       in_app=True).count() == 3


def test_in_app_off_is_not_listed_or_counted(client, member, community,
                                             django_capture_on_commit_callbacks):
    notification_settings_update(actor=member, values={AT_ONCE: (False, IMMEDIATELY)})
    send(community, [member], text="Emailed only", capture=django_capture_on_commit_callbacks)
    client.force_login(member)
    page = client.get(reverse("members:notifications"))
    assert "Emailed only" not in page.text
    assert page.context["nav_unread_count"] == 0


def test_turning_email_off_stops_emails_already_queued(member, community,
                                                       django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        notify(user_ids=[member.pk], kind=AT_ONCE, community=community,
               text="New case", url=CASE_URL)
    notification_settings_update(actor=member, values={AT_ONCE: (True, OFF)})
    run_after_commit(callbacks, django_capture_on_commit_callbacks)
    assert not mail.outbox
    notification = Notification.objects.get()
    assert notification.emailed_at is None and notification.email_via == ""


def test_no_email_to_someone_who_left_or_closed_their_account_since(
    member, facilitator, community, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        notify(user_ids=[member.pk, facilitator.pk], kind=AT_ONCE,
               community=community, text="New case", url=CASE_URL)
    Membership.objects.filter(user=member).update(status=MembershipStatus.LEFT)
    facilitator.is_active = False
    facilitator.save()
    run_after_commit(callbacks, django_capture_on_commit_callbacks)
    assert not mail.outbox


def test_settings_page_saves_the_checkbox_and_the_email_choice_per_kind(client, member):
    client.force_login(member)
    url = reverse("members:notification_settings")
    page = client.get(url)
    assert page.status_code == 200
    for kind in NotificationKind:
        assert '<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">' \
            f'{kind.label}</legend>' in page.text
        in_app, email = f"id_{kind.value}-in_app", f"id_{kind.value}-email"
        assert f'<label class="govuk-label govuk-checkboxes__label" for="{in_app}">' in page.text
        assert re.search(rf'id="{in_app}"\s+checked', page.text), "in the app by default"
        assert f'<label class="govuk-label" for="{email}">By email</label>' in page.text
        default = "daily" if kind in (NotificationKind.NEW_CASE,
                                      NotificationKind.NEW_COMMENT) else "immediately"
        select = re.search(rf'<select[^>]*id="{email}"[^>]*>(.*?)</select>', page.text, re.S)
        assert re.findall(r'<option value="(\w+)" selected>', select.group(1)) == [default]
    assert "the daily digest comes at 07:00 each morning" in page.text
    assert "the weekly one on Monday at 07:00" in page.text

    posted = {f"{kind.value}-email": "off" for kind in NotificationKind}
    posted.update({"new_case-in_app": "on", "new_comment-email": "weekly",
                   "session_change-email": "immediately"})
    response = client.post(url, posted)
    assert response.status_code == 302
    saved = {s.kind: (s.in_app, s.email_frequency)
             for s in NotificationSetting.objects.filter(user=member)}
    expected = {kind: (False, "off") for kind in NotificationKind}
    expected.update({NotificationKind.NEW_CASE: (True, "off"),
                     NotificationKind.NEW_COMMENT: (False, "weekly"),
                     NotificationKind.SESSION_CHANGE: (False, "immediately")})
    assert saved == expected
    assert "Your notification settings have been saved." in client.get(url).text

    refused = client.post(url, {**posted, "new_case-email": "hourly"})
    assert refused.status_code == 200
    assert "Select a valid choice. hourly is not one of the available choices." in refused.text
    assert NotificationSetting.objects.get(user=member, kind="new_case").email_frequency == "off"


def test_a_kind_not_sent_keeps_its_email_choice(client, member):
    """A kind added since the page was shown is not in the form the person sends."""
    notification_settings_update(actor=member, values={NotificationKind.NEW_CASE: (True, OFF)})
    client.force_login(member)
    assert client.post(reverse("members:notification_settings"), {}).status_code == 302
    saved = dict(NotificationSetting.objects.filter(user=member).values_list(
        "kind", "email_frequency"))
    assert saved[NotificationKind.NEW_CASE] == OFF
    assert saved[NotificationKind.NEW_COMMENT] == DAILY  # its default
    assert saved[NotificationKind.SESSION_CHANGE] == IMMEDIATELY


def test_profile_links_to_notification_settings(client, member):
    client.force_login(member)
    page = client.get(reverse("members:profile"))
    assert f'href="{reverse("members:notification_settings")}"' in page.text


def test_settings_page_needs_sign_in(client, db):
    response = client.get(reverse("members:notification_settings"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


# Email ---------------------------------------------------------------------------------------


def test_email_has_the_text_link_settings_and_unsubscribe(member, community, settings,
                                                          django_capture_on_commit_callbacks):
    settings.SITE_URL = "https://cop.example.org"
    send(community, [member], text="New case: Stuck at discharge",
         capture=django_capture_on_commit_callbacks)
    message = mail.outbox[0]
    assert message.subject == "[Communities of Practice] New case: Stuck at discharge"
    assert message.to == [member.email]
    assert "New case: Stuck at discharge" in message.body
    assert f"https://cop.example.org{CASE_URL}" in message.body
    assert "https://cop.example.org" + reverse("members:notification_settings") in message.body
    assert "https://cop.example.org/unsubscribe/" in message.body
    assert message.extra_headers["List-Unsubscribe"].startswith(
        "<https://cop.example.org/unsubscribe/")


def test_email_is_sent_once_even_if_the_task_runs_twice(member, community,
                                                        django_capture_on_commit_callbacks):
    send(community, [member], capture=django_capture_on_commit_callbacks)
    notification = Notification.objects.get()
    first_sent = notification.emailed_at
    row = OutboxMessage.objects.get()
    assert row.status == DeliveryStatus.SENT
    assert deliver.apply(("messages", [row.pk], row.claimed_at.isoformat())).result == 0
    assert notification_send_email(notification_id=notification.pk) is False
    assert len(mail.outbox) == 1
    notification.refresh_from_db()
    assert notification.emailed_at == first_sent


def test_a_failed_send_is_rolled_back_so_a_retry_sends_it(member, community, settings,
                                                          django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        notify(user_ids=[member.pk], kind=AT_ONCE, community=community,
               text="New case", url=CASE_URL)
    notification = Notification.objects.get()
    with socket.socket() as probe:  # a port nothing listens on: the SMTP connection is refused
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.smtp.EmailBackend",
                                    "OPTIONS": {"host": "127.0.0.1", "port": port,
                                                "timeout": 2}}}
    with pytest.raises(OSError):
        notification_send_email(notification_id=notification.pk)
    notification.refresh_from_db()
    assert notification.emailed_at is None

    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
    assert notification_send_email(notification_id=notification.pk) is True
    assert len(mail.outbox) == 1


# Unsubscribe ---------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(NotificationKind))
def test_unsubscribe_link_in_every_email_works_signed_out_for_that_kind_only(
    client, member, community, kind, django_capture_on_commit_callbacks
):
    notification_settings_update(actor=member, values={
        every: (True, IMMEDIATELY) for every in NotificationKind})
    send(community, [member], kind=kind, capture=django_capture_on_commit_callbacks)
    link = unsubscribe_path(mail.outbox[0])

    page = client.get(link)
    assert page.status_code == 200
    assert kind.label in page.text
    assert "Stop these emails" in page.text
    assert not NotificationSetting.objects.exclude(email_frequency=IMMEDIATELY).exists(), \
        "opening the link changes nothing"

    done = client.post(link)
    assert done.status_code == 200
    assert "You will no longer get these emails" in done.text
    setting = NotificationSetting.objects.get(user=member, kind=kind)
    assert setting.email_frequency == OFF and setting.in_app is True

    mail.outbox.clear()
    for other in NotificationKind:
        send(community, [member], kind=other, capture=django_capture_on_commit_callbacks)
    assert len(mail.outbox) == len(NotificationKind) - 1, "only that kind of email stops"
    assert Notification.objects.filter(kind=kind, emailed_at__isnull=True).count() == 1


def test_unsubscribe_keeps_in_app_choice(client, member):
    notification_settings_update(actor=member, values={NotificationKind.NEW_CASE: (False, DAILY)})
    client.post(reverse("members:notification_unsubscribe",
                        args=[unsubscribe_token(member.pk, NotificationKind.NEW_CASE)]))
    setting = NotificationSetting.objects.get(user=member)
    assert (setting.in_app, setting.email_frequency) == (False, OFF)


def test_tampered_or_forged_tokens_are_refused(client, member, facilitator):
    genuine = unsubscribe_token(member.pk, NotificationKind.NEW_CASE)
    payload, signature = genuine.rsplit(":", 1)
    forged_payload = signing.b64_encode(
        f'[{facilitator.pk},"new_case"]'.encode()).decode()
    bad_tokens = [
        payload + ":" + ("A" if signature[0] != "A" else "B") + signature[1:],  # changed signature
        forged_payload + ":" + signature,  # someone else's id under the original signature
        signing.dumps([facilitator.pk, "new_case"], salt="another-purpose"),  # wrong salt
        signing.dumps([facilitator.pk, "new_case"], key="not-the-secret-key",
                      salt="members.notifications.unsubscribe"),  # wrong key
        "made-up",
    ]
    for token in bad_tokens:
        url = reverse("members:notification_unsubscribe", args=[token])
        for response in (client.get(url), client.post(url)):
            assert response.status_code == 400, token
            assert "This unsubscribe link is not valid" in response.text
    assert not NotificationSetting.objects.exists()


# Pages ---------------------------------------------------------------------------------------


def test_list_shows_only_own_notifications_newest_first(client, member, facilitator, community):
    make_notifications(member, community, 3)
    Notification.objects.create(user=facilitator, community=community,
                                kind=NotificationKind.NEW_CASE, text="For the facilitator",
                                url=CASE_URL)
    client.force_login(member)
    page = client.get(reverse("members:notifications"))
    assert page.status_code == 200
    assert "For the facilitator" not in page.text
    texts = [n.text for n in page.context["page"].object_list]
    assert texts == [f"Comment {i} on a case you follow" for i in range(3)]
    assert community.name in page.text
    # Marked for sight (a badge and a bar) and, inside each link, for screen readers.
    assert page.text.count(
        '<strong class="govuk-tag govuk-tag--blue" aria-hidden="true">Unread</strong>') == 3
    assert page.text.count("cop-notification cop-notification--unread") == 3
    assert page.text.count('<span class="govuk-visually-hidden">Unread: </span>') == 3


def test_times_are_shown_in_london_time(client, member, community):
    Notification.objects.create(
        user=member, community=community, kind=NotificationKind.NEW_CASE, text="Summer",
        url=CASE_URL, created_at=datetime(2025, 7, 1, 11, 30, tzinfo=UTC))
    client.force_login(member)
    page = client.get(reverse("members:notifications"))
    assert "1 July 2025, 12:30" in page.text
    assert 'datetime="2025-07-01T12:30:00+01:00"' in page.text


def test_list_is_paginated_thirty_a_page(client, member, community):
    make_notifications(member, community, 31)
    client.force_login(member)
    first = client.get(reverse("members:notifications"))
    assert len(first.context["page"].object_list) == 30
    assert "Page 1 of 2" in first.text
    second = client.get(reverse("members:notifications") + "?page=2")
    assert [n.text for n in second.context["page"].object_list] == [
        "Comment 30 on a case you follow"]


def test_notifications_from_a_community_left_are_hidden(client, former_member, community):
    make_notifications(former_member, community, 1)
    client.force_login(former_member)
    page = client.get(reverse("members:notifications"))
    assert "Comment 0" not in page.text
    assert page.context["nav_unread_count"] == 0
    pk = Notification.objects.get().pk
    assert client.get(reverse("members:notification_open", args=[pk])).status_code == 404


def test_opening_marks_read_and_redirects(client, member, community):
    make_notifications(member, community, 2)
    first, second = Notification.objects.order_by("-created_at")
    client.force_login(member)
    response = client.get(reverse("members:notification_open", args=[first.pk]))
    assert response.status_code == 302 and response["Location"] == CASE_URL
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.read_at is not None and second.read_at is None
    page = client.get(reverse("members:notifications"))
    assert page.text.count('<span class="govuk-visually-hidden">Unread: </span>') == 1


def test_opening_never_leaves_the_site(client, member, community):
    stored = Notification.objects.create(user=member, community=community, text="Odd",
                                         kind=NotificationKind.NEW_CASE,
                                         url="//evil.example/")
    client.force_login(member)
    response = client.get(reverse("members:notification_open", args=[stored.pk]))
    assert response["Location"] == reverse("members:notifications")


def test_another_users_notification_is_not_found(client, member, facilitator, community):
    make_notifications(facilitator, community, 1)
    theirs = Notification.objects.get()
    client.force_login(member)
    assert client.get(reverse("members:notification_open", args=[theirs.pk])).status_code == 404
    theirs.refresh_from_db()
    assert theirs.read_at is None


def test_mark_all_as_read(client, member, facilitator, community):
    make_notifications(member, community, 3)
    make_notifications(facilitator, community, 1)
    client.force_login(member)
    assert "Mark all as read" in client.get(reverse("members:notifications")).text
    assert client.get(reverse("members:notifications_mark_all_read")).status_code == 405
    response = client.post(reverse("members:notifications_mark_all_read"), follow=True)
    assert "All your notifications are marked as read." in response.text
    assert "Mark all as read" not in response.text
    assert not Notification.objects.filter(user=member, read_at__isnull=True).exists()
    assert Notification.objects.filter(user=facilitator, read_at__isnull=True).count() == 1


def test_mark_read_service_ignores_other_peoples_ids(member, facilitator, community):
    make_notifications(member, community, 2)
    make_notifications(facilitator, community, 1)
    mine = list(Notification.objects.filter(user=member).values_list("pk", flat=True))
    theirs = Notification.objects.get(user=facilitator).pk
    assert notifications_mark_read(actor=member, notification_ids=[mine[0], theirs]) == 1
    assert Notification.objects.filter(read_at__isnull=False).get().pk == mine[0]


def test_unread_count_in_the_navigation(client, member, community):
    client.force_login(member)
    page = client.get(reverse("members:my_communities"))
    assert page.context["nav_unread_count"] == 0
    assert 'href="/notifications/">Notifications</a>' in page.text  # no badge, no "0 unread"
    make_notifications(member, community, 1, read_at=timezone.now())
    make_notifications(member, community, 1, in_app=False)
    for n in range(3):  # as the product makes them, so the cached count is renewed
        notify(user_ids=[member.pk], kind=NotificationKind.NEW_COMMENT, community=community,
               text=f"Comment {n}", url=CASE_URL)
    page = client.get(reverse("members:my_communities"))
    assert page.context["nav_unread_count"] == 3
    assert 'Notifications<span class="govuk-visually-hidden">, 3 unread</span>' in page.text
    assert '<span class="cop-nav-count" aria-hidden="true">3</span>' in page.text


def test_the_cached_unread_count_follows_reading_and_leaving(client, member, community):
    """The count comes from the cache (members/unread.py) but never outlives a change."""
    client.force_login(member)
    notify(user_ids=[member.pk], kind=NotificationKind.NEW_COMMENT, community=community,
           text="A comment", url=CASE_URL)
    notify(user_ids=[member.pk], kind=NotificationKind.NEW_COMMENT, community=community,
           text="Another", url=CASE_URL)
    assert client.get(reverse("members:my_communities")).context["nav_unread_count"] == 2
    first = Notification.objects.filter(user=member).order_by("pk").first()
    client.get(reverse("members:notification_open", args=[first.pk]))
    assert client.get(reverse("members:my_communities")).context["nav_unread_count"] == 1
    membership = member.memberships.get(community=community)
    membership.status = MembershipStatus.LEFT
    membership.save()
    assert client.get(reverse("members:my_communities")).context["nav_unread_count"] == 0


def test_pages_need_sign_in_but_the_unsubscribe_link_does_not(client, member):
    for name in ("members:notifications", "members:notification_settings"):
        assert client.get(reverse(name)).status_code == 302
    assert client.post(reverse("members:notifications_mark_all_read")).status_code == 302
    token = unsubscribe_token(member.pk, NotificationKind.OUTCOME_PROMPT)
    assert client.get(reverse("members:notification_unsubscribe", args=[token])).status_code \
        == 200


# Query counts --------------------------------------------------------------------------------


def test_list_page_query_count_does_not_grow(client, member, community, other_community):
    join(member, other_community)
    client.force_login(member)
    url = reverse("members:notifications")
    make_notifications(member, community, 5)
    small = queries_for(client, url)
    make_notifications(member, community, 25)
    make_notifications(member, other_community, 20)
    large = queries_for(client, url)
    assert small == large
    assert large <= 8
    assert queries_for(client, url + "?page=2") == large


def test_settings_page_query_count_is_fixed(client, member):
    client.force_login(member)
    url = reverse("members:notification_settings")
    before = queries_for(client, url)
    notification_settings_update(actor=member, values={
        kind: (False, IMMEDIATELY) for kind in NotificationKind})
    assert queries_for(client, url) == before <= 7


# --- What a notification is about ---------------------------------------------------------


def test_a_notification_refers_to_what_it_is_about(member, community):
    from .factories import make_case

    case = make_case(community, member)
    notify(user_ids=[member.pk], kind=NotificationKind.NEW_CASE, community=community,
           text="New case", url=case.get_absolute_url(), about=case)
    assert Notification.objects.get(user=member).about == case


def test_each_app_says_what_its_notifications_are_about(member, facilitator, community):
    from casework.services import outcome_prompts_send
    from sessions_app import services as session_services
    from sessions_app.models import RSVP

    from .factories import make_case

    now = timezone.now()
    case = make_case(community, member, published_at=now - timedelta(weeks=5))
    outcome_prompts_send(now=now)
    past = make_session(community, title="Last time", starts_at=now - timedelta(days=2),
                        hours=1)
    RSVP.objects.create(session=past, user=member, answer="going")
    session_services.follow_up_request(actor=member, session=past)
    upcoming = make_session(community, title="Next time", starts_at=now + timedelta(days=2),
                            hours=1)
    session_services.session_cancel(
        actor=facilitator, membership=Membership.objects.get(user=facilitator),
        session=upcoming, reason="Snow")
    about = {n.kind: n.about for n in Notification.objects.all()}
    assert about == {NotificationKind.OUTCOME_PROMPT: case,
                     NotificationKind.FOLLOW_UP_REQUEST: past,
                     NotificationKind.SESSION_CHANGE: upcoming}


def test_the_migration_finds_what_old_notifications_are_about_from_their_links(
        member, community, other_community):
    """Run on notifications made before they had a reference (the migrations' own functions,
    called directly: migrating back and forth takes far longer)."""
    from importlib import import_module

    from django.apps import apps

    from .factories import make_case

    case = make_case(community, member)
    elsewhere = make_case(other_community, member)
    session = make_session(community, title="Meeting", days=3, hours=1)
    links = {
        "case, under the community's old slug": f"/c/old-slug/cases/{case.pk}/#comment-4",
        "session": f"/c/leeds-test/sessions/{session.pk}/",
        "case of another community": f"/c/leeds-test/cases/{elsewhere.pk}/",
        "list of follow-ups": "/c/leeds-test/follow-ups/",
    }
    for text, url in links.items():
        Notification.objects.create(user=member, kind="new_case", community=community,
                                    text=text, url=url)
    with connection.schema_editor() as editor:
        import_module("casework.migrations.0006_notifications_about_cases").refer_to_cases(
            apps, editor)
        import_module("sessions_app.migrations.0005_notifications_about_sessions") \
            .refer_to_sessions(apps, editor)
    about = {n.text: n.about for n in Notification.objects.all()}
    assert about == {"case, under the community's old slug": case, "session": session,
                     "case of another community": None, "list of follow-ups": None}

"""Digests: one email a day (or a week) with a person's news, in sections per community.

A digest is a row of the outbox channel "digests" (CHANNEL, at the end of this module), so
claiming, leases, backoff, failure and resending are the outbox engine's
(cop/outbox/engine.py). What is particular to digests:

1. `digests_materialise`, the channel's step before each sweep claims, writes a Digest row
   for each person with notifications waiting for their daily (or weekly) digest from before
   the moment it fell due (NOTIFICATION_DIGEST_TIME, London time; the weekly one on
   NOTIFICATION_DIGEST_WEEKDAY). The row is unique per person, frequency and due moment, so
   overlapping sweeps write it once and the person gets one digest per period. Nobody with
   nothing waiting gets a row: an empty digest is never sent.
2. `digests_send` sends a claimed batch over one mail connection (cop/outbox/mail.py). Once
   a digest is held, the notifications waiting for it are given to it (Notification.digest,
   each under its row lock and only while it has not been emailed, so a notification is in
   one email at most: a CHECK says so too). News of a kind the person has switched off since,
   or from a community they have left, is dropped; a digest left with nothing is skipped."""

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core import mail
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.template.loader import get_template
from django.urls import reverse
from django.utils import timezone

from cop.outbox.channels import Channel
from cop.outbox.mail import EmailBatch, absolute, message_domain, send_batch
from cop.outbox.models import DeliveryStatus

from .models import (
    DIGEST_FREQUENCIES,
    Community,
    Digest,
    EmailFrequency,
    Membership,
    MembershipStatus,
    Notification,
    NotificationKind,
    NotificationSetting,
    unsubscribe_token,
)

LONDON = ZoneInfo("Europe/London")
ITEMS_PER_COMMUNITY = 30  # more than this in one community: "and N more", with a link
EMPTY = "Not sent: nothing left to tell (switched off, or from a community left)."
PERIOD_WORD = {EmailFrequency.DAILY: "daily", EmailFrequency.WEEKLY: "weekly"}


def due_moment(frequency: str, now: datetime) -> datetime:
    """The latest moment at or before `now` when a digest of `frequency` fell due: today's
    (or yesterday's) digest time in London, or the last such time on the weekly day."""
    hour, minute = (int(part) for part in settings.NOTIFICATION_DIGEST_TIME.split(":"))
    day = now.astimezone(LONDON).date()
    step = timedelta(days=1)
    if frequency == EmailFrequency.WEEKLY:
        day -= timedelta(days=(day.weekday() - settings.NOTIFICATION_DIGEST_WEEKDAY) % 7)
        step = timedelta(days=7)
    due = datetime.combine(day, time(hour, minute), tzinfo=LONDON)
    if due > now:
        due = datetime.combine(day - step, time(hour, minute), tzinfo=LONDON)
    return due


def _lookback(now: datetime) -> datetime:
    return now - timedelta(days=settings.NOTIFICATION_DIGEST_LOOKBACK_DAYS)


def _waiting(**filters):
    """Notifications not emailed, on their own or in a digest (the partial index's rows)."""
    return Notification.objects.filter(digest__isnull=True, emailed_at__isnull=True, **filters)


# --- Writing the rows ----------------------------------------------------------------------


@transaction.atomic
def digests_materialise(*, now) -> int:
    """Write a Digest row for every person with news waiting for a digest that has fallen
    due and has none yet. Returns how many rows were offered (those already there by a
    concurrent sweep are ignored by the unique constraint)."""
    # News older than the lookback (its person had left, or was away from the product's
    # emails) is not emailed any more; it stays in the app's list.
    _waiting(email_via__in=DIGEST_FREQUENCIES, created_at__lt=_lookback(now)).update(
        email_via="")
    rows = []
    still_member = Membership.objects.filter(user=OuterRef("user"),
                                             community=OuterRef("community"),
                                             status=MembershipStatus.ACTIVE)
    for frequency in DIGEST_FREQUENCIES:
        due = due_moment(frequency, now)
        people = set(
            _waiting(email_via=frequency, created_at__lt=due, created_at__gte=_lookback(now),
                     user__is_active=True)
            .filter(Exists(still_member))
            .order_by().values_list("user_id", flat=True).distinct()
        )
        if not people:
            continue
        made = set(Digest.objects.filter(frequency=frequency, due_at=due, user_id__in=people)
                   .values_list("user_id", flat=True))
        rows += [Digest(user_id=user_id, frequency=frequency, due_at=due,
                        next_attempt_at=now, created_at=now)
                 for user_id in sorted(people - made)]
    # One order for every sweep: overlapping inserts wait for each other, never deadlock.
    Digest.objects.bulk_create(rows, ignore_conflicts=True, batch_size=1000)
    return len(rows)


# --- Sending -------------------------------------------------------------------------------


@dataclass
class Section:
    community: Community
    items: list[Notification]  # oldest first
    more: int = 0  # left out beyond ITEMS_PER_COMMUNITY


class _DigestEmails(EmailBatch):
    """What a batch of digests needs, read in a fixed number of queries; each digest then
    gathers its news (three statements) once it is held."""

    def __init__(self, rows, now):
        self.now = now
        users = {row.user_id for row in rows}
        self.switched_off = {}  # user id -> kinds they now get no email about
        for user_id, kind, frequency in NotificationSetting.objects.filter(
                user_id__in=users).values_list("user_id", "kind", "email_frequency"):
            if frequency == EmailFrequency.OFF:
                self.switched_off.setdefault(user_id, set()).add(kind)
        self.active = {}  # user id -> ids of their communities
        for user_id, community_id in Membership.objects.filter(
                user_id__in=users, status=MembershipStatus.ACTIVE).values_list(
                "user_id", "community_id"):
            self.active.setdefault(user_id, set()).add(community_id)
        self.news = {}
        self.template = get_template("members/email/digest.txt")

    def skip_reason(self, row, now) -> str:
        return "" if row.user.is_active else "Not sent: the account is closed."

    def taken_over(self, row) -> None:
        self.news[row.pk] = self._gather(row)

    def _gather(self, row) -> list:
        off = self.switched_off.get(row.user_id, set())
        active = self.active.get(row.user_id, set())
        with transaction.atomic():
            waiting = _waiting(user_id=row.user_id, email_via=row.frequency)
            waiting.filter(Q(kind__in=off) | ~Q(community_id__in=active)).update(email_via="")
            waiting.filter(created_at__gte=_lookback(self.now)).update(digest=row)
        # Given to this digest on an earlier attempt too; what became unwanted since stays out.
        return list(Notification.objects.filter(digest=row, community_id__in=active)
                    .exclude(kind__in=off).select_related("community")
                    .order_by("community__name", "community_id", "created_at", "pk"))

    def message(self, row) -> mail.EmailMessage | None:
        news = self.news.pop(row.pk, [])
        if not news:
            return None
        sections: list[Section] = []
        for notification in news:
            if not sections or sections[-1].community.pk != notification.community_id:
                sections.append(Section(community=notification.community, items=[]))
            section = sections[-1]
            if len(section.items) < ITEMS_PER_COMMUNITY:
                notification.link = absolute(notification.url)
                section.items.append(notification)
            else:
                section.more += 1
        kinds = sorted({n.kind for n in news}, key=NotificationKind.values.index)
        word = PERIOD_WORD[row.frequency]
        context = {
            "sections": sections,
            "period": word,
            "count": len(news),
            "stop_links": [
                (NotificationKind(kind).label,
                 absolute(reverse("members:notification_unsubscribe",
                                  args=[unsubscribe_token(row.user_id, kind)])))
                for kind in kinds],
            "settings_link": absolute(reverse("members:notification_settings")),
            "notifications_link": absolute(reverse("members:notifications")),
            "site_name": settings.SITE_NAME,
        }
        where = (sections[0].community.name if len(sections) == 1
                 else f"{len(sections)} communities")
        updates = f"{len(news)} update{'' if len(news) == 1 else 's'}"
        return mail.EmailMessage(
            subject=f"{settings.ACCOUNT_EMAIL_SUBJECT_PREFIX}Your {word} digest: {updates} "
                    f"from {where}",
            body=self.template.render(context),
            to=[row.user.email],
            headers={
                # The same on every attempt, so a repeat after a crash can be recognised.
                "Message-ID": f"<digest-{row.pk}@{message_domain()}>",
                "Auto-Submitted": "auto-generated",
            },
        )

    def nothing_to_send(self, row) -> str:
        return EMPTY

    def about(self, row) -> str:
        return f"{row.frequency} digest to user {row.user_id}"


def digests_send(*, digest_ids, claimed_at=None) -> int:
    """Send the claimed digests among `digest_ids` over one mail connection; rows claimed
    again since (another `claimed_at`) are left alone. Returns how many were sent."""
    held = Digest.objects.filter(pk__in=list(digest_ids), status=DeliveryStatus.CLAIMED)
    if claimed_at is not None:
        held = held.filter(claimed_at=claimed_at)
    rows = list(held.select_related("user").order_by("pk"))
    if not rows:
        return 0
    return send_batch(CHANNEL, rows, _DigestEmails(rows, timezone.now()))


def _deliver(ids, claimed_at) -> int:
    return digests_send(digest_ids=ids, claimed_at=claimed_at)


CHANNEL = Channel(name="digests", model=Digest, label="digest", deliver=_deliver,
                  materialise=digests_materialise)


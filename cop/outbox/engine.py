"""What every outbox channel shares: claim, queue, take over, release, recover, resend.

How a row travels:
1. It is written pending, in the transaction of the change that causes it (or, for
   reminders, by the channel's `materialise` step of the sweep).
2. `claim` marks a batch of due pending rows claimed (FOR UPDATE SKIP LOCKED, so two claims
   never hold the same row) with the claim's time as its token, and commits. Only then is
   a delivery task queued with the ids and the token (`queue`). If the broker cannot take
   it, the claim is handed back at once and the next sweep tries again.
3. The delivery takes each row over just before delivering it (`take_over`: a compare-and-
   set on (claimed, token) that counts the attempt and renews the lease), so a retried or
   duplicated task, or one whose claim was taken back, leaves the row alone. The row is
   marked sent as soon as it has gone, in the same statement as the next take-over.
4. A failure goes back to pending with a backoff (1, 2, 4 ... minutes, capped), or is
   failed for good after REMINDER_MAX_ATTEMPTS (or at once when permanent), logged as an
   error, and kept: site admins see failed rows and can send them again (`resend_failed`).
5. `recover` takes back claims older than REMINDER_CLAIM_LEASE_SECONDS: their worker was
   killed. A row interrupted too often fails instead of killing workers for ever.

The one case no design can settle is a worker killed after an email left but before its
row was marked sent: after the lease it goes again. Each email's Message-ID is made from
its row, the same on every attempt, so mail systems can recognise such a repeat."""

import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import Truncator

from .channels import Channel, OutboxRow
from .models import DeliveryStatus

logger = logging.getLogger(__name__)

PENDING, CLAIMED = DeliveryStatus.PENDING, DeliveryStatus.CLAIMED
SENT, SKIPPED, FAILED = DeliveryStatus.SENT, DeliveryStatus.SKIPPED, DeliveryStatus.FAILED
INTERRUPTED = "Sending was interrupted (its worker stopped); trying again."
GIVEN_UP = "Sending was interrupted too many times; given up."


@dataclass
class Claim:
    ids: list[int]
    claimed_at: datetime  # the claim's token: delivery takes only rows still claimed at it


def claim(channel: Channel, *, now: datetime, limit: int,
          ids: Iterable[int] | None = None) -> Claim:
    """Claim up to `limit` pending rows due by `now` (only among `ids` if given), in the
    order they fell due. Rows locked by a concurrent claim are skipped, never waited for,
    and the claim is committed before this returns."""
    model = channel.model
    claimed_at = timezone.now()
    with transaction.atomic():
        due = model._default_manager.filter(status=PENDING, next_attempt_at__lte=now)
        if ids is not None:
            due = due.filter(pk__in=list(ids))
        found = list(due.order_by("next_attempt_at", "pk").select_for_update(skip_locked=True)
                     .values_list("pk", flat=True)[:limit])
        if found:
            model._default_manager.filter(pk__in=found).update(status=CLAIMED,
                                                               claimed_at=claimed_at)
    return Claim(ids=found, claimed_at=claimed_at)


def unclaim(channel: Channel, batch: Claim) -> int:
    """Hand a claim back (its delivery could not be queued): due again at once."""
    return channel.model._default_manager.filter(
        pk__in=batch.ids, status=CLAIMED, claimed_at=batch.claimed_at,
    ).update(status=PENDING)


# After the broker failed a request, the next requests in this process do not try it for a
# while: people should not wait on a broker that is down. The sweep always tries.
BROKER_PAUSE_SECONDS = 15
_broker_paused_until = 0.0


def queue(channel: Channel, batch: Claim, *, from_request: bool = False) -> bool:
    """Queue delivery of a committed claim. A broker that is down is logged, never raised:
    the claim is handed back, and the next sweep (or the lease, if even that fails) brings
    the rows round again."""
    global _broker_paused_until
    from .tasks import deliver

    try:
        if from_request and time.monotonic() < _broker_paused_until:
            raise ConnectionError("the broker failed a moment ago; not tried again yet")
        deliver.delay(channel.name, batch.ids, batch.claimed_at.isoformat())
    except Exception as error:  # noqa: BLE001 - any broker failure: the sweep retries
        if from_request:
            _broker_paused_until = time.monotonic() + BROKER_PAUSE_SECONDS
        logger.warning("Could not queue %d %s(s) for delivery (%s: %s); the sweep will "
                       "try again.", len(batch.ids), channel.label, type(error).__name__,
                       error)
        try:
            unclaim(channel, batch)
        except Exception:  # noqa: BLE001 - then the lease brings them back
            logger.warning("Could not hand the claim back; its lease will.", exc_info=True)
        return False
    return True


def claim_and_queue(channel: Channel, *, now: datetime, ids: Iterable[int] | None = None,
                    from_request: bool = False) -> list[int]:
    """Claim due rows a batch at a time (each batch committed on its own) and queue each
    batch's delivery. Stops at REMINDER_SWEEP_LIMIT rows. Returns the size of each batch
    claimed (a batch the broker refused is handed back, see `queue`)."""
    batch_size = settings.REMINDER_BATCH_SIZE
    batches: list[int] = []
    claimed = 0
    while claimed < settings.REMINDER_SWEEP_LIMIT:
        with transaction.atomic():
            batch = claim(channel, now=now, limit=batch_size, ids=ids)
            if batch.ids:  # queued once the claim is committed, never before
                transaction.on_commit(partial(queue, channel, batch,
                                              from_request=from_request))
        claimed += len(batch.ids)
        if batch.ids:
            batches.append(len(batch.ids))
        if len(batch.ids) < batch_size:
            break
    return batches


def deliver_on_commit(channel: Channel, ids: list[int]) -> None:
    """After the current transaction commits, claim these new rows and queue their delivery
    at once; whatever fails there (the broker, even the database) is logged and left to
    the sweep. Never raises into the request."""

    def now_committed() -> None:
        try:
            claim_and_queue(channel, now=timezone.now(), ids=ids, from_request=True)
        except Exception:  # noqa: BLE001 - the rows are saved: the sweep delivers them
            logger.warning("Could not start delivering %s(s) %s; the sweep will.",
                           channel.label, ids, exc_info=True)

    transaction.on_commit(now_committed, robust=True)


@transaction.atomic
def recover(channel: Channel, *, now: datetime) -> int:
    """Take back claims older than the lease: back to pending for the next sweep, or failed
    after REMINDER_MAX_ATTEMPTS (a row that kills its worker must not do so for ever).
    Returns how many rows were taken back."""
    model = channel.model
    stale = model._default_manager.filter(
        status=CLAIMED,
        claimed_at__lt=now - timedelta(seconds=settings.REMINDER_CLAIM_LEASE_SECONDS),
    )
    failed = list(stale.filter(attempts__gte=settings.REMINDER_MAX_ATTEMPTS)
                  .values_list("pk", flat=True))
    if failed:
        model._default_manager.filter(pk__in=failed).update(status=FAILED, last_error=GIVEN_UP)
        logger.error("%s(s) %s failed: their delivery was interrupted too many times.",
                     channel.label.capitalize(), failed)
    recovered = stale.update(status=PENDING, next_attempt_at=now, last_error=INTERRUPTED)
    if recovered:
        logger.warning("Took back %d %s(s) whose delivery was interrupted.", recovered,
                       channel.label)
    return recovered + len(failed)


@dataclass
class SweepOutcome:
    recovered: int = 0
    made: object = None  # what the channel's materialise step returned
    batches: list[int] = field(default_factory=list)

    @property
    def claimed(self) -> int:
        return sum(self.batches)


def sweep(channel: Channel, *, now: datetime | None = None) -> SweepOutcome:
    """Take back lost claims, write what has fallen due, claim and queue it. Safe to run in
    several processes at once."""
    now = now or timezone.now()
    outcome = SweepOutcome(recovered=recover(channel, now=now))
    if channel.materialise is not None:
        outcome.made = channel.materialise(now=now)
    outcome.batches = claim_and_queue(channel, now=now)
    return outcome


# --- Delivering a claimed row ----------------------------------------------------------------

_TAKE_OVER_SQL = """
WITH sent AS (
    UPDATE {table} SET status = %(sent)s, sent_at = %(sent_at)s, last_error = ''
    WHERE id = %(sent_id)s AND status <> %(sent)s
)
UPDATE {table} SET claimed_at = %(lease)s, attempts = attempts + 1
WHERE id = %(id)s AND status = %(claimed)s AND claimed_at = %(token)s
"""


def take_over(channel: Channel, pk: int, token: datetime, *,
              record_sent: tuple[int, datetime] | None = None) -> datetime | None:
    """Compare-and-set: make this delivery the one that delivers row `pk`, counting the
    attempt and renewing the lease. None if the row is not (or no longer) held by the claim
    `token`.

    `record_sent` is (id, when) of the row delivered just before, marked sent in the same
    statement: one round trip and one commit per email, and each recorded as sent before the
    next one goes out. (Marked whatever became of its claim meanwhile: it has gone, and no
    later claim may send it again.)"""
    lease = max(timezone.now(), token + timedelta(microseconds=1))
    sent_id, sent_at = record_sent or (None, None)
    with connection.cursor() as cursor:
        cursor.execute(_TAKE_OVER_SQL.format(table=channel.model._meta.db_table), {
            "sent": SENT, "sent_at": sent_at, "sent_id": sent_id,
            "lease": lease, "id": pk, "claimed": CLAIMED, "token": token,
        })
        return lease if cursor.rowcount == 1 else None


def error_text(error: Exception) -> str:
    return Truncator(f"{type(error).__name__}: {error}".replace("\n", " ")).chars(290)


def release(channel: Channel, row: OutboxRow, lease: datetime, error: Exception, *, permanent: bool,
            about: str = "") -> None:
    """After a failed delivery: back to pending with a backoff, or failed for good (logged
    as an error, kept for the admin to see and resend)."""
    attempts = row.attempts + 1
    text = error_text(error)
    held = channel.model._default_manager.filter(pk=row.pk, status=CLAIMED, claimed_at=lease)
    name = f"{channel.label.capitalize()} {row.pk}{f' ({about})' if about else ''}"
    if permanent or attempts >= settings.REMINDER_MAX_ATTEMPTS:
        held.update(status=FAILED, last_error=text)
        logger.error("%s failed after %d attempt(s): %s", name, attempts, text)
    else:
        wait = backoff(attempts)
        held.update(status=PENDING, next_attempt_at=timezone.now() + wait, last_error=text)
        logger.warning("%s not delivered, attempt %d; next try in %s: %s", name, attempts,
                       wait, text)


def skip(channel: Channel, pk: int, token: datetime, reason: str) -> None:
    """A claimed row that no longer applies (the session began, the survey was answered)."""
    channel.model._default_manager.filter(pk=pk, status=CLAIMED, claimed_at=token).update(
        status=SKIPPED, last_error=reason)


def mark_sent(channel: Channel, pk: int, when: datetime) -> None:
    channel.model._default_manager.filter(pk=pk).exclude(status=SENT).update(
        status=SENT, sent_at=when, last_error="")


def backoff(attempts: int) -> timedelta:
    """The wait before the next try after `attempts` failed ones: 1, 2, 4 ... base, capped."""
    seconds = settings.REMINDER_BACKOFF_SECONDS * 2 ** max(attempts - 1, 0)
    return timedelta(seconds=min(seconds, settings.REMINDER_BACKOFF_MAX_SECONDS))


def resend_failed(channel_name: str, *, actor: AbstractBaseUser, pk: int | None = None) -> int:
    """The deliveries page's "Send again": one failed row of a channel, or all of them, get
    a fresh start (pending, due now, attempts counted from zero). Returns how many."""
    from . import channels

    channel = channels.get(channel_name)
    failed = channel.model._default_manager.filter(status=FAILED)
    if pk is not None:
        failed = failed.filter(pk=pk)
    count = failed.update(status=PENDING, attempts=0, next_attempt_at=timezone.now(),
                          claimed_at=None, last_error="Sent again by a site admin.")
    if count:
        logger.info("%d failed %s(s) sent again by user %s.", count, channel.label, actor.pk)
    return count

"""What the two email sweeps (session reminders in sessions_app/reminders.py, survey
invitations and reminders in evaluation/invitations.py) share: claiming due rows in batches
and queueing a send task per committed claim, the backoff between failed attempts, which
SMTP errors are final, and the absolute links and Message-ID domain of the emails.
Settings: REMINDER_BATCH_SIZE, REMINDER_SWEEP_LIMIT, REMINDER_BACKOFF_*."""

import logging
from collections.abc import Callable
from datetime import timedelta
from smtplib import SMTPRecipientsRefused, SMTPResponseException
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction

logger = logging.getLogger(__name__)


def claim_in_batches(claim: Callable[[int], tuple[list[int], object]],
                     queue: Callable[[list[int], object], None]) -> list[int]:
    """Claim due rows a batch at a time, each batch in its own transaction, and queue its
    send task only once that claim is committed (if queueing fails, the rows stay claimed
    and the lease brings them back). `claim(limit)` returns (row ids, token). Stops at
    REMINDER_SWEEP_LIMIT rows. Returns the size of each batch queued."""
    batch_size = settings.REMINDER_BATCH_SIZE
    batches, claimed = [], 0
    while claimed < settings.REMINDER_SWEEP_LIMIT:
        with transaction.atomic():
            ids, token = claim(batch_size)
            if ids:
                transaction.on_commit(lambda i=ids, t=token: queue(i, t), robust=True)
        claimed += len(ids)
        if ids:
            batches.append(len(ids))
        if len(ids) < batch_size:
            break
    return batches


def backoff(attempts: int) -> timedelta:
    """The wait before the next try after `attempts` failed ones: 1, 2, 4 ... base, capped."""
    seconds = settings.REMINDER_BACKOFF_SECONDS * 2 ** max(attempts - 1, 0)
    return timedelta(seconds=min(seconds, settings.REMINDER_BACKOFF_MAX_SECONDS))


def is_permanent(error: Exception) -> bool:
    """A 5xx answer: the server will never take this message, so do not try again."""
    if isinstance(error, SMTPResponseException):
        return error.smtp_code >= 500
    if isinstance(error, SMTPRecipientsRefused):
        return all(code >= 500 for code, _ in error.recipients.values())
    return False


def is_smtp_answer(error: Exception) -> bool:
    """The server answered (and refused): the connection itself is still good."""
    return isinstance(error, (SMTPResponseException, SMTPRecipientsRefused))


def close_quietly(mailer) -> None:
    try:
        mailer.close()
    except Exception:  # noqa: BLE001 - a connection that will not close is dropped
        logger.info("Mail connection did not close cleanly.", exc_info=True)


def absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def message_domain() -> str:
    return urlsplit(settings.SITE_URL).hostname or "localhost"

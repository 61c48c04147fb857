"""Sending a claimed batch of emails over one mail connection, for any channel, and what
emails share: which SMTP errors are final, absolute links, the Message-ID domain."""

import logging
from collections.abc import Iterable
from datetime import datetime
from smtplib import SMTPRecipientsRefused, SMTPResponseException
from urllib.parse import urlsplit

from django.conf import settings
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.utils import timezone

from . import engine
from .channels import Channel, OutboxRow

logger = logging.getLogger(__name__)


class EmailBatch[Row: OutboxRow]:
    """What a channel says about its emails; `send_batch` does the rest. Subclasses load
    what the batch needs in a fixed number of queries when they are made."""

    def skip_reason(self, row: Row, now: datetime) -> str:
        """Why a claimed row should not go out after all ('' if it should)."""
        return ""

    def message(self, row: Row) -> mail.EmailMessage | None:
        """The row's email; None if, now that the row is held, there is nothing to send
        after all (a digest whose news has gone): the row is then skipped."""
        raise NotImplementedError

    def nothing_to_send(self, row: Row) -> str:
        """Why `message` gave None, for the row's record."""
        return "Nothing to send any more."

    def about(self, row: Row) -> str:
        """Who and what a row is, for the logs (ids only, never an address)."""
        return ""

    def taken_over(self, row: Row) -> None:
        """Called once the row is this sender's, before its message is made."""

    def failed(self, row: Row) -> None:
        """Called when the row's email failed, before the row is released."""

    def sent(self, row: Row) -> None:
        """Called once the row's email has gone."""


def send_batch[Row: OutboxRow](channel: Channel, rows: Iterable[Row],
                               batch: EmailBatch[Row]) -> int:
    """Send the claimed `rows` (each still holding its claim's token in `claimed_at`) over
    one mail connection. One email's failure never stops the others: its row is released to
    be tried again later, or failed. Returns how many were sent."""
    mailer = mail.mailers["default"]
    # (id, when) of the last email sent, recorded with the next take-over
    just_sent: tuple[int, datetime] | None = None
    sent = 0
    connected = False
    try:
        for row in rows:
            token = row.claimed_at
            assert token is not None  # a claimed row holds its claim's time
            reason = batch.skip_reason(row, timezone.now())
            if reason:
                engine.skip(channel, row.pk, token, reason)
                continue
            lease = engine.take_over(channel, row.pk, token, record_sent=just_sent)
            just_sent = None
            if lease is None:
                continue  # another sender holds it, or the claim was taken back
            try:
                batch.taken_over(row)
                message = batch.message(row)
                if message is None:
                    engine.skip(channel, row.pk, lease, batch.nothing_to_send(row))
                    continue
                if not connected:
                    mailer.open()
                    connected = True
                mailer.send_messages([message])
            except Exception as error:  # noqa: BLE001 - every failure is recorded, none lost
                batch.failed(row)
                engine.release(channel, row, lease, error, permanent=is_permanent(error),
                               about=batch.about(row))
                if not is_smtp_answer(error):
                    close_quietly(mailer)  # the connection itself may be broken
                    connected = False
                continue
            just_sent = (row.pk, timezone.now())
            batch.sent(row)
            sent += 1
    finally:
        try:
            if just_sent:
                engine.mark_sent(channel, *just_sent)
        finally:
            if connected:
                close_quietly(mailer)
    return sent


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


def close_quietly(mailer: BaseEmailBackend) -> None:
    try:
        mailer.close()
    except Exception:  # noqa: BLE001 - a connection that will not close is dropped
        logger.info("Mail connection did not close cleanly.", exc_info=True)


def absolute(path: str) -> str:
    return str(settings.SITE_URL).rstrip("/") + path


def message_domain() -> str:
    return urlsplit(str(settings.SITE_URL)).hostname or "localhost"

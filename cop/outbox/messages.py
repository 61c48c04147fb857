"""Emails and background jobs caused by a request: `enqueue(kind, object_ids)` inside the
request's transaction, delivered by the handler an app registered for `kind`.

A handler takes the OutboxMessage and does the work (sends the invitation, builds the
export). It returns False when there was nothing to do any more (the invitation was
replaced, the person left): the row is then marked skipped, not sent. It raises on
failure: the engine backs off and tries again, or fails the row for good. Handlers must
be safe to run again after a worker died mid-way; each of ours records in its own
transaction that it is done (an invitation's `sent_at`, a notification's `emailed_at`, an
export's status), so a second run finds nothing to do.

Emails rendered in the request (allauth's: password reset, address confirmation, security
notices) are kept encrypted in the row until sent (`enqueue_email`), then erased."""

import base64
import hashlib
import json
import logging
from collections.abc import Callable, Iterable
from datetime import datetime

from cryptography.fernet import Fernet, MultiFernet
from django.conf import settings
from django.core import mail
from django.utils import timezone

from . import engine
from .channels import Channel, register
from .mail import is_permanent, message_domain
from .models import DeliveryStatus, OutboxMessage

logger = logging.getLogger(__name__)

Handler = Callable[[OutboxMessage], bool | None]
_handlers: dict[str, Handler] = {}

EMAIL = "outbox.email"  # an email rendered in the request, kept encrypted until sent


def register_kind(kind: str, handler: Handler) -> None:
    """Called by each app when it starts (AppConfig.ready)."""
    _handlers[kind] = handler


def enqueue(kind: str, object_ids: int | Iterable[int]) -> list[OutboxMessage]:
    """Write one message per object (in the caller's transaction) and deliver them once it
    commits; if they cannot be queued then, the sweep delivers them."""
    if isinstance(object_ids, int):
        object_ids = [object_ids]
    rows = OutboxMessage.objects.bulk_create(
        [OutboxMessage(kind=kind, object_id=pk) for pk in object_ids])
    if rows:
        engine.deliver_on_commit(CHANNEL, [row.pk for row in rows])
    return rows


def enqueue_email(message: mail.EmailMessage) -> OutboxMessage:
    """Keep a rendered email (encrypted: it may carry a sign-in link) until it is sent."""
    row = OutboxMessage.objects.create(kind=EMAIL, payload=encrypt_email(message))
    engine.deliver_on_commit(CHANNEL, [row.pk])
    return row


def encrypt_email(message: mail.EmailMessage) -> str:
    data = {
        "subject": message.subject, "body": message.body, "from_email": message.from_email,
        "to": list(message.to), "cc": list(message.cc), "bcc": list(message.bcc),
        "reply_to": list(message.reply_to), "headers": dict(message.extra_headers),
        "alternatives": [[content, mimetype] for content, mimetype
                         in getattr(message, "alternatives", [])],
    }
    return _cipher().encrypt(json.dumps(data).encode()).decode("ascii")


def _cipher() -> MultiFernet:
    """A key of its own, derived from SECRET_KEY (and its fallbacks, so rotating it leaves
    queued emails readable)."""
    keys = [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]
    return MultiFernet([
        Fernet(base64.urlsafe_b64encode(hashlib.sha256(f"outbox:{key}".encode()).digest()))
        for key in keys])


def _send_email(row: OutboxMessage) -> bool:
    data = json.loads(_cipher().decrypt(row.payload.encode("ascii")))
    alternatives = data.pop("alternatives")
    data["headers"] = {
        **data["headers"],
        # The same on every attempt, so a repeat after a crash can be recognised.
        "Message-ID": f"<outbox-{row.pk}@{message_domain()}>",
    }
    message = mail.EmailMultiAlternatives(**data)
    for content, mimetype in alternatives:
        message.attach_alternative(content, mimetype)
    message.send()
    return True


register_kind(EMAIL, _send_email)


def deliver(ids: list[int], claimed_at: datetime | None = None) -> int:
    """Deliver the claimed messages among `ids`, each taken over just before its handler
    runs. Returns how many were delivered."""
    rows = OutboxMessage.objects.filter(pk__in=list(ids), status=DeliveryStatus.CLAIMED)
    if claimed_at is not None:
        rows = rows.filter(claimed_at=claimed_at)
    delivered = 0
    for row in rows.order_by("pk"):
        assert row.claimed_at is not None  # a claimed row holds its claim's time
        lease = engine.take_over(CHANNEL, row.pk, row.claimed_at)
        if lease is None:
            continue  # another delivery holds it, or the claim was taken back
        handler = _handlers.get(row.kind)
        try:
            if handler is None:
                raise LookupError(f"No handler is registered for {row.kind!r}.")
            done = handler(row)
        except Exception as error:  # noqa: BLE001 - every failure is recorded, none lost
            engine.release(CHANNEL, row, lease, error,
                           permanent=handler is None or is_permanent(error),
                           about=f"{row.kind} {row.object_id or ''}".strip())
            continue
        held = OutboxMessage.objects.filter(pk=row.pk, status=DeliveryStatus.CLAIMED,
                                            claimed_at=lease)
        if done is False:
            held.update(status=DeliveryStatus.SKIPPED, payload="",
                        last_error="Nothing to do any more.")
        else:
            OutboxMessage.objects.filter(pk=row.pk).exclude(status=DeliveryStatus.SENT).update(
                status=DeliveryStatus.SENT, sent_at=timezone.now(), payload="", last_error="")
            delivered += 1
    return delivered


CHANNEL = Channel(name="messages", model=OutboxMessage, label="outbox message",
                  deliver=deliver)


def register_channel() -> None:
    register(CHANNEL)

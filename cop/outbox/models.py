from django.db import models
from django.utils import timezone


class DeliveryStatus(models.TextChoices):
    """The life of every outbox row, in every channel (reminders and survey emails use the
    same values in their own tables)."""

    PENDING = "pending", "Waiting"
    CLAIMED = "claimed", "Being delivered"
    SENT = "sent", "Done"
    SKIPPED = "skipped", "Not needed any more"
    FAILED = "failed", "Failed"


class OutboxRow(models.Model):
    """The fields the outbox engine works on, in every channel's table (with a `status` of
    DeliveryStatus values, which each table declares with its own labels)."""

    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        abstract = True


class OutboxMessage(OutboxRow):
    """One email or background job caused by a request: an invitation, a notification
    email, a "Download my data" build, a survey export, an account email. Written in the
    same transaction as its cause; `kind` names the handler that an app registered and
    `object_id` the row it works on. One message per kind and object, so a retried request
    cannot queue the same thing twice."""

    kind = models.CharField(max_length=60)
    object_id = models.BigIntegerField(null=True, blank=True)  # none for account emails
    # Only for emails rendered in the request (allauth's): encrypted, cleared once sent.
    payload = models.TextField(blank=True)
    status = models.CharField(max_length=10, choices=DeliveryStatus.choices,
                              default=DeliveryStatus.PENDING)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"],
                                    condition=models.Q(object_id__isnull=False),
                                    name="outbox_once_per_object"),
        ]
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self) -> str:
        return f"{self.kind} {self.object_id} ({self.get_status_display()})"

    @property
    def target_id(self) -> int:
        """`object_id` of a message enqueued for an object (every kind but account emails)."""
        if self.object_id is None:
            raise LookupError(f"Outbox message {self.pk} ({self.kind}) is for no object.")
        return self.object_id

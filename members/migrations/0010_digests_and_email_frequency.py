"""Calmer notifications: per kind, email straight away, in a daily or weekly digest, or not
at all (instead of on or off); the Digest rows of the outbox channel "digests"."""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models

FREQUENCIES = [("immediately", "Straight away"), ("daily", "In a daily digest"),
               ("weekly", "In a weekly digest"), ("off", "No emails")]
# members.models.DEFAULT_EMAIL_FREQUENCY when this was written.
DIGEST_BY_DEFAULT = ("new_comment", "new_case")


def _settings(apps, schema_editor):
    """Every NotificationSetting row, in the database being migrated."""
    model = apps.get_model("members", "NotificationSetting")
    return model.objects.using(schema_editor.connection.alias)


def email_to_frequency(apps, schema_editor):
    """Email off stays off. Email on was everyone's default (saving the settings page saved
    every kind), so it takes the kind's new default: the digest for new cases and comments."""
    rows = _settings(apps, schema_editor)
    rows.filter(email=False).update(email_frequency="off")
    rows.filter(email=True, kind__in=DIGEST_BY_DEFAULT).update(email_frequency="daily")
    rows.filter(email=True).exclude(kind__in=DIGEST_BY_DEFAULT).update(
        email_frequency="immediately")


def frequency_to_email(apps, schema_editor):
    rows = _settings(apps, schema_editor)
    rows.update(email=True)
    rows.filter(email_frequency="off").update(email=False)


class Migration(migrations.Migration):

    dependencies = [
        ("members", "0009_followup_kind"),
    ]

    operations = [
        migrations.AddField(
            model_name="notificationsetting",
            name="email_frequency",
            field=models.CharField(choices=FREQUENCIES, default="immediately", max_length=12,
                                   verbose_name="by email"),
        ),
        migrations.RunPython(email_to_frequency, frequency_to_email),
        migrations.RemoveField(model_name="notificationsetting", name="email"),
        migrations.AddField(
            model_name="notification",
            name="email_via",
            field=models.CharField(blank=True, choices=FREQUENCIES, max_length=12),
        ),
        migrations.CreateModel(
            name="Digest",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False,
                                           verbose_name="ID")),
                ("frequency", models.CharField(choices=[("daily", "In a daily digest"),
                                                        ("weekly", "In a weekly digest")],
                                               max_length=12)),
                ("due_at", models.DateTimeField()),
                ("status", models.CharField(choices=[
                    ("pending", "Waiting"), ("claimed", "Being delivered"), ("sent", "Done"),
                    ("skipped", "Not needed any more"), ("failed", "Failed")],
                    default="pending", max_length=10)),
                ("attempts", models.PositiveSmallIntegerField(default=0)),
                ("next_attempt_at", models.DateTimeField(default=django.utils.timezone.now)),
                ("claimed_at", models.DateTimeField(blank=True, null=True)),
                ("sent_at", models.DateTimeField(blank=True, null=True)),
                ("last_error", models.CharField(blank=True, max_length=300)),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                ("user", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE,
                                           related_name="digests",
                                           to=settings.AUTH_USER_MODEL)),
            ],
            options={
                "indexes": [models.Index(fields=["status", "next_attempt_at"],
                                         name="members_dig_status_60b021_idx")],
                "constraints": [models.UniqueConstraint(
                    fields=("user", "frequency", "due_at"),
                    name="digest_once_per_person_period")],
            },
        ),
        migrations.AddField(
            model_name="notification",
            name="digest",
            field=models.ForeignKey(blank=True, db_index=False, null=True,
                                    on_delete=django.db.models.deletion.SET_NULL,
                                    related_name="notifications", to="members.digest"),
        ),
        migrations.AddIndex(
            model_name="notification",
            index=models.Index(condition=models.Q(("digest__isnull", True),
                                                  ("email_via__in", ["daily", "weekly"]),
                                                  ("emailed_at__isnull", True)),
                               fields=["email_via", "user", "created_at"],
                               name="notification_awaiting_digest"),
        ),
        migrations.AddIndex(
            model_name="notification",
            index=models.Index(condition=models.Q(("digest__isnull", False)), fields=["digest"],
                               name="notification_digest"),
        ),
        migrations.AddConstraint(
            model_name="notification",
            constraint=models.CheckConstraint(
                condition=models.Q(("emailed_at__isnull", True), ("digest__isnull", True),
                                   _connector="OR"),
                name="notification_in_one_email_at_most"),
        ),
    ]

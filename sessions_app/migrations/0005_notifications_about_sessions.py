"""Notifications made before they referred to what they are about (members 0011): those
linking to a session's page point at that session, found once from the number in the link
(the slug in it may be out of date). Requests for a follow-up link to a list, not a
session, and stay without a reference."""

from django.db import migrations

# The session's number in a link such as /c/leeds/sessions/12/ (PostgreSQL's regex).
LINK = r"^/c/[^/]+/sessions/([0-9]+)/"


def refer_to_sessions(apps, schema_editor):
    Session = apps.get_model("sessions_app", "Session")
    Notification = apps.get_model("members", "Notification")
    if not Notification.objects.filter(about_id__isnull=True, url__regex=LINK).exists():
        return
    # One statement; only where the session is in the notification's community, so a link
    # that happens to look like one finds nothing.
    schema_editor.execute(
        f"UPDATE {Notification._meta.db_table} AS n SET about_type = %s, about_id = t.id "
        f"FROM {Session._meta.db_table} AS t "
        "WHERE n.about_id IS NULL AND t.community_id = n.community_id "
        "AND t.id = substring(n.url from %s)::bigint",
        ["sessions_app.session", LINK])


class Migration(migrations.Migration):

    dependencies = [
        ("sessions_app", "0004_text_limits"),
        ("members", "0011_notification_about"),
    ]

    operations = [migrations.RunPython(refer_to_sessions, migrations.RunPython.noop)]

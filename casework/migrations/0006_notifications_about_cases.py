"""Notifications made before they referred to what they are about (members 0011): those
linking to a case's page point at that case, found once from the number in the link (the
slug in it may be out of date). Retention finds them by that reference from now on."""

from django.db import migrations

# The case's number in a link such as /c/leeds/cases/12/ (PostgreSQL's regex).
LINK = r"^/c/[^/]+/cases/([0-9]+)/"


def refer_to_cases(apps, schema_editor):
    CaseStudy = apps.get_model("casework", "CaseStudy")
    Notification = apps.get_model("members", "Notification")
    if not Notification.objects.filter(about_id__isnull=True, url__regex=LINK).exists():
        return
    # One statement; only where the case is in the notification's community, so a link
    # that happens to look like one finds nothing.
    schema_editor.execute(
        f"UPDATE {Notification._meta.db_table} AS n SET about_type = %s, about_id = t.id "
        f"FROM {CaseStudy._meta.db_table} AS t "
        "WHERE n.about_id IS NULL AND t.community_id = n.community_id "
        "AND t.id = substring(n.url from %s)::bigint",
        ["casework.casestudy", LINK])


class Migration(migrations.Migration):

    dependencies = [
        ("casework", "0005_text_limits"),
        ("members", "0011_notification_about"),
    ]

    operations = [migrations.RunPython(refer_to_cases, migrations.RunPython.noop)]

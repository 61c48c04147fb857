"""Limits on the text people type (cop/text_limits.py): a CHECK on each text column."""

import cop.text_limits
from django.conf import settings
from django.db import migrations, models


# Rows written before the limits keep their first `limit` characters, so that the CHECKs
# can be added (there are none longer in practice).
LIMITS = [
    ("sessions_app_sessionseries", "description", 5000),
    ("sessions_app_session", "description", 5000),
    ("sessions_app_session", "cancelled_reason", 1000),
    ("sessions_app_session", "notes", 50000),
    ("sessions_app_followuprequest", "message", 2000),
    ("sessions_app_material", "summary", 1000),
]
SHORTEN = "\n".join(f"UPDATE {table} SET {column} = left({column}, {limit}) "
                    f"WHERE length({column}) > {limit};" for table, column, limit in LIMITS)


class Migration(migrations.Migration):

    dependencies = [
        ('members', '0008_text_limits'),
        ('sessions_app', '0003_attendance_history'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RunSQL(SHORTEN, migrations.RunSQL.noop),
        migrations.AlterField(
            model_name='followuprequest',
            name='message',
            field=models.TextField(blank=True, max_length=2000),
        ),
        migrations.AlterField(
            model_name='material',
            name='summary',
            field=models.TextField(blank=True, max_length=1000),
        ),
        migrations.AlterField(
            model_name='session',
            name='cancelled_reason',
            field=models.TextField(blank=True, max_length=1000),
        ),
        migrations.AlterField(
            model_name='session',
            name='description',
            field=models.TextField(blank=True, max_length=5000),
        ),
        migrations.AlterField(
            model_name='session',
            name='notes',
            field=models.TextField(blank=True, help_text='Notes or minutes (Markdown).', max_length=50000),
        ),
        migrations.AlterField(
            model_name='sessionseries',
            name='description',
            field=models.TextField(blank=True, max_length=5000),
        ),
        migrations.AddConstraint(
            model_name='followuprequest',
            constraint=cop.text_limits.LengthCheck(field='message', limit=2000, name='sessions_app_followuprequest_message_max_length'),
        ),
        migrations.AddConstraint(
            model_name='material',
            constraint=cop.text_limits.LengthCheck(field='summary', limit=1000, name='sessions_app_material_summary_max_length'),
        ),
        migrations.AddConstraint(
            model_name='session',
            constraint=cop.text_limits.LengthCheck(field='description', limit=5000, name='sessions_app_session_description_max_length'),
        ),
        migrations.AddConstraint(
            model_name='session',
            constraint=cop.text_limits.LengthCheck(field='cancelled_reason', limit=1000, name='sessions_app_session_cancelled_reason_max_length'),
        ),
        migrations.AddConstraint(
            model_name='session',
            constraint=cop.text_limits.LengthCheck(field='notes', limit=50000, name='sessions_app_session_notes_max_length'),
        ),
        migrations.AddConstraint(
            model_name='sessionseries',
            constraint=cop.text_limits.LengthCheck(field='description', limit=5000, name='sessions_app_sessionseries_description_max_length'),
        ),
    ]

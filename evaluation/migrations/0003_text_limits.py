"""Limits on the text people type (cop/text_limits.py): a CHECK on each text column."""

import cop.text_limits
from django.conf import settings
from django.db import migrations, models


# Rows written before the limits keep their first `limit` characters, so that the CHECKs
# can be added (there are none longer in practice).
LIMITS = [
    ("evaluation_study", "description", 5000),
    ("evaluation_survey", "instructions", 5000),
    ("evaluation_survey", "credit", 2000),
    ("evaluation_question", "text", 2000),
    ("evaluation_answer", "text", 10000),
]
SHORTEN = "\n".join(f"UPDATE {table} SET {column} = left({column}, {limit}) "
                    f"WHERE length({column}) > {limit};" for table, column, limit in LIMITS)


class Migration(migrations.Migration):

    dependencies = [
        ('evaluation', '0002_one_invitation_per_session'),
        ('members', '0008_text_limits'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RunSQL(SHORTEN, migrations.RunSQL.noop),
        migrations.AlterField(
            model_name='answer',
            name='text',
            field=models.TextField(blank=True, max_length=10000),
        ),
        migrations.AlterField(
            model_name='question',
            name='text',
            field=models.TextField(max_length=2000),
        ),
        migrations.AlterField(
            model_name='study',
            name='description',
            field=models.TextField(blank=True, max_length=5000),
        ),
        migrations.AlterField(
            model_name='survey',
            name='credit',
            field=models.TextField(blank=True, max_length=2000),
        ),
        migrations.AlterField(
            model_name='survey',
            name='instructions',
            field=models.TextField(blank=True, max_length=5000),
        ),
        migrations.AddConstraint(
            model_name='answer',
            constraint=cop.text_limits.LengthCheck(field='text', limit=10000, name='evaluation_answer_text_max_length'),
        ),
        migrations.AddConstraint(
            model_name='question',
            constraint=cop.text_limits.LengthCheck(field='text', limit=2000, name='evaluation_question_text_max_length'),
        ),
        migrations.AddConstraint(
            model_name='study',
            constraint=cop.text_limits.LengthCheck(field='description', limit=5000, name='evaluation_study_description_max_length'),
        ),
        migrations.AddConstraint(
            model_name='survey',
            constraint=cop.text_limits.LengthCheck(field='instructions', limit=5000, name='evaluation_survey_instructions_max_length'),
        ),
        migrations.AddConstraint(
            model_name='survey',
            constraint=cop.text_limits.LengthCheck(field='credit', limit=2000, name='evaluation_survey_credit_max_length'),
        ),
    ]

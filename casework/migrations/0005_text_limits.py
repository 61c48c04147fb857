"""Limits on the text people type (cop/text_limits.py): a CHECK on each text column, and
search vectors that never fail on a long text.

to_tsvector refuses a result over 1 MB ("string is too long for tsvector"). A character
adds at most about 10.5 bytes to it (a short hyphenated word of four-byte characters: the
word and each part are indexed), so the triggers index at most 76,000 characters of a case
(title 1,000, question 5,000, the rest 70,000) and 70,000 of a comment: more than the
columns' limits let in, so nothing is left out unless a limit was bypassed."""

import cop.text_limits
from django.conf import settings
from django.db import migrations, models


CASE_FUNCTION = """
CREATE OR REPLACE FUNCTION casework_case_search_vector() RETURNS trigger AS $$
BEGIN
    NEW.search_vector :=
        setweight(to_tsvector('english', left(coalesce(NEW.title, ''), 1000)), 'A') ||
        setweight(to_tsvector('english', left(coalesce(NEW.question, ''), 5000)), 'B') ||
        setweight(to_tsvector('english', left(
            coalesce(NEW.presenting_situation, '') || ' ' || coalesce(NEW.services_involved, '')
            || ' ' || coalesce(NEW.what_tried, '') || ' ' || coalesce(NEW.outcome, ''),
            70000)), 'C');
    RETURN NEW;
END
$$ LANGUAGE plpgsql;
"""

COMMENT_FUNCTION = """
CREATE OR REPLACE FUNCTION casework_comment_search_vector() RETURNS trigger AS $$
BEGIN
    NEW.search_vector := to_tsvector('english', left(coalesce(NEW.body, ''), 70000));
    RETURN NEW;
END
$$ LANGUAGE plpgsql;
"""

# As migration 0002 made them.
OLD_CASE_FUNCTION = """
CREATE OR REPLACE FUNCTION casework_case_search_vector() RETURNS trigger AS $$
BEGIN
    NEW.search_vector :=
        setweight(to_tsvector('english', coalesce(NEW.title, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(NEW.question, '')), 'B') ||
        setweight(to_tsvector('english',
            coalesce(NEW.presenting_situation, '') || ' ' || coalesce(NEW.services_involved, '')
            || ' ' || coalesce(NEW.what_tried, '') || ' ' || coalesce(NEW.outcome, '')), 'C');
    RETURN NEW;
END
$$ LANGUAGE plpgsql;
"""

OLD_COMMENT_FUNCTION = """
CREATE OR REPLACE FUNCTION casework_comment_search_vector() RETURNS trigger AS $$
BEGIN
    NEW.search_vector := to_tsvector('english', coalesce(NEW.body, ''));
    RETURN NEW;
END
$$ LANGUAGE plpgsql;
"""

# Rows written before the limits keep their first `limit` characters, so that the CHECKs
# can be added (there are none longer in practice).
LIMITS = [
    ("casework_casestudy", "presenting_situation", 20000),
    ("casework_casestudy", "services_involved", 5000),
    ("casework_casestudy", "what_tried", 20000),
    ("casework_casestudy", "question", 5000),
    ("casework_casestudy", "outcome", 20000),
    ("casework_caserevision", "reason", 1000),
    ("casework_comment", "body", 20000),
    ("casework_comment", "removal_reason", 1000),
    ("casework_anonymisationoverride", "reason", 1000),
    ("casework_barrier", "how_overcome", 5000),
]
SHORTEN = "\n".join(f"UPDATE {table} SET {column} = left({column}, {limit}) "
                    f"WHERE length({column}) > {limit};" for table, column, limit in LIMITS)


class Migration(migrations.Migration):

    dependencies = [
        ('casework', '0004_comment_community'),
        ('members', '0008_text_limits'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RunSQL(CASE_FUNCTION, OLD_CASE_FUNCTION),
        migrations.RunSQL(COMMENT_FUNCTION, OLD_COMMENT_FUNCTION),
        migrations.RunSQL(SHORTEN, migrations.RunSQL.noop),
        migrations.AlterField(
            model_name='anonymisationoverride',
            name='reason',
            field=models.TextField(max_length=1000),
        ),
        migrations.AlterField(
            model_name='barrier',
            name='how_overcome',
            field=models.TextField(blank=True, max_length=5000),
        ),
        migrations.AlterField(
            model_name='caserevision',
            name='reason',
            field=models.TextField(blank=True, max_length=1000),
        ),
        migrations.AlterField(
            model_name='casestudy',
            name='outcome',
            field=models.TextField(blank=True, max_length=20000),
        ),
        migrations.AlterField(
            model_name='casestudy',
            name='presenting_situation',
            field=models.TextField(max_length=20000),
        ),
        migrations.AlterField(
            model_name='casestudy',
            name='question',
            field=models.TextField(blank=True, max_length=5000),
        ),
        migrations.AlterField(
            model_name='casestudy',
            name='services_involved',
            field=models.TextField(blank=True, max_length=5000),
        ),
        migrations.AlterField(
            model_name='casestudy',
            name='what_tried',
            field=models.TextField(blank=True, max_length=20000),
        ),
        migrations.AlterField(
            model_name='comment',
            name='body',
            field=models.TextField(max_length=20000),
        ),
        migrations.AlterField(
            model_name='comment',
            name='removal_reason',
            field=models.TextField(blank=True, max_length=1000),
        ),
        migrations.AddConstraint(
            model_name='anonymisationoverride',
            constraint=cop.text_limits.LengthCheck(field='reason', limit=1000, name='casework_anonymisationoverride_reason_max_length'),
        ),
        migrations.AddConstraint(
            model_name='barrier',
            constraint=cop.text_limits.LengthCheck(field='how_overcome', limit=5000, name='casework_barrier_how_overcome_max_length'),
        ),
        migrations.AddConstraint(
            model_name='caserevision',
            constraint=cop.text_limits.LengthCheck(field='reason', limit=1000, name='casework_caserevision_reason_max_length'),
        ),
        migrations.AddConstraint(
            model_name='casestudy',
            constraint=cop.text_limits.LengthCheck(field='presenting_situation', limit=20000, name='casework_casestudy_presenting_situation_max_length'),
        ),
        migrations.AddConstraint(
            model_name='casestudy',
            constraint=cop.text_limits.LengthCheck(field='services_involved', limit=5000, name='casework_casestudy_services_involved_max_length'),
        ),
        migrations.AddConstraint(
            model_name='casestudy',
            constraint=cop.text_limits.LengthCheck(field='what_tried', limit=20000, name='casework_casestudy_what_tried_max_length'),
        ),
        migrations.AddConstraint(
            model_name='casestudy',
            constraint=cop.text_limits.LengthCheck(field='question', limit=5000, name='casework_casestudy_question_max_length'),
        ),
        migrations.AddConstraint(
            model_name='casestudy',
            constraint=cop.text_limits.LengthCheck(field='outcome', limit=20000, name='casework_casestudy_outcome_max_length'),
        ),
        migrations.AddConstraint(
            model_name='comment',
            constraint=cop.text_limits.LengthCheck(field='body', limit=20000, name='casework_comment_body_max_length'),
        ),
        migrations.AddConstraint(
            model_name='comment',
            constraint=cop.text_limits.LengthCheck(field='removal_reason', limit=1000, name='casework_comment_removal_reason_max_length'),
        ),
    ]

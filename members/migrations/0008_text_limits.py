"""Limits on the text people type (cop/text_limits.py): a CHECK on each text column."""

import cop.text_limits
from django.db import migrations, models


# Rows written before the limits keep their first `limit` characters, so that the CHECKs
# can be added (there are none longer in practice).
LIMITS = [
    ("members_community", "description", 2000),
    ("members_community", "ground_rules", 10000),
]
SHORTEN = "\n".join(f"UPDATE {table} SET {column} = left({column}, {limit}) "
                    f"WHERE length({column}) > {limit};" for table, column, limit in LIMITS)


class Migration(migrations.Migration):

    dependencies = [
        ('members', '0007_merge_history_personal_data'),
    ]

    operations = [
        migrations.RunSQL(SHORTEN, migrations.RunSQL.noop),
        migrations.AlterField(
            model_name='community',
            name='description',
            field=models.TextField(blank=True, max_length=2000),
        ),
        migrations.AlterField(
            model_name='community',
            name='ground_rules',
            field=models.TextField(blank=True, max_length=10000),
        ),
        migrations.AddConstraint(
            model_name='community',
            constraint=cop.text_limits.LengthCheck(field='description', limit=2000, name='members_community_description_max_length'),
        ),
        migrations.AddConstraint(
            model_name='community',
            constraint=cop.text_limits.LengthCheck(field='ground_rules', limit=10000, name='members_community_ground_rules_max_length'),
        ),
    ]

"""The version column gets a database default too: rows written outside Django (the bench
seed's COPY, a restore of older data) must not fail its NOT NULL."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('casework', '0012_case_list_covering'),
    ]

    operations = [
        migrations.AlterField(
            model_name='casestudy',
            name='thread_version',
            field=models.BigIntegerField(db_default=0, default=0, editable=False),
        ),
    ]

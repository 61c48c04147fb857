# Indexes in the order the case list and the community home read cases (issue 17).

from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('casework', '0007_overrides_about_anything'),
        ('members', '0011_notification_about'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddIndex(
            model_name='casestudy',
            index=models.Index(fields=['community', '-last_activity_at', '-id'], name='case_list_order'),
        ),
        migrations.AddIndex(
            model_name='casestudy',
            index=models.Index(fields=['community', 'status', '-published_at', '-id'], name='latest_cases_order'),
        ),
    ]

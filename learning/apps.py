from django.apps import AppConfig


class LearningConfig(AppConfig):
    """Each member's reflective learning record (issue 19): private reflections after
    sessions, the CPD record (PDF and Word) and attendance certificates."""

    name = "learning"
    verbose_name = "Learning record"

    def ready(self):
        # Nothing in the admin (models.py: a reflection is its author's alone).
        # What happens to its data when an account closes, in a download (lifecycle.py).
        from . import lifecycle

        lifecycle.register()
        # Its parts of members' pages: "Waiting for you" and the profile (page_parts.py).
        from . import week

        week.register()
        # Its demo data, for `seed_demo` (members/demo.py).
        from . import demo

        demo.register()

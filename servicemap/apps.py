from django.apps import AppConfig


class ServicemapConfig(AppConfig):
    name = "servicemap"
    verbose_name = "Service map"

    def ready(self):
        # What happens to its data when an account closes, in a download, at retention.
        from . import lifecycle

        lifecycle.register()
        # Its part of the member's profile: what they know from the inside
        # (members/page_parts.py).
        from . import profile

        profile.register()
        # Its demo data, for `seed_demo` (members/demo.py).
        from . import demo

        demo.register()
        # Its demo data, for `seed_demo` (members/demo.py): the questions come after the
        # services and expertise they use, so register them after the map's own seeder.
        from . import demo_questions

        demo_questions.register()

from django.apps import AppConfig


class SessionsAppConfig(AppConfig):
    name = "sessions_app"
    verbose_name = "Sessions"

    def ready(self):
        # Reminders are a channel of the outbox (cop/outbox): the beat's sweep sends them.
        from cop.outbox import channels

        from .reminders import CHANNEL

        channels.register(CHANNEL)
        # What happens to its data when an account closes, in a download, at retention.
        from . import lifecycle

        lifecycle.register()
        # Its parts of members' pages: my week and the community home (members/page_parts.py).
        from . import week

        week.register()
        # Its demo data, for `seed_demo` (members/demo.py).
        from . import demo

        demo.register()

from django.apps import AppConfig


class EvaluationConfig(AppConfig):
    name = "evaluation"
    verbose_name = "Evaluation"

    def ready(self):
        # Survey emails and background exports go through the outbox (cop/outbox).
        from . import deliveries

        deliveries.register()
        # What happens to its data when an account closes, in a download, at retention.
        from . import lifecycle

        lifecycle.register()
        # Its parts of members' pages: my week and your communities (members/page_parts.py).
        from . import week

        week.register()
        # Its demo data, for `seed_demo` (members/demo.py).
        from . import demo

        demo.register()

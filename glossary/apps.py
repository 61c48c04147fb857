from django.apps import AppConfig


class GlossaryConfig(AppConfig):
    name = "glossary"
    verbose_name = "Glossary"

    def ready(self):
        # What happens to its data when an account closes, in a download, at retention.
        from . import lifecycle

        lifecycle.register()
        # Its demo data, for `seed_demo` (members/demo.py).
        from . import demo

        demo.register()

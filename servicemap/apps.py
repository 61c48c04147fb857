from django.apps import AppConfig


class ServicemapConfig(AppConfig):
    name = "servicemap"
    verbose_name = "Service map"

    def ready(self):
        # What happens to its data when an account closes, in a download, at retention.
        from . import lifecycle

        lifecycle.register()

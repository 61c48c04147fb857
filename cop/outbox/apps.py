from django.apps import AppConfig


class OutboxConfig(AppConfig):
    name = "cop.outbox"
    label = "outbox"
    verbose_name = "Outbox (emails and background jobs)"

    def ready(self) -> None:
        from . import messages

        messages.register_channel()

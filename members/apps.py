from django.apps import AppConfig


class MembersConfig(AppConfig):
    name = "members"
    verbose_name = "Members and communities"

    def ready(self):
        # The audit trail records sign-ins, failed sign-ins and second-factor changes.
        from . import audit

        audit.connect_signals()

from django.apps import AppConfig


class MembersConfig(AppConfig):
    name = "members"
    verbose_name = "Members and communities"

    def ready(self):
        # The audit trail records sign-ins, failed sign-ins and second-factor changes.
        from . import audit

        audit.connect_signals()
        # Sign-in security: the session clocks start at every sign-in (user_logged_in).
        from . import middleware  # noqa: F401

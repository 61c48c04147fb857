from django.apps import AppConfig


class MembersConfig(AppConfig):
    name = "members"
    verbose_name = "Members and communities"

    def ready(self):
        # The audit trail records sign-ins, failed sign-ins and second-factor changes.
        from . import audit

        audit.connect_signals()
        # A saved or deleted user's cached copy is removed (members/signed_in_user.py).
        from . import signed_in_user

        signed_in_user.connect_signals()
        # The navigation's unread count, cached, is removed when it may have changed.
        from . import unread

        unread.connect_signals()
        # Sign-in security: the session clocks start at every sign-in (user_logged_in).
        # Invitations, notification emails and data downloads go through the outbox.
        from . import (
            deliveries,
            middleware,  # noqa: F401
        )

        deliveries.register()
        # What happens to its data when an account closes, in a download, at retention.
        from . import lifecycle

        lifecycle.register()
        # The identifier gate (cop/gate.py) does not flag the product's agencies and communities.
        from cop import gate

        from . import selectors

        gate.add_known_terms(selectors.known_terms)

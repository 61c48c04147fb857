"""What members sends through the outbox (cop/outbox/messages.py): each kind and the
service that delivers it, and the channel of notification digests (members/digests.py).
Registered when the app starts (MembersConfig.ready)."""

from cop.outbox.messages import register_kind

INVITATION = "members.invitation"
NOTIFICATION_EMAIL = "members.notification_email"
PERSONAL_DATA_EXPORT = "members.personal_data_export"


def register() -> None:
    from cop.outbox import channels

    from . import digests, personal_data, services

    channels.register(digests.CHANNEL)  # daily and weekly digests of notifications
    register_kind(INVITATION,
                  lambda row: services.invitation_send(invitation_id=row.target_id))
    register_kind(NOTIFICATION_EMAIL,
                  lambda row: services.notification_send_email(notification_id=row.target_id))
    register_kind(PERSONAL_DATA_EXPORT,
                  lambda row: personal_data.export_run(export_id=row.target_id) is not None)

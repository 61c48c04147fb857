from smtplib import SMTPException

from celery import shared_task

from . import services


@shared_task(autoretry_for=(SMTPException, OSError), retry_backoff=True, max_retries=6)
def send_invitation(invitation_id: int) -> bool:
    return services.invitation_send(invitation_id=invitation_id)


@shared_task
def purge_expired_invitations() -> int:
    return services.invitations_purge_expired()


@shared_task(autoretry_for=(SMTPException, OSError), retry_backoff=True, max_retries=6)
def send_notification_email(notification_id: int) -> bool:
    return services.notification_send_email(notification_id=notification_id)


@shared_task(ignore_result=True)
def build_personal_data_export(export_id: int) -> None:
    """Prepare one "Download my data" ZIP, with progress (members/personal_data.py)."""
    from . import personal_data

    personal_data.export_run(export_id=export_id)


@shared_task(ignore_result=True)
def delete_expired_personal_exports() -> int:
    """Run by beat hourly: delete "Download my data" files past DATA_EXPORT_KEEP_HOURS."""
    from . import personal_data

    return personal_data.exports_delete_expired()


@shared_task(ignore_result=True)
def apply_retention() -> dict:
    """Run by beat daily: redact long-closed cases, purge old audit entries, record it."""
    return services.retention_apply()

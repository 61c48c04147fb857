from celery import shared_task

from . import services


@shared_task
def purge_expired_invitations() -> int:
    return services.invitations_purge_expired()


@shared_task(ignore_result=True)
def delete_expired_personal_exports() -> int:
    """Run by beat hourly: delete "Download my data" files past DATA_EXPORT_KEEP_HOURS."""
    from . import personal_data

    return personal_data.exports_delete_expired()


@shared_task(ignore_result=True)
def apply_retention() -> dict:
    """Run by beat daily: redact long-closed cases, purge old audit entries, record it."""
    return services.retention_apply()

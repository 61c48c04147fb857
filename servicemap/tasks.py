from celery import shared_task

from . import services


@shared_task
def request_service_checks() -> int:
    return services.service_checks_request()

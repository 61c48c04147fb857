from celery import shared_task

from . import services


@shared_task
def send_outcome_prompts() -> int:
    return services.outcome_prompts_send()

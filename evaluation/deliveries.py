"""What evaluation sends through the outbox: survey invitations and reminders are a channel
of their own (invitations.CHANNEL); background exports are outbox messages. Registered
when the app starts (EvaluationConfig.ready)."""

from cop.outbox import channels
from cop.outbox.messages import register_kind

SURVEY_EXPORT = "evaluation.survey_export"


def register() -> None:
    from . import invitations
    from .exports import export_run

    channels.register(invitations.CHANNEL)
    register_kind(SURVEY_EXPORT, lambda row: export_run(export_id=row.target_id) is not None)

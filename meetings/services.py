"""The meetings app's writes, for the views and for other apps (import-linter: a domain
app uses another through its services): planning, stage guides, summaries, the
presenter's follow-up."""

from .follow_ups import Answer, recommendation_follow_ups_send, recommendation_outcomes_save
from .planning import item_plan_save, stage_guide_reset, stage_guide_save
from .summaries import item_summary_send, summary_choice_set

__all__ = [
    "Answer",
    "item_plan_save",
    "item_summary_send",
    "recommendation_follow_ups_send",
    "recommendation_outcomes_save",
    "stage_guide_reset",
    "stage_guide_save",
    "summary_choice_set",
]

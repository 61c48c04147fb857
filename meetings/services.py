"""meetings' writes, for its views and for other apps (pyproject.toml: a domain app uses
another through its services, selectors, permissions and models). Each is a transaction
`thing_verb(*, actor, ...)`; they live in the module of their part and are named here.

- Running the meeting (live.py): starting and ending it, the timer, stages and items, the
  scribe, entries, the presenter's choices, presence claims and the register.
- Planning (planning.py), the presenter's summary (summaries.py) and the four-week
  follow-up (follow_ups.py)."""

from .follow_ups import Answer, recommendation_follow_ups_send, recommendation_outcomes_save
from .live import (
    entry_add,
    entry_choose,
    entry_remove,
    meeting_end,
    meeting_start,
    presence_claim,
    presence_decide,
    register_mark,
    scribe_set,
    stage_next,
    stage_previous,
    stage_skip,
    timer_extend,
    timer_pause,
    timer_resume,
)
from .planning import item_plan_save, stage_guide_reset, stage_guide_save
from .summaries import item_summary_send, summary_choice_set

__all__ = [
    # live.py
    "entry_add", "entry_choose", "entry_remove", "meeting_end", "meeting_start",
    "presence_claim", "presence_decide", "register_mark", "scribe_set", "stage_next",
    "stage_previous", "stage_skip", "timer_extend", "timer_pause", "timer_resume",
    # planning.py, summaries.py, follow_ups.py
    "Answer", "item_plan_save", "item_summary_send", "recommendation_follow_ups_send",
    "recommendation_outcomes_save", "stage_guide_reset", "stage_guide_save",
    "summary_choice_set",
]

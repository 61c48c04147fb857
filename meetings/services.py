"""meetings' writes, for its views and for other apps (pyproject.toml: a domain app uses
another through its services, selectors, permissions and models). Each is a transaction
`thing_verb(*, actor, ...)`; they live in the module of their part and are named here.

- Running the meeting (live.py): starting and ending it, the timer, stages and items, the
  scribe, entries, the presenter's choices, presence claims and the register."""

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

__all__ = [
    # live.py
    "entry_add", "entry_choose", "entry_remove", "meeting_end", "meeting_start",
    "presence_claim", "presence_decide", "register_mark", "scribe_set", "stage_next",
    "stage_previous", "stage_skip", "timer_extend", "timer_pause", "timer_resume",
]

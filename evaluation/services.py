"""Evaluation services used by other apps. The evaluation issue fills these in."""


def session_completed(*, session_id: int) -> None:
    """A session has ended and been marked completed: the evaluation app sends the
    post-session survey prompts to those marked as attending. Not built yet."""

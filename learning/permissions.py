"""Who may see what of the learning record: its owner, and nobody else.

A reflection is its author's alone: to anyone else, a facilitator of the session's
community, an evaluator or a site admin included, it does not exist (404, the same as a
reflection that was never written). An attendance certificate is for the person recorded
as present at a session that was held; to anyone else it does not exist either. Both stay
the person's after they leave the community: they are their own learning record."""

from django.http import Http404

from members.models import User
from sessions_app.models import Session

from . import selectors
from .models import Reflection


def get_reflection_for(user: User, pk: int) -> Reflection:
    """The viewer's own reflection, or 404."""
    reflection = selectors.my_reflection(user, pk)
    if reflection is None:
        raise Http404("No such reflection.")
    return reflection


def get_attended_session_for(user: User, slug: str, pk: int) -> Session:
    """A session of community `slug` that was held and at which the viewer was recorded as
    present, or 404."""
    session = selectors.attended(user, pk)
    if session is None or session.community.slug != slug:
        raise Http404("No such session.")
    return session

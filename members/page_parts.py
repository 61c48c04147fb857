"""Parts of members' pages that the apps above it provide.

Four pages show every app's data: the home ("Your week", views_home.py), "Your
communities", a community's home and the person's profile (views.py). `members` sits below casework,
sessions_app and evaluation, so these pages do not import them: each leaves named places
(`Slot`), and each app fills them from its AppConfig.ready with `Part`s, its own template
and the read that feeds it (each app's `week.py`). A page calls `shown(slot, given)` and
puts the result where the slot is, with `{% include_part %}` (cop's template tags).

A community home's part that shows only what every member of the community sees alike,
made of data its community's content version covers (members/community_cache.py), says so
(`shared`): the home keeps its HTML in the cache under that version instead of reading and
rendering it for every request.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from .models import Community, User


class Slot(StrEnum):
    """Where on which page; what each slot's parts are given."""

    # "Your week" (views_home.py): parts are given the `Week`.
    WEEK_WAITING = "week_waiting"  # list items under "Waiting for you"
    WEEK_MEMBER = "week_member"  # sections for someone with a community
    # List items under each community the person facilitates: the read returns one context
    # per community, {community id: context}, read for all of them at once.
    WEEK_FACILITATED = "week_facilitated"
    WEEK_FACILITATOR = "week_facilitator"  # sections after those
    WEEK_EVALUATOR = "week_evaluator"  # sections for evaluators
    # "Your communities" (views.my_communities): parts are given the person.
    MY_COMMUNITIES = "my_communities"
    # A community's home (views.community_home): parts are given the viewer's membership.
    COMMUNITY_HOME = "community_home"
    # The person's own profile (views.profile): parts are given the person.
    PROFILE = "profile"


@dataclass(frozen=True)
class Week:
    """Whose week the home shows, as every part of it reads it."""

    user: User
    now: datetime
    today: date
    community_ids: list[int]  # their active communities
    facilitated: list[Community]  # the communities they facilitate


@dataclass(frozen=True)
class Part:
    app: str
    slot: Slot
    order: int  # place among the slot's parts, lowest first
    template: str
    # What the page gives (see Slot) -> the template's context; None shows nothing.
    read: Callable[[Any], Mapping[Any, Any] | None]
    # COMMUNITY_HOME only. True: the part shows the same to every member, from rows whose
    # writes change the community's content_version (its template must not use the viewer:
    # it is rendered without the request), so its HTML is cached under that version.
    shared: bool = False
    # For a shared part that the clock alone changes too (upcoming sessions): its context ->
    # how many seconds it stays right (None: until the content version changes).
    fresh_for: Callable[[Mapping[Any, Any]], int | None] | None = None


@dataclass(frozen=True)
class Shown:
    """One part as a page shows it: `{% include_part shown %}`."""

    template: str
    context: Mapping[str, Any]
    html: str | None = None  # a shared part's HTML, ready made (then context is empty)


_parts: dict[tuple[str, Slot, str], Part] = {}


def register(part: Part) -> None:
    """Called from the app's AppConfig.ready; registering again replaces (ready may run
    more than once)."""
    _parts[part.app, part.slot, part.template] = part


def parts(slot: Slot) -> list[Part]:
    return sorted((p for p in _parts.values() if p.slot == slot), key=lambda p: p.order)


def shown(slot: Slot, given: Any) -> list[Shown]:
    """The slot's parts that have something to show, in order (each read once)."""
    return [Shown(part.template, context) for part in parts(slot)
            if (context := part.read(given)) is not None]


def shown_by_community(slot: Slot, given: Any) -> dict[int, list[Shown]]:
    """For a slot whose parts read one context per community: community id -> its parts."""
    by_community: dict[int, list[Shown]] = {}
    for part in parts(slot):
        for community_id, context in (part.read(given) or {}).items():
            by_community.setdefault(community_id, []).append(Shown(part.template, context))
    return by_community

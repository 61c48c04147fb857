"""A community's home (views.community_home): what every member of the community sees
alike comes from the cache, made once per version of the community's content
(community_cache.py): the parts that say they are `shared` (casework's latest cases,
sessions_app's upcoming sessions: page_parts.py), the newest members and how many members
and facilitators it has. Each is made with its own context and the community only, never
the viewer's. On a miss each is read and rendered as before, in a fixed number of queries."""

from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe

from . import community_cache, selectors
from .models import Membership
from .page_parts import Shown, Slot, parts

NEWEST_MEMBERS = "members/community_home.html#newest_members"


@dataclass(frozen=True)
class HomePieces:
    parts: list[Shown]  # in the slot's order; shared ones with their HTML ready
    counts: dict[str, int]  # members, facilitators
    newest_members: SafeString


def home_pieces(membership: Membership) -> HomePieces:
    community = membership.community
    slot_parts = parts(Slot.COMMUNITY_HOME)
    keys = {part.template: community_cache.key(community, "home-part", part.template)
            for part in slot_parts if part.shared}
    members_key = community_cache.key(community, "home-members")
    cached = community_cache.get_many([*keys.values(), members_key])
    shown = []
    for part in slot_parts:
        if not part.shared:
            context = part.read(membership)
            if context is not None:
                shown.append(Shown(part.template, context))
            continue
        key = keys[part.template]
        if key not in cached:
            context = part.read(membership)
            html, seconds = "", None
            if context is not None:
                html = render_to_string(part.template, {**context, "community": community})
                seconds = part.fresh_for(context) if part.fresh_for else None
            community_cache.keep({key: html}, seconds)
            cached[key] = html
        if cached[key]:
            shown.append(Shown(part.template, {}, mark_safe(cached[key])))  # noqa: S308
    if members_key not in cached:
        newest = render_to_string(NEWEST_MEMBERS, {
            "recent_joiners": selectors.recent_joiners(community)})
        cached[members_key] = (selectors.community_counts(community), newest)
        community_cache.keep({members_key: cached[members_key]})
    counts, newest = cached[members_key]
    return HomePieces(parts=shown, counts=counts,
                      newest_members=mark_safe(newest))  # noqa: S308 (rendered above)

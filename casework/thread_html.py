"""The discussion on a case page, each comment rendered once per version and kept in the cache.

Rendering a hundred comments through the template engine took more than half of a case
page's time. A comment's HTML depends only on what its key is made of: the comment (its id
and creation time, so ids reused after a database reset cannot match), when it was edited or
removed (an edit sets edited_at, a removal removed_at and the reason), its author's name and
agency, the community's address, whether the viewer wrote it (Edit) or moderates (Remove),
and the code that renders it. Any change to those makes a new key, so nothing is invalidated
by hand; old entries expire."""

import hashlib
from dataclasses import dataclass, replace
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.template.loader import get_template
from django.utils.safestring import mark_safe

from cop import markdown
from cop.source_digest import source_digest

from . import selectors

ITEM_TEMPLATE = "casework/case_detail.html#comment_item"
# Where the reply box, rendered once for the page, names its comment (with_reply_boxes).
REPLY_TO = "reply-to-comment"
# A few hours: the discussions people are reading stay in Redis, not every comment ever
# shown (about 0.6 KB each).
KEEP_SECONDS = 6 * 60 * 60


# The comment partial lives in case_detail.html; Markdown rendering shapes the bodies.
CODE_VERSION = source_digest(Path(settings.BASE_DIR) / "templates/casework/case_detail.html",
                             Path(markdown.__file__))


@dataclass(frozen=True)
class ThreadEntry:
    """One top-level comment with its replies, as HTML ready to place in the page."""
    pk: int
    is_removed: bool
    html: str
    replies: list[str]
    reply_box: str = ""  # the reply form under it, when the page gives one (with_reply_boxes)


def _key(version, *, community, viewer_id, can_moderate: bool) -> str:
    parts = (version.pk, version.created_at, version.edited_at, version.removed_at,
             version.author__display_name, version.author__agency__name, community.slug,
             version.author_id is not None and version.author_id == viewer_id, can_moderate,
             CODE_VERSION)
    return "comment-html:" + hashlib.sha256(repr(parts).encode()).hexdigest()


def thread(*, case, community, top_level, viewer, can_moderate: bool) -> list[ThreadEntry]:
    """The page's top-level comments (light rows from selectors) with their replies, as
    HTML: from the cache where it is there, rendered (one query) where it is not."""
    replies = selectors.reply_versions([c.pk for c in top_level])
    versions = [*top_level, *(r for rows in replies.values() for r in rows)]
    keys = {v.pk: _key(v, community=community, viewer_id=viewer.pk, can_moderate=can_moderate)
            for v in versions}
    cached = cache.get_many(list(keys.values()))
    html = {pk: cached[key] for pk, key in keys.items() if key in cached}
    missing = [pk for pk in keys if pk not in html]
    if missing:
        # A plain context: the partial needs only the viewer, and a request's context
        # processors would run their queries once per comment.
        template = get_template(ITEM_TEMPLATE)
        fresh = {}
        for pk, comment in selectors.comments_to_show(case, missing).items():
            fresh[pk] = template.render({
                "comment": comment, "case": case, "community": community,
                "can_moderate": can_moderate, "request": {"user": viewer},
            })
        cache.set_many({keys[pk]: text for pk, text in fresh.items()}, KEEP_SECONDS)
        html.update(fresh)
    # .get: a comment whose case was deleted meanwhile is simply left out.
    return [ThreadEntry(pk=top.pk, is_removed=top.removed_at is not None,
                        html=mark_safe(html.get(top.pk, "")),  # noqa: S308 (rendered above)
                        replies=[mark_safe(html.get(r.pk, "")) for r in replies[top.pk]])  # noqa: S308
            for top in top_level]


def with_reply_boxes(entries: list[ThreadEntry], reply_box: str) -> list[ThreadEntry]:
    """Each entry with its reply form. The form is the same under every comment but for the
    comment's id, so the page renders it once, with REPLY_TO for the id (a hundred renders
    of it took about a fifth of a case page's time), and each entry gets a copy."""
    return [replace(entry, reply_box=mark_safe(reply_box.replace(REPLY_TO, str(entry.pk))))  # noqa: S308 (rendered by the page)
            for entry in entries]

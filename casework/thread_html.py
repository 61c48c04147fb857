"""The discussion on a case page: one page of it rendered once for everyone and kept in the
cache, then given each viewer's own parts.

Rendering a hundred comments with their replies through the template engine took most of a
case page's time, and even finding each comment's cached HTML (two queries for the comments'
versions, three hundred cache keys) cost more than the rest of the page. So the page's whole
discussion is one cached string, under a key made of:

- the case (its id and creation time, so ids reused after a database reset cannot match) and
  its `thread_version`, which PostgreSQL raises in the same transaction as every insert,
  update or delete of one of its comments (migration 0009), whoever writes it;
- the page asked for, the community's address (in the links), the time zone (in the dates),
  the community's glossary version (its terms are marked in the comments: marked_text.py)
  and the code that renders it (CODE_VERSION).

Comment authors' names and agencies live in other tables: the key also holds a digest of
the names and agencies of everyone who commented on the case, which the case page's own
query reads (selectors.case_page: `authors_digest`), so a new name renders the page again.

What differs between viewers is never in the cached string, only slots (NUL-delimited: no
text from PostgreSQL can hold a NUL) that `for_viewer` fills for each request: the Edit link
on the viewer's own comments, Remove for a facilitator, and the reply box (with this
request's CSRF token) when the case is open for discussion. The page's HTML holds no inline
script or style, so no CSP nonce is ever cached.

When the page is not in the cache, each comment's HTML is looked up under a key made of
everything it shows (its text included), so a change to one comment renders one comment
again, not a hundred."""

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Page, Paginator
from django.middleware.csrf import get_token
from django.template.loader import get_template
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from cop import markdown
from cop.source_digest import source_digest

from . import marked_text, selectors

TEMPLATE = "casework/case_detail.html"
# A few hours: the discussions people are reading stay in Redis, not every page ever shown.
KEEP_SECONDS = 6 * 60 * 60
# The comment partials live in case_detail.html; Markdown rendering shapes the bodies.
CODE_VERSION = source_digest(Path(settings.BASE_DIR) / "templates/casework/case_detail.html",
                             Path(markdown.__file__), Path(__file__),
                             Path(marked_text.__file__))

SLOT = "\x00"  # PostgreSQL text cannot hold it, so no comment, name or reason can forge a slot
# Where a part rendered once per request names its comment; replaced by each comment's id.
# Digits, as it goes into URLs, and too long to be any real id, case or community.
COMMENT_ID = "90817263544536271809"


@dataclass(frozen=True)
class Entry:
    """One top-level comment with its replies, as HTML, while the page is rendered."""
    pk: int
    html: str
    replies: list[str]
    reply_slot: str


@dataclass
class Thread:
    """One page of a case's discussion, as cached: HTML with slots, and what it was made of."""
    html: str
    top_level_count: int  # top-level comments on the case, for the pagination
    number: int  # the page shown (an out-of-range request shows the last)

    def page(self) -> Page:
        """The Paginator page the template's pagination needs, without the comments."""
        return Paginator(range(self.top_level_count),
                         selectors.COMMENTS_PER_PAGE).get_page(self.number)


def _glossary_key(marker) -> str | None:
    return marker.key if marker is not None else None


def _page_key(case, community, number: int, marker) -> str:
    parts = (case.pk, case.created_at.isoformat(), case.thread_version, case.authors_digest,
             number, community.slug, timezone.get_current_timezone_name(),
             _glossary_key(marker), CODE_VERSION)
    return "case-thread:" + hashlib.sha256(repr(parts).encode()).hexdigest()


def _comment_key(comment, community, marker) -> str:
    author = comment.author
    parts = (comment.pk, comment.case_id, comment.parent_id, comment.created_at.isoformat(),
             comment.edited_at, comment.removed_at, comment.removal_reason, comment.body,
             comment.author_id, author.display_name if author else None,
             author.agency.name if author and author.agency else None,
             community.slug, timezone.get_current_timezone_name(), _glossary_key(marker),
             CODE_VERSION)
    return "comment-html:" + hashlib.sha256(repr(parts).encode()).hexdigest()


def _slot(text: str) -> SafeString:
    return mark_safe(SLOT + text + SLOT)  # noqa: S308 (no markup: a marker for for_viewer)


def page_number(page: str | None) -> int:
    """The page a request's `page` parameter asks for, read as Paginator.get_page reads it
    (anything but a whole number is the first page)."""
    try:
        return int(page) if page else 1
    except ValueError:
        return 1


def page_thread(*, case, community, page: str | None, marker) -> Thread:
    """Page `page` (the request's parameter) of the case's discussion, from the cache when
    it holds this version of it with the authors' current names, else rendered, with the
    glossary's terms marked by `marker` (marked_text.marker_for_case). `case` is as
    selectors.case_page reads it. Only pages that exist are kept (a number past the end shows
    the last page, rendered), so made-up page numbers cannot fill the cache."""
    number = page_number(page)
    cached = cache.get(_page_key(case, community, number, marker))
    if isinstance(cached, Thread):
        return cached
    thread = _render(case=case, community=community, number=number, marker=marker)
    if thread.number == number:
        cache.set(_page_key(case, community, number, marker), thread, KEEP_SECONDS)
    return thread


def _render(*, case, community, number: int, marker) -> Thread:
    top_page = Paginator(selectors.top_level_comments(case),
                         selectors.COMMENTS_PER_PAGE).get_page(number)
    top_level = list(top_page.object_list)
    replies = selectors.replies_to(top_level)
    comments = [*top_level, *(r for rows in replies.values() for r in rows)]
    keys = {c.pk: _comment_key(c, community, marker) for c in comments}
    html: dict[int, Any] = {}
    cached = cache.get_many(list(keys.values()))
    for pk, key in keys.items():
        if key in cached:
            html[pk] = cached[key]
    fresh = {}
    item = get_template(f"{TEMPLATE}#comment_item")
    for comment in comments:
        if comment.pk in html:
            continue
        # A plain context: no request, no viewer; a request's context processors would run
        # their queries once per comment.
        fresh[comment.pk] = item.render({
            "comment": comment, "case": case, "community": community,
            "body_html": marked_text.comment_body(comment, marker),
            "actions_slot": _slot(f"a{comment.pk}:{comment.author_id or ''}"),
        })
    if fresh:
        cache.set_many({keys[pk]: text for pk, text in fresh.items()}, KEEP_SECONDS)
        html.update(fresh)
    entries = [Entry(pk=top.pk, html=mark_safe(html[top.pk]),  # noqa: S308 (rendered above)
                     replies=[mark_safe(html[r.pk]) for r in replies[top.pk]],  # noqa: S308
                     reply_slot="" if top.is_removed else _slot(f"r{top.pk}"))
               for top in top_level]
    return Thread(html=get_template(f"{TEMPLATE}#thread").render({"thread": entries}),
                  top_level_count=top_page.paginator.count,
                  number=top_page.number)


def for_viewer(thread: Thread, *, request, case, community, can_moderate: bool,
               can_discuss: bool) -> SafeString:
    """The cached discussion with this viewer's parts in its slots: Edit on their own
    comments, Remove for a facilitator, the reply box (with this request's CSRF token)
    under each comment that is not removed while the case is open."""
    if SLOT not in thread.html:
        return mark_safe(thread.html)  # noqa: S308 (rendered by _render)
    viewer_id = str(request.user.pk)
    base = {"case": case, "community": community, "can_moderate": can_moderate,
            "request": {"user": request.user}}
    actions = get_template(f"{TEMPLATE}#comment_actions")

    def links(mine: bool) -> list[str]:
        comment = {"pk": COMMENT_ID, "author_id": request.user.pk if mine else None}
        return actions.render({**base, "comment": comment}).split(COMMENT_ID)

    own = links(True)
    others = links(False) if can_moderate else None
    reply = None
    if can_discuss:
        reply = get_template(f"{TEMPLATE}#reply_box").render({
            **base, "entry_pk": COMMENT_ID, "csrf_token": get_token(request),
        }).split(COMMENT_ID)
    parts = thread.html.split(SLOT)
    for i in range(1, len(parts), 2):
        slot = parts[i]
        if slot[0] == "a":
            pk, _, author_id = slot[1:].partition(":")
            if author_id == viewer_id:
                parts[i] = pk.join(own)
            elif others is not None:
                parts[i] = pk.join(others)
            else:
                parts[i] = ""
        else:  # "r": a reply box
            parts[i] = slot[1:].join(reply) if reply is not None else ""
    return mark_safe("".join(parts))  # noqa: S308 (rendered HTML and our own templates')

"""Markdown to safe HTML: no script, no event handlers, no javascript: links, no images
(a remote image would tell its owner who read the case)."""

from functools import lru_cache

import nh3
from markdown_it import MarkdownIt

ALLOWED_TAGS = {
    "p", "br", "strong", "em", "ul", "ol", "li", "blockquote", "code", "pre",
    "h3", "h4", "h5", "h6", "hr", "a", "del", "table", "thead", "tbody", "tr", "th", "td",
}


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    # Raw HTML in the source is shown as text, not passed through; images are not parsed.
    return MarkdownIt("commonmark", {"html": False, "linkify": False}).enable(
        ["table", "strikethrough"]).disable(["image"])


# The HTML depends on the text alone, so each process keeps the last few thousand: a case
# page shows up to 100 comments, and rendering them all again on every view took ~45 ms.
@lru_cache(maxsize=4096)
def render(text: str) -> str:
    """Safe HTML for a Markdown text written by a member."""
    if not text:
        return ""
    html = _parser().render(text)
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes={"a": {"href", "title"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
    )

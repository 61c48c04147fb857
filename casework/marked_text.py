"""A case's text and its comments as HTML, with the community's glossary terms marked
(glossary/marking.py: each term's first use in a section or a comment shows its meaning on
hover or focus). The marker comes with the glossary's version, which the case page reads
with the case (selectors.case_page) and the cached discussion is keyed by (thread_html.py)."""

from functools import lru_cache

from django.utils.safestring import SafeString, mark_safe

from cop import markdown
from glossary import selectors as glossary_selectors

# The case's sections the case page shows as Markdown, each marked on its own.
SECTIONS = ("presenting_situation", "services_involved", "what_tried", "question", "outcome")


def marker_for_case(case):
    """The case's community's glossary marker (None without terms); `case` from
    selectors.case_page, which read the glossary's version with it."""
    return glossary_selectors.marker_for(case.community, case.glossary_version)


def marker_now(community):
    """The community's glossary marker, its version read now (one query)."""
    return glossary_selectors.marker_for(community, glossary_selectors.version_now(community))


def _marked(text: str, marker, id_prefix: str) -> str:
    html = markdown.render(text)
    return marker.mark(html, id_prefix) if marker is not None else html


# A section's HTML depends on its text, the marker (one per glossary version and process) and
# the prefix alone, so each process keeps the last thousand or so, as cop.markdown does: a
# case's sections are marked again only when the case or the glossary changes (marking took
# about 0.2 ms a page for the demo's cases, and over a millisecond for a 15,000-character
# section). Comments need no such copy: the discussion is cached whole (thread_html.py).
_marked_section = lru_cache(maxsize=1024)(_marked)


def case_sections(case, marker) -> dict[str, SafeString]:
    """Each section of the case as HTML, by field name."""
    return {field: mark_safe(_marked_section(getattr(case, field), marker, f"s-{field}"))  # noqa: S308
            for field in SECTIONS}


def comment_body(comment, marker) -> SafeString:
    return mark_safe(_marked(comment.body, marker, f"c{comment.pk}"))  # noqa: S308

"""The shared template tags, `{% load cop %}`: any app's templates may use them."""

import functools
from collections.abc import Iterable, Mapping
from html import escape  # Django's escape is this, behind a costly lazy-text check
from typing import Any, Protocol

from django import template
from django.core.paginator import Page
from django.http import HttpRequest
from django.template.context import Context
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.safestring import SafeString, mark_safe

from .. import markdown

register = template.Library()


class IncludedPart(Protocol):
    """What `include_part` shows: members.page_parts.Shown (cop does not import members)."""

    @property
    def template(self) -> str: ...

    @property
    def context(self) -> Mapping[str, Any]: ...


@register.filter(name="markdown")
def markdown_filter(text: str) -> SafeString:
    """Member-written Markdown as sanitised HTML (see cop.markdown)."""
    return mark_safe(markdown.render(text))  # noqa: S308  nh3 has sanitised it


@register.simple_tag
def fixed_url(name: str) -> str:
    """`{% url name %}` for a URL that takes no arguments (the navigation's and the
    footer's, on every page): reversed once per process, not on each page (a reverse costs
    about as much as rendering a small template)."""
    return _reversed(name, get_urlconf(), get_script_prefix())


@functools.cache
def _reversed(name: str, urlconf: str | None, prefix: str) -> str:
    return reverse(name, urlconf=urlconf)


# GOV.UK pagination's arrows (govuk-frontend's pagination component).
_PREVIOUS_ICON = (
    '<svg class="govuk-pagination__icon govuk-pagination__icon--prev" '
    'xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" '
    'focusable="false" viewBox="0 0 15 13"><path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 '
    '6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z"></path>'
    "</svg>")
_NEXT_ICON = (
    '<svg class="govuk-pagination__icon govuk-pagination__icon--next" '
    'xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" '
    'focusable="false" viewBox="0 0 15 13"><path d="m8.107-0.0078125-1.4136 1.414 4.2926 '
    "4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z\"></path>"
    "</svg>")


@register.simple_tag(takes_context=True)
def pagination(context: Context, page: Page[Any]) -> SafeString:
    """GOV.UK pagination for `page`: previous, the numbers around the current page (with
    "…" where some are left out) and next; each link keeps the page's query string (its
    filters) with only the page number changed. Written here rather than as a template:
    its loop and tests cost more than a list page's own rows (bench/profile.py)."""
    if not page.has_other_pages():
        return mark_safe("")
    request: HttpRequest = context["request"]
    query = request.GET.copy()

    def href(number: int) -> str:
        query["page"] = str(number)
        return escape("?" + query.urlencode())

    parts = ['<nav class="govuk-pagination" aria-label="Pages">']
    if page.has_previous():
        parts.append(
            '<div class="govuk-pagination__prev"><a class="govuk-link govuk-pagination__link" '
            f'href="{href(page.previous_page_number())}" rel="prev">{_PREVIOUS_ICON}'
            '<span class="govuk-pagination__link-title">Previous<span '
            'class="govuk-visually-hidden"> page</span></span></a></div>')
    parts.append('<ul class="govuk-pagination__list">')
    last = page.paginator.num_pages
    for number in page.paginator.get_elided_page_range(page.number, on_each_side=1,
                                                       on_ends=1):
        if not isinstance(number, int):  # the paginator's ELLIPSIS
            parts.append('<li class="govuk-pagination__item '
                         'govuk-pagination__item--ellipses">&ctdot;</li>')
        elif number == page.number:
            parts.append(
                '<li class="govuk-pagination__item govuk-pagination__item--current"><a '
                f'class="govuk-link govuk-pagination__link" href="{href(number)}" '
                f'aria-label="Page {number} of {last}" aria-current="page">{number}</a></li>')
        else:
            parts.append(
                '<li class="govuk-pagination__item"><a class="govuk-link '
                f'govuk-pagination__link" href="{href(number)}" aria-label="Page {number}">'
                f"{number}</a></li>")
    parts.append("</ul>")
    if page.has_next():
        parts.append(
            '<div class="govuk-pagination__next"><a class="govuk-link govuk-pagination__link" '
            f'href="{href(page.next_page_number())}" rel="next"><span '
            'class="govuk-pagination__link-title">Next<span class="govuk-visually-hidden"> '
            f"page</span></span>{_NEXT_ICON}</a></div>")
    parts.append("</nav>")
    return mark_safe("".join(parts))  # noqa: S308  every value above is escaped or a number


@register.simple_tag
def select_options(choices: Iterable[tuple[Any, Any]], selected: Any) -> SafeString:
    """A select's `<option>`s for (value, label) pairs, the one whose value is `selected`
    marked. Written here rather than as a loop in the template: a filter form's loops cost
    more than its page's search (bench/profile.py)."""
    chosen = None if selected is None else str(selected)
    return mark_safe("".join(  # noqa: S308  values and labels are escaped
        f'<option value="{escape(str(value))}"{" selected" if str(value) == chosen else ""}>'
        f"{escape(str(label))}</option>" for value, label in choices))


@register.simple_tag(takes_context=True)
def include_part(context: Context, shown: IncludedPart) -> SafeString:
    """`{% include "…" %}` of `shown.template` with `shown.context` added, for a page whose
    parts come from other apps (members/page_parts.py): its template and context are data."""
    assert context.template is not None  # a tag is always rendered inside a template
    template = context.template.engine.get_template(shown.template)
    with context.push(shown.context):
        return template.render(context)


# The signed-in navigation, on every page but the sign-in ones. Written here rather than as
# ten `{% include %}`s of an item template: those cost more than many pages' own content
# (bench/profile.py). (name, label, who sees it: None for everyone, else a user attribute)
_NAVIGATION = (
    ("members:home", "Your week", None),
    ("members:my_communities", "Communities", None),
    ("sessions_app:my_calendar", "Calendar", None),
    ("casework:search", "Search", None),
    ("evaluation:my_surveys", "Surveys", None),
    ("evaluation:study_list", "Evaluation", "is_evaluator"),
    ("members:notifications", "Notifications", None),
    ("admin:index", "Admin", "is_staff"),
    ("members:audit_trail", "Audit", "is_superuser"),
)


def _nav_item(href: str, label: str, *, current: str = "", extra: str = "",
              fallback: bool = True) -> str:
    """One item; `current`: "page" for the page shown, "true" for the part of the site it is
    in, "" for neither. A marked item's label is bold where CSS fails (`fallback`), except
    Notifications', whose unread count (`extra`) follows it."""
    href, label = escape(href), escape(str(label))
    if not current:
        return ('<li class="govuk-service-navigation__item">'
                f'<a class="govuk-service-navigation__link" href="{href}">{label}{extra}</a></li>')
    if fallback:
        label = f'<strong class="govuk-service-navigation__active-fallback">{label}</strong>'
    return ('<li class="govuk-service-navigation__item govuk-service-navigation__item--active">'
            f'<a class="govuk-service-navigation__link" href="{href}" aria-current="{current}">'
            f"{label}{extra}</a></li>")


@register.simple_tag(takes_context=True)
def service_navigation(context: Context) -> SafeString:
    """The navigation's items for the signed-in viewer; "Communities" is marked as the
    section on a community's pages (a `community` in the context)."""
    request, user = context["request"], context["user"]
    urlconf, prefix = get_urlconf(), get_script_prefix()
    in_community = bool(context.get("community"))
    items = []
    for name, label, only_if in _NAVIGATION:
        if only_if and not getattr(user, only_if, False):
            continue
        href = _reversed(name, urlconf, prefix)
        current = "page" if request.path == href else (
            "true" if name == "members:my_communities" and in_community else "")
        if name != "members:notifications":
            items.append(_nav_item(href, label, current=current))
            continue
        unread = int(context.get("nav_unread_count") or 0)
        extra = (f'<span class="govuk-visually-hidden">, {unread} unread</span>'
                 f'<span class="cop-nav-count" aria-hidden="true">{unread}</span>'
                 if unread else "")
        items.append(_nav_item(href, label, current=current, extra=extra, fallback=False))
    return mark_safe("".join(items))  # noqa: S308  every value above is escaped

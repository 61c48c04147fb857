"""The shared template tags, `{% load cop %}`: any app's templates may use them."""

import functools
from collections.abc import Mapping
from typing import Any, Protocol

from django import template
from django.core.paginator import Page
from django.http import HttpRequest
from django.template.context import Context
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.html import escape
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


@register.simple_tag
def page_numbers(page: Page[Any]) -> list[int | str]:
    """The page numbers to offer around the current one, with "…" where some are left out."""
    return list(page.paginator.get_elided_page_range(page.number, on_each_side=1, on_ends=1))


@register.simple_tag(takes_context=True)
def page_query(context: Context, number: int) -> str:
    """This page's query string with only the page number changed (filters are kept)."""
    request: HttpRequest = context["request"]
    query = request.GET.copy()
    query["page"] = str(number)
    return "?" + query.urlencode()


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
    href, label = escape(href), escape(label)
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

"""The shared template tags, `{% load cop %}`: any app's templates may use them."""

import functools
from collections.abc import Mapping
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

"""The shared template tags, `{% load cop %}`: any app's templates may use them."""

from django import template
from django.utils.safestring import mark_safe

from .. import markdown

register = template.Library()


@register.filter(name="markdown")
def markdown_filter(text):
    """Member-written Markdown as sanitised HTML (see cop.markdown)."""
    return mark_safe(markdown.render(text))  # noqa: S308  nh3 has sanitised it


@register.simple_tag
def page_numbers(page):
    """The page numbers to offer around the current one, with "…" where some are left out."""
    return list(page.paginator.get_elided_page_range(page.number, on_each_side=1, on_ends=1))


@register.simple_tag(takes_context=True)
def page_query(context, number):
    """This page's query string with only the page number changed (filters are kept)."""
    query = context["request"].GET.copy()
    query["page"] = number
    return "?" + query.urlencode()


@register.simple_tag(takes_context=True)
def include_part(context, shown):
    """`{% include "…" %}` of `shown.template` with `shown.context` added, for a page whose
    parts come from other apps (members/page_parts.py): its template and context are data."""
    template = context.template.engine.get_template(shown.template)
    with context.push(shown.context):
        return template.render(context)

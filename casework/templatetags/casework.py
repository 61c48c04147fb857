from django import template
from django.utils.safestring import mark_safe

from .. import markdown

register = template.Library()


@register.filter(name="markdown")
def markdown_filter(text):
    """Member-written Markdown as sanitised HTML (see casework.markdown)."""
    return mark_safe(markdown.render(text))  # noqa: S308  nh3 has sanitised it

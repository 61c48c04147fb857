"""{% surveys_to_answer %}: the signed-in person's surveys to answer, for their home page."""

from django import template

from .. import selectors

register = template.Library()


@register.inclusion_tag("evaluation/answer/_todo.html", takes_context=True)
def surveys_to_answer(context, limit=5):
    """One query; nothing is shown when there is nothing to answer."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"to_do": []}
    return {"to_do": selectors.surveys_to_answer(user, limit=limit)}

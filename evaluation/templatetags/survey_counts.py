"""{{ survey|survey_counts }}: a survey's counts where the builder lists it."""

from django import template

from ..dashboard import survey_counts as counts_of

register = template.Library()


@register.filter
def survey_counts(survey):
    """A survey's counts (from selectors.surveys_with_counts), the small ones hidden as the
    results page hides them."""
    return counts_of(survey)

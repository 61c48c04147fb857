"""The pages every footer links to: help, privacy, the accessibility statement and contact.
Open to everyone, signed in or not; they read settings only, never the database."""

from typing import Any

from django.conf import settings
from django.urls import path
from django.views.generic import TemplateView

app_name = "pages"


def _years(days: int) -> str:
    """"2 years" for 730 days; "400 days" for a number that is not whole years."""
    years, rest = divmod(days, 365)
    if rest or not years:
        return f"{days} days"
    return f"{years} year{'s' if years > 1 else ''}"


class Page(TemplateView):
    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update(
            contact_email=settings.CONTACT_EMAIL,
            # The privacy page's figures are the settings the retention task applies.
            case_text_kept=_years(settings.CLOSED_CASE_READABLE_DAYS),
            audit_kept=_years(settings.AUDIT_KEEP_DAYS),
            download_hours=settings.DATA_EXPORT_KEEP_HOURS,
            invitation_days=settings.INVITATION_VALID_DAYS,
            min_respondents=settings.EVALUATION_MIN_RESPONDENTS,
            digest_time=settings.NOTIFICATION_DIGEST_TIME,
        )
        return context


urlpatterns = [
    path("help/", Page.as_view(template_name="pages/help.html"), name="help"),
    path("privacy/", Page.as_view(template_name="pages/privacy.html"), name="privacy"),
    path("accessibility/", Page.as_view(template_name="pages/accessibility.html"),
         name="accessibility"),
    path("contact/", Page.as_view(template_name="pages/contact.html"), name="contact"),
]

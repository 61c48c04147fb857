"""The pages every footer links to: help, privacy, the accessibility statement and contact.
Open to everyone, signed in or not; they read settings only, never the database."""

from django.conf import settings
from django.urls import path
from django.views.generic import TemplateView

app_name = "pages"


class Page(TemplateView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["contact_email"] = settings.CONTACT_EMAIL
        return context


urlpatterns = [
    path("help/", Page.as_view(template_name="pages/help.html"), name="help"),
    path("privacy/", Page.as_view(template_name="pages/privacy.html"), name="privacy"),
    path("accessibility/", Page.as_view(template_name="pages/accessibility.html"),
         name="accessibility"),
    path("contact/", Page.as_view(template_name="pages/contact.html"), name="contact"),
]

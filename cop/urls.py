from allauth.account.decorators import secure_admin_login
from django.contrib import admin
from django.urls import include, path

# The admin signs in through allauth: the same rate limits and second factor as the site
# (allauth's documented way, which replaces the bound method: hence the ignore).
admin.site.login = secure_admin_login(admin.site.login)  # type: ignore[method-assign]

# The database down (a fault raised in a middleware) answers 503, not 500 (cop/faults.py).
handler500 = "cop.faults.server_error"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("allauth.urls")),
    path("", include("cop.pages")),
    path("", include("members.urls")),
    path("", include("glossary.urls")),
    path("", include("servicemap.urls")),
    path("", include("casework.urls")),
    path("", include("sessions_app.urls")),
    path("", include("evaluation.urls")),
    path("", include("meetings.urls")),
    path("", include("learning.urls")),
]

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("allauth.urls")),
    path("", include("members.urls")),
    path("", include("casework.urls")),
    path("", include("sessions_app.urls")),
    path("", include("evaluation.urls")),
]

from django.urls import include, path

from . import views, views_expertise

app_name = "servicemap"

service = "c/<slug:slug>/services/<int:pk>/"

urlpatterns = [
    path("c/<slug:slug>/services/", views.service_list, name="service_list"),
    path("c/<slug:slug>/services/new/", views.service_create, name="service_create"),
    path(service, views.service_detail, name="service_detail"),
    path(service + "edit/", views.service_edit, name="service_edit"),
    path(service + "history/", views.service_history, name="service_history"),
    path(service + "history/<int:revision_pk>/undo/", views.service_revert,
         name="service_revert"),
    path(service + "hide/", views.service_hide, name="service_hide"),
    path(service + "show/", views.service_show, name="service_show"),
    path(service + "confirm/", views.service_confirm, name="service_confirm"),
    path(service + "check/", views.service_check, name="service_check"),
    path("profile/expertise/", views_expertise.expertise, name="expertise"),
    path("profile/expertise/<int:pk>/remove/", views_expertise.expertise_remove,
         name="expertise_remove"),
    path("", include("servicemap.urls_questions")),  # asking the members who can help
]

"""The run screen and the live view (views_live.py; docs/PERMISSIONS.md, "Running the
meeting")."""

from django.urls import path

from . import views_live as views

live = "c/<slug:slug>/sessions/<int:pk>/live/"

urlpatterns = [
    path(live, views.live, name="live"),
    path(live + "poll/", views.live_poll, name="live_poll"),
    path(live + "here/", views.live_here, name="live_here"),
    path(live + "entries/<int:entry_pk>/choose/", views.live_entry_choose,
         name="live_entry_choose"),
    path(live + "run/", views.live_run, name="live_run"),
    path(live + "start/", views.live_start, name="live_start"),
    path(live + "control/", views.live_control, name="live_control"),
    path(live + "scribe/", views.live_scribe, name="live_scribe"),
    path(live + "entries/", views.live_entry_add, name="live_entry_add"),
    path(live + "entries/<int:entry_pk>/remove/", views.live_entry_remove,
         name="live_entry_remove"),
    path(live + "claims/<int:claim_pk>/", views.live_claim, name="live_claim"),
    path(live + "register/", views.live_register, name="live_register"),
]

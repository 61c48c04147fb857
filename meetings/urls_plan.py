"""Planning a meeting, the community's stage guides, an item's summary and the presenter's
follow-up (views_plan.py)."""

from django.urls import path

from . import views_plan as views

one = "c/<slug:slug>/sessions/<int:pk>/"
item = one + "items/<int:item_pk>/"
stage = "c/<slug:slug>/formats/<str:format>/<str:stage>/"

urlpatterns = [
    path(one + "plan/", views.plan_session, name="plan_session"),
    path(one + "plan/<int:item_pk>/", views.plan_item, name="plan_item"),
    path("c/<slug:slug>/formats/", views.guides, name="guides"),
    path(stage + "edit/", views.guide_edit, name="guide_edit"),
    path(stage + "reset/", views.guide_reset, name="guide_reset"),
    path(item + "summary/", views.summary, name="summary"),
    path(item + "summary/<int:entry_pk>/choose/", views.summary_choose, name="summary_choose"),
    path(item + "follow-up/", views.summary_follow_up, name="summary_follow_up"),
]

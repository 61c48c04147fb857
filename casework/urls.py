from django.urls import path

from .views import barriers, brief, cases, comments, escalations, search

app_name = "casework"

case = "c/<slug:slug>/cases/<int:pk>/"

urlpatterns = [
    path("c/<slug:slug>/cases/", cases.case_list, name="case_list"),
    path("c/<slug:slug>/cases/new/", cases.case_create, name="case_create"),
    path(case, cases.case_detail, name="case_detail"),
    path(case + "edit/", cases.case_edit, name="case_edit"),
    path(case + "publish/", cases.case_publish, name="case_publish"),
    path(case + "status/", cases.case_status, name="case_status"),
    path(case + "history/", cases.case_history, name="case_history"),
    path(case + "follow/", cases.case_follow, name="case_follow"),
    path(case + "comments/", comments.comment_create, name="comment_create"),
    path(case + "comments/<int:comment_pk>/edit/", comments.comment_edit, name="comment_edit"),
    path(case + "comments/<int:comment_pk>/remove/", comments.comment_remove,
         name="comment_remove"),
    path(case + "barriers/new/", cases.barrier_create, name="barrier_create"),
    path(case + "barriers/<int:barrier_pk>/edit/", cases.barrier_edit, name="barrier_edit"),
    path("c/<slug:slug>/overrides/", cases.override_list, name="override_list"),
    path("c/<slug:slug>/barriers/", barriers.community_report, name="barrier_report"),
    path("c/<slug:slug>/barriers/brief/", brief.barriers_brief, name="barriers_brief"),
    path("c/<slug:slug>/escalations/", escalations.escalation_list, name="escalation_list"),
    path("c/<slug:slug>/escalations/new/", escalations.escalation_create,
         name="escalation_create"),
    path("c/<slug:slug>/escalations/<int:pk>/", escalations.escalation_detail,
         name="escalation_detail"),
    path("c/<slug:slug>/escalations/<int:pk>/edit/", escalations.escalation_edit,
         name="escalation_edit"),
    path("barriers/", barriers.cross_community_report, name="barrier_report_all"),
    path("search/", search.search, name="search"),
]

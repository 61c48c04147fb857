from django.urls import path

from .views import answering, builder, dashboards, exports

app_name = "evaluation"

survey = "evaluation/surveys/<int:pk>/"

urlpatterns = [
    # Evaluators: studies and the survey builder (views/builder.py)
    path("evaluation/", builder.study_list, name="study_list"),
    path("evaluation/studies/new/", builder.study_create, name="study_create"),
    path("evaluation/studies/<int:pk>/", builder.study_detail, name="study_detail"),
    path("evaluation/studies/<int:pk>/edit/", builder.study_edit, name="study_edit"),
    path("evaluation/studies/<int:pk>/surveys/new/", builder.survey_create,
         name="survey_create"),
    path(survey, builder.survey_detail, name="survey_detail"),
    path(survey + "edit/", builder.survey_edit, name="survey_edit"),
    path(survey + "preview/", builder.survey_preview, name="survey_preview"),
    path(survey + "status/", builder.survey_status, name="survey_status"),
    path(survey + "send-now/", builder.survey_send_now, name="survey_send_now"),
    path(survey + "new-version/", builder.survey_new_version, name="survey_new_version"),
    path(survey + "questions/new/", builder.question_create, name="question_create"),
    path(survey + "questions/<int:question_pk>/", builder.question_edit, name="question_edit"),
    path(survey + "questions/<int:question_pk>/delete/", builder.question_delete,
         name="question_delete"),
    path(survey + "questions/<int:question_pk>/move/", builder.question_move,
         name="question_move"),
    # Evaluators: results (views/dashboards.py)
    path(survey + "results/", dashboards.survey_results, name="survey_results"),
    # Facilitators of the session's community, and evaluators: one session's feedback
    path("c/<slug:slug>/sessions/<int:session_pk>/feedback/", dashboards.session_results,
         name="session_results"),
    # Evaluators: exports (views/exports.py)
    path(survey + "export/", exports.export_form, name="export_form"),
    path("evaluation/exports/<int:export_pk>/", exports.export_status, name="export_status"),
    path("evaluation/exports/<int:export_pk>/download/", exports.export_download,
         name="export_download"),
    # Anyone invited: answering (views/answering.py)
    path("surveys/", answering.my_surveys, name="my_surveys"),
    path("surveys/<int:invitation_pk>/", answering.answer_signed_in, name="answer"),
    path("s/<str:token>/", answering.answer_by_link, name="answer_by_link"),
    path("surveys/thanks/", answering.thanks, name="thanks"),
]

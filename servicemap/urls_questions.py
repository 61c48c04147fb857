"""The questions' URLs, in the `servicemap` namespace (servicemap/urls.py includes them)."""

from django.urls import path

from . import views_questions as views

question = "c/<slug:slug>/questions/<int:pk>/"

urlpatterns = [
    path("c/<slug:slug>/questions/", views.question_list, name="question_list"),
    path("c/<slug:slug>/questions/ask/", views.question_ask, name="question_ask"),
    path(question, views.question_detail, name="question_detail"),
    path(question + "answer/", views.question_answer, name="question_answer"),
    path(question + "answers/<int:answer_pk>/consent/", views.answer_consent,
         name="answer_consent"),
    path(question + "answers/<int:answer_pk>/share/", views.answer_share, name="answer_share"),
]

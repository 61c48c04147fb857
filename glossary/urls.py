from django.urls import path

from . import views

app_name = "glossary"

urlpatterns = [
    path("c/<slug:slug>/glossary/", views.glossary, name="glossary"),
    path("c/<slug:slug>/glossary/new/", views.term_add, name="term_add"),
    path("c/<slug:slug>/glossary/<int:pk>/edit/", views.term_edit, name="term_edit"),
    path("c/<slug:slug>/glossary/<int:pk>/remove/", views.term_remove, name="term_remove"),
]

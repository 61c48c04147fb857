from django.urls import path

from . import views

app_name = "learning"

# The person's own learning record ("profile/": nobody else's is ever addressed), and the
# certificate of a session they attended (under its community, like the session's page).
urlpatterns = [
    path("profile/learning/", views.learning_log, name="log"),
    path("profile/learning/new/", views.reflection_add, name="reflection_add"),
    path("profile/learning/<int:pk>/", views.reflection_edit, name="reflection_edit"),
    path("profile/learning/<int:pk>/delete/", views.reflection_delete, name="reflection_delete"),
    path("profile/cpd/", views.cpd_record, name="cpd"),
    path("profile/cpd/record.pdf", views.cpd_pdf, name="cpd_pdf"),
    path("profile/cpd/record.docx", views.cpd_docx, name="cpd_docx"),
    path("c/<slug:slug>/sessions/<int:pk>/certificate.pdf", views.certificate,
         name="certificate"),
]

from django.urls import include, path

app_name = "servicemap"

urlpatterns = [
    path("", include("servicemap.urls_questions")),  # asking the members who can help
]

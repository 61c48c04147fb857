from django.urls import include, path

app_name = "meetings"

# The run screen and the live view (urls_live.py); planning, guides, summaries and the
# presenter's follow-up (urls_plan.py).
urlpatterns = [
    path("", include("meetings.urls_live")),
    path("", include("meetings.urls_plan")),
]

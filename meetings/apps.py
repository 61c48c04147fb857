from django.apps import AppConfig


class MeetingsConfig(AppConfig):
    """Running the meeting (issue 19): formats and their stages, the live run screen and the
    members' live view, clarifying questions and recommendations, the presenter's summary."""

    name = "meetings"
    verbose_name = "Meetings"

    def ready(self):
        # What happens to its data when an account closes, in a download, at retention.
        from . import lifecycle

        lifecycle.register()
        # Planning, summaries and follow-ups: their lifecycle (lifecycle_plan.py) and demo
        # data (demo.py).
        from . import demo, lifecycle_plan

        lifecycle_plan.register()
        demo.register()

from django.apps import AppConfig


class LearningConfig(AppConfig):
    """Each member's reflective learning record (issue 19): private reflections after
    sessions, the CPD record (PDF and Word) and attendance certificates."""

    name = "learning"
    verbose_name = "Learning record"

from django.apps import AppConfig


class CaseworkConfig(AppConfig):
    name = "casework"
    verbose_name = "Case studies"

    def ready(self):
        # What happens to its data when an account closes, in a download, at retention.
        from . import lifecycle

        lifecycle.register()
        # Its parts of members' pages: my week and the community home (members/page_parts.py).
        from . import week

        week.register()
        # Its part of a service's page: barriers met there, escalations
        # (servicemap/service_parts.py).
        from . import service_page

        service_page.register()
        # The cases a community's audit trail names (members/audit_subjects.py).
        from . import audit_subjects

        audit_subjects.register()
        # Its demo data, for `seed_demo` (members/demo.py).
        from . import demo

        demo.register()

#!/usr/bin/env python
"""Django's command-line utility, with a one-line error when a server cannot be reached."""

import os
import sys

# Commands that never need PostgreSQL or Redis.
OFFLINE_COMMANDS = {
    "help", "check", "makemigrations", "collectstatic", "version", "diffsettings",
    "startapp", "makemessages", "compilemessages", "sendtestemail",
    "scan_pii", "bench_scanner",
}


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cop.settings.local")
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import execute_from_command_line

    from cop.embedded import EmbeddedServiceError
    from cop.preflight import ServiceUnreachable, check_services

    command = sys.argv[1] if len(sys.argv) > 1 else "help"
    if command in OFFLINE_COMMANDS:
        os.environ.setdefault("COP_OFFLINE", "1")  # no embedded servers to start or wait for
    try:
        from django.conf import settings

        settings.INSTALLED_APPS  # noqa: B018  (loads settings; may start embedded servers)
        if command not in OFFLINE_COMMANDS and not command.startswith("-"):
            check_services()
    except (ServiceUnreachable, EmbeddedServiceError, ImproperlyConfigured) as exc:
        sys.exit(f"error: {exc}")
    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()

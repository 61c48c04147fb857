"""Print the current authenticator-app code of a demo person, so someone trying `make run`
can sign in as the demo facilitator, evaluator or admin. Development only (DEBUG)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from members.models import User
from members.security import totp_code, totp_secret_of


class Command(BaseCommand):
    help = "Print the current two-factor code of EMAIL (only with DEBUG on: development)."

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email, **options):
        if not settings.DEBUG:
            raise CommandError("demo_totp works only in development (DEBUG on): it would "
                               "otherwise defeat two-factor authentication.")
        user = User.objects.filter(email__iexact=email).first()
        secret = totp_secret_of(user) if user else None
        if secret is None:
            raise CommandError(f"{email} has no authenticator app.")
        self.stdout.write(totp_code(secret))

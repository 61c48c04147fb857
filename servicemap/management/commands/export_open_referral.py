"""`manage.py export_open_referral --community SLUG --out FILE`: a community's service map as
one Open Referral UK /services page (the shape import_open_referral reads), our own fields
under the "x_cop" extension. Needs the database."""

import json
import os
import sys

from django.core.management.base import BaseCommand, CommandError

from members.selectors import community_by_slug
from servicemap.selectors import services_export_open_referral


class Command(BaseCommand):
    help = "Export a community's service map as an Open Referral UK file."

    def add_arguments(self, parser):
        parser.add_argument("--community", required=True, metavar="SLUG")
        parser.add_argument("--out", required=True,
                            help="file to write (replaced if it exists); - for standard output")

    def handle(self, *args, **options):
        community = community_by_slug(options["community"])
        if community is None:
            raise CommandError(f"There is no community with the slug {options['community']!r}.")
        page = services_export_open_referral(community)
        text = json.dumps(page, ensure_ascii=False, indent=2) + "\n"
        path = options["out"]
        if path == "-":
            sys.stdout.write(text)
            return
        partial = f"{path}.part"
        try:
            with open(partial, "w", encoding="utf-8") as out:
                out.write(text)
            os.replace(partial, path)
        except OSError as exc:
            raise CommandError(f"Could not write {path}: {exc.strerror}.") from exc
        finally:
            if os.path.exists(partial):
                os.remove(partial)
        self.stdout.write(f"Wrote {page['totalElements']} services of {community.name} "
                          f"to {path}.")

"""`manage.py import_open_referral FILE --community SLUG`: a council's Open Referral UK
directory (a /services page, or a JSON array of services) into a community's service map.
Importing the same file again changes nothing; a newer one updates the entries it names.
Needs the database."""

import json

from django.core.management.base import BaseCommand, CommandError

from members.selectors import community_by_slug
from servicemap.open_referral import OpenReferralError
from servicemap.services import services_import_open_referral


class Command(BaseCommand):
    help = "Import services from an Open Referral UK file into a community's service map."

    def add_arguments(self, parser):
        parser.add_argument("file", help="a JSON file: an Open Referral UK /services page, "
                                         "or an array of services")
        parser.add_argument("--community", required=True, metavar="SLUG",
                            help="the community whose map the services join")

    def handle(self, *args, **options):
        community = community_by_slug(options["community"])
        if community is None:
            raise CommandError(f"There is no community with the slug {options['community']!r}.")
        data = _read_json(options["file"])
        try:
            result = services_import_open_referral(
                actor=None, community=community, data=data,
                progress=lambda done, total: self.stdout.write(f"{done} of {total} records"))
        except OpenReferralError as exc:
            raise CommandError(f"{options['file']}: {exc}") from exc
        if result.note:
            self.stdout.write(result.note)
        if result.findings:
            self.stdout.write(
                f"Possible identifiers in {len({f.open_referral_id for f in result.findings})} "
                "entries: they are imported, and each one's history says it needs a check.")
            for f in result.findings:
                self.stdout.write(f"  {f.service} ({f.open_referral_id}): {f.kind} in "
                                  f"\"{f.field}\": {f.text}")
        for place, why in result.skipped:
            self.stderr.write(f"Record {place} is not imported: {why}.")
        self.stdout.write(
            f"{community.name}: {result.created} added, {result.updated} updated, "
            f"{result.unchanged} unchanged, {len(result.skipped)} not imported.")
        if result.skipped:
            raise CommandError(f"{len(result.skipped)} record(s) could not be imported (see "
                               "above); the others were.")


def _read_json(path: str):
    try:
        with open(path, encoding="utf-8") as file:
            return json.load(file)
    except FileNotFoundError as exc:
        raise CommandError(f"There is no file {path}.") from exc
    except UnicodeDecodeError as exc:
        raise CommandError(f"{path} is not UTF-8 text: is it JSON?") from exc
    except json.JSONDecodeError as exc:
        raise CommandError(f"{path} is not valid JSON: {exc.msg} at line {exc.lineno}, "
                           f"column {exc.colno}.") from exc
    except OSError as exc:
        raise CommandError(f"Could not read {path}: {exc.strerror}.") from exc

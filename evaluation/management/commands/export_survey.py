"""`manage.py export_survey SURVEY_ID --format FORMAT --out PATH`: an export from the command
line, with the same formats and de-identification choices as the web page, audited the
same way (an ExportRecord with source "command" and no user). Needs the database."""

import os
import sys

from django.core.management.base import BaseCommand, CommandError

from evaluation.exports import DATES_DROP, DATES_KEEP, DATES_SHIFT, ExportOptions, export_survey
from evaluation.models import ExportFormat, Survey


class Command(BaseCommand):
    help = "Export a survey's submitted responses (csv, csv-labels, long, xlsx, codebook, " \
           "spss, r) to a file."

    def add_arguments(self, parser):
        parser.add_argument("survey_id", type=int)
        parser.add_argument("--format", required=True, choices=ExportFormat.values)
        parser.add_argument("--out", required=True,
                            help="file to write (replaced if it exists); - for standard output")
        parser.add_argument("--drop-free-text", action="store_true",
                            help="leave out short and long text answers")
        parser.add_argument("--dates", choices=[DATES_KEEP, DATES_SHIFT, DATES_DROP],
                            default=DATES_KEEP,
                            help="keep dates, shift them all back by one random number of "
                                 "days drawn for this export, or drop them (default: keep)")
        parser.add_argument("--drop-groups", action="store_true",
                            help="leave out community and session")
        parser.add_argument("--csv-name", default="",
                            help="for spss and r: the CSV file the script reads "
                                 "(default: survey-<id>.csv)")

    def handle(self, *args, **options):
        survey = Survey.objects.select_related("study").filter(pk=options["survey_id"]).first()
        if survey is None:
            raise CommandError(f"There is no survey {options['survey_id']}.")
        try:
            export_options = ExportOptions(
                drop_free_text=options["drop_free_text"], dates=options["dates"],
                drop_groups=options["drop_groups"], csv_name=options["csv_name"])
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        path = options["out"]
        if path == "-":
            record = export_survey(actor=None, survey=survey, format=options["format"],
                                   options=export_options, out=sys.stdout.buffer,
                                   source="command")
            sys.stdout.flush()
            return
        partial = f"{path}.part"
        try:
            with open(partial, "wb") as out:
                record = export_survey(actor=None, survey=survey, format=options["format"],
                                       options=export_options, out=out, source="command")
            os.replace(partial, path)
        except OSError as exc:
            raise CommandError(f"Could not write {path}: {exc}") from exc
        finally:
            if os.path.exists(partial):
                os.remove(partial)
        self.stdout.write(f"Wrote {record.rows} rows to {path} (export record {record.pk}).")

"""`manage.py bench_export`: how fast and in how much memory a large survey exports to CSV,
side by side with PostgreSQL's own COPY of the same answer rows.

Seeds, into the current database, a study of its own ("Export benchmark (bench_export)")
with one survey of 25 questions of mixed types and enough submitted responses for the
answers asked for (500,000 by default: 20,000 responses x 25 answers), unless it is there
already (then it is reused). No person, community or session is made: the responses carry
respondent codes only, as real ones do. `--drop` deletes the benchmark study and stops.

Then it times, each `--repeat` times (the best run is reported):
- our CSV export (evaluation.exports.export_survey, as `manage.py export_survey` runs it) to a
  file: wall time, rows and answers per second, and the peak memory of this process (Python
  heap by tracemalloc in a separate run, and the growth of the resident set);
- `COPY (SELECT the answer rows of the submitted responses, ordered) TO STDOUT` into a file
  through psycopg2's copy_expert.

A measurement, not a test: it prints a small table and the ratio of the two throughputs."""

import csv
import io
import os
import random
import resource
import tempfile
import time
import tracemalloc
from datetime import timedelta
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone

from evaluation import pseudonyms
from evaluation.exports import export_survey, rows
from evaluation.models import (
    Answer,
    Choice,
    ExportRecord,
    Question,
    QuestionType,
    Response,
    ResponseStatus,
    Study,
    Survey,
    SurveyKind,
    SurveyStatus,
)

STUDY_NAME = "Export benchmark (bench_export)"
AGREE = ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree",
         "Strongly agree"]
OFTEN = ["Never", "Rarely", "Sometimes", "Often"]
SERVICES = ["Housing", "Drug and alcohol", "Mental health", "Probation", "GP",
            "Voluntary sector"]
PHRASES = [
    "Hearing how housing options apply local connection",
    "Someone from probation explained the licence conditions, which helped",
    'We agreed to try a joint visit, "no wrong door" as they say',
    "Time to think about a stuck case with people from other agencies",
    "Knowing who to ring at the drug service",
    "Less alone with it",
]

# 25 questions: (code, type, choices or None, extra fields)
QUESTIONS: list[tuple[str, str, Any, dict[str, Any]]] = (
    [(f"agree_{n:02}", QuestionType.LIKERT, AGREE, {}) for n in range(1, 11)]
    + [(f"often_{n}", QuestionType.SINGLE, OFTEN, {}) for n in range(1, 4)]
    + [(f"services_{n}", QuestionType.MULTIPLE, SERVICES, {}) for n in range(1, 4)]
    + [(f"scale_{n}", QuestionType.SCALE, None, {}) for n in range(1, 5)]
    + [("hours", QuestionType.NUMBER, None, {"min_value": 0, "max_value": 80}),
       ("cases", QuestionType.NUMBER, None, {"min_value": 0, "max_value": 200})]
    + [("useful", QuestionType.SHORT_TEXT, None, {}),
       ("changed", QuestionType.SHORT_TEXT, None, {}),
       ("anything_else", QuestionType.LONG_TEXT, None, {})]
)


def _rss_bytes() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux: kilobytes


class Command(BaseCommand):
    help = "Time a 500,000-answer CSV export against PostgreSQL's COPY of the same rows."

    def add_arguments(self, parser):
        parser.add_argument("--answers", type=int, default=500_000,
                            help="answers to seed (25 per response)")
        parser.add_argument("--repeat", type=int, default=3, help="timed runs of each")
        parser.add_argument("--drop", action="store_true",
                            help="delete the benchmark study and its data, and stop")

    def handle(self, *args, **options):
        if options["drop"]:
            self.stdout.write(f"Deleted {self.drop()} benchmark survey(s).")
            return
        if options["answers"] < 25:
            raise CommandError("--answers must be at least 25.")
        survey = self.survey(options["answers"])
        answers = rows.answer_count(survey)
        responses = rows.response_count(survey)
        self.stdout.write(f"Survey {survey.pk}: {responses:,} submitted responses, "
                          f"{answers:,} answers.")
        with tempfile.TemporaryDirectory(prefix="bench-export-") as folder:
            ours = self.best(options["repeat"], lambda: self.export(survey, folder))
            copy = self.best(options["repeat"], lambda: self.copy(survey, folder))
            python_peak = self.traced(lambda: self.export(survey, folder))
        self.report(responses, answers, ours, copy, python_peak)

    # Seeding -----------------------------------------------------------------------------

    def drop(self) -> int:
        surveys = Survey.objects.filter(study__name=STUDY_NAME)
        count = surveys.count()
        with transaction.atomic():
            ExportRecord.objects.filter(survey__in=surveys).delete()
            Study.objects.filter(name=STUDY_NAME).delete()
        return count

    def survey(self, answers: int) -> Survey:
        wanted = -(-answers // len(QUESTIONS))
        existing = (Survey.objects.filter(study__name=STUDY_NAME)
                    .order_by("pk").first())
        if existing is not None:
            have = rows.response_count(existing)
            if have == wanted:
                self.stdout.write(f"Reusing the benchmark survey {existing.pk}.")
                return existing
            self.stdout.write(f"The benchmark survey has {have:,} responses; "
                              f"{wanted:,} wanted: seeding it again.")
            self.drop()
        started = time.perf_counter()
        survey = self.seed(wanted)
        self.stdout.write(f"Seeded {wanted:,} responses, {wanted * len(QUESTIONS):,} answers "
                          f"in {time.perf_counter() - started:.1f} s.")
        return survey

    @transaction.atomic
    def seed(self, responses: int) -> Survey:
        now = timezone.now()
        study = Study.objects.create(name=STUDY_NAME,
                                     description="Made by manage.py bench_export; "
                                                 "remove with bench_export --drop.")
        survey = Survey.objects.create(study=study, title="Export benchmark survey",
                                       kind=SurveyKind.WAVE, wave="baseline",
                                       status=SurveyStatus.CLOSED,
                                       opens_at=now - timedelta(days=400),
                                       closes_at=now - timedelta(days=1))
        questions = []
        for position, (code, type_, labels, extra) in enumerate(QUESTIONS, start=1):
            question = Question.objects.create(
                survey=survey, code=code, type=type_, position=position,
                text=f"Benchmark question {code}?", section=f"Part {1 + position // 10}",
                **extra)
            if labels:
                Choice.objects.bulk_create(
                    Choice(question=question, value=value, label=label, position=value)
                    for value, label in enumerate(labels, start=1))
            elif type_ == QuestionType.SCALE:
                Choice.objects.bulk_create([
                    Choice(question=question, value=0, label="Not at all", position=0),
                    Choice(question=question, value=10, label="Completely", position=10)])
            questions.append((question.pk, type_, len(labels or ())))
        rng = random.Random(20_260_401)
        start = now - timedelta(days=365)
        lines = io.StringIO()
        writer = csv.writer(lines)
        for n in range(responses):
            code = pseudonyms.respondent_code(study_id=study.pk, user_id=2_000_000_000 + n)
            submitted = start + timedelta(seconds=rng.randrange(364 * 86_400))
            writer.writerow([survey.pk, code, ResponseStatus.SUBMITTED, submitted.isoformat()])
        self._copy_in(Response, "survey_id, respondent_code, status, submitted_at", lines)
        response_ids = list(Response.objects.filter(survey=survey).order_by("pk")
                            .values_list("pk", flat=True))
        for first in range(0, len(response_ids), 2000):  # in batches: little memory
            lines = io.StringIO()
            writer = csv.writer(lines)
            for response_id in response_ids[first:first + 2000]:
                writer.writerows(self._answers(rng, response_id, questions))
            self._copy_in(Answer, "response_id, question_id, number, text, choices", lines,
                          not_null="text")
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {Response._meta.db_table}")
            cursor.execute(f"ANALYZE {Answer._meta.db_table}")
        return survey

    @staticmethod
    def _answers(rng, response_id, questions):
        for question_id, type_, options in questions:
            number, text, choices = "", "", ""
            if type_ in (QuestionType.LIKERT, QuestionType.SINGLE):
                number = rng.randint(1, options)
            elif type_ == QuestionType.MULTIPLE:
                ticked = sorted(rng.sample(range(1, options + 1), rng.randint(1, 3)))
                choices = "{" + ",".join(map(str, ticked)) + "}"
            elif type_ == QuestionType.SCALE:
                number = rng.randint(0, 10)
            elif type_ == QuestionType.NUMBER:
                number = rng.choice(["7.5", "12", "37.5", "3", "0.25", "40"])
            else:
                text = rng.choice(PHRASES)
                if type_ == QuestionType.LONG_TEXT:
                    text = f"{text}.\n{rng.choice(PHRASES)}."
            yield [response_id, question_id, number, text, choices]

    def _copy_in(self, model, columns: str, lines: io.StringIO, not_null: str = "") -> None:
        lines.seek(0)
        force = f", FORCE_NOT_NULL ({not_null})" if not_null else ""
        with connection.cursor() as cursor:
            cursor.cursor.copy_expert(
                f"COPY {model._meta.db_table} ({columns}) FROM STDIN WITH (FORMAT csv{force})",
                lines)

    # Measuring ---------------------------------------------------------------------------

    def best(self, repeat: int, run) -> dict:
        results = [run() for _ in range(max(1, repeat))]
        return min(results, key=lambda result: result["seconds"])

    def export(self, survey, folder) -> dict:
        path = os.path.join(folder, "ours.csv")
        rss_before = _rss_bytes()
        started = time.perf_counter()
        with open(path, "wb") as out:
            export_survey(actor=None, survey=survey, format="csv", options={}, out=out,
                          source="bench")
        seconds = time.perf_counter() - started
        return {"seconds": seconds, "bytes": os.path.getsize(path),
                "rss_growth": _rss_bytes() - rss_before}

    def copy(self, survey, folder) -> dict:
        path = os.path.join(folder, "copy.csv")
        sql = (f"COPY (SELECT r.respondent_code, a.question_id, a.number, a.text, a.choices "
               f"FROM {rows.ANSWER} a JOIN {rows.RESPONSE} r ON r.id = a.response_id "
               f"WHERE r.survey_id = {int(survey.pk)} AND r.status = 'submitted' "
               f"ORDER BY r.id, a.question_id) TO STDOUT WITH (FORMAT csv, HEADER)")
        rss_before = _rss_bytes()
        started = time.perf_counter()
        with open(path, "wb") as out, connection.cursor() as cursor:
            cursor.cursor.copy_expert(sql, out)
        seconds = time.perf_counter() - started
        return {"seconds": seconds, "bytes": os.path.getsize(path),
                "rss_growth": _rss_bytes() - rss_before}

    def traced(self, run) -> int:
        tracemalloc.start()
        try:
            run()
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    def report(self, responses, answers, ours, copy, python_peak) -> None:
        mb = 1024 * 1024
        out = self.stdout
        out.write("")
        out.write(f"{'':28}{'our CSV export':>18}{'COPY answer rows':>20}")
        out.write(f"{'rows written':28}{responses:>18,}{answers:>20,}")
        out.write(f"{'wall time (best), s':28}{ours['seconds']:>18.2f}{copy['seconds']:>20.2f}")
        out.write(f"{'answers per second':28}{answers / ours['seconds']:>18,.0f}"
                  f"{answers / copy['seconds']:>20,.0f}")
        out.write(f"{'rows per second':28}{responses / ours['seconds']:>18,.0f}"
                  f"{answers / copy['seconds']:>20,.0f}")
        out.write(f"{'file size, MB':28}{ours['bytes'] / mb:>18.1f}{copy['bytes'] / mb:>20.1f}")
        out.write(f"{'resident set growth, MB':28}{ours['rss_growth'] / mb:>18.1f}"
                  f"{copy['rss_growth'] / mb:>20.1f}")
        out.write(f"{'Python heap peak, MB':28}{python_peak / mb:>18.1f}{'':>20}")
        out.write(f"{'peak resident set, MB':28}{_rss_bytes() / mb:>18.1f}{'':>20}")
        ratio = copy["seconds"] / ours["seconds"]
        out.write("")
        out.write(f"Throughput (answers per second) of our export as a share of COPY's: "
                  f"{ratio:.2f} (target: at least 0.5).")

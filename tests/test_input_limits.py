"""Every text people type has a limit (cop/text_limits.py; the numbers are in each app's
models.py): past it, the form says so on the same page and keeps the text, nothing is saved,
and the database refuses it however it is written. Search vectors never fail on a long
text, even one that got past the limits."""

import string
from datetime import timedelta
from itertools import product
from zoneinfo import ZoneInfo

import pghistory.models
import pytest
from django import forms
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import IntegrityError, OperationalError, connection, models, transaction
from django.urls import reverse

from casework.models import CASE_TEXT_MAX, COMMENT_MAX, REASON_MAX, CaseStudy, Comment
from cop import gate
from cop.text_limits import MaxLength
from evaluation.models import ANSWER_TEXT_MAX, DESCRIPTION_MAX, QuestionType, Study
from members.models import GROUND_RULES_MAX, NAME_MAX, Community
from sessions_app.models import NOTES_MAX, Attendance

from .factories import (
    add_question,
    make_case,
    make_comment,
    make_response,
    make_session,
    make_study,
    make_survey,
)
from .helpers import APPS, database_migrated_to, form_classes

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")


def words(length: int) -> str:
    """`length` characters (up to 2 MB) of distinct made-up words, "aaaa aaab ...": plain
    text that the scanner leaves alone and HTML shows as it is. It ends in a letter, so that
    a form's stripping of spaces leaves its length alone."""
    text = " ".join("".join(w) for w in product(string.ascii_lowercase, repeat=4))[:length]
    assert len(text) == length
    return text[:-1] + "z" if text.endswith(" ") else text


def message(limit: int, length: int) -> str:
    return f"Keep this to {limit:,} characters or fewer (you have {length:,})."


# --- Past the limit, through the real pages ----------------------------------------------------

def test_an_over_long_comment_posted_with_htmx_is_refused_in_place(client, community, member):
    case = make_case(community, member)
    client.force_login(member)
    body = words(COMMENT_MAX + 8)
    response = client.post(reverse("casework:comment_create", args=[community.slug, case.pk]),
                           {"body": body}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200  # htmx swaps the form in its place
    html = response.text
    assert html.lstrip().startswith('<form method="post"') and "<html" not in html
    assert message(COMMENT_MAX, COMMENT_MAX + 8) in html
    assert f"{body}</textarea>" in html
    assert 'aria-invalid="true"' in html
    assert not Comment.objects.exists()


def test_an_over_long_edit_with_htmx_is_refused_in_place(client, community, member):
    case = make_case(community, member)
    comment = make_comment(case, member, body="Have you asked for a review?")
    client.force_login(member)
    body = words(COMMENT_MAX + 1)
    response = client.post(
        reverse("casework:comment_edit", args=[community.slug, case.pk, comment.pk]),
        {"body": body}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert message(COMMENT_MAX, COMMENT_MAX + 1) in response.text
    assert f"{body}</textarea>" in response.text
    comment.refresh_from_db()
    assert comment.body == "Have you asked for a review?" and comment.edited_at is None


def test_a_two_megabyte_comment_of_distinct_words_is_refused_not_a_server_error(
        client, community, member):
    case = make_case(community, member)
    client.force_login(member)
    body = words(2 * 1024 * 1024)
    response = client.post(reverse("casework:comment_create", args=[community.slug, case.pk]),
                           {"body": body})
    assert response.status_code == 200
    assert message(COMMENT_MAX, 2_097_152) in response.text
    assert body in response.text
    assert not Comment.objects.exists()


def test_an_over_long_case_section_is_refused_with_the_draft_kept(client, community, member):
    client.force_login(member)
    situation = words(CASE_TEXT_MAX + 1)
    response = client.post(reverse("casework:case_create", args=[community.slug]), {
        "pseudonym": "Elizabeth", "pseudonym_declared": "on",
        "title": "Discharged with nowhere to go", "presenting_situation": situation,
        "services_involved": "", "what_tried": "", "question": "What next?"})
    assert response.status_code == 200
    assert message(CASE_TEXT_MAX, CASE_TEXT_MAX + 1) in response.text
    assert situation in response.text
    assert "Discharged with nowhere to go" in response.text
    assert not CaseStudy.objects.exists()


def test_an_over_long_reason_for_keeping_a_finding_is_refused_by_the_finding(
        client, community, member):
    case = make_case(community, member)
    client.force_login(member)
    body = "Ring the duty desk on 0113 496 0000 before Friday."
    [finding] = gate.find({"body": body}, [case.pseudonym])
    reason = words(REASON_MAX + 1)
    response = client.post(reverse("casework:comment_create", args=[community.slug, case.pk]),
                           {"body": body, f"override-{finding.key}": reason},
                           HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    html = response.text
    assert (f'id="override-error-{finding.key}"><span class="govuk-visually-hidden">Error:</span> '
            f'{message(REASON_MAX, REASON_MAX + 1)}') in html
    assert f'value="{reason}"' in html
    assert not Comment.objects.exists()
    # At the limit, the same reason is taken.
    response = client.post(reverse("casework:comment_create", args=[community.slug, case.pk]),
                           {"body": body, f"override-{finding.key}": reason[:REASON_MAX]})
    assert response.status_code == 302
    assert case.overrides.get().reason == reason[:REASON_MAX].strip()


def test_an_over_long_job_title_is_refused_with_the_profile_kept(client, member):
    client.force_login(member)
    title = words(NAME_MAX + 4)
    response = client.post(reverse("members:profile"),
                           {"display_name": "Max Member", "job_title": title, "agency": ""})
    assert response.status_code == 200
    assert message(NAME_MAX, NAME_MAX + 4) in response.text
    assert f'value="{title}"' in response.text
    assert "maxlength" not in response.text  # a browser would cut a pasted text silently
    member.refresh_from_db()
    assert member.job_title == ""


def test_over_long_session_notes_are_refused_and_nothing_is_recorded(client, community,
                                                                      facilitator, member):
    session = make_session(community, days=-1)
    client.force_login(facilitator)
    notes = words(NOTES_MAX + 10)
    response = client.post(
        reverse("sessions_app:session_record", args=[community.slug, session.pk]),
        {"attended": [member.pk], "notes": notes})
    assert response.status_code == 200
    assert message(NOTES_MAX, NOTES_MAX + 10) in response.text
    assert notes in response.text
    session.refresh_from_db()
    assert session.notes == "" and not Attendance.objects.exists()


def test_an_over_long_survey_answer_is_refused_by_its_question(client, community, member):
    survey = make_survey(make_study(community))
    add_question(survey, "story", QuestionType.LONG_TEXT, text="Anything else?")
    invitation = survey.invitations.create(user=member, community=community,
                                           expires_at=survey.closes_at)
    client.force_login(member)
    story = words(ANSWER_TEXT_MAX + 1)
    response = client.post(reverse("evaluation:answer", args=[invitation.pk]),
                           {"action": "submit", "q_story": story})
    assert response.status_code == 200
    assert message(ANSWER_TEXT_MAX, ANSWER_TEXT_MAX + 1) in response.text
    assert f"{story}</textarea>" in response.text
    assert not survey.responses.exists()


def test_an_over_long_study_description_is_refused(client, evaluator):
    client.force_login(evaluator)
    description = words(DESCRIPTION_MAX + 1)
    response = client.post(reverse("evaluation:study_create"),
                           {"name": "CoP evaluation", "description": description})
    assert response.status_code == 200
    assert message(DESCRIPTION_MAX, DESCRIPTION_MAX + 1) in response.text
    assert description in response.text
    assert not Study.objects.exists()


# --- The database keeps to the limits, whatever writes ---------------------------------------

def _comment(community, member):
    return make_comment(make_case(community, member), member)


def _session(community, member):
    return make_session(community, title="Meeting", starts_in=timedelta(0))


def _answer(community, member):
    survey = make_survey(make_study(community))
    add_question(survey, "story", QuestionType.LONG_TEXT)
    return make_response(survey, user=member, community=community,
                         answers={"story": "Fine"}).answers.get()


@pytest.mark.parametrize("make, field, limit", [
    (lambda community, member: community, "ground_rules", GROUND_RULES_MAX),
    (_comment, "body", COMMENT_MAX),
    (_session, "notes", NOTES_MAX),
    (_answer, "text", ANSWER_TEXT_MAX),
], ids=["members", "casework", "sessions_app", "evaluation"])
def test_the_database_refuses_text_past_the_limit_written_directly(community, member, make,
                                                                    field, limit):
    row = make(community, member)
    rows = type(row).objects.filter(pk=row.pk)
    rows.update(**{field: "x" * limit})  # the limit itself is allowed
    with pytest.raises(IntegrityError, match="max_length"), transaction.atomic():
        rows.update(**{field: "x" * (limit + 1)})
    assert len(getattr(rows.get(), field)) == limit


def test_model_validation_says_the_limit_without_asking_the_database(
        django_assert_num_queries):
    community = Community(name="Leeds", slug="leeds", ground_rules="x" * (GROUND_RULES_MAX + 1))
    with django_assert_num_queries(0), pytest.raises(ValidationError) as info:
        community.full_clean(validate_unique=False)
    assert info.value.message_dict == {
        "ground_rules": [message(GROUND_RULES_MAX, GROUND_RULES_MAX + 1)]}


def test_the_casework_migration_shortens_older_rows_past_the_limits(db):
    """Rows written before the limits keep their first `limit` characters, so the CHECKs can
    be added however long they were (the other apps' migrations shorten theirs with the same
    statement)."""
    long_text = words(COMMENT_MAX + 500)
    before = ("casework", "0004_comment_community")
    with database_migrated_to(before) as database:
        community = database.create("members", "Community", at=before, name="Leeds",
                                    slug="leeds")
        author = database.create("members", "User", at=before, email="author@example.test",
                                 display_name="Author")
        case = database.create("casework", "CaseStudy", at=before, community_id=community.pk,
                               author_id=author.pk, title="Evicted", pseudonym="Sam",
                               presenting_situation=long_text)
        database.create("casework", "Comment", at=before, case_id=case.pk,
                        community_id=community.pk, author_id=author.pk, body=long_text)
        database.migrate(("casework", "0005_text_limits"))
        with database.connection.cursor() as cursor:
            cursor.execute("SELECT presenting_situation FROM casework_casestudy")
            (situation,), = cursor.fetchall()
            cursor.execute("SELECT body, search_vector @@ plainto_tsquery('english', %s) "
                           "FROM casework_comment", [long_text[:COMMENT_MAX].split()[-1]])
            (body, found_by_last_word), = cursor.fetchall()
    assert situation == long_text[:CASE_TEXT_MAX]
    assert body == long_text[:COMMENT_MAX]
    assert found_by_last_word


# Text no one types, so with no limit of its own: the name of the event on each history
# table (pghistory), written by its triggers ("comment.edited").
def machine_written(model, field) -> bool:
    return issubclass(model, pghistory.models.Event) and field.name == "pgh_label"


def _check_constraints(table: str) -> dict[str, list[str]]:
    """Column name -> the definitions of the CHECK constraints on that column alone."""
    with connection.cursor() as cursor:
        cursor.execute("""
            SELECT a.attname, pg_get_constraintdef(c.oid)
              FROM pg_constraint c
              JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
             WHERE c.conrelid = %s::regclass AND c.contype = 'c'
               AND array_length(c.conkey, 1) = 1""", [table])
        found = {}
        for column, definition in cursor.fetchall():
            found.setdefault(column, []).append(definition)
        return found


def test_every_typed_text_column_has_a_limit_in_the_database():
    """A new TextField without a LengthCheck (or a CharField without a length) fails here."""
    missing, checked = [], 0
    for model in apps.get_models():
        if model._meta.app_label not in APPS:
            continue
        constraints = _check_constraints(model._meta.db_table)
        for field in model._meta.concrete_fields:
            if isinstance(field, models.CharField):
                if field.max_length is None:
                    missing.append(f"{model._meta.label}.{field.name}: no max_length")
            elif isinstance(field, models.TextField) and not machine_written(model, field):
                checked += 1
                wanted = f"CHECK ((length({field.column}) <= {field.max_length}))"
                if field.max_length is None or wanted not in constraints.get(field.column, []):
                    missing.append(f"{model._meta.label}.{field.name}: no {wanted}")
    assert not missing, "\n".join(missing)
    assert checked >= 20  # the walk saw the apps' text fields


def test_every_text_field_of_every_form_says_its_limit():
    problems, checked = [], 0
    # The Django admin's forms (members.admin) keep Django's own wording: site admins only.
    for form_class in (f for f in form_classes() if not f.__module__.endswith(".admin")):
        for name, field in form_class.base_fields.items():
            if not isinstance(field, forms.CharField):
                continue
            if isinstance(field.widget, forms.PasswordInput):
                continue  # hashed, never stored: no limit to say
            checked += 1
            where = f"{form_class.__module__}.{form_class.__name__}.{name}"
            if field.max_length is None:
                problems.append(f"{where}: no max_length")
            elif not any(isinstance(v, MaxLength) for v in field.validators):
                problems.append(f"{where}: Django's message, not MaxLength (@explain_limits)")
            if "maxlength" in field.widget.attrs:
                problems.append(f"{where}: a maxlength attribute cuts pasted text silently")
    assert not problems, "\n".join(problems)
    assert checked >= 30


# --- Search vectors never fail ----------------------------------------------------------------

def densest(length: int) -> str:
    """The text that makes the largest search vector per character found (about 10.5
    bytes): short hyphenated words of distinct four-byte characters, for the word and each
    part are indexed. Up to 80,000 characters (42,000 distinct characters)."""
    assert length <= 80_000
    chars = (chr(c) for c in range(0x20000, 0x20000 + 42_000))
    return " ".join(f"{next(chars)}-{next(chars)}" for _ in range(length // 4 + 1))[:length]


def too_long_to_index(dense_start: str = "") -> str:
    """2 MB whose search vector would be over PostgreSQL's 1 MB, starting with `dense_start`."""
    return dense_start + " " + words(2 * 1024 * 1024 - len(dense_start) - 1)


def _probe(table: str, columns: list[str], function: str) -> None:
    """A scratch table with the columns a search vector trigger function reads, and the
    function as its trigger: the function on its own, past the columns' limits."""
    with connection.cursor() as cursor:
        cursor.execute(f"CREATE TEMP TABLE {table} "
                       f"({', '.join(f'{c} text' for c in columns)}, search_vector tsvector)")
        cursor.execute(f"CREATE TRIGGER {table} BEFORE INSERT ON {table} "
                       f"FOR EACH ROW EXECUTE FUNCTION {function}()")


def test_the_comment_search_vector_survives_text_too_long_for_a_tsvector():
    text = too_long_to_index(densest(70_000))  # the 70,000 characters indexed: the densest
    with connection.cursor() as cursor:
        with pytest.raises(OperationalError, match="too long for tsvector"), \
                transaction.atomic():
            cursor.execute("SELECT to_tsvector('english', %s)", [text])  # what 0002 did
        _probe("comment_probe", ["body"], "casework_comment_search_vector")
        cursor.execute("INSERT INTO comment_probe (body) VALUES (%s)", [text])
        cursor.execute("SELECT length(search_vector), search_vector @@ "
                       "to_tsquery('english', %s) FROM comment_probe", [text.split()[0]])
        lexemes, found = cursor.fetchone()
        assert lexemes > 50_000 and found


def test_the_case_search_vector_survives_every_section_too_long():
    dense = densest(76_000)  # title 1,000, question 5,000, the rest 70,000 indexed
    sections = {"title": too_long_to_index(dense[:1_000]),
                "question": too_long_to_index(dense[1_000:6_000]),
                "presenting_situation": too_long_to_index(dense[6_000:]),
                "services_involved": too_long_to_index(), "what_tried": too_long_to_index(),
                "outcome": too_long_to_index()}
    _probe("case_probe", list(sections), "casework_case_search_vector")
    with connection.cursor() as cursor:
        cursor.execute(f"INSERT INTO case_probe ({', '.join(sections)}) "
                       f"VALUES ({', '.join(['%s'] * len(sections))})", list(sections.values()))
        cursor.execute("SELECT length(search_vector) FROM case_probe")
        assert cursor.fetchone()[0] > 50_000


def test_text_at_the_limits_is_indexed_to_its_last_word(community, member):
    """What the triggers leave out is only ever past the limits."""
    full = words(CASE_TEXT_MAX - 10) + " zebrafish"
    case = make_case(community, member, presenting_situation=full, what_tried=full,
                     outcome=full[:-9] + "quokkas")
    comment = make_comment(case, member, body=words(COMMENT_MAX - 10) + " zebrafish")
    assert CaseStudy.objects.filter(pk=case.pk, search_vector="quokka").exists()
    assert Comment.objects.filter(pk=comment.pk, search_vector="zebrafish").exists()

"""Builders for test data, one for each kind of thing, shared by every test module (plain
functions: no factory library needed). Each writes straight to the models, with harmless
defaults (nothing the identifier scanner flags), unless it says it goes through a service.

Members: make_agency, make_user, make_community, join, make_member(s). Glossary: make_term.
Casework: make_case, make_comment, make_barrier, make_escalation. Service map: make_service,
add_service, make_expertise, make_question. Sessions: make_session, add_file. Evaluation:
make_study, make_survey, add_question, make_response(s), make_exportable_survey. Documents:
pdf_bytes, docx_bytes, odt_bytes. Signing in, counting queries and other checks:
tests/helpers.py."""

import io
import itertools
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from allauth.account.models import EmailAddress
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from casework.models import Barrier, CaseStudy, Comment, Escalation
from evaluation import pseudonyms
from evaluation.models import (
    Answer,
    Choice,
    Question,
    QuestionType,
    Response,
    ResponseStatus,
    Study,
    Survey,
    SurveyKind,
    SurveyStatus,
)
from glossary.models import Term
from members.models import Agency, Community, Membership, MembershipStatus, Role, User
from members.security import totp_add, totp_code
from servicemap import services as servicemap_services
from servicemap.models import Expertise, QuestionRecipient, Service, ServiceType
from servicemap.models import Question as ServiceQuestion
from sessions_app import library
from sessions_app.models import Material, Session, SessionStatus

PASSWORD = "a-long-test-password"
# Facilitators, evaluators and site admins must have a second factor (members.middleware):
# the builders below give them this authenticator-app secret, so tests keep their meaning.
TOTP_SECRET = "TESTTOTPSECRETFORPYTESTONLY23456"
LONDON = ZoneInfo("Europe/London")
_seq = itertools.count(1)


# --- Members ---------------------------------------------------------------------------------


def give_totp(user, secret=TOTP_SECRET):
    """An authenticator app for `user` (its secret stored encrypted, as the app stores it)."""
    return totp_add(user, secret)


def totp_now(secret=TOTP_SECRET) -> str:
    return totp_code(secret)


def make_agency(**fields) -> Agency:
    n = next(_seq)
    fields = {"name": f"Agency {n}", "sector": "voluntary", "discipline": "housing", **fields}
    return Agency.objects.create(**fields)


def make_user(email=None, **fields) -> User:
    n = next(_seq)
    email = email or f"person{n}@example.test"
    fields.setdefault("display_name", f"Person {n}")
    user = User.objects.create_user(email=email, password=PASSWORD, **fields)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    if user.is_evaluator or user.is_staff or user.is_superuser:
        give_totp(user)
    return user


def make_community(**fields) -> Community:
    n = next(_seq)
    fields = {"name": f"Community {n}", "slug": f"community-{n}", "region": "North", **fields}
    return Community.objects.create(**fields)


def join(user, community, role=Role.MEMBER, status=MembershipStatus.ACTIVE) -> Membership:
    if role == Role.FACILITATOR:
        give_totp(user)
    return Membership.objects.create(user=user, community=community, role=role, status=status)


def make_member(community, email=None, *, role=Role.MEMBER, status=MembershipStatus.ACTIVE,
                **fields) -> User:
    """A new person (make_user's `fields`), a member of `community` in `role`."""
    user = make_user(email, **fields)
    join(user, community, role, status)
    return user


def make_members(community, n, **fields) -> list[User]:
    """`n` new people (make_user's `fields` each), active members of `community`."""
    return [make_member(community, **fields) for _ in range(n)]


# --- Glossary --------------------------------------------------------------------------------


def make_term(community, author=None, term="priority need", **fields) -> Term:
    """A glossary term of `community`, added by `author`."""
    now = timezone.now()
    fields = {
        "created_at": now, "updated_at": now,
        "meaning": "Who the council must house: people with children, pregnant women, and "
                   "people vulnerable for a special reason.",
        "source": "Housing Act 1996, section 189",
        "link": "https://www.legislation.gov.uk/ukpga/1996/52/section/189",
        **fields,
    }
    return Term.objects.create(community=community, created_by=author, term=term, **fields)


# --- Casework --------------------------------------------------------------------------------


def make_case(community, author, **fields) -> CaseStudy:
    """A published case."""
    fields = {
        "pseudonym": "Elizabeth",
        "title": "Discharged with nowhere to go",
        "presenting_situation": "Elizabeth left hospital with a leg ulcer and no home to go to.",
        "question": "How do we get the housing team to accept a duty?",
        "status": "published",
        "published_at": timezone.now(),
        **fields,
    }
    return CaseStudy.objects.create(community=community, author=author, **fields)


def make_comment(case, author, body="Have you tried asking for a review of the decision?",
                 **fields) -> Comment:
    return Comment.objects.create(case=case, author=author, body=body, **fields)


def make_barrier(case, **fields) -> Barrier:
    """A barrier met in `case` (a housing eligibility one unless told)."""
    fields = {"service_type": ServiceType.HOUSING, "category": "eligibility",
              "description": "Found not in priority need.", **fields}
    return Barrier.objects.create(case=case, **fields)


def make_escalation(community, **fields) -> Escalation:
    """An escalation of the community's barriers, raised a week ago, no response yet."""
    fields = {"title": "Hospital discharges with no duty to refer",
              "raised_with": "The Health and Wellbeing Board",
              "raised_on": timezone.localdate() - timedelta(days=7),
              "evidence": "Counts from the barriers page and two anonymised examples.",
              **fields}
    return Escalation.objects.create(community=community, **fields)


# --- The service map ------------------------------------------------------------------------


def make_service(community, **fields) -> Service:
    """A service in `community`'s map, confirmed by nobody yet."""
    fields = {
        "name": f"Housing Options {next(_seq)}",
        "organisation": "Leeds City Council",
        "service_type": ServiceType.HOUSING,
        "area": "Leeds",
        "who_for": "Anyone homeless or at risk of homelessness within 56 days.",
        "eligibility": "Priority need and a local connection for the main housing duty.",
        "what_works": "Ask for the duty senior; a GP letter about vulnerability helps.",
        **fields,
    }
    return Service.objects.create(community=community, **fields)


def add_service(community, actor, *, work_contacts=(), reasons=None, **fields) -> Service:
    """A service added through the service map's service (so with its first revision), as
    `actor`, a member of `community`; `fields` as the form gives them."""
    data = {"name": f"Night shelter {next(_seq)}", "service_type": ServiceType.HOUSING,
            "who_for": "Adults sleeping rough.", **fields}
    return servicemap_services.service_create(actor=actor, community=community, data=data,
                                              work_contacts=work_contacts, reasons=reasons)


def make_expertise(user, service=None, *, agency=None, community=None,
                   line="I work there; ask me about duty to refer.") -> Expertise:
    """`user` knows `service` (or `agency`) from the inside."""
    community = community or service.community
    return Expertise.objects.create(user=user, community=community, service=service,
                                    agency=agency, line=line)


def make_question(service, asked_by, *, to=(), body="Who decides priority need there?",
                  **fields) -> ServiceQuestion:
    """A question about `service` from `asked_by`, put to each of `to`."""
    question = ServiceQuestion.objects.create(community=service.community, service=service,
                                       asked_by=asked_by, body=body, **fields)
    QuestionRecipient.objects.bulk_create(
        QuestionRecipient(question=question, user=user) for user in to)
    return question


# --- Sessions --------------------------------------------------------------------------------


def make_session(community, *, days=7, hour=14, starts_at=None, starts_in=None, ends_in=None,
                 hours=2, **fields) -> Session:
    """A session of `community`, `hours` long, arranged well ahead: its times were set 30
    days before it starts (for short notice, give `times_set_at`).

    It starts at `starts_at`; else `starts_in` (a timedelta) from now; else so that it ends
    `ends_in` from now; else `days` from today (negative: in the past) at `hour` o'clock,
    London time. Times are whole minutes, as the forms give (iCalendar has no fractions of
    a second)."""
    if starts_at is None:
        if starts_in is not None:
            starts_at = timezone.now() + starts_in
        elif ends_in is not None:
            starts_at = timezone.now() + ends_in - timedelta(hours=hours)
        else:
            day = timezone.localdate() + timedelta(days=days)
            starts_at = datetime.combine(day, time(hour), tzinfo=LONDON)
    starts_at = starts_at.replace(second=0, microsecond=0)
    fields = {"title": "Monthly meeting", "venue": "Civic Hall, Room 2",
              "ends_at": starts_at + timedelta(hours=hours),
              "times_set_at": starts_at - timedelta(days=30), **fields}
    return Session.objects.create(community=community, starts_at=starts_at, **fields)


def add_file(user, community, data, *, name="guide.pdf", **fields) -> Material:
    """A file in `community`'s library, added by `user` through the library's service (so
    the gate reads `data`)."""
    fields = {"title": "Priority need guidance", "summary": "What councils must consider.",
              **fields}
    return library.material_add(actor=user, membership=community.memberships.get(user=user),
                                upload=SimpleUploadedFile(name, data), **fields)


# --- Evaluation ------------------------------------------------------------------------------
# Responses are written straight to the models (as the answering services would leave them),
# so dashboard and export tests do not depend on the answering views.

AGREE = [(1, "Strongly disagree"), (2, "Disagree"), (3, "Neither agree nor disagree"),
         (4, "Agree"), (5, "Strongly agree")]


def make_study(*communities, **fields) -> Study:
    study = Study.objects.create(name=fields.pop("name", f"Study {next(_seq)}"), **fields)
    study.communities.set(communities)
    return study


def make_survey(study, **fields) -> Survey:
    fields = {"title": f"Survey {next(_seq)}", "kind": SurveyKind.AD_HOC,
              "status": SurveyStatus.OPEN, "opens_at": timezone.now() - timedelta(days=1),
              "closes_at": timezone.now() + timedelta(days=30), **fields}
    return Survey.objects.create(study=study, **fields)


def add_question(survey, code, type=QuestionType.LIKERT, choices=None, **fields) -> Question:
    """Likert, single and multiple questions get the agree scale unless `choices` is given."""
    position = fields.pop("position", survey.questions.count() + 1)
    question = Question.objects.create(survey=survey, code=code, type=type, position=position,
                                       text=fields.pop("text", f"Question {code}?"), **fields)
    if type in (QuestionType.LIKERT, QuestionType.SINGLE, QuestionType.MULTIPLE):
        for position, (value, label) in enumerate(choices or AGREE, start=1):
            Choice.objects.create(question=question, value=value, label=label, position=position)
    return question


def make_response(survey, *, user=None, community=None, session=None, answers=None,
                  submitted_at=None, code=None) -> Response:
    """A submitted response. `answers` maps question codes to a number, a str (text), or a
    list (multiple choice values). The code comes from `user` (or is given), unless the
    survey is anonymous."""
    if survey.anonymous:
        code = ""
    elif code is None:
        user_id = user.pk if user is not None else 10_000_000 + next(_seq)
        code = pseudonyms.respondent_code(study_id=survey.study_id, user_id=user_id)
    response = Response.objects.create(
        survey=survey, respondent_code=code, community=community, session=session,
        status=ResponseStatus.SUBMITTED, submitted_at=submitted_at or timezone.now())
    questions = {q.code: q for q in survey.questions.all()}
    rows = []
    for variable, value in (answers or {}).items():
        answer = Answer(response=response, question=questions[variable])
        if isinstance(value, list):
            answer.choices = value
        elif isinstance(value, str):
            answer.text = value
        else:
            answer.number = Decimal(value)
        rows.append(answer)
    Answer.objects.bulk_create(rows)
    return response


def make_responses(survey, n, *, community=None, session=None, **answers) -> None:
    """`n` submitted responses, each from someone else, all giving `answers` (code=value)."""
    for _ in range(n):
        make_response(survey, community=community, session=session, answers=answers)


SUBMITTED = datetime(2026, 3, 4, 10, 15, 7, 123456, tzinfo=UTC)
SERVICES = [(1, "Housing"), (2, "Health"), (3, "Café")]
CONTACT = [(1, "Phone"), (2, "Text message"), (3, "In person"), (-9, "Prefer not to say")]


def make_exportable_survey(community, *, kind=SurveyKind.POST_SESSION, anonymous=False,
                           users=None, study=None):
    """A survey with one question of every type, two submitted responses (one complete,
    one partial, at SUBMITTED and a day later) and a draft, which must never be exported.
    Returns (survey, session, first response, second response)."""
    study = study or make_study(community, name="Export study")
    survey = make_survey(study, title="Session feedback", kind=kind, anonymous=anonymous,
                         credit="Items used with permission.")
    add_question(survey, "lik", QuestionType.LIKERT, required=True, section="Wellbeing",
                 instrument="ProQOL 5", subscale="Burnout", reverse_scored=True,
                 text="I feel worn out\nby my work.")
    add_question(survey, "single", QuestionType.SINGLE, choices=SERVICES,
                 text="Which service did you talk about?")
    add_question(survey, "multi", QuestionType.MULTIPLE, choices=CONTACT,
                 text="How do you keep in touch?", value_cycle="applied")
    scale = add_question(survey, "scale", QuestionType.SCALE, text="How useful was it?")
    Choice.objects.create(question=scale, value=0, label="Not at all", position=0)
    Choice.objects.create(question=scale, value=10, label="Completely", position=10)
    add_question(survey, "num", QuestionType.NUMBER, min_value=0, max_value=100,
                 text="Hours a week on casework")
    add_question(survey, "short", QuestionType.SHORT_TEXT, text="One word for it")
    add_question(survey, "long", QuestionType.LONG_TEXT, text="Anything else?")
    # 00:30 on 11 June in London
    session = make_session(community, title="March session", status=SessionStatus.COMPLETED,
                           starts_at=datetime(2026, 6, 10, 23, 30, tzinfo=UTC), hours=1.5,
                           venue="")
    users = users or [None, None]
    first = make_response(survey, user=users[0], community=community, session=session,
                          submitted_at=SUBMITTED, answers={
                              "lik": 4, "single": 3, "multi": [1, 3], "scale": 10,
                              "num": Decimal("2.5000"), "short": 'Calm, "steady"',
                              "long": "Line one\nLine two, with a comma"})
    second = make_response(survey, user=users[1], community=community,
                           submitted_at=SUBMITTED + timedelta(days=1), answers={
                               "lik": 2, "multi": [-9], "scale": 7, "num": Decimal("40")})
    draft = Response.objects.create(survey=survey, respondent_code="DRAFTCODE1",
                                    community=community, draft_key="k" * 64,
                                    status=ResponseStatus.DRAFT)
    Answer.objects.create(response=draft, question=survey.questions.get(code="lik"),
                          number=5)
    return survey, session, first, second


# --- Real documents, for the library's text extraction (made by the libraries that write
# each format, so the reading side meets files as office software writes them) ----------


def pdf_bytes(*lines: str, pages: int = 1) -> bytes:
    """A PDF (reportlab, compressed streams) with these lines on each page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for _ in range(pages):
        for number, line in enumerate(lines):
            pdf.drawString(72, 770 - 16 * number, line)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def docx_bytes(*paragraphs: str, table_cell: str = "", header: str = "") -> bytes:
    """A Word document (python-docx): paragraphs, and optionally a table cell and a header."""
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if table_cell:
        document.add_table(rows=1, cols=1).cell(0, 0).text = table_cell
    if header:
        document.sections[0].header.paragraphs[0].text = header
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def odt_bytes(*paragraphs: str, heading: str = "") -> bytes:
    """An OpenDocument text (odfpy): an optional heading, then paragraphs."""
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P

    document = OpenDocumentText()
    if heading:
        document.text.addElement(H(outlinelevel=1, text=heading))
    for paragraph in paragraphs:
        document.text.addElement(P(text=paragraph))
    buffer = io.BytesIO()
    document.write(buffer)
    return buffer.getvalue()

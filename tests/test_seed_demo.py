import pytest
from django.core.management import call_command

from members.models import Agency, Community, Invitation, Membership, Role, User
from members.security import DEMO_TOTP_SECRET, totp_code

pytestmark = pytest.mark.django_db

DEMO_PASSWORD = "practice-together"


def counts():
    return [m.objects.count() for m in (User, Agency, Community, Membership, Invitation)]


def test_seed_demo_is_idempotent_and_its_logins_work(client):
    call_command("seed_demo")
    first = counts()
    call_command("seed_demo")
    assert counts() == first

    assert set(Community.objects.values_list("name", flat=True)) == {
        "Leeds Multiple Needs Community of Practice",
        "Bristol Hard Edges Community of Practice",
    }
    for community in Community.objects.all():
        assert Membership.objects.filter(community=community).count() >= 10

    leeds = Community.objects.get(slug="leeds-multiple-needs")
    assert User.objects.get(email="admin@example.org").is_superuser
    assert User.objects.get(email="evaluator@example.org").is_evaluator
    assert Membership.objects.get(user__email="facilitator@example.org",
                                  community=leeds).role == Role.FACILITATOR
    assert Membership.objects.get(user__email="member@example.org",
                                  community=leeds).role == Role.MEMBER
    from allauth.mfa.models import Authenticator

    with_app = set(Authenticator.objects.filter(type="totp").values_list("user__email",
                                                                         flat=True))
    assert {"admin@example.org", "facilitator@example.org", "evaluator@example.org",
            "priya.shah@example.org"} <= with_app
    assert "member@example.org" not in with_app

    # The facilitator, evaluator and admin also give a code from an authenticator app with
    # the demo's documented secret (members.security.DEMO_TOTP_SECRET); the member does not.
    for email in ("admin@example.org", "facilitator@example.org", "member@example.org",
                  "evaluator@example.org"):
        response = client.post("/accounts/login/", {"login": email, "password": DEMO_PASSWORD})
        assert response.status_code == 302, email
        if email != "member@example.org":
            assert response.url == "/accounts/2fa/authenticate/", email
            response = client.post(response.url, {"code": totp_code(DEMO_TOTP_SECRET)})
            assert response.status_code == 302, email
        assert client.get("/communities/").status_code == 200, email
        client.logout()


def test_demo_cases_are_anonymised_and_discussed():
    from casework.models import Barrier, CaseStudy, Comment
    from cop import gate

    call_command("seed_demo")
    cases = list(CaseStudy.objects.all())
    assert {c.community.slug for c in cases} == {"leeds-multiple-needs", "bristol-hard-edges"}
    assert Comment.objects.count() >= len(cases) and Barrier.objects.count() >= len(cases)
    for case in cases:
        texts = {f: getattr(case, f) for f in ("title", "presenting_situation",
                                               "services_involved", "what_tried", "question",
                                               "outcome")}
        texts.update({f"comment{c.pk}": c.body for c in case.comments.all()})
        assert gate.find(texts, [case.pseudonym]) == [], case.title
    call_command("seed_demo")
    assert CaseStudy.objects.count() == len(cases)


def test_demo_sessions_past_and_upcoming():
    from sessions_app.models import ActionPoint, AgendaItem, Attendance, Session

    call_command("seed_demo")
    counts = [m.objects.count() for m in (Session, AgendaItem, Attendance, ActionPoint)]
    for community in Community.objects.all():
        sessions = Session.objects.filter(community=community)
        assert sessions.filter(status="completed").exists()
        assert sessions.filter(status="scheduled").exists()
    assert AgendaItem.objects.filter(case__isnull=False).exists()
    assert Attendance.objects.exists() and ActionPoint.objects.exists()
    call_command("seed_demo")
    assert [m.objects.count() for m in (Session, AgendaItem, Attendance, ActionPoint)] == counts


def test_demo_study_has_waves_and_post_session_feedback_worth_looking_at():
    from evaluation.models import Response, Study, SurveyInvitation, SurveyKind

    call_command("seed_demo")
    study = Study.objects.get()
    surveys = {(s.kind, s.wave): s for s in study.surveys.all()}
    baseline = surveys[(SurveyKind.WAVE, "baseline")]
    follow_up = surveys[(SurveyKind.WAVE, "follow-up")]
    feedback = next(s for s in surveys.values() if s.kind == SurveyKind.POST_SESSION)
    submitted = Response.objects.filter(survey__study=study, status="submitted")
    assert submitted.count() >= 200
    assert submitted.filter(survey=feedback).exclude(session=None).count() >= 50
    # Waves link on respondent codes, and no response carries anything else of the person.
    linked = (set(submitted.filter(survey=baseline).values_list("respondent_code", flat=True))
              & set(submitted.filter(survey=follow_up).values_list("respondent_code", flat=True)))
    assert len(linked) >= 20
    assert baseline.questions.count() == 30
    # The demo member still has the follow-up to do; answered invitations say only that.
    assert SurveyInvitation.objects.filter(survey=follow_up, user__email="member@example.org",
                                           answered=False).exists()
    assert (SurveyInvitation.objects.filter(survey__study=study, answered=True).count()
            == submitted.count())
    call_command("seed_demo")
    assert Response.objects.filter(survey__study=study).count() == submitted.count()


def test_demo_escalations_and_barriers_at_demo_services():
    from casework.models import Barrier, Escalation
    from cop import gate
    from servicemap.models import Service

    call_command("seed_demo")
    escalations = list(Escalation.objects.select_related("community"))
    assert {e.community.slug for e in escalations} == {"leeds-multiple-needs",
                                                      "bristol-hard-edges"}
    for escalation in escalations:
        assert escalation.response and escalation.barriers.exists()
        texts = {f: getattr(escalation, f) for f in ("title", "raised_with", "evidence",
                                                     "response")}
        assert gate.find(texts, []) == [], escalation.title
    # The service map's demo directory is seeded first (members/demo.py: servicemap before
    # casework), so the barriers and escalations name its services on the first run.
    leeds = Community.objects.get(slug="leeds-multiple-needs")
    bristol = Community.objects.get(slug="bristol-hard-edges")

    def named(community):
        return {b.description: b.service.name for b in Barrier.objects.filter(
            case__community=community, service__isnull=False).select_related("service")}

    linked = {
        leeds: {
            "Found not in priority need despite wound care needs.": "Leeds Housing Options",
            "Discharged without a duty to refer or any accommodation plan.":
                "Hospital discharge and homeless pathway team",
            "Twelve-month bans from all direct access hostels after past incidents.":
                "St George's Crypt night shelter",
        },
        bristol: {
            "Housing office closed; out-of-hours offered only a full night shelter.":
                "Bristol Housing Options",
            "Closed after two missed appointments three times.":
                "Community mental health team (central)",
        },
    }
    for community, expected in linked.items():
        assert named(community) == expected, community.slug
    assert Escalation.objects.get(community=leeds).service.name == (
        "Hospital discharge and homeless pathway team")
    assert Escalation.objects.get(community=bristol).service.name == (
        "Probation Service, Bristol")
    # A database seeded before the directory had them: the next run names them, and changes
    # nothing else.
    Barrier.objects.update(service=None)
    Escalation.objects.update(service=None)
    before = (Barrier.objects.count(), Escalation.objects.count(),
              Service.objects.count())
    call_command("seed_demo")
    assert (Barrier.objects.count(), Escalation.objects.count(),
            Service.objects.count()) == before
    for community, expected in linked.items():
        assert named(community) == expected, community.slug
    assert Escalation.objects.get(community=leeds).service.name == (
        "Hospital discharge and homeless pathway team")

"""A small world for the access matrix, mass-assignment and stored-XSS tests: two communities,
one person per role, and one of every kind of object in the home community.

`build_world()` makes it inside the test's database transaction and returns a `World`
whose attributes the tests use to fill URL arguments. The roles (PERMISSIONS.md):

- member, facilitator: active in the home community (the objects' community);
- outsider: member of the other community; other_facilitator: facilitator there;
- former_member: left the home community; evaluator and site_admin: no membership."""

from dataclasses import dataclass, field
from datetime import time, timedelta

from django.apps import apps
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone

from casework.models import Barrier, CaseStatus, Follow
from evaluation.invitations import hash_token as survey_hash_token
from evaluation.models import ExportRecord, ExportStatus, SurveyInvitation
from glossary.models import Term
from learning.models import Reflection
from meetings.models import Entry, EntryKind, ItemSummary
from members.models import (
    Invitation,
    MembershipStatus,
    Notification,
    NotificationKind,
    Role,
    hash_token,
    unsubscribe_token,
)
from servicemap import services as servicemap_services
from servicemap.models import Answer as ServiceAnswer
from sessions_app.calendars import calendar_feed_for
from sessions_app.models import (
    RSVP,
    ActionPoint,
    AgendaItem,
    Attendance,
    FollowUpRequest,
    Material,
    MaterialFinding,
    RSVPAnswer,
    SessionSeries,
    SessionStatus,
)

from .factories import (
    add_question,
    add_service,
    join,
    make_agency,
    make_case,
    make_comment,
    make_community,
    make_escalation,
    make_expertise,
    make_question,
    make_service,
    make_session,
    make_study,
    make_survey,
    make_user,
)

ROLES = ("anonymous", "member", "facilitator", "outsider", "other_facilitator", "evaluator",
         "former_member", "site_admin")

INVITATION_TOKEN = "matrix-invitation-token-0123456789"
SURVEY_TOKEN = "matrix-survey-token-0123456789"
DATA_TOKEN = "matrix-data-token-0123456789"
PDF_BYTES = (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
             b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
             b"trailer\n<< /Root 1 0 R >>\n%%EOF\n")


@dataclass
class World:
    users: dict = field(default_factory=dict)  # role -> User (no "anonymous")
    objects: dict = field(default_factory=dict)

    def __getattr__(self, name):
        try:
            return self.__dict__["objects"][name]
        except KeyError:
            raise AttributeError(name) from None


def build_world() -> World:
    now = timezone.now()
    world = World()
    o = world.objects
    home = o["community"] = make_community(name="Matrix Home", slug="matrix-home")
    away = o["other_community"] = make_community(name="Matrix Away", slug="matrix-away")
    agency = o["agency"] = make_agency()
    o["group"] = Group.objects.create(name="Matrix group")  # so every admin page has an object

    u = world.users
    u["member"] = make_user("m.member@example.test", display_name="Mina Member", agency=agency)
    u["facilitator"] = make_user("m.fac@example.test", display_name="Fola Facilitator")
    u["outsider"] = make_user("m.out@example.test", display_name="Otto Outsider")
    u["other_facilitator"] = make_user("m.ofac@example.test", display_name="Ola Otherfac")
    u["evaluator"] = make_user("m.eval@example.test", display_name="Evi Evaluator",
                               is_evaluator=True)
    u["former_member"] = make_user("m.former@example.test", display_name="Fern Former")
    u["site_admin"] = make_user("m.admin@example.test", display_name="Adi Admin",
                                is_staff=True, is_superuser=True)
    o["member_membership"] = join(u["member"], home, Role.MEMBER)
    o["facilitator_membership"] = join(u["facilitator"], home, Role.FACILITATOR)
    join(u["outsider"], away, Role.MEMBER)
    join(u["other_facilitator"], away, Role.FACILITATOR)
    join(u["former_member"], home, Role.MEMBER, status=MembershipStatus.LEFT)
    # A second member, whom the member-management URLs act on.
    bystander = o["bystander"] = make_user("m.by@example.test", display_name="Bea Bystander")
    o["bystander_membership"] = join(bystander, home, Role.MEMBER)

    member, facilitator = u["member"], u["facilitator"]
    # Cases: a published one and a draft, both by the member; a facilitator's comment on it.
    case = o["case"] = make_case(home, member, title="Matrix case")
    o["draft_case"] = make_case(home, member, title="Matrix draft", status=CaseStatus.DRAFT,
                                published_at=None)
    o["comment"] = make_comment(case, facilitator)
    o["member_comment"] = make_comment(case, member, body="A member's reply.")
    o["barrier"] = Barrier.objects.create(
        case=case, recorded_by=member, service_type="housing", category="local_connection",
        description="No local connection, so no help.")
    Follow.objects.create(user=member, case=case)
    # The service map: a service the barrier names; an escalation the facilitator raised.
    o["service"] = service = make_service(home, name="Matrix Housing Options")
    Barrier.objects.filter(pk=o["barrier"].pk).update(service=service)
    o["escalation"] = make_escalation(home, service=service, created_by=facilitator,
                                      title="Matrix escalation")
    o["escalation"].barriers.add(o["barrier"])

    # Sessions: one ahead (agenda, action point) and one held two days ago (attended).
    o["session"] = session = make_session(
        home, title="Matrix session", starts_at=now + timedelta(days=7), venue="Room 1",
        online_link="https://meet.example.org/matrix", created_by=facilitator)
    o["past_session"] = past = make_session(
        home, title="Matrix past session", starts_at=now - timedelta(days=2), venue="Room 2",
        status=SessionStatus.COMPLETED, completed_at=now - timedelta(days=2),
        created_by=facilitator)
    # A weekly series (its rule is edited from its own page); no sessions made from it yet.
    start = timezone.localdate() + timedelta(days=14)
    o["series"] = SessionSeries.objects.create(
        community=home, title="Matrix series", rule="FREQ=WEEKLY;INTERVAL=1;BYDAY="
        + ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][start.weekday()],
        rule_text="every week", starts_on=start, start_time=time(10), end_time=time(11),
        created_by=facilitator)
    o["agenda_item"] = AgendaItem.objects.create(session=session, position=1,
                                                 title="Matrix agenda item", minutes=20,
                                                 case=case)
    o["action"] = ActionPoint.objects.create(session=session, text="Write to the council",
                                             owner=facilitator, created_by=facilitator)
    RSVP.objects.create(session=session, user=member, answer=RSVPAnswer.GOING)
    for person in (member, facilitator):
        Attendance.objects.create(session=past, user=person, recorded_by=facilitator)
    o["follow_up"] = FollowUpRequest.objects.create(session=past, user=member,
                                                    message="Could we talk?")
    # The member's private reflection on the past session (learning): theirs alone.
    o["reflection"] = Reflection.objects.create(user=member, session=past,
                                                learned="Matrix learning",
                                                differently="Matrix plan")

    # The meeting of the session ahead, being run (meetings/live.py): at its first item; a
    # case consultation after it, presented by the member, with a recommendation; the
    # bystander said "mark me as here".
    from meetings.models import LiveMeeting, PresenceClaim

    o["live_item"] = AgendaItem.objects.create(session=session, position=2,
                                               title="Matrix consultation", presenter=member)
    o["live"] = LiveMeeting.objects.create(session=session, started_by=facilitator,
                                           item=o["agenda_item"])
    o["live_entry"] = Entry.objects.create(item=o["live_item"], kind="recommendation",
                                           text="Ask for a joint visit.",
                                           recorded_by=facilitator)
    o["presence_claim"] = PresenceClaim.objects.create(session=session, user=bystander)

    # Meetings: an item of the past session the member presented, its recommendation and
    # the summary sent to the member.
    o["summary_item"] = summary_item = AgendaItem.objects.create(
        session=past, position=1, title="Matrix consultation", case=case, presenter=member)
    o["recommendation"] = Entry.objects.create(
        item=summary_item, kind=EntryKind.RECOMMENDATION, text="Ask for a joint visit.",
        member=facilitator, recorded_by=facilitator)
    o["item_summary"] = ItemSummary.objects.create(item=summary_item, presenter=member)

    # The library: a link and a stored file, both added by the facilitator.
    o["link_material"] = Material.objects.create(
        community=home, title="Matrix guidance", summary="A guide.",
        url="https://example.org/guide", uploaded_by=facilitator)
    file_material = Material(community=home, title="Matrix file", summary="A PDF.",
                             filename="guide.pdf", content_type="application/pdf",
                             size=len(PDF_BYTES), uploaded_by=facilitator)
    file_material.file.save("guide.pdf", ContentFile(PDF_BYTES), save=False)
    file_material.save()
    o["file_material"] = file_material
    # A file the member added, held by the identifier gate until they confirm its finding.
    held_material = Material(community=home, title="Matrix held file", summary="Held.",
                             filename="held.pdf", content_type="application/pdf",
                             size=len(PDF_BYTES), uploaded_by=member, held=True)
    held_material.file.save("held.pdf", ContentFile(PDF_BYTES), save=False)
    held_material.save()
    o["held_material"] = held_material
    o["held_finding"] = MaterialFinding.objects.create(
        material=held_material, position=0, kind="PERSON", before="We went with",
        text="Kevin Moore", after="to the council.")

    # The glossary: a term the member added.
    o["term"] = Term.objects.create(community=home, term="Matrix term",
                                    meaning="What the matrix means.", created_by=member)
    # The service map: a service the member added and then edited (its edit can be undone),
    # a hidden one, and the member's line about an agency they know from the inside.
    service = add_service(home, member, name="Matrix night shelter", area="Leeds")
    o["service"] = servicemap_services.service_update(
        actor=member, service=service, version=1, data={"area": "Leeds city centre"})
    o["service_edit"] = service.revisions.get(kind="edited")
    o["hidden_service"] = make_service(home, name="Matrix closed hostel",
                                       hidden_at=now, hidden_by=facilitator,
                                       hidden_reason="It closed.")
    o["expertise"] = make_expertise(member, agency=agency, community=home,
                                    line="I volunteer there.")
    # Questions: the bystander can help with that service; the member's question to them,
    # answered (and agreed to be shared); the bystander's question to the member, who
    # answered it (questions are private to the asker and the people asked).
    service = o["service"]
    make_expertise(bystander, service, line="I work on the duty desk.")
    o["service_question"] = make_question(service, member, to=[bystander])
    o["service_answer"] = ServiceAnswer.objects.create(
        question=o["service_question"], author=bystander, body="Ask for the duty senior.",
        share_consent=True)
    o["question_to_member"] = make_question(service, bystander, to=[member],
                                            body="How do your referrals go?")
    o["member_answer"] = ServiceAnswer.objects.create(
        question=o["question_to_member"], author=member, body="Quickly, by phone.")

    o["notification"] = Notification.objects.create(
        user=member, kind=NotificationKind.NEW_CASE, community=home, text="A new case",
        url=case.get_absolute_url())
    o["invitation"] = Invitation.objects.create(
        email="m.newcomer@example.test", community=home, role=Role.MEMBER,
        token_hash=hash_token(INVITATION_TOKEN), invited_by=facilitator,
        expires_at=now + timedelta(days=14), sent_at=now)
    o["invitation_token"] = INVITATION_TOKEN
    o["unsubscribe_token"] = unsubscribe_token(member.pk, NotificationKind.NEW_CASE)
    o["feed_token"] = calendar_feed_for(member).token

    # Evaluation: a study of the home community, an open survey with a question, the
    # member's invitation (also by link), and an export the evaluator asked for.
    study = o["study"] = make_study(home, name="Matrix study", created_by=u["evaluator"])
    survey = o["survey"] = make_survey(study, title="Matrix survey")
    o["question"] = add_question(survey, "matrix_q1", text="How useful was it?")
    o["question2"] = add_question(survey, "matrix_q2", text="How safe did it feel?")
    o["survey_invitation"] = SurveyInvitation.objects.create(
        survey=survey, user=member, community=home,
        token_hash=survey_hash_token(SURVEY_TOKEN), expires_at=now + timedelta(days=14))
    o["survey_token"] = SURVEY_TOKEN
    o["export"] = ExportRecord.objects.create(
        survey=survey, requested_by=u["evaluator"], source="background", format="csv",
        status=ExportStatus.PENDING)
    try:  # "Download my data" (members/personal_data.py): the member's request, by its link
        from members.models import PersonalDataExport
    except ImportError:
        pass
    else:
        o["data_export"] = PersonalDataExport.objects.create(
            user=member, token_hash=hash_token(DATA_TOKEN))
        o["data_token"] = DATA_TOKEN
    if apps.is_installed("allauth.mfa"):
        from allauth.mfa.models import Authenticator

        o["authenticator"] = Authenticator.objects.filter(user=facilitator).first()
    if apps.is_installed("allauth.usersessions"):  # a row for the admin's pages of them
        from allauth.usersessions.models import UserSession

        o["user_session"] = UserSession.objects.create(
            user=member, ip="192.0.2.1", session_key="matrix-session-key", user_agent="Test")
    return world

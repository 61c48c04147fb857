""""Close my account": a confirmation page, the password again, then the person cannot sign
in, their name, email and profile are gone, what they posted stays as "Former member"."""

import re
from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.usersessions.models import UserSession
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from casework.models import Follow
from evaluation import pseudonyms
from evaluation.models import Response, ResponseStatus, SurveyInvitation
from members import services
from members.models import (
    AuditEvent,
    Invitation,
    Membership,
    MembershipStatus,
    Notification,
    NotificationSetting,
    PersonalDataExport,
    Role,
    User,
)
from sessions_app.calendars import calendar_feed_for
from sessions_app.models import RSVP, Attendance

from .factories import (
    PASSWORD,
    join,
    make_agency,
    make_case,
    make_comment,
    make_response,
    make_session,
    make_study,
    make_survey,
    make_term,
    make_user,
)
from .helpers import reauthenticate

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("personal_export_root")]


@pytest.fixture
def leaver(community, other_community):
    user = make_user("leaver@example.test", display_name="Lena Leaver",
                     job_title="Outreach worker", agency=make_agency(name="Leeds Outreach"))
    join(user, community)
    join(user, other_community)
    return user


def close_through_the_page(client, user):
    client.force_login(user)
    reauthenticate(client)
    return client.post(reverse("members:account_close"), {"confirm": "on"})


def give_second_factor(user):
    return Authenticator.objects.get_or_create(
        user=user, type=Authenticator.Type.TOTP, defaults={"data": {"secret": "not-real"}})[0]


def test_the_page_says_exactly_what_happens_and_closing_needs_the_password(client, leaver):
    client.force_login(leaver)
    url = reverse("members:account_close")
    page = client.get(url).content.decode()
    for words in ("can no longer sign in", "Former member", "cannot be undone",
                  "Survey answers you gave stay", reverse("members:personal_data")):
        assert words in page
    response = client.post(url, {"confirm": "on"})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_reauthenticate"))
    leaver.refresh_from_db()
    assert leaver.is_active and leaver.closed_at is None


def test_the_box_must_be_ticked(client, leaver):
    client.force_login(leaver)
    reauthenticate(client)
    response = client.post(reverse("members:account_close"), {})
    assert response.status_code == 400
    assert "Tick the box" in response.content.decode()
    leaver.refresh_from_db()
    assert leaver.is_active


def test_closing_erases_the_person_and_ends_everything(
        client, community, other_community, facilitator, leaver):
    agency = leaver.agency
    give_second_factor(leaver)
    case = make_case(community, leaver)
    make_comment(case, leaver)
    Follow.objects.create(user=leaver, case=case)
    Notification.objects.create(user=leaver, kind="new_case", community=community,
                                text="New case", url="/c/leeds-test/")
    NotificationSetting.objects.create(user=leaver, kind="new_case", email_frequency="off")
    feed_token = calendar_feed_for(leaver).token
    Invitation.objects.create(email="leaver@example.test", community=community,
                              expires_at=timezone.now() + timedelta(days=3),
                              accepted_at=timezone.now(), accepted_by=leaver)
    PersonalDataExport.objects.create(user=leaver, token_hash="x" * 64)
    term = make_term(community, leaver)

    response = close_through_the_page(client, leaver)
    assert response.status_code == 302
    assert response["Location"] == reverse("members:account_closed")
    assert "_auth_user_id" not in client.session  # signed out
    assert "Your account is closed" in client.get(response["Location"]).content.decode()

    leaver = User.objects.get(pk=leaver.pk)
    assert leaver.email == f"closed-{leaver.pk}@invalid"
    assert leaver.display_name == "Former member"
    assert (leaver.job_title, leaver.agency) == ("", None)
    assert not leaver.is_active and not leaver.has_usable_password()
    assert leaver.closed_at is not None
    assert not EmailAddress.objects.filter(user=leaver).exists()
    assert not EmailAddress.objects.filter(email__iexact="leaver@example.test").exists()
    assert not Authenticator.objects.filter(user=leaver).exists()
    assert set(Membership.objects.filter(user=leaver).values_list("status", flat=True)) == {
        MembershipStatus.LEFT}
    assert all(m.left_at for m in Membership.objects.filter(user=leaver))
    assert not Notification.objects.filter(user=leaver).exists()
    assert not NotificationSetting.objects.filter(user=leaver).exists()
    assert not Follow.objects.filter(user=leaver).exists()
    assert not PersonalDataExport.objects.filter(user=leaver).exists()
    assert calendar_feed_for(leaver).token != feed_token
    assert not Invitation.objects.filter(email__iexact="leaver@example.test").exists()
    # The agency stays: other people work there.
    assert agency.pk and type(agency).objects.filter(pk=agency.pk).exists()
    event = AuditEvent.objects.get(action="account.closed")
    assert (event.actor_id, event.target_id, event.detail) == (
        leaver.pk, leaver.pk, {"memberships_ended": 2, "service_expertise_deleted": 0,
                               "held_library_files_deleted": 0, "glossary_terms_kept": 1,
                               "reflections_erased": 0, "recommendation_answers_erased": 0})
    # The glossary term they added stays, naming no one.
    term.refresh_from_db()
    assert term.created_by is None
    # No trace of the old name or address anywhere on the user row.
    row = str(User.objects.filter(pk=leaver.pk).values().get())
    assert "Lena" not in row and "leaver@example" not in row and "Outreach" not in row


def test_the_person_cannot_sign_in_afterwards(client, leaver):
    assert client.login(email="leaver@example.test", password=PASSWORD)
    client.logout()
    services.account_close(actor=leaver, user=leaver)
    login = reverse("account_login")
    for address in ("leaver@example.test", f"closed-{leaver.pk}@invalid"):
        response = client.post(login, {"login": address, "password": PASSWORD})
        assert "_auth_user_id" not in client.session
        assert response.status_code in (200, 302)
        assert not client.login(email=address, password=PASSWORD)
    assert client.get(reverse("members:profile")).status_code == 302


def test_every_other_session_ends_at_once(client, leaver):
    other = Client()
    other.post(reverse("account_login"), {"login": "leaver@example.test", "password": PASSWORD})
    assert other.get(reverse("members:profile")).status_code == 200
    assert UserSession.objects.filter(user=leaver).exists()
    forced = Client()
    forced.force_login(leaver)  # a session not listed among the signed-in sessions
    assert forced.get(reverse("members:profile")).status_code == 200

    close_through_the_page(client, leaver)

    assert not UserSession.objects.filter(user=leaver).exists()
    for browser in (other, forced):
        response = browser.get(reverse("members:profile"))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))


def test_cases_and_comments_stay_and_show_former_member(client, community, member, leaver):
    case = make_case(community, leaver, title="Turned away at the night shelter")
    other_case = make_case(community, member, title="Member's own case")
    make_comment(other_case, leaver, body="We had the same with the council.")
    services.account_close(actor=leaver, user=leaver)

    client.force_login(member)
    page = client.get(case.get_absolute_url()).content.decode()
    assert "Turned away at the night shelter" in page
    assert re.search(r'<dt class="govuk-summary-list__key">Brought by</dt>\s*'
                     r'<dd class="govuk-summary-list__value">Former member', page)
    page = client.get(other_case.get_absolute_url()).content.decode()
    assert "We had the same with the council." in page
    assert "Former member" in page
    pages = [page, client.get(reverse("casework:case_list", args=[community.slug])),
             client.get(reverse("casework:search"), {"q": "council", "type": "comments"}),
             client.get(reverse("casework:search"), {"q": "shelter"}),
             client.get(reverse("members:community_home", args=[community.slug])),
             client.get(reverse("members:directory", args=[community.slug]))]
    for response in pages[1:]:
        assert response.status_code == 200
    text = pages[0] + "".join(r.content.decode() for r in pages[1:])
    assert "Former member" in text
    assert "Lena" not in text and "Leaver" not in text and "leaver@example" not in text
    assert "Outreach" not in text


def test_a_place_at_a_session_to_come_goes_to_the_first_person_waiting(
        community, member, leaver):
    session = make_session(community, title="Next meeting", days=5, capacity=1)
    past = make_session(community, title="Last meeting", days=-25, status="completed")
    RSVP.objects.create(session=session, user=leaver, answer="going")
    RSVP.objects.create(session=session, user=member, answer="going", waitlisted=True)
    RSVP.objects.create(session=past, user=leaver, answer="going")
    Attendance.objects.create(session=past, user=leaver)

    services.account_close(actor=leaver, user=leaver)

    assert not RSVP.objects.filter(session=session, user=leaver).exists()
    assert not RSVP.objects.get(session=session, user=member).waitlisted
    assert Notification.objects.filter(user=member, kind="session_place").exists()
    # The register of the past session keeps that a former member came.
    assert RSVP.objects.filter(session=past, user=leaver).exists()
    assert Attendance.objects.filter(session=past, user=leaver).exists()


def test_survey_responses_stay_and_links_and_drafts_go(community, leaver):
    survey = make_survey(make_study(community))
    answered = make_response(survey, user=leaver, community=community)
    invitation = SurveyInvitation.objects.create(survey=survey, user=leaver,
                                                 community=community, answered=True,
                                                 token_hash="a" * 64)
    other_survey = make_survey(make_study(community))
    open_invitation = SurveyInvitation.objects.create(survey=other_survey, user=leaver,
                                                      community=community,
                                                      token_hash="b" * 64)
    draft = Response.objects.create(
        survey=other_survey, status=ResponseStatus.DRAFT,
        draft_key=pseudonyms.draft_key(invitation_id=open_invitation.pk))

    services.account_close(actor=leaver, user=leaver)

    assert Response.objects.filter(pk=answered.pk).exists()
    assert not Response.objects.filter(pk=draft.pk).exists()
    invitation.refresh_from_db()
    open_invitation.refresh_from_db()
    assert invitation.answered and invitation.token_hash is None
    assert open_invitation.token_hash is None


def test_the_last_facilitator_cannot_close_their_account(client, community, facilitator):
    give_second_factor(facilitator)
    with pytest.raises(services.AccountCloseError, match="only facilitator of Leeds"):
        services.account_close(actor=facilitator, user=facilitator)
    client.force_login(facilitator)
    page = client.get(reverse("members:account_close")).content.decode()
    assert "You cannot close your account yet" in page and "Leeds Test Community" in page
    assert 'name="confirm"' not in page
    reauthenticate(client)
    assert client.post(reverse("members:account_close"), {"confirm": "on"}).status_code == 400
    facilitator.refresh_from_db()
    assert facilitator.is_active
    assert Membership.objects.get(user=facilitator).status == MembershipStatus.ACTIVE

    # With a second facilitator, they can go.
    join(make_user(), community, Role.FACILITATOR)
    assert close_through_the_page(client, facilitator).status_code == 302
    facilitator.refresh_from_db()
    assert not facilitator.is_active


def test_only_the_person_or_a_site_admin_can_close_an_account(leaver, member, site_admin):
    with pytest.raises(PermissionDenied):
        services.account_close(actor=member, user=leaver)
    services.account_close(actor=site_admin, user=leaver)
    leaver.refresh_from_db()
    assert leaver.closed_at is not None
    with pytest.raises(services.AccountCloseError):
        services.account_close(actor=site_admin, user=leaver)


def test_someone_removed_from_a_community_can_close_their_account_and_their_place_moves_on(
        client, community, facilitator, member, leaver):
    """Removal gives up the person's replies to sessions still to come
    (test_memberships.py); one kept all the same (made before removal did so) does not
    stop closing: the place is given up (the first person waiting gets it), with no check
    that they are a member there."""
    session = make_session(community, title="Next meeting", days=5, capacity=1)
    services.membership_remove(actor=facilitator,
                               membership=Membership.objects.get(user=leaver,
                                                                 community=community))
    RSVP.objects.create(session=session, user=leaver, answer="going")
    RSVP.objects.create(session=session, user=member, answer="going", waitlisted=True)

    response = close_through_the_page(client, leaver)

    assert response.status_code == 302
    assert response["Location"] == reverse("members:account_closed")
    assert User.objects.get(pk=leaver.pk).closed_at is not None
    assert not RSVP.objects.filter(user=leaver).exists()
    assert not RSVP.objects.get(session=session, user=member).waitlisted
    assert Notification.objects.get(user=member, kind="session_place").about == session

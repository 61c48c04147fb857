"""Asking the members who can help (issue 18): a question put in one step to those who know a
service (or its agency) from the inside, private to the asker and the people asked, through
the identifier gate; told in the app and by email through the outbox; answered in the app;
an answer added to the service's "what works" only with its author's agreement."""

import re
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from cop import gate
from cop.outbox.models import OutboxMessage
from members import services as member_services
from members.deliveries import NOTIFICATION_EMAIL
from members.models import (
    Community,
    EmailFrequency,
    Notification,
    NotificationKind,
    NotificationSetting,
)
from servicemap import services
from servicemap.models import (
    BARRIER_LABEL,
    Answer,
    QuestionRecipient,
    ServiceRevision,
)
from servicemap.models import Question as ServiceQuestion

from ._matrix_html import page_problems
from .factories import (
    add_service,
    join,
    make_agency,
    make_community,
    make_expertise,
    make_member,
    make_question,
    make_service,
)
from .helpers import counted_get, page_as

pytestmark = pytest.mark.django_db

CLIENT_NAMED = "Darren Holloway was turned away at the desk again."
QUESTION = "Who decides priority need there, and what evidence do they want?"
ANSWER = "Ask for the duty senior and bring a letter about vulnerability."


def ask_url(community, **query) -> str:
    url = reverse("servicemap:question_ask", args=[community.slug])
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def answer_url(question) -> str:
    return reverse("servicemap:question_answer", args=[question.community.slug, question.pk])


def share_url(answer) -> str:
    question = answer.question
    return reverse("servicemap:answer_share", args=[question.community.slug, question.pk,
                                                     answer.pk])


def consent_url(answer) -> str:
    question = answer.question
    return reverse("servicemap:answer_consent", args=[question.community.slug, question.pk,
                                                       answer.pk])


def emails_to(sink, address) -> list:
    return [m for m in sink.messages if m["To"] == address]


@pytest.fixture
def agency(db):
    return make_agency(name="Leeds City Council Housing Options")


@pytest.fixture
def service(community, agency):
    return make_service(community, name="Housing Options", agency=agency)


@pytest.fixture
def helpers(community, service, agency):
    """Two who know the service, one who knows its agency."""
    people = [make_member(community, f"helper{i}@example.test", display_name=name)
              for i, name in enumerate(["Hana Helper", "Ian Insider", "Jo Knowsit"])]
    make_expertise(people[0], service, line="I work in Housing Options.")
    make_expertise(people[1], service, line="I used to do the duty desk.")
    make_expertise(people[2], agency=agency, community=community, line="The council is my "
                                                                       "employer.")
    return people


def asked(client, member, service, helpers, *, body=QUESTION, capture=None, **extra):
    """The member asks `helpers` (ticked) about `service` through the page."""
    client.force_login(member)
    data = {"service": service.pk, "body": body,
            "recipients": [h.pk for h in helpers], **extra}
    if capture is None:
        return client.post(ask_url(service.community), data)
    with capture(execute=True):
        return client.post(ask_url(service.community), data)


# --- Asking ----------------------------------------------------------------------------------


def test_the_ask_page_lists_who_can_help_ticked_and_no_one_else(
        client, community, other_community, member, service, helpers, agency, former_member):
    make_expertise(member, service, line="I know it too.")  # the asker is not listed
    make_expertise(former_member, service, line="I left.")
    elsewhere = make_service(other_community, name="Elsewhere Options", agency=agency)
    away = make_member(other_community, display_name="Away Person")
    make_expertise(away, elsewhere, line="Another community.")
    make_expertise(away, agency=agency, community=other_community, line="Same agency.")

    html = page_as(client, member, ask_url(community, service=service.pk))
    ticked = re.findall(r'name="recipients" value="(\d+)"[^>]*checked', html)
    assert sorted(int(pk) for pk in ticked) == sorted(h.pk for h in helpers)
    assert "I used to do the duty desk." in html and "The council is my employer." in html
    for absent in ("I know it too.", "Fred Former", "Away Person", "Same agency."):
        assert absent not in html


def test_asking_tells_each_person_asked_once_in_the_app_and_by_email(
        client, community, member, service, helpers, send_to_sink,
        django_capture_on_commit_callbacks):
    chosen, unticked = helpers[:2], helpers[2]
    # One of them wants these in the app only: their settings are kept to.
    NotificationSetting.objects.create(user=chosen[1], kind=NotificationKind.SERVICE_QUESTION,
                                       in_app=True, email_frequency=EmailFrequency.OFF)
    response = asked(client, member, service, chosen,
                     capture=django_capture_on_commit_callbacks)
    question = ServiceQuestion.objects.get()
    assert response.status_code == 302 and response.url == question.get_absolute_url()
    assert (question.asked_by, question.service, question.body) == (member, service, QUESTION)
    assert set(question.recipients.values_list("user_id", flat=True)) == {h.pk for h in chosen}

    told = Notification.objects.filter(kind=NotificationKind.SERVICE_QUESTION)
    assert sorted(told.values_list("user_id", flat=True)) == sorted(h.pk for h in chosen)
    assert {(n.about_type, n.about_id, n.url) for n in told} == {
        ("servicemap.question", question.pk, question.get_absolute_url())}
    assert OutboxMessage.objects.filter(kind=NOTIFICATION_EMAIL).count() == 1
    assert len(send_to_sink.messages) == 1
    [email] = emails_to(send_to_sink, chosen[0].email)
    assert "A question for you about Housing Options" in email["Subject"]
    body = email.get_body(("plain",)).get_content()
    assert question.get_absolute_url() in body
    # The question itself stays in the app: an email leaves it.
    assert QUESTION not in body and member.display_name not in body
    assert not Notification.objects.filter(user=unticked).exists()


def test_a_question_from_a_barrier_says_so_without_reading_the_case(
        client, community, member, service, helpers):
    html = page_as(client, member, ask_url(community, service=service.pk, barrier=41))
    assert "You are asking about a barrier recorded on a case" in html
    response = asked(client, member, service, helpers[:1], barrier="41")
    question = ServiceQuestion.objects.get()
    assert (question.about_type, question.about_id) == (BARRIER_LABEL, 41)
    page = page_as(client, helpers[0], question.get_absolute_url())
    assert response.status_code == 302
    assert "Asked about a barrier recorded on a case" in page

    # A barrier that names no service: the member chooses the service first.
    hidden = make_service(community, name="Gone Service", hidden_at=timezone.now())
    chooser = page_as(client, member, ask_url(community, barrier=41))
    assert 'name="barrier" value="41"' in chooser
    assert f'value="{service.pk}">Housing Options' in chooser and hidden.name not in chooser


def test_the_link_to_ask_carries_the_service_and_the_barrier(community):
    link = render_to_string("servicemap/questions_ask_link.html",
                            {"community": community, "service_id": 5, "barrier_id": 7})
    assert f'href="{ask_url(community)}?service=5&amp;barrier=7"' in link
    assert "Ask the members who can help" in link
    alone = render_to_string("servicemap/questions_ask_link.html",
                             {"community": community, "barrier_id": 7})
    assert f'href="{ask_url(community)}?barrier=7"' in alone


def test_only_members_who_can_help_can_be_asked(
        client, community, other_community, member, service, helpers, facilitator):
    # Someone who cannot help, posted anyway: the form refuses, nothing is asked.
    response = asked(client, member, service, [helpers[0], facilitator])
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    # Nobody ticked.
    response = asked(client, member, service, [])
    assert "Choose at least one member to ask." in response.content.decode()
    # A service of another community, or hidden: not found.
    away = make_service(other_community, name="Away Options")
    assert client.get(ask_url(community, service=away.pk)).status_code == 404
    service.hidden_at = timezone.now()
    service.save()
    assert client.get(ask_url(community, service=service.pk)).status_code == 404
    assert not ServiceQuestion.objects.exists() and not Notification.objects.exists()
    # The service refuses too, whatever calls it.
    with pytest.raises(Exception, match="only to members who can help"):
        services.question_ask(actor=member, community=community,
                              service=make_service(community), body=QUESTION,
                              recipient_ids=[helpers[0].pk])


def test_the_ask_form_sets_only_what_it_offers(client, community, other_community, member,
                                              service, helpers, outsider):
    response = asked(client, member, service, helpers[:1], community=other_community.pk,
                     community_id=other_community.pk, asked_by=outsider.pk,
                     asked_by_id=outsider.pk, overrides="[]", asker_read_at="2020-01-01")
    question = ServiceQuestion.objects.get()
    assert response.status_code == 302
    assert (question.community, question.asked_by, question.asker_read_at) == (
        community, member, None)


# The last, run as a template, would show "livetemplate", which no page shows otherwise.
HOSTILE = ['<script>alert(1)</script>', '"><svg onload=alert(1)>', '{{ "live"|add:"template" }}']


def test_hostile_text_in_questions_and_answers_is_never_live(client, community, member,
                                                            service, helpers):
    body = " ".join(HOSTILE)
    asked(client, member, service, helpers[:1], body=body)
    question = ServiceQuestion.objects.get()
    services.question_answer(actor=helpers[0], question=question, body=body)
    list_url = reverse("servicemap:question_list", args=[community.slug])
    for person in (member, helpers[0]):
        client.force_login(person)
        for url in (list_url, question.get_absolute_url()):
            response = client.get(url)
            assert response.status_code == 200
            assert page_problems(response) == [], (person, url)
            assert "livetemplate" not in response.content.decode()


# --- Private to the asker and the people asked -------------------------------------------------


def test_a_question_is_seen_only_by_its_asker_and_the_people_asked(
        client, community, member, facilitator, service, helpers, outsider, evaluator,
        site_admin, former_member):
    bystander = make_member(community, display_name="Bea Bystander")
    question = make_question(service, member, to=helpers[:2], body="A private question.")
    answer = Answer.objects.create(question=question, author=helpers[0], body=ANSWER,
                                   share_consent=True)
    urls = [question.get_absolute_url(), answer_url(question)]
    for person in (member, *helpers[:2]):
        assert "A private question." in page_as(client, person, urls[0])
        assert "A private question." in page_as(
            client, person, reverse("servicemap:question_list", args=[community.slug]))
    for person in (bystander, facilitator, helpers[2], evaluator, site_admin, outsider,
                   former_member):
        client.force_login(person)
        for url in urls:
            assert client.get(url).status_code == 404, (person, url)
        for url in (share_url(answer), consent_url(answer)):
            assert client.post(url).status_code == 404, (person, url)
        listed = client.get(reverse("servicemap:question_list", args=[community.slug]))
        assert "A private question." not in listed.content.decode()
    # Under another community's address, even the asker does not find it.
    away = make_community(slug="away-test")
    join(member, away)
    client.force_login(member)
    assert client.get(reverse("servicemap:question_detail",
                              args=[away.slug, question.pk])).status_code == 404
    client.logout()
    response = client.get(urls[0])
    assert response.status_code == 302 and "/accounts/login/" in response.url
    # Nor in the admin's lists.
    with pytest.raises(NoReverseMatch):
        reverse("admin:servicemap_question_changelist")


# --- The identifier gate ----------------------------------------------------------------------


def test_the_gate_stops_a_clients_name_in_a_question(client, community, member, service,
                                                     helpers):
    response = asked(client, member, service, helpers[:1], body=CLIENT_NAMED)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Possible identifiers found" in html and '<mark class="finding"' in html
    assert "only the asker and the members asked can read" in html
    assert not ServiceQuestion.objects.exists() and not Notification.objects.exists()

    [finding] = gate.find_known({"body": CLIENT_NAMED}, [])
    response = asked(client, member, service, helpers[:1], body=CLIENT_NAMED,
                     **{f"override-{finding.key}": "The name of the duty manager."})
    question = ServiceQuestion.objects.get()
    assert response.status_code == 302
    assert question.overrides == [{"field": "body", "kind": finding.kind,
                                   "text": "Darren Holloway",
                                   "reason": "The name of the duty manager."}]


def test_the_gate_stops_a_clients_name_in_an_answer(client, community, member, service,
                                                    helpers):
    question = make_question(service, member, to=helpers[:1])
    client.force_login(helpers[0])
    response = client.post(answer_url(question), {"body": CLIENT_NAMED})
    assert response.status_code == 200
    assert "Possible identifiers found" in response.content.decode()
    assert not Answer.objects.exists() and not Notification.objects.exists()


# --- Answering -------------------------------------------------------------------------------


def test_an_answer_tells_the_asker_in_the_app_and_by_email(
        client, community, member, service, helpers, send_to_sink,
        django_capture_on_commit_callbacks):
    question = make_question(service, member, to=helpers[:2])
    client.force_login(helpers[0])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(answer_url(question), {"body": ANSWER})
    answer = Answer.objects.get()
    assert response.status_code == 302
    assert response.url == f"{question.get_absolute_url()}#answer-{answer.pk}"
    assert (answer.author, answer.body, answer.share_consent) == (helpers[0], ANSWER, False)
    [told] = Notification.objects.all()
    assert (told.user, told.kind) == (member, NotificationKind.QUESTION_ANSWER)
    assert told.text == "A new answer to your question about Housing Options"
    [email] = send_to_sink.messages
    assert email["To"] == member.email and ANSWER not in email.get_body(("plain",)).get_content()
    assert QuestionRecipient.objects.get(question=question, user=helpers[0]).read_at

    # The asker, and anyone not asked, cannot answer.
    client.force_login(member)
    assert client.post(answer_url(question), {"body": "Thanks"}).status_code == 403
    client.force_login(helpers[2])
    assert client.post(answer_url(question), {"body": "Me too"}).status_code == 404
    assert Answer.objects.count() == 1


def test_my_questions_shows_what_is_new_first_and_opening_marks_it_read(
        client, community, member, service, helpers, django_capture_on_commit_callbacks):
    other = make_service(community, name="Drug Service")
    make_expertise(member, other, line="I work there.")
    old = make_question(service, member, to=helpers[:1], body="My old question.")
    put_to_me = services.question_ask(actor=helpers[1], community=community, service=other,
                                      body="A question put to me.", recipient_ids=[member.pk])
    answered = make_question(service, member, to=helpers[:1], body="My answered question.")
    services.question_answer(actor=helpers[0], question=answered, body=ANSWER)
    later = make_question(service, member, to=helpers[:1], body="My latest question.")
    ServiceQuestion.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - timedelta(days=3))

    list_url = reverse("servicemap:question_list", args=[community.slug])

    def order():
        html = page_as(client, member, list_url)
        return [q for q in ("A question put to me.", "My answered question.",
                            "My latest question.", "My old question.") if q in html], html

    listed, html = order()
    assert set(listed[:2]) == {"A question put to me.", "My answered question."}
    assert listed[2:] == ["My latest question.", "My old question."]
    assert html.count('govuk-tag--blue">New answer<') == 1
    assert html.count('govuk-tag--blue">New<') == 1
    assert Notification.objects.filter(user=member, read_at__isnull=True).count() == 2

    page_as(client, member, put_to_me.get_absolute_url())
    page_as(client, member, answered.get_absolute_url())
    _listed, html = order()
    assert "govuk-tag--blue" not in html
    assert QuestionRecipient.objects.get(question=put_to_me, user=member).read_at
    assert not Notification.objects.filter(user=member, read_at__isnull=True).exists()
    assert later.pk  # unanswered questions of one's own are never "new"


# --- Into "what works" ------------------------------------------------------------------------


def test_an_answer_goes_into_what_works_only_with_its_authors_agreement(
        client, community, member, service, helpers):
    question = make_question(service, member, to=helpers[:2])
    answer = services.question_answer(actor=helpers[0], question=question, body=ANSWER)
    before = service.what_works
    client.force_login(member)
    assert client.post(share_url(answer)).status_code == 403
    # Only its author may agree.
    assert client.post(consent_url(answer), {"consent": "yes"}).status_code == 403
    client.force_login(helpers[1])
    assert client.post(consent_url(answer), {"consent": "yes"}).status_code == 403
    assert not ServiceRevision.objects.exists()

    client.force_login(helpers[0])
    assert client.post(consent_url(answer), {"consent": "yes"}).status_code == 302
    client.force_login(member)
    page = page_as(client, member, question.get_absolute_url())
    assert "Add to “what works”" in page
    assert client.post(share_url(answer)).status_code == 302

    service.refresh_from_db()
    answer.refresh_from_db()
    month = timezone.localdate().strftime("%B %Y")
    assert service.what_works == (f"{before}\n\n{ANSWER}\n\n"
                                  f"(From a member who can help, {month}.)")
    assert service.version == 2 and answer.shared_at is not None
    [revision] = ServiceRevision.objects.all()
    assert (revision.kind, revision.editor, revision.service) == (
        ServiceRevision.Kind.EDITED, member, service)
    assert revision.fields["what_works"] == service.what_works
    assert helpers[0].display_name not in service.what_works
    # Once only; and its author can no longer take it back.
    assert client.post(share_url(answer)).status_code == 403
    client.force_login(helpers[0])
    assert client.post(consent_url(answer), {"consent": "no"}).status_code == 403
    assert ServiceRevision.objects.count() == 1


def test_an_answer_with_a_kept_finding_is_not_shared(client, community, member, service,
                                                    helpers):
    question = make_question(service, member, to=helpers[:1])
    [finding] = gate.find_known({"body": CLIENT_NAMED}, [])
    answer = services.question_answer(actor=helpers[0], question=question, body=CLIENT_NAMED,
                                      share_consent=True,
                                      reasons={finding.key: "The duty manager."})
    client.force_login(member)
    response = client.post(share_url(answer), follow=True)
    assert "cannot go into the service’s “what works”" in response.content.decode()
    answer.refresh_from_db()
    assert answer.shared_at is None and not ServiceRevision.objects.exists()


def test_an_answer_shared_keeps_what_passed_the_gate_in_the_rest_of_the_entry(
        community, member, helpers):
    texts = {"how_to_refer": "Duty line: 0113 496 0101. Ask for Sarah Jones."}
    [phone] = [f for f in gate.find_known(texts, []) if f.kind == "PHONE"]
    entry = add_service(community, member, **texts, work_contacts=["Sarah Jones"],
                        reasons={phone.key: "The office's duty line."})
    [kept] = entry.revisions.get().overrides
    services.service_confirm(actor=helpers[0], service=entry)  # the latest revision now
    make_expertise(helpers[0], entry)
    question = make_question(entry, member, to=helpers[:1])
    answer = services.question_answer(actor=helpers[0], question=question, body=ANSWER,
                                      share_consent=True)
    shared = services.answer_share_to_service(actor=member, answer=answer)
    assert (shared.work_contacts, shared.overrides) == (["Sarah Jones"], [kept])
    # Its next editor is not asked again about the phone number or the name.
    entry.refresh_from_db()
    services.service_update(actor=helpers[1], service=entry, data={"area": "Leeds"},
                            version=entry.version)


# --- Closing an account -----------------------------------------------------------------------


def test_questions_and_answers_stay_as_former_member(client, community, member, service,
                                                     helpers):
    question = make_question(service, member, to=helpers[:2])
    services.question_answer(actor=helpers[0], question=question, body=ANSWER)
    member_services.account_close(actor=member, user=member)
    member_services.account_close(actor=helpers[0], user=helpers[0])
    html = page_as(client, helpers[1], question.get_absolute_url())
    assert "A former member asked" in html
    assert "A former member" in re.search(r'id="answer-\d+".*?</article>', html, re.S).group(0)
    assert ANSWER in html and "Who decides priority need there?" in html


# --- Query budgets ----------------------------------------------------------------------------

# What each runs today, the user and the unread count included; the same at both sizes.
MY_QUESTIONS_BUDGET = 5  # the membership, the page of questions and their count
# The question, its answers and the people asked, whether the viewer may answer; marking
# it and its notifications read (an update each, in savepoints).
QUESTION_PAGE_BUDGET = 13


def world_of_questions(scale: int):
    community = make_community(slug=f"budget-{scale}")
    service = make_service(community, agency=make_agency())
    asker = make_member(community)
    people = [make_member(community) for _ in range(3 * scale)]
    for person in people:
        make_expertise(person, service)
    questions = [make_question(service, people[i % len(people)], to=[asker]) if i % 2 == 0
                 else make_question(service, asker, to=people[:scale + 1])
                 for i in range(10 * scale)]
    target = questions[1]
    Answer.objects.bulk_create(Answer(question=target, author=p, body=ANSWER)
                               for p in people[:scale + 1])
    for question in questions[3::2]:
        Answer.objects.create(question=question, author=people[0], body=ANSWER)
    return community, asker, target


def test_my_questions_and_the_question_page_run_a_fixed_number_of_queries(client):
    counts = []
    for scale in (1, 10):
        community, asker, question = world_of_questions(scale)
        client.force_login(asker)
        list_url = reverse("servicemap:question_list", args=[community.slug])
        for url in (list_url, question.get_absolute_url()):
            client.get(url)  # once to warm per-process caches
        measured = []
        for url in (list_url, question.get_absolute_url()):
            response, queries = counted_get(client, url)
            assert response.status_code == 200
            measured.append(queries)
        counts.append(measured)
    small, large = counts
    assert small == large, f"query counts grew with the data: {small} -> {large}"
    assert large[0] <= MY_QUESTIONS_BUDGET and large[1] <= QUESTION_PAGE_BUDGET, large


# --- Demo data --------------------------------------------------------------------------------


def test_demo_questions_in_each_community_pass_the_gate_and_are_seeded_once():
    call_command("seed_demo")
    first = ServiceQuestion.objects.count(), Answer.objects.count()
    call_command("seed_demo")
    assert (ServiceQuestion.objects.count(), Answer.objects.count()) == first
    for community in Community.objects.all():
        questions = ServiceQuestion.objects.filter(community=community)
        assert questions.count() >= 3
        assert Answer.objects.filter(question__community=community).exists()
        for question in questions:
            assert question.recipients.exists()
    for text in [*ServiceQuestion.objects.values_list("body", flat=True),
                 *Answer.objects.values_list("body", flat=True)]:
        assert not gate.find_known({"body": text}, []), text
    shared = Answer.objects.get(shared_at__isnull=False)
    assert shared.body in shared.question.service.what_works

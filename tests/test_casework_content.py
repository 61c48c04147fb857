"""Case lifecycle, Markdown safety, discussion and follows."""

import re

import pytest
from django.urls import reverse

from casework.models import CaseRevision, CaseStatus, Comment, Follow
from cop.markdown import render

from .factories import join, make_case, make_comment, make_session, make_user

pytestmark = pytest.mark.django_db

PAYLOADS = [
    "<script>alert('x')</script>",
    "<img src=x onerror=alert('x')>",
    "[click](javascript:alert('x'))",
    "![tracker](https://tracker.example/pixel.png)",
    '<a href="#" onclick="alert(1)">a</a>',
    "<iframe src=https://evil.example></iframe>",
    '<svg onload="alert(1)"></svg>',
    "[x](JaVaScRiPt:alert(1))",
    "<style>body{display:none}</style>",
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_markdown_renders_payloads_inert(payload):
    html = render(payload)
    lowered = html.lower()
    assert "<script" not in lowered and "<img" not in lowered and "<iframe" not in lowered
    assert "<svg" not in lowered and "<style" not in lowered
    assert not re.search(r"<[a-z][^>]*\son\w+\s*=", lowered), "no event handler on a real tag"
    assert 'href="javascript' not in lowered


def test_markdown_keeps_ordinary_formatting():
    html = render("**Priority need** was *refused*.\n\n- one\n- two\n\n"
                  "[Shelter](https://england.shelter.org.uk)")
    assert "<strong>Priority need</strong>" in html and "<em>refused</em>" in html
    assert "<li>one</li>" in html
    assert 'href="https://england.shelter.org.uk"' in html
    assert 'rel="noopener noreferrer nofollow"' in html


def test_stored_payloads_in_every_case_field_and_comments_come_out_inert(client, community,
                                                                         member):
    fields = ["presenting_situation", "services_involved", "what_tried", "question", "outcome"]
    payload = "<script>alert(1)</script><img src=x onerror=alert(1)>[a](javascript:alert(1))"
    case = make_case(community, member, **{f: payload for f in fields},
                     title="<script>alert(1)</script>")
    make_comment(case, member, body=payload)
    client.force_login(member)
    page = client.get(reverse("casework:case_detail", args=[community.slug, case.pk])).text
    assert "<script>alert(1)" not in page
    assert "<img src=x" not in page
    assert 'href="javascript:' not in page
    assert page.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= len(fields) + 2


def test_author_creates_a_draft_and_follows_it(client, community, member):
    client.force_login(member)
    response = client.post(reverse("casework:case_create", args=[community.slug]), {
        "pseudonym": "Sam", "pseudonym_declared": "on", "title": "Evicted after a hospital stay",
        "presenting_situation": "Sam was evicted while in hospital.",
        "needs_domains": ["homelessness", "physical_health"], "for_discussion": "on",
    })
    case = member.cases.get()
    assert response["Location"] == reverse("casework:case_publish", args=[community.slug,
                                                                         case.pk])
    assert case.status == CaseStatus.DRAFT and case.for_discussion
    assert case.needs_domains == ["homelessness", "physical_health"]
    assert Follow.objects.filter(user=member, case=case).exists()
    assert case.revisions.get().kind == CaseRevision.Kind.CREATED


def test_the_pseudonym_must_be_declared(client, community, member):
    client.force_login(member)
    response = client.post(reverse("casework:case_create", args=[community.slug]), {
        "pseudonym": "Sam", "title": "A case", "presenting_situation": "Text."})
    assert response.status_code == 200
    assert not member.cases.exists()


def test_forms_ignore_community_author_and_status_fields(client, community, other_community,
                                                         member, outsider):
    client.force_login(member)
    client.post(reverse("casework:case_create", args=[community.slug]), {
        "pseudonym": "Sam", "pseudonym_declared": "on", "title": "A case",
        "presenting_situation": "Text.", "status": "published",
        "community": other_community.pk, "author": outsider.pk,
    })
    case = member.cases.get()
    assert (case.community, case.author, case.status) == (community, member, CaseStatus.DRAFT)


def test_facilitator_closes_with_a_reason_and_history_keeps_it(client, community, member,
                                                               facilitator):
    case = make_case(community, member)
    url = reverse("casework:case_status", args=[community.slug, case.pk])
    client.force_login(facilitator)
    response = client.post(url, {"action": "close", "reason": ""})
    assert response.status_code == 200
    case.refresh_from_db()
    assert case.status == CaseStatus.PUBLISHED
    client.post(url, {"action": "close", "reason": "Resolved: housed last week."})
    case.refresh_from_db()
    assert case.status == CaseStatus.CLOSED
    history = client.get(reverse("casework:case_history", args=[community.slug, case.pk]))
    assert "Resolved: housed last week." in history.text
    # Closed cases take no new comments.
    client.post(reverse("casework:comment_create", args=[community.slug, case.pk]),
                {"body": "Late thought"})
    assert not Comment.objects.exists()


def test_return_to_draft_hides_the_case_from_the_community(client, community, member,
                                                           facilitator):
    case = make_case(community, member)
    client.force_login(facilitator)
    client.post(reverse("casework:case_status", args=[community.slug, case.pk]),
                {"action": "return_to_draft", "reason": "Too identifying, please rework."})
    assert client.get(case.get_absolute_url()).status_code == 404
    client.force_login(member)
    assert client.get(case.get_absolute_url()).status_code == 200


def test_edits_keep_a_history(client, community, member):
    case = make_case(community, member)
    client.force_login(member)
    client.post(reverse("casework:case_edit", args=[community.slug, case.pk]), {
        "pseudonym": "Elizabeth", "pseudonym_declared": "on", "title": "A new title",
        "presenting_situation": case.presenting_situation, "question": "",
        "outcome": "She was housed after a review.",
    })
    revision = case.revisions.get(kind=CaseRevision.Kind.EDITED)
    assert revision.snapshot["title"] == "A new title"
    assert revision.snapshot["outcome"] == "She was housed after a review."


def test_comment_without_reload_and_reply_one_level_deep(client, community, member,
                                                         facilitator):
    case = make_case(community, facilitator)
    url = reverse("casework:comment_create", args=[community.slug, case.pk])
    client.force_login(member)
    response = client.post(url, {"body": "First thought"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert 'hx-swap-oob="beforeend:#comments"' in response.text
    assert "First thought" in response.text
    assert '<span id="comment-count" hx-swap-oob="true">1</span>' in response.text
    top = Comment.objects.get()
    response = client.post(url, {"body": "A reply", "parent": top.pk}, HTTP_HX_REQUEST="true")
    assert f'beforeend:#replies-{top.pk}' in response.text
    reply = Comment.objects.get(body="A reply")
    client.post(url, {"body": "A reply to the reply", "parent": reply.pk})
    assert Comment.objects.get(body="A reply to the reply").parent == top
    case.refresh_from_db()
    assert case.comment_count == 3


def test_removed_comment_shows_in_the_thread_without_its_words(client, community, member,
                                                               facilitator):
    case = make_case(community, member)
    comment = make_comment(case, member, body="Something regrettable")
    client.force_login(facilitator)
    client.post(reverse("casework:comment_remove", args=[community.slug, case.pk, comment.pk]),
                {"reason": "Could identify the family"})
    comment.refresh_from_db()
    assert comment.is_removed and comment.body == ""
    page = client.get(case.get_absolute_url()).text
    assert "This comment was removed by a facilitator" in page
    assert "Could identify the family" in page
    assert "Something regrettable" not in page


def test_follow_and_unfollow(client, community, member, facilitator):
    case = make_case(community, facilitator)
    url = reverse("casework:case_follow", args=[community.slug, case.pk])
    client.force_login(member)
    response = client.post(url, {"follow": "1"}, HTTP_HX_REQUEST="true")
    assert "Following" in response.text
    assert Follow.objects.filter(user=member, case=case).exists()
    client.post(url, {"follow": "0"})
    assert not Follow.objects.filter(user=member, case=case).exists()


def test_followers_are_notified_of_new_comments(client, community, member, facilitator,
                                                django_capture_on_commit_callbacks):
    from members.models import Notification

    case = make_case(community, facilitator)
    Follow.objects.create(user=facilitator, case=case)
    bystander = make_user()
    join(bystander, community)
    client.force_login(member)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("casework:comment_create", args=[community.slug, case.pk]),
                    {"body": "Worth asking for a care act assessment."})
    notes = Notification.objects.all()
    assert [n.user for n in notes] == [facilitator]
    assert "commented on" in notes[0].text


def test_publishing_notifies_the_community(client, community, member, facilitator,
                                           django_capture_on_commit_callbacks):
    from members.models import Notification

    case = make_case(community, member, status=CaseStatus.DRAFT, published_at=None)
    client.force_login(member)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("casework:case_publish", args=[community.slug, case.pk]))
    assert [n.user for n in Notification.objects.all()] == [facilitator]


def test_barriers_recorded_and_updated(client, community, member, facilitator):
    case = make_case(community, member)
    client.force_login(facilitator)
    client.post(reverse("casework:barrier_create", args=[community.slug, case.pk]), {
        "service_type": "housing", "category": "eligibility",
        "description": "Not in priority need", "overcome": "unknown", "how_overcome": ""})
    barrier = case.barriers.get()
    client.force_login(member)  # the case's author may update it
    client.post(reverse("casework:barrier_edit", args=[community.slug, case.pk, barrier.pk]), {
        "service_type": "housing", "category": "eligibility",
        "description": "Not in priority need", "overcome": "yes",
        "how_overcome": "A GP letter on vulnerability"})
    barrier.refresh_from_db()
    assert barrier.overcome == "yes" and barrier.how_overcome == "A GP letter on vulnerability"
    page = client.get(case.get_absolute_url()).text
    assert "A GP letter on vulnerability" in page


def test_outcome_prompt_is_sent_once(community, member, django_capture_on_commit_callbacks):
    from datetime import timedelta

    from django.utils import timezone

    from casework.services import outcome_prompts_send
    from members.models import Notification
    from sessions_app.models import AgendaItem

    now = timezone.now()
    make_case(community, member, published_at=now - timedelta(weeks=7))
    make_case(community, member, published_at=now - timedelta(weeks=1))
    make_case(community, member, published_at=now - timedelta(weeks=8),
              outcome="She was housed.")
    # Published long ago but discussed at a session last week: not yet.
    recent = make_case(community, member, published_at=now - timedelta(weeks=9))
    session = make_session(community, title="CoP", status="completed",
                           starts_at=now - timedelta(weeks=1))
    AgendaItem.objects.create(session=session, title="Case", case=recent)
    with django_capture_on_commit_callbacks(execute=True):
        assert outcome_prompts_send() == 1
        assert outcome_prompts_send() == 0
        assert outcome_prompts_send(now=now + timedelta(weeks=4)) == 2  # the other two
    assert set(Notification.objects.values_list("user_id", flat=True)) == {member.pk}

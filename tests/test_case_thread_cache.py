"""A case page's discussion comes from the cache (casework/thread_html.py): what one viewer
sees is never shown to another who may not see it (their Edit and Remove links, their reply
boxes and CSRF tokens), and every change shows at once, whoever makes it."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from casework import selectors, services, thread_html
from casework.models import CaseStudy, Comment
from members.models import Membership, Role

from .factories import join, make_agency, make_case, make_comment, make_user
from .helpers import page_as

pytestmark = pytest.mark.django_db


@pytest.fixture
def case(community, member):
    return make_case(community, member)


@pytest.fixture
def writer(community):
    user = make_user("writer@example.test", display_name="Wren Writer",
                     agency=make_agency(name="Harbour Housing Trust"))
    join(user, community, Role.MEMBER)
    return user


def edit_link(comment) -> str:
    return f"comments/{comment.pk}/edit/"


def remove_link(comment) -> str:
    return f"comments/{comment.pk}/remove/"


def test_edit_and_remove_links_follow_the_viewer_not_the_cache(client, case, member, writer,
                                                                facilitator):
    mine = make_comment(case, writer, body="Ask the council for a written decision.")
    reply = make_comment(case, writer, body="And keep a copy of it.", parent=mine)
    # The writer and the facilitator fill the cache first; the member must see neither
    # Edit (not theirs) nor Remove (not a facilitator).
    as_writer = page_as(client, writer, case.get_absolute_url())
    assert edit_link(mine) in as_writer and edit_link(reply) in as_writer
    assert remove_link(mine) not in as_writer
    as_facilitator = page_as(client, facilitator, case.get_absolute_url())
    assert remove_link(mine) in as_facilitator and remove_link(reply) in as_facilitator
    assert edit_link(mine) not in as_facilitator
    as_member = page_as(client, member, case.get_absolute_url())
    assert "Ask the council for a written decision." in as_member
    for link in (edit_link(mine), edit_link(reply), remove_link(mine), remove_link(reply)):
        assert link not in as_member


def test_an_edit_shows_at_once(client, case, member, writer):
    comment = make_comment(case, writer, body="Try the duty team first.")
    assert "Try the duty team first." in page_as(client, member, case.get_absolute_url())
    services.comment_update(actor=writer, comment=comment, body="Try the outreach team first.",
                            reasons={})
    html = page_as(client, member, case.get_absolute_url())
    assert "Try the outreach team first." in html and "duty team" not in html


def test_a_removal_shows_at_once(client, case, member, writer, facilitator):
    comment = make_comment(case, writer, body="A remark that should not stay.")
    assert "A remark that should not stay." in page_as(client, member, case.get_absolute_url())
    membership = facilitator.memberships.get(community=case.community)
    services.comment_remove(actor=facilitator, membership=membership, comment=comment,
                            reason="Off topic for this case.")
    html = page_as(client, member, case.get_absolute_url())
    assert "A remark that should not stay." not in html
    assert "Off topic for this case." in html


def test_a_new_name_or_agency_shows_at_once(client, case, member, writer):
    make_comment(case, writer, body="The hostel has a bed tonight.")
    assert "Wren Writer" in page_as(client, member, case.get_absolute_url())
    writer.display_name = "Wren Walker"
    writer.save(update_fields=["display_name"])
    writer.agency.name = "Harbour Homes"
    writer.agency.save(update_fields=["name"])
    html = page_as(client, member, case.get_absolute_url())
    assert "Wren Walker" in html and "Wren Writer" not in html
    assert "Harbour Homes" in html and "Harbour Housing Trust" not in html


def test_a_repeat_visit_reads_no_comment(client, case, member, writer):
    for n in range(5):
        top = make_comment(case, writer, body=f"Idea number {n} about the tenancy.")
        make_comment(case, member, body=f"Reply {n}: worth a try.", parent=top)
    client.force_login(member)
    with CaptureQueriesContext(connection) as first:
        client.get(case.get_absolute_url())
    with CaptureQueriesContext(connection) as second:
        html = client.get(case.get_absolute_url()).text
    # The first visit loads the comments to render them (the top-level ones, then their
    # replies); the second takes the whole discussion from the cache.
    loads_bodies = [q for q in first.captured_queries if '"casework_comment"."body"' in q["sql"]]
    assert len(loads_bodies) == 2
    # (The case's own query reads its comment authors' names' digest; the ORM reads none.)
    assert not [q for q in second.captured_queries if '"casework_comment"' in q["sql"]]
    assert all(f"Idea number {n} about the tenancy." in html for n in range(5))
    assert all(f"Reply {n}: worth a try." in html for n in range(5))


def test_each_viewer_gets_their_own_links_on_a_page_cached_for_everyone(
        client, case, member, writer, facilitator):
    theirs = make_comment(case, writer, body="The duty team can help.")
    mine = make_comment(case, member, body="I rang them yesterday.", parent=theirs)
    pages = {who: page_as(client, who, case.get_absolute_url())
             for who in (writer, facilitator, member, writer)}
    assert edit_link(theirs) in pages[writer] and edit_link(mine) not in pages[writer]
    assert edit_link(mine) in pages[member] and edit_link(theirs) not in pages[member]
    assert remove_link(theirs) in pages[facilitator] and remove_link(mine) in pages[facilitator]
    for who in (writer, member):
        assert "/remove/" not in pages[who]
    assert "\x00" not in pages[member] and "90817263544536271809" not in pages[member]


def reply_form(html: str, parent: Comment) -> str:
    match = re.search(rf'<form[^>]*id="comment-form-{parent.pk}".*?</form>', html, re.S)
    assert match, "no reply box under the comment"
    return match.group(0)


def test_reply_boxes_carry_the_viewers_own_csrf_token(case, member, writer):
    comment = make_comment(case, writer, body="Ask for a review within 21 days.")
    browsers = {}
    for who in (writer, member):  # the writer fills the cache
        browsers[who] = Client(enforce_csrf_checks=True)
        browsers[who].force_login(who)
    page_writer = browsers[writer].get(case.get_absolute_url()).text
    page_member = browsers[member].get(case.get_absolute_url()).text
    form = reply_form(page_member, comment)
    assert f'name="parent" value="{comment.pk}"' in form
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
    assert token not in page_writer
    posted = browsers[member].post(f"{case.get_absolute_url()}comments/", {
        "body": "Done, thank you.", "parent": comment.pk, "csrfmiddlewaretoken": token})
    assert posted.status_code == 302
    assert Comment.objects.get(body="Done, thank you.").parent_id == comment.pk


def test_a_closed_case_shows_no_reply_box_from_the_cached_page(client, case, member, writer,
                                                                 facilitator):
    comment = make_comment(case, writer, body="Ask for a review within 21 days.")
    assert reply_form(page_as(client, member, case.get_absolute_url()), comment)
    membership = facilitator.memberships.get(community=case.community)
    services.case_moderate(actor=facilitator, membership=membership, case=case, action="close",
                           reason="Elizabeth has a flat now.")
    html = page_as(client, member, case.get_absolute_url())
    assert "Ask for a review within 21 days." in html
    assert "comment-form-" not in html and "Reply<span" not in html


def test_a_bulk_update_shows_at_once(client, case, member, writer):
    """Whoever writes a comment (here an UPDATE as retention makes it), PostgreSQL moves the
    case's thread version on in the same transaction."""
    make_comment(case, writer, body="Marguerite is at the night shelter.")
    assert "Marguerite" in page_as(client, member, case.get_absolute_url())
    Comment.objects.filter(case=case).update(body="[removed under the retention policy]")
    html = page_as(client, member, case.get_absolute_url())
    assert "Marguerite" not in html and "[removed under the retention policy]" in html


def test_saving_a_case_loaded_earlier_does_not_bring_back_an_older_page(
        client, case, member, writer, facilitator):
    comment = make_comment(case, writer, body="A remark that should not stay.")
    loaded_before = CaseStudy.objects.get(pk=case.pk)
    assert "A remark that should not stay." in page_as(client, member, case.get_absolute_url())
    membership = facilitator.memberships.get(community=case.community)
    services.comment_remove(actor=facilitator, membership=membership, comment=comment,
                            reason="Off topic for this case.")
    loaded_before.title = "A new title"
    loaded_before.save()  # every field, the thread version it was loaded with too
    html = page_as(client, member, case.get_absolute_url())
    assert "A new title" in html
    assert "A remark that should not stay." not in html and "Off topic for this case." in html


def test_pages_of_the_discussion(client, case, member, writer):
    Comment.objects.bulk_create(Comment(case=case, author=writer, body=f"Thought number {n}.")
                                for n in range(103))
    first = page_as(client, member, case.get_absolute_url())
    assert first.count('<div class="cop-thread">') == 100
    assert "Thought number 99." in first and "Thought number 100." not in first
    assert 'aria-label="Page 2"' in first
    for page in ("2", "7"):  # past the end: the last page
        html = page_as(client, member, case.get_absolute_url() + f"?page={page}")
        assert html.count('<div class="cop-thread">') == 3
        assert "Thought number 100." in html and "Thought number 99." not in html
    assert page_as(client, member, case.get_absolute_url() + "?page=x").count(
        '<div class="cop-thread">') == 100
    # Only pages that exist are kept: made-up numbers cannot fill the cache.
    membership = Membership.objects.get(user=member, community=case.community)
    current = selectors.case_page(membership, case.pk, all_overrides=False)
    assert cache.get(thread_html._page_key(current, case.community, 2, None)) is not None
    assert cache.get(thread_html._page_key(current, case.community, 7, None)) is None
    make_comment(case, writer, body="Thought number 103.")
    assert "Thought number 103." in page_as(client, member, case.get_absolute_url() + "?page=2")

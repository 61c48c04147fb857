"""A case page's comments come from the cache (casework/thread_html.py): what one viewer
sees is never shown to another who may not see it, and every change shows at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from casework import services
from members.models import Role

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


def test_a_repeat_visit_renders_no_comment_again(client, case, member, writer):
    for n in range(5):
        make_comment(case, writer, body=f"Idea number {n} about the tenancy.")
    client.force_login(member)
    with CaptureQueriesContext(connection) as first:
        client.get(case.get_absolute_url())
    with CaptureQueriesContext(connection) as second:
        html = client.get(case.get_absolute_url()).text
    # The first visit loads the comments' bodies to render them; the second does not.
    loads_bodies = [q for q in first.captured_queries if '"casework_comment"."body"' in q["sql"]]
    assert len(loads_bodies) == 1
    assert not [q for q in second.captured_queries if '"casework_comment"."body"' in q["sql"]]
    assert all(f"Idea number {n} about the tenancy." in html for n in range(5))

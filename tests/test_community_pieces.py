"""Pieces of a community's pages kept in the cache under its content version
(members/community_cache.py): the case list's pages, the community home's latest cases,
upcoming sessions, newest members and counts. Every write they show changes the version in
its own transaction (PostgreSQL triggers), so every change shows at once; nothing in them
depends on the viewer, and a draft is never in them."""

import time
from datetime import timedelta

import pytest
from django.db import connection, transaction
from django.urls import reverse
from django.utils import timezone

from casework import services as case_services
from casework.models import CaseStatus, CaseStudy
from members import community_cache
from members import services as member_services
from members.models import Agency, Community, Membership, MembershipStatus, Role
from sessions_app.models import Session, SessionStatus
from sessions_app.week import _upcoming_fresh_for

from .factories import join, make_agency, make_case, make_session, make_user
from .helpers import page_as

pytestmark = pytest.mark.django_db


def version(community) -> int:
    return Community.objects.values_list("content_version", flat=True).get(pk=community.pk)


def case_list(community) -> str:
    return reverse("casework:case_list", args=[community.slug])


def home(community) -> str:
    return reverse("members:community_home", args=[community.slug])


@pytest.fixture
def author(community):
    user = make_user("author@example.test", display_name="Ada Author",
                     agency=make_agency(name="Harbour Housing Trust"))
    join(user, community)
    return user


# --- The version -------------------------------------------------------------------------


@pytest.mark.parametrize("write", [
    "case created", "case edited", "case deleted", "member joined", "role changed",
    "member left", "name changed", "agency renamed", "session created", "session edited",
    "session deleted"])
def test_each_write_the_pieces_show_gives_a_new_version(write, community, author):
    case = make_case(community, author)
    session = make_session(community)
    other = make_user("other@example.test")
    before = version(community)
    if write == "case created":
        make_case(community, author, title="Another one")
    elif write == "case edited":
        CaseStudy.objects.filter(pk=case.pk).update(title="A new title")
    elif write == "case deleted":
        case.delete()
    elif write == "member joined":
        join(other, community)
    elif write == "role changed":
        Membership.objects.filter(user=author).update(role=Role.FACILITATOR)
    elif write == "member left":
        Membership.objects.filter(user=author).update(status=MembershipStatus.LEFT)
    elif write == "name changed":
        author.display_name = "Ada Archer"
        author.save(update_fields=["display_name"])
    elif write == "agency renamed":
        Agency.objects.filter(pk=author.agency_id).update(name="Harbour Homes")
    elif write == "session created":
        make_session(community, title="Extra meeting")
    elif write == "session edited":
        Session.objects.filter(pk=session.pk).update(venue="Library")
    elif write == "session deleted":
        session.delete()
    assert version(community) > before


def test_other_writes_and_other_communities_leave_it(community, other_community, author):
    make_case(other_community, make_user("elsewhere@example.test"))
    before = version(community)
    author.last_login = timezone.now()
    author.save(update_fields=["last_login"])
    make_case(other_community, make_user("elsewhere2@example.test"))
    assert version(community) == before


def test_it_never_goes_back_nor_repeats(community, author):
    stale = Community.objects.get(pk=community.pk)
    with pytest.raises(RuntimeError), transaction.atomic():
        make_case(community, author)
        rolled_back = version(community)
        raise RuntimeError("roll back")
    assert version(community) < rolled_back
    make_case(community, author, title="Kept")
    kept = version(community)
    assert kept > rolled_back  # a rolled-back version's number is not used again
    stale.name = "Leeds Renamed Community"
    stale.save()  # writes the version it read, older than the one now
    assert version(community) == kept


def test_a_key_names_the_community_its_version_and_the_code(community):
    community.refresh_from_db()
    first = community_cache.key(community, "piece", 1)
    assert first == community_cache.key(community, "piece", 1)
    assert first != community_cache.key(community, "piece", 2)
    assert first != community_cache.key(community, "other", 1)
    community.content_version += 1
    assert first != community_cache.key(community, "piece", 1)


# --- The case list -----------------------------------------------------------------------


def listed(html: str) -> str:
    """The list of cases on a case list page."""
    return html.split('aria-label="Cases">', 1)[1].split("</ul>", 1)[0]


def test_the_case_list_shows_each_change_at_once(client, community, member, author,
                                                 facilitator):
    case = make_case(community, author, title="Refused by the housing register")
    assert "Refused by the housing register" in page_as(client, member, case_list(community))

    case_services.comment_create(actor=member, case=case, body="Try a review.", parent=None,
                                 reasons={})
    assert "1 comment " in page_as(client, member, case_list(community))

    make_case(community, author, title="Care leaver sofa surfing")
    assert "Care leaver sofa surfing" in page_as(client, member, case_list(community))

    member_services.profile_update(actor=author, display_name="Ada Archer", job_title="",
                                   agency=author.agency)
    assert "brought by Ada Archer" in page_as(client, member, case_list(community))

    Agency.objects.filter(pk=author.agency_id).update(name="Harbour Homes")
    assert "(Harbour Homes)" in page_as(client, member, case_list(community))

    membership = facilitator.memberships.get(community=community)
    case_services.case_moderate(actor=facilitator, membership=membership, case=case,
                                action="close", reason="Resolved at the session.")
    html = page_as(client, member, case_list(community))
    assert "Refused by the housing register" in html and "Closed" in html


def test_a_case_returned_to_draft_leaves_everyone_s_list_at_once(client, community, member,
                                                                  author, facilitator):
    case = make_case(community, author, title="Hospital discharge to the street")
    assert "Hospital discharge to the street" in page_as(client, member, case_list(community))
    membership = facilitator.memberships.get(community=community)
    case_services.case_moderate(actor=facilitator, membership=membership, case=case,
                                action="return_to_draft", reason="It names the hostel.")
    assert "Hospital discharge to the street" not in page_as(client, member,
                                                             case_list(community))
    # The author sees it among their own drafts, never in the list others share.
    as_author = page_as(client, author, case_list(community))
    assert as_author.count("Hospital discharge to the street") == 1
    assert "Your drafts" in as_author


def test_a_closed_account_shows_as_a_former_member_at_once(client, community, member, author):
    make_case(community, author, title="No recourse and sleeping rough")
    assert "brought by Ada Author" in page_as(client, member, case_list(community))
    member_services.account_close(actor=author, user=author)
    html = page_as(client, member, case_list(community))
    assert "Ada Author" not in html and "Harbour Housing Trust" not in html


def test_drafts_are_their_authors_alone_whoever_fills_the_cache(client, community, member,
                                                                author):
    make_case(community, author, title="Published for all")
    make_case(community, author, title="Still a draft", status=CaseStatus.DRAFT,
              published_at=None)
    as_author = page_as(client, author, case_list(community))
    assert "Still a draft" in as_author and "Published for all" in as_author
    as_member = page_as(client, member, case_list(community))
    assert "Published for all" in as_member and "Still a draft" not in as_member


def test_every_page_and_filter_of_the_list_is_its_own(client, community, member, author):
    for n in range(30):
        make_case(community, author, title=f"Case number {n:02}",
                  needs_domains=["debt"] if n % 2 else ["homelessness"])
    client.force_login(member)
    first = client.get(case_list(community)).text
    second = client.get(case_list(community), {"page": 2}).text
    beyond = client.get(case_list(community), {"page": 99}).text
    debt = client.get(case_list(community), {"domain": "debt"}).text
    assert "Case number 29" in first and "Case number 29" not in second
    assert "Case number 00" in second and "Case number 00" not in first
    assert listed(beyond) == listed(second)  # past the end: the last page, as before
    assert "Case number 29" in debt and "Case number 28" not in debt
    assert 'aria-label="Page 2 of 2"' in second


def test_a_deep_page_skips_index_entries_not_cases(community, member, author):
    """A page's cases are found in the list's index, in its order (no sort of the
    community's cases), and only that page's cases are read."""
    from casework import selectors

    for n in range(30):
        make_case(community, author, title=f"Case {n}")
    membership = member.memberships.get(community=community)
    page = selectors.case_list(membership)[25:50]
    sql, params = page.query.sql_with_params()
    with connection.cursor() as cursor:
        # At 30 rows the planner may as well sort; what is checked is that the index can
        # give the page in order without one, so both alternatives are priced out.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "case_list_covering" in plan and "Sort" not in plan, plan
    titles = [case.title for case in selectors.case_list_rows(page)]
    assert titles == [f"Case {n}" for n in range(4, -1, -1)]


# --- The community home ------------------------------------------------------------------


def test_the_home_shows_each_change_at_once(client, community, member, author, facilitator):
    html = page_as(client, member, home(community))
    assert "Ada Author" in html and "1 facilitator." in html

    newcomer = make_user("new@example.test", display_name="Nia Newcomer")
    join(newcomer, community)
    html = page_as(client, member, home(community))
    assert "Nia Newcomer" in html and "4 members" in html

    membership = community.memberships.get(user=newcomer)
    member_services.membership_change_role(actor=facilitator, membership=membership,
                                           role=Role.FACILITATOR)
    assert "2 facilitators." in page_as(client, member, home(community))

    member_services.membership_remove(actor=facilitator, membership=membership)
    html = page_as(client, member, home(community))
    assert "Nia Newcomer" not in html and "3 members" in html

    make_case(community, author, title="Evicted from supported housing")
    assert "Evicted from supported housing" in page_as(client, member, home(community))

    session = make_session(community, title="Winter planning meeting")
    assert "Winter planning meeting" in page_as(client, member, home(community))
    Session.objects.filter(pk=session.pk).update(status=SessionStatus.CANCELLED)
    assert "Winter planning meeting" not in page_as(client, member, home(community))


def test_a_session_leaves_the_home_when_it_ends(client, community, member):
    now = timezone.now()
    make_session(community, title="Ending now", starts_at=now - timedelta(hours=1),
                 ends_at=now + timedelta(seconds=2))
    assert "Ending now" in page_as(client, member, home(community))
    time.sleep(2.5)
    assert "Ending now" not in page_as(client, member, home(community))


def test_upcoming_sessions_are_kept_until_the_first_ends(community):
    soon = make_session(community, starts_in=timedelta(hours=1))
    later = make_session(community, starts_in=timedelta(days=3))
    seconds = _upcoming_fresh_for({"upcoming_sessions": [soon, later]})
    assert abs(seconds - (soon.ends_at - timezone.now()).total_seconds()) < 5
    assert _upcoming_fresh_for({"upcoming_sessions": []}) is None

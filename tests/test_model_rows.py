"""The reads written as SQL (cop/model_rows.py) give what the ORM gave: model instances with
their related objects, and nothing when there is nothing to give."""

import pytest

from casework import selectors as case_selectors
from casework.models import CaseStudy
from members import selectors as member_selectors
from members.models import MembershipStatus

from .factories import join, make_agency, make_case, make_user

pytestmark = pytest.mark.django_db


def test_the_viewers_membership_comes_with_its_community_and_only_if_active(community,
                                                                            member):
    membership = member_selectors.active_membership(member, community.slug)

    assert membership.community == community and membership.community.name == community.name
    assert membership.user is member
    membership.status = MembershipStatus.LEFT
    membership.save()
    assert member_selectors.active_membership(member, community.slug) is None
    assert member_selectors.active_membership(member, "no-such-community") is None


def test_a_case_page_comes_with_its_author_agency_and_flags(community, member):
    author = make_user(display_name="Ann Author", agency=make_agency(name="Shelter North"))
    join(author, community)
    case = make_case(community, author)
    membership = member_selectors.active_membership(member, community.slug)

    read = case_selectors.case_page(membership, case.pk, all_overrides=False)

    assert read == case and read.title == case.title
    assert read.author.display_name == "Ann Author" and read.author.agency.name == "Shelter North"
    assert (read.following, read.visible_override_count, read.glossary_version) == (
        False, 0, None)
    assert case_selectors.case_page(membership, case.pk + 1000, all_overrides=False) is None


def test_a_case_whose_author_is_gone_reads_with_no_author(client, community, member):
    author = make_user()
    case = make_case(community, author)
    CaseStudy.objects.filter(pk=case.pk).update(author=None)
    membership = member_selectors.active_membership(member, community.slug)

    assert case_selectors.case_page(membership, case.pk, all_overrides=False).author is None
    client.force_login(member)
    assert client.get(case.get_absolute_url()).status_code == 200

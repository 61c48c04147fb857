"""Pages run a fixed number of SQL queries, however many members a community has."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from members.models import Invitation

from .factories import join, make_agency, make_community, make_user
from .helpers import queries_for

pytestmark = pytest.mark.django_db


def grow(community, inviter, count):
    """`count` more members, pending invitations, and another community for the inviter."""
    agency = make_agency()
    for _ in range(count):
        join(make_user(agency=agency), community)
        Invitation.objects.create(email=f"{make_user().email}.x", community=community,
                                  invited_by=inviter,
                                  expires_at=timezone.now() + timedelta(days=3))
    join(inviter, make_community())


@pytest.mark.parametrize("page", ["members:community_home", "members:directory",
                                  "members:invite", "members:my_communities"])
def test_query_count_does_not_grow_with_the_data(client, facilitator, community, page):
    url = reverse(page, args=[] if page == "members:my_communities" else [community.slug])
    client.force_login(facilitator)
    grow(community, facilitator, 3)
    small = queries_for(client, url)
    grow(community, facilitator, 30)
    large = queries_for(client, url)
    assert small == large
    assert large <= 8

"""Case list, case detail and search run a fixed number of queries as the data grows."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from casework.models import Barrier, Comment

from .factories import join, make_agency, make_case, make_user

pytestmark = pytest.mark.django_db


def people(community, n):
    agency = make_agency()
    users = [make_user(agency=agency) for _ in range(n)]
    for user in users:
        join(user, community)
    return users


def add_comments(case, authors, n):
    top = Comment.objects.bulk_create(
        Comment(case=case, author=authors[i % len(authors)], body=f"Thought {i} on housing")
        for i in range(n // 2))
    Comment.objects.bulk_create(
        Comment(case=case, author=authors[i % len(authors)], parent=top[i % len(top)],
                body=f"Reply {i} on housing") for i in range(n - n // 2))


def count(client, url, params=None) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(ctx.captured_queries)


def test_case_list(client, community, member):
    authors = people(community, 3)
    for a in authors:
        make_case(community, a, title="Housing case")
    url = reverse("casework:case_list", args=[community.slug])
    client.force_login(member)
    small = count(client, url)
    for a in people(community, 20) * 3:
        make_case(community, a, title="Housing case", needs_domains=["homelessness"])
    assert count(client, url) == small
    assert count(client, url, {"domain": "homelessness", "page": 2}) <= small
    assert small <= 10


def test_case_detail_with_300_comments(client, community, member):
    authors = people(community, 5)
    small_case = make_case(community, member)
    add_comments(small_case, authors, 10)
    big_case = make_case(community, member)
    add_comments(big_case, people(community, 40), 300)
    for case in (small_case, big_case):
        Barrier.objects.create(case=case, recorded_by=member, service_type="housing",
                               category="eligibility", description="Priority need")
    client.force_login(member)
    small = count(client, small_case.get_absolute_url())
    big = count(client, big_case.get_absolute_url())
    assert small == big
    assert big <= 13
    response = client.get(big_case.get_absolute_url())
    shown = sum(1 + len(entry.replies) for entry in response.context["thread"])
    assert shown >= 100


def test_search(client, community, member):
    for a in people(community, 3):
        add_comments(make_case(community, a, title="Housing duty refused"), [a], 4)
    client.force_login(member)
    url = reverse("casework:search")
    small = {kind: count(client, url, {"q": "housing", "type": kind})
             for kind in ("cases", "comments")}
    for a in people(community, 15):
        add_comments(make_case(community, a, title="Housing duty refused"), [a], 10)
    for kind in ("cases", "comments"):
        assert count(client, url, {"q": "housing", "type": kind}) == small[kind]
        assert small[kind] <= 8

"""Case list, case detail and search run a fixed number of queries as the data grows."""

import pytest
from django.urls import reverse
from django.utils import timezone

from casework.models import Barrier, Comment

from .factories import make_agency, make_case, make_members, make_service
from .helpers import queries_for

pytestmark = pytest.mark.django_db


def add_comments(case, authors, n):
    top = Comment.objects.bulk_create(
        Comment(case=case, author=authors[i % len(authors)], body=f"Thought {i} on housing")
        for i in range(n // 2))
    Comment.objects.bulk_create(
        Comment(case=case, author=authors[i % len(authors)], parent=top[i % len(top)],
                body=f"Reply {i} on housing") for i in range(n - n // 2))


def test_case_list(client, community, member):
    authors = make_members(community, 3, agency=make_agency())
    for a in authors:
        make_case(community, a, title="Housing case")
    url = reverse("casework:case_list", args=[community.slug])
    client.force_login(member)
    small = queries_for(client, url)
    for a in make_members(community, 20, agency=make_agency()) * 3:
        make_case(community, a, title="Housing case", needs_domains=["homelessness"])
    assert queries_for(client, url) == small
    assert queries_for(client, url, {"domain": "homelessness", "page": 2}) <= small
    assert small <= 10


def test_case_detail_with_300_comments(client, community, member):
    authors = make_members(community, 5, agency=make_agency())
    small_case = make_case(community, member)
    add_comments(small_case, authors, 10)
    big_case = make_case(community, member)
    add_comments(big_case, make_members(community, 40, agency=make_agency()), 300)
    shown = make_service(community, name="Eastgate Housing Options")
    hidden = make_service(community, name="Old Night Shelter", hidden_at=timezone.now())
    for case in (small_case, big_case):
        Barrier.objects.create(case=case, recorded_by=member, service_type="housing",
                               category="eligibility", description="Priority need",
                               service=shown)
    for n in range(3):  # more barriers, one at a hidden service: no more queries
        Barrier.objects.create(case=big_case, recorded_by=member, service_type="housing",
                               category="eligibility", description=f"Refused again {n}",
                               service=hidden if n == 0 else None)
    client.force_login(member)
    # The first visit renders the discussion (its comments in two queries and a count); a
    # repeat visit takes it from the cache, under the digest of its authors' names that the
    # case's own query reads (with its barriers and their services' names).
    small = queries_for(client, small_case.get_absolute_url())
    big = queries_for(client, big_case.get_absolute_url())
    assert small == big
    assert big <= 8
    assert queries_for(client, small_case.get_absolute_url()) == queries_for(
        client, big_case.get_absolute_url()) <= 5
    response = client.get(big_case.get_absolute_url())
    assert response.text.count('<article class="cop-comment"') >= 100
    # Oldest first; a service shown is a link, a hidden one its name alone.
    page = response.text
    assert page.index("Priority need") < page.index("Refused again 0") < page.index(
        "Refused again 2")
    assert f'{shown.pk}/">Eastgate Housing Options</a>' in page
    assert "Old Night Shelter" in page and f'{hidden.pk}/">Old Night Shelter' not in page
    # A case with no barriers, on no session's agenda, asks for neither.
    quiet_case = make_case(community, member)
    add_comments(quiet_case, authors, 10)
    queries_for(client, quiet_case.get_absolute_url())
    assert queries_for(client, quiet_case.get_absolute_url()) == 5


def test_search(client, community, member):
    for a in make_members(community, 3, agency=make_agency()):
        add_comments(make_case(community, a, title="Housing duty refused"), [a], 4)
    client.force_login(member)
    url = reverse("casework:search")
    small = {kind: queries_for(client, url, {"q": "housing", "type": kind})
             for kind in ("cases", "comments")}
    for a in make_members(community, 15, agency=make_agency()):
        add_comments(make_case(community, a, title="Housing duty refused"), [a], 10)
    for kind in ("cases", "comments"):
        assert queries_for(client, url, {"q": "housing", "type": kind}) == small[kind]
        assert small[kind] <= 5

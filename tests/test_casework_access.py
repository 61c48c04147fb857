"""Communities are sealed: another community's case, its comments and barriers are 404,
and search finds nothing of them (PERMISSIONS.md)."""

import pytest
from django.urls import reverse

from casework.models import Barrier, CaseStatus, Comment

from .factories import join, make_case, make_comment, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def case(community, facilitator, member):
    case = make_case(community, member, title="Zebrafinch eviction case")
    make_comment(case, facilitator, body="Zebrafinch thoughts on local connection")
    Barrier.objects.create(case=case, recorded_by=member, service_type="housing",
                           category="local_connection", description="Zebrafinch rule")
    return case


def case_urls(case):
    slug, pk = case.community.slug, case.pk
    comment = case.comments.first()
    barrier = case.barriers.first()
    return [
        ("get", reverse("casework:case_detail", args=[slug, pk])),
        ("get", reverse("casework:case_edit", args=[slug, pk])),
        ("post", reverse("casework:case_edit", args=[slug, pk])),
        ("get", reverse("casework:case_publish", args=[slug, pk])),
        ("get", reverse("casework:case_status", args=[slug, pk])),
        ("post", reverse("casework:case_status", args=[slug, pk])),
        ("get", reverse("casework:case_history", args=[slug, pk])),
        ("post", reverse("casework:case_follow", args=[slug, pk])),
        ("post", reverse("casework:comment_create", args=[slug, pk])),
        ("get", reverse("casework:comment_edit", args=[slug, pk, comment.pk])),
        ("post", reverse("casework:comment_edit", args=[slug, pk, comment.pk])),
        ("get", reverse("casework:comment_remove", args=[slug, pk, comment.pk])),
        ("post", reverse("casework:comment_remove", args=[slug, pk, comment.pk])),
        ("get", reverse("casework:barrier_create", args=[slug, pk])),
        ("post", reverse("casework:barrier_create", args=[slug, pk])),
        ("get", reverse("casework:barrier_edit", args=[slug, pk, barrier.pk])),
        ("post", reverse("casework:barrier_edit", args=[slug, pk, barrier.pk])),
        ("get", reverse("casework:case_list", args=[slug])),
        ("get", reverse("casework:case_create", args=[slug])),
        ("post", reverse("casework:case_create", args=[slug])),
        ("get", reverse("casework:override_list", args=[slug])),
    ]


POST_DATA = {"body": "x", "reason": "x", "action": "close", "follow": "1",
             "service_type": "housing", "category": "other", "description": "x",
             "overcome": "unknown", "title": "x", "pseudonym": "x",
             "presenting_situation": "x", "pseudonym_declared": "on"}


@pytest.mark.parametrize("viewer", ["outsider", "former_member", "evaluator", "site_admin"])
def test_everything_of_a_case_is_404_outside_the_community(client, request, case, viewer):
    client.force_login(request.getfixturevalue(viewer))
    for method, url in case_urls(case):
        response = getattr(client, method)(url, POST_DATA if method == "post" else None)
        assert response.status_code == 404, (viewer, method, url)
    case.refresh_from_db()
    assert case.status == CaseStatus.PUBLISHED and case.comments.count() == 1


def test_anonymous_is_sent_to_login(client, case):
    for method, url in case_urls(case):
        response = getattr(client, method)(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_search_finds_nothing_from_another_community(client, case, outsider):
    client.force_login(outsider)
    for kind in ("cases", "comments"):
        page = client.get(reverse("casework:search"), {"q": "zebrafinch", "type": kind})
        assert page.status_code == 200
        assert [tab[2] for tab in page.context["tabs"]] == [0, 0, 0, 0]
        for words in ("Zebrafinch eviction case", "Zebrafinch thoughts", "Zebrafinch rule"):
            assert words not in page.text
    # Even naming the community in the filter does not reach it.
    page = client.get(reverse("casework:search"),
                      {"q": "zebrafinch", "community": case.community.slug})
    assert "Zebrafinch eviction case" not in page.text


def test_members_find_their_community_cases_and_comments(client, case, member):
    client.force_login(member)
    page = client.get(reverse("casework:search"), {"q": "zebrafinch"})
    assert "Zebrafinch eviction case" in page.text
    assert "<mark>Zebrafinch</mark>" in page.text
    page = client.get(reverse("casework:search"), {"q": "zebrafinch", "type": "comments"})
    assert "Comment on “Zebrafinch eviction case”" in page.text


def test_drafts_are_their_authors_alone(client, community, member, facilitator):
    draft = make_case(community, member, status=CaseStatus.DRAFT, published_at=None,
                      title="Quokka draft")
    url = reverse("casework:case_detail", args=[community.slug, draft.pk])
    client.force_login(facilitator)
    assert client.get(url).status_code == 404
    assert "Quokka" not in client.get(reverse("casework:case_list", args=[community.slug])).text
    assert "Quokka" not in client.get(reverse("casework:search"), {"q": "quokka"}).text
    client.force_login(member)
    assert client.get(url).status_code == 200
    assert "Quokka draft" in client.get(reverse("casework:case_list", args=[community.slug])).text


def test_members_get_403_on_facilitator_and_author_actions(client, case, community):
    other = make_user()
    join(other, community)
    client.force_login(other)
    slug, pk = community.slug, case.pk
    comment = case.comments.first()
    assert client.get(reverse("casework:case_edit", args=[slug, pk])).status_code == 403
    assert client.post(reverse("casework:case_status", args=[slug, pk]),
                       {"action": "close", "reason": "x"}).status_code == 403
    assert client.post(reverse("casework:comment_edit", args=[slug, pk, comment.pk]),
                       {"body": "hijack"}).status_code == 403
    assert client.post(reverse("casework:comment_remove", args=[slug, pk, comment.pk]),
                       {"reason": "x"}).status_code == 403
    comment.refresh_from_db()
    assert comment.body.startswith("Zebrafinch") and not comment.is_removed
    case.refresh_from_db()
    assert case.status == CaseStatus.PUBLISHED


def test_a_forged_parent_from_another_case_is_refused(client, case, member, other_community,
                                                      outsider):
    foreign_case = make_case(other_community, outsider)
    foreign_comment = make_comment(foreign_case, outsider)
    client.force_login(member)
    response = client.post(reverse("casework:comment_create", args=[case.community.slug,
                                                                     case.pk]),
                           {"body": "Reply", "parent": foreign_comment.pk})
    assert response.status_code == 404
    assert not Comment.objects.filter(parent=foreign_comment).exists()

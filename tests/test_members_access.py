"""Access matrix for every community URL of the members app (PERMISSIONS.md).

Outsiders, former members, evaluators and site admins without a membership get
the same 404 as for a community that does not exist; members get 403 only on
facilitator actions in their own community."""

import re

import pytest
from django.urls import reverse

from members.models import Membership, Role

from .factories import PASSWORD, join, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def target(community, facilitator):
    """Another member of the community, as the object of facilitator actions."""
    user = make_user("target@example.test", display_name="Tara Target")
    return join(user, community, Role.MEMBER)


def community_urls(slug, target_pk):
    """(method, url, is_facilitator_only) for every community page and action."""
    return [
        ("get", reverse("members:community_home", args=[slug]), False),
        ("get", reverse("members:directory", args=[slug]), False),
        ("get", reverse("members:invite", args=[slug]), True),
        ("post", reverse("members:invite", args=[slug]), True),
        ("post", reverse("members:member_role", args=[slug, target_pk]), True),
        ("get", reverse("members:member_remove", args=[slug, target_pk]), True),
        ("post", reverse("members:member_remove", args=[slug, target_pk]), True),
    ]


def without_csrf_token(html):
    """CSRF tokens and CSP nonces are made afresh for every response."""
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)
    html = re.sub(r'"X-CSRFToken": "[^"]+"', "", html)
    return re.sub(r'nonce="[^"]+"', "", html)


def fetch(client, method, url):
    data = {"role": "member", "emails": "new@example.test"} if method == "post" else None
    return getattr(client, method)(url, data)


@pytest.mark.parametrize("viewer", ["outsider", "former_member", "evaluator", "site_admin"])
def test_people_without_membership_get_404_everywhere(client, request, community, target, viewer):
    client.force_login(request.getfixturevalue(viewer))
    for method, url, _ in community_urls(community.slug, target.pk):
        response = fetch(client, method, url)
        assert response.status_code == 404, (viewer, method, url)
    # Nothing changed behind the 404s.
    target.refresh_from_db()
    assert target.is_active and target.role == Role.MEMBER


def test_a_missing_community_looks_the_same_as_a_forbidden_one(client, outsider, community, target):
    client.force_login(outsider)
    forbidden = client.get(reverse("members:community_home", args=[community.slug]))
    missing = client.get(reverse("members:community_home", args=["no-such-community"]))
    assert forbidden.status_code == missing.status_code == 404
    assert without_csrf_token(forbidden.text) == without_csrf_token(missing.text)


def test_anonymous_is_sent_to_login(client, community, target):
    login_url = reverse("account_login")
    for method, url, _ in community_urls(community.slug, target.pk):
        response = fetch(client, method, url)
        assert response.status_code == 302, (method, url)
        assert response["Location"].startswith(login_url)


def test_member_sees_pages_but_gets_403_on_facilitator_actions(client, member, community, target):
    client.force_login(member)
    for method, url, facilitator_only in community_urls(community.slug, target.pk):
        response = fetch(client, method, url)
        expected = 403 if facilitator_only else 200
        assert response.status_code == expected, (method, url)
    target.refresh_from_db()
    assert target.is_active


def test_facilitator_can_use_every_page(client, facilitator, community, target):
    client.force_login(facilitator)
    for method, url, _ in community_urls(community.slug, target.pk):
        if "remove" in url and method == "post":
            continue  # exercised in test_memberships
        response = fetch(client, method, url)
        assert response.status_code in (200, 302), (method, url)


def test_member_of_another_community_cannot_act_on_a_member_through_own_community(
    client, outsider, other_community, target
):
    """A facilitator of community B cannot reach a member of A through B's URLs."""
    client.force_login(outsider)
    url = reverse("members:member_role", args=[other_community.slug, target.pk])
    assert client.post(url, {"role": "facilitator"}).status_code == 404
    assert Membership.objects.get(pk=target.pk).role == Role.MEMBER


def test_my_communities_lists_only_active_memberships(client, member, community, other_community):
    join(member, other_community, status="left")
    client.force_login(member)
    response = client.get(reverse("members:my_communities"))
    assert response.status_code == 200
    assert community.name in response.text
    assert other_community.name not in response.text


def test_password_login_by_email(client, member):
    response = client.post(reverse("account_login"),
                           {"login": "MEM@example.test", "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == reverse("members:home")  # "your week"
    assert client.session["_auth_user_id"] == str(member.pk)


def test_wrong_password_is_refused(client, member):
    response = client.post(reverse("account_login"),
                           {"login": "mem@example.test", "password": "not-the-password"})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session

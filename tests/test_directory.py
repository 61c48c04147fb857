import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_members_see_names_roles_and_agencies_but_never_emails(client, member, facilitator,
                                                               community):
    client.force_login(member)
    response = client.get(reverse("members:directory", args=[community.slug]))
    assert response.status_code == 200
    assert "Fay Facilitator" in response.text
    assert facilitator.agency.name in response.text
    assert "Facilitator" in response.text
    assert "fac@example.test" not in response.text
    assert "mem@example.test" not in response.text


def test_facilitators_see_member_emails(client, member, facilitator, community):
    client.force_login(facilitator)
    response = client.get(reverse("members:directory", args=[community.slug]))
    assert "mem@example.test" in response.text


def test_directory_leaves_out_people_who_left_and_other_communities(
    client, member, former_member, outsider, community
):
    client.force_login(member)
    response = client.get(reverse("members:directory", args=[community.slug]))
    assert "Fred Former" not in response.text
    assert "Olly Outsider" not in response.text


def test_community_home_shows_who_is_here_and_ground_rules(client, member, community):
    community.ground_rules = "Pseudonyms only, always."
    community.save()
    client.force_login(member)
    response = client.get(reverse("members:community_home", args=[community.slug]))
    assert "Pseudonyms only, always." in response.text
    assert "Max Member" in response.text


def test_facilitators_are_listed_first(client, member, facilitator, community):
    client.force_login(member)
    text = client.get(reverse("members:directory", args=[community.slug])).text
    listing = text[text.index('<ul class="govuk-list" aria-labelledby="members-heading">'):]
    assert listing.index("Fay Facilitator") < listing.index("Max Member")

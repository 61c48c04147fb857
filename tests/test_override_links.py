"""The anonymisation overrides are found (issue 14): the community's "Overrides" tab for
facilitators, a case's "N flagged items kept with a reason", and a member's own from the
case list; narrowed to one case, the list keeps to what the viewer may see."""

import pytest
from django.urls import reverse

from casework.models import AnonymisationOverride, CaseStatus

from .factories import join, make_case, make_user

pytestmark = pytest.mark.django_db


def keep(case, user, text="0113 496 0000", reason="The council's switchboard"):
    return AnonymisationOverride.objects.create(
        community=case.community, case=case, user=user, field="presenting_situation",
        kind="PHONE", flagged_text=text, reason=reason)


def overrides_url(community, case=None):
    url = reverse("casework:override_list", args=[community.slug])
    return f"{url}?case={case.pk}" if case else url


def test_facilitators_have_an_overrides_tab_and_members_do_not(client, community, facilitator,
                                                               member):
    tab = f'href="{overrides_url(community)}">Overrides</a>'
    client.force_login(facilitator)
    assert tab in client.get(community.get_absolute_url()).text
    assert f'href="{overrides_url(community)}" aria-current="page">Overrides</a>' in \
        client.get(overrides_url(community)).text
    client.force_login(member)
    assert tab not in client.get(community.get_absolute_url()).text


def test_the_case_list_links_a_member_to_their_own_overrides(client, community, facilitator,
                                                             member):
    link = (f'<a class="govuk-link" href="{overrides_url(community)}">'
            'Your anonymisation overrides</a>')
    client.force_login(member)
    assert link in client.get(reverse("casework:case_list", args=[community.slug])).text
    client.force_login(facilitator)  # they have the tab, with everyone's
    assert link not in client.get(reverse("casework:case_list", args=[community.slug])).text


def test_a_case_links_to_the_overrides_on_it_the_viewer_may_see(client, community,
                                                                facilitator, member):
    case = make_case(community, member)
    nia = make_user(display_name="Nia Navigator")
    join(nia, community)
    keep(case, member)
    keep(case, member, text="LS6 2QT", reason="The day centre's postcode")
    keep(case, nia, text="07700 900123", reason="The project's duty phone")
    keep(make_case(community, member), member)  # another case's: not counted here
    link = f'href="{overrides_url(community, case)}">'
    client.force_login(facilitator)
    page = client.get(case.get_absolute_url()).text
    assert f'{link}3 flagged items kept with a reason</a>' in page
    client.force_login(member)
    page = client.get(case.get_absolute_url()).text
    assert f'{link}2 flagged items kept with a reason by you</a>' in page
    client.force_login(nia)
    assert f'{link}1 flagged item kept with a reason by you</a>' in \
        client.get(case.get_absolute_url()).text


def test_a_case_without_overrides_the_viewer_may_see_has_no_link(client, community,
                                                                 facilitator, member):
    case = make_case(community, facilitator)
    client.force_login(member)
    assert "flagged item" not in client.get(case.get_absolute_url()).text
    keep(case, facilitator)
    assert "flagged item" not in client.get(case.get_absolute_url()).text


def test_one_case_s_overrides(client, community, facilitator, member):
    case = make_case(community, member, title="Evicted after a hospital stay")
    other = make_case(community, member, title="Refused at the hostel door")
    keep(case, member, reason="The ward's switchboard")
    keep(other, member, reason="The hostel's office")
    keep(case, facilitator, reason="The facilitator's own")
    client.force_login(facilitator)
    page = client.get(overrides_url(community, case)).text
    assert "Anonymisation overrides on “Evicted after a hospital stay”" in page
    assert "The ward&#x27;s switchboard" in page and "The facilitator&#x27;s own" in page
    assert "The hostel&#x27;s office" not in page
    assert (f'<a class="govuk-link" href="{overrides_url(community)}">All overrides in this '
            'community</a>') in page
    client.force_login(member)  # their own only, on that case too
    page = client.get(overrides_url(community, case)).text
    assert "The ward&#x27;s switchboard" in page
    assert "The facilitator&#x27;s own" not in page and "The hostel&#x27;s office" not in page


def test_a_case_the_viewer_may_not_read_is_not_found(client, community, other_community,
                                                     facilitator, member, outsider):
    draft = make_case(community, member, status=CaseStatus.DRAFT, published_at=None)
    keep(draft, member)
    elsewhere = make_case(other_community, outsider)
    client.force_login(facilitator)
    assert client.get(overrides_url(community, draft)).status_code == 404
    assert client.get(overrides_url(community, elsewhere)).status_code == 404
    client.force_login(member)  # the author of the draft
    assert client.get(overrides_url(community, draft)).status_code == 200


@pytest.mark.parametrize("value", ["", "abc", "-1", "²", "99999999999999999999"])
def test_a_case_that_is_not_a_number_lists_them_all(client, community, facilitator, member,
                                                    value):
    keep(make_case(community, member), member)
    client.force_login(facilitator)
    url = reverse("casework:override_list", args=[community.slug])
    response = client.get(url, {"case": value})
    assert response.status_code == 200
    assert "The council&#x27;s switchboard" in response.text

"""Agencies when joining and on the profile (issue 14): the community's own first (those of
its members, and of other communities in its region), then the rest, and "Other: my agency
is not listed", which names a new agency (or finds the one of that name). The directory says
each person's discipline."""

import re
import secrets
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from members import selectors
from members.forms import OTHER_AGENCY
from members.models import AGENCY_NAME_MAX, Agency, Invitation, MembershipStatus, User, hash_token

from .factories import join, make_agency, make_community, make_user

pytestmark = pytest.mark.django_db

NEW_ACCOUNT = {"display_name": "Sam Support", "job_title": "Advocate",
               "password1": "kettle-on-the-third-floor",
               "password2": "kettle-on-the-third-floor"}


@pytest.fixture
def leeds():
    return make_community(name="Leeds CoP", slug="leeds", region="Yorkshire and the Humber")


@pytest.fixture
def agencies(leeds):
    """Forward Leeds (a Leeds member's), York Housing (a member's of York, same region),
    Bristol Drugs Project (Bristol's), Left Agency (only a former Leeds member's) and
    Unused Agency (nobody's)."""
    york = make_community(name="York CoP", slug="york", region="Yorkshire and the Humber")
    bristol = make_community(name="Bristol CoP", slug="bristol", region="South West")
    made = {name: make_agency(name=name) for name in (
        "Forward Leeds", "York Housing", "Bristol Drugs Project", "Left Agency",
        "Unused Agency")}
    for name, community, status in (("Forward Leeds", leeds, MembershipStatus.ACTIVE),
                                    ("York Housing", york, MembershipStatus.ACTIVE),
                                    ("Bristol Drugs Project", bristol, MembershipStatus.ACTIVE),
                                    ("Left Agency", leeds, MembershipStatus.LEFT)):
        join(make_user(agency=made[name]), community, status=status)
    return made


def names(agencies_list) -> list[str]:
    return [a.name for a in agencies_list]


def test_agencies_near_a_community_come_first(leeds, agencies, django_assert_num_queries):
    with django_assert_num_queries(1):
        near, rest = selectors.agencies_near(community=leeds)
    assert names(near) == ["Forward Leeds", "York Housing"]
    assert names(rest) == ["Bristol Drugs Project", "Left Agency", "Unused Agency"]


def test_a_community_without_a_region_has_only_its_own_near(agencies):
    lone = make_community(region="")
    join(make_user(agency=agencies["Unused Agency"]), lone)
    near, _ = selectors.agencies_near(community=lone)
    assert names(near) == ["Unused Agency"]


def test_agencies_near_a_person_are_those_of_their_communities(leeds, agencies):
    person = make_user()
    join(person, leeds)
    near, rest = selectors.agencies_near(user=person)
    assert names(near) == ["Forward Leeds", "York Housing"]
    assert "Bristol Drugs Project" in names(rest)


@pytest.fixture
def link(leeds):
    token = secrets.token_urlsafe(32)
    Invitation.objects.create(email="sam@example.test", community=leeds, token_hash=hash_token(
        token), sent_at=timezone.now(), expires_at=timezone.now() + timedelta(days=14))
    return reverse("members:invitation_accept", args=[token])


def options(html: str) -> list[str]:
    select = re.search(r'<select name="agency".*?</select>', html, re.S).group(0)
    return re.findall(r"<(optgroup label=\"[^\"]*\"|option value=\"[^\"]*\")", select)


def test_the_join_page_offers_the_region_s_agencies_first_then_the_rest_then_other(
        client, link, agencies):
    html = client.get(link).text
    ids = {name: agency.pk for name, agency in agencies.items()}
    assert options(html) == [
        'option value=""',
        'optgroup label="In Yorkshire and the Humber"',
        f'option value="{ids["Forward Leeds"]}"', f'option value="{ids["York Housing"]}"',
        'optgroup label="Other agencies"',
        f'option value="{ids["Bristol Drugs Project"]}"', f'option value="{ids["Left Agency"]}"',
        f'option value="{ids["Unused Agency"]}"',
        f'option value="{OTHER_AGENCY}"']
    assert "Other: my agency is not listed</option>" in html


def test_joining_with_a_listed_agency(client, link, agencies):
    response = client.post(link, {**NEW_ACCOUNT, "agency": agencies["York Housing"].pk})
    assert response.status_code == 302
    assert User.objects.get(email="sam@example.test").agency == agencies["York Housing"]


def test_joining_with_an_agency_not_listed_creates_it(client, link, agencies):
    response = client.post(link, {**NEW_ACCOUNT, "agency": OTHER_AGENCY,
                                  "new_agency_name": "  Leeds   Women's Aid ",
                                  "new_agency_sector": "voluntary",
                                  "new_agency_discipline": "social_care"})
    assert response.status_code == 302, response.text[:3000]
    agency = User.objects.get(email="sam@example.test").agency
    assert (agency.name, agency.sector, agency.discipline) == (
        "Leeds Women's Aid", "voluntary", "social_care")


def test_naming_a_listed_agency_finds_it_instead_of_making_another(client, link, agencies):
    client.post(link, {**NEW_ACCOUNT, "agency": OTHER_AGENCY,
                       "new_agency_name": "forward LEEDS", "new_agency_sector": "statutory",
                       "new_agency_discipline": "health"})
    assert User.objects.get(email="sam@example.test").agency == agencies["Forward Leeds"]
    assert Agency.objects.filter(name__iexact="forward leeds").count() == 1
    agencies["Forward Leeds"].refresh_from_db()
    assert agencies["Forward Leeds"].discipline == "housing"  # unchanged


@pytest.mark.parametrize("data, errors", [
    ({"agency": OTHER_AGENCY},
     ["Give the name of your agency.", "Choose its sector.", "Choose its discipline."]),
    ({"agency": OTHER_AGENCY, "new_agency_name": "Basis Yorkshire",
      "new_agency_sector": "voluntary"}, ["Choose its discipline."]),
    ({"new_agency_name": "Basis Yorkshire"}, ["Choose its sector.", "Choose its discipline."]),
    ({"agency": "York Housing", "new_agency_name": "Basis Yorkshire"},
     ["You chose York Housing above: leave this empty, or choose"]),
    ({"agency": "999999"}, ["Select a valid choice."]),
    ({"agency": OTHER_AGENCY, "new_agency_name": "Basis", "new_agency_sector": "public",
      "new_agency_discipline": "health"}, ["Select a valid choice."]),
])
def test_an_agency_not_fully_given_is_explained_and_nobody_joins(client, link, agencies, data,
                                                                  errors):
    if data.get("agency") == "York Housing":
        data = {**data, "agency": agencies["York Housing"].pk}
    response = client.post(link, {**NEW_ACCOUNT, **data})
    assert response.status_code == 200
    for error in errors:
        assert error in response.text
    assert not User.objects.filter(email="sam@example.test").exists()
    assert not Agency.objects.filter(name="Basis Yorkshire").exists()


def test_an_agency_name_past_its_limit_is_refused_with_the_limit(client, link, agencies):
    name = "Basis " + "y" * AGENCY_NAME_MAX
    response = client.post(link, {**NEW_ACCOUNT, "agency": OTHER_AGENCY,
                                  "new_agency_name": name, "new_agency_sector": "voluntary",
                                  "new_agency_discipline": "health"})
    assert response.status_code == 200
    assert (f"Keep this to {AGENCY_NAME_MAX} characters or fewer (you have {len(name)})"
            in response.text)
    assert f'value="{name}"' in response.text
    assert not User.objects.filter(email="sam@example.test").exists()


def test_the_profile_offers_the_person_s_own_agency_chosen_and_takes_a_new_one(
        client, leeds, agencies):
    person = make_user(agency=agencies["York Housing"], job_title="Outreach worker")
    join(person, leeds)
    client.force_login(person)
    url = reverse("members:profile")
    html = client.get(url).text
    assert f'<option value="{agencies["York Housing"].pk}" selected>York Housing</option>' in html
    assert 'optgroup label="Near your communities"' in html
    assert 'value="Outreach worker"' in html
    response = client.post(url, {"display_name": "Pat", "job_title": "Navigator",
                                 "agency": OTHER_AGENCY, "new_agency_name": "Basis Yorkshire",
                                 "new_agency_sector": "voluntary",
                                 "new_agency_discipline": "health"})
    assert response.status_code == 302
    person.refresh_from_db()
    assert (person.job_title, person.agency.name) == ("Navigator", "Basis Yorkshire")
    response = client.post(url, {"display_name": "Pat", "job_title": "", "agency": ""})
    person.refresh_from_db()
    assert person.agency is None and person.job_title == ""


def test_the_directory_says_each_person_s_agency_sector_and_discipline(client, leeds):
    person = make_user(display_name="Sam Support", agency=make_agency(
        name="Leeds Women's Aid", sector="voluntary", discipline="social_care"))
    join(person, leeds)
    join(make_user(display_name="Pat Nobody"), leeds)
    client.force_login(person)
    html = client.get(reverse("members:directory", args=[leeds.slug])).text
    assert "Leeds Women&#x27;s Aid (voluntary) · Discipline: Social care" in html
    assert "Agency and discipline not given" in html


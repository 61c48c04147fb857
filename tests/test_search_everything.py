"""Search finds the service map's services and the glossary's terms beside cases and
comments: counted in the page's one statement, listed on their own tabs, only in the
viewer's communities, hidden services never."""

import pytest
from django.urls import reverse
from django.utils import timezone

from .factories import make_case, make_service, make_term

pytestmark = pytest.mark.django_db


def search(client, text, kind="cases"):
    return client.get(reverse("casework:search"), {"q": text, "type": kind})


@pytest.fixture
def found_everywhere(community, other_community, member):
    make_case(community, member, title="Wombat referral refused")
    make_service(community, name="Wombat Housing Options",
                 eligibility="Wombat rules on priority need.")
    make_service(community, name="Wombat shelter, closed", description="A wombat hostel.",
                 hidden_at=timezone.now(), hidden_reason="It closed.")
    make_service(other_community, name="Wombat elsewhere", description="Wombat help.")
    make_term(community, member, term="Wombat duty", meaning="What a wombat may ask for.")
    make_term(other_community, None, term="Wombat abroad", meaning="Not the member's.")


def test_the_tabs_count_every_kind_in_the_viewers_communities(client, member,
                                                               found_everywhere):
    client.force_login(member)

    page = search(client, "wombat")

    tabs = {value: count for value, _label, count, _more in page.context["tabs"]}
    assert tabs == {"cases": 1, "comments": 0, "services": 1, "terms": 1}
    assert "Services (1)" in page.text and "Glossary (1)" in page.text


def test_the_services_tab_lists_services_with_their_words_marked(client, member,
                                                                 found_everywhere):
    client.force_login(member)

    page = search(client, "wombat", "services")

    assert [hit["heading"] for hit in page.context["hits"]] == ["Wombat Housing Options"]
    assert "<mark>Wombat</mark> rules" in page.text
    assert "Wombat shelter" not in page.text and "elsewhere" not in page.text
    service_url = page.context["hits"][0]["url"]
    assert client.get(service_url).status_code == 200


def test_the_glossary_tab_lists_terms_with_their_meaning(client, member, found_everywhere):
    client.force_login(member)

    page = search(client, "wombat", "terms")

    assert [hit["heading"] for hit in page.context["hits"]] == ["Wombat duty"]
    assert "What a wombat may ask for." in page.text and "abroad" not in page.text


def test_every_tab_keeps_within_its_query_budget(client, member, found_everywhere):
    from .helpers import queries_for

    client.force_login(member)
    url = reverse("casework:search")

    for kind in ("cases", "comments"):
        assert queries_for(client, url, {"q": "wombat", "type": kind}) <= 5
    for kind in ("services", "terms"):  # the counts, then the tab's own list
        assert queries_for(client, url, {"q": "wombat", "type": kind}) <= 6

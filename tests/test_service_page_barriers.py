"""casework's part of a service's page (servicemap/service_parts.py, filled from
casework/service_page.py): the barriers recorded against the service, counted by kind with
small counts suppressed; how they were overcome and the cases (members only); the
escalations about the service."""

import re
from html import unescape

import pytest
from django.db import connection
from django.template import engines
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from members.models import Membership, MembershipStatus
from servicemap import service_parts

from .factories import join, make_barrier, make_case, make_escalation, make_service, make_user

pytestmark = pytest.mark.django_db


def render(membership, service) -> str:
    """The service page's parts as its template shows them ({% include_part %})."""
    request = RequestFactory().get("/")
    request.user = membership.user
    template = engines["django"].from_string(
        "{% load cop %}{% for part in parts %}{% include_part part %}{% endfor %}")
    return template.render({"parts": service_parts.shown(membership, service)}, request)


def text(html) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def test_casework_registers_its_part():
    assert [p.template for p in service_parts.parts() if p.app == "casework"] == [
        "casework/service/_barriers.html"]


def test_counts_by_kind_are_suppressed_and_members_see_notes_and_cases(
        member, facilitator, community, other_community):
    options = make_service(community, name="Leeds Housing Options")
    elsewhere = make_service(community, name="Crisis Team")
    refused = make_case(community, member, title="Refused at the desk")
    turned = make_case(community, member, title="Turned away twice")
    for _ in range(6):
        make_barrier(refused, service=options, category="local_connection")
    make_barrier(turned, service=options, category="exclusion", overcome="yes",
                 how_overcome="A letter from the GP about vulnerability.")
    make_barrier(turned, service=options, category="waiting_time")
    make_barrier(make_case(community, member, title="Not this one"), service=elsewhere)
    make_barrier(make_case(community, member, title="A draft", status="draft"),
                 service=options, how_overcome="Draft words.")
    membership = Membership.objects.get(user=member, community=community)
    html = render(membership, options)
    shown = text(html)
    assert "Barriers met here" in shown
    # 6, 1 and 1: the two ones are hidden; together 2, under 5, so the 6 is hidden too.
    assert "Local connection rule not shown" in shown
    assert "Exclusion for past behaviour not shown" in shown
    assert "Waiting time not shown" in shown
    assert ": 8." in shown  # the total, 8, is shown
    assert "A letter from the GP about vulnerability." in shown
    assert "Draft words." not in shown
    assert f'href="/c/{community.slug}/cases/' in html
    assert "Refused at the desk" in shown and "Turned away twice" in shown
    assert "Not this one" not in shown and "A draft" not in shown
    assert "Raise a barrier at this service as an escalation" not in shown  # a member


def test_a_former_member_gets_counts_but_no_cases(member, community):
    options = make_service(community, name="Leeds Housing Options")
    make_barrier(make_case(community, member, title="Refused at the desk"), service=options,
                 how_overcome="A review of the decision.")
    former = make_user()
    membership = join(former, community, status=MembershipStatus.LEFT)
    shown = text(render(membership, options))
    assert "fewer than 5 so far" in shown
    assert "Refused at the desk" not in shown and "A review of the decision." not in shown


def test_nothing_for_another_community_s_service(member, community, other_community):
    theirs = make_service(other_community, name="Bristol Housing Options")
    make_barrier(make_case(other_community, member), service=theirs)
    membership = Membership.objects.get(user=member, community=community)
    assert service_parts.shown(membership, theirs) == []


def test_escalations_about_the_service_and_the_facilitator_s_link(facilitator, community):
    options = make_service(community, name="Leeds Housing Options")
    make_escalation(community, service=options, title="Local connection applied too strictly")
    make_escalation(community, title="About something else")
    membership = Membership.objects.get(user=facilitator, community=community)
    html = render(membership, options)
    shown = text(html)
    assert "Local connection applied too strictly" in shown
    assert "About something else" not in shown
    assert "No barriers have been recorded against this service yet" in shown
    assert f"/c/{community.slug}/escalations/new/?service={options.pk}" in html


def test_the_part_runs_a_fixed_number_of_queries(member, community):
    options = make_service(community, name="Leeds Housing Options")
    membership = Membership.objects.select_related("community").get(user=member,
                                                                   community=community)

    def grow(n):
        for i in range(n):
            case = make_case(community, member, title=f"Case {i}")
            make_barrier(case, service=options, how_overcome=f"Overcome {i}.")
            make_escalation(community, service=options)

    def count():
        with CaptureQueriesContext(connection) as ctx:
            render(membership, options)
        return len(ctx.captured_queries)

    grow(2)
    count()  # once to warm per-process caches
    small = count()
    grow(25)
    assert count() == small <= 4

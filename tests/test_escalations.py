"""Escalations: a facilitator turns a recurring barrier (a count of the barriers report, or
one barrier) into an escalation raised with a body that can change it, and records what
came back. Members read them, on the barriers page and their own pages; only facilitators
write them. (The identifier gate on their texts: tests/test_gate_everywhere.py.)"""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from casework import services
from casework.models import AnonymisationOverride, Escalation
from cop import gate
from members.models import AuditEvent

from .factories import make_barrier, make_case, make_escalation, make_service
from .helpers import queries_for

pytestmark = pytest.mark.django_db


def url(name, community, *args):
    return reverse(f"casework:{name}", args=[community.slug, *args])


def form(**fields):
    return {"title": "Hospital discharges with no duty to refer",
            "raised_with": "The Health and Wellbeing Board",
            "raised_on": (timezone.localdate() - timedelta(days=2)).isoformat(),
            "evidence": "Counts from the barriers page and two anonymised examples.",
            "response": "", "status": "raised", **fields}


# --- Facilitators write, members read --------------------------------------------------------


def test_a_facilitator_escalates_a_barrier_from_the_case(client, facilitator, member, community):
    case = make_case(community, member, title="Discharged with nowhere to go")
    ward = make_service(community, name="Discharge Team", service_type="hospital")
    barrier = make_barrier(case, service_type="hospital", category="no_provision",
                           service=ward, description="Discharged without a duty to refer.")
    client.force_login(facilitator)
    page = client.get(case.get_absolute_url()).text
    link = f"{url('escalation_create', community)}?barrier={barrier.pk}"
    assert link in page
    form_page = client.get(link).text
    assert 'value="No suitable provision (e.g. women-only, accessible): Discharge Team"' \
        in form_page
    assert f'<option value="{ward.pk}" selected>' in form_page
    assert f'name="from_barrier" value="{barrier.pk}"' in form_page
    response = client.post(url("escalation_create", community),
                           form(from_barrier=barrier.pk, service=ward.pk,
                                category="no_provision", service_type="hospital"))
    escalation = Escalation.objects.get()
    assert response.status_code == 302
    assert response["Location"] == url("escalation_detail", community, escalation.pk)
    assert (escalation.community, escalation.created_by, escalation.service) == (
        community, facilitator, ward)
    assert list(escalation.barriers.all()) == [barrier]
    detail = client.get(response["Location"]).text
    assert "Discharged without a duty to refer." in detail
    assert f'href="{case.get_absolute_url()}"' in detail


def test_members_see_escalations_on_the_barriers_page_and_their_own(client, member,
                                                                    community):
    escalation = make_escalation(community, response="The board will ask the trust.",
                                 status="responded")
    client.force_login(member)
    report = client.get(url("barrier_report", community)).text
    assert "Escalations" in report and escalation.title in report
    assert url("escalation_detail", community, escalation.pk) in report
    assert "Record an escalation" not in report  # members do not write them
    assert escalation.title in client.get(url("escalation_list", community)).text
    detail = client.get(url("escalation_detail", community, escalation.pk)).text
    assert "The board will ask the trust." in detail and "Responded" in detail
    assert "Update the response" not in detail


def test_only_facilitators_write_escalations(client, member, facilitator, community):
    escalation = make_escalation(community)
    barrier = make_barrier(make_case(community, member), recorded_by=member)
    client.force_login(member)
    assert client.get(url("escalation_create", community)).status_code == 403
    assert client.post(url("escalation_create", community), form()).status_code == 403
    edit = url("escalation_edit", community, escalation.pk)
    assert client.get(edit).status_code == 403
    assert client.post(edit, form(response="Nothing.")).status_code == 403
    assert Escalation.objects.count() == 1 and Escalation.objects.get().response == ""
    assert "Raise as an escalation" not in client.get(barrier.case.get_absolute_url()).text
    membership = member.memberships.get()
    with pytest.raises(Exception, match="Only facilitators"):
        services.escalation_create(actor=member, membership=membership, data=form())


def test_another_community_s_escalations_are_not_found(client, outsider, community,
                                                       other_community):
    escalation = make_escalation(community)
    client.force_login(outsider)
    assert client.get(url("escalation_detail", community, escalation.pk)).status_code == 404
    assert client.get(reverse("casework:escalation_detail",
                              args=[other_community.slug, escalation.pk])).status_code == 404


def test_a_facilitator_records_the_response_and_the_audit_trail_keeps_no_text(
        client, facilitator, community):
    client.force_login(facilitator)
    client.post(url("escalation_create", community), form())
    escalation = Escalation.objects.get()
    edit = url("escalation_edit", community, escalation.pk)
    page = client.get(edit).text
    assert 'value="The Health and Wellbeing Board"' in page  # the form is filled in
    response = client.post(edit, form(response="The trust will report back in March.",
                                      status="responded"))
    assert response.status_code == 302
    escalation.refresh_from_db()
    assert (escalation.response, escalation.status) == ("The trust will report back in March.",
                                                        "responded")
    events = AuditEvent.objects.filter(target_type="casework.escalation").order_by("id")
    assert [(e.action, e.actor_id, e.community_id, e.detail) for e in events] == [
        ("escalation.created", facilitator.pk, community.pk, {"status": "raised"}),
        ("escalation.updated", facilitator.pk, community.pk, {"status": "responded"}),
    ]
    assert "March" not in str(list(events.values()))


def test_from_a_count_of_the_report(client, facilitator, member, community, other_community):
    options = make_service(community, name="Leeds Housing Options")
    for _ in range(3):
        make_barrier(make_case(community, member), service=options, category="local_connection")
    client.force_login(facilitator)
    cases = client.get(url("barrier_report", community),
                       {"category": "local_connection", "service": options.pk}).text
    link = (f"{url('escalation_create', community)}?category=local_connection&amp;"
            f"service={options.pk}")
    assert link in cases
    page = client.get(url("escalation_create", community),
                      {"category": "local_connection", "service": options.pk}).text
    assert 'value="Local connection rule: Leeds Housing Options"' in page
    assert '<option value="local_connection" selected>' in page
    # Another community's service or barrier is not taken up.
    theirs = make_service(other_community, name="Bristol Housing Options")
    their_barrier = make_barrier(make_case(other_community, member))
    page = client.get(url("escalation_create", community),
                      {"service": theirs.pk, "barrier": their_barrier.pk}).text
    assert "Bristol Housing Options" not in page and "from_barrier" not in page
    response = client.post(url("escalation_create", community),
                           form(service=theirs.pk, from_barrier=their_barrier.pk))
    assert response.status_code == 200 and "Select a valid choice" in response.text
    response = client.post(url("escalation_create", community),
                           form(from_barrier=their_barrier.pk))
    assert response.status_code == 302
    assert not Escalation.objects.get().barriers.exists()


def test_the_form_sets_nothing_it_does_not_show(client, facilitator, outsider, community,
                                                other_community):
    client.force_login(facilitator)
    response = client.post(url("escalation_create", community), form(
        community=other_community.pk, community_id=other_community.pk,
        created_by=outsider.pk, created_by_id=outsider.pk, id=999_999,
        created_at="2020-01-01T00:00", barriers=[make_barrier(make_case(community, outsider)).pk]))
    assert response.status_code == 302
    escalation = Escalation.objects.get()
    assert (escalation.community, escalation.created_by) == (community, facilitator)
    assert escalation.pk != 999_999 and escalation.created_at.year != 2020
    assert not escalation.barriers.exists()


def test_the_date_raised_cannot_be_in_the_future(client, facilitator, community):
    client.force_login(facilitator)
    tomorrow = (timezone.localdate() + timedelta(days=1)).isoformat()
    response = client.post(url("escalation_create", community), form(raised_on=tomorrow))
    assert response.status_code == 200
    assert "cannot be in the future" in response.text
    assert not Escalation.objects.exists()


def test_the_gate_stops_a_client_s_name(client, facilitator, community):
    client.force_login(facilitator)
    named = "Kevin Moore was discharged to the street on a Friday."
    assert gate.find({"evidence": named}, [])  # the scanner sees the name
    page = client.post(url("escalation_create", community), form(evidence=named))
    assert page.status_code == 200 and "Possible identifiers found" in page.text
    assert not Escalation.objects.exists() and not AnonymisationOverride.objects.exists()


def test_the_case_pseudonym_passes_when_raised_from_its_barrier(client, facilitator, member,
                                                                community):
    case = make_case(community, member, pseudonym="Elizabeth")
    barrier = make_barrier(case)
    client.force_login(facilitator)
    response = client.post(url("escalation_create", community), form(
        from_barrier=barrier.pk, evidence="Elizabeth was found not in priority need."))
    assert response.status_code == 302
    escalation = Escalation.objects.get()
    edit = url("escalation_edit", community, escalation.pk)
    assert client.post(edit, form(evidence=escalation.evidence,
                                  response="Elizabeth's case was reviewed.")).status_code == 302


# --- Bounded queries --------------------------------------------------------------------------


def test_escalation_pages_do_not_grow_with_the_data(client, facilitator, member, community):
    service = make_service(community, name="Leeds Housing Options")
    first = make_escalation(community, service=service, created_by=facilitator)

    def grow(n):
        for _ in range(n):
            barrier = make_barrier(make_case(community, member), service=service)
            make_escalation(community, service=service).barriers.add(barrier)
            first.barriers.add(barrier)

    pages = [url("escalation_list", community), url("escalation_detail", community, first.pk),
             url("escalation_edit", community, first.pk), url("escalation_create", community),
             url("barrier_report", community)]
    client.force_login(facilitator)
    grow(2)
    for page in pages:
        client.get(page)  # the barriers' counts into the cache
    small = [queries_for(client, page) for page in pages]
    grow(30)
    for page in pages:
        client.get(page)
    assert [queries_for(client, page) for page in pages] == small
    assert max(small) <= 8, small

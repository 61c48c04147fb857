"""A barrier names the service where it happened (one of its community's, never another's),
and the barriers report counts by service as well as by type, small counts suppressed."""

import random
import re
from html import unescape

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from casework import barrier_report, services
from casework.barrier_report import CountRow, suppress_breakdowns
from casework.models import Barrier

from .factories import make_barrier, make_case, make_service
from .helpers import exactly_recoverable, queries_for

pytestmark = pytest.mark.django_db
THRESHOLD = 5


def create_url(case):
    return reverse("casework:barrier_create", args=[case.community.slug, case.pk])


def report_url(community):
    return reverse("casework:barrier_report", args=[community.slug])


BARRIER_FORM = {"service_type": "housing", "category": "eligibility",
                "description": "Not in priority need.", "overcome": "unknown"}


def table_rows(html, caption):
    """The rows (cell texts) of the table with that caption."""
    table = next(t for t in re.findall(r"<table.*?</table>", html, re.S) if caption in t)
    return [[unescape(re.sub(r"<[^>]+>", "", c)).strip()
             for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)]
            for row in re.findall(r"<tr.*?</tr>", table, re.S)]


# --- The barrier form ----------------------------------------------------------------------


def test_the_form_offers_the_community_s_services_only(client, member, community,
                                                      other_community):
    shown = make_service(community, name="Leeds Housing Options")
    make_service(community, name="Closed Night Shelter", hidden_at=timezone.now())
    make_service(other_community, name="Bristol Housing Options")
    client.force_login(member)
    html = client.get(create_url(make_case(community, member))).text
    assert f'<option value="{shown.pk}">Leeds Housing Options (Leeds City Council)</option>' in html
    assert "Closed Night Shelter" not in html and "Bristol Housing Options" not in html
    assert "Not in the directory, or not known" in html  # the service is optional


def test_a_barrier_names_its_service_and_the_case_shows_it(client, member, community):
    service = make_service(community, name="Leeds Housing Options")
    case = make_case(community, member)
    client.force_login(member)
    response = client.post(create_url(case), {**BARRIER_FORM, "service": service.pk})
    assert response.status_code == 302
    assert Barrier.objects.get(case=case).service == service
    service_url = reverse("servicemap:service_detail", args=[community.slug, service.pk])
    assert (f'Housing · <a class="govuk-link" href="{service_url}">Leeds Housing Options</a>'
            in client.get(case.get_absolute_url()).text)
    # Optional: without one, the barrier is recorded all the same.
    assert client.post(create_url(case), BARRIER_FORM).status_code == 302
    assert list(Barrier.objects.filter(case=case).values_list("service", flat=True)
                .order_by("pk")) == [service.pk, None]


def test_another_community_s_service_is_refused(client, member, community, other_community):
    theirs = make_service(other_community, name="Bristol Housing Options")
    case = make_case(community, member)
    client.force_login(member)
    response = client.post(create_url(case), {**BARRIER_FORM, "service": theirs.pk})
    assert response.status_code == 200
    assert "Select a valid choice" in response.text
    assert not Barrier.objects.filter(case=case).exists()
    # The service refuses it too, whatever a caller passes.
    with pytest.raises(ValidationError, match="this community's directory"):
        services.barrier_create(actor=member, case=case, data={**BARRIER_FORM, "service": theirs})
    barrier = make_barrier(case, recorded_by=member)
    with pytest.raises(ValidationError):
        services.barrier_update(actor=member, barrier=barrier, data={"service": theirs})
    assert Barrier.objects.get(pk=barrier.pk).service is None


def test_editing_keeps_a_service_hidden_since(client, member, community):
    service = make_service(community, name="Old Drop-in")
    case = make_case(community, member)
    barrier = make_barrier(case, recorded_by=member, service=service)
    service.hidden_at = timezone.now()
    service.save()
    client.force_login(member)
    url = reverse("casework:barrier_edit", args=[community.slug, case.pk, barrier.pk])
    assert f'<option value="{service.pk}" selected>Old Drop-in' in client.get(url).text
    response = client.post(url, {**BARRIER_FORM, "service": service.pk, "overcome": "yes",
                                 "how_overcome": "A review of the decision."})
    assert response.status_code == 302
    assert Barrier.objects.get(pk=barrier.pk).service == service


# --- The report by service --------------------------------------------------------------------


def test_the_report_counts_by_service_with_small_counts_not_shown(client, member, community,
                                                                  other_community):
    options = make_service(community, name="Leeds Housing Options")
    crisis = make_service(community, name="Crisis Team")
    hostel = make_service(community, name="Direct Access Hostel")
    case = make_case(community, member, title="Refused everywhere")
    for _ in range(7):
        make_barrier(case, service=options)
    for _ in range(6):
        make_barrier(case, service=crisis)
    make_barrier(case, service=hostel)
    for _ in range(2):
        make_barrier(case)  # no service named
    make_barrier(make_case(community, member, status="draft"), service=hostel)  # a draft's
    make_barrier(make_case(other_community, member), service=make_service(other_community))
    client.force_login(member)
    html = client.get(report_url(community), {"by": "service"}).text
    rows = table_rows(html, "Barriers at each service")
    # Hostel 1 and none named 2 are under 5: hidden; together 3, still under 5, so the
    # smallest shown count (6) is hidden too. The total, 16, is shown.
    assert rows[1:] == [["Leeds Housing Options", "7"], ["Crisis Team", "not shown"],
                        ["Direct Access Hostel", "not shown"],
                        ["No service named", "not shown"], ["All barriers", "16"]]
    assert "counts of fewer than 5 barriers are not shown" in html
    # A shown count links to its cases; a hidden one does not link at all.
    assert f"?by=service&amp;service={options.pk}#cases" in html
    assert f"service={crisis.pk}#" not in html and "service=none" not in html
    # The chosen breakdown replaces the table by type of service; by category stays.
    assert "Barriers by type of service" not in html and "Barriers by category" in html
    assert 'id="by-service" name="by" type="radio" value="service" checked' in html
    default = client.get(report_url(community)).text
    assert "Barriers by type of service" in default and "Barriers at each service" not in default


def test_a_total_under_the_threshold_reads_fewer_than(client, member, community):
    make_barrier(make_case(community, member), service=make_service(community, name="Hub"))
    client.force_login(member)
    rows = table_rows(client.get(report_url(community), {"by": "service"}).text,
                      "Barriers at each service")
    assert rows[1:] == [["Hub", "not shown"], ["All barriers", "fewer than 5"]]


def test_the_cases_behind_a_service(client, member, community, other_community):
    options = make_service(community, name="Leeds Housing Options")
    there = make_case(community, member, title="Turned away at options")
    elsewhere = make_case(community, member, title="Bounced by the crisis team")
    make_barrier(there, service=options, description="Told to come back tomorrow.")
    make_barrier(elsewhere, description="No service named here.")
    client.force_login(member)
    html = client.get(report_url(community), {"service": options.pk}).text
    assert "Service: Leeds Housing Options" in html and "1 case." in html
    assert "Turned away at options" in html and "Bounced by the crisis team" not in html
    html = client.get(report_url(community), {"service": "none"}).text
    assert "Service: none named" in html
    assert "Bounced by the crisis team" in html and "Turned away at options" not in html
    # Another community's service finds nothing here, and says so without its name.
    theirs = make_service(other_community, name="Bristol Housing Options")
    html = client.get(report_url(community), {"service": theirs.pk}).text
    assert "Bristol Housing Options" not in html and "0 cases." in html


@pytest.mark.parametrize("value", ["<script>", "-1", "1.5", "9" * 30, "None"])
def test_a_service_filter_that_is_not_an_id_is_ignored(client, member, community, value):
    make_barrier(make_case(community, member, title="Refused at options"))
    client.force_login(member)
    response = client.get(report_url(community), {"service": value})
    assert response.status_code == 200 and "Cases behind this count" not in response.text


def test_the_report_by_service_does_not_grow_with_the_data(client, member, community):
    def grow(n):
        for i in range(n):
            service = make_service(community, name=f"Service {i} {random.random()}")
            case = make_case(community, member)
            for _ in range(3):
                make_barrier(case, service=service)

    client.force_login(member)
    grow(2)
    small = queries_for(client, report_url(community), {"by": "service"})
    grow(20)
    assert queries_for(client, report_url(community), {"by": "service"}) == small
    # The signed-in person and their membership, the barriers' version, the counts by
    # service, the latest escalations, and the rest of the counts (not cached yet: 3).
    assert small <= 9


# --- Suppression of breakdowns ------------------------------------------------------------------


def rows_of(counts):
    return [CountRow(str(i), f"row {i}", n) for i, n in enumerate(counts)]


@pytest.mark.parametrize("seed", range(40))
def test_breakdowns_of_one_total_hide_small_counts_unrecoverably(seed):
    rng = random.Random(seed)
    total = rng.randint(0, 40)
    breakdowns = []
    for _ in range(rng.randint(1, 3)):
        cuts = sorted(rng.randint(0, total) for _ in range(rng.randint(0, 5)))
        parts = [b - a for a, b in zip([0, *cuts], [*cuts, total], strict=True)]
        breakdowns.append(rows_of(parts))
    shown, total_cell = suppress_breakdowns(breakdowns, total, THRESHOLD)
    # The total is hidden exactly when it is under the threshold ("fewer than" it).
    assert total_cell.suppressed == (total < THRESHOLD)
    values, lines, hidden = {}, [], set()
    for b, rows in enumerate(shown):
        for i, row in enumerate(rows):
            values[(b, i)] = breakdowns[b][i].count
            if row.cell.suppressed:
                hidden.add((b, i))
            else:
                assert row.cell.value == breakdowns[b][i].count
            assert row.cell.suppressed or row.cell.value >= THRESHOLD
        lines.append(([(b, i) for i in range(len(rows))], "total"))
    values["total"] = total
    if total_cell.suppressed:
        hidden.add("total")
    for parts, _ in lines:
        hidden_parts = [p for p in parts if p in hidden]
        assert len(hidden_parts) != 1 or "total" in hidden  # never one alone on its line
        if "total" not in hidden and hidden_parts:
            assert sum(values[p] for p in hidden_parts) >= THRESHOLD
    assert exactly_recoverable(values, lines, hidden) == []


def test_breakdowns_must_add_up_to_the_total():
    with pytest.raises(ValueError):
        suppress_breakdowns([rows_of([3, 4])], 8, THRESHOLD)


def test_counting_names_services_and_leaves_out_empty_rows(community, member):
    options = make_service(community, name="Options")
    case = make_case(community, member)
    make_barrier(case, service=options, category="exclusion")
    make_barrier(case, service=options)
    make_barrier(case, service_type="hospital")
    counts = barrier_report.count_barriers(Barrier.objects.filter(case__community=community))
    assert counts.total == 3
    assert [(r.label, r.count) for r in counts.by_service] == [("Options", 2),
                                                              ("No service named", 1)]
    assert [(r.value, r.count) for r in counts.by_category] == [("eligibility", 2),
                                                               ("exclusion", 1)]
    assert [(r.value, r.count) for r in counts.by_service_type] == [("housing", 2),
                                                                   ("hospital", 1)]


def test_a_value_that_is_no_longer_a_choice_is_left_out_of_every_breakdown(community, member):
    case = make_case(community, member)
    make_barrier(case)
    make_barrier(case, category="retired_category")
    counts = barrier_report.count_barriers(Barrier.objects.filter(case__community=community))
    assert counts.total == 1
    assert [r.count for r in counts.by_service] == [1]
    suppress_breakdowns([counts.by_category, counts.by_service_type, counts.by_service],
                        counts.total, THRESHOLD)  # all add up to the same total

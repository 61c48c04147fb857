"""The system barriers pages: a community's own report (members, with the cases behind
each count) and the cross-community counts (evaluators and site admins, suppressed)."""

import random
import re
from datetime import UTC, datetime, timedelta
from html import unescape

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from casework import barrier_report
from casework.barrier_report import community_summary, suppress_tables
from casework.models import Barrier, BarrierCategory, CaseStudy, ServiceType
from cop import suppression
from cop.suppression import suppress
from members.models import Role

from .factories import join, make_community
from .helpers import exactly_recoverable, queries_for

THRESHOLD = 5


# --- Test data, straight through the ORM ----------------------------------------------


def case(community, title="A stuck case", status="published", author=None, **fields):
    published = timezone.now() if status != "draft" else None
    return CaseStudy.objects.create(
        community=community, author=author, pseudonym="Elizabeth", title=title,
        presenting_situation="Discharged from hospital with nowhere to go.",
        status=status, published_at=fields.pop("published_at", published), **fields)


def barrier(on_case, category="eligibility", service_type="housing", overcome="unknown",
            description="Not found in priority need", **fields):
    return Barrier.objects.create(case=on_case, category=category, service_type=service_type,
                                  overcome=overcome, description=description, **fields)


def barriers(on_case, n, **fields):
    return [barrier(on_case, **fields) for _ in range(n)]


def report_url(community):
    return reverse("casework:barrier_report", args=[community.slug])


ALL_URL = "/barriers/"


def tables(html):
    """Every table of a page as rows of cell texts (header cells included)."""
    found = []
    for table in re.findall(r"<table.*?</table>", html, re.S):
        rows = []
        for row in re.findall(r"<tr.*?</tr>", table, re.S):
            cells = re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)
            rows.append([unescape(re.sub(r"<[^>]+>", "", c)).strip() for c in cells])
        found.append(rows)
    return found


# --- Who may see what --------------------------------------------------------------------


def test_the_threshold_is_five():
    assert settings.BARRIER_SUPPRESSION_THRESHOLD == THRESHOLD == 5


def test_urls():
    assert ALL_URL == reverse("casework:barrier_report_all")
    assert reverse("casework:barrier_report", args=["leeds"]) == "/c/leeds/barriers/"


def test_anonymous_is_sent_to_login(client, community):
    login = reverse("account_login")
    for url in (report_url(community), ALL_URL):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(login)


@pytest.mark.parametrize("viewer", ["outsider", "former_member", "evaluator", "site_admin"])
def test_people_without_membership_get_404_on_the_community_page(client, request, community,
                                                                  viewer):
    barrier(case(community))
    client.force_login(request.getfixturevalue(viewer))
    assert client.get(report_url(community)).status_code == 404
    assert client.get(report_url(community), {"category": "eligibility"}).status_code == 404


@pytest.mark.parametrize("viewer", ["member", "facilitator"])
def test_members_and_facilitators_see_the_community_page(client, request, community, viewer):
    client.force_login(request.getfixturevalue(viewer))
    response = client.get(report_url(community))
    assert response.status_code == 200
    assert "System barriers" in response.text


def test_a_missing_community_is_a_404(client, member):
    client.force_login(member)
    assert client.get("/c/no-such-community/barriers/").status_code == 404


@pytest.mark.parametrize("viewer,status", [
    ("member", 403), ("facilitator", 403), ("outsider", 403), ("former_member", 403),
    ("evaluator", 200), ("site_admin", 200),
])
def test_cross_community_page_is_for_evaluators_and_admins(client, request, community, viewer,
                                                           status):
    client.force_login(request.getfixturevalue(viewer))
    assert client.get(ALL_URL).status_code == status


def test_an_evaluator_who_is_also_a_member_sees_both_pages(client, community, evaluator):
    join(evaluator, community, Role.MEMBER)
    client.force_login(evaluator)
    assert client.get(report_url(community)).status_code == 200
    assert client.get(ALL_URL).status_code == 200


# --- The community page ------------------------------------------------------------------


def test_counts_by_category_service_and_overcome(community, other_community):
    first, second = case(community, "First"), case(community, "Second")
    barriers(first, 3, category="eligibility", service_type="housing", overcome="yes")
    barriers(second, 2, category="waiting_time", service_type="mental_health", overcome="partly")
    barrier(second, category="eligibility", service_type="mental_health", overcome="no")
    barriers(case(other_community), 7, category="exclusion")  # another community's
    summary = community_summary(community)
    assert summary.total == 6
    assert summary.case_count == 2
    categories = {r.value: r.count for r in summary.by_category}
    assert categories == {"eligibility": 4, "waiting_time": 2, "exclusion": 0,
                          "no_provision": 0, "local_connection": 0, "id_digital": 0,
                          "non_engagement": 0, "other": 0}
    assert summary.by_category[0].value == "eligibility"  # most frequent first
    services = {r.value: r.count for r in summary.by_service_type if r.count}
    assert services == {"housing": 3, "mental_health": 3}
    assert [(r.value, r.count) for r in summary.by_overcome] == [
        ("yes", 3), ("partly", 2), ("no", 1), ("unknown", 0)]


def test_drafts_are_never_counted(client, member, community):
    shown = case(community, "Published case")
    closed = case(community, "Closed case", status="closed")
    archived = case(community, "Archived case", status="archived")
    own_draft = case(community, "My own draft", status="draft", author=member)
    other_draft = case(community, "Someone's draft", status="draft")
    for c in (shown, closed, archived):
        barrier(c, description=f"Barrier on {c.title}")
    for c in (own_draft, other_draft):
        barriers(c, 4, description=f"Barrier on {c.title}")
    assert community_summary(community).total == 3
    client.force_login(member)
    page = client.get(report_url(community), {"category": "eligibility"}).text
    assert "3 barriers recorded on 3 cases" in page
    for title in ("Published case", "Closed case", "Archived case"):
        assert f"Barrier on {title}" in page
    for title in ("My own draft", "Someone's draft"):
        assert f"Barrier on {title}" not in page and title not in page


def test_quarters_are_calendar_quarters_in_london_over_the_last_eight(community):
    c = case(community)
    london = barrier_report.LONDON
    # 00:30 on 1 April in London is still 31 March in UTC.
    barrier(c, created_at=datetime(2025, 3, 31, 23, 30, tzinfo=UTC))
    # 23:30 on New Year's Eve is the same in London (GMT) and UTC.
    barrier(c, created_at=datetime(2024, 12, 31, 23, 30, tzinfo=UTC))
    barriers(c, 2, created_at=datetime(2026, 5, 2, 9, 0, tzinfo=london))
    barrier(c, created_at=datetime(2024, 6, 30, 12, 0, tzinfo=london))  # nine quarters ago
    summary = community_summary(community, now=datetime(2026, 6, 30, 22, 0, tzinfo=london))
    quarters = [(r.label, r.count) for r in summary.by_quarter]
    assert quarters == [
        ("July to September 2024", 0), ("October to December 2024", 1),
        ("January to March 2025", 0), ("April to June 2025", 1),
        ("July to September 2025", 0), ("October to December 2025", 0),
        ("January to March 2026", 0), ("April to June 2026", 2),
    ]
    assert summary.total == 5  # the old one still counts in the totals


def test_the_page_shows_tables_and_an_accessible_chart(client, member, community):
    c = case(community)
    barriers(c, 3, category="local_connection", service_type="benefits", overcome="no")
    client.force_login(member)
    html = client.get(report_url(community)).text
    svg = re.search(r'<svg class="cop-chart[^>]*>', html).group(0)  # not the header's logo
    assert 'role="img"' in svg
    label = unescape(re.search(r'aria-label="([^"]+)"', svg).group(1))
    assert "barriers recorded per quarter" in label
    quarter = barrier_report.QuarterRow(barrier_report.quarter_start(timezone.localdate()), 3)
    assert f"{quarter.label}: 3." in label
    assert html.count("<rect") == 1
    found = tables(html)
    captions = re.findall(r"<caption[^>]*>(.*?)</caption>", html)
    assert len(found) == len(captions) == 4
    rows = {r[0]: r[1] for t in found for r in t[1:]}
    assert rows["Local connection rule"] == "3"
    assert rows["Benefits"] == "3"
    assert rows["No"] == "3"
    assert 'scope="col"' in html and 'scope="row"' in html
    # Strict CSP: no inline styles or scripts.
    assert 'style="' not in html and "<style" not in html
    assert not re.search(r"<script(?![^>]*\ssrc=)", html)


def test_every_count_links_to_the_cases_behind_it(client, member, community):
    c = case(community)
    barriers(c, 2, category="id_digital", service_type="primary_care", overcome="partly")
    client.force_login(member)
    html = client.get(report_url(community)).text
    base = report_url(community)
    for query in ("category=id_digital", "service_type=primary_care", "overcome=partly"):
        assert f'href="{base}?{query}#cases"' in html
    assert f'href="{base}?category=eligibility' not in html  # a zero links nowhere


def test_members_see_the_cases_behind_a_count(client, member, community, other_community):
    housing = case(community, "Refused at housing options")
    barrier(housing, category="eligibility", description="Not in priority need")
    barrier(housing, category="waiting_time", description="Six weeks for an assessment")
    mental = case(community, "Bounced between teams")
    barrier(mental, category="eligibility", service_type="mental_health",
            description="Too well for the crisis team")
    no_match = case(community, "Nothing about eligibility")
    barrier(no_match, category="exclusion", description="Barred after an incident")
    barrier(case(community, "A draft about eligibility", status="draft"),
            description="Draft barrier text")
    barrier(case(other_community, "Elsewhere"), description="Another community's barrier")

    client.force_login(member)
    response = client.get(report_url(community), {"category": "eligibility"})
    html = response.text
    assert response.status_code == 200
    assert "Cases behind this count" in html
    assert "2 cases" in html
    for c in (housing, mental):
        assert f'href="{c.get_absolute_url()}"' in html
        assert c.title in html
    assert "Not in priority need" in html and "Too well for the crisis team" in html
    for absent in ("Six weeks for an assessment", "Nothing about eligibility",
                   "Barred after an incident", "Draft barrier text", "A draft about",
                   "Elsewhere", "Another community"):
        assert absent not in html

    html = client.get(report_url(community), {"service_type": "mental_health"}).text
    assert "Bounced between teams" in html and "Refused at housing options" not in html

    html = client.get(report_url(community),
                      {"category": "eligibility", "service_type": "housing"}).text
    assert "1 case." in html and "Refused at housing options" in html


@pytest.mark.parametrize("params", [
    {"category": "not-a-category"}, {"service_type": "<script>"}, {"overcome": "maybe"},
    {"category": ""}, {"page": "9"},
])
def test_filters_that_are_not_valid_choices_are_ignored(client, member, community, params):
    barrier(case(community, "Refused at housing options"))
    client.force_login(member)
    response = client.get(report_url(community), params)
    assert response.status_code == 200
    assert "Cases behind this count" not in response.text
    assert "Refused at housing options" not in response.text


def test_an_empty_community(client, member, community):
    client.force_login(member)
    html = client.get(report_url(community)).text
    assert "No barriers have been recorded" in html


# --- The cross-community page ------------------------------------------------------------


def page_tables(client, viewer):
    client.force_login(viewer)
    response = client.get(ALL_URL)
    assert response.status_code == 200
    return response.text, tables(response.text)


def numbers(row):
    return [int(c) if c.isdigit() else None for c in row]


def every_kind(on_case, each=5):
    """`each` barriers of every category and of every service type (nine groups)."""
    categories, services = list(BarrierCategory.values), list(ServiceType.values)
    Barrier.objects.bulk_create(
        Barrier(case=on_case, category=categories[k % len(categories)], service_type=service,
                description="Refused", overcome="unknown")
        for k, service in enumerate(services) for _ in range(each))


def test_cross_community_counts_only(client, evaluator, community, other_community):
    secret = case(community, "Refused at housing options")
    every_kind(secret)  # 5 of each category (10 eligibility), 5 of each service: 45
    barriers(secret, 7, category="exclusion", service_type="housing",
             description="Not in priority need")
    elsewhere = case(other_community, "Bounced between teams")
    every_kind(elsewhere, each=6)  # 54
    barriers(elsewhere, 2, description="Too well for the crisis team")
    html, (by_category, by_service) = page_tables(client, evaluator)
    for absent in ("Refused at housing options", "Not in priority need", "Bounced between",
                   "Too well for the crisis team", "/cases/"):
        assert absent not in html
    header = by_category[0]
    assert header[0] == "Community" and header[-1] == "Total"
    assert header[1] == BarrierCategory.ELIGIBILITY.label
    rows = {r[0]: r[1:] for r in by_category[1:]}
    assert rows["Leeds Test Community"] == ["10", "12", "5", "5", "5", "5", "5", "5", "52"]
    assert rows["Bristol Test Community"] == ["14", "6", "6", "6", "6", "6", "6", "6", "56"]
    assert rows["All communities"] == ["24", "18", "11", "11", "11", "11", "11", "11", "108"]
    services = {r[0]: r[1:] for r in by_service[1:]}
    assert services["Leeds Test Community"][0] == "12"  # housing
    assert services["Bristol Test Community"][0] == "8"
    assert services["All communities"][-1] == "108"


def test_a_zero_is_never_shown_across_communities(client, evaluator, community):
    barriers(case(community), 12)
    _, (by_category, _) = page_tables(client, evaluator)
    rows = {r[0]: r[1:] for r in by_category[1:]}
    assert "0" not in rows["Leeds Test Community"]
    # Beside seven hidden zeros the 12 would give them away, so it is hidden too.
    assert rows["Leeds Test Community"][:-1] == ["not shown"] * 8
    assert rows["Leeds Test Community"][-1] == "12"


def test_drafts_are_not_counted_across_communities(client, evaluator, community):
    every_kind(case(community))
    barriers(case(community, status="draft"), 7)
    _, (by_category, _) = page_tables(client, evaluator)
    rows = {r[0]: r[1:] for r in by_category[1:]}
    assert rows["Leeds Test Community"][0] == "10"
    assert rows["All communities"][-1] == "45"


def test_a_small_count_is_never_shown_and_cannot_be_worked_out(client, site_admin, community,
                                                               other_community):
    leeds = case(community)
    barriers(leeds, 10, category="eligibility", service_type="housing")
    barriers(leeds, 3, category="exclusion", service_type="housing")  # the small count
    barriers(leeds, 8, category="waiting_time", service_type="mental_health")
    bristol = case(other_community)
    barriers(bristol, 20, category="eligibility", service_type="housing")
    barriers(bristol, 6, category="exclusion", service_type="housing")
    barriers(bristol, 7, category="waiting_time", service_type="mental_health")
    third = make_community(name="Cardiff Test Community", slug="cardiff-test")
    for category in ("eligibility", "exclusion", "waiting_time"):
        barriers(case(third), 9, category=category, service_type="hospital")

    html, found = page_tables(client, site_admin)
    assert "fewer than 5" in html and "not shown" in html
    for table in found:
        body = [numbers(r[1:]) for r in table[1:]]
        for row in body:
            assert all(v is None or v >= THRESHOLD for v in row), row
        # No line (row or column, with its total) has exactly one hidden number,
        # so none can be found by subtracting from a total.
        lines = body + [list(col) for col in zip(*body, strict=True)]
        for line in lines:
            assert sum(v is None for v in line) != 1, line
    rows = {r[0]: r[1:] for r in found[0][1:]}
    assert rows["Leeds Test Community"][1] == "not shown"  # the 3
    assert "3" not in [c for table in found for r in table for c in r]


def test_cross_community_page_with_no_communities(client, evaluator):
    html, found = page_tables(client, evaluator)
    assert "There are no communities yet." in html


# --- The suppression function ------------------------------------------------------------


def hidden_cells(table):
    return [[c.suppressed for c in row.cells] for row in table.rows]


def test_counts_under_the_threshold_are_hidden_even_zero():
    hidden = suppress({"zero": 0, "four": 4, "five": 5}, [], THRESHOLD)
    assert hidden == {"zero", "four"}
    # In a table the 0 and the 4 take their row partners (7, 9) with them.
    (table,) = suppress_tables(["A", "B"], [(["x", "y"], [[0, 7], [4, 9]])], THRESHOLD)
    assert hidden_cells(table) == [[True, True], [True, True]]
    assert table.column_totals[0].suppressed  # 0 + 4
    (table,) = suppress_tables(["A", "B"], [(["x", "y"], [[5, 7], [6, 9]])], THRESHOLD)
    assert hidden_cells(table) == [[False, False], [False, False]]
    assert table.total.value == 27


def test_one_hidden_cell_in_a_row_hides_the_next_smallest():
    cells = [[3, 40, 20, 30], [30, 30, 30, 30], [30, 30, 30, 30]]
    hidden = suppress({("c", i, j): v for i, r in enumerate(cells) for j, v in enumerate(r)}
                      | {("r", i): sum(r) for i, r in enumerate(cells)},
                      [([("c", i, j) for j in range(4)], ("r", i)) for i in range(3)],
                      THRESHOLD)
    assert hidden == {("c", 0, 0), ("c", 0, 2)}  # the 3, then the 20 beside it


def test_a_rectangle_of_hidden_cells_keeps_every_total():
    cells = [[3, 40, 20], [30, 40, 30], [30, 40, 30]]
    (table,) = suppress_tables(list("ABC"), [(list("xyz"), cells)], THRESHOLD)
    # The 3 needs a partner in its row (the 20) and in its column (a 30); those two need
    # partners in turn, and one cell (B's z, a 30) mends both.
    assert hidden_cells(table) == [[True, False, True], [True, False, True],
                                   [False, False, False]]
    assert [r.total.value for r in table.rows] == [63, 100, 100]
    assert [c.value for c in table.column_totals] == [63, 120, 80]
    assert table.total.value == 263


def test_hidden_zeros_beside_a_shown_total_are_not_left_as_zeros():
    """A row of [12, 0, 0] with its total 12 shown would give the zeros away."""
    cells = [[12, 0, 0], [30, 30, 30], [20, 9, 11]]
    (table,) = suppress_tables(list("ABC"), [(list("xyz"), cells)], THRESHOLD)
    assert hidden_cells(table)[0] == [True, True, True]
    assert table.rows[0].total.value == 12


def test_a_community_total_hidden_in_one_table_is_hidden_in_the_other():
    by_category = [[2, 1], [20, 30]]
    by_service = [[3, 0], [25, 25]]
    a, b = suppress_tables(["A", "B"], [(["x", "y"], by_category), (["p", "q"], by_service)],
                           THRESHOLD)
    assert a.rows[0].total.suppressed and b.rows[0].total.suppressed
    assert a.total.suppressed == b.total.suppressed


def test_tables_that_share_rows_must_agree():
    with pytest.raises(ValueError):
        suppress_tables(["A"], [(["x"], [[5]]), (["p"], [[6]])], THRESHOLD)


def test_a_count_cannot_be_found_by_combining_rows_and_columns():
    """Two blocks of hidden cells joined by one hidden cell: every row and column has two
    or more hidden numbers, yet rows A and B minus columns w and x give away the joining
    cell. The audit hides more."""
    cells = [[6, 6, 3, 30], [6, 6, 30, 30], [30, 30, 6, 6], [30, 30, 6, 6]]
    values = {("c", i, j): v for i, r in enumerate(cells) for j, v in enumerate(r)}
    lines = [([("c", i, j) for j in range(4)], ("r", i)) for i in range(4)]
    lines += [([("c", i, j) for i in range(4)], ("k", j)) for j in range(4)]
    for i, r in enumerate(cells):
        values[("r", i)] = sum(r)
    for j in range(4):
        values[("k", j)] = sum(r[j] for r in cells)
    blocks = {("c", i, j) for i in (0, 1) for j in (0, 1)} | {
        ("c", i, j) for i in (2, 3) for j in (2, 3)}
    order = {k: n for n, k in enumerate(values)}
    bridge = ("c", 0, 2)
    assert suppression._recoverable(blocks | {bridge}, lines, order) == [bridge]
    # With everything under 5 raised, the function starts from just the bridge (3) and
    # must end with nothing recoverable.
    hidden = suppress(values, lines, THRESHOLD)
    assert bridge in hidden
    assert not suppression._recoverable(hidden, lines, order)
    assert not exactly_recoverable(values, lines, hidden)


@pytest.mark.parametrize("seed", range(40))
def test_suppression_holds_on_random_tables(seed):
    """Random tables of communities × categories and × services, like real ones."""
    rng = random.Random(seed)
    n_rows = rng.randint(1, 6)
    by_category, by_service = [], []
    for _ in range(n_rows):
        drawn = [(rng.randrange(4), rng.randrange(3))
                 for _ in range(rng.choice([0, 3, 8, 20, 40]))]
        by_category.append([sum(c == j for c, _ in drawn) for j in range(4)])
        by_service.append([sum(s == j for _, s in drawn) for j in range(3)])
    names = [f"C{i}" for i in range(n_rows)]
    a, b = suppress_tables(names, [(list("wxyz"), by_category), (list("pqr"), by_service)],
                           THRESHOLD)

    # Rebuild what was published, as an outsider would see it.
    values, lines, hidden = {}, [], set()

    def put(key, cell, value):
        values[key] = value
        if cell.suppressed:
            hidden.add(key)
        else:
            assert cell.value == value and value >= THRESHOLD

    for t, (table, cells) in enumerate(((a, by_category), (b, by_service))):
        for i, row in enumerate(table.rows):
            put(("row", i), row.total, sum(cells[i]))
            for j, cell in enumerate(row.cells):
                put((t, i, j), cell, cells[i][j])
            lines.append(([(t, i, j) for j in range(len(row.cells))], ("row", i)))
        for j, cell in enumerate(table.column_totals):
            put((t, "col", j), cell, sum(r[j] for r in cells))
            lines.append(([(t, i, j) for i in range(n_rows)], (t, "col", j)))
        put("all", table.total, sum(map(sum, cells)))
        lines.append(([(t, "col", j) for j in range(len(table.column_totals))], "all"))
    lines.append(([("row", i) for i in range(n_rows)], "all"))

    for parts, total in lines:
        in_line = [k for k in (*parts, total) if k in hidden]
        assert len(in_line) != 1
        if in_line and total not in hidden:
            assert sum(values[k] for k in parts if k in hidden) >= THRESHOLD
    assert not exactly_recoverable(values, lines, hidden)


# --- A bounded number of queries ---------------------------------------------------------


def grow(community, other_community, n):
    """`n` cases per community with barriers of every kind, and a draft."""
    categories = ["eligibility", "exclusion", "waiting_time", "local_connection"]
    services = ["housing", "mental_health", "benefits"]
    for c in (community, other_community):
        for k in range(n):
            on = case(c, f"Case {k}")
            for m in range(3):
                barrier(on, category=categories[(k + m) % 4], service_type=services[m],
                        overcome=["yes", "no", "partly", "unknown"][k % 4],
                        created_at=timezone.now() - timedelta(days=40 * k + m))
        barriers(case(c, status="draft"), 2)
    make_community()


@pytest.mark.parametrize("params", [None, {"category": "eligibility"},
                                    {"service_type": "housing", "page": "2"}])
def test_community_page_queries_do_not_grow(client, member, community, other_community,
                                            params):
    client.force_login(member)
    grow(community, other_community, 3)
    small = queries_for(client, report_url(community), params)
    grow(community, other_community, 30)
    large = queries_for(client, report_url(community), params)
    assert small == large
    assert large <= 14


def test_cross_community_page_queries_do_not_grow(client, evaluator, community,
                                                  other_community):
    client.force_login(evaluator)
    grow(community, other_community, 3)
    small = queries_for(client, ALL_URL)
    grow(community, other_community, 30)
    large = queries_for(client, ALL_URL)
    assert small == large
    assert large <= 10

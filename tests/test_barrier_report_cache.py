"""A community's system barriers report keeps its rendered counts in the cache, under the
community's BarrierReportVersion, which PostgreSQL raises on every write that changes what
the report counts (casework migration 0011): a repeat visit counts nothing, yet every such
change, through the services or straight to the database, shows in the very next one."""

import re
from datetime import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from casework import barrier_report
from casework.models import Barrier, BarrierReportVersion, CaseStudy

from .factories import join, make_community
from .test_barrier_report import barrier, barriers, case, report_url

pytestmark = pytest.mark.django_db


def get(client, community):
    """The page's <main>, and the SQL it ran."""
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(report_url(community))
    assert response.status_code == 200
    html = response.text
    return html[html.index("<main"):html.index("</main>")], [q["sql"] for q in ctx]


def headline(html) -> str:
    found = re.search(r"(\d+) barriers? recorded on (\d+) cases?", html)
    return found.group(0) if found else "none"


def version(community) -> int:
    return (BarrierReportVersion.objects.filter(community_id=community.pk)
            .values_list("version", flat=True).first()) or 0


def test_a_repeat_visit_counts_nothing(client, member, community):
    barriers(case(community), 3)
    client.force_login(member)
    first, computed = get(client, community)
    second, cached = get(client, community)
    assert second == first and headline(second) == "3 barriers recorded on 1 case"
    assert any("casework_barrier" in sql for sql in computed)
    assert not any("casework_barrier" in sql and "barrierreportversion" not in sql
                   for sql in cached), cached
    assert len(cached) < len(computed)


def add_one(community, other):
    barrier(CaseStudy.objects.filter(community=community).first(), category="waiting_time")
    return "4 barriers recorded on 2 cases"


def add_many_at_once(community, other):
    c = CaseStudy.objects.filter(community=community).first()
    Barrier.objects.bulk_create(Barrier(case=c, category="exclusion", service_type="hospital",
                                        description="Barred") for _ in range(3))
    return "6 barriers recorded on 2 cases"


def recategorise_quietly(community, other):
    Barrier.objects.filter(case__community=community).update(category="local_connection")
    return "?category=local_connection#cases"  # a count above zero links to its cases


def remove_one(community, other):
    Barrier.objects.filter(case__community=community).first().delete()
    return "2 barriers recorded on"


def return_a_case_to_draft(community, other):
    CaseStudy.objects.filter(title="Two barriers").update(status="draft")
    return "1 barrier recorded on 1 case"


def publish_a_draft(community, other):
    CaseStudy.objects.filter(title="A draft").update(status="published")
    return "5 barriers recorded on 3 cases"


def move_a_case_away(community, other):
    CaseStudy.objects.filter(title="Two barriers").update(community=other)
    return "1 barrier recorded on 1 case"


@pytest.mark.parametrize("change", [add_one, add_many_at_once, recategorise_quietly,
                                    remove_one, return_a_case_to_draft, publish_a_draft,
                                    move_a_case_away])
def test_a_change_shows_at_once(client, member, community, other_community, change):
    barriers(case(community, "Two barriers"), 2)
    barrier(case(community, "One barrier"))
    barriers(case(community, "A draft", status="draft"), 2)
    client.force_login(member)
    before, _ = get(client, community)
    assert headline(before) == "3 barriers recorded on 2 cases"
    assert get(client, community)[0] == before  # now from the cache
    shows = change(community, other_community)
    after, _ = get(client, community)
    assert shows in after and shows not in before


def test_the_version_counts_statements_and_only_the_communities_written(community,
                                                                        other_community):
    mine, theirs = case(community), case(other_community)
    start, elsewhere = version(community), version(other_community)
    Barrier.objects.bulk_create(Barrier(case=mine, category="eligibility",
                                        service_type="housing", description="Refused")
                                for _ in range(50))
    assert version(community) == start + 1  # one statement, one step
    assert version(other_community) == elsewhere
    # Writes to a case that leave its status and community alone change nothing.
    CaseStudy.objects.filter(pk=mine.pk).update(title="Renamed", comment_count=3)
    assert version(community) == start + 1
    # A case without barriers may change status freely.
    CaseStudy.objects.filter(pk=theirs.pk).update(status="closed")
    assert version(other_community) == elsewhere
    CaseStudy.objects.filter(pk=mine.pk).update(status="closed")
    assert version(community) == start + 2


def test_the_key_moves_on_with_the_quarter(community):
    london = barrier_report.LONDON
    june = barrier_report.summary_key(community, now=datetime(2026, 6, 30, 23, 0,
                                                              tzinfo=london))
    july = barrier_report.summary_key(community, now=datetime(2026, 7, 1, 0, 30,
                                                              tzinfo=london))
    assert june != july


def test_a_renamed_community_gets_its_own_links(client, member, community):
    barriers(case(community), 2)
    client.force_login(member)
    get(client, community)
    type(community).objects.filter(pk=community.pk).update(slug="leeds-renamed")
    community.refresh_from_db()
    html, _ = get(client, community)
    assert 'href="/c/leeds-renamed/barriers/?category=eligibility#cases"' in html


def test_another_community_is_never_shown_these_counts(client, member, community):
    barriers(case(community), 4)
    elsewhere = make_community(name="York Test Community", slug="york-cache")
    barrier(case(elsewhere))
    join(member, elsewhere)
    client.force_login(member)
    assert headline(get(client, community)[0]) == "4 barriers recorded on 1 case"
    assert headline(get(client, elsewhere)[0]) == "1 barrier recorded on 1 case"

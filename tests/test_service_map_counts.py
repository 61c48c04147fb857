"""Evaluators see the service map as counts only (issue 18): services, confirmations,
questions asked and answered, on a study's page (servicemap.selectors.service_map_counts)."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from servicemap.models import Answer, ServiceRevision
from servicemap.selectors import ServiceMapCounts, service_map_counts

from .factories import (
    make_community,
    make_member,
    make_members,
    make_question,
    make_service,
    make_study,
)
from .helpers import queries_for

pytestmark = pytest.mark.django_db

# The study page's queries: the evaluator and their second factor, the study, its
# communities, its surveys with their counts, the service map's counts (one), and the
# recommendations from meetings in numbers (one: meetings.selectors.recommendation_counts).
STUDY_PAGE_BUDGET = 7


def fill(community, *, services, questions, answered, confirmations, since):
    """A community's map: `services` entries (and one hidden), questions and confirmations
    since `since`, and one of each from before it."""
    asker, answerer = make_members(community, 2)
    entries = [make_service(community, name=f"Entry {i} of {community.slug}")
               for i in range(services)]
    make_service(community, hidden_at=timezone.now(), hidden_reason="Closed")
    before = since - timedelta(days=1)
    ServiceRevision.objects.bulk_create(
        [ServiceRevision(service=entries[i % services], kind=ServiceRevision.Kind.CONFIRMED)
         for i in range(confirmations)]
        + [ServiceRevision(service=entries[0], kind=ServiceRevision.Kind.CONFIRMED,
                           created_at=before),
           ServiceRevision(service=entries[0], kind=ServiceRevision.Kind.EDITED)])
    asked = [make_question(entries[i % services], asker, to=[answerer]) for i in range(questions)]
    old = make_question(entries[0], asker, to=[answerer], created_at=before)
    Answer.objects.bulk_create(
        [Answer(question=q, author=answerer, body="Ask for the duty senior.")
         for q in asked[:answered] for _ in range(2)]
        + [Answer(question=old, author=answerer, body="Old news.")])


def test_the_counts_of_each_community_in_one_query(django_assert_num_queries):
    since = timezone.now() - timedelta(days=30)
    leeds, york, empty = (make_community() for _ in range(3))
    fill(leeds, services=4, questions=3, answered=2, confirmations=5, since=since)
    fill(york, services=1, questions=0, answered=0, confirmations=0, since=since)
    with django_assert_num_queries(1):
        counts = service_map_counts([leeds.pk, york.pk, empty.pk], since=since)
    assert counts == {
        leeds.pk: ServiceMapCounts(services=4, confirmations=5, questions_asked=3,
                                   questions_answered=2),
        york.pk: ServiceMapCounts(services=1, confirmations=0, questions_asked=0,
                                  questions_answered=0),
        empty.pk: ServiceMapCounts(0, 0, 0, 0),
    }
    assert service_map_counts([], since=since) == {}


def test_the_study_page_shows_the_counts_and_no_text_of_the_map(client, evaluator, community):
    study = make_study(community)
    service = make_service(community, name="Zebra Lane Outreach",
                           what_works="Ring Priya on the front desk first.",
                           how_to_refer="Duty line 01632 960123")
    asker = make_member(community, display_name="Ottoline Asker")
    answerer = make_member(community, display_name="Barnaby Answerer")
    question = make_question(service, asker, to=[answerer],
                             body="Would the quokka project take a couple?")
    Answer.objects.create(question=question, author=answerer, body="Yes, via the wombat desk.")
    ServiceRevision.objects.create(service=service, editor=answerer,
                                   kind=ServiceRevision.Kind.CONFIRMED, reason="Bramble rang them")
    client.force_login(evaluator)
    response = client.get(reverse("evaluation:study_detail", args=[study.pk]))
    page = response.content.decode()
    [(shown_community, counts)] = response.context["service_maps"]
    assert shown_community == community
    assert counts == ServiceMapCounts(services=1, confirmations=1, questions_asked=1,
                                      questions_answered=1)
    assert "The service map in these communities" in page
    for text in ("Zebra Lane", "Priya", "01632 960123", "quokka", "wombat", "Bramble",
                 "Ottoline", "Barnaby"):
        assert text not in page


@pytest.mark.parametrize("scale", [1, 10])
def test_the_study_page_runs_the_same_queries_whatever_the_maps_size(client, evaluator,
                                                                      scale):
    communities = [make_community() for _ in range(2 * scale)]
    study = make_study(*communities)
    for community in communities:
        fill(community, services=3 * scale, questions=2 * scale, answered=scale,
             confirmations=4 * scale, since=study.created_at)
    client.force_login(evaluator)
    url = reverse("evaluation:study_detail", args=[study.pk])
    client.get(url)  # per-process caches (content types...) warmed
    assert queries_for(client, url) == STUDY_PAGE_BUDGET

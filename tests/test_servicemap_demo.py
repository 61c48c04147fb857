"""The service map's demo data (servicemap/demo.py, run by seed_demo): about fifteen
services in each demo community, every text through the identifier gate (its staff names
confirmed as work contacts, its office numbers kept with a reason, nothing else), a few not
confirmed for months, and members who can help."""

import pytest
from django.core.management import call_command

from cop import gate
from servicemap import freshness
from servicemap.models import Expertise, Service, ServiceRevision

pytestmark = pytest.mark.django_db


def test_demo_services_are_realistic_gated_and_partly_stale():
    call_command("seed_demo")
    counts = (Service.objects.count(), ServiceRevision.objects.count(),
              Expertise.objects.count())
    for slug in ("leeds-multiple-needs", "bristol-hard-edges"):
        services = list(Service.objects.filter(community__slug=slug))
        assert len(services) == 15, slug
        stale = [s.name for s in services if freshness.is_stale(s)]
        assert 1 <= len(stale) <= 3, stale
        assert sum(s.last_confirmed_at is not None for s in services) >= 12
        for service in services:
            texts = {name: getattr(service, name) for name in (
                "name", "organisation", "description", "area", "who_for", "eligibility",
                "exclusions", "what_to_bring", "how_to_refer", "opening_hours", "languages",
                "what_works")}
            last = service.revisions.filter(kind__in=("created", "edited")).first()
            passed = {(o["field"], o["text"]) for o in last.overrides}
            for finding in gate.find_known(texts, []):
                assert (finding.text in last.work_contacts
                        or (finding.field, finding.text) in passed), (service.name, finding)
                assert finding.field == "how_to_refer", (service.name, finding)
        assert Expertise.objects.filter(community__slug=slug).count() >= 4
    # Two demo edits, and one answer shared into "what works" (servicemap/demo_questions.py).
    assert ServiceRevision.objects.filter(kind="edited").count() == 3
    assert ServiceRevision.objects.filter(work_contacts__contains=["Jo Harding"]).exists()
    call_command("seed_demo")
    assert (Service.objects.count(), ServiceRevision.objects.count(),
            Expertise.objects.count()) == counts

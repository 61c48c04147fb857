"""List pages without a test of their own elsewhere: overrides, case history, follow-ups."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from casework.models import AnonymisationOverride, CaseRevision
from sessions_app.models import FollowUpRequest, Session

from .factories import join, make_case, make_user

pytestmark = pytest.mark.django_db


def queries(client, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def grow(community, case, session, n):
    for _ in range(n):
        user = make_user()
        join(user, community)
        AnonymisationOverride.objects.create(community=community, case=make_case(community, user),
                                             user=user, field="body", kind="PERSON",
                                             flagged_text="Ward", reason="A ward name")
        CaseRevision.objects.create(case=case, actor=user, kind="edited")
        FollowUpRequest.objects.create(session=session, user=user, message="Please call")


def test_list_pages_do_not_grow_with_the_data(client, community, facilitator, member):
    case = make_case(community, member)
    now = timezone.now()
    session = Session.objects.create(community=community, title="Past", starts_at=now
                                     - timedelta(days=1), ends_at=now - timedelta(hours=22))
    urls = [reverse("casework:override_list", args=[community.slug]),
            reverse("casework:case_history", args=[community.slug, case.pk]),
            reverse("sessions_app:follow_up_list", args=[community.slug])]
    client.force_login(facilitator)
    grow(community, case, session, 2)
    small = [queries(client, url) for url in urls]
    grow(community, case, session, 20)
    assert [queries(client, url) for url in urls] == small
    assert max(small) <= 8

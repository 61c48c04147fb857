"""List pages without a test of their own elsewhere: overrides, case history, follow-ups."""

from datetime import timedelta

import pytest
from django.urls import reverse

from casework.models import AnonymisationOverride, CaseRevision
from sessions_app.models import FollowUpRequest

from .factories import join, make_case, make_session, make_user
from .helpers import queries_for

pytestmark = pytest.mark.django_db


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
    session = make_session(community, title="Past", starts_in=timedelta(days=-1))
    urls = [reverse("casework:override_list", args=[community.slug]),
            reverse("casework:case_history", args=[community.slug, case.pk]),
            reverse("sessions_app:follow_up_list", args=[community.slug])]
    client.force_login(facilitator)
    grow(community, case, session, 2)
    small = [queries_for(client, url) for url in urls]
    grow(community, case, session, 20)
    assert [queries_for(client, url) for url in urls] == small
    assert max(small) <= 8

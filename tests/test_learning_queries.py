"""Query budgets of the learning record's pages (learning/): each runs at most a fixed number
of SQL queries, and the same number for a person with ten times the sessions and
reflections (as tests/test_query_budgets.py does for the older pages)."""


import pytest
from django.urls import reverse

from learning.models import Reflection
from sessions_app.models import Attendance, SessionStatus

from .factories import join, make_community, make_members, make_session, make_user
from .helpers import counted_get

pytestmark = pytest.mark.django_db

# Page -> the most SQL queries it may run (the signed-in user, the audit and MFA checks
# included).
BUDGETS = {
    # The signed-in user; the count and the page of reflections with their sessions; the
    # sessions to reflect on.
    "log": 5,
    "reflection_add": 3,  # the sessions attended (the form's choices)
    "reflection_edit": 4,  # the reflection with its session, and the sessions attended
    "cpd": 5,  # the attendance with sessions and communities, reflections on them, the others
    "cpd_pdf": 4,
    "cpd_docx": 4,
    "certificate": 2,  # the attendance with its session and community
    "home": 9,  # "Your week", with "Waiting for you" reading sessions to reflect on once
}


class World:
    """A member who attended 6 * scale sessions in two communities, with a reflection on
    every other one and `scale` more about no session; other people's rows beside them."""

    def __init__(self, scale: int):
        self.member = make_user(display_name="Max Member")
        communities = [make_community(name=f"Leeds {scale}", slug=f"leeds-q-{scale}"),
                       make_community(name=f"York {scale}", slug=f"york-q-{scale}")]
        others = []
        for community in communities:
            join(self.member, community)
            others += make_members(community, 2 * scale)
        sessions = [make_session(communities[i % 2], days=-(i + 1), hours=1 + i % 3,
                                 title=f"Session {i}", status=SessionStatus.COMPLETED)
                    for i in range(6 * scale)]
        Attendance.objects.bulk_create(
            Attendance(session=s, user=person) for s in sessions
            for person in [self.member, *others[:3]])
        Reflection.objects.bulk_create(
            [Reflection(user=self.member, session=s, learned=f"Learned {i}",
                        differently=f"Do {i}") for i, s in enumerate(sessions) if i % 2]
            + [Reflection(user=self.member, learned=f"Read {i}", differently="Try")
               for i in range(scale)]
            + [Reflection(user=others[0], session=s, learned="Not mine", differently="No")
               for s in sessions])
        self.session = sessions[1]
        self.reflection = Reflection.objects.filter(user=self.member).first()

    def urls(self) -> dict[str, str]:
        return {
            "log": reverse("learning:log"),
            "reflection_add": reverse("learning:reflection_add"),
            "reflection_edit": reverse("learning:reflection_edit", args=[self.reflection.pk]),
            "cpd": reverse("learning:cpd"),
            "cpd_pdf": reverse("learning:cpd_pdf"),
            "cpd_docx": reverse("learning:cpd_docx"),
            "certificate": reverse("learning:certificate",
                                   args=[self.session.community.slug, self.session.pk]),
            "home": reverse("members:home"),
        }


def counts(client, world) -> dict[str, int]:
    client.force_login(world.member)
    found = {}
    for name, url in world.urls().items():
        response, n = counted_get(client, url)
        assert response.status_code == 200, name
        found[name] = n
    return found


def test_the_learning_pages_run_the_same_few_queries_at_two_sizes(client):
    small, large = counts(client, World(1)), counts(client, World(10))
    assert small == large, {k: (small[k], large[k]) for k in small if small[k] != large[k]}
    over = {k: (n, BUDGETS[k]) for k, n in large.items() if n > BUDGETS[k]}
    assert not over, over

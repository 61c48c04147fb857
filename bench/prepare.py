"""Sessions and URLs for the load (`python -m bench.prepare OUT.json`, bench settings).

Signed-in sessions are made without the sign-in form: a session row holding what a real
sign-in leaves (Django's auth keys, members.middleware's clocks and its second-factor
answer), so every request still goes through the whole middleware stack."""

import json
import sys
import time


def main(out: str) -> int:
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore
    from django.urls import reverse

    from bench.seed import PERSONAS
    from casework.models import CaseStudy
    from evaluation.models import Survey
    from members.middleware import MFA_OK_KEY, SEEN_KEY, STARTED_KEY
    from members.models import Community, User
    from sessions_app.calendars import calendar_feed_for

    cookies = {}
    for role, email in PERSONAS.items():
        user = User.objects.get(email=email)
        store = SessionStore()
        now = time.time()
        store.update({SESSION_KEY: str(user.pk), HASH_SESSION_KEY: user.get_session_auth_hash(),
                      BACKEND_SESSION_KEY: settings.AUTHENTICATION_BACKENDS[0],
                      STARTED_KEY: now, SEEN_KEY: now, MFA_OK_KEY: user.pk})
        store.create()
        cookies[role] = f"{settings.SESSION_COOKIE_NAME}={store.session_key}"
    community = Community.objects.get(slug="bench-00")
    big_case = (CaseStudy.objects.filter(community=community).order_by("-comment_count")
                .first())
    assert big_case is not None, "run bench/seed.py first"
    visible = CaseStudy.objects.filter(community=community,
                                       status__in=["published", "closed"]).count()
    deep_page = max(1, visible // 25 - 1)
    member = User.objects.get(email=PERSONAS["member"])
    token = calendar_feed_for(member).token
    survey = Survey.objects.filter(study__name__startswith="Export benchmark").order_by("pk")[0]
    slug = community.slug
    pages = [
        ("trivial view", "member", "/bench/trivial/"),
        ("community home", "member", reverse("members:community_home", args=[slug])),
        ("case list", "member", reverse("casework:case_list", args=[slug])),
        (f"case list, page {deep_page}", "member",
         reverse("casework:case_list", args=[slug]) + f"?page={deep_page}"),
        (f"case detail (100 of {big_case.comment_count} comments)", "member",
         big_case.get_absolute_url()),
        ("search 'housing'", "member", reverse("casework:search") + "?q=housing"),
        ("community calendar", "member", reverse("sessions_app:calendar", args=[slug])),
        ("personal calendar feed (.ics)", None,
         reverse("sessions_app:calendar_feed", args=[token])),
        ("system barriers", "facilitator", reverse("casework:barrier_report", args=[slug])),
        ("survey results (500,000 answers)", "evaluator",
         reverse("evaluation:survey_results", args=[survey.pk])),
    ]
    with open(out, "w") as handle:
        json.dump({"cookies": cookies, "pages": pages}, handle, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

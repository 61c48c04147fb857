"""Sessions and URLs for the load (`python -m bench.prepare OUT.json`, bench settings, run at
each scale since sessions live in that scale's database).

Signed-in sessions are made without the sign-in form, in the session store the settings name:
a session holding what a real sign-in leaves (Django's auth keys, members.middleware's clocks
and its second-factor answer, so the facilitator and evaluator, who must have a second factor,
pass as they would after answering it), so every request still goes through the whole
middleware stack. Each page has a stable name (the same at every scale) and a note of what
it shows at this scale."""

import json
import sys
import time
from importlib import import_module


def main(out: str) -> int:
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.urls import reverse

    from bench.seed import ANSWERS, PERSONAS, scale
    from casework.models import CaseStudy
    from evaluation.models import Survey
    from members.middleware import MFA_OK_KEY, SEEN_KEY, STARTED_KEY
    from members.models import Community, User
    from sessions_app.calendars import calendar_feed_for

    session_store = import_module(settings.SESSION_ENGINE).SessionStore
    cookies = {}
    for role, email in PERSONAS.items():
        user = User.objects.get(email=email)
        store = session_store()
        now = time.time()
        store.update({SESSION_KEY: str(user.pk), HASH_SESSION_KEY: user.get_session_auth_hash(),
                      BACKEND_SESSION_KEY: settings.AUTHENTICATION_BACKENDS[0],
                      STARTED_KEY: now, SEEN_KEY: now, MFA_OK_KEY: user.pk})
        store.save()
        cookies[role] = f"{settings.SESSION_COOKIE_NAME}={store.session_key}"
    community = Community.objects.get(slug="bench-00")
    big_case = (CaseStudy.objects.filter(community=community).order_by("-comment_count")
                .first())
    assert big_case is not None, "run bench/seed.py first"
    visible = CaseStudy.objects.filter(community=community,
                                       status__in=["published", "closed"]).count()
    last_page = -(-visible // 25)
    deep_page = max(1, last_page - 1)
    member = User.objects.get(email=PERSONAS["member"])
    token = calendar_feed_for(member).token
    survey = Survey.objects.filter(study__name__startswith="Export benchmark").order_by("pk")[0]
    slug = community.slug
    case_list = reverse("casework:case_list", args=[slug])
    feed = reverse("sessions_app:calendar_feed", args=[token])
    # (name, signed in as, path, what it shows at this scale)
    pages = [
        ("trivial view, anonymous", None, "/bench/trivial/", "full middleware"),
        ("trivial view, signed in", "member", "/bench/trivial/", "full middleware"),
        ("community home", "member", reverse("members:community_home", args=[slug]), ""),
        ("case list", "member", case_list, f"page 1 of {last_page}"),
        ("case list, deep page", "member", f"{case_list}?page={deep_page}",
         f"page {deep_page} of {last_page}"),
        ("case detail, 100 comments shown", "member", big_case.get_absolute_url(),
         f"of {big_case.comment_count:,} comments"),
        ("search 'housing'", "member", reverse("casework:search") + "?q=housing", ""),
        ("community calendar", "member", reverse("sessions_app:calendar", args=[slug]), ""),
        ("personal calendar feed (.ics)", None, feed, "anyone with the link"),
        ("system barriers", "facilitator", reverse("casework:barrier_report", args=[slug]), ""),
        ("survey results", "evaluator", reverse("evaluation:survey_results", args=[survey.pk]),
         f"{ANSWERS * scale():,} answers"),
    ]
    shown = {feed: feed.split(token)[0] + "[token]" + feed.split(token)[1]}
    live = live_session(community)
    with open(out, "w") as handle:
        json.dump({"cookies": cookies, "live": live,
                   "pages": [{"name": name, "as": role, "path": path,
                              "shown_path": shown.get(path, path), "note": note}
                             for name, role, path, note in pages]}, handle, indent=1)
    return 0


def live_session(community) -> dict:
    """For bench/live.py: a session of `community` under way now, with four case
    consultations on its agenda (20 stages), not yet started (a meeting left from an earlier
    run is forgotten); its URLs."""
    from datetime import timedelta

    from django.urls import reverse
    from django.utils import timezone

    from meetings.formats import Format
    from meetings.models import ItemPlan, LiveMeeting
    from sessions_app.models import AgendaItem, Session, SessionStatus

    now = timezone.now().replace(second=0, microsecond=0)
    session = Session.objects.filter(community=community, title="Bench live meeting").first()
    if session is None:
        session = Session.objects.create(community=community, title="Bench live meeting",
                                         starts_at=now, ends_at=now + timedelta(hours=2))
    Session.objects.filter(pk=session.pk).update(
        starts_at=now - timedelta(minutes=5), ends_at=now + timedelta(hours=2),
        status=SessionStatus.SCHEDULED, completed_at=None)
    LiveMeeting.objects.filter(session=session).delete()
    # No presenter: the measurement is of following the meeting, not of sending summaries.
    for position in range(1, 5):
        item, _ = AgendaItem.objects.get_or_create(
            session=session, position=position,
            defaults={"title": f"Case consultation {position}"})
        ItemPlan.objects.get_or_create(item=item,
                                       defaults={"format": Format.CASE_CONSULTATION})

    def url(name: str) -> str:
        return reverse(f"meetings:{name}", args=[community.slug, session.pk])

    return {"session": session.pk, "start": url("live_start"), "run": url("live_run"),
            "control": url("live_control"), "poll": url("live_poll")}


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

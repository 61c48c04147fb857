"""The access matrix: every URL pattern the project defines (ours, allauth's under accounts/,
the admin's) has a rule in RULES below, and each rule is checked for every role of
PERMISSIONS.md with a GET (and a POST with valid data where the URL changes something).
A new URL without a rule, or a rule whose URL is gone, fails the test with what to change.

Statuses (PERMISSIONS.md): objects outside one's communities are 404 everywhere; members of
the community who lack a role get 403; anonymous visitors are sent to sign in. Every URL
with a community and an object is also asked for under the other community's address (the
object stays the same): that community's people get 404. Each request runs in a savepoint
that is rolled back, so every request sees the same sample world (tests/_matrix_world.py),
and each role has confirmed its password just before (allauth's reauthentication), so the
checks behind it are reached.

To add a URL: add an entry to RULES keyed by its name ("namespace:name"; a pattern without a
name is keyed by its route), with what GET (and POST, if it changes something) gives each
role, the URL's kwargs from the world, and valid POST data; the failure message drafts it."""

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from ._matrix_world import ROLES, build_world
from .helpers import date_in, reauthenticate

pytestmark = pytest.mark.django_db

# --- What a rule expects of a response ------------------------------------------------------

OK = "ok"  # 200, or a redirect that is not to sign in
LOGIN = "login"  # a redirect to the sign-in page
REDIRECT = "redirect"  # a redirect that is not to sign in
ADMIN_LOGIN = "admin-login"  # a redirect to a sign-in page (the admin's or allauth's)
ANY_PAGE = (200, REDIRECT, LOGIN)  # public auth pages: shown, or sent on elsewhere


def _is_login(location: str) -> bool:
    return urlsplit(location).path == reverse(settings.LOGIN_URL)


def matches(expected, response) -> bool:
    if isinstance(expected, tuple):
        return any(matches(e, response) for e in expected)
    status, location = response.status_code, response.get("Location", "")
    redirect = status in (301, 302, 303, 307, 308)
    if expected == OK:
        return status == 200 or (redirect and not _is_login(location))
    if expected == LOGIN:
        return redirect and _is_login(location)
    if expected == REDIRECT:
        return redirect and not _is_login(location)
    if expected == ADMIN_LOGIN:
        return redirect and "login" in urlsplit(location).path
    return status == expected


def everyone(value) -> dict:
    return dict.fromkeys(ROLES, value)


def signed_in(value=200, anonymous=LOGIN) -> dict:
    return {**everyone(value), "anonymous": anonymous}


def community(member=200, facilitator=200) -> dict:
    """Content of the home community: its members only, 404 to everyone else."""
    return {**signed_in(404), "member": member, "facilitator": facilitator}


def facilitators(value=200) -> dict:
    return community(member=403, facilitator=value)


def evaluators(value=200) -> dict:
    return {**signed_in(403), "evaluator": value}


POST_ONLY = signed_in(405)  # login_required outside require_POST: anonymous go to sign in
# The facilitators, the evaluator and the site admin have an authenticator app (factories).
TOTP_HOLDERS = {**signed_in(OK), "member": 404, "outsider": 404, "former_member": 404}


def _no_kwargs(world):
    return {}


@dataclass(frozen=True)
class Rule:
    """Expected status by role for a GET and (for URLs that change something) a POST."""

    get: dict | None = None
    post: dict | None = None
    kwargs: Any = _no_kwargs  # world -> URL kwargs
    data: Any = _no_kwargs  # world -> POST data (valid, so the allowed path is exercised)
    query: str = ""
    roles: tuple = ROLES  # grouped rules may check fewer roles
    note: str = ""
    # The arguments besides the slug name no object of the community (a format's stage):
    # under another community's address the page is that community's own, not a 404.
    no_object: bool = False


def slug(world):
    return {"slug": world.community.slug}


def case_kw(name="case"):
    return lambda w: {"slug": w.community.slug, "pk": getattr(w, name).pk}


def session_kw(name="session"):
    return lambda w: {"slug": w.community.slug, "pk": getattr(w, name).pk}


def question_kw(name):
    return lambda w: {"slug": w.community.slug, "pk": getattr(w, name).pk}


def answer_kw(question, answer):
    return lambda w: {"slug": w.community.slug, "pk": getattr(w, question).pk,
                      "answer_pk": getattr(w, answer).pk}


def service_kw(name="service"):
    return lambda w: {"slug": w.community.slug, "pk": getattr(w, name).pk}


def survey_kw(w):
    return {"pk": w.survey.pk}


CASE_DATA = {"pseudonym": "Elizabeth", "pseudonym_declared": "on", "title": "A new case",
             "presenting_situation": "Elizabeth has nowhere to stay tonight.",
             "needs_domains": ["homelessness"], "question": "What can we try?"}
SESSION_DATA = {"title": "A session", "start_time": "10:00", "end_time": "12:00",
                "venue": "Room 3", "capacity": "20", "description": "Bring a case."}
SURVEY_SETTINGS = {"title": "Matrix survey", "kind": "ad_hoc", "answer_within_days": "14",
                   "reminder_after_days": "7", "reminder_count": "2"}
QUESTION_DATA = {"text": "How useful?", "type": "likert", "value_labels": "1, No\n2, Yes"}
ESCALATION_DATA = {"title": "Discharges with no duty to refer", "raised_with": "The board",
                   "evidence": "Counts from the barriers page.", "status": "raised"}
SERVICE_DATA = {"name": "Matrix day centre", "service_type": "housing", "area": "Leeds",
                "who_for": "Adults who are homeless.", "referral_routes": ["drop_in"]}
ANSWER_DATA = {"q_matrix_q1": "3", "action": "send-blank"}  # matrix_q2 left blank

# --- The rules, by URL name (namespace:name) ------------------------------------------------

RULES: dict[str, Rule | tuple[Rule, ...]] = {
    # The footer's pages (cop/pages.py): public, read settings only
    "pages:help": Rule(get=everyone(200)),
    "pages:privacy": Rule(get=everyone(200)),
    "pages:accessibility": Rule(get=everyone(200)),
    "pages:contact": Rule(get=everyone(200)),
    # members
    "members:home": Rule(get=signed_in()),
    "members:my_communities": Rule(get=signed_in()),
    "members:profile": Rule(get=signed_in(), post=signed_in(REDIRECT),
                            data=lambda w: {"display_name": "A new name", "job_title": ""}),
    "members:invitation_accept": (
        Rule(get={**signed_in(403), "anonymous": 200},
             post={**signed_in(403), "anonymous": REDIRECT},
             kwargs=lambda w: {"token": w.invitation_token},
             data=lambda w: {"display_name": "Nia Newcomer", "password1": "a-long-new-pass-42",
                             "password2": "a-long-new-pass-42"},
             note="the invitation is for another address than any signed-in person's"),
        Rule(get=everyone(404), kwargs=lambda w: {"token": "not-a-real-token"}),
    ),
    "members:community_home": Rule(get=community(), kwargs=slug),
    "members:directory": Rule(get=community(), kwargs=slug),
    "members:invite": Rule(get=facilitators(), post=facilitators(REDIRECT), kwargs=slug,
                           data=lambda w: {"emails": "m.invitee@example.test", "role": "member"}),
    "members:member_role": Rule(
        get=POST_ONLY, post=facilitators(REDIRECT), data=lambda w: {"role": "facilitator"},
        kwargs=lambda w: {"slug": w.community.slug, "pk": w.bystander_membership.pk}),
    "members:member_remove": Rule(
        get=facilitators(), post=facilitators(REDIRECT),
        kwargs=lambda w: {"slug": w.community.slug, "pk": w.bystander_membership.pk}),
    "members:personal_data": Rule(get=signed_in(), post=signed_in(REDIRECT)),
    "members:personal_data_status": (
        Rule(get={**signed_in(404), "member": 200}, kwargs=lambda w: {"token": w.data_token},
             note="the member's own download; anyone else's link is 404"),
        Rule(get=signed_in(404), kwargs=lambda w: {"token": "not-a-real-token"}),
    ),
    "members:personal_data_download": Rule(
        get={**signed_in(404), "member": REDIRECT}, kwargs=lambda w: {"token": w.data_token},
        note="not ready yet: its owner is sent to the progress page"),
    "members:account_close": Rule(
        get=signed_in(), post={**signed_in(REDIRECT), "facilitator": 400, "other_facilitator": 400},
        data=lambda w: {"confirm": "on"},
        note="the last facilitator of a community cannot close their account"),
    "members:account_closed": Rule(get=everyone(200)),
    "members:usersession_end": Rule(
        get=POST_ONLY, post={**signed_in(404), "member": REDIRECT},
        kwargs=lambda w: {"pk": w.user_session.pk}, note="one's own signed-in sessions only"),
    "members:audit_trail": Rule(get={**signed_in(403), "site_admin": 200}),
    "members:deliveries": Rule(get={**signed_in(403), "site_admin": 200},
                               post={**signed_in(403), "site_admin": REDIRECT}),
    "members:community_audit": Rule(get=facilitators(), kwargs=slug),
    "members:notifications": Rule(get=signed_in()),
    "members:notifications_mark_all_read": Rule(get=POST_ONLY, post=signed_in(REDIRECT)),
    "members:notification_open": Rule(
        get={**signed_in(404), "member": REDIRECT}, kwargs=lambda w: {"pk": w.notification.pk},
        note="someone's own notification; anyone else's is 404"),
    "members:notification_settings": Rule(get=signed_in(), post=signed_in(REDIRECT)),
    "members:notification_unsubscribe": (
        Rule(get=everyone(200), post=everyone(200),
             kwargs=lambda w: {"token": w.unsubscribe_token}, note="the signed token is the key"),
        Rule(get=everyone(400), post=everyone(400), kwargs=lambda w: {"token": "forged"}),
    ),
    # glossary: members read, add and edit (wiki style); facilitators remove
    "glossary:glossary": (Rule(get=community(), kwargs=slug),
                          Rule(get=community(), kwargs=slug, query="?q=matrix")),
    "glossary:term_add": Rule(
        get=community(), post=community(REDIRECT, REDIRECT), kwargs=slug,
        data=lambda w: {"term": "Duty to refer", "meaning": "A public body tells the council.",
                        "source": "Housing Act 1996", "link": "https://www.gov.uk/"}),
    "glossary:term_edit": Rule(
        get=community(), post=community(REDIRECT, REDIRECT),
        kwargs=lambda w: {"slug": w.community.slug, "pk": w.term.pk},
        data=lambda w: {"term": "Matrix term", "meaning": "Said more plainly."},
        note="added by the member: anyone in the community may improve it"),
    "glossary:term_remove": Rule(
        get=facilitators(), post=facilitators(REDIRECT),
        kwargs=lambda w: {"slug": w.community.slug, "pk": w.term.pk}),
    # casework
    "casework:case_list": Rule(get=community(), kwargs=slug),
    "casework:case_create": Rule(get=community(), post=community(REDIRECT, REDIRECT), kwargs=slug,
                                 data=lambda w: CASE_DATA),
    "casework:case_detail": (
        Rule(get=community(), kwargs=case_kw()),
        Rule(get=community(member=200, facilitator=404), kwargs=case_kw("draft_case"),
             note="a draft: its author only"),
    ),
    "casework:case_edit": Rule(
        get=community(member=200, facilitator=403),
        post=community(member=REDIRECT, facilitator=403), kwargs=case_kw(),
        data=lambda w: {**CASE_DATA, "outcome": ""},
        note="the member wrote the case"),
    "casework:case_publish": (
        Rule(get=community(member=200, facilitator=404),
             post=community(member=REDIRECT, facilitator=404), kwargs=case_kw("draft_case")),
        Rule(get=community(member=REDIRECT, facilitator=403), kwargs=case_kw(),
             note="already published: the author is sent to the case"),
    ),
    "casework:case_status": Rule(get=facilitators(), post=facilitators(REDIRECT), kwargs=case_kw(),
                                 data=lambda w: {"action": "close", "reason": "Resolved."}),
    "casework:case_history": Rule(get=community(), kwargs=case_kw()),
    "casework:case_follow": Rule(get=POST_ONLY, post=community(REDIRECT, REDIRECT),
                                 kwargs=case_kw(), data=lambda w: {"follow": "1"}),
    "casework:comment_create": Rule(get=community(REDIRECT, REDIRECT),
                                    post=community(REDIRECT, REDIRECT), kwargs=case_kw(),
                                    data=lambda w: {"body": "Try a review of the decision."}),
    "casework:comment_edit": Rule(
        get=community(member=403, facilitator=200),
        post=community(member=403, facilitator=REDIRECT),
        kwargs=lambda w: {**case_kw()(w), "comment_pk": w.comment.pk},
        data=lambda w: {"body": "An edited thought."}, note="the facilitator wrote it"),
    "casework:comment_remove": Rule(
        get=facilitators(), post=facilitators(REDIRECT),
        kwargs=lambda w: {**case_kw()(w), "comment_pk": w.member_comment.pk},
        data=lambda w: {"reason": "Off topic."}),
    "casework:barrier_create": Rule(
        get=community(), post=community(REDIRECT, REDIRECT), kwargs=case_kw(),
        data=lambda w: {"service_type": "housing", "category": "eligibility",
                        "description": "Not in priority need.", "overcome": "unknown"}),
    "casework:barrier_edit": Rule(
        get=community(member=200, facilitator=403),
        post=community(member=REDIRECT, facilitator=403),
        kwargs=lambda w: {**case_kw()(w), "barrier_pk": w.barrier.pk},
        data=lambda w: {"service_type": "housing", "category": "other",
                        "description": "Changed.", "overcome": "no"},
        note="recorded by the member, on the member's case"),
    "casework:override_list": Rule(get=community(), kwargs=slug),
    "casework:barrier_report": (
        Rule(get=community(), kwargs=slug),
        Rule(get=community(), kwargs=slug, query="?by=service"),
    ),
    "casework:barriers_brief": Rule(
        get=facilitators(), post=facilitators(200), kwargs=slug,
        data=lambda w: {"date_from": date_in(-300), "date_to": date_in(0),
                        "examples": [f"{w.barrier.pk}-description"]},
        note="the PDF itself, made in the request"),
    "casework:escalation_list": Rule(get=community(), kwargs=slug),
    "casework:escalation_create": Rule(
        get=facilitators(), post=facilitators(REDIRECT), kwargs=slug,
        data=lambda w: {**ESCALATION_DATA, "raised_on": date_in(-30),
                        "from_barrier": w.barrier.pk}),
    "casework:escalation_detail": Rule(
        get=community(), kwargs=lambda w: {"slug": w.community.slug, "pk": w.escalation.pk}),
    "casework:escalation_edit": Rule(
        get=facilitators(), post=facilitators(REDIRECT),
        kwargs=lambda w: {"slug": w.community.slug, "pk": w.escalation.pk},
        data=lambda w: {**ESCALATION_DATA, "raised_on": date_in(-30),
                        "response": "We will review it.", "status": "responded"}),
    "casework:barrier_report_all": Rule(get={**signed_in(403), "evaluator": 200,
                                             "site_admin": 200}),
    "casework:search": Rule(get=signed_in(), query="?q=nowhere"),
    # the service map: questions to the members who can help, private to the asker (the
    # member) and the people asked (the bystander); nobody else, facilitators included
    "servicemap:question_list": Rule(get=community(), kwargs=slug),
    "servicemap:question_ask": Rule(
        get=community(), post=community(REDIRECT, REDIRECT), kwargs=slug,
        data=lambda w: {"service": w.service.pk, "body": "Who decides priority need?",
                        "recipients": [w.bystander.pk]},
        note="GET without ?service= chooses the service; the bystander can help with it"),
    "servicemap:question_detail": (
        Rule(get=community(facilitator=404), kwargs=question_kw("service_question"),
             note="the member asked it"),
        Rule(get=community(facilitator=404), kwargs=question_kw("question_to_member"),
             note="put to the member"),
    ),
    "servicemap:question_answer": (
        Rule(get=community(REDIRECT, 404), post=community(REDIRECT, 404),
             kwargs=question_kw("question_to_member"),
             data=lambda w: {"body": "Ask for the duty senior."},
             note="put to the member, who answers"),
        Rule(post=community(403, 404), kwargs=question_kw("service_question"),
             data=lambda w: {"body": "Answering my own question."},
             note="the asker may read it, not answer it"),
    ),
    "servicemap:answer_consent": Rule(
        get=POST_ONLY, post=community(REDIRECT, 404), data=lambda w: {"consent": "yes"},
        kwargs=answer_kw("question_to_member", "member_answer"),
        note="the answer's author only"),
    "servicemap:answer_share": Rule(
        get=POST_ONLY, post=community(REDIRECT, 404),
        kwargs=answer_kw("service_question", "service_answer"),
        note="its author agreed; the asker adds it to the service's what works"),
    # the service map
    "servicemap:service_list": Rule(get=community(), kwargs=slug, query="?q=shelter"),
    "servicemap:service_create": Rule(get=community(), post=community(REDIRECT, REDIRECT),
                                      kwargs=slug, data=lambda w: SERVICE_DATA),
    "servicemap:service_detail": (
        Rule(get=community(), kwargs=service_kw()),
        Rule(get=community(member=404), kwargs=service_kw("hidden_service"),
             note="hidden: its community's facilitators only"),
    ),
    "servicemap:service_edit": Rule(
        get=community(), post=community(REDIRECT, REDIRECT), kwargs=service_kw(),
        data=lambda w: {**SERVICE_DATA, "version": str(w.service.version)},
        note="any member, wiki style"),
    "servicemap:service_history": Rule(get=community(), kwargs=service_kw()),
    "servicemap:service_revert": Rule(
        get=facilitators(), post=facilitators(REDIRECT),
        kwargs=lambda w: {**service_kw()(w), "revision_pk": w.service_edit.pk},
        data=lambda w: {"reason": "Not right.", "version": str(w.service.version)}),
    "servicemap:service_hide": Rule(get=facilitators(), post=facilitators(REDIRECT),
                                    kwargs=service_kw(), data=lambda w: {"reason": "Closed."}),
    "servicemap:service_show": Rule(
        get=community(member=404), post=community(member=404, facilitator=REDIRECT),
        kwargs=service_kw("hidden_service"), data=lambda w: {"reason": "Open again."},
        note="a hidden entry: not found by members"),
    "servicemap:service_confirm": Rule(get=POST_ONLY, post=community(REDIRECT, REDIRECT),
                                       kwargs=service_kw()),
    "servicemap:service_check": Rule(get=community(), kwargs=service_kw()),
    "servicemap:expertise": Rule(
        get=signed_in(), post={**signed_in(200), "member": REDIRECT, "facilitator": REDIRECT},
        data=lambda w: {"service": str(w.service.pk), "community": str(w.community.pk),
                        "line": "I know it well."},
        note="a service of one's own communities only: the form refuses others' (200)"),
    "servicemap:expertise_remove": Rule(
        get=POST_ONLY, post={**signed_in(404), "member": REDIRECT},
        kwargs=lambda w: {"pk": w.expertise.pk}, note="one's own only"),
    # sessions
    "sessions_app:calendar": (Rule(get=community(), kwargs=slug),
                              Rule(get=community(), kwargs=slug, query="?view=month")),
    "sessions_app:session_create": Rule(get=facilitators(), post=facilitators(REDIRECT),
                                        kwargs=slug,
                                        data=lambda w: {**SESSION_DATA, "date": date_in()}),
    "sessions_app:session_detail": Rule(get=community(), kwargs=session_kw()),
    "sessions_app:session_edit": Rule(get=facilitators(), post=facilitators(REDIRECT),
                                      kwargs=session_kw(),
                                      data=lambda w: {**SESSION_DATA, "date": date_in(8)}),
    "sessions_app:series_edit": Rule(
        get=facilitators(), post=facilitators(REDIRECT),
        kwargs=lambda w: {"slug": w.community.slug, "series_pk": w.series.pk},
        data=lambda w: {"repeat": "weekly", "starts_on": date_in(14), "start_time": "10:00",
                        "end_time": "11:30", "until": date_in(60)}),
    "sessions_app:session_cancel": Rule(get=facilitators(), post=facilitators(REDIRECT),
                                        kwargs=session_kw(),
                                        data=lambda w: {"reason": "Snow.", "scope": "this"}),
    "sessions_app:session_rsvp": Rule(get=POST_ONLY, post=community(REDIRECT, REDIRECT),
                                      kwargs=session_kw(), data=lambda w: {"answer": "going"}),
    "sessions_app:session_ics": Rule(get=community(), kwargs=session_kw()),
    "sessions_app:agenda_add": Rule(get=facilitators(), post=facilitators(REDIRECT),
                                    kwargs=session_kw(),
                                    data=lambda w: {"title": "Welcome", "minutes": "10"}),
    "sessions_app:agenda_edit": Rule(
        get=facilitators(), post=facilitators(REDIRECT),
        kwargs=lambda w: {**session_kw()(w), "item_pk": w.agenda_item.pk},
        data=lambda w: {"title": "Welcome back", "minutes": "15"}),
    "sessions_app:agenda_delete": Rule(
        get=facilitators(), post=facilitators(REDIRECT),
        kwargs=lambda w: {**session_kw()(w), "item_pk": w.agenda_item.pk}),
    "sessions_app:session_record": Rule(
        get=facilitators(), post=facilitators(REDIRECT), kwargs=session_kw("past_session"),
        data=lambda w: {"attended": [str(w.users["member"].pk)], "notes": "Good talk."}),
    "sessions_app:action_add": Rule(
        get=facilitators(), post=facilitators(REDIRECT), kwargs=session_kw(),
        data=lambda w: {"text": "Call the council", "owner": str(w.users["member"].pk),
                        "due_on": date_in(3)}),
    "sessions_app:action_done": Rule(
        get=POST_ONLY, post=facilitators(REDIRECT), data=lambda w: {"done": "1"},
        kwargs=lambda w: {**session_kw()(w), "action_pk": w.action.pk},
        note="its owner (the facilitator here) or a facilitator"),
    "sessions_app:follow_up_request": Rule(
        get=community(), post=community(REDIRECT, REDIRECT), kwargs=session_kw("past_session"),
        data=lambda w: {"message": "Could we talk?"}, note="both attended the past session"),
    "sessions_app:follow_up_list": Rule(get=facilitators(), kwargs=slug),
    "sessions_app:follow_up_handled": Rule(
        get=POST_ONLY, post=facilitators(REDIRECT),
        kwargs=lambda w: {"slug": w.community.slug, "request_pk": w.follow_up.pk}),
    # running the meeting (meetings/urls_live.py): the session ahead is being run
    "meetings:live": Rule(get=community(), kwargs=session_kw()),
    "meetings:live_poll": Rule(get=community(), kwargs=session_kw(), query="?v=0&at=x"),
    "meetings:live_here": Rule(get=POST_ONLY, post=community(REDIRECT, REDIRECT),
                               kwargs=session_kw()),
    "meetings:live_entry_choose": Rule(
        get=POST_ONLY, post=community(member=REDIRECT, facilitator=403),
        kwargs=lambda w: {**session_kw()(w), "entry_pk": w.live_entry.pk},
        data=lambda w: {"chosen": "1"}, note="the item's presenter (the member) only"),
    "meetings:live_run": (
        Rule(get=facilitators(), kwargs=session_kw(), note="and the scribe (none here)"),
        Rule(get=facilitators(), kwargs=session_kw(), query="?part=state&v=0"),
    ),
    "meetings:live_start": Rule(get=POST_ONLY, post=facilitators(REDIRECT),
                                kwargs=session_kw("past_session"),
                                note="not started yet: the past session"),
    "meetings:live_control": Rule(get=POST_ONLY, post=facilitators(REDIRECT),
                                  kwargs=session_kw(), data=lambda w: {"action": "next"}),
    "meetings:live_scribe": Rule(get=POST_ONLY, post=facilitators(REDIRECT),
                                 kwargs=session_kw(),
                                 data=lambda w: {"scribe": str(w.users["member"].pk)}),
    "meetings:live_entry_add": Rule(
        get=facilitators(), post=facilitators(REDIRECT), kwargs=session_kw(),
        data=lambda w: {"item": str(w.live_item.pk), "kind": "recommendation",
                        "text": "Try the duty to refer.", "member": ""},
        note="and the scribe (none here)"),
    "meetings:live_entry_remove": Rule(
        get=POST_ONLY, post=facilitators(REDIRECT),
        kwargs=lambda w: {**session_kw()(w), "entry_pk": w.live_entry.pk}),
    "meetings:live_claim": Rule(
        get=POST_ONLY, post=facilitators(REDIRECT), data=lambda w: {"decision": "confirm"},
        kwargs=lambda w: {**session_kw()(w), "claim_pk": w.presence_claim.pk}),
    "meetings:live_register": Rule(
        get=POST_ONLY, post=facilitators(REDIRECT), kwargs=session_kw(),
        data=lambda w: {"user": str(w.users["member"].pk), "present": "1"}),
    "sessions_app:library": Rule(get=community(), kwargs=slug, query="?q=guide"),
    "sessions_app:material_add": Rule(
        get=community(), post=community(REDIRECT, REDIRECT), kwargs=slug,
        data=lambda w: {"title": "Guidance", "summary": "Useful.",
                        "url": "https://example.org/more"}),
    "sessions_app:material_file": (
        Rule(get=community(), kwargs=lambda w: {"slug": w.community.slug,
                                                "material_pk": w.file_material.pk}),
        Rule(get={**signed_in(404), "member": 200},
             kwargs=lambda w: {"slug": w.community.slug, "material_pk": w.held_material.pk},
             note="a held file: its uploader only"),
    ),
    "sessions_app:material_check": Rule(
        get={**signed_in(404), "member": 200}, post={**signed_in(404), "member": REDIRECT},
        kwargs=lambda w: {"slug": w.community.slug, "material_pk": w.held_material.pk},
        data=lambda w: {"confirm": [str(w.held_finding.pk)]},
        note="a held file: its uploader (the member) only; everyone else 404"),
    "sessions_app:material_replace": Rule(
        get=POST_ONLY, post={**signed_in(404), "member": REDIRECT},
        kwargs=lambda w: {"slug": w.community.slug, "material_pk": w.held_material.pk},
        data=lambda w: {"upload": SimpleUploadedFile(
            "clean.txt", b"Priority need: what the housing team must consider.\n")},
        note="a held file: its uploader (the member) only; everyone else 404"),
    "sessions_app:material_delete": Rule(
        get=facilitators(), post=facilitators(REDIRECT),
        kwargs=lambda w: {"slug": w.community.slug, "material_pk": w.file_material.pk},
        note="added by the facilitator: the member may not remove it"),
    "sessions_app:my_calendar": Rule(get=signed_in(), post=signed_in(REDIRECT)),
    "sessions_app:calendar_feed": (
        Rule(get=everyone(200), kwargs=lambda w: {"token": w.feed_token},
             note="calendar apps cannot sign in: the token is the key"),
        Rule(get=everyone(404), kwargs=lambda w: {"token": "not-a-real-token"}),
    ),
    # the learning record (learning/): each person's own; a reflection is its author's
    # alone (the member's here), a certificate for those recorded as present (the member
    # and the facilitator attended the past session)
    "learning:log": Rule(get=signed_in()),
    "learning:reflection_add": Rule(
        get=signed_in(), post=signed_in(REDIRECT),
        data=lambda w: {"learned": "Something new.", "differently": "Ask sooner."}),
    "learning:reflection_edit": Rule(
        get={**signed_in(404), "member": 200}, post={**signed_in(404), "member": REDIRECT},
        kwargs=lambda w: {"pk": w.reflection.pk},
        data=lambda w: {"session": str(w.past_session.pk), "learned": "Changed.",
                        "differently": "Changed too."},
        note="its author only: to anyone else, facilitators and admins included, 404"),
    "learning:reflection_delete": Rule(
        get={**signed_in(404), "member": 200}, post={**signed_in(404), "member": REDIRECT},
        kwargs=lambda w: {"pk": w.reflection.pk}, note="its author only"),
    "learning:cpd": Rule(get=signed_in(), note="one's own record only"),
    "learning:cpd_pdf": Rule(get=signed_in(), note="one's own record only"),
    "learning:cpd_docx": Rule(get=signed_in(), note="one's own record only"),
    "learning:certificate": Rule(get=community(), kwargs=session_kw("past_session"),
                                 note="those recorded as present only, else 404"),
    # meetings: planning, stage guides, summaries, the presenter's follow-up
    "meetings:plan_session": Rule(get=facilitators(), kwargs=session_kw()),
    "meetings:plan_item": Rule(
        get=facilitators(), post=facilitators(REDIRECT),
        kwargs=lambda w: {**session_kw()(w), "item_pk": w.agenda_item.pk},
        data=lambda w: {"format": "open_discussion", "shown_format": "open_discussion",
                        "minutes_discussion": "25", "question": "What next?"}),
    "meetings:guides": Rule(get=community(), kwargs=slug),
    "meetings:guide_edit": Rule(
        get=facilitators(), post=facilitators(REDIRECT),
        kwargs=lambda w: {**slug(w), "format": "case_consultation", "stage": "clarifying"},
        data=lambda w: {"guide": "Short factual questions.", "avoid": "Advice."},
        no_object=True),
    "meetings:guide_reset": Rule(
        get=POST_ONLY, post=facilitators(REDIRECT),
        kwargs=lambda w: {**slug(w), "format": "case_consultation", "stage": "clarifying"},
        no_object=True),
    "meetings:summary": Rule(get=community(), kwargs=lambda w: {
        **session_kw("past_session")(w), "item_pk": w.summary_item.pk},
        note="the community's discussion: every member reads it"),
    "meetings:summary_choose": Rule(
        get=POST_ONLY, post=community(REDIRECT, 403), data=lambda w: {"chosen": "1"},
        kwargs=lambda w: {**session_kw("past_session")(w), "item_pk": w.summary_item.pk,
                          "entry_pk": w.recommendation.pk},
        note="its presenter (the member) only"),
    "meetings:summary_follow_up": Rule(
        get=community(200, 403), post=community(REDIRECT, 403),
        kwargs=lambda w: {**session_kw("past_session")(w), "item_pk": w.summary_item.pk},
        data=lambda w: {f"tried_{w.recommendation.pk}": "tried",
                        f"how_{w.recommendation.pk}": "It helped."},
        note="its presenter (the member) only"),
    # evaluation
    "evaluation:study_list": Rule(get=evaluators()),
    "evaluation:study_create": Rule(get=evaluators(), post=evaluators(REDIRECT),
                                    data=lambda w: {"name": "A study",
                                                    "communities": [str(w.community.pk)]}),
    "evaluation:study_detail": Rule(get=evaluators(), kwargs=lambda w: {"pk": w.study.pk}),
    "evaluation:study_edit": Rule(get=evaluators(), post=evaluators(REDIRECT),
                                  kwargs=lambda w: {"pk": w.study.pk},
                                  data=lambda w: {"name": "Renamed study"}),
    "evaluation:survey_create": Rule(get=evaluators(), post=evaluators(REDIRECT),
                                     kwargs=lambda w: {"pk": w.study.pk},
                                     data=lambda w: {"title": "Another", "kind": "ad_hoc"}),
    "evaluation:survey_detail": Rule(get=evaluators(), kwargs=survey_kw),
    "evaluation:survey_edit": Rule(get=evaluators(), post=evaluators(REDIRECT), kwargs=survey_kw,
                                   data=lambda w: SURVEY_SETTINGS),
    "evaluation:survey_preview": Rule(get=evaluators(), kwargs=survey_kw),
    "evaluation:survey_status": Rule(get=POST_ONLY, post=evaluators(REDIRECT),
                                     kwargs=survey_kw, data=lambda w: {"status": "closed"}),
    "evaluation:survey_send_now": Rule(get=POST_ONLY, post=evaluators(REDIRECT),
                                       kwargs=survey_kw),
    "evaluation:survey_new_version": Rule(get=evaluators(), post=evaluators(REDIRECT),
                                          kwargs=survey_kw),
    "evaluation:question_create": Rule(get=evaluators(), post=evaluators(REDIRECT),
                                       kwargs=survey_kw,
                                       data=lambda w: {**QUESTION_DATA, "code": "matrix_q9"}),
    "evaluation:question_edit": Rule(
        get=evaluators(), post=evaluators(REDIRECT),
        kwargs=lambda w: {"pk": w.survey.pk, "question_pk": w.question.pk},
        data=lambda w: {**QUESTION_DATA, "code": "matrix_q1"}),
    "evaluation:question_delete": Rule(
        get=evaluators(), post=evaluators(REDIRECT),
        kwargs=lambda w: {"pk": w.survey.pk, "question_pk": w.question.pk}),
    "evaluation:question_move": Rule(
        get=POST_ONLY, post=evaluators(REDIRECT), data=lambda w: {"direction": "down"},
        kwargs=lambda w: {"pk": w.survey.pk, "question_pk": w.question.pk}),
    "evaluation:survey_results": Rule(get=evaluators(), kwargs=survey_kw),
    "evaluation:session_results": Rule(
        get={**community(member=403, facilitator=200), "evaluator": 200, "site_admin": 403},
        kwargs=lambda w: {"slug": w.community.slug, "session_pk": w.past_session.pk}),
    "evaluation:export_form": Rule(get=evaluators(), post=evaluators(200), kwargs=survey_kw,
                                   data=lambda w: {"format": "csv", "dates": "keep"}),
    "evaluation:export_status": Rule(get=evaluators(), kwargs=lambda w: {"export_pk": w.export.pk},
                                     note="the evaluator's own export"),
    "evaluation:export_download": Rule(get=evaluators(REDIRECT),
                                       kwargs=lambda w: {"export_pk": w.export.pk},
                                       note="not ready yet: sent to its progress page"),
    "evaluation:my_surveys": Rule(get=signed_in()),
    "evaluation:answer": Rule(
        get={**signed_in(404), "member": 200}, post={**signed_in(404), "member": REDIRECT},
        kwargs=lambda w: {"invitation_pk": w.survey_invitation.pk}, data=lambda w: ANSWER_DATA,
        note="the invitee's own invitation"),
    "evaluation:answer_by_link": (
        Rule(get=everyone(200), post=everyone(REDIRECT), kwargs=lambda w: {"token": w.survey_token},
             data=lambda w: ANSWER_DATA, note="the single-use link is the key"),
        Rule(get=everyone(404), post=everyone(404), kwargs=lambda w: {"token": "not-a-token"},
             data=lambda w: ANSWER_DATA),
    ),
    "evaluation:thanks": Rule(get=everyone(200)),
    # allauth (accounts/): public pages, and pages for the signed-in person
    "account_login": Rule(get={**signed_in(ANY_PAGE), "anonymous": 200}),
    "account_logout": Rule(get={**signed_in(200), "anonymous": REDIRECT},
                           post={**signed_in(REDIRECT), "anonymous": REDIRECT}),
    "account_inactive": Rule(get=everyone(200)),
    "account_signup": Rule(get=everyone(ANY_PAGE), note="sign-up is by invitation only"),
    "account_reauthenticate": Rule(get=signed_in(200)),
    "account_request_reauthentication_code": Rule(
        get=signed_in(403), post=signed_in(403),
        note="reauthentication by emailed code is off (ACCOUNT_REAUTHENTICATION_METHODS)"),
    "account_confirm_reauthentication_code": Rule(
        get=signed_in(403), post=signed_in(403),
        note="reauthentication by emailed code is off (ACCOUNT_REAUTHENTICATION_METHODS)"),
    "account_email": Rule(get=signed_in(200)),
    "account_email_verification_sent": Rule(get=everyone(ANY_PAGE)),
    "account_change_password": Rule(get=signed_in(200)),
    "account_set_password": Rule(get=signed_in(REDIRECT), note="they already have one"),
    "account_reset_password": Rule(get=everyone(ANY_PAGE)),
    "account_confirm_login_code": Rule(get=everyone(ANY_PAGE)),
    "account_confirm_email": Rule(get=everyone(ANY_PAGE), kwargs=lambda w: {"key": "bogus-key"}),
    "account_reset_password_from_key_done": Rule(get=everyone(ANY_PAGE)),
    "account_reset_password_from_key": Rule(get=everyone(ANY_PAGE),
                                            kwargs=lambda w: {"uidb36": "zz", "key": "bogus"}),
    "account_reset_password_done": Rule(get=everyone(ANY_PAGE)),
    # allauth's two-factor pages (accounts/2fa/) and signed-in sessions (accounts/sessions/).
    # Changing a factor asks for the password again first (done for every role here).
    "mfa_index": Rule(get=signed_in()),
    "mfa_authenticate": Rule(get=signed_in(REDIRECT), note="only during a sign-in"),
    "mfa_reauthenticate": Rule(get=signed_in(OK)),
    "mfa_activate_totp": Rule(get=signed_in(OK), post=signed_in(OK)),
    "mfa_deactivate_totp": Rule(get=TOTP_HOLDERS, post=TOTP_HOLDERS,
                                note="404 for those without an authenticator app"),
    "mfa_view_recovery_codes": Rule(get=signed_in(404), note="nobody has generated any"),
    "mfa_generate_recovery_codes": Rule(get=signed_in(OK), post=signed_in(OK)),
    "mfa_download_recovery_codes": Rule(get=signed_in(404), note="nobody has generated any"),
    "mfa_list_webauthn": Rule(get=signed_in()),
    "mfa_add_webauthn": Rule(get=signed_in(OK)),
    "mfa_reauthenticate_webauthn": Rule(get=signed_in(OK)),
    "mfa_remove_webauthn": Rule(get=signed_in(404), post=signed_in(404),
                                kwargs=lambda w: {"pk": w.authenticator.pk},
                                note="the facilitator's authenticator is not a security key"),
    "mfa_edit_webauthn": Rule(get=signed_in(404), post=signed_in(404),
                              kwargs=lambda w: {"pk": w.authenticator.pk}),
    "mfa_login_webauthn": Rule(get=signed_in(REDIRECT, anonymous=LOGIN),
                               note="only during a sign-in"),
    "usersessions_list": Rule(get=signed_in(), post=signed_in(REDIRECT)),
    # The admin: the exceptions to the grouped rule below
    "admin:login": Rule(get={**signed_in(403), "anonymous": LOGIN, "site_admin": REDIRECT},
                        note="through allauth (secure_admin_login): non-staff are refused"),
    "admin:logout": Rule(get={**signed_in(REDIRECT), "anonymous": REDIRECT, "site_admin": 405},
                         note="signing out is a POST; non-staff are sent to the admin's index"),
    "admin:autocomplete": Rule(get={**signed_in(ADMIN_LOGIN), "anonymous": ADMIN_LOGIN,
                                    "site_admin": 403}, note="403 without its parameters"),
    "admin:view_on_site": Rule(get={**signed_in(ADMIN_LOGIN), "anonymous": ADMIN_LOGIN,
                                    "site_admin": REDIRECT}),
    r"admin/(?P<url>.*)$": Rule(get={**signed_in(ADMIN_LOGIN), "anonymous": ADMIN_LOGIN,
                                     "site_admin": 404},
                                kwargs=lambda w: {"url": "no-such-page/"}),
}

# Grouped rules: (what they cover, test on the URL key, rule). A URL with its own rule in
# RULES never falls to a group.
ADMIN_ROLES = ("anonymous", "member", "facilitator", "evaluator", "site_admin")
GROUP_RULES = [
    ("admin pages: staff only (everyone else is sent to sign in)",
     lambda key: key.startswith("admin:"),
     Rule(get={**signed_in(ADMIN_LOGIN), "anonymous": ADMIN_LOGIN, "site_admin": 200},
          roles=ADMIN_ROLES)),
    ("admin's old object addresses: redirect to the change page (which is staff only)",
     lambda key: re.fullmatch(r"admin/[a-z_]+/[a-z_]+/<path:object_id>/", key) is not None,
     Rule(get=signed_in(REDIRECT, anonymous=REDIRECT), roles=ADMIN_ROLES)),
]

# --- Walking the URL patterns ----------------------------------------------------------------


@dataclass
class Route:
    key: str  # "namespace:name", or the route text for a pattern without a name
    route: str  # the whole route text, e.g. "c/<slug:slug>/cases/<int:pk>/"
    pattern: URLPattern
    kwarg_names: list = field(default_factory=list)

    @property
    def view(self) -> str:
        callback = self.pattern.callback
        return f"{callback.__module__}.{getattr(callback, '__name__', callback)}"


def _kwarg_names(route: str) -> list:
    return re.findall(r"<(?:\w+:)?(\w+)>", route) + re.findall(r"\(\?P<(\w+)>", route)


def url_routes(patterns=None, prefix="", namespace="") -> list:
    """Every URL pattern reachable from the root URLconf, included ones too."""
    routes = []
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(entry, URLResolver):
            ns = ":".join(filter(None, [namespace, entry.namespace])) if entry.namespace \
                else namespace
            routes += url_routes(entry.url_patterns, prefix + str(entry.pattern), ns)
        else:
            route = prefix + str(entry.pattern)
            key = ":".join(filter(None, [namespace, entry.name])) if entry.name else route
            routes.append(Route(key, route, entry, _kwarg_names(route)))
    return routes


def rule_for(key: str):
    if key in RULES:
        return RULES[key]
    for _description, test, rule in GROUP_RULES:
        if test(key):
            return rule
    return None


def _suggestion(route: Route) -> str:
    kwargs = ", ".join(f'"{name}": w.community.slug' if name == "slug" else
                       f'"{name}": w.<sample object>.pk' for name in route.kwarg_names)
    kw = f", kwargs=lambda w: {{{kwargs}}}" if kwargs else ""
    return (f'    "{route.key}": Rule(get=community(){kw}),  '
            f"# {route.route} -> {route.view}; add post=... if it changes something")


def coverage_problems(routes) -> list:
    problems = []
    missing = [r for r in routes if rule_for(r.key) is None]
    if missing:
        problems.append(
            "These URL patterns have no rule. Add one per URL to RULES in "
            "tests/test_access_matrix.py, with the statuses PERMISSIONS.md gives each role "
            "(presets: community(), facilitators(), signed_in(), evaluators(), everyone(), "
            "POST_ONLY), for example:\n" + "\n".join(_suggestion(r) for r in missing))
    keys = {r.key for r in routes}
    stale = sorted(k for k in RULES if k not in keys)
    if stale:
        problems.append("These rules match no URL pattern any more; remove them from RULES "
                        "in tests/test_access_matrix.py (or fix the name):\n" +
                        "\n".join(f"    {k!r}" for k in stale))
    for key, rules in RULES.items():
        for rule in rules if isinstance(rules, tuple) else (rules,):
            for method in ("get", "post"):
                table = getattr(rule, method)
                if table is not None and set(table) != set(rule.roles):
                    problems.append(f"Rule {key!r} {method.upper()} must give every role: "
                                    f"missing {sorted(set(rule.roles) - set(table))}")
    return problems


def _url(route: Route, kwargs: dict) -> str:
    if route.pattern.name:
        return reverse(route.key, kwargs=kwargs)
    path = route.route
    for name, value in kwargs.items():
        path = re.sub(rf"<(?:\w+:)?{name}>|\(\?P<{name}>[^)]*\)", str(value), path)
    return "/" + path.replace("^", "").replace("$", "")


def admin_kwargs(world, route: Route) -> dict:
    """Arguments for the admin's own URLs: an existing object of the page's model."""
    kwargs = {}
    model_admin = getattr(route.pattern.callback, "model_admin", None)
    for name in route.kwarg_names:
        if name in ("object_id", "id") and model_admin is not None:
            obj = model_admin.model._default_manager.order_by("pk").first()
            assert obj is not None, f"add a {model_admin.model.__name__} to build_world()"
            kwargs[name] = obj.pk
        elif name == "id":  # a user's password page
            kwargs[name] = world.users["member"].pk
        elif name == "object_id":  # view_on_site
            kwargs[name] = world.community.pk
        elif name == "content_type_id":
            kwargs[name] = ContentType.objects.get_for_model(world.community).pk
        elif name == "app_label":
            kwargs[name] = "members"
    return kwargs


# --- The test --------------------------------------------------------------------------------


def _describe(response) -> str:
    location = response.get("Location")
    return f"{response.status_code}" + (f" -> {location}" if location else "")


@pytest.mark.usefixtures("media_root", "evaluation_export_root")
def test_access_matrix():
    routes = url_routes()
    problems = coverage_problems(routes)
    world = build_world()

    session_cookies = {}
    for role, user in world.users.items():
        client = Client()
        client.force_login(user)
        # Sensitive actions ask for the password again (allauth's reauthentication): confirm
        # it now, so that requests reach the permission checks behind that question.
        reauthenticate(client)
        session_cookies[role] = client.cookies[settings.SESSION_COOKIE_NAME].value

    def request(role, method, url, data):
        client = Client()
        if role != "anonymous":
            client.cookies[settings.SESSION_COOKIE_NAME] = session_cookies[role]
        with transaction.atomic():
            try:
                if method == "get":
                    response = client.get(url)
                else:
                    response = client.post(url, data)
            finally:
                transaction.set_rollback(True)
        return response

    checked = 0
    seen = set()
    for route in routes:
        rules = rule_for(route.key)
        if rules is None or route.key in seen:
            continue
        seen.add(route.key)
        for rule in rules if isinstance(rules, tuple) else (rules,):
            kwargs = rule.kwargs(world) if rule.kwargs is not _no_kwargs or not \
                route.kwarg_names else admin_kwargs(world, route)
            cases = [(_url(route, kwargs) + rule.query, rule.get, rule.post)]
            if "slug" in kwargs and len(kwargs) > 1 and not rule.no_object:
                # The object of one community under another's address: that community's
                # facilitator gets the same 404 (an object outside one's communities is never
                # found); its member too, or the 403 that the role check gives first.
                swapped = _url(route, {**kwargs, "slug": world.other_community.slug})
                cases.append((swapped + rule.query, *(None if table is None else {
                    "outsider": 405 if table["member"] == 405 else (
                        (403, 404) if table["member"] == 403 else 404),
                    "other_facilitator": 405 if table["facilitator"] == 405 else 404,
                } for table in (rule.get, rule.post))))
            for url, get, post in cases:
                for method, table in (("get", get), ("post", post)):
                    for role, expected in (table or {}).items():
                        data = rule.data(world) if method == "post" else None
                        try:
                            response = request(role, method, url, data)
                        except Exception as exc:  # noqa: BLE001 (reported with the others)
                            problems.append(f"{route.key} {method.upper()} {url} as {role}: "
                                            f"expected {expected}, raised {exc!r}")
                            continue
                        checked += 1
                        if not matches(expected, response):
                            problems.append(
                                f"{route.key} {method.upper()} {url} as {role}: "
                                f"expected {expected}, got {_describe(response)}")
    assert not problems, (f"{len(problems)} problem(s) in the access matrix "
                          f"({checked} requests checked):\n" + "\n".join(problems))
    assert checked > 900


@pytest.mark.usefixtures("media_root")
def test_a_case_returned_to_draft_leaves_the_session_pages(client):
    """A draft is its author's alone (PERMISSIONS.md), even when it was on an agenda before a
    facilitator returned it to its author: the session page no longer names it."""
    world = build_world()
    case, facilitator = world.case, world.users["facilitator"]
    client.force_login(facilitator)
    slug = world.community.slug
    response = client.post(reverse("casework:case_status", args=[slug, case.pk]),
                           {"action": "return_to_draft", "reason": "It names a hostel."})
    assert response.status_code == 302
    for person in (facilitator, world.bystander):
        client.force_login(person)
        page = client.get(reverse("sessions_app:session_detail", args=[slug, world.session.pk]))
        assert page.status_code == 200
        assert case.title not in page.content.decode(), person

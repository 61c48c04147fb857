"""Security headers on every page a GET can reach: a strict Content-Security-Policy with a
nonce (no 'unsafe-inline' or 'unsafe-eval'), no framing, no caching; and nothing in any
page's HTML that such a policy would block (inline script without the nonce, style=""
attributes, on*= handlers, javascript: links, frames, off-site forms or scripts).

The walk covers every named URL pattern of the project's apps (a new one needs its
arguments below, or the test fails), allauth's (accounts, two-factor, signed-in sessions)
with made-up keys, and the Django admin's for a site admin; each is fetched as anonymous, a
member (signed in through the real form, so that allauth's two-factor pages render), a
facilitator, an evaluator and a site admin (each with an authenticator app, as their roles
require)."""

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.contrib import admin
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils.csp import build_policy

from members.security import totp_add

from ._matrix_world import build_world
from .factories import PASSWORD
from .helpers import PRODUCTION_ENV, manage

pytestmark = pytest.mark.django_db

PROJECT_NAMESPACES = ("members", "servicemap", "glossary", "casework", "sessions_app",
                      "evaluation")
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


# --- What a response must carry -------------------------------------------------------------

def parse_policy(header: str) -> dict[str, list[str]]:
    directives = {}
    for part in header.split(";"):
        tokens = part.split()
        if tokens:
            directives[tokens[0].lower()] = tokens[1:]
    return directives


def header_problems(response) -> list[str]:
    problems = []
    header = response.headers.get("Content-Security-Policy")
    if not header:
        return ["no Content-Security-Policy header"]
    policy = parse_policy(header)
    if "sandbox" in policy and response.headers.get("Content-Disposition", "").startswith(
            "attachment"):
        # A download (library file, export, personal data) is never shown as a page: it
        # carries a sandbox policy of its own, stricter than the site's; framing is still
        # refused by X-Frame-Options below.
        policy = {**parse_policy(build_policy(settings.SECURE_CSP, None)), **policy}
    for value in ("'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "*", "data:", "http:",
                  "https:"):
        for directive in ("default-src", "script-src", "style-src", "script-src-attr",
                          "style-src-attr", "connect-src", "form-action"):
            if value in policy.get(directive, []):
                problems.append(f"{directive} allows {value}")
    if "'unsafe-inline'" in header or "'unsafe-eval'" in header:
        problems.append("the policy allows unsafe-inline or unsafe-eval somewhere")
    expected = {"default-src": ["'self'"], "object-src": ["'none'"],
                "frame-ancestors": ["'none'"], "form-action": ["'self'"]}
    for directive, value in expected.items():
        if policy.get(directive) != value:
            problems.append(f"{directive} is {policy.get(directive)}, not {value}")
    if policy.get("base-uri") not in (["'none'"], ["'self'"]):
        problems.append(f"base-uri is {policy.get('base-uri')}")
    if response.headers.get("X-Frame-Options") != "DENY":
        problems.append(f"X-Frame-Options is {response.headers.get('X-Frame-Options')}")
    if response.headers.get("X-Content-Type-Options") != "nosniff":
        problems.append("no X-Content-Type-Options: nosniff")
    if "no-store" not in response.headers.get("Cache-Control", ""):
        problems.append(f"Cache-Control is {response.headers.get('Cache-Control')!r}")
    return problems


def nonce_of(response) -> str | None:
    sources = parse_policy(response.headers.get("Content-Security-Policy", "")).get(
        "script-src", [])
    nonces = [s[len("'nonce-"):-1] for s in sources if s.startswith("'nonce-")]
    return nonces[0] if nonces else None


# --- What a page's HTML must not hold ------------------------------------------------------

# <script> types that a browser runs; anything else (application/json, ...) is a data block.
SCRIPT_TYPES = {"", "text/javascript", "application/javascript", "module", "text/ecmascript",
                "application/ecmascript", "text/jscript"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "poster", "xlink:href"}


def scheme_of(url: str | None) -> str:
    """The scheme a browser sees (it ignores spaces and control characters in it)."""
    cleaned = re.sub(r"[\x00-\x20\x7f]+", "", url or "")
    return cleaned.split(":", 1)[0].lower() if ":" in cleaned else ""


def off_site(url: str) -> bool:
    parts = urlsplit(url.strip())
    return bool(parts.netloc and parts.netloc != "testserver") or parts.scheme not in (
        "", "http", "https")


class PageChecker(HTMLParser):
    """Collects everything in a page that the site's policy would block or has to allow."""

    def __init__(self, nonce: str | None):
        super().__init__(convert_charrefs=True)
        self.nonce = nonce
        self.problems: list[str] = []

    def flag(self, tag, attrs, why):
        shown = " ".join(f'{k}="{v}"' if v is not None else k for k, v in attrs)[:120]
        self.problems.append(f"<{tag} {shown}>: {why}")

    def handle_starttag(self, tag, attrs):
        values = {name: (value or "") for name, value in attrs}
        for name, value in attrs:
            if name.startswith("on"):
                self.flag(tag, attrs, f"inline event handler {name}=")
            elif name == "style":
                self.flag(tag, attrs, 'style="" attribute')
            elif name in URL_ATTRIBUTES and scheme_of(value) in ("javascript", "vbscript"):
                self.flag(tag, attrs, "javascript: URL")
            elif name in URL_ATTRIBUTES and scheme_of(value) == "data" and not (
                    (tag, name) == ("img", "src") or (tag, name) == ("link", "href") and
                    "icon" in values.get("rel", "").lower().split()):
                self.flag(tag, attrs, "data: URL outside an image")
        if "nonce" in values and values["nonce"] != self.nonce:
            self.flag(tag, attrs, "a nonce that is not this response's")
        if tag == "script":
            if "src" in values:
                if off_site(values["src"]):
                    self.flag(tag, attrs, "script from another site")
            elif values.get("type", "").strip().lower() in SCRIPT_TYPES and (
                    not self.nonce or values.get("nonce") != self.nonce):
                self.flag(tag, attrs, "inline script without this response's nonce")
        elif tag == "style" and (not self.nonce or values.get("nonce") != self.nonce):
            self.flag(tag, attrs, "inline <style> without this response's nonce")
        elif tag in ("iframe", "frame", "object", "embed", "applet", "base"):
            self.flag(tag, attrs, f"<{tag}> (the policy allows none)")
        elif tag == "link" and "stylesheet" in values.get("rel", "").lower().split() \
                and off_site(values.get("href", "")):
            self.flag(tag, attrs, "stylesheet from another site")
        elif tag == "form" and off_site(values.get("action", "")):
            self.flag(tag, attrs, "form posting to another site")
        elif tag == "img" and off_site(values.get("src", "")) and not values.get(
                "src", "").startswith("data:"):
            self.flag(tag, attrs, "image from another site")

    handle_startendtag = handle_starttag


def html_problems(response) -> list[str]:
    checker = PageChecker(nonce_of(response))
    checker.feed(response.content.decode())
    checker.close()
    return checker.problems


def is_html(response) -> bool:
    return response.headers.get("Content-Type", "").startswith("text/html") and not getattr(
        response, "streaming", False)


def is_full_page(response) -> bool:
    return is_html(response) and b"<html" in response.content[:500].lower()


def check(response, label: str) -> list[str]:
    problems = header_problems(response)
    if is_html(response):
        problems += html_problems(response)
        if is_full_page(response) and not nonce_of(response):
            problems.append("a full page whose policy has no nonce")
    return [f"{label}: {p}" for p in problems]


# --- Every URL pattern, with arguments ----------------------------------------------------

def patterns(resolver=None, namespace="", params=()):
    """(name, parameter names) of every named URL pattern."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        pattern = entry.pattern
        names = tuple(getattr(pattern, "converters", {}) or pattern.regex.groupindex)
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from patterns(entry, inner, params + names)
        elif isinstance(entry, URLPattern) and entry.name:
            yield namespace + entry.name, params + names


def personal_data_token(w) -> str:
    """The token of a "Download my data" request of the member's (waiting to be prepared)."""
    from members.models import PersonalDataExport, hash_token

    token = "headers-personal-data-token-0123456789"
    PersonalDataExport.objects.get_or_create(user=w.users["member"],
                                             token_hash=hash_token(token))
    return token


def project_arguments(w) -> dict:
    """Arguments for the project's URL patterns, by URL name, from the matrix world."""
    slug = w.community.slug
    case, session = w.case.pk, w.session.pk
    data_token = personal_data_token(w)
    return {
        "members:personal_data_status": {"token": data_token},
        "members:personal_data_download": {"token": data_token},
        "members:invitation_accept": {"token": w.invitation_token},
        "members:notification_unsubscribe": {"token": w.unsubscribe_token},
        "members:notification_open": {"pk": w.notification.pk},
        "members:member_role": {"slug": slug, "pk": w.bystander_membership.pk},
        "members:member_remove": {"slug": slug, "pk": w.bystander_membership.pk},
        "members:usersession_end": {"pk": 2_000_000_000},  # POST only
        "casework:case_publish": {"slug": slug, "pk": w.draft_case.pk},
        "casework:comment_edit": {"slug": slug, "pk": case, "comment_pk": w.member_comment.pk},
        "casework:comment_remove": {"slug": slug, "pk": case, "comment_pk": w.comment.pk},
        "casework:barrier_edit": {"slug": slug, "pk": case, "barrier_pk": w.barrier.pk},
        "sessions_app:agenda_edit": {"slug": slug, "pk": session,
                                     "item_pk": w.agenda_item.pk},
        "sessions_app:agenda_delete": {"slug": slug, "pk": session,
                                       "item_pk": w.agenda_item.pk},
        "sessions_app:action_done": {"slug": slug, "pk": session, "action_pk": w.action.pk},
        "sessions_app:follow_up_request": {"slug": slug, "pk": w.past_session.pk},
        "sessions_app:follow_up_handled": {"slug": slug, "request_pk": w.follow_up.pk},
        "sessions_app:series_edit": {"slug": slug, "series_pk": w.series.pk},
        "sessions_app:material_file": {"slug": slug, "material_pk": w.file_material.pk},
        "sessions_app:material_delete": {"slug": slug, "material_pk": w.file_material.pk},
        "sessions_app:material_check": {"slug": slug, "material_pk": w.held_material.pk},
        "sessions_app:material_replace": {"slug": slug, "material_pk": w.held_material.pk},
        "sessions_app:calendar_feed": {"token": w.feed_token},
        "servicemap:service_revert": {"slug": slug, "pk": w.service.pk,
                                      "revision_pk": w.service_edit.pk},
        "servicemap:service_show": {"slug": slug, "pk": w.hidden_service.pk},
        "servicemap:expertise_remove": {"pk": w.expertise.pk},  # POST only
        "servicemap:question_detail": {"slug": slug, "pk": w.service_question.pk},
        "servicemap:question_answer": {"slug": slug, "pk": w.question_to_member.pk},
        "servicemap:answer_consent": {"slug": slug, "pk": w.question_to_member.pk,
                                      "answer_pk": w.member_answer.pk},
        "servicemap:answer_share": {"slug": slug, "pk": w.service_question.pk,
                                    "answer_pk": w.service_answer.pk},
        "evaluation:question_edit": {"pk": w.survey.pk, "question_pk": w.question.pk},
        "evaluation:question_delete": {"pk": w.survey.pk, "question_pk": w.question.pk},
        "evaluation:question_move": {"pk": w.survey.pk, "question_pk": w.question.pk},
        "evaluation:session_results": {"slug": slug, "session_pk": w.past_session.pk},
        "evaluation:export_status": {"export_pk": w.export.pk},
        "evaluation:export_download": {"export_pk": w.export.pk},
        "evaluation:answer": {"invitation_pk": w.survey_invitation.pk},
        "evaluation:answer_by_link": {"token": w.survey_token},
    }


def default_argument(name: str, param: str, w):
    """The usual meaning of a parameter, from its name and the URL's name."""
    if param == "slug":
        return w.community.slug
    if param == "pk":
        app = name.split(":")[0]
        if name.startswith("casework:"):
            return w.case.pk
        if name.startswith("glossary:"):
            return w.term.pk
        if name.startswith("sessions_app:"):
            return w.session.pk
        if app == "servicemap":
            return w.service.pk
        if app == "evaluation":
            return w.study.pk if "study" in name else w.survey.pk
    return None


def project_urls(w) -> tuple[dict, list]:
    """{name: url} for every project URL pattern, and the names it could not fill."""
    explicit = project_arguments(w)
    urls, unfilled = {}, []
    for name, params in patterns():
        if name.split(":")[0] not in PROJECT_NAMESPACES:
            continue
        kwargs = dict(explicit.get(name, {}))
        for param in params:
            if param not in kwargs:
                kwargs[param] = default_argument(name, param, w)
        if any(value is None for value in kwargs.values()):
            unfilled.append(name)
            continue
        urls[name] = reverse(name, kwargs=kwargs)
    return urls, unfilled


def allauth_urls() -> dict:
    """allauth's pages (no namespace), with made-up keys and ids where they take one."""
    urls = {}
    for name, params in patterns():
        if ":" in name or name.split("_")[0] not in ("account", "mfa", "usersessions"):
            continue
        kwargs = {p: 2_000_000_000 if p == "pk" else "made-up-key" for p in params}
        urls[name] = reverse(name, kwargs=kwargs)
    return urls


def admin_urls() -> dict:
    """The admin's index and, for every registered model, its list, add, change, history and
    delete pages (the last three for the model's first row, if it has one)."""
    urls = {"admin:index": reverse("admin:index"),
            "admin:password_change": reverse("admin:password_change")}
    for model in admin.site._registry:
        prefix = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        urls[prefix + "_changelist"] = reverse(prefix + "_changelist")
        urls[prefix + "_add"] = reverse(prefix + "_add")
        row = model._default_manager.order_by("pk").first()
        if row is not None:
            for action in ("change", "history", "delete"):
                urls[f"{prefix}_{action}"] = reverse(f"{prefix}_{action}", args=[row.pk])
    return urls


# --- The people ------------------------------------------------------------------------------

def clients(world) -> dict[str, Client]:
    people = {"anonymous": Client()}
    member = Client()
    response = member.post(reverse("account_login"),
                           {"login": world.users["member"].email, "password": PASSWORD})
    assert response.status_code == 302, "the member signs in through the form"
    # ... and confirms the password again, as adding a second factor asks.
    response = member.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    assert response.status_code == 302
    people["member"] = member
    for role in ("facilitator", "evaluator", "site_admin"):
        user = world.users[role]
        totp_add(user, TOTP_SECRET)  # their roles require a second factor
        people[role] = Client()
        people[role].force_login(user)
    return people


# --- The tests -----------------------------------------------------------------------------

def test_every_page_has_a_strict_policy_and_nothing_inline():
    world = build_world()
    people = clients(world)
    urls, unfilled = project_urls(world)
    assert not unfilled, (f"add arguments for {unfilled} to project_arguments() in "
                          f"tests/test_headers.py, so that their pages are checked")
    urls["casework:search (results)"] = reverse("casework:search") + "?q=Elizabeth"
    urls["casework:search (no results)"] = reverse("casework:search") + "?q=zzzqqq"
    project_names = set(urls)
    urls.update(allauth_urls())
    urls["not found"] = "/no-such-page/"

    problems, statuses, full_pages = [], {}, set()
    for name, url in urls.items():
        for role in ("anonymous", "member", "facilitator", "evaluator", "site_admin"):
            response = people[role].get(url)
            statuses.setdefault(name, set()).add(response.status_code)
            if response.status_code >= 500:
                problems.append(f"{name} as {role}: server error")
            problems += check(response, f"{name} ({url}) as {role}")
            if response.status_code == 200 and is_full_page(response):
                full_pages.add(name)
    for name, url in admin_urls().items():
        response = people["site_admin"].get(url)
        statuses[name] = {response.status_code}
        problems += check(response, f"{name} ({url}) as site admin")
        if response.status_code == 200 and is_full_page(response):
            full_pages.add(name)

    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems[:60])
    # The arguments are right: no project page is "not found" for everyone.
    lost = sorted(n for n in project_names if statuses[n] == {404})
    assert not lost, f"these pages were 404 for every role (wrong arguments?): {lost}"
    # The pages that show case content, people and survey answers were really checked.
    for name in ("members:community_home", "members:directory", "members:profile",
                 "members:notifications", "casework:case_list", "casework:case_detail",
                 "casework:case_create", "casework:case_edit", "casework:case_publish",
                 "casework:case_history", "casework:barrier_report",
                 "casework:search (results)", "sessions_app:calendar",
                 "sessions_app:session_detail", "sessions_app:session_record",
                 "sessions_app:my_calendar", "sessions_app:library",
                 "servicemap:service_list", "servicemap:service_detail",
                 "servicemap:service_edit", "servicemap:service_history",
                 "servicemap:expertise", "evaluation:study_list",
                 "evaluation:survey_detail", "evaluation:survey_results",
                 "evaluation:export_form", "evaluation:answer_by_link",
                 "members:audit_trail", "members:community_audit", "account_login",
                 "account_change_password", "account_email", "mfa_index",
                 "mfa_activate_totp", "mfa_add_webauthn", "admin:index",
                 "admin:members_community_change", "admin:members_user_change"):
        assert name in full_pages, f"{name} was never shown as a full page"


def test_partial_pages_and_form_errors_are_clean_too(client):
    """htmx fragments and pages re-shown with errors."""
    world = build_world()
    slug, case = world.community.slug, world.case
    client.force_login(world.users["member"])
    htmx = {"HTTP_HX_REQUEST": "true"}
    args = [slug, case.pk]
    responses = {
        "comment posted": client.post(reverse("casework:comment_create", args=args),
                                      {"body": "We tried the duty team twice."}, **htmx),
        "comment with findings": client.post(
            reverse("casework:comment_create", args=args),
            {"body": "Her NHS number is 943 476 5919, call 07700 900123."}, **htmx),
        "comment edit form": client.get(reverse(
            "casework:comment_edit", args=[*args, world.member_comment.pk]), **htmx),
        "follow button": client.post(reverse("casework:case_follow", args=args),
                                     {"follow": "1"}, **htmx),
        "rsvp": client.post(reverse("sessions_app:session_rsvp",
                                    args=[slug, world.session.pk]), {"answer": "going"},
                            **htmx),
        "case form errors": client.post(reverse("casework:case_create", args=[slug]), {}),
    }
    anonymous = Client()
    responses["sign-in errors"] = anonymous.post(
        reverse("account_login"), {"login": world.users["member"].email, "password": "nope"})
    problems = []
    for label, response in responses.items():
        assert response.status_code in (200, 400), (label, response.status_code)
        assert is_html(response), label
        problems += check(response, label)
    assert not problems, "\n".join(problems)
    assert "943 476 5919" in responses["comment with findings"].content.decode()


def test_second_step_of_sign_in_is_clean(client):
    """The page that asks a facilitator for their code (with allauth's security-key script)."""
    world = build_world()
    facilitator = world.users["facilitator"]
    totp_add(facilitator, TOTP_SECRET)
    response = client.post(reverse("account_login"),
                           {"login": facilitator.email, "password": PASSWORD}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("mfa_authenticate")
    assert check(response, "second step") == []
    assert 'name="code"' in response.content.decode()


def test_cache_control_no_store_unless_the_view_says_otherwise(client, member, community):
    from sessions_app.calendars import calendar_feed_for

    from .factories import make_case

    case = make_case(community, member)
    client.force_login(member)
    for url in (case.get_absolute_url(), reverse("casework:case_list", args=[community.slug]),
                community.get_absolute_url(), reverse("casework:search") + "?q=Elizabeth",
                reverse("members:profile")):
        response = client.get(url)
        assert response.status_code == 200
        assert response["Cache-Control"] == "no-store, private", url
    # Not signed in: the sign-in page and a not-found page too.
    client.logout()
    assert "no-store" in client.get(reverse("account_login"))["Cache-Control"]  # never_cache
    assert client.get("/no-such-page/")["Cache-Control"] == "no-store, private"
    # A view's own header stays: the calendar feed's, and never_cache's on survey pages.
    feed = client.get(reverse("sessions_app:calendar_feed",
                              args=[calendar_feed_for(member).token]))
    assert feed.status_code == 200 and feed["Content-Type"].startswith("text/calendar")
    assert feed["Cache-Control"] == "private, no-store"
    client.force_login(member)
    surveys = client.get(reverse("evaluation:my_surveys"))
    assert surveys.status_code == 200
    assert surveys["Cache-Control"] == "max-age=0, no-cache, no-store, must-revalidate, private"


def test_library_download_keeps_its_headers(client):
    world = build_world()
    client.force_login(world.users["member"])
    response = client.get(reverse("sessions_app:material_file",
                                  args=[world.community.slug, world.file_material.pk]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert response["Cache-Control"] == "private, no-store"
    assert response["Content-Disposition"].startswith("attachment")


def test_static_files_are_answered_before_the_no_store_middleware():
    """In production WhiteNoise serves static files (with long-lived caching) before the
    no-store middleware sees them; here, it is first in the list after SecurityMiddleware."""
    code = "from django.conf import settings as s; print('|'.join(s.MIDDLEWARE))"
    reachable = {"DATABASE_URL": settings.DATABASE_URL, "REDIS_URL": settings.REDIS_URL}
    result = manage("shell", "--no-imports", "-c", code, **{**PRODUCTION_ENV, **reachable})
    assert result.returncode == 0, result.stderr
    middleware = result.stdout.strip().split("|")
    assert middleware.index("whitenoise.middleware.WhiteNoiseMiddleware") < middleware.index(
        "cop.middleware.NoStoreMiddleware")
    assert "cop.middleware.NoStoreMiddleware" in settings.MIDDLEWARE


@pytest.mark.parametrize("html, why", [
    ("<script>alert(1)</script>", "inline script without"),
    ('<script nonce="wrong">alert(1)</script>', "not this response's"),
    ('<p style="color:red">x</p>', "style"),
    ('<a href="#" onclick="go()">x</a>', "inline event handler onclick"),
    ('<img src=x onerror=alert(1)>', "onerror"),
    ('<a href=" JavaScript:alert(1)">x</a>', "javascript: URL"),
    ('<a href="java\tscript:alert(1)">x</a>', "javascript: URL"),
    ('<a href="data:text/html,<script>alert(1)</script>">x</a>', "data: URL"),
    ('<script src="https://evil.example/x.js"></script>', "another site"),
    ("<style>p{}</style>", "inline <style>"),
    ('<iframe src="/x"></iframe>', "iframe"),
    ('<form action="https://evil.example/steal"></form>', "another site"),
    ('<base href="https://evil.example/">', "base"),
])
def test_the_page_checker_catches_what_the_policy_would_block(html, why):
    checker = PageChecker(nonce="abc123")
    checker.feed(html)
    assert any(why in problem for problem in checker.problems), checker.problems


def test_the_page_checker_accepts_what_the_site_does():
    checker = PageChecker(nonce="abc123")
    checker.feed('<link rel="stylesheet" href="/static/site.css" nonce="abc123">'
                 '<script src="/static/htmx.min.js" nonce="abc123" defer></script>'
                 '<script src="/static/mfa/js/webauthn.js"></script>'
                 '<script type="application/json" id="data">{"a": 1}</script>'
                 '<script nonce="abc123">window.x = 1</script>'
                 '<link rel="icon" href="data:,"><img src="data:image/svg+xml;base64,AA">'
                 '<form method="post" action="/accounts/login/"></form>'
                 '<a href="https://example.org/guide" rel="noopener">A guide</a>')
    assert checker.problems == []

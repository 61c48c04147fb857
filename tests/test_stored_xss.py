"""Stored cross-site scripting: hostile payloads are posted through the real forms into every
free-text field people can fill in (cases, comments, barriers, moderation reasons, sessions,
agenda, action points, follow-ups, the library, glossary terms, profiles, the community's
description via the admin, studies, surveys, questions, value labels, answers), then every
page that shows them is fetched as the people who would see it and parsed: nothing may be live
(tests/_matrix_html.py says what "live" means). Emails are checked too."""

from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from casework.models import REASON_MAX, CaseStudy, Comment
from evaluation.models import Question, QuestionType, Study, Survey
from glossary.models import Term
from sessions_app.models import AgendaItem, Material, Session

from ._matrix_html import live_markup, page_problems
from ._matrix_world import build_world
from .factories import add_question

pytestmark = pytest.mark.django_db

MARK = "XSSMARK"
# What {{ "live"|add:"template" }} would give if text were ever run as a template: a word no
# page shows otherwise (a number did not do: a row's id, "8888", in a link once matched).
EVALUATED = "livetemplate"

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(1)>',
    "'><svg/onload=alert(1)>",
    "javascript:alert(1)",
    "[x](javascript:alert(1))",
    "[y](JaVaScRiPt:alert(1))",
    "[z](&#106;avascript:alert(1))",
    "[w](java\tscript:alert(1))",
    "[d](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    '<a href="data:text/html,<script>alert(1)</script>">d</a>',
    '<a href="&#106;avascript:alert(1)">e</a>',
    "{{7*7}}",
    '{{ "live"|add:"template" }}',
    "{% debug %}",
    "</textarea><script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    '<iframe src="https://evil.example"></iframe>',
    '<object data="javascript:alert(1)"></object>',
    '" style="x',
    "' style='x",
    '<p style="background:url(javascript:alert(1))">s</p>',
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e",
    "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<details open ontoggle=alert(1)>",
    '<form action="javascript:alert(1)"><button>go</button></form>',
    "<math><mi xlink:href=\"javascript:alert(1)\">m</mi></math>",
    '<base href="https://evil.example/">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    "<style>body{display:none}</style>",
    "\u202eevil\u202c",
]


def packed(limit: int, sep: str = " ") -> list[str]:
    """The payloads in as few texts of at most `limit` characters as they fit in, each text
    starting with MARK so that a page showing it can be recognised."""
    texts, current = [], MARK
    for payload in PAYLOADS:
        if len(current) + len(sep) + len(payload) > limit and current != MARK:
            texts.append(current)
            current = MARK
        current += sep + payload
    return [text[:limit] for text in texts + [current]]  # a payload too long is cut short


ALL = packed(10_000, "\n\n")[0]  # for long text fields (all of 2,000 characters or more)
REASONS = packed(REASON_MAX, "\n\n")  # every payload, in reasons within their limit


@pytest.fixture
def world(media_root):
    return build_world()


def login(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _ok(response, what):
    assert response.status_code in (200, 302), (what, response.status_code)
    if response.status_code == 200 and response.context and "form" in response.context:
        form = response.context["form"]
        assert not getattr(form, "errors", None), (what, form.errors)
    return response


def _override_all(client, url, data, response):
    """Give a reason for every finding of the identifier scanner and post again."""
    findings = (response.context or {}).get("findings") or []
    reasons = {f"override-{item['finding'].key}": "Not an identifier: a test payload."
               for field in findings for item in field["findings"]}
    if not reasons:
        return response
    return client.post(url, {**data, **reasons})


def post_gated(client, url, data, what):
    """Post to a form behind the publishing gate, overriding whatever it finds."""
    response = client.post(url, data)
    if response.status_code == 200:
        response = _override_all(client, url, data, response)
    return _ok(response, what)


# --- Filling every free-text field ----------------------------------------------------------


def fill_casework(world):
    member, facilitator = world.users["member"], world.users["facilitator"]
    slug = world.community.slug
    m, f = login(member), login(facilitator)
    cases = []
    for title, pseudonym in zip(packed(200), packed(60) * 10, strict=False):
        data = {"title": title, "pseudonym": pseudonym, "pseudonym_declared": "on",
                "presenting_situation": ALL, "services_involved": ALL, "what_tried": ALL,
                "question": ALL, "needs_domains": ["homelessness"], "for_discussion": "on"}
        _ok(m.post(reverse("casework:case_create", args=[slug]), data), "case_create")
        case = CaseStudy.objects.filter(author=member).order_by("-pk").first()
        post_gated(m, reverse("casework:case_publish", args=[slug, case.pk]), {}, "publish")
        cases.append(case)
    case = cases[0]
    case.refresh_from_db()
    edit = {"title": case.title, "pseudonym": case.pseudonym, "pseudonym_declared": "on",
            "presenting_situation": ALL, "services_involved": ALL, "what_tried": ALL,
            "question": ALL, "outcome": ALL}
    post_gated(m, reverse("casework:case_edit", args=[slug, case.pk]), edit, "case_edit")
    comment_url = reverse("casework:comment_create", args=[slug, case.pk])
    post_gated(m, comment_url, {"body": ALL}, "comment")
    for reason in REASONS:
        post_gated(f, comment_url, {"body": ALL}, "facilitator comment")
        removed = Comment.objects.filter(case=case, author=facilitator).order_by("-pk").first()
        _ok(f.post(reverse("casework:comment_remove", args=[slug, case.pk, removed.pk]),
                   {"reason": reason}), "comment_remove")
    for description in packed(500):
        post_gated(m, reverse("casework:barrier_create", args=[slug, case.pk]), {
            "service_type": "housing", "category": "local_connection",
            "description": description, "overcome": "partly", "how_overcome": ALL},
            "barrier")
    # A draft with payloads (its publish page highlights findings) and a returned case.
    draft = world.draft_case
    post_gated(m, reverse("casework:case_edit", args=[slug, draft.pk]),
               {**edit, "title": packed(200)[0]}, "draft edit")
    assert len(REASONS) < len(cases)  # cases[0] stays open
    for closed, reason in zip(reversed(cases), REASONS, strict=False):
        _ok(f.post(reverse("casework:case_status", args=[slug, closed.pk]),
                   {"action": "close", "reason": reason}), "case_status")
    return case


def fill_sessions(world, case):
    slug, f = world.community.slug, login(world.users["facilitator"])
    day = (timezone.localdate() + timedelta(days=12)).isoformat()
    for link in ("javascript:alert(1)", "data:text/html,x", " JavaScript:alert(1)"):
        response = f.post(reverse("sessions_app:session_create", args=[slug]), {
            "title": "Bad link", "date": day, "start_time": "10:00", "end_time": "12:00",
            "online_link": link})
        assert response.status_code == 200 and "online_link" in response.context["form"].errors
    assert not Session.objects.filter(title="Bad link").exists()
    for title, venue in zip(packed(200), packed(300) * 10, strict=False):
        post_gated(f, reverse("sessions_app:session_create", args=[slug]), {
            "title": title, "date": day, "start_time": "10:00", "end_time": "12:00",
            "venue": venue, "description": ALL, "capacity": "10",
            "online_link": "https://meet.example.org/x"}, "session")
    session = world.session
    for title in packed(200):
        post_gated(f, reverse("sessions_app:agenda_add", args=[slug, session.pk]),
                   {"title": title, "minutes": "10", "case": case.pk}, "agenda")
    for text in packed(500):
        post_gated(f, reverse("sessions_app:action_add", args=[slug, session.pk]),
                   {"text": text, "owner": world.users["member"].pk}, "action")
    past = world.past_session
    post_gated(f, reverse("sessions_app:session_record", args=[slug, past.pk]),
               {"attended": [str(world.users["member"].pk)], "notes": ALL}, "record")
    post_gated(login(world.users["member"]),
               reverse("sessions_app:follow_up_request", args=[slug, past.pk]),
               {"message": ALL}, "follow-up")
    to_cancel = Session.objects.filter(community=world.community, title__startswith=MARK)
    assert len(REASONS) < len(to_cancel)  # some stay scheduled
    for cancelled, reason in zip(to_cancel, REASONS, strict=False):
        _ok(f.post(reverse("sessions_app:session_cancel", args=[slug, cancelled.pk]),
                   {"reason": reason, "scope": "this"}), "cancel")
    member = login(world.users["member"])
    for title, summary in zip(packed(200), packed(1000) * 10, strict=False):
        post_gated(member, reverse("sessions_app:material_add", args=[slug]), {
            "title": title, "summary": summary, "url": "https://example.org/ok",
            "session": session.pk}, "material")
    for link in ("javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
                 "JaVaScRiPt:alert(1)", " javascript:alert(1)", "vbscript:msgbox(1)"):
        response = member.post(reverse("sessions_app:material_add", args=[slug]),
                               {"title": "Bad link", "summary": "x", "url": link})
        assert response.status_code == 200 and response.context["form"].errors, link
    assert not Material.objects.filter(title="Bad link").exists()


def fill_glossary(world):
    """Terms whose words, meanings and sources are payloads; some of the terms are payloads
    that the case's text holds too, so the case page marks them."""
    slug, member = world.community.slug, login(world.users["member"])
    url = reverse("glossary:term_add", args=[slug])
    terms = packed(100) + ["<script>alert(1)</script>", '"><svg onload=alert(1)>',
                           "javascript:alert(1)", '{{ "live"|add:"template" }}']
    meanings, sources = packed(2000), packed(200)
    for i, term in enumerate(terms):
        post_gated(member, url, {"term": term, "meaning": meanings[i % len(meanings)],
                                 "source": sources[i % len(sources)],
                                 "link": "https://example.org/ok"}, "term")
    assert Term.objects.filter(created_by=world.users["member"]).count() == len(terms) + 1
    for link in ("javascript:alert(1)", "data:text/html,x", " JaVaScRiPt:alert(1)"):
        response = member.post(url, {"term": "Bad link", "meaning": "x", "link": link})
        assert response.status_code == 200, link
    assert not Term.objects.filter(term="Bad link").exists()
    return Term.objects.filter(community=world.community, term__startswith=MARK).first()


def fill_people(world):
    names = packed(150)
    people = ["member", "facilitator", "outsider", "evaluator", "former_member", "site_admin"]
    for role, name in zip(people, names * 3, strict=False):
        _ok(login(world.users[role]).post(reverse("members:profile"), {
            "display_name": name, "job_title": names[-1][:150]}), "profile")
    # The community's description and ground rules are the site admin's, in the admin.
    admin = login(world.users["site_admin"])
    community = world.community
    url = reverse("admin:members_community_change", args=[community.pk])
    data = admin_form_data(admin.get(url).content.decode())
    data.update({"description": ALL, "ground_rules": ALL, "_save": "Save"})
    response = admin.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    community.refresh_from_db()
    assert community.description == ALL.replace("\r\n", "\n")


def admin_form_data(html: str) -> dict:
    """The values an admin change form would post back as it is."""
    from html.parser import HTMLParser

    data: dict = {}

    class Form(HTMLParser):
        select = textarea = None

        def handle_starttag(self, tag, attrs):
            a = dict(attrs)
            if tag == "input" and a.get("name") and a.get("type") not in ("submit", "button"):
                if a.get("type") in ("checkbox", "radio") and "checked" not in a:
                    return
                data.setdefault(a["name"], a.get("value", ""))
            elif tag == "select":
                self.select = a.get("name")
            elif tag == "option" and self.select and "selected" in a:
                data[self.select] = a.get("value", "")
            elif tag == "textarea":
                self.textarea = a.get("name")
                data[self.textarea] = ""

        def handle_endtag(self, tag):
            if tag == "select":
                self.select = None
            if tag == "textarea":
                self.textarea = None

        def handle_data(self, text):
            if self.textarea:
                data[self.textarea] += text

    Form().feed(html)
    data.pop("csrfmiddlewaretoken", None)
    return data


def fill_evaluation(world):
    ev = login(world.users["evaluator"])
    for name in packed(200):
        _ok(ev.post(reverse("evaluation:study_create"), {
            "name": name, "description": ALL, "communities": [world.community.pk]}), "study")
    study = Study.objects.filter(name__startswith=MARK).first()
    for title in packed(200):
        _ok(ev.post(reverse("evaluation:survey_create", args=[study.pk]),
                    {"title": title, "kind": "ad_hoc"}), "survey")
    survey = Survey.objects.filter(title__startswith=MARK).first()
    _ok(ev.post(reverse("evaluation:survey_edit", args=[survey.pk]), {
        "title": survey.title, "kind": "wave", "wave": packed(50)[0], "instructions": ALL,
        "credit": ALL, "answer_within_days": "14", "reminder_after_days": "7",
        "reminder_count": "2"}), "survey settings")
    labels = "\n".join(f"{n}, {MARK} {p}" for n, p in enumerate(PAYLOADS, start=1))
    for n, (section, help_text) in enumerate(zip(packed(200), packed(500) * 10,
                                                 strict=False), start=1):
        _ok(ev.post(reverse("evaluation:question_create", args=[survey.pk]), {
            "code": f"xss_{n}", "text": ALL, "help_text": help_text, "section": section,
            "type": "single", "value_labels": labels}), "question")
    _ok(ev.post(reverse("evaluation:question_create", args=[survey.pk]), {
        "code": "xss_scale", "text": ALL, "type": "scale",
        "value_labels": f"0, {MARK} <script>alert(1)</script>\n10, {MARK} \"><svg onload=x>"}),
        "scale question")
    # The member's open survey gets a free-text question; their saved answer is shown back.
    add_question(world.survey, "xss_text", type=QuestionType.LONG_TEXT, text=ALL)
    member = login(world.users["member"])
    url = reverse("evaluation:answer", args=[world.survey_invitation.pk])
    _ok(member.post(url, {"q_xss_text": ALL, "action": "save"}), "draft answer")
    return study, survey


# --- Fetching and checking ------------------------------------------------------------------


def pages(world, case, study, survey, term):
    slug = world.community.slug
    session, past = world.session, world.past_session
    sessions = list(Session.objects.filter(community=world.community, title__startswith=MARK))
    question = Question.objects.filter(survey=survey).first()
    comment = Comment.objects.filter(case=case, author=world.users["member"]).first()
    barrier = case.barriers.order_by("-pk").first()
    agenda = AgendaItem.objects.filter(session=session).order_by("-pk").first()
    this_month = timezone.localdate().strftime("%Y-%m")
    member_pages = [
        reverse("members:my_communities"), reverse("members:community_home", args=[slug]),
        reverse("members:directory", args=[slug]), reverse("members:notifications"),
        reverse("members:profile"),
        reverse("casework:case_list", args=[slug]),
        reverse("casework:case_list", args=[slug]) + "?status=closed",
        reverse("casework:case_detail", args=[slug, case.pk]),
        reverse("casework:case_detail", args=[slug, world.draft_case.pk]),
        reverse("casework:case_publish", args=[slug, world.draft_case.pk]),
        reverse("casework:case_edit", args=[slug, case.pk]),
        reverse("casework:case_history", args=[slug, case.pk]),
        reverse("casework:comment_edit", args=[slug, case.pk, comment.pk]),
        reverse("casework:barrier_edit", args=[slug, case.pk, barrier.pk]),
        reverse("casework:override_list", args=[slug]),
        reverse("casework:barrier_report", args=[slug]),
        reverse("casework:barrier_report", args=[slug]) + "?category=local_connection",
        reverse("casework:search") + "?q=alert",
        reverse("casework:search") + "?q=alert&type=comments",
        reverse("casework:search") + f"?q={MARK}",
        reverse("sessions_app:calendar", args=[slug]),
        reverse("sessions_app:calendar", args=[slug]) + f"?view=month&month={this_month}",
        reverse("sessions_app:session_detail", args=[slug, session.pk]),
        reverse("sessions_app:session_detail", args=[slug, past.pk]),
        *[reverse("sessions_app:session_detail", args=[slug, s.pk]) for s in sessions],
        reverse("sessions_app:follow_up_request", args=[slug, past.pk]),
        reverse("sessions_app:library", args=[slug]),
        reverse("sessions_app:library", args=[slug]) + "?q=alert",
        reverse("sessions_app:my_calendar"),
        reverse("glossary:glossary", args=[slug]),
        reverse("glossary:glossary", args=[slug]) + "?q=alert",
        reverse("glossary:term_edit", args=[slug, term.pk]),
        reverse("evaluation:my_surveys"),
        reverse("evaluation:answer", args=[world.survey_invitation.pk]),
        reverse("evaluation:answer_by_link", args=[world.survey_token]),
    ]
    facilitator_pages = [
        reverse("members:directory", args=[slug]),
        reverse("members:invite", args=[slug]),
        reverse("members:member_remove", args=[slug, world.member_membership.pk]),
        reverse("casework:case_detail", args=[slug, case.pk]),
        reverse("casework:case_status", args=[slug, case.pk]),
        reverse("casework:comment_remove", args=[slug, case.pk, comment.pk]),
        reverse("casework:override_list", args=[slug]),
        reverse("sessions_app:session_edit", args=[slug, session.pk]),
        reverse("sessions_app:session_cancel", args=[slug, session.pk]),
        reverse("sessions_app:session_record", args=[slug, past.pk]),
        reverse("sessions_app:agenda_add", args=[slug, session.pk]),
        reverse("sessions_app:agenda_edit", args=[slug, session.pk, agenda.pk]),
        reverse("sessions_app:agenda_delete", args=[slug, session.pk, agenda.pk]),
        reverse("sessions_app:action_add", args=[slug, session.pk]),
        reverse("sessions_app:follow_up_list", args=[slug]),
        reverse("sessions_app:material_add", args=[slug]),
        reverse("glossary:glossary", args=[slug]),
        reverse("glossary:term_remove", args=[slug, term.pk]),
        reverse("evaluation:session_results", args=[slug, past.pk]),
    ]
    evaluator_pages = [
        reverse("evaluation:study_list"),
        reverse("evaluation:study_detail", args=[study.pk]),
        reverse("evaluation:study_edit", args=[study.pk]),
        reverse("evaluation:survey_detail", args=[survey.pk]),
        reverse("evaluation:survey_edit", args=[survey.pk]),
        reverse("evaluation:survey_preview", args=[survey.pk]),
        reverse("evaluation:question_edit", args=[survey.pk, question.pk]),
        reverse("evaluation:question_delete", args=[survey.pk, question.pk]),
        reverse("evaluation:survey_new_version", args=[survey.pk]),
        reverse("evaluation:survey_results", args=[survey.pk]),
        reverse("evaluation:export_form", args=[survey.pk]),
        reverse("evaluation:session_results", args=[slug, past.pk]),
        reverse("casework:barrier_report_all"),
    ]
    anonymous_pages = [reverse("members:invitation_accept", args=[world.invitation_token])]
    return [("member", member_pages), ("facilitator", facilitator_pages),
            ("evaluator", evaluator_pages), ("anonymous", anonymous_pages)]


def test_hostile_text_is_never_live(world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        case = fill_casework(world)
        fill_sessions(world, case)
        fill_people(world)
        term = fill_glossary(world)
        study, survey = fill_evaluation(world)

    problems, shown = [], 0
    for role, urls in pages(world, case, study, survey, term):
        client = Client() if role == "anonymous" else login(world.users[role])
        for url in urls:
            response = client.get(url)
            assert response.status_code == 200, (role, url, response.status_code)
            html = response.content.decode()
            shown += MARK in html
            problems += [f"{role} {url}: {p}" for p in page_problems(response)]
            if EVALUATED in html:
                problems.append(f"{role} {url}: text was run as a template ({EVALUATED})")
    # Without payloads on the pages, this test would prove nothing.
    assert shown >= 60, f"only {shown} pages showed the payloads"
    marked = login(world.users["member"]).get(case.get_absolute_url()).content.decode()
    assert 'class="cop-term"' in marked, "the case page marks the payload terms"
    assert not problems, "\n".join(problems)

    # Emails (new cases and comments, session changes, reminders...) are plain text; any
    # HTML alternative would be checked the same way, and no header may carry a newline.
    assert mail.outbox, "the payloads should have been emailed to someone"
    for message in mail.outbox:
        assert "\n" not in message.subject and "\r" not in message.subject
        for content, mimetype in getattr(message, "alternatives", []):
            if mimetype == "text/html":
                problems += [f"email {message.subject!r}: {p}" for p in live_markup(content)]
    assert not problems, "\n".join(problems)


def link_addresses(html: str) -> list[str]:
    from html.parser import HTMLParser

    found = []

    class Links(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.extend(value for name, value in attrs if tag == "a" and name == "href")

    Links().feed(html)
    return found


def test_markdown_links_keep_only_web_and_mail_schemes():
    """Case text is Markdown: a link's address must stay http(s) or mailto, whatever its
    spelling, and raw HTML is shown as text."""
    from cop.markdown import render

    for payload in PAYLOADS:
        html = render(f"{payload}\n\n[ok](https://example.org) [m](mailto:a@example.org)")
        assert live_markup(html, nonce="") == [], payload
        hrefs = link_addresses(html)
        assert hrefs and all(h.startswith(("https://", "mailto:")) for h in hrefs), (payload,
                                                                                  hrefs)


@pytest.mark.parametrize("snippet", [
    "<script>alert(1)</script>", '<script nonce="wrong">x</script>',
    "<img src=x onerror=alert(1)>", '<a href=" jav&#x09;ascript:alert(1)">x</a>',
    '<a href="data:text/html,x">x</a>', '<iframe src="https://x.example"></iframe>',
    '<p style="color:red">x</p>', '<div hx-on:click="alert(1)">x</div>',
    '<meta http-equiv="refresh" content="0;url=https://x.example">', "<embed src=x>",
    '<svg><a xlink:href="javascript:alert(1)">x</a></svg>', "<style>p{}</style>",
])
def test_the_checker_sees_live_markup(snippet):
    assert live_markup(f"<p>{snippet}</p>", nonce="abc"), snippet


@pytest.mark.parametrize("snippet", [
    '<script nonce="abc" src="/static/app.js"></script>', "&lt;script&gt;alert(1)",
    '<a href="https://example.org/javascript:alert(1)">x</a>',
    '<img src="data:image/png;base64,AA">',
    "<p>javascript:alert(1) onerror=alert(1)</p>", '<a data-bs-toggle="x" href="/c/">x</a>',
])
def test_the_checker_lets_safe_markup_be(snippet):
    assert live_markup(f"<p>{snippet}</p>", nonce="abc") == [], snippet


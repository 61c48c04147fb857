"""Every free text other people read passes the same identifier gate (issue 15): barriers,
escalations, session descriptions, notes and minutes, agenda items, action points and
follow-up requests. Each is stopped with the finding shown on the same page, passes with a reason
(kept as an override about what it was in), and each finding can be fixed in place: that
occurrence alone is replaced and the gate checks again, saving nothing."""

from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from casework.models import AnonymisationOverride, Barrier, CaseStatus, CaseStudy, Escalation
from cop import gate
from sessions_app.models import ActionPoint, AgendaItem, Attendance, FollowUpRequest, Session

from .factories import make_case, make_escalation, make_session

pytestmark = pytest.mark.django_db

NAMED = "We discussed Darren's eviction and what to do next."


# --- The fix itself -------------------------------------------------------------------


def test_a_fix_replaces_exactly_that_occurrence():
    text = "Darren rang. Later Darren came in."
    second = [f for f in gate.find({"notes": text}, []) if f.start > 10][0]
    fixed, done = gate.fix({"notes": text}, second.key, "")
    assert fixed["notes"] == "Darren rang. Later [name] came in."
    assert (done.old, done.new, done.kind) == ("Darren", "[name]", "PERSON")


def test_a_fix_takes_the_author_s_own_word_and_neutral_words_by_kind():
    text = "Ring 07700 900660 about it."
    [finding] = gate.find({"t": text}, [])
    assert finding.neutral_word == "[phone number]"
    fixed, _ = gate.fix({"t": text}, finding.key, "  the  office ")
    assert fixed["t"] == "Ring the office about it."
    assert gate.neutral_word("NHS_NUMBER") == "[number]"
    assert gate.neutral_word("POSTCODE") == "[address]"


def test_a_fix_of_text_that_changed_meanwhile_does_nothing():
    [finding] = gate.find({"t": "Darren rang."}, [])
    assert gate.fix({"t": "Today Darren rang."}, finding.key) is None
    assert gate.fix({"t": "Darren rang."}, "not-a-key") is None


def test_reasons_for_later_findings_follow_their_words():
    text = "Darren rang. Ring 07700 900660."
    name, phone = gate.find({"t": text}, [])
    fixed, done = gate.fix({"t": text}, name.key, "")
    moved = gate.carry_reasons({name.key: "x", phone.key: "The council's switchboard"}, done)
    [new_phone] = [f for f in gate.find(fixed, []) if f.kind == "PHONE"]
    assert moved == {new_phone.key: "The council's switchboard"}


# --- Each gated form ------------------------------------------------------------------


@dataclass
class Gated:
    url: str
    data: dict  # everything the form needs besides the gated text
    field: str
    stored: object  # () -> the stored text, or None if nothing is stored yet


def _barrier_new(community, facilitator, member):
    case = make_case(community, member)
    return Gated(reverse("casework:barrier_create", args=[community.slug, case.pk]),
                 {"service_type": "housing", "category": "eligibility", "overcome": "no",
                  "description": "Turned away at the desk."}, "how_overcome",
                 lambda: Barrier.objects.filter(case=case).values_list(
                     "how_overcome", flat=True).first())


def _barrier_edit(community, facilitator, member):
    case = make_case(community, member)
    barrier = Barrier.objects.create(case=case, recorded_by=facilitator, service_type="housing",
                                     category="eligibility", description="Turned away.")
    return Gated(reverse("casework:barrier_edit", args=[community.slug, case.pk, barrier.pk]),
                 {"service_type": "housing", "category": "eligibility", "overcome": "no",
                  "how_overcome": ""}, "description",
                 lambda: Barrier.objects.get(pk=barrier.pk).description)


def _escalation_form():
    return {"title": "Discharges with no duty to refer", "raised_with": "The board",
            "raised_on": (timezone.localdate() - timedelta(days=1)).isoformat(),
            "evidence": "Counts from the barriers page.", "response": "", "status": "raised"}


def _escalation_new(community, facilitator, member):
    return Gated(reverse("casework:escalation_create", args=[community.slug]),
                 _escalation_form(), "evidence",
                 lambda: Escalation.objects.values_list("evidence", flat=True).first())


def _escalation_raised_with(community, facilitator, member):
    return Gated(reverse("casework:escalation_create", args=[community.slug]),
                 _escalation_form(), "raised_with",
                 lambda: Escalation.objects.values_list("raised_with", flat=True).first())


def _escalation_edit(community, facilitator, member):
    escalation = make_escalation(community, created_by=facilitator)
    return Gated(reverse("casework:escalation_edit", args=[community.slug, escalation.pk]),
                 {**_escalation_form(), "status": "responded"}, "response",
                 lambda: Escalation.objects.get(pk=escalation.pk).response)


def _session_form(start):
    local = timezone.localtime(start)
    return {"title": "Practice session", "date": local.date().isoformat(),
            "start_time": "14:00", "end_time": "16:00", "repeat": ""}


def _session_new(community, facilitator, member):
    start = timezone.now() + timedelta(days=9)
    return Gated(reverse("sessions_app:session_create", args=[community.slug]),
                 _session_form(start), "description",
                 lambda: Session.objects.values_list("description", flat=True).first())


def _session_title(community, facilitator, member):
    start = timezone.now() + timedelta(days=9)
    return Gated(reverse("sessions_app:session_create", args=[community.slug]),
                 _session_form(start), "title",
                 lambda: Session.objects.values_list("title", flat=True).first())


def _session_edit(community, facilitator, member):
    session = make_session(community, description="Bring a stuck case.")
    return Gated(reverse("sessions_app:session_edit", args=[community.slug, session.pk]),
                 _session_form(session.starts_at), "description",
                 lambda: Session.objects.get(pk=session.pk).description)


def _notes(community, facilitator, member):
    session = make_session(community, days=-1)
    return Gated(reverse("sessions_app:session_record", args=[community.slug, session.pk]),
                 {}, "notes", lambda: Session.objects.get(pk=session.pk).notes)


def _agenda(community, facilitator, member):
    session = make_session(community)
    return Gated(reverse("sessions_app:agenda_add", args=[community.slug, session.pk]),
                 {}, "title", lambda: AgendaItem.objects.values_list("title", flat=True).first())


def _action(community, facilitator, member):
    session = make_session(community, days=-1)
    return Gated(reverse("sessions_app:action_add", args=[community.slug, session.pk]),
                 {}, "text", lambda: ActionPoint.objects.values_list("text", flat=True).first())


def _follow_up(community, facilitator, member):
    session = make_session(community, days=-1)
    Attendance.objects.create(session=session, user=facilitator)
    return Gated(reverse("sessions_app:follow_up_request", args=[community.slug, session.pk]),
                 {}, "message",
                 lambda: FollowUpRequest.objects.values_list("message", flat=True).first())


FORMS = [_barrier_new, _barrier_edit, _escalation_new, _escalation_raised_with, _escalation_edit,
         _session_new, _session_title, _session_edit, _notes,
         _agenda, _action, _follow_up]


@pytest.fixture(params=FORMS, ids=lambda f: f.__name__.strip("_"))
def gated(request, client, community, facilitator, member):
    client.force_login(facilitator)
    return request.param(community, facilitator, member)


def _finding(text):
    [finding] = [f for f in gate.find({"t": text}, []) if f.text == "Darren"]
    return finding


def _key(gated, text=NAMED):
    finding = _finding(text)
    return f"{gated.field}-{finding.start}-{finding.end}-{finding.kind}-" \
           f"{finding.key.rsplit('-', 1)[1]}"


def test_a_name_is_stopped_with_the_finding_shown_on_the_same_page(client, gated):
    before = gated.stored()
    page = client.post(gated.url, {**gated.data, gated.field: NAMED})
    assert page.status_code == 200
    assert "Possible identifiers found" in page.text
    assert '<mark class="finding"' in page.text and ">Darren<" in page.text
    assert f'name="override-{_key(gated)}"' in page.text
    assert f'name="fix" value="{_key(gated)}"' in page.text
    assert gated.stored() == before  # nothing stored
    assert not AnonymisationOverride.objects.exists()


def test_a_name_passes_with_a_reason_kept_as_an_override(client, gated):
    response = client.post(gated.url, {**gated.data, gated.field: NAMED,
                                       f"override-{_key(gated)}": "A made-up training name"})
    assert response.status_code == 302, response.content.decode()[:3000]
    assert gated.stored() == NAMED
    override = AnonymisationOverride.objects.get()
    assert (override.field, override.kind, override.flagged_text, override.reason) == (
        gated.field, "PERSON", "Darren", "A made-up training name")
    assert override.about is not None and override.url
    assert client.get(override.url).status_code == 200


def test_a_fix_in_place_replaces_the_name_and_checks_again(client, gated):
    before = gated.stored()
    page = client.post(gated.url, {**gated.data, gated.field: NAMED, "fix": _key(gated)},
                       HTTP_HX_REQUEST="true")
    assert page.status_code == 200
    assert gated.stored() == before  # a fix saves nothing
    fixed = NAMED.replace("Darren", "[name]")
    assert escape(fixed) in page.text
    assert "Replaced “Darren” with “[name]”. Checked again: no possible identifiers left." \
        in page.text
    assert '<mark class="finding"' not in page.text
    # Saved as it now stands, it passes.
    assert client.post(gated.url, {**gated.data, gated.field: fixed}).status_code == 302
    assert gated.stored() == fixed


def test_a_fix_with_the_author_s_word_keeps_the_other_findings_reasons(client, gated):
    text = "Darren rang from 07700 900660."
    phone = [f for f in gate.find({"t": text}, []) if f.kind == "PHONE"][0]
    phone_key = f"{gated.field}-{phone.start}-{phone.end}-PHONE-{phone.key.rsplit('-', 1)[1]}"
    name_key = _key(gated, text)
    page = client.post(gated.url, {**gated.data, gated.field: text, "fix": name_key,
                                   f"replacement-{name_key}": "the client",
                                   f"override-{phone_key}": "The council's switchboard"})
    assert "the client rang from 07700 900660." in page.text
    # The phone number moved: its reason is there under its new key.
    moved = gate.find({gated.field: "the client rang from 07700 900660."}, [])[0]
    assert f'name="override-{moved.key}" value="The council&#x27;s switchboard"' in page.text


# --- The publishing page ------------------------------------------------------------------


def test_the_publishing_page_fixes_a_finding_in_the_draft(client, community, member):
    text = "Elizabeth met Darren at the hostel. Ring 07700 900660."
    case = make_case(community, member, status=CaseStatus.DRAFT, published_at=None,
                     presenting_situation=text)
    client.force_login(member)
    url = reverse("casework:case_publish", args=[community.slug, case.pk])
    findings = gate.find({"presenting_situation": text}, ["Elizabeth"])
    name = [f for f in findings if f.text == "Darren"][0]
    phone = [f for f in findings if f.kind == "PHONE"][0]
    page = client.post(url, {"fix": name.key, f"replacement-{name.key}": "",
                             f"override-{phone.key}": "The hostel's office"})
    case.refresh_from_db()
    assert case.presenting_situation == "Elizabeth met [name] at the hostel. Ring 07700 900660."
    assert case.status == CaseStatus.DRAFT
    assert "Replaced “Darren” with “[name]”" in page.text
    assert 'id="gate-swap"' in page.text
    [moved] = gate.find({"presenting_situation": case.presenting_situation}, ["Elizabeth"])
    assert 'value="The hostel&#x27;s office"' in page.text
    assert f'name="override-{moved.key}"' in page.text
    # One step more: publish with the reason already there.
    client.post(url, {f"override-{moved.key}": "The hostel's office"})
    assert CaseStudy.objects.get(pk=case.pk).status == CaseStatus.PUBLISHED


def test_a_published_case_is_not_fixed_from_the_publishing_page(client, community, member):
    case = make_case(community, member, presenting_situation="Elizabeth met Darren.")
    client.force_login(member)
    [finding] = gate.find({"presenting_situation": case.presenting_situation}, ["Elizabeth"])
    client.post(reverse("casework:case_publish", args=[community.slug, case.pk]),
                {"fix": finding.key})
    case.refresh_from_db()
    assert case.presenting_situation == "Elizabeth met Darren."


# --- The overrides, wherever they were ----------------------------------------------------


def test_facilitators_see_every_override_with_a_link_to_what_it_is_about(
        client, community, facilitator):
    session = make_session(community, days=-1)
    client.force_login(facilitator)
    key = f"notes-{_finding(NAMED).start}-{_finding(NAMED).end}-PERSON-" \
          f"{_finding(NAMED).key.rsplit('-', 1)[1]}"
    client.post(reverse("sessions_app:session_record", args=[community.slug, session.pk]),
                {"notes": NAMED, f"override-{key}": "A made-up training name"})
    page = client.get(reverse("casework:override_list", args=[community.slug])).text
    assert "“Darren”" in page
    assert f'<a class="govuk-link" href="{session.get_absolute_url()}">Session, notes</a>' \
        in page


def test_deleting_an_agenda_item_removes_the_words_its_overrides_kept(
        client, community, facilitator):
    session = make_session(community)
    client.force_login(facilitator)
    finding = _finding(NAMED)
    key = f"title-{finding.start}-{finding.end}-PERSON-{finding.key.rsplit('-', 1)[1]}"
    client.post(reverse("sessions_app:agenda_add", args=[community.slug, session.pk]),
                {"title": NAMED, f"override-{key}": "A made-up training name"})
    item = AgendaItem.objects.get()
    client.post(reverse("sessions_app:agenda_delete", args=[community.slug, session.pk, item.pk]))
    override = AnonymisationOverride.objects.get()
    assert override.flagged_text == "[removed]"
    assert override.reason == "A made-up training name"


def test_a_comment_is_fixed_in_place_in_its_htmx_form(client, community, member):
    case = make_case(community, member)
    client.force_login(member)
    url = reverse("casework:comment_create", args=[community.slug, case.pk])
    finding = _finding(NAMED)
    key = f"body-{finding.start}-{finding.end}-PERSON-{finding.key.rsplit('-', 1)[1]}"
    page = client.post(url, {"body": NAMED, "parent": "", "fix": key}, HTTP_HX_REQUEST="true")
    assert escape(NAMED.replace("Darren", "[name]")) in page.text
    assert "No possible identifiers left" in page.text  # said by the live region
    assert not case.comments.exists()

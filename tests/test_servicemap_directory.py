"""The service map's directory (issue 18): a community's services as its members know them.
Listing, searching and reading them; adding and editing them wiki style through the
identifier gate (staff names confirmed as work contacts, anything else changed or kept with
a reason), never overwriting another's edit; the history with what each edit changed, and a
facilitator's undo, hide and show, each with a reason; "Still right", the stale warning and
the monthly sweep that asks someone; the members who can help; the parts other apps add to
a service's page; and the queries each page runs."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from cop import gate
from cop.outbox.models import DeliveryStatus, OutboxMessage
from members.models import Membership, MembershipStatus, Notification, NotificationKind
from members.page_parts import Shown
from servicemap import selectors, service_parts, services, tasks
from servicemap.models import Expertise, Service, ServiceCheck, ServiceRevision

from .factories import (
    add_service,
    make_agency,
    make_expertise,
    make_member,
    make_members,
    make_service,
    make_user,
)
from .helpers import queries_for

pytestmark = pytest.mark.django_db

Kind = ServiceRevision.Kind
CLIENT_NAME = "Darren was turned away on Monday."
STAFF_NAME = "Ask for Sarah Jones, the duty senior."


def url(name, service=None, *args, community=None):
    community = community or service.community
    return reverse(f"servicemap:{name}",
                   args=[community.slug, *([service.pk] if service else []), *args])


def form_data(service=None, **changes):
    """What the service's form posts: its current values (or a new service's), changed."""
    values = {"name": "Leeds Housing Options", "organisation": "Leeds City Council",
              "agency": "", "service_type": "housing", "description": "", "website": "",
              "area": "Leeds", "who_for": "Anyone homeless within 56 days.",
              "eligibility": "Priority need and a local connection.", "exclusions": "",
              "what_to_bring": "Photo ID.", "referral_routes": ["duty_line"],
              "how_to_refer": "", "opening_hours": "", "languages": "", "what_works": ""}
    if service is not None:
        values = {**service.editable_values(), "version": str(service.version)}
        values["agency"] = str(values.pop("agency_id") or "")
    data = {**values, **changes}
    return {k: v for k, v in data.items() if v is not None}


def stale_by(service, days=200):
    """Nobody has confirmed or changed `service` for `days`."""
    when = timezone.now() - timedelta(days=days)
    Service.objects.filter(pk=service.pk).update(updated_at=when, created_at=when,
                                                 last_confirmed_at=None)
    service.refresh_from_db()


# --- The list --------------------------------------------------------------------------------


def test_members_find_services_by_type_and_words(client, community, member, other_community):
    make_service(community, name="Leeds Housing Options", service_type="housing")
    make_service(community, name="Forward Leeds", service_type="drug_alcohol",
                 who_for="Adults worried about their drinking.", what_works="Ring early.")
    make_service(other_community, name="Bristol Housing Options", service_type="housing")
    client.force_login(member)
    page = client.get(url("service_list", community=community)).text
    assert "Leeds Housing Options" in page and "Forward Leeds" in page
    assert "Bristol Housing Options" not in page
    by_type = client.get(url("service_list", community=community), {"type": "drug_alcohol"})
    assert "Forward Leeds" in by_type.text and "Leeds Housing Options" not in by_type.text
    found = client.get(url("service_list", community=community), {"q": "drinking"})
    assert "Forward Leeds" in found.text and "Leeds Housing Options" not in found.text
    assert "1 service found" in found.text


def test_hidden_entries_are_listed_to_facilitators_only_and_marked(client, community, member,
                                                                   facilitator):
    make_service(community, name="Closed hostel", hidden_at=timezone.now(),
                 hidden_reason="It closed in March.")
    make_service(community, name="Open hostel")
    client.force_login(member)
    assert "Closed hostel" not in client.get(url("service_list", community=community)).text
    client.force_login(facilitator)
    page = client.get(url("service_list", community=community)).text
    assert "Closed hostel" in page and "Hidden from members" in page


def test_the_list_is_paginated(client, community, member):
    for i in range(25):
        make_service(community, name=f"Service {i:02}")
    client.force_login(member)
    first = client.get(url("service_list", community=community)).text
    second = client.get(url("service_list", community=community), {"page": 2}).text
    assert "Service 00" in first and "Service 24" not in first
    assert "Service 24" in second


def test_the_services_tab_is_in_the_community_navigation(client, community, member):
    client.force_login(member)
    page = client.get(reverse("members:community_home", args=[community.slug])).text
    assert f'href="{url("service_list", community=community)}"' in page


# --- 404 outside one's communities -------------------------------------------------------------


@pytest.mark.parametrize("name", ["service_detail", "service_edit", "service_history",
                                  "service_check", "service_hide", "service_show"])
def test_everything_is_404_outside_the_community(client, community, other_community, outsider,
                                                 former_member, evaluator, name):
    service = make_service(community)
    for viewer in (outsider, former_member, evaluator):
        client.force_login(viewer)
        assert client.get(url(name, service)).status_code == 404, viewer
    # Nor under the address of a community the viewer belongs to.
    client.force_login(outsider)
    assert client.get(url(name, service, community=other_community)).status_code == 404


def test_a_hidden_entry_is_404_to_members(client, community, member, facilitator):
    service = make_service(community, hidden_at=timezone.now(), hidden_reason="Closed.")
    client.force_login(member)
    for name in ("service_detail", "service_edit", "service_history"):
        assert client.get(url(name, service)).status_code == 404
    client.force_login(facilitator)
    page = client.get(url("service_detail", service)).text
    assert "Members cannot see this entry" in page and "Closed." in page


# --- A service's page ------------------------------------------------------------------------


def test_the_page_shows_every_field_and_who_confirmed_it(client, community, member,
                                                         facilitator):
    service = add_service(community, member, name="York Street Health Practice",
                          service_type="primary_care", eligibility="No address needed.",
                          exclusions="None.", what_to_bring="Nothing.",
                          referral_routes=["drop_in", "self_referral"],
                          opening_hours="Monday to Friday.", languages="English.",
                          what_works="Come before 10am.", area="Leeds")
    services.service_confirm(actor=facilitator, service=service)
    client.force_login(member)
    page = client.get(url("service_detail", service)).text
    for text in ("York Street Health Practice", "Primary care", "No address needed.",
                 "Drop-in", "Self-referral", "Come before 10am.", "Monday to Friday."):
        assert text in page, text
    today = timezone.localdate().strftime("%-d %B %Y")
    assert f"Last confirmed on {today} by Fay Facilitator" in page
    assert f"Last changed on {today} by Max Member" in page
    assert "may be out of date" not in page


def test_an_entry_nobody_confirmed_for_six_months_says_it_may_be_out_of_date(
        client, community, member):
    service = make_service(community)
    stale_by(service, days=190)
    client.force_login(member)
    page = client.get(url("service_detail", service)).text
    since = timezone.localtime(service.updated_at).strftime("%-d %B %Y")
    assert f"Not confirmed since {since}, so it may be out of date" in page
    listed = client.get(url("service_list", community=community)).text
    assert "May be out of date" in listed
    # A confirmation (or an edit) makes it fresh again.
    client.post(url("service_confirm", service))
    assert "may be out of date" not in client.get(url("service_detail", service)).text


def test_members_who_can_help_never_show_emails_to_members(client, community, member,
                                                           facilitator, other_community):
    agency = make_agency(name="Forward Leeds")
    service = make_service(community, agency=agency)
    knows = make_member(community, "knows@example.test", display_name="Kim Knows",
                        agency=agency)
    make_expertise(knows, service, line="I work there; ask me about same-day scripts.")
    insider = make_member(community, "insider@example.test", display_name="Ian Insider")
    make_expertise(insider, agency=agency, community=community, line="I know the agency.")
    gone = make_member(community, "gone@example.test", display_name="Gil Gone",
                       status=MembershipStatus.LEFT)
    make_expertise(gone, service, line="I used to work there.")
    elsewhere = make_member(other_community, "else@example.test", display_name="Eli Else")
    make_expertise(elsewhere, agency=agency, community=other_community, line="Elsewhere.")
    client.force_login(member)
    page = client.get(url("service_detail", service)).text
    assert "Kim Knows" in page and "ask me about same-day scripts" in page
    assert "Forward Leeds" in page and "Ian Insider" in page
    assert "Gil Gone" not in page and "Eli Else" not in page
    assert "knows@example.test" not in page
    client.force_login(facilitator)
    assert "knows@example.test" in client.get(url("service_detail", service)).text


# --- The parts other apps add to a service's page -------------------------------------------


def test_registered_parts_are_shown_given_the_viewer_and_the_service(
        client, community, member, monkeypatch, tmp_path, settings):
    service = make_service(community, name="Leeds Housing Options")
    seen = []

    def read(membership, shown_service):
        seen.append((membership.user_id, shown_service.pk))
        return {"count": 3}

    template_dir = tmp_path / "templates"
    (template_dir / "tests").mkdir(parents=True)
    (template_dir / "tests" / "part.html").write_text(
        "<p>Barriers here: {{ count }} about {{ service.name }}</p>")
    settings.TEMPLATES = [{**settings.TEMPLATES[0],
                           "DIRS": [template_dir, *settings.TEMPLATES[0]["DIRS"]]}]
    monkeypatch.setattr(service_parts, "_parts", {})
    service_parts.register(service_parts.ServicePart(
        app="tests", order=1, template="tests/part.html", read=read))
    service_parts.register(service_parts.ServicePart(
        app="tests", order=2, template="tests/none.html", read=lambda m, s: None))
    assert service_parts.shown(Membership.objects.get(user=member), service) == [
        Shown("tests/part.html", {"count": 3})]
    client.force_login(member)
    page = client.get(url("service_detail", service)).text
    assert "Barriers here: 3 about Leeds Housing Options" in page
    assert seen[-1] == (member.pk, service.pk)


# --- Adding and editing ------------------------------------------------------------------------


def test_a_member_adds_a_service_and_its_first_revision_is_kept(client, community, member):
    client.force_login(member)
    response = client.post(url("service_create", community=community), form_data())
    service = Service.objects.get(name="Leeds Housing Options")
    assert response.status_code == 302 and response.url == url("service_detail", service)
    assert (service.community, service.created_by, service.referral_routes) == (
        community, member, ["duty_line"])
    [revision] = service.revisions.all()
    assert (revision.kind, revision.editor, revision.fields["area"]) == (
        Kind.CREATED, member, "Leeds")


def test_any_member_edits_wiki_style_and_each_edit_is_a_revision(client, community, member,
                                                                 facilitator):
    service = add_service(community, facilitator, what_works="Ask for the duty senior.")
    client.force_login(member)
    edit = client.get(url("service_edit", service)).text
    assert "Ask for the duty senior." in edit  # the form holds what is there
    assert 'type="url"' in edit and 'for="id_agency" class="govuk-label govuk-label--s"' in edit
    response = client.post(url("service_edit", service), form_data(
        service, what_works="Ask for the duty senior. Bring a GP letter."))
    assert response.status_code == 302
    service.refresh_from_db()
    assert service.what_works.endswith("Bring a GP letter.") and service.version == 2
    assert [r.kind for r in service.revisions.order_by("pk")] == [Kind.CREATED, Kind.EDITED]
    assert service.revisions.first().editor == member


def test_saving_nothing_changed_makes_no_revision(client, community, member):
    service = add_service(community, member)
    client.force_login(member)
    response = client.post(url("service_edit", service), form_data(service), follow=True)
    assert "You changed nothing" in response.text
    assert service.revisions.count() == 1


def test_two_editors_never_silently_overwrite_each_other(client, community, member,
                                                         facilitator):
    service = add_service(community, member, area="Leeds", what_works="Ring early.")
    loaded_at = form_data(service)  # both open the form at version 1
    client.force_login(facilitator)
    assert client.post(url("service_edit", service),
                       {**loaded_at, "area": "Leeds and Wakefield"}).status_code == 302
    client.force_login(member)
    clash = client.post(url("service_edit", service),
                        {**loaded_at, "what_works": "Ring before noon."})
    assert clash.status_code == 409
    assert "Someone else changed this entry while you were editing it" in clash.text
    assert "Wakefield" in clash.text  # what they changed, beside the member's own
    service.refresh_from_db()
    assert (service.area, service.what_works, service.version) == (
        "Leeds and Wakefield", "Ring early.", 2)
    # The page came back with the member's text and the new version: saving again is a
    # choice made knowing the other edit.
    assert 'value="2"' in clash.text and "Ring before noon." in clash.text
    again = client.post(url("service_edit", service),
                        {**loaded_at, "version": "2", "area": "Leeds and Wakefield",
                         "what_works": "Ring before noon."})
    assert again.status_code == 302
    service.refresh_from_db()
    assert (service.area, service.what_works) == ("Leeds and Wakefield", "Ring before noon.")


def test_the_service_refuses_a_stale_version_whoever_calls_it(community, member):
    service = add_service(community, member)
    services.service_update(actor=member, service=service, data={"area": "Leeds"}, version=1)
    with pytest.raises(services.EditConflict) as raised:
        services.service_update(actor=member, service=service, data={"area": "York"},
                                version=1)
    assert raised.value.current.area == "Leeds"


def test_only_active_members_add_or_edit(community, member, outsider, former_member):
    service = add_service(community, member)
    for person in (outsider, former_member):
        with pytest.raises(PermissionDenied):
            services.service_create(actor=person, community=community, data={"name": "X"})
        with pytest.raises(PermissionDenied):
            services.service_update(actor=person, service=service, data={"area": "X"},
                                    version=service.version)
        with pytest.raises(PermissionDenied):
            services.service_confirm(actor=person, service=service)


def test_forms_never_set_the_community_or_the_author(client, community, other_community,
                                                     member, facilitator):
    client.force_login(member)
    client.post(url("service_create", community=community),
                {**form_data(), "community": str(other_community.pk),
                 "created_by": str(facilitator.pk), "version": "7",
                 "last_confirmed_by": str(facilitator.pk)})
    service = Service.objects.get()
    assert (service.community, service.created_by, service.version,
            service.last_confirmed_by) == (community, member, 1, None)


# --- The identifier gate -------------------------------------------------------------------------


def test_a_client_s_name_is_stopped_at_the_gate(client, community, member):
    client.force_login(member)
    page = client.post(url("service_create", community=community),
                       form_data(what_works=CLIENT_NAME))
    assert page.status_code == 200
    assert "Possible identifiers found" in page.text and "Darren" in page.text
    assert not Service.objects.exists()


def test_a_staff_name_confirmed_as_a_work_contact_is_saved_and_recorded(client, community,
                                                                         member):
    client.force_login(member)
    asked = client.post(url("service_create", community=community),
                        form_data(how_to_refer=STAFF_NAME))
    assert "Sarah Jones is a work contact, not a client" in asked.text
    assert not Service.objects.exists()
    saved = client.post(url("service_create", community=community),
                        {**form_data(how_to_refer=STAFF_NAME), "work_contact": "Sarah Jones"})
    assert saved.status_code == 302
    revision = ServiceRevision.objects.get()
    assert revision.work_contacts == ["Sarah Jones"] and revision.overrides == []
    assert revision.service.how_to_refer == STAFF_NAME


def test_ticking_a_client_s_name_as_a_work_contact_does_not_let_other_findings_pass(
        community, member):
    """A work contact is a name: a phone number or a second name still needs its own
    answer."""
    text = "Ask for Sarah Jones on 07700 900123. Darren was turned away."
    with pytest.raises(gate.IdentifiersFound) as raised:
        services.service_create(actor=member, community=community,
                                data={"name": "Hostel", "how_to_refer": text},
                                work_contacts=["Sarah Jones", "07700 900123"])
    shown = {f.text for f in raised.value.findings}
    assert shown == {"Sarah Jones", "07700 900123", "Darren"}
    assert not Service.objects.exists()


def test_a_kept_finding_passes_again_when_someone_edits_another_field(client, community,
                                                                       member, facilitator):
    texts = {"how_to_refer": "Duty line: 0113 496 0101. Ask for Sarah Jones."}
    [phone] = [f for f in gate.find_known(texts, []) if f.kind == "PHONE"]
    service = add_service(community, member, **texts, work_contacts=["Sarah Jones"],
                          reasons={phone.key: "The office's duty line."})
    [kept] = service.revisions.get().overrides
    assert (kept["text"], kept["reason"]) == ("0113 496 0101", "The office's duty line.")
    client.force_login(facilitator)
    response = client.post(url("service_edit", service),
                           form_data(service, area="Leeds and Bradford"))
    assert response.status_code == 302, "not asked again about the phone number or the name"
    edit = service.revisions.get(kind=Kind.EDITED)
    assert edit.work_contacts == ["Sarah Jones"] and edit.overrides == [kept]
    # New words are asked about.
    asked = client.post(url("service_edit", service),
                        form_data(Service.objects.get(pk=service.pk), what_works=CLIENT_NAME))
    assert "Possible identifiers found" in asked.text


def test_a_finding_kept_with_a_reason_is_seen_by_facilitators_in_the_history(
        client, community, member, facilitator):
    texts = {"how_to_refer": "Ring 0113 496 0101."}
    [phone] = gate.find_known(texts, [])
    client.force_login(member)
    saved = client.post(url("service_create", community=community),
                        {**form_data(**texts), f"override-{phone.key}": "The duty line."})
    assert saved.status_code == 302
    service = Service.objects.get()
    client.force_login(facilitator)
    assert "The duty line." in client.get(url("service_history", service)).text
    other = make_member(community, "other@example.test")
    client.force_login(other)
    assert "The duty line." not in client.get(url("service_history", service)).text


def test_a_finding_is_fixed_in_place_without_saving(client, community, member):
    data = form_data(what_works=CLIENT_NAME)
    [finding] = gate.find_known({"what_works": CLIENT_NAME}, [])
    client.force_login(member)
    page = client.post(url("service_create", community=community),
                       {**data, "fix": finding.key, f"replacement-{finding.key}": "[name]"})
    assert "[name] was turned away on Monday." in page.text
    assert not Service.objects.exists()


def test_fixing_a_finding_in_place_leaves_out_what_was_kept_before(client, community,
                                                                   member):
    texts = {"how_to_refer": "Duty line: 0113 496 0101."}
    [phone] = gate.find_known(texts, [])
    service = add_service(community, member, **texts, reasons={phone.key: "The duty line."})
    data = form_data(service, what_works=CLIENT_NAME)
    [name] = gate.find_known({"what_works": CLIENT_NAME}, [])
    client.force_login(member)
    flagged = '{}<span class="finding-kind">'.format
    asked = client.post(url("service_edit", service), data)
    assert flagged("Darren") in asked.text and flagged("0113 496 0101") not in asked.text
    fixed = client.post(url("service_edit", service), {**data, "fix": name.key})
    assert "no possible identifiers left" in fixed.text
    assert flagged("0113 496 0101") not in fixed.text


# --- History and undo ------------------------------------------------------------------------


def test_the_history_shows_who_when_what_kind_and_the_words_changed(client, community, member,
                                                                    facilitator):
    service = add_service(community, member, what_works="Ask for the duty senior.")
    services.service_update(actor=facilitator, service=service, version=1,
                            data={"what_works": "Ask for the duty manager."})
    services.service_confirm(actor=member, service=service)
    client.force_login(member)
    page = client.get(url("service_history", service)).text
    assert page.index("Confirmed still right by Max Member") < page.index(
        "Edited by Fay Facilitator") < page.index("Added by Max Member")
    assert "Changed: what works." in page
    assert re.search(r"<del><span[^>]*>\[taken out: </span>senior\.", page)
    assert re.search(r"<ins><span[^>]*>\[put in: </span>manager\.", page)
    assert "Undo this edit" not in page  # members do not undo


def test_a_facilitator_undoes_an_edit_with_a_reason(client, community, member, facilitator):
    service = add_service(community, member, what_works="Ask for the duty senior.")
    services.service_update(actor=member, service=service, version=1,
                            data={"what_works": CLIENT_NAME.replace("Darren", "He")})
    edit = service.revisions.get(kind=Kind.EDITED)
    client.force_login(facilitator)
    history = client.get(url("service_history", service)).text
    undo_url = url("service_revert", service, edit.pk)
    assert undo_url in history
    page = client.get(undo_url).text
    assert "What would change" in page and "Ask for the duty senior." in page
    refused = client.post(undo_url, {"reason": "", "version": "2"})
    assert "Say why." in refused.text
    response = client.post(undo_url, {"reason": "Not about the service.", "version": "2"})
    assert response.status_code == 302
    service.refresh_from_db()
    assert service.what_works == "Ask for the duty senior." and service.version == 3
    undo = service.revisions.get(kind=Kind.REVERTED)
    assert (undo.editor, undo.reason, undo.reverted_to.kind) == (
        facilitator, "Not about the service.", Kind.CREATED)
    assert "Not about the service." in client.get(url("service_history", service)).text


def test_members_cannot_undo_hide_or_show(client, community, member, facilitator):
    service = add_service(community, facilitator)
    services.service_update(actor=facilitator, service=service, version=1,
                            data={"area": "York"})
    edit = service.revisions.get(kind=Kind.EDITED)
    client.force_login(member)
    assert client.get(url("service_revert", service, edit.pk)).status_code == 403
    assert client.post(url("service_hide", service), {"reason": "x"}).status_code == 403
    with pytest.raises(PermissionDenied):
        services.service_revert(actor=member, revision=edit, version=2, reason="x")
    with pytest.raises(PermissionDenied):
        services.service_hide(actor=member, service=service, reason="x")


def test_an_undo_from_a_stale_page_changes_nothing(client, community, member, facilitator):
    service = add_service(community, member, area="Leeds")
    services.service_update(actor=member, service=service, version=1, data={"area": "York"})
    edit = service.revisions.get(kind=Kind.EDITED)
    services.service_update(actor=member, service=service, version=2, data={"area": "Hull"})
    client.force_login(facilitator)
    response = client.post(url("service_revert", service, edit.pk),
                           {"reason": "Wrong.", "version": "2"}, follow=True)
    assert "Someone changed the entry while you were looking" in response.text
    service.refresh_from_db()
    assert service.area == "Hull" and not service.revisions.filter(kind=Kind.REVERTED).exists()


def test_hide_and_show_with_a_reason(client, community, member, facilitator):
    service = add_service(community, member, name="Riverside Hostel")
    client.force_login(facilitator)
    assert "Say why." in client.post(url("service_hide", service), {"reason": ""}).text
    response = client.post(url("service_hide", service), {"reason": "It closed in March."})
    assert response.status_code == 302
    service.refresh_from_db()
    assert service.is_hidden and service.hidden_by == facilitator
    client.force_login(member)
    assert client.get(url("service_detail", service)).status_code == 404
    client.force_login(facilitator)
    assert client.post(url("service_show", service),
                       {"reason": "It reopened."}).status_code == 302
    service.refresh_from_db()
    assert not service.is_hidden
    assert [(r.kind, r.reason) for r in service.revisions.order_by("pk")][1:] == [
        (Kind.HIDDEN, "It closed in March."), (Kind.SHOWN, "It reopened.")]
    with pytest.raises(ValidationError):
        services.service_show(actor=facilitator, service=service, reason="Again.")


# --- "Still right" and the monthly sweep --------------------------------------------------------


def test_still_right_is_one_click(client, community, member):
    service = make_service(community)
    stale_by(service)
    client.force_login(member)
    assert client.get(url("service_confirm", service)).status_code == 405
    response = client.post(url("service_confirm", service))
    assert response.status_code == 302
    service.refresh_from_db()
    assert service.last_confirmed_by == member
    assert service.revisions.get().kind == Kind.CONFIRMED


def test_the_sweep_asks_the_last_editor_once_a_month(community, member, facilitator,
                                                      django_capture_on_commit_callbacks):
    service = add_service(community, facilitator, name="Riverside Hostel")
    services.service_update(actor=member, service=service, version=1, data={"area": "Leeds"})
    fresh = add_service(community, facilitator, name="Fresh Hostel")
    stale_by(service)
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.request_service_checks.delay().get() == 1
    check = ServiceCheck.objects.get()
    assert (check.service, check.asked) == (service, member)
    notification = Notification.objects.get()
    assert (notification.user, notification.kind, notification.about) == (
        member, NotificationKind.SERVICE_CHECK, service)
    assert notification.url == url("service_check", service)
    [email] = mail.outbox
    assert email.to == [member.email] and "Riverside Hostel" in email.body
    assert url("service_check", service) in email.body
    assert OutboxMessage.objects.get().status == DeliveryStatus.SENT
    # Again this month: nobody is asked twice.
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.request_service_checks.delay().get() == 0
    assert len(mail.outbox) == 1 and Notification.objects.count() == 1
    # Next month, still unconfirmed: asked again.
    assert services.service_checks_request(now=timezone.now() + timedelta(days=32)) == 1
    assert not ServiceCheck.objects.filter(service=fresh).exists()


def test_the_sweep_asks_a_member_from_the_agency_when_the_editor_has_left(community, member):
    agency = make_agency(name="Forward Leeds")
    service = add_service(community, member, agency=agency)
    stale_by(service)
    Membership.objects.filter(user=member).update(status=MembershipStatus.LEFT)
    nobody = services.service_checks_request()
    assert nobody == 0 and not ServiceCheck.objects.exists()
    staff = make_member(community, "staff@example.test", agency=agency)
    make_members(community, 2)  # others, not of the agency
    assert services.service_checks_request() == 1
    assert ServiceCheck.objects.get().asked == staff


def test_the_check_page_answers_in_one_click_or_leads_to_the_edit(client, community, member):
    service = make_service(community, name="Riverside Hostel")
    stale_by(service)
    client.force_login(member)
    page = client.get(url("service_check", service)).text
    assert "Is “Riverside Hostel” still right?" in page
    assert url("service_confirm", service) in page and url("service_edit", service) in page
    client.post(url("service_confirm", service))
    service.refresh_from_db()
    assert service.last_confirmed_by == member


# --- Members who can help: expertise on one's profile -------------------------------------------


def test_a_member_lists_a_service_they_know_and_it_shows_on_both_pages(client, community,
                                                                       member):
    service = make_service(community, name="Leeds Housing Options")
    client.force_login(member)
    form = client.get(reverse("servicemap:expertise"), {"service": service.pk}).text
    assert f'<option value="{service.pk}" selected>' in form
    response = client.post(reverse("servicemap:expertise"), {
        "service": str(service.pk), "agency": "", "community": str(community.pk),
        "line": "I work there; ask me about duty to refer."})
    assert response.status_code == 302
    profile = client.get(reverse("members:profile")).text
    assert "Services and agencies you know from the inside" in profile
    assert "ask me about duty to refer" in profile
    page = client.get(url("service_detail", service)).text
    assert "Max Member" in page and "ask me about duty to refer" in page
    entry = Expertise.objects.get()
    assert client.post(reverse("servicemap:expertise_remove", args=[entry.pk])).status_code == 302
    assert not Expertise.objects.exists()


def test_an_agency_known_from_the_inside_shows_on_its_services(client, community, member):
    agency = make_agency(name="Forward Leeds")
    service = make_service(community, agency=agency)
    client.force_login(member)
    client.post(reverse("servicemap:expertise"), {
        "service": "", "agency": str(agency.pk), "community": str(community.pk),
        "line": "I know their criminal justice team."})
    assert "I know their criminal justice team." in client.get(
        url("service_detail", service)).text


def test_a_line_of_expertise_passes_the_gate(client, community, member):
    service = make_service(community)
    client.force_login(member)
    page = client.post(reverse("servicemap:expertise"), {
        "service": str(service.pk), "agency": "", "community": str(community.pk),
        "line": "Ask me; I helped Darren get in last week."})
    assert "Possible identifiers found" in page.text and not Expertise.objects.exists()


def test_expertise_is_one_s_own(client, community, member, other_community, outsider):
    entry = make_expertise(member, make_service(community))
    client.force_login(outsider)
    assert client.post(reverse("servicemap:expertise_remove",
                               args=[entry.pk])).status_code == 404
    hidden = make_service(community, hidden_at=timezone.now())
    elsewhere = make_service(other_community)
    for service in (hidden, elsewhere):
        with pytest.raises(ValidationError):
            services.expertise_add(actor=member, community=community, service=service,
                                   line="I know it.")
    with pytest.raises(PermissionDenied):
        services.expertise_add(actor=outsider, community=community, service=hidden,
                               line="I know it.")
    evaluator_profile = make_user("e2@example.test", is_evaluator=True)
    client.force_login(evaluator_profile)
    assert "know from the inside" not in client.get(reverse("members:profile")).text


# --- Queries: bounded, at two sizes ---------------------------------------------------------


def grow(community, member, facilitator, n):
    """`n` more services, each with edits, confirmations and people who know it."""
    agency = make_agency()
    for i in range(n):
        service = add_service(community, member, name=f"Hostel {i} of {n}", agency=agency,
                              what_works=f"Tip {i}.")
        for j in range(3):
            services.service_update(actor=facilitator, service=service, version=j + 1,
                                    data={"what_works": f"Tip {i}, edit {j}."})
        services.service_confirm(actor=member, service=service)
        for person in make_members(community, 2, agency=agency):
            make_expertise(person, service, line="Ask me.")
        make_expertise(make_members(community, 1)[0], agency=agency, community=community,
                       line="Ask me about the agency.")
    return service


def test_the_pages_run_the_same_queries_however_much_there_is(client, community, member,
                                                             facilitator):
    """The user, the membership, the page's rows (and the list's count, the history's agency
    names), the unread count: a fixed number, ten times the data or not."""
    client.force_login(member)
    pages = {}
    for size in (2, 20):
        service = grow(community, member, facilitator, size)
        counts = {
            "list": queries_for(client, url("service_list", community=community)),
            "search": queries_for(client, url("service_list", community=community),
                                  {"q": "hostel", "type": "housing"}),
            "detail": queries_for(client, url("service_detail", service)),
            "history": queries_for(client, url("service_history", service)),
            "check": queries_for(client, url("service_check", service)),
            "profile": queries_for(client, reverse("members:profile")),
        }
        pages[size] = counts
    assert pages[2] == pages[20], pages
    # The detail page: with casework's part (the barriers and escalations recorded against it).
    budgets = {"list": 5, "search": 5, "detail": 7, "history": 7, "check": 4, "profile": 5}
    assert all(pages[20][page] <= most for page, most in budgets.items()), pages


def test_the_history_pages_through_many_revisions(client, community, member):
    service = add_service(community, member, what_works="Tip 0.")
    for i in range(1, 30):
        services.service_update(actor=member, service=service, version=i,
                                data={"what_works": f"Tip {i}."})
    client.force_login(member)
    first = client.get(url("service_history", service)).text
    assert first.count("Edited by Max Member") == 25
    last = client.get(url("service_history", service), {"page": 2}).text
    assert last.count("Edited by Max Member") == 4 and "Added by Max Member" in last
    # Each edit is compared with the revision before it, even the one on the next page.
    assert re.search(r"\[taken out: </span>4\.<", first)
    assert re.search(r"\[taken out: </span>0\.<", last)


def test_selectors_are_scoped(community, other_community, member, facilitator):
    hidden = make_service(community, hidden_at=timezone.now())
    shown = make_service(community)
    make_service(other_community)
    as_member = Membership.objects.get(user=member)
    as_facilitator = Membership.objects.get(user=facilitator)
    assert list(selectors.services_for(as_member)) == [shown]
    assert set(selectors.services_for(as_facilitator)) == {shown, hidden}


# --- Its data about people (servicemap/lifecycle.py) -------------------------------------------


def test_whom_the_sweep_asked_is_in_their_download_and_goes_with_their_account(
        community, member, facilitator):
    from members import services as member_services
    from servicemap import lifecycle

    service = add_service(community, member, name="Riverside Hostel")
    stale_by(service)
    services.service_checks_request()
    [asked] = lifecycle.service_map(member)["entries_you_were_asked_to_check"]
    assert asked["service"]["name"] == "Riverside Hostel"
    member_services.account_close(actor=member, user=member)
    check = ServiceCheck.objects.get()
    assert check.service == service and check.asked is None

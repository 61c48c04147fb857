"""Open Referral UK import and export (servicemap/open_referral.py, the services' import, the
selectors' export, manage.py import_open_referral / export_open_referral), against our own
sample of a fictional council's directory (servicemap/samples/kestrel_vale_services.json)."""

import copy
import json
from datetime import timedelta
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from servicemap import open_referral
from servicemap.models import ReferralRoute, Service, ServiceRevision, ServiceType
from servicemap.open_referral import EXTENSION_KEY, OpenReferralError
from servicemap.selectors import services_export_open_referral
from servicemap.services import services_import_open_referral

from .factories import make_community, make_service

pytestmark = pytest.mark.django_db

SAMPLE = Path(__file__).resolve().parent.parent / "servicemap/samples/kestrel_vale_services.json"
HOUSING_OPTIONS = "Housing Options and Homelessness Prevention"


def sample() -> dict:
    return json.loads(SAMPLE.read_text())


def imported(community, data=None, actor=None):
    return services_import_open_referral(actor=actor, community=community,
                                         data=sample() if data is None else data)


def standard_part(record: dict) -> dict:
    return {key: value for key, value in record.items() if key != EXTENSION_KEY}


def write_json(tmp_path, data, name="services.json") -> str:
    path = tmp_path / name
    path.write_text(json.dumps(data))
    return str(path)


def run(command, *args):
    """The command's standard output and error (a CommandError is raised as it is)."""
    out, err = StringIO(), StringIO()
    call_command(command, *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


# --- Import ---------------------------------------------------------------------------------


def test_a_page_of_services_is_imported_each_field_where_it_fits(community):
    result = imported(community)
    assert (result.created, result.updated, result.unchanged, result.skipped) == (16, 0, 0, [])
    service = Service.objects.get(community=community, name=HOUSING_OPTIONS)
    record = sample()["content"][0]
    assert service.open_referral_id == record["id"]
    assert service.organisation == "Kestrel Vale Borough Council"
    assert service.service_type == ServiceType.HOUSING
    assert service.website == "https://www.kestrelvale.gov.uk/housing/homeless"
    assert service.area == "Kestrel Vale"
    assert service.who_for == "adult"
    assert service.eligibility == "Aged 16 and over"
    assert service.languages == "English, Polish, Urdu"
    assert service.opening_hours == "Monday to Friday, 09:00 to 17:00"
    assert service.referral_routes == [ReferralRoute.DROP_IN]
    assert "Duty housing officer, Housing Options duty line: 01632 960100" in service.how_to_refer
    assert "Email: housing.options@kestrelvale.gov.uk" in service.how_to_refer
    # Everything else is kept as it came, for the export.
    assert service.open_referral_extra == {k: v for k, v in record.items() if k != "id"}
    revision = service.revisions.get()
    assert (revision.kind, revision.editor, revision.reason) == (
        ServiceRevision.Kind.CREATED, None, "Imported from Open Referral UK.")
    assert revision.fields == service.editable_values()


def test_the_edits_of_a_person_who_imports_are_theirs(community, facilitator):
    imported(community, actor=facilitator)
    service = Service.objects.get(community=community, name=HOUSING_OPTIONS)
    assert service.created_by == facilitator
    assert service.revisions.get().editor == facilitator


def test_descriptions_lose_their_markup_and_places_give_their_hours(community):
    imported(community)
    shelter = Service.objects.get(community=community, name="St Brigid's Night Shelter")
    assert shelter.description.startswith("Twenty beds a night for people sleeping rough")
    assert "<p>" not in shelter.description
    assert shelter.opening_hours == "Every day, 20:00 to 08:00"
    cafe = Service.objects.get(community=community, name="The Lighthouse Crisis Café")
    assert cafe.opening_hours == "Brackenford Community Hub: Thursday to Sunday, 18:00 to 23:00"
    carers = Service.objects.get(community=community, name="Kestrel Vale Carers Support")
    assert carers.opening_hours.splitlines()[1] == (
        "The second Tuesday of the month, 10:00 to 12:00 (Peer group)")
    assert carers.eligibility == "adult: aged 18 and over\nyoung carer: aged 8 to 17"
    hub = Service.objects.get(community=community, name="Refugee and Asylum Support Hub")
    assert hub.languages == "English, Arabic, Persian, Tigrinya, Pashto"
    assert hub.service_type == ServiceType.IMMIGRATION
    # A taxonomy that names none of our types leaves the type to the members.
    assert Service.objects.get(community=community, name="Domestic Abuse Outreach"
                               ).service_type == ""


def test_a_json_array_of_services_is_read_as_a_page_is(community, other_community):
    imported(community)
    imported(other_community, data=sample()["content"])
    assert sorted(Service.objects.filter(community=community).values_list("name", flat=True)) \
        == sorted(Service.objects.filter(community=other_community).values_list("name", flat=True))


def test_importing_the_same_file_again_changes_nothing(community):
    imported(community)
    revisions = ServiceRevision.objects.count()
    again = imported(community)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 16)
    assert Service.objects.filter(community=community).count() == 16
    assert ServiceRevision.objects.count() == revisions


def test_each_community_has_its_own_copy(community, other_community):
    imported(community)
    assert imported(other_community).created == 16
    assert Service.objects.count() == 32


def test_a_newer_file_updates_the_entries_it_changed_never_duplicating(community):
    imported(community)
    newer = sample()
    record = newer["content"][0]
    record["description"] = "Advice for anyone homeless or at risk of homelessness."
    record["contacts"][0]["phones"][0]["number"] = "01632 960111"
    record["service_at_locations"][0]["location"]["name"] = "Civic Centre, east wing"
    result = imported(community, data=newer)
    assert (result.created, result.updated, result.unchanged) == (0, 1, 15)
    service = Service.objects.get(community=community, name=HOUSING_OPTIONS)
    assert service.description == "Advice for anyone homeless or at risk of homelessness."
    assert "01632 960111" in service.how_to_refer
    assert service.open_referral_extra["service_at_locations"][0]["location"]["name"] == \
        "Civic Centre, east wing"
    assert service.version == 2
    assert [r.kind for r in service.revisions.all()] == [ServiceRevision.Kind.EDITED,
                                                        ServiceRevision.Kind.CREATED]
    assert Service.objects.filter(community=community).count() == 16


def test_a_members_edit_stays_until_the_file_changes_that_field(community):
    imported(community)
    service = Service.objects.get(community=community, name=HOUSING_OPTIONS)
    service.opening_hours = "Monday to Friday, 09:00 to 17:00; duty line till 16:30"
    service.what_works = "Ask for the duty senior."
    service.save()
    newer = sample()
    newer["content"][0]["name"] = "Housing Options"
    result = imported(community, data=newer)
    assert result.updated == 1
    service.refresh_from_db()
    assert service.name == "Housing Options"
    assert service.opening_hours == "Monday to Friday, 09:00 to 17:00; duty line till 16:30"
    assert service.what_works == "Ask for the duty senior."
    newer["content"][0]["regular_schedules"][0]["closes_at"] = "16:00"
    imported(community, data=newer)
    service.refresh_from_db()
    assert service.opening_hours == "Monday to Friday, 09:00 to 16:00"
    assert service.what_works == "Ask for the duty senior."  # the file says nothing of it


def test_a_hidden_entry_is_updated_and_stays_hidden(community):
    imported(community)
    Service.objects.filter(community=community, name=HOUSING_OPTIONS).update(
        hidden_at=timezone.now(), hidden_reason="Closed for refurbishment")
    newer = sample()
    newer["content"][0]["description"] = "Reopens in May."
    imported(community, data=newer)
    service = Service.objects.get(community=community, name=HOUSING_OPTIONS)
    assert (service.description, service.is_hidden) == ("Reopens in May.", True)


def test_records_without_an_id_or_a_name_are_skipped_with_the_reason(community):
    data = sample()["content"][:4]
    del data[1]["id"]
    data[2]["name"] = "  "
    data[3] = "not a service"
    data.append(copy.deepcopy(data[0]))
    result = imported(community, data=data)
    assert result.created == 1
    assert result.skipped == [(2, "it has no id"), (3, "it has no name"),
                              (4, "it is not a JSON object"), (5, "record 1 has the same id")]


def test_data_that_is_not_a_list_of_services_is_refused(community):
    with pytest.raises(OpenReferralError):
        imported(community, data={"services": []})
    assert not Service.objects.exists()


# --- The identifier scanner ----------------------------------------------------------------


def test_a_possible_identifier_is_reported_and_the_entry_imported_for_a_check(community):
    result = imported(community)
    assert [(f.service, f.field, f.kind, f.text) for f in result.findings] == [
        ("Tenancy Sustainment Team", "What the service does", "person's name", "Marjorie Pike")]
    service = Service.objects.get(community=community, name="Tenancy Sustainment Team")
    assert service.revisions.get().reason == (
        "Imported from Open Referral UK. Needs a check: the identifier scanner flagged "
        "person's name in What the service does.")


def test_the_records_own_contacts_pass_but_a_clients_details_do_not(community):
    data = sample()["content"][:1]
    data[0][EXTENSION_KEY] = {"what_works": "Worked for Mr Kevin Ashworth, NHS 943 476 5919."}
    result = imported(community, data=data)
    kinds = {(f.field, f.kind) for f in result.findings}
    assert ("What works", "NHS number") in kinds
    assert ("What works", "person's name") in kinds
    # The contacts' names and numbers, the email and the places are the service's own.
    assert not any(f.field == "How to refer (office contacts only)" for f in result.findings)


def test_the_scanner_reads_only_what_an_update_changes(community):
    imported(community)
    newer = sample()
    newer["content"][3]["fees"] = "None"  # Tenancy Sustainment: its flagged words unchanged
    result = imported(community, data=newer)
    assert (result.updated, result.findings) == (1, [])


# --- Export and round trips ----------------------------------------------------------------


def test_import_then_export_gives_the_same_services_in_every_field_of_the_standard(community):
    imported(community)
    exported = services_export_open_referral(community)
    original = sample()
    assert {k: v for k, v in exported.items() if k != "content"} == {
        k: v for k, v in original.items() if k != "content"}
    assert exported["content"] == original["content"]  # nothing of ours added: no extension


def test_a_second_round_trip_changes_nothing(community, other_community):
    imported(community)
    first = services_export_open_referral(community)
    third = make_community(name="Brackenford", slug="brackenford")
    imported(other_community, data=first)
    second = services_export_open_referral(other_community)
    imported(third, data=second)
    assert services_export_open_referral(third) == second == first


def _our_layer(community):
    """An imported entry edited by members, and one added in the map, with every field of
    ours filled."""
    imported(community)
    confirmed = timezone.now() - timedelta(days=3)
    edited = Service.objects.get(community=community, name=HOUSING_OPTIONS)
    edited.description = "Homelessness advice and the main housing duty."
    edited.opening_hours = "Weekdays 09:00 to 17:00\nDuty line till 16:30 on Fridays"
    edited.how_to_refer = "Walk in, or ring the duty line and ask for the duty senior."
    edited.who_for = "Single adults, couples, families"
    edited.eligibility = "Priority need and a local connection for the main duty."
    edited.service_type = ServiceType.SOCIAL_CARE
    edited.referral_routes = [ReferralRoute.DROP_IN, ReferralRoute.DUTY_LINE]
    edited.exclusions = "No one with a recent arson conviction in the hostel."
    edited.what_to_bring = "ID and proof of address if you have them."
    edited.what_works = "A GP letter about vulnerability helps."
    edited.last_confirmed_at = confirmed
    edited.save()
    added = make_service(
        community, name="Aldermoor Food Bank", organisation="Aldermoor Churches Together",
        description="Three days of food on a voucher.", website="https://food.example.org",
        area="Aldermoor; Brackenford", who_for="anyone in crisis",
        eligibility="Aged 18 and over", languages="English, Polish",
        opening_hours="Monday, 10:00 to 12:00", how_to_refer="Vouchers from any agency.",
        service_type="", referral_routes=[ReferralRoute.PROFESSIONAL_FORM],
        exclusions="", what_to_bring="The voucher.", what_works="Ring ahead on bank holidays.",
        last_confirmed_at=confirmed)
    return edited, added


def test_our_own_fields_and_members_edits_come_back_from_an_export(community, other_community):
    edited, added = _our_layer(community)
    first = services_export_open_referral(community)
    records = {r["id"]: r for r in first["content"]}
    out = records[edited.open_referral_id]
    # Where the standard can hold a member's edit, it does.
    assert out["description"] == "Homelessness advice and the main housing duty."
    assert [s["description"] for s in out["regular_schedules"]] == [
        "Weekdays 09:00 to 17:00", "Duty line till 16:30 on Fridays"]
    assert out["service_taxonomys"][0]["taxonomy"]["vocabulary"] == \
        open_referral.SERVICE_TYPE_VOCABULARY
    # The contacts stay as the council gave them; the members' words go in the extension.
    assert out["contacts"] == sample()["content"][0]["contacts"]
    assert out[EXTENSION_KEY]["how_to_refer"] == edited.how_to_refer
    assert out[EXTENSION_KEY]["exclusions"] == edited.exclusions
    assert out[EXTENSION_KEY]["last_confirmed_at"] == edited.last_confirmed_at.isoformat()
    assert records[f"cop-service-{added.pk}"]["organization"]["name"] == \
        "Aldermoor Churches Together"

    imported(other_community, data=first)
    for service in (edited, added):
        service.refresh_from_db()
        copied = Service.objects.get(community=other_community, name=service.name)
        assert open_referral.service_values(copied) == open_referral.service_values(service)
    assert services_export_open_referral(other_community) == first


def test_the_map_exported_and_imported_again_is_one_map(community):
    _our_layer(community)
    first = services_export_open_referral(community)
    result = imported(community, data=first)
    # Nothing the members see changes: the entry added in the map is now tied to its
    # exported id, and the edited one keeps the exported record (both revisions).
    assert (result.created, result.updated, result.unchanged) == (0, 2, 15)
    assert Service.objects.filter(community=community).count() == 17
    assert services_export_open_referral(community) == first
    assert imported(community, data=first).unchanged == 17


def test_hidden_entries_are_not_exported(community):
    imported(community)
    Service.objects.filter(community=community, name=HOUSING_OPTIONS).update(
        hidden_at=timezone.now())
    exported = services_export_open_referral(community)
    assert exported["totalElements"] == 15
    assert HOUSING_OPTIONS not in {r["name"] for r in exported["content"]}


# --- The commands ---------------------------------------------------------------------------


def test_the_commands_import_and_export_a_file(community, tmp_path):
    out, err = run("import_open_referral", str(SAMPLE), "--community", community.slug)
    assert f"{community.name}: 16 added, 0 updated, 0 unchanged, 0 not imported." in out
    assert "16 of 16 records" in out
    assert "Tenancy Sustainment Team" in out and "Marjorie Pike" in out
    assert err == ""
    out, _ = run("import_open_referral", str(SAMPLE), "--community", community.slug)
    assert "0 added, 0 updated, 16 unchanged" in out
    path = tmp_path / "out.json"
    out, _ = run("export_open_referral", "--community", community.slug, "--out", str(path))
    assert out == f"Wrote 16 services of {community.name} to {path}.\n"
    assert json.loads(path.read_text()) == sample()


def test_long_files_show_their_progress(community, tmp_path):
    records = [{"id": f"svc-{i}", "name": f"Service {i}"} for i in range(250)]
    out, _ = run("import_open_referral", write_json(tmp_path, records),
                 "--community", community.slug)
    assert [line for line in out.splitlines() if line.endswith("records")] == [
        "100 of 250 records", "200 of 250 records", "250 of 250 records"]


@pytest.mark.parametrize("content, message", [
    (None, "There is no file"),
    ("{not json", "is not valid JSON: Expecting property name enclosed in double quotes "
                  "at line 1, column 2."),
    ('{"services": []}', "holds neither a list of services"),
])
def test_a_file_that_cannot_be_read_is_refused_saying_why(community, tmp_path, content,
                                                          message):
    path = tmp_path / "services.json"
    if content is not None:
        path.write_text(content)
    with pytest.raises(CommandError, match=message.replace("(", r"\(")):
        run("import_open_referral", str(path), "--community", community.slug)
    assert not Service.objects.exists()


def test_an_unknown_community_is_refused(tmp_path):
    with pytest.raises(CommandError, match="There is no community with the slug 'nowhere'"):
        run("import_open_referral", str(SAMPLE), "--community", "nowhere")
    with pytest.raises(CommandError, match="There is no community with the slug 'nowhere'"):
        run("export_open_referral", "--community", "nowhere", "--out", str(tmp_path / "x"))


def test_records_that_cannot_be_imported_are_named_and_the_command_fails(community, tmp_path):
    records = sample()["content"][:3]
    del records[1]["name"]
    path = write_json(tmp_path, records)
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError, match=r"1 record\(s\) could not be imported"):
        call_command("import_open_referral", path, "--community", community.slug,
                     stdout=out, stderr=err)
    assert err.getvalue() == "Record 2 is not imported: it has no name.\n"
    assert "2 added, 0 updated, 0 unchanged, 1 not imported." in out.getvalue()
    assert Service.objects.filter(community=community).count() == 2


# --- The mapping alone ----------------------------------------------------------------------


@pytest.mark.parametrize("schedule, words", [
    ({"byday": "MO,TU,WE", "opens_at": "9:00", "closes_at": "17:00:00"},
     "Monday to Wednesday, 09:00 to 17:00"),
    ({"byday": "MO,WE", "opens_at": "10:00Z", "closes_at": "12:00Z"},
     "Monday and Wednesday, 10:00 to 12:00"),
    ({"byday": "-1FR", "freq": "MONTHLY", "opens_at": "14:00", "closes_at": "16:00"},
     "The last Friday of the month, 14:00 to 16:00"),
    ({"byday": "TU", "freq": "WEEKLY", "interval": "2", "opens_at": "10:00"},
     "Every other Tuesday, 10:00"),
    ({"description": "By appointment only"}, "By appointment only"),
])
def test_schedules_in_words(schedule, words):
    assert open_referral.schedule_words(schedule) == words


@pytest.mark.parametrize("taxonomy, service_type", [
    ("Rough sleeping", ServiceType.HOUSING),
    ("Alcohol support", ServiceType.DRUG_ALCOHOL),
    ("GP surgeries", ServiceType.PRIMARY_CARE),
    ("Universal Credit help", ServiceType.BENEFITS),
    ("Youth clubs", ""),
])
def test_a_service_type_is_recognised_from_its_taxonomy(taxonomy, service_type):
    record = {"service_taxonomys": [{"id": "1", "taxonomy": {"id": "t", "name": taxonomy}}]}
    assert open_referral.standard_values(record)["service_type"] == service_type


def test_an_extension_value_of_the_wrong_shape_is_left_out():
    record = {"id": "1", "name": "X", EXTENSION_KEY: {
        "what_works": ["a list"], "referral_routes": ["drop_in", "teleport"],
        "service_type": "astrology", "last_confirmed_at": "yesterday", "unknown": "x"}}
    assert open_referral.extension_values(record) == {"referral_routes": ["drop_in"]}


def test_overlong_text_is_cut_to_the_fields_limit_and_kept_whole_for_the_export():
    record = {"id": "1", "name": "N" * 300, "url": "https://example.org/" + "a" * 300}
    values = {**open_referral.EMPTY, **open_referral.values_from_record(record)}
    assert len(values["name"]) == 200 and values["name"].endswith("…")
    assert values["website"] == ""
    exported = open_referral.record_for_export(values, open_referral.kept_part(record), "1")
    assert (exported["name"], exported["url"]) == (record["name"], record["url"])
    assert EXTENSION_KEY not in exported

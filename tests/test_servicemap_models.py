"""The service map's data (issue 18): what the database itself keeps true (constraints,
text limits, the search vector), and its part in the lifecycle flows (account close,
leaving a community, "Download my data")."""

import json
import zipfile

import pytest
from django.contrib.postgres.search import SearchQuery
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from casework.models import Barrier, BarrierCategory, BarrierReportVersion, Escalation
from members import personal_data, services
from members.models import Membership
from servicemap.models import (
    SEARCH_CONFIG,
    SERVICE_TEXT_MAX,
    WHAT_WORKS_MAX,
    Answer,
    Expertise,
    QuestionRecipient,
    Service,
    ServiceRevision,
)

from .factories import (
    make_agency,
    make_case,
    make_expertise,
    make_question,
    make_service,
)

pytestmark = pytest.mark.django_db


def refused(**kwargs):
    """The database refuses the write (an IntegrityError, kept inside a savepoint)."""
    return pytest.raises(IntegrityError, **kwargs)


# --- Constraints ------------------------------------------------------------------------------


def test_expertise_names_a_service_or_an_agency(community, member):
    with refused(match="expertise_names_service_or_agency"), transaction.atomic():
        Expertise.objects.create(user=member, community=community, line="I know things")
    assert make_expertise(member, agency=make_agency(), community=community).service is None


def test_one_line_of_expertise_per_person_and_service(community, member):
    service = make_service(community)
    make_expertise(member, service)
    with refused(match="expertise_unique_per_service"), transaction.atomic():
        make_expertise(member, service, line="Again")
    # Agencies alone are not limited by it.
    agency = make_agency()
    make_expertise(member, agency=agency, community=community)
    make_expertise(member, agency=agency, community=community)


def test_the_database_refuses_text_over_its_limit(community, member):
    with refused(match="servicemap_service_eligibility_max_length"), transaction.atomic():
        make_service(community, eligibility="x" * (SERVICE_TEXT_MAX + 1))
    service = make_service(community, what_works="x" * WHAT_WORKS_MAX)
    question = make_question(service, member)
    with refused(match="servicemap_question_body_max_length"), transaction.atomic():
        make_question(service, member, body="x" * 5_001)
    with refused(match="servicemap_answer_body_max_length"), transaction.atomic():
        Answer.objects.create(question=question, author=member, body="x" * 10_001)
    with refused(match="servicemap_servicerevision_reason_max_length"), transaction.atomic():
        ServiceRevision.objects.create(service=service, kind="hidden", reason="x" * 1_001)


def test_model_validation_says_the_limit_in_words(community):
    service = Service(community=community, name="Drop-in", who_for="x" * (SERVICE_TEXT_MAX + 1))
    with pytest.raises(ValidationError) as error:
        service.full_clean()
    assert error.value.message_dict["who_for"] == [
        "Keep this to 5,000 characters or fewer (you have 5,001)."]


def test_an_open_referral_id_is_unique_within_a_community_only(community, other_community):
    make_service(community, open_referral_id="or-1")
    make_service(community)  # no id: as many as one likes
    make_service(community)
    make_service(other_community, open_referral_id="or-1")
    with refused(match="service_open_referral_id_unique"), transaction.atomic():
        make_service(community, open_referral_id="or-1")


def test_two_services_of_one_name_may_exist_in_a_community(community):
    make_service(community, name="Housing Options", organisation="Leeds City Council")
    make_service(community, name="Housing Options", organisation="Wakefield Council")
    assert Service.objects.filter(community=community, name="Housing Options").count() == 2


# --- The search vector ------------------------------------------------------------------------


def matching(words: str) -> set[str]:
    query = SearchQuery(words, config=SEARCH_CONFIG)
    return set(Service.objects.filter(search_vector=query).values_list("name", flat=True))


def test_the_trigger_indexes_the_texts_of_a_service_and_follows_edits(community):
    service = make_service(community, name="Night shelter", exclusions="No dogs allowed")
    assert matching("shelter") == {"Night shelter"}
    assert matching("dog") == {"Night shelter"}  # stemmed, as casework's
    # A bulk update (no save()) is indexed too.
    Service.objects.filter(pk=service.pk).update(exclusions="No couples")
    assert matching("dog") == set()
    assert matching("couples") == {"Night shelter"}
    # Fields outside the vector do not touch it.
    Service.objects.filter(pk=service.pk).update(how_to_refer="Call the kennel line")
    assert matching("kennel") == set()


# --- Barriers and escalations (casework) ------------------------------------------------------


def test_a_barrier_naming_a_service_outlives_it_and_moves_the_report_version(community,
                                                                          member):
    service = make_service(community)
    barrier = Barrier.objects.create(case=make_case(community, member), service_type="housing",
                                     category=BarrierCategory.LOCAL_CONNECTION,
                                     description="Told to go back to Bradford")
    before = BarrierReportVersion.objects.get(community_id=community.pk).version
    Barrier.objects.filter(pk=barrier.pk).update(service=service)
    assert BarrierReportVersion.objects.get(community_id=community.pk).version == before + 1
    escalation = Escalation.objects.create(
        community=community, service=service, title="Local connection refusals",
        raised_with="Health and Wellbeing Board", raised_on="2026-03-01",
        evidence="Twelve refusals in a quarter")
    escalation.barriers.add(barrier)
    service.delete()
    barrier.refresh_from_db()
    escalation.refresh_from_db()
    assert (barrier.service, escalation.service) == (None, None)
    assert list(escalation.barriers.all()) == [barrier]


# --- Lifecycle --------------------------------------------------------------------------------


@pytest.fixture
def map_world(community, member, facilitator):
    """The member's part of the map, and a colleague's beside it."""
    service = make_service(community, name="Housing Options Leeds", created_by=member,
                           last_confirmed_by=member)
    ServiceRevision.objects.create(service=service, editor=member, kind="created",
                                   fields=service.editable_values())
    make_expertise(member, service, line="I worked on the duty desk")
    make_expertise(member, agency=make_agency(name="St George's Crypt"), community=community)
    make_expertise(facilitator, service, line="The facilitator's own line")
    asked = make_question(service, member, to=[facilitator], body="Who signs off priority need?")
    Answer.objects.create(question=asked, author=facilitator, body="The duty senior does.")
    put_to_member = make_question(service, facilitator, to=[member],
                                  body="A colleague's question")
    Answer.objects.create(question=put_to_member, author=member, body="Ask for a review.",
                          share_consent=True)
    return {"service": service, "asked": asked, "put_to_member": put_to_member}


def test_closing_an_account_deletes_expertise_and_keeps_what_others_rely_on(
        member, facilitator, map_world):
    services.account_close(actor=member, user=member)
    service, asked = map_world["service"], map_world["asked"]
    assert list(Expertise.objects.values_list("line", flat=True)) == [
        "The facilitator's own line"]
    assert not QuestionRecipient.objects.filter(user=member).exists()
    asked.refresh_from_db()
    assert (asked.body, asked.asked_by) == ("Who signs off priority need?", None)
    answer = Answer.objects.get(question=map_world["put_to_member"])
    assert (answer.body, answer.author) == ("Ask for a review.", None)
    assert ServiceRevision.objects.get(service=service).editor is None
    service.refresh_from_db()
    assert (service.created_by, service.last_confirmed_by) == (None, None)
    # Everyone else's part is as it was.
    assert Answer.objects.get(question=asked).author == facilitator
    assert list(asked.recipients.values_list("user", flat=True)) == [facilitator.pk]


def test_leaving_a_community_deletes_expertise_there_only(
        community, other_community, member, facilitator, map_world):
    elsewhere = make_service(other_community)
    make_expertise(member, elsewhere, line="Known elsewhere")
    services.membership_remove(actor=facilitator,
                               membership=Membership.objects.get(user=member,
                                                                 community=community))
    assert list(Expertise.objects.filter(user=member).values_list("line", flat=True)) == [
        "Known elsewhere"]


@pytest.mark.usefixtures("personal_export_root")
def test_the_download_holds_the_persons_part_of_the_map_and_escalations(member, map_world):
    Escalation.objects.create(
        community=map_world["service"].community, service=map_world["service"],
        title="Local connection refusals", raised_with="The commissioner",
        raised_on="2026-03-01", evidence="Twelve refusals", created_by=member)
    export, _ = personal_data.export_request(actor=member)
    personal_data.export_run(export_id=export.pk)
    export.refresh_from_db()
    with zipfile.ZipFile(personal_data.export_path(export)) as archive:
        data = json.loads(archive.read("service_map.json"))
        activity = json.loads(archive.read("case_activity.json"))
        readme = archive.read("README.txt").decode()
    assert "service_map.json" in readme
    assert sorted((e["service"] or {}).get("name") or e["agency"]
                  for e in data["services_and_agencies_you_know"]) == [
        "Housing Options Leeds", "St George's Crypt"]
    assert [q["body"] for q in data["questions_you_asked"]] == ["Who signs off priority need?"]
    assert [q["question_id"] for q in data["questions_put_to_you"]] == [
        map_world["put_to_member"].pk]
    assert [(a["body"], a["agreed_to_share"]) for a in data["answers_you_wrote"]] == [
        ("Ask for a review.", True)]
    assert [(e["service"]["name"], e["kind"]) for e in data["your_service_edits"]] == [
        ("Housing Options Leeds", "Added")]
    assert [(e["title"], e["raised_with"]) for e in activity["escalations_you_recorded"]] == [
        ("Local connection refusals", "The commissioner")]
    everything = json.dumps(data)
    for other in ("The facilitator's own line", "A colleague's question",
                  "The duty senior does."):
        assert other not in everything

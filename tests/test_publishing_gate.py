"""Nothing is published with an identifier the author has neither fixed nor overridden,
and every override is recorded."""

import pytest
from django.urls import reverse

from casework.models import AnonymisationOverride, CaseStatus, CaseStudy, Comment
from cop import gate

from .factories import make_case

pytestmark = pytest.mark.django_db

# Made-up identifiers: 943 476 5919 passes the NHS mod-11 check.
IDENTIFYING = ("Elizabeth, not her real name, was seen with her sister Margaret Okoye. "
               "NHS number 943 476 5919.")


def draft(community, author, text=IDENTIFYING):
    return make_case(community, author, status=CaseStatus.DRAFT, published_at=None,
                     presenting_situation=text)


def publish_url(case):
    return reverse("casework:case_publish", args=[case.community.slug, case.pk])


def test_findings_are_shown_highlighted_with_their_kind(client, member, community):
    case = draft(community, member)
    client.force_login(member)
    page = client.get(publish_url(case))
    assert page.status_code == 200
    assert '<mark class="finding"' in page.text
    assert "Margaret Okoye" in page.text and "943 476 5919" in page.text
    assert "NHS number" in page.text
    kinds = {f.kind for f in gate.find({"p": IDENTIFYING}, ["Elizabeth"])}
    assert {"PERSON", "NHS_NUMBER"} <= kinds
    # The declared pseudonym is not a finding.
    assert not any(f.text == "Elizabeth" for f in gate.find({"p": IDENTIFYING}, ["Elizabeth"]))


def test_a_case_with_findings_is_not_published_without_reasons(client, member, community):
    case = draft(community, member)
    client.force_login(member)
    response = client.post(publish_url(case), {})
    assert response.status_code == 200
    assert "still need a change or a reason" in response.text
    case.refresh_from_db()
    assert case.status == CaseStatus.DRAFT
    assert not AnonymisationOverride.objects.exists()


def test_fix_one_finding_and_override_the_other(client, member, community):
    case = draft(community, member)
    client.force_login(member)
    # Fix the name by editing the draft.
    client.post(reverse("casework:case_edit", args=[community.slug, case.pk]), {
        "pseudonym": "Elizabeth", "pseudonym_declared": "on", "title": case.title,
        "presenting_situation": IDENTIFYING.replace("her sister Margaret Okoye", "her sister"),
        "question": case.question, "outcome": "",
    })
    case.refresh_from_db()
    findings = gate.find({"presenting_situation": case.presenting_situation}, ["Elizabeth"])
    assert [f.kind for f in findings] == ["NHS_NUMBER"]
    # Override the other with a reason.
    key = findings[0].key
    response = client.post(publish_url(case), {f"override-{key}": "A made-up test number."})
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.status == CaseStatus.PUBLISHED
    override = AnonymisationOverride.objects.get()
    assert (override.user, override.kind, override.reason, override.case) == (
        member, "NHS_NUMBER", "A made-up test number.", case)
    assert override.flagged_text == "943 476 5919"


def test_an_override_does_not_carry_over_to_changed_text(client, member, community):
    case = draft(community, member)
    client.force_login(member)
    reasons = {f"override-{f.key}": "Made up for training" for f in gate.find(
        {"presenting_situation": case.presenting_situation}, ["Elizabeth"])}
    # The same place now holds another (valid) NHS number: the reason given was for the old.
    CaseStudy.objects.filter(pk=case.pk).update(
        presenting_situation=IDENTIFYING.replace("943 476 5919", "401 023 2137"))
    client.post(publish_url(case), reasons)
    case.refresh_from_db()
    assert case.status == CaseStatus.DRAFT


def test_facilitators_see_all_overrides_members_only_their_own(client, member, facilitator,
                                                               community):
    case = make_case(community, member)
    AnonymisationOverride.objects.create(community=community, case=case, user=member,
                                         field="body", kind="PERSON", flagged_text="Okoye",
                                         reason="A hospital ward name")
    AnonymisationOverride.objects.create(community=community, case=case, user=facilitator,
                                         field="body", kind="PHONE", flagged_text="0113",
                                         reason="The council switchboard")
    url = reverse("casework:override_list", args=[community.slug])
    client.force_login(facilitator)
    page = client.get(url).text
    assert "A hospital ward name" in page and "The council switchboard" in page
    client.force_login(member)
    page = client.get(url).text
    assert "A hospital ward name" in page and "The council switchboard" not in page


def test_a_comment_with_an_identifier_is_held_until_overridden(client, member, facilitator,
                                                              community):
    case = make_case(community, facilitator)
    url = reverse("casework:comment_create", args=[community.slug, case.pk])
    client.force_login(member)
    body = "Her probation officer can be reached on 07700 900461."
    response = client.post(url, {"body": body}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert '<mark class="finding"' in response.text
    assert not Comment.objects.exists()

    [finding] = gate.find({"body": body}, ["Elizabeth"])
    response = client.post(url, {"body": body, f"override-{finding.key}": "Office number"},
                           HTTP_HX_REQUEST="true")
    assert Comment.objects.get().body == body
    assert AnonymisationOverride.objects.get().comment == Comment.objects.get()
    assert 'id="comment-' in response.text


def test_editing_a_comment_runs_the_gate_again(client, member, facilitator, community):
    case = make_case(community, facilitator)
    client.force_login(member)
    client.post(reverse("casework:comment_create", args=[community.slug, case.pk]),
                {"body": "Try the housing options team again."})
    comment = Comment.objects.get()
    url = reverse("casework:comment_edit", args=[community.slug, case.pk, comment.pk])
    client.post(url, {"body": "Her email is jo.bloggs@example.org"})
    comment.refresh_from_db()
    assert comment.body == "Try the housing options team again."


def test_editing_a_published_case_runs_the_gate_again(client, member, community):
    case = make_case(community, member)
    client.force_login(member)
    client.post(reverse("casework:case_edit", args=[community.slug, case.pk]), {
        "pseudonym": "Elizabeth", "pseudonym_declared": "on", "title": case.title,
        "presenting_situation": "She lives at 14 Chapel Street, Leeds LS6 2QT.",
        "question": "", "outcome": "",
    })
    assert CaseStudy.objects.get().presenting_situation == case.presenting_situation

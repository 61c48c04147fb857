"""Editing what exists (issue 14): a case through its pre-filled form asks to confirm the
pseudonym only when it changes; htmx replies about comments say what happened in the live
region and only swap into targets the case page has."""

import re

import pytest
from django.urls import reverse

from casework.models import CaseRevision, Comment

from .factories import make_case, make_comment

pytestmark = pytest.mark.django_db


def edit_url(case):
    return reverse("casework:case_edit", args=[case.community.slug, case.pk])


def case_data(case, **changes) -> dict:
    data = {"pseudonym": case.pseudonym, "title": case.title,
            "presenting_situation": case.presenting_situation, "services_involved": "",
            "what_tried": "", "question": case.question, "outcome": ""}
    return {**data, **changes}


def test_an_edit_keeping_the_pseudonym_is_saved_without_confirming_it_again(client, community,
                                                                             member):
    case = make_case(community, member)
    client.force_login(member)
    response = client.post(edit_url(case), case_data(case, question="Who can help this week?"))
    assert response.status_code == 302, response.text[:2000]
    case.refresh_from_db()
    assert case.question == "Who can help this week?"
    assert case.revisions.filter(kind=CaseRevision.Kind.EDITED).count() == 1


def test_a_new_pseudonym_must_be_confirmed(client, community, member):
    case = make_case(community, member, presenting_situation="Beth left hospital.")
    client.force_login(member)
    response = client.post(edit_url(case), case_data(case, pseudonym="Beth"))
    assert response.status_code == 200
    assert "You have changed the pseudonym: confirm it is not the person" in response.text
    case.refresh_from_db()
    assert case.pseudonym == "Elizabeth"
    response = client.post(edit_url(case), case_data(case, pseudonym="Beth",
                                                     pseudonym_declared="on"))
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.pseudonym == "Beth"


def test_the_edit_form_says_when_the_confirmation_is_needed(client, community, member):
    case = make_case(community, member)
    client.force_login(member)
    page = client.get(edit_url(case)).text
    assert "Tick this again only if you change the pseudonym." in page
    checkbox = re.search(r'<input[^>]*name="pseudonym_declared"[^>]*>', page).group(0)
    assert "required" not in checkbox and "checked" not in checkbox
    # Bringing a case still asks for it.
    page = client.get(reverse("casework:case_create", args=[community.slug])).text
    checkbox = re.search(r'<input[^>]*name="pseudonym_declared"[^>]*>', page).group(0)
    assert "required" in checkbox


def test_a_flagged_edit_shows_the_findings_in_the_same_form_and_keeps_the_text(
        client, community, member):
    case = make_case(community, member)
    client.force_login(member)
    response = client.post(edit_url(case), case_data(
        case, what_tried="Her sister rang the ward on 07700 900123."))
    assert response.status_code == 200
    assert "This field is required" not in response.text
    assert '<mark class="finding"' in response.text
    assert "Her sister rang the ward on 07700 900123.</textarea>" in response.text
    case.refresh_from_db()
    assert case.what_tried == ""


# --- Comments with htmx --------------------------------------------------------------------

def post_comment(client, case, body, **extra):
    return client.post(reverse("casework:comment_create", args=[case.community.slug, case.pk]),
                       {"body": body, **extra}, HTTP_HX_REQUEST="true")


def oob_targets(html: str) -> list[str]:
    """The ids an htmx reply swaps out of band: each must be on the case page."""
    targets = []
    for tag in re.findall(r"<[^>]*hx-swap-oob=[^>]*>", html):
        swap = re.search(r'hx-swap-oob="([^"]*)"', tag).group(1)
        if ":" in swap:
            targets.append(swap.split(":", 1)[1].lstrip("#"))
        else:
            targets.append(re.search(r'id="([^"]*)"', tag).group(1))
    return targets


def ids_on(html: str) -> set[str]:
    return set(re.findall(r'\bid="([^"]*)"', html))


@pytest.mark.parametrize("existing", [0, 1])
def test_a_posted_comment_swaps_only_into_what_the_case_page_has(client, community, member,
                                                                 existing):
    case = make_case(community, member)
    for _ in range(existing):
        make_comment(case, member)
    client.force_login(member)
    for body, parent in (("Ask for a review.", ""), ("A reply.", "first")):
        page = client.get(case.get_absolute_url()).text
        parent = Comment.objects.first().pk if parent else ""
        response = post_comment(client, case, body, parent=parent)
        assert response.status_code == 200
        targets = oob_targets(response.text)
        assert {"no-comments", "comment-count", "comment-status"} <= set(targets)
        assert set(targets) <= ids_on(page), set(targets) - ids_on(page)
        assert 'hx-swap-oob="delete"' not in response.text
        assert "Your comment is posted." in response.text


def test_a_posted_comment_comes_with_its_own_reply_box(client, community, member):
    case = make_case(community, member)
    client.force_login(member)
    html = post_comment(client, case, "Ask for a review.").text
    comment = Comment.objects.get()
    # Its thread, as the case page has it: a place for replies and a form that posts one.
    assert f'id="replies-{comment.pk}"' in html
    reply_form = re.search(rf'<form [^>]*id="comment-form-{comment.pk}".*?</form>', html, re.S)
    assert reply_form and f'name="parent" value="{comment.pk}"' in reply_form.group(0)
    # A reply goes under its comment, and has no reply box of its own.
    reply = post_comment(client, case, "A reply.", parent=comment.pk).text
    assert f'hx-swap-oob="beforeend:#replies-{comment.pk}"' in reply
    assert 'name="parent" value="' + str(comment.pk) + '"' in reply  # the form, fresh
    assert reply.count("<form ") == 1


def test_the_case_page_always_has_the_empty_thread_note_hidden_once_there_are_comments(
        client, community, member):
    case = make_case(community, member)
    client.force_login(member)
    assert ('<p id="no-comments" class="govuk-body">No comments yet.</p>'
            in client.get(case.get_absolute_url()).text)
    make_comment(case, member)
    assert '<p id="no-comments" class="govuk-body" hidden>' in client.get(
        case.get_absolute_url()).text


def test_a_flagged_comment_says_it_is_not_posted(client, community, member):
    case = make_case(community, member)
    client.force_login(member)
    response = post_comment(client, case, "Her keyworker is on 07700 900123.")
    assert response.status_code == 200
    html = response.text
    assert '<mark class="finding"' in html
    status = re.search(r'<div id="comment-status"[^>]*hx-swap-oob="true">([^<]*)</div>', html)
    assert status.group(1).startswith("Your comment is not posted yet")
    assert "is posted" not in html
    assert not Comment.objects.exists()


def test_an_over_long_comment_says_it_is_not_posted(client, community, member):
    case = make_case(community, member)
    client.force_login(member)
    html = post_comment(client, case, "x" * 20_001).text
    assert "Your comment is not posted: see the message with it." in html


def test_a_comment_edit_says_whether_it_is_saved(client, community, member):
    case = make_case(community, member)
    comment = make_comment(case, member, body="Ask for a review.")
    client.force_login(member)
    url = reverse("casework:comment_edit", args=[community.slug, case.pk, comment.pk])
    # Opening the form in place: only the form.
    opened = client.get(url, HTTP_HX_REQUEST="true").text
    assert "comment-status" not in opened and "Ask for a review.</textarea>" in opened
    flagged = client.post(url, {"body": "Ring 07700 900123."}, HTTP_HX_REQUEST="true").text
    assert '<mark class="finding"' in flagged
    assert "Your edit is not saved yet" in flagged
    assert oob_targets(flagged) == ["comment-status"]
    saved = client.post(url, {"body": "Ask for a review today."}, HTTP_HX_REQUEST="true").text
    assert f'id="comment-{comment.pk}"' in saved and "Ask for a review today." in saved
    assert "Your comment is updated." in saved
    comment.refresh_from_db()
    assert comment.body == "Ask for a review today."

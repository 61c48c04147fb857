"""Journeys of issue 14 that edit what exists and find what was hidden, through the interface
only and from the keyboard, against the product as `make run` starts it
(tests/browser/conftest.py). Every page reached is checked with Person.check (axe-core, CSP,
no console error, 375 px width, screenshots under test-artifacts/browser/<test>/).

- a facilitator finds the anonymisation overrides from the community's tabs and from a case;
  a member finds their own;
- a Leeds invitee is offered Leeds agencies first, or names their own ("Other"); the
  directory shows each person's discipline;
- an author edits a published case through its pre-filled form (no second pseudonym
  confirmation) and fixes a flagged edit in place;
- a flagged comment shows only its warning, with no htmx error in the console; a comment is
  edited in place; a comment posted without a reload can be replied to at once;
- a person changes their job title and agency on their profile;
- on a phone, every tab of the community is visible and reachable."""

import re
import secrets
from datetime import timedelta

import pytest
from django.utils import timezone

from members.models import Agency, Invitation, Role, User, hash_token
from tests.factories import PASSWORD, join, make_agency, make_case, make_community, make_user

from .helpers import PHONE

pytestmark = pytest.mark.browser

NEW_PASSWORD = "kettle-on-the-third-floor"
OTHER_AGENCY = "Other: my agency is not listed"


def nav_of(page, community):
    return page.get_by_role("navigation", name=community.name)


# --- 1. The overrides page is found ---------------------------------------------------------

def test_a_facilitator_finds_the_overrides_from_the_tabs_and_the_case(browser, leeds, fay,
                                                                      max_):
    from casework.models import AnonymisationOverride

    case = make_case(leeds, max_, title="Evicted after a hospital stay")
    AnonymisationOverride.objects.create(
        community=leeds, case=case, user=max_, field="presenting_situation", kind="NHS_NUMBER",
        flagged_text="943 476 5919", reason="Made up for the training example.")
    make_case(leeds, max_, title="A case nothing was kept on")

    facilitator = browser.person("facilitator")
    facilitator.sign_in(fay.email, PASSWORD)
    page = facilitator.page
    facilitator.follow(page.get_by_role("link", name=leeds.name))
    facilitator.follow(nav_of(page, leeds).get_by_role("link", name="Overrides"))
    facilitator.check("overrides")
    assert page.get_by_role("heading", level=1).inner_text() == "Anonymisation overrides"
    assert nav_of(page, leeds).locator("[aria-current=page]").inner_text() == "Overrides"
    overrides = page.get_by_role("list", name="Overrides, newest first")
    kept = overrides.get_by_role("listitem").filter(has_text="943 476 5919")
    assert "Max Member" in kept.inner_text() and "Made up for the training" in kept.inner_text()
    assert "NHS number" in kept.inner_text()

    # From the case, near its publishing details: the overrides on that case only.
    facilitator.open(case.get_absolute_url())
    facilitator.check("case")
    facilitator.follow(page.get_by_role("link", name=re.compile("1 flagged item kept")))
    facilitator.check("overrides-on-the-case")
    assert case.title in page.get_by_role("heading", level=1).inner_text()
    assert overrides.get_by_role("listitem").count() == 1  # the one override on the case
    facilitator.follow(page.get_by_role("link", name="All overrides in this community"))
    assert page.url.endswith(f"/c/{leeds.slug}/overrides/"), page.url


def test_a_member_finds_their_own_overrides_and_no_one_elses(browser, leeds, fay, max_):
    from casework.models import AnonymisationOverride

    nia = make_user("nia@example.test", display_name="Nia Navigator")
    join(nia, leeds)
    mine = make_case(leeds, max_, title="Evicted after a hospital stay")
    AnonymisationOverride.objects.create(
        community=leeds, case=mine, user=max_, field="presenting_situation", kind="NHS_NUMBER",
        flagged_text="943 476 5919", reason="Made up for the training example.")
    theirs = make_case(leeds, nia, title="Refused at the hostel door")
    AnonymisationOverride.objects.create(
        community=leeds, case=theirs, user=nia, field="presenting_situation", kind="PHONE",
        flagged_text="0113 496 0000", reason="The council's public switchboard.")

    member = browser.person("member")
    member.sign_in(max_.email, PASSWORD)
    page = member.page
    member.follow(page.get_by_role("link", name=leeds.name))
    member.follow(nav_of(page, leeds).get_by_role("link", name="Cases", exact=True))
    member.follow(page.get_by_role("link", name="Your anonymisation overrides"))
    member.check("own-overrides")
    assert "943 476 5919" in page.content() and "0113 496 0000" not in page.content()
    # Someone else's case shows no link to overrides the member may not see.
    member.open(theirs.get_absolute_url())
    assert page.get_by_role("link", name=re.compile("flagged item")).count() == 0
    member.open(mine.get_absolute_url())
    member.follow(page.get_by_role("link", name=re.compile("1 flagged item kept")))
    assert "943 476 5919" in page.content()


# --- 2. Sign-up offers the community's agencies first, and "Other" -------------------------

def test_a_leeds_invitee_sees_leeds_agencies_first_and_names_their_own(browser, leeds, fay,
                                                                        max_):
    bristol = make_community(name="Bristol Hard Edges", slug="bristol", region="South West")
    olly = make_user("olly@example.test", display_name="Olly Outreach",
                     agency=make_agency(name="Avon Outreach Partnership", sector="voluntary",
                                        discipline="housing"))
    join(olly, bristol)
    make_agency(name="Bristol Drugs Project", sector="voluntary", discipline="drugs_alcohol")
    token = secrets.token_urlsafe(32)
    Invitation.objects.create(email="sam.new@example.test", community=leeds, role=Role.MEMBER,
                              invited_by=fay, token_hash=hash_token(token),
                              sent_at=timezone.now(),
                              expires_at=timezone.now() + timedelta(days=14))

    sam = browser.person("invitee")
    sam.open(f"/invitations/{token}/")
    page = sam.page
    sam.check("accept-invitation")
    agency = page.get_by_label("Agency", exact=True)
    offered = [o.strip() for o in agency.locator("option").all_inner_texts()]
    leeds_agencies = ["Forward Leeds", "Leeds City Council Housing Options"]
    others = ["Avon Outreach Partnership", "Bristol Drugs Project"]
    assert all(offered.index(a) < offered.index(b) for a in leeds_agencies for b in others), \
        offered
    assert offered[-1] == OTHER_AGENCY, offered
    assert agency.locator("optgroup").first.get_attribute("label") == f"In {leeds.region}"

    sam.type_into(page.get_by_label("Display name"), "Sam Support Worker")
    sam.type_into(page.get_by_label("Job title"), "Domestic abuse advocate")
    sam.choose(agency, OTHER_AGENCY)
    sam.type_into(page.get_by_label("Your agency's name"), "Leeds Women's Aid")
    sam.choose(page.get_by_label("Sector"), "Voluntary")
    sam.choose(page.get_by_label("Discipline"), "Social care")
    sam.type_into(page.get_by_label("Choose a password"), NEW_PASSWORD)
    sam.type_into(page.get_by_label("Type the password again"), NEW_PASSWORD)
    sam.check("accept-invitation-filled")
    sam.follow(page.get_by_role("button", name="Create account and join"))
    assert page.url.rstrip("/").endswith(f"/c/{leeds.slug}"), page.url

    created = Agency.objects.get(name="Leeds Women's Aid")
    assert (created.sector, created.discipline) == ("voluntary", "social_care")
    assert User.objects.get(email="sam.new@example.test").agency == created

    # The directory says each person's agency and discipline.
    sam.follow(nav_of(page, leeds).get_by_role("link", name="Members"))
    sam.check("directory")
    members = page.get_by_role("list", name=re.compile(r"^\d+ members?$"))
    entry = members.get_by_role("listitem").filter(has_text="Sam Support Worker")
    assert "Leeds Women's Aid" in entry.inner_text()
    assert "Discipline: Social care" in entry.inner_text()
    entry = members.get_by_role("listitem").filter(has_text="Max Member")
    assert "Discipline: Drugs and alcohol" in entry.inner_text()


# --- 3 and 6. Editing a case and comments ------------------------------------------------------

def test_the_author_edits_a_published_case_and_fixes_a_flagged_edit_in_place(browser, leeds,
                                                                             max_):
    from casework.models import AnonymisationOverride, CaseRevision

    case = make_case(leeds, max_, title="Evicted after a hospital stay",
                     question="Who can help her get housing before she is discharged?")
    author = browser.person("author")
    author.sign_in(max_.email, PASSWORD)
    page = author.page
    author.open(case.get_absolute_url())
    author.follow(page.get_by_role("button", name="Edit case"))
    author.check("case-edit")
    # The form holds what the case says.
    assert page.locator("#id_pseudonym").input_value() == "Elizabeth"
    assert page.get_by_label("Title").input_value() == "Evicted after a hospital stay"
    assert page.get_by_label("Presenting situation").input_value() == case.presenting_situation
    assert page.get_by_label("Question for the group").input_value() == case.question
    assert not page.get_by_label("I confirm the pseudonym").is_checked()

    # An edit with a phone number in it: flagged, on the same form, nothing saved.
    author.type_into(page.get_by_label("What has been tried"),
                     "Her sister rang the ward on 07700 900123 twice.")
    author.follow(page.get_by_role("button", name="Save changes"))
    assert page.locator("mark.finding").all_inner_texts() == ["07700 900123 [phone number]"]
    assert "This field is required" not in page.content()
    author.check("case-edit-flagged")
    case.refresh_from_db()
    assert case.what_tried == ""

    # Fixed in place, without confirming the unchanged pseudonym again.
    assert page.get_by_label("What has been tried").input_value().endswith("twice.")
    author.type_into(page.get_by_label("What has been tried"), "Her sister rang the ward twice.")
    author.type_into(page.get_by_label("Question for the group"),
                     "Who can help her get housing this week?")
    author.follow(page.get_by_role("button", name="Save changes"))
    assert page.url.endswith(case.get_absolute_url()), page.url
    assert "Your changes are saved." in page.content()
    assert "Her sister rang the ward twice." in page.content()
    author.check("case-saved")
    case.refresh_from_db()
    assert case.what_tried == "Her sister rang the ward twice."
    assert case.question == "Who can help her get housing this week?"
    assert case.pseudonym == "Elizabeth"
    assert not AnonymisationOverride.objects.exists()
    assert CaseRevision.objects.filter(case=case, kind="edited").count() == 1

    # A new pseudonym must still be confirmed.
    author.follow(page.get_by_role("button", name="Edit case"))
    author.type_into(page.locator("#id_pseudonym"), "Beth")
    author.type_into(page.get_by_label("Presenting situation"),
                     case.presenting_situation.replace("Elizabeth", "Beth"))
    author.follow(page.get_by_role("button", name="Save changes"))
    confirm = page.get_by_label("I confirm the pseudonym")
    # The box's error is said with it (aria-describedby) and in the summary at the top.
    described = " ".join(page.locator(f"#{ref}").inner_text()
                         for ref in (confirm.get_attribute("aria-describedby") or "").split())
    assert "You have changed the pseudonym" in described, described
    assert page.locator(".govuk-error-summary").get_by_role(
        "link", name=re.compile("You have changed the pseudonym")).count() == 1
    author.check("case-edit-new-pseudonym")
    author.press(confirm, "Space")
    author.follow(page.get_by_role("button", name="Save changes"))
    case.refresh_from_db()
    assert case.pseudonym == "Beth"


def test_a_flagged_comment_shows_only_its_warning_and_a_comment_is_edited_in_place(
        browser, leeds, max_):
    from casework.models import Comment

    nia = make_user("nia@example.test", display_name="Nia Navigator")
    join(nia, leeds)
    case = make_case(leeds, max_, title="Evicted after a hospital stay")

    commenter = browser.person("commenter")
    commenter.sign_in(nia.email, PASSWORD)
    page = commenter.page
    commenter.open(case.get_absolute_url())
    page.evaluate("() => { window.stillTheSamePage = true; }")
    status = page.locator("#comment-status")
    box = page.get_by_label("Your comment")

    commenter.type_into(box, "Ask the hospital's housing link worker for a duty-to-refer.")
    commenter.press(page.get_by_role("button", name="Post comment"))
    page.locator("#comments").get_by_text("duty-to-refer").wait_for()
    assert status.text_content() == "Your comment is posted."
    # A second comment, with the thread no longer empty: no htmx error (check() fails on any
    # console error, such as htmx's oobErrorNoTarget).
    commenter.type_into(box, "Shelter's helpline can advise on the referral too.")
    commenter.press(page.get_by_role("button", name="Post comment"))
    page.locator("#comments").get_by_text("Shelter's helpline").wait_for()
    assert page.locator("#comment-count").inner_text() == "2"
    commenter.check("two-comments")

    # A flagged comment: the warning, and nothing says it was posted.
    commenter.type_into(box, "Her keyworker is on 07700 900123 if anyone can help.")
    commenter.press(page.get_by_role("button", name="Post comment"))
    page.locator("mark.finding").wait_for()
    assert page.locator("mark.finding").all_inner_texts() == ["07700 900123 [phone number]"]
    assert status.text_content().startswith("Your comment is not posted yet")
    assert "posted." not in page.locator("main").inner_text()
    commenter.check("comment-flagged")
    assert Comment.objects.count() == 2

    # Fixed in the same form: posted.
    commenter.type_into(page.get_by_label("Your comment"),
                        "Her keyworker can help: ask the facilitator for her details.")
    commenter.press(page.get_by_role("button", name="Post comment"))
    page.locator("#comments").get_by_text("ask the facilitator").wait_for()
    assert status.text_content() == "Your comment is posted."
    assert page.locator("mark.finding").count() == 0
    commenter.check("comment-fixed")

    # Editing a comment in place, through its pre-filled form.
    first = Comment.objects.order_by("pk").first()
    article = page.locator(f"#comment-{first.pk}")
    commenter.press(article.get_by_role("link", name="Edit your comment"))
    editor = page.get_by_label("Edit your comment")
    editor.wait_for()
    assert editor.input_value() == first.body
    commenter.check("comment-edit")
    commenter.type_into(editor, "Ask the ward's housing link worker for a duty-to-refer today.")
    commenter.press(page.get_by_role("button", name="Save"))
    page.locator(f"#comment-{first.pk}").get_by_text("today").wait_for()
    assert "edited" in page.locator(f"#comment-{first.pk}").inner_text()
    commenter.check("comment-edited")
    assert page.evaluate("() => window.stillTheSamePage === true"), "the page was reloaded"
    first.refresh_from_db()
    assert first.body == "Ask the ward's housing link worker for a duty-to-refer today."
    assert first.edited_at is not None

    # A comment posted without a reload has its reply box at once (it had none until the
    # page was reloaded), and a reply posted there goes under it, still without a reload.
    third = Comment.objects.get(body__contains="ask the facilitator")
    thread = page.locator(".cop-thread").filter(has=page.locator(f"#comment-{third.pk}"))
    commenter.press(thread.locator("summary", has_text="Reply to this comment"))
    reply_box = thread.get_by_label("Your reply")
    reply_box.wait_for()
    commenter.type_into(reply_box, "The facilitator has her details, yes.")
    commenter.check("reply-box-on-a-new-comment")
    commenter.press(thread.get_by_role("button", name="Post reply"))
    page.locator(f"#replies-{third.pk}").get_by_text("has her details").wait_for()
    assert status.text_content() == "Your comment is posted."
    assert page.evaluate("() => window.stillTheSamePage === true"), "the page was reloaded"
    assert Comment.objects.get(body__contains="has her details").parent_id == third.pk


# --- 6. A profile ------------------------------------------------------------------------------

def test_a_member_changes_their_job_title_and_agency(browser, leeds, fay, max_):
    member = browser.person("member")
    member.sign_in(max_.email, PASSWORD)
    page = member.page
    member.follow(page.get_by_role("link", name="Max Member"))
    member.check("profile")
    assert page.get_by_label("Display name").input_value() == "Max Member"
    assert page.get_by_label("Job title").input_value() == "Recovery worker"
    agency = page.get_by_label("Agency", exact=True)
    assert agency.locator("option:checked").inner_text() == "Forward Leeds"

    member.type_into(page.get_by_label("Job title"), "Housing first key worker")
    member.choose(agency, "Leeds City Council Housing Options")
    member.follow(page.get_by_role("button", name="Save changes"))
    assert "Your profile has been saved." in page.content()
    member.check("profile-saved")
    assert page.get_by_label("Job title").input_value() == "Housing first key worker"
    assert agency.locator("option:checked").inner_text() == "Leeds City Council Housing Options"
    max_.refresh_from_db()
    assert max_.job_title == "Housing first key worker"
    assert max_.agency.name == "Leeds City Council Housing Options"

    # An agency not listed yet.
    member.choose(agency, OTHER_AGENCY)
    member.type_into(page.get_by_label("Your agency's name"), "Basis Yorkshire")
    member.choose(page.get_by_label("Sector"), "Voluntary")
    member.choose(page.get_by_label("Discipline"), "Health")
    member.follow(page.get_by_role("button", name="Save changes"))
    assert agency.locator("option:checked").inner_text() == "Basis Yorkshire"
    max_.refresh_from_db()
    assert (max_.agency.name, max_.agency.discipline) == ("Basis Yorkshire", "health")


# --- 4. The community's tabs on a phone ------------------------------------------------------

TAB_IN_VIEW_JS = """el => {
    const box = el.getBoundingClientRect();
    // The link's own box, and that its middle is not clipped by a scrolling ancestor.
    const x = box.left + box.width / 2, y = box.top + box.height / 2;
    const top = document.elementFromPoint(x, y);
    return box.left >= 0 && box.right <= window.innerWidth && box.width > 0
        && top !== null && (top === el || el.contains(top));
}"""


def test_on_a_phone_every_tab_of_the_community_is_visible_and_reachable(browser, leeds, fay):
    facilitator = browser.person("facilitator")
    facilitator.sign_in(fay.email, PASSWORD)
    page = facilitator.page
    page.set_viewport_size(PHONE)
    facilitator.open(leeds.get_absolute_url())
    nav = nav_of(page, leeds)
    links = nav.get_by_role("link")
    names = [name.strip() for name in links.all_inner_texts()]
    for name in ("Home", "Cases", "Sessions", "Barriers", "Library", "Members", "Invite",
                 "Audit"):
        assert name in names, names
    tabs = nav.locator("ul").first
    assert tabs.evaluate("el => el.scrollWidth <= el.clientWidth"), "the tabs scroll sideways"
    for i in range(links.count()):
        link = links.nth(i)
        assert link.evaluate(TAB_IN_VIEW_JS), f"{names[i]} is hidden at 375 px"
    # From the keyboard, at phone width: the last tab.
    facilitator.tab_to(nav.get_by_role("link", name="Audit"))
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith(f"/c/{leeds.slug}/audit/"), page.url
    page.set_viewport_size({"width": 1280, "height": 900})
    facilitator.check("audit")

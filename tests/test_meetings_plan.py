"""Planning a meeting (formats, timings, the presenter's question), the community's stage
guides, the presenter's summary, the four-week follow-up, the evaluators' counts and the
lifecycle of all these (issue 19, the planning part). Real PostgreSQL; nothing mocked."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from casework.models import AnonymisationOverride
from cop import gate, lifecycle
from cop.outbox.models import OutboxMessage
from meetings import follow_ups, lifecycle_plan, planning, summaries
from meetings.formats import Format, default_minutes
from meetings.models import (
    Entry,
    EntryKind,
    ItemPlan,
    ItemSummary,
    RecommendationOutcome,
    StageGuide,
    Tried,
    ValueCycle,
)
from members import services as member_services
from members.models import Membership, Notification, NotificationKind, Role
from sessions_app.models import ActionPoint, AgendaItem, SessionStatus

from .factories import (
    join,
    make_case,
    make_community,
    make_member,
    make_session,
    make_study,
    make_user,
)
from .helpers import counted_get

pytestmark = pytest.mark.django_db

NAMED = "How do I help Darren Smith keep his flat?"


class World:
    def __init__(self, n: int = 1):
        self.community = make_community(name=f"Plan {n}", slug=f"plan-{n}")
        self.facilitator = make_user(display_name="Fay Facilitator")
        self.presenter = make_user(display_name="Pat Presenter")
        self.member = make_user(display_name="Mo Member")
        self.fac_membership = join(self.facilitator, self.community, Role.FACILITATOR)
        self.presenter_membership = join(self.presenter, self.community)
        self.member_membership = join(self.member, self.community)
        self.case = make_case(self.community, self.presenter, title="Tenancy at risk")
        self.session = make_session(self.community, title="March meeting", days=-3,
                                    status=SessionStatus.COMPLETED)
        self.item = AgendaItem.objects.create(session=self.session, position=1,
                                              title="A stuck tenancy", case=self.case,
                                              presenter=self.presenter)
        self.plain = AgendaItem.objects.create(session=self.session, position=2,
                                               title="Check-out")

    def record(self, n_recommendations: int = 2, n_questions: int = 1) -> list[Entry]:
        recs = [Entry.objects.create(item=self.item, kind=EntryKind.RECOMMENDATION,
                                     text=f"Recommendation {i}", chosen=i == 0,
                                     member=self.member if i % 2 == 0 else None,
                                     recorded_by=self.facilitator)
                for i in range(n_recommendations)]
        for i in range(n_questions):
            Entry.objects.create(item=self.item, kind=EntryKind.QUESTION,
                                 text=f"Question {i}?", recorded_by=self.facilitator)
        return recs

    def send(self) -> ItemSummary:
        self.item.refresh_from_db()
        summary = summaries.item_summary_send(actor=self.facilitator, item=self.item)
        assert summary is not None
        return summary


@pytest.fixture
def world():
    return World()


# --- Planning -------------------------------------------------------------------------------


def test_planning_during_the_meeting_tells_the_phones_following_it(world):
    from meetings import live  # the live part, started as the run screen starts it

    started = live.meeting_start(actor=world.facilitator, membership=world.fac_membership,
                                 session=world.session)
    planning.item_plan_save(actor=world.facilitator, membership=world.fac_membership,
                            item=world.item, format=Format.ACTION_LEARNING)
    started.refresh_from_db()
    assert started.version == 2


def test_a_plan_keeps_the_format_its_minutes_and_the_question(world):
    plan = planning.item_plan_save(actor=world.facilitator, membership=world.fac_membership,
                                   item=world.item, format=Format.ACTION_LEARNING,
                                   stage_minutes=[5, 25, 5, 5],
                                   question="What do I try next with Elizabeth?")
    plan.refresh_from_db()
    assert (plan.format, plan.stage_minutes) == (Format.ACTION_LEARNING, [5, 25, 5, 5])
    assert "Elizabeth" in plan.question  # the case's pseudonym passes
    again = planning.item_plan_save(actor=world.facilitator, membership=world.fac_membership,
                                    item=world.item, format=Format.PEER_SUPERVISION)
    assert again.pk == plan.pk and again.stage_minutes == default_minutes(
        Format.PEER_SUPERVISION)
    with pytest.raises(ValidationError):
        planning.item_plan_save(actor=world.facilitator, membership=world.fac_membership,
                                item=world.item, format=Format.ACTION_LEARNING,
                                stage_minutes=[5, 0, 5, 5])
    with pytest.raises(ValidationError):
        planning.item_plan_save(actor=world.facilitator, membership=world.fac_membership,
                                item=world.item, format="brainstorm")


def test_only_facilitators_plan(world):
    with pytest.raises(PermissionDenied):
        planning.item_plan_save(actor=world.member, membership=world.member_membership,
                                item=world.item, format=Format.OPEN_DISCUSSION)
    assert not ItemPlan.objects.exists()


def test_the_question_passes_the_gate(world):
    kwargs = {"actor": world.facilitator, "membership": world.fac_membership,
              "item": world.item, "format": Format.CASE_CONSULTATION, "question": NAMED}
    with pytest.raises(gate.IdentifiersFound) as found:
        planning.item_plan_save(**kwargs)
    assert not ItemPlan.objects.exists()
    reasons = {f.key: "A made-up name for the example." for f in found.value.findings}
    planning.item_plan_save(**kwargs, reasons=reasons)
    plan = ItemPlan.objects.get()
    assert AnonymisationOverride.objects.filter(
        about_type="meetings.itemplan", about_id=plan.pk).exists()


def test_the_planning_pages(client, world):
    client.force_login(world.facilitator)
    slug, pk = world.community.slug, world.session.pk
    page = client.get(reverse("meetings:plan_session", args=[slug, pk])).content.decode()
    assert "Case consultation (ECHO-style)" in page  # the default of an item about a case
    assert "Open discussion" in page
    url = reverse("meetings:plan_item", args=[slug, pk, world.item.pk])
    assert client.get(url).status_code == 200
    # Another format: saved with its own stages' usual minutes, and shown again to adjust.
    response = client.post(url, {"format": Format.ACTION_LEARNING,
                                 "shown_format": Format.CASE_CONSULTATION,
                                 "question": "", **{f"minutes_{k}": "5" for k in (
                                     "presentation", "clarifying", "recommendations",
                                     "response", "summary")}})
    assert response.status_code == 302 and response["Location"] == url
    assert ItemPlan.objects.get().stage_minutes == default_minutes(Format.ACTION_LEARNING)
    response = client.post(url, {"format": Format.ACTION_LEARNING,
                                 "shown_format": Format.ACTION_LEARNING, "question": NAMED,
                                 "minutes_presentation": "7", "minutes_questions": "20",
                                 "minutes_reflection": "5", "minutes_actions": "5"})
    assert response.status_code == 200 and "Possible identifiers found" in response.text
    assert ItemPlan.objects.get().question == ""
    response = client.post(url, {"format": Format.ACTION_LEARNING,
                                 "shown_format": Format.ACTION_LEARNING,
                                 "question": "What next?", "minutes_presentation": "7",
                                 "minutes_questions": "20", "minutes_reflection": "5",
                                 "minutes_actions": "5"})
    assert response.status_code == 302
    assert ItemPlan.objects.get().stage_minutes == [7, 20, 5, 5]
    client.force_login(world.member)
    assert client.get(url).status_code == 403


def test_the_session_page_shows_each_item_s_format(client, world):
    client.force_login(world.member)
    page = client.get(world.session.get_absolute_url()).content.decode()
    assert "Case consultation (ECHO-style)" in page and "Open discussion" in page


# --- Stage guides -----------------------------------------------------------------------------


def test_guides_are_edited_through_the_gate_and_reset(client, world):
    slug = world.community.slug
    client.force_login(world.member)
    page = client.get(reverse("meetings:guides", args=[slug])).content.decode()
    assert "Problem-solving or advice disguised as a question" in page
    edit = reverse("meetings:guide_edit", args=[slug, Format.CASE_CONSULTATION, "clarifying"])
    assert client.get(edit).status_code == 403
    client.force_login(world.facilitator)
    response = client.post(edit, {"guide": "Ask Darren Smith first.", "avoid": ""})
    assert response.status_code == 200 and not StageGuide.objects.exists()
    response = client.post(edit, {"guide": "Short factual questions only.",
                                  "avoid": "Advice."})
    assert response.status_code == 302
    page = client.get(reverse("meetings:guides", args=[slug])).content.decode()
    assert "Short factual questions only." in page and "Reset to the default" in page
    reset = reverse("meetings:guide_reset", args=[slug, Format.CASE_CONSULTATION, "clarifying"])
    assert client.post(reset).status_code == 302
    assert not StageGuide.objects.exists()
    assert client.get(reverse("meetings:guide_edit", args=[slug, "nope", "x"])).status_code \
        == 404
    with pytest.raises(PermissionDenied):
        planning.stage_guide_save(actor=world.member, membership=world.member_membership,
                                  format=Format.CHECK_ROUND, stage="round", guide="Hello.")


# --- The summary ----------------------------------------------------------------------------


def test_the_summary_is_sent_once_in_the_app_and_by_email(world):
    world.record()
    ItemPlan.objects.create(item=world.item, format=Format.CASE_CONSULTATION,
                            question="How do I keep the offer open?")
    ActionPoint.objects.create(session=world.session, text="Write to the housing team",
                               created_by=world.facilitator)
    summary = world.send()
    assert world.send().pk == summary.pk  # idempotent
    [note] = Notification.objects.filter(user=world.presenter)
    assert note.kind == NotificationKind.MEETING_SUMMARY
    assert "How do I keep the offer open?" in note.text
    assert "✓ Recommendation 0" in note.text and "; Recommendation 1" in note.text
    assert "Write to the housing team" in note.text
    assert note.url.endswith(reverse("meetings:summary", args=[
        world.community.slug, world.session.pk, world.item.pk]))
    assert OutboxMessage.objects.filter(kind="members.notification_email",
                                        object_id=note.pk).count() == 1
    assert summaries.item_summary_send(actor=world.facilitator, item=world.plain) is None


def test_the_summary_page_for_members_and_the_presenter_s_choices(client, world):
    recs = world.record()
    world.send()
    url = reverse("meetings:summary", args=[world.community.slug, world.session.pk,
                                           world.item.pk])
    client.force_login(world.member)
    page = client.get(url).content.decode()
    assert "Recommendation 1" in page and "anonymous" in page and "Mo Member" in page
    assert "I want to try this" not in page
    choose = reverse("meetings:summary_choose", args=[
        world.community.slug, world.session.pk, world.item.pk, recs[1].pk])
    assert client.post(choose, {"chosen": "1"}).status_code == 403
    client.force_login(world.presenter)
    assert "I want to try this" in client.get(url).content.decode()
    assert client.post(choose, {"chosen": "1"}).status_code == 302
    assert Entry.objects.get(pk=recs[1].pk).chosen
    # Another community's member: not found; an item with no summary: not found.
    outsider = make_user()
    join(outsider, make_community(name="Elsewhere", slug="elsewhere"))
    client.force_login(outsider)
    assert client.get(url).status_code == 404
    client.force_login(world.member)
    assert client.get(reverse("meetings:summary", args=[
        world.community.slug, world.session.pk, world.plain.pk])).status_code == 404


def test_the_case_shows_the_recommendations_line(client, world):
    world.record()
    world.send()
    client.force_login(world.member)
    page = client.get(world.case.get_absolute_url()).content.decode()
    when = timezone.localtime(world.session.starts_at)
    assert f"Recommendations from the session on {when.day} {when:%B}" in page


# --- Four weeks later -------------------------------------------------------------------------


def test_the_follow_up_is_sent_once_four_weeks_later(world):
    world.record()
    summary = world.send()
    other = World(2)  # a summary with no recommendation is not asked about
    other.send()
    assert follow_ups.recommendation_follow_ups_send() == 0  # not yet
    later = timezone.now() + timedelta(weeks=4, minutes=1)
    assert follow_ups.recommendation_follow_ups_send(now=later) == 1
    assert follow_ups.recommendation_follow_ups_send(now=later) == 0
    summary.refresh_from_db()
    assert summary.follow_up_sent_at == later
    [prompt] = Notification.objects.filter(kind=NotificationKind.OUTCOME_PROMPT)
    assert prompt.user == world.presenter
    assert prompt.text.startswith("What happened next for “A stuck tenancy”? Which "
                                  "recommendations from the session on")


def test_the_presenter_answers_through_the_gate(client, world):
    recs = world.record()
    world.send()
    url = reverse("meetings:summary_follow_up", args=[world.community.slug, world.session.pk,
                                                     world.item.pk])
    client.force_login(world.member)
    assert client.get(url).status_code == 403
    client.force_login(world.presenter)
    page = client.get(url).content.decode()
    assert page.index("Recommendation 0") < page.index("Recommendation 1")  # chosen first
    data = {f"tried_{recs[0].pk}": Tried.TRIED, f"how_{recs[0].pk}": "Darren Smith agreed.",
            f"value_{recs[0].pk}": ValueCycle.APPLIED, f"tried_{recs[1].pk}": Tried.NOT_TRIED}
    response = client.post(url, data)
    assert response.status_code == 200 and "Possible identifiers found" in response.text
    assert not RecommendationOutcome.objects.exists()
    data[f"how_{recs[0].pk}"] = "He agreed to a joint visit."
    assert client.post(url, data).status_code == 302
    outcomes = {o.entry_id: o for o in RecommendationOutcome.objects.all()}
    assert outcomes[recs[0].pk].value == ValueCycle.APPLIED
    assert outcomes[recs[1].pk].tried == Tried.NOT_TRIED
    assert client.post(url, {}).status_code == 200  # nothing said: nothing saved


# --- Evaluation: counts only --------------------------------------------------------------------


def test_evaluators_see_counts_only_small_ones_hidden(client, world):
    evaluator = make_user(is_evaluator=True)
    study = make_study(world.community, created_by=evaluator)
    recs = world.record(n_recommendations=6)
    summary = world.send()
    for rec in recs[:5]:
        RecommendationOutcome.objects.create(entry=rec, tried=Tried.TRIED,
                                             value=ValueCycle.APPLIED, how_it_went="Secret")
    RecommendationOutcome.objects.create(entry=recs[5], tried=Tried.PARTLY,
                                         value=ValueCycle.IMMEDIATE)
    assert summary.presenter == world.presenter
    client.force_login(evaluator)
    response = client.get(reverse("evaluation:study_detail", args=[study.pk]))
    page = response.content.decode()
    assert "Recommendations from meetings" in page
    assert "Secret" not in page and "Recommendation 0" not in page
    figures = response.context["recommendations"]
    assert figures.items is None  # 1 item: under 5
    assert (figures.offered, figures.chosen) == (6, None)
    _, partly, _ = figures.rows
    assert partly.cells[0] is None  # the lone "partly": 1
    shown = [n for row in figures.rows for n in [*row.cells, row.total]]
    shown += [*figures.column_totals, figures.total]
    assert all(n is None or n == 0 or n >= 5 for n in shown)
    # The 1 would follow from the totals: enough else is hidden that it cannot.
    assert sum(n is None for n in shown) >= 4
    # Five "tried, applied value" are one presenter's answers: hidden however many.
    tried, _, _ = figures.rows
    assert tried.cells[2] is None and figures.total is None


def test_evaluators_see_the_counts_when_they_are_large_enough(client, world):
    evaluator = make_user(is_evaluator=True)
    study = make_study(world.community, created_by=evaluator)
    recs = world.record(n_recommendations=10)
    for rec in recs:
        RecommendationOutcome.objects.create(entry=rec, tried=Tried.TRIED,
                                             value=ValueCycle.APPLIED)
    for i in range(4):  # five presenters: their answers may be shown
        presenter = make_member(world.community, f"presenter{i}@example.test")
        other = AgendaItem.objects.create(session=world.session, position=5 + i,
                                          title=f"Item {i}", presenter=presenter)
        summaries.item_summary_send(actor=world.facilitator, item=other)
    world.send()
    client.force_login(evaluator)
    figures = client.get(reverse("evaluation:study_detail", args=[study.pk])
                         ).context["recommendations"]
    assert (figures.items, figures.offered, figures.total) == (5, 10, 10)
    assert figures.rows[0].cells[2] == 10 and figures.rows[1].total == 0


# --- Lifecycle ------------------------------------------------------------------------------


def test_closing_the_presenter_s_account_erases_their_words_keeps_the_counts(world):
    recs = world.record()
    world.send()
    RecommendationOutcome.objects.create(entry=recs[0], tried=Tried.TRIED,
                                         how_it_went="It went well.",
                                         value=ValueCycle.REALISED)
    exported = lifecycle_plan.summaries(world.presenter)["summaries_received"]
    assert exported[0]["recommendations"][0]["what_you_said_later"]["how_it_went"] \
        == "It went well."
    assert "meeting_summaries.json" in [f.filename for f in lifecycle.export_files()]
    Membership.objects.filter(user=world.presenter).update(role=Role.MEMBER)
    member_services.account_close(actor=world.presenter, user=world.presenter)
    outcome = RecommendationOutcome.objects.get()
    assert (outcome.how_it_went, outcome.tried, outcome.value) == ("", Tried.TRIED,
                                                                   ValueCycle.REALISED)


def test_a_redacted_case_takes_the_question_and_the_answers(world):
    recs = world.record()
    ItemPlan.objects.create(item=world.item, format=Format.CASE_CONSULTATION,
                            question="About Elizabeth.")
    RecommendationOutcome.objects.create(entry=recs[0], tried=Tried.TRIED,
                                         how_it_went="Elizabeth moved in.")
    lifecycle.announce_redacted(type(world.case), {world.case.pk: world.case.title},
                                "[removed]")
    assert ItemPlan.objects.get().question == "[removed]"
    assert RecommendationOutcome.objects.get().how_it_went == "[removed]"


def test_a_redacted_case_takes_its_recorded_entries_and_the_summary_s_notification(world):
    world.record()
    summary = world.send()
    notification = Notification.objects.get(kind=NotificationKind.MEETING_SUMMARY)
    assert "Recommendation 0" in notification.text  # the summary quotes the entries
    Entry.objects.filter(kind=EntryKind.RECOMMENDATION).update(text="Ask Elizabeth's GP.")
    gate_word = AnonymisationOverride.objects.create(
        community_id=world.community.pk, user=world.facilitator, about_type="meetings.entry",
        about_id=Entry.objects.first().pk, field="text", kind="person",
        flagged_text="Elizabeth", reason="Her GP's surgery, not a person")
    lifecycle.announce_redacted(type(world.case), {world.case.pk: world.case.title},
                                "[removed]")
    assert set(Entry.objects.values_list("text", flat=True)) == {"[removed]"}
    notification.refresh_from_db()
    assert notification.text == "[removed]" and notification.about_id == summary.pk
    gate_word.refresh_from_db()
    assert "Elizabeth" not in gate_word.flagged_text


# --- Query budgets, at two sizes ------------------------------------------------------------


def _grow(world: World, n: int) -> None:
    """n more agenda items, entries, guides and actions, each with a presenter and plan."""
    for i in range(n):
        item = AgendaItem.objects.create(session=world.session, position=10 + i,
                                         title=f"Extra {i}", presenter=world.member,
                                         case=world.case)
        ItemPlan.objects.create(item=item, format=Format.ACTION_LEARNING)
        ActionPoint.objects.create(session=world.session, text=f"Action {i}",
                                   owner=world.member, created_by=world.facilitator)
        ItemSummary.objects.create(item=item, presenter=world.member)
    for fmt, stage in [(Format.CASE_CONSULTATION, "clarifying"), (Format.CHECK_ROUND, "round")
                       ][:min(n, 2)]:
        StageGuide.objects.create(community=world.community, format=fmt, stage=stage,
                                  guide="Own words.", updated_by=world.facilitator)
    world.record(n_recommendations=3 * n, n_questions=2 * n)


# Page -> the most SQL queries it may run (the user, the membership, the audit and MFA
# checks included), whatever the number of items, entries, guides and actions.
BUDGETS = {
    "plan_session": 7,  # the session; the agenda, the plans, the guides
    "plan_item": 8,  # the item, its plan, its case (for the pseudonym the gate allows)
    "guides": 4,  # the community's guides, with who wrote them
    "guide_edit": 4,  # the guide
    "summary": 8,  # the summary with its item; the plan, the entries, the actions
    "follow_up": 6,  # the summary; the recommendations with their outcomes
    "case_detail": 8,  # the case page, with its summaries' line (one query)
    "study_detail": 7,  # with the recommendations' counts (one query)
}


def test_query_budgets_of_the_new_pages_hold_and_do_not_grow_tenfold(client):
    counts = {}
    for size in (1, 10):
        world = World(10 + size)
        world.record()
        world.send()
        _grow(world, size)
        evaluator = make_user(is_evaluator=True)
        study = make_study(world.community, created_by=evaluator)
        slug, pk, item = world.community.slug, world.session.pk, world.item.pk
        pages = {
            "plan_session": (world.facilitator, reverse("meetings:plan_session",
                                                        args=[slug, pk])),
            "plan_item": (world.facilitator, reverse("meetings:plan_item",
                                                     args=[slug, pk, item])),
            "guides": (world.member, reverse("meetings:guides", args=[slug])),
            "guide_edit": (world.facilitator, reverse("meetings:guide_edit", args=[
                slug, Format.CASE_CONSULTATION, "clarifying"])),
            "summary": (world.presenter, reverse("meetings:summary", args=[slug, pk, item])),
            "follow_up": (world.presenter, reverse("meetings:summary_follow_up",
                                                   args=[slug, pk, item])),
            "case_detail": (world.member, world.case.get_absolute_url()),
            "study_detail": (evaluator, reverse("evaluation:study_detail", args=[study.pk])),
        }
        for name, (viewer, url) in pages.items():
            client.force_login(viewer)
            client.get(url)
            response, n = counted_get(client, url)
            assert response.status_code == 200, name
            counts.setdefault(name, []).append(n)
    over = {k: v for k, v in counts.items() if max(v) > BUDGETS[k]}
    assert not over, f"over budget: {over}"
    grew = {k: v for k, v in counts.items() if v[0] != v[1]}
    assert not grew, f"grew with the data: {grew}"


# --- Demo data ------------------------------------------------------------------------------


def test_demo_meetings_a_past_consultation_summarised_and_a_session_ready_to_run():
    from django.core.management import call_command

    call_command("seed_demo")
    summary = ItemSummary.objects.select_related("item__session").get()
    assert summary.item.session.status == SessionStatus.COMPLETED
    recommendations = Entry.objects.filter(item=summary.item, kind=EntryKind.RECOMMENDATION)
    assert recommendations.count() == 4 and recommendations.filter(chosen=True).count() == 2
    assert ItemPlan.objects.get(item=summary.item).format == Format.CASE_CONSULTATION
    upcoming = ItemPlan.objects.filter(item__session__starts_at__gt=timezone.now())
    assert upcoming.exists()
    assert Notification.objects.filter(kind=NotificationKind.MEETING_SUMMARY).count() == 1
    counts = (ItemPlan.objects.count(), Entry.objects.count())
    call_command("seed_demo")
    assert (ItemPlan.objects.count(), Entry.objects.count()) == counts

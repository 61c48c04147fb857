"""A comment's community is always its case's (PostgreSQL keeps it so, for every way a
comment is written), and comment search, which scopes by that column, finds only comments
of visible cases in the viewer's own communities."""

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from casework import search, services
from casework.models import CaseStatus, CaseStudy, Comment

from .factories import join, make_case, make_comment, make_community, make_user
from .helpers import found_ids

pytestmark = pytest.mark.django_db


def stored_community_id(comment) -> int:
    return Comment.objects.values_list("community_id", flat=True).get(pk=comment.pk)


def test_a_comment_made_by_the_service_carries_its_case_community(community, member):
    case = make_case(community, member)

    comment = services.comment_create(actor=member, case=case, body="A review might help.",
                                      parent=None, reasons={})

    assert comment.community_id == community.pk
    assert stored_community_id(comment) == community.pk


def test_the_database_fills_the_community_when_nothing_names_it(community, member):
    case = make_case(community, member)

    one = make_comment(case, member)
    many = Comment.objects.bulk_create(
        Comment(case=case, author=member, body=f"Bulk thought {i}") for i in range(3))

    assert {stored_community_id(c) for c in [one, *many]} == {community.pk}


def test_a_wrong_community_never_reaches_the_database(community, other_community, member):
    case = make_case(community, member)

    comment = Comment.objects.create(case=case, community=other_community, author=member,
                                     body="Claims the wrong community")
    assert stored_community_id(comment) == community.pk

    Comment.objects.filter(pk=comment.pk).update(community=other_community)
    assert stored_community_id(comment) == community.pk


def test_comments_follow_their_case_to_another_community(community, other_community, member):
    case = make_case(community, member)
    comment = make_comment(case, member)

    CaseStudy.objects.filter(pk=case.pk).update(community=other_community)

    assert stored_community_id(comment) == other_community.pk


def test_the_bench_seed_copy_of_comments_gets_the_community(community, member):
    from bench.seed import COMMENT_COLUMNS, _copy

    case = make_case(community, member)
    with connection.cursor() as cursor:
        _copy(cursor, "casework_comment", COMMENT_COLUMNS,
              [[case.pk, member.pk, "Copied in like the bench seed", timezone.now(), "", None]],
              ["removal_reason"])

    assert Comment.objects.get(body="Copied in like the bench seed").community_id == community.pk


@pytest.fixture
def world(community, other_community, member):
    """The member belongs to `community` and `second`, not to `other_community`. Every comment
    says "ptarmigan"; only the ones on visible cases of the member's communities may be found."""
    second = make_community(name="York Test Community", slug="york-test")
    join(member, second)
    stranger = make_user(display_name="Sam Stranger")
    join(stranger, other_community)

    def comment_on(case, body):
        return make_comment(case, member if case.community_id != other_community.pk
                            else stranger, body=f"Ptarmigan {body}")

    home = make_case(community, member, needs_domains=["homelessness"])
    closed = make_case(second, member, status=CaseStatus.CLOSED, needs_domains=["debt"])
    foreign = make_case(other_community, stranger, needs_domains=["homelessness"])
    own_draft = make_case(community, member, status=CaseStatus.DRAFT, published_at=None)
    returned = make_case(community, member, needs_domains=["homelessness"])
    comments = {
        "home": comment_on(home, "on a published case"),
        "closed": comment_on(closed, "on a closed case in the second community"),
        "foreign": comment_on(foreign, "in a community the member is not in"),
        "own draft": comment_on(own_draft, "on the member's own draft"),
        "returned": comment_on(returned, "on a case later returned to draft"),
        "removed": comment_on(home, "removed by a facilitator"),
    }
    CaseStudy.objects.filter(pk=returned.pk).update(status=CaseStatus.DRAFT)
    Comment.objects.filter(pk=comments["removed"].pk).update(removed_at=timezone.now())
    return {"member": member, "ids": [community.pk, second.pk], "comments": comments,
            "home": home, "other_community": other_community}


def found(world, **filters) -> set[str]:
    names = {c.pk: name for name, c in world["comments"].items()}
    results = found_ids(world["member"], world["ids"], "ptarmigan", "comments", **filters)
    assert len(results) == len(set(results))
    return {names[pk] for pk in results}


def test_search_finds_only_visible_comments_of_the_viewers_communities(world):
    assert found(world) == {"home", "closed"}


@pytest.mark.parametrize("filters, expected", [
    ({"status": CaseStatus.CLOSED}, {"closed"}),
    ({"status": CaseStatus.PUBLISHED}, {"home"}),
    ({"domain": "homelessness"}, {"home"}),
    ({"domain": "debt", "status": CaseStatus.CLOSED}, {"closed"}),
])
def test_the_viewers_filters_keep_drafts_and_other_communities_out(world, filters, expected):
    assert found(world, **filters) == expected


def test_a_case_moved_away_takes_its_comments_out_of_the_viewers_search(world):
    CaseStudy.objects.filter(pk=world["home"].pk).update(community=world["other_community"])

    assert found(world) == {"closed"}


def test_the_search_page_counts_only_the_viewers_comments(client, world):
    client.force_login(world["member"])

    page = client.get(reverse("casework:search"), {"q": "ptarmigan", "type": "comments"})

    assert ("comments", "Comments", 2, False) in page.context["tabs"]
    assert "in a community the member is not in" not in page.text


def vector_matches(model, pk, word) -> bool:
    return model.objects.filter(pk=pk, search_vector=word).exists()


def test_search_vectors_follow_text_edits_but_not_counter_updates(community, member):
    """The vectors are recomputed when a text is set (casework 0010), a whole-row save
    included, and left alone by an update of counters only."""
    case = make_case(community, member, title="Eviction from supported housing")
    comment = make_comment(case, member, body="Try the tenancy sustainment team.")

    CaseStudy.objects.filter(pk=case.pk).update(title="Benefit sanction appeal")
    Comment.objects.filter(pk=comment.pk).update(body="Ask about a discretionary payment.")
    assert vector_matches(CaseStudy, case.pk, "sanction")
    assert not vector_matches(CaseStudy, case.pk, "eviction")
    assert vector_matches(Comment, comment.pk, "discretionary")

    case.refresh_from_db()
    case.question = "Who can help with a hardship fund?"
    case.save()
    assert vector_matches(CaseStudy, case.pk, "hardship")

    with connection.cursor() as cursor:  # a counter-only update keeps the stored vector
        cursor.execute("UPDATE casework_casestudy SET search_vector = to_tsvector('simple', "
                       "'marker'), comment_count = comment_count + 1 WHERE id = %s", [case.pk])
    services.comment_create(actor=member, case=case, body="Another thought.", parent=None,
                            reasons={})
    assert vector_matches(CaseStudy, case.pk, "marker")


# --- Bounded search: the best of the newest SEARCH_LIMIT matches ----------------------------


@pytest.fixture
def many(community, other_community, member, monkeypatch):
    """Six matching cases in the member's community (the newest last), one in another
    community and another member's draft; the search ranks at most four."""
    monkeypatch.setattr(search, "SEARCH_LIMIT", 4)
    author = make_user(display_name="Ann Author")
    join(author, community)
    cases = [make_case(community, author, title=f"Kestrel case {n}") for n in range(6)]
    make_case(other_community, make_user(), title="Kestrel elsewhere")
    make_case(community, author, title="Kestrel draft", status=CaseStatus.DRAFT,
              published_at=None)
    for case in cases:
        make_comment(case, author, body="A kestrel comment")
    return cases


def test_search_ranks_the_newest_matches_and_says_there_are_more(client, member, many):
    client.force_login(member)

    page = client.get(reverse("casework:search"), {"q": "kestrel"})

    shown = {hit["heading"] for hit in page.context["hits"]}
    assert shown == {f"Kestrel case {n}" for n in (2, 3, 4, 5)}
    assert "Cases (more than 4)" in page.text and "Comments (more than 4)" in page.text
    assert "Kestrel elsewhere" not in page.text and "Kestrel draft" not in page.text


def test_search_counts_exactly_up_to_the_limit(client, member, many):
    client.force_login(member)
    CaseStudy.objects.filter(pk__in=[c.pk for c in many[:3]]).delete()

    page = client.get(reverse("casework:search"), {"q": "kestrel", "type": "comments"})

    assert "Cases (3)" in page.text and "Comments (3)" in page.text
    assert len(page.context["hits"]) == 3


def test_search_ranks_before_recency_within_the_newest(member, many):
    CaseStudy.objects.filter(pk=many[3].pk).update(title="Kestrel kestrel kestrel")

    found = search.search_page(member, [many[0].community_id], "kestrel", kind="cases")

    ids = [hit["pk"] for hit in found.hits]
    assert ids[0] == many[3].pk and len(ids) == 4
    assert found.counts == {"cases": (4, True), "comments": (4, True),
                            "services": (0, False), "terms": (0, False)}


def test_a_page_past_the_end_shows_the_last_and_a_word_the_first(client, member, many):
    client.force_login(member)
    url = reverse("casework:search")

    past = client.get(url, {"q": "kestrel", "page": "9"})
    word = client.get(url, {"q": "kestrel", "page": "last"})

    assert past.context["page"].number == 1 and len(past.context["hits"]) == 4
    assert word.context["page"].number == 1 and len(word.context["hits"]) == 4


def test_the_second_page_follows_the_first_in_rank_order(member, many):
    CaseStudy.objects.filter(pk=many[4].pk).update(title="Kestrel kestrel kestrel")
    ids = [many[0].community_id]

    first = search.search_page(member, ids, "kestrel", kind="cases", per_page=3)
    second = search.search_page(member, ids, "kestrel", kind="cases", per_page=3, number=2)
    beyond = search.search_page(member, ids, "kestrel", kind="cases", per_page=3, number=5)

    assert first.hits[0]["pk"] == many[4].pk
    assert [h["pk"] for h in first.hits + second.hits] == found_ids(member, ids, "kestrel")
    assert (second.number, len(second.hits)) == (2, 1)
    assert beyond.number == 2 and beyond.hits == second.hits

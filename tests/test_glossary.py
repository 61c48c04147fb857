"""The community glossary (glossary/): members read, add and edit terms, facilitators remove
them, nobody outside the community learns they exist; the texts pass the identifier gate;
terms are marked in case text and comments, and the marks follow every change at once;
search; queries bounded at two sizes of data; what an account's closing and "Download my
data" do with terms."""

import re
from html.parser import HTMLParser

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse

from cop import gate, lifecycle
from glossary import selectors, services
from glossary.marking import Entry, Marker
from glossary.models import GlossaryVersion, Term, TermOverride
from glossary.services import TermText

from .factories import join, make_case, make_comment, make_term, make_user
from .helpers import counted_get, page_as

pytestmark = pytest.mark.django_db

PRIORITY_NEED = "Who the council must house: people with children, and the vulnerable."


def glossary_url(community, **query) -> str:
    url = reverse("glossary:glossary", args=[community.slug])
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def add_url(community) -> str:
    return reverse("glossary:term_add", args=[community.slug])


def edit_url(term) -> str:
    return reverse("glossary:term_edit", args=[term.community.slug, term.pk])


def remove_url(term) -> str:
    return reverse("glossary:term_remove", args=[term.community.slug, term.pk])


def membership(user, community):
    return user.memberships.get(community=community)


# --- Reading, adding, editing, removing ----------------------------------------------------


def test_a_member_adds_a_term_and_everyone_in_the_community_reads_it(client, community, member,
                                                                    facilitator):
    client.force_login(member)
    response = client.post(add_url(community), {
        "term": "  Duty   to refer ", "meaning": "A public body tells the council, with "
        "the person's agreement, that they may be homeless.",
        "source": "Homelessness Reduction Act 2017", "link": "https://www.gov.uk/duty"})
    term = Term.objects.get()
    assert response.status_code == 302
    assert response["Location"].endswith(f"/glossary/#term-{term.pk}")
    assert (term.term, term.created_by, term.community) == ("Duty to refer", member, community)
    html = page_as(client, facilitator, glossary_url(community))
    assert "Duty to refer" in html and "Homelessness Reduction Act 2017" in html
    assert 'href="https://www.gov.uk/duty" rel="noopener noreferrer nofollow"' in html
    assert "Added by Max Member" in html


def test_any_member_edits_a_term_wiki_style(client, community, member, facilitator):
    term = make_term(community, facilitator, meaning="An old meaning.")
    client.force_login(member)
    form = client.get(edit_url(term)).content.decode()
    assert "An old meaning." in form  # the form holds what is there
    response = client.post(edit_url(term), {"term": "Priority need",
                                            "meaning": "Said more plainly."})
    assert response.status_code == 302
    term.refresh_from_db()
    assert (term.term, term.meaning, term.source, term.link) == (
        "Priority need", "Said more plainly.", "", "")
    assert term.created_by == facilitator and term.updated_at > term.created_at


def test_only_a_facilitator_removes_a_term(client, community, member, facilitator):
    term = make_term(community, member)
    client.force_login(member)
    assert client.get(remove_url(term)).status_code == 403
    assert client.post(remove_url(term)).status_code == 403
    assert "Remove<span" not in client.get(glossary_url(community)).content.decode()
    with pytest.raises(PermissionDenied):
        services.term_remove(actor=member, membership=membership(member, community), term=term)
    assert Term.objects.exists()
    client.force_login(facilitator)
    assert "Remove<span" in client.get(glossary_url(community)).content.decode()
    assert client.post(remove_url(term)).status_code == 302
    assert not Term.objects.exists()


def test_a_term_is_unique_in_its_community_whatever_its_capitals(client, community,
                                                                 other_community, member):
    make_term(community, member, term="MAPPA")
    make_term(other_community, term="MAPPA")  # another community's glossary is its own
    client.force_login(member)
    response = client.post(add_url(community), {"term": "mappa", "meaning": "Again."})
    assert response.status_code == 200
    assert "is in the glossary already" in response.content.decode()
    assert Term.objects.filter(community=community).count() == 1
    other = make_term(community, member, term="MARAC")
    response = client.post(edit_url(other), {"term": "Mappa", "meaning": "Renamed."})
    assert "is in the glossary already" in response.content.decode()
    assert Term.objects.get(pk=other.pk).term == "MARAC"


@pytest.mark.parametrize("link", ["javascript:alert(1)", "ftp://example.org/file",
                                  "data:text/html,hi"])
def test_a_link_must_be_a_web_address(client, community, member, link):
    client.force_login(member)
    response = client.post(add_url(community), {"term": "NRPF", "meaning": "No recourse.",
                                                "link": link})
    assert response.status_code == 200 and not Term.objects.exists()
    with pytest.raises(ValidationError) as refused:
        services.term_add(actor=member, membership=membership(member, community),
                          text=TermText("NRPF", "No recourse.", link=link))
    assert "link" in refused.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():  # whatever writes it
        make_term(community, member, link=link)


def test_the_form_cannot_set_the_community_or_who_added_it(client, community, other_community,
                                                           member, facilitator):
    client.force_login(member)
    client.post(add_url(community), {"term": "MARAC", "meaning": "A meeting.",
                                     "community": other_community.pk,
                                     "created_by": facilitator.pk})
    term = Term.objects.get()
    assert (term.community, term.created_by) == (community, member)


# --- Who sees nothing ------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["outsider", "former_member", "evaluator", "site_admin"])
def test_outside_the_community_every_glossary_page_is_not_found(client, community, member, who,
                                                                request):
    term = make_term(community, member)
    client.force_login(request.getfixturevalue(who))
    for url in (glossary_url(community), add_url(community), edit_url(term), remove_url(term)):
        assert client.get(url).status_code == 404, url
    assert client.post(add_url(community), {"term": "X", "meaning": "Y"}).status_code == 404
    assert client.post(remove_url(term)).status_code == 404
    assert Term.objects.count() == 1


def test_another_community_s_term_is_not_found_under_one_s_own(client, community,
                                                               other_community, member):
    theirs = make_term(other_community, term="Their term")
    client.force_login(member)
    for name in ("glossary:term_edit", "glossary:term_remove"):
        url = reverse(name, args=[community.slug, theirs.pk])
        assert client.get(url).status_code == 404
    assert "Their term" not in client.get(glossary_url(community)).content.decode()


def test_an_evaluator_who_is_also_a_member_has_the_member_s_rights(client, community):
    evaluator = make_user(display_name="Eve Evaluator", is_evaluator=True)
    join(evaluator, community)
    client.force_login(evaluator)
    assert client.get(glossary_url(community)).status_code == 200


# --- The identifier gate ---------------------------------------------------------------------

NAMED = "Ask Kevin Moore at the housing office: he knows how it works."


def test_a_client_s_name_in_a_meaning_stops_the_save(client, community, member):
    client.force_login(member)
    response = client.post(add_url(community), {"term": "Housing options",
                                                "meaning": NAMED})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Possible identifiers found" in html and "Kevin Moore" in html
    assert not Term.objects.exists()


def test_a_finding_is_fixed_in_place_or_kept_with_a_reason(client, community, member,
                                                           facilitator):
    client.force_login(member)
    data = {"term": "Housing options", "meaning": NAMED, "source": "Leeds City Council"}
    [finding] = gate.find_known({"term": data["term"], "meaning": NAMED,
                                 "source": data["source"]}, [])
    fixed = client.post(add_url(community), {**data, "fix": finding.key,
                                             f"replacement-{finding.key}": "[name]"})
    assert "[name] at the housing office" in fixed.content.decode()
    assert not Term.objects.exists()  # a fix saves nothing
    client.post(add_url(community), {**data, f"override-{finding.key}": "A made-up name."})
    term = Term.objects.get()
    override = TermOverride.objects.get()
    assert (override.term, override.user, override.field, override.reason) == (
        term, member, "meaning", "A made-up name.")
    assert "Kevin Moore" in override.flagged_text
    # Facilitators see the reason on the glossary; other members do not.
    assert "A made-up name." in page_as(client, facilitator, glossary_url(community))
    assert "A made-up name." not in page_as(client, member, glossary_url(community))


def test_the_term_and_its_source_pass_the_gate_too(community, member):
    with pytest.raises(gate.IdentifiersFound) as found:
        services.term_add(actor=member, membership=membership(member, community),
                          text=TermText("Rent arrears", "Rent owed.",
                                        source="Kevin Moore, 07700 900123"))
    assert {f.field for f in found.value.findings} == {"source"}
    assert not Term.objects.exists()


# --- Marking -----------------------------------------------------------------------------------


def marker(*terms: tuple[str, str] | tuple[str, str, str]) -> Marker:
    built = Marker.build("test", [Entry(*(t + ("",) * (3 - len(t)))) for t in terms])
    assert built is not None
    return built


class Marks(HTMLParser):
    """The marked terms of some HTML (their words) and each tooltip's text by id."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.terms: list[str] = []
        self.tips: dict[str, str] = {}
        self.described: list[str] = []
        self._stack: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        kind = ("term" if attrs.get("class") == "cop-term" else
                f"tip:{attrs['id']}" if attrs.get("role") == "tooltip" else "")
        if kind == "term":
            self.terms.append("")
            self.described.append(attrs["aria-describedby"])
            assert attrs["tabindex"] == "0"
        if kind.startswith("tip:"):
            self.tips[kind[4:]] = ""
        self._stack.append(kind)

    def handle_endtag(self, tag):
        self._stack.pop()

    def handle_data(self, data):
        inside = [k for k in self._stack if k]
        if inside and inside[-1] == "term":
            self.terms[-1] += data
        elif inside and inside[-1].startswith("tip:"):
            self.tips[inside[-1][4:]] += data


def test_whole_words_only_whatever_the_capitals():
    m = marker(("need", "A want."), ("MAPPA", "Public protection."))
    marks = Marks(m.mark("<p>Needs and needy people. MAPPAS, mappa's meeting; NEED.</p>", "x"))
    assert marks.terms == ["mappa", "NEED"]


def test_a_phrase_across_a_line_break_and_the_longest_term_wins():
    m = marker(("Care Act", "The law."), ("Care Act eligibility", "The threshold."),
               ("priority need", "Who is housed."))
    marks = Marks(m.mark("<p>Her Care Act eligibility, and priority\nneed.</p>", "x"))
    assert marks.terms == ["Care Act eligibility", "priority\nneed"]
    assert list(marks.tips.values())[0].startswith("Care Act eligibility: The threshold.")


def test_only_the_first_use_in_a_text_is_marked_and_ids_are_unique():
    m = marker(("MARAC", "A meeting."), ("NRPF", "No recourse."))
    marked = m.mark("<p>MARAC, then NRPF, then MARAC again.</p><p>NRPF</p>", "c7")
    marks = Marks(marked)
    assert marks.terms == ["MARAC", "NRPF"]
    assert marks.described == ["term-c7-1", "term-c7-2"] == list(marks.tips)
    assert marks.tips["term-c7-2"] == "NRPF: No recourse."


def test_never_inside_a_link_code_or_an_attribute():
    m = marker(("MAPPA", "Public protection."))
    html = ('<p><a href="https://x.org/mappa" title="MAPPA &gt; level 2">MAPPA</a> '
            "<code>MAPPA</code></p><pre><code>MAPPA</code></pre>")
    assert m.mark(html, "x") == html
    marked = m.mark(html + "<p>At MAPPA level 2.</p>", "x")
    assert marked.startswith(html) and Marks(marked).terms == ["MAPPA"]


def test_text_and_meanings_stay_escaped():
    m = marker(("A&E", "Accident & emergency <script>alert(1)</script>", "NHS <b>"),
               ("amp", "An amplifier."))
    marked = m.mark("<p>Sent to A&amp;E by &lt;b&gt; the amp &amp; &#39;the&#39; ward.</p>", "x")
    marks = Marks(marked)
    assert marks.terms == ["A&E", "amp"]
    assert "<script>" not in marked and "&lt;script&gt;alert(1)&lt;/script&gt;" in marked
    assert "NHS &lt;b&gt;" in marked and "&lt;b&gt; the" in marked
    assert "&amp;" in marked.split("amp<span")[1]  # an entity is never split or marked


def test_a_long_meaning_is_cut_short_in_the_tooltip():
    m = marker(("MAPPA", " ".join(["word"] * 100)))
    tip = next(iter(Marks(m.mark("<p>MAPPA</p>", "x")).tips.values()))
    assert tip.endswith("…") and tip.count("word") == 60


@pytest.fixture
def case(community, member):
    return make_case(community, member, presenting_situation=(
        "She was found not in **priority need** and has no local connection here."),
        question="Is [priority need](https://example.org/pn) the right test?")


def test_terms_are_marked_in_a_case_s_text_and_comments(client, community, member, case):
    make_term(community, member, meaning=PRIORITY_NEED)
    make_term(community, member, term="local connection", meaning="A link to the area.",
              source="Housing Act 1996, section 199")
    comment = make_comment(case, member, body="Her local connection is to Bradford.")
    html = page_as(client, member, case.get_absolute_url())
    marks = Marks(html)
    assert marks.terms == ["priority need", "local connection", "local connection"]
    assert marks.described == ["term-s-presenting_situation-1", "term-s-presenting_situation-2",
                               f"term-c{comment.pk}-1"]
    assert marks.tips["term-s-presenting_situation-1"] == f"priority need: {PRIORITY_NEED} " \
        "(Housing Act 1996, section 189)"
    # The question's link is left as it is.
    assert '<a href="https://example.org/pn" rel="noopener noreferrer nofollow">priority need' \
        "</a>" in html


def test_the_marks_change_as_soon_as_the_glossary_does(client, community, member, facilitator,
                                                       case):
    make_comment(case, member, body="Was the duty to refer used?")
    url = case.get_absolute_url()
    assert Marks(page_as(client, member, url)).terms == []  # the page is now in the cache
    mine = membership(member, community)
    added = services.term_add(actor=member, membership=mine,
                              text=TermText("duty to refer", "A public body tells the council."))
    marks = Marks(page_as(client, member, url))
    assert marks.terms == ["duty to refer"]
    assert list(marks.tips.values()) == ["duty to refer: A public body tells the council."]
    services.term_update(actor=member, membership=mine, term=added,
                         text=TermText("duty to refer", "Said more plainly."))
    assert list(Marks(page_as(client, member, url)).tips.values()) == [
        "duty to refer: Said more plainly."]
    services.term_remove(actor=facilitator, membership=membership(facilitator, community),
                         term=added)
    assert Marks(page_as(client, member, url)).terms == []


def test_another_community_s_terms_are_not_marked(client, community, other_community, member,
                                                  case):
    make_term(other_community, term="local connection", meaning="Theirs.")
    assert Marks(page_as(client, member, case.get_absolute_url())).terms == []


def test_a_comment_posted_without_a_page_load_is_marked(client, community, member, case):
    make_term(community, member, term="MARAC", meaning="A meeting about risk.")
    client.force_login(member)
    response = client.post(reverse("casework:comment_create", args=[community.slug, case.pk]),
                           {"body": "Refer her to MARAC."}, HTTP_HX_REQUEST="true")
    assert Marks(response.content.decode()).terms == ["MARAC"]
    comment = case.comments.get()
    response = client.post(
        reverse("casework:comment_edit", args=[community.slug, case.pk, comment.pk]),
        {"body": "Refer her to the MARAC today."}, HTTP_HX_REQUEST="true")
    assert Marks(response.content.decode()).terms == ["MARAC"]


def test_the_version_is_raised_by_every_write_whoever_makes_it(community, other_community,
                                                               member):
    def version(c):
        return GlossaryVersion.objects.filter(community_id=c.pk).values_list(
            "version", flat=True).first()

    assert version(community) is None
    term = make_term(community, member)
    first = version(community)
    assert first is not None and version(other_community) is None
    Term.objects.filter(pk=term.pk).update(meaning="Changed directly.")
    second = version(community)
    assert second > first
    Term.objects.bulk_create([Term(community=community, term=f"T{i}", meaning="M")
                              for i in range(3)])
    third = version(community)
    assert third > second
    Term.objects.filter(community=community).delete()
    assert version(community) > third


# --- Search ------------------------------------------------------------------------------------


def test_the_glossary_is_searched_by_term_meaning_and_source(client, community, member):
    make_term(community, member, meaning=PRIORITY_NEED)
    make_term(community, member, term="MAPPA", meaning="How agencies manage risky offenders.",
              source="Criminal Justice Act 2003")
    make_term(community, member, term="NRPF", meaning="No recourse to public funds.",
              source="Home Office")
    client.force_login(member)

    def found(q):
        html = client.get(glossary_url(community, q=q)).content.decode()
        return re.findall(r'<h2 class="govuk-heading-s[^"]*">([^<]+)</h2>', html)

    assert found("offenders") == ["MAPPA"]  # a word of the meaning
    assert found("criminal justice") == ["MAPPA"]  # the source
    assert found("prio") == ["priority need"]  # part of a term
    assert found("NR") == ["NRPF"]  # short: part of a term only
    assert sorted(found("offenders OR funds")) == ["MAPPA", "NRPF"]  # web-search syntax
    assert found("public -offenders") == ["NRPF"]
    assert found("nothing-like-this") == []
    assert found("") == ["MAPPA", "NRPF", "priority need"]  # A to Z


def test_search_terms_keeps_to_the_viewer_s_communities(community, other_community, member):
    mine = make_term(community, member, term="MAPPA", meaning="Public protection.")
    make_term(other_community, term="MAPPA", meaning="Public protection elsewhere.")
    found = selectors.search_terms(member, [community.pk, other_community.pk], "protection", 10)
    assert found == [mine] and found[0].community == community
    assert selectors.search_terms(member, [other_community.pk], "MAPPA", 10) == []
    assert selectors.search_terms(member, [community.pk], "   ", 10) == []
    for i in range(5):
        make_term(community, member, term=f"Protection {i}", meaning="Protection.")
    assert len(selectors.search_terms(member, [community.pk], "protection", 3)) == 3


# --- Queries, at two sizes of data -------------------------------------------------------------

# The signed-in person, their unread count, the membership, the page and its count; for a
# facilitator, the reasons kept on the page's terms too.
LIST_BUDGET = {"member": 5, "facilitator": 6}
# As without a glossary (tests/test_query_budgets.py): the glossary's version is read with the
# case, and its terms once per version and process.
CASE_BUDGET = 8


def grow(community, author, case, scale: int) -> None:
    """More terms (60 per unit of `scale`) and comments using them (10 per unit)."""
    Term.objects.bulk_create(
        Term(community=community, term=f"term {scale} {i}", meaning=f"Meaning {i}.",
             created_by=author)
        for i in range(60 * scale))
    if not Term.objects.filter(term="priority need").exists():
        make_term(community, author, meaning=PRIORITY_NEED)
    for i in range(10 * scale):
        make_comment(case, author, body=f"Is it priority need? And term {scale} {i}?")


@pytest.mark.parametrize("viewer", ["member", "facilitator"])
def test_the_glossary_s_queries_do_not_grow_with_it(client, community, member, facilitator,
                                                    case, viewer):
    person = {"member": member, "facilitator": facilitator}[viewer]
    client.force_login(person)
    counts = []
    for scale in (1, 10):
        grow(community, member, case, scale)
        TermOverride.objects.bulk_create(
            TermOverride(term=t, user=member, field="meaning", kind="PERSON", flagged_text="X",
                         reason="Made up.") for t in Term.objects.all()[:5])
        for params in (None, {"q": "meaning"}, {"page": "2"}):
            client.get(glossary_url(community), params)
            response, count = counted_get(client, glossary_url(community), params)
            assert response.status_code == 200
            counts.append(count)
    assert max(counts) <= LIST_BUDGET[viewer] and len(set(counts)) == 1, counts


def test_a_case_page_with_terms_runs_the_same_queries_at_ten_times_the_data(client, community,
                                                                           member, case):
    client.force_login(member)
    counts = []
    for scale in (1, 10):
        grow(community, member, case, scale)
        url = case.get_absolute_url()
        client.get(url)  # warm: the process's marker for this version, the cached discussion
        response, count = counted_get(client, url)
        assert response.status_code == 200
        assert "priority need" in Marks(response.content.decode()).terms
        counts.append(count)
    assert counts[0] == counts[1] <= CASE_BUDGET, counts


# --- Closing an account, "Download my data", the demo ------------------------------------------


def test_closing_an_account_keeps_the_terms_without_their_author(community, member,
                                                                 facilitator):
    term = make_term(community, member)
    TermOverride.objects.create(term=term, user=member, field="meaning", kind="PERSON",
                                flagged_text="Kevin", reason="Made up.")
    other = make_term(community, facilitator, term="MAPPA")
    counts = lifecycle.close_account(member, term.created_at)
    term.refresh_from_db()
    assert term.created_by is None and Term.objects.count() == 2
    assert TermOverride.objects.get().user is None
    assert Term.objects.get(pk=other.pk).created_by == facilitator
    assert counts["glossary_terms_kept"] == 1


def test_download_holds_the_terms_the_person_added(community, member, facilitator):
    term = make_term(community, member, term="MARAC", meaning="A meeting.")
    TermOverride.objects.create(term=term, user=member, field="meaning", kind="PERSON",
                                flagged_text="Kevin", reason="Made up.")
    make_term(community, facilitator, term="MAPPA")
    [export] = [f for f in lifecycle.export_files() if f.filename == "glossary.json"]
    data = export.build(member)
    assert [t["term"] for t in data["terms_you_added"]] == ["MARAC"]
    assert data["terms_you_added"][0]["community"] == {"name": community.name,
                                                       "slug": community.slug}
    assert [o["reason"] for o in data["identifier_warnings_you_overrode"]] == ["Made up."]
    assert export.build(facilitator)["identifier_warnings_you_overrode"] == []


def test_the_demo_glossaries_are_seeded_once_and_mark_the_demo_cases(client):
    from django.core.management import call_command

    from casework.models import CaseStudy
    from members.models import Community, User

    call_command("seed_demo")
    call_command("seed_demo")
    for community in Community.objects.all():
        terms = list(Term.objects.filter(community=community))
        assert 8 <= len(terms) <= 12, community
        for term in terms:
            assert term.meaning and term.source and term.created_by is not None
            assert re.match(r"https://www\.(gov\.uk|legislation\.gov\.uk|nice\.org\.uk)/",
                            term.link)
            assert not gate.find({"t": term.term, "m": term.meaning, "s": term.source}, [])
    case = CaseStudy.objects.get(title="Discharged from hospital with nowhere to go")
    member = User.objects.get(email="member@example.org")
    terms = Marks(page_as(client, member, case.get_absolute_url())).terms
    assert {"priority need", "duty to refer"} <= {t.lower() for t in terms}

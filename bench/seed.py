"""The benchmark's data set, seeded into the bench database (`make bench`, cop.settings.bench).

30 communities, 3,000 members (+ a member, a facilitator and an evaluator to sign in as),
30,000 cases, 300,000 comments (one case with 300), 10,000 barriers, 3,000 sessions with
RSVPs and attendance, and one study with 500,000 answers (bench_export's seeder).

BENCH_SCALE=N (the data-size growth point) multiplies every count but the communities' by N,
in a database of its own (database_name): each community holds N times as much (members,
cases over the same two years, comments, barriers, sessions from further back), so a page
that reads more than it shows gets slower.

Rows go in with COPY; the app's own triggers (search vectors, history, a comment's community)
fire as they would for the app, so the data are what the app would have made. A fingerprint
of SEED_VERSION and the migrations is kept in the database: an unchanged data set is reused
between runs.

Run with `python -m bench.seed` (DJANGO_SETTINGS_MODULE=cop.settings.bench, BENCH_SCALE)."""

import csv
import hashlib
import io
import os
import random
import sys
import time
import uuid
from datetime import timedelta
from pathlib import Path

SEED_VERSION = "1"
COMMUNITIES = 30
MEMBERS = 3_000
CASES = 30_000
COMMENTS = 300_000
BIG_CASE_COMMENTS = 300
SESSIONS_PER_COMMUNITY = 100
BARRIER_EVERY = 3  # one barrier on every third case
ANSWERS = 500_000  # in the study bench_export measures
PASSWORD = "bench-only-password-123"
TOTP_SECRET = "BENCHTOTPSECRETONLYFORBENCH23456"
PERSONAS = {"member": "bench-member@example.org",
            "facilitator": "bench-facilitator@example.org",
            "evaluator": "bench-evaluator@example.org"}

TITLES = ["Discharged with nowhere to go", "Housing duty refused after prison release",
          "Evicted from supported housing", "Cannot get a mental health assessment",
          "Script stopped after missed appointments", "No recourse and sleeping rough",
          "Benefits sanction and rent arrears", "Care leaver sofa surfing",
          "Hospital discharge to the street", "Refused by the housing register"]
SITUATIONS = [
    "She left hospital with a leg ulcer and no home to go to. The council said she was not "
    "in priority need and the hostel would not take her because of her dog.",
    "He was released from prison on a Friday afternoon with a discharge grant and an "
    "appointment with probation on Monday. Housing options were closed.",
    "They have been sleeping in a tent by the canal since the winter, using heroin and "
    "crack, and have stopped going to the drug service after the key worker changed.",
    "She is fleeing domestic abuse, has no recourse to public funds and two children, and "
    "the refuge is full. Social care say the threshold is not met.",
]
QUESTIONS = ["How do we get the housing team to accept a duty?",
             "Who can do a mental health assessment when he will not engage?",
             "What would you try next with the drug service?",
             "Has anyone got a route into supported housing for couples?"]
REMARKS = ["Have you tried asking for a review of the housing decision?",
           "We had the same with the hostel; a joint visit helped.",
           "The mental health team will take a referral from the GP if you ring first.",
           "Ask for a section 202 review; the housing officer must consider vulnerability.",
           "Probation can help with ID for the bank account and the benefits claim.",
           "Could the outreach team meet him at the drop-in on Thursday?",
           "Our service can offer a bed for a few nights while housing sort it out.",
           "Keep a note of every refusal: it helps the barrier report and the review."]


# The columns of the comments' COPY, in the order comment_rows gives them. A comment's
# community is left to the trigger that copies it from the case (casework migration 0004).
COMMENT_COLUMNS = ["case_id", "author_id", "body", "created_at", "removal_reason", "parent_id"]


def scale() -> int:
    """How many times the data set of scale 1 this process seeds or serves (BENCH_SCALE)."""
    return int(os.environ.get("BENCH_SCALE") or 1)


def database_name(times: int) -> str:
    """Each scale in a database of its own, so both are kept and reused."""
    return "cop_bench" if times == 1 else f"cop_bench_s{times}"


def fingerprint() -> str:
    root = Path(__file__).resolve().parent.parent
    migrations = sorted(str(p.relative_to(root)) for p in root.glob("*/migrations/0*.py"))
    return hashlib.sha256("\n".join([SEED_VERSION, *migrations]).encode()).hexdigest()[:16]


def _copy(cursor, table: str, columns: list[str], rows, texts=(), batch=5_000) -> None:
    """COPY rows in, `batch` rows a transaction: the history triggers open a subtransaction
    a row, and hundreds of thousands in one transaction slow PostgreSQL to a crawl. An empty
    field is NULL except in `texts` (empty strings there)."""
    force = f", FORCE_NOT_NULL ({', '.join(texts)})" if texts else ""
    rows = iter(rows)
    while True:
        lines = io.StringIO()
        writer = csv.writer(lines)
        count = 0
        for row in rows:
            writer.writerow(row)
            count += 1
            if count == batch:
                break
        if not count:
            return
        lines.seek(0)
        cursor.cursor.copy_expert(
            f"COPY {table} ({', '.join(columns)}) FROM STDIN WITH (FORMAT csv{force})", lines)


def stored_fingerprint(cursor) -> str | None:
    cursor.execute("CREATE TABLE IF NOT EXISTS bench_seed (fingerprint text, seeded_at "
                   "timestamptz DEFAULT now())")
    cursor.execute("SELECT fingerprint FROM bench_seed ORDER BY seeded_at DESC LIMIT 1")
    row = cursor.fetchone()
    return row[0] if row else None


def seed(say=print) -> None:
    from django.contrib.auth.hashers import make_password
    from django.db import connection
    from django.utils import timezone

    from members.models import Agency, Community, Membership, Role, User
    from members.security import totp_add

    times = scale()
    members, cases_count, comments_count = MEMBERS * times, CASES * times, COMMENTS * times
    big_case_comments = BIG_CASE_COMMENTS * times
    sessions_per_community = SESSIONS_PER_COMMUNITY * times
    rng = random.Random(2026)
    now = timezone.now()
    started = time.perf_counter()
    # Not one transaction (see _copy): a failed seed is dropped and redone by bench.run.
    with connection.cursor() as cursor:
        password = make_password(PASSWORD)
        agencies = Agency.objects.bulk_create(
            Agency(name=f"Bench agency {n}", sector=["statutory", "voluntary"][n % 2],
                   discipline=["housing", "drugs_alcohol", "health", "mental_health",
                               "criminal_justice"][n % 5]) for n in range(COMMUNITIES))
        communities = Community.objects.bulk_create(
            Community(name=f"Bench community {n:02}", slug=f"bench-{n:02}", region="North")
            for n in range(COMMUNITIES))
        users = User.objects.bulk_create(
            User(email=f"bench-user-{n}@example.org", display_name=f"Bench Person {n}",
                 password=password, agency=agencies[n % COMMUNITIES])
            for n in range(members))
        personas = {role: User.objects.create(email=email, password=password,
                                              display_name=f"Bench {role.title()}",
                                              agency=agencies[0],
                                              is_evaluator=role == "evaluator")
                    for role, email in PERSONAS.items()}
        for role in ("facilitator", "evaluator"):
            totp_add(personas[role], TOTP_SECRET)
        everyone = users + list(personas.values())
        _copy(cursor, "account_emailaddress", ["email", "verified", '"primary"', "user_id"],
              ([u.email, True, True, u.pk] for u in everyone))
        # Each person in one community (the first three of each facilitate); one in ten in
        # a second. The member persona is in the first two, the facilitator runs the first.
        in_community: dict[int, list[int]] = {c.pk: [] for c in communities}
        memberships = []
        for n, user in enumerate(users):
            c = communities[n % COMMUNITIES]
            role = Role.FACILITATOR if n < 3 * COMMUNITIES else Role.MEMBER
            memberships.append(Membership(user=user, community=c, role=role))
            in_community[c.pk].append(user.pk)
            if n % 10 == 0:
                other = communities[(n + 1) % COMMUNITIES]
                memberships.append(Membership(user=user, community=other))
                in_community[other.pk].append(user.pk)
        first = communities[0]
        memberships += [Membership(user=personas["member"], community=first),
                        Membership(user=personas["member"], community=communities[1]),
                        Membership(user=personas["facilitator"], community=first,
                                   role=Role.FACILITATOR)]
        Membership.objects.bulk_create(memberships)
        in_community[first.pk].append(personas["member"].pk)
        say(f"  people and communities: {time.perf_counter() - started:.1f} s")

        # Cases: 1,000 per community, over two years; the first is the 300-comment case.
        domains = ["homelessness", "substance_use", "mental_health", "offending",
                   "domestic_abuse", "physical_health"]
        per_community = cases_count // COMMUNITIES
        rows = []
        for c in communities:
            for k in range(per_community):
                created = now - timedelta(days=730 * (per_community - k) / per_community,
                                          minutes=rng.randrange(600))
                status = "published" if k % 20 else rng.choice(["closed", "archived"])
                needs = "{" + ",".join(sorted(set(rng.sample(domains, 2)))) + "}"
                rows.append([c.pk, rng.choice(in_community[c.pk]), rng.choice(["Elizabeth",
                             "John", "Sam", "Alex"]), rng.choice(TITLES),
                             rng.choice(SITUATIONS), needs, "Housing options, GP",
                             "Referral to the hostel", rng.choice(QUESTIONS), "", status,
                             False, created, created, created, 0, created])
        _copy(cursor, "casework_casestudy",
              ["community_id", "author_id", "pseudonym", "title", "presenting_situation",
               "needs_domains", "services_involved", "what_tried", "question", "outcome",
               "status", "for_discussion", "created_at", "updated_at", "published_at",
               "comment_count", "last_activity_at"], rows, texts=["outcome"])
        cursor.execute("SELECT id, community_id, created_at FROM casework_casestudy "
                       "ORDER BY id")
        cases = cursor.fetchall()
        big_case = next(c for c in cases if c[1] == first.pk)[0]
        say(f"  {len(cases):,} cases: {time.perf_counter() - started:.1f} s")

        # Comments: two thirds top-level, a third replies to one of them.
        community_of = {case_id: community_id for case_id, community_id, _ in cases}
        created_of = {case_id: created for case_id, _, created in cases}
        others = [c[0] for c in cases if c[0] != big_case]
        targets = [big_case] * big_case_comments + [
            others[i % len(others)] for i in range(comments_count - big_case_comments)]
        tops = ([big_case] * (big_case_comments * 2 // 3)
                + [t for i, t in enumerate(targets[big_case_comments:]) if i % 3 != 2])
        replies = ([big_case] * (big_case_comments - big_case_comments * 2 // 3)
                   + [t for i, t in enumerate(targets[big_case_comments:]) if i % 3 == 2])

        def comment_rows(case_ids, parents=None):
            for i, case_id in enumerate(case_ids):
                when = created_of[case_id] + timedelta(hours=1 + i % 500, seconds=i)
                yield [case_id, rng.choice(in_community[community_of[case_id]]),
                       rng.choice(REMARKS), when, "",
                       parents[i] if parents else None]

        _copy(cursor, "casework_comment", COMMENT_COLUMNS, comment_rows(tops),
              ["removal_reason"])
        cursor.execute("SELECT case_id, array_agg(id ORDER BY id) FROM casework_comment "
                       "GROUP BY case_id")
        top_ids = dict(cursor.fetchall())
        parents = [top_ids[case_id][i % len(top_ids[case_id])]
                   for i, case_id in enumerate(replies)]
        _copy(cursor, "casework_comment", COMMENT_COLUMNS, comment_rows(replies, parents),
              ["removal_reason"])
        cursor.execute("""UPDATE casework_casestudy c SET comment_count = s.n,
                          last_activity_at = s.last FROM (SELECT case_id, count(*) n,
                          max(created_at) last FROM casework_comment GROUP BY case_id) s
                          WHERE s.case_id = c.id""")
        say(f"  {len(tops) + len(replies):,} comments: {time.perf_counter() - started:.1f} s")

        categories = ["eligibility", "exclusion", "no_provision", "local_connection",
                      "id_digital", "waiting_time", "non_engagement"]
        services = ["housing", "mental_health", "drug_alcohol", "primary_care", "benefits"]
        _copy(cursor, "casework_barrier",
              ["case_id", "recorded_by_id", "service_type", "category", "description",
               "overcome", "how_overcome", "created_at", "updated_at"],
              ([case_id, rng.choice(in_community[community_of[case_id]]),
                rng.choice(services), rng.choice(categories), "Refused at the front door",
                rng.choice(["unknown", "yes", "partly", "no"]), "", created, created]
               for case_id, _, created in cases[::BARRIER_EVERY]), ["how_overcome"])

        # Sessions: 100 per community (times the scale), every 5 days from a year ago (from
        # further back at a larger scale, to the same last one); RSVPs and attendance.
        first_session = now - timedelta(days=365 + 5 * SESSIONS_PER_COMMUNITY * (times - 1))
        rows = []
        for c in communities:
            for k in range(sessions_per_community):
                start = (first_session + timedelta(days=5 * k)).replace(
                    hour=13, minute=0, second=0, microsecond=0)
                past = start < now
                rows.append([uuid.UUID(int=rng.getrandbits(128), version=4), c.pk,
                             f"Monthly case discussion {k + 1}", "", start,
                             start + timedelta(hours=2), "Civic Hall, Room 2", "", 20,
                             "completed" if past else "scheduled", 0, "", "",
                             start if past else None, start - timedelta(days=30),
                             start - timedelta(days=30), start - timedelta(days=30)])
        _copy(cursor, "sessions_app_session",
              ["uid", "community_id", "title", "description", "starts_at", "ends_at", "venue",
               "online_link",
               "capacity", "status", "sequence", "cancelled_reason", "notes",
               "completed_at", "created_at", "updated_at", "times_set_at"], rows,
              ["description", "online_link", "cancelled_reason", "notes"])
        cursor.execute("SELECT id, community_id, starts_at FROM sessions_app_session")
        sessions = cursor.fetchall()
        rsvps, attended = [], []
        for session_id, community_id, starts_at in sessions:
            people = rng.sample(in_community[community_id], 13)
            if community_id == first.pk:
                member = personas["member"].pk
                people = [member] + [p for p in people if p != member][:11]
            people = people[:12]
            for person in people:
                rsvps.append([session_id, person, "going", False, starts_at, starts_at])
            if starts_at < now:
                attended += [[session_id, person, starts_at] for person in people[:9]]
        _copy(cursor, "sessions_app_rsvp",
              ["session_id", "user_id", "answer", "waitlisted", "asked_at", "updated_at"],
              rsvps)
        _copy(cursor, "sessions_app_attendance", ["session_id", "user_id", "recorded_at"],
              attended)
        say(f"  {len(sessions):,} sessions, {len(rsvps):,} RSVPs, {len(attended):,} "
            f"attendances: {time.perf_counter() - started:.1f} s")
    # The study: bench_export's 500,000 answers (reused by its own measurement at scale 1).
    from evaluation.management.commands.bench_export import Command as BenchExport

    BenchExport().survey(ANSWERS * times)
    say(f"  the study ({ANSWERS * times:,} answers): {time.perf_counter() - started:.1f} s")
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
        stored_fingerprint(cursor)
        cursor.execute("INSERT INTO bench_seed (fingerprint) VALUES (%s)", [fingerprint()])
    say(f"seeded in {time.perf_counter() - started:.1f} s")


def main() -> int:
    import django

    django.setup()
    from django.db import connection

    with connection.cursor() as cursor:
        have = stored_fingerprint(cursor)
    if have == fingerprint():
        print("[bench] the data set is there already (same fingerprint): reused")
        return 0
    if have is not None:
        print("[bench] the data set is out of date: drop the bench database first "
              "(bench.run does)", file=sys.stderr)
        return 1
    print(f"[bench] seeding the data set at scale {scale()}…", flush=True)
    seed(lambda text: print(f"[bench] {text}", flush=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())

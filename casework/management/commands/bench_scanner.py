"""`manage.py bench_scanner`: how long the identifier scanner takes on a long case study."""

import statistics
import time

from django.core.management.base import BaseCommand

from cop.scanner import scan

# About 1,000 words in the style of a real write-up, with a handful of identifiers.
PARAGRAPHS = [
    "Background. Marcus Whitlock (DOB 14/03/1986) was referred to the complex needs team "
    "by his probation officer, Hannah Greaves, after his release from HMP Risley in "
    "January. His prison number was B7732KT and his CRN is T418830. He gave his address "
    "as Flat 4, 27 Mulberry Road, Warrington WA2 7QT, where he stays with his mother, "
    "Denise. His mobile is 07700 900 612 and his NHS number is 943 476 5919.",
    "Marcus has a long history of rough sleeping in the town centre. He first became "
    "homeless at sixteen when his stepfather threw him out, and since then he has moved "
    "between friends' sofas, hostels, supported housing and the street. He has used heroin "
    "since his early twenties and was prescribed methadone through the local drug and "
    "alcohol service, although he often missed his daily pick-up at the chemist because he "
    "could not afford the bus fare into town.",
    "When I first met him at the day centre on a wet Tuesday in February, he was thin, "
    "tired and angry. He told me that the council's Housing Options team had found him "
    "intentionally homeless because he had been evicted from his last hostel for rent "
    "arrears. He did not understand the decision letter and nobody had explained that he "
    "could ask for a review. Together we wrote to the council within the deadline and "
    "asked Shelter for advice about the review.",
    "His health was poor. He had an abscess on his leg from injecting, a chest infection "
    "that would not clear, and he was not registered with a GP. The homeless health team "
    "nurse saw him the same afternoon and arranged antibiotics. She also referred him to "
    "the hepatitis C clinic, which he had avoided for years because he was scared of the "
    "result. With support he attended, and he has now started treatment.",
    "Money was another problem. His Universal Credit had stopped while he was in prison "
    "and he had not reclaimed it. He had no bank account and no photo identification, so "
    "the Job Centre could not verify who he was. We applied for a copy of his birth "
    "certificate, opened a basic account with help from a local credit union, and booked "
    "an appointment with his work coach, who agreed that his claimant commitment should "
    "reflect his health and housing situation for the first three months.",
    "The relationship with his mother is complicated. Denise loves him but she has her "
    "own health problems and her housing association has warned her that a lodger could "
    "put her tenancy at risk. Marcus does not want to cause her trouble, and he often "
    "leaves after a few nights and sleeps in the multi-storey car park instead. She rings "
    "me when she is worried about him, sometimes late at night, and she has asked for "
    "help to set boundaries without losing touch with her son.",
    "There are also safeguarding concerns. Marcus told me that a man called Tyler, who he "
    "owes money to, has been using his mother's flat to store drugs. We talked about "
    "cuckooing and about what he could do if he felt unsafe. With his consent I shared the "
    "information with the police and with the housing association, and the local "
    "neighbourhood team now visits the block more often. Marcus has been clear that he "
    "will not give a statement, and we respected that.",
    "Over the spring things slowly improved. The review of the homelessness decision was "
    "successful, and the council accepted the main housing duty. Marcus moved into a "
    "self-contained flat through the Housing First project in early May. His support "
    "worker there, Aisha, visits three times a week, and he has kept almost every "
    "appointment with the drug service. He has started to talk about doing a cooking "
    "course at the college and maybe volunteering at the food bank that helped him.",
    "What did we learn? First, that people leaving prison without an address fall into a "
    "gap between probation, housing and health services, and that nobody owns the problem "
    "unless a worker chooses to. Second, that small practical things like a birth "
    "certificate, a bus pass or a phone with credit make the biggest difference to whether "
    "someone can keep appointments. Third, that the decision letters councils send are "
    "very hard to read, especially for people with low literacy or a brain injury.",
    "Questions for the group. How do other areas make sure that someone leaving prison has "
    "a GP and a prescription on the day of release? Has anyone had success asking the "
    "Department for Work and Pensions to restart a claim before release? And how do you "
    "support a parent like Denise, who wants to help her son but is frightened of losing "
    "her own home? I would be grateful for any ideas, templates or contacts.",
    "A word about partnership working. At the start, five different agencies held part of "
    "the picture: probation knew about his licence conditions, the drug service knew about "
    "his prescription, the hospital knew about his leg, the council knew about his housing "
    "application and the day centre knew him as a person. Nobody had the whole story. A "
    "monthly meeting, chaired in turn by each agency, changed that. It was not glamorous, "
    "and it sometimes felt like one more meeting in a busy week, but it meant that when "
    "Marcus missed an appointment somebody noticed, and somebody followed it up.",
    "Finally, a note on consent. Marcus has read this case study and agreed to it being "
    "shared with the community of practice once his name and details are removed. He said "
    "he hopes it will help other people in his situation to be treated with more patience "
    "than he was, and that workers will keep trying even when someone misses appointments, "
    "because in his words the people who did not give up on him are the reason he is "
    "still here. He asked me to thank the nurse and the team at the day centre.",
]
CASE_TEXT = "\n\n".join(PARAGRAPHS)


class Command(BaseCommand):
    help = "Time the PII scanner on a ~1,000-word case study (load time, median and max)."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=50, help="timed scans (default 50)")

    def handle(self, *args, runs, **options):
        started = time.perf_counter()
        findings = scan(CASE_TEXT)  # warm-up: loads the name lists once
        load_ms = (time.perf_counter() - started) * 1000
        timings, cpu = [], []
        for _ in range(max(runs, 1)):
            started, cpu_started = time.perf_counter(), time.process_time()
            scan(CASE_TEXT)
            timings.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - cpu_started) * 1000)
        self.stdout.write(f"words: {len(CASE_TEXT.split())}  findings: {len(findings)}")
        self.stdout.write(f"load (first scan): {load_ms:.1f} ms")
        self.stdout.write(
            f"per scan over {len(timings)} runs: median {statistics.median(timings):.1f} ms, "
            f"max {max(timings):.1f} ms"
        )
        # CPU time beside the clock: on a shared machine the clock also counts the time
        # this process waited for a core.
        self.stdout.write(f"CPU time per scan: median {statistics.median(cpu):.1f} ms")

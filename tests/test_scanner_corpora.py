"""The scanner against marked corpora, with the shared scorer's metrics (in-process).

tests/corpora/ holds our own: "tune" (what the scanner was shaped on), "unseen" (held out
when written; its errors were read once, after the first measurement), "fresh" (written
after the first round of tuning; a second round read its errors), "sealed" (written for
the second round from other naming traditions; never tuned on until the third round, which
read its errors) and "sealed2" (written for the third round, before it changed anything,
from traditions and wording no other corpus uses; round four read its errors), "sealed3"
(hand-written blind, by an author who never saw the scanner; round four read its errors)
"sealed4" (hand-written blind, longer texts; measured once after round four, then round
five read its errors), "sealed5" (hand-written blind; measured once after round five,
then round six read its errors), "sealed6" (hand-written blind; measured once after round
six, then round seven read its errors) and "sealed7" (hand-written blind; measured once after
round seven, then rounds eight and nine read its errors), "sealed8" and "sealed9" (hand-written
blind by two authors at once; measured once after round nine; round ten read sealed8's errors
only, so that sealed9 measures what a round carries to new text), "sealed10" (hand-written
blind after round ten; round eleven read sealed9's errors, and sealed10 measured it; round
twelve read sealed10's errors), "sealed11" (hand-written blind after round eleven; round
twelve did not read it, and sealed11 measured it; round thirteen read its errors) and
"sealed12" (hand-written blind after round twelve, from the app's short fields; round
thirteen did not read it, and sealed12 measures it).
The shared development corpus is checked too when it is beside the repository
(../shared or /work/shared)."""

import json
from pathlib import Path

import pytest

from cop.scanner import scan
from tests.corpora import build
from tests.corpora.metrics import score

ROOT = Path(__file__).resolve().parent.parent
SHARED_DEVSETS = [
    ROOT.parent / "shared" / "anonymisation" / "devset.jsonl",
    Path("/work/shared/anonymisation/devset.jsonl"),
]


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def test_corpus_files_are_what_build_makes():
    for split in build.SPLITS:
        assert build.path(split).read_text(encoding="utf-8") == build.render_jsonl(
            build.build(split)
        ), f"run `python -m tests.corpora.build`: {split}.jsonl is out of date"


def test_corpora_are_large_and_mix_clean_and_identifying_documents():
    for split, size in (("tune", 300), ("unseen", 300), ("sealed", 200), ("sealed2", 200)):
        docs = load(build.path(split))
        assert len(docs) >= size
        assert sum(1 for d in docs if not d["pii"]) >= size // 4


# The targets: recall 0.98, precision 0.90, clean-document pass 0.90.
@pytest.mark.parametrize("split", ["tune", "unseen"])
def test_targets_on_our_corpora(split):
    result = score(load(build.path(split)), scan)
    assert result.recall >= 0.98, result.misses
    assert result.precision >= 0.90, result.alarms
    assert result.clean_pass >= 0.90, result.alarms


def test_fresh_corpus_reaches_the_targets():
    # First measured at recall 0.895, precision 0.987, clean pass 1.0; its errors were read
    # twice since, so it is no longer unseen.
    result = score(load(build.path("fresh")), scan)
    assert result.recall >= 0.98, result.misses
    assert result.precision >= 0.95, result.alarms
    assert result.clean_pass >= 0.90, result.alarms


def test_first_sealed_corpus_reaches_precision_and_clean_pass():
    # First measured (never seen) at recall 0.822, precision 0.995, clean pass 0.985; after
    # round two 0.833 / 0.959 / 0.908. Round three read its errors (it is a tuning corpus
    # now): 0.974 / 1.0 / 1.0. Recall is still short of 0.98, so that is a floor.
    result = score(load(build.path("sealed")), scan)
    assert result.recall >= 0.97, result.misses
    assert result.precision >= 0.95, result.alarms
    assert result.clean_pass >= 0.95, result.alarms


def test_second_sealed_corpus_does_not_fall_below_its_measurement():
    # Measured before round three changed anything at recall 0.815, precision 0.976, clean
    # pass 0.962; after it, 0.869 / 0.969 / 0.962. Round four read its misses (it is a
    # tuning corpus now): 0.950 / 0.992 / 1.0. Recall is short of 0.98: a floor.
    result = score(load(build.path("sealed2")), scan)
    assert result.recall >= 0.94, result.misses
    assert result.precision >= 0.95, result.alarms
    assert result.clean_pass >= 0.95, result.alarms


def test_third_sealed_corpus_reaches_the_targets():
    # Hand-written blind (its author never saw the scanner). Measured before round four at
    # recall 0.840, precision 0.969, clean pass 0.966; round four read its misses (what it
    # missed were mostly names that are everyday words, in lower case, which is what the
    # strong slots in names.py now catch): 0.984 / 1.0 / 1.0.
    result = score(load(build.path("sealed3")), scan)
    assert result.recall >= 0.98, result.misses
    assert result.precision >= 0.95, result.alarms
    assert result.clean_pass >= 0.95, result.alarms


def test_fourth_sealed_corpus_does_not_fall_below_its_measurement():
    # Hand-written blind as longer case studies, minutes, referral emails, chats and
    # handovers. The honest figure for text never seen: measured after round four, before
    # round five read it, at recall 0.912, precision 0.921, clean pass 0.864 (the scanner
    # of session 5 scored 0.896 / 0.929 / 0.877). Round five read its errors: 0.962 /
    # 0.968 / 0.951. Recall is short of 0.98: a floor. The next round needs a new corpus.
    # Round seven's known charities (Barka UK) lifted precision to 0.975.
    result = score(load(build.path("sealed4")), scan)
    assert result.recall >= 0.96, result.misses
    assert result.precision >= 0.97, result.alarms
    assert result.clean_pass >= 0.95, result.alarms


def test_fifth_sealed_corpus_does_not_fall_below_its_measurement():
    # Hand-written blind (168 notes, referrals, minutes, chats, letters, by an author who
    # never saw the scanner). The honest figure for text never seen: measured after round
    # five, before round six read it, at recall 0.910, precision 0.956, clean pass 0.921.
    # Round six read its errors and made general fixes (context, numbers in context):
    # 0.994 / 1.0 / 1.0. It is a tuning corpus now; the next round needs a new one.
    result = score(load(build.path("sealed5")), scan)
    assert result.recall >= 0.98, result.misses
    assert result.precision >= 0.98, result.alarms
    assert result.clean_pass >= 0.98, result.alarms


def test_sixth_sealed_corpus_does_not_fall_below_its_measurement():
    # Hand-written blind (172 notes, chats, referrals, minutes, survey answers, by an author
    # who never saw the scanner). The honest figure for text never seen: measured after round
    # six, before anything read it, at recall 0.922, precision 0.971, clean pass 0.923.
    # Round seven read its errors: 1.000 / 1.000 / 1.000, with general rules (introductions,
    # nicknames the words after them introduce, initials in context, lower-case everyday
    # names with a person's context, known charities and lines). It is a tuning corpus now;
    # the next round needs a new one.
    result = score(load(build.path("sealed6")), scan)
    assert result.recall >= 1.0, result.misses
    assert result.precision >= 1.0, result.alarms
    assert result.clean_pass >= 1.0, result.alarms


def test_seventh_sealed_corpus_does_not_fall_below_its_measurement():
    # Hand-written blind (170 documents, 503 identifiers, by an author who never saw the
    # scanner). The honest figure for text never seen: measured after round seven, before
    # anything read it, at recall 0.893, precision 0.972, clean pass 0.967 (round six's
    # scanner: 0.875 / 0.974 / 0.967, so round seven's rules carried about two points).
    # Round eight read its errors: 0.895 / 0.993 / 1.000.
    # Round nine read its misses: 0.924 / 0.994 / 1.000. Round eleven: 0.928. Round
    # twelve (which read sealed10): precision 0.996. Round thirteen (which read sealed11):
    # recall 0.932.
    result = score(load(build.path("sealed7")), scan)
    assert result.recall >= 0.932, result.misses
    assert result.precision >= 0.995, result.alarms
    assert result.clean_pass >= 1.0, result.alarms


def test_eighth_sealed_corpus_does_not_fall_below_its_measurement():
    # Hand-written blind (171 documents, 563 identifiers, 65 clean; the north of England,
    # Scotland and Wales). The honest figure for text never seen: measured after round nine,
    # before anything read it, at recall 0.927, precision 0.978, clean pass 0.954.
    # Round ten read its errors: 0.995 / 0.998 / 1.000 (tuned on).
    result = score(load(build.path("sealed8")), scan)
    assert result.recall >= 0.994, result.misses
    assert result.precision >= 0.998, result.alarms
    assert result.clean_pass >= 1.0, result.alarms


def test_ninth_sealed_corpus_does_not_fall_below_its_measurement():
    # Hand-written blind (171 documents, 566 identifiers, 65 clean; London, the Midlands and
    # the south), by another author at the same time as sealed8. Measured after round nine,
    # before anything read it: recall 0.906, precision 0.985, clean pass 0.954. Round ten
    # reads sealed8 only, so this one measures what its rules carry to new text: after it,
    # 0.912 / 0.985 / 0.954 (about half a point of recall carried).
    # Round eleven read its errors: 0.991 / 1.000 / 1.000 (tuned on).
    result = score(load(build.path("sealed9")), scan)
    assert result.recall >= 0.991, result.misses
    assert result.precision >= 1.0, result.alarms
    assert result.clean_pass >= 1.0, result.alarms


def test_tenth_sealed_corpus_does_not_fall_below_its_measurement():
    # Hand-written blind after round ten (170 documents, 523 identifiers, 61 clean; the whole
    # UK). Measured before anything read it: 0.908 / 0.973 / 0.918, with round ten's scanner
    # and with round nine's alike (round ten carried nothing to it). Round eleven, which read
    # sealed9 and not this: 0.914 / 0.974 / 0.918.
    # Round twelve read its errors: 0.981 / 0.992 / 0.984 (tuned on).
    result = score(load(build.path("sealed10")), scan)
    assert result.recall >= 0.980, result.misses
    assert result.precision >= 0.992, result.alarms
    assert result.clean_pass >= 0.983, result.alarms


def test_eleventh_sealed_corpus_does_not_fall_below_its_measurement():
    # Hand-written blind after round eleven (170 documents, 548 identifiers, 64 clean; the
    # east of England, Lincolnshire, Cornwall, Northern Ireland). Measured before any round
    # read it, with round eleven's scanner: 0.927 / 0.973 / 0.953. Round twelve, which read
    # sealed10 and not this: the same (it carried nothing to new text).
    # Round thirteen read its errors: 0.991 / 0.998 / 1.000 (tuned on).
    result = score(load(build.path("sealed11")), scan)
    assert result.recall >= 0.990, result.misses
    assert result.precision >= 0.998, result.alarms
    assert result.clean_pass >= 1.0, result.alarms


def test_twelfth_sealed_corpus_does_not_fall_below_its_measurement():
    # Hand-written blind after round twelve (170 documents, 517 identifiers, 64 clean): the
    # app's short fields (barriers, minutes, agenda items and action points, follow-up
    # requests, library summaries, survey answers) and some case texts; Bristol, Wales,
    # Greater Manchester, Scotland. Measured before any round read it, with round twelve's
    # scanner: 0.959 / 0.969 / 0.953 (round eleven's: 0.956 / 0.969 / 0.953). Round
    # thirteen, which read sealed11 and not this: the same (it carried nothing to it).
    result = score(load(build.path("sealed12")), scan)
    assert result.recall >= 0.959, result.misses
    assert result.precision >= 0.968, result.alarms
    assert result.clean_pass >= 0.953, result.alarms


def test_shared_devset_recall_stays_perfect():
    path = next((p for p in SHARED_DEVSETS if p.exists()), None)
    if path is None:
        pytest.skip("the shared development corpus is not beside this repository")
    corpus = load(path)
    result = score(corpus, scan)
    assert result.recall == 1.0, result.misses
    assert result.precision == 1.0, result.alarms
    findings = sum(len(scan(d["text"], [d["pseudonym"]] if d["pseudonym"] else [])) for d in corpus)
    assert findings >= 37  # as many as before the scanner learnt the new kinds

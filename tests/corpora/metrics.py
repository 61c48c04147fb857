"""The shared scorer's metrics (../shared/anonymisation/score.py), computed in-process:
recall over identifier occurrences, precision over findings that are not only on optional
quasi-identifiers, and the share of clean documents with no stray finding."""

from dataclasses import dataclass, field


def _overlaps(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@dataclass
class Score:
    recall: float
    precision: float
    clean_pass: float
    misses: list[str] = field(default_factory=list)
    alarms: list[str] = field(default_factory=list)


def score(corpus: list[dict], scan) -> Score:
    """`scan(text, allowed)` returns findings with .start and .end."""
    gold_n = gold_hit = tp = fp = clean_n = clean_ok = 0
    misses, alarms = [], []
    for d in corpus:
        text = d["text"]
        found = [(f.start, f.end) for f in scan(text, [d["pseudonym"]] if d["pseudonym"] else [])]
        gold = [tuple(s) for p in d["pii"] for s in p["spans"]]
        optional = [tuple(s) for p in d["optional"] for s in p["spans"]]
        for g in gold:
            gold_n += 1
            if any(_overlaps(g, f) for f in found):
                gold_hit += 1
            else:
                misses.append(f"{d['id']}: {text[g[0]:g[1]]!r}")
        stray = 0
        for f in found:
            if any(_overlaps(f, g) for g in gold):
                tp += 1
            elif not any(_overlaps(f, o) for o in optional):
                fp += 1
                stray += 1
                alarms.append(f"{d['id']}: {text[f[0]:f[1]]!r}")
        if not gold:
            clean_n += 1
            clean_ok += stray == 0
    return Score(
        recall=gold_hit / gold_n if gold_n else 1.0,
        precision=tp / (tp + fp) if tp + fp else 1.0,
        clean_pass=clean_ok / clean_n if clean_n else 1.0,
        misses=misses,
        alarms=alarms,
    )

"""Builds the scanner's corpora: `python -m tests.corpora.build` (from the repository root).

Writes tune.jsonl, unseen.jsonl, fresh.jsonl and sealed.jsonl to sealed12.jsonl beside this
file, in the shared devset's format (see markup.py), from the templates, name pools and
hand-written notes here (sealed3 to sealed12 are hand-written only: no templates). The seeds
are fixed, so the files come out the same every time; tests check that they are up to date.
"""

import json
import random
from pathlib import Path

from . import (
    handwritten,
    handwritten_sealed3,
    handwritten_sealed4,
    handwritten_sealed5,
    handwritten_sealed6,
    handwritten_sealed7,
    handwritten_sealed8,
    handwritten_sealed9,
    handwritten_sealed10,
    handwritten_sealed11,
    handwritten_sealed12,
    templates_fresh,
    templates_sealed,
    templates_sealed2,
    templates_tune,
    templates_unseen,
)
from .fillers import Fill
from .markup import parse

HERE = Path(__file__).resolve().parent
SPLITS = {
    "tune": (templates_tune, handwritten.TUNE, 1515),
    "unseen": (templates_unseen, handwritten.UNSEEN, 2727),
    "fresh": (templates_fresh, [], 3939),
    "sealed": (templates_sealed, handwritten.SEALED, 5151),
    "sealed2": (templates_sealed2, handwritten.SEALED2, 6262),
    "sealed3": (None, handwritten_sealed3.SEALED3, 7373),
    "sealed4": (None, handwritten_sealed4.SEALED4, 8484),
    "sealed5": (None, handwritten_sealed5.SEALED5, 9595),
    "sealed6": (None, handwritten_sealed6.SEALED6, 1616),
    "sealed7": (None, handwritten_sealed7.SEALED7, 1717),
    "sealed8": (None, handwritten_sealed8.SEALED8, 1818),
    "sealed9": (None, handwritten_sealed9.SEALED9, 1919),
    "sealed10": (None, handwritten_sealed10.SEALED10, 2020),
    "sealed11": (None, handwritten_sealed11.SEALED11, 2121),
    "sealed12": (None, handwritten_sealed12.SEALED12, 2222),
}
DOCS_PER_TEMPLATE = 5


def build(split: str) -> list[dict]:
    templates, hand, seed = SPLITS[split]
    rng = random.Random(seed)
    per_template = getattr(templates, "DOCS_PER_TEMPLATE", DOCS_PER_TEMPLATE)
    with_identifiers = templates.WITH_IDENTIFIERS if templates else []
    clean = templates.CLEAN if templates else []
    docs = []

    # One filling per document: the same people and pseudonym throughout it.
    for t, template in enumerate(with_identifiers):
        for n in range(per_template):
            fill = Fill(split, rng)
            parts = [template.format(f=fill)]
            if rng.random() < 0.4:  # a clean sentence before or after, as notes run on
                parts.insert(rng.randrange(2), rng.choice(clean).format(f=fill))
            docs.append(parse(f"{split}-p{t:02d}-{n}", ". ".join(parts)))
    for t, template in enumerate(clean):
        for n in range(per_template):
            fill = Fill(split, rng)
            parts = [template.format(f=fill)]
            if rng.random() < 0.3:
                parts.append(rng.choice(clean).format(f=fill))
            docs.append(parse(f"{split}-c{t:02d}-{n}", ". ".join(parts)))
    for n, marked in enumerate(hand):
        docs.append(parse(f"{split}-h{n:02d}", marked))
    return docs


def path(split: str) -> Path:
    return HERE / f"{split}.jsonl"


def render_jsonl(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main() -> None:
    for split in SPLITS:
        docs = build(split)
        path(split).write_text(render_jsonl(docs), encoding="utf-8")
        identifiers = sum(len(p["spans"]) for d in docs for p in d["pii"])
        clean = sum(1 for d in docs if not d["pii"])
        print(f"{split}: {len(docs)} documents, {identifiers} identifiers, {clean} clean")


if __name__ == "__main__":
    main()

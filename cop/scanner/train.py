"""Trains the name model (name_model.py): `python -m cop.scanner.train`.

Names: every given name and surname the scanner's lists hold (Faker's person providers in
every Latin-script locale, plus data/given_names.txt and surnames.txt), less those that
are English words or places. Not names: everyday English words (data/english_words.txt),
places (GeoNames lists in data/), words never in a name (data/non_names.txt), case-note
vocabulary (data/case_note_words.txt: medicines, shops, apps, abbreviations) and, when the
`wordlists` extra is installed, the 60,000 commonest English tokens (wordfreq) that no name
list holds. A tenth of the words, chosen by hash, is held out and the model's accuracy on
it printed. Training is deterministic: the same data gives the same file.
"""

import random
import zlib
from array import array
from collections.abc import Iterable

from . import gazetteer
from .name_model import MODEL_PATH, NameModel, features

BITS = 18
EPOCHS = 6
SEED = 15


def _clean(words: Iterable[str]) -> set[str]:
    out = set()
    for word in words:
        for part in gazetteer.fold(word).replace("'", "-").split("-"):
            if len(part) >= 3 and part.isalpha():
                out.add(part)
    return out


def training_words() -> tuple[set[str], set[str]]:
    gaz = gazetteer.load()
    names = _clean(gaz.given | gaz.surnames)
    places = _clean(
        w
        for name in ("world_places.txt", "countries.txt", "places.txt")
        for line in gazetteer.read_lines(name)
        for w in line.split()
    )
    not_names = (
        _clean(gaz.english)
        | places
        | _clean(gaz.non_names)
        | _clean(gazetteer.read_word_list("case_note_words.txt"))
    )
    try:
        from wordfreq import top_n_list
    except ImportError:
        print("wordfreq not installed (make wordlists installs it): trained without it")
    else:
        not_names |= _clean(w for w in top_n_list("en", 60_000) if w.isalpha()) - names
    names -= not_names
    return names, not_names


def held_out(word: str) -> bool:
    return zlib.crc32(word.encode()) % 10 == 0


def train(names: set[str], not_names: set[str]) -> NameModel:
    examples = [(w, 1) for w in sorted(names)] + [(w, 0) for w in sorted(not_names)]
    training = [(features(w, BITS), y) for w, y in examples if not held_out(w)]
    positive_weight = len(not_names) / max(1, len(names))  # balance the two classes
    weights = [0.0] * (1 << BITS)
    bias = 0.0
    rng = random.Random(SEED)
    for epoch in range(EPOCHS):
        rng.shuffle(training)
        rate = 0.1 / (1 + epoch)
        for feats, y in training:
            z = bias + sum(weights[f] for f in feats)
            p = 1.0 / (1.0 + pow(2.718281828459045, -max(-30.0, min(30.0, z))))
            step = rate * (y - p) * (positive_weight if y else 1.0)
            bias += step
            for f in feats:
                weights[f] += step
    scale = max(abs(w) for w in weights) / 127 or 1.0
    quantised = array("b", (max(-127, min(127, round(w / scale))) for w in weights))
    return NameModel(BITS, scale, bias, quantised)


def report(model: NameModel, names: set[str], not_names: set[str]) -> None:
    for label, words, y in (("names", names, 1), ("not names", not_names, 0)):
        test = [w for w in words if held_out(w)]
        right = sum((model.probability(w) >= 0.5) == bool(y) for w in test)
        print(f"held out {label}: {right}/{len(test)} right ({right / len(test):.3f})")


def main() -> None:
    names, not_names = training_words()
    print(f"{len(names)} names, {len(not_names)} words that are not names")
    model = train(names, not_names)
    MODEL_PATH.write_bytes(model.to_bytes())
    print(f"wrote {MODEL_PATH.name} ({MODEL_PATH.stat().st_size:,} bytes)")
    report(model, names, not_names)


if __name__ == "__main__":
    main()

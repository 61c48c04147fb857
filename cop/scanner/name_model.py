"""How much a single word looks like a person's name, from its letters alone.

A logistic model over the word's character n-grams (2 to 5 letters, with the word's start
and end marked), hashed into a fixed table. It is trained by this project
(`python -m cop.scanner.train`, see train.py) on given names and surnames from many
languages against everyday English words, places and case-note vocabulary, and stored
as one small file (data/name_model.bin, int8 weights). It only ever adds weight to a word
that the name lists and dictionaries know nothing about, where the words around it
already suggest a person.
"""

import functools
import math
import struct
import zlib
from array import array
from pathlib import Path

MODEL_PATH = Path(__file__).resolve().parent / "data" / "name_model.bin"
MAGIC = b"NAM1"
HEADER = struct.Struct("<4sBff")  # magic, hash bits, weight scale, bias
NGRAM_SIZES = (2, 3, 4, 5)


def features(key: str, bits: int) -> list[int]:
    """Hashed character n-grams of a folded, lower-case word."""
    marked = f"^{key}$"
    mask = (1 << bits) - 1
    return [
        zlib.crc32(marked[i : i + n].encode()) & mask
        for n in NGRAM_SIZES
        for i in range(len(marked) - n + 1)
    ]


class NameModel:
    def __init__(self, bits: int, scale: float, bias: float, weights: array[int]):
        self.bits, self.scale, self.bias, self.weights = bits, scale, bias, weights

    def probability(self, key: str) -> float:
        """P(this folded word is a person's name)."""
        w = self.weights
        z = self.bias + self.scale * sum(w[f] for f in features(key, self.bits))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_bytes(self) -> bytes:
        return HEADER.pack(MAGIC, self.bits, self.scale, self.bias) + self.weights.tobytes()

    @classmethod
    def from_bytes(cls, data: bytes) -> "NameModel":
        magic, bits, scale, bias = HEADER.unpack_from(data)
        if magic != MAGIC:
            raise ValueError("not a name model file")
        weights = array("b")
        weights.frombytes(data[HEADER.size :])
        if len(weights) != 1 << bits:
            raise ValueError("name model file is truncated")
        return cls(bits, scale, bias, weights)


@functools.cache
def load() -> NameModel:
    return NameModel.from_bytes(MODEL_PATH.read_bytes())


@functools.lru_cache(maxsize=8192)
def probability(key: str) -> float:
    return load().probability(key)

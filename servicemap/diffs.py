"""What an edit changed, word by word, for a service's history: the old and the new text
of a field, each cut into pieces marked changed or not (the template shows them as <del>
and <ins>, escaped as any text)."""

import difflib
import re
from dataclasses import dataclass

# A word with the spaces after it (and any spaces at the start): spaces alone never match.
_TOKENS = re.compile(r"\s*\S+\s*|\s+")


@dataclass(frozen=True)
class Piece:
    text: str
    changed: bool


def _pieces(tokens: list[str], changed: list[bool]) -> list[Piece]:
    """Runs of tokens with the same mark joined into one piece."""
    pieces: list[Piece] = []
    for token, mark in zip(tokens, changed, strict=True):
        if pieces and pieces[-1].changed == mark:
            pieces[-1] = Piece(pieces[-1].text + token, mark)
        else:
            pieces.append(Piece(token, mark))
    return pieces


def word_diff(old: str, new: str) -> tuple[list[Piece], list[Piece]]:
    """The old text with the words taken out marked, and the new with the words put in."""
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    removed, added = [True] * len(a), [True] * len(b)
    for block in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks():
        removed[block.a:block.a + block.size] = [False] * block.size
        added[block.b:block.b + block.size] = [False] * block.size
    return _pieces(a, removed), _pieces(b, added)

"""The corpora's markup: one marked-up string becomes one scored document.

    [[...]]  a direct identifier (must be found)
    {{...}}  an optional quasi-identifier (a finding there is neither right nor wrong)
    <<...>>  the author's declared pseudonym (a finding there is a false alarm)

The record has the shared devset's shape (id, pseudonym, text, pii, optional, allowed),
so ../shared/anonymisation/score.py scores it; spans are exact positions, not every
occurrence of a string.
"""

import re

MARK_RE = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}|<<(.+?)>>", re.DOTALL)


def _grouped(items: list[tuple[str, int, int]]) -> list[dict]:
    groups: dict[str, list[list[int]]] = {}
    for text, start, end in items:
        groups.setdefault(text, []).append([start, end])
    return [{"text": text, "spans": spans} for text, spans in groups.items()]


def parse(doc_id: str, marked: str) -> dict:
    text_parts: list[str] = []
    position = 0
    length = 0
    pii, optional, allowed = [], [], []
    for m in MARK_RE.finditer(marked):
        before = marked[position : m.start()]
        text_parts.append(before)
        length += len(before)
        inner = m.group(1) or m.group(2) or m.group(3)
        target = pii if m.group(1) else optional if m.group(2) else allowed
        target.append((inner, length, length + len(inner)))
        text_parts.append(inner)
        length += len(inner)
        position = m.end()
    text_parts.append(marked[position:])
    text = "".join(text_parts)
    if "[[" in text or "]]" in text or "<<" in text or ">>" in text:
        raise ValueError(f"{doc_id}: unbalanced markup in {marked!r}")
    return {
        "id": doc_id,
        "pseudonym": allowed[0][0] if allowed else "",
        "text": text,
        "pii": _grouped(pii),
        "optional": _grouped(optional),
        "allowed": _grouped(allowed),
    }

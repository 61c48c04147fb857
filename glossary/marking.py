"""Glossary terms marked in member-written HTML: each term's first use in a piece of text
(a case section, a comment) becomes a focusable span whose meaning shows on hover or focus,
in a tooltip inside it (CSS only: static/scss/cop.scss; Escape hides it, static/js/cop.js),
and is its accessible description, so a screen reader says it too.

The HTML is Markdown already rendered and sanitised (cop/markdown.py): only its text nodes
change, never a tag or an attribute, and never text inside a link, code or a preformatted
block. A text node with a term is unescaped, matched and escaped again, so the words of a
term and of its meaning are always escaped, and an entity (`&amp;`) is never split.

Matching is by whole words, whatever the capitals, and across line breaks inside a phrase;
the longest term wins where terms overlap ("Care Act eligibility" over "Care Act")."""

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.utils.html import escape
from django.utils.text import Truncator

# A tag, with attribute values that may hold ">" (a link's title can).
TAG = re.compile(r"<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>")
TAG_NAME = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)")
# Text inside these is never marked: a link is already interactive, code is literal.
SKIPPED = frozenset({"a", "code", "pre", "script", "style", "textarea", "button"})
TIP_WORDS = 60  # a long meaning is cut short in the tooltip: the glossary has all of it


@dataclass(frozen=True)
class Entry:
    """One term as a tooltip shows it."""

    term: str
    meaning: str
    source: str


def normalised(words: str) -> str:
    """How a term and a match are compared: single spaces, lower case."""
    return " ".join(words.split()).lower()


@dataclass(frozen=True, eq=False)
class Marker:
    """A community's glossary at one version, ready to mark text (built once per version
    and process: glossary.selectors.marker_for). `key` names the version in cache keys."""

    key: str
    pattern: re.Pattern[str]
    entries: dict[str, Entry]  # by normalised term

    @classmethod
    def build(cls, key: str, entries: Iterable[Entry]) -> "Marker | None":
        by_term = {normalised(e.term): e for e in entries if e.term.strip()}
        if not by_term:
            return None
        pattern = re.compile(rf"(?<!\w){_trie_pattern(list(by_term))}(?!\w)", re.IGNORECASE)
        return cls(key=key, pattern=pattern, entries=by_term)

    def mark(self, markup: str, id_prefix: str) -> str:
        """`markup` (safe HTML) with the first use of each term marked; `id_prefix` keeps the
        tooltips' ids unique in the page (one prefix per piece of text)."""
        if not markup:
            return markup
        state = _State(self, id_prefix)
        out: list[str] = []
        position, skipped = 0, 0
        for tag in TAG.finditer(markup):
            text = markup[position:tag.start()]
            out.append(state.mark_text(text) if text and not skipped else text)
            out.append(tag.group())
            position = tag.end()
            name = TAG_NAME.match(tag.group())
            if name and name.group(1).lower() in SKIPPED and not tag.group().endswith("/>"):
                skipped = max(0, skipped + (-1 if tag.group().startswith("</") else 1))
        rest = markup[position:]
        out.append(state.mark_text(rest) if rest and not skipped else rest)
        return "".join(out)


def _trie_pattern(phrases: list[str]) -> str:
    """One regular expression for all the phrases, as a tree of their shared beginnings
    ("c(?:are act(?: eligibility)?|...)"): at each place in the text it tries the one branch
    that its next letter allows, not every term in turn, so it stays fast with hundreds of
    terms. A space matches any run of spaces and line breaks. At each branching, a longer
    phrase is tried before a phrase that ends there, so the longest term wins."""
    END = ""
    trie: dict[str, Any] = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[END] = {}

    def pattern(node: dict[str, Any]) -> str:
        branches = [(r"\s+" if char == " " else re.escape(char)) + pattern(child)
                    for char, child in sorted(node.items()) if char != END]
        if not branches:
            return ""
        if len(branches) == 1 and END not in node:
            return branches[0]
        return "(?:" + "|".join(branches) + ")" + ("?" if END in node else "")

    return pattern(trie)


class _State:
    """One `mark` call: the terms already marked and the tooltips' numbering."""

    def __init__(self, marker: Marker, id_prefix: str):
        self.marker = marker
        self.id_prefix = id_prefix
        self.seen: set[str] = set()

    def mark_text(self, escaped: str) -> str:
        text = html.unescape(escaped)
        pieces: list[str] = []
        position = 0
        for match in self.marker.pattern.finditer(text):
            key = normalised(match.group())
            entry = self.marker.entries.get(key)
            if entry is None or key in self.seen:
                continue
            self.seen.add(key)
            pieces += [escape(text[position:match.start()]), self._span(match.group(), entry)]
            position = match.end()
        if not pieces:
            return escaped  # as it came: nothing to mark
        pieces.append(escape(text[position:]))
        return "".join(pieces)

    def _span(self, words: str, entry: Entry) -> str:
        tip_id = f"term-{self.id_prefix}-{len(self.seen)}"
        meaning = Truncator(entry.meaning).words(TIP_WORDS)
        source = f' <span class="cop-term__source">({escape(entry.source)})</span>' \
            if entry.source else ""
        return (f'<span class="cop-term" tabindex="0" aria-describedby="{tip_id}">'
                f"{escape(words)}"
                f'<span class="cop-term__tip" role="tooltip" id="{tip_id}">'
                f"<strong>{escape(entry.term)}</strong>: {escape(meaning)}{source}"
                f"</span></span>")

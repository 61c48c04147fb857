"""Names the text's structure shows, whatever the words are: a chat's speakers and the
people its messages speak of, the name after a greeting, a first name before a role in
brackets, a short form of a name before a person's verb, nicknames in brackets or after
"Big", a surname after a quoted nickname, aliases ("Shell = Michelle Cairns"), the name
someone goes by before their full name in brackets ("Gaz (Gary Whitehouse)"), a real name,
a nickname someone answers to, a name given or spelled out at the start of a message, staff
and sign-in lists, an initial and a surname in a table's cell, families ("the Wards"),
Arabic names by their shape, and a month's word that opened a name found. One module a
shape; this one runs them in order for names.find_people, the later ones over the names
found before.
"""

from collections.abc import Iterable, Sequence

from . import (
    aliases,
    answered_names,
    arabic_names,
    bracket_people,
    bracketed_nicknames,
    capitals_habit,
    chat_mentions,
    chat_speakers,
    contact_slots,
    faith_surnames,
    family_names,
    given_subjects,
    greetings,
    list_ends,
    list_item_names,
    month_names,
    name_cues,
    names_before_full_names,
    nickname_shapes,
    nickname_surnames,
    planned_contacts,
    real_names,
    role_brackets,
    rotas,
    self_named,
    setting_aliases,
    short_forms,
    sign_in_lists,
    sign_offs,
    table_initial_names,
    table_name_columns,
    told_to,
    vocatives,
    workers_from,
)
from .gazetteer import fold, load
from .kinds import PERSON

# Not carried to other mentions: "Big" of "Big Gaz".
NICKNAME_PREFIXES = frozenset(("big", "little", "lil", "wee", "old", "young"))
# Reasons of names given in lower case whose lower-case mentions are the person's too
# ("found tiny (calls himself that ...) ... tiny is what everyone calls him").
REAL_NAME = "a name in lower case after 'real name'"
ANSWERED_NAME = "a nickname the words around it say the person uses"
LOWER_CASE_CARRIED = frozenset((REAL_NAME, ANSWERED_NAME))
# (start, end, kind, reason), as names.py's spans.
NameSpan = tuple[int, int, str, str]


def names_from_structure(
    text: str,
    found: Sequence[tuple[int, int, str, str]],
    allowed: frozenset[str],
    known: Iterable[tuple[int, int]] = (),
) -> tuple[list[NameSpan], set[str]]:
    """(new names, the keys under which their other mentions are names too), none inside
    `known` (names known to be no one's)."""
    known = list(known)
    spans: list[NameSpan] = []
    keys: set[str] = set()

    def add(pairs: Iterable[tuple[int, int]], reason: str, carried: bool) -> None:
        for start, end in pairs:
            if any(ks <= start < ke for ks, ke in known):
                continue
            spans.append((start, end, PERSON, reason))
            if carried:
                keys.update(
                    key for key in map(fold, text[start:end].split())
                    if len(key) > 1 and key not in NICKNAME_PREFIXES
                )

    add(chat_speakers.speakers(text, allowed), "a speaker's name in a chat or log", True)
    add(greetings.greeted_names(text, allowed), "a name greeted at the start of a message",
        True)
    add(vocatives.vocatives(text, allowed), "a given name opening a question put to them", True)
    add(sign_offs.signed_names(text, allowed), "a given name signing off a message", True)
    add(workers_from.workers_from_services(text, allowed),
        "a given name before the service the person is from", True)
    add(planned_contacts.planned_contacts(text, allowed),
        "a given name before 'will text', 'can ring' and the like", True)
    add(chat_mentions.names_in_messages(text, allowed),
        "a given name where a chat's message speaks of a person", False)
    add(role_brackets.names_before_roles(text, allowed),
        "a first name with the person's role in brackets", True)
    add(capitals_habit.capitalised_names(text, allowed),
        "an everyday word capitalised mid-sentence by a writer who does not capitalise, "
        "before a person's verb", True)
    add(given_subjects.subjects(text, allowed),
        "a given name opening a sentence before a verb only a person does", True)
    add(told_to.told_names(text, allowed),
        "a lower-case given name someone was told or asked to do something", True)
    add(short_forms.short_form_subjects(text, allowed),
        "a short form of a given name before a verb only a person does", False)
    add(arabic_names.arabic_names(text, allowed), "an Arabic name (Abu, Umm, Ibn, Bin...)",
        False)
    add(faith_surnames.faith_surnames(text, allowed), "a name whose surname is 'Islam'", True)
    add(nickname_shapes.nicknames_by_shape(text, allowed),
        "a nickname by its shape ('Dazza', 'Big Gaz')", True)
    add(nickname_surnames.surnames_after_nicknames(text, allowed),
        "a surname or nickname in a name with a nickname in quotes", False)
    add(bracket_people.names_in_brackets(text, allowed),
        "a name that brackets show is a person's (a role, a phone number or an age)", True)
    add(bracket_people.full_names_in_brackets(text, allowed),
        "a full name in brackets before an age", False)
    names = [(s, e) for s, e, *_ in (*found, *spans)]
    add(bracketed_nicknames.nicknames_after_names(text, names, allowed),
        "a nickname in brackets after a full name", True)
    add(aliases.aliases_of_names(text, names, allowed),
        "a name the text says stands for someone named in full", True)
    names = [(s, e) for s, e, *_ in (*found, *spans)]
    for short, full in names_before_full_names.names_before_full_names(text, names, allowed):
        add([short], "the name someone goes by, before their full name in brackets",
            names_before_full_names.carried(text, short))
        add([full] if full else [], "a full name in brackets after the name someone goes by",
            False)
    add(setting_aliases.setting_aliases(text, allowed),
        "a name and, in brackets, the one the person goes by somewhere ('at work')", True)
    add(real_names.real_names(text, allowed), REAL_NAME, True)
    add(answered_names.answered_names(text, allowed), ANSWERED_NAME, True)
    add(name_cues.names_after_cues(text, allowed),
        "a name after 'gave name as', 'his name is' or 'everyone calls me'", True)
    add(contact_slots.names_in_contact_slots(text, allowed),
        "a given name where someone the writer is in touch with stands ('text from', "
        "'rang … back')", True)
    self_given = list(self_named.self_names(text, allowed))
    self_given += self_named.names_here(text, allowed)
    add(self_given, "a name its bearer gives at the start of a message", True)
    add(self_named.lower_case_mentions(text, self_given),
        "a name its bearer gave, again in lower case", False)
    add(self_named.spelled_names(text, allowed), "a name spelled out letter by letter", True)
    add(sign_in_lists.names_on_duty(text, allowed),
        "a name or initials after 'staff on:' or 'approved by:'", True)
    add(sign_in_lists.names_signed_in(text, allowed), "a name on a sign-in sheet", True)
    add(rotas.names_on_rotas(text, allowed), "a name on a rota's day line", True)
    add(table_name_columns.names_in_name_columns(text, allowed),
        "a cell under a table's 'name' heading", True)
    add(table_initial_names.names_in_table_cells(text, allowed),
        "an initial and a surname in a table's cell", False)
    names = [(s, e) for s, e, *_ in (*found, *spans)]
    add(list_ends.list_ends(text, names, allowed),
        "the last name of a list whose other names were found", True)
    add(list_item_names.names_heading_items(text, names, allowed),
        "a given name opening a list's item, where the other items open with names", True)
    add(family_names.families(text, names, allowed),
        "a family called by a surname found in the text", False)
    add(month_names.month_named_people(text, names, allowed),
        "a month's word used as someone's first name", False)
    return spans, keys


def lower_case_keys(text: str, spans: Sequence[NameSpan]) -> set[str]:
    """The words of names given in lower case (a nickname, a real name) whose other
    lower-case mentions are the person's too; not everyday words, whose other mentions
    need their own context."""
    english = load().english
    return {
        key
        for start, end, _kind, reason in spans
        if reason in LOWER_CASE_CARRIED and text[start:end].islower()
        for key in map(fold, text[start:end].split())
        if len(key) > 2 and key not in english
    }

"""`scan`: every detector over one text, merged into sorted, non-overlapping findings."""


from collections.abc import Iterable, Sequence

from .account_numbers import find_account_numbers
from .addresses import find_addresses
from .chi_numbers import find_chi_numbers
from .compact_birth_dates import find_compact_birth_dates
from .dates import find_dates
from .dates_more import find_more_dates
from .detention_numbers import find_detention_numbers
from .eponyms import names_a_condition
from .faith_surnames import faith_branch_at
from .finding import Finding, Span
from .form_labels import drop_labels
from .gapped_police_refs import find_gapped_police_refs
from .gazetteer import fold
from .handles import find_social_handles
from .helplines import helpline_spans
from .kinds import EMAIL, PERSON
from .known_terms import known_term_spans
from .limits import limit_word_at
from .lower_case_addresses import find_lower_case_addresses
from .merge import merge_findings
from .money import find_bank_details, find_payment_cards
from .name_talk import name_talk_spans
from .names import find_people
from .nationalities import nationality_at
from .o_for_zero_phones import find_o_for_zero_phones
from .patterns import (
    find_emails,
    find_nhs_numbers,
    find_ni_numbers,
    find_pnc_ids,
    find_postcodes,
    find_prison_numbers,
    find_probation_crns,
)
from .pets import pet_names
from .phones import find_phone_numbers
from .place_phrases import place_phrase_spans
from .place_slots import in_a_place_slot
from .police_logs import find_police_logs
from .possessed_things import possessed_thing
from .quantities import after_a_quantity
from .quoted_references import find_quoted_references
from .references import find_references
from .role_mailboxes import is_role_mailbox
from .saints import after_saint
from .share_codes import find_share_codes
from .spaced_birth_dates import find_spaced_birth_dates
from .vehicles import find_vehicle_registrations
from .verb_uses import used_as_verb
from .welsh import welsh_sentences

PATTERN_DETECTORS = (
    find_emails,
    find_nhs_numbers,
    find_chi_numbers,
    find_ni_numbers,
    find_prison_numbers,
    find_pnc_ids,
    find_probation_crns,
    find_references,
    find_share_codes,
    find_detention_numbers,
    find_quoted_references,
    find_police_logs,
    find_gapped_police_refs,
    find_account_numbers,
    find_bank_details,
    find_payment_cards,
    find_vehicle_registrations,
    find_social_handles,
    find_postcodes,
    find_phone_numbers,
    find_o_for_zero_phones,
    find_dates,
    find_more_dates,
    find_compact_birth_dates,
    find_spaced_birth_dates,
    find_addresses,
    find_lower_case_addresses,
)


def scan(
    text: str, allowed_names: Iterable[str] = (), allowed_terms: Iterable[str] = ()
) -> list[Finding]:
    """Direct identifiers in `text`, sorted by start and never overlapping.

    `allowed_names` are pseudonyms the author chose (e.g. ["Elizabeth"]): they are not
    reported, nor are names the text itself declares ("Jo (not his real name)").
    `allowed_terms` are names the product knows are no one's (its agencies and
    communities, e.g. ["Forward Leeds"]); national helplines and well-known services are
    known here already.
    """
    # Numbers and names that are no one's: public helplines, known services, names
    # talked about as names ("Kowalski is a common surname") and towns named in more than
    # one word ("Milton Keynes").
    public = (
        helpline_spans(text) + known_term_spans(text, allowed_terms) + name_talk_spans(text)
        + place_phrase_spans(text)
    )
    spans = [span for detect in PATTERN_DETECTORS for span in detect(text)]
    spans += _people(text, drop_labels(text, find_people(text, allowed_names, public)))
    spans = [s for s in spans if not any(ps <= s[0] and s[1] <= pe for ps, pe in public)]
    # A team's mailbox ("outreach-referrals@…") is no one's.
    spans = [s for s in spans if s[2] != EMAIL or not is_role_mailbox(text[s[0] : s[1]])]
    return merge_findings(text, spans)





def _people(text: str, spans: Sequence[Span]) -> list[Span]:
    """Names found, less words that only stand where names do: nationalities ("British"),
    lower-case words of a Welsh sentence, a lower-case name used as a verb, a doctor's name
    used for an illness ("?wernicke's"), a saint's name after "st" ("st pauls"), "max"
    capping an amount ("two nights max"), a thing after "some" ("some mandy") or after
    "his" ("his Tazkira photo"), a pet's name ("a dog with him, Bruno,") and a place's word
    where a place stands ("taken to Treliske", "Gorleston cliffs").
    (An everyday word labelling a form's field, "Reason:", went before: form_labels.py.)"""
    welsh = welsh_sentences(text)
    people = [span[:2] for span in spans if span[2] == PERSON]
    pets = pet_names(text, people)

    def kept(span: Span) -> bool:
        start, end, kind = span[:3]
        if kind != PERSON:
            return True
        name = text[start:end]
        if nationality_at(text, start, end) or names_a_condition(text, start, end):
            return False
        if name.islower() and any(ws <= start < we for ws, we in welsh):
            return False
        if after_saint(text, start) or limit_word_at(text, start, end):
            return False
        if in_a_place_slot(text, start, end) or faith_branch_at(text, start, end):
            return False
        if after_a_quantity(text, start, end) or possessed_thing(text, start, end):
            return False
        if pets and fold(name) in pets:
            return False
        return not used_as_verb(text, start, end)

    return [span for span in spans if kept(span)]

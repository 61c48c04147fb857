"""Scanner round ten: names found from the text's structure (cop/scanner/structure.py and
the modules it runs). Every sentence here is invented; each test checks the name is found
and the ordinary use of the same word nearby is not."""

import pytest

from tests.helpers import people


def test_chat_speakers_with_a_time_even_when_their_names_are_words():
    text = (
        "07:15 Hope: anyone seen the van keys\n"
        "07:16 Frank: on the hook by the door\n"
        "07:20 Hope: got them. there's hope for the rota yet\n"
        "07:21 Frank: ha. a frank exchange at the meeting later"
    )
    names = people(text)
    assert names.count("Hope") == 2 and names.count("Frank") == 2
    assert "hope" not in names and "frank" not in names


def test_a_first_name_and_an_initial_and_a_role_in_brackets_as_speakers():
    text = (
        "[14:02] Carys P: has the bed in room 3 gone\n"
        "[14:05] Nerys (late shift): yes, to the man from the bus station\n"
        "[14:06] Carys P: ok ta"
    )
    names = people(text)
    assert names.count("Carys P") == 2
    assert "Nerys" in names


def test_repeated_labels_without_times_are_a_chat():
    text = "Amber: can you cover Thursday\nAmber: it's the amber warning day\nKit: yes"
    names = people(text)
    assert names.count("Amber") == 2
    assert "amber" not in names


def test_form_labels_are_never_names_outside_a_chat():
    text = (
        "Referral form\nName: withheld\nReason: eviction notice served\n"
        "Barriers (as the client sees them): transport, no phone\nOutcome: referred on"
    )
    assert people(text) == []


def test_team_labels_in_a_timed_log_are_no_one():
    text = "[09:00] Duty: all quiet\n[09:05] Outreach: two seen at the arches\n[09:10] Me: ok"
    assert people(text) == []


def test_a_name_after_a_greeting_at_the_start_of_a_message():
    assert "Jo" in people("Morning Jo - are you at the drop in today?")
    assert "Di" in people("Hi Di, can you send the form over?")
    assert "kez" in people("hiya kez its sam from the hub, ring me back")


def test_a_greeting_to_a_group_or_a_term_of_endearment_is_no_name():
    assert people("Hi all, the rota is on the board.") == []
    assert people("Morning team - fire drill at 11.") == []
    assert people("Evening shift: all quiet, nothing to hand over.") == []


def test_a_nickname_in_brackets_after_a_full_name_and_its_later_mentions():
    text = "BARNABY KILGALLON (Barney) seen at the shelter. Barney asked about his bag."
    names = people(text)
    assert "Barney" in names
    assert names.count("Barney") == 2


def test_a_place_or_an_agency_in_brackets_is_no_nickname():
    text = "Imogen Threlfall (Probation) and Oswin Pryce (Leeds) came to the meeting."
    names = people(text)
    assert "Probation" not in names and "Leeds" not in names


def test_the_surname_after_a_quoted_nickname_even_when_it_is_a_word():
    text = 'Eileen "Lenny" Marsh came in with her brother. The marsh by the site is flooded.'
    names = people(text)
    assert any("Marsh" in n for n in names)
    assert "marsh" not in names


def test_an_alias_defined_by_an_equals_sign_and_its_other_mentions():
    text = (
        "Voicemail: \"tell Sparky I'll pay her back\". (Sparky = Bronwen Aldous, his sister.)"
        " A sparky is booked for the lights."
    )
    names = people(text)
    assert names.count("Sparky") == 2
    assert "sparky" not in names


def test_a_family_called_by_a_surname_found_in_the_text():
    text = "Visited the Fenwicks at the site. Dolores Fenwick has three children."
    names = people(text)
    assert "Fenwicks" in names


def test_a_plural_with_the_is_no_family_without_the_surname_found():
    assert people("The Fenwicks on the estate have a new sign.") == []


def test_arabic_names_by_their_kunya_and_article():
    text = "Abu Tariq al-Hashimi came to the clinic. Abu Tariq was calmer than last week."
    names = people(text)
    assert "Abu Tariq al-Hashimi" in names
    assert "Abu Tariq" in names


def test_a_place_of_the_same_shape_is_no_arabic_name():
    assert people("He worked in Abu Dhabi for two years.") == []


def test_nicknames_by_their_shape():
    text = "Wazza and Little Dez were outside. The pizza was cold. Little Chef is shut."
    names = people(text)
    assert "Wazza" in names and "Little Dez" in names
    assert not any("Chef" in n for n in names)


def test_a_months_word_that_opened_a_full_name_is_that_person_again():
    text = (
        "Seen on the ward: June Abernethy, bed 12. June is waiting for a care package. "
        "Review in June, and again on 3 June."
    )
    names = people(text)
    assert "June Abernethy" in names
    assert names.count("June") == 1  # "June is waiting"; not "in June", "3 June"


@pytest.mark.parametrize(
    "text",
    [
        "Review in May. May I ask that this stays on file?",
        "Rent due 1 Jan. From Jan the charge goes up.",
        "Hi everyone, please read the attached.",
        "Reason: arrears\nAction: chase the landlord",
    ],
)
def test_round_ten_structure_traps_in_clean_text(text):
    assert people(text) == []

"""Scanner round eleven: the names people go by and the lists that name them (short names
before a full name in brackets, "real name", "answers to", a name given at the start of a
message or spelled out, staff and sign-in lists, six-digit birth dates, table cells).
Every sentence here is invented; each test checks the identifier is found and the
ordinary use of the same word nearby is not."""

from cop.scanner import scan
from tests.helpers import people


def kinds(text):
    return {(f.text, f.kind) for f in scan(text)}


# A short name before the full name in brackets


def test_a_short_name_that_is_a_word_before_its_full_name():
    text = "Rob (Rob Hart, 51) came in soaked. He said they rob the tents at night."
    names = people(text)
    assert "Rob" in names and "Rob Hart" in names
    assert "rob" not in names


def test_the_full_name_in_brackets_is_found_even_when_its_words_are_words():
    text = "Drop-in, 10:15. Jack (Jack Wolf, 38) asked for a sleeping bag and a jack for his car."
    names = people(text)
    assert "Jack" in names and "Jack Wolf" in names
    assert "jack" not in names


def test_a_nickname_before_a_full_name_in_a_list_item_and_a_table_cell():
    text = (
        "Round 05:30\n- Taff (Dafydd Pryce) - under the arches, ok\n"
        "Time | Where | Who\n05:50 | bus stn | Kez (Kerry Ashworth) | asleep"
    )
    names = people(text)
    assert "Taff" in names and "Kez" in names


def test_a_lower_case_nickname_before_a_full_name_found_already():
    names = people("wojtek (wojciech kaminski) asked about the food bank again")
    assert "wojtek" in names


def test_a_role_or_a_place_before_brackets_is_no_one():
    text = (
        "Mum (Leanne Price) rang at 3. Sam (Through the Gate) is collecting him.\n"
        "Grace (Grace House) has no beds. tuan (nail bar, 19) says his boss has his passport"
    )
    names = people(text)
    assert "Mum" not in names and "Grace" not in names
    assert "nail bar" not in names and "Through the Gate" not in names


# "real name"


def test_a_lower_case_full_name_after_real_name():
    text = "big ginge on the bench again. real name she gave was ronan mcbride but nobody uses it"
    assert "ronan mcbride" in people(text)


def test_real_name_unknown_is_no_name():
    assert people("street name Pip, real name unknown, sells on the estate") == ["Pip"]


# "answers to", "calls himself", "(calls himself that"


def test_a_nickname_in_capitals_after_answers_to_and_its_other_mentions():
    text = "07:10 GRIZZLY by the cashpoint. he only answers to GRIZZLY. a grizzly morning."
    names = people(text)
    assert names.count("GRIZZLY") == 2
    assert "grizzly" not in names


def test_a_lower_case_nickname_before_calls_himself_that():
    text = (
        "found stretch (calls himself that, hes tiny) outside the library. "
        "stretch is what staff call him"
    )
    names = people(text)
    assert names.count("stretch") == 2


def test_answers_to_an_agency_or_a_question_is_no_name():
    text = "He answers to DWP now, not us. She gave answers to every question."
    assert people(text) == []


# A name given at the start of a message, a name spelled out


def test_a_name_given_and_corrected_in_a_text_message():
    text = "Text from client 21:03: ok. its Kyle not Kieran. kyles brother has the car"
    names = people(text)
    assert "Kyle" in names and ("kyle" in names or "kyles" in names)
    assert people("ok. its Kyle not Kieran. the kyle of lochalsh") == ["Kyle", "Kieran"]


def test_a_name_spelled_out_on_a_voicemail():
    text = 'Voicemail 10:02: "Hi it\'s Beth - B-E-T-H - ringing from the shelter about a bed"'
    names = people(text)
    assert "Beth" in names and "B-E-T-H" in names


def test_it_is_a_day_or_a_service_is_no_name():
    text = "It's Wednesday. It's Leeds not Bradford. Hi, this is Crisis. The N-H-S said no."
    assert people(text) == []


# Staff, approval and sign-in lists


def test_staff_on_shift_and_who_approved():
    text = "Lights out 23:30, all quiet.\nstaff on: RW, Tess\nApproved by: HN"
    names = people(text)
    assert {"RW", "Tess", "HN"} <= set(names)


def test_a_sign_in_sheet_with_names_nicknames_and_initials():
    text = (
        "Winter shelter sign-in\nP Nowak - in 20:50\nRio - in 21:10\n"
        '"Geordie" - in 21:35, out 22:00\nHeating - on 21:00'
    )
    names = people(text)
    assert {"P Nowak", "Rio", "Geordie"} <= set(names)
    assert "Heating" not in names


def test_a_duty_label_with_no_names_after_it_is_no_one():
    assert people("Staff: agency cover only\nApproved by: Housing Panel") == []


# A six-digit date of birth


def test_six_digits_after_dob_are_a_date_only_if_they_are_one():
    found = kinds("Forms: dob 170586, ref 170586; the other dob 310288 is a typo")
    assert ("170586", "DATE") in found
    assert not any(text == "310288" and kind == "DATE" for text, kind in found)


# A table cell of an initial, a particle and a surname


def test_an_initial_a_particle_and_a_surname_in_a_table_cell():
    text = "No | Name | From\n1 | T VAN DYK | Self\n2 | M DA COSTA | GP\n3 | I DE LA | ?"
    names = people(text)
    assert "T VAN DYK" in names and "M DA COSTA" in names
    assert "I DE LA" not in names

"""Scanner round thirteen, false alarms: a stand-in name after "who I'll call", a pet that
"is called", the devolved nations' helplines, countries and cities of two or more words, a
shortened nationality, a hospital after "taken to", a place before "cliffs" or "beach".

Each test is an invented sentence (no corpus text): the ordinary word is not reported, and
a person's name in the same shape nearby still is.
"""

from cop.scanner.place_slots import in_a_place_slot
from tests.helpers import found, people


def test_a_stand_in_name_after_who_ill_call_is_no_one():
    text = "Her dad, who I'll call Tamsin, drank. Tamsin is sober now."
    assert people(text) == []


def test_a_real_name_beside_a_stand_in_is_still_found():
    assert "Delroy" in people("Her dad, who I'll call Tamsin, met Delroy at the shelter.")


def test_a_pet_that_is_called_with_no_pause_after():
    assert people("the cat is called Biscuit apparently") == []


def test_a_person_called_is_still_found():
    assert "Biscuit" not in people("the cat is called Biscuit")
    assert "Kyle" in people("her son is called Kyle apparently")


def test_the_devolved_nations_helplines_are_no_ones():
    text = "Numbers given: Lifeline 0808 808 8000, Breathing Space 0800 83 85 87."
    assert found(text) == {}


def test_a_personal_number_beside_a_helpline_is_found():
    assert "07700 900 412" in found("Lifeline 0808 808 8000 or her mob 07700 900 412")


def test_a_country_of_two_words_is_no_one():
    assert people("moved from Sierra Leone in 2019, then Costa Rica") == []


def test_a_shortened_nationality_before_family_is_no_one():
    assert people("Bulg family moved to the new flat") == []


def test_a_surname_before_family_is_still_found():
    assert "Amer" in people("Amer family moved to the new flat")


def _slot(text: str, word: str) -> bool:
    start = text.index(word)
    return in_a_place_slot(text, start, start + len(word))


def test_a_hospital_after_taken_to_stands_where_a_place_does():
    assert _slot("fell on the stairs, taken to Gartnavel by ambulance", "Gartnavel")
    assert _slot("she was admitted to Ninewells overnight", "Ninewells")
    assert people("fell on the stairs, taken to Frimley by ambulance") == []


def test_a_place_before_beach_or_cliffs_stands_where_a_place_does():
    assert _slot("06:40 Sewerby cliffs - nobody there", "Sewerby")
    assert people("06:40 Hemsby beach - nobody there") == []


def test_a_person_taken_to_someones_house_or_from_is_no_place():
    assert not _slot("was taken to Ruby's house after", "Ruby")
    assert not _slot("his phone was taken from Kyle at school", "Kyle")
    assert "Ruby" in people("was taken to Ruby's house after")


def test_a_region_after_the_is_no_one():
    assert _slot("picking sprouts out on the Levels since May", "Levels")
    assert people("Dariusz was picking sprouts out on the Levels since May") == ["Dariusz"]


def test_a_family_after_the_is_still_a_family():
    assert not _slot("Visited the Wards at home", "Wards")
    assert "Wards" in people("Visited the Wards. Shannon Ward was in.")

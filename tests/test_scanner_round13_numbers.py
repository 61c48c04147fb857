"""Scanner round thirteen, numbers by their shape or label: a reference after an agency's
acronym and several after "refs", a custody number, an account number with letters, a
National Insurance number spaced a character at a time, a dateless number plate, a phone
number typed with the letter o for zero, a street whose name ends in -gate.

Each test is an invented sentence (no corpus text), with a clean counterexample in the
same shape.
"""

from tests.helpers import found

# --- 1. References ----------------------------------------------------------------------


def test_a_reference_after_an_agencys_acronym():
    assert "MP2023-1188-0042" in found("Re: ref BTP MP2023-1188-0042, theft at the station")


def test_an_acronym_in_a_text_in_capitals_is_no_agency():
    assert found("HOME OFFICE APPT 14.15 TUESDAY. BRING LETTERS.") == {}


def test_references_listed_after_refs_are_all_found():
    text = "Housing refs KBC-TH-1702, KBC-TH-1703 and KBC-TH-1704 for the three flats"
    kinds = found(text)
    assert {"KBC-TH-1702", "KBC-TH-1703", "KBC-TH-1704"} <= kinds.keys()


def test_a_count_after_a_reference_is_not_listed_with_it():
    kinds = found("ref 55120 and 12 others were sent")
    assert "55120" in kinds and "12" not in kinds


def test_a_custody_number():
    assert "SK/23/7712" in found("Custody no. SK/23/7712, released under investigation")


def test_custody_without_a_number_is_nothing():
    assert found("he was in custody overnight, no further action") == {}


# --- 2. Account numbers with letters ----------------------------------------------------


def test_an_account_number_with_letters_in_groups():
    assert "WT 3390 1842" in found("water bill arrears, account WT 3390 1842, on a plan now")


def test_an_account_in_a_year_is_no_number():
    assert found("took that into account in 2021 when she moved") == {}


# --- 3. A National Insurance number spaced out ------------------------------------------


def test_a_national_insurance_number_a_character_at_a_time():
    assert found("NI no: P R 3 1 7 7 2 0 B for the PIP form")["P R 3 1 7 7 2 0 B"] == "NI_NUMBER"


def test_spaced_letters_after_ni_without_digits_are_nothing():
    assert found("NI a b c form sent") == {}


# --- 4. A dateless number plate ---------------------------------------------------------


def test_a_dateless_plate_after_reg():
    assert found("blue van, reg LBZ 902, parked by the gate")["LBZ 902"] == "VEHICLE_REG"


def test_three_capitals_and_a_number_without_reg_are_no_plate():
    assert "GMP 2024" not in found("GMP 2024 figures were shared at the meeting")


# --- 5. A phone number with o for zero --------------------------------------------------


def test_a_mobile_typed_with_o_for_zero():
    assert found("new mob is o79oo 4o2118, text first")["o79oo 4o2118"] == "PHONE"


def test_words_with_o_are_no_phone_number():
    assert found("room o7 is free, the zoo trip is on") == {}


# --- 6. A street ending in -gate --------------------------------------------------------


def test_a_numbered_street_ending_in_gate():
    assert found("Shop flat at 31 Kirkgate, above the chip shop")["31 Kirkgate"] == "ADDRESS"


def test_a_gate_without_a_number_is_no_address():
    assert found("met at the Kirkgate market entrance") == {}

"""Scanner round ten, numbers and references: CHI numbers after "CHI", a police reference
a few words after its label, account numbers after "account", number plates typed with
spaces, and dates or times after a police word that are not its reference.

Every sentence here is invented for the test; none comes from a corpus.
"""

import pytest

from tests.helpers import found, found_reasons

# --- CHI numbers ----------------------------------------------------------------------


@pytest.mark.parametrize("text, number", [
    ("Patient's CHI 1105894417, seen at the walk-in", "1105894417"),
    ("her CHI is 2912664021 according to the GP letter", "2912664021"),
    ("CHI no. 080393 5518 on the discharge note", "080393 5518"),
    ("chi number: 3107015526 (from the pharmacy)", "3107015526"),
    ("Community Health Index 1402787310 given by the ward", "1402787310"),
])
def test_ten_digits_after_chi_are_a_chi_number(text, number):
    assert found(text).get(number) == "NHS_NUMBER"


def test_a_chi_number_failing_its_check_says_so():
    # 1105894417 fails the modulus-11 check: a typing slip still identifies.
    assert "check digit fails" in found_reasons("CHI 1105894417 on file")["1105894417"]


@pytest.mark.parametrize("text", [
    "she has started tai chi 3 times a week at the leisure centre",
    "Chi and the others went to the Tai Chi class on Tuesday",
    "chi 2 sessions left before the review",
])
def test_chi_the_word_is_no_cue(text):
    assert not any(kind == "NHS_NUMBER" for kind in found(text).values())


# --- A police reference a few words after its label -----------------------------------


@pytest.mark.parametrize("text, ref", [
    ("the crime ref they gave her was WY-23-556120, ask for it", "WY-23-556120"),
    ("Police reference for the break in is 14/77201/23", "14/77201/23"),
    ("incident number from the first call: GMP-0098812", "GMP-0098812"),
    ("log number on the text was 4471-KX", "4471-KX"),
])
def test_a_reference_a_few_words_after_its_label(text, ref):
    assert found(text).get(ref) == "POLICE_REF"


@pytest.mark.parametrize("text", [
    # The value is a date, a time, a number with too few digits, or too far away.
    "crime ref for the assault on 12/05 is still awaited",
    "police ref should come through by 10.45 tomorrow",
    "the crime number was meant to be sent on the 3rd, chase 2-3 days",
    "crime ref was not given to her at all and the worker has asked again by phone AB-1234",
])
def test_no_reference_when_the_value_is_a_date_time_or_far_away(text):
    assert not any(kind == "POLICE_REF" for kind in found(text).values())


# --- Dates and times after a police word are not its reference -------------------------


@pytest.mark.parametrize("text, value", [
    ("Street count log 07.11 Preston town centre", "07.11"),
    ("the incident 22/04, when neighbours called 999", "22/04"),
    ("Incident 3/9/2023 reported by the school", "3/9/2023"),
    ("night log 23:15 all quiet", "23:15"),
])
def test_a_day_and_month_or_a_time_is_no_police_reference(text, value):
    assert found(text).get(value) != "POLICE_REF"


def test_a_log_number_right_after_its_label_is_still_found():
    assert found("rang 101, log 2231 given")["2231"] == "POLICE_REF"
    assert found("crime ref 31/66023/22 for the theft")["31/66023/22"] == "POLICE_REF"


# --- Account numbers ------------------------------------------------------------------


@pytest.mark.parametrize("text, number", [
    ("owes the water company (account 0073319824) about a year's bills", "0073319824"),
    ("council tax acc no. 55201873 in arrears", "55201873"),
    ("gas a/c 600192384771, on a prepayment meter now", "600192384771"),
    ("Account number: 918273 for the catalogue debt", "918273"),
])
def test_a_number_after_account_is_an_account_number(text, number):
    assert number in found(text)


@pytest.mark.parametrize("text", [
    "we took into account 2023 and the year before",
    "his account £125000 overdrawn? no, £1250",
    "paid into her account 150000p by mistake",
    "she has one account 12345 short of the limit",
])
def test_account_before_money_years_or_short_numbers(text):
    kinds = found(text)
    assert not any(v in ("CASE_REF", "BANK_DETAILS") for v in kinds.values()), kinds


def test_a_phone_number_after_account_stays_a_phone_number():
    assert found("account 07700900461 is the number on the letter")["07700900461"] == "PHONE"


# --- Number plates typed with spaces ----------------------------------------------------


@pytest.mark.parametrize("text, reg", [
    ("his mate's reg yk 19 bzt, parked by the bins", "yk 19 bzt"),
    ("Registration: LS 68 HNW", "LS 68 HNW"),
    ("number plate is wr 07 dlm on the blue corsa", "wr 07 dlm"),
])
def test_a_spaced_plate_after_reg(text, reg):
    assert found(text).get(reg) == "VEHICLE_REG"


@pytest.mark.parametrize("text", [
    "Reg at 22 the flats again tonight",
    "reg is 12 gbp a week for the locker",
    "She plays reg 21 times a month",
    "reg Yk 19 bzt",
])
def test_no_spaced_plate_without_its_shape(text):
    assert not any(kind == "VEHICLE_REG" for kind in found(text).values())


def test_a_prison_number_is_still_found():
    # The sealed8 corpus left one unmarked; the shape alone is a prison number.
    assert found("Remanded (B4471KC), now at HMP Durham")["B4471KC"] == "PRISON_NUMBER"

"""Scanner round twelve, numbers by their label: a Home Office share code, a detention
number with words between it and its label, a reference a caller is told to quote, a date
of birth typed with spaces and one in words with a two-word year.

Each test is an invented sentence (no corpus text), with a clean counterexample in the
same shape.
"""

from tests.helpers import found

# --- 1. A share code --------------------------------------------------------------------


def test_a_share_code_in_threes_after_its_label():
    assert found("right to rent checked, share code: K8P 2ZD W5M, all fine")["K8P 2ZD W5M"] == (
        "IMMIGRATION_REF"
    )


def test_a_share_code_typed_as_one_word():
    assert "r7tq4mx2b" in found("gave her share code r7tq4mx2b to the landlord")


def test_words_after_share_code_are_no_code():
    assert found("she will share code words with the team later") == {}


# --- 2. A detention number --------------------------------------------------------------


def test_a_detention_number_after_words_and_a_colon():
    text = "Detention no. for her brother Idris: TX/55031, moved last week"
    assert found(text)["TX/55031"] == "IMMIGRATION_REF"


def test_a_count_after_detention_is_no_number():
    assert found("he spent 2 weeks in detention, number of visits was 3") == {}


# --- 3. A reference to quote ------------------------------------------------------------


def test_a_reference_a_caller_is_told_to_quote():
    assert "KB-20240312-117" in found("if he turns up call 101 and quote KB-20240312-117")
    assert "WM4410282" in found("ring the council quoting ref WM4410282")


def test_a_year_or_a_price_after_quote_is_no_reference():
    assert found("they will quote 2025 prices, about 40 pounds a week") == {}


# --- 4. Dates of birth ------------------------------------------------------------------


def test_a_date_of_birth_typed_with_spaces():
    assert found("new lad, dob 7 11 2003, no ID on him")["7 11 2003"] == "DATE"


def test_three_numbers_with_spaces_without_a_birth_label_are_no_date():
    assert found("beds 7 11 2003 were empty") == {}
    assert found("dob 45 17 2003 was typed wrong") == {}


def test_a_date_of_birth_in_words_with_a_two_word_year():
    text = "he was born the fourth of March seventy two in Paisley"
    assert found(text)["the fourth of March seventy two"] == "DATE"


def test_a_date_in_words_with_a_two_word_year_but_no_birth_is_not_reported():
    assert found("on the fourth of March seventy two people came") == {}

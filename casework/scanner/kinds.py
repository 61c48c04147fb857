"""The kinds of direct identifier the scanner reports, with labels for people."""

PERSON = "PERSON"
NHS_NUMBER = "NHS_NUMBER"
NI_NUMBER = "NI_NUMBER"
DATE = "DATE"
ADDRESS = "ADDRESS"
POSTCODE = "POSTCODE"
PHONE = "PHONE"
EMAIL = "EMAIL"
PRISON_NUMBER = "PRISON_NUMBER"
PNC_ID = "PNC_ID"
PROBATION_REF = "PROBATION_REF"

KIND_LABELS: dict[str, str] = {
    PERSON: "person's name",
    NHS_NUMBER: "NHS number",
    NI_NUMBER: "National Insurance number",
    DATE: "full date (such as a date of birth)",
    ADDRESS: "street address",
    POSTCODE: "postcode",
    PHONE: "phone number",
    EMAIL: "email address",
    PRISON_NUMBER: "prison number",
    PNC_ID: "Police National Computer (PNC) ID",
    PROBATION_REF: "probation or case reference number",
}

# When two findings overlap, the kind with the higher rank names the merged finding:
# a checked number says more about what the text is than a name-shaped guess does.
SPECIFICITY: dict[str, int] = {
    EMAIL: 10,
    NHS_NUMBER: 9,
    NI_NUMBER: 9,
    PNC_ID: 9,
    PRISON_NUMBER: 9,
    PROBATION_REF: 8,
    PHONE: 7,
    POSTCODE: 7,
    DATE: 6,
    ADDRESS: 5,
    PERSON: 4,
}

"""The kinds of direct identifier the scanner reports, with labels and default reasons."""

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
VEHICLE_REG = "VEHICLE_REG"
BANK_DETAILS = "BANK_DETAILS"
PAYMENT_CARD = "PAYMENT_CARD"
HOSPITAL_NUMBER = "HOSPITAL_NUMBER"
IMMIGRATION_REF = "IMMIGRATION_REF"
PASSPORT_NUMBER = "PASSPORT_NUMBER"
CASE_REF = "CASE_REF"
POLICE_REF = "POLICE_REF"
SOCIAL_HANDLE = "SOCIAL_HANDLE"

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
    VEHICLE_REG: "vehicle registration",
    BANK_DETAILS: "bank sort code or account number",
    PAYMENT_CARD: "payment card number",
    HOSPITAL_NUMBER: "hospital or medical record number",
    IMMIGRATION_REF: "Home Office, BRP or UAN reference",
    PASSPORT_NUMBER: "passport number",
    CASE_REF: "council, housing or case reference",
    POLICE_REF: "police or crime reference",
    SOCIAL_HANDLE: "social media handle",
}

# What a finding says about itself when its detector gives no more particular reason.
DEFAULT_REASONS: dict[str, str] = {
    PERSON: "looks like a person's name",
    NHS_NUMBER: "ten digits that pass the NHS number check",
    NI_NUMBER: "shaped like a National Insurance number",
    DATE: "a full date: day, month and year",
    ADDRESS: "a house number followed by a street",
    POSTCODE: "shaped like a UK postcode",
    PHONE: "shaped like a phone number",
    EMAIL: "an email address",
    PRISON_NUMBER: "shaped like a prison number",
    PNC_ID: "shaped like a PNC ID",
    PROBATION_REF: "a reference number next to its label",
    VEHICLE_REG: "shaped like a UK number plate",
    BANK_DETAILS: "a sort code or account number next to its label",
    PAYMENT_CARD: "a card number that passes the Luhn check",
    HOSPITAL_NUMBER: "a number next to 'hospital number' or 'MRN'",
    IMMIGRATION_REF: "a Home Office, BRP or UAN reference",
    PASSPORT_NUMBER: "a number next to 'passport'",
    CASE_REF: "a reference number next to its label",
    POLICE_REF: "a number next to 'crime' or 'police' reference",
    SOCIAL_HANDLE: "an @handle",
}

# When two findings overlap, the kind with the higher rank names the merged finding:
# a checked number says more about what the text is than a name-shaped guess does.
SPECIFICITY: dict[str, int] = {
    EMAIL: 10,
    PAYMENT_CARD: 10,
    NHS_NUMBER: 9,
    NI_NUMBER: 9,
    PNC_ID: 9,
    PRISON_NUMBER: 9,
    HOSPITAL_NUMBER: 9,
    IMMIGRATION_REF: 9,
    PASSPORT_NUMBER: 9,
    POLICE_REF: 9,
    BANK_DETAILS: 9,
    PROBATION_REF: 8,
    CASE_REF: 8,
    SOCIAL_HANDLE: 8,
    VEHICLE_REG: 7,
    PHONE: 7,
    POSTCODE: 7,
    DATE: 6,
    ADDRESS: 5,
    PERSON: 4,
}

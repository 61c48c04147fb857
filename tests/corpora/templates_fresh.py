"""Templates for the "fresh" half, written after all tuning and measured once: the honest
figures for text the scanner was never shaped by."""

WITH_IDENTIFIERS = [
    "been trying to get hold of {f.a.lfirst} all week, phone off",
    "{f.a.lfirst} {f.a.llast} missed her methadone pick up again",
    "Quick update on {f.a.first} - she's moved back in with {f.b.first} {f.b.last}",
    "Safeguarding concern raised re {f.a.full} and her partner {f.b.first}",
    "DC {f.b.last} rang about {f.a.first}, wants a statement",
    "F/U call to {f.a.ufull} re rent arrears",
    "spoke w/ {f.w.first} at the hub, {f.w.first} says the baby is due in June",
    "{f.w.first} {f.w.last} is on the waiting list for detox",
    "she calls him {f.nick} but his name is {f.b.first}",
    "he's known on the street as {f.nick}",
    "posting about her on fb as {f.b.handle}",
    "hotmail is {f.a.obf_email}",
    "plate {f.vrm}, black Astra",
    "Benefits paid to s/c {f.sort} acct {f.acct}",
    "Debit card {f.card} found in his property",
    "A&E attendance, hospital no. {f.mrn}",
    "Home Office ref no {f.ho}, reporting every Tuesday",
    "BRP no. {f.brp}",
    "passport number {f.passport} (Vietnamese)",
    "Housing reference {f.council}",
    "incident no {f.police} from last night",
    "DOB: {f.dobw}",
    "NI number {f.nil}",
    "{f.ps} (not her real name). Her full name on the letters is {f.ps_surname}",
    "{f.a.first} {f.a.last}, {f.addr}, {f.pc}, {f.phone}",
]

CLEAN = [
    "{f.ps} (pseudonym) is doing well. Angel investors won't fund the project, sadly",
    "Told her about {f.helpline} and gave her a leaflet",
    "{f.agency} and {f.agency} both attended the {f.acr} meeting",
    "{f.ps} (not his real name) came from {f.country} in 2021 and lives in {f.town}",
    "Autumn is when the night shelter opens; star of the week goes to the volunteers",
    "I'll check with {f.agency} whether they'll take a referral without ID",
    "Sandy floors in the day centre after the storm, cleaners booked",
    "Sunny day so we did outreach along the canal in {f.town}",
    "We'll mark it on the {f.acr} tracker and I'd suggest a review in six weeks",
    "He said he'd rather go back to {f.country} than stay in a hostel",
]

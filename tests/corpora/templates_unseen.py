"""Templates for the held-out "unseen" half. Written before any tuning, in other words
than the tune half, and never used to tune the scanner: its figures are the honest ones.
"""

WITH_IDENTIFIERS = [
    # lower-case names
    "took {f.a.lfirst} to the job centre, long wait, {f.a.lfirst} walked out before the appt",
    "home visit to {f.a.lfull}, flat in a state, referral to env health",
    "{f.a.lfirst} rang in tears again about the bailiffs",
    "dropped a food parcel at {f.a.lfirst}'s, no answer so left with neighbour",
    "supervision: discussed {f.a.lfirst} and {f.b.lfirst}, both at risk of eviction",
    # capitalised, all traditions
    "{f.a.full} has been sofa surfing since Xmas, currently at her aunt's",
    "Home visit with {f.a.first} today. {f.a.last} family have been here since 2016",
    "Joint visit w/ {f.b.full} from the CMHT to see {f.a.first} {f.a.last}",
    "{f.a.first} {f.a.last}'s brother {f.b.first} is her appointee for benefits",
    "Name: {f.a.ufull}\nDOB: {f.date}\nAddress: {f.addr}, {f.pc}",
    "Hospital letter for MISS {f.a.caps} left at reception",
    "Mr {f.a.last} wants his daughter {f.b.first} at all meetings",
    "Mother is {f.a.init}, father unknown",
    # names that are ordinary words
    "{f.w.first} and the kids are at the refuge now. {f.w.first} wants to change GP",
    "spoke to {f.w.first} about the rent, {f.w.first} said she'd pay £10 a week",
    "{f.w.full} (mum) attended the core group",
    # nicknames
    "everyone on the street calls him {f.nick}, real name not known",
    "the man she calls '{f.nick}' is supplying her",
    "a.k.a. {f.nick} - known to police",
    # handles and emails
    "the abuse is coming through snapchat, his account is {f.b.handle}",
    "contact via {f.a.handle} on TikTok only",
    "her email: {f.a.obf_email}",
    "send the forms to {f.a.obf_email} pls",
    # vehicles
    "he sleeps in a blue transit, registration {f.vrm}",
    "perp's vehicle {f.vrm} seen on the estate again",
    # money
    "rent to come from sort code {f.sort}, a/c {f.acct}",
    "he gave the landlord his card {f.card} and now there are charges he didn't make",
    "payment card {f.card} reported stolen",
    # health
    "{f.a.first} is on ward 7 at {f.hosp}, hosp no. {f.mrn}",
    "patient number {f.mrn} on the A&E letter",
    # immigration
    "Home Office reference {f.ho}, asylum claim lodged Jan",
    "biometric residence permit {f.brp} expired",
    "her UAN is {f.uan}, the EUSS decision is still pending",
    "took copy of passport {f.passport} for the file",
    "His passport number {f.passport} is with the solicitor",
    # council, housing, police
    "homeless application ref {f.council}",
    "council tax ref {f.council} - arrears of £900",
    "crime number {f.police} given for the burglary",
    "police reference {f.police}, officer in case on leave",
    # dates of birth in words
    "born on the {f.dobw}",
    "her date of birth is {f.dobw} but the DWP letter says otherwise",
    # NI lower case
    "NINO {f.nil}",
    "nat ins {f.nil}",
    # pseudonym + surname
    "{f.ps} (not her real name) - the court papers say {f.ps_surname}",
    "{f.ps} (pseudonym). {f.ps_surname} is on the tenancy",
    # mixed
    "{f.a.first} {f.a.last} {f.phone} {f.pc}",
    "Client {f.a.full} at {f.addr} with {f.b.first}, mobile {f.phone}",
]

CLEAN = [
    "{f.ps} (not his real name) had an honest chat with me. I'd say he's ready to engage",
    "Please ring {f.helpline} if you feel unsafe out of hours",
    "Signposted to {f.agency}. The {f.acr} panel meets fortnightly",
    "{f.ps} (pseudonym) came from {f.country} via Italy and France. She is waiting on "
    "a decision",
    "Pearl Harbor jokes aside, the Christmas rota is a disaster",
    "The daisy chain of referrals between {f.agency} and {f.agency} went nowhere",
    "Drew up a safety plan together and agreed to review it in a fortnight",
    "Faith groups run the night shelter in {f.town} from December to March",
    "Grace period on the rent arrears ends Friday, we're appealing",
    "We'll chase the {f.acr} referral. They'll say it's not their remit",
    "The river walk is where people sleep out in the summer",
    "Crystal meth use is rising on the estate according to {f.agency}",
    "She's from {f.country}. Her English is good and she doesn't want an interpreter",
    "I'll take it to the {f.acr} meeting and let you know",
    "Jade plants for the garden project arrived, the group potted them",
    "Dawn patrol with outreach found four people bedded down behind the station in {f.town}",
    "Chase up the HB form and ring {f.helpline} for advice",
    "Rob us blind, the meter does: the advance payment barely covers the gas",
    "Any ideas for someone with {f.acr} involvement and no fixed abode? "
    "{f.agency} say they're full",
    "Ivy covered the windows of the empty house, which is where he was sleeping",
]

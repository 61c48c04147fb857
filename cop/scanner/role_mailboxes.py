"""A team's or a service's mailbox identifies no one: "referrals@…", "outreach-referrals@…",
"duty.team@…". An address whose local part is made only of words for a function is no
person's; one with any other part ("jo.referrals@", "kelechi.umeh88@") still is."""

import re

# Words mailboxes of teams, services and organisations are named with.
FUNCTION_WORDS = frozenset(
    """referrals referral enquiries enquiry info information admin office team teams duty
    support help helpdesk hello contact contactus reception outreach intake triage mash
    safeguarding housing advice bookings booking appointments finance accounts payroll hr
    jobs careers recruitment volunteers volunteering press media comms communications
    noreply no reply donotreply post mail mailbox general main central service services
    hub project projects inbox desk frontdoor front door access assessment assessments
    complaints feedback fundraising events training data privacy dpo gdpr it ict""".split()
)
PARTS_RE = re.compile(r"[._+-]+")


def is_role_mailbox(address: str) -> bool:
    """Whether the address's local part is made only of words for a function."""
    local = address.split("@", 1)[0].lower()
    parts = [p for p in PARTS_RE.split(local) if p]
    return bool(parts) and all(p in FUNCTION_WORDS for p in parts)

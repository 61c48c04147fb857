"""National helplines: public numbers that help people, never an identifier.

A short, curated list, each number as the service publishes it on its own website (named
beside it). Three-digit numbers (999, 111, 101) are too short to be taken for a phone
number and need no entry.
"""

import re

HELPLINES = {
    "116123": "Samaritans (samaritans.org)",
    "08082000247": "National Domestic Abuse Helpline, run by Refuge (nationaldahelpline.org.uk)",
    "08088004444": "Shelter's emergency helpline (england.shelter.org.uk)",
    "03001236600": "FRANK, drugs information (talktofrank.com)",
    "08001381111": "StepChange Debt Charity (stepchange.org)",
    "08088084000": "National Debtline (nationaldebtline.org)",
    "08001111": "Childline (childline.org.uk)",
    "08088005000": "NSPCC helpline (nspcc.org.uk)",
    "03001233393": "Mind's infoline (mind.org.uk)",
    "0800585858": "CALM, Campaign Against Living Miserably (thecalmzone.net)",
    "08000684141": "Papyrus HOPELINE247 (papyrus-uk.org)",
    "08000121700": "Modern Slavery and Exploitation Helpline (unseenuk.org)",
    "0800555111": "Crimestoppers (crimestoppers-uk.org)",
    "08088010327": "Men's Advice Line, run by Respect (mensadviceline.org.uk)",
    "08088024040": "Respect Phoneline (respectphoneline.org.uk)",
    "08009995428": "Galop, LGBT+ anti-abuse helpline (galop.org.uk)",
    "08000119100": "Switchboard LGBT+ helpline (switchboard.lgbt)",
    "08085002222": "Rape Crisis 24/7 support line (rapecrisis.org.uk)",
    "08005999247": "Karma Nirvana, forced marriage and honour-based abuse (karmanirvana.org.uk)",
    "08081689111": "Victim Support (victimsupport.org.uk)",
    "08001448848": "Citizens Advice adviceline, England (citizensadvice.org.uk)",
    "08088010503": "Migrant Help asylum helpline (migranthelpuk.org)",
    "08009177650": "Alcoholics Anonymous (alcoholics-anonymous.org.uk)",
    "08088020133": "National Gambling Helpline (gamcare.org.uk)",
    "08006781602": "Age UK Advice Line (ageuk.org.uk)",
    "08004708090": "The Silver Line, run by Age UK (thesilverline.org.uk)",
    "08081000900": "Stop It Now (stopitnow.org.uk)",
    "03001231110": "Drinkline, the national alcohol helpline (nhs.uk)",
    "03003300630": "Switchboard LGBT+ helpline, its earlier number (switchboard.lgbt)",
    "03001232040": "Action Fraud, the national fraud reporting centre (actionfraud.police.uk)",
    "03003047000": "SANEline, mental health support (sane.org.uk)",
    "08088010525": "Rethink Mental Illness advice service (rethink.org)",
    "08081640123": "Samaritans' Welsh language line (samaritans.org)",
    "08000282100": "The Mix, support for under-25s (themix.org.uk)",
    "02070080151": "Forced Marriage Unit, UK government (gov.uk/guidance/forced-marriage)",
    "08082231133": "Citizens Advice consumer helpline (citizensadvice.org.uk)",
    "0800991234": "Pension Credit claim line, DWP (gov.uk/pension-credit)",
    # Round seven: the national line for reporting someone sleeping rough, run by Homeless
    # Link with St Mungo's (streetlink.org.uk, FAQ: "our phone line on 0300 500 0914").
    "03005000914": "StreetLink, alerts about people sleeping rough (streetlink.org.uk)",
    # Round thirteen: the devolved nations' own crisis and abuse lines.
    "08088088000": "Lifeline, Northern Ireland's crisis response helpline (lifelinehelpline.info)",
    "08088021414": "Domestic and Sexual Abuse Helpline, Northern Ireland (dsahelpline.org)",
    "0800838587": "Breathing Space, Scotland's mental health line (breathingspace.scot)",
    "08000271234": "Scotland's Domestic Abuse and Forced Marriage Helpline (sdafmh.org.uk)",
    "0800132737": "C.A.L.L. Mental Health Listening Line, Wales (callhelpline.org.uk)",
    "08088010800": "Live Fear Free helpline, Wales (gov.wales/live-fear-free)",
}

# Digits with the usual separators between them, as a helpline is written.
_NUMBER_RE = re.compile(r"(?<![\d+])(?:\+44\s?|0)?\d(?:[ -]?\d){5,10}(?!\d)")


def helpline_spans(text: str) -> list[tuple[int, int]]:
    """Where the text gives a national helpline's number."""
    spans = []
    for m in _NUMBER_RE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if digits.startswith("44"):
            digits = "0" + digits[2:]
        if digits in HELPLINES:
            start, end = m.span()
            # "(0808 800 4444)": the brackets are part of how the number is written.
            start -= text[start - 1 : start] == "("
            end += text[end : end + 1] == ")"
            spans.append((start, end))
    return spans

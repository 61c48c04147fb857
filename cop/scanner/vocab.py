"""Small structural word lists for finding names: titles, words that turn the capitalised
words before them into an organisation or place, and the phrases that introduce a person.
The long lists of names and non-names live in data/ (see gazetteer.py)."""

import re

# Words written before a name: "Dr Fiona Marsh", "PC Hughes", "Sister Mary".
TITLES = frozenset(
    "mr mrs ms miss mx dr doctor prof professor rev revd reverend fr father sister pastor imam "
    "rabbi cllr councillor sir dame lord lady pc dc ds di dci dsi sgt sergeant insp inspector "
    "det judge nurse aunty auntie uncle nan nanna grandma grandad mister missus".split()
)

# A capitalised word that makes the capitalised words straight before it the name of an
# organisation, building or place: "Anna Freud Centre", "Park Lane Surgery", "Elm Grove".
ORG_WORDS = frozenset(
    """centre center centres service services team teams unit units trust trusts council
    councils hospital hospitals surgery practice clinic infirmary hospice hostel hostels project
    projects partnership foundation association society charity network office department agency
    authority police constabulary prison school academy college university nursery mosque
    temple gurdwara synagogue library station road rd street st avenue ave close crescent drive
    terrace gardens square estate credit allowance options advice aid support care health housing
    homes act order scheme programme fund bank group club hub cafe café kitchen pantry court way
    place fellowship mission army alliance collective initiative campaign coalition federation
    institute ltd limited plc llp cic solicitors associates partners recovery treatment rehab
    refuge shelter accommodation lives haven sanctuary hotel inn pub arms tavern store shop
    market supermarket pharmacy chemist chemists medical dental nursing residential general
    memorial teaching fc united rovers athletic wanderers city town board panel line tribunal
    quay wharf barracks airport harbour docks stadium arena theatre cinema museum gallery leisure
    gym baths pool estate mews parade villas flats tower towers mansions rise row walk circus
    boulevard approach community communities""".split()
)

# Organisation or place words that are also common surnames ("Emma Hall", "Tony Green").
# After a single given name they are read as a surname, otherwise as a place.
SURNAME_OR_PLACE_WORDS = frozenset(
    """hall halls park parks green greene wood woods hill hills house lane church field fields
    ford cross bank banks brook brooks mill mills gate gates marsh moss vale dale bridge bridges
    lodge grange manor mount ward moor heath forest rivers waters wells""".split()
)

# Words after which a capitalised run is an institution or place, not a person: "HMP Hull",
# "St Mungo's", "Queen Elizabeth", "Op Courage", "King's Lynn", "West Ham".
ORG_PREFIXES = frozenset(
    """hmp hmyoi yoi hmip st saint queen queens king kings prince princess royal lake mount
    port fort camp op operation ss rms hms ward project team regent regents new old great
    little upper lower north south east west central greater nether high""".split()
)

# Organisations, events and phrases that look like people's names.
NOT_A_PERSON_RE = re.compile(
    r"\b(?:William Hill|Paddy Power|Helen Bamber|Johnnie Johnson|Marie Curie|Sue Ryder|"
    r"Leonard Cheshire|Anna Freud|Albert Kennedy|Joseph Rowntree|Mary Seacole|"
    r"Florence Nightingale|Ronald McDonald|Jack Daniel'?s|Talk to Frank|Christmas Eve|"
    r"New Year'?s Eve|Burns Night|Father Christmas|Santa Claus|Jesus Christ|Mother Teresa|"
    r"Queen Elizabeth|King Charles|Prince William|Prince Harry|Martin Luther King|"
    r"Dr Martens|Mrs Brown's Boys|FRANK(?=['’]s\b|\s+(?:on|number|helpline|website|line)\b))\b"
)

# Lower-case particles inside names: "Ludwig van Beethoven", "Mohamed bin Salleh".
PARTICLES = frozenset(
    "van von der den de da di del della dos das du le la bin binti ibn al el ap ter ten y".split()
)

# Relationships and roles that introduce a person: "her key worker Sam", "mum, Tracey".
_ROLES = r"""mum|mam|mom|mummy|mother|dad|daddy|father|son|daughter|brother|sister|partner|
ex-partner|ex|boyfriend|girlfriend|ex-boyfriend|ex-girlfriend|husband|ex-husband|wife|ex-wife|
missus|missis|hubby|wifey|
fianc[ée]e?|friend|neighbour|uncle|aunt|auntie|aunty|nan|nana|nanna|gran|granny|grandma|
grandmother|grandad|granddad|grandfather|grandson|granddaughter|grandchild|cousin|niece|nephew|
step-?dad|step-?mum|step-?father|step-?mother|step-?son|step-?daughter|step-?brother|
step-?sister|half-brother|half-sister|brother-in-law|sister-in-law|mother-in-law|
father-in-law|baby|child|children|kids|sons|daughters|twins|siblings|carer|worker|keyworker|
officer|advocate|idva|isva|gp|doctor|nurse|psychiatrist|psychologist|consultant|manager|
landlord|landlady|solicitor|lawyer|barrister|teacher|headteacher|mentor|sponsor|befriender|
practitioner|co-?ordinator|navigator|cpn|ot|visitor|midwife|counsellor|therapist|pharmacist|
paramedic|matron|colleague|client|patient|tenant|resident|lodger|flatmate|housemate|pimp|dealer|abuser|
perpetrator|gangmaster|employer|boss|supervisor|chaplain|vicar|priest|interpreter|translator|
volunteer|coach|buddy|mate|pal|associate|co-defendant|victim|suspect|stepdad|su|pt|yp|cyp|
pa|personal adviser|personal advisor|referrer|referred by|eldest|youngest|oldest|middle one|
eldest one|youngest one|oldest one|older one|younger one|whose name is|surname|forename|
first name|last name|family name|given name|
called|named|known as|aka|a\.k\.a\.|alias|nicknamed|goes by|calls (?:himself|herself|themselves)|
name is|name's|names are|name|client name|patient name"""
# (The space after a role stays on its line: "Recovery Worker\nDirect line" names no one.)
ROLE_BEFORE_RE = re.compile(
    r"\b(?:" + _ROLES.replace("\n", "")
    + r")(?:\s*,\s*|\s+(?:is|was)\s+|\s*[:(–-]\s*|[ \t]+)[\"'“‘]?$"
    # a named contact: "probation contact is Kerry", "lead professional: Dee"
    r"|\b(?:contact|lead\s+professional|named\s+worker|allocated\s+worker|allocated\s+to)"
    r"(?:\s+(?:is|was)\s+|\s*:\s*)$",
    re.IGNORECASE,
)

# A sign-off or a mail header: "Thanks, Jas", "Kind regards,\nMo", "From: Sophie Tran".
SIGN_OFF_BEFORE_RE = re.compile(
    r"\b(?:thanks|thank you|many thanks|regards|kind regards|best wishes|warm wishes|cheers|"
    r"best|love|signed|diolch|ta|yours sincerely|yours faithfully|yours truly|sincerely|"
    r"faithfully|yours)\s*[,:\-–]?\s*$|\b(?:from|to|cc)\s*:\s*$",
    re.IGNORECASE,
)

SIGN_OFF_END_RE = re.compile(r"\s*(?:$|\n|\(|,|\.\s*$|\.\s|\s+x+\s*$)")

# After a single capitalised word: "Abdi (16)", "Shaun (DOB ...)", "Dean, her brother".
AGE_OR_BIRTH_AFTER_RE = re.compile(
    r"^(?:\s*\(\s*(?:aged?\s*)?\d{1,2}\s*(?:yrs?|years?(?: old)?)?\s*\)"
    r"|\s*\(\s*(?:dob|d\.o\.b|born|b\.|date of birth)\b"
    r"|,\s*(?:aged?\s*)?\d{1,2}\s*(?:,|\.|$|years?))",
    re.IGNORECASE,
)
ROLE_AFTER_RE = re.compile(
    r"^\s*[,(]\s*(?:(?:her|his|their|my|our|the|client's|a)\s+)?(?:[a-z]+\s+)?(?:"
    + _ROLES.replace("\n", "")
    + r")\b"
    # pronouns in brackets: "Angel Mendes (they/them)"
    r"|^\s*\(\s*(?:she|he|they|ze|xe)\s*/\s*(?:her|him|them|hers|his|theirs|they|she|he|"
    r"zir|hir|xem)\b",
    re.IGNORECASE,
)
# An age after "is": "ivy is 84", "Tom is 9 years old", not "the dose is 84 mg" or "the
# score is 12 out of 20".
_AGE = (
    r"\d{1,3}(?![\d,:/-]|\.\d)(?!\s*(?:%|per\b|percent|mg|ml|kg|g\b|miles?|mins?|minutes?|hours?|"
    r"hrs?|days?|weeks?|months?|pounds?|quid|pence|points?|degrees?|cm|mm|km|ft|feet|metres?|"
    r"meters?|units?|beds?|out\s+of|to\b|or\b))"
)
# Verbs that, straight after a capitalised word, say it is a person doing something.
PERSON_VERB_AFTER_RE = re.compile(
    r"^\s+(?:said|says|told|tells|reported|reports|disclosed|discloses|explained|explains|asked|"
    r"agreed|agrees|wants|wanted|phoned|rang|texted|emailed|lives|lived|stays|stayed|moved|"
    r"attended|admitted|denied|refused|stated|states|feels|felt|cried|shouted|threatened|hit|"
    r"punched|assaulted|works|worked|is\s+(?:aged?\s+)?" + _AGE
    + r"|was\s+born|has\s+been|had\s+been|"
    r"arrived|left|returned|called|missed|turned|came|went|got|gets|needs|needed|thinks|"
    r"thought|believes|knows|knew|loves|hates|remembers|recalls|described|describes|says|"
    r"owes|owed|uses|used|drinks|drank|sleeps|slept|smokes|injects|takes|took|gave|gives|"
    r"tried|tries|walked|ran|runs|started|stopped|keeps|kept|lost|loses|shouted|screamed|"
    r"can't|won't|didn't|doesn't|isn't|wasn't|hasn't|hadn't|couldn't|turned\s+up|"
    r"cant|wont|didnt|doesnt|isnt|wasnt|hasnt|couldnt|prefers|preferred|seen|moved\s+in|"
    r"kicked\s+off|kicking\s+off|no\s+show|no-show|dna'?d|did\s+not\s+attend)\b",
    re.IGNORECASE,
)
# Verbs a worker does to a person, before a capitalised word: "I saw Chukwuma today".
PERSON_VERB_BEFORE_RE = re.compile(
    r"\b(?:seen|saw|met|met with|spoke to|spoke with|speaking to|talked to|told|asked|informed|"
    r"advised|reassured|supported|accompanied|helped|phoned|rang|texted|emailed|visited|"
    r"contacted|chased|assessed|interviewed|referred|introduced)\s+$",
    re.IGNORECASE,
)
# "Clare's Law", "Down's syndrome", "Parkinson's": a possessive that names a law or an
# illness, not a person.
EPONYM_AFTER_RE = re.compile(
    r"^\s+(?:law|act|bill|syndrome|disease|palsy|sarcoma|lymphoma|ulcer|encephalopathy|"
    r"phenomenon|sign|test|scale|criteria)\b",
    re.IGNORECASE,
)
EPONYMS = frozenset(
    """alzheimer parkinson crohn huntington asperger tourette hodgkin addison down korsakoff
    wernicke raynaud cushing hashimoto munchausen meniere graves bell korsakov guillain barre
    ehlers danlos marfan klinefelter kawasaki lyme sjogren behcet kaposi hirschsprung duchenne
    dupuytren peyronie perthes creutzfeldt angelman prader""".split()
)
# The same, for verbs only ever done to people, so that they vouch for a whole unknown name:
# "we met Xyloa Brannick".
PEOPLE_ONLY_VERB_BEFORE_RE = re.compile(
    r"\b(?:saw|met|met with|spoke to|spoke with|speaking to|talked to|told|asked|informed|"
    r"reassured|accompanied|phoned|rang|texted|emailed|interviewed)\s+$",
    re.IGNORECASE,
)
# A list going on from a name: "Tobi and Kemi", "Dean, Kyle".
LIST_JOINER_RE = re.compile(r"^(?:\s*,\s*(?:and\s+)?|\s+(?:and|&|or)\s+)$")

# Before capitalised words, a place: "lives in Barry", "moved to Stanley", "near Hazel Grove".
# (A possessive still means a person: "in Barry's flat".)
PLACE_BEFORE_RE = re.compile(
    r"\b(?:in|near|outside|around|towards|via|into|across|throughout|within|(?:moved|moving|"
    r"move|relocated|went|going|gone|travelled|traveled|returned|sent|transferred|headed|fled|"
    r"dispersed|deported|came|come|coming|grew up|born|based|back)\s+(?:back\s+)?(?:to|from|"
    r"in|up to|down to|over to))\s+$"
    # where someone is from: "Sra. Gonçalves, from Madeira, works...", "she is from Tigray"
    r"|[,(]\s*(?:originally\s+)?from\s+$|\b(?:is|are|was|were|originally)\s+from\s+$"
    # "Burton upon Trent", "Isle of Lewis", "Ross on Wye"
    # (case-sensitive: "update on Linh" is not a place)
    # ("Update on Arbër Kolgjini" is not one either)
    r"|\b(?-i:(?!(?:Update|Updates|Focus|Report|Notes?|Feedback|Progress|Concerns?|Comments?|"
    r"Information|Info|Review|Work|Worry|Worries|Questions?|Thoughts)\b)"
    r"[A-Z][\w'’-]*\s+(?:upon|on|on the|in|under|le|of|by))\s+$",
    re.IGNORECASE,
)
# "Elizabeth (not her real name)", "whom I'll call Jo", "Steve (pseudonym)".
PSEUDONYM_RES = (
    re.compile(
        r"\b([A-Z][\w'’-]*)\s*[(\[,–-]\s*(?i:(?:which is\s+|this is\s+)?(?:not (?:her|his|their|"
        r"my|the client's|the real|a real) (?:real )?name|an? (?:made-up |false )?(?:pseudonym|"
        r"alias|made-up name|false name)|pseudonym|names? (?:has been |have been )?changed|"
        r"not real name|false name|made-up name))"
    ),
    re.compile(
        r"\b(?i:I'll|I will|we'll|we will|let's|let us|I shall|I'm going to|I am going to|I've|"
        r"I have|we've|we have)\s+call(?:ed)?\s+(?:her|him|them|this \w+(?: \w+)?)\s+"
        r"([A-Z][\w'’-]*)"
    ),
    re.compile(r"\b([A-Z][\w'’-]*) is (?:a pseudonym|not (?:her|his|their) real name)"),
    # "His mum, who I'll call Mary, ...": a relative clause giving the stand-in name
    re.compile(
        r"\b(?i:who|whom)\s+(?i:I'll|I’ll|I will|we'll|we’ll|we will|I shall|I'm going to|"
        r"I am going to|I'd|I’d|I)\s+(?i:call|name)\s+([A-Z][\w'’-]*)"
    ),
)

# Before a word that could be a name, words that make it one: "went with Honey", "took
# Hiwot to the GP", "rang kevin". (Places and organisations are ruled out before this.)
NAME_BEFORE_RE = re.compile(
    r"\b(?:with|took|take|taking|visited|visiting|collected|drove|dropped|brought|bring|for|"
    r"about|re|see|seeing|saw|met|meet|meeting|rang|ring|ringing|called|calling|phoned|texted|"
    r"told|tell|asked|ask|discussed|supported|supporting|support|helped|helping|help|chased|"
    r"chase|contacted|contact|spoke to|spoke with|speak to|talked to|talk to|went with|"
    r"came with|and|or|&|from|by|left|gave|give|given|sent|send|remind|reminded)\s+$"
    r"|(?:^|\s)w/\s*$",  # "chat w/ Jo": "with", shortened
    re.IGNORECASE,
)

# The weakest of those: things follow them as often as people ("asked about Buvidal").
WEAK_CUE_BEFORE_RE = re.compile(r"\b(?:about|for|from|by|re|and|or|&)\s+$", re.IGNORECASE)

# Introduces a nickname: "known as Little Mo", "goes by 'Tiny'", "a.k.a. Baz".
NICKNAME_RE = re.compile(
    r"\b(?i:(?:also\s+)?known(?:\s+(?!as\b)\w+){0,4}\s+as|goes\s+by|going\s+by|go\s+by|a\.?k\.?a\.?|nicknamed|"
    r"nickname\s+is|street\s+name(?:\s+is)?|calls?\s+(?:him|her|them)(?:sel(?:f|ves))?|"
    r"calls?|called)\s*[:,]?\s*"
    r"(?:[\"“‘'](?P<quoted>[^\"”’'\n]{1,30})[\"”’']"
    r"|(?P<bare>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}))"
)
# "called" and "calls" alone start too many other things ("called Shelter"): for them,
# only a quoted nickname counts.
# The other way round: the nickname first, then who that is ("Chalky - aka Barry Whitham",
# "GINGER (real name Sean Hepworth)").
NICKNAME_BEFORE_CUE_RE = re.compile(
    r"(?<![\w'’])(?P<name>[A-Z][\w'’-]*)\s*(?:[(\[,–-]\s*)?"
    r"(?i:real\s+name(?:\s+is)?|a\.?k\.?a\.?|also\s+known\s+as)\s*[:,]?\s+[A-Z]"
)
NICKNAME_CUE_NEEDS_QUOTES_RE = re.compile(r"^(?:calls?|called)\b", re.IGNORECASE)
# The narrower set, for a lower-case word in no list: "took abebe", "rang tesfalem".
STRONG_NAME_BEFORE_RE = re.compile(
    r"\b(?:took|visited|saw|met|rang|phoned|texted|went with|came with|went w/?|came w/?|"
    r"spoke to|spoke with|left (?:a )?(?:msg|message) for|"
    r"talked to|told|asked|discussed|supported|accompanied|home visit to|visit to|chase|"
    r"mum|dad|son|daughter|brother|sister|partner|boyfriend|girlfriend|husband|wife|nan|"
    r"aunt|uncle|cousin|client|called|named|staff member|staff)\s+$",
    re.IGNORECASE,
)
NICKNAME_CALLS_SOMEONE_RE = re.compile(r"^calls?\s+(?:him|her|them)", re.IGNORECASE)
# "Kebede family have been here since 2016": a surname before its household.
FAMILY_AFTER_RE = re.compile(
    r"^\s+(?:family|families|household|kids|children|brothers|sisters|twins|boys|girls)\b",
    re.IGNORECASE,
)
# After a lower-case word, words that suit a person (and rarely a thing): "tatenda and her
# mum", "achol was", "bishal is", "nirosha has".
WEAK_PERSON_AFTER_RE = re.compile(
    r"^\s+(?:and\s+(?:his|her|their)\b|(?:is|was|has|had|will|would|did|does|can|could)"
    r"\s+(?:not\s+|n't\s+|now\s+|still\s+|also\s+)?(?:\w+ing|\w+ed|been|got|gone|come|hit|"
    r"left|took|taken|made|said|told|given|seen|done|run|"
    r"come|going|back|not|never|in|at|on|off|out|still|now|okay|ok|fine|happy|upset|angry|"
    r"worried|scared|pregnant|homeless|drunk|safe)\b)",
    re.IGNORECASE,
)
# Before a lower-case word in no list, words that suit a person more than a thing.
WEAK_NAME_BEFORE_RE = re.compile(
    r"\b(?:with|w/|w|wiv|re:?|see|seeing|meet|meeting|met|visiting|supporting|helping|chased|"
    r"contacted|reminded|spoke to|talked to|msg for|message for|text to|txt|tried)\s+$",
    re.IGNORECASE,
)

# A person on both sides: a verb done to someone before, and what follows a person after
# ("gave precious a lift to the GP", "took mercy and her little one"). Enough for a given
# name that is also an everyday word, typed in lower case.
GIVE_OR_TAKE_BEFORE_RE = re.compile(
    r"\b(?:gave|give|giving|given|offered|lent|bought|took|take|taking|drove|walked|dropped|"
    r"picked up|pick up|collect|collected|accompanied|escorted|brought)\s+$",
    re.IGNORECASE,
)
PERSON_OBJECT_AFTER_RE = re.compile(
    r"^\s+(?:a\s+(?:lift|hand|call|ring|text|hug|ride|cuppa|brew|voucher|food\s+parcel)\b"
    r"|and\s+(?:his|her|their)\b"
    r"|(?:home|back)\b"
    r"|from\s+(?:the\s+)?(?:nursery|school|hospital|court|custody|prison|station)\b"
    r"|(?:to|at|off\s+at)\s+(?:the\s+|her\s+|his\s+|their\s+)?"
    r"(?:(?:emergency|urgent|local|new|walk-in|out-of-hours|dental|eye|main|general)\s+)?"
    r"(?:gp|doctors?|hospital|appointment|appt|"
    r"school|nursery|court|jobcentre|bank|pharmacy|chemist|dentist|clinic|council|a&e)\b)",
    re.IGNORECASE,
)


# Slots only a person fills, strong enough for a name that is also an everyday word
# ("rocky (9)", "Promise's mum", "girlfriend jewel wants a visit"); see names.strong_slot.
AGE_IN_BRACKETS_AFTER_RE = re.compile(
    r"^\s*\((?:[A-Za-z]+,\s*)?(?:aged?\s*)?\d{1,2}\s*(?:yrs?|years?(?:\s+old)?|months?)?\s*\)"
)
_KIN = (r"mum|mam|mom|mummy|mother|dad|daddy|father|son|daughter|brother|sister|partner|ex|"
        r"missus|missis|hubby|wifey|"
        r"boyfriend|girlfriend|bf|gf|husband|wife|nan|nana|gran|granny|grandad|grandma|aunt|"
        r"auntie|aunty|uncle|cousin|baby|niece|nephew|twin|kids|children|step-?dad|step-?mum|"
        r"guy|lad|bloke|fella|dog|cat|staffie|puppy")
KIN_OR_WORKER_AFTER_RE = re.compile(
    r"^\s+(?:(?:new|old|current|previous|former|last|usual|real)\s+)?"
    r"(?:" + _KIN + r"|carer|key\s?worker|(?:social|support|case)\s+worker|sw|teacher|"
    r"nursery|school|gp|landlord|landlady|solicitor|probation\s+officer|cpn|midwife|"
    r"account|acc|phone|mobile|number|flat|room|tenancy|claim|pip|uc|benefits|case|file|"
    r"referral|appt|appointment|court|sentence|licence|script)\b",
    re.IGNORECASE,
)
DETERMINER_BEFORE_RE = re.compile(
    r"\b(?:the|a|an|this|that|these|those|his|her|their|our|my|your|every|each|no|any)"
    r"\s+$",
    re.IGNORECASE,
)
# Before a word, who the person is to the service: "client honey was seen", "tenant
# Storm, flat 2".
CLIENT_BEFORE_RE = re.compile(
    r"\b(?:client|patient|tenant|resident|service\s+user|young\s+person|yp|lodger|"
    r"flatmate|housemate|neighbour|support\s+worker|key\s?worker)\s*[,:]?\s+$",
    re.IGNORECASE,
)
# A word for a relative or a role itself: "her ex partner's mum" names no one by "partner".
ROLE_WORD_RE = re.compile(
    r"(?:" + _KIN + "|" + _ROLES.replace("\n", "") + r")", re.IGNORECASE
)
KIN_BEFORE_RE = re.compile(
    r"\b(?:" + _KIN + r")[\"”’']?(?:\s+(?:is|was|called|named))?\s*[,:]?\s+$"
    # "her boy Terry", 'his "girl" Kayla', "their youngest Mo": a child, said fondly
    r"|\b(?:his|her|their|my|our)\s+[\"“‘']?(?:boy|girl|lass|youngest|eldest|oldest)[\"”’']?"
    r"\s*[,:]?\s+$",
    re.IGNORECASE,
)
# After a name that is also a word, what shows it ended a noun: "girlfriend jewel wants",
# "dad is prince, 24", but not "her son will be".
NOUN_END_AFTER_RE = re.compile(
    r"^(?:\s*(?:[,.;:)(!?]|$)|\s+[-–]\s|\s+(?:and|is|was|has|had|who|wants|wanted|says|said|rang|came|"
    r"went|left|needs|needed|thinks|told|asked)\b)",
    re.IGNORECASE,
)
# Before a word, what only a person (or their things) is for: "new addr for opal",
# "belongs to major", "space for trinity", "contact for tsega".
FOR_A_PERSON_BEFORE_RE = re.compile(
    r"\b(?:(?:addr|address|number|no|phone|mob|email|contact|tenancy|keys|space|bed|place|"
    r"referral|appt|appointment|letter|grant|forms?|prescription|script|voucher|parcel)\s+for|"
    r"belongs\s+to|belonging\s+to|owned\s+by|on\s+behalf\s+of)\s+$",
    re.IGNORECASE,
)
# After a word, where only a person is: "rocky in rm 9", "duke (rm 14)", "fern at flat 4".
IN_A_ROOM_AFTER_RE = re.compile(
    r"^\s*(?:\(\s*|\s+in\s+|\s+at\s+)(?:rm|room|bed|flat|cell|unit)\s*\d", re.IGNORECASE
)
# Verbs only a person does, after a sentence's first word: "Wisdom prefers email",
# "DIAMOND MOVED IN", "Clover wants her money back". Not "has been" or "is": "Hope has
# been in short supply".
HUMAN_VERB_AFTER_RE = re.compile(
    r"^\s+(?:said|says|told|tells|rang|phoned|texted|emailed|cried|shouted|screamed|wants|"
    r"wanted|prefers|preferred|refused|agreed|disclosed|asked|moved\s+in|seen\s+at|"
    r"was\s+seen|came\s+in|turned\s+up|signed|collected|attended|missed\s+(?:her|his)|called|"
    r"rang\s+back|popped\s+in|dropped\s+in)\b",
    re.IGNORECASE,
)
# Where a clause starts, so that the word after is its subject: "all 3 on methadone
# script, duke missed his pickup".
CLAUSE_START_BEFORE_RE = re.compile(
    r"(?:[,;]|\b(?:and|but|so|then|when|because|cos|coz|while))[ \t]*$", re.IGNORECASE
)
# An age and nothing more after "is", opening a sentence: "mercy is 29 and pregnant",
# "ivy is 84.", "Rocky is 9 years old".
AGE_IS_AFTER_RE = re.compile(
    r"^\s+(?:is|was|['’]s)\s+(?:aged?\s+)?\d{1,3}(?:\s+(?:years?|yrs?)(?:\s+old)?)?"
    r"(?=\s*(?:[,.;:)!?]|$|\n)|\s+(?:and|now|today|next|this|but|so|with)\b)",
    re.IGNORECASE,
)
# Where a person is, then a pronoun for them: "sky is back, she's in the lounge".
PRESENT_THEN_PRONOUN_AFTER_RE = re.compile(
    r"^\s+(?:is|was|['’]s)\s+(?:back|here|outside|asleep|awake|missing|around|out)\b"
    r"[^.!?\n]{0,30}?\b(?:she|he|she['’]?s|he['’]?s|her|his|him)\b",
    re.IGNORECASE,
)
# A verb, then soon "his" or "her": "bill paid £20 off his arrears".
PRONOUN_SOON_AFTER_RE = re.compile(
    r"^\s+[a-z]+\b[^.!?;\n]{0,30}?\b(?:his|her|he|she|him)\b", re.IGNORECASE
)
# Words that open sentences before such verbs without naming anyone.
NOT_A_SUBJECT = frozenset("will may can must shall should would could did does sue".split())
# "Godsent (brothers)", "violet (iris's daughter)", "Amal (her sister)".
RELATIVE_IN_BRACKETS_AFTER_RE = re.compile(
    r"^\s*\(\s*(?:[\w'’]+\s+)?(?:" + _KIN + r"|brothers|sisters|siblings|cousins|sons|"
    r"daughters|twins|carer|partner)\b[^()]{0,20}\)",
    re.IGNORECASE,
)
# Before a name alone in brackets, words for the person it names: "the woman in unit 4
# (Jade)", "her middle one (Blessing)".
PERSON_BEFORE_BRACKET_RE = re.compile(
    r"\b(?:woman|man|girl|boy|lady|gentleman|lad|child|person|resident|tenant|client|patient|"
    r"neighbour|eldest|youngest|middle\s+one|" + _KIN + r")\b[^.()\n]{0,30}\(\s*$",
    re.IGNORECASE,
)
# A bed, room or cell number, then who is in it ("Rm 7 Brandy -", "bed 4 wiktor").
ROOM_BEFORE_RE = re.compile(
    r"\b(?:rm|room|bed|cell|bay)\s*\d{1,3}[a-z]?\s*[-:–,]?\s*$", re.IGNORECASE
)
# Who speaks, at the start of a line of a chat or minutes: "[08:14] Shanice: morning all",
# "jojo: found ocean". (Headings such as "Action:" are everyday words, ruled out before.)
SPEAKER_BEFORE_RE = re.compile(r"(?:^|\n)[ \t]*(?:[-•*>][ \t]*)?(?:\[\d{1,2}[:.]\d{2}\][ \t]*)?$")
SPEAKER_AFTER_RE = re.compile(r"^:[ \t]")
# A greeting or thanks before a name: "Hi Delphine,", "Thanks Chinwendu -".
GREETING_BEFORE_RE = re.compile(
    r"\b(?:hi|hiya|hello|hey|dear|morning|afternoon|evening|thanks|thank you|cheers|ta)[ \t]+$",
    re.IGNORECASE,
)
GREETING_AFTER_RE = re.compile(r"^\s*(?:[,!\-–]|$|\n)")
# Said to someone at the start of a sentence: "Sukhvinder, can you do Weds?"
VOCATIVE_AFTER_RE = re.compile(
    r"^,\s*(?:can|could|would|will|are|did|have|please|pls|do)\s+(?:you|u)\b", re.IGNORECASE
)
# An identifier in brackets after a name: "Spencer Moon (CRN X381442)".
ID_IN_BRACKETS_AFTER_RE = re.compile(
    r"^\s*\(\s*(?:crn|dob|d\.o\.b\.?|nhs|ni|nino|pnc|prison\s+no|mrn|hosp(?:ital)?\s+no|"
    r"ref|case\s+ref|b\.)\b",
    re.IGNORECASE,
)
# Who attended: "Present: Forest, Tilly, Dougie, staff Ilyas and Clem". The list ends with
# its line or at a full stop before a new sentence ("... Tolu (coordinator). Kwame agreed
# to ..."), not at one after a title or an initial ("Dr. Ali", "J. Reilly").
ATTENDEES_RE = re.compile(
    r"\b(?:present|attendees|attending|attended|in attendance|apologies|apols)\s*:[ \t]*"
    r"(?P<list>(?:[^\n.]|\.(?<=\b[A-Z]\.)|\.(?<=\b(?:Mr|Ms|Dr|St)\.)|\.(?<=\bMrs\.)"
    r"|\.(?![ \t]+[A-Z]))+)",
    re.IGNORECASE,
)

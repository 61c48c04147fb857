"""Hand-written notes for the sealed7 split (no templates), in markup.py's markup.

Written blind: as frontline workers type them, not shaped by the scanner. Every person,
number and address here is made up.
"""

SEALED7 = [
    (
        "[07:52] [[Dee]]: morning all. [[honey]] came back about 3, sick in the corridor, cleaned "
        "up. shes in bed 4 asleep\n"
        "[07:55] [[Marcus T]]: cheers. did she say where she'd been\n"
        "[07:56] [[Dee]]: said at her mates in {{Moss Side}} but she had a new phone, number "
        "[[07700 900 561]] - she made me save it\n"
        "[08:10] [[Marcus T]]: ok ill put it on the system. CGL at 11 for her script, someone "
        "needs to wake her by 10"
    ),
    (
        "Bit of a rocky week if I'm honest. Three people evicted from the same block and the "
        "council still says there's no duty because none of them approached in time. I had a "
        "frank chat with my manager about whether we keep taking referrals we can't act on. We "
        "hope the new protocol with Housing Options will help, but the bill for B&B alone last "
        "month was £14,200. Will it change anything? Probably not before Christmas."
    ),
    (
        "Subject: Referral - [[Tigist Alemu]]\n"
        "\n"
        "Hi,\n"
        "\n"
        "I'm referring [[Tigist Alemu]] (DOB [[14.09.1998]]) to your women's service. She is "
        "Ethiopian, speaks Amharic and some English, and has been staying with a man she met at "
        'church who is now demanding she "repays" him for rent and food. She has an outstanding '
        "asylum claim, HO ref [[A1187442]]. Her phone is [[07700 900 233]] but he checks it, so "
        "please text only and don't mention us by name.\n"
        "\n"
        "Kind regards\n"
        "[[Beth Arkwright]]\n"
        "Senior Caseworker, Refugee Action {{Bradford}}\n"
        "[[b.arkwright@refugee-action.example]]"
    ),
    (
        "Handover 22:00\n"
        "- Room 7 new admission, settled, NFA from hospital, on Pabrinex course til Friday\n"
        "- Room 12 refused tea, says his chest hurts, obs fine, told him NHS 111 if it gets "
        "worse\n"
        "- Fire alarm test moved to Weds 10am\n"
        "- Petty cash £42.60, counted with night worker\n"
        "- Mr in room 3 asked again about the storage locker, told him to speak to his keyworker "
        "tomorrow"
    ),
    (
        "saw [[bill]] and [[ivy]] at the bus stn, [[bill]] says [[ivy]]'s been coughing up blood. "
        "got them both to the walk in centre. [[ivy]]'s real name is [[ivana mazur]], polish, no "
        'recourse. [[bill]] wont give his surname, says he\'s "just bill"'
    ),
    (
        "Case for the CoP. I'm going to call her <<Mercy>>. <<Mercy>> is 31, from Zimbabwe, and "
        "came over on a health and care worker visa sponsored by a home care agency in {{Stoke}} "
        "that folded in March. Her certificate of sponsorship was withdrawn and she has 60 days "
        "to find a new sponsor or leave. She's been living in a shared house the agency arranged, "
        "and the landlord has now told all six carers to be out by Friday. She is at the mercy of "
        'whoever will take her on, and two agencies have asked her for "placement fees" of '
        "£2,000. <<Mercy>> has no recourse to public funds, so Housing Options gave her a leaflet "
        'and nothing else. She said to me "I came to work, not to beg." When I rang the '
        'administrators they found her on their list straight away - "[[Mercy Chikwanha]], '
        "carer, owed £3,140\" - so at least the wages claim is logged. What I'd like from the "
        "group: has anyone had the Gangmasters and Labour Abuse Authority actually act on a care "
        "agency?"
    ),
    (
        "What got in the way: the GP practice wouldn't register anyone without proof of address "
        "even though NHS England guidance says they should. How it was overcome: we printed the "
        '"My right to register with a GP" cards from Groundswell and went back with them. Took '
        "two visits and a call to the practice manager, but all four men are now registered."
    ),
    (
        "URGENT PLS READ - [[PRECIOUS SIBANDA]] AND HER PARTNER [[TENDAI]] MISSED PICKUP AT THE "
        "CHEMIST ON {{CHAPEL ST}} AGAIN. 3RD DAY = SCRIPT CANCELLED. PHARMACIST SAYS RING CGL. "
        "[[PRECIOUS]] MOB [[07700 900 876]]. DONT LEAVE A VOICEMAIL, HE LISTENS TO THEM"
    ),
    (
        "Minutes – Rough Sleeping Partnership, Tuesday 4 June\n"
        "Attendees: Outreach (2), Housing Options (1), CGL (1), Probation (1), DWP partnership "
        "manager, Public Health commissioner\n"
        "Apologies: CMHT, Police\n"
        "1. CHAIN figures: 38 people seen in May, 11 of them new to the streets.\n"
        "2. SWEP protocol – agreed to trigger at zero degrees forecast for one night rather than "
        "three.\n"
        "3. AOB – funding for the Housing First pilot confirmed until next March.\n"
        "Actions: Outreach to share the hotspot map; Probation to check release dates for July."
    ),
    (
        "Voicemail 14:22: \"hiya it's um [[Sharon]] ringing about my son [[Kyle]], [[Kyle "
        "Pettifer]], he's at your place I think but he's not answering. can someone get him to "
        "ring his mum, it's [[oh seven seven double oh, nine double oh, three four two]]. thanks "
        'love bye"'
    ),
    (
        "hiya its me frm the drop in, r u ok?? ur mum rang, said ur nan is in {{the RI}} ward 9 "
        "and wants to see u. ring her on [[07700900198]] x"
    ),
    (
        "Joy at the drop-in today when the new washing machines finally arrived. We'll mark it on "
        "the calendar. Storm warning for the weekend so SWEP is on from Friday; the church hall "
        "can take twelve. The grace period on the rent arrears ends on the 30th, after that the "
        "housing association will go for a possession order."
    ),
    (
        "Everyone calls him [[Bones]], real name [[Darren Whitlock]] I think but he hasn't got "
        "any ID to prove it. [[Bones]] sleeps in the car park behind {{Morrisons}} most nights. "
        'His mate, "[[Spider]]" as he\'s known, said [[Bones]] has had two fits this week and '
        "won't go to A&E."
    ),
    (
        "[[KB]] rang re room 9, EDT had called overnight. Seen by [[JP]] at 10, SPA referral "
        "done. DN visiting Thurs for leg dressing. OT assessment still outstanding - AMHP not "
        "needed per [[JP]]."
    ),
    (
        "Home visit with the [[Lakatos]] family in {{Page Hall}}. Mum [[Renata Lakatošová]], dad "
        "[[Dušan]], five kids, the eldest [[Kristián]] (15) translating, which isn't ideal when "
        "we're talking about mum's health. The landlord has told them to leave [[41 Robey St]] "
        "with no written notice and has taken the front door key off them. Next time I'll book a "
        "Slovak interpreter through Language Line; mum prefers Romani but we couldn't get one."
    ),
    (
        "Gave her the National Domestic Abuse Helpline (0808 2000 247) and the Samaritans number "
        "116 123, and wrote the 101 non-emergency line on the back of the card. She didn't want a "
        "MARAC referral today. Safety plan discussed. Will review Monday."
    ),
    (
        "Met [[Bridget Ward]] and her mam [[Winnie]] at the transit site off the {{A64}}. "
        "[[Bridget]]'s youngest, little [[Johnjo]], has a chest infection and they can't get him "
        "seen because the surgery says they're out of area. [[Bridget]]'s husband [[Martin "
        'McDonagh]] - "[[Big Mart]]" - is inside at {{HMP Wealstun}}, prison number '
        "[[A4471DR]], and she's been doing everything on her own."
    ),
    (
        "referral: [[nguyen van hung]], 52, vietnamese, dob [[3/7/72]], nhs [[612 449 0873]], ni "
        "no [[sn 44 12 07 c]]. lives [[9b kirkstall hill]] [[ls5 3bx]] (hmo). interpreter needed "
        "- vietnamese NOT cantonese, last time they sent the wrong one"
    ),
    (
        'Library summary – "Trauma-informed approaches in hostels" (Homeless Link, 2023). Key '
        "points: predictable routines, choice over keyworker gender, de-escalation rather than "
        "warnings. The authors argue exclusion policies should be reviewed every six months. "
        "Useful chapter on staff burnout. Recommended for new starters alongside the Pathway "
        "guide."
    ),
    (
        "[[Kwabena Owusu]] 10:14 — Has anyone got a number for [[Akosua]]'s sister? [[Yaa "
        "Boateng]] I think\n"
        "[[Nasreen Akhtar]] 10:16 — try [[0113 496 0218]], that was on the old referral\n"
        "[[Kwabena Owusu]] 10:17 — thanks. Her DOB on Mosaic is 01/01 which can't be right, she "
        "says [[22 Oct 1969]]"
    ),
    (
        "He's living in his van, white Transit reg [[KP17 WNX]], parked up in the lay-by outside "
        "{{Sandy}}. Wants his UC paid into his brother [[Craig]]'s account - sort code "
        "[[20-45-77]], acc [[41338290]] - told him DWP won't do that without an appointee."
    ),
    (
        "cant make 2moro bus strike again the 36 isnt running will try thurs if not ring the "
        "office after 10 thx"
    ),
    (
        "Session 4 with [[Rebin]]. He talked more about the journey – the lorry from {{Calais}}, "
        "the two weeks in a hotel in {{Folkestone}}. [[Dana]], his cousin in {{Stockport}}, has "
        "offered a sofa but [[Rebin]] says [[Dana]]'s wife doesn't want him there. [[Rebin]]'s "
        "UAN is [[1212-0004-5678-9012]] and he has been waiting 19 months for a substantive "
        "interview."
    ),
    (
        "[[Semhar Tesfay]] asked me to put her email on the form as [[semhar.tesfay94 at gmail "
        "dot com]] because she can't get texts when her credit runs out. Her brother [[Yonas "
        "Tesfay]] is in {{Kampala}} waiting on a family reunion decision."
    ),
    (
        "I keep coming back to one thing from this month: nobody in the room had read the Care "
        'Act statutory guidance on self-neglect. We talk about "capacity" as if it\'s a yes or '
        "no. I'd like us to do a session on executive capacity, maybe with the Safeguarding "
        "Adults Board. Summer is always quieter for referrals so July could work."
    ),
    (
        "[[Chloe Ashworth-Clarke]], born [[3rd of march 87]], is being discharged from Ward 31 at "
        "{{Jimmy's}} tomorrow. Her mum [[Denise Ashworth]] says she can't go back home. "
        "[[Chloe]]'s care coordinator is [[Rav Sandhu]] at the CMHT."
    ),
    (
        "Budgeting session:\n"
        "• UC £393.45 monthly after the advance deduction\n"
        "• Water arrears £212, now on WaterSure\n"
        "• Gas key meter, topping up £10 a week\n"
        "• Meds: sertraline 100mg, omeprazole 20mg, no changes\n"
        "• Food bank voucher issued (3rd in six months, the max)\n"
        "Next: PIP mandatory reconsideration deadline is the 19th."
    ),
    (
        "[21:03] night staff: she's posting on tiktok again, the account is [[@lil.rubyxo]], one "
        "of the girls showed me\n"
        "[21:05] on call: is [[ruby]] safe?\n"
        '[21:06] night staff: says she\'s at a party in {{Toxteth}} with "[[Gizmo]]" who we '
        "think is [[Jordan Kelly]] off the CSE list\n"
        "[21:09] on call: ring 101 and give them the missing log, last one was [[1187 of 12/02]]"
    ),
    (
        "[[Mohammad Nabi Sadat]] and his wife [[Parwana]] arrived under ARAP in 2021 and have "
        "been in bridging hotels since. Passport numbers [[P01473821]] (him) and [[P01473822]] "
        "(her). He worked as an interpreter with the British Army in {{Helmand}}. The council "
        "have offered a flat in {{Wrexham}}, which he's refusing because his brother [[Gul "
        "Ahmad]] is in {{Ealing}}."
    ),
    (
        "Bill for the interpreter came to £180 and finance want it coded to the hardship fund. "
        "Mark it as urgent please. Rose early today so I could get to court for the possession "
        "hearing — adjourned for 28 days. Dawn outreach cancelled because of the frost."
    ),
    (
        "Pan [[Grzegorz Wójcik]] ([[Grześ]]) wants his sister [[Agnieszka]] told he's in "
        "hospital. Her number is [[+48 601 222 904]], she's in Poland. He's on ward 8 at "
        "{{Northern General}}, hospital no. [[RHQ 2281457]]."
    ),
    "No show. Tried twice. Will try again Monday.",
    (
        '[[Delroy Campbell]] – "[[Duke]]" to everyone at the day centre – came in with a '
        "carrier bag of papers. He's 71, has been here since 1962 and was refused a bus pass "
        "because his only passport expired in 1989. We're going to ask the Windrush helpline for "
        "help. His niece [[Shanice Reid]] helps him with forms, her email is "
        "[[shanice.r.reid@outlook.example]]."
    ),
    (
        "Housing support plan — {{Dundee}}\n"
        "Name: [[Ryan McAllister]]\n"
        "NI: [[jk 44 01 89 b]]\n"
        "Address: [[2/1, 17 Clepington Rd]], [[DD3 7RS]]\n"
        "Support needs: alcohol, debt (council tax arrears £1,840), isolation\n"
        "Worker: [[Fiona MacLeod]]"
    ),
    (
        "honestly the worst bit is the phone lines. 45 mins on hold to the DWP then cut off. the "
        "jobcentre wont let u use their phones any more. id give anything for a proper drop in "
        "like we used to have"
    ),
    (
        "[[Chinedu Okafor]] released from {{HMP Durham}} on Friday, on licence to the AP in "
        "{{Middlesbrough}}. PNC [[19/0312884K]]. OM is [[Hannah Iredale]]. His mum [[Ngozi "
        "Okafor]] has asked if she can visit; she lives at [[33 Grange Rd]], [[TS1 5PE]], which "
        "is inside his exclusion zone."
    ),
    (
        "NAME: [[STOYAN IVANOV]]\n"
        "DOB: [[12.4.01]]\n"
        "LANGUAGE: BULGARIAN\n"
        "PRESENTING: ROUGH SLEEPING 3 WEEKS, LOST JOB AT CAR WASH, NO ID\n"
        "GP: NONE\n"
        "CONTACT: VIA HIS FRIEND [[HRISTO]] [[07700 900 713]]"
    ),
    (
        "Beds tonight: {{Crown Lodge}} 2, the Sally Army in {{Hull}} none, {{Cornerstone}} 1 "
        "female only. Outreach will cover the city centre and the canal towpath from 10pm. If "
        "anyone presents after midnight use the night shelter at the cathedral."
    ),
    (
        'NRM referral submitted for [[Tran Thi Lan]] (goes by [[Lan]] or "[[Lily]]"), found '
        'working in a nail bar in {{Walsall}}. She says "[[Mr Pham]]" took her passport and she '
        "owes him £18,000. Police crime ref [[20/66129/24]]. She is at a safe house, address "
        "withheld."
    ),
    (
        "[Team Lead] 09:01 reminder supervision forms due Friday\n"
        "[Outreach] 09:03 can we push to Monday? two court dates this week\n"
        "[Team Lead] 09:04 fine, Monday 12 latest\n"
        "[Admin] 09:10 the van's MOT is Thursday so no van Thursday morning"
    ),
    (
        "[[hodan]] says her son [[abdi]] ([[abdirizak]]) has been going missing from school, his "
        "snapchat name is [[abz_0121]]. she thinks hes with older boys from {{Small Heath}}. she "
        "doesnt want police, wants early help and someone who speaks somali"
    ),
    (
        "MDT minutes 12/03\n"
        "Present: [[Dr S Mahmood]] (GP), [[Lorna Keegan]] (DN), [[Tomás Ó Briain]] (Homeless "
        "Health), [[PC 4471 Jenkins]], me\n"
        'Client: [[Elaine "Lainey" Cartwright]], 58\n'
        "1. Leg ulcers worsening, refusing dressings at the clinic. DN to try a home visit.\n"
        "2. Hoarding – fire service safe and well visit booked.\n"
        "3. Capacity around self-neglect: [[Dr Mahmood]] feels she has capacity for the decision "
        "about dressings but not about the fire risk.\n"
        "Actions: [[LK]] home visit Weds; [[TÓB]] to chase podiatry."
    ),
    (
        "Crystal meth use seems to be creeping up among the men using the sexual health clinic. "
        "Angel dust mentioned once, probably a joke. Sunny day so most of the regulars were in "
        "the park rather than the day centre. Destiny and fate came up a lot in group – people "
        "feeling things are decided for them by the system."
    ),
    (
        "VM left 16:40 from [[Gareth]] at {{Merthyr}} Housing: \"Hi, it's [[Gareth Pugh]], "
        "calling about [[Lowri Davies]] – the flat at [[6 Heol Tawe]] has been offered, she needs "
        "to view by Wednesday or it goes to the next one on the list. Direct line [[01685 496 "
        '011]]. Diolch."'
    ),
    (
        "moved to [[flat 3b, 22 lime st]], [[m4 6ef]] last week. brp number [[zr6012345]], he'd "
        "lost it and the new one came. name is [[omer abdelrahman]], sudanese, granted refugee "
        "status in jan, move on period was only 28 days"
    ),
    (
        "Barrier: the hostel had a blanket ban on dogs. How we got round it: negotiated a trial "
        "with the manager, showed the dog's vaccination card, agreed a muzzle in shared areas, "
        "and the Dogs Trust Hope Project paid for kennels for two weeks while we sorted it. "
        "Outcome: he stayed, and the dog is now allowed in the ground floor room."
    ),
    (
        "[[Zhang Wei]] (surname [[Zhang]]) is a student at {{Sheffield Hallam}}, visa curtailed "
        "after he stopped attending. Speaks Mandarin. WeChat ID [[zw_19970812]], which has his "
        "birthday in it. His landlord, a [[Mr Lin Guoqiang]], is threatening to change the locks."
    ),
    (
        'she read her card no. out over the phone to a "bailiff" [[4658 2210 9033 7815]] - '
        "fraud. told her to ring the bank on the number on the back of the card straight away"
    ),
    (
        "Agenda: 1. RSI bid update 2. CHAIN data cleanse 3. DoLS backlog (ASC) 4. IOM cohort "
        "review with Probation 5. AOB. Notes: RSI bid submitted Friday; DoLS – ASC say a 14 week "
        "wait; IOM cohort down to 22."
    ),
    (
        "[[Vashti Loveridge]] rang from the council site near {{Maidstone}}. Her grandson [[Levi "
        "Boswell]] (14) has been excluded again and she says the school \"don't want Gypsy "
        'boys". She wants an advocate at the meeting on the 9th. Best time to ring her is after '
        "6, [[07700 900 927]]."
    ),
    (
        "Homes for Ukraine sponsorship has broken down. [[Oksana Melnyk]] and her daughter "
        "[[Sofiia]] (7) need rehousing. The sponsor, [[Mr Peter Haworth]], says he needs the room "
        "back for his son. [[Oksana]]'s visa runs out in October; her extension ref is "
        "[[UPE-3318-207]]. [[Oksana]] works days at {{Kettle Foods}} so viewings need to be after "
        "5."
    ),
    (
        "told him to have a bit of patience with the council, the bill wont go up til april. he "
        "laughed. said hes got more faith in the lottery. walked him to the pharmacy for his 60ml "
        "and left him at the stop for the 11"
    ),
    (
        "[[Tharshan Sivakumar]], 29, Tamil, asylum refused, appeal lodged. HO ref [[S1144209]]. "
        "He lives with his aunt [[Thusyanthy]] at [[71 Cranbrook Rd]], [[IG1 4PU]], but her "
        "landlord doesn't know he's there. His solicitor is [[Kavitha Rajendran]]; the hearing "
        "isn't listed yet."
    ),
    (
        "[[BIG DAVE]] ([[DAVID HORNBY]]) BARRED 7 DAYS FROM 14/5 — THREATENED STAFF WITH A "
        'BOTTLE. ALSO TOLD [[SMILER]] TO "WATCH HIS BACK". [[SMILER]] IS [[ANTHONY KAY]], ROOM '
        "22."
    ),
    (
        "Discussed whether the s.42 duty applies. She has care and support needs (mobility, "
        "diabetes), is experiencing self-neglect, and can't protect herself because of the impact "
        "of her drinking. Agreed to raise a safeguarding concern and ask for a Care Act needs "
        "assessment. Mental Capacity Act principles: assume capacity, support decision-making. No "
        "s.135 warrant needed at this stage."
    ),
    (
        "Thanks, I'll pass this on to the family.\n"
        "\n"
        "[[Hetal Patel]]\n"
        "Community Connector | Adult Social Care\n"
        "T: [[0116 496 0557]] | M: [[07700 900 604]]\n"
        "[[hetal.patel@leicester.example.gov.uk]]\n"
        "\n"
        "Re: [[Kokilaben Mistry]] (Mosaic [[1558832]]) – her son [[Jignesh]] asked for the "
        "carer's assessment form in Gujarati."
    ),
    (
        "[[João dos Santos]] and [[Maria da Conceição Ferreira]] are a couple, both Portuguese, "
        "both working at the chicken factory outside {{Thetford}}. They lost their room when the "
        "agency house was sold. [[João]]'s NI is [[TW 71 62 09 A]]; she hasn't got one yet, which "
        "is holding up her UC claim."
    ),
    (
        "Fire at the hostel last night, started in the laundry. Nobody hurt. Twelve residents "
        "moved to the Premier Inn for two nights, paid from the emergency budget. Insurance claim "
        "started. Residents' meeting Thursday 3pm."
    ),
    (
        "[[behrouz karimi]] came in, very low, says he converted to christianity in iran and is "
        "scared of the other men in the hotel. wants a move. his email is [[b.karimi (at) "
        "protonmail (dot) com]]. his pastor, [[rev. alan fogarty]], will write a letter for the "
        "HO"
    ),
    "[[TINY]]'s back on the bridge. says hes fine. hes not",
    (
        "[[Mrs Rahima Khatun]], 67, lives with her son [[Shuhel Miah]] at [[4 Varden St]], "
        "{{Whitechapel}}, [[E1 2AP]]. Sylheti speaker, uses a frame, two falls this month. Her "
        "date of birth on the passport is [[01/01/1957]] but [[Shuhel]] says nobody really knows. "
        "OT referral sent."
    ),
    (
        "[14:02] A: anyone got a spare jack for the van, flat tyre on the ring road\n"
        "[14:05] B: there's one in the office cupboard next to the holly wreath lol\n"
        "[14:06] A: cheers. amber warning for ice tonight btw\n"
        "[14:07] B: ok will tell nights"
    ),
    (
        "Two new arrivals at the night shelter: [[Jānis Bērziņš]] (Latvian, 44) and [[Tomas "
        "Kazlauskas]] (Lithuanian, 38). Both came for farm work near {{Wisbech}} through the same "
        "agency and were dumped when the season ended. [[Tomas]] has a Lithuanian ID card, no. "
        "[[38411220]], kept in our safe. [[Jānis]] says his wife [[Ilze]] is still in {{Riga}}."
    ),
    (
        "[[Aoife Ní Bhriain]] from the Trust in {{Belfast}} rang about a shared client, [[Siobhán "
        "Nic Aodha]], who moved from {{Newry}} to a hostel here last month. [[Siobhán]]'s H&C "
        "number is [[320 551 8842]]. [[Aoife]]'s mobile [[07700 900 390]]."
    ),
    (
        "What would help: more places that take couples. What got in the way this year: sky-high "
        "rents in the private sector, LHA frozen again, and agents asking for guarantors. One "
        "good thing: the council's new rent deposit scheme. Took 6 weeks but we got a 1-bed in "
        "the end."
    ),
    (
        "[[Hiba Al-Khatib]] (Syrian, resettled 2017) came with her husband [[Amjad Al-Khatib]] "
        "and their youngest, [[Yaman]], born in {{Coventry}} [[14/02/2019]]. [[Amjad]]'s hours "
        "have been cut and they're £900 behind on rent. Arabic interpreter next time please, "
        "Levantine."
    ),
    (
        "[18:30] worker1: [[River]] and [[Storm]] both in tonight, [[River]]'s asking about the "
        "college course\n"
        "[18:31] worker2: is [[Storm]] still on the tag?\n"
        "[18:33] worker1: yeah curfew 7-7. his YOT worker [[Jade]] rang earlier to check\n"
        "[18:40] worker2: ok. weather's meant to be awful later, proper storm, so check the fire "
        "doors"
    ),
    (
        "Duty day. 14 calls, 6 drop-ins, 2 referrals to Housing Options, 1 to Adult Social Care. "
        "Nobody turned away."
    ),
    (
        "[[J. Okonkwo]] (PO) confirmed licence conditions: residence at {{St Anne's}} AP, no "
        "contact with [[A.R.]] (victim), curfew 8pm. Client is [[M. T. Byrne]], DOB "
        "[[19-06-1985]]."
    ),
    (
        '[[Soran Aziz Mohammed]] – on Facebook as "[[Soran Kurdistan Hawler]]" – says a man in '
        "{{Derby}} keeps posting his photo with threats in Sorani. Police incident no [[0412 of "
        "14/03]]. He's frightened to go to college."
    ),
    (
        "Met Mr at the library again. He wants to be called by his surname only and doesn't want "
        "it written down, which I'm respecting. He talked about his years in the merchant navy "
        "and the ports – {{Rotterdam}}, {{Lagos}}, {{Valparaíso}}. He's not ready to talk about "
        "housing. Same time next week."
    ),
    (
        'client states name is "[[Reign]]" only, wont give surname, d.o.b. [[nineteen ninety]] '
        '"sometime in the summer". sleeping at the back of the {{Arndale}}. has a staffie '
        "called {{Tyson}} who is very friendly"
    ),
    (
        "Please pay the grant to the landlord: [[Mr A. Hussain]], sort code [[40 11 62]], account "
        '[[71902261]], payment reference "[[K CASSIDY]] RENT".'
    ),
    (
        "[06:40] can someone cover breakfast club, stuck behind an accident on the {{M62}}\n"
        "[06:41] on it\n"
        "[06:55] ta. the 51 and 52 are diverted too so expect people late\n"
        "[07:30] all fine here, quiet, fog on the river so the tent lot came in early"
    ),
    (
        "[[Dieumerci Tshibangu]] (DRC, 34) and his wife [[Grâce Mukendi]], with two children. "
        "Lingala and French. NRPF since his visa lapsed. Section 17 assessment requested for the "
        "kids, [[Exaucé]] (9) and [[Précieuse]] (4). [[Grâce]]'s phone [[07700 900 157]]."
    ),
    (
        "[[Asif Mahmood]] admitted via ED to {{Bradford Royal}}, MRN [[K2241903]]. Wife [[Saima "
        "Bibi]] doesn't speak English; their daughter [[Zara]] (17) is interpreting, which we've "
        "flagged. Discharge planning meeting Tues 2pm, ward 23."
    ),
    (
        "Reminder for everyone: the Duty to Refer form changed on 1 April. Use the new version "
        "from the shared drive. If the person doesn't consent, don't send it – record the "
        "refusal. Questions to the team manager."
    ),
    (
        "[[Arben Hoxha]], 19, came as an unaccompanied minor in 2021, now a care leaver. His PA "
        'is [[Chloe Dunmore]]. He\'s been approached by a man called "[[Kola]]" who offered him '
        'work "looking after a house" – sounds like cannabis farm grooming. [[Arben]]\'s number '
        "[[07700 900 482]], his snap is [[arbenn.h]]."
    ),
    (
        "Action log\n"
        "- HB claim for Rm 14 – [[LS]] to chase with benefits (HB ref [[10029384]])\n"
        "- DASH completed for resident in Rm 6, MARAC referral by [[RP]]\n"
        "- CMHT to confirm CPA date\n"
        "- ASB warning letter to Rm 2 – TM to sign"
    ),
    (
        "CoP write-up, pseudonym <<Kai>>. <<Kai>> is 24 and non-binary. They were thrown out by "
        "family after coming out and have been sofa surfing between {{Brighton}} and {{Hastings}} "
        "for 18 months. The main barrier has been the night shelter's gender policy – they were "
        "asked which dorm they'd \"prefer\", then told the women's dorm wasn't an option. <<Kai>> "
        "said it felt like being outed all over again. What helped: the Albert Kennedy Trust, who "
        "found a supported lodging placement within three weeks, and a volunteer from Switchboard "
        "who met <<Kai>> weekly. Learning for us: ask pronouns at first contact, don't make "
        "people choose a dorm in front of others, and keep a single room back. Question for the "
        "group: has anyone got a good policy we can borrow?"
    ),
    (
        "From: [[Lalisa Dinsa]]\n"
        "To: Duty Team\n"
        "Subject: self referral for my sister\n"
        "\n"
        "Hello, my sister [[Chaltu Gemechu]] is 23 and lives at [[8 Ashgrove Terrace]], "
        "{{Cardiff}}, [[CF24 3JP]]. She is not eating and won't leave her room since the baby was "
        "taken into care. Please can someone visit her. She only speaks Afaan Oromo, I can "
        "translate. My number is [[07700 900 266]].\n"
        "Thanks\n"
        "[[Lalisa]]"
    ),
    (
        "Pt attended clinic, dresing changed, wound looks beter. Adviced to keep leg elevated and "
        "come back Thursdy. No alchol today he says. Gave 2 sandwhiches and socks."
    ),
    (
        "Numbers for the [[Adeyemi]] family (all from mum's phone):\n"
        "mum - [[07700-900-547]]\n"
        "dad (away working) - [[+44 7700 900 312]]\n"
        "auntie [[Fola]] - [[0044 7700 900 119]]\n"
        "GP surgery - {{0113 496 0001}}"
    ),
    (
        "Handover: [[Will]] in room 5 had a good day, went to the gym with [[Frank]]. [[Frank]]'s "
        "mum rang, will ring back tomorrow. [[Grace]] (agency) covering nights – she knows "
        "[[Will]]'s plan."
    ),
    (
        "Will the hostel accept someone on a tag? Frank answer from the manager: only if "
        "probation agree the address first. Hope that's useful. Grace period for the deposit is "
        "two weeks. Chance of a bed before Friday is low."
    ),
    (
        "[[thiago nascimento]], brazilian, 27, overstayer, working cash in hand at a car wash in "
        "{{Harlesden}}. his girlfriend [[jéssica]] is pregnant. he showed me his insta "
        '([[@thiagonasc_10]]) where the car wash owner posts about "his boys"'
    ),
    (
        "NEW ADDRESS FOR [[LEANNE PRICE]]: [[14 ALBERT TERRACE]], {{SALTAIRE}}, [[BD18 4PL]]. DO "
        "NOT DISCLOSE TO EX PARTNER ([[DEAN FOSTER]])."
    ),
    (
        "Notes from team meeting (Weds)\n"
        "wellbeing check-in: most people tired, sickness on the rise\n"
        "lone working – everyone to use the buddy app when out, check in every 2 hours\n"
        "new CGL hub opening on the 15th, walk-in Tues/Thurs\n"
        "caseload numbers: avg 23, target 18\n"
        "next meeting 2 weeks"
    ),
    (
        '[[Oluwaseun Adeyemi]] ("[[Seun]]"), born [[14th Feb 1995]], NHS [[9434765919]]. '
        "Pregnant, 28 weeks, booked at {{St Thomas'}}. Her partner [[Tunde]] has no status and is "
        "scared to come to appointments. Midwife is [[Kemi Ogunleye]], community team."
    ),
    "[[Marcia]] its [[Sam]] from the project can u ring me back pls re the flat",
    (
        'Summary for the library: "Housing First in England: evaluation of the three regional '
        'pilots". Findings – tenancy sustainment above 80% at 12 months; reductions in A&E '
        "attendance; less impact on drug use. Caveats: small numbers, no control group. Worth "
        "reading section 5 on fidelity."
    ),
    (
        "[[lil paddy joyce]] and [[big paddy joyce]] both at the site today, [[big paddy]] is the "
        "granda. [[lil paddy]]'s mammy is [[kathleen]]. they want the school bus back on, its a 3 "
        "mile walk on a road with no pavement"
    ),
    (
        "[[Gurpreet Kaur]] (mother) and [[Harjinder Singh Dhillon]] (son, 34) – carer's "
        "assessment. He has schizophrenia, on clozapine. Mum is 71 and exhausted. The gurdwara "
        "has been bringing food. Address: [[27 Oak Avenue]], {{Southall}}, [[UB1 3LT]]."
    ),
    (
        "Voicemail (caller withheld): \"Hi, I'm calling from the Shelter helpline, we've had a "
        "gentleman call us who's sleeping in his car and he's given consent for us to pass this "
        "on, he'll come to your drop-in on Thursday morning. Our number's 0808 800 4444 if you "
        'need us. Thanks."'
    ),
    (
        "omg r u ok hun?? saw ur post. its [[kez]] btw ([[keira]]) add me back on snap "
        "[[kezzaaa_95]]"
    ),
    (
        "Crime ref [[13/55672/24]] (theft of his bag and ID). Log number [[1443 of 02/09]]. CAD "
        "[[2291]]. All for [[Kamil Zieliński]], who's asked us to chase the property office "
        "because his birth certificate was in the bag."
    ),
    (
        "Reflection after the {{Wrexham}} visit. We went to see how the Welsh approach to "
        "priority need is working now that almost everyone is owed a duty. The honest answer from "
        "the frontline staff was: better for people, harder for workers. Temporary accommodation "
        "is full, B&B use has gone up, and move-on is stuck because there's nothing to move on "
        'to. But nobody is told "you\'re not vulnerable enough" any more, and that changes the '
        "first conversation completely. I came back thinking we spend a huge amount of energy in "
        "England proving people are ill enough to deserve help. If we had that energy back, what "
        "would we do with it?"
    ),
    (
        "I'll call him <<Abebe>> for this write-up. <<Abebe>> is Ethiopian, 38, and has been in "
        "the UK for eleven years. He was a chemistry teacher in {{Addis Ababa}}. He has a "
        "diagnosis of PTSD and depression and has been street homeless in {{Camden}} on and off "
        "for three years, usually sleeping near the canal. What makes him hard to help is that he "
        "refuses any accommodation with shared bathrooms – he says he was held in a camp in Libya "
        'where the washrooms were where the beatings happened. Hostels hear this as "fussy". '
        "Last winter he was offered a SWEP bed and slept outside it, in the doorway, rather than "
        "go in. The psychiatrist who knows him best, [[Dr Naomi Feld]], wrote a clear letter "
        "about this and Housing Options still treated it as a refusal. What finally shifted it "
        "was a Housing First worker who sat with him in the doorway for three nights running. The "
        "self-contained studio came through in April. The bit I'm struggling with: on the tenancy "
        'agreement the council had typed "[[Abebe Tesfaye]]" – mixing the name we\'d used in a '
        "case conference with his real surname – and I only noticed when he pointed at it and "
        "asked who that was. What do other teams do to stop pseudonyms leaking into paperwork?"
    ),
    (
        "[[Okafor, Ifeoma]] 11:02 can you check the DOB for the lady in 4 – [[Mrs Stoica]]\n"
        "[[Reid, Callum]] 11:04 [[Florentina Stoica]] [[30/07/1961]]\n"
        "[[Okafor, Ifeoma]] 11:05 ta"
    ),
    (
        "Three new tents under the railway arches this week. All three men declined to give "
        "details. Outreach will go back on Saturday at first light with hot drinks and the nurse."
    ),
    (
        "[[Ionuț Popescu]] ([[Nuțu]]) – Romanian, Roma, 41. Lives in his car, a silver Astra, reg "
        "[[ly68dmz]]. He was beaten up on {{Tong Rd}} last week and lost his ID card. Speaks "
        "Romanian, a bit of Italian, very little English."
    ),
    (
        "The best thing was [[Jackie]] at the Job Centre, she actually listened. The worst was "
        "waiting 6 weeks for my first payment and having to borrow off my mum."
    ),
    (
        "Honey and lemon for his cough – he won't see a GP. Pearl barley soup at the day centre "
        "today, went down well. Ruby wedding do for two of the volunteers on Friday, cake in the "
        "kitchen. Someone spotted a robin on the allotment and we had a whole conversation about "
        "birds."
    ),
    (
        "Family reunion application for [[Filmon Gebremedhin]]'s wife, [[Senait Ghebreyesus]], "
        "and their two children. [[Senait]]'s Eritrean passport no. is [[P02269813]]; she is in "
        "{{Addis Ababa}} with the kids. [[Filmon]]'s BRP is [[ZU4093318]]. British Red Cross are "
        "helping with the travel loan."
    ),
    (
        '[[Hope Nwosu]] aka "[[Nosy]]" – care leaver, 20, placed at the {{Foyer}}. Her PA left '
        "and nobody's replaced them. [[Hope]] says she's \"done with workers\". Her brother "
        "[[Chukwuemeka]] is at {{HMP Forest Bank}}, prison no. [[A9920CT]]."
    ),
    "Closed – moved into own tenancy, no further support wanted.",
    (
        "[[Patience]] and her sister [[Blessing]] came to the drop-in. Both Nigerian, both on "
        "spousal visas, both married to the same man – it turns out [[Blessing]] is the second "
        "wife. [[Patience]] wants advice on leaving him. I told her it will take some patience "
        "with the Home Office but the DV concession is possible."
    ),
    (
        "neighbour reported a man sitting in a blue corsa [[WR63OKL]] outside [[Mrs Dawson]]'s "
        "for 3 nights, thinks its her grandson [[Liam]]. pcso says log [[0733]]"
    ),
    (
        "What got in the way: EUSS status unclear, so HB refused until evidence provided. LA "
        "wouldn't accept a printout. How overcome: sat with him to generate a new share code live "
        "in the meeting with the HB officer. Outcome: claim backdated 4 weeks."
    ),
    (
        "[[Kofi Asante Mensah]] asked for the minutes to go to [[kofi.mensah at yahoo dot co dot "
        "uk]]. He's also on WhatsApp, same number as before – [[07700 900 035]]."
    ),
    (
        "Police raided a house in {{Hartlepool}}, two Vietnamese boys found in the loft, one says "
        'he is 15. Names given: [[Vu Quang Minh]] and "[[Tuan]]" (no surname). Both placed with '
        "foster carers under s.20. Social worker: [[Sarah-Jane Hollis]]."
    ),
    (
        "[10:02] Finance: the £250 crisis grant for room 8 has gone through\n"
        "[10:03] Keyworker: brilliant thank you\n"
        "[10:03] Finance: and the furniture grant is £600 max now, not £750\n"
        "[10:05] Keyworker: noted, will tell him"
    ),
    (
        "[[Mrs Wong Ka-yan]], 79, arrived on the BN(O) route with her son [[Wong Chi-keung]] "
        '("[[Kenny]]"). Cantonese speaker. Lives at [[Flat 12, 40 Lansdowne Rd]], {{Sutton}}, '
        "[[SM1 3EQ]]. [[Kenny]] works long shifts at {{Wing Yip}} so she's alone most of the day."
    ),
    (
        "street name [[Chalky]], real name unknown. approx 40, scouse accent, sleeps under the "
        "{{Wellington Rd}} bridge. declined everything but took a sleeping bag"
    ),
    (
        "The support worker was brilliant, she never gave up on me even when I was horrible to "
        "her. I'm in my own flat now and I've been clean 9 months. If she reads this – thank you."
    ),
    (
        "[[Hawa Ishag]] and her brother [[Musab Ishag]] (Sudanese, from Darfur) – both at the "
        "asylum hotel in {{Bournemouth}}. [[Musab]] says he is 16 but the HO assessed him as 25 "
        "on sight. Age assessment challenge needed. [[Musab]]'s HO ref [[M2209114]]."
    ),
    (
        "Two referrals from the YOT: [[Kyron Mitchell-Ogundipe]], b. [[29-08-2003]], and his "
        "cousin [[Reece]], d.o.b [[07.iii.2004]]. Both on the same estate in {{Wythenshawe}}."
    ),
    (
        'We\'ll mark the new referral pathway as "live" from Monday. Everyone will need to '
        "complete the e-learning first. Frank feedback welcome. Amber flags on the system mean a "
        "risk assessment is overdue; red means it's expired."
    ),
    (
        "[19:01] [[Autumn]]: is [[sky]] with u\n"
        "[19:02] staff: no, [[sky]] went to her nans at 4\n"
        "[19:02] [[Autumn]]: shes not answering. [[cash]] said he saw her at the park\n"
        "[19:05] staff: ok ill ring the nan now"
    ),
    (
        "[[Ermal Shehu]], 31, Albanian, at {{HMP Humber}}, prison number [[A2281FQ]], release "
        "date 11 Nov. Deportation order signed; HO ref [[S1188342/D]]. His partner [[Gentiana "
        "Leka]] (British) and their baby live at [[5 Cliff Gardens]], {{Scunthorpe}}."
    ),
    (
        "Fire door on floor 2 propped open again with an extinguisher. Logged. Flat 9 smoke "
        "detector beeping – battery changed. 3 residents still smoking in rooms. Contractors due "
        "8am Tuesday for the sprinklers."
    ),
    (
        "[[Zainab Kadhim]] was seen in the memory clinic; hosp no [[RXH 0045127]]. Her daughter "
        "[[Noor Jassim]] is the main carer. Letter to the GP, [[Dr Patel]] at {{Hyde Park "
        "Surgery}}."
    ),
    (
        "Referral form\n"
        "Surname: [[WHITFIELD]]\n"
        "Forename(s): [[Crystal Dawn]]\n"
        "Known as: [[Dawnie]]\n"
        "DOB: [[02/11/1978]]\n"
        "NI: [[NE 58 27 13 B]]\n"
        "Last settled address: [[31 Mafeking St]], {{Hartlepool}}\n"
        "Reason for referral: DV, rough sleeping 2 weeks, alcohol\n"
        "Risk to staff: none known"
    ),
    (
        "Met at the café in {{Hebden Bridge}}. She talked about the floods and how the house "
        "never dried out. She's keen on moving to {{Halifax}} to be nearer the hospital. Agreed "
        "to look at the housing register together next week."
    ),
    (
        "Sign in sheet Fri – [[BLESSING NCUBE]], [[MARK O'SHEA]], [[JACK]], [[HOLLY-MAE "
        'DRISCOLL]], unknown male (declined), [[ABDUL MIAH]], "[[BISCUIT]]"'
    ),
    (
        "[[Hamidullah Stanikzai]] (Pashto speaker, 17 by his account) came over in a small boat "
        "and is now at a UASC home in {{Kent}}. His older cousin [[Zarghuna Stanikzai]] lives in "
        "{{Hounslow}} and wants to be assessed as a connected person. [[Hamid]]'s date of birth "
        "on his tazkira converts to [[21/03/2007]], but the HO have him as an adult."
    ),
    "running l8 sorry, traffic on the {{A6}} is mad, be there 10ish, start without me x",
    (
        "Hi both,\n"
        "\n"
        "Quick update on [[Pieter van der Berg]] (Dutch, 56). He's still at the assessment centre "
        "on {{Hope St}} and has been offered a tenancy in {{Govan}}, which he's accepted. His GP "
        "in {{Partick}} says his liver function is very poor. He's asked that we contact his "
        "daughter, [[Anke de Vries]], on [[+31 6 4820 1937]] if he goes into hospital.\n"
        "\n"
        "Best,\n"
        "[[Morag Sutherland]]\n"
        "Link Worker, Glasgow HSCP\n"
        "[[m.sutherland@glasgow.example.org]] / [[0141 496 0823]]"
    ),
    (
        "Session with a young Eritrean man today, via a Tigrinya interpreter on the phone. He's "
        "doing ESOL at the college three mornings a week and wants to get onto the plumbing "
        "course. We spoke about the Ramadan timetable and whether the hostel kitchen can stay "
        "open later. Manager agreed. Next session in a fortnight."
    ),
    (
        "ITS [[PRINCESS]] FROM ROOM 11 MY PHONE IS BROKE USE MY SISTERS NO [[07700 900 804]] HER "
        "NAME IS [[DESTINY]]"
    ),
    (
        "Message from a lady called [[Pearl]], didn't leave a surname, says she's [[Rocky]]'s mum "
        "and he's not been home since Sunday. Number: [[zero one six one, four nine six, zero "
        "seven three four]]. [[Rocky]] is 16 and autistic, she's very worried."
    ),
    (
        "Lived Experience Panel – minutes\n"
        "Present: chair, 4 panel members, reps from St Mungo's, Crisis and Nacro, note-taker\n"
        "1. Panel members are paid £20 an hour in vouchers; they asked to move to bank transfer. "
        "Agreed in principle.\n"
        '2. Feedback on the hostel exclusions policy: "you get barred for being unwell". To go '
        "to the commissioners.\n"
        "3. Barnardo's youth panel want a joint session in the autumn.\n"
        "Actions: note-taker to circulate by Friday."
    ),
    (
        "[[Karim El-Sayed]] (Egyptian, 42) and his landlord, [[Haider Al-Jubouri]], are in "
        "dispute over a £1,200 deposit that was never protected. Private sector housing have "
        "opened a case, ref [[PSH/2024/00871]]. [[Karim]] has photos of the damp and the texts "
        'where [[Mr Al-Jubouri]] says he\'ll "sort it next month".'
    ),
    (
        "Summer plans for the group: a trip to the coast if we can get the minibus, and the "
        "allotment on Wednesdays. The willow weaving workshop has 6 places left. Planting heather "
        "in the raised beds needs acid soil so that's off. Angel cake for the last session."
    ),
    (
        "[[sunny]] n [[angel]] r fightin again, [[angel]] threw a cup. [[sunny]] wants to move "
        "out. can u come"
    ),
    (
        "Case discussion – I'll call her <<Faith>>. <<Faith>> is Ghanaian, 52, a former nurse who "
        "overstayed a visitor visa in 2009 after her husband died. Since then she has lived with "
        "a family in {{Croydon}} as an unpaid live-in carer for their mother: a camp bed in the "
        "box room, no days off, and a standing threat that if she leaves they'll \"call "
        'immigration". She came to us through her church, not through any service.\n'
        "What makes it hard: <<Faith>> doesn't see herself as exploited. She says the family "
        '"took her in". She has a lot of faith that God will sort out her papers, and I don\'t '
        "want to take that from her, but she didn't know that a private life application might be "
        "open to her after this long. The practical barrier is money – the fee plus the health "
        "surcharge is more than she's ever had at once – and she has no bank account.\n"
        "What helped: the Law Centre agreed to make a fee waiver application; the pastor wrote a "
        "letter about her time in the community; and a nurse from the homeless health team saw "
        "her about her blood pressure, which she'd been ignoring for years. We also made an NRM "
        "referral with her consent, which she only gave after a second conversation about what it "
        "would mean for the family.\n"
        "Questions for the group: how do we keep someone safe in a household they don't want to "
        "leave? And what do people do when the client's sense of loyalty is the main risk?\n"
        "Update 14/06: [[Faith Adjei]]'s fee waiver was granted – application now in."
    ),
    (
        "Bed 3 on the respite unit is free from Monday. Lunch is at 12:30, meds round at 8, 12, 5 "
        "and 10. Visiting 2–8pm. Please send the pink discharge summary, not the blue one."
    ),
    (
        "Chased today:\n"
        "- housing register no. [[HR-88213]] (band B since March)\n"
        "- council tax ref [[60031192]] – arrears letter went to the old address\n"
        "- HB ref [[40077215]]\n"
        "- DWP said ring back with his NI number\n"
        "All for [[Mr Gary Pinnock]], [[flat 6, 12 Beech Grove]]. His daughter [[Heather]] wants "
        "to be his appointee."
    ),
    (
        "[[Knowledge Moyo]] (yes, that's his real first name) is 19, Zimbabwean, and was in "
        "foster care until last year. He's at uni in {{Lincoln}} and has just had his student "
        "finance suspended over a status query. His former foster carer, [[Rutendo Mapfumo]], has "
        "a good knowledge of the system and is helping him gather evidence."
    ),
    (
        "I didn't handle today well. I was tired, he was shouting, and I raised my voice back. "
        "Talked it through in supervision. Tomorrow I'll apologise and start again."
    ),
    (
        "[[Efua Ansah]]: anyone free for a joint visit Thursday? [[Yaw]] in {{Peckham}}, the "
        "hoarding one\n"
        "[[Tom Reilly]]: I can do after 2\n"
        "[[Efua Ansah]]: great. it's [[41 Consort Rd]], [[SE15 2PH]], his brother [[Kojo]] might "
        "be there\n"
        "[[Tom Reilly]]: ok meet you outside the Lidl at 1.50"
    ),
    (
        "[[mark]] was in a state today, his benefits have stopped. told him we'd mark it as "
        "urgent with the DWP. [[mark]]'s partner [[joy]] is due any day and they've got £6 on the "
        "meter"
    ),
    (
        'Survey question 6: "What one thing would improve the service?"\n'
        "- longer opening hours (x7)\n"
        "- women-only sessions\n"
        "- a washing machine that works\n"
        "- less forms\n"
        "- someone to come with me to appointments\n"
        "- nothing, its good"
    ),
    (
        'Spoke to [[Mikey Delaney]] ("[[the Bird]]" as his cousins call him) at the halting '
        "site outside {{Derry}}. [[Mikey]]'s wife, [[Nan Stokes]], is expecting their fifth. "
        "They're being moved on because the council says the site is over capacity. [[Mikey]]'s "
        "mobile is [[07700 900 459]], [[Nan]] doesn't have one."
    ),
    (
        "Useful numbers for the board in the lounge:\n"
        "Samaritans 116 123\n"
        "Modern Slavery Helpline 08000 121 700\n"
        "Talk to FRANK 0300 123 6600\n"
        "Childline 0800 1111\n"
        "National Gambling Helpline 0808 8020 133\n"
        "Police non-emergency 101"
    ),
    (
        "Financial abuse concern: [[Jahanara Begum]], 81. Her grandson [[Rubel]] has been using "
        "her bank card ([[4929-5531-0087-2246]]) for online betting – £3,400 since January. She "
        "wants us to email her daughter [[Shirin]] in {{Bolton}} at [[shirin.uddin at hotmail dot "
        "co dot uk]]. Safeguarding concern raised with ASC."
    ),
    (
        'Numbers written on his phone case in biro: "mam [[(0161) 496 0771]]", "[[Taz]] '
        '[[077009004 88]]", "probation – [[Robin]]". Client is [[Connor O\'Rourke]], found '
        "asleep in the stairwell at {{Piccadilly}}."
    ),
    (
        "Barrier: ID. He had no passport, no birth certificate, and the bank wanted two forms. "
        "Overcome: the bank accepted a letter from us plus his prison discharge papers under "
        "their policy for people without standard ID. Chance of getting this at another branch? "
        "Low – it depended on one helpful manager."
    ),
    (
        "[[lukasz dabrowski]] ([[łukasz]] on his id) asked for help reading a letter from the "
        "court – CCJ for £2,300 to a debt agency in {{Peterborough}}. his partner [[kasia "
        "zielinska]] has a new baby. address [[19 gladstone st]] [[pe1 2bn]]"
    ),
    (
        "[[Sinfi Lee]] is a Romany woman in her 60s living in a chalet on her daughter's yard "
        "near {{Leek}}. She can't read, so letters are read to her by her granddaughter [[Tilly "
        "Lee-Buckland]] (12). The council want to take enforcement action on the chalet. "
        "[[Sinfi]] has asked to speak to Friends, Families and Travellers."
    ),
    (
        "Sesiwn galw heibio prynhawn yma yn y ganolfan. Daeth pedwar person. Roedd un eisiau help "
        "gyda ffurflen budd-dal tai – wedi rhoi rhif Shelter Cymru iddo. Next week's session will "
        "be bilingual again."
    ),
    (
        '[[Lin Xiaoyu]] (prefers "[[Sharon]]") – international student in {{Newcastle}}, being '
        "threatened by a loan app that's messaging all her contacts. Her uni email is "
        "[[x.lin7@students.example.ac.uk]]. She does not want her mum in {{Guangzhou}} told."
    ),
    (
        "Nights → days: all quiet. [[DR]] did the 2am check. [[AB]] (room 4) given PRN diazepam "
        "5mg at 01:30 per MAR. SW from EDT rang about [[AB]]'s mum. GP to review Thurs. [[CK]] in "
        "at 7 to cover."
    ),
    (
        "If she wants to know about his history, she can apply under Clare's Law (the Domestic "
        "Violence Disclosure Scheme) through the police. For worries about someone with access to "
        "the kids, Sarah's Law is the route. Both can be done online or at the front desk. "
        "Neither guarantees a disclosure."
    ),
    (
        'Found his sister on facebook – profile name "[[Gleice Souza Bahia]]" – and she '
        "confirmed [[Wellington]]'s date of birth as [[02/05/1991]]. [[Wellington Souza da "
        "Silva]] has now been missing from the hostel for 4 days; police informed."
    ),
    (
        "Complex Case Panel – 3 October\n"
        "Attendees: [[Ruth Ellison]] (chair, ASC), [[Imran Qureshi]] (Housing Options), [[Dr Ade "
        "Bello]] (CMHT), [[Sgt Claire Howarth]] (Neighbourhood Policing), [[Pip Ford]] "
        "(Outreach)\n"
        "Case 1: [[GM]], 44, rough sleeping 6 years, repeat ED attendances. Agreed Housing First "
        "referral. [[IQ]] to confirm a property by end of month.\n"
        "Case 2: [[Amber Leigh Waite]], 19, exploitation concerns, county lines. Mum [[Toni "
        "Waite]] not engaging. Police to share intelligence via MASH.\n"
        "Actions: [[RE]] to write to the ICB about funding; [[PF]] to see [[Amber]] on Friday."
    ),
    "ok thats fine ill see u at the station at 2 dont forget ur letter",
    (
        "[[shirin rahimi]], iranian kurdish, asylum interview next tues at {{Lunar House}} in "
        "{{Croydon}}. needs childcare for her son [[arman]]. her no is [[0 7 7 0 0 9 0 0 5 3 8]]"
    ),
    (
        "Debrief after Tuesday's death at the hostel. Staff found him at 07:10 during the morning "
        "check; paramedics pronounced at 07:42. Naloxone was given twice. Police attended and it "
        "is being treated as non-suspicious pending the coroner. What went well: the night worker "
        "followed the welfare check protocol exactly and the first aider was on site. What we'd "
        "change: the room check log shows a 3-hour gap between 02:00 and 05:00 because of an "
        "incident on another floor, and we only had two staff on. Residents are shaken; we've "
        "asked the bereavement service to run a drop-in on Friday and we'll hold a memorial on "
        "the terrace when the family agree. Staff support: everyone on shift has been offered the "
        "EAP line and time off. A learning review will go to the Safeguarding Adults Board."
    ),
    (
        "[[Bohdan Kovalenko]] ([[Богдан Коваленко]] on his passport, no. [[FX409127]]) – "
        "Ukrainian, 63, arrived via a family scheme in 2022. The family he was with have moved to "
        "Canada. He's now alone in a room at [[7 Priory Walk]], {{Leamington}}, and doesn't "
        "understand the rent letter."
    ),
    (
        "[[Peter Grant]], who everyone knows as [[Rasta Pete]], born [[the fifth of June nineteen "
        "sixty-four]] in {{Kingston}}, came to the UK aged nine. He sleeps in his car, a red "
        "Micra, [[FV09 HKU]], and his partner [[Rose]] brings him food. He wants help with a "
        "Windrush compensation claim."
    ),
    (
        "[13:00] SPA: referral received, screening today\n"
        "[13:20] CRHT: we'll see him at home at 4pm\n"
        "[13:22] SPA: ok, GP informed\n"
        "[16:45] CRHT: seen, no acute risk, plan is HTT daily for 3 days"
    ),
    (
        "[[Faadumo Cali]] (grandmother) has been caring for [[Liban Osman]], 12, since his mum "
        "was sectioned. [[Liban]]'s insta is [[@liban.osman12]] and older lads have been "
        "messaging him. [[Faadumo]]'s phone [[0121-496-0587]]."
    ),
    (
        "[[Desislava Petrova]] and [[Hristo Georgiev]] (Bulgarian, Roma) – homelessness "
        "application, case ref [[HOM/2024/01334]]. Three kids at school in {{Fir Vale}}. "
        "[[Desislava]]'s EUSS share code is [[W7X 4KP 2LD]]; his has expired."
    ),
    (
        "the staff are kind but theres never enough of them. its a lottery who you get. some days "
        'you get a proper frank conversation, other days its just "fill this in". more '
        "continuity please"
    ),
    (
        "Referral from the soup run: woman known on the street as [[Brandy]], possibly [[Sandra "
        "Hewitt]], 50s, sleeping in the doorway of the old Debenhams on {{Commercial St}}. "
        "[[Brandy]] has a bad cough and has been seen with a man called [[King]] who takes her "
        "money on giro day."
    ),
    (
        "Late shift summary: 19 in, 2 out overnight with permission, 1 unexplained absence "
        "(reported to on-call at 23:15). Kitchen deep clean done. Laundry room key missing – "
        "check the safe. Cold weather: spare blankets in the cupboard on the second floor."
    ),
    (
        "What got in the way: [[Nirojan]] couldn't get to the Home Office reporting centre in "
        "{{Solihull}} because the bus fare was £9.40 and he gets £49.18 a week. How we overcame "
        "it: the HO agreed travel tickets after a letter from his GP, [[Dr Kaur-Bains]]. He "
        "reports every fortnight now, next one 14 May."
    ),
    (
        "Quiet afternoon. Caught up on case notes. Rang the council about the repair – they said "
        "next week, again."
    ),
    (
        "handover sun pm\n"
        "- room 2 [[bella]], out at 4 with her bf [[dwayne]], back by curfew\n"
        "- room 5 [[mo]] ([[mohammed abdullahi]]) says his will and his mums ashes are in storage "
        "at his old flat, [[22b ravensworth rd]], landlord is [[mr ahmed]] on [[07700 900 995]]\n"
        "- room 7 [[ocean]] and [[summer]] (twins) both at college til 6\n"
        "- room 9 [[kacper]] still not eating, offered food x3\n"
        "- room 11 [[chance]] asked for his ID back from the safe, done, signed for\n"
        "- reminder [[willow]]'s mum visiting tomorrow 2pm, supervised"
    ),
]

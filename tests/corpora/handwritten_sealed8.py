"""Hand-written notes for the sealed8 split (no templates), in markup.py's markup.

Written blind: as frontline workers type them, not shaped by the scanner. Every person,
number and address here is made up.
"""

SEALED8 = [
    (
        "rang [[tracey]] re her PIP form, she cant find the brown envelope w the ref on it. "
        "her daughter [[kayleigh]] is gonna look at her nans tonight. said id ring back thurs. "
        "her new mob is [[07700 900 213]] (old one got nicked)"
    ),
    (
        "Quiet shift. 2 rough sleepers bedded down by the multi-storey on Castle St, both "
        "declined SWEP. Night shelter full by 11pm. Left sleeping bags and a flask. Will pick "
        "up w/ outreach in the am. No incidents."
    ),
    (
        "[21:04] [[Ros]] (nights): [[Big Gaz]] at the door again asking for [[Donna]], I've "
        "said she's not here\n"
        "[21:06] [[Ros]] (nights): he's saying she owes him £40\n"
        "[21:07] [[Imran]] (on call): don't confirm anything re [[Donna]]. she's got a non-mol "
        "against him, it's on her file\n"
        "[21:09] [[Ros]] (nights): ok. he's gone towards the garage. should I ring 101?\n"
        "[21:10] [[Imran]] (on call): yes and log it. crime ref from last time was "
        "[[NB-24-118830]] give them that\n"
        "[21:31] [[Ros]] (nights): done, new log [[0977 14/02]]"
    ),
    (
        "Handover 08:00 Tues. Rm 3 spewing most of the night, gave water, checked on him "
        "hourly, seemed ok by 6. Rm 7 still not back (2nd night) so thats an abandonment check "
        "due friday if not seen. Fire alarm test at 10, warn people. Mark the key log, the "
        "spare for the laundry has gone walkabout again."
    ),
    (
        "Hi both,\n"
        "\n"
        "Referral for [[Hodan Abdi Warsame]], DOB [[03/11/1994]], currently in IA at the "
        "{{Roker Hotel}}, room 214. She is 7 months pregnant and her midwife at {{Sunderland "
        "Royal}} has concerns about her blood pressure and the food at the hotel. [[Hodan]]'s "
        "Home Office ref is [[W1193422]] and her ARC number is [[ASY 41277394]]. She speaks "
        "Somali, some English, prefers a female interpreter.\n"
        "\n"
        "Her sister [[Ayaan]] lives at [[41 Villette Road]], {{Hendon}}, [[SR2 8RP]] and has "
        "offered a sofa, but [[Ayaan]]'s landlord won't allow it.\n"
        "\n"
        "Thanks,\n"
        "[[Bethany Cole]]\n"
        "Migrant Support Worker\n"
        "[[0191 498 0731]] | [[b.cole@wearsidewelcome.org.uk]]"
    ),
    (
        "Survey Q7: What's the biggest barrier you face getting help? \"the phones. you ring "
        "housing and its 45 min on hold and my credit runs out. then they say email but i dont "
        'have data. nobody in the council will just see you face to face anymore"'
    ),
    (
        "Voicemail 14:22 - \"hiya it's [[Jade]], [[Jade Fenwick]], I was meant to see [[Lisa]] "
        "Tuesday but I've got court, can she ring us back on [[07700 900 554]], not the other "
        "number, me mam's got that phone. ta\""
    ),
    (
        "Outreach log 06.10 {{Blackpool}}\n"
        "- Talbot Rd bus stn: 1 male, known, [[Stevie Roe]], asleep, breathing ok, left him\n"
        "- [[Stevie]] had a new cut on head, advised walk in centre, declined\n"
        "- behind the Winter Gardens: empty tent, belongings, no one about\n"
        "- north pier: 2 males, new, both said from {{Preston}}, 1 gave name as [[Kai]], other "
        "wouldn't give name. refd to Streetlink\n"
        "- [[Kai]] said he was kicked out of {{Foxhall}} yday"
    ),
    (
        "Community of practice - case for discussion.\n"
        "\n"
        "I'll call her <<Rose>>. <<Rose>> is 52 and has been sleeping in her car for about "
        "five months since her relationship ended. She works part time at a care home, which "
        'makes her feel she "isn\'t homeless enough" to ask for help. She lost her sense of '
        "smell after covid and says that is the thing that upset her most. The council says "
        "she has intentionally made herself homeless because she left a joint tenancy. She is "
        "too frightened to go back to the area because of her ex. What I want to ask the "
        "group: has anyone had success challenging intentionality decisions where DA wasn't "
        'reported at the time? <<Rose>> never told police. Her GP notes mention "relationship '
        'stress" and that is all.'
    ),
    (
        "MARAC minutes 14/03 - case 6\n"
        "\n"
        "Victim: [[Agnieszka Nowak]] (DOB [[19.07.1988]]), 2 children ([[Zuzia]] 6, [[Kacper]] "
        "3)\n"
        "Perpetrator: [[Tomasz Wiśniewski]], DOB [[02.02.1985]], PNC [[11/442198X]]\n"
        "Address: [[Flat 6, 27 Thornton Road]], {{Bradford}} [[BD1 2JT]]\n"
        "\n"
        "IDVA ([[Kerry]]) summarised: strangulation incident 09/03, police attended, perp "
        "arrested and released on bail, conditions not to contact. [[Agnieszka]] reports he "
        "has been seen on the road twice since. Children's SW is [[Marcus Oyelaran]].\n"
        "\n"
        "Actions:\n"
        "1. Police to check bail conditions and flag address - DS [[Hill]]\n"
        "2. Housing to consider sanctuary scheme / management transfer - [[Yasmin]]\n"
        "3. IDVA to discuss refuge options again with [[Agnieszka]] - [[Kerry]]"
    ),
    (
        "will chase HB tomorrow, they say they never got the tenancy agreement even tho I "
        "emailed it twice. grace period on rent arrears finishes end of month so its getting "
        "tight"
    ),
    (
        "[[Daniel]] I've put the spare sleeping bags in the cupboard behind reception, can you "
        "let the morning team know. Also Mr [[Obi]] in 12 has a dentist appt at 11, he needs "
        "reminding."
    ),
    (
        "pt presented at hub v agitated, said someone took his meds (pregabalin) at the "
        "hostel. advised to speak to chemist re replacement, gp wont do early script. he's got "
        "a clinic review next weds. no risk to self disclosed. will feed back to keyworker"
    ),
    (
        "Teams chat, Housing First\n"
        "[[Ellie Marr]] 09:12: Has anyone got the number for [[Kieran]]'s landlord? The "
        "boiler's gone again\n"
        "[[Ellie Marr]] 09:12: he's been without hot water since Sunday\n"
        "[[Joe Baptiste]] 09:20: It's Mr [[Haddad]], [[Sami Haddad]], [[07700 900 381]]. he "
        "only answers texts tho\n"
        "[[Ellie Marr]] 09:21: legend thanks\n"
        "[[Joe Baptiste]] 09:22: if he doesn't sort it by Friday we can go to env health, flat "
        "is [[9c Elswick Road]], [[NE4 6JH]]"
    ),
    (
        "Session notes. Talked about cutting down, went from 2 bottles of wine to 1 most days "
        "this week, which she was proud of. Said the evenings are hardest. Discussed the "
        "Tuesday evening group at the recovery cafe. She isn't ready for detox, wants to try "
        "reducing herself first. Next session same time Friday. Agreed to keep a drink diary."
    ),
    (
        "Probation note: [[Ryan Coulthard]], CRN [[E402719]], released from {{HMP Durham}} "
        "11/06 on licence, SED Nov next yr. Prison no [[A4471DK]]. Approved premises place "
        "fell through so he's NFA. Told to report daily. Housing duty to refer sent to "
        "{{Gateshead}}. [[Ryan]] says his nan [[Sheila Coulthard]] at [[23 Saltwell View]] "
        "might have him for a week but the police have flagged the address as there's a child "
        "in the house."
    ),
    (
        "Barriers for this client:\n"
        "- no ID (passport expired, birth cert lost in a house move)\n"
        "- no bank account so can't get UC paid in\n"
        "- can't read well, embarrassed to say so\n"
        "- phone gets stolen or sold every few weeks\n"
        "- barred from 2 of the 3 hostels in town\n"
        '- believes the jobcentre "has it in for him"'
    ),
    (
        "SAFEGUARDING ALERT\n"
        "Adult: [[PHILOMENA QUINN]], 71, lives alone at [[16 Brook Terrace]], {{Wrexham}} "
        "[[LL11 2BW]]\n"
        "Concern: financial abuse. Neighbour reports nephew ([[DECLAN QUINN]], approx 35) "
        "visits on payday and she has no food by the weekend. Mrs [[Quinn]] has early dementia "
        "(diagnosed by {{Maelor}} memory clinic). Her pension goes into an account her nephew "
        "has the card for.\n"
        "Raised by: [[Gwen Pritchard]], Community Connector, [[01978 290 614]]"
    ),
    (
        "ok so update on the lad from the weekend - got him into the night shelter. He says "
        "his name's \"[[Smiler]]\" and that's all he'll tell us. About 20. Scouse accent. "
        "Nasty abscess on his leg. Nurse seeing him tomorrow."
    ),
    (
        "Hi [[Mo]], quick one - will you be at the MEAM meeting on the 21st? I'll bring the "
        "data on repeat evictions. We'd like to present something frank about how many people "
        "are getting bounced between the 3 hostels. See you then, [[Becca]]"
    ),
    (
        "Frontline worker forum - notes\n"
        "\n"
        "Themes this month: (1) people being discharged from mental health wards with no "
        "address; (2) dual diagnosis - CMHT say drugs first, drug service says MH first; (3) "
        "the new UC journal messages confusing people; (4) storm damage to the day centre roof "
        "- still leaking, buckets everywhere. Hope to have a proper update on the roof from "
        "the landlord next time. Action: write to commissioners about (2)."
    ),
    (
        "client mrs [[begum]] rang crying, bailiffs at door for council tax. I spoke to them, "
        "they've agreed to hold for 7 days while we apply for CTR. her council tax acc no is "
        "[[60028841]]. she's at [[112 Whitefield Road]] {{Bradford}}. husband [[Shahid]] in "
        "hospital so she's on her own with the 4 kids"
    ),
    (
        "Letter\n"
        "\n"
        "Dear Dr [[Aziz]],\n"
        "\n"
        "Re: Mr [[Liam McAllister]], DOB [[14/05/1979]], NHS [[836 077 7675]]\n"
        "[[Flat 2, 19 Darnley Street]], {{Glasgow}} [[G41 2SE]]\n"
        "\n"
        "I support [[Liam]] through the Housing First service. [[Liam]] has asked me to write "
        "to ask whether his methadone and his mental health medication can be reviewed "
        "together, as he finds attending two separate appointments in one week very difficult. "
        "He has missed several appointments recently because of this, not through lack of "
        "engagement.\n"
        "\n"
        "Yours sincerely,\n"
        "[[Fiona MacLeod]]\n"
        "Housing First Support Worker"
    ),
    (
        "The weather today was grim and the team were grateful for the new waterproofs. "
        "Numbers at breakfast: 34. Soup van out at 7. Please can everyone remember to sign the "
        "sharps log."
    ),
    (
        "met [[JT]] at the library, he's got the letter from the HO about his interview. "
        "[[JT]] said his solicitor at Migrant Help hasn't rung back. I rang, left msg. "
        "interview is on the 2nd at {{Lunar House}}? need to check if its remote"
    ),
    (
        "Cllr [[Okafor]] asked at the housing committee why the number of people in B&B has "
        "doubled since April. The officer's answer was that there is nowhere else. Our team "
        "thinks the answer is partly that the move-on from the hostels has stalled."
    ),
    (
        "MISSING - [[Hannah Wells]] (goes by [[Honey]]), 16, from {{Seaview}} children's home. "
        "Last seen 22:30 Sat near the amusements in {{Rhyl}}. Believed to be with older male, "
        "drives a silver Corsa [[KX67 HNB]]. Police ref [[MP/24/03387]]. [[Honey]] has a phone "
        "but not answering, [[07700 900 796]]."
    ),
    (
        "[[Grace]] said she'd bring the forms in. Nope - no she didn't. Please chase with her "
        "on Monday."
    ),
    (
        'Thought for the team meeting: we keep saying people "won\'t engage" when really we '
        "mean they won't come to us at 10am on a Tuesday. Let's stop writing \"did not "
        "engage\" in the notes. Let's write what we offered and when."
    ),
    (
        "notes from doorstep visit 3pm. mr [[kowalczyk]] wouldnt let us in, spoke thru "
        "letterbox. hes ok, has food, says the heating works. didnt want to talk about the "
        "notice to quit. gave him the shelter leaflet and our number. try again mon. flat "
        "smells strongly of damp from the door"
    ),
    (
        "Referral - Women's Centre\n"
        "\n"
        "Name: [[Crystal Marsden]]\n"
        "Known as: [[Crys]]\n"
        "DOB: [[27 Aug 1991]]\n"
        "Address: NFA - sofa surfing, last settled addr [[5 Percy Street North]], {{Blyth}}\n"
        "Phone: [[07700 900 102]] (text first)\n"
        "Reason: street sex working in {{Newcastle}} city centre, wants support to exit. "
        "Ex-partner [[Lee Dobson]] has been threatening her. She has a 5 yr old ([[Leyton]]) "
        "in kinship care with her mum [[Sandra]].\n"
        "Referrer: [[Jo Ridley]], Basis outreach"
    ),
    (
        "Shift handover nights->days 22/10\n"
        "- Bed 4 ([[Lenny]]) needs to go to A&E if his leg looks worse, red line going up from "
        "the ankle\n"
        "- Bed 9 new guy, [[Piotr Zieliński]], no English, used google translate, he was "
        "sleeping in a shed at the allotments. Polish. Says he worked in a warehouse in "
        "{{Doncaster}}\n"
        "- [[Lenny]]'s sister rang, [[Pauline]] - she's coming in at 2 to bring clothes\n"
        "- no drugs found on room check"
    ),
    (
        "can u send me the form for the bond scheme, the landlord wants the 1st month upfront "
        "+ bond and shes only got the DHP. the flat is [[38a Manor Rd]] and the agent is "
        "[[Naomi]] at Key Lets"
    ),
    (
        "I'm writing this for the learning review. On the day of the fire, staff did "
        "everything they could. The alarm went off at 02:14. Night staff evacuated 19 "
        "residents. Two were taken to hospital with smoke inhalation and were discharged the "
        "next morning. Residents were rehoused in B&Bs across the city for 4 nights. We want "
        "to thank the fire service and the housing team."
    ),
    (
        "[[storm]] came in to the drop in today looking for her sister [[summer]], they had a "
        "falling out. [[summer]]'s been staying at the {{Lighthouse}} but left sat. [[storm]] "
        "says shes worried, [[summer]] always gets bad in the summer months, the heat sets her "
        "off drinking. told her we'd keep an eye out"
    ),
    (
        "Hi team - friendly reminder that the bank holiday rota is up. If you can't do your "
        "shift please swap it yourself and tell the coordinator. Will be in {{Sunderland}} on "
        "Friday for the regional meeting so email not phone. Thanks all"
    ),
    (
        "18:42 [[Dawn]]: fyi [[Ivy]] didnt turn up for her script again\n"
        "18:43 [[Dawn]]: chemist says 3 missed so shes off it til review\n"
        "18:50 [[Frank]]: ffs. ill go round hers first thing, shes on Ashfield Ct still isnt "
        "she\n"
        "18:51 [[Dawn]]: no moved, its [[flat 11 Ravensworth House]] now\n"
        "18:51 [[Frank]]: ta\n"
        "18:52 [[Dawn]]: dawn is the worst time to catch her tho, try after 10"
    ),
    (
        "Joint visit w/ PC [[Jack Mullen]] to check on Mrs [[Faith Adebayo]] after her "
        "neighbour reported shouting. She was fine, said her son [[Tunde]] had been round and "
        "they'd argued about money. [[Faith]] has a lot of faith in the church and says the "
        "pastor, Pastor [[Emmanuel Boateng]], visits weekly. No concerns re her safety at this "
        "time."
    ),
    (
        "UAN [[1212-0044-7781-3390]], BRP [[ZU6403317]]. Client is [[Mehmet Zana]] (Kurdish, "
        "from {{Qamishli}}). Positive decision came through on Monday so the 28 day move on "
        "clock is ticking - hotel eviction date is the 30th. Needs NINo app, bank acct, UC "
        "claim all this week. Doing the UC claim with him tmrw at 10. His phone is [[07700 900 "
        "461]], whatsapp same."
    ),
    (
        "Ok honest answer to the survey question: no one ever asked me what I wanted. I got "
        "sent from pillar to post. The best person was the woman at the day centre who just "
        "gave me a cup of tea and let me sit there. Didn't make me fill in anything."
    ),
    (
        "CoP write-up. I'm going to call him <<Bill>>. <<Bill>> is 63, a veteran, and he's had "
        "the same pitch outside the station for nine years. He won't go inside. He told me "
        'once "the bill gets you every time" about the police moving him on. The thing I '
        "want to discuss is whether we ever stop offering. <<Bill>> says he's fine. His feet "
        "aren't. The podiatry nurse came out twice. He's had 14 ambulance call-outs this year. "
        "His daughter in {{Swansea}} doesn't know where he is and he has asked us not to tell "
        "her."
    ),
    (
        "[[DARREN McGUINNESS]] - DOB [[12.12.87]] - NI [[JM 44 02 18 C]]\n"
        "[[darren]]'s eviction hearing is 9th at {{Hull}} County Court. Arrears £2,310. The LL "
        "is Gateway Lets (Mr [[P. Sandhu]])"
    ),
    (
        "Rm 2 [[Vo Thi Lan]], 23, Vietnamese. Possible trafficking - found working in a nail "
        "bar in {{Middlesbrough}}. NRM referral done by police. [[Lan]] has no passport, says "
        '"the boss" ([[Anh]]) has it. Interpreter booked for Weds. She wants to ring her mum '
        "in Vietnam, we've said yes using the office phone."
    ),
    (
        "Team, please don't put full names in the WhatsApp group. Use initials or the room "
        "number. We had a data breach last year when someone's phone got lost. Thanks."
    ),
    (
        "Email from [[Sorcha Ní Bhriain]] (Housing Officer):\n"
        "\"Hi, I've had a look and Mr [[Ó Conaill]]'s application was closed in January "
        "because we couldn't contact him. He'll need to reapply. His old ref was "
        "[[HOA/22/07114]]. Happy to fast-track if you can give me a current address and "
        'number."'
    ),
    (
        "notes - saw [[bernie ward]] and his brother [[paddy]] at the site. [[bernie]] needs "
        "his meds from the chemist in {{Carlisle}} but they've moved the trailers again and he "
        "has no way to get there. the council have given them 24h to move. [[paddy]]'s wife "
        "[[bridget]] is due any day. rang the HV"
    ),
    (
        "Note: I have been asked to record that the client does not want his family contacted "
        "under any circumstances. This includes his mother and his brothers. He was very clear "
        "about this."
    ),
    (
        "referral via email from [[abdullahi.h94 at gmail dot com]] - thats [[Abdullahi "
        "Hersi]], he's looking for help w a PIP appeal. says hes in {{Cardiff}} now but his GP "
        "is still in {{Bristol}}. asked him to ring [[029 2018 0471]] (Splott office)"
    ),
    (
        "HOSPITAL DISCHARGE\n"
        "Pt: [[MUHAMMAD BIN YUSUF AL-AMIN]]\n"
        "Hosp no: [[RTD0081334]]\n"
        "Ward 22, {{Hull Royal Infirmary}}\n"
        "Expected discharge: Fri am\n"
        "Housing status: NFA (sofa surfing)\n"
        "Notes: cellulitis both legs. IV abx finished. Needs daily dressings. [[Muhammad]] "
        "speaks Arabic, good English. Has asked us not to tell his cousin [[Khalid]] he's in "
        "hospital."
    ),
    (
        'Slang glossary for new starters (don\'t put this in case notes): "white" = cocaine, '
        '"brown" = heroin, "spice" = synthetic cannabinoid, "bag" = a wrap, "on the '
        'pipe" = smoking crack, "script" = prescription (usually methadone/bupe). If '
        'someone says they\'re "grafting" they may mean shoplifting or sex work.'
    ),
    (
        "Aunty [[Marcia]] (client's great aunt, [[Marcia Campbell]]) called from "
        "{{Huddersfield}}. Wants to know if [[Jermaine]] is ok. Told her I can't confirm "
        "anything without his consent. She said to tell him his grandad [[Winston]] is in "
        "{{HRI}} and it's serious. Left her number [[01484 496 027]]."
    ),
    (
        "Meeting notes - Housing First steering group\n"
        "\n"
        "Present: reps from housing, CGL, probation, the CMHT, ASC (chair)\n"
        "1. Figures: 14 people housed, 12 sustained at 12 months\n"
        "2. Void times still too long, average 9 weeks\n"
        "3. New pilot in {{Wrexham}} starts in April - two workers recruited\n"
        "AOB: next meeting 3rd Tuesday. Room booked at the civic centre."
    ),
    (
        "Called [[Sky]] back. She's moved in with her boyfriend [[Lewis]] in {{Llanelli}}, new "
        "address [[27 Station Road]], {{Burry Port}} [[SA16 0LR]]. She's happy, the sky's the "
        "limit she says. Closing the case with her agreement."
    ),
    (
        "Incident report\n"
        "\n"
        "Time: 23:50\n"
        "Location: Outside front door, {{Greenfield House}}, [[22 Ventnor Terrace]], "
        "{{Middlesbrough}} [[TS5 6QR]]\n"
        "Description: Resident [[Conor Philbin]] (Rm 9) was assaulted by a non-resident known "
        'as "[[Tigger]]". Police attended, ref [[CL-20240411-0932]]. [[Conor]] taken to '
        "{{James Cook}} by ambulance, head wound. Staff on shift: [[Aleksandra]] and [[Wes]]."
    ),
    (
        "we'd like to give everyone a thank you for the donations. 40 pairs of socks, 20 "
        "coats, loads of toiletries. If you know anyone who needs a coat send them to the "
        "Tuesday drop in."
    ),
    (
        "NOTE FOR FILE - MR [[K OSEI]] ([[Kwabena]]) rang re his brother, [[Kofi Osei]], who "
        "is in {{HMP Manchester}}. Prison no [[A2219EP]]. [[Kofi]]'s release date is 18th of "
        "next month and he has nowhere to go. [[Kwabena]] can't have him, his own tenancy is "
        "at risk. Duty to refer not yet done by the prison."
    ),
    (
        "can you put the kettle on, I'll be back in 10. also someone's left a frank letter on "
        "the desk from the manager about the rota - read it, it's not great news"
    ),
    (
        "Client [[Semhar Tesfay]], Eritrean, 19, care leaver (UASC). PA is [[Dawit]]. "
        "[[Semhar]] has been given notice at her supported lodgings because the host (Mrs "
        "[[Jenkins]]) is retiring. Pathway plan review on 12th."
    ),
    (
        "[[will]] - tried [[will]] today, no answer. his will to carry on with the course "
        "seems to have gone since his mum died. i will try again thurs. [[will]]'s aunt "
        "[[trish]] might know where he is"
    ),
    (
        "Good practice example for the newsletter: one of our workers spent a whole day with a "
        "man at the jobcentre, the bank and the GP. By 5pm he had a bank account, a UC claim, "
        'a GP registration and a food voucher. This is what "navigation" looks like. We\'d '
        "like commissioners to fund more of it."
    ),
    (
        "PNC ID [[09/551720Q]]. [[Lee-Anne Priestley-Barr]], 29. Custody at {{Etal Lane}} "
        "overnight for shoplifting (meat from Aldi). Released, court date in {{North "
        "Tyneside}} magistrates. [[Lee-Anne]] is pregnant. Her mum [[Carol Priestley]] has her "
        "other two."
    ),
    (
        "hi [[bex]] its [[amber]] from the hub. re [[shannon]] - she said ok to share. she's "
        "on snap: [[shannonxoxo_97]] if you cant get her on the phone, she's on there all day "
        "lol. new number [[07700 900 909]]"
    ),
    (
        "Supervision notes: Worker feeling burnt out after the death last month. Talked about "
        "how to hold hope for people when it feels hopeless. Agreed to reduce caseload by 2 "
        "for 6 weeks and to book onto the reflective practice group. EAP number given."
    ),
    (
        "Sort code [[30-96-17]] acc [[41187203]] - this is [[Marek]]'s new account at Lloyds, "
        "can you update UC so his payment goes there not the old Monzo. His UC journal has it "
        "wrong. [[Marek Dvořák]] NI [[SH774512A]]"
    ),
    (
        "[[Brandy]] (real name [[Brandon Keyes]]) back on the streets by the Minster in "
        "{{York}}. Lost his bed at {{Union Terrace}} for violence to staff. [[Brandy]]'s very "
        "remorseful, wants to apologise to [[Kirsty]] (staff). Outreach to see if a managed "
        "move is possible."
    ),
    (
        "Panel notes. Complex needs panel 7/5\n"
        "\n"
        "1. [[Abdi Jama]] (pres. by [[Rachel]]) - agreed for Housing First\n"
        "2. [[Tanya Gill]] (pres. by [[Kev]]) - defer, more info needed from CMHT\n"
        '3. [[Sean]] "[[Whitey]]" [[White]] (pres. by [[Rachel]]) - agreed for supported '
        "accommodation, 1st choice {{Moorlands}}\n"
        "4. [[Jolanta]] (surname TBC) (pres. by [[Aisha]]) - agreed, urgent, DA"
    ),
    (
        "My name is [[Chantelle]] and I've been clean for 2 years. I want to say thank you to "
        "[[Nat]] and [[Phil]] at the recovery hub."
    ),
    (
        "Outreach {{Dundee}} 7am. [[Ruaridh]] in the doorway of the old Debenhams again, he's "
        "lost a lot of weight. Gave him a roll and tea. Says his CPN [[Mhairi]] hasn't been "
        "out in weeks. [[Ruaridh]]'s CHI is [[1703826614]] if anyone is speaking to "
        "{{Ninewells}}. His sister is [[Eilidh MacInnes]], [[01382 496 118]]."
    ),
    (
        "If you or someone you support is feeling suicidal, the Samaritans are free on 116 123 "
        "any time. For non-emergency health advice call NHS 111. For domestic abuse, the "
        "National Domestic Abuse Helpline is 0808 2000 247. For housing advice Shelter's "
        "helpline is 0808 800 4444. Please put these on the noticeboard in reception."
    ),
    (
        "hi its [[cerys]] from the foodbank in {{Merthyr}}, sorry to bother u. the lady you "
        "referred, [[bethan llewellyn]], came in but she didnt have the voucher. we gave her a "
        "parcel anyway. can u resend the voucher to [[cerys.foodbank@example.org]]. diolch"
    ),
    (
        "Case notes 11/09 - [[Arben Hoxha]] (Albanian, 24). Came to the UK in the back of a "
        "lorry 2022. Was working in a cannabis grow in a house in {{Sunderland}}, arrested in "
        "the raid, now on immigration bail. Reporting at {{Middlesbrough}} reporting centre "
        "fortnightly. Home Office ref [[H7719032]]. Lawyer is Ms [[Elira Dervishi]] at a firm "
        "in {{Leeds}}, [[0113 496 0588]]. [[Arben]] says he owes the people who brought him "
        "£15k and they know where his family live."
    ),
    (
        "Reflection for the training day: What I've learned from a year in outreach. People "
        "tell you the truth in the end if you keep turning up. The hardest thing is the "
        "waiting - waiting for the council, waiting for a bed, waiting for a script. I'll "
        "never again say \"they're not ready\". What I'd change: fewer forms."
    ),
    (
        "[08:01] [[Gemma H]]: morning! who's doing the hospital in-reach today?\n"
        "[08:03] [[Tariq]]: me. list is Mr [[Delroy Henry]] ward 6, [[Jan Kazlauskas]] ward 31 "
        "and a new one from AMU\n"
        "[08:04] [[Gemma H]]: [[Delroy]]'s meant to be going home today but his flat's got no "
        "electric\n"
        "[08:04] [[Tariq]]: yeah I'll ring the LA, his tenancy is with Gentoo\n"
        "[08:10] [[Gemma H]]: [[Jan]] is NFA, needs duty to refer"
    ),
    (
        "A reminder: when recording the outcome of a homelessness application, please record "
        "the date of the decision, the duty owed (prevention, relief, main duty) and whether a "
        "review has been requested. Reviews must be requested within 21 days."
    ),
    (
        "Referral: [[Tigist Bekele]]\n"
        'DOB: [[9 June 1983]] - in her words "I was born the [[ninth of June, 1983]]"\n'
        "Ethiopian, arrived 2019, refugee status granted 2021\n"
        "Current address: [[Room 4, 18 Argyle Street]], {{Swansea}} [[SA1 3SU]] (HMO, landlord "
        "Mr [[Sion Rees]])\n"
        "Issues: landlord entering without notice, no working smoke alarm, damp. [[Tigist]] "
        "has asthma. Her son [[Nahom]] (9) also has asthma.\n"
        "Email: [[tigist.bekele83@mailbox.example]]"
    ),
    (
        "sry for late notes. bad day. [[kenny]] od'd in the toilets at the hub, naloxone given "
        "x2 by [[Sarah]] and [[Jonno]], ambulance took him to {{RVI}}. hes ok now, discharged "
        "himself 3 hrs later ofc. need to do the incident form. [[kenny]] wants to talk about "
        "it tmrw"
    ),
    (
        "PIP mandatory reconsideration - client's own words (scribed by me): \"My name is "
        "[[Rokeya Khatun]]. I have depression and arthritis in both hands. I can't open jars "
        "or do buttons. My husband [[Abdul]] helps me wash. The assessor did not ask me about "
        'my hands. She wrote I could cook a meal. I cannot cook a meal." NI number [[pr 66 13 '
        "07 b]]."
    ),
    (
        "Weekly stats: 41 contacts, 9 new, 3 into accommodation, 2 into detox, 1 death (not a "
        "client of ours - was known to the day centre). Naloxone kits given: 12. Flu jabs: 8."
    ),
    (
        "From: [[Callum Baird]] <[[callum.baird@glasgowhsc.example]]>\n"
        "To: Housing First Glasgow\n"
        "Subject: Referral - [[Stuart Docherty]]\n"
        "\n"
        "Hi,\n"
        "\n"
        "Referring [[Stuart Docherty]], DOB [[23/01/1977]], CHI [[2301770453]]. Currently at "
        "the {{Bellgrove}} and on methadone via the {{Hub at Hunter St}}. Has a long history "
        "of tenancies failing (7 since 2010). Previous address [[0/2, 45 Gallowgate]], [[G40 "
        "2QA]]. [[Stuart]] says he wants \"a place with a door that locks and nobody else's "
        "key\". He'd be a great fit.\n"
        "\n"
        "[[Callum]]\n"
        "Senior Practitioner, Homelessness Health\n"
        "[[0141 496 0279]]"
    ),
    (
        "ASB warning issued to resident of room 12 re noise and visitors. Next step would be a "
        "formal warning and then notice. Worker to discuss at keywork session. No need for "
        "police involvement at this stage."
    ),
    (
        "Notes from the barrier mapping session (anonymised):\n"
        '- "I was told I need a letter from the council to get into the hostel and a hostel '
        'address to get a letter from the council"\n'
        '- "Every time I get sanctioned I end up back on the street"\n'
        '- "My phone is my whole life. If it goes I lose my appointments, my UC, my family"\n'
        '- "They closed my case because I missed 2 calls. I was in hospital."'
    ),
    (
        "[[ION POPESCU]] / [[Ionuț Popescu]] - same person, two records on the system, can "
        "someone merge. DOB on one is [[04/04/1990]] and other [[4 April 90]]. Romanian "
        "passport [[059871432]]. Works for an agency in {{Boston}}, came up to {{Hull}} for "
        "the docks work that never happened"
    ),
    (
        "night: no major issues. rm 1 up all night pacing, offered to talk, declined. rm 14 "
        "had visitors after 11 - reminded of the rules. mark on the wall in the lounge, looks "
        "like someone's kicked it. rose bush at the front has been pulled up again, kids "
        "probably"
    ),
    (
        "Just a note to say my mate [[Lily]] got her flat today!!! Keys in hand. Shes been "
        "waiting 3 years. Thank you to [[Ange]] at Karbon who pushed for it. Address is [[6 "
        "Heron Close]] {{Ashington}} if anyone wants to drop a housewarming card 🥹"
    ),
    (
        "Duty to refer received from {{HMP Altcourse}}:\n"
        "[[Shane Patrick Doherty]] A9981FB\n"
        "Release date: Thursday\n"
        "Local connection: {{Warrington}} (mum), {{St Helens}} (previous tenancy)\n"
        "Offence: burglary\n"
        "Risk: medium to public\n"
        "Probation: [[Nadine Clough]] ([[nadine.clough@justice.example.gov.uk]])\n"
        "Notes: [[Shane]] has a partner, [[Demi]], in {{St Helens}}, but her housing "
        "association won't let him stay."
    ),
    (
        "Quick q for the CoP - anyone know how the 28 day move-on works when someone gets "
        "refugee status while they're in a hotel in Scotland? Is it the same as England? We've "
        "got a young man who got his letter on Monday and the hotel says he's out on the 30th. "
        "Thanks."
    ),
    (
        "Survey: \"I would like the workers to know I'm not stupid. I just didn't have a "
        "chance at school. My dad was an alcoholic and my mum left. I was in care from 11. "
        "When you talk to me like I'm a kid I shut down.\""
    ),
    (
        "Called [[Wei Zhang]] (Mrs [[Zhang]]'s son) - he translates for her. Mrs [[Zhang Mei]] "
        "has been served a s.21 at [[14 Kingsley Avenue]], {{Newcastle}} [[NE3 1AA]]. Landlord "
        "[[Graham Hetherington]] says he's selling. She's 78 and hasn't moved in 30 years. "
        "[[Wei]] lives in {{London}} and can't take her. Housing advice appt booked."
    ),
    (
        "13:05 voicemail, no name given, woman's voice, sounded distressed: \"I need to speak "
        "to someone about my ex he's outside again please ring me\" - number withheld. Logged. "
        "Nothing else we can do. Flagged to the IDVA team in case she calls again."
    ),
    (
        "WhatsApp from client (copied with consent):\n"
        "[[marcus]]: wer u at\n"
        "[[marcus]]: ive been waiting 20 min outside\n"
        "me: sorry [[marcus]] I'm stuck in traffic by the roundabout, 5 mins\n"
        "[[marcus]]: ok hurry up am freezing\n"
        "[[marcus]]: my mate [[deano]] is here 2 can he come to the jobcentre wiv us"
    ),
    (
        'IRISH TRAVELLER FAMILY - the [[Wards]]. Mother [[Margaret]] "[[Maggie]]" [[Ward]], '
        "father [[John Joe Ward]], 5 children. Roadside encampment off the A66 near "
        "{{Penrith}}. Council issued notice under s.77. [[Maggie]] says [[John Joe]] has a bad "
        "heart and the baby has bronchitis. Education welfare officer is [[Sinéad Keane]] "
        "([[07700 900 640]])."
    ),
    (
        "Dear colleagues, we're holding a candlelit vigil on Friday for those who died "
        "homeless this year. Names will be read out only with family consent. Meeting at 6pm "
        "by the war memorial. Hot drinks afterwards at the church hall."
    ),
    (
        "Note from IDVA: [[Zarghona]] ([[Zarghona Ahmadi]]) called again. Her husband [[Ahmad "
        "Shah Noori]] took her phone and her BRP. She's using a friend's phone, [[07700 900 "
        "157]], do NOT leave voicemails. [[Zarghona]] speaks Dari and Pashto, interpreter must "
        "be female and not from the local Afghan community."
    ),
    (
        "Met w [[Gav]] re his UC sanction. The work coach (Mrs [[Barnes]]) says he missed an "
        "appt on the 4th but he was at {{Royal Stoke}}... sorry I mean {{Royal Derby}} that "
        "day, he has the discharge letter. Drafted MR together. His UC claim ref is in the "
        "journal, didn't note it here."
    ),
    (
        "CLEAN-UP DAY FEEDBACK: Good turnout. We cleared the garden, painted the lounge and "
        "sorted the donations room. Amber, green and red bins now labelled. Huge thanks to the "
        "volunteers from the university."
    ),
    (
        "[[Abu Bakr al-Sudani]] (Sudanese, asylum seeker) DOB [[01/01/1998]] (Home Office "
        "assigned). Real DOB he thinks is [[12/03/1999]]. In {{Stockton}} dispersal "
        "accommodation at [[44 Bishop Street]], [[TS18 1SY]]. Says the housing provider "
        "(Mears) hasn't fixed the toilet in 3 weeks. Mears ref [[MRS-118827]]. [[Abu Bakr]] "
        "has PTSD from the war, sees a counsellor at Freedom from Torture."
    ),
    (
        "Minutes - dual diagnosis working group\n"
        "Present: 9 (list on file)\n"
        "- Discussion about people falling between CMHT and drug service\n"
        "- Agreed to trial a joint assessment slot on Wednesdays\n"
        "- ESA/PIP advice surgery to be added to the hub timetable\n"
        "- Grace period for missed appts: agreed 2 missed before discharge, not 1\n"
        "Actions: comms to all staff by end of month."
    ),
    (
        "[[FARHAD REZAEI]] - Iranian, Christian convert, fresh claim being prepared. Church "
        "letter from Rev. [[Alison Pryce]] at {{St Mark's}}. [[Farhad]]'s phone [[07700 900 "
        "230]]. He is sleeping at a friend's in {{Bangor}}."
    ),
    (
        "CoP case. I'll call him <<Dean>>. <<Dean>> is 34, came out of prison in March after 4 "
        "years, and has been recalled twice since - both times for missing appointments when "
        "he had no phone. The thing I keep coming back to is the letters. Every letter goes to "
        "the last address the system has, and <<Dean>> has had six addresses since March. His "
        "most recent recall letter was addressed to [[Dean Holloway]] at a hostel he'd left "
        "three weeks before. Questions for the group: 1) can probation be made to use a "
        "care-of address like ours? 2) has anyone used the Offender Rehab Act hardship route?"
    ),
    (
        "card fraud - [[Joy]] says her daughter's fella has been using her debit card. card no "
        "she read out [[4885 2872 9130 2565]], bank has frozen it. new card coming to [[33 "
        "Coronation Street]], {{Barrow}} [[LA14 2NG]]. [[Joy]] is 68, lives alone, says she's "
        "too ashamed to go to the police. joy of joys, the bank were actually helpful for once"
    ),
    (
        "Hope this helps - the times for the drop-ins are Mon 10-12 (day centre), Weds 2-4 "
        "(library), Fri 9-11 (church hall). No appointment needed. Bring ID if you have it but "
        "don't worry if not."
    ),
    (
        "[[Hope]] rang, she's been offered a flat in {{Seacroft}}, wants us to go and look at "
        "it with her. [[Hope Ferguson]] - tel [[07700 900 871]]. Viewing Thurs 1pm. I said I'd "
        "go, [[Hope]]'s worried about the area because her ex's family are from there."
    ),
    (
        "Housing register: [[Chiamaka Eze]], ref [[HR0094471]], band B. Household: self + 2 "
        "(twins [[Adaeze]] and [[Obinna]], 4). Currently in TA at [[Flat 3, 8 Beech Grove]], "
        "{{Gateshead}} [[NE9 5AB]] - 2nd floor, no lift, double buggy. Requesting medical "
        "priority, [[Chiamaka]] has sickle cell. Letter from haematology at {{QE}} (Dr [[K. "
        "Mensah]]) attached."
    ),
    (
        "outreach - {{Aberdeen}} - the beach end. 2 people in a tent. [[Seonag]] (said her "
        "name was [[Seonag]], didn't want to give surname) and a man who said he was her "
        "brother. she's got a court date in {{Peterhead}} and no way to get there. gave bus "
        "fare."
    ),
    (
        "Data protection refresher: you should never write a client's date of birth or NI "
        "number in an email subject line. Use the case number from the CRM instead. If you "
        "email another agency use the secure portal, not personal email."
    ),
    (
        "Phone call with [[Rūta Kazlauskienė]] from the Lithuanian community group. She is "
        "helping [[Jonas]] (client, [[Jonas Petrauskas]], 51) with his settled status. "
        "[[Jonas]] has no passport, only an expired ID card [[LT 31274895]]. [[Rūta]]'s number "
        "is [[07700 900 318]], email [[ruta.k@ltcommunity.example.org]]."
    ),
    (
        "On-call log Sat\n"
        "00:40 call from {{Ridley House}}, resident self harming. advised 999. ambulance "
        "attended.\n"
        "02:15 call from police, man found asleep in bin store, asked if he's known - he's "
        "not\n"
        "03:30 nothing\n"
        "06:00 handed over to [[Siobhan]] (day on-call)"
    ),
    (
        "Rm 5 (the [[Lakatos]] family) - [[Gheorghe]], wife [[Mirela]], 3 kids. Roma, from "
        "Romania via {{Sheffield}}. [[Gheorghe]] worked on a building site cash in hand, fell "
        "off scaffold, broke both wrists. No NI no, no way to claim. Kids not in school yet - "
        "ed welfare to be contacted. [[Mirela]] speaks some English. Their eldest, [[Florin]] "
        "(14), translates - we shouldn't be using him but there's no interpreter till Tuesday."
    ),
    (
        "Tues: spent 2 hrs on hold to the DWP. Got through eventually. They've said the "
        "advance will be paid in 3 days. Client (rm 11) very relieved. Also sorted his bus "
        "pass."
    ),
    (
        "[[TANK]] (real name [[Anthony Rowbotham]]) back in {{Rochdale}}. He's banned from the "
        "town centre under a CBO. [[Anthony]]'s probation officer is [[Gary Platt]], CRN "
        "[[d118274]]. [[TANK]] told me to f off today but he took the sleeping bag."
    ),
    (
        "Voicemail (transcribed by phone):\n"
        "\"Hello, this is Sister [[Bernadette]] from St Vincent's, I'm calling about one of "
        "your gentlemen, Mr [[Peter Kane]], he's been coming to our lunch club and he's not "
        "well at all, I think he needs a doctor, he says you know him, you can get me on "
        '[[0151 496 0044]], thank you, God bless."'
    ),
    (
        "Survey: \"More women only spaces. I can't go to the day centre because he goes there. "
        "I'd rather starve than be in a room with him.\""
    ),
    (
        "client known as [[little mo]] ([[mohammed iqbal]]) came in, wants help with a bus "
        "pass and a gym membership! first time hes asked for anything that isnt a sleeping "
        "bag. [[mo]] has been off the gear 3 months. he says his brother [[Nadeem]] in "
        "{{Bradford}} has offered him work at the takeaway"
    ),
    (
        "Hi [[Karen]],\n"
        "\n"
        "Thanks for your time today. As agreed:\n"
        "- I will send the referral to the Money Advice team for Mr [[Dafydd Rhys-Evans]] (DOB "
        "[[19/02/1958]]).\n"
        "- You will check whether his housing benefit claim ([[HB 4471902]]) can be "
        "backdated.\n"
        "- We will meet again on the 14th at the {{Newport}} office.\n"
        "\n"
        "His daughter [[Catrin]] will attend the next meeting.\n"
        "\n"
        "Best wishes,\n"
        "[[Tom]]\n"
        "[[Tom Beddoes]] | Advocacy Worker | [[01633 496 210]]"
    ),
    (
        "Incident: A resident was found unresponsive in the bathroom at 14:20. Staff "
        "administered naloxone and started CPR. Paramedics arrived at 14:29. The resident was "
        "taken to hospital and is now recovering. Staff debrief held at 16:00. Well done to "
        "everyone involved."
    ),
    (
        "[[Jack]] wants to jack it all in and go back to {{Liverpool}}. said it'll be easier "
        "there, his mates are there. i said his mates are why he ended up in prison. he "
        "laughed. [[jack]]'s got his review with the drug service monday, see if we can keep "
        "him here till then"
    ),
    (
        'Forwarded from the job centre - "Our customer Mr [[Rami Al-Hamwi]] has told us he is '
        "homeless. His national insurance number is [[SJ 91 20 66 D]]. Please contact him on "
        '[[07700 900 526]]." - [[Rami]] is Syrian, refugee since 2017, wife [[Lina]] and 3 '
        "kids are in {{Huddersfield}}, he left after arguments."
    ),
    (
        "Weekly round-up: It's been a hard week. The cold snap meant SWEP was open 5 nights, "
        "and we had 22 people in on the busiest night. Two new arrivals from Poland and one "
        "from Eritrea. Thank you to everyone who did extra shifts."
    ),
    (
        "Referral for counselling (Step 2)\n"
        "Name: [[Kwame Asante]]\n"
        "DOB: [[1st of March '79]]\n"
        "Address: Room 9, {{Salvation Army Lyndon House}}, [[54 Corporation Street]], "
        "{{Sheffield}} [[S3 8RS]]\n"
        "Phone: no phone, contact via hostel\n"
        "GP: [[Dr Patel]], {{Devonshire Green Practice}}\n"
        "Presenting problem: low mood, flashbacks, bereavement (wife [[Ama]] died in 2022)"
    ),
    ("im not doin the group again. its full of ppl i used with. sorry"),
    (
        "[[Rojda]] wants it recorded that she doesn't want her husband's family told where "
        "she's moving to. Her husband is [[Serhat Demir]], DOB [[15/08/1986]]. She has a "
        "non-mol (case no [[HU24F00318]]). [[Rojda]]'s kids: [[Baran]] (8), [[Zilan]] (5)."
    ),
    (
        "Quote from the lived experience panel: \"Don't call me a service user. I don't use "
        'services. Services use me - for their numbers."'
    ),
    (
        "saw a car parked outside the refuge for 2hrs last night, black BMW, reg [[YF19ZRT]]. "
        "[[Kelly]] (rm 3) thinks it's her ex's mate. Logged with police, ref [[NY-4451-24]]. "
        "Staff told to keep front door locked."
    ),
    (
        "Call w {{Wrexham}} Housing Options: the officer ([[Llinos]]) said they'd accept a "
        "homeless app from [[Emyr]] even though he's been in {{Chester}} for a year, as he has "
        "a local connection through his mum ([[Glenys Roberts]], [[8 Maes y Dref]], "
        "{{Rhosllanerchrugog}} [[LL14 1AB]])."
    ),
    (
        "Referral declined - reason: outside our area. Signposted to the local authority and "
        "Shelter's helpline (0808 800 4444). Closed."
    ),
    (
        "[[DERMOT O'SULLIVAN-BYRNE]] ([[Derm]]) - NI [[wl440917b]] - hospital no [[M1188204]] "
        "({{Furness General}}). [[Derm]] presenting confused, ?wernicke's. Brother [[Fergal]] "
        "on [[07700 900 744]]."
    ),
    (
        "Why I love this job (for the staff newsletter): Because every so often someone comes "
        "back to say thank you. This week a man I worked with 5 years ago walked into the "
        "office with a cake. He's a dad now. He works at the bus depot. He said \"you never "
        "gave up on me\". That's why."
    ),
    (
        "[[@kayz_x_99]] on insta is [[Kayla]], she DMs us when she needs a bed, won't use the "
        "phone. [[Kayla]] is 19, care leaver, leaving care PA [[Stacey]] at {{Hartlepool}}."
    ),
    (
        "Multi-agency meeting - [[Marlon Grant]] - 09/10\n"
        "\n"
        "Present: [[Leanne Wood]] (Housing First, chair), Sgt [[Andy Carr]] (neighbourhood "
        "police), [[Priya Nair]] (CMHT), [[Ola]] (CGL), [[Ken Hill]] (landlord, {{Byker}} "
        "properties)\n"
        "\n"
        "Background: [[Marlon]] (DOB [[30/06/1981]]) moved into [[14 Raby Street]], [[NE6 "
        "1JS]] in May with a Housing First tenancy. Neighbours have complained about visitors "
        "and noise. Mr [[Hill]] has served a section 8 notice for ASB. [[Marlon]] says the "
        "visitors are people he used to sleep out with and he doesn't know how to say no.\n"
        "\n"
        "Discussion: [[Priya]] said [[Marlon]] hasn't had a depot injection since August. "
        "[[Ola]] said he's still on his script and his tests show no crack for 6 weeks. "
        '[[Andy]] said police are aware of one visitor in particular, known as "[[Duffy]]", '
        "who is suspected of cuckooing in the area. [[Ken]] said he'd consider withdrawing the "
        "notice if there are no complaints for 8 weeks.\n"
        "\n"
        "Actions:\n"
        '- [[Leanne]] to support [[Marlon]] to set up a door camera and "no visitors after '
        '9pm" rule\n'
        "- [[Priya]] to arrange depot at home visit\n"
        "- Police to consider a closure order on \"[[Duffy]]\"'s base, not [[Marlon]]'s flat\n"
        "- Discharge grant from prison already used up - [[Leanne]] to apply to the hardship "
        "grant for carpets\n"
        "Next meeting: 6 weeks"
    ),
    (
        "hi, just to let u know [[shirley wood]] has passed away. her son [[gary]] rang. "
        "funeral at {{west road}} crem on the 3rd. [[shirley]] loved the wood burner in the "
        "lounge at the day centre, always sat by it. i'll put a card out for people to sign"
    ),
    (
        "Reminder to all staff: the wood burner in the lounge must not be lit without a member "
        "of staff present. Also the hill up to the side gate is icy, please grit it in the "
        "mornings."
    ),
    (
        "CoP - anonymised write-up. I'll call her <<Amber>>. <<Amber>> is a 27 year old woman "
        "who sells sex on the street in the city centre. She's been doing it since she was 15. "
        "She has a crack habit and a boyfriend who takes most of her money. She has never had "
        "a tenancy. She's been in and out of the women's hostel for six years. Last month she "
        "was raped and didn't report it. She came to us the next morning and asked for a "
        "pregnancy test and a cup of tea. What I want from the group: how do we get a sexual "
        "health nurse who will come out at night? The clinic hours are 9 to 5 and <<Amber>> is "
        "asleep then. The amber light on the van is the signal we're parked up, she knows it."
    ),
    (
        "[[Sarah-Jane McKenzie]] ([[SJ]]) DOB [[5/5/96]]. care leaver, turned 21 last month, "
        "PA support ending. went with [[sarah-jane]] to the council to sign for her flat - "
        "[[Flat 2/1, 9 Keir Street]], {{Pollokshields}}, [[G41 2LA]]. [[SJ]] cried on the way "
        "out. we got her a starter pack. told [[sj]] id visit weds"
    ),
    (
        "Court note - {{Teesside Magistrates}} 14/02. [[Ronnie Bath]] (A3314GH, came from "
        "{{HMP Holme House}}) - pleaded guilty to theft. Fine, 12 month conditional discharge. "
        "[[Ronnie]] asked if he could have a bath before going back out - he'd been in a "
        "police cell for two nights. Took him to the hub for a shower."
    ),
    (
        "Meeting cancelled due to the strike. Will reschedule for the week after. Can someone "
        "tell the people from the council?"
    ),
    (
        "Hi,\n"
        "\n"
        "I'm writing to refer Ms [[Ama Mensah]] (DOB [[22/09/1972]], NI [[NP 40 81 22 A]]) to "
        "your debt advice service. [[Ama]] has arrears with her energy supplier (account "
        "[[0041887731]]) and a council tax debt. She lives at [[27 Cleveland Street]], "
        "{{Darlington}} [[DL1 2PE]]. Best to contact her on [[07700 900 389]] after 3pm as she "
        "works mornings. Her Ghanaian name is [[Ama Serwaa]], and letters sometimes come under "
        "that, so please note both.\n"
        "\n"
        "Thank you,\n"
        "[[Rebecca Ansah]]\n"
        "Community Navigator, {{Darlington}}\n"
        "[[rebecca.ansah@navigators.example.org]]"
    ),
    (
        "[22:15] [[Bill]]: is the van going out tonight\n"
        "[22:16] [[Sue]]: yes 11pm, need 1 more volunteer\n"
        "[22:16] [[Bill]]: i can do it\n"
        "[22:17] [[Sue]]: ta [[Bill]], meet at the back of the church, bring your lanyard\n"
        "[22:17] [[Sue]]: and the bill for the sandwiches from tesco pls, need it for the "
        "receipts"
    ),
    (
        "Please note that the office will be closed on Monday for staff training. Anyone who "
        "needs emergency help should go to Housing Options or call the out-of-hours line. If "
        "someone is at risk call 999."
    ),
    (
        "Dr [[Frances Oyinlola]] (GP, {{Inclusion Health Practice}}) - spoke re [[Ivy "
        "Thornton]]. Dr [[Oyinlola]] thinks [[Ivy]] needs an urgent memory assessment, she's "
        "been getting lost on the way back to her room. [[Ivy]]'s hospital no at {{Freeman}} "
        "is [[F3021187]]. Niece is [[Rachel Thornton]], NOK, [[07700 900 212]]."
    ),
    (
        "re the man at the station - he gave his name as [[Ali]]. said he's from Afghanistan, "
        "17?? no docs. social care duty informed for age assessment. he was sleeping in the "
        'toilets. took him to the emergency placement. [[ali]] means "high" he told me, i '
        "said we'd get him somewhere high up with a view"
    ),
    (
        "Notes from supervision (worker's own notes): I'm struggling with one client in "
        "particular who reminds me of my brother. My supervisor suggested I talk to the EAP. "
        "I'd also like to do the trauma-informed training in May. Action: book onto training."
    ),
    (
        "Handover - day to late\n"
        "[[Craig]] (rm 2) - seen by GP, antibiotics started, make sure he takes the evening "
        "dose\n"
        "Rm 6 - empty, deep clean needed\n"
        "[[Natasha Kowalski]] (rm 8) - court tomorrow 9:30, {{Sunderland}} mags, she needs "
        "waking at 7, taxi booked\n"
        "[[Tash]]'s solicitor is Mr [[Ahmed]] ([[0191 496 0815]])\n"
        "Rm 10 - [[Dale]] - his mum [[Linda Crozier]] is visiting at 6"
    ),
    (
        'safeguarding concern - [[kyle]] (16) staying with an older man known as "[[UNCLE '
        'J]]" in a flat, [[41 Ripon Road]] we think, with other lads. [[kyle]] has new '
        "trainers, phone, cash. possible CCE. mum [[dawn atkinson]] doesn't know. police intel "
        "submitted. [[kyle]]'s school is {{St Aidan's}}."
    ),
    (
        "The Scottish Government's new guidance on homelessness prevention duties comes in "
        "next year. Our team in {{Glasgow}} and the team in {{Dundee}} will do joint training "
        "in the autumn. Aye, there'll be a lot to learn."
    ),
    (
        "ring back mrs [[nwosu]] re [[chidi]]'s school uniform grant. shes on [[0113 496 "
        "0233]]. [[chidi]] starts at {{Roundhay}} in sept. also needs free school meals app."
    ),
    (
        'Lived experience panel - ideas for the new hostel name. Suggestions: "The Harbour", '
        '"Haven", "Safe Harbour", "The Anchor", "Hope House". Most people hated "Hope '
        'House". One person said "just call it flats, we\'re not charity cases".'
    ),
    (
        "Transcript of voicemail left on the duty phone 07:48:\n"
        "\"Yeah alright it's [[Dazza]], I'm in the cells at {{Middlesbrough}}, they're letting "
        "us out at 10, can someone come and get us, I've got no money, tell [[Shell]] I'm "
        'sorry. Cheers."\n'
        "(Client is [[Darren Moss]], PNC [[15/0093381T]]. [[Shell]] = [[Michelle Cairns]], "
        "ex-partner, there's a DVPO in place so we will NOT pass the message on.)"
    ),
    (
        "Thanks for a great session yesterday. The slides are on the shared drive. Please "
        'remember: a "local connection" doesn\'t apply to people fleeing domestic abuse. And '
        "a person can't be found intentionally homeless for leaving a home where they were at "
        "risk of violence."
    ),
    (
        "Referral: young man, [[Bao Nguyen]], 17 (disputed), found by police at a house in "
        "{{Hartlepool}} with cannabis plants. Claims to be 16. Vietnamese. Interpreter used. "
        '[[Bao]] has a tattoo of a dragon on his right arm. Says "[[Uncle Hung]]" brought '
        "him from {{London}} in a van. Possible trafficking victim, NRM referral by PC "
        "[[Lauren Stobbs]], Cleveland Police, collar no [[2271]]."
    ),
    (
        "Barriers (worker's list for the funder report):\n"
        "1. Digital exclusion - no phone/data\n"
        "2. ID - no passport, no birth cert, no driving licence\n"
        "3. Local connection rules\n"
        "4. Hostel bans\n"
        "5. Stigma - in GP surgeries, in A&E, in the jobcentre\n"
        "6. Waiting lists - 14 weeks for talking therapies, 9 months for ADHD assessment"
    ),
    (
        "[[Frank]] called. he's ok. been frank with me about the drinking - up to 3 bottles of "
        "vodka a day. wants a detox. [[Frank Mulhern]] DOB [[11/11/1961]] - GP is in "
        "{{Partick}}. referred to the alcohol team."
    ),
    (
        "Meeting of the night shelter volunteers. We agreed that in future the rota will go "
        "out on Sunday. We're short of men volunteers on Thursdays. Please tell a friend!"
    ),
    (
        "Appeal letter to the Home Office (drafted with client):\n"
        "\n"
        "Dear Sir/Madam,\n"
        "\n"
        "My name is [[Faadumo Hassan Nur]]. My Home Office reference is [[N1104729]] and my "
        "port reference is [[MAN/19/02841]]. I was born on [[12 December 1995]] in "
        "{{Kismayo}}, Somalia. I am writing because my support was stopped on 4 March and I "
        "have been sleeping on the floor of my friend [[Sahra]]'s flat in {{Toxteth}} since "
        "then. I did not get the letter because it was sent to my old address, Room 6, [[31 "
        "Lodge Lane]], [[L8 0QQ]].\n"
        "\n"
        "Yours faithfully,\n"
        "[[Faadumo]]"
    ),
    (
        "fyi the chemist on the high st has changed its opening hours - now 9-5 on Saturday "
        "and closed Sundays. Clients on daily pickups need to know. Also the needle exchange "
        "is moving to the back door."
    ),
    (
        "[[MAGDA]] rang - [[Magdalena Wróbel]]. Shes in {{Kirkcaldy}} now, working at a hotel, "
        "got a room with the job. Happy. Wanted to tell [[Ewa]] (her old keyworker) thanks. "
        "[[magda]]s new number [[07700 900 715]]"
    ),
    (
        "Today's outreach in {{Merthyr Tydfil}}: 3 people bedded down in the town centre, all "
        "known. One new man by the river, declined to give details. Left a card. SWEP not "
        "active. Weather dry."
    ),
    (
        "Email to landlord:\n"
        "\n"
        "Dear Mr [[Choudhury]],\n"
        "\n"
        "Our client Mr [[Nathan Pearce]] at [[Flat 4, 120 Ferensway]], {{Hull}} [[HU2 8LN]] "
        "has told us that the front door lock has been broken since the 2nd. We'd be grateful "
        "if you could arrange a repair this week, as he has been burgled once already. You can "
        "contact me on [[01482 496 337]].\n"
        "\n"
        "Kind regards,\n"
        "[[Joanne Stephenson]]"
    ),
    (
        "Just had a frank conversation with the manager about staffing. We need two on nights. "
        "Will bring it up at the team meeting. Mark it in the diary."
    ),
    (
        "Teams chat:\n"
        "[[Aisling Byrne]] 14:02: do we know anyone called [[Kerry-Ann]] in the {{Hulme}} "
        "hostel? her mam rang\n"
        "[[Hassan]] 14:05: [[Kerry-Ann Devlin]]? yeah she's with us, rm 17\n"
        "[[Aisling Byrne]] 14:06: can you ask if she wants her mam to have her number\n"
        "[[Hassan]] 14:20: she says no 🙁"
    ),
    (
        'Survey: "What would have helped? Someone telling me about the Discretionary Housing '
        'Payment. I had no idea it existed until I was already evicted."'
    ),
    (
        "Outreach 05:30, {{Carlisle}} - the underpass near the castle: 1 male, [[Davey]] "
        "([[David Irving]]), known. Said he'd been assaulted last night, black eye, refused "
        "police. [[Davey]] wants to go into {{Carlisle}} Foyer? - he's 26 so too old. Refd to "
        "Housing Options, ref [[CCC-HO-00571]]."
    ),
    (
        "told [[gemma]] and [[kurt]] to come back at 2 for the food parcels. [[kurt]] said hed "
        'bring his tiktok lad, [[@kurtyboy_ne]], to film it for "content". said no'
    ),
    (
        "Fr [[Tadeusz]] from the Polish church in {{Leith}} rang asking after [[Bogdan Lis]], "
        "DOB [[1969-03-14]]. [[Bogdan]] used to come to the 10am mass and hasn't been for a "
        "month. Said we'd check."
    ),
    (
        "ALL STAFF: THE FIRE DOOR ON THE 2ND FLOOR IS BEING PROPPED OPEN AGAIN. THIS IS A "
        "SERIOUS RISK. IF YOU SEE IT OPEN, CLOSE IT AND LOG IT. THANK YOU."
    ),
    (
        "UC claim for [[Precious Moyo]] - email used for the account is [[precious.moyo88 (at) "
        "outlook (dot) com]], password reset done with her. her van driver brother [[Tendai]] "
        "has reg [[nx 21 kfe]], he'll bring her to the appt."
    ),
    (
        "Nothing to report from the drop-in today, quiet. 11 people, mostly regulars. Soup ran "
        "out at 1. Someone brought a dog, which cheered everyone up."
    ),
    (
        "[[SJ]] - not sure if you saw but Cllr [[Bernadette Kaur-Jones]] is visiting the hub "
        "on the 19th with the new portfolio holder. Can you make sure the lounge is tidy and "
        "the residents know?"
    ),
    (
        "Quick one for the group: what do people use for interpreting over the phone at night? "
        "The service we use is ok for Arabic and Polish but we waited 40 minutes for Tigrinya "
        "last week and the man gave up and left."
    ),
    (
        "pt says her pimp ([[Reece]]) takes her UC every month. wants help opening a new bank "
        "acct he doesnt know about. booked in with the money advice worker thurs. [[reece]] "
        "drives a white audi"
    ),
    (
        "Our winter appeal raised £4,210. It'll pay for 80 emergency packs (sleeping bag, hat, "
        "gloves, socks, toiletries). Thank you to everyone in the {{Swansea}} and {{Neath}} "
        "teams."
    ),
    (
        "Reminder: May bank holiday the office shuts at 3. April's data return is due on the "
        "Friday before. Please get your outcomes in by Wednesday."
    ),
]

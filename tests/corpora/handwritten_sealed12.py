"""Hand-written notes for the sealed12 split (no templates), in markup.py's markup.

Written blind: as frontline workers type them, not shaped by the scanner. Every person,
number and address here is made up.
"""

SEALED12 = [
    # Barrier descriptions (what happened) and how it was overcome.
    (
        "Housing options refused to take a homeless application from [[Hodan Warsame]] "
        'because she "had somewhere to stay" (the sofa at her cousin\'s in {{Easton}}). '
        "Told her to come back when she was actually on the street. [[Hodan]] has three kids "
        "under 6, mobile [[07700 900 310]]."
    ),
    (
        "How it was overcome: I rang the duty manager and quoted Housing Act 1996 Part 7, "
        "s184 (reason to believe is enough, no need to be on the street). They opened a case "
        "the same afternoon, ref [[HPR/24/03318]], and booked TA for Ms [[Warsame]] and the "
        "kids."
    ),
    (
        "GP surgery would not register without proof of address and photo ID. Printed the "
        'NHS "how to register with a GP" card, went with the client on Tuesday and asked '
        "for the practice manager. Registered in 20 mins. Worth carrying a copy of that "
        "leaflet in your bag."
    ),
    (
        "DWP wouldnt accept the fit note bc it had the wrong DOB on it. correct DOB is "
        "[[14/07/1979]], the note said 1997. client ([[Tariq Mahmood]]) got sanctioned in "
        "the meantime. overcome - got the GP to reissue, put it on his journal, sanction "
        "overturned at MR. thanks [[KA]] for the nudge"
    ),
    (
        'what happened: [[grzegorz]] was evicted from {{Ashcombe House}} for "threatening '
        'behaviour" which was him shouting down the phone to his mum in Polish. no '
        "interpreter at the meeting. how overcome: booked an interpreter via Language Line "
        "and asked for the decision to be looked at again, he's back in. [[greg]] says "
        "dziękuję to everyone"
    ),
    (
        "Pharmacy stopped supervised consumption because the script had run out over the "
        "bank holiday. Overcome by ringing the CGL duty prescriber, who faxed (yes, faxed) a "
        "bridging script. Lesson: check the end dates before any long weekend, Easter and "
        "August especially."
    ),
    (
        "Blocked by: children's services would not share the child protection plan with "
        "mum's IDVA. Overcome: mum ([[Llinos Evans-Jones]]) signed a consent form in front "
        "of me and I emailed it to the social worker, [[ceri.bowen@wrexham-cs.example]], "
        "quoting the MARAC ref [[MRC-2291]]. Plan arrived next day. [[Llinos]] was relieved."
    ),
    (
        "Barrier: UC claim closed because he didn't do the ID check at the jobcentre. He has "
        "no ID at all, his passport was kept by his old gangmaster. [[Marius Popa]], born "
        "[[3 Feb 1990]], NI no [[SZ 62 18 40 D]]. Overcome: got him a verification "
        "appointment using the NI number and a letter from us on headed paper, and reported "
        "the passport to the Modern Slavery Helpline. [[Marius]] has his first payment now."
    ),
    (
        "The crisis team said they couldn't see anyone who'd been drinking. Overcome: asked "
        "the CMHT consultant to put in writing that the dual diagnosis policy says "
        "otherwise. Frank conversation with the team lead after that and it hasn't happened "
        "since. Will keep an eye on it over Christmas."
    ),
    (
        "Home Office lost her BRP application for 4 months. Overcome: the MP's caseworker "
        "([[Tom Ellery]]) chased, replacement BRP issued, number [[ZX4418207]]. [[Zarmina]] "
        "cried when it came through the door."
    ),
    (
        "What happened: the council said Mr [[Okafor]] was intentionally homeless because he "
        "gave up his tenancy. He left because of racist abuse from neighbours, which was "
        "reported, GMP crime ref [[13/118822/24]]. How overcome: s202 review with the crime "
        "ref and a letter from his support worker [[Gemma Rothwell]]. Decision withdrawn, "
        "full duty accepted for [[Chinedu]]."
    ),
    (
        "Prison release on a Friday with no accommodation and the probation office shut for "
        "the weekend. What we do now: ring the HMPPS CAS3 single point of contact on the "
        "Wednesday before every Friday release, and get the Duty to Refer done before the "
        "man walks out of the gate."
    ),
    (
        "barrier: school wouldnt enrol [[River]] until the Home Office letter came thru. "
        "[[River]] is 9!! overcome: education welfare officer told them enrolment cant "
        "depend on immigration status, he started monday. mum [[grace kabeya]] (mum of "
        "[[River Kabeya]]) txt me a smiley face"
    ),
    (
        "The hospital discharged Mrs [[Nguyen Thi Lan]] to an address she left two years ago "
        "(hosp no [[X0448812]]). Overcome: ward sister rang us and we met her at the door of "
        "the discharge lounge with a Vietnamese-speaking volunteer, [[Hoa]]. Mrs [[Lan]] is "
        "in respite now."
    ),
    (
        "Barrier: the food bank referral form asks for a National Insurance number, which "
        "most of our NRPF clients don't have. Overcome: the food bank agreed to take a "
        "referral code from us instead. If your local one won't, tell them the Trussell "
        "guidance allows it."
    ),
    (
        "how overcome: [[Sonny Whyte]] finally got his ESA back after the tribunal. honestly "
        "it was the letter from Dr [[Adeyemi]] that did it, plus [[Sonny]]'s sister "
        "[[Marcia]] ([[Marcia Bailey-Hinds]]) coming to the hearing with him"
    ),
    (
        "Barrier: Scottish Traveller family on a roadside camp outside Inverness, council "
        "gave them 24 hours to move and no offer of a pitch. [[Ina Townsley]] has COPD and "
        "her oxygen delivery was due that week. Overcome: we asked the council to do a "
        "welfare assessment first (their own unauthorised encampments guidance says so). "
        "They gave 14 days. [[Ina]]'s son [[Wullie]] did all the talking, fair play to him."
    ),
    (
        "The interpreter didn't turn up for the third time. Overcome: got the practice to "
        "book a face-to-face Tigrinya interpreter through the health board contract rather "
        "than the phone line, and it's been fine since. Worth asking for by name of the "
        'language, not "African".'
    ),
    (
        "What happened: the bank refused to open an account for [[Oksana Kovalenko]] because "
        'her Ukrainian passport wasn\'t "recognised". Overcome: went to a different branch '
        "with the Homes for Ukraine letter and her BRP [[RU6678134]]. Account open, sort "
        "code [[30-96-21]] acc [[18840372]], so the council can pay the interim payment at "
        "last. [[Oksana]] sent me a photo of the card!"
    ),
    (
        "Barrier: a six-week wait for the OT assessment before the housing association would "
        "even look at a ground floor move. How it was overcome: it wasn't. We waited. "
        "Putting it here so people know the wait is real and can tell clients honestly."
    ),
    (
        "Overcome - [[JB]] rang the landlord direct and got the deposit released. ([[JB]] = "
        "[[Jo Bennett]], our housing lead, worth asking her if your stuck with a deposit "
        "dispute on the TDS.) Mr [[Tahir]] got every penny back."
    ),
    (
        "barrier: MAPPA meeting excluded the service users own support worker. [[D.L.]] "
        "(client) had asked for me to be there. overcome: i got the chair to agree a written "
        "submission, and [[Dušan]] said afterwards it was the first time anyone had read out "
        "what he actually wanted"
    ),
    (
        "What happened: the benefits helpline kept people on hold 50+ minutes and then cut "
        "them off. How it was overcome: we use the Citizens Advice Help to Claim line now "
        "and book the calls for Monday at 8am when it's quiet."
    ),
    (
        "Housing association refused a tenancy to [[Shilan Hama]] and her kids because of "
        "old rent arrears that were in her ex's name, [[Rebwar Karim]]. Overcome: Women's "
        "Aid wrote a letter explaining the arrears were run up by the perpetrator; the HA's "
        "panel reversed it, tenancy ref [[NCH-T-40917]]. [[Shilan]] moves in on the 3rd with "
        "[[Dilan]] and [[Zhina]]."
    ),
    (
        "The drug service would not take a self-referral from <<Gaz>> (not his real name) "
        "because his methadone script was from another area. Overcome: rang the other area's "
        "service and they did a transfer of care instead. <<Gaz>> waited two weeks, not two "
        "months."
    ),
    # Session notes and meeting minutes.
    (
        "Bristol CoP session, 14 March.\n"
        "Present: [[Jo Bennett]] (Second Step), [[Priya Mistry]] (Bristol City Council "
        "housing), [[Kev Ashworth]] (CGL), [[Amara Nwosu]] (AWP), [[Tom Quilligan]] (Julian "
        "Trust), [[Will Fairbrother]] (St Mungo's)\n"
        "Apologies: [[Danielle Frost]]\n"
        "Discussion: discharges to no fixed abode from the BRI. [[Will]] said they will have "
        "figures from the outreach team by April. [[Kev]] to bring the CGL numbers next time."
    ),
    (
        "Session notes – Gloucester, Thursday. Good turnout, mostly housing and drug and "
        "alcohol workers. We talked about the cold weather provision (SWEP) and how it only "
        "triggers at zero degrees for three nights running. People felt the trigger is too "
        "late. Agreed to write to the council jointly before November."
    ),
    (
        "Minutes – Glasgow peer session, 2 May\n"
        "Attendees: [[Lorna Gilchrist]] (Glasgow City HSCP), [[Fraser Duthie]] (Simon "
        "Community Scotland), [[Ailsa Munro]] (Govan Law Centre), [[Imran Shafiq]] (Positive "
        "Action in Housing), [[Mòrag NicLeòid]] (minutes)\n"
        "1. Welcome\n"
        "2. Case from [[Lorna]]: woman with NRPF, two kids, rent arrears, landlord "
        "threatening to change the locks without a court order. [[Imran]] says this is an "
        "illegal eviction and police should attend.\n"
        "3. AOB: [[Fraser]] on leave from the 20th. [[Ailsa]] to circulate the Govan "
        "template."
    ),
    (
        "session notes. small group today, just me, [[carys]] and [[owain]] from the swansea "
        "team. we went thru Mr [[Abdulkarim]]'s case ([[Abdulkarim Al-Sabri]]), yemeni "
        "gentleman with diabetes, sleeping in his car ([[WP17 KHD]]) behind the mosque. "
        "[[carys]] will ask the diabetes nurse about insulin storage. will follow up friday"
    ),
    (
        "Notes from the Manchester session on hospital discharge. The main thing people "
        "raised is that the homeless discharge team only covers the MRI and Wythenshawe, so "
        "Salford and Oldham patients fall through the gap. Someone from the ICB is coming to "
        "the next one in June."
    ),
    (
        "Minutes, Cardiff barriers group, 11 Jan\n"
        "Present: [[Nia Hopkins]] (chair, Cardiff Council), [[Gethin ap Rhys]] (Llamau), "
        "[[Steph Kearns]] (Huggard), Dr [[Rhodri Lewis]] (Cardiff and Vale UHB), [[Siân "
        "Pritchard]] (Tai Pawb)\n"
        "Apologies: [[Owain Parry]]\n"
        "Actions carried over: [[Steph]] to send round the pathway diagram; [[Gethin]] to "
        "ask about Welsh-language advocacy; [[N.H.]] to book the room for March."
    ),
    (
        "Session notes: we did the exercise where everyone writes one barrier on a post-it. "
        "Top three were no ID, no recourse to public funds, and services not returning "
        "calls. Hope to turn this into a short guide. Grace period on the member survey "
        "extended to the end of April."
    ),
    (
        "Notes – Dundee, 3 Oct. [[Shona Reid]] (Dundee drug and alcohol recovery service) "
        "presented on same-day prescribing. Questions from [[Euan Petrie]] (Hillcrest) and "
        "[[Kirsty]] from Transform about people who are barred from their pharmacy. "
        "[[Shona]] said they can do a home delivery if the CPN agrees. [[Euan]] to share the "
        "Hillcrest form. Notes: [[KB]]"
    ),
    (
        "Session notes Wigan — discussed [[Joy]]'s case (she said we could use her first "
        "name). [[Joy]] is 63, Jamaican, Windrush generation, was told she has to prove her "
        "status before the council will help with rent arrears. Windrush helpline contacted. "
        "[[Joy]] has lived in {{Wigan}} since 1962! [[Joy Barrington]]'s daughter "
        "[[Paulette]] is happy to be the contact: [[07700 900614]]."
    ),
    (
        "Minutes, Wrexham.\n"
        "Attendees: housing options (Wrexham County Borough Council); The Wallich; Betsi "
        "Cadwaladr UHB substance misuse; North Wales Police IOM; Probation.\n"
        "Item 1: the IOM team want to hear about releases from HMP Berwyn earlier.\n"
        "Item 2: no update on the Housing First tender.\n"
        "Item 3: date of next meeting, Wednesday 4th."
    ),
    (
        "Meeting with [[Farzaneh]] and her caseworker [[Rachel Dunmore]] (Refugee Action). "
        "[[Farzaneh Rezaei]], DOB [[02/11/1991]], Home Office ref [[R1198834]]. She has had "
        "a positive decision but the 28-day move-on period was counted from the date on the "
        "letter, not the day she got it (9 days later). [[Rachel]] will argue for an "
        "extension with the asylum accommodation provider. [[Farzaneh]]'s phone is [[07700 "
        "900 817]]."
    ),
    (
        "Session notes – Aberdeen. Quiet session, five of us. Talked about oil and gas "
        "redundancies and the rise in people presenting who have never claimed anything "
        "before. Shared the Scottish Welfare Fund crisis grant guidance and the Aberdeen "
        "City Council form. Next session is in May."
    ),
    (
        "notes from the supervision-style session (Oldham). [[Gemma]] brought the case of a "
        "lad called [[Hunter]], 19, care leaver, sofa surfing between his nan's and his "
        "girlfriend's. PA from leaving care hasn't been in touch since March. [[Gemma]] will "
        "email the PA's manager. [[Hunter]]'s nan is [[Brenda]], lives on [[Honeywell "
        "Lane]], and says he can stay till xmas. [[Hunter]]'s girlfriend [[Kayleigh]] is "
        "pregnant"
    ),
    (
        "Minutes of the Salford hospital discharge meeting\n"
        "Present: [[Kev Ashworth]], [[Danielle Frost]], Dr [[Adaeze Okonkwo]] (Salford "
        "Royal), [[Bill]] from the Booth Centre, [[Imran Shafiq]]\n"
        "[[Bill]] said the Booth Centre can store belongings for people who are admitted. "
        "[[Danielle]] asked if that includes medication. Action: Dr [[Okonkwo]] to check "
        "with pharmacy."
    ),
    (
        "Notes: we'll bill the training to the partnership budget, not the CoP one. Members "
        'asked us to mark the guidance "draft" until legal have looked at it. Frank '
        "feedback from the Swindon group: the session ran too long and the breakout rooms "
        "didn't work."
    ),
    (
        "Session notes 22/02, Bath. Presenting case: [[K.M.]], Irish Traveller woman, 40s, "
        "living on the unauthorised site by the A36. [[K.M.]] has been refused by two GP "
        "practices. [[Kathleen Maughan]] (she's happy to be named in the group) says the "
        'receptionist told her "we don\'t take your sort". Complaint sent to the practice '
        "manager, copy to the ICB. [[Kathleen]]'s husband [[Paddy]] wants to come to the "
        "next session."
    ),
    (
        "Minutes – Swindon\n"
        "In attendance: [[Rachel D]], [[Priya M]], [[Tom Q]], and Sgt [[Lewis]] (Wiltshire "
        "Police)\n"
        "Action: [[RD]] to share the Swindon Borough Council temporary accommodation list.\n"
        "Action: Sgt [[Lewis]] to find out who the new neighbourhood inspector is."
    ),
    (
        "Session notes, Inverness. People travel a long way to these so we agreed to "
        "alternate in person and Teams. Highland Council's housing team will present on the "
        "rapid rehousing transition plan. Someone mentioned that Skye and Lochalsh has no "
        "emergency beds at all in winter."
    ),
    (
        "wee catch-up with [[Eilidh]] re [[Ruairidh MacAonghais]] — [[ruairidh]]'s mum "
        "phoned again, she wants him home but he's still using. [[Eilidh]] says his CPN is "
        "[[Calum]] at the Inverness CMHT. his CHI is [[120388 4417]]"
    ),
    (
        "Minutes: Item 3, Care Act s42 enquiries. The group discussed when a self-neglect "
        "concern should go to safeguarding. The council's adult safeguarding lead said they "
        'will accept referrals for people who are homeless even if they "have capacity". '
        "Referrals rose to 14 last quarter from 6."
    ),
    (
        "Notes of a meeting with Slovak Roma families in {{Govanhill}}, with the Romani "
        "interpreter [[Renata]]. [[Erika Baloghová]] ([[Erika]]) said the landlord cut off "
        "the gas a week ago. Her husband [[Milan]] ([[Milan Balog]]) has the tenancy in his "
        "name only. Landlord's number is [[0141 496 0233]]. Next step: the law centre "
        "drop-in on Tuesday, [[Renata]] will come."
    ),
    (
        "Notes from the Bolton learning session on drug-related deaths. Themes: people using "
        "alone after release from prison, nitazenes turning up in the heroin supply, and "
        "people not carrying naloxone. Group agreed everyone should carry naloxone on home "
        "visits. FRANK number (0300 123 6600) to go on the leaflet."
    ),
    (
        "Session notes: [[Pawel]] presented his own story (he asked to). He is now a peer "
        "mentor at the Wellspring. [[Pawel]] said the turning point was the day "
        "[[Agnieszka]] from the Polish centre rang the detox for him. Thanks to [[Pawel "
        "Zieliński]] for his courage, and to [[Aga]] for translating the hard bits."
    ),
    (
        "Minutes 9/9, Newport\n"
        "Present: [[LW]] (chair), [[SP]], [[DH]], [[MH]] (notes)\n"
        "1. [[LW]] welcomed [[Delyth Harries]] who has joined from Gwent Police.\n"
        '2. [[MH]] raised a client with no recourse; Case presented as "<<Lee>>" '
        "(pseudonym), 30s, Jamaican national, overstayer. [[DH]] thinks <<Lee>> "
        "[[Hargreaves]] might have a claim under the Windrush scheme through his grandmother."
    ),
    (
        'Session notes. Topic: working with people who "won\'t engage". We agreed "won\'t" '
        'is often "can\'t". Good ideas from the Cardiff group about assertive outreach and '
        "meeting people at the soup run on a Sunday evening rather than asking them into the "
        "office on a Monday."
    ),
    # Agenda item titles and action points.
    (
        "[[JB]] to chase the DWP about Mr [[Farah]]'s PIP mandatory reconsideration (NI [[QQ "
        "18 52 07 B]])"
    ),
    "Agenda item 4: NRPF and the Care Act – what the council can still do",
    "Action: [[KA]] to ring [[Selam]]'s midwife re housing letter before 36 weeks",
    "Item 2 – Housing Act 1996 Part 7 reviews: what's working in Salford",
    "[[Priya]] to send the Swindon TA list to [[Rachel D]] and [[Tom]] by Friday",
    "AOB: will the March session clash with Easter? Move to the 28th.",
    ("ACTION - [[GR]] to get consent from [[Abdirahman]] before sharing anything with the mosque"),
    (
        "Case discussion: [[Chinedu Okafor]] ({{Bolton}}) — intentionally homeless decision, "
        "review due, ref [[BOL/HL/2291]]"
    ),
    "Agenda: 1. Welcome 2. SWEP update 3. MARAC referrals from housing 4. AOB",
    (
        "Action point: ask [[Sharon]] at Openshaw jobcentre about the easement for [[Wahid]] "
        "([[W. Safi]])"
    ),
    (
        "[[Fraser]] to draft the letter to the Scottish Government re intentionality; "
        "[[Ailsa]] to check it before it goes"
    ),
    "Action: everyone to bring one example of a good discharge for next time",
    ("[[Nasreen]] ([[N. Akhtar]]) to follow up with [[Shaz]]'s school about free school meals"),
    "Item 5: [[Mehret Habte]] – age dispute, Home Office ref [[H1120556]]",
    "Agenda item: feedback from the IDVA service on the new MARAC threshold",
    (
        "actions: [[dh]] to email cgl re [[dave]]s script / [[mh]] to book interpreter for "
        "mrs [[begum]] / [[lw]] to send minutes"
    ),
    "Action: OT referral for the bathroom adaptation to go in before Christmas",
    "AGENDA ITEM 3: [[GUL AGHA SHERZAD]] – ARAP RELOCATION, HOTEL MOVE TO {{WIGAN}}",
    "Action: [[Steph]] to share the Huggard pathway with Dr [[Lewis]]",
    ("Chase PC [[Whitfield]] re crime ref [[GMP-24-0873312]] for [[Shipon]]'s housing review"),
    "Item 6 – Mental Health Act s117 aftercare and who pays for supported housing",
    "action: [[ailsa]] to send [[mòrag]] the minutes in Gaelic and English",
    "Action: Mark the library guidance as reviewed once legal sign it off",
    (
        "Agenda: 1) [[Iryna Shevchuk]] hosting breakdown – rematch? 2) council interim "
        "payments 3) AOB"
    ),
    ("Action: [[BQ]] to contact [[Bohdan]] on [[07700 900 387]] re the Homes for Ukraine rematch"),
    # Follow-up requests to other members.
    (
        "Can anyone with a contact at the Home Office asylum support team help? [[Yonas "
        "Gebremedhin]] has been moved to a hotel in {{Swindon}} and his section 95 support "
        "has stopped. UAN [[1209-4471-8830-2265]]. Reply to me or to [[yonas]] direct on "
        "[[07700 900752]] (he has whatsapp)."
    ),
    (
        "Does anyone have a named contact among the DWP partnership managers for the Bristol "
        "area? We keep hitting the same wall with advances for prison leavers."
    ),
    (
        "anyone know someone at wigan council housing?? trying to get a decision for "
        "[[Bridget]] ([[Bridget Joyce-Mongan]]) and her 4 kids, they've been in a B&B in "
        "{{Pemberton}} since nov. her number is [[07700900219]] if u can help x"
    ),
    (
        "Is there anyone in the group who works with Scottish Gaelic speakers from the "
        "Western Isles? We have a family moving to Inverness who would like a "
        "Gaelic-speaking health visitor."
    ),
    (
        "Follow-up: thanks all, sorted now. Special thanks to [[Kirsty]] at Transform who "
        "got Mr [[Tran Van Minh]] into detox on Monday. [[Minh]] says thank you."
    ),
    (
        "Request: can anyone with a contact at Cardiff and Vale UHB help get the right "
        "interpreter for [[Abdullahi]]'s appointment at UHW on the 14th? He speaks Maay "
        "Maay, not standard Somali, and they keep booking the wrong one. Hosp no "
        "[[M447120]]. Thanks, [[Nia]] ([[nia.hopkins@cardiff-housing.example]])"
    ),
    (
        "Has anyone had success getting a local connection waived for someone fleeing "
        "domestic abuse? Looking for an example letter to send to a council in the north "
        "east."
    ),
    (
        "Looking for anyone who knows the Slovak Roma community in Sheffield or Rotherham — "
        "a family we worked with in Glasgow (the [[Lakatoš]] family) have moved down and "
        "we've lost contact. Dad is [[Dušan]], mum [[Jarmila Lakatošová]]. Last address we "
        "had: [[Flat 2, 41 Boyd Street]], [[G42 8AZ]]. Call me on [[0141 496 0519]] – "
        "[[Lorna]]"
    ),
    (
        "anyone got a contact for the islamic centre in glasgow? [[Faadumo Jama]] asked if "
        "there is a women's group she could go to"
    ),
    (
        "Can anyone help with a contact at HMP Cardiff resettlement? Need to confirm a "
        "release date for a man who's due out on a Friday and has nowhere to go."
    ),
    (
        "Can anyone in Manchester help? Congolese lady, [[Patience Mukendi]], Lingala and "
        "French speaker, just got her status, needs a GP near {{Cheetham Hill}}. "
        "[[Patience]] is very anxious and doesn't want to go to the council on her own. I'm "
        "on [[0161 496 0128]], ask for [[Danielle]]."
    ),
    (
        "Re [[Seun]] — does anyone know a housing officer at Salix Homes? [[Oluwaseun "
        "Akinola]], tenancy ref [[SXH/118204]]. His rent account is in arrears because UC "
        "paid the housing element to the wrong landlord. [[Seun]] is happy for me to share "
        "this."
    ),
    (
        "Can anyone with a link to the National Domestic Abuse Helpline (0808 2000 247) tell "
        "me whether they can call a client back on a withheld number?"
    ),
    (
        "Does anyone know a Cantonese-speaking bereavement counsellor in Glasgow? Referral "
        "for Mrs [[Chan Mei-ling]], 72, lost her husband in the summer. Her son [[Kelvin]] "
        "is the contact, [[kelvin.lau@example.com]]. – [[Ailsa]]"
    ),
    (
        "Following up on [[Ngozi]]'s question from last week (tagging [[@ngozi.eze.sw]]) — "
        "yes, Oldham do have a Housing First team, referrals go through the council."
    ),
    (
        "Anyone have a contact at Shelter Cymru who covers Wrexham? The Shelter helpline "
        "(0808 800 4444) told us to go through the local office and the local office doesn't "
        "answer."
    ),
    (
        "can anyone help [[Florentina]]? ([[Florentina Dumitru]], dob [[22/04/1998]]) shes "
        "Romanian, 6 months pregnant, pre-settled status, refused UC on the right to reside "
        "test. EUSS application number [[3300-1145-8891-2207]]. any welfare rights worker in "
        "bath who could take it on?"
    ),
    (
        "Need a contact in social work at Aberdeen Royal Infirmary — patient [[Seumas "
        "Dòmhnallach]], 58, about to be discharged to the street again. CHI [[040766 5192]]. "
        "His sister [[Peigi]] is in Uist and can't get over, [[Seumas]] has nobody else."
    ),
    (
        "Can anyone share a good example of a hospital discharge protocol for people "
        "sleeping rough? Preferably one that's been signed off by an NHS trust and the "
        "council together."
    ),
    (
        "Anyone know [[Wullie]] at the Dundee wellbeing hub? Trying to reach him about a "
        "mutual client. His old email was [[wullie dot mcphee at example dot org]] but it "
        "bounces."
    ),
    (
        "Does anyone have a contact at the Bangladesh High Commission for passport renewals? "
        "Several of our older Sylheti clients can't get to London."
    ),
    (
        "Can anyone with a contact at Swansea Council help? The family of [[Adnan]] and "
        "[[Nabila Qasem]], Yemeni, five kids, currently in TA at [[22 Heol Pentre Felin]], "
        "[[SA6 4QR]], which is being handed back to the landlord next week. Nobody has told "
        "them where they're going. [[Nabila]] speaks some English, [[Adnan]] none."
    ),
    (
        "@[[Gethin]] could you ask your contact at Llamau about a Welsh-speaking youth "
        "worker for [[Dafydd]]? He's 17 and his first language is Welsh, he clams up in "
        "English. [[Dafydd]]'s mam [[Sioned]] agrees."
    ),
    (
        "Looking for anyone who has a relationship with the Kurdish community association in "
        "Cardiff. We'd like to run an info session on the EU Settlement Scheme late "
        "applications."
    ),
    (
        "Request for help: need someone in Gloucester who knows the Afghan resettlement "
        "team. [[Wahidullah Safi]] (ARAP) and his wife [[Zarmina]] have been told to leave "
        "the bridging hotel by the 30th. [[Wahidullah]]'s number is [[07700 900 481]], he "
        "speaks some English. [[Zarmina]] is due in March."
    ),
    # Library document titles and short summaries.
    "Template letter: s202 review request (Housing Act 1996 Part 7)",
    (
        "Summary: a one-page guide to the NRPF Network's assessment checklist for families "
        "with no recourse to public funds, with the Bristol local pathway on the back."
    ),
    (
        "Pathway diagram: Cardiff hospital discharge for people experiencing homelessness "
        "(drawn up by [[Steph Kearns]] and Dr [[Rhodri Lewis]], Jan)"
    ),
    (
        "Guidance: supporting people who use drugs to register with a GP – what the NHS "
        "England rules actually say"
    ),
    "Title: Swindon SWEP protocol 2024-25 (winter)",
    (
        "Case study: how we got a GP to register a Traveller family. NB the attached version "
        "still has the mum's name ([[Kathleen Maughan]]) and date of birth ([[3rd June "
        "1983]]) in the header, please use v2!!"
    ),
    (
        "Summary: Welsh Government guidance on priority need for care leavers, with a short "
        "note on what changed and how councils in Newport and Wrexham are applying it."
    ),
    (
        "Template: consent to share information (English / Polish / Romanian). Example "
        "filled in by [[Agnieszka Kowalczyk]] – replace her details with your client's "
        "before printing."
    ),
    (
        "Local pathway: Manchester drug and alcohol services for people leaving HMP "
        "Manchester and HMP Forest Bank"
    ),
    (
        "Title: Slides from the Glasgow session on illegal eviction – [[Imran Shafiq]], "
        "Positive Action in Housing ([[imran@paih.example]])"
    ),
    (
        "Short summary: how to make a Care Act s9 needs assessment referral for someone "
        "sleeping rough, and what to do if the council says \"they don't have eligible "
        'needs".'
    ),
    (
        "Checklist: what to bring to a UC appointment (ID, bank details, tenancy agreement). "
        "Written with [[Sonny]] and [[Grace]] from the lived experience panel."
    ),
    ("Guidance note: Mental Health Act s117 aftercare – who pays, and how to challenge a refusal"),
    (
        "Title: example housing letter to Bolton Council (DRAFT – contains real names, DO "
        "NOT SHARE): re Mr [[Chinedu Okafor]], [[Flat 9, Crompton House, Bridgeman Street]], "
        "[[BL3 6TH]]"
    ),
    (
        "Summary: a list of free and low-cost interpreting options for voluntary sector "
        "workers, including Language Line through the NHS contract and community volunteers. "
        "Updated March."
    ),
    "Title: Aberdeen and Aberdeenshire rough sleeping outreach – who covers where",
    (
        "Guide to the Windrush Compensation Scheme, with a worked example from Wigan (shared "
        "with [[Joy Barrington]]'s permission)"
    ),
    (
        "Template: complaint to a GP practice about refusal to register (works for Gypsies, "
        "Roma and Travellers as well as people with no fixed abode)"
    ),
    (
        "Summary by [[Lorna Gilchrist]]: the Scottish Government's Ending Homelessness "
        "Together plan in two pages, and what it means for Glasgow HSCP teams."
    ),
    "Title: Dundee naloxone distribution points (pharmacies and hostels), January",
    (
        'Title: "Working with Kurdish and Iranian clients" – slides from [[Farzaneh '
        "Rezaei]] and [[Dilan Aziz]], peer trainers"
    ),
    (
        "Summary: the Domestic Abuse Act 2021 made everyone homeless as a result of domestic "
        "abuse priority need. This note explains how to use it at the housing options desk "
        "and what to say if they refuse."
    ),
    (
        "Local pathway – Gloucester Afghan resettlement. Contacts: [[Danielle Frost]] "
        "([[danielle.frost@glos-resettle.example]], [[07700 900 843]]) and the council's "
        "resettlement officer."
    ),
    ("Title: Easy-read guide to Universal Credit sanctions (Vietnamese and Cantonese versions)"),
    (
        "Summary: how the IOM team in Wigan works with housing. Written up after the session "
        "with PC [[Danny Whitfield]] and [[Gemma Rothwell]]."
    ),
    # Free-text survey answers from members.
    (
        "What changed for you: I'll ring a colleague in another service now instead of "
        "emailing the generic inbox. It sounds small but it has halved the time it takes to "
        "get a GP registration."
    ),
    (
        "what changed: meeting [[Jo]] from Second Step, we now do joint visits. would "
        "improve: more sessions in the evening"
    ),
    (
        "What would you improve: fewer acronyms! I still don't know what IOM or MAPPA stand "
        "for and was too embarrassed to ask."
    ),
    (
        "honestly the best thing was the session with [[Kev]] and [[Amara]] on dual "
        "diagnosis. i used what i learnt the next day with a client"
    ),
    (
        "Would improve: the library search. I couldn't find the s202 template and had to "
        "ask. Otherwise brilliant, I feel less alone in this job."
    ),
    "What changed for you? I got [[Hodan]] housed. That's it. That's the review.",
    (
        "What would you improve: the Welsh-language offer. Most documents are English only "
        "and some of our families in Gwynedd and Wrexham would prefer Welsh."
    ),
    (
        "Changed: more confidence to challenge the council. Improve: some of us in Inverness "
        "feel the sessions are Glasgow-centric. Shout out to [[Eilidh MacRae]] who always "
        "makes sure the Highland voice is heard."
    ),
    (
        "i'd improve the app, it logged me out loads. thanks to [[Priya Mistry]] and "
        "[[Rachel]] for sorting my account"
    ),
    (
        "What changed: I learnt about the Homes for Ukraine rematching process and used it "
        "twice. Would improve: more on Sunday trading hours for food banks over Christmas "
        "(joke, but sort of not)."
    ),
    (
        "WHAT CHANGED: I NOW KNOW WHO TO CALL AT THE DWP. THANK YOU [[NIA]] AND [[GETHIN]]. "
        "IMPROVE: NOTHING"
    ),
    (
        "Would improve: sunny spells of good practice but not much follow-through. We agree "
        "actions and then nobody checks whether they happened."
    ),
    (
        "What changed for you: I stopped feeling like the only person fighting for my "
        "clients. [[Tom Quilligan]]'s tip about the duty manager line has saved me hours, "
        "and [[Jo]]'s deposit letter."
    ),
    (
        "The peer sessions gave me hope. I'm not being soppy. I was close to leaving the "
        "sector in the summer."
    ),
    (
        "improve: I named a client by accident in a post ([[Delroy Campbell]]) and it took a "
        "week to get it taken down. Please add an edit button."
    ),
    (
        "Changed: I now ask about the Armed Forces Covenant when someone mentions they were "
        "in the army. Two veterans housed through it this year."
    ),
    (
        "Best bit: [[Ngozi Eze]]'s talk on working with Nigerian families and fear of the "
        "Home Office. [[Ngozi]] should do it again in Swansea."
    ),
    "Would improve: the survey is too long. Changed: I know what CAS3 is now.",
    (
        "What changed – working with [[Jahanara]]'s family I learned about Sylheti naming, "
        'and that "Begum" and "Khatun" aren\'t surnames the way we use them. Thanks to '
        "[[Rumana Begum]] for explaining it so patiently."
    ),
    (
        "What changed: nothing really. I came to three sessions and nobody from Swansea ever "
        "came. [[Carys]] and [[Owain]] were great though."
    ),
    (
        "What changed: I've started carrying the Samaritans number (116 123) and FRANK on a "
        "card for clients. Improve: have the cards printed centrally."
    ),
    (
        "what would you improve? more time for cases. The one where [[Seumas]] was "
        "discharged from ARI with no shoes still haunts me"
    ),
    (
        "Improvement: the group should invite more people with lived experience to lead "
        "sessions, not just to tell their story. Will there be payment for that?"
    ),
    (
        "What changed for you: through the group I met Dr [[Okonkwo]] and now we have a "
        "direct line for homeless patients at Salford Royal. [[Adaeze]] is a star."
    ),
    (
        "WHAT WOULD YOU IMPROVE - honestly the chat. someone posted [[Zubair Hussain]]'s "
        "full address in it ([[7 Belgrave Terrace]], {{Oldham}}, [[OL8 1DX]]) and it was up "
        "for 2 days"
    ),
    # Longer case texts and comments.
    (
        "Calling her <<Amina>> for this post. <<Amina>> is Somali, 34, three children, fled "
        "her husband in Bristol and is now in a refuge in Cardiff. Bristol say she has a "
        "local connection to them; Cardiff say they'll only take a full application once "
        "Bristol close theirs. Meanwhile she can't move her child benefit because it's in "
        "his name, [[Abdiwali Hirsi]]. <<Amina>>'s solicitor is [[Helen Ashdown]] at a legal "
        "aid firm ([[helen.ashdown@ashdownlaw.example]]). Her youngest, [[Ilhan]] (born [[12 "
        "August 2019]]), needs his hearing aids re-fitted and audiology in Bristol won't "
        "transfer him. [[Ilhan]]'s school in Cardiff has been great.\n"
        "Update: <<Amina>> [[Warsame]] – sorry, just <<Amina>> – got a decision from Cardiff "
        "today, full duty. Refuge worker [[Bethan]] on [[029 2018 0447]] if anyone needs "
        "her. [[Bethan Lloyd]] has been brilliant throughout."
    ),
    (
        'Case: [[Grzegorz Wiśniewski]] ("[[Greg]]" or "[[Grześ]]"), DOB [[11.03.1976]], '
        "NI [[SX 41 77 02 C]]. Came to the UK in 2006, worked at {{Honda}} in Swindon until "
        "it shut, since then agency work and drinking heavily. Lost his flat on [[Cricklade "
        "Road]] in the spring and is in a tent by the canal. [[Greg]] was seen by outreach "
        "([[Marta]] and [[Lewis]]) on Tuesday and agreed to a detox referral. He has a bank "
        "card in his pocket that his ex ([[Beata]]) still uses — card no [[4929 8321 4064 "
        "7591]] — we've told him to cancel it. GP is Dr [[Mahmood]] at the surgery in "
        "{{Moredon}}. Phone [[07700 900 126]] (on and off, mostly off). His sister [[Ewa "
        "Wiśniewska]] rings us from Poland sometimes; [[Ewa]] wants him to go home to "
        "{{Gdańsk}} but [[Grześ]] says there's nothing there for him."
    ),
    (
        'Comment on "Unauthorised encampment evictions": we had the same in Salford last '
        "month. The family of [[Mikey Maughan]] and [[Bridie Maughan]] (Irish Travellers), "
        "six trailers, moved on three times in a fortnight. Their youngest, [[Sonny]] (yes, "
        "another one!), is 4 and has a heart condition, under Alder Hey, hosp no "
        "[[AH2231098]]. The s61 notice was served by PC [[Harrop]], who to be fair did ring "
        "us first. [[Bridie]]'s sister [[Nora Ward]] is on the site too. [[Bridie]] rang me "
        "from a lay-by on the A580 in tears. We got the council's Gypsy and Traveller "
        "liaison officer, [[Siobhan Kelleher]], out and she found a negotiated stopping "
        "place off {{Frederick Road}} for 28 days. [[Mikey]]'s van is [[KX65 WDN]] if the "
        "site team ask, and his mobile is [[07700 900 558]]. [[Siobhan]] deserves a medal."
    ),
    (
        "Long one sorry. Young Vietnamese man, [[Pham Duc Anh]] (goes by [[Anh]], some staff "
        'call him "[[Andy]]"), found by GMP in a cannabis grow in a house in {{Oldham}}. '
        "Says he's 17, the Home Office say 22. NRM referral made by police, ref "
        "[[NRM-2024-118930]]. He's in an adult hotel in Bolton which everyone agrees is "
        "wrong. Social worker [[Lauren Kay]] (Oldham CSC), "
        "[[lauren.kay@oldham-csc.example]]. Solicitor is Mr [[Thanh Nguyen]]. [[Anh]] has a "
        "Facebook he uses to talk to his mum ([[facebook.com/anh.pham.9821]]) and he's "
        "scared the gang will find him through it. Home Office ref [[P1187420]]. DOB he "
        "gives is [[the twelfth of January two thousand and seven]]. Age assessment booked "
        "for the 3rd, [[Lauren]] will be there and so will I. Please don't call him "
        "[[Andy]], he hates it."
    ),
    (
        "Case note (Welsh-speaking family, rural Wrexham). Mam is [[Elin Haf Morgan]], two "
        "kids [[Gwion]] (8) and [[Mali]] (5). Ex-partner [[Dylan Prys-Owen]] is on bail with "
        "conditions not to contact. [[Elin]] said the IDVA only speaks English and she can't "
        "explain the coercive control properly in English. We've asked the MARAC coordinator "
        "for a Welsh-speaking IDVA. [[Elin]]'s mobile is [[07700 900 934]] – text only. "
        "[[Dylan]]'s car ([[CX19 PWM]]) was seen outside [[Gwion]]'s school on Monday; "
        "reported to North Wales Police, incident [[NWP-24-0334-0912]]. [[Elin]]'s mum "
        "[[Gwenllian]] is doing the school runs for now. [[Mali]] has stopped sleeping."
    ),
    (
        "Comment: re the Inverness discharge thread. Our man is [[Iain MacAoidh]] (on the "
        "hospital system as [[John Mackay]]), DOB [[19/05/1961]], CHI [[190561 3382]]. "
        "Discharged from Raigmore at 11pm on a Saturday, taxi to the bus station, slept in "
        "the doorway of the church on Academy Street. He's a Gaelic speaker from Lewis and "
        "gets confused in English when he's been drinking. His niece [[Catrìona]] "
        "([[Catriona MacLeod]]) lives in {{Stornoway}} and would take him if he could get "
        "there; we're asking the Highland Council to pay the ferry. [[Iain]]'s housing ref "
        "[[HC/HOM/77120]]. [[Catrìona]]'s number [[07700 900 299]]."
    ),
    (
        "I'll call him <<Aram>> (not his real name). <<Aram>> is Kurdish from Iran, 26, "
        "three years waiting for an asylum decision in Swansea. Self-harming. The asylum "
        "accommodation provider moved him across the city from his only friend without "
        "notice. <<Aram>> says the GP will only give him a week of sertraline at a time. His "
        "friend [[Kawa]] comes to every appointment. Mental health team: Dr [[Ioan "
        "Griffiths]]. Update: <<Aram>> [[Rostami]] got his decision – refused. Appeal "
        "lodged. <<Aram>>'s Home Office ref is [[R3367019]] if anyone at the Swansea asylum "
        "hub can look. [[Kawa]] is on [[07700 900 663]]."
    ),
    (
        "Case (long, sorry). [[Delroy]] – [[Delroy Campbell]], 58, came from Jamaica in 1974 "
        "as a kid. Sectioned twice in Bristol, so s117 aftercare applies. Currently in a B&B "
        "and wants to go back to his flat at [[Flat 4, 19 Lambley Terrace]], [[BS5 6QJ]]. "
        "The landlord says the tenancy ended when he was sectioned. [[Delroy]]'s care "
        "coordinator is [[Precious Adebayo]] (CMHT) on [[0117 496 0382]]. NHS number [[479 "
        '380 9278]]. He told me his mum called him "[[Roy-Roy]]" and he\'d like staff to '
        "call him [[Roy]]. His brother [[Winston]] says the landlord changed the locks while "
        "[[Delroy]] was in hospital, which is an illegal eviction. Reported to Avon and "
        "Somerset, crime ref [[5224018837]]. [[Precious]] and I are going to the landlord "
        "together on Thursday."
    ),
    (
        "[[Hawa Adam Ibrahim]], Sudanese, 29, seven months pregnant, NRPF, section 4 support "
        "refused. Staying with [[Um Khalid]] (everyone calls her that, her name is [[Amna]]) "
        "in {{Newport}}. Midwife [[Sarah]] at the Royal Gwent is lovely. [[Hawa]] was sent a "
        "bill for £7,000 for antenatal care; we've challenged it under the charging "
        "regulations (maternity care must never be withheld). Invoice ref [[RGH-OVS-22871]]. "
        "[[Hawa]]'s phone [[07700 900 265]]. Her husband [[Mohamed Osman Babiker]] is still "
        "in Sudan and [[Hawa]] hasn't heard from him since April. [[Amna]] says [[Hawa]] can "
        "stay until the baby comes."
    ),
    (
        "Long post about [[Dominik]] ([[Dominik Horváth]], 14, Slovak Roma, {{Govanhill}}). "
        "Excluded from school three times this term. His mum [[Renáta]] says the teachers "
        'call him "gypsy". He\'s posting videos on TikTok as [[@dominik.hx14]], which is '
        "how the police got involved after a fight in the park. Our youth worker [[Callum]] "
        "and I met the depute head, Mrs [[Ferguson]]. We asked for a Romani-speaking "
        "classroom assistant and a reduced timetable, not exclusion. [[Dominik]] said "
        'afterwards "nobody ever asked me before". His sister [[Vanesa]] is doing fine at '
        "the same school. [[Renáta]]'s number [[0141 496 0871]]; she prefers voice notes."
    ),
    (
        'Mr [[Wong Siu-ming]] (calls himself "[[Sammy]]" with English speakers), 68, lives '
        "above the takeaway where he works, [[88A Nelson Parade]], {{Cheetham Hill}}. "
        "Employer is {{the Golden Lotus}}. He has gambling debts to people he's frightened "
        'of. He gave me his bank card to "keep safe" — [[5412 0875 3547 7739]] — which I '
        'obviously gave back and logged. His daughter [[Wong Ka-yan]] ("[[Karen]]") lives '
        "in Hong Kong and emails on [[karen.wky@example.com]]. GamCare referral made. "
        "[[Siu-ming]] only wants to speak Cantonese about the debts. [[Sammy]] also "
        "mentioned his old address, [[14 Rochdale Walk]], where the lenders still turn up."
    ),
    (
        "Comment: [[Filmon]] is doing well! For those who remember last year's thread — "
        "[[Filmon Tesfamariam]], the Eritrean lad who was sleeping in Bute Park. He now has "
        "a council flat ([[Flat 12, Ty Glas House]], [[CF14 2NL]]) and started an "
        "apprenticeship with {{Wales & West Utilities}}. His PA [[Hannah Morgan-Price]] says "
        "thanks to everyone who helped. [[Filmon]] asked me to say hello to [[Selam]] and "
        "[[Mehari]], who he met through the group, and to [[Hannah]]'s old manager [[Rhian]]."
    ),
    (
        'Case study: [[Folasade Adeyemi]] ("[[Sade]]"), 41, and her children [[Tobi]], '
        "[[Ife]] and [[Blessing]]. Overstayer (came on a visitor visa in 2015), NRPF. The "
        'section 17 assessment by Salford children\'s services said "no need" because a '
        "church member, Pastor [[Femi]], let them stay in his front room. That ended last "
        "week. [[Sade]]'s passport no [[A07748261]]. [[Blessing]] was born on [[the ninth of "
        "September 2016]] and is the only one born here. Social worker [[Amy Clough]] "
        "(Salford CSC). [[Sade]]'s phone [[07700 900 392]]. We're using the NRPF Network "
        "guidance to challenge, and Pastor [[Femi Ogundipe]] has written a letter."
    ),
    (
        "[[Ikenna Obi]], prison no [[A4471CD]]. Released from HMP Forest Bank on Friday with "
        "£82.39 and a travel warrant. No accommodation. Probation officer is Mr [[Daniel "
        "Hurst]], CRN [[X448120]]. [[Ikenna]] has a tag; the curfew address was [[27 "
        "Ashworth Close]], {{Oldham}} (his cousin [[Emeka]]'s), but [[Emeka]]'s landlord "
        "said no. So [[Ikenna]] is breaching by default. IOM involved. Mr [[Hurst]] "
        "([[Dan]]) says he'll take it to the manager. [[Ikenna]]'s phone [[0161 496 0745]] "
        "(hostel landline, ask for him by name)."
    ),
    (
        "Update on the [[Noorzai]] family in Bath. Mr [[Abdul Wahid Noorzai]], his wife "
        "[[Bibi Gul]], six children. ARAP. They've been offered a four-bed in Swindon but "
        "the eldest, [[Samiullah]], is at Bath College and the younger ones have just "
        "settled at school. Mr [[Noorzai]]'s phone is [[oh seven seven oh oh, nine oh oh, "
        "seven two one]] (he reads it out like that, the office keeps getting it wrong). "
        "Resettlement caseworker [[Liz Garvey]]. Email for [[Samiullah]]: [[sami dot noorzai "
        "at example dot com]]. [[Sami]] is the one who translates for everyone."
    ),
    (
        "Notes for the group ([[Shaz]] said OK to share her first name only): [[Shaz]], 24, "
        "Mirpuri, married at 19, husband [[Imtiaz]] ([[Imtiaz Hussain]]) controls the money "
        "and her UC. She's on a spousal visa so thinks she has no options; we told her about "
        "the Migrant Victims of Domestic Abuse Concession. [[Shaz]] lives with the in-laws "
        "in {{Glodwick}}. Her sister-in-law [[Rubina]] is the only one she trusts. Safe "
        "number, text only: [[07700 900 118]]. Her Instagram is [[@shaz_b_88]] – she says a "
        "DM there is safest. IDVA [[Amrit]] at the refuge is booked for Thursday; [[Amrit]] "
        "speaks Pahari too, which [[Shaz]] says matters."
    ),
    (
        "Case: host family in Aberdeenshire have asked [[Iryna Shevchuk]] and her son "
        "[[Maksym]] (11) to leave by the end of the month. Host is Mr [[Alistair Duguid]]. "
        "[[Iryna]] works at {{the fish processing plant in Peterhead}}. The council say they "
        "can offer a B&B in {{Fraserburgh}}, 40 minutes from [[Maksym]]'s school. Visa ref "
        "[[GWF071882213]]. Contact [[Iryna]] on Viber, [[+44 7700 900 640]]. Mr [[Duguid]] "
        "is not the bad guy here, his wife is ill. [[Maksym]] wants to stay near his friend "
        "[[Taras]]."
    ),
    (
        "Long comment: Mrs [[Jahanara Khatun]], 79, Sylheti only, lives with her son [[Abdul "
        "Muquit]] and his family at [[61 Hollybush Avenue]], [[NP20 3RB]]. She's had two "
        "falls. The OT came with no interpreter and used the grandson ([[Shipon]], 12) to "
        "interpret. The son says he can't lift her any more; carer's assessment for "
        "[[Muquit]] requested. NHS no [[525 309 3184]], GP Dr [[Hossain]]. [[Jahanara]] "
        "wants to stay at home. [[Shipon]] shouldn't be interpreting about his nan's "
        "continence, that's the point."
    ),
    (
        'Comment on the "cuckooing" thread: we see this a lot in Swansea and Port Talbot. '
        "Usually a tenant with a learning disability, often someone the dealers think is a "
        "soft touch. The police response has been mixed: the IOM team are good, response "
        "officers less so. What has worked for us: a joint visit with the housing officer "
        "and a PCSO, a closure order under the Anti-social Behaviour, Crime and Policing Act "
        "2014 if the tenant agrees, and a management transfer. Also worth saying: the one "
        "officer in our area who gets it is a fair hunter of these county lines lads, and "
        "he'll always pick up the phone. Will share our protocol in the library. Samaritans "
        "116 123 for anyone struggling after these cases – they're not easy."
    ),
    (
        "Reply: thanks for this. I'd add that in Scotland the rules are different (Housing "
        "(Scotland) Act 1987, and no priority need test since 2012) so some of the advice "
        "above doesn't apply in Glasgow, Dundee or Aberdeen. We'd always go to Shelter "
        "Scotland first. The Scottish Welfare Fund crisis grant is a lifesaver for people "
        "coming out of HMP Barlinnie or HMP Grampian. Hope that helps – happy to talk "
        "through any case, just message me. Rose and Crown car park is where the Thursday "
        "outreach van stops, by the way."
    ),
]

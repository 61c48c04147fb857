"""Hand-written notes for the sealed9 split (no templates), in markup.py's markup.

Written blind: as frontline workers type them, not shaped by the scanner. Every person,
number and address here is made up.
"""

SEALED9 = [
    (
        "rang [[dawn]] back re her pip form, shes still at her sisters in {{kingstanding}}, "
        "wants the brown envelope letters sent there instead - [[flat 3, 41 kings rd]] [[b44 "
        "0pq]]. said shell be in all day tmrw after 11 bc of the meth pick up. [[dawn]] says "
        'dwp told her the MR is "in the system" whatever that means'
    ),
    (
        "[07:58] [[Jade]] (outreach): morning all, count last night = 14 in the {{Croydon}} "
        "patch\n"
        "[07:59] [[Jade]] (outreach): new face by {{West Croydon}} bus stn, polish lad, says "
        "hes called [[Piotr]], no surname, 30s, nasty cough\n"
        "[08:03] [[Marcus]]: think thats [[Piotr Zielinski]], we had him at SWEP in feb. dob "
        "on our system [[11.09.1987]]\n"
        "[08:05] [[Jade]] (outreach): ta. will try get him to the day centre for the nurse\n"
        "[08:11] [[Marcus]]: his old no was [[07700 900 271]] might still work"
    ),
    (
        "Reminder: SWEP is on from tonight as the Met Office has it below zero for three "
        "nights. Beds at the church hall on Mitcham Rd from 8pm, last admission 11pm. Please "
        "mark the date and time of every referral on the sheet so we can bill the council "
        "properly - they've been frank with us that late sheets won't be paid. Any problems "
        "ring the duty line, not the hostel."
    ),
    (
        "Subject: Referral - move-on from asylum accommodation\n"
        "\n"
        "Hi team,\n"
        "\n"
        "Please find below a referral for [[Hamid Rahimi]] (DOB [[01/01/2001]]), Afghan "
        "national, granted refugee status three weeks ago. His move-on notice from the asylum "
        "accommodation at [[27 Dunstable Road]], {{Luton}} [[LU4 8JN]] runs out on Friday. "
        "Home Office ref [[R1184477]], BRP [[ZU4451093]]. He speaks Dari and some English; his "
        "friend [[Wahid]] interprets when needed ([[07700 900 614]]).\n"
        "\n"
        "He has no bank account yet so a UC advance isn't possible.\n"
        "\n"
        "Many thanks,\n"
        "[[Lauren Whitfield]]\n"
        "Refugee Support Caseworker\n"
        "T: [[01582 960331]] | [[l.whitfield@lrap-mail.org.uk]]"
    ),
    "pt didnt engage today, said come back next week. will try again wed am",
    (
        "For reflective practice on Thursday. I'll call her <<Honey>> - she picked it herself "
        "and laughed about it. <<Honey>> is 24, a care leaver, and sells sex around the "
        "station at night. She's using crack most days and some heroin to come down. Her "
        "leaving care PA is lovely but is leaving in March and <<Honey>> has already started "
        'missing appointments "before she ditches me". When the PA asked her to be honest '
        "about how much she's using she said \"honey, I'm always honest, that's my whole "
        'problem". I want to think with the group about endings, and how we hand over someone '
        "who has been handed over her whole life."
    ),
    (
        "HANDOVER late -> nights, {{Beacon House}}\n"
        "Rm 4 - [[STORM]] (nickname, real name [[Tanisha Morgan]]) back 21:40 under the "
        "influence, slept in chair in lounge, obs every 30 mins done. [[STORM]] asked for her "
        "meds early - refused, as per plan\n"
        "Rm 7 - [[Dariusz Nowak]] no issues, asked about his rent statement, told him office "
        "tmrw\n"
        "Rm 9 - empty, [[Sky]] moved out today to supported lodgings in {{Exeter}}\n"
        "Weather warning tonight, storm expected - check rm 2 and 3 windows shut properly, the "
        "latch on 3 is dodgy\n"
        "staff on: [[KB]], [[Tom]]"
    ),
    (
        "SAFEGUARDING CONCERN - ADULT\n"
        "Name: [[Grace Adeyemi]]    DOB: [[23/05/1969]]\n"
        "Address: [[14B Elmhurst Mansions, Edgeley Road]], {{Clapham}}, [[SW4 6EU]]\n"
        "NHS No: [[663 923 3215]]\n"
        "Concern: self-neglect / hoarding. Neighbour (Mr [[Okoro]]) reported the smell; on our "
        "visit the front door would only open about a foot. [[Grace]] says she \"can't let go "
        'of his things" (late husband [[Samuel]]). GP Dr [[Fenwick]] is of the view she has '
        "capacity for this decision.\n"
        "Immediate risk: fire. LFB home fire safety visit requested today.\n"
        "Reported by: [[Aisha Mensah-Boateng]], Adult Social Care"
    ),
    (
        "voicemail 09:47 (auto transcript): hi yeah its [[sharon mcallister]] calling about my "
        "son [[liam]] he was er took in last night to {{the general}} hes asking for his "
        "worker [[bill]] could [[bill]] ring me back on [[oh seven seven oh oh nine oh oh "
        "three eight two]] thanks bye"
    ),
    (
        "Q7. What would have helped you most when you first became homeless?\n"
        "A: someone actually picking up the phone. I rang the council 11 times. When I got "
        "through they said ring Shelter, Shelter said go back to the council. I'd have settled "
        "for a straight answer even if it was no."
    ),
    (
        "OM contact note. PoP [[Kyle Street]], CRN [[E418823]], released from {{HMP Bristol}} "
        "14/03 on licence to {{Ashley House AP}}. Licence conditions incl. no contact with "
        "[[Chantelle Bishop]] and not to enter the {{Knowle West}} exclusion zone. [[Kyle]] "
        "reported at 2pm, presented well, neg for opiates on the swab. Next appt 28/03. "
        "Discussed CAS3 referral and he is keen. Street drinking not raised as an issue by AP "
        "staff."
    ),
    (
        "saw [[mo]] + his bro at the libary. [[mo]] = [[mohamed abdi farah]], bro "
        "[[abdullahi]]. [[mo]]s uc sanctioned again bc he missed the jcp appt, says the letter "
        "went to his old place [[flat 12 hamlet court 40 barking rd]] [[e13 8hh]]. need to do "
        "change of address on the uc journal. nino [[sk 44 98 12 b]]"
    ),
    (
        "Team meeting 4/6. Present: outreach, hostel, CMHT liaison, housing first.\n"
        "1. SWEP protocol - agreed, no changes.\n"
        "2. Naloxone refresher - Tues 18th and Wed 26th, 10-12.\n"
        "3. AOB - IDVA post still vacant, MARAC referrals going via duty for now.\n"
        "Action: everyone to finish the data protection module by the end of the month."
    ),
    (
        "Complex Needs Panel - {{Leicester}} - 12 March\n"
        "Present: [[Priya Chauhan]] (chair, ASC), [[Dan Hill]] (Turning Point), PC [[Lewis]] "
        "(neighbourhood), [[Siobhan O'Driscoll]] (CMHT), Rev [[Matthew Cole]] (night shelter)\n"
        "\n"
        "Case 1: [[Jermaine Banks]] ([[JB]]), 33, NFA since Jan. Sleeping in a tent behind the "
        "{{Haymarket}}. Crack use, paranoid ideation. CMHT closed him in Nov for "
        "non-engagement. PC [[Lewis]] says two ASB reports this month.\n"
        "Actions:\n"
        "- [[DH]] + [[SO]] joint visit to [[JB]] by Friday\n"
        "- PC [[Lewis]] to hold off CPW while the visit happens\n"
        "- [[Priya]] to chase housing first allocation\n"
        "\n"
        "Case 2: deferred, worker off sick."
    ),
    (
        "heads up - word is theres a bad batch of benzos going round, blue ones, people "
        "calling them smurfs. two ODs at the weekend in st pauls, both ok. push naloxone at "
        "every contact pls and remind folk not to use alone"
    ),
    (
        "SMS from client 22:14: hes outside again. blue golf [[WK19 FZP]]. i didnt let him in. "
        "mums got the kids\n"
        "SMS to client 22:16: Are you safe right now? If you're in danger call 999. I've "
        "logged this. Your IDVA [[Rachel]] is on from 9 tomorrow.\n"
        "SMS from client 22:20: ok. its [[Lee]] not [[Darren]]. [[lee]]s mate owns the golf"
    ),
    (
        "We'll call him <<Frank>>. <<Frank>> is in his sixties and has slept rough on and off "
        "since the early 90s, mostly in doorways around the cathedral. He drinks, but less "
        "than he used to. In supervision I had a frank conversation with my manager about "
        "whether we are the right service for him at all, or whether we just like him. I'd "
        "welcome the group's view."
    ),
    (
        "Dear Sir or Madam,\n"
        "\n"
        "Re: [[Blessing Adebayo]], [[Flat 6, 112 Romford Road]], {{Stratford}}, [[E15 4EA]]\n"
        "Housing register ref: [[HOU/24/019284]]\n"
        "\n"
        "I am writing in support of [[Blessing]]'s application for a medical priority. Ms "
        "[[Adebayo]] has a diagnosis of post-traumatic stress disorder and her current flat is "
        "above the address where her former partner's family live. She describes her church, "
        'which she attends three times a week, as "a blessing and the only place I sleep '
        'properly".\n'
        "\n"
        "Yours faithfully,\n"
        "Dr [[Kwame Asante]]\n"
        "Consultant Psychiatrist, {{Newham Centre for Mental Health}}"
    ),
    (
        "Date | Time | Location | Name | Notes\n"
        "03/11 | 06:10 | Boots doorway, New St | [[Gaz]] ([[Gary Whitehouse]]) | seen, ok, "
        "declined SWEP again\n"
        "03/11 | 06:25 | canal towpath nr {{Gas St Basin}} | unknown male 50s | asleep, not "
        "disturbed\n"
        "03/11 | 06:40 | {{Digbeth}} coach stn | [[Tina]] | wanted sleeping bag, given\n"
        "03/11 | 07:05 | Moor St | [[Big Jim]] | wants call back from his keyworker [[Shaz]]"
    ),
    (
        "gambling - says he put his whole uc payment through the fobts at the bookies on the "
        "high st within an hour. ashamed, tearful. signposted to GamCare 0808 8020 133 and the "
        "NHS gambling clinic, agreed to put gamban on his phone tonight w/ me. next session "
        "thurs"
    ),
    (
        "[[Harriet Cole]] 10:31: @[[Ravinder]] can you cover the review for [[Ahmed "
        "Al-Hassan]] tmrw at 10? I'm on leave\n"
        "[[Ravinder Sandhu]] 10:32: no probs. is he still at [[58 Dudley Rd]]?\n"
        "[[Harriet Cole]] 10:33: no, moved to his cousin's - [[3 Lea Road]], [[WV3 0LL]]. "
        "cousin is [[Yusuf]]. [[Ahmed]]'s phone is dead most days so go through [[Yusuf]] on "
        "[[07700 900823]]\n"
        "[[Ravinder Sandhu]] 10:33: 👍"
    ),
    (
        "Barrier: he has leave to remain with a no recourse to public funds condition, so the "
        "council won't fund a hostel place and the charity beds are full. Without an address "
        "he can't register with a GP, so there's no medical evidence for the Care Act "
        "assessment, so no assessment. Circular. A change of conditions application would take "
        "months."
    ),
    (
        "Release day plan - [[Wayne Moss]], prison no [[A4821DK]], {{HMP Winchester}}, release "
        "09:00 Friday.\n"
        "Gate pick-up: [[Sam]] (Through the Gate).\n"
        "11:30 probation, Ms [[Hussain]], {{Southampton}} office. 14:00 Housing Options - "
        "bring ID, he only has a provisional licence.\n"
        "Bank: basic account opened inside - sort code [[30-94-57]], acc no [[41173022]].\n"
        "Mum [[Linda Moss]] will have him for two nights max at [[22 Millbrook Road East]], "
        "[[SO15 1HY]]. She has said clearly not beyond Sunday."
    ),
    (
        "[[kaz]] wants her bus pass renewed, need photo + proof of address. told her ill print "
        "the form off"
    ),
    (
        "Massive thanks to everyone who helped at the Christmas dinner yesterday. 62 people "
        "fed, 14 volunteers, and nobody was barred! The Salvation Army band were brilliant. "
        "Hope you all get some proper rest. Back to the normal rota on the 27th."
    ),
    (
        "From: Discharge Coordination, {{Derriford Hospital}}\n"
        "Patient: MR [[KIERAN O'NEILL]]  Hosp no: [[K1923384]]  NHS: [[468 819 7365]]  DOB: "
        "[[17-Aug-1979]]\n"
        "NFA. Medically fit for discharge tomorrow after IV antibiotics for cellulitis "
        "(injecting site, R groin). Could outreach meet him at the main entrance at 11? He has "
        "declined the Salvation Army hostel. NOK on our system is his nan, [[Peggy O'Neill]], "
        "but [[Kieran]] says she died in 2021."
    ),
    (
        "[16:02] who's got the van keys\n"
        "[16:03] drawer with the naloxone kits\n"
        "[16:03] ta\n"
        "[16:20] fyi the foodbank on Union St is tues/thurs only now, not mon"
    ),
    (
        "Home visit w/ Romanian interpreter. Family: [[Florin Stoica]] (dad), [[Mirela]] "
        "(mum), kids [[Denisa]] 9, [[Alexandru]] 6, and baby [[Ionut]]. 7 people in 2 rooms at "
        "[[117a Green Street]], {{Upton Park}}. Landlord is [[Gurpreet]] (no surname given, "
        "paid in cash). He wants them out by the end of the month, no s21 served. [[Mirela]] "
        "showed me black mould on the baby's wall. [[Florin]] works cash-in-hand on building "
        "sites so no payslips. Next step: Housing Options + environmental health."
    ),
    (
        "MARAC REFERRAL - HIGH RISK (DASH 17/24)\n"
        "Victim: [[Ayesha Begum]], DOB [[04/02/1995]], [[22 Poplar Close]], {{Small Heath}}, "
        "{{Birmingham}} [[B10 0QT]]\n"
        "Alleged perpetrator: [[Shahid Iqbal]], DOB [[19/11/1990]], PNC [[15/229871K]], drives "
        "[[FN66KWA]]\n"
        "Children: [[Zara]] (6), [[Adam]] (3)\n"
        "Crime ref: [[20/118823/25]]\n"
        "Strangulation last week, threats to kill, and he has found her new address. She does "
        "not want police involvement beyond what's already happened. IDVA: [[Kerry-Ann Walsh]]."
    ),
    (
        "<<Rose>> (pseudonym) is 51 and has a mild learning disability. She lived with her "
        "mother until her mother died last year, then lost the tenancy because it wasn't in "
        "her name. She now lives in a supported flat and is doing well: she has grown a rose "
        "bush in a pot by her front step and shows it to everyone who visits. The question for "
        "the group is about succession rights and whether anyone should have spotted this "
        "earlier."
    ),
    (
        "COPIED FROM UC50 HELP SESSION\n"
        "CLAIMANT: MS [[A MENSAH]]\n"
        "NINO: [[JT402966C]]\n"
        "ADDRESS: [[FLAT 9 CROWN HOUSE, 201 HIGH ROAD]], {{LEYTON}} [[E10 5PX]]\n"
        "GP: DR [[R PATEL]], {{THE GROVE SURGERY}}\n"
        "CONDITIONS: SICKLE CELL, DEPRESSION, CHRONIC PAIN (HIPS)\n"
        "NOTES: [[ABENA]] ASKED ME TO TYPE IN CAPS SO SHE CAN READ IT BACK. HER SON [[KOFI]] "
        "USUALLY HELPS WITH FORMS BUT HE IS AT UNI IN {{LEEDS}}."
    ),
    "cancelled - flood at the day centre, all sessions moved to next week",
    (
        "found [[tiny]] (calls himself that, hes about 6ft 5) under the flyover by "
        "{{hammersmith}} bus stn. real name he gave was [[desmond o'reilly]] but [[tiny]] is "
        "what everyone calls him. leg wound weeping badly, said hed go to {{charing x}} a&e if "
        "someone went with him. will go back at 2 w [[gabi]]"
    ),
    (
        "Group session: spice, monkey dust and nitazenes. Went through signs of OD, the "
        "recovery position, naloxone (nasal and IM). Lots of questions about whether naloxone "
        "works on benzos (it doesn't on its own). Two people took kits. Next group: wound care "
        "with the homeless health nurse."
    ),
    (
        "Hi [[Gemma]],\n"
        "\n"
        "Quick one - can your team pick up [[Yonas Tesfaye]] ([[YT]] on our board)? Eritrean, "
        "19, came as an unaccompanied minor so he's a former relevant child and the leaving "
        "care duties apply. He's in room 3 at [[88 Radford Road]], {{Nottingham}} [[NG7 5FU]]. "
        "DOB [[12 June 2006]]. His previous PA was [[Ruth Gebremedhin]] but she's left. "
        "[[Yonas]] has said he'd prefer a male worker if possible. Mob: [[07700900415]].\n"
        "\n"
        "Thanks,\n"
        "[[Mags]]"
    ),
    (
        "Case study for CoP (names changed). I'll call her <<Kaz>>. <<Kaz>> is 42, has been in "
        "and out of the women's hostel in {{Bournemouth}} for six years and is well known to "
        "everyone. Her children were removed in 2016. She uses heroin and alcohol and "
        "self-harms when she's been drinking. When I rang Housing Options about [[Kaz "
        "Doherty]] last week they said she had made herself intentionally homeless by leaving "
        "her last room - she left because a man she was afraid of had moved in next door. I'd "
        "like the group's thoughts on challenging an intentionality decision when the person "
        "won't give a statement about the man."
    ),
    (
        "Spoke to DC [[Amrit Gill]] re the cuckooing at [[Flat 14, Hollybush House, Marsh "
        'Lane]]. Our client [[Derek Pryce]] ("[[Del]]") has a learning disability, 58, and '
        'says "the boys from {{Tottenham}}" have been in his flat for three weeks. CAD ref '
        "[[3391/12JUN]]. Plan: closure order, emergency move via the council. [[Del]]'s nephew "
        "[[Curtis]] also visits and is worried but [[Del]] doesn't want [[Curtis]] to know "
        "about the police."
    ),
    (
        "If you disagree with this decision you have the right to request a review. You must "
        "ask for a review within 21 days of the date of this letter. You can ask someone, such "
        "as an advice worker, to do this for you."
    ),
    (
        "AM handover - {{Brighton}} hub\n"
        "- [[Angel]] (rm 12) - ambulance called 03:10, seizure, taken to {{RSCH}}, not back "
        "yet. Her mum [[Jackie]] has been told\n"
        "- [[Rocky]] - barred 48 hrs for threatening [[Faye]] (night staff). [[Rocky]] knows, "
        "coming in Weds to talk about it\n"
        "- sunny morning so most went down to the beach, hub quiet\n"
        "- [[Angel]]'s meds are in the safe, bag 3"
    ),
    (
        "Q: Anything else you want to tell us?\n"
        "A: the staff at the hostel were angels honestly. the rules were a nightmare but the "
        "people were good. i'd go back if i had to"
    ),
    (
        "NRM referral notes. [[Nguyen Van Minh]] (goes by [[Minh]]), Vietnamese, says he is "
        "17, found working in a cannabis grow at [[46 Beaconsfield Road]], {{Southall}} during "
        'a police raid. No passport - he says the "boss", [[Anh Tuan]], kept it. Police ref '
        "[[6029471/24]]. [[Minh]] speaks very little English; Language Line interpreter used. "
        "He is frightened that his family in Nghe An will be hurt because of the debt."
    ),
    (
        "[[Sophie]] 09:14 - anyone know a dentist taking NHS patients in {{Exeter}}?\n"
        "[[Josh]] 09:15 - none lol\n"
        "[[Sophie]] 09:15 - seriously [[Josh]]\n"
        "[[Josh]] 09:16 - ring 111, they've got an urgent dental line. or the dental hospital "
        "in plymouth does walk-ins some days"
    ),
    (
        "Magistrates, {{Wolverhampton}}, 10:00, court 3. [[Connor Fitzgerald]] (DOB "
        "[[2/3/2001]]) pleaded guilty to theft from a shop (£43 of meat). Duty solicitor Mr "
        "[[Aziz]]. Adjourned for a PSR, back on the 12th. [[Connor]]'s nan [[Pat]] was in the "
        "public gallery, very upset, wants a call from us: [[01902 555183]]."
    ),
    (
        "the grace period on the rent arrears ends friday so the HB form needs to be in before "
        "then. reminded him twice today. he says he will drop it in tmrw"
    ),
    (
        "[[crystal]] came in w [[brandy]] today (both working the {{hyson green}} beat). "
        "[[crystal]] has a black eye, says it was a punter, doesnt want to report. gave both "
        "the ugly mugs info + condoms. [[brandy]] wants to go back to college, ask [[leanne]] "
        "abt the access course at {{new college}}"
    ),
    (
        "Crystal meth use is rising among the men we see on chemsex outreach - three "
        "disclosures this month alone. Referred two on to {{56 Dean Street}} and one to the "
        "local drug service. G and mephedrone also mentioned."
    ),
    (
        "Thanks both, I'll pick this up after the bank holiday.\n"
        "\n"
        "Best wishes\n"
        "[[Olamide Okonkwo-Price]] (she/her)\n"
        "Senior Practitioner | Housing First {{Southwark}}\n"
        "Mob: [[+44 7700 900 561]]\n"
        "Email: [[o.okonkwoprice@hf-southwark.org.uk]]\n"
        "Working days: Mon-Thurs\n"
        "\n"
        "I'm not able to reply out of hours. If you are in crisis please call Samaritans on "
        "116 123."
    ),
    (
        "A lot of the young Afghan and Sudanese men we meet at the contingency hotel have been "
        "told by someone in the community that if they get a positive decision they will be "
        "given a council flat. They then get 28 days' notice to leave and are shocked to be "
        "offered a hostel bed or nothing. We're now doing a \"what happens after your "
        'decision" session every fortnight in Pashto, Dari and Arabic.'
    ),
    (
        "[[Precious Nwosu]] came to the drop-in. Born on the [[third of March 2006]] so she "
        "turned 18 last week and her foster placement ended the same day. She said the leaving "
        'care team gave her "precious little notice". There is precious little supported '
        "accommodation for 18 year olds in {{Norwich}} right now. [[Precious]] is on the "
        "waiting list for the foyer."
    ),
    (
        "Minutes, Housing First steering group. The pilot has housed 23 people, 19 still in "
        "their tenancy at 12 months. Issues: voids take too long, the furniture grant is too "
        "small, and UC deductions for advances are pushing people into arrears from week one. "
        "Action: chair to write to the DWP partnership manager."
    ),
    (
        "{{BRI}} ED, 23:40. [[Mark]] ([[Mark Fox]], 44) brought in by ambulance from the bus "
        "station, GCS 13, alcohol. Known to us. He asked staff to phone his worker, which is "
        "me, on the outreach mobile. Hosp no [[T0492817]]. He has a dog with him, Bruno, we've "
        "taken him to the kennels. Mark the time of discharge on the handover so the day team "
        "can pick him up."
    ),
    (
        "[21:03] [[Nat]]: lads at the {{Stonehouse}} camp asking for tents, 2 gone in the fire "
        "last night\n"
        "[21:04] [[Ollie]]: weve got 3 in the store\n"
        "[21:04] [[Nat]]: [[Jonno]] and [[Skinny Dave]] need them most. [[Jonno]]s got his "
        "missus [[Kelly]] with him now\n"
        "[21:10] [[Ollie]]: ok will drop them at 7am before shift"
    ),
    (
        'Voicemail: "Hello, this is the pharmacy on Fore Street, just to say the script for '
        "your client hasn't come through from the GP so we can't dispense today. Please call "
        'us back when you can. Thank you."'
    ),
    (
        'Copied from the UC journal: "Hi [[Tomas]], your work coach [[Lucy]] has set you a '
        'to-do: upload proof of your rent." [[Tomas Kazlauskas]] (Lithuanian) asked me to '
        "reply for him as his English reading is limited. UC claim ref [[7723 1198 04]]. I've "
        "uploaded the tenancy from my phone and added a note explaining."
    ),
    (
        "fyi the Mind drop in at the old library is closing for refurb all of august. CMHT "
        "duty said theyll cover urgent stuff but anything else waits till september"
    ),
    (
        "Visited the roadside encampment by the old gasworks, {{Bedminster}}. Spoke with Mrs "
        "[[Bridget Doherty]], her sons [[Johnny]] and [[Patrick Doherty]] ([[Patrick]] goes by "
        "[[Paddy Boy]]). The council have served a section 77 notice. [[Bridget]]'s grandson "
        "[[Tyson]] (4) has asthma and needs a GP. [[Bridget]] doesn't read so she asked me to "
        "write down her nephew's number for the family: [[07700 900 387]]."
    ),
    (
        "We'll call her <<Summer>>. <<Summer>> is 30 and has been in recovery for nearly a "
        "year. Every summer she has relapsed around her daughter's birthday in July, and this "
        "year she wants a plan in place by June. She has asked us to help her write a letter "
        "to her daughter that she may or may not send."
    ),
    (
        "Letter received from [[Jamal Richards]], [[A9127CF]], {{HMP Birmingham}}:\n"
        "\"Dear Miss [[Kay]], I hope your well. I'm out on 14 May and I've got nowhere. I "
        "can't go to [[Kiara]]'s because of the conditions. Probation keep saying CAS3 but "
        "nobody tells me where. Please can you come up on a visit before then. Thanks, "
        '[[Jamal]]"'
    ),
    (
        "Pt [[Tariq Mahmood]], NHS [[9518175608]], attended the hub for wound dressing. "
        "Reported he has been sleeping in his car (silver Astra [[YB63 NXW]]) in the {{Pride "
        "Park}} retail park. Says he lost the flat after his marriage broke down and his wife "
        "[[Nadia]] changed the locks."
    ),
    (
        "Barrier: digital exclusion. Everything's online now - UC, the housing register, the "
        "bidding system, PIP. Most of our people have a cracked phone with no data if they "
        "have a phone at all. The library is open three days a week and the PCs are booked up "
        "days ahead."
    ),
    (
        "Q: Who or what made the biggest difference?\n"
        "A: [[Josie]] at the day centre was the only one who remembered my name. She sorted my "
        "ID and got me a bank account. Please don't cut her job."
    ),
    (
        "Email from [[Marta Kowalska]] ([[marta.k84@wp-poczta.pl]]): she's at her friend's in "
        "{{Peterborough}}, safe, will call Monday. Didn't want to give the friend's address."
    ),
    (
        "ASB meeting: dispersal order around the clock tower extended to 48 hours. Outreach "
        "raised that dispersal just moves people into less visible places where we can't find "
        "them. Police agreed to tell us before each use."
    ),
    (
        "Session note. [[Karwan Ahmadi]] (Iranian Kurd, 27) in for help with his appeal "
        "bundle. Solicitor is Ms [[Parveen Akhtar]]. HO ref [[K1774302]], hearing at {{Taylor "
        "House}} on 14/11. He showed me scars from detention in Iran and I explained the "
        "solicitor will want the medico-legal report. He is at the hotel, room 212. He asks "
        "that we never use his old name, [[Kawa]], on anything."
    ),
    (
        "Honest and frank discussion in supervision about caseloads - mine is 31 and the "
        "guidance says 20. Will raise at team meeting. [[Will]] (TL) agreed to draft a "
        "proposal for capping. [[Will]] also said he'll ask [[Beverley]] about agency cover."
    ),
    (
        "Hoarding referral. Mr [[Cyril Wood]], 81, [[12 Laburnum Grove]], {{Norwich}} [[NR2 "
        "3HB]]. Clutter image rating 8 in the living room and 9 in the back bedroom. Gas meter "
        "not accessible. Nephew [[Graham Wood]] from {{Great Yarmouth}} visits monthly and is "
        'supportive but "at the end of his rope". [[Cyril]] was a bookbinder and most of it '
        "is paper."
    ),
    (
        "We're seeing more people travelling in from Luton and Milton Keynes to use the night "
        "shelter in Bedford because the Luton shelter closed in October. Several are Romanian "
        "and Polish EU nationals without settled status, so no UC and no housing."
    ),
    (
        "Deposit payment request\n"
        "Landlord: Mr [[Hassan Yilmaz]]\n"
        "Property: [[15 Barton Street]], {{Gloucester}} [[GL1 4HL]]\n"
        "Tenant: [[Lukas Petrauskas]]\n"
        "Amount: £650 (deposit) + £650 (rent in advance)\n"
        "Pay to: [[H YILMAZ]], sort code [[40-47-82]], account [[71230955]]\n"
        "Approved by: [[SC]]"
    ),
    (
        "[[darren]] read me his card number on the phone so i could top up his gas - [[4176 "
        "4184 5782 4641]] - told him never to do that again, havent stored it, will delete "
        "this once the top up clears"
    ),
    (
        "Gift vouchers have arrived for the Christmas hampers - 40 x £10 Tesco. Please sign "
        "for each one you give out. They were a gift from the Rotary Club so please say thanks "
        "if you see any of them at the carol service."
    ),
    (
        "[[Joy]] ([[Joy Ferguson-Reid]]) came to the office with her tenancy agreement - pure "
        "joy on her face, first keys in six years. [[Joy]]'s daughter [[Shanelle]] came with "
        "her and took photos of us all. Signed up for the furniture scheme."
    ),
    (
        "Amber warning from the Met Office for heat tomorrow. Water, sun cream and hats in the "
        "van. Check on the people in tents on the Downs and at the back of the bus station."
    ),
    (
        "went with [[Faith Osei]] to the GP. told [[Faith]] we'd come back Thursday for the "
        "bloods. she has faith in this GP at least, she walked out on the last one"
    ),
    (
        "Rota w/c 14th: Mon early outreach, Tue hub, Wed court duty, Thu CoP session, Fri "
        "admin and supervision. Bank holiday Monday the 26th, no early outreach."
    ),
    (
        "Spoke with [[Hodan Abdi Warsame]] today, her cousin [[Fadumo]] interpreting on "
        "speaker. [[Hodan]]'s husband [[Abdiwali]] is still in Hargeisa; she is here with four "
        "children in a two-bed at [[Flat 2, 9 Stapleton Road]], {{Easton}}, [[BS5 0QR]]. "
        "Severely overcrowded - the boys sleep in the living room. HomeChoice ref "
        "[[BHC/117342]], band C, she wants us to push for band B on medical grounds (eldest "
        "has epilepsy). NINO [[PN 48 22 17 A]] for the form."
    ),
    (
        "Ramadan starts next week - please be mindful that some clients will be fasting and "
        "may prefer appointments earlier in the day. The mosque on St Marks Rd is doing iftar "
        "every night for anyone who turns up, not just Muslims, from about 7.30."
    ),
    (
        "Rough sleeping subgroup, {{Luton}} community safety partnership\n"
        "Present: Cllr [[Naheed Qureshi]] (chair), Sister [[Bernadette Kelly]] (night "
        "shelter), Imam [[Abdullah al-Rashid]], [[Tony McGrath]] (council), [[Gemma Van der "
        "Merwe]] (ICB)\n"
        "1. Street count: 31, up from 19. Cllr [[Qureshi]] asked how many are new to the area "
        "- about half.\n"
        "2. Winter shelter: two church venues pulled out. Imam [[al-Rashid]] will ask the "
        "mosque committee about hosting one night a week. Sister [[Bernadette]] offered "
        "volunteers.\n"
        "Actions: [[TM]] to circulate the count figures by Friday. [[GVdM]] to check whether "
        "health can fund a nurse session at the shelter."
    ),
    (
        "help - anyone speak cantonese? man at the hub, elderly, chinese, very confused, keeps "
        "saying a name that sounds like [[Chan Kwok-wing]] and showing a paper with [[14 "
        "Nelson St]] written on it. could be where he lives or used to. no phone on him. staff "
        "at the takeaway next door think his son is called [[Kenny]]"
    ),
    (
        "Windrush scheme application - notes\n"
        "Client: Mr [[Delroy Campbell]], 73. Came from Jamaica in 1962 aged 10 on his mother's "
        "passport. Never had a passport of his own. Worked 40 years in the foundries in "
        "{{Smethwick}} and {{Tipton}}. Lives at [[41 Grove Lane]], {{Handsworth}} [[B21 9NH]].\n"
        "Evidence we have: school records (his sister [[Marcia Campbell-Brown]] found them), "
        "NI record (NINO [[YH 61 29 04 B]]), a 1970 payslip.\n"
        "[[Delroy]] wants to visit Kingston before his brother dies. Urgent."
    ),
    (
        "We have a lot of Congolese, Angolan and Zimbabwean women coming to the Tuesday group "
        "now, mostly through the churches. French and Lingala interpreters would help. "
        "Portuguese we can usually cover within the team."
    ),
    (
        "Pastor [[Jean-Baptiste Mukendi]] rang about [[Mireille Kabongo]], who has been "
        "sleeping at the church since her asylum support stopped. He can't keep her there "
        "beyond Sunday because of the insurance. [[Mireille]] has a fresh claim with further "
        "submissions lodged, HO ref [[M2290143]]. Pastor [[Mukendi]]'s number [[0121 496 "
        "0738]]."
    ),
    (
        "Session 4 with [[Tharshini]] ([[Tharshini Sivakumar]]). Tamil, came in 2009, ILR. "
        "Gambling - online slots mostly, at night. Lost £2,300 this month incl. her rent. "
        "She's told her husband [[Suresh]] about half of it. We talked about self-exclusion "
        "(GamStop) and telling the bank to block gambling transactions. Agreed she'll do "
        'GamStop with me next week. She said "it\'s the hope that gets me, every spin".'
    ),
    (
        "no names pls - just logging that the bridge camp by the ring road was cleared this "
        "morning by the council + police, 6 tents, 4 people. no notice given to us. belongings "
        "taken to the depot, people told they can collect within 14 days. 2 of them are ours, "
        "both moved to the woods behind the retail park"
    ),
    (
        "Safeguarding - possible labour exploitation. [[Ardit Hoxha]] (Albanian, 24) came to "
        "the drop-in with a hand injury from a car wash on the {{Eastern Avenue}}. He says he "
        "works 12-hour days for £30 and sleeps in a room above the car wash with five others. "
        'The man in charge is called [[Besnik]]; [[Ardit]] owes him "for the boat". Car wash '
        "van reg [[LR21 OVX]]. [[Ardit]] didn't want police. Discussed NRM, he said he'll "
        "think about it. Gave him my card."
    ),
    (
        "Known on the street as [[Abu Khalil]] - real name [[Mahmoud al-Masri]], Syrian, 55. "
        "Sleeps in the prayer room at the mosque some nights, otherwise the bus shelter on the "
        "London Road. [[Mahmoud]] has diabetes and has run out of insulin. GP registration "
        "done at the practice on Sparkhill Rd, but they need an address - using the mosque for "
        "now: [[564 Stratford Road]], [[B11 4AN]]."
    ),
    (
        "Supervision notes - no client names, reflective.\n"
        "I struggled this month. Three deaths in six weeks, all drug-related, all people I'd "
        "known for years. I don't feel I have space to grieve them before the next person is "
        "in front of me. Agreed: I'll use the EAP, and we'll raise a proper debrief process "
        "for staff at the next team meeting, not just a card and a collection."
    ),
    (
        "[[joao pereira]] + [[thiago]] (brazilian, both on the building site that went bust) - "
        "came in for foodbank vouchers. [[joao]] has a wife + baby in {{Croydon}}, [[thiago]] "
        "sleeping in a van. both have pre-settled status. [[thiago]]s van is [[GK09YHT]] "
        "parked behind the lidl - please tell night outreach so they dont get him moved on"
    ),
    (
        "Referred to the gurdwara langar for food and to our Punjabi-speaking worker "
        "[[Manjit]]. Client is [[Gurdeep Singh Dhillon]], 62, overstayer, came on a visitor "
        "visa in 2004. Widower. Depressed. [[Gurdeep]] said his brother [[Harjinder]] in "
        "{{Southall}} won't have him back because of the drinking."
    ),
    (
        "From: [[Nana Ama Owusu]] <[[nanaama.owusu@mailbox-gh.com]]>\n"
        "To: outreach\n"
        "Subject: my brother\n"
        "\n"
        "Hello, my brother [[Kwabena Owusu]] is homeless in your area I think. He is 40. He "
        "was born [[14/04/1985]] in Kumasi. He has schizophrenia and stops his medicine. The "
        "last time anyone saw him was at the station in {{Croydon}}. Please if you see him "
        "tell him his sister [[Ama]] is looking for him and our mother is ill. My phone is "
        "[[+233 24 555 0187]].\n"
        "God bless you"
    ),
    (
        "Hi all, please see the updated ASB protocol attached. Key change: any warning letter "
        "must now be copied to the support worker before it is sent, not after. This came out "
        "of the review after a tenant with a learning disability received three warning "
        "letters he couldn't read."
    ),
    (
        "[[Rubina Khatun]] seen at the children's centre with her IDVA [[Jodie]]. Bangladeshi, "
        "29. Husband [[Mohammed Shahidul Islam]] controls all the money - she showed me the "
        "banking app, her child benefit goes into his account. [[Rubina]]'s sister-in-law "
        '[[Rehana]] is "watching" her. Spousal visa - we discussed the DDVC and the '
        "Destitution Domestic Violence concession. [[Jodie]] will do the application."
    ),
    (
        "Good news story for the newsletter: after nine years on the streets and in hostels, a "
        "man we've worked with since 2016 moved into his own flat last month through Housing "
        'First. He asked us to say "thank you to the lads at the day centre and the nurse '
        "with the purple hair\". He's got a cat."
    ),
    (
        "reg check pls - white transit [[KN68 ZPE]] keeps pulling up at the womens hostel at "
        "1-2am, two men, one calls himself [[Spider]]. girls say [[Spider]] is the one who "
        'sorts the "dates". passing to PC [[Jordan Nicholls]]'
    ),
    (
        "NOTES FROM HOME VISIT - {{Exeter}}\n"
        "Present: [[Ivy Pengelly]] (tenant), her son [[Jack]], me.\n"
        "[[Ivy]] is 88, hoarding (mainly newspapers and carrier bags), fall last week, now "
        "walking with a frame. [[Jack]] lives in {{Plymouth}} and comes every other weekend. "
        "[[Ivy]]'s GP is Dr [[Trelawny]] at the {{Heavitree}} practice. The ivy on the front "
        "of the house has grown over the bathroom window so it's dark in there - [[Jack]] will "
        "cut it back. Fire service visit booked."
    ),
    (
        "Action log, complex needs meeting\n"
        "- Hostel to refer to CMHT for a Care Act assessment\n"
        "- Probation to check whether the licence requires residence at the AP\n"
        "- Drug service to offer a same-day script if he presents\n"
        "- ASC to confirm if the safeguarding enquiry is open\n"
        "- Everyone: share updates via the secure email only, not WhatsApp"
    ),
    (
        "Police called to the day centre 14:20. [[Rohan Fernando]] (Sri Lankan Tamil, 35) "
        "threatening staff with a pool cue. PC [[Ferreira]] and PC [[Holt]] attended. No "
        "arrest - [[Rohan]] calmed down once they took him outside. Incident log "
        "[[1288/090924]]. Barred 7 days. [[Rohan]] later apologised via text from [[07700 900 "
        "122]]."
    ),
    (
        "eviction tmrw 10am from the flat. bailiffs confirmed. sheriffs not police. hes asked "
        "us to come at 9 to help him pack. bring the big bags + the van. the council have "
        "accepted the relief duty but no TA offered yet"
    ),
    (
        "Dear Ms [[Okafor]],\n"
        "\n"
        "Thank you for your email about your brother. I can confirm that [[Chidi]] is known to "
        "our service. I'm not able to share any information about him without his consent, but "
        "I will pass on your message and your number ([[07700 900 956]]) the next time we see "
        "him.\n"
        "\n"
        "Kind regards,\n"
        "[[Ellie Marsh]]\n"
        "Outreach Coordinator"
    ),
    (
        "Cllr briefing: the number of people sleeping rough in the borough has gone up from 38 "
        "to 61 in a year. Main drivers: Section 21 evictions, asylum move-on, and prison "
        "releases without accommodation. We're asking for funding for two more outreach posts "
        "and a winter night shelter from November."
    ),
    (
        "Rang the {{Heartlands}} ward for an update on [[Charlie Mac]]. Ward sister (Sister "
        "[[Okonjo]]) says he's medically fit but they can't discharge to the street and social "
        "work haven't assessed. [[Charlie]] (full name [[Charles MacDonald]], DOB "
        "[[15.01.1962]]) asked for his tobacco and his radio. I'll take them in tomorrow. Hosp "
        "no [[H0733218]]."
    ),
    (
        "We'll call her <<Grace>>. <<Grace>> is Ghanaian, in her fifties, and came to the UK "
        "as a domestic worker with a family who kept her passport. She left after eight years "
        "and has been living in church members' spare rooms since. Her visa expired long ago. "
        "She told me she gives thanks every day that she escaped. The question I want to "
        "bring: how do we support someone whose only safe network is also the network that "
        "tells her not to go to the Home Office?"
    ),
    (
        "[[Sunny]] ([[Sunil Chopra]], calls himself [[Sunny]]) rang from the hospital payphone "
        "- no credit. sunny day, he wanted to be outside. told him we'd come tomorrow with his "
        "charger. [[Sunny]]'s consultant wants him to stay in till friday"
    ),
    (
        "Complaint received about the hostel on Belgrave Gate, {{Leicester}}. Resident says "
        "staff are rude, the heating's off and the Wi-Fi doesn't work. Manager to respond "
        "within 10 working days. No names in the complaint."
    ),
    (
        "Child protection conference, {{Wolverhampton}}. Mother: [[Chelsea Banks]] (22). "
        "Father: [[Reece O'Connor]] (25, in custody {{HMP Oakwood}}, [[A1402EW]]). Child: "
        "[[Harper-Rose Banks]], DOB [[09/10/2023]]. Decision: child protection plan, category "
        "neglect. [[Chelsea]] upset but engaged. Her mum [[Tracey Banks]] offering support."
    ),
    (
        "eng class - half the women asked about how to bank. we're going to do a session on "
        "opening a basic account, what ID works, and how to spot a scam text. a lot of them "
        'got the "your parcel is waiting" scam last week'
    ),
    (
        "Hi, this is a message for [[Gift]]. [[Gift]], it's [[Nomvula]] from the refugee "
        "centre. Your appointment with the solicitor is moved to Thursday at 2. Please bring "
        "your ARC card and the letter. If you can't come call me on [[0117 496 0511]]. Bye."
    ),
    (
        "Gift aid forms for the sponsored sleepout are in the blue folder. Please get every "
        "sponsor to tick the box - it's an extra 25p in every pound."
    ),
    (
        "Intake: [[Viktor Horvath]] (Roma, from Slovakia, 34). Came with his wife [[Renata]] "
        "and three kids. Lost the private rented flat at [[203 Lozells Road]] when the "
        "landlord sold. EUSS settled status. [[Viktor]]'s mobile [[07700 900 474]]. Kids at "
        "the primary on Wheeler St. [[Renata]] is pregnant."
    ),
    (
        "Team - please stop using personal WhatsApp for client stuff. I know it's quicker. Use "
        "Teams or the secure email. If a client messages you on your personal number, reply "
        "once to say you'll contact them on the work phone and then block."
    ),
    (
        "Outreach 06:00-08:00 {{Bristol}} centre\n"
        "- [[Bill]] ([[William Brennan]]) - Castle Park, fine, asked about his bill from the "
        "water company for his old flat (!), will look\n"
        "- Two new women at the Haymarket, didn't give names, Polish?\n"
        "- [[Ruby Rae]] - not seen for 4 days, worried. Her usual spot on the bench by the "
        "fountain empty\n"
        "- [[Hopey]] (real name [[Hope Carrington]]) - wanted a hot drink and a chat, fine"
    ),
    (
        "Probation OASys extract (pasted): Name [[Leon McKenzie-Grant]] | CRN [[X562281]] | "
        "PNC [[02/117456Y]] | DOB [[1983-11-22]] | Address: NFA | Risk: high to known adult "
        "(ex-partner). Notes: [[Leon]] has a history of breaching non-contact orders. [[Leon]] "
        "has said he'll go to his brother's in {{Coventry}}."
    ),
    (
        "Please note the office will be closed Good Friday and Easter Monday. On-call rota is "
        "on the board. If someone presents in crisis call the duty line, NHS 111 or 999 as "
        "appropriate."
    ),
    (
        "anyone got contacts at the turkish community centre? client [[Emre]] (kurdish, from "
        "Maraş) needs someone to go with him to the jobcentre, his english is ok but he "
        "panics. [[Emre Yilmaz]] - DOB [[30/06/1991]]. [[emre]] said his uncle [[Hüseyin]] "
        "runs the barbers on Green Lanes but they fell out"
    ),
    (
        'The "cost of living crisis" for our clients looks like: top-up meters on emergency '
        "credit, pre-payment standing charges taking half the top-up, buying single "
        "cigarettes, skipping the bus and walking 3 miles to the methadone pharmacy. That's "
        "what the report should say, not percentages."
    ),
    (
        "Handover: [[Lou]] in bed 4 (SWEP), new, said her name is [[Louise Fairweather]] but "
        '"don\'t put [[Louise]], nobody calls me that". OK - [[Lou]]. Cut on her hand, '
        "cleaned. She left her bag at {{Temple Meads}} left luggage."
    ),
    (
        "Update from [[Deepa]]: the landlord at [[7 Chestnut Avenue]], {{Southampton}} [[SO16 "
        "2GH]] has agreed to take the deposit bond. [[Kamal Hossain]] can move in on the 3rd. "
        "Landlord contact Mr [[Cook]] ([[Trevor Cook]], [[02380 555412]])."
    ),
    (
        "The cook at the day centre has left - we need someone who can do Thursday lunch. Any "
        "volunteers from the catering course?"
    ),
    (
        "[[shanice]] in again re the kids contact. [[shanice brown]] for the record as theres "
        "two on the system w that name. [[shanice]]s kids are w/ her mum [[Yvonne]] in "
        "{{thornton heath}} till the assessment is done. email for the SW to use is [[shan dot "
        "b at hotmail dot co dot uk]], she doesnt check it much tho, quicker on insta "
        "[[@shanb_x0]]"
    ),
    (
        "Soup run tonight on Oxford Rd moved to 8.30 because of the football. Bring the big "
        "flasks. If you're not on the rota and want to help, talk to the coordinator at the "
        "church."
    ),
    (
        "Known on the street as [[Big Tel]] - real name [[Terence Harris]], 49. Posts a lot on "
        "TikTok as [[@bigtel_official]] about the hostel which staff aren't happy about. "
        '[[Tel]] says he\'s a "citizen journalist". Manager wants a conversation about '
        "filming other residents. [[Terence]]'s keyworker [[Nadine]] to lead."
    ),
    (
        "06:40 [[SMUDGE]] in the doorway of the old Debenhams again. real name [[Gareth "
        "Price]], he only answers to [[SMUDGE]]. hands v swollen, refused hospital. gave "
        "socks, coffee. said hes got a court date on the 12th at {{Cardiff}} mags for the "
        "shoplifting"
    ),
    (
        "If someone discloses domestic abuse and you're not sure what to do, the National "
        "Domestic Abuse Helpline is 0808 2000 247 (24 hours). For men, Respect's Men's Advice "
        "Line. Your IDVA referral still goes through the MARAC coordinator."
    ),
    (
        "Intake form (typed up from paper)\n"
        "Surname: [[WRÓBEL]]   First name: [[AGNIESZKA]]\n"
        "DOB: [[14/11/1986]]   Nationality: Polish\n"
        "Passport: [[EA4471032]] (expired)\n"
        "Last address: [[Flat 4, 23 Colwick Road]], {{Nottingham}} [[NG2 4AJ]]\n"
        "Next of kin: brother, [[Krzysztof Wróbel]], {{Gdańsk}}\n"
        "Support needs: alcohol (daily, vodka), depression, lost job at the warehouse in "
        "{{Castle Donington}}"
    ),
    (
        "Move-on letter came through today for [[Zabihullah Noori]]. UAN "
        "[[1212-0004-5581-0032]], BRP [[RF8823140]]. He has to leave the hotel by the 21st. "
        "[[Zabi]] is 20 and has never lived on his own. Booked him in for the refugee "
        "employability course and opened a Monzo with him."
    ),
    (
        "Voicemail 17:52: \"Hi it's [[Dawn]] - [[D-A-W-N]] - from the hostel in {{Plymouth}}, "
        "I'm ringing about a lady called [[Marie Louise Penrose]]? she's given your name as "
        "her worker... we've got a room for her from tomorrow if she wants it, I'm on [[01752 "
        '960447]] till 8. Thanks my love."'
    ),
    (
        "Dawn raids on the camp by the ring road again. Police and the council, no notice to "
        "us. Please add this to the list for the partnership meeting - it undoes weeks of "
        "engagement every time."
    ),
    (
        "Case for the group. I'll call him <<Dean>> (not his real name). <<Dean>> is 35, left "
        "{{HMP Channings Wood}} in January with £82 and a travel warrant to {{Torquay}}, where "
        "he has no connection at all. He's been sofa surfing since with a cousin. When the "
        "council eventually took a homeless application they spelled it out in the letter: "
        '"[[Dean Holloway]] has no local connection with this authority." My question: how '
        "can the release address be set by someone who's never met <<Dean>>?"
    ),
    (
        "Bits for the handover:\n"
        "- the kettle in the lounge is broken again, don't use it\n"
        "- the CMHT are doing a drop-in on Friday\n"
        "- fire door on 2nd floor propped open AGAIN\n"
        "- new mattresses arriving Tues\n"
        "- thanks to everyone for covering last week, it was a rocky few days"
    ),
    (
        "Made an appt for [[Kemi]] at the {{Vauxhall}} GP for Thurs 2.20. Told [[Kemi]] and "
        "her partner [[Lorraine De Freitas]] I'd meet them at the bus stop. [[Kemi Adeleke]] "
        "DOB [[29/08/1998]] for the registration form, NHS no unknown."
    ),
    (
        "FRANK (0300 123 6600) is good for people who want to talk about drugs anonymously - I "
        "give the number out a lot to the younger ones at the college. Frank by name, frank by "
        "nature, as one of them put it."
    ),
    (
        "PS [[Collins]] rang re [[Imran Qadir]] (PNC [[11/662903H]]). Warrant for failing to "
        "appear. [[Imran]] is currently in the {{Leicester}} night shelter - PS [[Collins]] "
        "asked us to tell him to hand himself in at Euston Street rather than be arrested in "
        "front of everyone. I've told [[Imran]]. He says he will go tomorrow with [[Rui]] "
        "(volunteer)."
    ),
    (
        "[14:02] [[Priya]]: is the pharmacy on Kingsland Rd still doing supervised consumption "
        "on sundays\n"
        "[14:05] [[Ben]]: yes but only till 1\n"
        "[14:06] [[Priya]]: ta, for [[Tigist]]\n"
        "[14:06] [[Ben]]: per [[KB]] she should be moving to fortnightly pick ups soon anyway\n"
        "[14:07] [[Priya]]: not till the new script review. [[Tigist Alemu]] review is on the "
        "30th"
    ),
    (
        "Barrier description: A woman in her forties, very anxious in groups, cannot use the "
        "shared kitchen at the hostel because a man there frightens her. She's been eating "
        "crisps and biscuits in her room for a month. Staff say she \"hasn't raised it "
        'formally". Sky-high rents locally mean no realistic move-on.'
    ),
    (
        "Housing Benefit - overpayment query. Claimant [[Stacey McFarlane]], HB claim ref "
        "[[40012277]], council tax account [[6601183]]. Claims an overpayment of £1,482 for "
        "the period she was in hospital. [[Stacey]] says nobody told her a hospital stay "
        "affected her claim. Appeal drafted."
    ),
    (
        "Reflections after the outreach shift: the city looks different at 5am. The bakers, "
        "the cleaners, the night bus drivers - they all know our people by name and look out "
        "for them. We should be asking them what they see."
    ),
    (
        "[[Abdelrahman Osman Ahmed]] (Sudanese, 23) - came to the UK by small boat in 2022, "
        "granted refugee status. Sleeping at {{Euston}} station some nights. Has a friend "
        "[[Mustafa]] in {{Birmingham}} who has offered a sofa. [[Abdelrahman]] asked us to "
        "keep his phone number private from the hotel staff: [[07700 900 736]]."
    ),
    (
        "Please don't book interpreters for Tigrinya through the old agency, they keep sending "
        "an Amharic speaker. Use the new framework contract."
    ),
    (
        "Session 2, learning disability team joint visit. [[Kevin Hill]] (44) lives alone at "
        "[[18 Moorland Close]], {{Wolverhampton}} [[WV10 8RS]] since his mum [[Maureen]] died. "
        "His appointee for benefits was [[Maureen]], now nobody. His sister Mrs [[Janice "
        'Hill]] lives in Spain. [[Kevin]] has been paying £40 a week to a "friend" called '
        '[[Crusher]] for "protection". Safeguarding raised.'
    ),
    (
        "Re the sex work outreach van: numbers are down because more women are working indoors "
        "and advertising online. We need a digital outreach offer. Options to discuss at the "
        "next team meeting."
    ),
    (
        "Table from the hostel waiting list (pasted):\n"
        "Pos | Name | Referrer | Date\n"
        "1 | [[K. ANDERSON]] | Probation | 02/03\n"
        "2 | [[R. OSEI-BONSU]] | Outreach | 05/03\n"
        "3 | Ms [[L Nguyen]] | Hospital | 06/03\n"
        "4 | [[D DE SOUZA]] | Self | 09/03"
    ),
    (
        'Text from [[Candy]] (working name, actual name [[Leah Sinclair]]): "hun can u come '
        "2moro been robbed by a punter took my phone n all my money. im at [[Carly]]s on "
        "Cowley Rd\". [[Candy]] hasn't reported it. New number she's using: [[07700 900 208]]."
    ),
    (
        "For reference, the numbers we give out most: Samaritans 116 123, Shelter helpline "
        "0808 800 4444, National Domestic Abuse Helpline 0808 2000 247, NHS 111, FRANK 0300 "
        "123 6600, StepChange for debt. Don't give out staff personal numbers."
    ),
    (
        "Dear Mr and Mrs [[Abara]],\n"
        "\n"
        "Thank you so much for agreeing to be supported lodgings hosts for [[Chiamaka]]. As "
        "discussed, she will move in on Saturday the 9th. Her PA, [[Tom Bailey]], will visit "
        "on the Monday. Please ring him on [[07700 900 664]] if anything comes up before then "
        "- and remember you can always ring the duty line out of hours.\n"
        "\n"
        "Warm regards,\n"
        "Supported Lodgings Team"
    ),
    (
        "Rent statement query. Tenant [[Gheorghe Lăcătuș]], tenancy ref [[T/0093/221]], [[Flat "
        "10, Ribbon House, 5 Cannon Street Road]], {{Whitechapel}} [[E1 2NJ]]. [[Gheorghe]] "
        "says he paid £300 cash to the housing officer Mr [[Doyle]] in January and has no "
        "receipt."
    ),
    (
        'Survey Q12 "Is there anything we could do better?": more women workers. and a '
        'proper place to leave our stuff in the day. and stop saying "engagement" like it\'s '
        "a wedding"
    ),
    (
        "[[Shirin Karimi]] came to the women's group - Iranian, 38, fled an abusive marriage. "
        "Her husband [[Reza]] is in {{Manchester}} and has been ringing her friends. "
        "[[Shirin]] has changed her number to [[07700 900 491]] and asked that nobody gives it "
        "out. IDVA referral done to [[Amira]]."
    ),
    (
        "May and June are our busiest months for evictions because of the end of the tenancy "
        "cycle. Plan the rota so that nobody's off in the last fortnight of May."
    ),
    (
        'Client says: "Mark my words, they\'ll kick me out by Christmas." We then went '
        "through his tenancy agreement together - the landlord can't evict without a court "
        "order."
    ),
    (
        "[[krzysiek]] ([[krzysztof nowicki]]) back on the street after being kicked out of his "
        "friends in {{newham}}. wants to go home to poland, asked about reconnection. hes got "
        "settled status. id: passport at the polish embassy? [[krzysztof]] thinks so. his dob "
        "[[5.5.80]]"
    ),
    (
        'Practice note on language. We have agreed not to write "refused" or '
        '"non-compliant" in case notes; say what happened ("he said no to the hostel '
        'because of the curfew"). It reads better when the person sees their own file, which '
        "they are entitled to."
    ),
    (
        "Payment made for [[Rui Santos]]'s replacement birth certificate (£11) on the team "
        'card. Receipt in the folder. [[Rui]] says he\'ll pay back "when the money comes", '
        "told him no need."
    ),
    (
        "phone call w [[Bernadette]] from the womens refuge - shes got a space for [[Amina "
        "Yusuf]] from monday if the referral goes in today. ring [[Bernadette]] back on "
        "[[07700900119]]. [[amina]] is at the library till 3"
    ),
    (
        "Reminder that people have the right to a copy of what we write about them. Write "
        "every note as if the person will read it - because they might."
    ),
    (
        "Discharge summary extract: MISS [[JADE-LOUISE CARTER]], MRN [[40556712]], DOB "
        "[[22.12.1999]]. Admitted after OD (paracetamol). Psych liaison reviewed, not "
        "detainable, discharged with crisis team follow-up. NOK: partner [[Ryan]] - but note "
        "patient disclosed DV by [[Ryan]], do not contact. Crisis team to phone her on [[07700 "
        "900 583]]."
    ),
    (
        "From the WhatsApp group (outreach Croydon):\n"
        "[[Ade]]: any news on the lad with the dog?\n"
        "[[Marcus]]: housed! temp accom in {{Thornton Heath}}, dog allowed\n"
        "[[Ade]]: get in 🙌"
    ),
    (
        "Note for the file: the pharmacy on Lavender Hill will stop needle exchange from the "
        "1st. Nearest alternative is the drug service in Brixton. Tell everyone who injects."
    ),
    (
        "Outcome of the benefit check for [[Bogdan]]: entitled to UC housing costs and LCWRA "
        "if the WCA goes his way. Submitted the UC50. [[Bogdan Popescu]] NINO [[SM 82 77 40 "
        "D]]. Appointment for the assessment at {{Croydon}} assessment centre on the 18th."
    ),
    (
        'Evaluation quote (with permission, anonymised): "Before, every worker made me tell '
        'my story again. Here I told it once."'
    ),
    (
        "Night shelter sign-in sheet, Monday\n"
        "[[J Kowalczyk]] - in 21:15\n"
        "[[Dev]] - in 21:40\n"
        '"[[Scouse]]" - in 22:05, out 22:30 (went to look for his dog)\n'
        "[[A. Nasser]] - in 22:50\n"
        "3 no-shows"
    ),
    (
        "Our Bangladeshi and Pakistani elders' group said the biggest barrier is that letters "
        "only come in English. They also asked for a Bengali-speaking female GP. We'll feed "
        "this back to the ICB."
    ),
    (
        "[[Vanessa]] from the council housing team emailed: [[Abdi]]'s temporary accommodation "
        "at [[14 Park Crescent]], {{Southend}} (room 6) has been extended by 28 days. [[Abdi "
        "Hassan]] must sign the licence agreement by Friday."
    ),
    (
        "Card payment for the emergency travel: paid on the team Mastercard, [[5543 2463 6560 "
        "1881]], £34.50 coach to Bristol. Logged in the expenses sheet."
    ),
    (
        "He's been in a rocky place since his mum died. Spoke about the funeral, the costs, "
        "the Social Fund funeral payment. We'll apply next week."
    ),
    (
        "Mrs [[Begum]] rang again about her son, can someone call her back on [[020 7946 "
        "0412]] before 5, she doesn't want a text"
    ),
    (
        "[[honey]] (the girl from the hotel near {{kings cross}}) wants her script moved to "
        "the boots by the station. told her [[honey]] i'd ask the prescriber tmrw"
    ),
    (
        "drove [[rocky]] to the emergency dentist. [[rocky]]s tooth came out, hes fine, bit "
        "sore. dropped him back at the hostel 3pm"
    ),
    (
        "spoke to [[frank]]s daughter [[amber]] on the phone - [[frank]] is ok, they're "
        "keeping him in one more night for obs. [[amber]] will bring clothes"
    ),
    (
        "Forms done today: [[Blessing Chukwu]], dob [[080391]], NINO [[WL 55 03 19 A]], new "
        "address [[Flat 1, 62 Sandy Lane]], {{Coventry}} [[CV1 4DQ]]. ESA to UC migration "
        "notice received, deadline 3 months."
    ),
    (
        "Teams:\n"
        "[[Will Grant]]: did [[Summer]] get her ESA sorted in the end?\n"
        "[[Nikki]]: yes! backdated to April. [[Summer]] cried. so did i tbh"
    ),
    (
        "Dear colleague,\n"
        "\n"
        "I am the Probation Practitioner for [[Jordan Kelly-Reid]] (CRN [[T227104]], DOB "
        "[[03/07/1996]]). He is due for release from {{HMP Exeter}} on 19 September and "
        "currently has no accommodation. His previous address, [[31 Cowick Street]], "
        "{{Exeter}} [[EX4 1AL]], is not suitable as his former partner, [[Megan Tarr]], lives "
        "there with their daughter. [[Jordan]] is assessed as medium risk of serious harm to "
        "known adults. I would be grateful if you could consider him for your supported "
        "housing scheme.\n"
        "\n"
        "Kind regards,\n"
        "[[Andrea Vickery]]\n"
        "Probation Practitioner, {{Exeter}} PDU\n"
        "[[andrea.vickery@probation-sw.example.gov.uk]] | [[01392 960218]]"
    ),
    (
        "met [[Angel Ruiz]] outside {{Angel}} tube, colombian, no english, 2 nights out. took "
        "him to the day centre in {{Islington}}. [[Angel]] says his sister [[Luz]] is in "
        "{{Lewisham}}, no number"
    ),
]

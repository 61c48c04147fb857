"""Hand-written notes for the sealed6 split (no templates), in markup.py's markup.

Written blind: as frontline workers type them (case studies, handovers, chat logs, referral
emails, minutes, voicemails, survey answers), not shaped by the scanner. Every person,
number and address here is made up.
"""

SEALED6 = [
    (
        "took [[kev]] up to the council again, housing options said come back fri with his ID. "
        "hes kipping at his cousin [[dwayne]]s for now, said he'll be there most nights"
    ),
    (
        "Frank chat with the manager today about how we record refusals. Will ring the DWP "
        "tomorrow about the sanction; the grace period ends on the 14th. Bill for the gas rose "
        "to £212 over winter so we may need a Fuel Bank voucher as well."
    ),
    (
        "Discharge summary rec'd for [[OSEI, Kwabena]] MRN [[RH4471093]], admitted via A&E at "
        "{{St James's}} 02/03 with cellulitis L leg. DOB [[14.07.1979]]. NFA on discharge, "
        "ward asked if we can pick him up before 4."
    ),
    (
        "[09:02] Me: morning all, is the 10am CoP still on?\n"
        "[09:03] Team lead: yes, room 4B, bring the barrier cards\n"
        "[09:05] Me: grand, will bring biscuits too\n"
        "[09:06] Team lead: legend\n"
        "[09:31] Duty: running 5 mins late, bus 42 broke down on the ring road"
    ),
    (
        "New referral: [[Hodan Abdi Farah]] and her 3 children, fled DA in {{Bristol}}, placed "
        "in emergency B&B last night. HO ref [[F1123456]]. She speaks some English but would "
        "prefer a Somali interpreter for anything about the children. Her sister [[Sahra]] is "
        "the emergency contact, [[07700 900 732]]."
    ),
    (
        'Resource: "Housing First in practice" (St Mungo\'s, 2023). Short guide, 24 pages. '
        "Covers the seven principles, fidelity checks and what to do when a tenancy is at "
        "risk. Good for new starters. Pairs well with the Homeless Link toolkit on Part 7 and "
        "the Care Act s.42 briefing. Rated 4/5 by the March group."
    ),
    (
        "hiya its [[jade]] frm the hostel can u ring me back on [[07700900615]] its about "
        "[[lil mo]] hes not been back since sat x"
    ),
    (
        "What got in the way: no photo ID, the bank wanted a utility bill, and the Jobcentre "
        "wanted a bank account before they'd pay the advance. The classic loop. How it was "
        "overcome: Citizens Advice wrote a supporting letter and the bank accepted a letter "
        "from the hostel manager as proof of address. Took three weeks and two visits to the "
        "branch."
    ),
    (
        "Family visit. Mr [[Ion Lăcătuș]] and his wife [[Florica]] with 4 children at [[27 "
        "Whitehall Terrace]], {{Sheffield}} [[S4 7LP]]. The eldest, [[Denisa]] (14), "
        "interprets for her parents, which isn't ideal; asked for a Romani interpreter next "
        "time. Landlord has served a s.21 and there is black mould in two bedrooms."
    ),
    (
        "PLEASE NOTE MR [[D MCALLISTER]] IS NOT TO BE GIVEN A ROOM KEY UNTIL HE HAS SEEN THE "
        "MANAGER. BARRED FROM THE LOUNGE TILL WEDS."
    ),
    "No show again. Will try Tuesday.",
    (
        "For the CoP on Thursday. I'll call him <<Dean>>. <<Dean>> is 52 and has been sleeping "
        "rough around the marina in {{Hull}} for about two years. He had a flat until his mum "
        "died and the tenancy wasn't passed on. He says he's \"done with the council\" because "
        "letters never reach him. We got nowhere for months. Update since I wrote this: I rang "
        "the DWP with him sat next to me and it turns out they had him as [[Dean Holloway]] at "
        "[[4 Coltman Street]], his mum's old place, which explains why nothing ever arrived. "
        "Question for the group: how do you get agencies to update an address when the person "
        "has no address to give?"
    ),
    (
        "Site visit with the Traveller liaison officer. [[Bridget Ward]] (goes by [[Biddy]]) "
        "has had chest pains for a week and hasn't got a GP since they were moved off the "
        "{{Cottingley}} site. Her son [[Martin Joyce]] drives the van, reg [[YF09 KTE]], and "
        "can bring her in. Agreed she'll register at {{Hillside Surgery}} using the no fixed "
        "abode route."
    ),
    (
        "Minutes – {{Leeds}} Housing CoP, 12 March\n"
        "Present: 9 members, 2 apologies.\n"
        "1. Actions from last time: the Shelter briefing on Part 7 reviews was circulated.\n"
        "2. Case discussion: a young man leaving care with no local connection. The group "
        "agreed a s.184 request should go in the same day and the personal adviser should "
        "attend.\n"
        "3. AOB: the May session moves to the {{Civic Hall}}, room 2.\n"
        "Next meeting: Thursday 9 April, 2pm."
    ),
    (
        "his ni is [[jk 48 22 91 c]] and dob [[3rd march 87]], says UC might have him under "
        "his old surname [[Pearson]] from before he changed it"
    ),
    (
        "[[Yonas Tesfamariam]], 19, Eritrean, granted refugee status three weeks ago so the 28 "
        "day move-on clock is ticking. BRP [[ZU1234567]], UAN [[1212-0098-4471-3356]]. Asylum "
        "accommodation ends on the 24th. Tigrinya interpreter booked via Language Line for the "
        "Housing Options appointment."
    ),
    (
        "What would have made the session more useful? – more time on the actual cases and "
        "less on slides. The bit about NRPF was brilliant, would like a follow up with someone "
        "from Migrant Help or the Refugee Council."
    ),
    (
        "Voicemail 14:32: \"Hi, this is [[Precious]] calling for... sorry, I'm [[Joy]]'s "
        "daughter. Mum was taken into {{the LGI}} last night, they said she had a fall. Can "
        "someone call me back on [[oh seven seven double oh, nine double oh, three four one]]. "
        'Thanks, bye."'
    ),
    (
        "Handover nights -> days\n"
        "- Room 3: settled, took methadone 60ml at the chemist yesterday, due again 9am\n"
        "- Room 7: out all night, not unusual for him\n"
        "- Room 11: asked about the grace period on his arrears, told him to speak to Housing "
        "Options\n"
        "- Fire alarm test Weds 10am\n"
        "- Milk low, petty cash in the safe"
    ),
    (
        "[[Piotr Wiśniewski]] (calls himself [[Pete]]) keeps messaging the night staff on "
        "snapchat, username [[pete_wis84]]. Agreed boundaries with him today, he took it ok. "
        "He moves to the Foyer in {{Bradford}} on Monday; his key worker there is "
        "[[Agnieszka]]."
    ),
    (
        "Prescribed mirtazapine 15mg nocte and thiamine 100mg TDS. The pharmacy at the Co-op "
        "will do weekly blister packs. Review with the GP in 4 weeks. Client aware; said "
        '"we\'ll see".'
    ),
    (
        "Emergency payment sorted, paid into his Monzo: sort code [[04-00-04]] acc "
        "[[81726354]], name on the account [[L FENWICK-HART]]. Receipt in the blue folder."
    ),
    (
        "Concerns re possible trafficking. [[Nguyen Van Thanh]] (says he is 17, looks younger) "
        "was found working in a nail bar on {{Mill Road}}. No documents at all. Police are "
        "aware, crime ref [[13/45567/26]]. NRM referral made by DC [[Hollis]]. Vietnamese "
        "interpreter needed for everything, he won't use his phone for translation."
    ),
    (
        "Bus 72 to the Jobcentre and the 19 back. Gave him £5.40 for a day rider. Sunny for "
        "once and he was in good spirits. Mark down that he wants to try the recovery cafe on "
        "Fridays."
    ),
    (
        "Afghan family via ARAP, the bridging hotel near {{Heathrow}} is closing. Father "
        "[[Abdul Wahid Sultani]], mother [[Freshta]], children [[Mursal]], [[Ahmad Zia]] and "
        "[[Bibi Hawa]]. Mr [[Sultani]] was an interpreter for the British Army and is anxious "
        "about being split up from his brother. His caseworker's email lists UAN "
        "[[3109-7782-0415-6620]]."
    ),
    (
        "Case for discussion. I'll call her <<Amara>>. <<Amara>> is 34, from Nigeria "
        "originally, and has lived in {{Manchester}} for eleven years. She left a violent "
        "relationship in January and is sofa surfing between friends. She has no recourse to "
        "public funds because her leave expired while she was with him and he held her "
        "passport. Children's Services did an assessment for the baby under s.17 and offered a "
        "train ticket back to {{Lagos}}, which she refused. The National Domestic Abuse "
        "Helpline (0808 2000 247) got her into a refuge space for 6 nights under the DDVC, and "
        "a solicitor from the law centre has now lodged an application. What I'd like to bring "
        "to the group: what do we do with the gap between the refuge ending and a decision "
        'coming through? <<Amara>> says she will not go back to him "even if I sleep in the '
        'park".'
    ),
    (
        "Subject: Referral – urgent\n"
        "\n"
        "Hi team,\n"
        "\n"
        "Please can you pick up Ms [[Tracey-Ann Boateng]], DOB [[09/11/1995]], currently at "
        "[[Flat 6, 112 Roundhay Road]], {{Leeds}} [[LS8 5AN]]. She has a two year old. High "
        "risk from her ex-partner [[Jermaine]]; MARAC is next Thursday.\n"
        "\n"
        "Many thanks,\n"
        "[[Hannah Ridley]]\n"
        "Family Support Worker\n"
        "Direct: [[0113 496 0574]]\n"
        "[[hannah.ridley@example.org.uk]]"
    ),
    (
        "Known as [[Little Mo]] around the day centre, real name [[Mohammed Iqbal]]. Mid 40s, "
        "Pakistani heritage, speaks Punjabi and English. Mum and dad both passed. Brother "
        "[[Tariq]] runs a taxi firm and will sometimes put him up."
    ),
    "cant make it 2day soz, will ring tmrw. hope ur ok",
    (
        "Client [[CHEN Xiaoming]] (family name first as on his passport, no. [[E12345678]]), "
        "overstayer, worked in a takeaway for years until it shut. Mandarin only. Cough for 6 "
        "weeks so TB screening is booked for when the van comes on Tuesday."
    ),
    (
        "[10:14] Outreach 1: anyone at the drop in this aft?\n"
        "[10:15] Night team: May pop by after 3 if the handover's quick\n"
        "[10:15] Outreach 1: Grace period on the deposit scheme is 30 days btw\n"
        "[10:17] Night team: ta. Will pass it on\n"
        "[10:40] Outreach 1: also FYI the SWEP threshold is 0 degrees 3 nights running, Met "
        "Office says Thursday"
    ),
    "Grace period ends Friday.",
    (
        "Home visit with [[Rebwar Hama Karim]] and his wife [[Shilan]] at the asylum house on "
        "{{Dewsbury Road}}. Sorani interpreter on the phone. [[Rebwar]]'s leg is still swollen "
        "after the fall; he hasn't been to {{St George's}} for the follow-up because he "
        "couldn't afford the bus. Gave him a travel warrant. Their son [[Aram]] (8) has "
        "started at the local primary."
    ),
    (
        "Sudanese gentleman, [[Mohamed Al-Amin Osman]], age 38, came via small boat and was "
        "moved from the hotel in {{Wakefield}} with no notice. Has a positive decision but no "
        "BRP yet. Asked the Home Office helpdesk; they quoted reference [[O1049762]]. He is a "
        "qualified pharmacist and wants to know about registering with the GPhC."
    ),
    (
        "Landlord is a Mr [[van der Berg]], lives abroad, lets through an agent. Agent won't "
        "give us his address. Tenant ([[Shauna]]) is owed her deposit back and there's been no "
        "gas safety certificate for 2 years."
    ),
    (
        "[[Siobhan O'Donoghue]] rang in tears - bailiffs at her door at 8am. Council tax "
        "arrears of £1,340. She's at [[19 Kirkstall Hill]]. Told her not to let them in and "
        "rang the council's recovery team, who have put a 30 day hold on it. Will visit Monday "
        "with a budget sheet."
    ),
    (
        "[[ryan mcgettigan]] came in again asking for the pipe kits. i know its him cos he "
        "showed me his letter from the council. told him we dont do them here, sent him to the "
        "needle exchange at the clinic"
    ),
    (
        "[[Ahmad bin Ismail]] wasn't in, but his flatmate [[Hafiz]] said he's working nights "
        "at the warehouse. Left a note."
    ),
    (
        "Refund of the overpaid rent sent to card [[4658 5843 1109 2287]], exp 09/27, "
        "cardholder MRS [[E KOWALCZYK]]. Confirmation code sent to her mobile."
    ),
    (
        "Liaison with police re [[Liam Dobson]]. PNC ID [[02/481937K]], released from HMP "
        "{{Doncaster}} on licence last Friday, prison number [[A6621DX]]. Probation say he "
        "must reside at approved premises but he's turned up at our door instead."
    ),
    (
        "spoke to benefits. HB ref [[4451209]], they need his payslips from march to may. "
        "council tax support is a separate claim, case ref [[CTR/118/2291]]"
    ),
    (
        "Homeless application chased. Case ref [[HOU-22-01873]]. Officer says the s.184 "
        "decision is due in 10 working days but they're behind."
    ),
    (
        "please call [[Grace]] on [[+44 7700 900 287]] she's the one with the twins, not the "
        "other [[Grace]]"
    ),
    (
        "Reminder for new staff: under s.189B the relief duty runs for 56 days, and the "
        "council can end it early only in the circumstances set out in s.193A. If the person "
        "has care and support needs, a Care Act s.9 assessment is separate and doesn't depend "
        "on local connection. For capacity questions use the MCA two-stage test, not your gut. "
        "Article 8 gets raised a lot but rarely wins on its own."
    ),
    (
        "Address letters \"Dear Sir or Madam\" if you don't know the officer's name. Mr and Ms "
        "are fine on envelopes. The template for a s.202 review request is in the shared drive "
        "under Templates, then Housing."
    ),
    "she said email her at [[shaz.k92 at gmail dot com]] cos she doesnt check her texts",
    (
        "Sponsor breakdown under Homes for Ukraine. [[Olena Kovalenko]] and her son [[Maksym]] "
        "(11) have been told to leave by the sponsor, [[Graham Whitlock]], after an argument "
        "about the heating. Council has a duty; we've asked for the rematching team to get "
        "involved. [[Olena]] works part time at a care home in {{Harrogate}}."
    ),
    (
        "[[Darius Kazlauskas]] – Lithuanian, 44, EUSS pre-settled. Lost his job at the car "
        "wash after a dispute over pay. Owed about £900. ACAS early conciliation started, ref "
        "[[R172983/24/61]]. Needs a food parcel this week."
    ),
    (
        "Rough sleeper count: 14 counted in the city centre, 3 new faces. Two said they'd come "
        "from {{Blackpool}}. One woman was with a dog. Nobody wanted the SWEP bed because of "
        "the no-dogs rule at the shelter."
    ),
    (
        "[[ARDIT HOXHA]] DOB [[22/02/2001]] ALBANIAN – NRM POSITIVE REASONABLE GROUNDS – DO "
        "NOT DISCLOSE LOCATION"
    ),
    (
        "What got in the way: the family spoke Arabic and the only interpreter available on "
        "the day was a man, and [[Rania Al-Hassan]] didn't want to talk about what happened in "
        "front of him. How we overcame it: rebooked with a female interpreter through Language "
        "Line and moved the meeting to the children's centre where she felt safer. Her husband "
        "[[Khaled]] was at work."
    ),
    (
        "Everyone said this month's session was the best so far. Hope we keep the smaller "
        "groups. Patience is wearing thin with the room booking though."
    ),
    (
        "Reviewed [[Rumana Begum]]'s rent account with her and her husband [[Shahid Miah]]. "
        "Arrears £2,104. DHP form done. The council wants bank statements for 3 months; "
        "[[Shahid]] banks with Lloyds, sort code [[30-94-57]] account [[01932284]]. Their "
        "daughter [[Tasnim]] will bring them in."
    ),
    "MR [[W CLARKE]] ([[WINSTON]]) – DELETE OLD NUMBER, NEW MOBILE [[07700 900 164]]",
    (
        "Ivy league manners on the ward today, the nurses were lovely. Rose to the occasion. "
        "Storm forecast for the weekend so check the hostel roof."
    ),
    (
        "[[ivy]] is 84 and fell again last night. her grandson [[callum]] found her. shes "
        "refusing to go in, says she wants to stay at [[6 Hawthorn Close]] till she dies. "
        "adult social care referral made for a care act assessment"
    ),
    (
        "Duty log 16:20 – [[Storm]] (real name [[Stuart Bailey-Evans]]) turned up drunk "
        "wanting his post. Gave him the letters, he left calmly."
    ),
    (
        'A short note on language. We say "person sleeping rough", not "rough sleeper", in '
        'anything we publish. We say "uses drugs", not "addict". When we write case '
        "studies for the CoP we change names and take out anything that would point to the "
        "person: the street, the hostel, the date they came in."
    ),
    (
        "[[Akosua Mensah]] came in with her son [[Kofi]]. He's just turned 18 and wants his "
        "own claim for UC. She has kept all his paperwork in a bag: birth certificate, NI "
        "number letter ([[SX 12 93 47 B]]), school reports."
    ),
    (
        "Action points from Tuesday:\n"
        "- Check whether the faith groups rota covers Sundays in August\n"
        "- Write to the Sky TV people about the contract in the family room\n"
        "- Ask Housing Options for the updated s.184 letter template\n"
        "- Book the Duke of Edinburgh lot for the garden day again\n"
        "- Summer holidays: who is covering the youth drop in?"
    ),
    (
        "[[Tigist Alemu]], Ethiopian, 27, domestic worker who left her employer's house in "
        "{{Kensington}} after they took her passport. She says the employer is a Mrs "
        "[[Al-Sabah]]. Amharic speaker. Salvation Army has her in a safe house. We have her "
        "phone as [[07700 900 508]] but she says only text, never call."
    ),
    (
        "Car seized. Reg [[BD51SMR]], registered to [[Andrei Popescu]] who has been living in "
        "it on the {{Asda}} car park for 3 weeks. He works cash-in-hand on building sites. "
        "Romanian, some English. Wants his tools back more than the car."
    ),
    (
        "[[honey]] says shes pregnant again and doesnt want the social involved. shes 19. "
        "staying at her nans in {{Seacroft}}. midwife is [[Rachel]] at the hub"
    ),
    (
        "Crystal meth use is rising among the men we see at the sexual health outreach. We've "
        "started carrying the chemsex leaflets from the LGBT Foundation. Angel dust came up "
        "once but nobody's seen it in years."
    ),
    (
        "Two lads in the doorway of the old {{Debenhams}}. [[Summer]] (his girlfriend, 22) "
        "came over to talk, the other one stayed asleep. She said they're called [[Summer "
        "Hale]] and [[Jordan]] and they've been in town since Christmas."
    ),
    (
        'Please can we stop writing "{{Angel}}" on the whiteboard when we mean [[Angel '
        "Ruiz-Medina]]? Three clients share that first name at the moment. Use initials plus "
        "room number."
    ),
    (
        "It was a blessing in disguise that the PIP assessor came to the house: she saw the "
        "stairs and the commode for herself. Award came through at the enhanced rate for daily "
        "living."
    ),
    (
        "Session notes, Weds: met [[Blessing Okonkwo]] at the library as agreed. She's 31, "
        "from {{Enugu}} originally. Talked about her visa expiring and her fear of going to "
        "the Home Office. Gave her the Migrant Help number (0808 8010 503) and said I'd come "
        "with her to the solicitor. Her pastor, Rev. [[Emmanuel Adeyemi]], has been putting "
        "her up."
    ),
    (
        "[[faith]] rang. her daughter [[destiny]] (6) has been excluded again. school wants a "
        "meeting fri 9.15. [[faith]] wants me there"
    ),
    (
        "The council was at the mercy of the private landlords in the end; there were simply "
        "no units at LHA rate. We hope the new social lettings agency changes that."
    ),
    (
        "Hi its [[Sunny]] again ([[Sunil Bhatt]], flat 9), can someone ring me back about the "
        "boiler, cheers"
    ),
    (
        "the lads outside the station — [[rocky]], [[duke]] and [[the big fella]] as the staff "
        "call him, real name [[Gary Tomlinson]]. all 3 on methadone script, [[duke]] missed "
        "his pickup 3 days so his script will be stopped"
    ),
    (
        "Patience and persistence got us there: after six calls the DWP agreed to backdate the "
        "claim to the date of the first phone call, 14 weeks' worth."
    ),
    (
        "Old woman at the bus station who says her name is [[Mercy]]. Confused, keeps asking "
        "for {{Ward 7}}. No bag. Police attended; they think she's [[Mercy Adjei]], reported "
        "missing from a care home in {{Lewisham}} this morning."
    ),
    (
        "New starter info: you'll get an NHS mail account, a work mobile and a fob for the "
        "building. Induction is 3 days. On day 2 you'll shadow someone on the outreach shift, "
        "6am start. Bring warm clothes."
    ),
    (
        "[15:01] Hostel: [[sky]] is back, she's in the lounge\n"
        "[15:02] Outreach: the one with the rabbit?\n"
        "[15:02] Hostel: yep, [[Skye Donnelly]], room 14, she says she spent the night at "
        "[[kayleigh]]'s in {{Harehills}}\n"
        "[15:05] Outreach: ok can you tell her her appt at the GP is 10.20 tmrw"
    ),
    "Hope was the thing that kept him going, he said. Not the services.",
    (
        "We've been working with [[Hope Mwangi]] for 6 months. Kenyan, 40, nurse by training, "
        "NRPF. Her solicitor at {{Ison Harrison}} has put in an FLR(FP) application with a fee "
        "waiver. Her daughter [[Zawadi]] is doing her GCSEs."
    ),
    "bill paid. £48.60 electric. receipt on file",
    (
        "[[bill]] paid £20 off his arrears today. [[Bill Naylor]], room 2 I mean. happy with "
        "the plan"
    ),
    "Rent went up in April. Rose again in October, so he's £30 a month short.",
    (
        "Met [[rose]] outside the co-op. [[Rose Brennan]] is well known to the team, been in "
        "and out of the women's hostel for years. Says she's back with her partner [[Lee]] and "
        "they're in a tent down by the canal near {{Granary Wharf}}."
    ),
    (
        'Learning from a complaint: a woman was told at the front desk that she "should have '
        "gone to the police\" before we'd take her application. That is not the test. Anyone "
        "who says they are homeless because of domestic abuse should be offered an interview "
        "that day, in private, ideally by someone of the same sex. We've redone the front-desk "
        "script and all staff on the desk have done the refresher."
    ),
    (
        "URGENT from the IDVA service. Do not give out any details about [[PATIENCE OWUSU]] or "
        "her children [[NANA AMA]] and [[KWAME]]. The perpetrator, [[Yaw Boakye]], has been "
        "ringing round agencies pretending to be her brother. His number is [[07700 900 919]]."
    ),
    (
        'Survey Q5: "Is there anything else you\'d like to tell us?"\n'
        "Answer: the man from the council was kind but he kept saying he couldn't promise "
        "anything. I know that. I just want to know where I'll be sleeping on Friday."
    ),
    (
        "sorry just seen this. yeah i can do thurs, where is it? is it the place by the bus "
        "station or the one on the top floor of the library"
    ),
    (
        'Intake form (partial): Name [[Kazimierz "Kaz" Nowak]]  Date of birth [[the ninth of '
        "June 1983]]  Languages Polish, English  GP none  Last address [[Flat 2, 48 Beeston "
        "Road]], {{Leeds}} [[LS11 6AA]]"
    ),
    (
        "Nowak is a common Polish surname and Kowalski is the equivalent of Smith, so you'll "
        "see them a lot in the EUSS casework. Don't assume two people are related."
    ),
    (
        "Useful numbers for the wallet card (reviewed March): Samaritans 116 123 (free, 24/7). "
        "Shelter helpline 0808 800 4444. NHS 111 for anything urgent that isn't 999. FRANK "
        "0300 123 6600 for drugs info. StreetLink 0300 500 0914 to report someone sleeping "
        "rough. National Gambling Helpline 0808 8020 133. Modern Slavery Helpline 08000 121 "
        "700. StepChange 0800 138 1111 for debt."
    ),
    (
        "Got his passport back at last – no. [[533401992]], expires 2031. He cried. Photocopy "
        "in the locked cabinet, original back to him."
    ),
    (
        "Outpatients letter for Mr [[Danny Kershaw]] – Hosp no [[K0987712]], NHS no [[943 476 "
        "5919]]. Appt at the hepatology clinic, {{Seacroft Hospital}}, 14 May 10:40. He'll "
        "need reminding the day before; best number is his mum's landline [[0113 496 0231]]."
    ),
    (
        "Ask [[joel]] to email [[j dot okafor at outlook dot com]] with the pics of the damp, "
        "its his sisters account he uses it"
    ),
    (
        "Online safety concern: [[Kieran]] (15, in care) has been posting on tiktok as "
        "[[@misshoney.x]]? no sorry that's his girlfriend's, his is [[kez_ls11]]. Older men "
        "commenting. Flagged to his social worker [[Paula Grant]]."
    ),
    (
        "What got in the way: nothing worked until we stopped trying to get him into an "
        "office. He didn't trust buildings. How it was overcome: we did everything on the "
        "bench outside the library for 2 months, the Jobcentre work coach came out to him "
        "once, and the GP receptionist let us book by phone. Lesson for the group: go to where "
        "the person is."
    ),
    (
        "Landline numbers for the two flats he gave: [[(020) 7946 0958]] and [[020 7946 "
        "0112]]. The second one was his ex's; she asked us not to use it."
    ),
    "Mr Men books and a Lego set donated for the family room. Thank you to the Rotary.",
    (
        "Handover Tues\n"
        "[[Baz]] – kicked off at 11 about the wifi. calmed down. still owes £5 for the washer\n"
        "[[Lisa-Marie]] – GP appt 2.30, reminded her\n"
        "[[Tomás]] – got his CSCS card!! start on site monday\n"
        "Room 12 – empty, cleaners in tomorrow"
    ),
    (
        "It was a Tuesday in February and freezing. I'd been working with this man for nearly "
        "a year and I'll call him <<Samir>> here. <<Samir>> came from Syria in 2016 on the "
        "resettlement scheme, lived with his brother in {{Rochdale}} and worked in a bakery "
        "until his brother was deported after a conviction. After that everything fell apart: "
        "the bakery closed, the flat was in his brother's name, and <<Samir>> ended up in a "
        "tent. He wouldn't go to the night shelter because he'd been beaten up in one in 2019. "
        "What made the difference was a {{Rochdale}} mosque that let him sleep in the back "
        "room on cold nights and a GP who saw him without an appointment. The council accepted "
        "the relief duty but there was nothing to offer. In the end a housing association flat "
        "came up through the Syrian community network, not through us. What I want to ask the "
        'group: are we too quick to say "he refused the offer"? The offer was a bed in a '
        "room with strangers, and for <<Samir>> that was not a real offer."
    ),
    (
        "[[Jamal]] - in [[JAMAL KHAN]]'s file the DOB is wrong, should be [[17 Aug 1990]] not "
        "1991. please amend before the housing register form goes"
    ),
    (
        "Teams meeting notes – {{Bradford}} and {{Leeds}} outreach sync\n"
        "Attendees: outreach leads x4, night shelter manager, the council's rough sleeping "
        "coordinator\n"
        "• Numbers down slightly on last month (38 vs 42)\n"
        "• Two people reconnected to Scotland via the No Second Night Out route\n"
        "• New hub opening at the old fire station; opening times tbc\n"
        "• Actions: share the SWEP protocol; invite the CMHT duty worker next time"
    ),
    (
        "[[Mariusz Zieliński]]'s brother in {{Gdańsk}} has been in touch through the "
        "consulate. Brother's name is [[Tomasz Zieliński]], wants to pay for a coach ticket "
        "home. [[Mariusz]] isn't sure. Working with Barka on a reconnection plan."
    ),
    "Correction to the above: [[Mariusz]] has decided to stay.",
    (
        "Notes from the library session. The council's Housing Options team explained the new "
        "triage. You ring, you get a call back within 2 working days, then a face-to-face if "
        "you're at risk within 56 days. Domestic abuse and people leaving hospital get "
        "same-day."
    ),
    (
        "Arrived with [[kwame]] in the car, [[KM19 TWH]], he's the brother in law. drove us to "
        "the clinic and waited"
    ),
    (
        "sort code [[20 45 77]] account no [[43126690]] - that's the account for the rent, the "
        "other one is in [[Destiny]]'s name"
    ),
    (
        "The session didn't have anyone from health in it. May we ask the ICB to send someone "
        "next time? Will follow up."
    ),
    (
        "Victim of hate crime. Mr [[Aurel Lingurar]], Roma, says youths threw stones at the "
        "window of [[23 Ash Grove]] three nights running. Police crime number "
        "[[WY/2024/118833]]. Family are scared to leave the house. Asked for the council's ASB "
        "team to visit and for CCTV to be considered."
    ),
    ("hey its [[crystal]] from last week, got a new phone [[07700 900 377]] old one got nicked"),
    (
        "Meds list from the GP letter: sertraline 100mg od, quetiapine 25mg nocte prn, "
        "omeprazole 20mg od. Allergic to penicillin. No depot."
    ),
    (
        "MRS [[N BEGUM]] FLAT 3 [[18 MARLBOROUGH GROVE]] [[BD8 7TY]] TEL [[07700 900 651]] – "
        "INTERPRETER SYLHETI"
    ),
    (
        "Board report extract: 214 people supported this year; 61% into settled accommodation; "
        "average time on caseload 7.3 months. Most common barrier recorded: no ID (38%), then "
        "rent arrears from a previous tenancy (27%). The {{Leeds}} Homeless Charter was signed "
        "by 11 new organisations."
    ),
    (
        "Not to be shared outside the team. [[Kelvin]]'s real name is [[Kelvin "
        "Ayodele-Okoro]], he uses [[Kay]] on the street and [[KB]] with the lads."
    ),
    (
        "Complex needs panel, 4 June\n"
        "Present: panel chair (ASC), CMHT, probation, housing, us\n"
        "Case 1 – a man in his 60s, alcohol-related brain damage, evicted twice. Agreed a Care "
        "Act assessment and a referral to the specialist supported housing scheme.\n"
        "Case 2 – young woman, 19, care leaver, exploitation concerns. Agreed to escalate to "
        "the MACE meeting.\n"
        "No names in the minutes as agreed."
    ),
    (
        "Referral from {{Pinderfields}}: [[Gareth Lloyd-Jones]], 58, DOB [[02/01/1966]], "
        "inpatient on {{Gate 41}}, medically fit for discharge since Monday. Hospital number "
        "[[P00338761]]. He lived at [[7 Barnsley Road]] but the landlord changed the locks "
        "while he was in."
    ),
    (
        'Every time I ring the council I get told a different thing. Today it was "you need '
        "to go through the portal\". The portal doesn't let you upload more than 3 documents. "
        "So I emailed instead. Fingers crossed."
    ),
    (
        "[[Aidan McDonagh]] and [[Nora]] pulled onto the lay-by off the {{A64}} with the "
        "trailer and two vans, regs [[WX62 BNF]] and [[LD15RKV]]. Council enforcement gave "
        "them 24 hours. [[Nora]] is 7 months pregnant and has missed her scans. Told them "
        "about the Traveller health visitor."
    ),
    (
        "ok so the thing is he doesnt want us calling his mum. his mum is [[Sandra]] and she "
        "lives in {{Scarborough}} by the harbour, at [[2 Quay St]] i think"
    ),
    (
        "Reminder: confidential waste goes in the grey bins, not the recycling. Shred anything "
        "with a name, address or date of birth on it."
    ),
    (
        "We had an email from [[l.hughes1972@yahoo.co.uk]] asking for an update on her son. We "
        "can't confirm he's with us without his consent. Replied with the standard wording."
    ),
    (
        "Joy of joys, the PIP came through. Standard rate mobility, enhanced daily living, "
        "backdated to the claim date. Will sit down with him next week and do a budget."
    ),
    "DNA x2, closing.",
    (
        "Miss [[Hyacinth]] (that's what everyone calls her, she's [[Hyacinth Campbell]], 79, "
        "came over from Jamaica in 1962) is worried about her grandson [[Delroy]]. He's been "
        "staying with her since his release and she thinks he's using again. She doesn't want "
        "him evicted, she wants him helped."
    ),
    (
        "For the CoP: I'll call him <<Marek>>. <<Marek>> is Polish, 38, and was a forklift "
        "driver until he lost his licence. He lives in a shed behind a house in "
        "{{Peterborough}} that he pays £50 a week for. Barka and the council's outreach team "
        "both know him. I attach the email thread from the council so you can see the problem "
        '– sorry, I forgot to take his surname out of it – "Re: [[Marek Dudek]], tenancy '
        "sustainment\" – please don't share."
    ),
    (
        "Voicemail from the pharmacy: \"Hi, it's the pharmacy on the high street, just to say "
        'the prescription is ready to collect. Any problems give us a ring. Thanks."'
    ),
    (
        'NINO [[AB123456C]], his UC claim was closed in error, journal says "identity not '
        'verified". Rebooked for the Jobcentre on Monday with his provisional licence.'
    ),
    (
        "Appointment confirmed: 12/06 at 10:30, Room 3.14, Level 3 of the {{Civic Centre}}. "
        "Take the lift by the café. Bring the tenancy agreement and the last two rent "
        "statements."
    ),
    (
        "Paid the bond by card for her — [[5312-6698-0041-7725]], her dad's card, he said it "
        "was fine (rang him to check, [[+44 (0)7700 900 123]])."
    ),
    (
        "LHA rate for a 1-bed in {{Leeds}} is £648.22 a month from April and the shared "
        "accommodation rate is about £400. Almost nothing on Rightmove at that. We mostly use "
        "the landlord incentive scheme."
    ),
    (
        "b. [[12/4/62]]. Lives alone. Daughter [[Karen Whitaker]] is NOK and has LPA for "
        "health and welfare (registered). She works at the {{Co-op}} in {{Rothwell}}."
    ),
    (
        "[[JP]] is back. [[J. P. Reilly]] for the file. He says he's been in {{HMP Leeds}}, "
        "number [[A4471CX]], released on the 2nd. Wants help with a discharge grant problem – "
        "he never got it."
    ),
    (
        "\"Goes by '[[Tiny]]' – he's about six foot five. Don't mention his real name in the "
        "group chat, it's [[Anthony Mbeki-Shaw]].\""
    ),
    (
        'Learning resource: "Trauma-informed approaches in homelessness services" (Pathway, '
        "2022). A 40 minute video and a 12 page handout. Useful section on re-traumatising "
        "practices like waiting rooms, being searched and being asked to retell your story "
        "five times. The group found the part on staff wellbeing the most helpful."
    ),
    (
        "insta [[@kev_ls11]] is definitely him. he's posting from the tent. ive told [[kev]]'s "
        "outreach worker"
    ),
    (
        "[[Funmilayo]]'s discharge letter says [[ADEBAYO Funmilayo]], DOB [[28/10/1988]], MRN "
        "[[LTH7723104]], ward {{J26}}. Postnatal depression, referred to the perinatal team. "
        "Baby [[Tolu]] with her."
    ),
    (
        "[[maria de souza]] wants to know if she can claim for her partner [[joão da silva]] "
        "too. hes portuguese, settled status. shes brazilian on a spouse visa"
    ),
    (
        "Hey everyone 👋 quick reminder that Thursday's session is at 2pm not 1pm. Room is the "
        "big one at the end of the corridor. Tea and coffee provided. See you there!"
    ),
    (
        "Sorry I can't come to the meeting. I have a hospital appointment that I can't move. "
        "Can someone send me the notes?"
    ),
    (
        "Keyworker change: from Monday [[Niamh]] takes over from [[Oskar]] as [[Tendai "
        "Mapfumo]]'s keyworker. [[Tendai]] asked for a woman worker and we've honoured that."
    ),
    (
        "Tenancy ref [[T/0045521]], rent account in arrears by £1,884.16. Tenant Mr [[O "
        "Smith-Oyelaran]]. Notice seeking possession served 3 weeks ago. He says he never got "
        "it."
    ),
    "It would help if the council answered the phone. That's it. That's the feedback.",
    (
        "My name's [[Esther]], i'm the cousin. [[Abena]] is not coming in today she's not "
        "well. if u need her call me [[07700 900 260]] or her new one which is [[0770 090 "
        "0274]]"
    ),
    (
        "[[Mahlet]]'s BRP number is [[RB9876543]], she got it 2 weeks ago. Bank is refusing to "
        "open an account because the address on it is the hotel."
    ),
    (
        "Things that helped: a named worker at the council who answered emails; an interpreter "
        "who came in person rather than over the phone; being able to bring the dog. Things "
        "that didn't: the 9am appointment slots, the form asking for 5 years of addresses, the "
        "rule about no visitors."
    ),
    (
        "From: [[Priya Chaudhary]] [[priya.chaudhary@leedsmind.example]]\n"
        "Sent: 03 April 14:12\n"
        "To: housing options duty\n"
        "Subject: Mr [[Stefan Mihai]] – prevention duty\n"
        "\n"
        "[[Stefan]] is due to be evicted on the 19th. Can you confirm his prevention duty has "
        "been accepted? His reference is [[HPD-2403-00981]].\n"
        "\n"
        "Thanks\n"
        "[[Priya]]\n"
        "Mental Health Navigator | Mobile [[07700 900 802]]"
    ),
    (
        "[[Mustafa]], [[Mustafa Kareem]], the older Iraqi man from the mosque – his son [[Ali "
        "Mustafa]] drives him in, grey Corolla [[YB17 AOD]]"
    ),
    (
        "I felt the meeting went well. The landlord listened. We agreed he would fix the "
        "boiler by Friday and she would pay £15 a week off the arrears. I'll check in with "
        "both of them next Monday."
    ),
    (
        "PC [[Shaw]] (collar number [[4417]]) attended the flat at 02:10 following a call from "
        "neighbours. [[Leanne Kirk]] had a cut to her head; her partner [[Scott Kirk]] had "
        "left before police arrived. DASH completed, high risk. Occurrence number "
        "[[13240418772]]."
    ),
    "Sign posted to Turning Point and CGL. Gave the FRANK leaflet and the Samaritans card.",
    (
        "his date of birth is [[1st of feb 2004]] and the NHS number is [[6104523987]] — I had "
        "to read it off the prescription bag"
    ),
    (
        'Notes of the community of practice, April. We began with a round of "one thing that '
        'went well". Themes: landlords returning calls, a win at a s.202 review, a young man '
        "getting into college. Then we looked at the barrier cards. The most common this month "
        'was "waiting for a decision". Next month\'s theme is working with families with no '
        "recourse to public funds; someone from the Project 17 team will come."
    ),
    (
        "[[Dragana]] keeps getting called [[Diana]] by the GP receptionist, it's [[Dragana "
        "Petrović]], Serbian. She's asked us to write it down for them."
    ),
    (
        "Wed night: 6 in the church shelter, all men. 1 refused (didn't want to leave his "
        "bike). Soup, bread, teabags all fine. Need more size 9 boots and men's socks. Heating "
        "came on at 9."
    ),
    (
        "[[sean]] [[sean o'rourke]] - please stop putting him on the list for the 3rd floor, "
        "hes got a bad hip. ground floor only"
    ),
    "{{Hull}} meeting postponed to 2 May.",
    (
        "[[Yasmin Haidari]] and her children [[Sohrab]] and [[Nazanin]] arrived this morning "
        "from the initial accommodation in {{Barnsley}}. Dari speakers. Mum has a letter from "
        "the Home Office with ref [[H4021187/3]]. Address of the new property is [[81 Clough "
        "Road]], {{Hull}} [[HU5 1SP]]."
    ),
    (
        'Ran a "what got in the way" exercise with the team. Top three: the phone line '
        "closing at 4; not being allowed to take a support worker into the Jobcentre; the GP "
        "practice refusing people without proof of address even though NHS England guidance "
        "says they shouldn't. What helped: the practice manager at the health centre in town, "
        "who now takes everyone."
    ),
    (
        "hi hun its [[mandy]] from {{number 42}} the one with the blue door, can u tell the "
        "housing lady my boiler still aint fixed x"
    ),
    (
        "Client's choice to have her mother present. Mother asked that her own name not be "
        "recorded. Respected."
    ),
    (
        "Please note new address for [[Victoria Ellis-Owusu]]: [[Flat 11, Kestrel House, 3 "
        "Dock Street]], {{Cardiff}} [[CF10 5AB]]. Her new GP is the {{Butetown Health Centre}}."
    ),
    "gud session 2day, learnt loads bout part 7. wud b good if u cud send the slides x",
    (
        "Safeguarding concern: [[Agnes McLaughlin]], 91, {{Glasgow}} tenement, daughter "
        "[[Morag]] handles her money and [[Agnes]] says she's not been given any cash for "
        "weeks. Bank: RBS sort code [[83-17-05]], account [[10229934]]. Care Act s.42 enquiry "
        "opened."
    ),
    "No names in the chat please!! Use initials or room numbers. Thanks.",
    (
        "[[Ștefan Rusu]]'s contact details changed, new email is [[rusu.stefan88@gmail.com]] "
        "and he's also on whatsapp [[+40 712 345 678]] (Romanian number)"
    ),
    (
        'Question from the survey: "What would you change about the service?" – "Longer '
        'opening on Saturdays. More food. Nicer chairs." And: "The workers are great, it\'s '
        "the system that's rubbish.\""
    ),
    (
        'Case study for the May CoP – "when the system has the wrong name"\n'
        "\n"
        "I've changed some details. The woman I'm writing about was born in Eritrea and came "
        "to the UK at 16 as an unaccompanied child. Her name was written down wrongly at the "
        "port – her father's name was recorded as her surname and her own name was misspelt – "
        "so for eight years every official document has said [[Saba Tewelde]] when she is "
        "actually [[Sabrina Tewolde Haile]]. This matters more than it sounds. Her bank "
        "account, her BRP ([[ZX4455120]]), her NHS record and her tenancy all use different "
        "versions. When she applied for a council flat the system flagged her as two different "
        'people and froze the application for "possible fraud". She was living at [[12 '
        "Tennyson Street]] in {{Middlesbrough}} at the time, in a room with no lock.\n"
        "\n"
        "What got in the way: every agency wanted another agency to correct it first. The Home "
        "Office said the bank should accept the BRP. The bank said the Home Office should "
        "reissue it. The council said it needed both to match.\n"
        "\n"
        "How it was overcome: a caseworker at her MP's office wrote one letter to all three, "
        "copying each in. It took four months but the BRP was reissued and everything else "
        "followed. She now has a flat.\n"
        "\n"
        "Question for the group: who should own identity problems like this? Nobody does at "
        "the moment."
    ),
    (
        "[[kyle]] rang from a withheld number saying he's at his nan's, [[14 Grove Place]] off "
        "the main road in {{Castleford}}, and he wants his stuff brought over. nan is mrs "
        "[[hardcastle]]. told him we cant deliver but he can collect tmrw between 10 and 12"
    ),
    (
        "Daily log – supported lodgings\n"
        "08:30 [[Precious Nwosu]] (16) up and out to college.\n"
        "12:10 Call from her social worker [[Jo Ferris]] to say the LAC review is moved to "
        "21st.\n"
        "16:45 [[Precious]] back, quiet. Said a boy called [[Reece]] had been messaging her on "
        "snap as [[reece.m_x]]. Screenshots taken, passed to [[Jo]]."
    ),
    (
        "Surname is [[DOĞAN]], first name [[Emre]] – Turkish Kurdish, works at a barber's on "
        "{{Green Lanes}}. Landlord is his employer. He says if he complains about the flat "
        "he'll lose the job too."
    ),
    (
        "Referral form – Housing First\n"
        "Name: [[Wayne Cartwright]]   Known as: [[Cartsy]]\n"
        "DOB: [[30/09/1976]]   NI: [[NR 62 91 03 A]]\n"
        "Last settled address: [[45 Elm Avenue]], {{Hartlepool}} [[TS25 1PQ]] (2015)\n"
        "Support needs: long-term opiate use, hep C (treated 2021), PTSD from army service\n"
        "GP: {{Wynyard Road Medical Centre}}\n"
        "Probation officer: Ms [[K Adeyinka]], on [[07700 900 944]]\n"
        "Why Housing First: 14 hostel evictions since 2016, repeated rough sleeping, can't "
        "manage shared spaces."
    ),
    (
        "they put the wrong name on the letter again, its [[aisha]] not [[ayesha]], and the "
        "address is {{flat 4b}} not 4d"
    ),
    (
        "Hi both, as discussed I've closed the prevention case for Mr and Mrs [[Kaur-Sandhu]] "
        "at [[22 Lidget Lane]] as the landlord has withdrawn the notice. Council ref "
        "[[PRV/23/4471]]. Thanks for your help – [[Gurpreet]] is very relieved.\n"
        "Kind regards, [[Dan]]"
    ),
    (
        "[[Bashir]] asked me to write down his details properly for the GP: [[Bashir "
        "Ahmadzai]], date of birth given as [[01/01/1998]] (Home Office assigned), Pashto "
        "speaker, currently at the {{Britannia Hotel}}, room 208. Port reference "
        "[[ABC1/12345678]]."
    ),
]

"""Names and fillers for the generated corpora, in disjoint parts.

"tune" is what the scanner may be tuned on; "unseen" is held out: its names, nicknames,
towns and wording appear nowhere in the tune half, so its figures say how the scanner does
on text it was not shaped by. Names are grouped by the communities frontline workers in
the UK meet; surnames go with given names of the same tradition.
"""

POOLS = {
    "tune": {
        "people": {
            "british": (
                "Kevin Shane Jordan Kayleigh Wayne Stacey Darren Leanne Craig Gemma Lee Jodie "
                "Ryan Tanya Carl Nicola",
                "Holloway Pickering Slater Brannigan Hutchinson Stringer Fletcher Rowbotham "
                "Tindall Gaskell Ainsworth Cartwright",
            ),
            "somali": (
                "Abdirahman Hodan Faadumo Guled Ubah Deeqa Liban Nimco",
                "Warsame Hersi Mohamud Farah Jama Egal Abdulle",
            ),
            "eritrean": (
                "Yonas Semhar Filmon Tesfalem Luwam Merhawi Winta",
                "Ghebremariam Kidane Tekle Habtemariam Mebrahtu Tsegay",
            ),
            "ethiopian": (
                "Abebe Tigist Mekdes Dawit Hiwot Yared",
                "Bekele Girma Alemu Tadesse Worku Getachew",
            ),
            "roma": (
                "Florin Marian Costel Florica Lenuta Denisa Tibor Zaneta",
                "Lakatos Rostas Dudas Ciuraru Lingurar Balog Kotlar",
            ),
            "polish": (
                "Kacper Zuzanna Wojciech Małgorzata Bartosz Dorota Grzegorz Łukasz",
                "Kowalczyk Wójcik Kamiński Zieliński Woźniak Krawczyk",
            ),
            "arabic": (
                "Khalid Youssef Rania Layla Huda Bilal Ziad Amal",
                "Haddad Khoury Mansour Nasser Hamdan Darwish",
            ),
            "south_asian": (
                "Gurpreet Harjit Mandeep Rukhsana Nazia Imran Asif Sunita Rajesh",
                "Sandhu Dhillon Chaudhry Mistry Akhtar Rahman Uddin",
            ),
            "west_african": (
                "Chukwuemeka Ngozi Oluwaseun Adebayo Folake Kwame Akua Yaw Mariama",
                "Okafor Adeyemi Mensah Boateng Owusu Nwosu Jalloh Kamara",
            ),
            "traveller": (
                "Bridget Johnny Paddy Mary-Ann",
                "McDonagh Maughan Connors Quilligan",
            ),
            "caribbean": (
                "Delroy Winston Marcia Errol",
                "Campbell Grant Thompson Brathwaite",
            ),
            "afghan_iranian": (
                "Farid Zahra Mahsa Reza",
                "Mohammadi Rahimi Hosseini Sultani",
            ),
        },
        # First names that are everyday words.
        "word_names": "Honey Storm Frank Mark Rose Hope Joy Summer Amber Ruby Holly Sky Bill",
        "nicknames": "Little Mo|Big Dave|Tiny|Smiler|Gaz|Jonno|Ginge|Sparky|Lady J|Scouse Tony",
        "towns": "Rotherham Wakefield Hull Doncaster Bradford Middlesbrough Sunderland Stoke",
        "countries": "Eritrea Somalia Sudan Romania Poland Syria Afghanistan Iran",
        "hospitals": "Northern General|Royal Infirmary|St James's|the General",
    },
    "unseen": {
        "people": {
            "british": (
                "Shaun Kelly Dwayne Chantelle Jamie Kerry Liam Sharon Gavin Danielle Scott "
                "Paula Brett Kirsty",
                "Ogden Whittaker Bramley Haworth Kershaw Pennington Lumb Dobson Sugden "
                "Cawthorne Marsden",
            ),
            "somali": (
                "Ayaan Warsan Idil Hamza Sahra Abdiwali Kaltun Bashir",
                "Osman Yusuf Hassan Dualeh Samatar Aden Ismail",
            ),
            "eritrean": (
                "Senait Mehari Aklilu Saba Kiflom Ruta",
                "Berhane Haile Tesfay Weldemichael Gebremedhin Sium",
            ),
            "ethiopian": (
                "Meseret Selam Getnet Almaz Fikru Tsion",
                "Kebede Desta Lemma Mulugeta Asfaw Ayele",
            ),
            "roma": (
                "Ionut Sorin Mirela Vasile Stela Ladislav Dusan Nicusor",
                "Stoica Serban Caldarar Horvath Dzurko Siroky Mizigar",
            ),
            "polish": (
                "Agnieszka Krzysztof Paweł Beata Mariusz Sławomir Jadwiga Tomasz",
                "Lewandowski Szymański Dąbrowski Kozłowski Jankowski Piotrowski Grabowski",
            ),
            "arabic": (
                "Omar Samira Tariq Hassan Karim Mariam Reem Yasmin",
                "Saleh Abdullah El-Sayed Qasim Barakat Hijazi",
            ),
            "south_asian": (
                "Sukhwinder Parveen Shabana Faisal Tahir Deepak Anjali Shahid Rubina",
                "Bains Gill Choudhury Miah Hussain Kaur Qureshi",
            ),
            "west_african": (
                "Ifeoma Emeka Temitope Olumide Funmilayo Kofi Abena Kwabena Fatou Ousmane",
                "Adeleke Balogun Ogunleye Asante Diallo Sesay Conteh Bah",
            ),
            "traveller": (
                "Margaret Martin Kathleen Michael",
                "Joyce Doran Ward Furey",
            ),
            "caribbean": (
                "Leroy Beverley Clive Yvonne",
                "Bailey Clarke Reid Francis",
            ),
            "afghan_iranian": (
                "Hamid Mahmoud Shirin Arash",
                "Ahmadi Karimi Rezaei Noori",
            ),
        },
        "word_names": "Ivy Dawn Crystal Faith Grace Daisy Jade Pearl River Drew Chase Rob Sonny",
        "nicknames": "Big Kev|Tiny Tim|Scotty|Baz|Mouse|Shorty|Red|Lil Jay|Dutch|Chops",
        "towns": "Oldham Rochdale Bolton Blackburn Burnley Wigan Preston Salford",
        "countries": "Ethiopia Eritrea Albania Iraq Vietnam Slovakia Nigeria Ghana",
        "hospitals": "Royal Oldham|Salford Royal|Wythenshawe|the Royal",
    },
    # Written last, after the scanner had been tuned (the unseen half's errors had been
    # read by then): the one half that nothing was ever shaped by.
    "fresh": {
        "people": {
            "british": (
                "Dale Jolene Reece Shannon Callum Demi Ashley Lindsey Terry Zoe",
                "Bottomley Crabtree Ramsden Hollins Greenhalgh Ackerley Tattersall",
            ),
            "somali": ("Mukhtar Shukri Fartun Ayanle Sagal", "Nuur Gedi Ahmed Abdi Xirsi"),
            "eritrean": ("Habtom Feven Samuel Yordanos", "Tesfamariam Woldu Andemariam"),
            "ethiopian": ("Birtukan Eyerusalem Henok Solomon", "Haileselassie Negash Teshome"),
            "roma": ("Gabriel Ramona Daniel Loredana", "Covaci Mihai Lacatus Ciurar"),
            "polish": ("Wiktoria Dariusz Kamil Ewelina", "Wojciechowski Sikora Baran Zając"),
            "arabic": ("Mustafa Nour Ibrahim Dalia", "Al-Hashimi Khalil Yassin Shaheen"),
            "south_asian": ("Manpreet Jaswinder Nasreen Arif", "Sidhu Grewal Aslam Hossain"),
            "west_african": ("Adaeze Obinna Kehinde Akosua", "Eze Okoro Ogunbiyi Addo"),
            "kurdish": ("Rebaz Shilan Karwan Dilan", "Mahmud Aziz Rashid Barzani"),
            "vietnamese": ("Thanh Huong Minh Linh", "Nguyen Tran Pham Hoang"),
        },
        "word_names": "Sunny Blossom Angel Star Raven Autumn Misty Sandy",
        "nicknames": "Smudge|Little Dee|Taffy|Bones|Spider|Kid K",
        "towns": "Halifax Huddersfield Barnsley Grimsby Scunthorpe Harrogate",
        "countries": "Kurdistan Iraq Vietnam Sudan Lithuania Portugal",
        "hospitals": "Calderdale Royal|Pinderfields|Barnsley General",
    },
    # Written last of all, before the scanner was changed for it, from naming traditions
    # the other halves do not use; measured once and never tuned on.
    "sealed": {
        "people": {
            "british": (
                "Tyrone Keeley Bradley Chelsea Aaron Marcus Hayley Nathan Charlene Kyle",
                "Pollard Higginbottom Thwaite Illingworth Sutcliffe Broadbent Gledhill "
                "Stansfield Priestley",
            ),
            "romany_gypsy": ("Levi Vashti Sinfi Caleb Mireli", "Boswell Lovell Loveridge Buckland"),
            "irish": ("Siobhan Declan Aoife Padraig Niamh Ciaran", "Gallagher Keane Doherty Duffy"),
            "turkish": (
                "Emre Elif Burak Zeynep Oguz Hatice Sevgi",
                "Yilmaz Demirci Ozturk Aydin Kaya Sahin",
            ),
            "albanian": (
                "Arben Besnik Drita Fatmir Valbona Ermal Shpresa Klodian",
                "Hoxha Krasniqi Berisha Gashi Shehu Dervishi Leka",
            ),
            "sudanese": (
                "Awadia Nyakuoth Deng Achol Mawien Ibtisam Abdelmoneim",
                "Elamin Garang Majok Abdelrahim Kuol Elnour",
            ),
            "congolese": (
                "Dieudonne Exauce Chancelvie Plamedi Merveille Kabeya",
                "Kabongo Mbuyi Ntumba Lukusa Nsimba Ilunga",
            ),
            "zimbabwean": (
                "Tatenda Rudo Tendai Nyasha Farai Chipo Thabani Sibusiso",
                "Moyo Ndlovu Chikwanha Mapfumo Sibanda Mutasa",
            ),
            "ukrainian": (
                "Oksana Mykola Bohdan Iryna Taras Yuliia Dmytro",
                "Shevchuk Bondarenko Kovalenko Tkachuk Melnyk Hnatiuk",
            ),
            "bangladeshi": (
                "Shahana Mumtaz Jahanara Kamrul Rokeya Shipon Rumana",
                "Begum Khatun Islam Talukdar Hoque Chowdhury",
            ),
            "pakistani": (
                "Zeeshan Saima Waqas Rizwana Adnan Kiran Nadeem Bushra",
                "Butt Malik Raja Mirza Yousafzai Khattak",
            ),
            "hong_kong": ("Wing Mei Kwok-Wai Ka-Yan Siu-Ming", "Chan Wong Leung Cheung Lau Ng"),
            "filipino": (
                "Maricel Jovelyn Rodel Arnel Lorna Marites",
                "Bautista Santos Macaraeg Villanueva",
            ),
            "tamil": (
                "Tharshan Kavitha Sivakumar Nirosha Vithurshan Thusyanthy",
                "Selvarajah Sivanesan Kanagaratnam Thurairajah Balasingham",
            ),
            "nepali": (
                "Bishal Sabina Prakash Anish Pramila",
                "Gurung Thapa Magar Rai Limbu Tamang",
            ),
            "brazilian": (
                "Thiago Larissa Joao Fernanda Rafael Juliana",
                "Ferreira Oliveira Souza Carvalho Rocha",
            ),
        },
        # Word-names again, now the virtue names of southern and West African families too.
        "word_names": "Blessing Precious Gift Patience Comfort Memory Willow Wren Penny Cherry "
        "Lucky Princess Sunday",
        "nicknames": "Skinny Pete|Geordie|Scrappy|Bubbles|Monkey|Lanky|Wee Stevie|Tall Paul|Birdie",
        "towns": "Stockport Gateshead Walsall Dudley Luton Slough Peterborough Swindon Derby",
        "countries": "Turkey Albania Zimbabwe Congo Ukraine Bangladesh Nepal Brazil Jordan Chad",
        "hospitals": "Queen's Medical Centre|Walsall Manor|Russells Hall|the Northern",
    },
    # Round three's sealed half, written before the third round of scanner changes from
    # traditions and spellings no other half uses; measured once and never tuned on.
    "sealed2": {
        "people": {
            "english_north": (
                "Brandon Courtney Reiss Lacey Kaiden Paige Tyler Skye Harley Brooke Mason",
                "Barraclough Entwistle Ormerod Oldroyd Scargill Lowther Hargreaves Ackroyd",
            ),
            "welsh_scottish": (
                "Rhys Cerys Dafydd Angharad Gethin Bethan Eilidh Ruaridh Ailsa Lachlan",
                "Pritchard Prosser Llewellyn Gwilliam MacLeod Urquhart McKinnon Drummond",
            ),
            "lithuanian_latvian": (
                "Mantas Giedre Rasa Justinas Egle Janis Kristaps Ilze Liga",
                "Kazlauskas Petrauskas Jankauskas Vasiliauskas Berzins Kalnins Ozolins",
            ),
            "bulgarian": (
                "Georgi Stoyan Desislava Tsvetelina Hristo Radostina Kaloyan",
                "Ivanov Dimitrova Petkov Stoyanova Georgiev Todorov",
            ),
            "hungarian": (
                "Zsolt Gyorgy Erzsebet Krisztina Laszlo Tunde Csaba",
                "Nagy Toth Szabo Kovacs Farkas Balazs",
            ),
            "portuguese": (
                "Joaquim Conceicao Goncalo Ines Rui Filipa Tiago",
                "Goncalves Teixeira Fernandes Rodrigues Pereira Mendes",
            ),
            "gambian_senegalese": (
                "Ebrima Modou Haddy Isatou Ousman Awa Lamin Mariatou",
                "Ceesay Jallow Touray Jobe Njie Sowe Bojang",
            ),
            "kenyan_ugandan": (
                "Wanjiru Njeri Kamau Mwangi Wambui Achieng Odhiambo Nakato Mukasa Babirye",
                "Kariuki Ngugi Otieno Onyango Wekesa Ssemakula Kintu Nabirye",
            ),
            "malawian_zambian": (
                "Chisomo Chikondi Thokozani Mphatso Chilufya Mwila Bupe",
                "Banda Phiri Mwale Chirwa Mulenga Chanda",
            ),
            "oromo": (
                "Chaltu Lensa Gemechu Abdisa Obsa Bontu", "Tolera Gudina Negasa Dinsa Fayisa"
            ),
            "pashtun": (
                "Nasrullah Gulalai Wahidullah Zabihullah Mursal Palwasha Sahil",
                "Stanikzai Popalzai Wardak Safi Durrani Momand",
            ),
            "chinese_mandarin": (
                "Xiaoming Jing Wei Yan Hui Xin Jun Li Na",
                "Zhang Liu Huang Zhou Wu Xu Sun",
            ),
            "korean_thai": (
                "Ji-woo Min-jun Seo-yeon Somchai Nattapong Kanya Ploy",
                "Park Choi Jung Srisuk Wongsawat Chaiyaporn",
            ),
            "colombian": (
                "Yeison Yuliana Jhon Leidy Wilmer Deisy Brayan",
                "Restrepo Gaviria Cardona Quintero Ospina Zapata",
            ),
            "orthodox_jewish": (
                "Chaim Yitzchok Devorah Gitty Shmuel Chana Mendy Rivky",
                "Friedman Grunwald Weiss Steinberg Schlesinger Gluck",
            ),
            "sinhala_gujarati": (
                "Chaminda Nuwan Dilani Sanduni Hetal Jayesh Mitesh Komal",
                "Perera Fernando Jayasuriya Wickramasinghe Solanki Chauhan Makwana",
            ),
        },
        # Word-names none of the other halves uses, virtue names among them.
        "word_names": "Mercy Destiny Harmony Justice Miracle Treasure Fortune Innocent Poppy "
        "Robin Hazel Bliss Heaven Marvel Trust Charity Clay",
        "nicknames": "Little Legs|Big Shaq|Pudding|Taz|Dibs|Stretch|Kojak|Nitro|Jelly|Fat Tony",
        "towns": "Blackpool Mansfield Wolverhampton Norwich Ipswich Carlisle Hartlepool Crewe "
        "Chesterfield Yeovil Lincoln Redditch",
        "countries": "Kenya Gambia Colombia Bulgaria Hungary Latvia Malawi Uganda Venezuela "
        "Georgia",
        "hospitals": "Blackpool Vic|Royal Preston|Leicester Royal|the QE|Kings Mill",
    },
}

# Public numbers and services, used as traps in clean texts (never identifiers).
HELPLINES = {
    "tune": [
        "Samaritans on 116 123", "the National Domestic Abuse Helpline 0808 2000 247",
        "Shelter's helpline 0808 800 4444", "NHS 111", "FRANK on 0300 123 6600",
        "StepChange 0800 138 1111",
    ],
    "unseen": [
        "the Samaritans (116 123)", "Childline 0800 1111", "the Modern Slavery Helpline "
        "08000 121 700", "Crimestoppers on 0800 555 111", "111", "Mind's infoline 0300 123 3393",
        "the Men's Advice Line 0808 8010 327",
    ],
    "fresh": ["NHS 111 option 2", "Samaritans, 116 123,", "Shelter (0808 800 4444)",
              "the Domestic Abuse Helpline on 0808 2000 247", "StepChange"],
    "sealed": ["Victim Support on 08 08 16 89 111",
               "the National Gambling Helpline (0808 8020 133)",
               "Karma Nirvana 0800 5999 247", "Rape Crisis on 0808 500 2222",
               "Drinkline 0300 123 1110", "Citizens Advice 0800 144 8848", "101", "999"],
    "sealed2": ["National Debtline on 0808 808 4000", "the Silver Line (0800 4 70 80 90)",
                "Switchboard 0300 330 0630", "Papyrus HOPELINE247 0800 068 4141",
                "CALM on 0800 58 58 58", "Action Fraud 0300 123 2040", "111 option 2",
                "the Respect Phoneline 0808 8024040", "Samaritans (free, 116 123)"],
}
AGENCIES = {
    "tune": [
        "Forward Leeds", "St George's Crypt", "Golden Key Bristol", "Brunelcare",
        "Second Step", "Bristol Drugs Project", "Change Grow Live", "St Mungo's",
        "Women's Aid", "the Salvation Army", "Citizens Advice",
    ],
    "unseen": [
        "Leeds City Council Housing Options", "Homeless Health Service Bristol",
        "Avon and Wiltshire Mental Health Partnership", "Turning Point", "Shelter", "Crisis",
        "Barnardo's", "the Refugee Council", "Migrant Help", "Humankind",
    ],
    "fresh": ["Forward Leeds", "Second Step", "Brunelcare", "Golden Key Bristol",
              "Probation Service Yorkshire", "Changing Lives", "Emmaus", "Framework"],
    "sealed": ["Thames Reach", "Centrepoint", "Nacro", "Riverside", "the YMCA", "Age UK",
               "Mencap", "Depaul", "Basis Yorkshire", "Simon on the Streets",
               "the Whitechapel Centre", "Refuge"],
    "sealed2": ["Marie Curie", "Sue Ryder", "Macmillan", "Julian House", "Porchlight",
                "Turn2us", "the Big Issue", "Oasis Project", "Caritas", "St Martin's",
                "Stonewall Housing", "Open Door"],
}
ACRONYMS = {
    "tune": "CGL MARAC CMHT IDVA DWP PIP ESA NFA SWEP AMHP YOT CAMHS".split(),
    "unseen": "MAPPA DAAT HMRC ASB NRPF EUSS IOM CPN OST ASC LD UC".split(),
    "fresh": "CRC HMPPS LADO MASH DoLS CHC ECHP NOK".split(),
    "sealed": "SARC ISVA CIN CP HB LHA DHP EHCP ICB MHA CPA".split(),
    "sealed2": "SALT OT PCSO IAPT TAC EHA DSL SENCO RSL HMO SPOC".split(),
}

import HiwarModel

/// Office-holders that security and defence news names, with the spelling the English press uses, so that a
/// name read in Arabic («السيسي») or in a variant Latin spelling ("Abdel Fattah el-Sisi") comes out as one
/// English name.
///
/// The table is data for a domain expert: one person a line, the Arabic spellings the Arab press uses without
/// titles («الفريق», «الشيخ»), the state as ISO 3166-1 alpha-3 and the best-known office held between 2003 and 2025.
/// A name matches an entry when, compared as words (see `words(of:)`), the two are the same, or the words of
/// the shorter stand in the longer in order and both end in the same word, the family name («السيسي» finds
/// «عبد الفتاح السيسي»), unless the shorter is a father's name within the longer (`isShortForm(_:of:)`). A Gulf
/// royal is also found without «آل نهيان», "Al Thani" and the like. A name that fits two people (a bare
/// «الصباح») matches none. The lookup index is built once, on first use.
enum KnownPeople {
    typealias Entry = (english: String, arabic: [String], country: String, role: String)

    static let table: [Entry] = [
        // Iraq
        ("Thabet al-Abbasi", ["ثابت العباسي", "ثابت محمد سعيد العباسي"], "IRQ", "Minister of Defense"),
        ("Juma Inad", ["جمعة عناد", "جمعة عناد سعدون"], "IRQ", "Minister of Defense"),
        ("Najah al-Shammari", ["نجاح الشمري"], "IRQ", "Minister of Defense"),
        ("Erfan al-Hiyali", ["عرفان الحيالي"], "IRQ", "Minister of Defense"),
        ("Khaled al-Obaidi", ["خالد العبيدي"], "IRQ", "Minister of Defense"),
        ("Qasim al-Araji", ["قاسم الأعرجي"], "IRQ", "National Security Adviser"),
        ("Falih al-Fayyadh", ["فالح الفياض"], "IRQ", "National Security Adviser"),
        ("Mohammed Shia al-Sudani", ["محمد شياع السوداني"], "IRQ", "Prime Minister"),
        ("Mustafa al-Kadhimi", ["مصطفى الكاظمي"], "IRQ", "Prime Minister"),
        ("Adel Abdul Mahdi", ["عادل عبد المهدي"], "IRQ", "Prime Minister"),
        ("Haider al-Abadi", ["حيدر العبادي"], "IRQ", "Prime Minister"),
        ("Nouri al-Maliki", ["نوري المالكي"], "IRQ", "Prime Minister"),
        ("Fuad Hussein", ["فؤاد حسين"], "IRQ", "Minister of Foreign Affairs"),
        ("Mohammed Ali al-Hakim", ["محمد علي الحكيم"], "IRQ", "Minister of Foreign Affairs"),
        ("Ibrahim al-Jaafari", ["إبراهيم الجعفري"], "IRQ", "Minister of Foreign Affairs"),
        ("Hoshyar Zebari", ["هوشيار زيباري"], "IRQ", "Minister of Foreign Affairs"),
        ("Abdul Amir Rashid Yarallah", ["عبد الأمير رشيد يارالله", "عبد الأمير يارالله"], "IRQ", "Army Chief of Staff"),
        ("Qais al-Muhammadawi", ["قيس المحمداوي"], "IRQ", "Deputy Commander of Joint Operations"),
        ("Othman al-Ghanimi", ["عثمان الغانمي"], "IRQ", "Minister of Interior"),
        ("Abdul Amir al-Shammari", ["عبد الأمير الشمري"], "IRQ", "Minister of Interior"),
        ("Hamid al-Shatri", ["حميد الشطري"], "IRQ", "Head of the National Intelligence Service"),
        ("Jalal Talabani", ["جلال طالباني", "جلال الطالباني"], "IRQ", "President"),
        ("Fuad Masum", ["فؤاد معصوم"], "IRQ", "President"),
        ("Barham Salih", ["برهم صالح"], "IRQ", "President"),
        ("Abdul Latif Rashid", ["عبد اللطيف رشيد", "عبد اللطيف جمال رشيد"], "IRQ", "President"),
        ("Nechirvan Barzani", ["نيجيرفان بارزاني"], "IRQ", "President of the Kurdistan Region"),
        ("Masrour Barzani", ["مسرور بارزاني"], "IRQ", "Prime Minister of the Kurdistan Region"),

        // Syria
        ("Bashar al-Assad", ["بشار الأسد", "بشار حافظ الأسد"], "SYR", "President"),
        ("Ahmed al-Sharaa", ["أحمد الشرع", "أبو محمد الجولاني"], "SYR", "President"),
        ("Ali Mamlouk", ["علي مملوك"], "SYR", "Head of the National Security Bureau"),
        ("Walid Muallem", ["وليد المعلم"], "SYR", "Minister of Foreign Affairs"),
        ("Faisal Mekdad", ["فيصل المقداد"], "SYR", "Minister of Foreign Affairs"),
        ("Asaad al-Shaibani", ["أسعد الشيباني", "أسعد حسن الشيباني"], "SYR", "Minister of Foreign Affairs"),
        ("Dawoud Rajiha", ["داود راجحة"], "SYR", "Minister of Defense"),
        ("Fahd Jassem al-Freij", ["فهد جاسم الفريج"], "SYR", "Minister of Defense"),
        ("Ali Abdullah Ayoub", ["علي عبد الله أيوب", "علي أيوب"], "SYR", "Minister of Defense"),
        ("Ali Mahmoud Abbas", ["علي محمود عباس"], "SYR", "Minister of Defense"),
        ("Murhaf Abu Qasra", ["مرهف أبو قصرة"], "SYR", "Minister of Defense"),
        ("Anas Khattab", ["أنس خطاب"], "SYR", "Minister of Interior"),

        // Jordan
        ("Abdullah II", ["عبد الله الثاني", "عبد الله الثاني بن الحسين"], "JOR", "King"),
        ("Hussein bin Abdullah II", ["الحسين بن عبد الله الثاني"], "JOR", "Crown Prince"),
        ("Bisher Khasawneh", ["بشر الخصاونة"], "JOR", "Prime Minister and Minister of Defense"),
        ("Jafar Hassan", ["جعفر حسان"], "JOR", "Prime Minister and Minister of Defense"),
        ("Ayman Safadi", ["أيمن الصفدي"], "JOR", "Deputy Prime Minister and Minister of Foreign Affairs"),
        ("Nasser Judeh", ["ناصر جودة"], "JOR", "Minister of Foreign Affairs"),
        ("Yousef Huneiti", ["يوسف الحنيطي", "يوسف أحمد الحنيطي"], "JOR", "Chairman of the Joint Chiefs of Staff"),
        ("Mahmoud Freihat", ["محمود فريحات", "محمود عبد الحليم فريحات"], "JOR", "Chairman of the Joint Chiefs of Staff"),
        ("Mashal al-Zaben", ["مشعل الزبن", "مشعل محمد الزبن"], "JOR", "Chairman of the Joint Chiefs of Staff"),
        ("Ahmad Husni", ["أحمد حسني"], "JOR", "Director of the General Intelligence Department"),

        // Lebanon
        ("Michel Sleiman", ["ميشال سليمان"], "LBN", "President"),
        ("Michel Aoun", ["ميشال عون"], "LBN", "President"),
        ("Joseph Aoun", ["جوزاف عون", "جوزيف عون"], "LBN", "President"),
        ("Saad Hariri", ["سعد الحريري"], "LBN", "Prime Minister"),
        ("Najib Mikati", ["نجيب ميقاتي"], "LBN", "Prime Minister"),
        ("Nawaf Salam", ["نواف سلام"], "LBN", "Prime Minister"),
        ("Nabih Berri", ["نبيه بري"], "LBN", "Speaker of Parliament"),
        ("Elias Bou Saab", ["إلياس بو صعب", "الياس بوصعب"], "LBN", "Minister of National Defense"),
        ("Maurice Slim", ["موريس سليم"], "LBN", "Minister of National Defense"),
        ("Michel Menassa", ["ميشال منسى"], "LBN", "Minister of National Defense"),
        ("Gebran Bassil", ["جبران باسيل"], "LBN", "Minister of Foreign Affairs"),
        ("Abdallah Bou Habib", ["عبد الله بو حبيب"], "LBN", "Minister of Foreign Affairs"),
        ("Youssef Rajji", ["يوسف رجي"], "LBN", "Minister of Foreign Affairs"),
        ("Abbas Ibrahim", ["عباس إبراهيم"], "LBN", "Director General of General Security"),
        ("Rodolphe Haykal", ["رودولف هيكل"], "LBN", "Commander of the Army"),
        ("Hassan Nasrallah", ["حسن نصر الله", "حسن نصرالله"], "LBN", "Secretary-General of Hezbollah"),
        ("Naim Qassem", ["نعيم قاسم"], "LBN", "Secretary-General of Hezbollah"),

        // Egypt
        ("Hosni Mubarak", ["حسني مبارك", "محمد حسني مبارك"], "EGY", "President"),
        ("Mohamed Morsi", ["محمد مرسي"], "EGY", "President"),
        ("Abdel Fattah al-Sisi", ["عبد الفتاح السيسي"], "EGY", "President"),
        ("Mostafa Madbouly", ["مصطفى مدبولي"], "EGY", "Prime Minister"),
        ("Nabil Fahmy", ["نبيل فهمي"], "EGY", "Minister of Foreign Affairs"),
        ("Sameh Shoukry", ["سامح شكري"], "EGY", "Minister of Foreign Affairs"),
        ("Badr Abdelatty", ["بدر عبد العاطي"], "EGY", "Minister of Foreign Affairs"),
        ("Ahmed Aboul Gheit", ["أحمد أبو الغيط"], "EGY", "Secretary-General of the Arab League"),
        ("Mohamed Hussein Tantawi", ["محمد حسين طنطاوي"], "EGY", "Minister of Defence and Military Production"),
        ("Sedki Sobhi", ["صدقي صبحي"], "EGY", "Minister of Defence and Military Production"),
        ("Mohamed Zaki", ["محمد زكي", "محمد أحمد زكي"], "EGY", "Minister of Defence and Military Production"),
        ("Abdel Mageed Saqr", ["عبد المجيد صقر"], "EGY", "Minister of Defence and Military Production"),
        ("Mahmoud Hegazy", ["محمود حجازي"], "EGY", "Chief of Staff of the Armed Forces"),
        ("Mohamed Farid Hegazy", ["محمد فريد حجازي", "محمد فريد"], "EGY", "Chief of Staff of the Armed Forces"),
        ("Osama Askar", ["أسامة عسكر"], "EGY", "Chief of Staff of the Armed Forces"),
        ("Ahmed Khalifa", ["أحمد خليفة", "أحمد فتحي خليفة"], "EGY", "Chief of Staff of the Armed Forces"),
        ("Omar Suleiman", ["عمر سليمان"], "EGY", "Director of the General Intelligence Service"),
        ("Abbas Kamel", ["عباس كامل"], "EGY", "Director of the General Intelligence Service"),
        ("Hassan Rashad", ["حسن رشاد"], "EGY", "Director of the General Intelligence Service"),

        // Saudi Arabia
        ("Abdullah bin Abdulaziz", ["عبد الله بن عبد العزيز آل سعود"], "SAU", "King"),
        ("Salman bin Abdulaziz", ["سلمان بن عبد العزيز آل سعود"], "SAU", "King"),
        ("Mohammed bin Salman", ["محمد بن سلمان", "محمد بن سلمان بن عبد العزيز آل سعود"], "SAU",
         "Crown Prince and Prime Minister"),
        ("Khalid bin Salman", ["خالد بن سلمان", "خالد بن سلمان بن عبد العزيز آل سعود"], "SAU", "Minister of Defense"),
        ("Mohammed bin Nayef", ["محمد بن نايف"], "SAU", "Minister of Interior"),
        ("Abdulaziz bin Saud bin Nayef", ["عبد العزيز بن سعود بن نايف", "عبد العزيز بن سعود"], "SAU", "Minister of Interior"),
        ("Saud al-Faisal", ["سعود الفيصل"], "SAU", "Minister of Foreign Affairs"),
        ("Adel al-Jubeir", ["عادل الجبير"], "SAU", "Minister of State for Foreign Affairs"),
        ("Faisal bin Farhan", ["فيصل بن فرحان آل سعود"], "SAU", "Minister of Foreign Affairs"),
        ("Waleed Elkhereiji", ["وليد الخريجي"], "SAU", "Deputy Minister of Foreign Affairs"),
        ("Fayyad bin Hamed Al-Ruwaili", ["فياض بن حامد الرويلي", "فياض الرويلي"], "SAU", "Chief of the General Staff"),
        ("Talal Al-Otaibi", ["طلال العتيبي", "طلال بن عبد الله العتيبي"], "SAU", "Assistant Minister of Defense"),
        ("Musaed al-Aiban", ["مساعد العيبان", "مساعد بن محمد العيبان"], "SAU", "National Security Adviser"),
        ("Bandar bin Sultan", ["بندر بن سلطان"], "SAU", "President of General Intelligence"),
        ("Khalid al-Humaidan", ["خالد الحميدان", "خالد بن علي الحميدان"], "SAU", "President of General Intelligence"),
        ("Reema bint Bandar", ["ريما بنت بندر"], "SAU", "Ambassador to the United States"),

        // United Arab Emirates
        ("Khalifa bin Zayed Al Nahyan", ["خليفة بن زايد آل نهيان"], "ARE", "President"),
        ("Mohamed bin Zayed Al Nahyan", ["محمد بن زايد آل نهيان"], "ARE", "President"),
        ("Mohammed bin Rashid Al Maktoum", ["محمد بن راشد آل مكتوم"], "ARE",
         "Vice President, Prime Minister and Minister of Defence"),
        ("Mansour bin Zayed Al Nahyan", ["منصور بن زايد آل نهيان"], "ARE", "Vice President and Deputy Prime Minister"),
        ("Khaled bin Mohamed bin Zayed", ["خالد بن محمد بن زايد آل نهيان"], "ARE", "Crown Prince of Abu Dhabi"),
        ("Abdullah bin Zayed Al Nahyan", ["عبد الله بن زايد آل نهيان"], "ARE", "Minister of Foreign Affairs"),
        ("Tahnoun bin Zayed Al Nahyan", ["طحنون بن زايد آل نهيان"], "ARE", "National Security Adviser"),
        ("Saif bin Zayed Al Nahyan", ["سيف بن زايد آل نهيان"], "ARE", "Deputy Prime Minister and Minister of Interior"),
        ("Mohammed bin Ahmed Al Bowardi", ["محمد بن أحمد البواردي", "محمد البواردي"], "ARE", "Minister of State for Defence Affairs"),
        ("Hamad Mohammed Thani Al Rumaithi", ["حمد محمد ثاني الرميثي", "حمد الرميثي"], "ARE", "Chief of Staff of the Armed Forces"),
        ("Essa Saif Mohammed Al Mazrouei", ["عيسى سيف محمد المزروعي", "عيسى المزروعي"], "ARE", "Chief of Staff of the Armed Forces"),
        ("Anwar Gargash", ["أنور قرقاش"], "ARE", "Diplomatic Adviser to the President"),
        ("Khalifa Shaheen Almarar", ["خليفة شاهين المرر"], "ARE", "Minister of State"),

        // Qatar
        ("Hamad bin Khalifa Al Thani", ["حمد بن خليفة آل ثاني"], "QAT", "Emir"),
        ("Tamim bin Hamad Al Thani", ["تميم بن حمد آل ثاني"], "QAT", "Emir"),
        ("Hamad bin Jassim Al Thani", ["حمد بن جاسم آل ثاني", "حمد بن جاسم بن جبر آل ثاني"], "QAT",
         "Prime Minister and Minister of Foreign Affairs"),
        ("Mohammed bin Abdulrahman Al Thani", ["محمد بن عبد الرحمن آل ثاني", "محمد بن عبد الرحمن بن جاسم آل ثاني"],
         "QAT", "Prime Minister and Minister of Foreign Affairs"),
        ("Mohammed bin Abdulaziz Al Khulaifi", ["محمد بن عبد العزيز الخليفي", "محمد الخليفي"], "QAT",
         "Minister of State at the Ministry of Foreign Affairs"),
        ("Majed al-Ansari", ["ماجد الأنصاري", "ماجد بن محمد الأنصاري"], "QAT", "Spokesman of the Ministry of Foreign Affairs"),
        ("Khalid bin Mohammed Al Attiyah", ["خالد بن محمد العطية", "خالد العطية"], "QAT",
         "Deputy Prime Minister and Minister of State for Defence Affairs"),
        ("Saoud bin Abdulrahman Al Thani", ["سعود بن عبد الرحمن آل ثاني", "سعود بن عبد الرحمن بن حسن آل ثاني"],
         "QAT", "Deputy Prime Minister and Minister of State for Defence Affairs"),
        ("Ghanim bin Shaheen Al Ghanim", ["غانم بن شاهين الغانم"], "QAT", "Chief of Staff of the Armed Forces"),

        // Kuwait
        ("Sabah Al-Ahmad Al-Jaber Al-Sabah", ["صباح الأحمد الجابر الصباح", "صباح الأحمد"], "KWT", "Emir"),
        ("Nawaf Al-Ahmad Al-Jaber Al-Sabah", ["نواف الأحمد الجابر الصباح", "نواف الأحمد"], "KWT", "Emir"),
        ("Mishal Al-Ahmad Al-Jaber Al-Sabah", ["مشعل الأحمد الجابر الصباح", "مشعل الأحمد"], "KWT", "Emir"),
        ("Sabah Al-Khalid Al-Sabah", ["صباح الخالد الحمد الصباح", "صباح الخالد"], "KWT", "Crown Prince"),
        ("Ahmad Nawaf Al-Ahmad Al-Sabah", ["أحمد نواف الأحمد الصباح", "أحمد النواف"], "KWT", "Prime Minister"),
        ("Ahmad Nasser Al-Mohammad Al-Sabah", ["أحمد ناصر المحمد الصباح", "أحمد ناصر المحمد"], "KWT", "Minister of Foreign Affairs"),
        ("Salem Abdullah Al-Jaber Al-Sabah", ["سالم عبد الله الجابر الصباح"], "KWT", "Minister of Foreign Affairs"),
        ("Abdullah Al-Yahya", ["عبد الله اليحيا", "عبد الله علي اليحيا"], "KWT", "Minister of Foreign Affairs"),
        ("Fahad Yousef Saud Al-Sabah", ["فهد يوسف سعود الصباح", "فهد اليوسف"], "KWT",
         "First Deputy Prime Minister and Minister of Interior"),
        ("Khaled Saleh Al-Sabah", ["خالد صالح الصباح"], "KWT", "Chief of the General Staff of the Army"),
        ("Jasem Albudaiwi", ["جاسم البديوي", "جاسم محمد البديوي"], "KWT", "Secretary-General of the Gulf Cooperation Council"),

        // Bahrain
        ("Hamad bin Isa Al Khalifa", ["حمد بن عيسى آل خليفة"], "BHR", "King"),
        ("Salman bin Hamad Al Khalifa", ["سلمان بن حمد آل خليفة"], "BHR", "Crown Prince and Prime Minister"),
        ("Khalid bin Ahmed Al Khalifa", ["خالد بن أحمد آل خليفة"], "BHR", "Minister of Foreign Affairs"),
        ("Abdullatif bin Rashid Al Zayani", ["عبد اللطيف بن راشد الزياني", "عبد اللطيف الزياني"], "BHR", "Minister of Foreign Affairs"),
        ("Abdullah bin Hassan Al Nuaimi", ["عبد الله بن حسن النعيمي"], "BHR", "Minister of Defence Affairs"),
        ("Khalifa bin Ahmed Al Khalifa", ["خليفة بن أحمد آل خليفة"], "BHR", "Commander-in-Chief of the Bahrain Defence Force"),
        ("Dhiab bin Saqr Al Nuaimi", ["ذياب بن صقر النعيمي"], "BHR", "Chief of Staff of the Bahrain Defence Force"),
        ("Nasser bin Hamad Al Khalifa", ["ناصر بن حمد آل خليفة"], "BHR", "National Security Adviser"),
        ("Rashid bin Abdullah Al Khalifa", ["راشد بن عبد الله آل خليفة"], "BHR", "Minister of Interior"),

        // Oman
        ("Qaboos bin Said", ["قابوس بن سعيد"], "OMN", "Sultan"),
        ("Haitham bin Tariq", ["هيثم بن طارق آل سعيد"], "OMN", "Sultan"),
        ("Shihab bin Tariq Al Said", ["شهاب بن طارق آل سعيد"], "OMN", "Deputy Prime Minister for Defence Affairs"),
        ("Badr bin Saud Al Busaidi", ["بدر بن سعود البوسعيدي"], "OMN", "Minister Responsible for Defence Affairs"),
        ("Yusuf bin Alawi bin Abdullah", ["يوسف بن علوي بن عبد الله", "يوسف بن علوي"], "OMN", "Minister Responsible for Foreign Affairs"),
        ("Badr bin Hamad Al Busaidi", ["بدر بن حمد البوسعيدي", "بدر البوسعيدي"], "OMN", "Minister of Foreign Affairs"),
        ("Mohammed bin Nasser Al Zaabi", ["محمد بن ناصر الزعابي"], "OMN", "Secretary-General of the Ministry of Defence"),
        ("Abdullah bin Khamis Al Raisi", ["عبد الله بن خميس الرئيسي"], "OMN", "Chief of Staff of the Sultan's Armed Forces"),

        // Yemen
        ("Ali Abdullah Saleh", ["علي عبد الله صالح"], "YEM", "President"),
        ("Abdrabbuh Mansur Hadi", ["عبد ربه منصور هادي"], "YEM", "President"),
        ("Ali Mohsen al-Ahmar", ["علي محسن الأحمر"], "YEM", "Vice President"),
        ("Rashad al-Alimi", ["رشاد العليمي", "رشاد محمد العليمي"], "YEM", "Chairman of the Presidential Leadership Council"),
        ("Aidarous al-Zubaidi", ["عيدروس الزبيدي", "عيدروس قاسم الزبيدي"], "YEM", "President of the Southern Transitional Council"),
        ("Maeen Abdulmalik", ["معين عبد الملك"], "YEM", "Prime Minister"),
        ("Ahmed Awad bin Mubarak", ["أحمد عوض بن مبارك", "أحمد بن مبارك"], "YEM", "Prime Minister"),
        ("Shaya al-Zindani", ["شائع الزنداني", "شائع محسن الزنداني"], "YEM", "Minister of Foreign Affairs"),
        ("Mohammed Ali al-Maqdashi", ["محمد علي المقدشي", "محمد المقدشي"], "YEM", "Minister of Defense"),
        ("Mohsen al-Daeri", ["محسن الداعري", "محسن محمد الداعري"], "YEM", "Minister of Defense"),
        ("Sagheer bin Aziz", ["صغير بن عزيز", "صغير حمود بن عزيز"], "YEM", "Chief of the General Staff"),
        ("Abdul-Malik al-Houthi", ["عبد الملك الحوثي", "عبد الملك بدر الدين الحوثي"], "YEM", "Leader of Ansar Allah"),
        ("Mahdi al-Mashat", ["مهدي المشاط"], "YEM", "President of the Supreme Political Council"),

        // Iran
        ("Ali Khamenei", ["علي خامنئي", "علي الخامنئي"], "IRN", "Supreme Leader"),
        ("Mahmoud Ahmadinejad", ["محمود أحمدي نجاد"], "IRN", "President"),
        ("Hassan Rouhani", ["حسن روحاني"], "IRN", "President"),
        ("Ebrahim Raisi", ["إبراهيم رئيسي"], "IRN", "President"),
        ("Masoud Pezeshkian", ["مسعود بزشكيان"], "IRN", "President"),
        ("Kamal Kharrazi", ["كمال خرازي"], "IRN", "Minister of Foreign Affairs"),
        ("Mohammad Javad Zarif", ["محمد جواد ظريف"], "IRN", "Minister of Foreign Affairs"),
        ("Hossein Amir-Abdollahian", ["حسين أمير عبد اللهيان", "حسين أمير عبداللهيان"], "IRN", "Minister of Foreign Affairs"),
        ("Abbas Araghchi", ["عباس عراقجي", "عباس عراقتشي"], "IRN", "Minister of Foreign Affairs"),
        ("Ali Bagheri Kani", ["علي باقري كني"], "IRN", "Deputy Minister of Foreign Affairs"),
        ("Saeed Jalili", ["سعيد جليلي"], "IRN", "Secretary of the Supreme National Security Council"),
        ("Ali Shamkhani", ["علي شمخاني"], "IRN", "Secretary of the Supreme National Security Council"),
        ("Ali Akbar Ahmadian", ["علي أكبر أحمديان"], "IRN", "Secretary of the Supreme National Security Council"),
        ("Ali Larijani", ["علي لاريجاني"], "IRN", "Secretary of the Supreme National Security Council"),
        ("Hossein Dehghan", ["حسين دهقان"], "IRN", "Minister of Defence"),
        ("Amir Hatami", ["أمير حاتمي"], "IRN", "Minister of Defence"),
        ("Mohammad Reza Ashtiani", ["محمد رضا آشتياني"], "IRN", "Minister of Defence"),
        ("Aziz Nasirzadeh", ["عزيز نصير زاده", "عزيز نصيرزاده"], "IRN", "Minister of Defence"),
        ("Mohammad Bagheri", ["محمد باقري", "محمد حسين باقري"], "IRN", "Chief of Staff of the Armed Forces"),
        ("Abdolrahim Mousavi", ["عبد الرحيم موسوي"], "IRN", "Chief of Staff of the Armed Forces"),
        ("Hossein Salami", ["حسين سلامي"], "IRN", "Commander-in-Chief of the Islamic Revolutionary Guard Corps"),
        ("Mohammad Pakpour", ["محمد باكبور"], "IRN", "Commander-in-Chief of the Islamic Revolutionary Guard Corps"),
        ("Qasem Soleimani", ["قاسم سليماني"], "IRN", "Commander of the Quds Force"),
        ("Esmail Qaani", ["إسماعيل قاآني", "إسماعيل قآني"], "IRN", "Commander of the Quds Force"),

        // Turkey
        ("Abdullah Gul", ["عبد الله غول"], "TUR", "President"),
        ("Recep Tayyip Erdogan", ["رجب طيب أردوغان", "رجب طيب إردوغان"], "TUR", "President"),
        ("Ahmet Davutoglu", ["أحمد داود أوغلو"], "TUR", "Prime Minister"),
        ("Binali Yildirim", ["بن علي يلدريم"], "TUR", "Prime Minister"),
        ("Mevlut Cavusoglu", ["مولود جاويش أوغلو", "مولود تشاووش أوغلو", "مولود جاووش أوغلو"], "TUR", "Minister of Foreign Affairs"),
        ("Hakan Fidan", ["هاكان فيدان"], "TUR", "Minister of Foreign Affairs"),
        ("Hulusi Akar", ["خلوصي أكار"], "TUR", "Minister of National Defense"),
        ("Yasar Guler", ["يشار غولر", "يشار جولر"], "TUR", "Minister of National Defense"),
        ("Metin Gurak", ["متين غوراك"], "TUR", "Chief of the General Staff"),
        ("Ibrahim Kalin", ["إبراهيم قالن"], "TUR", "Director of the National Intelligence Organization"),

        // Israel
        ("Ariel Sharon", ["أرييل شارون", "آرييل شارون"], "ISR", "Prime Minister"),
        ("Ehud Olmert", ["إيهود أولمرت"], "ISR", "Prime Minister"),
        ("Benjamin Netanyahu", ["بنيامين نتنياهو"], "ISR", "Prime Minister"),
        ("Naftali Bennett", ["نفتالي بينيت"], "ISR", "Prime Minister"),
        ("Yair Lapid", ["يائير لابيد"], "ISR", "Prime Minister"),
        ("Isaac Herzog", ["إسحاق هرتسوغ", "يتسحاق هرتسوغ"], "ISR", "President"),
        ("Ehud Barak", ["إيهود باراك"], "ISR", "Minister of Defense"),
        ("Moshe Ya'alon", ["موشيه يعالون"], "ISR", "Minister of Defense"),
        ("Avigdor Lieberman", ["أفيغدور ليبرمان"], "ISR", "Minister of Defense"),
        ("Benny Gantz", ["بيني غانتس", "بيني جانتس"], "ISR", "Minister of Defense"),
        ("Yoav Gallant", ["يوآف غالانت", "يوآف جالانت"], "ISR", "Minister of Defense"),
        ("Israel Katz", ["يسرائيل كاتس", "يسرائيل كاتز"], "ISR", "Minister of Defense"),
        ("Eli Cohen", ["إيلي كوهين"], "ISR", "Minister of Foreign Affairs"),
        ("Gideon Sa'ar", ["جدعون ساعر"], "ISR", "Minister of Foreign Affairs"),
        ("Ron Dermer", ["رون ديرمر"], "ISR", "Minister of Strategic Affairs"),
        ("Tzachi Hanegbi", ["تساحي هنغبي"], "ISR", "National Security Adviser"),
        ("Gadi Eisenkot", ["غادي آيزنكوت", "غادي أيزنكوت"], "ISR", "Chief of the General Staff"),
        ("Aviv Kochavi", ["أفيف كوخافي"], "ISR", "Chief of the General Staff"),
        ("Herzi Halevi", ["هرتسي هاليفي"], "ISR", "Chief of the General Staff"),
        ("Eyal Zamir", ["إيال زامير"], "ISR", "Chief of the General Staff"),
        ("Yossi Cohen", ["يوسي كوهين"], "ISR", "Director of the Mossad"),
        ("David Barnea", ["ديفيد برنيع", "دافيد برنياع"], "ISR", "Director of the Mossad"),
        ("Ronen Bar", ["رونين بار"], "ISR", "Director of the Shin Bet"),

        // Palestine
        ("Mahmoud Abbas", ["محمود عباس", "أبو مازن"], "PSE", "President"),
        ("Hussein al-Sheikh", ["حسين الشيخ"], "PSE", "Vice President"),
        ("Mohammad Shtayyeh", ["محمد اشتية"], "PSE", "Prime Minister"),
        ("Mohammad Mustafa", ["محمد مصطفى"], "PSE", "Prime Minister and Minister of Foreign Affairs"),
        ("Riyad al-Maliki", ["رياض المالكي"], "PSE", "Minister of Foreign Affairs"),
        ("Majed Faraj", ["ماجد فرج"], "PSE", "Head of the General Intelligence Service"),
        ("Khaled Mashal", ["خالد مشعل"], "PSE", "Head of the Hamas Political Bureau"),
        ("Ismail Haniyeh", ["إسماعيل هنية"], "PSE", "Head of the Hamas Political Bureau"),
        ("Yahya Sinwar", ["يحيى السنوار"], "PSE", "Head of the Hamas Political Bureau"),

        // Morocco
        ("Mohammed VI", ["محمد السادس"], "MAR", "King"),
        ("Saadeddine El Othmani", ["سعد الدين العثماني"], "MAR", "Head of Government"),
        ("Aziz Akhannouch", ["عزيز أخنوش"], "MAR", "Head of Government"),
        ("Nasser Bourita", ["ناصر بوريطة"], "MAR", "Minister of Foreign Affairs"),
        ("Abdellatif Loudiyi", ["عبد اللطيف لوديي"], "MAR", "Minister Delegate for National Defence Administration"),
        ("Belkhir El Farouk", ["بلخير الفاروق"], "MAR", "Inspector General of the Royal Armed Forces"),
        ("Mohammed Berrid", ["محمد بريظ"], "MAR", "Inspector General of the Royal Armed Forces"),
        ("Abdelouafi Laftit", ["عبد الوافي لفتيت"], "MAR", "Minister of Interior"),
        ("Abdellatif Hammouchi", ["عبد اللطيف حموشي", "عبد اللطيف الحموشي"], "MAR",
         "Director General of National Security and Territorial Surveillance"),
        ("Yassine Mansouri", ["ياسين المنصوري"], "MAR", "Director General of Studies and Documentation"),

        // Algeria
        ("Abdelaziz Bouteflika", ["عبد العزيز بوتفليقة"], "DZA", "President"),
        ("Abdelmadjid Tebboune", ["عبد المجيد تبون"], "DZA", "President"),
        ("Ahmed Gaid Salah", ["أحمد قايد صالح"], "DZA", "Chief of Staff of the People's National Army"),
        ("Said Chanegriha", ["السعيد شنقريحة", "سعيد شنقريحة"], "DZA", "Chief of Staff of the People's National Army"),
        ("Ramtane Lamamra", ["رمطان لعمامرة"], "DZA", "Minister of Foreign Affairs"),
        ("Sabri Boukadoum", ["صبري بوقادوم"], "DZA", "Minister of Foreign Affairs"),
        ("Ahmed Attaf", ["أحمد عطاف"], "DZA", "Minister of Foreign Affairs"),

        // Tunisia
        ("Beji Caid Essebsi", ["الباجي قائد السبسي"], "TUN", "President"),
        ("Kais Saied", ["قيس سعيد"], "TUN", "President"),
        ("Othman Jerandi", ["عثمان الجرندي"], "TUN", "Minister of Foreign Affairs"),
        ("Nabil Ammar", ["نبيل عمار"], "TUN", "Minister of Foreign Affairs"),
        ("Mohamed Ali Nafti", ["محمد علي النفطي"], "TUN", "Minister of Foreign Affairs"),
        ("Imed Memmiche", ["عماد مميش"], "TUN", "Minister of National Defence"),
        ("Khaled Sehili", ["خالد السهيلي"], "TUN", "Minister of National Defence"),

        // Libya
        ("Muammar Gaddafi", ["معمر القذافي"], "LBY", "Leader"),
        ("Fayez al-Sarraj", ["فايز السراج"], "LBY", "Prime Minister"),
        ("Abdul Hamid Dbeibah", ["عبد الحميد الدبيبة", "عبد الحميد دبيبة"], "LBY", "Prime Minister"),
        ("Mohamed al-Menfi", ["محمد المنفي", "محمد يونس المنفي"], "LBY", "Chairman of the Presidential Council"),
        ("Najla Mangoush", ["نجلاء المنقوش"], "LBY", "Minister of Foreign Affairs"),
        ("Mohammed al-Haddad", ["محمد الحداد", "محمد علي الحداد"], "LBY", "Chief of the General Staff"),
        ("Khalifa Haftar", ["خليفة حفتر", "خليفة بلقاسم حفتر"], "LBY", "Commander of the Libyan National Army"),
        ("Saddam Haftar", ["صدام حفتر"], "LBY", "Deputy Commander-in-Chief of the Libyan National Army"),
        ("Abdul Razek al-Nadhouri", ["عبد الرازق الناظوري"], "LBY", "Chief of Staff of the Libyan National Army"),

        // Sudan
        ("Omar al-Bashir", ["عمر البشير", "عمر حسن البشير"], "SDN", "President"),
        ("Abdel Fattah al-Burhan", ["عبد الفتاح البرهان"], "SDN", "Chairman of the Sovereignty Council"),
        ("Mohamed Hamdan Dagalo", ["محمد حمدان دقلو", "حميدتي"], "SDN", "Commander of the Rapid Support Forces"),
        ("Abdalla Hamdok", ["عبد الله حمدوك"], "SDN", "Prime Minister"),
        ("Kamil Idris", ["كامل إدريس"], "SDN", "Prime Minister"),
        ("Yassin Ibrahim Yassin", ["ياسين إبراهيم ياسين"], "SDN", "Minister of Defence"),
        ("Shams al-Din Kabbashi", ["شمس الدين كباشي", "شمس الدين الكباشي"], "SDN", "Deputy Commander-in-Chief of the Armed Forces"),
        ("Yasser al-Atta", ["ياسر العطا"], "SDN", "Assistant Commander-in-Chief of the Armed Forces"),

        // United States
        ("George W. Bush", ["جورج بوش", "جورج دبليو بوش"], "USA", "President"),
        ("Barack Obama", ["باراك أوباما"], "USA", "President"),
        ("Donald Trump", ["دونالد ترامب"], "USA", "President"),
        ("Joe Biden", ["جو بايدن"], "USA", "President"),
        ("Donald Rumsfeld", ["دونالد رامسفيلد"], "USA", "Secretary of Defense"),
        ("Robert Gates", ["روبرت غيتس", "روبرت جيتس"], "USA", "Secretary of Defense"),
        ("Leon Panetta", ["ليون بانيتا"], "USA", "Secretary of Defense"),
        ("Chuck Hagel", ["تشاك هاغل", "تشاك هيغل", "تشاك هيجل"], "USA", "Secretary of Defense"),
        ("Ash Carter", ["آش كارتر", "آشتون كارتر"], "USA", "Secretary of Defense"),
        ("Jim Mattis", ["جيم ماتيس", "جيمس ماتيس"], "USA", "Secretary of Defense"),
        ("Mark Esper", ["مارك إسبر", "مارك أسبر"], "USA", "Secretary of Defense"),
        ("Christopher Miller", ["كريستوفر ميلر"], "USA", "Acting Secretary of Defense"),
        ("Lloyd Austin", ["لويد أوستن", "لويد أوستين"], "USA", "Secretary of Defense"),
        ("Pete Hegseth", ["بيت هيغسيث", "بيت هيجسيث"], "USA", "Secretary of Defense"),
        ("Kathleen Hicks", ["كاثلين هيكس"], "USA", "Deputy Secretary of Defense"),
        ("Colin Kahl", ["كولن كال", "كولين كال"], "USA", "Under Secretary of Defense for Policy"),
        ("Celeste Wallander", ["سيليست والاندر"], "USA", "Assistant Secretary of Defense for International Security Affairs"),
        ("Dana Stroul", ["دانا سترول"], "USA", "Deputy Assistant Secretary of Defense for the Middle East"),
        ("Daniel Shapiro", ["دانيال شابيرو", "دان شابيرو"], "USA", "Deputy Assistant Secretary of Defense for the Middle East"),
        ("Colin Powell", ["كولن باول", "كولين باول"], "USA", "Secretary of State"),
        ("Condoleezza Rice", ["كوندوليزا رايس"], "USA", "Secretary of State"),
        ("Hillary Clinton", ["هيلاري كلينتون"], "USA", "Secretary of State"),
        ("John Kerry", ["جون كيري"], "USA", "Secretary of State"),
        ("Rex Tillerson", ["ريكس تيلرسون"], "USA", "Secretary of State"),
        ("Mike Pompeo", ["مايك بومبيو"], "USA", "Secretary of State"),
        ("Antony Blinken", ["أنتوني بلينكن", "أنطوني بلينكن"], "USA", "Secretary of State"),
        ("Marco Rubio", ["ماركو روبيو"], "USA", "Secretary of State"),
        ("Barbara Leaf", ["باربرا ليف"], "USA", "Assistant Secretary of State for Near Eastern Affairs"),
        ("Stephen Hadley", ["ستيفن هادلي"], "USA", "National Security Adviser"),
        ("Susan Rice", ["سوزان رايس"], "USA", "National Security Adviser"),
        ("Michael Flynn", ["مايكل فلين"], "USA", "National Security Adviser"),
        ("H. R. McMaster", ["هربرت ماكماستر", "إتش آر ماكماستر"], "USA", "National Security Adviser"),
        ("John Bolton", ["جون بولتون"], "USA", "National Security Adviser"),
        ("Robert O'Brien", ["روبرت أوبراين"], "USA", "National Security Adviser"),
        ("Jake Sullivan", ["جيك سوليفان"], "USA", "National Security Adviser"),
        ("Mike Waltz", ["مايك والتز"], "USA", "National Security Adviser"),
        ("Brett McGurk", ["بريت ماكغورك", "بريت ماكجورك"], "USA", "Middle East Coordinator at the National Security Council"),
        ("John Abizaid", ["جون أبي زيد"], "USA", "Commander of US Central Command"),
        ("David Petraeus", ["ديفيد بترايوس", "ديفيد بتريوس"], "USA", "Commander of US Central Command"),
        ("Joseph Votel", ["جوزيف فوتيل"], "USA", "Commander of US Central Command"),
        ("Kenneth McKenzie", ["كينيث ماكنزي", "فرانك ماكنزي", "كينيث ماكينزي"], "USA", "Commander of US Central Command"),
        ("Michael Kurilla", ["مايكل كوريلا", "إريك كوريلا", "مايكل إريك كوريلا"], "USA", "Commander of US Central Command"),
        ("Brad Cooper", ["براد كوبر"], "USA", "Commander of US Central Command"),
        ("Martin Dempsey", ["مارتن ديمبسي"], "USA", "Chairman of the Joint Chiefs of Staff"),
        ("Joseph Dunford", ["جوزيف دانفورد"], "USA", "Chairman of the Joint Chiefs of Staff"),
        ("Mark Milley", ["مارك ميلي"], "USA", "Chairman of the Joint Chiefs of Staff"),
        ("Charles Q. Brown", ["تشارلز براون", "تشارلز كيو براون"], "USA", "Chairman of the Joint Chiefs of Staff"),
        ("Dan Caine", ["دان كين"], "USA", "Chairman of the Joint Chiefs of Staff"),
        ("William Burns", ["وليام بيرنز", "ويليام بيرنز"], "USA", "Director of the CIA"),
        ("John Ratcliffe", ["جون راتكليف"], "USA", "Director of the CIA"),
        ("Amos Hochstein", ["آموس هوكستين", "عاموس هوكشتاين"], "USA", "Senior Adviser to the President"),
        ("Tim Lenderking", ["تيم ليندركينغ"], "USA", "Special Envoy for Yemen"),
        ("Steve Witkoff", ["ستيف ويتكوف"], "USA", "Special Envoy for the Middle East"),
        ("Morgan Ortagus", ["مورغان أورتاغوس"], "USA", "Deputy Special Envoy for the Middle East"),
        ("Tom Barrack", ["توم باراك"], "USA", "Special Envoy for Syria"),

        // United Kingdom
        ("Tony Blair", ["توني بلير"], "GBR", "Prime Minister"),
        ("Theresa May", ["تيريزا ماي"], "GBR", "Prime Minister"),
        ("Boris Johnson", ["بوريس جونسون"], "GBR", "Prime Minister"),
        ("Rishi Sunak", ["ريشي سوناك"], "GBR", "Prime Minister"),
        ("Keir Starmer", ["كير ستارمر"], "GBR", "Prime Minister"),
        ("David Cameron", ["ديفيد كاميرون"], "GBR", "Foreign Secretary"),
        ("Dominic Raab", ["دومينيك راب"], "GBR", "Foreign Secretary"),
        ("Liz Truss", ["ليز تراس"], "GBR", "Foreign Secretary"),
        ("James Cleverly", ["جيمس كليفرلي"], "GBR", "Foreign Secretary"),
        ("David Lammy", ["ديفيد لامي"], "GBR", "Foreign Secretary"),
        ("Yvette Cooper", ["إيفيت كوبر"], "GBR", "Foreign Secretary"),
        ("Michael Fallon", ["مايكل فالون"], "GBR", "Defence Secretary"),
        ("Gavin Williamson", ["غافين ويليامسون", "غافن ويليامسون"], "GBR", "Defence Secretary"),
        ("Ben Wallace", ["بن والاس"], "GBR", "Defence Secretary"),
        ("Grant Shapps", ["غرانت شابس"], "GBR", "Defence Secretary"),
        ("John Healey", ["جون هيلي"], "GBR", "Defence Secretary"),
        ("James Heappey", ["جيمس هيبي"], "GBR", "Minister for the Armed Forces"),
        ("Tony Radakin", ["توني راداكين"], "GBR", "Chief of the Defence Staff"),
        ("Jonathan Powell", ["جوناثان باول"], "GBR", "National Security Adviser"),

        // France
        ("Jacques Chirac", ["جاك شيراك"], "FRA", "President"),
        ("Nicolas Sarkozy", ["نيكولا ساركوزي"], "FRA", "President"),
        ("François Hollande", ["فرانسوا هولاند"], "FRA", "President"),
        ("Emmanuel Macron", ["إيمانويل ماكرون"], "FRA", "President"),
        ("Laurent Fabius", ["لوران فابيوس"], "FRA", "Minister of Foreign Affairs"),
        ("Jean-Yves Le Drian", ["جان إيف لودريان"], "FRA", "Minister for Europe and Foreign Affairs"),
        ("Catherine Colonna", ["كاترين كولونا"], "FRA", "Minister for Europe and Foreign Affairs"),
        ("Stéphane Séjourné", ["ستيفان سيجورنيه"], "FRA", "Minister for Europe and Foreign Affairs"),
        ("Jean-Noël Barrot", ["جان نويل بارو"], "FRA", "Minister for Europe and Foreign Affairs"),
        ("Florence Parly", ["فلورانس بارلي"], "FRA", "Minister for the Armed Forces"),
        ("Sébastien Lecornu", ["سيباستيان لوكورنو"], "FRA", "Minister for the Armed Forces"),
        ("Thierry Burkhard", ["تييري بوركهارد"], "FRA", "Chief of the Defence Staff"),

        // Germany
        ("Angela Merkel", ["أنغيلا ميركل", "أنجيلا ميركل"], "DEU", "Chancellor"),
        ("Olaf Scholz", ["أولاف شولتس", "أولاف شولتز"], "DEU", "Chancellor"),
        ("Friedrich Merz", ["فريدريش ميرتس", "فريدريش ميرز"], "DEU", "Chancellor"),
        ("Frank-Walter Steinmeier", ["فرانك فالتر شتاينماير"], "DEU", "President"),
        ("Heiko Maas", ["هايكو ماس"], "DEU", "Minister of Foreign Affairs"),
        ("Annalena Baerbock", ["أنالينا بيربوك"], "DEU", "Minister of Foreign Affairs"),
        ("Johann Wadephul", ["يوهان فاديفول"], "DEU", "Minister of Foreign Affairs"),
        ("Ursula von der Leyen", ["أورسولا فون دير لاين"], "DEU", "Minister of Defence"),
        ("Annegret Kramp-Karrenbauer", ["أنغريت كرامب كارنباور"], "DEU", "Minister of Defence"),
        ("Christine Lambrecht", ["كريستينه لامبرشت", "كريستين لامبرخت"], "DEU", "Minister of Defence"),
        ("Boris Pistorius", ["بوريس بيستوريوس"], "DEU", "Minister of Defence"),

        // Russia
        ("Vladimir Putin", ["فلاديمير بوتين"], "RUS", "President"),
        ("Dmitry Medvedev", ["دميتري ميدفيديف"], "RUS", "Deputy Chairman of the Security Council"),
        ("Sergei Lavrov", ["سيرغي لافروف", "سيرجي لافروف"], "RUS", "Minister of Foreign Affairs"),
        ("Mikhail Bogdanov", ["ميخائيل بوغدانوف"], "RUS", "Deputy Minister of Foreign Affairs"),
        ("Sergei Shoigu", ["سيرغي شويغو", "سيرجي شويجو"], "RUS", "Secretary of the Security Council"),
        ("Nikolai Patrushev", ["نيكولاي باتروشيف"], "RUS", "Secretary of the Security Council"),
        ("Andrei Belousov", ["أندريه بيلوسوف"], "RUS", "Minister of Defence"),
        ("Alexander Fomin", ["ألكسندر فومين"], "RUS", "Deputy Minister of Defence"),
        ("Yunus-Bek Yevkurov", ["يونس بك يفكوروف"], "RUS", "Deputy Minister of Defence"),
        ("Valery Gerasimov", ["فاليري غيراسيموف", "فاليري جيراسيموف"], "RUS", "Chief of the General Staff"),
        ("Sergei Naryshkin", ["سيرغي ناريشكين"], "RUS", "Director of the Foreign Intelligence Service"),
        ("Alexander Lavrentiev", ["ألكسندر لافرنتييف", "ألكسندر لافرينتييف"], "RUS", "Special Presidential Envoy for Syria"),

        // China
        ("Xi Jinping", ["شي جين بينغ", "شي جينبينغ"], "CHN", "President"),
        ("Li Qiang", ["لي تشيانغ"], "CHN", "Premier"),
        ("Wang Yi", ["وانغ يي"], "CHN", "Minister of Foreign Affairs"),
        ("Qin Gang", ["تشين قانغ", "تشين غانغ"], "CHN", "Minister of Foreign Affairs"),
        ("Wei Fenghe", ["وي فنغ خه"], "CHN", "Minister of National Defense"),
        ("Li Shangfu", ["لي شانغ فو", "لي شانغفو"], "CHN", "Minister of National Defense"),
        ("Dong Jun", ["دونغ جون"], "CHN", "Minister of National Defense"),
        ("Zhai Jun", ["تشاي جيون", "تشاي جون"], "CHN", "Special Envoy on the Middle East"),

        // India
        ("Narendra Modi", ["ناريندرا مودي"], "IND", "Prime Minister"),
        ("S. Jaishankar", ["سوبراهمانيام جايشانكار", "جايشانكار"], "IND", "Minister of External Affairs"),
        ("Rajnath Singh", ["راجناث سينغ"], "IND", "Minister of Defence"),
        ("Ajit Doval", ["أجيت دوفال"], "IND", "National Security Adviser"),
        ("Bipin Rawat", ["بيبين راوات"], "IND", "Chief of Defence Staff"),
        ("Anil Chauhan", ["أنيل تشوهان"], "IND", "Chief of Defence Staff"),

        // Pakistan
        ("Pervez Musharraf", ["برويز مشرف", "برفيز مشرف"], "PAK", "President"),
        ("Asif Ali Zardari", ["آصف علي زرداري"], "PAK", "President"),
        ("Nawaz Sharif", ["نواز شريف"], "PAK", "Prime Minister"),
        ("Imran Khan", ["عمران خان"], "PAK", "Prime Minister"),
        ("Shehbaz Sharif", ["شهباز شريف"], "PAK", "Prime Minister"),
        ("Shah Mahmood Qureshi", ["شاه محمود قريشي"], "PAK", "Minister of Foreign Affairs"),
        ("Bilawal Bhutto Zardari", ["بلاول بوتو زرداري", "بلاول بوتو"], "PAK", "Minister of Foreign Affairs"),
        ("Ishaq Dar", ["إسحاق دار"], "PAK", "Deputy Prime Minister and Minister of Foreign Affairs"),
        ("Khawaja Asif", ["خواجة آصف"], "PAK", "Minister of Defence"),
        ("Qamar Javed Bajwa", ["قمر جاويد باجوا"], "PAK", "Chief of Army Staff"),
        ("Asim Munir", ["عاصم منير"], "PAK", "Chief of Army Staff"),
        ("Sahir Shamshad Mirza", ["ساحر شمشاد ميرزا"], "PAK", "Chairman of the Joint Chiefs of Staff Committee"),

        // Japan
        ("Shinzo Abe", ["شينزو آبي"], "JPN", "Prime Minister"),
        ("Fumio Kishida", ["فوميو كيشيدا"], "JPN", "Prime Minister"),
        ("Shigeru Ishiba", ["شيغيرو إيشيبا"], "JPN", "Prime Minister"),
        ("Toshimitsu Motegi", ["توشيميتسو موتيغي"], "JPN", "Minister for Foreign Affairs"),
        ("Yoshimasa Hayashi", ["يوشيماسا هاياشي"], "JPN", "Minister for Foreign Affairs"),
        ("Yoko Kamikawa", ["يوكو كاميكاوا"], "JPN", "Minister for Foreign Affairs"),
        ("Takeshi Iwaya", ["تاكيشي إيوايا"], "JPN", "Minister for Foreign Affairs"),
        ("Nobuo Kishi", ["نوبو كيشي"], "JPN", "Minister of Defense"),
        ("Yasukazu Hamada", ["ياسوكازو هامادا"], "JPN", "Minister of Defense"),
        ("Minoru Kihara", ["مينورو كيهارا"], "JPN", "Minister of Defense"),
        ("Gen Nakatani", ["جين ناكاتاني"], "JPN", "Minister of Defense"),

        // Australia
        ("Scott Morrison", ["سكوت موريسون"], "AUS", "Prime Minister"),
        ("Anthony Albanese", ["أنتوني ألبانيزي"], "AUS", "Prime Minister"),
        ("Marise Payne", ["ماريس باين"], "AUS", "Minister for Foreign Affairs"),
        ("Penny Wong", ["بيني وونغ"], "AUS", "Minister for Foreign Affairs"),
        ("Linda Reynolds", ["ليندا رينولدز"], "AUS", "Minister for Defence"),
        ("Peter Dutton", ["بيتر داتون"], "AUS", "Minister for Defence"),
        ("Richard Marles", ["ريتشارد مارلز"], "AUS", "Deputy Prime Minister and Minister for Defence"),

        // Indonesia
        ("Joko Widodo", ["جوكو ويدودو"], "IDN", "President"),
        ("Prabowo Subianto", ["برابوو سوبيانتو"], "IDN", "President"),
        ("Retno Marsudi", ["ريتنو مارسودي"], "IDN", "Minister of Foreign Affairs"),

        // South Korea
        ("Moon Jae-in", ["مون جاي إن"], "KOR", "President"),
        ("Yoon Suk Yeol", ["يون سوك يول"], "KOR", "President"),
        ("Lee Jae-myung", ["لي جاي ميونغ"], "KOR", "President"),
        ("Park Jin", ["بارك جين"], "KOR", "Minister of Foreign Affairs"),
        ("Cho Tae-yul", ["تشو تاي يول"], "KOR", "Minister of Foreign Affairs"),
        ("Lee Jong-sup", ["لي جونغ سوب"], "KOR", "Minister of National Defense"),
        ("Shin Won-sik", ["شين وون سيك"], "KOR", "Minister of National Defense"),

        // Philippines
        ("Rodrigo Duterte", ["رودريغو دوتيرتي"], "PHL", "President"),
        ("Ferdinand Marcos Jr.", ["فرديناند ماركوس", "فرديناند ماركوس جونيور"], "PHL", "President"),
        ("Enrique Manalo", ["إنريكي مانالو"], "PHL", "Secretary of Foreign Affairs"),
        ("Delfin Lorenzana", ["دلفين لورينزانا"], "PHL", "Secretary of National Defense"),
        ("Gilberto Teodoro", ["جيلبرتو تيودورو"], "PHL", "Secretary of National Defense"),

        // Greece
        ("Alexis Tsipras", ["أليكسيس تسيبراس"], "GRC", "Prime Minister"),
        ("Kyriakos Mitsotakis", ["كيرياكوس ميتسوتاكيس"], "GRC", "Prime Minister"),
        ("Giorgos Gerapetritis", ["يورغوس جيرابيتريتيس"], "GRC", "Minister of Foreign Affairs"),
        ("Nikos Dendias", ["نيكوس ديندياس"], "GRC", "Minister of National Defence"),

        // Poland
        ("Andrzej Duda", ["أندريه دودا", "أندجي دودا"], "POL", "President"),
        ("Donald Tusk", ["دونالد توسك"], "POL", "Prime Minister"),
        ("Zbigniew Rau", ["زبيغنيو راو"], "POL", "Minister of Foreign Affairs"),
        ("Radoslaw Sikorski", ["رادوسلاف سيكورسكي"], "POL", "Minister of Foreign Affairs"),
        ("Mariusz Blaszczak", ["ماريوش بلاشتشاك"], "POL", "Minister of National Defence"),
        ("Wladyslaw Kosiniak-Kamysz", ["فواديسواف كوسينياك كاميش"], "POL", "Minister of National Defence"),
        ("Marcin Ociepa", [], "POL", "Deputy Minister of National Defence"),

        // Italy
        ("Giorgia Meloni", ["جورجيا ميلوني"], "ITA", "Prime Minister"),
        ("Luigi Di Maio", ["لويجي دي مايو"], "ITA", "Minister of Foreign Affairs"),
        ("Antonio Tajani", ["أنطونيو تاياني"], "ITA", "Minister of Foreign Affairs"),
        ("Lorenzo Guerini", ["لورينزو غويريني"], "ITA", "Minister of Defence"),
        ("Guido Crosetto", ["غويدو كروزيتو"], "ITA", "Minister of Defence"),

        // Spain
        ("Pedro Sánchez", ["بيدرو سانشيز"], "ESP", "Prime Minister"),
        ("Arancha González Laya", ["أرانتشا غونزاليس لايا"], "ESP", "Minister of Foreign Affairs"),
        ("José Manuel Albares", ["خوسيه مانويل ألباريس"], "ESP", "Minister of Foreign Affairs"),
        ("Margarita Robles", ["مارغريتا روبليس"], "ESP", "Minister of Defence"),
        ("Josep Borrell", ["جوزيب بوريل"], "ESP", "High Representative of the European Union for Foreign Affairs and Security Policy"),
    ]

    /// The English press spelling of the person a name (Arabic or Latin, full or partial) refers to.
    static func english(for nameOriginal: String) -> String? {
        entry(for: nameOriginal)?.english
    }

    /// The table entry a name refers to: the entry with exactly these words, else the one entry that has the
    /// name as a short form or is a short form of it (see `isShortForm`). Nil when none or several fit.
    static func entry(for nameOriginal: String) -> Entry? {
        let name = words(of: nameOriginal)
        guard let last = name.last, let forms = index[last] else { return nil }
        let exact = forms.filter { $0.words == name }
        let fits = exact.isEmpty ? forms.filter { isShortForm(name, of: $0.words) || isShortForm($0.words, of: name) } : exact
        let rows = Set(fits.map(\.row))
        guard rows.count == 1, let row = rows.first else { return nil }
        return table[row]
    }

    /// Whether `short` can name the person `long` names: its words stand in `long` in the same order, both end in
    /// the same word (the family name), and it does not start at a father's name, as «سلمان بن عبد العزيز» does
    /// in «محمد بن سلمان بن عبد العزيز» and «سلمان» in «محمد بن سلمان».
    static func isShortForm(_ short: [String], of long: [String]) -> Bool {
        guard short.count < long.count, let last = short.last, last == long.last else { return false }
        var start = long.count - 1
        var next = 0
        for (offset, word) in short.dropLast().enumerated() {
            guard let found = long[next ..< long.count - 1].firstIndex(of: word) else { return false }
            if offset == 0 { start = found }
            next = found + 1
        }
        return start == 0 || !sonOrDaughterOf.contains(long[start - 1])
    }

    /// A name as the words it is compared by: folded (`TextFolding`), Latin accents dropped, split at anything
    /// but a letter or digit (an apostrophe joins: "Sa'ar" is "saar"), the particles «آل», "al-", "el-" and "Jr."
    /// dropped, common Latin spellings of one Arabic name made one ("Mohamed", "Muhammad"), and «عبد», «أبو»,
    /// "Abdel", "Abu" joined to the word after, since the press writes both «عبد الله» and «عبدالله».
    static func words(of name: String) -> [String] {
        var words: [String] = []
        var word = String.UnicodeScalarView()
        func endWord() {
            guard !word.isEmpty else { return }
            let text = String(word)
            word.removeAll()
            if !ignoredWords.contains(text) { words.append(latinSpellings[text] ?? text) }
        }
        for scalar in TextFolding.fold(name).unicodeScalars where scalar != "'" {
            if TextFolding.isWordScalar(scalar) {
                word.append(plainLatin[scalar] ?? scalar)
            } else {
                endWord()
            }
        }
        endWord()
        var joined: [String] = []
        var index = 0
        while index < words.count {
            if joinedToNext.contains(words[index]) && index + 1 < words.count {
                joined.append(words[index] + words[index + 1])
                index += 2
            } else {
                joined.append(words[index])
                index += 1
            }
        }
        return joined
    }

    /// One spelling of a name in the index, by its words and the table row it belongs to.
    private struct Form {
        var words: [String]
        var row: Int
    }

    /// Every spelling of every entry, English and Arabic, also without a ruling family, filed under its last word.
    private static let index: [String: [Form]] = {
        var index: [String: [Form]] = [:]
        for (row, person) in table.enumerated() {
            for spelling in [person.english] + person.arabic {
                for form in [spelling] + [withoutRulingFamily(spelling)].compactMap({ $0 }) {
                    let words = words(of: form)
                    guard let last = words.last else { continue }
                    index[last, default: []].append(Form(words: words, row: row))
                }
            }
        }
        return index
    }()

    /// A Gulf royal's name without the family («محمد بن زايد» of «محمد بن زايد آل نهيان»), as the press
    /// often shortens it; nil for other names.
    private static func withoutRulingFamily(_ spelling: String) -> String? {
        let parts = TextFolding.fold(spelling).split(whereSeparator: { $0 == " " || $0 == "-" })
        guard parts.count > 3, ["ال", "al"].contains(parts[parts.count - 2]), rulingFamilies.contains(String(parts[parts.count - 1]))
        else { return nil }
        return parts.dropLast(2).joined(separator: " ")
    }

    /// The ruling families of the Gulf, as their names stand after «آل», "Al", folded.
    private static let rulingFamilies: Set<String> = [
        "نهيان", "مكتوم", "ثاني", "خليفه", "سعود", "سعيد", "nahyan", "maktoum", "thani", "khalifa", "saud", "said", "sabah",
    ]

    /// Words that say nothing about who is meant: the dynasty and article particles and generation suffixes.
    private static let ignoredWords: Set<String> = ["ال", "al", "el", "ad", "as", "ar", "an", "at", "jr", "sr", "جونيور"]

    /// Words that put a father's name after them.
    private static let sonOrDaughterOf: Set<String> = ["بن", "بنت", "bin", "bint"]

    /// Words that form one name with the word after them.
    private static let joinedToNext: Set<String> = ["عبد", "ابو", "abdul", "abu"]

    /// Latin spellings of one Arabic name, each mapped to one of them.
    private static let latinSpellings: [String: String] = {
        let groups: [[String]] = [
            ["muhammad", "mohammed", "mohammad", "mohamed", "muhammed", "mohamad"],
            ["ahmad", "ahmed"],
            ["khalid", "khaled"],
            ["hussein", "hussain", "husain", "husayn", "hossein"],
            ["abdul", "abdel", "abdal", "abd", "abdol"],
            ["abdullah", "abdallah", "abdalla"],
            ["yusuf", "yousef", "youssef", "yousif", "yusef"],
            ["mustafa", "mostafa", "moustafa", "mustapha"],
            ["faisal", "faysal", "faycal"],
            ["saud", "saoud"],
            ["jassim", "jasem", "jassem"],
            ["nasser", "nasir", "naser"],
            ["qasim", "qassem", "qasem", "kassem"],
            ["bin", "ibn"],
        ]
        var spellings: [String: String] = [:]
        for group in groups {
            for spelling in group.dropFirst() { spellings[spelling] = group[0] }
        }
        return spellings
    }()

    /// Accented Latin letters, as folded, and the plain letter the English press often writes instead.
    private static let plainLatin: [Unicode.Scalar: Unicode.Scalar] = {
        let groups: [(accented: String, plain: Unicode.Scalar)] = [
            ("àáâãäåą", "a"), ("çćč", "c"), ("ď", "d"), ("èéêëęě", "e"), ("ğ", "g"), ("ìíîïıİ", "i"), ("ł", "l"),
            ("ñńň", "n"), ("òóôõöøő", "o"), ("ř", "r"), ("śšş", "s"), ("ţť", "t"), ("ùúûüű", "u"), ("ýÿ", "y"), ("źżž", "z"),
        ]
        var letters: [Unicode.Scalar: Unicode.Scalar] = [:]
        for group in groups {
            for scalar in group.accented.unicodeScalars { letters[scalar] = group.plain }
        }
        return letters
    }()
}

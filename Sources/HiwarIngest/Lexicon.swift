import HiwarModel

/// The words extraction recognises, Arabic beside English, as data a domain expert can extend.
///
/// Entries are written as in the press; they are folded (`TextFolding`) when the gazetteer is built.
/// Arabic entries match after the clitics و ف ب ل ك and the article ال (so «الحوار» also finds
/// «والحوار», «بالحوار», «للحوار»); list inflected forms (plural, dual, accusative, possessive) explicitly.
enum Lexicon {
    /// Words that name an event of a type: the trigger words.
    static let triggers: [(kind: TriggerKind, arabic: [String], english: [String])] = [
        (.talks,
         ["حوار", "حوارات", "محادثات", "مباحثات", "مشاورات", "مفاوضات", "الحوار الاستراتيجي", "الاجتماع رفيع المستوى",
          "اجتماع رفيع المستوى", "الاجتماع الرفيع المستوى", "الاجتماع الوزاري", "اجتماع وزاري", "اجتماعا وزاريا", "اجتماع أمني",
          "الاجتماع الأمني", "اجتماعا أمنيا", "الاجتماعات الأمنية", "اجتماعات أمنية", "اجتماع موسع", "الاجتماع الموسع",
          "اجتماعا موسعا"],
         ["dialogue", "dialogues", "talks", "consultations", "negotiations", "2+2", "strategic dialogue", "high-level meeting",
          "high level meeting", "ministers' meeting", "ministerial meeting", "ministerial talks", "security meeting"]),
        (.summit,
         ["قمة", "القمة", "قمتين"],
         ["summit"]),
        (.session,
         ["اجتماع", "اجتماعات", "اجتماعها", "اجتماعه", "اجتماعاتها", "اجتماعاته", "جولة", "جولتها", "دورة", "دورته", "دورتها", "جلسة", "جلسات", "الاجتماع المقبل"],
         ["meeting", "meetings", "session", "sessions", "round", "rounds"]),
        (.committee,
         ["لجنة", "لجان", "اللجنتين", "مجلس التنسيق", "مجلس تنسيق", "هيئة التنسيق", "المفوضية", "مجلس التعاون الاستراتيجي",
          "مجلس الشراكة الاستراتيجية", "مجلس الشراكة", "المجلس الاستراتيجي", "مجلس التعاون رفيع المستوى"],
         ["committee", "commission", "coordination council", "coordinating council", "steering group", "working group", "joint council",
          "cooperation council", "partnership council", "strategic council", "strategic partnership council",
          "strategic cooperation council", "defence council", "defense council"]),
        (.mechanism,
         ["آلية", "الآلية", "آلية التنسيق", "مجموعة العمل", "المجموعة الاستشارية"],
         ["mechanism", "consultative group", "planning group", "contact group"]),
        (.agreement,
         ["اتفاقية", "اتفاقيات", "اتفاقيتي", "اتفاق", "اتفاقا", "اتفاقاً", "مذكرة تفاهم", "مذكرة التفاهم", "مذكرات تفاهم", "مذكرتي تفاهم", "مذكرتا تفاهم", "مذكرتين", "اتفاقيتين", "اتفاقيتان", "معاهدة", "خارطة طريق", "خريطة طريق",
          "خارطة الطريق", "بروتوكول", "خطة تنفيذية", "الخطة التنفيذية", "مذكرة نوايا", "مذكرة النوايا", "خطاب نوايا", "رسالة نوايا", "مذكرة تعاون", "مذكرة التعاون", "مذكرات تعاون", "إعلان نوايا", "إعلان مشترك", "الإعلان المشترك", "إعلانا مشتركا", "إعلان الشراكة", "إعلان شراكة"],
         ["agreement", "agreements", "treaty", "memorandum of understanding", "memorandum", "mou", "arrangement", "pact", "accord",
          "roadmap", "road map", "letter of intent", "memorandum of intent", "statement of intent", "implementation plan", "joint declaration", "declaration", "convention", "conventions", "protocol"]),
        (.partnership,
         ["شراكة استراتيجية", "الشراكة الاستراتيجية"],
         ["strategic partnership", "defence partnership", "defense partnership"]),
        (.delegation,
         ["وفد", "وفدا", "الوفد", "وفود", "الوفدين", "الوفدان", "وفدي", "الجانب"],
         ["delegation", "delegations", "side"]),
        (.meeting,
         ["التقى", "التقي", "يلتقي", "لقاء", "اللقاء", "لقاءين", "استقبل", "استقبلت", "يستقبل", "اجتمع", "اجتمعت"],
         ["met", "meets", "meet with", "received", "receives", "courtesy call"]),
    ]

    /// Words that say when an event stands relative to the news: ahead, or behind as background.
    static let statusCues: [(cue: StatusCue, arabic: [String], english: [String])] = [
        (.planned,
         ["المقبل", "المقبلة", "القادم", "القادمة", "لاحقة", "لاحقا", "سيعقد", "ستعقد", "سيتم", "ستتم", "سيجري", "ستجري", "يعتزم", "تعتزم",
          "يعتزمان", "النية", "على أن", "اتفق على", "اتفقا على", "اتفقوا على", "اتفق الجانبان على", "اتفق الطرفان على", "اتفق الوفدان على",
          "اتفق القادة على", "والتزم", "التزم", "التزما", "تعهد", "المزمع", "المرتقب", "المرتقبة", "مستقبلا", "سيوقع", "سيوقعان", "ستوقع",
          "المزمع عقده", "تمهيدا", "من المقرر", "من المنتظر", "ستشكل", "سيشكل", "على تشكيل", "على إنشاء", "على تأسيس", "على استحداث"],
         ["will", "would", "plan to", "plans to", "planned", "next", "upcoming", "agreed to", "to be held", "is to", "are to",
          "expected to", "hope to", "hopes to", "hoped to", "intend to", "intends to", "aim to", "aims to", "seek to", "seeks to",
          "set to", "future", "forthcoming", "work towards", "work toward", "shall", "proposed", "to negotiate", "provides for",
          "provide for", "providing for"]),
        (.referenced,
         ["السابق", "السابقة", "السابقين", "سبق", "بما في ذلك", "الماضية", "سلفا", "استكمالا"],
         ["previous", "earlier", "built on", "building on", "builds on", "prior", "former", "preceding", "last", "followed"]),
        (.neutral,
         ["في وقت سابق", "في وقت سابق من اليوم", "في وقت لاحق", "في وقت لاحق من اليوم", "اليوم نفسه", "اليوم ذاته"],
         ["earlier today", "earlier in the day", "earlier on", "later in the day", "later on", "later today", "last night",
          "earlier this week", "the same day"]),
    ]

    /// Verbs and nouns of an event's life: forming a body, signing a text, convening a round.
    static let actions: [(action: Action, arabic: [String], english: [String])] = [
        (.formation,
         ["تشكيل", "بتشكيل", "إنشاء", "تأسيس", "تأسيسه", "تأسيسها", "تأسس", "تأسست", "أنشئ", "أنشئت", "إنشاؤه", "شكلت", "تشكلت", "شكلا",
          "شكلتا", "استحداث"],
         ["set up", "setting up", "establish", "established", "establishing", "establishment", "create", "created", "creating", "creation",
          "form", "formed", "forming", "formation", "launch", "launched", "launching"]),
        (.signing,
         ["وقع", "وقعت", "وقعا", "وقعها", "وقعاها", "وقعه", "وقعته", "وقعاه", "توقيع", "التوقيع", "الموقعة", "الموقع", "يوقع", "وقعتها", "أبرم", "أبرمت", "المبرمة",
          "توقع", "توقعان", "يوقعان", "تبرمان", "يبرمان"],
         ["signed", "sign", "signing", "signs", "inked", "sealed", "seal", "concluded", "conclude"]),
        (.convening,
         ["عقد", "عقدت", "عقدا", "انعقد", "انعقدت", "انطلقت", "انطلاق", "اختتمت", "اختتم", "اختتام", "جرت", "أجرى", "أجريا", "أجريت", "احتضنت",
          "استضافت", "عقدتها", "تعقد", "يعقد"],
         ["held", "hold", "holds", "convened", "convene", "opened", "wrapped up", "hosted", "hosts", "kicked off", "began", "concluded",
          "chaired", "co-chaired", "co-chair", "co-chairs"]),
    ]

    /// Words that put a text on security and defence rather than trade, culture or sport.
    static let security: (arabic: [String], english: [String]) = (
        ["أمن", "الأمن", "أمني", "أمنية", "الأمني", "الأمنية", "أمنيا", "عسكري", "عسكرية", "العسكري", "العسكرية", "عسكريا", "العسكريين", "دفاع",
         "الدفاع", "دفاعي", "دفاعية", "الدفاعي", "الدفاعية", "الاستراتيجي", "الاستراتيجية", "استراتيجي", "استراتيجية", "الجيش", "الجيوش",
         "القوات", "قوات", "الإرهاب", "إرهاب", "الحدود", "الحدودية", "الأركان", "الاستخبارية", "الاستخبارات", "التسلح", "التسليح", "البحرية",
         "الأسلحة", "السلاح", "بناء الثقة", "وقف إطلاق النار", "حفظ السلام"],
        ["security", "defence", "defense", "military", "strategic", "armed forces", "army", "navy", "naval", "air force", "terrorism",
         "counter-terrorism", "counterterrorism", "intelligence", "2+2", "border", "troops", "missile", "missiles", "weapons", "arms",
         "warship", "warships", "confidence-building", "ceasefire", "peacekeeping"])

    /// Words that make «الأمن»/"security" another kind of security, folded: "food security", «الأمن الغذائي»,
    /// «أمن الطاقة», "energy security", «الأمن المائي».
    static let otherSecurities = Set([
        "food", "energy", "water", "health", "job", "social", "income", "الغذائي", "الغذاء", "الطاقة", "المائي", "المياه", "الصحي",
        "الاجتماعي", "الوظيفي",
    ].map(TextFolding.fold))

    /// International bodies: their names hold security words («مجلس الأمن», "Security Council") that do not make
    /// a text bilateral security news.
    static let forums: (arabic: [String], english: [String]) = (
        ["مجلس الأمن", "مجلس الأمن الدولي", "الأمم المتحدة", "الجمعية العامة", "حلف شمال الأطلسي", "جامعة الدول العربية", "مجلس الأمن القومي",
         "مجلس التعاون الخليجي", "مجلس التعاون لدول الخليج العربية", "حوار المنامة", "حوار شانغريلا", "حوار شانغري لا", "مؤتمر ميونخ للأمن"],
        ["security council", "united nations", "general assembly", "national security council", "arab league", "gulf cooperation council",
         "manama dialogue", "shangri-la dialogue", "raisina dialogue", "munich security conference", "halifax international security forum"])

    /// Names shared by a capital and a state («عمان»: Amman and Oman): the city is meant when the article speaks of
    /// the other state (Jordan for Amman).
    static let homonyms: [(city: String, country: String, cityOf: String)] = [
        ("Amman", "OMN", "JOR"),
    ]

    /// Words beside «حوار»/"dialogue" that make it something other than talks between governments on security.
    static let nonSecurityModifiers: Set<String> = [
        "رياضي", "الرياضي", "ثقافي", "الثقافي", "اقتصادي", "الاقتصادي", "تجاري", "التجاري", "وطني", "الوطني", "مجتمعي", "المجتمعي",
        "ديني", "الديني", "حضاري", "الحضاري", "الاديان", "الثقافات", "الحضارات", "شبابي", "فني", "مفتوح", "مفتوحه",
        "sports", "sporting", "cultural", "cultures", "economic", "trade", "national", "interfaith", "industry", "business", "investment",
        "youth", "public", "inter-communal", "between cultures", "political",
    ]

    /// Words for a round of talks that count as a session even with no committee beside them, when talks are named
    /// in the same sentence («الجولة الأولى من الحوار», "the second round").
    static let roundWords: Set<String> = ["جوله", "الجوله", "جولات", "جولتها", "دوره", "دورته", "دورتها", "round", "rounds"]

    /// Ordinals that number a session or round («الاجتماع الحادي عشر», «الدورة الخامسة», "the fifth session", "its
    /// 11th meeting"), folded: a numbered session is a round of the body or talks the article is about.
    static let ordinals: Set<String> = Set([
        "الأول", "الأولى", "الثاني", "الثانية", "الثالث", "الثالثة", "الرابع", "الرابعة", "الخامس", "الخامسة", "السادس", "السادسة",
        "السابع", "السابعة", "الثامن", "الثامنة", "التاسع", "التاسعة", "العاشر", "العاشرة", "الحادي", "الحادية", "الافتتاحي", "الافتتاحية",
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "inaugural",
    ].map(TextFolding.fold))

    /// Words that make the date after them the end of a span («حتى», «إلى غاية», "until"), folded.
    static let untilWords: Set<String> = ["حتي", "غايه", "until", "till", "through"]

    /// «إعلان» as a text's name (folded), and the clitics it may carry: a text when signed or named by a city
    /// («التوقيع على الإعلان», «إعلان القاهرة»), an announcement otherwise.
    static let declarationWords = ["الاعلان", "اعلانا", "اعلان"]
    static let declarationClitics: Set<String> = ["و", "ب", "ل", "ف", "وب", "ول"]

    /// Words that tie a date to another act than the trigger's when a noun stands between («منذ سقوط …», "after the fall
    /// of …"), folded.
    static let sinceWords: Set<String> = ["منذ", "since", "بعد", "عقب", "قبل", "after", "before"]

    /// Words that make a meeting in an international forum bilateral after all («على هامش», "on the sidelines").
    static let sidelines: Set<String> = ["هامش", "sidelines", "margins"]

    /// Words that close a round of talks: a day given with them is its last («اختتمت أمس», "wrapped up on Wednesday").
    static let closingWords: Set<String> = ["اختتمت", "اختتم", "واختتمت", "واختتم", "اختتام", "باختتام", "ختام", "concluded", "wrapped", "ended", "closed"]

    /// Words that open a round: a day given with them is its first («انطلقت يوم الأحد», "opened on Sunday").
    static let openingWords: Set<String> = ["انطلقت", "انطلق", "وانطلقت", "وانطلق", "بدات", "بدا", "افتتحت", "افتتح", "began", "opened", "started", "kicked"]

    /// A length in days, for how long a round lasts: «يومين», «ثلاثة أيام», "two-day", "3 days" (folded).
    static let dualDays: [String: Int] = ["يومين": 2, "يومان": 2]
    static let dayUnits: Set<String> = ["ايام", "day", "days"]
    static let countWords: [String: Int] = ["ثلاثه": 3, "اربعه": 4, "خمسه": 5, "two": 2, "three": 3, "four": 4, "five": 5]

    /// Words that make a round of talks the frame of another act («على هامش الحوار، التقى …», «في ختام المحادثات»,
    /// "at the close of the talks", "the day before the dialogue", «قبيل المباحثات»): the sentence's date is that
    /// act's, the talks are the ones already told.
    static let frames: Set<String> = sidelines.union(["ختام", "اختتام", "close", "conclusion", "before", "ahead", "قبيل", "وقبيل"])

    /// Seas, gulfs, regions and phrases whose words hold a state's or capital's name («بحر عمان», "South China Sea",
    /// «مسقط رأس» "birthplace"): no state is meant.
    static let landmarks: (arabic: [String], english: [String]) = (
        ["بحر الصين الجنوبي", "بحر الصين الشرقي", "بحر عمان", "خليج عمان", "البحر العربي", "بحر العرب", "الخليج العربي", "المحيط الهندي",
         "بحر اليابان", "القرن الأفريقي", "شبه الجزيرة الكورية", "الصحراء المغربية", "مسقط رأس", "مسقط رأسه"],
        ["south china sea", "east china sea", "gulf of oman", "sea of japan", "indian ocean", "korean peninsula", "horn of africa",
         "gulf of guinea", "gulf of mexico", "sea of oman", "persian gulf", "arabian gulf", "western sahara"])

    /// Words that make an event trilateral or multilateral when they stand beside it.
    static let multilateral: (arabic: [String], english: [String]) = (
        ["ثلاثية", "الثلاثية", "ثلاثي", "الثلاثي", "الثلاث", "الثلاثة", "رباعية", "الرباعية"],
        ["trilateral", "tripartite", "three countries", "three-way", "quadrilateral"])

    /// Honorifics and ranks that stand before a name but are not part of it.
    static let titles: (arabic: [String], english: [String]) = (
        ["الفريق", "الفريق أول", "الفريق أول الركن", "الفريق الركن", "الركن", "اللواء", "اللواء الركن", "العميد", "العقيد", "الجنرال", "الأميرال",
         "الأدميرال", "الدكتور", "الدكتورة", "د.", "الشيخ", "الأمير", "السيد", "السيدة", "الوزير", "الوزيرة", "معالي", "سمو", "صاحب السمو",
         "صاحب السمو السيد", "فخامة", "جلالة", "المهندس", "المشير", "السفير", "السفيرة", "سعادة", "سعادة السفير", "سعادة الفريق", "طيار",
         "الطيار", "الفريق الجوي", "الفريق البحري", "اللواء الجوي", "اللواء البحري", "العميد الركن", "الجنرال دو كور دارمي", "دو كور دارمي"],
        ["general", "gen.", "gen", "lt.", "lieutenant general", "lt. gen.", "maj. gen.", "major general", "admiral", "adm.", "vice admiral",
         "dr.", "dr", "mr.", "mrs.", "ms.", "sheikh", "prince", "colonel", "col.", "brigadier", "air marshal", "field marshal", "ambassador",
         "minister", "secretary", "his royal highness"])

    /// Offices, in the press's wording, and the English role Hiwar records. Longer phrases win over
    /// the shorter ones inside them.
    static let roles: [(role: String, arabic: [String], english: [String])] = [
        ("President", ["الرئيس", "رئيس الجمهورية", "رئيس الدولة"], ["president"]),
        ("Prime Minister", ["رئيس الوزراء", "رئيس مجلس الوزراء", "رئيس الحكومة", "رئيس وزراء", "رئيسة وزراء", "رئيسة الوزراء", "رئيسة الحكومة", "رئيسة مجلس الوزراء", "رئيس حكومة"], ["prime minister", "premier"]),
        ("King", ["الملك", "العاهل", "ملك"], ["king"]),
        ("Crown Prince", ["ولي العهد"], ["crown prince"]),
        ("Emir", ["أمير", "الأمير"], ["emir", "amir"]),
        ("Sultan", ["السلطان"], ["sultan"]),
        ("Chancellor", [], ["chancellor"]),
        ("Leader", ["قائد الإدارة", "المرشد الأعلى", "مرشد الثورة"], ["supreme leader", "de facto leader"]),
        ("Minister of Defense", ["وزير الدفاع", "وزيرة الدفاع", "وزير الدفاع الوطني", "وزير الدفاع والإنتاج الحربي", "وزير دفاع", "وزيرة دفاع"],
         ["defence minister", "defense minister", "minister of defence", "minister of defense", "minister of national defence",
          "minister of national defense"]),
        ("Secretary of Defense", [], ["secretary of defense", "defense secretary", "defence secretary", "secretary of state for defence"]),
        ("Defence Secretary", ["سكرتير الدفاع"], []),
        ("Deputy Minister of Defense", ["نائب وزير الدفاع", "وكيل وزارة الدفاع"], ["deputy defence minister", "deputy defense minister",
                                                                             "deputy minister of defence", "deputy minister of national defence"]),
        ("Assistant Secretary of Defense", ["مساعد وزير الدفاع", "مساعدة وزير الدفاع"], ["assistant secretary of defense", "assistant defense secretary"]),
        ("Deputy Assistant Secretary of Defense", ["نائب مساعد وزير الدفاع", "نائبة مساعد وزير الدفاع"], ["deputy assistant secretary of defense"]),
        ("Under Secretary of Defense", ["وكيل وزير الدفاع", "وكيلة وزير الدفاع"], ["under secretary of defense", "undersecretary of defense"]),
        ("Minister of State for Defence Affairs", ["وزير الدولة لشؤون الدفاع"], ["minister of state for defence affairs"]),
        ("Minister for the Armed Forces", ["وزير القوات المسلحة", "وزيرة القوات المسلحة", "وزير الجيوش"], ["armed forces minister", "minister for the armed forces"]),
        ("Foreign Minister", ["وزير الخارجية", "وزيرة الخارجية", "وزير الشؤون الخارجية", "وزير خارجية", "وزيرة خارجية"],
         ["foreign minister", "minister of foreign affairs", "external affairs minister", "foreign secretary"]),
        ("Secretary of State", [], ["secretary of state"]),
        ("Minister of Interior", ["وزير الداخلية", "وزير داخلية"], ["interior minister", "minister of interior", "home minister", "home secretary"]),
        ("National Security Adviser", ["مستشار الأمن القومي", "مستشار الأمن الوطني", "مستشارة الأمن القومي"],
         ["national security adviser", "national security advisor"]),
        ("Chief of the General Staff", ["رئيس الأركان العامة", "رئيس هيئة الأركان العامة", "رئيس هيئة الأركان", "رئيس الأركان", "رئيس أركان الجيش",
                                        "رئيس أركان القوات المسلحة", "رئيس هيئة الأركان المشتركة"],
         ["chief of the general staff", "chief of staff", "chief of defence staff", "chief of the defence staff", "army chief",
          "chairman of the joint chiefs of staff", "chief of general staff"]),
        ("Commander", ["قائد", "القائد العام", "قائد القوات", "قائد القيادة المركزية"], ["commander"]),
        ("Secretary-General of the Ministry of Defence", ["أمين عام وزارة الدفاع", "الأمين العام لوزارة الدفاع"], ["secretary-general of the ministry of defence"]),
        ("Head of Intelligence", ["رئيس جهاز المخابرات", "رئيس جهاز الاستخبارات", "مدير المخابرات"], ["intelligence chief", "director of national intelligence"]),
        ("Ambassador", ["سفير", "السفير", "سفيرة"], ["ambassador"]),
        ("Chief of Staff of the Army", [], ["chief of staff of the army", "army chief of staff"]),
        ("Director", ["مدير", "رئيس مكتب", "رئيس جهاز"], ["director", "head of"]),
        ("Deputy Prime Minister", ["نائب رئيس الوزراء", "نائب رئيس مجلس الوزراء"], ["deputy prime minister"]),
        ("Minister", ["وزير", "وزيرة"], []),
        ("Deputy", ["نائب", "نائبة"], ["deputy"]),
        ("Adviser", ["مستشار", "مستشارة"], ["adviser", "advisor"]),
        ("Secretary-General", ["أمين عام", "الأمين العام"], ["secretary-general", "secretary general"]),
    ]

    /// Words before a city that make it the place of an event rather than a government acting.
    static let placePrepositions: Set<String> = ["في", "الي", "من", "in", "at", "to", "from", "near"]

    /// Verbs whose subject is the place of an event («احتضنت بغداد القمة», "Riyadh hosted").
    static let hostingVerbs: Set<String> = ["احتضنت", "استضافت", "شهدت", "تحتضن", "تستضيف", "hosted"]

    /// Words after a trigger that say its status («اجتماعها المقبل», «اجتماعها السابق»); other cues count only before it.
    static let statusPostModifiers: Set<String> = ["المقبل", "المقبله", "القادم", "القادمه", "لاحقه", "السابق", "السابقه", "المرتقب", "المرتقبه", "المزمع"]

    /// Words that make a body joint between states rather than domestic.
    static let jointMarkers: Set<String> = ["مشتركه", "المشتركه", "مشترك", "المشترك", "الثناييه", "ثناييه", "joint", "bilateral", "بين", "between"]

    /// Bodies that are not states: two nisbas on «الاتحادين» (federations), "companies", municipalities or armed groups ("the SDF", «الفصائل»)
    /// make no inter-state event. Found by the gazetteer, so the Arabic words match behind any clitic («وجامعة», «للشركات»).
    static let nonStateActors: (arabic: [String], english: [String]) = (
        ["الاتحاد", "الاتحادين", "اتحادي", "النادي", "ناديي", "الناديين", "الشركة", "شركات", "الشركتين", "الجامعة", "جامعتي", "غرفة", "غرفتي",
         "مصرف", "البنك", "المنتخب", "منتخبي", "المستثمرين", "المصدرين", "المستوردين", "التجار", "قسد", "الفصائل", "الميليشيات", "المتمردين",
         "البلدية", "البلديات", "بلديتي", "توأمة", "المثقفين", "الأدباء", "الكتاب", "الناشرين", "الأكاديميين"],
        ["federation", "federations", "club", "clubs", "company", "companies", "firm", "firms", "businesses", "university",
         "universities", "chamber", "chambers", "bank", "banks", "league", "studio", "studios", "festival", "team", "teams",
         "aerospace", "corporation", "corp", "inc", "ltd", "state-run", "state-owned", "manufacturer", "manufacturers", "contractor",
         "association", "squad", "importers", "exporters", "producers", "traders", "businessmen", "investors", "sdf", "militia",
         "militias", "rebels", "rebel", "insurgents", "faction", "factions", "municipality", "municipalities", "twinning",
         "intellectuals", "writers", "publishers", "academics", "scholars"])

    /// Words that make the states after them topics of talks, not parties («تطورات الأوضاع في لبنان والسودان»,
    /// "the situation in Afghanistan").
    static let topicHeads: Set<String> = [
        "الاوضاع", "اوضاع", "تطورات", "الازمه", "ازمه", "الحرب", "ملف", "قضيه", "الصراع", "النزاع", "الملف", "مستجدات",
        "situation", "crisis", "war", "conflict", "developments", "tensions", "fighting",
    ]

    /// Honorific pronouns that stand for the person the article opened with («سموه», «جلالته»: "His Highness").
    static let pronounTitles: Set<String> = ["سموه", "جلالته", "فخامته", "معاليه", "دولته", "سيادته"]

    /// Honorifics before an office that stand for its holder («سمو ولي العهد», «جلالة الملك»), folded.
    static let honorifics: Set<String> = ["سمو", "جلاله", "فخامه", "معالي", "دوله"]

    /// "His counterpart": the other side of a bilateral meeting or round.
    static let counterparts: Set<String> = ["نظيره", "ونظيره", "نظيرته", "نظيريه", "بنظيره", "نظيرها", "ونظيرها", "نظيرتها", "نظرايه",
                                              "counterpart", "counterparts"]

    /// Words that call an event off: a cancelled or postponed visit or round is no event.
    static let cancellations: Set<String> = [
        "الغاء", "بالغاء", "الغت", "الغي", "تاجيل", "تاجيلها", "تاجيله", "ارجاء", "ارجات", "ارجا", "اجلت", "الغيت",
        "cancelled", "canceled", "cancel", "postponed", "postpone", "scrapped", "shelved",
    ]

    /// Words that make a committee domestic, organisational or multilateral, not a joint inter-state body.
    static let domesticBodyMarkers: Set<String> = [
        "المنظمه", "النيابيه", "البرلمانيه", "التحكيم", "الاولمبيه", "الانتخابات", "organising", "organizing", "selection", "parliamentary",
        "olympic", "judging", "election", "electoral", "nobel", "central", "الدستوريه", "الانتخابيه",
        "international", "الدوليه", "red", "الصليب", "الاولمبيه",
    ]

    /// Heads of state and government: talks with one of them are a leaders' meeting.
    static let leaderRoles: Set<String> = ["President", "King", "Emir", "Sultan", "Crown Prince", "Prime Minister", "Chancellor", "Leader"]

    /// Nouns for heads of state or government as a pair (folded): "the two leaders", «الزعيمان», «القائدين».
    static let leaderNouns: Set<String> = ["leaders", "الزعيمان", "الزعيمين", "القايدان", "القايدين", "الرييسان", "الرييسين"]

    /// English plural nouns for the two parties as a pair ("the two governments", "both sides", "the two neighbours").
    static let pairNouns: Set<String> = ["governments", "countries", "sides", "neighbours", "neighbors", "allies", "nations"]

    /// Words that stand for the parties without naming them: «البلدين», "the two countries".
    static let dyadAnaphors: Set<String> = ["البلدين", "البلدان", "الجانبين", "الجانبان", "الطرفين", "الطرفان", "الدولتين", "الوفدين", "الوفدان"]

    /// Cities that events are held in, beyond the capitals the country catalogue already knows.
    static let cities: [(english: String, arabic: [String], englishVariants: [String])] = [
        ("New York", ["نيويورك"], ["new york"]),
        ("Amman", ["عمّان"], ["amman"]),
        ("Kuwait City", ["مدينة الكويت"], ["kuwait city"]),
        ("Abu Dhabi", ["أبوظبي", "أبو ظبي"], ["abu dhabi"]),
        ("Dubai", ["دبي"], ["dubai"]),
        ("Jeddah", ["جدة"], ["jeddah", "jiddah"]),
        ("Erbil", ["أربيل"], ["erbil", "irbil"]),
        ("Basra", ["البصرة"], ["basra", "basrah"]),
        ("Mosul", ["الموصل"], ["mosul"]),
        ("Istanbul", ["إسطنبول", "اسطنبول"], ["istanbul"]),
        ("Geneva", ["جنيف"], ["geneva"]),
        ("Munich", ["ميونخ"], ["munich"]),
        ("Sochi", ["سوتشي"], ["sochi"]),
        ("Aqaba", ["العقبة"], ["aqaba"]),
        ("Sharm el-Sheikh", ["شرم الشيخ"], ["sharm el-sheikh"]),
        ("Alexandria", ["الإسكندرية"], ["alexandria"]),
        ("Salalah", ["صلالة"], ["salalah"]),
        ("Tangier", ["طنجة"], ["tangier"]),
        ("Marrakesh", ["مراكش"], ["marrakesh", "marrakech"]),
        ("Camp David", ["كامب ديفيد"], ["camp david"]),
        ("Honolulu", ["هونولولو"], ["honolulu"]),
        ("Singapore", [], []),
        ("Tel Aviv", ["تل أبيب"], ["tel aviv"]),
        ("Washington", ["واشنطن العاصمة"], ["washington, d.c.", "washington dc"]),
    ]
}

/// What a trigger word announces.
enum TriggerKind: Sendable, Hashable {
    case talks, summit, session, committee, mechanism, agreement, partnership, delegation, meeting
}

/// Which way a status cue points; `neutral` phrases ("earlier the same day") hold words of the other cues
/// but place nothing before or after the news.
enum StatusCue: Sendable, Hashable {
    case planned, referenced, neutral
}

/// The life events of bodies and texts.
enum Action: Sendable, Hashable {
    case formation, signing, convening
}

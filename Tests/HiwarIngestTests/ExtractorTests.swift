import Testing
import HiwarModel
@testable import HiwarIngest

/// Whole-pipeline checks on short articles written for these tests.
@Suite struct ExtractorTests {
    private let extractor = Extractor()

    private func summary(_ events: [Event]) -> [String] {
        events.map { event in
            [event.type.rawValue, event.countries.joined(separator: "+"), event.country ?? "-", event.start?.description ?? "-",
             event.end?.description ?? "-", event.status.rawValue, event.location ?? "-", event.head?.nameOriginal ?? "-"]
                .joined(separator: " ")
        }.sorted()
    }

    @Test func committeeSessionWithDelegationsAndNextMeeting() {
        let body = """
        بغداد – عقدت اللجنة الأمنية العراقية التركية المشتركة اجتماعها في بغداد يوم 12 آذار 2024 لبحث أمن الحدود.
        وترأس الوفد التركي نائب وزير الداخلية محمد علي يلماز، فيما ترأس الوفد العراقي وكيل وزارة الداخلية حسين العزاوي.
        واتفق الجانبان على أن تعقد اللجنة اجتماعها المقبل في أنقرة.
        """
        let events = extractor.extract(Article(title: "اجتماع أمني عراقي تركي", body: body))
        #expect(summary(events) == [
            "committee IRQ+TUR - 2024-03-12 - occurred Baghdad -",
            "delegation IRQ+TUR IRQ 2024-03-12 - occurred - حسين العزاوي",
            "delegation IRQ+TUR TUR 2024-03-12 - occurred - محمد علي يلماز",
            "dialogue IRQ+TUR - - - planned Ankara -",
            "dialogue IRQ+TUR - 2024-03-12 - occurred Baghdad -",
        ])
    }

    @Test func signedAgreementAndTheEarlierOneItBuildsOn() {
        let body = """
        TOKYO — Japan and Australia signed a Reciprocal Access Agreement in Tokyo on 6 January 2022, giving their forces easier access to each other's bases.
        The defence pact builds on an Information Security Agreement the two countries signed in May 2012.
        The agreement will take effect after ratification.
        """
        let events = extractor.extract(Article(title: "Japan and Australia sign defence access pact", body: body))
        #expect(summary(events) == [
            "agreement AUS+JPN - 2012-05 - referenced - -",
            "agreement AUS+JPN - 2022-01-06 - occurred Tokyo -",
        ])
    }

    @Test func aSignedTextToldAgainIsOneAgreement() {
        let headline = "مصر والهند توقعان مذكرة تفاهم للتعاون الدفاعي"
        let body = """
        القاهرة – وقّعت مصر والهند يوم الاثنين 19 أيلول 2022 في القاهرة مذكرة تفاهم للتعاون الدفاعي بين البلدين.
        ووصل وزير الدفاع الهندي إلى القاهرة يوم الأحد، ووقّع الوزيران الاتفاقية في ختام المباحثات الأمنية.
        """
        #expect(summary(extractor.extract(Article(title: headline, body: body)).filter { $0.type == .agreement })
            == ["agreement EGY+IND - 2022-09-19 - occurred Cairo -"])
        let english = """
        CANBERRA — Australia and Indonesia signed a defence cooperation agreement on Thursday 29 August 2024.
        Defence ministers Richard Marles and Prabowo Subianto signed the pact at Parliament House.
        """
        #expect(summary(extractor.extract(Article(title: "", body: english)).filter { $0.type == .agreement })
            == ["agreement AUS+IDN - 2024-08-29 - occurred Canberra -"])
        let two = """
        MOSCOW — Algeria and Russia signed a declaration on deepened strategic partnership in Moscow on 15 June 2023.
        Alongside the declaration, the two governments signed an extradition convention.
        """
        #expect(summary(extractor.extract(Article(title: "Algeria, Russia sign defence and security declaration", body: two))
            .filter { $0.type == .agreement }) == [
            "agreement DZA+RUS - 2023-06-15 - occurred Moscow -",
            "agreement DZA+RUS - 2023-06-15 - occurred Moscow -",
        ])
    }

    @Test func talksWithALeaderAreAMeetingAndTheSameDayIsTheDayBefore() {
        let body = """
        طهران – اختتم السلطان هيثم بن طارق أمس زيارة إلى إيران استمرت يومين.
        وكان جلالته قد عقد يوم الأحد 28 مايو 2023 جلسة مباحثات مع الرئيس الإيراني إبراهيم رئيسي.
        وفي اليوم نفسه، عقدت سلطنة عمان وإيران جولة مباحثات أمنية على مستوى وزيري الخارجية.
        """
        let events = extractor.extract(Article(title: "", body: body, published: PartialDate("2023-05-30")))
        #expect(summary(events.filter { $0.type == .dialogue }) == ["dialogue IRN+OMN - 2023-05-28 - occurred Tehran -"])
        let visit = "MANILA — Philippine President Ferdinand Marcos Jr. will visit the United States in May for security talks with President Joe Biden."
        #expect(extractor.extract(Article(title: "", body: visit, published: PartialDate("2023-04-12"))).filter { $0.type == .dialogue }.isEmpty)
    }

    @Test func aSecondPairIsFollowedUntilStatesAreNamedAgain() {
        let body = """
        LONDON — Japan signed a Reciprocal Access Agreement with Britain in London on 11 January 2023.
        In Washington, Foreign Minister Yoshimasa Hayashi attended a session of the U.S.-Japan Security Consultative Committee on security the same day.
        The previous meeting of the committee was held by video link in January 2022.
        """
        let title = "Japan signs defence access pact with Britain as ministers meet in Washington"
        #expect(summary(extractor.extract(Article(title: title, body: body))) == [
            "agreement GBR+JPN - 2023-01-11 - occurred London -",
            "committee JPN+USA - 2023-01-11 - occurred Washington -",
            "dialogue JPN+USA - 2022-01 - referenced - -",
            "dialogue JPN+USA - 2023-01-11 - occurred Washington -",
        ])
    }

    @Test func relativeDatesResolveAgainstPublished() {
        let body = """
        واشنطن – اختتمت أمس في واشنطن جولة من الحوار الاستراتيجي بين الكويت والولايات المتحدة تناولت التعاون الدفاعي.
        وترأس الوفد الكويتي وزير الخارجية سالم الصباح.
        """
        let published = PartialDate("2024-02-08")
        let events = extractor.extract(Article(title: "حوار استراتيجي كويتي أميركي", body: body, published: published))
        #expect(summary(events) == [
            "delegation KWT+USA KWT 2024-02-07 - occurred - سالم الصباح",
            "dialogue KWT+USA - 2024-02-07 - occurred Washington -",
        ])
    }

    @Test func honorificPronounStandsForTheLeaderTheArticleOpenedWith() {
        let body = """
        نيودلهي – بدأ وزير الخارجية الإماراتي الشيخ عبدالله بن زايد أمس في نيودلهي جولة محادثات أمنية مع الهند.
        ويترأس سموه وفداً رفيع المستوى يضم عدداً من المسؤولين.
        """
        let events = extractor.extract(Article(title: "محادثات إماراتية هندية", body: body, published: PartialDate("2024-05-10")))
        #expect(summary(events) == [
            "delegation ARE+IND ARE 2024-05-09 - occurred - عبدالله بن زايد",
            "dialogue ARE+IND - 2024-05-09 - occurred New Delhi -",
        ])
    }

    @Test func talksThatFrameAnotherActAreTheRoundAlreadyTold() {
        let body = """
        القاهرة – انطلقت يوم الأحد 5 مايو 2024 في القاهرة جولة الحوار الاستراتيجي بين مصر والأردن.
        وعلى هامش الحوار، التقى وزير الخارجية الأردني يوم الاثنين 6 مايو رئيس الوزراء المصري.
        """
        let events = extractor.extract(Article(title: "حوار مصري أردني", body: body)).filter { $0.type == .dialogue }
        #expect(summary(events) == ["dialogue EGY+JOR - 2024-05-05 - occurred Cairo -"])
        let english = """
        NEW DELHI — India and Australia held their first 2+2 ministerial dialogue on security in New Delhi on Saturday, Sept. 11, 2021.
        On Friday, the day before the dialogue, Dutton met Rajnath Singh in New Delhi for talks on defence industry cooperation.
        The dialogue followed a meeting of the two prime ministers in Tokyo on Sept. 7.
        """
        #expect(summary(extractor.extract(Article(title: "", body: english)).filter { $0.type == .dialogue })
            == ["dialogue AUS+IND - 2021-09-11 - occurred New Delhi -"])
    }

    @Test func aRoundSpansTheDaysItsSentenceCounts() {
        let published = PartialDate("2024-04-18")
        func rounds(_ body: String) -> [String] {
            summary(extractor.extract(Article(title: "", body: body, published: published)).filter { $0.type == .dialogue })
        }
        // Closed yesterday after two days: it opened the day before.
        #expect(rounds("لندن – اختتمت أمس جولة المحادثات الأمنية الكويتية البريطانية التي انعقدت في لندن على مدى يومين.")
            == ["dialogue GBR+KWT - 2024-04-16 2024-04-17 occurred London -"])
        // Opened on a given day and lasted two: that day is the first, though the sentence also says it closed.
        #expect(rounds("الرباط – اختتمت في الرباط أمس المحادثات الأمنية بين المغرب وإسبانيا، التي انطلقت يوم الثلاثاء 16 نيسان 2024 واستمرت يومين.")
            == ["dialogue ESP+MAR - 2024-04-16 2024-04-17 occurred Rabat -"])
        // The day given beside the verb falls inside the range the sentence gives.
        #expect(rounds("WASHINGTON — U.S. and Indian officials wrapped up security talks on Wednesday that were held on April 16-17, 2024.")
            == ["dialogue IND+USA - 2024-04-16 2024-04-17 occurred Washington -"])
    }

    @Test func leaderNamedBeforeAnAsideOrOnlyByOfficeLaterOn() {
        let aside = """
        بغداد – عقد العراق والكويت يوم 3 يونيو 2024 في بغداد جولة محادثات أمنية حول الحدود.
        وترأس الشيخ فهد اليوسف، في أول زيارة له إلى العراق، الوفد الكويتي الذي ضم مسؤولين من وزارة الداخلية.
        """
        #expect(summary(extractor.extract(Article(title: "", body: aside)).filter { $0.type == .delegation })
            == ["delegation IRQ+KWT KWT 2024-06-03 - occurred - فهد اليوسف"])
        let office = """
        المنامة – وقع صاحب السمو الملكي الأمير سلمان بن حمد آل خليفة ولي العهد ووزير الدفاع البريطاني أمس في لندن اتفاقية للتعاون الدفاعي بين البحرين وبريطانيا.
        ويقوم سمو ولي العهد بزيارة رسمية إلى المملكة المتحدة على رأس وفد يضم عدداً من الوزراء.
        """
        let events = extractor.extract(Article(title: "", body: office, published: PartialDate("2024-02-15")))
        #expect(summary(events.filter { $0.type == .delegation }) == ["delegation BHR+GBR BHR 2024-02-14 - occurred - سلمان بن حمد آل خليفة"])
    }

    @Test func leaderAfterAPronounVerbOrALongOfficeSetOffByAComma() {
        let body = """
        الرباط – عقدت اللجنة العسكرية المغربية الإسبانية المشتركة اجتماعها في الرباط يوم 14 نونبر 2023.
        وأجرى الوفد الإسباني، الذي ترأسه رئيس أركان الدفاع الأميرال تيودورو لوبيث، مباحثات مع وفد مغربي ترأسه المفتش العام للقوات المسلحة، الجنرال محمد بريظ.
        """
        #expect(summary(extractor.extract(Article(title: "", body: body)).filter { $0.type == .delegation }) == [
            "delegation ESP+MAR ESP 2023-11-14 - occurred - تيودورو لوبيث",
            "delegation ESP+MAR MAR 2023-11-14 - occurred - محمد بريظ",
        ])
    }

    @Test func aJointCouncilIsABodyButTheGulfCooperationCouncilIsNot() {
        let council = "ATHENS — Greece and Turkey held the fifth session of their High-Level Cooperation Council in Athens on 7 December 2023 to discuss defence and security."
        #expect(summary(extractor.extract(Article(title: "", body: council)).filter { $0.type == .committee })
            == ["committee GRC+TUR - 2023-12-07 - occurred Athens -"])
        let gulf = "RIYADH — Saudi Arabia and Oman discussed defence and security at the Gulf Cooperation Council summit in Riyadh on 7 December 2023."
        #expect(extractor.extract(Article(title: "", body: gulf)).filter { $0.type == .committee }.isEmpty)
    }

    @Test func aCouncilFoundedLongAgoConvenesNowAndPlansItsNextSession() {
        let body = """
        ATHENS — Greece and Turkey held the fifth session of the High-Level Cooperation Council, a body set up in 2010, in Athens on 7 December 2023, discussing military confidence-building.
        Both sides pledged to settle their disputes through dialogue.
        The leaders agreed that the next session of the council would be held in Turkey next year.
        """
        #expect(summary(extractor.extract(Article(title: "", body: body))) == [
            "committee GRC+TUR - 2023-12-07 - occurred Athens -",
            "dialogue GRC+TUR - 2023-12-07 - occurred Athens -",
            "dialogue GRC+TUR - 2024 - planned - -",
        ])
    }

    @Test func aHeadlineSideEventATrilateralThirdStateAndACityStateAsPlace() {
        let body = """
        TOKYO, July 28, 2024 — South Korean Defence Minister Shin Won-sik held security talks with his Japanese counterpart Minoru Kihara in Tokyo on Sunday.
        Shin, leading the South Korean delegation, and Kihara agreed to expand military exchanges.
        Later on Sunday, the two men joined U.S. Defense Secretary Lloyd Austin for a trilateral ministerial meeting on missile defence.
        Shin and Kihara last held bilateral talks in Singapore in June.
        """
        let title = "South Korean defence chief visits Tokyo, joins trilateral talks with U.S., Japan"
        #expect(summary(extractor.extract(Article(title: title, body: body, published: PartialDate("2024-07-29")))) == [
            "delegation JPN+KOR KOR 2024-07-28 - occurred - Shin Won-sik",
            "dialogue JPN+KOR - 2024-06 - referenced Singapore -",
            "dialogue JPN+KOR - 2024-07-28 - occurred Tokyo -",
            "dialogue JPN+KOR+USA - 2024-07-28 - occurred Tokyo -",
        ])
    }

    @Test func leadersNamesWithoutTheOfficesAroundThem() {
        let talks = """
        عمّان – عقدت الأردن وإيران يوم 4 آذار 2024 في عمّان جولة محادثات أمنية.
        وترأس الجانب الأردني نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين أيمن الصفدي، فيما ترأس الجانب الإيراني الأدميرال حبيب الله سياري مساعد المنسق العام للجيش الإيراني.
        """
        #expect(summary(extractor.extract(Article(title: "", body: talks)).filter { $0.type == .delegation }) == [
            "delegation IRN+JOR IRN 2024-03-04 - occurred - حبيب الله سياري",
            "delegation IRN+JOR JOR 2024-03-04 - occurred - أيمن الصفدي",
        ])
        let visit = """
        الرياض – استقبل ولي العهد السعودي أمس في الرياض رئيس وزراء جمهورية باكستان الإسلامية محمد شهباز شريف، ووقّع الجانبان اتفاقية للدفاع المشترك.
        وكان رئيس الوزراء الباكستاني قد وصل إلى الرياض على رأس وفد يضم عدداً من الوزراء.
        """
        let events = extractor.extract(Article(title: "", body: visit, published: PartialDate("2025-09-18")))
        #expect(summary(events.filter { $0.type == .delegation }) == ["delegation PAK+SAU PAK 2025-09-17 - occurred - محمد شهباز شريف"])
    }

    @Test func sidesLedAfterTheVerbAndALeaderWhoIsLeading() {
        let arabic = """
        لندن – عُقدت في لندن يوم الاثنين 18 مارس 2024 جولة من الحوار الاستراتيجي بين قطر والمملكة المتحدة، ترأسها عن الجانب القطري سعادة الدكتور محمد الخليفي وزير الدولة، وعن الجانب البريطاني اللورد طارق أحمد وزير الدولة.
        """
        #expect(summary(extractor.extract(Article(title: "", body: arabic)).filter { $0.type == .delegation }) == [
            "delegation GBR+QAT GBR 2024-03-18 - occurred - طارق أحمد",
            "delegation GBR+QAT QAT 2024-03-18 - occurred - محمد الخليفي",
        ])
        let english = """
        JAKARTA — France and Indonesia held defence talks in Jakarta on Feb. 10, 2022.
        French Defence Minister Florence Parly, who is leading a delegation of French defence officials, met her counterpart.
        """
        #expect(summary(extractor.extract(Article(title: "", body: english)).filter { $0.type == .delegation })
            == ["delegation FRA+IDN FRA 2022-02-10 - occurred - Florence Parly"])
    }

    @Test func relativeInTheMeetingIsNotTheLeadersRelative() {
        let body = """
        أنقرة – عقد العراق وتركيا في أنقرة يوم 15 أغسطس 2024 الاجتماع الرابع للآلية الأمنية بين البلدين، الذي ترأس فيه الوفد العراقي وزير الخارجية فؤاد حسين.
        """
        #expect(summary(extractor.extract(Article(title: "", body: body)).filter { $0.type == .delegation })
            == ["delegation IRQ+TUR IRQ 2024-08-15 - occurred - فؤاد حسين"])
    }

    @Test func domesticAndCulturalTextsYieldNoEvents() {
        let domestic = "انطلقت في القاهرة جلسات الحوار الوطني بمشاركة الأحزاب المصرية لبحث قانون الانتخابات."
        #expect(extractor.extract(Article(title: "الحوار الوطني", body: domestic)).isEmpty)
        let festival = "The festival in Cannes opened a dialogue between French and Italian film-makers, and a selection committee chose the films."
        #expect(extractor.extract(Article(title: "Festival opens", body: festival)).isEmpty)
        let fair = """
        DUBAI — Brazil and India sent trade delegations to the Gulfood fair, which opened on Monday with a panel on food security.
        Brazilian meat exporters held a "strategic dialogue" with Gulf importers on halal certification and energy security costs.
        """
        #expect(extractor.extract(Article(title: "Food fair opens", body: fair, published: PartialDate("2024-02-20"))).isEmpty)
        let council = """
        نيويورك – اعتمد مجلس الأمن الدولي أمس قراراً بشأن الأمن في البحر الأحمر بتأييد 13 عضواً وامتناع روسيا عن التصويت.
        وقدّمت الولايات المتحدة واليابان مشروع القرار الذي جرت صياغته في نيويورك بعد مشاورات مغلقة بين الوفود استمرت أياماً.
        """
        #expect(extractor.extract(Article(title: "", body: council, published: PartialDate("2024-01-11"))).isEmpty)
    }

    @Test func evidenceQuotesTheBodyAtItsOffsets() throws {
        let body = "مقدمة قصيرة.\nوقّعت مصر والسودان اتفاقية للتعاون العسكري في الخرطوم يوم 2 آذار 2021."
        let event = try #require(extractor.extract(Article(title: "اتفاقية عسكرية", body: body)).first)
        let scalars = Array(body.unicodeScalars)
        var quoted = String.UnicodeScalarView()
        quoted.append(contentsOf: scalars[event.evidence.start..<event.evidence.end])
        #expect(String(quoted) == event.evidence.sentence)
        #expect(event.evidence.sentence.hasPrefix("وقّعت مصر"))
        #expect(event.type == .agreement && event.status == .occurred && event.start?.description == "2021-03-02")
        #expect(event.evidence.rule == "agreement-signed")
    }

    @Test func numberedSessionsOfTheBodyAreRoundsWithTheirOwnDates() {
        let body = """
        القاهرة – عقدت لجنة التعاون العسكري المشتركة بين مصر والمغرب اجتماعها السادس في القاهرة يومي 3 و4 شباط 2025.
        واستعرض الجانبان نتائج الاجتماع الخامس الذي عقد في الرباط عام 2023.
        وفي الختام وقع الجانبان محضر الاجتماع، واتفقا على عقد الاجتماع السابع في الرباط خلال عام 2026.
        """
        let events = extractor.extract(Article(title: "", body: body, published: PartialDate("2025-02-05")))
        #expect(summary(events).filter { $0.hasPrefix("dialogue") } == [
            "dialogue EGY+MAR - 2023 - referenced Rabat -",
            "dialogue EGY+MAR - 2025-02-03 2025-02-04 occurred Cairo -",
            "dialogue EGY+MAR - 2026 - planned Rabat -",
        ])
    }

    @Test func theHostNamedOnlyByItsCapitalIsAParty() {
        // Agency copy of the host calls it «الدولة» and places the news in its capital.
        let body = """
        أبوظبي – استقبل وزير دولة لشؤون الدفاع في مكتبه بأبوظبي أمس وزير الدفاع الياباني الذي يزور الدولة حالياً.
        وبحث الجانبان التعاون العسكري بين البلدين، واستعرضا اتفاقية التعاون الدفاعي الموقعة بين البلدين عام 2018.
        """
        let events = extractor.extract(Article(title: "", body: body, published: PartialDate("2024-05-10")))
        #expect(summary(events).filter { $0.hasPrefix("agreement") } == ["agreement ARE+JPN - 2018 - referenced - -"])
    }

    @Test func aDateInTheDatelineIsTheReports() {
        let body = """
        الرياض 2 ذو القعدة 1446 هـ الموافق 30 أبريل 2025 م – عقد الجانبان السعودي والإيطالي يوم أمس جلسة مباحثات عسكرية في الرياض.
        """
        let events = extractor.extract(Article(title: "", body: body, published: PartialDate("2025-04-30")))
        #expect(summary(events) == ["dialogue ITA+SAU - 2025-04-29 - occurred Riyadh -"])
    }

    @Test func aDateAfterSinceBelongsToAnotherAct() {
        let body = """
        عمّان – أجرى وزير الخارجية الليبي، أمس الأحد، زيارة إلى عمّان هي الأولى منذ توقيع اتفاق وقف إطلاق النار في الثالث والعشرين من تشرين الأول 2020، عقد خلالها جولة مباحثات أمنية مع نظيره الأردني.
        """
        let events = extractor.extract(Article(title: "", body: body, published: PartialDate("2024-03-11")))
        #expect(summary(events).filter { $0.hasPrefix("dialogue") } == ["dialogue JOR+LBY - 2024-03-10 - occurred Amman -"])
    }

    @Test func aSecurityMeetingOfMinistersIsARoundAndItsSigningIsNotAnOldText() {
        let body = """
        الدوحة – شهدت العاصمة القطرية أمس الأربعاء اجتماعاً أمنياً موسعاً ضم وزيري الدفاع في قطر وتونس.
        وعلى هامش الاجتماع وقّع الوزيران مذكرة تفاهم للتعاون العسكري.
        ويذكر أن البلدين وقعا اتفاقية للتعاون الأمني في آذار 2012.
        """
        let events = extractor.extract(Article(title: "", body: body, published: PartialDate("2024-10-03")))
        #expect(summary(events) == [
            "agreement QAT+TUN - 2012-03 - referenced - -",
            "agreement QAT+TUN - 2024-10-02 - occurred Doha -",
            "dialogue QAT+TUN - 2024-10-02 - occurred Doha -",
        ])
    }

    @Test func leadersNamedPastASettingByFamilyNameOrAsTheVisitorAccompanied() {
        let body = """
        بغداد – أجرى وزير الخارجية الأردني أيمن الصفدي أمس جولة مباحثات أمنية في بغداد مع نظيره العراقي.
        وترأس الجانب العراقي في المباحثات وزير الخارجية فؤاد حسين، فيما ضم الوفد الأردني، الذي ترأسه الصفدي، مسؤولين من وزارة الداخلية.
        """
        let events = extractor.extract(Article(title: "", body: body, published: PartialDate("2024-09-02")))
        #expect(summary(events).filter { $0.hasPrefix("delegation") } == [
            "delegation IRQ+JOR IRQ 2024-09-01 - occurred - فؤاد حسين",
            "delegation IRQ+JOR JOR 2024-09-01 - occurred - أيمن الصفدي",
        ])
        let visit = """
        بيروت – وصل وزير الدفاع اليوناني نيكوس ديندياس إلى بيروت أمس الثلاثاء، يرافقه وفد عسكري رفيع، وعقد جلسة مباحثات عسكرية مع نظيره اللبناني.
        """
        #expect(summary(extractor.extract(Article(title: "", body: visit, published: PartialDate("2025-03-12")))).filter { $0.hasPrefix("delegation") }
            == ["delegation GRC+LBN GRC 2025-03-11 - occurred - نيكوس ديندياس"])
    }

    @Test func talksOfLeadersOrBeforeASigningAreTheirMeetingAndANamedTextIsTheOneSigned() {
        let body = """
        WELLINGTON, March 3 - New Zealand and Fiji signed a defence treaty in Wellington on Monday.
        Prime Minister Christopher Luxon and his Fijian counterpart Sitiveni Rabuka signed the Vuvale Treaty after talks on maritime security.
        The two leaders agreed to negotiate a status of forces agreement, which officials hope to conclude next year.
        """
        let events = extractor.extract(Article(title: "", body: body, published: PartialDate("2025-03-04")))
        #expect(summary(events) == [
            "agreement FJI+NZL - 2025-03-03 - occurred Wellington -",
            "agreement FJI+NZL - 2026 - planned - -",
        ])
        let arabic = """
        القاهرة – استقبل الرئيس المصري أمس ولي العهد الكويتي، وعقد الزعيمان جلسة مباحثات تناولت التعاون العسكري بين البلدين.
        ومن المقرر أن تعقد اللجنة العسكرية المصرية الكويتية المشتركة أول اجتماعاتها في الكويت.
        """
        #expect(summary(extractor.extract(Article(title: "", body: arabic, published: PartialDate("2024-11-20")))).filter { $0.hasPrefix("dialogue") }
            == ["dialogue EGY+KWT - - - planned - -"])
    }

    @Test func aTextNamedByItsOwnPairAndOneStillToBeNegotiated() {
        let body = """
        PARIS, Feb 5 - French President Emmanuel Macron and Iraqi Prime Minister Mohammed Shia al-Sudani met in Paris on Tuesday, where they signed a Strategic Partnership Agreement covering defence and energy.
        Under the agreement, France will train Iraqi officers under a protocol to be negotiated this year. The training plan follows an agreement Baghdad reached with Washington last September.
        Their meeting followed a round of talks in Baghdad last week between French and Iraqi defence officials.
        """
        let events = extractor.extract(Article(title: "", body: body, published: PartialDate("2025-02-05")))
        #expect(summary(events).filter { !$0.hasPrefix("meeting") } == [
            "agreement FRA+IRQ - 2025 - planned - -",
            "agreement FRA+IRQ - 2025-02-04 - occurred Paris -",
            "agreement IRQ+USA - 2024-09 - referenced - -",
            "dialogue FRA+IRQ - 2025-01 - referenced Baghdad -",
        ])
    }

    @Test func aDateAfterAnotherActAnExpandedMeetingAndATwoStoryHeadline() {
        let arabic = """
        بغداد – وقّع الأردن والعراق، أمس الاثنين، مذكرة تفاهم للتعاون الأمني، بعد انسحاب قوات التحالف من قاعدة عين الأسد في أيلول الماضي، وذلك على هامش اجتماع موسع بين وفدي البلدين.
        """
        #expect(summary(extractor.extract(Article(title: "", body: arabic, published: PartialDate("2026-01-13")))) == [
            "agreement IRQ+JOR - 2026-01-12 - occurred Baghdad -",
            "dialogue IRQ+JOR - 2026-01-12 - occurred Baghdad -",
        ])
        let english = """
        WASHINGTON, June 4 - President Donald Trump met Kenyan President William Ruto at the White House on Tuesday to discuss U.S. security assistance.
        Later on Tuesday, U.S. Secretary of State Marco Rubio hosted Kenyan and Ethiopian foreign ministers for three-way talks on border security, under an agreement Nairobi and the rebels signed in March.
        """
        let title = "Kenya's Ruto meets Trump; Ethiopia's envoy joins separate talks"
        #expect(summary(extractor.extract(Article(title: title, body: english, published: PartialDate("2025-06-04")))).filter { !$0.hasPrefix("meeting") }
            == ["dialogue ETH+KEN+USA - 2025-06-03 - occurred Washington -"])
    }

    @Test func ministersKnownByTheirCounterpartAPreviousMinistersMeetingAndATextSignedThen() {
        let body = """
        بغداد – وقّع وزير الداخلية عبد الأمير الشمري ونظيره الكويتي الشيخ فهد اليوسف، أمس الأحد، مذكرة تفاهم أمنية، في ختام جولة مباحثات بين وفدي البلدين.
        وترأس الجانب العراقي في المباحثات الوزير الشمري، فيما ترأس الجانب الكويتي الوزير اليوسف.
        وتأتي الجولة استكمالاً لاجتماع وزيري الداخلية الذي عقد في البصرة في آذار 2024.
        وكان البلدان قد شكلا في أيار 2019 لجنة التنسيق الأمني، ووقّع الوزيران آنذاك اتفاقية لتبادل المعلومات.
        """
        let events = extractor.extract(Article(title: "", body: body, published: PartialDate("2025-02-10")))
        #expect(summary(events).filter { !$0.hasPrefix("meeting") && !$0.hasPrefix("committee") } == [
            "agreement IRQ+KWT - 2019-05 - referenced - -",
            "agreement IRQ+KWT - 2025-02-09 - occurred Baghdad -",
            "delegation IRQ+KWT IRQ 2025-02-09 - occurred - عبد الأمير الشمري",
            "dialogue IRQ+KWT - 2024-03 - referenced Basra -",
            "dialogue IRQ+KWT - 2025-02-09 - occurred Baghdad -",
        ])
    }

    @Test func aCapitalThatOpensAPersonsNameNamesNoState() {
        let body = """
        NAIROBI, Sept 26 - U.S. Defense Secretary Lloyd Austin held talks with Kenya's defence chief, Aden Duale, on maritime security on Monday.
        """
        let events = extractor.extract(Article(title: "", body: body, published: PartialDate("2023-09-26")))
        #expect(events.allSatisfy { !$0.countries.contains("YEM") })
    }

    @Test func aSeasonWithItsDirectionDatesTheNextSessionButNotTheTalksAlreadyTold() {
        let body = """
        الدوحة – اختتمت أمس أعمال اللجنة العسكرية القطرية الفرنسية المشتركة في الدوحة.
        وأوضح بيان لرئاسة الأركان أن المباحثات تناولت برامج التدريب وتبادل الخبرات، إضافة إلى الاستعدادات للتمرين البحري المشترك المقرر تنفيذه في الربيع المقبل.
        واتفق الجانبان على عقد الاجتماع المقبل للجنة في باريس خلال الخريف المقبل.
        """
        let events = extractor.extract(Article(title: "", body: body, published: PartialDate("2024-02-15")))
        #expect(summary(events).filter { $0.hasPrefix("dialogue") } == [
            "dialogue FRA+QAT - 2024 - planned Paris -",
            "dialogue FRA+QAT - 2024-02-14 - occurred Doha -",
        ])
    }

    @Test func aBatchOfTextsSignedInTheNewsIsOneAgreementAndListedTextsAreNone() {
        let body = """
        DOHA, May 14 - Qatar and Turkey signed agreements worth $5 billion on Tuesday, covering defence industry and energy.
        The two leaders also signed a joint declaration on strategic cooperation.
        Both countries have several agreements on military training.
        """
        let events = extractor.extract(Article(title: "", body: body, published: PartialDate("2025-05-14")))
        #expect(summary(events).filter { $0.hasPrefix("agreement") } == [
            "agreement QAT+TUR - 2025-05-13 - occurred Doha -",
            "agreement QAT+TUR - 2025-05-13 - occurred Doha -",
        ])
    }

    @Test func aDeclarationSignedOrNamedByACityIsATextAnAnnouncementIsNot() {
        let body = """
        مسقط – ترأس السلطان هيثم بن طارق والرئيس الإيراني مساء أمس الثلاثاء حفل التوقيع على الإعلان المتعلق بالتعاون الدفاعي بين سلطنة عمان وإيران، وذلك في اليوم الأول من زيارة الدولة التي تستمر حتى يوم الخميس المقبل.
        وكان البلدان قد أصدرا «إعلان طهران» للتعاون الأمني في أيار 2019.
        ورحب الجانبان بإعلان وقف إطلاق النار في غزة.
        """
        let events = extractor.extract(Article(title: "", body: body, published: PartialDate("2024-05-29")))
        #expect(summary(events).filter { $0.hasPrefix("agreement") } == [
            "agreement IRN+OMN - 2019-05 - referenced - -",
            "agreement IRN+OMN - 2024-05-28 - occurred Muscat -",
        ])
    }

    @Test func aDelegationOfAnEarlierVisitKeepsItsOwnDate() {
        let body = """
        عمّان – أجرى وزير الخارجية السوري أسعد الشيباني أمس مباحثات أمنية في عمّان، وترأس الوفد السوري الشيباني.
        وكان وزير الخارجية الأردني أيمن الصفدي قد زار دمشق في 23 كانون الأول 2024 على رأس وفد رفيع.
        """
        let events = extractor.extract(Article(title: "", body: body, published: PartialDate("2025-03-10")))
        #expect(summary(events).filter { $0.hasPrefix("delegation") } == [
            "delegation JOR+SYR JOR 2024-12-23 - referenced - أيمن الصفدي",
            "delegation JOR+SYR SYR 2025-03-09 - occurred - أسعد الشيباني",
        ])
    }

    @Test func textsOfTownsAndUniversitiesAreNoStatesTexts() {
        let body = """
        بيروت – وقّعت بلدية صيدا وبلدية مدينة مرسيليا الفرنسية أمس اتفاقية توأمة للتعاون الأمني في إدارة المرافئ، فيما وقّعت الجامعة اللبنانية وجامعة اليرموك الأردنية مذكرة تفاهم في مجال الدراسات العسكرية.
        """
        #expect(extractor.extract(Article(title: "", body: body, published: PartialDate("2025-06-12"))).filter { $0.type == .agreement }.isEmpty)
    }

    @Test func textsListedWithEachStateAndItsDate() {
        let body = """
        SEOUL, March 3 - South Korea and Poland signed a defence industry agreement on Monday.
        Poland has signed similar agreements with Norway, in May 2021, and with Sweden, in October 2022.
        """
        let events = extractor.extract(Article(title: "", body: body, published: PartialDate("2025-03-04")))
        #expect(summary(events).filter { $0.hasPrefix("agreement") } == [
            "agreement KOR+POL - 2025-03-03 - occurred Seoul -",
            "agreement NOR+POL - 2021-05 - referenced - -",
            "agreement POL+SWE - 2022-10 - referenced - -",
        ])
    }

    @Test func aCouncilFoundedInACityYearsAgoHasNoRoundThen() {
        let body = """
        الرياض – بحث وزيرا الداخلية السعودي والعراقي أمس في الرياض التعاون الأمني بين البلدين.
        وأشار الوزير إلى أن مجلس التنسيق السعودي العراقي، الذي تأسس في الرياض في تشرين الأول 2017، أسهم في تعزيز الثقة.
        """
        let events = extractor.extract(Article(title: "", body: body, published: PartialDate("2023-05-15")))
        #expect(!summary(events).contains { $0.hasPrefix("dialogue IRQ+SAU - 2017") })
        #expect(summary(events).contains { $0.hasPrefix("committee IRQ+SAU") })
    }

    @Test func aGulfDatelineClosedByASlashDatesNothingAndPlacesTheNews() {
        let body = """
        الدوحة في 12 مايو / استقبل وزير الدولة لشؤون الدفاع القطري خالد العطية أمس الأربعاء وفداً عسكرياً إيطالياً برئاسة رئيس أركان الدفاع الأدميرال جوزيبي كافو دراغوني.
        """
        let events = extractor.extract(Article(title: "", body: body, published: PartialDate("2022-05-12")))
        #expect(summary(events).filter { $0.hasPrefix("delegation") } == [
            "delegation ITA+QAT ITA 2022-05-11 - occurred - جوزيبي كافو دراغوني",
        ])
    }

    @Test func anEmirAndAPresidentHoldingTalksMeetRatherThanHoldARound() {
        let body = """
        الكويت – أجرى أمير البلاد الشيخ مشعل الأحمد الجابر الصباح أمس مباحثات رسمية مع الرئيس المصري عبد الفتاح السيسي تناولت التعاون الأمني والعسكري بين البلدين.
        """
        let events = extractor.extract(Article(title: "", body: body, published: PartialDate("2024-04-24")))
        #expect(!summary(events).contains { $0.hasPrefix("dialogue") })
    }

    @Test func aSideLedInTheSessionByAnOfficeNamedEarlier() {
        let body = """
        الرياض – عقد مجلس التنسيق السعودي الكويتي اجتماعه الأول في الرياض يوم 18 يوليو 2018 لبحث التعاون الأمني، وحضره ولي العهد السعودي الأمير محمد بن سلمان.
        وترأس الجانب السعودي في اجتماع المجلس سمو ولي العهد، فيما ترأس الجانب الكويتي وزير الخارجية الشيخ صباح الخالد.
        """
        let events = extractor.extract(Article(title: "", body: body, published: PartialDate("2018-07-19")))
        #expect(summary(events).filter { $0.hasPrefix("delegation") }.contains("delegation KWT+SAU SAU 2018-07-18 - occurred - محمد بن سلمان"))
    }

    @Test func aDeclarationSignedInARelativeClauseIsAText() {
        let body = """
        أبوظبي – بحث وزيرا الدفاع الإماراتي والهندي أمس في أبوظبي التعاون العسكري بين البلدين.
        ويستند التعاون إلى إعلان الشراكة الاستراتيجية الشاملة الذي وقعته الدولتان في نيودلهي في 25 يناير 2017.
        """
        let events = extractor.extract(Article(title: "", body: body, published: PartialDate("2024-05-02")))
        #expect(summary(events).contains("agreement ARE+IND - 2017-01-25 - referenced New Delhi -"))
    }

    @Test func aBodyATextProvidesForIsPlanned() {
        let body = """
        عمّان – وقّع الأردن والعراق أمس في عمّان مذكرة تفاهم للتعاون الأمني، وتنص المذكرة على إنشاء لجنة أمنية مشتركة تجتمع كل ستة أشهر.
        """
        let events = extractor.extract(Article(title: "", body: body, published: PartialDate("2023-06-20")))
        #expect(summary(events).filter { $0.hasPrefix("committee") } == ["committee IRQ+JOR - - - planned - -"])
    }

    @Test func aNumberedSessionCoChairedTheSameDayIsARoundOfItsOwn() {
        let body = """
        NEW DELHI, April 9 — India and France held their annual defence dialogue in New Delhi on Monday.
        Earlier in the day the two defence ministers co-chaired the fourth meeting of the India-France Joint Defence Committee.
        """
        let events = extractor.extract(Article(title: "", body: body, published: PartialDate("2024-04-09")))
        #expect(summary(events).filter { !$0.hasPrefix("meeting") && !$0.hasPrefix("delegation") } == [
            "committee FRA+IND - 2024-04-08 - occurred New Delhi -",
            "dialogue FRA+IND - 2024-04-08 - occurred New Delhi -",
            "dialogue FRA+IND - 2024-04-08 - occurred New Delhi -",
        ])
    }

    @Test func summitTalksOfTwoLeadersAreTheirMeetingAndABookFairDelegationIsNone() {
        let summit = """
        القاهرة – وقّع الرئيس عبد الفتاح السيسي ونظيره القبرصي نيكوس خريستودوليدس أمس الإعلان المشترك للشراكة الاستراتيجية في ختام مباحثات القمة التي جمعتهما بقصر الاتحادية، وتناولت التعاون الأمني والعسكري.
        """
        #expect(!summary(extractor.extract(Article(title: "", body: summit, published: PartialDate("2024-12-11")))).contains { $0.hasPrefix("dialogue") })
        let fair = """
        القاهرة – افتتح معرض القاهرة الدولي للكتاب أمس، ووصل إلى القاهرة وفد من هيئة الأدب والنشر السعودية برئاسة الرئيس التنفيذي للهيئة محمد حسن علوان للمشاركة في البرنامج الثقافي.
        """
        #expect(extractor.extract(Article(title: "", body: fair, published: PartialDate("2025-01-25"))).isEmpty)
    }

    @Test func aRoundSpanAndWhatHappenedThen() {
        let body = """
        ANKARA, May 11 - Foreign Minister Hakan Fidan and Foreign Minister Radoslaw Sikorski met in Ankara on Friday to close the third meeting of the Turkey-Poland strategic mechanism.
        Sikorski led the Polish delegation to the May 9-10 talks, which opened on Thursday.
        The two ministers had lunch with President Recep Tayyip Erdogan on Saturday. They then co-chaired the inaugural meeting of the new Turkey-Poland Joint Defence Council.
        """
        let events = extractor.extract(Article(title: "", body: body, published: PartialDate("2024-05-11")))
        #expect(summary(events).filter { !$0.hasPrefix("meeting") } == [
            "committee POL+TUR - 2024-05-11 - occurred Ankara -",
            "delegation POL+TUR POL 2024-05-09 - occurred - Sikorski",
            "dialogue POL+TUR - 2024-05-09 2024-05-10 occurred Ankara -",
            "dialogue POL+TUR - 2024-05-11 - occurred Ankara -",
        ])
    }

    @Test func twoTextsSignedInTheDualOrSaidToBeSeparateAreTwo() {
        let dual = """
        أنقرة – وقّع وزيرا الدفاع التركي والليبي أمس في أنقرة مذكرتي تفاهم، تتعلق الأولى بالتدريب العسكري والثانية بالتعاون الأمني.
        """
        #expect(summary(extractor.extract(Article(title: "", body: dual, published: PartialDate("2020-08-18")))).filter { $0.hasPrefix("agreement") }
            == Array(repeating: "agreement LBY+TUR - 2020-08-17 - occurred Ankara -", count: 2))
        let separate = """
        SUVA, Fiji - The United States and Fiji signed a defence cooperation agreement on Monday.
        The two governments also signed a separate maritime surveillance agreement.
        """
        #expect(summary(extractor.extract(Article(title: "", body: separate, published: PartialDate("2023-05-23")))).filter { $0.hasPrefix("agreement") }.count == 2)
    }

    @Test func sidesLedWithTheVerbGappedOrByBothMinisters() {
        let gapped = """
        NEW DELHI - India and France held defence talks on Monday, with Rajnath Singh leading the Indian side and Sebastien Lecornu the French side.
        """
        #expect(summary(extractor.extract(Article(title: "", body: gapped, published: PartialDate("2023-07-11")))).filter { $0.hasPrefix("delegation") } == [
            "delegation FRA+IND FRA 2023-07-10 - occurred - Sebastien Lecornu",
            "delegation FRA+IND IND 2023-07-10 - occurred - Rajnath Singh",
        ])
        let paired = """
        NEW DELHI - Indian Defence Minister Rajnath Singh and French Armed Forces Minister Sebastien Lecornu held defence talks on Monday.
        Singh and Lecornu, heading their countries' delegations, reviewed joint exercises.
        """
        #expect(summary(extractor.extract(Article(title: "", body: paired, published: PartialDate("2023-07-11")))).filter { $0.hasPrefix("delegation") } == [
            "delegation FRA+IND FRA 2023-07-10 - occurred - Sebastien Lecornu",
            "delegation FRA+IND IND 2023-07-10 - occurred - Rajnath Singh",
        ])
    }

    @Test func talksNamedByTheAliasTheArticleGivesThem() {
        let body = """
        TOKYO - Japan and Britain held their foreign and defence ministers' talks, known as the UK-Japan 2+2 and
        called JUKMIN by officials, in Tokyo on Monday. The security dialogue, known as JUKMIN, will meet in London next year.
        JUKMIN was first held in London in January 2015.
        """
        let events = extractor.extract(Article(title: "", body: body, published: PartialDate("2024-11-26")))
        #expect(summary(events).filter { $0.hasPrefix("dialogue") }.contains("dialogue GBR+JPN - 2025 - planned London -"))
        #expect(summary(events).filter { $0.hasPrefix("dialogue") }.contains { $0.hasPrefix("dialogue GBR+JPN - 2015-01 - referenced London") })
    }

    @Test func aPlanIsATextOnlyOnceSigned() {
        let body = """
        جدة – وقّع وزيرا الدفاع السعودي والتركي أمس في جدة خطةً تنفيذية للتعاون الدفاعي بين البلدين، واتفقا على وضع خطة تنفيذية ثانية للصناعات العسكرية.
        """
        let events = extractor.extract(Article(title: "", body: body, published: PartialDate("2023-07-19")))
        #expect(summary(events).filter { $0.hasPrefix("agreement") } == ["agreement SAU+TUR - 2023-07-18 - occurred Jeddah -"])
    }
}

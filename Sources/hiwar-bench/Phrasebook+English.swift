extension Phrasebook {
    private static let englishOrdinals = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
    private static let englishTopics = ["strategic security", "defence", "military", "counter-terrorism", "border security"]

    static let english = Phrasebook(
        language: "en",
        calendars: [["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                     "November", "December"]],
        ordinals: englishOrdinals,
        topics: englishTopics,
        roles: ["Defence Minister", "Foreign Minister", "National Security Adviser", "Deputy Foreign Minister",
                "Chief of Staff General"],
        names: ["Karim Haddad", "Laila Mansour", "Omar Farouk", "Daniel Weber", "Sarah Collins", "Hiroshi Tanaka",
                "Rajesh Mehta", "Elena Petrova", "Marco Bianchi", "Yusuf Demir", "Nadia Rahman", "Pierre Laurent",
                "Ahmed Salem", "Chen Wei", "Amina Idrissi", "James Whitfield"],
        outlets: ["Gulf Desk", "Levant Wire", "Capital Observer", "Regional Monitor"],
        title: { "\($0.first.name) and \($0.second.name) hold \(englishTopics[$0.topic]) dialogue in \($0.host.capital)" },
        lead: { scene, day, months in
            "\(scene.host.capital.uppercased()) — \(scene.first.name) and \(scene.second.name) held the "
                + "\(englishOrdinals[scene.ordinal]) round of their \(englishTopics[scene.topic]) dialogue in "
                + "\(scene.host.capital) on \(day) \(months[scene.month - 1]) \(scene.year), officials said."
        },
        delegation: {
            "The \($0.second.adjective) delegation was led by \($0.leaders[1].role) \($0.leaders[1].name), "
                + "and the \($0.first.adjective) delegation by \($0.leaders[0].role) \($0.leaders[0].name)."
        },
        agreement: { _ in
            "At the close of the talks the two countries signed a memorandum of understanding on border security "
                + "and counter-terrorism cooperation."
        },
        committee: { _ in
            "They also agreed to establish a joint security committee to coordinate naval patrols and intelligence sharing."
        },
        nextRound: { scene, months in
            "The next round is to be held in \(scene.second.capital) in \(months[scene.nextMonth - 1]) \(scene.year + 1)."
        },
        previousRound: { scene, months in
            "The previous round was held in \(scene.second.capital) in \(months[scene.previousMonth - 1]) \(scene.year - 1)."
        },
        negativeTitles: [
            { "\($0.first.name) beat \($0.second.name) in a friendly in \($0.first.capital)" },
            { "Trade fair brings \($0.first.adjective) and \($0.second.adjective) producers to \($0.first.capital)" },
        ],
        negativeLeads: [
            { scene, months in
                "\(scene.first.name) beat \(scene.second.name) 2-1 in a friendly football match at the national stadium "
                    + "in \(scene.first.capital) on \(scene.day) \(months[scene.month - 1]) \(scene.year)."
            },
            { scene, months in
                "A trade fair showing furniture, textiles and food from \(scene.first.name) and \(scene.second.name) "
                    + "opened in \(scene.first.capital) on \(scene.day) \(months[scene.month - 1]) \(scene.year)."
            },
        ],
        securityFiller: [
            "Analysts said the discussions reflected a broader shift in how both governments view threats along their frontiers.",
            "The defence ministry spokesman told reporters that cooperation on training, logistics and maritime surveillance would continue.",
            "Joint exercises involving naval units and air defence crews are expected in the coming months.",
            "Diplomats noted that military relations had weathered several difficult periods over the past decade.",
            "Officials declined to give figures for arms purchases, but local media reported that several contracts were under review.",
            "Border guards have stepped up patrols to curb smuggling and the movement of armed groups.",
            "Counter-terrorism units have exchanged intelligence on networks operating across the region.",
            "Security experts cautioned that lasting results would depend on funding and on political will in both capitals.",
            "The army's chief of staff said training programmes for officers would be expanded.",
            "Members of parliament asked to be briefed on the outcome before the budget debate.",
        ],
        generalFiller: [
            "Temperatures across the region are forecast to stay above the seasonal average for the rest of the week.",
            "Shares on the main stock exchange closed slightly higher, led by banks and telecommunications firms.",
            "The central bank kept its benchmark interest rate unchanged, citing steady inflation and strong remittances.",
            "Several airlines announced additional flights for the holidays as demand for travel continued to grow.",
            "Farmers in the northern provinces reported a good wheat harvest after heavy rains in the spring.",
            "The city council approved plans for a new metro line linking the airport with the old town.",
            "A new public library, with reading rooms for children and a large digital archive, opened its doors to visitors.",
            "Hospital officials said vaccination campaigns had reached more than two thirds of the target population.",
            "Organisers of the book fair said attendance had exceeded their expectations.",
            "Fuel prices were left unchanged after a review by the energy regulator.",
            "The tourism ministry expects the number of foreign visitors to reach a record by the end of the season.",
            "Engineers are still repairing a main road that was damaged by flooding in the autumn.",
        ]
    )
}

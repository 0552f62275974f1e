/// The verbs and nouns that state relations, as data: each row gives the
/// forms of one word and its class. Forms are folded (lower case).
///
/// Written by hand for the relations of the annotation guideline; a verb
/// added to ``verbs`` with its forms and class is all a new trigger needs.
enum VerbTable {
    /// What a trigger word states.
    enum Class: String, Sendable {
        /// Subject supplies the weapon objects; `to`/first actor object is armed.
        case supply
        /// Subject acquires the weapon objects; `from` names the supplier.
        case acquire
        /// Subject operates the weapon objects.
        case operate
        /// Subject deploys the weapon objects; `to`/`in` places locate them.
        case deploy
        /// `send`: supply when an actor receives, deploy otherwise.
        case send
        /// Subject attacks the actor and place objects; `with` weapons are operated.
        case attack
        /// Subject fires the weapon objects at the targets after `at`/`on`/`against`.
        case fire
        /// Subject kills the actor objects.
        case kill
        /// Subject supports the actor objects.
        case support
        /// Subject opposes the actor objects.
        case opposes
        /// Coordinated subjects oppose each other (`exchanged fire`, `clashed`).
        case reciprocal
        /// Subject makes the weapon objects.
        case make
        /// Weapon subjects arrive: `from` actors supply them, `in`/`at` places locate them.
        case arrive
        /// What the verb is said of is where its `in`/`at` places are (`based in Qatar`, `headquartered in`).
        case situate
        /// A body subject is in the places it holds or controls (`Islamic State has held the towns of Annah and Rawa`).
        case control
        /// A person or vessel subject is at the places it visits (`Erdogan visited Jeddah`, `the destroyer transited the Taiwan Strait`).
        case visit
    }

    /// `forms<TAB>class`; forms separated by spaces.
    static let verbs = """
        supply supplies supplied supplying	supply
        resupply resupplies resupplied resupplying	supply
        deliver delivers delivered delivering	supply
        provide provides provided providing	supply
        sell sells sold selling	supply
        transfer transfers transferred transferring	supply
        give gives gave given giving	supply
        pledge pledges pledged pledging	supply
        donate donates donated donating	supply
        ship ships shipped shipping	supply
        arm arming	supply
        hand hands handed handing	supply
        export exports exported exporting	supply
        offer offers offered offering	supply
        send sends sent sending	send
        buy buys bought buying	acquire
        purchase purchases purchased purchasing	acquire
        order orders ordered ordering	acquire
        receive receives received receiving	acquire
        acquire acquires acquired acquiring	acquire
        procure procures procured procuring	acquire
        obtain obtains obtained obtaining	acquire
        import imports imported importing	acquire
        source sources sourced sourcing	acquire
        induct inducts inducted inducting	acquire
        commission commissions commissioned commissioning	acquire
        use uses used using	operate
        operate operates operated operating	operate
        employ employs employed employing	operate
        fly flies flew flown flying	operate
        lose loses lost losing	operate
        deploy deploys deployed deploying	deploy
        station stations stationed stationing	deploy
        move moves moved moving	deploy
        position positions positioned positioning	deploy
        dispatch dispatches dispatched dispatching	deploy
        redeploy redeploys redeployed redeploying	deploy
        scramble scrambles scrambled scrambling	deploy
        attack attacked attacking	attack
        strike struck striking	attack
        shell shells shelled shelling	attack
        bomb bombs bombed bombing	attack
        invade invades invaded invading	attack
        target targets targeted targeting	attack
        hit hits hitting	attack
        raid raids raided raiding	attack
        assault assaults assaulted assaulting	attack
        bombard bombards bombarded bombarding	attack
        besiege besieges besieged	attack
        wound wounds wounded wounding	attack
        injure injures injured injuring	attack
        pound pounds pounded pounding	attack
        destroy destroys destroyed destroying	attack
        inflict inflicts inflicted inflicting	attack
        terrorize terrorizes terrorized terrorizing terrorise terrorises terrorised terrorising	attack
        fire fires fired firing	fire
        launch launches launched launching	fire
        test-fire test-fires test-fired	fire
        drop drops dropped dropping	fire
        kill kills killed killing	kill
        slay slays slew slain	kill
        neutralize neutralizes neutralized neutralizing neutralise neutralises neutralised neutralising	kill
        eliminate eliminates eliminated eliminating	kill
        support supports supported supporting	support
        back backs backed backing	support
        stand stands stood standing	support
        defend defends defended defending	support
        aid aids aided aiding	support
        help helps helped helping	support
        assist assists assisted assisting	support
        bolster bolsters bolstered bolstering	support
        allied	support
        condemn condemns condemned condemning	opposes
        oppose opposes opposed opposing	opposes
        sanction sanctions sanctioned sanctioning	opposes
        warn warns warned warning	opposes
        accuse accuses accused accusing	opposes
        denounce denounces denounced denouncing	opposes
        rebuke rebukes rebuked rebuking	opposes
        threaten threatens threatened threatening	opposes
        urge urges urged urging	opposes
        protest protests protested protesting	opposes
        criticize criticizes criticized criticizing criticise criticises criticised criticising	opposes
        blame blames blamed blaming	opposes
        slam slams slammed slamming	opposes
        provoke provokes provoked provoking	opposes
        reject rejects rejected rejecting	opposes
        deny denies denied denying	opposes
        refute refutes refuted refuting	opposes
        dismiss dismisses dismissed dismissing	opposes
        battle battles battled battling	reciprocal
        combat combats combated combating	reciprocal
        resist resists resisted resisting	opposes
        repel repels repelled repelling	reciprocal
        repulse repulses repulsed repulsing	reciprocal
        fend fends fended fending	reciprocal
        capture captures captured capturing	attack
        seize seizes seized seizing	attack
        occupy occupies occupied occupying	attack
        overrun overruns overran overrunning	attack
        storm stormed storming	attack
        ambush ambushes ambushed ambushing	attack
        fight fights fought fighting	reciprocal
        exchange exchanges exchanged exchanging	reciprocal
        trade traded trading	reciprocal
        clash clashes clashed clashing	reciprocal
        loggerheads	reciprocal
        make makes made making	make
        build builds built building	make
        manufacture manufactures manufactured manufacturing	make
        produce produces produced producing	make
        develop develops developed developing	make
        design designs designed designing	make
        assemble assembles assembled assembling	make
        arrive arrives arrived arriving	arrive
        base based	situate
        headquarter headquartered	situate
        locate located	situate
        visit visits visited visiting	visit
        hold holds held holding	control
        control controls controlled controlling	control
        tour tours toured touring	visit
        transit transits transited transiting	visit
        """

    /// Verbs common in any news whose frames are read from the word sequence only:
    /// parsing every sentence with `help` or `visit` would cost more than the tree adds.
    static let sequenceOnly: Set<String> = [
        "help", "helps", "helped", "helping", "assist", "assists", "assisted", "assisting", "bolster", "bolsters",
        "bolstered", "bolstering", "visit", "visits", "visited", "visiting", "tour", "tours", "toured", "touring",
    ]
    /// Finite auxiliaries that follow their subject (`targets were`, `the new drones were first used`).
    static let finiteAuxiliaries: Set<String> = ["was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must"]
    /// Words after which a verb form is a noun of amount (`5 million pounds`, `two strikes`).
    static let amounts: Set<String> = ["million", "billion", "thousand", "hundred", "bn", "m", "trillion"]
    /// Participles that state their subject's relation after `be`, not a passive (`Rwanda is allied with M23`).
    static let statives: Set<String> = ["allied"]
    /// Verbs after which a noun's agent is the clause subject (`launched attacks`, `approved the sale`).
    static let lightVerbs: Set<String> = [
        "launch", "launched", "launches", "launching", "carried", "carry", "carries", "carrying", "conducted", "conduct",
        "conducts", "waged", "wage", "wages", "waging", "stepped", "step", "steps", "mounted", "mount", "staged", "stage",
        "began", "begin", "begins", "continued", "continue", "continues", "intensified", "escalated", "approved",
        "approve", "approves", "announced", "agreed", "signed", "sign", "completed", "finalized", "cleared", "authorized",
        "resumed", "suspended", "halted", "ordered", "made", "make", "makes", "up", "out", "taken", "take", "took",
        "takes", "taking", "received", "expanded", "increased", "planned", "plans", "commenced", "commences", "initiated",
        "initiates", "unleashed", "unleashes", "claimed", "claims", "claim", "claiming", "conducting", "mounting",
        "staging", "stepping", "escalating", "intensifying", "resuming", "continuing",
    ]
    /// Verbs of deploying that put weapons into action, so that who deploys them also operates them
    /// (`deployed Alpha Jets for the operation`, `scrambled F-16s`); moving or stationing does not.
    static let actionDeployments: Set<String> = [
        "deploy", "deploys", "deployed", "deploying", "redeploy", "redeploys", "redeployed", "redeploying", "dispatch", "dispatches",
        "dispatched", "dispatching", "scramble", "scrambles", "scrambled", "scrambling",
    ]
    /// Light verbs of approving a deal: who approves a sale is its seller (`the State Department approved a deal with Poland`).
    static let approvalVerbs: Set<String> = ["approved", "approve", "approves", "cleared", "authorized"]
    /// Words that may follow a verb as its particle (`hand over`, `stand by`); a verb with
    /// one states its relation only with the particle (`fend off`).
    static let particles: [String: String] = [
        "hand": "over", "hands": "over", "handed": "over", "handing": "over",
        "stand": "by", "stands": "by", "stood": "by", "standing": "by",
        "fend": "off", "fends": "off", "fended": "off", "fending": "off",
    ]

    /// Nouns that state an attack; the agent is the possessor or modifier, or the clause subject.
    static let attackNouns: Set<String> = [
        "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "campaign", "war", "onslaught", "offensive",
        "invasion", "assault", "bombardment", "shelling", "raid", "raids", "bombing", "bombings", "incursion", "occupation",
    ]
    /// Nouns of an actor's conduct, whose agent after `of` or `by` a verb of opposing opposes (`condemned the actions of China`).
    static let conductNouns: Set<String> = [
        "actions", "action", "aggression", "policy", "policies", "behavior", "behaviour", "conduct", "move", "moves", "decision",
        "provocation", "provocations", "violations", "violation", "activities", "interference", "occupation",
        "presence", "launch", "launches", "deployment", "threats", "rhetoric", "attempt", "attempts", "incursion", "incursions",
        "buildup", "build-up", "harassment", "maneuvers", "manoeuvres", "tactics", "escalation", "stance",
    ]
    /// Verbs of opposing that oppose only whose claims they reject (`denied Pakistan's claims`, `rejected the
    /// allegations by Russia`), not whom they name (`dismissed the commander`).
    static let rebuttalVerbs: Set<String> = [
        "reject", "rejects", "rejected", "rejecting", "deny", "denies", "denied", "denying", "refute", "refutes", "refuted", "refuting",
        "dismiss", "dismisses", "dismissed", "dismissing",
    ]
    /// Nouns of what one side says of another, which a verb of rebuttal rejects.
    static let claimNouns: Set<String> = [
        "claim", "claims", "allegation", "allegations", "accusation", "accusations", "assertion", "assertions", "charge", "charges",
        "statement", "statements", "report", "reports",
    ]
    /// Nouns that state a transfer of weapons (`the sale of Harpoon missiles to Taiwan`).
    static let supplyNouns: Set<String> = [
        "sale", "sales", "delivery", "deliveries", "shipment", "shipments", "transfer", "transfers", "provision", "supply", "donation", "donations",
    ]
    /// Nouns that name military aid when a military word stands before them (`military aid to Ukraine`, `a new aid package for Ukraine`).
    static let aidNouns: Set<String> = ["aid", "assistance", "package", "packages", "support", "tranche"]
    /// Words before an aid noun that make it military.
    static let militaryWords: Set<String> = ["military", "arms", "weapons", "defense", "defence", "security", "aid", "lethal"]
    /// Nouns that state a purchase (`the purchase of 48 aircraft from South Korea`).
    static let purchaseNouns: Set<String> = ["purchase", "purchases", "acquisition", "acquisitions", "procurement", "order", "orders", "import", "imports"]
    /// Nouns of a contract between a seller and a buyer (`signed two contracts with Saudi Arabia for the Akinci drone`).
    static let contractNouns: Set<String> = ["contract", "contracts", "deal", "deals"]
    /// Nouns that state a conflict between two actors (`confrontation between X and Y`).
    static let conflictNouns: Set<String> = [
        "confrontation", "conflict", "war", "clashes", "fighting", "tensions", "hostilities", "dispute", "standoff", "rivalry", "feud", "battle",
        "confrontations", "conflicts", "wars", "clash", "battles", "skirmishes", "struggle", "firefight", "firefights", "ceasefire", "truce",
        "stand-off", "hostility", "enmity",
    ]
    /// Nouns that state backing between two actors, each way (`a partnership between X and Y`).
    static let partnershipNouns: Set<String> = ["partnership", "alliance", "cooperation"]
    /// Nouns that name a backer of the possessor (`Taiwan's most important backer`).
    static let backerNouns: Set<String> = ["backer", "backers", "supporter", "supporters", "ally", "allies", "patron", "sponsor", "partner"]
    /// Nouns that name an arms supplier of the possessor (`Poland's biggest arms suppliers`).
    static let supplierNouns: Set<String> = ["supplier", "suppliers", "provider", "providers", "exporter"]
    /// Nouns that name the maker of what follows `of` (`the maker of the K9 Thunder`).
    static let makerNouns: Set<String> = ["maker", "manufacturer", "builder", "producer", "developer"]
    /// Nouns after a possessive that name what the possessor operates (`Taiwan's fleet of F-16s`).
    static let holdingNouns: Set<String> = ["fleet", "fleets", "arsenal", "stock", "stocks", "stockpile", "inventory"]

    /// Nouns of the ties between two actors that breaking them cuts (`broke ties with Israel`).
    static let tieNouns: Set<String> = ["ties", "relations"]
    /// Verbs that break ties (`severed diplomatic relations with`).
    static let breakingVerbs: Set<String> = [
        "break", "breaks", "broke", "broken", "breaking", "cut", "cuts", "cutting", "sever", "severs", "severed", "severing",
        "suspend", "suspends", "suspended", "suspending",
    ]

    /// Nouns of a person's journey to a place (`Moon Jae-in's recent visit to Egypt`).
    static let visitNouns: Set<String> = ["visit", "visits", "trip", "tour", "journey"]

    /// Nouns of one side's struggle against another (`Somalia's battle against al-Shabab`).
    static let struggleNouns: Set<String> = ["fight", "battle", "struggle", "fighting", "resistance"]

    /// Every noun of the noun tables, to test a word once before the tables.
    static let allNouns: Set<String> = attackNouns.union(supplyNouns).union(purchaseNouns).union(aidNouns).union(conflictNouns).union(partnershipNouns).union(backerNouns)
        .union(supplierNouns).union(makerNouns).union(holdingNouns).union(contractNouns).union(struggleNouns).union(useNouns)
    /// Nouns of using weapons, whose user operates what comes after `of` (`Poland's use of K2 tanks`, `the launch of the Agni-3`).
    static let useNouns: Set<String> = ["use", "usage", "launch", "launches", "firing", "test-firing", "test-fire"]

    /// Each row of ``verbs``: its folded forms, the bare verb first, and its class.
    private static let rows: [(forms: [String], kind: Class)] = verbs.split(separator: "\n").compactMap { line in
        let columns = line.split(separator: "\t")
        guard columns.count == 2, let kind = Class(rawValue: String(columns[1])) else { return nil }
        return (columns[0].split(separator: " ").map(String.init), kind)
    }

    /// Folded form → class.
    static let forms: [String: Class] = Dictionary(rows.flatMap { row in row.forms.map { ($0, row.kind) } }, uniquingKeysWith: { _, last in last })

    /// The first form of each row: the bare verb, which is also a noun after a modifier (`a military base`).
    static let bareForms: Set<String> = Set(rows.compactMap(\.forms.first))
}

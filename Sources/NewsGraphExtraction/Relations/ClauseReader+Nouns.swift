import NewsGraphCore

extension ClauseReader {
    /// Relations stated by nouns: attacks, transfers, conflicts, backers, makers, fleets.
    mutating func readNouns() {
        for i in 0..<view.count where view.tokens[i].kind == .word && !view.hasMention(at: i) {
            let word = view.folded[i]
            // (`a visit to Egypt`: no verb has `to` after it, so the word is a noun whatever comes before it.)
            if VerbTable.visitNouns.contains(word) { visit(i) }
            if word == "presence" { presence(i) }
            if word == "service" { service(i) }
            if VerbTable.tieNouns.contains(word) { brokenTies(i) }
            if word == "fire" || VerbTable.attackNouns.contains(word), cameUnder(i) { continue }
            guard VerbTable.allNouns.contains(word), verbClass(at: i) == nil else { continue }
            if VerbTable.conflictNouns.contains(word), conflict(i) { continue }
            if VerbTable.partnershipNouns.contains(word), conflict(i, relation: .supports) { continue }
            if VerbTable.attackNouns.contains(word) { attack(i) }
            // (`technology transfer of the new artillery` hands over know-how, not the weapons.)
            if VerbTable.supplyNouns.contains(word), i == 0 || view.folded[i - 1] != "technology" { transfer(i) }
            if VerbTable.purchaseNouns.contains(word) { purchase(i) }
            if VerbTable.contractNouns.contains(word) { contract(i) }
            if VerbTable.aidNouns.contains(word) { aid(i) }
            if VerbTable.backerNouns.contains(word) || VerbTable.supplierNouns.contains(word) { backer(i) }
            if VerbTable.makerNouns.contains(word) { maker(i) }
            if VerbTable.holdingNouns.contains(word) { holding(i) }
            if VerbTable.struggleNouns.contains(word) { struggle(i) }
            if VerbTable.useNouns.contains(word) { use(i) }
        }
    }

    /// `Petro broke ties with Israel`, `Niger severed diplomatic relations with Ukraine`: who breaks ties with an actor
    /// opposes it.
    private mutating func brokenTies(_ i: Int) {
        guard i + 2 < view.count, view.folded[i + 1] == "with", let other = view.mention(at: i + 2), other.type == .actor,
            let verb = (max(0, i - 3)..<i).last(where: { VerbTable.breakingVerbs.contains(view.folded[$0]) }),
            (verb + 1..<i).allSatisfy({ view.tokens[$0].kind == .word && !view.tokens[$0].isCapitalized && !view.hasMention(at: $0) })
        else { return }
        for subject in subjects(of: verb) where subject.type == .actor && subject.entity != other.entity { add(subject, .opposes, other, at: i) }
    }

    /// `Poland's use of Korean weapons`, `the use of drones by the RSF`, `carried out a training launch of the Agni-3`:
    /// whose use or launch it is operates the weapons after `of`.
    private mutating func use(_ i: Int) {
        guard i + 1 < view.count, view.folded[i + 1] == "of" else { return }
        let after = objects(after: i)
        let used = after.prefix { $0.preposition == "of" && $0.mention.type == .weaponSystem }.map(\.mention)
        guard !used.isEmpty else { return }
        var users = modifiers(of: i).agent.map { [$0] } ?? lightVerbSubjects(of: i)
        if users.isEmpty { users = after.filter { $0.preposition == "by" && $0.mention.type == .actor }.map(\.mention) }
        for user in users where user.type == .actor && user.role != .generic { for weapon in used { add(user, .operates, weapon, at: i) } }
    }

    /// `Moon Jae-in's recent visit to Egypt`, `during her visit to Berlin`: the person whose visit it is was there.
    private mutating func visit(_ i: Int) {
        guard i + 2 < view.count, ["to", "of"].contains(view.folded[i + 1]), let place = view.mention(at: i + 2),
            place.tokens.lowerBound == i + 2, place.type == .place || place.isCountry,
            let visitor = modifiers(of: i).agent, visitor.kind == "Person"
        else { return }
        add(visitor, .locatedIn, place, at: i)
    }

    /// `Russia's presence in Syria`, `the US military maintains a presence in Qatar`, `the presence of Wagner in Mali`:
    /// the body is there. `signed the contract in Cairo, in the presence of Mohamed Zaki`: so are the persons at the event.
    private mutating func presence(_ i: Int) {
        guard i + 2 < view.count else { return }
        let after = objects(after: i)
        if i >= 2, view.folded[i - 1] == "the", view.folded[i - 2] == "in", view.folded[i + 1] == "of" {
            let persons = after.filter { $0.preposition == "of" && $0.mention.kind == "Person" }.map(\.mention)
            let venue = (0..<(i - 2)).reversed().compactMap { view.mention(at: $0) }.first { mention in
                (mention.type == .place || mention.isCountry) && mention.tokens.lowerBound > 0 && ["in", "at"].contains(view.folded[mention.tokens.lowerBound - 1])
            }
            if let venue { for person in persons { add(person, .locatedIn, venue, at: i) } }
            return
        }
        let places = after.filter { ["in", "at"].contains($0.preposition) && ($0.mention.type == .place || $0.mention.isCountry) }.map(\.mention)
        guard let place = places.first else { return }
        var holders = after.filter { $0.preposition == "of" && $0.mention.type == .actor && $0.mention.tokens.upperBound <= place.tokens.lowerBound }
            .map(\.mention)
        if holders.isEmpty, let owner = modifiers(of: i).agent { holders = [owner] }
        // (`maintains a significant presence`: the subject of the verb before the article.)
        if holders.isEmpty, let article = (max(0, i - 4)..<i).last(where: { ["a", "an", "its", "their"].contains(view.folded[$0]) }), article > 0,
            (article + 1..<i).allSatisfy({ view.tokens[$0].kind == .word && !view.tokens[$0].isCapitalized && !view.hasMention(at: $0) })
        {
            holders = subjects(of: article - 1)
        }
        for holder in holders where holder.type == .actor && (!holder.isCountry || place.isCountry) { add(holder, .locatedIn, place, at: i) }
    }

    /// `Somalia's battle against al-Shabab`, `its fight against invading Russia`: the side whose struggle it is
    /// opposes the side after `against`.
    private mutating func struggle(_ i: Int) {
        guard i + 1 < view.count, view.folded[i + 1] == "against", let side = modifiers(of: i).agent ?? lightVerbSubjects(of: i).first,
            side.type == .actor
        else { return }
        for other in objects(after: i + 1).map(\.mention) where other.type == .actor && other.role != .demonym {
            add(side, .opposes, other, at: i)
        }
    }

    /// The actor inside the noun phrase before the noun at `i` (`Israel's onslaught`, `Israeli attacks`, `Hamas's October 7
    /// attack`) and the weapons modifying it.
    private func modifiers(of i: Int) -> (agent: Mention?, weapons: [Mention]) {
        var weapons: [Mention] = []
        var j = i - 1
        while j >= 0 {
            if let mention = view.mention(at: j) {
                if mention.type == .actor { return (mention, weapons) }
                if mention.type == .weaponSystem { weapons.append(mention) }
                j = mention.tokens.lowerBound - 1
                continue
            }
            let token = view.tokens[j]
            let word = view.folded[j]
            if Self.pronouns.contains(word), token.kind == .word { return (resolvePronoun(at: j), weapons) }
            guard token.kind == .possessive || word == "and" || (token.kind == .word && !token.isCapitalized && !isTrigger(j)
                && !Self.determiners.contains(word) && !Self.prepositions.contains(word) && !SentenceView.clauseWords.contains(word)
                && !Self.beForms.contains(word) && !VerbTable.lightVerbs.contains(word) && !["have", "has", "had"].contains(word))
                || token.kind == .number || SpeechWords.dayWords.contains(word)
            else { break }
            j -= 1
        }
        return (nil, weapons)
    }

    /// The mentions after a preposition right after the noun (`attacks on the Israelis`).
    private func targets(after i: Int, _ prepositions: Set<String>) -> [Mention] {
        var j = i + 1
        // (`airstrikes late Monday morning on a neighborhood`: words of time may stand between.)
        while j < view.count, !Self.prepositions.contains(view.folded[j]), !view.hasMention(at: j), !view.isBoundary(j),
            j <= i + 2 || (j <= i + 5 && Self.timeWords.contains(view.folded[j]))
        {
            j += 1
        }
        // `an attack by suspected ISWAP fighters on the base`: the target comes after the agent.
        if j < view.count, view.folded[j] == "by", !prepositions.contains("by") {
            var (k, words) = (j + 1, 0)
            // (an acronym in parentheses may follow the agent's name)
            while k < view.count, words < 8, !Self.prepositions.contains(view.folded[k]), !view.isBoundary(k) || ["(", ")"].contains(view.folded[k]) {
                k = view.mention(at: k)?.tokens.upperBound ?? k + 1
                words += 1
            }
            j = k
        }
        guard j < view.count, prepositions.contains(view.folded[j]) else { return [] }
        let found = objects(after: j)
        // `attacks on U.S. warships`: whose ship is struck is attacked.
        let owners = shipOwners(found.filter { $0.preposition == nil })
        return found.filter { $0.mention.type != .weaponSystem && ([nil, "of", "in", "around", "near"].contains($0.preposition) || isOwner($0.mention)) }
            .map(\.mention) + owners
    }

    /// Participles that tie a target to whoever owns it (`a vessel affiliated with the ELN`, `camps linked to Lashkar-e-Taiba`).
    static let ownerParticiples: Set<String> = ["affiliated", "linked", "belonging", "used", "operated", "owned", "run"]

    /// Whether `mention` follows an owner participle and its preposition: the target is its property.
    private func isOwner(_ mention: Mention) -> Bool {
        var j = mention.tokens.lowerBound - 1
        if j >= 0, view.folded[j] == "the" { j -= 1 }
        return j >= 1 && ["with", "to", "by"].contains(view.folded[j]) && Self.ownerParticiples.contains(view.folded[j - 1])
    }

    /// The clause subject, when the noun is the object of a light verb (`launched attacks`, `approved the sale`).
    private func lightVerbSubjects(of i: Int) -> [Mention] {
        lightVerb(of: i).map { subjects(of: $0) } ?? []
    }

    /// The light verb whose object the noun at `i` heads (`launched attacks`, `approved a possible deal`).
    private func lightVerb(of i: Int) -> Int? {
        var j = i - 1
        while j >= 0, j >= i - 6, !view.isBoundary(j) {
            if VerbTable.lightVerbs.contains(view.folded[j]) { return j }
            j -= 1
        }
        return nil
    }

    private mutating func attack(_ i: Int) {
        let (modifier, used) = modifiers(of: i)
        var agents = modifier.map { [$0] } ?? lightVerbSubjects(of: i)
        // `the invasion of Ukraine by Russia`
        if agents.isEmpty { agents = objects(after: i).filter { $0.preposition == "by" && $0.mention.type == .actor }.map(\.mention) }
        // `it killed a commander in an airstrike`: the strike is the clause subject's.
        if agents.isEmpty, let verb = verbOfAdjunct(i) { agents = subjects(of: verb) }
        let word = view.folded[i]
        // (`a predawn attack at four locations in Balochistan`.)
        var prepositions: Set<String> = ["on", "against", "at"]
        if ["invasion", "occupation", "bombardment", "shelling", "bombing", "bombings"].contains(word) { prepositions.insert("of") }
        if word == "war" || word == "campaign" || word == "offensive" || word == "occupation" { prepositions.insert("in") }
        var targets = targets(after: i, prepositions)
        // `Kharkiv suffered another Russian KAB strike`: who suffers the attack is its target.
        if targets.isEmpty, let verb = sufferingVerb(before: i) {
            var j = verb - 1
            while j >= 0, Self.auxiliaries.contains(view.folded[j]) || view.folded[j].hasSuffix("ly") { j -= 1 }
            if j >= 0, let sufferer = view.mention(at: j), sufferer.type == .place { targets = [sufferer] } else { targets = subjects(of: verb) }
            targets.removeAll { $0.type == .weaponSystem }
        }
        // `an airstrike in the district of Tyre`: the place where strikes fall is attacked.
        if Self.strikeNouns.contains(word), !targets.contains(where: { $0.type == .place }) {
            targets += self.targets(after: i, ["in"]).filter { $0.type == .place }
        }
        for agent in agents where agent.type == .actor {
            for target in targets {
                add(agent, .attacks, target, at: i)
                // A war is a conflict of two sides (`Russia's war against Ukraine`).
                if word == "war", target.type == .actor, target.entity != agent.entity { add(agent, .opposes, target, at: i) }
            }
            for weapon in used { add(agent, .operates, weapon, at: i) }
        }
    }

    /// `American forces have come under attack by militia groups`, `the convoy came under fire from the rebels`:
    /// who fires attacks the subject of `come`.
    private mutating func cameUnder(_ i: Int) -> Bool {
        guard i >= 2, view.folded[i - 1] == "under", ["come", "comes", "came", "coming"].contains(view.folded[i - 2]) else { return false }
        let agents = objects(after: i).filter { ["by", "from"].contains($0.preposition) && $0.mention.type == .actor && $0.mention.role != .demonym }
            .map(\.mention)
        let targets = subjects(of: i - 2).filter { $0.type == .actor || $0.type == .place }
        for agent in agents {
            for target in targets where target.entity != agent.entity { add(agent, .attacks, target, at: i) }
        }
        return true
    }

    /// Attack nouns whose `in` names the place they fall on.
    static let strikeNouns: Set<String> = ["strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "bombing", "bombings", "shelling", "bombardment"]

    /// The verb of the clause that the attack noun at `i` is an adjunct of:
    /// `killed a commander in an airstrike`, `destroyed the depot with a drone strike`.
    private func verbOfAdjunct(_ i: Int) -> Int? {
        var j = i - 1
        while j >= 0, j >= i - 4, !Self.prepositions.contains(view.folded[j]) {
            let token = view.tokens[j]
            guard token.kind == .word || token.kind == .number, !token.isCapitalized || view.hasMention(at: j), !view.isBoundary(j) else { return nil }
            j -= 1
        }
        guard j >= 1, ["in", "during", "with", "through"].contains(view.folded[j]) else { return nil }
        var t = j - 1
        while t >= 0, !view.isBoundary(t) {
            if let kind = verbClass(at: t), [.kill, .attack, .fire].contains(kind), !isPassive(t) { return t }
            t -= 1
        }
        return nil
    }

    /// The verb of suffering whose object is the attack noun at `i`'s phrase (`suffered another Russian KAB strike`).
    private func sufferingVerb(before i: Int) -> Int? {
        var j = i - 1
        while j >= 0, j >= i - 6 {
            if let mention = view.mention(at: j) {
                j = mention.tokens.lowerBound - 1
                continue
            }
            if Self.sufferVerbs.contains(view.folded[j]) { return j }
            let token = view.tokens[j]
            guard token.kind == .word || token.kind == .number, !token.isCapitalized, !view.isBoundary(j), !Self.prepositions.contains(view.folded[j]) else { return nil }
            j -= 1
        }
        return nil
    }

    /// Verbs whose subject an attack befalls (`come under attack` is read by ``cameUnder(_:)``).
    static let sufferVerbs: Set<String> = [
        "suffer", "suffers", "suffered", "suffering", "sustain", "sustains", "sustained", "endure", "endures", "endured", "face", "faces", "faced",
    ]

    /// Words of time between an attack noun and its target's preposition.
    static let timeWords: Set<String> = SpeechWords.dayWords.union(SpeechWords.dayParts).union(["late", "early", "overnight", "yesterday", "today", "tonight", "last", "this"])

    private mutating func transfer(_ i: Int) {
        let taking = i >= 1 && ["take", "takes", "took", "taken", "taking"].contains(view.folded[i - 1])
        let (modifier, _) = modifiers(of: i)
        var agents = modifier.map { [$0] } ?? lightVerbSubjects(of: i)
        let objects = objects(after: i)
        // `the sale of $5.4 billion in PAC-3 missiles`: an amount comes between `of` and the weapons.
        var weapons = objects.filter { $0.mention.type == .weaponSystem && [nil, "of", "in"].contains($0.preposition) }.map(\.mention)
        let recipients = objects.filter { $0.mention.type == .actor && $0.preposition == "to" }.map(\.mention)
        // `Yerevan and Paris signed an agreement for the supply of howitzers to the Armenian army`: the recipient's
        // side of the deal does not supply.
        let receiving = Set(recipients.flatMap { recipient in [recipient.entity] + recipient.attributes.filter { $0.key == "country" }.map(\.value) })
        if agents.count > 1 { agents.removeAll { receiving.contains($0.entity) || receiving.contains($0.canonical) } }
        // `a sale to Saudi Arabia of $500 million worth of ammunition`: the recipient comes first.
        if weapons.isEmpty, let recipient = recipients.first, recipient.tokens.upperBound < view.count, view.folded[recipient.tokens.upperBound] == "of" {
            weapons = objects.filter { $0.mention.type == .weaponSystem && $0.preposition == "to" && $0.mention.tokens.lowerBound > recipient.tokens.upperBound }.map(\.mention)
        }
        for agent in agents where agent.type == .actor {
            for weapon in weapons { add(agent, taking ? .acquires : .supplies, weapon, at: i) }
            // `arms sales to Taiwan`, `weapons deliveries to Kyiv` name weapons without a list.
            let armsNoun = i >= 1 && ["arms", "weapons", "weapon", "military", "missile"].contains(view.folded[i - 1])
            if !taking, !weapons.isEmpty || armsNoun { for recipient in recipients { add(agent, .arms, recipient, at: i) } }
        }
    }

    /// `announced a new military aid package for Ukraine`: the giver arms the recipient.
    private mutating func aid(_ i: Int) {
        let before = view.folded[max(0, i - 3)..<i]
        let military = before.contains(where: { VerbTable.militaryWords.contains($0) })
        // `provide all out support to the Nigerian Air Force`: help that is no weapons is backing.
        guard military || ["support", "assistance", "backing"].contains(view.folded[i]) else { return }
        let recipients = objects(after: i).filter { $0.mention.type == .actor && ["for", "to"].contains($0.preposition) }.map(\.mention)
        guard !recipients.isEmpty else { return }
        let (modifier, _) = modifiers(of: i)
        let light = lightVerbSubjects(of: i)
        let givers = (modifier.map { [$0] } ?? (light.isEmpty ? giverOfNoun(at: i) : light)).filter { $0.type == .actor }
        for giver in givers {
            for recipient in recipients where recipient.entity != giver.entity { add(giver, military ? .arms : .supports, recipient, at: i) }
        }
    }

    /// The subject of a verb of giving a few words before a noun (`provided support to`, `offered its backing to`).
    private func giverOfNoun(at i: Int) -> [Mention] {
        var j = i - 1
        while j >= 0, j >= i - 4, !view.isBoundary(j) {
            if verbClass(at: j) == .supply { return subjects(of: j) }
            j -= 1
        }
        return []
    }

    /// `signed an agreement for the purchase of 48 aircraft from South Korea`: the seller supplies and arms the buyer.
    private mutating func purchase(_ i: Int) {
        guard i + 1 < view.count, view.folded[i + 1] == "of" else { return }
        let (modifier, _) = modifiers(of: i)
        let buyers = (modifier.map { [$0] } ?? lightVerbSubjects(of: i)).filter { $0.type == .actor }
        let objects = objects(after: i)
        let weapons = objects.filter { $0.mention.type == .weaponSystem && ($0.preposition == "of" || $0.preposition == nil) }.map(\.mention)
        let sellers = objects.filter { $0.mention.type == .actor && $0.preposition == "from" }.map(\.mention)
        for weapon in weapons {
            for buyer in buyers { add(buyer, .acquires, weapon, at: i) }
            for seller in sellers {
                add(seller, .supplies, weapon, at: i)
                for buyer in buyers where buyer.entity != seller.entity { add(seller, .arms, buyer, at: i) }
            }
        }
    }

    /// `Baykar signed two contracts with Saudi Arabia for the Akinci drone`, `signed export contracts for TB2
    /// with Qatar`, `Poland signed a deal with Lockheed Martin for F-35 jets`: a contract for weapons between
    /// an arms maker (or the party that exports) and a buyer. Without a maker or `export`, the seller is unknown.
    private mutating func contract(_ i: Int) {
        let signers = lightVerbSubjects(of: i).filter { $0.type == .actor && $0.kind != "Person" }
        let objects = objects(after: i)
        var partners = objects.filter { $0.mention.type == .actor && $0.mention.kind != "Person" && ["with", "including"].contains($0.preposition) }
            .map(\.mention)
        // `NATO members Poland and Romania`: the body before a noun and a name only describes it.
        partners = partners.enumerated().filter { n, partner in n + 1 == partners.count || !nextIsSameNounPhrase(partner, partners[n + 1]) }.map(\.element)
        var weapons = objects.filter { $0.mention.type == .weaponSystem && $0.preposition == "for" }.map(\.mention)
        // `a contract with Saab on the procurement of the MSHORAD system`: what the deal's purchase or supply is of.
        if weapons.isEmpty {
            weapons = self.objects(after: i, stopAtTriggers: false).filter { $0.mention.type == .weaponSystem && isDealObject($0.mention) }
                .map(\.mention)
        }
        let exports = i >= 1 && view.folded[i - 1] == "export"
        // (`The State Department has approved a possible deal with Poland`: who approves a deal sells.)
        let approves = lightVerb(of: i).map { VerbTable.approvalVerbs.contains(view.folded[$0]) } ?? false
        // `The agency approved a USD 75 million arms deal with Georgia`: who approves an arms deal arms the other party.
        if weapons.isEmpty, approves, i >= 1, ["arms", "weapons"].contains(view.folded[i - 1]) {
            for seller in signers { for partner in partners where partner.entity != seller.entity { add(seller, .arms, partner, at: i) } }
            return
        }
        // (`The ministry signed a contract with Saab for …`: with no named buyer, the maker still sells.)
        guard !signers.isEmpty || partners.contains(where: \.isArmsMaker), !weapons.isEmpty else { return }
        let (sellers, parties) = !signers.isEmpty && (exports || approves || signers.allSatisfy(\.isArmsMaker)) ? (signers, partners)
            : partners.contains(where: \.isArmsMaker) ? (partners.filter(\.isArmsMaker), signers) : ([], [])
        let buyers = parties.filter { !$0.isArmsMaker }
        for weapon in weapons {
            for seller in sellers { add(seller, .supplies, weapon, at: i) }
            for buyer in buyers { add(buyer, .acquires, weapon, at: i) }
        }
        for seller in sellers { for buyer in buyers where buyer.entity != seller.entity { add(seller, .arms, buyer, at: i) } }
    }

    /// Whether a purchase or supply noun and `of` (with `the` or a number) stand right before the weapon.
    private func isDealObject(_ weapon: Mention) -> Bool {
        var j = weapon.tokens.lowerBound - 1
        while j > 0, ["the", "a", "an"].contains(view.folded[j]) || view.tokens[j].kind == .number { j -= 1 }
        guard j > 0, view.folded[j] == "of" else { return false }
        return VerbTable.purchaseNouns.contains(view.folded[j - 1]) || VerbTable.supplyNouns.contains(view.folded[j - 1])
    }

    /// `the confrontation between Israel and ... Hamas`: the heads of the list oppose each other;
    /// `a partnership between Qatar's air force and the RAF`: they support each other. A few plain words may
    /// stand before `between` (`a power struggle broke out between`, `a ceasefire has been in place between`).
    private mutating func conflict(_ i: Int, relation: Relation = .opposes) -> Bool {
        guard let between = ((i + 1)..<min(view.count, i + 6)).first(where: { view.folded[$0] == "between" }),
            ((i + 1)..<between).allSatisfy({ view.tokens[$0].kind == .word && !view.tokens[$0].isCapitalized && !view.hasMention(at: $0) })
        else { return false }
        let sides = objects(after: between, stopAtTriggers: false).map(\.mention).filter { $0.type == .actor }
        let heads = sides.enumerated().filter { position, mention in
            // A people or national adjective right before another name modifies it, and so does a possessor (`Britain's RAF`).
            let modifier = mention.role == .demonym || mention.kind == "Group"
            let after = mention.tokens.upperBound
            // (`Libya's internationally recognized Government of National Accord`: plain words may stand between.)
            let possessor = after + 1 < view.count && view.tokens[after].kind == .possessive
                && ((after + 1)..<min(view.count, after + 4)).first(where: { view.hasMention(at: $0) }).map { owned in
                    ((after + 1)..<owned).allSatisfy { view.tokens[$0].kind == .word && !view.tokens[$0].isCapitalized }
                } == true
            return !possessor && !(modifier && position + 1 < sides.count && nextIsSameNounPhrase(mention, sides[position + 1]))
        }.map(\.element)
        for (a, b) in sidePairs(heads) {
            add(a, relation, b, at: i)
            if relation != .opposes { add(b, relation, a, at: i) }
        }
        return true
    }

    /// The pairs of sides in a list after `between`: every two of them, or, in a list of pairs (`between Azerbaijan and
    /// Armenia, and Russia and Ukraine`), the two of each pair only.
    private func sidePairs(_ heads: [Mention]) -> [(Mention, Mention)] {
        let words = { (a: Mention, b: Mention) in view.folded[a.tokens.upperBound..<b.tokens.lowerBound].filter { $0 != "the" } }
        let paired = heads.count >= 4 && heads.count % 2 == 0 && heads.indices.dropLast().allSatisfy { k in
            words(heads[k], heads[k + 1]) == (k % 2 == 0 ? ["and"] : [",", "and"])
        }
        if paired { return stride(from: 0, to: heads.count, by: 2).map { (heads[$0], heads[$0 + 1]) } }
        return heads.indices.flatMap { n in heads[(n + 1)...].map { (heads[n], $0) } }
    }

    /// Whether only lower-case words stand between two mentions (`Caesar mobile artillery units`).
    func nextIsSameNounPhrase(_ a: Mention, _ b: Mention) -> Bool {
        (a.tokens.upperBound..<b.tokens.lowerBound).allSatisfy {
            view.tokens[$0].kind == .word && !view.tokens[$0].isCapitalized && view.folded[$0] != "and" && view.folded[$0] != "or"
        }
    }

    /// `Washington is Taiwan's most important backer and arms supplier`, `... one of Poland's biggest arms suppliers, alongside the United States`.
    private mutating func backer(_ i: Int) {
        var j = i - 1
        var possessor: Mention?
        while j >= 0, j >= i - 5 {
            if view.tokens[j].kind == .possessive, let owner = view.mention(at: j - 1), owner.type == .actor {
                possessor = owner
                break
            }
            if view.isBoundary(j) { break }
            j -= 1
        }
        guard let possessor else {
            describedBacker(i)
            return
        }
        let arms = VerbTable.supplierNouns.contains(view.folded[i]) && i >= 1 && ["arms", "weapons", "military"].contains(view.folded[i - 1])
        let relation: Relation = VerbTable.supplierNouns.contains(view.folded[i]) ? (arms ? .arms : .supports) : .supports
        var k = possessor.tokens.lowerBound - 1
        var holder: Mention?
        while k >= 0 {
            if let mention = view.mention(at: k), mention.type == .actor { holder = mention; break }
            if view.isBoundary(k) { break }
            k -= 1
        }
        if let holder { add(holder, relation, possessor, at: i) }
        // `…, alongside the United States`, `as well as Japan`.
        var after = i + 1
        while after < view.count, view.tokens[after].kind != .quote, view.folded[after] != ";" {
            let word = view.folded[after]
            if word == "alongside" || (word == "as" && after + 2 < view.count && view.folded[after + 1] == "well" && view.folded[after + 2] == "as") {
                var m = after + 1
                while m < view.count, !view.hasMention(at: m), m <= after + 4 { m += 1 }
                if let other = view.mention(at: m), other.type == NodeType.actor { add(other, relation, possessor, at: i) }
                break
            }
            after += 1
        }
    }

    /// `Iran is the main backer of the Houthis`, `Donald Trump, a Milei ally`: the actor a backer noun describes, in
    /// apposition or after `be`, backs the actor after `of` or the one named right before the noun.
    private mutating func describedBacker(_ i: Int) {
        var backed: Mention?
        if i >= 1, let before = view.mention(at: i - 1), before.type == .actor, before.kind != "Unknown" {
            backed = before
        } else if i + 1 < view.count, view.folded[i + 1] == "of" {
            var j = i + 2
            while j < view.count, j <= i + 4, !view.hasMention(at: j), view.tokens[j].kind == .word, !view.tokens[j].isCapitalized { j += 1 }
            backed = view.mention(at: j).flatMap { $0.type == .actor ? $0 : nil }
        }
        guard let backed else { return }
        var j = backed.tokens.upperBound == i ? backed.tokens.lowerBound - 1 : i - 1
        while j >= 0, view.tokens[j].kind == .word, !view.tokens[j].isCapitalized, !Self.beForms.contains(view.folded[j]), !view.hasMention(at: j) { j -= 1 }
        guard j >= 1, view.tokens[j].text == "," || Self.beForms.contains(view.folded[j]) else { return }
        var k = j - 1
        while k >= 0, Self.auxiliaries.contains(view.folded[k]) || view.folded[k] == "been" { k -= 1 }
        guard k >= 0, let holder = view.mention(at: k), holder.type == .actor, holder.entity != backed.entity else { return }
        add(holder, .supports, backed, at: i)
    }

    /// `Hanwha Aerospace, the maker of the K9 Thunder`.
    private mutating func maker(_ i: Int) {
        guard i + 1 < view.count, view.folded[i + 1] == "of" else { return }
        var j = i - 1
        while j >= 0, !view.hasMention(at: j), ["the", ",", "a", "main", "sole", "original"].contains(view.folded[j]) { j -= 1 }
        guard let maker = view.mention(at: j), maker.type == .actor else { return }
        for weapon in objects(after: i + 1).map(\.mention).filter({ $0.type == .weaponSystem }) { add(weapon, .madeBy, maker, at: i) }
    }

    /// `Taiwan's fleet of F-16s`.
    private mutating func holding(_ i: Int) {
        // `the existing Rafale fleet of the Indian Air Force`.
        if i >= 1, let weapon = view.mention(at: i - 1), weapon.type == .weaponSystem, i + 1 < view.count, view.folded[i + 1] == "of",
            let owner = objects(after: i).first(where: { $0.preposition == "of" && $0.mention.type == .actor })?.mention
        {
            add(owner, .operates, weapon, at: i)
            return
        }
        guard i >= 2, view.tokens[i - 1].kind == .possessive, let owner = view.mention(at: i - 2), owner.type == .actor else { return }
        if i + 1 < view.count, view.folded[i + 1] == "of" {
            for weapon in objects(after: i + 1).map(\.mention).filter({ $0.type == .weaponSystem }) { add(owner, .operates, weapon, at: i) }
        } else {
            // `The Mistral has been part of the Estonian Defense Forces' arsenal`, `the Leopard tanks in the Polish army's inventory`.
            for weapon in weaponsBefore(owner, after: ["of", "in", "into", "to"]) { add(owner, .operates, weapon, at: i) }
        }
    }

    /// `The Bayraktar TB2 entered service with the Kosovo Security Force`, `the Leopard tanks in service with the
    /// Polish army`: the body the weapons serve with operates them.
    private mutating func service(_ i: Int) {
        guard i + 2 < view.count, ["with", "in"].contains(view.folded[i + 1]),
            let body = objects(after: i).first(where: { $0.preposition == view.folded[i + 1] })?.mention, body.type == .actor, !body.isCountry
        else { return }
        for weapon in weaponsBefore(at: i) { add(body, .operates, weapon, at: i) }
    }

    /// The weapons named earlier in the clause of `owner`, where the owner follows one of the `prepositions`
    /// (a determiner may stand between).
    private func weaponsBefore(_ owner: Mention, after prepositions: Set<String>) -> [Mention] {
        var j = owner.tokens.lowerBound - 1
        if j >= 0, view.folded[j] == "the" { j -= 1 }
        guard j > 0, prepositions.contains(view.folded[j]) else { return [] }
        return weaponsBefore(at: j)
    }

    /// The weapons named before position `j` in the same clause: those with a name, or else the generic ones.
    private func weaponsBefore(at j: Int) -> [Mention] {
        var start = j
        while start > 0, !view.isBoundary(start - 1) { start -= 1 }
        let weapons = view.mentions.filter { $0.type == .weaponSystem && $0.tokens.lowerBound >= start && $0.tokens.upperBound <= j }
        let named = weapons.filter { $0.role != .generic }
        return named.isEmpty ? weapons : named
    }
}

import NewsGraphCore

extension ClauseReader {
    /// Applies each verb's class to the subjects and objects read from the word sequence.
    /// Triggers whose frame stays empty (no actor subject, or nothing after the verb)
    /// are kept in ``unfilled`` for the tree to read (``readTreeVerbs(_:)``).
    mutating func readVerbs() {
        var previousSubjects: [Mention] = []
        for t in 0..<view.count {
            guard let kind = verbClass(at: t) else { continue }
            let passive = isPassive(t) && !VerbTable.statives.contains(view.folded[t])
            let weaponSubjects = (kind == .operate || kind == .deploy || kind == .arrive || kind == .visit) && !Self.instrumentalGerunds.contains(view.folded[t])
            var subjects = passive ? agents(after: t) : accusedSubjects(of: t) ?? subjects(of: t, allowWeapons: weaponSubjects)
            let objects = objects(after: t)
            if passive, subjects.isEmpty, kind == .supply || kind == .send, objects.contains(where: isRecipient) { subjects = committedAgents(of: t) }
            // `Turkey stepped up its aid to Somalia, handing over helicopters`: a participle after a comma is said of
            // the sentence's subject, not of the name nearest to it.
            if !passive, t > 0, view.tokens[t - 1].text == ",", view.folded[t].hasSuffix("ing") {
                subjects = previousSubjects.isEmpty ? sentenceSubject(before: t).map { [$0] } ?? subjects : previousSubjects
            }
            var before = patients(before: t)
            if passive, before.isEmpty, Self.weaponClasses.contains(kind), let weapon = pronounWeapon(before: t) { before = [weapon] }
            apply(kind, t: t, subjects: subjects, objects: objects, passive: passive, patients: before)
            // (An active verb's object lies after it: with no name after it, the tree finds nothing the sequence missed.)
            let namesAfter = view.mentions.last.map { $0.tokens.lowerBound > t } ?? false
            let incomplete = !subjects.contains(where: { $0.type == .actor }) || (objects.isEmpty && (before.isEmpty || (!passive && namesAfter)))
                || mayObjectItsNoun(t)
            if incomplete, !VerbTable.sequenceOnly.contains(view.folded[t]) {
                unfilled.append(t)
            }
            if !subjects.isEmpty, subjects.allSatisfy({ $0.type == .actor }) {
                previousSubjects = subjects
                sentenceSubjects += subjects
            }
        }
    }

    /// Verbs whose subject commits itself to what the clause after `that` says.
    static let commitmentVerbs: Set<String> = [
        "pledged", "pledges", "pledge", "promised", "promises", "promise", "vowed", "vows", "vow", "agreed", "agrees", "agree",
        "decided", "decides", "committed", "commits", "guaranteed", "guarantees",
    ]

    /// `the German government pledged that a new Patriot system will be delivered to Ukraine`: who commits to a transfer
    /// to someone, put in the passive without an agent, makes it.
    private func committedAgents(of t: Int) -> [Mention] {
        var j = t - 1
        while j > 0, view.folded[j] != "that", !view.isBoundary(j) { j -= 1 }
        guard j > 0, view.folded[j] == "that", Self.commitmentVerbs.contains(view.folded[j - 1]) else { return [] }
        return subjects(of: j - 1).filter { $0.type == .actor }
    }

    /// Whether the verb at `t` may head a relative clause whose object is the noun before it, which the words after
    /// the verb do not show (`the missiles that Iran fired at Israel`, `the drones Russia launched`): the tree decides.
    private func mayObjectItsNoun(_ t: Int) -> Bool {
        var j = t - 1
        while j >= 0, Self.auxiliaries.contains(view.folded[j]) || Self.beForms.contains(view.folded[j]) { j -= 1 }
        guard j >= 0, let subject = view.mention(at: j), subject.type == .actor else { return false }
        var k = subject.tokens.lowerBound - 1
        if k >= 0, ["that", "which"].contains(view.folded[k]) { k -= 1 }
        guard k >= 0, let noun = view.mention(at: k), noun.tokens.upperBound == k + 1 else { return false }
        return noun.type == .weaponSystem || noun.type == .place
    }

    /// The actor that opens the sentence before `t` as its subject, where no one speaks before `t`.
    private func sentenceSubject(before t: Int) -> Mention? {
        guard let first = view.mentions.first, first.type == .actor, first.tokens.lowerBound <= 2, first.tokens.upperBound < t,
            view.folded[first.tokens.upperBound] != "'s", !view.folded[..<t].contains(where: { Self.speechWords.contains($0) })
        else { return nil }
        return first
    }

    /// Applies the classes of the triggers at `triggers` to their arguments in the sentence's tree.
    mutating func readTreeVerbs(_ triggers: [Int]) {
        for t in triggers {
            guard let kind = verbClass(at: t), let frame = treeFrame(of: t) else { continue }
            // `Sudan's RSF accused of attacking a camp`: a headline's passive without its auxiliary, which the word
            // sequence reads (``accusedSubjects(of:)``); the tree takes it for an active verb.
            if Self.accusationVerbs.contains(view.folded[t]), t + 1 < view.count, view.folded[t + 1] == "of" { continue }
            // Attacks reach every place and actor of their target phrases, transfers every weapon of theirs.
            let wide: Set<VerbTable.Class> = [.attack, .fire, .supply, .send, .acquire, .operate, .deploy]
            let objects = wide.contains(kind) ? frame.phraseObjects.filter { kind == .attack || kind == .fire || $0.mention.type == .weaponSystem } + frame.objects : frame.objects
            apply(kind, t: t, subjects: frame.subjects, objects: objects, passive: frame.passive, patients: frame.patients)
            if !frame.subjects.isEmpty, frame.subjects.allSatisfy({ $0.type == .actor }) { sentenceSubjects += frame.subjects }
        }
    }

    /// Classes whose passive subject is a weapon (`it is used by Japan`, `which were delivered by Germany`).
    static let weaponClasses: Set<VerbTable.Class> = [.supply, .send, .acquire, .operate, .deploy, .make, .fire]

    /// `the PAC-3 missile ..., and it is currently used by Japan`: the named weapon a passive's pronoun subject stands for,
    /// where the last name before the pronoun is a weapon, or the sentence names no actor before it.
    private func pronounWeapon(before t: Int) -> Mention? {
        var j = t - 1
        while j >= 0, Self.beForms.contains(view.folded[j]) || Self.auxiliaries.contains(view.folded[j]) || view.folded[j].hasSuffix("ly") { j -= 1 }
        guard j >= 0, view.tokens[j].kind == .word else { return nil }
        if view.folded[j] == "which", j >= 1 {
            let k = view.folded[j - 1] == "," ? j - 2 : j - 1
            if let antecedent = view.mention(at: k), antecedent.type == .weaponSystem { return antecedent }
            return nil
        }
        guard view.folded[j] == "it" else { return nil }
        let last = view.mentions.last { $0.tokens.upperBound <= j }
        guard last.map({ $0.type == .weaponSystem }) ?? true else { return nil }
        return lastNamedWeapon(before: j)
    }

    /// Actors right after `from` among a passive's objects, or right after its weapons (`rockets from Iran`).
    private func firedFrom(_ objects: [Argument], _ patients: [Mention]) -> [Mention] {
        // (`launched from within Chad` says where, not who; `fired from a Russian submarine` says who.)
        let after = objects.filter { $0.preposition == "from" && $0.mention.type == .actor && $0.mention.role != .demonym }.map(\.mention)
            .filter { actor in
                var j = actor.tokens.lowerBound - 1
                if j >= 1, ["a", "an", "the"].contains(view.folded[j]) { j -= 1 }
                return j >= 0 && view.folded[j] == "from"
            }
        let attached = patients.filter { actor in
            actor.type == .actor && actor.tokens.lowerBound >= 2 && view.folded[actor.tokens.lowerBound - 1] == "from"
                && patients.contains { $0.type == .weaponSystem && $0.tokens.upperBound == actor.tokens.lowerBound - 1 }
        }
        return after + attached
    }

    static let auxiliaries: Set<String> = ["has", "have", "had", "will", "would", "can", "could", "may", "might", "should", "not", "also", "now", "still", "already", "soon"]

    /// `before` holds what the verb is done to where that stands before it: a passive's subject, or the
    /// weapons listed before a participle (`drones launched by Russia`).
    private mutating func apply(_ kind: VerbTable.Class, t: Int, subjects: [Mention], objects: [Argument], passive: Bool, patients before: [Mention]) {
        let patients = passive ? before : []
        let actors = subjects.filter { $0.type == .actor }
        // `Sea King helicopters it procured from Qatar`: weapons named right before the verb's subject are its object.
        let related = passive || !weapons(objects, [nil]).isEmpty ? [] : contactClauseWeapons(before: t)
        switch kind {
        case .supply: supply(t, actors, objects, patients + related)
        case .send:
            let receives = objects.contains { isRecipient($0) && ($0.mention.kind == "Country" || $0.mention.kind == "Organization") }
            // (`whether Sweden will send a Patriot system`: sent nowhere, the weapon is neither supplied nor deployed.)
            if receives { supply(t, actors, objects, patients) } else if hasDestination(after: t) { deploy(t, subjects, objects) }
            // `Kenya sent 400 police officers to Haiti`: troops sent to a country are there.
            if receives, weapons(objects, [nil]).isEmpty { locate(deployedForces(t, subjects, objects), objects, ["to", "into"], t) }
        case .acquire:
            var bought = weapons(objects, [nil, "of"])
            // `Argentina's first F-16 jets purchased from Denmark`: a participle right after the weapons it is said of.
            if bought.isEmpty, !passive, view.folded[t].hasSuffix("ed"), let last = before.last, last.type == .weaponSystem, last.tokens.upperBound == t {
                bought = before.filter { $0.type == .weaponSystem }
            }
            if bought.isEmpty { bought = related }
            // `Most of Myanmar's combat aircraft are sourced from China`: the source supplies the weapons, to their owner.
            if passive, actors.isEmpty { acquiredFrom(objects, patients.filter { $0.type == .weaponSystem }, t) }
            for subject in actors {
                // `The Royal Thai Air Force will receive four Gripen`, `the navy inducted the frigate`: an armed body that
                // receives weapons with a name uses them.
                let fields = ["receiv", "induct", "commission"].contains(where: view.folded[t].hasPrefix) && Self.isArmedBody(subject)
                for weapon in bought {
                    add(subject, .acquires, weapon, at: t)
                    if fields, weapon.role != .generic { add(subject, .operates, weapon, at: t) }
                    // `Kosovo receives Turkish drones`: the country named on the weapon sold it.
                    if let origin = nationalOrigin(of: weapon), origin.entity != subject.entity {
                        add(origin, .supplies, weapon, at: t)
                        add(origin, .arms, subject, at: t)
                    }
                }
                let sources = objects.filter { $0.preposition == "from" && $0.mention.type == .actor }.map(\.mention) + dealPartners(before: t)
                for source in sources where source.entity != subject.entity {
                    for weapon in bought { add(source, .supplies, weapon, at: t) }
                    add(source, .arms, subject, at: t)
                }
            }
        case .operate:
            // `it is used by Japan`: a passive's weapons stand before it.
            let used = weapons(objects, [nil]) + patients.filter { $0.type == .weaponSystem } + related
            for subject in actors {
                for weapon in used { add(subject, .operates, weapon, at: t) }
                // `used drones against RSF units`: the user attacks the target.
                for target in objects where target.preposition == "against" && target.mention.type != .weaponSystem { add(subject, .attacks, target.mention, at: t) }
            }
            let located = subjects.filter { $0.type == .weaponSystem } + before.filter { $0.type == .weaponSystem }
            locate(located, objects, ["in", "at", "near", "off", "over"], t)
            // `PLA warships operating in the Taiwan Strait`: the owner has them there.
            if objects.contains(where: { $0.mention.type == .place && $0.preposition == "in" }) {
                for weapon in located { if let owner = owner(of: weapon) { add(owner, .deploys, weapon, at: t) } }
            }
        case .deploy:
            deploy(t, subjects, objects)
            // `the NAF 404 Force Protection Group stationed in Kaduna`, `the brigade is stationed in Lithuania`: the
            // body the participle is said of is there.
            if weapons(objects, [nil]).isEmpty { locate(stationedBodies(t, passive: passive, patients: before), objects, ["in", "at", "near"], t) }
        case .attack:
            var targets = passive ? patients.filter { $0.type != .weaponSystem } : objects.filter { isTarget($0) }.map(\.mention)
            // `attacked U.S. warships`: whose ship is struck is attacked.
            if !passive { targets += shipOwners(objects.filter { $0.preposition == nil }) }
            for subject in actors {
                for target in targets { add(subject, .attacks, target, at: t) }
                // `opened fire from artillery and mortars`: what an attack comes from is a weapon it uses.
                for weapon in weapons(objects, ["with", "from"]) { add(subject, .operates, weapon, at: t) }
            }
        case .fire:
            let fired = passive ? patients.filter { $0.type == .weaponSystem } : weapons(objects, [nil, "with", "from"])
            // `rockets were fired from Lebanon at Israel`, `rockets from Iran were fired at Israel`: with no agent, where
            // the weapons came from fired them, as for `a missile launched from Yemen`.
            let launchers = passive && actors.isEmpty && !fired.isEmpty ? firedFrom(objects, patients) : actors
            for subject in launchers {
                for weapon in fired { add(subject, .operates, weapon, at: t) }
                for target in objects where ["at", "on", "against", "into"].contains(target.preposition) && target.mention.type != .weaponSystem {
                    add(subject, .attacks, target.mention, at: t)
                }
            }
        case .kill:
            let killers = passive ? (actors.isEmpty ? attackerIn(objects, t) : actors) : actors
            let victims = passive ? patients.filter { $0.type == .actor } : objects.filter { isVictim($0) }.map(\.mention)
            for killer in killers { for victim in victims { add(killer, .kills, victim, at: t) } }
            if !passive, victims.isEmpty { killMembers(at: t) }
        case .support, .opposes:
            let relation: Relation = kind == .support ? .supports : .opposes
            // `defend itself from Russia`, `protested against X`.
            if kind == .opposes || view.folded[t].hasPrefix("defend") {
                for subject in actors {
                    for other in objects where ["from", "against"].contains(other.preposition) && other.mention.type == .actor {
                        add(subject, .opposes, other.mention, at: t)
                    }
                }
            }
            // `Haftar is believed to be backed by Egypt`: the agents back the passive's subject.
            if passive {
                // (`X has been accused by Y of supplying Z` states what X did, not that Y opposes X.)
                guard !Self.accusationVerbs.contains(view.folded[t]) else { return }
                for agent in actors { for patient in patients where patient.type == .actor { add(agent, relation, patient, at: t) } }
                return
            }
            if VerbTable.rebuttalVerbs.contains(view.folded[t]) {
                if let claimant = claimant(after: t, in: objects) { for subject in actors { add(subject, .opposes, claimant, at: t) } }
                return
            }
            // `allied with the army`.
            let preposition = view.folded[t] == "allied" ? "with" : nil
            // `condemned the actions of China`, `condemned the launch by North Korea`: whose conduct is opposed.
            let conduct = kind == .opposes ? conductAgent(after: t, in: objects) : nil
            guard let object = objects.first(where: { $0.preposition == preposition && $0.mention.type == .actor }) ?? conduct else { return }
            for subject in actors { add(subject, relation, object.mention, at: t) }
        case .reciprocal:
            for (i, a) in actors.enumerated() { for b in actors.dropFirst(i + 1) { add(a, .opposes, b, at: t) } }
            // `clashed with X`, `fight Russia`, `fight against X`, `battled Hamas`.
            for subject in actors {
                // `repelled an attack by ISWAP fighters`: whose attack it is attacks the subject, who opposes them.
                for other in objects where other.preposition == "by" && other.mention.type == .actor && other.mention.entity != subject.entity {
                    let by = other.mention.tokens.lowerBound - 1
                    guard by >= 1, by - t <= 4, Self.attackWords.contains(view.folded[by - 1]) else { continue }
                    add(subject, .opposes, other.mention, at: t)
                    add(other.mention, .attacks, subject, at: t)
                }
                for other in objects where [nil, "with", "against"].contains(other.preposition) && other.mention.type == .actor {
                    add(subject, .opposes, other.mention, at: t)
                    // `fending off a Russian invasion`, `repelled Hezbollah attacks`: the attack's agent attacks the subject.
                    if other.preposition == nil, isAttackAgent(other.mention), other.mention.entity != subject.entity {
                        add(other.mention, .attacks, subject, at: t)
                    }
                }
            }
        case .arrive:
            // `the first F-16 jets arrived from Denmark`: the sender supplies them.
            let arrived = subjects.filter { $0.type == .weaponSystem }
            for source in objects where source.preposition == "from" && source.mention.type == .actor {
                for weapon in arrived { add(source.mention, .supplies, weapon, at: t) }
            }
            // `Erdogan arrived in Jeddah`: a person who arrives is there.
            locate(arrived + subjects.filter { $0.kind == "Person" }, objects, ["in", "at"], t)
        case .situate:
            locate(subjects + before, objects, ["in", "at", "near"], t)
        case .control:
            let holders = actors.filter { $0.kind != "Person" }
            let held = passive ? patients.filter { $0.type == .place } : objects.filter { [nil, "of"].contains($0.preposition) && $0.mention.type == .place }.map(\.mention)
            for holder in holders { for place in held { add(holder, .locatedIn, place, at: t) } }
        case .visit:
            if !passive { locate(subjects.filter { $0.kind == "Person" || $0.type == .weaponSystem }, objects, [nil], t) }
        case .make:
            let made = passive ? patients.filter { $0.type == .weaponSystem } : weapons(objects, [nil])
            for maker in actors { for weapon in made { add(weapon, .madeBy, maker, at: t) } }
        }
    }

    /// The actor after `of` or `by` in the noun phrase right after a verb of opposing, where its head is one of
    /// `nouns`, of conduct by default (`the actions of China`, `the launch by North Korea`), not of those the
    /// conduct befalls.
    private func conductAgent(after t: Int, in objects: [Argument], nouns: Set<String> = VerbTable.conductNouns) -> Argument? {
        guard let agent = objects.first, agent.mention.type == .actor, agent.preposition == "of" || agent.preposition == "by" else { return nil }
        var j = agent.mention.tokens.lowerBound - 2
        if j > t, view.folded[j] == "the" { j -= 1 }
        guard j > t, nouns.contains(view.folded[j]) else { return nil }
        // Only a determiner and plain adjectives stand between the verb and the noun.
        return (t + 1..<j).allSatisfy({ view.tokens[$0].kind == .word && !view.tokens[$0].isCapitalized && !view.hasMention(at: $0) && !isTrigger($0) })
            ? agent : nil
    }

    /// Whose claims the verb at `t` rejects: `denied Pakistan's claims`, `rejected the allegations by Russia`,
    /// `dismissed the claims of the junta`, with only a determiner and plain words between the verb and the claim.
    private func claimant(after t: Int, in objects: [Argument]) -> Mention? {
        guard let first = objects.first, first.mention.type == .actor else { return nil }
        let end = first.mention.tokens.upperBound
        if first.preposition == nil, end + 1 < view.count, view.tokens[end].kind == .possessive, VerbTable.claimNouns.contains(view.folded[end + 1]) {
            return (t + 1..<first.mention.tokens.lowerBound).allSatisfy({ Self.determiners.contains(view.folded[$0]) || view.folded[$0].hasSuffix("ly") })
                ? first.mention : nil
        }
        return conductAgent(after: t, in: objects, nouns: VerbTable.claimNouns)?.mention
    }

    /// The weapon named right before the subject of the verb at `t`, where the subject is a pronoun or a name next to
    /// the verb (`the F-16 fighters Poland already uses`, `helicopters it procured from Qatar`): a relative clause
    /// without `that`, whose object is that weapon.
    private func contactClauseWeapons(before t: Int) -> [Mention] {
        var j = t - 1
        while j >= 0, Self.auxiliaries.contains(view.folded[j]) || view.folded[j].hasSuffix("ly") { j -= 1 }
        guard j > 0 else { return [] }
        let start: Int
        if ["it", "they", "we"].contains(view.folded[j]), view.tokens[j].kind == .word {
            start = j
        } else if let subject = view.mention(at: j), subject.type == .actor, subject.tokens.upperBound == j + 1, subject.role == .name {
            start = subject.tokens.lowerBound
        } else {
            return []
        }
        guard start > 0, let weapon = view.mention(at: start - 1), weapon.type == .weaponSystem else { return [] }
        return [weapon]
    }

    /// The owners of the ships among `arguments` (`U.S. warships`, `two British ships`, `Russia's Black Sea Fleet
    /// vessels`): a ship's flag names its navy, where a national adjective on other weapons often names their maker.
    func shipOwners(_ arguments: [Argument]) -> [Mention] {
        arguments.filter { $0.mention.type == .weaponSystem && $0.mention.kind == "Ship" }.compactMap { owner(of: $0.mention) }
    }

    /// The country whose adjective stands right before a weapon (`Turkish Bayraktar TB2 drones`), where it is not a compound modifier.
    func nationalOrigin(of weapon: Mention) -> Mention? {
        var j = weapon.tokens.lowerBound - 1
        while j >= 0, ["new", "more", "additional", "first", "second", "further", "modern", "advanced", "used"].contains(view.folded[j]) || view.tokens[j].kind == .number {
            j -= 1
        }
        guard j >= 0, let adjective = view.mention(at: j), adjective.tokens.upperBound == j + 1, adjective.role == .demonym,
            adjective.range.upperBound == view.tokens[j].range.upperBound
        else { return nil }
        return adjective
    }

    private mutating func supply(_ t: Int, _ suppliers: [Mention], _ objects: [Argument], _ patients: [Mention]) {
        let supplied = weapons(objects, [nil, "with", "of"]) + patients.filter { $0.type == .weaponSystem }
        // Only weapons make a recipient armed (`sold shares to Japan` is no arms transfer), or the verb `arm` itself.
        let armed = !supplied.isEmpty || view.folded[t].hasPrefix("arm")
        var recipients = armed ? objects.filter { isRecipient($0) }.map(\.mention) : []
        // `The army received a dozen drones delivered by Turkey`: who received the weapons is armed.
        if recipients.isEmpty, armed, let first = patients.first, first.type == .weaponSystem { recipients = receivers(before: first) }
        // `the Houthis have close ties to Iran, which has provided them with weapons`: `them` is an actor named before the giver.
        if recipients.isEmpty, armed, t + 2 < view.count, ["them", "it"].contains(view.folded[t + 1]), view.folded[t + 2] == "with",
            let recipient = view.mentions.last(where: { mention in
                mention.type == .actor && mention.tokens.upperBound <= t && mention.kind != "Person" && mention.role != .generic
                    && !suppliers.contains { $0.entity == mention.entity } && !isModifier(mention)
            })
        {
            recipients = [recipient]
        }
        // `drones used by the LNA and provided by the UAE`: who uses the weapons supplied is armed.
        if recipients.isEmpty, !supplied.isEmpty, isPassive(t) {
            let users = Set(facts.filter { fact in fact.relation == .operates && supplied.contains { $0.entity == fact.object } }.map(\.subject))
            recipients = view.mentions.filter { users.contains($0.entity) && $0.type == .actor && $0.tokens.upperBound <= t }
        }
        for supplier in suppliers {
            for weapon in supplied { add(supplier, .supplies, weapon, at: t) }
            for recipient in recipients where recipient.entity != supplier.entity { add(supplier, .arms, recipient, at: t) }
        }
        // `delivered its first Lynx KF41 to the Hungarian Defence Forces`: an armed body that weapons are handed to uses them.
        if Self.handingOver.contains(where: { view.folded[t].hasPrefix($0) }) {
            for recipient in recipients where Self.isArmedBody(recipient) { for weapon in supplied { add(recipient, .operates, weapon, at: t) } }
        }
        locate(supplied, objects.filter { $0.mention.type == .place }, ["to", "into"], t)
    }

    /// Verbs of handing weapons over, as opposed to selling or offering them.
    static let handingOver = ["deliver", "hand", "transfer", "donat", "provid", "gave", "give"]

    /// Words of an armed body's name (`Nigerian Air Force`, `Rapid Support Forces`, `Kenyan police`).
    static let armedBodyWords: Set<Substring> = [
        "army", "navy", "force", "forces", "corps", "guard", "guards", "police", "marines", "militia", "fleet", "brigade", "division", "regiment",
    ]

    /// Whether `mention` names an armed body: a service, force or police of a country or a group.
    static func isArmedBody(_ mention: Mention) -> Bool {
        mention.type == .actor && mention.kind == "Organization"
            && mention.entity.split(separator: "|").last.map { $0.split(separator: " ").contains(where: armedBodyWords.contains) } ?? false
    }

    /// The subjects of the verb of acquiring whose object `weapon` is (`received, on Monday, a dozen combat drones`).
    private func receivers(before weapon: Mention) -> [Mention] {
        var j = weapon.tokens.lowerBound - 1
        while j >= 0, j >= weapon.tokens.lowerBound - 12, !view.isBoundary(j), !view.hasMention(at: j) {
            if let kind = verbClass(at: j) {
                return kind == .acquire && !isPassive(j) ? subjects(of: j).filter { $0.type == .actor } : []
            }
            j -= 1
        }
        return []
    }

    private mutating func deploy(_ t: Int, _ subjects: [Mention], _ objects: [Argument]) {
        let deployed = weapons(objects, [nil])
        // `deployed Alpha Jets for the operation`, `scrambled F-16s`: weapons put into action are used, not only moved.
        let putToUse = VerbTable.actionDeployments.contains(view.folded[t])
        for subject in subjects where subject.type == .actor {
            for weapon in deployed {
                add(subject, .deploys, weapon, at: t)
                if putToUse { add(subject, .operates, weapon, at: t) }
            }
        }
        let located = deployed.isEmpty ? subjects.filter { $0.type == .weaponSystem } : deployed
        locate(located, objects, ["to", "into", "in", "at", "near", "off", "toward", "towards"], t)
        if deployed.isEmpty { locate(deployedForces(t, subjects, objects), objects, ["to", "into"], t) }
    }

    /// The bodies a participle of deployment is said of: the passive's subject, or the name right before a participle
    /// with nothing after it but a place (`Russian troops stationed in Transnistria`).
    private func stationedBodies(_ t: Int, passive: Bool, patients: [Mention]) -> [Mention] {
        let isBody = { (mention: Mention) in mention.type == .actor && !mention.isCountry && mention.kind != "Person" }
        if passive { return patients.filter(isBody) }
        guard view.folded[t].hasSuffix("ed"), t > 0, let body = view.mention(at: t - 1), isBody(body),
            t + 1 < view.count, ["in", "at", "near"].contains(view.folded[t + 1])
        else { return [] }
        return [body]
    }

    /// Who is where troops are sent or deployed: a body sent by name (`deploying a unit of US Marines to Okinawa`),
    /// or else the sender of troops named by a plain noun (`the Bundeswehr is to deploy a brigade to Lithuania`).
    private func deployedForces(_ t: Int, _ subjects: [Mention], _ objects: [Argument]) -> [Mention] {
        let sent = objects.filter { [nil, "of"].contains($0.preposition) && $0.mention.type == .actor && !$0.mention.isCountry && $0.mention.kind != "Person" }
        if !sent.isEmpty { return sent.map(\.mention) }
        guard let destination = objects.first(where: { ["to", "into"].contains($0.preposition) }) else { return [] }
        let between = view.folded[(t + 1)..<max(t + 1, destination.mention.tokens.lowerBound)]
        return between.contains(where: { Self.personnelNouns.contains($0) }) ? subjects.filter { $0.type == .actor && $0.kind != "Person" } : []
    }

    /// Plain nouns for troops that a body sends somewhere.
    static let personnelNouns: Set<String> = [
        "troops", "soldiers", "personnel", "forces", "brigade", "brigades", "battalion", "battalions", "unit", "units", "marines",
        "peacekeepers", "contingent", "advisers", "advisors", "instructors", "servicemen", "division", "regiment", "paratroopers",
        "officers", "police", "policemen", "guards", "mercenaries", "fighters",
    ]

    /// Whether the clause of the verb at `t` says where something goes: `to`, `into` or `toward` before a noun
    /// phrase (`sent warships and aircraft to the area`), not before a verb (`sent drones to help`).
    private func hasDestination(after t: Int) -> Bool {
        var j = t + 1
        while j + 1 < view.count, !view.isBoundary(j) {
            if ["to", "into", "toward", "towards"].contains(view.folded[j]) {
                let next = j + 1
                if view.hasMention(at: next) || Self.determiners.contains(view.folded[next]) || view.tokens[next].isCapitalized { return true }
            }
            j += 1
        }
        return false
    }

    private mutating func locate(_ things: [Mention], _ objects: [Argument], _ prepositions: Set<String?>, _ t: Int) {
        // `based in Qatar`: a country is where something is, too.
        for place in objects where (place.mention.type == .place || place.mention.isCountry) && prepositions.contains(place.preposition) {
            for thing in things { add(thing, .locatedIn, place.mention, at: t) }
        }
    }

    /// Weapons bought from a source with no buyer named as subject: the source supplies them, and arms and is
    /// bought from by the owner they are named with (`Myanmar's combat aircraft are imported from China`).
    private mutating func acquiredFrom(_ objects: [Argument], _ weapons: [Mention], _ t: Int) {
        let sources = objects.filter { $0.preposition == "from" && $0.mention.type == .actor }.map(\.mention)
        for weapon in weapons {
            let buyer = owner(of: weapon)
            for source in sources where source.entity != buyer?.entity {
                add(source, .supplies, weapon, at: t)
                if let buyer {
                    add(source, .arms, buyer, at: t)
                    add(buyer, .acquires, weapon, at: t)
                }
            }
        }
    }

    /// `signed a deal with France to procure 26 Rafale jets`: the other party of the deal an infinitive purchase serves.
    private func dealPartners(before t: Int) -> [Mention] {
        guard t >= 2, view.folded[t - 1] == "to" else { return [] }
        var j = t - 2
        while j >= 0, j >= t - 8, !view.isBoundary(j) {
            if view.folded[j] == "with", let partner = view.mention(at: j + 1), partner.type == .actor, partner.kind != "Person",
                view.folded[max(0, j - 4)..<j].contains(where: { Self.dealNouns.contains($0) })
            {
                return [partner]
            }
            j -= 1
        }
        return []
    }

    static let dealNouns: Set<String> = ["deal", "deals", "agreement", "agreements", "contract", "contracts", "accord", "pact", "memorandum"]

    private func weapons(_ objects: [Argument], _ prepositions: Set<String?>) -> [Mention] {
        objects.filter { $0.mention.type == .weaponSystem && prepositions.contains($0.preposition) }.map(\.mention)
    }

    private func isRecipient(_ argument: Argument) -> Bool {
        argument.mention.type == .actor && (argument.preposition == nil || argument.preposition == "to")
    }

    private func isTarget(_ argument: Argument) -> Bool {
        argument.mention.type != .weaponSystem
            && [nil, "on", "against", "at", "in", "near", "into", "of", "across", "around", "outside"].contains(argument.preposition)
    }

    /// `killed in Israeli attacks`: the actor modifying an attack noun after the verb.
    private func attackerIn(_ objects: [Argument], _ t: Int) -> [Mention] {
        for argument in objects where argument.mention.type == .actor && isAttackAgent(argument.mention) { return [argument.mention] }
        return []
    }

    /// `Israeli attacks`, `Russia's invasion`, `Hamas fire`, `an Israeli drone strike`: an actor right before an attack noun,
    /// as its modifier or possessor.
    private func isAttackAgent(_ mention: Mention) -> Bool {
        var after = mention.tokens.upperBound
        if after < view.count, view.tokens[after].kind == .possessive { after += 1 }
        // (`an Israeli drone strike`: the weapon of the attack may stand between.)
        if let weapon = view.mention(at: after), weapon.type == .weaponSystem, weapon.tokens.lowerBound == after, weapon.tokens.count <= 2 {
            after = weapon.tokens.upperBound
        }
        return after < view.count && Self.attackWords.contains(view.folded[after])
    }

    /// Nouns of an attack that can be fended off (`repelled Ukrainian advances`, `repelled an attack by X`).
    static let attackWords = VerbTable.attackNouns.union(["fire", "advance", "advances"])

    /// `X attacked the Y base, killing several soldiers`: unnamed members of
    /// the body just attacked were killed by its attacker.
    private mutating func killMembers(at t: Int) {
        let folded = view.folded
        guard t >= 1, folded[t - 1] == ",", folded[t] == "killing" else { return }
        var end = t + 1
        while end < view.count, end - t <= 6, ![",", ".", "and", "in", "near"].contains(folded[end]) { end += 1 }
        guard folded[(t + 1)..<end].contains(where: { Self.memberNouns.contains($0) }),
            !view.mentions.contains(where: { ((t + 1)..<end).contains($0.tokens.lowerBound) && $0.type == .actor })
        else { return }
        let trigger = view.scalars(t..<(t + 1))
        let attacked = facts.filter { fact in
            fact.relation == .attacks && fact.range.upperBound <= trigger.lowerBound
                && view.mentions.contains { $0.entity == fact.object && $0.type == .actor }
        }
        for fact in attacked where !facts.contains(where: { $0.relation == .kills && $0.subject == fact.subject && $0.object == fact.object }) {
            facts.append(Fact(subject: fact.subject, relation: .kills, object: fact.object, sentence: fact.sentence, range: fact.range.lowerBound..<view.scalars((end - 1)..<end).upperBound))
        }
    }

    /// `killed Hezbollah fighters`, `killed two members of Harakat Hezbollah al-Nujaba`: a body whose members died.
    private func isVictim(_ argument: Argument) -> Bool {
        guard argument.mention.type == .actor else { return false }
        guard argument.preposition == "of" else { return argument.preposition == nil }
        var of = argument.mention.tokens.lowerBound - 1
        if of >= 0, view.folded[of] == "the" { of -= 1 }
        return of >= 1 && view.folded[of] == "of" && Self.memberNouns.contains(view.folded[of - 1])
    }

    /// Nouns for members of an armed body.
    static let memberNouns: Set<String> = [
        "soldiers", "troops", "personnel", "servicemen", "officers", "members", "fighters", "militants", "policemen", "guards", "soldier",
        "commanders", "commander", "member", "fighter", "operatives", "leaders", "leader", "terrorists", "insurgents", "rebels",
        "jihadists", "militiamen", "gunmen", "combatants",
    ]
}

import NewsGraphCore

/// The parties of a transfer of weapons that one sentence states: who gives
/// (`supplies`, `arms`) and who receives (`arms` objects, `acquires` subjects).
struct Transfer {
    var suppliers: [Mention] = []
    var recipients: [Mention] = []

    var isEmpty: Bool { suppliers.isEmpty && recipients.isEmpty }

    /// The transfer that `facts` of the sentence `view` state, with the sentence's mentions of each party.
    init(facts: [Fact], in view: SentenceView) {
        func mentions(_ keys: [String]) -> [Mention] {
            var seen: Set<String> = []
            return keys.compactMap { key in
                guard seen.insert(key).inserted else { return nil }
                return view.mentions.first { $0.entity == key }
            }
        }
        suppliers = mentions(facts.filter { $0.relation == .supplies || $0.relation == .arms }.map(\.subject))
        recipients = mentions(facts.filter { $0.relation == .arms }.map(\.object) + facts.filter { $0.relation == .acquires }.map(\.subject))
    }

    init() {}
}

extension ClauseReader {
    /// Verbs that list what a deal or package holds (`the package includes HIMARS and drones`).
    static let contentsVerbs: Set<String> = [
        "include", "includes", "included", "including", "comprise", "comprises", "comprised", "comprising", "contain",
        "contains", "contained", "containing", "cover", "covers", "covered", "covering", "concerns", "concerned",
    ]
    /// Nouns that name a transfer of weapons as a whole.
    static let transferNouns: Set<String> = VerbTable.supplyNouns.union(VerbTable.purchaseNouns).union([
        "package", "packages", "tranche", "deal", "deals", "contract", "contracts", "agreement", "consignment", "batch",
    ])

    /// Verbs that list the weapons an attack used (`the attack involved 16 ballistic missiles and a drone`).
    static let attackContentsVerbs: Set<String> = ["involve", "involves", "involved", "involving", "include", "includes", "included", "including"]

    static let anyContentsVerb = contentsVerbs.union(attackContentsVerbs)

    /// What a deal, package or attack is said to hold:
    /// - `The package approved by Washington includes HIMARS, ATACMS and drones`:
    ///   the weapons go from the supplier of the transfer this sentence or the
    ///   last one states, to its recipient;
    /// - `The attack involved 16 ballistic missiles and a drone`: the attackers of
    ///   this sentence or the last one that stated an attack operate them.
    mutating func readContents() {
        for i in 0..<view.count where view.tokens[i].kind == .word && Self.anyContentsVerb.contains(view.folded[i]) {
            let word = view.folded[i]
            // (`Norway has announced a new aid package. In particular, it concerns F-16 fighters`: `it` is the transfer before.)
            let pronoun = i >= 1 && view.folded[i - 1] == "it" && !discourse.lastTransfer.isEmpty
            if Self.contentsVerbs.contains(word), noun(before: i, in: Self.transferNouns) != nil || pronoun {
                let weapons = listedWeapons(after: i)
                guard !weapons.isEmpty else { continue }
                let here = Transfer(facts: facts, in: view)
                let transfer = here.isEmpty ? discourse.lastTransfer : here
                for weapon in weapons {
                    for supplier in transfer.suppliers { add(supplier, .supplies, weapon, at: i) }
                    for recipient in transfer.recipients { add(recipient, .acquires, weapon, at: i) }
                }
            } else if Self.attackContentsVerbs.contains(word), let attack = noun(before: i, in: VerbTable.attackNouns),
                word.hasPrefix("involv") || !view.mentions.contains(where: { (attack..<i).contains($0.tokens.lowerBound) })
            {
                // (`attacks on U.S. forces, including the carrier USS Abraham Lincoln`: what follows a target lists targets.)
                let weapons = listedWeapons(after: i)
                guard !weapons.isEmpty else { continue }
                let here = Discourse.attackers(in: facts, view)
                for attacker in here.isEmpty ? discourse.lastAttackers : here {
                    for weapon in weapons { add(attacker, .operates, weapon, at: i) }
                }
            }
        }
    }

    /// The weapons listed after the verb at `i`, a head noun after a named system
    /// counted once (`Caesar mobile artillery units`).
    private func listedWeapons(after i: Int) -> [Mention] {
        var weapons: [Mention] = []
        for argument in objects(after: i, stopAtTriggers: false) where argument.mention.type == .weaponSystem && argument.preposition == nil {
            if let last = weapons.last, nextIsSameNounPhrase(last, argument.mention) { continue }
            weapons.append(argument.mention)
        }
        return weapons
    }

    /// A noun of `nouns` in the clause before the verb at `i` (`the package approved by Washington`, `a deal ..., including`).
    private func noun(before i: Int, in nouns: Set<String>) -> Int? {
        var j = i - 1
        while j >= 0, j >= i - 12 {
            // `in order to cover` names no deal.
            let inOrder = view.folded[j] == "order" && j > 0 && view.folded[j - 1] == "in"
            if view.tokens[j].kind == .word, !view.hasMention(at: j), nouns.contains(view.folded[j]), !inOrder { return j }
            if view.isBoundary(j) || (j < i - 1 && isTrigger(j)) { return nil }
            j -= 1
        }
        return nil
    }
}

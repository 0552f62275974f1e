/// The first names of the lexicon (see `BuiltInTables+FirstNames.swift`), folded.
enum FirstNames {
    static let all: Set<String> = Set(BuiltInTables.firstNames.split(separator: "\n").map { LexiconKey.fold(String($0)) })
}

/// The register of office holders (see `BuiltInTables+OfficeHolders.swift`): the country a person held
/// office in, by name, for titles that name no country (`President Bashar al-Assad`).
enum OfficeHolders {
    private static let countries: [String: String] = {
        var table: [String: String] = [:]
        for line in BuiltInTables.officeHolders.split(separator: "\n") {
            let columns = line.split(separator: "\t")
            guard columns.count == 2 else { continue }
            table[key(String(columns[0]))] = String(columns[1])
        }
        return table
    }()

    /// The country of the person named `name`, if the register knows the name.
    static func country(of name: String) -> String? { countries[key(name)] }

    /// The name folded, with hyphens as spaces and without periods (`Bashar al-Assad` is `bashar al assad`).
    private static func key(_ name: String) -> String {
        LexiconKey.fold(name).split(whereSeparator: { $0 == " " || $0 == "-" }).map { $0.filter { $0 != "." } }.filter { !$0.isEmpty }.joined(separator: " ")
    }
}

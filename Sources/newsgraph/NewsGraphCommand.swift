import ArgumentParser

@main
struct NewsGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsgraph",
        abstract: "Turn news articles into a knowledge graph of actors, weapons, places and statements.",
        version: "0.1.0",
        subcommands: [
            ExtractCommand.self, MergeCommand.self, ConvertCommand.self, QueryCommand.self, TextCommand.self,
            ParseCommand.self,
        ]
    )
}

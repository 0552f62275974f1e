import ArgumentParser
import NewsGraphText


/// `newsgraph text FILE`: prints the article body that extraction reads.
struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Print the article body found in a plain-text file or a saved web page.",
        discussion: """
            Prints what extraction reads: the headline on its own line, then the paragraphs \
            separated by blank lines, without navigation, bylines, datelines, related stories \
            or footers. Files ending in .html or .htm, and files that open with <!DOCTYPE html> \
            or <html>, are read as web pages; anything else as UTF-8 text. Use - for standard input.

            Example:
              newsgraph text saved/red-sea-story.html
            """
    )

    @Argument(help: "The article: a .txt file, a saved .html page, or - for standard input.")
    var file: String

    func run() throws {
        let bytes = try InputFile.read(file)
        let document = try DocumentReader().readChecked(bytes: bytes, source: file)
        print(document.text)
    }
}

import ArgumentParser

/// Options every command that reads configuration shares.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Read the configuration from this file.", valueName: "path"))
    var config: String?

    @Flag(
        name: [.short, .long], help: "Print the resolved target, request and response heads (keys masked) to stderr.")
    var verbose = false
}

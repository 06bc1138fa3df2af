import ArgumentParser
import LLMGWCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension LLMGW {
    /// Parses the command line, runs the command and exits with llmgw's documented exit codes.
    public static func runMain(arguments: [String]? = nil) async {
        let code = await run(arguments: arguments)
        #if canImport(Glibc)
        Glibc.exit(code)
        #else
        Darwin.exit(code)
        #endif
    }

    /// Parses and runs a command line, returning the exit code instead of exiting.
    public static func run(arguments: [String]? = nil) async -> Int32 {
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            return 0
        } catch {
            return report(error)
        }
    }

    /// Prints an error the way llmgw reports failures and returns its exit code.
    static func report(_ error: any Error) -> Int32 {
        if let exit = error as? ExitCode {
            return exit.rawValue
        }
        if let classified = error as? any ClassifiedError {
            Terminal.standardError.writeLine("llmgw: \(describe(error))")
            return classified.failureClass.exitCode
        }
        // Help, version and argument-parser's own usage errors.
        let parserCode = exitCode(for: error)
        let message = fullMessage(for: error)
        if parserCode == .success {
            if !message.isEmpty { Terminal.standardOutput.writeLine(message) }
            return 0
        }
        if !message.isEmpty { Terminal.standardError.writeLine(message) }
        if parserCode == .validationFailure { return FailureClass.usage.exitCode }
        return parserCode.rawValue == 0 ? 0 : FailureClass.usage.exitCode
    }

    /// The one-line text of an error for stderr.
    static func describe(_ error: any Error) -> String {
        if let localized = error as? any LocalizedErrorLike, let text = localized.errorDescription {
            return text
        }
        return String(describing: error)
    }
}

import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What one run of the `llmgw` binary produced.
struct ProcessResult: Sendable {
    /// Everything written to stdout.
    var stdout: Data
    /// Everything written to stderr.
    var stderr: Data
    /// The exit code, or the signal number when a signal ended the process.
    var status: Int32
    /// Whether a signal (rather than `exit`) ended the process.
    var killedBySignal: Bool
    /// Whether the deadline passed and the runner killed the process.
    var timedOut: Bool
    /// How long the process ran.
    var elapsed: Duration
    /// When the signal was sent (from the start), if one was.
    var signalledAt: Duration?

    /// From the signal to the exit, if a signal was sent.
    var exitAfterSignal: Duration? { signalledAt.map { elapsed - $0 } }

    /// stdout as UTF-8 text.
    var out: String { String(decoding: stdout, as: UTF8.self) }
    /// stderr as UTF-8 text.
    var err: String { String(decoding: stderr, as: UTF8.self) }

    /// stdout parsed as one JSON object.
    func jsonObject() throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: stdout)
        guard let object = value as? [String: Any] else { throw ProcessRunnerError.notAJSONObject(out) }
        return object
    }

    /// A summary for failure messages.
    var summary: String {
        "exit \(status)\(killedBySignal ? " (signal)" : "")\(timedOut ? " (timed out)" : "")\n--- stdout ---\n\(out)"
            + "\n--- stderr ---\n\(err)"
    }
}

/// Failures of the runner itself (not of the process it runs).
enum ProcessRunnerError: Error, CustomStringConvertible {
    /// The built `llmgw` binary was not found.
    case binaryNotFound([String])
    /// stdout was not one JSON object.
    case notAJSONObject(String)

    var description: String {
        switch self {
        case .binaryNotFound(let tried): "llmgw binary not found; tried \(tried.joined(separator: ", "))"
        case .notAJSONObject(let text): "stdout is not one JSON object: \(text)"
        }
    }
}

/// Collects the bytes of one pipe on a background thread, so stdout and stderr never block the child.
private final class PipeCollector: Sendable {
    private let state = Mutex((data: Data(), finished: false))

    init(_ handle: FileHandle) {
        let thread = Thread { [self] in
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                state.withLock { $0.data.append(chunk) }
            }
            state.withLock { $0.finished = true }
        }
        thread.start()
    }

    var data: Data { state.withLock { $0.data } }
    var byteCount: Int { state.withLock { $0.data.count } }
    var finished: Bool { state.withLock { $0.finished } }
}

/// Runs the built `llmgw` executable with arguments, an environment and optional stdin bytes.
enum ProcessRunner {
    /// The `llmgw` binary next to the test bundle, or `<repo>/.build/debug/llmgw`.
    static func binary() throws -> URL {
        var candidates: [URL] = []
        let argument0 = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        candidates.append(argument0.deletingLastPathComponent().appendingPathComponent("llmgw"))
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("llmgw"))
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(repository.appendingPathComponent(".build/debug/llmgw"))
        for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate.path) {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue
            {
                return candidate
            }
        }
        throw ProcessRunnerError.binaryNotFound(candidates.map(\.path))
    }

    /// Runs `llmgw` and waits for it to exit, killing it after `deadline`.
    /// - Parameters:
    ///   - arguments: the command line after `llmgw`.
    ///   - environment: the child's whole environment (see ``TempHome/environment(_:)``).
    ///   - stdin: bytes to pipe in; `nil` connects stdin to `/dev/null`.
    ///   - deadline: how long the process may run before it is killed.
    ///   - interruptAfterStdoutBytes: send `signal` once stdout has at least this many bytes.
    ///   - signal: the signal to send (SIGINT, Ctrl-C, by default).
    /// - Returns: stdout, stderr and the exit status.
    static func run(
        _ arguments: [String], environment: [String: String], stdin: Data? = nil, deadline: Duration = .seconds(30),
        interruptAfterStdoutBytes: Int? = nil, signal: Int32 = SIGINT
    ) async throws -> ProcessResult {
        let process = Process()
        process.executableURL = try binary()
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = URL(fileURLWithPath: NSTemporaryDirectory())
        let outPipe = Pipe()
        let errPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        let inPipe: Pipe?
        if stdin != nil {
            inPipe = Pipe()
            process.standardInput = inPipe
        } else {
            inPipe = nil
            process.standardInput = FileHandle.nullDevice
        }
        let clock = ContinuousClock()
        let start = clock.now
        try process.run()
        // Close the parent's copies of the child's ends, so EOF arrives when the child exits.
        try? outPipe.fileHandleForWriting.close()
        try? errPipe.fileHandleForWriting.close()
        let out = PipeCollector(outPipe.fileHandleForReading)
        let err = PipeCollector(errPipe.fileHandleForReading)
        if let inPipe, let stdin {
            try? inPipe.fileHandleForReading.close()
            let writer = inPipe.fileHandleForWriting
            Thread {
                try? writer.write(contentsOf: stdin)
                try? writer.close()
            }.start()
        }
        var timedOut = false
        var signalledAt: Duration?
        while process.isRunning {
            if clock.now - start > deadline {
                timedOut = true
                kill(process.processIdentifier, SIGKILL)
                break
            }
            if let threshold = interruptAfterStdoutBytes, signalledAt == nil, out.byteCount >= threshold {
                signalledAt = clock.now - start
                kill(process.processIdentifier, signal)
            }
            try? await Task.sleep(for: .milliseconds(5))
        }
        process.waitUntilExit()
        let elapsed = clock.now - start
        // The pipes reach EOF once the child is gone; bound the wait anyway.
        let drainEnd = clock.now + .seconds(5)
        while !(out.finished && err.finished), clock.now < drainEnd {
            try? await Task.sleep(for: .milliseconds(5))
        }
        return ProcessResult(
            stdout: out.data, stderr: err.data, status: process.terminationStatus,
            killedBySignal: process.terminationReason == .uncaughtSignal, timedOut: timedOut, elapsed: elapsed,
            signalledAt: signalledAt)
    }
}

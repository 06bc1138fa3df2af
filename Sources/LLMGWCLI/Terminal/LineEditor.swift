import CReadline
import Foundation

/// Line input with editing and a persistent history, on GNU readline.
///
/// `readline` blocks, so each read runs on its own thread and never holds a thread of Swift's
/// cooperative pool.
final class LineEditor: Sendable {
    private let historyFile: String?

    /// - Parameter historyFile: where history is kept; its folder is created (0700) when missing.
    init(historyFile: String?) {
        self.historyFile = historyFile
        llmgw_rl_set_readline_name("llmgw")
        llmgw_rl_set_catch_signals(0)
        using_history()
        if let historyFile {
            let folder = (historyFile as NSString).deletingLastPathComponent
            try? FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            if FileManager.default.fileExists(atPath: historyFile) {
                read_history(historyFile)
            }
        }
    }

    /// Reads one line, showing `prompt`; `nil` at end of input (Ctrl-D).
    func readLine(prompt: String) async -> String? {
        await withCheckedContinuation { (continuation: CheckedContinuation<String?, Never>) in
            let thread = Thread {
                guard let raw = readline(prompt) else {
                    continuation.resume(returning: nil)
                    return
                }
                let line = String(cString: raw)
                free(raw)
                continuation.resume(returning: line)
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
    }

    /// Adds a line to the history and appends it to the history file.
    func remember(_ line: String) {
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        add_history(line)
        guard let historyFile else { return }
        if FileManager.default.fileExists(atPath: historyFile) {
            append_history(1, historyFile)
        } else {
            write_history(historyFile)
            chmod(historyFile, 0o600)
        }
        history_truncate_file(historyFile, 2000)
    }
}

import ArgumentParser
import LLMGWCore

/// The root command: it only lists the subcommands.
public struct LLMGW: AsyncParsableCommand {
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "llmgw",
        abstract: "Route, test and price LLM calls from the shell.",
        discussion: """
            Model references are provider/model (openai/gpt-4o-mini, anthropic/claude-haiku-4-5, \
            local/qwen2.5) or a route name from the config. With no configuration and no keys, \
            llmgw answers with its built-in mock provider and says so on stderr.

            Files: config $XDG_CONFIG_HOME/llmgw/config.yaml (--config, LLMGW_CONFIG); \
            request log $XDG_DATA_HOME/llmgw/llmgw.db (LLMGW_DB); \
            REPL history $XDG_STATE_HOME/llmgw/history.

            Exit codes: 0 success; 1 a check or expectation failed; 2 usage or configuration \
            error; 3 authentication or permission; 4 rate limit, quota or budget; 5 upstream or \
            network error (including a truncated stream); 6 local file or database error; \
            130 interrupted.
            """,
        version: version,
        subcommands: [
            ChatCommand.self,
            RouteCommand.self,
            BenchCommand.self,
            CompareCommand.self,
            KeysCommand.self,
            CostCommand.self,
            MockCommand.self,
        ]
    )

    public init() {}
}

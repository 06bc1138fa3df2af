import Testing

@testable import LLMGWCore

@Suite struct LLMGWPathsTests {
    @Test func xdgUnsetFallsBackToHome() async throws {
        let paths = LLMGWPaths.resolve(environment: ["HOME": "/home/ada"])
        #expect(paths.configFile == "/home/ada/.config/llmgw/config.yaml")
        #expect(paths.keysFile == "/home/ada/.config/llmgw/keys.json")
        #expect(paths.database == "/home/ada/.local/share/llmgw/llmgw.db")
        #expect(paths.historyFile == "/home/ada/.local/state/llmgw/history")
        #expect(paths.configDirectory == "/home/ada/.config/llmgw")
        #expect(paths.dataDirectory == "/home/ada/.local/share/llmgw")
        #expect(paths.stateDirectory == "/home/ada/.local/state/llmgw")
        #expect(!paths.configIsExplicit)
    }

    @Test func xdgVariablesAreUsed() async throws {
        let paths = LLMGWPaths.resolve(environment: [
            "HOME": "/home/ada", "XDG_CONFIG_HOME": "/xdg/config/", "XDG_DATA_HOME": "/xdg/data",
            "XDG_STATE_HOME": "/xdg/state",
        ])
        #expect(paths.configFile == "/xdg/config/llmgw/config.yaml")
        #expect(paths.keysFile == "/xdg/config/llmgw/keys.json")
        #expect(paths.database == "/xdg/data/llmgw/llmgw.db")
        #expect(paths.historyFile == "/xdg/state/llmgw/history")
    }

    @Test func relativeXDGValuesAreIgnored() async throws {
        let paths = LLMGWPaths.resolve(environment: [
            "HOME": "/home/ada", "XDG_CONFIG_HOME": "relative/config", "XDG_DATA_HOME": "data", "XDG_STATE_HOME": "",
        ])
        #expect(paths.configFile == "/home/ada/.config/llmgw/config.yaml")
        #expect(paths.database == "/home/ada/.local/share/llmgw/llmgw.db")
        #expect(paths.historyFile == "/home/ada/.local/state/llmgw/history")
    }

    @Test func llmgwDBMovesOnlyTheDatabase() async throws {
        let paths = LLMGWPaths.resolve(environment: ["HOME": "/home/ada", "LLMGW_DB": "/tmp/other.db"])
        #expect(paths.database == "/tmp/other.db")
        #expect(paths.dataDirectory == "/home/ada/.local/share/llmgw")
    }

    @Test func configOverrideBeatsLLMGWConfigWhichBeatsXDG() async throws {
        let environment = ["HOME": "/home/ada", "XDG_CONFIG_HOME": "/xdg", "LLMGW_CONFIG": "/etc/llmgw.yaml"]
        let fromEnvironment = LLMGWPaths.resolve(environment: environment)
        #expect(fromEnvironment.configFile == "/etc/llmgw.yaml")
        #expect(fromEnvironment.configIsExplicit)
        #expect(fromEnvironment.keysFile == "/xdg/llmgw/keys.json")

        let fromFlag = LLMGWPaths.resolve(environment: environment, configOverride: "~/my.yaml")
        #expect(fromFlag.configFile == "/home/ada/my.yaml")
        #expect(fromFlag.configIsExplicit)
    }
}

import ArgumentParser

/// `llmgw keys`: the key store and the keys llmgw can see.
struct KeysCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Store, list, test and remove provider API keys.",
        discussion: """
            Keys are kept in $XDG_CONFIG_HOME/llmgw/keys.json, mode 0600 in a 0700 folder, \
            written atomically. llmgw refuses a key file or folder that group or others can read \
            or write, and says which chmod fixes it.

            Lookup order for a call: --api-key-env NAME, the provider's api_key_env from the \
            config, the provider's standard variable (OPENAI_API_KEY, ...), then the store. \
            Several stored keys of one provider (--name) are used round robin, or by --weight; a \
            key refused with 401/403 is set aside for the rest of the run, and a rate-limited key \
            rests until its Retry-After while the others carry on.
            """,
        subcommands: [
            KeysSetCommand.self, KeysListCommand.self, KeysRemoveCommand.self, KeysPathCommand.self,
            KeysTestCommand.self, KeysExportCommand.self,
        ]
    )
}

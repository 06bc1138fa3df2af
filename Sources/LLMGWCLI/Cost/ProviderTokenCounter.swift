import Foundation
import LLMGWCore
import LLMGWCurl

/// `--exact` for `cost tokens` and `cost estimate`: asks a provider's own count-tokens endpoint
/// (Anthropic, Gemini) how many tokens a prompt is, with the keys and base URLs a chat would use.
///
/// Anything that stops an exact count (no such endpoint, no key, a refusal, an unreachable host)
/// is returned as a reason; the commands then keep llmgw's estimate and say why on stderr.
struct ProviderTokenCounter: Sendable {
    let resolver: ModelResolver
    let client: ProviderClient
    let timeouts: TransportTimeouts

    /// The outcome of one count.
    enum Outcome: Sendable {
        /// The provider counted.
        case counted(ProviderTokenCount)
        /// llmgw already counts this model exactly (OpenAI models); nothing to ask.
        case local
        /// No exact count: why, for a note on stderr.
        case unavailable(String)
    }

    /// A counter over the config, the environment's and the key store's keys, and libcurl (the
    /// built-in mock in-process), as `CLIContext` builds them; it opens no database.
    static func make(paths: LLMGWPaths, config: LLMGWConfig, environment: [String: String]) -> ProviderTokenCounter {
        var storedKeys: [StoredKey] = []
        do {
            storedKeys = try KeyStore(paths: paths).load()
        } catch {
            Terminal.standardError.writeLine("llmgw: warning: stored keys are ignored: \(LLMGW.describe(error))")
        }
        let firstStored = Dictionary(storedKeys.map { ($0.provider, $0.key) }, uniquingKeysWith: { first, _ in first })
        let resolver = ModelResolver(config: config, environment: environment) { firstStored[$0] }
        let transport = CLIContext.makeTransport(mockBehavior: resolver.mockBehavior, verbose: false)
        var timeouts = config.timeouts.transportTimeouts
        timeouts.total = timeouts.total ?? .seconds(30)
        return ProviderTokenCounter(
            resolver: resolver, client: ProviderClient(transport: transport), timeouts: timeouts)
    }

    /// The provider's count of `messages` as a prompt for `reference` (`provider/model`).
    func count(_ messages: [ChatMessage], model reference: String) async -> Outcome {
        if ModelEncodingMap.encoding(forModel: reference) != nil { return .local }
        let resolved: ResolvedModel
        do {
            resolved = try resolver.resolve(reference)
        } catch {
            return .unavailable(LLMGW.describe(error))
        }
        guard let target = resolved.endpoint else { return .unavailable("\(reference) is a route, not a model") }
        guard let name = ProviderClient.countTokensEndpointName(for: target.endpoint.kind) else {
            return .unavailable(
                "\(target.endpoint.provider) (\(target.endpoint.kind.rawValue)) has no count-tokens endpoint")
        }
        do {
            let tokens = try await client.countTokens(
                ChatRequest(model: target.endpoint.model, messages: messages, stream: false), on: target.endpoint,
                timeouts: timeouts)
            return .counted(ProviderTokenCount(tokens: tokens, endpointName: name))
        } catch {
            return .unavailable(error.message)
        }
    }

    /// The request log's calibrations when some model needs an estimate; `nil` (with a warning) when
    /// the database cannot be read. No database is created or opened when none exists.
    static func calibration(for references: [String], paths: LLMGWPaths) -> TokenCalibrationTable? {
        guard references.contains(where: { ModelEncodingMap.encoding(forModel: $0) == nil }) else { return nil }
        do {
            return try TokenCalibrationTable.load(databaseAt: paths.database)
        } catch {
            Terminal.standardError.writeLine(
                "llmgw: warning: estimates are uncalibrated: \(LLMGW.describe(error))")
            return nil
        }
    }
}
